"""Fact, forecast or target on news the rules were not written from (issue 24, sixth
round): the size of a scheduled public event told with "will" (a forum that "will bring
together", a fair that "will host": a target, as an exercise's; "is expected to attract"
stays a forecast); a headline "X, Y to hold drills with 20 warships" whose verb a parser
hangs on the names; a long headline of a loan whose body names it; an earlier value with a
past year of its own after a change under a deal ("to 150 Mt by 2030, from 95 Mt in 2023":
a fact); the earlier value of a forecast or a target that was cut or raised (the
forecast's, not a fact); what a change comes "after" or "following" (a fact); the aim a
deed is set "above" or "below" ("the contract volume", "the plan figure": the aim's figure,
even under "hit" or "reached"); "must"; a semicolon that ends the clause of a fact before
an expectation; what a thing "can carry" or "seat" in people; a maximum or nameplate
output; "is due to rise" (not the cause "due to").
Every row is a short article of our own (new wording, figures and names), its publication
date, and every claim as (quantity, modality), in text order.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import sinorus_facts

Claimed = tuple[str, str]
Row = tuple[str, str, str, list[Claimed]]


def _claims(text: str, published: str) -> list[Claimed]:
    return [
        (c.evidence.quantity, c.modality) for c in sinorus_facts.extract(text, published=published)
    ]


_ROWS: list[Row] = [
    (
        "scheduled_forum_brings_together",
        "The Eastern Economic Forum, which opens on Tuesday, will bring together more than 6,000 participants from 70 countries.",
        "2024-09-01",
        [("more than 6,000 participants", "target"), ("70 countries", "target")],
    ),
    (
        "scheduled_fair_hosts",
        "The China-Russia Expo in Harbin will host 1,200 exhibitors this year.",
        "2024-05-20",
        [("1,200 exhibitors", "target")],
    ),
    (
        "fair_expected_stays_forecast",
        "The China-Russia Expo is expected to attract 1,500 exhibitors.",
        "2024-05-20",
        [("1,500 exhibitors", "forecast")],
    ),
    (
        "headline_names_to_hold_drills",
        "Russia, China to hold naval drills with 20 warships",
        "2024-02-20",
        [("20 warships", "target")],
    ),
    (
        "headline_names_to_hold_drills_lead",
        "China, Russia to hold joint naval drills involving 12 warships\nThe exercise will take place in the Sea of Japan next week, the Chinese Defense Ministry said on Monday.",
        "2024-07-10",
        [("12 warships", "target")],
    ),
    (
        "long_headline_lends_body_names_loan",
        "China Development Bank lends Russia's VEB $1.5 billion for upgrade of Far Eastern port of Vanino\n\nBEIJING, June 1 (Xinhua) -- China Development Bank and Russia's VEB signed a loan agreement in Beijing on Friday to finance the port.",
        "2024-06-01",
        [("$1.5 billion", "target")],
    ),
    (
        "dated_earlier_value_under_deal",
        "Under the agreement, the two sides will boost rail freight to 150 million tonnes by 2030, from 95 million tonnes in 2023.",
        "2024-04-11",
        [("150 million tonnes", "target"), ("95 million tonnes", "actual")],
    ),
    (
        "dated_earlier_value_under_plan_hung_on_verb",
        "Under the roadmap, Russia will raise pork shipments to 300,000 tonnes in 2026 from 140,000 tonnes in 2023.",
        "2024-04-11",
        [("300,000 tonnes", "target"), ("140,000 tonnes", "actual")],
    ),
    (
        "projection_cut_from",
        "The projection of 5.2% growth for this year was cut from 5.5%, the IMF said.",
        "2024-05-14",
        [("5.2% growth", "forecast"), ("5.5%", "forecast")],
    ),
    (
        "target_raised_from",
        "The ministry's export target was raised from $40 billion, officials said.",
        "2024-05-14",
        [("$40 billion", "target")],
    ),
    (
        "after_growth_in_past_year",
        "The Ministry of Economic Development expects trade turnover to grow 3% this year, after 26% growth in 2023.",
        "2024-03-17",
        [("3%", "forecast"), ("26% growth", "actual")],
    ),
    (
        "following_decline",
        "Coal exports to China are expected to rise 10% in 2025 following a 4% decline in 2024.",
        "2024-03-17",
        [("10%", "forecast"), ("4% decline", "actual")],
    ),
    (
        "above_contract_volume",
        "Gazprom's daily exports via Power of Siberia hit a record 100 million cubic meters on Saturday, above the contract volume of 38 billion cubic meters a year.",
        "2024-06-30",
        [("100 million cubic meters", "actual"), ("38 billion cubic meters a year", "target")],
    ),
    (
        "below_plan_figure",
        "Deliveries reached 16 million tonnes in the first half, below the plan figure of 18 million tonnes.",
        "2024-06-30",
        [("16 million tonnes", "actual"), ("18 million tonnes", "target")],
    ),
    (
        "attained_target_object_stays_fact",
        "Exports reached the target of 38 bcm.",
        "2024-06-30",
        [("38 bcm", "actual")],
    ),
    (
        "must_cut",
        "Russia must cut its coal export costs by 15% to stay competitive in China, analysts said.",
        "2024-08-02",
        [("15%", "forecast")],
    ),
    (
        "semicolon_parts_expectation",
        "Tourist arrivals from China rose 3.5-fold to 850,000 in the first eight months; the industry expects 1.3 million for the full year.",
        "2024-10-01",
        [("3.5-fold", "actual"), ("850,000", "actual"), ("1.3 million", "forecast")],
    ),
    (
        "can_carry_passengers",
        "The Moscow-Kazan high-speed line, built with Chinese loans, can carry up to 10 million passengers a year.",
        "2024-06-25",
        [("up to 10 million passengers a year", "target")],
    ),
    (
        "can_seat_spectators",
        "The new arena in Blagoveshchensk can seat 8,000 spectators.",
        "2024-06-25",
        [("8,000 spectators", "target")],
    ),
    (
        "maximum_output",
        "The new ammonia plant in Ust-Luga will have a maximum output of 2.2 million tonnes a year.",
        "2024-07-09",
        [("2.2 million tonnes a year", "target")],
    ),
    (
        "nameplate_capacity",
        "The solar farm, financed by Chinese banks, has a nameplate capacity of 300 megawatts.",
        "2024-07-09",
        [("300 megawatts", "target")],
    ),
    (
        "due_to_rise",
        "Russian gas deliveries to China are due to rise to 48 billion cubic meters in 2025, Gazprom said.",
        "2024-05-16",
        [("48 billion cubic meters", "forecast")],
    ),
    (
        "due_to_as_cause_is_fact",
        "Exports of timber fell 12% in April due to weaker demand.",
        "2024-05-16",
        [("12%", "actual")],
    ),
    (
        "analysts_see_growing",
        "Analysts at Gazprombank see yuan deposits in Russia growing by 18% in 2025.",
        "2024-08-05",
        [("18%", "forecast")],
    ),
    (
        "bank_sees_price_at",
        "The central bank sees Urals crude at $62 per barrel next year.",
        "2024-08-05",
        [("$62 per barrel", "forecast")],
    ),
    (
        "saw_in_the_past_is_a_report",
        "Traders saw exports growing 4% last year.",
        "2024-08-05",
        [("4%", "actual")],
    ),
    (
        "will_build_reactors",
        "Rosatom will build four VVER-1200 reactors at the Xudapu plant.",
        "2024-03-21",
        [("four VVER-1200 reactors", "target")],
    ),
    (
        "will_build_this_year_is_a_flow",
        "China will build 6 million homes this year.",
        "2024-03-21",
        [("6 million homes", "forecast")],
    ),
    (
        "was_supposed_to_then_did",
        "The Zarubino terminal was supposed to handle 12 million tonnes in 2023 but handled only 7 million tonnes.",
        "2024-06-09",
        [("12 million tonnes", "target"), ("7 million tonnes", "actual")],
    ),
    (
        "invested_part_of_the_planned",
        "Chinese investors have already put in $900 million of the planned $3 billion.",
        "2024-09-19",
        [("$900 million", "actual"), ("$3 billion", "target")],
    ),
    (
        "received_the_expected_is_what_came",
        "The bank received the expected $2 billion in March.",
        "2024-06-09",
        [("$2 billion", "actual")],
    ),
    (
        "ru_parenthesis_after_and",
        "Поставки угля в Китай выросли на 3% и, по прогнозам, увеличатся на 6% в 2025 году.",
        "2024-04-03",
        [("3%", "actual"), ("6%", "forecast")],
    ),
    (
        "ru_expected_then_however",
        "Ожидалось, что экспорт древесины достигнет 9 млн тонн, однако он составил 7 млн тонн.",
        "2024-04-03",
        [("9 млн тонн", "forecast"), ("7 млн тонн", "actual")],
    ),
    (
        "zh_expected_but_actually",
        "预计今年木材出口将达到600万吨，但实际仅为450万吨。",
        "2024-04-03",
        [("600万吨", "forecast"), ("450万吨", "actual")],
    ),
    (
        "would_discuss_raising_to",
        "The Kremlin said the two leaders would discuss raising oil deliveries to 120 million tonnes a year.",
        "2024-04-04",
        [("120 million tonnes a year", "target")],
    ),
    (
        "discussed_trade_that_rose_is_a_fact",
        "The leaders discussed bilateral trade, which rose 26% last year.",
        "2024-04-04",
        [("26%", "actual")],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "published", "expected"), _ROWS, ids=[r[0] for r in _ROWS]
)
def test_unseen_modality6(
    nlp: Language, name: str, text: str, published: str, expected: list[Claimed]
) -> None:
    assert _claims(text, published) == expected
