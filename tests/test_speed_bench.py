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
    assert (
        sum(words[:-1]) < 8000 <= sum(words),
        len({d["id"] for d in corpus}) == len(corpus),
    ) == (True, True)


def test_benchmark_runs_on_a_small_corpus() -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--words",
            "500",
            "--rounds",
            "1",
            "--corpora",
            "seeds",
            "--json",
            "--profile",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=600,
    )
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    ratios = [line.split()[0] for line in done.stdout.splitlines() if line.startswith("seeds  ")]
    stages = [
        line.split("  ")[1].strip() for line in done.stdout.splitlines() if line.startswith("  ")
    ]
    assert (
        done.returncode,
        [(r["corpus"], r["contender"], r["words"]) for r in rows],
        len(ratios),
        stages[:3],
        stages[-1],
    ) == (
        0,
        [("seeds", "library", 583), ("seeds", "spacy", 583)],
        3,
        ["load the pipeline", "cheap pass (read, split, candidates)", "make the sentence Docs"],
        "total (after loading)",
    )


def test_news_corpus_repeats_the_passages_read_at_run_time(tmp_path: Path) -> None:
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        from speed import build_news_corpus
    finally:
        sys.path.remove(str(SCRIPT.parent))
    passages = tmp_path / "docs.jsonl"
    passages.write_text(
        json.dumps({"id": "p1", "text": "Trade rose 5% in May."})
        + "\n"
        + json.dumps({"id": "p2", "text": "Exports fell."})
        + "\n",
        encoding="utf-8",
    )
    corpus = build_news_corpus(passages, 12)
    assert [d["id"] for d in corpus] == ["copy0-p1", "copy0-p2", "copy1-p1"]
