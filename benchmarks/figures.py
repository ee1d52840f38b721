"""Does the cost of a figure grow with the number of figures in its sentence?

Measured as a user meets it: whole ``sinorus-facts extract FILE -o OUT`` processes (start-up
and model loading included) on two files written at run time, one sentence of
``--figures`` figures on one line (about 59 KB for 2,000), and the same clauses as short
sentences, one a line. Prints the CPU milliseconds per claim of each (user + system of
the process: the machine may be shared), their ratio (issue 28: at most 2) and the wall
times. A sentence longer than 1,000 characters is analysed in pieces (``MAX_SENTENCE``),
so what could grow with the figures of a sentence is a piece's work per figure and what
the document stage reads across the pieces of one paragraph.

    python benchmarks/figures.py --figures 2000
    python benchmarks/figures.py --figures 2000 --profile   # where the long sentence's time goes
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The clauses the sentences are made of, two figures each, varied so that every part of
# the claim assembly (bounds, changes, currencies, counts, periods, cues, sources) has work
# to do.
CLAUSES = (
    "coal imports rose {a}% to {b}.{c} million tonnes",
    "oil exports fell {a}.{c} percent to ${b} million",
    "the ministry said grain sales grew {a}% to {b} thousand tonnes",
    "timber output may exceed {b} million cubic metres, up {a}%",
    "gas deliveries are expected to reach {b} billion cubic metres, about {a}% more",
)


def clause(number: int) -> str:
    return CLAUSES[number % len(CLAUSES)].format(
        a=number % 40 + 2, b=number % 800 + 10, c=number % 9
    )


def long_sentence(figures: int) -> str:
    """One sentence of ``figures`` figures: clauses of two, joined by semicolons."""
    return "In 2023 " + "; ".join(clause(i) for i in range(figures // 2)) + "."


def short_sentences(figures: int) -> str:
    """The same clauses, one sentence a line."""
    return "\n".join(f"In 2023 {clause(i)}." for i in range(figures // 2))


def _run(path: Path, out: Path) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, claims) of one whole process on ``path``."""
    command = [sys.executable, "-m", "sinorus_facts", "extract", str(path), "-o", str(out)]
    command += ["--quiet", "--published", "2024-01-10"]
    started = time.perf_counter()
    child = subprocess.Popen(command)
    _, _, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    claims = sum(1 for _ in out.open(encoding="utf-8"))
    return usage.ru_utime + usage.ru_stime, wall, claims


def main(argv: list[str] | None = None) -> int:
    """Print CPU per claim in a long sentence and in short ones, and their ratio."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--figures", type=int, default=2000, help="figures in the long sentence (default 2000)"
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--profile", action="store_true", help="profile the long sentence (top 25 functions)"
    )
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="sinorus-figures-"))
    long_path, short_path = folder / "long.txt", folder / "short.txt"
    long_path.write_text(long_sentence(args.figures) + "\n", encoding="utf-8")
    short_path.write_text(short_sentences(args.figures) + "\n", encoding="utf-8")
    ratios, per_long, per_short, walls = [], [], [], []
    for _ in range(args.rounds):
        long_cpu, long_wall, long_n = _run(long_path, folder / "long.jsonl")
        short_cpu, short_wall, short_n = _run(short_path, folder / "short.jsonl")
        per_long.append(long_cpu / max(long_n, 1))
        per_short.append(short_cpu / max(short_n, 1))
        ratios.append(per_long[-1] / per_short[-1])
        walls.append((long_wall, short_wall))
    print(
        f"claims: {long_n} in one sentence of {long_path.stat().st_size / 1000:.0f} KB, "
        f"{short_n} in {args.figures // 2} short ones (whole CLI processes)"
    )
    print(
        f"CPU ms per claim, long sentence: {1000 * statistics.median(per_long):.2f}; "
        f"short sentences: {1000 * statistics.median(per_short):.2f}"
    )
    print(
        f"ratio long / short, min / median / max: {min(ratios):.2f} / "
        f"{statistics.median(ratios):.2f} / {max(ratios):.2f} (at most 2)"
    )
    print(
        "wall seconds, long / short: "
        + ", ".join(f"{long_wall:.1f} / {short_wall:.1f}" for long_wall, short_wall in walls)
    )
    if args.profile:
        stats = folder / "long.prof"
        subprocess.run(
            [
                *(sys.executable, "-m", "cProfile", "-o", str(stats), "-m", "sinorus_facts"),
                *("extract", str(long_path), "-o", str(folder / "profiled.jsonl"), "--quiet"),
            ],
            check=True,
        )
        import pstats

        pstats.Stats(str(stats)).sort_stats("tottime").print_stats(25)
    return 0 if statistics.median(ratios) <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
