"""What the period grammars of Russian and Chinese share: the :class:`Timex` record the
English grammar gives, and resolution of months, ranges, "the first N months" and
relative years against a reference date (the article's, never today).

>>> from datetime import date
>>> first_months(10, None, date(2024, 11, 20))
(datetime.date(2024, 1, 1), datetime.date(2024, 10, 31))
>>> month_before(12, date(2025, 2, 3))
2024
"""

from __future__ import annotations

import re
from datetime import date

from sinorus_facts.periods.expressions import Timex
from sinorus_facts.periods.resolve import month_end
from sinorus_facts.quantities.lexical import entry_of

__all__ = [
    "choose",
    "first_months",
    "make",
    "month_before",
    "month_span",
    "relative_month",
    "school_year",
    "year_of",
]


def month_before(month: int, reference: date) -> int:
    """The year of the last such month up to the reference ("в декабре" said in February
    is last December; "в марте" said in March is this March)."""
    return reference.year if month <= reference.month else reference.year - 1


def month_span(year: int, first: int, last: int | None = None) -> tuple[date, date]:
    """The days of months ``first`` to ``last`` of ``year``."""
    return date(year, first, 1), month_end(year, last or first)


def relative_month(
    language: str, word: str, reference: date | None
) -> tuple[str, tuple[date, date] | None, str | None]:
    """The month a word of a relative month names: 'last_month' ("上月", "в прошлом месяце")
    the month before the reference's, 'this_month' ("本月", "в текущем месяце") its own; as
    (kind, span, granularity) of a period grammar, no span without a reference."""
    entry = entry_of(language, "periods", word, "last_month", "this_month")
    if entry is None or reference is None:
        return "date", None, None
    year, month = reference.year, reference.month
    if entry.label == "last_month":
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return "date", month_span(year, month), "month"


def first_months(n: int, year: int | None, reference: date | None) -> tuple[date, date] | None:
    """The first ``n`` months of ``year``; without a year, those of the year the reference
    is in, or of the one before when the reference falls within them (a report of "the
    first ten months" comes out after them)."""
    if not 1 <= n <= 12:
        return None
    if year is None:
        if reference is None:
            return None
        year = reference.year if reference.month > n else reference.year - 1
    return month_span(year, 1, n)


def school_year(
    first: str, second: str, month: int
) -> tuple[str, tuple[date, date] | None, str | None]:
    """A year of study ("2024/25 учебный год", "2024/2025学年") that begins in ``month`` (its
    lexicon entry's value: September): from that month of the first year to the month
    before it in the next; "skip" where the second year does not follow the first.

    >>> school_year("2024", "25", 9)
    ('range', (datetime.date(2024, 9, 1), datetime.date(2025, 8, 31)), 'range')
    """
    begin = int(first)
    end = int(second) if len(second) == 4 else begin // 100 * 100 + int(second)
    if end != begin + 1 or not 1 <= month <= 12:
        return "skip", None, None
    last = month_end(end, month - 1) if month > 1 else date(begin, 12, 31)
    return "range", (date(begin, month, 1), last), "range"


def year_of(relative: str | None, absolute: str | None, reference: date | None) -> int | None:
    """A year written out ("2024") or relative to the reference ("this", "last", "next")."""
    if absolute:
        return int(absolute)
    if reference is None or relative is None:
        return None
    return reference.year + {"this": 0, "last": -1, "next": 1}[relative]


def make(
    match: re.Match[str],
    kind: str,
    span: tuple[date, date] | None,
    granularity: str | None,
    *,
    offset: int = 0,
) -> Timex:
    """The :class:`Timex` of a match (its whole text), with or without dates."""
    begin, end = span if span else (None, None)
    return Timex(
        match.start() + offset, match.end() + offset, match.group(0), kind, begin, end, granularity
    )


def choose(found: list[Timex]) -> list[Timex]:
    """The expressions that overlap none longer (the longer wins, then the earlier).

    >>> a = Timex(0, 10, "x" * 10, "date", None, None, None)
    >>> b = Timex(3, 5, "xx", "date", None, None, None)
    >>> [t.text for t in choose([b, a])]
    ['xxxxxxxxxx']
    """
    kept: list[Timex] = []
    for timex in sorted(found, key=lambda t: (-(t.end - t.start), t.start)):
        if all(timex.end <= k.start or timex.start >= k.end for k in kept):
            kept.append(timex)
    return sorted(kept, key=lambda t: t.start)
