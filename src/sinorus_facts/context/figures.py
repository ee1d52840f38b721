"""A figure as the document-context stage sees it: its claim and what its sentence said.

>>> from sinorus_facts.context.figures import article_sentences
>>> from sinorus_facts.models import Article, Document, Sentence
>>> doc = Document(doc_id="d", text="A. B.", articles=(Article(title=None, published=None, start=0, end=5),),
...                sentences=(Sentence(start=0, end=2, paragraph=0, article=0), Sentence(start=3, end=5, paragraph=0, article=0)))
>>> article_sentences(doc, 0)
[0, 1]
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sinorus_facts.claims.cues import cue_words
from sinorus_facts.models import Claim, Document

__all__ = ["Figure", "article_sentences", "context_words", "timeless"]


@dataclass(frozen=True)
class Figure:
    """One claim, the index of its sentence and of its article, and its sentence-level
    draft (tense, verb, measure head, the kind of its own time expression)."""

    claim: Claim
    index: int
    article: int | None
    draft: dict[str, Any]

    def with_claim(self, **update: Any) -> Figure:
        """The same figure with fields of its claim replaced."""
        return replace(self, claim=self.claim.model_copy(update=update))


def article_sentences(document: Document, article: int | None) -> list[int]:
    """The indices of the sentences of one article, in order."""
    return [i for i, s in enumerate(document.sentences) if s.article == article]


def context_words(label: str) -> frozenset[str]:
    """The words of the ``context`` lexicon with ``label``."""
    return cue_words("context", label)


def timeless(figure: Figure) -> bool:
    """Whether a figure describes a thing or a lasting state rather than reports: a length
    or a duration ("the 3,000-km pipeline", "a 30-year contract"), a measure of a thing
    ("capacity", "stake"), a state told in the present ("the operator owns 50 percent")."""
    claim, draft = figure.claim, figure.draft
    if claim.unit in context_words("no_period_unit"):
        return True
    if (draft.get("measure_head") or "").lower() in context_words("timeless_head"):
        return True
    return draft.get("tense") == "present" and (draft.get("verb") or "") in context_words("stative_verb")
