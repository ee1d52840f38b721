"""Attribution within a sentence: who the text credits with a figure.

"according to X" (X a named source, not "statistical data"), "statistics from X show",
and the subject of a speech verb ("said Li Hui", "Zhang added", "the administration of
Altai Krai informed"). Pronouns and descriptions ("he", "the Chinese envoy") are returned
as such, for the document pass to resolve to a name.

>>> # see tests/test_attribution.py for the table of forms
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sinorus_facts.claims.cues import cue_words, phrase_pattern
from sinorus_facts.claims.syntax import head_of_mention, tree_distance
from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["Speaker", "clean_source", "speaker_of"]

# A possessive "words" after a name: "Li Hui’s words" -> "Li Hui".
POSSESSIVE_WORDS = re.compile(r"['’]s\s+(?:words|data|figures|statistics|estimates|calculations|report)\b.*$", re.IGNORECASE)

# Titles and roles stripped from the front of a speaker's phrase when a name follows.
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Speaker:
    """Who a sentence credits: the text, and what it is (``name``, ``pronoun``, ``description``)."""

    text: str
    kind: str
    start: int


def clean_source(text: str) -> str:
    """A source phrase without its frame: "the latest figures from the Russian Central
    Election Commission" -> "Russian Central Election Commission".

    >>> clean_source("the latest figures from the Russian Central Election Commission")
    'Russian Central Election Commission'
    >>> clean_source("Li Hui’s words")
    'Li Hui'
    """
    text = " ".join(text.split()).strip(" ,.;:")
    for _ in range(3):
        found = phrase_pattern("attribution", "source_noun").match(text)
        if not found:
            break
        text = text[found.end() :].strip()
    text = POSSESSIVE_WORDS.sub("", text)
    text = LEADING_ARTICLE.sub("", text)
    return text.strip(" ,.;:\"“”'‘’")


def _is_named(span: Span) -> bool:
    return any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in span) or any(
        t.text[:1].isupper() and t.i > span.start for t in span
    ) or (len(span) == 1 and span[0].text[:1].isupper())


def _phrase(token: Token) -> Span:
    """The words of a subject or object, without its relative clause or appositive
    ("Sergey Sanakoyev, head of the center, who ..." -> "Sergey Sanakoyev")."""
    doc = token.doc
    skip = {t.i for child in token.children if child.dep_ in ("relcl", "appos", "acl", "punct") for t in child.subtree}
    kept = [t.i for t in token.subtree if t.i not in skip and t.dep_ != "punct"] or [token.i]
    return doc[min(kept) : max(kept) + 1]


def _person_in(span: Span) -> str | None:
    for ent in span.doc.ents:
        if ent.label_ == "PERSON" and ent.start >= span.start and ent.end <= span.end:
            return ent.text
    return None


def _according_to(doc: Doc) -> Speaker | None:
    for match in phrase_pattern("attribution", "according_to").finditer(doc.text):
        span = doc.char_span(match.end(), len(doc.text), alignment_mode="expand")
        if span is None or not len(span):
            continue
        first = span[0]
        root = first
        while root.head.i != root.i and root.head.i >= span.start and root.head.i < span.end and root.dep_ != "pobj":
            root = root.head
        phrase = _phrase(root) if root.dep_ == "pobj" else _phrase(first)
        if phrase.start < span.start:
            phrase = doc[span.start : phrase.end]
        text = clean_source(phrase.text)
        if not text:
            continue
        named = _is_named(phrase) or text[:1].isupper()
        if not named:
            continue  # "according to statistical data" credits nobody
        person = _person_in(phrase)
        return Speaker(person or text, "name", match.start())
    return None


def speaker_of(doc: Doc, mention: QuantityMention) -> Speaker | None:
    """The speaker the sentence ``doc`` credits with ``mention``, or None."""
    source = _according_to(doc)
    if source is not None:
        return source
    if not doc.has_annotation("DEP"):
        return None
    head = head_of_mention(doc, mention)
    verbs = cue_words("attribution", "speech_verb")
    pronouns = cue_words("attribution", "pronoun")
    best: tuple[int, Speaker] | None = None
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in verbs:
            continue
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        subject = subjects[0]
        if subject.tag_ in ("WDT", "WP") or subject.lower_ in ("that", "which", "who"):
            continue  # "which concluded Wednesday": a relative clause, nobody speaking
        if head is not None and subject.i <= head.i < subject.i + len(list(subject.subtree)) and head in subject.subtree:
            continue
        phrase = _phrase(subject)
        text = clean_source(phrase.text)
        if not text:
            continue
        person = _person_in(phrase)
        lowered = phrase.text.lower().strip()
        if person:
            speaker = Speaker(person, "name", phrase.start_char)
        elif lowered in pronouns or subject.pos_ == "PRON":
            speaker = Speaker(phrase.text, "pronoun", phrase.start_char)
        elif phrase[0].lower_ in ("the", "a", "an") and not any(t.text[:1].isupper() for t in phrase[1:]):
            speaker = Speaker(phrase.text, "description", phrase.start_char)
        else:
            speaker = Speaker(text, "name", phrase.start_char)
        distance = tree_distance(head, token) if head is not None else 0
        if best is None or distance < best[0]:
            best = (distance, speaker)
    return best[1] if best else None
