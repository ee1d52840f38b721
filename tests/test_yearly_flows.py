"""Amounts of goods that news tells as yearly without always saying "a year": the capacity of
a line that carries them, and a rate of time a few words after the figure (its goods, where
they go, a restatement in brackets between). Each row: a sentence of our own and the
(value, unit) of its figures."""

from __future__ import annotations

import pytest

import sinorus_facts as sf

ROWS = [
    # the capacity of a line or a project is a yearly flow
    (
        (
            "Gazprom and CNPC agreed on the route of the Soyuz Vostok gas pipeline, with a "
            "capacity of 61 billion cubic metres."
        ),
        [(61e9, "m3/yr")],
    ),
    (
        "The oil pipeline's design allows for higher transmission (up to 45 million tonnes).",
        [(45e6, "t/yr")],
    ),
    ("Arctic LNG 2 will have a total capacity of 19.8 million tonnes.", [(19.8e6, "t/yr")]),
    (
        "The second string of the gas pipeline raised its throughput of 8 billion cubic metres.",
        [(8e9, "m3/yr")],
    ),
    # a stock is no flow: storage, a carrier's tanks
    (
        "Next to the gas pipeline, the storage capacity of 4 billion cubic metres was reached.",
        [(4e9, "m3")],
    ),
    ("The new gas carrier has a capacity of 172,000 cubic metres.", [(172000.0, "m3")]),
    ("The port's capacity is 30 million tonnes.", [(30e6, "t")]),
    # a rate a few words after the figure
    (
        (
            "The 2,100-km oil pipeline will carry 20 million tonnes of crude from Skovorodino to "
            "Daqing per year."
        ),
        [(2100.0, "km"), (20e6, "t/yr")],
    ),
    (
        (
            "Rosneft will ship 10 million tonnes of oil (200,000 barrels per day) annually for a "
            "decade."
        ),
        [(10e6, "t/yr"), (200000.0, "bbl/d"), (10.0, "year")],  # "for a decade": the term
    ),
    (
        "The terminal will handle 6 million tonnes of coal per year from 2027.",
        [(6e6, "t/yr")],
    ),
    # a time, no rate
    ("Wheat exports topped 3 million tonnes for the first time in a year.", [(3e6, "t")]),
    (
        "The mine produced 4 million tonnes of coal, up from 3 million a year earlier.",
        [(4e6, "t"), (3e6, "t")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_yearly_flows(text: str, expected: list[tuple[float, str]]) -> None:
    claims = sorted(
        sf.extract(text, published="2025-04-02"), key=lambda c: c.evidence.quantity_start
    )
    assert [(c.value, c.unit) for c in claims] == expected
