"""Counts: the noun a bare number counts, found in the parse ("32 tourist routes",
"five intergovernmental commissions", "thousands of articles").

A count of people ("300 Chinese tourists") gets the unit ``person``; any other countable
noun the unit ``count``, with the noun kept in ``counted``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from sinorus_facts.lexicons import UnitEntry, load_lexicon
from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["attach_counted", "number_token", "person_nouns"]

# Dependency labels by which a number hangs on the noun it counts.
COUNTING_DEPS = frozenset({"nummod", "quantmod", "compound", "amod"})


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """The plural nouns of people in the units lexicon ("tourists", "workers")."""
    words: set[str] = set()
    for entry in load_lexicon("units").entries:
        if isinstance(entry, UnitEntry) and entry.unit == "person":
            words.update(w.lower() for w in entry.after)
    return frozenset(words)


def number_token(doc: Doc, mention: QuantityMention) -> Token | None:
    """The token that holds the last character of the mention's number."""
    span = doc.char_span(mention.number_start, mention.number_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span[-1]


def _counted_noun(token: Token) -> Token | None:
    head = token.head
    if token.dep_ in COUNTING_DEPS and head.pos_ in ("NOUN", "PROPN") and head.i > token.i:
        return head
    if token.dep_ in ("nsubj", "dobj", "pobj", "attr", "appos", "conj") and token.pos_ == "NUM":
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
                if objects:
                    return objects[0]
    return None


def attach_counted(doc: Doc, mention: QuantityMention) -> QuantityMention:
    """A bare number's count noun and unit, from the parse; other mentions unchanged."""
    if mention.unit is not None or mention.scaled and not mention.vague:
        return mention
    token = number_token(doc, mention)
    if token is None:
        return mention
    noun = _counted_noun(token)
    if noun is None:
        return mention
    lemma = noun.lemma_.lower()
    unit = "person" if (noun.lower_ in person_nouns() or f"{lemma}s" in person_nouns() or lemma == "people") else "count"
    end = max(mention.end, noun.idx + len(noun.text))
    counted = doc.text[token.idx + len(token.text) : noun.idx + len(noun.text)].strip()
    if counted.lower().startswith("of "):
        counted = counted[3:]
    return mention.with_(unit=unit, unit_kind="count", unit_text=noun.text, counted=counted or noun.text,
                         end=end, text=doc.text[mention.start : end])
