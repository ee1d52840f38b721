"""From a raw document and its articles to a :class:`~sinorus_facts.models.Document`:
furniture marked, sentences split and placed in their articles (all offsets into the text
as read). The articles come dated from the periods stage
(:func:`sinorus_facts.periods.articles.build_document` does both).

>>> from sinorus_facts.models import Article
>>> text = "Trade rose 5%.\\nSubscribe"
>>> doc = assemble_document(RawDocument("x", text), [Article(title=None, published=None, start=0, end=len(text))])
>>> [(doc.text[s.start:s.end], s.boilerplate, s.article) for s in doc.sentences]
[('Trade rose 5%.', False, 0), ('Subscribe', True, 0)]
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sinorus_facts.ingest.cleaning import boilerplate_spans
from sinorus_facts.ingest.reading import RawDocument
from sinorus_facts.ingest.sentences import split_sentences
from sinorus_facts.models import Article, Document, Sentence

__all__ = ["assemble_document", "text_doc_id"]


def text_doc_id(text: str) -> str:
    """A stable id for a text given without one: "text-" and its hash.

    >>> text_doc_id("Trade rose 5%.")
    'text-9b74dcc738dd'
    """
    return "text-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _joined(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (in order) with those that only blanks separate joined into one."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and not text[out[-1][1] : start].strip():
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def assemble_document(raw: RawDocument, articles: Sequence[Article]) -> Document:
    """``raw`` with its furniture marked and its sentences split, each placed in the
    article of ``articles`` (in page order) that holds it."""
    text = raw.text
    furniture = boilerplate_spans(text)
    # lines of furniture one after another hold a sentence the splitter ran across them
    # ("相关新闻" + a headline without a full stop + "责任编辑：王明")
    blocks = _joined(text, furniture)
    sentences = []
    furniture_index = 0
    article_index = 0
    for span in split_sentences(text):
        while furniture_index < len(blocks) and blocks[furniture_index][1] <= span.start:
            furniture_index += 1
        in_furniture = (
            furniture_index < len(blocks)
            and blocks[furniture_index][0] <= span.start
            and span.end <= blocks[furniture_index][1]
        )
        while article_index + 1 < len(articles) and articles[article_index].end <= span.start:
            article_index += 1
        article = (
            article_index
            if articles
            and articles[article_index].start <= span.start < articles[article_index].end
            else None
        )
        sentences.append(
            Sentence(
                start=span.start,
                end=span.end,
                paragraph=span.paragraph,
                article=article,
                boilerplate=in_furniture,
            )
        )
    return Document(
        doc_id=raw.doc_id,
        text=text,
        published=raw.published,
        url=raw.url,
        title=raw.title,
        encoding=raw.encoding,
        source=raw.source,
        articles=tuple(articles),
        sentences=tuple(sentences),
        boilerplate=tuple(furniture),
    )
