"""Measure: what a figure measures, in the text's words, from the sentence's syntax.

"the bilateral trade volume of China and Russia reached 31.2 billion" -> the subject of
the verb the figure completes; "32 tourist routes" -> the noun the figure counts;
"at $279 billion" -> the noun the phrase hangs on; "around 30 percent of the federal
budget" -> the subject again ("energy revenue in Russia").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sinorus_facts.claims.syntax import head_of_mention
from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["measure_of"]

# Longest measure kept, in words.
MAX_WORDS = 14

# Dependency labels by which a figure completes a verb.
VERB_SLOTS = frozenset({"dobj", "attr", "npadvmod", "advmod", "acomp", "oprd", "pobj", "nsubj", "dative", "appos", "conj", "quantmod", "nummod"})


def _subject(verb: Token) -> Token | None:
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if subjects and subjects[0].pos_ != "PRON" and subjects[0].dep_ != "expl":
            return subjects[0]
        if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
            continue
        return None
    return None


def _phrase_before(doc: Doc, verb: Token) -> Token | None:
    """The noun whose phrase ends right before ``verb``: the subject a small model parsed
    as an object ("Zhang added [the bilateral trade volume] reached ...")."""
    best = None
    for token in doc[max(0, verb.i - 15) : verb.i]:
        if token.pos_ in ("NOUN", "PROPN") and token.right_edge.i == verb.i - 1:
            if best is None or token.left_edge.i < best.left_edge.i:
                best = token
    return best


def _words(doc: Doc, token: Token, figure: Span | None) -> str | None:
    skip = {t.i for child in token.children if child.dep_ in ("relcl", "appos", "acl", "punct", "advcl") for t in child.subtree}
    if figure is not None:
        skip.update(range(figure.start, figure.end))
    kept = [t for t in token.subtree if t.i not in skip and t.dep_ != "punct"]
    while kept and kept[0].dep_ in ("det", "predet", "cc") :
        kept = kept[1:]
    if not kept:
        return None
    span = doc[kept[0].i : kept[-1].i + 1]
    words = span.text.split()
    if len(words) > MAX_WORDS:
        words = words[:MAX_WORDS]
    text = " ".join(words).strip(" ,.;:\"“”()")
    return text or None


def measure_of(doc: Doc, mention: QuantityMention) -> str | None:
    """The words for what ``mention`` measures, or None when the parse gives none."""
    if not doc.has_annotation("DEP"):
        return mention.counted
    figure = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    head = head_of_mention(doc, mention)
    if head is None:
        return mention.counted
    if mention.counted:
        return mention.counted
    if head.dep_ in ("compound", "amod", "nmod", "nummod") and head.head.pos_ in ("NOUN", "PROPN"):
        return _words(doc, head.head, figure)
    token = head
    # "at $279 billion" / "of 15 percent": climb from the preposition to what it modifies
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        attached = token.head.head
        if attached.pos_ in ("NOUN", "PROPN"):
            return _words(doc, attached, figure)
        token = attached
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if verb.pos_ in ("VERB", "AUX"):
        if verb.lemma_ == "be" and head.dep_ == "pobj":
            # "has been Russia's largest trade partner for eight years": the state lasted
            attributes = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
            if attributes:
                return _words(doc, attributes[0], figure)
        subject = _subject(verb)
        if subject is None:
            subject = _phrase_before(doc, verb)
        if subject is not None and (figure is None or not (figure.start <= subject.i < figure.end)):
            return _words(doc, subject, figure)
        objects = [c for c in verb.children if c.dep_ == "dobj" and (figure is None or not figure.start <= c.i < figure.end)]
        if objects:
            return _words(doc, objects[0], figure)
    return None
