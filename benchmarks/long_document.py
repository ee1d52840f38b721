"""One long document, as a user runs it: is its cost linear, its memory bounded?

Writes at run time a year of customs bulletins pasted into one file: ``--lines`` lines
(60,000 by default, about 6.5 MB), each a sentence of the project's own with figures
(varied goods, crossings, months, sources, forecasts), then times whole ``sinorus-facts
extract FILE -o OUT --quiet`` processes (start-up and model loading included) on:

  head      its first ``--head`` lines (2,000), a text file;
  text      the whole text file;
  jsonl     the same text as one document of a JSONL file;
  news      normal news: the news-dev passages of ``../shared`` (read where they lie, never
            copied) repeated to about 400 KB, or the seed articles where it is not there.

For each: seconds (wall and CPU, user + system of the process), peak resident memory
(``ru_maxrss`` from ``os.wait4``), claims written, KB per CPU second and milliseconds of
CPU per claim. Then the ratios the project holds itself to (issue 28): the whole file at
least half as fast per MB as its head (linear), under 1 GB, and at most 3 times the CPU
per claim of normal news. CPU time, not wall time, makes the ratios: the machine may be
shared.

    python benchmarks/long_document.py                      # 60,000 lines
    python benchmarks/long_document.py --lines 8000 --skip-jsonl   # a quick check
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS_CANDIDATES = (ROOT.parent / "shared", ROOT.parent.parent / "shared")
NEWS_DEV = Path("gold") / "news-dev" / "docs.jsonl"

# The bounds of issue 28.
MIN_SPEED_RATIO = 0.5  # the whole file's KB per CPU second over its head's
MAX_PEAK_MB = 1024
MAX_CLAIM_RATIO = 3.0  # CPU per claim, the whole file over normal news

# The normal-news corpus is repeated to at least this many characters.
NEWS_CHARACTERS = 400_000

GOODS = (
    "crude oil", "coal", "soybeans", "wheat", "timber", "copper ore", "fertilisers", "pork",
    "frozen fish", "barley", "rapeseed oil", "steel pipes", "cars", "tyres", "machine tools",
    "electric motors", "garments", "footwear", "smartphones", "solar panels",
)  # fmt: skip
CROSSINGS = (
    "Zabaikalsk", "Manzhouli", "Suifenhe", "Blagoveshchensk", "Heihe", "Pogranichny",
    "Tongjiang", "Nizhneleninskoye", "Vladivostok", "Khabarovsk",
)  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
SOURCES = (
    "the customs office said",
    "the regional customs department reported",
    "according to the border checkpoint",
    "the trade bureau said",
    "port officials said",
)


def bulletin_line(number: int, rng: random.Random) -> str:
    """One line of the bulletins: a sentence with one to three figures."""
    good, crossing = rng.choice(GOODS), rng.choice(CROSSINGS)
    month, source = MONTHS[(number * 12 // 60_000) % 12], rng.choice(SOURCES)
    a, b = rng.randint(11, 990), round(rng.uniform(0.5, 45.0), 1)
    c, d = rng.randint(100, 999), rng.randint(2, 60)
    kind = number % 6
    if kind == 0:
        return f"Exports of {good} through {crossing} rose {b}% to {a},{c} tonnes in {month}, {source}."
    if kind == 1:
        return (
            f"Imports of {good} at {crossing} fell by {b} percent year on year to "
            f"${a}.{d % 10} million in the first week of {month}."
        )
    if kind == 2:
        return (
            f"In {month}, {crossing} handled {a} freight trains carrying {d},{c} tonnes of {good}."
        )
    if kind == 3:
        return f"The value of {good} shipments reached {a} million yuan, up {b}% from a year earlier, {source}."
    if kind == 4:
        return (
            f"Trade turnover at the {crossing} crossing grew {b} percent to ${a} million, "
            f"while {d} new importers registered."
        )
    return (
        f"Rail deliveries of {good} via {crossing} are expected to reach {a},{c} tonnes in "
        f"{month}, with {d} trucks a day."
    )


def bulletins(lines: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [bulletin_line(number, rng) for number in range(lines)]


def _news_corpus(folder: Path) -> Path:
    """Normal news repeated to :data:`NEWS_CHARACTERS`: news-dev where it lies, else the seeds."""
    texts: list[dict[str, str]] = []
    for base in NEWS_CANDIDATES:
        if (base / NEWS_DEV).is_file():
            with (base / NEWS_DEV).open(encoding="utf-8") as source:
                texts = [json.loads(line) for line in source if line.strip()]
            break
    if not texts:
        texts = [
            {"id": p.name, "text": p.read_text(encoding="utf-8")}
            for p in sorted((ROOT / "seeds").glob("*.txt"))
        ]
    path = folder / "news.jsonl"
    size = copy = 0
    with path.open("w", encoding="utf-8") as out:
        while size < NEWS_CHARACTERS:
            for text in texts:
                record = {**text, "id": f"{text['id']}-{copy}"}
                out.write(json.dumps(record) + "\n")
                size += len(text["text"])
            copy += 1
    return path


@dataclass
class Run:
    name: str
    size: int  # bytes of the input
    wall: float
    cpu: float
    peak_mb: float
    claims: int
    code: int

    @property
    def kb_per_cpu_second(self) -> float:
        return self.size / 1000 / max(self.cpu, 1e-9)

    @property
    def ms_per_claim(self) -> float:
        return 1000 * self.cpu / max(self.claims, 1)


def run_cli(name: str, path: Path, out: Path, extra: list[str] | None = None) -> Run:
    """One whole ``sinorus-facts extract`` process on ``path``."""
    command = [sys.executable, "-m", "sinorus_facts", "extract", str(path), "-o", str(out)]
    command += ["--quiet", *(extra or [])]
    started = time.perf_counter()
    child = subprocess.Popen(command)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    claims = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
    return Run(
        name=name,
        size=path.stat().st_size,
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        peak_mb=usage.ru_maxrss / 1024,
        claims=claims,
        code=os.waitstatus_to_exitcode(status),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--lines", type=int, default=60_000, help="lines of the long file")
    parser.add_argument("--head", type=int, default=2_000, help="lines of its head")
    parser.add_argument("--skip-jsonl", action="store_true", help="leave out the JSONL run")
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="sinorus-long-"))
    folder.mkdir(parents=True, exist_ok=True)
    lines = bulletins(args.lines)
    head, text = folder / "head.txt", folder / "bulletins.txt"
    head.write_text("\n".join(lines[: args.head]) + "\n", encoding="utf-8")
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    as_jsonl = folder / "bulletins.jsonl"
    record = {"id": "bulletins", "text": "\n".join(lines) + "\n", "published": "2024-01-10"}
    as_jsonl.write_text(json.dumps(record) + "\n", encoding="utf-8")
    news = _news_corpus(folder)
    del lines, record
    runs = [
        run_cli("news", news, folder / "news.out.jsonl"),
        run_cli("head", head, folder / "head.out.jsonl", ["--published", "2024-01-10"]),
        run_cli("text", text, folder / "text.out.jsonl", ["--published", "2024-01-10"]),
    ]
    if not args.skip_jsonl:
        runs.append(run_cli("jsonl", as_jsonl, folder / "jsonl.out.jsonl"))
    print(
        f"{'run':6} {'MB':>6} {'wall s':>8} {'CPU s':>8} {'peak MB':>8} {'claims':>8} "
        f"{'KB/CPU s':>9} {'ms/claim':>9} exit"
    )
    for run in runs:
        print(
            f"{run.name:6} {run.size / 1e6:6.2f} {run.wall:8.1f} {run.cpu:8.1f} "
            f"{run.peak_mb:8.0f} {run.claims:8d} {run.kb_per_cpu_second:9.1f} "
            f"{run.ms_per_claim:9.2f} {run.code}"
        )
    by = {run.name: run for run in runs}
    print()
    ok = True
    for name in ("text", "jsonl"):
        if name not in by:
            continue
        run = by[name]
        speed = run.kb_per_cpu_second / by["head"].kb_per_cpu_second
        claim = run.ms_per_claim / by["news"].ms_per_claim
        holds = (
            speed >= MIN_SPEED_RATIO
            and run.peak_mb < MAX_PEAK_MB
            and claim <= MAX_CLAIM_RATIO
            and run.code == 0
        )
        ok = ok and holds
        print(
            f"{name}: speed per MB over the head's {speed:.2f} (at least {MIN_SPEED_RATIO}); "
            f"peak {run.peak_mb:.0f} MB (under {MAX_PEAK_MB}); CPU per claim over normal "
            f"news {claim:.2f} (at most {MAX_CLAIM_RATIO}): {'holds' if holds else 'SHORT'}"
        )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\n{os.cpu_count()} CPUs, load average {load:.1f} at the end; files in {folder}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
