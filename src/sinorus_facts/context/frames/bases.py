"""The figure a comparison is made with holds for the earlier time its words give.

"Exports rose to $70 billion in 2022, compared with $55 billion a year earlier": the $55
billion is of 2021, the $70 billion keeps 2022. The words after the earlier figure say how
far back it stands from the period of its sentence ("a year earlier", "two years before",
"a year ago", "the year before", "in the same period last year", "the previous year"); the
period is that of the sentence's main figure (its own figure said without such words, the
nearest before it, else after it), moved back that many years, with the same months ("up
from 3.1 million tonnes in the same period last year" after January-May is January-May of
the year before); "the previous year" and "the year before" are the whole year before. A
change is no earlier figure: its words after it are what it is measured against ("a 6.8%
increase over the previous year", "twice as much as a year before").

>>> import sinorus_facts
>>> text = "In 2022, exports rose to $70 billion, compared with $55 billion a year earlier."
>>> [(c.value, c.period.start.year) for c in sinorus_facts.extract(text)]
[(70000000000.0, 2022), (55000000000.0, 2021)]
"""

from __future__ import annotations

import re
from datetime import date

from sinorus_facts.context.figures import Figure
from sinorus_facts.models import Period
from sinorus_facts.periods.linking import basis_before
from sinorus_facts.periods.page import Page
from sinorus_facts.periods.patterns import count_value
from sinorus_facts.periods.resolve import month_end

__all__ = ["date_bases", "year_after_basis"]

# Words one of which stands in the few words after a figure that the pattern below may
# match; the pattern is tried only where one does (cheap substring test).
BASIS_CUES = ("earlier", "ago", "before", "year")

# How far after a figure its earlier time may stand, in characters.
BASIS_REACH = 70

# A count of years: "a", "one", "two", "3".
YEARS = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"

# The words right after a figure that put it that many years before its sentence's period:
# "a year earlier", "two years before", "a year ago", "the year before", "in the same
# period last year", "in the same months of the previous year", "the previous year" (no
# "from", "over", "than" first: "up 12% from a year earlier" is the change's basis).
EARLIER_AFTER = re.compile(
    rf"\s*,?\s*(?:(?:in|during|for|at)\s+)?(?P<words>"
    rf"(?:the\s+(?:same|corresponding|like|comparable)\s+"
    rf"(?:period|time|months?|quarter|week|half|days)\s+(?:(?:of|in)\s+)?)?"
    rf"(?:(?P<n>{YEARS})\s+years?\s+(?:earlier|ago|before|prior)"
    rf"|(?P<whole>(?:the\s+)?year\s+(?:before|earlier)"
    rf"|(?:the\s+)?(?:previous|preceding|prior|last)\s+year)))\b",
    re.IGNORECASE,
)

# The same words opening a sentence, before a comma or its clause: "A year earlier, the
# share was 16%", "Two years ago the figure stood at 9%", "In the same period of the
# previous year, exports were $3 billion": its figures are the period of the sentences just
# before, that many years back.
EARLIER_OPENING = re.compile(
    r"[\s\"“‘']*" + EARLIER_AFTER.pattern.removeprefix(r"\s*,?\s*") + r"(?=\s*,|\s+[a-z])",
    re.IGNORECASE,
)

# Words after which "last year" is not the figure's earlier time but a time of its own: the
# earlier pattern takes "last year" only after "the same period" words.
SAME_SPAN = re.compile(r"\bthe\s+(?:same|corresponding|like|comparable)\s", re.IGNORECASE)


def _earlier(text: str, end: int) -> re.Match[str] | None:
    """The words right after a figure ending at ``end`` that date it before its sentence."""
    tail = text[end : end + BASIS_REACH].lower()
    if not any(cue in tail for cue in BASIS_CUES):
        return None
    found = EARLIER_AFTER.match(text, end, min(len(text), end + BASIS_REACH))
    if found is None:
        return None
    words = found.group("words").lower()
    if words.split()[-2:] == ["last", "year"] and not SAME_SPAN.match(words):
        return None  # "$55 billion last year": a time of its own, read as one
    return found


def _back(day: date, years: int, *, end: bool) -> date:
    """``day`` ``years`` years before, at its month's end when ``end``."""
    if end:
        return month_end(day.year - years, day.month)
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _moved_back(period: Period, years: int, found: re.Match[str]) -> Period | None:
    """``period`` moved back ``years`` years; the whole year before for "the previous
    year", "the year before" (not "the same period of the previous year")."""
    if period.start is None or period.end is None:
        return None
    if found.group("whole") and not SAME_SPAN.match(found.group("words")):
        year = period.start.year - years
        start, end = date(year, 1, 1), date(year, 12, 31)
        granularity: str | None = "year"
    else:
        at_month_end = period.end == month_end(period.end.year, period.end.month)
        start = _back(period.start, years, end=False)
        end = _back(period.end, years, end=at_month_end)
        granularity = period.granularity
    return period.model_copy(
        update={
            "start": start,
            "end": end,
            "granularity": granularity,
            "text": found.group("words"),
            "text_start": found.start("words"),
            "text_end": found.end("words"),
        }
    )


def _main_period(figures: list[Figure], position: int, earlier: set[int]) -> Period | None:
    """The period of the sentence's main figure for the earlier figure at ``position``: the
    nearest figure before it said without words of an earlier time, else after it."""
    before = [f for i, f in enumerate(figures[:position]) if i not in earlier]
    after = [f for i, f in enumerate(figures) if i > position and i not in earlier]
    for figure in (*reversed(before), *after):
        if figure.claim.period is not None:
            return figure.claim.period
    return None


def _opening(document: Page, index: int) -> re.Match[str] | None:
    """The words of an earlier time that open sentence ``index`` ("A year earlier, ...")."""
    sentence = document.sentences[index]
    text = document.text
    if not any(cue in text[sentence.start : sentence.start + 60].lower() for cue in BASIS_CUES):
        return None
    found = EARLIER_OPENING.match(text, sentence.start, sentence.end)
    if found is None:
        return None
    words = found.group("words").lower()
    if words.split()[-2:] == ["last", "year"] and not SAME_SPAN.match(words):
        return None  # "Last year, exports were ...": a time of its own
    return found


def _opened_earlier(document: Page, figures: list[Figure]) -> list[Figure]:
    """The figures of a sentence that opens with an earlier time ("A year earlier, the share
    was 16%") hold for the period of the figure just before it in its article (in an
    earlier sentence), that many years back; a change keeps its own."""
    out = list(figures)
    openings: dict[int, re.Match[str] | None] = {}
    for position, figure in enumerate(figures):
        if figure.claim.change is not None or (
            figure.claim.period is not None and figure.claim.period.origin == "sentence"
        ):
            continue
        if figure.index not in openings:
            openings[figure.index] = _opening(document, figure.index)
        words = openings[figure.index]
        if words is None:
            continue
        dated = [
            f
            for f in figures[:position]
            if f.article == figure.article
            and f.index < figure.index
            and f.claim.period is not None
            and openings.get(f.index) is None
        ]
        if not dated:
            continue
        # the main figure of the sentence before is its first ("rose to 34.5% in August
        # from 30.2% in July. A year earlier the figure was 16%": August)
        before = next(f for f in dated if f.index == dated[-1].index)
        if before.claim.period is None:
            continue
        moved = _moved_back(before.claim.period, count_value(words.group("n")), words)
        if moved is not None:
            out[position] = figure.with_claim(period=moved.model_copy(update={"origin": "article"}))
    return out


def date_bases(document: Page, figures: list[Figure]) -> list[Figure]:
    """The figures a comparison is made with, dated that many years before their sentence's
    period (see the module's doc)."""
    figures = _opened_earlier(document, figures)
    text = document.text
    found: dict[int, re.Match[str]] = {}
    for position, figure in enumerate(figures):
        if figure.claim.change is not None:
            continue  # "a 6.8% increase over the previous year": the change's basis
        words = _earlier(text, figure.claim.evidence.quantity_end)
        if words is not None:
            found[position] = words
    if not found:
        return figures
    out = list(figures)
    for position, words in found.items():
        figure = figures[position]
        same = [
            i
            for i, f in enumerate(figures)
            if f.index == figure.index and f.article == figure.article
        ]
        earlier = {same.index(i) for i in found if i in same}
        period = _main_period([figures[i] for i in same], same.index(position), earlier)
        own = figure.claim.period
        if (
            period is None
            and own is not None
            and not (
                own.text_start is not None
                and words.start("words") <= own.text_start < words.end("words")
            )
        ):
            period = own  # no other figure: its own period is the sentence's
        if period is None:
            continue
        moved = _moved_back(period, count_value(words.group("n")), words)
        if moved is not None:
            out[position] = figure.with_claim(period=moved)
    return out


def year_after_basis(document: Page, figures: list[Figure]) -> list[Figure]:
    """A figure told in the past with no time of its own, in a sentence whose only year is
    the whole year it is compared with, holds for the year after it, where the article was
    written in the year after that: "gas deliveries reached 38.8 bcm, up 24.8% compared with
    2024", told in January 2026, are 2025's. (Told during the year after the basis, the
    figure may be of its months so far; told later, the basis may be a year long past, "up
    5% from pre-pandemic 2019": it keeps no period.)"""
    out = []
    for figure in figures:
        year = _basis_year(document, figure)
        if year is not None:
            reference = document.reference(figure.index)
            if reference is not None and reference.year == year + 2:
                figure = figure.with_claim(
                    period=Period(
                        start=date(year + 1, 1, 1),
                        end=date(year + 1, 12, 31),
                        granularity="year",
                        origin="article",
                    )
                )
        out.append(figure)
    return out


def _basis_year(document: Page, figure: Figure) -> int | None:
    """The whole year a figure with no period is compared with, when it is its sentence's
    only time and the figure is told in the past as a fact."""
    claim, draft = figure.claim, figure.draft
    if (
        claim.period is not None
        or draft.period_refused is not None
        or claim.modality != "actual"
        or draft.tense not in ("past", "perfect")
    ):
        return None
    timexes = document.timexes(figure.index)
    if len(timexes) != 1:
        return None
    timex = timexes[0]
    sentence = document.sentences[figure.index]
    text = document.text[sentence.start : sentence.end]
    if (
        timex.granularity != "year"
        or timex.begin is None
        or timex.end_date is None
        or timex.begin.year != timex.end_date.year
        or not basis_before(text, timex, draft.quantity)
    ):
        return None
    return timex.begin.year
