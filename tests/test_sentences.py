"""Sentences of a page, split by rules (no model): each row a text and its sentences."""

from __future__ import annotations

import pytest

from sinorus_facts.ingest.sentences import split_sentences

_NEWS_WIRE: list[tuple[str, str, list[str]]] = [
    (
        "two_sentences",
        "Trade rose 5% this year. Exports fell.",
        ["Trade rose 5% this year.", "Exports fell."],
    ),
    (
        "country_abbreviation",
        "Sales in the U.S. rose. Prices held.",
        ["Sales in the U.S. rose.", "Prices held."],
    ),
    (
        "title_and_number_abbreviations",
        "Mr. Li said the No. 2 line cost $1.5 billion. It opened in Jan. 2018.",
        ["Mr. Li said the No. 2 line cost $1.5 billion.", "It opened in Jan. 2018."],
    ),
    (
        "initial_of_a_name",
        "J. Smith of Reuters said so. Others agreed.",
        ["J. Smith of Reuters said so.", "Others agreed."],
    ),
    (
        "closing_quote_ends_sentence",
        "“It is good,” he said. “We agree.”",
        ["“It is good,” he said.", "“We agree.”"],
    ),
    ("question_and_exclamation", "Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
    (
        "sentence_starting_with_a_figure",
        "Prices fell. 30 ships waited.",
        ["Prices fell.", "30 ships waited."],
    ),
    (
        "decimal_is_no_end",
        "Output hit 3.5 million tonnes in 2017.",
        ["Output hit 3.5 million tonnes in 2017."],
    ),
    (
        "lowercase_after_stop_is_no_end",
        "The rate is 5 p.c. or less now.",
        ["The rate is 5 p.c. or less now."],
    ),
]

_PAGE_LAYOUT: list[tuple[str, str, list[str]]] = [
    (
        "headline_then_body",
        "Gas deal signed\nGazprom will ship gas. Talks went on.",
        ["Gas deal signed", "Gazprom will ship gas.", "Talks went on."],
    ),
    ("blank_line_ends_a_paragraph", "First part\n\nSecond part", ["First part", "Second part"]),
    (
        "line_cut_after_a_function_word",
        "The deal covers gas sold to\nChina until 2040.",
        ["The deal covers gas sold to\nChina until 2040."],
    ),
    (
        "line_cut_before_lowercase",
        "The plant will process\nore from three mines.",
        ["The plant will process\nore from three mines."],
    ),
    (
        "long_line_cut_after_a_scale_word",
        "One interesting project is the new $1.5 billion\nBystrinsky plant.",
        ["One interesting project is the new $1.5 billion\nBystrinsky plant."],
    ),
    (
        "headline_ending_on_a_scale_word",
        "Trade hits $100 billion\nBEIJING -- Trade rose.",
        ["Trade hits $100 billion", "BEIJING -- Trade rose."],
    ),
    ("blanks_around_are_trimmed", "   Trade rose.   \n", ["Trade rose."]),
]


@pytest.mark.parametrize(("name", "text", "expected"), _NEWS_WIRE, ids=[r[0] for r in _NEWS_WIRE])
def test_news_wire(name: str, text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("name", "text", "expected"), _PAGE_LAYOUT, ids=[r[0] for r in _PAGE_LAYOUT]
)
def test_page_layout(name: str, text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text)] == expected


def test_paragraph_numbers() -> None:
    text = "One. Two.\n\nThree."
    assert [(text[s.start : s.end], s.paragraph) for s in split_sentences(text)] == [
        ("One.", 0),
        ("Two.", 0),
        ("Three.", 1),
    ]
