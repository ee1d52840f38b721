"""When each figure holds and how firmly, on short news of our own in many outlets'
wordings (wires, state media, business press, think tanks), none of it from the
development sets: which time belongs to which figure (a conjunct's own time, an appended
change, a comparison's basis, "the previous year", a time in a relative clause, on a verb
of speech, in an aside, on a signing or in an event's name); parts of a year and running
totals ("through September", "within five years", "this academic year", a bare "2017/18"
among seasons, "9M 2024"); the report's period carried to its breakdowns and stopped; the
days of a dated event for its counts; fact, forecast or target; pages without a date and
datelines without a year. Every row: a short article, its publication date (or none), and
every claim as (quantity, period start, period end, modality) in text order.
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
        "season_carried_to_a_breakdown",
        "Russian wheat shipments to China climbed to 1.9 million tonnes in the 2023/24 season, up 34% from the previous season, the Rosselkhoznadzor veterinary watchdog said on Tuesday. Barley sales reached 640,000 tonnes.",
        "2024-07-16",
        [
            ("1.9 million tonnes", "2023-07-01", "2024-06-30", "actual"),
            ("34%", "2023-07-01", "2024-06-30", "actual"),
            ("640,000 tonnes", "2023-07-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "month_then_quarter_then_same_period",
        "China imported 9.2 million tonnes of Russian coal in March, customs data showed on Wednesday, a 14% rise year on year. In the first quarter, imports from Russia totalled 25.7 million tonnes. Mongolia shipped 19.4 million tonnes over the same period.",
        "2024-04-20",
        [
            ("9.2 million tonnes", "2024-03-01", "2024-03-31", "actual"),
            ("14% rise", "2024-03-01", "2024-03-31", "actual"),
            ("25.7 million tonnes", "2024-01-01", "2024-03-31", "actual"),
            ("19.4 million tonnes", "2024-01-01", "2024-03-31", "actual"),
        ],
    ),
    (
        "design_capacity_then_so_far_this_year",
        "Novatek's Arctic LNG 2 plant is designed to produce 19.8 million tonnes of liquefied natural gas a year. Two cargoes were delivered to China so far this year, ship-tracking data show.",
        "2024-09-02",
        [
            ("19.8 million tonnes of liquefied natural gas a year", None, None, "target"),
            ("Two cargoes", "2024-01-01", "2024-09-02", "actual"),
        ],
    ),
    (
        "last_year_with_more_than_a_year_and_a_part",
        "Russia supplied 107 million tonnes of crude oil to China last year, 24% more than in 2022, including about 40 million tonnes through the ESPO pipeline. Seaborne deliveries made up the rest.",
        "2024-01-25",
        [
            ("107 million tonnes", "2023-01-01", "2023-12-31", "actual"),
            ("24% more", "2023-01-01", "2023-12-31", "actual"),
            ("about 40 million tonnes", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "beating_last_years_result_for_the_same_period",
        "Chinese carmakers sold 390,000 vehicles in Russia in the first half of 2024, according to Autostat, beating last year's result for the same period by 40%. Their market share reached 61%.",
        "2024-07-12",
        [
            ("390,000 vehicles", "2024-01-01", "2024-06-30", "actual"),
            ("40%", "2024-01-01", "2024-06-30", "actual"),
            ("61%", "2024-01-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "that_is_n_times_as_many_takes_the_running_total",
        "Since the start of 2024, more than 180,000 Chinese tourists have visited Russia under the visa-free group travel agreement, the Association of Tour Operators said. That is three times as many as in the same period a year ago.",
        "2024-06-18",
        [
            ("more than 180,000 Chinese tourists", "2024-01-01", "2024-06-18", "actual"),
            ("three times as many", "2024-01-01", "2024-06-18", "actual"),
        ],
    ),
    (
        "past_aside_does_not_date_a_design_capacity",
        "The Nizhneleninskoye-Tongjiang railway bridge handled 2.1 million tonnes of cargo in January-September, up 68% year on year. The bridge, which opened in 2022, is designed to carry 5.2 million tonnes a year.",
        "2024-10-14",
        [
            ("2.1 million tonnes", "2024-01-01", "2024-09-30", "actual"),
            ("68%", "2024-01-01", "2024-09-30", "actual"),
            ("5.2 million tonnes a year", None, None, "target"),
        ],
    ),
    (
        "previous_year_of_a_named_year",
        "Cargo traffic along the Northern Sea Route reached a record 37.9 million tonnes in 2024, Rosatom said, against 36.3 million tonnes the previous year. Transit voyages between Russian and Chinese ports rose to 92 from 75.",
        "2025-01-15",
        [
            ("37.9 million tonnes", "2024-01-01", "2024-12-31", "actual"),
            ("36.3 million tonnes", "2023-01-01", "2023-12-31", "actual"),
            ("92 from 75", "2024-01-01", "2024-12-31", "actual"),
        ],
    ),
    (
        "a_year_earlier_the_figure_was",
        "The share of the yuan in Russia's export settlements rose to 34.5% in August from 30.2% in July, central bank data showed. A year earlier the figure was 16%.",
        "2024-10-09",
        [
            ("34.5%", "2024-08-01", "2024-08-31", "actual"),
            ("30.2%", "2024-07-01", "2024-07-31", "actual"),
            ("16%", "2023-08-01", "2023-08-31", "actual"),
        ],
    ),
    (
        "within_five_years_after_a_conjunct_in_a_year",
        "Rusal placed 4 billion yuan of panda bonds on the Shanghai exchange in 2023 and plans to issue another 6 billion yuan within five years, the company said.",
        "2024-05-03",
        [
            ("4 billion yuan", "2023-01-01", "2023-12-31", "actual"),
            ("6 billion yuan", "2024-01-01", "2028-12-31", "target"),
        ],
    ),
    (
        "contract_signed_in_a_year_after_the_figure",
        "Rosatom will build two VVER-1200 units at the Xudapu plant under a contract signed in 2019. Each unit will have a capacity of 1,200 megawatts. The first is expected to be connected to the grid in 2027.",
        "2024-03-11",
        [
            ("two VVER-1200 units", None, None, "target"),
            ("1,200 megawatts", None, None, "target"),
        ],
    ),
    (
        "began_on_monday_then_which_last_five_days",
        "Russian and Chinese forces began joint exercises in the Sea of Japan on Monday. The drills, which last five days, involve more than 10 warships and 20 aircraft, the defence ministry said.",
        "2024-07-16",
        [
            ("five days", "2024-07-15", "2024-07-19", "target"),
            ("more than 10 warships", "2024-07-15", "2024-07-19", "actual"),
            ("20 aircraft", "2024-07-15", "2024-07-19", "actual"),
        ],
    ),
    (
        "first_11_months_in_digits",
        "Trade between Heilongjiang province and Russia totalled 129.2 billion yuan in the first 11 months of 2024, up 5.6%, local customs said. Imports accounted for 105 billion yuan.",
        "2024-12-21",
        [
            ("129.2 billion yuan", "2024-01-01", "2024-11-30", "actual"),
            ("5.6%", "2024-01-01", "2024-11-30", "actual"),
            ("105 billion yuan", "2024-01-01", "2024-11-30", "actual"),
        ],
    ),
    (
        "a_decade_ago",
        "Inter RAO exported 3.1 billion kWh of electricity to China in 2021, compared with 3.2 billion kWh in 2020. The company had exported 3.3 billion kWh a decade ago.",
        "2022-02-03",
        [
            ("3.1 billion kWh", "2021-01-01", "2021-12-31", "actual"),
            ("3.2 billion kWh", "2020-01-01", "2020-12-31", "actual"),
            ("3.3 billion kWh", "2012-01-01", "2012-12-31", "actual"),
        ],
    ),
    (
        "ten_months_to_october",
        "Russia's exports of sawn timber to China fell 7% year on year to 11.8 million cubic metres in the ten months to October, Lesprom said.",
        "2024-11-28",
        [
            ("7%", "2024-01-01", "2024-10-31", "actual"),
            ("11.8 million cubic metres", "2024-01-01", "2024-10-31", "actual"),
        ],
    ),
    (
        "aims_by_a_year",
        "Far Eastern fishermen shipped 612,000 tonnes of seafood to China in 2023 and aim to raise the volume to 800,000 tonnes by 2026, the regional ministry said.",
        "2024-02-14",
        [
            ("612,000 tonnes", "2023-01-01", "2023-12-31", "actual"),
            ("800,000 tonnes", "2026-01-01", "2026-12-31", "target"),
        ],
    ),
    (
        "this_academic_year",
        "More than 56,000 Chinese students are enrolled at Russian universities this academic year, the education ministry said.",
        "2024-11-05",
        [
            ("More than 56,000 Chinese students", "2024-09-01", "2025-08-31", "actual"),
        ],
    ),
    (
        "dateline_without_year",
        "MOSCOW, March 3 (Reuters) - Russia's seaborne oil exports to China rose to 1.3 million barrels per day in February from 1.1 million bpd in January, according to LSEG data.",
        "2025-03-03",
        [
            ("1.3 million barrels per day", "2025-02-01", "2025-02-28", "actual"),
            ("1.1 million bpd", "2025-01-01", "2025-01-31", "actual"),
        ],
    ),
    (
        "conjuncts_each_with_by_year",
        "Bilateral trade reached $10 billion by 2005 and $100 billion by 2018, and the two leaders have set a goal of $200 billion by 2024.",
        "2019-06-05",
        [
            ("$10 billion", "2005-01-01", "2005-12-31", "actual"),
            ("$100 billion", "2018-01-01", "2018-12-31", "actual"),
            ("$200 billion", "2024-01-01", "2024-12-31", "target"),
        ],
    ),
    (
        "h1_and_second_half_of_last_year",
        "In H1 2024 rail freight through the Zabaikalsk crossing grew 12% to 9.4 million tonnes, Russian Railways said. In the second half of last year it carried 8.8 million tonnes.",
        "2024-07-30",
        [
            ("12%", "2024-01-01", "2024-06-30", "actual"),
            ("9.4 million tonnes", "2024-01-01", "2024-06-30", "actual"),
            ("8.8 million tonnes", "2023-07-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "nine_months_short_form",
        "China's 9M 2024 purchases of Russian LNG stood at 5.4 million tonnes (+12% y/y), Kpler data showed.",
        "2024-10-11",
        [
            ("5.4 million tonnes", "2024-01-01", "2024-09-30", "actual"),
            ("+12%", "2024-01-01", "2024-09-30", "actual"),
        ],
    ),
    (
        "span_with_both_ends",
        "From November 2013 to June 30, 2017, the Tumen river crossing handled 1.2 million passengers.",
        "2017-07-10",
        [
            ("1.2 million passengers", "2013-11-01", "2017-06-30", "actual"),
        ],
    ),
    (
        "next_two_to_three_years",
        "Russia could export up to 10 million tonnes of grain to China annually within the next two to three years, the agriculture minister said.",
        "2023-11-22",
        [
            (
                "up to 10 million tonnes of grain to China annually",
                "2024-01-01",
                "2026-12-31",
                "forecast",
            ),
        ],
    ),
    (
        "conditional_would",
        "The new crossing would cut transit time by 40%, and would handle 3 million tonnes a year once completed, officials said.",
        "2024-04-02",
        [
            ("40%", None, None, "forecast"),
            # what a thing being built will handle is its design: a target (modality3)
            ("3 million tonnes a year", None, None, "target"),
        ],
    ),
    (
        "year_in_an_event_name",
        "At Expo 2024 in Harbin, companies signed 120 contracts worth 28 billion yuan, the organisers said.",
        "2024-05-22",
        [
            ("120 contracts", None, None, "actual"),
            ("28 billion yuan", None, None, "target"),
        ],
    ),
    (
        "exercise_starts_and_lasts_counts_are_targets",
        "The Vostok-2026 strategic exercise starts on 3 September and lasts five days. Some 300,000 troops, 36,000 vehicles and 80 ships will take part, the defence minister said.",
        "2026-08-20",
        [
            ("five days", "2026-09-03", "2026-09-07", "target"),
            ("Some 300,000 troops", "2026-09-03", "2026-09-07", "target"),
            ("36,000 vehicles", "2026-09-03", "2026-09-07", "target"),
            ("80 ships", "2026-09-03", "2026-09-07", "target"),
        ],
    ),
    (
        "week_long_drills_that_opened_on_monday",
        "China and Russia kicked off week-long naval drills near Zhoushan on Monday. The week-long drills that opened on Monday bring together 14 vessels and about 2,000 sailors.",
        "2025-07-09",
        [
            ("14 vessels", "2025-07-07", "2025-07-13", "actual"),
            ("about 2,000 sailors", "2025-07-07", "2025-07-13", "actual"),
        ],
    ),
    (
        "undated_yearless_dateline_bounded_by_a_named_year",
        "MOSCOW, March 3 (Reuters) - Russia's exports of frozen fish to China rose 11% in February from a year earlier to 118,000 tonnes, the fisheries agency said. In 2024 the country sold 1.2 million tonnes of fish to China.",
        None,
        [
            ("11%", "2025-02-01", "2025-02-28", "actual"),
            ("118,000 tonnes", "2025-02-01", "2025-02-28", "actual"),
            ("1.2 million tonnes", "2024-01-01", "2024-12-31", "actual"),
        ],
    ),
    (
        "undated_this_year_after_a_past_year",
        "Russian coal exports to China hit 101 million tonnes in 2023, a record. This year, shipments are expected to fall by about 5%, analysts say.",
        None,
        [
            ("101 million tonnes", "2023-01-01", "2023-12-31", "actual"),
            ("about 5%", "2024-01-01", "2024-12-31", "forecast"),
        ],
    ),
    (
        "year_to_date_opening",
        "Year to date, Chinese buyers have taken 1.4 million tonnes of Russian sunflower oil, up 22%, according to the Russian Grain Union.",
        "2024-09-15",
        [
            ("1.4 million tonnes", "2024-01-01", "2024-09-15", "actual"),
            ("22%", "2024-01-01", "2024-09-15", "actual"),
        ],
    ),
    (
        "first_seven_months_carried_to_breakdowns",
        "In the first seven months of the year, China's imports of Russian copper surged 46% to $2.3 billion. Nickel imports climbed 18%, while aluminium deliveries fell 3%.",
        "2024-08-20",
        [
            ("46%", "2024-01-01", "2024-07-31", "actual"),
            ("$2.3 billion", "2024-01-01", "2024-07-31", "actual"),
            ("18%", "2024-01-01", "2024-07-31", "actual"),
            ("3%", "2024-01-01", "2024-07-31", "actual"),
        ],
    ),
    (
        "first_5_months_against_same_period",
        "Russia's oil exports to China in the first 5 months of 2025 amounted to 41.6 million tonnes, down 7.3% against the same period last year.",
        "2025-06-20",
        [
            ("41.6 million tonnes", "2025-01-01", "2025-05-31", "actual"),
            ("7.3%", "2025-01-01", "2025-05-31", "actual"),
        ],
    ),
    (
        "later_stops_the_report",
        "Freight traffic through the Blagoveshchensk-Heihe bridge grew 30% in the first quarter, to 350,000 tonnes. Later, the operator said it would raise capacity to 3 million tonnes a year by 2027.",
        "2024-04-25",
        [
            ("30%", "2024-01-01", "2024-03-31", "actual"),
            ("350,000 tonnes", "2024-01-01", "2024-03-31", "actual"),
            ("3 million tonnes a year", "2027-01-01", "2027-12-31", "target"),
        ],
    ),
    (
        "another_topic_keeps_its_own_year",
        "Trade between Russia and China rose 26% to $240 billion in 2023. The two countries also held their first joint air patrol over the Pacific in 2019, involving four bombers.",
        "2024-01-12",
        [
            ("26%", "2023-01-01", "2023-12-31", "actual"),
            ("$240 billion", "2023-01-01", "2023-12-31", "actual"),
            ("four bombers", "2019-01-01", "2019-12-31", "actual"),
        ],
    ),
    (
        "report_carried_stopped_at_a_description",
        "In January-October, China's exports to Russia reached $95.4 billion. Machinery and equipment made up 55% of the total, and cars accounted for $18 billion. Russia, meanwhile, is a country of 146 million people.",
        "2024-11-10",
        [
            ("$95.4 billion", "2024-01-01", "2024-10-31", "actual"),
            ("55%", "2024-01-01", "2024-10-31", "actual"),
            ("$18 billion", "2024-01-01", "2024-10-31", "actual"),
            ("146 million people", None, None, "actual"),
        ],
    ),
    (
        "on_track_agreed_could",
        "Rosneft is on track to deliver 2.5 million tonnes of oil to China via Kazakhstan this year. The company agreed to supply 10 million tonnes a year under a 10-year contract. Shipments could reach 12 million tonnes if demand rises.",
        "2024-03-15",
        [
            ("2.5 million tonnes", "2024-01-01", "2024-12-31", "forecast"),
            ("10 million tonnes a year", None, None, "target"),
            ("10-year", None, None, "target"),
            ("12 million tonnes", None, None, "forecast"),
        ],
    ),
    (
        "designed_and_potential",
        "The Power of Siberia 2 pipeline is designed to carry 50 billion cubic metres of gas a year. Analysts see potential Chinese demand for Russian gas of up to 80 bcm by 2035.",
        "2024-05-20",
        [
            ("50 billion cubic metres of gas a year", None, None, "target"),
            ("up to 80 bcm", "2035-01-01", "2035-12-31", "forecast"),
        ],
    ),
    (
        "projected_set_to_plans",
        "China's imports of Russian LNG are projected to rise 15% in 2025, while pipeline gas imports are set to reach 38 bcm. Gazprom plans to boost deliveries to 44 bcm in 2027.",
        "2024-12-30",
        [
            ("15%", "2025-01-01", "2025-12-31", "forecast"),
            ("38 bcm", "2025-01-01", "2025-12-31", "forecast"),
            ("44 bcm", "2027-01-01", "2027-12-31", "target"),
        ],
    ),
    (
        "targets_up_from",
        "Amur region targets 600,000 tonnes of soybean exports to China by 2030, up from 300,000 tonnes in 2023, the governor said.",
        "2024-02-09",
        [
            ("600,000 tonnes", "2030-01-01", "2030-12-31", "target"),
            ("300,000 tonnes", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "appended_changes_in_brackets",
        "China's purchases of Russian pollock totalled 450,000 tonnes in 2023 (+9% y/y) and 210,000 tonnes in January–June 2024 (-4% y/y).",
        "2024-08-01",
        [
            ("450,000 tonnes", "2023-01-01", "2023-12-31", "actual"),
            ("+9%", "2024-01-01", "2024-06-30", "actual"),
            ("210,000 tonnes", "2024-01-01", "2024-06-30", "actual"),
            ("-4%", "2024-01-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "with_a_rise_to",
        "Russian chicken paw exports to China closed 2023 with a 14% rise to 190,000 tonnes.",
        "2024-02-01",
        [
            ("14%", "2023-01-01", "2023-12-31", "actual"),
            ("190,000 tonnes", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "compared_with_y_in_year",
        "Sea cargo through Vladivostok reached 25 million tonnes in 2024, compared with 21 million tonnes in 2023.",
        "2025-01-18",
        [
            ("25 million tonnes", "2024-01-01", "2024-12-31", "actual"),
            ("21 million tonnes", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "fell_over_a_year",
        "In 2009, Heilongjiang's trade with Russia fell 31% over 2008, to $5.6 billion.",
        "2010-01-30",
        [
            ("31%", "2009-01-01", "2009-12-31", "actual"),
            ("$5.6 billion", "2009-01-01", "2009-12-31", "actual"),
        ],
    ),
    (
        "up_from_the_previous_year",
        "Chinese investment in Russian timber processing totalled $1.2 billion in 2019, up from $900 million the previous year.",
        "2020-03-01",
        [
            ("$1.2 billion", "2019-01-01", "2019-12-31", "actual"),
            ("$900 million", "2018-01-01", "2018-12-31", "actual"),
        ],
    ),
    (
        "years_ago_and_today",
        "Three years ago, only 20% of Russia-China trade was settled in yuan and roubles. Today the share is over 95%, officials say.",
        "2024-09-04",
        [
            ("20%", "2021-01-01", "2021-12-31", "actual"),
            ("over 95%", "2024-09-04", "2024-09-04", "actual"),
        ],
    ),
    (
        "by_the_end_of_the_year",
        "Russian Railways expects container traffic to China to exceed 1.2 million TEU by the end of the year.",
        "2024-10-03",
        [
            ("exceed 1.2 million TEU", "2024-12-01", "2024-12-31", "forecast"),
        ],
    ),
    (
        "this_harvest_and_a_season",
        "Russia's Far East soybean crop is forecast at 1.9 million tonnes this harvest, and exports to China could total 700,000 tonnes in the 2024/25 season.",
        "2024-09-12",
        [
            ("1.9 million tonnes", "2024-07-01", "2025-06-30", "forecast"),
            ("700,000 tonnes", "2024-07-01", "2025-06-30", "forecast"),
        ],
    ),
    (
        "yearless_dateline_no_date",
        "VLADIVOSTOK, Oct 14 (Interfax) - Cargo turnover at the Pogranichny crossing rose 19% in January-September to 1.1 million tonnes, the customs service said.",
        None,
        [
            ("19%", None, None, "actual"),
            ("1.1 million tonnes", None, None, "actual"),
        ],
    ),
    (
        "since_the_start_of_a_year",
        "Since the start of 2025, Russian farmers have shipped 220,000 tonnes of flaxseed to China, which is 30% more than a year earlier.",
        "2025-04-10",
        [
            ("220,000 tonnes", "2025-01-01", "2025-04-10", "actual"),
            ("30% more", "2025-01-01", "2025-04-10", "actual"),
        ],
    ),
    (
        "as_of_a_day_running_total",
        "As of Nov. 1, Russian and Chinese banks had processed $110 billion of cross-border payments, up 40% on the previous year.",
        "2024-11-15",
        [
            ("$110 billion", "2024-01-01", "2024-11-01", "actual"),
            ("40%", "2024-01-01", "2024-11-01", "actual"),
        ],
    ),
    (
        "january_to_may_with_en_dash",
        "In January–May, Chinese tourists made 412,000 trips to Russia, the border service said. Russian tourists made 690,000 trips to China.",
        "2024-07-01",
        [
            ("412,000 trips", "2024-01-01", "2024-05-31", "actual"),
            ("690,000 trips", "2024-01-01", "2024-05-31", "actual"),
        ],
    ),
    (
        "second_half_of_last_year",
        "Sales of Chinese trucks in Russia fell 25% in the second half of last year to 41,000 units, Autostat said.",
        "2025-02-15",
        [
            ("25%", "2024-07-01", "2024-12-31", "actual"),
            ("41,000 units", "2024-07-01", "2024-12-31", "actual"),
        ],
    ),
    (
        "time_on_a_speech_verb",
        "Speaking in Harbin on June 5, the deputy governor said that turnover with Russia had risen 9% in 2023 to 45 billion yuan.",
        "2024-06-06",
        [
            ("9%", "2023-01-01", "2023-12-31", "actual"),
            ("45 billion yuan", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "time_in_an_aside",
        "Bilateral trade, which first topped $100 billion in 2018, grew 4% last year to $245 billion.",
        "2025-02-10",
        [
            ("topped $100 billion", "2018-01-01", "2018-12-31", "actual"),
            ("4%", "2024-01-01", "2024-12-31", "actual"),
            ("$245 billion", "2024-01-01", "2024-12-31", "actual"),
        ],
    ),
    (
        "undated_this_year_inferred",
        "Chinese tourists made 1.6 million trips to Russia in 2024, almost double the previous year. This year the number should grow by another 30%, the tour operators' union said.",
        None,
        [
            ("1.6 million trips", "2024-01-01", "2024-12-31", "actual"),
            ("almost double the", "2024-01-01", "2024-12-31", "actual"),
            ("30%", "2025-01-01", "2025-12-31", "forecast"),
        ],
    ),
    (
        "state_media_from_january_to_august",
        "From January to August 2024, trade between China and Russia totalled 158.2 billion US dollars, a year-on-year increase of 1.6 percent, Chinese customs figures show. Of this, China's exports to Russia came to 73.3 billion US dollars.",
        "2024-09-10",
        [
            ("158.2 billion US dollars", "2024-01-01", "2024-08-31", "actual"),
            ("1.6 percent", "2024-01-01", "2024-08-31", "actual"),
            ("73.3 billion US dollars", "2024-01-01", "2024-08-31", "actual"),
        ],
    ),
    (
        "year_span_against_a_year",
        "In 2022-2023, Russia's share of China's crude imports averaged about 18%, up from 15.5% in 2021, according to estimates by the Carnegie Endowment.",
        "2024-03-01",
        [
            ("about 18%", "2022-01-01", "2023-12-31", "actual"),
            ("15.5%", "2021-01-01", "2021-12-31", "actual"),
        ],
    ),
    (
        "conditional_would_rise",
        "If the visa-free regime is extended to individual travellers, tourist flows would rise to 3 million a year, the association estimated.",
        "2024-10-01",
        [
            ("3 million", None, None, "forecast"),
        ],
    ),
    (
        "previous_year_after_a_semicolon",
        "In 2017, Russian ice cream exports to China doubled to $3.7 million; the previous year they totalled $1.8 million.",
        "2018-05-01",
        [
            ("doubled", "2017-01-01", "2017-12-31", "actual"),
            ("$3.7 million", "2017-01-01", "2017-12-31", "actual"),
            ("$1.8 million", "2016-01-01", "2016-12-31", "actual"),
        ],
    ),
    (
        "ten_years_ago",
        "Ten years ago, Chinese brands held less than 3% of Russia's car market.",
        "2024-05-01",
        [
            ("less than 3%", "2014-01-01", "2014-12-31", "actual"),
        ],
    ),
    (
        "in_a_year_and_this_summer",
        "In 2023, Chinese shipping company NewNew made seven container voyages through the Northern Sea Route, and it plans 20 voyages this summer.",
        "2024-04-01",
        [
            ("seven container voyages", "2023-01-01", "2023-12-31", "actual"),
            ("20 voyages", "2024-06-01", "2024-08-31", "target"),
        ],
    ),
    (
        "first_half_and_a_length",
        "Chinese imports of Russian oil rose 8% in the first half to 1.3 million barrels a day. The ESPO pipeline, which stretches 4,740 km, carried about 600,000 barrels a day of that.",
        "2024-07-20",
        [
            ("8%", "2024-01-01", "2024-06-30", "actual"),
            ("1.3 million barrels a day", "2024-01-01", "2024-06-30", "actual"),
            ("4,740 km", None, None, "actual"),
            ("about 600,000 barrels a day", "2024-01-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "past_decade",
        "Over the past decade, Russia has supplied China with more than 30 billion kWh of electricity, Inter RAO said.",
        "2023-03-01",
        [
            ("more than 30 billion kWh", "2013-01-01", "2022-12-31", "actual"),
        ],
    ),
    (
        "over_the_next_two_years",
        "Harbin Institute of Technology will admit 500 Russian students over the next two years under a new exchange programme.",
        "2024-06-01",
        [
            ("500 Russian students", "2024-01-01", "2025-12-31", "target"),
        ],
    ),
    (
        "later_in_march",
        "The Zabaikalsk crossing handled 17 million tonnes of cargo in 2023, up 10%. Later, in March, the operator announced a 2 billion rouble upgrade.",
        "2024-05-01",
        [
            ("17 million tonnes", "2023-01-01", "2023-12-31", "actual"),
            ("10%", "2023-01-01", "2023-12-31", "actual"),
            ("2 billion rouble", None, None, "target"),
        ],
    ),
    (
        "will_begin_and_run_for_a_week",
        "The joint naval exercise Northern Interaction-2024 will begin on September 10 and run for a week. It will involve 14 warships.",
        "2024-09-05",
        [
            ("14 warships", "2024-09-10", "2024-09-16", "target"),
        ],
    ),
    (
        "signing_day_not_the_terms",
        "On May 16, Gazprom and CNPC signed an agreement for the supply of 10 billion cubic metres of gas a year via the Far Eastern route.",
        "2024-05-20",
        [
            ("10 billion cubic metres of gas a year", None, None, "target"),
        ],
    ),
    (
        "since_january",
        "China-Europe freight trains have made 8,500 trips through Russia since January, 4% more than in the same period last year.",
        "2024-08-08",
        [
            ("8,500 trips", "2024-01-01", "2024-08-08", "actual"),
            ("4% more", "2024-01-01", "2024-08-08", "actual"),
        ],
    ),
    (
        "second_half_of_the_year_forecast",
        "Coal shipments by rail to China will increase by 15% in the second half of the year, RZD expects.",
        "2024-05-15",
        [
            ("15%", "2024-07-01", "2024-12-31", "forecast"),
        ],
    ),
    (
        "q3_against_q2",
        "In Q3, Chinese car exports to Russia dropped to 210,000 units from 290,000 in Q2.",
        "2024-10-20",
        [
            ("210,000 units", "2024-07-01", "2024-09-30", "actual"),
            ("290,000", "2024-04-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "season_against_a_bare_split_year",
        "In the 2018/19 season, Russia shipped 120,000 tonnes of wheat to China, compared with 52,000 tonnes in 2017/18.",
        "2019-08-01",
        [
            ("120,000 tonnes", "2018-07-01", "2019-06-30", "actual"),
            ("52,000 tonnes", "2017-07-01", "2018-06-30", "actual"),
        ],
    ),
    (
        "share_up_from_a_year",
        "The yuan accounted for 95% of payments between the two countries in 2024, up from 25% in 2021, the central bank governor said.",
        "2025-03-10",
        [
            ("95%", "2024-01-01", "2024-12-31", "actual"),
            ("25%", "2021-01-01", "2021-12-31", "actual"),
        ],
    ),
    (
        "up_on_the_previous_year_after_months",
        "Chinese tourist arrivals to Moscow totalled 470,000 in January-September, up 80% compared with the previous year.",
        "2024-10-12",
        [
            ("470,000", "2024-01-01", "2024-09-30", "actual"),
            ("80%", "2024-01-01", "2024-09-30", "actual"),
        ],
    ),
    (
        "january_april_period",
        "Russia's exports of beef to China jumped 2.5-fold in the January-April period to 21,000 tonnes, the agriculture ministry's export centre said.",
        "2024-05-28",
        [
            ("2.5-fold", "2024-01-01", "2024-04-30", "actual"),
            ("21,000 tonnes", "2024-01-01", "2024-04-30", "actual"),
        ],
    ),
    (
        "first_10_months_from_a_year_earlier",
        "In the first 10 months of 2023, Chinese imports of Russian LNG reached 6.5 million tonnes, up 23.4% from a year earlier.",
        "2023-11-20",
        [
            ("6.5 million tonnes", "2023-01-01", "2023-10-31", "actual"),
            ("23.4%", "2023-01-01", "2023-10-31", "actual"),
        ],
    ),
    (
        "against_the_previous_year",
        "Heihe port handled 1.2 million passengers in 2019, against 1.05 million the previous year.",
        "2020-02-02",
        [
            ("1.2 million passengers", "2019-01-01", "2019-12-31", "actual"),
            ("1.05 million", "2018-01-01", "2018-12-31", "actual"),
        ],
    ),
    (
        "later_with_a_capacity",
        "In the first half, trade via the Manzhouli port rose 7% to 9.5 million tonnes. Later, officials unveiled plans to build a second terminal with a capacity of 2 million tonnes.",
        "2024-08-02",
        [
            ("7%", "2024-01-01", "2024-06-30", "actual"),
            ("9.5 million tonnes", "2024-01-01", "2024-06-30", "actual"),
            ("2 million tonnes", None, None, "target"),
        ],
    ),
    (
        "meanwhile_another_topic",
        "Chinese investments in the Russian Far East reached $1.4 billion in 2023. Russia's population, meanwhile, fell by 500,000 people.",
        "2024-03-01",
        [
            ("$1.4 billion", "2023-01-01", "2023-12-31", "actual"),
            ("500,000 people", None, None, "actual"),
        ],
    ),
    (
        "signed_on_tuesday_a_deal_to_increase",
        "On Tuesday, Rosneft and CNPC signed a deal to increase supplies via Kazakhstan by 2.5 million tonnes a year for 10 years.",
        "2024-11-14",
        [
            ("2.5 million tonnes a year", None, None, "target"),
            ("10 years", None, None, "target"),
        ],
    ),
    (
        "reported_on_friday_that",
        "Chinese customs reported on Friday that imports of Russian crude fell 3.4% in October to 9.1 million tonnes.",
        "2024-11-22",
        [
            ("3.4%", "2024-10-01", "2024-10-31", "actual"),
            ("9.1 million tonnes", "2024-10-01", "2024-10-31", "actual"),
        ],
    ),
    (
        "relative_clause_year_and_this_year",
        "Imports of cars that were assembled in 2023 reached 120,000 units this year, according to the agency.",
        "2024-06-10",
        [
            ("120,000 units", "2024-01-01", "2024-06-10", "actual"),
        ],
    ),
    (
        "aside_completed_in_a_year",
        "The Nizhneleninskoye bridge, completed in 2019 after years of delays, carried 1.5 million tonnes of freight last year.",
        "2024-01-20",
        [
            ("1.5 million tonnes", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "likely_by_the_end_of_the_year",
        "By the end of the year, the yuan's share of Russia's foreign trade settlements is likely to exceed 40%, the ministry expects.",
        "2024-05-01",
        [
            ("exceed 40%", "2024-12-01", "2024-12-31", "forecast"),
        ],
    ),
    (
        "in_the_coming_years",
        "Russia plans to double its coal exports to Asia to 200 million tonnes in the coming years.",
        "2024-05-01",
        [
            ("double", None, None, "target"),
            ("200 million tonnes", None, None, "target"),
        ],
    ),
    (
        "could_over_the_next_two_to_three_years",
        "Trade could reach $300 billion over the next two to three years, analysts say.",
        "2024-05-01",
        [
            ("$300 billion", "2024-01-01", "2026-12-31", "forecast"),
        ],
    ),
    (
        "marketing_year_with_hyphen",
        "Far Eastern farmers exported 240,000 tonnes of soybeans to China during the 2022-23 marketing year, a 20% drop.",
        "2023-09-01",
        [
            ("240,000 tonnes", "2022-07-01", "2023-06-30", "actual"),
            ("20% drop", "2022-07-01", "2023-06-30", "actual"),
        ],
    ),
    (
        "h1_against_h2_of_a_year",
        "Russian issuers placed yuan bonds worth 120 billion yuan in H1, compared with 70 billion yuan in H2 2023.",
        "2024-07-20",
        [
            ("120 billion yuan", "2024-01-01", "2024-06-30", "actual"),
            ("70 billion yuan", "2023-07-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "under_a_dated_deal_agreed_to_supply",
        "Under the 2014 deal, Gazprom agreed to supply 38 bcm of gas a year to CNPC for 30 years.",
        "2024-02-01",
        [
            ("38 bcm of gas a year", None, None, "target"),
            ("30 years", None, None, "target"),
        ],
    ),
    (
        "did_not_reach_the_planned",
        "Trade did not reach the planned $200 billion in 2023, and stood at $190 billion.",
        "2024-01-15",
        [
            ("$200 billion", "2023-01-01", "2023-12-31", "target"),
            ("$190 billion", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "will_carry_up_to",
        "The new ferry line will carry up to 300,000 passengers a year.",
        "2024-04-01",
        [
            ("up to 300,000 passengers a year", None, None, "forecast"),
        ],
    ),
    (
        "designed_to_handle",
        "The bridge is designed to handle 4 million tonnes of freight and 1 million passengers a year.",
        "2024-04-01",
        [
            ("4 million tonnes", None, None, "target"),
            ("1 million passengers a year", None, None, "target"),
        ],
    ),
    (
        "a_decade_ago_and_last_year",
        "A decade ago, Russian exports of food to China were worth just $2 billion; last year they exceeded $7 billion.",
        "2024-04-01",
        [
            ("$2 billion", "2014-01-01", "2014-12-31", "actual"),
            ("exceeded $7 billion", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "january_november_of_a_year",
        "In January-November 2023, the Zarubino port handled 1.1 million tonnes.",
        "2024-01-10",
        [
            ("1.1 million tonnes", "2023-01-01", "2023-11-30", "actual"),
        ],
    ),
    (
        "dateline_without_year_undated_last_year",
        "BEIJING, Jan 13 (Reuters) - China's imports of Russian crude oil hit a record 107.02 million tonnes last year, customs data showed on Saturday.",
        None,
        [
            ("107.02 million tonnes", None, None, "actual"),
        ],
    ),
    (
        "drills_from_to_then_counts",
        "The Joint Sea-2024 drills will take place from July 14 to 17 off Zhanjiang. Russia is sending three warships and about 300 sailors.",
        "2024-07-10",
        [
            ("three warships", "2024-07-14", "2024-07-17", "actual"),
            ("about 300 sailors", "2024-07-14", "2024-07-17", "actual"),
        ],
    ),
    (
        "since_a_clause_with_a_month",
        "Since the visa-free group regime resumed in August 2023, Russian tour groups have made more than 300,000 trips to China.",
        "2024-06-01",
        [
            ("more than 300,000 trips", "2023-08-01", "2024-06-01", "actual"),
        ],
    ),
    (
        "within_three_years",
        "Novatek aims to raise LNG shipments to Chinese buyers to 10 million tonnes a year within three years.",
        "2024-02-15",
        [
            ("10 million tonnes a year", "2024-01-01", "2026-12-31", "target"),
        ],
    ),
    (
        "within_two_to_three_years",
        "Moscow and Beijing agreed to lift bilateral trade to $250 billion within two to three years.",
        "2023-03-22",
        [
            ("$250 billion", "2023-01-01", "2025-12-31", "target"),
        ],
    ),
    (
        "through_august",
        "Through August, Chinese automakers shipped 720,000 cars to Russia, customs figures show.",
        "2024-09-20",
        [
            ("720,000 cars", "2024-01-01", "2024-08-31", "actual"),
        ],
    ),
    (
        "through_the_end_of_june",
        "Sales of Chinese tractors in Russia rose 14% through the end of June, to 5,300 units.",
        "2024-07-15",
        [
            ("14%", "2024-01-01", "2024-06-30", "actual"),
            ("5,300 units", "2024-01-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "through_a_day_of_a_year",
        "Through October 31, 2023, the Blagoveshchensk cable car project had attracted 9 billion roubles of investment.",
        "2023-11-10",
        [
            ("9 billion roubles", "2023-01-01", "2023-10-31", "actual"),
        ],
    ),
    (
        "twice_as_much_as_in_a_bare_split_year",
        "Wheat exports to China in the 2021/22 season reached 60,000 tonnes, twice as much as in 2020/21.",
        "2022-08-01",
        [
            ("60,000 tonnes", "2021-07-01", "2022-06-30", "actual"),
            ("twice as much as", "2021-07-01", "2022-06-30", "actual"),
        ],
    ),
    (
        "marketing_year_up_from_a_bare_split_year",
        "China bought 1.1 million tonnes of Russian barley in the 2023/24 marketing year, up from 410,000 tonnes in 2022/23.",
        "2024-08-20",
        [
            ("1.1 million tonnes", "2023-07-01", "2024-06-30", "actual"),
            ("410,000 tonnes", "2022-07-01", "2023-06-30", "actual"),
        ],
    ),
    (
        "academic_year_split",
        "Russian universities admitted 4,500 Chinese postgraduates in the 2023/24 academic year.",
        "2024-09-10",
        [
            ("4,500 Chinese postgraduates", "2023-09-01", "2024-08-31", "actual"),
        ],
    ),
    (
        "current_school_year",
        "Some 2,800 Russian pupils are studying Chinese at schools in Primorye in the current school year.",
        "2024-11-01",
        [
            ("Some 2,800 Russian pupils", "2024-09-01", "2025-08-31", "actual"),
        ],
    ),
    (
        "expo_year_in_name",
        "Visitors to the Harbin Expo 2024 signed deals worth $3 billion, the organisers said.",
        "2024-05-25",
        [
            ("$3 billion", None, None, "target"),
        ],
    ),
    (
        "fair_year_in_name",
        "Russian exhibitors at the Canton Fair 2023 received orders for 25,000 tonnes of confectionery.",
        "2023-11-10",
        [
            ("25,000 tonnes", None, None, "actual"),
        ],
    ),
    (
        "exceeding_last_years_figure_for_the_same_period",
        "Coal deliveries to China in January-May reached 41 million tonnes, exceeding last year's figure for the same period by 9%.",
        "2024-06-25",
        [
            ("41 million tonnes", "2024-01-01", "2024-05-31", "actual"),
            ("9%", "2024-01-01", "2024-05-31", "actual"),
        ],
    ),
    (
        "above_the_previous_years_level",
        "In the first quarter the port handled 3.2 million tonnes, 12% above the previous year's level.",
        "2024-04-20",
        [
            ("3.2 million tonnes", "2024-01-01", "2024-03-31", "actual"),
            ("12%", "2024-01-01", "2024-03-31", "actual"),
        ],
    ),
    (
        "topping_a_years_record",
        "Arrivals of Chinese tourists in Kazan reached 95,000 in 2024, topping 2023's record by a quarter.",
        "2025-02-01",
        [
            ("95,000", "2024-01-01", "2024-12-31", "actual"),
            ("a quarter", "2024-01-01", "2024-12-31", "actual"),
        ],
    ),
    (
        "fell_to_x_in_july_from_y_in_june",
        "Oil loadings at Kozmino fell to 850,000 barrels a day in July from 930,000 in June.",
        "2024-08-12",
        [
            ("850,000 barrels a day", "2024-07-01", "2024-07-31", "actual"),
            ("930,000", "2024-06-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "climbed_to_x_in_q2_from_y_in_q1",
        "Yuan bond issuance climbed to 48 billion yuan in Q2 from 31 billion in Q1.",
        "2024-07-15",
        [
            ("48 billion yuan", "2024-04-01", "2024-06-30", "actual"),
            ("31 billion", "2024-01-01", "2024-03-31", "actual"),
        ],
    ),
    (
        "previous_year_they_had_reached",
        "In 2022, timber exports to China fell 14% to $4.1 billion; the previous year they had reached $4.8 billion.",
        "2023-04-04",
        [
            ("14%", "2022-01-01", "2022-12-31", "actual"),
            ("$4.1 billion", "2022-01-01", "2022-12-31", "actual"),
            ("$4.8 billion", "2021-01-01", "2021-12-31", "actual"),
        ],
    ),
    (
        "while_the_previous_year",
        "Russian fish exports to China totalled 1.3 million tonnes in 2021, while the previous year they stood at 1.1 million tonnes.",
        "2022-03-01",
        [
            ("1.3 million tonnes", "2021-01-01", "2021-12-31", "actual"),
            ("1.1 million tonnes", "2020-01-01", "2020-12-31", "actual"),
        ],
    ),
    (
        "a_year_earlier_it_was",
        "Russia's share of China's coal imports rose to 28% in the first half. A year earlier, it was 21%.",
        "2024-08-01",
        [
            ("28%", "2024-01-01", "2024-06-30", "actual"),
            ("21%", "2023-01-01", "2023-06-30", "actual"),
        ],
    ),
    (
        "in_the_same_period_of_the_previous_year_opening",
        "Tourist flows through the Suifenhe crossing reached 160,000 people in April-June. In the same period of the previous year, 40,000 people crossed.",
        "2024-07-15",
        [
            ("160,000 people", "2024-04-01", "2024-06-30", "actual"),
            ("40,000 people", "2023-04-01", "2023-06-30", "actual"),
        ],
    ),
    (
        "a_year_ago_the_figure_stood",
        "China bought 8.2 million tonnes of Russian crude in May. A year ago, the figure stood at 9.7 million tonnes.",
        "2024-06-20",
        [
            ("8.2 million tonnes", "2024-05-01", "2024-05-31", "actual"),
            ("9.7 million tonnes", "2023-05-01", "2023-05-31", "actual"),
        ],
    ),
    (
        "aside_started_up_has_a_capacity",
        "The Amur gas processing plant, which started up in 2021, has a capacity of 42 bcm a year.",
        "2024-03-01",
        [
            ("42 bcm a year", None, None, "target"),
        ],
    ),
    (
        "signed_a_contract_in_a_year_to_build",
        "Rosatom and CNNC signed a contract in 2018 to build four reactors worth about $3.6 billion.",
        "2024-03-01",
        [
            ("four reactors", None, None, "target"),
            ("about $3.6 billion", None, None, "target"),
        ],
    ),
    (
        "in_a_month_signed_a_30_year_deal",
        "In May 2014, Gazprom and CNPC signed a 30-year deal to deliver 38 bcm of gas a year.",
        "2024-03-01",
        [
            ("30-year", None, None, "target"),
            ("38 bcm of gas a year", None, None, "target"),
        ],
    ),
    (
        "under_a_dated_contract_will_ship",
        "Under the 2013 contract, Rosneft will ship 325 million tonnes of oil to China over 25 years.",
        "2024-03-01",
        [
            ("325 million tonnes", None, None, "target"),
            ("over 25 years", None, None, "target"),
        ],
    ),
    (
        "start_on_a_weekday_and_run_for_a_week",
        "Joint air drills over the Sea of Japan start on Tuesday and will run for a week, with 12 bombers taking part.",
        "2024-11-25",
        [
            ("12 bombers", "2024-11-26", "2024-12-02", "target"),
        ],
    ),
    (
        "outstanding_loans_at_the_end_of_a_year",
        "Outstanding yuan loans to Russian companies reached 860 billion roubles at the end of 2023.",
        "2024-02-01",
        [
            ("860 billion roubles", "2023-12-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "since_a_bridge_opened",
        "Since the second bridge opened in June 2022, trucks have made 90,000 crossings.",
        "2024-04-01",
        [
            ("90,000 crossings", "2022-06-01", "2024-04-01", "actual"),
        ],
    ),
    (
        "since_an_agreement_took_effect",
        "Since the agreement took effect in January, Russian farmers have shipped 45,000 tonnes of pork to China.",
        "2024-06-15",
        [
            ("45,000 tonnes", "2024-01-01", "2024-06-15", "actual"),
        ],
    ),
    (
        "that_is_more_than_a_year_earlier",
        "In January-April, Chinese cargo through the Kerch crossing totalled 20,000 tonnes. That is 40% more than a year earlier.",
        "2024-05-10",
        [
            ("20,000 tonnes", "2024-01-01", "2024-04-30", "actual"),
            ("40% more", "2024-01-01", "2024-04-30", "actual"),
        ],
    ),
    (
        "nine_months_of_two_years",
        "Russian seafood exporters earned $2.4 billion from China in 9M 2024, while their 9M 2023 revenue was $2.1 billion.",
        "2024-10-30",
        [
            ("$2.4 billion", "2024-01-01", "2024-09-30", "actual"),
            ("$2.1 billion", "2023-01-01", "2023-09-30", "actual"),
        ],
    ),
    (
        "first_nine_months_year_on_year",
        "In the first nine months, Russia supplied China with 28 million tonnes of coking coal, 6% more year on year.",
        "2024-10-18",
        [
            ("28 million tonnes", "2024-01-01", "2024-09-30", "actual"),
            ("6% more", "2024-01-01", "2024-09-30", "actual"),
        ],
    ),
    (
        "first_4_months_of_a_year",
        "Chinese purchases of Russian soybeans in the first 4 months of 2025 amounted to 210,000 tonnes.",
        "2025-05-21",
        [
            ("210,000 tonnes", "2025-01-01", "2025-04-30", "actual"),
        ],
    ),
    (
        "first_eleven_months_of_last_year",
        "For the first eleven months of last year, Russian nickel exports to China totalled 94,000 tonnes.",
        "2025-01-14",
        [
            ("94,000 tonnes", "2024-01-01", "2024-11-30", "actual"),
        ],
    ),
    (
        "second_half_of_a_year",
        "Russia's pipeline gas exports to China in the second half of 2023 reached 12.1 bcm.",
        "2024-02-01",
        [
            ("12.1 bcm", "2023-07-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "third_quarter_quarter_on_quarter",
        "In the third quarter of 2024, Chinese exports of excavators to Russia dropped 30% quarter on quarter to 6,100 units.",
        "2024-10-30",
        [
            ("30%", "2024-07-01", "2024-09-30", "actual"),
            ("6,100 units", "2024-07-01", "2024-09-30", "actual"),
        ],
    ),
    (
        "year_to_date_hyphenated",
        "Year-to-date, Russian wheat flour shipments to China are up 40% at 180,000 tonnes.",
        "2024-06-05",
        [
            ("40%", "2024-01-01", "2024-06-05", "actual"),
            ("180,000 tonnes", "2024-01-01", "2024-06-05", "actual"),
        ],
    ),
    (
        "so_far_in_a_year",
        "So far in 2024, Chinese investors have put $900 million into Russian agricultural projects.",
        "2024-09-01",
        [
            ("$900 million", "2024-01-01", "2024-09-01", "actual"),
        ],
    ),
    (
        "two_years_ago",
        "Two years ago, Russian ice cream sales to China were worth $9 million.",
        "2024-03-01",
        [
            ("$9 million", "2022-01-01", "2022-12-31", "actual"),
        ],
    ),
    (
        "expected_in_the_next_two_years",
        "Russia's yuan-denominated debt is expected to exceed 1 trillion roubles in the next two years, analysts at Sber said.",
        "2024-04-10",
        [
            ("exceed 1 trillion roubles", "2024-01-01", "2025-12-31", "forecast"),
        ],
    ),
    (
        "set_to_next_year",
        "Rusal is set to supply 500,000 tonnes of aluminium to Chinese customers next year.",
        "2024-11-15",
        [
            ("500,000 tonnes", "2025-01-01", "2025-12-31", "forecast"),
        ],
    ),
    (
        "could_up_to_in_a_year",
        "The Arctic LNG 2 project could ship up to 6 million tonnes to Asia in 2025, Kpler estimates.",
        "2024-12-10",
        [
            ("up to 6 million tonnes", "2025-01-01", "2025-12-31", "forecast"),
        ],
    ),
    (
        "aim_by_a_year",
        "Beijing and Moscow aim to increase the share of national currencies in settlements to 100% by 2026.",
        "2024-05-16",
        [
            ("100%", "2026-01-01", "2026-12-31", "target"),
        ],
    ),
    (
        "will_supply_under_the_contract",
        "Gazprom will supply 10 billion cubic metres a year under the contract for the Far Eastern route.",
        "2024-05-16",
        [
            ("10 billion cubic metres a year", None, None, "target"),
        ],
    ),
    (
        "designed_to_transport",
        "The LNG carrier is designed to transport 172,000 cubic metres of gas.",
        "2024-05-16",
        [
            ("172,000 cubic metres", None, None, "target"),
        ],
    ),
    (
        "compared_with_the_same_period_of_a_year",
        "Heilongjiang's trade with Russia grew 11% in the first half of 2024 compared with the same period of 2023.",
        "2024-07-25",
        [
            ("11%", "2024-01-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "compared_with_units_in_a_year",
        "Chinese exports of vehicles to Russia totalled 900,000 units in 2023, compared with 160,000 units in 2022.",
        "2024-01-30",
        [
            ("900,000 units", "2023-01-01", "2023-12-31", "actual"),
            ("160,000 units", "2022-01-01", "2022-12-31", "actual"),
        ],
    ),
    (
        "rose_over_a_year",
        "In 2019, electricity supplies to China rose 7% over 2018, to 3.1 billion kWh.",
        "2020-02-10",
        [
            ("7%", "2019-01-01", "2019-12-31", "actual"),
            ("3.1 billion kWh", "2019-01-01", "2019-12-31", "actual"),
        ],
    ),
    (
        "on_the_previous_year",
        "Freight via the Tongjiang bridge in 2024 rose 25% on the previous year to 2.3 million tonnes.",
        "2025-01-12",
        [
            ("25%", "2024-01-01", "2024-12-31", "actual"),
            ("2.3 million tonnes", "2024-01-01", "2024-12-31", "actual"),
        ],
    ),
    (
        "y_on_y_in_brackets",
        "The number of China-Europe trains crossing Russia reached 17,500 in 2023 (+6% y/y), the operator said.",
        "2024-01-20",
        [
            ("17,500", "2023-01-01", "2023-12-31", "actual"),
            ("+6%", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "season_of_which",
        "Russia exported 46.7 million tonnes of grain in the 2022/23 season, of which 2.1 million tonnes went to China.",
        "2023-07-15",
        [
            ("46.7 million tonnes", "2022-07-01", "2023-06-30", "actual"),
            ("2.1 million tonnes", "2022-07-01", "2023-06-30", "actual"),
        ],
    ),
    (
        "for_the_whole_of_a_year",
        "Russian pork exports to China for the whole of 2024 reached 145,000 tonnes, the agency said on Monday.",
        "2025-01-20",
        [
            ("145,000 tonnes", "2024-01-01", "2024-12-31", "actual"),
        ],
    ),
    (
        "yearless_dateline_no_date_last_year",
        "VLADIVOSTOK, Feb 10 (Interfax) - Seafood shipments through Vladivostok to China rose 18% last year to 890,000 tonnes, the port authority said.",
        None,
        [
            ("18%", None, None, "actual"),
            ("890,000 tonnes", None, None, "actual"),
        ],
    ),
    (
        "undated_this_year_expect",
        "China's coal imports from Russia rose 4% to 102 million tonnes in 2024. This year, Russian miners expect a further 10% increase.",
        None,
        [
            ("4%", "2024-01-01", "2024-12-31", "actual"),
            ("102 million tonnes", "2024-01-01", "2024-12-31", "actual"),
            ("10% increase", "2025-01-01", "2025-12-31", "forecast"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "published", "expected"), _ROWS, ids=[r[0] for r in _ROWS]
)
def test_unseen_periods3(
    nlp: Language, name: str, text: str, published: str | None, expected: list[Claimed]
) -> None:
    assert _claims(text, published) == expected
