"""Speed and memory of sinorus-facts beside the tools a researcher would otherwise use.

Builds a corpus by repeating the seed articles (``seeds/*.txt``) until it holds at least
``--words`` words, then measures, side by side in one run:

  (a) this library, ``sinorus_facts.extract_many`` (1 process, and each ``--processes``);
  (b) en_core_web_sm's full pipeline (tagger, parser, NER, ...) over the same texts;
  (c) quantulum3 over every sentence of the same texts (sentences split by this library).

Each measurement runs in a fresh interpreter, so peak memory (the maximum resident set
size, of the process and of its largest worker) is that measurement's own. Loading a
model is timed apart from the run. The machine may be shared, so absolute speeds are
noisy: every round measures all contenders one after another, ratios are taken within a
round, and the report gives the median and the spread (min-max) over ``--rounds``.

    python benchmarks/speed.py --words 200000 --rounds 3 --processes 1 2
    python benchmarks/speed.py --words 2000 --rounds 1 --json   # a quick check

Run from the project root (or give ``--seeds DIR``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CONTENDERS = ("library", "spacy", "quantulum")

# One sentence run before the clock starts, so what loads on first use counts as loading.
WARM_UP = "Exports rose 5% to $3 billion in the first half of 2018, the ministry said."


def build_corpus(seeds: Path, words: int) -> list[dict[str, str]]:
    """Copies of the seed articles, in order, until the corpus holds ``words`` words; each
    copy has its own id."""
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(seeds.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no seed articles (*.txt) in {seeds}")
    corpus: list[dict[str, str]] = []
    total = copy = 0
    while total < words:
        for name, text in texts:
            corpus.append({"id": f"copy{copy}-{name}", "text": text})
            total += len(text.split())
            if total >= words:
                break
        copy += 1
    return corpus


def _peak_mb() -> tuple[float, float]:
    """Peak resident memory (MB) of this process and of its largest child process."""
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB elsewhere
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / scale
    return own, child


Run = Callable[[], int]


def _library(corpus: list[dict[str, str]], n_process: int) -> Run:
    """Load the library; the run gives the number of claims."""
    import sinorus_facts
    from sinorus_facts.pipeline.runner import warm_up

    warm_up(sinorus_facts.load_pipeline())  # lexicons and unit tables load on first use
    return lambda: sum(len(r.claims) for r in sinorus_facts.extract_many(corpus, n_process=n_process))


def _spacy(corpus: list[dict[str, str]], n_process: int) -> Run:
    """Load en_core_web_sm, all of it; the run gives the number of named entities."""
    import spacy

    from sinorus_facts.pipeline.loading import MODEL_PACKAGES

    for name in MODEL_PACKAGES:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    else:
        raise SystemExit("en_core_web_sm is not installed")
    nlp(WARM_UP)
    return lambda: sum(len(doc.ents) for doc in nlp.pipe((d["text"] for d in corpus), n_process=n_process))


def _quantulum(corpus: list[dict[str, str]], n_process: int) -> Run:
    """Load quantulum3; the run parses every sentence and gives the number of quantities."""
    import warnings

    from sinorus_facts.ingest.sentences import split_sentences

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "classifier dependencies not installed"
        from quantulum3 import parser

        parser.parse(WARM_UP)  # loads its unit tables

    def run() -> int:
        found = 0
        for document in corpus:
            text = document["text"]
            for sentence in split_sentences(text):
                found += len(parser.parse(text[sentence.start : sentence.end]))
        return found

    return run


LOADERS: dict[str, Callable[[list[dict[str, str]], int], Run]] = {
    "library": _library, "spacy": _spacy, "quantulum": _quantulum,
}


def _cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its finished child processes."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(contender: str, words: int, n_process: int, seeds: Path) -> dict[str, Any]:
    """One measurement in this interpreter: load time, run time, words/s, peak memory, and
    the CPU time of the run (which other users of the machine do not inflate)."""
    corpus = build_corpus(seeds, words)
    counted = sum(len(d["text"].split()) for d in corpus)
    started = time.perf_counter()
    run = LOADERS[contender](corpus, n_process)
    loaded, cpu = time.perf_counter(), _cpu_seconds()
    found = run()
    seconds, cpu = time.perf_counter() - loaded, _cpu_seconds() - cpu
    own, child = _peak_mb()
    return {"contender": contender, "n_process": n_process, "words": counted, "documents": len(corpus),
            "load_s": round(loaded - started, 2), "run_s": round(seconds, 3), "cpu_s": round(cpu, 2),
            "words_per_s": round(counted / seconds), "words_per_cpu_s": round(counted / cpu),
            "peak_mb": round(own), "peak_worker_mb": round(child), "found": found}


def _measure_in_fresh_process(contender: str, words: int, n_process: int, seeds: Path) -> dict[str, Any]:
    command = [sys.executable, __file__, "--measure", contender, "--words", str(words),
               "--n-process", str(n_process), "--seeds", str(seeds)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"measuring {contender} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _spread(values: list[float], digits: int = 2) -> str:
    if len(values) == 1:
        return f"{values[0]:.{digits}f}"
    return f"{statistics.median(values):.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"


def report(rounds: list[dict[str, dict[str, Any]]], processes: list[int]) -> str:
    """The table of a run: words/s (wall clock and CPU), peak memory, and the ratios."""
    names = list(rounds[0])
    lines = [(f"{'contender':<12} {'words/s median (min-max)':<26} {'words/CPU-s':>12} {'peak MB':>8} "
              f"{'worker MB':>9} {'load s':>7}")]
    for name in names:
        runs = [r[name] for r in rounds]
        lines.append(f"{name:<12} {_spread([x['words_per_s'] for x in runs], 0):<26} "
                     f"{statistics.median(x['words_per_cpu_s'] for x in runs):>12.0f} "
                     f"{max(x['peak_mb'] for x in runs):>8} {max(x['peak_worker_mb'] for x in runs):>9} "
                     f"{statistics.median(x['load_s'] for x in runs):>7.1f}")
    lines.append(f"\n{'ratio':<30} {'wall clock, median (min-max)':<30} {'CPU time, median':>16}")
    ratios = {"library / spacy (a/b)": ("library-1", "spacy"), "library / quantulum (a/c)": ("library-1", "quantulum")}
    for n in processes:
        if n != 1:
            ratios[f"library {n} processes / 1"] = (f"library-{n}", "library-1")
    for label, (top, bottom) in ratios.items():
        if top in names and bottom in names:
            wall = [r[top]["words_per_s"] / r[bottom]["words_per_s"] for r in rounds]
            cpu = [r[top]["words_per_cpu_s"] / r[bottom]["words_per_cpu_s"] for r in rounds]
            lines.append(f"{label:<30} {_spread(wall):<30} {statistics.median(cpu):>16.2f}")
    first = rounds[0][names[0]]
    lines.append(f"\ncorpus: {first['words']} words in {first['documents']} documents; {len(rounds)} rounds; "
                 f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (or, with ``--measure``, one measurement) and print the report."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=200_000, help="size of the corpus (default 200000)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of measurements (default 3)")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2], help="process counts for (a)")
    parser.add_argument("--contenders", nargs="+", default=list(CONTENDERS), choices=CONTENDERS)
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="folder of seed articles")
    parser.add_argument("--json", action="store_true", help="print every measurement as a JSON line too")
    parser.add_argument("--measure", choices=CONTENDERS, help=argparse.SUPPRESS)
    parser.add_argument("--n-process", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure, args.words, args.n_process, args.seeds)))
        return 0
    plan = [(name, 1) for name in args.contenders if name != "library"]
    if "library" in args.contenders:
        plan = [("library", n) for n in sorted(set(args.processes))] + plan
    rounds: list[dict[str, dict[str, Any]]] = []
    for number in range(args.rounds):
        measured: dict[str, dict[str, Any]] = {}
        for name, n_process in plan:
            key = f"library-{n_process}" if name == "library" else name
            measured[key] = _measure_in_fresh_process(name, args.words, n_process, args.seeds)
            if args.json:
                print(json.dumps({"round": number + 1, **measured[key]}), flush=True)
        rounds.append(measured)
    print(report(rounds, sorted(set(args.processes))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
