"""The benchmark runs (on a small corpus): every contender measured, the report printed.
Timings are not checked here: this is a benchmark, not a timed test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "speed.py"

pytestmark = pytest.mark.slow


def test_corpus_repeats_the_seed_articles_to_the_words_asked() -> None:
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        from speed import build_corpus
    finally:
        sys.path.remove(str(SCRIPT.parent))
    corpus = build_corpus(ROOT / "seeds", 8000)
    words = [len(d["text"].split()) for d in corpus]
    assert (sum(words[:-1]) < 8000 <= sum(words), len({d["id"] for d in corpus}) == len(corpus)) == (True, True)


def test_benchmark_runs_on_a_small_corpus() -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), "--words", "500", "--rounds", "1", "--processes", "1", "2",
                           "--json"], capture_output=True, text=True, check=False, cwd=ROOT, timeout=600)
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    labels = [line.split("  ")[0] for line in done.stdout.splitlines() if line.startswith("library ")]
    assert (done.returncode, [(r["contender"], r["n_process"], r["words"]) for r in rows], labels) == (0, [
        ("library", 1, 583), ("library", 2, 583), ("spacy", 1, 583), ("quantulum", 1, 583),
    ], ["library / spacy (a/b)", "library / quantulum (a/c)", "library 2 processes / 1"])
