"""Measure: what a figure measures, in the text's words, found from the sentence's syntax.

Rows are (id, sentence, a piece of the figure's text, expected (measure, whole)): the whole
is what a share is of ("26 percent of Russia's GDP"), None for other figures.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
import spacy

from sinorus_facts import extract
from sinorus_facts.claims.measure import Measure, measure_of, phrase_text
from sinorus_facts.quantities.mention import QuantityMention

Row = tuple[str, str, str, tuple[str | None, str | None]]


def _measure(nlp: Any, text: str, figure: str) -> Measure:
    doc = nlp(text)
    mention = next(QuantityMention.from_dict(q) for q in doc._.sf_quantities if figure in q["text"])
    return measure_of(doc, mention)


# Sentences written in the style of news wires.
_NEWS_WIRE: list[Row] = [
    (
        "subject-of-reached",
        "Two-way trade between Russia and Mongolia reached 2 billion U.S. dollars last year.",
        "2 billion",
        ("Two-way trade between Russia and Mongolia", None),
    ),
    (
        "subject-of-fell",
        "Russia's exports of frozen fish to China fell 8 percent in the first half.",
        "8 percent",
        ("Russia's exports of frozen fish to China", None),
    ),
    (
        "stood-at",
        "China's direct investment in Russia stood at $4.4 billion at the end of 2018.",
        "$4.4 billion",
        ("China's direct investment in Russia", None),
    ),
    (
        "tonnes-of",
        "Rosneft shipped 30 million tonnes of crude oil to China via Kazakhstan.",
        "30 million",
        ("crude oil", None),
    ),
    (
        "of-after-rate",
        "The joint venture will produce 2 million tonnes of fertilizer a year.",
        "2 million",
        ("fertilizer", None),
    ),
    (
        "share-of-in",
        "The share of the yuan in Russia's foreign trade settlements rose to 17 percent.",
        "17 percent",
        (
            "share of the yuan in Russia's foreign trade settlements",
            "Russia's foreign trade settlements",
        ),
    ),
    (
        "share-comes-from",
        "About 40 percent of the region's budget revenue comes from timber sales.",
        "40 percent",
        ("timber sales", "region's budget revenue"),
    ),
    (
        "worth-in-apposition",
        "The Amur gas processing plant, worth 950 billion rubles, opened on Monday.",
        "950 billion",
        ("Amur gas processing plant", None),
    ),
    ("long", "The bridge is 1.3 kilometers long.", "1.3 kilometers", ("bridge", None)),
    (
        "direction",
        "The border town lies about 600 kilometers north of Harbin.",
        "600 kilometers",
        ("north of Harbin", None),
    ),
    (
        "counted-noun",
        "Nearly 900,000 Chinese tourists visited Moscow in 2018.",
        "900,000",
        ("Chinese tourists", None),
    ),
    (
        "jumped-by-a-third",
        "Turnover at the Zabaikalsk border crossing jumped by a third to 15 million tonnes.",
        "15 million",
        ("Turnover at the Zabaikalsk border crossing", None),
    ),
    (
        "change-noun",
        "A 12 percent rise in grain exports was recorded in October.",
        "12 percent",
        ("grain exports", None),
    ),
    (
        "object-of-cut",
        "The company cut its gas prices by 5 percent.",
        "5 percent",
        ("gas prices", None),
    ),
    (
        "of-after-count-verb",
        "The region exported 1.2 million tonnes of wheat, most of it to China.",
        "1.2 million",
        ("wheat", None),
    ),
    (
        "share-of-votes",
        "Putin secured 87 percent of the votes in the March election.",
        "87 percent",
        ("votes in the March election", "votes in the March election"),
    ),
    (
        "stake-in",
        "The Chinese side holds a 20 percent stake in the Yamal LNG project.",
        "20 percent",
        ("stake in the Yamal LNG project", None),
    ),
    (
        "projected-to-hit",
        "Gas output at the field is projected to hit 25 billion cubic meters a year.",
        "25 billion",
        ("Gas output at the field", None),
    ),
    (
        "share-of-gdp",
        "The federal budget deficit narrowed to 1.3 percent of GDP.",
        "1.3 percent",
        ("federal budget deficit", "GDP"),
    ),
    (
        "factor-verb",
        "Sales of Chinese cars in Russia doubled last year.",
        "doubled",
        ("Sales of Chinese cars in Russia", None),
    ),
    (
        "agreed-to-double",
        "Moscow and Beijing agreed to double bilateral trade by 2024.",
        "double",
        ("bilateral trade", None),
    ),
    (
        "up-percent-after-object",
        "The company posted a net profit of 1.5 billion yuan, up 12 percent.",
        "12 percent",
        ("net profit", None),
    ),
    (
        "deal-worth",
        "Rosneft signed a deal worth $270 billion with CNPC.",
        "$270 billion",
        ("deal", None),
    ),
    (
        "participle-subject",
        "The deals signed during the visit were worth more than $20 billion.",
        "$20 billion",
        ("deals signed during the visit", None),
    ),
    (
        "invested-in",
        "The fund and its partners have invested over 1 trillion rubles in 30 projects.",
        "1 trillion",
        ("invested in 30 projects", None),
    ),
    (
        "share-is-attribute",
        "About 60 percent of Russia's exports to China are energy products.",
        "60 percent",
        ("energy products", "Russia's exports to China"),
    ),
    (
        "acl-projected",
        "China will buy more LNG, with purchases projected to reach 20 million tonnes a year.",
        "20 million",
        ("purchases", None),
    ),
    (
        "record-looks-through",
        "Two-way trade hit a record $108 billion last year.",
        "$108 billion",
        ("Two-way trade", None),
    ),
]

# The seeds' own sentences (seeds/ is the one text that may be used as it is).
_SEEDS: list[Row] = [
    (
        "zhang-misparsed-object",
        (
            "Zhang added the bilateral trade volume of China and Russia reached 31.2 billion U.S. "
            "dollars from January through April, and is likely to surpass 100 billion U.S. dollars this year."
        ),
        "31.2 billion",
        ("bilateral trade volume of China and Russia", None),
    ),
    (
        "zhang-second-conjunct",
        (
            "Zhang added the bilateral trade volume of China and Russia reached 31.2 billion U.S. "
            "dollars from January through April, and is likely to surpass 100 billion U.S. dollars this year."
        ),
        "100 billion",
        ("bilateral trade volume of China and Russia", None),
    ),
    (
        "budget-at",
        (
            "Last month, the Russian parliament approved the draft of a conservative 2018-2020 Russian federal "
            "budget at $279 billion."
        ),
        "$279 billion",
        ("conservative 2018-2020 Russian federal budget", None),
    ),
    (
        "share-of-budget",
        (
            "Contrary to Western perceptions, energy revenue in Russia amounts to only around 30 percent "
            "of the federal budget."
        ),
        "30 percent",
        ("energy revenue in Russia", "federal budget"),
    ),
    (
        "as-a-percentage-of",
        (
            "Oil and gas as a percentage of total exports fell during the past two years from 70 "
            "percent to 47 percent, but they are still the country’s top export money earners."
        ),
        "47 percent",
        ("Oil and gas as a percentage of total exports", "total exports"),
    ),
    (
        "subject-after-comma",
        (
            "When you add other commodities, such as iron, steel, aluminum and copper, revenue from "
            "natural resources come to more than 75 percent of Russia’s total exports."
        ),
        "75 percent",
        ("revenue from natural resources", "Russia’s total exports"),
    ),
    (
        "increase-of",
        (
            "In June 2016, the administration of Altai Krai informed on the fourfold increase of the foreign "
            "economic turnover with China for the past year."
        ),
        "fourfold",
        ("foreign economic turnover with China", None),
    ),
    (
        "raising-imports",
        (
            "A new branch of the oil pipeline started work on Monday, raising Mongolia's "
            "annual imports of Russian diesel from 1 million to 2 million tons."
        ),
        "2 million",
        ("Mongolia's annual imports of Russian diesel", None),
    ),
    (
        "total-of",
        "It has carried a total of 45 million tons of coal so far.",
        "45 million",
        ("coal", None),
    ),
    (
        "figure-inside-noun",
        "One interesting project is the new state-of-the-art $1.5 billion\nBystrinsky plant.",
        "$1.5 billion",
        ("new state-of-the-art Bystrinsky plant", None),
    ),
    (
        "number-of",
        "The number of Chinese tourists in Russia reached 1.5 million in 2017.",
        "1.5 million",
        ("number of Chinese tourists in Russia", None),
    ),
    (
        "relative-pronoun-antecedent",
        (
            "In 2015, the region sold to China 5.4 thousand tonnes of flour and more than 26 "
            "tonnes of honey (which is nine times more than the amount of honey purchased by the Chinese in 2014)."
        ),
        "nine times",
        ("honey", None),
    ),
    (
        "east-of",
        "Yet there is another major BRI initiative about 1,000km east of Bystrinsky.",
        "1,000km",
        ("east of Bystrinsky", None),
    ),
    (
        "for-a-duration",
        (
            "China has been Russia's largest trade partner for eight years, and Russia is China's largest "
            "source of crude oil."
        ),
        "eight years",
        ("Russia's largest trade partner", None),
    ),
]

# What the doer of the figure's verb is, when it is not what is measured.
_AGENTS: list[tuple[str, str, str, tuple[str | None, bool]]] = [
    (
        "region-sold",
        "The region exported 1.2 million tonnes of wheat to China.",
        "1.2 million",
        ("region", False),
    ),
    (
        "pronoun-doer",
        "It has carried a total of 45 million tons of coal so far.",
        "45 million",
        ("It", True),
    ),
    (
        "pipeline-raising",
        (
            "A second line of the oil pipeline began operation, raising imports of crude oil to 30 "
            "million tons."
        ),
        "30 million",
        ("second line of the oil pipeline", False),
    ),
    ("link-verb-has-none", "Bilateral trade reached $107 billion.", "$107 billion", (None, False)),
]


# Words that say when are no measure: the library's own time expressions, comparison
# bases and durations tell them, with or without NER (which runs only where a sentence
# names something the lexicons do not know).
_TIME_WORDS: list[Row] = [
    (
        "period-of-years",
        "The refinery will receive 7 million tonnes of crude a year for a period of 15 years.",
        "7 million",
        ("crude", None),
    ),
    (
        "year-on-year",
        "Grain exports rose 14 percent year on year to 3.1 million tonnes.",
        "3.1 million",
        ("Grain exports", None),
    ),
    (
        "for-n-years",
        "The supplier will ship 20 billion cubic meters a year via the new route for 25 years.",
        "20 billion",
        ("ship via the new route", None),
    ),
    (
        "same-period-a-year-earlier",
        "Russia shipped 2.4 million tonnes of coal compared with the same period a year earlier.",
        "2.4 million",
        ("coal", None),
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "expected"), [r[1:] for r in _TIME_WORDS], ids=[r[0] for r in _TIME_WORDS]
)
@pytest.mark.parametrize("ner", [True, False], ids=["with-ner", "without-ner"])
def test_time_words(
    nlp: Any, text: str, figure: str, expected: tuple[str | None, str | None], ner: bool
) -> None:
    doc = nlp(text) if ner else nlp(text, disable=["ner"])
    mention = next(QuantityMention.from_dict(q) for q in doc._.sf_quantities if figure in q["text"])
    found = measure_of(doc, mention)
    assert (found.text, found.whole, bool(doc.ents)) == (*expected, ner)


@pytest.mark.parametrize(
    ("text", "figure", "expected"), [r[1:] for r in _NEWS_WIRE], ids=[r[0] for r in _NEWS_WIRE]
)
def test_news_wire(
    nlp: Any, text: str, figure: str, expected: tuple[str | None, str | None]
) -> None:
    found = _measure(nlp, text, figure)
    assert (found.text, found.whole) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"), [r[1:] for r in _SEEDS], ids=[r[0] for r in _SEEDS]
)
def test_seed_sentences(
    nlp: Any, text: str, figure: str, expected: tuple[str | None, str | None]
) -> None:
    found = _measure(nlp, text, figure)
    assert (found.text, found.whole) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"), [r[1:] for r in _AGENTS], ids=[r[0] for r in _AGENTS]
)
def test_agents(nlp: Any, text: str, figure: str, expected: tuple[str | None, bool]) -> None:
    found = _measure(nlp, text, figure)
    assert (found.agent, found.agent_pronoun) == expected


def test_without_a_parse_only_the_counted_noun() -> None:
    text = "Some 32 tourist routes were opened."
    mention = QuantityMention(
        5,
        23,
        "32 tourist routes",
        Decimal(32),
        unit="count",
        unit_kind="count",
        number_start=5,
        number_end=7,
        counted="tourist routes",
    )
    found = measure_of(spacy.blank("en")(text), mention)
    assert (found.text, found.source) == ("tourist routes", "counted")


def test_phrase_text_drops_articles_and_stops_at_a_comma(nlp: Any) -> None:
    doc = nlp("The second line from Mohe, the northernmost point of China, opened.")
    assert phrase_text(doc[2]) == "second line from Mohe"


# A figure that restates, compares with or splits the figure before takes its measure.
_SAME_AS_BEFORE: list[tuple[str, str, str, str | None]] = [
    (
        "other-units",
        "The oil slick stretched for some five miles (8 km) along the coast.",
        "8 km",
        "oil slick",
    ),
    (
        "up-from",
        (
            "Gazprom delivered 10.4 billion cubic meters of gas to China in 2021, up from 4.1 billion cubic "
            "meters a year earlier."
        ),
        "4.1 billion",
        "gas",
    ),
    (
        "of-which",
        (
            "Rosneft supplies about 40 million tonnes of oil to China each year, of which 30 million tonnes go "
            "through the ESPO pipeline."
        ),
        "30 million",
        "oil",
    ),
    (
        "gapped-conjunct",
        (
            "Rosneft supplies about 40 million tonnes of oil to China each year, of which 30 million "
            "tonnes go through the ESPO pipeline and 10 million tonnes through Kazakhstan."
        ),
        "10 million",
        "oil",
    ),
    (
        "dateline-is-no-subject",
        "MOSCOW, Jan. 14 (Xinhua) -- Trade between China and Russia rose 27 percent in 2018.",
        "27 percent",
        "Trade between China and Russia",
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [r[1:] for r in _SAME_AS_BEFORE],
    ids=[r[0] for r in _SAME_AS_BEFORE],
)
def test_same_as_before(nlp: Any, text: str, figure: str, expected: str | None) -> None:
    found = [
        c.measure for c in extract(text, published="2019-06-10") if figure in c.evidence.quantity
    ]
    assert found == [expected]
