"""Invisible characters out, wide digits narrow: the text numbers and dates are read from.

Pasted and scraped text carries characters a reader does not see: zero-width spaces and
joiners, soft hyphens, left-to-right and right-to-left marks and the other bidirectional
controls, a byte order mark inside the text. Inside a number they break it ("1\\u200b000
tonnes" would read as 1 and 000). :func:`normalise` removes them and turns full-width
forms ("２０１８", "５％") into their ASCII twins (one character for one), and gives the
:class:`OffsetMap` that leads every offset of the clean text back to the text as read, so
``text[quantity_start:quantity_end] == quantity`` still holds on the original.

>>> clean, offsets = normalise("Exports hit 1\\u200b000 tonnes")
>>> clean
'Exports hit 1000 tonnes'
>>> start, end = offsets.span(12, 23)
>>> "Exports hit 1\\u200b000 tonnes"[start:end] == "1\\u200b000 tonnes"
True
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from sinorus_facts.common.ids import claim_id
from sinorus_facts.models import Claim, Document, RejectedNumber

__all__ = [
    "INVISIBLE",
    "OffsetMap",
    "claim_in_original",
    "document_normalised",
    "normalise",
    "number_in_original",
]

# Characters that take no room on the page, removed before numbers are read: soft hyphen
# (U+00AD), Arabic letter mark (U+061C), Mongolian vowel separator (U+180E), zero-width
# space, non-joiner and joiner (U+200B-U+200D), left-to-right and right-to-left marks
# (U+200E, U+200F), the bidirectional embeddings and overrides (U+202A-U+202E), word
# joiner and invisible operators (U+2060-U+2064), the bidirectional isolates
# (U+2066-U+2069), and the byte order mark / zero-width no-break space (U+FEFF).
# Example: "$10\u00ad0 billion" holds one.
INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)

# Full-width forms of ASCII (U+FF01-U+FF5E: "２０１８", "５％", "＄") and the ideographic
# space (U+3000), mapped one character for one to ASCII.
FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")
_NARROW = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


@dataclass(frozen=True)
class OffsetMap:
    """Offsets of a normalised text back to the text it came from, and forth.

    ``removed`` holds the original offsets of the characters taken out, in order;
    ``shifted`` the normalised offset each of them stood before (``removed[k] - k``).

    >>> offsets = normalise("a\\u200bbc")[1]
    >>> offsets.original(1), offsets.normalised(2), offsets.span(0, 3)
    (2, 1, (0, 4))
    """

    removed: tuple[int, ...] = ()
    shifted: tuple[int, ...] = ()

    @classmethod
    def of_removed(cls, removed: tuple[int, ...]) -> OffsetMap:
        """The map of a text from which the characters at ``removed`` were taken out."""
        return cls(removed, tuple(p - k for k, p in enumerate(removed)))

    @property
    def identity(self) -> bool:
        """True when nothing was removed (every offset is its own)."""
        return not self.removed

    def original(self, index: int) -> int:
        """The original offset of the character at ``index`` of the normalised text (of
        the end of the text for ``index == len(clean)``)."""
        return index + bisect_right(self.shifted, index) if self.removed else index

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``clean[start:end]``: from its first character to just
        after its last (invisible characters at its edges stay outside)."""
        if end <= start:
            return self.original(start), self.original(start)
        return self.original(start), self.original(end - 1) + 1

    def normalised(self, index: int) -> int:
        """The normalised offset of original offset ``index`` (a removed character maps
        to where the next kept one stands)."""
        return index - bisect_left(self.removed, index) if self.removed else index


def normalise(text: str) -> tuple[str, OffsetMap]:
    """The text with :data:`INVISIBLE` characters removed and full-width forms made ASCII,
    and the map of its offsets back (the same string and an identity map when there is
    nothing to do).

    >>> normalise("Trade rose \\u200f15\\u200f% in ２０１８.")[0]
    'Trade rose 15% in 2018.'
    """
    if FULL_WIDTH.search(text):
        text = text.translate(_NARROW)
    if not INVISIBLE.search(text):
        return text, OffsetMap()
    removed = tuple(m.start() for m in INVISIBLE.finditer(text))
    return INVISIBLE.sub("", text), OffsetMap.of_removed(removed)


def document_normalised(document: Document, clean: str, offsets: OffsetMap) -> Document:
    """A document already read (its offsets into the original text) moved onto the
    normalised text ``clean``: its sentences, articles and page furniture.

    >>> from sinorus_facts.periods.articles import build_document
    >>> from sinorus_facts.ingest.reading import RawDocument
    >>> doc = build_document(RawDocument("x", "Up\\u200b 5%. Down 2%."))
    >>> moved = document_normalised(doc, *normalise(doc.text))
    >>> [moved.text[s.start:s.end] for s in moved.sentences]
    ['Up 5%.', 'Down 2%.']
    """
    at = offsets.normalised
    sentences = tuple(
        s.model_copy(update={"start": at(s.start), "end": at(s.end)}) for s in document.sentences
    )
    articles = tuple(
        a.model_copy(
            update={
                "start": at(a.start),
                "end": at(a.end),
                "title_start": None if a.title_start is None else at(a.title_start),
                "title_end": None if a.title_end is None else at(a.title_end),
            }
        )
        for a in document.articles
    )
    furniture = tuple((at(start), at(end)) for start, end in document.boilerplate)
    return document.model_copy(
        update={
            "text": clean,
            "sentences": sentences,
            "articles": articles,
            "boilerplate": furniture,
        }
    )


def claim_in_original(claim: Claim, original: str, clean: str, offsets: OffsetMap) -> Claim:
    """A claim found in the normalised text ``clean`` with its offsets (evidence, period
    text, article) moved back into ``original``, its quoted strings cut from ``original``
    and its id made from the original span.

    >>> from sinorus_facts.models import Evidence
    >>> original = "Sales hit 1\\u200b000 tonnes."
    >>> clean, offsets = normalise(original)
    >>> found = Claim(id="c", doc_id="d", value=1000.0, confidence=1.0, evidence=Evidence(
    ...     sentence=clean, sentence_start=0, sentence_end=len(clean),
    ...     quantity="1000 tonnes", quantity_start=10, quantity_end=21))
    >>> back = claim_in_original(found, original, clean, offsets).evidence
    >>> original[back.quantity_start:back.quantity_end] == back.quantity == "1\\u200b000 tonnes"
    True
    """
    evidence = claim.evidence
    sentence_start, sentence_end = offsets.span(evidence.sentence_start, evidence.sentence_end)
    quantity_start, quantity_end = offsets.span(evidence.quantity_start, evidence.quantity_end)
    update: dict[str, Any] = {
        "id": claim_id(claim.doc_id, quantity_start, quantity_end, claim.value),
        "evidence": evidence.model_copy(
            update={
                "sentence": original[sentence_start:sentence_end],
                "sentence_start": sentence_start,
                "sentence_end": sentence_end,
                "quantity": original[quantity_start:quantity_end],
                "quantity_start": quantity_start,
                "quantity_end": quantity_end,
            }
        ),
    }
    if evidence.fields:
        moved = []
        for entry in evidence.fields:
            start, end = offsets.span(entry.start, entry.end)
            moved.append(
                entry.model_copy(update={"start": start, "end": end, "text": original[start:end]})
            )
        update["evidence"] = update["evidence"].model_copy(update={"fields": tuple(moved)})
    if claim.attribution_start is not None and claim.attribution_end is not None:
        update["attribution_start"], update["attribution_end"] = offsets.span(
            claim.attribution_start, claim.attribution_end
        )
    period = claim.period
    if period is not None and period.text_start is not None and period.text_end is not None:
        start, end = offsets.span(period.text_start, period.text_end)
        quoted = period.text == clean[period.text_start : period.text_end]
        update["period"] = period.model_copy(
            update={
                "text_start": start,
                "text_end": end,
                "text": original[start:end] if quoted else period.text,
            }
        )
    article = claim.article
    if article is not None:
        title = (
            (None, None)
            if article.title_start is None or article.title_end is None
            else offsets.span(article.title_start, article.title_end)
        )
        update["article"] = article.model_copy(
            update={
                "start": offsets.original(article.start),
                "end": offsets.original(article.end),
                "title_start": title[0],
                "title_end": title[1],
            }
        )
    return claim.model_copy(update=update)


def number_in_original(number: RejectedNumber, original: str, offsets: OffsetMap) -> RejectedNumber:
    """A rejected number found in the normalised text moved back into ``original``.

    >>> original = "Up 1\u200b000 t"
    >>> found = RejectedNumber(doc_id="d", text="1000", start=3, end=7, reason="year", rule="r")
    >>> back = number_in_original(found, original, normalise(original)[1])
    >>> (back.start, back.end, back.text == original[3:8])
    (3, 8, True)
    """
    start, end = offsets.span(number.start, number.end)
    return number.model_copy(update={"start": start, "end": end, "text": original[start:end]})
