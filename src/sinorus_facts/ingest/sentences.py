"""Splitting a page into paragraphs and sentences (rules, no model: it must be cheap).

A blank line ends a paragraph; a single line break ends one too unless the line before
plainly runs on ("... the new $1.5 billion\\nBystrinsky plant."). Inside a paragraph a
sentence ends at ".", "!" or "?" (and any closing quote) before a capital, a digit or an
opening quote, unless the word before is an abbreviation ("U.S.", "Nov.", "Mr.").

>>> text = "Trade rose 5% in the U.S. this year. Exports fell.\\n\\nA new line"
>>> [text[s.start:s.end] for s in split_sentences(text)]
['Trade rose 5% in the U.S. this year.', 'Exports fell.', 'A new line']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ABBREVIATIONS", "SentenceSpan", "split_sentences"]

# Words with a full stop that do not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "maj",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "jr",
        "sr",
        "inc",
        "ltd",
        "corp",
        "co",
        "no",
        "nos",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "approx",
        "est",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "u.s.a",
        "p.m",
        "a.m",
        "dept",
        "govt",
        "fig",
        "vol",
        "ch",
        "art",
        "sec",
        "pp",
        "op",
        "cf",
        "al",
        "ave",
        "blvd",
        "mt",
        "ft",
        "jsc",
        "ojsc",
        "pjsc",
        "oao",
        "zao",
    ]
)

# Where a sentence may end inside a paragraph: terminal punctuation, maybe closing quotes
# or brackets, then blanks, then something that can start a sentence.
# Matches the ". " in "fell. Exports", the '." ' in 'news." Putin'.
# The look-behind starts a match only at the first mark of a run ("?!", "..."), which keeps a
# long run of dots linear in time.
SENTENCE_END = re.compile(
    r"(?<![.!?])[.!?]+[\"'”’)\]]*(?P<gap>[ \t\u00a0]+)(?=[\"'“‘(\[]?[A-Z0-9А-Я$€£])"
)

# A dotted abbreviation without its last full stop: "u.s" of "U.S.", "e.g" of "e.g.".
DOTTED_ABBREVIATION = re.compile(r"(?:[a-z]\.)+[a-z]")

# Words no sentence or headline ends on, so a line ending on one runs on: "... of the".
FUNCTION_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "as",
        "than",
        "that",
        "which",
        "who",
    }
)
# Words a headline may end on ("Trade hits $100 billion"), but a long line cut by a narrow
# page runs on after: "... the new state-of-the-art $1.5 billion".
SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "bn", "mln", "bln"})
# A line of at least this many words is body text, not a headline.
BODY_LINE_WORDS = 6


# A decimal broken at its point by a paragraph break, as a scraped page prints it: the end
# "... Finland 6." of one paragraph and the start "5 percent, ..." of the next (digits, then a
# percent or a scale word in lower case: no paragraph starts so).
BROKEN_DECIMAL_END = re.compile(r"(?<![\d.,])\d{1,3}\.\Z")
BROKEN_DECIMAL_START = re.compile(
    r"[ \t\u00a0]*\d{1,3}[ \u00a0]?(?:%|percent\b|per[ \u00a0]cent\b|pct\b|thousand\b|million\b|billion\b|trillion\b)"
)


@dataclass(frozen=True)
class SentenceSpan:
    """A sentence of the text: offsets, and the paragraph it belongs to."""

    start: int
    end: int
    paragraph: int


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph; a run-on line is joined to the next."""
    lines = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    paragraphs: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    broken: tuple[int, int] | None = None  # a paragraph that ends inside a broken decimal
    for start, end in lines:
        content = text[start:end]
        if not content.strip():
            if current:
                paragraphs.append(current)
                if BROKEN_DECIMAL_END.search(text, current[0], current[1]):
                    broken = current
            current = None
            continue
        if broken is not None and BROKEN_DECIMAL_START.match(content):
            paragraphs.remove(broken)  # "Finland 6.\n\n5 percent": one paragraph
            current = (broken[0], end)
            broken = None
            continue
        broken = None
        if current is not None and _runs_on(text[current[0] : current[1]], content):
            current = (current[0], end)
            continue
        if current:
            paragraphs.append(current)
        current = (start, end)
    if current:
        paragraphs.append(current)
    return paragraphs


def _runs_on(previous: str, line: str) -> bool:
    stripped = previous.rstrip()
    if not stripped or stripped[-1] in ".!?:;\"”’'|)":
        return False
    words = stripped.split()
    if line[:1].islower():
        return len(words) >= 3
    word = words[-1].lower()
    if word in FUNCTION_WORDS:
        return len(words) >= 2
    return len(words) >= BODY_LINE_WORDS and (word in SCALE_WORDS or word[:1] in "$€£¥")


# How much text before a full stop is read to see whether it ends an abbreviation.
ABBREVIATION_WINDOW = 64


def _ends_with_abbreviation(text: str) -> bool:
    word = text.rsplit(None, 1)[-1] if text.split() else ""
    word = word.rstrip(".").lstrip("(\"'“‘").lower()
    if word in ABBREVIATIONS:
        return True
    # initials and dotted abbreviations: "J.", "U.S.", "e.g."
    return (len(word) == 1 and word.isalpha()) or bool(DOTTED_ABBREVIATION.fullmatch(word))


def split_sentences(text: str) -> list[SentenceSpan]:
    """The sentences of ``text``, trimmed of surrounding blanks, in order."""
    sentences: list[SentenceSpan] = []
    for number, (p_start, p_end) in enumerate(_paragraphs(text)):
        cut = p_start
        for match in SENTENCE_END.finditer(text, p_start, p_end):
            # its last word is all that matters: a bounded window keeps long runs linear
            candidate = text[
                max(cut, match.start("gap") - ABBREVIATION_WINDOW) : match.start("gap")
            ]
            if _ends_with_abbreviation(candidate):
                continue
            _append(sentences, text, cut, match.start("gap"), number)
            cut = match.end("gap")
        _append(sentences, text, cut, p_end, number)
    return sentences


def _append(out: list[SentenceSpan], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(SentenceSpan(start, end, paragraph))
