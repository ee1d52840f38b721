"""Stepped decoding of the parser and NER gives exactly spaCy's own annotations: the same
heads, labels and entities as the component's ``pipe``, sentence for sentence, in any
batch, with sentences of every length (none at all, one token, hundreds)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from sinorus_facts.pipeline.fast.decoding import can_step, decode

SENTENCES = [
    "Gazprom and CNPC signed a 30-year contract in Shanghai on Wednesday.",
    "Trade between Russia and China rose 26.3 percent to 146.9 billion U.S. dollars in 2021, Li Kuiwen said.",
    "Rosatom will build two reactors at the Tianwan plant in Jiangsu province by 2028.",
    "MOSCOW, March 4 (TASS) -- Novatek shipped 1.2 million tonnes of LNG from Yamal to Ningbo.",
    "The Bank of Russia held its key rate at 16%, Governor Elvira Nabiullina told reporters in St. Petersburg.",
    "Exports of soybeans from the Amur region to Heilongjiang doubled.",
    "",
    "Yes",
    "   ",
    "Tourist flows across the border at Blagoveshchensk and Heihe reached 300,000 visits, the governor's office said. "
    * 6,
    "The Power of Siberia pipeline, built by Gazprom and operated with CNPC, carried 38 bcm in 2023.",
    "Xi Jinping met Vladimir Putin at the Kremlin; they spoke about the Arctic, Vietnam and the Far East.",
]

PARSED_BY = ["tok2vec", "tagger", "attribute_ruler", "lemmatizer"]


def _tagged(nlp: Language, texts: list[str]) -> list[Doc]:
    """The texts through the components before the parser (the parser reads tok2vec's tensor)."""
    keep = set(PARSED_BY)
    return list(nlp.pipe(texts, disable=[n for n in nlp.pipe_names if n not in keep]))


def _annotations(docs: list[Doc]) -> list[list[tuple[int, str, str, str]]]:
    return [[(t.head.i, t.dep_, t.ent_iob_, t.ent_type_) for t in doc] for doc in docs]


def test_the_parser_and_ner_can_be_stepped_and_the_tagger_cannot(nlp: Language) -> None:
    assert [can_step(nlp.get_pipe(n)) for n in ("parser", "ner", "tagger", "sinorus_claims")] == [
        True,
        True,
        False,
        False,
    ]


@pytest.mark.parametrize("batch_size", [1, 3, 64])
def test_stepped_parse_and_entities_equal_spacys_own(nlp: Language, batch_size: int) -> None:
    parser, ner = nlp.get_pipe("parser"), nlp.get_pipe("ner")
    stock = list(
        ner.pipe(parser.pipe(_tagged(nlp, SENTENCES), batch_size=batch_size), batch_size=batch_size)
    )
    stepped = list(
        decode(
            ner,
            decode(parser, _tagged(nlp, SENTENCES), batch_size=batch_size),
            batch_size=batch_size,
        )
    )
    assert [d.text for d in stepped] == SENTENCES  # every Doc, in input order
    assert _annotations(stepped) == _annotations(stock)
    assert any(doc.ents for doc in stepped)
    assert any(t.dep_ == "nsubj" for doc in stepped for t in doc)


def test_the_entities_found_are_the_names(nlp: Language) -> None:
    doc = next(decode(nlp.get_pipe("ner"), _tagged(nlp, [SENTENCES[0]])))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("CNPC", "ORG"),
        ("30-year", "DATE"),
        ("Shanghai", "GPE"),
        ("Wednesday", "DATE"),
    ]


def test_a_component_that_cannot_be_stepped_runs_its_own_pipe(nlp: Language) -> None:
    tagger = nlp.get_pipe("tagger")
    docs = list(nlp.pipe(SENTENCES[:3], disable=[n for n in nlp.pipe_names if n != "tok2vec"]))
    tags = [[t.tag_ for t in doc] for doc in decode(tagger, docs)]
    assert tags[0][:2] == ["NNP", "CC"]
    assert all(tags)
