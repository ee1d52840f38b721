"""What a batch may be given, turned into jobs for the runner: texts, ``{"id", "text",
"published"?}`` dicts, documents, files, folders (recursively, in sorted order) and JSONL
corpora (one job a line).

Nothing here raises for one bad item: a missing file, an unreadable folder, a JSONL line
that is not JSON, lacks ``text`` or has a ``published`` that is not a date, each becomes a
job that carries its :class:`~sinorus_facts.models.DocumentError` (stage ``read``), so the
batch goes on and the item still gets its one result.

>>> [(j.doc_id, j.error.reason if j.error else None) for j in jobs_of(["Exports rose 5%.", {"id": "b"}], published=None)]
[('text-e48010dfd3d4', None), ('b', "no 'text' string")]
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sinorus_facts.errors import InputError
from sinorus_facts.ingest.document import text_doc_id
from sinorus_facts.ingest.language import without_surrogates
from sinorus_facts.ingest.reading import (
    JSONL_SUFFIXES,
    READABLE_SUFFIXES,
    RawDocument,
    parse_published,
    read_jsonl,
)
from sinorus_facts.models import Document, DocumentError, DocumentWarning
from sinorus_facts.pipeline.notices import skipped_warning
from sinorus_facts.pipeline.runner import Job

__all__ = ["jobs_of", "names_file", "walk"]


def _failed(doc_id: str, reason: str) -> Job:
    return Job(doc_id, error=DocumentError(document=doc_id, stage="read", reason=reason[:500]))


def names_file(value: str) -> bool:
    """Whether a string given as a document names a file or folder rather than holding a
    text: it exists, or it is one word with a readable suffix ("corpus.jsonl").

    >>> names_file("missing/report.txt"), names_file("Trade rose 5%."), names_file("")
    (True, False, False)
    """
    if not value.strip() or "\n" in value or len(value) > 1024:
        return False
    if Path(value).exists():
        return True
    return not any(c.isspace() for c in value) and Path(value).suffix.lower() in READABLE_SUFFIXES


def walk(directory: Path, *, quiet: bool = False) -> Iterator[Path | InputError | DocumentWarning]:
    """Every readable file under ``directory``, recursively, sorted by name; an
    :class:`InputError` in place of a folder that cannot be listed (symbolic links to
    folders are not followed); a ``skipped_file`` warning in place of a file of another
    kind (a PDF, a Word file, an image), saying why; none for hidden files (".DS_Store"),
    anything in a hidden folder (".git"), or with ``quiet``.

    >>> [str(e) for e in walk(Path("no/such/dir"))]
    ["cannot read directory 'no/such/dir': No such file or directory"]
    """
    try:
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        yield InputError(f"cannot read directory '{directory}': {exc.strerror or exc}")
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = entry.is_file()
        except OSError as exc:
            yield InputError(f"cannot read '{path}': {exc.strerror or exc}")
            continue
        if is_dir:
            yield from walk(path, quiet=quiet or entry.name.startswith("."))
        elif is_file and path.suffix.lower() in READABLE_SUFFIXES:
            yield path
        elif is_file and not quiet and not entry.name.startswith("."):
            yield skipped_warning(path)


def _jsonl_jobs(path: Path, published: date | None) -> Iterator[Job]:
    try:
        for entry in read_jsonl(path):
            if isinstance(entry, InputError):
                where, _, reason = str(entry).partition(": ")
                if where.startswith(path.name) and reason:
                    yield _failed(where, reason)  # "corpus.jsonl:12"
                else:
                    yield _failed(path.name, str(entry))
            elif published is not None and entry.published is None:
                yield Job(entry.doc_id, raw=dataclasses.replace(entry, published=published))
            else:
                yield Job(entry.doc_id, raw=entry)
    except InputError as exc:
        yield _failed(path.name, str(exc))


def _path_jobs(path: Path, published: date | None) -> Iterator[Job]:
    if path.is_dir():
        for found in walk(path):
            if isinstance(found, InputError):
                yield _failed(str(path), str(found))
            elif isinstance(found, DocumentWarning):
                yield Job(found.document, skipped=found)
            else:
                yield from _path_jobs(found, published)
    elif not path.exists():
        yield _failed(path.name, f"no such file or directory: '{path}'")
    elif path.suffix.lower() in JSONL_SUFFIXES:
        yield from _jsonl_jobs(path, published)
    else:
        yield Job(path.name, path=path, published=published)


def _dict_job(item: dict[Any, Any], number: int, published: date | None) -> Job:
    doc_id = str(item.get("id") or f"document-{number}")
    text = item.get("text")
    if not isinstance(text, str):
        return _failed(doc_id, "no 'text' string")
    text = without_surrogates(text)
    try:
        given = parse_published(item.get("published"), where=doc_id) or published
    except InputError as exc:
        return _failed(doc_id, str(exc))
    url, title = item.get("url"), item.get("title")
    return Job(doc_id, raw=RawDocument(doc_id, text, given, url if isinstance(url, str) else None,
                                       title if isinstance(title, str) else None))


def jobs_of(documents: Iterable[Any], *, published: date | None) -> Iterator[Job]:
    """One job per document of ``documents`` (a folder or a JSONL corpus gives one per
    file or line); ``published`` is the date of every document that gives none."""
    for number, item in enumerate(documents, 1):
        if isinstance(item, Document):
            yield Job(item.doc_id, document=item)
        elif isinstance(item, RawDocument):
            yield Job(item.doc_id, raw=item)
        elif isinstance(item, dict):
            yield _dict_job(item, number, published)
        elif isinstance(item, os.PathLike) or (isinstance(item, str) and names_file(item)):
            yield from _path_jobs(Path(item), published)
        elif isinstance(item, str):
            text = without_surrogates(item)
            doc_id = text_doc_id(text)
            yield Job(doc_id, raw=RawDocument(doc_id, text, published))
        else:
            yield _failed(f"document-{number}", f"cannot read a {type(item).__name__}; give a text, a path or a dict")
