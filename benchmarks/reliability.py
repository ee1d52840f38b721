"""How well the stated confidence matches the share of claims fully right (a reliability
table), on the development sets.

    python benchmarks/reliability.py [--shared ../shared] [--sets news-dev news-dev2 seeds] [--held-out]

For each bin of stated confidence: the claims in it, their mean stated confidence, and the
share of them fully right (matched to a gold claim, with value, unit, bound, modality and
period right: the evaluation's full claim). ``--held-out`` also fits the model on all sets
but one and measures it on the one left out, in turn: a stand-in for passages the model has
not seen.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import itertools

from train_confidence import fit, labelled

from sinorus_facts.context.confidence import confidence_of, features, signals_of

BINS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def table(scored: list[tuple[float, int]]) -> list[tuple[str, int, float, float]]:
    """(bin, claims, mean stated, share right) for each bin that holds a claim."""
    rows = []
    for low, high in itertools.pairwise(BINS):
        inside = [(c, y) for c, y in scored if low <= c < high]
        if inside:
            stated = sum(c for c, _ in inside) / len(inside)
            right = sum(y for _, y in inside) / len(inside)
            rows.append((f"{low:.1f}–{min(high, 1.0):.1f}", len(inside), stated, right))
    return rows


def show(title: str, scored: list[tuple[float, int]]) -> None:
    print(f"\n{title} ({len(scored)} claims)")
    print("| stated confidence | claims | mean stated | share fully right | gap |")
    print("| --- | --- | --- | --- | --- |")
    for name, n, stated, right in table(scored):
        flag = "" if n < 20 else (" ✓" if abs(stated - right) <= 0.1 else " ✗")
        print(f"| {name} | {n} | {stated:.2f} | {right:.2f} | {stated - right:+.2f}{flag} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--sets", nargs="+", default=["news-dev", "news-dev2", "seeds"])
    parser.add_argument("--held-out", action="store_true")
    args = parser.parse_args()
    found = {name: labelled(args.shared, name) for name in args.sets}
    every: list[tuple[float, int]] = []
    for name, claims in found.items():
        scored = [(c.confidence, y) for c, y in claims]
        every += scored
        show(name, scored)
    show("all development sets", every)
    if args.held_out:
        for name in args.sets:
            rest = [
                (features(signals_of(c)), y)
                for other, claims in found.items()
                if other != name
                for c, y in claims
            ]
            weights = fit(rest)
            show(
                f"{name}, model fitted without it",
                [(confidence_of(signals_of(c), weights), y) for c, y in found[name]],
            )


if __name__ == "__main__":
    main()
