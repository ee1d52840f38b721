"""News it has not seen (issue 25, fourth round), tried with short articles written for this
file in the genres of China–Russia news (railways, customs, statistics offices, energy majors,
ministries, central banks, carmakers, tourism) and the styles of wires, state media and the
business press: a source named after its figures, clauses whose verb is left out, names that
carry a number, a body described after it was named, and counts of travel. Each row is (id,
text, every claim of the text in order with the fields it checks); names and figures are our own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import sinorus_facts

PUBLISHED = "2024-06-10"


def _claims(text: str) -> list[sinorus_facts.Claim]:
    return sinorus_facts.extract(text, published=PUBLISHED)


# A source named after its figures ("..., the railway said.", "..., customs data showed.",
# "according to X." at a paragraph's end) gives the figures of the sentences just before it that
# belong to the same report, of any category of its flow of goods and money; it stops at
# another source, a quotation, the writer's voice, another topic ("Separately, ..."), another
# time, a figure of another kind of statement, a deed of another body, and the paragraph's start.
_AFTERWORD: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "railway-said-after-trains",
        "The Zabaikalsk branch handled 7,300 trains in May. Transit cargo rose 9%, the railway said.",
        [("7,300 trains", "railway"), ("9%", "railway")],
    ),
    (
        "railway-named-before-said-after",
        "The Far Eastern Railway handled 8,600 trains. Transit rose 11%, the railway said.",
        [("8,600 trains", "Far Eastern Railway"), ("11%", "Far Eastern Railway")],
    ),
    (
        "customs-data-showed-across-categories",
        "Russian oil shipments to China reached 9.4 million tonnes in April. Trade turnover rose 6% to $21 billion, customs data showed.",
        [("9.4 million tonnes", "customs"), ("6%", "customs"), ("$21 billion", "customs")],
    ),
    (
        "three-sentences-back-to-the-paragraph-start",
        "Chinese car imports into Russia climbed to 71,000 units in May. Payments in yuan made up 93%. Trade rose 8% to $19 billion, the customs service reported.",
        [
            ("71,000 units", "customs service"),
            ("93%", "customs service"),
            ("8%", "customs service"),
            ("$19 billion", "customs service"),
        ],
    ),
    (
        "according-to-at-the-paragraph-end",
        "Russian LNG deliveries to China hit 1.6 million tonnes in March. Pipeline gas supplies rose 20% to 2.5 bcm, according to the Federal Customs Service.",
        [
            ("1.6 million tonnes", "Federal Customs Service"),
            ("20%", "Federal Customs Service"),
            ("2.5 bcm", "Federal Customs Service"),
        ],
    ),
    (
        "tour-operators-at-the-end",
        "Tourist trips from China to Russia reached 210,000 in the first quarter. Group visa-free travel made up 60% of them, according to the Association of Tour Operators.",
        [("210,000", "Association of Tour Operators"), ("60%", "Association of Tour Operators")],
    ),
    (
        "stops-at-separately",
        "Rosneft shipped 1.1 million tonnes of diesel to China. Separately, Russian grain exports rose 14% to 2.2 million tonnes. Wheat made up 1.4 million tonnes, the agriculture ministry said.",
        [
            ("1.1 million tonnes", None),
            ("14%", "agriculture ministry"),
            ("2.2 million tonnes", "agriculture ministry"),
            ("1.4 million tonnes", "agriculture ministry"),
        ],
    ),
    (
        "stops-at-a-quotation",
        '"Our trade is in good shape," Li Wei said. Exports rose 12% to $8 billion. Imports fell 3% to $5 billion, the customs office said.',
        [
            ("12%", "customs office"),
            ("$8 billion", "customs office"),
            ("3%", "customs office"),
            ("$5 billion", "customs office"),
        ],
    ),
    (
        "stops-at-another-topic-of-figures",
        "The two navies will hold drills with 3,000 sailors. Exports of grain rose 7%, the ministry said.",
        [("3,000 sailors", None), ("7%", "ministry")],
    ),
    (
        "stops-at-another-time",
        "In 2014, trade stood at $64 billion. Cars are in demand. Exports rose 9% to $110 billion in 2023, customs data showed.",
        [("$64 billion", None), ("9%", "customs"), ("$110 billion", "customs")],
    ),
    (
        "stops-at-a-forecast-before-a-report",
        "Gazprom exported 22 billion cubic metres of gas to China in 2023. The company aims to supply 38 bcm by 2025. Revenue from China rose 40% to $7 billion in 2023, Gazprom said.",
        [
            ("22 billion cubic metres", None),
            ("38 bcm", None),
            ("40%", "Gazprom"),
            ("$7 billion", "Gazprom"),
        ],
    ),
    (
        "stops-at-someone-credited-between",
        "Exports to China rose 19% to $9 billion. According to analysts, the rise was driven by oil. Imports fell 4% to $6 billion, the customs office said.",
        [
            ("19%", None),
            ("$9 billion", None),
            ("4%", "customs office"),
            ("$6 billion", "customs office"),
        ],
    ),
    (
        "stops-at-another-body-s-deed",
        "The Federal Tax Service collected 12 billion roubles. Imports from China rose 8%, according to the Customs Administration of China.",
        [("12 billion roubles", None), ("8%", "Customs Administration of China")],
    ),
    (
        "another-ministry-s-deed",
        "The Ministry of Finance sold 5 billion yuan of bonds. Exports of coal rose 7%, according to the Ministry of Energy.",
        [("5 billion yuan", None), ("7%", "Ministry of Energy")],
    ),
    (
        "stops-at-another-report-of-a-ministry",
        "The zone will cover 40 hectares. Timber exports to China fell 6% to 3.2 million cubic metres, the forestry agency said.",
        [
            ("40 hectares", None),
            ("6%", "forestry agency"),
            ("3.2 million cubic metres", "forestry agency"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _AFTERWORD], ids=[r[0] for r in _AFTERWORD]
)
def test_source_after_its_figures(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(c.evidence.quantity, c.attribution) for c in _claims(text)] == expected


# A clause whose verb is left out ("Geely sold 52,000 cars, and Haval 39,000"; "Coal made up 27
# mt and timber 6 mt"): its figure takes the unit of its parallel, and its own subject is what it
# measures (a name's subject is the doer of the same thing), which decides its category.
_GAPPED: list[tuple[str, str, list[tuple[str, float, str | None, str, str | None]]]] = [
    (
        "carmakers-bare-count",
        "Geely sold 52,000 cars, and Haval 39,000.",
        [
            ("52,000 cars", 52000.0, "count", "trade", "cars"),
            ("39,000", 39000.0, "count", "trade", "cars"),
        ],
    ),
    (
        "coal-and-timber-mt",
        "Coal made up 27 mt and timber 6 mt.",
        [
            ("27 mt", 27000000.0, "t", "energy", "Coal"),
            ("6 mt", 6000000.0, "t", "trade", "timber"),
        ],
    ),
    (
        "oil-and-gas-shares",
        "Oil made up 62% of exports, and gas 11%.",
        [("62%", 62.0, "%", "energy", "Oil"), ("11%", 11.0, "%", "energy", "gas")],
    ),
    (
        "exports-and-imports-sums",
        "Exports rose 5% to $52 billion, and imports $39 billion.",
        [
            ("5%", 5.0, "%", "trade", "Exports"),
            ("$52 billion", 52000000000.0, "USD", "trade", "Exports"),
            ("$39 billion", 39000000000.0, "USD", "trade", "imports"),
        ],
    ),
    (
        "regions-tourists",
        "Heilongjiang received 320,000 Russian tourists, and Inner Mongolia 140,000.",
        [
            ("320,000 Russian tourists", 320000.0, "person", "tourism", "Russian tourists"),
            ("140,000", 140000.0, "person", "tourism", "Russian tourists"),
        ],
    ),
    (
        "time-before-the-gap",
        "Chery sold 18,000 trucks in May and Changan 9,500.",
        [
            ("18,000 trucks", 18000.0, "count", "trade", "trucks"),
            ("9,500", 9500.0, "count", "trade", "trucks"),
        ],
    ),
    (
        "while-and-a-scaled-figure",
        "Russia shipped 41 million tonnes of coal to China, while Indonesia 180 million.",
        [
            ("41 million tonnes", 41000000.0, "t", "energy", "coal"),
            ("180 million", 180000000.0, "t", "energy", "coal"),
        ],
    ),
    (
        "cars-and-trucks-one-count",
        "China bought 300 cars and trucks.",
        [("300 cars", 300.0, "count", "trade", "cars and trucks")],
    ),
    (
        "no-gap-a-clause-with-its-verb",
        "The port handled 12,000 containers, and the plant employs 3,000.",
        [("12,000 containers", 12000.0, "count", "trade", "containers")],
    ),
    (
        "list-with-dashes-is-no-gap",
        "Exports of meat were: beef - $30 million, and pork - $12 million.",
        [
            ("$30 million", 30000000.0, "USD", "trade", "Exports of meat"),
            ("$12 million", 12000000.0, "USD", "trade", "Exports of meat"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _GAPPED], ids=[r[0] for r in _GAPPED]
)
def test_gapped_clauses(
    nlp: Language, text: str, expected: list[tuple[str, float, str | None, str, str | None]]
) -> None:
    assert [
        (c.evidence.quantity, c.value, c.unit, c.category, c.measure) for c in _claims(text)
    ] == expected


# Names that carry a number ("Power of Siberia 2", "Power of Siberia-2", "Arctic LNG 2", "Yamal
# LNG"): no figure of the number, the name read whole, a pipeline's figures the pipeline's.
_NAMES: list[tuple[str, str, list[tuple[str, float, str | None, str]]]] = [
    (
        "pipeline-name-with-a-number-before-pipeline",
        "The Power of Siberia 2 pipeline will carry 50 bcm of gas a year.",
        [("50 bcm of gas a year", 50000000000.0, "m3/yr", "pipeline")],
    ),
    (
        "pipeline-name-with-a-hyphenated-number",
        "The Power of Siberia-2 will carry 50 bcm a year.",
        [("50 bcm a year", 50000000000.0, "m3/yr", "pipeline")],
    ),
    (
        "designed-hyphenated-name",
        "Power of Siberia-2 is designed to carry 50 billion cubic metres a year.",
        [("50 billion cubic metres a year", 50000000000.0, "m3/yr", "pipeline")],
    ),
    (
        "lng-project-with-a-number",
        "Arctic LNG 2 shipped 1.2 million tonnes to China in May.",
        [("1.2 million tonnes", 1200000.0, "t", "energy")],
    ),
    (
        "lng-project-without-a-number",
        "Yamal LNG exported 20 million tonnes last year.",
        [("20 million tonnes", 20000000.0, "t", "energy")],
    ),
    (
        "first-line-by-number",
        "Supplies via the Power of Siberia 1 pipeline reached 22.7 bcm in 2023.",
        [("22.7 bcm", 22700000000.0, "m3", "pipeline")],
    ),
    (
        "talks-on-a-named-pipeline",
        "Talks on Power of Siberia 2 have gone on for 10 years.",
        [("10 years", 10.0, "year", "pipeline")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in _NAMES], ids=[r[0] for r in _NAMES])
def test_names_with_a_number(
    nlp: Language, text: str, expected: list[tuple[str, float, str | None, str]]
) -> None:
    assert [(c.evidence.quantity, c.value, c.unit, c.category) for c in _claims(text)] == expected


def test_pipeline_name_is_the_measure(nlp: Language) -> None:
    (claim,) = _claims("The Power of Siberia 2 pipeline will carry 50 bcm of gas a year.")
    assert claim.measure is not None
    assert "Power of Siberia 2 pipeline" in claim.measure


# A description of a body the article named by its name ("the statistics service" after
# "Rosstat", "the customs service" after "the Federal Customs Service", "the gas
# giant" after "Gazprom", "the energy ministry" after "the Ministry of Energy"): the named body
# of that kind (lexicons/bodies.json), never a body of another kind named in between.
_DESCRIBED: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "statistics-service-after-rosstat",
        "Trade between Russia and China rose 4% to $120 billion, Rosstat said. Exports fell 2%, the statistics service said.",
        [("4%", "Rosstat"), ("$120 billion", "Rosstat"), ("2%", "Rosstat")],
    ),
    (
        "customs-service-after-the-general-administration",
        "Imports rose 8%, according to the Federal Customs Service. The customs service said exports fell 3%.",
        [("8%", "Federal Customs Service"), ("3%", "Federal Customs Service")],
    ),
    (
        "customs-service-not-the-tax-service",
        "The Federal Tax Service collected 12 billion roubles. Imports from China rose 8%, according to the Customs Administration of China. Exports fell 3%, the customs service said.",
        [
            ("12 billion roubles", None),
            ("8%", "Customs Administration of China"),
            ("3%", "Customs Administration of China"),
        ],
    ),
    (
        "gas-giant-after-gazprom",
        "Gazprom pumped 22 billion cubic metres to China in 2023. The gas giant expects 30 bcm this year.",
        [("22 billion cubic metres", None), ("30 bcm", "Gazprom")],
    ),
    (
        "energy-ministry-not-the-finance-ministry",
        "The Ministry of Energy said coal exports rose 7%. Bond sales reached 5 billion yuan, the Ministry of Finance said. Output grew 2%, the energy ministry said.",
        [
            ("7%", "Ministry of Energy"),
            ("5 billion yuan", "Ministry of Finance"),
            ("2%", "Ministry of Energy"),
        ],
    ),
    (
        "central-bank-after-the-bank-of-russia",
        "Yuan settlements reached 95%, the Bank of Russia said. The central bank said card payments rose 12%.",
        [("95%", "Bank of Russia"), ("12%", "Bank of Russia")],
    ),
    (
        "rail-monopoly-after-russian-railways",
        "Russian Railways carried 1.2 million tonnes of grain to China. The rail monopoly said transit rose 15%.",
        [("1.2 million tonnes", None), ("15%", "Russian Railways")],
    ),
    (
        "statistics-bureau-after-the-national-bureau",
        "China's output of coal rose 3%, the National Bureau of Statistics said. Imports from Russia grew 9%, the statistics bureau said.",
        [("3%", "National Bureau of Statistics"), ("9%", "National Bureau of Statistics")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _DESCRIBED], ids=[r[0] for r in _DESCRIBED]
)
def test_described_bodies(nlp: Language, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c.evidence.quantity, c.attribution) for c in _claims(text)] == expected


# Counts of travel: arrivals, visitors, trips, crossings and their units; "another 300" after a
# count is more of that count (its unit and category), as "the remaining 300" is.
_COUNTS: list[tuple[str, str, list[tuple[str, float, str | None, str]]]] = [
    (
        "crossings-brought-to-a-bare-number",
        "Visitors from Harbin made 120,000 trips, and crossings at Blagoveshchensk reached 80,000.",
        [("120,000 trips", 120000.0, "count", "tourism"), ("80,000", 80000.0, "count", "tourism")],
    ),
    (
        "border-crossings-by-citizens",
        "Border crossings by Chinese citizens rose 60% to 2.1 million in 2023.",
        [("60%", 60.0, "%", "tourism"), ("2.1 million", 2100000.0, "count", "tourism")],
    ),
    (
        "arrivals-brought-to-a-number",
        "Chinese arrivals in Kazan rose to 450,000 in 2023.",
        [("450,000", 450000.0, "count", "tourism")],
    ),
    (
        "visitors-are-people",
        "The number of visitors to Vladivostok from China reached 260,000, up 40%.",
        [("260,000", 260000.0, "person", "tourism"), ("40%", 40.0, "%", "tourism")],
    ),
    (
        "another-after-a-semicolon",
        "Some 1,200 tourists crossed by bus; another 300 came by ferry.",
        [("Some 1,200 tourists", 1200.0, "person", "tourism"), ("300", 300.0, "person", "tourism")],
    ),
    (
        "another-opening-the-next-sentence",
        "About 5,000 Russian tourists flew to Sanya in May. Another 2,000 travelled by train.",
        [
            ("About 5,000 Russian tourists", 5000.0, "person", "tourism"),
            ("2,000", 2000.0, "person", "tourism"),
        ],
    ),
    (
        "a-further-after-trips",
        "Russians made 40,000 trips to Harbin in March, and a further 15,000 to Suifenhe.",
        [("40,000 trips", 40000.0, "count", "tourism"), ("15,000", 15000.0, "count", "tourism")],
    ),
    (
        "another-with-its-own-noun",
        "Another two officials joined the talks.",
        [],
    ),
    (
        "journeys-brought-to-a-number",
        "Journeys by Chinese travellers on the route climbed to 64,000.",
        [("64,000", 64000.0, "count", "tourism")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _COUNTS], ids=[r[0] for r in _COUNTS]
)
def test_counts_of_travel(
    nlp: Language, text: str, expected: list[tuple[str, float, str | None, str]]
) -> None:
    assert [(c.evidence.quantity, c.value, c.unit, c.category) for c in _claims(text)] == expected
