"""The model's lemmatizer, remembered, gives every token the lemma spaCy's own
``Lemmatizer`` gives it: the sentences below run through both, token by token, and again
once the table is warm. They hold what lemmas depend on: inflected and base forms of the
same word under different tags ("rose" the verb and "rose" the noun), irregular forms,
proper nouns, numbers and blanks."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from sinorus_facts.pipeline.fast.lemma_table import LemmaTable
from sinorus_facts.pipeline.loading import _find_model

SENTENCES = [
    "Exports rose 12 percent as the rose growers of Yunnan shipped more flowers north.",
    "Gazprom has been supplying gas; it supplied 38 bcm and will supply more, its officials said.",
    "The banks were lending, had lent and are lending again: loans worth $6 billion went out.",
    "Better prices drove the best sellers further; the worst months are behind them.",
    "Geese, mice and children crossed the bridges at Heihe   twice\n\nyesterday.",
    "Rosneft's and CNPC's shares fell, falling for a third day after they'd fallen in May.",
    "She is leaving; he left; they leave; we've left it, and I am going to leave too.",
]


@pytest.fixture(scope="module")
def reference():
    """en_core_web_sm as spaCy ships it (its own lemmatizer), without NER."""
    return spacy.load(_find_model(), exclude=["senter", "ner"])


def _lemmas(doc: spacy.tokens.Doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.pos_, t.lemma_) for t in doc]


@pytest.mark.parametrize("rounds", [1, 2])
def test_table_gives_what_the_lemmatizer_gives(nlp: Language, reference, rounds: int) -> None:
    assert type(nlp.get_pipe("lemmatizer")) is LemmaTable
    for _ in range(rounds):  # the second round reads the lemmas the first kept
        for text in SENTENCES:
            ours = nlp(
                text, disable=["ner", "sinorus_quantities", "sinorus_timexes", "sinorus_claims"]
            )
            assert _lemmas(ours) == _lemmas(reference(text))


def test_the_same_word_under_two_tags_keeps_two_lemmas(nlp: Language) -> None:
    doc = nlp(
        SENTENCES[0], disable=["ner", "sinorus_quantities", "sinorus_timexes", "sinorus_claims"]
    )
    assert [(t.pos_, t.lemma_) for t in doc if t.lower_ == "rose"] == [
        ("VERB", "rise"),
        ("ADJ", "rose"),
    ]


def test_a_lemma_already_set_is_kept(nlp: Language) -> None:
    """What the component skips, the table skips: a lemma set before it (overwrite off)."""
    doc = nlp.make_doc("Exports rose sharply.")
    for name in ("tok2vec", "tagger", "parser", "attribute_ruler"):
        doc = nlp.get_pipe(name)(doc)
    doc[1].lemma_ = "climb"
    doc = nlp.get_pipe("lemmatizer")(doc)
    assert [t.lemma_ for t in doc] == ["export", "climb", "sharply", "."]


def test_a_table_without_a_lemmatizer_changes_nothing() -> None:
    doc = spacy.blank("en")("Exports rose.")
    assert [t.lemma_ for t in LemmaTable()(doc)] == ["", "", ""]
