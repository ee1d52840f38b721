"""A level reached told before the level it came from, a few words apart ("raised supplies
to 30 million tonnes a year via the eastern route from the planned 25 million tonnes"): one figure of change,
``from_to``, with the earlier level as ``from_value`` and the level's own unit. A comma or a
time between keeps them apart. Each row: a sentence of our own and the (value, unit, change,
from_value) of its figures."""

from __future__ import annotations

import pytest

import sinorus_facts as sf

ROWS = [
    (
        (
            "Moscow and Beijing agreed to raise oil deliveries to 30 million tonnes a year via the "
            "eastern route from the planned 25 million tonnes."
        ),
        [(30e6, "t/yr", "from_to", 25e6)],
    ),
    (
        (
            "The operator lifted the bridge's capacity to 40 trains a day on the new section from "
            "26 trains."
        ),
        [(40.0, "count", "from_to", 26.0)],
    ),
    (
        "Timber shipments fell to $310 million from $455 million.",
        [(310e6, "USD", "from_to", 455e6)],
    ),
    # a comma, a clause of its own: two figures
    (
        "Coal exports rose to 7 million tonnes, with coal from Kuzbass making up 4 million tonnes.",
        [(7e6, "t", None, None), (4e6, "t", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_to_then_from(text: str, expected: list[tuple[object, ...]]) -> None:
    claims = sorted(
        sf.extract(text, published="2024-04-04"), key=lambda c: c.evidence.quantity_start
    )
    assert [(c.value, c.unit, c.change, c.from_value) for c in claims] == expected
