"""The ledger: every number of a document ends as a claim or as a rejected number with its
reason (``DocumentResult.rejected``, ``sinorus-facts extract --rejected FILE``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language

from sinorus_facts import extract_many
from sinorus_facts.context.ledger import number_spans

# Sentences of our own, each with the numbers that are no claim and why.
_REJECTED = [
    ("year", "Exports to the region rose 12% in 2019.", [("2019", "year")]),
    ("date", "The talks opened on March 14 and trade rose 5%.", [("14", "date")]),
    ("ordinal", "It was the 3rd forum, and sales rose 8%.", [("3", "ordinal")]),
    ("bare number", "He said 40 and left.", [("40", "bare_number")]),
    ("one of", "One of the largest ports handled 5 million tonnes.", [("One", "bare_number")]),
    ("time frame", "Over the past five years, imports rose 30%.", [("five", "frame_of_time")]),
    ("name", "The G-20 summit saw trade up 4%.", [("20", "name")]),
    ("all claims", "Imports rose 9.6% to 83.4 million tonnes.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _REJECTED], ids=[r[0] for r in _REJECTED]
)
def test_a_number_that_is_no_claim_is_in_the_ledger_with_its_reason(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    result = next(iter(extract_many([{"id": "d", "text": text, "published": "2020-01-10"}])))
    assert [(r.text, r.reason) for r in result.rejected] == expected


_SPANS = [
    ("digits", "Sales reached 1,500 tonnes and 3.5 billion roubles.", ["1,500", "3.5 billion"]),
    (
        "words",
        "twenty-five ships and three hundred and five sailors",
        ["twenty-five", "three hundred and five"],
    ),
    ("multiplier", "Trade doubled and then rose twofold.", ["doubled", "twofold"]),
    ("vague", "hundreds of thousands of visitors", ["hundreds of thousands"]),
    ("decade", "for more than a decade", ["a decade"]),
    ("decades", "for decades, over 20 years", ["decades", "20"]),
    (
        "one unit of time",
        "Talks took over a year; a year earlier, about a month.",
        ["a year", "a month"],
    ),
    ("none", "No figure at all here.", []),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in _SPANS], ids=[r[0] for r in _SPANS])
def test_the_numbers_of_a_text(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in number_spans(text)] == expected


_PAGE = (
    "Trade hits record\n\nMOSCOW, March 3 (Reuters) - Trade between the two countries rose 26% "
    "to $240 billion in 2023, customs data showed. The 2nd largest partner sent 12 ships.\nSubscribe for 5 dollars"
)


def test_claims_and_the_ledger_account_for_every_number(nlp: Language) -> None:
    result = next(iter(extract_many([{"id": "p", "text": _PAGE}])))
    spans = [(c.evidence.quantity_start, c.evidence.quantity_end) for c in result.claims]
    spans += [(r.start, r.end) for r in result.rejected]
    unaccounted = [
        _PAGE[s:e] for s, e in number_spans(_PAGE) if not any(a < e and s < b for a, b in spans)
    ]
    texts = [_PAGE[r.start : r.end] == r.text for r in result.rejected]
    assert (
        unaccounted,
        all(texts),
        {r.reason for r in result.rejected} >= {"year", "dateline"},
    ) == (
        [],
        True,
        True,
    )


def test_the_cli_writes_the_ledger(nlp: Language, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(
        "In 2019, the firm sold 40,000 tonnes of coal to one buyer.", encoding="utf-8"
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "sinorus_facts",
            "extract",
            str(source),
            "-o",
            str(tmp_path / "c.jsonl"),
            "--rejected",
            str(tmp_path / "r.jsonl"),
            "--quiet",
        ],
        check=True,
    )
    rows = [
        json.loads(line) for line in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert [(r["record"], r["doc_id"], r["text"], r["reason"]) for r in rows] == [
        ("rejected", "a.txt", "2019", "year"),
        ("rejected", "a.txt", "one", "bare_number"),
    ]
