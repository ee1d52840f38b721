"""NewsQuant: the public benchmark of quantity extraction from news (CQE, EMNLP 2023).

Runs this library's quantity layer (:func:`sinorus_facts.quantities.reader.read_quantities`:
the finder on every sentence, the tagger only where a bare number needs the noun it counts)
on each sentence of a NewsQuant file and scores it the way the CQE paper does:

- **value**: a predicted quantity matches a gold one of the same sentence when their values
  are equal (ranges as ``[low, high]`` in text order; one to one);
- **value+unit**: the normalised units must be equal too (for units that are nouns, such as
  "people" or "Kia and Hyundai vehicles", the head noun of ours, singular or plural, must be
  a word of theirs);
- **value+change**: the bound or direction must be equal too (``=``, ``~``, ``>``, ``<``,
  ``up``, ``down``).

Precision, recall and F1 are printed for each, with sentences per second on one core
(the process runs on one CPU while it reads, where the system allows it). The data is read
from ``--data`` (a folder or a file) and never copied into the repository.

Everything that maps this library's representation to the dataset's vocabulary lives in
this script, in the tables and functions below; the library has no knowledge of NewsQuant:

- units by code (``USD`` is "dollar"), units kept as written where ours are multiples
  ("127 gigatonnes" stays 127 "gigaton", "19 cents" 19 "cent"), count nouns as written;
- a from/to change written "from A to B" is the range [A, B]; "to B from A" two figures;
- "hundreds of" is the range [100, 1000] in NewsQuant (the small sets write 100);
- a change reported by a verb or a sign is ``up``/``down`` unless "more than" bounds it; a
  change named by a noun ("a 15% rise") is ``=``; a minus sign keeps its figure negative;
- multiplier words without a number ("doubled", "twice") are no quantity for the dataset.

    python benchmarks/newsquant.py --data ../shared/benchmarks/newsquant --set NewsQuant
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sinorus_facts.quantities.reader import read_quantities, warm_up

try:
    from benchmarks.newsquant_vocabulary import UNIT_NAMES, VAGUE_AS_RANGE, Predicted, to_dataset
except ModuleNotFoundError:  # run as a script: python benchmarks/newsquant.py
    from newsquant_vocabulary import UNIT_NAMES, VAGUE_AS_RANGE, Predicted, to_dataset  # type: ignore[no-redef]

__all__ = [
    "SETS",
    "GoldQuantity",
    "Predicted",
    "Scores",
    "load_set",
    "main",
    "one_core",
    "predict",
    "score",
    "to_dataset",
]

# The files of the benchmark, by the name ``--set`` takes.
SETS = {
    "NewsQuant": "NewsQuant.json",
    "currency": "currency-model.json",
    "dimension": "dimension-model.json",
    "age": "age-model.json",
    "temperature": "temperature-model.json",
}


@dataclass(frozen=True)
class GoldQuantity:
    """One annotated quantity: value (or [low, high]), normalised unit, change."""

    value: tuple[float, ...]
    unit: str
    change: str | None


@dataclass
class Scores:
    """True positives, predictions and gold quantities of one criterion."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# -- the data ----------------------------------------------------------------------------
# A gold range: "3.0 - 4.0", "1000000-10000000", "-5.0-10.0" (the low end may be negative).
GOLD_RANGE = re.compile(r"^\s*(-?[\d.]+(?:E-?\d+)?)\s*-\s*(-?[\d.]+(?:E-?\d+)?)\s*$", re.IGNORECASE)


def _gold_value(text: str) -> tuple[float, ...]:
    found = GOLD_RANGE.match(text)
    if found:
        return (float(found.group(1)), float(found.group(2)))
    return (float(text),)


def load_set(data: Path, name: str = "NewsQuant") -> list[tuple[str, list[GoldQuantity]]]:
    """The sentences of one set with their gold quantities."""
    path = data / SETS[name] if data.is_dir() else data
    rows = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for row in rows:
        gold = [
            GoldQuantity(
                _gold_value(str(q["value"])), str(q.get("normalized_unit", "-")), q.get("change")
            )
            for q in row["quantities"]
        ]
        out.append((row["text"], gold))
    return out


def predict(
    texts: Sequence[str], *, vague_as_range: bool = True, plain: bool = False
) -> list[list[Predicted]]:
    """Our quantities of each text, in the dataset's vocabulary (``plain``: the plain change
    mapping, see :func:`to_dataset`)."""
    return [
        [p for m in mentions for p in to_dataset(m, vague_as_range=vague_as_range, plain=plain)]
        for mentions in read_quantities(texts)
    ]


# -- scoring -----------------------------------------------------------------------------
def _same_value(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return len(a) == len(b) and all(
        abs(x - y) <= 1e-6 * max(1.0, abs(y)) for x, y in zip(a, b, strict=True)
    )


# Plural endings and what the singular ends with: "children" -> "child", "men" -> "man".
PLURAL_ENDINGS = (
    ("ies", "y"),
    ("ses", "s"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("xes", "x"),
    ("children", "child"),
    ("men", "man"),
    ("s", ""),
)


def _singulars(word: str) -> set[str]:
    """The word and each singular it may be the plural of ("viruses" -> "viruse", "virus")."""
    word = word.lower().strip(".,'’")
    forms = {word}
    for plural, singular in PLURAL_ENDINGS:
        if word.endswith(plural) and len(word) > len(plural) + 1:
            forms.add(word[: len(word) - len(plural)] + singular)
    return forms


def _same_unit(ours: str, theirs: str) -> bool:
    if ours.lower() == theirs.lower():
        return True
    words = re.findall(r"[\w'-]+", ours)
    if not words or ours in UNIT_NAMES.values():
        return False
    their_words = {form for w in re.findall(r"[\w'-]+", theirs) for form in _singulars(w)}
    return bool(_singulars(words[-1]) & their_words)


def _match(gold: list[GoldQuantity], pred: list[Predicted], criterion: str) -> int:
    free = list(pred)
    hits = 0
    for g in gold:
        for p in free:
            if not _same_value(p.value, g.value):
                continue
            if criterion == "unit" and not _same_unit(p.unit, g.unit):
                continue
            if criterion == "change" and p.change != (g.change or "="):
                continue
            free.remove(p)
            hits += 1
            break
    return hits


def score(gold: Iterable[list[GoldQuantity]], pred: Iterable[list[Predicted]]) -> dict[str, Scores]:
    """value, value+unit and value+change scores over all sentences."""
    totals = {"value": Scores(), "value+unit": Scores(), "value+change": Scores()}
    for g, p in zip(gold, pred, strict=True):
        for name, criterion in (
            ("value", "value"),
            ("value+unit", "unit"),
            ("value+change", "change"),
        ):
            totals[name].tp += _match(g, p, criterion)
            totals[name].predicted += len(p)
            totals[name].gold += len(g)
    return totals


# -- the command -------------------------------------------------------------------------
@contextmanager
def one_core() -> Iterator[None]:
    """Run the block on one CPU where the system allows it, then restore the CPUs."""
    if not hasattr(os, "sched_setaffinity"):
        yield
        return
    cpus = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cpus)})
    try:
        yield
    finally:
        os.sched_setaffinity(0, cpus)


def _show_errors(
    rows: list[tuple[str, list[GoldQuantity]]], pred: list[list[Predicted]], criterion: str
) -> None:
    for (text, gold), ours in zip(rows, pred, strict=True):
        if _match(gold, ours, criterion) == len(gold) == len(ours):
            continue
        print(text)
        print("   gold:", [(g.value, g.unit, g.change) for g in gold])
        print("   ours:", [(p.value, p.unit, p.change, p.text) for p in ours])


def main(argv: list[str] | None = None) -> int:
    """Score the library on one set and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, required=True, help="folder of the NewsQuant files, or one file"
    )
    parser.add_argument(
        "--set", default="NewsQuant", choices=sorted(SETS), help="which set to score"
    )
    parser.add_argument("--limit", type=int, default=None, help="score only the first N sentences")
    parser.add_argument(
        "--errors", choices=("value", "unit", "change"), help="print the sentences that miss"
    )
    parser.add_argument(
        "--changes",
        choices=("both", "plain", "dataset"),
        default="both",
        help="how changes are named: plain (increase is up, decrease down, otherwise the bound), "
        "dataset (the dataset's own labelling: a change named by a noun is '=', 'more than' wins), or both",
    )
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no NewsQuant data at {args.data}", file=sys.stderr)
        return 2
    rows = load_set(args.data, args.set)[: args.limit]
    with one_core():
        warm_up()  # load the lexicons, unit tables and the model before timing
        started = time.perf_counter()
        pred = predict(
            [text for text, _ in rows],
            vague_as_range=args.set in VAGUE_AS_RANGE,
            plain=args.changes == "plain",
        )
        elapsed = time.perf_counter() - started
    results = score([gold for _, gold in rows], pred)
    if args.changes == "both":
        plain = predict(
            [text for text, _ in rows], vague_as_range=args.set in VAGUE_AS_RANGE, plain=True
        )
        plain_change = score([gold for _, gold in rows], plain)["value+change"]
        results = {
            **results,
            "value+change": plain_change,
            "value+change*": results["value+change"],
        }
    if args.errors:
        _show_errors(rows, pred, args.errors)
    print(f"{args.set}: {len(rows)} sentences, {sum(len(g) for _, g in rows)} quantities")
    print(f"{'':14}{'P':>7}{'R':>7}{'F1':>7}")
    for name, s in results.items():
        if name.startswith("value+change") and all(
            g.change is None for _, gold in rows for g in gold
        ):
            continue
        print(f"{name:14}{100 * s.precision:7.1f}{100 * s.recall:7.1f}{100 * s.f1:7.1f}")
    if args.changes == "both" and any(g.change is not None for _, gold in rows for g in gold):
        print("(value+change: plain mapping; value+change*: the dataset's own labelling)")
    print(f"sentences/s   {len(rows) / elapsed:.0f}  (one core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
