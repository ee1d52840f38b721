"""The days of an event: the size of an exercise, a forum or a visit holds for its days.

An article about an event dates it once ("The drills run from July 22 to 26", "launched
eight days of war games on Monday") and then counts it: ships, aircraft, troops, guests.
Those counts hold for the event's days, whether they are told as fact or as what will
take part. Read in order, each article keeps the span of the event it last dated:

- a sentence dates an event when it gives a span of days ("from July 22 to 26", "begins on
  July 22 and lasts until July 26"), or one day and a length in days ("eight days of war
  games ... on Monday": Monday and the seven days after it); the figure of that length
  takes the span;
- a count of the event (the ``context`` lexicon's ``event_unit`` and ``event_category``:
  troops, ships, a visit's days) with no time of its own takes the span.

>>> from datetime import date
>>> span_of_days([(date(2009, 7, 22), date(2009, 7, 22)), (date(2009, 7, 26), date(2009, 7, 26))], None)
(datetime.date(2009, 7, 22), datetime.date(2009, 7, 26))
"""

from __future__ import annotations

from datetime import date, timedelta

from sinorus_facts.context.figures import Figure, context_words, read_articles
from sinorus_facts.models import Period
from sinorus_facts.periods.page import Page

__all__ = ["date_events", "span_of_days"]

# The longest an event's span of days may be: an exercise, a forum, a visit.
MAX_EVENT_DAYS = 31


def span_of_days(days: list[tuple[date, date]], length: int | None) -> tuple[date, date] | None:
    """The span an event covers: from its first day to its last, or from its one day for
    ``length`` days; None when the days are not an event's (one day and no length, or
    more than a month)."""
    if not days:
        return None
    first, last = min(d[0] for d in days), max(d[1] for d in days)
    if first == last and length:
        last = first + timedelta(days=length - 1)
    if first == last or (last - first).days >= MAX_EVENT_DAYS:
        return None
    return first, last


def _event_span(document: Page, index: int, figures: list[Figure]) -> Period | None:
    sentence = document.sentences[index]
    document.articles[sentence.article] if sentence.article is not None else None
    text = document.text[sentence.start : sentence.end]
    timexes = [
        t
        for t in document.timexes(index)
        if t.granularity == "day" and t.begin is not None and t.end_date is not None
    ]
    lengths = [
        int(f.claim.value)
        for f in figures
        if f.claim.unit == "day" and f.claim.value == int(f.claim.value)
    ]
    span = span_of_days(
        [(t.begin, t.end_date) for t in timexes],  # type: ignore[misc]
        lengths[0] if len(lengths) == 1 else None,
    )
    if span is None:
        return None
    first, last = timexes[0], timexes[-1]
    return Period(
        start=span[0],
        end=span[1],
        text=text[first.start : last.end],
        text_start=sentence.start + first.start,
        text_end=sentence.start + last.end,
        granularity="range",
        origin="article",
    )


def _counts_the_event(figure: Figure) -> bool:
    claim = figure.claim
    return (
        claim.unit in context_words("event_unit")
        and claim.category in context_words("event_category")
        and not claim.in_comment
    )


def _read_article(
    document: Page, sentences: list[int], by_sentence: dict[int, list[Figure]]
) -> None:
    event: Period | None = None
    for index in sentences:
        figures = by_sentence.get(index, [])
        event = _event_span(document, index, figures) or event
        if event is None:
            continue
        for position, figure in enumerate(figures):
            period = figure.claim.period
            own_day = (
                period is not None and period.origin != "article" and period.granularity == "day"
            )
            if _counts_the_event(figure) and (
                period is None or (own_day and figure.claim.unit == "day")
            ):
                figures[position] = figure.with_claim(period=event)


def date_events(document: Page, figures: list[Figure]) -> list[Figure]:
    """``figures`` (in text order) with the counts of dated events given the event's days."""
    return read_articles(document, figures, _read_article)
