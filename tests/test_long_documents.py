"""Long documents in linear time and bounded memory (issue 28): the document stage's lookups
in the text come from one indexed scan per pattern (``common/scans.py``) and give
``finditer``'s matches; a document longer than ``PART_CHARACTERS`` is read in parts whose
claims are handed on as each is read, the same claims as read whole where the parts are
whole articles; the per-Doc memos of the sentence stage are let go."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from sinorus_facts.common import scans
from sinorus_facts.common.extensions import _MEMOS
from sinorus_facts.common.scans import indexed, scan, scan_back
from sinorus_facts.context.sources.speakers import NAME
from sinorus_facts.ingest.reading import RawDocument
from sinorus_facts.models import DocumentResult
from sinorus_facts.periods.articles import build_document
from sinorus_facts.periods.expressions import find_timexes
from sinorus_facts.periods.page import Page
from sinorus_facts.pipeline import runner
from sinorus_facts.pipeline.runner import Job, run

# Patterns of the kinds the document stage scans with: names, quotation marks, a speech
# verb after a description, a lexicon's names, a literal name.
PATTERNS = {
    "name": re.compile(NAME),
    "quote marks": re.compile('[“«”»"]'),
    "described speaker": re.compile(r"\bthe\s+\w+\s+said\b"),
    "organisations": re.compile(r"(?<![\w-])(?:Gazprom|Gazprom Neft)(?![\w-])"),
    "literal": re.compile("Zhang"),
}
WORDS = (
    "Li", "Zhang", "Hanhui", "said", "the", "ministry", "of", "Energy.", "Gazprom", "Neft",
    "“", "”", '"', "trade", "rose", "for", "The", "Ministry", ",", "\n\n", "5%",
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=20, max_size=600),
    queries=st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), min_size=1, max_size=40),
    name=st.sampled_from(sorted(PATTERNS)),
)
def test_indexed_scans_give_the_matches_of_finditer(
    words: list[str], queries: list[tuple[float, float]], name: str
) -> None:
    pattern, text = PATTERNS[name], " ".join(words)
    wanted, found = [], []
    margin, kept, batch = scans.SCAN_MARGIN, scans.KEPT_BEHIND, scans.PRUNE_BATCH
    scans.SCAN_MARGIN, scans.KEPT_BEHIND, scans.PRUNE_BATCH = 40, 600, 4  # small: every path
    try:
        with indexed(text):
            for a, b in queries:
                start, end = sorted((int(a * len(text)), int(b * len(text))))
                spans = [m.span() for m in pattern.finditer(text, start, end)]
                wanted.append((spans, spans[::-1]))
                found.append(
                    (
                        [m.span() for m in scan(pattern, text, start, end)],
                        [m.span() for m in scan_back(pattern, text, start, end)],
                    )
                )
    finally:
        scans.SCAN_MARGIN, scans.KEPT_BEHIND, scans.PRUNE_BATCH = margin, kept, batch
    assert found == wanted


# (text, sentence index, the span of its paragraph's run of sentences)
PARAGRAPHS = [
    ("one sentence", "Trade rose 5%.", 0, (0, 14)),
    ("second of two", "Trade rose 5%. Exports fell.", 1, (0, 28)),
    ("next paragraph", "Trade rose 5%.\n\nExports fell. Imports grew.", 2, (16, 43)),
]


@pytest.mark.parametrize(
    ("text", "index", "expected"), [p[1:] for p in PARAGRAPHS], ids=[p[0] for p in PARAGRAPHS]
)
def test_paragraph_spans_are_found_once(text: str, index: int, expected: tuple[int, int]) -> None:
    assert Page(build_document(RawDocument("x", text))).paragraph_span(index) == expected


# (sentence, its time expressions): overlapping candidates, the longest taken
TIMES = [
    ("since", "Output rose 5% since January 2016.", ["since January 2016"]),
    ("two apart", "Trade grew 9% in 2017 and 4% in 2018.", ["in 2017", "in 2018"]),
    ("range", "Sales rose from January through April.", ["from January through April"]),
]


@pytest.mark.parametrize(("text", "expected"), [t[1:] for t in TIMES], ids=[t[0] for t in TIMES])
def test_time_expressions_that_overlap_one_taken(text: str, expected: list[str]) -> None:
    assert [t.text for t in find_timexes(text)] == expected


# Articles of a page, each with a headline, a dated lead and figures credited to a source.
ARTICLES = [
    (
        "Coal exports climb\n\nMOSCOW, May 4 -- Russian coal exports to China rose 12% to "
        "8.1 million tonnes in April, the customs service said. Coking coal accounted for "
        "2.3 million tonnes. The Ministry of Energy said output would reach 40 million "
        "tonnes next year."
    ),
    (
        "Grain trade grows\n\nBEIJING, June 9 -- Wheat imports from Russia doubled to "
        "310,000 tonnes from January to May, the General Administration of Customs (GAC) "
        "reported. Barley imports fell 4% to 120,000 tonnes, the GAC said."
    ),
    (
        "Rail freight\n\nKHABAROVSK, July 2 -- The border crossing handled 1,240 trains in "
        "June, up 7.5% from a year earlier. \u201cWe expect 15,000 trains this year,\u201d "
        "said Ivan Petrov, head of the railway's freight office."
    ),
]


def _page(repeats: int) -> str:
    return "\n\n".join(ARTICLES[i % len(ARTICLES)] for i in range(repeats))


def _claims(results: list[DocumentResult]) -> list[tuple[float, str | None, str | None, str]]:
    return [
        (c.value, c.period.text if c.period else None, c.attribution, c.id)
        for r in results
        for c in r.claims
    ]


def test_a_page_read_in_parts_gives_the_claims_read_whole(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    job = Job("page", raw=RawDocument("page", _page(12), published=None))
    whole = list(run(nlp, [job]))
    monkeypatch.setattr(runner, "PART_CHARACTERS", 600)
    merged = list(run(nlp, [job]))
    streamed = list(run(nlp, [job], parts=True))
    assert (
        _claims(merged),
        _claims(streamed),
        [r.more for r in streamed][-1],
        len(streamed) > 3,
        all(r.more for r in streamed[:-1]),
    ) == (_claims(whole), _claims(whole), False, True, True)


def test_a_long_article_read_in_blocks_gives_the_claims_read_whole(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        f"Exports of timber through Suifenhe rose {i % 30 + 1}% to {i + 100},500 tonnes "
        f"in May, Russian Railways said."
        for i in range(60)
    ]
    job = Job("bulletins", raw=RawDocument("bulletins", "\n".join(lines), published=None))
    whole = list(run(nlp, [job]))
    monkeypatch.setattr(runner, "PART_CHARACTERS", 1_500)
    monkeypatch.setattr(runner, "BLOCK_CONTEXT", 300)
    streamed = list(run(nlp, [job], parts=True))
    assert (_claims(streamed), len(streamed) > 3) == (_claims(whole), True)


# (page, the parts it is read in): whole articles where they fit, else blocks of
# paragraphs read after the paragraphs of the block before within BLOCK_CONTEXT
PLANS = [
    ("short: whole", "Trade rose 5%.\n\nExports fell 2%.", 1_000, 100, [(0, 0, 2)]),
    (
        "paragraph blocks",
        "\n\n".join(f"Line {i} rose {i}% to {i} tonnes in May." for i in range(6)),
        80,
        40,
        [(0, 0, 2), (1, 2, 4), (3, 4, 6)],
    ),
]


@pytest.mark.parametrize(
    ("text", "size", "context", "expected"), [p[1:] for p in PLANS], ids=[p[0] for p in PLANS]
)
def test_the_parts_a_document_is_read_in(
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    size: int,
    context: int,
    expected: list[tuple[int, int, int]],
) -> None:
    monkeypatch.setattr(runner, "PART_CHARACTERS", size)
    monkeypatch.setattr(runner, "BLOCK_CONTEXT", context)
    assert runner._plan(build_document(RawDocument("x", text))) == expected


def test_the_sentence_stage_lets_its_memos_go(nlp: Language) -> None:
    doc = nlp("The ministry said exports rose 5% to $3 billion, Interfax reported.")
    assert (bool(doc._.sf_claims), doc in _MEMOS) == (True, False)
