"""Confidence: the chance that a claim is fully right, computed once its article has been
read, from what predicts a wrong field.

"Fully right" is what the evaluation calls a full claim: the figure is one the text asserts,
and its value, unit, bound, modality and period are all right. What predicts a wrong field is
read off the claim itself (:class:`Signals`): where its period came from (its own sentence,
the article, a date inferred for an undated page, none), where its source came from, its
modality, its kind of unit, a change or a bound, a measure found or not, a figure written
in words, a reader's comment, how the article's date was reached. A small logistic model
over these signals, fitted on the development sets by ``tools/train_confidence.py``, gives
the number; its weights ship with the package (``confidence_model.json``), and the README
shows how well the stated confidence matches the share of claims fully right
(``benchmarks/reliability.py``).

>>> sure = Signals(unit="USD", period="sentence", attribution="sentence", measure=True)
>>> unsure = Signals(unit=None, period=None, measure=False, in_words=True)
>>> confidence_of(sure) > confidence_of(unsure)
True
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from sinorus_facts.models import Claim

__all__ = ["MODEL_FILE", "Signals", "confidence_of", "features", "signals_of"]

# The fitted weights, shipped with the package (written by tools/train_confidence.py).
MODEL_FILE = "confidence_model.json"

# The stated confidence stays within these bounds: no claim is certain, none hopeless.
FLOOR, CEILING = 0.02, 0.99

# Canonical units by the kind of figure they make (others: a physical amount).
_UNIT_KINDS = {
    "%": "percent",
    "x": "factor",
    "person": "count",
    "count": "count",
    "year": "time",
    "day": "time",
}


@dataclass(frozen=True)
class Signals:
    """What is known of a claim that bears on whether it is right."""

    unit: str | None
    period: str | None = None  # where the period came from: sentence, article, inferred, or none
    attribution: str | None = None  # where the source came from: sentence, article, or none
    modality: str = "actual"
    change: bool = False
    bound: bool = False  # a bound other than "="
    measure: bool = False  # a measure was found
    in_words: bool = False  # the figure has no digit ("hundreds of", "two")
    in_comment: bool = False
    dated_by: str | None = None  # how the article's date was reached (Article.reference_source)


def _unit_kind(unit: str | None) -> str:
    if unit is None:
        return "none"
    if unit in _UNIT_KINDS:
        return _UNIT_KINDS[unit]
    if len(unit) == 3 and unit.isupper():
        return "money"
    return "rate" if "/" in unit else "amount"


def features(signals: Signals) -> dict[str, float]:
    """The named features of ``signals`` the model weighs (absent features are 0).

    >>> sorted(features(Signals(unit="t/yr", period="article")))
    ['bias', 'dated:none', 'modality:actual', 'period:article', 'source:none', 'unit:rate']
    """
    dated = (
        signals.dated_by
        if signals.dated_by in ("published", "dateline")
        else ("none" if signals.dated_by is None else "inferred")
    )
    found = {
        "bias": 1.0,
        f"unit:{_unit_kind(signals.unit)}": 1.0,
        f"period:{signals.period or 'none'}": 1.0,
        f"source:{signals.attribution or 'none'}": 1.0,
        f"modality:{signals.modality}": 1.0,
        f"dated:{dated}": 1.0,
    }
    for name in ("change", "bound", "measure", "in_words", "in_comment"):
        if getattr(signals, name):
            found[name] = 1.0
    return found


@cache
def _weights() -> dict[str, float]:
    text = resources.files("sinorus_facts.context").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    return {str(k): float(v) for k, v in data["weights"].items()}


def confidence_of(signals: Signals, weights: dict[str, float] | None = None) -> float:
    """The chance that a claim with ``signals`` is fully right, rounded to two places
    (``weights`` by default the shipped model's).

    >>> confidence_of(Signals(unit="USD"), {"bias": 0.0})
    0.5
    """
    table = _weights() if weights is None else weights
    score = sum(table.get(name, 0.0) * value for name, value in features(signals).items())
    chance = 1.0 / (1.0 + math.exp(-score))
    return round(min(CEILING, max(FLOOR, chance)), 2)


def signals_of(claim: Claim) -> Signals:
    """What ``claim`` (its article read) tells of its own reliability."""
    return Signals(
        unit=claim.unit,
        period=claim.period.origin or "sentence" if claim.period is not None else None,
        attribution=claim.attribution_origin or "sentence" if claim.attribution else None,
        modality=claim.modality,
        change=claim.change is not None,
        bound=claim.bound != "=",
        measure=claim.measure is not None,
        in_words=not any(c.isdigit() for c in claim.evidence.quantity),
        in_comment=claim.in_comment,
        dated_by=claim.article.reference_source if claim.article is not None else None,
    )
