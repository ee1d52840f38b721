"""A sentence whose later conjuncts each close with a time of the same kind ("61% in
December from 66% in November") gives those times to its figures, but not to a figure of an
earlier conjunct with a time of its own ("sold 1.2 million cars in 2024, ..."). Each row: a
sentence of our own and the (value, period start, period end) of its figures."""

from __future__ import annotations

from datetime import date

import pytest

import sinorus_facts as sf

ROWS = [
    (
        (
            "Chinese carmakers sold 940,000 vehicles in Russia in 2023, but their share fell to "
            "52% in December from 57% in November, the agency said."
        ),
        [
            (940000.0, date(2023, 1, 1), date(2023, 12, 31)),
            (52.0, date(2023, 12, 1), date(2023, 12, 31)),
            (57.0, date(2023, 11, 1), date(2023, 11, 30)),
        ],
    ),
    # times that close each conjunct still go to its figures
    (
        "Gas deliveries were 1.9 bcm in March and 2.1 bcm in April.",
        [
            (1.9e9, date(2023, 3, 1), date(2023, 3, 31)),
            (2.1e9, date(2023, 4, 1), date(2023, 4, 30)),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_own_time_in_lists(text: str, expected: list[tuple[float, date, date]]) -> None:
    claims = sorted(
        sf.extract(text, published="2024-02-20"), key=lambda c: c.evidence.quantity_start
    )
    got = [
        (c.value, c.period.start if c.period else None, c.period.end if c.period else None)
        for c in claims
    ]
    assert got == expected
