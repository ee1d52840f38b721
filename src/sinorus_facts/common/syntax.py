"""Small helpers over spaCy parses shared by the claim modules: the tokens of a figure, the
chain of words that govern it within its clause, and subjects that tolerate the small
model's misparses.

>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["Trade", "is", "likely", "to", "surpass", "100", "billion", "dollars"]
>>> heads = [1, 1, 1, 4, 2, 6, 7, 4]
>>> deps = ["nsubj", "ROOT", "acomp", "aux", "xcomp", "compound", "nummod", "dobj"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
>>> [(link.token.text, link.distance) for link in governing_chain(doc[7])]
[('dollars', 0), ('surpass', 1), ('likely', 2), ('is', 3)]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc, Span, Token

__all__ = [
    "FINITE_TAGS",
    "Figure",
    "Link",
    "governing_chain",
    "has_parse",
    "head_of_mention",
    "is_new_clause",
    "span_of",
    "stand_in_subject",
    "subject_of",
    "tree_distance",
]

# Tags of an English verb that carries its own tense: "rose" (VBD), "rises" (VBZ), "rise"
# (VBP), "will" (MD).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

# Relations by which a clause hangs on another without sharing its modality or speaker:
# a relative clause ("..., which is nine times more"), a loose parenthetical.
CLAUSE_EDGES = frozenset({"relcl", "parataxis"})

# Relations that start a new clause when the dependent verb has a subject of its own
# ("Trade rose 5%, while exports fell 3%"; "Exports rose and they will rise").
CLAUSE_EDGES_WITH_SUBJECT = frozenset({"conj", "advcl"})

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})

# Relative pronouns: a subject that stands for a noun before it.
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "what"})


class Figure(Protocol):
    """What :func:`head_of_mention` needs of a figure (a quantity mention satisfies it):
    where its number starts and where its words end, in characters of the Doc."""

    @property
    def number_start(self) -> int: ...

    @property
    def end(self) -> int: ...


@dataclass(frozen=True)
class Link:
    """One word on a figure's chain of governors: how far up it stands, and the relation by
    which the chain reached it (the dependency label of the word below it)."""

    token: Token
    distance: int
    via: str


def has_parse(doc: Doc) -> bool:
    """Whether ``doc`` carries a dependency parse."""
    return bool(len(doc)) and doc.has_annotation("DEP")


def span_of(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering characters ``start:end`` (expanded to whole tokens)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def head_of_mention(doc: Doc, mention: Figure) -> Token | None:
    """The token that stands for the figure in the parse: the root of its number and
    unit tokens ("dollars" in "31.2 billion U.S. dollars", "tonnes" in "5.4 thousand tonnes")."""
    span = span_of(doc, mention.number_start, mention.end)
    if span is None:
        return None
    root = span.root
    if root.pos_ in ("PUNCT", "SPACE"):
        # a number broken by a line end ("6.\n\n5 percent"): the parse hangs its point
        # apart; the figure is its highest word
        words = [t for t in span if t.pos_ not in ("PUNCT", "SPACE")]
        if words:
            return min(words, key=lambda t: len(list(t.ancestors)))
    return root


def is_new_clause(token: Token) -> bool:
    """Whether ``token`` heads a clause of its own under its head: a relative clause (not a
    "that" clause completing a noun), or a conjoined or adverbial verb with its own subject."""
    if token.dep_ in CLAUSE_EDGES:
        # "the forecast that exports could reach ...": a clause opened by the conjunction
        # "that" completes its noun (a parser may call it relative); it is no new clause
        return not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
    if token.dep_ in CLAUSE_EDGES_WITH_SUBJECT and token.pos_ in ("VERB", "AUX"):
        return any(child.dep_ in SUBJECT_DEPS for child in token.children)
    return False


def governing_chain(token: Token, *, max_links: int = 12) -> list[Link]:
    """``token`` and the words above it in the parse, up to the head of its clause (a
    relative clause, or a verb with its own subject joined by "and"/"while", ends the chain
    after its own head)."""
    chain = [Link(token, 0, "self")]
    current = token
    while current.head.i != current.i and len(chain) <= max_links and not is_new_clause(current):
        via = current.dep_
        current = current.head
        chain.append(Link(current, len(chain), via))
    return chain


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, climbing through verbs that share it ("is likely to
    surpass": the subject of "is"; "rose and is expected to": the subject of "rose")."""
    current = verb
    for _ in range(5):
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS and c.dep_ != "expl"]
        if subjects:  # the nearest ("MOSCOW, Jan. 14 -- Trade ... rose": Trade)
            return min(subjects, key=lambda c: abs(current.i - c.i))
        if (
            current.dep_ in ("xcomp", "acomp", "conj", "auxpass", "aux")
            and current.head.i != current.i
        ):
            current = current.head
            continue
        if current.dep_ == "advcl" and current.tag_ == "VBG" and current.head.i != current.i:
            current = current.head  # "..., raising imports to": the main clause's subject
            continue
        if current.dep_ == "pcomp" and current.head.head.i != current.head.i:
            current = current.head.head  # "up 57% after plummeting 65%": the clause's subject
            while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
                current = current.head
            continue
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
            return current.head  # "purchases projected to reach": the noun it describes
        return None
    return None


def stand_in_subject(verb: Token) -> Token | None:
    """The verb's subject, tolerant of the small model's parses: a relative pronoun stands
    for its antecedent; a participle's noun for a clause; an object of the verb before (a
    misparse) for a missing subject."""
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS:
        return _antecedent(subject)
    if subject is None and verb.dep_ == "acl":
        return verb.head  # "the total population exceeding 360.6 million people"
    if subject is None:
        return _phrase_before(verb)
    return subject


def _antecedent(pronoun: Token) -> Token | None:
    """What a relative pronoun stands for: the nearest noun before it ("26 tonnes of
    honey (which is nine times more ...)": honey), else the noun its clause hangs on."""
    doc = pronoun.doc
    for token in reversed(doc[max(0, pronoun.i - 3) : pronoun.i]):
        if token.pos_ in ("NOUN", "PROPN"):
            return token
        if not token.is_punct:
            break
    clause = pronoun.head
    return clause.head if clause.dep_ == "relcl" else None


def _phrase_before(verb: Token) -> Token | None:
    """The noun whose phrase ends right before ``verb`` (or before the verb it hangs on):
    the subject a small model parsed as an object ("Zhang added [the trade volume] reached"),
    starting after the last comma ("When you add other commodities, [revenue] come to")."""
    current = verb
    doc = verb.doc
    for _ in range(5):
        window = doc[max(0, current.i - 15) : current.i]
        breaks = [t.i for t in window if t.text in (",", ";", "–", "—", "(")]
        floor = breaks[-1] if breaks else -1
        candidates = [
            t
            for t in window
            if t.pos_ in ("NOUN", "PROPN")
            and t.right_edge.i == current.i - 1
            and t.head.i != current.i
        ]
        after_break = [t for t in candidates if t.left_edge.i > floor]
        best = min(after_break or candidates, key=lambda t: t.left_edge.i, default=None)
        clause = _participle_before(window, current)
        if clause is not None and (best is None or clause.i < best.left_edge.i):
            return clause
        if best is not None:
            return best
        if current.dep_ not in ("xcomp", "acomp", "conj") or current.head.i == current.i:
            return None
        current = current.head
    return None


def _participle_before(window: Span, verb: Token) -> Token | None:
    """A subject the parser made the subject of a participle before the verb: "[the deals
    signed during the visit] were worth $20 billion" -> the participle, whose phrase holds
    the subject."""
    for token in window:
        if (
            token.tag_ in ("VBN", "VBG")
            and token.right_edge.i == verb.i - 1
            and token.head.i != verb.i
        ):
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and subjects[0].pos_ in ("NOUN", "PROPN"):
                return token
    return None


# The heads of the last Doc measured (by token index): every figure of a sentence measures
# distances in the same parse, so its heads are read once (the Doc is held until the next).
_LAST_HEADS: list[tuple[Doc, int, list[int]]] = []


def _heads(doc: Doc) -> list[int]:
    if _LAST_HEADS and _LAST_HEADS[0][0] is doc and _LAST_HEADS[0][1] == len(doc):
        return _LAST_HEADS[0][2]
    heads = [t.head.i for t in doc]
    _LAST_HEADS[:] = [(doc, len(doc), heads)]
    return heads


def _ancestors_with_self(heads: list[int], i: int) -> list[int]:
    chain = [i]
    while heads[chain[-1]] != chain[-1]:
        chain.append(heads[chain[-1]])
    return chain


def tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one parse (a large number across sentences).

    >>> import spacy
    >>> doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=["trade", "rose", "5", "%"], heads=[1, 1, 3, 1],
    ...                        deps=["nsubj", "ROOT", "nummod", "dobj"])
    >>> tree_distance(doc[0], doc[2])
    3
    """
    heads = _heads(a.doc)
    up_b = {i: depth for depth, i in enumerate(_ancestors_with_self(heads, b.i))}
    for depth, i in enumerate(_ancestors_with_self(heads, a.i)):
        if i in up_b:
            return depth + up_b[i]
    return 99
