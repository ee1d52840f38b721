"""Counts said of what they count: "the number of X ... was N" counts X however long the
phrase of X; "this figure" and "the indicator" count what the figure before counted. Each
row: an article of our own and the (value, unit, category) of its figures."""

from __future__ import annotations

import pytest

import sinorus_facts as sf

ROWS = [
    (
        (
            "The number of Chinese students who enrolled at universities in Novosibirsk this "
            "autumn was 3,900."
        ),
        [(3900.0, "person", "demographics")],
    ),
    (
        (
            "The number of Russians who travelled to Harbin without visas last winter was "
            "128,000, the tourism office said."
        ),
        [(128000.0, "person", "tourism")],
    ),
    (
        ("Harbin received 640,000 Russian tourists in 2019. This figure fell to 90,000 in 2021."),
        [(640000.0, "person", "tourism"), (90000.0, "person", "tourism")],
    ),
    (
        (
            "Some 1.3 million Chinese visitors came to Moscow in 2019, the city said, adding that "
            "the figure exceeded 400,000 last year."
        ),
        [(1.3e6, "person", "tourism"), (400000.0, "person", "tourism")],
    ),
    # a number with nothing that says what it counts stays none
    ("The office said the total was in line with forecasts, at 12.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_counts_said_of(text: str, expected: list[tuple[float, str, str]]) -> None:
    claims = sorted(
        sf.extract(text, published="2024-05-20"), key=lambda c: c.evidence.quantity_start
    )
    assert [(c.value, c.unit, c.category) for c in claims] == expected
