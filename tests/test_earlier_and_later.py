"""Times counted from another time: the figure a comparison is made with holds for the
earlier time its words give ("compared with $55 billion a year earlier"), while the main
figure keeps its own; "a year later", "the following year" count from the time of the
sentence before when their own gives none; "the week to Friday" is the week that ends that
day. Every row is a text of our own, its publication date, and every claim as (quantity,
period start, period end) in text order.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import sinorus_facts

Claimed = tuple[str, str | None, str | None]
Row = tuple[str, str, str, list[Claimed]]


def _claims(text: str, published: str) -> list[Claimed]:
    out = []
    for c in sinorus_facts.extract(text, published=published):
        period = c.period
        out.append(
            (
                c.evidence.quantity,
                period.start.isoformat() if period and period.start else None,
                period.end.isoformat() if period and period.end else None,
            )
        )
    return out


_EARLIER_FIGURES: list[Row] = [
    (
        "compared-with-a-year-earlier",
        "In 2022, exports rose to $70 billion, compared with $55 billion a year earlier.",
        "2023-06-10",
        [("$70 billion", "2022-01-01", "2022-12-31"), ("$55 billion", "2021-01-01", "2021-12-31")],
    ),
    (
        "up-from-the-same-period-last-year",
        (
            "Coal shipments reached 4.2 million tonnes in January-May, up from 3.1 million "
            "tonnes in the same period last year."
        ),
        "2023-06-10",
        [
            ("4.2 million tonnes", "2023-01-01", "2023-05-31"),
            ("3.1 million tonnes", "2022-01-01", "2022-05-31"),
        ],
    ),
    (
        "against-a-year-ago-of-the-sentences-year",
        "Imports from Chile totalled $52 billion in 2021, against $40 billion a year ago.",
        "2023-06-10",
        [("$52 billion", "2021-01-01", "2021-12-31"), ("$40 billion", "2020-01-01", "2020-12-31")],
    ),
    (
        "a-quarter-a-year-earlier-is-no-rate",
        (
            "In the first quarter of 2023, gas deliveries rose to 5.6 bcm, compared with 3.9 bcm "
            "a year earlier."
        ),
        "2023-06-10",
        [("5.6 bcm", "2023-01-01", "2023-03-31"), ("3.9 bcm", "2022-01-01", "2022-03-31")],
    ),
    (
        "a-year-before",
        "Grain exports climbed to 8.1 million tonnes in 2019, up from 6.5 million tonnes a year before.",
        "2023-06-10",
        [
            ("8.1 million tonnes", "2019-01-01", "2019-12-31"),
            ("6.5 million tonnes", "2018-01-01", "2018-12-31"),
        ],
    ),
    (
        "the-previous-year-of-last-year",
        "Trade turnover hit $190 billion last year, compared with $147 billion in the previous year.",
        "2023-06-10",
        [
            ("$190 billion", "2022-01-01", "2022-12-31"),
            ("$147 billion", "2021-01-01", "2021-12-31"),
        ],
    ),
    (
        "the-previous-year-of-a-part-is-the-whole-year-before",
        (
            "In the first nine months of 2021, Peru shipped 2.5 million tonnes of copper, "
            "compared with 3.1 million tonnes in the previous year."
        ),
        "2022-02-10",
        [
            ("2.5 million tonnes", "2021-01-01", "2021-09-30"),
            ("3.1 million tonnes", "2020-01-01", "2020-12-31"),
        ],
    ),
    (
        "versus-a-year-earlier-of-a-half",
        "Revenue was 2.4 trillion roubles in the first half, versus 2.1 trillion roubles a year earlier.",
        "2023-08-10",
        [
            ("2.4 trillion roubles", "2023-01-01", "2023-06-30"),
            ("2.1 trillion roubles", "2022-01-01", "2022-06-30"),
        ],
    ),
    (
        "the-year-before",
        "Pork exports reached 140,000 tonnes in 2020, compared to 95,000 tonnes the year before.",
        "2023-06-10",
        [
            ("140,000 tonnes", "2020-01-01", "2020-12-31"),
            ("95,000 tonnes", "2019-01-01", "2019-12-31"),
        ],
    ),
    (
        "a-month-of-last-year",
        "In March, car sales rose to 54,000 units, against 41,000 units in March last year.",
        "2023-06-10",
        [
            ("54,000 units", "2023-03-01", "2023-03-31"),
            ("41,000 units", "2022-03-01", "2022-03-31"),
        ],
    ),
    (
        "two-years-earlier",
        "Bilateral trade stood at $88 billion in 2014, compared with $95 billion two years earlier.",
        "2023-06-10",
        [("$88 billion", "2014-01-01", "2014-12-31"), ("$95 billion", "2012-01-01", "2012-12-31")],
    ),
    (
        "the-same-period-a-year-earlier",
        (
            "In January-April, exports rose to $21 billion, compared with $17 billion in the "
            "same period a year earlier."
        ),
        "2023-06-10",
        [("$21 billion", "2023-01-01", "2023-04-30"), ("$17 billion", "2022-01-01", "2022-04-30")],
    ),
    (
        "a-year-earlier-of-the-reports-period",
        (
            "Trade between Russia and Brazil rose 12% in January-May, customs data showed. "
            "Fertiliser sales climbed to $2.1 billion, compared with $1.6 billion a year earlier."
        ),
        "2023-06-10",
        [
            ("12%", "2023-01-01", "2023-05-31"),
            ("$2.1 billion", "2023-01-01", "2023-05-31"),
            ("$1.6 billion", "2022-01-01", "2022-05-31"),
        ],
    ),
    (
        "a-forecast-against-a-year-earlier",
        (
            "In 2023, grain exports are expected to reach 60 million tonnes, against 48 million "
            "tonnes a year earlier."
        ),
        "2023-06-10",
        [
            ("60 million tonnes", "2023-01-01", "2023-12-31"),
            ("48 million tonnes", "2022-01-01", "2022-12-31"),
        ],
    ),
    (
        "a-change-from-a-year-earlier-keeps-the-sentences-time",
        "Exports reached $70 billion in the first five months, up 12% from a year earlier.",
        "2023-06-10",
        [("$70 billion", "2023-01-01", "2023-05-31"), ("12%", "2023-01-01", "2023-05-31")],
    ),
    (
        "a-factor-as-in-the-same-period-keeps-the-sentences-time",
        "In the first half, visits reached 80,000, three times as many as in the same period last year.",
        "2023-08-10",
        [
            ("80,000", "2023-01-01", "2023-06-30"),
            ("three times as many", "2023-01-01", "2023-06-30"),
        ],
    ),
]


@pytest.mark.issue(24)
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [r[1:] for r in _EARLIER_FIGURES],
    ids=[r[0] for r in _EARLIER_FIGURES],
)
def test_the_figure_compared_with_holds_for_the_earlier_time(
    nlp: Language, text: str, published: str, expected: list[Claimed]
) -> None:
    assert _claims(text, published) == expected


_LATER_AND_WEEKS: list[Row] = [
    (
        "a-year-later-in-the-next-sentence",
        "In 2019, trade reached $110 billion. A year later it fell 3%.",
        "2023-06-10",
        [("$110 billion", "2019-01-01", "2019-12-31"), ("3%", "2020-01-01", "2020-12-31")],
    ),
    (
        "two-years-later",
        (
            "In 2018, Russia shipped 12 million tonnes of coal to India. Two years later, "
            "shipments rose to 19 million tonnes."
        ),
        "2023-06-10",
        [
            ("12 million tonnes", "2018-01-01", "2018-12-31"),
            ("19 million tonnes", "2020-01-01", "2020-12-31"),
        ],
    ),
    (
        "the-following-year",
        (
            "In 2020, the port handled 4.5 million tonnes of cargo. The following year, it "
            "handled 5.2 million tonnes."
        ),
        "2023-06-10",
        [
            ("4.5 million tonnes", "2020-01-01", "2020-12-31"),
            ("5.2 million tonnes", "2021-01-01", "2021-12-31"),
        ],
    ),
    (
        "a-year-later-of-a-half-is-that-half",
        "In the first half of 2021, imports rose 14% to $30 billion. A year later, imports fell 5%.",
        "2023-06-10",
        [
            ("14%", "2021-01-01", "2021-06-30"),
            ("$30 billion", "2021-01-01", "2021-06-30"),
            ("5%", "2022-01-01", "2022-06-30"),
        ],
    ),
    (
        "a-year-later-two-sentences-on",
        (
            "Pork exports hit 90,000 tonnes in 2021. Most went to Vietnam. A year later, "
            "they reached 130,000 tonnes."
        ),
        "2023-06-10",
        [
            ("90,000 tonnes", "2021-01-01", "2021-12-31"),
            ("130,000 tonnes", "2022-01-01", "2022-12-31"),
        ],
    ),
    (
        "the-week-to-a-weekday",
        "Grain loadings at Taman reached 1.3 million tonnes in the week to Friday.",
        "2023-06-10",
        [("1.3 million tonnes", "2023-06-03", "2023-06-09")],
    ),
    (
        "the-week-ending-a-day",
        "Wheat prices rose 4% in the week ending June 5.",
        "2023-06-10",
        [("4%", "2023-05-30", "2023-06-05")],
    ),
    (
        "the-seven-days-to-a-weekday",
        "Freight rates fell 6% in the seven days to Sunday.",
        "2023-06-10",
        [("6%", "2023-05-29", "2023-06-04")],
    ),
    (
        "the-week-ended-a-day-with-its-year",
        "Coal exports totalled 3.4 million tonnes in the week ended May 28, 2021.",
        "2023-06-10",
        [("3.4 million tonnes", "2021-05-22", "2021-05-28")],
    ),
    (
        "the-week-to-a-day-of-last-year",
        "Container traffic rose 9% in the week to October 14.",
        "2023-06-10",
        [("9%", "2022-10-08", "2022-10-14")],
    ),
]


@pytest.mark.issue(24)
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [r[1:] for r in _LATER_AND_WEEKS],
    ids=[r[0] for r in _LATER_AND_WEEKS],
)
def test_later_times_and_weeks_to_a_day(
    nlp: Language, text: str, published: str, expected: list[Claimed]
) -> None:
    assert _claims(text, published) == expected
