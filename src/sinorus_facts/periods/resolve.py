"""From a matched time expression to the days it covers (pure date arithmetic).

One resolver per label of the ``periods`` lexicon. Each gets the match's named groups and
the reference date (the article's), and gives ``(kind, begin, end, granularity)``, or
None when the text is not a time after all ("2019-17" is no span of years). Relative
expressions without a reference keep their kind and no dates: never today.

>>> from datetime import date
>>> resolve("month", {"prep": "in", "month": "April"}, date(2017, 5, 12))
('relative', datetime.date(2017, 4, 1), datetime.date(2017, 4, 30), 'month')
>>> resolve("month", {"prep": "in", "month": "April"}, None)
('relative', None, None, None)
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from sinorus_facts.periods.patterns import (
    academic_year_start,
    calendar_number,
    count_value,
    marketing_year_start,
)

__all__ = ["Resolved", "resolve"]

Resolved = tuple[str, date | None, date | None, str | None]
Groups = dict[str, str | None]

# The longest span of years written with a two-digit end: "2012-13", "2018-25".
MAX_SHORT_SPAN = 10

SHIFT = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "prior": -1,
    "next": 1,
    "coming": 1,
    "this": 0,
    "current": 0,
    "the": 0,
}
# Thirds of a year (start month, end month) and of a month (first day, last day or None
# for the month's end), by the word that names them.
YEAR_EDGES = {
    "early": (1, 4),
    "beginning": (1, 1),
    "start": (1, 1),
    "mid": (5, 8),
    "middle": (5, 8),
    "late": (9, 12),
    "end": (12, 12),
    "close": (12, 12),
    "turn": (12, 12),
}
MONTH_EDGES = {
    "early": (1, 10),
    "beginning": (1, 10),
    "start": (1, 10),
    "mid": (11, 20),
    "middle": (11, 20),
    "late": (21, None),
    "end": (21, None),
    "close": (21, None),
    "turn": (21, None),
}


def month_end(year: int, month: int) -> date:
    """The last day of a month.

    >>> month_end(2016, 2)
    datetime.date(2016, 2, 29)
    """
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + shift
    return index // 12, index % 12 + 1


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _month(text: str | None) -> int | None:
    return calendar_number("month", text) if text else None


def _first(g: Groups, *names: str) -> str | None:
    return next((g[n] for n in names if g.get(n)), None)


def _last_year_of_month(month: int, ref: date) -> int:
    """The year of the last ``month`` begun at or before the reference."""
    return ref.year if month <= ref.month else ref.year - 1


def _year_of_month(g: Groups, month: int, ref: date | None) -> int | None:
    """The year the match names for ``month`` ("year" group), else the last such month begun
    by ``ref``; None without either."""
    if g.get("year"):
        return int(g["year"])  # type: ignore[arg-type]
    return _last_year_of_month(month, ref) if ref is not None else None


def _next_year_of_month(month: int, ref: date) -> int:
    """The year of the first ``month`` not ended before the reference."""
    return ref.year if month >= ref.month else ref.year + 1


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# The last month in which "the next N years" still counts the current year among them, and
# "the past N years" (N of two or more) does not (it counts the N whole years before).
NEXT_YEARS_COUNT_THIS_YEAR_UNTIL = 6

# A day named without its year lies in the past of the telling (news reports what
# happened, as "in April" is the last April), unless it comes within six weeks or so:
# "on May 9" in an article of May 3 is the coming one.
NEAR_FUTURE_DAYS = 45


def _nearest(month: int, day: int, ref: date) -> date | None:
    """The day ``month``/``day`` that a text of ``ref`` means: the last one on or before
    ``ref``, or the next one when it is only days ahead.

    >>> _nearest(4, 2, date(2025, 1, 9)), _nearest(1, 12, date(2025, 1, 9))
    (datetime.date(2024, 4, 2), datetime.date(2025, 1, 12))
    """
    options = [d for d in (_safe(ref.year + k, month, day) for k in (-1, 0, 1)) if d is not None]
    soon = [d for d in options if 0 < (d - ref).days <= NEAR_FUTURE_DAYS]
    past = [d for d in options if d <= ref]
    return soon[0] if soon else max(past, default=None)


def _rel_year(g: Groups, ref: date | None, *names: str) -> int | None:
    """The year a "this/last/next year" of the match names, if any and resolvable."""
    word = _first(g, *names)
    if word is None or ref is None:
        return None
    return ref.year + SHIFT.get(word.lower(), 0)


def _day(g: Groups, ref: date | None) -> Resolved | None:
    month, year, day = (
        _month(_first(g, "month", "month2")),
        _first(g, "year", "year2"),
        _first(g, "day", "day2"),
    )
    found = _safe(int(year), month, int(day)) if month and year and day else None
    return ("date", found, found, "day") if found else None


def _iso_day(g: Groups, ref: date | None) -> Resolved | None:
    found = _safe(int(g.get("year") or 0), int(g.get("month") or 0), int(g.get("day") or 0))
    return ("date", found, found, "day") if found else None


def _day_no_year(g: Groups, ref: date | None) -> Resolved | None:
    month, day = _month(_first(g, "month", "month2")), int(_first(g, "day", "day2") or 0)
    if not month or not 1 <= day <= 31:
        return None
    if ref is None:
        return "relative", None, None, None
    found = _nearest(month, day, ref)
    return ("relative", found, found, "day") if found else None


def _day_range(g: Groups, ref: date | None) -> Resolved | None:
    month = _month(_first(g, "month", "month2"))
    d1, d2 = int(_first(g, "d1", "d1b") or 0), int(_first(g, "d2", "d2b") or 0)
    if not month or not 1 <= d1 < d2 <= 31:
        return None
    if g.get("year"):
        year = int(g["year"])  # type: ignore[arg-type]
    elif ref is not None:
        nearest = _nearest(month, d1, ref)
        year = nearest.year if nearest else ref.year
    else:
        return "range", None, None, None
    first, last = _safe(year, month, d1), _safe(year, month, d2)
    return ("range", first, last, "day") if first and last else None


def _month_range(g: Groups, ref: date | None) -> Resolved | None:
    m1, m2 = _month(g.get("m1")), _month(g.get("m2"))
    if not m1 or not m2:
        return None
    end_year = int(g["year"]) if g.get("year") else _rel_year(g, ref, "rel")  # type: ignore[arg-type]
    start_year = int(g["y1"]) if g.get("y1") else None  # type: ignore[arg-type]
    if end_year is None and start_year is not None:
        end_year = start_year if m1 <= m2 else start_year + 1
    if end_year is None:
        if ref is None:
            return "range", None, None, None
        end_year = _last_year_of_month(m2, ref)
    if start_year is None:
        start_year = end_year if m1 <= m2 else end_year - 1
    if (start_year, m1) > (end_year, m2):
        return None
    return "range", date(start_year, m1, 1), month_end(end_year, m2), "month"


# "first N months" / "first N quarters" inside a part of a year (patterns.FIRST_PARTS).
FIRST_PARTS = re.compile(r"first\s+(?P<n>.+?)\s+(?P<unit>months|quarters)", re.IGNORECASE)
# The most months "the first N months" may count, and quarters "the first N quarters".
MAX_FIRST = {"months": 12, "quarters": 4}
# The first N months written short, as company reports and market news write them: "9M"
# ("revenue in 9M 2023"), "11M".
SHORT_MONTHS = re.compile(r"(?P<n>1[01]|[1-9])M")


def part_months(word: str) -> tuple[str, int, int] | None:
    """The kind of a part of a year and its first and last month: "third quarter" ->
    ("quarter", 7, 9); "first three quarters" and "first 9 months" -> ("months_to_date", 1, 9).

    >>> part_months("first three quarters"), part_months("H2")
    (('months_to_date', 1, 9), ('half', 7, 12))
    """
    first = FIRST_PARTS.fullmatch(" ".join(word.split()))
    if first is not None:
        n, unit = count_value(first.group("n")), first.group("unit").lower()
        if not 1 <= n <= MAX_FIRST[unit]:
            return None
        return "months_to_date", 1, n * (3 if unit == "quarters" else 1)
    short = SHORT_MONTHS.fullmatch(word.strip())
    if short is not None:
        return "months_to_date", 1, int(short.group("n"))
    for kind in ("half", "quarter", "months_to_date"):
        number = calendar_number(kind, word)
        if number is None:
            continue
        first_month, last_month = {
            "half": (6 * number - 5, 6 * number),
            "quarter": (3 * number - 2, 3 * number),
            "months_to_date": (1, number),
        }[kind]
        return kind, first_month, last_month
    return None


def _part(g: Groups, ref: date | None) -> Resolved | None:
    found = part_months(g.get("part") or "")
    if found is None:
        return None
    kind, first, last = found
    given = _first(g, "year", "year0")
    year = int(given) if given else _rel_year(g, ref, "rel", "rel0")
    if year is None and ref is not None:
        # the last such part begun by the reference (a to-date total: ended by it)
        year = (
            ref.year if (first if kind != "months_to_date" else last) <= ref.month else ref.year - 1
        )
    if year is None:
        return "date", None, None, None
    granularity = "month" if kind == "months_to_date" else kind
    return (
        ("range" if kind == "months_to_date" else "date"),
        date(year, first, 1),
        month_end(year, last),
        granularity,
    )


def _month_year(g: Groups, ref: date | None) -> Resolved | None:
    month = _month(g.get("month"))
    given = g.get("year")
    # "in March last year": that month of the year named relative to the telling
    year = int(given) if given else _rel_year(g, ref, "rel")
    if not month or year is None:
        return None
    return "date", date(year, month, 1), month_end(year, month), "month"


def _season_span(season: int, year: int) -> tuple[date, date]:
    start_year = year - 1 if season == 12 else year
    end_year, end_month = _add_months(start_year, season, 2)
    return date(start_year, season, 1), month_end(end_year, end_month)


def _season_year(g: Groups, ref: date | None) -> Resolved | None:
    season = calendar_number("season", g.get("season") or "")
    if season is None or not g.get("year"):
        return None
    year = int(g["year"])  # type: ignore[arg-type]
    if season == 12 and g.get("y2"):
        year += 1  # "winter 2019/20" ends in 2020
    begin, end = _season_span(season, year)
    return "date", begin, end, "season"


def _marketing_year(g: Groups, ref: date | None) -> Resolved | None:
    """A marketing year ("2020/21 MY", "this marketing year"), or the first months of one
    ("the first 6 months of the 2020/21 MY"), or a span of months inside one ("August-February
    of 2019/2020 MY"); a marketing year begins in :func:`marketing_year_start`'s month."""
    return _year_from(g, ref, marketing_year_start())


def _academic_year(g: Groups, ref: date | None) -> Resolved | None:
    """An academic year ("this academic year", "the 2023/24 school year"), which begins in
    :func:`academic_year_start`'s month."""
    return _year_from(g, ref, academic_year_start())


def _year_from(g: Groups, ref: date | None, start: int) -> Resolved | None:
    """A year that begins in month ``start`` (see :func:`_marketing_year`)."""
    y1_text, y2_text = _first(g, "y1", "y1b"), _first(g, "y2", "y2b")
    if y1_text and y2_text:
        y1 = int(y1_text)
        if int(y2_text) % 100 != (y1 + 1) % 100:
            return None  # "2020/22" is no marketing year
    elif g.get("rel"):
        if ref is None:
            return "range", None, None, None
        y1 = (ref.year if ref.month >= start else ref.year - 1) + SHIFT.get(g["rel"].lower(), 0)  # type: ignore[union-attr]
    else:
        return None
    first = (y1, start)
    last = _add_months(y1, start, 11)
    if g.get("n"):
        months = count_value(g["n"])
        if not 1 <= months <= 12:
            return None
        last = _add_months(y1, start, months - 1)
    elif g.get("m1") and g.get("m2"):
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        if not m1 or not m2:
            return None
        first = (y1 if m1 >= start else y1 + 1, m1)
        last = (y1 if m2 >= start else y1 + 1, m2)
        if first > last:
            return None
    granularity = "month" if (first, last) != ((y1, start), _add_months(y1, start, 11)) else "range"
    return "range", date(first[0], first[1], 1), month_end(*last), granularity


# One end of a span written in full: "November 2013", "June 30, 2017", "1 March 2020".
DATE_WORDS = re.compile(
    r"(?:(?P<month>[A-Za-z]+)\.?\s+(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+)?"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>[A-Za-z]+)\.?,?\s+)(?P<year>\d{4})"
)


def _date_words(text: str) -> tuple[date, date] | None:
    """The first and last day of one end of a span ("June 30, 2017"; "November 2013")."""
    found = DATE_WORDS.fullmatch(" ".join(text.split()))
    if found is None:
        return None
    month = _month(found.group("month") or found.group("month2"))
    year = int(found.group("year"))
    day = found.group("day") or found.group("day2")
    if not month:
        return None
    if day:
        one = _safe(year, month, int(day))
        return (one, one) if one else None
    return date(year, month, 1), month_end(year, month)


def _date_span(g: Groups, ref: date | None) -> Resolved | None:
    """A span with both ends written in full: "from November 2013 to June 30, 2017"; or
    to the end of a year: "between April 2018 and the end of 2020"."""
    first = _date_words(g.get("a") or "")
    if g.get("year"):
        year = int(g["year"])  # type: ignore[arg-type]
        last: tuple[date, date] | None = (date(year, 12, 1), date(year, 12, 31))
    else:
        last = _date_words(g.get("b") or "")
    if first is None or last is None or last[1] < first[0]:
        return None
    one_day = first[0] == first[1] and last[0] == last[1]
    if not one_day and first[0] != first[1] and last[0] != last[1]:
        return "range", first[0], last[1], "month"  # "from January 2017 to March 2018"
    days = one_day and (last[1] - first[0]).days <= MAX_EVENT_SPAN_DAYS
    return "range", first[0], last[1], "day" if days else "range"


# The longest span of days that still counts at the granularity of days (an event's).
MAX_EVENT_SPAN_DAYS = 31


def _year_range(g: Groups, ref: date | None) -> Resolved | None:
    y1_text, y2_text = _first(g, "y1", "y1b"), _first(g, "y2", "y2b")
    if not y1_text or not y2_text:
        return None
    y1 = int(y1_text)
    y2 = int(y2_text) if len(y2_text) == 4 else (y1 // 100) * 100 + int(y2_text)
    if y2 <= y1 or (len(y2_text) == 2 and y2 - y1 > MAX_SHORT_SPAN):
        return None
    return "range", date(y1, 1, 1), date(y2, 12, 31), "year"


def _year(g: Groups, ref: date | None) -> Resolved | None:
    text = _first(g, "year", "year2")
    if not text:
        return None
    return "date", date(int(text), 1, 1), date(int(text), 12, 31), "year"


def _decade(g: Groups, ref: date | None) -> Resolved | None:
    start = int(g.get("decade") or 0)
    return ("range", date(start, 1, 1), date(start + 9, 12, 31), "year") if start else None


def _edge(g: Groups, ref: date | None) -> Resolved | None:
    edge = (g.get("edge") or "").lower()
    prep = (g.get("prep") or "").lower()
    kind = (
        "deadline" if prep in ("by", "until") else "since" if prep in ("since", "from") else "date"
    )
    month = _month(g.get("month"))
    part = part_months(g.get("part") or "") if g.get("part") else None
    if part is not None:
        found = _part_edge(g, ref, edge, part)
        if found is None:
            return kind, None, None, None
        begin, end = found
        granularity = "month"
    elif month:
        year_text = g.get("year_m")
        if year_text:
            year = int(year_text)
        elif ref is None:
            return kind, None, None, None
        else:
            year = (
                _next_year_of_month(month, ref)
                if kind == "deadline"
                else _last_year_of_month(month, ref)
            )
        first_day, last_day = MONTH_EDGES.get(edge, (1, None))
        begin = date(year, month, first_day)
        end = month_end(year, month) if last_day is None else date(year, month, last_day)
        granularity = "day"
    else:
        year_int = int(g["year"]) if g.get("year") else _rel_year(g, ref, "rel")  # type: ignore[arg-type]
        if year_int is None and ref is not None:
            year_int = ref.year  # "the end of the year"
        if year_int is None:
            return kind, None, None, None
        first_month, last_month = YEAR_EDGES.get(edge, (1, 12))
        begin, end, granularity = (
            date(year_int, first_month, 1),
            month_end(year_int, last_month),
            "month",
        )
    if kind == "since":
        return "since", begin, ref, "range"
    return kind, begin, end, granularity


def _part_edge(
    g: Groups, ref: date | None, edge: str, part: tuple[str, int, int]
) -> tuple[date, date] | None:
    """The months of an edge of a part of a year: "the end of the second quarter of 2027" is
    June 2027, "the beginning of the second half" July."""
    kind, first, last = part
    year = int(g["year_p"]) if g.get("year_p") else _rel_year(g, ref, "rel_p")  # type: ignore[arg-type]
    if year is None:
        if ref is None:
            return None
        year = ref.year  # "by the end of the second quarter": the part of the telling's year
    if edge in ("end", "close", "turn", "late"):
        first = last
    elif edge in ("beginning", "start", "early"):
        last = first
    elif kind != "months_to_date":
        first = last = (first + last) // 2
    return date(year, first, 1), month_end(year, last)


def _since(g: Groups, ref: date | None) -> Resolved | None:
    month = _month(g.get("month")) or 1
    year = g.get("year")
    return ("since", date(int(year), month, 1), ref, "range") if year else None


def _deadline(g: Groups, ref: date | None) -> Resolved | None:
    month = _month(g.get("month"))
    year_text = _first(g, "year", "year2")
    if month:
        if year_text:
            year = int(year_text)
        elif ref is not None:
            year = _next_year_of_month(month, ref)
        else:
            return "deadline", None, None, None
        return "deadline", date(year, month, 1), month_end(year, month), "month"
    whole_year = int(year_text) if year_text else (ref.year if ref else None)
    if whole_year is None:
        return "deadline", None, None, None
    return "deadline", date(whole_year, 1, 1), date(whole_year, 12, 31), "year"


def _frame(g: Groups, ref: date | None) -> Resolved | None:
    plural = (g.get("unit") or "").lower().endswith("s")
    if ref is None or (plural and not g.get("n")):
        # "in the coming years", "over the past decades": how many is not said
        return "frame", None, None, None
    n = count_value(g.get("n2") or g.get("n"))
    unit = (g.get("unit") or "year").lower().rstrip("s")
    rel = (g.get("rel") or "").lower()
    # "within five years": the span ahead, as "the next five years"
    forward = rel in ("next", "coming", "following") or bool(g.get("within"))
    if rel in ("previous", "preceding") and not g.get("n") and unit in ("year", "month"):
        # "the previous year" is the year before (the figure's, where its sentence gives
        # one: periods.linking), not the twelve months before the telling
        year, month = _add_months(ref.year, ref.month, -12 if unit == "year" else -1)
        if unit == "year":
            return "relative", date(year, 1, 1), date(year, 12, 31), "year"
        return "relative", date(year, month, 1), month_end(year, month), "month"
    if unit == "decade":
        n, unit = n * 10, "year"
    if unit == "year":
        if forward:
            # "over the next 20 years" said in the first half of 2011 counts 2011 in (2011-2030);
            # said later in the year, the years after it (2012-2031)
            first = ref.year if ref.month <= NEXT_YEARS_COUNT_THIS_YEAR_UNTIL else ref.year + 1
            return "frame", date(first, 1, 1), date(first + n - 1, 12, 31), "year"
        if n >= 2 and ref.month <= NEXT_YEARS_COUNT_THIS_YEAR_UNTIL:
            # "over the past three years" said in the spring of 2023 counts the whole years
            # before it (2020-2022); said later in the year, the years up to the telling
            return "frame", date(ref.year - n, 1, 1), date(ref.year - 1, 12, 31), "year"
        return "frame", _years_before(ref, n), ref, "year"
    if unit == "month":
        year, month = _add_months(ref.year, ref.month, n if forward else -n)
        if forward:
            return "frame", ref, month_end(year, month), "month"
        return "frame", date(year, month, 1), ref, "month"
    days = n * (7 if unit == "week" else 1)
    if forward:
        return "frame", ref, ref + timedelta(days=days), "day"
    return "frame", ref - timedelta(days=days), ref, "day"


def _ago(g: Groups, ref: date | None) -> Resolved | None:
    """ "N units ago": the unit that lies N units before the reference."""
    if ref is None:
        return "relative", None, None, None
    word = (g.get("n") or "").lower()
    n = 1 if word in ("a", "an") else count_value(word)
    unit = (g.get("unit") or "year").lower().rstrip("s")
    if unit == "decade":
        n, unit = n * 10, "year"
    if unit == "year":
        return "relative", date(ref.year - n, 1, 1), date(ref.year - n, 12, 31), "year"
    if unit == "month":
        year, month = _add_months(ref.year, ref.month, -n)
        return "relative", date(year, month, 1), month_end(year, month), "month"
    day = ref - timedelta(days=n * (7 if unit == "week" else 1))
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return "relative", monday, monday + timedelta(days=6), "week"
    return "relative", day, day, "day"


def _relative(g: Groups, ref: date | None) -> Resolved | None:
    if ref is None:
        return "relative", None, None, None
    shift = SHIFT.get((g.get("rel") or "this").lower(), 0)
    unit = (g.get("unit") or "").lower()
    if unit == "year":
        return "relative", date(ref.year + shift, 1, 1), date(ref.year + shift, 12, 31), "year"
    if unit == "month":
        year, month = _add_months(ref.year, ref.month, shift)
        return "relative", date(year, month, 1), month_end(year, month), "month"
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
        return "relative", monday, monday + timedelta(days=6), "week"
    if unit == "quarter":
        year, first = _add_months(ref.year, (ref.month - 1) // 3 * 3 + 1, 3 * shift)
        return "relative", date(year, first, 1), month_end(*_add_months(year, first, 2)), "quarter"
    season = calendar_number("season", unit)
    if season is None:
        return None
    # "this winter" in January is the winter under way (begun the December before)
    year = ref.year + shift + (1 if season == 12 and ref.month == 12 and shift == 0 else 0)
    begin, end = _season_span(season, year)
    return "relative", begin, end, "season"


def _window_to(g: Groups, ref: date | None) -> Resolved | None:
    """ "the 12 months to March", "the three months to September 2019", "the year to June":
    the months that end with the month named (its year, or the last such month ended by the
    reference)."""
    month = _month(g.get("month"))
    if not month:
        return None
    unit = (g.get("unit") or g.get("unit1") or "month").lower().rstrip("s")
    n = count_value(g.get("n")) if g.get("n") else 1
    months = n * {"month": 1, "quarter": 3, "year": 12}.get(unit, 1)
    if g.get("year"):
        year = int(g["year"])  # type: ignore[arg-type]
    elif ref is not None:
        year = ref.year if month < ref.month else ref.year - 1
    else:
        return "range", None, None, None
    first_year, first_month = _add_months(year, month, 1 - months)
    return "range", date(first_year, first_month, 1), month_end(year, month), "month"


def _through_month(g: Groups, ref: date | None) -> Resolved | None:
    """ "Through September", "through the end of May 2024", "through June 30": the year's
    running total, from 1 January to the end of that month or to that day (its year, or the
    last such month begun by the reference)."""
    month = _month(g.get("month"))
    if not month:
        return None
    year = _year_of_month(g, month, ref)
    if year is None:
        return "range", None, None, None
    last = _safe(year, month, int(g["day"])) if g.get("day") else month_end(year, month)  # type: ignore[arg-type]
    if last is None:
        return None
    return "range", date(year, 1, 1), last, "day" if g.get("day") else "month"


def _week_to(g: Groups, ref: date | None) -> Resolved | None:
    """ "the week to Friday", "the week ending June 5", "the seven days to Sunday", "the two
    weeks to March 3": the days that end with the day named (a weekday or a day without
    its year: the last one by the reference).

    >>> _week_to({"weekday": "Friday"}, date(2023, 6, 10))
    ('range', datetime.date(2023, 6, 3), datetime.date(2023, 6, 9), 'week')
    """
    if g.get("weekday"):
        found = _weekday({"weekday": g["weekday"]}, ref)
    elif _first(g, "year", "year2"):
        found = _day(g, ref)
    else:
        found = _day_no_year(g, ref)
    if found is None:
        return None
    end = found[2]
    if end is None:
        return "range", None, None, None
    days = count_value(g.get("n")) if g.get("n") else 7 * count_value(g.get("weeks"))
    return "range", end - timedelta(days=days - 1), end, "week" if days == 7 else "day"


def _full_year(g: Groups, ref: date | None) -> Resolved | None:
    """ "for the full year", "over the whole year" with no year named: the last year over
    by the reference (a forecast moves it to the year under way: periods.linking)."""
    if ref is None:
        return "relative", None, None, None
    return "relative", date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31), "year"


def _days_of_month(g: Groups, ref: date | None) -> Resolved | None:
    """ "the first 10 days of May", "the last five days of June 2019"."""
    month = _month(g.get("month"))
    if not month:
        return None
    n = count_value(g.get("n"))
    year = _year_of_month(g, month, ref)
    if year is None:
        return "range", None, None, None
    last_day = month_end(year, month)
    n = max(1, min(n, last_day.day))
    if (g.get("edge") or "first").lower() == "first":
        return "range", date(year, month, 1), date(year, month, n), "day"
    return "range", date(year, month, last_day.day - n + 1), last_day, "day"


def _year_tail(g: Groups, ref: date | None) -> Resolved | None:
    """ "the last three months of 2022": the final months of the year named."""
    year = int(g["year"])  # type: ignore[arg-type]
    n = max(1, min(count_value(g.get("n")), 12))
    return "range", date(year, 13 - n, 1), date(year, 12, 31), "month"


def _later(g: Groups, ref: date | None) -> Resolved | None:
    """ "a year later", "two months later": after a time the sentence gave before it, which
    the finder anchors it to (periods.expressions); no days of its own."""
    return "later", None, None, None


def shifted(timex_begin: date, timex_end: date, text: str) -> tuple[date, date] | None:
    """The days of a time ``text`` ("a year later", "two months later") counts after a
    time of ``timex_begin`` to ``timex_end``.

    >>> shifted(date(2020, 1, 1), date(2020, 12, 31), "a year later")
    (datetime.date(2021, 1, 1), datetime.date(2021, 12, 31))
    >>> shifted(date(2020, 3, 1), date(2020, 3, 31), "two months later")
    (datetime.date(2020, 5, 1), datetime.date(2020, 5, 31))
    >>> shifted(date(2020, 1, 1), date(2020, 6, 30), "the following year")
    (datetime.date(2021, 1, 1), datetime.date(2021, 6, 30))
    """
    words = text.lower().split()
    if len(words) < 3:
        return None
    following = words[-2] == "following"  # "(in) the following year": one
    n = 1 if following or words[0] in ("a", "an") else count_value(words[0])
    months = n * (12 if words[-1 if following else 1].startswith("year") else 1)
    first = _add_months(timex_begin.year, timex_begin.month, months)
    last = _add_months(timex_end.year, timex_end.month, months)
    return date(first[0], first[1], 1), month_end(*last)


def _to_date(g: Groups, ref: date | None) -> Resolved | None:
    if ref is None:
        return "to_date", None, None, None
    if g.get("year"):
        year = int(g["year"])  # type: ignore[arg-type]
        return "to_date", date(year, 1, 1), min(ref, date(year, 12, 31)), "day"
    begin = date(ref.year, 1, 1) if g.get("this") or g.get("ytd") else None
    return "to_date", begin, ref, "day"


def _current(g: Groups, ref: date | None) -> Resolved | None:
    return ("current", ref, ref, "day") if ref else ("current", None, None, None)


def _weekday(g: Groups, ref: date | None) -> Resolved | None:
    target = calendar_number("weekday", g.get("weekday") or "")
    if target is None:
        return None
    if ref is None:
        return "relative", None, None, None
    rel = (g.get("rel") or "").lower()
    if rel == "next":
        day = ref + timedelta(days=(target - ref.weekday()) % 7 or 7)
    elif rel == "this":
        day = ref - timedelta(days=ref.weekday()) + timedelta(days=target)
    elif rel == "last":
        day = ref - timedelta(days=(ref.weekday() - target) % 7 or 7)
    else:
        day = ref - timedelta(days=(ref.weekday() - target) % 7)
    return "relative", day, day, "day"


def _day_offset(g: Groups, ref: date | None) -> Resolved | None:
    if ref is None:
        return "relative", None, None, None
    day = ref + timedelta(days=1 if (g.get("offset") or "").lower() == "tomorrow" else -1)
    return "relative", day, day, "day"


def _today_part(g: Groups, ref: date | None) -> Resolved | None:
    return ("relative", ref, ref, "day") if ref else ("relative", None, None, None)


def _month_alone(g: Groups, ref: date | None) -> Resolved | None:
    month = _month(_first(g, "month", "month2", "month3"))
    if not month:
        return None
    prep = (g.get("prep") or "").lower()
    kind = (
        "since"
        if prep in ("since", "from")
        else "deadline"
        if prep in ("by", "until")
        else "relative"
    )
    if ref is None:
        return kind, None, None, None
    if prep == "next" or kind == "deadline":
        year = _next_year_of_month(month, ref) + (1 if prep == "next" and month == ref.month else 0)
    elif prep == "this":
        year = ref.year
    else:
        year = _last_year_of_month(month, ref) - (1 if prep == "last" and month == ref.month else 0)
    if kind == "since":
        return "since", date(year, month, 1), ref, "range"
    return kind, date(year, month, 1), month_end(year, month), "month"


RESOLVERS: dict[str, Callable[[Groups, date | None], Resolved | None]] = {
    "day": _day,
    "iso_day": _iso_day,
    "day_no_year": _day_no_year,
    "day_range": _day_range,
    "month_range": _month_range,
    "part": _part,
    "month_year": _month_year,
    "season_year": _season_year,
    "year_range": _year_range,
    "date_span": _date_span,
    "marketing_year": _marketing_year,
    "academic_year": _academic_year,
    "year": _year,
    "decade": _decade,
    "edge": _edge,
    "since": _since,
    "deadline": _deadline,
    "frame": _frame,
    "relative": _relative,
    "window_to": _window_to,
    "week_to": _week_to,
    "through_month": _through_month,
    "later": _later,
    "days_of_month": _days_of_month,
    "year_tail": _year_tail,
    "full_year": _full_year,
    "ago": _ago,
    "to_date": _to_date,
    "current": _current,
    "weekday": _weekday,
    "day_offset": _day_offset,
    "today_part": _today_part,
    "month": _month_alone,
}


def resolve(label: str, groups: Groups, reference: date | None) -> Resolved | None:
    """The days a time expression of ``label`` covers, against ``reference``.

    ``groups`` are the match's named groups.

    >>> resolve("frame", {"rel": "past", "n": "six", "unit": "years"}, date(2017, 12, 14))
    ('frame', datetime.date(2011, 12, 14), datetime.date(2017, 12, 14), 'year')
    """
    resolver = RESOLVERS.get(label)
    if resolver is None:
        raise KeyError(f"no resolver for period label {label!r}; known: {sorted(RESOLVERS)}")
    try:
        return resolver(groups, reference)
    except (ValueError, OverflowError):
        # a day outside the calendar ("next year" of 9999-12-31, "last year" of 0001-01-01):
        # the expression is still one, with no days
        try:
            return resolver(groups, None)
        except (ValueError, OverflowError):
            return None
