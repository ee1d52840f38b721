"""Confidence: how much of a claim the text makes clear, as a number from 0 to 1.

Each thing the text pins down adds to a base: a unit (most for money, amounts and shares;
less for a count of things), a measure found in the parse (less for a counted noun alone,
nothing without one), a period, a source. Vague figures ("hundreds of"), figures written
in words and figures in reader comments count less. So a figure with a clear unit, a
parse-linked measure and a period always scores above a bare number.

>>> clear = Signals(unit="USD", measure="parse", period=True)
>>> bare = Signals(unit=None, measure="none", period=False)
>>> confidence_of(clear) > confidence_of(bare)
True
"""

from __future__ import annotations

from dataclasses import dataclass

from sinorus_facts.claims.draft import ClaimDraft
from sinorus_facts.models import Claim

__all__ = ["Signals", "confidence_of", "signals_of"]

BASE = 0.3

# What a unit adds: counts name what they count, but "person"/"count" are weaker units.
UNIT_WEIGHT = {"none": 0.0, "count": 0.12, "clear": 0.25}

# What a measure adds, by where it came from.
MEASURE_WEIGHT = {"none": 0.0, "counted": 0.1, "parse": 0.2}

PERIOD_WEIGHT = 0.15
SOURCE_WEIGHT = 0.05
VAGUE_PENALTY = 0.1
COMMENT_PENALTY = 0.2

FLOOR, CEILING = 0.05, 0.99


@dataclass(frozen=True)
class Signals:
    """What the text made clear about a claim."""

    unit: str | None
    measure: str = "none"  # "parse", "counted" or "none"
    period: bool = False
    attributed: bool = False
    vague: bool = False
    in_comment: bool = False


def _unit_kind(unit: str | None) -> str:
    if unit is None:
        return "none"
    return "count" if unit in ("count", "person") else "clear"


def confidence_of(signals: Signals) -> float:
    """The confidence of a claim with ``signals``, rounded to two places.

    >>> confidence_of(Signals(unit="t/yr", measure="parse", period=True, attributed=True))
    0.95
    >>> confidence_of(Signals(unit=None))
    0.3
    """
    score = BASE + UNIT_WEIGHT[_unit_kind(signals.unit)] + MEASURE_WEIGHT.get(signals.measure, 0.0)
    if signals.period:
        score += PERIOD_WEIGHT
    if signals.attributed:
        score += SOURCE_WEIGHT
    if signals.vague:
        score -= VAGUE_PENALTY
    if signals.in_comment:
        score -= COMMENT_PENALTY
    return round(min(CEILING, max(FLOOR, score)), 2)


def signals_of(claim: Claim, draft: ClaimDraft) -> Signals:
    """What the text made clear about ``claim`` once its article has been read (its period
    and source may come from the article), with what its sentence said (``draft``)."""
    mention = draft.quantity
    return Signals(
        unit=claim.unit,
        measure=draft.measure_source or ("parse" if draft.measure else "none"),
        period=claim.period is not None,
        attributed=claim.attribution is not None,
        vague=mention.vague or mention.word_number,
        in_comment=claim.in_comment,
    )
