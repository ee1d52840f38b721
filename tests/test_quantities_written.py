"""Numbers as people write them (issue 15): one table per kind of writing the quantity layer
once misread, each row a sentence written here with the exact mentions expected, and the
ordinary news around them that must stay as it was (years, dates, models, postcodes).

Each record is (text as found, value, high, unit, bound, change, from_value).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sinorus_facts.quantities.mention import QuantityMention
from sinorus_facts.quantities.reader import quantities_of

Record = tuple[str, Decimal, Decimal | None, str | None, str, str | None, Decimal | None]
Row = tuple[str, list[Record]]


def Q(text: str, value: str | Decimal, *, high: str | None = None, unit: str | None = None,
      bound: str = "=", change: str | None = None, from_value: str | None = None) -> Record:
    """An expected mention."""
    return (text, Decimal(value), Decimal(high) if high else None, unit, bound, change,
            Decimal(from_value) if from_value else None)


def record(mention: QuantityMention) -> Record:
    return (mention.text, mention.value, mention.high, mention.unit, mention.bound, mention.change, mention.from_value)


def _ids(rows: list[Row]) -> list[str]:
    return [text[:48] for text, _ in rows]


def _twelfths(whole: int, twelfths: int) -> Decimal:
    """A measure in a unit and twelfths of it: 6 ft 1 in is 6 1/12 ft."""
    return Decimal(whole) + (Decimal(twelfths) / Decimal(12)).normalize()


# Thousands grouped by plain spaces, as wire copy from Russia prints them.
_SPACE_GROUPED: list[Row] = [
    ("The port of Vanino handled 45 000 tonnes of coal in May.", [Q("45 000 tonnes", "45000", unit="t")]),
    ("Some 1 200 000 Chinese tourists visited Russia.",
     [Q("Some 1 200 000 Chinese tourists", "1200000", unit="person", bound="~")]),
    ("The fund raised 3 500 000 rubles.", [Q("3 500 000 rubles", "3500000", unit="RUB")]),
    ("Sales rose to 12 500.5 tonnes.", [Q("12 500.5 tonnes", "12500.5", unit="t")]),
    ("In 2019 100 buses were bought.", [Q("100 buses", "100", unit="count")]),  # a year, then a count
    ("On May 15 200 protesters marched.", [Q("200 protesters", "200", unit="count")]),  # a day, then a count
]

# Fractions and shares in words; dozens.
_FRACTIONS_IN_WORDS: list[Row] = [
    ("One fifth of the wheat went to China.", [Q("One fifth", "0.2")]),
    ("Output grew five halves over the decade.", [Q("five halves", "2.5", change="increase")]),
    ("Nearly a third of the workers left.", [Q("Nearly a third", Decimal(1) / Decimal(3), bound="~")]),
    ("A quarter of the budget goes to defence.", [Q("A quarter", "0.25")]),
    ("Less than half of the firms agreed.", [Q("Less than half", "0.5", bound="<")]),
    ("Seven out of 40 banks failed the test.", [Q("Seven out of 40", "0.175")]),
    ("One in five Russians travelled abroad.", [Q("One in five", "0.2")]),
    ("Two thirds backed the deal.", [Q("Two thirds", Decimal(2) / Decimal(3))]),
    ("A dozen ships docked at the port.", [Q("A dozen ships", "12", unit="count")]),
    ("Dozens of trucks waited at the border.", [Q("Dozens of trucks", "12", unit="count", bound=">")]),
]

# Long numbers spelled out; a scale and a half.
_SPELLED_OUT: list[Row] = [
    ("The yard built a hundred and two boats.", [Q("a hundred and two boats", "102", unit="count")]),
    ("They shipped two thousand and twenty tonnes of grain.", [Q("two thousand and twenty tonnes", "2020", unit="t")]),
    ("The fund holds two million and a half dollars.", [Q("two million and a half dollars", "2500000", unit="USD")]),
    ("Some twenty-one thousand four hundred and six workers signed.",
     [Q("Some twenty-one thousand four hundred and six workers", "21406", unit="person", bound="~")]),
]

# Signs: an accounting minus, a word minus, a sign glued to the digits.
_SIGNS: list[Row] = [
    ("Net income was ($4.2 million) in the quarter.", [Q("$4.2 million", "-4200000", unit="USD")]),
    ("The loss: ($310,000).", [Q("$310,000", "-310000", unit="USD")]),
    # a bracketed amount after another figure restates it: no minus
    ("It paid 5 billion rubles ($70 million) for the stake.",
     [Q("5 billion rubles", "5000000000", unit="RUB"), Q("$70 million", "70000000", unit="USD")]),
    ("Temperatures fell to minus 12 degrees Celsius.", [Q("minus 12 degrees Celsius", "-12", unit="°C")]),
    ("It was -40 F in Yakutsk.", [Q("-40 F", "-40", unit="°F")]),
]

# A stray blank after the decimal point of scraped wire copy.
_SCRAPED_DECIMALS: list[Row] = [
    ("The harvest reached 36. 4 million tonnes.", [Q("36. 4 million tonnes", "36400000", unit="t")]),
    ("Inflation slowed to 8. 2% in March.", [Q("8. 2%", "8.2", unit="%")]),
    ("Exports grew 12. 75 percent in the year.", [Q("12. 75 percent", "12.75", unit="%", change="increase")]),
    ("The plant opened in 2018. 5 firms joined it.", [Q("5 firms", "5", unit="count")]),  # a year ends the sentence
]

# ASCII transliterations of currency signs; a glued "m" that is "million" before what it counts.
_ASCII_CURRENCY: list[Row] = [
    ("The stake is worth PS30 million.", [Q("PS30 million", "30000000", unit="GBP")]),
    ("He paid PS21,700 for the car.", [Q("PS21,700", "21700", unit="GBP")]),
    ("She bought a PS4 and a PS5.", []),  # consoles
    ("Profit fell to Y=590 billion.", [Q("Y=590 billion", "590000000000", unit="JPY")]),
    ("It sold 2.7m cars and has 35m of its phones in use.",
     [Q("2.7m cars", "2700000", unit="count"), Q("35m of its phones", "35000000", unit="count")]),
    ("The firm raised 2.7m dollars.", [Q("2.7m dollars", "2700000", unit="USD")]),
    ("A 35m yacht sailed past a 100m tower.", [Q("35m", "35", unit="m"), Q("100m", "100", unit="m")]),
]

# Short unit symbols and marks right after a number; measures in two units.
_SHORT_SYMBOLS: list[Row] = [
    ("It was 30 C in Moscow and -40 F in Yakutsk.", [Q("30 C", "30", unit="°C"), Q("-40 F", "-40", unit="°F")]),
    ("The ticket cost 5,000 ¥.", [Q("5,000 ¥", "5000", unit="JPY")]),
    ("The fare is 900 ₽.", [Q("900 ₽", "900", unit="RUB")]),
    ("The pipe is 3 1/4 in wide.", [Q("3 1/4 in", "3.25", unit="in")]),
    ("He ranked 5 in the world.", [Q("5", "5")]),  # a bare number, no inch
    ("The screen is 8\" wide and the post is 5' tall.", [Q("8\"", "8", unit="in"), Q("5'", "5", unit="ft")]),
    ("He stands 6'1\".", [Q("6'1\"", _twelfths(6, 1), unit="ft")]),
    ("The kit has a 10\" pan and a \"lucky 5\" lid.", [Q("10\"", "10", unit="in"), Q("5", "5")]),
    ("The plant makes 500 tpd of ammonia.", [Q("500 tpd", "500", unit="t/d")]),
    ("The tank holds 40 L of fuel.", [Q("40 L", "40", unit="l")]),
    ("The barge carries 46 t, the port said.", [Q("46 t", "46", unit="t")]),
    ("He is 6 ft 1 in tall.", [Q("6 ft 1 in", _twelfths(6, 1), unit="ft")]),
    ("The baby weighed 7 lb 3 oz.", [Q("7 lb 3 oz", "7.1875", unit="lb")]),
    ("The flight took 2 hours 30 minutes.", [Q("2 hours 30 minutes", "2.5", unit="hour")]),
    ("A day there lasts 24 hours, 39 minutes, 35 seconds.",  # a list, not one measure
     [Q("24 hours", "24", unit="hour"), Q("39 minutes", "39", unit="minute"), Q("35 seconds", "35", unit="second")]),
]

# Rates that stand away from their number.
_DISTANT_RATES: list[Row] = [
    ("Russia will supply 22 bcm of gas every year.", [Q("22 bcm of gas every year", "22000000000", unit="m3/yr")]),
    ("The field pumps 1.6 mln barrels of oil per day.",
     [Q("1.6 mln barrels of oil per day", "1600000", unit="bbl/d")]),
    ("China imports 38 bcm of natural gas annually.",
     [Q("38 bcm of natural gas annually", "38000000000", unit="m3/yr")]),
    ("The mine produces 34,000 tonnes of copper cathode a year.",
     [Q("34,000 tonnes of copper cathode a year", "34000", unit="t/yr")]),
]

# A unit or a change verb left out after an earlier figure.
_ELIDED_UNITS: list[Row] = [
    ("Trade reached $80 billion, and 120 billion by 2025.",
     [Q("$80 billion", "80000000000", unit="USD"), Q("120 billion", "120000000000", unit="USD")]),
    ("Rosneft has $5 billion in debt and 2 billion shares.",  # a noun is its own unit
     [Q("$5 billion", "5000000000", unit="USD"), Q("2 billion shares", "2000000000", unit="count")]),
    ("Exports rose 5%, imports by 3% and services by 2%.",
     [Q("5%", "5", unit="%", change="increase"), Q("3%", "3", unit="%", change="increase"),
      Q("2%", "2", unit="%", change="increase")]),
    ("Exports and imports rose 5% and 7% respectively.",
     [Q("5%", "5", unit="%", change="increase"), Q("7%", "7", unit="%", change="increase")]),
    ("It fell 5% and 7% of firms closed.",  # no "respectively": the second is a share
     [Q("5%", "5", unit="%", change="decrease"), Q("7%", "7", unit="%")]),
]

# Ranges as one end of a change, and chains of "to".
_RANGE_CHAINS: list[Row] = [
    ("Trade will grow from 12.5 to 14-15 billion euros.",
     [Q("from 12.5 to 14-15 billion euros", "14000000000", high="15000000000", unit="EUR", change="from_to",
        from_value="12500000000")]),
    ("Prices went from $40 to $45 to $50.",
     [Q("from $40 to $45", "45", unit="USD", change="from_to", from_value="40"),
      Q("to $50", "50", unit="USD", change="from_to", from_value="45")]),
    ("The target is $40 to $45.", [Q("$40 to $45", "40", high="45", unit="USD")]),
    ("The stock gained 15 cents to $2.70.",  # a change and a level, not a range
     [Q("15 cents", "0.15", unit="USD", change="increase"), Q("$2.70", "2.70", unit="USD")]),
]

# Banknotes named by their value.
_BANKNOTES: list[Row] = [
    ("He paid with a $20 bill.", [Q("$20", "20", unit="USD")]),
    ("She found a 100-ruble note.", [Q("100-ruble", "100", unit="RUB")]),
    ("The budget is $20 bill.", [Q("$20 bill", "20000000000", unit="USD")]),  # wire shorthand for billion
]

# Numbers that are names, codes or models.
_NAMES_NOT_MEASURES: list[Row] = [
    ("Fill in form 1040 by April.", []),
    ("The 119019 postcode covers central Moscow.", []),
    ("The 90210 zip code is famous.", []),
    ("Russia delivered 24 Su-35 fighters.", [Q("24 Su-35 fighters", "24", unit="count")]),
    ("Flight SU 100 landed on time.", []),
    ("The Power of Siberia 2 pipeline opened.", []),
    ("Call 495 123 4567 for details.", [Q("495", "495"), Q("123", "123"), Q("4567", "4567")]),  # never one number
]

TABLES = {
    "space_grouped": _SPACE_GROUPED, "fractions_in_words": _FRACTIONS_IN_WORDS, "spelled_out": _SPELLED_OUT,
    "signs": _SIGNS, "scraped_decimals": _SCRAPED_DECIMALS, "ascii_currency": _ASCII_CURRENCY,
    "short_symbols": _SHORT_SYMBOLS, "distant_rates": _DISTANT_RATES, "elided_units": _ELIDED_UNITS,
    "range_chains": _RANGE_CHAINS, "banknotes": _BANKNOTES, "names_not_measures": _NAMES_NOT_MEASURES,
}


@pytest.mark.parametrize(("text", "expected"), _SPACE_GROUPED, ids=_ids(_SPACE_GROUPED))
def test_space_grouped_thousands(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _FRACTIONS_IN_WORDS, ids=_ids(_FRACTIONS_IN_WORDS))
def test_fractions_in_words(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _SPELLED_OUT, ids=_ids(_SPELLED_OUT))
def test_spelled_out(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _SIGNS, ids=_ids(_SIGNS))
def test_signs(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _SCRAPED_DECIMALS, ids=_ids(_SCRAPED_DECIMALS))
def test_scraped_decimals(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _ASCII_CURRENCY, ids=_ids(_ASCII_CURRENCY))
def test_ascii_currency(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _SHORT_SYMBOLS, ids=_ids(_SHORT_SYMBOLS))
def test_short_symbols(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _DISTANT_RATES, ids=_ids(_DISTANT_RATES))
def test_distant_rates(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _ELIDED_UNITS, ids=_ids(_ELIDED_UNITS))
def test_elided_units(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _RANGE_CHAINS, ids=_ids(_RANGE_CHAINS))
def test_range_chains(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _BANKNOTES, ids=_ids(_BANKNOTES))
def test_banknotes(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _NAMES_NOT_MEASURES, ids=_ids(_NAMES_NOT_MEASURES))
def test_names_not_measures(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected
