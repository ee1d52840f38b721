"""Units the user can compare: convert figures within one dimension.

A claim's unit is canonical (``m3``, ``t``, ``bbl/d``, ``USD``) and its value is at full
scale. :func:`convert` expresses it in another unit of the same dimension: ``bcm`` or
``m3``, ``mln t`` or ``t``, ``bbl/d`` or ``bbl/yr`` (a rate converts to another rate, since
the text stated the rate; a stock never becomes a rate). Currencies stay as written: no
exchange rate is invented, and one currency becomes another only through an
:class:`ExchangeRates` table the user gives.

Sizes come from the lexicons: ``conversions.json`` (a unit in its dimension's base unit),
``units.json`` (multiples such as ``bcm``, ``Mt``, ``kb/d``, ``mtpa``) and
``scale_words.json`` (``mln t``, ``bn USD``).

>>> convert_value(38e9, "m3/yr", "bcm/yr")
38.0
>>> convert_value(1.2e6, "bbl/d", "mln bbl/yr")
438.0
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from pydantic import BaseModel, ConfigDict, Field

from sinorus_facts.errors import InputError
from sinorus_facts.lexicons import lexicon_cache, load_lexicon
from sinorus_facts.models import Claim

__all__ = [
    "ConversionError",
    "ExchangeRates",
    "UnitSpec",
    "can_convert",
    "convert",
    "convert_value",
    "parse_unit",
]

# A denominator with a count before its unit, as in prices of gas: "1000m3" of "USD/1000m3".
LEADING_COUNT = re.compile(r"^(?P<count>\d+(?:\.\d+)?)\s*(?P<unit>\D.*)$")


class ConversionError(InputError):
    """A unit is unknown, or cannot become the unit asked for."""


@dataclass(frozen=True)
class UnitSpec:
    """A unit understood: its dimension, its size in the dimension's base unit, and the
    denominator when it is a rate (``bbl/d`` is volume per time).

    Dimensions are physical (``mass``, ``volume``, ...), ``currency:USD`` for money, or the
    unit itself for units that convert only to themselves (``%``, ``person``, ``x``).
    """

    text: str
    dimension: str
    factor: float = 1.0
    per: UnitSpec | None = None

    @property
    def is_rate(self) -> bool:
        """True for a rate (``bbl/d``, ``USD/bbl``)."""
        return self.per is not None

    @property
    def signature(self) -> str:
        """The dimensions, as in ``volume/time``."""
        return self.dimension + (f"/{self.per.dimension}" if self.per else "")


class ExchangeRates(BaseModel):
    """Exchange rates the user gives: units of each currency that one unit of ``base`` buys.

    ``by_year`` holds rates for given years; they win over ``rates`` for a figure whose
    period lies within that year.

    >>> rates = ExchangeRates(base="USD", rates={"CNY": 7.0}, by_year={2018: {"CNY": 6.6}})
    >>> rates.rate("CNY"), rates.rate("CNY", year=2018), rates.rate("USD")
    (7.0, 6.6, 1.0)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    base: str
    rates: dict[str, float] = Field(default_factory=dict)
    by_year: dict[int, dict[str, float]] = Field(default_factory=dict)
    source: str | None = Field(default=None, description="where the rates come from")

    def rate(self, currency: str, *, year: int | None = None) -> float:
        """How many ``currency`` one ``base`` buys (in ``year`` when given and known)."""
        if currency == self.base:
            return 1.0
        if year is not None and currency in self.by_year.get(year, {}):
            return self.by_year[year][currency]
        if currency in self.rates:
            return self.rates[currency]
        when = f" for {year}" if year is not None else ""
        raise ConversionError(
            f"no exchange rate for {currency}{when}; add it to ExchangeRates(rates=...) or by_year"
        )


@lexicon_cache
def _scale_words() -> dict[str, float]:
    words: dict[str, float] = {}
    for entry in load_lexicon("scale_words").entries:
        for word in entry.words:
            words.setdefault(word.lower(), entry.scale)
        for symbol in entry.symbols:
            words.setdefault(symbol, entry.scale)
    return words


@lexicon_cache
def _unit_table() -> dict[str, UnitSpec]:
    """Every unit name known: canonical codes first, then the aliases of ``units.json``."""
    table: dict[str, UnitSpec] = {}
    for entry in load_lexicon("conversions").entries:
        spec = UnitSpec(entry.unit, entry.dimension, entry.factor / entry.per)
        for name in (entry.unit, *entry.aliases):
            table.setdefault(name, replace(spec, text=name))
    units = load_lexicon("units").entries
    for entry in units:  # canonical codes that convert only to themselves, and currencies
        if entry.unit not in table and "/" not in entry.unit:
            dimension = f"currency:{entry.unit}" if entry.kind == "currency" else entry.unit
            table[entry.unit] = UnitSpec(entry.unit, dimension)
    for entry in units:  # multiples and other ways of writing a unit: "bcm", "Mt", "kb/d"
        base_code = entry.unit.split("/")[0]
        base = table.get(base_code)
        if base is None:
            continue
        per = table.get(entry.rate) if entry.rate else None
        if entry.rate and per is None:
            continue
        for name in (entry.id, *entry.symbols, *entry.after, *entry.before):
            key = name if name in entry.symbols else name.lower()
            table.setdefault(key, UnitSpec(name, base.dimension, base.factor * entry.scale, per))
    return table


def _lookup(text: str) -> UnitSpec | None:
    table = _unit_table()
    spec = table.get(text) or table.get(text.lower())
    return replace(spec, text=text) if spec is not None else None


def parse_unit(text: str) -> UnitSpec:
    """Understand a unit as a user writes it: a code (``m3``), a multiple (``bcm``, ``mln t``),
    or a rate (``bbl/d``, ``bcm/yr``, ``USD/1000m3``).

    >>> spec = parse_unit("mln t/yr")
    >>> spec.signature, spec.factor, spec.per.factor
    ('mass/time', 1000000.0, 365.0)
    >>> parse_unit("furlongs")
    Traceback (most recent call last):
    ...
    sinorus_facts.analysis.convert.ConversionError: unknown unit 'furlongs'; use a code such as 't', 'm3', 'bbl/d', 'USD', or a multiple such as 'bcm', 'mln t'
    """
    text = " ".join(text.split())
    found = _lookup(text)
    if found is not None:
        return found
    if "/" in text:
        head, _, tail = text.partition("/")
        numerator = parse_unit(head.strip())
        if numerator.per is None:
            return replace(numerator, text=text, per=_denominator(tail.strip()))
    head, _, rest = text.partition(" ")
    scales = _scale_words()
    if rest and (head in scales or head.lower() in scales):
        scale = scales.get(head) or scales[head.lower()]
        inner = parse_unit(rest)
        return replace(inner, text=text, factor=inner.factor * scale)
    raise ConversionError(
        f"unknown unit {text!r}; use a code such as 't', 'm3', 'bbl/d', 'USD', "
        "or a multiple such as 'bcm', 'mln t'"
    )


def _denominator(text: str) -> UnitSpec:
    match = LEADING_COUNT.match(text)
    spec = parse_unit(match.group("unit")) if match else parse_unit(text)
    if spec.per is not None:
        raise ConversionError(f"a rate cannot be the denominator of a rate: {text!r}")
    count = float(match.group("count")) if match else 1.0
    return replace(spec, text=text, factor=spec.factor * count)


def _part_factor(
    source: UnitSpec, target: UnitSpec, rates: ExchangeRates | None, year: int | None
) -> float:
    """How many ``target`` one ``source`` makes."""
    if source.dimension == target.dimension:
        return source.factor / target.factor
    both_money = source.dimension.startswith("currency:") and target.dimension.startswith(
        "currency:"
    )
    if both_money and rates is not None:
        source_code, target_code = source.dimension.split(":")[1], target.dimension.split(":")[1]
        money = rates.rate(target_code, year=year) / rates.rate(source_code, year=year)
        return source.factor * money / target.factor
    if both_money:
        raise ConversionError(
            f"{source.text!r} and {target.text!r} are different currencies; currencies stay as "
            "written unless you give ExchangeRates"
        )
    raise ConversionError(
        f"cannot convert {source.text!r} ({source.signature}) to {target.text!r} ({target.signature})"
    )


def _factor(unit: str, to: str, rates: ExchangeRates | None, year: int | None) -> float:
    if " ".join(unit.split()) == " ".join(to.split()):
        return 1.0
    source, target = parse_unit(unit), parse_unit(to)
    if (source.per is None) != (target.per is None):
        kind = "a rate" if source.per is not None else "not a rate"
        raise ConversionError(
            f"cannot convert {unit!r} ({source.signature}) to {to!r} ({target.signature}): "
            f"{unit!r} is {kind}, and only a rate the text states converts to another rate"
        )
    factor = _part_factor(replace(source, per=None), replace(target, per=None), rates, year)
    if source.per is not None and target.per is not None:
        factor /= _part_factor(source.per, target.per, rates, year)
    return factor


def can_convert(unit: str | None, to: str, *, rates: ExchangeRates | None = None) -> bool:
    """Whether figures in ``unit`` can be given in ``to``.

    >>> can_convert("m3", "bcm"), can_convert("t", "t/yr"), can_convert("USD", "RUB")
    (True, False, False)
    """
    if unit is None:
        return False
    try:
        _factor(unit, to, rates, None)
    except ConversionError:
        return False
    return True


def convert_value(
    value: float, unit: str, to: str, *, rates: ExchangeRates | None = None, year: int | None = None
) -> float:
    """``value`` in ``unit`` expressed in ``to`` (``year`` picks the exchange rate).

    >>> convert_value(71.5e6, "t", "mln t")
    71.5
    >>> convert_value(660.0, "CNY", "USD", rates=ExchangeRates(base="USD", rates={"CNY": 6.6}))
    100.0
    """
    result = value * _factor(unit, to, rates, year)
    return float(f"{result:.12g}") if math.isfinite(result) else result


def _single_year(claim: Claim) -> int | None:
    period = claim.period
    if period is None or period.start is None or period.end is None:
        return None
    return period.start.year if period.start.year == period.end.year else None


def convert(claim: Claim, to: str, *, rates: ExchangeRates | None = None) -> Claim:
    """The claim with its figures (value, high, from_value) in ``to``; everything else, the
    evidence and ``unit_text`` (the unit as written) included, stays as it was.

    Exchange rates for a year are used for a figure whose period lies within that year.

    >>> import sinorus_facts
    >>> claim = sinorus_facts.extract("Russia shipped 38 bcm of gas to China in 2021.")[0]
    >>> claim.value, claim.unit
    (38000000000.0, 'm3')
    >>> moved = convert(claim, "bcm")
    >>> moved.value, moved.unit, moved.evidence == claim.evidence
    (38.0, 'bcm', True)
    """
    if claim.unit is None:
        raise ConversionError(f"claim {claim.id} has no unit; it cannot be converted to {to!r}")
    year = _single_year(claim)
    factor = _factor(claim.unit, to, rates, year)

    def scaled(value: float | None) -> float | None:
        return None if value is None else float(f"{value * factor:.12g}")

    return claim.model_copy(
        update={
            "value": scaled(claim.value),
            "high": scaled(claim.high),
            "from_value": scaled(claim.from_value),
            "unit": " ".join(to.split()),
        }
    )
