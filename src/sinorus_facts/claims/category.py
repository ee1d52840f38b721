"""Category: which of CONTRACT.md's categories a figure belongs to, from the categories
lexicon's cue words (weighted: measure x3, sentence x1, article title x0.5) and unit
priors ("USD/bbl" is a price).

>>> category_of(measure="China's annual imports of Russian crude oil", sentence="", unit="t/yr")
'energy'
"""

from __future__ import annotations

import re
from functools import lru_cache

from sinorus_facts.claims.cues import cue_entries

__all__ = ["category_of"]

# A word or phrase of the lexicon, found as whole words in lower-case text.
WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")


@lru_cache(maxsize=1)
def _cues() -> tuple[dict[str, list[tuple[str, float]]], dict[str, tuple[str, float]]]:
    words: dict[str, list[tuple[str, float]]] = {}
    priors: dict[str, tuple[str, float]] = {}
    for entry in cue_entries("categories"):
        if entry.label.startswith("unit:"):
            priors[entry.label[5:]] = (entry.value or "other", entry.weight)
            continue
        for word in entry.words:
            words.setdefault(word.lower(), []).append((entry.label, entry.weight))
    return words, priors


def _score(text: str, factor: float, scores: dict[str, float]) -> None:
    if not text:
        return
    words, _ = _cues()
    tokens = WORD.findall(text.lower())
    for size in (3, 2, 1):
        for i in range(len(tokens) - size + 1):
            phrase = " ".join(tokens[i : i + size])
            for label, weight in words.get(phrase, ()):
                scores[label] = scores.get(label, 0.0) + weight * factor * (1 + 0.2 * (size - 1))


def category_of(*, measure: str | None, sentence: str, unit: str | None, title: str | None = None,
                counted: str | None = None) -> str:
    """The best category for a figure, ``other`` when no cue speaks."""
    scores: dict[str, float] = {}
    _score(" ".join(x for x in (measure, counted) if x), 3.0, scores)
    _score(sentence, 1.0, scores)
    _score(title or "", 0.5, scores)
    _, priors = _cues()
    if unit in priors:
        label, weight = priors[unit]
        scores[label] = scores.get(label, 0.0) + weight
    if not scores:
        return "other"
    return max(sorted(scores), key=lambda label: scores[label])
