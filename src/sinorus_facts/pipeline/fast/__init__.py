"""Fast paths into spaCy's private internals, all behind one switch.

Three things make the library fast that reach below spaCy's public API: the parser and
NER decoded step by step with the GIL held (:mod:`~sinorus_facts.pipeline.fast.decoding`),
the model's attribute ruler matched through a table of its rules
(:mod:`~sinorus_facts.pipeline.fast.attribute_table`), and its lemmatizer asked once per
word, part of speech and morphology (:mod:`~sinorus_facts.pipeline.fast.lemma_table`).
Each gives the same annotations as spaCy (tests compare them). A spaCy release that
changes what they rely on can be met by turning them off: set ``SINORUS_FAST_PATHS=0``
in the environment, or load with ``load_pipeline(fast=False)``; spaCy then runs as it is.

>>> fast_paths_enabled({"SINORUS_FAST_PATHS": "0"}), fast_paths_enabled({})
(False, True)
"""

from __future__ import annotations

import os
from collections.abc import Mapping

__all__ = ["FAST_PATHS_ENV", "fast_paths_enabled"]

# The environment variable that turns the fast paths off ("0", "false", "no" or "off").
FAST_PATHS_ENV = "SINORUS_FAST_PATHS"

_OFF = frozenset({"0", "false", "no", "off"})


def fast_paths_enabled(environ: Mapping[str, str] | None = None) -> bool:
    """Whether the fast paths are on (the default) in ``environ`` (the process's own by
    default)."""
    value = (os.environ if environ is None else environ).get(FAST_PATHS_ENV, "1")
    return value.strip().lower() not in _OFF
