"""Warnings of a document: what a reader of its claims should know could not be read as it
should. A page with no publication date (and what the library fell back on), a file of a
format the library does not read, text cut because it was too long, a text not in English.

Each is a :class:`~sinorus_facts.models.DocumentWarning` on ``DocumentResult.warnings``;
the CLI counts them in its summary and writes them to ``--errors FILE``.

>>> [w.message for w in language_warnings("ru.txt", "cyrillic")]
['the text looks cyrillic, not English: no claims were extracted']
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sinorus_facts.lexicons import FileFormatEntry, lexicon_cache, load_lexicon
from sinorus_facts.models import Article, Claim, Document, DocumentWarning

__all__ = [
    "cut_warnings",
    "date_fallback",
    "date_warnings",
    "file_format",
    "language_warnings",
    "skipped_warning",
]

# How many first bytes of a skipped file are read to name its format.
MAGIC_BYTES = 16

# Relative time expressions, as the messages name them.
RELATIVE_EXAMPLES = "'this year', 'last month'"


def date_fallback(article: Article | None, document: Document) -> str:
    """What the library did for the periods of an article without a publication date:
    the one place where that is put in words (extend it when a new fallback is added).

    >>> from datetime import date
    >>> doc = Document(doc_id="x", text="")
    >>> date_fallback(None, doc)
    "relative periods ('this year', 'last month') are left without a period; give the date with --published or published="
    >>> date_fallback(Article(title=None, published=None, start=0, end=0, reference_date=date(2018, 5, 31),
    ...                       reference_inferred=True), doc)
    "relative periods ('this year', 'last month') are resolved against 2018-05-31, the date of a neighbouring article on the page"
    >>> date_fallback(Article(title=None, published=None, start=0, end=0, reference_date=date(2010, 12, 31),
    ...                       reference_inferred=True, reference_source="text"), doc)[:76]
    "relative periods ('this year', 'last month') are resolved against 2010-12-31"
    """
    reference = article.reference_date if article is not None else None
    if reference is not None and article is not None and article.reference_source == "text":
        return (
            f"relative periods ({RELATIVE_EXAMPLES}) are resolved against {reference.isoformat()}, "
            "the date the article's own text makes plain (its latest dated event); their periods say "
            "origin 'inferred'"
        )
    if reference is not None and article is not None and article.reference_inferred:
        return (
            f"relative periods ({RELATIVE_EXAMPLES}) are resolved against {reference.isoformat()}, "
            "the date of a neighbouring article on the page"
        )
    if reference is not None:
        return (
            f"relative periods ({RELATIVE_EXAMPLES}) are resolved against {reference.isoformat()}"
        )
    return (
        f"relative periods ({RELATIVE_EXAMPLES}) are left without a period; "
        "give the date with --published or published="
    )


def _article_name(article: Article | None, document: Document) -> str:
    """How a warning names an article: nothing for the only one of a page."""
    if article is None or len(document.articles) <= 1:
        return ""
    if article.title is None:
        return f" for the article at character {article.start}"
    title = article.title if len(article.title) <= 60 else article.title[:59] + "…"
    return f" for '{title}'"


def date_warnings(document: Document, claims: Iterable[Claim]) -> list[DocumentWarning]:
    """One warning for each article (not a reader comment) that holds claims but has no
    publication date, found or given; none for a document without claims.

    >>> from sinorus_facts.periods.articles import build_document
    >>> from sinorus_facts.ingest.reading import RawDocument
    >>> date_warnings(build_document(RawDocument("x", "No figure, no date.")), [])
    []
    """
    undated: dict[int, Article | None] = {}
    for claim in claims:
        article = claim.article
        if claim.in_comment or (article is not None and article.is_comment):
            continue
        if (article.published if article is not None else document.published) is None:
            undated.setdefault(article.start if article is not None else -1, article)
    return [
        DocumentWarning(
            document=document.doc_id,
            kind="no_date",
            message=f"no publication date found{_article_name(article, document)}: "
            f"{date_fallback(article, document)}",
        )
        for article in undated.values()
    ]


def cut_warnings(
    before: Document, after: Document, max_sentence: int, dropped: int
) -> list[DocumentWarning]:
    """A warning when over-long sentences were cut into pieces (figures across a cut may
    be missed) or runs of characters without a blank were left out (``dropped`` of them).

    >>> from sinorus_facts.periods.articles import build_document
    >>> from sinorus_facts.ingest.reading import RawDocument
    >>> from sinorus_facts.pipeline.runner import bounded_sentences
    >>> doc = build_document(RawDocument("x", "word " * 500))
    >>> [w.message for w in cut_warnings(doc, bounded_sentences(doc), 1000, 0)]
    ['text cut: 1 sentence longer than 1,000 characters was analysed in pieces, so a figure across a cut may be missed']
    """
    if before is after:
        return []
    long = sum(1 for s in before.sentences if s.end - s.start > max_sentence)
    parts = []
    if long:
        was = "was" if long == 1 else "were"
        parts.append(
            f"{long} sentence{'s' if long != 1 else ''} longer than {max_sentence:,} characters {was} "
            "analysed in pieces, so a figure across a cut may be missed"
        )
    if dropped:
        parts.append(
            f"{dropped} run{'s' if dropped != 1 else ''} of 500 or more characters without a blank "
            "left out"
        )
    if not parts:
        return []
    return [
        DocumentWarning(
            document=before.doc_id, kind="text_cut", message="text cut: " + "; ".join(parts)
        )
    ]


def language_warnings(
    doc_id: str, language: str | None, *, install: str | None = None
) -> list[DocumentWarning]:
    """A warning for a text the library extracts no claims from: not English, and not a
    language it reads (or one whose extra is not installed: ``install`` says how).

    >>> [w.message for w in language_warnings("ru.txt", "cyrillic", install="pip install x")]
    ['the text looks cyrillic, not English: no claims were extracted (to read it: pip install x)']
    """
    if language in (None, "en"):
        return []
    message = f"the text looks {language}, not English: no claims were extracted"
    if install:
        message += f" (to read it: {install})"
    return [DocumentWarning(document=doc_id, kind="not_english", message=message)]


@lexicon_cache
def _formats() -> tuple[FileFormatEntry, ...]:
    return tuple(load_lexicon("file_formats").entries)


def file_format(path: Path) -> str | None:
    """The name of a format the library does not read, from the file's suffix or else its
    first bytes (``lexicons/file_formats.json``); None when it is none of them.

    >>> file_format(Path("annual report.PDF")), file_format(Path("notes.txt"))
    ('PDF', None)
    """
    suffix = path.suffix.lower()
    for entry in _formats():
        if suffix in entry.suffixes:
            return entry.name
    try:
        with path.open("rb") as handle:
            head = handle.read(MAGIC_BYTES).decode("latin-1")
    except OSError:
        return None
    for entry in _formats():
        if head and any(head.startswith(magic) for magic in entry.magic):
            return entry.name
    return None


def skipped_warning(path: Path) -> DocumentWarning:
    """The warning of a file in a folder that is not read, saying why.

    >>> skipped_warning(Path("scans/page-1.png")).message
    "skipped 'scans/page-1.png': not supported (image (PNG)); the library reads .txt, .html and .jsonl files"
    """
    found = file_format(path)
    what = (
        found
        if found is not None
        else (f"'{path.suffix}' files" if path.suffix else "files without a suffix")
    )
    return DocumentWarning(
        document=path.name,
        kind="skipped_file",
        message=f"skipped '{path}': not supported ({what}); the library reads .txt, .html "
        "and .jsonl files",
    )
