"""Undated pages as analysts collect them (issue 24, item 4): copied text, feeds and archives
with no ``published`` date, of every style of news: wires, state media, business press,
think-tank notes and blogs. Every passage was written for this table.

Each row: a page read with no date given, the reference date of its (first) article and the
bounds its text sets (``reference_date``, ``reference_earliest``, ``reference_latest``),
and the period of the figures listed, (value, start, end) in text order. The families:

- yearless wire datelines, with a region after the city ("HEIHE, Heilongjiang, Nov. 30
  (Xinhua) --") or a weekday ("BEIJING, Wednesday, Jan. 17 (Reuters) -"), and date lines of
  a weekday without a year ("Tuesday, March 5"): the year the text makes plain, moved to
  the nearest in which the day falls on that weekday (none where the text dates nothing);
- "Updated" / "Published" / "Posted" lines in any case and format (ISO, dotted, written
  months, 12- and 24-hour clocks);
- a whole year told in the past ("In 2021 as a whole, ...", "For 2019 overall, ...") written
  early in the next year, and this year's months told after it;
- "next year's 2025 ..." (told in 2024) and "last year's 2022 record" (told in 2023);
- anniversaries of things the lexicon dates (diplomatic ties of 1949 between China and
  Russia, the 2001 treaty, the SCO), never another pair's ties;
- the page's own address printed on a line ("Source: https://...", a bare address on the
  first or last line), never a link in a sentence;
- photo captions, whose times neither date the page nor frame its figures;
- future events with dates, plans and expectations: an upper bound only.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import sinorus_facts as sf
from sinorus_facts.ingest.datelines import find_datelines

Figure = tuple[float, date | None, date | None]

_PAGES: list[tuple[str, str, tuple[date | None, date | None, date | None], list[Figure]]] = [
    (
        "a1",
        "MOSCOW, Feb. 6 (Reuters) - Russian wheat shipments to China rose 41% in 2023 to 1.9 million tonnes, the agriculture ministry said on Tuesday. Last year's barley sales reached 600,000 tonnes.",
        (date(2024, 2, 6), date(2024, 2, 6), date(2024, 2, 6)),
        [
            (41.0, date(2023, 1, 1), date(2023, 12, 31)),
            (1900000.0, date(2023, 1, 1), date(2023, 12, 31)),
            (600000.0, date(2023, 1, 1), date(2023, 12, 31)),
        ],
    ),
    (
        "a2",
        "BEIJING, Wednesday, Jan. 17 (Reuters) - China's crude imports from Russia hit a record 107 million tonnes last year, customs data showed. In December alone, they rose 11% to 9.5 million tonnes.",
        (None, None, None),
        [(107000000.0, None, None), (11.0, None, None), (9500000.0, None, None)],
    ),
    (
        "a3",
        "KAZAN, Thursday, April 4 (Interfax) - Tatarstan's exports to China rose 12% in the first quarter, the regional trade ministry said. In 2023 the region shipped goods worth $1.6 billion to China.",
        (date(2024, 4, 4), date(2024, 4, 4), date(2024, 4, 4)),
        [
            (12.0, date(2024, 1, 1), date(2024, 3, 31)),
            (1600000000.0, date(2023, 1, 1), date(2023, 12, 31)),
        ],
    ),
    (
        "a4",
        "MANZHOULI, Inner Mongolia, July 12 (Xinhua) -- Freight trains between China and Europe passing through Manzhouli made 2,500 trips in the first half of 2023, up 18 percent year on year.",
        (date(2023, 7, 12), date(2023, 7, 12), date(2023, 7, 12)),
        [
            (2500.0, date(2023, 1, 1), date(2023, 6, 30)),
            (18.0, date(2023, 1, 1), date(2023, 6, 30)),
        ],
    ),
    (
        "a5",
        "Tuesday, March 5\nRussian oil made up a fifth of China's crude imports in January-February 2024, data showed. Russia shipped 2.2 million barrels per day, up 8%.",
        (date(2024, 3, 5), date(2024, 3, 5), date(2024, 3, 5)),
        [
            (20.0, date(2024, 1, 1), date(2024, 2, 29)),
            (2200000.0, date(2024, 1, 1), date(2024, 2, 29)),
            (8.0, date(2024, 1, 1), date(2024, 2, 29)),
        ],
    ),
    (
        "a6",
        "Sat 9 December\nThe yuan's share of Russian imports reached 38% in October 2023, the central bank said.",
        (date(2023, 12, 9), date(2023, 12, 9), date(2023, 12, 9)),
        [(38.0, date(2023, 10, 1), date(2023, 10, 31))],
    ),
    (
        "a7",
        "UPDATED Jun 3, 2019 / 9:41 AM\nRussia's exports of soybeans to China rose threefold in the first four months of the year, Rosselkhoznadzor said.",
        (date(2019, 6, 3), date(2019, 6, 3), date(2019, 6, 3)),
        [(3.0, date(2019, 1, 1), date(2019, 4, 30))],
    ),
    (
        "a8",
        "Last Updated: March 14, 2023 at 3:45 p.m. ET\nChinese lenders extended 12 billion yuan in loans to Russian banks last month, people familiar said.",
        (date(2023, 3, 14), date(2023, 3, 14), date(2023, 3, 14)),
        [(12000000000.0, date(2023, 2, 1), date(2023, 2, 28))],
    ),
    (
        "a9",
        "PUBLISHED 22.08.2021\nRussian exports of rapeseed oil to China doubled this year to 300,000 tonnes, Rusagrotrans said.",
        (date(2021, 8, 22), date(2021, 8, 22), date(2021, 8, 22)),
        [
            (2.0, date(2021, 1, 1), date(2021, 8, 22)),
            (300000.0, date(2021, 1, 1), date(2021, 8, 22)),
        ],
    ),
    (
        "a10",
        "Posted on: Friday, 7 July 2023, 18:05\nChinese car sales in Russia rose 250% in the first half, Autostat said.",
        (date(2023, 7, 7), date(2023, 7, 7), date(2023, 7, 7)),
        [(250.0, date(2023, 1, 1), date(2023, 6, 30))],
    ),
    (
        "a11",
        "In 2021 as a whole, the Far Eastern ports shipped 60 million tonnes of coal to China. In the first quarter, shipments rose 15% to 18 million tonnes.",
        (date(2022, 3, 31), date(2022, 3, 31), None),
        [
            (60000000.0, date(2021, 1, 1), date(2021, 12, 31)),
            (15.0, date(2022, 1, 1), date(2022, 3, 31)),
            (18000000.0, date(2022, 1, 1), date(2022, 3, 31)),
        ],
    ),
    (
        "a12",
        "For 2019 overall, Chinese tourists spent $1.1 billion in Russia, the association said. In the first two months, arrivals fell 40% as flights were cut.",
        (date(2020, 2, 29), date(2020, 2, 29), None),
        [
            (1100000000.0, date(2019, 1, 1), date(2019, 12, 31)),
            (40.0, date(2020, 1, 1), date(2020, 2, 29)),
        ],
    ),
    (
        "a13",
        "In 2022 in total, Russia supplied 15.5 bcm of gas via the eastern route. In the first five months, supplies rose 40%.",
        (date(2023, 5, 31), date(2023, 5, 31), None),
        [
            (15500000000.0, date(2022, 1, 1), date(2022, 12, 31)),
            (40.0, date(2023, 1, 1), date(2023, 5, 31)),
        ],
    ),
    (
        "a14",
        "Preparations are under way for next year's 2025 China-Russia Years of Culture, officials said. Cultural exchanges rose 20% in 2023, and tourist flows rose 15% in the first half.",
        (date(2024, 6, 30), date(2024, 6, 30), None),
        [(20.0, date(2023, 1, 1), date(2023, 12, 31)), (15.0, date(2024, 1, 1), date(2024, 6, 30))],
    ),
    (
        "a15",
        "Farmers expect a smaller harvest than last year's 2022 record of 153 million tonnes, and grain sales to China may slow, analysts said.",
        (date(2023, 12, 31), date(2023, 1, 1), None),
        [(153000000.0, date(2022, 1, 1), date(2022, 12, 31))],
    ),
    (
        "a16",
        "Organisers of the next year's 2027 Harbin expo say 2,000 firms have signed up. Russian exhibitors booked 30% more space than at the previous fair.",
        (date(2026, 12, 31), date(2026, 1, 1), None),
        [(2000.0, None, None), (30.0, None, None)],
    ),
    (
        "a17",
        "Xi Jinping and Vladimir Putin met in Beijing on Thursday, in a visit marking 75 years of diplomatic ties between the two countries. Trade between them reached $240 billion last year, Putin told reporters.",
        (date(2024, 12, 31), date(2024, 1, 1), None),
        [(240000000000.0, date(2023, 1, 1), date(2023, 12, 31))],
    ),
    (
        "a18",
        "Russia and China marked the 20th anniversary of the Treaty of Good-Neighbourliness on Friday. Bilateral trade grew 27% in the first five months, reaching $62 billion.",
        (date(2021, 5, 31), date(2021, 5, 31), None),
        [
            (27.0, date(2021, 1, 1), date(2021, 5, 31)),
            (62000000000.0, date(2021, 1, 1), date(2021, 5, 31)),
        ],
    ),
    (
        "a19",
        "Kazakhstan is preparing to host next year's 25th anniversary summit of the SCO, diplomats said. Trade between Russia and China rose 5% last month.",
        (date(2025, 12, 31), date(2025, 1, 1), None),
        [(5.0, date(2025, 11, 1), date(2025, 11, 30))],
    ),
    (
        "a20",
        "Russia and India celebrated 75 years of diplomatic relations on Wednesday. Russian oil sales to India jumped tenfold last year.",
        (None, None, None),
        [(10.0, None, None)],
    ),
    (
        "a21",
        "Chinese and Russian officials gathered to mark the 70th anniversary of diplomatic relations. Trade in the first nine months rose 3.4% to $80 billion, the ministry said.",
        (date(2019, 9, 30), date(2019, 9, 30), None),
        [
            (3.4, date(2019, 1, 1), date(2019, 9, 30)),
            (80000000000.0, date(2019, 1, 1), date(2019, 9, 30)),
        ],
    ),
    (
        "a22",
        "Trade rose 30% in the first quarter, traders said.\nSource: https://www.example-agri.com/2021/05/12/fertiliser-china",
        (date(2021, 5, 12), date(2021, 5, 12), date(2021, 5, 12)),
        [(30.0, date(2021, 1, 1), date(2021, 3, 31))],
    ),
    (
        "a23",
        "Russian fertiliser exports to China rose 30% in the first quarter, traders said.\nhttps://www.example-agri.com/news/2021-05-12/fertiliser-china",
        (date(2021, 5, 12), date(2021, 5, 12), date(2021, 5, 12)),
        [(30.0, date(2021, 1, 1), date(2021, 3, 31))],
    ),
    (
        "a24",
        "https://example-wire.net/business/2020/11/03/gas-flows\nGas flows through Power of Siberia rose to 3.8 bcm in the first ten months of this year.",
        (date(2020, 11, 3), date(2020, 11, 3), date(2020, 11, 3)),
        [(3800000000.0, date(2020, 1, 1), date(2020, 10, 31))],
    ),
    (
        "a25",
        "Russian fertiliser exports to China rose 30% in the first quarter, traders said. More at https://www.example-agri.com/news/2021-05-12/fertiliser-china",
        (None, None, None),
        [(30.0, None, None)],
    ),
    (
        "a26",
        "File photo: Chinese tourists on Red Square in Moscow, July 2016.\nGroup visa-free tours between Russia and China have resumed, and 50,000 Chinese tourists came in the first three weeks, tour operators said. In 2019, Russia received 1.9 million Chinese visitors.",
        (date(2020, 1, 31), date(2020, 1, 1), None),
        [(50000.0, None, None), (1900000.0, date(2019, 1, 1), date(2019, 12, 31))],
    ),
    (
        "a27",
        "Picture taken on March 3, 2018 shows a freight train at Zabaikalsk.\nRail freight across the border grew 9% last year to 22 million tonnes. In the first half of 2021, it rose another 4%.",
        (date(2021, 6, 30), date(2021, 6, 30), None),
        [
            (9.0, date(2020, 1, 1), date(2020, 12, 31)),
            (22000000.0, date(2020, 1, 1), date(2020, 12, 31)),
            (4.0, date(2021, 1, 1), date(2021, 6, 30)),
        ],
    ),
    (
        "c1",
        "ST PETERSBURG, Friday, June 16 (Reuters) - Chinese investors pledged $4 billion for Russian projects at the economic forum this week, officials said. Direct Chinese investment in Russia fell 3% in 2022.",
        (date(2023, 6, 16), date(2023, 6, 16), date(2023, 6, 16)),
        [(3.0, date(2022, 1, 1), date(2022, 12, 31))],
    ),
    (
        "c2",
        "HEIHE, Heilongjiang, Nov. 30 (Xinhua) -- Soybean imports through Heihe port reached 210,000 tonnes in the first ten months of 2022, customs said.",
        (date(2022, 11, 30), date(2022, 11, 30), date(2022, 11, 30)),
        [(210000.0, date(2022, 1, 1), date(2022, 10, 31))],
    ),
    (
        "c3",
        "Monday, Feb. 20\nRussian pipeline gas exports to China rose 50% in January from a year earlier, reaching 2.1 bcm, Gazprom said. In 2022, Power of Siberia delivered 15.5 bcm.",
        (date(2023, 2, 20), date(2023, 2, 20), date(2023, 2, 20)),
        [
            (50.0, date(2023, 1, 1), date(2023, 1, 31)),
            (2100000000.0, date(2023, 1, 1), date(2023, 1, 31)),
            (15500000000.0, date(2022, 1, 1), date(2022, 12, 31)),
        ],
    ),
    (
        "c4",
        "Russia and China celebrated 15 years since the signing of the Treaty of Good-Neighbourliness, and trade rose 3% in the first half, the ministry said.",
        (date(2016, 6, 30), date(2016, 6, 30), None),
        [(3.0, date(2016, 1, 1), date(2016, 6, 30))],
    ),
    (
        "c5",
        "Officials prepared for the 70th anniversary of diplomatic relations between China and Russia next year. Trade between the two countries fell 2% in the first four months, to $31 billion.",
        (date(2018, 4, 30), date(2018, 4, 30), None),
        [
            (2.0, date(2018, 1, 1), date(2018, 4, 30)),
            (31000000000.0, date(2018, 1, 1), date(2018, 4, 30)),
        ],
    ),
    (
        "c6",
        "Energy ministers met to prepare next year's 2019 forum in Shanghai. Russian oil shipments to China grew 20% in the first eight months.",
        (date(2018, 8, 31), date(2018, 8, 31), None),
        [(20.0, date(2018, 1, 1), date(2018, 8, 31))],
    ),
    (
        "c7",
        "In 2020 altogether, China bought 4.7 million tonnes of Russian fish products. In the first quarter, purchases dropped 22%, the fisheries agency said.",
        (date(2021, 3, 31), date(2021, 3, 31), None),
        [
            (4700000.0, date(2020, 1, 1), date(2020, 12, 31)),
            (22.0, date(2021, 1, 1), date(2021, 3, 31)),
        ],
    ),
    (
        "c8",
        "URL: http://example-energy.org/news/2017-11-21/coal-trade\nRussian coal exports to China climbed 9% in January-October, traders said.",
        (date(2017, 11, 21), date(2017, 11, 21), date(2017, 11, 21)),
        [(9.0, date(2017, 1, 1), date(2017, 10, 31))],
    ),
    (
        "c10",
        "File photo taken on Sept. 12, 2019 shows containers at Vostochny port.\nContainer traffic between Russia and China rose 31% in the first nine months of this year, FESCO said. In 2021, volumes reached 1.2 million TEU.",
        (date(2022, 9, 30), date(2022, 9, 30), None),
        [
            (31.0, date(2022, 1, 1), date(2022, 9, 30)),
            (1200000.0, date(2021, 1, 1), date(2021, 12, 31)),
        ],
    ),
    (
        "c11",
        "Date: Tuesday, 4 June 2019\nChinese tourist arrivals in St Petersburg rose 18% in the first five months, the city's tourism committee said.",
        (date(2019, 6, 4), date(2019, 6, 4), date(2019, 6, 4)),
        [(18.0, date(2019, 1, 1), date(2019, 5, 31))],
    ),
    (
        "c12",
        "Russia's grain union said on Thursday that wheat exports to China in the 2022/23 season totalled 1.5 million tonnes. Sales of barley rose 35% in the season.",
        (date(2023, 6, 30), date(2022, 7, 1), None),
        [
            (1500000.0, date(2022, 7, 1), date(2023, 6, 30)),
            (35.0, date(2022, 7, 1), date(2023, 6, 30)),
        ],
    ),
    (
        "c13",
        "LANZHOU, Gansu, Friday, Dec. 1 (AFP) - The China-Russia Expo drew 1,200 companies, organisers said, after 900 in 2022.",
        (date(2023, 12, 1), date(2023, 12, 1), date(2023, 12, 1)),
        [],
    ),
    (
        "r_wire_yearless_after_full_year",
        "MOSCOW, Feb. 6 (Reuters) - Russian wheat shipments to China rose 41% in 2023 to 1.9 million tonnes, the agriculture ministry said on Tuesday. Exporters expect sales to keep growing this year as new rail terminals open in Zabaikalsk. Last year's barley sales reached 600,000 tonnes.",
        (date(2024, 2, 6), date(2024, 2, 6), date(2024, 2, 6)),
        [
            (41.0, date(2023, 1, 1), date(2023, 12, 31)),
            (1900000.0, date(2023, 1, 1), date(2023, 12, 31)),
            (600000.0, date(2023, 1, 1), date(2023, 12, 31)),
        ],
    ),
    (
        "x_xinhua_yearless_oct",
        "BEIJING, Oct. 12 (Xinhua) -- China-Russia trade in the first nine months of this year reached 175 billion U.S. dollars, up 3.1 percent year on year, China's customs authority reported on Thursday. Exports of Chinese cars to Russia grew by more than half in the period.",
        (None, None, None),
        [(175000000000.0, None, None), (3.1, None, None)],
    ),
    (
        "afp_weekday_only",
        "Russian and Chinese warships began joint drills in the Sea of Japan on Monday, the defence ministry in Moscow said. The exercise, the fourth this year, involves 11 vessels and about 2,000 sailors. Last year the two navies held a similar drill in the East China Sea.",
        (None, None, None),
        [(11.0, None, None), (2000.0, None, None)],
    ),
    (
        "updated_iso",
        "Updated: 2019-05-14 09:12\nChinese tourists made 1.2 million trips to Russia last year, up 11%, the tourism agency said. Spending by Chinese visitors rose to $1.1 billion.",
        (date(2019, 5, 14), date(2019, 5, 14), date(2019, 5, 14)),
        [
            (1200000.0, date(2018, 1, 1), date(2018, 12, 31)),
            (11.0, date(2018, 1, 1), date(2018, 12, 31)),
            (1100000000.0, date(2018, 1, 1), date(2018, 12, 31)),
        ],
    ),
    (
        "published_dotted",
        "Published 14.05.2019\nRosneft raised oil supplies to CNPC by 10% this year to 10 million tonnes under an existing deal, the company said.",
        (date(2019, 5, 14), date(2019, 5, 14), date(2019, 5, 14)),
        [
            (10.0, date(2019, 1, 1), date(2019, 5, 14)),
            (10000000.0, date(2019, 1, 1), date(2019, 5, 14)),
        ],
    ),
    (
        "pipe_day_month",
        "Energy | 3 March | 10:15\nGazprom pumped 22.7 bcm of gas via Power of Siberia last year, the company said. Deliveries will rise to 38 bcm in 2025.",
        (None, None, date(2025, 12, 31)),
        [(22700000000.0, None, None), (38000000000.0, date(2025, 1, 1), date(2025, 12, 31))],
    ),
    (
        "tass_yearless_slash",
        "VLADIVOSTOK, September 5. /TASS/. Russia and China have agreed on 160 billion roubles worth of projects in the Far East, Deputy Prime Minister Yuri Trutnev said on Wednesday. Trade between the two countries amounted to $190 billion in 2022, he added.",
        (date(2023, 9, 5), date(2023, 9, 5), date(2023, 9, 5)),
        [(160000000000.0, None, None), (190000000000.0, date(2022, 1, 1), date(2022, 12, 31))],
    ),
    (
        "interfax_yearless",
        "MOSCOW. Jan 24 (Interfax) - Russian coal exports to China totalled 83 million tonnes in 2022, a 23% increase, the Energy Ministry said. In December, shipments fell 4% month on month.",
        (date(2023, 1, 24), date(2023, 1, 24), date(2023, 1, 24)),
        [
            (83000000.0, date(2022, 1, 1), date(2022, 12, 31)),
            (23.0, date(2022, 1, 1), date(2022, 12, 31)),
        ],
    ),
    (
        "copyright_with_full_year",
        "Car exports from China to Russia soared to 900,000 vehicles in 2023, according to the China Passenger Car Association. Chinese brands now hold more than half of Russia's new car market.\n© 2024 Auto Review Weekly",
        (date(2024, 1, 31), date(2024, 1, 1), None),
        [
            (900000.0, date(2023, 1, 1), date(2023, 12, 31)),
            (50.0, date(2024, 1, 31), date(2024, 1, 31)),
        ],
    ),
    (
        "future_event_bound",
        "The Harbin trade fair, which will be held on June 17-21, is expected to draw 1,500 companies from Russia and China. In the first four months, bilateral trade fell 1.8%, customs data showed.",
        (None, None, None),
        [(1500.0, None, None), (1.8, None, None)],
    ),
    (
        "ap_weekday_byline",
        "By ANNA KOVAL Associated Press\nThursday, Nov. 9\nHARBIN, China (AP) — Russian grain trains rolled into this northeastern city at a record pace, with deliveries in October up 60% from a year earlier. China bought 3.3 million tonnes of Russian grain in the first 10 months of 2023, customs data show.",
        (date(2023, 11, 9), date(2023, 11, 9), date(2023, 11, 9)),
        [
            (60.0, date(2023, 10, 1), date(2023, 10, 31)),
            (3300000.0, date(2023, 1, 1), date(2023, 10, 31)),
        ],
    ),
    (
        "globaltimes_updated_12h",
        "Published: Mar 03, 2024 09:41 PM\nRussian crude oil made up 19% of China's imports last year, making Russia the top supplier for the first time since 2017, customs data showed.",
        (date(2024, 3, 3), date(2024, 3, 3), date(2024, 3, 3)),
        [(19.0, date(2023, 1, 1), date(2023, 12, 31))],
    ),
    (
        "caixin_written_month_year",
        "May 14, 2019 07:30 PM\nYuan settlements made up 28% of Russia-China trade in the first quarter, the central bank said.",
        (date(2019, 5, 14), date(2019, 5, 14), date(2019, 5, 14)),
        [(28.0, date(2019, 1, 1), date(2019, 3, 31))],
    ),
    (
        "kommersant_iso_t",
        "2021-08-16T10:42:00+03:00\nRussian exports of sunflower oil to China doubled in the first half of the year to 240,000 tonnes, Rusagrotrans said.",
        (date(2021, 8, 16), date(2021, 8, 16), date(2021, 8, 16)),
        [
            (2.0, date(2021, 1, 1), date(2021, 6, 30)),
            (240000.0, date(2021, 1, 1), date(2021, 6, 30)),
        ],
    ),
    (
        "think_tank_note",
        "The Sino-Russian trade relationship: where next?\nBilateral trade reached $146.9 billion in 2020, down 2.9% from 2019. Beijing and Moscow still aim for $200 billion by 2024. In this note we look at what has held turnover back.",
        (date(2021, 1, 31), date(2021, 1, 1), date(2024, 12, 31)),
        [
            (146900000000.0, date(2020, 1, 1), date(2020, 12, 31)),
            (2.9, date(2020, 1, 1), date(2020, 12, 31)),
            (200000000000.0, date(2024, 1, 1), date(2024, 12, 31)),
        ],
    ),
    (
        "blog_last_year_named",
        "Last year was a strange one for Russian timber. In 2022 exports to China fell 12% to 14 million cubic metres, and this year the drop has continued, with volumes down another 8% in January-April.",
        (date(2023, 4, 30), date(2023, 4, 30), None),
        [
            (12.0, date(2022, 1, 1), date(2022, 12, 31)),
            (14000000.0, date(2022, 1, 1), date(2022, 12, 31)),
            (8.0, date(2023, 1, 1), date(2023, 4, 30)),
        ],
    ),
    (
        "file_photo",
        "File photo: Chinese tourists visit Red Square in Moscow, July 2016.\nGroup visa-free tours between Russia and China have resumed, and 50,000 Chinese tourists came in the first three weeks, the Association of Tour Operators said. In 2019, Russia received 1.9 million Chinese visitors.",
        (date(2020, 1, 31), date(2020, 1, 1), None),
        [(50000.0, None, None), (1900000.0, date(2019, 1, 1), date(2019, 12, 31))],
    ),
    (
        "rt_yearless_weekday",
        "Russia and China settled 95% of their mutual trade in roubles and yuan in the first 11 months of 2023, Finance Minister Anton Siluanov said on Wednesday. Trade in dollars and euros has all but vanished, he added.",
        (date(2023, 11, 30), date(2023, 11, 30), None),
        [(95.0, date(2023, 1, 1), date(2023, 11, 30))],
    ),
    (
        "ft_two_articles",
        "Russia's yuan bond sales jump\nRussian companies sold yuan bonds worth 210 billion roubles in 2023, a record, Moscow Exchange data showed.\n\nChina's Russian wheat purchases slow\nChina imported 350,000 tonnes of Russian wheat in January-February, down 40% from the same period a year earlier, customs data showed on Monday.",
        (date(2024, 2, 29), date(2024, 2, 29), None),
        [
            (210000000000.0, date(2023, 1, 1), date(2023, 12, 31)),
            (350000.0, date(2024, 1, 1), date(2024, 2, 29)),
            (40.0, date(2024, 1, 1), date(2024, 2, 29)),
        ],
    ),
    (
        "reuters_weekday_dateline",
        "BEIJING, Tuesday, Oct. 10 (Reuters) - China's imports of Russian crude rose 9% in September from a year earlier to 2.1 million barrels per day, customs data showed. Imports for the first nine months of 2023 hit a record 79 million tonnes.",
        (date(2023, 10, 10), date(2023, 10, 10), date(2023, 10, 10)),
        [
            (9.0, date(2023, 9, 1), date(2023, 9, 30)),
            (2100000.0, date(2023, 9, 1), date(2023, 9, 30)),
            (79000000.0, date(2023, 1, 1), date(2023, 9, 30)),
        ],
    ),
    (
        "sputnik_day_month_no_year",
        "MOSCOW, 3 March (Sputnik) - Chinese car brands sold 428,000 vehicles in Russia last year, up from 116,000 in 2022, analysts at Autostat said.",
        (date(2024, 3, 3), date(2024, 3, 3), date(2024, 3, 3)),
        [
            (428000.0, date(2023, 1, 1), date(2023, 12, 31)),
            (116000.0, date(2022, 1, 1), date(2022, 12, 31)),
        ],
    ),
    (
        "xinhua_weekday_text",
        "HEILONGJIANG, China, Dec. 27 (Xinhua) -- The Heihe-Blagoveshchensk cross-border bridge handled 1.1 million tonnes of cargo this year, up 50 percent from 2021, local customs said on Tuesday.",
        (date(2022, 12, 27), date(2022, 12, 27), date(2022, 12, 27)),
        [
            (1100000.0, date(2022, 1, 1), date(2022, 12, 27)),
            (50.0, date(2022, 1, 1), date(2022, 12, 27)),
        ],
    ),
    (
        "chinadaily_byline_updated",
        "By WANG XIAOMING in Harbin | China Daily | Updated: 2023-07-04 07:21\nHarbin received 130,000 Russian tourists in the first five months, three times as many as a year earlier.",
        (date(2023, 7, 4), date(2023, 7, 4), date(2023, 7, 4)),
        [
            (130000.0, date(2023, 1, 1), date(2023, 5, 31)),
            (3.0, date(2023, 1, 1), date(2023, 5, 31)),
        ],
    ),
    (
        "gt_published_slashed",
        "Global Herald Published: 2022/11/28 21:41:39\nTrade between China and Russia rose 32% year-on-year in the January-October period to $153.9 billion.",
        (date(2022, 11, 28), date(2022, 11, 28), date(2022, 11, 28)),
        [
            (32.0, date(2022, 1, 1), date(2022, 10, 31)),
            (153900000000.0, date(2022, 1, 1), date(2022, 10, 31)),
        ],
    ),
    (
        "kommersant_written",
        "14 May 2019\nRusal sold 1.2 million tonnes of aluminium to China last year, a third more than in 2017.",
        (date(2019, 5, 14), date(2019, 5, 14), date(2019, 5, 14)),
        [(1200000.0, date(2018, 1, 1), date(2018, 12, 31))],
    ),
    (
        "blog_copyright_only",
        "Our weekly look at the Russia-China grain corridor. Barley shipments were strong last month, and soybean trains ran full.\nCopyright © 2021 Grain Corridor Blog. All rights reserved.",
        (None, None, None),
        [],
    ),
    (
        "think_tank_q",
        "Russia's pivot to Asia, two years on\nSince February 2022 Russia has redirected much of its oil to China and India. In 2023 China took 107 million tonnes of Russian crude, a record. Our projections suggest the figure could reach 115 million tonnes in 2025.",
        (date(2024, 1, 31), date(2024, 1, 1), date(2025, 12, 31)),
        [
            (107000000.0, date(2023, 1, 1), date(2023, 12, 31)),
            (115000000.0, date(2025, 1, 1), date(2025, 12, 31)),
        ],
    ),
    (
        "capital_economics_blog",
        "Chinese exports to Russia shrank 16% y/y in March, the third monthly fall in a row, as banks in China turned away Russian payments. We expect exports to recover in the second half of 2024.",
        (None, None, date(2024, 12, 31)),
        [(16.0, None, None)],
    ),
    (
        "future_event_dated",
        "The two countries will hold the next round of talks on the Power of Siberia 2 pipeline on September 4, 2024 in Vladivostok. Gas supplies via the first line rose 35% in the first half, Gazprom said.",
        (None, None, date(2024, 9, 4)),
        [(35.0, None, None)],
    ),
    (
        "published_24h_written",
        "Published 15 June 2022, 17:45\nRussian oil made up 17% of China's crude imports in May, customs data showed on Monday.",
        (date(2022, 6, 15), date(2022, 6, 15), date(2022, 6, 15)),
        [(17.0, date(2022, 5, 1), date(2022, 5, 31))],
    ),
    (
        "updated_dotted_time",
        "Updated 16.06.2022 08:10\nRail freight across the Zabaikalsk border crossing rose 8% in the first five months, RZD said.",
        (date(2022, 6, 16), date(2022, 6, 16), date(2022, 6, 16)),
        [(8.0, date(2022, 1, 1), date(2022, 5, 31))],
    ),
    (
        "past_stat_year_told_early",
        "China-Russia trade hit a record $240 billion in 2023, up 26% from 2022, Chinese customs said. Analysts expect growth to slow sharply this year as sanctions on banks bite.",
        (date(2024, 1, 31), date(2024, 1, 1), None),
        [
            (240000000000.0, date(2023, 1, 1), date(2023, 12, 31)),
            (26.0, date(2023, 1, 1), date(2023, 12, 31)),
        ],
    ),
    (
        "seven_months_no_year",
        "In the first seven months of this year, Russian exports of frozen fish to China reached 900,000 tonnes, up 5% on the same period of last year. In 2020, fish exports to China fell 12% due to Covid-19 checks at ports.",
        (date(2021, 7, 31), date(2021, 7, 31), None),
        [
            (900000.0, date(2021, 1, 1), date(2021, 7, 31)),
            (5.0, date(2021, 1, 1), date(2021, 7, 31)),
            (12.0, date(2020, 1, 1), date(2020, 12, 31)),
        ],
    ),
    (
        "aug_dateline_year_finished",
        "KHABAROVSK, Aug. 14 (Interfax) - Timber exports to China from the Khabarovsk Territory fell 18% in 2022 to 3 million cubic metres, the regional government said. Exporters blame rail bottlenecks.",
        (date(2023, 8, 14), date(2023, 8, 14), date(2023, 8, 14)),
        [
            (18.0, date(2022, 1, 1), date(2022, 12, 31)),
            (3000000.0, date(2022, 1, 1), date(2022, 12, 31)),
        ],
    ),
    (
        "weekday_line_day_month",
        "Wednesday 14 June\nBy Maria Ivanova\nChinese carmakers shipped 470,000 cars to Russia in the first five months of 2023, data from the China Passenger Car Association showed.",
        (date(2023, 6, 14), date(2023, 6, 14), date(2023, 6, 14)),
        [(470000.0, date(2023, 1, 1), date(2023, 5, 31))],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected", "figures"), _PAGES, ids=[r[0] for r in _PAGES]
)
def test_undated_page(
    name: str,
    text: str,
    expected: tuple[date | None, date | None, date | None],
    figures: list[Figure],
) -> None:
    article = sf.read(text).articles[0]
    assert (
        article.reference_date,
        article.reference_earliest,
        article.reference_latest,
    ) == expected
    got = [
        (c.value, c.period.start if c.period else None, c.period.end if c.period else None)
        for c in sf.extract(text)
        if c.value in {value for value, _, _ in figures}
    ]
    assert got == figures


# Datelines as printed: (line, form, year, month, day, weekday).
_DATELINES: list[tuple[str, str, str, int | None, int, int, int | None]] = [
    ("wire_weekday", "OMSK, Monday, Aug. 5 (Interfax) - Grain", "wire", None, 8, 5, 0),
    ("wire_region", "SUIFENHE, Heilongjiang, Jan. 9 (Xinhua) -- Freight", "wire", None, 1, 9, None),
    (
        "wire_region_and_weekday",
        "ERENHOT, Inner Mongolia, Sunday, March 17 (AFP) - Trucks",
        "wire",
        None,
        3,
        17,
        6,
    ),
    ("weekday_line", "Thurs., Sept. 26\nBody text.", "date_line", None, 9, 26, 3),
    ("weekday_day_month_line", "Fri 11 October 08:30\nBody.", "date_line", None, 10, 11, 4),
    ("updated_capitals", "UPDATED: 12.02.2020 14:10\nBody.", "published", 2020, 2, 12, None),
    ("last_updated_title_case", "Last Updated: Jan 8, 2021\nBody.", "published", 2021, 1, 8, None),
    ("posted_weekday", "POSTED ON Saturday, 4 May 2019\nBody.", "published", 2019, 5, 4, None),
]


@pytest.mark.parametrize(
    ("name", "text", "form", "year", "month", "day", "weekday"),
    _DATELINES,
    ids=[r[0] for r in _DATELINES],
)
def test_dateline_forms(
    name: str, text: str, form: str, year: int | None, month: int, day: int, weekday: int | None
) -> None:
    hit = find_datelines(text)[0]
    assert (hit.form, hit.year, hit.month, hit.day, hit.weekday) == (
        form,
        year,
        month,
        day,
        weekday,
    )


def test_a_corpus_without_dates(tmp_path: Path) -> None:
    """A JSONL corpus whose lines have no ``published``: each page dated from its text."""
    corpus = tmp_path / "undated.jsonl"
    lines = [
        {
            "id": "w1",
            "text": "TIANJIN, Tuesday, Nov. 14 (Reuters) - Russian barley sales to China rose 70% "
            "in the first ten months of 2023, traders said.",
        },
        {
            "id": "w2",
            "text": "In 2018 as a whole, Chinese banks lent $5 billion to Russian firms. In the "
            "first quarter, new loans fell 20%.",
        },
        {
            "id": "w3",
            "text": "Source: https://example-money.org/2022/09/02/swap\nThe yuan's share of "
            "Russian exports rose to 14% in the first half of this year.",
        },
    ]
    corpus.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    got = {
        result.doc_id: [
            (c.article.reference_date if c.article else None, c.period.start, c.period.end)
            for c in result.claims
            if c.period
        ]
        for result in sf.extract_many([str(corpus)])
    }
    assert got == {
        "w1": [(date(2023, 11, 14), date(2023, 1, 1), date(2023, 10, 31))],
        "w2": [
            (date(2019, 3, 31), date(2018, 1, 1), date(2018, 12, 31)),
            (date(2019, 3, 31), date(2019, 1, 1), date(2019, 3, 31)),
        ],
        "w3": [(date(2022, 9, 2), date(2022, 1, 1), date(2022, 6, 30))],
    }
