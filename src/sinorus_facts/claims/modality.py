"""Modality: is a figure reported as fact, forecast, or target? (ConText-style cues.)

A cue governs a figure only within the figure's clause: looking forward from the clause's
start to the figure ("is likely to surpass 100 billion"), or backward from its end to the
figure ("100 billion is expected"). The nearest cue wins; "than expected" and "an
estimated" are pseudo-cues that govern nothing. Modal verbs count only as tagged modals
("may", not the month "May").

>>> import spacy
>>> doc = spacy.blank("en")("Trade is likely to surpass 100 billion dollars this year.")
>>> from sinorus_facts.quantities.finder import find_quantities
>>> modality_of(doc, find_quantities(doc.text)[0])
'forecast'
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from sinorus_facts.claims.cues import cue_entries, phrase_pattern
from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["clause_bounds", "modality_of"]

# Where a clause ends: ";" or a comma followed by a conjunction, or "but", "while".
# Matches ", and " in "through April, and is likely", "; " and " but ".
CLAUSE_BREAK = re.compile(r";|,\s*(?:and|but|while|whereas|although|though|which|who)\b|\b(?:but|while|whereas|although)\b|[()]", re.IGNORECASE)

# The end of a clause after a figure: a comma, a semicolon, a dash or a bracket.
CLAUSE_END_AFTER = re.compile(r"[,;:()–—]|\b(?:and|but|while)\b", re.IGNORECASE)

MODAL_TAGS = frozenset({"MD"})


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start of the clause before ``start`` and the end of the clause after ``end``."""
    before = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)]
    after = CLAUSE_END_AFTER.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _cue_hits(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    hits = []
    window = text[lo:hi]
    for label in ("forecast", "target", "pseudo"):
        for match in phrase_pattern("modality", label).finditer(window):
            hits.append((lo + match.start(), lo + match.end(), label))
    pseudo = [(s, e) for s, e, label in hits if label == "pseudo"]
    return [h for h in hits if h[2] != "pseudo" and not any(s <= h[0] < e for s, e in pseudo)]


def _directions() -> dict[str, str]:
    table = {}
    for entry in cue_entries("modality"):
        for word in entry.words:
            table[word.lower()] = entry.value or "both"
    return table


def modality_of(doc: Doc, mention: QuantityMention) -> str:
    """``actual``, ``forecast`` or ``target`` for the figure ``mention`` of ``doc``."""
    text = doc.text
    lo, hi = clause_bounds(text, mention.start, mention.end)
    directions = _directions()
    best: tuple[int, str] | None = None
    for start, end, label in _cue_hits(text, lo, mention.start):
        word = " ".join(text[start:end].lower().split())
        if directions.get(word, "both") == "backward" or not _is_real_modal(doc, start, word):
            continue
        distance = mention.start - end
        if best is None or distance < best[0]:
            best = (distance, label)
    for start, end, label in _cue_hits(text, mention.end, hi):
        word = " ".join(text[start:end].lower().split())
        if directions.get(word, "both") == "forward" or not _is_real_modal(doc, start, word):
            continue
        distance = start - mention.end
        if best is None or distance < best[0]:
            best = (distance, label)
    return best[1] if best else "actual"


def _is_real_modal(doc: Doc, start: int, word: str) -> bool:
    """A one-word modal ("may", "will") counts only where the tagger says it is a modal."""
    if word not in {"will", "would", "could", "may", "might", "shall", "'ll"}:
        return True
    token = doc.char_span(start, start + len(word), alignment_mode="expand")
    if token is None or not doc.has_annotation("TAG"):
        return doc.text[start : start + 1].islower()
    return token[0].tag_ in MODAL_TAGS
