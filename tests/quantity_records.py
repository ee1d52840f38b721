"""The expected-mention records of the quantity tables: (text as found, value, high, unit,
bound, change, from_value), built with :func:`Q` and compared with :func:`record`."""

from __future__ import annotations

from decimal import Decimal

from sinorus_facts.quantities.mention import QuantityMention

Record = tuple[str, Decimal, Decimal | None, str | None, str, str | None, Decimal | None]
Row = tuple[str, list[Record]]


def Q(
    text: str,
    value: str | Decimal,
    *,
    high: str | None = None,
    unit: str | None = None,
    bound: str = "=",
    change: str | None = None,
    from_value: str | None = None,
) -> Record:
    """An expected mention."""
    return (
        text,
        Decimal(value),
        Decimal(high) if high else None,
        unit,
        bound,
        change,
        Decimal(from_value) if from_value else None,
    )


def record(mention: QuantityMention) -> Record:
    """A found mention as a record."""
    return (
        mention.text,
        mention.value,
        mention.high,
        mention.unit,
        mention.bound,
        mention.change,
        mention.from_value,
    )
