"""Cue lists from the lexicons, loaded once (cached; :func:`~sinorus_facts.lexicons.reload_lexicons` forgets them).

>>> "according to" in cue_words("attribution", "according_to")
True
"""

from __future__ import annotations

import re

from sinorus_facts.lexicons import ContextCueEntry, PatternEntry, lexicon_cache, load_lexicon

__all__ = [
    "POSSESSIVE_END",
    "context_cues",
    "cue_entries",
    "cue_pattern",
    "cue_words",
    "entity_words",
    "phrase_pattern",
    "word_forms",
]

# A word whose plural takes "-es": "reaches", "passes", "echoes" (not "planes").
TAKES_ES = re.compile(r"(?:s|x|z|ch|sh|o)$")

# A possessive ending of a word: "the region's" -> "the region".
POSSESSIVE_END = re.compile(r"['’]s$")


@lexicon_cache
def cue_entries(lexicon: str) -> tuple[PatternEntry, ...]:
    """The entries of a pattern lexicon."""
    return tuple(e for e in load_lexicon(lexicon).entries if isinstance(e, PatternEntry))


@lexicon_cache
def entity_words(*kinds: str) -> frozenset[str]:
    """The words of the entities lexicon's entries of ``kinds`` ("country", "city",
    "region", "organisation", ...), as written.

    >>> "China" in entity_words("country"), "China" in entity_words("city")
    (True, False)
    """
    return frozenset(w for e in cue_entries("entities") if e.kind in kinds for w in e.words)


@lexicon_cache
def context_cues(lexicon: str) -> tuple[ContextCueEntry, ...]:
    """The ConText cue entries of ``lexicon`` (``modality``)."""
    return tuple(e for e in load_lexicon(lexicon).entries if isinstance(e, ContextCueEntry))


@lexicon_cache
def cue_words(lexicon: str, label: str) -> frozenset[str]:
    """Every word or phrase of ``lexicon`` with ``label``, lower-cased."""
    return frozenset(w.lower() for e in cue_entries(lexicon) if e.label == label for w in e.words)


def word_forms(word: str) -> str:
    """A regex for a lemma and its regular inflections ("plan" -> plans, planned, planning).

    >>> bool(re.fullmatch(word_forms("plan"), "planned")), bool(re.fullmatch(word_forms("agree"), "agreed"))
    (True, True)
    >>> bool(re.fullmatch(word_forms("plan"), "planes")), bool(re.fullmatch(word_forms("reach"), "reaches"))
    (False, True)
    """
    if " " in word or not word.isalpha():
        return r"\s+".join(re.escape(p) for p in word.split())
    stem = word.removesuffix("e")
    last = re.escape(word[-1])
    # "-es" only after a hiss or an "o" ("reaches", "passes"): "planes" is no form of "plan"
    plural = "es" if TAKES_ES.search(word) else "s"
    return rf"(?:{re.escape(word)}(?:{plural}|d)?|{re.escape(stem)}{last}?(?:ed|ing|ings))"


@lexicon_cache
def phrase_pattern(lexicon: str, label: str) -> re.Pattern[str]:
    """A regex that finds any phrase of ``lexicon``/``label`` as whole words, any case."""
    words = sorted(cue_words(lexicon, label), key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words) or r"(?!)"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


@lexicon_cache
def cue_pattern(entry: ContextCueEntry) -> re.Pattern[str]:
    """A regex finding ``entry`` in text: its phrases, the inflections of its one-word
    lemmas, and its own ``regex``."""
    forms = sorted((word_forms(w.lower()) for w in entry.words), key=len, reverse=True)
    if entry.regex:
        forms.append(f"(?:{entry.regex})")
    body = "|".join(forms) or r"(?!)"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
