"""What a batch may be given, turned into jobs for the runner: texts, ``{"id", "text",
"published"?}`` dicts, documents, files, folders (recursively, in sorted order) and JSONL
corpora (one job a line).

Nothing here raises for one bad item: a missing file, an unreadable folder, a JSONL line
that is not JSON, lacks ``text`` or has a ``published`` that is not a date, each becomes a
job that carries its :class:`~sinorus_facts.models.DocumentError` (stage ``read``), so the
batch goes on and the item still gets its one result. When the iterable of documents
itself fails (a generator that raises), the documents before keep their results and one
error record stands for the rest.

**Ids.** A file's id is its name; a file found in a folder is named by its path relative
to that folder ("2018/may/report.txt"), so its last component is still the file's name; a
JSONL line by its ``id``. An id is unique in a batch: where one repeats, the later
document takes the path as given (a file) or ``id@corpus.jsonl:line`` (a JSONL line), and
only if that repeats too a ``#2``, ``#3``. The same input gives the same ids every time.

>>> [(j.doc_id, j.error.reason if j.error else None) for j in jobs_of(["Exports rose 5%.", {"id": "b"}], published=None)]
[('text-e48010dfd3d4', None), ('b', "no 'text' string")]
"""

from __future__ import annotations

import dataclasses
import hashlib
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

__all__ = ["UniqueIds", "jobs_of", "names_file", "walk"]

# A job, and the id it takes if its own is taken (None: only a counter).
_Named = tuple[Job, str | None]


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


class _Unreadable(InputError):
    """A folder or entry of a folder that cannot be read: its path and why."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


def walk(directory: Path, *, quiet: bool = False) -> Iterator[Path | InputError | DocumentWarning]:
    """Every readable file under ``directory``, recursively, sorted by name; an
    :class:`InputError` in place of a folder that cannot be listed (symbolic links to
    folders are not followed); a ``skipped_file`` warning in place of a file of another
    kind (a PDF, a Word file, an image), saying why; none for hidden files (".DS_Store"),
    anything in a hidden folder (".git"), or with ``quiet``; an :class:`InputError` for a link
    whose target is gone.

    >>> [str(e) for e in walk(Path("no/such/dir"))]
    ["cannot read directory 'no/such/dir': No such file or directory"]
    """
    try:
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        yield _Unreadable(directory, f"cannot read directory '{directory}': {exc.strerror or exc}")
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = entry.is_file()
        except OSError as exc:
            yield _Unreadable(path, f"cannot read '{path}': {exc.strerror or exc}")
            continue
        if is_dir:
            yield from walk(path, quiet=quiet or entry.name.startswith("."))
        elif is_file and path.suffix.lower() in READABLE_SUFFIXES:
            yield path
        elif is_file and not quiet and not entry.name.startswith("."):
            yield skipped_warning(path)
        elif _dangling(entry) and not quiet and not entry.name.startswith("."):
            yield _Unreadable(
                path, f"cannot read '{path}': a link to '{os.readlink(path)}', which does not exist"
            )


def _dangling(entry: os.DirEntry[str]) -> bool:
    """Whether ``entry`` is a symbolic link whose target does not exist."""
    return entry.is_symlink() and not os.path.exists(entry.path)


def _jsonl_jobs(path: Path, published: date | None, label: str) -> Iterator[_Named]:
    try:
        for entry in read_jsonl(path, label=label):
            if isinstance(entry, InputError):
                where, _, reason = str(entry).partition(": ")
                if where.startswith(label) and reason:
                    yield _failed(where, reason), None  # "corpus.jsonl:12"
                else:
                    yield _failed(label, str(entry)), None
                continue
            fallback = f"{entry.doc_id}@{entry.source}" if entry.doc_id != entry.source else None
            if published is not None and entry.published is None:
                entry = dataclasses.replace(entry, published=published)
            yield Job(entry.doc_id, raw=entry), fallback
    except InputError as exc:
        yield _failed(label, str(exc)), None


def _path_jobs(path: Path, published: date | None, root: Path | None = None) -> Iterator[_Named]:
    """The jobs of a path; ``root`` is the folder given that holds it (its ids are paths
    relative to that folder)."""
    if path.is_dir():
        for found in walk(path):
            if isinstance(found, InputError):
                where = found.path if isinstance(found, _Unreadable) else path
                name = (
                    where.relative_to(root or path).as_posix()
                    if where != (root or path)
                    else str(where)
                )
                yield _failed(name, str(found)), where.as_posix()
            elif isinstance(found, DocumentWarning):
                yield Job(found.document, skipped=found), None
            else:
                yield from _path_jobs(found, published, root or path)
        return
    name = path.relative_to(root).as_posix() if root is not None else path.name
    if not path.exists():
        yield _failed(name, f"no such file or directory: '{path}'"), path.as_posix()
    elif path.suffix.lower() in JSONL_SUFFIXES:
        yield from _jsonl_jobs(path, published, name)
    else:
        yield Job(name, path=path, published=published), path.as_posix()


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
    return Job(
        doc_id,
        raw=RawDocument(
            doc_id,
            text,
            given,
            url if isinstance(url, str) else None,
            title if isinstance(title, str) else None,
        ),
    )


def _item_jobs(item: Any, number: int, published: date | None) -> Iterator[_Named]:
    if isinstance(item, Document):
        yield Job(item.doc_id, document=item), None
    elif isinstance(item, RawDocument):
        yield Job(item.doc_id, raw=item), None
    elif isinstance(item, dict):
        yield _dict_job(item, number, published), None
    elif isinstance(item, os.PathLike) or (isinstance(item, str) and names_file(item)):
        yield from _path_jobs(Path(item), published)
    elif isinstance(item, str):
        text = without_surrogates(item)
        doc_id = text_doc_id(text)
        yield Job(doc_id, raw=RawDocument(doc_id, text, published)), None
    else:
        yield (
            _failed(
                f"document-{number}",
                f"cannot read a {type(item).__name__}; give a text, a path or a dict",
            ),
            None,
        )


def _all_jobs(documents: Iterable[Any], published: date | None) -> Iterator[_Named]:
    """The jobs of every item; an item that fails, or the iterable failing, becomes one
    error record (the iterable's failure ends it)."""
    items = iter(documents)
    number = 0
    while True:
        number += 1
        try:
            item = next(items)
        except StopIteration:
            return
        except Exception as exc:  # noqa: BLE001 - the documents before it keep their results
            reason = f"the documents given stopped here: {type(exc).__name__}: {exc}"
            yield _failed(f"document-{number}", reason), None
            return
        try:
            yield from _item_jobs(item, number, published)
        except Exception as exc:  # noqa: BLE001 - one item's failure must not stop a batch
            yield _failed(f"document-{number}", f"{type(exc).__name__}: {exc}"), None


def _renamed(job: Job, doc_id: str) -> Job:
    raw = dataclasses.replace(job.raw, doc_id=doc_id) if job.raw is not None else None
    document = (
        job.document.model_copy(update={"doc_id": doc_id}) if job.document is not None else None
    )
    error = job.error.model_copy(update={"document": doc_id}) if job.error is not None else None
    return dataclasses.replace(job, doc_id=doc_id, raw=raw, document=document, error=error)


class UniqueIds:
    """Ids given so far in a batch, and a free one for the next document (8 bytes of a
    hash kept per id: some 60 bytes a document).

    >>> ids = UniqueIds()
    >>> [ids.take("a.txt", "x/a.txt"), ids.take("a.txt", "y/a.txt"), ids.take("a.txt", "y/a.txt")]
    ['a.txt', 'y/a.txt', 'a.txt#2']
    """

    def __init__(self) -> None:
        self._seen: set[int] = set()

    def _take(self, doc_id: str) -> bool:
        key = int.from_bytes(
            hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big"
        )
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    def take(self, doc_id: str, fallback: str | None = None) -> str:
        """``doc_id`` if no document had it, else ``fallback``, else ``doc_id#n``."""
        if self._take(doc_id):
            return doc_id
        if fallback is not None and self._take(fallback):
            return fallback
        count = 2
        while not self._take(f"{doc_id}#{count}"):
            count += 1
        return f"{doc_id}#{count}"


def jobs_of(documents: Iterable[Any], *, published: date | None) -> Iterator[Job]:
    """One job per document of ``documents`` (a folder or a JSONL corpus gives one per
    file or line), each with an id no other job of the batch has; ``published`` is the
    date of every document that gives none."""
    ids = UniqueIds()
    for job, fallback in _all_jobs(documents, published):
        doc_id = ids.take(job.doc_id, fallback)
        yield job if doc_id == job.doc_id else _renamed(job, doc_id)
