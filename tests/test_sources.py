"""Who gives each figure, read with the whole article (issue 25; GUIDELINES "Who gives the
figure: the article is its context too"): a report's source in the forms news writes it,
relays credited to the data's source, the name at its fullest, and where a report ends.

Each row is (id, text, [(a piece of a figure's text, expected attribution)]) for every
figure of the text, in text order.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import sinorus_facts

Row = tuple[str, str, list[tuple[str, str | None]]]


def _credited(text: str, pieces: list[str]) -> list[tuple[str, str | None]]:
    """(the expected piece the figure's text holds, else its text; its attribution) of every
    figure of ``text``."""
    return [
        (next((p for p in pieces if p in c.evidence.quantity), c.evidence.quantity), c.attribution)
        for c in sinorus_facts.extract(text, published="2023-06-10")
    ]


def _check(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _credited(text, [piece for piece, _ in expected]) == expected


# A report's source in the forms news writes it.
_REPORT_FORMS: list[Row] = [
    (
        "data-released-by-then-the-data-show",
        (
            "The Gulf Herald wrote about figures published by Qatar's statistics authority. "
            "The figures show LNG exports fell 4% to 6.1 million tonnes."
        ),
        [("4%", "Qatar's statistics authority"), ("6.1 million", "Qatar's statistics authority")],
    ),
    (
        "according-to-data-released-on-a-day-by",
        (
            "Exports rose 3% to $1 billion, according to data released on Monday by the "
            "Statistics Committee of Kazakhstan."
        ),
        [
            ("3%", "Statistics Committee of Kazakhstan"),
            ("$1 billion", "Statistics Committee of Kazakhstan"),
        ],
    ),
    (
        "according-to-the-latest-figures-published-by",
        "Copper output fell 2% to 80,000 tonnes, according to the latest figures published by Rosstat.",
        [("2%", "Rosstat"), ("80,000", "Rosstat")],
    ),
    (
        "an-outlet-analysis-of-official-figures",
        (
            "Cotton exports to India rose 1.3 times to $820 million in January-May, an Interfax "
            "analysis of customs statistics showed."
        ),
        [("1.3 times", "Interfax"), ("$820 million", "Interfax")],
    ),
    (
        "a-report-named-after-its-figures-points-back",
        (
            "Steel output fell 6% to 3.1 million tonnes in May. This was stated in a review issued "
            "last week by the Turkish Steel Producers Association.\n\n"
            "As follows from the document, exports of rebar rose 9% to $410 million."
        ),
        [
            ("6%", "Turkish Steel Producers Association"),
            ("3.1 million", "Turkish Steel Producers Association"),
            ("9%", "Turkish Steel Producers Association"),
            ("$410 million", "Turkish Steel Producers Association"),
        ],
    ),
    (
        "a-publisher-opens-the-lead",
        (
            "The Statistics Committee of Kazakhstan published data on Monday. The data show that "
            "wheat exports rose 14% to 2.2 million tonnes."
        ),
        [
            ("14%", "Statistics Committee of Kazakhstan"),
            ("2.2 million", "Statistics Committee of Kazakhstan"),
        ],
    ),
    (
        "data-released-by-nobody-named",
        "Data released on Monday show exports rose 3% to $1 billion.",
        [("3%", None), ("$1 billion", None)],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _REPORT_FORMS], ids=[r[0] for r in _REPORT_FORMS]
)
def test_a_report_s_source(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    _check(text, expected)


# Words of the writer's that hold a speech verb but report nobody.
_DISCOURSE_MARKERS: list[Row] = [
    (
        "that-said-neither-speaks-nor-ends-the-report",
        (
            "Arrivals rose 20%, Ivan Petrov said. That said, hotel prices also rose. "
            "In the north, arrivals rose 12%.\n\n"
            '"Our sales grew 9%," she said.'
        ),
        [("20%", "Ivan Petrov"), ("12%", "Ivan Petrov"), ("9%", "Ivan Petrov")],
    ),
    ("that-said-alone", "That said, output rose 4%.", [("4%", None)]),
    (
        "having-said-that-before-a-speaker",
        "Having said that, exports fell 2%, the Ministry of Energy said.",
        [("2%", "Ministry of Energy")],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"),
    [r[1:] for r in _DISCOURSE_MARKERS],
    ids=[r[0] for r in _DISCOURSE_MARKERS],
)
def test_a_discourse_marker_is_nobody(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    _check(text, expected)


# Relays credit the source of the data, not the outlet that passes it on.
_RELAYS: list[Row] = [
    (
        "outlet-reported-citing-customs-data",
        (
            "Imports of Indian tea rose 11% to $95 million in the first half, Vedomosti reported, "
            "citing Russian customs data."
        ),
        [("11%", "Russian customs"), ("$95 million", "Russian customs")],
    ),
    (
        "the-outlet-later-stands-for-its-data-source",
        (
            "Imports of Indian tea rose 11% in the first half, Vedomosti reported, citing Russian "
            "customs data. Exports to India, according to Vedomosti, grew 4% to $1.2 billion."
        ),
        [
            ("11%", "Russian customs"),
            ("4%", "Russian customs"),
            ("$1.2 billion", "Russian customs"),
        ],
    ),
    (
        "according-to-an-agency-citing-an-institute",
        (
            "Trade fell 2% to $40 billion, according to Interfax, citing figures from the Turkish "
            "Statistical Institute."
        ),
        [("2%", "Turkish Statistical Institute"), ("$40 billion", "Turkish Statistical Institute")],
    ),
    (
        "a-speaker-outranks-an-agency-after-according-to",
        "Gazprom said it had agreed to buy a 25 percent stake in the terminal, according to AFP.",
        [("25 percent", "Gazprom")],
    ),
    (
        "an-outlet-quoted-data-from-a-ministry",
        "The Hindu quoted data from the Ministry of Commerce as showing that exports rose 8%.",
        [("8%", "Ministry of Commerce")],
    ),
    (
        "a-relay-keeps-a-described-source-as-written",
        (
            "A local weekly quoted data from market researchers as showing that tablet imports "
            "grew 9% to 4 million units."
        ),
        [("9%", "market researchers"), ("4 million", "market researchers")],
    ),
    (
        "an-agency-with-no-data-source-stays",
        "The two banks agreed to open a $1 billion credit line, AFP said.",
        [("$1 billion", "AFP")],
    ),
    (
        "a-nationality-before-customs-is-no-source-alone",
        "Steel exports rose 9% to $2 billion, the company said, citing Indian customs data.",
        [("9%", "Indian customs"), ("$2 billion", "Indian customs")],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _RELAYS], ids=[r[0] for r in _RELAYS]
)
def test_a_relay_credits_the_data_s_source(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    _check(text, expected)


# "The data", "the report", "official data" stand for the source the article named for them.
_POINTING_BACK: list[Row] = [
    (
        "the-customs-data-it-cited",
        (
            "Vestnik, citing Indian customs data, said imports rose 50%. The paper, citing the Trade "
            "Council, said energy is 70% of trade. According to the customs data it cited, India's "
            "share is 2.5%."
        ),
        [("50%", "Indian customs"), ("70%", "Trade Council"), ("2.5%", "Indian customs")],
    ),
    (
        "according-to-the-report",
        (
            "The State Statistics Service released its report on Monday. According to the report, "
            "exports fell 3%."
        ),
        [("3%", "State Statistics Service")],
    ),
    (
        "official-data-show-after-a-relay",
        (
            "Trade with Turkey fell in 2024, Interfax reported, citing figures from the Turkish "
            "Statistical Institute.\n\n"
            "Ties have deepened over the past decade.\n\n"
            "Official data show that exports fell by 7% to $11 billion."
        ),
        [("7%", "Turkish Statistical Institute"), ("$11 billion", "Turkish Statistical Institute")],
    ),
    (
        "official-statistics-with-nothing-named-stay-as-written",
        "Official statistics show that deals worth $12 billion were agreed during the expo.",
        [("$12 billion", "Official statistics")],
    ),
    (
        "the-survey-is-the-one-who-reported-it",
        (
            "Regional media reported on Monday that a study showed car imports rose 9%. A weekly "
            "quoted data from market researchers as showing that sales grew 12%. The study also "
            "showed that one brand sold 40,000 cars."
        ),
        [("9%", "Regional media"), ("12%", "market researchers"), ("40,000", "Regional media")],
    ),
    (
        "the-data-with-nothing-named",
        "The data show that exports fell by 7% to $11 billion.",
        [("7%", None), ("$11 billion", None)],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _POINTING_BACK], ids=[r[0] for r in _POINTING_BACK]
)
def test_data_that_point_back(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    _check(text, expected)


# The name at its fullest, never a fragment, a role word or a description the article names.
_FULLEST_NAMES: list[Row] = [
    (
        "a-description-before-its-name",
        "Uzbekistan's national rail operator UTY said freight rose 7% to 140 million tonnes.",
        [("7%", "UTY"), ("140 million", "UTY")],
    ),
    (
        "a-role-then-the-person-then-the-expert-then-an-initial",
        (
            "Barley sales abroad hit 80,000 tonnes, declared the Director of research at GrainLink, "
            "Pavel Orlov. Oats sales reached 20,000 tonnes, the expert added.\n\n"
            "Rye exports reached 5,000 tonnes, P.Orlov said."
        ),
        [("80,000", "Pavel Orlov"), ("20,000", "Pavel Orlov"), ("5,000", "Pavel Orlov")],
    ),
    (
        "he-after-an-agency-quoted-a-spokesman",
        (
            "A local paper quoted port spokesman Arman Seitov as saying that work had begun. The "
            "bill for the terminal is put at $1.1 billion, half of it still unfunded, he added."
        ),
        [("$1.1 billion", "Arman Seitov")],
    ),
    (
        "a-misspelt-acronym",
        (
            "Voyages rose, according to the Centre for Arctic Shipping Studies (CASS). CSAS said "
            "28 voyages went east."
        ),
        [("28 voyages", "Centre for Arctic Shipping Studies")],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _FULLEST_NAMES], ids=[r[0] for r in _FULLEST_NAMES]
)
def test_the_name_at_its_fullest(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    _check(text, expected)


# Who values or puts a figure on something gives it; a doer is no source.
_VALUERS: list[Row] = [
    (
        "a-deal-it-valued-at-and-its-terms",
        (
            "Novatek agreed on Friday to triple LNG sales to Japan, under a contract it valued at "
            "$18 billion.\n\nNovatek will ship 4 million tonnes a year from 2027."
        ),
        [("triple", "Novatek"), ("$18 billion", "Novatek"), ("4 million", "Novatek")],
    ),
    (
        "the-term-of-an-announced-deal",
        (
            "The central banks of Kazakhstan and Uzbekistan announced a currency swap worth 20 "
            "billion tenge. The swap is agreed for four years."
        ),
        [
            ("20 billion", "central banks of Kazakhstan and Uzbekistan"),
            ("four years", "central banks of Kazakhstan and Uzbekistan"),
        ],
    ),
    (
        "another-s-clause-gives-no-source-to-the-sentence",
        "Trade rose 5% to $2 billion in May, while Putin said exports would double by 2030.",
        [("5%", None), ("$2 billion", None), ("double", "Putin")],
    ),
    (
        "put-the-cost-at",
        "The Ministry of Transport put the cost of the bridge at $600 million.",
        [("$600 million", "Ministry of Transport")],
    ),
    (
        "a-builder-is-no-source",
        "Rosatom built two units in Turkey at a total cost of $20 billion.",
        [("two units", None), ("$20 billion", None)],
    ),
    (
        "concluded-contracts-is-a-deed",
        "Last year the arms exporter concluded contracts with India worth $3.4 billion.",
        [("$3.4 billion", None)],
    ),
    (
        "posted-a-profit-is-a-deed",
        "The exporter posted a profit of $2 billion.",
        [("$2 billion", None)],
    ),
    (
        "posted-figures-speaks",
        "The ministry posted figures on its website showing that exports rose 5% to $2 billion.",
        [("5%", "ministry"), ("$2 billion", "ministry")],
    ),
    (
        "concluded-that-speaks",
        "The Federal Antimonopoly Service concluded that prices rose 4%.",
        [("4%", "Federal Antimonopoly Service")],
    ),
    (
        "a-body-s-data-without-its-possessive",
        "The ministry's data showed that 1.2 million tourists came in 2019.",
        [("1.2 million", "ministry")],
    ),
    (
        "it-of-a-closing-tag-is-the-body-named-before-it",
        "Transneft pumped 30 million tonnes through the spur in 2022, it said on Friday.",
        [("30 million", "Transneft")],
    ),
    (
        "it-that-opens-a-sentence-is-the-body-that-spoke-before",
        "The ministry said exports rose 5%. It added that imports fell 3%.",
        [("5%", "ministry"), ("3%", "ministry")],
    ),
    (
        "he-after-a-man-who-spoke-is-that-man",
        "Deputy Prime Minister Alexei Orlov spoke at the forum. Russia shipped 2 million tonnes in May, he said.",
        [("2 million", "Alexei Orlov")],
    ),
    (
        "he-after-a-name-and-its-description-is-the-name",
        "Orlov, the deputy prime minister, said on Monday that ties were strong. He added exports would reach 5 million tonnes.",
        [("5 million", "Orlov")],
    ),
    (
        "it-of-a-closing-tag-is-no-country",
        "Vietnam bought 4 million tonnes of coal in 2022, it said.",
        [("4 million", None)],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _VALUERS], ids=[r[0] for r in _VALUERS]
)
def test_who_values_a_figure(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    _check(text, expected)


# A headline's and a lead's figures are the report named after them.
_HEADLINES: list[Row] = [
    (
        "a-source-named-after-the-lead-goes-back-to-the-headline",
        (
            "Hazelnut sales to Russia up 18%\n\nMay 3, 2021\n\n"
            "Turkish hazelnut sales to Russia have grown by 18% this season against the previous "
            "one, helped by a large harvest on the coast.\n\n"
            "Altogether, Turkey exported 40,000 tonnes. Russia, the Turkish trade ministry said, "
            "took 12% of the crop."
        ),
        [
            ("18%", "Turkish trade ministry"),
            ("18%", "Turkish trade ministry"),
            ("40,000", "Turkish trade ministry"),
            ("12%", "Turkish trade ministry"),
        ],
    ),
    (
        "a-rounded-headline-figure",
        (
            "Nearly 2 mln Indian tourists visit Turkey\n\nMay 3, 2021\n\n"
            "Arrivals from India rose 15% to 1.94 million people last year, the Turkish Tourism "
            "Association said on Monday."
        ),
        [
            ("2 mln", "Turkish Tourism Association"),
            ("15%", "Turkish Tourism Association"),
            ("1.94 million", "Turkish Tourism Association"),
        ],
    ),
    (
        "a-headline-figure-quoted-after-the-lead",
        (
            "Trade with Egypt hits record $9 billion\n\nMay 3, 2021\n\n"
            "Egypt became the largest buyer of Russian grain last year, according to Ambassador "
            "Ivan Petrov.\n\n"
            '"Our trade reached $9 billion in 2020," said the ambassador at a forum in Cairo.'
        ),
        [("$9 billion", "Ivan Petrov"), ("$9 billion", "Ivan Petrov")],
    ),
    (
        "a-headline-with-no-source",
        "Trade hits $100 billion\n\nMay 3, 2021\n\nTurnover between the two neighbours reached $100 billion.",
        [("$100 billion", None), ("$100 billion", None)],
    ),
]

_HEADLINES += [
    (
        "a-source-named-after-another-party-s-figures",
        (
            "Relations between the two neighbours have warmed steadily over the whole decade.\n\n"
            "The Zapad-2030 drills will involve 100,000 troops.\n\n"
            "Kazakhstan will send 1,000 troops, its defence ministry said."
        ),
        [("100,000", None), ("1,000", "defence ministry")],
    ),
    (
        "a-source-named-after-the-report-s-first-figures",
        "Trade jumped 18% to $12 billion.\n\nExports rose 25% to $7 billion, government figures showed.",
        [
            ("18%", "government"),
            ("$12 billion", "government"),
            ("25%", "government"),
            ("$7 billion", "government"),
        ],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _HEADLINES], ids=[r[0] for r in _HEADLINES]
)
def test_a_headline_and_its_lead(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    _check(text, expected)


# A description, a nationality or a country stands for the body or person the article names.
_NAMED_ELSEWHERE: list[Row] = [
    (
        "a-closing-tag-after-two-clauses",
        (
            "The number of cruise guests in Sochi will go on growing in 2027, and it might rise by "
            "roughly 25% this autumn against the same season a year before, Deputy Head of the "
            "Black Sea Cruise Board (BSCB) Anna Smirnova told reporters."
        ),
        [("25%", "Anna Smirnova")],
    ),
    (
        "a-quotation-goes-on-after-its-speaker",
        (
            "Trade rose fast.\n\n"
            '"Our economies fit together," said Li Wei, a researcher at the Academy of Sciences. '
            '"Energy will stay the backbone of trade, at over 60 percent."'
        ),
        [("60 percent", "Li Wei")],
    ),
    (
        "the-agency-after-its-name-set-off",
        (
            "Rosstat, the federal statistics agency, published its monthly report on Monday. Wheat "
            "exports rose 12% to 3 million tonnes, the agency said."
        ),
        [("12%", "Rosstat"), ("3 million", "Rosstat")],
    ),
    (
        "the-agency-before-its-name",
        (
            "The statistics agency Belstat published its monthly report on Monday. Wheat exports "
            "rose 12% to 3 million tonnes, the agency said."
        ),
        [("12%", "Belstat"), ("3 million", "Belstat")],
    ),
    (
        "a-person-with-a-role-before-a-quotation",
        'Ivan Petrov, spokesman for Russian Railways, said: "Freight rose 5% in May."',
        [("5%", "Ivan Petrov")],
    ),
    (
        "a-person-with-a-role-after-a-quotation",
        '"Freight rose 5% in May," Ivan Petrov, spokesman for Russian Railways, said.',
        [("5%", "Ivan Petrov")],
    ),
    (
        "he-after-a-person-with-a-role",
        (
            "Ivan Petrov, spokesman for Russian Railways, said freight was growing. "
            '"It rose 5% in May," he added.'
        ),
        [("5%", "Ivan Petrov")],
    ),
    (
        "a-nationality-alone-with-nothing-named",
        "Exports of coal rose 7% to 30 million tonnes, according to the Chinese data.",
        [("7%", None), ("30 million", None)],
    ),
    (
        "a-nationality-alone-after-its-body",
        (
            "China's imports of Russian coal rose 7% in May, according to Chinese customs. Exports "
            "of steel fell 3% in May, according to the Chinese data."
        ),
        [("7%", "Chinese customs"), ("3%", "Chinese customs")],
    ),
    (
        "a-country-that-says-in-a-headline",
        (
            "China says trade with Russia up 20%\n\nMay 3, 2021\n\nTrade between China and Russia "
            "rose 20% to $40 billion in the first quarter, China's State Administration of "
            "Foreign Exchange said on Monday."
        ),
        [
            ("20%", "China's State Administration of Foreign Exchange"),
            ("20%", "China's State Administration of Foreign Exchange"),
            ("$40 billion", "China's State Administration of Foreign Exchange"),
        ],
    ),
]

_NAMED_ELSEWHERE += [
    (
        "a-described-body-after-according-to",
        (
            "The drill will take place in the far east, according to the two countries' defence "
            "authorities. It will last five days."
        ),
        [("five days", "two countries' defence authorities")],
    ),
    (
        "a-place-before-a-speech-verb-is-no-speaker",
        (
            "A trader, who gave only his first name, Oleg, and was on a buying trip to Urumqi, "
            'acknowledged that times were hard. "I bought 40% less than a year ago," he said.'
        ),
        [("40%", None)],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _NAMED_ELSEWHERE], ids=[r[0] for r in _NAMED_ELSEWHERE]
)
def test_what_the_article_names(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    _check(text, expected)


# Where a report ends: the writer's comment, background of another time, a description.
_REPORT_ENDS: list[Row] = [
    (
        "an-aside-about-a-thing-is-the-writers-background",
        (
            "Transneft pumped 30 million tonnes of oil to China in 2022, the company said.\n\n"
            "The spur, which cost $4 billion, was opened in 2011."
        ),
        [("30 million", "Transneft"), ("$4 billion", None)],
    ),
    (
        "an-aside-that-restates-the-figure-before-stays-in-the-report",
        (
            "Exports reached $2 billion in June, customs data showed. Exports reached $1 billion "
            "in July alone, which is 27% more than in May."
        ),
        [("$2 billion", "customs"), ("$1 billion", "customs"), ("27%", "customs")],
    ),
    (
        "the-writer-s-comment",
        (
            "Sales rose 8% to $2 billion in 2022, the firm said. That seems an overstatement. "
            "A simple sum points to growth closer to 3%."
        ),
        [("8%", "firm"), ("$2 billion", "firm"), ("3%", None)],
    ),
    (
        "the-writer-s-inference",
        (
            "Customs data showed that car exports fell 40% to $700 million in January-May.\n\n"
            "That slide alone was enough to push overall exports below $30 billion."
        ),
        [("40%", "Customs"), ("$700 million", "Customs"), ("$30 billion", None)],
    ),
    (
        "background-of-an-earlier-time",
        (
            "The new grain terminal loaded 40,000 tonnes in its first week of May, the port "
            "operator said.\n\n"
            "The old terminal opened in March 1998 with a capacity of 2 million tonnes a year. It has "
            "loaded 30 million tonnes since then."
        ),
        [("40,000", "port operator"), ("2 million", None), ("30 million", None)],
    ),
    (
        "a-thing-described-in-the-present",
        (
            "Traffic over the bridge rose 12% to 9 million vehicles in 2022, the bridge operator "
            "said. More than 40 bus lines now cross the bridge, serving 15 towns."
        ),
        [
            ("12%", "bridge operator"),
            ("9 million", "bridge operator"),
            ("40 bus lines", None),
            ("15 towns", None),
        ],
    ),
]


_REPORT_ENDS += [
    (
        "a-participle-describes-a-thing",
        (
            "Power sales over the new line reached 10 billion kWh in 2022, local authorities "
            "said.\n\n"
            "Leaving the plant in the hills and running through seven provinces, the line has been "
            "tied into the grid."
        ),
        [
            ("10 billion", "local authorities"),
            ("seven provinces", None),
        ],
    ),
    (
        "a-body-s-report-holds-for-its-breakdowns-of-other-kinds",
        (
            "Trade between the two countries fell 12% to $30 billion in January-June, according "
            "to the State Customs Committee.\n\n"
            "Relations have been strained since the spring.\n\n"
            "Exports of oil fell 20% to $9 billion in January-June. Investment in joint plants "
            "reached $2 billion in January-June."
        ),
        [
            ("12%", "State Customs Committee"),
            ("$30 billion", "State Customs Committee"),
            ("20%", "State Customs Committee"),
            ("$9 billion", "State Customs Committee"),
            ("$2 billion", "State Customs Committee"),
        ],
    ),
]

_REPORT_ENDS += [
    (
        "a-year-compared-with-in-a-sentence-of-its-own",
        (
            "Titanium sales to India rose 1.5 times to $900 million in January-May, an Interfax "
            "analysis of customs statistics showed.\n\n"
            "Back in 2019, India bought just $40 million of Russian titanium. Copper shipments "
            "reached $300 million, while zinc shipments slipped to $120 million."
        ),
        [
            ("1.5 times", "Interfax"),
            ("$900 million", "Interfax"),
            ("$40 million", None),
            ("$300 million", "Interfax"),
            ("$120 million", "Interfax"),
        ],
    ),
    (
        "an-unnamed-source-ends-the-report",
        (
            "Trade rose 6% to $18 billion in January-March, according to a quarterly review "
            "issued by the State Customs Committee.\n\n"
            "According to last year's results, trade gained 4% to $60 billion. In the first "
            "quarter, trade with Turkey shrank by 11%."
        ),
        [
            ("6%", "State Customs Committee"),
            ("$18 billion", "State Customs Committee"),
            ("4%", None),
            ("$60 billion", None),
            ("11%", None),
        ],
    ),
]

_REPORT_ENDS += [
    (
        "a-person-s-words-hold-for-his-paragraph",
        (
            "A ceremony marked the start of work on two new reactors at the plant on Tuesday.\n\n"
            "The leaders of both countries took part by video link.\n\n"
            'Rosatom chief Ivan Petrov said: "Our reactors abroad produced 90 billion kWh of '
            'electricity last year."\n\n'
            "Last year, seven reactors of this design also produced power in Europe."
        ),
        [("two new reactors", None), ("90 billion", "Ivan Petrov"), ("seven reactors", None)],
    ),
    (
        "a-figure-beside-the-report-s-in-its-sentence",
        (
            "Novatek agreed on Friday to triple LNG sales to Japan, under a contract it valued at "
            "$18 billion.\n\n"
            "Novatek will ship 4 million tonnes a year, on top of the 2 million tonnes it already "
            "ships."
        ),
        [
            ("triple", "Novatek"),
            ("$18 billion", "Novatek"),
            ("4 million", "Novatek"),
            ("2 million", "Novatek"),
        ],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _REPORT_ENDS], ids=[r[0] for r in _REPORT_ENDS]
)
def test_where_a_report_ends(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    _check(text, expected)


# A sentence without figures whose speaker comes last, or a described source that speaks,
# opens a report for the figures after it.
_OPENINGS: list[Row] = [
    (
        "a-trailing-speaker-opens-the-next-figures",
        (
            "Relations between the two neighbours have warmed steadily over the whole decade.\n\n"
            "Officials of both sides meet often, and their banks work more closely than before.\n\n"
            "Tatneft will ship the fuel via a port in Gujarat, chief executive Igor Petrov said. "
            "Up to 20 percent of each cargo will be paid in advance."
        ),
        [("20 percent", "Igor Petrov")],
    ),
    (
        "said-a-person-with-a-role",
        (
            "Relations between the two neighbours have warmed steadily over the whole decade.\n\n"
            "Officials of both sides meet often, and their banks work more closely than before.\n\n"
            "Sales of Russian sunflower oil to Egypt keep climbing, said Anna Smirnova, who runs "
            "the export desk at the farm agency. In the first half, Russia sold 2.1 million tonnes "
            "of the oil to Egypt."
        ),
        [("2.1 million", "Anna Smirnova")],
    ),
    (
        "press-reports-say",
        (
            "Relations between the two neighbours have warmed steadily over the whole decade.\n\n"
            "Officials of both sides meet often, and their banks work more closely than before.\n\n"
            "Indian press reports say the refiner has won a lower price. It will pay $2 a barrel "
            "below the market."
        ),
        [("$2 a barrel", "Indian press reports")],
    ),
    (
        "background-after-a-speaker",
        (
            "Relations between the two neighbours have warmed steadily over the whole decade.\n\n"
            "Officials of both sides meet often, and their banks work more closely than before.\n\n"
            "Ties are strong, said Anna Smirnova. Back in 2015, trade stood at $2 billion."
        ),
        [("$2 billion", None)],
    ),
    (
        "a-speaker-of-no-figures-opens-no-report",
        (
            "Rail freight rose 4% to 90 million tonnes in May, data released by the state railway "
            "company showed.\n\n"
            "Ambassador Ivan Petrov said last month that ties are strong and will stay so.\n\n"
            "Such growth rates of over 20 percent a year are a thing of the past."
        ),
        [
            ("4%", "state railway company"),
            ("90 million", "state railway company"),
            ("20 percent", None),
        ],
    ),
    (
        "many-analysts-name-nobody",
        (
            "Relations between the two neighbours have warmed steadily over the whole decade.\n\n"
            "Many analysts say the growth will slow. Power exports fell 20%."
        ),
        [("20%", None)],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _OPENINGS], ids=[r[0] for r in _OPENINGS]
)
def test_a_speaker_without_figures_opens_a_report(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    _check(text, expected)


# A time that opens a sentence before its speaker is never the speaker ("In May, the deputy
# minister said"); "he" and "she" stand for the last person the article named, speaking or
# not, however many sentences back, but not across another person named in between.
_PERSONS_BACK: list[Row] = [
    (
        "a-month-before-a-described-speaker-then-he",
        "In May, the deputy minister said exports rose 5%. He added that imports fell 2%.",
        [("5%", "deputy minister"), ("2%", "deputy minister")],
    ),
    (
        "a-day-before-a-company",
        "On Tuesday, Gazprom said gas exports to China rose 40% to 15 billion cubic metres.",
        [("40%", "Gazprom"), ("15 billion", "Gazprom")],
    ),
    (
        "last-week-before-a-body",
        "Last week, the ministry reported that grain shipments grew 8% to 2.4 million tonnes.",
        [("8%", "ministry"), ("2.4 million", "ministry")],
    ),
    (
        "a-date-before-a-role-then-he",
        "On March 3, the trade representative said exports rose 7%. He added that imports fell 3%.",
        [("7%", "trade representative"), ("3%", "trade representative")],
    ),
    (
        "a-weekday-without-a-comma-is-no-given-name",
        "On Monday Sorokin told reporters that gas exports rose 9%.",
        [("9%", "Sorokin")],
    ),
    (
        "a-weekday-before-a-surname-named-in-full-earlier",
        ("Pavel Sorokin visited Harbin last week. On Thursday Sorokin said coal exports rose 11%."),
        [("11%", "Pavel Sorokin")],
    ),
    (
        "a-weekday-before-a-surname-that-says",
        "On Friday Orlova said nickel exports rose 6%.",
        [("6%", "Orlova")],
    ),
    (
        "a-month-before-a-surname",
        "In April Sorokin said oil exports fell 2%.",
        [("2%", "Sorokin")],
    ),
    (
        "a-month-before-a-titled-name-then-he",
        (
            "In March, Deputy Energy Minister Pavel Sorokin said gas supplies rose 12%. He added "
            "that oil exports fell 3%."
        ),
        [("12%", "Pavel Sorokin"), ("3%", "Pavel Sorokin")],
    ),
    (
        "a-month-before-a-role-of-a-body-then-he-is-the-person",
        "In June, a deputy head of the customs service said imports rose 6%. He added that exports fell 1%.",
        [
            ("6%", "deputy head of the customs service"),
            ("1%", "deputy head of the customs service"),
        ],
    ),
    (
        "she-two-sentences-after-a-person-who-spoke-of-nothing",
        (
            "Trade adviser Anna Belova spoke at the forum in Harbin. The region's exports rose 14%, "
            "she told reporters."
        ),
        [("14%", "Anna Belova")],
    ),
    (
        "he-after-a-person-who-toured",
        "Nikolai Shulginov toured the plant on Wednesday. Output rose 5% to 2.3 million tonnes, he said.",
        [("5%", "Nikolai Shulginov"), ("2.3 million", "Nikolai Shulginov")],
    ),
    (
        "he-three-sentences-back",
        (
            "Sergei Tsivilev said coal exports reached 210 million tonnes. Imports were stable. "
            "Demand is strong. Shipments to India rose 8%, he noted."
        ),
        [("210 million", "Sergei Tsivilev"), ("8%", "Sergei Tsivilev")],
    ),
    (
        "he-not-across-another-person-named-between",
        (
            "Economist Dmitry Polevoy said grain prices rose 6%. Farmers in Altai sold more wheat. "
            "Governor Viktor Tomenko visited the fields. Harvests grew 9%, he said."
        ),
        [("6%", "Dmitry Polevoy"), ("9%", "Viktor Tomenko")],
    ),
    (
        "a-place-of-two-words-is-no-person",
        (
            "Olga Vasilyeva, an analyst at Sovcombank, said the rouble gained 3%. Russian Railways "
            "carried more coal. Loadings rose 4% in May, she said."
        ),
        [("3%", "Olga Vasilyeva"), ("4%", "Olga Vasilyeva")],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _PERSONS_BACK], ids=[r[0] for r in _PERSONS_BACK]
)
def test_a_time_before_the_speaker_and_he_said(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    _check(text, expected)
