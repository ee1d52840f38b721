"""sinorus-facts: every figure in news about China-Russia relations as a typed, dated,
sourced record.

>>> import sinorus_facts
>>> claim = sinorus_facts.extract("Trade rose 15 percent in 2017.", published="2018-01-10")[0]
>>> claim.value, claim.unit, claim.change
(15.0, '%', 'increase')
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported when first used (``__getattr__``), so that the command line
    # loads no model code before it can answer Ctrl-C
    from sinorus_facts.analysis.collection import ClaimSet, collect, load_claims
    from sinorus_facts.analysis.convert import ExchangeRates
    from sinorus_facts.analysis.review import apply_review
    from sinorus_facts.api import extract, extract_document, extract_file, extract_many, read
    from sinorus_facts.errors import (
        InputError,
        InputNotFoundError,
        InputTypeError,
        ModelNotFoundError,
        SinorusError,
    )
    from sinorus_facts.models import (
        Article,
        Claim,
        Document,
        DocumentError,
        DocumentResult,
        DocumentWarning,
        Evidence,
        FieldEvidence,
        Period,
        RejectedNumber,
    )
    from sinorus_facts.pipeline.loading import load_pipeline
    from sinorus_facts.quantities.mention import QuantityMention
    from sinorus_facts.quantities.reader import quantities_of, read_quantities
    from sinorus_facts.views.render import highlight

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Claim",
    "ClaimSet",
    "Document",
    "DocumentError",
    "DocumentResult",
    "DocumentWarning",
    "Evidence",
    "ExchangeRates",
    "FieldEvidence",
    "InputError",
    "InputNotFoundError",
    "InputTypeError",
    "ModelNotFoundError",
    "Period",
    "QuantityMention",
    "RejectedNumber",
    "SinorusError",
    "apply_review",
    "collect",
    "extract",
    "extract_document",
    "extract_file",
    "extract_many",
    "highlight",
    "load_claims",
    "load_pipeline",
    "quantities_of",
    "read",
    "read_quantities",
]

# Where each public name is defined.
_DEFINED_IN = {
    "apply_review": "sinorus_facts.analysis.review",
    "Article": "sinorus_facts.models",
    "Claim": "sinorus_facts.models",
    "ClaimSet": "sinorus_facts.analysis.collection",
    "collect": "sinorus_facts.analysis.collection",
    "Document": "sinorus_facts.models",
    "DocumentError": "sinorus_facts.models",
    "DocumentResult": "sinorus_facts.models",
    "DocumentWarning": "sinorus_facts.models",
    "Evidence": "sinorus_facts.models",
    "ExchangeRates": "sinorus_facts.analysis.convert",
    "extract": "sinorus_facts.api",
    "extract_document": "sinorus_facts.api",
    "extract_file": "sinorus_facts.api",
    "extract_many": "sinorus_facts.api",
    "FieldEvidence": "sinorus_facts.models",
    "highlight": "sinorus_facts.views.render",
    "InputError": "sinorus_facts.errors",
    "InputNotFoundError": "sinorus_facts.errors",
    "InputTypeError": "sinorus_facts.errors",
    "load_claims": "sinorus_facts.analysis.collection",
    "load_pipeline": "sinorus_facts.pipeline.loading",
    "ModelNotFoundError": "sinorus_facts.errors",
    "Period": "sinorus_facts.models",
    "quantities_of": "sinorus_facts.quantities.reader",
    "QuantityMention": "sinorus_facts.quantities.mention",
    "read": "sinorus_facts.api",
    "read_quantities": "sinorus_facts.quantities.reader",
    "RejectedNumber": "sinorus_facts.models",
    "SinorusError": "sinorus_facts.errors",
}


def __getattr__(name: str) -> Any:
    """A public name, or a module of the package, imported when first used."""
    where = _DEFINED_IN.get(name)
    if where is not None:
        value = getattr(import_module(where), name)
        globals()[name] = value
        return value
    try:
        return import_module(f"{__name__}.{name}")
    except ModuleNotFoundError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def __dir__() -> list[str]:
    return sorted({*globals(), *_DEFINED_IN})
