"""Claims of a Russian or Chinese JSONL corpus, and the speed of reading it.

Until the command line reads these languages itself, this writes the claims JSONL of a
corpus of one language (``{"id", "text", "published"?}`` a line) for ``../shared/eval/score.py``,
and with ``--repeat N`` times the reading of the corpus repeated N times (one core):

    python benchmarks/languages.py ru ../shared/gold/news-ru/docs.jsonl -o claims.jsonl
    python benchmarks/languages.py zh ../shared/gold/news-zh/docs.jsonl --repeat 20
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from sinorus_facts.pipeline.languages import extract_language, install_hint, language_available

# A sentence of each language read once before the timing: lexicons, patterns, morphology.
WARM_UP = {"ru": "Экспорт вырос на 1% в январе.", "zh": "1月出口增长1%。"}


def main(argv: list[str] | None = None) -> int:
    """Write the claims of a corpus, or time its reading."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("language", choices=["ru", "zh"])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("-o", "--output", type=Path)
    parser.add_argument(
        "--repeat", type=int, default=0, help="time the corpus read this many times"
    )
    args = parser.parse_args(argv)
    if not language_available(args.language):
        print(f"not installed: {install_hint(args.language)}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    docs = [
        json.loads(line)
        for line in args.corpus.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    extract_language(WARM_UP[args.language], args.language)  # lexicons and morphology loaded once
    loaded = time.perf_counter() - started
    if args.repeat:
        characters = sum(len(d["text"]) for d in docs) * args.repeat
        start = time.perf_counter()
        claims = sum(
            len(
                extract_language(
                    d["text"], args.language, doc_id=d["id"], published=d.get("published")
                )
            )
            for _ in range(args.repeat)
            for d in docs
        )
        seconds = time.perf_counter() - start
        print(
            f"{len(docs) * args.repeat} documents, {characters} characters, {claims} claims in {seconds:.2f} s: "
            f"{len(docs) * args.repeat / seconds:.1f} documents/s, {characters / seconds:,.0f} characters/s; "
            f"start-up {loaded:.2f} s"
        )
        return 0
    lines = [
        json.dumps(c.model_dump(mode="json"), ensure_ascii=False)
        for d in docs
        for c in extract_language(
            d["text"], args.language, doc_id=d["id"], published=d.get("published")
        )
    ]
    text = "\n".join(lines) + ("\n" if lines else "")
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
