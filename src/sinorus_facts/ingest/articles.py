"""Splitting a page into its articles, and finding each one's title and date.

A scraped page may hold one article, or a forum thread of many from different days with
reader comments between them. Posts are cut at separator lines (a line of blanks only,
such as a lone no-break space, or "***"), and before a headline followed by a dateline
further down a post. Each post's date comes from the datelines and bylines near its top
(:mod:`sinorus_facts.ingest.datelines`); a dateline without a year takes it from the
neighbouring articles. A post after the first with no dateline that reads like a reader's
comment (no headline, no reporting, first person, short) is marked ``is_comment``; a post of page
furniture only ("Back", "Top Bottom") is no article at all.

A dateline without a year takes it from the article's text (the year its reported events
make plain, :func:`~sinorus_facts.ingest.reference.dateline_year`), else from the
neighbouring articles; a page's clock or an archive's "Last Updated" stamp dates an article
only when nothing better does and its text does not date its events years earlier.

Each article's ``reference_date`` (what "last year" or "on Sunday" is resolved against)
is its own date, else that of the nearest dated article before it on the page (else after
it), else the date the page's address carries (``hint``), else the date its own text makes
plain (:func:`~sinorus_facts.ingest.reference.reference_from_text`), flagged
``reference_inferred``; ``reference_source`` says which. An article with no date of its
own has ``published: None``: a page's date (an HTML page's metadata) fills it, a caller's
date overrides every date.

>>> page = "Trade hits record\\n\\nBEIJING, May 31 (Xinhua) -- Trade rose.\\n\\u00a0\\nI think so too.\\n"
>>> [(a.title, a.published, a.is_comment) for a in split_articles(page, year_hint=2018)]
[('Trade hits record', datetime.date(2018, 5, 31), False), (None, None, True)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sinorus_facts.ingest.cleaning import is_boilerplate_line
from sinorus_facts.ingest.datelines import DatelineHit, find_datelines, parse_date_line
from sinorus_facts.ingest.reference import dateline_year, reference_from_text, stamp_is_stale
from sinorus_facts.models import Article, ReferenceSource

__all__ = ["split_articles"]

# A line that separates posts: only blanks, at least one of them not a plain newline
# (a lone no-break space), or a row of stars or dashes: "\u00a0", "***", "* * *", "-----".
SEPARATOR_LINE = re.compile(r"^(?:[ \t\u00a0\u3000]+|\*{3,}|(?:\* ){2,}\*|[-—_=]{4,})$")

# First-person words of a reader's comment outside quotes: "I guess", "I'm", "my", "lol".
FIRST_PERSON = re.compile(r"(?:^|[\s(])(?:I|i|I'm|I’m|I've|I’ve|I'd|my|me|lol|IMHO|imho|IMO)(?=[\s,.!?])")

# Reporting, which news does and comments seldom do: "said", "told RT", "according to".
REPORTING = re.compile(
    r"\b(?:said|says|told|according to|reported|announced|stated|added|noted|quoted|"
    r"explained|declared|confirmed|urged)\b"
)

# Text inside quotation marks (a quoted "I" is the speaker's, not the writer's).
QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")

# A sentence ending inside a line, which a headline does not have: "... 2018. | Photo".
INNER_SENTENCE_END = re.compile(r"[a-z0-9][.!?] +\S|\|")

# A byline: a person's name alone on a line: "Pepe Escobar", "By Dmitry Bokarev".
BYLINE = re.compile(r"^(?:By\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}$")

# How many lines from the top of a post a dateline may stand.
DATELINE_REACH = 12
# A dateline further down starts a new article when a headline stands this close above it.
HEADLINE_REACH = 3
# Fewer words than this, and a post without a headline reads like a comment.
SHORT_POST_WORDS = 80


@dataclass
class _Draft:
    start: int
    end: int
    title: tuple[int, int] | None
    hit: DatelineHit | None
    found: date | None  # a full date read by dateparser where no dateline form matched
    found_line: tuple[int, int] | None
    is_comment: bool
    stale_stamp: tuple[int, int] | None = None  # a page clock or archive stamp not taken

    def text_without_dateline(self, text: str) -> str:
        """The post's text with its dateline (or stamp) blanked: its date is no evidence
        of the text's."""
        body = text[self.start : self.end]
        for span in (self.dateline_span(), self.stale_stamp):
            if span is not None:
                start, end = span[0] - self.start, span[1] - self.start
                body = body[:start] + " " * (end - start) + body[end:]
        return body

    def dateline_span(self) -> tuple[int, int] | None:
        """Where the article's date was read."""
        if self.hit is not None:
            return self.hit.start, self.hit.end
        return self.found_line


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text[start:end]``, blank or not."""
    out = []
    offset = start
    for line in text[start:end].split("\n"):
        out.append((offset, offset + len(line)))
        offset += len(line) + 1
    return out


def _content_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Lines that are neither blank nor furniture, trimmed of blanks."""
    out = []
    for line_start, line_end in _line_spans(text, start, end):
        line = text[line_start:line_end]
        if line.strip() and not is_boilerplate_line(line):
            lead = len(line) - len(line.lstrip())
            out.append((line_start + lead, line_start + len(line.rstrip())))
    return out


def _title_like(line: str) -> bool:
    words = line.split()
    return (
        3 <= len(words) <= 25
        and not line.rstrip().endswith((".", ",", ";", ":"))
        and not line[:1].islower()
        and not INNER_SENTENCE_END.search(line)
    )


def _separated_posts(text: str) -> list[tuple[int, int]]:
    posts: list[tuple[int, int]] = []
    start = 0
    for line_start, line_end in _line_spans(text, 0, len(text)):
        if SEPARATOR_LINE.match(text[line_start:line_end]):
            if text[start:line_start].strip():
                posts.append((start, line_start))
            start = line_end + 1
    if start < len(text) and text[start:].strip():
        posts.append((start, len(text)))
    return posts or [(0, len(text))]


def _is_date_line(text: str, start: int, end: int) -> bool:
    """A short line that opens with a dateline: "May 31, 2018", "BEIJING, May 31 (Xinhua) --"
    (a page's clock or an archive's stamp starts no article)."""
    if end - start > 80 or not any(c.isdigit() for c in text[start:end]):
        return False
    return any(h.start == start and not h.stamp for h in find_datelines(text, start, end))


def _headline_cuts(text: str, start: int, end: int) -> list[int]:
    """Where a new article starts inside a post: at a headline standing just above a
    dateline line, with body text between it and the dateline before (if any)."""
    lines = _content_lines(text, start, end)
    cuts: list[int] = []
    top, last_date = 0, -1
    for index, (line_start, line_end) in enumerate(lines):
        if not _is_date_line(text, line_start, line_end):
            continue
        if last_date < top and index - top < DATELINE_REACH:
            last_date = index  # the article's own dateline
            continue
        first = max(last_date + 2, index - HEADLINE_REACH, top + 1)
        headlines = [i for i in range(first, index) if _title_like(text[lines[i][0] : lines[i][1]])
                     and not BYLINE.match(text[lines[i][0] : lines[i][1]])]
        above = text[lines[index - 1][0] : lines[index - 1][1]]
        if headlines and above[-1:] not in ".!?\"”":
            cuts.append(lines[headlines[0]][0])
            top = headlines[0]
        last_date = index
    return cuts


def _posts(text: str) -> list[tuple[int, int]]:
    posts = []
    for start, end in _separated_posts(text):
        for cut in _headline_cuts(text, start, end):
            posts.append((start, cut))
            start = cut
        posts.append((start, end))
    return posts


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


def _reads_like_comment(body: str, has_title: bool) -> bool:
    """A post without a dateline: a reader's comment when what speaks for a comment (first
    person, no reporting, shortness) outweighs what speaks for news (a headline,
    reporting, length)."""
    outside = QUOTED.sub(" ", body)
    words = len(body.split())
    reports = bool(REPORTING.search(outside))
    news = int(has_title) + int(reports) + int(words >= 2 * SHORT_POST_WORDS)
    comment = int(bool(FIRST_PERSON.search(outside))) + int(not reports) + int(words < SHORT_POST_WORDS)
    return comment > news


def _draft(text: str, start: int, end: int, *, first: bool) -> _Draft | None:
    lines = _content_lines(text, start, end)
    if not lines:
        return None
    top = lines[:DATELINE_REACH]
    hits = find_datelines(text, start, top[-1][1])
    # a publication line before a page's clock or an archive's stamp, whatever they hold
    best = max(hits, key=lambda h: (not h.stamp, h.year is not None, h.weight, -h.start), default=None)
    first_hit_start = min((h.start for h in hits), default=None)
    found = found_line = stale = None
    if best is not None and best.stamp and best.year is not None:
        blank = text[start : best.start] + " " * (best.end - best.start) + text[best.end : end]
        if stamp_is_stale(blank, date(best.year, best.month, best.day)):
            # the story is years older than its page: dated from its text
            stale, best, first_hit_start = (best.start, best.end), None, None
    elif best is None:
        for line_start, line_end in top:
            found = parse_date_line(text[line_start:line_end])
            if found is not None:
                first_hit_start, found_line = line_start, (line_start, line_end)
                break
    title = _choose_title(text, top if len(lines) > 1 else [], first_hit_start)
    dated = best is not None or found is not None
    # a comment answers something: the first post of a page is never one
    comment = not first and not dated and _reads_like_comment(text[start:end], title is not None)
    return _Draft(start, end, None if comment else title, best, found, found_line, comment, stale)


def _own_dates(text: str, drafts: list[_Draft], year_hint: int | None) -> list[date | None]:
    """Each post's date. A dateline without a year takes the year its text makes plain, or
    the nearest dated post's (the later of the two), else ``year_hint``."""
    known = [(i, d.found or date(d.hit.year, d.hit.month, d.hit.day)) for i, d in enumerate(drafts)  # type: ignore[union-attr,arg-type]
             if d.found is not None or (d.hit is not None and d.hit.year is not None)]
    dates: list[date | None] = []
    for index, draft in enumerate(drafts):
        hit = draft.hit
        if draft.found is not None or hit is None:
            dates.append(draft.found)
            continue
        if hit.year is not None:
            dates.append(date(hit.year, hit.month, hit.day))
            continue
        neighbours = sorted(known, key=lambda k: abs(k[0] - index))
        year = neighbours[0][1].year if neighbours else year_hint
        guess = _safe_date(year, hit.month, hit.day) if year is not None else None
        if neighbours and guess is not None:
            n_index, n_date = neighbours[0]
            # the page runs in time order: an earlier post is not after a later one
            if n_index > index and guess > n_date:
                guess = _safe_date(year - 1, hit.month, hit.day)  # type: ignore[operator]
            elif n_index < index and guess < n_date:
                guess = _safe_date(year + 1, hit.month, hit.day)  # type: ignore[operator]
        # a post is not older than the events its text reports
        text_year = dateline_year(draft.text_without_dateline(text), hit.month, hit.day)
        if text_year is not None and (guess is None or text_year > guess.year):
            guess = _safe_date(text_year, hit.month, hit.day) or guess
        dates.append(guess)
    return dates


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _references(dates: list[date | None]) -> list[tuple[date | None, bool]]:
    """(reference date, inferred) of each article: its own date, else the nearest dated
    article's before it, else after it."""
    out: list[tuple[date | None, bool]] = []
    for index, own in enumerate(dates):
        if own is not None:
            out.append((own, False))
            continue
        before = next((d for d in reversed(dates[:index]) if d is not None), None)
        after = next((d for d in dates[index + 1 :] if d is not None), None)
        reference = before or after
        out.append((reference, reference is not None))
    return out


def _source(own: date | None, when: date | None, published: date | None) -> ReferenceSource | None:
    """How an article's own date was reached: the caller's or the page's date, or its dateline."""
    if published is not None:
        return "published"
    if own is not None:
        return "dateline"
    return "published" if when is not None else None


def split_articles(text: str, *, published: date | None = None, year_hint: int | None = None,
                   default: date | None = None, hint: date | None = None) -> list[Article]:
    """The articles of a page, in order.

    ``published`` (the caller's date) overrides every date the page gives; ``default`` (a
    date the page carries outside its text) dates the articles that give none;
    ``year_hint`` supplies a year no article states (the default's, if not given); ``hint``
    (the date in the page's address) is the reference of articles nothing else dates, and
    its year a year no article states.

    >>> [a.published.isoformat() for a in split_articles("Oil deal\\n\\nMay 31, 2018\\n\\nGas too.")]
    ['2018-05-31']
    """
    anchor = default or hint
    if year_hint is None and anchor is not None:
        year_hint = anchor.year
    drafts: list[_Draft] = []
    for start, end in _posts(text):
        draft = _draft(text, start, end, first=not drafts)
        if draft is not None:
            drafts.append(draft)
    if not drafts:
        given = published or default
        return [Article(title=None, published=given, start=0, end=len(text), reference_date=given or hint,
                        reference_inferred=given is None and hint is not None,
                        reference_source="published" if given else ("url" if hint else None))]
    own = _own_dates(text, drafts, year_hint)
    dates = [published or found or (default if not d.is_comment else None) for d, found in zip(drafts, own, strict=True)]
    articles = []
    for draft, found, when, (reference, inferred) in zip(drafts, own, dates, _references(dates), strict=True):
        title = text[draft.title[0] : draft.title[1]] if draft.title else None
        span = draft.dateline_span()
        dateline = text[span[0] : span[1]].rstrip() if span else None
        source = _source(found, when, published) if when is not None else ("neighbour" if inferred else None)
        if reference is None and hint is not None:
            reference, inferred, source = hint, True, "url"
        if reference is None:
            reference = reference_from_text(draft.text_without_dateline(text))
            if reference is not None:
                inferred, source = True, "text"
        articles.append(Article(
            title=title, published=when, start=draft.start, end=draft.end,
            is_comment=draft.is_comment, reference_date=reference, reference_inferred=inferred,
            reference_source=source,
            title_start=draft.title[0] if draft.title else None,
            title_end=draft.title[1] if draft.title else None,
            dateline=dateline,
        ))
    return articles
