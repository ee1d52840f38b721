"""Counts: the noun a bare number counts ("32 tourist routes", "five intergovernmental
commissions", "thousands of articles"), read from the part-of-speech tags
(:mod:`sinorus_facts.quantities.tagged`), so a tagger is all the model a count needs.

A count of people ("300 Chinese tourists") gets the unit ``person``; any other countable
noun the unit ``count``, with the words counted kept in ``counted``. A number in words that
counts nothing ("each one they sign", "the first three") is no quantity.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from sinorus_facts.common.extensions import text_of
from sinorus_facts.lexicons import UnitEntry, lexicon_cache, load_lexicon
from sinorus_facts.quantities.combine import combine_mentions
from sinorus_facts.quantities.mention import QuantityMention
from sinorus_facts.quantities.relations import (
    lend_bounds_and_changes,
    may_take_unit_of,
    share_changes_along_lists,
    with_unit_of,
)
from sinorus_facts.quantities.tagged import counted_noun, of_object, partitive_pronouns
from sinorus_facts.quantities.units import unit_matcher

__all__ = [
    "attach_counted",
    "complete_mentions",
    "is_bare_word",
    "needs_counted_noun",
    "person_nouns",
    "unit_of_counted",
]

# What may follow a number that counts nothing: a stop, a bracket, the end, a clause word.
# Matches ", while", ".", " to 3,214.60", " in 2018".
NO_NOUN_AFTER = re.compile(
    r"[ \u00a0]*(?:[,.;:!?)\]\"”’]|\Z|(?:to|from|in|on|at|by|and|or|but|than|as|while|when|who|which|that|"
    r"is|was|are|were|has|have|had|will|would|after|before|during|since)\b)",
    re.IGNORECASE,
)


@lexicon_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """The plural nouns of people in the units lexicon ("tourists", "workers")."""
    words: set[str] = set()
    for entry in load_lexicon("units").entries:
        if isinstance(entry, UnitEntry) and entry.unit == "person":
            words.update(w.lower() for w in entry.after)
    return frozenset(words)


def unit_of_counted(noun: str) -> str:
    """The unit of a count of ``noun``: ``person`` for people ("tourists", "worker",
    "people"), ``count`` for anything else; the one place a count's unit is decided.

    >>> unit_of_counted("tourists"), unit_of_counted("worker"), unit_of_counted("tractors")
    ('person', 'person', 'count')
    """
    word = noun.lower()
    return (
        "person"
        if word in person_nouns() or f"{word}s" in person_nouns() or word == "people"
        else "count"
    )


def needs_counted_noun(mention: QuantityMention, text: str | None = None) -> bool:
    """Whether only the tags can complete ``mention``: a number with no unit of its own
    ("13,000 workers", "2.4 million tractors", "hundreds of students", "one of the biggest");
    with the ``text`` it was found in, not when a stop or a clause word follows it, where no
    noun can ("at 3,118.42, while")."""
    if mention.unit is not None:
        return False
    return text is None or not NO_NOUN_AFTER.match(text, mention.end)


def is_bare_word(mention: QuantityMention) -> bool:
    """A number in words with nothing it counts or measures: the pronoun "one", "the top
    three", "Formula One"; no quantity once the tags have shown no noun for it."""
    return (
        mention.word_number
        and mention.unit is None
        and not mention.scaled
        and mention.change is None
        and not mention.vague
        and "fraction" not in mention.flags
        and "of_pronoun" not in mention.flags
    )


def attach_counted(doc: Doc, mention: QuantityMention) -> QuantityMention:
    """A bare number's count noun and unit, from the tags; other mentions unchanged."""
    if not needs_counted_noun(mention):
        return mention
    span = doc.char_span(
        mention.number_start,
        mention.end if mention.scaled else mention.number_end,
        alignment_mode="expand",
    )
    if span is None or len(span) == 0:
        return mention
    token = span[-1]
    fraction = "fraction" in mention.flags
    noun = of_object(doc, token) if fraction else counted_noun(doc, token)
    if noun is None or noun.i <= token.i or not any(c.isalpha() for c in noun.text):
        return mention  # (a noun has letters: not the "|" of a table row, "| 2.7 |")
    if noun.lower_ in partitive_pronouns():
        if fraction or mention.value == 1:
            return mention  # "one of them": a pick, not a count; "half of which": a share of nothing named
        end = noun.idx + len(noun.text)  # "12 of them": a number of what was named before, no unit
        return mention.with_(
            end=end, text=text_of(doc)[mention.start : end], flags=(*mention.flags, "of_pronoun")
        )
    counted = text_of(doc)[token.idx + len(token.text) : noun.idx + len(noun.text)].strip()
    counted = counted[3:] if counted.lower().startswith("of ") else counted
    if fraction:  # "a third of the population": a share of it, not a count
        return mention.with_(counted=counted)
    unit = unit_of_counted(noun.lower_)
    end = max(mention.end, noun.idx + len(noun.text))
    rate = unit_matcher().rate_after(text_of(doc), end)
    per = None
    if rate is not None and rate.kind == "time":  # "20 times a day", "300 flights a week"
        per, end = rate.per, rate.end
    return mention.with_(
        unit=unit,
        unit_kind="count",
        unit_text=noun.text,
        counted=counted or noun.text,
        end=end,
        text=text_of(doc)[mention.start : end],
        per=per,
    )


def complete_mentions(doc: Doc, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """The mentions of ``doc`` with their counted nouns, bare number words dropped.

    ``doc`` needs part-of-speech tags; the finder's mentions of ``doc.text`` go in.
    """
    completed = [attach_counted(doc, m) for m in mentions]
    text = text_of(doc)
    kept = combine_mentions(text, [m for m in completed if not is_bare_word(m)])
    return share_changes_along_lists(doc, _gapped_units(doc, lend_bounds_and_changes(text, kept)))


# A conjunct whose verb is left out, between a figure and a bare number: ", and ", ", while ",
# " and " or ", " before a few words of its own subject ("52,000 cars, and Haval 39,000",
# "exports 27 mt, imports 6").
GAPPED_JOIN = re.compile(
    r"(?:[ \u00a0]+(?:in|on|at|by|for|to)[ \u00a0]+[^\d,;:.!?()]{1,20}?)?"  # its own words: " in May"
    r"(?:,[ \u00a0]*(?:(?:and|while|whereas|but)[ \u00a0]+)?|[ \u00a0]+(?:and|while|whereas)[ \u00a0]+)"
    r"(?P<subject>[^\d,;:.!?()]{1,40}?)[ \u00a0]+\Z",
    re.IGNORECASE,
)

# What may follow the gapped figure: its clause's end.
GAPPED_END = re.compile(r"[ \u00a0]*(?:[,.;:!?)]|\Z|(?:and|while|whereas|but)\b)", re.IGNORECASE)

# How far apart the two figures of a gapped pair may lie: "52,000 cars, and Haval 39,000"
# (not "3" after "52,000 cars": some other count).
GAPPED_RATIO = 50

# Tags of the words of a gapped conjunct's subject: nouns, adjectives, determiners,
# possessives ("Haval", "the smaller Chery", "China's imports"); a verb means no gap.
SUBJECT_TAGS = frozenset(
    {"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "DT", "POS", "PRP$", "HYPH"}
)


def _gapped_units(doc: Doc, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """A bare number in a conjunct whose verb is left out takes the unit of its parallel, the
    figure of the clause before ("Geely sold 52,000 cars, and Haval 39,000": 39,000 cars;
    "Coal made up 27 million tonnes and timber 6 million" has its unit already)."""
    text = text_of(doc)
    out = list(mentions)
    for index in range(1, len(out)):
        before, mention = out[index - 1], out[index]
        if not may_take_unit_of(before, mention, GAPPED_RATIO) or mention.scaled != before.scaled:
            continue
        gap = GAPPED_JOIN.fullmatch(text, before.end, mention.start)
        if gap is None or not GAPPED_END.match(text, mention.end):
            continue
        subject = doc.char_span(gap.start("subject"), gap.end("subject"), alignment_mode="expand")
        if subject is None or not all(t.tag_ in SUBJECT_TAGS for t in subject):
            continue
        out[index] = with_unit_of(before, mention)
    return out
