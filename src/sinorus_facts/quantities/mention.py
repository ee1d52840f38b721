"""A quantity found in a sentence, before it becomes a claim (plain data)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any

__all__ = ["QuantityMention"]


@dataclass(frozen=True)
class QuantityMention:
    """One figure: its span, value at full scale, unit, bound and change.

    Offsets are into the text the finder was given. ``number_start``/``number_end`` are
    the digits or number words themselves, for linking to the parse.

    >>> QuantityMention(0, 3, "15%", Decimal(15), unit="%").value
    Decimal('15')
    """

    start: int
    end: int
    text: str
    value: Decimal
    high: Decimal | None = None
    from_value: Decimal | None = None
    unit: str | None = None
    unit_kind: str | None = None
    unit_text: str | None = None
    bound: str = "="
    change: str | None = None
    number_start: int = 0
    number_end: int = 0
    scaled: bool = False
    multiplier: Decimal = Decimal(1)  # scale word times unit scale ("38 bcm": 1e9)
    attributive: bool = False  # "941.8-kilometer line", "two-day forum"
    vague: bool = False  # "hundreds of", "dozens of"
    word_number: bool = False  # "nine", "one million"
    per: str | None = None  # a rate the unit code does not carry ("$5bn a year")
    counted: str | None = None  # for counts: the noun counted
    flags: tuple[str, ...] = field(default=())
    # the words that decided the bound, the change, the earlier value: (field, start, end, rule)
    cues: tuple[tuple[str, int, int, str], ...] = field(default=())

    def with_(self, **changes: Any) -> QuantityMention:
        """A copy with some fields changed (``dataclasses.replace`` without its calls of
        ``__init__``: the finder makes thousands of copies a second).

        >>> QuantityMention(0, 3, "15%", Decimal(15), unit="%").with_(bound="<").bound
        '<'
        """
        unknown = changes.keys() - _FIELD_NAMES
        if unknown:
            raise TypeError(f"QuantityMention has no field {min(unknown)!r}")
        twin = object.__new__(type(self))
        twin.__dict__.update(self.__dict__, **changes)
        return twin

    def shifted(self, offset: int) -> QuantityMention:
        """The same mention with offsets moved by ``offset`` (sentence -> document)."""
        return self.with_(
            start=self.start + offset,
            end=self.end + offset,
            number_start=self.number_start + offset,
            number_end=self.number_end + offset,
            cues=tuple((f, s + offset, e + offset, r) for f, s, e, r in self.cues),
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain data (decimals as strings) for storing on a spaCy Doc."""
        data = {
            name: getattr(self, name) for name in _FIELDS
        }  # every value is immutable: no deep copy
        for key in ("value", "high", "from_value", "multiplier"):
            if data[key] is not None:
                data[key] = str(data[key])
        data["flags"] = list(self.flags)
        data["cues"] = [list(cue) for cue in self.cues]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QuantityMention:
        """The inverse of :meth:`to_dict`."""
        values = dict(data)
        for key in ("value", "high", "from_value", "multiplier"):
            if values.get(key) is not None:
                values[key] = Decimal(values[key])
        values["flags"] = tuple(values.get("flags", ()))
        values["cues"] = tuple(
            (str(f), int(s), int(e), str(r)) for f, s, e, r in values.get("cues", ())
        )
        if values.keys() != _FIELD_NAMES:
            return cls(**values)  # a field missing or unknown: the dataclass says which
        mention = object.__new__(cls)  # every field given: no __init__ (read back per figure)
        mention.__dict__.update(values)
        return mention


_FIELDS = tuple(f.name for f in fields(QuantityMention))
_FIELD_NAMES = frozenset(_FIELDS)
