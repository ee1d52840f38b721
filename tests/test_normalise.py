"""Invisible characters inside figures (zero-width spaces and joiners, soft hyphens, bidi
marks, a BOM inside the text) are removed before numbers are read, full-width digits are
read as digits (also in years, which then give periods), and every offset still indexes
the text as given."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from sinorus_facts import extract
from sinorus_facts.common.normalise import INVISIBLE, normalise

# (id, text, [(quantity as written, value, unit, period start or None)])
_PASTED = [
    (
        "zero_width_space_in_thousands",
        "Exports reached 1\u200b000 tonnes in May 2018.",
        [("1\u200b000 tonnes", 1000.0, "t", "2018-05-01")],
    ),
    (
        "soft_hyphen_in_a_number",
        "The deal is worth $10\u00ad0 billion.",
        [("$10\u00ad0 billion", 100000000000.0, "USD", None)],
    ),
    (
        "rtl_marks_around_a_percent",
        "Trade rose \u200f15\u200f%\u200f in 2018.",
        [("15\u200f%", 15.0, "%", "2018-01-01")],
    ),
    (
        "bidi_isolates_inside_a_figure",
        "Gas supplies reached 3\u20668\u2069 bcm in 2019.",
        [("3\u20668\u2069 bcm", 38000000000.0, "m3", "2019-01-01")],
    ),
    (
        "bom_inside_the_text",
        "Sales hit 2\ufeff500 cars in June 2017.",
        [("2\ufeff500 cars", 2500.0, "count", "2017-06-01")],
    ),
    (
        "word_joiner_and_zwj",
        "Output grew 3\u2060.\u200d5% in 2016.",
        [("3\u2060.\u200d5%", 3.5, "%", "2016-01-01")],
    ),
    (
        "full_width_year_is_a_period",
        "Trade rose 15% in ２０１８.",
        [("15%", 15.0, "%", "2018-01-01")],
    ),
    ("full_width_figure", "Exports rose ５％ in March 2015.", [("５％", 5.0, "%", "2015-03-01")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _PASTED], ids=[r[0] for r in _PASTED]
)
def test_invisible_characters_inside_figures(
    nlp: Language, text: str, expected: list[tuple[str, float, str, str | None]]
) -> None:
    claims = extract(text, published="2020-01-15")
    found = [
        (
            c.evidence.quantity,
            c.value,
            c.unit,
            c.period.start.isoformat() if c.period and c.period.start else None,
        )
        for c in claims
    ]
    spans = [text[c.evidence.quantity_start : c.evidence.quantity_end] for c in claims]
    sentences = [
        text[c.evidence.sentence_start : c.evidence.sentence_end] == c.evidence.sentence
        for c in claims
    ]
    assert (found, spans, sentences) == (
        expected,
        [q for q, *_ in expected],
        [True] * len(expected),
    )


def test_the_period_words_index_the_original_text(nlp: Language) -> None:
    text = "Imports fell\u200b 4% in \u200fMarch ２０１９\u200f, customs said."
    (claim,) = extract(text, published="2020-01-15")
    period = claim.period
    assert period is not None
    assert period.text_start is not None
    assert (period.text, text[period.text_start : period.text_end], period.start.isoformat()) == (
        "March ２０１９",
        "March ２０１９",
        "2019-03-01",
    )


# Invisible characters, and text to insert them into.
_INVISIBLES = st.sampled_from(
    [
        "\u200b",
        "\u200c",
        "\u200d",
        "\u00ad",
        "\u200e",
        "\u200f",
        "\u202a",
        "\u202c",
        "\u2066",
        "\u2069",
        "\u2060",
        "\ufeff",
        "\u061c",
    ]
)


@settings(max_examples=300, deadline=None, database=None)
@given(
    st.lists(
        st.one_of(st.characters(), _INVISIBLES, st.sampled_from(["１", "９", "％", "\u3000"])),
        max_size=60,
    )
)
def test_normalise_keeps_a_map_to_every_character(pieces: list[str]) -> None:
    text = "".join(pieces)
    clean, offsets = normalise(text)
    assert INVISIBLE.search(clean) is None
    assert len(text) - len(clean) == len(offsets.removed)
    for index, char in enumerate(clean):
        original = text[offsets.original(index)]
        assert original == char or normalise(original)[0] == char
        assert offsets.normalised(offsets.original(index)) == index
    assert offsets.original(len(clean)) == len(text)


# Sentences with figures written for this test: (template, figures as written).
_SENTENCES = [
    ("Exports of grain reached {} tonnes in 2018.", ["12,500"]),
    ("Trade rose {} to {} in the first half of 2019.", ["4.5%", "$107 billion"]),
    ("The pipeline will carry {} a year by 2025, Gazprom said.", ["38 bcm"]),
    ("Some {} tourists crossed the border in May, up {}.", ["310000", "12 percent"]),
]


@st.composite
def _pasted(draw: st.DrawFn) -> tuple[str, str]:
    """A sentence, and the same sentence with invisible characters inside its figures."""
    template, figures = draw(st.sampled_from(_SENTENCES))
    dirty = []
    for figure in figures:
        chars = list(figure)
        for _ in range(draw(st.integers(1, 3))):
            chars.insert(draw(st.integers(1, len(chars) - 1)), draw(_INVISIBLES))
        dirty.append("".join(chars))
    return template.format(*figures), template.format(*dirty)


@settings(
    max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(_pasted())
def test_invisible_characters_change_no_value_and_offsets_index_the_original(
    nlp: Language, pair: tuple[str, str]
) -> None:
    clean_text, text = pair
    clean = [
        (c.value, c.unit, c.bound, c.change, c.period)
        for c in extract(clean_text, published="2020-01-15")
    ]
    claims = extract(text, published="2020-01-15")
    dirty = [
        (
            c.value,
            c.unit,
            c.bound,
            c.change,
            c.period.model_copy(update={"text_start": None, "text_end": None})
            if c.period
            else None,
        )
        for c in claims
    ]
    clean = [
        (v, u, b, ch, p.model_copy(update={"text_start": None, "text_end": None}) if p else None)
        for v, u, b, ch, p in clean
    ]
    assert dirty == clean
    assert [text[c.evidence.quantity_start : c.evidence.quantity_end] for c in claims] == [
        c.evidence.quantity for c in claims
    ]
    assert all(normalise(c.evidence.quantity)[0] in clean_text for c in claims)


# (id, text, [(quantity as written, value, unit)]) for the quantity layer alone
_QUANTITIES = [
    ("zero_width_space", "Exports hit 1\u200b000 tonnes.", [("1\u200b000 tonnes", 1000.0, "t")]),
    ("rtl_marks", "Up \u200f15\u200f%\u200f on the year.", [("15\u200f%", 15.0, "%")]),
    (
        "soft_hyphen_in_a_count",
        "It has 13\u00ad000 workers.",
        [("13\u00ad000 workers", 13000.0, "person")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _QUANTITIES], ids=[r[0] for r in _QUANTITIES]
)
def test_quantities_of_reads_through_invisible_characters(
    nlp: Language, text: str, expected: list[tuple[str, float, str]]
) -> None:
    from sinorus_facts import quantities_of

    found = quantities_of(text)
    assert (
        [(q.text, float(q.value), q.unit) for q in found],
        [text[q.start : q.end] for q in found],
    ) == (expected, [q for q, _, _ in expected])
