"""Page cleaning: which lines of a scraped page are furniture, not article.

Lines are only marked, never removed, so offsets stay those of the text as read. The
rules are the ``boilerplate`` lexicon.

>>> text = "Trade rose 5%.\\nSubscribe\\n0\\nComments\\n"
>>> [text[s:e] for s, e in boilerplate_spans(text)]
['Subscribe', '0', 'Comments']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sinorus_facts.lexicons import PatternEntry, lexicon_cache, load_lexicon

__all__ = ["boilerplate_spans", "is_boilerplate_line", "is_comments_header"]

# One line of text, without its newline: matches "Subscribe" in "a\nSubscribe\nb".
LINE = re.compile(r"[^\n]+")


# Lines longer than this are article text, whatever phrase they hold.
MAX_FURNITURE_LINE = 400


# A list of links under a header ("Related:") holds at most this many headlines, each at most
# this many words.
MAX_LISTED_LINKS = 12
MAX_LINK_WORDS = 20

# The end of a line of text, not of a headline: a full stop, its quotation mark after it.
TEXT_LINE_END = re.compile(r"[.!?:;][\"”’»']*$")


@dataclass(frozen=True)
class _Rules:
    whole: frozenset[str]
    line: re.Pattern[str] | None  # every 'line' regex as one alternation, matched in full
    prefixes: tuple[str, ...]
    contains: re.Pattern[str] | None  # every 'contains' phrase as one alternation
    list_headers: frozenset[str]  # lines that head a list of links to other articles
    comments_header: re.Pattern[str] | None  # a line that opens the readers' comments


def _alternation(parts: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in parts), flags) if parts else None


@lexicon_cache(maxsize=1)
def _rules() -> _Rules:
    whole: set[str] = set()
    regexes: list[str] = []
    prefixes: list[str] = []
    contains: list[str] = []
    headers: set[str] = set()
    comments: list[str] = []
    for entry in load_lexicon("boilerplate").entries:
        assert isinstance(entry, PatternEntry)
        words = [" ".join(w.lower().split()) for w in entry.words]
        if entry.label == "line":
            whole.update(words)
            if entry.regex:
                regexes.append(entry.regex)
        elif entry.label == "prefix":
            prefixes.extend(words)
        elif entry.label == "contains":
            contains.extend(words)
        elif entry.label == "list_header":
            headers.update(words)
        elif entry.label == "comments_header" and entry.regex:
            comments.append(entry.regex)
    return _Rules(
        frozenset(whole),
        _alternation(regexes),
        tuple(prefixes),
        _alternation([re.escape(c) for c in contains], flags=0),  # lines are lowered
        frozenset(headers),
        _alternation(comments),
    )


@lexicon_cache(maxsize=65536)
def is_boilerplate_line(line: str) -> bool:
    """True for a line of page furniture: "Subscribe", "0", "1034202091.jpg", a bare URL.
    (Cached by line: :func:`~sinorus_facts.lexicons.reload_lexicons`.)

    >>> is_boilerplate_line("Start a Free Trial"), is_boilerplate_line("Trade rose 5%.")
    (True, False)
    """
    rules = _rules()
    key = " ".join(line.lower().split())
    if not key or len(key) > MAX_FURNITURE_LINE:
        return False
    if key in rules.whole or key in rules.list_headers:
        return True
    if rules.line is not None and rules.line.fullmatch(key):
        return True
    if rules.comments_header is not None and rules.comments_header.fullmatch(key):
        return True
    if key.startswith(rules.prefixes):
        return True
    return rules.contains is not None and rules.contains.search(key) is not None


def is_comments_header(line: str) -> bool:
    """True for a line that opens the readers' comments under an article, with their count.

    >>> is_comments_header("Comments (3)"), is_comments_header("Comments (0)")
    (True, False)
    """
    pattern = _rules().comments_header
    key = " ".join(line.lower().split())
    return pattern is not None and pattern.fullmatch(key) is not None


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every furniture line of ``text``: the lines of
    :func:`is_boilerplate_line`, and the headlines of a list of links under a header
    ("Related:"), up to the first line that reads as text.

    >>> text = "Trade rose.\\nRelated:\\nPort adds 2 berths\\nExpo to host 1,500 firms\\nMore text."
    >>> [text[s:e] for s, e in boilerplate_spans(text)]
    ['Related:', 'Port adds 2 berths', 'Expo to host 1,500 firms']
    """
    headers = _rules().list_headers
    spans: list[tuple[int, int]] = []
    listed = 0  # headlines still to be taken as links after a list's header
    for match in LINE.finditer(text):
        line = match.group(0)
        if is_boilerplate_line(line):
            spans.append(match.span())
            if " ".join(line.lower().split()) in headers:
                listed = MAX_LISTED_LINKS
            continue
        if listed and _link_like(line):
            spans.append(match.span())
            listed -= 1
        elif line.strip():
            listed = 0
    return spans


def _link_like(line: str) -> bool:
    """Whether a line reads as the headline of a link, not as text: a few words, no full stop
    at its end."""
    words = line.split()
    return 0 < len(words) <= MAX_LINK_WORDS and not TEXT_LINE_END.search(line.rstrip())
