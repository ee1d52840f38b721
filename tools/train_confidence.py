"""Fit the confidence model (``src/sinorus_facts/context/confidence_model.json``) on the
development sets: a logistic regression from a claim's signals
(:func:`sinorus_facts.context.confidence.features`) to whether it is fully right.

    python tools/train_confidence.py [--shared ../shared] [--sets news-dev news-dev2 seeds]

Each set is extracted with the library as it stands; each claim is labelled by the
evaluation's own matching (``../shared/eval/score.py``, imported, not copied): 1 when it
matches a gold claim and its value, unit, bound, modality and period are right (a full
claim), 0 otherwise (a wrong field, or no gold claim at all). The fit is plain gradient
descent with an L2 penalty (numpy only). Rerun it whenever the rules change: the weights
describe what the rules get wrong.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

import sinorus_facts
from sinorus_facts.context.confidence import MODEL_FILE, features, signals_of
from sinorus_facts.models import Claim

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sinorus_facts" / "context" / MODEL_FILE

# The penalty on the weights (bigger: weights nearer 0) and the steps of gradient descent.
L2 = 0.3
STEPS, RATE = 4000, 0.5


def _scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["score"] = module
    spec.loader.exec_module(module)
    return module


def _inputs(shared: Path, name: str) -> tuple[list[Any], Path]:
    if name == "seeds":
        return [ROOT / "seeds"], shared / "gold" / "seeds.jsonl"
    return [shared / "gold" / name / "docs.jsonl"], shared / "gold" / name / "gold.jsonl"


def labelled(shared: Path, name: str) -> list[tuple[Claim, int]]:
    """The claims of one set, each with 1 if it is fully right, else 0."""
    score = _scorer(shared)
    inputs, gold_path = _inputs(shared, name)
    claims = [c for r in sinorus_facts.extract_many(inputs) for c in r.claims]
    gold = [json.loads(line) for line in gold_path.open(encoding="utf-8") if line.strip()]
    rows = [c.model_dump(mode="json") for c in claims]
    return list(zip(claims, _labels(score, gold, rows), strict=True))


def _labels(
    score: ModuleType, gold_rows: list[dict[str, Any]], rows: list[dict[str, Any]]
) -> list[int]:
    """1 for each prediction the scorer pairs with a gold claim and counts as a full claim:
    its pairing (value first, then overlap) and its test, through the scorer's functions."""
    gold = [g for g in gold_rows if g.get("kind", "claim") == "claim"]
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(rows):
            span = score.span_of(p)
            if score.doc_key(p["doc_id"]) != score.doc_key(g["doc"]) or span is None:
                continue
            if not score.overlap((g["start"], g["end"]), span):
                continue
            value_ok = score.close(p.get("value"), g["value"])
            swapped = g.get("from_value") is not None and score.close(
                p.get("value"), g["from_value"]
            )
            if (value_ok or swapped) and score.units_compatible(g.get("unit"), p.get("unit")):
                pairs.append((value_ok, score.overlap((g["start"], g["end"]), span), gi, pi))
    labels = [0] * len(rows)
    taken: set[int] = set()
    for _, _, gi, pi in sorted(pairs, reverse=True):
        if gi in taken or labels[pi] or pi in {q for q in taken if q < 0}:
            continue
        taken.add(gi)
        g, p = gold[gi], rows[pi]
        full = (
            score.close(p.get("value"), g["value"])
            and score.unit_exact(g.get("unit"), p.get("unit"))
            and p.get("bound", "=") == g["bound"]
            and p.get("modality", "actual") == g.get("modality", "actual")
            and (not g.get("period") or all(score.period_correct(g["period"], p.get("period"))))
        )
        labels[pi] = 1 if full else -1  # -1: paired, a field wrong
    return [1 if label == 1 else 0 for label in labels]


def fit(examples: list[tuple[dict[str, float], int]]) -> dict[str, float]:
    """Logistic regression weights by name."""
    names = sorted({n for f, _ in examples for n in f})
    x = np.array([[f.get(n, 0.0) for n in names] for f, _ in examples])
    y = np.array([label for _, label in examples], dtype=float)
    w = np.zeros(len(names))
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        grad = x.T @ (p - y) / len(y) + L2 * w / len(y) * (np.array(names) != "bias")
        w -= RATE * grad
    return {n: round(float(v), 4) for n, v in zip(names, w, strict=True)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--sets", nargs="+", default=["news-dev", "news-dev2", "seeds"])
    args = parser.parse_args()
    examples = []
    for name in args.sets:
        found = labelled(args.shared, name)
        examples += [(features(signals_of(c)), label) for c, label in found]
        print(
            f"{name}: {len(found)} claims, {sum(label for _, label in found)} fully right",
            file=sys.stderr,
        )
    weights = fit(examples)
    OUT.write_text(
        json.dumps(
            {
                "_notes": "Weights of the confidence model (context/confidence.py), fitted by "
                f"tools/train_confidence.py on {', '.join(args.sets)} ({len(examples)} claims).",
                "weights": weights,
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT.relative_to(ROOT)}: {len(weights)} weights", file=sys.stderr)


if __name__ == "__main__":
    main()
