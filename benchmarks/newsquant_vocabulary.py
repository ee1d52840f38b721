"""NewsQuant's vocabulary: this library's quantities as the dataset annotates them.

The dataset's unit names are its own ("dollar", "percentage", "year of age", count nouns
as written); so are its conventions for ranges, changes and vague numbers. Everything that
translates our :class:`~sinorus_facts.quantities.mention.QuantityMention` into them lives
here, out of the library (see :mod:`benchmarks.newsquant` for the scoring).

>>> from sinorus_facts.quantities.finder import find_quantities
>>> [(p.value, p.unit, p.change) for m in find_quantities("Shares fell 19 cents.") for p in to_dataset(m)]
[((19.0,), 'cent', 'down')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from sinorus_facts.quantities.mention import QuantityMention
from sinorus_facts.quantities.units import UnitHit, unit_matcher

__all__ = ["UNIT_NAMES", "VAGUE_AS_RANGE", "Predicted", "to_dataset"]

# Our unit codes in the dataset's vocabulary of normalised units.
UNIT_NAMES: dict[str, str] = {
    # money
    "USD": "dollar",
    "CNY": "chinese yuan",
    "EUR": "euro",
    "GBP": "pound sterling",
    "JPY": "japanese yen",
    "AUD": "australian dollar",
    "CAD": "canadian dollar",
    "HKD": "hong kong dollar",
    "NZD": "new zealand dollar",
    "SGD": "Singaporean dollar",
    "MYR": "malaysian ringgit",
    "ILS": "shekel",
    "INR": "indian rupee",
    "CHF": "swiss franc",
    "DKK": "danish krone",
    "MXN": "mexican peso",
    "TRY": "turkish lira",
    "ZAR": "south african rand",
    "HRK": "croatian kuna",
    "CRC": "costa rican colón",
    "GEL": "georgian lari",
    "LAK": "lao kip",
    "LKR": "sri lankan rupee",
    "FIM": "finnish markka",
    "NLG": "netherlands guilde",
    "ESP": "peseta",
    "DEM": "mark",
    "BTC": "bitcoin",
    "RUB": "russian ruble",
    "KRW": "south korean won",
    # shares, changes and counts
    "%": "percentage",
    "pp": "percentage point",
    "bp": "basis point",
    "x": "count",
    "pt": "point",
    # mass, volume, length, area
    "t": "metric ton",
    "kg": "kilogram",
    "g": "gram",
    "mg": "milligram",
    "ug": "microgram",
    "lb": "pound-mass",
    "oz": "ounce",
    "bbl": "barrel",
    "bbl/d": "barrel per day",
    "m3": "cubic metre",
    "ft3": "cubic foot",
    "l": "litre",
    "ml": "millilitre",
    "gal": "gallon",
    "pt_us": "pint",
    "qt": "quart",
    "dr": "dram",
    "tbsp": "tablespoon",
    "tsp": "teaspoon",
    "cup": "cup",
    "km": "kilometre",
    "m": "metre",
    "dm": "decimetre",
    "cm": "centimetre",
    "mm": "millimetre",
    "um": "micrometre",
    "nm": "nanometre",
    "pm": "picometre",
    "mi": "mile",
    "nmi": "nautical mile",
    "ft": "foot",
    "in": "inch",
    "yd": "yard",
    "km2": "square kilometre",
    "m2": "square metre",
    "mi2": "square mile",
    "ft2": "square feet",
    "ha": "hectare",
    "acre": "acre",
    # energy, power, electricity, pressure
    "kWh": "kilowatt hour",
    "MWh": "megawatt hour",
    "GWh": "gigawatt hour",
    "TWh": "terawatt hour",
    "W": "watt",
    "kW": "kilowatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "TW": "terawatt",
    "hp": "horsepower",
    "bhp": "brake horsepower",
    "V": "volt",
    "kV": "kilovolt",
    "A": "ampere",
    "mAh": "milliampere-hour",
    "F": "farad",
    "Nm": "newton metre",
    "lbft": "foot pound-force",
    "Pa": "pascal",
    "kPa": "kilopascal",
    "MPa": "megapascal",
    "GPa": "gigapascal",
    "ksi": "kilopound per square inch",
    "psi": "pound per square inch",
    "cal": "calorie",
    "kcal": "calorie",
    "J": "joule",
    "dB": "decibel",
    "R": "roentgen",
    "Btu": "british thermal unit",
    "MMBtu": "mega british thermal unit",
    # speed, frequency, data, temperature, angles, concentration
    "km/h": "kilometre per hour",
    "mph": "mile per hour",
    "kn": "knot",
    "m/s": "metre per second",
    "mpg": "mile per gallon",
    "rpm": "revolutions per minute",
    "Hz": "hertz",
    "kHz": "kilohertz",
    "MHz": "megahertz",
    "GHz": "gigahertz",
    "GB": "gigabyte",
    "MB": "megabyte",
    "TB": "terabyte",
    "KB": "kilobyte",
    "Gbps": "gigabit per second",
    "Mbps": "megabit per second",
    "bit": "bit",
    "°C": "celsius",
    "°F": "fahrenheit",
    "°": "degree",
    "rad": "radian",
    "ppm": "part per million",
    "ppb": "parts-per-billion",
    "G": "generation wireless",
    # time
    "year": "year",
    "month": "month",
    "week": "week",
    "day": "day",
    "hour": "hour",
    "minute": "minute",
    "second": "second",
    "century": "century",
    # engines, sports, electricity
    "PS": "horsepower",
    "cyl": "cylinder",
    "reb": "rebound",
    "ast": "assist",
    "WAR": "win above replacement",
    "pint": "pint",
}

# Units our lexicon writes as a multiple of another ("127 gigatonnes" is 127e9 t), which
# the dataset keeps as written: the lexicon entry's id to the dataset's name.
SCALED_UNIT_NAMES: dict[str, str] = {
    "gigatonne": "gigaton",
    "megatonne": "megaton",
    "kilotonne": "kiloton",
    "usd_cent": "cent",
    "gbp_pence": "penny",
    "myr_sen": "sen",
    "bcm": "billion cubic metre",
    "mcm": "million cubic metre",
    "tcm": "trillion cubic metre",
    "kbpd": "thousand barrel per day",
    "mbpd": "million barrel per day",
    "decade": "decade",
    "century": "century",
    "bcf": "billion cubic foot",
    "mcf": "thousand cubic foot",
}

# Nouns of counts the dataset names by a unit of its own ("3200 times" counts, "count").
COUNTED_NAMES = {"times": "count", "time": "count"}

# Denominators of rates in the dataset's words ("dollar per barrel", "hour per week").
PER_NAMES: dict[str, str] = {
    "yr": "year",
    "mo": "month",
    "wk": "week",
    "d": "day",
    "h": "hour",
    "min": "minute",
    "s": "second",
    "game": "game",
    "bbl": "barrel",
    "t": "metric ton",
    "kg": "kilogram",
    "g": "gram",
    "oz": "ounce",
    "share": "share",
    "gal": "gallon",
    "l": "litre",
    "m2": "square metre",
    "ft2": "square foot",
    "MMBtu": "mega british thermal unit",
    "kWh": "kilowatt hour",
    "person": "person",
    "century": "century",
}

# Our bounds and changes in the dataset's words.
CHANGE_NAMES = {
    "=": "=",
    "~": "~",
    ">": ">",
    ">=": ">",
    "<": "<",
    "<=": "<",
    "increase": "up",
    "decrease": "down",
}

# Ages ("a 50-year-old man") in the dataset's words.
AGE_NAMES = {
    "year": "year of age",
    "month": "month of age",
    "week": "week of age",
    "day": "day of age",
}

# Sets that write "hundreds of" as the range [100, 1000] (the small sets write 100).
VAGUE_AS_RANGE = frozenset({"NewsQuant"})

# A letter in a number's text: multiplier words ("doubled", "twice") the dataset does not
# annotate as quantities, unlike "four times" or "sixfold".
NUMBER_IN_TEXT = re.compile(r"\d|one|two|three|four|five|six|seven|eight|nine|ten", re.IGNORECASE)


@dataclass(frozen=True)
class Predicted:
    """One of our quantities in the dataset's vocabulary."""

    value: tuple[float, ...]
    unit: str
    change: str
    text: str


def _unit_entry(mention: QuantityMention) -> UnitHit | None:
    """The lexicon entry of the unit as written ("gigatonnes", "cents"), if any."""
    if not mention.unit_text:
        return None
    return unit_matcher().after(mention.unit_text, 0) or unit_matcher().before(
        mention.unit_text, len(mention.unit_text)
    )


def _unit_name(mention: QuantityMention) -> tuple[str, Decimal]:
    """The dataset's name of our unit, and what our value is divided by to be in it."""
    if mention.unit is None:
        return (f"% {mention.counted}" if mention.counted else "-"), Decimal(1)
    if mention.unit_kind == "age":
        return AGE_NAMES.get(mention.unit, mention.unit), Decimal(1)
    if mention.unit in ("person", "count"):
        noun = mention.counted or mention.unit_text or mention.unit
        name = COUNTED_NAMES.get(noun.lower().split()[0], noun)
        return (
            f"{name} per {PER_NAMES.get(mention.per, mention.per)}" if mention.per else name
        ), Decimal(1)
    base, _, per = mention.unit.partition("/")
    name, divisor = UNIT_NAMES.get(base, base), Decimal(1)
    entry = _unit_entry(mention)
    if entry is not None and entry.entry_id == "gbp_pence" and mention.unit_text == "p":
        name, divisor = "point", entry.scale  # the dataset calls share prices in pence points
    elif entry is not None and entry.entry_id in SCALED_UNIT_NAMES:
        name, divisor = SCALED_UNIT_NAMES[entry.entry_id], entry.scale
    elif base == "t" and re.match(r"(?i)tons?\b", mention.unit_text or ""):
        name = "ton"
    per = per or (mention.per or "")
    return (f"{name} per {PER_NAMES.get(per, per)}" if per else name), divisor


def _change(mention: QuantityMention, *, plain: bool = False) -> str:
    """The direction of a change reported by a verb or a sign ("rose about 5%", "+1.5%"),
    except after "more than" ("climbed more than 3%" is ">"); else the bound. A change named
    by a noun ("a 40 percent increase") is a level of that change for the dataset.

    Under the plain mapping (``plain=True``) every increase is ``up``, every decrease
    ``down``, whatever names it; anything else is its bound.
    """
    if plain:
        if mention.change in ("increase", "decrease"):
            return CHANGE_NAMES[mention.change]
        return CHANGE_NAMES.get(mention.bound, "=")
    reported = mention.change in ("increase", "decrease") and "change_noun" not in mention.flags
    if reported and mention.bound not in (">", ">="):
        return CHANGE_NAMES[mention.change]  # type: ignore[index]
    return CHANGE_NAMES.get(mention.bound, "=")


def to_dataset(
    mention: QuantityMention, *, vague_as_range: bool = True, plain: bool = False
) -> list[Predicted]:
    """One of our mentions as the dataset would annotate it (a from/to change written
    "from A to B" is the range [A, B]; "to B from A" two quantities); ``plain`` maps the
    change the plain way (increase is up, decrease down, otherwise the bound)."""
    if mention.change == "factor" and not NUMBER_IN_TEXT.search(mention.text):
        return []
    (unit, divisor), change = _unit_name(mention), _change(mention, plain=plain)
    sign = -1 if "signed" in mention.flags and mention.change == "decrease" else 1
    value = sign * float(mention.value / divisor)
    if mention.change == "from_to" and mention.from_value is not None:
        start = float(mention.from_value / divisor)
        if mention.high is not None:  # "from 12 to 14-15 billion": a change to each end
            high = float(mention.high / divisor)
            return [
                Predicted((start, value), unit, "=", mention.text),
                Predicted((start, high), unit, "=", mention.text),
            ]
        if mention.text.lower().startswith("from") or "chained" in mention.flags:
            return [Predicted((start, value), unit, "=", mention.text)]
        return [
            Predicted((value,), unit, "=", mention.text),
            Predicted((start,), unit, "=", mention.text),
        ]
    if mention.high is not None:
        return [Predicted((value, float(mention.high / divisor)), unit, change, mention.text)]
    if mention.vague and vague_as_range:
        return [Predicted((value, value * 10), unit, "=", mention.text)]
    return [Predicted((value,), unit, change, mention.text)]
