"""extract_many: one result per document, in input order, streamed, the same with one or
many processes; every kind of input it takes."""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from sinorus_facts import extract_many
from sinorus_facts.errors import InputError
from sinorus_facts.models import DocumentResult
from sinorus_facts.pipeline.runner import GROUP_DOCUMENTS

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _summary(results: Iterator[DocumentResult]) -> list[tuple[str, int, str | None, str | None]]:
    return [
        (r.doc_id, len(r.claims), r.error.stage if r.error else None, r.language) for r in results
    ]


# (what is given, what comes out: doc_id, claims, error stage, language)
_INPUTS: list[tuple[str, Any, tuple[str, int, str | None, str | None]]] = [
    ("text", "Coal exports rose 8% to 12 million tonnes.", ("text-885601be252d", 2, None, "en")),
    (
        "dict",
        {"id": "wire-1", "text": "The deal is worth $2.5 billion."},
        ("wire-1", 1, None, "en"),
    ),
    ("dict without id", {"text": "Wheat sales fell 4%."}, ("document-1", 1, None, "en")),
    ("dict without text", {"id": "wire-2", "title": "Trade"}, ("wire-2", 0, "read", None)),
    (
        "dict with a text that is not a string",
        {"id": "wire-3", "text": 42},
        ("wire-3", 0, "read", None),
    ),
    (
        "dict with a bad date",
        {"id": "wire-4", "text": "Up 5%.", "published": "last May"},
        ("wire-4", 0, "read", None),
    ),
    ("missing file", "no/such/article.txt", ("article.txt", 0, "read", None)),
    ("missing path object", Path("no/such/page.html"), ("page.html", 0, "read", None)),
    ("not a document", 3.5, ("document-1", 0, "read", None)),
    (
        "Russian text",
        "Товарооборот между Россией и Китаем в прошлом году вырос на 15 процентов.",
        ("text-a3ccc5f4ff8b", 1, None, "ru"),
    ),
    (
        "Chinese text",
        "中俄两国去年的双边贸易额增长了百分之十五，达到一千亿美元。中国海关总署周一公布了这些数据。",
        ("text-7ba207eac00f", 2, None, "zh"),
    ),
    (
        "Korean text (not read)",
        "한국과 러시아의 교역액은 작년에 15퍼센트 증가해 천억 달러에 달했다고 세관이 밝혔다.",
        ("text-464be96e456d", 0, None, "cjk"),
    ),
    (
        "Greek text (not read)",
        "Το εμπόριο μεταξύ Ρωσίας και Κίνας αυξήθηκε κατά 15 τοις εκατό πέρυσι, σύμφωνα με τα τελωνεία.",
        ("text-293ec34504c4", 0, None, "other"),
    ),
    ("empty text", "", ("text-da39a3ee5e6b", 0, None, "en")),
]


@pytest.mark.parametrize(
    ("given", "expected"), [r[1:] for r in _INPUTS], ids=[r[0] for r in _INPUTS]
)
def test_each_input_gives_one_result(
    nlp: Language, given: Any, expected: tuple[str, int, str | None, str | None]
) -> None:
    assert _summary(extract_many([given])) == [expected]


def test_results_come_in_input_order_with_two_processes(nlp: Language) -> None:
    texts = [
        f"Exports rose {n}% in week {n}." if n % 3 else "No figure in this one."
        for n in range(1, 60)
    ]
    assert [r.doc_id for r in extract_many(texts, n_process=2)] == [
        r.doc_id for r in extract_many(texts)
    ]


def test_seed_claims_ids_and_order_are_the_same_with_one_or_two_processes(nlp: Language) -> None:
    paths = sorted(SEEDS.glob("*.txt")) * 3
    one = [(r.doc_id, r.claims) for r in extract_many(paths)]
    two = [(r.doc_id, r.claims) for r in extract_many(paths, n_process=2)]
    assert two == one


def test_the_same_input_gives_the_same_claims_on_every_run(nlp: Language) -> None:
    first = [r.claims for r in extract_many([SEEDS])]
    again = [r.claims for r in extract_many([SEEDS])]
    assert again == first


def test_documents_are_read_as_they_are_needed(nlp: Language) -> None:
    pulled = itertools.count()

    def corpus() -> Iterator[str]:
        for n in range(5000):
            next(pulled)
            yield f"Exports rose {n}%."

    results = extract_many(corpus())
    next(results)
    assert next(pulled) <= GROUP_DOCUMENTS + 1


def test_published_is_the_date_of_documents_that_give_none(nlp: Language) -> None:
    documents = [
        {"id": "a", "text": "Exports rose 5% in May."},
        {"id": "b", "text": "Exports rose 5% in May.", "published": "2016-07-01"},
    ]
    results = extract_many(documents, published=date(2018, 6, 1))
    assert [r.claims[0].period.start.isoformat() for r in results] == ["2018-05-01", "2016-05-01"]  # type: ignore[union-attr]


def test_a_folder_gives_its_files_in_sorted_order_recursively(
    nlp: Language, tmp_path: Path
) -> None:
    # a file in a subfolder is named by its path relative to the folder given
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "inner.txt").write_text("Imports fell 3%.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Exports rose 5%.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "line", "text": "Oil rose 2%."}) + "\n", encoding="utf-8"
    )
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    assert _summary(extract_many([tmp_path])) == [
        ("a.txt", 1, None, "en"),
        ("b/inner.txt", 1, None, "en"),
        ("line", 1, None, "en"),
        ("notes.docx", 0, None, None),  # skipped, with a warning (tests/test_warnings.py)
    ]


def test_a_folder_that_cannot_be_listed_gives_an_error_record(
    nlp: Language,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (tmp_path / "a.txt").write_text("Exports rose 5%.", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("sinorus_facts.pipeline.inputs.os.scandir", scandir)
    results = list(extract_many([tmp_path]))
    # the record is named by the folder that cannot be listed, relative to the one given
    assert [(r.doc_id, r.error.reason if r.error else None) for r in results] == [
        ("a.txt", None),
        ("locked", f"cannot read directory '{locked}': Permission denied"),
    ]


# (what is wrong, the call, the message)
_MISTAKES = [
    ("no processes", {"n_process": 0}, "n_process must be a whole number of at least 1, not 0"),
    ("no batch", {"batch_size": -5}, "batch_size must be a whole number of at least 1, not -5"),
    (
        "a date that is not one",
        {"published": "2018-02-30"},
        "'published' must be a date as YYYY-MM-DD",
    ),
]


@pytest.mark.parametrize(
    ("options", "message"), [r[1:] for r in _MISTAKES], ids=[r[0] for r in _MISTAKES]
)
def test_a_mistake_in_the_call_is_a_clear_error_at_once(
    options: dict[str, Any], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        extract_many(["Exports rose 5%."], **options)


def test_a_worker_that_dies_loses_only_the_document_that_killed_it(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sinorus_facts.pipeline import parallel, runner

    real_build_claims = runner.build_claims  # type: ignore[attr-defined]

    def build_claims(document: Any, *rest: Any) -> Any:
        if document.doc_id == "fatal":
            os._exit(3)  # the worker process dies, as when the system kills it for memory
        return real_build_claims(document, *rest)

    monkeypatch.setattr(runner, "build_claims", build_claims)
    monkeypatch.setattr(parallel, "_start_method", lambda: "fork")  # the workers inherit the patch
    documents = [{"id": f"d{n}", "text": f"Exports rose {n}%."} for n in range(20)]
    documents.insert(7, {"id": "fatal", "text": "Imports fell 2%."})
    results = list(extract_many(documents, n_process=2))
    assert [(r.doc_id, len(r.claims), r.error.reason if r.error else None) for r in results] == [
        (d["id"], 0, "the worker process analysing this document died (out of memory, or a crash)")
        if d["id"] == "fatal"
        else (d["id"], 1, None)
        for d in documents
    ]


# (how the date is given, the period of "last year")
_DATES_GIVEN = [
    ("a date", date(2020, 3, 1), "2019-01-01"),
    ("a time of day (its day is taken)", datetime(2020, 3, 1, 23, 59), "2019-01-01"),
    ("a string with a time", "2021-03-01T10:14:00", "2020-01-01"),
]


@pytest.mark.parametrize(
    ("given", "start"), [r[1:] for r in _DATES_GIVEN], ids=[r[0] for r in _DATES_GIVEN]
)
def test_a_date_with_a_time_of_day_is_its_day(nlp: Language, given: Any, start: str) -> None:
    (claim,) = next(extract_many([{"text": "Trade rose 5% last year.", "published": given}])).claims
    assert claim.period is not None
    assert str(claim.period.start) == start
