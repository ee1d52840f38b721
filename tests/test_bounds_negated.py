"""Bounds that read the other way (issue 14): a negated comparison is an upper limit, and
"topping" is an excess. Strings written for this table."""

from __future__ import annotations

import pytest

from sinorus_facts import quantities_of

_NEGATED_AND_VERBS = [
    (
        "did_not_exceed",
        "Losses did not exceed 2.5% of revenue.",
        [("did not exceed 2.5%", 2.5, "%", "<=")],
    ),
    (
        "has_not_exceeded",
        "The share has not exceeded 40 percent.",
        [("has not exceeded 40 percent", 40.0, "%", "<=")],
    ),
    ("will_not_exceed", "Tariffs will not exceed 15%.", [("will not exceed 15%", 15.0, "%", "<=")]),
    (
        "not_less_than",
        "Supplies of not less than 5 million tonnes.",
        [("not less than 5 million tonnes", 5e6, "t", ">=")],
    ),
    ("topping", "A contract topping $3bln was signed.", [("topping $3bln", 3e9, "USD", ">")]),
    (
        "hardly_exceed_is_at_most",
        "Car sales will hardly exceed 40,000 units.",
        [("exceed 40,000 units", 40000.0, "count", "<=")],
    ),
    ("never_topped", "Its share never topped 12%.", [("topped 12%", 12.0, "%", "<=")]),
    (
        "wont_surpass",
        "Output won't surpass 9 million tonnes.",
        [("surpass 9 million tonnes", 9e6, "t", "<=")],
    ),
    (
        "not_only_exceed_stays_more_than",
        "Prices could not only exceed $90 but keep rising.",
        [("exceed $90", 90.0, "USD", ">")],
    ),
    (
        "barely_exceeded_stays_more_than",
        "Imports barely exceeded 2 million tonnes.",
        [("exceeded 2 million tonnes", 2e6, "t", ">")],
    ),
    (
        "plain_exceeded_stays_more_than",
        "Exports exceeded 7 million tonnes.",
        [("exceeded 7 million tonnes", 7e6, "t", ">")],
    ),
]


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    ("name", "text", "expected"), _NEGATED_AND_VERBS, ids=[r[0] for r in _NEGATED_AND_VERBS]
)
def test_bounds_of_negated_comparisons(
    name: str, text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    assert [(q.text, float(q.value), q.unit, q.bound) for q in quantities_of(text)] == expected
