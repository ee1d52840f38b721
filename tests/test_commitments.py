"""Commitment, expectation or fact, read with the article (issue 24, point 5): the terms of
a deal, a plan, a design or a schedule are targets in every form; a forecast needs a word
of expectation; facts stay facts. Tables of short articles written for these tests, each
row with the modality of every claim in text order; then the words that decided each
non-actual claim, with the rule that used them."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

import sinorus_facts
import sinorus_facts.context.claims as document_stage
from sinorus_facts.context import Figure, commit
from sinorus_facts.periods.page import Page

PUBLISHED = "2023-06-01"

# (id, text, [(value, modality)])
_ARTICLES: list[tuple[str, str, list[tuple[float, str]]]] = [
    (
        "what_a_forecast_or_target_is_revised_to",
        (
            "The ministry raised its forecast for the wheat harvest to 17 million tonnes. The "
            "exporter cut its sales target to 2 million tonnes. The mill raised prices by 4%."
        ),
        [(17e6, "forecast"), (2e6, "target"), (4.0, "actual")],
    ),
    (
        "a_headline_tells_a_loan_in_the_present",
        (
            "China lends Russia $5 billion for Arctic gas plant\n\n"
            "The state banks of the two countries signed the loan agreement in Moscow on Tuesday "
            "after months of talks."
        ),
        [(5e9, "target")],
    ),
    (
        "a_headline_with_its_own_time_is_a_report",
        (
            "Russia ships 2 million barrels per day to China in May\n\n"
            "Russian oil shipments to China under long-term contracts and spot deals reached a "
            "record in May, Chinese customs data showed on Tuesday."
        ),
        [(2e6, "actual")],
    ),
    (
        "who_takes_part_in_a_scheduled_exercise",
        (
            "Navies begin joint drills in the Sea of Japan\n\n"
            "The Russian and Chinese navies began joint drills in the Sea of Japan on Monday, the "
            "defence ministry in Moscow said.\n\nEighteen ships and 30 aircraft will take part in "
            "the drills."
        ),
        [(18.0, "target"), (30.0, "target")],
    ),
    (
        "how_long_a_scheduled_exercise_lasts",
        (
            "Russia and China to hold joint naval exercise\n\n"
            "The navies of the two countries will hold a joint exercise in the Yellow Sea next "
            "week, the defence ministry said on Friday. It will last six days."
        ),
        [(6.0, "target")],
    ),
    (
        "a_consequence_on_a_page_of_deals_is_a_forecast",
        (
            "Russia and China sign 20 deals worth $10 billion\n\n"
            "The two countries signed 20 deals worth $10 billion during the president's visit to "
            "Beijing on Tuesday.\n\nThe minister said GDP will shrink 4 percent this year."
        ),
        [(20.0, "actual"), (10e9, "target"), (20.0, "actual"), (10e9, "target"), (4.0, "forecast")],
    ),
    (
        "a_count_of_papers_signed_is_a_fact",
        "The two sides signed 15 documents, including a $5 billion investment agreement.",
        [(15.0, "actual"), (5e9, "target")],
    ),
    (
        "a_capacity_that_is_is_a_fact_a_capacity_of_a_target",
        (
            "The route's capacity is 25 million tonnes a year. The terminal has a capacity of 12 "
            "million tonnes a year. The crossing's maximum capacity is 1,500 trucks a day."
        ),
        [(25e6, "actual"), (12e6, "target"), (1500.0, "target")],
    ),
    (
        "a_supply_is_a_term_a_cost_to_the_seller_is_not",
        (
            "Rosneft and Sinopec sign oil supply deal\n\n"
            "Rosneft will ship 7 million tonnes of crude a year to Sinopec from 2026, the "
            "companies said in a joint statement on Friday.\n\n"
            "Analysts say the discount will cost the seller $2 billion a year."
        ),
        [(7e6, "target"), (2e9, "forecast")],
    ),
    (
        "would_be_worth_is_a_term_will_grow_a_forecast",
        (
            "The contract would be worth $12 billion over its lifetime, officials said. Trade will "
            "grow 5 percent this year, the minister said."
        ),
        [(12e9, "target"), (5.0, "forecast")],
    ),
    (
        "the_earlier_value_of_a_forecast_is_a_fact",
        (
            "Imports are expected to hit 90 million tonnes this year, which would nearly double "
            "from 48 million tonnes in 2021."
        ),
        [(90e6, "forecast"), (2.0, "forecast"), (48e6, "actual")],
    ),
    (
        "estimated_at_is_a_fact_what_it_means_a_forecast",
        (
            "The cost of one fighter is estimated at $50 million, which means the total value of "
            "the contract may reach $1.2 billion."
        ),
        [(50e6, "actual"), (1.2e9, "forecast")],
    ),
    (
        "what_is_shipped_already_under_a_new_contract",
        (
            "Gazprom will supply 12 billion cubic meters a year under the new contract, on top of "
            "the 38 billion cubic meters it already ships."
        ),
        [(12e9, "target"), (38e9, "actual")],
    ),
    (
        "what_a_bank_will_lend_is_a_term_with_no_deal_named",
        "Sberbank will lend the Harbin metro builder 8 billion yuan, its chairman said.",
        [(8e9, "target")],
    ),
    (
        "what_a_company_will_supply_or_invest_is_a_term",
        (
            "Novatek will supply 3 million tonnes of LNG a year to the Ningbo terminal. Rosatom "
            "will invest 40 billion roubles in the plant."
        ),
        [(3e6, "target"), (40e9, "target")],
    ),
    (
        "a_hedged_or_expected_supply_stays_a_forecast",
        (
            "The fund could invest $2 billion in the port. Russia will probably supply 6 billion "
            "cubic meters of gas a year to the region, analysts said."
        ),
        [(2e9, "forecast"), (6e9, "forecast")],
    ),
    (
        "what_will_be_supplied_in_a_year_named_is_an_expected_flow",
        "Kazakhstan will supply 4 billion cubic meters of gas to China in 2025, the minister said.",
        [(4e9, "forecast")],
    ),
    (
        "what_money_is_raised_to_build_or_buy_is_a_target",
        (
            "The region set aside 4 billion roubles to build 300 km of roads. The airline "
            "borrowed $1 billion to buy 12 aircraft. They built 80 km of track last year."
        ),
        [(4e9, "actual"), (300.0, "target"), (1e9, "actual"), (12.0, "target"), (80.0, "actual")],
    ),
    (
        "the_size_cost_and_capacity_of_a_thing_being_built_are_targets",
        (
            "The new bridge will be 960 metres long and cost 14 billion roubles. The grain "
            "terminal will handle 8 million tonnes a year."
        ),
        [(960.0, "target"), (14e9, "target"), (8e6, "target")],
    ),
    (
        "what_a_pipeline_is_expected_to_carry_in_a_year_is_a_forecast",
        (
            "The pipeline will carry 18 bcm of gas this year. The road is expected to cost "
            "$900 million."
        ),
        [(18e9, "forecast"), (900e6, "forecast")],
    ),
]


@pytest.mark.issue(24)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _ARTICLES], ids=[r[0] for r in _ARTICLES]
)
def test_commitment_expectation_or_fact(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(c.value, c.modality) for c in sinorus_facts.extract(text, published=PUBLISHED)] == (
        expected
    )


def _decided(monkeypatch: pytest.MonkeyPatch, text: str) -> list[Figure]:
    """The figures of ``text`` as the commitments step leaves them (their drafts hold the
    cue of each modality)."""
    seen: list[Figure] = []
    original = document_stage.read_in_context

    def reading(document: Page, figures: list[Figure]) -> Any:
        seen.extend(commit(document, figures))
        return original(document, figures)

    monkeypatch.setattr(document_stage, "read_in_context", reading)
    sinorus_facts.extract(text, published=PUBLISHED)
    return seen


# (id, text, [(figure, modality, cue words, rule)] for every claim that is not a fact)
_EVIDENCE: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    (
        "a_term_named_in_the_headline",
        (
            "Rosneft and Sinopec sign oil supply deal\n\n"
            "Rosneft will ship 7 million tonnes of crude a year to Sinopec from 2026, the "
            "companies said in a joint statement on Friday."
        ),
        [("7 million tonnes of crude a year", "target", "deal", "commitments.commitment_noun")],
    ),
    (
        "a_design_word_before_the_figure",
        "The new terminal, with a total capacity of 8 million tonnes a year, opened on Monday.",
        [("8 million tonnes a year", "target", "capacity", "commitments.design_head")],
    ),
    (
        "a_signing_in_the_past",
        "The two banks signed a 2 billion dollar loan agreement.",
        [("2 billion dollar", "target", "loan", "modality.commitment_owner")],
    ),
    (
        "an_expectation_in_the_sentence",
        "Coal exports are likely to fall 10 percent next year.",
        [("10 percent", "forecast", "likely", "modality.likely")],
    ),
    (
        "a_loan_signed_that_was_expected",
        (
            "The sides signed a $3 billion loan deal in May. The bank expects repayments of $400 "
            "million a year."
        ),
        [
            ("$3 billion", "target", "deal", "modality.agree"),
            ("$400 million a year", "forecast", "expects", "modality.expect"),
        ],
    ),
]


@pytest.mark.issue(24)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in _EVIDENCE], ids=[r[0] for r in _EVIDENCE]
)
def test_each_target_and_forecast_keeps_its_cue(
    monkeypatch: pytest.MonkeyPatch,
    nlp: Language,
    text: str,
    expected: list[tuple[str, str, str, str]],
) -> None:
    found = []
    for figure in _decided(monkeypatch, text):
        claim, cue = figure.claim, figure.draft.modality_cue
        if claim.modality == "actual":
            continue
        assert cue is not None
        start = claim.evidence.sentence_start + cue.start
        # the cue's words, read in the document where its offsets point
        found.append(
            (claim.evidence.quantity, claim.modality, text[start : start + len(cue.text)], cue.rule)
        )
    assert found == expected


@pytest.mark.issue(24)
@pytest.mark.parametrize("text", [r[1] for r in _ARTICLES], ids=[r[0] for r in _ARTICLES])
def test_a_forecast_or_target_shows_its_evidence(nlp: Language, text: str) -> None:
    claims = sinorus_facts.extract(text, published=PUBLISHED)
    shown = []
    for claim in claims:
        entries = [f for f in claim.evidence.fields if f.field == "modality"]
        quoted = [text[f.start : f.end] == f.text and f.rule.count(".") == 1 for f in entries]
        shown.append((claim.modality, quoted))
    assert shown == [(c.modality, [] if c.modality == "actual" else [True]) for c in claims]
