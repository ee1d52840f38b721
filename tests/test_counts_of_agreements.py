"""A count of agreements or documents signed is politics in every language, whatever the
agreements are about ("signed 14 agreements on energy", "签署了三份能源领域合作文件",
"подписали 12 соглашений в сфере энергетики"); a count of other things keeps its topic.
Each row: a text of our own, then (figure as written, unit, category) of each claim."""

from __future__ import annotations

import pytest

import sinorus_facts as sf

ROWS = [
    (
        "zh-documents-on-energy",
        "两国企业签署了三份能源领域重要合作文件。",
        [("三份", "count", "politics")],
    ),
    (
        "zh-agreements",
        "双方在论坛期间签署12项协议。",
        [("12项", "count", "politics")],
    ),
    (
        "ru-agreements-on-energy",
        "Стороны подписали 12 соглашений в сфере энергетики.",
        [("12 соглашений", "count", "politics")],
    ),
    (
        "en-agreements-on-energy",
        "The sides signed 14 agreements on energy and grain.",
        [("14 agreements", "count", "politics")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_a_count_of_agreements_is_politics(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [
        (c.evidence.quantity, c.unit, c.category) for c in sf.extract(text, published="2024-05-20")
    ]
    assert got == expected
