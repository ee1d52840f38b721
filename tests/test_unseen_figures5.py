"""News it has not seen (issue 25, figures5): no figure missed or invented, and each figure's
value, unit, bound, change, earlier value and range right. Short articles written for this
file in the styles of wires, state media, the business press and customs releases, about
China–Russia trade, energy, finance, tourism and defence: terms and runs of years, counts
whose unit is their subject's, fractions, numbers broken by a line end, abbreviations and
currencies, ranges and bounds; and the traps that are no figure (time frames, numbers in
names, a rate's basis, ages of things, "9M", ordinals, dates, times, phone numbers, page
furniture, incidental counts). Each row is (id, publication date, text, every claim of the
text in order as (quantity, value, unit, bound, change, from_value, high), words that must
give no claim); names and figures are our own.
"""

from __future__ import annotations

import pytest

import sinorus_facts

Figure = tuple[str, float, str | None, str, str | None, float | None, float | None]

_ROWS: list[tuple[str, str, str, list[Figure], list[str]]] = [
    (
        "xinhua-pipeline-term",
        "2024-05-02",
        "BEIJING, May 2 (Xinhua) -- Russia will supply China with 38 billion cubic metres of pipeline gas a year for the next 30 years under the Power of Siberia contract, signed in 2014 and worth some 400 billion U.S. dollars.",
        [
            (
                "38 billion cubic metres of pipeline gas a year",
                38000000000.0,
                "m3/yr",
                "=",
                None,
                None,
                None,
            ),
            ("30 years", 30.0, "year", "=", None, None, None),
            ("some 400 billion U.S. dollars", 400000000000.0, "USD", "~", None, None, None),
        ],
        ["May 2", "2014"],
    ),
    (
        "reuters-25-year-contract",
        "2024-03-14",
        "MOSCOW, March 14 (Reuters) - Rosneft signed a 25-year contract to supply 2.5 million tonnes of crude per year to a refinery in Tianjin, the company said on Thursday. Deliveries will start at up to 0.8 million tonnes in 2025.",
        [
            ("25-year", 25.0, "year", "=", None, None, None),
            ("2.5 million tonnes of crude per year", 2500000.0, "t/yr", "=", None, None, None),
            ("up to 0.8 million tonnes", 800000.0, "t", "<=", None, None, None),
        ],
        ["March 14"],
    ),
    (
        "bloomberg-first-drop",
        "2024-01-12",
        "China's imports of Russian coal fell 4% last year, the first drop in five years, as domestic output climbed to a record. Shipments totaled 102 million tons.",
        [
            ("4%", 4.0, "%", "=", "decrease", None, None),
            ("five years", 5.0, "year", "=", None, None, None),
            ("102 million tons", 102000000.0, "t", "=", None, None, None),
        ],
        [],
    ),
    (
        "tass-consecutive",
        "2024-02-05",
        "MOSCOW, February 5. /TASS/. Russian-Chinese commerce has grown for four consecutive years and exceeded $240 billion in 2023, First Deputy Premier Denis Manturov told reporters.",
        [
            ("four consecutive years", 4.0, "year", "=", None, None, None),
            ("exceeded $240 billion", 240000000000.0, "USD", ">", None, None, None),
        ],
        ["February 5"],
    ),
    (
        "ria-visits-fold",
        "2024-04-20",
        "Visits by Chinese tourists to Moscow grew 2.5-fold to 312,400 in the first quarter, the city's tourism committee said. Almost a third of them came through group visa-free exchanges.",
        [
            ("2.5-fold", 2.5, "x", "=", "factor", None, None),
            ("312,400", 312400.0, "count", "=", None, None, None),
            ("Almost a third", 33.33, "%", "~", None, None, None),
        ],
        [],
    ),
    (
        "remaining-of-them",
        "2024-06-01",
        "Of the 180 Chinese companies registered in the zone, 64 are from Heilongjiang. The remaining 116 came from other provinces, and 40 of them from the north-east.",
        [
            ("180 Chinese companies", 180.0, "count", "=", None, None, None),
            ("64", 64.0, "count", "=", None, None, None),
            ("116", 116.0, "count", "=", None, None, None),
            ("40 of them", 40.0, "count", "=", None, None, None),
        ],
        [],
    ),
    (
        "gt-half-as-much",
        "2024-07-09",
        "Russian wheat sales to China in the season reached 1.1 million tons, half as much as the previous season, while barley exports nearly doubled. A quarter of the grain went through Zabaikalsk.",
        [
            ("1.1 million tons", 1100000.0, "t", "=", None, None, None),
            ("half as much as", 0.5, "x", "=", "factor", None, None),
            ("nearly doubled", 2.0, "x", "~", "factor", None, None),
            ("A quarter", 25.0, "%", "=", None, None, None),
        ],
        [],
    ),
    (
        "fraction-after-a-share-verb-at-the-clause-end",
        "2024-06-20",
        "Grain sales to China reached 3.1 million tonnes. Wheat accounted for roughly a third, and barley represented a quarter.",
        [
            ("3.1 million tonnes", 3100000.0, "t", "=", None, None, None),
            ("roughly a third", 33.333333333333336, "%", "~", None, None, None),
            ("a quarter", 25.0, "%", "=", None, None, None),
        ],
        [],
    ),
    (
        "linebreak-unit-word",
        "2024-02-10",
        "Payments in roubles and yuan made up 95\nper cent of settlements, and coal stocks at the yard grew by 40\ntonnes.",
        [
            ("95\nper cent", 95.0, "%", "=", None, None, None),
            ("40\ntonnes", 40.0, "t", "=", "increase", None, None),
        ],
        [],
    ),
    (
        "linebreak-million",
        "2024-02-10",
        "Russia shipped 12\nmillion tonnes of oil products to China last year, up 6.\n\n5 percent from a year earlier.",
        [
            ("12\nmillion tonnes", 12000000.0, "t", "=", None, None, None),
            ("6.\n\n5 percent", 6.5, "%", "=", "increase", None, None),
        ],
        [],
    ),
    (
        "hyphen-billion",
        "2024-05-16",
        "The two sides launched a $100-billion fund to back joint projects in the Far East, the RDIF said. The fund will also lend US$2.3 billion to a fertiliser plant.",
        [
            ("$100-billion", 100000000000.0, "USD", "=", None, None, None),
            ("US$2.3 billion", 2300000000.0, "USD", "=", None, None, None),
        ],
        [],
    ),
    (
        "rate-far",
        "2024-03-03",
        "The new Haval plant near Tula will be able to assemble 80,000 vehicles annually, the company said. It employs 2,500 people.",
        [
            ("80,000 vehicles annually", 80000.0, "count/yr", "=", None, None, None),
            ("2,500 people", 2500.0, "person", "=", None, None, None),
        ],
        [],
    ),
    (
        "abbrev-mt-bcm",
        "2024-04-15",
        "Russia's LNG exports to China rose to 1.47 mt in March, while pipeline gas deliveries reached 2.6 bcm. Arctic LNG 2 is designed for 19.8 mtpa.",
        [
            ("1.47 mt", 1470000.0, "t", "=", None, None, None),
            ("2.6 bcm", 2600000000.0, "m3", "=", None, None, None),
            ("19.8 mtpa", 19800000.0, "t/yr", "=", None, None, None),
        ],
        ["Arctic LNG 2"],
    ),
    (
        "interfax-mln-t",
        "2024-02-20",
        "Oil exports via the ESPO pipeline to China amounted to 30.3 mln t in 2023, Transneft said. Russia's proven gas reserves are estimated at 63 tcm.",
        [
            ("30.3 mln t", 30300000.0, "t", "=", None, None, None),
            ("63 tcm", 63000000000000.0, "m3", "=", None, None, None),
        ],
        [],
    ),
    (
        "bd-kbd",
        "2024-08-20",
        "China took 2.17 million b/d of Russian crude in July, Kpler data show, while seaborne flows from Kozmino averaged 880 kb/d.",
        [
            ("2.17 million b/d", 2170000.0, "bbl/d", "=", None, None, None),
            ("880 kb/d", 880000.0, "bbl/d", "=", None, None, None),
        ],
        [],
    ),
    (
        "currencies",
        "2024-09-01",
        "VTB lent 1.2 trillion roubles to exporters in the first half. Bank of China's Moscow unit holds RMB 35 billion in deposits, and its loans reached ¥12 billion. Sinopec paid 4.2 billion yuan for the stake, while the German partner put in €300 million.",
        [
            ("1.2 trillion roubles", 1200000000000.0, "RUB", "=", None, None, None),
            ("RMB 35 billion", 35000000000.0, "CNY", "=", None, None, None),
            ("¥12 billion", 12000000000.0, "CNY", "=", None, None, None),
            ("4.2 billion yuan", 4200000000.0, "CNY", "=", None, None, None),
            ("€300 million", 300000000.0, "EUR", "=", None, None, None),
        ],
        [],
    ),
    (
        "ranges",
        "2024-05-20",
        "The terminal will handle 30,000–35,000 tonnes of grain a month. Analysts expect trade to grow between 5 and 7 percent this year.",
        [
            ("30,000–35,000 tonnes of grain a month", 30000.0, "t/mo", "=", None, None, 35000.0),
            ("between 5 and 7 percent", 5.0, "%", "=", "increase", None, 7.0),
        ],
        [],
    ),
    (
        "bounds",
        "2024-10-10",
        "More than 1,200 trucks crossed at Blagoveshchensk last week. Nearly 40 percent carried food. The bridge can take up to 630 vehicles a day, and at least 15 new routes opened. Some 3,000 workers built it at a cost of roughly 19 billion rubles.",
        [
            ("More than 1,200 trucks", 1200.0, "count", ">", None, None, None),
            ("Nearly 40 percent", 40.0, "%", "~", None, None, None),
            ("up to 630 vehicles a day", 630.0, "count", "<=", None, None, None),
            ("at least 15 new routes", 15.0, "count", ">=", None, None, None),
            ("Some 3,000 workers", 3000.0, "person", "~", None, None, None),
            ("roughly 19 billion rubles", 19000000000.0, "RUB", "~", None, None, None),
        ],
        [],
    ),
    (
        "trap-jan-sep",
        "2009-10-20",
        "Sino-Russian commerce slid 36.4% to $28.8 billion in January-September 2009, according to Chinese customs. Chinese shipments to Russia over the first nine months came to $11.2 billion.",
        [
            ("36.4%", 36.4, "%", "=", "decrease", None, None),
            ("$28.8 billion", 28800000000.0, "USD", "=", None, None, None),
            ("$11.2 billion", 11200000000.0, "USD", "=", None, None, None),
        ],
        ["January-September 2009", "first nine months"],
    ),
    (
        "trap-season",
        "2024-06-01",
        "During 9 months of the navigation season, the Blagoveshchensk-Heihe ferry took 62,000 passengers, its operator reported.",
        [
            ("62,000 passengers", 62000.0, "person", "=", None, None, None),
        ],
        ["9 months"],
    ),
    (
        "trap-over-six-months",
        "2024-07-15",
        "Over six months, Russian exports of pork to China rose 70% to 98,000 tonnes, the veterinary service Rosselkhoznadzor said.",
        [
            ("70%", 70.0, "%", "=", "increase", None, None),
            ("98,000 tonnes", 98000.0, "t", "=", None, None, None),
        ],
        ["six months"],
    ),
    (
        "trap-units",
        "2024-03-05",
        "Rosatom poured the first concrete for units 7 and 8 of the Tianwan plant. Each VVER-1200 reactor will generate 1,200 megawatts.",
        [
            ("1,200 megawatts", 1200.0, "MW", "=", None, None, None),
        ],
        ["units 7 and 8", "VVER-1200"],
    ),
    (
        "trap-exercise-name",
        "2022-09-01",
        "Vostok-2022 drills began on Thursday with more than 50,000 troops and 140 aircraft, including Su-35 fighters. China sent over 2,000 soldiers to the exercise.",
        [
            ("more than 50,000 troops", 50000.0, "person", ">", None, None, None),
            ("140 aircraft", 140.0, "count", "=", None, None, None),
            ("over 2,000 soldiers", 2000.0, "person", ">", None, None, None),
        ],
        ["Vostok-2022", "Su-35"],
    ),
    (
        "trap-g20-boeing",
        "2024-09-10",
        "On the sidelines of the G20, the two leaders discussed aviation. Russian carriers still fly 140 Boeing 737 jets, one of the largest fleets outside the US.",
        [
            ("140 Boeing 737 jets", 140.0, "count", "=", None, None, None),
        ],
        ["G20", "two leaders", "737", "one of the largest"],
    ),
    (
        "trap-rate-basis",
        "2024-04-11",
        "The Bank of Russia set the official rate at 12.6 yuan per 100 roubles on Friday.",
        [
            ("12.6 yuan", 12.6, "CNY", "=", None, None, None),
        ],
        ["100 roubles"],
    ),
    (
        "trap-age",
        "2024-08-08",
        "Russian visitors flocked to a 3000-year-old temple in Xi'an, where tickets cost 120 yuan.",
        [
            ("120 yuan", 120.0, "CNY", "=", None, None, None),
        ],
        ["3000-year-old"],
    ),
    (
        "trap-9m-report",
        "2023-11-02",
        "Novatek 9M 2023 results: revenue rose 5% to 1.02 trillion roubles.",
        [
            ("5%", 5.0, "%", "=", "increase", None, None),
            ("1.02 trillion roubles", 1020000000000.0, "RUB", "=", None, None, None),
        ],
        ["9M 2023"],
    ),
    (
        "trap-ordinals-dates-phone",
        "2024-06-18",
        "The 8th Russia-China Expo opens on June 18 at 10:00 in Harbin. For accreditation call +7 495 123-45-67. Page 2 of 3. Organizers expect 1,500 exhibitors.",
        [
            ("1,500 exhibitors", 1500.0, "count", "=", None, None, None),
        ],
        ["8th", "June 18", "10:00", "123-45-67", "Page 2 of 3"],
    ),
    (
        "trap-anecdote",
        "2024-05-25",
        "Two Chinese students who met three Russian friends at the fair said prices were fair. The fair drew 45,000 visitors.",
        [
            ("45,000 visitors", 45000.0, "person", "=", None, None, None),
        ],
        ["Two Chinese students", "three Russian friends"],
    ),
    (
        "from-to",
        "2024-03-30",
        "Russia's share of China's crude imports increased from 17% to 19% last year, while Saudi supplies dropped from 87.5 million tonnes to 85.9 million tonnes.",
        [
            ("from 17% to 19%", 19.0, "%", "=", "from_to", 17.0, None),
            (
                "from 87.5 million tonnes to 85.9 million tonnes",
                85900000.0,
                "t",
                "=",
                "from_to",
                87500000.0,
                None,
            ),
        ],
        [],
    ),
    (
        "kommersant-trillion",
        "2024-02-14",
        "Payments in yuan for Russian imports topped 3 trillion roubles last year, Kommersant reported citing the central bank, up by a factor of 1.5.",
        [
            ("topped 3 trillion roubles", 3000000000000.0, "RUB", ">", None, None, None),
            ("1.5", 1.5, "x", "=", "factor", None, None),
        ],
        [],
    ),
    (
        "cgtn-range-between",
        "2024-09-20",
        "Between 1.5 million and 2 million Chinese tourists are expected to visit Russia next year, the Russian Union of Travel Industry said, compared with 1.1 million this year.",
        [
            (
                "Between 1.5 million and 2 million Chinese tourists",
                1500000.0,
                "person",
                "=",
                None,
                None,
                2000000.0,
            ),
            ("1.1 million", 1100000.0, "person", "=", None, None, None),
        ],
        [],
    ),
    (
        "moscowtimes-yearly",
        "2024-06-25",
        "The Power of Siberia 2 pipeline, 6,700 km long, would carry 50 bcm a year. Talks have dragged on for over a decade.",
        [
            ("6,700 km", 6700.0, "km", "=", None, None, None),
            ("50 bcm a year", 50000000000.0, "m3/yr", "=", None, None, None),
            ("over a decade", 10.0, "year", ">", None, None, None),
        ],
        ["Power of Siberia 2"],
    ),
    (
        "customs-nikkei-dollar-sign",
        "2024-01-20",
        "Japan's imports of Russian LNG fell to 6.2 million tons, worth about $4.9 billion, while China's rose by a quarter.",
        [
            ("6.2 million tons", 6200000.0, "t", "=", None, None, None),
            ("about $4.9 billion", 4900000000.0, "USD", "~", None, None, None),
            ("a quarter", 25.0, "%", "=", "increase", None, None),
        ],
        [],
    ),
    # "Of the N things, M ...": the whole the sentence parts, and its first part (not "Of the
    # two leaders", a number in words)
    (
        "partition-of-the-tourists",
        "2024-06-01",
        "Of the 1.2 million tourists who crossed at Suifenhe, 300,000 came by train.",
        [
            ("1.2 million tourists", 1200000.0, "person", "=", None, None, None),
            ("300,000", 300000.0, "person", "=", None, None, None),
        ],
        [],
    ),
    (
        "partition-not-in-words",
        "2024-06-01",
        "Of the two leaders, one spoke first. Of the three bridges, the newest opened in June.",
        [],
        ["two leaders", "three bridges"],
    ),
    # a range of change opened by "between" after its verb (never years)
    (
        "between-a-range-of-change",
        "2024-06-01",
        "Rosstat expects exports of fertiliser to China to rise between 8 and 10 percent. Imports grew between 2015 and 2020.",
        [("between 8 and 10 percent", 8.0, "%", "=", "increase", None, 10.0)],
        ["2015"],
    ),
    # a decimal broken at its point by a blank line, as scraped pages print it
    (
        "decimal-over-a-blank-line",
        "2024-06-01",
        "Our buyers: China took 44 percent, Kazakhstan 7.\n\n2 percent and Turkey 4.1 percent.",
        [
            ("44 percent", 44.0, "%", "=", None, None, None),
            ("7.\n\n2 percent", 7.2, "%", "=", None, None, None),
            ("4.1 percent", 4.1, "%", "=", None, None, None),
        ],
        [],
    ),
    (
        "year-then-a-blank-line",
        "2024-06-01",
        "Output grew in 2018.\n\n5 percent of the mines closed.",
        [("5 percent", 5.0, "%", "=", None, None, None)],
        ["2018"],
    ),
    # the earlier value after the rest of the figure's clause takes its unit
    (
        "compared-with-after-the-clause",
        "2024-06-01",
        "Some 900,000 Russian tourists are expected to visit Hainan next year, the island's tourism bureau said, compared with 640,000 this year.",
        [
            ("Some 900,000 Russian tourists", 900000.0, "person", "~", None, None, None),
            ("640,000", 640000.0, "person", "=", None, None, None),
        ],
        [],
    ),
    # the yen sign in news of China and the yuan is the yuan's; beside Japan, the yen's
    (
        "yen-sign-beside-japan",
        "2024-06-01",
        "Japan's Mitsui paid ¥50 billion for its Arctic LNG 2 stake.",
        [("¥50 billion", 50000000000.0, "JPY", "=", None, None, None)],
        ["Arctic LNG 2"],
    ),
    # "by 9M" is nine months, "a decade" ten years
    (
        "by-nine-months",
        "2024-06-01",
        "Coal imports from Russia rose 6% in September, and by 9M the total stood at 75 million tonnes.",
        [
            ("6%", 6.0, "%", "=", "increase", None, None),
            ("75 million tonnes", 75000000.0, "t", "=", None, None, None),
        ],
        ["9M"],
    ),
    (
        "a-decade-as-a-span-and-as-a-frame",
        "2024-06-01",
        "China has been Russia's top buyer of crude for more than a decade. A decade ago, trade was small. Trade could double in a decade.",
        [
            ("more than a decade", 10.0, "year", ">", None, None, None),
            ("double", 2.0, "x", "=", "factor", None, None),
        ],
        ["A decade ago", "in a decade"],
    ),
]


def _record(claim: sinorus_facts.Claim) -> Figure:
    return (
        claim.evidence.quantity,
        claim.value,
        claim.unit,
        claim.bound,
        claim.change,
        claim.from_value,
        claim.high,
    )


@pytest.mark.parametrize(
    ("published", "text", "expected", "traps"),
    [r[1:] for r in _ROWS],
    ids=[r[0] for r in _ROWS],
)
def test_every_figure_and_no_trap(
    published: str, text: str, expected: list[Figure], traps: list[str]
) -> None:
    claims = sinorus_facts.extract(text, published=published)
    got = [_record(c) for c in claims]
    assert [g[0] for g in got] == [e[0] for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert g[1] == pytest.approx(e[1], rel=1e-3)
        assert g[2:] == e[2:]
    for trap in traps:
        start = text.index(trap)
        end = start + len(trap)
        # no claim starts inside the trap ("140 Boeing 737 jets" counts the jets, not "737")
        assert not [c for c in claims if start <= c.evidence.quantity_start < end], trap


# A span of years holds whenever it is said: no period, even where its sentence gives one
# (a span of days keeps the event it measures); a quoted breakdown of a dated report ("...
# China accounts for 40 percent, ...," she said) holds for the report's period.
_PERIODS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "span-of-years-beside-a-year",
        "Russia's grain trade with China declined in 2025, the first fall in six years.",
        [("six years", None)],
    ),
    (
        "run-of-years-beside-a-year",
        "Kazakhstan has bought Russian wheat for more than a decade, turning into its top flour buyer in 2015.",
        [("more than a decade", None)],
    ),
    (
        "quoted-breakdown-of-a-dated-report",
        (
            "Minister Anna Orlova said that in 2023 Russian fish exports amounted to $6 billion.\n\n"
            '"Our main markets: China account for 45 percent, South Korea 18 percent," Orlova said.'
        ),
        [("$6 billion", "2023-01-01"), ("45 percent", "2023-01-01"), ("18 percent", "2023-01-01")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _PERIODS], ids=[r[0] for r in _PERIODS]
)
def test_periods_of_spans_and_breakdowns(text: str, expected: list[tuple[str, str | None]]) -> None:
    claims = sinorus_facts.extract(text, published="2024-06-01")
    got = [
        (c.evidence.quantity, c.period.start.isoformat() if c.period and c.period.start else None)
        for c in claims
    ]
    assert got == expected
