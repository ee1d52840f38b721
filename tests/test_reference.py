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
