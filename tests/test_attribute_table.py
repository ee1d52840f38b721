"""The model's attribute ruler matched through a table gives every token the part of
speech, morphology and lemma that spaCy's own ``AttributeRuler`` gives it: the sentences
below run through both, token by token. They hold the patterns' kinds: plain tags, words
with tags, words in a set ("is", "'s"), relations ("expl" before "is"), two-token forms
("gon" + "na", "let" + "'s"), regular expressions ("y'all", "nothin'") and blanks."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from sinorus_facts.pipeline.fast.attribute_table import AttributeTable, can_tabulate
from sinorus_facts.pipeline.loading import _find_model

SENTENCES = [
    "Gazprom has shipped 38 bcm of gas to China via the Power of Siberia pipeline.",
    "There are 12 new border crossings, and there is a plan for three more.",
    "We're gonna double trade, let's say to $200 billion, the minister said.",
    "Y'all know it ain't easy: nothin' comes free, and we gotta pay 5% more.",
    "It's been a year; I'm sure they've done it, if the data are right.",
    "Did the bank lend it?  It did, and it has lent them $6 billion since.",
    "Trade  rose\n\n12 percent  in the first half, c'mon, that's what I said.",
    "Which deal was signed, and whose gas is that?",
]


@pytest.fixture(scope="module")
def reference():
    """en_core_web_sm as spaCy ships it (its own attribute ruler), without NER."""
    return spacy.load(_find_model(), exclude=["senter", "ner"])


def _attributes(doc: spacy.tokens.Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


@pytest.mark.parametrize("text", SENTENCES, ids=[s[:24] for s in SENTENCES])
def test_table_gives_what_the_ruler_gives(nlp: Language, reference, text: str) -> None:
    ours = nlp(text, disable=["ner", "sinorus_quantities", "sinorus_timexes", "sinorus_claims"])
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeTable
    assert _attributes(ours) == _attributes(reference(text))


def test_matches_are_the_rulers_own(nlp: Language, reference) -> None:
    """The same rules at the same tokens, in the same order (a later rule wins)."""
    table, ruler = nlp.get_pipe("attribute_ruler"), reference.get_pipe("attribute_ruler")
    before_ruler = [
        name for name in reference.pipe_names if name != "attribute_ruler" and name != "lemmatizer"
    ]
    for text in SENTENCES:
        doc = reference(text, disable=["attribute_ruler", "lemmatizer"])
        assert before_ruler == ["tok2vec", "tagger", "parser"]
        assert [(n, s, e) for n, _, s, e in table.match(doc)] == sorted(
            {(n, s, e) for n, _, s, e in ruler.match(doc)}
        )


def test_a_pattern_of_another_kind_is_not_tabulated() -> None:
    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "gas"}, {"LOWER": "field", "OP": "?"}]], {"LEMMA": "gas"})
    assert can_tabulate(ruler) is False
    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["gas", "oil"]}}, {"TAG": "NN"}]], {"LEMMA": "fuel"})
    assert can_tabulate(ruler) is True
