"""sinorus-facts: every figure in news about China-Russia relations as a typed, dated,
sourced record.

>>> import sinorus_facts
>>> claim = sinorus_facts.extract("Trade rose 15 percent in 2017.", published="2018-01-10")[0]
>>> claim.value, claim.unit, claim.change
(15.0, '%', 'increase')
"""

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
