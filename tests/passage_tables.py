"""What the table tests of Russian and Chinese passages share: each passage read once, and the
fields of a claim each row states (its figure as written, value, unit, bound, change, period
start and end, modality, source and category)."""

from __future__ import annotations

import functools

from sinorus_facts.models import Claim
from sinorus_facts.pipeline.languages import extract_language


@functools.cache
def passage_claims(
    language: str, passage: str, text: str, published: str | None
) -> tuple[Claim, ...]:
    """The claims of one passage, read by ``language``'s pipeline once per test run."""
    return tuple(extract_language(text, language, doc_id=passage, published=published))


def row_fields(claim: Claim) -> tuple[object, ...]:
    """The fields a row of the tables states, in its order."""
    period = claim.period
    return (
        claim.evidence.quantity,
        claim.value,
        claim.unit,
        claim.bound,
        claim.change,
        period.start.isoformat() if period and period.start else None,
        period.end.isoformat() if period and period.end else None,
        claim.modality,
        claim.attribution,
        claim.category,
    )
