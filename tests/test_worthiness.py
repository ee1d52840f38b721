"""Which quantities are claims (GUIDELINES.md), and the units their context completes
(claims/worthiness.py, quantities/refine.py). The quantity layer reads every figure of general
English; a claim keeps only what asserts something about the world."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sinorus_facts import extract
from sinorus_facts.claims.worthiness import why_not_a_claim
from sinorus_facts.quantities.reader import quantities_of
from sinorus_facts.quantities.refine import refine_unit, unit_from_measure

# (sentence, [(figure as found, reason it is no claim, or None for a claim)])
_CLAIMS_OR_NOT: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "The two countries signed nine deals.",
        [("two countries", "refers to things already named"), ("nine deals", None)],
    ),
    ("Another two delegations came.", [("two delegations", "refers to things already named")]),
    ("It is one of the largest fields.", [("one of the largest fields", "a count of one")]),
    (
        "The two leaders met 12 times.",
        [("two leaders", "refers to things already named"), ("12 times", "incidental count")],
    ),
    ("Both sides agreed on 5 points.", [("5 points", "incidental count")]),
    ("The RTS fell 215 points.", [("215 points", None)]),
    (
        "Exports rose for eight years during the past six years.",
        [("eight years", None), ("six years", "frame of time")],
    ),
    ("Trade grew in the next five years.", [("five years", "frame of time")]),
    ("Prices fell 5% two years ago.", [("5%", None), ("two years", "frame of time")]),
    ("Putin, 65, opened a 5G network.", [("65", "age in apposition"), ("5G", "names a thing")]),
    ("A third of the budget goes to defence.", [("A third", "bare number")]),
    ("The index closed at 2,871.36.", [("2,871.36", "bare number")]),
    ("Russia has 144 million people.", [("144 million people", None)]),
    ("The fund holds $10 billion.", [("$10 billion", None)]),
    ("The pipeline is 2,000 km long.", [("2,000 km", None)]),
    ("The 50-year-old plant closed.", [("50-year-old", "age of a thing")]),
    ("The plant is 50 years old.", [("50 years old", None)]),
    ("The 61-year-old governor opened the bridge.", [("61-year-old", "age of a person")]),
    ("A 34-year-old driver was stopped at the crossing.", [("34-year-old", "age of a person")]),
    ("A year earlier the figure was 31,500.", [("31,500", None)]),
    ("The official death toll rose to 42.", [("42", None)]),
    ("The total stood at 7,250 last month.", [("7,250", None)]),
    ("He counted 31,500 and stopped.", [("31,500", "bare number")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), _CLAIMS_OR_NOT, ids=[c[0][:48] for c in _CLAIMS_OR_NOT]
)
def test_why_not_a_claim(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.text, why_not_a_claim(text, m)) for m in quantities_of(text)] == expected


# (sentence, [(figure, unit once the context is read)])
_REFINED: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "raising China's annual imports of crude oil to 30 million tons.",
        [("30 million tons", "t/yr")],
    ),
    ("The field has a daily output of 1.4 million barrels.", [("1.4 million barrels", "bbl/d")]),
    ("The Brent oil price rose to $61.03.", [("$61.03", "USD/bbl")]),
    ("The price of coal fell to $95.", [("$95", "USD/t")]),
    (
        "Annual sales reached 5 million tonnes, the firm said.",
        [("5 million tonnes", "t")],
    ),  # a verb between
    ("The annual report is out; it shows 5 million tonnes.", [("5 million tonnes", "t")]),
    ("The Brent oil price rose; the deal is worth $61 billion.", [("$61 billion", "USD")]),
    (
        "Under the contract 4 million tonnes of coal will be shipped per year.",
        [("4 million tonnes", "t/yr")],
    ),
    (
        "Some 40 million cubic metres of gas will be pumped north per day.",
        [("Some 40 million cubic metres", "m3/d")],
    ),
    (
        "The port shipped 3 million tonnes, a record, every year.",
        [("3 million tonnes", "t")],
    ),  # a comma between
]


@pytest.mark.parametrize(("text", "expected"), _REFINED, ids=[r[0][:48] for r in _REFINED])
def test_refine_unit_from_context(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.text, refine_unit(text, m).unit) for m in quantities_of(text)] == expected


# (a bare figure, the measure the parse gives it, the unit it gets)
_FROM_MEASURE: list[tuple[str, str | None, tuple[str | None, str | None]]] = [
    ("reached 1.5 million", "The number of Chinese tourists in Russia", ("person", "tourists")),
    ("reached 1.5 million", "the total of cargo flights", ("count", "flights")),
    ("reached 1.5 million", "trade", (None, None)),
    ("reached 1.5 million", None, (None, None)),
]


@pytest.mark.parametrize(
    ("text", "measure", "expected"), _FROM_MEASURE, ids=[str(f[1]) for f in _FROM_MEASURE]
)
def test_unit_from_measure(
    text: str, measure: str | None, expected: tuple[str | None, str | None]
) -> None:
    mention = quantities_of(text)[0]
    refined = unit_from_measure(mention, measure)
    assert (refined.unit, refined.counted) == expected


# Issue 14: durations written as modifiers of a time noun are frames of time; "the two"
# before "to" is no end of a range. Strings written for this table.
_FRAMES_AND_KNOWN_THINGS = [
    ("ten_month_period", "Exports doubled during the 10-month period.", ["doubled"]),
    (
        "one_year_anniversary",
        "The bridge marked its one-year anniversary with 40,000 trucks.",
        ["40,000 trucks"],
    ),
    ("a_contract_of_years_stays", "They signed a 30-year contract.", ["30-year"]),
    (
        "the_two_is_no_range_end",
        "They want to lift trade between the two to $300 billion.",
        ["$300 billion"],
    ),
]


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    ("name", "text", "expected"),
    _FRAMES_AND_KNOWN_THINGS,
    ids=[r[0] for r in _FRAMES_AND_KNOWN_THINGS],
)
def test_frames_and_known_things(nlp: Language, name: str, text: str, expected: list[str]) -> None:
    assert [c.evidence.quantity for c in extract(text, published="2020-01-01")] == expected


# A fraction of a named whole is a share in percent; "half" alone is not; a multiplier of
# a rise counts "times" as its unit, an occasion does not. Strings written for this table:
# (sentence, [(figure, value rounded, unit, bound, change)]).
_SHARES_AND_MULTIPLIERS: list[tuple[str, list[tuple[str, float, str | None, str, str | None]]]] = [
    ("A third of the budget goes to defence.", [("A third", 33.33, "%", "=", None)]),
    (
        "Nearly two-thirds of the timber went by rail.",
        [("Nearly two-thirds", 66.67, "%", "~", None)],
    ),
    ("More than half of the soybeans came from Amur.", [("More than half", 50.0, "%", ">", None)]),
    ("Half the time the crossing is shut.", []),
    ("Half of them stayed home.", []),
    ("Exports of timber grew 3.4 times.", [("3.4 times", 3.4, "x", "=", "factor")]),
    ("The two leaders met 3 times.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), _SHARES_AND_MULTIPLIERS, ids=[r[0][:40] for r in _SHARES_AND_MULTIPLIERS]
)
def test_shares_and_multipliers(
    nlp: Language, text: str, expected: list[tuple[str, float, str | None, str, str | None]]
) -> None:
    claims = extract(text, published="2021-05-01")
    assert [
        (c.evidence.quantity, round(c.value, 2), c.unit, c.bound, c.change) for c in claims
    ] == expected
