"""The ``sinorus_quantities`` component: quantities of a Doc on ``doc._.sf_quantities``."""

from __future__ import annotations

from spacy.tokens import Doc

from sinorus_facts.quantities.counted import complete_mentions
from sinorus_facts.quantities.finder import find_quantities

__all__ = ["QuantityFinderComponent"]


class QuantityFinderComponent:
    """Finds the quantities of ``doc.text``; with tags, counts get their noun."""

    def __init__(self, name: str = "sinorus_quantities") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions = find_quantities(doc.text)
        if doc.has_annotation("TAG"):
            mentions = complete_mentions(doc, mentions)
        doc._.sf_quantities = [m.to_dict() for m in mentions]
        return doc
