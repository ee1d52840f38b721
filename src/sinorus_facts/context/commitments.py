"""Commitments: a figure that a deal, a plan, a design or a schedule sets is a target.

A target is what someone has committed to; a forecast what someone expects. Sentences of
deals and plans tell their terms in the future ("Russia will supply 38 bcm a year under
the contract", "18 ships will take part in the drills") or as a signing in the past ("the
banks signed a $2 billion loan agreement"), and the sentence alone reads "will" as an
expectation. Read with its article:

- a forecast that only a future or modal verb makes one ("will", "would", "shall", "is
  to"), in a sentence, or an article's headline or lead, that names a commitment (the ``context``
  lexicon's ``commitment_noun``: deal, contract, plan, design, schedule, exercise), is a
  target (the headline and the lead sentence say what the article is about: "The navies
  launched a week of war games ..." and then "Russia would send 10 ships"); a word of
  expectation in the sentence ("expects", "likely", "estimated", the
  ``strong_forecast`` words) keeps it a forecast;
- a fact whose verb is a signing told in the past ("signed", "inked", ``signing_verb``)
  is a term of what was signed: a target;
- a design figure (a ``design_head`` word among the few words before it: "a capacity of
  38 bcm") is a target, whatever is expected of the thing;
- a target told in the past by a verb of what happened ("under the deal, the companies
  received loans of $10 billion", ``done_verb``) is a fact;
- a figure whose own verb is one of expectation ("the company expects the contract to
  bring $3 billion") is a forecast, whatever the sentence is about.

>>> says_any("Exports are expected to grow.", "strong_forecast")
True
"""

from __future__ import annotations

import re

from sinorus_facts.context.figures import Figure, context_words, lead_sentence
from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.models import Claim
from sinorus_facts.periods.page import Page

__all__ = ["commit", "design_figure", "says_any"]

# How many words before a figure a design word may stand: "the capacity of the new ferry
# will be close to 900 passengers".
DESIGN_WINDOW = 8


@lexicon_cache
def _pattern(label: str) -> re.Pattern[str]:
    words = sorted(context_words(label), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or r"(?!)"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def says_any(text: str, label: str) -> bool:
    """Whether ``text`` holds a word of the ``context`` lexicon's ``label``."""
    return bool(_pattern(label).search(text))


def design_figure(claim: Claim) -> bool:
    """Whether a figure is what a thing is designed for: a design word stands among the
    few words before it in its clause ("a total capacity of 50 bcm", "the capacity of the
    new ferry will be 900 passengers").
    """
    sentence = claim.evidence.sentence
    before = sentence[: claim.evidence.quantity_start - claim.evidence.sentence_start]
    clause = re.split(r"[,;:()]", before)[-1].split()[-DESIGN_WINDOW:]
    return any(w.lower().strip(".") in context_words("design_head") for w in clause)


def _modality(figure: Figure, scene: str) -> str:
    claim, draft = figure.claim, figure.draft
    if design_figure(claim) or (draft.measure_head or "").lower() in context_words("design_head"):
        return "target"
    if (draft.verb or "") in context_words("strong_forecast"):
        return "forecast"  # "The company expects the contract to bring $3 billion"
    if (
        claim.modality == "target"
        and draft.tense == "past"
        and (draft.verb or "") in context_words("done_verb")
    ):
        return "actual"  # "Under the deal, the companies received loans of $10 billion"
    return "target" if _target(figure, scene) else claim.modality


def _target(figure: Figure, scene: str) -> bool:
    claim, draft = figure.claim, figure.draft
    sentence = claim.evidence.sentence
    if claim.modality == "forecast":
        if says_any(sentence, "strong_forecast"):
            return False
        return says_any(sentence, "commitment_noun") or says_any(scene, "commitment_noun")
    if claim.modality != "actual":
        return False
    return draft.tense in ("past", "perfect") and (draft.verb or "") in context_words(
        "signing_verb"
    )


def _scene(document: Page, article: int | None) -> str:
    """What an article is about, as its headline and lead sentence say it."""
    sentences = document.article_sentences(article)
    lead = lead_sentence(document, sentences)
    title = (
        document.articles[article].title
        if article is not None and document.articles[article].title
        else ""
    )
    if lead is None:
        return title or ""
    sentence = document.sentences[lead]
    return f"{title}\n{document.text[sentence.start : sentence.end]}"


def commit(document: Page, figures: list[Figure]) -> list[Figure]:
    """``figures`` with the terms of commitments as targets, and what the figure's own verb
    expects as forecasts."""
    scenes = {article: _scene(document, article) for article in {f.article for f in figures}}
    out = []
    for figure in figures:
        modality = _modality(figure, scenes[figure.article])
        out.append(
            figure if modality == figure.claim.modality else figure.with_claim(modality=modality)
        )
    return out
