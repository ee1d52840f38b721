"""The document pass: claim drafts of all sentences become :class:`Claim` records, with
what needs more than one sentence resolved:

- a figure in a quotation is credited to the speaker named after it ('..., Sanakoyev
  added'), however many sentences the quotation runs, or before it ('Putin said: "...');
  "he said" goes to the last named speaker, "the Chinese envoy said" to the last named
  person, "the ministry said" to the last body named with that noun (or "ministry"); a
  surname takes the full name the article gives ("Zhang" -> "Zhang Hanhui");
- a figure whose doer is "it" or "they" is categorised with the sentence before, where
  news names the doer ("The first line ... It has transported 110 million tons");
- confidence from what the text made clear (:mod:`sinorus_facts.context.confidence`);
- periods that need other sentences (:mod:`sinorus_facts.periods.document`);
- then the article as the context of each figure: the period and source a report gives
  its breakdowns (:mod:`sinorus_facts.context`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sinorus_facts.claims.category import FigureWords, category_of
from sinorus_facts.claims.cues import cue_words
from sinorus_facts.claims.speakers import (
    expand_acronym,
    full_name,
    inside_quote,
    introduced_speaker,
    last_speaker,
    named_later,
    quote_opening,
    quote_speaker,
    resolve_description,
)
from sinorus_facts.common.ids import claim_id
from sinorus_facts.context import Figure, read_in_context
from sinorus_facts.context.confidence import Signals, confidence_of
from sinorus_facts.models import Article, Claim, Document, Evidence, Period, Sentence
from sinorus_facts.periods.document import period_in_context
from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["build_claims"]

# A year written out in a time expression: "2019" in "in May 2019" (not "last year").
YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _paragraph_start(document: Document, index: int) -> int:
    sentence = document.sentences[index]
    first = index
    while first > 0 and document.sentences[first - 1].paragraph == sentence.paragraph:
        first -= 1
    return document.sentences[first].start


def _paragraph_end(document: Document, index: int) -> int:
    sentence = document.sentences[index]
    last = index
    while last + 1 < len(document.sentences) and document.sentences[last + 1].paragraph == sentence.paragraph:
        last += 1
    return document.sentences[last].end


def _article_of(document: Document, sentence: Sentence) -> Article | None:
    return document.articles[sentence.article] if sentence.article is not None else None


def _resolve(text: str, said: str, scope_start: int, position: int, credited: Sequence[str] = (),
             scope_end: int | None = None) -> str | None:
    """A name for what a sentence or quotation credits: a name stays; "he" and "the envoy"
    go to the last named speaker; "the ministry" to the last body named with that noun;
    where the article names none, a bare description goes to the last of the sources it
    ``credited`` that has its noun ("the service" after "..., the veterinary service said"),
    and "the report", "the source" (named only by what it is) to the source credited last."""
    if said.lower().startswith(("the ", "a ", "an ")) and len(said.split()) > 1:
        # "the ministry said" with no ministry named before still credits the ministry; "a trade
        # official said" is the person the article names later with that role
        found = resolve_description(text, said, scope_start, position)
        later = named_later(text, said, position, len(text) if scope_end is None else scope_end)
        return later or found or _credited_before(said, credited) or said.split(maxsplit=1)[1]
    if said[:1].isupper() and said.lower() not in cue_words("attribution", "pronoun"):
        return said
    earlier = last_speaker(text, scope_start, position, descriptions=True)
    if earlier is not None and earlier.startswith("the "):
        return resolve_description(text, earlier, scope_start, position) or earlier.split(maxsplit=1)[1]
    return earlier


def _credited_before(said: str, credited: Sequence[str]) -> str | None:
    """The source credited before that a bare description ("the report", "the service")
    stands for: the last with its noun, else (for a source named only by what it is, "the
    report", "the source") the last one."""
    words = said.lower().split()
    if len(words) != 2 or words[0] != "the" or not credited:
        return None
    with_noun = [source for source in credited if words[1] in source.lower().split()]
    if with_noun:
        return with_noun[-1]
    return credited[-1] if words[1] in cue_words("attribution", "anaphoric_source") else None


def _attribution(document: Document, index: int, draft: dict[str, Any], start: int, credited: Sequence[str]) -> str | None:
    """Who the article credits with the figure at ``start``; ``credited`` are the sources of
    the article's figures before it, the last for "according to the same data"."""
    previous = credited[-1] if credited else None
    text = document.text
    sentence = document.sentences[index]
    article = _article_of(document, sentence)
    scope_start = article.start if article else 0
    scope_end = article.end if article else len(text)
    speaker = draft.get("speaker")
    paragraph_start = _paragraph_start(document, index)
    name: str | None = None
    if speaker and speaker["kind"] == "same":
        return previous
    quoted = inside_quote(text, paragraph_start, start) or _opens_quote_before(text, sentence.start, start)
    if speaker and speaker["kind"] == "name" and not quoted:
        name = speaker["text"]
    elif quoted:
        # the speaker of a quotation outranks a source cited inside it ('"According to the
        # registry, exports rose 5%," the ministry said' credits the ministry)
        said = quote_speaker(text, start, _paragraph_end(document, index) + 400)
        opening = quote_opening(text, min(paragraph_start, sentence.start), start)
        if said is None and opening is not None:
            said = introduced_speaker(text, opening)
        said = said or (speaker["text"] if speaker else None)
        name = _resolve(text, said, scope_start, sentence.start, credited, scope_end) if said else None
    elif speaker:
        # "Gazprom pumped ..., the company said": the name may stand earlier in the sentence
        name = _resolve(text, speaker["text"], scope_start, sentence.start + speaker["start"], credited, scope_end)
    if name is None:
        return None
    name = full_name(text, name, scope_start, article.end if article else None)
    return expand_acronym(text, name, scope_start, article.end if article else len(text))


def _category(document: Document, index: int, draft: dict[str, Any], unit: str | None) -> str:
    """The draft's category; a figure whose doer is "it" or "they" is read with the
    sentence before, where news names the doer ("The first line ... It has transported")."""
    if not draft.get("agent_pronoun") or index == 0 or "whole" not in draft:
        return str(draft["category"])
    sentence, previous = document.sentences[index], document.sentences[index - 1]
    if previous.article != sentence.article:
        return str(draft["category"])
    article = _article_of(document, sentence)
    return category_of(FigureWords(
        measure=draft.get("measure"), head=draft.get("measure_head"), whole=draft.get("whole"),
        agent=document.text[previous.start : previous.end], sentence=document.text[sentence.start : sentence.end],
        title=article.title if article else None, unit=unit,
    ))


def _in_dateline(document: Document, article: Article | None, mention: QuantityMention) -> bool:
    """Whether a figure stands inside the line the article's date was read from."""
    if article is None or not article.dateline:
        return False
    start = document.text.find(article.dateline, article.start, article.end)
    return start >= 0 and start <= mention.start < start + len(article.dateline)


def _opens_quote_before(text: str, sentence_start: int, position: int) -> bool:
    return any(c in "“«\"" for c in text[sentence_start:position])


def _period(draft: dict[str, Any], offset: int, article: Article | None) -> Period | None:
    data = draft.get("period")
    if not data:
        return None
    # a relative time ("this year") read against a date inferred for a page without one
    inferred = article is not None and article.reference_inferred and not YEAR_WRITTEN.search(data["text"])
    return Period(
        start=date.fromisoformat(data["begin"]) if data["begin"] else None,
        end=date.fromisoformat(data["end_date"]) if data["end_date"] else None,
        text=data["text"], text_start=data["start"] + offset, text_end=data["end"] + offset,
        granularity=data["granularity"], origin="inferred" if inferred else "sentence",
    )


def _confidence(mention: QuantityMention, draft: dict[str, Any], period: Period | None, in_comment: bool) -> float:
    return confidence_of(Signals(
        unit=mention.unit, measure=str(draft.get("measure_source") or ("parse" if draft.get("measure") else "none")),
        period=period is not None, attributed=bool(draft.get("speaker")),
        vague=mention.vague or mention.word_number, in_comment=in_comment,
    ))


def build_claims(document: Document, analysed: Iterable[tuple[int, list[dict[str, Any]]]]) -> list[Claim]:
    """Claims of ``document`` from the drafts of its analysed sentences (sentence index,
    drafts with offsets into the sentence)."""
    text = document.text
    figures: list[Figure] = []
    credited: dict[int | None, list[str]] = {}  # the sources credited in each article, in order
    dated: dict[int | None, Period] = {}  # the last period of a figure in each article
    for index, drafts in analysed:
        sentence = document.sentences[index]
        offset = sentence.start
        article = _article_of(document, sentence)
        for draft in drafts:
            mention = QuantityMention.from_dict(draft["quantity"]).shifted(offset)
            if _in_dateline(document, article, mention):
                continue  # "3" of "December 18, 21:04 UTC+3 MOSCOW": page furniture
            period = period_in_context(document, index, draft, _period(draft, offset, article), dated.get(sentence.article))
            if period is not None:
                dated[sentence.article] = period
            in_comment = bool(article and article.is_comment)
            attribution = _attribution(document, index, draft, mention.start, credited.get(sentence.article, []))
            if attribution is not None:
                credited.setdefault(sentence.article, []).append(attribution)
            figures.append(Figure(claim=Claim(
                id=claim_id(document.doc_id, mention.start, mention.end, mention.value),
                doc_id=document.doc_id,
                value=float(mention.value),
                high=float(mention.high) if mention.high is not None else None,
                unit=mention.unit,
                bound=mention.bound,
                change=mention.change,
                from_value=float(mention.from_value) if mention.from_value is not None else None,
                category=_category(document, index, draft, mention.unit),
                measure=draft.get("measure"),
                period=period,
                modality=draft["modality"],
                attribution=attribution,
                evidence=Evidence(
                    sentence=text[sentence.start : sentence.end], sentence_start=sentence.start,
                    sentence_end=sentence.end, quantity=text[mention.start : mention.end],
                    quantity_start=mention.start, quantity_end=mention.end,
                ),
                article=article,
                confidence=_confidence(mention, draft, period, in_comment),
                unit_text=mention.unit_text,
                counted=mention.counted,
                entities=tuple(draft.get("entities") or ()),
                in_comment=in_comment,
            ), index=index, article=sentence.article, draft=draft))
    return read_in_context(document, figures)
