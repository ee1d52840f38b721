"""The Python API: text, files and corpora in; typed, dated, sourced claims out.

>>> import sinorus_facts
>>> claims = sinorus_facts.extract(
...     "BEIJING, May 31 (Xinhua) -- Bilateral trade reached 31.2 billion U.S. dollars "
...     "from January through April, Zhang said.", published="2018-05-31")
>>> c = claims[0]
>>> (c.value, c.unit, c.period.start.isoformat(), c.period.end.isoformat(), c.attribution)
(31200000000.0, 'USD', '2018-01-01', '2018-04-30', 'Zhang')
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, Union

from sinorus_facts.errors import InputError, InputTypeError, SinorusError
from sinorus_facts.ingest.document import text_doc_id
from sinorus_facts.ingest.language import looks_binary, without_surrogates
from sinorus_facts.ingest.reading import RawDocument, parse_published, read_path
from sinorus_facts.models import Claim, Document, DocumentResult
from sinorus_facts.periods.articles import build_document
from sinorus_facts.pipeline import BATCH_SIZE
from sinorus_facts.pipeline.inputs import jobs_of
from sinorus_facts.pipeline.loading import load_pipeline
from sinorus_facts.pipeline.parallel import run_parallel
from sinorus_facts.pipeline.runner import Job, run

__all__ = ["DocumentInput", "extract", "extract_document", "extract_file", "extract_many", "read"]

DocumentInput = Union[str, "os.PathLike[str]", dict[str, Any], RawDocument, Document]


def _check_kinds(where: str, *, model: object = None, doc_id: object = None) -> None:
    """An :class:`InputTypeError` for a ``model`` or ``doc_id`` that is not a string."""
    if model is not None and not isinstance(model, (str, os.PathLike)):
        raise InputTypeError(
            f"{where}: model must be the name of a spaCy pipeline or a path, not {type(model).__name__}"
        )
    if doc_id is not None and not isinstance(doc_id, str):
        raise InputTypeError(f"{where}: doc_id must be a str, not {type(doc_id).__name__}")


def _documents_iterator(documents: object) -> Iterator[Any]:
    """``documents`` as an iterator; an :class:`InputTypeError` for one document given
    where many are expected (a str would be read character by character, "/" among them)."""
    one = (str, bytes, bytearray, dict, os.PathLike, RawDocument, Document)
    if isinstance(documents, one):
        kind = type(documents).__name__
        raise InputTypeError(
            f"extract_many() takes an iterable of documents (a list of texts, paths or dicts), not "
            f"a {kind}: give [document], or use extract() for one text"
        )
    try:
        return iter(documents)  # type: ignore[call-overload,no-any-return]
    except TypeError:
        raise InputTypeError(
            f"extract_many() takes an iterable of documents (a list of texts, paths or dicts), "
            f"not a {type(documents).__name__}"
        ) from None


def _whole_number(name: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise InputTypeError(f"{name} must be a whole number of at least 1, not {value!r}")
    if value < 1:
        raise InputError(f"{name} must be a whole number of at least 1, not {value!r}")
    return value


def _looks_like_path(value: str) -> bool:
    return (
        "\n" not in value
        and len(value) < 1024
        and Path(value).suffix != ""
        and Path(value).exists()
    )


def read(
    source: str | os.PathLike[str],
    *,
    doc_id: str | None = None,
    published: str | date | None = None,
) -> Document:
    """How the library understands a text or file: articles, dates, sentences.

    ``source`` is a path (``Path``, or a string naming an existing file) or the text itself.

    >>> doc = read("Trade rises\\n\\nMay 31, 2018\\n\\nTrade rose 5%.")
    >>> doc.articles[0].published.isoformat()
    '2018-05-31'
    """
    given = parse_published(published, where="read()")
    _check_kinds("read()", doc_id=doc_id)
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        raw = read_path(Path(source))
        if looks_binary(raw.text):
            raise InputError(f"'{source}' is not text: it looks like a binary file")
        raw = dataclasses.replace(
            raw, doc_id=doc_id or raw.doc_id, published=given or raw.published
        )
    elif isinstance(source, str):
        text = without_surrogates(source)
        raw = RawDocument(doc_id or text_doc_id(text), text, given)
    else:
        raise InputTypeError(f"read() takes a text or a path, not {type(source).__name__}")
    return build_document(raw)


def extract(
    text: str,
    *,
    doc_id: str | None = None,
    published: str | date | None = None,
    model: str | None = None,
) -> list[Claim]:
    """Every claim of one text.

    >>> [(c.value, c.unit, c.bound) for c in extract("Exports exceeded $2bn.")]
    [(2000000000.0, 'USD', '>')]
    """
    if not isinstance(text, str):
        raise InputTypeError(
            f"extract() takes the text as a str, not {type(text).__name__}; use extract_file() for paths"
        )
    _check_kinds("extract()", model=model, doc_id=doc_id)
    given = parse_published(published, where="extract()")
    text = without_surrogates(text)
    document = build_document(RawDocument(doc_id or text_doc_id(text), text, given))
    return extract_document(document, model=model)


def extract_file(
    path: str | os.PathLike[str], *, published: str | date | None = None, model: str | None = None
) -> list[Claim]:
    """Every claim of one ``.txt`` or ``.html`` file (its ``doc_id`` is the file name).

    >>> extract_file("no/such/file.txt")
    Traceback (most recent call last):
    ...
    sinorus_facts.errors.InputNotFoundError: no such file: 'no/such/file.txt'
    """
    if not isinstance(path, (str, os.PathLike)):
        raise InputTypeError(
            f"extract_file() takes a path (a str or a Path), not {type(path).__name__}"
        )
    _check_kinds("extract_file()", model=model)
    return extract_document(read(Path(path), published=published), model=model)


def extract_document(document: Document, *, model: str | None = None) -> list[Claim]:
    """Every claim of a document already read (see :func:`read`); none for a text that is
    not English.

    >>> len(extract_document(read("Exports rose 5%. Imports fell 2%.")))
    2
    """
    if not isinstance(document, Document):
        raise InputTypeError(
            f"extract_document() takes a Document (see read()), not {type(document).__name__}"
        )
    _check_kinds("extract_document()", model=model)
    result = next(run(load_pipeline(model), [Job(document.doc_id, document=document)]))
    if result.error is not None:
        raise SinorusError(f"{result.error.document}: {result.error.stage}: {result.error.reason}")
    return list(result.claims)


def extract_many(
    documents: Iterable[DocumentInput],
    *,
    published: str | date | None = None,
    model: str | None = None,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
    parts: bool = False,
) -> Iterator[DocumentResult]:
    """Claims of many documents, streamed: one :class:`DocumentResult` per document, in
    input order, with either its claims or the error that stopped it (``result.error``:
    document, stage, reason). A text that is not English gives no claims and no error;
    ``result.language`` says what it is.

    A document longer than 100,000 characters is read in parts (runs of whole articles,
    blocks of paragraphs of a longer article); with ``parts=True`` (one process) the claims
    of each part come as soon as it is read, in a result of their own with ``more=True``,
    and the document's last result (``more=False``) holds its warnings, so a long
    document's claims are not all held until its end.

    Items may be texts, paths (``.txt``, ``.html``, a folder of them, or a ``.jsonl``
    corpus, which gives one result per line), ``{"id", "text", "published"?}`` dicts, or
    documents from :func:`read`. ``published`` is the date of every document that gives
    none. Memory is bounded by the batch, not by the corpus. ``n_process`` worker processes
    share the documents out; results, claims and ids are the same with any number.

    >>> results = list(extract_many(["Exports rose 5%.", {"id": "b", "text": "Nothing here."}, "gone.txt"]))
    >>> [(r.doc_id, len(r.claims), r.error.stage if r.error else None) for r in results]
    [('text-e48010dfd3d4', 1, None), ('b', 0, None), ('gone.txt', 0, 'read')]
    """
    given = parse_published(published, where="extract_many()")
    n_process = _whole_number("n_process", n_process)
    batch_size = _whole_number("batch_size", batch_size)
    _check_kinds("extract_many()", model=model)
    jobs = jobs_of(_documents_iterator(documents), published=given)
    if n_process == 1:
        return run(lambda: load_pipeline(model), jobs, batch_size=batch_size, parts=parts)
    return run_parallel(jobs, model=model, n_process=n_process, batch_size=batch_size)
