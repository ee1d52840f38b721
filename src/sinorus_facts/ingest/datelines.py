"""Datelines and bylines: the date an article gives for itself, near its top.

The forms are the ``datelines`` lexicon (regular expressions with ``{MONTH}`` and
``{WEEKDAY}`` standing for the calendar's names). A short line that none of them reads
but that plainly is a date with a year ("Thursday 31st of May 2018 10:14 GMT") goes to
dateparser, once per distinct line (cached: :func:`~sinorus_facts.lexicons.reload_lexicons`). A page's clock
("3/14/2023 10:02:17 am") or an archive's "Last Updated" stamp is found but marked
``stamp``: it is when the page was saved or touched, not when the story was written.

>>> [(h.form, h.year, h.month, h.day) for h in find_datelines("BEIJING, May 31 (Xinhua) -- Trade rose.")]
[('wire', None, 5, 31)]
>>> parse_date_line("Thursday 31st of May 2018")
datetime.date(2018, 5, 31)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sinorus_facts.common.alternation import words_alternation
from sinorus_facts.lexicons import CalendarEntry, PatternEntry, lexicon_cache, load_lexicon

__all__ = ["DatelineHit", "find_datelines", "parse_date_line"]

# A line dateparser may be asked about: short, with a year of this or the last century
# and a day of one or two digits. Matches "Thursday 31st of May 2018 10:14 GMT",
# "5/31/2018 9:42 AM"; not "Trade in 2018: a review".
DATE_LIKE_LINE = re.compile(
    r"^(?=.{6,60}$)(?=.*\b(?:19|20)\d\d\b)(?=.*(?<!\d)\d{1,2}(?:st|nd|rd|th)?\b)[\w ,./:|()+-]+$"
)

# A numeric date whose day and month cannot be told apart: "05/06/2018", "3.4.2017".
AMBIGUOUS_NUMERIC = re.compile(
    r"\b(?P<a>0?[1-9]|1[0-2])[./-](?P<b>0?[1-9]|1[0-2])[./-](?:19|20)\d\d\b"
)

# An optional clock time after a date in a dateline, the {TIME} of the datelines lexicon:
# ", 10:14", " 10.30 BST", " at 2:15 pm", " | 07:21 (GMT+8)", " 10:14:16".
DATELINE_TIME = (
    r"(?:[\s,|/-]+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*\(?(?:[A-Z]{2,5})(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?)?"
)

# An optional relative clock or reading time after a date line and its time, the {AGO} of
# the datelines lexicon: " / an hour ago", " / a few seconds ago", " - 2 days ago",
# " / UPDATED 2 YEARS AGO", " · 4 min read".
DATELINE_AGO = (
    r"(?:\s*[/|·•-]\s*(?i:(?:updated\s+)?(?:an?|a\s+few|\d{1,3})\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|\d{1,3}\s+min(?:ute)?s?\s+read))?"
)

# A reference point for dateparser, so that nothing it reads depends on today: lines
# that only say "2 hours ago" are refused before it, and its answer must hold the year.
_DATEPARSER_BASE = datetime(2000, 1, 1)


@dataclass(frozen=True)
class DatelineHit:
    """A dateline found in the text: its span, form and date parts (year may be missing).

    ``stamp`` marks a page's clock or an archive's stamp (lexicon kind ``page_stamp``):
    when the page was saved or touched, which dates an article only for want of better.
    ``weekday`` (Monday 0 .. Sunday 6) is the day of the week the line prints, if any
    ("BEIJING, Tuesday, Oct. 10 (Reuters) -"): for a line without a year, it tells which
    year the day falls in.
    """

    start: int
    end: int
    form: str
    weight: float
    year: int | None
    month: int
    day: int
    stamp: bool = False
    weekday: int | None = None


def _calendar_words(kind: str) -> dict[str, int]:
    table: dict[str, int] = {}
    for entry in load_lexicon("calendar").entries:
        if isinstance(entry, CalendarEntry) and entry.kind == kind:
            for word in entry.words:
                table[word.rstrip(".").lower()] = entry.number
    return table


@lexicon_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    return _calendar_words("month")


@lexicon_cache(maxsize=1)
def _weekday_numbers() -> dict[str, int]:
    return _calendar_words("weekday")


def _weekday(match: re.Match[str]) -> int | None:
    """The day of the week a dateline prints (its group ``weekday``), if any."""
    groups = match.groupdict()
    written = groups.get("weekday")
    return _weekday_numbers().get(written.rstrip(".").lower()) if written else None


def _alternation(kind: str) -> str:
    """The calendar's names of a kind, as written and in capitals ("JUNE 3, 2019 / 9:41 AM")."""
    words = {
        w
        for e in load_lexicon("calendar").entries
        if isinstance(e, CalendarEntry) and e.kind == kind
        for w in e.words
    }
    words |= {w.upper() for w in words}
    return words_alternation({w.rstrip(".") for w in words})


@lexicon_cache(maxsize=1)
def _dateline_patterns() -> tuple[tuple[PatternEntry, re.Pattern[str]], ...]:
    month_alt = _alternation("month")
    weekday_alt = _alternation("weekday")
    compiled = []
    for entry in load_lexicon("datelines").entries:
        assert isinstance(entry, PatternEntry)
        assert entry.regex is not None
        source = (
            entry.regex.replace("{MONTH}", f"(?:{month_alt})")
            .replace("{WEEKDAY}", f"(?:{weekday_alt})")
            .replace("{TIME}", DATELINE_TIME)
            .replace("{AGO}", DATELINE_AGO)
        )
        compiled.append((entry, re.compile(source, re.MULTILINE)))
    return tuple(compiled)


def _group(groups: dict[str, str], name: str) -> str | None:
    """The first filled group of a name and its numbered twins: day, day2, day3 ..."""
    for key in sorted(groups):
        if key.rstrip("0123456789") == name and groups[key]:
            return groups[key]
    return None


def _parts(match: re.Match[str]) -> tuple[int | None, int, int] | None:
    groups = {k: v for k, v in match.groupdict().items() if v}
    iso = _group(groups, "iso")
    if iso:
        try:
            found = date.fromisoformat(iso[:10])
        except ValueError:
            return None
        return found.year, found.month, found.day
    month_text, day_text, year_text = (
        _group(groups, "month"),
        _group(groups, "day"),
        _group(groups, "year"),
    )
    if not month_text or not day_text:
        return None
    month = (
        int(month_text)
        if month_text.isdigit()
        else _month_numbers().get(month_text.rstrip(".").lower())
    )
    if month is None or not 1 <= month <= 12 or not 1 <= int(day_text) <= 31:
        return None
    year = int(year_text) if year_text else None
    if year is not None:
        try:
            date(year, month, int(day_text))
        except ValueError:
            return None
    return year, month, int(day_text)


def find_datelines(text: str, start: int = 0, end: int | None = None) -> list[DatelineHit]:
    """Every dateline of the lexicon in ``text[start:end]``, in text order.

    >>> [(h.form, h.year, h.month, h.day) for h in find_datelines("Thu, Dec 14, 2017\\nBody.")]
    [('date_line', 2017, 12, 14)]
    """
    end = len(text) if end is None else end
    hits = []
    for entry, pattern in _dateline_patterns():
        for match in pattern.finditer(text, start, end):
            parts = _parts(match)
            if parts is None:
                continue
            year, month, day = parts
            hits.append(
                DatelineHit(
                    match.start(),
                    match.end(),
                    entry.label,
                    entry.weight,
                    year,
                    month,
                    day,
                    stamp=entry.kind == "page_stamp",
                    weekday=_weekday(match),
                )
            )
    hits.sort(key=lambda h: (h.start, -h.weight))
    return hits


@lexicon_cache(maxsize=4096)
def parse_date_line(line: str) -> date | None:
    """A short line that is a full date with a year, read by dateparser (English only);
    None for anything else, and for a numeric date whose day and month could be swapped.

    >>> parse_date_line("31st May 2018, 10:14 GMT"), parse_date_line("05/06/2018")
    (datetime.date(2018, 5, 31), None)
    """
    line = line.strip()
    if not DATE_LIKE_LINE.match(line):
        return None
    ambiguous = AMBIGUOUS_NUMERIC.search(line)
    if ambiguous and ambiguous.group("a").lstrip("0") != ambiguous.group("b").lstrip("0"):
        return None
    import dateparser

    settings = {
        "STRICT_PARSING": True,
        "RELATIVE_BASE": _DATEPARSER_BASE,
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    found: datetime | None = dateparser.parse(line, languages=["en"], settings=settings)
    if found is None or str(found.year) not in line:
        return None
    return found.date()
