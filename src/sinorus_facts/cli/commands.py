"""The command line: ``sinorus-facts extract PATH... [--format jsonl|csv|table] [-o FILE]``.

Exit codes: 0 when every document was read, 1 when some failed (a one-line summary on
stderr; ``--strict`` stops at the first), 2 for a usage error (a missing or unreadable
path, an unknown ``--format``, a ``--published`` that is not a date). No traceback for bad
input. The output holds claims only; a document that fails gets an error record (document,
stage, reason) as a JSON line in ``--errors FILE``, or else a line on stderr. ``-o`` and
``--errors`` are written under a temporary name beside them and moved into place when the
run reaches its end (a run that stops on the way leaves the old files as they were); one
that is one of the inputs is refused before anything is opened (exit 2). A progress
line (documents, claims, failures, rate) is drawn on stderr when it is a terminal and
``--quiet`` is not given. The summary counts claims, documents, those without figures,
texts not in English, files skipped and failures, with a line for each kind of warning
(no publication date, file skipped, text cut); ``--errors FILE`` also gets each document's
warning records (``{"record": "warning", "document", "kind", "message"}``).

``sinorus-facts show FILE --html OUT`` writes the review page of one file;
``sinorus-facts review PATH... --html OUT`` the review tool of files, folders and corpora
(:mod:`sinorus_facts.views.review_corpus`: claims to accept, reject, edit and promote with
the keyboard, decisions exported as JSONL); ``sinorus-facts review-to-gold DECISIONS`` turns
those decisions into a gold file (:mod:`sinorus_facts.analysis.review`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TextIO

from pydantic import ValidationError

from sinorus_facts import __version__
from sinorus_facts.cli.interrupts import interrupted, stop_requested, stopping_on_interrupt
from sinorus_facts.cli.progress import BatchStats, ProgressLine
from sinorus_facts.errors import SinorusError
from sinorus_facts.ingest.reading import parse_published
from sinorus_facts.models import Claim, RejectedNumber
from sinorus_facts.outputs.export import CsvWriter, write_jsonl
from sinorus_facts.outputs.output_files import OutputFile, check_outputs
from sinorus_facts.pipeline import BATCH_SIZE
from sinorus_facts.views.table import write_table

__all__ = ["main"]

FORMATS = ("jsonl", "csv", "table")


def _positive(value: str) -> int:
    """A whole number of at least 1, for argparse."""
    if not value.strip().isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {value!r}")
    return int(value)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sinorus-facts",
        description="Turn every figure in news about China-Russia relations into a typed, dated, sourced record.",
    )
    parser.add_argument("--version", action="version", version=f"sinorus-facts {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser(
        "extract", help="extract claims from .txt/.html files, folders or .jsonl corpora"
    )
    extract.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a .txt/.html file, a directory, or a .jsonl corpus",
    )
    extract.add_argument("--format", default="jsonl", help="jsonl (default), csv or table")
    extract.add_argument(
        "-o", "--output", metavar="FILE", help="write here instead of standard output"
    )
    extract.add_argument(
        "--published", metavar="YYYY-MM-DD", help="the publication date of every document given"
    )
    extract.add_argument(
        "--model", metavar="NAME", help="a spaCy pipeline to use instead of en_core_web_sm"
    )
    extract.add_argument(
        "--n-process",
        type=_positive,
        default=1,
        metavar="N",
        help="worker processes to use (default 1; output is the same with any number)",
    )
    extract.add_argument(
        "--batch-size",
        type=_positive,
        default=BATCH_SIZE,
        metavar="N",
        help="sentences per model batch",
    )
    extract.add_argument(
        "--errors",
        metavar="FILE",
        help="also write here one JSON line per failed document and per warning "
        "(no publication date, file skipped, text cut, not English)",
    )
    extract.add_argument(
        "--rejected",
        metavar="FILE",
        help="also write here one JSON line per number read and not made a claim, with its "
        "reason (the ledger: year, date, ordinal, name, page_furniture, bare_number, ...)",
    )
    extract.add_argument(
        "--strict", action="store_true", help="stop at the first document that fails"
    )
    extract.add_argument(
        "-q", "--quiet", action="store_true", help="no progress or summary on stderr"
    )
    show = commands.add_parser(
        "show",
        help="a review page of one file: its text with the figures, periods and "
        "speakers marked, beside a table of its claims (HTML)",
    )
    show.add_argument("file", metavar="FILE", help="a .txt or .html file")
    show.add_argument(
        "--html", metavar="OUT", help="write the page here instead of standard output"
    )
    show.add_argument(
        "--published", metavar="YYYY-MM-DD", help="the publication date of the document"
    )
    show.add_argument(
        "--model", metavar="NAME", help="a spaCy pipeline to use instead of en_core_web_sm"
    )
    review = commands.add_parser(
        "review",
        help="a review page of files, folders or .jsonl corpora: every claim to accept, reject "
        "or edit with the keyboard, decisions exported as JSONL (one offline HTML file)",
    )
    review.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a .txt/.html file, a directory, or a .jsonl corpus",
    )
    review.add_argument(
        "--html", metavar="OUT", help="write the page here instead of standard output"
    )
    review.add_argument(
        "--claims",
        metavar="FILE",
        help="the claims to review (written by 'extract'), instead of extracting them again",
    )
    review.add_argument(
        "--rejected",
        metavar="FILE",
        help="with --claims: the numbers not made claims (one JSON line each: doc_id, text, "
        "start, end, reason, rule)",
    )
    review.add_argument("--title", default="sinorus-facts review", help="the page's title")
    review.add_argument(
        "--published", metavar="YYYY-MM-DD", help="the publication date of every document given"
    )
    review.add_argument(
        "--model", metavar="NAME", help="a spaCy pipeline to use instead of en_core_web_sm"
    )
    review.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    gold = commands.add_parser(
        "review-to-gold",
        help="turn a reviewer's decisions (exported by the review page) into a gold file "
        "that ../shared/eval/score.py reads",
    )
    gold.add_argument("decisions", metavar="DECISIONS", help="the decisions, a .jsonl file")
    gold.add_argument(
        "--claims",
        metavar="FILE",
        help="the claims the page was made of (for decisions that do not carry theirs)",
    )
    gold.add_argument(
        "--keep-undecided",
        action="store_true",
        help="with --claims: a claim without a decision, in a document the reviewer worked on, "
        "counts as right",
    )
    gold.add_argument(
        "-o", "--output", metavar="FILE", help="write here instead of standard output"
    )
    gold.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    return parser


def _check_paths(paths: list[str]) -> None:
    """Fail at once, before any work, for a path that is missing or cannot be read."""
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise SinorusError(f"no such file or directory: '{given}'")
        if path.is_dir() and not os.access(path, os.R_OK | os.X_OK):
            raise SinorusError(f"cannot read directory '{given}': permission denied")
        if path.is_file() and not os.access(path, os.R_OK):
            raise SinorusError(f"cannot read '{given}': permission denied")
        if not path.is_dir() and not path.is_file():
            raise SinorusError(
                f"'{given}' is not a regular file (a pipe, socket or device): give a file or a folder"
            )


def _claim_writer(form: str, out: TextIO) -> Callable[[list[Claim]], int]:
    if form == "jsonl":
        return lambda claims: write_jsonl(claims, out)
    if form == "csv":
        return CsvWriter(out).write
    return lambda claims: write_table(claims, out)


def _run_extract(args: argparse.Namespace) -> int:
    from sinorus_facts.api import extract_many

    if args.format not in FORMATS:
        raise SinorusError(f"unknown --format {args.format!r}; use one of: {', '.join(FORMATS)}")
    published = parse_published(args.published, where="--published")
    _check_paths(args.paths)
    check_outputs(
        args.paths, {"-o": args.output, "--errors": args.errors, "--rejected": args.rejected}
    )
    stats = BatchStats()
    progress = ProgressLine(sys.stderr, enabled=not args.quiet and sys.stderr.isatty())
    with ExitStack() as stack:
        # written under temporary names, moved into place only when the run reaches its end
        files = [stack.enter_context(OutputFile(args.output, newline=""))] if args.output else []
        out: TextIO = files[0].handle if files else sys.stdout
        if args.errors:
            files.append(stack.enter_context(OutputFile(args.errors)))
        errors: TextIO | None = files[-1].handle if args.errors else None
        if args.rejected:
            files.append(stack.enter_context(OutputFile(args.rejected)))
        rejected: TextIO | None = files[-1].handle if args.rejected else None
        write = _claim_writer(args.format, out)
        results = extract_many(
            args.paths,
            published=published,
            model=args.model,
            batch_size=args.batch_size,
            n_process=args.n_process,
            parts=True,  # a long document's claims written part by part, as read
        )
        for result in results:
            if stop_requested():
                raise KeyboardInterrupt  # one that was swallowed on the way
            stats.add(result)
            write(list(result.claims))
            if rejected is not None:
                rejected.writelines(number.model_dump_json() + "\n" for number in result.rejected)
            if errors is not None:
                for warning in result.warnings:
                    errors.write(warning.model_dump_json() + "\n")
            error = result.error
            if error is not None:
                if errors is not None:
                    errors.write(error.model_dump_json() + "\n")
                elif not args.quiet:
                    progress.clear()
                    print(
                        f"sinorus-facts: error: {error.document}: {error.stage}: {error.reason}",
                        file=sys.stderr,
                    )
                if args.strict:
                    progress.close(stats)
                    kept = (
                        f"; {', '.join(repr(str(f.path)) for f in files)} left as they were"
                        if files
                        else ""
                    )
                    print(
                        f"sinorus-facts: stopped at the first failed document (--strict): {stats.summary()}{kept}",
                        file=sys.stderr,
                    )
                    return 1
            progress.update(stats)
        if stop_requested():
            raise KeyboardInterrupt
        for file in files:
            file.commit()
    progress.close(stats)
    if stats.failed or not args.quiet:
        print(f"sinorus-facts: {stats.summary()}", file=sys.stderr)
    if not args.quiet:
        for line in stats.warning_lines():
            print(f"sinorus-facts: warning: {line}", file=sys.stderr)
    return 1 if stats.failed else 0


def _read_rejected(path: str) -> list[RejectedNumber]:
    """The numbers of a ledger file: one JSON line each (``doc_id`` or ``doc``, ``text``,
    ``start``, ``end``, ``reason``, ``rule``)."""
    numbers = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                if isinstance(data, dict) and "doc_id" not in data and "doc" in data:
                    data["doc_id"] = data.pop("doc")
                numbers.append(RejectedNumber.model_validate(data))
            except (json.JSONDecodeError, ValidationError) as exc:
                raise SinorusError(
                    f"{path}:{number}: not a rejected number ({str(exc).splitlines()[0]})"
                ) from exc
    return numbers


def _run_review(args: argparse.Namespace) -> int:
    from sinorus_facts.analysis.collection import load_claims
    from sinorus_facts.views.review_corpus import corpus_review_page, review_documents

    published = parse_published(args.published, where="--published")
    _check_paths(args.paths)
    extra = [f for f in (args.claims, args.rejected) if f]
    _check_paths(extra)
    if args.rejected and not args.claims:
        raise SinorusError("--rejected goes with --claims (the ledger of the claims given)")
    check_outputs([*args.paths, *extra], {"--html": args.html})
    claims = list(load_claims(args.claims)) if args.claims else None
    rejected = _read_rejected(args.rejected) if args.rejected else None
    items = list(
        review_documents(
            args.paths, published=published, model=args.model, claims=claims, rejected=rejected
        )
    )
    page = corpus_review_page(items, title=args.title)
    if args.html is None:
        sys.stdout.write(page)
    else:
        with OutputFile(args.html) as out:
            out.handle.write(page)
            out.commit()
    if not args.quiet:
        n_claims = sum(len(i.claims) for i in items)
        failed = sum(1 for i in items if i.error)
        given = {i.doc_id for i in items}
        elsewhere = sum(1 for c in claims or () if c.doc_id not in given)
        where = f" to {args.html}" if args.html else ""
        print(
            f"sinorus-facts: review page of {len(items)} documents, {n_claims} claims{where}"
            + (f"; {failed} could not be read" if failed else "")
            + (f"; {elsewhere} claims of documents not given left out" if elsewhere else ""),
            file=sys.stderr,
        )
    return 0


def _run_review_to_gold(args: argparse.Namespace) -> int:
    from sinorus_facts.analysis.collection import load_claims
    from sinorus_facts.analysis.review import review_to_gold

    inputs = [args.decisions, *([args.claims] if args.claims else [])]
    _check_paths(inputs)
    if args.keep_undecided and not args.claims:
        raise SinorusError("--keep-undecided needs --claims (the claims the page was made of)")
    check_outputs(inputs, {"-o": args.output})
    claims = list(load_claims(args.claims)) if args.claims else None
    gold = review_to_gold(args.decisions, claims, keep_undecided=args.keep_undecided)
    lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in gold.rows)
    if args.output is None:
        sys.stdout.write(lines)
    else:
        with OutputFile(args.output) as out:
            out.handle.write(lines)
            out.commit()
    if not args.quiet:
        print(f"sinorus-facts: gold of {gold.summary()}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see :mod:`sinorus_facts.cli` for Ctrl-C)."""
    parser = _parser()
    args = parser.parse_args(argv)
    with stopping_on_interrupt():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    try:
        if args.command == "extract":
            return _run_extract(args)
        if args.command == "show":
            from sinorus_facts.views.render import show_file

            show_file(args.file, html_path=args.html, published=args.published, model=args.model)
            return 0
        if args.command == "review":
            return _run_review(args)
        if args.command == "review-to-gold":
            return _run_review_to_gold(args)
    except SinorusError as exc:
        print(f"sinorus-facts: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return interrupted()
    except BrokenPipeError:
        # the reader of our output went away ("| head"): stop quietly, also at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:  # an output or --errors file that cannot be written
        where = f"'{exc.filename}'" if exc.filename else "the output"
        print(f"sinorus-facts: cannot write {where}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 2


if __name__ == "__main__":
    sys.exit(main())
