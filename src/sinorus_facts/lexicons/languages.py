"""Lexicons of the languages other than English: ``lexicons/ru/*.json``, ``lexicons/zh/*.json``.

The stages keep one design; what differs by language is data. Every language folder holds
files of the same names (numbers, units, cues, periods, modality, sources, categories,
datelines); each file opens with ``_notes`` and holds ``entries``, each entry with a stable
``id`` and a ``label`` that the file allows (``SINORUS_LEXICON_DIR/ru/units.json`` replaces
the file of that name, as for the English lexicons). A word ending in ``*`` is a stem: it matches
the word with any ending, the way Russian inflects ("миллиард*" matches "миллиарда",
"миллиардов"). Files load through a pydantic schema, so an unknown key, an unknown label
or a regex that does not compile fails with the file's name and the entry's id. Every
pattern made of them is a registered lexicon cache (``reload_lexicons()`` forgets it).

>>> [e.value for e in language_lexicon("ru", "numbers") if e.id == "billion"]
[1000000000.0]
>>> sorted({e.label for e in language_lexicon("zh", "units")})[:3]
['classifier', 'duration', 'person']
"""

from __future__ import annotations

import json
import os
import re
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from sinorus_facts.errors import LexiconError
from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.models import CATEGORIES

__all__ = [
    "LANGUAGES",
    "LanguageEntry",
    "entries_with",
    "entry_of",
    "language_lexicon",
    "lexicon_pattern",
    "words_pattern",
]

# The languages that have a folder of lexicons.
LANGUAGES = ("ru", "zh")

# The labels each file allows (the file's concept, one label a kind of entry).
FILE_LABELS: dict[str, frozenset[str]] = {
    "numbers": frozenset(
        {"digit", "ten", "hundred", "scale", "tens_noun", "fraction", "multiplier", "zero"}
    ),
    "units": frozenset(
        {
            "unit",
            "unit_before",
            "classifier",
            "person",
            "duration",
            "rate",
            "count_noun",
            "price_per",
            "count_subject",
            "lasting",
        }
    ),
    "cues": frozenset(
        {
            "bound",
            "increase",
            "decrease",
            "from",
            "to",
            "range",
            "factor_after",
            "comparative",
            "basis",
            "incidental",
            "ordinal",
            "name_before",
            "respectively",
            "share_of",
            "reach_to",
            "another_topic",
        }
    ),
    "periods": frozenset(
        {
            "month",
            "quarter",
            "half",
            "year_word",
            "this_year",
            "last_year",
            "next_year",
            "current",
            "first_months",
            "months_word",
            "quarters_word",
            "same_period",
            "basis",
            "deadline",
            "since",
            "after",
            "until",
            "range_joiner",
            "whole_year",
            "result_of",
            "year_result",
            "basis_copula",
            "signing",
            "event",
            "years_ahead",
            "years_word",
            "year_earlier",
            "year_to_date",
            "school_year",
            "month_part",
            "holiday",
            "last_month",
            "this_month",
        }
    ),
    "modality": frozenset({"forecast", "target", "future", "design", "negation", "forecaster"}),
    "sources": frozenset(
        {
            "source_pattern",
            "speech_verb",
            "report_anaphor",
            "relay",
            "title",
            "report_after",
            "according",
            "body_end",
            "preposition",
            "occasion",
        }
    ),
    # the categories of the records (models.Category), and the kinds of figure that decide
    # before the topic: freight carried ('freight'), unless a word of design capacity
    # ('capacity') makes it the carrier's own figure or people carried ('passengers') make it
    # no freight; a flow of goods ('flow': "进口") counts for the goods it carries
    # ('thing_pronoun': a pronoun subject that keeps the topic of the figure before;
    # 'commitment_count': the nouns of agreements and documents a count counts, politics)
    "categories": frozenset(CATEGORIES)
    | {"freight", "capacity", "flow", "passengers", "thing_pronoun", "commitment_count"},
    "datelines": frozenset({"dateline", "byline", "furniture"}),
}

Bound = Literal["=", "~", ">", ">=", "<", "<="]


class LanguageEntry(BaseModel):
    """One entry of a language lexicon: its words (or a regex) and what they mean.

    ``words`` are phrases matched as whole words, any case; a trailing ``*`` makes a stem.
    ``position`` says where a cue stands from the figure; ``value`` is a number's value, a
    scale's factor or a month's number; ``unit``/``kind`` name a unit; ``bound``/``change``
    what a cue makes of a figure; ``regex`` a pattern with named groups; ``case`` the case
    a Russian pattern governs ("по словам" + genitive), for the nominative of its name;
    ``days`` the days a holiday spans, "MM-DD/MM-DD" every year or "YYYY-MM-DD/YYYY-MM-DD"
    in the year of a moving feast.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    label: str
    words: tuple[str, ...] = ()
    regex: str | None = None
    value: float | None = None
    unit: str | None = None
    kind: str | None = None
    bound: Bound | None = None
    position: Literal["before", "after"] | None = None
    weight: float = 1.0
    case: Literal["nomn", "gent", "datv", "accs", "ablt", "loct"] | None = None
    days: tuple[str, ...] = ()
    note: str | None = None

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression: {exc}") from exc
        return value


class _File(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)
    notes: str
    entries: tuple[LanguageEntry, ...]


@lexicon_cache
def language_lexicon(language: str, name: str) -> tuple[LanguageEntry, ...]:
    """The entries of ``lexicons/<language>/<name>.json``, validated (cached).

    >>> language_lexicon("fr", "numbers")
    Traceback (most recent call last):
    ...
    sinorus_facts.errors.LexiconError: no lexicons for language 'fr'; known: ('ru', 'zh')
    """
    if language not in LANGUAGES:
        raise LexiconError(f"no lexicons for language {language!r}; known: {LANGUAGES}")
    labels = FILE_LABELS.get(name)
    if labels is None:
        raise LexiconError(f"no language lexicon named {name!r}; known: {sorted(FILE_LABELS)}")
    override = os.environ.get("SINORUS_LEXICON_DIR")
    if override and (Path(override) / language / f"{name}.json").is_file():
        resource: Traversable | Path = Path(override) / language / f"{name}.json"
        where = str(resource)
    else:
        resource = resources.files("sinorus_facts.lexicons").joinpath(language, f"{name}.json")
        where = f"sinorus_facts/lexicons/{language}/{name}.json"
    try:
        data = json.loads(resource.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LexiconError(f"{where}: cannot be read ({exc})") from exc
    if not isinstance(data, dict) or "_notes" not in data or "entries" not in data:
        raise LexiconError(f"{where}: must be an object with '_notes' and 'entries'")
    entries: list[LanguageEntry] = []
    seen: set[str] = set()
    for raw in data["entries"]:
        ident = raw.get("id", "?") if isinstance(raw, dict) else "?"
        try:
            entry = LanguageEntry.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(x) for x in first["loc"])
            raise LexiconError(f"{where}: entry {ident!r}: {loc}: {first['msg']}") from exc
        if entry.label not in labels:
            raise LexiconError(
                f"{where}: entry {ident!r}: label {entry.label!r} not one of {sorted(labels)}"
            )
        if entry.id in seen:
            raise LexiconError(f"{where}: entry id {entry.id!r} appears twice")
        seen.add(entry.id)
        entries.append(entry)
    return tuple(entries)


def entries_with(language: str, name: str, *labels: str) -> tuple[LanguageEntry, ...]:
    """The entries of one file with one of ``labels``.

    >>> [e.id for e in entries_with("zh", "numbers", "scale")][:2]
    ['wan', 'yi']
    """
    return tuple(e for e in language_lexicon(language, name) if e.label in labels)


def _word_regex(word: str) -> str:
    """The regex of one lexicon word: a stem (``*``) takes any ending; blanks any blank.

    >>> _word_regex("миллиард*"), _word_regex("в год")
    ('миллиард\\\\w*', 'в\\\\s+год')
    """
    stem = word.endswith("*")
    body = r"\s+".join(re.escape(part) for part in word.rstrip("*").split())
    return body + (r"\w*" if stem else "")


def words_pattern(words: tuple[str, ...] | list[str], *, bounded: bool = True) -> str:
    """One alternation of ``words``, longest first; ``bounded``: as whole words (for
    alphabetic scripts; Chinese words stand unbounded).

    >>> re.findall(words_pattern(["млн", "млрд*"]), "3 млн и 5 млрд. и 7 млрдх")
    ['млн', 'млрд', 'млрдх']
    """
    ordered = sorted(set(words), key=lambda w: (-len(w.rstrip("*")), w))
    body = "|".join(_word_regex(w) for w in ordered) or r"(?!)"
    return rf"(?<![\w])(?:{body})(?![\w])" if bounded else f"(?:{body})"


def _bounded(language: str) -> bool:
    """Whole-word matching for an alphabetic script; Chinese words stand unbounded."""
    return language != "zh"


@lexicon_cache
def lexicon_pattern(language: str, name: str, *labels: str) -> re.Pattern[str]:
    """One regex for every word of ``labels`` in ``lexicons/<language>/<name>.json``.

    >>> bool(lexicon_pattern("ru", "numbers", "scale").fullmatch("миллиардов"))
    True
    """
    words = [w for e in entries_with(language, name, *labels) for w in e.words]
    flags = re.IGNORECASE if _bounded(language) else 0
    return re.compile(words_pattern(words, bounded=_bounded(language)), flags)


@lexicon_cache
def _word_entries(
    language: str, name: str, *labels: str
) -> tuple[tuple[re.Pattern[str], LanguageEntry], ...]:
    """Each entry of ``labels`` with a regex of its words (longest words first overall)."""
    flags = re.IGNORECASE if _bounded(language) else 0
    pairs = [
        (re.compile(words_pattern([w], bounded=_bounded(language)), flags), e, len(w.rstrip("*")))
        for e in entries_with(language, name, *labels)
        for w in e.words
    ]
    pairs.sort(key=lambda p: -p[2])
    return tuple((p, e) for p, e, _ in pairs)


def entry_of(language: str, name: str, text: str, *labels: str) -> LanguageEntry | None:
    """The entry of ``labels`` whose word is the whole of ``text``, if any.

    >>> entry_of("ru", "units", "тонн", "unit").unit
    't'
    """
    for pattern, entry in _word_entries(language, name, *labels):
        if pattern.fullmatch(text):
            return entry
    return None
