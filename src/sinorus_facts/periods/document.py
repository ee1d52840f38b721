"""Periods that need more than one sentence.

- "so far" starts at the date the sentence before gives ("put into use on January 1, 2011.
  It has transported 110 million tons so far": 2011-01-01 to the article's date);
- a headline figure with no time of its own takes the period of the same figure in the
  article's body.
"""

from __future__ import annotations

from sinorus_facts.models import Claim, Document, Period
from sinorus_facts.periods.component import resolve_sentence_timexes

__all__ = ["anchor_so_far", "periods_from_body"]


def anchor_so_far(document: Document, index: int, period: Period) -> Period:
    """A "so far" period with no start runs from the last date of the sentence before."""
    if period.start is not None or index == 0:
        return period
    previous = document.sentences[index - 1]
    article = document.articles[previous.article] if previous.article is not None else None
    reference = article.reference_date if article else None
    timexes = resolve_sentence_timexes(document.text[previous.start : previous.end], reference)
    dated = [t for t in timexes if t.kind == "date" and t.begin is not None]
    if not dated:
        return period
    return period.model_copy(update={"start": dated[-1].begin})


def periods_from_body(claims: list[Claim]) -> list[Claim]:
    """A headline figure with no time takes the period of the same figure in its article."""
    out = []
    for claim in claims:
        article = claim.article
        if (
            claim.period is None and article is not None and article.title_start is not None
            and article.title_start <= claim.evidence.quantity_start < (article.title_end or 0)
        ):
            twin = next((c for c in claims if c is not claim and c.article == article and c.period is not None
                         and c.value == claim.value and c.unit in (claim.unit, None)), None)
            if twin is not None:
                claim = claim.model_copy(update={"period": twin.period})
        out.append(claim)
    return out
