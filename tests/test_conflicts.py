"""Repeats are one fact with several sources; different figures for one measure and period conflict."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from sinorus_facts.analysis.conflicts import (
    conflict_rows,
    conflicts,
    conflicts_frame,
    facts,
    facts_frame,
)
from sinorus_facts.analysis.measures import measure_terms
from sinorus_facts.models import Claim
from tests.claim_factory import make_claim

_SEED_PAGE = "002_f90369ab53388314.txt"

Doc = tuple[str, str, str | None]  # (doc_id, text, published)


def _extract(docs: list[Doc]) -> list[Claim]:
    import sinorus_facts

    return [
        c
        for doc_id, text, published in docs
        for c in sinorus_facts.extract(text, doc_id=doc_id, published=published)
    ]


_CUSTOMS: Doc = (
    "customs",
    (
        "BEIJING, Jan 14 (Xinhua) -- Trade between China and Russia reached 107 billion U.S. "
        "dollars in 2019, according to the customs administration."
    ),
    "2020-01-14",
)
_MINISTRY: Doc = (
    "ministry",
    (
        "MOSCOW, Feb 3 -- Russian-Chinese trade turnover totalled $110bn in 2019, the Russian "
        "economy ministry said on Monday."
    ),
    "2020-02-03",
)
_PRECISE: Doc = (
    "precise",
    "China-Russia trade came to $107.06bn in 2019, customs data showed.",
    "2020-03-01",
)
_OVER: Doc = (
    "over",
    "Bilateral trade topped $100bn in 2019, a record, officials said.",
    "2020-01-20",
)
_HEADLINE: Doc = (
    "headline",
    (
        "Russia-China trade hits record $107bn\n\nJanuary 15, 2020\n\nTrade between Russia and "
        "China hit a record $107bn last year, customs data showed."
    ),
    None,
)

# (id, documents, conflicts as [(measure terms, period start, [(figure, its documents)])])
_CONFLICTS: list[tuple[str, list[Doc], list[tuple[str, str, list[tuple[float, list[str]]]]]]] = [
    (
        "107bn-vs-110bn",
        [_CUSTOMS, _MINISTRY],
        [("trade", "2019-01-01", [(107e9, ["customs"]), (110e9, ["ministry"])])],
    ),
    (
        "repeats-merged-before-comparing",
        [_CUSTOMS, _HEADLINE, _MINISTRY],
        [
            (
                "trade",
                "2019-01-01",
                [(107e9, ["customs", "headline", "headline"]), (110e9, ["ministry"])],
            )
        ],
    ),
    (
        "agreeing-figures-are-kept-beside-the-conflict",
        [_PRECISE, _OVER, _MINISTRY, _CUSTOMS],
        [
            (
                "trade",
                "2019-01-01",
                [
                    (107.06e9, ["precise"]),
                    (100e9, ["over"]),
                    (110e9, ["ministry"]),
                    (107e9, ["customs"]),
                ],
            )
        ],
    ),
    (
        "forecasts-that-disagree",
        [
            (
                "a",
                "Trade between Russia and China is expected to reach $200bn in 2024, the minister said.",
                "2021-05-01",
            ),
            (
                "b",
                "Russia-China trade is forecast to reach $250bn in 2024, analysts at the bank said.",
                "2021-06-01",
            ),
        ],
        [("trade", "2024-01-01", [(200e9, ["a"]), (250e9, ["b"])])],
    ),
]


@pytest.mark.parametrize(
    ("docs", "expected"), [c[1:] for c in _CONFLICTS], ids=[c[0] for c in _CONFLICTS]
)
def test_conflicts_flagged_with_every_source(nlp: Language, docs: list[Doc], expected: Any) -> None:
    found = conflicts(_extract(docs))
    assert [
        (
            c.measure,
            c.period.start.isoformat() if c.period.start else None,
            [(f.value, [s.doc_id for s in f.sources]) for f in c.facts],
        )
        for c in found
    ] == expected


# Figures that must not be flagged: they agree, or they are not of the same measure, period or modality.
_AGREEMENTS: list[tuple[str, list[Doc]]] = [
    ("same-figure-to-its-precision", [_CUSTOMS, _PRECISE]),
    ("a-bound-that-holds", [_CUSTOMS, _OVER]),
    (
        "different-years",
        [
            _CUSTOMS,
            ("later", "Trade between China and Russia reached $147bn in 2021.", "2022-01-14"),
        ],
    ),
    (
        "forecast-against-outcome",
        [
            _CUSTOMS,
            (
                "early",
                "Trade between Russia and China is expected to reach $112bn in 2019, an analyst said.",
                "2019-06-01",
            ),
        ],
    ),
    (
        "different-measures",
        [_CUSTOMS, ("oil", "Russian oil exports to China were worth $34bn in 2019.", "2020-02-10")],
    ),
    (
        "about-allows-some-room",
        [
            _CUSTOMS,
            ("about", "Trade between China and Russia was about $110bn in 2019.", "2020-01-30"),
        ],
    ),
    (
        "a-figure-without-a-period",
        [
            _CUSTOMS,
            (
                "undated",
                "Trade between Russia and China reached $110bn, the ministry said.",
                "2020-02-03",
            ),
        ],
    ),
]


@pytest.mark.parametrize("docs", [a[1] for a in _AGREEMENTS], ids=[a[0] for a in _AGREEMENTS])
def test_no_conflict(nlp: Language, docs: list[Doc]) -> None:
    assert conflicts(_extract(docs)) == []


# (id, documents, the facts with more than one source as [(figure, [(document, place)])])
_REPEATS: list[tuple[str, list[Doc], list[tuple[float, list[tuple[str, str]]]]]] = [
    ("headline-and-body", [_HEADLINE], [(107e9, [("headline", "headline"), ("headline", "body")])]),
    (
        "another-article",
        [_CUSTOMS, _PRECISE, _HEADLINE],
        [(107e9, [("customs", "body"), ("headline", "headline"), ("headline", "body")])],
    ),
    (
        "the-same-wire-twice",
        [_MINISTRY, ("copy", _MINISTRY[1], _MINISTRY[2])],
        [(110e9, [("ministry", "body"), ("copy", "body")])],
    ),
]


@pytest.mark.parametrize(
    ("docs", "expected"), [r[1:] for r in _REPEATS], ids=[r[0] for r in _REPEATS]
)
def test_repeats_are_one_fact(nlp: Language, docs: list[Doc], expected: Any) -> None:
    found = [f for f in facts(_extract(docs)) if len(f.claims) > 1]
    assert [(f.value, [(s.doc_id, s.place) for s in f.sources]) for f in found] == expected


def test_seed_page_tourism_figure_in_headline_and_body_is_one_fact(seed_claims) -> None:
    found = [f for f in facts(seed_claims[_SEED_PAGE]) if len(f.claims) > 1]
    assert [
        (f.value, f.unit, f.category, [(s.place, s.quantity) for s in f.sources]) for f in found
    ] == [
        (
            1500000.0,
            "person",
            "tourism",
            [("headline", "1.5 million visitors"), ("body", "1.5 million")],
        )
    ]


def test_seed_page_printed_twice_gives_each_fact_both_sources(seed_claims) -> None:
    page = seed_claims[_SEED_PAGE]
    copy = [c.model_copy(update={"doc_id": "reprint.txt", "id": c.id + "-reprint"}) for c in page]
    single, double = facts(page), facts(page + copy)
    assert (
        [len(f.claims) * 2 for f in single],
        {tuple(sorted({s.doc_id for s in f.sources})) for f in double},
    ) == ([len(f.claims) for f in double], {("002_f90369ab53388314.txt", "reprint.txt")})


def test_seeds_have_no_conflicts(seed_claims) -> None:
    assert conflicts([c for claims in seed_claims.values() for c in claims]) == []


_TERMS_TEXT = (
    "MOSCOW, May 4 -- Russia's oil exports to China rose to 77 mln t of crude in 2019, "
    "while bilateral trade turnover hit $107bn, Li Hui said."
)

# (id, claim fields, terms)
_TERMS: list[tuple[str, dict[str, Any], list[str]]] = [
    (
        "names-and-possessives-dropped",
        {"measure": "Russia's oil exports to China"},
        ["crude", "export", "oil"],
    ),
    (
        "generic-words-and-synonyms",
        {"measure": "bilateral trade turnover", "quantity": "$107bn"},
        ["trade"],
    ),
    (
        "dateline-city-in-capitals-is-a-name",
        {"measure": "MOSCOW", "quantity": "$107bn", "category": "trade"},
        ["trade"],
    ),
    (
        "the-speaker-is-not-the-measure",
        {"measure": "Li", "attribution": "Li Hui", "quantity": "$107bn", "category": "energy"},
        [],
    ),
    ("counted-noun", {"measure": None, "counted": "tourists", "quantity": "$107bn"}, ["tourist"]),
    ("what-the-figure-is-of", {"measure": None, "quantity": "77 mln t"}, ["crude"]),
]


@pytest.mark.parametrize(
    ("fields", "expected"), [t[1:] for t in _TERMS], ids=[t[0] for t in _TERMS]
)
def test_measure_terms(fields: dict[str, Any], expected: list[str]) -> None:
    values = dict(fields)
    quantity = values.pop("quantity", "77 mln t")
    assert sorted(measure_terms(make_claim(_TERMS_TEXT, quantity, **values))) == expected


_A = "Trade between Russia and China reached $107bn in 2019."
_B = "Trade between Russia and China reached $110bn in 2019."


def _hand_made() -> list[Claim]:
    when = ("2019-01-01", "2019-12-31", "in 2019")
    return [
        make_claim(
            _A,
            "$107bn",
            doc_id="a",
            value=107e9,
            unit="USD",
            category="trade",
            measure="Trade",
            period=when,
            attribution="customs",
        ),
        make_claim(
            _B,
            "$110bn",
            doc_id="b",
            value=110e9,
            unit="USD",
            category="trade",
            measure="Trade",
            period=when,
        ),
    ]


def test_conflict_rows() -> None:
    assert conflict_rows(conflicts(_hand_made())) == [
        {
            "conflict": 1,
            "measure_terms": "trade",
            "value": 107e9,
            "high": None,
            "unit": "USD",
            "bound": "=",
            "change": None,
            "category": "trade",
            "modality": "actual",
            "measure": "Trade",
            "period_start": "2019-01-01",
            "period_end": "2019-12-31",
            "n_sources": 1,
            "sources": "a · body · per customs",
            "claim_ids": "c-a-39",
        },
        {
            "conflict": 1,
            "measure_terms": "trade",
            "value": 110e9,
            "high": None,
            "unit": "USD",
            "bound": "=",
            "change": None,
            "category": "trade",
            "modality": "actual",
            "measure": "Trade",
            "period_start": "2019-01-01",
            "period_end": "2019-12-31",
            "n_sources": 1,
            "sources": "b · body",
            "claim_ids": "c-b-39",
        },
    ]


def test_frames_have_their_columns_when_empty() -> None:
    assert (
        list(conflicts_frame([]).columns),
        len(facts_frame(facts(_hand_made()), repeated_only=True)),
    ) == (
        [
            "conflict",
            "measure_terms",
            "value",
            "high",
            "unit",
            "bound",
            "change",
            "category",
            "modality",
            "measure",
            "period_start",
            "period_end",
            "n_sources",
            "sources",
            "claim_ids",
        ],
        0,
    )
