"""Numbers as news writes them, to exact decimals (pure functions, no model).

>>> parse_digits("31.2")
Decimal('31.2')
>>> parse_digits("3,812"), parse_digits("18,8"), parse_digits("1 000 000")
(Decimal('3812'), Decimal('18.8'), Decimal('1000000'))
>>> words_value(["twenty", "five"]), words_value(["two", "and", "a", "half"])
(Decimal('25'), Decimal('2.5'))
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from sinorus_facts.lexicons import NumberWordEntry, lexicon_cache, load_lexicon

__all__ = [
    "NUMBER_WORDS",
    "as_decimal",
    "fraction_value",
    "number_word_table",
    "parse_digits",
    "power_of_ten",
    "words_value",
]

# What groups the thousands of a number: the "," of "1,500", a (narrow) no-break space.
GROUP_SEPARATOR = re.compile(r"[,\u00a0\u202f\u2009 ]")

# A thousands group: a comma or a (narrow) no-break or thin space followed by 3 digits.
# Matches "3,812", "1 000 000" (U+00A0/U+202F/U+2009), "12,000,000".
THOUSANDS_GROUPED = re.compile(
    r"^\d{1,3}(?:(?P<sep>[,\u00a0\u202f\u2009 ])\d{3})(?:(?P=sep)\d{3})*(?:\.\d+)?$"
)

# A decimal comma as Russian and European wires write it: "18,8", "3,25" (1-2 digits after).
DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")

# Plain digits with an optional decimal point: "31.2", "2017", ".5".
PLAIN_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)?|\.\d+)$")

NUMBER_WORDS = "number_words"

# The longest digit string read as a number: a figure of news has at most about 20 digits
# ("1,234,567,890,123.45"); a longer one is an id or noise, and would overflow a float.
MAX_NUMBER_LENGTH = 40

# Superscript digits and signs, as exponents are written: "10⁻⁸", "10¹²".
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")


def as_decimal(value: float) -> Decimal:
    """A lexicon's float as an exact decimal: 12.0 -> 12, 0.5 -> 0.5, 1e9 -> 1000000000.

    >>> as_decimal(12.0), as_decimal(0.5), as_decimal(1e9)
    (Decimal('12'), Decimal('0.5'), Decimal('1000000000'))
    """
    if float(value).is_integer():
        return Decimal(int(value))
    return Decimal(repr(float(value)))


def parse_digits(text: str) -> Decimal | None:
    """Read a number written with digits; None if it is not one.

    >>> parse_digits("941.8"), parse_digits("12,000,000"), parse_digits("1.2.3")
    (Decimal('941.8'), Decimal('12000000'), None)
    """
    text = text.strip()
    if not text or len(text) > MAX_NUMBER_LENGTH:
        return None
    try:
        if PLAIN_NUMBER.match(text):
            return Decimal(text)
        if THOUSANDS_GROUPED.match(text):
            return Decimal(GROUP_SEPARATOR.sub("", text))
        if DECIMAL_COMMA.match(text):
            return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None
    return None


@lexicon_cache(maxsize=1)
def number_word_table() -> dict[str, NumberWordEntry]:
    """Every number word of the lexicon, lower-cased, to its entry."""
    table: dict[str, NumberWordEntry] = {}
    for entry in load_lexicon(NUMBER_WORDS).entries:
        for word in entry.words:
            table[word.lower()] = entry
    return table


def words_value(words: list[str]) -> Decimal | None:
    """Compose number words into a value: ["three", "hundred", "twenty"] -> 320.

    Scale words (million, billion) are not handled here but by the quantity finder, which
    applies them to whatever number stands before them.

    >>> words_value(["a", "dozen"]), words_value(["nine"]), words_value(["hundred"])
    (Decimal('12'), Decimal('9'), Decimal('100'))
    >>> words_value(["one", "half"]), words_value(["one", "and", "a", "half"])
    (Decimal('0.5'), Decimal('1.5'))
    """
    table = number_word_table()
    current = Decimal(0)
    fraction = Decimal(0)
    seen_any = False
    lowered = [w.lower() for w in words]
    for index, word in enumerate(lowered):
        if word in ("and", "-"):
            continue
        entry = table.get(word)
        if entry is None:
            return None
        value = as_decimal(entry.value)
        previous = table.get(lowered[index - 1]) if index else None
        if entry.role == "article":
            if previous is not None and previous.role == "fraction":
                continue  # "half a (million)"
            current += 1
        elif entry.role in ("unit", "ten"):
            current += value
        elif entry.role == "hundred":
            current = (current or Decimal(1)) * value
        elif entry.role == "fraction":
            if previous is not None and previous.role == "article":
                current -= 1  # the "a" of "two and a half" was not a one
            if previous is not None and previous.role == "unit" and index == 1:
                current *= value  # "one half", "one-half": a half of one, not one and a half
            elif current > 0:
                fraction += value
            else:
                current = value
        else:
            return None
        seen_any = True
    if not seen_any:
        return None
    return current + fraction


def fraction_value(numerator: Decimal, denominator: Decimal) -> Decimal | None:
    """A fraction as a decimal: 1/3 -> 0.333..., 2/3, 1/16; None for a zero denominator.

    >>> fraction_value(Decimal(1), Decimal(16)), fraction_value(Decimal(1), Decimal(0))
    (Decimal('0.0625'), None)
    """
    if denominator == 0:
        return None
    return (numerator / denominator).normalize()


def power_of_ten(mantissa: str, exponent: str) -> Decimal | None:
    """Scientific notation: "6.67" x 10 to the "−11" (minus signs and superscripts allowed).

    >>> power_of_ten("6.67", "−11"), power_of_ten("3", "⁸")
    (Decimal('6.67E-11'), Decimal('3E+8'))
    """
    digits = exponent.translate(SUPERSCRIPTS).replace("\u2212", "-").replace("\u2013", "-").strip()
    value = parse_digits(mantissa)
    if value is None or not digits.lstrip("+-").isdigit():
        return None
    return value.scaleb(int(digits))
