"""Families found on pages of our own written as analysts meet them (a wire story with its
page furniture, a feed of short items with their date lines, an opinion piece): a route named
by its direction is no pipeline's where its sentence speaks of a railway; the time of a
subordinate clause ("when the president visited in May 2024") does not date the act of the
main clause, so the figure keeps its own time ("a record of $240 billion for 2023"); the things
of a writer's argument ("two numbers sum it up") are counted by no claim; the value of an
agreement is filed by its goods, not under politics, which holds the count of agreements;
people or things counted by a verb of taking part are an event's size, unless their topic is
military, tourism, trade or energy; a clause of contrast ("while ... fell") asserts its
freight as the main clause does; a figure whose only time is the whole year it is compared
with holds for the year after, where the article was written in the year after that; a rate
(a capacity) in a clause that describes a noun takes no time of the main clause's deed. Each row: a text,
then the (figure as written, value, unit, period start, period end, category) of every claim."""

from __future__ import annotations

from datetime import date

import pytest

import sinorus_facts as sf

PUBLISHED = "2024-07-01"

Row = tuple[str, float, str | None, date | None, date | None, str]

ROWS: list[tuple[str, str, list[Row]]] = [
    (
        "subordinate-time-is-not-the-act",
        (
            "When the premier toured Harbin in May 2024, two-way trade had just set a record of "
            "$227.8 billion for 2023."
        ),
        [("$227.8 billion", 227.8e9, "USD", date(2023, 1, 1), date(2023, 12, 31), "trade")],
    ),
    (
        "the-act-of-the-main-clause-still-dates-its-object",
        "The two firms signed a $4 billion grain supply agreement in March.",
        [("$4 billion", 4e9, "USD", None, None, "trade")],
    ),
    (
        "the-value-of-an-agreement-is-no-politics",
        "Beijing and Moscow signed a $12 billion agreement on soybean purchases.",
        [("$12 billion", 12e9, "USD", None, None, "trade")],
    ),
    (
        "a-count-of-agreements-is-politics",
        "The delegations signed 14 agreements in Vladivostok.",
        [("14 agreements", 14.0, "count", None, None, "politics")],
    ),
    (
        "argument-counts-are-no-claims",
        (
            "Three facts stand out: coal exports to China rose 9% in 2023, and oil deliveries "
            "rose 24%."
        ),
        [
            ("9%", 9.0, "%", date(2023, 1, 1), date(2023, 12, 31), "energy"),
            ("24%", 24.0, "%", date(2023, 1, 1), date(2023, 12, 31), "energy"),
        ],
    ),
    (
        "people-taking-part-are-an-events-size",
        "The expo in Harbin drew exporters. Some 3,400 delegates from 41 countries are attending.",
        [
            ("Some 3,400 delegates", 3400.0, "person", None, None, "event"),
            ("41 countries", 41.0, "count", None, None, "event"),
        ],
    ),
    (
        "troops-taking-part-stay-military",
        "About 1,600 servicemen participated in the joint naval drills.",
        [("About 1,600 servicemen", 1600.0, "person", None, None, "military")],
    ),
    (
        "a-clause-of-contrast-asserts-its-freight-as-the-main-one-does",
        (
            "Vanino port handled 9.6 million tonnes in 2023, while Posyet's volume fell 3% to "
            "7.2 million tonnes."
        ),
        [
            ("9.6 million tonnes", 9.6e6, "t", date(2023, 1, 1), date(2023, 12, 31), "trade"),
            ("3%", 3.0, "%", date(2023, 1, 1), date(2023, 12, 31), "trade"),
            ("7.2 million tonnes", 7.2e6, "t", date(2023, 1, 1), date(2023, 12, 31), "trade"),
        ],
    ),
    (
        "compared-with-a-whole-year-told-after-the-next-ended",
        "Coal deliveries to China reached 98 million tonnes, up 5% compared with 2022.",
        [
            ("98 million tonnes", 98e6, "t", date(2023, 1, 1), date(2023, 12, 31), "energy"),
            ("5%", 5.0, "%", date(2023, 1, 1), date(2023, 12, 31), "energy"),
        ],
    ),
    (
        "compared-with-last-year-told-during-this-one-stays-undated",
        "Coal deliveries to China reached 41 million tonnes, up 3% compared with 2023.",
        [
            ("41 million tonnes", 41e6, "t", None, None, "energy"),
            ("3%", 3.0, "%", None, None, "energy"),
        ],
    ),
    (
        "compared-with-a-year-long-past-stays-undated",
        "Rail freight between the two countries reached 140 million tonnes, up 40% from 2019.",
        [
            ("140 million tonnes", 140e6, "t", None, None, "trade"),
            ("40%", 40.0, "%", None, None, "trade"),
        ],
    ),
    (
        "a-capacity-in-a-description-takes-no-time-of-the-main-clause",
        "The grain terminal, which can handle 12 million tonnes a year, opened in 2023.",
        [("12 million tonnes a year", 12e6, "t/yr", None, None, "infrastructure")],
    ),
    (
        "a-flow-told-in-the-past-in-a-description-keeps-it",
        "In 2023 the line, which carried 14 bcm a year, ran at full load.",
        [("14 bcm a year", 14e9, "m3/yr", date(2023, 1, 1), date(2023, 12, 31), "pipeline")],
    ),
    (
        "railway-corridor-by-its-direction",
        "Officials expect the eastern corridor of the railway to carry 190 million tonnes a year by 2031.",
        [
            (
                "190 million tonnes a year",
                190e6,
                "t/yr",
                date(2031, 1, 1),
                date(2031, 12, 31),
                "infrastructure",
            )
        ],
    ),
    (
        "gas-route-by-its-direction",
        "Gas deliveries along the eastern route rose to 22 bcm in 2022.",
        [("22 bcm", 22e9, "m3", date(2022, 1, 1), date(2022, 12, 31), "pipeline")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_claims(text: str, expected: list[Row]) -> None:
    got = [
        (
            c.evidence.quantity,
            c.value,
            c.unit,
            c.period.start if c.period else None,
            c.period.end if c.period else None,
            c.category,
        )
        for c in sf.extract(text, published=PUBLISHED)
    ]
    assert got == expected


# (id, page, the source of each of its figures): a page whose first line names a body alone,
# in capitals, is that body's release.
_LETTERHEADS = [
    (
        "ministry-letterhead",
        (
            "MINISTRY OF AGRICULTURE OF THE RUSSIAN FEDERATION\nPress release, 3 June 2024\n\n"
            "Grain exports to China rose 18% in January-May, to 1.9 million tonnes.\n"
        ),
        ["Ministry of Agriculture of the Russian Federation"] * 2,
    ),
    (
        "a-headline-in-capitals-is-no-letterhead",
        "GRAIN EXPORTS SOAR\n\nGrain exports to China rose 18% in January-May.\n",
        [None],
    ),
]


@pytest.mark.parametrize(
    ("page", "sources"), [r[1:] for r in _LETTERHEADS], ids=[r[0] for r in _LETTERHEADS]
)
def test_a_letterhead_is_the_source_of_its_page(page: str, sources: list[str | None]) -> None:
    assert [c.attribution for c in sf.extract(page, published=PUBLISHED)] == sources
