"""The seed gate: the figures the issues ask for, measured on the seeds against a copy of
the hand annotations (tests/data/seeds_gold.jsonl), pinned as floors."""

from __future__ import annotations

import pytest

from tests.gate import Report, score

# Floors: foundation (issue 2), periods (issue 3), meaning (issue 4).
FLOORS = {
    "value": 0.9,
    "unit": 0.9,
    "bound": 0.9,
    "change": 0.9,
    "from_value": 0.9,
    "period_start": 0.85,
    "period_end": 0.85,
    "no_spurious_period": 0.9,
    "category": 0.85,
    "modality": 0.9,
    "attribution": 0.8,
}


@pytest.fixture(scope="module")
def report(seed_claims) -> Report:
    rows = [c.model_dump(mode="json") for claims in seed_claims.values() for c in claims]
    return score(rows)


def test_f1_of_claims_is_at_least_090(report: Report) -> None:
    assert report.f1 >= 0.90, (report.matched, report.predicted, report.gold)


def test_core_recall_is_at_least_095(report: Report) -> None:
    assert report.core_recall >= 0.95


def test_no_negative_becomes_a_claim(report: Report) -> None:
    assert report.negatives_hit == []


def test_every_prediction_has_a_span(report: Report) -> None:
    assert report.without_span == 0


@pytest.mark.parametrize(("attribute", "floor"), sorted(FLOORS.items()), ids=sorted(FLOORS))
def test_attribute_accuracy_floor(report: Report, attribute: str, floor: float) -> None:
    accuracy = report.accuracy(attribute)
    assert accuracy is not None, attribute
    assert accuracy >= floor, (attribute, accuracy)


def test_gate_scores_a_wrong_value_as_a_miss() -> None:
    """The gate itself can fail: a claim with a wrong value matches nothing."""
    wrong = {
        "doc_id": "000_79b10f59d3d06036.txt",
        "value": 3.1e10,
        "unit": "USD",
        "bound": "=",
        "evidence": {"quantity_start": 2295, "quantity_end": 2320},
    }
    right = dict(wrong, value=3.12e10)
    assert (score([wrong]).matched, score([right]).matched) == (0, 1)
