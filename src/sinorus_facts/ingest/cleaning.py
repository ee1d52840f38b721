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

__all__ = ["boilerplate_spans", "is_boilerplate_line"]

# One line of text, without its newline: matches "Subscribe" in "a\nSubscribe\nb".
LINE = re.compile(r"[^\n]+")


# Lines longer than this are article text, whatever phrase they hold.
MAX_FURNITURE_LINE = 400


@dataclass(frozen=True)
class _Rules:
    whole: frozenset[str]
    line: re.Pattern[str] | None  # every 'line' regex as one alternation, matched in full
    prefixes: tuple[str, ...]
    contains: re.Pattern[str] | None  # every 'contains' phrase as one alternation


def _alternation(parts: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in parts), flags) if parts else None


@lexicon_cache(maxsize=1)
def _rules() -> _Rules:
    whole: set[str] = set()
    regexes: list[str] = []
    prefixes: list[str] = []
    contains: list[str] = []
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
    return _Rules(
        frozenset(whole),
        _alternation(regexes),
        tuple(prefixes),
        _alternation([re.escape(c) for c in contains], flags=0),
    )  # lines are lowered


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
    if key in rules.whole or (rules.line is not None and rules.line.fullmatch(key)):
        return True
    if key.startswith(rules.prefixes):
        return True
    return rules.contains is not None and rules.contains.search(key) is not None


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every furniture line of ``text``."""
    return [(m.start(), m.end()) for m in LINE.finditer(text) if is_boilerplate_line(m.group(0))]
