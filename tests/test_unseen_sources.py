"""News it has not seen (issue 25), tried with sentences written for this file: every form
the issue lists of a report's source, of a figure's category, of a figure news writes that is
easy to miss, and of a number that is no figure, in several wordings, names and figures of
our own. Each row is (id, text, every claim of the text in order with the field it checks).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import sinorus_facts

PUBLISHED = "2023-06-10"


def _claims(text: str) -> list[sinorus_facts.Claim]:
    return sinorus_facts.extract(text, published=PUBLISHED)


# Who gives each figure: a report's source carried to its breakdowns in the forms news writes
# it ("figures from X showed", "X's data show", "a survey by X found"), a fragment or a title
# resolved to the name, "the report", "the agency" resolved, relays credited to the data's
# source, a quoted speaker before the body he speaks for, and a report that the writer's
# background or another topic ends.
_SOURCES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "s0-the-body-that-revises-its-forecast",
        "Kazakhstan's agriculture ministry raised its forecast for the wheat harvest to 17 million tonnes.",
        [("17 million tonnes", "Kazakhstan's agriculture ministry")],
    ),
    (
        "s0-the-body-a-description-stands-for-without-the-full-stop",
        (
            "Card payments in tenge rose to 41% in May, according to the National Bank of "
            "Kazakhstan.\n\nPayments in roubles fell to 12%, the central bank said."
        ),
        [("41%", "National Bank of Kazakhstan"), ("12%", "National Bank of Kazakhstan")],
    ),
    (
        "s1-new-data-released-by",
        "Kyrgyzstan's gold exports rose 12% to $1.4 billion last year, according to new data released on Tuesday by the National Statistical Committee of Kyrgyzstan. Shipments to Switzerland reached $900 million, while sales to the UAE rose 40% to $210 million.",
        [
            ("12%", "National Statistical Committee of Kyrgyzstan"),
            ("$1.4 billion", "National Statistical Committee of Kyrgyzstan"),
            ("$900 million", "National Statistical Committee of Kyrgyzstan"),
            ("40%", "National Statistical Committee of Kyrgyzstan"),
            ("$210 million", "National Statistical Committee of Kyrgyzstan"),
        ],
    ),
    (
        "s1-figures-from-showed",
        "Figures from the Uzbek State Statistics Agency showed cotton yarn exports climbed 8% to 420,000 tonnes in 2022. Turkey took 130,000 tonnes and Bangladesh 95,000 tonnes.",
        [
            ("8%", "Uzbek State Statistics Agency"),
            ("420,000 tonnes", "Uzbek State Statistics Agency"),
            ("130,000 tonnes", "Uzbek State Statistics Agency"),
            ("95,000 tonnes", "Uzbek State Statistics Agency"),
        ],
    ),
    (
        "s1-x-s-data",
        "The Federal Customs Service's data show imports of Vietnamese coffee rose 17% to 96,000 tonnes in 2022. Imports of Brazilian coffee fell 5% to 210,000 tonnes.",
        [
            ("17%", "Federal Customs Service"),
            ("96,000 tonnes", "Federal Customs Service"),
            ("5%", "Federal Customs Service"),
            ("210,000 tonnes", "Federal Customs Service"),
        ],
    ),
    (
        "s1-x-s-figures-later-paragraph",
        "Armenia's trade with Iran grew 21% to $710 million in 2022, according to Armstat's data.\n\nExports to Iran rose 9% to $120 million and imports rose 24% to $590 million.",
        [
            ("21%", "Armstat"),
            ("$710 million", "Armstat"),
            ("9%", "Armstat"),
            ("$120 million", "Armstat"),
            ("24%", "Armstat"),
            ("$590 million", "Armstat"),
        ],
    ),
    (
        "s1-statistics-published-by",
        "Statistics published on Wednesday by the Central Bank of Azerbaijan showed remittances fell 14% to $1.1 billion. Transfers from Russia made up 60% of the total.",
        [
            ("14%", "Central Bank of Azerbaijan"),
            ("$1.1 billion", "Central Bank of Azerbaijan"),
            ("60%", "Central Bank of Azerbaijan"),
        ],
    ),
    (
        "s1-data-compiled-by",
        "Soybean imports rose 11% to 2.4 million tonnes in the first half, data compiled by the Heilongjiang Commerce Department showed. Imports from Kazakhstan doubled to 90,000 tonnes.",
        [
            ("11%", "Heilongjiang Commerce Department"),
            ("2.4 million tonnes", "Heilongjiang Commerce Department"),
            ("doubled", "Heilongjiang Commerce Department"),
            ("90,000 tonnes", "Heilongjiang Commerce Department"),
        ],
    ),
    (
        "s2-department",
        "The Agriculture Department of Altai Krai published its harvest figures on Monday. The department said buckwheat exports rose 9% to 48,000 tonnes.",
        [
            ("9%", "Agriculture Department of Altai Krai"),
            ("48,000 tonnes", "Agriculture Department of Altai Krai"),
        ],
    ),
    (
        "s2-chinese-customs",
        "Imports of Russian pork reached 120,000 tonnes in 2022, according to Chinese customs data.",
        [("120,000 tonnes", "Chinese customs")],
    ),
    (
        "s2-the-expert",
        "Pavel Sokolov, an expert at the Institute of Far Eastern Studies, said trade could reach $300 billion by 2030. The expert added that exports of grain might rise 30%.",
        [("$300 billion", "Pavel Sokolov"), ("30%", "Pavel Sokolov")],
    ),
    (
        "s2-a-title-then-the-title",
        "Deputy Energy Minister Sergei Volkov said coal exports to India would reach 40 million tonnes. The deputy minister added that LNG exports would rise 12%.",
        [("40 million tonnes", "Sergei Volkov"), ("12%", "Sergei Volkov")],
    ),
    (
        "s2-headline-country-says",
        "Kazakhstan says wheat exports to rise 20%\n\nKazakhstan's wheat exports will rise 20% to 11 million tonnes this season, the Ministry of Agriculture of Kazakhstan said on Friday.",
        [
            ("20%", "Ministry of Agriculture of Kazakhstan"),
            ("20%", "Ministry of Agriculture of Kazakhstan"),
            ("11 million tonnes", "Ministry of Agriculture of Kazakhstan"),
        ],
    ),
    (
        "s2-the-analyst-named-before",
        "Maria Lebedeva, an analyst at Sberbank CIB, expects the rouble to weaken 8%. The analyst said inflation would slow to 6%.",
        [("8%", "Maria Lebedeva"), ("6%", "Maria Lebedeva")],
    ),
    (
        "s3-the-report",
        "The Asian Development Bank published its outlook for Central Asia on Thursday. The report projects Uzbekistan's economy will grow 5.5% in 2024.",
        [("5.5%", "Asian Development Bank")],
    ),
    (
        "s3-according-to-the-data",
        "Belstat released its foreign trade figures on Friday. According to the data, exports of potash fell 25% to $2.1 billion.",
        [("25%", "Belstat"), ("$2.1 billion", "Belstat")],
    ),
    (
        "s3-the-agency",
        "The Agency for Statistics of Tajikistan issued its monthly bulletin. The agency said aluminium exports rose 6% to 95,000 tonnes.",
        [
            ("6%", "Agency for Statistics of Tajikistan"),
            ("95,000 tonnes", "Agency for Statistics of Tajikistan"),
        ],
    ),
    (
        "s3-the-survey",
        "A survey by the Russian Union of Travel Industry found that bookings to Vietnam rose 70%. The survey also showed that 35% of travellers chose beach holidays.",
        [("70%", "Russian Union of Travel Industry"), ("35%", "Russian Union of Travel Industry")],
    ),
    (
        "s4-interfax-citing-fcs",
        "Imports of Turkish tomatoes rose 18% to 260,000 tonnes in 2022, Interfax reported, citing the Federal Customs Service.",
        [("18%", "Federal Customs Service"), ("260,000 tonnes", "Federal Customs Service")],
    ),
    (
        "s4-reuters-cited-data-from",
        "Reuters cited data from the Indian Ministry of Commerce showing imports of Russian fertiliser rose 80% to $3.2 billion.",
        [("80%", "Indian Ministry of Commerce"), ("$3.2 billion", "Indian Ministry of Commerce")],
    ),
    (
        "s4-newspaper-citing-then-according-to-newspaper",
        "Imports of Chilean salmon fell 22% to 38,000 tonnes, the Izvestia newspaper wrote, citing Rosselkhoznadzor.\n\nImports of Faroese salmon, according to Izvestia, rose 9% to 71,000 tonnes.",
        [
            ("22%", "Rosselkhoznadzor"),
            ("38,000 tonnes", "Rosselkhoznadzor"),
            ("9%", "Rosselkhoznadzor"),
            ("71,000 tonnes", "Rosselkhoznadzor"),
        ],
    ),
    (
        "s4-tass-quoted-the-ministry",
        "TASS quoted the Ministry of Economic Development as saying that trade with Mongolia rose 15% to $2.9 billion.",
        [
            ("15%", "Ministry of Economic Development"),
            ("$2.9 billion", "Ministry of Economic Development"),
        ],
    ),
    (
        "s4-bloomberg-agency-only",
        "Kazakhstan will raise oil output 4% to 90 million tonnes, Bloomberg reported.",
        [("4%", "Bloomberg"), ("90 million tonnes", "Bloomberg")],
    ),
    (
        "s5-quote-speaker-of-union",
        '"Our shipments of timber to Uzbekistan rose 30% to 1.2 million cubic metres last year," said Andrei Ivanov, head of the Russian Timber Exporters Union.',
        [("30%", "Andrei Ivanov"), ("1.2 million cubic metres", "Andrei Ivanov")],
    ),
    (
        "s5-quote-cites-customs-data",
        '"According to customs data, exports of sunflower oil grew 15% to 2.8 million tonnes," said Olga Petrova, an analyst at Finam.',
        [("15%", "Olga Petrova"), ("2.8 million tonnes", "Olga Petrova")],
    ),
    (
        "s5-spokesman-for-company",
        "Anton Kuzmin, a spokesman for Rosneft, said the company shipped 3 million tonnes of oil to India in May.",
        [("3 million tonnes", "Anton Kuzmin")],
    ),
    (
        "s5-ceo-of-body-says",
        "Gazprom Neft chief executive Alexander Dyukov said the company's refining rose 4% to 43 million tonnes.",
        [("4%", "Alexander Dyukov"), ("43 million tonnes", "Alexander Dyukov")],
    ),
    (
        "s6-background-after-report",
        "Trade between Russia and Laos rose 10% to $160 million, the Russian trade mission said.\n\nThe two countries established diplomatic relations in 1960. Laos has a population of 7.5 million.",
        [
            ("10%", "Russian trade mission"),
            ("$160 million", "Russian trade mission"),
            ("7.5 million", None),
        ],
    ),
    (
        "s6-separately-another-topic",
        "Uzbekistan's gas exports fell 30% to 4 billion cubic metres, the statistics agency said. Separately, the Tashkent metro opened 5 new stations last year.",
        [
            ("30%", "statistics agency"),
            ("4 billion cubic metres", "statistics agency"),
            ("5 new stations", None),
        ],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _SOURCES], ids=[r[0] for r in _SOURCES]
)
def test_sources(nlp: Language, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c.evidence.quantity, c.attribution) for c in _claims(text)] == expected


# What a figure is about: a named pipeline's or route's figures, also named a sentence before;
# an instrument (loan, stake, fund, bond, a currency's share of settlements) before the story's
# topic; a commodity named only earlier; a railway line, a bridge, a border crossing; arms deals.
_CATEGORIES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "c0-ships-the-verb-is-no-warship",
        "Kuzbass Coal, which ships about 9 million tonnes of coal a year to China, hired staff.",
        [("about 9 million tonnes of coal a year", "energy")],
    ),
    (
        "c0-a-flow-that-names-no-goods-is-of-the-goods-before",
        (
            "Kazakh uranium shipments to China fell 6% to 9,000 tonnes in 2023, customs data "
            "showed. Analysts expect exports to recover to 11,000 tonnes this year."
        ),
        [("6%", "energy"), ("9,000 tonnes", "energy"), ("11,000 tonnes", "energy")],
    ),
    (
        "c0-the-term-of-a-pipeline-s-contract",
        (
            "Gazprom signed a contract to supply 12 billion cubic metres of gas a year via the "
            "Western route. The 30-year contract was signed in Astana."
        ),
        [("12 billion cubic metres of gas a year", "pipeline"), ("30-year", "pipeline")],
    ),
    (
        "c0-a-harvest-is-economy",
        "Kazakhstan's agriculture ministry raised its forecast for the wheat harvest to 17 million tonnes.",
        [("17 million tonnes", "economy")],
    ),
    (
        "c0-passengers-travel",
        (
            "Flights between Kazan and Urumqi carried 86,000 passengers last year. Passenger "
            "traffic at the Pogranichny crossing rose 9% in May."
        ),
        [("86,000 passengers", "tourism"), ("9%", "tourism")],
    ),
    (
        "c0-ships-in-drills-are-military",
        "Twelve ships and 2,000 sailors took part in the drills.",
        [("Twelve ships", "military"), ("2,000 sailors", "military")],
    ),
    (
        "c1-pipeline-capacity",
        "The Turkish Stream pipeline has a capacity of 31.5 billion cubic metres a year.",
        [("31.5 billion cubic metres a year", "pipeline")],
    ),
    (
        "c1-pipeline-a-sentence-earlier",
        "Construction of the Power of Siberia 2 pipeline is due to start next year. It will carry 50 billion cubic metres of gas a year and cost about $13 billion.",
        [("50 billion cubic metres of gas a year", "pipeline"), ("about $13 billion", "pipeline")],
    ),
    (
        "c1-eastern-route",
        "Gas supplies via the eastern route reached 22.7 billion cubic metres in 2022.",
        [("22.7 billion cubic metres", "pipeline")],
    ),
    (
        "c1-western-route-contract",
        "Gazprom and CNPC signed a 30-year contract for supplies via the Far Eastern route. Under it, Russia will supply 10 billion cubic metres a year.",
        [("30-year", "pipeline"), ("10 billion cubic metres a year", "pipeline")],
    ),
    (
        "c1-eastern-corridor-of-a-railway-is-no-pipeline",
        "Russian Railways expects its eastern corridor to carry 210 million tonnes of freight a year by 2032.",
        [("210 million tonnes of freight a year", "trade")],
    ),
    (
        "c1-a-railway-route-by-its-direction-is-no-pipeline",
        "Officials expect the railway's northern route to carry 95 million tonnes a year by 2030.",
        [("95 million tonnes a year", "infrastructure")],
    ),
    (
        "c1-pipeline-phases",
        "The ESPO oil pipeline was built in two phases. The second phase, 2,046 km long, was completed in 2012, raising throughput to 80 million tonnes a year.",
        [
            ("two phases", "pipeline"),
            ("2,046 km", "pipeline"),
            ("80 million tonnes a year", "pipeline"),
        ],
    ),
    (
        "c1-line-d",
        "Line D of the Central Asia-China gas pipeline will add 30 billion cubic metres a year of capacity.",
        [("30 billion cubic metres a year", "pipeline")],
    ),
    (
        "c2-loan-in-oil-story",
        "Chinese banks granted Rosneft a $15 billion loan to be repaid with oil deliveries.",
        [("$15 billion", "finance")],
    ),
    (
        "c2-stake-in-lng",
        "Sinopec acquired a 10% stake in the Amur gas chemical complex.",
        [("10%", "investment")],
    ),
    (
        "c2-fund-energy",
        "The two countries set up a $2 billion fund to invest in energy projects in the Arctic.",
        [("$2 billion", "investment")],
    ),
    (
        "c2-bond-gas-company",
        "Gazprom placed panda bonds worth 5 billion yuan to fund its gas projects.",
        [("5 billion yuan", "finance")],
    ),
    (
        "c2-settlement-share",
        "The share of the yuan in settlements for oil supplies reached 85%.",
        [("85%", "finance")],
    ),
    (
        "c2-settlements-national-currencies",
        "Some 95% of trade between the two countries is now settled in roubles and yuan.",
        [("Some 95%", "finance")],
    ),
    (
        "c2-credit-line-trade",
        "The bank opened a 2 billion yuan credit line to finance grain exports.",
        [("2 billion yuan", "finance")],
    ),
    (
        "c3-followed-by-another-supplier",
        "Russia supplied 86 million tonnes of crude oil to China in 2022. It was followed by Saudi Arabia with 87 million tonnes.",
        [("86 million tonnes", "energy"), ("87 million tonnes", "energy")],
    ),
    (
        "c3-they-accounted",
        "Coal imports from Mongolia rose 5% to 30 million tonnes. They accounted for 18% of the total.",
        [("5%", "energy"), ("30 million tonnes", "energy"), ("18%", "energy")],
    ),
    (
        "c3-the-fuel",
        "Kazakhstan exported 1.2 million tonnes of liquefied petroleum gas in 2022. Most of the fuel, 900,000 tonnes, went to Uzbekistan.",
        [("1.2 million tonnes", "energy"), ("900,000 tonnes", "energy")],
    ),
    (
        "c4-bridge-cost",
        "The bridge across the Amur cost 19 billion roubles to build.",
        [("19 billion roubles", "infrastructure")],
    ),
    (
        "c4-bridge-length",
        "The road bridge is 1,080 metres long.",
        [("1,080 metres", "infrastructure")],
    ),
    (
        "c4-railway-length",
        "The new railway line between Kashgar and Osh will be 523 km long and cost $4.7 billion.",
        [("523 km", "infrastructure"), ("$4.7 billion", "infrastructure")],
    ),
    (
        "c4-border-crossing",
        "The Zabaikalsk border crossing can handle 2,000 trucks a day.",
        [("2,000 trucks a day", "infrastructure")],
    ),
    (
        "c4-port-capacity",
        "The new port terminal will be able to handle 12 million tonnes of cargo a year.",
        [("12 million tonnes of cargo a year", "infrastructure")],
    ),
    (
        "c4-arms-deal",
        "India signed a $5.4 billion deal to buy five S-400 air defence systems from Russia.",
        [("$5.4 billion", "military"), ("five S-400 air defence systems", "military")],
    ),
    (
        "c4-fighters-contract",
        "Under the contract, worth $2.5 billion, Russia will deliver 24 Su-35 fighter jets.",
        [("$2.5 billion", "military"), ("24 Su-35 fighter jets", "military")],
    ),
    (
        "c4-exercise-troops",
        "More than 3,000 troops and 40 warships took part in the naval drills.",
        [("More than 3,000 troops", "military"), ("40 warships", "military")],
    ),
    (
        "c4-arms-exports",
        "Russia's arms exports reached $14.6 billion in 2021.",
        [("$14.6 billion", "military")],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _CATEGORIES], ids=[r[0] for r in _CATEGORIES]
)
def test_categories(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.evidence.quantity, c.category) for c in _claims(text)] == expected


# Figures easy to miss: a term ("a 20-year contract", "the first drop in four years"), a count
# whose unit is its subject's ("visits grew 2.5-fold to 312,400", "210 of them", "the remaining
# 38"), fractions as shares or changes ("by a third", "fell by half"), a number broken by a line
# end, "$40-billion", a rate far from its number, "1.47 mt".
_FIGURES: list[tuple[str, str, list[tuple[str, float, str | None]]]] = [
    (
        "f1-for-the-next-n-years",
        "Under the deal, Qatar will supply LNG to Bangladesh for the next 15 years.",
        [("15 years", 15.0, "year")],
    ),
    (
        "f1-n-year-contract",
        "Novatek signed a 20-year contract to sell LNG to a Chinese buyer.",
        [("20-year", 20.0, "year")],
    ),
    (
        "f1-n-year-loan",
        "The bank granted a 7-year loan of $300 million.",
        [("7-year", 7.0, "year"), ("$300 million", 300000000.0, "USD")],
    ),
    (
        "f1-first-drop-in-n-years",
        "Wheat exports fell 8%, the first drop in four years.",
        [("8%", 8.0, "%"), ("four years", 4.0, "year")],
    ),
    (
        "f1-first-decline-in-a-decade-digits",
        "It was the first decline in 12 years.",
        [("12 years", 12.0, "year")],
    ),
    (
        "f1-consecutive-years",
        "Tourist arrivals grew for five consecutive years.",
        [("five consecutive years", 5.0, "year")],
    ),
    (
        "f1-sixth-consecutive-year",
        "Exports rose for a third consecutive year, gaining 6%.",
        [("6%", 6.0, "%")],
    ),
    (
        "f1-n-year-lease",
        "Kyrgyzstan gave the land on a 49-year lease.",
        [("49-year", 49.0, "year")],
    ),
    (
        "f1-contract-runs-for",
        "The supply contract runs for 25 years.",
        [("25 years", 25.0, "year")],
    ),
    (
        "f2-visits-fold-to",
        "Visits by Chinese tourists grew 2.5-fold to 312,400.",
        [("2.5-fold", 2.5, "x"), ("312,400", 312400.0, "count")],
    ),
    (
        "f2-arrivals-times-to",
        "Arrivals from India rose 1.7 times to 48,900 in the first quarter.",
        [("1.7 times", 1.7, "x"), ("48,900", 48900.0, "count")],
    ),
    (
        "f2-car-sales-to",
        "Sales of Chinese cars in Russia rose 2.8-fold to 552,000.",
        [("2.8-fold", 2.8, "x"), ("552,000", 552000.0, "count")],
    ),
    (
        "f2-earlier-value-takes-the-unit",
        "Sales of tractors reached 9,000 tractors in 2023 against 4,500 in 2022.",
        [("9,000 tractors", 9000.0, "count"), ("4,500", 4500.0, "count")],
    ),
    (
        "f2-earlier-value-up-from",
        "Passenger numbers rose to 700,000 people, up from 520,000 a year before.",
        [("700,000 people", 700000.0, "person"), ("520,000", 520000.0, "person")],
    ),
    (
        "f2-the-others-of-a-list-in-parentheses",
        "Tractor maker Lovol led with 4,200 tractors, followed by YTO (3,100) and Foton (2,600).",
        [
            ("4,200 tractors", 4200.0, "count"),
            ("3,100", 3100.0, "count"),
            ("2,600", 2600.0, "count"),
        ],
    ),
    (
        "f2-no-year-in-parentheses-as-a-listed-figure",
        "Lovol sold 4,200 tractors in Russia (2023).",
        [("4,200 tractors", 4200.0, "count")],
    ),
    (
        "f2-no-earlier-value-of-another-order",
        "Exports rose to 800,000 tonnes from 3 in 2019.",
        [("800,000 tonnes", 800000.0, "t")],
    ),
    (
        "f2-the-remaining",
        "The ministry approved 60 projects, 22 of them in Siberia, and the remaining 38 in the Far East.",
        [("60 projects", 60.0, "count"), ("22 of them", 22.0, "count"), ("38", 38.0, "count")],
    ),
    (
        "f2-n-of-them-from",
        "The fair drew 640 companies, 210 of them from Kazakhstan.",
        [("640 companies", 640.0, "count"), ("210 of them", 210.0, "count")],
    ),
    (
        "f2-n-of-them-people",
        "Some 9,000 tourists visited the island, 3,500 of them from China.",
        [("Some 9,000 tourists", 9000.0, "person"), ("3,500 of them", 3500.0, "person")],
    ),
    (
        "f3-almost-a-quarter",
        "Almost a quarter of the grain went to Egypt.",
        [("Almost a quarter", 25.0, "%")],
    ),
    (
        "f3-two-thirds",
        "Roughly two-thirds of the oil was shipped by sea.",
        [("Roughly two-thirds", 66.67, "%")],
    ),
    (
        "f3-half-as-much",
        "Kazakhstan exported half as much wheat as last year.",
        [("half as much", 0.5, "x")],
    ),
    (
        "f3-nearly-doubled",
        "Imports of Korean cosmetics nearly doubled in 2022.",
        [("nearly doubled", 2.0, "x")],
    ),
    (
        "f3-nearly-tripled",
        "Freight traffic nearly tripled last year.",
        [("nearly tripled", 3.0, "x")],
    ),
    (
        "f3-by-a-third",
        "Fertiliser exports rose by a third.",
        [("a third", 33.33, "%")],
    ),
    (
        "f3-more-than-halved",
        "Imports of European cars more than halved.",
        [("more than halved", 0.5, "x")],
    ),
    (
        "f3-reduced-by-a-third-to-a-level",
        "Kyrgyzstan reduced its cement sales to Tajikistan by a third to $41.2 million.",
        [("a third", 33.33, "%"), ("$41.2 million", 41200000.0, "USD")],
    ),
    (
        "f3-by-half-far-from-its-verb",
        "The mill reduced its flour exports to Afghanistan by half.",
        [("half", 50.0, "%")],
    ),
    (
        "f3-by-a-quarter-in-a-year",
        "Barley sales rose by a quarter in 2022.",
        [("a quarter", 25.0, "%")],
    ),
    ("f3-by-a-third-party-is-no-figure", "The terminal was bought by a third party.", []),
    (
        "f4-line-break-scale",
        "Kazakhstan exported 8\nmillion tonnes of wheat.",
        [("8\nmillion tonnes", 8000000.0, "t")],
    ),
    (
        "f5-dollar-hyphen-billion",
        "The two sides signed a $40-billion gas deal.",
        [("$40-billion", 40000000000.0, "USD")],
    ),
    (
        "f5-dollar-hyphen-million",
        "It is a $750-million project.",
        [("$750-million", 750000000.0, "USD")],
    ),
    (
        "f6-tonnes-of-grain-per-year",
        "The terminal will ship 4 million tonnes of grain per year.",
        [("4 million tonnes of grain per year", 4000000.0, "t/yr")],
    ),
    (
        "f7-mt",
        "Exports reached 1.47 mt in May.",
        [("1.47 mt", 1470000.0, "t")],
    ),
    (
        "f7-mmt",
        "Output rose to 3.2 mmt.",
        [("3.2 mmt", 3200000.0, "t")],
    ),
    (
        "f7-Mt",
        "The mine produced 12 Mt of ore.",
        [("12 Mt", 12000000.0, "t")],
    ),
    (
        "f2-remaining-people",
        "Some 4,000 workers were hired; 1,500 of them are local and the remaining 2,500 come from abroad.",
        [
            ("Some 4,000 workers", 4000.0, "person"),
            ("1,500 of them", 1500.0, "person"),
            ("2,500", 2500.0, "person"),
        ],
    ),
    (
        "f2-n-of-which",
        "The port handled 900 ships, 340 of which flew foreign flags.",
        [("900 ships", 900.0, "count"), ("340 of which", 340.0, "count")],
    ),
    (
        "f2-guests-reached",
        "Overnight stays by foreign guests reached 2.1 million.",
        [("2.1 million", 2100000.0, "count")],
    ),
    (
        "f2-passengers-totalled",
        "Passengers on the route totalled 48,000 last year.",
        [("48,000", 48000.0, "person")],
    ),
    (
        "f2-exports-to-stays-bare",
        "Exports rose 5% to 40,000 in May.",
        [("5%", 5.0, "%")],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _FIGURES], ids=[r[0] for r in _FIGURES]
)
def test_figures(nlp: Language, text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert [
        (c.evidence.quantity, round(float(c.value), 2), c.unit) for c in _claims(text)
    ] == expected


# Numbers that are no figure: time frames ("January-September 2019", "the first eight months of
# 2021", "Over seven months,"), numbers in names (reactor units, an exercise and its year), a
# rate's basis ("per 100 roubles"), ages of things, a year before "year-on-year", "9M", "H1",
# and people counted in an anecdote.
_TRAPS: list[tuple[str, str, list[tuple[str, float, str | None]]]] = [
    (
        "t0-year-of-basis-before-a-level",
        "In 2021, exports of timber rose 8% over 2020 to 12 billion dollars.",
        [("8%", 8.0, "%"), ("12 billion dollars", 12000000000.0, "USD")],
    ),
    (
        "t0-year-of-basis-after-a-multiple",
        "Sales of tractors rose 3-fold over 2019 to 12,000 tractors.",
        [("3-fold", 3.0, "x"), ("12,000 tractors", 12000.0, "count")],
    ),
    (
        "t0-a-year-then-billions-is-no-range",
        "Turnover climbed from 2018 to 9 billion yuan.",
        [("9 billion yuan", 9000000000.0, "CNY")],
    ),
    (
        "t1-jan-sep-year",
        "In January-September 2019, exports of fish rose 12% to $2.1 billion.",
        [("12%", 12.0, "%"), ("$2.1 billion", 2100000000.0, "USD")],
    ),
    (
        "t1-first-n-months-of-year",
        "In the first eight months of 2021, imports of cars rose 40% to 90,000.",
        [("40%", 40.0, "%"), ("90,000", 90000.0, "count")],
    ),
    (
        "t1-for-n-months-of-the-season",
        "For 9 months of the marketing year, barley exports reached 3 million tonnes.",
        [("3 million tonnes", 3000000.0, "t")],
    ),
    (
        "t1-over-n-months",
        "Over seven months, trade grew 11% to $140 billion.",
        [("11%", 11.0, "%"), ("$140 billion", 140000000000.0, "USD")],
    ),
    (
        "t1-in-the-n-months-to",
        "In the 10 months to October, coal imports fell 4%.",
        [("4%", 4.0, "%")],
    ),
    (
        "t1-jan-oct-no-year",
        "Trade in January-October rose 20%.",
        [("20%", 20.0, "%")],
    ),
    (
        "t1-during-the-first-n-months",
        "During the first five months, exports grew 9%.",
        [("9%", 9.0, "%")],
    ),
    (
        "t1-n-months-of-the-year",
        "Exports reached $5 billion in 11 months of the year.",
        [("$5 billion", 5000000000.0, "USD")],
    ),
    (
        "t2-units-and",
        "Rosatom is building units 7 and 8 of the Tianwan plant.",
        [],
    ),
    (
        "t2-power-units-digits",
        "Power units No. 3 and 4 will start in 2027.",
        [],
    ),
    (
        "t2-exercise-name-year",
        "The Vostok-2022 (East-2022) exercise involved 50,000 troops.",
        [("50,000 troops", 50000.0, "person")],
    ),
    (
        "t2-exercise-name-year-parenthesis",
        "The Joint Sea (2021) drills drew 10 warships.",
        [("10 warships", 10.0, "count")],
    ),
    (
        "t2-exercise-name-year-space",
        "Peace Mission 2018 brought together 3,000 troops.",
        [("3,000 troops", 3000.0, "person")],
    ),
    (
        "t3-yuan-per-100-roubles",
        "The rate was set at 8.7 yuan per 100 roubles.",
        [("8.7 yuan", 8.7, "CNY")],
    ),
    (
        "t4-year-old",
        "A 3,000-year-old bronze vessel went on show.",
        [],
    ),
    (
        "t4-century-old",
        "The 300-year-old church was restored.",
        [],
    ),
    (
        "t4-year-old-person",
        "A 25-year-old Chinese student won the prize.",
        [],
    ),
    (
        "t5-year-before-yoy",
        "Imports rose 7% in 2019 year-on-year.",
        [("7%", 7.0, "%")],
    ),
    (
        "t5-9m",
        "Revenue in 9M 2022 rose 13%.",
        [("13%", 13.0, "%")],
    ),
    (
        "t5-h1",
        "In H1 2023, trade rose 40%.",
        [("40%", 40.0, "%")],
    ),
    (
        "t5-q3",
        "Sales in Q3 2022 fell 5%.",
        [("5%", 5.0, "%")],
    ),
    (
        "t6-anecdote-children",
        "A woman with her two children waited at the border for hours.",
        [],
    ),
    (
        "t6-anecdote-friends",
        "Three friends from Harbin said they came for the caviar.",
        [],
    ),
    (
        "t6-anecdote-couple",
        "One couple told reporters they had waited for their visa.",
        [],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in _TRAPS], ids=[r[0] for r in _TRAPS])
def test_traps(nlp: Language, text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert [
        (c.evidence.quantity, round(float(c.value), 2), c.unit) for c in _claims(text)
    ] == expected


# What a count brought to by its subject measures: the subject, unless the sentence says the
# number is "the number of" something, which is then the whole phrase.
_MEASURES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "m1-the-number-of-phrase",
        "The number of Indian students in Kazan reached 4,200 in 2022.",
        [("4,200", "number of Indian students in Kazan")],
    ),
    (
        "m2-a-counted-subject",
        "Arrivals from Vietnam rose 1.4 times to 36,700.",
        [("1.4 times", "Arrivals from Vietnam"), ("36,700", "arrivals")],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _MEASURES], ids=[r[0] for r in _MEASURES]
)
def test_what_a_count_measures(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(c.evidence.quantity, c.measure) for c in _claims(text)] == expected


# Trips that freight vehicles make are freight actually carried (trade), or a carrier's design
# (infrastructure), never tourism; travellers' trips stay tourism.
_FREIGHT_TRIPS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "freight-trains-made-trips",
        "China-Europe freight trains made 1,200 trips in the first quarter.",
        [("1,200 trips", "trade")],
    ),
    (
        "trucks-made-trips-across-a-crossing",
        "Trucks made 45,000 trips across the Kyakhta crossing last year.",
        [("45,000 trips", "trade")],
    ),
    (
        "cargo-ships-made-voyages",
        "Cargo ships made 310 voyages along the Northern Sea Route in 2022.",
        [("310 voyages", "trade")],
    ),
    (
        "container-trains-completed-runs",
        "Container trains completed 16,000 runs on the corridor in 2021.",
        [("16,000 runs", "trade")],
    ),
    (
        "block-trains-made-trips",
        "Block trains made 420 trips between Chengdu and Lodz in 2022.",
        [("420 trips", "trade")],
    ),
    (
        "lorries-made-trips-and-their-change",
        "Lorries made 12,000 trips to the port in March, up 15%.",
        [("12,000 trips", "trade"), ("15%", "trade")],
    ),
    (
        "freight-trains-made-round-trips",
        "Freight trains made 950 round trips on the route last year.",
        [("950 round trips", "trade")],
    ),
    (
        "the-runs-a-line-can-take-are-its-design",
        "The new line can take 30 runs of container trains a day.",
        [("30 runs", "infrastructure")],
    ),
    (
        "tourists-trips-stay-tourism",
        "Russian tourists made 1.2 million trips to Vietnam in 2019.",
        [("1.2 million trips", "tourism")],
    ),
    (
        "tourists-trips-by-train-stay-tourism",
        "Chinese tourists made 38,000 trips to Irkutsk by train last year, up 30%.",
        [("38,000 trips", "tourism"), ("30%", "tourism")],
    ),
    (
        "a-count-of-freight-train-routes-is-no-trip",
        "Over 40 freight train routes link Xi'an with Europe.",
        [("Over 40 freight train routes", "infrastructure")],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _FREIGHT_TRIPS], ids=[r[0] for r in _FREIGHT_TRIPS]
)
def test_freight_trips(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.evidence.quantity, c.category) for c in _claims(text)] == expected
