"""Datelines and bylines: the date an article gives for itself.

Each row: the top of an article as a scraped page shows it, and the (form, year, month,
day, text) of the best dateline found (year None where the line gives none).
"""

from __future__ import annotations

from datetime import date

import pytest

from sinorus_facts.ingest.datelines import find_datelines, parse_date_line

Hit = tuple[str, int | None, int, int, str]


def _first(text: str) -> Hit | None:
    hits = find_datelines(text)
    if not hits:
        return None
    best = max(hits, key=lambda h: (h.year is not None, h.weight, -h.start))
    return best.form, best.year, best.month, best.day, text[best.start : best.end].rstrip()


# The forms the seeds show (written anew, with other places, agencies and days).
_SEED_FORMS: list[tuple[str, str, Hit]] = [
    (
        "wire_agency_parenthesis",
        "HARBIN, June 18 (Xinhua) -- Trade fairs drew crowds.",
        ("wire", None, 6, 18, "HARBIN, June 18 ("),
    ),
    (
        "wire_country_and_slashed_agency",
        "DA NANG /Vietnam/, November 11. /TASS/. The leaders met.",
        ("wire", None, 11, 11, "DA NANG /Vietnam/, November 11."),
    ),
    (
        "time_then_dotted_date",
        "09:05 21.03.2018(updated 09:40 21.03.2018)Get short URL",
        ("timestamp", 2018, 3, 21, "09:05 21.03.2018"),
    ),
    (
        "published_day_month_year",
        "Published 3 December 2018\nOpinion",
        ("published", 2018, 12, 3, "Published 3 December 2018"),
    ),
    (
        "month_day_then_time_year",
        "Chinese exports\nJune 2\n11:40 2017\n\nBody.",
        ("split", 2017, 6, 2, "June 2\n11:40 2017"),
    ),
    ("weekday_abbreviated", "Mon, Feb 5, 2018\n", ("date_line", 2018, 2, 5, "Mon, Feb 5, 2018")),
    (
        "agency_time_date",
        "(Xinhua) 18:20, March 07, 2018",
        ("agency", 2018, 3, 7, "(Xinhua) 18:20, March 07, 2018"),
    ),
    (
        "source_pipe_iso",
        "Source: China Daily | 2018-04-02 09:10:11 | Editor: wang",
        ("byline", 2018, 4, 2, "Source: China Daily | 2018-04-02"),
    ),
    (
        "month_day_year_line",
        "April 9, 2018\n\nThe text.",
        ("date_line", 2018, 4, 9, "April 9, 2018"),
    ),
    ("month_abbreviated_line", "Feb 22, 2018", ("date_line", 2018, 2, 22, "Feb 22, 2018")),
]

# Other forms common in news pages.
_NEWS_FORMS: list[tuple[str, str, Hit]] = [
    (
        "wire_day_month",
        "MOSCOW, 4 April (Interfax) - Gas flows rose.",
        ("wire", None, 4, 4, "MOSCOW, 4 April ("),
    ),
    (
        "wire_with_year",
        "WASHINGTON, March 3, 2018 (AP) -- Tariffs took effect.",
        ("wire", 2018, 3, 3, "WASHINGTON, March 3, 2018 ("),
    ),
    (
        "wire_mixed_case_city",
        "Vladivostok, Sep 12 (RIA) - The forum opened.",
        ("wire", None, 9, 12, "Vladivostok, Sep 12 (RIA)"),
    ),
    (
        "date_then_agency",
        "March 2, 2018 (Reuters) - Oil prices rose.",
        ("wire", 2018, 3, 2, "March 2, 2018 (Reuters)"),
    ),
    (
        "updated_colon_month_first",
        "Updated: Jul 9, 2018",
        ("published", 2018, 7, 9, "Updated: Jul 9, 2018"),
    ),
    (
        "published_time_ordinal",
        "Published time: 21st June, 2018 10:14",
        ("published", 2018, 6, 21, "Published time: 21st June, 2018"),
    ),
    ("posted_on_iso", "Posted on 2018-06-21", ("published", 2018, 6, 21, "Posted on 2018-06-21")),
    ("date_dotted", "Date: 21.06.2018", ("published", 2018, 6, 21, "Date: 21.06.2018")),
    (
        "weekday_day_month_year_time_zone",
        "Thursday 21 June 2018 10.30 BST",
        ("date_line", 2018, 6, 21, "Thursday 21 June 2018 10.30 BST"),
    ),
    (
        "long_weekday_with_time",
        "Friday, June 22, 2018 9:15 AM",
        ("date_line", 2018, 6, 22, "Friday, June 22, 2018 9:15 AM"),
    ),
    (
        "day_month_year_with_zone",
        "22 June 2018 | 07:21 (GMT+8)",
        ("date_line", 2018, 6, 22, "22 June 2018 | 07:21 (GMT+8)"),
    ),
    (
        "month_day_year_at_time",
        "June 22, 2018 at 2:15 pm",
        ("date_line", 2018, 6, 22, "June 22, 2018 at 2:15 pm"),
    ),
    (
        "byline_pipes_updated_iso",
        "By Liu Wei | China Daily | Updated: 2018-06-22 07:21",
        ("byline", 2018, 6, 22, "By Liu Wei | China Daily | Updated: 2018-06-22"),
    ),
    (
        "byline_dash_date",
        "By Olga Ivanova, Reuters - 22 June 2018",
        ("byline", 2018, 6, 22, "By Olga Ivanova, Reuters - 22 June 2018"),
    ),
    ("iso_timestamp", "2018-06-22T10:14:16Z", ("date_line", 2018, 6, 22, "2018-06-22T10:14:16Z")),
    ("dotted_with_time", "22.06.2018 | 15:30", ("timestamp", 2018, 6, 22, "22.06.2018 | 15:30")),
    ("slashed_year_first", "2018/06/22 07:45", ("date_line", 2018, 6, 22, "2018/06/22 07:45")),
]

# Dates as real pages print them: bylines with times, dashed day-month-year, dates inside a
# wire credit, a date line with a relative clock, lines and wires without a year, and a
# page's clock or an archive's stamp (found, but marked: see test_stamps_are_marked).
_PRINTED_FORMS: list[tuple[str, str, Hit]] = [
    (
        "day_month_year_dash_time",
        "14 May 2021 - 18:05\n\nGrain trains left Omsk.",
        ("date_line", 2021, 5, 14, "14 May 2021 - 18:05"),
    ),
    (
        "published_time_month_first_with_time",
        "Published time: August 12, 2016 09:47",
        ("published", 2016, 8, 12, "Published time: August 12, 2016"),
    ),
    (
        "updated_iso_with_seconds",
        "Updated: 2017-11-23 16:40:05",
        ("published", 2017, 11, 23, "Updated: 2017-11-23"),
    ),
    (
        "updated_time_then_dashed_date",
        "Updated 08:15, 19-Jan-2019\nCGTV",
        ("published", 2019, 1, 19, "Updated 08:15, 19-Jan-2019"),
    ),
    (
        "posted_time_zone_dashed_date",
        "Posted 23:50 GMT, 2-Dec-2020",
        ("published", 2020, 12, 2, "Posted 23:50 GMT, 2-Dec-2020"),
    ),
    ("dashed_date_alone", "07-Sep-2016 11:30", ("date_line", 2016, 9, 7, "07-Sep-2016 11:30")),
    (
        "published_month_day_year",
        "Published March 16, 2021",
        ("published", 2021, 3, 16, "Published March 16, 2021"),
    ),
    (
        "ordinal_day_comma_year",
        "9th November, 2020",
        ("date_line", 2020, 11, 9, "9th November, 2020"),
    ),
    (
        "date_inside_wire_credit",
        "ASTANA (Steppe Wire / Sputnik - 9th November, 2020) Kazakh exporters met.",
        ("wire", 2020, 11, 9, "ASTANA (Steppe Wire / Sputnik - 9th November, 2020)"),
    ),
    (
        "month_first_inside_wire_credit",
        "TASHKENT (Agency - April 2, 2019) Cotton prices rose.",
        ("wire", 2019, 4, 2, "TASHKENT (Agency - April 2, 2019)"),
    ),
    (
        "date_line_with_relative_clock",
        "February 11, 2016 / 6:02 AM / 3 hours ago",
        ("date_line", 2016, 2, 11, "February 11, 2016 / 6:02 AM / 3 hours ago"),
    ),
    (
        "day_first_with_relative_clock",
        "3 October 2017 / 11:20 / an hour ago",
        ("date_line", 2017, 10, 3, "3 October 2017 / 11:20 / an hour ago"),
    ),
    (
        "month_day_time_zone_city_no_year",
        "October 7, 09:30 UTC+3 KAZAN",
        ("date_line", None, 10, 7, "October 7, 09:30 UTC+3 KAZAN"),
    ),
    (
        "wire_city_with_full_stop_abbreviated_month",
        "KHABAROVSK. Sept 23 (Interfax) - Grain shipments rose.",
        ("wire", None, 9, 23, "KHABAROVSK. Sept 23 ("),
    ),
    (
        "wire_city_full_stop_oct",
        "IRKUTSK. Oct 2 (Interfax) - Power exports fell.",
        ("wire", None, 10, 2, "IRKUTSK. Oct 2 ("),
    ),
    (
        "wire_city_with_abbreviation",
        "ST. PETERSBURG, Oct 5. /TASS/. The forum opened.",
        ("wire", None, 10, 5, "ST. PETERSBURG, Oct 5."),
    ),
    (
        "credit_with_date_without_city",
        "(Gulf Wire - 3rd June, 2019) Oil traders met.",
        ("wire", 2019, 6, 3, "(Gulf Wire - 3rd June, 2019)"),
    ),
    (
        "updated_time_zone_offset_day_month_year",
        "Last updated 09:41 GMT+3, 3 Jun 2019",
        ("published", 2019, 6, 3, "Last updated 09:41 GMT+3, 3 Jun 2019"),
    ),
    (
        "iso_time_zone_offset",
        "2019-06-03 09:41:12 GMT+8",
        ("date_line", 2019, 6, 3, "2019-06-03 09:41:12 GMT+8"),
    ),
    (
        "mixed_case_city_full_stop",
        "Minsk. Oct 4 (BelTA) - Potash exports rose.",
        ("wire", None, 10, 4, "Minsk. Oct 4 (BelTA)"),
    ),
    (
        "capitals_with_updated_clock",
        "JUNE 3, 2019 / 9:41 AM / UPDATED 2 YEARS AGO",
        ("date_line", 2019, 6, 3, "JUNE 3, 2019 / 9:41 AM / UPDATED 2 YEARS AGO"),
    ),
    (
        "capitals_wire",
        "VLADIVOSTOK, SEPT 4 (Reuters) - The forum opened.",
        ("wire", None, 9, 4, "VLADIVOSTOK, SEPT 4 ("),
    ),
    (
        "two_cities_with_a_slash",
        "MOSCOW/BEIJING, Oct 14 (Reuters) - Coal flows slowed.",
        ("wire", None, 10, 14, "MOSCOW/BEIJING, Oct 14 ("),
    ),
    (
        "three_cities_one_of_two_words",
        "HONG KONG/SHANGHAI/MOSCOW, Feb 2 (Reuters) - Banks balked.",
        ("wire", None, 2, 2, "HONG KONG/SHANGHAI/MOSCOW, Feb 2 ("),
    ),
    (
        "date_with_reading_time",
        "3 June 2019 · 4 min read",
        ("date_line", 2019, 6, 3, "3 June 2019 · 4 min read"),
    ),
    (
        "byline_on_date",
        "By Ivan Petrov on June 3, 2019",
        ("byline", 2019, 6, 3, "By Ivan Petrov on June 3, 2019"),
    ),
    (
        "source_then_published_slashed",
        "Northern Herald Published: 2019/6/3 21:41:39",
        ("published", 2019, 6, 3, "Northern Herald Published: 2019/6/3"),
    ),
    ("page_clock", "11/28/2021 4:15:09 pm", ("clock", 2021, 11, 28, "11/28/2021 4:15:09 pm")),
    (
        "archive_last_updated",
        ". Last Updated: 03/05/2015\n\nOil deal",
        ("archive", 2015, 3, 5, ". Last Updated: 03/05/2015"),
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), _PRINTED_FORMS, ids=[r[0] for r in _PRINTED_FORMS]
)
def test_printed_forms(name: str, text: str, expected: Hit) -> None:
    assert _first(text) == expected


_STAMPS: list[tuple[str, str, bool]] = [
    ("page_clock", "6/30/2022 8:01:55 am", True),
    ("archive_stamp", "Last Updated: 10/02/2012", True),
    ("publication_line", "Published 2 April 2020", False),
    ("wire", "KAZAN, May 4 (TASS) - Talks began.", False),
]


@pytest.mark.parametrize(("name", "text", "stamp"), _STAMPS, ids=[r[0] for r in _STAMPS])
def test_stamps_are_marked(name: str, text: str, stamp: bool) -> None:
    assert {h.stamp for h in find_datelines(text)} == {stamp}


# Lines that are no dateline.
_TRAPS: list[tuple[str, str, Hit | None]] = [
    ("sentence_with_a_date", "The pact was signed on June 25, 2016 in Beijing.", None),
    ("impossible_day", "February 30, 2018", None),
    ("lowercase_place", "then, May 5 (maybe) -- who knows", None),
    ("month_without_day", "June 2018", None),
    ("capitals_then_a_date_in_a_sentence", "SALES. May 5 was the best day.", None),
    ("relative_clock_alone", "Updated 5 minutes ago", None),
    ("clock_without_am_pm_is_ambiguous", "12/03/2019 10:00", None),
]


@pytest.mark.parametrize(("name", "text", "expected"), _SEED_FORMS, ids=[r[0] for r in _SEED_FORMS])
def test_seed_forms(name: str, text: str, expected: Hit) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), _NEWS_FORMS, ids=[r[0] for r in _NEWS_FORMS])
def test_news_forms(name: str, text: str, expected: Hit) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), _TRAPS, ids=[r[0] for r in _TRAPS])
def test_traps(name: str, text: str, expected: Hit | None) -> None:
    assert _first(text) == expected


# Short date lines no form reads go to dateparser; ambiguous or partial ones give None.
_DATEPARSER: list[tuple[str, date | None]] = [
    ("Thursday 21st of June 2018", date(2018, 6, 21)),
    ("21st June 2018, 10:14 GMT", date(2018, 6, 21)),
    ("6/21/2018 9:42:11 AM", date(2018, 6, 21)),
    ("21/06/2018", date(2018, 6, 21)),
    ("05/06/2018", None),
    ("2 hours ago", None),
    ("June 2018", None),
    ("The 2018 budget passed.", None),
]


@pytest.mark.parametrize(("line", "expected"), _DATEPARSER, ids=[r[0] for r in _DATEPARSER])
def test_dateparser_fallback(line: str, expected: date | None) -> None:
    assert parse_date_line(line) == expected
