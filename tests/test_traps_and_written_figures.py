"""Numbers that are no claim and figures that are easy to miss (issue 25), and hostile text
through :func:`sinorus_facts.extract`: every sentence is written for these tables, with
figures of its own. A trap gives no claim at all; a figure gives exactly the claims listed
(as written, value at full scale, canonical unit)."""

from __future__ import annotations

import pytest
from spacy.language import Language

import sinorus_facts

PUBLISHED = "2024-06-01"

Figure = tuple[str, float, str | None]


def _figures(text: str) -> list[Figure]:
    return [
        (c.evidence.quantity, round(float(c.value), 2), c.unit)
        for c in sinorus_facts.extract(text, published=PUBLISHED)
    ]


# Numbers that are no figure: phone numbers, addresses, postcodes, ISBNs, flights and trains,
# models and names, articles and resolutions, codes, scores, clock times, dates, ages,
# ordinals and ranks, page furniture, versions, a poll's margin of error, titles in quotes,
# numbered lists, incidental counts and frames of time.
_TRAPS: list[tuple[str, str]] = [
    ("phone-international", "For details, call the embassy hotline at +7 495 123-45-67."),
    ("phone-free-line", "Readers can reach the desk on 8-800-555-3535 around the clock."),
    ("address-street", "The trade mission is based at 14 Pokrovka Street in Moscow."),
    ("address-road-postcode", "The office moved to 221 Harbin Road, Dalian 116001."),
    ("po-box-postcode", "Letters should go to PO Box 4521, Vladivostok 690091."),
    ("isbn", "The memoir was published under ISBN 978-5-17-123456-7."),
    ("flight-number", "Aeroflot flight SU204 landed in Beijing on Tuesday morning."),
    ("flight-number-lower", "The flight MU5029 was delayed by fog."),
    ("train-number", "Train K19 left Moscow's Yaroslavsky station on schedule."),
    ("jet-models", "The air force displayed the Su-35 and the J-20 at the show."),
    ("airliner-model", "China Eastern ordered the Boeing 737 for its regional routes."),
    ("airliner-model-hyphen", "Tu-214 airliners will fly the route."),
    ("ship-type", "A Type 055 destroyer joined the drills off Vladivostok."),
    ("missile-system", "The S-400 system was delivered to the base."),
    ("radar-plane", "The A-50 radar plane was seen over the sea."),
    (
        "probe-name-with-apostrophe",
        "The Chang'e-6 probe returned samples from the far side of the Moon.",
    ),
    ("pipeline-name", "The Power of Siberia 2 pipeline was discussed at the talks."),
    ("group-name", "The G20 summit in New Delhi drew both leaders."),
    ("disease-name", "The COVID-19 pandemic disrupted border trade."),
    ("road-name", "Route M-10 links Moscow and St Petersburg."),
    ("treaty-article", "Officials cited Article 5 of the treaty in their talks."),
    ("code-article-decimal", "Article 15.3 of the code sets the rules."),
    ("un-resolution", "Diplomats discussed Resolution 2231 at the Security Council."),
    ("decree-number", "Decree No. 474 on national goals was signed by Putin."),
    ("customs-code", "The goods fall under HS code 2709 in customs statistics."),
    ("iso-standard", "The standard ISO 9001 was adopted by the plant."),
    ("law-section", "Section 301 of the trade law was invoked by Washington."),
    ("report-chapter", "Chapter 7 of the report deals with energy."),
    ("score-dash", "Zenit beat Spartak 2-1 in St Petersburg on Sunday."),
    ("score-colon", "The Chinese side won the friendly 3:0 in Kazan."),
    ("clock-time", "The talks began at 10:30 local time in the Kremlin."),
    ("clock-am-pm", "The delegation arrived at 9 a.m. and left at 6 p.m."),
    ("date-slashes", "The agreement was signed on 03/04/2024 in Beijing."),
    ("date-iso", "The statement was dated 2024-05-01 by the ministry."),
    ("date-dots", "The forum opened on 12.09.2023 in Vladivostok."),
    ("date-day-range", "The conference takes place on May 16-17 in Shanghai."),
    ("years-of-office", "He served as ambassador in 2015-2019."),
    ("decade", "The 1990s saw a boom in shuttle trade."),
    ("age-hyphenated", "A 45-year-old engineer was detained at the border."),
    ("age-apposition", "The minister, 62, met his counterpart in Harbin."),
    ("ordinal-forum", "Putin attended the 3rd Eastern Economic Forum in Vladivostok."),
    ("ordinal-meeting", "The 25th meeting of the heads of government took place in Moscow."),
    ("ordinal-summit", "The BRICS+ format was discussed at the 16th summit in Kazan."),
    ("rank-ordinal", "The university was ranked 2nd in the regional table."),
    ("rank-number", "China is ranked No. 1 among Russia's trading partners."),
    ("page-of-pages", "Page 3 of 10"),
    ("gallery-counter", "1 of 5 photos"),
    ("gallery-counter-slash", "Slide 3/12 images"),
    ("social-counters", "Share 45 Tweet 3"),
    ("comment-counter", "Comments (12)"),
    ("photo-credit", "Photo: Reuters/File 2023"),
    ("updated-stamp", "Updated: 14:05, 10 March 2024"),
    ("app-version", "The app's version 2.4.1 added Chinese-language support."),
    ("os-version", "The company released Android 14 on its new phones."),
    ("margin-of-error-sign", "The poll has a margin of error of ±3%."),
    (
        "margin-of-error-words",
        "The survey's margin of error is plus or minus 2.5 percentage points.",
    ),
    ("margin-of-error-slash", "Its margin of error is +/- 4 points."),
    ("film-title", 'He starred in the film "9 Days in Harbin" last spring.'),
    ("book-title-curly", "The book \u201c100 Years of Friendship\u201d was presented at the fair."),
    ("numbered-list", "The steps are: 1. register 2. pay the fee 3. collect the visa."),
    ("room-number", "Room 1205 of the hotel hosted the working group."),
    ("gate-number", "The team plays at Gate 7 of the Luzhniki stadium."),
    ("building-number", "Building 2 of the complex houses the consulate."),
    ("lng-train", "The Yamal LNG Train 4 was completed."),
    ("emergency-number", "Call 112 in an emergency."),
    ("power-of-ten", "Engineers wrote the figure as 10^9 in the annex."),
    ("the-two-leaders", "The two leaders met on the sidelines of the summit."),
    ("one-of-the-largest", "One of the largest ports in the east handled the cargo."),
    ("both-countries", "Both countries signed the memorandum at the ceremony."),
    ("first-train", "The first train of the season left Harbin."),
    ("half-of-a-match", "In the second half of the match, the visitors pressed hard."),
    ("frame-of-years", "Over the next five years, the sides will hold annual talks."),
    ("listicle-top-n", "Top 10 facts about the Power of Siberia"),
    ("top-n-in-a-ranking", "The city entered the top 3 destinations for visitors."),
    ("reading-time", "Reporting by Ivan Petrov; Editing by Jane Smith; 2 min read"),
    ("reading-time-minutes", "5 minute read"),
    ("phone-brackets", "The ministry's hotline is 8 (800) 200-01-12."),
    ("fax-number", "Send a fax to +86 10 6532 1381."),
    ("train-number-no", "Train No. 020 runs from Beijing to Moscow."),
    ("court-case-number", "The case number is A40-12345/2023."),
    ("transport-plane", "The Il-76 transport landed at the base."),
    ("frigate-project", "Russia's Project 22350 frigate sailed into Qingdao."),
    ("airliner-mc21", "The MC-21 airliner is due for certification."),
    ("highway-code", "Highway G1 links Beijing and Harbin."),
    ("score-draw", "The match ended 1-1 after extra time."),
    ("clock-with-zone-words", "The flight departs at 23:45 Moscow time."),
    ("date-short-year-slashes", "The deal was signed on 5/12/2023."),
    ("age-before-noun", "The 70-year-old leader spoke for an hour."),
    ("age-aged", "Aged 34, she became the youngest governor."),
    ("rank-5th", "The bank ranked 5th among lenders in the region."),
    ("list-name-fortune", "The firm is listed on the Fortune 500."),
    ("phone-model", "The iPhone 15 went on sale in Moscow."),
    ("figure-label", "Figure 2 shows the rise in trade."),
    ("table-label", "See Table 4 for details."),
    ("terminal-label", "Terminal 2 of the airport serves flights to China."),
    ("airliner-variant", "The Boeing 787-9 flew the new route."),
    ("hotline-24-7", "The Amur region's 24/7 hotline opened."),
    ("year-founded", "The company, founded in 1998, makes turbines."),
    ("missile-model-letters-and-digits", "The Kh-32M2 missile was tested."),
    ("jet-model-letters", "The Su-30MKK jets flew over the bay."),
    ("spacecraft-name", "The cosmonaut returned aboard Soyuz MS-24."),
    ("cargo-ship-name", "The Tianzhou-7 cargo ship docked on Thursday."),
    ("exercise-name-with-year", "The Vostok-2022 exercise began in the Far East."),
    ("flight-ca", "Flight CA909 from Beijing landed in Moscow."),
    ("time-zone-offset", "Vladivostok is UTC+10."),
    ("day-of-month-ordinal", "The summit will be held on the 15th."),
    ("twice-a-count-of-goals", "In the second half of the match, the hosts scored twice."),
    ("twice-a-count-of-meetings", "The two presidents have met twice this year."),
    ("twice-in-an-earlier-clause", "He visited Harbin twice, and the talks went well."),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize("text", [r[1] for r in _TRAPS], ids=[r[0] for r in _TRAPS])
def test_a_number_that_is_no_claim_gives_none(nlp: Language, text: str) -> None:
    assert _figures(text) == []


# Figures a reader counts in the forms news writes them: words, fractions, halves and
# dozens, glued scales and currency codes, rates and ranges.
_FIGURES: list[tuple[str, str, list[Figure]]] = [
    (
        "one-and-a-half-million",
        "Russia exported one and a half million tonnes of pork to China.",
        [("one and a half million tonnes", 1500000.0, "t")],
    ),
    (
        "a-dozen",
        "A dozen Chinese banks opened branches in Moscow last year.",
        [("A dozen Chinese banks", 12.0, "count")],
    ),
    (
        "hundreds-of-thousands",
        "Hundreds of thousands of Chinese tourists visited Russia.",
        [("Hundreds of thousands of Chinese tourists", 100000.0, "person")],
    ),
    (
        "two-thirds",
        "Two-thirds of the trade is now settled in roubles and yuan.",
        [("Two-thirds", 66.67, "%")],
    ),
    ("a-quarter", "A quarter of Russia's oil exports go to China.", [("A quarter", 25.0, "%")]),
    ("a-third", "Exports grew by a third in March.", [("a third", 33.33, "%")]),
    ("one-fifth", "Tourist flows rose by one-fifth.", [("one-fifth", 20.0, "%")]),
    (
        "by-half-then-a-level",
        "Imports rose by half to 4 million tonnes.",
        [("half", 50.0, "%"), ("4 million tonnes", 4000000.0, "t")],
    ),
    (
        "half-a-million",
        "Half a million visitors came to the fair.",
        [("Half a million visitors", 500000.0, "person")],
    ),
    (
        "words-hundred-and-twenty",
        "Exports reached three hundred and twenty million dollars.",
        [("three hundred and twenty million dollars", 320000000.0, "USD")],
    ),
    (
        "words-hyphenated",
        "The deal is worth twenty-five billion dollars.",
        [("twenty-five billion dollars", 25000000000.0, "USD")],
    ),
    ("dollar-bn", "The bank lent $1.2bn to the smelter.", [("$1.2bn", 1200000000.0, "USD")]),
    (
        "dollar-bn-decimal",
        "Trade reached $240.1bn last year.",
        [("$240.1bn", 240100000000.0, "USD")],
    ),
    (
        "us-dollar-sign",
        "Exports reached US$12.5 billion.",
        [("US$12.5 billion", 12500000000.0, "USD")],
    ),
    ("euro-m", "The contract is worth \u20ac400m.", [("\u20ac400m", 400000000.0, "EUR")]),
    (
        "rmb-code",
        "The fund invested RMB 5 billion in the port.",
        [("RMB 5 billion", 5000000000.0, "CNY")],
    ),
    ("cny-code-bn", "The loan is for CNY 2.5bn.", [("CNY 2.5bn", 2500000000.0, "CNY")]),
    ("usd-mln", "The project will cost USD 300 mln.", [("USD 300 mln", 300000000.0, "USD")]),
    (
        "yuan-after",
        "The two sides signed deals worth 1.3 billion yuan.",
        [("1.3 billion yuan", 1300000000.0, "CNY")],
    ),
    (
        "roubles-trillion",
        "Investment totalled 7.5 trillion roubles.",
        [("7.5 trillion roubles", 7500000000000.0, "RUB")],
    ),
    (
        "rubles-spelling",
        "The bridge cost 19 billion rubles.",
        [("19 billion rubles", 19000000000.0, "RUB")],
    ),
    (
        "rbs-abbreviation",
        "Trade reached Rbs 2 trillion.",
        [("Rbs 2 trillion", 2000000000000.0, "RUB")],
    ),
    (
        "rbs-glued",
        "The bank lent Rbs5bn to the plant.",
        [("Rbs5bn", 5000000000.0, "RUB")],
    ),
    (
        "tonnes-glued-per-month",
        "The plant ships 5,000t of copper a month.",
        [("5,000t of copper a month", 5000.0, "t/mo")],
    ),
    ("bcm-per-year", "The pipeline carries 12 bcm/y of gas.", [("12 bcm/y", 12e9, "m3/yr")]),
    (
        "mtpa",
        "The plant has a capacity of 3 mtpa of LNG.",
        [("3 mtpa", 3000000.0, "t/yr")],
    ),
    ("mt", "Output was 17 mt of coal last year.", [("17 mt", 17000000.0, "t")]),
    (
        "mln-tonnes",
        "The company sold 2.3 mln tonnes of coal.",
        [("2.3 mln tonnes", 2300000.0, "t")],
    ),
    (
        "m-glued-people",
        "Some 1.5m tourists crossed the border.",
        [("Some 1.5m tourists", 1500000.0, "person")],
    ),
    ("range-percent", "Trade grew 10-12% in the first quarter.", [("10-12%", 10.0, "%")]),
    (
        "range-between",
        "Between 5 and 6 million tonnes of grain were shipped.",
        [("Between 5 and 6 million tonnes", 5000000.0, "t")],
    ),
    ("tripled", "Wheat exports tripled last year.", [("tripled", 3.0, "x")]),
    ("hundredfold", "Exports rose a hundredfold.", [("hundredfold", 100.0, "x")]),
    ("twice-after-a-verb-of-change", "Exports grew twice in 2023.", [("twice", 2.0, "x")]),
    (
        "twice-with-a-bound",
        "Trade increased almost twice.",
        [("almost twice", 2.0, "x")],
    ),
    (
        "twice-and-a-comparative",
        "Prices are twice higher than a year ago.",
        [("twice higher", 2.0, "x")],
    ),
    ("twice-what-it-was", "Output is now twice what it was.", [("twice", 2.0, "x")]),
    (
        "twice-as-much-as",
        "Imports were twice as much as exports.",
        [("twice as much as", 2.0, "x")],
    ),
    (
        "twice-a-count-beside-a-change",
        "He visited Harbin twice, and trade rose 5%.",
        [("5%", 5.0, "%")],
    ),
    (
        "twentyfold",
        "Imports rose twentyfold in a decade.",
        [("twentyfold", 20.0, "x")],
    ),
    ("nine-fold", "Imports rose nine-fold.", [("nine-fold", 9.0, "x")]),
    ("times-decimal", "Trade turnover grew by 1.5 times.", [("1.5 times", 1.5, "x")]),
    (
        "top-n-then-a-share",
        "The top 5 exporters shipped 40% of the coal.",
        [("40%", 40.0, "%")],
    ),
    (
        "more-than-a-thousand",
        "More than a thousand students enrolled.",
        [("More than a thousand students", 1000.0, "person")],
    ),
    (
        "three-quarters",
        "Three quarters of the grain goes by rail.",
        [("Three quarters", 75.0, "%")],
    ),
    ("basis-points", "Yields fell 50 basis points.", [("50 basis points", 50.0, "bp")]),
    ("rmb-glued", "The firm earned Rmb3.2bn in profit.", [("Rmb3.2bn", 3200000000.0, "CNY")]),
    ("hk-dollar", "The company raised HK$5 billion.", [("HK$5 billion", 5000000000.0, "HKD")]),
    (
        "bln-dollars",
        "Investment hit a record 4.2 bln dollars.",
        [("4.2 bln dollars", 4200000000.0, "USD")],
    ),
    (
        "price-per-tonne-yuan",
        "The price is 500 yuan per tonne.",
        [("500 yuan per tonne", 500.0, "CNY/t")],
    ),
    (
        "level-and-its-converted-amount",
        "The loan totals 10 billion yuan ($1.4 billion).",
        [("10 billion yuan", 10000000000.0, "CNY"), ("$1.4 billion", 1400000000.0, "USD")],
    ),
    (
        "fold-and-level",
        "Turnover rose 3.5-fold to 180 billion roubles.",
        [("3.5-fold", 3.5, "x"), ("180 billion roubles", 180000000000.0, "RUB")],
    ),
    (
        "fivefold-and-count",
        "Sales rose fivefold to 25,000 vehicles.",
        [("fivefold", 5.0, "x"), ("25,000 vehicles", 25000.0, "count")],
    ),
    ("price-per-barrel", "The price fell to $60 a barrel.", [("$60 a barrel", 60.0, "USD/bbl")]),
    (
        "cubic-metres",
        "Gas supplies reached 38 billion cubic metres.",
        [("38 billion cubic metres", 38000000000.0, "m3")],
    ),
    (
        "m3-symbol",
        "Gas supplies of 10 billion m3 are planned.",
        [("10 billion m3", 10000000000.0, "m3")],
    ),
    (
        "barrels-per-day",
        "Oil exports were 2.1 million barrels per day.",
        [("2.1 million barrels per day", 2100000.0, "bbl/d")],
    ),
    ("km", "The railway is 1,200 km long.", [("1,200 km", 1200.0, "km")]),
    ("workers", "The project employs 3,500 workers.", [("3,500 workers", 3500.0, "person")]),
    (
        "per-cent-words",
        "About 40 per cent of the output goes to China.",
        [("About 40 per cent", 40.0, "%")],
    ),
    (
        "percentage-points",
        "Exports fell by 1.5 percentage points.",
        [("1.5 percentage points", 1.5, "pp")],
    ),
    ("teu", "The fleet carried 1,500 TEU of containers.", [("1,500 TEU", 1500.0, "TEU")]),
    (
        "a-poll-figure-beside-its-margin",
        "Some 52% backed the plan, with a margin of error of ±3%.",
        [("Some 52%", 52.0, "%")],
    ),
    (
        "a-quote-that-is-no-title",
        'The minister said "we will ship 5 million tonnes" next year.',
        [("5 million tonnes", 5000000.0, "t")],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _FIGURES], ids=[r[0] for r in _FIGURES]
)
def test_a_figure_in_any_written_form_is_read(
    nlp: Language, text: str, expected: list[Figure]
) -> None:
    assert _figures(text) == expected


# Hostile text: no traceback and no figure the text does not hold.
_HOSTILE: list[tuple[str, str, list[Figure]]] = [
    ("empty", "", []),
    ("only-whitespace", " \n\t \r\n  ", []),
    ("a-megabyte-of-digits", "7" * 1_000_000, []),
    ("bytes-read-as-latin-1", bytes(range(256)).decode("latin-1") * 200, []),
    ("a-long-number", "Exports were " + "9" * 5000 + " tonnes.", []),
    ("only-full-stops", "." * 100_000, []),
    ("notation", "Set 1e308 and 10^9 and 0x1F and 1.2.3.4.5 in the table.", []),
    (
        "mixed-scripts",
        "\u0422\u043e\u0440\u0433\u043e\u0432\u043b\u044f \u4e2d\u4fc4 \u2460\u2461 \u0661\u0662",
        [],
    ),
    (
        "markup-around-a-figure",
        "<p>Trade rose <b>12%</b></p><script>var x=123456;</script>",
        [("12%", 12.0, "%")],
    ),
    (
        "control-characters",
        "Trade rose\x00 12%\x00 last year\u200b.",
        [("12%", 12.0, "%")],
    ),
]


@pytest.mark.issue(25)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _HOSTILE], ids=[r[0] for r in _HOSTILE]
)
def test_hostile_text_gives_no_traceback_and_no_invented_figure(
    nlp: Language, text: str, expected: list[Figure]
) -> None:
    assert _figures(text) == expected
