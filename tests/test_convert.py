"""Units the user can compare: conversions within a dimension, currencies only by given rates."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sinorus_facts.analysis.convert import (
    ConversionError,
    ExchangeRates,
    can_convert,
    convert,
    convert_value,
    parse_unit,
)

# (value, unit, target unit, expected value)
_WITHIN_A_DIMENSION = [
    (38e9, "m3", "bcm", 38.0),
    (38.0, "bcm", "m3", 38e9),
    (38e9, "m3/yr", "bcm/yr", 38.0),
    (61e9, "m3/yr", "bcm/y", 61.0),
    (5.5e6, "m3", "mcm", 5.5),
    (71.5e6, "t", "mln t", 71.5),
    (71.5e6, "t", "million tonnes", 71.5),
    (30e6, "t/yr", "mln t/yr", 30.0),
    (30e6, "t/yr", "mtpa", 30.0),
    (2.5, "Mt", "kt", 2500.0),
    (5400.0, "t", "kg", 5_400_000.0),
    (1.2e6, "bbl/d", "bbl/yr", 438e6),
    (438e6, "bbl/yr", "bbl/d", 1.2e6),
    (1.2e6, "bbl/d", "mln bbl/yr", 438.0),
    (1.2e6, "bbl/d", "kb/d", 1200.0),
    (600e3, "bbl/d", "bpd", 600e3),
    (1.0, "bbl", "m3", 0.158987294928),
    (1e6, "bbl/d", "m3/d", 158987.294928),
    (3812.0, "m3/h", "m3/d", 91488.0),
    (941.8, "km", "m", 941800.0),
    (1000.0, "mi", "km", 1609.344),
    (1.0, "MMBtu", "kWh", 293.071070172),
    (2.0, "TWh", "GWh", 2000.0),
    (1.5e6, "person", "mln person", 1.5),
    (15.0, "%", "%", 15.0),
    (2.0, "x", "x", 2.0),
    (32.0, "count", "count", 32.0),
    (280.0, "USD/1000m3", "USD/m3", 0.28),
    (3.0, "USD", "bn USD", 3e-9),
]


@pytest.mark.parametrize(
    ("value", "unit", "to", "expected"),
    _WITHIN_A_DIMENSION,
    ids=[f"{r[1]}->{r[2]}" for r in _WITHIN_A_DIMENSION],
)
def test_convert_value_within_a_dimension(
    value: float, unit: str, to: str, expected: float
) -> None:
    assert convert_value(value, unit, to) == pytest.approx(expected, rel=1e-12)


# (unit, target unit, the error's message): what must never be converted
_REFUSED = [
    ("t", "t/yr", r"'t' is not a rate, and only a rate the text states"),
    ("bbl/d", "bbl", r"'bbl/d' is a rate"),
    ("t", "m3", r"cannot convert 't' \(mass\) to 'm3' \(volume\)"),
    ("bbl", "t", r"cannot convert 'bbl' \(volume\) to 't' \(mass\)"),
    (
        "USD",
        "RUB",
        r"different currencies; currencies stay as written unless you give ExchangeRates",
    ),
    ("USD/bbl", "CNY/bbl", r"different currencies"),
    ("%", "pp", r"cannot convert '%' \(%\) to 'pp' \(pp\)"),
    ("t", "furlongs", r"unknown unit 'furlongs'"),
    ("bbl/d/yr", "bbl/d", r"unknown unit 'd/yr'|a rate cannot be the denominator"),
]


@pytest.mark.parametrize(
    ("unit", "to", "message"), _REFUSED, ids=[f"{r[0]}->{r[1]}" for r in _REFUSED]
)
def test_conversion_refused(unit: str, to: str, message: str) -> None:
    with pytest.raises(ConversionError, match=message):
        convert_value(1.0, unit, to)


_RATES = ExchangeRates(
    base="USD", rates={"CNY": 7.0, "RUB": 65.0}, by_year={2018: {"CNY": 6.6, "RUB": 62.5}}
)

# (value, unit, target, year, expected): rates are applied only because the user gave them
_WITH_RATES = [
    (700.0, "CNY", "USD", None, 100.0),
    (660.0, "CNY", "USD", 2018, 100.0),
    (660.0, "CNY", "USD", 2019, 94.2857142857),
    (100.0, "USD", "RUB", 2018, 6250.0),
    (6.6, "CNY", "RUB", 2018, 62.5),
    (10e9, "CNY", "bn USD", None, 1.42857142857),
    (70.0, "USD/bbl", "RUB/bbl", None, 4550.0),
]


@pytest.mark.parametrize(
    ("value", "unit", "to", "year", "expected"),
    _WITH_RATES,
    ids=[f"{r[1]}->{r[2]}@{r[3]}" for r in _WITH_RATES],
)
def test_currencies_convert_with_the_users_rates(
    value: float, unit: str, to: str, year: int | None, expected: float
) -> None:
    assert convert_value(value, unit, to, rates=_RATES, year=year) == pytest.approx(
        expected, rel=1e-10
    )


def test_a_missing_rate_is_named() -> None:
    with pytest.raises(ConversionError, match="no exchange rate for EUR for 2018; add it"):
        convert_value(1.0, "EUR", "USD", rates=_RATES, year=2018)


# (unit text, (dimension signature, size, size of the denominator or None))
_PARSED = [
    ("bcm", ("volume", 1e9, None)),
    ("bcm/yr", ("volume/time", 1e9, 365.0)),
    ("mln t/yr", ("mass/time", 1e6, 365.0)),
    ("Mt", ("mass", 1e6, None)),
    ("kb/d", ("volume/time", 1e3 * 0.158987294928, 1.0)),  # in m3 a day
    ("USD/1000m3", ("currency:USD/volume", 1.0, 1000.0)),
    ("bn  USD", ("currency:USD", 1e9, None)),
    ("US cents", ("currency:USD", 0.01, None)),
    ("km/h", ("speed", 1.0, None)),
]


@pytest.mark.parametrize(("text", "expected"), _PARSED, ids=[p[0] for p in _PARSED])
def test_parse_unit(text: str, expected: tuple[str, float, float | None]) -> None:
    spec = parse_unit(text)
    assert (spec.signature, spec.factor, spec.per.factor if spec.per else None) == expected


# (unit, target, rates given?, expected)
_CAN = [
    ("m3", "bcm", False, True),
    ("bbl/d", "bbl/yr", False, True),
    ("t", "t/yr", False, False),
    ("USD", "CNY", False, False),
    ("USD", "CNY", True, True),
    (None, "t", False, False),
]


@pytest.mark.parametrize(
    ("unit", "to", "with_rates", "expected"), _CAN, ids=[f"{c[0]}->{c[1]}-{c[2]}" for c in _CAN]
)
def test_can_convert(unit: str | None, to: str, with_rates: bool, expected: bool) -> None:
    assert can_convert(unit, to, rates=_RATES if with_rates else None) == expected


# News sentences (written for these tests), the unit asked for, and the figures of the first
# claim after conversion: (value, high, from_value, unit, unit_text kept as written?)
_NEWS_WIRE = [
    (
        "Russia pumped 1.2 million barrels per day of crude to China in 2019, customs data showed.",
        "2020-01-20",
        "mln bbl/yr",
        (438.0, None, None, "mln bbl/yr"),
    ),
    (
        "Gazprom said gas deliveries would rise from 5 bcm to 38 bcm a year by 2025.",
        "2021-03-02",
        "bcm/yr",
        (38.0, None, 5.0, "bcm/yr"),
    ),
    (
        "The port handled between 30,000 and 35,000 tonnes of grain last month.",
        "2019-06-11",
        "kt",
        (30.0, 35.0, None, "kt"),
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "to", "expected"), _NEWS_WIRE, ids=["bpd", "from-to", "range"]
)
def test_convert_claims_from_news(
    nlp: Language,
    text: str,
    published: str,
    to: str,
    expected: tuple[float, float | None, float | None, str],
) -> None:
    import sinorus_facts

    claim = sinorus_facts.extract(text, published=published)[0]
    moved = convert(claim, to)
    assert (
        (moved.value, moved.high, moved.from_value, moved.unit),
        moved.model_copy(
            update={
                "value": claim.value,
                "high": claim.high,
                "from_value": claim.from_value,
                "unit": claim.unit,
            }
        ),
    ) == (expected, claim)


def test_a_claim_in_yuan_converts_at_the_rate_of_its_year(nlp: Language) -> None:
    import sinorus_facts

    claim = sinorus_facts.extract(
        "Chinese investment in the region reached 6.6 billion yuan in 2018.", published="2019-02-01"
    )[0]
    assert (
        convert(claim, "bn USD", rates=_RATES).value,
        convert(claim, "bn USD", rates=_RATES).unit,
    ) == (1.0, "bn USD")
