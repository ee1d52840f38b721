"""A year right before "to" and a level is the year of what is said, not the low end of a
range: "in the first half of 2024 to 410,000 units". Each row: a sentence of our own and
the (value, high, unit) of its figures."""

from __future__ import annotations

import pytest

import sinorus_facts as sf

ROWS = [
    (
        (
            "Deliveries of Chinese trucks to Russia fell 9% in the first half of 2024 to 61,000 "
            "units."
        ),
        [(9.0, None, "%"), (61000.0, None, "count")],
    ),
    (
        "Timber exports dropped in the first nine months of 2023 to 2,300 trainloads.",
        [(2300.0, None, "count")],
    ),
    (
        "Grain shipments climbed during 2022 to 840,000 tonnes.",
        [(840000.0, None, "t")],
    ),
    # a range or a change from one number to another stays one
    ("Output rose from 2000 to 2,500 tonnes a day.", [(2500.0, None, "t/d")]),
    ("Each plant employs 1,900 to 2,400 workers.", [(1900.0, 2400.0, "person")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_years_before_levels(text: str, expected: list[tuple[float, float | None, str]]) -> None:
    claims = sorted(
        sf.extract(text, published="2024-10-01"), key=lambda c: c.evidence.quantity_start
    )
    assert [(c.value, c.high, c.unit) for c in claims] == expected
