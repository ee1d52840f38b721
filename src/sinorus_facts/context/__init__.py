"""The document-context stage: the article as the context of each figure.

News states a period or a source once, in the headline, the lead or an earlier sentence,
and the sentences after it give breakdowns without repeating it. After every sentence has
been read on its own (:mod:`sinorus_facts.claims`), this stage reads each article as a
whole, in order, and decides per figure:

- :mod:`~sinorus_facts.context.frames.reports`: the period a figure inherits when its own clause
  states no time (the period the article last established for its report), and what
  "in the same period", "that year" point back to;
- :mod:`~sinorus_facts.context.sources.carry`: the source a figure inherits when its own
  sentence names none (the body the article gave for its report), with the offsets of the
  source's words;
- :mod:`~sinorus_facts.context.frames.bases`: the figure a comparison is made with ("compared
  with $55 billion a year earlier") holds for that earlier time;
- :mod:`~sinorus_facts.context.frames.events`: the counts of a dated event (an exercise's
  ships, a forum's guests) hold for the event's days;
- :mod:`~sinorus_facts.context.commitments`: the terms of a deal, a plan, a design or a
  schedule are targets, not forecasts;
- :func:`~sinorus_facts.context.figures.undate_spans`: a span of years holds whenever it is
  said, with no period.

Its rules are the ``context`` lexicon (what never inherits a period, what carries a
source). Every inherited field says so: ``Period.origin == "article"``,
``Claim.attribution_origin == "article"``, with offsets to the words it came from.

>>> import sinorus_facts
>>> text = ("Trade between the two countries rose 20% to $150 billion in January-October, "
...         "customs data showed. Exports grew 18% to $80 billion.")
>>> claims = sinorus_facts.extract(text, published="2023-11-07")
>>> [(c.value, c.period.text, c.period.origin) for c in claims if c.unit == "USD"]
[(150000000000.0, 'January-October', 'sentence'), (80000000000.0, 'January-October', 'article')]
"""

from __future__ import annotations

from sinorus_facts.context.commitments import commit
from sinorus_facts.context.confidence import confidence_of, signals_of
from sinorus_facts.context.evidence import with_field_evidence
from sinorus_facts.context.figures import Figure, undate_spans
from sinorus_facts.context.frames.bases import date_bases, year_after_basis
from sinorus_facts.context.frames.events import date_events
from sinorus_facts.context.frames.reports import inherit_periods
from sinorus_facts.context.sources.carry import inherit_sources
from sinorus_facts.models import Claim
from sinorus_facts.periods.page import Page

__all__ = [
    "Figure",
    "commit",
    "date_bases",
    "date_events",
    "inherit_periods",
    "inherit_sources",
    "read_in_context",
]


def read_in_context(document: Page, figures: list[Figure]) -> list[Claim]:
    """The claims of ``document`` with what their article gives them: modality, the days of
    events, periods, then sources; then the evidence of each field
    (:mod:`~sinorus_facts.context.evidence`) and the confidence of each, from what is now
    known of it."""
    figures = commit(document, figures)
    figures = date_events(document, figures)
    figures = inherit_periods(document, figures)
    figures = year_after_basis(document, date_bases(document, figures))
    figures = undate_spans(inherit_sources(document, figures))
    claims = []
    for figure in figures:
        offset = document.sentences[figure.index].start
        claim = with_field_evidence(document.text, figure.claim, figure.draft, offset)
        claims.append(claim.model_copy(update={"confidence": confidence_of(signals_of(claim))}))
    return claims
