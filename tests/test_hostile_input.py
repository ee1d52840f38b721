"""Hostile input through the Python API (issue 18), all made here: a bad document becomes
one error record with its stage and reason, never a lost neighbour, never a traceback;
special files are refused; arguments of the wrong kind are a clear InputTypeError; ids
stay unique and stable."""

from __future__ import annotations

import gzip
import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from sinorus_facts import extract, extract_document, extract_file, extract_many
from sinorus_facts.errors import InputError, InputTypeError
from sinorus_facts.ingest.document import text_doc_id
from sinorus_facts.models import DocumentResult

GOOD = "Rail freight between the two countries grew 14% to 21 million tonnes last year, the ministry said."


def _summary(results: Iterator[DocumentResult]) -> list[tuple[str, list[str], str | None]]:
    """(doc_id, the figures as written, the error's stage) of each result."""
    return [
        (r.doc_id, [c.evidence.quantity for c in r.claims], r.error.stage if r.error else None)
        for r in results
    ]


@pytest.fixture
def alarm() -> Iterator[None]:
    """Turn a hang (a FIFO read) into a failure: after 20 s, and every 5 s after that
    (the runner may catch one TimeoutError as a document's error)."""

    def hung(signum: int, frame: object) -> None:
        raise TimeoutError("the read did not end")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.setitimer(signal.ITIMER_REAL, 20, 5)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _deep_html(depth: int) -> str:
    return (
        "<html><head><title>Freight</title></head><body>"
        + "<div>" * depth
        + f"<p>{GOOD}</p>"
        + "</div>" * depth
        + "</body></html>"
    )


# (id, file name, its bytes): each gives the figures of GOOD, no error
_FILES: list[tuple[str, str, bytes]] = [
    ("two_nul_bytes_in_a_paragraph", "nul.txt", (GOOD[:40] + "\x00" + GOOD[40:] + "\x00").encode()),
    ("html_nested_300_deep", "deep.html", _deep_html(300).encode()),
    ("html_nested_3000_deep", "deeper.html", _deep_html(3000).encode()),
    ("gzip_file_named_html", "packed.html", gzip.compress(_deep_html(3).encode())),
    ("gzip_file_named_txt", "packed.txt", gzip.compress(GOOD.encode())),
    ("bytes_that_begin_like_a_utf32_bom", "odd.txt", b"\xff\xfe\x00\x00\n" + GOOD.encode()),
]


@pytest.mark.parametrize(("name", "data"), [r[1:] for r in _FILES], ids=[r[0] for r in _FILES])
def test_odd_files_give_their_figures(
    nlp: Language, tmp_path: Path, name: str, data: bytes
) -> None:
    (tmp_path / name).write_bytes(data)
    assert _summary(extract_many([tmp_path / name])) == [(name, ["14%", "21 million tonnes"], None)]


def _corpus(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# (id, the bad line, the reason of its error record or None when the line's text is read)
_LINES: list[tuple[str, str, list[tuple[str, list[str], str | None]]]] = [
    ("nested_100000_deep", "[" * 100_000 + "]" * 100_000, [("c.jsonl:2", [], "read")]),
    (
        "a_number_of_5000_digits",
        '{"id": "n", "text": "x", "published": ' + "9" * 5000 + "}",
        [("c.jsonl:2", [], "read")],
    ),
    (
        "url_and_title_of_the_wrong_type",
        json.dumps({"id": "u", "text": GOOD, "url": 5, "title": {"a": 1}}),
        [("u", ["14%", "21 million tonnes"], None)],
    ),
    (
        "next_year_of_the_last_day",
        json.dumps(
            {"id": "y", "text": "Exports will rise 5% next year.", "published": "9999-12-31"}
        ),
        [("y", ["5%"], None)],
    ),
    (
        "last_year_of_the_first_day",
        json.dumps({"id": "z", "text": "Exports rose 5% last year.", "published": "0001-01-01"}),
        [("z", ["5%"], None)],
    ),
]


@pytest.mark.parametrize(("line", "expected"), [r[1:] for r in _LINES], ids=[r[0] for r in _LINES])
def test_a_bad_jsonl_line_loses_no_neighbour(
    nlp: Language,
    tmp_path: Path,
    line: str,
    expected: list[tuple[str, list[str], str | None]],
) -> None:
    before = json.dumps({"id": "before", "text": "Imports fell 3% in May."})
    after = json.dumps({"id": "after", "text": "Car sales rose 6% in June."})
    results = _summary(extract_many([_corpus(tmp_path, [before, line, after])]))
    assert results == [("before", ["3%"], None), *expected, ("after", ["6%"], None)]


def test_a_line_longer_than_the_bound_is_one_error(
    nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sinorus_facts.ingest.files.MAX_LINE_BYTES", 200)
    long = json.dumps({"id": "long", "text": GOOD * 5})
    results = list(
        extract_many([_corpus(tmp_path, [long, json.dumps({"id": "next", "text": GOOD})])])
    )
    assert [(r.doc_id, r.error.reason if r.error else len(r.claims)) for r in results] == [
        ("c.jsonl:1", "a line longer than 200 bytes"),
        ("next", 2),
    ]


def test_a_file_larger_than_the_bound_is_one_error(
    nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sinorus_facts.ingest.files.MAX_FILE_BYTES", 2**20)
    (tmp_path / "big.txt").write_text(GOOD * 20_000, encoding="utf-8")
    (tmp_path / "small.txt").write_text(GOOD, encoding="utf-8")
    assert _summary(extract_many([tmp_path])) == [
        ("big.txt", [], "read"),
        ("small.txt", ["14%", "21 million tonnes"], None),
    ]


# (published, text, [(figure, period start or None)]): a day outside the calendar gives no period
_EDGES = [
    (
        "9999-12-31",
        "Exports will rise 7% next year. Imports fell 2% in 2019.",
        [("7%", None), ("2%", "2019-01-01")],
    ),
    (
        "0001-01-01",
        "Exports rose 5% last year. Imports will rise 2% next year.",
        [("5%", None), ("2%", "0002-01-01")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), _EDGES, ids=["last_day", "first_day"])
def test_a_date_at_the_edge_of_the_calendar_fails_no_document(
    nlp: Language,
    published: str,
    text: str,
    expected: list[tuple[str, str | None]],
) -> None:
    claims = extract(text, published=published)
    assert [
        (c.evidence.quantity, c.period.start.isoformat() if c.period and c.period.start else None)
        for c in claims
    ] == expected


def test_a_generator_that_raises_keeps_the_documents_before_it(nlp: Language) -> None:
    def documents() -> Iterator[str]:
        yield "Imports fell 3% in May."
        yield "Car sales rose 6% in June."
        raise OSError("the feed went away")

    results = list(extract_many(documents()))
    assert [(r.doc_id, len(r.claims), r.error.reason if r.error else None) for r in results] == [
        (text_doc_id("Imports fell 3% in May."), 1, None),
        (text_doc_id("Car sales rose 6% in June."), 1, None),
        ("document-3", 0, "the documents given stopped here: OSError: the feed went away"),
    ]


def test_a_page_repeating_one_word_is_still_english(nlp: Language) -> None:
    page = "billion " * 60 + "\n\n" + GOOD
    (result,) = extract_many([page])
    assert (result.language, [c.evidence.quantity for c in result.claims]) == (
        "en",
        ["14%", "21 million tonnes"],
    )


@pytest.mark.usefixtures("alarm")
def test_a_fifo_is_refused_not_waited_for(nlp: Language, tmp_path: Path) -> None:
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    (corpus_fifo := tmp_path / "feed.jsonl").unlink(missing_ok=True)
    os.mkfifo(corpus_fifo)
    results = list(extract_many([fifo, corpus_fifo]))
    assert [(r.doc_id, r.error.reason if r.error else None) for r in results] == [
        ("feed.txt", f"'{fifo}' is not a regular file (a pipe, socket or device): give a file"),
        (
            "feed.jsonl",
            f"'{corpus_fifo}' is not a regular file (a pipe, socket or device): give a file",
        ),
    ]


def test_dev_zero_is_refused_not_read_to_its_end() -> None:
    with pytest.raises(InputError, match="'/dev/zero' is not a regular file"):
        extract_file("/dev/zero")


def test_a_folder_with_one_name_twice_gives_two_ids(nlp: Language, tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(GOOD, encoding="utf-8")
    first = list(extract_many([tmp_path]))
    claim_ids = [c.id for r in first for c in r.claims]
    assert ([r.doc_id for r in first], len(set(claim_ids)), list(extract_many([tmp_path]))) == (
        ["a/same.txt", "b/same.txt"],
        4,
        first,
    )


def test_two_files_of_one_name_given_apart_give_two_ids(nlp: Language, tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(GOOD, encoding="utf-8")
    results = list(extract_many([tmp_path / "a" / "same.txt", tmp_path / "b" / "same.txt"]))
    assert [r.doc_id for r in results] == ["same.txt", (tmp_path / "b" / "same.txt").as_posix()]


def test_repeated_jsonl_ids_are_told_apart_by_their_line(nlp: Language, tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "wire", "text": text})
        for text in (GOOD, "Imports fell 3%.", "Car sales rose 6%.")
    ]
    results = list(extract_many([_corpus(tmp_path, lines)]))
    claim_ids = [c.id for r in results for c in r.claims]
    assert ([r.doc_id for r in results], len(set(claim_ids)), len(claim_ids)) == (
        ["wire", "wire@c.jsonl:2", "wire@c.jsonl:3"],
        4,
        4,
    )


# (id, the call, the start of the message): each an InputTypeError, also a TypeError
_WRONG_KINDS: list[tuple[str, Any, str]] = [
    (
        "a_str_for_many_documents",
        lambda: list(extract_many("Trade rose 5%.")),
        "extract_many() takes an iterable of documents (a list of texts, paths or dicts), not a str",
    ),
    (
        "a_dict_for_many_documents",
        lambda: list(extract_many({"id": "a", "text": "Trade rose 5%."})),
        "extract_many() takes an iterable of documents (a list of texts, paths or dicts), not a dict",
    ),
    (
        "a_path_for_many_documents",
        lambda: list(extract_many(Path("."))),
        "extract_many() takes an iterable of documents (a list of texts, paths or dicts), not a PosixPath",
    ),
    (
        "nothing_for_many_documents",
        lambda: list(extract_many(None)),  # type: ignore[arg-type]
        "extract_many() takes an iterable of documents (a list of texts, paths or dicts), not a NoneType",
    ),
    (
        "bytes_for_a_text",
        lambda: extract(b"Trade rose 5%."),  # type: ignore[arg-type]
        "extract() takes the text as a str, not bytes",
    ),
    (
        "a_number_for_a_path",
        lambda: extract_file(3),  # type: ignore[arg-type]
        "extract_file() takes a path (a str or a Path), not int",
    ),
    (
        "a_number_for_a_doc_id",
        lambda: extract("Trade rose 5%.", doc_id=5),  # type: ignore[arg-type]
        "extract(): doc_id must be a str, not int",
    ),
    (
        "a_list_for_a_model",
        lambda: extract("Trade rose 5%.", model=["en"]),  # type: ignore[arg-type]
        "extract(): model must be the name of a spaCy pipeline or a path, not list",
    ),
    (
        "a_text_for_a_document",
        lambda: extract_document("Trade rose 5%."),  # type: ignore[arg-type]
        "extract_document() takes a Document (see read()), not str",
    ),
    (
        "a_bool_for_a_batch_size",
        lambda: extract_many(["Trade rose 5%."], batch_size=True),
        "batch_size must be a whole number of at least 1, not True",
    ),
]


@pytest.mark.parametrize(
    ("call", "message"), [r[1:] for r in _WRONG_KINDS], ids=[r[0] for r in _WRONG_KINDS]
)
def test_an_argument_of_the_wrong_kind_is_a_clear_type_error(call: Any, message: str) -> None:
    with pytest.raises(InputTypeError) as raised:
        call()
    assert (
        isinstance(raised.value, TypeError),
        isinstance(raised.value, InputError),
        str(raised.value).startswith(message),
    ) == (True, True, True)


def test_a_corpus_saved_with_a_byte_order_mark_loses_no_line(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + (json.dumps({"id": "first", "text": GOOD}) + "\n").encode())
    assert _summary(extract_many([path])) == [("first", ["14%", "21 million tonnes"], None)]


def test_a_utf16_corpus_is_one_error_that_says_why(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes(
        (
            json.dumps({"id": "a", "text": GOOD}) + "\n" + json.dumps({"id": "b", "text": GOOD})
        ).encode("utf-16")
    )
    assert [(r.doc_id, r.error.reason if r.error else None) for r in extract_many([path])] == [
        (
            "wide.jsonl",
            f"cannot read '{path}': it is UTF-16 or UTF-32; a JSONL corpus must be UTF-8",
        )
    ]


def test_a_failure_nobody_foresaw_in_the_cheap_pass_is_one_error_record(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sinorus_facts.pipeline import runner

    real = runner.guess_language

    def guess(text: str) -> str:
        if "poison" in text:
            raise MemoryError("no room")
        return real(text)

    monkeypatch.setattr(runner, "guess_language", guess)
    results = list(
        extract_many(
            ["Imports fell 3% in May.", "A poison pill of 5%.", "Car sales rose 6% in June."]
        )
    )
    assert [(len(r.claims), r.error.reason if r.error else None) for r in results] == [
        (1, None),
        (0, "MemoryError: no room"),
        (1, None),
    ]
