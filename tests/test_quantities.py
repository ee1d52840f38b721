"""The quantity layer on news phrasing: every form of the foundation issue (money, measures
and rates, percents and points, counts, word numbers, scale words, ranges, bounds, changes),
the traps that are no quantity, and the bugs caught on the way.

Each row is a sentence with the exact mentions expected: (text as found, value, high, unit,
bound, change, from_value). Counts need the tagger (the reader); the rest is rules alone.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from sinorus_facts.quantities.finder import find_quantities
from sinorus_facts.quantities.reader import quantities_of, read_quantities
from tests.quantity_records import Q, Record, Row, record

THIRD = Decimal(1) / Decimal(3)

_MONEY: list[Row] = [
    (
        "Rosneft will lend $1.5 billion to the refinery.",
        [Q("$1.5 billion", "1500000000", unit="USD")],
    ),
    (
        "Trade reached 31.2 billion U.S. dollars in the first half.",
        [Q("31.2 billion U.S. dollars", "31200000000", unit="USD")],
    ),
    ("The fund holds USD 70 bln in assets.", [Q("USD 70 bln", "70000000000", unit="USD")]),
    (
        "Exports to Russia were worth 68 billion yuan last year.",
        [Q("68 billion yuan", "68000000000", unit="CNY")],
    ),
    (
        "The bank issued RMB 5 billion of panda bonds.",
        [Q("RMB 5 billion", "5000000000", unit="CNY")],
    ),
    (
        "Gazprom paid 18,8 billion rubles in dividends.",
        [Q("18,8 billion rubles", "18800000000", unit="RUB")],
    ),
    ("The deal is valued at $2bn.", [Q("$2bn", "2000000000", unit="USD")]),
    ("The EU pledged €665 million to the project.", [Q("€665 million", "665000000", unit="EUR")]),
    ("Temasek manages S$345 billion.", [Q("S$345 billion", "345000000000", unit="SGD")]),
    ("A bond of INR1 trillion was approved.", [Q("INR1 trillion", "1000000000000", unit="INR")]),
    (
        "Debt reached $US240 trillion before the crisis.",
        [Q("$US240 trillion", "240000000000000", unit="USD")],
    ),
    (
        "The ticket costs HK $184,310 on the resale market.",
        [Q("HK $184,310", "184310", unit="HKD")],
    ),
    ("Shares closed at 212p in London.", [Q("212p", "2.12", unit="GBP")]),
    (
        "It cost eleven dollars and sixty cents.",
        [Q("eleven dollars and sixty cents", "11.60", unit="USD")],
    ),
    (
        "The company lost 415 million pounds last year.",
        [Q("415 million pounds", "415000000", unit="GBP")],
    ),
    ("The laptop cost 1,200€ in Berlin.", [Q("1,200€", "1200", unit="EUR")]),
    ("Oil traded at $63.17 per barrel.", [Q("$63.17 per barrel", "63.17", unit="USD/bbl")]),
]

_MEASURES: list[Row] = [
    ("Shipments rose to 30,000 tonnes of wheat.", [Q("30,000 tonnes", "30000", unit="t")]),
    (
        "It pumps 3,812 cubic meters per hour at peak.",
        [Q("3,812 cubic meters per hour", "3812", unit="m3/h")],
    ),
    (
        "Output is more than one million barrels per day.",
        [Q("more than one million barrels per day", "1000000", unit="bbl/d", bound=">")],
    ),
    (
        "Russia will supply 30 million tons a year of crude.",
        [Q("30 million tons a year", "30000000", unit="t/yr")],
    ),
    ("The plant has a capacity of 16.5 mtpa of LNG.", [Q("16.5 mtpa", "16500000", unit="t/yr")]),
    (
        "The line runs 941.8 kilometers through Siberia.",
        [Q("941.8 kilometers", "941.8", unit="km")],
    ),
    ("The port handled 1.2 million TEU in 2018.", [Q("1.2 million TEU", "1200000", unit="TEU")]),
    (
        "Generation reached 25 billion kWh last year.",
        [Q("25 billion kWh", "25000000000", unit="kWh")],
    ),
    (
        "The smelter ships 34,500 tonnes of copper a year.",
        [Q("34,500 tonnes of copper a year", "34500", unit="t/yr")],
    ),
    (
        "The new engine makes 410 hp and 470 lb-ft of torque.",
        [Q("410 hp", "410", unit="hp"), Q("470 lb-ft", "470", unit="lbft")],
    ),
    (
        "The phone has a 5100 mAh battery and a 90Hz screen.",
        [Q("5100 mAh", "5100", unit="mAh"), Q("90Hz", "90", unit="Hz")],
    ),
    ("Winds reached 130mph near the coast.", [Q("130mph", "130", unit="mph")]),
    (
        "It was minus 40 degrees Celsius in Yakutsk.",
        [Q("minus 40 degrees Celsius", "-40", unit="°C")],
    ),
    ("The water was 1.87degF warmer than average.", [Q("1.87degF", "1.87", unit="°F")]),
    ("The 65-year-old engineer retired.", [Q("65-year-old", "65", unit="year")]),
    ("The boot holds 18.5 cubic feet.", [Q("18.5 cubic feet", "18.5", unit="ft3")]),
]

_PERCENTS: list[Row] = [
    ("Imports grew 15 percent in 2017.", [Q("15 percent", "15", unit="%", change="increase")]),
    ("The share rose to 25.3 per cent.", [Q("25.3 per cent", "25.3", unit="%")]),
    ("Its stake is 51pc now.", [Q("51pc", "51", unit="%")]),
    (
        "The rate was cut by 50 basis points.",
        [Q("50 basis points", "50", unit="bp", change="decrease")],
    ),
    (
        "Unemployment fell 0.4 percentage points.",
        [Q("0.4 percentage points", "0.4", unit="pp", change="decrease")],
    ),
    (
        "The index was up 0.54 per cent to 2,871.36.",
        [Q("0.54 per cent", "0.54", unit="%", change="increase"), Q("2,871.36", "2871.36")],
    ),
    (
        "RTS +0.4% MOEX -1.1% in early trade.",
        [
            Q("+0.4%", "0.4", unit="%", change="increase"),
            Q("-1.1%", "1.1", unit="%", change="decrease"),
        ],
    ),
    ("About 70% of voters backed the plan.", [Q("About 70%", "70", unit="%", bound="~")]),
]

_WORD_NUMBERS_AND_SCALES: list[Row] = [
    (
        "Tens of thousands of tourists came.",
        [Q("Tens of thousands of tourists", "10000", unit="person", bound=">")],
    ),
    ("The city has 1.4 mln residents.", [Q("1.4 mln residents", "1400000", unit="person")]),
    (
        "Reserves are 4 hundred million tonnes.",
        [Q("4 hundred million tonnes", "400000000", unit="t")],
    ),
    (
        "Thirty-one thousand four hundred fifty-one students enrolled.",
        [Q("Thirty-one thousand four hundred fifty-one students", "31451", unit="person")],
    ),
    ("The fund is worth 2.5 trn rubles.", [Q("2.5 trn rubles", "2500000000000", unit="RUB")]),
    ("A third of the budget goes to defence.", [Q("A third", THIRD)]),
    (
        "Nearly two-thirds of exports are energy.",
        [Q("Nearly two-thirds", Decimal(2) / Decimal(3), bound="~")],
    ),
    ("Output rose 12 1/2 percent.", [Q("12 1/2 percent", "12.5", unit="%", change="increase")]),
    ("One out of three farms reported losses.", [Q("One out of three", THIRD)]),
    ("It costs a quarter million dollars.", [Q("a quarter million dollars", "250000", unit="USD")]),
    (
        "The mass is about 1.99×10−30 kilograms.",
        [Q("about 1.99×10−30 kilograms", "1.99E-30", unit="kg", bound="~")],
    ),
]

_RANGES: list[Row] = [
    (
        "The terminal handles 30,000–35,000 tonnes a day.",
        [Q("30,000–35,000 tonnes a day", "30000", high="35000", unit="t/d")],
    ),
    (
        "Tariffs will rise 15-20% next year.",
        [Q("15-20%", "15", high="20", unit="%", change="increase")],
    ),
    ("Tariffs rose 2.5-5% this year.", [Q("2.5-5%", "2.5", high="5", unit="%", change="increase")]),
    (
        "Prices ranged from $5 to $6 billion.",
        [Q("from $5 to $6 billion", "5000000000", high="6000000000", unit="USD")],
    ),
    (
        "The cost is between 30 and 40 million euros.",
        [Q("between 30 and 40 million euros", "30000000", high="40000000", unit="EUR")],
    ),
    (
        "Sales are $5-6 billion a year.",
        [Q("$5-6 billion", "5000000000", high="6000000000", unit="USD")],
    ),
    ("It will take 18 to 24 months.", [Q("18 to 24 months", "18", high="24", unit="month")]),
    (
        "Cooling lasts ~25 – 40 min per batch.",
        [Q("~25 – 40 min", "25", high="40", unit="minute", bound="~")],
    ),
    (
        "Volumes fell by 1 to 1.5 million tonnes.",
        [Q("1 to 1.5 million tonnes", "1000000", high="1500000", unit="t", change="decrease")],
    ),
]

_BOUNDS: list[Row] = [
    (
        "Trade exceeded $100 billion.",
        [Q("exceeded $100 billion", "100000000000", unit="USD", bound=">")],
    ),
    (
        "The pipeline will carry up to 38 bcm.",
        [Q("up to 38 bcm", "38000000000", unit="m3", bound="<=")],
    ),
    # after a change, "up to" says what the figure rose to: a level, no bound
    (
        "Sales of flax increased by 35% up to $70 million.",
        [Q("35%", "35", unit="%", change="increase"), Q("$70 million", "70000000", unit="USD")],
    ),
    (
        "Honey exports, by 12% up to 8 million dollars.",
        [
            Q("12%", "12", unit="%", change="increase"),
            Q("8 million dollars", "8000000", unit="USD"),
        ],
    ),
    (
        "At least 300 people were evacuated.",
        [Q("At least 300 people", "300", unit="person", bound=">=")],
    ),
    (
        "Nearly 5,000 tourists arrived.",
        [Q("Nearly 5,000 tourists", "5000", unit="person", bound="~")],
    ),
    (
        "Just under 20 percent of goods are exempt.",
        [Q("Just under 20 percent", "20", unit="%", bound="<")],
    ),
    ("Chips made on a sub-5 nanometer process.", [Q("sub-5 nanometer", "5", unit="nm", bound="<")]),
    ("It holds ~80% of the market.", [Q("~80%", "80", unit="%", bound="~")]),
    ("Less than 10% of firms replied.", [Q("Less than 10%", "10", unit="%", bound="<")]),
    ("Gas flows surpassed 10 bcm.", [Q("surpassed 10 bcm", "10000000000", unit="m3", bound=">")]),
    (
        "It flew more than 160 kilometres (100 miles).",
        [
            Q("more than 160 kilometres", "160", unit="km", bound=">"),
            Q("100 miles", "100", unit="mi", bound=">"),
        ],
    ),
]

_CHANGES: list[Row] = [
    (
        "The city had 2.1% fewer residents than a year earlier.",
        [Q("2.1% fewer", "2.1", unit="%", change="decrease")],
    ),
    ("Investment increased by 15 percent.", [Q("15 percent", "15", unit="%", change="increase")]),
    (
        "Turnover jumped 25% to $107 billion.",
        [
            Q("25%", "25", unit="%", change="increase"),
            Q("$107 billion", "107000000000", unit="USD"),
        ],
    ),
    (
        "Exports rose from 15 million to 30 million tons.",
        [
            Q(
                "from 15 million to 30 million tons",
                "30000000",
                unit="t",
                change="from_to",
                from_value="15000000",
            )
        ],
    ),
    (
        "Supplies will grow to 30 million tons from 15 million.",
        [
            Q(
                "30 million tons from 15 million",
                "30000000",
                unit="t",
                change="from_to",
                from_value="15000000",
            )
        ],
    ),
    (
        "It saw a fourfold increase in trade.",
        [Q("fourfold increase", "4", unit="x", change="factor")],
    ),
    (
        "Exports more than doubled last year.",
        [Q("more than doubled", "2", unit="x", bound=">", change="factor")],
    ),
    (
        "Imports were nine times more than in 2010.",
        [Q("nine times more", "9", unit="x", change="factor")],
    ),
    (
        "The region increased cross-border grain shipments to Kazakhstan by 18% in a year.",
        [Q("18%", "18", unit="%", change="increase")],
    ),
    (
        "Our sales have fallen by a cumulative 60% since May.",
        [Q("60%", "60", unit="%", change="decrease")],
    ),
    (
        "Trade hit $90 billion, a 17% annual increase.",
        [
            Q("$90 billion", "90000000000", unit="USD"),
            Q("17% annual increase", "17", unit="%", change="increase"),
        ],
    ),
    (
        "Grain freight nearly doubles in a year.",
        [Q("nearly doubles", "2", unit="x", bound="~", change="factor")],
    ),
    ("They hold a double standard.", []),
    (
        "Timber shipments grew 3.4 times in a year.",
        [Q("3.4 times", "3.4", unit="x", change="factor")],
    ),
    (
        "Grain sales increased by 1.7 times on the year.",
        [Q("1.7 times", "1.7", unit="x", change="factor")],
    ),
    (
        "Soy imports were up 3 times, the ministry said.",
        [Q("3 times", "3", unit="x", change="factor")],
    ),
    ("Oil output dropped 2.5 percent.", [Q("2.5 percent", "2.5", unit="%", change="decrease")]),
    (
        "The index lost 240 points, or 0.8%.",
        [
            Q("240 points", "240", unit="pt", change="decrease"),
            Q("0.8%", "0.8", unit="%", change="decrease"),
        ],
    ),
    ("Trade hit a record after a 15% rise.", [Q("15% rise", "15", unit="%", change="increase")]),
    (
        "The firm expects to grow exports by 12 per cent.",
        [Q("12 per cent", "12", unit="%", change="increase")],
    ),
    ("The company lost $275 million in 2018.", [Q("$275 million", "275000000", unit="USD")]),
]

# Sentences with no quantity at all: years, dates, times, ordinals and ranks, numbers in
# names, scores, addresses, links, file names, page furniture.
_TRAPS: list[str] = [
    "The talks were held in 2015.",
    "The Joint Sea 2016 sailors returned to port.",  # a year of a name before what it seems to count
    "In June 2019 tourists filled the hotels.",
    "The forum opened on May 16-17 in Vladivostok.",
    "The 2018-2020 programme was approved.",
    "Exports grew in the 1990s.",
    "He arrived at 16:20 local time.",
    "Talks ended at 7 p.m. on Tuesday.",
    "The order was signed at 0401 GMT.",
    "It was the 24th meeting of the commission.",
    "China ranks No 2 among Russia's partners.",
    "The Luna-26 probe will launch later.",
    "Leaders met at the G20 summit.",
    "The Power of Siberia 2 pipeline is planned.",
    "The Group of 20 met in Osaka.",
    "Details at http://en.people.cn/n3/2018/0102/c90000-9310371.html today.",
    "See the chart in 1034202091.jpg below.",
    "0 Comments",
    "12 Shares | 3 Likes",
    "The iPhone 11 Pro costs more.",
    "The hurricane was a category 4 storm.",
    "Russia beat Spain 4-3 on penalties.",
    "The office is at 49 Zorro Ranch Road.",
    "The Su-35 jets arrived in 2016.",
    "COVID-19 cases fell.",
    "Putin met Xi on 9 May 2015.",
    "The 2018 FIFA World Cup was held in Russia.",
    "The temple was built between A.D. 1000 and 1100.",
    "The 1988 sales figures were revised.",
    "Dak Prescott (4) ran for a touchdown.",
]

_BUGS_CAUGHT: list[Row] = [
    # "double the figure" is a doubling even where "double" is no verb
    (
        "Visitors reached nearly double the figure of 2022.",
        [Q("nearly double the", "2", unit="x", bound="~", change="factor")],
    ),
    ("They rejected a double standard on trade.", []),
    # a lower-case "a" before "$" was read as the Australian "A $"
    ("The bank launched a $10 billion fund.", [Q("$10 billion", "10000000000", unit="USD")]),
    # a change, then a level: no range from 0.7 to 6,327.80
    (
        "The index gained 0.9 percent to 4,118.60.",
        [Q("0.9 percent", "0.9", unit="%", change="increase"), Q("4,118.60", "4118.6")],
    ),
    (
        "The contract was up 8.6 cents to US $3.18 per mmBTU.",
        [
            Q("8.6 cents", "0.086", unit="USD", change="increase"),
            Q("US $3.18 per mmBTU", "3.18", unit="USD/MMBtu"),
        ],
    ),
    (
        "The deficit increased by $27.3 billion to $351.8 billion.",
        [
            Q("$27.3 billion", "27300000000", unit="USD", change="increase"),
            Q("$351.8 billion", "351800000000", unit="USD"),
        ],
    ),
    # each end with its own currency sign keeps its own scale: not $200 million
    (
        "Fines range from $300 to $2 million.",
        [Q("from $300 to $2 million", "300", high="2000000", unit="USD")],
    ),
    # a scale word before the hyphen of an age
    (
        "The fossil sits in 350 million-year-old bedrock.",
        [Q("350 million-year-old", "350000000", unit="year")],
    ),
    # digits glued to a currency code were skipped
    ("The yacht sold for USD25m.", [Q("USD25m", "25000000", unit="USD")]),
    # "a year earlier" is a time, not a rate per year
    (
        "Revenue rose to $5.37 billion from $4.88 billion a year earlier.",
        [
            Q(
                "$5.37 billion from $4.88 billion",
                "5370000000",
                unit="USD",
                change="from_to",
                from_value="4880000000",
            )
        ],
    ),
    # a change verb before "between" kept the two ends apart
    (
        "Fares are expected to increase between 4% and 7%.",
        [Q("between 4% and 7%", "4", high="7", unit="%", change="increase")],
    ),
    # "gave up" is no rise
    ("The defense gave up 517 rushing yards.", [Q("517", "517")]),
    # "rise to" names the level reached, not a change
    ("Inflation is expected to rise only to 2.4% next year.", [Q("2.4%", "2.4", unit="%")]),
    # the first end of a range looked like a year
    (
        "Adults need about 2000 - 2600 Calories a day.",
        [Q("about 2000 - 2600 Calories a day", "2000", high="2600", unit="kcal/d", bound="~")],
    ),
    # "m" before another unit is "million", not metres
    ("Output will grow to 1.6m tonnes of zircon.", [Q("1.6m tonnes", "1600000", unit="t")]),
    ("The order came at 12:01 a.m. (0401 GMT) on Friday.", []),
    ("The game was tied at 89-89.", []),
    (
        "It has a 0-to-100-km/h time of 5 seconds.",
        [Q("0-to-100-km/h", "0", high="100", unit="km/h"), Q("5 seconds", "5", unit="second")],
    ),
    ("The lake level stood at -7 metres.", [Q("-7 metres", "-7", unit="m")]),
    (
        "Temperatures dropped by 2 to 3 degrees Celsius.",
        [Q("2 to 3 degrees Celsius", "2", high="3", unit="°C", change="decrease")],
    ),
    ("Net profit was Y=640 billion.", [Q("Y=640 billion", "640000000000", unit="JPY")]),
    # a range with a decimal first end was read as a date ("2.5-5")
    ("Tariffs rose 2.5-5% this year.", [Q("2.5-5%", "2.5", high="5", unit="%", change="increase")]),
]

_COUNTS: list[Row] = [
    (
        '"Some 80,000 Chinese students now study here," the rector said.',
        [Q("Some 80,000 Chinese students", "80000", unit="person", bound="~")],
    ),
    (
        'He told reporters: "About 600 Russian firms exhibited."',
        [Q("About 600 Russian firms", "600", unit="count", bound="~")],
    ),
    (
        "The forum drew nine delegations and one million visitors.",
        [
            Q("nine delegations", "9", unit="count"),
            Q("one million visitors", "1000000", unit="person"),
        ],
    ),
    (
        "Ford has 13,000 workers in the United Kingdom.",
        [Q("13,000 workers", "13000", unit="person")],
    ),
    (
        "The firm hired 2010 workers in a year.",
        [Q("2010 workers", "2010", unit="person")],
    ),  # no name before it
    (
        "Some 300 sailors and 120 marines joined the drill.",
        [
            Q("Some 300 sailors", "300", unit="person", bound="~"),
            Q("120 marines", "120", unit="person"),
        ],
    ),
    (
        "About 2,000 shoppers and 40 police officers were there.",
        [
            Q("About 2,000 shoppers", "2000", unit="person", bound="~"),
            Q("40 police officers", "40", unit="person"),
        ],
    ),
    (
        "Hundreds of trucks waited at the border.",
        [Q("Hundreds of trucks", "100", unit="count", bound=">")],
    ),
    (
        "More than 600 companies took part, up from 450 last year.",
        # the earlier value of the count takes its unit, not "last year" as a noun
        [
            Q("More than 600 companies", "600", unit="count", bound=">"),
            Q("450", "450", unit="count"),
        ],
    ),
    (
        "It is one of the largest gas fields in the world.",
        [Q("one of the largest gas fields", "1", unit="count")],
    ),
    ("Two of Johnson's deputies were fired.", [Q("Two of Johnson's deputies", "2", unit="count")]),
    ("They need to add ten users for each one they lose.", [Q("ten users", "10", unit="person")]),
    (
        "The two sides signed five intergovernmental agreements.",
        [
            Q("two sides", "2", unit="count"),
            Q("five intergovernmental agreements", "5", unit="count"),
        ],
    ),
    (
        "It will run 32 tourist routes and 3 ferry lines.",
        [Q("32 tourist routes", "32", unit="count"), Q("3 ferry lines", "3", unit="count")],
    ),
    ("The airline grounded two new 320 Neo jets.", [Q("two new 320 Neo jets", "2", unit="count")]),
    (
        "Police stopped 380 Lada and Haval cars.",
        [Q("380 Lada and Haval cars", "380", unit="count")],
    ),
    (
        "The port moved 7.8 million shipping containers.",
        [Q("7.8 million shipping containers", "7800000", unit="count")],
    ),
    (
        "The firm employs around 450 people in Russia.",
        [Q("around 450 people", "450", unit="person", bound="~")],
    ),
    ("Trains run 20 times a day.", [Q("20 times a day", "20", unit="count")]),
    (
        "It was eight or nine euros a meal.",
        [Q("eight", "8", unit="EUR"), Q("nine euros", "9", unit="EUR")],
    ),
    ("Senard, 65, now faces the task.", [Q("65", "65", unit="year")]),
    ("The top three said nothing.", []),
]


def _ids(rows: list[Row]) -> list[str]:
    return [row[0][:48] for row in rows]


@pytest.mark.parametrize(("text", "expected"), _MONEY, ids=_ids(_MONEY))
def test_money(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _MEASURES, ids=_ids(_MEASURES))
def test_measures_and_rates(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _PERCENTS, ids=_ids(_PERCENTS))
def test_percents_and_points(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"), _WORD_NUMBERS_AND_SCALES, ids=_ids(_WORD_NUMBERS_AND_SCALES)
)
def test_word_numbers_and_scales(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _RANGES, ids=_ids(_RANGES))
def test_ranges(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _BOUNDS, ids=_ids(_BOUNDS))
def test_bounds(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _CHANGES, ids=_ids(_CHANGES))
def test_changes(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in find_quantities(text)] == expected


@pytest.mark.parametrize("text", _TRAPS, ids=[t[:48] for t in _TRAPS])
def test_traps_hold_no_quantity(text: str) -> None:
    assert [m.text for m in quantities_of(text)] == []


@pytest.mark.parametrize(("text", "expected"), _BUGS_CAUGHT, ids=_ids(_BUGS_CAUGHT))
def test_bugs_caught(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "expected"), _COUNTS, ids=_ids(_COUNTS))
def test_counts_take_their_noun_from_the_tags(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


# (text with no-break spaces, curly quotes or Windows line ends, the figures at their offsets)
_OFFSETS: list[tuple[str, list[str]]] = [
    ("Trade\u00a0reached 31.2\u00a0billion U.S. dollars.", ["31.2\u00a0billion U.S. dollars"]),
    ("“More than 600 companies” came.\r\n", ["More than 600 companies"]),
    (
        "Exports rose from 15 million to 30 million tons.\r\n",
        ["from 15 million to 30 million tons"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), _OFFSETS, ids=["nbsp", "curly-quotes", "crlf-from-to"]
)
def test_mention_text_is_the_text_at_its_offsets(text: str, expected: list[str]) -> None:
    assert [(text[m.start : m.end], m.text) for m in quantities_of(text)] == [
        (e, e) for e in expected
    ]


def test_reader_gives_what_the_pipeline_component_gives(nlp: Any) -> None:
    """The fast reader and the ``sinorus_quantities`` component of the full pipeline agree."""
    texts = [text for text, _ in _COUNTS + _BOUNDS + _CHANGES]
    from_component = [[q["text"] for q in nlp(text)._.sf_quantities] for text in texts]
    from_reader = [[m.text for m in mentions] for mentions in read_quantities(texts)]
    assert from_reader == from_component
