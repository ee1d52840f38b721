"""The days of an event: the size of an exercise, a forum or a visit holds for its days.

An article about an event dates it once ("The drills run from July 22 to 26", "launched
eight days of war games on Monday") and then counts it: ships, aircraft, troops, guests.
Those counts hold for the event's days, whether they are told as fact or as what will
take part. Read in order, each article keeps the span of the event it last dated:

- a sentence dates an event when it gives a span of days ("from July 22 to 26", "begins on
  July 22 and lasts until July 26"), or one day and a length in days or weeks ("eight days
  of war games ... on Monday": Monday and the seven days after it; "two weeks of drills");
  the figure of that length takes the span; a span from one day and a length gives way to
  a span the article states in full for an event of that length, before or after it (a
  departure day is not the first day of the exercise the ships sail to join); a part of a
  month ("at the end of January") is no event's days;
- a length of a visit told as under way ("is on a three-day visit") holds from the
  article's date;
- a count of the event (the ``context`` lexicon's ``event_unit`` and ``event_category``:
  troops, ships, a visit's days) with no time of its own takes the span.

>>> from datetime import date
>>> span_of_days([(date(2009, 7, 22), date(2009, 7, 22)), (date(2009, 7, 26), date(2009, 7, 26))], None)
(datetime.date(2009, 7, 22), datetime.date(2009, 7, 26))
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from sinorus_facts.context.figures import Figure, context_words, read_articles
from sinorus_facts.models import Period
from sinorus_facts.periods.document import day_of_telling, shares_content
from sinorus_facts.periods.expressions import Timex
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


# Days in a unit of an event's length: "a nine-day exercise", "two weeks of drills".
LENGTH_DAYS = {"day": 1, "week": 7}
# Lengths said in words, not figures: "the week-long manoeuvres", "a fortnight of drills",
# "will run for a week", "lasts one week" (a fortnight is 14 days, a week 7).
LENGTH_WORDS = re.compile(
    r"\b(?:week[- ]?long|fortnight(?:[- ]long)?|(?:last(?:s|ed|ing)?|run(?:s|ning)?|"
    r"continue[sd]?|go(?:es)?\s+on)\s+(?:for\s+)?(?:a|one)\s+(?:week|fortnight))\b",
    re.IGNORECASE,
)
FORTNIGHT_DAYS, WEEK_DAYS = 14, 7
# Words that make a time a part of a month, not an event's days: "at the end of January".
PART_OF_MONTH = re.compile(
    r"\b(?:early|mid|late|end|beginning|start|middle|close|turn)\b", re.IGNORECASE
)


def _length(figure: Figure) -> int | None:
    claim = figure.claim
    per = LENGTH_DAYS.get(claim.unit or "")
    if per is None or claim.value != int(claim.value):
        return None
    return int(claim.value) * per


# An event told as to come: "will hold", "is to take place", "are due to start",
# "scheduled for", "plan to hold".
AHEAD = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+due\s+to|(?:is|are)\s+scheduled|"
    r"(?:is|are)\s+set\s+to|plans?\s+to)\b",
    re.IGNORECASE,
)

# A verb of the past before a weekday: "began", "kicked off", "opened", "was launched".
PAST_VERB = re.compile(
    r"\b(?:[a-z]+ed|began|was|were|had|did|took|went|got|set\s+off)\b", re.IGNORECASE
)

# A year written out in a time expression: "July 20, 2024".
WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _to_come(timex: Timex, reference: date, text: str = "") -> Timex:
    """A day or span written without its year in a sentence of what is to come, read as the
    next one after the article's date, not the last before it ("will hold drills from July
    20 to 23", told in May: this July); a weekday with no verb of the past before it in its
    sentence (``text``), the next such day ("drills start on Tuesday and will run for a
    week", not "began on Tuesday and will run until Saturday")."""
    if timex.end_date is None or timex.begin is None or timex.end_date >= reference:
        return timex
    if not any(c.isdigit() for c in timex.text):
        if timex.kind != "relative" or PAST_VERB.search(text, 0, timex.start):
            return timex  # a weekday of what began ("began on Tuesday"): as resolved
        week = timedelta(days=DAYS_IN_A_WEEK)
        return replace(timex, begin=timex.begin + week, end_date=timex.end_date + week)
    if WRITTEN_YEAR.search(timex.text):
        return timex  # a year written out: as resolved
    try:
        begin = timex.begin.replace(year=timex.begin.year + 1)
        end = timex.end_date.replace(year=timex.end_date.year + 1)
    except ValueError:  # 29 February
        return timex
    return replace(timex, begin=begin, end_date=end) if end >= reference else timex


def _weekdays_in_order(timexes: list[Timex]) -> list[Timex]:
    """An event's days in text order, a later weekday never before an earlier one: "began
    on Tuesday and will run until Saturday", told on a Thursday, ends on the Saturday after
    the Tuesday (a weekday alone resolves to the last such day by the article's date)."""
    out: list[Timex] = []
    for timex in timexes:
        previous = out[-1].begin if out else None
        if (
            previous is not None
            and timex.kind == "relative"
            and timex.begin is not None
            and timex.end_date is not None
            and timex.begin < previous
            and (previous - timex.begin).days < DAYS_IN_A_WEEK
        ):
            week = timedelta(days=DAYS_IN_A_WEEK)
            timex = replace(timex, begin=timex.begin + week, end_date=timex.end_date + week)
        out.append(timex)
    return out


DAYS_IN_A_WEEK = 7


def _event_days(document: Page, index: int) -> tuple[str, list[Timex]]:
    """A sentence's text and the days it names that may be an event's (no part of a month,
    no day of the telling where others are named)."""
    sentence = document.sentences[index]
    text = document.text[sentence.start : sentence.end]
    timexes = [
        t
        for t in document.timexes(index)
        if t.granularity == "day"
        and t.begin is not None
        and t.end_date is not None
        and not PART_OF_MONTH.search(t.text)
    ]
    narrated = [t for t in timexes if not day_of_telling(text, t.start)]
    # "from July 20 to 23, the ministry said on Monday": the drills' days
    return text, narrated or timexes


def _as_told(document: Page, index: int, text: str, timexes: list[Timex]) -> list[Timex]:
    """Days of a sentence of what is to come read as the next ones (``_to_come``)."""
    article = document.article_of(index)
    reference = document.reference(index)
    dated = article is None or not article.reference_inferred  # a page's date, not a guess
    if reference is not None and dated and AHEAD.search(text):
        return [_to_come(t, reference, text) for t in timexes]
    return timexes


# Words right before an event's last day: "will last until July 20", "runs through Friday",
# "continue till Sunday", "ends on Saturday".
LAST_DAY_BEFORE = re.compile(
    r"\b(?:until|till|through|(?:end|ends|ending|close|closes|closing|wrap\s+up|wraps\s+up)"
    r"(?:\s+on)?)\s+\Z",
    re.IGNORECASE,
)
# Words that open a sentence of the event named before: "It will run through Friday".
EVENT_PRONOUNS = frozenset({"It", "They", "These"})
# How many sentences after an event's first day its last may be told.
LAST_DAY_REACH = 2


def _closing_span(document: Page, index: int, later: list[int]) -> tuple[Period, bool] | None:
    """An event's days from the one day its sentence names to the last day a sentence just
    after it gives: "began drills on Tuesday ... The drills will last until July 20"
    (Tuesday to July 20), "... will run through Friday"."""
    text, days = _event_days(document, index)
    if len(days) != 1 or days[0].begin != days[0].end_date:
        return None
    for after in later[:LAST_DAY_REACH]:
        after_text, after_days = _event_days(document, after)
        if not any(w in after_text for w in ("until", "till", "through", "end", "clos", "wrap")):
            continue  # (a cheap gate before the search for the words of a last day)
        last = [t for t in after_days if LAST_DAY_BEFORE.search(after_text, 0, t.start)]
        if len(last) != 1 or not (
            after_text.split(" ", 1)[0] in EVENT_PRONOUNS
            or shares_content(text, after_text)
            or (_names_an_event(text) and _names_an_event(after_text))
        ):  # (the last day of what the first sentence named: "The drills", "It", "The exercise")
            continue
        first = _as_told(document, index, text, days)[0]
        ordered = _weekdays_in_order([first, *_as_told(document, after, after_text, last)])
        span = span_of_days([(t.begin, t.end_date) for t in ordered], None)  # type: ignore[misc]
        if span is None or span[0] != first.begin:
            return None
        start = document.sentences[index].start
        return (
            Period(
                start=span[0],
                end=span[1],
                text=first.text,
                text_start=start + first.start,
                text_end=start + first.end,
                granularity="range",
                origin="article",
            ),
            True,
        )
    return None


def _names_an_event(text: str) -> bool:
    """Whether a sentence names a dated event by one of the ``context`` lexicon's
    ``event_noun`` words ("drills", "the exercise")."""
    lowered = f" {' '.join(re.findall(r'[a-z]+', text.lower()))} "
    return any(f" {word} " in lowered for word in context_words("event_noun"))


def _event_span(document: Page, index: int, figures: list[Figure]) -> tuple[Period, bool] | None:
    """The span of days a sentence gives an event, and whether it states both ends (a span
    from one day and a length, "left port on Saturday for a nine-day exercise", gives way
    to one stated in full of the same length, "from June 20 to 25")."""
    sentence = document.sentences[index]
    text, timexes = _event_days(document, index)
    timexes = _weekdays_in_order(timexes)
    timexes = _as_told(document, index, text, timexes)
    lengths = [n for f in figures if (n := _length(f)) is not None]
    if not lengths and (said := LENGTH_WORDS.search(text)):
        lengths = [FORTNIGHT_DAYS if "fortnight" in said.group(0).lower() else WEEK_DAYS]
    span = span_of_days(
        [(t.begin, t.end_date) for t in timexes],  # type: ignore[misc]
        lengths[0] if len(lengths) == 1 else None,
    )
    if span is None:
        return None
    first, last = timexes[0], timexes[-1]
    stated = first.begin != last.end_date and (first is not last or first.begin != first.end_date)
    return (
        Period(
            start=span[0],
            end=span[1],
            text=text[first.start : last.end],
            text_start=sentence.start + first.start,
            text_end=sentence.start + last.end,
            granularity="range",
            origin="article",
        ),
        stated,
    )


def _counts_the_event(figure: Figure) -> bool:
    claim = figure.claim
    return (
        claim.unit in context_words("event_unit")
        and claim.category in context_words("event_category")
        and not claim.in_comment
    )


# A visit or a tour under way as the article is told: "Xi is on a three-day state visit",
# "the minister is paying a two-day visit".
UNDER_WAY = re.compile(
    r"\b(?:is|are)\s+(?:now\s+)?(?:on|paying|making)\s+(?:an?|his|her|their)\s+\Z",
    re.IGNORECASE,
)


def _under_way(document: Page, figure: Figure) -> Period | None:
    """The days of an event the sentence tells as under way, from the reference for its
    length ("Xi is on a three-day state visit to Moscow")."""
    claim = figure.claim
    length = _length(figure)
    reference = claim.article.reference_date if claim.article else document.published
    before = claim.evidence.sentence[
        : claim.evidence.quantity_start - claim.evidence.sentence_start
    ]
    if length is None or reference is None or not UNDER_WAY.search(before):
        return None
    return Period(
        start=reference,
        end=reference + timedelta(days=length - 1),
        text=claim.evidence.quantity,
        text_start=claim.evidence.quantity_start,
        text_end=claim.evidence.quantity_end,
        granularity="range",
        origin="article",
    )


def _days(period: Period) -> int | None:
    if period.start is None or period.end is None:
        return None
    return (period.end - period.start).days + 1


def _read_article(
    document: Page, sentences: list[int], by_sentence: dict[int, list[Figure]]
) -> None:
    # the days of events are read only where a figure counts one (the time expressions of
    # every sentence are not looked at for an article of trade figures)
    counting = any(_counts_the_event(f) for found in by_sentence.values() for f in found)
    spans = {}
    for position, index in enumerate(sentences if counting else ()):
        found = _event_span(document, index, by_sentence.get(index, []))
        if found is None and position + 1 < len(sentences):
            # one day, and the length in the sentence after: "began drills on Monday. The
            # drills, which last five days, involve 10 warships"
            after = by_sentence.get(sentences[position + 1], [])
            found = _event_span(document, index, by_sentence.get(index, []) + after)
        if found is None:
            found = _closing_span(document, index, sentences[position + 1 :])
        if found is not None:
            spans[index] = found
    stated = [span for span, whole in spans.values() if whole]
    event: Period | None = None
    for index in sentences:
        figures = by_sentence.get(index, [])
        for position, figure in enumerate(figures):
            if figure.claim.period is None and (days := _under_way(document, figure)):
                figures[position] = figure.with_claim(period=days)
        if index in spans:
            event, whole = spans[index]
            # one day and a length give way to the span stated in full for the same length
            event = event if whole else next((s for s in stated if _days(s) == _days(event)), event)
        if event is None:
            continue
        for position, figure in enumerate(figures):
            period = figure.claim.period
            own_day = (
                period is not None and period.origin != "article" and period.granularity == "day"
            )
            # "the week-long drills that opened on Monday involve 3,000 troops" (not "3,000
            # troops began the drills on Monday", told of that day)
            opening = (
                own_day
                and index in spans
                and figure.draft.tense not in ("past", "perfect")
                and period is not None
                and period.start == period.end
                # the event's first day, or the same words read as the day to come
                and (period.start == event.start or period.text_start == event.text_start)
            )
            # "The exercise, which will run until Friday, involves 12 ships": the count's
            # own day is the event's last
            closing = own_day and period is not None and _last_day_of(document, index, period)
            if _counts_the_event(figure) and (
                period is None or (own_day and _length(figure) is not None) or opening or closing
            ):
                figures[position] = figure.with_claim(period=event)


def _last_day_of(document: Page, index: int, period: Period) -> bool:
    """Whether a figure's own time is an event's last day in its sentence ("which will run
    until Friday", "ends on Saturday")."""
    if period.text_start is None:
        return False
    sentence = document.sentences[index]
    return LAST_DAY_BEFORE.search(document.text, sentence.start, period.text_start) is not None


def date_events(document: Page, figures: list[Figure]) -> list[Figure]:
    """``figures`` (in text order) with the counts of dated events given the event's days."""
    return read_articles(document, figures, _read_article)
