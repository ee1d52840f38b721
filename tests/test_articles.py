"""Pages as they come: one article or a thread of many, with reader comments between them.

Each row: a page written for the test, and every article found as (title, published,
is_comment, reference date, reference inferred, dateline).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

import sinorus_facts
from sinorus_facts.ingest.reading import RawDocument
from sinorus_facts.periods.articles import build_document, split_articles

DATA = Path(__file__).resolve().parent / "data"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NBSP = "\u00a0"

Seen = tuple[str | None, date | None, bool, date | None, bool, str | None]


def _seen(text: str, **options: date | None) -> list[Seen]:
    return [
        (a.title, a.published, a.is_comment, a.reference_date, a.reference_inferred, a.dateline)
        for a in split_articles(text, **options)
    ]  # type: ignore[arg-type]


_THREAD = (
    "Border Trade News and Views\n\n"
    "Harbin fair signs record deals\n\n"
    "HARBIN, June 18 (Xinhua) -- Deals worth 13.5 billion yuan were signed, organizers said.\n"
    f"{NBSP}\n"
    "I waited 3 hours in the queue and paid 500 rubles for a ticket. Never again!\n"
    f"{NBSP}\n"
    "Grain corridor opens to Chinese buyers\n\n"
    "Anna Petrova\n"
    "Jul 3, 2019\n\n"
    "The first trains carried 30,000 tonnes of wheat, the railway said.\n"
    f"{NBSP}\n"
    "Ferry line to add two ships\n\n"
    "The operator said on Friday it will add two ships to the Zarubino line next spring.\n"
    f"{NBSP}\n"
    "Back\nTop Bottom\n"
)

_PAGES: list[tuple[str, str, dict[str, date | None], list[Seen]]] = [
    (
        "thread_with_comment_and_undated_post",
        _THREAD,
        {},
        [
            (
                "Harbin fair signs record deals",
                date(2019, 6, 18),
                False,
                date(2019, 6, 18),
                False,
                "HARBIN, June 18 (",
            ),
            (None, None, True, date(2019, 6, 18), True, None),
            (
                "Grain corridor opens to Chinese buyers",
                date(2019, 7, 3),
                False,
                date(2019, 7, 3),
                False,
                "Jul 3, 2019",
            ),
            ("Ferry line to add two ships", None, False, date(2019, 7, 3), True, None),
        ],
    ),
    (
        "caller_date_overrides_the_page_which_keeps_its_dateline",
        "Gas deal signed\n\nMay 31, 2018\n\nGazprom will ship more.",
        {"published": date(2018, 6, 2)},
        [
            ("Gas deal signed", date(2018, 6, 2), False, date(2018, 6, 2), False, "May 31, 2018"),
        ],
    ),
    (
        "page_date_dates_an_undated_article",
        "Gas deal signed\n\nGazprom will ship 38 bcm a year, the company said.",
        {"default": date(2019, 4, 1)},
        [
            ("Gas deal signed", date(2019, 4, 1), False, date(2019, 4, 1), False, None),
        ],
    ),
    (
        "page_date_gives_a_dateline_its_year",
        "Gas deal signed\n\nMOSCOW, March 30 (TASS) -- Gazprom said it signed.",
        {"default": date(2019, 4, 1)},
        [
            (
                "Gas deal signed",
                date(2019, 3, 30),
                False,
                date(2019, 3, 30),
                False,
                "MOSCOW, March 30 (",
            ),
        ],
    ),
    (
        "no_date_anywhere_is_null",
        "Gas deal signed\n\nGazprom will ship 38 bcm a year, the company said.",
        {},
        [
            ("Gas deal signed", None, False, None, False, None),
        ],
    ),
    (
        "year_from_the_next_article_back_across_new_year",
        (
            "Ice road opens early\n\nBLAGOVESHCHENSK, December 28 (TASS) -- The ice crossing opened, officials said.\n"
            f"{NBSP}\n"
            "Bridge traffic doubles\n\nJan 9, 2019\n\nTraffic on the bridge doubled, the operator said.\n"
        ),
        {},
        [
            (
                "Ice road opens early",
                date(2018, 12, 28),
                False,
                date(2018, 12, 28),
                False,
                "BLAGOVESHCHENSK, December 28 (",
            ),
            (
                "Bridge traffic doubles",
                date(2019, 1, 9),
                False,
                date(2019, 1, 9),
                False,
                "Jan 9, 2019",
            ),
        ],
    ),
    (
        "undated_first_article_refers_to_the_next",
        (
            "Pipeline talks resume\n\nNegotiators said on Monday that talks would resume, officials said.\n"
            f"{NBSP}\n"
            "Talks end without deal\n\nPublished 14 March 2019\n\nThe talks ended, the ministry said.\n"
        ),
        {},
        [
            ("Pipeline talks resume", None, False, date(2019, 3, 14), True, None),
            (
                "Talks end without deal",
                date(2019, 3, 14),
                False,
                date(2019, 3, 14),
                False,
                "Published 14 March 2019",
            ),
        ],
    ),
    (
        "headline_and_dateline_start_an_article_without_a_separator",
        (
            "Coal exports climb\n\nMarch 4, 2019\n\nCoal exports rose, the customs service said.\n\n"
            "More trains were used. Ports were busy. Prices held. Demand stayed firm.\n\n"
            "Yards were full. Crews worked nights. Traders were calm. Buyers paid.\n\n"
            "Freight rates rose. Ships waited. Loading sped up. Stocks fell.\n\n"
            "Rail tariffs stayed flat. Wagons were scarce. Some mines paused.\n\n"
            "Exporters were pleased. Buyers hedged. Orders grew. Banks lent.\n\n"
            "Steel mills bought more. Utilities bought less.\n\n"
            "Analysts were split. Some saw a peak. Others did not.\n\n"
            "Port investment rose. New berths opened. Dredging began.\n\n"
            "Timber trade slows\n\nMarch 6, 2019\n\nTimber shipments fell, the agency said.\n"
        ),
        {},
        [
            (
                "Coal exports climb",
                date(2019, 3, 4),
                False,
                date(2019, 3, 4),
                False,
                "March 4, 2019",
            ),
            (
                "Timber trade slows",
                date(2019, 3, 6),
                False,
                date(2019, 3, 6),
                False,
                "March 6, 2019",
            ),
        ],
    ),
    (
        "a_headline_that_ends_on_a_quoted_title_starts_an_article",
        (
            "Grain deliveries rise\n05.06.2023 10:15\nRussian grain deliveries rose 8%, the union said.\n\n"
            'Q&A: "Payments in roubles are routine"\n04.06.2023 16:40\nQ: What share do roubles take?\n'
            "A: About half, the banker said.\n"
        ),
        {},
        [
            (
                "Grain deliveries rise",
                date(2023, 6, 5),
                False,
                date(2023, 6, 5),
                False,
                "05.06.2023 10:15",
            ),
            (
                'Q&A: "Payments in roubles are routine"',
                date(2023, 6, 4),
                False,
                date(2023, 6, 4),
                False,
                "04.06.2023 16:40",
            ),
        ],
    ),
    (
        "a_page_of_furniture_only",
        "Subscribe\n\nShare\n\nBack to top\n",
        {},
        [
            (None, None, False, None, False, None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "page", "options", "expected"), _PAGES, ids=[p[0] for p in _PAGES]
)
def test_pages(name: str, page: str, options: dict[str, date | None], expected: list[Seen]) -> None:
    assert _seen(page, **options) == expected


# How each article's reference date is reached: (published, reference date, inferred,
# reference_source, dateline).
Dated = tuple[date | None, date | None, bool, str | None, str | None]

_REFERENCES: list[tuple[str, str, dict[str, date | None], list[Dated]]] = [
    (
        "yearless_wire_takes_the_year_its_text_makes_plain",
        (
            "Rail freight to China up a third\n\n"
            "ZABAIKALSK, February 2. /TASS/. Freight via the crossing rose by a third in 2021, the railway said. "
            "In December 2021, it rose 12%.\n"
        ),
        {},
        [(date(2022, 2, 2), date(2022, 2, 2), False, "dateline", "ZABAIKALSK, February 2.")],
    ),
    (
        "yearless_time_zone_line_in_the_year_of_its_events",
        (
            "Nuclear Energy\nRosatom to build two more units\n\nNovember 14, 18:30 UTC+3 MOSCOW\n\n"
            "The third unit was connected to the grid in August 2020, the company said.\n"
        ),
        {},
        [
            (
                date(2020, 11, 14),
                date(2020, 11, 14),
                False,
                "dateline",
                "November 14, 18:30 UTC+3 MOSCOW",
            )
        ],
    ),
    (
        "undated_article_from_its_text",
        (
            "Tourist flow grows\n\nChinese tourists made 1.1 million trips to Russia in the first nine months of 2019, "
            "the association said on Tuesday.\n"
        ),
        {},
        [(None, date(2019, 9, 30), True, "text", None)],
    ),
    (
        "stale_archive_stamp_gives_way_to_the_text",
        (
            "Archive\n\n. Last Updated: 05/14/2019\n\nOil loan agreed\n\n"
            "The loan was signed in Beijing on Wednesday, April 15, 2009, officials said.\n"
        ),
        {},
        [(None, date(2009, 4, 15), True, "text", None)],
    ),
    (
        "fresh_page_clock_dates_the_page",
        (
            "8/21/2019 3:40:12 pm\n\nGrain exports rise\n\nWheat exports rose in the first half of 2019, the ministry said.\n"
        ),
        {},
        [(date(2019, 8, 21), date(2019, 8, 21), False, "dateline", "8/21/2019 3:40:12 pm")],
    ),
    (
        "publication_line_before_a_page_clock",
        (
            "4/17/2023 9:12:44 am\n\nFerry line opens\n\nPublished 2 April 2020\n\nThe ferry carried 300 people, its operator said.\n"
        ),
        {},
        [(date(2020, 4, 2), date(2020, 4, 2), False, "dateline", "Published 2 April 2020")],
    ),
    (
        "publication_line_before_an_update_line",
        (
            "Grain deal\n\nUpdated: 12 May 2020\nPublished: 10 May 2020\n\nThe first ship left Novorossiysk on Friday.\n"
        ),
        {},
        [(date(2020, 5, 10), date(2020, 5, 10), False, "dateline", "Published: 10 May 2020")],
    ),
    (
        "caller_date_is_published",
        "Gas deal signed\n\nMay 31, 2018\n\nGazprom will ship more.",
        {"published": date(2018, 6, 2)},
        [(date(2018, 6, 2), date(2018, 6, 2), False, "published", "May 31, 2018")],
    ),
    (
        "page_metadata_is_published",
        "Gas deal signed\n\nGazprom shipped 38 bcm in 2017, the company said.",
        {"default": date(2019, 4, 1)},
        [(date(2019, 4, 1), date(2019, 4, 1), False, "published", None)],
    ),
    (
        "undated_post_after_a_dated_one_is_its_neighbours",
        _THREAD,
        {},
        [
            (date(2019, 6, 18), date(2019, 6, 18), False, "dateline", "HARBIN, June 18 ("),
            (None, date(2019, 6, 18), True, "neighbour", None),
            (date(2019, 7, 3), date(2019, 7, 3), False, "dateline", "Jul 3, 2019"),
            (None, date(2019, 7, 3), True, "neighbour", None),
        ],
    ),
    (
        "nothing_dates_it",
        "Gas deal signed\n\nGazprom will ship 38 bcm a year by 2030, the company said.",
        {},
        [(None, None, False, None, None)],
    ),
    (
        "address_dates_an_undated_article",
        "Gas deal signed\n\nGazprom shipped 38 bcm in 2018, the company said on Monday.",
        {"hint": date(2019, 4, 3)},
        [(None, date(2019, 4, 3), True, "url", None)],
    ),
    (
        "address_gives_a_yearless_wire_its_year",
        "Gas deal signed\n\nMOSCOW, March 30 (TASS) -- Gazprom said it signed.",
        {"hint": date(2019, 4, 1)},
        [(date(2019, 3, 30), date(2019, 3, 30), False, "dateline", "MOSCOW, March 30 (")],
    ),
    (
        "printed_date_before_the_address",
        "Oil deal\n\nPublished 2 April 2020\n\nThe deal was signed.",
        {"hint": date(2021, 1, 5)},
        [(date(2020, 4, 2), date(2020, 4, 2), False, "dateline", "Published 2 April 2020")],
    ),
]


@pytest.mark.parametrize(
    ("name", "page", "options", "expected"), _REFERENCES, ids=[p[0] for p in _REFERENCES]
)
def test_reference_dates(
    name: str, page: str, options: dict[str, date | None], expected: list[Dated]
) -> None:
    found = [
        (a.published, a.reference_date, a.reference_inferred, a.reference_source, a.dateline)
        for a in split_articles(page, **options)
    ]  # type: ignore[arg-type]
    assert found == expected


def test_a_date_in_the_address_reaches_the_document() -> None:
    raw = RawDocument(
        "x",
        "Gas deal signed\n\nGazprom said on Monday it will ship more gas.",
        None,
        "https://news.example.org/2019/04/03/gas-deal",
    )
    article = build_document(raw).articles[0]
    assert (article.published, article.reference_date, article.reference_source) == (
        None,
        date(2019, 4, 3),
        "url",
    )


# Posts with neither headline nor dateline: comment or news?
_POSTS: list[tuple[str, str, bool]] = [
    ("first_person_opinion", "I think the pipeline is a great idea and my town will gain.", True),
    ("short_reaction", "Good news for both countries.", True),
    (
        "rant_without_reporting",
        (
            "This partnership will end the old order. For decades the West played one rival against another, "
            "and the rivals lost every time. Now the two largest land powers stand together, their economies "
            "complement each other, their leaders trust each other, and no sanction can break that. History "
            "moves east. The ports, the railways and the pipelines are being built right now, and the map of "
            "trade will look very different in ten years. Nobody in the old capitals seems to notice it yet."
        ),
        True,
    ),
    (
        "untitled_news_with_reporting",
        (
            "Backed by its partners, the bloc will grow faster than the rest of the world, the foreign "
            "minister told a news agency on Tuesday. He said the group's share of world output would keep "
            "rising and that members were ready to settle more trade in their own currencies. According to "
            "the minister, talks on a common payment system are under way. \u201cI believe the system will "
            "be ready within two years,\u201d he said, adding that central banks had agreed on the main "
            "principles. The ministry later confirmed the timetable in a statement."
        ),
        False,
    ),
    (
        "quoted_first_person_is_the_speaker",
        (
            "\u201cI am sure trade will grow,\u201d the ambassador said, noting new flights and visa rules."
        ),
        False,
    ),
]


@pytest.mark.parametrize(("name", "post", "is_comment"), _POSTS, ids=[p[0] for p in _POSTS])
def test_comment_or_news(name: str, post: str, is_comment: bool) -> None:
    page = f"Trade fair opens\n\nMay 2, 2019\n\nThe fair opened, organizers said.\n{NBSP}\n{post}\n"
    assert [a.is_comment for a in split_articles(page)] == [False, is_comment]


def _gold_articles() -> list[dict[str, object]]:
    rows = [
        json.loads(line)
        for line in (DATA / "seeds_gold.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [row for row in rows if row["kind"] == "article"]


@pytest.mark.parametrize(
    "row", _gold_articles(), ids=lambda row: f"{row['doc'][:3]}@{row['start']}"
)
def test_seed_article_has_its_gold_date(row: dict[str, object]) -> None:
    document = sinorus_facts.read(SEEDS / str(row["doc"]))
    article = document.article_at(int(row["start"]))  # type: ignore[call-overload]
    found = article.published.isoformat() if article and article.published else None
    title = article.title if article and article.title else ""
    assert (found, title.startswith(str(row["quote"]))) == (row["published"], True)


def test_read_shows_how_a_page_was_understood() -> None:
    document = sinorus_facts.read(_THREAD)
    assert [(a.title, a.is_comment) for a in document.articles] == [
        ("Harbin fair signs record deals", False),
        (None, True),
        ("Grain corridor opens to Chinese buyers", False),
        ("Ferry line to add two ships", False),
    ]


def test_claims_of_a_comment_are_marked(nlp: Language) -> None:
    claims = sinorus_facts.extract(_THREAD)
    assert [(c.evidence.quantity, c.in_comment) for c in claims] == [
        ("13.5 billion yuan", False),
        ("3 hours", True),
        ("500 rubles", True),
        ("30,000 tonnes", False),
        ("two ships", False),
        ("two ships", False),
    ]


_SINGLE_TEXTS = [
    ("one_short_sentence", "Exports rose 5 percent."),
    ("first_person_column", "I visited Harbin last week and my hotel was full of Russian traders."),
]


@pytest.mark.parametrize(("name", "text"), _SINGLE_TEXTS, ids=[t[0] for t in _SINGLE_TEXTS])
def test_a_text_alone_is_no_comment(name: str, text: str) -> None:
    assert [a.is_comment for a in split_articles(text)] == [False]
