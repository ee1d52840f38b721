"""Confidence: a claim with a clear unit, a parse-linked measure and a period scores above a
bare number, and each thing the text leaves unclear costs.
"""

from __future__ import annotations

from typing import Any

import pytest

from sinorus_facts import extract
from sinorus_facts.context.confidence import Signals, confidence_of

_TABLE: list[tuple[str, Signals, float]] = [
    ("all-clear", Signals(unit="USD", measure="parse", period=True, attributed=True), 0.95),
    ("clear-unit-measure-period", Signals(unit="t/yr", measure="parse", period=True), 0.9),
    ("count-counted-noun", Signals(unit="person", measure="counted"), 0.52),
    ("bare-number", Signals(unit=None), 0.3),
    ("vague", Signals(unit="t", measure="parse", vague=True), 0.65),
    ("in-a-comment", Signals(unit="USD", measure="parse", period=True, in_comment=True), 0.7),
    ("floor", Signals(unit=None, vague=True, in_comment=True), 0.05),
]


@pytest.mark.parametrize(
    ("signals", "expected"), [r[1:] for r in _TABLE], ids=[r[0] for r in _TABLE]
)
def test_table(signals: Signals, expected: float) -> None:
    assert confidence_of(signals) == expected


# From most to least made clear: each row must score strictly below the one before.
_ORDER: list[Signals] = [
    Signals(unit="USD", measure="parse", period=True, attributed=True),
    Signals(unit="USD", measure="parse", period=True),
    Signals(unit="USD", measure="parse"),
    Signals(unit="USD", measure="none"),
    Signals(unit="person", measure="none"),
    Signals(unit=None, measure="none"),
]


def test_more_made_clear_scores_higher() -> None:
    scores = [confidence_of(s) for s in _ORDER]
    assert scores == sorted(set(scores), reverse=True)


def test_claims_of_one_text_are_ordered(nlp: Any) -> None:
    text = "Bilateral trade reached 107 billion U.S. dollars in 2018. China bought hundreds of tonnes of honey."
    found = [(c.evidence.quantity, c.confidence) for c in extract(text, published="2019-06-10")]
    # the second figure takes its period from the report of the first (2018): confidence is
    # computed once the article has been read, so the period it inherits counts
    assert found == [("107 billion U.S. dollars", 0.9), ("hundreds of tonnes", 0.8)]
