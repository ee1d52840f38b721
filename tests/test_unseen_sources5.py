"""News it has not seen (issue 25, fifth round): who gives a figure and what it is of, tried
with short articles written for this file in the styles of wires, state media, the business press
and customs releases. Each row is (id, text, every claim of the text in order with its quantity,
attribution and category); names and figures are our own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import sinorus_facts

PUBLISHED = "2024-06-10"

Row = tuple[str, str, list[tuple[str, str | None, str]]]


def _records(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (c.evidence.quantity, c.attribution, c.category)
        for c in sinorus_facts.extract(text, published=PUBLISHED)
    ]


# A report's source carried to its breakdowns ("according to data released Thursday by X", "figures
# from X showed", "X said in a statement", "customs data showed", a headline that names its source
# before a colon or after a dash, "- customs" in lower case too) and where the carry stops (a
# quotation, another source); a source named after its figures ("The figures were published by X on
# Saturday") with the time after its name left out; "the ministry", "the agency", "the report", "the
# data" for what the article named so (or names only in the sentence after: "The ministry said ...
# The Russian Ministry of Agriculture added"), a surname for the full name, "a deputy energy
# minister" for the "Deputy Energy Minister" named later; the carry stops at the writer's undated
# background ("once held", "used to") and goes past "the ESPO link" (a noun, no describing verb);
# "added" with a counted object is a deed, no speech; counted sources are no figure; relays credit
# the data's source ("citing customs data", "Reuters calculations based on customs data", "data
# compiled by X from customs figures", "according to customs data"); a press office for its body
# ("citing the company's press service", "its press service"); a quoted speaker, not his body nor
# the data he cites; a country or a label before a headline's colon is no source.
_SOURCES: list[Row] = [
    (
        "carry-data-released-thursday",
        "China-Russia trade rose 3.1 percent to 77.2 billion U.S. dollars in the first four months, according to data released Thursday by the General Customs Administration. China's exports to Russia stood at 33.5 billion dollars, while imports from Russia reached 43.7 billion dollars. Crude oil accounted for 62 percent of the imports.",
        [
            ("3.1 percent", "General Customs Administration", "trade"),
            ("77.2 billion U.S. dollars", "General Customs Administration", "trade"),
            ("33.5 billion dollars", "General Customs Administration", "trade"),
            ("43.7 billion dollars", "General Customs Administration", "trade"),
            ("62 percent", "General Customs Administration", "energy"),
        ],
    ),
    (
        "figures-from-showed-carry",
        "Russia's exports of pipeline gas to China jumped 25% in January-February, figures from China's General Customs Administration showed on Thursday. LNG imports from Russia fell 8% to 1.1 million tonnes over the same period. Russia remained China's top crude supplier, followed by Saudi Arabia with 13.4 million tonnes.",
        [
            ("25%", "China's General Customs Administration", "pipeline"),
            ("8%", "China's General Customs Administration", "energy"),
            ("1.1 million tonnes", "China's General Customs Administration", "energy"),
            ("13.4 million tonnes", "China's General Customs Administration", "energy"),
        ],
    ),
    (
        "said-in-a-statement-and-it-added",
        "Gazprom supplied 22.7 billion cubic meters of gas to China via the Power of Siberia in 2023, the company said in a statement. Deliveries exceeded the contractual obligations by 600 million cubic meters, it added.",
        [
            ("22.7 billion cubic meters", "Gazprom", "pipeline"),
            ("600 million cubic meters", "Gazprom", "pipeline"),
        ],
    ),
    (
        "carry-stops-at-a-quotation",
        'Chinese car exports to Russia rose 18% to 410,000 units in January-May, customs data showed. "We expect sales to reach 1.5 million cars this year," said Alexei Podshchekoldin, head of the Autostat agency.',
        [
            ("18%", "customs", "trade"),
            ("410,000 units", "customs", "trade"),
            ("1.5 million cars", "Alexei Podshchekoldin", "trade"),
        ],
    ),
    (
        "published-by-after-the-figures-with-its-day",
        "Russian coal shipments to China reached 48 million tonnes in the first half. Imports of Russian copper fell 11% in the same period. The figures were published by the General Customs Administration on Saturday.",
        [
            ("48 million tonnes", "General Customs Administration", "energy"),
            ("11%", "General Customs Administration", "trade"),
        ],
    ),
    (
        "released-by-last-week-before-the-figures",
        "The figures were released by the Federal Customs Service last week. Coal shipments reached 48 million tonnes.",
        [
            ("48 million tonnes", "Federal Customs Service", "energy"),
        ],
    ),
    (
        "published-by-earlier-this-month",
        "Grain exports rose 9%, according to figures published by the agriculture ministry earlier this month.",
        [
            ("9%", "agriculture ministry", "trade"),
        ],
    ),
    (
        "the-ministry-is-the-ministry-named",
        "Russia's Ministry of Economic Development said trade with China in national currencies reached 95% last year. The share of the yuan in Russia's export settlements rose to 34.5%, the ministry said.",
        [
            ("95%", "Russia's Ministry of Economic Development", "finance"),
            ("34.5%", "Russia's Ministry of Economic Development", "finance"),
        ],
    ),
    (
        "the-agency-is-rosstat",
        "Rosstat said industrial output rose 4.5% in April. The agency also said real wages grew 8.5% in March.",
        [
            ("4.5%", "Rosstat", "economy"),
            ("8.5%", "Rosstat", "economy"),
        ],
    ),
    (
        "surname-is-the-full-name",
        "Alexander Novak, a deputy prime minister, said Russian gas exports to China would reach 38 billion cubic metres via Power of Siberia next year. Novak added that oil deliveries rose 24% in 2023.",
        [
            ("38 billion cubic metres", "Alexander Novak", "pipeline"),
            ("24%", "Alexander Novak", "energy"),
        ],
    ),
    (
        "relay-citing-customs-data",
        "Russian imports of Chinese trucks fell 30% in January, Kommersant reported, citing customs data.",
        [
            ("30%", "customs", "trade"),
        ],
    ),
    (
        "relay-quoted-the-ministry",
        "Russian wheat exports to China rose to 1.2 million tonnes in the season, RIA Novosti quoted the agriculture ministry as saying.",
        [
            ("1.2 million tonnes", "agriculture ministry", "trade"),
        ],
    ),
    (
        "relay-calculations-based-on",
        "Russian crude oil supplies to China rose 8% to 2.2 million barrels per day in April, according to Reuters calculations based on Chinese customs data.",
        [
            ("8%", "Chinese customs", "energy"),
            ("2.2 million barrels per day", "Chinese customs", "energy"),
        ],
    ),
    (
        "relay-estimates-based-on-data-from",
        "Coal imports fell 3%, according to estimates based on data from the Federal Customs Service.",
        [
            ("3%", "Federal Customs Service", "energy"),
        ],
    ),
    (
        "relay-calculations-showed",
        "Imports rose 9% in May, Reuters calculations based on data from the Federal Customs Service showed.",
        [
            ("9%", "Federal Customs Service", "trade"),
        ],
    ),
    (
        "relay-data-compiled-from",
        "China bought 2.3 million barrels a day of Russian crude in July, according to data compiled by Bloomberg from customs figures. That was up 6% from June.",
        [
            ("2.3 million barrels a day", "customs", "energy"),
            ("6%", "customs", "energy"),
        ],
    ),
    (
        "according-to-customs-data-lower-case",
        "Russian oil exports to China rose 12% in the first quarter, according to customs data.",
        [
            ("12%", "customs", "energy"),
        ],
    ),
    (
        "according-to-customs-statistics-opening",
        "According to customs statistics, imports of Chinese machinery rose 4%.",
        [
            ("4%", "customs", "trade"),
        ],
    ),
    (
        "quotation-citing-data-is-the-speaker-s",
        '"According to customs statistics, our trade grew 2.5% in the first five months," Kremlin aide Yuri Ushakov told reporters.',
        [
            ("2.5%", "Yuri Ushakov", "trade"),
        ],
    ),
    (
        "speaker-not-his-company",
        "Gazprom CEO Alexei Miller said daily supplies through Power of Siberia set a new record of 77.2 million cubic metres on Sunday.",
        [
            ("77.2 million cubic metres", "Alexei Miller", "pipeline"),
        ],
    ),
    (
        "speaker-then-a-body",
        "Trade settled in roubles and yuan now makes up more than 90 per cent of the total, Finance Minister Anton Siluanov said. The Bank of Russia said its yuan reserves stood at 17%.",
        [
            ("more than 90 per cent", "Anton Siluanov", "finance"),
            ("17%", "Bank of Russia", "finance"),
        ],
    ),
    (
        "report-by-and-the-report",
        "A report by the Russian Direct Investment Fund said Chinese investors committed $4 billion to joint projects in 2023. The report also said projects worth $1.5 billion were under way.",
        [
            ("$4 billion", "Russian Direct Investment Fund", "investment"),
            ("$1.5 billion", "Russian Direct Investment Fund", "investment"),
        ],
    ),
    (
        "data-from-and-the-data",
        "Data from the Bank of Russia showed yuan deposits rose to 1.3 trillion roubles in April. The data also showed yuan loans of 500 billion roubles.",
        [
            ("1.3 trillion roubles", "Bank of Russia", "finance"),
            ("500 billion roubles", "Bank of Russia", "finance"),
        ],
    ),
    (
        "outlet-report-is-the-outlet",
        "The crossing should lift commerce, according to a report by China National Radio on Saturday. The bridge can carry 21 million tons, the report said.",
        [
            ("21 million tons", "China National Radio", "infrastructure"),
        ],
    ),
    (
        "headline-source-and-colon-with-a-figure",
        "Customs: China-Russia trade up 2% in nine months\n\nTrade between the two countries rose 2% to $180 billion in January-September. Chinese exports fell 3% while imports rose 5%.",
        [
            ("2%", "Customs", "trade"),
            ("2%", "Customs", "trade"),
            ("$180 billion", "Customs", "trade"),
            ("3%", "Customs", "trade"),
            ("5%", "Customs", "trade"),
        ],
    ),
    (
        "headline-source-and-colon-without-figures",
        "Rosstat: industry keeps growing\n\nManufacturing grew 6% in April. Wages rose 8%.",
        [
            ("6%", "Rosstat", "economy"),
            ("8%", "Rosstat", "economy"),
        ],
    ),
    (
        "headline-source-after-a-dash-without-figures",
        "China-Russia trade keeps growing - Customs\n\nTrade between the two countries rose 2% to $180 billion in January-September.",
        [
            ("2%", "Customs", "trade"),
            ("$180 billion", "Customs", "trade"),
        ],
    ),
    (
        "headline-country-before-a-colon-is-no-source",
        "Russia: trade with China keeps growing\n\nTrade rose 2% in January-September.",
        [
            ("2%", None, "trade"),
        ],
    ),
    (
        "headline-label-before-a-colon-is-no-source",
        "Exclusive: Gazprom to cut gas price by 10% for China",
        [
            ("10%", None, "price"),
        ],
    ),
    (
        "carry-stops-at-another-source",
        "Russian oil exports to China rose 12% in the first quarter, according to customs data. Kpler estimated seaborne shipments at 1.3 million barrels per day.",
        [
            ("12%", "customs", "energy"),
            ("1.3 million barrels per day", "Kpler", "energy"),
        ],
    ),
    (
        "name-ending-in-a-month-kept",
        "Exports rose 5%, according to Theresa May.",
        [
            ("5%", "Theresa May", "trade"),
        ],
    ),
    (
        "relay-citing-the-company-s-press-service",
        "Russian Railways increased shipments to China via border crossings in the Far East by 7% to 12.4 million tonnes in the first quarter, Interfax reported, citing the company's press service. Coal made up 5.1 million tonnes of that.",
        [
            ("7%", "Russian Railways", "trade"),
            ("12.4 million tonnes", "Russian Railways", "trade"),
            ("5.1 million tonnes", "Russian Railways", "energy"),
        ],
    ),
    (
        "its-press-service-is-the-body",
        "Russian Railways said exports rose 5%. Transit grew 7%, its press service said.",
        [
            ("5%", "Russian Railways", "trade"),
            ("7%", "Russian Railways", "trade"),
        ],
    ),
    (
        "the-press-service-is-the-body-credited-last",
        "Exports rose 5%, Russian Railways said. Transit grew 7%, the press service said.",
        [
            ("5%", "Russian Railways", "trade"),
            ("7%", "Russian Railways", "trade"),
        ],
    ),
    (
        "a-press-service-alone-stays-as-written",
        "Transit grew 7%, the press service said.",
        [
            ("7%", "press service", "trade"),
        ],
    ),
    (
        "the-expert-is-the-expert-named",
        "Vasily Kashin, an expert at the Higher School of Economics, said China bought $3 billion worth of Russian arms in 2010. The expert said the figure had since fallen by half.",
        [
            ("$3 billion", "Vasily Kashin", "military"),
            ("half", "Vasily Kashin", "military"),
        ],
    ),
    (
        "lead-source-for-the-passage",
        "BEIJING, June 7 (Reuters) - China's imports of Russian crude rose 4% in May, data from the General Customs Administration showed on Friday.\n\nShipments totalled 9.7 million tonnes.\n\nImports from Saudi Arabia fell 18% to 6.6 million tonnes.",
        [
            ("4%", "General Customs Administration", "energy"),
            ("9.7 million tonnes", "General Customs Administration", "energy"),
            ("18%", "General Customs Administration", "energy"),
            ("6.6 million tonnes", "General Customs Administration", "energy"),
        ],
    ),
    (
        "described-official-named-later-by-title",
        "A Russian deputy energy minister said oil shipments to China would rise by 10% this year. Deputy Energy Minister Pavel Sorokin added that pipeline gas exports would hit 38 bcm.",
        [
            ("10%", "Pavel Sorokin", "energy"),
            ("38 bcm", "Pavel Sorokin", "energy"),
        ],
    ),
    (
        "described-official-not-another-role",
        "A Chinese trade official said exports rose 5%. Trade Minister Wang Wentao said imports fell 2%.",
        [
            ("5%", "Chinese trade official", "trade"),
            ("2%", "Wang Wentao", "trade"),
        ],
    ),
    (
        "carry-stops-at-undated-background",
        "Chinese exports of excavators to Russia rose 45% last year, according to China's customs. Western makers such as Caterpillar once held 60% of the Russian market.",
        [
            ("45%", "China's customs", "trade"),
            ("60%", None, "trade"),
        ],
    ),
    (
        "carry-stops-at-used-to",
        "Russian gas exports to China rose 40% last year, Gazprom said. Europe used to buy 150 billion cubic metres a year.",
        [
            ("40%", "Gazprom", "energy"),
            ("150 billion cubic metres a year", None, "energy"),
        ],
    ),
    (
        "carry-past-a-link-that-is-a-noun",
        "Russia's seaborne crude exports to China averaged 1.2 million barrels a day in August, according to Kpler. Pipeline flows via the ESPO link reached 600,000 barrels a day.",
        [
            ("1.2 million barrels a day", "Kpler", "energy"),
            ("600,000 barrels a day", "Kpler", "pipeline"),
        ],
    ),
    (
        "added-a-counted-object-is-no-speech",
        "Seaborne crude exports averaged 1.2 million barrels a day in August, according to Kpler. Pipeline flows added another 600,000 barrels a day.",
        [
            ("1.2 million barrels a day", "Kpler", "energy"),
            ("600,000 barrels a day", "Kpler", "pipeline"),
        ],
    ),
    (
        "added-a-clause-still-speaks",
        "Zhang added the bilateral trade volume reached 31.2 billion dollars.",
        [
            ("31.2 billion dollars", "Zhang", "trade"),
        ],
    ),
    (
        "sources-counted-are-no-figure",
        "Gazprom and CNPC are still at odds over the price of gas for Power of Siberia 2, three sources familiar with the talks told Reuters.",
        [],
    ),
    (
        "the-ministry-named-only-after",
        "The ministry said Russian grain exports to China doubled to 3.2 million tonnes in the season. The Russian Ministry of Agriculture added that barley made up a third.",
        [
            ("doubled", "Russian Ministry of Agriculture", "trade"),
            ("3.2 million tonnes", "Russian Ministry of Agriculture", "trade"),
            ("a third", "Russian Ministry of Agriculture", "trade"),
        ],
    ),
    (
        "the-agency-with-no-name-stays",
        "The agency said coal exports rose 4%.",
        [
            ("4%", "agency", "energy"),
        ],
    ),
    (
        "headline-source-lower-case-after-a-dash",
        "China-Russia trade hits record 240 bln USD in 2023 - customs\n\nChina's trade with Russia rose 26.3 percent year on year in 2023. Exports grew 46.9 percent.",
        [
            ("240 bln USD", "customs", "trade"),
            ("26.3 percent", "customs", "trade"),
            ("46.9 percent", "customs", "trade"),
        ],
    ),
    (
        "headline-lower-case-words-after-a-dash-no-source",
        "Trade rose 5% - as usual\n\nExports grew 3% in May.",
        [
            ("5%", None, "trade"),
            ("3%", None, "trade"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _SOURCES], ids=[r[0] for r in _SOURCES]
)
def test_sources(nlp: Language, text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _records(text) == expected


# Categories: a named pipeline's or route's figures (named a sentence before too; "the eastern
# route", "the Far Eastern route"); instruments in an energy or trade story (loans, stakes, bonds,
# yuan reserves, the yuan's share of settlements); a commodity named only before ("another supplier
# with N tonnes", "the material", "they") stays energy; a change said after a sum ("reached 1.69
# trillion yuan, up 32.7%") is of the sum's category; a flow of gas (or of goods unnamed) after a
# sentence naming a route is the route's, and so is a length of "the route" after a pipeline's
# figure; a carrier designed for passengers is infrastructure (those carried travel); bridges,
# crossings, freight carried, trains and arms.
_CATEGORIES: list[Row] = [
    (
        "pipeline-named-a-sentence-before",
        "The Power of Siberia pipeline reached its design capacity in December. It delivered 22.7 bcm in 2023, Gazprom said.",
        [
            ("22.7 bcm", "Gazprom", "pipeline"),
        ],
    ),
    (
        "eastern-route",
        "Gas deliveries via the eastern route will rise to 38 billion cubic metres per year from December, Gazprom said.",
        [
            ("38 billion cubic metres per year", "Gazprom", "pipeline"),
        ],
    ),
    (
        "far-eastern-route",
        "The Far Eastern route is designed to carry 10 billion cubic metres of gas a year, according to Gazprom.",
        [
            ("10 billion cubic metres of gas a year", "Gazprom", "pipeline"),
        ],
    ),
    (
        "loan-in-an-energy-deal",
        "China Development Bank lent $25 billion to Rosneft and Transneft in exchange for oil supplies of 300,000 barrels per day over 20 years.",
        [
            ("$25 billion", None, "finance"),
            ("300,000 barrels per day", None, "energy"),
            ("over 20 years", None, "energy"),
        ],
    ),
    (
        "stakes-in-an-lng-project",
        "China's CNPC holds a 20% stake in Yamal LNG, and the Silk Road Fund another 9.9%.",
        [
            ("20%", None, "investment"),
            ("9.9%", None, "investment"),
        ],
    ),
    (
        "yuan-share-of-settlements-relayed",
        "The yuan's share of settlements for Russian oil exports rose to 40% last year, Vedomosti reported, citing the central bank.",
        [
            ("40%", "central bank", "finance"),
        ],
    ),
    (
        "yuan-bonds-of-a-producer",
        "Rusal placed yuan bonds worth 6 billion yuan on the Moscow Exchange, the aluminium producer said.",
        [
            ("6 billion yuan", "Rusal", "finance"),
        ],
    ),
    (
        "yuan-reserves-are-finance",
        "The Bank of Russia said its yuan reserves rose to 17% of the total.",
        [
            ("17%", "Bank of Russia", "finance"),
        ],
    ),
    (
        "another-supplier-stays-energy",
        "China imported 107 million tonnes of Russian crude last year. Russia was followed by Saudi Arabia, another supplier with 86 million tonnes.",
        [
            ("107 million tonnes", None, "energy"),
            ("86 million tonnes", None, "energy"),
        ],
    ),
    (
        "the-material-stays-energy",
        "Russian coal exports to China climbed 5% in March. The material accounted for 12% of Russia's exports to China by value.",
        [
            ("5%", None, "energy"),
            ("12%", None, "energy"),
        ],
    ),
    (
        "change-after-a-sum-is-the-sum-s",
        "For 2023 as a whole, China–Russia trade came to 1.69 trillion yuan, 32.7% more than a year before, the General Customs Administration said on Friday.",
        [
            ("1.69 trillion yuan", "General Customs Administration", "trade"),
            ("32.7% more", "General Customs Administration", "trade"),
        ],
    ),
    (
        "changes-after-sums-in-a-list",
        "Exports reached 779 billion yuan, up 11%, while imports stood at 911 billion yuan, a rise of 13%.",
        [
            ("779 billion yuan", None, "trade"),
            ("11%", None, "trade"),
            ("911 billion yuan", None, "trade"),
            ("13%", None, "trade"),
        ],
    ),
    (
        "bridge-length-and-cost",
        "The Blagoveshchensk–Heihe bridge, 1,080 metres long, cost 19 billion roubles to build.",
        [
            ("1,080 metres", None, "infrastructure"),
            ("19 billion roubles", None, "infrastructure"),
        ],
    ),
    (
        "freight-train-trips",
        "China-Europe freight trains made 1,600 trips via the Zabaikalsk border crossing in the first half, the railway said.",
        [
            ("1,600 trips", "railway", "trade"),
        ],
    ),
    (
        "crossing-designed-for-tonnes",
        "The crossing was designed to handle 70 million tonnes a year.",
        [
            ("70 million tonnes a year", None, "infrastructure"),
        ],
    ),
    (
        "fighter-deal",
        "Russia delivered 24 Su-35 fighter jets to China under a $2 billion deal signed in 2015.",
        [
            ("24 Su-35 fighter jets", None, "military"),
            ("$2 billion", None, "military"),
        ],
    ),
    (
        "drills-said-by-the-ministry",
        "More than 400 military vehicles and 120 aircraft took part in the Vostok drills, the Russian Defence Ministry said.",
        [
            ("More than 400 military vehicles", "Russian Defence Ministry", "military"),
            ("120 aircraft", "Russian Defence Ministry", "military"),
        ],
    ),
    (
        "arms-deal-by-a-person-familiar",
        "China agreed to buy four S-400 battalions from Russia for $3 billion, a person familiar with the deal said.",
        [
            ("four S-400 battalions", "person familiar with the deal", "military"),
            ("$3 billion", "person familiar with the deal", "military"),
        ],
    ),
    (
        "route-named-a-sentence-before",
        "Gazprom signed a deal on the Far Eastern route. Supplies are to reach 10 billion cubic metres a year, the company said.",
        [
            ("10 billion cubic metres a year", "Gazprom", "pipeline"),
        ],
    ),
    (
        "route-named-before-another-paragraph-does-not-reach",
        "Gazprom signed a deal on the Far Eastern route.\n\nTimber supplies are to reach 10 million cubic metres a year.",
        [
            ("10 million cubic metres a year", None, "trade"),
        ],
    ),
    (
        "route-named-before-not-for-named-goods",
        "Gazprom signed a deal on the Far Eastern route. Timber supplies are to reach 10 million cubic metres a year.",
        [
            ("10 million cubic metres a year", None, "trade"),
        ],
    ),
    (
        "route-named-before-for-gas",
        "Gazprom signed a deal on the Far Eastern route. Gas supplies are to reach 10 billion cubic metres a year.",
        [
            ("10 billion cubic metres a year", None, "pipeline"),
        ],
    ),
    (
        "railway-shipments-are-freight",
        "Russian Railways increased shipments to China via border crossings by 7% to 12.4 million tonnes in the first quarter.",
        [
            ("7%", None, "trade"),
            ("12.4 million tonnes", None, "trade"),
        ],
    ),
    (
        "they-stay-the-commodity",
        "Russia shipped 8.1 million tonnes of coking coal to China in the first quarter. They made up 45% of China's coking coal imports.",
        [
            ("8.1 million tonnes", None, "energy"),
            ("45%", None, "energy"),
        ],
    ),
    (
        "loans-for-an-lng-project",
        "Chinese lenders provided 9.3 billion euros of loans for the Yamal LNG project, which has a capacity of 17.4 million tonnes a year.",
        [
            ("9.3 billion euros", None, "finance"),
            ("17.4 million tonnes a year", None, "energy"),
        ],
    ),
    (
        "bonds-for-oil-exports",
        "Gazprom Neft sold 10 billion yuan of bonds to finance oil exports to China.",
        [
            ("10 billion yuan", None, "finance"),
        ],
    ),
    (
        "bridge-designed-for-passengers",
        "The new Heihe bridge will be able to carry 3 million tonnes of cargo and 1.4 million passengers a year.",
        [
            ("3 million tonnes", None, "infrastructure"),
            ("1.4 million passengers a year", None, "infrastructure"),
        ],
    ),
    (
        "airport-designed-for-passengers",
        "The airport can serve 2 million passengers a year.",
        [
            ("2 million passengers a year", None, "infrastructure"),
        ],
    ),
    (
        "passengers-carried-are-travel",
        "Some 2 million passengers flew between the countries, the airline said.",
        [
            ("Some 2 million passengers", "airline", "tourism"),
        ],
    ),
    (
        "trucks-crossed-a-checkpoint",
        "More than 1,500 trucks crossed the Pogranichny checkpoint in June, the regional customs said.",
        [
            ("More than 1,500 trucks", "regional customs", "trade"),
        ],
    ),
    (
        "the-route-after-a-pipeline",
        "The Power of Siberia 2 would carry 50 bcm a year across Mongolia. The route is 6,700 km long.",
        [
            ("50 bcm a year", None, "pipeline"),
            ("6,700 km", None, "pipeline"),
        ],
    ),
    (
        "the-route-after-a-railway",
        "The Zabaikalsk railway carried 20 million tonnes in 2023. The route is 360 km long.",
        [
            ("20 million tonnes", None, "trade"),
            ("360 km", None, "infrastructure"),
        ],
    ),
    (
        "a-spur-of-a-named-pipeline",
        "The ESPO pipeline's Skovorodino–Mohe spur carried 30 million tonnes of crude to China last year, Transneft said.",
        [
            ("30 million tonnes", "Transneft", "pipeline"),
        ],
    ),
    (
        "drills-with-troops-and-aircraft",
        "Some 10,000 troops and 300 aircraft from China and Russia will take part in the Northern Interaction drills, the Chinese defence ministry said.",
        [
            ("Some 10,000 troops", "Chinese defence ministry", "military"),
            ("300 aircraft", "Chinese defence ministry", "military"),
        ],
    ),
    (
        "arms-contract-by-the-head-of-a-body",
        "Russia has completed deliveries of S-400 systems to China under a contract worth more than $3 billion, the head of Rostec said.",
        [
            ("more than $3 billion", "head of Rostec", "military"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _CATEGORIES], ids=[r[0] for r in _CATEGORIES]
)
def test_categories(nlp: Language, text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _records(text) == expected
