"""Which time expression of its sentence a figure holds for.

The closest one in the parse wins, with three rules of the language:
- a figure that describes a thing ("the 941.8-kilometer line", "the $1.5 billion plant")
  takes only the times said of that thing (in the noun's own phrase); a duration that
  describes an event ("a two-day forum") takes the sentence's time like any figure;
- a time inside a comparison ("nine times more than ... in 2014") is the basis of the
  comparison, not the figure's time;
- a change ("fourfold increase", "more than doubled") prefers the span it was measured over
  ("for the past year") to a point in time ("In June 2016").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from sinorus_facts.claims.syntax import head_of_mention, span_of, tree_distance
from sinorus_facts.periods.expressions import Timex
from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["choose_period"]

# "than" between a figure and a later time: the time belongs to the comparison.
THAN = re.compile(r"\bthan\b", re.IGNORECASE)

# How far in the parse a time may stand from its figure.
MAX_DISTANCE = 8
# "now", "current": only right by the figure or its verb.
MAX_DISTANCE_CURRENT = 2

SPAN_KINDS = ("frame", "range", "since", "to_date")


def choose_period(doc: Doc, mention: QuantityMention, timexes: list[Timex]) -> Timex | None:
    """The timex ``mention`` holds for, or None."""
    candidates = [
        t for t in timexes
        if (t.begin is not None or t.end_date is not None)
        and not (t.start < mention.end and mention.start < t.end)
        and not (t.start >= mention.end and THAN.search(doc.text[mention.end : t.start]))
    ]
    if not candidates:
        return None
    head = head_of_mention(doc, mention)
    if head is None:
        return min(candidates, key=lambda t: abs(t.start - mention.start))
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
