"""The roles of a figure in its sentence, the same record for every language: the verb
that governs it (with its tense or mood), that verb's subject, a negation, and whether the
figure stands in a quotation and who says it. One reader per language fills it:

- English and Russian from a dependency parse on a spaCy Doc (:func:`roles_from_parse`):
  spaCy's English parse, or the Russian one of
  :class:`~sinorus_facts.ingest.russian_syntax.RussianSyntax` (slovnet's UD labels,
  pymorphy3's tense); each language only reads its own tense marks;
- Chinese from its aspect and modal words in the figure's clause (:func:`roles_zh`): no
  Chinese parser installs offline.

The sentence stage of Russian and Chinese reads modality from these roles
(:func:`modality_from_roles`): a future or conditional verb makes a target, a past one
an actual figure, whatever a noun of planning says beside it.

>>> roles_zh("两国贸易额已经达到2400亿美元", 10, 19).tense
'past'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from sinorus_facts.quantities.lexical import lexicon_pattern

__all__ = [
    "TENSES",
    "Phrase",
    "Roles",
    "Verb",
    "modality_from_roles",
    "roles_from_parse",
    "roles_zh",
]

# The tenses and moods a governing verb is read as, where the language shows them.
TENSES = ("past", "present", "future", "conditional", "infinitive")

# Parts of speech that can govern a figure as its verb.
VERBAL = ("VERB", "AUX")

# Dependency labels of a subject (UD and spaCy's English labels).
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj")

# Dependency labels that tie an infinitive to the verb it completes ("планирует увеличить").
COMPLEMENT_DEPS = ("xcomp", "csubj")

# Words that negate a verb ("не", "not", "never").
NEGATIONS = frozenset({"не", "ни", "not", "n't", "never", "no"})

# English auxiliaries and the tense or mood they give the verb they govern.
EN_AUXILIARIES = {
    "will": "future",
    "shall": "future",
    "'ll": "future",
    "would": "conditional",
    "could": "conditional",
    "might": "conditional",
    "should": "conditional",
    "'d": "conditional",
}

# Russian: the particle of the conditional ("выросли бы"), the auxiliary of the future
# ("будут поставлять").
RU_CONDITIONAL = frozenset({"бы", "б"})

# Chinese words of tense and mood in a figure's clause, before the figure ("已经达到",
# "将超过", "如果增加"); 了 after a verb marks the past ("增长了5%"). Only words that stand
# alone: 过 and 要 are parts of other words too ("通过", "主要").
ZH_PAST = re.compile(r"已经|已|曾经|曾|了")
ZH_FUTURE = re.compile(r"将会|將會|即将|即將|将|將")
ZH_CONDITIONAL = re.compile(r"如果|若是|假如|一旦")
ZH_NEGATION = re.compile(r"不|未|没有|沒有")

# What ends a Chinese clause.
ZH_CLAUSE_END = re.compile(r"[。；;！？!?，,：:]")


@dataclass(frozen=True)
class Phrase:
    """Words of the sentence (offsets into it); ``name`` a person's name inside them
    ("Алексей Миллер" of "глава компании Алексей Миллер")."""

    text: str
    start: int
    end: int
    name: str | None = None


@dataclass(frozen=True)
class Verb:
    """A verb: its words, its lemma and its tense or mood (one of :data:`TENSES`, None
    where the language does not show it)."""

    text: str
    lemma: str
    start: int
    end: int
    tense: str | None


@dataclass(frozen=True)
class Roles:
    """What a figure's sentence says around it.

    ``verb`` governs the figure (its nearest verbal ancestor) and ``governor`` the verb an
    infinitive completes ("планирует *увеличить*"); ``subject`` is the verb's (or its
    governor's); ``negated`` whether either is negated; ``quoted`` whether the figure
    stands in a quotation, ``speaker`` who says it (a quotation's speaker, or the subject
    of the verb of saying whose clause holds the figure) and ``speech`` that verb;
    ``scope`` the spans of the words that bear on the figure (its path to the verb and
    their dependents, the verb, its auxiliaries and dependents, the subject's head), where
    a cue word decides.
    """

    verb: Verb | None = None
    governor: Verb | None = None
    subject: Phrase | None = None
    negated: bool = False
    quoted: bool = False
    speaker: Phrase | None = None
    speech: Verb | None = None
    scope: tuple[tuple[int, int], ...] = field(default=(), repr=False)

    @property
    def tense(self) -> str | None:
        """The tense of the figure's clause: the verb's, or its governor's for an
        infinitive that completes a verb of a known tense."""
        if self.verb is None:
            return None
        if self.verb.tense == "infinitive" and self.governor is not None:
            return self.governor.tense
        return self.verb.tense

    def covers(self, start: int, end: int) -> bool:
        """Whether words at ``start:end`` are among those that bear on the figure."""
        return any(a < end and start < b for a, b in self.scope)


def _inside(span: tuple[int, int], quotes: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    return next((q for q in quotes if q[0] <= span[0] and span[1] <= q[1]), None)


def _figure_root(doc: Doc, start: int, end: int) -> Token | None:
    """The token of the figure's span whose head lies outside it."""
    tokens = [t for t in doc if t.idx < end and start < t.idx + len(t.text)]
    for t in tokens:
        if t.head == t or not (start <= t.head.idx < end):
            return t
    return tokens[0] if tokens else None


def _verb_above(token: Token) -> Token | None:
    """The nearest verbal ancestor of ``token`` (itself included)."""
    seen = 0
    while seen < 64:
        if token.pos_ in VERBAL:
            return token
        if token.head == token:
            return None
        token = token.head
        seen += 1
    return None


def _tense_ru(verb: Token) -> str | None:
    children = list(verb.children)
    if any(c.lower_ in RU_CONDITIONAL for c in children):
        return "conditional"
    auxiliaries = [c for c in children if c.dep_.startswith("aux") and c.lemma_ == "быть"]
    for aux in auxiliaries:
        tense = aux.morph.get("Tense", [])
        if tense:
            return {"Past": "past", "Fut": "future", "Pres": "present"}.get(tense[0])
    if "Inf" in verb.morph.get("VerbForm", []):
        return "infinitive"
    tense = verb.morph.get("Tense", [])
    if tense:
        return {"Past": "past", "Fut": "future", "Pres": "present"}.get(tense[0])
    return None


def _tense_en(verb: Token) -> str | None:
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    for aux in auxiliaries:
        if aux.lower_ in EN_AUXILIARIES:
            return EN_AUXILIARIES[aux.lower_]
    for aux in auxiliaries:
        if aux.tag_ == "VBD":
            return "past"
        if aux.tag_ in ("VBP", "VBZ") and aux.lemma_ == "have":
            return "past"  # "has risen": told as done
        if aux.tag_ in ("VBP", "VBZ"):
            return "present"
        if aux.tag_ == "TO":
            return "infinitive"
    return {"VBD": "past", "VBP": "present", "VBZ": "present"}.get(verb.tag_) or (
        "infinitive" if verb.tag_ == "VB" else None
    )


def _verb(language: str, token: Token, offset: int) -> Verb:
    tense = _tense_ru(token) if language == "ru" else _tense_en(token)
    return Verb(
        token.text, token.lemma_.lower(), token.idx - offset, token.idx + len(token) - offset, tense
    )


def _phrase(token: Token, offset: int) -> Phrase:
    """The words of ``token``'s subtree that stand together around it (a word the parse
    hangs on it from afar is no part of the phrase), and the run of a person's name in
    them."""
    doc = token.doc
    inside = {t.i for t in token.subtree}
    left = right = token.i
    while left - 1 in inside:
        left -= 1
    while right + 1 in inside:
        right += 1
    if doc[right].is_punct and right > token.i:
        right -= 1
    start, end = doc[left].idx, doc[right].idx + len(doc[right])
    name: list[Token] = []
    best: list[Token] = []
    for t in doc[left : right + 1]:
        if (
            "Yes" in t.morph.get("Name", [])
            or t.ent_type_ == "PERSON"
            or (name and t.dep_.startswith("flat") and t.text[:1].isupper())  # "Иван *Новиков*"
        ):
            name.append(t)
            if len(name) > len(best):
                best = list(name)
        else:
            name = []
    return Phrase(
        doc.text[start:end],
        start - offset,
        end - offset,
        doc.text[best[0].idx : best[-1].idx + len(best[-1])] if best else None,
    )


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _is_speech(language: str, token: Token) -> bool:
    pattern = lexicon_pattern(language, "sources", "speech_verb")
    return bool(pattern.fullmatch(token.lower_) or pattern.fullmatch(token.lemma_.lower()))


def _negated(verb: Token) -> bool:
    return any(
        c.dep_ == "neg" or c.lower_ in NEGATIONS or "Neg" in c.morph.get("Polarity", [])
        for c in verb.children
        if c.i < verb.i
    )


def roles_from_parse(
    language: str,
    doc: Doc,
    start: int,
    end: int,
    *,
    quotes: Sequence[tuple[int, int]] = (),
    offset: int = 0,
) -> Roles:
    """The roles of the figure at ``start:end`` of a parsed sentence ``doc`` (character
    offsets into ``doc.text`` less ``offset``; ``quotes`` the quotations' spans), read from
    its dependency parse: English (spaCy's labels) or Russian (UD labels)."""
    start, end = start + offset, end + offset
    root = _figure_root(doc, start, end)
    if root is None:
        return Roles()
    verb_token = _verb_above(root)
    scope: list[tuple[int, int]] = []
    token = root
    for _ in range(64):
        if token == verb_token:
            break
        scope.append((token.idx - offset, token.idx + len(token) - offset))
        # the path's own modifiers ("*проектной* мощностью 38 млрд кубометров")
        scope.extend((c.idx - offset, c.idx + len(c) - offset) for c in token.children)
        if token.head == token:
            break
        token = token.head
    quote = _inside((start - offset, end - offset), quotes)
    if verb_token is None:
        return Roles(quoted=quote is not None, scope=tuple(scope))
    verb = _verb(language, verb_token, offset)
    governor_token = (
        verb_token.head
        if verb.tense == "infinitive"
        and verb_token.dep_ in COMPLEMENT_DEPS
        and verb_token.head.pos_ in VERBAL
        else None
    )
    governor = _verb(language, governor_token, offset) if governor_token is not None else None
    heads = [verb_token] + ([governor_token] if governor_token is not None else [])
    subject_token = next((s for s in map(_subject, heads) if s is not None), None)
    for head in heads:
        scope.append((head.idx - offset, head.idx + len(head) - offset))
        scope.extend(
            (c.idx - offset, c.idx + len(c) - offset)
            for c in head.children
            if c.dep_ not in SUBJECT_DEPS
        )
    if subject_token is not None:
        scope.append((subject_token.idx - offset, subject_token.idx + len(subject_token) - offset))
    speech, speaker = _speech(language, verb_token, quote, offset)
    return Roles(
        verb=verb,
        governor=governor,
        subject=_phrase(subject_token, offset) if subject_token is not None else None,
        negated=any(_negated(h) for h in heads),
        quoted=quote is not None,
        speaker=speaker,
        speech=speech,
        scope=tuple(scope),
    )


def _speech(
    language: str, verb: Token, quote: tuple[int, int] | None, offset: int
) -> tuple[Verb | None, Phrase | None]:
    """The verb of saying whose clause holds the figure (the verb itself, one above it, or
    one set beside it: "перевалил 14 млн тонн, заявил директор"; for a quotation, one of
    the sentence outside it) and its subject."""
    candidates: list[Token] = []
    token = verb
    for _ in range(64):
        candidates.append(token)
        candidates.extend(c for c in token.children if c.dep_ == "parataxis")
        if token.head == token:
            break
        token = token.head
    if quote is not None:
        a, b = quote[0] + offset, quote[1] + offset
        candidates = [t for t in verb.doc if not (a <= t.idx < b)]
    for token in candidates:
        if token.pos_ in VERBAL and _is_speech(language, token):
            subject = _subject(token)
            if subject is not None:
                return _verb(language, token, offset), _phrase(subject, offset)
    return None, None


def roles_zh(
    sentence: str, start: int, end: int, *, quotes: Sequence[tuple[int, int]] = ()
) -> Roles:
    """The roles of a Chinese figure at ``start:end`` of ``sentence``, from the words of its
    clause before it (no parser): its tense ("已经" past, "将" future, "如果" conditional; a
    past mark wins over a future one nearer the figure only when it comes after it), a
    negation ("未", "不", "没有"); no verb, subject or speaker of its own; its scope the
    whole clause (a cue word in it decides).

    >>> roles_zh("预计明年将超过2000亿美元", 7, 15).tense, roles_zh("出口未能增长5%", 6, 8).negated
    ('future', True)
    """
    clause_start = 0
    for m in ZH_CLAUSE_END.finditer(sentence, 0, start):
        clause_start = m.end()
    before = sentence[clause_start:start]
    marks = [
        (m.end(), tense)
        for pattern, tense in (
            (ZH_PAST, "past"),
            (ZH_FUTURE, "future"),
            (ZH_CONDITIONAL, "conditional"),
        )
        for m in pattern.finditer(before)
    ]
    tense = max(marks)[1] if marks else None
    verb = (
        Verb("", "", clause_start + max(marks)[0], clause_start + max(marks)[0], tense)
        if tense
        else None
    )
    clause_end = ZH_CLAUSE_END.search(sentence, end)
    return Roles(
        verb=verb,
        negated=bool(ZH_NEGATION.search(before)),
        quoted=_inside((start, end), quotes) is not None,
        scope=((clause_start, clause_end.start() if clause_end else len(sentence)),),
    )


def modality_from_roles(
    language: str, sentence: str, modality: str, roles: Roles | None, *, forecast: bool
) -> str:
    """The modality a figure takes from its roles, given the one its cue windows gave
    (``forecast``: whether an epistemic cue gave it): a future or conditional verb makes a
    target of an actual figure; a past (or present) verb makes an actual figure of a
    target when no cue word of a plan stands among the words that bear on the figure
    ("поставки опережали утвержденные в контракте объемы на 25%": the contract is the
    basis, not the figure's own word).

    >>> r = Roles(verb=Verb("вырастет", "вырасти", 9, 17, "future"), scope=((9, 17),))
    >>> modality_from_roles("ru", "Экспорт вырастет на 5%", "actual", r, forecast=False)
    'target'
    """
    if roles is None or roles.verb is None or forecast:
        return modality
    tense = roles.tense
    if modality == "actual" and tense in ("future", "conditional") and not roles.negated:
        return "target"
    if modality == "target" and tense in ("past", "present") and not roles.quoted:
        for m in lexicon_pattern(language, "modality", "target").finditer(sentence):
            if roles.covers(m.start(), m.end()):
                return modality
        for m in lexicon_pattern(language, "modality", "future").finditer(sentence):
            if roles.covers(m.start(), m.end()):
                return modality
        return "actual"
    return modality
