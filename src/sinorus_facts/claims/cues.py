"""Cue lists from the lexicons, loaded once (cached; cleared with the lexicons)."""

from __future__ import annotations

import re
from functools import lru_cache

from sinorus_facts.lexicons import PatternEntry, load_lexicon

__all__ = ["cue_words", "cue_entries", "phrase_pattern"]


@lru_cache(maxsize=None)
def cue_entries(lexicon: str) -> tuple[PatternEntry, ...]:
    """The entries of a pattern lexicon."""
    return tuple(e for e in load_lexicon(lexicon).entries if isinstance(e, PatternEntry))


@lru_cache(maxsize=None)
def cue_words(lexicon: str, label: str) -> frozenset[str]:
    """Every word or phrase of ``lexicon`` with ``label``, lower-cased."""
    return frozenset(w.lower() for e in cue_entries(lexicon) if e.label == label for w in e.words)


@lru_cache(maxsize=None)
def phrase_pattern(lexicon: str, label: str) -> re.Pattern[str]:
    """A regex that finds any phrase of ``lexicon``/``label`` as whole words, any case."""
    words = sorted(cue_words(lexicon, label), key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words) or r"(?!)"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
