"""The expensive analysis only where it decides something: NER and the claim assembly run
only on the sentences where a figure may be a claim once tagged, NER only where such a
sentence names something the lexicons do not know, and the quantity component reuses the
cheap pass's quantities. The claims stay those of the full analysis (every component on
every sentence), on the seeds and on news-dev where it lies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from sinorus_facts.claims.entities import names_beyond_lexicon
from sinorus_facts.ingest.reading import RawDocument
from sinorus_facts.pipeline.runner import Job, may_hold_claims, run
from sinorus_facts.quantities.component import preset_quantities
from sinorus_facts.quantities.finder import find_quantities

ROOT = Path(__file__).resolve().parent.parent
NEWS_DEV = [
    base / "gold" / "news-dev" / "docs.jsonl"
    for base in (ROOT.parent / "shared", ROOT.parent.parent / "shared")
]

# (sentence, whether a figure of it may be a claim once tagged)
MAY_HOLD = [
    ("Bilateral trade rose 8.5% to $45 billion last year.", True),
    ("The two presidents held 30 meetings over the decade.", True),
    ("He was one of the first to arrive at the talks.", False),
    ("Room 12 was booked for the second round of talks.", False),
    ("The delegation stayed at the hotel for two days.", True),
    ("Both sides signed the deal in 2019 after long talks.", False),
]


@pytest.mark.parametrize(("text", "expected"), MAY_HOLD, ids=[t[:28] for t, _ in MAY_HOLD])
def test_may_hold_claims(nlp: Language, text: str, expected: bool) -> None:
    assert may_hold_claims(nlp(text)) is expected


# (sentence, whether it names something only NER can tell: a capitalised word that is no
# name of the entities lexicon, no month or weekday, and not a first word tagged otherwise)
NAMES_BEYOND = [
    ("Exports to China rose 5% in May, the ministry said.", False),
    ("Rosneft will supply 10 million tonnes of oil a year.", False),
    ("In March exports of Russian wheat rose 3%.", False),
    ("Gazprom and CNPC signed a $400 billion deal on Tuesday.", False),
    ("Shipments rose 5%, Ivanov told reporters.", True),
    ("Trade via Blagoveshchensk rose 7% to 2 million tonnes.", True),
    ("Sukhoi delivered 24 jets to China.", True),
    ("Flights from BEIJING to Moscow rose 12% in April.", False),
    ("MOSCOW, May 5 - Ivanov said exports rose 12% in April.", True),
    ("I think exports to China will rise 10% this year.", False),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_BEYOND, ids=[t[:28] for t, _ in NAMES_BEYOND])
def test_names_beyond_lexicon(nlp: Language, text: str, expected: bool) -> None:
    assert names_beyond_lexicon(nlp(text)) is expected


def test_component_takes_the_quantities_found_beforehand(nlp: Language) -> None:
    doc = nlp.make_doc("Exports rose 5% to $3 billion.")
    preset_quantities(doc, find_quantities("Exports rose 5%.")[:1])
    preset = [q["text"] for q in nlp.get_pipe("sinorus_quantities")(doc)._.sf_quantities]
    found = [
        q["text"] for q in nlp.get_pipe("sinorus_quantities")(doc)._.sf_quantities
    ]  # taken once, then searched
    assert (preset, found) == (["5%"], ["5%", "$3 billion"])


# Sentences that may hold claims beside sentences that cannot, in one document, so that
# both paths of the staged analysis run in one batch.
MIXED = [
    (
        "MOSCOW, May 2 -- He was one of the first to arrive. Trade with China rose 12% to $107 billion, "
        "the ministry said. Room 12 was booked. Gazprom plans to ship 38 bcm of gas a year by 2025."
    ),
    "Officials met twice. Exports rose 3% in May. Output fell by about 4.5 percent in the first half, Rosstat said.",
    # sentences NER is not run on (no name beyond the lexicons) beside one it is run on
    (
        "Exports of Russian wheat to China rose 14 percent year on year to 3.1 million tonnes, the ministry said. "
        "The refinery will receive 7 million tonnes of crude a year for a period of 15 years. "
        "Deputy Minister Pavel Sorokin said 20 percent of it would come by rail."
    ),
]


@pytest.mark.parametrize(
    "text", MIXED, ids=["four-sentences", "two-sentences", "names-known-and-not"]
)
def test_staged_analysis_gives_the_claims_of_the_full_one(nlp: Language, text: str) -> None:
    staged = next(run(nlp, [Job("x", raw=RawDocument("x", text))]))
    full = next(run(nlp, [Job("x", raw=RawDocument("x", text))], analyse_all=True))
    assert (len(staged.claims) > 1, staged.claims, staged.error) == (True, full.claims, full.error)


@pytest.mark.slow
def test_news_dev_claims_are_those_of_the_full_analysis(nlp: Language) -> None:
    path = next((p for p in NEWS_DEV if p.is_file()), None)
    if path is None:
        pytest.skip("news-dev is not beside the project")
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    jobs = [Job(str(r["id"]), raw=RawDocument(str(r["id"]), r["text"])) for r in rows]
    staged = [(r.doc_id, r.claims, r.error) for r in run(nlp, jobs)]
    full = [(r.doc_id, r.claims, r.error) for r in run(nlp, jobs, analyse_all=True)]
    assert staged == full
