"""What the quantity readers of Russian and Chinese share: the lexicons as patterns, and
the steps that are the same in both languages (a rate after a physical amount, a figure
that is a count of people, the mention record the English finder gives).

The readers are pure functions of a sentence's text (:mod:`sinorus_facts.quantities.ru`,
:mod:`sinorus_facts.quantities.zh`): no model, offsets into the text they were given.

>>> unit_of("ru", "кубометров")
('m3', 'volume')
>>> scale_of("zh", "亿")
Decimal('100000000')
"""

from __future__ import annotations

import re
from decimal import Decimal

from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.lexicons.languages import entry_of, lexicon_pattern
from sinorus_facts.quantities.mention import QuantityMention

__all__ = [
    "PHYSICAL_KINDS",
    "cue_pattern",
    "elliptical_units",
    "entry_of",
    "lexical_pattern",
    "lexicon_pattern",
    "mention",
    "priced",
    "rated_unit",
    "scale_of",
    "unit_of",
]

# Dimensions whose amounts become a rate when a rate word stands by them ("38 млрд
# кубометров в год": m3/yr); money keeps its currency ("$200 млрд в год": USD).
PHYSICAL_KINDS = frozenset({"mass", "volume", "energy"})


@lexicon_cache
def lexical_pattern(template: str, language: str, name: str, *labels: str) -> re.Pattern[str]:
    """A named regex ``template`` of a reader with the words of ``labels`` (of the language's
    file ``name``) in the place of ``{words}``, compiled once (any case).

    >>> bool(lexical_pattern(r"\\s*({words})", "ru", "numbers", "scale").match(" млрд"))
    True
    """
    words = lexicon_pattern(language, name, *labels).pattern
    return re.compile(template.replace("{words}", words), re.IGNORECASE)


def unit_of(language: str, text: str) -> tuple[str, str] | None:
    """The canonical unit and its kind of a unit word (``None`` if it is none)."""
    entry = entry_of(
        language, "units", text, "unit", "unit_before", "duration", "person", "classifier"
    )
    if entry is None or entry.unit is None:
        return None
    return entry.unit, entry.kind or "other"


def scale_of(language: str, text: str) -> Decimal | None:
    """The factor of a scale word ("млрд" 1e9, "万" 1e4), ``None`` if it is none."""
    entry = entry_of(language, "numbers", text, "scale")
    return None if entry is None or entry.value is None else Decimal(str(int(entry.value)))


@lexicon_cache
def cue_pattern(language: str, *labels: str) -> re.Pattern[str]:
    """The words of ``labels`` in the language's ``cues.json`` as one regex."""
    return lexicon_pattern(language, "cues", *labels)


def rated_unit(unit: str | None, kind: str | None, per: str | None) -> str | None:
    """A physical unit made a rate by a rate word ("t" per "yr": "t/yr"); others as they are.

    >>> rated_unit("m3", "volume", "yr"), rated_unit("USD", "currency", "yr")
    ('m3/yr', 'USD')
    """
    if unit and per and kind in PHYSICAL_KINDS:
        return f"{unit}/{per}"
    return unit


# Kinds of unit a bare scaled amount may take from the amount it stands beside.
ELLIPTICAL_KINDS = frozenset({"currency", "mass", "volume", "count"})


def elliptical_units(sentences: list[list[QuantityMention]]) -> list[list[QuantityMention]]:
    """Amounts of one paragraph with a scale but no unit take the unit of the amount they
    stand beside, the next in their sentence or else the last before them ("до 18,3 млрд, а
    импорт — до 20,1 млрд долларов": both USD; "2402.2亿, 其中出口1300亿美元"; a change too:
    "22 млрд кубометров, на 7 млрд больше").

    >>> from decimal import Decimal
    >>> a = QuantityMention(0, 8, "18,3 млрд", Decimal("18.3e9"), scaled=True)
    >>> b = QuantityMention(20, 40, "20,1 млрд долларов", Decimal("20.1e9"), unit="USD", unit_kind="currency", scaled=True)
    >>> [q.unit for q in elliptical_units([[a, b]])[0]]
    ['USD', 'USD']
    """
    out: list[list[QuantityMention]] = []
    last: QuantityMention | None = None
    for mentions in sentences:
        done = []
        for i, q in enumerate(mentions):
            if q.unit is None and q.scaled:
                after = next(
                    (m for m in mentions[i + 1 :] if m.scaled and m.unit_kind in ELLIPTICAL_KINDS),
                    None,
                )
                model = after or last
                if model is not None:
                    q = q.with_(unit=model.unit, unit_kind=model.unit_kind)
            if q.scaled and q.unit_kind in ELLIPTICAL_KINDS:
                last = q
            done.append(q)
        out.append(done)
    return out


def priced(unit: str | None, kind: str | None, per: str | None) -> str | None:
    """Money made a price by a unit it is paid for ("USD" per "bbl": "USD/bbl").

    >>> priced("USD", "currency", "bbl"), priced("t", "mass", "bbl")
    ('USD/bbl', 't')
    """
    if unit and per and kind == "currency":
        return f"{unit}/{per}"
    return unit


def mention(
    text: str,
    span: tuple[int, int],
    value: Decimal,
    unit: tuple[str | None, str | None],
    **fields: object,
) -> QuantityMention:
    """A :class:`QuantityMention` of ``text[span[0]:span[1]]`` (the record the English finder gives).

    >>> mention("вырос на 5%", (9, 11), Decimal(5), ("%", "percent"), change="increase").change
    'increase'
    """
    start, end = span
    code, kind = unit
    return QuantityMention(start, end, text[start:end], value, unit=code, unit_kind=kind, **fields)  # type: ignore[arg-type]
