"""The source a figure inherits from its article.

A report names its source once ("according to China's customs", "the exchange
recorded", "..., Russian Railways said") and lists its breakdowns after it. Each article is
read in order with the source of the report in progress:

- a figure whose own sentence or quotation names a source keeps it, and that source
  becomes the report's;
- a figure with no source of its own takes the report's source when the article gave it
  in its lead (the headline, the first paragraph or the one after it: a wire report is
  its source's report from the first lines on), or when the sentence before it in the same paragraph credited
  a figure to it ("..., customs data showed. Exports grew 18% to $80 billion.");
- the report ends, and the writer's own voice takes over, at a sentence without figures
  that credits someone else ("..., said the trade representative") or says nothing of a
  source (for a source given after the lead), and at a new article;
- the offsets of the source's words are kept (``attribution_start``/``attribution_end``):
  the nearest place before the figure, else after it, where the article names it.

>>> locate("Customs said trade rose. Exports grew 5%.", "Customs", 0, 41, 30)
(0, 7)
"""

from __future__ import annotations

import re
from functools import cache

from sinorus_facts.claims.cues import cue_words
from sinorus_facts.context.figures import Figure, article_sentences
from sinorus_facts.models import Document

__all__ = ["inherit_sources", "locate"]

# A paragraph of more words than a headline's is the article's lead.
LEAD_WORDS = 12
# How many paragraphs from the lead on give the report's source for the whole article: the
# lead, and the paragraph that completes it (a wire report quotes its source there).
LEAD_PARAGRAPHS = 2


@cache
def _crediting() -> re.Pattern[str]:
    """A sentence that credits someone: "said", "told", "according to" ("..., he said")."""
    words = sorted(cue_words("attribution", "speech_form") | cue_words("attribution", "according_to"),
                   key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def locate(text: str, name: str, start: int, end: int, position: int) -> tuple[int, int] | None:
    """Where the article ``text[start:end]`` names ``name`` nearest to ``position``: the last
    mention before it, else the first after it; its last word alone where the whole name is
    not written ("Zhang" for "Zhang Hanhui")."""
    for words in (name, name.split()[-1] if name.split() else name):
        found = [(m.start(), m.end()) for m in re.finditer(re.escape(words), text[start:end])]
        if not found:
            continue
        spans = [(start + a, start + b) for a, b in found]
        before = [s for s in spans if s[0] <= position]
        return before[-1] if before else spans[0]
    return None


def _credits_someone(document: Document, index: int) -> bool:
    sentence = document.sentences[index]
    return bool(_crediting().search(document.text, sentence.start, sentence.end))


def _with_offsets(document: Document, figure: Figure, origin: str) -> Figure:
    claim = figure.claim
    if claim.attribution is None:
        return figure
    article = document.articles[figure.article] if figure.article is not None else None
    start, end = (article.start, article.end) if article else (0, len(document.text))
    span = locate(document.text, claim.attribution, start, end, claim.evidence.quantity_start)
    return figure.with_claim(attribution_origin=origin, attribution_start=span[0] if span else None,
                             attribution_end=span[1] if span else None)


def _lead_paragraph(document: Document, sentences: list[int]) -> int:
    """The paragraph of the article's lead: the first with more than a headline's words."""
    for index in sentences:
        sentence = document.sentences[index]
        if not sentence.boilerplate and len(document.text[sentence.start : sentence.end].split()) > LEAD_WORDS:
            return sentence.paragraph
    return document.sentences[sentences[0]].paragraph if sentences else 0


def _read_article(document: Document, sentences: list[int], by_sentence: dict[int, list[Figure]]) -> None:
    source: str | None = None
    from_lead = False  # whether the report's source was given in the article's lead
    lead = _lead_paragraph(document, sentences)
    previous_paragraph: int | None = None
    for index in sentences:
        paragraph = document.sentences[index].paragraph
        figures = by_sentence.get(index)
        if not figures:
            if _credits_someone(document, index) or not from_lead:
                source = None
            continue
        if not from_lead and paragraph != previous_paragraph:
            source = None
        previous_paragraph = paragraph
        credited = [f.claim.attribution for f in figures if f.claim.attribution is not None]
        for position, figure in enumerate(figures):
            if figure.claim.attribution is not None:
                figures[position] = _with_offsets(document, figure, "sentence")
            elif source is not None and not figure.claim.in_comment:
                carried = figure.with_claim(attribution=source)
                figures[position] = _with_offsets(document, carried, "article")
        if credited:
            source = credited[-1]
            from_lead = paragraph <= lead + LEAD_PARAGRAPHS - 1


def inherit_sources(document: Document, figures: list[Figure]) -> list[Figure]:
    """``figures`` (in text order) with the sources their articles give them."""
    by_sentence: dict[int, list[Figure]] = {}
    for figure in figures:
        by_sentence.setdefault(figure.index, []).append(figure)
    for article in {f.article for f in figures}:
        _read_article(document, article_sentences(document, article), by_sentence)
    return [f for index in sorted(by_sentence) for f in by_sentence[index]]
