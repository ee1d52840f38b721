"""Numbers as news writes them: digits, words, fractions, signs, scientific notation
(quantities/numbers.py and quantities/cores.py; no model)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sinorus_facts.quantities.cores import core_finder
from sinorus_facts.quantities.numbers import fraction_value, parse_digits, power_of_ten, words_value

# (written digits, value or None)
_DIGITS: list[tuple[str, str | None]] = [
    ("31.2", "31.2"),
    ("3,812", "3812"),
    ("12,000,000", "12000000"),
    ("1\u00a0000\u00a0000", "1000000"),
    ("18,8", "18.8"),
    (".75", "0.75"),
    ("2017", "2017"),
    ("1.2.3", None),
    ("12,34", "12.34"),
    ("1,2345", None),
    ("", None),
]


@pytest.mark.parametrize(("written", "expected"), _DIGITS, ids=[d[0] or "empty" for d in _DIGITS])
def test_parse_digits(written: str, expected: str | None) -> None:
    assert parse_digits(written) == (Decimal(expected) if expected is not None else None)


# (words, value or None)
_WORDS: list[tuple[str, str | None]] = [
    ("nine", "9"),
    ("twenty five", "25"),
    ("one hundred and twenty", "120"),
    ("a dozen", "12"),
    ("two and a half", "2.5"),
    ("three hundred", "300"),
    ("ninety nine", "99"),
    ("billion", None),
    ("many", None),
]


@pytest.mark.parametrize(("words", "expected"), _WORDS, ids=[w[0] for w in _WORDS])
def test_words_value(words: str, expected: str | None) -> None:
    assert words_value(words.split()) == (Decimal(expected) if expected is not None else None)


# (numerator, denominator, value or None)
_FRACTIONS: list[tuple[int, int, str | None]] = [
    (1, 2, "0.5"),
    (1, 16, "0.0625"),
    (3, 4, "0.75"),
    (1, 0, None),
]


@pytest.mark.parametrize(
    ("numerator", "denominator", "expected"), _FRACTIONS, ids=[f"{f[0]}/{f[1]}" for f in _FRACTIONS]
)
def test_fraction_value(numerator: int, denominator: int, expected: str | None) -> None:
    assert fraction_value(Decimal(numerator), Decimal(denominator)) == (
        Decimal(expected) if expected else None
    )


# (mantissa, exponent as written, value or None)
_POWERS: list[tuple[str, str, str | None]] = [
    ("6.67", "−11", "6.67E-11"),
    ("3", "⁸", "3E+8"),
    ("6.02", "23", "6.02E+23"),
    ("1.6", "-19", "1.6E-19"),
    ("x", "3", None),
    ("2", "three", None),
]


@pytest.mark.parametrize(
    ("mantissa", "exponent", "expected"), _POWERS, ids=[f"{p[0]}e{p[1]}" for p in _POWERS]
)
def test_power_of_ten(mantissa: str, exponent: str, expected: str | None) -> None:
    assert power_of_ten(mantissa, exponent) == (Decimal(expected) if expected else None)


# (news text, [(number as found, value, sign)])
_CORES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Thirty-one thousand four hundred fifty-one students enrolled.",
        [("Thirty-one thousand four hundred fifty-one", "31451", "")],
    ),
    ("Reserves hold 6 hundred million tonnes.", [("6 hundred", "600", "")]),
    ("A third of the budget goes to defence.", [("A third", str(Decimal(1) / Decimal(3)), "")]),
    (
        "Nearly two-thirds of exports are energy.",
        [("two-thirds", str(Decimal(2) / Decimal(3)), "")],
    ),
    ("Add 1/2 tonne of sand.", [("1/2", "0.5", "")]),
    ("The trail is 12 1/2 km long.", [("12 1/2", "12.5", "")]),
    ("The flight takes 2½ hours.", [("2½", "2.5", "")]),
    ("One out of five firms reported losses.", [("One out of five", "0.2", "")]),
    ("One in four adults owns a car.", [("One in four", "0.25", "")]),
    ("The lake level stood at -7 metres.", [("-7", "-7", "-")]),
    ("It was minus 40 degrees in Yakutsk.", [("minus 40", "-40", "-")]),
    ("Gas is cooled to minus-162 degrees.", [("minus-162", "-162", "-")]),
    ("RTS +0.4% in early trade.", [("+0.4", "0.4", "+")]),
    ("The balance fell to $-12.5bn in April.", [("-12.5", "-12.5", "-")]),
    ("Debt reached $US240 trillion.", [("240", "240", "")]),
    ("The yacht sold for USD25m.", [("25", "25", "")]),
    ("The probe flew 3.2×10⁸ metres.", [("3.2×10⁸", "3.2E+8", "")]),
    ("The sample held 6×10^23 atoms.", [("6×10^23", "6E+23", "")]),
    ("The stake is worth a quarter million rubles.", [("a quarter", "0.25", "")]),
    ("Hundreds of trucks waited.", [("Hundreds of", "100", "")]),
    ("Tens of thousands of tourists came.", [("Tens of thousands of", "10000", "")]),
    ("Trade more than doubled.", [("doubled", "2", "")]),
    ("It took two and a half years.", [("two and a half", "2.5", "")]),
    ("The plant will cost half a billion.", [("half a", "0.5", "")]),
    ("A dozen ships sailed.", [("A dozen", "12", "")]),
]


@pytest.mark.parametrize(("text", "expected"), _CORES, ids=[c[0][:40] for c in _CORES])
def test_number_cores(text: str, expected: list[tuple[str, str, str]]) -> None:
    cores = core_finder().find(text)
    assert [(text[c.start : c.end], str(c.value), c.sign) for c in cores] == expected


# Texts whose digits or words are no number at all.
_NOT_NUMBERS: list[str] = [
    "Leaders met at the G20 summit.",
    "The Galaxy S22 went on sale.",
    "Thousands queued for COVID -19 tests.",  # a name written apart: no minus nineteen
    "Several hundred attended.",
    "It is a baker's dozen.",
    "He caught the Kick Six pass.",
    "It aired on BBC One.",
    "In the first half of the year.",
    "They rejected a double freeze plan.",
    "Version 1.5.2 shipped.",
]


@pytest.mark.parametrize("text", _NOT_NUMBERS, ids=[t[:40] for t in _NOT_NUMBERS])
def test_no_number_core(text: str) -> None:
    found = [text[c.start : c.end] for c in core_finder().find(text)]
    assert found == []
