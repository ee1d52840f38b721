"""Time expressions: every form news uses, resolved against the article's date only.

Each row: a sentence, the reference date (the article's), and every time expression the
sentence holds as (text, kind, first day, last day, granularity).
"""

from __future__ import annotations

from datetime import date

import pytest

from sinorus_facts.periods.expressions import Timex, find_timexes
from sinorus_facts.periods.patterns import count_value
from sinorus_facts.periods.resolve import resolve

THU = date(2018, 5, 31)  # a Thursday
MON = date(2018, 1, 1)  # a Monday, New Year's Day
FEB = date(2018, 2, 14)

Row = tuple[str, str, date | None, list[tuple[str, str, str | None, str | None, str | None]]]


def _found(
    text: str, reference: date | None
) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [
        (
            t.text,
            t.kind,
            t.begin.isoformat() if t.begin else None,
            t.end_date.isoformat() if t.end_date else None,
            t.granularity,
        )
        for t in find_timexes(text, reference)
    ]


# The forms the issue names, in sentences of the kind news writes.
_ISSUE_FORMS: list[Row] = [
    (
        "in_2017",
        "Shipments of coal rose 12 percent in 2017.",
        THU,
        [("in 2017", "date", "2017-01-01", "2017-12-31", "year")],
    ),
    (
        "from_january_through_april",
        "Turnover reached $32 billion from January through April.",
        THU,
        [("from January through April", "range", "2018-01-01", "2018-04-30", "month")],
    ),
    (
        "first_half_of_2011",
        "The port handled 4 million tonnes in the first half of 2011.",
        THU,
        [("the first half of 2011", "date", "2011-01-01", "2011-06-30", "half")],
    ),
    (
        "january_september_en_dash",
        "Imports grew 20 percent in January–September.",
        date(2017, 10, 20),
        [("January–September", "range", "2017-01-01", "2017-09-30", "month")],
    ),
    (
        "last_month",
        "Last month, grain exports hit a record.",
        THU,
        [("Last month", "relative", "2018-04-01", "2018-04-30", "month")],
    ),
    (
        "this_year",
        "The fund expects to invest $2 billion this year.",
        THU,
        [("this year", "relative", "2018-01-01", "2018-12-31", "year")],
    ),
    (
        "by_2024",
        "The two sides aim to double trade by 2024.",
        THU,
        [("by 2024", "deadline", "2024-01-01", "2024-12-31", "year")],
    ),
    (
        "by_the_yearend",
        "The bridge should open by the yearend.",
        THU,
        [("by the yearend", "deadline", "2018-01-01", "2018-12-31", "year")],
    ),
    (
        "in_april_before_the_article",
        "In April, the index fell 3 percent.",
        date(2017, 5, 12),
        [("In April", "relative", "2017-04-01", "2017-04-30", "month")],
    ),
    (
        "in_april_a_year_back",
        "In April, the index fell 3 percent.",
        FEB,
        [("In April", "relative", "2017-04-01", "2017-04-30", "month")],
    ),
    (
        "during_the_past_six_years",
        "Exports have tripled during the past six years.",
        date(2017, 12, 14),
        [("during the past six years", "frame", "2011-12-14", "2017-12-14", "year")],
    ),
    (
        "so_far",
        "The line has carried 40 million tons so far.",
        MON,
        [("so far", "to_date", None, "2018-01-01", "day")],
    ),
    (
        "comparison_years",
        "In 2015 it sold 26 tonnes of honey, nine times more than in 2014.",
        THU,
        [
            ("In 2015", "date", "2015-01-01", "2015-12-31", "year"),
            ("in 2014", "date", "2014-01-01", "2014-12-31", "year"),
        ],
    ),
    (
        "quarter_with_year",
        "Profit fell in the third quarter of 2016.",
        THU,
        [("the third quarter of 2016", "date", "2016-07-01", "2016-09-30", "quarter")],
    ),
    (
        "quarter_alone_begun",
        "Output rose 4 percent in the first quarter.",
        THU,
        [("the first quarter", "date", "2018-01-01", "2018-03-31", "quarter")],
    ),
    (
        "quarter_alone_last_year",
        "Fourth-quarter sales were strong: 9 percent up in the fourth quarter.",
        FEB,
        [
            # a part joined by a hyphen before its noun is the same part
            ("Fourth-quarter", "date", "2017-10-01", "2017-12-31", "quarter"),
            ("the fourth quarter", "date", "2017-10-01", "2017-12-31", "quarter"),
        ],
    ),
    (
        "q3_with_year",
        "Revenue in Q3 2017 was flat.",
        THU,
        [("Q3 2017", "date", "2017-07-01", "2017-09-30", "quarter")],
    ),
    (
        "season_this",
        "Tourist arrivals will peak this summer.",
        THU,
        [("this summer", "relative", "2018-06-01", "2018-08-31", "season")],
    ),
    (
        "season_of_year",
        "Prices spiked in the winter of 2018.",
        THU,
        [("the winter of 2018", "date", "2017-12-01", "2018-02-28", "season")],
    ),
    (
        "winter_of_two_years",
        "Gas flows averaged 30 mcm a day in winter 2020/21.",
        THU,
        [("winter 2020/21", "date", "2020-12-01", "2021-02-28", "season")],
    ),
    (
        "fiscal_year_range",
        "The budget for fiscal year 2012-13 was cut.",
        THU,
        [("fiscal year 2012-13", "range", "2012-01-01", "2013-12-31", "year")],
    ),
    (
        "fiscal_range_after",
        "It earned $3 billion in the 2012-13 fiscal year.",
        THU,
        [("2012-13 fiscal year", "range", "2012-01-01", "2013-12-31", "year")],
    ),
    (
        "fiscal_single",
        "Sales in fiscal 2019 topped $1 billion.",
        THU,
        [("fiscal 2019", "date", "2019-01-01", "2019-12-31", "year")],
    ),
]

# Other forms common in news.
_NEWS_FORMS: list[Row] = [
    (
        "day_month_name_first",
        "The pact was signed on June 25, 2016.",
        THU,
        [("June 25, 2016", "date", "2016-06-25", "2016-06-25", "day")],
    ),
    (
        "day_first",
        "The pact was signed on 25 June 2016.",
        THU,
        [("25 June 2016", "date", "2016-06-25", "2016-06-25", "day")],
    ),
    (
        "month_year",
        "Construction began in August 2016.",
        THU,
        [("August 2016", "date", "2016-08-01", "2016-08-31", "month")],
    ),
    (
        "abbreviated_month_year",
        "Sales peaked in Sept. 2017.",
        THU,
        [("Sept. 2017", "date", "2017-09-01", "2017-09-30", "month")],
    ),
    (
        "year_range",
        "The 2018-2020 budget was approved.",
        THU,
        [("2018-2020", "range", "2018-01-01", "2020-12-31", "year")],
    ),
    (
        "between_years",
        "Output doubled between 2014 and 2016.",
        THU,
        [("between 2014 and 2016", "range", "2014-01-01", "2016-12-31", "year")],
    ),
    (
        "month_to_month_across_years",
        "Prices rose from January 2017 to March 2018.",
        THU,
        [("from January 2017 to March 2018", "range", "2017-01-01", "2018-03-31", "month")],
    ),
    (
        "months_to_date",
        "The first nine months of 2017 saw 6 percent growth.",
        THU,
        [("The first nine months of 2017", "range", "2017-01-01", "2017-09-30", "month")],
    ),
    (
        "months_to_date_ended",
        "In the first four months, trade rose 26 percent.",
        THU,
        [("the first four months", "range", "2018-01-01", "2018-04-30", "month")],
    ),
    (
        "last_years_quarter",
        "Last year's fourth quarter was weak.",
        THU,
        [("Last year's fourth quarter", "date", "2017-10-01", "2017-12-31", "quarter")],
    ),
    (
        "decade",
        "Trade collapsed in the 1990s.",
        THU,
        [("the 1990s", "range", "1990-01-01", "1999-12-31", "year")],
    ),
    (
        "early_year",
        "The plant opens in early 2019.",
        THU,
        [("in early 2019", "date", "2019-01-01", "2019-04-30", "month")],
    ),
    (
        "mid_year",
        "Rates were cut in mid-2017.",
        THU,
        [("in mid-2017", "date", "2017-05-01", "2017-08-31", "month")],
    ),
    (
        "late_last_year",
        "Talks stalled late last year.",
        THU,
        [("late last year", "date", "2017-09-01", "2017-12-31", "month")],
    ),
    (
        "end_of_year",
        "Debt stood at $5 billion at the end of 2017.",
        THU,
        [("at the end of 2017", "date", "2017-12-01", "2017-12-31", "month")],
    ),
    (
        "by_the_end_of_the_year",
        "Output will reach 5 million by the end of the year.",
        THU,
        [("by the end of the year", "deadline", "2018-12-01", "2018-12-31", "month")],
    ),
    (
        "since_beginning_of_year",
        "Since the beginning of the year, prices rose 4 percent.",
        THU,
        [("Since the beginning of the year", "since", "2018-01-01", "2018-05-31", "range")],
    ),
    (
        "since_year",
        "Trade has grown since 2009.",
        THU,
        [("since 2009", "since", "2009-01-01", "2018-05-31", "range")],
    ),
    (
        "since_month_year",
        "Prices have fallen since January 2016.",
        THU,
        [("since January 2016", "since", "2016-01-01", "2018-05-31", "range")],
    ),
    (
        "day_without_year",
        "The deal was signed on March 5.",
        THU,
        [("March 5", "relative", "2018-03-05", "2018-03-05", "day")],
    ),
    (
        "day_without_year_next_year",
        "The forum opens on January 9.",
        date(2018, 12, 28),
        [("January 9", "relative", "2019-01-09", "2019-01-09", "day")],
    ),
    (
        "day_range_without_year",
        "The drills run from December 11-16.",
        date(2017, 11, 17),
        [("from December 11-16", "range", "2017-12-11", "2017-12-16", "day")],
    ),
    (
        "on_weekday",
        "The line began operation on Monday.",
        date(2018, 1, 2),
        [("on Monday", "relative", "2018-01-01", "2018-01-01", "day")],
    ),
    (
        "weekday_same_day",
        "Xi spoke on Thursday.",
        THU,
        [("on Thursday", "relative", "2018-05-31", "2018-05-31", "day")],
    ),
    (
        "last_weekday",
        "Shares fell last Friday.",
        THU,
        [("last Friday", "relative", "2018-05-25", "2018-05-25", "day")],
    ),
    (
        "next_weekday",
        "Talks resume next Tuesday.",
        THU,
        [("next Tuesday", "relative", "2018-06-05", "2018-06-05", "day")],
    ),
    (
        "yesterday",
        "The index closed 2 percent up yesterday.",
        THU,
        [("yesterday", "relative", "2018-05-30", "2018-05-30", "day")],
    ),
    (
        "so_far_this_year",
        "So far this year, 3 million tourists came.",
        THU,
        [("So far this year", "to_date", "2018-01-01", "2018-05-31", "day")],
    ),
    (
        "next_five_years_from_the_first_half_counts_this_year",
        "It will invest $5 billion over the next five years.",
        THU,
        [("over the next five years", "frame", "2018-01-01", "2022-12-31", "year")],
    ),
    (
        "next_five_years_from_the_second_half",
        "It will invest $5 billion over the next five years.",
        date(2018, 10, 2),
        [("over the next five years", "frame", "2019-01-01", "2023-12-31", "year")],
    ),
    (
        "next_few_years",
        "Oil will stay at $40 during the next few years.",
        date(2017, 12, 14),
        [("during the next few years", "frame", "2018-01-01", "2020-12-31", "year")],
    ),
    (
        "last_twelve_months",
        "Prices rose 9 percent in the last 12 months.",
        THU,
        [("in the last 12 months", "frame", "2017-05-01", "2018-05-31", "month")],
    ),
    (
        "past_decade",
        "Manufacturing grew during the past decade.",
        date(2017, 12, 14),
        [("during the past decade", "frame", "2007-12-14", "2017-12-14", "year")],
    ),
    (
        "this_week",
        "Ten ships docked this week.",
        THU,
        [("this week", "relative", "2018-05-28", "2018-06-03", "week")],
    ),
    (
        "current_quarter",
        "Growth slowed in the current quarter.",
        THU,
        [("the current quarter", "relative", "2018-04-01", "2018-06-30", "quarter")],
    ),
    (
        "current_price",
        "The current price of $61 is high.",
        date(2017, 12, 14),
        [("current", "current", "2017-12-14", "2017-12-14", "day")],
    ),
    (
        "possessive_month",
        "April's exports were the highest.",
        THU,
        [("April's", "relative", "2018-04-01", "2018-04-30", "month")],
    ),
    (
        "h1_with_year",
        "Net income in H1 2018 was $2 billion.",
        THU,
        [("H1 2018", "date", "2018-01-01", "2018-06-30", "half")],
    ),
    (
        "since_month",
        "Since January, 40 trains ran.",
        THU,
        [("Since January", "since", "2018-01-01", "2018-05-31", "range")],
    ),
]

# What is not a period, or is not this sentence's period.
_TRAPS: list[Row] = [
    ("no_time", "Russia is China's largest supplier of crude oil.", THU, []),
    ("wire_dateline_is_the_article_date", "BEIJING, May 31 (Xinhua) -- Trade rose.", THU, []),
    (
        "agency_slash_dateline",
        "DANANG /Vietnam/, November 10. /TASS/. Russia and China agreed.",
        THU,
        [],
    ),
    (
        "comparison_basis_same_period",
        "Exports rose 5 percent against the same period a year before.",
        THU,
        [],
    ),
    ("year_on_year", "Imports climbed 8 percent year-on-year.", THU, []),
    ("from_a_year_earlier", "Sales rose 3 percent from a year earlier.", THU, []),
    ("may_the_verb", "Exports may 31 or more.", THU, []),
    ("percent_is_not_a_year", "Trade rose by 2018 percent, a typo.", THU, []),
    ("duration_is_not_a_frame", "China has been its top partner for eight years.", THU, []),
    ("digits_in_a_phone_number", "Call 8-800-2018-55 for details.", THU, []),
    ("money_is_not_a_year", "The plant cost $2018 million.", THU, []),
]

# Relative expressions without a reference keep their place but hold no days: never today.
_NO_REFERENCE: list[Row] = [
    (
        "this_year_unresolved",
        "Trade will grow this year.",
        None,
        [("this year", "relative", None, None, None)],
    ),
    (
        "in_april_unresolved",
        "Prices fell in April.",
        None,
        [("in April", "relative", None, None, None)],
    ),
    (
        "so_far_unresolved",
        "It carried 5 million tons so far.",
        None,
        [("so far", "to_date", None, None, None)],
    ),
    (
        "absolute_still_resolves",
        "Prices fell in 2016.",
        None,
        [("in 2016", "date", "2016-01-01", "2016-12-31", "year")],
    ),
]


def _ids(rows: list[Row]) -> list[str]:
    return [row[0] for row in rows]


@pytest.mark.parametrize(
    ("name", "text", "reference", "expected"), _ISSUE_FORMS, ids=_ids(_ISSUE_FORMS)
)
def test_issue_forms(
    name: str, text: str, reference: date | None, expected: list[tuple[str, ...]]
) -> None:
    assert _found(text, reference) == expected


@pytest.mark.parametrize(
    ("name", "text", "reference", "expected"), _NEWS_FORMS, ids=_ids(_NEWS_FORMS)
)
def test_news_forms(
    name: str, text: str, reference: date | None, expected: list[tuple[str, ...]]
) -> None:
    assert _found(text, reference) == expected


@pytest.mark.parametrize(("name", "text", "reference", "expected"), _TRAPS, ids=_ids(_TRAPS))
def test_traps(
    name: str, text: str, reference: date | None, expected: list[tuple[str, ...]]
) -> None:
    assert _found(text, reference) == expected


@pytest.mark.parametrize(
    ("name", "text", "reference", "expected"), _NO_REFERENCE, ids=_ids(_NO_REFERENCE)
)
def test_without_a_reference_nothing_is_dated_by_today(
    name: str, text: str, reference: date | None, expected: list[tuple[str, ...]]
) -> None:
    assert _found(text, reference) == expected


def test_offsets_index_the_sentence() -> None:
    text = "Trade rose 5 percent in the first half of 2011."
    timex = find_timexes(text, THU)[0]
    assert text[timex.start : timex.end] == timex.text == "in the first half of 2011"[3:]


def test_timex_round_trips_as_plain_data() -> None:
    timex = find_timexes("Prices fell in 2016.", THU)[0]
    assert Timex.from_dict(timex.to_dict()) == timex


_COUNTS = [("six", 6), ("12", 12), ("few", 3), ("couple of", 2), (None, 1)]


@pytest.mark.parametrize(("text", "value"), _COUNTS, ids=[str(c[0]) for c in _COUNTS])
def test_count_of_a_frame(text: str | None, value: int) -> None:
    assert count_value(text) == value


def test_unknown_label_says_which_are_known() -> None:
    with pytest.raises(KeyError, match="no resolver for period label 'fortnight'"):
        resolve("fortnight", {}, THU)
