"""Splitting a page into its articles, and finding each one's title and date.

A scraped page may hold one article, or a forum thread of many from different days with
reader comments between them. Posts are cut at separator lines (a line of blanks only,
such as a lone no-break space, or "***"), and before a headline followed by a dateline
further down a post. Each post's date comes from the datelines and bylines near its top
(:mod:`sinorus_facts.ingest.datelines`); a dateline without a year takes it from the
neighbouring articles. A post after the first with no dateline that reads like a reader's
comment (no headline, no reporting, first person, short) is marked ``is_comment``; a post of page
furniture only ("Back", "Top Bottom") is no article at all.

This module reads what a page prints: its posts, their titles, the datelines as written
(a dateline without a year stays without one). What the page does not print (a dateline's
missing year, the date of an undated article, whether an archive's stamp is when the story
was written) is inferred from the articles' text by the periods stage
(:mod:`sinorus_facts.periods.articles`).

>>> page = "Trade hits record\\n\\nBEIJING, May 31 (Xinhua) -- Trade rose.\\n\\u00a0\\nI think so too.\\n"
>>> [(text_of_title(page, p), p.hit.month, p.hit.day, p.hit.year) for p in find_posts(page)[:1]]
[('Trade hits record', 5, 31, None)]
>>> [p.is_comment for p in find_posts(page)]
[False, True]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sinorus_facts.ingest.cleaning import is_boilerplate_line, is_comments_header
from sinorus_facts.ingest.datelines import DatelineHit, find_datelines, parse_date_line

__all__ = ["Post", "find_posts", "text_of_title"]

# A line that separates posts: only blanks, at least one of them not a plain newline
# (a lone no-break space), or a row of stars or dashes: "\u00a0", "***", "* * *", "-----".
SEPARATOR_LINE = re.compile(r"^(?:[ \t\u00a0\u3000]+|\*{3,}|(?:\* ){2,}\*|[-—_=]{4,})$")

# First-person words of a reader's comment outside quotes: "I guess", "I'm", "my", "lol".
FIRST_PERSON = re.compile(
    r"(?:^|[\s(])(?:I|i|I'm|I’m|I've|I’ve|I'd|my|me|lol|IMHO|imho|IMO)(?=[\s,.!?])"
)

# Reporting, which news does and comments seldom do: "said", "told RT", "according to".
REPORTING = re.compile(
    r"\b(?:said|says|told|according to|reported|announced|stated|added|noted|quoted|"
    r"explained|declared|confirmed|urged)\b"
)

# Text inside quotation marks (a quoted "I" is the speaker's, not the writer's).
QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")

# A sentence ending inside a line, which a headline does not have: "... 2018. | Photo".
INNER_SENTENCE_END = re.compile(r"[a-z0-9][.!?] +\S|\|")

# The end of a line that closes a sentence, its quotation too: "... rose 5%.", '... he said:
# "We agree."' (a headline that ends on a quoted title, 'Interview: "Yuan is the norm"', does not).
SENTENCE_END = re.compile(r"[.!?][\"”’»']*$")

# A byline: a person's name alone on a line: "Pepe Escobar", "By Dmitry Bokarev".
BYLINE = re.compile(r"^(?:By\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}$")

# How many lines from the top of a post a dateline may stand.
DATELINE_REACH = 12
# A dateline further down starts a new article when a headline stands this close above it.
HEADLINE_REACH = 3
# Fewer words than this, and a post without a headline reads like a comment.
SHORT_POST_WORDS = 80


@dataclass(frozen=True)
class Post:
    """One post of a page as printed: its span, its title, the dateline read near its top
    (``hit``, its year None where the page gives none) or a date line read by dateparser
    (``found``), and whether it reads like a reader's comment.

    When the dateline is a page's clock or an archive's stamp that carries a year, the
    periods stage may find it stale (the story is years older than its page): the post is
    then read as if it had no dateline, with ``undated_title`` and ``undated_comment``.
    """

    start: int
    end: int
    title: tuple[int, int] | None
    hit: DatelineHit | None
    found: date | None  # a full date read by dateparser where no dateline form matched
    found_line: tuple[int, int] | None
    is_comment: bool
    undated_title: tuple[int, int] | None = None
    undated_comment: bool = False

    @property
    def stamp_with_year(self) -> bool:
        """Whether the post is dated by a page's clock or an archive's stamp with a year."""
        return self.hit is not None and self.hit.stamp and self.hit.year is not None

    def without_stamp(self) -> Post:
        """The post read as if its stamp were not there (see the class's doc)."""
        return Post(
            self.start, self.end, self.undated_title, None, None, None, self.undated_comment
        )

    def text_without_dateline(self, text: str, *, blank: tuple[int, int] | None = None) -> str:
        """The post's text with its dateline (and ``blank``, a stamp not taken) blanked:
        its date is no evidence of the text's."""
        body = text[self.start : self.end]
        for span in (self.dateline_span(), blank):
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
        headlines = [
            i
            for i in range(first, index)
            if _title_like(text[lines[i][0] : lines[i][1]])
            and not BYLINE.match(text[lines[i][0] : lines[i][1]])
        ]
        above = text[lines[index - 1][0] : lines[index - 1][1]]
        if headlines and not SENTENCE_END.search(above):
            cuts.append(lines[headlines[0]][0])
            top = headlines[0]
        last_date = index
    return cuts


def _comments_cuts(text: str, start: int, end: int) -> list[int]:
    """Where the readers' comments under an article start inside a post: at a line that
    opens them with their count ("Comments (3)"), below some text of the post."""
    cuts = []
    for line_start, line_end in _line_spans(text, start, end):
        if is_comments_header(text[line_start:line_end]) and text[start:line_start].strip():
            cuts.append(line_start)
    return cuts


def _posts(text: str) -> list[tuple[int, int]]:
    posts = []
    for start, end in _separated_posts(text):
        cuts = sorted(set(_headline_cuts(text, start, end) + _comments_cuts(text, start, end)))
        for cut in cuts:
            posts.append((start, cut))
            start = cut
        posts.append((start, end))
    return posts


def _opens_comments(text: str, start: int, end: int) -> bool:
    """Whether a post's first line that is not blank opens the readers' comments ("Comments (3)")."""
    for line_start, line_end in _line_spans(text, start, end):
        if text[line_start:line_end].strip():
            return is_comments_header(text[line_start:line_end])
    return False


def _choose_title(
    text: str, lines: list[tuple[int, int]], dateline_start: int | None
) -> tuple[int, int] | None:
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
    comment = (
        int(bool(FIRST_PERSON.search(outside))) + int(not reports) + int(words < SHORT_POST_WORDS)
    )
    return comment > news


def _draft(text: str, start: int, end: int, *, first: bool) -> Post | None:
    lines = _content_lines(text, start, end)
    if not lines:
        return None
    top = lines[:DATELINE_REACH]
    title_lines = top if len(lines) > 1 else []
    hits = find_datelines(text, start, top[-1][1])
    # a publication line before a page's clock or an archive's stamp, whatever they hold
    best = max(
        hits, key=lambda h: (not h.stamp, h.year is not None, h.weight, -h.start), default=None
    )
    first_hit_start = min((h.start for h in hits), default=None)
    found = found_line = None
    if best is None:
        for line_start, line_end in top:
            found = parse_date_line(text[line_start:line_end])
            if found is not None:
                first_hit_start, found_line = line_start, (line_start, line_end)
                break
    title = _choose_title(text, title_lines, first_hit_start)
    dated = best is not None or found is not None
    # a comment answers something: the first post of a page is never one
    comment = not first and not dated and _reads_like_comment(text[start:end], title is not None)
    post = Post(start, end, None if comment else title, best, found, found_line, comment)
    if post.stamp_with_year:
        undated = _choose_title(text, title_lines, None)
        undated_comment = not first and _reads_like_comment(text[start:end], undated is not None)
        post = Post(
            start,
            end,
            title,
            best,
            None,
            None,
            False,
            None if undated_comment else undated,
            undated_comment,
        )
    return post


def find_posts(text: str) -> list[Post]:
    """The posts of a page, in order, as printed (see the module's doc)."""
    posts: list[Post] = []
    comments = False  # below a line that opens the readers' comments, up to a dated post
    for start, end in _posts(text):
        post = _draft(text, start, end, first=not posts)
        comments = (comments or _opens_comments(text, start, end)) and not (
            post is not None and post.hit is not None and not post.hit.stamp
        )
        if post is not None and comments and posts:
            post = Post(post.start, post.end, None, None, None, None, True)
        if post is not None:
            posts.append(post)
    return posts


def text_of_title(text: str, post: Post) -> str | None:
    """The words of a post's title."""
    return text[post.title[0] : post.title[1]] if post.title else None
