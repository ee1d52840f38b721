"""Numbers as people write them (issue 15): one table per kind of writing the quantity layer
once misread, each row a sentence written here with the exact mentions expected, and the
ordinary news around them that must stay as it was (years, dates, models, postcodes).

Each record is (text as found, value, high, unit, bound, change, from_value).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from sinorus_facts.quantities.reader import quantities_of
from tests.quantity_records import Q, Record, Row, record


def _ids(rows: list[Row]) -> list[str]:
    return [text[:48] for text, _ in rows]


def _twelfths(whole: int, twelfths: int) -> Decimal:
    """A measure in a unit and twelfths of it: 5 ft 11 in is 5 11/12 ft."""
    return Decimal(whole) + (Decimal(twelfths) / Decimal(12)).normalize()


# Thousands grouped by plain spaces, as wire copy from Russia prints them.
_SPACE_GROUPED: list[Row] = [
    (
        "The port of Vanino handled 38 000 tonnes of coal in May.",
        [Q("38 000 tonnes", "38000", unit="t")],
    ),
    (
        "Some 1 450 000 Chinese tourists visited Russia.",
        [Q("Some 1 450 000 Chinese tourists", "1450000", unit="person", bound="~")],
    ),
    ("The fund raised 3 500 000 rubles.", [Q("3 500 000 rubles", "3500000", unit="RUB")]),
    ("Sales rose to 12 500.5 tonnes.", [Q("12 500.5 tonnes", "12500.5", unit="t")]),
    (
        "In 2019 100 buses were bought.",
        [Q("100 buses", "100", unit="count")],
    ),  # a year, then a count
    (
        "On May 15 200 protesters marched.",
        [Q("200 protesters", "200", unit="person")],
    ),  # a day, then a count of people
]

# Fractions and shares in words; dozens.
_FRACTIONS_IN_WORDS: list[Row] = [
    ("The odds of a win were put at one sixth.", [Q("one sixth", Decimal(1) / Decimal(6))]),
    ("They took one fifth, the rest went abroad.", [Q("one fifth", "0.2")]),
    (
        "The plant builds one fifth-generation jet a year.",  # a rank, not a share
        [Q("one fifth-generation jet a year", "1", unit="count")],
    ),
    ("One fifth of the wheat went to China.", [Q("One fifth", "0.2")]),
    ("Output grew five halves over the decade.", [Q("five halves", "2.5", change="increase")]),
    (
        "Nearly a third of the workers left.",
        [Q("Nearly a third", Decimal(1) / Decimal(3), bound="~")],
    ),
    ("A quarter of the budget goes to defence.", [Q("A quarter", "0.25")]),
    ("Less than half of the firms agreed.", [Q("Less than half", "0.5", bound="<")]),
    ("Nine out of 50 banks failed the test.", [Q("Nine out of 50", "0.18")]),
    ("One in five Russians travelled abroad.", [Q("One in five", "0.2")]),
    ("Two thirds backed the deal.", [Q("Two thirds", Decimal(2) / Decimal(3))]),
    ("The road runs one-half mile east.", [Q("one-half mile", "0.5", unit="mi")]),
    ("The road runs one and a half miles east.", [Q("one and a half miles", "1.5", unit="mi")]),
    ("A dozen ships docked at the port.", [Q("A dozen ships", "12", unit="count")]),
    (
        "Dozens of trucks waited at the border.",
        [Q("Dozens of trucks", "12", unit="count", bound=">")],
    ),
]

# Long numbers spelled out; a scale and a half.
_SPELLED_OUT: list[Row] = [
    (
        "The lot fetched two million, four hundred & ten dollars.",
        [Q("two million, four hundred & ten dollars", "2000410", unit="USD")],
    ),
    (
        "The yard built a hundred and two boats.",
        [Q("a hundred and two boats", "102", unit="count")],
    ),
    (
        "They shipped two thousand and twenty tonnes of grain.",
        [Q("two thousand and twenty tonnes", "2020", unit="t")],
    ),
    (
        "The fund holds three million and a half dollars.",
        [Q("three million and a half dollars", "3500000", unit="USD")],
    ),
    (
        "Some twenty-one thousand four hundred and six workers signed.",
        [
            Q(
                "Some twenty-one thousand four hundred and six workers",
                "21406",
                unit="person",
                bound="~",
            )
        ],
    ),
]

# Signs: an accounting minus, a word minus, a sign glued to the digits.
_SIGNS: list[Row] = [
    (
        "The unit booked -$4.5 million on the swap.",
        [Q("-$4.5 million", "4500000", unit="USD", change="decrease")],
    ),
    ("Its margin swung to −€2bn.", [Q("−€2bn", "2000000000", unit="EUR", change="decrease")]),
    ("Net income was ($3.7 million) in the quarter.", [Q("$3.7 million", "-3700000", unit="USD")]),
    ("The loss: ($310,000).", [Q("$310,000", "-310000", unit="USD")]),
    # a bracketed amount after another figure restates it: no minus
    (
        "It paid 5 billion rubles ($70 million) for the stake.",
        [Q("5 billion rubles", "5000000000", unit="RUB"), Q("$70 million", "70000000", unit="USD")],
    ),
    (
        "Temperatures fell to minus 12 degrees Celsius.",
        [Q("minus 12 degrees Celsius", "-12", unit="°C")],
    ),
    ("It was -35 F in Yakutsk.", [Q("-35 F", "-35", unit="°F")]),
]

# A stray blank after the decimal point of scraped wire copy.
_SCRAPED_DECIMALS: list[Row] = [
    (
        "The harvest reached 41. 6 million tonnes.",
        [Q("41. 6 million tonnes", "41600000", unit="t")],
    ),
    ("Inflation slowed to 7. 4% in March.", [Q("7. 4%", "7.4", unit="%")]),
    (
        "Exports grew 12. 75 percent in the year.",
        [Q("12. 75 percent", "12.75", unit="%", change="increase")],
    ),
    (
        "The plant opened in 2018. 5 firms joined it.",
        [Q("5 firms", "5", unit="count")],
    ),  # a year ends the sentence
]

# ASCII transliterations of currency signs; a glued "m" that is "million" before what it counts.
_ASCII_CURRENCY: list[Row] = [
    ("The stake is worth PS45 million.", [Q("PS45 million", "45000000", unit="GBP")]),
    ("He paid PS18,300 for the car.", [Q("PS18,300", "18300", unit="GBP")]),
    ("She bought a PS4 and a PS5.", []),  # consoles
    ("Profit fell to Y=640 billion.", [Q("Y=640 billion", "640000000000", unit="JPY")]),
    (
        "It sold 3.4m cars and has 48m of their phones in use.",
        [
            Q("3.4m cars", "3400000", unit="count"),
            Q("48m of their phones", "48000000", unit="count"),
        ],
    ),
    ("The firm raised 4.1m dollars.", [Q("4.1m dollars", "4100000", unit="USD")]),
    (
        "A 35m yacht sailed past a 100m tower.",
        [Q("35m", "35", unit="m"), Q("100m", "100", unit="m")],
    ),
]

# Short unit symbols and marks right after a number; measures in two units.
_SHORT_SYMBOLS: list[Row] = [
    ("The lake covers 12 km squared.", [Q("12 km squared", "12", unit="km2")]),
    ("A plot of 3km^2 was sold.", [Q("3km^2", "3", unit="km2")]),
    ("The dam holds 39 cubic kilometres of water.", [Q("39 cubic kilometres", "39", unit="km3")]),
    (
        "The archive keeps 12 petabytes and 2 exabytes.",
        [Q("12 petabytes", "12", unit="PB"), Q("2 exabytes", "2", unit="EB")],
    ),
    ("The probe sends 56 kilobits per second.", [Q("56 kilobits per second", "56", unit="kbps")]),
    ("A file of 640 bytes arrived.", [Q("640 bytes", "640", unit="B")]),
    ("Stamps cost 4 dimes each.", [Q("4 dimes", "0.4", unit="USD")]),
    (
        "It was 27 C in Sochi and -35 F in Yakutsk.",
        [Q("27 C", "27", unit="°C"), Q("-35 F", "-35", unit="°F")],
    ),
    ("The ticket cost 8,000 ¥.", [Q("8,000 ¥", "8000", unit="JPY")]),
    ("The fare is 900 ₽.", [Q("900 ₽", "900", unit="RUB")]),
    ("The pipe is 2 3/4 in wide.", [Q("2 3/4 in", "2.75", unit="in")]),
    ("He ranked 5 in the world.", [Q("5", "5")]),  # a bare number, no inch
    (
        "The screen is 9\" wide and the post is 6' tall.",
        [Q('9"', "9", unit="in"), Q("6'", "6", unit="ft")],
    ),
    ("He stands 5'11\".", [Q("5'11\"", _twelfths(5, 11), unit="ft")]),
    ('The kit has a 10" pan and a "lucky 5" lid.', [Q('10"', "10", unit="in"), Q("5", "5")]),
    ("The plant makes 500 tpd of ammonia.", [Q("500 tpd", "500", unit="t/d")]),
    ("The tank holds 35 L of fuel.", [Q("35 L", "35", unit="l")]),
    ("The hall is 6 m by 9 m.", [Q("6 m", "6", unit="m"), Q("9 m", "9", unit="m")]),
    (
        "The cell stores 60 Wh in a 75 cl case.",
        [Q("60 Wh", "60", unit="Wh"), Q("75 cl", "75", unit="cl")],
    ),
    ("The barge carries 46 t, the port said.", [Q("46 t", "46", unit="t")]),
    ("He is 5 ft 11 in tall.", [Q("5 ft 11 in", _twelfths(5, 11), unit="ft")]),
    ("The baby weighed 8 lb 4 oz.", [Q("8 lb 4 oz", "8.25", unit="lb")]),
    ("The flight took 9 hours 45 minutes.", [Q("9 hours 45 minutes", "9.75", unit="hour")]),
    (
        "The record stands at 10 hours, 14 minutes, 20 seconds.",  # a list, not one measure
        [
            Q("10 hours", "10", unit="hour"),
            Q("14 minutes", "14", unit="minute"),
            Q("20 seconds", "20", unit="second"),
        ],
    ),
]

# Rates that stand away from their number.
_DISTANT_RATES: list[Row] = [
    (
        "Russia will supply 18 bcm of gas every year.",
        [Q("18 bcm of gas every year", "18000000000", unit="m3/yr")],
    ),
    (
        "The field pumps 1.9 mln barrels of oil per day.",
        [Q("1.9 mln barrels of oil per day", "1900000", unit="bbl/d")],
    ),
    (
        "China imports 44 bcm of natural gas annually.",
        [Q("44 bcm of natural gas annually", "44000000000", unit="m3/yr")],
    ),
    (
        "The mine produces 52,000 tonnes of zinc concentrate a year.",
        [Q("52,000 tonnes of zinc concentrate a year", "52000", unit="t/yr")],
    ),
]

# A unit or a change verb left out after an earlier figure.
_ELIDED_UNITS: list[Row] = [
    (
        "The wells yield 40 and 55 tonnes.",
        [Q("40", "40", unit="t"), Q("55 tonnes", "55", unit="t")],
    ),
    (
        "Rates of 3 and 4.5 percent were set.",
        [Q("3", "3", unit="%"), Q("4.5 percent", "4.5", unit="%")],
    ),
    (
        "They hired 5 and then 6 workers.",
        [Q("5", "5"), Q("6 workers", "6", unit="person")],
    ),  # no "and" alone
    (
        "Trade reached $65 billion, and 90 billion by 2030.",
        [Q("$65 billion", "65000000000", unit="USD"), Q("90 billion", "90000000000", unit="USD")],
    ),
    (
        "Sales hit 4.1 billion rubles ($56 million) and 90 million, respectively.",  # whose unit is unsure
        [
            Q("4.1 billion rubles", "4100000000", unit="RUB"),
            Q("$56 million", "56000000", unit="USD"),
            Q("90 million", "90000000"),
        ],
    ),
    (
        "Rosneft has $5 billion in debt and 2 billion shares.",  # a noun is its own unit
        [
            Q("$5 billion", "5000000000", unit="USD"),
            Q("2 billion shares", "2000000000", unit="count"),
        ],
    ),
    (
        "Exports rose 5%, imports by 3% and services by 2%.",
        [
            Q("5%", "5", unit="%", change="increase"),
            Q("3%", "3", unit="%", change="increase"),
            Q("2%", "2", unit="%", change="increase"),
        ],
    ),
    (
        "Exports and imports rose 5% and 7% respectively.",
        [Q("5%", "5", unit="%", change="increase"), Q("7%", "7", unit="%", change="increase")],
    ),
    (
        "It fell 5% and 7% of firms closed.",  # no "respectively": the second is a share
        [Q("5%", "5", unit="%", change="decrease"), Q("7%", "7", unit="%")],
    ),
]

# Ranges as one end of a change, and chains of "to".
_RANGE_CHAINS: list[Row] = [
    (
        "Trade will grow from 9.5 to 11-12 billion euros.",
        [
            Q(
                "from 9.5 to 11-12 billion euros",
                "11000000000",
                high="12000000000",
                unit="EUR",
                change="from_to",
                from_value="9500000000",
            )
        ],
    ),
    (
        "Prices went from $60 to $65 to $70.",
        [
            Q("from $60 to $65", "65", unit="USD", change="from_to", from_value="60"),
            Q("to $70", "70", unit="USD", change="from_to", from_value="65"),
        ],
    ),
    ("The target is $60 to $65.", [Q("$60 to $65", "60", high="65", unit="USD")]),
    ("They build 6- to 9-metre boats.", [Q("6- to 9-metre", "6", high="9", unit="m")]),
    (
        "Lows ranged from -12 °C to -30 °C.",
        [Q("from -12 °C to -30 °C", "-30", high="-12", unit="°C")],
    ),
    (
        "The stock gained 12 cents to $3.40.",  # a change and a level, not a range
        [Q("12 cents", "0.12", unit="USD", change="increase"), Q("$3.40", "3.40", unit="USD")],
    ),
]

# Banknotes named by their value.
_BANKNOTES: list[Row] = [
    ("He paid with a $50 bill.", [Q("$50", "50", unit="USD")]),
    ("She found a 500-ruble note.", [Q("500-ruble", "500", unit="RUB")]),
    (
        "The budget is $50 bill.",
        [Q("$50 bill", "50000000000", unit="USD")],
    ),  # wire shorthand for billion
]

# Numbers that are names, codes or models.
_NAMES_NOT_MEASURES: list[Row] = [
    ("Fill in form 1040 by April.", []),
    ("The 119019 postcode covers central Moscow.", []),
    ("The 90210 zip code is famous.", []),
    ("Russia delivered 24 Su-35 fighters.", [Q("24 Su-35 fighters", "24", unit="count")]),
    ("Flight SU 100 landed on time.", []),
    ("The Power of Siberia 2 pipeline opened.", []),
    (
        "Call 495 123 4567 for details.",
        [Q("495", "495"), Q("123", "123"), Q("4567", "4567")],
    ),  # never one number
]

# Short symbols apart from their number before a time phrase or a rate.
_SYMBOL_THEN_TIME: list[Row] = [
    ("Russia shipped 12,500 t last month to Heilongjiang.", [Q("12,500 t", "12500", unit="t")]),
    ("The elevator loaded 840,000 t this year.", [Q("840,000 t", "840000", unit="t")]),
    ("The mill grinds 46 t a day.", [Q("46 t a day", "46", unit="t/d")]),
    ("It was 27 C last night in Chita.", [Q("27 C", "27", unit="°C")]),
]

# Symbols that are units only where the text speaks of what they measure.
_SYMBOLS_IN_CONTEXT: list[Row] = [
    ("Summer temperatures in Chita hit 38 c.", [Q("38 c", "38", unit="°C")]),
    (
        "Frost in Yakutsk brought -52 f, and -47 c in Mirny.",
        [Q("-52 f", "-52", unit="°F"), Q("-47 c", "-47", unit="°C")],
    ),
    (
        "At temperatures of 900 °C (1,173.15K) the alloy melts.",
        [Q("900 °C", "900", unit="°C"), Q("1,173.15K", "1173.15", unit="K")],
    ),
    (
        "The fair hired 10K workers.",
        [Q("10K workers", "10000", unit="person")],
    ),  # no temperature: thousands
    ("Rents rose to $5K a month.", [Q("$5K a month", "5000", unit="USD")]),
    ("The ferry's router sends a 1500b packet to the server.", [Q("1500b", "1500", unit="bit")]),
    ("Trade reached $5b last year.", [Q("$5b", "5000000000", unit="USD")]),  # money: a billion
    ("A single ticket to the match cost PS450.", [Q("PS450", "450", unit="GBP")]),
    ("Hotel rooms cost PS 450 a night.", [Q("PS 450", "450", unit="GBP")]),
    ("She bought a PS4 and a PS5 for her sons.", []),  # consoles, even among money words
    ("He attended PS 450 in the Bronx.", []),  # a school: no money spoken of
]

# Data rates in bits; a margin of error between a figure and its unit.
_BITS_AND_MARGINS: list[Row] = [
    (
        "The satellite link carries 9.6 kb per second of data.",
        [Q("9.6 kb per second", "9.6", unit="kbps")],
    ),
    ("The cable moves 40 Gb per second.", [Q("40 Gb per second", "40", unit="Gbps")]),
    (
        "The archive grew by 300 kilobits.",
        [Q("300 kilobits", "300", unit="kbit", change="increase")],
    ),
    ("The cargo weighed 2,400.5±0.2 tonnes.", [Q("2,400.5±0.2 tonnes", "2400.5", unit="t")]),
    (
        "The harvest was 12.4 +/- 0.5 million tonnes.",
        [Q("12.4 +/- 0.5 million tonnes", "12400000", unit="t")],
    ),
]

# One unit counted by its article.
_ONE_BY_ARTICLE: list[Row] = [
    (
        "He bought a gallon of diesel, and 5 litres of oil.",
        [Q("a gallon", "1", unit="gal"), Q("5 litres", "5", unit="l")],
    ),
    # what a price or an equivalence in the same clause is of: no figure
    ("A gallon of diesel costs $4 in Alaska.", [Q("$4", "4", unit="USD")]),
    ("A metric tonne is equal to 2,204.62 pounds.", [Q("2,204.62 pounds", "2204.62", unit="lb")]),
    ("The fare rose by a penny.", [Q("a penny", "0.01", unit="GBP", change="increase")]),
    (
        "Farmers got less than a dollar for a kilo of rice.",
        [Q("less than a dollar", "1", unit="USD", bound="<"), Q("a kilo", "1", unit="kg")],
    ),
    # a rate, not one dollar
    ("The ruble traded at 65 rubles to a dollar.", [Q("65 rubles", "65", unit="RUB")]),
    ("Wheat sold at $250 a tonne.", [Q("$250 a tonne", "250", unit="USD/t")]),
    ("He installed a meter at the plant.", []),  # a device
    ("Gazprom has a ton of work ahead.", []),  # an idiom
    ("It was a real problem for Gazprom.", []),  # no Brazilian money
]

# A unit shared back along a list, across "and" after a change verb, "respectively".
_LISTS_SHARING_A_UNIT: list[Row] = [
    (
        "Tariffs of 10, 12 and 15 percent were imposed on Russian timber.",
        [Q("10", "10", unit="%"), Q("12", "12", unit="%"), Q("15 percent", "15", unit="%")],
    ),
    (
        "Duties of 5, 8, and 10 percent apply to barley.",
        [Q("5", "5", unit="%"), Q("8", "8", unit="%"), Q("10 percent", "10", unit="%")],
    ),
    (
        "Yields were 7, 9 or 11 tonnes.",
        [Q("7", "7", unit="t"), Q("9", "9", unit="t"), Q("11 tonnes", "11", unit="t")],
    ),
    (
        "Exports and imports rose 12 and 8 percent respectively.",
        [
            Q("12", "12", unit="%", change="increase"),
            Q("8 percent", "8", unit="%", change="increase"),
        ],
    ),
    (
        "Shipments rose 40 and 55 tonnes.",
        [Q("40", "40", unit="t", change="increase"), Q("55 tonnes", "55", unit="t")],
    ),
    # a verb between the figures: each keeps its own
    (
        "Prices rose 5 and fell 7 percent.",
        [Q("5", "5", change="increase"), Q("7 percent", "7", unit="%", change="decrease")],
    ),
    # a comma and "and" after a figure that opens no list
    (
        "The plant employs 400, and 55 tonnes of steel arrive daily.",
        [Q("400", "400"), Q("55 tonnes of steel arrive daily", "55", unit="t/d")],
    ),
]

# Ages told by the word before the number.
_AGES: list[Row] = [
    ("The trader, aged 45, was detained in Harbin.", [Q("45", "45", unit="year")]),
    ("Tourists aged 18 to 30 get a discount.", [Q("18 to 30", "18", high="30", unit="year")]),
    ("Workers aged over 65 may stay on.", [Q("over 65", "65", unit="year", bound=">")]),
    ("He retired at the age of seventy.", [Q("seventy", "70", unit="year")]),
    (
        "The aged 300 trucks were scrapped.",
        [Q("300 trucks", "300", unit="count")],
    ),  # "aged" as an adjective
]

# An accounting minus: the number alone in brackets, the scale and the unit after them.
_BRACKETED_NEGATIVES: list[Row] = [
    (
        "The firm reported a net loss of (2.1) million rubles.",
        [Q("(2.1) million rubles", "-2100000", unit="RUB")],
    ),
    (
        "Operating cash flow was (45) million dollars in 2019.",
        [Q("(45) million dollars", "-45000000", unit="USD")],
    ),
    ("Ivanov (7) scored in the final.", []),  # a shirt number
]

# Postcodes; maker and model before what is counted; pronouns counted after "of" (no unit:
# what they count was named before).
_NAMES_AND_PRONOUNS: list[Row] = [
    ("The office is at 119034 Moscow.", []),
    ("Write to 10 Tverskaya Street, Moscow, 125009.", []),
    ("Russia sold 150000 Chinese cars.", [Q("150000 Chinese cars", "150000", unit="count")]),
    # ungrouped figures, no place after them
    ("China bought 120000 tonnes from Russia.", [Q("120000 tonnes", "120000", unit="t")]),
    ("Aeroflot will lease 12 Boeing 737 jets.", [Q("12 Boeing 737 jets", "12", unit="count")]),
    (
        "Police detained 30 tourists and 12 of them were Chinese.",
        [Q("30 tourists", "30", unit="person"), Q("12 of them", "12")],
    ),
    ("The yard built a hundred and two of those.", [Q("a hundred and two of those", "102")]),
    ("One of them was Russian.", []),  # a pick, not a count
    ("Almost half of which went to Harbin.", [Q("Almost half", "0.5", bound="~")]),
]

# One-letter symbols apart from a grouped or decimal number; "m" apart as a million.
_SPACED_AFTER_MEASURES: list[Row] = [
    (
        "The barge took 278,000 t valued at $9 million.",
        [Q("278,000 t", "278000", unit="t"), Q("$9 million", "9000000", unit="USD")],
    ),
    ("The yard stacked 3.5 m tonnes of coal.", [Q("3.5 m tonnes", "3500000", unit="t")]),
    ("The tower is 300 m tall.", [Q("300 m", "300", unit="m")]),
    ("The port handled 1,200 in cash.", [Q("1,200", "1200")]),  # "in" is a word here, never inches
]

# A scale and unit shared across "and"; a unit left out after a year; "m" before what it counts.
_SHARED_SCALES: list[Row] = [
    (
        "Exports and imports reached 56 and 40 billion dollars respectively.",
        [Q("56", "56000000000", unit="USD"), Q("40 billion dollars", "40000000000", unit="USD")],
    ),
    (
        "The sides traded 5 and 6 million tonnes of grain.",
        [Q("5", "5000000", unit="t"), Q("6 million tonnes", "6000000", unit="t")],
    ),
    # figures far apart in size share nothing
    (
        "The port has 300 and 2 billion rubles in debt.",
        [Q("300", "300"), Q("2 billion rubles", "2000000000", unit="RUB")],
    ),
    (
        "Trade hit a record 107 billion dollars in 2018, and 110 billion in 2019.",
        [
            Q("107 billion dollars", "107000000000", unit="USD"),
            Q("110 billion", "110000000000", unit="USD"),
        ],
    ),
    (
        "The stadium sold 2.7m combined digital and physical tickets.",
        [Q("2.7m combined digital and physical tickets", "2700000", unit="count")],
    ),
    # a preposition before the plural: metres
    (
        "He swam 400m in two minutes.",
        [Q("400m", "400", unit="m"), Q("two minutes", "2", unit="minute")],
    ),
]

# Degrees whose scale is named after them.
_DEGREE_SCALES: list[Row] = [
    ("Frost reached -60° on the Celsius scale.", [Q("-60°", "-60", unit="°C")]),
    ("It was 98 degrees in Fahrenheit.", [Q("98 degrees", "98", unit="°F")]),
    ("It was 30 degrees in Moscow.", [Q("30 degrees", "30", unit="°")]),  # a city, no scale
]

TABLES = {
    "space_grouped": _SPACE_GROUPED,
    "fractions_in_words": _FRACTIONS_IN_WORDS,
    "spelled_out": _SPELLED_OUT,
    "signs": _SIGNS,
    "scraped_decimals": _SCRAPED_DECIMALS,
    "ascii_currency": _ASCII_CURRENCY,
    "short_symbols": _SHORT_SYMBOLS,
    "distant_rates": _DISTANT_RATES,
    "elided_units": _ELIDED_UNITS,
    "range_chains": _RANGE_CHAINS,
    "banknotes": _BANKNOTES,
    "names_not_measures": _NAMES_NOT_MEASURES,
    "symbol_then_time": _SYMBOL_THEN_TIME,
    "symbols_in_context": _SYMBOLS_IN_CONTEXT,
    "bits_and_margins": _BITS_AND_MARGINS,
    "one_by_article": _ONE_BY_ARTICLE,
    "lists_sharing_a_unit": _LISTS_SHARING_A_UNIT,
    "ages": _AGES,
    "bracketed_negatives": _BRACKETED_NEGATIVES,
    "names_and_pronouns": _NAMES_AND_PRONOUNS,
    "spaced_after_measures": _SPACED_AFTER_MEASURES,
    "shared_scales": _SHARED_SCALES,
    "degree_scales": _DEGREE_SCALES,
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


@pytest.mark.parametrize(("text", "expected"), _SYMBOL_THEN_TIME, ids=_ids(_SYMBOL_THEN_TIME))
def test_symbol_then_time(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _SYMBOLS_IN_CONTEXT, ids=_ids(_SYMBOLS_IN_CONTEXT))
def test_symbols_in_context(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _BITS_AND_MARGINS, ids=_ids(_BITS_AND_MARGINS))
def test_bits_and_margins(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _ONE_BY_ARTICLE, ids=_ids(_ONE_BY_ARTICLE))
def test_one_by_article(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"), _LISTS_SHARING_A_UNIT, ids=_ids(_LISTS_SHARING_A_UNIT)
)
def test_lists_sharing_a_unit(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _AGES, ids=_ids(_AGES))
def test_ages(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _BRACKETED_NEGATIVES, ids=_ids(_BRACKETED_NEGATIVES))
def test_bracketed_negatives(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _NAMES_AND_PRONOUNS, ids=_ids(_NAMES_AND_PRONOUNS))
def test_names_and_pronouns(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"), _SPACED_AFTER_MEASURES, ids=_ids(_SPACED_AFTER_MEASURES)
)
def test_spaced_after_measures(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _SHARED_SCALES, ids=_ids(_SHARED_SCALES))
def test_shared_scales(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _DEGREE_SCALES, ids=_ids(_DEGREE_SCALES))
def test_degree_scales(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected
