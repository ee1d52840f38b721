"""Modality: is a figure reported as fact, forecast, or target? (ConText-style cues.)

The cues are data (the ``modality`` lexicon). What decides is the words that govern the
figure, not anywhere in the sentence:

- with a parse, a cue counts when it stands on the figure's chain of governors up to the
  head of its clause ("is likely to *surpass* 100 billion": surpass <- likely), or is an
  auxiliary, adverb or modifier of one of them ("*may* rise", "its *current* $61.03"); a cue
  inside the figure's own complement does not ("30 percent *of the federal budget*"), nor
  one in another clause ("..., which *should* grow further"). The nearest cue wins; on a
  tie a target beats a forecast, and a present-state cue ("current") loses;
- the noun the figure measures is a cue too ("the budget at $279 billion" is a target);
- a bare "will" yields to a deadline ("will reach $200 billion by 2024" is a target);
- without a parse, the cue's scope is the figure's clause in the text (ConText's window).

>>> import spacy
>>> doc = spacy.blank("en")("Trade is likely to surpass 100 billion dollars this year.")
>>> from sinorus_facts.quantities.finder import find_quantities
>>> modality_of(doc, find_quantities(doc.text)[0])
'forecast'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from sinorus_facts.common.extensions import per_doc, text_of
from sinorus_facts.common.syntax import Link, governing_chain, has_parse, head_of_mention, span_of
from sinorus_facts.lexicons import ContextCueEntry, lexicon_cache
from sinorus_facts.lexicons.cues import context_cues, cue_pattern, word_forms
from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["ModalityCue", "clause_bounds", "find_modality", "modality_of"]

# Where a clause ends before a figure, without a parse: ";" or a comma followed by a
# conjunction or relative word, or "but", "while". Matches ", and " in "through April, and
# is likely", "; " and " but ".
CLAUSE_BREAK = re.compile(
    r";|,\s*(?:and|but|while|whereas|although|though|which|who)\b|\b(?:but|while|whereas|although)\b|[()]",
    re.IGNORECASE,
)

# The end of a figure's clause after it, without a parse: ", " ";" ":" a dash or a bracket,
# or "and"/"but"/"while" ("100 billion this year, and exports ...").
CLAUSE_END_AFTER = re.compile(r"[,;:()–—]|\b(?:and|but|while)\b", re.IGNORECASE)

# A four-digit year in a deadline: "by 2024", "by the end of 2030".
YEAR = re.compile(r"^(?:19|20)\d\d$")

# Relations by which a word hangs on a chain word and can carry its modality: "will"
# (aux), "likely" (acomp), "probably" (advmod), "expected" (amod), "current" (amod), "if" (mark).
ATTACHED = frozenset(
    {"aux", "auxpass", "advmod", "acomp", "amod", "neg", "prep", "npadvmod", "xcomp", "dep", "mark"}
)

# Relations by which a figure stands in a verb's object, not in a clause it reports.
OBJECT_PATH = frozenset(
    {
        "dobj",
        "pobj",
        "prep",
        "compound",
        "nmod",
        "nummod",
        "quantmod",
        "amod",
        "appos",
        "conj",
        "attr",
        "oprd",
        "dative",
        "self",
    }
)

# Where a label stands when two cues are as near: a target, then a forecast; "actual".
PRIORITY = {"target": 0, "forecast": 1, "actual": 2}

# Words that open a deadline ("by 2024", "by the end of 2030").
DEADLINE_WORDS = frozenset({"by"})

PAST_TAGS = frozenset({"VBD", "VBN"})


@dataclass(frozen=True)
class ModalityCue:
    """The cue that decided a figure's modality: its label, words, and where it starts."""

    label: str
    text: str
    start: int
    distance: float
    weak: bool = False
    modal: bool = False


def modality_of(doc: Doc, mention: QuantityMention, *, measure_head: int | None = None) -> str:
    """``actual``, ``forecast`` or ``target`` for the figure ``mention`` of ``doc``;
    ``measure_head`` is the index of the noun the figure measures, when known."""
    cue = find_modality(doc, mention, measure_head=measure_head)
    return cue.label if cue is not None else "actual"


def find_modality(
    doc: Doc, mention: QuantityMention, *, measure_head: int | None = None
) -> ModalityCue | None:
    """The cue that governs ``mention`` (None: reported as fact).

    >>> import spacy
    >>> doc = spacy.blank("en")("Exports rose 5% more than expected.")
    >>> from sinorus_facts.quantities.finder import find_quantities
    >>> find_modality(doc, find_quantities(doc.text)[0]) is None
    True
    """
    figure = span_of(doc, mention.number_start, mention.end)
    head = head_of_mention(doc, mention)
    if figure is None or head is None or not has_parse(doc):
        return _by_window(doc, mention)
    counts = mention.unit in ("count", "person")
    return _by_syntax(doc, figure, head, measure_head, counts=counts)


# --- with a parse ---------------------------------------------------------------------


# Where a sentence's modality cues are kept once matched (doc.user_data).
CUES_KEY = "sinorus_facts.modality_cues"


def _cue_tokens(doc: Doc) -> dict[int, tuple[ContextCueEntry, Span]]:
    """Every cue of the lexicon in ``doc``, by the index of each of its tokens (matched
    once per Doc: the figures of a sentence share them)."""
    return per_doc(doc, CUES_KEY, _match_cues)


def _match_cues(doc: Doc) -> dict[int, tuple[ContextCueEntry, Span]]:
    lexicon = context_cues("modality")
    plan = _plan(lexicon)
    entries = [entry for entry, _, _ in plan]
    one_word = _one_word_hits(doc, entries, lexicon)
    found: dict[int, tuple[ContextCueEntry, Span]] = {}
    pseudo: set[int] = set()
    text = text_of(doc)
    glued = _glued_words(doc)
    for number, (entry, letters_only, pattern) in enumerate(plan):
        for i in one_word.get(number, ()):
            if entry.label == "pseudo":
                pseudo.add(i)
            else:
                found.setdefault(i, (entry, doc[i : i + 1]))
        if not glued and letters_only:
            continue  # its matches are single tokens, which go by lemma (above)
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or (len(span) == 1 and " " not in match.group(0) and not entry.regex):
                continue  # one-word cues go by lemma (above)
            if entry.label == "pseudo":
                pseudo.update(t.i for t in span)
                continue
            for token in span:
                found.setdefault(token.i, (entry, span))
    return {i: hit for i, hit in found.items() if not any(t.i in pseudo for t in hit[1])}


def _glued_words(doc: Doc) -> bool:
    """Whether two tokens of ``doc`` join letter to letter with no space ("can" + "not"):
    only there can a cue word of letters alone span more than one token."""
    return any(
        not a.whitespace_ and a.text[-1:].isalpha() and b.text[:1].isalpha()
        for a, b in pairwise(doc)
    )


def _letters_only(entry: ContextCueEntry) -> bool:
    """Whether ``entry`` is single words of letters alone (no phrase, no regex of its own)."""
    return not entry.regex and all(w.isalpha() for w in entry.words)


# The entries matched (all but "terminate"), each with whether it is letters alone and its
# pattern; kept for the lexicon they were computed from (a new lexicon starts afresh).
_PLAN: list[
    tuple[tuple[ContextCueEntry, ...], list[tuple[ContextCueEntry, bool, re.Pattern[str]]]]
] = []


def _plan(
    lexicon: tuple[ContextCueEntry, ...],
) -> list[tuple[ContextCueEntry, bool, re.Pattern[str]]]:
    if not _PLAN or _PLAN[0][0] is not lexicon:
        _PLAN[:] = [
            (
                lexicon,
                [(e, _letters_only(e), cue_pattern(e)) for e in lexicon if e.label != "terminate"],
            )
        ]
    return _PLAN[0][1]


# The entries each (lemma, word) is a one-word cue of, by their place among the entries;
# kept for the entries they were computed with (a new lexicon starts afresh).
_WORD_CUES: dict[tuple[str, str], tuple[int, ...]] = {}
_WORD_CUES_FOR: list[tuple[ContextCueEntry, ...]] = []
_WORD_CUES_MAX = 200_000


def _one_word_hits(
    doc: Doc, entries: list[ContextCueEntry], lexicon: tuple[ContextCueEntry, ...]
) -> dict[int, list[int]]:
    """For each entry (by its place in ``entries``, taken from ``lexicon``), the tokens
    that are that one-word cue, in order: each token's attributes read once, each distinct
    word tried once per lexicon."""
    hits: dict[int, list[int]] = {}
    if not _WORD_CUES_FOR or _WORD_CUES_FOR[0] is not lexicon or len(_WORD_CUES) > _WORD_CUES_MAX:
        _WORD_CUES.clear()
        _WORD_CUES_FOR[:] = [lexicon]
    words_of = _WORD_CUES
    for token in doc:
        key = (token.lemma_.lower(), token.lower_)
        matching = words_of.get(key)
        if matching is None:
            matching = words_of[key] = tuple(
                n for n, e in enumerate(entries) if _one_word_form_match(e, *key)
            )
        if not matching:
            continue
        pos, tag = token.pos_, token.tag_
        for number in matching:
            entry = entries[number]
            if (not entry.pos or pos in entry.pos) and (not entry.tags or tag in entry.tags):
                hits.setdefault(number, []).append(token.i)
    return hits


def _one_word_form_match(entry: ContextCueEntry, lemma: str, lower: str) -> bool:
    words, forms = _one_word_forms(entry)
    return lemma in words or lower in words or forms.fullmatch(lower) is not None


@lexicon_cache
def _one_word_forms(entry: ContextCueEntry) -> tuple[frozenset[str], re.Pattern[str]]:
    words = frozenset(w.lower() for w in entry.words if " " not in w)
    forms = "|".join(word_forms(w) for w in sorted(words)) or "(?!)"
    return words, re.compile(f"(?:{forms})", re.IGNORECASE)


def _by_syntax(
    doc: Doc, figure: Span, head: Token, measure_head: int | None, *, counts: bool
) -> ModalityCue | None:
    """Cues on the figure's chain of governors; ``counts``: the figure counts things, which
    an object-scope cue does not govern ("signed 22 agreements" reports a signing)."""
    cues = _cue_tokens(doc)
    inside = set(range(figure.start, figure.end))
    chain = governing_chain(head)
    hits: list[ModalityCue] = []
    for position, link in enumerate(chain):
        path = {lk.via for lk in chain[: position + 1]}
        candidates = [link.token, *(c for c in link.token.children if c.dep_ in ATTACHED)]
        if link.token.lemma_ == "be":  # "the target is 1 million visitors"
            candidates += [c for c in link.token.children if c.dep_ == "nsubj"]
        for token in candidates:
            hit = cues.get(token.i) if token.i not in inside else None
            if hit is None or (hit[0].scope == "object" and (counts or not path <= OBJECT_PATH)):
                continue
            entry, span = hit
            hits.append(
                ModalityCue(
                    entry.label,
                    span.text,
                    span.start_char,
                    link.distance,
                    entry.weak,
                    bool(entry.tags),
                )
            )
    if measure_head is not None and measure_head not in inside and measure_head in cues:
        entry, span = cues[measure_head]
        if entry.scope == "clause" and entry.label != "actual":
            hits.append(ModalityCue(entry.label, span.text, span.start_char, 1, entry.weak))
    # a word cue ("agreed", "expected") frames the modal verb of the clause it governs
    # ("agreed that trade should reach"): modals decide only where no word cue speaks
    best = min(hits, key=_rank, default=None)
    lexical = [c for c in hits if not c.modal and c.label != "actual"]
    if best is not None and best.modal and lexical:
        best = min(lexical, key=_rank)
    deadline = _deadline(doc, chain)
    if deadline is not None and (
        (best is None and not _past(chain)) or (best is not None and best.weak)
    ):
        return deadline
    return None if best is None or best.label == "actual" else best


def _rank(cue: ModalityCue) -> tuple[float, int]:
    return cue.distance, PRIORITY.get(cue.label, 3)


def _deadline(doc: Doc, chain: list[Link]) -> ModalityCue | None:
    """A "by <year>" on a chain word: "reach $200 billion by 2024"."""
    for link in chain:
        for child in link.token.children:
            if child.lower_ in DEADLINE_WORDS and child.dep_ in ("prep", "agent"):
                years = [t for t in child.subtree if YEAR.match(t.text) and _future(doc, t.text)]
                if years:
                    return ModalityCue(
                        "target", doc[child.i : years[0].i + 1].text, child.idx, link.distance
                    )
    return None


def _future(doc: Doc, year: str) -> bool:
    context = doc._.sf_context if doc.has_extension("sf_context") else None
    reference = (context or {}).get("reference_date")
    return reference is None or int(year) >= int(str(reference)[:4])


def _past(chain: list[Link]) -> bool:
    """Whether the figure's verb is in a past tense with no modal ("had reached ... by 2017")."""
    for link in chain:
        if link.token.pos_ in ("VERB", "AUX"):
            modal = any(c.tag_ == "MD" for c in link.token.children)
            return link.token.tag_ in PAST_TAGS and not modal
    return False


# --- without a parse (ConText's window) ------------------------------------------------


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start of the clause before ``start`` and the end of the clause after ``end``.

    >>> text = "Trade rose 5%, while exports are likely to fall."
    >>> clause_bounds(text, 11, 13)
    (0, 13)
    """
    before = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)]
    after = CLAUSE_END_AFTER.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _by_window(doc: Doc, mention: QuantityMention) -> ModalityCue | None:
    """ConText without a parse: cues in the figure's clause, by their direction; cues that
    need a part of speech to be told apart ("project" the verb) are left out."""
    text = text_of(doc)
    lo, hi = clause_bounds(text, mention.start, mention.end)
    entries = context_cues("modality")
    pseudo = [
        m.span() for e in entries if e.label == "pseudo" for m in cue_pattern(e).finditer(text)
    ]
    best: ModalityCue | None = None
    for entry in entries:
        if entry.label in ("pseudo", "terminate") or (entry.pos and "NOUN" not in entry.pos):
            continue
        for match in cue_pattern(entry).finditer(text, lo, hi):
            if (
                any(s <= match.start() < e for s, e in pseudo)
                or mention.start <= match.start() < mention.end
            ):
                continue
            if entry.tags and not text[match.start()].islower():
                continue  # "May" the month is no modal
            before = match.end() <= mention.start
            if (entry.direction == "backward" and before) or (
                entry.direction == "forward" and not before
            ):
                continue
            distance = mention.start - match.end() if before else match.start() - mention.end
            cue = ModalityCue(entry.label, match.group(0), match.start(), distance, entry.weak)
            if best is None or (cue.distance, PRIORITY.get(cue.label, 3)) < (
                best.distance,
                PRIORITY.get(best.label, 3),
            ):
                best = cue
    return None if best is None or best.label == "actual" else best
