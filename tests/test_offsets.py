"""Provenance: offsets index the text exactly as read, whatever its spaces, quotes and
line ends, so ``text[quantity_start:quantity_end] == quantity`` always holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import sinorus_facts

# (id, text, the figures expected as written)
_TEXTS = [
    (
        "no_break_spaces",
        "Exports rose by\u00a015\u00a0percent to\u00a0$2.4\u00a0billion last year.",
        ["15\u00a0percent", "$2.4\u00a0billion"],
    ),
    (
        "curly_quotes",
        "“Trade will surpass $200 billion,” the minister said, ‘as planned’ at 30 bcm a year.",
        ["surpass $200 billion", "30 bcm a year"],
    ),
    (
        "windows_line_ends",
        "Gas deal signed\r\n\r\nGazprom will ship 38 bcm a year.\r\nThe price is $250 per tonne.\r\n",
        ["38 bcm a year", "$250 per tonne"],
    ),
    (
        "byte_order_mark",
        "\ufeffChina bought 5.4 thousand tonnes of flour.",
        ["5.4 thousand tonnes"],
    ),
    (
        "emoji_and_accents",
        "🚢 Café owners in Harbin saw 1,200 Russian visitors in May.",
        ["1,200 Russian visitors"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in _TEXTS], ids=[i for i, _, _ in _TEXTS]
)
def test_quantity_offsets_index_the_given_text(
    nlp: Language, text: str, expected: list[str]
) -> None:
    claims = sinorus_facts.extract(text, published="2018-06-01")
    found = [
        (text[c.evidence.quantity_start : c.evidence.quantity_end], c.evidence.quantity)
        for c in claims
    ]
    assert found == [(q, q) for q in expected]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in _TEXTS], ids=[i for i, _, _ in _TEXTS]
)
def test_sentence_offsets_index_the_given_text(
    nlp: Language, text: str, expected: list[str]
) -> None:
    claims = sinorus_facts.extract(text, published="2018-06-01")
    spans = [
        text[c.evidence.sentence_start : c.evidence.sentence_end] == c.evidence.sentence
        for c in claims
    ]
    assert spans == [True] * len(expected)


def test_file_offsets_index_the_text_python_reads(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(
        "Title line\r\n\r\nTrade rose 15\u00a0percent.\r\nIt reached $107bn.\r\n".encode()
    )
    text = path.read_text(encoding="utf-8")
    claims = sinorus_facts.extract_file(path)
    assert [text[c.evidence.quantity_start : c.evidence.quantity_end] for c in claims] == [
        "15\u00a0percent",
        "$107bn",
    ]
