"""A figure as the document-context stage sees it: its claim and what its sentence said.

>>> from sinorus_facts.models import Article, Document, Sentence
>>> doc = Document(doc_id="d", text="A. Exports.", articles=(Article(title=None, published=None, start=0, end=11),),
...                sentences=(Sentence(start=0, end=2, paragraph=0, article=0), Sentence(start=3, end=11, paragraph=1, article=0)))
>>> lead_paragraph(Page(doc), [0, 1])
0
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sinorus_facts.claims.draft import ClaimDraft
from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.lexicons.cues import cue_words
from sinorus_facts.models import Claim
from sinorus_facts.periods.page import Page

__all__ = [
    "LEAD_WORDS",
    "ArticleReader",
    "Figure",
    "built_thing_cost",
    "context_words",
    "lead_paragraph",
    "lead_sentence",
    "read_articles",
    "timeless",
    "told_as_state",
    "told_of_another_time",
    "told_of_any_year",
]

# A sentence of more words than a headline's opens the article's lead.
LEAD_WORDS = 12


@dataclass(frozen=True)
class Figure:
    """One claim, the index of its sentence and of its article, and its sentence-level
    draft (tense, verb, measure head, the kind of its own time expression)."""

    claim: Claim
    index: int
    article: int | None
    draft: ClaimDraft

    def with_claim(self, **update: Any) -> Figure:
        """The same figure with fields of its claim replaced."""
        return replace(self, claim=self.claim.model_copy(update=update))


# A rule that reads one article in order and rewrites its figures in place: the document,
# the article's sentence indices, and its figures by sentence.
ArticleReader = Callable[[Page, list[int], dict[int, list["Figure"]]], None]


def read_articles(document: Page, figures: list[Figure], *readers: ArticleReader) -> list[Figure]:
    """``figures`` (in text order) after each reader has read every article in turn."""
    by_sentence: dict[int, list[Figure]] = {}
    for figure in figures:
        by_sentence.setdefault(figure.index, []).append(figure)
    for article in {f.article for f in figures}:
        sentences = document.article_sentences(article)
        for reader in readers:
            reader(document, sentences, by_sentence)
    return [f for index in sorted(by_sentence) for f in by_sentence[index]]


def lead_sentence(document: Page, sentences: list[int]) -> int | None:
    """The index of the article's first sentence with more than a headline's words (the
    article's own where ``sentences`` are those of a later part of it)."""
    if document.begins_before_window(sentences):
        article = document.sentences[sentences[0]].article
        sentences = document.article_sentences(article, whole=True)
    for index in sentences:
        sentence = document.sentences[index]
        if (
            not sentence.boilerplate
            and len(document.text[sentence.start : sentence.end].split()) > LEAD_WORDS
        ):
            return index
    return None


def lead_paragraph(document: Page, sentences: list[int]) -> int:
    """The paragraph of the article's lead (its first paragraph if none is long enough)."""
    index = lead_sentence(document, sentences)
    if index is None:
        return document.sentences[sentences[0]].paragraph if sentences else 0
    return document.sentences[index].paragraph


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
    if (draft.measure_head or "").lower() in context_words("timeless_head"):
        return True
    if built_thing_cost(figure):
        return True
    return draft.tense == "present" and (draft.verb or "") in context_words("stative_verb")


# Tenses of a figure that reports (past, "has risen", or a clause the parse leaves without
# a tense: "accounting for 38 percent"); the present tells a state, the future a plan.
REPORTING_TENSES = ("past", "perfect", None)


def told_as_state(figure: Figure) -> bool:
    """Whether a figure is told as a state, not as what a report recorded: in the present or
    the future ("China accounts for about a third of Russia's trade", "Russia's share is
    below 10%"), or with a verb of a lasting state ("owns 50 percent")."""
    draft = figure.draft
    return draft.tense not in REPORTING_TENSES or (draft.verb or "") in context_words(
        "stative_verb"
    )


@lexicon_cache
def _indefinite_past() -> re.Pattern[str]:
    words = sorted(context_words("indefinite_past"), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    # "once" of a time, not "at once", "once again", "once more", nor a clause's "once" that
    # opens its sentence ("Once completed, ..."); "used to" of a habit, not the passive "is
    # used to settle"
    return re.compile(
        r"(?<!\bat\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
        rf"(?<=\s)\b(?:{body})\b(?!\s+(?:again|more)\b)",
        re.IGNORECASE,
    )


@lexicon_cache
def _habitual_time() -> re.Pattern[str]:
    words = sorted(context_words("habitual_time"), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(rf"\b(?:{body})\b", re.IGNORECASE)


def told_of_any_year(figure: Figure) -> bool:
    """Whether a figure with no time of its own is told of a time that recurs ("about 30
    million vehicles are sold each year"): it holds for no report's period."""
    claim = figure.claim
    return claim.period is None and _habitual_time().search(claim.evidence.sentence) is not None


def told_of_another_time(figure: Figure) -> bool:
    """Whether a fact's sentence tells it of an earlier time it does not date ("Europe once
    bought as much as 150 bcm of Russian gas a year"): a look back of the writer's."""
    claim = figure.claim
    return (
        claim.modality == "actual"
        and claim.period is None
        and _indefinite_past().search(claim.evidence.sentence) is not None
    )


def built_thing_cost(figure: Figure) -> bool:
    """Whether a figure is what a thing that is built cost, in any tense ("the bridge cost
    19 billion roubles"): a property of the thing, which holds for no report's period."""
    claim, draft = figure.claim, figure.draft
    if (draft.measure_head or "").lower() not in context_words("built_thing"):
        return False
    before = claim.evidence.sentence[
        : claim.evidence.quantity_start - claim.evidence.sentence_start
    ]
    return (draft.verb or "") == "cost" or COST_BEFORE.search(before) is not None


# "cost" right before a figure, perhaps with a bound word: "and cost about " (the parse may
# give the figure the verb it is joined to: "is 1,080 metres long and cost 19 billion").
COST_BEFORE = re.compile(
    r"\bcost(?:s|ing)?\s+(?:(?:about|around|some|nearly|almost|over|roughly|an\s+estimated)\s+)?\Z",
    re.IGNORECASE,
)


def undate_spans(figures: list[Figure]) -> list[Figure]:
    """The figures with a span of years undated: it holds whenever it is said ("the top
    buyer for over a decade, first of all since 2014", "the first fall in six years in
    2025"), whatever time its sentence gives; read last, once that time has told
    the article's other figures where its report stands (spans of days and months keep
    the event they measure: context lexicon, undated_unit)."""
    spans = context_words("undated_unit")
    return [
        figure.with_claim(period=None)
        if figure.claim.period is not None
        and figure.claim.unit in spans
        and figure.draft.quantity.unit_kind == "duration"
        else figure
        for figure in figures
    ]
