"""Periods in Russian text: the grammar of the periods of statistics and news, resolved
against the article's date (never today); the words are ``lexicons/ru/periods.json``.

Forms read: a month range ("в январе–октябре 2024 года", "с февраля по июнь этого года",
"за январь — август"), the first N months ("за первые девять месяцев", "за семь месяцев
2021 года"), a quarter or a half ("в первом квартале 2022 года"), a month ("в январе
2015 года", "в январе"), a day or days ("17 марта", "12-14 марта", "с 4 по 8
октября"), a year ("в 2014 году", "в 2023-м", "по итогам 2015 года"), relative years ("в
этом году", "прошлого года"), a deadline ("до 2030 года"), "now" ("сейчас"); and what
takes words but gives no period: a comparison's basis ("по сравнению с тем же периодом
2017 года"), "после 2018 года", "за тот же период" (the report's period, resolved by the
article).

>>> from datetime import date
>>> [(t.text, str(t.begin), str(t.end_date)) for t in find_periods("в январе–октябре 2024 года", date(2024, 11, 7))]
[('в январе–октябре 2024 года', '2024-01-01', '2024-10-31')]
"""

from __future__ import annotations

import re
from datetime import date

from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.lexicons.languages import entries_with
from sinorus_facts.periods.expressions import Timex
from sinorus_facts.periods.lexical import (
    choose,
    first_months,
    make,
    month_before,
    month_span,
    relative_month,
    school_year,
    year_of,
)
from sinorus_facts.periods.resolve import month_end
from sinorus_facts.quantities.lexical import entry_of, lexicon_pattern

__all__ = ["find_periods"]

LANG = "ru"

# The number of months in words or digits ("девять", "9").
COUNT = r"(?P<n>\d{1,2}|[а-яё]+)"

# A year written as an ordinal's ending ("в 2023-м", "2024-го").
ORDINAL_YEAR = r"-(?:м|го|й)"

# A year in digits.
YEAR = r"(?P<year>(?:19|20)\d{2})"


def _p(*labels: str) -> str:
    return lexicon_pattern(LANG, "periods", *labels).pattern


@lexicon_cache
def _grammar() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The forms, named, longest first where one holds another."""
    month = _p("month")
    yw = _p("year_word")
    rel = _p("this_year", "last_year", "next_year")
    year_tail = rf"(?:\s+{YEAR}\s*(?:{yw})?|\s+(?P<rel>{rel}))?"
    joiner = r"\s*(?:[-–—]|и|по)\s*"
    forms = [
        # "по сравнению с тем же периодом 2017 года", "относительно того же периода прошлого года"
        (
            "basis",
            rf"(?:{_p('basis')})\s+(?:тем\s+же|того\s+же|аналогичным|аналогичного)\s+период\w*{year_tail}",
        ),
        # "больше, чем весь прошлый год", "по сравнению с 2022 годом": the basis of a comparison
        (
            "basis",
            rf"(?:{_p('basis')})\s+(?:(?:за|в)\s+)?(?:весь\s+)?(?:{YEAR}\s*(?:{yw})|(?P<rel>{rel}))",
        ),
        ("same_period", rf"{_p('same_period')}"),
        # "с февраля по июнь этого года", "в январе–октябре 2024 года", "за январь — август 2022 года"
        (
            "month_range",
            rf"(?:(?:в\s+период\s+)?(?:с|со)\s+|(?:в|за)\s+)?(?P<m1>{month}){joiner}(?P<m2>{month}){year_tail}",
        ),
        # "за первые девять месяцев 2021 года", "за пять месяцев"
        (
            "first_months",
            rf"(?:(?:за|в)\s+)?(?:первые\s+)?{COUNT}\s+(?:{_p('months_word')}){year_tail}",
        ),
        # "за три квартала 2024 года", "за первые два квартала"
        (
            "first_quarters",
            rf"(?:(?:за|в)\s+)?(?:первые\s+)?{COUNT}\s+(?:{_p('quarters_word')}){year_tail}",
        ),
        ("quarter", rf"(?:(?:за|в|во)\s+)?(?P<q>{_p('quarter')}){year_tail}"),
        ("half", rf"(?:(?:за|в|во)\s+)?(?P<h>{_p('half')}){year_tail}"),
        # "с 4 по 8 октября", "12-14 марта 2021 года"
        (
            "day_range",
            rf"(?:с\s+)?(?P<d1>\d{{1,2}})\s*(?:[-–—]|по)\s*(?P<d2>\d{{1,2}})\s+(?P<m1>{month})(?:\s+{YEAR}\s*(?:{yw})?)?",
        ),
        ("day", rf"(?P<d1>\d{{1,2}})\s+(?P<m1>{month})\.?(?:\s+{YEAR}\s*(?:{yw})?)?"),
        ("month", rf"(?:(?:в|за|с|до|к|по)\s+)?(?P<m1>{month}){year_tail}"),
        # "в 2024/25 учебном году", "в 2024-2025 учебном году": a year of study
        (
            "school_year",
            rf"(?:(?:в|за|на)\s+)?{YEAR}\s*[/\-–—]\s*(?P<year2>(?:19|20)?\d{{2}})\s+(?P<school>{_p('school_year')})",
        ),
        ("deadline", rf"(?:до|к)\s+{YEAR}\s*(?:{yw})"),
        ("after", rf"после\s+{YEAR}\s*(?:{yw})"),
        ("since", rf"(?:начиная\s+)?с\s+{YEAR}\s*(?:{yw})"),
        (
            "year",
            rf"(?:(?:{_p('result_of')}|{_p('whole_year')}|в|во)\s+)?{YEAR}(?:\s*(?:{yw})|{ORDINAL_YEAR})",
        ),
        # "по итогам года", "за год": the year of the report's results ("за год до" is no time)
        ("year_result", rf"(?:{_p('year_result')})(?!\s+(?:до|после)\b)"),
        # "в ближайшие пять лет", "в течение следующих трех лет": this year and those after it
        (
            "years_ahead",
            rf"(?:(?:в|на|за)\s+|в\s+течение\s+)(?:{_p('years_ahead')})\s+{COUNT}\s+(?:{_p('years_word')})",
        ),
        # "годом ранее", "год назад": a year before the time the figure would have
        ("year_earlier", rf"{_p('year_earlier')}"),
        # "с начала года": the year so far
        ("year_to_date", rf"{_p('year_to_date')}"),
        # "в прошлом месяце", "в текущем месяце": the month before the article's, its own
        ("relative_month", rf"(?:(?:в|за)\s+)?(?P<relm>{_p('last_month', 'this_month')})"),
        ("relative", rf"(?:(?:в|за|с\s+начала)\s+)?(?P<rel>{rel})"),
        ("current", rf"{_p('current')}"),
    ]
    return tuple(
        (name, re.compile(rf"(?<![\w-])(?:{body})(?![\w])", re.IGNORECASE)) for name, body in forms
    )


# The months after a year's end in which "по итогам года" speaks of the year just ended.
YEAR_RESULT_MONTHS = 2

# The most years ahead a plan's "в ближайшие N лет" is read for.
YEARS_AHEAD = 30


def _month(word: str | None) -> int | None:
    if word is None:
        return None
    entry = entry_of(LANG, "periods", word, "month")
    return int(entry.value) if entry and entry.value else None


def _relative(word: str | None) -> str | None:
    if not word:
        return None
    entry = entry_of(LANG, "periods", word, "this_year", "last_year", "next_year")
    return (
        {"this_year": "this", "last_year": "last", "next_year": "next"}.get(entry.label)
        if entry
        else None
    )


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    entry = entry_of(LANG, "numbers", word, "digit")
    if entry is None or not entry.value or not float(entry.value).is_integer():
        return None  # "за полтора месяца" is no run of months from January
    return int(entry.value)


def _ordinal(label: str, word: str) -> int | None:
    for entry in entries_with(LANG, "periods", label):
        if entry_of(LANG, "periods", word, label) is entry and entry.value:
            return int(entry.value)
    return None


def _resolve(
    name: str, m: re.Match[str], ref: date | None
) -> tuple[str, tuple[date, date] | None, str | None]:
    g = m.groupdict()
    year = year_of(_relative(g.get("rel")), g.get("year"), ref)
    if name in ("basis", "after", "same_period"):
        return name, None, None
    if name == "month_range":
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        if m1 is None or m2 is None or m2 < m1:
            return "date", None, None
        if year is None and ref is not None:
            year = month_before(m2, ref)
        return "range", month_span(year, m1, m2) if year else None, "range"
    if name == "first_months":
        n = _count(g["n"])
        if n is None or not 1 <= n <= 12:
            return "skip", None, None
        return "range", first_months(n, year, ref), "range"
    if name == "first_quarters":
        n = _count(g["n"])
        if n is None or not 1 <= n <= 4:
            return "skip", None, None
        return "range", first_months(3 * n, year, ref), "range"
    if name in ("quarter", "half"):
        number = _ordinal(name, g["q" if name == "quarter" else "h"])
        if number is None:
            return "date", None, None
        if year is None and ref is not None:
            year = (
                ref.year
                if (number * (3 if name == "quarter" else 6))
                < ref.month + (1 if name == "quarter" else 0)
                else ref.year - 1
            )
        size = 3 if name == "quarter" else 6
        return (
            "date",
            month_span(year, size * (number - 1) + 1, size * number) if year else None,
            name,
        )
    if name in ("day", "day_range"):
        month = _month(g["m1"])
        if month is None:
            return "date", None, None
        if g.get("year"):
            year = int(g["year"])
        elif ref is not None:
            year = month_before(month, ref) if month != 12 or ref.month == 12 else ref.year - 1
        else:
            return "date", None, "day"
        last = month_end(year, month).day
        d1 = int(g["d1"])
        d2 = int(g.get("d2") or d1)
        if not 1 <= d1 <= d2 <= last:
            return "date", None, None
        return "date", (date(year, month, d1), date(year, month, d2)), "day"
    if name == "month":
        month = _month(g["m1"])
        if month is None:
            return "date", None, None
        if year is None and ref is not None:
            year = month_before(month, ref)
        return "date", month_span(year, month) if year else None, "month"
    if name in ("year", "deadline", "since"):
        if year is None:
            return name, None, None
        if name == "since" and ref is not None:
            return "since", (date(year, 1, 1), ref), "range"
        return ("date" if name == "year" else name), (date(year, 1, 1), date(year, 12, 31)), "year"
    if name == "school_year":
        entry = entry_of(LANG, "periods", g["school"], "school_year")
        return school_year(g["year"], g["year2"], int(entry.value or 0) if entry else 0)
    if name == "year_result" and ref is not None:
        # a year's results are published in the first two months of the next; a plan or a
        # forecast said then is carried to the year ahead by the document stage
        year = ref.year - 1 if ref.month <= YEAR_RESULT_MONTHS else ref.year
        return "date", (date(year, 1, 1), date(year, 12, 31)), "year"
    if name == "years_ahead":
        n = _count(g["n"])
        if n is None or not 1 <= n <= YEARS_AHEAD or ref is None:
            return "skip", None, None
        return "range", (date(ref.year, 1, 1), date(ref.year + n - 1, 12, 31)), "range"
    if name == "year_to_date":
        return "since", (date(ref.year, 1, 1), ref) if ref else None, "range"
    if name == "year_earlier":
        return "year_earlier", None, None
    if name == "relative":
        return "relative", (date(year, 1, 1), date(year, 12, 31)) if year else None, "year"
    if name == "relative_month":
        return relative_month(LANG, g["relm"], ref)
    if name == "current" and ref is not None:
        return "current", month_span(ref.year, ref.month), "month"
    return name, None, None


def find_periods(text: str, reference: date | None) -> list[Timex]:
    """The time expressions of one Russian sentence, resolved against ``reference``.

    >>> from datetime import date
    >>> [(t.text, t.kind, str(t.begin)) for t in find_periods("Поставки за первые семь месяцев выросли", date(2023, 8, 15))]
    [('за первые семь месяцев', 'range', '2023-01-01')]
    >>> [(t.kind, t.begin) for t in find_periods("по сравнению с тем же периодом 2017 года", date(2020, 4, 1))]
    [('basis', None)]
    """
    found: list[Timex] = []
    for name, pattern in _grammar():
        for m in pattern.finditer(text):
            if not m.group(0).strip():
                continue
            kind, span, granularity = _resolve(name, m, reference)
            if kind == "skip":
                continue
            found.append(make(m, kind, span, granularity))
    return choose(found)
