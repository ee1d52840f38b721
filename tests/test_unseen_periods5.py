"""When each figure holds and how firmly (issue 24, fifth round), on short news of our own
in the wordings of wires, state media, customs releases, ministries and the business press,
none of it from the development sets. Which time belongs to which figure: a conjunct's own
time, a change appended in brackets to the conjunct before ("in 2022 (-18% y-o-y) and ...
in 2023"), a comparison's basis, "the previous year", a time on a verb of speech or on data
that report ("customs data showed on Saturday", "said in an interview in March"), an aside's
time, a signing day, a year in a name, a description of a named thing ("RCIF, a fund worth
$2 billion"); parts of a year and running totals ("January-to-May", "this 9M period", "the
full-year figure", "from March 2022 to the end of August 2024", a crop's "2018/19"); the
report's period carried to its breakdowns and stopped ("Later, ...", "Separately, ...");
"the previous fiscal year"; a running total from the time of an event a "since" phrase
names ("Since its launch in December 2019, ... has delivered 80 bcm"); a duration closing a
look-back ("the steepest fall in two years") holds no period; the days of a dated event, its last day told in the sentence of its count
("The exercise, which will run until Friday, involves 12 ships"); fact, forecast or target
("is estimated to cost", "will process 42 bcm a year", a share that loans make of a
portfolio, "aims to sell 30,000, up from 18,000": "up from" makes only the figure after it a
fact). Every row: a short article, its publication date, and every claim as (quantity,
period start, period end, modality) in text order.
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
        "xinhua_conj_by",
        "BEIJING, March 7 (Xinhua) -- China-Russia trade totaled 240 billion U.S. dollars last year. Bilateral trade had reached 100 billion dollars by 2018 and 147 billion dollars by 2021, official data showed.",
        "2024-03-07",
        [
            ("240 billion U.S. dollars", "2023-01-01", "2023-12-31", "actual"),
            ("100 billion dollars", "2018-01-01", "2018-12-31", "actual"),
            ("147 billion dollars", "2021-01-01", "2021-12-31", "actual"),
        ],
    ),
    (
        "own_time_beats_frame",
        "In the first quarter, Russian pork exports to China reached 31,000 tonnes, the National Meat Association said. In March alone, pork shipments hit 12,500 tonnes.",
        "2024-04-22",
        [
            ("31,000 tonnes", "2024-01-01", "2024-03-31", "actual"),
            ("12,500 tonnes", "2024-03-01", "2024-03-31", "actual"),
        ],
    ),
    (
        "paren_yoy",
        "Russia's exports of seafood to China rose to $1.9 billion in January-October (+14% y-o-y), Interfax reported, citing customs statistics.",
        "2023-11-25",
        [
            ("$1.9 billion", "2023-01-01", "2023-10-31", "actual"),
            ("+14%", "2023-01-01", "2023-10-31", "actual"),
        ],
    ),
    (
        "with_rise_to",
        "Chinese car sales in Russia ended 2023 with a 180% rise to 550,000 vehicles, according to Autostat.",
        "2024-01-15",
        [
            ("180%", "2023-01-01", "2023-12-31", "actual"),
            ("550,000 vehicles", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "over_basis",
        "Gazprom's gas exports to China via Power of Siberia grew by 38% over 2022 and reached 22.7 bcm in 2023, the company said.",
        "2024-01-02",
        [
            ("38%", "2023-01-01", "2023-12-31", "actual"),
            ("22.7 bcm", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "against_previous_year",
        "In 2019, the number of Chinese tourists visiting Russia rose to 1.5 million, a 20% increase against the previous year.",
        "2020-02-10",
        [
            ("1.5 million", "2019-01-01", "2019-12-31", "actual"),
            ("20% increase", "2019-01-01", "2019-12-31", "actual"),
        ],
    ),
    (
        "compared_with_in",
        "Russian oil supplies to China amounted to 108 million tonnes in 2024, compared with 107 million tonnes in 2023, Reuters calculations show.",
        "2025-01-20",
        [
            ("108 million tonnes", "2024-01-01", "2024-12-31", "actual"),
            ("107 million tonnes", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "previous_year_of_figure",
        "Trade between Russia and China reached $190 billion in 2022, up from $147 billion the previous year.",
        "2024-05-01",
        [
            ("$190 billion", "2022-01-01", "2022-12-31", "actual"),
            ("$147 billion", "2021-01-01", "2021-12-31", "actual"),
        ],
    ),
    (
        "relative_clause_time",
        "The Amur gas processing plant, which started operations in 2021, will process 42 billion cubic metres of gas a year, Gazprom said.",
        "2024-03-05",
        [
            ("42 billion cubic metres of gas a year", None, None, "target"),
        ],
    ),
    (
        "speech_verb_time_expected",
        "Russia's coal exports to China are expected to rise to 110 million tonnes this year, Deputy Prime Minister Alexander Novak told reporters on Tuesday.",
        "2024-06-13",
        [
            ("110 million tonnes", "2024-01-01", "2024-12-31", "forecast"),
        ],
    ),
    (
        "speech_in_march",
        "Payments in rubles and yuan account for more than 95% of Russia-China trade, Finance Minister Anton Siluanov said in an interview in March.",
        "2024-06-10",
        [
            ("more than 95%", None, None, "actual"),
        ],
    ),
    (
        "aside_signed",
        "Under the agreement, signed in June 2018, Rosatom will build four reactor units in China; the contract is worth around 20 billion yuan.",
        "2024-03-01",
        [
            ("four reactor units", None, None, "target"),
            ("around 20 billion yuan", None, None, "target"),
        ],
    ),
    (
        "event_name_year",
        "At the 2024 Harbin Fair, Russian companies signed contracts worth 3.6 billion yuan, organizers said.",
        "2024-05-25",
        [
            ("3.6 billion yuan", None, None, "target"),
        ],
    ),
    (
        "deal_signing_day",
        "Gazprom and CNPC signed a deal on Wednesday for supplies of 10 billion cubic metres of gas a year via the Far Eastern route for 25 years.",
        "2022-02-04",
        [
            ("10 billion cubic metres of gas a year", None, None, "target"),
            ("25 years", None, None, "target"),
        ],
    ),
    (
        "so_far_this_year_up",
        "Russia has exported 1.3 million tonnes of grain to China so far this year, up 27%, Rosselkhoznadzor said.",
        "2024-08-14",
        [
            ("1.3 million tonnes", "2024-01-01", "2024-08-14", "actual"),
            ("27%", "2024-01-01", "2024-08-14", "actual"),
        ],
    ),
    (
        "as_of_date",
        "As of July 1, the Russian central bank held yuan assets worth the equivalent of $140 billion, accounting for 28% of its reserves.",
        "2024-08-20",
        [
            ("$140 billion", "2024-07-01", "2024-07-01", "actual"),
            ("28%", "2024-07-01", "2024-07-01", "actual"),
        ],
    ),
    (
        "9m_year",
        "Sinopec's purchases of Russian crude rose 16% in 9M 2023 to 41 million tonnes.",
        "2023-10-30",
        [
            ("16%", "2023-01-01", "2023-09-30", "actual"),
            ("41 million tonnes", "2023-01-01", "2023-09-30", "actual"),
        ],
    ),
    (
        "this_9m_period",
        "Russian Railways shipped 160,000 containers to China in this 9M period, RZD said.",
        "2024-10-05",
        [
            ("160,000 containers", "2024-01-01", "2024-09-30", "actual"),
        ],
    ),
    (
        "first_eleven_months",
        "In the first eleven months of 2023, trade between China and Russia hit $218 billion.",
        "2023-12-07",
        [
            ("$218 billion", "2023-01-01", "2023-11-30", "actual"),
        ],
    ),
    (
        "first_7_months",
        "In the first 7 months, Russian LNG exports to China jumped 30%.",
        "2024-08-10",
        [
            ("30%", "2024-01-01", "2024-07-31", "actual"),
        ],
    ),
    (
        "january_to_may",
        "Chinese exports of excavators to Russia totalled 14,000 units in January-to-May, up 9%.",
        "2024-06-20",
        [
            ("14,000 units", "2024-01-01", "2024-05-31", "actual"),
            ("9%", "2024-01-01", "2024-05-31", "actual"),
        ],
    ),
    (
        "marketing_year_expect",
        "Russia expects to export 2 million tonnes of grain to China in the 2024/25 marketing year, Agriculture Minister Dmitry Patrushev said.",
        "2024-09-01",
        [
            ("2 million tonnes", "2024-07-01", "2025-06-30", "forecast"),
        ],
    ),
    (
        "slash_season",
        "Russian soybean exports to China fell to 800,000 tonnes in 2018/19.",
        "2019-09-10",
        [
            ("800,000 tonnes", "2018-07-01", "2019-06-30", "actual"),
        ],
    ),
    (
        "past_year_years_ago",
        "Over the past year, the ruble has lost 15% against the yuan. Two years ago, one yuan bought about 9 rubles.",
        "2024-04-10",
        [
            ("15%", "2023-04-10", "2024-04-10", "actual"),
            ("about 9 rubles", "2022-01-01", "2022-12-31", "actual"),
        ],
    ),
    (
        "range_both_ends",
        "From November 2013 to June 30, 2017, China invested $4.5 billion in the Russian Far East.",
        "2017-09-05",
        [
            ("$4.5 billion", "2013-11-01", "2017-06-30", "actual"),
        ],
    ),
    (
        "h1_q3",
        "Trade between the two countries fell 3% in H1 but rose 5% in Q3, the customs said.",
        "2024-10-14",
        [
            ("3%", "2024-01-01", "2024-06-30", "actual"),
            ("5%", "2024-07-01", "2024-09-30", "actual"),
        ],
    ),
    (
        "within_next_three_years",
        "Beijing and Moscow plan to lift the share of national currencies in mutual settlements to 99% within the next three years.",
        "2024-02-01",
        [
            ("99%", "2024-01-01", "2026-12-31", "target"),
        ],
    ),
    (
        "next_come_carry",
        "China's imports of Russian crude oil rose 9% in the first half to 56 million tonnes, customs data showed on Saturday. Saudi Arabia came second with 39 million tonnes. Next come Iraq and Malaysia with 30 million and 27 million tonnes, respectively.",
        "2024-07-20",
        [
            ("9%", "2024-01-01", "2024-06-30", "actual"),
            ("56 million tonnes", "2024-01-01", "2024-06-30", "actual"),
            ("39 million tonnes", "2024-01-01", "2024-06-30", "actual"),
            ("30 million", "2024-01-01", "2024-06-30", "actual"),
            ("27 million tonnes", "2024-01-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "full_year_expected",
        "Russia's wheat exports to China hit 1.1 million tonnes in the first half. The full-year figure is expected to exceed 2 million tonnes.",
        "2024-07-25",
        [
            ("1.1 million tonnes", "2024-01-01", "2024-06-30", "actual"),
            ("exceed 2 million tonnes", "2024-01-01", "2024-12-31", "forecast"),
        ],
    ),
    (
        "week_long_drills",
        "More than 10 warships and 2,000 troops are taking part in the week-long drills that opened on Monday in the Sea of Japan, the Chinese defence ministry said.",
        "2024-07-17",
        [
            ("More than 10 warships", "2024-07-15", "2024-07-21", "actual"),
            ("2,000 troops", "2024-07-15", "2024-07-21", "actual"),
        ],
    ),
    (
        "fund_worth_stops",
        "Chinese direct investment in Russia reached $1.2 billion in the first quarter, the ministry said. Much of it went through RCIF, a fund worth $2 billion backed by CIC.",
        "2024-05-10",
        [
            ("$1.2 billion", "2024-01-01", "2024-03-31", "actual"),
            ("$2 billion", None, None, "actual"),
        ],
    ),
    (
        "later_stops",
        "Russian LNG imports into China rose 20% in April to 700,000 tonnes. Later, Novatek said it intends to ship 1 million tonnes a month to Chinese buyers.",
        "2024-05-20",
        [
            ("20%", "2024-04-01", "2024-04-30", "actual"),
            ("700,000 tonnes", "2024-04-01", "2024-04-30", "actual"),
            ("1 million tonnes a month", None, None, "target"),
        ],
    ),
    (
        "meanwhile_stops",
        "Russia supplied 8.5 million tonnes of coal to China in May, customs data showed. Meanwhile, Chinese carmakers hold a 60% share of the Russian car market.",
        "2024-06-20",
        [
            ("8.5 million tonnes", "2024-05-01", "2024-05-31", "actual"),
            ("60%", None, None, "actual"),
        ],
    ),
    (
        "design_estimate",
        "Power of Siberia 2 will have an annual capacity of 50 bcm. Gazprom plans to begin deliveries in 2030, and analysts say the pipeline could reach full capacity by 2035. The project is estimated to cost $13.6 billion.",
        "2024-05-01",
        [
            ("50 bcm", None, None, "target"),
            ("$13.6 billion", None, None, "forecast"),
        ],
    ),
    (
        "aims_vs_expected",
        "Rosneft aims to increase oil supplies to China to 100 million tonnes a year by 2030. Its shipments this year are expected to total 85 million tonnes.",
        "2024-04-01",
        [
            ("100 million tonnes a year", "2030-01-01", "2030-12-31", "target"),
            ("85 million tonnes", "2024-01-01", "2024-12-31", "forecast"),
        ],
    ),
    (
        "will_supply_reportedly",
        "Under the contract, Gazprom will supply 38 billion cubic metres of gas annually for 30 years. The deal is reportedly worth $400 billion.",
        "2014-05-22",
        [
            ("38 billion cubic metres of gas annually", None, None, "target"),
            ("30 years", None, None, "target"),
            ("$400 billion", None, None, "target"),
        ],
    ),
    (
        "scheduled_drills",
        "Up to 600 troops from each side will take part in the Peace Mission drills, scheduled for August 2024.",
        "2024-06-15",
        [
            ("Up to 600 troops", "2024-08-01", "2024-08-31", "target"),
        ],
    ),
    (
        "pledge_vs_expect",
        "China has pledged to buy $10 billion worth of Russian farm goods next year, while Russian officials expect grain sales alone to reach $3 billion.",
        "2024-11-10",
        [
            ("$10 billion", "2025-01-01", "2025-12-31", "target"),
            ("$3 billion", "2025-01-01", "2025-12-31", "forecast"),
        ],
    ),
    (
        "designed_then_last_year",
        "The Nizhneleninskoye-Tongjiang rail bridge is designed to handle up to 21 million tonnes of cargo a year. Last year it carried 4.3 million tonnes.",
        "2024-03-10",
        [
            ("up to 21 million tonnes of cargo a year", None, None, "target"),
            ("4.3 million tonnes", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "tass_for_january",
        "MOSCOW, February 9. /TASS/. Russia-China trade turnover for January 2024 increased by 2% year-on-year and amounted to $18.6 billion, the PRC's customs administration reported.",
        "2024-02-09",
        [
            ("2%", "2024-01-01", "2024-01-31", "actual"),
            ("$18.6 billion", "2024-01-01", "2024-01-31", "actual"),
        ],
    ),
    (
        "between_years_doubled",
        "Between 2015 and 2019, Chinese tourist flows to Russia doubled, reaching 1.9 million in 2019.",
        "2021-03-01",
        [
            ("doubled", "2015-01-01", "2019-12-31", "actual"),
            ("1.9 million", "2019-01-01", "2019-12-31", "actual"),
        ],
    ),
    (
        "by_end_of_year_against",
        "Russian Railways expects to carry 5 million tonnes of coal via the Zabaikalsk crossing by the end of this year, against 3.9 million tonnes in 2023.",
        "2024-08-01",
        [
            ("5 million tonnes", "2024-12-01", "2024-12-31", "forecast"),
            ("3.9 million tonnes", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "coming_years_expect",
        "Moscow expects the number of Chinese tourists to recover to 2 million a year in the coming years.",
        "2024-03-01",
        [
            ("2 million", None, None, "forecast"),
        ],
    ),
    (
        "since_start_2025",
        "Since the start of 2025, Chinese banks have issued 30 billion yuan in loans to Russian importers, Kommersant reported.",
        "2025-03-14",
        [
            ("30 billion yuan", "2025-01-01", "2025-03-14", "actual"),
        ],
    ),
    (
        "q3_average",
        "In Q3, Russian gas exports to China via Power of Siberia averaged 105 million cubic metres per day.",
        "2024-10-15",
        [
            ("105 million cubic metres per day", "2024-07-01", "2024-09-30", "actual"),
        ],
    ),
    (
        "five_years_ago_less",
        "Just 5 years ago, Chinese brands held less than 10% of the Russian car market.",
        "2024-04-01",
        [
            ("less than 10%", "2019-01-01", "2019-12-31", "actual"),
        ],
    ),
    (
        "rel_clause_verb_time",
        "The Zarubino port, whose expansion was approved in 2019, handled 1.4 million tonnes of cargo in 2023.",
        "2024-06-10",
        [
            ("1.4 million tonnes", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "quoted_previous_year_of_figure",
        "In 2023, Chinese investors poured $3.1 billion into Russian projects, twice as much as the previous year.",
        "2025-02-01",
        [
            ("$3.1 billion", "2023-01-01", "2023-12-31", "actual"),
            ("twice as much as", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "conj_own_times_paren",
        "Exports of Russian timber to China fell to 9 million cubic metres in 2022 (-18% y-o-y) and to 7.8 million cubic metres in 2023 (-13%).",
        "2024-03-01",
        [
            ("9 million cubic metres", "2022-01-01", "2022-12-31", "actual"),
            ("-18%", "2022-01-01", "2022-12-31", "actual"),
            ("7.8 million cubic metres", "2023-01-01", "2023-12-31", "actual"),
            ("-13%", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "since_start_of_year_carry",
        "Since the start of the year, Russian Railways has sent 4,800 container trains to China, up 8%. Most of them, some 3,100 trains, crossed at Zabaikalsk.",
        "2024-09-20",
        [
            ("4,800 container trains", "2024-01-01", "2024-09-20", "actual"),
            ("8%", "2024-01-01", "2024-09-20", "actual"),
            ("some 3,100 trains", "2024-01-01", "2024-09-20", "actual"),
        ],
    ),
    (
        "first_ten_months_carry_imports",
        "China-Russia trade rose 27% in the first ten months of 2023 to $196 billion, the GACC said. Chinese exports to Russia grew 52% to $90 billion, while imports from Russia rose 12% to $106 billion.",
        "2023-11-07",
        [
            ("27%", "2023-01-01", "2023-10-31", "actual"),
            ("$196 billion", "2023-01-01", "2023-10-31", "actual"),
            ("52%", "2023-01-01", "2023-10-31", "actual"),
            ("$90 billion", "2023-01-01", "2023-10-31", "actual"),
            ("12%", "2023-01-01", "2023-10-31", "actual"),
            ("$106 billion", "2023-01-01", "2023-10-31", "actual"),
        ],
    ),
    (
        "expect_for_report_period",
        "In the first quarter, Russian LNG shipments to China totalled 2 million tonnes. Analysts expect them to reach 2.4 million tonnes in the second quarter.",
        "2024-05-15",
        [
            ("2 million tonnes", "2024-01-01", "2024-03-31", "actual"),
            ("2.4 million tonnes", "2024-04-01", "2024-06-30", "forecast"),
        ],
    ),
    (
        "drills_start_and_last",
        "The Ocean-2024 naval exercise starts on 10 September and will last six days. More than 400 ships and 90,000 troops will take part, the Russian defence ministry said.",
        "2024-09-08",
        [
            ("six days", "2024-09-10", "2024-09-15", "target"),
            ("More than 400 ships", "2024-09-10", "2024-09-15", "target"),
            ("90,000 troops", "2024-09-10", "2024-09-15", "target"),
        ],
    ),
    (
        "could_reach_hedged",
        "Sales of Russian ice cream in China could reach 10,000 tonnes this year, the exporters' union said, according to Interfax.",
        "2024-02-20",
        [
            ("10,000 tonnes", "2024-01-01", "2024-12-31", "forecast"),
        ],
    ),
    (
        "is_to_build",
        "China's CRCC is to build a 110-kilometre railway section in Yakutia worth 60 billion roubles.",
        "2024-02-20",
        [
            ("110-kilometre", None, None, "target"),
            ("60 billion roubles", None, None, "target"),
        ],
    ),
    (
        "years_ago_and_now",
        "Ten years ago, yuan trading on the Moscow Exchange was under 1% of the currency market; in September it exceeded 50%.",
        "2024-10-10",
        [
            ("under 1%", "2014-01-01", "2014-12-31", "actual"),
            ("exceeded 50%", "2024-09-01", "2024-09-30", "actual"),
        ],
    ),
    (
        "mid_range_to_date",
        "From March 2022 to the end of August 2024, Chinese brands sold 1.7 million cars in Russia.",
        "2024-10-10",
        [
            ("1.7 million cars", "2022-03-01", "2024-08-31", "actual"),
        ],
    ),
    (
        "headline_frame_other_topic",
        "China's crude imports from Russia hit record 10.9 million tonnes in June. Separately, Russia's central bank kept its key rate at 16%.",
        "2024-07-12",
        [
            ("10.9 million tonnes", "2024-06-01", "2024-06-30", "actual"),
            ("16%", None, None, "actual"),
        ],
    ),
    (
        "marketing_year_season_carry",
        "Russia exported 3.2 million tonnes of grain to China in the 2024/25 season. Wheat accounted for 1.1 million tonnes and barley for 0.9 million tonnes.",
        "2025-07-05",
        [
            ("3.2 million tonnes", "2024-07-01", "2025-06-30", "actual"),
            ("1.1 million tonnes", "2024-07-01", "2025-06-30", "actual"),
            ("0.9 million tonnes", "2024-07-01", "2025-06-30", "actual"),
        ],
    ),
    (
        "data_indicated_monday",
        "Chinese purchases of Russian coal fell 12% in October to 8.1 million tonnes, official figures indicated on Monday.",
        "2024-11-12",
        [
            ("12%", "2024-10-01", "2024-10-31", "actual"),
            ("8.1 million tonnes", "2024-10-01", "2024-10-31", "actual"),
        ],
    ),
    (
        "statistics_showed_friday",
        "Russia's exports to China dropped 9% in January-February to $16.5 billion, Chinese customs statistics showed on Friday.",
        "2025-03-08",
        [
            ("9%", "2025-01-01", "2025-02-28", "actual"),
            ("$16.5 billion", "2025-01-01", "2025-02-28", "actual"),
        ],
    ),
    (
        "said_in_interview_last_month",
        "Yuan loans make up about 40% of the bank's corporate portfolio, its chief executive said in an interview last month.",
        "2024-09-10",
        [
            ("about 40%", None, None, "actual"),
        ],
    ),
    (
        "whole_year_outlook",
        "Chinese tourist arrivals in Russia reached 480,000 in the first half. The whole-year total could top 1 million, the Russian tourism agency said.",
        "2024-08-05",
        [
            ("480,000", "2024-01-01", "2024-06-30", "actual"),
            ("top 1 million", "2024-01-01", "2024-12-31", "forecast"),
        ],
    ),
    (
        "company_worth_aside",
        "Russian imports of Chinese machinery rose 15% in March. The biggest supplier was Sany, a company worth $20 billion.",
        "2024-04-18",
        [
            ("15%", "2024-03-01", "2024-03-31", "actual"),
            ("$20 billion", None, None, "actual"),
        ],
    ),
    (
        "estimated_to_cost_bridge",
        "The new bridge across the Amur is estimated to cost 30 billion rubles.",
        "2024-04-18",
        [
            ("30 billion rubles", None, None, "forecast"),
        ],
    ),
    (
        "six_m_period",
        "Gazprom Neft delivered 2.2 million tonnes of oil products to China in this 6M period.",
        "2024-07-15",
        [
            ("2.2 million tonnes", "2024-01-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "feb_to_apr",
        "Russian beef exports to China soared 70% in February-to-April, the veterinary service said.",
        "2024-05-20",
        [
            ("70%", "2024-02-01", "2024-04-30", "actual"),
        ],
    ),
    (
        "appos_change_keeps_time",
        "Russian exports to China rose to $10 billion in March, a 20% increase on the year.",
        "2024-04-20",
        [
            ("$10 billion", "2024-03-01", "2024-03-31", "actual"),
            ("20% increase", "2024-03-01", "2024-03-31", "actual"),
        ],
    ),
    (
        "appos_name_with_own_time",
        "The cargo went through Zabaikalsk, a crossing that handled 20 million tonnes in 2023.",
        "2024-04-20",
        [
            ("20 million tonnes", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "bare_comma_list_keeps_own",
        "Imports fell 30% in the first quarter, 12% in the second quarter and 4% in the third quarter.",
        "2024-10-20",
        [
            ("30%", "2024-01-01", "2024-03-31", "actual"),
            ("12%", "2024-04-01", "2024-06-30", "actual"),
            ("4%", "2024-07-01", "2024-09-30", "actual"),
        ],
    ),
    (
        "up_in_paren_conj",
        "Coal shipments reached 95 million tonnes in 2022 (up 9%) and 101 million tonnes in 2023 (up 6%).",
        "2024-03-01",
        [
            ("95 million tonnes", "2022-01-01", "2022-12-31", "actual"),
            ("9%", "2022-01-01", "2022-12-31", "actual"),
            ("101 million tonnes", "2023-01-01", "2023-12-31", "actual"),
            ("6%", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "barley_split_year",
        "China bought 450,000 tonnes of Russian barley in 2021/22, the grain union said.",
        "2022-08-10",
        [
            ("450,000 tonnes", "2021-07-01", "2022-06-30", "actual"),
        ],
    ),
    (
        "in_other_news_stops",
        "Russian pipeline gas supplies to China rose 25% in June. In other news, Gazprom said it employs 470,000 people.",
        "2024-07-12",
        [
            ("25%", "2024-06-01", "2024-06-30", "actual"),
            ("470,000 people", None, None, "actual"),
        ],
    ),
    (
        "between_and_end_of",
        "Between January 2023 and the end of June 2024, Russian banks opened 90 correspondent accounts in China.",
        "2024-10-10",
        [
            ("90 correspondent accounts", "2023-01-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "data_released_tuesday",
        "China's purchases of Russian LNG rose 20% in May to 800,000 tonnes, data released on Tuesday showed.",
        "2024-06-12",
        [
            ("20%", "2024-05-01", "2024-05-31", "actual"),
            ("800,000 tonnes", "2024-05-01", "2024-05-31", "actual"),
        ],
    ),
    (
        "port_will_handle",
        "Once complete, the grain terminal in Zabaikalsk will handle 8 million tonnes a year.",
        "2024-06-12",
        [
            ("8 million tonnes a year", None, None, "target"),
        ],
    ),
    (
        "kommersant_relay",
        "According to Kommersant, citing customs data, Russian imports of Chinese trucks fell 25% in July to 9,000 units. In January-July, imports totalled 78,000 units.",
        "2024-09-03",
        [
            ("25%", "2024-07-01", "2024-07-31", "actual"),
            ("9,000 units", "2024-07-01", "2024-07-31", "actual"),
            ("78,000 units", "2024-01-01", "2024-07-31", "actual"),
        ],
    ),
    (
        "scmp_quarter_words",
        "In the three months to September, Chinese exports to Russia slid 5.4% to $27 billion, the steepest fall in two years.",
        "2024-11-02",
        [
            ("5.4%", "2024-07-01", "2024-09-30", "actual"),
            ("$27 billion", "2024-07-01", "2024-09-30", "actual"),
            ("two years", None, None, "actual"),
        ],
    ),
    (
        "nikkei_fiscal_plan",
        "The company aims to sell 30,000 vehicles in Russia in fiscal 2024, up from 18,000 in the previous fiscal year.",
        "2024-04-15",
        [
            ("30,000 vehicles", "2024-01-01", "2024-12-31", "target"),
            ("18,000", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "ap_weekdays_drill_count",
        "Chinese and Russian warships began joint drills on Sunday near Zhanjiang. The exercise, which will run until Friday, involves 12 ships.",
        "2024-07-10",
        [
            ("12 ships", "2024-07-07", "2024-07-12", "actual"),
        ],
    ),
    (
        "interfax_first_half_then_june",
        "Russian oil exports to China via the ESPO pipeline amounted to 15 million tonnes in the first half of 2024. In June, they came to 2.5 million tonnes.",
        "2024-07-15",
        [
            ("15 million tonnes", "2024-01-01", "2024-06-30", "actual"),
            ("2.5 million tonnes", "2024-06-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "reuters_ytd_change",
        "Year-to-date, Russian coal exports to China are down 7% at 75 million tonnes, according to LSEG data.",
        "2024-10-25",
        [
            ("7%", "2024-01-01", "2024-10-25", "actual"),
            ("75 million tonnes", "2024-01-01", "2024-10-25", "actual"),
        ],
    ),
    (
        "global_times_event_attendees",
        "The eighth China-Russia Expo, held in Harbin from May 17 to 21, drew more than 2,000 companies and signed deals worth 10 billion yuan.",
        "2024-06-01",
        [
            ("more than 2,000 companies", "2024-05-17", "2024-05-21", "actual"),
            ("10 billion yuan", "2024-05-17", "2024-05-21", "target"),
        ],
    ),
    (
        "rosstat_decade",
        "A decade ago, Chinese tourists made 900,000 trips to Russia a year; in 2019 the figure peaked at 2.3 million.",
        "2024-03-01",
        [
            ("900,000 trips", "2014-01-01", "2014-12-31", "actual"),
            ("2.3 million", "2019-01-01", "2019-12-31", "actual"),
        ],
    ),
    (
        "next_two_years_loan",
        "VEB will lend 50 billion rubles to the project over the next two years.",
        "2024-03-01",
        [
            ("50 billion rubles", "2024-01-01", "2025-12-31", "target"),
        ],
    ),
    (
        "since_2022_cumulative",
        "Since 2022, the share of the yuan in Russia's export payments has risen from 0.5% to 35%.",
        "2024-12-10",
        [
            ("from 0.5% to 35%", "2022-01-01", "2024-12-10", "actual"),
        ],
    ),
    (
        "q4_2023_vs",
        "In Q4 2023, Russian pork shipments to China reached 40,000 tonnes, up from 28,000 tonnes in Q4 2022.",
        "2024-02-10",
        [
            ("40,000 tonnes", "2023-10-01", "2023-12-31", "actual"),
            ("28,000 tonnes", "2022-10-01", "2022-12-31", "actual"),
        ],
    ),
    (
        "will_reach_up_from_a_year",
        "Gas supplies to China will reach 48 bcm next year, up from 38 bcm in 2023.",
        "2024-06-10",
        [
            ("48 bcm", "2025-01-01", "2025-12-31", "forecast"),
            ("38 bcm", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "first_time_in_years_holds_no_period",
        "In 2023, Russian grain exports to China fell for the first time in three years, to 2.1 million tonnes.",
        "2024-02-10",
        [
            ("three years", None, None, "actual"),
            ("2.1 million tonnes", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "last_fiscal_year",
        "Rusal's aluminium sales to China fell 4% in the last fiscal year.",
        "2024-02-10",
        [("4%", "2023-01-01", "2023-12-31", "actual")],
    ),
    (
        "cgtn_nine_months_words",
        "In the first nine months, trade between China and Russia edged up 1.9% to 1.28 trillion yuan, according to the customs. Of the total, Chinese exports amounted to 560 billion yuan.",
        "2024-10-14",
        [
            ("1.9%", "2024-01-01", "2024-09-30", "actual"),
            ("1.28 trillion yuan", "2024-01-01", "2024-09-30", "actual"),
            ("560 billion yuan", "2024-01-01", "2024-09-30", "actual"),
        ],
    ),
    (
        "moscow_times_h1_forecast_h2",
        "Russian gas sales to China grew 40% in H1. Gazprom expects flows to stay near 105 mcm per day in H2.",
        "2024-07-30",
        [
            ("40%", "2024-01-01", "2024-06-30", "actual"),
            ("near 105 mcm per day", "2024-07-01", "2024-12-31", "forecast"),
        ],
    ),
    (
        "ministry_statement_will_supply",
        "Under the intergovernmental agreement, Russia will supply 100 million tonnes of coal to China over five years.",
        "2024-03-18",
        [
            ("100 million tonnes", None, None, "target"),
            ("over five years", None, None, "target"),
        ],
    ),
    (
        "ria_two_years_ago_conj",
        "Two years ago, the yuan accounted for 20% of Russia's exchange trading, and last year for 40%.",
        "2024-05-05",
        [
            ("20%", "2022-01-01", "2022-12-31", "actual"),
            ("40%", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "customs_release_month_year",
        "According to the GAC, in May 2024 China imported 9.7 million tonnes of crude from Russia, 7% less than in April.",
        "2024-06-07",
        [
            ("9.7 million tonnes", "2024-05-01", "2024-05-31", "actual"),
            ("7% less", "2024-05-01", "2024-05-31", "actual"),
        ],
    ),
    (
        "xinhua_plan_by_2030_from_2023",
        "The two countries plan to raise the annual volume of rail freight to 150 million tonnes by 2030, compared with 110 million tonnes in 2023.",
        "2024-05-17",
        [
            ("150 million tonnes", "2030-01-01", "2030-12-31", "target"),
            ("110 million tonnes", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "tass_since_launch",
        "Since its launch in December 2019, Power of Siberia has delivered over 80 bcm of gas to China, Gazprom said.",
        "2024-12-02",
        [
            ("over 80 bcm of gas", "2019-12-01", "2024-12-02", "actual"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "published", "expected"), _ROWS, ids=[r[0] for r in _ROWS]
)
def test_unseen_periods5(
    nlp: Language, name: str, text: str, published: str | None, expected: list[Claimed]
) -> None:
    assert _claims(text, published) == expected
