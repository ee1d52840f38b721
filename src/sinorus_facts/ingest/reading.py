"""Reading documents: bytes to text, exactly as Python reads a text file.

A ``.txt`` file is decoded the way ``open(path, encoding=E).read()`` would decode it with
the right encoding ``E`` (UTF-8 with or without BOM, UTF-16, cp1251, latin-1), universal
newlines included, so every offset the library gives indexes that string. An ``.html``
file goes through trafilatura (the ``[html]`` extra); offsets then index the extracted text,
which the document carries. A ``.jsonl`` corpus gives one document a line.

>>> decode_bytes("Торговля".encode("cp1251"))[1]
'cp1251'
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sinorus_facts.errors import InputError, MissingExtraError

__all__ = [
    "RawDocument",
    "decode_bytes",
    "iter_paths",
    "parse_published",
    "read_jsonl",
    "read_path",
]

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
READABLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES


@dataclass(frozen=True)
class RawDocument:
    """A document as read, before analysis."""

    doc_id: str
    text: str
    published: date | None = None
    url: str | None = None
    title: str | None = None
    encoding: str | None = None
    source: str | None = None


def parse_published(value: object, *, where: str) -> date | None:
    """A caller's ``published`` as a date; an :class:`InputError` if it is not one.

    >>> parse_published("2018-05-31", where="test")
    datetime.date(2018, 5, 31)
    """
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise InputError(f"{where}: 'published' must be a date as YYYY-MM-DD, not {value!r}")


def _universal_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes: (text, encoding name).

    UTF-8 is tried first (a BOM stays in the text as U+FEFF, as ``open(encoding="utf-8")``
    keeps it), then UTF-16 by its BOM, then cp1251 when the bytes read as Cyrillic, then
    latin-1, which never fails.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _universal_newlines(data.decode("utf-16")), "utf-16"
    try:
        return _universal_newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    high = [b for b in data if b >= 0x80]
    cyrillic = sum(1 for b in high if 0xC0 <= b <= 0xFF)
    if high and cyrillic / len(high) > 0.6:
        try:
            return _universal_newlines(data.decode("cp1251")), "cp1251"
        except UnicodeDecodeError:
            pass
    return _universal_newlines(data.decode("latin-1")), "latin-1"


def _read_html(path: Path, data: bytes) -> RawDocument:
    try:
        import trafilatura
    except ImportError as exc:
        raise MissingExtraError("reading HTML", "html", "trafilatura") from exc
    html, encoding = decode_bytes(data)
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True) or ""
    meta = trafilatura.extract_metadata(html)
    published = None
    title = url = None
    if meta is not None:
        title, url = meta.title, meta.url
        if meta.date:
            try:
                published = date.fromisoformat(str(meta.date)[:10])
            except ValueError:
                published = None
    return RawDocument(path.name, text, published, url, title, encoding, str(path))


def read_path(path: str | Path) -> RawDocument:
    """Read one ``.txt`` or ``.html`` file (not a corpus; see :func:`read_jsonl`)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"no such file: '{path}'")
    if path.is_dir():
        raise InputError(f"'{path}' is a directory; give a file, or use iter_paths()")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read '{path}': {exc.strerror or exc}") from exc
    if path.suffix.lower() in HTML_SUFFIXES:
        return _read_html(path, data)
    text, encoding = decode_bytes(data)
    return RawDocument(path.name, text, encoding=encoding, source=str(path))


def read_jsonl(path: str | Path) -> Iterator[RawDocument | InputError]:
    """The documents of a JSONL corpus, one a line; a bad line gives an :class:`InputError`
    in its place (the rest of the corpus is still read)."""
    path = Path(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read '{path}': {exc.strerror or exc}") from exc
    with handle:
        for number, raw in enumerate(handle, 1):
            where = f"{path.name}:{number}"
            if not raw.strip():
                continue
            try:
                row = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield InputError(f"{where}: not a JSON object ({exc})")
                continue
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                yield InputError(f"{where}: each line needs a 'text' string")
                continue
            try:
                published = parse_published(row.get("published"), where=where)
            except InputError as exc:
                yield exc
                continue
            doc_id = str(row.get("id") or where)
            yield RawDocument(
                doc_id, row["text"], published, row.get("url"), row.get("title"), "utf-8", where
            )


def iter_paths(paths: list[str | Path]) -> Iterator[Path]:
    """Every readable file under ``paths`` (directories recursively, in sorted order)."""
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise InputError(f"no such file or directory: '{path}'")
        if path.is_dir():
            try:
                found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READABLE_SUFFIXES)
            except OSError as exc:
                raise InputError(f"cannot read directory '{path}': {exc.strerror or exc}") from exc
            yield from found
        else:
            yield path
