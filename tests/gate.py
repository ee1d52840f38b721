"""The evaluation gate: scores claims against the seed gold (tests/data/seeds_gold.jsonl,
a copy of the hand annotations) by the rules of GUIDELINES.md.

A prediction matches a gold claim in the same document when its figure's span overlaps the
gold quote, its value is within 0.5% of the gold value (or of the gold from-value), and its
unit is of the same family; matching is one to one, value matches and larger overlaps first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parent / "data" / "seeds_gold.jsonl"

FAMILIES = {
    "%": "percent",
    "pp": "percent",
    "bp": "percent",
    "t": "mass",
    "kg": "mass",
    "t/yr": "mass",
    "t/d": "mass",
    "bbl": "volume",
    "m3": "volume",
    "bbl/d": "volume",
    "m3/h": "volume",
    "m3/yr": "volume",
    "m3/d": "volume",
    "km": "length",
    "m": "length",
    "person": "count",
    "count": "count",
    "TEU": "count",
    "x": "factor",
    "year": "duration",
    "day": "duration",
    "month": "duration",
    "hour": "duration",
    "USD/bbl": "price",
    "USD/t": "price",
    "kWh": "energy",
    "MWh": "energy",
    "GW": "power",
    "MW": "power",
}


def family(unit: str | None) -> str:
    """The family of a unit: currencies by code, others by dimension; None matches any."""
    if not unit:
        return "any"
    if unit in FAMILIES:
        return FAMILIES[unit]
    if len(unit) == 3 and unit.isalpha() and unit.isupper():
        return "currency:" + unit
    return "other:" + unit


def close(a: float | None, b: float | None) -> bool:
    """Within 0.5% of each other."""
    if a is None or b is None:
        return False
    return abs(a - b) <= 0.005 * max(abs(b), 1e-9)


def _period_part(gold: str, predicted: str | None) -> bool:
    if not predicted:
        return False
    day = date.fromisoformat(predicted[:10])
    bits = gold.split("-")
    if len(bits) == 1:
        return day.year == int(bits[0])
    if len(bits) == 2:
        return (day.year, day.month) == (int(bits[0]), int(bits[1]))
    return abs((day - date.fromisoformat(gold)).days) <= 1


def _same_speaker(gold: str | None, predicted: str | None) -> bool:
    g = " ".join((gold or "").lower().replace("’", "'").split())
    p = " ".join((predicted or "").lower().replace("’", "'").split())
    if not g or not p:
        return g == p
    return g in p or p in g or g.split()[-1] == p.split()[-1]


@dataclass
class Report:
    """What the gate measured."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    core_total: int = 0
    core_matched: int = 0
    negatives_hit: list[str] = field(default_factory=list)
    without_span: int = 0
    tallies: dict[str, list[bool]] = field(default_factory=dict)

    @property
    def f1(self) -> float:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def core_recall(self) -> float:
        return self.core_matched / self.core_total if self.core_total else 0.0

    def accuracy(self, name: str) -> float | None:
        marks = self.tallies.get(name, [])
        return sum(marks) / len(marks) if marks else None


def load_gold() -> list[dict[str, Any]]:
    """The gold rows."""
    return [
        json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def score(predictions: Iterable[dict[str, Any]]) -> Report:
    """Score claim rows (``Claim.model_dump(mode="json")``) against the seed gold."""
    rows = load_gold()
    gold = [g for g in rows if g["kind"] == "claim"]
    negatives = [g for g in rows if g["kind"] == "negative"]
    docs = {g["doc"] for g in rows}
    preds = [p for p in predictions if p["doc_id"] in docs]
    report = Report(gold=len(gold), predicted=len(preds))
    spans = []
    for p in preds:
        evidence = p.get("evidence") or {}
        if evidence.get("quantity_start") is None:
            report.without_span += 1
            spans.append(None)
        else:
            spans.append((evidence["quantity_start"], evidence["quantity_end"]))
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            span = spans[pi]
            if p["doc_id"] != g["doc"] or span is None:
                continue
            overlap = min(span[1], g["end"]) - max(span[0], g["start"])
            value_ok = close(p["value"], g["value"])
            if overlap <= 0 or not (value_ok or close(p["value"], g.get("from_value"))):
                continue
            if family(g.get("unit")) not in ("any", family(p.get("unit"))):
                continue
            pairs.append((value_ok, overlap, gi, pi))
    taken_g: dict[int, int] = {}
    taken_p: set[int] = set()
    for _, _, gi, pi in sorted(pairs, reverse=True):
        if gi not in taken_g and pi not in taken_p:
            taken_g[gi] = pi
            taken_p.add(pi)
    report.matched = len(taken_g)
    report.core_total = sum(1 for g in gold if g.get("core"))
    report.core_matched = sum(1 for gi in taken_g if gold[gi].get("core"))
    for n in negatives:
        if any(
            p["doc_id"] == n["doc"] and s and min(s[1], n["end"]) > max(s[0], n["start"])
            for p, s in zip(preds, spans, strict=True)
        ):
            report.negatives_hit.append(n["quote"])
    marks = report.tallies
    for gi, pi in taken_g.items():
        g, p = gold[gi], preds[pi]
        marks.setdefault("value", []).append(close(p["value"], g["value"]))
        marks.setdefault("unit", []).append(g.get("unit") is None or g.get("unit") == p.get("unit"))
        marks.setdefault("bound", []).append(p.get("bound", "=") == g["bound"])
        marks.setdefault("change", []).append((p.get("change") or None) == g.get("change"))
        if g.get("from_value") is not None:
            marks.setdefault("from_value", []).append(close(p.get("from_value"), g["from_value"]))
        if g.get("high") is not None:
            marks.setdefault("range_high", []).append(close(p.get("high"), g["high"]))
        marks.setdefault("category", []).append(p.get("category") == g.get("category"))
        marks.setdefault("modality", []).append(
            p.get("modality", "actual") == g.get("modality", "actual")
        )
        marks.setdefault("attribution", []).append(
            _same_speaker(g.get("attribution"), p.get("attribution"))
        )
        period = p.get("period") or {}
        if g.get("period"):
            first, last = g["period"].split("/")[0], g["period"].split("/")[-1]
            marks.setdefault("period_start", []).append(_period_part(first, period.get("start")))
            marks.setdefault("period_end", []).append(_period_part(last, period.get("end")))
        else:
            published = (p.get("article") or {}).get("published")
            spurious = bool(period) and not (period.get("start") == period.get("end") == published)
            marks.setdefault("no_spurious_period", []).append(not spurious)
    return report
