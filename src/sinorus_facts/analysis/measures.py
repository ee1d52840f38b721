"""Measure terms: what a claim measures, as a set of words that can be compared.

Two claims speak of the same measure when their terms agree: the content words of the
measure, with names of countries and companies (``entities.json``), the speaker's name,
units, scale words and generic words dropped, and synonyms merged
(``lexicons/measure_terms.json``).

>>> sorted(text_terms("Sino-Russian trade turnover"))
['trade']
"""

from __future__ import annotations

import re

from sinorus_facts.lexicons import lexicon_cache, load_lexicon
from sinorus_facts.models import Claim

__all__ = ["measure_terms", "text_terms"]

# A word of a measure: "exports", "Russia's", "turnover".
MEASURE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A possessive ending: "Russia's", "China’s".
POSSESSIVE = re.compile(r"['’]s$")
# What a figure is "of", right after it and its unit: "5.4 thousand tonnes of flour and honey"
# gives "flour and honey"; "26 percent of Russia's GDP" gives "Russia's GDP".
OF_AFTER_FIGURE = re.compile(
    r"^\S+(?:\s+[^\s,.;:]+){0,3}?\s+of\s+(?P<what>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})"
)


@lexicon_cache
def _term_rules() -> tuple[frozenset[str], dict[str, str]]:
    from spacy.lang.en.stop_words import STOP_WORDS

    dropped = {w.lower() for w in STOP_WORDS}
    for entry in load_lexicon("scale_words").entries:
        dropped.update(w.lower() for w in entry.words)
    for entry in load_lexicon("units").entries:  # "tons", "percent": the unit is not the measure
        if entry.kind != "count":  # but "tourists" are what is counted
            dropped.update(w.lower() for w in entry.after if " " not in w)
    synonyms: dict[str, str] = {}
    for entry in load_lexicon("measure_terms").entries:
        for word in entry.words:
            if entry.label == "generic":
                dropped.add(word.lower())
            else:
                synonyms[word.lower()] = entry.value or entry.id
    return frozenset(dropped), synonyms


@lexicon_cache
def _entity_names() -> re.Pattern[str]:
    """The names of entities.json as one pattern, longest first (built from the data)."""
    names = sorted(
        {w for e in load_lexicon("entities").entries for w in e.words}, key=len, reverse=True
    )
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE
    )


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _terms(text: str | None, speaker: set[str]) -> set[str]:
    if not text:
        return set()
    dropped, synonyms = _term_rules()
    terms = set()
    for match in MEASURE_WORD.finditer(_entity_names().sub(" ", text)):
        word = POSSESSIVE.sub("", match.group().lower())
        if len(word) < 2 or word in speaker or word in dropped:
            continue
        word = _singular(word)
        if word not in dropped:
            terms.add(synonyms.get(word, word))
    return terms


def measure_terms(claim: Claim) -> frozenset[str]:
    """What a claim measures, as a set of terms: from its measure, the noun it counts, and
    what the figure is "of" ("77 mln t of oil"). When these name nothing, the claim's category
    stands in if its sentence names it ("trade turnover totalled $110bn" is trade); otherwise
    the set is empty.

    >>> import sinorus_facts
    >>> claim = sinorus_facts.extract("Russian-Chinese trade turnover reached $107bn in 2019.")[0]
    >>> sorted(measure_terms(claim))
    ['trade']
    """
    speaker = {w.lower() for w in MEASURE_WORD.findall(claim.attribution or "")}
    evidence = claim.evidence
    after = OF_AFTER_FIGURE.match(
        evidence.sentence[evidence.quantity_start - evidence.sentence_start :]
    )
    terms = _terms(claim.measure, speaker) | _terms(claim.counted, speaker)
    terms |= _terms(after.group("what") if after else None, speaker)
    if not terms:
        named = _term_rules()[1].get(claim.category, claim.category)
        terms = {named} & _terms(evidence.sentence, speaker)
    return frozenset(terms)


def text_terms(text: str) -> frozenset[str]:
    """The measure terms of a text, as a user names a measure.

    >>> sorted(text_terms("China's crude oil exports"))
    ['crude', 'export', 'oil']
    """
    return frozenset(_terms(text, set()))
