"""Which time expression of its sentence a figure holds for.

The closest one in the parse wins, with four rules of the language:
- a figure that values a noun ("a 2018-2020 budget at $279 billion", "the 2019 harvest
  of 5 million tonnes") holds for the time said of that noun, whatever time the clause
  gives its event ("Last month, parliament approved ..." dates the approval);
- a figure that describes a thing ("the 941.8-kilometer line", "the $1.5 billion plant")
  takes only the times said of that thing (in the noun's own phrase); a duration that
  describes an event ("a two-day forum") takes the sentence's time like any figure;
- a time inside a comparison ("nine times more than ... in 2014") is the basis of the
  comparison, not the figure's time;
- a change ("fourfold increase", "more than doubled") prefers the span it was measured over
  ("for the past year") to a point in time ("In June 2016").

:func:`clause_tense` tells the document pass whether a figure without a time of its own
is told in the past tense (then it may take the day the sentence before gives).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from sinorus_facts.claims.syntax import head_of_mention, span_of, tree_distance
from sinorus_facts.lexicons import PatternEntry, load_lexicon
from sinorus_facts.periods.expressions import Timex
from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["choose_period", "clause_tense"]

# How far in the parse a time may stand from its figure.
MAX_DISTANCE = 8
# "now", "current": only right by the figure or its verb.
MAX_DISTANCE_CURRENT = 2

SPAN_KINDS = ("frame", "range", "since", "to_date")

# Auxiliaries that put a clause in the future or make it hypothetical: "will reach".
FUTURE_AUX = frozenset({"will", "would", "shall", "should", "may", "might", "could", "can", "must", "'ll"})

# Tags of a verb that carries its own tense: "rose" (VBD), "rises" (VBZ), "rise" (VBP).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@lru_cache(maxsize=1)
def _words(label: str) -> tuple[str, ...]:
    return tuple(" ".join(w.lower().split()) for e in load_lexicon("periods").entries
                 if isinstance(e, PatternEntry) and e.label == label for w in e.words)


@lru_cache(maxsize=1)
def _comparison() -> re.Pattern[str]:
    """A comparison word between a figure and a later time: "than", "compared with"."""
    words = sorted(_words("comparison"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.IGNORECASE)


def _valued_noun(doc: Doc, mention: QuantityMention) -> Token | None:
    """The noun a figure values: "budget" in "a 2018-2020 budget at $279 billion"."""
    span = span_of(doc, mention.start, mention.end)
    if span is None:
        return None
    for length in (2, 1):
        first = span.start - length
        if first < 1:
            continue
        words = " ".join(t.lower_ for t in doc[first : span.start])
        noun = doc[first - 1]
        if words in _words("valuing") and noun.pos_ in ("NOUN", "PROPN"):
            return noun
    return None


def _noun_time(doc: Doc, mention: QuantityMention, candidates: list[Timex]) -> Timex | None:
    """The time said of the noun the figure values, if it has one."""
    noun = _valued_noun(doc, mention)
    if noun is None:
        return None
    phrase = {t.i for t in noun.subtree}
    for timex in candidates:
        span = span_of(doc, timex.start, timex.end)
        if span is not None and span.root.i in phrase and timex.end <= mention.start:
            return timex
    return None


def choose_period(doc: Doc, mention: QuantityMention, timexes: list[Timex]) -> Timex | None:
    """The timex ``mention`` holds for, or None."""
    comparison = _comparison()
    candidates = [
        t for t in timexes
        if t.resolved
        and not (t.start < mention.end and mention.start < t.end)
        and not (t.start >= mention.end and comparison.search(doc.text[mention.end : t.start]))
    ]
    if not candidates:
        return None
    head = head_of_mention(doc, mention)
    if head is None:
        return min(candidates, key=lambda t: abs(t.start - mention.start))
    valued = _noun_time(doc, mention, candidates)
    if valued is not None:
        return valued
    describes_thing = mention.attributive or (head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ in ("NOUN", "PROPN"))
    if describes_thing and mention.unit_kind != "duration":
        # a length, a cost, a size of a thing: only times said of that thing (a duration
        # such as "a two-day forum" places an event, which the sentence dates)
        noun = head.head
        inside = {t.i for t in noun.subtree}
        candidates = [t for t in candidates if (s := span_of(doc, t.start, t.end)) is not None and s.root.i in inside and s.root.i != head.i]
    scored = []
    for timex in candidates:
        span = span_of(doc, timex.start, timex.end)
        if span is None:
            continue
        distance = min(tree_distance(head, token) for token in span)
        limit = MAX_DISTANCE_CURRENT if timex.kind == "current" else MAX_DISTANCE
        if distance > limit:
            continue
        if mention.change is not None and timex.kind in SPAN_KINDS:
            distance -= 3
        scored.append((distance, abs(timex.start - mention.start), timex))
    if not scored:
        return None
    return min(scored, key=lambda s: (s[0], s[1]))[2]


def _main_clause(verb: Token) -> bool:
    """Whether ``verb`` heads the sentence, alone or joined to its head by "and", or heads
    what a trailing attribution reports ("X won 62 percent, officials said")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.head.i > verb.i:
        return _main_clause(verb.head)
    return verb.dep_ == "ROOT"


def clause_tense(doc: Doc, mention: QuantityMention) -> str | None:
    """"past", "present" or "future" for the main clause that asserts the figure; None for
    a figure that describes a thing ("the $1.5 billion plant"), one in a clause inside
    another ("officials said that trade rose 5%", "..., which rose 5%"), or where the parse
    has no verb.
    """
    head = head_of_mention(doc, mention)
    if head is None or mention.attributive or (head.dep_ in ("compound", "amod") and head.head.pos_ in ("NOUN", "PROPN")):
        return None
    verb: Token | None = head
    auxes: list[Token] = []
    while verb is not None:
        if verb.pos_ in ("VERB", "AUX"):
            auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
            if auxes or verb.tag_ in FINITE_TAGS:
                break
        verb = verb.head if verb.head.i != verb.i else None
    if verb is None or not _main_clause(verb):
        return None
    if any(a.lower_ in FUTURE_AUX or a.tag_ == "MD" for a in auxes) or verb.tag_ == "MD":
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    return "present"
