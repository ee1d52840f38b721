"""Interviews in question-and-answer form: the figures of an answer are the words of the
person interviewed, whom the introduction names ("Deputy Minister Pavel Sokolov spoke to
our correspondent") or an answer names ("..., said Deputy Minister Dmitry Volkov").

>>> text = ("Minister Ivan Orlov spoke to us.\\n- How much grain went to China?\\n"
...         "- About 3 million tonnes.\\n")
>>> answerer(text, 0, len(text), text.index("About"))
'Ivan Orlov'
"""

from __future__ import annotations

import re

from sinorus_facts.context.sources.speakers import clean_name, is_person, last_speaker
from sinorus_facts.lexicons.cues import cue_words

__all__ = ["answerer"]

# A line of an interview that a speaker opens: "Q: ...", "A: ...", "Question: ...", or a
# dash of dialogue ("- About 3 million tonnes.", "— How much?").
TURN = re.compile(r"[ \t]*(?:[QA][ \t]*[:.)]|(?:Question|Answer)[ \t]*:|[-–—][ \t])", re.IGNORECASE)

# A line that asks: a turn whose text ends with a question mark ("- How much grain?").
QUESTION_END = re.compile(r"\?[ \t\"”»’']*$")

# A person's name on one line: two or three capitalised words ("Igor Morgulov"), after the
# place of a title if any ("[Ambassador] to China Igor Morgulov", "[Consul] in Harbin Anna ...").
NAME_ON_A_LINE = re.compile(
    r"(?:\b(?:in|to|of|for|at)[ \t]+[A-Z][\w-]+[ \t]+)?"
    r"(?P<who>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})"
)

# A turn opened by its speaker's name: "Dmitriev: More than $10 billion.", "Kirill Dmitriev:"
# (a name of one to three capitalised words, then a colon).
NAMED_TURN = re.compile(r"[ \t]*(?P<who>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2})[ \t]*:[ \t]")

# How many lines back from an answer its question may stand (an answer may run on).
ANSWER_REACH = 6


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    offset = start
    for line in text[start:end].split("\n"):
        out.append((offset, offset + len(line)))
        offset += len(line) + 1
    return out


def _question(text: str, start: int, end: int) -> bool:
    line = text[start:end]
    return bool(TURN.match(line)) and bool(QUESTION_END.search(line.rstrip()))


def answerer(text: str, article_start: int, article_end: int, position: int) -> str | None:
    """The person interviewed, when ``position`` stands in an answer of a question-and-answer
    interview (a turn after a question, not itself a question); None otherwise."""
    # the figure's own line first: a line that opens no turn is in no answer (most are not)
    start = max(article_start, text.rfind("\n", article_start, position) + 1)
    end = text.find("\n", position, article_end)
    end = article_end if end < 0 else end
    if NAMED_TURN.match(text, start, end) is None and not TURN.match(text[start:end]):
        return None
    lines = [s for s in _lines(text, article_start, article_end) if text[s[0] : s[1]].strip()]
    here = next((i for i, (a, b) in enumerate(lines) if a <= position <= b), None)
    if here is None or _question(text, *lines[here]):
        return None
    named = NAMED_TURN.match(text, lines[here][0], lines[here][1])
    if (
        named is not None
        and here > 0
        and QUESTION_END.search(text[lines[here - 1][0] : lines[here - 1][1]].rstrip())
        and named.group("who").lower() not in ("q", "a", "question", "answer")
    ):
        # "How much have you invested?" / "Dmitriev: More than $10 billion.": the one named
        return named.group("who")
    if not TURN.match(text[lines[here][0] : lines[here][1]]):
        return None
    asked = any(_question(text, *lines[i]) for i in range(max(0, here - ANSWER_REACH), here))
    if not asked:
        return None
    first = next(i for i, line in enumerate(lines) if _question(text, *line))
    intro = last_speaker(text, article_start, lines[first][0], persons=True)
    if intro is not None and _only_titles(intro):
        # "Russian Ambassador to China Igor Morgulov answered": a title read for the name
        intro = _named_person(text, article_start, lines[first][0]) or intro
    if intro is not None:
        return intro
    return last_speaker(text, lines[first][0], article_end)


def _only_titles(name: str) -> bool:
    """Whether a name is titles only ("Ambassador", "Consul General")."""
    titles = cue_words("attribution", "title")
    return all(word.lower() in titles for word in name.split())


def _named_person(text: str, start: int, end: int) -> str | None:
    """The last person the introduction names by a full name ("Igor Morgulov: ...")."""
    names = (clean_name(m.group("who")) for m in NAME_ON_A_LINE.finditer(text, start, end))
    found = [
        name
        for name in names
        if len(name.split()) >= 2 and is_person(name) and not _only_titles(name)
    ]
    return found[-1] if found else None
