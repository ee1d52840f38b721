"""The ``sinorus_claims`` component: each quantity that is a claim becomes a draft with its
period, modality, speaker, measure, category and entities (``doc._.sf_claims``).

Drafts are plain dicts with offsets into ``doc.text``; the document pass
(:mod:`sinorus_facts.claims.document`) resolves what needs other sentences and builds the
:class:`~sinorus_facts.models.Claim` records.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from spacy.tokens import Doc

from sinorus_facts.claims.attribution import speaker_of
from sinorus_facts.claims.category import category_of
from sinorus_facts.claims.entities import entities_in
from sinorus_facts.claims.measure import measure_of
from sinorus_facts.claims.modality import modality_of
from sinorus_facts.claims.refine import refine_unit, unit_from_measure
from sinorus_facts.claims.worthiness import why_not_a_claim
from sinorus_facts.periods.expressions import Timex
from sinorus_facts.periods.linking import choose_period
from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["ClaimAssembler", "draft_claims"]


def draft_claims(doc: Doc) -> list[dict[str, Any]]:
    """The claim drafts of one analysed ``doc`` (its quantities and timexes set)."""
    context = doc._.sf_context or {}
    timexes = [Timex.from_dict(t) for t in doc._.sf_timexes or []]
    drafts = []
    for data in doc._.sf_quantities or []:
        mention = QuantityMention.from_dict(data)
        if why_not_a_claim(doc.text, mention) is not None:
            continue
        mention = refine_unit(doc.text, mention)
        period = choose_period(doc, mention, timexes)
        speaker = speaker_of(doc, mention)
        measure = measure_of(doc, mention)
        mention = unit_from_measure(mention, measure)
        drafts.append({
            "quantity": mention.to_dict(),
            "period": period.to_dict() if period else None,
            "modality": modality_of(doc, mention),
            "speaker": asdict(speaker) if speaker else None,
            "measure": measure,
            "category": category_of(measure=measure, sentence=doc.text, unit=mention.unit,
                                    title=context.get("title"), counted=mention.counted),
            "entities": list(entities_in(doc.text)),
        })
    return drafts


class ClaimAssembler:
    """Builds the claim drafts of a Doc."""

    def __init__(self, name: str = "sinorus_claims") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.sf_claims = draft_claims(doc)
        return doc
