"""Modality: each cue of the lexicon in news phrasing, the traps that look like cues, and the
scope rules (the words that govern the figure, not anywhere in the sentence).

Rows are (id, sentence, a piece of the figure's text, expected (label, cue words)); "actual"
rows expect no cue at all.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from sinorus_facts.claims.measure import measure_of
from sinorus_facts.claims.modality import find_modality, modality_of
from sinorus_facts.quantities.finder import find_quantities
from sinorus_facts.quantities.mention import QuantityMention

Row = tuple[str, str, str, tuple[str, str | None]]


def _decide(
    nlp: Any, text: str, figure: str, reference: str | None = None
) -> tuple[str, str | None]:
    doc = nlp.make_doc(text)
    doc._.sf_context = {"reference_date": reference}
    doc = nlp(doc)
    mention = next(QuantityMention.from_dict(q) for q in doc._.sf_quantities if figure in q["text"])
    cue = find_modality(doc, mention, measure_head=measure_of(doc, mention).head)
    return (cue.label, cue.text) if cue is not None else ("actual", None)


_FORECAST_CUES: list[Row] = [
    (
        "expected",
        "Bilateral trade is expected to top $120 billion this year.",
        "$120 billion",
        ("forecast", "expected"),
    ),
    (
        "likely",
        "Grain shipments are likely to surpass 2 million tonnes in 2020.",
        "2 million tonnes",
        ("forecast", "likely"),
    ),
    (
        "forecast-verb",
        "The ministry forecast that exports could reach 5 million tonnes.",
        "5 million tonnes",
        ("forecast", "forecast"),
    ),
    (
        "projected",
        "Gas output at the field is projected to hit 25 billion cubic meters a year.",
        "25 billion",
        ("forecast", "projected"),
    ),
    (
        "predict",
        "Economists predict the yuan's share will climb to 30 percent.",
        "30 percent",
        ("forecast", "predict"),
    ),
    (
        "anticipate",
        "Officials anticipate a 15 percent rise in flights next summer.",
        "15 percent",
        ("forecast", "anticipate"),
    ),
    (
        "assumes",
        "The draft budget assumes an oil price of $55 a barrel.",
        "$55",
        ("forecast", "assumes"),
    ),
    (
        "could",
        "Investment in the project could total $11 billion.",
        "$11 billion",
        ("forecast", "could"),
    ),
    (
        "would",
        "The deal would lift Russian pork exports to 100,000 tonnes.",
        "100,000 tonnes",
        ("forecast", "would"),
    ),
    (
        "may",
        "Chinese purchases of Russian soybeans may double next year.",
        "double",
        ("forecast", "may"),
    ),
    (
        "might",
        "Coal deliveries might fall 10 percent in the second half.",
        "10 percent",
        ("forecast", "might"),
    ),
    (
        "should",
        "Traffic on the bridge should reach 3 million tonnes of cargo.",
        "3 million tonnes",
        ("forecast", "should"),
    ),
    (
        "will",
        "The Power of Siberia pipeline will pump 5 billion cubic meters of gas next year.",
        "5 billion",
        ("forecast", "will"),
    ),
    (
        "set-to",
        "Rosatom is set to build four reactors worth $3.6 billion.",
        "$3.6 billion",
        ("forecast", "set to"),
    ),
    (
        "on-track-to",
        "Two-way trade is on track to exceed $100 billion.",
        "$100 billion",
        ("forecast", "on track to"),
    ),
    (
        "conditional",
        "Trade could slow if oil prices fall below 50 dollars a barrel.",
        "50 dollars",
        ("forecast", "if"),
    ),
    (
        "poised-to",
        "Russian beef exports are poised to grow 40 percent.",
        "40 percent",
        ("forecast", "poised to"),
    ),
]

_TARGET_CUES: list[Row] = [
    (
        "plans",
        "Russia plans to raise gas supplies to China to 38 billion cubic meters a year.",
        "38 billion",
        ("target", "plans"),
    ),
    (
        "aim",
        "The two countries aim to boost trade to $200 billion.",
        "$200 billion",
        ("target", "aim"),
    ),
    (
        "goal",
        "Beijing and Moscow have set a goal of $200 billion in annual trade.",
        "$200 billion",
        ("target", "goal"),
    ),
    (
        "target-noun",
        "The region's target is 1 million Chinese visitors a year.",
        "1 million",
        ("target", "target"),
    ),
    (
        "be-to",
        "Russian banks are to lend 30 billion rubles to the port.",
        "30 billion",
        ("target", "are to lend"),
    ),
    (
        "designed-to",
        "The terminal is designed to handle 4 million tonnes a year.",
        "4 million",
        ("target", "is designed to"),
    ),
    (
        "commits",
        "The refiner commits to buy 2 million tonnes of crude.",
        "2 million",
        ("target", "commits"),
    ),
    (
        "agreed",
        "The leaders agreed that bilateral trade should reach $200 billion.",
        "$200 billion",
        ("target", "agreed"),
    ),
    (
        "pledged",
        "Beijing pledged $10 billion in loans to Russian companies.",
        "$10 billion",
        ("target", "pledged"),
    ),
    (
        "budgeted",
        "The government budgeted 12 billion rubles for the port.",
        "12 billion rubles",
        ("target", "budgeted"),
    ),
    (
        "allocated",
        "The government has allocated 10 billion rubles for the Far East.",
        "10 billion rubles",
        ("target", "allocated"),
    ),
    (
        "under-contract",
        "Gazprom will supply 38 billion cubic meters of gas a year under a 30-year contract.",
        "38 billion",
        ("target", "under a 30-year contract"),
    ),
    (
        "announced-fund",
        "Vice-Premier Wang Yang announced a $10 billion investment fund.",
        "$10 billion",
        ("target", "announced"),
    ),
    (
        "deal-worth",
        "Rosneft signed a deal worth $270 billion with CNPC.",
        "$270 billion",
        ("target", "deal"),
    ),
    (
        "scheduled",
        "The first phase of the plant is scheduled to produce 6.6 million tonnes a year.",
        "6.6 million",
        ("target", "scheduled"),
    ),
    (
        "intends",
        "The company intends to invest $2 billion in the plant.",
        "$2 billion",
        ("target", "intends"),
    ),
    (
        "hopes",
        "Russia hopes to attract 5 million Chinese tourists a year.",
        "5 million",
        ("target", "hopes"),
    ),
    (
        "budget-noun",
        "Last month, parliament approved a federal budget of $279 billion.",
        "$279 billion",
        ("target", "budget"),
    ),
    (
        "provides-for",
        "The contract provides for deliveries of 38 billion cubic meters a year.",
        "38 billion",
        ("target", "provides for"),
    ),
]

_DEADLINES: list[tuple[str, str, str, str | None, tuple[str, str | None]]] = [
    (
        "will-by-year",
        "Trade will reach $200 billion by 2024, the ministry said.",
        "$200 billion",
        None,
        ("target", "by 2024"),
    ),
    (
        "headline-by-year",
        "Trade to hit $200 billion by 2024",
        "$200 billion",
        "2019-06-10",
        ("target", "by 2024"),
    ),
    (
        "past-by-year",
        "Exports had reached $5 billion by 2017.",
        "$5 billion",
        None,
        ("actual", None),
    ),
    (
        "year-already-past",
        "Trade to hit $80 billion by 2017",
        "$80 billion",
        "2019-06-10",
        ("actual", None),
    ),
    (
        "expected-beats-deadline",
        "Trade is expected to reach $200 billion by 2024.",
        "$200 billion",
        None,
        ("forecast", "expected"),
    ),
]

# Sentences whose figure is a fact although a cue-like word is near it.
_TRAPS: list[Row] = [
    (
        "than-expected",
        "Exports rose 12 percent, more than expected.",
        "12 percent",
        ("actual", None),
    ),
    (
        "has-committed",
        "The fund has committed $3 billion to 20 projects.",
        "$3 billion",
        ("actual", None),
    ),
    (
        "as-planned",
        "The plant produced 3 million tonnes, as planned.",
        "3 million tonnes",
        ("actual", None),
    ),
    (
        "according-to",
        "Trade rose by 15 percent, according to statistical data.",
        "15 percent",
        ("actual", None),
    ),
    (
        "estimated-at",
        "The reserves are estimated at 343 million tonnes of ore.",
        "343 million",
        ("actual", None),
    ),
    (
        "project-noun",
        "One interesting project is the new $1.5 billion copper plant.",
        "$1.5 billion",
        ("actual", None),
    ),
    ("month-may", "Coal exports rose 9 percent in May.", "9 percent", ("actual", None)),
    (
        "budget-is-whole",
        "Energy revenue amounts to only around 30 percent of the federal budget.",
        "30 percent",
        ("actual", None),
    ),
    ("current", "The price may rise from its current $61.03 a barrel.", "$61.03", ("actual", None)),
    (
        "modal-in-relative-clause",
        "Trade with Vietnam is over $100 billion, which is great and should grow further.",
        "$100 billion",
        ("actual", None),
    ),
    (
        "modal-in-other-clause",
        "Trade rose 5% in 2018, while exports are likely to fall this year.",
        "5%",
        ("actual", None),
    ),
    (
        "announced-that",
        "The ministry announced that trade rose 8 percent.",
        "8 percent",
        ("actual", None),
    ),
    (
        "signed-a-count",
        "The two sides signed 22 agreements during the visit.",
        "22 agreements",
        ("actual", None),
    ),
    (
        "established",
        "Some 32 tourist routes were established last year.",
        "32 tourist routes",
        ("actual", None),
    ),
    (
        "up-from",
        "Gas exports may reach 48 billion cubic meters, up from 38 billion cubic meters.",
        "38 billion",
        ("actual", None),
    ),
    (
        "compared-with",
        "The economy will grow 3.8 percent, compared with a contraction of 3 percent in 2020.",
        "3 percent",
        ("actual", None),
    ),
    (
        "plan-in-subject-clause",
        "Trade grew 7 percent last year and officials plan further talks.",
        "7 percent",
        ("actual", None),
    ),
]

# Without a parse (spacy.blank), the cue's scope is the figure's clause in the text.
_NO_PARSE: list[tuple[str, str, str]] = [
    ("likely", "Trade is likely to surpass 100 billion dollars this year.", "forecast"),
    ("plans", "Gazprom plans to supply 38 billion cubic meters a year.", "target"),
    ("other-clause", "Trade rose 5 percent, but imports are expected to fall.", "actual"),
    ("than-expected", "Exports rose 5 percent more than expected.", "actual"),
    ("month-may", "Exports rose 5 percent in May.", "actual"),
    ("backward", "A figure of 20 million tonnes is expected.", "forecast"),
]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [r[1:] for r in _FORECAST_CUES],
    ids=[r[0] for r in _FORECAST_CUES],
)
def test_forecast_cues(nlp: Any, text: str, figure: str, expected: tuple[str, str | None]) -> None:
    assert _decide(nlp, text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"), [r[1:] for r in _TARGET_CUES], ids=[r[0] for r in _TARGET_CUES]
)
def test_target_cues(nlp: Any, text: str, figure: str, expected: tuple[str, str | None]) -> None:
    assert _decide(nlp, text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "reference", "expected"),
    [r[1:] for r in _DEADLINES],
    ids=[r[0] for r in _DEADLINES],
)
def test_deadlines(
    nlp: Any, text: str, figure: str, reference: str | None, expected: tuple[str, str | None]
) -> None:
    assert _decide(nlp, text, figure, reference) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"), [r[1:] for r in _TRAPS], ids=[r[0] for r in _TRAPS]
)
def test_traps(nlp: Any, text: str, figure: str, expected: tuple[str, str | None]) -> None:
    assert _decide(nlp, text, figure) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _NO_PARSE], ids=[r[0] for r in _NO_PARSE]
)
def test_without_a_parse(text: str, expected: str) -> None:
    doc = spacy.blank("en")(text)
    assert modality_of(doc, find_quantities(text)[0]) == expected


# The seed errors this module was rebuilt for (issue 4).
_BUGS_CAUGHT: list[tuple[str, str, str, str]] = [
    ("budget-noun-is-no-plan", "002_f90369ab53388314.txt", "around 30 percent", "actual"),
    ("project-noun-is-no-forecast", "002_f90369ab53388314.txt", "$1.5 billion", "actual"),
    ("current-level-under-a-modal", "002_f90369ab53388314.txt", "$61.03", "actual"),
    ("budget-figure-is-a-target", "002_f90369ab53388314.txt", "$279 billion", "target"),
    ("likely-in-second-conjunct", "000_79b10f59d3d06036.txt", "100 billion", "forecast"),
    ("first-conjunct-stays-actual", "000_79b10f59d3d06036.txt", "31.2 billion", "actual"),
]


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("doc", "figure", "expected"), [r[1:] for r in _BUGS_CAUGHT], ids=[r[0] for r in _BUGS_CAUGHT]
)
def test_seed_bugs_caught(seed_claims: Any, doc: str, figure: str, expected: str) -> None:
    found = [c.modality for c in seed_claims[doc] if figure in c.evidence.quantity]
    assert found[:1] == [expected]
