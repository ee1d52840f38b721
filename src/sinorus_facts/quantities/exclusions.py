"""What looks like a number but is not a quantity: dates, times, years, ranks, names, links.

Each pattern has a name and an example. :func:`excluded_spans` marks the stretches of a
sentence no quantity may start in; the finder applies the checks that need to know the
unit (years, names) itself.

>>> [text for _, _, text, _ in excluded_spans("On May 31, 2018 at 16:20 see x.jpg and G-20")][:3]
['May 31, 2018', '16:20', 'x.jpg']
"""

from __future__ import annotations

import re
from functools import lru_cache

from sinorus_facts.lexicons import CalendarEntry, load_lexicon

__all__ = ["MONTH_NAMES", "excluded_spans", "is_year_like"]

# A web address: "http://en.people.cn/n3/2018/0102/c90000-9310371.html", "www.x.com/2017".
URL = re.compile(r"(?:https?://|www\.)\S+|\b\S+\.(?:com|org|net|cn|ru|gov|edu|info)/\S*")

# An e-mail address: "silkroadweekly@xinhua.org".
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# A file name: "1034202091.jpg", "upload_2018-3-19_12-6-17.png".
FILE_NAME = re.compile(
    r"[^\s\"'()]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|pdf|docx?|xlsx?|pptx?|s?html?|php|aspx?"
    r"|mp[34]|mov|avi|zip|rar|txt|csv|json|xml)\b",
    re.IGNORECASE,
)

# A date written with digits: "17.11.2017", "2018-03-19", "3/19/2018", "2018-3-19".
NUMERIC_DATE = re.compile(r"(?<![\d.])\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?![\d])")

# A clock time: "16:20", "10:14:16", "07:45", "7 p.m.", "9am".
CLOCK_TIME = re.compile(
    r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|(?<!\d)\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)",
    re.IGNORECASE,
)

# A span of years: "2018-2020", "2013-2017", "2012-13", "2018/19" (a period, not a range).
YEAR_SPAN = re.compile(r"(?<![\d.,])(?:1[5-9]\d\d|20\d\d)\s*[-–—/]\s*(?:1[5-9]\d\d|20\d\d|\d\d)(?![\d%])")

# A decade: "1980s", "the '90s", "2010s".
DECADE = re.compile(r"(?<![\d.,])(?:1[5-9]|20)?\d0s\b|'\d0s\b")

# An ordinal: "24th", "23rd", "1st", "21st".
ORDINAL = re.compile(r"(?<![\d.,])\d+(?:st|nd|rd|th)\b", re.IGNORECASE)

# A rank or item number: "No 2", "No. 3", "no.1", "#1", "Number 10".
RANK = re.compile(r"\b(?:No\.?|no\.|Nos\.?|Number|number|#)\s?\d+\b")

# A list marker at the start of a line: "1) US-Russia ...", "2. The ...", "(3) ...".
ENUMERATOR = re.compile(r"(?m)^[ \t]*\(?\d{1,2}[.)](?=\s)")

# A name with a number: "Luna-26", "Su-35", "COVID-19", "Luna-Resurs-1", "G-20".
HYPHENATED_NAME = re.compile(r"\b[A-Za-z][A-Za-z]*-\d+[A-Za-z]?\b")

# A fraction or ratio written with a slash: "24/7", "1/3".
SLASHED = re.compile(r"(?<![\d.])\d+/\d+(?![\d])")


@lru_cache(maxsize=1)
def _months() -> tuple[str, ...]:
    months: list[str] = []
    for entry in load_lexicon("calendar").entries:
        if isinstance(entry, CalendarEntry) and entry.kind == "month":
            months.extend(entry.words)
    return tuple(sorted(months, key=len, reverse=True))


MONTH_NAMES = _months


@lru_cache(maxsize=1)
def _date_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = "|".join(re.escape(m) for m in _months())
    # A month then a day (and maybe a year): "May 31", "May 14-15", "Nov. 15, 2018",
    # "January 02, 2018", "December 11-16".
    month_day = re.compile(
        rf"\b(?:{months})(?![a-z])\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?(?!\d|[.,]\d)"
        rf"(?:,?\s+\d{{4}})?"
    )
    # A day then a month (and maybe a year): "16 November 2018", "31 May", "3-4 June".
    day_month = re.compile(
        rf"(?<![\d.,])\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+(?:of\s+)?(?:{months})(?![a-z])"
        rf"(?:,?\s+\d{{4}})?"
    )
    return month_day, day_month


def excluded_spans(text: str) -> list[tuple[int, int, str, str]]:
    """Spans of ``text`` that hold numbers that are not quantities: (start, end, text, why)."""
    month_day, day_month = _date_patterns()
    found: list[tuple[int, int, str, str]] = []
    named = (
        ("url", URL), ("email", EMAIL), ("file", FILE_NAME), ("date", month_day),
        ("date", day_month), ("date", NUMERIC_DATE), ("time", CLOCK_TIME),
        ("years", YEAR_SPAN), ("decade", DECADE), ("ordinal", ORDINAL), ("rank", RANK),
        ("enumerator", ENUMERATOR), ("name", HYPHENATED_NAME), ("ratio", SLASHED),
    )
    for why, pattern in named:
        for match in pattern.finditer(text):
            found.append((match.start(), match.end(), match.group(0), why))
    found.sort()
    return found


def is_year_like(digits: str) -> bool:
    """A bare four-digit number that reads as a year: "2017", "1689", "1958".

    >>> is_year_like("2017"), is_year_like("3812"), is_year_like("2,017")
    (True, False, False)
    """
    return len(digits) == 4 and digits.isdigit() and 1500 <= int(digits) <= 2199
