"""The model's lemmatizer, remembered: the same lemmas, each worked out once.

en_core_web_sm's rule lemmatizer gives a token's lemma from its text, its part of speech
and its morphology alone (and fixed tables), but works it out anew for most tokens: its
cache is filled only past the "base form" test, which most words of news pass. Here each
(text, part of speech, morphology) is handed to the model's own lemmatizer once and its
lemma kept, so every token gets what the model's component would give it, as fast as a
dictionary lookup. It keeps the component's name and skips what the component skips (a
lemma already set, unless it overwrites); ``tests/test_lemma_table.py`` compares the two.

>>> from sinorus_facts.pipeline.loading import load_pipeline
>>> nlp = load_pipeline()
>>> type(nlp.get_pipe("lemmatizer")).__name__, [t.lemma_ for t in nlp("Exports were rising.")]
('LemmaTable', ['export', 'be', 'rise', '.'])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, cast

from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

__all__ = ["MAX_REMEMBERED", "LemmaTable", "can_remember"]

# The most (text, part of speech, morphology) keys kept; past it the table starts afresh,
# so memory stays bounded on a corpus of any size.
MAX_REMEMBERED = 200_000


def can_remember(lemmatizer: Any) -> bool:
    """Whether ``lemmatizer`` is spaCy's own, in a mode whose lemma depends on the token's
    text, part of speech and morphology alone ("rule", "lookup").

    >>> import spacy
    >>> [can_remember(spacy.blank("en").add_pipe("lemmatizer", config={"mode": m})) for m in ("rule", "lookup")]
    [True, True]
    >>> can_remember(spacy.blank("en").add_pipe("sentencizer"))
    False
    """
    return isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode in ("rule", "lookup")


class LemmaTable:
    """Lemmas by (text, part of speech, morphology), from the lemmatizer taken with
    :meth:`take_lemmatizer` (none until then: the Docs pass unchanged)."""

    def __init__(self, name: str = "sinorus_lemma_table") -> None:
        self.name = name
        self.lemmatizer: Lemmatizer | None = None
        self._lemmas: dict[tuple[int, int, int], str] = {}

    def take_lemmatizer(self, lemmatizer: Lemmatizer) -> None:
        """Give lemmas as ``lemmatizer`` does (its tables checked now, as it would on its
        first Doc)."""
        if not getattr(lemmatizer, "_validated", True):
            lemmatizer._validate_tables()
        self.lemmatizer = lemmatizer
        self._lemmas.clear()

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if lemmatizer is None:
            return doc
        lemmas = self._lemmas
        if len(lemmas) > MAX_REMEMBERED:
            lemmas.clear()
        overwrite = lemmatizer.overwrite
        for token in doc:
            if overwrite or token.lemma == 0:
                key = (
                    token.orth,
                    token.pos,
                    cast(Any, token.morph).key,
                )  # the analysis' hash (untyped in spaCy)
                lemma = lemmas.get(key)
                if lemma is None:
                    lemma = lemmas[key] = lemmatizer.lemmatize(token)[0]
                token.lemma_ = lemma
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)
