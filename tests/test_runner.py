"""The runner: the cheap pass changes nothing in the output, long sentences are cut into
pieces, one failing document fails alone, and the model's memory does not grow."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sinorus_facts.ingest.reading import RawDocument
from sinorus_facts.models import DocumentResult
from sinorus_facts.periods.articles import build_document
from sinorus_facts.pipeline import runner
from sinorus_facts.pipeline.runner import (
    MAX_SENTENCE,
    Job,
    bounded_sentences,
    candidate_sentences,
    run,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_FILES = sorted(p.name for p in SEEDS.glob("*.txt"))


def _job(path: Path) -> Job:
    return Job(path.name, path=path)


@pytest.mark.parametrize("name", SEED_FILES)
def test_prefilter_gives_the_claims_of_analysing_every_sentence(nlp: Language, name: str) -> None:
    chosen = next(run(nlp, [_job(SEEDS / name)]))
    everything = next(run(nlp, [_job(SEEDS / name)], analyse_all=True))
    assert (chosen.claims, chosen.error) == (everything.claims, everything.error)


# (text, indexes of the sentences the model sees)
_CANDIDATES = [
    ("Leaders met in Beijing. Trade rose 12% to $107 billion. They spoke of friendship.", [1]),
    ("The two sides met. Oil exports reached 30 million tonnes.", [0, 1]),
    ("Talks went on late into the night. Nothing was signed.", []),
    ("Subscribe\nGas deliveries rose by 5%.", [1]),
    ("Share\n\nThe railway is 700 km long.\nComments", [1]),
]


@pytest.mark.parametrize(("text", "expected"), _CANDIDATES, ids=[t[:30] for t, _ in _CANDIDATES])
def test_candidate_sentences(text: str, expected: list[int]) -> None:
    assert candidate_sentences(build_document(RawDocument("x", text))) == expected


# (text, lengths of the sentences after cutting)
_LONG = [
    ("short", "Trade rose 5%.", [14]),
    ("no stops", "trade " * 500, [995, 995, 995, 11]),
    ("one long token", "7" * 4500, []),
    (
        "long tokens among words",
        "Trade rose 5% in May. " + "x" * 1500 + " and " + "y" * 600 + " fell.",
        [21, 3, 5],
    ),
    (
        "a long token in a long sentence",
        "Trade rose 5% " + "x" * 1500 + " and " + "y" * 1100 + " fell 2%.",
        [13, 3, 8],
    ),
    ("line breaks", ("figures and words\n" * 150).rstrip(), [997, 999, 701]),
    ("short then long", "Exports rose 5%. " + "Word " * 450, [16, 999, 999, 249]),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in _LONG], ids=[r[0] for r in _LONG])
def test_bounded_sentences(text: str, expected: list[int]) -> None:
    document = bounded_sentences(build_document(RawDocument("x", text)))
    assert [s.end - s.start for s in document.sentences] == expected


def test_pieces_of_a_long_sentence_stay_inside_the_text() -> None:
    text = "Exports " + "rose by 5% and " * 400 + "ended."
    document = bounded_sentences(build_document(RawDocument("x", text)))
    pieces = [text[s.start : s.end] for s in document.sentences]
    assert (" ".join(pieces), max(map(len, pieces)) <= MAX_SENTENCE) == (
        " ".join(text.split()),
        True,
    )


@Language.component("sf_test_fails_on_marker")
def _fails_on_marker(doc: Doc) -> Doc:
    if "XYZZY" in doc.text:
        raise ValueError("the test component met its marker")
    return doc


@pytest.fixture(scope="module")
def fragile_nlp() -> Language:
    nlp = spacy.blank("en")
    for name in (
        "sinorus_quantities",
        "sinorus_timexes",
        "sinorus_claims",
        "sf_test_fails_on_marker",
    ):
        nlp.add_pipe(name)
    return nlp


def _summary(results: list[DocumentResult]) -> list[tuple[str, int, str | None]]:
    return [(r.doc_id, len(r.claims), r.error.reason if r.error else None) for r in results]


def test_a_failing_document_fails_alone(fragile_nlp: Language) -> None:
    texts = {
        "a": "Exports rose 5%.",
        "b": "Imports rose 7% XYZZY.",
        "c": "Gas sales fell 3%. Oil sales fell 4%.",
    }
    jobs = [Job(k, raw=RawDocument(k, v)) for k, v in texts.items()]
    assert _summary(list(run(fragile_nlp, jobs))) == [
        ("a", 1, None),
        ("b", 0, "ValueError: the test component met its marker (in the sentence at 0)"),
        ("c", 2, None),
    ]


def test_good_documents_keep_their_claims_beside_a_failing_one(fragile_nlp: Language) -> None:
    good = [Job("a", raw=RawDocument("a", "Exports rose 5% to $2 billion."))]
    bad = [Job("b", raw=RawDocument("b", "It fell 2% XYZZY."))]
    alone = next(run(fragile_nlp, good))
    beside = list(run(fragile_nlp, bad + good))[1]
    assert beside == alone


def test_the_vocabulary_does_not_grow_with_the_corpus_once_full(nlp: Language, monkeypatch) -> None:
    texts = [f"Shipments of zorblat{n} rose {n}% to {n} million quuxtons{n}." for n in range(300)]
    list(run(nlp, [Job("warm", raw=RawDocument("warm", texts[0]))]))
    monkeypatch.setattr(runner, "KEPT_VOCABULARY", len(nlp.vocab))
    before = len(nlp.vocab.strings)
    list(run(nlp, [Job(str(n), raw=RawDocument(str(n), t)) for n, t in enumerate(texts)]))
    assert len(nlp.vocab.strings) == before


def test_the_words_of_the_text_read_first_are_kept_for_the_next(nlp: Language, monkeypatch) -> None:
    monkeypatch.setattr(runner, "KEPT_VOCABULARY", len(nlp.vocab) + 1000)
    text = "Shipments of glimmerwort rose 7% to 3 million snarbottles."
    list(run(nlp, [Job("first", raw=RawDocument("first", text))]))
    assert "glimmerwort" in nlp.vocab.strings
    kept = len(nlp.vocab)
    list(run(nlp, [Job("again", raw=RawDocument("again", text))]))
    assert len(nlp.vocab) == kept
