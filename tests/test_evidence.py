"""Every field shows its evidence: the words of the text that decided it, with offsets into
the document as read and the rule that read them (``Claim.evidence.fields``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sinorus_facts import extract

# Sentences of our own: (field, words, rule) of the evidence of one claim (by its figure).
_FIELDS = [
    (
        "unit, measure, period, source in one sentence",
        "Rosneft said oil exports reached 12 million tonnes in 2021.",
        "12 million tonnes",
        [
            ("unit", "tonnes", "units.t"),
            ("measure", "oil exports", "measure.parse"),
            ("period", "in 2021", "periods.sentence"),
            ("attribution", "Rosneft", "sources.sentence"),
        ],
    ),
    (
        "a count's noun is its unit",
        "The port handled 45 ships in March.",
        "45 ships",
        [
            ("unit", "ships", "units.count"),
            ("measure", "ships", "measure.parse"),
            ("period", "in March", "periods.sentence"),
        ],
    ),
    (
        "a period and a source from the article",
        "Trade rose 20% to $150 billion in January-October, customs data showed. Exports grew 18% to $80 billion.",
        "$80 billion",
        [
            ("unit", "$", "units.USD"),
            ("measure", "Exports", "measure.parse"),
            ("period", "January-October", "periods.article"),
            ("attribution", "customs", "sources.article"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "figure", "expected"), [r[1:] for r in _FIELDS], ids=[r[0] for r in _FIELDS]
)
def test_a_claims_field_evidence(
    nlp: Language, text: str, figure: str, expected: list[tuple[str, str, str]]
) -> None:
    claim = next(c for c in extract(text, published="2022-02-01") if c.evidence.quantity == figure)
    assert [(f.field, f.text, f.rule) for f in claim.evidence.fields] == expected


_TEXTS = [
    (
        "BEIJING, Nov 7 (Xinhua) -- China's imports of Russian coal rose by more than 30% to about 90 million "
        "tonnes in the first ten months, the customs administration said on Tuesday."
    ),
    "Exports doubled from 4 billion cubic metres to 8 billion cubic metres, Gazprom reported.\u200b",
]


@pytest.mark.parametrize("text", _TEXTS, ids=["wire", "with an invisible character"])
def test_every_field_evidence_quotes_the_text(nlp: Language, text: str) -> None:
    claims = extract(text, published="2023-11-08")
    entries = [f for c in claims for f in c.evidence.fields]
    assert ([text[f.start : f.end] == f.text for f in entries], len(entries) > 3) == (
        [True] * len(entries),
        True,
    )
