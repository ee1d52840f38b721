"""The date an article's own text makes plain, when the page prints none.

Each row: a short undated article written for the test, and the exact reference date it
gives (None where its text dates nothing it reports as past or present).
"""

from __future__ import annotations

from datetime import date

import pytest

from sinorus_facts.periods.articles import split_articles
from sinorus_facts.periods.dating import (
    dateline_year,
    reference_bounds,
    reference_from_text,
    stamp_is_stale,
    text_evidence,
    url_date,
)

_UNDATED: list[tuple[str, str, date | None]] = [
    (
        "a_year_told_in_the_present_is_the_year",
        "Trade between the two neighbours bounces back in 2012.",
        date(2012, 12, 31),
    ),
    (
        "a_whole_year_told_in_the_past_is_over",
        "Russia shipped 3 million tonnes of wheat to China in 2020.",
        date(2021, 1, 31),
    ),
    (
        "first_months_of_a_year_keep_it_current",
        (
            "Tourist arrivals doubled in 2016. In the first nine months of 2016, 500,000 tourists came."
        ),
        date(2016, 9, 30),
    ),
    (
        "the_latest_month",
        "The line opened in March 2017. In November 2018, a second track was laid.",
        date(2018, 11, 30),
    ),
    (
        "the_latest_day",
        "The contract was signed in Beijing on June 4, 2019, the bank said.",
        date(2019, 6, 4),
    ),
    (
        "a_weekday_and_date_in_a_caption",
        "Ministers meet in Moscow on Friday, Sept. 6, 2013. (Photo: Agency)",
        date(2013, 9, 6),
    ),
    (
        "a_forecast_is_no_evidence",
        (
            "Gas supplies will reach 38 bcm in 2025, the company said. Deliveries began in December 2019."
        ),
        date(2019, 12, 31),
    ),
    (
        "an_expectation_is_no_evidence",
        "Output is expected to hit 5 mln tonnes in 2024, after 3 mln in March 2022.",
        date(2022, 3, 31),
    ),
    (
        "a_deadline_is_no_evidence",
        "The sides aim to double trade by 2030. Trade is growing fast.",
        None,
    ),
    ("until_is_a_deadline", "The exemption runs until 2026.", None),
    (
        "to_a_year_is_a_deadline",
        "The contract was extended to 2040 in a deal signed in May 2016.",
        date(2016, 5, 31),
    ),
    (
        "a_year_in_a_name_is_no_date",
        "Officials discussed the Energy Strategy 2035 and trade in August 2019.",
        date(2019, 8, 31),
    ),
    (
        "a_possessive_before_a_year_is_no_name",
        "Russia's 2017 exports of pork stand at 9,000 tonnes.",
        date(2017, 12, 31),
    ),
    (
        "a_running_span_alone_dates_nothing",
        "The bridge has been under construction since 2016.",
        None,
    ),
    (
        "a_basis_is_a_finished_year",
        "Turnover is 12% higher than in 2019, the customs service says.",
        date(2020, 12, 31),
    ),
    (
        "a_basis_with_its_figure",
        "Imports are seen 40% above the 7 million tonnes of 2018 and up from 5 million in 2017.",
        date(2018, 12, 31),
    ),
    (
        "a_place_after_from_is_no_basis",
        "Imports from Kazakhstan in 2015 stood at 4 million tonnes.",
        date(2016, 1, 31),
    ),
    (
        "may_the_month_is_no_modal",
        "Output rose 4% in May 2018, the ministry said.",
        date(2018, 5, 31),
    ),
    (
        "a_range_of_years",
        "The report on 2017-18 shows a 30% rise in online sales.",
        date(2018, 12, 31),
    ),
    ("no_time_at_all", "The pipeline is 2,000 km long and crosses three rivers.", None),
    (
        "the_verb_before_a_list_tells_the_year",
        (
            "Russia became the third buyer after India (over $5 billion) and Egypt ($3 billion) "
            "in 2016."
        ),
        date(2017, 1, 31),
    ),
    (
        "a_headline_change_tells_a_finished_year",
        "2019 bilateral trade down 12% with further falls expected",
        date(2020, 1, 31),
    ),
    (
        "eleven_months_do_not_keep_the_year_current",
        (
            "Trade fell in 2023 from a record in 2022. Crude imports dropped 9% in the first "
            "11 months of 2023."
        ),
        date(2024, 1, 31),
    ),
    (
        "a_time_in_parentheses_takes_the_clause_s_forecast",
        "The minister said sales will grow 10% (in 2026 year on year). Exports rose in May 2025.",
        date(2025, 5, 31),
    ),
    (
        "a_past_first_half_of_this_year_puts_the_telling_after_june",
        (
            "Trade reached a record in 2023. Exports to Mongolia rose 6% in the first half of "
            "this year, the customs office said."
        ),
        date(2024, 6, 30),
    ),
    (
        "a_first_quarter_of_this_year_told_in_the_past",
        "Output rose 3% in 2021, and in the first quarter of this year it climbed 2%.",
        date(2022, 3, 31),
    ),
    (
        "an_expected_first_half_does_not_date_the_page",
        "Exports fell 2% in 2020. They are expected to recover in the first half of this year.",
        date(2021, 1, 31),
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), _UNDATED, ids=[r[0] for r in _UNDATED])
def test_reference_from_text(name: str, text: str, expected: date | None) -> None:
    assert reference_from_text(text) == expected


# A dateline without a year ("CITY, February 3."): the year from its article's text.
_YEARLESS: list[tuple[str, str, int, int, int | None]] = [
    (
        "a_finished_month_moves_it_to_the_next_year",
        "Cargo via the crossing rose 20% in 2022. In December 2022, it rose 9%.",
        2,
        3,
        2023,
    ),
    (
        "a_month_before_the_day_keeps_the_year",
        "The fourth unit started in September 2021, the operator said.",
        11,
        25,
        2021,
    ),
    (
        "an_early_dateline_after_a_whole_year",
        "The country exported 50,000 tonnes of beef in 2023.",
        1,
        15,
        2024,
    ),
    (
        "a_late_dateline_in_the_year_it_reports",
        "The country exported 50,000 tonnes of beef in 2023.",
        12,
        20,
        2023,
    ),
    (
        "a_running_span_from_the_start_of_a_year",
        "Power exports have fallen 20% since the beginning of 2022.",
        8,
        30,
        2022,
    ),
    (
        "a_forecast_year_does_not_date_it",
        "Exports will reach 10 mln tonnes in 2027. They were 6 mln in May 2019.",
        6,
        1,
        2019,
    ),
    (
        "a_whole_year_told_in_the_past_is_over_by_june",
        "Exports will reach 10 mln tonnes in 2027. They were 6 mln in 2019.",
        6,
        1,
        2020,
    ),
    ("nothing_dated", "Talks went well, the minister said on Tuesday.", 5, 5, None),
    (
        "an_aside_in_a_forecast_does_not_date_it",
        (
            "On December 3, 2025, a decree was signed. Arrivals will rise 10% "
            "(in 2026 year on year), the agency said."
        ),
        1,
        20,
        2026,
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "month", "day", "expected"), _YEARLESS, ids=[r[0] for r in _YEARLESS]
)
def test_dateline_year(name: str, text: str, month: int, day: int, expected: int | None) -> None:
    assert dateline_year(text, month, day) == expected


# A page clock or archive stamp years after the story's own events is not its date.
_STAMPS: list[tuple[str, str, date, bool]] = [
    (
        "archive_years_after_the_story",
        "The loan was signed on Wednesday, April 15, 2009.",
        date(2019, 5, 14),
        True,
    ),
    ("clock_the_year_after", "Exports rose 5% in the first half of 2018.", date(2019, 1, 3), False),
    (
        "no_evidence_keeps_the_stamp",
        "The plant makes 3 mln tonnes a year.",
        date(2020, 2, 2),
        False,
    ),
]


@pytest.mark.parametrize(("name", "text", "stamp", "stale"), _STAMPS, ids=[r[0] for r in _STAMPS])
def test_stamp_is_stale(name: str, text: str, stamp: date, stale: bool) -> None:
    assert stamp_is_stale(text, stamp) is stale


_ROLES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "event_basis_since_and_a_dropped_forecast",
        (
            "Trade rose 9% from 2017 and has grown since 2014; it will double in 2024. It stands at $9 bln in 2018."
        ),
        [("2017", "basis"), ("since 2014", "since"), ("in 2018", "event")],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), _ROLES, ids=[r[0] for r in _ROLES])
def test_evidence_roles(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.role) for e in text_evidence(text)] == expected


_URLS: list[tuple[str, str | None, date | None]] = [
    (
        "year_month_day",
        "https://news.example.org/2021/11/05/grain-corridor-opens",
        date(2021, 11, 5),
    ),
    ("iso_in_a_folder", "http://example.pl/en/analyses/2013-04-22/gas-talks", date(2013, 4, 22)),
    ("year_then_month_day", "http://example.cn/wire/2017/08-30/12345.shtml", date(2017, 8, 30)),
    ("year_month_then_day", "http://example.com/english/2019-03/14/c_1234.htm", date(2019, 3, 14)),
    (
        "compact_year_month_then_day",
        "http://example.com/a/201903/14/WS5c8a.html",
        date(2019, 3, 14),
    ),
    ("year_then_monthday", "http://example.cn/n3/2019/0314/c90000-1.html", date(2019, 3, 14)),
    (
        "a_compact_day_in_a_folder",
        "https://example.com/20230514/trade-rises-1100.html",
        date(2023, 5, 14),
    ),
    ("an_eight_digit_id_is_no_day", "https://example.com/news/20231399/story", None),
    ("impossible_day", "https://example.org/2021/02/30/story", None),
    ("year_and_month_only", "http://example.ru/sitemap/2012/05/article/x.html", None),
    ("an_id_is_no_date", "https://example.com/economy/1739339", None),
    ("a_date_in_the_query_is_not_read", "https://example.com/story?from=2019-03-14", None),
    ("no_address", None, None),
]


@pytest.mark.parametrize(("name", "url", "expected"), _URLS, ids=[r[0] for r in _URLS])
def test_url_date(name: str, url: str | None, expected: date | None) -> None:
    assert url_date(url) == expected


# How sure an inferred date is: the earliest and the latest day the text allows.
_BOUNDS: list[tuple[str, str, tuple[date | None, date | None]]] = [
    (
        "after_a_finished_year_before_a_forecast",
        "Exports fell 4% in 2022. They are expected to reach $9 bln in 2024.",
        (date(2023, 1, 1), date(2024, 12, 31)),
    ),
    (
        "after_a_reported_month_no_later_bound",
        "The sides signed the deal in June 2019.",
        (date(2019, 6, 1), None),
    ),
    (
        "before_a_deadline",
        "Trade reached $20 billion in the first half of 2021. The sides aim to double it by 2024.",
        (date(2021, 6, 30), date(2024, 12, 31)),
    ),
    (
        "after_a_basis",
        "Output is 12% higher from 2020.",
        (date(2021, 1, 1), None),
    ),
    (
        "a_past_plan_sets_no_latest_day",
        "The plan was to reach $100 billion by 2015. Trade hit $110 billion in 2019.",
        (date(2020, 1, 1), None),
    ),
    ("nothing_either_way", "The pipeline is 2,000 km long.", (None, None)),
]


@pytest.mark.parametrize(("name", "text", "expected"), _BOUNDS, ids=[r[0] for r in _BOUNDS])
def test_reference_bounds(name: str, text: str, expected: tuple[date | None, date | None]) -> None:
    assert reference_bounds(text) == expected


def test_an_inferred_date_carries_its_bounds() -> None:
    page = (
        "Grain exports slip\n\nExports fell 4% in 2022, the union said. "
        "They are expected to reach 9 mln tonnes in 2024.\n"
    )
    article = split_articles(page)[0]
    assert (
        article.reference_date,
        article.reference_source,
        article.reference_earliest,
        article.reference_latest,
    ) == (date(2023, 1, 31), "text", date(2023, 1, 1), date(2024, 12, 31))


# The page's date inferred from its own text, and the range it must lie in (reference_date,
# reference_earliest, reference_latest of its article), by family: a year's total told in
# the past (early in the next year), the first months of this year told in the past (after
# them), "last year" beside a named year, forecasts', plans' and scheduled years (no date,
# a latest day), photo captions, copyright lines and web addresses (no date), quotations
# recalling old years, yearless datelines (the year that makes the text consistent).
_PAGES: list[tuple[str, str, tuple[date | None, date | None, date | None]]] = [
    (
        "year_total_then_this_year_forecast",
        "Kyrgyzstan's exports of dried apricots to China climbed 18% in 2021 to 42,000 tonnes, the trade ministry reported. This year the ministry expects shipments of 50,000 tonnes.",
        (date(2022, 1, 31), date(2022, 1, 1), None),
    ),
    (
        "for_the_whole_of_year_amounted",
        "For the whole of 2018, freight through the Blagoveshchensk crossing amounted to 3.4 million tonnes, the port authority said.",
        (date(2019, 1, 31), date(2019, 1, 1), None),
    ),
    (
        "headline_year_total_then_january",
        "Mongolian copper sales to China hit record in 2019\n\nMongolia sold 1.5 million tonnes of copper concentrate to China in 2019, up 6%. In January, sales slipped 3%.",
        (date(2020, 1, 31), date(2020, 1, 1), None),
    ),
    (
        "year_total_this_year_so_far",
        "Car exports from China to Kazakhstan totalled 61,000 vehicles in 2022. So far this year, dealers have imported 48,000 cars.",
        (date(2023, 1, 31), date(2023, 1, 1), None),
    ),
    (
        "first_eight_months_this_year_after_named_year",
        "The port of Nakhodka handled 41 million tonnes in 2022. In the first eight months of this year, it handled 30 million tonnes, 9% more than a year earlier.",
        (date(2023, 8, 31), date(2023, 8, 31), None),
    ),
    (
        "january_october_without_year",
        "Trade with Tajikistan rose 12% in January-October, the statistics agency said, after a 5% fall in 2020.",
        (date(2021, 10, 31), date(2021, 10, 31), None),
    ),
    (
        "first_5_months_digits",
        "Exports of Chinese excavators to Russia fell 3% in the first 5 months of this year. In 2019 they had risen 11%.",
        (date(2020, 5, 31), date(2020, 5, 31), None),
    ),
    (
        "first_three_quarters_of_the_year",
        "Container traffic between the two countries grew 25% in 2020. In the first nine months of this year, it rose a further 14% to 800,000 TEU.",
        (date(2021, 9, 30), date(2021, 9, 30), None),
    ),
    (
        "first_quarter_named_year_present",
        "In the first quarter of 2024, gas deliveries via the eastern route reached 9 bcm, Gazprom said.",
        (date(2024, 3, 31), date(2024, 3, 31), None),
    ),
    (
        "nine_months_words_this_year_expected_rest",
        "Wheat sales to China rose 40% in 2021. In the first nine months of this year they fell 8%, and traders expect a recovery in the fourth quarter.",
        (date(2022, 9, 30), date(2022, 9, 30), None),
    ),
    (
        "last_year_compared_with_named",
        "Russian poultry exports to China rose 25% last year to 210,000 tonnes, compared with 168,000 tonnes in 2020.",
        (date(2022, 1, 31), date(2022, 1, 1), None),
    ),
    (
        "last_year_only_no_named",
        "Sales of Russian ice cream in China rose 9% last year. The company plans to double them by 2026.",
        (None, None, date(2026, 12, 31)),
    ),
    (
        "last_year_and_this_year_named_first_half",
        "Last year, Chinese car exports to Russia jumped to 900,000 units. This year sales have slowed, with 350,000 cars shipped in January-June 2024.",
        (date(2024, 6, 30), date(2024, 6, 30), None),
    ),
    (
        "this_year_harvest_after_named",
        "This year's soybean harvest in the Amur region is forecast at 2.1 million tonnes, after 1.7 million tonnes in 2022.",
        (date(2023, 12, 31), date(2023, 1, 1), None),
    ),
    (
        "past_year_and_forecast_year",
        "Exports of soybeans to China reached 600,000 tonnes in 2021 and are forecast to hit 1 million tonnes in 2025.",
        (date(2022, 1, 31), date(2022, 1, 1), date(2025, 12, 31)),
    ),
    (
        "plan_years_only",
        "Under the roadmap, the two railways plan to carry 25 million tonnes in 2027 and 35 million tonnes in 2030. Last year they carried 16 million tonnes.",
        (None, None, date(2027, 12, 31)),
    ),
    (
        "would_reach_with_past_month",
        "The refinery, which started in October 2022, would process 6 million tonnes a year by 2028, its owner said.",
        (date(2022, 10, 31), date(2022, 10, 1), date(2028, 12, 31)),
    ),
    (
        "target_year_after_present_year",
        "Tourist flows between Russia and China stand at 1.2 million trips in 2023. The sides aim for 3 million trips in 2026.",
        (date(2023, 12, 31), date(2023, 1, 1), date(2026, 12, 31)),
    ),
    (
        "scheduled_talks_month",
        "The next round of talks is scheduled for March 2026 in Astana. In 2024, the two countries traded $4.5 billion worth of goods.",
        (date(2025, 1, 31), date(2025, 1, 1), date(2026, 3, 31)),
    ),
    (
        "expo_will_be_held_last_years_fair",
        "The expo will be held on September 12-15, 2025. Last year's fair drew 1,200 exhibitors and 90,000 visitors, after 70,000 visitors in 2023.",
        (date(2025, 1, 31), date(2025, 1, 1), date(2025, 9, 15)),
    ),
    (
        "summit_yearless_future_day",
        "Bilateral trade rose 26% in 2023 to $240 billion. The leaders are due to meet in Kazan on October 22.",
        (date(2024, 1, 31), date(2024, 1, 1), None),
    ),
    (
        "forum_set_to_open_day",
        "The investment forum is set to open on June 5, 2027 in Vladivostok. Deals worth $8 billion were signed at the previous forum in 2025.",
        (date(2026, 1, 31), date(2026, 1, 1), date(2027, 6, 5)),
    ),
    (
        "photo_credit_year_only",
        "Russian timber exports to China fell 7% in the first half of this year, customs said. In 2021 they had grown 3%.\n(Photo: Ivan Sokolov, 2019)",
        (date(2022, 6, 30), date(2022, 6, 30), None),
    ),
    (
        "file_photo_later_than_nothing",
        "File photo taken on May 14, 2018 shows containers at the port of Vostochny.\nThe new terminal will handle 2 million TEU a year, the operator said.",
        (None, None, None),
    ),
    (
        "photo_shows_old_event",
        "Photo taken on Aug. 9, 2017 shows a freight train in Manzhouli. (Xinhua/Liu Qiang)\nRail freight through Manzhouli rose 11% in the first quarter of this year, and it grew 6% in 2020.",
        (date(2021, 3, 31), date(2021, 3, 31), None),
    ),
    (
        "photo_credit_year_with_text_year",
        "(Photo: Marina Lebedeva/Agency, 2022)\nImports of Russian crab by China grew 30% in 2020, the fishery agency said.",
        (date(2021, 1, 31), date(2021, 1, 1), None),
    ),
    (
        "copyright_year_after_text",
        "Mongolian coal exports to China reached 30 million tonnes in 2018, the customs office said.\nCopyright 2021 Steppe News. All rights reserved.",
        (date(2019, 1, 31), date(2019, 1, 1), None),
    ),
    (
        "copyright_symbol_range",
        "Imports of Chinese tyres by Russia fell 14% in the first half of 2016, the association said.\n© 2009-2023 Tyre Weekly",
        (date(2016, 6, 30), date(2016, 6, 30), None),
    ),
    (
        "copyright_only_relative",
        "Chinese investment in the region rose 20% last year, the governor said.\nCopyright © 2020 Far East Daily",
        (None, None, None),
    ),
    (
        "url_line_year",
        "Source: https://www.example.com/economy/2015/03/11/grain-deal\nRussia exported 900,000 tonnes of barley to China in the first two months of 2019.",
        (date(2019, 2, 28), date(2019, 2, 28), None),
    ),
    (
        "quote_recalls_old_year",
        '"When I first came to Harbin in 1998, there were only two flights a week," the manager said. Passenger traffic on the route rose 15% in the first half of 2023.',
        (date(2023, 6, 30), date(2023, 6, 30), None),
    ),
    (
        "quote_back_in_year_only",
        '"Back in 2008 we sold 300 cars a year to China; now we sell 5,000," the dealer said.',
        (None, date(2008, 1, 1), None),
    ),
    (
        "quote_ago_with_this_year",
        '"Ten years ago, in 2014, nobody here knew Chinese tea," she said. Her shop sold 4 tonnes of it in the first quarter of this year, after 11 tonnes in 2023.',
        (date(2024, 3, 31), date(2024, 3, 31), None),
    ),
    (
        "dateline_agency_last_year_named",
        "HARBIN, Jan. 14 (Xinhua) -- Trade between Heilongjiang and Russia rose 21% to 190 billion yuan last year, compared with 157 billion yuan in 2021, local customs said.",
        (date(2023, 1, 14), date(2023, 1, 14), date(2023, 1, 14)),
    ),
    (
        "dateline_no_agency_january_august",
        "MOSCOW, Sept. 9. Gas deliveries via the eastern pipeline rose 40% in January-August to 14 bcm, the company said. Last year the pipeline carried 15.5 bcm, up from 10.4 bcm in 2021.",
        (date(2023, 9, 9), date(2023, 9, 9), date(2023, 9, 9)),
    ),
    (
        "dateline_april_after_year_total",
        "ALMATY, April 2 (Reuters) - Kazakhstan shipped 1.3 million tonnes of wheat to China in 2024, the agriculture ministry said.",
        (date(2025, 4, 2), date(2025, 4, 2), date(2025, 4, 2)),
    ),
    (
        "dateline_february_december_reported",
        "ULAANBAATAR, Feb. 10 (Agency) - Coal exports to China reached 7 million tonnes in December, bringing the total for 2022 to 31 million tonnes.",
        (date(2023, 2, 10), date(2023, 2, 10), date(2023, 2, 10)),
    ),
    (
        "dateline_this_year_expected_after_named",
        "ASTANA, May 20 (Agency) - Kazakhstan exported 1.4 million tonnes of grain to China in 2023 and expects 2 million tonnes this year, the minister said.",
        (date(2024, 5, 20), date(2024, 5, 20), date(2024, 5, 20)),
    ),
    (
        "dateline_mixed_case_agency_up_from",
        "Vladivostok, June 30 (Interfax) - The region expects 500,000 Chinese tourists this year, up from 310,000 tourists in 2019.",
        (date(2020, 6, 30), date(2020, 6, 30), date(2020, 6, 30)),
    ),
    (
        "dateline_day_month_order_last_year",
        "MOSCOW, 3 March (TASS) - Russian beef exports to China tripled last year to 60,000 tonnes after 20,000 tonnes in 2020.",
        (date(2022, 3, 3), date(2022, 3, 3), date(2022, 3, 3)),
    ),
    (
        "dateline_october_nine_months_named",
        "KHABAROVSK, Oct. 12 -- Timber shipments to China fell 18% in January-September 2021, the customs service said.",
        (date(2021, 10, 12), date(2021, 10, 12), date(2021, 10, 12)),
    ),
    (
        "dateline_before_month_reported_prev_year",
        "BEIJING, March 5 (Agency) -- Sales of Chinese phones in Russia rose 30% in November, the association said.",
        (None, None, None),
    ),
    (
        "dateline_november_full_year_told_in_past",
        "SHANGHAI, Nov. 4 (Agency) -- Chinese imports of Russian pork reached 30,000 tonnes in 2021, the ministry said on Thursday. This year imports are expected to double.",
        (date(2022, 11, 4), date(2022, 11, 4), date(2022, 11, 4)),
    ),
    (
        "dateline_weekday_resolves",
        "IRKUTSK, Aug. 20 -- Power exports to Mongolia rose 9% in the first half of 2020, the grid operator said on Wednesday.",
        (date(2020, 8, 20), date(2020, 8, 20), date(2020, 8, 20)),
    ),
    (
        "this_year_expected_after_past_year",
        "Kazakhstan exported 1.4 million tonnes of grain to China in 2023. This year it expects to sell 2 million tonnes.",
        (date(2024, 1, 31), date(2024, 1, 1), None),
    ),
    (
        "this_year_first_quarter_after_present_year",
        "The joint venture produced 12,000 trucks in 2019. In the first quarter of this year, output dropped 40%.",
        (date(2020, 3, 31), date(2020, 3, 31), None),
    ),
    (
        "this_year_and_named_current_year_same",
        "Exports of ice cream from Russia to China rose 35% in January-April 2022. This year, producers expect sales of 12,000 tonnes.",
        (date(2022, 4, 30), date(2022, 4, 30), None),
    ),
    (
        "last_year_record_then_this_year_months",
        "Trade hit a record $190 billion last year, up from $147 billion in 2021. In the first two months of this year, it rose a further 20%.",
        (date(2023, 2, 28), date(2023, 2, 28), None),
    ),
    (
        "stand_at_present_this_year",
        "Russian honey exports to China stand at 5,000 tonnes this year, against 3,100 tonnes in 2020.",
        (date(2021, 12, 31), date(2021, 1, 1), None),
    ),
    (
        "dateline_december_first_eleven_months_this_year",
        "BEIJING, Dec. 28 -- China's imports of Russian LNG rose 20% in the first 11 months of this year, customs said. In 2022 they had fallen 3%.",
        (date(2023, 12, 28), date(2023, 12, 28), date(2023, 12, 28)),
    ),
    (
        "dateline_december_year_so_far_in_past",
        "NOVOSIBIRSK, Dec. 19 -- The region exported 80,000 tonnes of rapeseed to China in 2022, the governor said.",
        (date(2022, 12, 19), date(2022, 12, 19), date(2022, 12, 19)),
    ),
    (
        "dateline_january_december_reported_year_total",
        "MOSCOW, Jan. 10 (Agency) - Russian pork exports to China rose 5% in December, the union said. For the whole of 2022 they reached 140,000 tonnes.",
        (date(2023, 1, 10), date(2023, 1, 10), date(2023, 1, 10)),
    ),
    (
        "dateline_march_january_reported_after_past_year",
        "ASTANA, March 3 (Agency) - Kazakh oil transit to China rose 8% in January, after a 4% fall in 2023, the operator said.",
        (date(2024, 3, 3), date(2024, 3, 3), date(2024, 3, 3)),
    ),
    (
        "dateline_dot_no_agency_present_year",
        "KAZAN. Oct 3. Exports of Tatarstan's trucks to China stand at 1,200 units in 2025, the ministry says.",
        (date(2025, 10, 3), date(2025, 10, 3), date(2025, 10, 3)),
    ),
    (
        "as_of_a_day",
        "As of October 1, 2023, Chinese banks held 120 billion roubles in Russian deposits, the central bank said.",
        (date(2023, 10, 1), date(2023, 10, 1), None),
    ),
    (
        "undated_weekday_after_month",
        "The ministry said on Tuesday that grain shipments rose 12% in August 2022.",
        (date(2022, 8, 31), date(2022, 8, 1), None),
    ),
    (
        "undated_so_far_this_year_after_last_year_named",
        "Russian fertiliser sales to China fell 6% last year to 4.4 million tonnes, compared with 2021. So far this year they have climbed 11%.",
        (date(2023, 1, 31), date(2023, 1, 1), None),
    ),
    (
        "quote_recalls_year_with_month_told",
        '"As far back as 2012 we talked about this bridge," the governor said. Traffic over it rose 25% in the first half of 2024.',
        (date(2024, 6, 30), date(2024, 6, 30), None),
    ),
    (
        "url_in_text_no_other",
        "More at https://news.example.org/2018/07/21/grain-corridor\nWheat sales to China rose 9% last year.",
        (None, None, None),
    ),
    (
        "copyright_lowercase_c",
        "Coal imports from Mongolia rose 30% in the first quarter of 2017.\n(c) 2020 Mining Daily",
        (date(2017, 3, 31), date(2017, 3, 31), None),
    ),
    (
        "picture_shot_caption",
        "A picture shot in March 2024 shows the new bridge at Blagoveshchensk.\nTraffic over the bridge doubled in 2022 to 1.2 million tonnes.",
        (date(2023, 1, 31), date(2023, 1, 1), None),
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), _PAGES, ids=[r[0] for r in _PAGES])
def test_page_reference_and_range(
    name: str, text: str, expected: tuple[date | None, date | None, date | None]
) -> None:
    article = split_articles(text)[0]
    assert (
        article.reference_date,
        article.reference_earliest,
        article.reference_latest,
    ) == expected
