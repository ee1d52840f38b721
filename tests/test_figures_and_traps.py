"""News it has not seen (issue 25): the category a figure's kind decides before its topic,
the figures a reader counts that the library missed, and the traps that are no figure at
all. Every sentence is written for these tables, with figures of its own.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from sinorus_facts import extract
from sinorus_facts.claims.category import FigureWords, category_in_article, category_of
from sinorus_facts.claims.worthiness import why_not_a_claim
from sinorus_facts.quantities.reader import quantities_of
from sinorus_facts.quantities.refine import refine_unit, share_of_fraction
from tests.quantity_records import Q, Record, Row, record

# --- the quantity layer: numbers that are names, dates and periods -------------------------

_NOT_QUANTITIES: list[Row] = [
    (
        "Trade rose 14% in January-April 2013 year-on-year.",
        [Q("14%", "14", unit="%", change="increase")],
    ),
    (
        "Exports fell 6% in the first half of 2016 year on year.",
        [Q("6%", "6", unit="%", change="decrease")],
    ),
    ("Work on reactor units 5 and 6 began in May.", []),
    ("Power units 1 and 2 of the station will get new turbines.", []),
    ("Blocks 3-4 of the plant use the same design.", []),
    ("The 5++ generation jet flew.", []),
    (
        "The Tsentr (Center) 2019 drills drew 120,000 troops.",
        [Q("120,000 troops", "120000", unit="person")],
    ),
    (
        "In 9M 2020, revenue rose 7% to $3 billion.",
        [Q("7%", "7", unit="%", change="increase"), Q("$3 billion", "3000000000", unit="USD")],
    ),
    ("Output for 9M rose 4%.", [Q("4%", "4", unit="%", change="increase")]),
    # money and amounts written with "M" stay millions
    ("The club paid $9M for him.", [Q("$9M", "9000000", unit="USD")]),
    ("Output reached 9M tonnes.", [Q("9M tonnes", "9000000", unit="t")]),
    # a labelled list stops at a figure
    (
        "Output rose 5 and 6 percent last year.",
        [Q("5", "5", unit="%", change="increase"), Q("6 percent", "6", unit="%")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), _NOT_QUANTITIES, ids=[r[0][:48] for r in _NOT_QUANTITIES]
)
def test_names_dates_and_periods(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


# --- the quantity layer: figures it missed ------------------------------------------------

_MISSED_FORMS: list[Row] = [
    (
        "The sides eye a $50-billion goal.",
        [Q("$50-billion", "50000000000", unit="USD")],
    ),
    ("They signed a 12-billion-dollar deal.", [Q("12-billion-dollar", "12000000000", unit="USD")]),
    (
        "Sales of 2-3 billion dollars.",
        [Q("2-3 billion dollars", "2000000000", high="3000000000", unit="USD")],
    ),
    ("Deliveries rose by a factor of 12.", [Q("12", "12", unit="x", change="factor")]),
    # a hard-wrapped line between a number and its scale word; a blank line ends a paragraph
    (
        "Coal exports reached 14\nmillion tonnes in June.",
        [Q("14\nmillion tonnes", "14000000", unit="t")],
    ),
    ("Coal exports reached 14\n\nmillion tonnes in June.", [Q("14", "14")]),
    (
        "Shipments of barley soared by a factor of 19 times after the ban.",
        [Q("19 times", "19", unit="x", change="factor")],
    ),
    ("The cost rose by a factor of three.", [Q("three", "3", unit="x", change="factor")]),
    # a factor of no change is a plain ratio
    ("It moved faster by a factor of 2.5.", [Q("2.5", "2.5")]),
    # "under a": the deal a figure falls under, no bound; "under $50" is one
    (
        "Russia will ship 12 jets under a $1.5 billion contract.",
        [Q("12 jets", "12", unit="count"), Q("$1.5 billion", "1500000000", unit="USD")],
    ),
    ("Prices stayed under $50.", [Q("under $50", "50", unit="USD", bound="<")]),
    (
        "Households bought half as much as in 2019.",
        [Q("half as much as", "0.5", unit="x", change="factor")],
    ),
    # a fall by a fraction, then the level it fell to: two figures, not a range
    (
        "Sales fell by two-thirds to $2 billion.",
        [
            Q("two-thirds", Decimal(2) / Decimal(3), change="decrease"),
            Q("$2 billion", "2000000000", unit="USD"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), _MISSED_FORMS, ids=[r[0][:48] for r in _MISSED_FORMS]
)
def test_missed_forms(text: str, expected: list[Record]) -> None:
    assert [record(m) for m in quantities_of(text)] == expected


# (sentence, [(figure, its value and unit as a claim states a share)])
_HEDGED_SHARES: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("Almost a third of the delegates were women.", [("Almost a third", "33.33", "%")]),
    ("Nearly half of the grain went east.", [("Nearly half", "50.00", "%")]),
    ("Half of which went to China.", [("Half", "0.50", None)]),  # a share of nothing named
]


@pytest.mark.parametrize(
    ("text", "expected"), _HEDGED_SHARES, ids=[r[0][:48] for r in _HEDGED_SHARES]
)
def test_hedged_shares(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    shares = [share_of_fraction(m) for m in quantities_of(text)]
    assert [(m.text, f"{m.value:.2f}", m.unit) for m in shares] == expected


# --- which figures are claims: traps and figures that state a term --------------------------

# (sentence, [(figure as found, reason it is no claim, or None for a claim)])
_TRAPS_AND_TERMS: list[tuple[str, list[tuple[str, str | None]]]] = [
    # frames of time: the span of a report or of another figure
    (
        "In the four months, imports hit $3 bln.",
        [("four months", "frame of time"), ("$3 bln", None)],
    ),
    (
        "For 7 months of the season, wheat exports hit 2 million tonnes.",
        [("7 months", "frame of time"), ("2 million tonnes", None)],
    ),
    ("For 10 months 2020/21, barley sales rose.", [("10 months", "frame of time")]),
    (
        "Kazakhstan was third with $1.2 bln over five months.",
        [("$1.2 bln", None), ("over five months", "frame of time")],
    ),
    ("Deliveries switched to rail in just three years.", [("three years", "frame of time")]),
    ("Output will rise in the next four years.", [("four years", "frame of time")]),
    ("Prices will rise over the next three years.", [("three years", "frame of time")]),
    ("The alliance might one day include Iran.", [("one day", "idiom of time")]),
    # durations that state a term or a run are claims
    ("It was the first fall in grain sales in six years.", [("six years", None)]),
    ("The contract secures gas for the next 25 years.", [("25 years", None)]),
    (
        "Under an accord worth $4 billion, the mill will deliver flour over the next 10 years.",
        [("$4 billion", None), ("10 years", None)],
    ),
    (
        "Coal output will grow over the next 15 years.",
        [("15 years", "frame of time")],
    ),
    ("The drills will last six days.", [("six days", None)]),
    ("Exports grew for three straight years.", [("three straight years", None)]),
    # a rate's basis, a year compared with, ages of things, people in a story
    (
        "In 2015, 100 tenge fetched 4 roubles.",
        [("100 tenge", "basis of a rate"), ("4 roubles", None)],
    ),
    ("A 1000-year-old temple stands on the hill.", [("1000-year-old", "age of a thing")]),
    (
        "The mayor was seen with three schoolgirls at the fair.",
        [("three schoolgirls", "incidental count")],
    ),
    ("Some 2,000 college students joined the fair.", [("Some 2,000 college students", None)]),
]


@pytest.mark.parametrize(
    ("text", "expected"), _TRAPS_AND_TERMS, ids=[r[0][:48] for r in _TRAPS_AND_TERMS]
)
def test_traps_and_terms(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.text, why_not_a_claim(text, m)) for m in quantities_of(text)] == expected


def test_a_year_compared_with_is_no_claim() -> None:
    text = "Imports rose 6%, an increase of 2% over 2022, and a 31% increase over 2020."
    found = [(m.text, why_not_a_claim(text, m)) for m in quantities_of(text)]
    assert ("over 2020", "year compared with") in found or all("2020" not in t for t, _ in found)
    assert [t for t, why in found if why is None] == ["6%", "2%", "31% increase"]


# (sentence, [(figure, unit once the context is read)])
_UNITS_FROM_CONTEXT: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("Exports grew for three straight years.", [("three straight years", "year")]),
    ("Sales fell for five consecutive months.", [("five consecutive months", "month")]),
    (
        "The factory will build 60,000 tractors annually.",
        [("60,000 tractors annually", "count/yr")],
    ),
    ("Up to 500 lorries can cross the bridge daily.", [("Up to 500 lorries", "count")]),
    # "mt": million tonnes after a number under a thousand, metric tonnes after a larger one
    ("Some 55% or 3.4 mt was iron ore.", [("Some 55%", "%"), ("3.4 mt", "t")]),
    ("The vessel carried 61,000 mt of barley.", [("61,000 mt", "t")]),
    # a share written as a ratio counts no people
    ("One in four Kazakhs travelled abroad.", [("One in four", None)]),
    # plural demonyms count people
    (
        "Some 2,300 Kazakhs and 800 Uzbeks crossed in May.",
        [("Some 2,300 Kazakhs", "person"), ("800 Uzbeks", "person")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), _UNITS_FROM_CONTEXT, ids=[r[0][:48] for r in _UNITS_FROM_CONTEXT]
)
def test_units_from_context(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.text, refine_unit(text, m).unit) for m in quantities_of(text)] == expected


def test_mt_values() -> None:
    text = "Some 55% or 3.4 mt was iron ore; the vessel carried 61,000 mt of barley."
    assert [float(refine_unit(text, m).value) for m in quantities_of(text)] == [
        55.0,
        3_400_000.0,
        61_000.0,
    ]


# --- categories: the kind of figure before its topic ----------------------------------------

_KIND_BEFORE_TOPIC: list[tuple[str, FigureWords, str]] = [
    ("credit-line", FigureWords(measure="credit line", head="line", unit="USD"), "finance"),
    (
        "loans-in-a-pipeline-story",
        FigureWords(measure="Chinese loans", sentence="loans for the oil pipeline", unit="USD"),
        "finance",
    ),
    (
        "price-per-barrel-via-a-pipeline",
        FigureWords(
            measure="discount", sentence="oil it gets via the Druzhba pipeline", unit="USD/bbl"
        ),
        "price",
    ),
    (
        "rate-of-exchange-is-no-price",
        FigureWords(measure="rate", sentence="the exchange rate", unit="CNY/USD"),
        "finance",
    ),
    ("stake", FigureWords(measure="20 percent stake in the LNG plant", unit="%"), "investment"),
    (
        "loan-deal-in-the-sentence",
        FigureWords(
            measure="energy deal",
            sentence="a $30 billion energy deal in return for loans",
            unit="USD",
        ),
        "finance",
    ),
    (
        "arms-trader",
        FigureWords(
            measure="total price",
            sentence="The arms exporter signed contracts at a total price of $3 billion",
            unit="USD",
        ),
        "military",
    ),
    (
        "agreements-counted",
        FigureWords(measure="trade agreements", head="agreements", unit="count"),
        "politics",
    ),
    (
        "freight-carried",
        FigureWords(
            measure="terminal handled",
            agent="the terminal",
            sentence="the terminal handled 90,000 TEUs of cargo, up 12 percent",
            unit="%",
            tense="past",
        ),
        "trade",
    ),
    (
        "design-capacity-stays",
        FigureWords(
            measure="design capacity",
            agent="The port",
            sentence="The port has a design capacity of 15 million tonnes of cargo",
            unit="t",
            tense="present",
        ),
        "infrastructure",
    ),
    (
        "eastern-route",
        FigureWords(
            measure="gas",
            sentence="Gas deliveries via the eastern route reached 9 billion cubic meters",
            unit="m3",
        ),
        "pipeline",
    ),
    (
        "for-a-named-pipeline",
        FigureWords(
            measure="gas",
            sentence="to raise supplies to 40 billion cubic meters of gas a year for the Altai pipeline",
            unit="m3/yr",
        ),
        "pipeline",
    ),
    (
        "owners-list",
        FigureWords(
            measure="France's Engie",
            sentence="The plant is owned by Kazakhstan's Samruk (51 percent) and France's Engie (30 percent).",
            unit="%",
        ),
        "investment",
    ),
    (
        "rate-of-exchange",
        FigureWords(
            measure="100 tenge bought", sentence="In 2015, 100 tenge bought 4 roubles.", unit="RUB"
        ),
        "finance",
    ),
    (
        "length-of-a-pipeline",
        FigureWords(
            measure="length",
            sentence="Filling the Atasu-Alashankou pipeline (962 km in length) with oil began in May.",
            unit="km",
        ),
        "pipeline",
    ),
    (
        "oil-through-a-port-is-energy",
        FigureWords(
            sentence="Together with shipments via the port of Aktau and the railway, it already exports 400,000 barrels per day to Europe.",
            unit="bbl/d",
        ),
        "energy",
    ),
    (
        "oil-by-tanker-stays-energy",
        FigureWords(
            measure="crude", sentence="Russia shipped 3 million tonnes of crude by tanker", unit="t"
        ),
        "energy",
    ),
]


@pytest.mark.parametrize(
    ("words", "expected"),
    [r[1:] for r in _KIND_BEFORE_TOPIC],
    ids=[r[0] for r in _KIND_BEFORE_TOPIC],
)
def test_kind_before_topic(words: FigureWords, expected: str) -> None:
    assert category_of(words) == expected


# (name, own category, the figure's words, the category of the figure before, expected)
_IN_THE_ARTICLE: list[tuple[str, str, FigureWords, str | None, str]] = [
    ("this-figure", "other", FigureWords(measure="this figure", head="figure"), "trade", "trade"),
    (
        "the-indicator",
        "economy",
        FigureWords(measure="The indicator", head="indicator"),
        "trade",
        "trade",
    ),
    ("such-brands", "other", FigureWords(measure="such brands", head="brands"), "trade", "trade"),
    ("a-list-item", "other", FigureWords(measure="Chile"), "trade", "trade"),
    (
        "own-cue-stays",
        "energy",
        FigureWords(measure="coal exports", head="exports"),
        "trade",
        "energy",
    ),
    ("change-in-brackets", "trade", FigureWords(unit="x"), "energy", "energy"),
    ("percent-in-brackets", "resources", FigureWords(unit="%"), "trade", "trade"),
    ("nothing-before", "other", FigureWords(measure="this figure", head="figure"), None, "other"),
    (
        "contract-value-of-a-pipeline",
        "energy",
        FigureWords(measure="contract value", sentence="with the contract value at $300 billion"),
        "pipeline",
        "pipeline",
    ),
    (
        "term-of-a-swap",
        "politics",
        FigureWords(measure="agreement", sentence="The agreement is for five years."),
        "finance",
        "finance",
    ),
    (
        "a-loan-deal-supplies-stay-energy",
        "energy",
        FigureWords(
            measure="oil",
            sentence="Under the agreement, 10 million tonnes of oil a year will be supplied.",
        ),
        "finance",
        "energy",
    ),
]


def test_a_resource_listed_in_a_flow_is_freight() -> None:
    words = FigureWords(
        measure="iron ore", sentence="They included 3 mln tonnes of iron ore.", unit="t"
    )
    assert [
        category_in_article("resources", words, "energy", "trade"),
        category_in_article(
            "resources", FigureWords(measure="iron ore", unit="t"), "energy", "trade"
        ),
    ] == ["trade", "resources"]


@pytest.mark.parametrize(
    ("own", "words", "before", "expected"),
    [r[1:] for r in _IN_THE_ARTICLE],
    ids=[r[0] for r in _IN_THE_ARTICLE],
)
def test_category_in_article(
    own: str, words: FigureWords, before: str | None, expected: str
) -> None:
    assert category_in_article(own, words, before) == expected


# Whole articles through the pipeline: (name, text, figure, expected category).
_ARTICLES: list[tuple[str, str, str, str]] = [
    (
        "a-volume-after-a-pipelines-figure-is-the-pipelines",
        "Gazprom pumped 15 bcm of gas through the Power of Siberia pipeline in 2021. Deliveries are to reach 38 bcm a year by 2025.",
        "38 bcm a year",
        "pipeline",
    ),
    (
        "a-total-of-several-routes-is-no-one-pipelines",
        "Gas went through the Power of Siberia pipeline in 2023. The two routes will carry a total of 60 bcm a year.",
        "60 bcm a year",
        "energy",
    ),
    (
        "headline-sum-of-a-loan-deal",
        "Kazakhstan, Uzbekistan agree $7 billion power deal\n\nKazakhstan and Uzbekistan agreed a $7 billion power deal on Monday, under which Tashkent gets electricity for 15 years in exchange for loans.",
        "$7 billion",
        "finance",
    ),
    (
        "this-figure-rose",
        "Turnover hit $40 billion in 2019; in 2020 this figure grew 9%.",
        "9%",
        "trade",
    ),
    (
        "ranking-of-buyers",
        "Turkey was the top buyer of Chinese cars with $3 bln in May. Chile ranked second on $1.4 bln, ahead of Peru (about $0.9 bln).",
        "about $0.9 bln",
        "trade",
    ),
    (
        "trucks-sent-across",
        "The new bridge opened on Monday. On the first day, nine lorries crossed the bridge with timber.",
        "nine lorries",
        "trade",
    ),
    (
        "coal-and-its-change-in-brackets",
        "Exports via the crossing gained 21% to 8.5 mln tonnes. They included 2.7 mln tonnes of coal (the threefold increase) and 1.3 mln tonnes of iron ore (growth by 1.2 times).",
        "threefold",
        "energy",
    ),
    (
        "iron-ore-in-a-list-of-exports",
        "Exports via the crossing gained 21% to 8.5 mln tonnes. They included 2.7 mln tonnes of coal (the threefold increase) and 1.3 mln tonnes of iron ore (growth by 1.2 times).",
        "1.2 times",
        "trade",
    ),
    (
        "trucks-it-can-carry",
        "The new bridge opened on Monday. Up to 700 trucks can cross the bridge daily.",
        "700 trucks",
        "infrastructure",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "expected"), [r[1:] for r in _ARTICLES], ids=[r[0] for r in _ARTICLES]
)
def test_articles(nlp: Any, text: str, figure: str, expected: str) -> None:
    found = [
        c.category for c in extract(text, published="2021-03-01") if figure in c.evidence.quantity
    ]
    assert found[:1] == [expected]


# A bare number said to be the number of things counts them; a bare number alone is none.
_NUMBER_OF_THINGS: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("The number of joint ventures stands at 250.", [("250", "count")]),
    ("The number of flights rose to 100 a week.", [("100", "count")]),
    ("The sides agreed to raise the number of flights to 100.", [("100", "count")]),
    ("The number of visitors was 20 in 2019.", [("20", "person")]),
    ("The number 20 appears on every ticket.", []),
    ("Of the 20, most came from Harbin.", []),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), _NUMBER_OF_THINGS, ids=[r[0][:40] for r in _NUMBER_OF_THINGS]
)
def test_the_number_of_things(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c.evidence.quantity, c.unit) for c in extract(text)] == expected


# "over" and a duration: the span a figure before it is spread over, or "more than".
_OVER_A_DURATION: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The deal provides for the supply of 50 million tonnes of coal over 10 years.",
        [("50 million tonnes", "="), ("over 10 years", "=")],
    ),
    (
        "China will invest $5 billion over five years.",
        [("$5 billion", "="), ("over five years", "=")],
    ),
    ("The bridge took over 10 years to build.", [("over 10 years", ">")]),
    (
        "It has 5,000 workers and has operated for over 10 years.",
        [("5,000 workers", "="), ("over 10 years", ">")],
    ),
]


@pytest.mark.issue(24)
@pytest.mark.parametrize(
    ("text", "expected"), _OVER_A_DURATION, ids=[r[0][:40] for r in _OVER_A_DURATION]
)
def test_over_a_duration(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.bound) for m in quantities_of(text)] == expected


# An amount added to what there was is the size of an increase (GUIDELINES: change).
_ADDED: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "The deal brings an extra 200,000 barrels per day.",
        [("200,000 barrels per day", "increase")],
    ),
    ("Moscow will ship an additional 8 bcm of gas.", [("8 bcm of gas", "increase")]),
    (
        "Trade grew 20% in 2021 and a further 19% in 2022.",
        [("20%", "increase"), ("19%", "increase")],
    ),
    ("Another 20 people were hurt.", [("20 people", None)]),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(("text", "expected"), _ADDED, ids=[r[0][:40] for r in _ADDED])
def test_an_amount_added(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.text, m.change) for m in quantities_of(text)] == expected


# A place a verb gives something to, right before a number, is no name of the number.
_GIVEN_TO_A_PLACE: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("Moscow sold India 12 Su-30 fighter jets.", [("12 Su-30 fighter jets", "count")]),
    ("Russia gave Vietnam 5 patrol boats.", [("5 patrol boats", "count")]),
    ("The Airbus 320 fleet grew.", []),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), _GIVEN_TO_A_PLACE, ids=[r[0][:40] for r in _GIVEN_TO_A_PLACE]
)
def test_a_place_given_to(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c.evidence.quantity, c.unit) for c in extract(text)] == expected
