"""News it has not seen, tried with short articles written for this file in the genres of
China–Russia news (customs releases, energy majors, ministries, banks, analysts' notes, regional
governments, tourism agencies, railways, defence ministries) and the styles of wires, state
media, the business press and interviews: who gives each figure, what it is about, the figures
news writes that are easy to miss, and numbers that are no figure. Each row is (id, text, every
claim of the text in order with the fields it checks); the names and figures are our own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import sinorus_facts

PUBLISHED = "2024-06-10"


def _claims(text: str) -> list[sinorus_facts.Claim]:
    return sinorus_facts.extract(text, published=PUBLISHED)


# Who gives each figure: a description after a place the clause speaks of ("drills in the Sea
# of Japan, the defence ministry said") is no name of that place; a bare description takes the
# fuller one named before ("the defence ministry in Moscow"); a body described by its role ("the
# regulator", "the watchdog") is the body credited last; a place before a body's noun is no
# person ("the Amur regional government"); "a survey by X", "a study by X" credit X, and "the
# survey found" later too; people of a body who open the sentence ("Analysts at X estimate that": X);
# a speaker set off after an opening phrase ("In an interview with RBC, the head of ..., Name,
# said"); a relay citing "customs data" credits the customs; whom one "told" is the listener, so
# "he" is the governor, not the agency; "the railway" for "Russian Railways"; "their study" for
# those named before; a name that ends in "Statistics" keeps it.
_SOURCES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "described-body-after-a-place-in-the-sea",
        "China and Russia will patrol the East China Sea together, the defence ministry in Beijing said on Tuesday. The patrol involves 12 warships and 30 aircraft, the ministry said.",
        [("12 warships", "defence ministry"), ("30 aircraft", "defence ministry")],
    ),
    (
        "described-body-after-a-place-on-the-river",
        "Ice blocked ferries on the Amur River, the emergencies ministry in Khabarovsk said. About 1,800 passengers were stranded, the ministry said.",
        [("About 1,800 passengers", "emergencies ministry")],
    ),
    (
        "described-body-after-a-place-across",
        "Freight moved across the Argun River, the transport ministry in Chita said. Some 900 trucks crossed in May, the ministry added.",
        [("Some 900 trucks", "transport ministry")],
    ),
    (
        "described-body-after-a-place-near",
        "Troops landed near the Kuril Islands, the defence ministry said. The landing involved 2,300 marines, the ministry said.",
        [("2,300 marines", "defence ministry")],
    ),
    (
        "fuller-description-of-the-agency",
        "Shipments resumed on Monday, the regional tourism agency in Irkutsk said. Bookings from China rose 35% in June, the agency said.",
        [("35%", "regional tourism agency")],
    ),
    (
        "regulator-after-the-bank",
        "The yuan's share of Russian import payments reached 47% in May, according to the Bank of Russia. The dollar's share fell to 11%, the regulator said.",
        [("47%", "Bank of Russia"), ("11%", "Bank of Russia")],
    ),
    (
        "watchdog-after-the-service",
        "Grain exports to China rose 18% to 3.1 million tonnes in the season, according to Rosselkhoznadzor. Barley made up 1.2 million tonnes, the watchdog said.",
        [
            ("18%", "Rosselkhoznadzor"),
            ("3.1 million tonnes", "Rosselkhoznadzor"),
            ("1.2 million tonnes", "Rosselkhoznadzor"),
        ],
    ),
    (
        "lender-after-the-bank",
        "Gazprombank issued bonds worth 15 billion yuan in March, according to the Moscow Exchange. The lender placed another 5 billion yuan in April, the exchange said.",
        [("15 billion yuan", "Moscow Exchange"), ("5 billion yuan", "Moscow Exchange")],
    ),
    (
        "regulator-in-a-later-paragraph",
        "Card payments in yuan rose 60% in 2023, according to the Central Bank of Russia.\n\nTransfers to China fell to 8% of outflows, the regulator said.",
        [("60%", "Central Bank of Russia"), ("8%", "Central Bank of Russia")],
    ),
    (
        "monopoly-after-its-name",
        "Russian Railways carried 22 million tonnes to China via the eastern crossings in the first quarter, according to Russian Railways. Coal accounted for 9 million tonnes, the monopoly said.",
        [("22 million tonnes", "Russian Railways"), ("9 million tonnes", "Russian Railways")],
    ),
    (
        "place-in-a-regional-government",
        "The Blagoveshchensk crossing handled 410 trucks a day in July, the Amur regional government said.",
        [("410 trucks a day", "Amur regional government")],
    ),
    (
        "place-in-a-region-administration",
        "Exports of soybeans from the region rose 25% to 300,000 tonnes, the Jewish Autonomous Region administration said.",
        [
            ("25%", "Jewish Autonomous Region administration"),
            ("300,000 tonnes", "Jewish Autonomous Region administration"),
        ],
    ),
    (
        "place-in-a-press-office",
        "The press office of the Tomsk regional government said 1,100 Chinese students enrolled this year.",
        [("1,100 Chinese students", "press office of the Tomsk regional government")],
    ),
    (
        "place-in-a-city-hall",
        "Visits by Chinese tourists rose 40% to 56,000 in 2023, the Vladivostok city administration said.",
        [("40%", "Vladivostok city administration"), ("56,000", "Vladivostok city administration")],
    ),
    (
        "survey-by-after-according-to",
        "Sales of Chinese cars in Russia grew 2.3 times to 900,000 in 2023, according to a survey by the Autostat agency.",
        [("2.3 times", "Autostat agency"), ("900,000", "Autostat agency")],
    ),
    (
        "study-by-after-according-to",
        "Russian imports of Chinese smartphones fell 6% in the third quarter, according to a study by the Higher School of Economics.",
        [("6%", "Higher School of Economics")],
    ),
    (
        "report-by-after-according-to",
        "Russian oil output fell 1.2% in August, according to a report by the International Energy Agency.",
        [("1.2%", "International Energy Agency")],
    ),
    (
        "analysis-by-after-according-to",
        "China's purchases of Russian LNG rose 23% to 8 million tonnes in 2023, according to an analysis by Kpler.",
        [("23%", "Kpler"), ("8 million tonnes", "Kpler")],
    ),
    (
        "survey-then-the-survey-found",
        "Chinese suppliers raised prices for Russian buyers, according to a survey by the Russian Union of Industrialists and Entrepreneurs. Some 62% of the firms polled reported higher costs, the survey found.",
        [("Some 62%", "Russian Union of Industrialists and Entrepreneurs")],
    ),
    (
        "study-then-the-study-showed",
        "Trade finance costs climbed this year, according to a study by the Centre for Macroeconomic Analysis. Payment delays hit 44% of importers, the study showed.",
        [("44%", "Centre for Macroeconomic Analysis")],
    ),
    (
        "analysts-at-estimate-that",
        "Analysts at Alfa-Bank estimate that the yuan made up 42% of Russia's export receipts in September.",
        [("42%", "Alfa-Bank")],
    ),
    (
        "economists-at-estimate",
        "Economists at Renaissance Capital estimate Chinese goods took 38% of the Russian import market in 2023.",
        [("38%", "Renaissance Capital")],
    ),
    (
        "strategists-from-expect",
        "Strategists from BCS Global Markets expect that trade will reach $260 billion in 2025.",
        [("$260 billion", "BCS Global Markets")],
    ),
    (
        "analysts-at-then-their-note",
        "Analysts at Sinara estimate that coal exports to China fell 7% in the first half. In their note, they said the Eastern Polygon carried 75 million tonnes.",
        [("7%", "Sinara"), ("75 million tonnes", "Sinara")],
    ),
    (
        "interview-then-the-head-then-name",
        "In an interview with Izvestia, the head of the Russia-China Trade House, Pyotr Volkov, said about 500 Chinese firms had joined the exhibition this year.",
        [("about 500 Chinese firms", "Pyotr Volkov")],
    ),
    (
        "speaking-in-then-governor",
        "Speaking in Ussuriysk, Governor Ivan Lebedev said exports to China rose 14% to $2.8 billion in 2023.",
        [("14%", "Ivan Lebedev"), ("$2.8 billion", "Ivan Lebedev")],
    ),
    (
        "interview-then-the-body",
        "In an interview with Kommersant, the Russian Export Center said non-energy exports to China rose 9% in 2023.",
        [("9%", "Russian Export Center")],
    ),
    (
        "relay-citing-customs-data-aside",
        "Vedomosti, citing customs data, reported that Russian fertiliser exports to China rose 30% to 4.4 million tonnes in 2023.",
        [("30%", "customs"), ("4.4 million tonnes", "customs")],
    ),
    (
        "relay-reported-citing-customs-data",
        "RBC reported, citing customs data, that Chinese truck imports fell 12% in January.",
        [("12%", "customs")],
    ),
    (
        "relay-citing-the-service-after",
        "Russian timber exports to China fell 9% to 11 million cubic metres in 2023, Interfax reported, citing the Federal Customs Service.",
        [("9%", "Federal Customs Service"), ("11 million cubic metres", "Federal Customs Service")],
    ),
    (
        "relay-quoted-the-ceo",
        "Novatek shipped 6.2 million tonnes of LNG to China in 2023, Interfax quoted the company's chief executive Leonid Mikhelson as saying.",
        [("6.2 million tonnes", "Leonid Mikhelson")],
    ),
    (
        "told-an-outlet-then-he",
        '"Our grain exports to China reached 600,000 tonnes last year," Altai governor Viktor Tomenko told RIA Novosti. He said the region would triple shipments.',
        [("600,000 tonnes", "Viktor Tomenko"), ("triple", "Viktor Tomenko")],
    ),
    (
        "told-an-agency-then-he-added",
        '"Cargo through the port grew 19% to 7 million tonnes in 2023," Sakhalin governor Valery Limarenko told Interfax. He added that Chinese ships made 340 calls.',
        [
            ("19%", "Valery Limarenko"),
            ("7 million tonnes", "Valery Limarenko"),
            ("340 calls", "Valery Limarenko"),
        ],
    ),
    (
        "the-railway-for-russian-railways",
        "Russian Railways said it carried 64 million tonnes of goods to China in 2023, up 6%. Grain made up 3 million tonnes, the railway said.",
        [
            ("64 million tonnes", "Russian Railways"),
            ("6%", "Russian Railways"),
            ("3 million tonnes", "Russian Railways"),
        ],
    ),
    (
        "their-study-found",
        "Analysts at the Gaidar Institute estimate that Chinese brands held 55% of Russia's car market in May. Their study found that Geely sold 9,800 cars that month.",
        [
            ("55%", "Gaidar Institute"),
            ("9,800 cars", "Gaidar Institute"),
        ],
    ),
    (
        "its-data-showed",
        "Transneft said pumping to China stayed high in 2023. Its data showed that the Skovorodino-Mohe link carried 30 million tonnes.",
        [("30 million tonnes", "Transneft")],
    ),
    (
        "x-s-press-service",
        "Crude shipments to China reached 48 million tonnes in 2023, Rosneft's press service said.",
        [("48 million tonnes", "Rosneft's press service")],
    ),
    (
        "spokesperson-for-x",
        "Coal sales to China rose 17% to 19 million tonnes in 2023, a spokesperson for SUEK said.",
        [("17%", "spokesperson for SUEK"), ("19 million tonnes", "spokesperson for SUEK")],
    ),
    (
        "speaker-of-a-quote-before-cited-data",
        '"According to customs data, our exports to China rose 21% to $1.9 billion," Khabarovsk governor Dmitry Demeshin said.',
        [("21%", "Dmitry Demeshin"), ("$1.9 billion", "Dmitry Demeshin")],
    ),
    (
        "data-released-by-then-breakdowns",
        "Russia's trade with China rose 26% to $240 billion in 2023, according to data released on Sunday by the Federal Customs Service of Russia. Russian exports grew 13% to $129 billion.",
        [
            ("26%", "Federal Customs Service of Russia"),
            ("$240 billion", "Federal Customs Service of Russia"),
            ("13%", "Federal Customs Service of Russia"),
            ("$129 billion", "Federal Customs Service of Russia"),
        ],
    ),
    (
        "figures-from-showed-then-later-paragraph",
        "Figures from the Federal Customs Service showed that exports of Russian beef to China rose 4.7 times to 41,000 tonnes in 2023.\n\nPork exports rose 80% to 120,000 tonnes.",
        [
            ("4.7 times", "Federal Customs Service"),
            ("41,000 tonnes", "Federal Customs Service"),
            ("80%", "Federal Customs Service"),
            ("120,000 tonnes", "Federal Customs Service"),
        ],
    ),
    (
        "source-after-figures-of-the-report",
        "Exports of Russian dairy products to China rose 60% in 2023. Ice cream sales rose 35% to 7,000 tonnes, the Agroexport center said.",
        [
            ("60%", "Agroexport center"),
            ("35%", "Agroexport center"),
            ("7,000 tonnes", "Agroexport center"),
        ],
    ),
    (
        "writer-background-ends-the-carry",
        "Imports of Chinese trucks rose 9% in January, the customs service said.\n\nThe first Chinese truck plant in Russia opened in 1998 with a capacity of 2,000 vehicles.",
        [("9%", "customs service"), ("2,000 vehicles", None)],
    ),
    (
        "described-body-after-a-place-off",
        "Two Chinese frigates sailed off the coast of Hokkaido, the defence ministry in Tokyo said. The group included 5 ships, the ministry said.",
        [("Two Chinese frigates", "defence ministry in Tokyo"), ("5 ships", "defence ministry")],
    ),
    (
        "described-body-after-a-place-over",
        "Bombers flew over the Sea of Okhotsk, the defence ministry said. Each patrol lasted 8 hours, the ministry said.",
        [("8 hours", "defence ministry")],
    ),
    (
        "regulator-after-the-central-bank-two-sentences",
        "Russian banks held 1.2 trillion yuan in deposits in March, according to the Bank of Russia. Yuan loans rose 14% in the quarter, the regulator said.",
        [("1.2 trillion yuan", "Bank of Russia"), ("14%", "Bank of Russia")],
    ),
    (
        "watchdog-after-a-service-later",
        "Soybean imports from China fell 20% in 2023, according to Rosselkhoznadzor.\n\nRapeseed exports doubled, the watchdog said.",
        [("20%", "Rosselkhoznadzor"), ("doubled", "Rosselkhoznadzor")],
    ),
    (
        "statisticians-after-the-office",
        "Harbin's trade with Russia rose 16% to 25 billion yuan in 2023, according to the Harbin Municipal Statistics Bureau. Imports made up 70%, the statisticians said.",
        [
            ("16%", "Harbin Municipal Statistics Bureau"),
            ("25 billion yuan", "Harbin Municipal Statistics Bureau"),
            ("70%", "Harbin Municipal Statistics Bureau"),
        ],
    ),
    (
        "place-in-a-regional-ministry",
        "The Sakhalin regional ministry of economy said 2,400 Chinese tourists visited the island in May.",
        [("2,400 Chinese tourists", "Sakhalin regional ministry of economy")],
    ),
    (
        "place-in-a-governments-press-service",
        "The press service of the Zabaikalsky Krai government said 6,500 trucks crossed at Zabaikalsk in March.",
        [("6,500 trucks", "press service of the Zabaikalsky Krai government")],
    ),
    (
        "survey-by-a-named-agency-then-breakdowns",
        "Chinese brands took 57% of Russian car sales in the first half, according to a survey by the Autostat agency. Haval led with 82,000 cars.",
        [("57%", "Autostat agency"), ("82,000 cars", "Autostat agency")],
    ),
    (
        "study-from-after-according-to",
        "Russian exports of frozen fish to China rose 8% to 1.1 million tonnes in 2023, according to a study from the Russian Fish Union.",
        [("8%", "Russian Fish Union"), ("1.1 million tonnes", "Russian Fish Union")],
    ),
    (
        "review-by-after-according-to",
        "Chinese investment in Russian farmland fell 10% in 2023, according to a review by the Russian Agricultural Bank.",
        [("10%", "Russian Agricultural Bank")],
    ),
    (
        "economists-at-expect",
        "Economists at Sovcombank expect the yuan to reach 13 roubles by December.",
        [("13 roubles", "Sovcombank")],
    ),
    (
        "researchers-at-estimate",
        "Researchers at the Institute of Far Eastern Studies estimate that 15,000 Chinese workers are employed in Primorye.",
        [("15,000 Chinese workers", "Institute of Far Eastern Studies")],
    ),
    (
        "analysts-from-believe",
        "Analysts from Tsifra Broker believe that the yuan will make up 40% of Russia's currency reserves.",
        [("40%", "Tsifra Broker")],
    ),
    (
        "at-a-forum-the-minister-name",
        "At a forum in Harbin, the Russian deputy economy minister, Dmitry Volvach, said trade with northeast China rose 10% in 2023.",
        [("10%", "Dmitry Volvach")],
    ),
    (
        "relay-citing-customs-data-before-verb",
        "Izvestia, citing customs data, reported that Russian pork exports to China rose 2.6 times to 140,000 tonnes.",
        [("2.6 times", "customs"), ("140,000 tonnes", "customs")],
    ),
    (
        "relay-reported-citing-the-ministry",
        "Kommersant reported, citing the Ministry of Agriculture, that Russian grain exports to China reached 4.7 million tonnes.",
        [("4.7 million tonnes", "Ministry of Agriculture")],
    ),
    (
        "told-a-newspaper-then-he",
        '"We sold 2,800 cars to China last year," AvtoVAZ chief Maxim Sokolov told Vedomosti. He said sales would reach 5,000 this year.',
        [("2,800 cars", "Maxim Sokolov")],
    ),
    (
        "told-reporters-then-he",
        '"Exports of our salmon to China rose 30%," Kamchatka governor Vladimir Solodov told reporters. He said shipments would grow by another 10%.',
        [("30%", "Vladimir Solodov"), ("10%", "Vladimir Solodov")],
    ),
    (
        "the-railways-short-for-a-railway",
        "China Railway Harbin Group said it ran 2,800 freight trains to Russia in 2023, up 9%. Cross-border traffic rose 12%, the railway said.",
        [
            ("2,800 freight trains", "China Railway Harbin Group"),
            ("9%", "China Railway Harbin Group"),
            ("12%", "China Railway Harbin Group"),
        ],
    ),
    (
        "their-analysis-showed",
        "Economists at the Bank of Finland estimate that China took 30% of Russian exports in 2023. Their analysis showed that oil made up 63% of those sales.",
        [
            ("30%", "Bank of Finland"),
            ("63%", "Bank of Finland"),
        ],
    ),
    (
        "the-ministry-after-a-named-ministry",
        "Russia's Ministry of Industry and Trade said 45,000 Chinese buses were registered in 2023. Electric buses made up 6,000, the ministry said.",
        [("45,000 Chinese buses", "Russia's Ministry of Industry and Trade")],
    ),
    (
        "the-company-after-a-company",
        "Gazprom pumped 22.7 bcm to China in 2023, the company said.",
        [("22.7 bcm", "Gazprom")],
    ),
    (
        "quote-speaker-outranks-data",
        '"Statistics show our timber exports to China fell 18% to 8 million cubic metres," Irkutsk governor Igor Kobzev said.',
        [("18%", "Igor Kobzev"), ("8 million cubic metres", "Igor Kobzev")],
    ),
    (
        "new-data-released-by-in-the-lead",
        "Imports of Chinese cars to Kazakhstan rose 44% in 2023, according to new data released on Monday by the Kazakh Bureau of National Statistics. Chinese models made up 37% of sales.",
        [
            ("44%", "Kazakh Bureau of National Statistics"),
            ("37%", "Kazakh Bureau of National Statistics"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _SOURCES], ids=[r[0] for r in _SOURCES]
)
def test_sources(nlp: Language, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c.evidence.quantity, c.attribution) for c in _claims(text)] == expected


# What a figure is about: a flow whose sentence names no goods ("another supplier with 52
# million tonnes", "Qatar shipped ...", "shipments to grow 8%") is of the fuel the figure before
# measured, while "wheat exports" or "trade turnover" keep their own; freight a speaker reports
# was carried is trade; a count a crossing or bridge can pass is its design (infrastructure); a
# cable car is infrastructure; a duration whose sentence names no topic takes the topic of the
# figure before; the instrument decides before the topic.
_CATEGORIES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "another-supplier-with-tonnes",
        "Russian coal exports to China rose 12% to 95 million tonnes in 2023. Australia, another supplier with 52 million tonnes, regained ground.",
        [("12%", "energy"), ("95 million tonnes", "energy"), ("52 million tonnes", "energy")],
    ),
    (
        "qatar-shipped-over-the-period",
        "Russian LNG deliveries to China rose 30% to 8 million tonnes in 2023. Qatar shipped 17 million tonnes over the same period.",
        [("30%", "energy"), ("8 million tonnes", "energy"), ("17 million tonnes", "energy")],
    ),
    (
        "shipments-expected-to-grow",
        "Russia's Ministry of Energy said coal exports to China reached 38 million tonnes in January-April. The ministry expects shipments to grow by another 8% this year.",
        [("38 million tonnes", "energy"), ("8%", "energy")],
    ),
    (
        "bought-after-oil",
        "China imported 107 million tonnes of Russian oil in 2023. Saudi Arabia sold 86 million tonnes to China in the same year.",
        [("107 million tonnes", "energy"), ("86 million tonnes", "energy")],
    ),
    (
        "wheat-after-coal-keeps-trade",
        "Russian coal exports to China rose 12% to 95 million tonnes in 2023. Wheat exports reached 1.5 million tonnes.",
        [("12%", "energy"), ("95 million tonnes", "energy"), ("1.5 million tonnes", "trade")],
    ),
    (
        "trade-turnover-after-coal-keeps-trade",
        "Russian coal exports to China rose 12% to 95 million tonnes in 2023. Trade turnover reached $240 billion.",
        [("12%", "energy"), ("95 million tonnes", "energy"), ("$240 billion", "trade")],
    ),
    (
        "carried-teu-reported",
        "Russian Railways said freight trains carried 120,000 TEU to China through the Grodekovo crossing in the first half, up 14%.",
        [("120,000 TEU", "trade"), ("14%", "trade")],
    ),
    (
        "carried-tonnes-reported",
        "The port operator said its terminals handled 4.2 million tonnes of Chinese cargo in 2023.",
        [("4.2 million tonnes", "trade")],
    ),
    (
        "crossing-can-process-trucks",
        "The Nizhneleninskoye crossing can process 320 trucks a day, the Jewish Autonomous Region government said.",
        [("320 trucks a day", "infrastructure")],
    ),
    (
        "checkpoint-designed-for-vehicles",
        "The Kraskino checkpoint was designed to pass 600 vehicles a day after its upgrade.",
        [("600 vehicles", "infrastructure")],
    ),
    (
        "bridge-can-carry-cars",
        "The Heihe bridge can carry 630 cars and 70 trucks a day.",
        [("630 cars", "infrastructure"), ("70 trucks a day", "infrastructure")],
    ),
    (
        "cable-car-length",
        "The 1-km cable car over the Amur will link Blagoveshchensk and Heihe.",
        [("1-km", "infrastructure")],
    ),
    (
        "cable-car-cost",
        "The cable car across the river will cost 6 billion roubles.",
        [("6 billion roubles", "infrastructure")],
    ),
    (
        "duration-first-drop-in-years",
        "China's imports of Russian nickel nearly doubled to 90,000 tonnes in 2023. The first drop in six years came in 2020.",
        [("nearly doubled", "trade"), ("90,000 tonnes", "trade"), ("six years", "trade")],
    ),
    (
        "duration-consecutive-years-students",
        "Some 66,000 Chinese students studied in Russia in 2023. Their number has risen for five consecutive years.",
        [
            ("Some 66,000 Chinese students", "demographics"),
            ("five consecutive years", "demographics"),
        ],
    ),
    (
        "duration-long-contract-of-a-pipeline",
        "Gazprom will pump 10 bcm a year via the Far Eastern route under a 25-year contract.",
        [("10 bcm a year", "pipeline"), ("25-year", "pipeline")],
    ),
    (
        "stake-in-an-energy-story",
        "CNPC holds a 20% stake in the Yamal LNG project.",
        [("20%", "investment")],
    ),
    (
        "loan-in-an-energy-story",
        "Chinese banks lent $12 billion to the Yamal LNG project.",
        [("$12 billion", "finance")],
    ),
    (
        "yuan-share-of-settlements",
        "The yuan's share of Russia's export settlements with China reached 95% in 2023.",
        [("95%", "finance")],
    ),
    (
        "bond-in-a-trade-story",
        "Rusal placed yuan bonds worth 4 billion yuan on the Moscow Exchange.",
        [("4 billion yuan", "finance")],
    ),
    (
        "freight-trains-made-trips",
        "China-Russia freight trains made 3,100 trips via Zabaikalsk in 2023.",
        [("3,100 trips", "trade")],
    ),
    (
        "exercise-troops",
        "The Northern Interaction exercise involved 2,000 troops and 10 warships.",
        [("2,000 troops", "military"), ("10 warships", "military")],
    ),
    (
        "arms-deal-sum",
        "Rosoboronexport signed arms contracts worth $2 billion with Chinese buyers.",
        [("$2 billion", "military")],
    ),
    (
        "named-route-volume",
        "Gazprom pumped 22.7 bcm of gas to China via the Power of Siberia in 2023.",
        [("22.7 bcm of gas", "pipeline")],
    ),
    (
        "another-supplier-of-gas-in-bcm",
        "Russian pipeline gas supplies to China rose 47% in 2023. Turkmenistan, another supplier with 34 bcm, stayed first.",
        [("47%", "energy"), ("34 bcm", "energy")],
    ),
    (
        "mongolia-shipped-after-coal",
        "Russian coal exports to China reached 102 million tonnes in 2023. Mongolia shipped 70 million tonnes in the same year.",
        [("102 million tonnes", "energy"), ("70 million tonnes", "energy")],
    ),
    (
        "sales-expected-to-rise-after-lng",
        "Novatek's LNG sales to China rose 20% to 6 million tonnes in 2023. The company expects sales to rise 15% next year.",
        [("20%", "energy"), ("6 million tonnes", "energy"), ("15%", "energy")],
    ),
    (
        "timber-after-coal-keeps-trade",
        "Russian coal exports to China reached 102 million tonnes in 2023. Timber exports reached 12 million cubic metres.",
        [("102 million tonnes", "energy"), ("12 million cubic metres", "trade")],
    ),
    (
        "carried-tonnes-reported-by-a-railway",
        "Russian Railways said it carried 3.4 million tonnes of grain to China in 2023.",
        [("3.4 million tonnes", "trade")],
    ),
    (
        "crossing-can-handle-cars-with-trucks",
        "The Pogranichny crossing can handle 500 cars and 150 trucks a day, the Primorye government said.",
        [("500 cars", "infrastructure"), ("150 trucks a day", "infrastructure")],
    ),
    (
        "bridge-designed-for-trucks",
        "The bridge was designed for 630 trucks a day.",
        [("630 trucks a day", "infrastructure")],
    ),
    (
        "duration-consecutive-months-after-oil",
        "China imported 9.8 million tonnes of Russian crude in May. Russia has been the top supplier for 14 consecutive months.",
        [("9.8 million tonnes", "energy"), ("14 consecutive months", "energy")],
    ),
    (
        "duration-term-of-a-loan",
        "The Bank of China granted a 5-year loan of 2 billion yuan to Sberbank.",
        [("5-year", "finance"), ("2 billion yuan", "finance")],
    ),
    (
        "freight-trucks-made-trips",
        "Trucks made 52,000 trips across the Manzhouli crossing in 2023.",
        [("52,000 trips", "trade")],
    ),
    (
        "exercise-aircraft",
        "The Joint Sea-2023 drills involved 20 aircraft.",
        [("20 aircraft", "military")],
    ),
    (
        "pipeline-design-capacity",
        "The Soyuz Vostok pipeline is designed to carry 50 bcm of gas a year.",
        [("50 bcm of gas a year", "pipeline")],
    ),
    (
        "loan-share-of-settlements-in-trade-story",
        "The rouble and the yuan made up 95% of settlements between Russia and China in 2023.",
        [("95%", "finance")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _CATEGORIES], ids=[r[0] for r in _CATEGORIES]
)
def test_categories(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.evidence.quantity, c.category) for c in _claims(text)] == expected


# Figures easy to miss: a part of a count named before ("20,000 of them", "the remaining
# 90,000", "the other 700") takes that count's unit; "half" after a verb of a share or opening its
# sentence before its whole is a share; "over four consecutive years" is a run with no bound.
_FIGURES: list[tuple[str, str, list[tuple[str, float, str | None]]]] = [
    (
        "n-of-them-after-visitors",
        "Tourist arrivals from China to Khabarovsk grew 2.1-fold to 84,000 in the first half. About 60% of the visitors came by air, and 20,000 of them from Harbin.",
        [
            ("2.1-fold", 2.1, "x"),
            ("84,000", 84000.0, "count"),
            ("About 60%", 60.0, "%"),
            ("20,000 of them", 20000.0, "count"),
        ],
    ),
    (
        "the-remaining-after-tourists",
        "Some 420,000 Chinese tourists visited Moscow in 2023. The remaining 90,000 came on business trips.",
        [("Some 420,000 Chinese tourists", 420000.0, "person"), ("90,000", 90000.0, "person")],
    ),
    (
        "the-remaining-after-trips",
        "Chinese citizens made 1.1 million trips to Russia in 2023. The remaining 250,000 were visa-free tours.",
        [("1.1 million trips", 1100000.0, "count"), ("250,000", 250000.0, "count")],
    ),
    (
        "the-other-after-companies",
        "Some 2,100 Chinese companies are registered in Primorye. The other 700 are based in Khabarovsk.",
        [("Some 2,100 Chinese companies", 2100.0, "count"), ("700", 700.0, "count")],
    ),
    (
        "half-made-up",
        "Rapeseed exports to China rose 50% in the season. Rapeseed oil made up half of the volume.",
        [("50%", 50.0, "%"), ("half", 50.0, "%")],
    ),
    (
        "half-accounted-for",
        "Crude accounted for half of Russia's exports to China in 2023.",
        [("half", 50.0, "%")],
    ),
    (
        "half-opening-a-sentence",
        "Half of Russian importers now pay Chinese suppliers in yuan.",
        [("Half", 50.0, "%")],
    ),
    (
        "half-of-our-clients",
        "Half of our corporate clients settle with China in yuan, the bank said.",
        [("Half", 50.0, "%")],
    ),
    (
        "almost-a-third",
        "Energy made up almost a third of bilateral trade in 2023.",
        [("almost a third", 33.33, "%")],
    ),
    (
        "nearly-doubled",
        "Exports of Russian honey to China nearly doubled in 2023.",
        [("nearly doubled", 2.0, "x")],
    ),
    (
        "half-as-much",
        "China bought half as much Russian barley as in 2022.",
        [("half as much", 0.5, "x")],
    ),
    (
        "one-point-four-seven-mt",
        "The new terminal handled 1.47 mt of coal in its first year.",
        [("1.47 mt", 1470000.0, "t")],
    ),
    (
        "vehicles-annually",
        "The bridge will carry 150,000 vehicles annually.",
        [("150,000 vehicles annually", 150000.0, "count/yr")],
    ),
    (
        "over-consecutive-years-no-bound",
        "Chinese investment in the region has risen by a fifth over three consecutive years.",
        [("a fifth", 20.0, "%"), ("over three consecutive years", 3.0, "year")],
    ),
    (
        "for-over-consecutive-years-bound",
        "Exports have grown for over four consecutive years.",
        [("over four consecutive years", 4.0, "year")],
    ),
    (
        "next-years-term",
        "Rosneft will supply China with 7 million tonnes of oil a year for the next 15 years.",
        [("7 million tonnes of oil a year", 7000000.0, "t/yr"), ("15 years", 15.0, "year")],
    ),
    (
        "contract-years",
        "Novatek signed a 20-year contract to supply 3 million tonnes of LNG a year.",
        [("20-year", 20.0, "year"), ("3 million tonnes of LNG a year", 3000000.0, "t/yr")],
    ),
    (
        "hyphen-billion",
        "China Development Bank opened a $9-billion credit line for VEB.",
        [("$9-billion", 9000000000.0, "USD")],
    ),
    (
        "fold-to-count",
        "Flights between Moscow and Beijing grew 3.5-fold to 1,700 in 2023.",
        [("3.5-fold", 3.5, "x"), ("1,700", 1700.0, "count")],
    ),
    (
        "n-of-them-after-students",
        "Russian universities enrolled 56,000 Chinese students in 2023, and 12,000 of them studied in Moscow.",
        [("56,000 Chinese students", 56000.0, "person"), ("12,000 of them", 12000.0, "person")],
    ),
    (
        "the-remaining-after-a-per-cent-and-count",
        "Russia exported 4,800 tractors to China in 2023. The remaining 1,200 went to Kazakhstan.",
        [("4,800 tractors", 4800.0, "count"), ("1,200", 1200.0, "count")],
    ),
    (
        "half-represented",
        "Oil represented half of Russian exports to China.",
        [("half", 50.0, "%")],
    ),
    (
        "half-made-up-share-of-cars",
        "Chinese brands made up half of Russian car sales in 2023.",
        [("half", 50.0, "%")],
    ),
    (
        "nearly-a-quarter",
        "Farm goods made up nearly a quarter of Russian exports to China.",
        [("nearly a quarter", 25.0, "%")],
    ),
    (
        "more-than-doubled",
        "Imports of Chinese tyres more than doubled in 2023.",
        [("more than doubled", 2.0, "x")],
    ),
    ("fourfold", "Exports of Russian chocolate to China rose fourfold.", [("fourfold", 4.0, "x")]),
    ("two-point-three-mt", "The port handled 2.3 mt of iron ore.", [("2.3 mt", 2300000.0, "t")]),
    (
        "trips-annually",
        "The new line will run 12,000 trips annually.",
        [("12,000 trips annually", 12000.0, "count/yr")],
    ),
    (
        "years-long-contract",
        "The two sides signed a 30-year gas contract.",
        [("30-year", 30.0, "year")],
    ),
    (
        "for-the-next-decade-years",
        "CNPC will buy 5 million tonnes of Russian oil a year for the next 10 years.",
        [("5 million tonnes of Russian oil a year", 5000000.0, "t/yr"), ("10 years", 10.0, "year")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _FIGURES], ids=[r[0] for r in _FIGURES]
)
def test_figures(nlp: Language, text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert [
        (c.evidence.quantity, round(float(c.value), 2), c.unit) for c in _claims(text)
    ] == expected


# Numbers that are no figure: the span a change took ("worsened over six months", "fell over
# three years"; "lasted over six months" is a term and stays), "half the time", names with
# numbers, a rate's basis, ages of things, page numbers and scores.
_TRAPS: list[tuple[str, str, list[tuple[str, float, str | None]]]] = [
    ("worsened-over-months", "The author said the situation had worsened over six months.", []),
    ("improved-over-years", "Relations have improved over ten years, the envoy said.", []),
    ("declined-over-months", "Demand for Russian timber declined over eight months.", []),
    (
        "lasted-over-months-stays",
        "The talks lasted over six months.",
        [("over six months", 6.0, "month")],
    ),
    ("half-the-time", "Half the time the crossing is closed for repairs.", []),
    ("half-of-his-life", "He spent half of his life in Harbin.", []),
    ("jan-sep-frame", "In January-September 2023, trade grew 30%.", [("30%", 30.0, "%")]),
    (
        "nine-months-of-the-season",
        "For 9 months of the season, wheat exports grew 12%.",
        [("12%", 12.0, "%")],
    ),
    ("units-of-a-plant", "Rosatom is building units 3 and 4 of the Xudapu plant.", []),
    (
        "exercise-name-year",
        "The Vostok-2018 drills drew 300,000 troops.",
        [("300,000 troops", 300000.0, "person")],
    ),
    ("yuan-per-roubles", "The rate stood at 7.9 yuan per 100 roubles.", [("7.9 yuan", 7.9, "CNY")]),
    ("a-thousand-year-old", "A 1,000-year-old temple in Harbin reopened.", []),
    ("year-before-yoy", "Exports rose 11% in 2022 year-on-year.", [("11%", 11.0, "%")]),
    ("nine-m", "Revenue in 9M 2023 rose 8%.", [("8%", 8.0, "%")]),
    ("anecdote-two-daughters", "A man with his two daughters waited at the crossing.", []),
    ("phone-number", "For bookings, call +7 423 220 55 66.", []),
    ("another-n-officials", "Another two officials joined the talks.", []),
    ("fell-over-years", "The share of the dollar fell over three years.", []),
    ("weakened-over-months", "The rouble weakened over six months.", []),
    ("over-the-first-half-frame", "Over the first six months, trade rose 2%.", [("2%", 2.0, "%")]),
    ("half-of-them-pronoun", "Half of them were from Harbin.", []),
    ("units-5-and-6", "The plant's units 5 and 6 were built by Russia.", []),
    (
        "exercise-name-year-in-brackets",
        "The Zapad (2021) exercise drew 200,000 troops.",
        [("200,000 troops", 200000.0, "person")],
    ),
    ("page-number", "See page 12 of the report.", []),
    ("score-of-a-match", "Russia beat China 3-1 in the friendly.", []),
    ("year-old-bridge", "The 50-year-old bridge was closed.", []),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in _TRAPS], ids=[r[0] for r in _TRAPS])
def test_traps(nlp: Language, text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert [
        (c.evidence.quantity, round(float(c.value), 2), c.unit) for c in _claims(text)
    ] == expected
