"""Time expressions in a sentence, resolved to day ranges (pure: no model).

The forms are the ``periods`` lexicon (:mod:`sinorus_facts.periods.patterns`); where two
overlap, the longer takes its text (then the lexicon's order decides). Absolute expressions resolve by themselves
("in 2017", "August 2016", "June 25, 2016", "2018-2020", "the first half of 2011",
"fiscal 2012-13", "the 1990s"); relative ones only against a reference date (the
article's), never today: "this year", "last month", "in April" (the last April before
the reference), "on Wednesday", "during the past six years", "so far", "by the yearend",
"current". Without a reference they are found but hold no dates. A wire dateline at the
start of a sentence and a comparison basis ("from a year earlier") are no periods.

>>> from datetime import date
>>> [(t.text, str(t.begin), str(t.end_date)) for t in find_timexes("from January through April", date(2018, 5, 31))]
[('from January through April', '2018-01-01', '2018-04-30')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.periods.patterns import compiled_patterns, names_marketing_goods
from sinorus_facts.periods.resolve import resolve, shifted

__all__ = ["Timex", "basis_spans", "counted_from", "find_timexes", "later_anchor"]

# Labels of forms that take their text but give no period: a wire dateline, a comparison
# basis ("from a year earlier").
NO_PERIOD = frozenset({"skip", "basis"})


@dataclass(frozen=True)
class Timex:
    """A time expression: its span, kind, and the days it covers (when resolvable).

    kind: ``date`` (a day, month, quarter, half, season or year), ``range``, ``relative``
    (resolved against the reference), ``deadline`` ("by 2024"), ``frame`` ("the past six
    years"), ``to_date`` ("so far": up to the reference), ``current``, ``since``.

    >>> Timex(0, 4, "2017", "date", date(2017, 1, 1), date(2017, 12, 31), "year").to_dict()["begin"]
    '2017-01-01'
    """

    start: int
    end: int
    text: str
    kind: str
    begin: date | None
    end_date: date | None
    granularity: str | None

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``doc._.sf_timexes`` (built field by field: ``asdict`` copies
        deeply, and every sentence's times are stored)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "begin": self.begin.isoformat() if self.begin else None,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "granularity": self.granularity,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Timex:
        """The inverse of :meth:`to_dict`."""
        values = dict(data)
        for key in ("begin", "end_date"):
            if values.get(key):
                values[key] = date.fromisoformat(values[key])
        return cls(**values)

    @property
    def resolved(self) -> bool:
        """True when the expression covers known days."""
        return self.begin is not None or self.end_date is not None


def find_timexes(text: str, reference: date | None = None) -> list[Timex]:
    """The time expressions of ``text`` (none overlapping), resolved where possible.

    >>> [(t.text, t.kind, str(t.begin)) for t in find_timexes("Exports rose 9% in 2017.")]
    [('in 2017', 'date', '2017-01-01')]
    >>> [(t.text, str(t.begin)) for t in find_timexes("Sales fell on Monday.", date(2018, 1, 2))]
    [('on Monday', '2018-01-01')]
    """
    found: list[Timex] = []
    # the spans taken, none overlapping another: their starts and ends, both in order
    starts: list[int] = []
    ends: list[int] = []
    seasons = False  # whether the text names a marketing year ("the 2018/19 season")
    long_text = len(text) > CACHED_TEXT  # a whole page, read once: not kept in the cache
    for start, end, label, match in (
        _candidates.__wrapped__(text) if long_text else _candidates(text)  # type: ignore[attr-defined]
    ):
        after = bisect.bisect_right(ends, start)  # the first span taken that ends after start
        if after < len(starts) and starts[after] < end:
            continue  # it overlaps a span taken
        if label in NO_PERIOD:
            starts.insert(after, start)
            ends.insert(after, end)
            continue
        resolved = resolve(label, match.groupdict(), reference)
        if resolved is None:
            continue
        kind, begin, finish, granularity = resolved
        seasons = seasons or label == "marketing_year"
        found.append(Timex(start, end, text[start:end], kind, begin, finish, granularity))
        starts.insert(after, start)
        ends.insert(after, end)
    found.sort(key=lambda t: t.start)
    if seasons:
        found = [_as_season(t) for t in found]
    elif any("/" in t.text for t in found) and names_marketing_goods(text):
        # (only two years with a slash can be a season: the crop's words are looked for then)
        found = [_as_season(t, short=True) for t in found]
    return _anchored(found)


# Two years written with a slash, the second the next ("2017/18", "2017/2018").
SPLIT_YEAR = re.compile(r"(?P<y1>\d{4})/(?P<y2>\d{2}|\d{4})")


def _as_season(timex: Timex, *, short: bool = False) -> Timex:
    """Two years with a slash in a text that names a marketing year are one too: "120,000
    tonnes in the 2018/19 season, compared with 52,000 tonnes in 2017/18" (July 2017 to
    June 2018, not the two calendar years); with ``short`` (a text that names a crop) only
    where the second year is written short ("wheat exports in 2018/19")."""
    found = SPLIT_YEAR.search(timex.text)
    if timex.kind != "range" or timex.granularity != "year" or found is None:
        return timex
    if short and len(found.group("y2")) != 2:
        return timex
    resolved = resolve("marketing_year", found.groupdict(), None)
    if resolved is None:
        return timex
    _, begin, finish, granularity = resolved
    return replace(timex, begin=begin, end_date=finish, granularity=granularity)


# Granularities a later time ("a year later") may be counted from.
ANCHOR_GRANULARITIES = ("year", "month", "quarter", "half")


def _anchored(found: list[Timex]) -> list[Timex]:
    """The times with each "N years later" counted from the time before it in the text
    (a year or a part of one): "$5 billion in 2020 and $7 billion a year later" is 2021.
    One with no such time before it keeps no days."""
    out: list[Timex] = []
    for timex in found:
        if timex.kind == "later":
            anchor = later_anchor(out)
            timex = counted_from(timex, anchor) if anchor is not None else timex
        out.append(timex)
    return out


def later_anchor(timexes: Sequence[Timex]) -> Timex | None:
    """The last of ``timexes`` that a later time ("a year later") may count from: a year or
    a part of one, resolved."""
    return next(
        (
            t
            for t in reversed(timexes)
            if t.begin is not None
            and t.end_date is not None
            and t.granularity in ANCHOR_GRANULARITIES
        ),
        None,
    )


def counted_from(timex: Timex, anchor: Timex) -> Timex:
    """A later time ("two years later") counted from ``anchor``; unchanged where its words
    count nothing."""
    if anchor.begin is None or anchor.end_date is None:
        return timex
    days = shifted(anchor.begin, anchor.end_date, timex.text)
    if days is None:
        return timex
    return replace(
        timex, kind="date", begin=days[0], end_date=days[1], granularity=anchor.granularity
    )


# Texts up to this long (a sentence) keep their candidates in the cache below.
CACHED_TEXT = 5_000


@lexicon_cache(maxsize=256)
def _candidates(text: str) -> tuple[tuple[int, int, str, re.Match[str]], ...]:
    """Every match of the lexicon's forms in ``text``, best first: the longest where two
    overlap ("since January 2016" over "January 2016"), then the lexicon's order. (Cached:
    a sentence is read again when its look-backs are resolved anew, and for its time words.)"""
    candidates = []
    lowered = text.lower()
    admitted: dict[int, bool] = {}  # by the gate's id: patterns that need the same share it
    for order, (label, pattern, gate) in enumerate(compiled_patterns()):
        if gate is not None:
            passes = admitted.get(id(gate))
            if passes is None:
                passes = admitted[id(gate)] = gate.admits(text, lowered)
            if not passes:
                continue  # the text lacks what every match of the pattern holds
        for match in pattern.finditer(text):
            start, end = _trimmed(text, match.start(), match.end())
            if start < end:
                candidates.append((start, end, order, label, match))
    candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    return tuple((start, end, label, match) for start, end, _, label, match in candidates)


def basis_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of ``text``'s comparison bases ("year on year", "from a year
    earlier"): time words, though no period of a figure.

    >>> text = "Exports rose 9% year on year in 2017."
    >>> [text[s:e] for s, e in basis_spans(text)]
    ['year on year']
    """
    return sorted((start, end) for start, end, label, _ in _candidates(text) if label == "basis")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
