"""Periods of Russian news (phrases written for these tests), resolved against a
reference date: (text found, kind, first day, last day)."""

from __future__ import annotations

from datetime import date

import pytest

from sinorus_facts.periods.ru import find_periods

REF = date(2024, 11, 12)

_PERIODS: list[tuple[str, list[tuple[str, str, str | None, str | None]]]] = [
    (
        "в январе–сентябре 2023 года",
        [("в январе–сентябре 2023 года", "range", "2023-01-01", "2023-09-30")],
    ),
    (
        "с февраля по июнь текущего года",
        [("с февраля по июнь текущего года", "range", "2024-02-01", "2024-06-30")],
    ),
    (
        "за первые десять месяцев",
        [("за первые десять месяцев", "range", "2024-01-01", "2024-10-31")],
    ),
    (
        "за четыре месяца 2022 года",
        [("за четыре месяца 2022 года", "range", "2022-01-01", "2022-04-30")],
    ),
    (
        "во втором квартале прошлого года",
        [("во втором квартале прошлого года", "date", "2023-04-01", "2023-06-30")],
    ),
    ("в декабре", [("в декабре", "date", "2023-12-01", "2023-12-31")]),
    ("в октябре", [("в октябре", "date", "2024-10-01", "2024-10-31")]),
    ("с 3 по 7 июня", [("с 3 по 7 июня", "date", "2024-06-03", "2024-06-07")]),
    ("по итогам 2019 года", [("по итогам 2019 года", "date", "2019-01-01", "2019-12-31")]),
    ("в 2020-м", [("в 2020-м", "date", "2020-01-01", "2020-12-31")]),
    ("к 2035 году", [("к 2035 году", "deadline", "2035-01-01", "2035-12-31")]),
    ("в прошлом году", [("в прошлом году", "relative", "2023-01-01", "2023-12-31")]),
    ("за полтора месяца", []),
    (
        "относительно того же периода 2021 года",
        [("относительно того же периода 2021 года", "basis", None, None)],
    ),
    ("за аналогичный период", [("за аналогичный период", "same_period", None, None)]),
    (
        "за три квартала 2022 года",
        [("за три квартала 2022 года", "range", "2022-01-01", "2022-09-30")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _PERIODS, ids=[t for t, _ in _PERIODS])
def test_periods(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    found = [
        (
            t.text,
            t.kind,
            t.begin.isoformat() if t.begin else None,
            t.end_date.isoformat() if t.end_date else None,
        )
        for t in find_periods(text, REF)
    ]
    assert found == expected


# The year's result with no year: the current year, or in January and February (when the
# results come out) the year just ended.
_YEAR_RESULTS: list[tuple[str, date, tuple[str, str, str | None, str | None]]] = [
    (
        "по итогам года",
        date(2024, 11, 12),
        ("по итогам года", "date", "2024-01-01", "2024-12-31"),
    ),
    (
        "по итогам года",
        date(2025, 2, 3),
        ("по итогам года", "date", "2024-01-01", "2024-12-31"),
    ),
    (
        "по результатам года",
        date(2025, 3, 3),
        ("по результатам года", "date", "2025-01-01", "2025-12-31"),
    ),
    (
        "по итогам текущего года",
        date(2025, 1, 20),
        ("текущего года", "relative", "2025-01-01", "2025-12-31"),
    ),
    (
        "по итогам 2021 года",
        date(2022, 1, 20),
        ("по итогам 2021 года", "date", "2021-01-01", "2021-12-31"),
    ),
]


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    _YEAR_RESULTS,
    ids=[f"{t}-{r.isoformat()}" for t, r, _ in _YEAR_RESULTS],
)
def test_year_results(
    text: str, reference: date, expected: tuple[str, str, str | None, str | None]
) -> None:
    found = [
        (
            t.text,
            t.kind,
            t.begin.isoformat() if t.begin else None,
            t.end_date.isoformat() if t.end_date else None,
        )
        for t in find_periods(text, reference)
    ]
    assert found == [expected]
