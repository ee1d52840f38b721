"""The document-context stage (issues 13 and 14): what the article gives a figure that its
own sentence leaves out. Tables of short articles written for these tests, each row with
the exact fields expected of every claim, in text order."""

from __future__ import annotations

import pytest
from spacy.language import Language

import sinorus_facts

# (name, text, published, [(value, period start, period end, period origin)])
_PERIODS = [
    (
        "breakdowns_take_the_report_period",
        (
            "Trade between the two countries rose 12% to $95 billion in January-September, the customs office said.\n\n"
            "Exports of machinery grew 20% to $30 billion. Imports of crude oil fell 4% to $41 billion."
        ),
        "2023-10-13",
        [
            (12.0, "2023-01-01", "2023-09-30", "sentence"),
            (95e9, "2023-01-01", "2023-09-30", "sentence"),
            (20.0, "2023-01-01", "2023-09-30", "article"),
            (30e9, "2023-01-01", "2023-09-30", "article"),
            (4.0, "2023-01-01", "2023-09-30", "article"),
            (41e9, "2023-01-01", "2023-09-30", "article"),
        ],
    ),
    (
        "a_new_period_replaces_the_old",
        (
            "Coal shipments reached 80 million tonnes in 2021. In 2022 they rose to 95 million tonnes. "
            "Coking coal made up 21 million tonnes."
        ),
        "2023-02-01",
        [
            (80e6, "2021-01-01", "2021-12-31", "sentence"),
            (95e6, "2022-01-01", "2022-12-31", "sentence"),
            (21e6, "2022-01-01", "2022-12-31", "article"),
        ],
    ),
    (
        "a_narrower_time_leaves_the_frame",
        (
            "Freight across the border grew 9% to 14 million tonnes in the first half of 2022. "
            "In June alone, it jumped 30%. Grain accounted for 2 million tonnes."
        ),
        "2022-07-20",
        [
            (9.0, "2022-01-01", "2022-06-30", "sentence"),
            (14e6, "2022-01-01", "2022-06-30", "sentence"),
            (30.0, "2022-06-01", "2022-06-30", "sentence"),
            (2e6, "2022-01-01", "2022-06-30", "article"),
        ],
    ),
    (
        "a_forecast_does_not_inherit",
        "Exports of pork reached 40,000 tonnes in 2024. The union expects them to top 60,000 tonnes.",
        "2025-01-15",
        [(40000.0, "2024-01-01", "2024-12-31", "sentence"), (60000.0, None, None, None)],
    ),
    (
        "a_length_and_a_present_state_do_not_inherit",
        (
            "Gas deliveries rose to 22 billion cubic meters in 2023. The pipeline stretches 3,000 km. "
            "The operator owns 50 percent of the venture."
        ),
        "2024-01-10",
        [
            (22e9, "2023-01-01", "2023-12-31", "sentence"),
            (3000.0, None, None, None),
            (50.0, None, None, None),
        ],
    ),
    (
        "that_year_points_back",
        "Tourist arrivals hit a record in 2019. That year, the number of visitors reached 1.2 million.",
        "2021-03-01",
        [(1.2e6, "2019-01-01", "2019-12-31", "article")],
    ),
    (
        "the_year_is_the_year_the_article_speaks_of",
        "At the start of 2022, the dollar made up 60% of payments. By the end of the year, its share fell to 35%.",
        "2023-04-10",
        [
            (60.0, "2022-01-01", "2022-01-31", "sentence"),
            (35.0, "2022-12-01", "2022-12-31", "article"),
        ],
    ),
    (
        "the_same_period_points_back",
        "Soybean imports were 500,000 tonnes in January-May. Rapeseed imports doubled in the same period.",
        "2021-06-20",
        [
            (500000.0, "2021-01-01", "2021-05-31", "sentence"),
            (2.0, "2021-01-01", "2021-05-31", "article"),
        ],
    ),
    (
        "a_new_article_starts_without_a_frame",
        (
            "Timber exports rose\n\nMay 3, 2020\n\nTimber exports rose 8% in the first quarter.\n\n\n\n"
            "Wheat deal signed\n\nMay 4, 2020\n\nThe buyer paid 40 million dollars."
        ),
        None,
        [(8.0, "2020-01-01", "2020-03-31", "sentence"), (40e6, None, None, None)],
    ),
    (
        "the_other_figure_of_the_sentence_shares_its_time",
        "Oil imports rose 7.5% year on year to 30 million tonnes in the first five months.",
        "2019-06-10",
        [
            (7.5, "2019-01-01", "2019-05-31", "sentence"),
            (30e6, "2019-01-01", "2019-05-31", "sentence"),
        ],
    ),
]


_EVENTS = [
    (
        "counts_of_an_exercise_take_its_days",
        "The naval drills begin on May 3 and last until May 9.\n\nSome 12 warships and 900 marines will take part.",
        "2021-04-28",
        [
            (12.0, "2021-05-03", "2021-05-09", "article"),
            (900.0, "2021-05-03", "2021-05-09", "article"),
        ],
    ),
    (
        "a_length_in_days_from_a_day",
        "The two navies started six days of exercises on Tuesday. Russia sent four destroyers.",
        "2022-08-09",
        [
            (6.0, "2022-08-09", "2022-08-14", "article"),
            (4.0, "2022-08-09", "2022-08-14", "article"),
        ],
    ),
    (
        "one_day_is_no_event_span",
        "The forum opened on Monday. It drew 3,000 guests.",
        "2019-06-05",
        [(3000.0, None, None, None)],
    ),
]


def _periods(
    text: str, published: str | None
) -> list[tuple[float, str | None, str | None, str | None]]:
    claims = sinorus_facts.extract(text, published=published)
    return [
        (
            c.value,
            c.period.start.isoformat() if c.period and c.period.start else None,
            c.period.end.isoformat() if c.period and c.period.end else None,
            c.period.origin if c.period else None,
        )
        for c in claims
    ]


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    ("name", "text", "published", "expected"), _PERIODS, ids=[r[0] for r in _PERIODS]
)
def test_the_period_the_article_gives(
    nlp: Language,
    name: str,
    text: str,
    published: str | None,
    expected: list[tuple[float, str | None, str | None, str | None]],
) -> None:
    assert _periods(text, published) == expected


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    ("name", "text", "published", "expected"), _EVENTS, ids=[r[0] for r in _EVENTS]
)
def test_the_days_of_an_event(
    nlp: Language,
    name: str,
    text: str,
    published: str | None,
    expected: list[tuple[float, str | None, str | None, str | None]],
) -> None:
    assert _periods(text, published) == expected


@pytest.mark.issue(13)
def test_an_inherited_period_points_at_its_words(nlp: Language) -> None:
    text = (
        "Trade rose 10% to $60 billion in January-April, customs data showed. "
        "Exports grew 15% to $35 billion."
    )
    claims = sinorus_facts.extract(text, published="2020-05-08")
    inherited = [c for c in claims if c.period and c.period.origin == "article"]
    assert [c.value for c in inherited] == [15.0, 35e9]
    for claim in inherited:
        assert claim.period is not None
        assert claim.period.text_start is not None
        assert (
            text[claim.period.text_start : claim.period.text_end]
            == claim.period.text
            == "January-April"
        )


# (name, text, published, [(value, attribution, attribution origin)])
_SOURCES = [
    (
        "a_source_in_the_lead_holds_for_the_report",
        (
            "Rail freight to China grew 11% in 2023, the state railway company said.\n\n"
            "Coal made up 40 million tonnes. Timber shipments fell 6%."
        ),
        "2024-01-20",
        [
            (11.0, "state railway company", "sentence"),
            (40e6, "state railway company", "article"),
            (6.0, "state railway company", "article"),
        ],
    ),
    (
        "a_source_after_the_lead_holds_for_the_next_sentence_of_its_paragraph",
        (
            "Relations warmed in the past decade. Officials meet often.\n\n"
            "Energy ties deepened too. Oil supplies rose 8% in 2022, according to the energy ministry. "
            "Gas supplies grew 40%.\n\n"
            "Many analysts say the growth will slow. Power exports fell 20%."
        ),
        "2023-02-01",
        [
            (8.0, "energy ministry", "sentence"),
            (40.0, "energy ministry", "article"),
            (20.0, None, None),
        ],
    ),
    (
        "a_report_holds_for_its_kind_of_figure_in_later_paragraphs",
        (
            "Relations between the two neighbours have warmed steadily over the whole of the past decade.\n\n"
            "Officials of both sides meet often, and their banks work more closely than they used to.\n\n"
            "The central bank reported that the yuan's share of payments rose to 30% in 2022.\n\n"
            "The ruble's share of payments reached 40%.\n\n"
            "Tourist arrivals from China rose 10% in 2022."
        ),
        "2023-03-01",
        [(30.0, "central bank", "sentence"), (40.0, "central bank", "article"), (10.0, None, None)],
    ),
    (
        "a_weekday_is_no_source",
        "Timber exports rose 7% in May, local authorities said Wednesday.",
        "2021-06-10",
        [(7.0, "local authorities", "sentence")],
    ),
    (
        "a_description_takes_the_name_the_article_gives",
        "Wheat exports rose 14% in 2022, the grain exporters' union (Rusgrain) said.",
        "2023-01-15",
        [(14.0, "Rusgrain", "sentence")],
    ),
    (
        "a_headline_names_its_source_after_a_dash",
        "Coal exports to China up 12% - Ministry\n\nMay 3, 2020\n\nCoal shipments grew fast this spring.",
        None,
        [(12.0, "Ministry", "sentence")],
    ),
    (
        "the_source_named_at_the_end_of_the_next_sentence",
        (
            "Rail freight to the east grew 11% to 40 million tonnes in 2023.\n\n"
            "Container traffic rose 25%, figures of the state railway company showed."
        ),
        "2024-01-20",
        [
            (11.0, "state railway company", "article"),
            (40e6, "state railway company", "article"),
            (25.0, "state railway company", "sentence"),
        ],
    ),
    (
        "a_source_set_off_after_its_determiner_in_the_next_sentence",
        (
            "Relations warmed in the past decade. Officials meet often.\n\n"
            "Ties grew too. Grain shipments rose 12% to 4 million tonnes in 2022. "
            "China, the agriculture ministry said, bought 30% of the grain shipments."
        ),
        "2023-02-01",
        [
            (12.0, "agriculture ministry", "article"),
            (4e6, "agriculture ministry", "article"),
            (30.0, "agriculture ministry", "sentence"),
        ],
    ),
    (
        "after_the_lead_a_source_holds_for_the_rest_of_its_paragraph_whatever_the_period",
        (
            "Relations between the two neighbours have warmed steadily over the whole of the past decade.\n\n"
            "Officials of both sides meet often, and their banks work more closely than they used to.\n\n"
            "Energy ties deepened too. According to the energy ministry, Russia ships 2 million barrels a day. "
            "Its oil sales to China have tripled over the past eight years.\n\n"
            "Many analysts say the growth will slow."
        ),
        "2023-02-01",
        [(2e6, "energy ministry", "sentence"), (3.0, "energy ministry", "article")],
    ),
    (
        "after_the_lead_an_undated_breakdown_is_the_dated_report_s",
        (
            "Relations between the two neighbours have warmed steadily over the whole of the past decade.\n\n"
            "Officials of both sides meet often, and their banks work more closely than they used to.\n\n"
            "In May 2022, the regional government reported a threefold rise in trade with China over the past year. "
            "Among other goods, China bought thousands of tonnes of honey.\n\n"
            "Many analysts say the growth will slow."
        ),
        "2023-02-01",
        [(3.0, "regional government", "sentence"), (1000.0, "regional government", "article")],
    ),
    (
        "a_year_compared_with_stays_in_the_report",
        (
            "Relations between the two neighbours have warmed steadily over the whole of the past decade.\n\n"
            "Officials of both sides meet often, and their banks work more closely than they used to.\n\n"
            "Rail freight reached 61 million tonnes in 2022, up 7%, according to the state railway company. "
            "That pace trailed the 19% jump seen in 2021.\n\n"
            "Many analysts say the growth will slow."
        ),
        "2023-02-01",
        [
            (61e6, "state railway company", "sentence"),
            (7.0, "state railway company", "sentence"),
            (19.0, "state railway company", "article"),
        ],
    ),
    (
        "a_sentence_that_opens_on_another_time_is_the_writer_s",
        (
            "Relations between the two neighbours have warmed steadily over the whole of the past decade.\n\n"
            "Officials of both sides meet often, and their banks work more closely than they used to.\n\n"
            "Rail freight reached 61 million tonnes in 2022, according to the state railway company. "
            "In 2009, freight stood at 20 million tonnes.\n\n"
            "Many analysts say the growth will slow."
        ),
        "2023-02-01",
        [(61e6, "state railway company", "sentence"), (20e6, None, None)],
    ),
    (
        "a_lead_that_names_who_reveals_the_figures",
        (
            "The Baltic Shipyard Group, a maker of icebreakers, revealed new details of its order book.\n\n"
            "Its yards will deliver 12 vessels in the next three years."
        ),
        "2022-05-10",
        [(12.0, "Baltic Shipyard Group", "article")],
    ),
    (
        "a_lead_that_discloses_details_holds_for_descriptions_and_plans",
        (
            "The Nevsky Shipyard, a builder of river cruisers, unveiled the design of its new ferry.\n\n"
            "The hull has grown since the first drafts. It is now 2 metres wider, with room for 40 cabins.\n\n"
            "The ferry should carry 300 passengers, over a range of about 900 km."
        ),
        "2022-05-10",
        [
            (2.0, "Nevsky Shipyard", "article"),
            (40.0, "Nevsky Shipyard", "article"),
            (300.0, "Nevsky Shipyard", "article"),
            (900.0, "Nevsky Shipyard", "article"),
        ],
    ),
    (
        "a_speaker_outranks_the_medium",
        (
            "Deputy minister Pavel Orlov said grain exports will reach 60 million tonnes this season, "
            "according to a report on the Interfax wire."
        ),
        "2023-08-01",
        [(60e6, "Pavel Orlov", "sentence")],
    ),
    (
        "a_headline_figure_takes_the_source_its_lead_gives_the_same_figure",
        (
            "Russia ships 4.2 mln tonnes of coal to China by rail in spring\n\nMay 3, 2021\n\n"
            "Russia shipped 4.2 million tonnes of coal to China by rail from March to May, the railway operator said "
            "on Monday.\n\nThe route opened in 2015."
        ),
        None,
        [(4.2e6, "railway operator", "article"), (4.2e6, "railway operator", "sentence")],
    ),
    (
        "a_headline_figure_not_in_the_lead_keeps_no_source",
        (
            "Coal exports to China up 12% this spring\n\nMay 3, 2021\n\n"
            "Russia shipped 4.2 million tonnes of coal to China by rail from March to May, the railway operator said "
            "on Monday.\n\nThe route opened in 2015."
        ),
        None,
        [(12.0, None, None), (4.2e6, "railway operator", "sentence")],
    ),
    (
        "a_new_article_has_its_own_source",
        (
            "Grain exports up\n\nMay 3, 2020\n\nGrain exports rose 8% in April, the ministry said.\n\n\n\n"
            "Car sales down\n\nMay 4, 2020\n\nCar sales fell 12% in April."
        ),
        None,
        [(8.0, "ministry", "sentence"), (12.0, None, None)],
    ),
]


def _sources(text: str, published: str | None) -> list[tuple[float, str | None, str | None]]:
    return [
        (c.value, c.attribution, c.attribution_origin)
        for c in sinorus_facts.extract(text, published=published)
    ]


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    ("name", "text", "published", "expected"), _SOURCES, ids=[r[0] for r in _SOURCES]
)
def test_the_source_the_article_gives(
    nlp: Language,
    name: str,
    text: str,
    published: str | None,
    expected: list[tuple[float, str | None, str | None]],
) -> None:
    assert _sources(text, published) == expected


@pytest.mark.issue(14)
def test_a_carried_source_points_at_its_words(nlp: Language) -> None:
    text = "Rail freight to China grew 11% in 2023, the state railway company said.\n\nCoal made up 40 million tonnes."
    claims = sinorus_facts.extract(text, published="2024-01-20")
    for claim in claims:
        assert claim.attribution_start is not None
        assert claim.attribution_end is not None
        assert text[claim.attribution_start : claim.attribution_end] == claim.attribution


# (name, text, [(value, modality)])
_COMMITMENTS = [
    (
        "will_under_a_contract_is_a_target",
        "Under the contract, the company will supply 5 million tonnes of oil a year.",
        [(5e6, "target")],
    ),
    (
        "would_in_a_drill_is_a_target",
        "Some 40 warships would take part in the drills.",
        [(40.0, "target")],
    ),
    (
        "an_expectation_stays_a_forecast_whatever_it_is_about",
        "The company expects the contract to bring 3 billion dollars.",
        [(3e9, "forecast")],
    ),
    ("a_plain_will_is_a_forecast", "Trade will reach 250 billion dollars.", [(250e9, "forecast")]),
    (
        "a_signing_in_the_past_sets_the_terms",
        "The two banks signed a 2 billion dollar loan agreement.",
        [(2e9, "target")],
    ),
    (
        "a_design_capacity_is_a_target",
        "The terminal has a capacity of 12 million tonnes a year.",
        [(12e6, "target")],
    ),
    ("a_fact_stays_a_fact", "Exports rose 9 percent last year.", [(9.0, "actual")]),
]


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    ("name", "text", "expected"), _COMMITMENTS, ids=[r[0] for r in _COMMITMENTS]
)
def test_commitments_are_targets(
    nlp: Language, name: str, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [
        (c.value, c.modality) for c in sinorus_facts.extract(text, published="2020-06-01")
    ] == expected


_MORE_COMMITMENTS = [
    (
        "a_design_word_before_the_figure",
        "The new terminal, with a total capacity of 8 million tonnes a year, is expected to open soon.",
        [(8e6, "target")],
    ),
    (
        "received_under_a_deal_is_a_fact",
        "Under the agreement, the two companies received loans of 4 billion dollars last year.",
        [(4e9, "actual")],
    ),
    (
        "may_lend_under_a_framework_deal",
        "The bank signed a framework agreement under which it may lend up to 3 billion dollars.",
        [(3e9, "target")],
    ),
]


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    ("name", "text", "expected"), _MORE_COMMITMENTS, ids=[r[0] for r in _MORE_COMMITMENTS]
)
def test_designs_and_what_happened(
    nlp: Language, name: str, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [
        (c.value, c.modality) for c in sinorus_facts.extract(text, published="2020-06-01")
    ] == expected


_SIGNINGS_AND_LENGTHS = [
    (
        "a_signing_sentence_frames_no_report",
        "The supply contract was signed in March 2019.\n\nThe buyers later received 2 million tonnes of grain.",
        "2020-06-01",
        [(2e6, None, None, None)],
    ),
    (
        "a_length_keeps_no_time",
        "In May 2021, work began on the new bridge, 1,080 km from the capital.",
        "2021-06-01",
        [(1080.0, None, None, None)],
    ),
]


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    ("name", "text", "published", "expected"),
    _SIGNINGS_AND_LENGTHS,
    ids=[r[0] for r in _SIGNINGS_AND_LENGTHS],
)
def test_signings_and_lengths(
    nlp: Language,
    name: str,
    text: str,
    published: str,
    expected: list[tuple[float, str | None, str | None, str | None]],
) -> None:
    assert _periods(text, published) == expected
