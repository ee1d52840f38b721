"""Does the cost of a figure grow with the number of figures in its sentence?

Times the library over one sentence holding ``--figures`` figures, and over as many short
sentences of one figure each, and prints the milliseconds per claim of each and their
ratio (the goal: at most 2). A figure's work (its period, modality, speaker, measure) must
read the sentence's cues and strings once per sentence, not once per figure.

By default the texts go through ``extract_many`` as a user's would (a sentence longer than
``MAX_SENTENCE`` is cut into pieces); ``--one-doc`` gives the long sentence to the pipeline
as one Doc, uncut, which shows how a figure's work grows with the size of its Doc.

    python benchmarks/figures.py --figures 2000
    python benchmarks/figures.py --figures 200 --one-doc --profile   # where the time goes
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from typing import Any

# The clauses the sentences are made of, one figure each, varied so that every part of the
# claim assembly (bounds, changes, currencies, counts, periods, cues) has work to do.
CLAUSES = (
    "exports rose 5% to $3 billion in 2018",
    "imports are expected to reach 12 million tonnes by 2025",
    "the ministry said 300 workers joined in May",
    "output fell by about 4.5 percent in the first half",
    "investment may exceed 20 billion yuan next year",
)


def long_sentence(figures: int) -> str:
    """One sentence of ``figures`` clauses joined by commas and "while"."""
    parts = [CLAUSES[i % len(CLAUSES)] for i in range(figures)]
    return "Officials said " + ", while ".join(parts) + "."


def short_sentences(figures: int) -> list[str]:
    """``figures`` sentences of one clause each."""
    return [f"Officials said {CLAUSES[i % len(CLAUSES)]}." for i in range(figures)]


def _docs(nlp: Any, texts: list[str]) -> list[Any]:
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        doc._.sf_context = {"reference_date": "2019-06-01", "title": None}
        docs.append(doc)
    return docs


def _claims(nlp: Any, texts: list[str], *, one_doc: bool = True) -> tuple[float, int]:
    if not one_doc:
        from sinorus_facts import extract_many

        started = time.perf_counter()
        found = sum(
            len(r.claims)
            for r in extract_many([{"id": f"t{i}", "text": t} for i, t in enumerate(texts)])
        )
        return time.perf_counter() - started, found
    docs = _docs(nlp, texts)
    started = time.perf_counter()
    found = sum(len(doc._.sf_claims or []) for doc in nlp.pipe(docs, batch_size=16))
    return time.perf_counter() - started, found


def main(argv: list[str] | None = None) -> int:
    """Print seconds per figure in a long sentence and in short ones, and their ratio."""
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
    parser.add_argument(
        "--one-doc", action="store_true", help="the long sentence as one Doc, not cut"
    )
    args = parser.parse_args(argv)
    from sinorus_facts.pipeline.loading import load_pipeline

    nlp = load_pipeline()
    nlp.max_length = max(nlp.max_length, len(long_sentence(args.figures)) + 1)
    one = args.one_doc
    _claims(nlp, short_sentences(5), one_doc=one)  # lexicons and patterns load on first use
    ratios, per_long, per_short = [], [], []
    # the short sentences as one text each way: one document of many sentences
    shorts = short_sentences(args.figures) if one else [" ".join(short_sentences(args.figures))]
    for _ in range(args.rounds):
        long_s, long_n = _claims(nlp, [long_sentence(args.figures)], one_doc=one)
        short_s, short_n = _claims(nlp, shorts, one_doc=one)
        per_long.append(long_s / max(long_n, 1))
        per_short.append(short_s / max(short_n, 1))
        ratios.append(per_long[-1] / per_short[-1])
    print(
        f"claims: {long_n} in the long sentence, {short_n} in {args.figures} short ones"
        f" ({'one Doc, uncut' if one else 'through extract_many'})"
    )
    print(
        f"ms per claim, long sentence: {1000 * statistics.median(per_long):.2f}; "
        f"short sentences: {1000 * statistics.median(per_short):.2f}"
    )
    print(
        f"ratio long / short, min / median / max: {min(ratios):.2f} / {statistics.median(ratios):.2f} / "
        f"{max(ratios):.2f}"
    )
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        _claims(nlp, [long_sentence(args.figures)], one_doc=one)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
