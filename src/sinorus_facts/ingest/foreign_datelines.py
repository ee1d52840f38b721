"""Datelines and bylines of Russian and Chinese pages ("14 января 2025, 10:32",
"МОСКВА, 14 января. /ТАСС/", "新华社北京1月14日电", "2025年1月14日"): the date a page was
published when its metadata gives none. A dateline without a year takes the latest year
the text names up to that point's neighbourhood (the page's own year), else none.

>>> dateline_date("ru", "МОСКВА, 14 января. /ТАСС/. Товарооборот в 2024 году вырос.")
datetime.date(2024, 1, 14)
>>> dateline_date("zh", "新华社北京1月14日电 2025年中俄贸易")
datetime.date(2025, 1, 14)
"""

from __future__ import annotations

import re
from datetime import date

from sinorus_facts.lexicons.languages import entries_with, entry_of

__all__ = ["dateline_date", "furniture_spans"]

# A year the text names, for a dateline that omits it.
TEXT_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _month(language: str, raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    entry = entry_of(language, "periods", raw.lower(), "month")
    return int(entry.value) if entry and entry.value else None


def dateline_date(language: str, text: str) -> date | None:
    """The date of the first dateline or byline of ``text`` (``None`` if it prints none)."""
    best: tuple[int, date] | None = None
    for entry in entries_with(language, "datelines", "dateline"):
        assert entry.regex is not None
        for m in re.finditer(entry.regex, text):
            month = _month(language, m.group("month"))
            if month is None or not 1 <= month <= 12:
                continue
            year_text = m.group("year")
            if year_text is None:
                years = [int(y) for y in TEXT_YEAR.findall(text)]
                if not years:
                    continue
                year = max(years)
            else:
                year = int(year_text)
            try:
                day = date(year, month, int(m.group("day")))
            except ValueError:
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), day)
            break
    return best[1] if best else None


def furniture_spans(language: str, text: str) -> list[tuple[int, int]]:
    """The spans of page furniture whose numbers are no figures: datelines, time stamps,
    reading counters."""
    spans: list[tuple[int, int]] = []
    for entry in entries_with(language, "datelines", "dateline", "furniture"):
        assert entry.regex is not None
        spans.extend(m.span() for m in re.finditer(entry.regex, text))
    return spans
