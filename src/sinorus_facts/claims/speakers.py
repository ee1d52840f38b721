"""Speakers across sentences: the speaker named after a quotation, pronouns and
descriptions resolved to the last named speaker, surnames to full names.

These read the text only (cheap patterns), so they work on sentences the model never saw.

>>> text = "Russian political analyst Sergey Sanakoyev spoke. “Trade rose 15%,” Sanakoyev said."
>>> full_name(text, "Sanakoyev", 0)
'Sergey Sanakoyev'
>>> quote_speaker(text, text.index("15%"), len(text))
'Sanakoyev'
"""

from __future__ import annotations

import re
from functools import lru_cache

from sinorus_facts.claims.cues import cue_words

__all__ = ["clean_name", "full_name", "inside_quote", "last_speaker", "quote_speaker"]

# A name: one to four capitalised words ("Li Hui", "Sergey Sanakoyev", "Russian Central
# Election Commission"), with "of"/"the" inside organisation names.
NAME = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,5}"

# A description standing for a speaker: "the Chinese envoy", "the corporation".
DESCRIPTION = r"the\s+(?:[A-Za-z-]+\s+){0,3}[a-z-]+"

OPENING_QUOTES = "“\"‘«"
CLOSING_QUOTES = "”\"’»"


@lru_cache(maxsize=1)
def _speech() -> str:
    forms = sorted(cue_words("attribution", "speech_form"), key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@lru_cache(maxsize=1)
def _after_quote() -> re.Pattern[str]:
    # What follows a closing quote: ', Sanakoyev added', ' said the Chinese envoy',
    # ', he said'. Groups: who (a name), pronoun, description.
    speech = _speech()
    return re.compile(
        rf"^[,.]?\s*(?:(?:{speech})\s+(?:(?P<who2>{NAME})|(?P<desc2>{DESCRIPTION}))"
        rf"|(?:(?P<who>{NAME})|(?P<pron>he|she|they|it|we)|(?P<desc>{DESCRIPTION}))\s*,?\s+(?:{speech}))"
    )


@lru_cache(maxsize=1)
def _speaker_patterns() -> tuple[re.Pattern[str], ...]:
    speech = _speech()
    return (
        # "Zhang added", "Chinese Ambassador Li Hui said"
        re.compile(rf"(?P<who>{NAME})\s*,?\s+(?:has\s+|had\s+)?(?:{speech})\b"),
        # "said Alimov", "said Igor Ivanov, president of RIAC"
        re.compile(rf"\b(?:{speech})\s+(?P<who>{NAME})"),
        # "according to Chinese Ambassador Li Hui"
        re.compile(rf"\baccording\s+to\s+(?P<who>{NAME})"),
    )


def clean_name(name: str) -> str:
    """A name without leading titles: "Russian President Vladimir Putin" -> "Vladimir Putin".

    >>> clean_name("Chinese Ambassador Li Hui"), clean_name("SCO Secretary General Rashid Alimov")
    ('Li Hui', 'Rashid Alimov')
    """
    words = name.replace("’s", "").replace("'s", "").split()
    titles = cue_words("attribution", "title")
    while len(words) > 1 and (words[0].lower().strip(",") in titles or words[0].isupper() and len(words) > 2):
        words = words[1:]
    return " ".join(words).strip(" ,.;:")


def inside_quote(text: str, paragraph_start: int, position: int) -> bool:
    """Whether ``position`` is inside a quotation opened earlier in its paragraph."""
    depth = 0
    straight_open = False
    for char in text[paragraph_start:position]:
        if char in "“«":
            depth += 1
        elif char in "”»":
            depth = max(0, depth - 1)
        elif char == '"':
            straight_open = not straight_open
    return depth > 0 or straight_open


def quote_speaker(text: str, position: int, limit: int) -> str | None:
    """The speaker named right after the quotation that holds ``position``, if any."""
    for index in range(position, min(limit, position + 3000)):
        if text[index] in CLOSING_QUOTES and (text[index] != "’" or not text[index + 1 : index + 2].isalpha()):
            found = _after_quote().match(text, index + 1, min(limit, index + 200))
            if not found:
                return None
            who = found.group("who") or found.group("who2")
            if who:
                return clean_name(who)
            return found.group("pron") or found.group("desc") or found.group("desc2")
    return None


def last_speaker(text: str, start: int, position: int) -> str | None:
    """The last named speaker in ``text[start:position]`` (for "he said", "the envoy said")."""
    best: tuple[int, str] | None = None
    for pattern in _speaker_patterns():
        for match in pattern.finditer(text, start, position):
            name = clean_name(match.group("who"))
            if name.lower() in cue_words("attribution", "pronoun") or not name[:1].isupper():
                continue
            if best is None or match.start() > best[0]:
                best = (match.start(), name)
    return best[1] if best else None


def full_name(text: str, name: str, start: int, end: int | None = None) -> str:
    """The fullest form of a one-word ``name`` in ``text[start:end]`` ("Zhang" ->
    "Zhang Hanhui", "Putin" -> "Vladimir Putin"); the name itself if none."""
    if " " in name.strip() or not name[:1].isupper():
        return name
    end = len(text) if end is None else end
    titles = cue_words("attribution", "title")
    surname = re.escape(name)
    # "Vladimir Putin" (given name first) or "Zhang Hanhui" (family name first)
    pattern = re.compile(rf"\b(?P<before>[A-Z][a-z'’-]+)\s+{surname}\b|\b{surname}\s+(?P<after>[A-Z][a-z'’-]+)\b")
    for match in pattern.finditer(text, start, end):
        other = match.group("before") or match.group("after")
        if other.lower() in titles or other.lower() in cue_words("attribution", "pronoun"):
            continue
        if match.group("after") and (text[match.end() : match.end() + 1] == "'" or other in ("said", "Said")):
            continue
        return f"{other} {name}" if match.group("before") else f"{name} {other}"
    return name
