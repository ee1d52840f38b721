"""Page cleaning: which lines of a scraped page are furniture, not article.

Lines are only marked, never removed, so offsets stay those of the text as read. The
rules are the ``boilerplate`` lexicon.

>>> text = "Trade rose 5%.\\nSubscribe\\n0\\nComments\\n"
>>> [text[s:e] for s, e in boilerplate_spans(text)]
['Subscribe', '0', 'Comments']
"""

from __future__ import annotations

import re
from functools import lru_cache

from sinorus_facts.lexicons import PatternEntry, load_lexicon

__all__ = ["boilerplate_spans", "is_boilerplate_line"]

# One line of text, without its newline: matches "Subscribe" in "a\nSubscribe\nb".
LINE = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def _rules() -> tuple[frozenset[str], tuple[re.Pattern[str], ...], tuple[str, ...], tuple[str, ...]]:
    whole: set[str] = set()
    regexes: list[re.Pattern[str]] = []
    prefixes: list[str] = []
    contains: list[str] = []
    for entry in load_lexicon("boilerplate").entries:
        assert isinstance(entry, PatternEntry)
        words = [" ".join(w.lower().split()) for w in entry.words]
        if entry.label == "line":
            whole.update(words)
            if entry.regex:
                regexes.append(re.compile(entry.regex, re.IGNORECASE))
        elif entry.label == "prefix":
            prefixes.extend(words)
        elif entry.label == "contains":
            contains.extend(words)
    return frozenset(whole), tuple(regexes), tuple(prefixes), tuple(contains)


def is_boilerplate_line(line: str) -> bool:
    """True for a line of page furniture: "Subscribe", "0", "1034202091.jpg", a bare URL.

    >>> is_boilerplate_line("Start a Free Trial"), is_boilerplate_line("Trade rose 5%.")
    (True, False)
    """
    whole, regexes, prefixes, contains = _rules()
    key = " ".join(line.lower().split())
    if not key:
        return False
    if key in whole or any(r.fullmatch(key) for r in regexes):
        return True
    if key.startswith(prefixes):
        return True
    return any(phrase in key for phrase in contains)


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every furniture line of ``text``."""
    return [(m.start(), m.end()) for m in LINE.finditer(text) if is_boilerplate_line(m.group(0))]
