"""The Russian parse: a UD dependency parse from slovnet (its small syntax model and the
navec embeddings ship inside the ``natasha`` wheel; both are read from the installed
distribution's files, never through ``natasha`` itself, whose morphology goes through
pymorphy2), with lemmas, parts of speech and tense from pymorphy3 (:mod:`.morphology`).

:class:`RussianSyntax` is the spaCy component (``sinorus_ru_syntax`` in
:mod:`sinorus_facts.pipeline.factories`) that sets, on a ``blank("ru")`` Doc, every
token's head, dependency label, lemma, part of speech and morphology. The model is loaded
once per process, on the first Russian sentence that asks for it; without the ``[ru]``
extra :func:`available` is False and Russian is read without a parse.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from functools import cache
from typing import Any, cast

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, MorphAnalysis

from sinorus_facts.ingest import morphology

__all__ = ["INSTALL_SYNTAX", "MODEL_FILES", "RussianSyntax", "available", "ud_morph", "ud_pos"]

# The command that installs the Russian parse (slovnet, navec and natasha's model files).
INSTALL_SYNTAX = morphology.INSTALL_RU

# The model files inside the installed ``natasha`` distribution.
MODEL_FILES = {
    "navec": "natasha/data/emb/navec_news_v1_1B_250K_300d_100q.tar",
    "syntax": "natasha/data/model/slovnet_syntax_news_v1.tar",
}

# OpenCorpora parts of speech (pymorphy3) as UD's.
UD_POS = {
    "NOUN": "NOUN",
    "ADJF": "ADJ",
    "ADJS": "ADJ",
    "COMP": "ADJ",
    "VERB": "VERB",
    "INFN": "VERB",
    "PRTF": "VERB",
    "PRTS": "VERB",
    "GRND": "VERB",
    "NUMR": "NUM",
    "ADVB": "ADV",
    "PRED": "ADV",
    "NPRO": "PRON",
    "PREP": "ADP",
    "CONJ": "CCONJ",
    "PRCL": "PART",
    "INTJ": "INTJ",
}

# OpenCorpora grammemes as UD features: tense, mood, verb form, aspect, case.
UD_FEATURES = {
    "past": ("Tense", "Past"),
    "pres": ("Tense", "Pres"),
    "futr": ("Tense", "Fut"),
    "indc": ("Mood", "Ind"),
    "impr": ("Mood", "Imp"),
    "INFN": ("VerbForm", "Inf"),
    "PRTF": ("VerbForm", "Part"),
    "PRTS": ("VerbForm", "Part"),
    "GRND": ("VerbForm", "Conv"),
    "perf": ("Aspect", "Perf"),
    "impf": ("Aspect", "Imp"),
    "nomn": ("Case", "Nom"),
    "gent": ("Case", "Gen"),
    "datv": ("Case", "Dat"),
    "accs": ("Case", "Acc"),
    "ablt": ("Case", "Ins"),
    "loct": ("Case", "Loc"),
}

# Grammemes of a person's name (a subject that names a speaker).
NAME_GRAMMEMES = ("Name", "Surn", "Patr")


@cache
def _model() -> Any | None:
    """slovnet's syntax model with its embeddings, or None where the extra is missing."""
    try:
        from importlib.metadata import distribution

        from navec import Navec  # the [ru] extra
        from slovnet import Syntax

        files = distribution("natasha")
        navec = Navec.load(str(files.locate_file(MODEL_FILES["navec"])))
        return Syntax.load(str(files.locate_file(MODEL_FILES["syntax"]))).navec(navec)
    except Exception:  # noqa: BLE001 - any failure to load means: not installed as it should be
        return None


@cache
def available() -> bool:
    """Whether the Russian parse can be made (slovnet, navec, natasha's model files and
    pymorphy3 installed)."""
    return morphology.available() and _model() is not None


def ud_pos(word: str) -> str:
    """The UD part of speech of ``word`` ("сообщил": VERB; "250": NUM; "Миллер": PROPN).

    >>> ud_pos("сообщил"), ud_pos("250"), ud_pos(","), ud_pos("Миллер")
    ('VERB', 'NUM', 'PUNCT', 'PROPN')
    """
    if not word[:1].isalpha():
        if word[:1].isdigit():
            return "NUM"
        return "PUNCT" if not word[:1].isalnum() else "X"
    tags = morphology.tags_of(word)
    if word[:1].isupper() and any(g in tags for g in (*NAME_GRAMMEMES, "Geox", "Orgn")):
        return "PROPN"
    if not tags:
        return "PROPN" if word[:1].isupper() else "X"
    if word.lower() == "бы":
        return "PART"
    if {"VERB", "INFN"} & tags and morphology.lemma(word) == "быть":
        return "AUX"
    return next((UD_POS[g] for g in UD_POS if g in tags), "X")


def ud_morph(word: str) -> str:
    """The UD features of ``word``'s likeliest reading ("превысит": Aspect=Perf|Mood=Ind|
    Tense=Fut), "Polarity=Neg" for "не", "Name=Yes" for a person's name.

    >>> ud_morph("превысит"), ud_morph("не")
    ('Aspect=Perf|Mood=Ind|Tense=Fut', 'Polarity=Neg')
    """
    if word.lower() in ("не", "нет"):
        return "Polarity=Neg"
    tags = morphology.tags_of(word)
    features = dict(UD_FEATURES[g] for g in tags if g in UD_FEATURES)
    if word[:1].isupper() and any(g in tags for g in NAME_GRAMMEMES):
        features["Name"] = "Yes"
    return "|".join(f"{k}={v}" for k, v in sorted(features.items()))


class RussianSyntax:
    """Sets slovnet's UD parse and pymorphy3's lemma, part of speech and morphology on the
    tokens of a Russian Doc (a sentence); a Doc is left as it is where the parse is not
    installed."""

    def __init__(self, name: str = "sinorus_ru_syntax", batch_size: int = 32) -> None:
        self.name = name
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        size = batch_size or self.batch_size
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= size:
                yield from self._parse(batch)
                batch = []
        if batch:
            yield from self._parse(batch)

    def _parse(self, docs: list[Doc]) -> list[Doc]:
        model = _model() if available() else None
        if model is None:
            return docs
        words = [[t.text for t in doc if not t.is_space] for doc in docs]
        with _one_thread():
            parsed = list(model.map(words))
        for doc, markup in zip(docs, parsed, strict=True):
            _set_parse(doc, markup.tokens)
        return docs


def _one_thread() -> Any:
    """numpy's BLAS held to one thread while slovnet parses: its small matrices gain
    nothing from more, and threads that wait on a busy machine cost several times the
    work (about 2 ms a sentence on one thread, 9-19 ms with the default threads on two
    loaded cores)."""
    try:
        from threadpoolctl import threadpool_limits  # the [ru] extra
    except ImportError:
        return nullcontext()
    return threadpool_limits(limits=1, user_api="blas")


def _break_cycles(heads: list[int], deps: list[str]) -> None:
    """Makes the heads a tree: one root (the first the model gave, else the first token),
    and a token whose heads run in a circle attached to it."""
    roots = [i for i, h in enumerate(heads) if h == i]
    root = roots[0] if roots else 0
    for i in roots[1:]:
        heads[i], deps[i] = root, "dep"
    heads[root], deps[root] = root, "ROOT"
    for i in range(len(heads)):
        seen = {i}
        j = heads[i]
        while j != root and j not in seen:
            seen.add(j)
            j = heads[j]
        if j != root:
            heads[i], deps[i] = root, "dep"


def _set_parse(doc: Doc, parsed: list[Any]) -> None:
    """Writes slovnet's heads and labels (over the Doc's tokens without spaces, which
    attach to the token before them) and pymorphy3's attributes on ``doc``."""
    kept = [t.i for t in doc if not t.is_space]
    heads = list(range(len(doc)))
    deps = ["dep"] * len(doc)
    for index, token in zip(kept, parsed, strict=True):
        head = int(token.head_id)
        heads[index] = kept[head - 1] if head else index
        deps[index] = "ROOT" if not head else str(token.rel)
    for t in doc:
        if t.is_space:
            heads[t.i] = max(t.i - 1, 0)
    _break_cycles(heads, deps)
    strings = doc.vocab.strings
    array = numpy.empty((len(doc), 2), dtype="uint64")
    array[:, 0] = numpy.array([heads[i] - i for i in range(len(doc))], dtype="int64").astype(
        "uint64"
    )
    array[:, 1] = numpy.array([strings.add(d) for d in deps], dtype="uint64")
    doc.from_array([HEAD, DEP], cast(Any, array))
    for t in doc:
        if t.is_space:
            continue
        t.pos_ = ud_pos(t.text)
        t.lemma_ = morphology.lemma(t.text) if t.text[:1].isalpha() else t.text
        t.morph = MorphAnalysis(doc.vocab, ud_morph(t.text))
