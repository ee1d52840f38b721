"""Confidence: the chance a claim is fully right, from what predicts a wrong field; a model
fitted on the development sets (tools/train_confidence.py), its weights shipped."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sinorus_facts import ClaimSet, extract
from sinorus_facts.context.confidence import Signals, confidence_of, features

_FEATURES: list[tuple[str, Signals, list[str]]] = [
    (
        "a dated trade figure",
        Signals(unit="USD", period="sentence", attribution="article", dated_by="published"),
        [
            "bias",
            "dated:published",
            "modality:actual",
            "period:sentence",
            "source:article",
            "unit:money",
        ],
    ),
    (
        "a count in words with a bound, undated page",
        Signals(unit="person", bound=True, in_words=True, dated_by="text"),
        [
            "bias",
            "bound",
            "dated:inferred",
            "in_words",
            "modality:actual",
            "period:none",
            "source:none",
            "unit:count",
        ],
    ),
    (
        "a target rate with a change",
        Signals(unit="m3/yr", modality="target", change=True, measure=True, period="article"),
        [
            "bias",
            "change",
            "dated:none",
            "measure",
            "modality:target",
            "period:article",
            "source:none",
            "unit:rate",
        ],
    ),
    (
        "a factor in a comment",
        Signals(unit="x", in_comment=True),
        [
            "bias",
            "dated:none",
            "in_comment",
            "modality:actual",
            "period:none",
            "source:none",
            "unit:factor",
        ],
    ),
]


@pytest.mark.parametrize(
    ("signals", "expected"), [r[1:] for r in _FEATURES], ids=[r[0] for r in _FEATURES]
)
def test_features(signals: Signals, expected: list[str]) -> None:
    assert sorted(features(signals)) == expected


_WEIGHTED: list[tuple[str, dict[str, float], float]] = [
    ("even", {"bias": 0.0}, 0.5),
    ("a money unit counts", {"bias": 0.0, "unit:money": 2.0}, 0.88),
    ("no period costs", {"bias": 1.0, "period:none": -2.0}, 0.27),
    ("ceiling", {"bias": 20.0}, 0.99),
    ("floor", {"bias": -20.0}, 0.02),
]


@pytest.mark.parametrize(
    ("weights", "expected"), [r[1:] for r in _WEIGHTED], ids=[r[0] for r in _WEIGHTED]
)
def test_confidence_is_the_logistic_of_the_weighed_features(
    weights: dict[str, float], expected: float
) -> None:
    assert confidence_of(Signals(unit="USD"), weights) == expected


def test_the_shipped_model_scores_a_clear_figure_above_a_bare_one() -> None:
    clear = Signals(unit="USD", period="sentence", attribution="sentence", dated_by="dateline")
    bare = Signals(unit=None, period=None, dated_by="text")
    assert confidence_of(clear) > confidence_of(bare)


def test_triage_puts_the_least_sure_claims_first(nlp: Language) -> None:
    text = (
        "MOSCOW, March 3 (Reuters) - Trade between Russia and China rose 26% to $240 billion in 2023, "
        "customs data showed. Hundreds of firms took part."
    )
    claims = ClaimSet(extract(text))
    ordered = [c.confidence for c in claims.triage()]
    assert (ordered == sorted(ordered), len(ordered)) == (True, len(claims))
