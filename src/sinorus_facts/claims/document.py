"""The document pass: claim drafts of all sentences become :class:`Claim` records, with
what needs more than one sentence resolved:

- a figure in a quotation is credited to the speaker named after it ('..., Sanakoyev
  added'); "he said" and "the Chinese envoy said" go to the last named speaker; a surname
  takes the full name the article gives ("Zhang" -> "Zhang Hanhui");
- periods that need other sentences (:mod:`sinorus_facts.periods.document`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from sinorus_facts.claims.speakers import full_name, inside_quote, last_speaker, quote_speaker
from sinorus_facts.models import Article, Claim, Document, Evidence, Period, Sentence
from sinorus_facts.periods.document import anchor_so_far, periods_from_body
from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["build_claims", "claim_id"]


def claim_id(doc_id: str, start: int, end: int, value: Decimal | float) -> str:
    """A stable id: the same document, span and value give the same id everywhere.

    >>> claim_id("a.txt", 10, 20, 1.5)
    'c-a86c5d5e41d1e47f'
    """
    key = f"{doc_id}|{start}|{end}|{Decimal(str(value)).normalize()}"
    return "c-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


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


def _attribution(document: Document, index: int, draft: dict[str, Any], start: int) -> str | None:
    text = document.text
    sentence = document.sentences[index]
    article = _article_of(document, sentence)
    scope_start = article.start if article else 0
    speaker = draft.get("speaker")
    name: str | None = None
    if speaker and speaker["kind"] == "name":
        name = speaker["text"]
    elif inside_quote(text, _paragraph_start(document, index), start) or _opens_quote_before(text, sentence.start, start):
        said = quote_speaker(text, start, _paragraph_end(document, index) + 400)
        if said and said[:1].isupper():
            name = said
        elif said or speaker:
            name = last_speaker(text, scope_start, sentence.start)
    elif speaker:
        name = last_speaker(text, scope_start, sentence.start)
    if name is None:
        return None
    return full_name(text, name, scope_start, article.end if article else None)


def _opens_quote_before(text: str, sentence_start: int, position: int) -> bool:
    return any(c in "“«\"" for c in text[sentence_start:position])


def _period(draft: dict[str, Any], offset: int) -> Period | None:
    data = draft.get("period")
    if not data:
        return None
    return Period(
        start=date.fromisoformat(data["begin"]) if data["begin"] else None,
        end=date.fromisoformat(data["end_date"]) if data["end_date"] else None,
        text=data["text"], text_start=data["start"] + offset, text_end=data["end"] + offset,
        granularity=data["granularity"],
    )


def _confidence(mention: QuantityMention, draft: dict[str, Any], period: Period | None, in_comment: bool) -> float:
    score = 0.35
    if mention.unit is not None:
        score += 0.1 if mention.unit in ("count", "person") else 0.2
    if draft.get("measure"):
        score += 0.15
    if period is not None:
        score += 0.1
    if draft.get("speaker"):
        score += 0.05
    if mention.vague or mention.word_number:
        score -= 0.1
    if in_comment:
        score -= 0.15
    return round(min(0.99, max(0.05, score)), 2)


def build_claims(document: Document, analysed: Iterable[tuple[int, list[dict[str, Any]]]]) -> list[Claim]:
    """Claims of ``document`` from the drafts of its analysed sentences (sentence index,
    drafts with offsets into the sentence)."""
    text = document.text
    claims: list[Claim] = []
    for index, drafts in analysed:
        sentence = document.sentences[index]
        offset = sentence.start
        article = _article_of(document, sentence)
        for draft in drafts:
            mention = QuantityMention.from_dict(draft["quantity"]).shifted(offset)
            period = _period(draft, offset)
            if period is not None and draft["period"]["kind"] == "to_date":
                period = anchor_so_far(document, index, period)
            in_comment = bool(article and article.is_comment)
            claims.append(Claim(
                id=claim_id(document.doc_id, mention.start, mention.end, mention.value),
                doc_id=document.doc_id,
                value=float(mention.value),
                high=float(mention.high) if mention.high is not None else None,
                unit=mention.unit,
                bound=mention.bound,  # type: ignore[arg-type]
                change=mention.change,  # type: ignore[arg-type]
                from_value=float(mention.from_value) if mention.from_value is not None else None,
                category=draft["category"],
                measure=draft.get("measure"),
                period=period,
                modality=draft["modality"],
                attribution=_attribution(document, index, draft, mention.start),
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
            ))
    return periods_from_body(claims)
