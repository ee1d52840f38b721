"""The ``sinorus_quantities`` component: quantities of a Doc on ``doc._.sf_quantities``.

A caller that has already found the quantities of the Doc's text (the runner's cheap pass
does, to pick the sentences worth the model) hands them over with
:func:`preset_quantities`, so the text is not searched twice.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> doc = nlp.make_doc("Exports rose 5%.")
>>> preset_quantities(doc, find_quantities(doc.text))
>>> [q["text"] for q in QuantityFinderComponent()(doc)._.sf_quantities]
['5%']
"""

from __future__ import annotations

from spacy.tokens import Doc

from sinorus_facts.common.extensions import text_of
from sinorus_facts.quantities.counted import complete_mentions
from sinorus_facts.quantities.finder import find_quantities
from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["QuantityFinderComponent", "preset_quantities"]

# Where a Doc carries the quantities already found in its text, until the component takes them.
PRESET_KEY = "sinorus_found_quantities"


def preset_quantities(doc: Doc, mentions: list[QuantityMention]) -> None:
    """Hand the component the quantities of ``doc.text`` found beforehand (by
    :func:`~sinorus_facts.quantities.finder.find_quantities` on that very text)."""
    doc.user_data[PRESET_KEY] = list(mentions)


class QuantityFinderComponent:
    """Finds the quantities of ``doc.text`` (or takes those preset); with tags, counts get
    their noun."""

    def __init__(self, name: str = "sinorus_quantities") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        preset = doc.user_data.pop(PRESET_KEY, None)
        mentions = preset if preset is not None else find_quantities(text_of(doc))
        if doc.has_annotation("TAG"):
            mentions = complete_mentions(doc, mentions)
        doc._.sf_quantities = [m.to_dict() for m in mentions]
        return doc
