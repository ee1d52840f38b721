"""Lexicons: the rules of the library as data, one JSON file per concept.

Each file opens with ``_notes`` and holds ``entries``; each entry has a stable ``id``.
Files load through a pydantic schema, so an unknown key or a bad value fails with the
file's name and the entry's id. Users may point ``SINORUS_LEXICON_DIR`` at a folder with
files of the same names to extend or replace them.

Whatever the library works out from a lexicon (compiled patterns, cue lists, unit tables)
is cached with :func:`lexicon_cache`; :func:`reload_lexicons` forgets all of it at once, so
the next use reads the files again (after editing one, or changing ``SINORUS_LEXICON_DIR``).

>>> units = load_lexicon("units")
>>> sorted(e.unit for e in units.entries if e.id == "usd")
['USD']
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, Literal, ParamSpec, TypeVar, overload

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from sinorus_facts.errors import LexiconError

__all__ = [
    "LEXICON_SCHEMAS",
    "clear_lexicon_cache",
    "lexicon_cache",
    "load_lexicon",
    "reload_lexicons",
]

P = ParamSpec("P")
R = TypeVar("R")

# What :func:`reload_lexicons` clears: every cache made with :func:`lexicon_cache`.
_CACHES: list[Callable[[], None]] = []


@overload
def lexicon_cache(function: Callable[P, R], /) -> Callable[P, R]: ...


@overload
def lexicon_cache(*, maxsize: int | None = None) -> Callable[[Callable[P, R]], Callable[P, R]]: ...


def lexicon_cache(function: Callable[P, R] | None = None, /, *, maxsize: int | None = None) -> Any:
    """``functools.lru_cache`` (unbounded unless ``maxsize``) for what is worked out from the
    lexicons, registered so that :func:`reload_lexicons` forgets it.

    >>> @lexicon_cache
    ... def unit_codes() -> frozenset[str]:
    ...     return frozenset(e.unit for e in load_lexicon("units").entries)
    >>> "USD" in unit_codes()
    True
    """

    def wrap(inner: Callable[P, R]) -> Callable[P, R]:
        cached = functools.lru_cache(maxsize=maxsize)(inner)
        _CACHES.append(cached.cache_clear)
        return cached  # type: ignore[return-value]

    return wrap(function) if function is not None else wrap


def reload_lexicons() -> None:
    """Forget every lexicon and everything worked out from one (see the module's doc): the
    next use reads the files again."""
    for clear in _CACHES:
        clear()


# The name this function had before every lexicon cache was registered.
clear_lexicon_cache = reload_lexicons


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    note: str | None = None


class UnitEntry(_Entry):
    """A unit: its canonical code and the ways news writes it.

    ``before`` aliases stand before the number ("$", "USD"), ``after`` aliases after it
    ("U.S. dollars", "tonnes"); ``symbols`` are short forms matched with their case and only
    right after a number ("t", "m", "bn"). ``scale`` multiplies the value ("bcm" is 1e9 m3).
    """

    unit: str
    kind: Literal[
        "currency",
        "mass",
        "volume",
        "length",
        "area",
        "energy",
        "power",
        "percent",
        "duration",
        "count",
        "speed",
        "temperature",
        "data",
        "multiplier",
        "other",
        "age",
    ]
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    symbols: tuple[str, ...] = ()
    scale: float = 1.0
    rate: str | None = None  # a unit that is a rate by itself: "bpd" is bbl per day
    # one-letter symbols that count after a blank too, when no word goes on ("27 C", "35 L")
    spaced: tuple[str, ...] = ()
    # ``before`` aliases that count only glued to an amount that reads as money: a scale
    # after it, grouped thousands or decimals ("PS3.4m", "PS18,300"; never "PS4")
    before_if_money: tuple[str, ...] = ()
    # short symbols that mean this unit only where the text around speaks of its kind (the
    # ``unit_context`` words of number_names.json), glued or apart ("30 c", "573.15K", "1500b")
    context_symbols: tuple[str, ...] = ()


class ScaleEntry(_Entry):
    """A scale word: "billion", "bn", "mln" multiply the number before them."""

    scale: float
    words: tuple[str, ...] = ()
    symbols: tuple[str, ...] = ()  # case-sensitive, may be glued to the digits ("2bn")


class NumberWordEntry(_Entry):
    """A number written as a word ("nine", "hundreds of")."""

    value: float
    words: tuple[str, ...]
    role: Literal[
        "unit", "ten", "hundred", "vague_plural", "fraction", "article", "denominator"
    ] = "unit"
    bound: Literal["=", "~", ">", ">=", "<", "<="] = "="


class CueEntry(_Entry):
    """A cue phrase with what it means; ``position`` says where it stands from the figure."""

    words: tuple[str, ...]
    position: Literal["before", "after", "around"] = "before"
    bound: Literal["=", "~", ">", ">=", "<", "<="] | None = None
    change: Literal["increase", "decrease", "from_to", "factor"] | None = None
    value: float | None = None
    label: str | None = None


class RateEntry(_Entry):
    """A rate denominator: "per day", "a year", "/h" turn a unit into a rate."""

    per: str
    words: tuple[str, ...]
    kind: Literal["time", "unit"] = "time"


class CalendarEntry(_Entry):
    """A calendar word: a month, weekday, season, quarter or half, with its number."""

    kind: Literal["month", "weekday", "season", "quarter", "half", "months_to_date"]
    number: int
    words: tuple[str, ...]


class ConversionEntry(_Entry):
    """A unit's size in the base unit of its dimension (``factor / per``), for analysis/convert.py."""

    unit: str
    dimension: Literal["mass", "volume", "length", "area", "energy", "power", "speed", "time"]
    factor: float
    per: float = 1.0
    aliases: tuple[str, ...] = ()


class PatternEntry(_Entry):
    """A named pattern (phrases or a regular expression) with a label."""

    label: str
    words: tuple[str, ...] = ()
    regex: str | None = None
    # a cheap regex every text the entry's ``regex`` can match holds ("/" for "2018/19"): a
    # text without it is not searched with the costlier regex
    needs: str | None = None
    value: str | None = None
    weight: float = 1.0
    kind: str | None = (
        None  # what the entry names, where a lexicon sorts its entries ("organisation")
    )

    @field_validator("regex", "needs")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression: {exc}") from exc
        return value


class ContextCueEntry(PatternEntry):
    """A ConText cue (medspaCy) for modality: the label it gives the figures it governs.

    One-word ``words`` match a token's lemma (``pos``/``tags`` restrict the token: "project"
    only as a verb, "may" only as a modal); phrases and ``regex`` match the text. ``scope``
    "object" cues ("announced a $10 billion fund") govern only figures in their object, not
    in a clause they report ("announced that trade rose 5%"); ``owner`` cues (a deal, a loan)
    govern the figures of the thing they name too ("the value of the deal is", "both loans
    have 15-year tenors"); ``root`` cues only as the word of a headline's verb ("Russia *to*
    supply"); ``purpose`` cues only as the "to" of a purpose infinitive ("teamed up *to*
    lend"); ``path`` cues only where the figure hangs on them ("*against* 1.1 million
    sold"), not where they hang on a word above it. ``when`` "unrealised": not on a verb told as done ("visited Russia *under the
    programme* in 2023"). A ``weak`` cue (a bare "will") yields to a deadline ("by 2024"). ``figures``
    limits a cue to amounts handed over (money, goods), to loads (amounts or people: what a
    thing carries), to durations, or to all but durations.
    """

    direction: Literal["forward", "backward", "bidirectional"] = "bidirectional"
    pos: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    scope: Literal["clause", "object", "owner", "root", "purpose", "path"] = "clause"
    weak: bool = False
    figures: Literal["any", "amounts", "loads", "durations", "not_durations"] = "any"
    when: Literal["any", "unrealised"] = "any"


class FileFormatEntry(_Entry):
    """A file format the library does not read: its name, suffixes and first bytes."""

    name: str
    suffixes: tuple[str, ...] = ()
    magic: tuple[str, ...] = ()  # the first bytes, as latin-1 characters


class FallbackUnitEntry(_Entry):
    """A physical unit of quantulum3's database our own lexicon lacks: its name and the
    lower-cased words that write it ("pound-feet", "rpm" spelled out). Generated by
    ``tools/build_fallback_units.py``, not written by hand."""

    unit: str
    surfaces: tuple[str, ...]


class Lexicon(BaseModel):
    """A whole lexicon file."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)
    notes: str
    entries: tuple[Any, ...]


LEXICON_SCHEMAS: dict[str, type[_Entry]] = {
    "units": UnitEntry,
    "scale_words": ScaleEntry,
    "number_words": NumberWordEntry,
    "bounds": CueEntry,
    "changes": CueEntry,
    "rates": RateEntry,
    "calendar": CalendarEntry,
    "conversions": ConversionEntry,
    "modality": ContextCueEntry,
    "file_formats": FileFormatEntry,
    "fallback_units": FallbackUnitEntry,
}


def _register(name: str, schema: type[_Entry]) -> None:
    LEXICON_SCHEMAS.setdefault(name, schema)


for _name in (
    "modality",
    "attribution",
    "bodies",
    "categories",
    "entities",
    "boilerplate",
    "datelines",
    "periods",
    "claim_filters",
    "implicit_units",
    "measure_terms",
    "measure_syntax",
    "number_names",
    "context",
    "reference",
):
    _register(_name, PatternEntry)


def _read_json(name: str) -> dict[str, Any]:
    override = os.environ.get("SINORUS_LEXICON_DIR")
    if override and (Path(override) / f"{name}.json").is_file():
        text = (Path(override) / f"{name}.json").read_text(encoding="utf-8")
        where = str(Path(override) / f"{name}.json")
    else:
        resource = resources.files("sinorus_facts.lexicons").joinpath(f"{name}.json")
        if not resource.is_file():
            raise LexiconError(f"no lexicon named {name!r}; known: {sorted(LEXICON_SCHEMAS)}")
        text = resource.read_text(encoding="utf-8")
        where = f"sinorus_facts/lexicons/{name}.json"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LexiconError(f"{where}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict) or "entries" not in data or "_notes" not in data:
        raise LexiconError(f"{where}: must be an object with '_notes' and 'entries'")
    data["_where"] = where
    return data


@lexicon_cache
def load_lexicon(name: str) -> Lexicon:
    """Load and validate the lexicon ``name`` (cached; see :func:`reload_lexicons`).

    >>> load_lexicon("scale_words").entries[0].id
    'thousand'
    """
    schema = LEXICON_SCHEMAS.get(name)
    if schema is None:
        raise LexiconError(f"no lexicon named {name!r}; known: {sorted(LEXICON_SCHEMAS)}")
    data = _read_json(name)
    where = data["_where"]
    entries = []
    seen: set[str] = set()
    for raw in data["entries"]:
        ident = raw.get("id", "?") if isinstance(raw, dict) else "?"
        try:
            entry = schema.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(x) for x in first["loc"])
            raise LexiconError(f"{where}: entry {ident!r}: {loc}: {first['msg']}") from exc
        if entry.id in seen:
            raise LexiconError(f"{where}: entry id {entry.id!r} appears twice")
        seen.add(entry.id)
        entries.append(entry)
    return Lexicon(notes=data["_notes"], entries=tuple(entries))
