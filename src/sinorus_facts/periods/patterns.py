"""The time expression patterns of the ``periods`` lexicon, compiled, and the calendar
words they resolve with (cached: :func:`~sinorus_facts.lexicons.reload_lexicons`).

Placeholders in the lexicon's regexes are filled from the ``calendar`` and
``number_words`` lexicons; names of months and weekdays keep their capital ("May" the
month, not "may" the verb), everything else is matched in any case.

>>> [label for label, _, _ in compiled_patterns()][:3]
['skip', 'skip', 'basis']
>>> calendar_number("month", "Sept.")
9
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sinorus_facts.common.alternation import words_alternation
from sinorus_facts.lexicons import (
    CalendarEntry,
    NumberWordEntry,
    PatternEntry,
    lexicon_cache,
    load_lexicon,
)

__all__ = [
    "academic_year_start",
    "calendar_number",
    "compiled_patterns",
    "count_value",
    "marketing_year_start",
    "names_marketing_goods",
]

# A year of the last two centuries or this one: "1905", "2018".
YEAR = r"(?:1[89]\d\d|20\d\d)"

# The first N months or quarters of a year, for any N in digits or words: "first 3 months",
# "the first three quarters" ({COUNT} is filled in; resolve.py reads N).
FIRST_PARTS = r"first\s+{COUNT}\s+(?:months|quarters)"


@lexicon_cache(maxsize=1)
def _calendar() -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {}
    for entry in load_lexicon("calendar").entries:
        assert isinstance(entry, CalendarEntry)
        for word in entry.words:
            table.setdefault(entry.kind, {})[word.rstrip(".").lower()] = entry.number
    return table


def calendar_number(kind: str, word: str) -> int | None:
    """The number of a calendar word ("month", "Sept." -> 9; "half", "H2" -> 2).

    >>> calendar_number("weekday", "thu"), calendar_number("quarter", "third quarter")
    (3, 3)
    """
    table = _calendar().get(kind, {})
    key = " ".join(word.rstrip(".").lower().split())
    # a part joined by a hyphen before a noun is the part: "first-quarter" is "first quarter"
    return table.get(key, table.get(key.replace("-", " ")))


@lexicon_cache(maxsize=1)
def _counts() -> dict[str, int]:
    table = {}
    for entry in load_lexicon("number_words").entries:
        if (
            isinstance(entry, NumberWordEntry)
            and entry.role in ("unit", "ten")
            and 1 <= entry.value < 100
        ):
            for word in entry.words:
                table[word.lower()] = int(entry.value)
    for pattern in load_lexicon("periods").entries:
        if isinstance(pattern, PatternEntry) and pattern.label == "vague_count" and pattern.value:
            for word in pattern.words:
                table[word.lower()] = int(pattern.value)
    return table


def count_value(text: str | None) -> int:
    """How many units a count of a frame gives: "six" -> 6, "12" -> 12, "few" -> 3;
    no count ("the past year") is one.

    >>> count_value("six"), count_value("12"), count_value(None)
    (6, 12, 1)
    """
    if not text:
        return 1
    key = " ".join(text.lower().split())
    return int(key) if key.isdigit() else _counts().get(key, 1)


@lexicon_cache(maxsize=1)
def _period_words() -> dict[str, list[PatternEntry]]:
    table: dict[str, list[PatternEntry]] = {}
    for entry in load_lexicon("periods").entries:
        if isinstance(entry, PatternEntry) and entry.regex is None:
            table.setdefault(entry.label, []).append(entry)
    return table


def marketing_year_start() -> int:
    """The month a marketing year begins (the ``periods`` lexicon's
    ``marketing_year_start``; July when it gives none).

    >>> marketing_year_start()
    7
    """
    entries = _period_words().get("marketing_year_start", [])
    return int(entries[0].value) if entries and entries[0].value else 7


@lexicon_cache(maxsize=1)
def _marketing_goods() -> re.Pattern[str]:
    words = [w for e in _period_words().get("marketing_year_goods", []) for w in e.words]
    return re.compile(rf"\b{_alternation(words)}\b" if words else "(?!)", re.IGNORECASE)


def names_marketing_goods(text: str) -> bool:
    """Whether a text names a crop traded by marketing year (the ``periods`` lexicon's
    ``marketing_year_goods``).

    >>> names_marketing_goods("Soybean exports fell."), names_marketing_goods("Oil fell.")
    (True, False)
    """
    return _marketing_goods().search(text) is not None


def academic_year_start() -> int:
    """The month an academic year begins (the ``periods`` lexicon's
    ``academic_year_start``; September when it gives none).

    >>> academic_year_start()
    9
    """
    entries = _period_words().get("academic_year_start", [])
    return int(entries[0].value) if entries and entries[0].value else 9


# What joins the words of a part of a year: blanks, or a hyphen ("first-quarter").
PART_BLANK = r"(?:\s+|-)"


def _alternation(words: object, *, keep_case: bool = False, blank: str = r"\s+") -> str:
    body = words_alternation((str(w) for w in words), blank=blank)  # type: ignore[attr-defined]
    return f"(?-i:{body})" if keep_case else f"(?:{body})"


@lexicon_cache(maxsize=1)
def _placeholders() -> dict[str, str]:
    words: dict[str, list[str]] = {}
    for entry in load_lexicon("calendar").entries:
        assert isinstance(entry, CalendarEntry)
        words.setdefault(entry.kind, []).extend(w.rstrip(".") for w in entry.words)
    parts = words.get("half", []) + words.get("quarter", []) + words.get("months_to_date", [])
    count = r"(?:\d{1,2}|" + _alternation(_counts()) + ")"
    first_parts = FIRST_PARTS.replace("{COUNT}", count)
    marketing = [w for e in _period_words().get("marketing_year_word", []) for w in e.words]
    return {
        "{MONTH}": _alternation(words["month"], keep_case=True) + r"\.?",
        "{WEEKDAY}": _alternation(words["weekday"], keep_case=True) + r"\.?",
        "{SEASON}": _alternation(words["season"]),
        # a part of a year joined by a hyphen before a noun is the same part: "first-quarter
        # exports", "first-half profit"
        "{PART}": f"(?:{first_parts}|{_alternation(parts, blank=PART_BLANK)})",
        "{YEAR}": YEAR,
        "{COUNT}": count,
        # "MY" with its case, or a word of the lexicon's marketing_year_word entries
        "{MY}": f"(?:(?-i:MY)|{_alternation(marketing)})",
    }


# A gate that is words alone in lower case, each perhaps between word boundaries:
# "marketing|\bmy\b|crop", "far\b|date\b|\bnow\b".
LITERAL_GATE = re.compile(r"(?:\\b)?[a-z0-9 /-]+(?:\\b)?(?:\|(?:\\b)?[a-z0-9 /-]+(?:\\b)?)*")


@dataclass(frozen=True)
class Gate:
    r"""What a text must hold for a costlier pattern to be tried on it (an entry's
    ``needs``). A gate written in lower case is searched in the lower-cased text: a
    case-blind search of the text is several times slower. A gate of words alone is looked
    up as those words anywhere in the lower-cased text (``words``): a plain look-up of each
    is faster than a regex's alternation, and the word boundaries it drops only let more
    texts through to the pattern, never fewer.

    >>> gate = Gate.of(r"\bago\b|\bsince\b")
    >>> gate.words, gate.admits("Two years AGO.", "two years ago."), gate.admits("So.", "so.")
    (('ago', 'since'), True, False)
    >>> Gate.of(r"\bend\s+of\s+\d").admits("By the end of 2025.", "by the end of 2025.")
    True
    """

    pattern: re.Pattern[str]
    lowered: bool
    words: tuple[str, ...] = ()

    @classmethod
    def of(cls, source: str) -> Gate:
        lowered = source == source.lower()
        words: tuple[str, ...] = ()
        if LITERAL_GATE.fullmatch(source):
            words = tuple(word.replace("\\b", "") for word in source.split("|"))
        return cls(re.compile(source, 0 if lowered else re.IGNORECASE), lowered, words)

    def admits(self, text: str, lowered: str) -> bool:
        """Whether ``text`` (``lowered``: the same in lower case) may hold a match."""
        if self.words:
            return any(word in lowered for word in self.words)
        return self.pattern.search(lowered if self.lowered else text) is not None


@lexicon_cache(maxsize=1)
def compiled_patterns() -> tuple[tuple[str, re.Pattern[str], Gate | None], ...]:
    """(label, compiled regex, its gate) of every pattern of the ``periods`` lexicon, in its
    order; the gate (the entry's ``needs``) is what a text must hold for the regex to be
    tried on it."""
    out = []
    fill = _placeholders()
    gates: dict[str, Gate] = {}  # one Gate per distinct need: a text is searched for it once
    for entry in load_lexicon("periods").entries:
        assert isinstance(entry, PatternEntry)
        if entry.regex is None:
            continue
        source, needs = entry.regex, entry.needs
        for key, value in fill.items():
            source = source.replace(key, value)
            needs = needs.replace(key, value) if needs else None
        gate = (gates.get(needs) or gates.setdefault(needs, Gate.of(needs))) if needs else None
        out.append((entry.label, re.compile(source, re.IGNORECASE), gate))
    return tuple(out)
