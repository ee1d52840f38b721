"""Modality: is a figure reported as fact, forecast, or target? (ConText-style cues.)

The cues are data (the ``modality`` lexicon: each entry's label, scope and the figures it
speaks of). What decides is the predicate that governs the figure and the thing the figure
belongs to, not any word anywhere in the sentence:

- with a parse, a cue counts when it stands on the figure's chain of governors up to the
  head of its clause ("is likely to *surpass* 100 billion": surpass <- likely), or is an
  auxiliary, adverb or modifier of one of them ("*may* rise", "its *current* $61.03"); a cue
  inside the figure's own complement does not ("30 percent *of the federal budget*"), nor
  one in another clause ("..., which *should* grow further"), nor one that closes a "with"
  phrase ("down 9% with more falls expected"). The nearest cue wins; on a tie a target
  beats a forecast, and a present-state cue ("current") loses;
- the figure's own clause is where it is read: a relative clause whose object is the figure
  governs it ("the 300,000 bpd it *already* ships" is a fact in a sentence of "will"); a
  size before the subject noun describes the thing ("the 7,194-meter bridge will connect"
  is a fact); each conjunct has its own cues ("expects X and *plans* to Y");
- the thing the figure belongs to is a cue too, after the words that govern it: a deal, a
  loan, a decree, an exercise, a thing being built (``owner`` cues; "a deal it valued at
  $270 billion", "both loans have 15-year tenors", "a decision was made to increase
  supplies to 44 bcm", "the railway, which is being built, will be 770 km long"); the
  noun the figure measures ("the budget at $279 billion");
- a verb of what was handed over or has ended, in the past, as the figure's own verb,
  makes it a fact even under a deal ("under the agreement, the companies received loans
  of $10 billion": ``done`` cues); so does an earlier value ("doubles from 57 Mt");
- a bare "will" yields to a deadline ("will reach $200 billion by 2024" is a target);
- without a parse, the cue's scope is the figure's clause in the text (ConText's window).

Besides the label and its cue (offsets and the rule ``modality.<entry id>``, kept on the
claim draft as the evidence of its modality), the reading says whether the figure is a
*term* of a commitment: its verb is one by which a commitment is carried out ("will supply",
"would send", the lexicon's ``fulfil`` words) or it belongs to a deal or a loan. The
document stage (:mod:`sinorus_facts.context.commitments`) makes such a bare "will" a target
where the article names the commitment.

>>> import spacy
>>> doc = spacy.blank("en")("Trade is likely to surpass 100 billion dollars this year.")
>>> from sinorus_facts.quantities.finder import find_quantities
>>> modality_of(doc, find_quantities(doc.text)[0])
'forecast'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from spacy.attrs import IDX, LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from sinorus_facts.claims.draft import FieldCue
from sinorus_facts.claims.roles import Roles, verb_form
from sinorus_facts.common.extensions import per_doc, text_of
from sinorus_facts.common.syntax import (
    Link,
    governing_chain,
    has_parse,
    head_of_mention,
    span_of,
    subject_of,
)
from sinorus_facts.lexicons import ContextCueEntry, lexicon_cache
from sinorus_facts.lexicons.cues import context_cues, cue_pattern, word_forms
from sinorus_facts.quantities.mention import QuantityMention

__all__ = [
    "ModalityCue",
    "ModalityReading",
    "clause_bounds",
    "find_modality",
    "modality_of",
    "read_modality",
]

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
        "xcomp",  # "would discuss *raising* supplies to 60 bcm": what is discussed
    }
)

# Where a label stands when two cues are as near: a target, then a forecast; "actual".
PRIORITY = {"target": 0, "forecast": 1, "actual": 2}

# The labels of cues; the lexicon's other labels are word lists ("fulfil": the verbs by
# which commitments are carried out) and "done" (a verb of what was handed over).
CUE_LABELS = frozenset({"forecast", "target", "actual", "done"})

# The labels matched in a sentence: the cues and the pseudo cues.
MATCHED = CUE_LABELS | {"pseudo"}

# Unit kinds of what is handed over: money, goods ("received $2 billion", "shipped 3 Mt").
AMOUNT_KINDS = frozenset({"currency", "mass", "volume", "energy"})

# Relations of a size written before its noun: "7,194-meter" (compound, amod, nummod).
ATTRIBUTIVE = frozenset({"compound", "amod", "nummod", "npadvmod"})

SUBJECTS = frozenset({"nsubj", "nsubjpass"})

# Relative pronouns: a relative clause whose subject or object is one has no gap elsewhere.
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom", "what"})

# Words that open a deadline ("by 2024", "by the end of 2030").
DEADLINE_WORDS = frozenset({"by"})

PAST_TAGS = frozenset({"VBD", "VBN"})

# Tags of finite verbs and modals: a headline of "X to do Y" has none.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

# Conjunctions of contrast: a verb they join keeps no cue of the verb before ("planned to
# ship 22 bcm *but* delivered 20.5 bcm").
CONTRAST_WORDS = frozenset({"but", "yet"})

# Words that open a clause of what has happened before or besides: "after 1.2 million came
# in 2024" is a fact in a sentence of expectation.
DONE_MARKS = frozenset({"after", "since", "as", "because", "although", "though", "whereas"})


@dataclass(frozen=True)
class ModalityCue:
    """The cue that decided a figure's modality: its label, words, where they start and
    end (characters of the Doc), and the rule (``modality.<lexicon entry id>``)."""

    label: str
    text: str
    start: int
    distance: float
    weak: bool = False
    modal: bool = False
    end: int = -1
    rule: str = ""
    governs: bool = True  # a word above the figure, not the thing it belongs to

    def as_field_cue(self) -> FieldCue:
        """The cue as the evidence of a draft's modality."""
        end = self.end if self.end >= 0 else self.start + len(self.text)
        return FieldCue(self.start, end, self.text, self.rule)


@dataclass(frozen=True)
class ModalityReading:
    """What a sentence says of a figure's modality: the label, the cue that decided it
    (None where nothing did: a fact), and whether the figure is a term of a commitment
    (its own verb supplies, lends or takes part, or it belongs to a deal or a loan)."""

    label: str
    cue: ModalityCue | None = None
    term: bool = False


def modality_of(doc: Doc, mention: QuantityMention, *, measure_head: int | None = None) -> str:
    """``actual``, ``forecast`` or ``target`` for the figure ``mention`` of ``doc``;
    ``measure_head`` is the index of the noun the figure measures, when known."""
    return read_modality(doc, mention, measure_head=measure_head).label


def read_modality(
    doc: Doc,
    mention: QuantityMention,
    *,
    measure_head: int | None = None,
    roles: Roles | None = None,
) -> ModalityReading:
    """The modality of ``mention``, the cue that decided it (an ``actual`` cue too: "up
    from", "already") and whether the figure is a term of a commitment; ``roles`` the
    figure's roles (:func:`~sinorus_facts.claims.roles.roles_en`), where the claim stage
    has read them: the subject of its verb is taken from them.

    >>> import spacy
    >>> doc = spacy.blank("en")("Exports are expected to rise 5%.")
    >>> from sinorus_facts.quantities.finder import find_quantities
    >>> reading = read_modality(doc, find_quantities(doc.text)[0])
    >>> reading.label, reading.cue.text, reading.cue.rule
    ('forecast', 'expected', 'modality.expect')
    """
    figure = span_of(doc, mention.number_start, mention.end)
    head = head_of_mention(doc, mention)
    if figure is None or head is None or not has_parse(doc):
        cue = _by_window(doc, mention)
        return ModalityReading(cue.label if cue else "actual", cue)
    counts = mention.unit in ("count", "person")
    cue, term = _read_syntax(
        doc,
        figure,
        head,
        measure_head,
        counts=counts,
        kind=_kind(mention),
        ranged=mention.from_value is not None or mention.change == "from_to",
        roles=roles,
    )
    return ModalityReading(cue.label if cue else "actual", cue, term)


def _kind(mention: QuantityMention) -> str | None:
    if mention.unit in ("year", "month", "week", "day", "hour"):
        return "duration"
    if mention.unit == "person":
        return "people"
    return mention.unit_kind


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
    cue = read_modality(doc, mention, measure_head=measure_head).cue
    return None if cue is None or cue.label == "actual" else cue


# --- with a parse ---------------------------------------------------------------------


# Where a sentence's modality cues are kept once matched (doc.user_data).
CUES_KEY = "sinorus_facts.modality_cues"


# A cue of the lexicon where it was found in a sentence.
Hit = tuple[ContextCueEntry, Span]


@dataclass(frozen=True)
class SentenceCues:
    """The cues of a sentence by the index of each of their tokens (every entry that
    matched, in the lexicon's order), and the tokens of cues a pseudo cue hides, with the
    pseudo cue's words ("than *expected*": "than expected")."""

    hits: dict[int, tuple[Hit, ...]]
    hidden: dict[int, Span]


def _cue_tokens(doc: Doc) -> SentenceCues:
    """Every cue of the lexicon in ``doc`` (matched once per Doc: the figures of a sentence
    share them)."""
    return per_doc(doc, CUES_KEY, _match_cues)


def _match_cues(doc: Doc) -> SentenceCues:
    lexicon = context_cues("modality")
    plan = _plan(lexicon)
    entries = [planned.entry for planned in plan]
    one_word = _one_word_hits(doc, entries, lexicon)
    found: dict[int, list[Hit]] = {}
    pseudo: dict[int, Span] = {}  # the tokens of pseudo cues: a cue wholly inside them is none
    text = text_of(doc)
    lowered = text.lower()
    glued = _glued_words(doc)
    for number, (entry, letters_only, pattern, anchors, needs) in enumerate(plan):
        for i in one_word.get(number, ()):
            if entry.label == "pseudo":
                pseudo[i] = doc[i : i + 1]
            else:
                found.setdefault(i, []).append((entry, doc[i : i + 1]))
        if not glued and letters_only:
            continue  # its matches are single tokens, which go by lemma (above)
        if (anchors or needs) and not (
            any(anchor in lowered for anchor in anchors) or (needs and needs.search(lowered))
        ):
            continue  # none of its words, nor what its regex needs, stands in the text
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or (len(span) == 1 and " " not in match.group(0) and not entry.regex):
                continue  # one-word cues go by lemma (above)
            if entry.label == "pseudo":
                pseudo.update((t.i, span) for t in span)
                continue
            for token in span:
                found.setdefault(token.i, []).append((entry, span))
    kept: dict[int, tuple[Hit, ...]] = {}
    hidden: dict[int, Span] = {}
    for i, hits in found.items():
        visible = tuple(h for h in hits if not all(t.i in pseudo for t in h[1]))
        if visible:
            kept[i] = visible
        elif i in pseudo:
            hidden[i] = pseudo[i]
    return SentenceCues(kept, hidden)


def _anchors(entry: ContextCueEntry) -> tuple[str, ...]:
    """What the text of any match of ``entry``'s words holds, lower-cased: the first word of
    each phrase, the stem of each one-word lemma ("plann" of "planned": see ``word_forms``);
    none for an entry with a regex of its own and no ``needs`` (it is always searched)."""
    if entry.regex and not entry.needs:
        return ()
    return tuple(
        sorted(
            {w.lower().split()[0] if " " in w else w.lower().removesuffix("e") for w in entry.words}
        )
    )


def _glued_words(doc: Doc) -> bool:
    """Whether two tokens of ``doc`` join letter to letter with no space ("can" + "not"):
    only there can a cue word of letters alone span more than one token. (Read from the
    tokens' offsets into the text: a letter on both sides of a token's start.)"""
    text = text_of(doc)
    return any(
        text[start - 1].isalpha() and text[start].isalpha()
        for start in doc.to_array(IDX).tolist()[1:]
    )


def _letters_only(entry: ContextCueEntry) -> bool:
    """Whether ``entry`` is single words of letters alone (no phrase, no regex of its own)."""
    return not entry.regex and all(w.isalpha() for w in entry.words)


class _Planned(NamedTuple):
    """An entry matched against each sentence, with what is worked out for it once."""

    entry: ContextCueEntry
    letters_only: bool
    pattern: re.Pattern[str]
    anchors: tuple[str, ...]
    # what a text must hold, lower-cased, for the entry's regex to match (its ``needs``)
    needs: re.Pattern[str] | None


# The entries matched (all but "terminate"), each with whether it is letters alone, its
# pattern and its anchors; kept for the lexicon they were computed from (a new lexicon
# starts afresh).
_PLAN: list[tuple[tuple[ContextCueEntry, ...], list[_Planned]]] = []


def _plan(lexicon: tuple[ContextCueEntry, ...]) -> list[_Planned]:
    if not _PLAN or _PLAN[0][0] is not lexicon:
        planned = [
            _Planned(
                e,
                _letters_only(e),
                cue_pattern(e),
                _anchors(e),
                re.compile(e.needs) if e.regex and e.needs else None,
            )
            for e in lexicon
            if e.label in MATCHED
        ]
        _PLAN[:] = [(lexicon, planned)]
    return _PLAN[0][1]


# The entries each (lemma, word), by their hashes, is a one-word cue of, by their place among the entries;
# kept for the entries they were computed with (a new lexicon starts afresh).
_WORD_CUES: dict[tuple[int, int], tuple[int, ...]] = {}
_WORD_CUES_FOR: list[tuple[ContextCueEntry, ...]] = []
_WORD_CUES_MAX = 200_000
# The one-word lemmas and the regex of their forms of each of those entries, in order.
_WORD_FORMS: list[tuple[frozenset[str], re.Pattern[str]]] = []


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
        _WORD_FORMS[:] = [_one_word_forms(e) for e in entries]
    words_of = _WORD_CUES
    word_forms_of = _WORD_FORMS
    strings = doc.vocab.strings
    for i, (lemma, lower) in enumerate(doc.to_array([LEMMA, LOWER]).tolist()):
        matching = words_of.get((lemma, lower))
        if matching is None:
            key = (strings[lemma].lower(), strings[lower])
            matching = words_of[(lemma, lower)] = tuple(
                n for n, forms in enumerate(word_forms_of) if _one_word_form_match(forms, *key)
            )
        if not matching:
            continue
        token = doc[i]
        pos, tag = token.pos_, token.tag_
        for number in matching:
            entry = entries[number]
            if (not entry.pos or pos in entry.pos) and (not entry.tags or tag in entry.tags):
                hits.setdefault(number, []).append(i)
    return hits


def _one_word_form_match(
    word_forms: tuple[frozenset[str], re.Pattern[str]], lemma: str, lower: str
) -> bool:
    words, forms = word_forms
    return lemma in words or lower in words or forms.fullmatch(lower) is not None


@lexicon_cache
def _one_word_forms(entry: ContextCueEntry) -> tuple[frozenset[str], re.Pattern[str]]:
    words = frozenset(w.lower() for w in entry.words if " " not in w)
    forms = "|".join(word_forms(w) for w in sorted(words)) or "(?!)"
    return words, re.compile(f"(?:{forms})", re.IGNORECASE)


def _read_syntax(
    doc: Doc,
    figure: Span,
    head: Token,
    measure_head: int | None,
    *,
    counts: bool,
    kind: str | None,
    ranged: bool = False,
    roles: Roles | None = None,
) -> tuple[ModalityCue | None, bool]:
    """The cue that decides the figure (an ``actual`` cue included) and whether the figure
    is a term of a commitment (:func:`read_modality`); ``kind`` is the figure's unit kind,
    ``ranged`` whether it holds its own earlier value ("from 10 to 12 bcm")."""
    cues = _cue_tokens(doc)
    inside = set(range(figure.start, figure.end))
    chain = _own_chain(head, inside)
    hits: list[ModalityCue] = []
    done: ModalityCue | None = None
    done_verb: Token | None = None
    governor = _governor(chain)
    path: set[str] = set()  # the relations from the figure up to this link
    for position, link in enumerate(chain):
        path.add(link.via)
        candidates = [link.token, *(c for c in link.token.children if c.dep_ in ATTACHED)]
        if link.token.lemma_.lower() in _words("revision_verb"):
            # "raised its forecast for the harvest to 135 mt": the object says what it is
            # "the projection of 5.2% was cut from 5.5%": the passive's subject says it
            candidates += [c for c in link.token.children if c.dep_ in ("dobj", "nsubjpass")]
        if position == 0:  # a participle after the figure: "above the 22 billion planned"
            candidates += [c for c in link.token.children if c.dep_ == "acl" and c.i > head.i]
        subjects: list[Token] = []
        if link.token.lemma_ == "be":  # "the target is 1 million visitors"
            subjects = [c for c in link.token.children if c.dep_ == "nsubj"]
        for token in [*candidates, *subjects]:
            if token.i in inside:
                continue
            if token.i in cues.hidden:  # "more than expected": the pseudo cue decides
                hits.append(_pseudo(cues.hidden[token.i], link.distance))
                continue
            hit = next(
                (
                    h
                    for h in cues.hits.get(token.i, ())
                    if _in_scope(h[0], token, link, path, counts=counts, kind=kind)
                ),
                None,
            )
            if hit is None:
                continue
            if counts and token is link.token and _doer_of(hit[0], token, link):
                # "three refiners plan to buy": who plans, not what is planned
                hits.append(replace(_cue(hit, link.distance), label="actual", rule="modality.doer"))
                continue
            if token is not link.token and _in_with_phrase(token, link.token, figure):
                continue  # "trade down 28% with more falls expected": the cue is the phrase's
            # the subject is what the figure is of, a step behind the verb's own modal
            # ("the deal may be worth $1 billion": "may")
            cue = _cue(hit, link.distance + (0.5 if token in subjects else 0))
            if token in subjects:
                cue = replace(cue, governs=False)
            if hit[0].label == "done":
                if (
                    token is governor
                    and _realised(token)
                    and not _terms_reached(token, head, roles)
                    and not _aim_attained(token, head, roles, kind)
                    and not _revises(token, cues)
                ):
                    done, done_verb = cue, token
                continue
            hits.append(cue)
    owners = _owners(chain, head, inside, governor, kind, roles)
    for owner in owners:
        owned = next(
            (
                h
                for h in cues.hits.get(owner.token.i, ())
                if _owns(h[0], owner, kind) and not (owner.attained and h[0].scope != "owner")
            ),
            None,
        )
        if owned is None and owner.direct:
            owned = _described(owner.token, cues, kind)
        if owned is not None:
            hits.append(replace(_cue(owned, owner.distance), governs=False))
    # "the target ... was met two years early": what is said of how a measure changed or
    # was attained is a fact
    changing = governor is not None and (
        governor.lemma_.lower() in _words("change_verb")
        or governor.lemma_.lower() in _words("attain")
        or _margin(chain, governor)
    )
    if measure_head is not None and measure_head not in inside and not changing:
        # "loans to Russian firms rose 30 percent": a measure that changed is a fact
        # "the deal will cost the seller $3 billion": the figure's own modal is nearer
        measured = next(
            (
                h
                for h in cues.hits.get(measure_head, ())
                if h[0].scope in ("clause", "owner") and h[0].label in ("forecast", "target")
            ),
            None,
        )
        if measured is not None:
            hits.append(
                replace(_cue(measured, _verb_distance(chain, governor) + 0.5), governs=False)
            )
    basis = None if ranged else _basis(doc, head, inside)
    if basis is not None:
        hits.append(basis)
    term = _is_term(chain, governor, owners, cues, kind, roles)
    aim = _aim(chain, governor, cues, kind)
    if aim is not None and done is not None:
        return aim, term  # "fell short of the 1.2 million target": the target's figure
    own = [c for c in hits if c.governs and c.distance == 0 and c.label in ("target", "forecast")]
    if done is not None and own and len(chain) > 1 and chain[1].token is not done_verb:
        # "has invested $1.2 billion of *the planned $4 billion*": the figure's own word,
        # where it is not what was handed over ("received the expected $2 billion")
        return min(own, key=_rank), term
    if done is not None:
        return done, False  # "received loans of $10 billion": what was handed over is a fact
    if aim is not None:
        hits.append(aim)
    # the words that govern the figure speak before the thing it belongs to ("expects the
    # contract to bring $3 billion": "expects"); a word cue ("agreed", "expected") frames
    # the modal verb of the clause it governs ("agreed that trade should reach"): modals
    # decide only where no word cue speaks
    governing = [c for c in hits if c.governs]
    things = [c for c in hits if not c.governs and c.label == "target"]
    best = min(governing or hits, key=_rank, default=None)
    lexical = [c for c in governing if not c.modal and c.label != "actual"]
    if best is not None and best.modal and lexical:
        best = min(lexical, key=_rank)
    describing = governor is not None and governor.lemma_.lower() in _words("describe")
    if best is not None and best.weak and things and describing:
        # "the railway, which is being built, will be 770 km long": a bare "will" of a verb
        # of terms yields to what the thing is (a deal, a thing being built)
        best = min(things, key=_rank)
    if best is None:
        best = _contrast(chain)  # "but came in at $245 billion": a fact, whatever came before
    deadline = _deadline(doc, chain)
    if deadline is not None and (
        (best is None and not _past(chain)) or (best is not None and best.weak)
    ):
        return deadline, term
    if best is not None and best.weak and _deadline(doc, chain, passed=True) is not None:
        return None, term  # "Trade to hit $80 billion by 2017", read in 2019: what it reached
    return best, term


def _aim(
    chain: list[Link], governor: Token | None, cues: SentenceCues, kind: str | None
) -> ModalityCue | None:
    """The target or forecast noun whose number the figure is, below a verb that only
    compares with it ("fell short of the *1.2 million target*", "exceeded the *forecast of
    8%* growth"): the figure is the aim's, not what was done; a verb of attaining ("reached
    the target of 1.5 million", the ``attain`` words) makes it a fact, and so does a verb
    the figure is the object of by itself ("raised $2 billion")."""
    if governor is None:
        return None
    compared = any(
        link.token.lower_ in _words("compare_prep") and link.token.head.i == governor.i
        for link in chain
    )
    if governor.lemma_.lower() in _words("attain") and not compared:
        return None  # "hit a record 100 mcm, *above* the contract volume of 38 bcm": the aim's
    for link in chain:
        if link.token is governor:
            return None
        if link.token.pos_ != "NOUN":
            continue
        for hit in cues.hits.get(link.token.i, ()):
            entry = hit[0]
            if (
                entry.label in ("target", "forecast")
                and entry.scope == "clause"
                and not entry.regex
                and _fits(entry, kind)
            ):
                return replace(_cue(hit, link.distance), governs=False)
        for word in link.token.children:  # "the *contract* volume of 38 bcm"
            if word.dep_ != "compound":
                continue
            for hit in cues.hits.get(word.i, ()):
                entry = hit[0]
                if (
                    entry.label in ("target", "forecast")
                    and (entry.scope == "owner" or (compared and entry.scope == "clause"))
                    and not entry.regex
                    and _fits(entry, kind)
                ):  # "below the *plan* figure of 18 Mt" (set against a deed)
                    return replace(_cue(hit, link.distance), governs=False)
    return None


def _pseudo(span: Span, distance: float) -> ModalityCue:
    """A pseudo cue as what decided a figure is a fact ("rose 5% *more than expected*")."""
    return ModalityCue(
        "actual", span.text, span.start_char, distance, end=span.end_char, rule="modality.pseudo"
    )


def _cue(hit: Hit, distance: float) -> ModalityCue:
    entry, span = hit
    return ModalityCue(
        "actual" if entry.label == "done" else entry.label,
        span.text,
        span.start_char,
        distance,
        entry.weak,
        bool(entry.tags),
        span.end_char,
        f"modality.{entry.id}",
    )


def _in_scope(
    entry: ContextCueEntry,
    token: Token,
    link: Link,
    path: set[str],
    *,
    counts: bool,
    kind: str | None,
) -> bool:
    """Whether a cue on the chain governs the figure, by its scope and the figures it
    speaks of."""
    if entry.label not in CUE_LABELS:
        return False
    if entry.scope == "object" and (counts or not path <= OBJECT_PATH):
        return False
    if entry.scope == "root" and not _headline_infinitive(token, link.token):
        return False
    if entry.scope == "purpose" and not _purpose_infinitive(token, link.token):
        return False
    if entry.scope == "path" and token is not link.token:
        return False  # "shrink to 700,000, against 1.1 million": only the figure after it
    if entry.when == "unrealised" and token is not link.token and _realised(link.token):
        return False  # "visited Russia under the programme in 2023": done under it
    return _fits(entry, kind)


def _doer_of(entry: ContextCueEntry, verb: Token, link: Link) -> bool:
    """Whether a count is the active subject of the word cue's own verb: those who plan,
    agree, sign or expect ("*three refiners* plan to buy", "*two banks* agreed to lend",
    "*five analysts* expect"), not what is planned ("five ships are expected to join" is
    passive; a modal, "18 ships will take part", is no word cue)."""
    return (
        link.distance == 1
        and link.via == "nsubj"
        and verb.pos_ == "VERB"
        and entry.label in ("target", "forecast")
        and not entry.tags
    )


def _fits(entry: ContextCueEntry, kind: str | None) -> bool:
    """Whether ``entry`` speaks of figures of ``kind`` (a unit kind: "currency")."""
    if entry.figures == "amounts":
        return kind in AMOUNT_KINDS
    if entry.figures == "loads":  # "can carry 10 million passengers a year"
        return kind in AMOUNT_KINDS or kind == "people"
    if entry.figures == "durations":
        return kind == "duration"
    if entry.figures == "not_durations":
        return kind != "duration"
    return True


def _headline_infinitive(token: Token, verb: Token) -> bool:
    """Whether ``token`` is the "to" of a headline's verb with its subject and no finite
    verb ("Russia to supply China with 5 million tonnes")."""
    if token.tag_ != "TO" or token.head.i != verb.i:
        return False
    if verb.dep_ == "ROOT":
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    # "Russia, China to hold naval drills with 20 warships": a parser may hang the verb on
    # the names as a clause of theirs; a headline has no finite verb
    return (
        verb.dep_ in ("relcl", "acl")
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ == "PROPN"
        and not any(t.tag_ in FINITE_TAGS for t in verb.sent)
    )


def _purpose_infinitive(token: Token, verb: Token) -> bool:
    """Whether ``token`` is the "to" of a purpose infinitive of lending or supplying
    ("teamed up to lend $3 billion") whose head is no cue ("is expected to provide" is
    the expectation's)."""
    if (
        token.tag_ != "TO"
        or token.head.i != verb.i
        or verb.lemma_.lower() not in _words("purpose_verb")
    ):
        return False
    if verb.dep_ not in ("xcomp", "advcl", "acl") or verb.head.i == verb.i:
        return False
    hits = _cue_tokens(verb.doc).hits
    above = verb.head
    return above.i not in hits and not any(
        c.i in hits for c in above.children if c.dep_ in ATTACHED and c.i != verb.i
    )


def _revises(verb: Token, cues: SentenceCues) -> bool:
    """Whether ``verb`` changes or keeps a forecast or a target its object names ("raised its
    forecast ... to 135 mt", "the projection ... was cut from 5.5%"): what it brings them
    to is no deed done."""
    return verb.lemma_.lower() in _words("revision_verb") and any(
        c.dep_ in ("dobj", "nsubjpass")
        and any(h[0].label in ("forecast", "target") for h in cues.hits.get(c.i, ()))
        for c in verb.children
    )


def _in_with_phrase(token: Token, word: Token, figure: Span) -> bool:
    """Whether ``token``, a modifier of ``word`` after the figure, stands after a "with"
    phrase of ``word``: the participle closes that phrase ("down 28% with more falls
    expected"), a parser hangs it on the word before."""
    return token.i > figure.end and any(
        c.lower_ == "with" and figure.end <= c.i < token.i for c in word.children
    )


def _own_chain(head: Token, inside: set[int]) -> list[Link]:
    """The figure's chain of governors, read where the figure's own clause is:

    - a figure followed by a relative clause of which it is the object ("the 300,000 bpd it
      already ships") is governed by that clause, not by the sentence around it;
    - a size written before a noun that is its clause's subject ("the 7,194-meter bridge
      will connect ...") describes the thing: the verb's modal does not govern it, only the
      words of the noun's phrase ("the planned 500-km line").
    """
    for child in head.children:
        if child.dep_ == "relcl" and child.i not in inside and _object_gap(child):
            return [Link(head, 0, "self"), Link(child, 1, "relcl")]
    chain = _semicolon_cut(_contrast_cut(governing_chain(head)))
    for position, link in enumerate(chain[1:], start=1):
        token = link.token
        if token.i in inside or (token.pos_ == "ADJ" and token.dep_ == "amod"):
            continue  # "1,000-km-long pipeline": through "long"
        if (
            token.pos_ in ("NOUN", "PROPN")
            and chain[position - 1].token.dep_ in ATTRIBUTIVE
            # "a 500-km line will be built" is being built; "the 2,600-km pipeline is
            # expected to cost": the subject of "expected", whose infinitive is its own
            and (token.dep_ == "nsubj" or (token.dep_ == "nsubjpass" and _raised(token.head)))
            and not _event_or_commitment(token)
        ):
            return chain[: position + 1]
        break
    return chain


def _semicolon_cut(chain: list[Link]) -> list[Link]:
    """The chain up to a verb with its own subject that a semicolon parts from the word
    above it ("arrivals rose to 850,000 in eight months*;* the industry expects 1.3
    million": a parser may hang "rose" on "expects"); a clause ends at a semicolon."""
    for position, link in enumerate(chain[:-1]):
        verb, above = link.token, chain[position + 1].token
        if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        low, high = sorted((verb.i, above.i))
        if any(t.text == ";" for t in verb.doc[low + 1 : high]):
            return chain[: position + 1]
    return chain


def _raised(verb: Token) -> bool:
    """Whether a passive verb has an infinitive that says what its subject does ("is
    expected *to cost*", "is set to carry"), not a passive of its own ("will be built")."""
    return any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children)


def _contrast_cut(chain: list[Link]) -> list[Link]:
    """The chain up to a verb joined to the one before it by "but" or "yet": a contrast
    tells what came of the first verb's expectation or plan, in a clause of its own ("was
    expected to reach $250 billion *but came in at* $245 billion"); and up to a clause of
    what has happened opened by "after", "since", "as" ("expects arrivals to top 1.5
    million, *after 1.2 million came* in 2024"), however the parser hangs it."""
    for position, link in enumerate(chain[1:], start=1):
        below = chain[position - 1]
        if _told_done(below.token):
            return chain[:position]
        if link.via != "conj" or below.token.pos_ not in ("VERB", "AUX"):
            continue
        verb = link.token
        if any(
            c.dep_ == "cc" and c.lower_ in CONTRAST_WORDS and verb.i < c.i < below.token.i
            for c in verb.children
        ):
            return chain[:position]
    return chain


def _told_done(verb: Token) -> bool:
    """Whether ``verb`` heads a clause of its own, with its subject, opened by a word of
    what has happened before or besides ("after", "since", "as": ``DONE_MARKS``), in the
    past."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "mark" and c.lower_ in DONE_MARKS for c in verb.children)
        and any(c.dep_ in SUBJECTS for c in verb.children)
        and _realised(verb)
    )


def _contrast(chain: list[Link]) -> ModalityCue | None:
    """The "but" or "yet" that joins the figure's verb to the one before it, or the "after"
    that opens its clause of what has happened, as the cue of a fact (the figure's clause
    tells what came of the first verb's expectation or plan, or what came before it)."""
    top = chain[-1].token
    if _told_done(top):
        mark = next(c for c in top.children if c.dep_ == "mark" and c.lower_ in DONE_MARKS)
        return ModalityCue(
            "actual",
            mark.text,
            mark.idx,
            chain[-1].distance,
            end=mark.idx + len(mark),
            rule="modality.contrast",
        )
    if top.dep_ != "conj":
        return None
    for c in top.head.children:
        if c.dep_ == "cc" and c.lower_ in CONTRAST_WORDS and top.head.i < c.i < top.i:
            return ModalityCue(
                "actual",
                c.text,
                c.idx,
                chain[-1].distance,
                end=c.idx + len(c),
                rule="modality.contrast",
            )
    return None


def _object_gap(verb: Token) -> bool:
    """Whether a relative clause lacks its object: its subject is its own ("it already
    ships") and no object but a relative pronoun follows it."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "ccomp", "xcomp")]
    return (
        bool(subjects)
        and all(s.lower_ not in RELATIVE_PRONOUNS for s in subjects)
        and all(o.lower_ in RELATIVE_PRONOUNS for o in objects)
    )


def _event_or_commitment(token: Token) -> bool:
    """Whether a noun is one a figure before it is a term of ("a 15-year loan", "a 9-day
    exercise"): an owner cue of the lexicon."""
    return any(h[0].scope == "owner" for h in _cue_tokens(token.doc).hits.get(token.i, ()))


def _verb_distance(chain: list[Link], verb: Token | None) -> float:
    """How far up the chain ``verb`` stands (1 where the figure completes no verb)."""
    return next((lk.distance for lk in chain if lk.token is verb), 1)


def _governor(chain: list[Link]) -> Token | None:
    """The verb the figure completes: the first verb on its chain."""
    for link in chain[1:]:
        if link.token.pos_ in ("VERB", "AUX"):
            return link.token
    return None


@dataclass(frozen=True)
class Owner:
    """A noun a figure belongs to, how far up it stands, and whether it is the noun itself
    ("the *deal* is worth") or a word on it ("the *budget* deficit", "the value *of the
    deal*")."""

    token: Token
    distance: float
    direct: bool
    attained: bool = False  # the subject of a passive verb of attaining ("was met")


def _owners(
    chain: list[Link],
    head: Token,
    inside: set[int],
    governor: Token | None,
    kind: str | None,
    roles: Roles | None,
) -> list[Owner]:
    """The nouns the figure belongs to, with their distance: a noun of its chain and that
    noun's possessor, compound or "of" noun ("the contract value", "the value of the
    deal"); the noun a relative clause it stands in describes ("a deal it valued at $270
    billion"); the subject of the verb that states a thing's terms, or of a passive on
    the chain ("both loans have 15-year tenors", "the loans were insured on a 15-year
    basis", "a decision was made to raise deliveries to 30 bcm"; a target that "was met
    two years early" is ``attained``: only a deal's terms are read from it); for a length,
    the noun it is the length of ("two weeks of war games")."""
    nouns: list[tuple[Token, float]] = []
    attained: set[int] = set()
    for link in chain:
        if link.token.pos_ in ("NOUN", "PROPN") and link.token.i not in inside:
            nouns.append((link.token, link.distance + 0.5))
    top = chain[-1].token
    if top.dep_ == "relcl" and top.head.i not in inside:
        nouns.append((top.head, chain[-1].distance + 1))
    for link in chain[1:]:
        verb = link.token
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if (verb is governor and verb.lemma_.lower() in _words("describe")) or _passive(verb):
            subject = _subject(verb, roles)
            if subject is not None and subject.i not in inside:
                nouns.append((subject, link.distance + 0.5))
                if verb.lemma_.lower() in _words("attain") and head not in subject.subtree:
                    # "the target ... was met two years early": not the target's own
                    # figure ("the $200 billion target was reached": the aim's figure)
                    attained.add(subject.i)
    owners = (
        [Owner(c, 0.5, direct=False) for c in _of_noun(head) if c.i not in inside]
        if kind == "duration"
        else []
    )
    for noun, distance in nouns:
        owners.append(Owner(noun, distance, direct=True, attained=noun.i in attained))
        for child in noun.children:
            if child.i in inside:
                continue
            if child.dep_ in ("poss", "compound", "nmod"):  # "contracts’ cost": nmod
                owners.append(Owner(child, distance, direct=False))
        owners += [Owner(c, distance, direct=False) for c in _of_noun(noun)]
    return owners


def _of_noun(noun: Token) -> list[Token]:
    """The noun of an "of" phrase on ``noun`` ("the value *of the deal*")."""
    return [
        c
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for c in prep.children
        if c.dep_ == "pobj"
    ]


def _owns(entry: ContextCueEntry, owner: Owner, kind: str | None) -> bool:
    """Whether a noun the figure belongs to makes it a term: an owner cue (a deal, a loan),
    or a target noun that is itself the thing ("a decision was made to raise supplies to");
    a target word on another noun is not ("the budget deficit was 3% of GDP")."""
    if entry.label != "target" or not _fits(entry, kind):
        return False
    return entry.scope == "owner" or (owner.direct and owner.token.pos_ == "NOUN")


def _described(noun: Token, cues: SentenceCues, kind: str | None) -> Hit | None:
    """A target cue of a clause that describes ``noun`` ("the railway, *which is being
    built* by a Chinese firm, will be 770 km long"; "the line, *scheduled* to open in 2025")."""
    for clause in noun.children:
        if clause.dep_ not in ("relcl", "acl"):
            continue
        for token in (clause, *(c for c in clause.children if c.dep_ in ATTACHED)):
            for hit in cues.hits.get(token.i, ()):
                entry = hit[0]
                if (
                    entry.label == "target"
                    and entry.scope in ("clause", "owner")
                    and _fits(entry, kind)
                ):
                    return hit
    return None


def _terms_reached(verb: Token, head: Token, roles: Roles | None) -> bool:
    """Whether ``verb``'s subject is a deal the figure is a term of, not part of ("agreements
    were reached on supplies of 2.5 million tonnes"; not "the $2 billion loan was repaid")."""
    subject = _subject(verb, roles)
    if subject is None or head in subject.subtree:
        return False
    hits = _cue_tokens(verb.doc).hits.get(subject.i, ())
    return any(h[0].scope == "owner" and h[0].label == "target" for h in hits)


def _margin(chain: list[Link], governor: Token) -> bool:
    """Whether the figure is how far a measure fell short of an aim or went beyond it: the
    "by" of a verb of comparing ("missed its export quota *by 10%*", "exceeded the plan by
    12%"), a fact, not the aim's figure."""
    return governor.lemma_.lower() in _words("compare") and any(
        link.token.lower_ == "by" and link.token.head.i == governor.i for link in chain
    )


def _aim_attained(verb: Token, head: Token, roles: Roles | None, kind: str | None) -> bool:
    """Whether the figure is the number of the target or forecast that ``verb`` says was
    attained ("the *$200 billion target* was reached in 2023", "the 5% goal was met"): the
    figure names the aim, whether or not it was met ("reached the target of 1.5 million",
    the aim as the object, is what was reached: a fact)."""
    if verb.lemma_.lower() not in _words("attain") or not _passive(verb):
        return False
    subject = _subject(verb, roles)
    if subject is None or subject.pos_ != "NOUN" or head not in subject.subtree:
        return False
    return any(
        h[0].label in ("target", "forecast") and h[0].scope == "clause" and _fits(h[0], kind)
        for h in _cue_tokens(verb.doc).hits.get(subject.i, ())
    )


def _subject(verb: Token, roles: Roles | None) -> Token | None:
    """The subject of ``verb``: the figure's roles give it for the figure's own verb."""
    if roles is not None and roles.verb is not None and roles.verb.i == verb.i:
        return verb.doc[roles.subject.i] if roles.subject is not None else None
    return subject_of(verb)


def _passive(verb: Token) -> bool:
    return verb_form(verb).passive


def _realised(verb: Token) -> bool:
    """Whether ``verb`` tells what has happened: a simple past, or a past participle with
    "has"/"was" and no modal or "to" ("received", "has disbursed", "were paid")."""
    form = verb_form(verb)
    if form.modal or form.infinitive:
        return False
    if form.tag == "VBD":
        return True
    if form.tag != "VBN":
        return False
    if not form.auxiliaries:  # a past read as a participle: "the drills ended on Friday"
        return any(c.dep_ == "nsubj" for c in verb.children)
    return any(lemma in ("have", "be") for _, _, lemma in form.auxiliaries)


def _is_term(
    chain: list[Link],
    governor: Token | None,
    owners: list[Owner],
    cues: SentenceCues,
    kind: str | None,
    roles: Roles | None,
) -> bool:
    """Whether the figure is what a commitment sets: its verb is one by which commitments
    are carried out ("supply", "lend", "take part"), or it belongs to a deal, a loan or a
    delivery ("the contract value", "total deliveries will exceed"), save where its verb
    tells a consequence ("the deal will cost the seller $3 billion"). The verbs of its
    chain are read from the figure up ("will provide a facility *priced* at 3.3%")."""
    for verb in (lk.token for lk in chain[1:] if lk.token.pos_ in ("VERB", "AUX")):
        lemma = verb.lemma_.lower()
        if lemma in _words("consequence"):
            return False
        if lemma in _words("fulfil"):
            return True
    if governor is not None:
        subject = _subject(governor, roles)
        if subject is not None and subject.lemma_.lower() in _words("term_measure"):
            return True
    return any(_owner_is_term(owner, cues, kind) for owner in owners)


def _owner_is_term(owner: Owner, cues: SentenceCues, kind: str | None) -> bool:
    if any(_owns(h[0], owner, kind) for h in cues.hits.get(owner.token.i, ())):
        return True
    if owner.direct and _described(owner.token, cues, kind) is not None:
        return True
    return owner.token.lemma_.lower() in _words("term_measure")


def _basis(doc: Doc, head: Token, inside: set[int]) -> ModalityCue | None:
    """An earlier value a change starts from, with no "to" after it ("nearly doubles from
    57 million tonnes"): a fact whatever the change is said to do."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "from" or prep.i in inside:
        return None
    change = prep.head
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in change.children) and not _dated_past(
        doc, head
    ):
        return None  # "raise supplies from 10 bcm to 15 bcm": read as one change
    if change.lemma_.lower() not in _words("change_verb") or _revises(change, _cue_tokens(doc)):
        return None  # "cut its forecast from 5.5%": the earlier forecast
    words = doc[min(change.i, prep.i) : prep.i + 1]
    return ModalityCue(
        "actual", words.text, words.start_char, 0.5, end=words.end_char, rule="modality.basis"
    )


def _dated_past(doc: Doc, head: Token) -> bool:
    """Whether an earlier value carries a year of its own before the reference's ("to 150
    million tonnes by 2030, from *95 million tonnes in 2023*"): what it was, a fact."""
    years = [
        t
        for word in (head, head.head)  # "in 2023" on the figure or on its "from"
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for t in prep.children
    ]
    end = max(t.i for t in head.head.subtree)
    if end + 2 < len(doc) and doc[end + 1].lower_ == "in":  # a parser may hang it on the verb
        years.append(doc[end + 2])
    return any(YEAR.match(t.text) and not _future(doc, t.text) for t in years)


def _rank(cue: ModalityCue) -> tuple[float, int]:
    return cue.distance, PRIORITY.get(cue.label, 3)


def _deadline(doc: Doc, chain: list[Link], *, passed: bool = False) -> ModalityCue | None:
    """A "by <year>" on a chain word: "reach $200 billion by 2024" (``passed``: a year
    before the reference's)."""
    for link in chain:
        for child in link.token.children:
            if child.lower_ in DEADLINE_WORDS and child.dep_ in ("prep", "agent"):
                years = [
                    t
                    for t in child.subtree
                    if YEAR.match(t.text) and _future(doc, t.text) is not passed
                ]
                if years:
                    words = doc[child.i : years[0].i + 1]
                    return ModalityCue(
                        "target",
                        words.text,
                        child.idx,
                        link.distance,
                        end=words.end_char,
                        rule="modality.deadline",
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
            form = verb_form(link.token)
            return form.tag in PAST_TAGS and not form.modal
    return False


@lexicon_cache
def _words(label: str) -> frozenset[str]:
    """The lemmas of the ``modality`` lexicon's word lists (``fulfil``, ``describe``, ...)."""
    return frozenset(
        w.lower() for e in context_cues("modality") if e.label == label for w in e.words
    )


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
        if (
            entry.label not in ("forecast", "target", "actual")
            or (entry.pos and "NOUN" not in entry.pos)
            or entry.scope in ("root", "purpose")
            or entry.figures != "any"
        ):
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
            cue = ModalityCue(
                entry.label,
                match.group(0),
                match.start(),
                distance,
                entry.weak,
                end=match.end(),
                rule=f"modality.{entry.id}",
            )
            if best is None or (cue.distance, PRIORITY.get(cue.label, 3)) < (
                best.distance,
                PRIORITY.get(best.label, 3),
            ):
                best = cue
    return None if best is None or best.label == "actual" else best
