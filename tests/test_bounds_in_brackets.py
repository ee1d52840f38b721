"""A figure in brackets after another: the same amount in other units keeps the first's
bound; a more precise amount (another number of the same unit, a percent after a fraction
in words) has none. And the phrases of place that say "about". Each row: a sentence of our
own and the (value, unit, bound) of its figures."""

from __future__ import annotations

import pytest

import sinorus_facts as sf

ROWS = [
    # the same amount in other units: the bound holds for both
    ("The convoy covered more than 300 km (186 miles).", [(300.0, "km", ">"), (186.0, "mi", ">")]),
    (
        "Card payments rose about 4% (1.2 billion roubles).",
        [(4.0, "%", "~"), (1.2e9, "RUB", "~")],
    ),
    # a more precise amount: no bound of its own
    (
        "Chery sold over 50,000 cars (61,800 units) in the year.",
        [(50000.0, "count", ">"), (61800.0, "count", "=")],
    ),
    (
        "Exports topped 2 million tonnes (2.34 million tonnes).",
        [(2e6, "t", ">"), (2.34e6, "t", "=")],
    ),
    (
        "Roughly a third (31.7%) of the soybeans went to Heilongjiang.",
        [(31.7, "%", "=")],
    ),
    # phrases of place that say "about"
    (
        "The icebreaker sailed in the area of 78 degrees north.",
        [(78.0, "°", "~")],
    ),
    (
        "The project will cost in the neighbourhood of $3 billion.",
        [(3e9, "USD", "~")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_bounds_in_brackets(text: str, expected: list[tuple[float, str, str]]) -> None:
    claims = sorted(
        sf.extract(text, published="2024-09-09"), key=lambda c: c.evidence.quantity_start
    )
    got = [(c.value, c.unit, c.bound) for c in claims]
    assert [(pytest.approx(v), u, b) for v, u, b in expected] == got
