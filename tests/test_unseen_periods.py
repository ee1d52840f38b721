"""When each figure holds, on news the rules were not written from (issue 24's list of
phenomena): which time belongs to which figure in a sentence; parts of a year, running
totals and points in time; the report's period carried and stopped; pages that print no
date and datelines without a year; commitment, expectation or fact. Every row is a short
article of our own (new wording, figures, countries and goods), its publication date (or
none), and every claim as (quantity, period start, period end, modality) in text order.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import sinorus_facts

Claimed = tuple[str, str | None, str | None, str]
Row = tuple[str, str, str | None, list[Claimed]]


def _claims(text: str, published: str | None) -> list[Claimed]:
    out = []
    for c in sinorus_facts.extract(text, published=published):
        period = c.period
        out.append(
            (
                c.evidence.quantity,
                period.start.isoformat() if period and period.start else None,
                period.end.isoformat() if period and period.end else None,
                c.modality,
            )
        )
    return out


_ROWS: list[Row] = [
    (
        "a_target_for_the_full_year_told_by_a_speech_verb_is_this_year",
        (
            "Kazakhstan's uranium output rose 4% in the first half to 11,000 tonnes. The "
            "company aims to produce 24,000 tonnes in the full year, its chief executive told "
            "analysts."
        ),
        "2025-08-05",
        [
            ("4%", "2025-01-01", "2025-06-30", "actual"),
            ("11,000 tonnes", "2025-01-01", "2025-06-30", "actual"),
            ("24,000 tonnes", "2025-01-01", "2025-12-31", "target"),
        ],
    ),
    (
        "what_a_thing_built_cost_holds_for_no_period",
        (
            "The second rail bridge across the Ussuri will open next year, the governor said "
            "on Monday.\n\nThe bridge is 740 metres long and cost 11 billion roubles."
        ),
        "2025-04-02",
        [("740 metres", None, None, "actual"), ("11 billion roubles", None, None, "actual")],
    ),
    (
        "the_figure_after_against_keeps_its_year",
        "Turnover reached $31 billion in 2024 against $26 billion in 2022, the bank said.",
        "2025-02-10",
        [
            ("$31 billion", "2024-01-01", "2024-12-31", "actual"),
            ("$26 billion", "2022-01-01", "2022-12-31", "actual"),
        ],
    ),
    (
        "event_days_to_come_not_the_day_it_was_said",
        (
            "The air forces of the two countries will hold joint patrols over the Sea of Japan "
            "from August 12 to 15, the defence ministry said on Tuesday.\n\nSix bombers and "
            "14 fighters will take part, the ministry said."
        ),
        "2025-06-04",
        [
            ("Six bombers", "2025-08-12", "2025-08-15", "target"),
            ("14 fighters", "2025-08-12", "2025-08-15", "target"),
        ],
    ),
    (
        "event_days_past_stay_past",
        (
            "The two navies held drills in the Baltic from July 3 to 6, the fleet said on "
            "Monday.\n\nNine ships took part in the drills."
        ),
        "2025-07-14",
        [("Nine ships", "2025-07-03", "2025-07-06", "actual")],
    ),
    (
        "own_time_beats_carried_year",
        "Over 2020, Kazakhstan's wheat exports to China rose 14% to 1.2 million tonnes. In 2021, in the first seven months of the year, the exports fell 9% to 540,000 tonnes.",
        "2022-03-10",
        [
            ("14%", "2020-01-01", "2020-12-31", "actual"),
            ("1.2 million tonnes", "2020-01-01", "2020-12-31", "actual"),
            ("9%", "2021-01-01", "2021-07-31", "actual"),
            ("540,000 tonnes", "2021-01-01", "2021-07-31", "actual"),
        ],
    ),
    (
        "own_time_beats_carried_year_digits",
        "In 2019, Mongolia sold 36 million tonnes of coal to China. For 2022, over the first 3 months, coal shipments reached 4.1 million tonnes, up 30%.",
        "2022-05-02",
        [
            ("36 million tonnes", "2019-01-01", "2019-12-31", "actual"),
            ("4.1 million tonnes", "2022-01-01", "2022-03-31", "actual"),
            ("30%", "2022-01-01", "2022-03-31", "actual"),
        ],
    ),
    (
        "own_time_beats_headline_year",
        "Russian timber exports to China fell in 2023\n\nRussian timber exports to China fell 8% in 2023 to 14 million cubic metres. In January-April 2024, exports fell a further 11% to 3.5 million cubic metres.",
        "2024-05-20",
        [
            ("8%", "2023-01-01", "2023-12-31", "actual"),
            ("14 million cubic metres", "2023-01-01", "2023-12-31", "actual"),
            ("11%", "2024-01-01", "2024-04-30", "actual"),
            ("3.5 million cubic metres", "2024-01-01", "2024-04-30", "actual"),
        ],
    ),
    (
        "own_quarter_after_year_frame",
        "In 2022, Vietnam's rice exports to China reached $900 million. This year, in the first quarter alone, they rose 25% to $310 million.",
        "2023-05-11",
        [
            ("$900 million", "2022-01-01", "2022-12-31", "actual"),
            ("25%", "2023-01-01", "2023-03-31", "actual"),
            ("$310 million", "2023-01-01", "2023-03-31", "actual"),
        ],
    ),
    (
        "conjuncts_by_years_targets",
        "Beijing aims to cut coal's share of power output to 55% by 2025 and to 40% by 2030.",
        "2021-04-01",
        [
            ("55%", "2025-01-01", "2025-12-31", "target"),
            ("40%", "2030-01-01", "2030-12-31", "target"),
        ],
    ),
    (
        "conjuncts_in_years_facts",
        "Kazakh-Uzbek turnover came to $8 billion in 2015 and $14 billion in 2020.",
        "2021-04-01",
        [
            ("$8 billion", "2015-01-01", "2015-12-31", "actual"),
            ("$14 billion", "2020-01-01", "2020-12-31", "actual"),
        ],
    ),
    (
        "conjuncts_by_years_verbs",
        "Turnover grew to $3 billion by 2012 and then to $5.5 billion by 2018, the ministry said.",
        "2019-04-01",
        [
            ("$3 billion", "2012-01-01", "2012-12-31", "actual"),
            ("$5.5 billion", "2018-01-01", "2018-12-31", "actual"),
        ],
    ),
    (
        "conjuncts_words_plan",
        "The operator plans to carry 2 million passengers by 2026 and 5 million by 2030.",
        "2023-04-01",
        [
            ("2 million passengers", "2026-01-01", "2026-12-31", "target"),
            ("5 million", "2030-01-01", "2030-12-31", "target"),
        ],
    ),
    (
        "appended_yoy",
        "Uzbekistan's cotton exports to China reached $410 million in 2023, up 18% year on year.",
        "2024-02-01",
        [
            ("$410 million", "2023-01-01", "2023-12-31", "actual"),
            ("18%", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "appended_bracket_yoy",
        "Chinese car sales in Russia hit 480,000 units in the first half of 2024 (+65% y-o-y).",
        "2024-08-01",
        [
            ("480,000 units", "2024-01-01", "2024-06-30", "actual"),
            ("+65%", "2024-01-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "appended_with_rise_to",
        "Beef imports ended 2023 with a 31% rise to 95,000 tonnes.",
        "2024-02-01",
        [
            ("31%", "2023-01-01", "2023-12-31", "actual"),
            ("95,000 tonnes", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "appended_change_before_time",
        "Soybean shipments climbed 40 percent year-on-year to 1.1 million tonnes in the January-September period.",
        "2024-10-15",
        [
            ("40 percent", "2024-01-01", "2024-09-30", "actual"),
            ("1.1 million tonnes", "2024-01-01", "2024-09-30", "actual"),
        ],
    ),
    (
        "basis_over_year",
        "In 2009, pork exports rose 20% over 2008.",
        "2010-03-01",
        [("20%", "2009-01-01", "2009-12-31", "actual")],
    ),
    (
        "basis_against_previous_year",
        "Coal imports in 2021 grew by 12% against the previous year.",
        "2022-03-01",
        [("12%", "2021-01-01", "2021-12-31", "actual")],
    ),
    (
        "basis_compared_with_y_in_year",
        "Fertiliser exports totalled $1.8 billion in the first quarter, compared with $1.2 billion in the first quarter of 2023.",
        "2024-05-05",
        [
            ("$1.8 billion", "2024-01-01", "2024-03-31", "actual"),
            ("$1.2 billion", "2023-01-01", "2023-03-31", "actual"),
        ],
    ),
    (
        "basis_beating_last_years_whole",
        "In the first eight months of this year, soybean shipments reached 700,000 tonnes, beating by 40% the whole of last year's result.",
        "2024-09-20",
        [
            ("700,000 tonnes", "2024-01-01", "2024-08-31", "actual"),
            ("40%", "2024-01-01", "2024-08-31", "actual"),
        ],
    ),
    (
        "basis_compared_with_last_year_frame",
        "Exports rose 6% to $12 billion in the second quarter compared with last year.",
        "2024-08-05",
        [
            ("6%", "2024-04-01", "2024-06-30", "actual"),
            ("$12 billion", "2024-04-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "basis_year_over_words",
        "In 2018, freight volumes grew by a fifth over 2017 to 16 million tonnes.",
        "2019-03-01",
        [
            ("a fifth", "2018-01-01", "2018-12-31", "actual"),
            ("16 million tonnes", "2018-01-01", "2018-12-31", "actual"),
        ],
    ),
    (
        "previous_year_of_figure",
        "In 2016, tourist flows rose to 1.3 million people, 15% more than the previous year.",
        "2019-02-01",
        [
            ("1.3 million people", "2016-01-01", "2016-12-31", "actual"),
            ("15% more", "2016-01-01", "2016-12-31", "actual"),
        ],
    ),
    (
        "previous_year_alone",
        "Trade hit $20 billion in 2017. The previous year, it was $16 billion.",
        "2019-02-01",
        [
            ("$20 billion", "2017-01-01", "2017-12-31", "actual"),
            ("$16 billion", "2016-01-01", "2016-12-31", "actual"),
        ],
    ),
    (
        "previous_year_in_sentence",
        "In 2015, the port handled 9 million tonnes, against 7.5 million tonnes in the previous year.",
        "2018-02-01",
        [
            ("9 million tonnes", "2015-01-01", "2015-12-31", "actual"),
            ("7.5 million tonnes", "2014-01-01", "2014-12-31", "actual"),
        ],
    ),
    (
        "speech_verb_time_dates_telling",
        "The agency said on Tuesday that exports rose 7% in April.",
        "2024-05-16",
        [("7%", "2024-04-01", "2024-04-30", "actual")],
    ),
    (
        "relative_clause_time",
        "Exports, which reached $5 billion in 2021, are forecast to grow 10% next year.",
        "2022-06-01",
        [
            ("$5 billion", "2021-01-01", "2021-12-31", "actual"),
            ("10%", "2023-01-01", "2023-12-31", "forecast"),
        ],
    ),
    (
        "aside_year_not_frame",
        "In January-May, Russia's exports to China rose 9% to $40 billion. In 2019, the plan was to ship 5 million tonnes of grain. Imports from China rose 4% to $31 billion.",
        "2024-06-20",
        [
            ("9%", "2024-01-01", "2024-05-31", "actual"),
            ("$40 billion", "2024-01-01", "2024-05-31", "actual"),
            ("5 million tonnes", "2019-01-01", "2019-12-31", "target"),
            ("4%", "2024-01-01", "2024-05-31", "actual"),
            ("$31 billion", "2024-01-01", "2024-05-31", "actual"),
        ],
    ),
    (
        "aside_year_in_relative_clause",
        "Trade between the two countries, which signed a free trade pact in 2019, rose 9% to $4.4 billion in January-June.",
        "2023-07-20",
        [
            ("9%", "2023-01-01", "2023-06-30", "actual"),
            ("$4.4 billion", "2023-01-01", "2023-06-30", "actual"),
        ],
    ),
    (
        "signing_day_not_period",
        "On March 3, the two sides signed a contract for the supply of 2 million tonnes of grain.",
        "2024-03-05",
        [("2 million tonnes", None, None, "target")],
    ),
    (
        "signing_day_dated_deal_worth",
        "In May 2014, Gazprom and CNPC signed a 30-year deal worth $400 billion.",
        "2015-01-05",
        [("30-year", None, None, "target"), ("$400 billion", None, None, "target")],
    ),
    (
        "exercise_name_year_not_frame",
        "More than 300,000 troops took part in the Tsentr-2019 drills, the ministry said.",
        "2023-01-10",
        [("More than 300,000 troops", None, None, "actual")],
    ),
    (
        "so_far_this_year",
        "So far this year, China has bought 12 million tonnes of Russian crude.",
        "2024-05-20",
        [("12 million tonnes", "2024-01-01", "2024-05-20", "actual")],
    ),
    (
        "since_start_of_year",
        "Since the start of 2025, the port has handled 3.2 million tonnes of cargo.",
        "2025-04-10",
        [("3.2 million tonnes", "2025-01-01", "2025-04-10", "actual")],
    ),
    (
        "since_beginning_of_the_year",
        "Since the beginning of the year, the border crossing has let through 150,000 trucks.",
        "2023-08-10",
        [("150,000 trucks", "2023-01-01", "2023-08-10", "actual")],
    ),
    (
        "year_to_date",
        "Year to date, imports of LNG totalled 6.5 million tonnes.",
        "2023-10-05",
        [("6.5 million tonnes", "2023-01-01", "2023-10-05", "actual")],
    ),
    (
        "year_to_date_hyphen",
        "Year-to-date shipments of copper reached 420,000 tonnes, the company said.",
        "2023-10-05",
        [("420,000 tonnes", "2023-01-01", "2023-10-05", "actual")],
    ),
    (
        "as_of_date_running_total",
        "As of September 1, grain exports this year stood at 2.7 million tonnes.",
        "2024-09-05",
        [("2.7 million tonnes", "2024-01-01", "2024-09-05", "actual")],
    ),
    (
        "this_year_stats_report",
        "This year, Russian wheat exports to China have risen to 1.6 million tonnes, customs data show.",
        "2024-07-15",
        [("1.6 million tonnes", "2024-01-01", "2024-07-15", "actual")],
    ),
    (
        "nine_m_period",
        "In 9M 2023, revenue from sales in China rose 8% to $2.4 billion.",
        "2023-11-01",
        [
            ("8%", "2023-01-01", "2023-09-30", "actual"),
            ("$2.4 billion", "2023-01-01", "2023-09-30", "actual"),
        ],
    ),
    (
        "first_three_months_words",
        "In the first three months, exports of seafood rose 17% to $700 million.",
        "2024-04-22",
        [
            ("17%", "2024-01-01", "2024-03-31", "actual"),
            ("$700 million", "2024-01-01", "2024-03-31", "actual"),
        ],
    ),
    (
        "first_eleven_months_words",
        "Over the first eleven months, trade grew 2.1% to $218 billion.",
        "2023-12-07",
        [
            ("2.1%", "2023-01-01", "2023-11-30", "actual"),
            ("$218 billion", "2023-01-01", "2023-11-30", "actual"),
        ],
    ),
    (
        "first_4_months_digits",
        "In the first 4 months, coal imports dropped 6% to 25 million tonnes.",
        "2024-05-10",
        [
            ("6%", "2024-01-01", "2024-04-30", "actual"),
            ("25 million tonnes", "2024-01-01", "2024-04-30", "actual"),
        ],
    ),
    (
        "first_two_months_of_year",
        "In the first two months of 2024, electricity exports fell by half to 400 million kWh.",
        "2024-03-20",
        [
            ("half", "2024-01-01", "2024-02-29", "actual"),
            ("400 million kWh", "2024-01-01", "2024-02-29", "actual"),
        ],
    ),
    (
        "first_six_months_this_year",
        "Sales of Chinese trucks in Russia in the first six months of this year totalled 60,000 units.",
        "2023-07-20",
        [("60,000 units", "2023-01-01", "2023-06-30", "actual")],
    ),
    (
        "first_ten_months_of_last_year",
        "In the first ten months of last year, the bank lent 90 billion yuan.",
        "2024-02-20",
        [("90 billion yuan", "2023-01-01", "2023-10-31", "actual")],
    ),
    (
        "season_slash",
        "In the 2018/19 season, Russia exported 600,000 tonnes of barley to China.",
        "2019-09-01",
        [("600,000 tonnes", "2018-07-01", "2019-06-30", "actual")],
    ),
    (
        "season_slash_agricultural_year",
        "In the 2021/22 agricultural year, flax exports reached 500,000 tonnes.",
        "2022-09-01",
        [("500,000 tonnes", "2021-07-01", "2022-06-30", "actual")],
    ),
    (
        "marketing_year_slash",
        "Grain exports in the 2022-23 marketing year may reach 55 million tonnes.",
        "2022-09-01",
        [("55 million tonnes", "2022-07-01", "2023-06-30", "forecast")],
    ),
    (
        "over_the_past_year",
        "Over the past year, the number of flights between the cities rose to 120 a week.",
        "2024-03-15",
        [("120", "2023-03-15", "2024-03-15", "actual")],
    ),
    (
        "n_years_ago",
        "Three years ago, trade stood at $90 billion.",
        "2024-01-20",
        [("$90 billion", "2021-01-01", "2021-12-31", "actual")],
    ),
    (
        "a_decade_ago",
        "A decade ago, the yuan's share in payments was 2%.",
        "2023-06-01",
        [("2%", "2013-01-01", "2013-12-31", "actual")],
    ),
    (
        "five_years_ago_digits",
        "The exchange listed 4 yuan bonds 5 years ago.",
        "2023-06-01",
        [("4 yuan", "2018-01-01", "2018-12-31", "actual")],
    ),
    (
        "next_two_to_three_years",
        "The company plans to invest $2 billion in the plant over the next two to three years.",
        "2023-05-01",
        [("$2 billion", "2023-01-01", "2025-12-31", "target")],
    ),
    (
        "in_the_coming_years",
        "Output is expected to reach 5 million tonnes in the coming years.",
        "2023-05-01",
        [("5 million tonnes", None, None, "forecast")],
    ),
    (
        "by_end_of_year_total",
        "Trade is expected to reach $200 billion by the end of the year.",
        "2023-06-01",
        [("$200 billion", "2023-12-01", "2023-12-31", "forecast")],
    ),
    (
        "by_end_of_this_year_total",
        "Shipments of LNG should exceed 8 million tonnes by the end of this year, the ministry said.",
        "2022-06-01",
        [("exceed 8 million tonnes", "2022-12-01", "2022-12-31", "forecast")],
    ),
    (
        "by_end_of_named_year",
        "The railway will carry 15 million tonnes by the end of 2026.",
        "2023-06-01",
        [("15 million tonnes", "2026-12-01", "2026-12-31", "target")],
    ),
    (
        "range_both_ends",
        "From November 2013 to June 30, 2017, the bank issued loans worth $3 billion.",
        "2018-01-01",
        [("$3 billion", "2013-11-01", "2017-06-30", "actual")],
    ),
    (
        "range_both_ends_between",
        "Between March 2019 and the end of 2021, the fund invested $640 million.",
        "2022-03-01",
        [("$640 million", "2019-03-01", "2021-12-31", "actual")],
    ),
    (
        "range_month_to_month_year",
        "From January to October 2022, Chinese imports of Russian pork rose fourfold to 120,000 tonnes.",
        "2022-11-20",
        [
            ("fourfold", "2022-01-01", "2022-10-31", "actual"),
            ("120,000 tonnes", "2022-01-01", "2022-10-31", "actual"),
        ],
    ),
    (
        "suppliers_after_lead",
        "Russia was China's largest crude supplier in January-March, shipping 25 million tonnes, customs data showed. Saudi Arabia came second with 21 million tonnes. Next come Iraq (14 million tonnes) and Brazil (9 million tonnes).",
        "2024-04-20",
        [
            ("25 million tonnes", "2024-01-01", "2024-03-31", "actual"),
            ("21 million tonnes", "2024-01-01", "2024-03-31", "actual"),
            ("14 million tonnes", "2024-01-01", "2024-03-31", "actual"),
            ("9 million tonnes", "2024-01-01", "2024-03-31", "actual"),
        ],
    ),
    (
        "suppliers_followed_by",
        "In the first half, Indonesia supplied 90 million tonnes of coal to China, customs data showed. It was followed by Australia with 35 million tonnes and Mongolia with 33 million tonnes.",
        "2024-07-20",
        [
            ("90 million tonnes", "2024-01-01", "2024-06-30", "actual"),
            ("35 million tonnes", "2024-01-01", "2024-06-30", "actual"),
            ("33 million tonnes", "2024-01-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "shares_after_lead",
        "China's imports of Russian gas rose 20% to 16 billion cubic metres in January-June. Pipeline gas made up 70% of the total, while LNG accounted for the rest.",
        "2024-07-20",
        [
            ("20%", "2024-01-01", "2024-06-30", "actual"),
            ("16 billion cubic metres", "2024-01-01", "2024-06-30", "actual"),
            ("70%", "2024-01-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "beating_forecast",
        "China's imports from Russia rose 12% in the second quarter, beating the forecast of 8%.",
        "2024-07-20",
        [
            ("12%", "2024-04-01", "2024-06-30", "actual"),
            ("8%", "2024-04-01", "2024-06-30", "forecast"),
        ],
    ),
    (
        "event_week_long_opened_monday",
        "More than 10,000 troops are taking part in the week-long manoeuvres that opened on Monday.",
        "2023-09-06",
        [("More than 10,000 troops", "2023-09-04", "2023-09-10", "actual")],
    ),
    (
        "event_from_to_days",
        "The drills will be held from 3 to 8 September and involve 40 aircraft.",
        "2023-08-20",
        [("40 aircraft", "2023-09-03", "2023-09-08", "target")],
    ),
    (
        "event_runs_until",
        "The naval drills began on Tuesday and will run until Saturday. Twelve warships and 2,000 sailors are involved.",
        "2024-07-18",
        [
            ("Twelve warships", "2024-07-16", "2024-07-20", "actual"),
            ("2,000 sailors", "2024-07-16", "2024-07-20", "actual"),
        ],
    ),
    (
        "carry_stops_at_description",
        "In 2023, Chinese investment in Russia rose 20% to $4 billion. The Russia-China Investment Fund, worth $2 billion, backs infrastructure projects.",
        "2024-03-01",
        [
            ("20%", "2023-01-01", "2023-12-31", "actual"),
            ("$4 billion", "2023-01-01", "2023-12-31", "actual"),
            ("$2 billion", None, None, "actual"),
        ],
    ),
    (
        "carry_stops_at_later",
        "In the first half, exports rose 5% to $60 billion. Later, the bank lent $2 billion to an exporter of grain.",
        "2024-09-01",
        [
            ("5%", "2024-01-01", "2024-06-30", "actual"),
            ("$60 billion", "2024-01-01", "2024-06-30", "actual"),
            ("$2 billion", None, None, "actual"),
        ],
    ),
    (
        "carry_stops_at_other_topic",
        "In January-August, oil exports to China rose 4% to 70 million tonnes. The Power of Siberia pipeline is 3,000 km long.",
        "2024-09-20",
        [
            ("4%", "2024-01-01", "2024-08-31", "actual"),
            ("70 million tonnes", "2024-01-01", "2024-08-31", "actual"),
            ("3,000 km", None, None, "actual"),
        ],
    ),
    (
        "will_supply_target",
        "Under the agreement, Russia will supply China with 10 billion cubic metres of gas a year.",
        "2023-03-01",
        [("10 billion cubic metres of gas a year", None, None, "target")],
    ),
    (
        "would_be_worth_deal",
        "The two companies agreed a supply contract that would be worth $5 billion.",
        "2023-03-01",
        [("$5 billion", None, None, "target")],
    ),
    (
        "signed_deal_worth",
        "Rosatom signed a deal worth $1.7 billion to build two reactors in China.",
        "2023-03-01",
        [("$1.7 billion", None, None, "target"), ("two reactors", None, None, "actual")],
    ),
    (
        "agreements_reached_on_supplies",
        "Agreements were reached on supplies of 100,000 tonnes of pork to China.",
        "2023-03-01",
        [("100,000 tonnes", None, None, "target")],
    ),
    (
        "headline_present_deal",
        "Russia sells China 24 helicopters in $1 billion deal\n\nThe contract was signed in Beijing on Thursday, officials said.",
        "2023-03-01",
        [("24 helicopters", None, None, "target"), ("$1 billion", None, None, "target")],
    ),
    (
        "was_to_be_past_plan",
        "The plant was to be built for $1.5 billion.",
        "2023-03-01",
        [("$1.5 billion", None, None, "target")],
    ),
    (
        "expect_forecast",
        "Analysts expect trade to reach $250 billion.",
        "2023-03-01",
        [("$250 billion", None, None, "forecast")],
    ),
    (
        "likely_forecast",
        "Exports are likely to exceed 5 million tonnes.",
        "2023-03-01",
        [("exceed 5 million tonnes", None, None, "forecast")],
    ),
    (
        "may_forecast",
        "Trade may rise 10% this year, the ministry said.",
        "2023-03-01",
        [("10%", "2023-01-01", "2023-12-31", "forecast")],
    ),
    (
        "projected_forecast",
        "Tourist arrivals are projected to hit 2 million next year.",
        "2023-03-01",
        [("2 million", "2024-01-01", "2024-12-31", "forecast")],
    ),
    (
        "estimated_to_reach",
        "Grain exports are estimated to reach 60 million tonnes in the season.",
        "2023-09-01",
        [("60 million tonnes", None, None, "forecast")],
    ),
    (
        "past_fact_stays",
        "Last year, the pipeline delivered 22 bcm of gas to China.",
        "2023-03-01",
        [("22 bcm of gas", "2022-01-01", "2022-12-31", "actual")],
    ),
    (
        "capacity_is_present_property",
        "The existing oil pipeline's capacity is 30 million tonnes a year.",
        "2023-03-01",
        [("30 million tonnes a year", None, None, "actual")],
    ),
    (
        "fact_inside_future_sentence",
        "Exports, which rose 20% last year to $8 billion, will reach $10 billion in 2025, the minister expects.",
        "2023-03-01",
        [
            ("20%", "2022-01-01", "2022-12-31", "actual"),
            ("$8 billion", "2022-01-01", "2022-12-31", "actual"),
            ("$10 billion", "2025-01-01", "2025-12-31", "forecast"),
        ],
    ),
    (
        "each_conjunct_its_modal",
        "The companies expect sales to hit 1 million tonnes and plan to build 3 new terminals.",
        "2023-03-01",
        [("1 million tonnes", None, None, "forecast"), ("3 new terminals", None, None, "target")],
    ),
    (
        "under_deal_delivered_fact",
        "Under the contract, Russia delivered 15 Su-35 fighters to China in 2018.",
        "2023-03-01",
        [("15 Su-35 fighters", "2018-01-01", "2018-12-31", "actual")],
    ),
    (
        "undated_full_year_stats_then_this_year",
        "Trade between Russia and China reached $240 billion in 2023, customs data showed on Friday. This year, trade is expected to grow 5%.",
        None,
        [
            ("$240 billion", "2023-01-01", "2023-12-31", "actual"),
            ("5%", "2024-01-01", "2024-12-31", "forecast"),
        ],
    ),
    (
        "undated_full_year_stats_then_january",
        "In 2023, Kazakh-Uzbek turnover hit $240 billion. In January, it rose 4% to $20 billion, customs data showed.",
        None,
        [
            ("$240 billion", "2023-01-01", "2023-12-31", "actual"),
            ("4%", "2024-01-01", "2024-01-31", "actual"),
            ("$20 billion", "2024-01-01", "2024-01-31", "actual"),
        ],
    ),
    (
        "undated_scheduled_year_does_not_date",
        "Exports rose 7% in 2023 to $9 billion. This year, exports are expected to reach $10 billion. The next forum will be held in June 2027.",
        None,
        [
            ("7%", "2023-01-01", "2023-12-31", "actual"),
            ("$9 billion", "2023-01-01", "2023-12-31", "actual"),
            ("$10 billion", "2024-01-01", "2024-12-31", "forecast"),
        ],
    ),
    (
        "undated_forecast_year_does_not_date",
        "Russian grain exports to China rose 30% last year to 3 million tonnes, compared with 2.3 million tonnes in 2021. Officials hope to reach 8 million tonnes by 2030.",
        None,
        [
            ("30%", "2022-01-01", "2022-12-31", "actual"),
            ("3 million tonnes", "2022-01-01", "2022-12-31", "actual"),
            ("2.3 million tonnes", "2021-01-01", "2021-12-31", "actual"),
            ("8 million tonnes", "2030-01-01", "2030-12-31", "target"),
        ],
    ),
    (
        "undated_past_first_half_this_year",
        "In 2023, imports of Russian oil by China rose 24% to 107 million tonnes. In the first half of this year, they rose 4% to 56 million tonnes.",
        None,
        [
            ("24%", "2023-01-01", "2023-12-31", "actual"),
            ("107 million tonnes", "2023-01-01", "2023-12-31", "actual"),
            ("4%", "2024-01-01", "2024-06-30", "actual"),
            ("56 million tonnes", "2024-01-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "yearless_dateline_this_year_after_named",
        "BEIJING, Feb. 5 -- China's imports of Russian coal rose 50% in 2023 to 100 million tonnes. This year, imports are expected to reach 110 million tonnes.",
        None,
        [
            ("50%", "2023-01-01", "2023-12-31", "actual"),
            ("100 million tonnes", "2023-01-01", "2023-12-31", "actual"),
            ("110 million tonnes", "2024-01-01", "2024-12-31", "forecast"),
        ],
    ),
    (
        "yearless_dateline_last_year",
        "MOSCOW, March 12 (Reuters) - Russia's pork exports to China doubled last year to 80,000 tonnes, after 40,000 tonnes in 2022, the agriculture ministry said.",
        None,
        [
            ("doubled", "2023-01-01", "2023-12-31", "actual"),
            ("80,000 tonnes", "2023-01-01", "2023-12-31", "actual"),
            ("40,000 tonnes", "2022-01-01", "2022-12-31", "actual"),
        ],
    ),
    (
        "yearless_dateline_same_year_named",
        "VLADIVOSTOK, Oct 3 - Freight across the border rose 15% in January-September 2024 to 30 million tonnes, the railway said.",
        None,
        [
            ("15%", "2024-01-01", "2024-09-30", "actual"),
            ("30 million tonnes", "2024-01-01", "2024-09-30", "actual"),
        ],
    ),
    # pages that print no date, and datelines without a year, by family: a year's total told
    # in the past, the first months of this year, 'last year' beside a named year, forecasts'
    # and plans' years, scheduled events, photo captions, copyright lines and addresses,
    # quotations recalling old years, yearless datelines, 'this year' beside named years
    (
        "undated_year_total_then_this_year_forecast",
        "Kyrgyzstan's exports of dried apricots to China climbed 18% in 2021 to 42,000 tonnes, the trade ministry reported. This year the ministry expects shipments of 50,000 tonnes.",
        None,
        [
            ("18%", "2021-01-01", "2021-12-31", "actual"),
            ("42,000 tonnes", "2021-01-01", "2021-12-31", "actual"),
            ("50,000 tonnes", "2022-01-01", "2022-12-31", "forecast"),
        ],
    ),
    (
        "undated_for_the_whole_of_year_amounted",
        "For the whole of 2018, freight through the Blagoveshchensk crossing amounted to 3.4 million tonnes, the port authority said.",
        None,
        [
            ("3.4 million tonnes", "2018-01-01", "2018-12-31", "actual"),
        ],
    ),
    (
        "undated_headline_year_total_then_january",
        "Mongolian copper sales to China hit record in 2019\n\nMongolia sold 1.5 million tonnes of copper concentrate to China in 2019, up 6%. In January, sales slipped 3%.",
        None,
        [
            ("1.5 million tonnes", "2019-01-01", "2019-12-31", "actual"),
            ("6%", "2019-01-01", "2019-12-31", "actual"),
            ("3%", "2020-01-01", "2020-01-31", "actual"),
        ],
    ),
    (
        "undated_year_total_this_year_so_far",
        "Car exports from China to Kazakhstan totalled 61,000 vehicles in 2022. So far this year, dealers have imported 48,000 cars.",
        None,
        [
            ("61,000 vehicles", "2022-01-01", "2022-12-31", "actual"),
            ("48,000 cars", "2023-01-01", "2023-01-31", "actual"),
        ],
    ),
    (
        "undated_first_eight_months_this_year_after_named_year",
        "The port of Nakhodka handled 41 million tonnes in 2022. In the first eight months of this year, it handled 30 million tonnes, 9% more than a year earlier.",
        None,
        [
            ("41 million tonnes", "2022-01-01", "2022-12-31", "actual"),
            ("30 million tonnes", "2023-01-01", "2023-08-31", "actual"),
            ("9% more", "2023-01-01", "2023-08-31", "actual"),
        ],
    ),
    (
        "undated_january_october_without_year",
        "Trade with Tajikistan rose 12% in January-October, the statistics agency said, after a 5% fall in 2020.",
        None,
        [
            ("12%", "2021-01-01", "2021-10-31", "actual"),
            ("5% fall", "2020-01-01", "2020-12-31", "actual"),
        ],
    ),
    (
        "undated_first_5_months_digits",
        "Exports of Chinese excavators to Russia fell 3% in the first 5 months of this year. In 2019 they had risen 11%.",
        None,
        [
            ("3%", "2020-01-01", "2020-05-31", "actual"),
            ("11%", "2019-01-01", "2019-12-31", "actual"),
        ],
    ),
    (
        "undated_first_three_quarters_of_the_year",
        "Container traffic between the two countries grew 25% in 2020. In the first nine months of this year, it rose a further 14% to 800,000 TEU.",
        None,
        [
            ("25%", "2020-01-01", "2020-12-31", "actual"),
            ("14%", "2021-01-01", "2021-09-30", "actual"),
            ("800,000 TEU", "2021-01-01", "2021-09-30", "actual"),
        ],
    ),
    (
        "undated_first_quarter_named_year_present",
        "In the first quarter of 2024, gas deliveries via the eastern route reached 9 bcm, Gazprom said.",
        None,
        [
            ("9 bcm", "2024-01-01", "2024-03-31", "actual"),
        ],
    ),
    (
        "undated_nine_months_words_this_year_expected_rest",
        "Wheat sales to China rose 40% in 2021. In the first nine months of this year they fell 8%, and traders expect a recovery in the fourth quarter.",
        None,
        [
            ("40%", "2021-01-01", "2021-12-31", "actual"),
            ("8%", "2022-01-01", "2022-09-30", "actual"),
        ],
    ),
    (
        "undated_last_year_compared_with_named",
        "Russian poultry exports to China rose 25% last year to 210,000 tonnes, compared with 168,000 tonnes in 2020.",
        None,
        [
            ("25%", "2021-01-01", "2021-12-31", "actual"),
            ("210,000 tonnes", "2021-01-01", "2021-12-31", "actual"),
            ("168,000 tonnes", "2020-01-01", "2020-12-31", "actual"),
        ],
    ),
    (
        "undated_last_year_only_no_named",
        "Sales of Russian ice cream in China rose 9% last year. The company plans to double them by 2026.",
        None,
        [
            ("9%", None, None, "actual"),
            ("double", "2026-01-01", "2026-12-31", "target"),
        ],
    ),
    (
        "undated_last_year_and_this_year_named_first_half",
        "Last year, Chinese car exports to Russia jumped to 900,000 units. This year sales have slowed, with 350,000 cars shipped in January-June 2024.",
        None,
        [
            ("900,000 units", "2023-01-01", "2023-12-31", "actual"),
            ("350,000 cars", "2024-01-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "undated_past_year_and_forecast_year",
        "Exports of soybeans to China reached 600,000 tonnes in 2021 and are forecast to hit 1 million tonnes in 2025.",
        None,
        [
            ("600,000 tonnes", "2021-01-01", "2021-12-31", "actual"),
            ("1 million tonnes", "2025-01-01", "2025-12-31", "forecast"),
        ],
    ),
    (
        "undated_plan_years_only",
        "Under the roadmap, the two railways plan to carry 25 million tonnes in 2027 and 35 million tonnes in 2030. Last year they carried 16 million tonnes.",
        None,
        [
            ("25 million tonnes", "2027-01-01", "2027-12-31", "target"),
            ("35 million tonnes", "2030-01-01", "2030-12-31", "target"),
            ("16 million tonnes", None, None, "actual"),
        ],
    ),
    (
        "undated_target_year_after_present_year",
        "Tourist flows between Russia and China stand at 1.2 million trips in 2023. The sides aim for 3 million trips in 2026.",
        None,
        [
            ("1.2 million trips", "2023-01-01", "2023-12-31", "actual"),
            ("3 million trips", "2026-01-01", "2026-12-31", "target"),
        ],
    ),
    (
        "undated_scheduled_talks_month",
        "The next round of talks is scheduled for March 2026 in Astana. In 2024, the two countries traded $4.5 billion worth of goods.",
        None,
        [
            ("$4.5 billion", "2024-01-01", "2024-12-31", "actual"),
        ],
    ),
    (
        "undated_expo_will_be_held_last_years_fair",
        "The expo will be held on September 12-15, 2025. Last year's fair drew 1,200 exhibitors and 90,000 visitors, after 70,000 visitors in 2023.",
        None,
        [
            ("1,200 exhibitors", "2024-01-01", "2024-12-31", "actual"),
            ("90,000 visitors", "2024-01-01", "2024-12-31", "actual"),
            ("70,000 visitors", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "undated_summit_yearless_future_day",
        "Bilateral trade rose 26% in 2023 to $240 billion. The leaders are due to meet in Kazan on October 22.",
        None,
        [
            ("26%", "2023-01-01", "2023-12-31", "actual"),
            ("$240 billion", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "undated_forum_set_to_open_day",
        "The investment forum is set to open on June 5, 2027 in Vladivostok. Deals worth $8 billion were signed at the previous forum in 2025.",
        None,
        [
            ("$8 billion", None, None, "target"),
        ],
    ),
    (
        "undated_photo_credit_year_only",
        "Russian timber exports to China fell 7% in the first half of this year, customs said. In 2021 they had grown 3%.\n(Photo: Ivan Sokolov, 2019)",
        None,
        [
            ("7%", "2022-01-01", "2022-06-30", "actual"),
            ("3%", "2021-01-01", "2021-12-31", "actual"),
        ],
    ),
    (
        "undated_photo_shows_old_event",
        "Photo taken on Aug. 9, 2017 shows a freight train in Manzhouli. (Xinhua/Liu Qiang)\nRail freight through Manzhouli rose 11% in the first quarter of this year, and it grew 6% in 2020.",
        None,
        [
            ("11%", "2021-01-01", "2021-03-31", "actual"),
            ("6%", "2020-01-01", "2020-12-31", "actual"),
        ],
    ),
    (
        "undated_photo_credit_year_with_text_year",
        "(Photo: Marina Lebedeva/Agency, 2022)\nImports of Russian crab by China grew 30% in 2020, the fishery agency said.",
        None,
        [
            ("30%", "2020-01-01", "2020-12-31", "actual"),
        ],
    ),
    (
        "undated_copyright_year_after_text",
        "Mongolian coal exports to China reached 30 million tonnes in 2018, the customs office said.\nCopyright 2021 Steppe News. All rights reserved.",
        None,
        [
            ("30 million tonnes", "2018-01-01", "2018-12-31", "actual"),
        ],
    ),
    (
        "undated_copyright_symbol_range",
        "Imports of Chinese tyres by Russia fell 14% in the first half of 2016, the association said.\n© 2009-2023 Tyre Weekly",
        None,
        [
            ("14%", "2016-01-01", "2016-06-30", "actual"),
        ],
    ),
    (
        "undated_copyright_only_relative",
        "Chinese investment in the region rose 20% last year, the governor said.\nCopyright © 2020 Far East Daily",
        None,
        [
            ("20%", None, None, "actual"),
        ],
    ),
    (
        "undated_url_line_year",
        "Source: https://www.example.com/economy/2015/03/11/grain-deal\nRussia exported 900,000 tonnes of barley to China in the first two months of 2019.",
        None,
        [
            ("900,000 tonnes", "2019-01-01", "2019-02-28", "actual"),
        ],
    ),
    (
        "undated_quote_recalls_old_year",
        '"When I first came to Harbin in 1998, there were only two flights a week," the manager said. Passenger traffic on the route rose 15% in the first half of 2023.',
        None,
        [
            ("two flights a week", "1998-01-01", "1998-12-31", "actual"),
            ("15%", "2023-01-01", "2023-06-30", "actual"),
        ],
    ),
    (
        "undated_quote_back_in_year_only",
        '"Back in 2008 we sold 300 cars a year to China; now we sell 5,000," the dealer said.',
        None,
        [
            ("300 cars a year", "2008-01-01", "2008-12-31", "actual"),
        ],
    ),
    (
        "undated_quote_ago_with_this_year",
        '"Ten years ago, in 2014, nobody here knew Chinese tea," she said. Her shop sold 4 tonnes of it in the first quarter of this year, after 11 tonnes in 2023.',
        None,
        [
            ("4 tonnes", "2024-01-01", "2024-03-31", "actual"),
            ("11 tonnes", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "undated_dateline_agency_last_year_named",
        "HARBIN, Jan. 14 (Xinhua) -- Trade between Heilongjiang and Russia rose 21% to 190 billion yuan last year, compared with 157 billion yuan in 2021, local customs said.",
        None,
        [
            ("21%", "2022-01-01", "2022-12-31", "actual"),
            ("190 billion yuan", "2022-01-01", "2022-12-31", "actual"),
            ("157 billion yuan", "2021-01-01", "2021-12-31", "actual"),
        ],
    ),
    (
        "undated_dateline_no_agency_january_august",
        "MOSCOW, Sept. 9. Gas deliveries via the eastern pipeline rose 40% in January-August to 14 bcm, the company said. Last year the pipeline carried 15.5 bcm, up from 10.4 bcm in 2021.",
        None,
        [
            ("40%", "2023-01-01", "2023-08-31", "actual"),
            ("14 bcm", "2023-01-01", "2023-08-31", "actual"),
            ("15.5 bcm", "2022-01-01", "2022-12-31", "actual"),
            ("10.4 bcm", "2021-01-01", "2021-12-31", "actual"),
        ],
    ),
    (
        "undated_dateline_april_after_year_total",
        "ALMATY, April 2 (Reuters) - Kazakhstan shipped 1.3 million tonnes of wheat to China in 2024, the agriculture ministry said.",
        None,
        [
            ("1.3 million tonnes", "2024-01-01", "2024-12-31", "actual"),
        ],
    ),
    (
        "undated_dateline_february_december_reported",
        "ULAANBAATAR, Feb. 10 (Agency) - Coal exports to China reached 7 million tonnes in December, bringing the total for 2022 to 31 million tonnes.",
        None,
        [
            ("7 million tonnes", "2022-12-01", "2022-12-31", "actual"),
            ("31 million tonnes", "2022-01-01", "2022-12-31", "actual"),
        ],
    ),
    (
        "undated_dateline_this_year_expected_after_named",
        "ASTANA, May 20 (Agency) - Kazakhstan exported 1.4 million tonnes of grain to China in 2023 and expects 2 million tonnes this year, the minister said.",
        None,
        [
            ("1.4 million tonnes", "2023-01-01", "2023-12-31", "actual"),
            ("2 million tonnes", "2024-01-01", "2024-12-31", "forecast"),
        ],
    ),
    (
        "undated_dateline_mixed_case_agency_up_from",
        "Vladivostok, June 30 (Interfax) - The region expects 500,000 Chinese tourists this year, up from 310,000 tourists in 2019.",
        None,
        [
            ("500,000 Chinese tourists", "2020-01-01", "2020-12-31", "forecast"),
            ("310,000 tourists", "2019-01-01", "2019-12-31", "actual"),
        ],
    ),
    (
        "undated_dateline_day_month_order_last_year",
        "MOSCOW, 3 March (TASS) - Russian beef exports to China tripled last year to 60,000 tonnes after 20,000 tonnes in 2020.",
        None,
        [
            ("tripled", "2021-01-01", "2021-12-31", "actual"),
            ("60,000 tonnes", "2021-01-01", "2021-12-31", "actual"),
            ("20,000 tonnes", "2020-01-01", "2020-12-31", "actual"),
        ],
    ),
    (
        "undated_dateline_october_nine_months_named",
        "KHABAROVSK, Oct. 12 -- Timber shipments to China fell 18% in January-September 2021, the customs service said.",
        None,
        [
            ("18%", "2021-01-01", "2021-09-30", "actual"),
        ],
    ),
    (
        "undated_dateline_before_month_reported_prev_year",
        "BEIJING, March 5 (Agency) -- Sales of Chinese phones in Russia rose 30% in November, the association said.",
        None,
        [
            ("30%", None, None, "actual"),
        ],
    ),
    (
        "undated_dateline_november_full_year_told_in_past",
        "SHANGHAI, Nov. 4 (Agency) -- Chinese imports of Russian pork reached 30,000 tonnes in 2021, the ministry said on Thursday. This year imports are expected to double.",
        None,
        [
            ("30,000 tonnes", "2021-01-01", "2021-12-31", "actual"),
            ("double", "2022-01-01", "2022-12-31", "forecast"),
        ],
    ),
    (
        "undated_dateline_weekday_resolves",
        "IRKUTSK, Aug. 20 -- Power exports to Mongolia rose 9% in the first half of 2020, the grid operator said on Wednesday.",
        None,
        [
            ("9%", "2020-01-01", "2020-06-30", "actual"),
        ],
    ),
    (
        "undated_this_year_expected_after_past_year",
        "Kazakhstan exported 1.4 million tonnes of grain to China in 2023. This year it expects to sell 2 million tonnes.",
        None,
        [
            ("1.4 million tonnes", "2023-01-01", "2023-12-31", "actual"),
            ("2 million tonnes", "2024-01-01", "2024-12-31", "forecast"),
        ],
    ),
    (
        "undated_this_year_first_quarter_after_present_year",
        "The joint venture produced 12,000 trucks in 2019. In the first quarter of this year, output dropped 40%.",
        None,
        [
            ("12,000 trucks", "2019-01-01", "2019-12-31", "actual"),
            ("40%", "2020-01-01", "2020-03-31", "actual"),
        ],
    ),
    (
        "undated_this_year_and_named_current_year_same",
        "Exports of ice cream from Russia to China rose 35% in January-April 2022. This year, producers expect sales of 12,000 tonnes.",
        None,
        [
            ("35%", "2022-01-01", "2022-04-30", "actual"),
            ("12,000 tonnes", "2022-01-01", "2022-12-31", "forecast"),
        ],
    ),
    (
        "undated_last_year_record_then_this_year_months",
        "Trade hit a record $190 billion last year, up from $147 billion in 2021. In the first two months of this year, it rose a further 20%.",
        None,
        [
            ("$190 billion", "2022-01-01", "2022-12-31", "actual"),
            ("$147 billion", "2021-01-01", "2021-12-31", "actual"),
            ("20%", "2023-01-01", "2023-02-28", "actual"),
        ],
    ),
    (
        "undated_stand_at_present_this_year",
        "Russian honey exports to China stand at 5,000 tonnes this year, against 3,100 tonnes in 2020.",
        None,
        [
            ("5,000 tonnes", "2021-01-01", "2021-12-31", "actual"),
            ("3,100 tonnes", "2020-01-01", "2020-12-31", "actual"),
        ],
    ),
    (
        "undated_dateline_december_first_eleven_months_this_year",
        "BEIJING, Dec. 28 -- China's imports of Russian LNG rose 20% in the first 11 months of this year, customs said. In 2022 they had fallen 3%.",
        None,
        [
            ("20%", "2023-01-01", "2023-11-30", "actual"),
            ("3%", "2022-01-01", "2022-12-31", "actual"),
        ],
    ),
    (
        "undated_dateline_december_year_so_far_in_past",
        "NOVOSIBIRSK, Dec. 19 -- The region exported 80,000 tonnes of rapeseed to China in 2022, the governor said.",
        None,
        [
            ("80,000 tonnes", "2022-01-01", "2022-12-19", "actual"),
        ],
    ),
    (
        "undated_dateline_january_december_reported_year_total",
        "MOSCOW, Jan. 10 (Agency) - Russian pork exports to China rose 5% in December, the union said. For the whole of 2022 they reached 140,000 tonnes.",
        None,
        [
            ("5%", "2022-12-01", "2022-12-31", "actual"),
            ("140,000 tonnes", "2022-01-01", "2022-12-31", "actual"),
        ],
    ),
    (
        "undated_dateline_march_january_reported_after_past_year",
        "ASTANA, March 3 (Agency) - Kazakh oil transit to China rose 8% in January, after a 4% fall in 2023, the operator said.",
        None,
        [
            ("8%", "2024-01-01", "2024-01-31", "actual"),
            ("4% fall", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "undated_dateline_dot_no_agency_present_year",
        "KAZAN. Oct 3. Exports of Tatarstan's trucks to China stand at 1,200 units in 2025, the ministry says.",
        None,
        [
            ("1,200 units", "2025-01-01", "2025-10-03", "actual"),
        ],
    ),
    (
        "undated_as_of_a_day",
        "As of October 1, 2023, Chinese banks held 120 billion roubles in Russian deposits, the central bank said.",
        None,
        [
            ("120 billion roubles", "2023-10-01", "2023-10-01", "actual"),
        ],
    ),
    (
        "undated_undated_weekday_after_month",
        "The ministry said on Tuesday that grain shipments rose 12% in August 2022.",
        None,
        [
            ("12%", "2022-08-01", "2022-08-31", "actual"),
        ],
    ),
    (
        "undated_undated_so_far_this_year_after_last_year_named",
        "Russian fertiliser sales to China fell 6% last year to 4.4 million tonnes, compared with 2021. So far this year they have climbed 11%.",
        None,
        [
            ("6%", "2022-01-01", "2022-12-31", "actual"),
            ("4.4 million tonnes", "2022-01-01", "2022-12-31", "actual"),
            ("11%", "2023-01-01", "2023-01-31", "actual"),
        ],
    ),
    (
        "undated_quote_recalls_year_with_month_told",
        '"As far back as 2012 we talked about this bridge," the governor said. Traffic over it rose 25% in the first half of 2024.',
        None,
        [
            ("25%", "2024-01-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "undated_url_in_text_no_other",
        "More at https://news.example.org/2018/07/21/grain-corridor\nWheat sales to China rose 9% last year.",
        None,
        [
            ("9%", None, None, "actual"),
        ],
    ),
    (
        "undated_copyright_lowercase_c",
        "Coal imports from Mongolia rose 30% in the first quarter of 2017.\n(c) 2020 Mining Daily",
        None,
        [
            ("30%", "2017-01-01", "2017-03-31", "actual"),
        ],
    ),
    (
        "undated_picture_shot_caption",
        "A picture shot in March 2024 shows the new bridge at Blagoveshchensk.\nTraffic over the bridge doubled in 2022 to 1.2 million tonnes.",
        None,
        [
            ("doubled", "2022-01-01", "2022-12-31", "actual"),
            ("1.2 million tonnes", "2022-01-01", "2022-12-31", "actual"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "published", "expected"), _ROWS, ids=[r[0] for r in _ROWS]
)
def test_unseen_periods(
    nlp: Language, name: str, text: str, published: str | None, expected: list[Claimed]
) -> None:
    assert _claims(text, published) == expected
