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

import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Union

from sinorus_facts.errors import InputError, SinorusError
from sinorus_facts.ingest.document import build_document, text_doc_id
from sinorus_facts.ingest.language import guess_language
from sinorus_facts.ingest.reading import JSONL_SUFFIXES, RawDocument, parse_published, read_jsonl, read_path
from sinorus_facts.models import Claim, Document, DocumentError, DocumentResult
from sinorus_facts.pipeline.loading import load_pipeline
from sinorus_facts.pipeline.runner import Job, run

__all__ = ["DocumentInput", "extract", "extract_document", "extract_file", "extract_many", "read"]

DocumentInput = Union[str, os.PathLike, dict, RawDocument, Document]  # noqa: UP007


def _looks_like_path(value: str) -> bool:
    return "\n" not in value and len(value) < 1024 and Path(value).suffix != "" and Path(value).exists()


def read(source: str | os.PathLike[str], *, doc_id: str | None = None, published: str | date | None = None) -> Document:
    """How the library understands a text or file: articles, dates, sentences.

    ``source`` is a path (``Path``, or a string naming an existing file) or the text itself.

    >>> doc = read("Trade rises\\n\\nMay 31, 2018\\n\\nTrade rose 5%.")
    >>> doc.articles[0].published.isoformat()
    '2018-05-31'
    """
    given = parse_published(published, where="read()")
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        raw = read_path(Path(source))
        raw = RawDocument(doc_id or raw.doc_id, raw.text, given or raw.published, raw.url, raw.title, raw.encoding, raw.source)
    elif isinstance(source, str):
        raw = RawDocument(doc_id or text_doc_id(source), source, given)
    else:
        raise InputError(f"read() takes a text or a path, not {type(source).__name__}")
    return build_document(raw)


def extract(text: str, *, doc_id: str | None = None, published: str | date | None = None,
            model: str | None = None) -> list[Claim]:
    """Every claim of one text.

    >>> [(c.value, c.unit, c.bound) for c in extract("Exports exceeded $2bn.")]
    [(2000000000.0, 'USD', '>')]
    """
    if not isinstance(text, str):
        raise InputError(f"extract() takes the text as a str, not {type(text).__name__}; use extract_file() for paths")
    given = parse_published(published, where="extract()")
    document = build_document(RawDocument(doc_id or text_doc_id(text), text, given))
    return extract_document(document, model=model)


def extract_file(path: str | os.PathLike[str], *, published: str | date | None = None,
                 model: str | None = None) -> list[Claim]:
    """Every claim of one ``.txt`` or ``.html`` file (its ``doc_id`` is the file name).

    >>> extract_file("no/such/file.txt")
    Traceback (most recent call last):
    ...
    sinorus_facts.errors.InputError: no such file: 'no/such/file.txt'
    """
    return extract_document(read(Path(path), published=published), model=model)


def extract_document(document: Document, *, model: str | None = None) -> list[Claim]:
    """Every claim of a document already read (see :func:`read`)."""
    result = next(run(load_pipeline(model), [_job_for(document)]))
    if result.error is not None:
        raise SinorusError(f"{result.error.document}: {result.error.stage}: {result.error.reason}")
    return list(result.claims)


def _job_for(document: Document) -> Job:
    language = guess_language(document.text)
    return Job(doc_id=document.doc_id, document=document, language=language)


def _jobs(documents: Iterable[DocumentInput]) -> Iterator[Job]:
    for number, item in enumerate(documents, 1):
        try:
            if isinstance(item, Document):
                yield _job_for(item)
            elif isinstance(item, RawDocument):
                yield _job_for(build_document(item))
            elif isinstance(item, dict):
                text = item.get("text")
                doc_id = str(item.get("id") or f"document-{number}")
                if not isinstance(text, str):
                    yield Job(doc_id=doc_id, error=DocumentError(document=doc_id, stage="read", reason="no 'text' string"))
                    continue
                published = parse_published(item.get("published"), where=doc_id)
                yield _job_for(build_document(RawDocument(doc_id, text, published, item.get("url"), item.get("title"))))
            elif isinstance(item, os.PathLike) or (isinstance(item, str) and _looks_like_path(item)):
                path = Path(item)
                if path.suffix.lower() in JSONL_SUFFIXES:
                    yield from _jsonl_jobs(path)
                else:
                    yield _job_for(build_document(read_path(path)))
            elif isinstance(item, str):
                yield _job_for(build_document(RawDocument(text_doc_id(item), item)))
            else:
                doc_id = f"document-{number}"
                yield Job(doc_id=doc_id, error=DocumentError(document=doc_id, stage="read",
                                                             reason=f"cannot read a {type(item).__name__}"))
        except InputError as exc:
            doc_id = str(item) if isinstance(item, (str, os.PathLike)) and len(str(item)) < 300 else f"document-{number}"
            yield Job(doc_id=doc_id, error=DocumentError(document=doc_id, stage="read", reason=str(exc)))


def _jsonl_jobs(path: Path) -> Iterator[Job]:
    for entry in read_jsonl(path):
        if isinstance(entry, InputError):
            where = str(entry).split(":", 2)
            doc_id = ":".join(where[:2]) if len(where) > 2 else path.name
            yield Job(doc_id=doc_id, error=DocumentError(document=doc_id, stage="read", reason=str(entry)))
        else:
            yield _job_for(build_document(entry))


def extract_many(documents: Iterable[DocumentInput], *, model: str | None = None, batch_size: int = 64,
                 n_process: int = 1) -> Iterator[DocumentResult]:
    """Claims of many documents, streamed: one :class:`DocumentResult` per document, in
    input order, with either its claims or the error that stopped it.

    Items may be texts, paths (``.txt``, ``.html``, or a ``.jsonl`` corpus, which gives
    one result per line), ``{"id", "text", "published"?}`` dicts, or documents from :func:`read`.

    >>> results = list(extract_many(["Exports rose 5%.", {"id": "b", "text": "Nothing here."}]))
    >>> [(r.doc_id, len(r.claims)) for r in results][1]
    ('b', 0)
    """
    yield from run(load_pipeline(model), _jobs(documents), batch_size=batch_size, n_process=n_process)


