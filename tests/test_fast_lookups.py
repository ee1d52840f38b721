"""Shortcuts that must not change what is found: a trie for a set of words matches as the
plain alternation of the words, longest first; a pattern's gate (``needs`` in the periods
lexicon) never keeps a text from a time expression the pattern would find in it."""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sinorus_facts.common.alternation import words_alternation
from sinorus_facts.context.ledger import number_spans
from sinorus_facts.lexicons.cues import context_cues
from sinorus_facts.periods.expressions import Timex, find_timexes
from sinorus_facts.periods.patterns import Gate, compiled_patterns
from sinorus_facts.quantities.finder import find_quantities
from sinorus_facts.quantities.mention import QuantityMention

WORDS = st.lists(st.text(alphabet="abc.-", min_size=1, max_size=4), min_size=1, max_size=8)


@given(words=WORDS, text=st.text(alphabet="abc.- ", max_size=30))
@settings(max_examples=300, deadline=None)
def test_a_trie_matches_as_the_words_longest_first(words: list[str], text: str) -> None:
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    trie = re.compile(words_alternation(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Trade doubled to $1,500 million.", ["doubled", "1,500 million"]),
        ("Three hundred and five firms took part.", ["Three hundred and five"]),
        ("Hundreds of thousands of tourists came.", ["Hundreds of thousands"]),
        ("A tenth of the grain, ten tonnes, went north.", ["tenth", "ten"]),
        ("Output rose twofold in two years.", ["twofold", "two"]),
    ],
)
def test_the_ledger_reads_numbers_written_in_words(text: str, numbers: list[str]) -> None:
    assert [text[s:e] for s, e in number_spans(text)] == numbers


# News-style sentences with a time expression of each kind the lexicon reads.
TIMES = [
    "Exports rose 9% in 2017 and 12% in fiscal 2018.",
    "The drills ran from June 20 to 25, 2019, off Vladivostok.",
    "Trade reached $31.2 billion from January through April.",
    "Imports fell on 2019-06-03 and again on Monday.",
    "Shipments in the 2018/19 marketing year topped 1 million tonnes.",
    "Grain sales this marketing year are the highest since 2009.",
    "Output fell in the first nine months of this year.",
    "The pipeline will deliver gas by the end of 2025.",
    "Sales have doubled over the past three years, the company said yesterday.",
    "Revenue so far this year is up 5 percent, it said this morning.",
    "Investment grew over the course of the year and is now at a record.",
    "Prices rose last month and are expected to fall next quarter.",
    "In the 1990s, trade was a tenth of what it is today.",
    "Deliveries in winter 2023/24 fell; by March they recovered.",
    "Talks resumed in mid-July after a pause in early June.",
    "The season's catch two years ago was 500 tonnes, up year-to-date.",
    "Tourists came in May's first week and again on Friday's holiday.",
]


def _candidates_without_gates(text: str) -> list[tuple[int, int, str]]:
    found = []
    for label, pattern, _ in compiled_patterns():
        found.extend((m.start(), m.end(), label) for m in pattern.finditer(text))
    return sorted(found)


def _candidates_with_gates(text: str) -> list[tuple[int, int, str]]:
    found = []
    lowered = text.lower()
    for label, pattern, gate in compiled_patterns():
        if gate is None or gate.admits(text, lowered):
            found.extend((m.start(), m.end(), label) for m in pattern.finditer(text))
    return sorted(found)


@pytest.mark.parametrize("text", TIMES)
def test_a_gate_keeps_every_time_expression(text: str) -> None:
    found = _candidates_with_gates(text)
    assert found  # the sentence holds a time expression
    assert found == _candidates_without_gates(text)


@pytest.mark.parametrize("text", [t.upper() for t in TIMES] + [t.lower() for t in TIMES])
def test_a_gate_keeps_every_time_expression_in_either_case(text: str) -> None:
    assert _candidates_with_gates(text) == _candidates_without_gates(text)


# Words of time expressions, to mix at random.
TIME_TEXT = (
    "in the first nine months of 2019 since by 2025 June 20 to 25 on Monday so far this "
    "year today past three years ago marketing 2018/19 MY crop early mid-July course "
    "year-to-date winter tonight yesterday FY 1990s , . -"
)
TIME_WORDS = tuple(TIME_TEXT.split())


@given(text=st.lists(st.sampled_from(TIME_WORDS), max_size=14).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_a_gate_keeps_every_time_expression_of_any_mix_of_time_words(text: str) -> None:
    assert _candidates_with_gates(text) == _candidates_without_gates(text)


def test_every_gate_is_searched_as_written() -> None:
    lower, cased = Gate.of(r"\bago\b"), Gate.of(r"\b(?:[QH][1-4])\b")
    assert (lower.lowered, cased.lowered) == (True, False)
    assert (cased.admits("In Q3 sales rose.", "in q3 sales rose."), cased.admits("q3", "q3")) == (
        True,
        True,
    )


def test_all_but_a_few_period_patterns_are_gated() -> None:
    gated = sum(gate is not None for _, _, gate in compiled_patterns())
    assert gated >= len(compiled_patterns()) - 4  # all but a few cheap patterns are gated


# News-style sentences with a modality cue written as a regex of its own, one or more for
# each such entry of the modality lexicon.
MODALITY_REGEX_CUES = [
    "The terminal is designed to handle 5 million tonnes a year.",
    "Under the new supply agreement, the utility buys 2 GW.",
    "In line with the 2030 roadmap, output doubles to 80 tonnes.",
    "As part of the swap deal, the banks exchange 150 billion yuan.",
    "The buyer is required to take 90% of the volume.",
    "According to its technical specifications, the bridge carries 12 trains a day.",
    "According to the investment plan, the fund spends $3 billion.",
    "Sales can reach 400,000 cars, the maker says.",
    "Exports are estimated to total 7 million tonnes.",
    "The bridge is under construction and will cost 19 billion roubles.",
    "A second line is now being laid; work has already begun on the 600 km stretch.",
    "Trade fell 4% with more declines expected.",
    "For the first time in five years, sales topped 1 million tonnes.",
    "It was the largest monthly rise in a decade, at 31%.",
]


@pytest.mark.parametrize("text", MODALITY_REGEX_CUES)
def test_a_modality_cue_gate_keeps_every_match(text: str) -> None:
    """A modality entry's ``needs`` is in every text its regex matches: the gate never keeps
    a text from its cue."""
    lowered = text.lower()
    matched = 0
    for entry in context_cues("modality"):
        if not (entry.regex and entry.needs):
            continue
        if re.search(entry.regex, text, re.IGNORECASE):
            matched += 1
            assert re.search(entry.needs, lowered), (entry.id, text)
    assert matched  # the sentence holds a cue of a gated regex


@pytest.mark.parametrize("text", TIMES)
def test_a_time_expression_is_stored_and_read_back_whole(text: str) -> None:
    """``Timex.to_dict`` (built field by field) holds every field, and ``from_dict`` gives
    the same expression back."""
    found = find_timexes(text, date(2019, 6, 10))
    assert found
    for timex in found:
        data = timex.to_dict()
        assert set(data) == {f.name for f in fields(Timex)}
        assert Timex.from_dict(data) == timex


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose more than 5% to $20.4 billion in 2023.",
        "Some 3 million tonnes of coal (60,000 barrels per day) went by rail.",
        "Visits grew 2.5-fold to 312,400, and 41,000 of them were by train.",
    ],
)
def test_a_quantity_is_stored_and_read_back_whole(text: str) -> None:
    """``QuantityMention.from_dict`` (which skips ``__init__`` when every field is given)
    gives back the mention ``to_dict`` stored; a dict missing a field still goes through
    the dataclass."""
    mentions = find_quantities(text)
    assert mentions
    for mention in mentions:
        assert QuantityMention.from_dict(mention.to_dict()) == mention
    partial = {k: v for k, v in mentions[0].to_dict().items() if k != "text"}
    with pytest.raises(TypeError):
        QuantityMention.from_dict(partial)
