"""The command line: ``sinorus-facts extract PATH... [--format jsonl|csv|table] [-o FILE]``.

Exit codes: 0 when every document was read, 1 when some failed (a one-line summary on
stderr; ``--strict`` stops at the first), 2 for a usage error. No traceback for bad input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TextIO

from sinorus_facts.errors import SinorusError
from sinorus_facts.export import CsvWriter, write_jsonl, write_table
from sinorus_facts.ingest.reading import JSONL_SUFFIXES, iter_paths, parse_published
from sinorus_facts.models import Claim, DocumentResult

__all__ = ["main"]

FORMATS = ("jsonl", "csv", "table")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sinorus-facts",
        description="Turn every figure in news about China-Russia relations into a typed, dated, sourced record.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract claims from .txt/.html files, folders or .jsonl corpora")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="a .txt/.html file, a directory, or a .jsonl corpus")
    extract.add_argument("--format", default="jsonl", help="jsonl (default), csv or table")
    extract.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    extract.add_argument("--published", metavar="YYYY-MM-DD", help="the publication date of every document given")
    extract.add_argument("--model", metavar="NAME", help="a spaCy pipeline to use instead of en_core_web_sm")
    extract.add_argument("--n-process", type=int, default=1, metavar="N", help="processes to use (default 1)")
    extract.add_argument("--batch-size", type=int, default=64, metavar="N", help="sentences per model batch")
    extract.add_argument("--errors", metavar="FILE", help="also write one JSON line per failed document here")
    extract.add_argument("--strict", action="store_true", help="stop at the first document that fails")
    extract.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")
    return parser


def _inputs(paths: list[str], published: str | None) -> Iterator[object]:
    for path in iter_paths([Path(p) for p in paths]):
        if path.suffix.lower() in JSONL_SUFFIXES or published is None:
            yield path
        else:
            from sinorus_facts.api import read

            try:
                yield read(path, published=published)
            except SinorusError as exc:
                yield {"id": path.name, "text": None, "error": str(exc)}


def _run_extract(args: argparse.Namespace) -> int:
    from sinorus_facts.api import extract_many

    if args.format not in FORMATS:
        raise SinorusError(f"unknown --format {args.format!r}; use one of: {', '.join(FORMATS)}")
    parse_published(args.published, where="--published")
    for given in args.paths:
        if not Path(given).exists():
            raise SinorusError(f"no such file or directory: '{given}'")
    failed: list[DocumentResult] = []
    total = 0
    with ExitStack() as stack:
        out: TextIO = stack.enter_context(open(args.output, "w", encoding="utf-8", newline="")) if args.output else sys.stdout
        errors: TextIO | None = stack.enter_context(open(args.errors, "w", encoding="utf-8")) if args.errors else None
        csv_writer = CsvWriter(out) if args.format == "csv" else None
        results = extract_many(_inputs(args.paths, args.published), model=args.model,
                               batch_size=args.batch_size, n_process=args.n_process)
        for result in results:
            total += 1
            claims: list[Claim] = list(result.claims)
            if args.format == "jsonl":
                write_jsonl(claims, out)
            elif csv_writer is not None:
                csv_writer.write(claims)
            else:
                write_table(claims, out)
            if result.error is not None:
                failed.append(result)
                if errors is not None:
                    errors.write(result.error.model_dump_json() + "\n")
                if args.strict:
                    print(f"sinorus-facts: {result.error.document}: {result.error.reason}", file=sys.stderr)
                    return 1
    if failed:
        first = failed[0].error
        assert first is not None
        print(f"sinorus-facts: {len(failed)} of {total} documents failed (first: {first.document}: {first.reason})",
              file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "extract":
            return _run_extract(args)
    except SinorusError as exc:
        print(f"sinorus-facts: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("sinorus-facts: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
