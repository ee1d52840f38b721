"""Periods in Chinese text: the grammar of the periods of statistics and news, resolved
against the article's date (never today); the words are ``lexicons/zh/periods.json``.

Forms read: a month range ("2018年1月至8月", "1-10月", "1—10月"), a range of days
("1月28日至2月4日", "9月10日至15日"), a holiday ("国庆黄金周", "2025年春节假期"), the first N months
("前10个月", "今年前5个月"), a quarter or a half ("一季度", "上半年"), a day ("2014年5月21日",
"8月1日"), a month ("2024年4月", "今年5月", "5月", "8月份"), a year ("2017年"), relative
years ("今年", "去年"), the year so far ("今年以来"), the years ahead ("未来5年内"), "since"
("自2014年...以来"), a deadline ("2021年第四季度前"), "now"
("目前"); and what takes words but gives no period: a comparison's basis ("去年同期",
"较2024年"), "同期" (the report's period, resolved by the article).

>>> from datetime import date
>>> [(t.text, str(t.begin), str(t.end_date)) for t in find_periods("今年前10个月", date(2024, 11, 7))]
[('今年前10个月', '2024-01-01', '2024-10-31')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sinorus_facts.lexicons import lexicon_cache
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
from sinorus_facts.quantities.zh import parse_chinese_numeral

__all__ = ["find_periods"]

LANG = "zh"

# A year in digits before 年.
YEAR = r"(?P<year>(?:19|20)\d{2})年"

# A number of months or a day, in digits or characters ("10", "十", "两" in "前两个月").
NUM = r"\d{1,2}|[一二两三四五六七八九十]{1,3}"


@lexicon_cache
def _speech_after() -> re.Pattern[str]:
    """A verb of saying right after a time ("22日表示", "8日公布")."""
    return re.compile(
        r"(?:[^，,。]{0,2}?)(?:" + lexicon_pattern(LANG, "sources", "speech_verb").pattern + ")"
    )


# The months after a year's end in which "全年" with no year is the year just ended (its
# results are published then); a plan or a forecast is carried to the year ahead.
YEAR_RESULT_MONTHS = 2

# The most years ahead a plan's "未来N年" is read for.
YEARS_AHEAD = 30


def _p(*labels: str) -> str:
    return lexicon_pattern(LANG, "periods", *labels).pattern


@lexicon_cache
def _grammar() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rel = _p("this_year", "last_year", "next_year")
    joiner = _p("range_joiner")
    year_or_rel = rf"(?:{YEAR}|(?P<rel>{rel}))"
    forms = [
        ("basis", rf"(?:{_p('basis')})(?:{YEAR}|(?P<rel>{rel}))?(?:同期)?"),
        ("same_period", rf"{_p('same_period')}"),
        (
            "month_range",
            rf"{year_or_rel}?(?P<m1>{NUM})月?(?:份)?(?:{joiner})(?P<m2>{NUM})月(?:份)?",
        ),
        (
            "first_months",
            rf"{year_or_rel}?(?:{_p('first_months')})(?P<n>{NUM})(?:{_p('months_word')})",
        ),
        (
            "first_quarters",
            rf"{year_or_rel}?(?:{_p('first_months')})(?P<n>[一二两三1-3])(?:{_p('quarters_word')})",
        ),
        (
            "school_year",
            rf"{YEAR[:-1]}\s*[/\-–—]\s*(?P<year2>(?:19|20)?\d{{2}})年?(?P<school>{_p('school_year')})",
        ),
        # "截至10月底", "截至11月中旬", "截至11月15日" (a part of the month or a day ends the span)
        (
            "to_date",
            rf"截至{year_or_rel}?(?P<m1>{NUM})月(?:底|末|(?P<part>{_p('month_part')})|(?P<d1>{NUM})[日号號])?",
        ),
        # "一季度至三季度", "第一至第三季度", "1-3季度": the quarters from the first to the last
        (
            "quarter_range",
            rf"{year_or_rel}?(?:第)?(?P<q1>[一二三四1-4])(?:季度)?(?:{joiner})(?:第)?(?P<q2>[一二三四1-4])季度",
        ),
        ("quarter", rf"{year_or_rel}?(?:第)?(?P<q>[一二三四1-4])季度(?P<before>前|之前)?"),
        ("half", rf"{year_or_rel}?(?P<h>上半年|下半年)"),
        # "国庆黄金周", "2025年春节假期": the days of a holiday
        ("holiday", rf"{year_or_rel}?(?P<holiday>{_p('holiday')})"),
        # "1月28日至2月4日", "9月10日至15日", "9月10-15日": the days from the first to the last
        (
            "day_range",
            rf"{year_or_rel}?(?P<m1>{NUM})月(?P<d1>{NUM})[日号號]?(?:{joiner})(?:(?P<m2>{NUM})月)?(?P<d2>{NUM})[日号號]",
        ),
        ("day", rf"{year_or_rel}?(?P<m1>{NUM})月(?P<d1>{NUM})[日号號]"),
        ("month", rf"{year_or_rel}?(?P<m1>{NUM})月(?:份)?(?:当月|當月)?"),
        ("day_alone", r"(?<![\d月])(?P<d1>\d{1,2})[日号號]"),
        ("since", rf"(?:自|从|從){YEAR}(?:.{{0,12}}?)(?:以来|以來)"),
        ("start", rf"(?:从|從|自){YEAR}(?:(?P<m1>{NUM})月)?(?:开始|開始|起)"),
        ("year", rf"{YEAR}(?:度)?"),
        # "全年" with no year before it ("预计全年将达到"): the year of the report
        ("whole_year", rf"(?<!年)(?:{_p('whole_year')})"),
        # "今年以来", "年初以来": the year so far
        ("year_to_date", rf"{_p('year_to_date')}"),
        # "未来5年内", "今后三年": this year and the years after it
        (
            "years_ahead",
            rf"(?:{_p('years_ahead')})(?P<n>{NUM})(?:个|個)?(?:{_p('years_word')})(?:内|內)?",
        ),
        # "上月", "本月": the month before the article's, its own
        ("relative_month", rf"(?P<relm>{_p('last_month', 'this_month')})"),
        ("relative", rf"(?P<rel>{rel})(?:以来|以來)?"),
        ("current", rf"{_p('current')}"),
    ]
    return tuple((name, re.compile(body)) for name, body in forms)


def _num(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    value = parse_chinese_numeral(text)
    return int(value) if value is not None else None


def _relative(word: str | None) -> str | None:
    if not word:
        return None
    entry = entry_of(
        LANG,
        "periods",
        word.removesuffix("以来").removesuffix("以來"),
        "this_year",
        "last_year",
        "next_year",
    )
    return (
        {"this_year": "this", "last_year": "last", "next_year": "next"}.get(entry.label)
        if entry
        else None
    )


def _holiday_spans(days: tuple[str, ...]) -> list[tuple[date, date]]:
    """The spans a holiday's ``days`` give, in order: "10-01/10-07" in every year from
    2000 to 2040, "2025-01-28/2025-02-04" in its year."""
    spans = []
    for spec in days:
        first, last = spec.split("/")
        if len(first) > 5:
            spans.append((date.fromisoformat(first), date.fromisoformat(last)))
        else:
            for year in range(2000, 2041):
                spans.append(
                    (date.fromisoformat(f"{year}-{first}"), date.fromisoformat(f"{year}-{last}"))
                )
    return sorted(spans)


def _resolve(
    name: str, m: re.Match[str], ref: date | None
) -> tuple[str, tuple[date, date] | None, str | None]:
    g = m.groupdict()
    year = year_of(_relative(g.get("rel")), g.get("year"), ref)
    if name in ("basis", "same_period"):
        return name, None, None
    if name in ("month_range", "to_date"):
        m1, m2 = (1, _num(g["m1"])) if name == "to_date" else (_num(g["m1"]), _num(g["m2"]))
        if m1 is None or m2 is None or not 1 <= m1 <= m2 <= 12:
            return "skip", None, None
        if year is None and ref is not None:
            year = month_before(m2, ref)
        part = entry_of(LANG, "periods", g["part"], "month_part") if g.get("part") else None
        day = _num(g.get("d1")) if name == "to_date" else None
        if year and day is not None and 1 <= day <= month_end(year, m2).day:
            return "range", (date(year, m1, 1), date(year, m2, day)), "range"
        if year and part is not None and part.value:
            month_last = month_end(year, m2)
            last = date(year, m2, int(part.value)) if part.value < month_last.day else month_last
            return "range", (date(year, m1, 1), last), "range"
        return "range", month_span(year, m1, m2) if year else None, "range"
    if name == "school_year":
        entry = entry_of(LANG, "periods", g["school"], "school_year")
        return school_year(g["year"], g["year2"], int(entry.value or 0) if entry else 0)
    if name == "first_months":
        n = _num(g["n"])
        if n is None or not 1 <= n <= 12:
            return "skip", None, None
        return "range", first_months(n, year, ref), "range"
    if name == "first_quarters":
        n = _num(g["n"])
        if n is None or not 1 <= n <= 3:
            return "skip", None, None
        return "range", first_months(3 * n, year, ref), "range"
    if name == "quarter_range":
        q1, q2 = _num(g["q1"]) or 0, _num(g["q2"]) or 0
        if not 1 <= q1 < q2 <= 4:
            return "skip", None, None
        if year is None and ref is not None:
            year = ref.year if 3 * q2 <= ref.month else ref.year - 1
        return "range", month_span(year, 3 * q1 - 2, 3 * q2) if year else None, "range"
    if name == "quarter":
        q = _num(g["q"]) or 0
        if not 1 <= q <= 4:
            return "skip", None, None
        if year is None and ref is not None:
            year = ref.year if 3 * q <= ref.month else ref.year - 1
        kind = "deadline" if g.get("before") else "date"
        return kind, month_span(year, 3 * q - 2, 3 * q) if year else None, "quarter"
    if name == "half":
        first = g["h"].startswith("上")
        if year is None and ref is not None:
            year = ref.year if (6 if first else 12) <= ref.month else ref.year - 1
        return (
            "date",
            month_span(year, 1 if first else 7, 6 if first else 12) if year else None,
            "half",
        )
    if name == "holiday":
        entry = entry_of(LANG, "periods", g["holiday"], "holiday")
        spans = _holiday_spans(entry.days if entry else ())
        if g.get("year") or g.get("rel"):
            chosen = [span for span in spans if span[0].year == year]
        elif ref is not None:  # the last that began by the article's date
            chosen = [span for span in spans if span[0] <= ref][-1:]
        else:
            chosen = []
        return ("range", chosen[0], "range") if chosen else ("skip", None, None)
    if name == "day_range":
        m1, d1, d2 = _num(g["m1"]), _num(g["d1"]), _num(g["d2"])
        m2 = _num(g.get("m2")) or m1
        if m1 is None or m2 is None or d1 is None or d2 is None or not 1 <= m1 <= 12:
            return "skip", None, None
        if not 1 <= m2 <= 12:
            return "skip", None, None
        if year is None and ref is not None:
            year = month_before(m1, ref)
        if year is None:
            return "date", None, None
        year2 = year if (m2, d2) >= (m1, d1) else year + 1  # "12月28日至1月3日"
        if not (1 <= d1 <= month_end(year, m1).day and 1 <= d2 <= month_end(year2, m2).day):
            return "skip", None, None
        return "date", (date(year, m1, d1), date(year2, m2, d2)), "day"
    if name in ("day", "month", "start"):
        month = _num(g.get("m1"))
        if name == "start" and month is None:
            return "date", (date(year, 1, 1), date(year, 12, 31)) if year else None, "year"
        if month is None or not 1 <= month <= 12:
            return "skip", None, None
        if year is None and ref is not None:
            year = month_before(month, ref)
        if year is None:
            return "date", None, None
        if name == "day":
            day = _num(g["d1"]) or 0
            if not 1 <= day <= month_end(year, month).day:
                return "skip", None, None
            return "date", (date(year, month, day), date(year, month, day)), "day"
        return "date", month_span(year, month), "month"
    if name == "day_alone":
        if _speech_after().match(m.string, m.end()):
            return "skip", None, None  # "22日表示": the day of a statement, not of its figures
        day = _num(g["d1"]) or 0
        if ref is None or not 1 <= day <= 31:
            return "skip", None, None
        year, month = (
            (ref.year, ref.month)
            if day <= ref.day
            else ((ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12))
        )
        if day > month_end(year, month).day:
            return "skip", None, None
        return "date", (date(year, month, day), date(year, month, day)), "day"
    if name == "since":
        return "since", (date(year, 1, 1), ref) if year and ref else None, "range"
    if name == "whole_year" and ref is not None:
        year = ref.year - 1 if ref.month <= YEAR_RESULT_MONTHS else ref.year
        return "date", (date(year, 1, 1), date(year, 12, 31)), "year"
    if name in ("year", "relative"):
        return (
            ("date" if name == "year" else "relative"),
            (date(year, 1, 1), date(year, 12, 31)) if year else None,
            "year",
        )
    if name == "year_to_date":
        return "since", (date(ref.year, 1, 1), ref) if ref else None, "range"
    if name == "years_ahead":
        n = _num(g["n"])
        if n is None or not 1 <= n <= YEARS_AHEAD or ref is None:
            return "skip", None, None
        return "range", (date(ref.year, 1, 1), date(ref.year + n - 1, 12, 31)), "range"
    if name == "relative_month":
        return relative_month(LANG, g["relm"], ref)
    if name == "current" and ref is not None:
        return "current", month_span(ref.year, ref.month), "month"
    return name, None, None


def find_periods(text: str, reference: date | None) -> list[Timex]:
    """The time expressions of one Chinese sentence, resolved against ``reference``.

    >>> from datetime import date
    >>> [(t.text, t.kind, str(t.begin)) for t in find_periods("2021年1月至9月,同比增长", date(2021, 10, 13))]
    [('2021年1月至9月', 'range', '2021-01-01'), ('同比', 'basis', 'None')]
    """
    found: list[Timex] = []
    for name, pattern in _grammar():
        for m in pattern.finditer(text):
            kind, span, granularity = _resolve(name, m, reference)
            if kind == "skip":
                continue
            found.append(make(m, kind, span, granularity))
    return _year_after(choose(found), text)


# Only a comma between a time and the year after it ("截至10月底，今年").
COMMA_ONLY = re.compile(r"\s*[，,]?\s*")

# A comma and the clause's subject between a running total's end and its year
# ("截至11月中旬，二连浩特公路口岸今年累计"): the year is the total's.
SUBJECT_GAP = re.compile(r"\s*[，,]\s*[^，,。；;：:\d]{1,20}")


def _year_after(timexes: list[Timex], text: str) -> list[Timex]:
    """A bare year right after a finer time with no year of its own ("截至10月底，今年赴俄游客",
    "1—10月，今年"): the year is that time's, and no time of its own."""
    out: list[Timex] = []
    for timex in timexes:
        before = out[-1] if out else None
        if (
            before is not None
            and timex.kind == "relative"
            and timex.begin is not None
            and before.kind in ("date", "range")
            and before.granularity not in ("year", None)
            and before.begin is not None
            and before.end_date is not None
            and before.begin.year == before.end_date.year
            and not re.search(YEAR, before.text)
            and not lexicon_pattern(LANG, "periods", "this_year", "last_year", "next_year").search(
                before.text
            )
            and (
                COMMA_ONLY.fullmatch(text, before.end, timex.start)
                or (
                    before.text.startswith("截至")
                    and SUBJECT_GAP.fullmatch(text, before.end, timex.start) is not None
                )
            )
        ):
            year = timex.begin.year
            try:
                out[-1] = replace(
                    before,
                    begin=before.begin.replace(year=year),
                    end_date=before.end_date.replace(year=year),
                )
            except ValueError:  # 29 February of another year
                out.append(timex)
            continue
        out.append(timex)
    return out
