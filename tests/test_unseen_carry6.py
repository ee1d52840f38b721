"""News it has not seen (issues 24/25, carry6): how the article carries a report's period and
its source across the sentences and paragraphs of long pieces (customs and statistics reports
with breakdowns, company results, ministry briefings, features, opinion pieces, explainers,
interviews), and where the carry stops: the writer's background and comment, a look back at
another time, a second speaker, another topic, a headline that names the source, two reports in
one article. Each row is (id, publication date, text, the records it checks: the figure as
quoted, its period's start and end, its source); the articles, names and figures are our own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import sinorus_facts

Record = tuple[str, str | None, str | None, str | None]

_ROWS: list[tuple[str, str, str, list[Record]]] = [
    (
        "opinion-pivot",
        "2024-05-20",
        "Why Moscow's pivot to Beijing has limits\n\nRussia's turn to the east has been hailed as a triumph. The numbers tell a more complicated story.\n\nIn the first four months of 2024, trade between the two countries fell 1.6% to $72 billion, according to China's customs administration GACC. Chinese exports to Russia dropped 9% to $31 billion, while imports from Russia rose 5% to $41 billion.\n\nCompare this with 2014, when Western sanctions first hit and bilateral trade stood at $95 billion.\n\nThe Power of Siberia pipeline, launched in 2019, was designed to pump 38 billion cubic metres a year.\n\nMeanwhile, Russia's share of China's LNG imports is below 10%. China accounts for about a third of Russia's foreign trade.",
        [
            ("1.6%", "2024-01-01", "2024-04-30", "China's customs administration GACC"),
            ("$72 billion", "2024-01-01", "2024-04-30", "China's customs administration GACC"),
            ("9%", "2024-01-01", "2024-04-30", "China's customs administration GACC"),
            ("$31 billion", "2024-01-01", "2024-04-30", "China's customs administration GACC"),
            ("5%", "2024-01-01", "2024-04-30", "China's customs administration GACC"),
            ("$41 billion", "2024-01-01", "2024-04-30", "China's customs administration GACC"),
            ("$95 billion", "2014-01-01", "2014-12-31", None),
            ("38 billion cubic metres a year", None, None, None),
            ("below 10%", None, None, None),
            ("about a third", None, None, None),
        ],
    ),
    (
        "tass-janfeb",
        "2024-03-07",
        "Russia-China trade up 8.9% in January-February — customs\n\nBEIJING, March 7. /TASS/. Trade between Russia and China in January-February 2024 grew by 8.9% year-on-year to $36.3 billion, China's customs administration GACC reported on Thursday.\n\nChinese exports to Russia increased by 12.5% to $17.1 billion. Imports from Russia rose by 5.8% to $19.2 billion.\n\nOf the imports, crude oil accounted for $11 billion. Next come coal at $2.1 billion and timber at $0.9 billion.\n\nIn 2023, bilateral trade reached a record $240.1 billion, according to the customs. China has been Russia's largest trading partner for 14 years in a row.",
        [
            ("8.9%", "2024-01-01", "2024-02-29", "China's customs administration GACC"),
            ("8.9%", "2024-01-01", "2024-02-29", "China's customs administration GACC"),
            ("$36.3 billion", "2024-01-01", "2024-02-29", "China's customs administration GACC"),
            ("12.5%", "2024-01-01", "2024-02-29", "China's customs administration GACC"),
            ("$17.1 billion", "2024-01-01", "2024-02-29", "China's customs administration GACC"),
            ("5.8%", "2024-01-01", "2024-02-29", "China's customs administration GACC"),
            ("$19.2 billion", "2024-01-01", "2024-02-29", "China's customs administration GACC"),
            ("$11 billion", "2024-01-01", "2024-02-29", "China's customs administration GACC"),
            ("$2.1 billion", "2024-01-01", "2024-02-29", "China's customs administration GACC"),
            ("$0.9 billion", "2024-01-01", "2024-02-29", "China's customs administration GACC"),
            ("$240.1 billion", "2023-01-01", "2023-12-31", "China's customs administration GACC"),
            ("14 years", None, None, None),
        ],
    ),
    (
        "reuters-gazprom",
        "2024-05-02",
        "Gazprom's exports to China jump as Europe sales slump\n\nMOSCOW, May 2 (Reuters) - Gazprom said on Thursday its first-quarter gas exports to China through the Power of Siberia line rose 40% to 7.2 billion cubic metres. Its sales to Europe and Turkey fell 12% to 6.5 bcm, the company said.\n\nThe company's net loss reached 629 billion roubles in 2023, its first annual loss in over two decades.\n\nAnalysts at Raiffeisen expect Chinese volumes to reach 38 bcm in 2025. \"We see limited upside beyond that,\" said analyst Ivan Petrov.\n\nRussia holds the world's largest natural gas reserves, estimated at about 47 trillion cubic metres.",
        [
            ("40%", "2024-01-01", "2024-03-31", "Gazprom"),
            ("7.2 billion cubic metres", "2024-01-01", "2024-03-31", "Gazprom"),
            ("12%", "2024-01-01", "2024-03-31", "Gazprom"),
            ("6.5 bcm", "2024-01-01", "2024-03-31", "Gazprom"),
            ("629 billion roubles", "2023-01-01", "2023-12-31", None),
            ("38 bcm", "2025-01-01", "2025-12-31", "Raiffeisen"),
            ("about 47 trillion cubic metres", None, None, None),
        ],
    ),
    (
        "interfax-two-reports",
        "2024-08-12",
        "Russia's GDP grew 4% in the second quarter, Rosstat said on Monday. Industrial output rose 5.1% in the same period, and retail sales climbed 7.7%.\n\nSeparately, the Federal Customs Service said Russia's exports fell 4.5% to $203 billion in the first half of the year. Imports dropped 5.7% to $139 billion. Asia took 74% of exports.\n\nInterfax reported, citing the Central Bank, that the yuan's share of export settlements reached 53% in June.",
        [
            ("4%", "2024-04-01", "2024-06-30", "Rosstat"),
            ("5.1%", "2024-04-01", "2024-06-30", "Rosstat"),
            ("7.7%", "2024-04-01", "2024-06-30", "Rosstat"),
            ("4.5%", "2024-01-01", "2024-06-30", "Federal Customs Service"),
            ("$203 billion", "2024-01-01", "2024-06-30", "Federal Customs Service"),
            ("5.7%", "2024-01-01", "2024-06-30", "Federal Customs Service"),
            ("$139 billion", "2024-01-01", "2024-06-30", "Federal Customs Service"),
            ("74%", "2024-01-01", "2024-06-30", "Federal Customs Service"),
            ("53%", "2024-06-01", "2024-06-30", "Central Bank"),
        ],
    ),
    (
        "xinhua-record",
        "2024-01-15",
        "China-Russia trade hits record in 2023\n\nBEIJING, Jan. 15 (Xinhua) -- Trade between China and Russia surged 26.3 percent year on year to 240.1 billion U.S. dollars in 2023, data from China's customs showed.\n\nChina's exports to Russia totaled 111 billion dollars, up 46.9 percent, while imports reached 129 billion dollars, up 12.7 percent. Machinery and electronic products accounted for over half of the exports.\n\nThe two countries share a border of more than 4,200 km. Heihe and Blagoveshchensk, twin cities on the Amur River, are linked by a bridge that opened in 2022 and is 1,080 meters long.\n\n\"Economic cooperation has entered a new stage,\" said Vice Minister Wang Shouwen.",
        [
            ("26.3 percent", "2023-01-01", "2023-12-31", "China's customs"),
            ("240.1 billion U.S. dollars", "2023-01-01", "2023-12-31", "China's customs"),
            ("111 billion dollars", "2023-01-01", "2023-12-31", "China's customs"),
            ("46.9 percent", "2023-01-01", "2023-12-31", "China's customs"),
            ("129 billion dollars", "2023-01-01", "2023-12-31", "China's customs"),
            ("12.7 percent", "2023-01-01", "2023-12-31", "China's customs"),
            ("over half", "2023-01-01", "2023-12-31", "China's customs"),
            ("more than 4,200 km", None, None, None),
            ("1,080 meters", None, None, None),
        ],
    ),
    (
        "kommersant-payments",
        "2024-07-01",
        'Yuan ties: how payments between Russia and China got stuck\n\nPayment problems are mounting. In the first five months of the year, Chinese exports to Russia fell 2.3% to $45 billion, according to Chinese customs. In May alone they dropped 2%.\n\nBanks are the bottleneck. About 80% of payments from Russia are now returned by Chinese banks, said Alexei Poroshin, head of a payment agent. "It can take three months to get money through," he said.\n\nRussia\'s largest lender, Sberbank, has about 100 million clients. By comparison, in 2021 just 0.5% of Russian exports were settled in yuan.',
        [
            ("2.3%", "2024-01-01", "2024-05-31", "Chinese customs"),
            ("$45 billion", "2024-01-01", "2024-05-31", "Chinese customs"),
            ("2%", "2024-05-01", "2024-05-31", "Chinese customs"),
            ("about 100 million clients", None, None, None),
            ("0.5%", "2021-01-01", "2021-12-31", None),
        ],
    ),
    (
        "ria-agri",
        "2024-04-10",
        "Russian Agriculture Ministry: exports to China up 22%\n\nMOSCOW, April 10 (RIA Novosti) - Russian agricultural exports to China grew 22% to $1.9 billion in the first quarter, the Agriculture Ministry said on Wednesday.\n\nThe ministry said shipments of grain rose to 700,000 tonnes, followed by vegetable oils at 420,000 tonnes and pork at 35,000 tonnes. The rest consisted mostly of fish and seafood.\n\nLast year, agricultural exports to China reached $7.6 billion, with China the largest buyer of Russian farm products.\n\nThe Agroexport center expects exports to China to exceed $10 billion by 2030.",
        [
            ("22%", "2024-01-01", "2024-03-31", "Russian Agriculture Ministry"),
            ("22%", "2024-01-01", "2024-03-31", "Agriculture Ministry"),
            ("$1.9 billion", "2024-01-01", "2024-03-31", "Agriculture Ministry"),
            ("700,000 tonnes", "2024-01-01", "2024-03-31", "Agriculture Ministry"),
            ("420,000 tonnes", "2024-01-01", "2024-03-31", "Agriculture Ministry"),
            ("35,000 tonnes", "2024-01-01", "2024-03-31", "Agriculture Ministry"),
            ("$7.6 billion", "2023-01-01", "2023-12-31", None),
            ("exceed $10 billion", "2030-01-01", "2030-12-31", "Agroexport center"),
        ],
    ),
    (
        "scmp-harbin",
        "2024-09-02",
        'Harbin\'s Russian moment\n\nOn a warm August evening, the streets of Harbin fill with Russian voices.\n\nRussian tourist trips to China rose 62% to 1.1 million in the first half of 2024, according to the ATOR travel union. Harbin received 180,000 of them, while Sanya took 95,000. The rest went mainly to Beijing and Shanghai.\n\nHarbin, a city of 10 million people, was founded in 1898 as a stop on the Chinese Eastern Railway.\n\n"Business has never been better," said Zhang Lei, who runs a restaurant on Central Street. He says his revenue has doubled this year.\n\nBefore the pandemic, in 2019, about 1.2 million Russian tourists visited China.',
        [
            ("62%", "2024-01-01", "2024-06-30", "ATOR travel union"),
            ("1.1 million", "2024-01-01", "2024-06-30", "ATOR travel union"),
            ("180,000 of them", "2024-01-01", "2024-06-30", "ATOR travel union"),
            ("10 million people", None, None, None),
            ("about 1.2 million Russian tourists", "2019-01-01", "2019-12-31", None),
        ],
    ),
    (
        "bloomberg-oil",
        "2024-02-20",
        "Russia Tops Saudi Arabia as China's Biggest Oil Supplier\n\nRussia shipped 107 million tons of crude to China in 2023, up 24% from a year earlier, according to Chinese customs data. Saudi Arabia was second with 86 million tons, followed by Iraq at 59 million tons.\n\nRussian oil made up 19% of China's total crude imports. The discount on Russian ESPO crude averaged about $5 a barrel, traders said.\n\nChina buys about 2 million barrels a day of Russian oil. India is the other big buyer.",
        [
            ("107 million tons", "2023-01-01", "2023-12-31", "Chinese customs"),
            ("24%", "2023-01-01", "2023-12-31", "Chinese customs"),
            ("86 million tons", "2023-01-01", "2023-12-31", "Chinese customs"),
            ("59 million tons", "2023-01-01", "2023-12-31", "Chinese customs"),
            ("19%", "2023-01-01", "2023-12-31", "Chinese customs"),
            ("about 2 million barrels a day", None, None, None),
        ],
    ),
    (
        "gt-opinion",
        "2024-03-15",
        "The West's sanctions have failed to derail China-Russia ties\n\nChina-Russia trade reached $240 billion last year, a record. In January and February, it grew another 8.9%, data from China's customs showed.\n\nSome Western media hype 'overdependence'. But Russia's share of China's total trade is only about 4%, while China accounts for over 30% of Russia's.\n\nBack in 2001, when the Treaty of Good-Neighborliness was signed, trade was just $10.7 billion.\n\nToday, over 90% of bilateral settlements are made in rubles and yuan.",
        [
            ("8.9%", "2024-01-01", "2024-02-29", "China's customs"),
            ("$10.7 billion", "2001-01-01", "2001-12-31", None),
        ],
    ),
    (
        "gac-by-month",
        "2024-06-07",
        "In January-May 2024, the volume of China-Russia trade was $96.5 billion, up 2.3% year on year, the customs administration GACC said on Friday.\n\nBy month, trade in January was $18.2 billion, February $17.8 billion, March $20.4 billion, April $19.6 billion and May $20.5 billion.\n\nOf the total, Chinese exports amounted to $41.3 billion. The balance was in Russia's favour at $13.9 billion.",
        [
            ("$96.5 billion", "2024-01-01", "2024-05-31", "customs administration GACC"),
            ("2.3%", "2024-01-01", "2024-05-31", "customs administration GACC"),
            ("$18.2 billion", "2024-01-01", "2024-01-31", "customs administration GACC"),
            ("$17.8 billion", "2024-02-01", "2024-02-29", "customs administration GACC"),
            ("$20.4 billion", "2024-03-01", "2024-03-31", "customs administration GACC"),
            ("$19.6 billion", "2024-04-01", "2024-04-30", "customs administration GACC"),
            ("$20.5 billion", "2024-05-01", "2024-05-31", "customs administration GACC"),
            ("$41.3 billion", "2024-01-01", "2024-05-31", "customs administration GACC"),
            ("$13.9 billion", "2024-01-01", "2024-05-31", "customs administration GACC"),
        ],
    ),
    (
        "interview-rzd",
        "2024-10-21",
        "'We are ready to double supplies'\n\nRussian Railways CEO Oleg Belozerov talks about the eastern range.\n\n— How much cargo did you carry to China this year?\n— In nine months, exports to China by rail grew 6% to 55 million tonnes. Coal made up about half of that.\n\n— And the Eastern Polygon?\n— Its capacity will reach 180 million tonnes by 2024. We plan 210 million tonnes by 2030.\n\nThe Baikal-Amur Mainline, built in the 1970s and 1980s, is over 4,000 km long.",
        [
            ("over 4,000 km", None, None, None),
        ],
    ),
    (
        "ap-drills",
        "2024-07-20",
        "China and Russia hold joint naval drills\n\nChina and Russia began joint naval exercises on Sunday in the South China Sea, China's Defense Ministry said. The drills involve 10 ships and about 1,000 troops, the ministry said.\n\nThe exercise is the latest in a series. In 2023, the two navies held drills in the Sea of Japan with 10 ships and 30 aircraft.\n\nRussia's military budget for 2024 is about 10.8 trillion roubles, roughly 6% of GDP.",
        [
            ("about 10.8 trillion roubles", "2024-01-01", "2024-12-31", None),
            ("roughly 6%", "2024-01-01", "2024-12-31", None),
        ],
    ),
    (
        "interfax-relay",
        "2024-11-08",
        "Interfax reported on Friday, citing the Russian Energy Ministry, that oil exports to China by pipeline reached 30 million tonnes in January-September. Seaborne deliveries added 47 million tonnes.\n\nIn other news, Rosneft said its net profit fell 14% to 926 billion roubles in the same nine months.\n\nRussia produced 530 million tonnes of oil in 2023.",
        [
            ("30 million tonnes", "2024-01-01", "2024-09-30", "Russian Energy Ministry"),
            ("47 million tonnes", "2024-01-01", "2024-09-30", "Russian Energy Ministry"),
            ("14%", "2024-01-01", "2024-09-30", "Rosneft"),
            ("926 billion roubles", "2024-01-01", "2024-09-30", "Rosneft"),
            ("530 million tonnes", "2023-01-01", "2023-12-31", None),
        ],
    ),
    (
        "mt-cars",
        "2024-04-25",
        "Chinese carmakers now dominate Russia's market. Their share of new car sales reached 57% in the first quarter, up from 9% in 2021. Haval alone sold 35,000 cars, according to the analytics agency Autostat.\n\nTen years ago, Chinese brands held less than 3% of the market. Western brands such as Volkswagen and Toyota exited after 2022.\n\nRussia's car market is still far smaller than China's, where about 30 million vehicles are sold each year.",
        [
            ("57%", "2024-01-01", "2024-03-31", "analytics agency Autostat"),
            ("35,000 cars", "2024-01-01", "2024-03-31", "analytics agency Autostat"),
            ("less than 3%", "2014-01-01", "2014-12-31", None),
            ("about 30 million vehicles", None, None, None),
        ],
    ),
    (
        "reuters-spief",
        "2024-06-06",
        "ST PETERSBURG, June 6 (Reuters) - Russia's trade with China is expected to grow to $260 billion this year, Economic Development Minister Maxim Reshetnikov said on Thursday. He said settlements in national currencies now account for 95% of the total.\n\nChinese Commerce Minister Wang Wentao said Chinese investment in Russia had risen 20% over the past two years.\n\nThe forum, which runs until Saturday, has drawn about 17,000 participants from 130 countries, organisers said.",
        [
            ("$260 billion", "2024-01-01", "2024-12-31", "Maxim Reshetnikov"),
            ("95%", None, None, "Maxim Reshetnikov"),
        ],
    ),
    (
        "cgtn-pos",
        "2024-12-02",
        "Power of Siberia hits full capacity\n\nGazprom said on Monday that the Power of Siberia pipeline delivered 38 billion cubic meters of gas to China in 2024, reaching its design capacity. Deliveries in November alone reached 3.4 bcm, it said.\n\nThe 3,000-kilometer pipeline runs from Yakutia to the Chinese border. China's gas demand is expected to reach 620 bcm by 2030, according to CNPC's research institute.\n\nEarlier, in 2022, deliveries totaled 15.5 bcm.",
        [
            ("3.4 bcm", "2024-11-01", "2024-11-30", "Gazprom"),
            ("3,000-kilometer", None, None, None),
            ("620 bcm", "2030-01-01", "2030-12-31", "CNPC's research institute"),
            ("15.5 bcm", "2022-01-01", "2022-12-31", None),
        ],
    ),
    (
        "ru-customs",
        "2024-05-13",
        "Товарооборот России и Китая в январе–апреле 2024 года снизился на 1,6% и составил $72,8 млрд, сообщило Главное таможенное управление КНР.\n\nЭкспорт из Китая в Россию сократился на 9,6%, до $31,2 млрд. Импорт из России вырос на 5%, до $41,6 млрд.\n\nПо итогам 2023 года товарооборот достиг рекордных $240,1 млрд. Китай остаётся крупнейшим торговым партнёром России.",
        [
            ("1,6%", "2024-01-01", "2024-04-30", "Главное таможенное управление КНР"),
            ("$72,8 млрд", "2024-01-01", "2024-04-30", "Главное таможенное управление КНР"),
            ("9,6%", "2024-01-01", "2024-04-30", "Главное таможенное управление КНР"),
            ("$31,2 млрд", "2024-01-01", "2024-04-30", "Главное таможенное управление КНР"),
            ("5%", "2024-01-01", "2024-04-30", "Главное таможенное управление КНР"),
            ("$41,6 млрд", "2024-01-01", "2024-04-30", "Главное таможенное управление КНР"),
            ("$240,1 млрд", "2023-01-01", "2023-12-31", None),
        ],
    ),
    (
        "nikkei-coal",
        "2024-08-20",
        "China's purchases of Russian coal climbed 12% to 58 million tons in the first seven months, customs data showed. Coking coal made up 19 million tons.\n\nHowever, Russia's share of China's coal imports is shrinking as Indonesia and Mongolia expand. Mongolia now supplies about a quarter of the total.\n\nCoal still generates about 60% of China's electricity.",
        [
            ("12%", "2024-01-01", "2024-07-31", "customs"),
            ("58 million tons", "2024-01-01", "2024-07-31", "customs"),
            ("19 million tons", "2024-01-01", "2024-07-31", "customs"),
            ("about 60%", None, None, None),
        ],
    ),
    (
        "ports-ministry",
        "2024-02-05",
        "Freight via Russia's Far Eastern ports rose 3% to 230 million tonnes last year, the Transport Ministry said. Vladivostok handled 33 million tonnes, Vostochny 80 million tonnes and Nakhodka 25 million tonnes.\n\nContainer traffic with China grew faster, by 18%, the ministry added.\n\nThe port of Vladivostok was founded in 1860. Its terminals can handle up to 50 million tonnes a year.",
        [
            ("3%", "2023-01-01", "2023-12-31", "Transport Ministry"),
            ("230 million tonnes", "2023-01-01", "2023-12-31", "Transport Ministry"),
            ("33 million tonnes", "2023-01-01", "2023-12-31", "Transport Ministry"),
            ("80 million tonnes", "2023-01-01", "2023-12-31", "Transport Ministry"),
            ("25 million tonnes", "2023-01-01", "2023-12-31", "Transport Ministry"),
            ("18%", "2023-01-01", "2023-12-31", "Transport Ministry"),
            ("up to 50 million tonnes a year", None, None, None),
        ],
    ),
    (
        "opinion-harbin-visit",
        "2024-09-10",
        "Putin's visit to Harbin in May was rich in symbolism. Bilateral trade in the first eight months of 2024 rose 1.6% to $159 billion, China's customs said on Saturday.\n\nLast year, the figure was a record $240 billion. Later this year, the two sides hope to sign a deal on Power of Siberia 2, a pipeline that would carry 50 billion cubic metres a year.\n\nChina is Russia's biggest buyer of oil, taking about 2 million barrels per day.",
        [
            ("1.6%", "2024-01-01", "2024-08-31", "China's customs"),
            ("$159 billion", "2024-01-01", "2024-08-31", "China's customs"),
            ("$240 billion", "2023-01-01", "2023-12-31", None),
            ("about 2 million barrels per day", None, None, None),
        ],
    ),
    (
        "zh-customs",
        "2024-03-07",
        "据海关总署数据，今年前两个月中俄贸易额为363亿美元，同比增长8.9%。其中，中国对俄出口171亿美元，自俄进口192亿美元。\n\n中俄边境线长约4300公里。",
        [
            ("363亿美元", "2024-01-01", "2024-02-29", "海关总署"),
            ("8.9%", "2024-01-01", "2024-02-29", "海关总署"),
            ("171亿美元", "2024-01-01", "2024-02-29", "海关总署"),
            ("192亿美元", "2024-01-01", "2024-02-29", "海关总署"),
            ("4300公里", None, None, None),
        ],
    ),
    (
        "headline-customs",
        "2024-07-15",
        "Customs: Russia-China trade down 1.6% in first half\n\nBilateral trade in January-June totaled $116.8 billion. Chinese exports fell 4% to $52 billion. Imports rose 0.7% to $64.8 billion.\n\nCrude oil was the main import item, at $31 billion.\n\nRussia's economy is forecast to grow 3.2% this year, according to the IMF.",
        [
            ("1.6%", "2024-01-01", "2024-06-30", "Customs"),
            ("$116.8 billion", "2024-01-01", "2024-06-30", "Customs"),
            ("4%", "2024-01-01", "2024-06-30", "Customs"),
            ("$52 billion", "2024-01-01", "2024-06-30", "Customs"),
            ("0.7%", "2024-01-01", "2024-06-30", "Customs"),
            ("$64.8 billion", "2024-01-01", "2024-06-30", "Customs"),
            ("$31 billion", "2024-01-01", "2024-06-30", "Customs"),
            ("3.2%", "2024-01-01", "2024-12-31", "IMF"),
        ],
    ),
    (
        "explainer-what-trade",
        "2024-05-16",
        "Explainer: What Russia and China trade\n\nRussia sells mostly energy. In 2023, mineral fuels made up 73% of Russian exports to China, Chinese customs data show. Timber was next at 4%, followed by metals at 3%.\n\nChina sells machinery and cars. Vehicles accounted for 24% of its exports to Russia last year.\n\nThe two economies are unequal. China's GDP is about ten times Russia's. Russia's population of 146 million is a tenth of China's.",
        [
            ("73%", "2023-01-01", "2023-12-31", "Chinese customs"),
            ("4%", "2023-01-01", "2023-12-31", "Chinese customs"),
            ("3%", "2023-01-01", "2023-12-31", "Chinese customs"),
            ("146 million", None, None, None),
        ],
    ),
    (
        "ru-gazprom",
        "2024-10-14",
        "Экспорт российского газа в Китай по «Силе Сибири» за девять месяцев вырос на 38%, до 22,7 млрд кубометров, сообщил «Газпром».\n\nВ сентябре поставки составили 2,6 млрд кубометров.\n\nПротяжённость газопровода — около 3000 км. Между тем доля России в импорте СПГ Китаем не превышает 10%.",
        [
            ("38%", "2024-01-01", "2024-09-30", "«Газпром»"),
            ("22,7 млрд кубометров", "2024-01-01", "2024-09-30", "«Газпром»"),
            ("2,6 млрд кубометров", "2024-09-01", "2024-09-30", "«Газпром»"),
            ("3000 км", None, None, None),
            ("10%", None, None, None),
        ],
    ),
    (
        "reuters-lng",
        "2024-01-22",
        'China imported 8 million tonnes of Russian LNG in 2023, up 23%, according to Kpler data. Arctic LNG 2 was expected to add 6.6 million tonnes a year but has been hit by sanctions.\n\n"Sanctions will delay the ramp-up by at least a year," said Ronald Smith, an analyst at BCS. He estimates Russian LNG exports will fall 5% in 2024.\n\nRussia aims to produce 100 million tonnes of LNG a year by 2030.',
        [
            ("8 million tonnes", "2023-01-01", "2023-12-31", "Kpler"),
            ("23%", "2023-01-01", "2023-12-31", "Kpler"),
            ("6.6 million tonnes a year", None, None, None),
            ("5%", "2024-01-01", "2024-12-31", "Ronald Smith"),
            ("100 million tonnes of LNG a year", "2030-01-01", "2030-12-31", None),
        ],
    ),
    (
        "lookback-then-share",
        "2024-05-20",
        "In the first four months of 2024, trade between Russia and China fell 1.6% to $72 billion, according to China's customs administration GACC. Chinese exports to Russia dropped 9% to $31 billion.\n\nCompare this with 2014, when Western sanctions first hit and bilateral trade stood at $95 billion.\n\nMeanwhile, Russia's share of China's LNG imports is below 10%. China accounts for about a third of Russia's foreign trade.",
        [
            ("1.6%", "2024-01-01", "2024-04-30", "China's customs administration GACC"),
            ("$72 billion", "2024-01-01", "2024-04-30", "China's customs administration GACC"),
            ("9%", "2024-01-01", "2024-04-30", "China's customs administration GACC"),
            ("$31 billion", "2024-01-01", "2024-04-30", "China's customs administration GACC"),
            ("$95 billion", "2014-01-01", "2014-12-31", None),
            ("below 10%", None, None, None),
            ("about a third", None, None, None),
        ],
    ),
    (
        "backin-then-share",
        "2024-08-12",
        "Russian coal exports to China rose 8% to 55 million tonnes in January-July, the Federal Customs Service said.\n\nBack in 2013, China bought just 25 million tonnes of Russian coal.\n\nToday Russia's share of China's coal imports is about 20%. Coal generates about 60% of China's power.",
        [
            ("8%", "2024-01-01", "2024-07-31", "Federal Customs Service"),
            ("55 million tonnes", "2024-01-01", "2024-07-31", "Federal Customs Service"),
            ("25 million tonnes", "2013-01-01", "2013-12-31", None),
            ("about 60%", None, None, None),
        ],
    ),
    (
        "lookback-then-fact",
        "2024-06-10",
        "Trade between China and Russia rose 2.3% to $96 billion in January-May, China's customs said.\n\nTen years earlier, in 2014, the figure for the same months was $37 billion.\n\nImports from Russia rose 5% to $55 billion. Crude oil makes up 60% of those imports.",
        [
            ("2.3%", "2024-01-01", "2024-05-31", "China's customs"),
            ("$96 billion", "2024-01-01", "2024-05-31", "China's customs"),
            ("5%", "2024-01-01", "2024-05-31", "China's customs"),
            ("$55 billion", "2024-01-01", "2024-05-31", "China's customs"),
            ("60%", "2024-01-01", "2024-05-31", "China's customs"),
        ],
    ),
    (
        "rosstat-then-customs",
        "2024-09-05",
        "Russia's industrial output grew 3.3% in July, Rosstat reported on Wednesday. Manufacturing rose 6.1%, while mining fell 1.2%.\n\nMeanwhile, the Federal Customs Service said exports to Asia reached $152 billion in January-June. China took $62 billion of that, followed by India at $33 billion.\n\nRussia's economy is the world's eleventh largest. Its population is about 146 million.",
        [
            ("3.3%", "2024-07-01", "2024-07-31", "Rosstat"),
            ("6.1%", "2024-07-01", "2024-07-31", "Rosstat"),
            ("1.2%", "2024-07-01", "2024-07-31", "Rosstat"),
            ("$152 billion", "2024-01-01", "2024-06-30", "Federal Customs Service"),
            ("$62 billion", "2024-01-01", "2024-06-30", "Federal Customs Service"),
            ("$33 billion", "2024-01-01", "2024-06-30", "Federal Customs Service"),
            ("about 146 million", None, None, None),
        ],
    ),
    (
        "feature-blagoveshchensk",
        "2024-10-02",
        'Across the Amur, a bridge to prosperity\n\nBlagoveshchensk, a city of 240,000, faces the Chinese city of Heihe across the river.\n\nFreight over the Blagoveshchensk-Heihe bridge rose 45% to 1.3 million tonnes in January-August, the Amur region\'s government said. Soybeans made up 300,000 tonnes, and timber 250,000 tonnes.\n\nThe bridge, which opened in 2022, cost 19 billion roubles. "We want to triple traffic," said regional governor Vasily Orlov.\n\nBack in 2019, before the bridge, barely 100,000 tonnes crossed here by ferry.',
        [
            ("45%", "2024-01-01", "2024-08-31", "Amur region's government"),
            ("1.3 million tonnes", "2024-01-01", "2024-08-31", "Amur region's government"),
            ("300,000 tonnes", "2024-01-01", "2024-08-31", "Amur region's government"),
            ("250,000 tonnes", "2024-01-01", "2024-08-31", "Amur region's government"),
            ("100,000 tonnes", "2019-01-01", "2019-12-31", None),
        ],
    ),
    (
        "opinion-yuan",
        "2024-11-18",
        "The yuan is not a safe haven for Moscow\n\nRussia's bet on the Chinese currency looks riskier by the month.\n\nIn the first nine months of the year, the yuan's share of Russian export payments rose to 54%, according to the Bank of Russia. The dollar and euro together took 17%.\n\nGo back to 2021, when the yuan accounted for less than 1% of those payments.\n\nToday, the yuan makes up about 40% of trading on the Moscow Exchange. Russia holds roughly 60% of its sovereign fund in yuan.",
        [
            ("54%", "2024-01-01", "2024-09-30", "Bank of Russia"),
            ("17%", "2024-01-01", "2024-09-30", "Bank of Russia"),
            ("less than 1%", "2021-01-01", "2021-12-31", None),
        ],
    ),
    (
        "xinhua-harbin-fair",
        "2024-05-22",
        'HARBIN, May 22 (Xinhua) -- China\'s trade with Russia through Heilongjiang province grew 8.2 percent year on year to 87.6 billion yuan in the first four months, local customs said Wednesday.\n\nImports reached 70.1 billion yuan, mainly crude oil and natural gas, while exports stood at 17.5 billion yuan.\n\nHeilongjiang shares a 3,045-km border with Russia and has 25 border ports.\n\n"Trade with Russia is the engine of our economy," said Liang Huiling, the provincial governor.',
        [
            ("8.2 percent", "2024-01-01", "2024-04-30", "local customs"),
            ("87.6 billion yuan", "2024-01-01", "2024-04-30", "local customs"),
            ("70.1 billion yuan", "2024-01-01", "2024-04-30", "local customs"),
            ("17.5 billion yuan", "2024-01-01", "2024-04-30", "local customs"),
            ("3,045-km", None, None, None),
            ("25 border ports", None, None, None),
        ],
    ),
    (
        "bloomberg-lng-relay",
        "2024-08-08",
        "Russia's Pipeline Gas to China Jumps\n\nRussian pipeline gas flows to China rose 26% to 17.6 billion cubic meters in the first seven months, Interfax reported, citing Gazprom. In July alone, flows reached 2.7 bcm.\n\nLNG is a different story. Russia's LNG exports to China fell 9% to 4.5 million tons over the same period, according to Kpler.\n\nEurope once bought as much as 150 bcm of Russian gas a year.",
        [
            ("26%", "2024-01-01", "2024-07-31", "Gazprom"),
            ("17.6 billion cubic meters", "2024-01-01", "2024-07-31", "Gazprom"),
            ("2.7 bcm", "2024-07-01", "2024-07-31", "Gazprom"),
            ("9%", "2024-01-01", "2024-07-31", "Kpler"),
            ("4.5 million tons", "2024-01-01", "2024-07-31", "Kpler"),
            ("as much as 150 bcm of Russian gas a year", None, None, None),
        ],
    ),
    (
        "tass-rzd-transit",
        "2024-03-12",
        "Container transit via Russia to China up 20% — Russian Railways\n\nMOSCOW, March 12. /TASS/. Container transit from Europe to China via Russia rose by 20% in January-February to 150,000 TEU, Russian Railways said.\n\nShipments to China through Zabaikalsk grew by 15%, and through Grodekovo by 30%.\n\nIn 2023, the railway carried a record 1.7 million TEU in transit. The Trans-Siberian Railway is 9,289 km long.",
        [
            ("20%", "2024-01-01", "2024-02-29", "Russian Railways"),
            ("20%", "2024-01-01", "2024-02-29", "Russian Railways"),
            ("150,000 TEU", "2024-01-01", "2024-02-29", "Russian Railways"),
            ("15%", "2024-01-01", "2024-02-29", "Russian Railways"),
            ("30%", "2024-01-01", "2024-02-29", "Russian Railways"),
            ("1.7 million TEU", "2023-01-01", "2023-12-31", None),
            ("9,289 km", None, None, None),
        ],
    ),
    (
        "scmp-analysis-oil",
        "2024-07-25",
        "Why China keeps buying Russian oil\n\nChina imported 54 million tonnes of Russian crude in the first half, up 4%, according to customs data. That is about 2.2 million barrels a day.\n\nSanctions have not slowed the trade. In fact, Russia now supplies about a fifth of China's crude.\n\n\"Price is what matters,\" said Wang Li, an oil analyst in Shanghai. She expects imports to stay near 110 million tonnes this year.\n\nIn 2015, Russian oil made up just 13% of China's imports.",
        [
            ("54 million tonnes", "2024-01-01", "2024-06-30", "customs"),
            ("4%", "2024-01-01", "2024-06-30", "customs"),
            ("near 110 million tonnes", "2024-01-01", "2024-12-31", "Wang Li"),
            ("13%", "2015-01-01", "2015-12-31", None),
        ],
    ),
    (
        "ru-rzd",
        "2024-07-09",
        "Погрузка на Дальневосточной железной дороге в январе–июне 2024 года выросла на 2,1% и составила 38 млн тонн, сообщили в РЖД.\n\nЭкспорт угля в Китай увеличился на 7%, до 12 млн тонн. Перевозки леса сократились на 4%.\n\nДлина магистрали превышает 6000 км.",
        [
            ("2,1%", "2024-01-01", "2024-06-30", "РЖД"),
            ("38 млн тонн", "2024-01-01", "2024-06-30", "РЖД"),
            ("7%", "2024-01-01", "2024-06-30", "РЖД"),
            ("12 млн тонн", "2024-01-01", "2024-06-30", "РЖД"),
            ("4%", "2024-01-01", "2024-06-30", "РЖД"),
            ("6000 км", None, None, None),
        ],
    ),
    (
        "company-results",
        "2024-04-29",
        "Novatek's first-quarter net profit fell 24% to 147 billion roubles, the company said on Monday. Revenue rose 2% to 370 billion roubles.\n\nSales of LNG to Asia made up 60% of its total volumes.\n\nNovatek, founded in 1994, is Russia's largest independent gas producer. Its Yamal LNG plant has a capacity of 17.4 million tonnes a year.",
        [
            ("24%", "2024-01-01", "2024-03-31", "Novatek"),
            ("147 billion roubles", "2024-01-01", "2024-03-31", "Novatek"),
            ("2%", "2024-01-01", "2024-03-31", "Novatek"),
            ("370 billion roubles", "2024-01-01", "2024-03-31", "Novatek"),
            ("60%", "2024-01-01", "2024-03-31", "Novatek"),
            ("17.4 million tonnes a year", None, None, None),
        ],
    ),
    (
        "ministry-briefing-tourism",
        "2024-12-10",
        "Russia's tourism agency said on Tuesday that Chinese tourist arrivals reached 1.2 million in January-September, up 2.5 times from a year earlier. Group visa-free trips accounted for 680,000.\n\nMoscow was the top destination, with 420,000 visitors, followed by St Petersburg with 310,000.\n\nBefore the pandemic, in 2019, Russia received 2.2 million Chinese tourists. Chinese travellers spend on average $1,000 per trip, industry estimates show.",
        [
            ("1.2 million", "2024-01-01", "2024-09-30", "Russia's tourism agency"),
            ("2.5 times", "2024-01-01", "2024-09-30", "Russia's tourism agency"),
            ("420,000 visitors", "2024-01-01", "2024-09-30", "Russia's tourism agency"),
            ("2.2 million Chinese tourists", "2019-01-01", "2019-12-31", None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"), [r[1:] for r in _ROWS], ids=[r[0] for r in _ROWS]
)
def test_carry_across_the_article(
    nlp: Language, published: str, text: str, expected: list[Record]
) -> None:
    claims = sinorus_facts.extract(text, published=published)
    got = [
        (
            c.evidence.quantity,
            str(c.period.start) if c.period else None,
            str(c.period.end) if c.period else None,
            c.attribution,
        )
        for c in claims
    ]
    for record in expected:
        assert record in got, (record, got)
