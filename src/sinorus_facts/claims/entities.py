"""Entities a claim is about: countries, organisations, companies and projects, each under
one name (the entities lexicon: "PRC" and "Chinese" are China, "Nornickel" is Norilsk
Nickel). A capital is its state where the text means the government ("Beijing agreed")
and the city where it means the place ("a forum in Beijing"). Names the model's NER finds
that no entry covers are kept as written; the figure's own words and its source's words
are left out (the source of a figure is not what it is about).

>>> entities_in("Gazprom will supply China via Power of Siberia 2, the PRC said.")
('Gazprom', 'China', 'Power of Siberia 2')
>>> entities_in("Talks in Beijing ended; Beijing agreed.")
('Beijing', 'China')
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from sinorus_facts.common.alternation import words_alternation
from sinorus_facts.common.extensions import per_doc, text_of
from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.lexicons.cues import cue_entries
from sinorus_facts.periods.patterns import calendar_number

__all__ = ["entities_in", "entities_of", "lexicon_names", "names_beyond_lexicon"]

# A preposition of place right before a name: "in Beijing", "to Moscow", "from Kyiv".
PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|to|from|near|outside|via|around|across|through|into|visit(?:ed|ing|s)?)\s+)\Z",
    re.IGNORECASE,
)

# What NER adds: names of organisations, places and facilities.
NER_LABELS = frozenset({"ORG", "GPE", "FAC", "LOC"})

# Leading article and trailing possessive stripped from an NER name: "the Kremlin's" -> "Kremlin".
NER_TRIM = re.compile(r"^(?:the|a|an)\s+|['’]s?$", re.IGNORECASE)

IGNORE = "ignore"

# Tags of a proper noun: a sentence's first word is a name only when tagged so ("Rosneft
# said", not "Exports rose").
PROPER_TAGS = frozenset({"NNP", "NNPS"})


@lexicon_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern[str], dict[str, tuple[str, str | None]]]:
    names: dict[str, tuple[str, str | None]] = {}
    for entry in cue_entries("entities"):
        for word in entry.words:
            names.setdefault(word, (entry.label, entry.value))
    words = sorted(names, key=len, reverse=True)
    # Any entity name as whole words, longest first: "Power of Siberia 2" before "Power of
    # Siberia" (as a trie: common.alternation).
    pattern = re.compile(r"(?<![\w-])(?:" + words_alternation(words) + r")(?![\w-])")
    return pattern, names


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def entities_in(text: str, *, skip: Iterable[tuple[int, int]] = ()) -> tuple[str, ...]:
    """The canonical names of the entities ``text`` mentions (outside the character spans
    ``skip``), in order of first mention."""
    pattern, names = _matcher()
    skipped = list(skip)
    seen: list[str] = []
    for match in pattern.finditer(text):
        if _overlaps(match.start(), match.end(), skipped):
            continue
        label, place = names[match.group(0)]
        if place is not None and PLACE_BEFORE.search(
            text, max(0, match.start() - 20), match.start()
        ):
            label = place
        if label != IGNORE and label not in seen:
            seen.append(label)
    return tuple(seen)


def entities_of(doc: Doc, *, skip: Iterable[tuple[int, int]] = ()) -> tuple[str, ...]:
    """The entities of a parsed sentence: the lexicon's, then NER's organisations, places
    and facilities that no entry covers (outside the character spans ``skip``).

    >>> import spacy
    >>> entities_of(spacy.blank("en")("Rosneft sold oil to CNPC."))
    ('Rosneft', 'CNPC')
    """
    skipped = list(skip)
    text = text_of(doc)
    found = list(entities_in(text, skip=skipped))
    pattern, _ = _matcher()
    covered = [m.span() for m in pattern.finditer(text)]
    for ent in doc.ents:
        span = (ent.start_char, ent.end_char)
        if (
            ent.label_ not in NER_LABELS
            or _overlaps(*span, covered)
            or _overlaps(*span, skipped)
            or _dateline(ent)
        ):
            continue
        name = NER_TRIM.sub("", ent.text.strip()).strip()
        if _looks_like_name(name) and name not in found:
            found.append(name)
    return tuple(found)


def _dateline(ent: Span) -> bool:
    """A place in capitals opening the text before a comma: "MOSCOW, Jan. 14 (Xinhua) --"."""
    doc = ent.doc
    return ent.start == 0 and ent.text.isupper() and ent.end < len(doc) and doc[ent.end].text == ","


def _looks_like_name(name: str) -> bool:
    """Capitalised words (with "of", "and", "the" between), not a bare number or a date."""
    words = name.split()
    if not words or len(words) > 7 or not words[0][:1].isupper():
        return False
    return all(
        w[:1].isupper() or w in ("of", "and", "the", "for", "de") or w[:1].isdigit() for w in words
    )


def lexicon_names(doc: Doc) -> frozenset[int]:
    """The indexes of the tokens of ``doc`` inside a name of the entities lexicon.

    >>> import spacy
    >>> sorted(lexicon_names(spacy.blank("en")("Gazprom will supply China.")))
    [0, 3]
    """
    return per_doc(doc, "sinorus_facts.lexicon_names", _find_lexicon_names)


def _find_lexicon_names(doc: Doc) -> frozenset[int]:
    pattern, _ = _matcher()
    indexes: set[int] = set()
    for match in pattern.finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            indexes.update(range(span.start, span.end))
    return frozenset(indexes)


def names_beyond_lexicon(doc: Doc) -> bool:
    """Whether a tagged sentence has a capitalised word that neither the entities lexicon
    nor the calendar accounts for (its first word aside, unless tagged a proper noun; the
    pronoun "I"; a lexicon name written in capitals, as a dateline writes it): a name only
    NER can tell. Where there is none, NER changes no claim: the lexicon gives
    the entities and the names, the library's own time expressions say when.

    >>> from sinorus_facts.pipeline.loading import load_pipeline
    >>> nlp = load_pipeline()
    >>> [names_beyond_lexicon(nlp(t)) for t in ("Exports to China rose 5% in May.", "Exports rose 5%, Ivanov said.")]
    [False, True]
    """
    known = lexicon_names(doc)
    first = next((t.i for t in doc if t.is_alpha), None)
    for token in doc:
        if not token.text[:1].isupper() or token.i in known:
            continue
        if token.i == first and token.tag_ not in PROPER_TAGS:
            continue
        word = token.text
        if (
            calendar_number("month", word) is not None
            or calendar_number("weekday", word) is not None
            or token.tag_ == "PRP"  # "I"
            or (word.isupper() and len(word) > 1 and word.title() in _matcher()[1])
        ):
            continue  # a month, a weekday, a pronoun, a known name in capitals ("MOSCOW, May 5")
        return True
    return False
