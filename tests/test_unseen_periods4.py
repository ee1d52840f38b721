"""A comparison's basis and an event's last day, on short news of our own (none of it from
the development sets): "from <time>" right after a change's own time is its basis, no span
("fell 7% in April from March"); a time after the level a change reached and "from" is
its basis ("rose 5% to $20 billion from 2019"); a share or multiple of a measure of
another time keeps the report's period ("less than half the volume in the same period of
2023"); an event dated by one day whose last day a sentence after it gives ("The drills
will last until July 20", "It will run through Friday") counts for those days. Every row:
a short article, its publication date, and every claim as (quantity, period start,
period end, modality) in text order.
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
    # a change's own time, then "from" and the time it is measured against
    (
        "month_from_month",
        "Russian coal deliveries to China dropped 7% in April from March, the General Administration of Customs said.",
        "2025-05-20",
        [("7%", "2025-04-01", "2025-04-30", "actual")],
    ),
    (
        "month_from_month_then_level",
        "Seaborne shipments of Russian crude to Chinese ports rose 12% in May from April to 3.4 million tonnes, tanker trackers estimated.",
        "2025-06-09",
        [
            ("12%", "2025-05-01", "2025-05-31", "actual"),
            ("3.4 million tonnes", "2025-05-01", "2025-05-31", "actual"),
        ],
    ),
    (
        "level_in_month_from_month",
        "Chinese purchases of Russian liquefied gas climbed to 780,000 tonnes in October from September, traders said.",
        "2024-11-15",
        [("780,000 tonnes", "2024-10-01", "2024-10-31", "actual")],
    ),
    (
        "quarter_from_quarter_with_comma",
        "Freight traffic over the Blagoveshchensk-Heihe bridge grew 18% in the third quarter, from the second, the operator reported.",
        "2024-10-21",
        [("18%", "2024-07-01", "2024-09-30", "actual")],
    ),
    (
        "year_from_year",
        "Two-way trade in farm goods rose 9% in 2024 from 2023, the Russian agriculture ministry said.",
        "2025-02-04",
        [("9%", "2024-01-01", "2024-12-31", "actual")],
    ),
    (
        "from_a_month_alone_stays_a_span",
        "Harbin-bound container trains have grown 15% from March, the railway said.",
        "2025-06-10",
        [("15%", "2025-03-01", "2025-06-10", "actual")],
    ),
    # the level a change reached, then "from" and its basis
    (
        "level_then_from_year",
        "Trade between Heilongjiang and Russia rose 5% to $21 billion from 2019, the provincial government said.",
        "2024-03-02",
        [
            ("5%", None, None, "actual"),
            ("$21 billion", None, None, "actual"),
        ],
    ),
    (
        "level_then_from_year_with_own_year",
        "In 2023 Russian timber exports to China fell 11% to 14 million cubic metres from 2022, industry data showed.",
        "2024-04-12",
        [
            ("11%", "2023-01-01", "2023-12-31", "actual"),
            ("14 million cubic metres", "2023-01-01", "2023-12-31", "actual"),
        ],
    ),
    (
        "from_to_range_stays_a_range",
        "Chinese car exports to Russia jumped 60% to 900,000 units from 2022 to 2023, the association said.",
        "2024-02-15",
        [
            ("60%", "2022-01-01", "2023-12-31", "actual"),
            ("900,000 units", "2022-01-01", "2023-12-31", "actual"),
        ],
    ),
    # a share or multiple of a measure of another time
    (
        "half_the_volume_same_period",
        "In the first quarter China bought 1.6 million tonnes of Russian barley, less than half the volume in the same period of 2023.",
        "2024-04-25",
        [
            ("1.6 million tonnes", "2024-01-01", "2024-03-31", "actual"),
            ("less than half", "2024-01-01", "2024-03-31", "actual"),
        ],
    ),
    (
        "half_the_volume_in_a_later_sentence",
        "China bought 1.6 million tonnes of Russian barley in the first quarter. That was less than half the volume in the same period of 2023.",
        "2024-04-25",
        [
            ("1.6 million tonnes", "2024-01-01", "2024-03-31", "actual"),
            ("less than half", "2024-01-01", "2024-03-31", "actual"),
        ],
    ),
    (
        "twice_the_level_of_a_year",
        "Russian beef sales to China reached 52,000 tonnes in January-June, twice the level of 2022.",
        "2024-07-30",
        [
            ("52,000 tonnes", "2024-01-01", "2024-06-30", "actual"),
            ("twice the", "2024-01-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "percent_of_the_amount_recorded",
        "Pipeline gas flows to China totalled 15 bcm in the first half, 80% of the amount recorded in 2021.",
        "2024-08-05",
        [
            ("15 bcm", "2024-01-01", "2024-06-30", "actual"),
            ("80%", "2024-01-01", "2024-06-30", "actual"),
        ],
    ),
    (
        "the_volume_of_a_year_is_its_own",
        "The volume in 2022 was 4.1 million tonnes, the Chinese customs said.",
        "2024-08-05",
        [("4.1 million tonnes", "2022-01-01", "2022-12-31", "actual")],
    ),
    # a number in digits that ends its clause after "there were" counts what came before
    (
        "there_were_n_years_ago",
        "Russia sent 52,000 trucks of goods into China through Zabaikalsk last year. Five years ago there were 29,000.",
        "2025-03-03",
        [
            ("52,000 trucks", "2024-01-01", "2024-12-31", "actual"),
            ("29,000", "2020-01-01", "2020-12-31", "actual"),
        ],
    ),
    (
        "there_were_about_n_in_a_year_said",
        "Heihe hosted 61,000 Chinese visitors in 2024. In 2015 there were about 4,500, the city administration said.",
        "2025-03-03",
        [
            ("61,000 Chinese visitors", "2024-01-01", "2024-12-31", "actual"),
            ("about 4,500", "2015-01-01", "2015-12-31", "actual"),
        ],
    ),
    (
        "there_were_small_or_followed_numbers_stay_out",
        "Blagoveshchensk opened 14 new checkpoints. There were 3 in 1995. There were 120 in all, and there are 2 more to come.",
        "2025-03-03",
        [("14 new checkpoints", None, None, "actual")],
    ),
    (
        "there_was_a_year_stays_out",
        "Officials in Harbin said there was 2019 all over again.",
        "2025-03-03",
        [],
    ),
    # an event's first day, and its last day a sentence after
    (
        "drills_last_until_a_day",
        "Chinese and Russian navies launched joint drills in the Sea of Okhotsk on Tuesday. Some 18 warships and 3,500 sailors are taking part. The drills will last until July 20, the defence ministry said.",
        "2025-07-16",
        [
            ("Some 18 warships", "2025-07-15", "2025-07-20", "actual"),
            ("3,500 sailors", "2025-07-15", "2025-07-20", "actual"),
        ],
    ),
    (
        "exercise_runs_through_a_weekday",
        "Russian and Chinese troops began a joint exercise near Ussuriysk on Monday. It will run through Friday, the eastern military district said. About 2,600 servicemen and 40 tanks are involved.",
        "2025-09-17",
        [
            ("About 2,600 servicemen", "2025-09-15", "2025-09-19", "actual"),
            ("40 tanks", "2025-09-15", "2025-09-19", "actual"),
        ],
    ),
    (
        "patrol_ends_on_a_day",
        "Russian and Chinese bombers opened a joint air patrol over the East China Sea on May 12. The patrol ends on May 14, Tokyo said. Six aircraft were tracked.",
        "2025-05-13",
        [("Six aircraft", "2025-05-12", "2025-05-14", "actual")],
    ),
    (
        "a_later_day_of_something_else_is_no_last_day",
        "Russian and Chinese bombers held a joint patrol over the Sea of Japan on Monday. Eight aircraft took part. Oil loadings at Kozmino slowed until July 20.",
        "2025-07-16",
        [("Eight aircraft", None, None, "actual")],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "published", "expected"), _ROWS, ids=[r[0] for r in _ROWS]
)
def test_unseen_periods4(
    nlp: Language, name: str, text: str, published: str | None, expected: list[Claimed]
) -> None:
    assert _claims(text, published) == expected
