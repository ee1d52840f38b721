"""Pages of two languages: an English page that gives some of its text in Russian or Chinese
too ("Российско-китайский фонд вложил 2,5 млрд долларов ..." under its English version).
The English pipeline reads numbers of another language as English ("2,5 млрд" as two and a
half of nothing); the sentences written in another script are read by that language's
pipeline instead, each in the article and with the date of the page around it.
"""

from __future__ import annotations

import re

from sinorus_facts.ingest.language import guess_language
from sinorus_facts.models import Claim, Document

__all__ = ["with_foreign_sentences"]

# A letter of a script the library reads besides English: Cyrillic ("Д"), kana, Han ("中"),
# Hangul. A part of a page without one has no sentence of another language to look for.
OTHER_SCRIPT = re.compile(r"[\u0400-\u052f\u3040-\u9fff\uac00-\ud7af]")


def _foreign(document: Document, sentences: range) -> dict[str, list[int]]:
    """The sentences of ``sentences`` written in another script, by script."""
    out: dict[str, list[int]] = {}
    for index in sentences:
        sentence = document.sentences[index]
        if sentence.boilerplate or not OTHER_SCRIPT.search(
            document.text, sentence.start, sentence.end
        ):
            continue
        script = guess_language(document.text[sentence.start : sentence.end])
        if script in ("cyrillic", "cjk"):
            out.setdefault(script, []).append(index)
    return out


def _only(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with all but ``spans`` blanked (line breaks kept): offsets stay the page's."""
    chars = [c if c == "\n" else " " for c in text]
    for start, end in spans:
        chars[start:end] = text[start:end]
    return "".join(chars)


def with_foreign_sentences(
    document: Document, claims: list[Claim], sentences: range
) -> list[Claim]:
    """``claims`` of an English page's ``sentences``, with those of its sentences in Russian
    or Chinese read by the pipeline of their language (where it is installed)."""
    if not sentences or not OTHER_SCRIPT.search(
        document.text,
        document.sentences[sentences[0]].start,
        document.sentences[sentences[-1]].end,
    ):
        return claims
    found = _foreign(document, sentences)
    if not found:
        return claims
    # loaded at the first such page: a corpus of English text needs none of it
    from sinorus_facts.pipeline.languages import (
        extract_language,
        language_available,
        reading_language,
    )

    for script, indices in found.items():
        spans = [(document.sentences[i].start, document.sentences[i].end) for i in indices]
        language = reading_language(script, " ".join(document.text[a:b] for a, b in spans))
        if language is None or not language_available(language):
            continue
        first = document.sentences[indices[0]]
        article = document.articles[first.article] if first.article is not None else None
        day = (article.published or article.reference_date) if article else document.published
        foreign = extract_language(
            _only(document.text, spans), language, doc_id=document.doc_id, published=day
        )
        claims = [
            c for c in claims if not any(a <= c.evidence.sentence_start < b for a, b in spans)
        ]
        for claim in foreign:
            at = document.article_at(claim.evidence.quantity_start)
            claims.append(claim.model_copy(update={"article": at}) if at else claim)
    return sorted(claims, key=lambda c: (c.evidence.quantity_start, c.evidence.quantity_end))
