"""Reading documents: bytes to text, exactly as Python reads a text file.

**What the offsets index.** Every offset the library gives (a claim's evidence, an
article's start and end, a period's text) indexes ``Document.text``, which is:

- for a ``.txt`` file, the string ``open(path, encoding=E).read()`` gives, where ``E`` is
  the encoding found (``Document.encoding``): UTF-8 with or without a byte order mark (a
  BOM read as ``utf-8`` stays in the text as U+FEFF), UTF-16 or UTF-32 with a BOM
  (``utf-16``), UTF-16 without one (``utf-16-le``/``utf-16-be``), cp1251 (Cyrillic),
  cp1252 or latin-1 (Western). Line ends are universal newlines, as ``open()`` reads them:
  ``\\r\\n`` and ``\\r`` become ``\\n``. Nothing is lost: every byte decodes;
- for an ``.html`` file (the ``[html]`` extra), the article text trafilatura extracts from
  the page (with the options of :data:`HTML_OPTIONS`, so the same page always gives the
  same text; when trafilatura gives none, as for a page nested deeper than its parser
  goes, every text node of the page: :mod:`sinorus_facts.ingest.html_text`). That text is
  not in the file: get it from ``sinorus_facts.read(path).text``.
  The page's title, URL and date are kept (``Document.title``/``url``; the date is the
  date of any article of the page that gives none of its own);
- for a ``.jsonl`` corpus, the ``text`` field of each line, as it is.

Only regular files are read, at most a bound of bytes, a gzip-compressed file decompressed
first (:mod:`sinorus_facts.ingest.files`).

>>> decode_bytes("Торговля выросла".encode("cp1251"))
('Торговля выросла', 'cp1251')
>>> decode_bytes("Café Müller".encode("cp1252"))
('Café Müller', 'cp1252')
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sinorus_facts.errors import InputError, InputNotFoundError, MissingExtraError
from sinorus_facts.ingest import files
from sinorus_facts.ingest.html_text import plain_text

__all__ = [
    "HTML_OPTIONS",
    "RawDocument",
    "decode_bytes",
    "iter_paths",
    "parse_published",
    "read_html",
    "read_jsonl",
    "read_path",
]

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
READABLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

# trafilatura's options: the main text with its tables, no reader comments, recall first.
HTML_OPTIONS: dict[str, Any] = {
    "output_format": "txt",
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "favor_recall": True,
    "deduplicate": False,
}

# Byte order marks, longest first (a UTF-32 LE mark starts like a UTF-16 LE one).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# A word of letters (no digits or underscores): "Торговля", "Müller", "cafй".
LETTER_WORD = re.compile(r"[^\W\d_]+")

# The charset an HTML page declares: <meta charset="windows-1251">,
# <meta http-equiv="Content-Type" content="text/html; charset=koi8-r">.
HTML_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*(?P<charset>[\w.:-]+)""", re.IGNORECASE
)


@dataclass(frozen=True)
class RawDocument:
    """A document as read, before analysis.

    ``published`` is the caller's date (it overrides every date the text gives);
    ``page_published`` is a date the page itself carries outside its text (an HTML page's
    metadata), used for articles that give none.
    """

    doc_id: str
    text: str
    published: date | None = None
    url: str | None = None
    title: str | None = None
    encoding: str | None = None
    source: str | None = None
    page_published: date | None = None


def parse_published(value: object, *, where: str) -> date | None:
    """A caller's ``published`` as a date; an :class:`InputError` if it is not one.

    >>> parse_published("2018-05-31", where="test")
    datetime.date(2018, 5, 31)
    >>> from datetime import datetime
    >>> parse_published(datetime(2018, 5, 31, 10, 14), where="test")  # a time of day: its day
    datetime.date(2018, 5, 31)
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
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


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the NUL bytes fall on one side of each pair, as the
    high bytes of Latin text in UTF-16 do; None otherwise."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data:
        return None
    sample = data[:4096]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    pairs = len(sample) // 2
    if odd >= 0.1 * pairs and even <= 0.01 * pairs:
        return "utf-16-le"
    if even >= 0.1 * pairs and odd <= 0.01 * pairs:
        return "utf-16-be"
    return None


def _western(data: bytes) -> tuple[str, str]:
    """cp1252 (the web's "latin-1"), or latin-1 itself when a byte cp1252 leaves undefined
    occurs (latin-1 decodes every byte)."""
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _single_byte(data: bytes) -> tuple[str, str]:
    """Cyrillic cp1251 or Western cp1252/latin-1, by which reading gives real words.

    Read as cp1251, Western text grows words that mix Latin and Cyrillic letters ("Mьller");
    read as cp1252, Cyrillic text grows words of accented letters only ("Òîðãîâëÿ").
    """
    western, name = _western(data)
    try:
        cyrillic = data.decode("cp1251")
    except UnicodeDecodeError:
        return western, name
    mixed = 0
    for word in LETTER_WORD.findall(cyrillic):
        has_latin = any(c.isascii() for c in word)
        if has_latin and any("\u0400" <= c <= "\u04ff" for c in word):
            mixed += 1
    accented = sum(
        1 for w in LETTER_WORD.findall(western) if len(w) >= 2 and not any(c.isascii() for c in w)
    )
    if accented > mixed:
        return cyrillic, "cp1251"
    return western, name


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes: (text, encoding name), with universal newlines.

    A byte order mark decides first (a UTF-8 BOM is kept in the text, as
    ``open(encoding="utf-8")`` keeps it), then UTF-16 without a BOM by its NUL bytes, then
    UTF-8, then cp1251 or cp1252/latin-1 by which gives real words. ``open(path,
    encoding=name).read()`` gives the same text.

    >>> decode_bytes("Trade\\r\\nrose".encode("utf-16"))
    ('Trade\\nrose', 'utf-16')
    >>> decode_bytes(b"\\xff\\xfe\\x00\\x00 not UTF-32")[0][2:]  # a BOM the bytes after it belie
    '\\x00\\x00 not UTF-32'
    """
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                return _universal_newlines(data.decode(name)), name
            except UnicodeDecodeError:
                break  # bytes that only begin like a BOM: read as if there were none
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return _universal_newlines(data.decode(utf16)), utf16
        except UnicodeDecodeError:
            pass
    try:
        return _universal_newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    text, name = _single_byte(data)
    return _universal_newlines(text), name


def _decode_html(data: bytes) -> tuple[str, str]:
    """An HTML page's text: its BOM, else the charset it declares, else :func:`decode_bytes`."""
    if not any(data.startswith(bom) for bom, _ in BOMS):
        declared = HTML_CHARSET.search(data[:4096])
        if declared is not None:
            name = declared.group("charset").decode("ascii", "replace").lower()
            try:
                codecs.lookup(name)
                return _universal_newlines(data.decode(name)), name
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_bytes(data)


def _metadata_date(value: object) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def read_html(
    html: str, *, doc_id: str, source: str | None = None, encoding: str | None = None
) -> RawDocument:
    """The article text of an HTML page (trafilatura, the ``[html]`` extra) and its
    title, URL and date. Offsets of the library index the returned ``text``.

    >>> page = "<html><head><title>Oil flows</title></head><body><article><p>" + (
    ...     "Exports of crude rose by 5 percent to 30 million tonnes in 2018, the ministry said. " * 3
    ...     ) + "</p></article></body></html>"
    >>> raw = read_html(page, doc_id="p.html")
    >>> raw.text.startswith("Exports of crude rose by 5 percent"), raw.title
    (True, 'Oil flows')
    """
    try:
        import trafilatura
    except ImportError as exc:
        raise MissingExtraError("reading HTML", "html", "trafilatura") from exc
    try:
        text = trafilatura.extract(html, **HTML_OPTIONS) or ""
        meta = trafilatura.extract_metadata(html)
    except Exception:  # noqa: BLE001 - a page trafilatura cannot take is read as plain text below
        text, meta = "", None
    if not text.strip():
        # nested deeper than lxml goes, or no article in it: every text node of the page
        text = plain_text(html)
    title = url = None
    page_date = None
    if meta is not None:
        title, url, page_date = meta.title, meta.url, _metadata_date(meta.date)
    return RawDocument(
        doc_id, _universal_newlines(text), None, url, title, encoding, source, page_date
    )


def read_path(path: str | Path) -> RawDocument:
    """Read one ``.txt`` or ``.html`` file (not a corpus; see :func:`read_jsonl`).

    >>> read_path("no/such/file.txt")
    Traceback (most recent call last):
    ...
    sinorus_facts.errors.InputNotFoundError: no such file: 'no/such/file.txt'
    """
    path = Path(path)
    if not path.exists():
        raise InputNotFoundError(f"no such file: '{path}'")
    if path.is_dir():
        raise InputError(f"'{path}' is a directory; give a file, or use iter_paths()")
    data = files.read_bytes(path)
    if path.suffix.lower() in HTML_SUFFIXES:
        html, encoding = _decode_html(data)
        return read_html(html, doc_id=path.name, source=str(path), encoding=encoding)
    text, encoding = decode_bytes(data)
    return RawDocument(path.name, text, encoding=encoding, source=str(path))


def read_jsonl(path: str | Path, *, label: str | None = None) -> Iterator[RawDocument | InputError]:
    """The documents of a JSONL corpus, one a line; a bad line gives an :class:`InputError`
    in its place (the rest of the corpus is still read). A line is named ``label:number``
    (``label`` is the file's name unless given).

    >>> next(read_jsonl("no/such/corpus.jsonl"))
    Traceback (most recent call last):
    ...
    sinorus_facts.errors.InputError: cannot read 'no/such/corpus.jsonl': No such file or directory
    """
    path = Path(path)
    if path.exists():
        files.check_regular(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read '{path}': {exc.strerror or exc}") from exc
    with handle:
        head = handle.peek(4)[:4] if hasattr(handle, "peek") else b""
        if any(head.startswith(bom) for bom, name in BOMS if name != "utf-8"):
            raise InputError(
                f"cannot read '{path}': it is UTF-16 or UTF-32; a JSONL corpus must be UTF-8"
            )
        for number, raw in enumerate(files.bounded_lines(handle), 1):
            where = f"{label or path.name}:{number}"
            if number == 1 and raw is not None:
                raw = raw.removeprefix(codecs.BOM_UTF8)  # as Notepad saves UTF-8
            if raw is None:
                yield InputError(
                    f"{where}: a line longer than {files.size_text(files.MAX_LINE_BYTES)}"
                )
                continue
            if not raw.strip():
                continue
            yield _row_document(raw, where)


def _text_field(row: dict[str, Any], name: str) -> str | None:
    value = row.get(name)
    return value if isinstance(value, str) else None


def _row_document(raw: bytes, where: str) -> RawDocument | InputError:
    """One line of a corpus as a document, or the error that says what is wrong with it
    (a ``url`` or ``title`` that is not a string is left out, not an error)."""
    try:
        row = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError, a number of 5,000 digits
        return InputError(f"{where}: not a JSON object ({exc})")
    except RecursionError:
        return InputError(f"{where}: not a JSON object (nested too deeply to read)")
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        return InputError(f"{where}: each line needs a 'text' string")
    try:
        published = parse_published(row.get("published"), where=where)
    except InputError as exc:
        return exc
    given = row.get("id")
    named = isinstance(given, (str, int, float)) and not isinstance(given, bool) and given != ""
    doc_id = str(given) if named else where
    return RawDocument(
        doc_id,
        row["text"],
        published,
        _text_field(row, "url"),
        _text_field(row, "title"),
        "utf-8",
        where,
    )


def iter_paths(paths: list[str | Path]) -> Iterator[Path]:
    """Every readable file under ``paths`` (directories recursively, in sorted order).

    >>> list(iter_paths(["no/such/dir"]))
    Traceback (most recent call last):
    ...
    sinorus_facts.errors.InputNotFoundError: no such file or directory: 'no/such/dir'
    """
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise InputNotFoundError(f"no such file or directory: '{path}'")
        if path.is_dir():
            try:
                found = sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in READABLE_SUFFIXES
                )
            except OSError as exc:
                raise InputError(f"cannot read directory '{path}': {exc.strerror or exc}") from exc
            yield from found
        else:
            yield path
