"""Where a unit is decided: the words right after a number, the currency right before it,
scale words and rates (quantities/units.py, lexicons units/scale_words/rates; no model)."""

from __future__ import annotations

import re

import pytest

from sinorus_facts.quantities.units import unit_matcher

# A leading number: the unit is looked for right after it.
LEADING_NUMBER = re.compile(r"-?[\d.,]+")

# (number and what follows, expected (unit, kind, scale, unit as written) or None)
_AFTER: list[tuple[str, tuple[str, str, str, str] | None]] = [
    ("38 bcm in 2018", ("m3", "volume", "1000000000", "bcm")),
    ("16.5 mtpa of LNG", ("t/yr", "mass", "1000000", "mtpa")),
    ("30 tonnes of wheat", ("t", "mass", "1", "tonnes")),
    ("1,000km of track", ("km", "length", "1", "km")),
    ("3,812 cubic meters per hour", ("m3", "volume", "1", "cubic meters")),
    ("900,000 bpd of crude", ("bbl/d", "volume", "1", "bpd")),
    ("155mph winds", ("mph", "speed", "1", "mph")),
    ("80 m.p.h. at most", ("mph", "speed", "1", "m.p.h.")),
    ("90 km/h on the bridge", ("km/h", "speed", "1", "km/h")),
    ("40 deg celsius outside", ("°C", "temperature", "1", "deg celsius")),
    ("97.2 degrees f is mild", ("°F", "temperature", "1", "degrees f")),
    ("2.14degF warmer", ("°F", "temperature", "1", "degF")),
    ("10.5 celcius at noon", ("°C", "temperature", "1", "celcius")),
    ("50-year-old engineer", None),  # the hyphen: the finder reads past it, not after()
    ("30 years old", ("year", "age", "1", "years old")),
    ("18 month-old girl", ("month", "age", "1", "month-old")),
    ("520bhp V8", ("bhp", "power", "1", "bhp")),
    ("300 PS engine", ("PS", "power", "1", "PS")),
    ("470 lb-ft of torque", ("lbft", "other", "1", "lb-ft")),
    ("4500 mAh battery", ("mAh", "energy", "1", "mAh")),
    ("5.8Ghz router", ("GHz", "other", "1", "Ghz")),
    ("51pc stake", ("%", "percent", "1", "pc")),
    ("50 basis points", ("bp", "percent", "1", "basis points")),
    ("0.4 percentage points", ("pp", "percent", "1", "percentage points")),
    ("215 points lower", ("pt", "other", "1", "points")),
    ("15.3 ppg this season", ("pt/game", "other", "1", "ppg")),
    ("5G networks", ("G", "other", "1", "G")),
    ("420 parts per million", ("ppm", "other", "1", "parts per million")),
    ("2000 Calories a day", ("kcal", "energy", "1", "Calories")),
    ("19 cents higher", ("USD", "currency", "0.01", "cents")),
    ("164p in London", ("GBP", "currency", "0.01", "p")),
    ("25 sen to RM4.10", ("MYR", "currency", "0.01", "sen")),
    ("25 pounds lighter", ("lb", "mass", "1", "pounds")),
    ("1,200€ laptop", ("EUR", "currency", "1", "€")),
    ("25.5″ neck", ("in", "length", "1", "″")),
    ("5 t of coal", ("t", "mass", "1", "t")),  # a spaced symbol the lexicon allows, before "of"
    ("5 t-shirts", None),  # a one-letter symbol apart from the digits needs the end, a mark or "of"
    ("27 C in Sochi", ("°C", "temperature", "1", "C")),
    ("35 L.", ("l", "volume", "1", "L")),
    ("3 in wide", ("in", "length", "1", "in")),
    ("3 in the world", None),
    ("8,000 ¥ a night", ("JPY", "currency", "1", "¥")),
    ("500 tpd unit", ("t/d", "mass", "1", "tpd")),
    ("12 m wide", ("m", "length", "1", "m")),
    ("12 m tonnes", None),  # "m" apart before a unit is no metre
]


@pytest.mark.parametrize(("text", "expected"), _AFTER, ids=[a[0] for a in _AFTER])
def test_unit_after_a_number(text: str, expected: tuple[str, str, str, str] | None) -> None:
    number = LEADING_NUMBER.match(text)
    assert number is not None
    hit = unit_matcher().after(text, number.end())
    found = (hit.unit, hit.kind, str(hit.scale), text[hit.start : hit.end]) if hit else None
    assert found == expected


# (text ending right before a number, expected (unit, alias as written) or None)
_BEFORE: list[tuple[str, tuple[str, str] | None]] = [
    ("lend $", ("USD", "$")),
    ("worth US$", ("USD", "US$")),
    ("holds USD ", ("USD", "USD")),
    ("issued RMB ", ("CNY", "RMB")),
    ("paid HK $", ("HKD", "HK $")),
    ("paid hk $", ("HKD", "hk $")),
    ("about $US", ("USD", "$US")),
    ("worth $A", ("AUD", "$A")),
    ("profit of Y=", ("JPY", "Y=")),
    ("manages S$", ("SGD", "S$")),
    ("supply of ₿", ("BTC", "₿")),
    ("bid of C $", ("CAD", "C $")),
    ("sold for A$", ("AUD", "A$")),
    ("launched a $", ("USD", "$")),  # never the AUD of "A $"
    ("it's $", ("USD", "$")),
    ("in ", None),
]


@pytest.mark.parametrize(("text", "expected"), _BEFORE, ids=[b[0] for b in _BEFORE])
def test_currency_before_a_number(text: str, expected: tuple[str, str] | None) -> None:
    hit = unit_matcher().before(text, len(text))
    assert ((hit.unit, text[hit.start : hit.end]) if hit else None) == expected


# (text, position after the digits, after a currency?, expected (scale, glued, as written) or None)
_SCALES: list[tuple[str, int, bool, tuple[str, bool, str] | None]] = [
    ("$2bn", 2, True, ("1000000000", True, "bn")),
    ("2 billion", 1, False, ("1000000000", False, "billion")),
    ("5 mln tonnes", 1, False, ("1000000", False, "mln")),
    ("S$1mil", 3, True, ("1000000", False, "mil")),
    ("1mil thick", 1, False, None),
    ("10k runners", 2, False, ("1000", True, "k")),
    ("2.5 trn rubles", 3, False, ("1000000000000", False, "trn")),
]


@pytest.mark.parametrize(
    ("text", "pos", "currency", "expected"), _SCALES, ids=[s[0] for s in _SCALES]
)
def test_scale_after_a_number(
    text: str, pos: int, currency: bool, expected: tuple[str, bool, str] | None
) -> None:
    hit = unit_matcher().scale_after(text, pos, currency=currency)
    assert ((str(hit.scale), hit.glued, text[hit.start : hit.end]) if hit else None) == expected


# (text after a unit, expected (per, kind) or None)
_RATES: list[tuple[str, tuple[str, str] | None]] = [
    (" a year", ("yr", "time")),
    (" per day", ("d", "time")),
    (" annually", ("yr", "time")),
    ("/d", ("d", "time")),
    (" a barrel", ("bbl", "unit")),
    (" per share", ("share", "unit")),
    ("-a-share", ("share", "unit")),
    (" per century", ("century", "time")),
    (" a year earlier", None),
    (" a week ago", None),
    (" in a year", None),
]


@pytest.mark.parametrize(("text", "expected"), _RATES, ids=[r[0].strip() for r in _RATES])
def test_rate_after_a_unit(text: str, expected: tuple[str, str] | None) -> None:
    hit = unit_matcher().rate_after(text, 0)
    assert ((hit.per, hit.kind) if hit else None) == expected
