"""A change said once for a list of percents, and a change read past a word that leaves it as
it is: each row is a news-style sentence of our own and the change of every figure in it
(``None``: a level, a share, no change)."""

from __future__ import annotations

import pytest

import sinorus_facts as sf

PUBLISHED = "2024-03-12"

# One change word for a list of percents: each keeps what it is said of ("in the first
# quarter", "in value terms") and shares the change.
LISTS = [
    (
        (
            "Coal shipments to China dropped 31.5% in the first quarter, 12.2% in the second "
            "quarter and 4% in the third quarter."
        ),
        [(31.5, "decrease"), (12.2, "decrease"), (4.0, "decrease")],
    ),
    (
        "Timber exports climbed 18% in physical terms and 7% in value terms.",
        [(18.0, "increase"), (7.0, "increase")],
    ),
    (
        "Russia raised pork sales to China by 44% in tonnage and by 29% in dollars last year.",
        [(44.0, "increase"), (29.0, "increase")],
    ),
    (
        "Freight via the Blagoveshchensk bridge grew by 9.6% in 2022 and by 14.1% in 2023.",
        [(9.6, "increase"), (14.1, "increase")],
    ),
    (
        (
            "Car imports from China were down 6 percent in January, 11 percent in February, and "
            "17 percent in March."
        ),
        [(6.0, "decrease"), (11.0, "decrease"), (17.0, "decrease")],
    ),
    # not a list of changes: a clause of its own, a share, a level after a noun
    (
        "Soybean imports rose 23%, and the share of Far Eastern farms reached 41%.",
        [(23.0, "increase"), (41.0, None)],
    ),
    (
        "Wheat exports rose 16% and 70% of them went to northern China.",
        [(16.0, "increase"), (70.0, None)],
    ),
    (
        "Pipeline gas deliveries rose 9% in 2023 and 60% went to the northeast.",
        [(9.0, "increase"), (60.0, None)],
    ),
    (
        "Retail sales grew 4.2%, unemployment 3.1%.",
        [(4.2, "increase"), (3.1, None)],
    ),
]

# A word between the change and its figure that leaves the change as it is.
FOCUS = [
    ("Fertiliser exports to China grew by only 2.5% in 2023.", [(2.5, "increase")]),
    ("Visits by Chinese tourists rose just 3% in January.", [(3.0, "increase")]),
    ("Seafood sales fell by a mere 0.8% last year.", [(0.8, "decrease")]),
    ("Yuan settlements were up only 4 percent in February.", [(4.0, "increase")]),
    ("Container traffic climbed another 6% in the fourth quarter.", [(6.0, "increase")]),
    ("Rail freight jumped a whopping 37% in the first half.", [(37.0, "increase")]),
    ("Only 5% of the flights were cancelled last month.", [(5.0, None)]),
]


def _changes(text: str) -> list[tuple[float, str | None]]:
    claims = sorted(sf.extract(text, published=PUBLISHED), key=lambda c: c.evidence.quantity_start)
    return [(c.value, c.change) for c in claims if c.unit == "%"]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_a_change_said_once_holds_for_its_list(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(("text", "expected"), FOCUS)
def test_a_change_is_read_past_a_word_that_leaves_it(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _changes(text) == expected
