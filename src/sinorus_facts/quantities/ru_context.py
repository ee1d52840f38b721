"""The words around a Russian number: its scale, its unit, what it counts, its bound, the
change word of its clause, a month that makes it a date (pure functions of the sentence's
text; the reader is :mod:`sinorus_facts.quantities.ru`).

>>> unit_at("12 млрд кубометров газа", 7)
(('m3', 'volume'), 18)
>>> bound_before("Вложено свыше ", 14)
('>', 8)
"""

from __future__ import annotations

import re
from decimal import Decimal

from sinorus_facts.ingest.morphology import available, is_noun, tags_of
from sinorus_facts.quantities.lexical import (
    cue_pattern,
    entry_of,
    lexical_pattern,
    lexicon_pattern,
    scale_of,
    unit_of,
)

__all__ = [
    "CLAUSE_BREAK",
    "WORD_AFTER",
    "bound_before",
    "change_before",
    "comparative_after",
    "counted_at",
    "counted_subject",
    "date_after",
    "direction_of",
    "figure_bound",
    "incidental",
    "last_change",
    "scale_at",
    "unit_at",
]

LANG = "ru"

# The words between a figure and what it counts that the morphology reads as adjectives
# ("64 совместных проекта"); at most this many.
MAX_ADJECTIVES = 3
# A word: Cyrillic or Latin letters with inner hyphens.
WORD = re.compile(r"[\w]+(?:-[\w]+)*")
# A clause boundary inside a sentence: a change word before it does not reach past it
# ("рост на 5%; доля составила 20%").
CLAUSE_BREAK = re.compile(r"[;:]|\.\s|,\s+(?:а|но|что|который|которая|которые|при\s+этом)\s")
# After a scale word's full stop: the end of the sentence ("... 3,4 млрд." then a capital).
SENTENCE_END = re.compile(r"\s*\Z|\s+[A-ZА-ЯЁ«\"]")
# A word of Cyrillic letters and hyphens ("военнослужащих", "торгово-промышленной").
CYRILLIC = re.compile(r"[А-Яа-яЁё\-]+")
# The percent sign glued to its number ("12%": no word boundary between them).
PERCENT_SIGN = re.compile(r"\s*(%)")

# Templates of patterns made of a lexicon's words (``{words}``), compiled once each by
# :func:`~sinorus_facts.quantities.lexical.lexical_pattern`:
# a word right after: "на 5% выше", "$80 за баррель", "два десятка";
WORD_AFTER = r"\s*({words})"
# a scale word after a number, the abbreviation's stop with it: "3,2 тыс.", "12 млрд";
SCALE_AFTER = r"[\s\u00a0]*({words})\.?"
# a unit word after a number or its scale: "долларов", "%", "кубометров";
UNIT_AFTER = r"[\s\u00a0]*({words})"
# a bound word before a number: "более", "около", "до", "более чем", "примерно в";
BOUND_BEFORE = r"({words})\s*(?:чем\s+|в\s+)?\Z"
# a month after a day or a run of days: "8 февраля", "29-31 декабря";
MONTH_AFTER = r"(?:\s*[-–—]\s*\d{1,2})?\s*(?:{words})(?!\w)"


def scale_at(text: str, pos: int) -> tuple[Decimal, int] | None:
    """A scale word right after ``pos`` ("млрд", "тыс.") and where it ends."""
    m = lexical_pattern(SCALE_AFTER, LANG, "numbers", "scale").match(text, pos)
    if not m:
        return None
    word = m.group(1)
    scale = scale_of(LANG, word) or scale_of(LANG, word + ".")
    if scale is None:
        return None
    end = m.end()
    if text[end - 1 : end] == "." and SENTENCE_END.match(text, end):
        end -= 1  # the sentence's full stop, not the abbreviation's
    return scale, end


def unit_at(text: str, pos: int) -> tuple[tuple[str, str], int] | None:
    """A unit word after ``pos`` ("долларов", "%", "млн тонн") and where it ends."""
    m = lexical_pattern(UNIT_AFTER, LANG, "units", "unit").match(text, pos) or PERCENT_SIGN.match(
        text, pos
    )
    if not m:
        return None
    found = unit_of(LANG, m.group(1))
    return (found, m.end()) if found else None


def counted_at(text: str, pos: int) -> tuple[tuple[str, str], int, str] | None:
    """What a number counts: the noun after it and its adjectives ("китайских
    военнослужащих": person; "совместных проектов": count), where the phrase ends."""
    if not available():
        return None
    words = []
    for m in WORD.finditer(text, pos):
        if text[pos : m.start()].strip():
            break
        words.append(m)
        pos = m.end()
        if len(words) > MAX_ADJECTIVES + 1:
            break
    for i, m in enumerate(words):
        word = m.group(0)
        if not CYRILLIC.fullmatch(word):
            return None
        entry = entry_of(LANG, "units", word, "person", "count_noun", "duration")
        if entry is not None and entry.unit:
            if entry.label == "duration" and i > 0:
                return None
            return (entry.unit, entry.kind or "count"), m.end(), word
        tags = tags_of(word)
        if (is_noun(word) and not tags & {"ADJF", "PRTF"}) or ("NOUN" in tags):
            if lexicon_pattern(LANG, "periods", "month").fullmatch(word):
                return None
            return ("count", "count"), m.end(), word
        if not tags & {"ADJF", "PRTF", "ADJS"}:
            return None
    return None


# The words from a count's subject to the number ("Число грузовиков, пересекших границу,
# достигло 62 тыс."): no sentence end between them.
SUBJECT_SPAN = re.compile(r"[^.!?;]*\Z")


def counted_subject(text: str, start: int) -> tuple[str, str] | None:
    """What a number with no noun of its own counts: the noun after the last word of a
    count's subject before it in its sentence ("Число грузовиков ... достигло 62 тыс.":
    count; "Численность туристов выросла до 40 тыс.": person).

    >>> counted_subject("Число грузовиков достигло 62 тыс.", 26)
    ('count', 'count')
    """
    span = SUBJECT_SPAN.search(text, 0, start)
    begin = span.start() if span else 0
    found = None
    for m in lexicon_pattern(LANG, "units", "count_subject").finditer(text, begin, start):
        found = m
    if found is None:
        return None
    counted = counted_at(text, found.end())
    return counted[0] if counted is not None else None


def bound_before(text: str, start: int) -> tuple[str, int] | None:
    """The bound word right before ``start`` ("более", "около", "до") and where it starts."""
    m = lexical_pattern(BOUND_BEFORE, LANG, "cues", "bound").search(text[:start])
    if not m:
        return None
    entry = entry_of(LANG, "cues", m.group(1).strip(), "bound")
    return (entry.bound or "=", m.start(1)) if entry else None


def figure_bound(text: str, start: int) -> tuple[str, int] | None:
    """The bound a figure at ``start`` takes from the word right before it, and where that
    word starts: "до" says the level a change or a verb of bringing reached, not "up to",
    when such a word stands before it in its clause ("вырос на 5% - до $3 млрд",
    "намерена увеличить экспорт до двух миллионов тонн", "довести оборот до 300 млрд")."""
    cue = bound_before(text, start)
    if cue is None or cue[0] != "<=":
        return cue
    clause_start = 0
    for m in CLAUSE_BREAK.finditer(text, 0, cue[1]):
        clause_start = m.end()
    if change_before(text, cue[1]) is not None or cue_pattern(LANG, "reach_to").search(
        text, clause_start, cue[1]
    ):
        return "=", cue[1]
    return cue


def change_before(text: str, start: int) -> str | None:
    """The direction of the nearest change word before ``start`` in its clause."""
    clause_start = 0
    for m in CLAUSE_BREAK.finditer(text, 0, start):
        clause_start = m.end()
    found = None
    for m in cue_pattern(LANG, "increase", "decrease").finditer(text, clause_start, start):
        found = m
    if found is None:
        return None
    entry = entry_of(LANG, "cues", found.group(0), "increase", "decrease")
    return entry.label if entry else None


def last_change(text: str, start: int) -> str | None:
    """The direction of the last change word of the sentence before ``start``
    ("экспорт вырос на 22%, а импорт - на 30%": the 30% rose too)."""
    found = None
    for m in cue_pattern(LANG, "increase", "decrease").finditer(text, 0, start):
        found = m
    if found is None:
        return None
    entry = entry_of(LANG, "cues", found.group(0), "increase", "decrease")
    return entry.label if entry else None


def comparative_after(text: str, end: int) -> str | None:
    m = lexical_pattern(WORD_AFTER, LANG, "cues", "comparative").match(text, end)
    if not m:
        return None
    return direction_of(m.group(1))


def direction_of(word: str) -> str:
    entry = entry_of(LANG, "cues", word, "comparative")
    return "increase" if entry and (entry.value or 0) > 0 else "decrease"


def date_after(text: str, end: int) -> bool:
    """A month word after the number ("8 февраля", "29-31 декабря"): a date, no figure."""
    return bool(lexical_pattern(MONTH_AFTER, LANG, "periods", "month").match(text, end))


def incidental(text: str, start: int) -> bool:
    return bool(cue_pattern(LANG, "incidental").match(text, start))
