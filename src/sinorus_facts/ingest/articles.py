"""Splitting a page into its articles, and finding each one's title and date.

A scraped page may hold one article, or a forum thread of many from different days with
reader comments between them. Posts are cut at separator lines (a line of blanks only,
such as a lone no-break space, or "***"); each post's date comes from the datelines and
bylines of the ``datelines`` lexicon near its top; a dateline without a year takes it from
the neighbouring articles. A post with neither title nor dateline that reads like a
reader's comment is marked ``is_comment``.

>>> page = "Trade hits record\\n\\nBEIJING, May 31 (Xinhua) -- Trade rose.\\n\\u00a0\\nI think so too.\\n"
>>> [(a.title, a.published, a.is_comment) for a in split_articles(page, year_hint=2018)]
[('Trade hits record', datetime.date(2018, 5, 31), False), (None, None, True)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sinorus_facts.ingest.cleaning import is_boilerplate_line
from sinorus_facts.lexicons import CalendarEntry, PatternEntry, load_lexicon
from sinorus_facts.models import Article

__all__ = ["DatelineHit", "find_datelines", "split_articles"]

# A line that separates posts: only blanks, at least one of them not a plain newline
# (a lone no-break space), or a row of stars or dashes: "\u00a0", "***", "* * *", "-----".
SEPARATOR_LINE = re.compile(r"^(?:[ \t\u00a0\u3000]+|\*{3,}|(?:\* ){2,}\*|[-—_=]{4,})$")

# First-person words of a reader's comment outside quotes: "I guess", "I'm", "my".
FIRST_PERSON = re.compile(r"(?:^|[\s(])(?:I|I'm|I’m|I've|I’ve|my|me|lol|IMHO|imho)(?=[\s,.!?])")

# How many lines from the top of a post a dateline may stand.
DATELINE_REACH = 12


@dataclass(frozen=True)
class DatelineHit:
    """A dateline found on a line: its span, form and date parts (year may be missing)."""

    start: int
    end: int
    form: str
    weight: float
    year: int | None
    month: int
    day: int


@lru_cache(maxsize=1)
def _dateline_patterns() -> tuple[tuple[PatternEntry, re.Pattern[str]], ...]:
    months: dict[str, int] = {}
    weekdays: list[str] = []
    for entry in load_lexicon("calendar").entries:
        assert isinstance(entry, CalendarEntry)
        if entry.kind == "month":
            for word in entry.words:
                months[word.rstrip(".").lower()] = entry.number
        elif entry.kind == "weekday":
            weekdays.extend(w.rstrip(".") for w in entry.words)
    month_alt = "|".join(sorted({re.escape(w.rstrip(".")) for e in load_lexicon("calendar").entries
                                  if isinstance(e, CalendarEntry) and e.kind == "month" for w in e.words},
                                 key=len, reverse=True))
    weekday_alt = "|".join(sorted({re.escape(w) for w in weekdays}, key=len, reverse=True))
    compiled = []
    for entry in load_lexicon("datelines").entries:
        assert isinstance(entry, PatternEntry) and entry.regex
        source = entry.regex.replace("{MONTH}", f"(?:{month_alt})").replace("{WEEKDAY}", f"(?:{weekday_alt})")
        compiled.append((entry, re.compile(source, re.MULTILINE)))
    return tuple(compiled)


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    table: dict[str, int] = {}
    for entry in load_lexicon("calendar").entries:
        if isinstance(entry, CalendarEntry) and entry.kind == "month":
            for word in entry.words:
                table[word.rstrip(".").lower()] = entry.number
    return table


def _parts(match: re.Match[str]) -> tuple[int | None, int, int] | None:
    groups = {k: v for k, v in match.groupdict().items() if v}
    if "iso" in groups:
        try:
            found = date.fromisoformat(groups["iso"])
        except ValueError:
            return None
        return found.year, found.month, found.day
    month_text = groups.get("month") or groups.get("month2")
    day_text = groups.get("day") or groups.get("day2")
    year_text = groups.get("year") or groups.get("year2")
    if not month_text or not day_text:
        return None
    month = int(month_text) if month_text.isdigit() else _month_numbers().get(month_text.rstrip(".").lower())
    if month is None or not 1 <= month <= 12 or not 1 <= int(day_text) <= 31:
        return None
    return (int(year_text) if year_text else None), month, int(day_text)


def find_datelines(text: str, start: int = 0, end: int | None = None) -> list[DatelineHit]:
    """Every dateline in ``text[start:end]``, in text order.

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
            if year is not None:
                try:
                    date(year, month, day)
                except ValueError:
                    continue
            hits.append(DatelineHit(match.start(), match.end(), entry.label, entry.weight, year, month, day))
    hits.sort(key=lambda h: (h.start, -h.weight))
    return hits


def _posts(text: str) -> list[tuple[int, int]]:
    posts: list[tuple[int, int]] = []
    start = 0
    offset = 0
    for line in text.split("\n"):
        if SEPARATOR_LINE.match(line):
            if text[start:offset].strip():
                posts.append((start, offset))
            start = offset + len(line) + 1
        offset += len(line) + 1
    if text[start:].strip():
        posts.append((start, len(text)))
    return posts or [(0, len(text))]


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    offset = start
    for line in text[start:end].split("\n"):
        if line.strip() and not is_boilerplate_line(line):
            lead = len(line) - len(line.lstrip())
            out.append((offset + lead, offset + len(line.rstrip())))
        offset += len(line) + 1
    return out


def _title_like(line: str) -> bool:
    words = line.split()
    return (
        3 <= len(words) <= 25
        and not line.rstrip().endswith((".", ",", ";", ":"))
        and not line[:1].islower()
        and not INNER_SENTENCE_END.search(line)
    )


# A sentence ending inside a line, which a title does not have: "... 2018. | Photo".
INNER_SENTENCE_END = re.compile(r"[a-z0-9][.!?] +\S|\|")


# A byline: a person's name alone on a line: "Pepe Escobar", "Dmitry Bokarev".
BYLINE = re.compile(r"^(?:By\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}$")


def _choose_title(text: str, lines: list[tuple[int, int]], dateline_start: int | None) -> tuple[int, int] | None:
    """The title: with a dateline, the last title-like line above it (or the shorter line
    just above that one, when the last is a standfirst); without, the first title-like line."""
    candidates = []
    for line_start, line_end in lines:
        if dateline_start is not None and line_start >= dateline_start:
            break
        line = text[line_start:line_end]
        if _title_like(line) and not BYLINE.match(line):
            candidates.append((line_start, line_end))
    if not candidates:
        return None
    if dateline_start is None:
        return candidates[0]
    last = candidates[-1]
    if len(candidates) > 1:
        previous = candidates[-2]
        between = text[previous[1] : last[0]]
        standfirst = len(text[last[0] : last[1]].split()) >= 12
        if standfirst and not between.strip() and (previous[1] - previous[0]) < (last[1] - last[0]):
            return previous
    return last


@dataclass
class _Draft:
    start: int
    end: int
    title: tuple[int, int] | None
    hit: DatelineHit | None
    is_comment: bool


def _draft(text: str, start: int, end: int) -> _Draft:
    lines = _lines(text, start, end)
    top = lines[:DATELINE_REACH]
    reach_end = top[-1][1] if top else end
    hits = find_datelines(text, start, reach_end)
    best = max(hits, key=lambda h: (h.year is not None, h.weight, -h.start), default=None)
    first_hit_start = min((h.start for h in hits), default=None)
    title = _choose_title(text, top if len(lines) > 1 else [], first_hit_start)
    body = text[start:end]
    comment = best is None and (title is None or len(body) < 300) and (
        bool(FIRST_PERSON.search(_outside_quotes(body))) or len(body.split()) < 80
    )
    if comment:
        title = None
    return _Draft(start, end, title, best, comment)


def _outside_quotes(text: str) -> str:
    return re.sub(r"[\"“][^\"”]*[\"”]", " ", text)


def _infer_years(drafts: list[_Draft], year_hint: int | None) -> list[date | None]:
    """Each post's date; a dateline without a year takes the nearest dated post's year."""
    known = [
        (i, date(d.hit.year, d.hit.month, d.hit.day)) for i, d in enumerate(drafts)
        if d.hit is not None and d.hit.year is not None
    ]
    dates: list[date | None] = []
    for index, draft in enumerate(drafts):
        hit = draft.hit
        if hit is None:
            dates.append(None)
            continue
        if hit.year is not None:
            dates.append(date(hit.year, hit.month, hit.day))
            continue
        neighbours = sorted(known, key=lambda k: abs(k[0] - index))
        year = neighbours[0][1].year if neighbours else year_hint
        if year is None:
            dates.append(None)
            continue
        guess = _safe_date(year, hit.month, hit.day)
        if neighbours and guess is not None:
            n_index, n_date = neighbours[0]
            # the page runs in time order: an earlier post is not after a later one
            if n_index > index and guess > n_date:
                guess = _safe_date(year - 1, hit.month, hit.day)
            elif n_index < index and guess < n_date:
                guess = _safe_date(year + 1, hit.month, hit.day)
        dates.append(guess)
    return dates


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def split_articles(text: str, *, published: date | None = None, year_hint: int | None = None) -> list[Article]:
    """The articles of a page, in order. ``published`` (the caller's date) overrides every
    date the page gives; ``year_hint`` supplies a year no article states."""
    drafts = [_draft(text, s, e) for s, e in _posts(text)]
    dates = _infer_years(drafts, year_hint)
    articles: list[Article] = []
    reference: date | None = None
    for draft, found in zip(drafts, dates):
        when = published or found
        inferred = False
        if when is not None:
            reference = when
        elif reference is not None:
            inferred = True
        title = text[draft.title[0] : draft.title[1]] if draft.title else None
        articles.append(Article(
            title=title, published=when, start=draft.start, end=draft.end,
            is_comment=draft.is_comment, reference_date=when or reference,
            reference_inferred=inferred,
            title_start=draft.title[0] if draft.title else None,
            title_end=draft.title[1] if draft.title else None,
            dateline=text[draft.hit.start : draft.hit.end] if draft.hit and published is None else None,
        ))
    return articles
