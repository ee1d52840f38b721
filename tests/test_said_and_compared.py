"""Three families found in short articles of our own: "the year" is the year of the telling
when the only other year of the sentence is the one it compares with; a count that is "the
number" expected to reach a level counts what the article counted; a source that closes
the sentence with a verb of estimating the tagger reads as a noun ("..., Rosstat
estimates."). Each row: an article, then the (value, unit, period start, period end,
modality, source) of its figures."""

from __future__ import annotations

from datetime import date

import pytest

import sinorus_facts as sf
from sinorus_facts.periods.expressions import find_timexes

PUBLISHED = "2024-11-20"

ROWS = [
    (
        (
            "Russia shipped 41,000 tonnes of soybean oil to China in the first ten months of the "
            "year, twice as much as in the same period of 2023, customs data showed."
        ),
        [
            (41000.0, "t", date(2024, 1, 1), date(2024, 10, 31), "actual", "customs"),
            (2.0, "x", date(2024, 1, 1), date(2024, 10, 31), "actual", "customs"),
        ],
    ),
    (
        "In 2021, in the first four months of the year, coal exports fell 6% to 11 million tonnes.",
        [
            (6.0, "%", date(2021, 1, 1), date(2021, 4, 30), "actual", None),
            (11e6, "t", date(2021, 1, 1), date(2021, 4, 30), "actual", None),
        ],
    ),
    (
        (
            "Harbin hosted 84,000 Russian visitors in the first half. The city's tourism office "
            "expects the number to exceed 200,000 this year."
        ),
        [
            (84000.0, "person", date(2024, 1, 1), date(2024, 6, 30), "actual", None),
            (
                200000.0,
                "person",
                date(2024, 1, 1),
                date(2024, 12, 31),
                "forecast",
                "city's tourism office",
            ),
        ],
    ),
    (
        "Chinese brands held 58% of the Russian car market in October, Autostat estimates.",
        [(58.0, "%", date(2024, 10, 1), date(2024, 10, 31), "actual", "Autostat")],
    ),
    (
        "Bilateral trade will reach $255 billion this year, economists at Gazprombank calculate.",
        [
            (
                255e9,
                "USD",
                date(2024, 1, 1),
                date(2024, 12, 31),
                "forecast",
                "Gazprombank",
            ),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_said_and_compared(text: str, expected: list[tuple[object, ...]]) -> None:
    claims = sorted(sf.extract(text, published=PUBLISHED), key=lambda c: c.evidence.quantity_start)
    got = [
        (
            c.value,
            c.unit,
            c.period.start if c.period else None,
            c.period.end if c.period else None,
            c.modality,
            c.attribution,
        )
        for c in claims
    ]
    assert got == expected


# "mid-year" and "the middle of the year", with or without "the" and a hyphen, told as a
# deadline or a time.
MID_YEAR = [
    (
        "Analysts expect the share to fall below 50% by mid-year.",
        date(2024, 5, 1),
        date(2024, 8, 31),
    ),
    ("Output will recover by the middle of the year.", date(2024, 5, 1), date(2024, 8, 31)),
    ("Freight rates peaked in mid year.", date(2024, 5, 1), date(2024, 8, 31)),
]


@pytest.mark.parametrize(("text", "begin", "end"), MID_YEAR)
def test_mid_year_is_read(text: str, begin: date, end: date) -> None:
    found = [t for t in find_timexes(text, date(2024, 2, 12)) if "mid" in t.text.lower()]
    assert [(t.begin, t.end_date) for t in found] == [(begin, end)]


# A body described as what it is ("the agency", "the company", "the firm") after the article
# credited it by its name.
DESCRIBED = [
    (
        (
            "Chinese brands took 61% of the Russian car market in 2024, Autostat said. The agency "
            "expects the share to fall below 55% by mid-year."
        ),
        [(61.0, "Autostat"), (55.0, "Autostat")],
    ),
    (
        (
            "Novatek shipped 8.2 million tonnes of LNG to China last year, according to Novatek. "
            "The company expects 9 million tonnes in 2025."
        ),
        [(8.2e6, "Novatek"), (9e6, "Novatek")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_a_body_described_as_what_it_is(text: str, expected: list[tuple[float, str]]) -> None:
    claims = sorted(
        sf.extract(text, published="2025-02-12"), key=lambda c: c.evidence.quantity_start
    )
    assert [(c.value, c.attribution) for c in claims] == expected


# "from <month>" right after the size of a change is its basis, not the start of a span; a
# body's name read with its possessive ending is named without it.
BASIS_AND_NAMES = [
    (
        (
            "The yuan's share of trading on the Moscow Exchange's currency market rose to 48% in "
            "April, the exchange said. Turnover in the pair reached 3.1 trillion roubles, up 9% from "
            "March."
        ),
        [
            (48.0, "2024-04-01", "2024-04-30", "Moscow Exchange"),
            (3.1e12, "2024-04-01", "2024-04-30", "Moscow Exchange"),
            (9.0, "2024-04-01", "2024-04-30", "Moscow Exchange"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BASIS_AND_NAMES)
def test_basis_after_a_change_and_possessive_names(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    claims = sorted(
        sf.extract(text, published="2024-05-06"), key=lambda c: c.evidence.quantity_start
    )
    got = [
        (
            c.value,
            c.period.start.isoformat() if c.period and c.period.start else None,
            c.period.end.isoformat() if c.period and c.period.end else None,
            c.attribution,
        )
        for c in claims
    ]
    assert got == expected
