"""Calendar forms of news and the days they cover (no model): every row is a sentence of
our own, the article's date, and each time expression found with its first and last day.
"""

from __future__ import annotations

from datetime import date

import pytest

from sinorus_facts.periods.expressions import find_timexes

Row = tuple[str, str, str | None, list[tuple[str, str | None, str | None]]]


def _found(text: str, reference: str | None) -> list[tuple[str, str | None, str | None]]:
    ref = date.fromisoformat(reference) if reference else None
    return [
        (
            t.text,
            t.begin.isoformat() if t.begin else None,
            t.end_date.isoformat() if t.end_date else None,
        )
        for t in find_timexes(text, ref)
    ]


FORMS: list[Row] = [
    (
        "the_first_n_days_of_a_month",
        "In the first 10 days of May, 20,000 tourists crossed.",
        "2023-05-20",
        [("the first 10 days of May", "2023-05-01", "2023-05-10")],
    ),
    (
        "the_last_n_days_of_a_month_with_its_year",
        "Sales in the last five days of June 2019 hit 300 cars.",
        None,
        [("the last five days of June 2019", "2019-06-26", "2019-06-30")],
    ),
    (
        "the_last_n_months_of_a_year_named",
        "Exports in the last three months of 2022 fell 3%.",
        "2023-04-20",
        [("the last three months of 2022", "2022-10-01", "2022-12-31")],
    ),
    (
        "n_years_later_counts_from_the_time_before",
        "Exports were $5 billion in 2020 and $7 billion a year later.",
        "2023-02-01",
        [("in 2020", "2020-01-01", "2020-12-31"), ("a year later", "2021-01-01", "2021-12-31")],
    ),
    (
        "n_months_later_counts_from_the_month_before",
        "Output hit a record in March 2019; two months later it fell.",
        None,
        [
            ("March 2019", "2019-03-01", "2019-03-31"),
            ("two months later", "2019-05-01", "2019-05-31"),
        ],
    ),
    (
        "later_with_nothing_before_has_no_days",
        "A year later, exports doubled.",
        "2023-02-01",
        [("A year later", None, None)],
    ),
    (
        "n_months_to_a_month_gone_by",
        "In the 12 months to March, exports rose 8%.",
        "2024-04-20",
        [("In the 12 months to March", "2023-04-01", "2024-03-31")],
    ),
    (
        "n_months_to_a_month_not_over_are_last_years",
        "Shipments fell 3% in the three months to September.",
        "2024-09-12",
        [("in the three months to September", "2023-07-01", "2023-09-30")],
    ),
    (
        "the_year_to_a_month_with_its_year",
        "Sales rose 4% in the year ending June 2019.",
        None,
        [("in the year ending June 2019", "2018-07-01", "2019-06-30")],
    ),
    (
        "the_full_year_is_the_last_year_over",
        "For the full year, trade rose 5%.",
        "2024-01-15",
        [("For the full year", "2023-01-01", "2023-12-31")],
    ),
    (
        "the_whole_year_of_a_year_named_is_that_year",
        "Exports held steady over the whole year of 2019.",
        None,
        [("2019", "2019-01-01", "2019-12-31")],
    ),
    (
        "a_half_of_a_decade_is_no_half_of_a_year",
        "Shipments will double from the second half of the decade.",
        "2013-06-01",
        [],
    ),
    (
        "a_half_of_the_decade_named_by_its_years",
        "Trade may double in the first half of the 2030s, and rose in the second half of 2019.",
        "2013-06-01",
        [("the second half of 2019", "2019-07-01", "2019-12-31")],
    ),
    (
        "first_n_months_in_digits",
        "In the first 3 months of 2021, exports rose 7.5% to $9.9 billion.",
        None,
        [("the first 3 months of 2021", "2021-01-01", "2021-03-31")],
    ),
    (
        "first_n_months_in_words_of_this_year",
        "In the first three months of this year, imports fell 4%.",
        "2020-05-12",
        [("the first three months of this year", "2020-01-01", "2020-03-31")],
    ),
    (
        "first_n_quarters_alone_is_this_years",
        "In the first three quarters, arrivals reached 310,000 people.",
        "2016-10-20",
        [("the first three quarters", "2016-01-01", "2016-09-30")],
    ),
    (
        "first_eleven_months",
        "Grain shipments over the first eleven months of 2019 hit 1.2 million tonnes.",
        None,
        [("the first eleven months of 2019", "2019-01-01", "2019-11-30")],
    ),
    (
        "first_n_months_not_yet_over_are_last_years",
        "In the first ten months, the port handled 4,000 trains.",
        "2022-06-03",
        [("the first ten months", "2021-01-01", "2021-10-31")],
    ),
    (
        "no_thirteenth_month",
        "In the first 13 months of the project, 40 wells were drilled.",
        None,
        [],
    ),
    (
        "roman_numeral_quarter",
        "Trade in the III quarter of 2019 fell 3.1%.",
        None,
        [("the III quarter of 2019", "2019-07-01", "2019-09-30")],
    ),
    (
        "roman_numeral_first_quarter",
        "In the I quarter of 2022, turnover reached $30 billion.",
        None,
        [("the I quarter of 2022", "2022-01-01", "2022-03-31")],
    ),
    (
        "marketing_year_after_its_years",
        "Wheat exports in the 2020/21 MY reached 85,000 tonnes.",
        None,
        [("the 2020/21 MY", "2020-07-01", "2021-06-30")],
    ),
    (
        "marketing_season_after_its_years",
        "The 2023/24 season brought a record 4 million tonnes of barley.",
        None,
        [("The 2023/24 season", "2023-07-01", "2024-06-30")],
    ),
    (
        "season_before_its_years",
        "The previous peak came in season-2016/17 (40,000 tonnes).",
        None,
        [("season-2016/17", "2016-07-01", "2017-06-30")],
    ),
    (
        "first_months_of_a_marketing_year",
        "For the first 6 months of the 2020/21 MY, wheat exports reached 85,000 tonnes.",
        None,
        [("the first 6 months of the 2020/21 MY", "2020-07-01", "2020-12-31")],
    ),
    (
        "months_inside_a_marketing_year",
        "In August-February of 2019/2020 MY, corn exports totalled 22,000 tonnes.",
        None,
        [("August-February of 2019/2020 MY", "2019-08-01", "2020-02-29")],
    ),
    (
        "the_current_marketing_year",
        "Exports in the current marketing year may reach 3 million tonnes.",
        "2021-03-01",
        [("the current marketing year", "2020-07-01", "2021-06-30")],
    ),
    (
        "a_fiscal_range_is_no_marketing_year",
        "The 2018/19 fiscal year budget was $4 billion.",
        None,
        [("2018/19 fiscal year", "2018-01-01", "2019-12-31")],
    ),
    (
        "two_years_with_a_slash_stay_years",
        "The 2018/2020 budget sets aside $279 billion.",
        None,
        [("2018/2020", "2018-01-01", "2020-12-31")],
    ),
    (
        "end_of_a_quarter",
        "The share may fall below 35% by the end of the second quarter of 2027.",
        None,
        [("by the end of the second quarter of 2027", "2027-06-01", "2027-06-30")],
    ),
    (
        "beginning_of_a_half_this_year",
        "Prices rose 4% at the beginning of the second half.",
        "2023-09-10",
        [("at the beginning of the second half", "2023-07-01", "2023-07-31")],
    ),
    (
        "past_years_said_in_spring_are_whole_years",
        "Trade grew by an average of 25% a year over the past three years.",
        "2023-03-10",
        [("over the past three years", "2020-01-01", "2022-12-31")],
    ),
    (
        "past_years_said_in_autumn_run_to_the_telling",
        "Trade grew by an average of 25% a year over the past three years.",
        "2023-11-20",
        [("over the past three years", "2020-11-20", "2023-11-20")],
    ),
    (
        "the_past_year_is_twelve_months",
        "Prices rose fivefold over the past year.",
        "2023-03-10",
        [("over the past year", "2022-03-10", "2023-03-10")],
    ),
    (
        "years_ago",
        "Two years ago the plant produced 80,000 cars.",
        "2021-05-03",
        [("Two years ago", "2019-01-01", "2019-12-31")],
    ),
    (
        "less_than_a_month_ago",
        "Less than a month ago, 900 troops joined drills in the north.",
        "2012-07-10",
        [("Less than a month ago", "2012-06-01", "2012-06-30")],
    ),
    (
        "just_over_a_year_ago",
        "Just over a year ago a tonne of wheat cost $210.",
        "2016-02-01",
        [("Just over a year ago", "2015-01-01", "2015-12-31")],
    ),
    (
        "a_decade_ago",
        "A decade ago the route carried 2,000 tonnes.",
        "2024-04-04",
        [("A decade ago", "2014-01-01", "2014-12-31")],
    ),
    (
        "the_next_two_to_three_years_to_the_larger_count",
        "Output will rise by 20% over the next two to three years.",
        "2023-05-10",
        [("over the next two to three years", "2023-01-01", "2025-12-31")],
    ),
    (
        "the_coming_years_are_no_days",
        "Trade is expected to grow in the coming years.",
        "2023-05-10",
        [("in the coming years", None, None)],
    ),
    (
        "a_span_with_both_ends_in_full",
        "The agreement was in force from November 2013 to June 30, 2017.",
        None,
        [("from November 2013 to June 30, 2017", "2013-11-01", "2017-06-30")],
    ),
    (
        "a_span_between_two_days",
        "Prices were frozen between 1 March 2020 and 31 May 2021.",
        None,
        [("between 1 March 2020 and 31 May 2021", "2020-03-01", "2021-05-31")],
    ),
    (
        "from_a_year_ago_stays_a_basis",
        "Sales rose 9% from a year ago.",
        "2024-04-04",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "reference", "expected"), [r[1:] for r in FORMS], ids=[r[0] for r in FORMS]
)
def test_calendar_forms(
    text: str, reference: str | None, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _found(text, reference) == expected


Claimed = list[tuple[float, str | None, str | None]]


def _periods(text: str, published: str | None) -> Claimed:
    import sinorus_facts

    return [
        (
            c.value,
            c.period.start.isoformat() if c.period and c.period.start else None,
            c.period.end.isoformat() if c.period and c.period.end else None,
        )
        for c in sinorus_facts.extract(text, published=published)
    ]


RUNNING: list[tuple[str, str, str | None, Claimed]] = [
    (
        "as_of_a_day_in_the_perfect_is_a_running_total",
        "As of Tuesday, the port had handled 1,450 freight trains, up 12 percent year on year.",
        "2022-05-12",
        [(1450.0, "2022-01-01", "2022-05-10"), (12.0, "2022-01-01", "2022-05-10")],
    ),
    (
        "as_of_a_day_for_a_stock_is_that_day",
        "As of June 1, the fund's reserves stood at $41 billion.",
        "2022-06-03",
        [(41e9, "2022-06-01", "2022-06-01")],
    ),
    (
        "this_year_of_a_fact_runs_to_the_telling",
        "Border crossings have handled 2,100 freight trains this year.",
        "2021-08-26",
        [(2100.0, "2021-01-01", "2021-08-26")],
    ),
    (
        "this_year_runs_to_the_months_the_report_gives",
        (
            "China bought $41.5 billion of Russian goods between January and July. "
            "Its exports to Russia rose 6% this year."
        ),
        "2023-08-10",
        [(41.5e9, "2023-01-01", "2023-07-31"), (6.0, "2023-01-01", "2023-07-31")],
    ),
    (
        "a_year_to_date_span_replaces_a_lead_this_year",
        (
            "Shipping on the route looks set to break records this year.\n\n"
            "In the first eight months of 2023, 1.9 million tonnes were carried. "
            "About 70% of it was coal."
        ),
        "2023-10-02",
        [(1.9e6, "2023-01-01", "2023-08-31"), (70.0, "2023-01-01", "2023-08-31")],
    ),
    (
        "a_forecast_keeps_the_whole_year",
        "Trade is expected to reach $90 billion this year.",
        "2023-08-10",
        [(90e9, "2023-01-01", "2023-12-31")],
    ),
    (
        "a_finished_year_stays_whole",
        "Exports rose 9% to $12 billion last year.",
        "2023-08-10",
        [(9.0, "2022-01-01", "2022-12-31"), (12e9, "2022-01-01", "2022-12-31")],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), [r[1:] for r in RUNNING], ids=[r[0] for r in RUNNING]
)
def test_running_totals(text: str, published: str | None, expected: Claimed) -> None:
    assert _periods(text, published) == expected


WHOSE_TIME: list[tuple[str, str, str | None, Claimed]] = [
    (
        "a_change_over_a_year_is_compared_with_it",
        "Korean brands held 72% of the market last year, an increase of 6% over 2021.",
        "2023-02-01",
        [(72.0, "2022-01-01", "2022-12-31"), (6.0, "2022-01-01", "2022-12-31")],
    ),
    (
        "a_basis_figure_keeps_its_time_and_the_frame_holds",
        (
            "In January-May, exports reached $40 billion. "
            "Crude accounted for 61 percent of the total, compared with 66 percent in 2019."
        ),
        "2021-06-09",
        [
            (40e9, "2021-01-01", "2021-05-31"),
            (61.0, "2021-01-01", "2021-05-31"),
            (66.0, "2019-01-01", "2019-12-31"),
        ],
    ),
    (
        "above_a_year_is_a_basis",
        "Coal imports are expected to hit 95 million tonnes in 2024, 12% above 2023.",
        "2024-02-01",
        [(95e6, "2024-01-01", "2024-12-31"), (12.0, "2024-01-01", "2024-12-31")],
    ),
    (
        "over_the_previous_year_is_a_basis",
        "Last year two-way trade reached $61 billion, a 9.5% rise over the previous year.",
        "2019-05-02",
        [(61e9, "2018-01-01", "2018-12-31"), (9.5, "2018-01-01", "2018-12-31")],
    ),
    (
        "twice_as_many_as_a_period_is_a_basis",
        (
            "Moscow received 130,000 visitors in the first half, "
            "twice as many as in the first half of last year."
        ),
        "2017-07-20",
        [(130000.0, "2017-01-01", "2017-06-30"), (2.0, "2017-01-01", "2017-06-30")],
    ),
    (
        "a_change_from_a_figure_in_a_year_is_compared_with_it",
        (
            "Output will reach 105 million tonnes in 2025, 40% higher from 2024 "
            "and nearly double from 50 million tonnes in 2022."
        ),
        "2024-02-01",
        [
            (105e6, "2025-01-01", "2025-12-31"),
            (40.0, "2025-01-01", "2025-12-31"),
            (2.0, "2025-01-01", "2025-12-31"),
            (50e6, "2022-01-01", "2022-12-31"),
        ],
    ),
    (
        "over_a_span_is_the_change_s_own",
        "Sales rose 5% over the past year.",
        "2023-03-10",
        [(5.0, "2022-03-10", "2023-03-10")],
    ),
    (
        "each_conjunct_after_its_time",
        "In 2016, turnover grew 4% to $70 billion, in 2017 - by 20%, to $84 billion.",
        "2021-03-01",
        [
            (4.0, "2016-01-01", "2016-12-31"),
            (70e9, "2016-01-01", "2016-12-31"),
            (20.0, "2017-01-01", "2017-12-31"),
            (84e9, "2017-01-01", "2017-12-31"),
        ],
    ),
    (
        "each_conjunct_before_its_time",
        "The sides set goals of $150 billion before 2022 and $250 billion before 2026.",
        "2021-03-01",
        [(150e9, "2022-01-01", "2022-12-31"), (250e9, "2026-01-01", "2026-12-31")],
    ),
    (
        "up_from_a_figure_at_an_earlier_month",
        "The yuan's share of payments rose to 3.2% in March 2023, up from 2.9% in February 2023.",
        "2023-04-20",
        [(3.2, "2023-03-01", "2023-03-31"), (2.9, "2023-02-01", "2023-02-28")],
    ),
    (
        "a_stake_bought_holds_when_it_was",
        "Sinopec, which bought a 10 percent stake in 2019, plans more deals.",
        "2021-03-01",
        [(10.0, "2019-01-01", "2019-12-31")],
    ),
    (
        "from_one_figure_in_a_year_to_another_in_a_later_one",
        "Spending rose from $3 billion in 2012 to $7.1 billion in 2016.",
        "2021-03-01",
        [(7.1e9, "2012-01-01", "2016-12-31")],
    ),
    (
        "a_clause_on_the_measured_noun_dates_it",
        "The share of Chinese cars sold in Russia last year climbed to 55%.",
        "2024-02-10",
        [(55.0, "2023-01-01", "2023-12-31")],
    ),
    (
        "a_time_deep_in_the_measured_phrase",
        (
            "Analysts said the portion of Korean makers among the phones brought into Kazakhstan "
            "last year rose to nearly 70%."
        ),
        "2024-02-10",
        [(70.0, "2023-01-01", "2023-12-31")],
    ),
    (
        "a_time_said_of_the_teller_is_not_the_figure_s",
        (
            "The initiative will support a bid by the two countries to boost trade to $300 billion "
            "by 2030, said the study published on Wednesday."
        ),
        "2016-06-16",
        [(300e9, "2030-01-01", "2030-12-31")],
    ),
    (
        "a_year_and_a_part_of_the_year_after_it",
        (
            "Over 2020, trade fell 3% to $107 billion. "
            "In 2021, in the first five months of the year, exports fell 6% to $31 billion."
        ),
        "2021-07-10",
        [
            (3.0, "2020-01-01", "2020-12-31"),
            (107e9, "2020-01-01", "2020-12-31"),
            (6.0, "2021-01-01", "2021-05-31"),
            (31e9, "2021-01-01", "2021-05-31"),
        ],
    ),
    (
        "what_is_added_has_its_own_time",
        (
            "Before the crisis, more than 3 million visitors came annually, he said, "
            "adding that 900,000 visitors came last year."
        ),
        "2021-03-01",
        [(3e6, None, None), (900000.0, "2020-01-01", "2020-12-31")],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [r[1:] for r in WHOSE_TIME],
    ids=[r[0] for r in WHOSE_TIME],
)
def test_whose_time(text: str, published: str | None, expected: Claimed) -> None:
    assert _periods(text, published) == expected


REPORTS: list[tuple[str, str, str | None, Claimed]] = [
    (
        "a_look_back_dates_only_its_own_figures",
        (
            "Nickel exports to China rose 1.5 times to $800 million in January-July. "
            "In 2018, such exports were only $90 million. Copper sales fell to $1.1 billion."
        ),
        "2024-08-20",
        [
            (1.5, "2024-01-01", "2024-07-31"),
            (800e6, "2024-01-01", "2024-07-31"),
            (90e6, "2018-01-01", "2018-12-31"),
            (1.1e9, "2024-01-01", "2024-07-31"),
        ],
    ),
    (
        "back_in_a_year_is_a_look_back",
        (
            "Trade rose 5% in the first half. Back in 2015, it was below $70 billion. "
            "Exports grew 8%."
        ),
        "2019-07-14",
        [
            (5.0, "2019-01-01", "2019-06-30"),
            (70e9, "2015-01-01", "2015-12-31"),
            (8.0, "2019-01-01", "2019-06-30"),
        ],
    ),
    (
        "a_later_year_moves_the_report_on",
        (
            "In 2019 trade reached $110 billion. In 2020 it fell 3%, to $107 billion. "
            "Exports dropped 6%."
        ),
        "2021-03-01",
        [
            (110e9, "2019-01-01", "2019-12-31"),
            (3.0, "2020-01-01", "2020-12-31"),
            (107e9, "2020-01-01", "2020-12-31"),
            (6.0, "2020-01-01", "2020-12-31"),
        ],
    ),
    (
        "last_year_in_the_same_period_is_those_months_of_it",
        (
            "Imports rose 12% in January-September 2025. Last year, in the same period, "
            "imports were 80,000 tons. Thus volumes grew by 9,600 tons."
        ),
        "2025-10-15",
        [
            (12.0, "2025-01-01", "2025-09-30"),
            (80000.0, "2024-01-01", "2024-09-30"),
            (9600.0, "2025-01-01", "2025-09-30"),
        ],
    ),
    (
        "the_previous_year_is_the_year_before_the_sentence_s",
        (
            "In January-July 2019, exports reached 3.1 million tonnes, "
            "against 2.4 million tonnes of grain in the previous year."
        ),
        "2020-02-01",
        [(3.1e6, "2019-01-01", "2019-07-31"), (2.4e6, "2018-01-01", "2018-12-31")],
    ),
    (
        "a_numeric_date_line_frames_nothing",
        (
            "Exports hit a record\n\nSource: the agency | 2021-02-03 10:15 | Editor: staff\n\n"
            "In 2020 exports rose 9% to $5 billion. Imports grew 4%."
        ),
        "2021-02-03",
        [
            (9.0, "2020-01-01", "2020-12-31"),
            (5e9, "2020-01-01", "2020-12-31"),
            (4.0, "2020-01-01", "2020-12-31"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), [r[1:] for r in REPORTS], ids=[r[0] for r in REPORTS]
)
def test_report_periods(text: str, published: str | None, expected: Claimed) -> None:
    assert _periods(text, published) == expected


EVENTS: list[tuple[str, str, str | None, Claimed]] = [
    (
        "a_length_in_weeks_from_its_first_day",
        (
            "The navies began two weeks of drills on Monday. "
            "Some 1,200 sailors will take part in the exercise."
        ),
        "2014-05-19",
        [(2.0, "2014-05-19", "2014-06-01"), (1200.0, "2014-05-19", "2014-06-01")],
    ),
    (
        "a_departure_day_gives_way_to_the_stated_span",
        (
            "Twelve warships left port on Friday to join a six-day exercise. "
            "The drills will run from June 20 to 25. Ten aircraft will also take part."
        ),
        "2017-06-16",
        [
            (12.0, "2017-06-16", "2017-06-16"),
            (6.0, "2017-06-20", "2017-06-25"),
            (10.0, "2017-06-20", "2017-06-25"),
        ],
    ),
    (
        "a_scheduled_span_is_no_signing_day",
        (
            "Zapad-2021 exercise to test 200,000 troops\n\n"
            "The drills, to be held on Sept. 10-16, will involve 200,000 troops and 760 vehicles."
        ),
        "2021-08-30",
        [
            (200000.0, "2021-09-10", "2021-09-16"),
            (200000.0, "2021-09-10", "2021-09-16"),
            (760.0, "2021-09-10", "2021-09-16"),
        ],
    ),
    (
        "a_week_long_event_from_its_opening_day",
        "The week-long manoeuvres that opened on Monday involve 3,000 troops.",
        "2018-09-04",
        [(3000.0, "2018-09-03", "2018-09-09")],
    ),
    (
        "those_who_began_it_on_a_day_hold_for_that_day",
        "Some 2,000 marines launched two weeks of exercises on Monday.",
        "2018-09-04",
        [(2000.0, "2018-09-03", "2018-09-03"), (2.0, "2018-09-03", "2018-09-16")],
    ),
    (
        "the_end_of_a_month_is_no_event",
        (
            "The order book was $50 billion at the end of January. "
            "Contracts for 12 aircraft may be signed soon."
        ),
        "2013-02-10",
        [(50e9, "2013-01-21", "2013-01-31"), (12.0, None, None)],
    ),
    (
        "a_closing_announcement_dates_the_telling",
        (
            "The drills will run from Sept. 12 to 16.\n\n"
            "China will send 900 pieces of weaponry to the drills, the ministry announced last week."
        ),
        "2018-08-29",
        [(900.0, "2018-09-12", "2018-09-16")],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), [r[1:] for r in EVENTS], ids=[r[0] for r in EVENTS]
)
def test_event_days(text: str, published: str | None, expected: Claimed) -> None:
    assert _periods(text, published) == expected


BREAKDOWNS: list[tuple[str, str, str | None, Claimed]] = [
    (
        "a_share_of_the_report_s_flow_in_the_present",
        (
            "In January-October, Russia exported 2.1 million tonnes of pork. "
            "About 40% of the exports go to China."
        ),
        "2022-11-15",
        [(2.1e6, "2022-01-01", "2022-10-31"), (40.0, "2022-01-01", "2022-10-31")],
    ),
    (
        "the_other_places_of_a_ranking",
        (
            "China's imports of Russian beef reached $900 million in the first quarter. "
            "Russia ranks third among suppliers, behind Brazil ($1.4 billion) "
            "and Australia ($1.2 billion)."
        ),
        "2020-04-20",
        [
            (900e6, "2020-01-01", "2020-03-31"),
            (1.4e9, "2020-01-01", "2020-03-31"),
            (1.2e9, "2020-01-01", "2020-03-31"),
        ],
    ),
    (
        "a_structure_told_in_the_past",
        (
            "The ships made 80 voyages in the first nine months of 2024. "
            "These comprised 30 voyages with oil."
        ),
        "2024-10-10",
        [(80.0, "2024-01-01", "2024-09-30"), (30.0, "2024-01-01", "2024-09-30")],
    ),
    (
        "what_is_owned_takes_no_report_period",
        "Exports rose 9% in 2020. Rosneft owns 20 percent of the venture.",
        "2021-03-01",
        [(9.0, "2020-01-01", "2020-12-31"), (20.0, None, None)],
    ),
    (
        "a_year_a_narrative_passes_through_is_no_report",
        (
            "Rosneft signs oil deal\n\n"
            "Rosneft agreed on Monday to raise gas deliveries to China as it turns to Asian markets."
            "\n\nRussia began shipping oil to Asia through a new port in 2009.\n\n"
            "The country is already exporting 700,000 barrels per day to India, "
            "or 16 per cent of all its exports."
        ),
        "2013-05-05",
        [(700000.0, None, None), (16.0, None, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [r[1:] for r in BREAKDOWNS],
    ids=[r[0] for r in BREAKDOWNS],
)
def test_breakdowns(text: str, published: str | None, expected: Claimed) -> None:
    assert _periods(text, published) == expected


MAKING_AND_VISITS: list[tuple[str, str, str | None, Claimed]] = [
    (
        "the_day_of_a_signing_is_no_term_s_period",
        "Earlier this year the sides signed a $12 billion loan agreement.",
        "2019-10-01",
        [(12e9, None, None)],
    ),
    (
        "a_deal_completed_at_a_time",
        (
            "Media said the deal was similar to a $5 billion oil-for-loans deal completed "
            "earlier this year."
        ),
        "2019-10-01",
        [(5e9, None, None)],
    ),
    (
        "a_transfer_done_keeps_its_time",
        "The loan of $2 billion was disbursed in March 2020.",
        "2021-01-10",
        [(2e9, "2020-03-01", "2020-03-31")],
    ),
    (
        "this_morning_is_the_day_of_the_telling",
        (
            '"This morning the firms signed 9 contracts worth $2 billion," the premier told '
            "reporters."
        ),
        "2012-06-06",
        [(9.0, "2012-06-06", "2012-06-06"), (2e9, None, None)],
    ),
    (
        "the_current_state_of_the_measure",
        "The current order book is $9 billion.",
        "2013-02-01",
        [(9e9, "2013-02-01", "2013-02-01")],
    ),
    (
        "a_visit_under_way_from_the_telling",
        "Xi is on a three-day state visit to Moscow.",
        "2023-03-21",
        [(3.0, "2023-03-21", "2023-03-23")],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [r[1:] for r in MAKING_AND_VISITS],
    ids=[r[0] for r in MAKING_AND_VISITS],
)
def test_making_and_visits(text: str, published: str | None, expected: Claimed) -> None:
    assert _periods(text, published) == expected


MORE_ANCHORS: list[tuple[str, str, str | None, Claimed]] = [
    (
        "at_the_same_time_is_the_time_just_told",
        (
            "In January-April, trade rose 3% to $30 billion. In April alone, trade reached "
            "$8 billion. At the same time, exports amounted to $3.5 billion."
        ),
        "2020-05-10",
        [
            (3.0, "2020-01-01", "2020-04-30"),
            (30e9, "2020-01-01", "2020-04-30"),
            (8e9, "2020-04-01", "2020-04-30"),
            (3.5e9, "2020-04-01", "2020-04-30"),
        ],
    ),
    (
        "the_course_of_the_year_is_the_year_of_the_sentence",
        (
            "The bank said the yuan's share in export payments, which was about 1% at the start "
            "of 2022, surged to 15% over the course of the year."
        ),
        "2023-03-22",
        [(1.0, "2022-01-01", "2022-01-31"), (15.0, "2022-01-01", "2022-12-31")],
    ),
    (
        "a_narrower_time_without_alone_goes_on",
        (
            "Trade grew 10% in 2021. At the start of 2021, the dollar's share of payments was 60%. "
            "The euro accounted for 20%."
        ),
        "2022-02-01",
        [
            (10.0, "2021-01-01", "2021-12-31"),
            (60.0, "2021-01-01", "2021-01-31"),
            (20.0, "2021-01-01", "2021-01-31"),
        ],
    ),
    (
        "a_share_of_the_whole_the_sentence_before_named",
        (
            "The minister reported the country's timber exports came to $8 billion in 2019. "
            "China accounts for 42 percent, Finland for 7 percent."
        ),
        "2020-10-21",
        [
            (8e9, "2019-01-01", "2019-12-31"),
            (42.0, "2019-01-01", "2019-12-31"),
            (7.0, "2019-01-01", "2019-12-31"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [r[1:] for r in MORE_ANCHORS],
    ids=[r[0] for r in MORE_ANCHORS],
)
def test_more_anchors(text: str, published: str | None, expected: Claimed) -> None:
    assert _periods(text, published) == expected
