"""A document as the stages after the sentence stage read it: the
:class:`~sinorus_facts.models.Document` and what is worked out once per document and
looked up after, never searched again: each sentence's resolved time expressions (found
once, handed to the model's component and to the document stage), each sentence's
reference date, each article's sentences.

>>> from sinorus_facts.periods.articles import build_document
>>> from sinorus_facts.ingest.reading import RawDocument
>>> page = Page(build_document(RawDocument("x", "May 31, 2018\\n\\nExports rose 5% in April.")))
>>> [t.text for t in page.timexes(1)], page.reference(1).isoformat(), page.article_sentences(0)
(['in April'], '2018-05-31', [0, 1])
"""

from __future__ import annotations

import bisect
from datetime import date

from sinorus_facts.models import Article, Document, Sentence
from sinorus_facts.periods.component import resolve_sentence_timexes
from sinorus_facts.periods.expressions import Timex, counted_from, later_anchor

__all__ = ["Page"]

# How many sentences back a "a year later" with nothing to count from in its own sentence
# looks for the time it counts from ("In 2019, ... . Exports grew. A year later, ...").
LATER_REACH = 2


class Page:
    """One document and its per-sentence lookups (see the module's doc). It reads like the
    document (``text``, ``sentences``, ``articles``, ``doc_id``, ``published``, ``title``)."""

    __slots__ = ("_by_article", "_paragraphs", "_timexes", "document", "window")

    def __init__(self, document: Document) -> None:
        self.document = document
        self._timexes: dict[int, tuple[Timex, ...]] = {}
        self._by_article: dict[int | None, list[int]] | None = None
        self._paragraphs: tuple[list[int], list[int]] | None = None
        # the sentences read now, when a long document is read in parts (first, end)
        self.window: tuple[int, int] | None = None

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.document.sentences

    @property
    def articles(self) -> tuple[Article, ...]:
        return self.document.articles

    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    @property
    def published(self) -> date | None:
        return self.document.published

    @property
    def title(self) -> str | None:
        return self.document.title

    def article_of(self, index: int) -> Article | None:
        """The article that holds sentence ``index``."""
        sentence = self.document.sentences[index]
        return self.document.articles[sentence.article] if sentence.article is not None else None

    def reference(self, index: int) -> date | None:
        """The date relative times of sentence ``index`` are read against: its article's
        reference date, else the document's date."""
        article = self.article_of(index)
        return article.reference_date if article else self.document.published

    def timexes(self, index: int) -> tuple[Timex, ...]:
        """The resolved time expressions of sentence ``index``, found once."""
        found = self._timexes.get(index)
        if found is None:
            sentence = self.document.sentences[index]
            text = self.document.text[sentence.start : sentence.end]
            found = tuple(resolve_sentence_timexes(text, self.reference(index)))
            if any(t.kind == "later" and t.begin is None for t in found):
                found = self._later_anchored(index, found)
            self._timexes[index] = found
        return found

    def _later_anchored(self, index: int, found: tuple[Timex, ...]) -> tuple[Timex, ...]:
        """The times of sentence ``index`` with a "a year later", "the following year" that its
        own sentence gives nothing to count from counted from the last time of a year or a
        part of one in the sentences just before it in its article ("In 2019, trade reached
        $110 billion. A year later it fell 3%": 2020)."""
        sentence = self.document.sentences[index]
        anchor: Timex | None = None
        for before in range(index - 1, max(-1, index - 1 - LATER_REACH), -1):
            if self.document.sentences[before].article != sentence.article:
                break
            anchor = later_anchor(self.timexes(before))
            if anchor is not None:
                break
        if anchor is None:
            return found
        return tuple(
            counted_from(t, anchor) if t.kind == "later" and t.begin is None else t for t in found
        )

    def paragraph_span(self, index: int) -> tuple[int, int]:
        """Where the paragraph of sentence ``index`` starts and ends: the start of the first
        sentence, the end of the last, of its run of sentences of one paragraph."""
        sentences = self.document.sentences
        if self._paragraphs is None:
            firsts, lasts = list(range(len(sentences))), list(range(len(sentences)))
            for number in range(1, len(sentences)):
                if sentences[number - 1].paragraph == sentences[number].paragraph:
                    firsts[number] = firsts[number - 1]
            for number in range(len(sentences) - 2, -1, -1):
                if sentences[number + 1].paragraph == sentences[number].paragraph:
                    lasts[number] = lasts[number + 1]
            self._paragraphs = (firsts, lasts)
        firsts, lasts = self._paragraphs
        return sentences[firsts[index]].start, sentences[lasts[index]].end

    def article_sentences(self, article: int | None, *, whole: bool = False) -> list[int]:
        """The indices of the sentences of one article, in order: those of the part read
        now (``window``) unless ``whole``."""
        if self._by_article is None:
            self._by_article = {}
            for index, sentence in enumerate(self.document.sentences):
                self._by_article.setdefault(sentence.article, []).append(index)
        every = self._by_article.get(article, [])
        if self.window is None or whole:
            return every
        first, end = self.window
        return every[bisect.bisect_left(every, first) : bisect.bisect_left(every, end)]

    def begins_before_window(self, sentences: list[int]) -> bool:
        """Whether ``sentences`` are an article's sentences in the part read now, and the
        article begins before it (its headline and lead were read with an earlier part)."""
        if self.window is None or not sentences or sentences[0] != self.window[0]:
            return False
        article = self.document.sentences[sentences[0]].article
        return self.article_sentences(article, whole=True)[0] < sentences[0]

    def forget(self, before: int) -> None:
        """Let go the time expressions of the sentences before ``before`` (read already)."""
        for index in [i for i in self._timexes if i < before]:
            del self._timexes[index]
