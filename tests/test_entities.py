"""Entities: what a claim is about, each under one name (the entities lexicon, then NER).

Rows are (id, text, expected entities in order of first mention).
"""

from __future__ import annotations

from typing import Any

import pytest

from sinorus_facts import extract
from sinorus_facts.claims.entities import entities_in, entities_of

Row = tuple[str, str, tuple[str, ...]]

# The lexicon alone: aliases, demonyms, capitals as states or as places.
_LEXICON: list[Row] = [
    (
        "aliases-to-one-name",
        "The PRC and the People's Republic of China are one; Chinese firms agree.",
        ("China",),
    ),
    (
        "company-names",
        "Gazprom, Gazprom Neft and China National Petroleum Corporation met.",
        ("Gazprom", "Gazprom Neft", "CNPC"),
    ),
    (
        "projects",
        "Power of Siberia 2 will follow Power of Siberia and the ESPO line.",
        ("Power of Siberia 2", "Power of Siberia", "ESPO"),
    ),
    ("capital-as-government", "Beijing and Moscow agreed to expand trade.", ("China", "Russia")),
    ("capital-as-place", "A forum held in Beijing drew flights to Moscow.", ("Beijing", "Moscow")),
    ("news-agency-ignored", "Xinhua reported that Rosneft sold oil.", ("Rosneft",)),
    ("case-matters", "The us and them of china policy.", ()),
    (
        "longest-first",
        "The Russian Direct Investment Fund and the Silk Road Fund invested.",
        ("RDIF", "Silk Road Fund"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _LEXICON], ids=[r[0] for r in _LEXICON]
)
def test_lexicon(text: str, expected: tuple[str, ...]) -> None:
    assert entities_in(text) == expected


def test_skipped_spans_are_left_out() -> None:
    text = "Chinese Ambassador Li Hui said Russia sold oil."
    assert entities_in(text, skip=[(0, 24)]) == ("Russia",)


# With the model: NER adds names the lexicon lacks, kept as written.
_WITH_NER: list[Row] = [
    (
        "ner-organisation",
        "Norilsk Nickel teamed up with CIS Natural Resources Fund.",
        ("Norilsk Nickel", "CIS Natural Resources Fund"),
    ),
    (
        "dateline-city-left-out",
        "MOSCOW, Jan. 14 (Xinhua) -- Rosneft shipped more oil to CNPC.",
        ("Rosneft", "CNPC"),
    ),
    ("ner-city", "VTB lent 1 billion yuan to a company in Harbin.", ("VTB", "Harbin")),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _WITH_NER], ids=[r[0] for r in _WITH_NER]
)
def test_with_ner(nlp: Any, text: str, expected: tuple[str, ...]) -> None:
    assert entities_of(nlp(text)) == expected


# Claims: the figure's unit and its source are not what it is about.
_CLAIMS: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "currency-is-no-entity",
        "Trade between China and Russia reached 108 billion U.S. dollars.",
        "108 billion",
        ("China", "Russia"),
    ),
    (
        "source-is-no-entity",
        "Chinese Ambassador Li Hui said Rosneft sold 5 million tonnes of oil to CNPC.",
        "5 million",
        ("Rosneft", "CNPC"),
    ),
    (
        "according-to-source",
        "Russia's exports to China rose 12 percent, according to the Federal Customs Service.",
        "12 percent",
        ("Russia", "China"),
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "expected"), [r[1:] for r in _CLAIMS], ids=[r[0] for r in _CLAIMS]
)
def test_claim_entities(nlp: Any, text: str, figure: str, expected: tuple[str, ...]) -> None:
    found = [
        c.entities for c in extract(text, published="2019-06-10") if figure in c.evidence.quantity
    ]
    assert found == [expected]
