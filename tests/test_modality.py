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
from sinorus_facts.claims.modality import find_modality, modality_of, read_modality
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


# Issue 24: the predicate that governs a figure and the thing it belongs to decide, each
# with the cue that did and its rule; and whether the figure is a term of a commitment.
# Rows: (id, sentence, a piece of the figure's text, (label, cue words, rule, term)).
Reading = tuple[str, str | None, str | None, bool]

_READINGS: list[tuple[str, str, str, Reading]] = [
    (
        "loans-have-tenors",
        "Both credit lines carry 10-year tenors and total $6.5 billion.",
        "10-year",
        ("target", "tenors", "modality.commitment_owner", True),
    ),
    (
        "loans-total",
        "Both credit lines carry 10-year tenors and total $6.5 billion.",
        "$6.5 billion",
        ("target", "credit lines", "modality.commitment_owner", True),
    ),
    (
        "value-of-the-contract",
        "The estimated value of the contract is $9 billion, the company said.",
        "$9 billion",
        ("target", "contract", "modality.agree", True),
    ),
    (
        "deal-it-valued-at",
        "Rosneft agreed on Monday to raise oil supplies, in a deal it valued at $80 billion.",
        "$80 billion",
        ("target", "deal", "modality.agree", True),
    ),
    (
        "loans-insured-on-a-basis",
        "The loans were insured on a 12-year basis by the export credit agency.",
        "12-year",
        ("target", "loans", "modality.commitment_owner", True),
    ),
    (
        "a-decision-was-made",
        "A decision was made to raise supplies to 44 billion cubic meters a year.",
        "44 billion",
        ("target", "decision", "modality.decide", True),
    ),
    (
        "obliged-to",
        "The refiner is obliged to buy 60% of the plant's crude from the company.",
        "60%",
        ("target", "obliged", "modality.oblige", True),
    ),
    (
        "guaranteed",
        "In return, the buyer was guaranteed a 15-year supply of coal.",
        "15-year",
        ("target", "guaranteed", "modality.oblige", True),
    ),
    (
        "decree-allowing",
        "The president signed a decree allowing visa-free stays of up to 21 days.",
        "21 days",
        ("target", "decree", "modality.agree", True),
    ),
    (
        "according-to-the-specifications",
        "According to the project specifications, 650 lorries can use the crossing each day.",
        "650 lorries",
        ("target", "According to the project specifications", "modality.design_spec", False),
    ),
    (
        "work-has-begun-on",
        "Work has begun on a 1,300-kilometre railway that will link the two towns.",
        "1,300-kilometre",
        ("target", "Work has begun", "modality.under_construction", False),
    ),
    (
        "being-built-thing-will-be",
        "The railway, which is being built by a Chinese firm, will be 770 km long.",
        "770 km",
        ("target", "is being built", "modality.under_construction", True),
    ),
    (
        "can-exceed",
        "Arrivals from China can exceed 2 million this year.",
        "2 million",
        ("forecast", "can exceed", "modality.can_change", False),
    ),
    (
        "estimated-to-reach",
        "Investment is estimated to reach $7 billion by the end of the decade.",
        "$7 billion",
        ("forecast", "estimated to reach", "modality.estimated_to", False),
    ),
    (
        "was-to-be",
        "The bridge was to be completed by 2019 at a cost of $350 million.",
        "$350 million",
        ("target", "was to be completed", "modality.be_to", False),
    ),
    (
        "headline-to",
        "Russia to supply China with 6 million tonnes of coal a year",
        "6 million",
        ("forecast", "to", "modality.headline_to", True),
    ),
    (
        "purpose-infinitive",
        "The two state banks teamed up to lend $3 billion for the smelter.",
        "$3 billion",
        ("target", "to", "modality.purpose_to", True),
    ),
    (
        "days-of-drills-launched",
        "The navies launched seven days of drills on Tuesday.",
        "seven days",
        ("target", "drills", "modality.scheduled_event", True),
    ),
    (
        "to-join-an-exercise",
        "A frigate sailed on Friday to join a 10-day exercise.",
        "10-day",
        ("target", "exercise", "modality.scheduled_event", True),
    ),
    (
        "drills-ended",
        "The five-day drills ended on Friday.",
        "five-day",
        ("actual", "ended", "modality.done_event", False),
    ),
    (
        "received-under-an-agreement",
        "Under the agreement, the refiner received 3 million tonnes of crude in 2021.",
        "3 million",
        ("actual", "received", "modality.done_transfer", False),
    ),
    (
        "rose-under-a-plan",
        "Under the plan, the region's exports rose 12 percent in 2022.",
        "12 percent",
        ("actual", "rose", "modality.done_change", False),
    ),
    (
        "agreements-were-reached-on-supplies",
        "Agreements were reached on supplies of 2.5 million tonnes of grain a year.",
        "2.5 million",
        ("target", "Agreements", "modality.agree", True),
    ),
    (
        "what-it-already-ships",
        (
            "Gazprom will supply 12 billion cubic meters a year, on top of the 38 billion cubic "
            "meters it already ships."
        ),
        "38 billion",
        ("actual", "already", "modality.actual", False),
    ),
    (
        "what-it-will-supply",
        (
            "Gazprom will supply 12 billion cubic meters a year, on top of the 38 billion cubic "
            "meters it already ships."
        ),
        "12 billion",
        ("forecast", "will", "modality.modal_future", True),
    ),
    (
        "size-of-the-subject",
        "The 2,100-metre bridge will connect the two river ports.",
        "2,100-metre",
        ("actual", None, None, False),
    ),
    (
        "doubles-from",
        (
            "Imports are expected to hit 90 million tonnes, which would nearly double from 48 "
            "million tonnes in 2021."
        ),
        "48 million",
        ("actual", "double from", "modality.basis", True),
    ),
    (
        "with-more-falls-expected",
        "2016 trade down 9% with more falls expected",
        "9%",
        ("actual", "with more falls expected", "modality.pseudo", False),
    ),
    (
        "budget-deficit",
        "The budget deficit was 2.1 trillion roubles in 2022.",
        "2.1 trillion",
        ("actual", None, None, False),
    ),
    (
        "loans-rose",
        "Chinese banks' loans to Russian firms rose 30 percent to $9 billion in 2022.",
        "$9 billion",
        ("actual", None, None, False),
    ),
    (
        "expects-the-contract-to-bring",
        "The company expects the contract to bring 3 billion dollars.",
        "3 billion",
        ("forecast", "expects", "modality.expect", True),
    ),
    (
        "the-deal-may-be-worth",
        "Each jet costs $40 million, which means the deal may be worth $1 billion.",
        "$1 billion",
        ("forecast", "may", "modality.modal_hedges", False),
    ),
    (
        "a-consequence-is-no-term",
        "Analysts say the discount will cost the seller $2 billion a year.",
        "$2 billion",
        ("forecast", "will", "modality.modal_future", False),
    ),
    (
        "taking-part-is-a-term",
        "Eighteen ships will take part in the drills.",
        "Eighteen ships",
        ("forecast", "will", "modality.modal_future", True),
    ),
    (
        "each-conjunct-its-own-plan",
        (
            "The ministry expects exports to rise 8 percent this year and plans to double them "
            "to 20 million tonnes by 2030."
        ),
        "20 million",
        ("target", "plans", "modality.plan", True),
    ),
    (
        "each-conjunct-its-own-expectation",
        (
            "The ministry expects exports to rise 8 percent this year and plans to double them "
            "to 20 million tonnes by 2030."
        ),
        "8 percent",
        ("forecast", "expects", "modality.expect", False),
    ),
    (
        "according-to-the-plan",
        "According to the plan, the share of national currencies should reach 90 percent.",
        "90 percent",
        ("target", "According to the plan", "modality.according_to_plan", False),
    ),
    (
        "done-under-a-programme",
        "Some 50,000 Chinese tourists visited Russia under the exchange programme in 2023.",
        "50,000",
        ("actual", None, None, False),
    ),
    (
        "first-time-in-years",
        "For the first time in 12 years, Chinese arrivals may exceed 2 million.",
        "12 years",
        ("actual", "For the first time in", "modality.look_back", False),
    ),
    (
        "largest-in-years",
        "The drills are the largest in four years, the ministry said.",
        "four years",
        ("actual", "largest in", "modality.look_back", True),
    ),
    (
        "planned-after-the-figure",
        "In 2023 the pipeline carried 22.7 billion cubic meters, above the 22 billion planned.",
        "22 billion",
        ("target", "planned", "modality.plan", True),
    ),
]


def _read(nlp: Any, text: str, figure: str) -> Reading:
    doc = nlp(text)
    mention = next(QuantityMention.from_dict(q) for q in doc._.sf_quantities if figure in q["text"])
    reading = read_modality(doc, mention, measure_head=measure_of(doc, mention).head)
    cue = reading.cue
    return (
        reading.label,
        cue.text if cue else None,
        cue.rule if cue else None,
        reading.term,
    )


@pytest.mark.issue(24)
@pytest.mark.parametrize(
    ("text", "figure", "expected"), [r[1:] for r in _READINGS], ids=[r[0] for r in _READINGS]
)
def test_the_governing_predicate_and_the_thing_decide(
    nlp: Any, text: str, figure: str, expected: Reading
) -> None:
    assert _read(nlp, text, figure) == expected


_CUED = [r for r in _READINGS if r[3][1] is not None]


@pytest.mark.issue(24)
@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [(r[1], r[2], r[3][1]) for r in _CUED],
    ids=[r[0] for r in _CUED],
)
def test_the_cue_points_at_its_words(nlp: Any, text: str, figure: str, expected: str) -> None:
    doc = nlp(text)
    mention = next(QuantityMention.from_dict(q) for q in doc._.sf_quantities if figure in q["text"])
    cue = read_modality(doc, mention, measure_head=measure_of(doc, mention).head).cue
    assert cue is not None
    found = cue.as_field_cue()
    assert (text[found.start : found.end], found.text) == (expected, expected)
