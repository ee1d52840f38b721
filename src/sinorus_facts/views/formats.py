"""How a figure and a period are written for a reader: the one place every view (the
terminal table, the highlighted text, the review page, the plots) takes them from.

>>> number_text(31_200_000_000.0), number_text(15.0), number_text(2500.0)
('31.2 bn', '15', '2.5 k')
"""

from __future__ import annotations

from datetime import date, timedelta

from sinorus_facts.models import Claim, Period

__all__ = ["figure_text", "number_text", "period_code", "period_text"]

# Scale words for a round figure, largest first: 31,200,000,000 is "31.2 bn".
_SCALES = ((1e12, "trn"), (1e9, "bn"), (1e6, "mn"), (1e3, "k"))


def number_text(value: float) -> str:
    """A figure at full scale written short: a scale word where it is round at two
    decimals of that scale, else the number as it is.

    >>> number_text(0.25), number_text(-4_500_000.0)
    ('0.25', '-4.5 mn')
    """
    for scale, word in _SCALES:
        if abs(value) >= scale and value % (scale / 100) == 0:
            return f"{value / scale:g} {word}"
    return f"{value:g}"


def figure_text(claim: Claim) -> str:
    """A claim's figure: its value, the upper end of its range, the earlier value of a
    change from one to the other.

    >>> from sinorus_facts.models import Evidence
    >>> evidence = Evidence(sentence="", sentence_start=0, sentence_end=0, quantity="",
    ...                     quantity_start=0, quantity_end=0)
    >>> figure_text(Claim(id="c", doc_id="d", value=3e9, high=4e9, confidence=1.0, evidence=evidence))
    '3 bn–4 bn'
    """
    figure = number_text(claim.value) + (
        f"–{number_text(claim.high)}" if claim.high is not None else ""
    )
    if claim.from_value is not None:
        figure = f"{number_text(claim.from_value)} → {figure}"
    return figure


def period_text(period: Period | None) -> str:
    """A period at the grain it has: a year, a span of years, months, days ("" for none).

    >>> from datetime import date
    >>> period_text(Period(start=date(2018, 1, 1), end=date(2018, 4, 30)))
    '2018-01 – 2018-04'
    """
    if period is None or period.start is None or period.end is None:
        return ""
    start, end = period.start, period.end
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if start.day == 1 and (end + timedelta(days=1)).day == 1:  # whole months
        first, last = start.isoformat()[:7], end.isoformat()[:7]
        return first if first == last else f"{first} – {last}"
    return start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}"


def _code_part(day: date, grain: str) -> str:
    return day.isoformat()[: {"year": 4, "month": 7}.get(grain, 10)]


def period_code(period: Period | None) -> str | None:
    """A period written as the gold annotations write it, at the grain its days allow: a
    year (``2018``), a month (``2018-04``), a day (``2018-04-30``), or ``start/end`` at the
    coarser grain of the two ends; None for no period (or an open end).

    >>> from datetime import date
    >>> [period_code(Period(start=date(*a), end=date(*b))) for a, b in [
    ...     ((2018, 1, 1), (2018, 12, 31)), ((2011, 1, 1), (2017, 12, 31)),
    ...     ((2018, 1, 1), (2018, 4, 30)), ((2018, 4, 1), (2018, 4, 30)),
    ...     ((2018, 5, 31), (2018, 5, 31)), ((2018, 5, 16), (2018, 6, 30))]]
    ['2018', '2011/2017', '2018-01/2018-04', '2018-04', '2018-05-31', '2018-05-16/2018-06-30']
    """
    if period is None or period.start is None or period.end is None:
        return None
    start, end = period.start, period.end
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        grain = "year"
    elif start.day == 1 and (end + timedelta(days=1)).day == 1:
        grain = "month"
    else:
        grain = "day"
    first, last = _code_part(start, grain), _code_part(end, grain)
    return first if first == last else f"{first}/{last}"
