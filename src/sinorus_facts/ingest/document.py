"""From a raw document to a :class:`~sinorus_facts.models.Document`: furniture marked,
articles found and dated (a date in the page's address dates those nothing else does),
sentences split (all offsets into the text as read).

>>> doc = build_document(RawDocument("x", "Title of it\\n\\nMay 31, 2018\\n\\nTrade rose 5%.\\nSubscribe"))
>>> [(doc.text[s.start:s.end], s.boilerplate) for s in doc.sentences]
[('Title of it', False), ('May 31, 2018', False), ('Trade rose 5%.', False), ('Subscribe', True)]
"""

from __future__ import annotations

import hashlib

from sinorus_facts.ingest.articles import split_articles
from sinorus_facts.ingest.cleaning import boilerplate_spans
from sinorus_facts.ingest.reading import RawDocument
from sinorus_facts.ingest.reference import url_date
from sinorus_facts.ingest.sentences import split_sentences
from sinorus_facts.models import Document, Sentence

__all__ = ["build_document", "text_doc_id"]


def text_doc_id(text: str) -> str:
    """A stable id for a text given without one: "text-" and its hash.

    >>> text_doc_id("Trade rose 5%.")
    'text-9b74dcc738dd'
    """
    return "text-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def build_document(raw: RawDocument) -> Document:
    """Mark furniture, split articles and sentences of ``raw``."""
    text = raw.text
    furniture = boilerplate_spans(text)
    articles = split_articles(text, published=raw.published, default=raw.page_published, hint=url_date(raw.url))
    sentences = []
    furniture_index = 0
    article_index = 0
    for span in split_sentences(text):
        while furniture_index < len(furniture) and furniture[furniture_index][1] <= span.start:
            furniture_index += 1
        in_furniture = (
            furniture_index < len(furniture)
            and furniture[furniture_index][0] <= span.start
            and span.end <= furniture[furniture_index][1]
        )
        while article_index + 1 < len(articles) and articles[article_index].end <= span.start:
            article_index += 1
        article = article_index if articles and articles[article_index].start <= span.start < articles[article_index].end else None
        sentences.append(Sentence(start=span.start, end=span.end, paragraph=span.paragraph,
                                  article=article, boilerplate=in_furniture))
    return Document(
        doc_id=raw.doc_id, text=text, published=raw.published, url=raw.url, title=raw.title,
        encoding=raw.encoding, source=raw.source, articles=tuple(articles),
        sentences=tuple(sentences), boilerplate=tuple(furniture),
    )
