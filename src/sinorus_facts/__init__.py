"""sinorus-facts: every figure in news about China-Russia relations as a typed, dated,
sourced record.

>>> import sinorus_facts
>>> claim = sinorus_facts.extract("Trade rose 15 percent in 2017.", published="2018-01-10")[0]
>>> claim.value, claim.unit, claim.change
(15.0, '%', 'increase')
"""

from sinorus_facts.api import extract, extract_document, extract_file, extract_many, read
from sinorus_facts.errors import InputError, ModelNotFoundError, SinorusError
from sinorus_facts.models import Article, Claim, Document, DocumentError, DocumentResult, Evidence, Period
from sinorus_facts.pipeline.loading import load_pipeline

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Claim",
    "Document",
    "DocumentError",
    "DocumentResult",
    "Evidence",
    "InputError",
    "ModelNotFoundError",
    "Period",
    "SinorusError",
    "extract",
    "extract_document",
    "extract_file",
    "extract_many",
    "load_pipeline",
    "read",
]
