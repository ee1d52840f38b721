"""Time expressions in a sentence, resolved to day ranges (pure: no model).

Absolute expressions resolve by themselves ("in 2017", "August 2016", "June 25, 2016",
"2018-2020", "the first half of 2011"); relative ones only against a reference date (the
article's), never today: "this year", "last month", "in April" (the last April before the
reference), "on Wednesday", "during the past six years", "so far", "current".

>>> from datetime import date
>>> [(t.text, str(t.begin), str(t.end_date)) for t in find_timexes("from January through April", date(2018, 5, 31))]
[('from January through April', '2018-01-01', '2018-04-30')]
"""

from __future__ import annotations

import calendar
import re
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sinorus_facts.lexicons import CalendarEntry, load_lexicon

__all__ = ["Timex", "find_timexes"]


@dataclass(frozen=True)
class Timex:
    """A time expression: its span, kind, and the days it covers (when resolvable).

    kind: ``date`` (a day, month, quarter or year), ``range``, ``relative`` (resolved
    against the reference), ``deadline`` ("by 2024"), ``frame`` ("the past six years"),
    ``to_date`` ("so far": up to the reference), ``current``, ``since``.
    """

    start: int
    end: int
    text: str
    kind: str
    begin: date | None
    end_date: date | None
    granularity: str | None

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``doc._.sf_timexes``."""
        data = asdict(self)
        data["begin"] = self.begin.isoformat() if self.begin else None
        data["end_date"] = self.end_date.isoformat() if self.end_date else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Timex:
        """The inverse of :meth:`to_dict`."""
        values = dict(data)
        for key in ("begin", "end_date"):
            if values.get(key):
                values[key] = date.fromisoformat(values[key])
        return cls(**values)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@lru_cache(maxsize=1)
def _calendar() -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {}
    for entry in load_lexicon("calendar").entries:
        assert isinstance(entry, CalendarEntry)
        for word in entry.words:
            table.setdefault(entry.kind, {})[word.rstrip(".").lower()] = entry.number
    return table


def _alt(kind: str) -> str:
    words = sorted(_calendar().get(kind, {}), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    month = rf"(?:{_alt('month')})\.?"
    weekday = rf"(?:{_alt('weekday')})"
    half = rf"(?:{_alt('half')}|{_alt('quarter')}|{_alt('months_to_date')})"
    year = r"(?:1[89]\d\d|20\d\d)"
    number_words = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
    flags = re.IGNORECASE
    return [
        # "June 25, 2016", "January 1, 2011", "25 June 2016", "Nov. 15, 2018"
        ("day", re.compile(rf"\b(?P<month>{month})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>{year})\b|\b(?P<day2>\d{{1,2}})\s+(?P<month2>{month})\s+(?P<year2>{year})\b", flags)),
        # "from January through April", "January-September 2018", "between March and May"
        ("month_range", re.compile(rf"\b(?:(?:from|between)\s+)?(?P<m1>{month})(?:\s+(?P<y1>{year}))?\s*(?:-|–|—|\bthrough\b|\bto\b|\buntil\b|\band\b|\btill\b)\s*(?P<m2>{month})(?:,?\s+(?:of\s+)?(?P<year>{year}))?\b", flags)),
        # "in the first half of 2011", "the first quarter", "Q1 2018", "first nine months of 2017"
        ("part", re.compile(rf"\b(?:the\s+)?(?P<part>{half})(?:\s+(?:of\s+)?(?:(?P<year>{year})|(?P<rel>this|last|next|the)\s+year))?\b", flags)),
        # "August 2016", "in June of 2018"
        ("month_year", re.compile(rf"\b(?P<month>{month})\s+(?:of\s+)?(?P<year>{year})\b", flags)),
        # "from 2014 to 2016", "between 2024 and 2026", "2018-2020", "2012-13", "2018/19"
        ("year_range", re.compile(rf"\b(?:(?:from|between)\s+)?(?P<y1>{year})\s*(?:-|–|—|/|\bto\b|\band\b|\bthrough\b|\buntil\b)\s*(?P<y2>{year}|\d\d)\b(?!\s*(?:%|percent|per cent))", flags)),
        # "by 2024", "by the end of 2017", "by the yearend", "by the end of the year"
        ("deadline", re.compile(rf"\bby\s+(?:the\s+end\s+of\s+(?:(?P<year>{year})|the\s+year)|(?:the\s+)?year[- ]?end|(?P<year2>{year}))\b", flags)),
        # "since 2009", "since January 2016"
        ("since", re.compile(rf"\bsince\s+(?:(?P<month>{month})\s+)?(?P<year>{year})\b", flags)),
        # "during the past six years", "over the last two years", "the past decade", "for the past year"
        ("frame", re.compile(rf"\b(?:during|over|in|for|within)?\s*the\s+(?:past|last|previous|preceding|next|coming|following)\s+(?:(?P<n>{number_words}|few|several)\s+)?(?P<unit>years?|months?|weeks?|days?|decades?)\b", flags)),
        # "this year", "last year", "next month", "earlier this year", "this year's"
        ("relative", re.compile(r"\b(?P<which>this|last|next|past|previous|current|coming)\s+(?P<unit>year|month|week|quarter|summer|winter|spring|autumn)\b", flags)),
        # "so far", "to date", "thus far", "up to now", "so far this year"
        ("to_date", re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far|up\s+to\s+now|as\s+of\s+now|year[- ]to[- ]date)(?:\s+this\s+year)?\b", flags)),
        # "current", "currently", "now", "at present", "at the moment", "today"
        ("current", re.compile(r"\b(?:current|currently|at\s+present|presently|at\s+the\s+moment|today|nowadays|now)\b", flags)),
        # "on Wednesday", "concluded Wednesday", "Monday's"
        ("weekday", re.compile(rf"\b(?:on\s+|last\s+)?(?P<weekday>{weekday})\b", re.IGNORECASE)),
        # "yesterday"
        ("yesterday", re.compile(r"\byesterday\b", flags)),
        # "in April", "April's" (a month alone: the last one before the reference)
        ("month", re.compile(rf"\b(?:in|during|since|by|from|until|for|of|last|this)\s+(?P<month>{month})\b(?!\s*\d)", flags)),
        # "in 2017", "2017's", "the 2018 figure"
        ("year", re.compile(rf"(?<![\d.,$€£¥-])(?P<year>{year})(?![\d%]|[.,]\d|\s*(?:%|percent|per cent|tonnes|tons|people))", flags)),
    ]


def _num(text: str | None) -> int:
    words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "few": 3, "several": 3}
    if not text:
        return 1
    return int(text) if text.isdigit() else words.get(text.lower(), 1)


def _years_before(day: date, years: int) -> date:
    """The same day ``years`` earlier (28 February for a 29th that is gone)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _last_month(month: int, reference: date) -> int:
    """The year of the last ``month`` at or before the reference's month."""
    return reference.year if month <= reference.month else reference.year - 1


def _resolve(kind: str, m: re.Match[str], ref: date | None) -> tuple[str, date | None, date | None, str | None] | None:
    cal = _calendar()
    g = m.groupdict()
    months = cal["month"]
    if kind == "day":
        mon = months[(g["month"] or g["month2"]).rstrip(".").lower()]
        try:
            day = date(int(g["year"] or g["year2"]), mon, int(g["day"] or g["day2"]))
        except ValueError:
            return None
        return "date", day, day, "day"
    if kind == "month_range":
        m1, m2 = months[g["m1"].rstrip(".").lower()], months[g["m2"].rstrip(".").lower()]
        year = int(g["year"]) if g["year"] else int(g["y1"]) if g["y1"] else (_last_month(m2, ref) if ref else None)
        if year is None:
            return "range", None, None, "month"
        y1 = year if m1 <= m2 else year - 1
        return "range", date(y1, m1, 1), _month_end(year, m2), "month"
    if kind == "month_year":
        mon, year = months[g["month"].rstrip(".").lower()], int(g["year"])
        return "date", date(year, mon, 1), _month_end(year, mon), "month"
    if kind == "part":
        part = g["part"].lower()
        year = int(g["year"]) if g["year"] else None
        if year is None and ref is not None:
            year = ref.year + {"last": -1, "next": 1}.get((g["rel"] or "").lower(), 0)
        if year is None:
            return "date", None, None, None
        for kind_name in ("half", "quarter", "months_to_date"):
            number = cal.get(kind_name, {}).get(part)
            if number is None:
                continue
            if kind_name == "half":
                first = 1 if number == 1 else 7
                return "date", date(year, first, 1), _month_end(year, first + 5), "half"
            if kind_name == "quarter":
                first = 3 * (number - 1) + 1
                return "date", date(year, first, 1), _month_end(year, first + 2), "quarter"
            return "range", date(year, 1, 1), _month_end(year, number), "month"
        return None
    if kind == "year_range":
        y1 = int(g["y1"])
        y2 = int(g["y2"]) if len(g["y2"]) == 4 else (y1 // 100) * 100 + int(g["y2"])
        if y2 <= y1:
            return None
        return "range", date(y1, 1, 1), date(y2, 12, 31), "year"
    if kind == "deadline":
        year_text = g["year"] or g["year2"]
        year = int(year_text) if year_text else (ref.year if ref else None)
        if year is None:
            return "deadline", None, None, "year"
        return "deadline", date(year, 1, 1), date(year, 12, 31), "year"
    if kind == "since":
        mon = months[g["month"].rstrip(".").lower()] if g["month"] else 1
        return "since", date(int(g["year"]), mon, 1), ref, "range"
    if kind == "year":
        year = int(g["year"])
        return "date", date(year, 1, 1), date(year, 12, 31), "year"
    if ref is None:
        return kind, None, None, None
    if kind == "frame":
        n = _num(g["n"])
        unit = g["unit"].lower().rstrip("s")
        forward = re.search(r"\b(?:next|coming|following)\b", m.group(0), re.IGNORECASE) is not None
        if unit == "decade":
            n, unit = n * 10, "year"
        if unit == "year":
            if forward:
                return "frame", date(ref.year + 1, 1, 1), date(ref.year + n, 12, 31), "year"
            return "frame", _years_before(ref, n), ref, "year"
        if unit == "month":
            month_index = ref.year * 12 + ref.month - 1 + (n if forward else -n)
            other = date(month_index // 12, month_index % 12 + 1, 1)
            return ("frame", ref, _month_end(other.year, other.month), "month") if forward else ("frame", other, ref, "month")
        days = n * (7 if unit == "week" else 1)
        return ("frame", ref, ref + timedelta(days=days), "day") if forward else ("frame", ref - timedelta(days=days), ref, "day")
    if kind == "relative":
        which, unit = g["which"].lower(), g["unit"].lower()
        shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
        if unit == "year":
            year = ref.year + shift
            return "relative", date(year, 1, 1), date(year, 12, 31), "year"
        if unit == "month":
            index = ref.year * 12 + ref.month - 1 + shift
            year, mon = index // 12, index % 12 + 1
            return "relative", date(year, mon, 1), _month_end(year, mon), "month"
        if unit == "week":
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
            return "relative", monday, monday + timedelta(days=6), "week"
        if unit == "quarter":
            q_index = (ref.year * 4 + (ref.month - 1) // 3) + shift
            year, first = q_index // 4, (q_index % 4) * 3 + 1
            return "relative", date(year, first, 1), _month_end(year, first + 2), "quarter"
        season_start = cal["season"][unit]
        year = ref.year + shift
        start = date(year - 1 if season_start == 12 and ref.month < 12 and shift == 0 else year, season_start, 1)
        end_index = start.year * 12 + start.month - 1 + 2
        return "relative", start, _month_end(end_index // 12, end_index % 12 + 1), "season"
    if kind == "to_date":
        begin = date(ref.year, 1, 1) if "year" in m.group(0).lower() else None
        return "to_date", begin, ref, "day"
    if kind == "current":
        return "current", ref, ref, "day"
    if kind == "weekday":
        target = cal["weekday"][g["weekday"].rstrip(".").lower()]
        back = (ref.weekday() - target) % 7
        day = ref - timedelta(days=back)
        return "relative", day, day, "day"
    if kind == "yesterday":
        day = ref - timedelta(days=1)
        return "relative", day, day, "day"
    if kind == "month":
        mon = months[g["month"].rstrip(".").lower()]
        year = _last_month(mon, ref)
        return "relative", date(year, mon, 1), _month_end(year, mon), "month"
    return None


def find_timexes(text: str, reference: date | None = None) -> list[Timex]:
    """The time expressions of ``text`` (none overlapping), resolved where possible."""
    found: list[Timex] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _patterns():
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            while start < end and text[start].isspace():
                start += 1
            if any(s < end and start < e for s, e in taken):
                continue
            resolved = _resolve(kind, match, reference)
            if resolved is None:
                continue
            what, begin, finish, granularity = resolved
            found.append(Timex(start, end, text[start:end], what, begin, finish, granularity))
            taken.append((start, end))
    found.sort(key=lambda t: t.start)
    return found
