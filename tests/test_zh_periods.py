"""Periods of Chinese news (phrases written for these tests), resolved against a
reference date: (text found, kind, first day, last day)."""

from __future__ import annotations

from datetime import date

import pytest

from sinorus_facts.periods.zh import find_periods

REF = date(2024, 11, 12)

_PERIODS: list[tuple[str, list[tuple[str, str, str | None, str | None]]]] = [
    ("2023年1月至7月", [("2023年1月至7月", "range", "2023-01-01", "2023-07-31")]),
    ("1-9月", [("1-9月", "range", "2024-01-01", "2024-09-30")]),
    ("1—6月", [("1—6月", "range", "2024-01-01", "2024-06-30")]),
    ("前7个月", [("前7个月", "range", "2024-01-01", "2024-07-31")]),
    ("去年前11个月", [("去年前11个月", "range", "2023-01-01", "2023-11-30")]),
    ("2022年三季度", [("2022年三季度", "date", "2022-07-01", "2022-09-30")]),
    ("上半年", [("上半年", "date", "2024-01-01", "2024-06-30")]),
    ("12月", [("12月", "date", "2023-12-01", "2023-12-31")]),
    ("2021年6月3日", [("2021年6月3日", "date", "2021-06-03", "2021-06-03")]),
    ("2019年", [("2019年", "date", "2019-01-01", "2019-12-31")]),
    ("去年", [("去年", "relative", "2023-01-01", "2023-12-31")]),
    ("去年同期", [("去年同期", "basis", None, None)]),
    ("同期", [("同期", "same_period", None, None)]),
    ("今年前三季度", [("今年前三季度", "range", "2024-01-01", "2024-09-30")]),
    ("2030年前", [("2030年", "date", "2030-01-01", "2030-12-31")]),
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
