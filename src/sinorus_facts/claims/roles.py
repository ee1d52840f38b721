"""The roles of a figure in its sentence, the same record for every language: the verb
that governs it (with its tense or mood), that verb's subject, a negation, and whether the
figure stands in a quotation and who says it. One reader per language fills it:

- English and Russian from a dependency parse on a spaCy Doc (:func:`roles_from_parse`):
  spaCy's English parse, or the Russian one of
  :class:`~sinorus_facts.ingest.russian_syntax.RussianSyntax` (slovnet's UD labels,
  pymorphy3's tense); each language only reads its own tense marks. English figures of
  the claim stage are read by :func:`roles_en`, once per figure, which adds what the
  English rules ask besides: the verb the figure completes (measure, category), the tense
  of the main clause that asserts it and the verb that heads its sentence (the draft's
  ``tense`` and ``verb``), the subject by English's own rule
  (:func:`~sinorus_facts.common.syntax.subject_of`); and :func:`verb_form` is the one
  reading of an English verb's tag and auxiliaries (tense, modal, perfect, passive) that
  the rules of modality and source ask too;
- Chinese from its aspect and modal words in the figure's clause (:func:`roles_zh`): no
  Chinese parser installs offline.

The sentence stage of Russian and Chinese reads modality from these roles
(:func:`modality_from_roles`): a future or conditional verb makes a target, a past one
an actual figure, whatever a noun of planning says beside it. English speakers are
credited by :mod:`sinorus_facts.claims.attribution` and, across sentences and
quotations, by the document stage; English modality by :mod:`sinorus_facts.claims.modality`
(its chain of governors), both reading verb forms and the figure's subject from here.

>>> roles_zh("两国贸易额已经达到2400亿美元", 10, 19).tense
'past'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from sinorus_facts.common.extensions import text_of
from sinorus_facts.common.syntax import FINITE_TAGS, head_of_mention, subject_of
from sinorus_facts.lexicons.cues import cue_words
from sinorus_facts.quantities.lexical import lexicon_pattern
from sinorus_facts.quantities.mention import QuantityMention

__all__ = [
    "TENSES",
    "Phrase",
    "Roles",
    "Verb",
    "VerbForm",
    "completed_verb",
    "modality_from_roles",
    "roles_en",
    "roles_from_parse",
    "roles_zh",
    "verb_form",
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

# English auxiliaries that put a clause in the future or make it hypothetical ("will
# reach", "could rise"): the main clause's tense is then "future".
FUTURE_AUX = frozenset(
    {"will", "would", "shall", "should", "may", "might", "could", "can", "must", "'ll"}
)


# Relations of an English verb's auxiliaries ("will", "has", "was", "to").
AUX_DEPS = ("aux", "auxpass")

# Relations by which an English figure hangs on the verb it completes ("rose *5%*",
# "*60 percent* of exports are", "worth *$3 billion*").
TO_VERB = frozenset(
    {
        "dobj",
        "attr",
        "npadvmod",
        "advmod",
        "acomp",
        "oprd",
        "pobj",
        "prep",
        "dative",
        "nsubj",
        "nsubjpass",
        "appos",
        "conj",
        "quantmod",
        "nummod",
        "compound",
        "amod",
        "nmod",
        "pcomp",
    }
)

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
    ("Алексей Миллер" of "глава компании Алексей Миллер"); ``i`` the index of its head
    token in the parse (-1 where there is none)."""

    text: str
    start: int
    end: int
    name: str | None = None
    i: int = -1


@dataclass(frozen=True)
class Verb:
    """A verb: its words, its lemma and its tense or mood (one of :data:`TENSES`, None
    where the language does not show it); from a parse also the index of its token
    (``i``, -1 without one), its auxiliaries' words ("will", "has been") and whether it is
    a passive."""

    text: str
    lemma: str
    start: int
    end: int
    tense: str | None
    i: int = -1
    auxiliaries: tuple[str, ...] = ()
    passive: bool = False


@dataclass(frozen=True)
class VerbForm:
    """What an English verb's tag and auxiliaries (its ``aux`` and ``auxpass`` children:
    word, tag, lemma) say of it; every English rule of tense, mood and voice reads it here.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Exports", "will", "have", "risen"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 3, 3, 3],
    ...           deps=["nsubj", "aux", "aux", "ROOT"], tags=["NNS", "MD", "VB", "VBN"])
    >>> form = verb_form(doc[3])
    >>> form.future, form.modal, form.past, form.perfect, form.passive
    (True, True, False, False, False)
    """

    tag: str
    auxiliaries: tuple[tuple[str, str, str], ...]

    @property
    def modal(self) -> bool:
        """A modal among its auxiliaries ("will rise", "could reach")."""
        return any(tag == "MD" for _, tag, _ in self.auxiliaries)

    @property
    def future(self) -> bool:
        """Put in the future or made hypothetical: a modal or a future auxiliary, or the
        modal itself ("will reach", "could rise")."""
        return self.tag == "MD" or any(
            word in FUTURE_AUX or tag == "MD" for word, tag, _ in self.auxiliaries
        )

    @property
    def past(self) -> bool:
        """In a past tense: the verb's own ("rose") or its auxiliary's ("was built", "did")."""
        return self.tag == "VBD" or any(tag == "VBD" for _, tag, _ in self.auxiliaries)

    @property
    def perfect(self) -> bool:
        """A perfect: a past participle with "have" ("has risen", "had sold")."""
        return self.tag == "VBN" and any(lemma == "have" for _, _, lemma in self.auxiliaries)

    @property
    def passive(self) -> bool:
        """A passive ("was built", "is expected")."""
        return bool(self.passive_auxiliaries)

    @property
    def infinitive(self) -> bool:
        """With "to" for an auxiliary ("to reach")."""
        return any(tag == "TO" for _, tag, _ in self.auxiliaries)

    passive_auxiliaries: tuple[str, ...] = ()


def verb_form(verb: Token) -> VerbForm:
    """The tag and auxiliaries of an English ``verb`` (:class:`VerbForm`)."""
    auxiliaries = [c for c in verb.children if c.dep_ in AUX_DEPS]
    return VerbForm(
        verb.tag_,
        tuple((a.lower_, a.tag_, a.lemma_) for a in auxiliaries),
        tuple(a.lower_ for a in auxiliaries if a.dep_ == "auxpass"),
    )


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

    English adds (:func:`roles_en`): ``completes``, the verb the figure completes through an
    object, complement or modifier (:func:`completed_verb`); ``clause_tense``, the tense of
    the main clause that asserts it ("past", "present", "future", "perfect"; None in a
    clause inside another or for a figure that describes a thing); ``told_past``, whether
    the verb that heads the sentence, ``sentence_verb``, is in the past; ``reported_tense``,
    the tense of the clause that asserts it, a clause that a verb of speech before it
    reports included ("the company said trains *carried* ..."). English's subject
    is :func:`~sinorus_facts.common.syntax.subject_of` the verb (through the verbs that
    share it).
    """

    verb: Verb | None = None
    governor: Verb | None = None
    subject: Phrase | None = None
    negated: bool = False
    quoted: bool = False
    speaker: Phrase | None = None
    speech: Verb | None = None
    scope: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    completes: Verb | None = None
    clause_tense: str | None = None
    reported_tense: str | None = None
    told_past: bool = False
    sentence_verb: Verb | None = None

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


def _tense_en(form: VerbForm) -> str | None:
    for word, _, _ in form.auxiliaries:
        if word in EN_AUXILIARIES:
            return EN_AUXILIARIES[word]
    for _, tag, lemma in form.auxiliaries:
        if tag == "VBD":
            return "past"
        if tag in ("VBP", "VBZ") and lemma == "have":
            return "past"  # "has risen": told as done
        if tag in ("VBP", "VBZ"):
            return "present"
        if tag == "TO":
            return "infinitive"
    return {"VBD": "past", "VBP": "present", "VBZ": "present"}.get(form.tag) or (
        "infinitive" if form.tag == "VB" else None
    )


def _verb(language: str, token: Token, offset: int) -> Verb:
    if language == "ru":
        tense = _tense_ru(token)
        auxiliaries = tuple(c.lower_ for c in token.children if c.dep_.startswith("aux"))
        passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in token.children)
    else:
        form = verb_form(token)
        tense = _tense_en(form)
        auxiliaries = tuple(word for word, _, _ in form.auxiliaries)
        passive = form.passive
    return Verb(
        token.text,
        token.lemma_.lower(),
        token.idx - offset,
        token.idx + len(token) - offset,
        tense,
        token.i,
        auxiliaries,
        passive,
    )


def _phrase(token: Token, offset: int, language: str) -> Phrase:
    """The words of ``token``'s subtree that stand together around it (a word the parse
    hangs on it from afar is no part of the phrase), and the run of a person's name in
    them (English names come from NER; Russian ones from the morphology's ``Name`` too)."""
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
            t.ent_type_ == "PERSON"
            or (language != "en" and "Yes" in t.morph.get("Name", []))
            or (name and t.dep_.startswith("flat") and t.text[:1].isupper())  # "Иван *Новиков*"
        ):
            name.append(t)
            if len(name) > len(best):
                best = list(name)
        else:
            name = []
    text = text_of(doc)
    return Phrase(
        text[start:end],
        start - offset,
        end - offset,
        text[best[0].idx : best[-1].idx + len(best[-1])] if best else None,
        token.i,
    )


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _is_speech(language: str, token: Token) -> bool:
    if language == "en":
        return token.lemma_.lower() in cue_words("attribution", "speech_verb")
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
    root = _figure_root(doc, start + offset, end + offset)
    if root is None:
        return Roles()
    return _roles(language, root, start, end, quotes, offset)


def roles_en(
    doc: Doc,
    mention: QuantityMention,
    *,
    quotes: Sequence[tuple[int, int]] = (),
    speech: bool = True,
) -> Roles:
    """The roles of an English figure of the claim stage, read once from its sentence's
    parse (offsets into ``doc.text``): those of :func:`roles_from_parse` from the token
    that stands for the figure (:func:`~sinorus_facts.common.syntax.head_of_mention`),
    and the English ones besides (``completes``, ``clause_tense``, ``told_past``,
    ``sentence_verb``). No ``scope``: English modality reads its cues on its own chain of
    governors (:mod:`sinorus_facts.claims.modality`). Without ``speech``, no verb of saying
    and no speaker (the claim stage's sources are read by
    :mod:`sinorus_facts.claims.attribution`, which asks more of a sentence). Without a parse
    every role is empty."""
    head = head_of_mention(doc, mention)
    if head is None:
        return Roles()
    return _roles(
        "en",
        head,
        mention.start,
        mention.end,
        quotes,
        0,
        mention.attributive,
        scoped=False,
        speech=speech,
    )


def _roles(
    language: str,
    root: Token,
    start: int,
    end: int,
    quotes: Sequence[tuple[int, int]],
    offset: int,
    attributive: bool = False,
    *,
    scoped: bool = True,
    speech: bool = True,
) -> Roles:
    verb_token = _verb_above(root)
    scope: list[tuple[int, int]] = []
    token = root
    for _ in range(64 if scoped else 0):
        if token == verb_token:
            break
        scope.append((token.idx - offset, token.idx + len(token) - offset))
        # the path's own modifiers ("*проектной* мощностью 38 млрд кубометров")
        scope.extend((c.idx - offset, c.idx + len(c) - offset) for c in token.children)
        if token.head == token:
            break
        token = token.head
    quote = _inside((start, end), quotes)
    if verb_token is None:
        english = _english(root, attributive, offset, {}) if language == "en" else {}
        return Roles(quoted=quote is not None, scope=tuple(scope), **english)
    verb = _verb(language, verb_token, offset)
    english = _english(root, attributive, offset, {verb_token.i: verb}) if language == "en" else {}
    governor_token = (
        verb_token.head
        if verb.tense == "infinitive"
        and verb_token.dep_ in COMPLEMENT_DEPS
        and verb_token.head.pos_ in VERBAL
        else None
    )
    governor = _verb(language, governor_token, offset) if governor_token is not None else None
    heads = [verb_token] + ([governor_token] if governor_token is not None else [])
    if language == "en":  # climbing through the verbs that share it ("is likely to rise")
        subject_token = subject_of(verb_token)
    else:
        subject_token = next((s for s in map(_subject, heads) if s is not None), None)
    for head in heads if scoped else ():
        scope.append((head.idx - offset, head.idx + len(head) - offset))
        scope.extend(
            (c.idx - offset, c.idx + len(c) - offset)
            for c in head.children
            if c.dep_ not in SUBJECT_DEPS
        )
    if subject_token is not None and scoped:
        scope.append((subject_token.idx - offset, subject_token.idx + len(subject_token) - offset))
    said, speaker = _speech(language, verb_token, quote, offset) if speech else (None, None)
    return Roles(
        verb=verb,
        governor=governor,
        subject=_phrase(subject_token, offset, language) if subject_token is not None else None,
        negated=any(_negated(h) for h in heads),
        quoted=quote is not None,
        speaker=speaker,
        speech=said,
        scope=tuple(scope),
        **english,
    )


def _english(head: Token, attributive: bool, offset: int, read: dict[int, Verb]) -> dict[str, Any]:
    """The roles only English rules ask of a figure whose token is ``head`` (``read``: the
    verbs already read, by token: the one verb is often all of them)."""

    def verb(token: Token) -> Verb:
        if token.i not in read:
            read[token.i] = _verb("en", token, offset)
        return read[token.i]

    completes, _ = completed_verb(head)
    root = head
    while root.head.i != root.i:
        root = root.head
    tense = _clause_tense(head, attributive)
    return {
        "completes": verb(completes) if completes is not None else None,
        "clause_tense": tense,
        # (a main clause is a main clause when a verb of speech before it is counted too)
        "reported_tense": tense or _clause_tense(head, attributive, reported=True),
        "told_past": _told_past(root),
        "sentence_verb": verb(root) if root.pos_ in VERBAL else None,
    }


def completed_verb(head: Token) -> tuple[Token | None, Token]:
    """The English verb a figure whose token is ``head`` completes, through the relations
    of :data:`TO_VERB` and at most five words up ("own" in "the producer owns 60 percent
    of the plant"), and the word of the figure's phrase that hangs on it."""
    token = head
    for _ in range(5):
        if token.pos_ in VERBAL:
            return token, token
        if token.dep_ not in TO_VERB or token.head.i == token.i:
            return None, token
        below, token = token, token.head
        if token.pos_ in VERBAL:
            return token, below
    return None, token


def _main_clause(verb: Token, *, reported: bool = False) -> bool:
    """Whether ``verb`` heads the sentence, alone or joined to its head by "and" or "while", or heads
    what a trailing attribution reports ("X won 62 percent, officials said"); with
    ``reported``, also what a verb of speech before it reports ("the company said trains
    carried ...")."""
    while (verb.dep_ == "conj" or _contrasted(verb)) and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "ccomp" and (
        verb.head.i > verb.i
        or (reported and verb.head.lemma_.lower() in cue_words("attribution", "speech_verb"))
    ):
        return _main_clause(verb.head, reported=reported)
    return verb.dep_ == "ROOT"


# Words that open a clause set beside the main one, which asserts its figure as the main
# clause does: "Vladivostok handled 18 mt, *while* Nakhodka's volume fell 2%".
CONTRAST_MARKS = frozenset({"while", "whereas"})


def _contrasted(verb: Token) -> bool:
    """Whether ``verb`` heads a clause of contrast beside its head ("while ... fell")."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in verb.children
    )


def _clause_tense(head: Token, attributive: bool, *, reported: bool = False) -> str | None:
    """ "past", "present" or "future" for the main clause that asserts the figure (its
    finite verb, or the verb with auxiliaries nearest above it); None for a figure that
    describes a thing ("the $1.5 billion plant"), one in a clause inside another
    ("officials said that trade rose 5%", "..., which rose 5%"), or where the parse has no
    verb. A present perfect ("has risen") is "perfect"."""
    if attributive or (head.dep_ in ("compound", "amod") and head.head.pos_ in ("NOUN", "PROPN")):
        return None
    verb: Token | None = head
    form: VerbForm | None = None
    while verb is not None:
        if verb.pos_ in VERBAL:
            form = verb_form(verb)
            if form.auxiliaries or verb.tag_ in FINITE_TAGS:
                break
        verb = verb.head if verb.head.i != verb.i else None
    if verb is None or form is None or not _main_clause(verb, reported=reported):
        return None
    if form.future:
        return "future"
    if form.past:
        return "past"
    if form.perfect:
        return "perfect"
    return "present"


def _told_past(root: Token) -> bool:
    """Whether the verb that heads the figure's sentence, ``root``, is in the past ("the
    plan was to ship 2 million tonnes", "the company planned to ship ..."), whatever the
    figure's own clause (an infinitive has no tense of its own); a verb of speech that
    reports a clause is the article's own telling ("..., Sechin told shareholders")."""
    if root.lower_ in cue_words("attribution", "speech_form") and any(
        c.dep_ in ("ccomp", "parataxis") for c in root.children
    ):
        return False
    return verb_form(root).past


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
                return _verb(language, token, offset), _phrase(subject, offset, language)
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
    if (
        modality in ("actual", "target")
        and tense in ("future", "conditional")
        and not roles.negated
        and _forecaster_says(language, sentence, roles)
    ):
        return "forecast"  # "аналитики считают, что экспорт превысит 7 млрд долларов"
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


def _forecaster_says(language: str, sentence: str, roles: Roles) -> bool:
    """Whether a future figure is what an observer believes will happen, not what its doer
    will do: a ``forecaster`` word of the modality lexicon in the sentence (analysts,
    experts, "считают", "по мнению": "экспорт превысит 7 млрд долларов, считают
    аналитики"), with no word of a plan among the words that bear on the figure
    ("аналитики считают, что компания планирует ..." stays a target).

    >>> r = Roles(verb=Verb("превысит", "превысить", 8, 16, "future"), scope=((8, 16),))
    >>> _forecaster_says("ru", "Экспорт превысит 7 млрд, считают эксперты", r)
    True
    """
    if lexicon_pattern(language, "modality", "forecaster").search(sentence) is None:
        return False
    return not any(
        roles.covers(m.start(), m.end())
        for m in lexicon_pattern(language, "modality", "target").finditer(sentence)
    )
