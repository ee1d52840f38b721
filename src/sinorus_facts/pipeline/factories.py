"""Every ``@Language.factory`` of the library, in one place.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("sinorus_quantities")
>>> [q["text"] for q in nlp("Output rose 15% to 30 million tons.")._.sf_quantities]
['15%', '30 million tons']
"""

from __future__ import annotations

from spacy.language import Language

from sinorus_facts.claims.assemble import ClaimAssembler
from sinorus_facts.common.extensions import register_extensions
from sinorus_facts.ingest.russian_syntax import RussianSyntax
from sinorus_facts.periods.component import TimexFinder
from sinorus_facts.pipeline.fast.attribute_table import AttributeTable
from sinorus_facts.pipeline.fast.lemma_table import LemmaTable
from sinorus_facts.quantities.component import QuantityFinderComponent

__all__ = [
    "make_attribute_table",
    "make_claim_assembler",
    "make_lemma_table",
    "make_quantity_finder",
    "make_russian_syntax",
    "make_timex_finder",
]

register_extensions()


@Language.factory("sinorus_quantities", assigns=["doc._.sf_quantities"], default_config={})
def make_quantity_finder(nlp: Language, name: str) -> QuantityFinderComponent:
    """Finds quantities (value, unit, bound, change); counts take their noun from the parse."""
    return QuantityFinderComponent(name=name)


@Language.factory(
    "sinorus_ru_syntax",
    assigns=["token.head", "token.dep", "token.pos", "token.morph", "token.lemma"],
    default_config={"batch_size": 32},
)
def make_russian_syntax(nlp: Language, name: str, batch_size: int) -> RussianSyntax:
    """The Russian parse: slovnet's UD heads and labels, pymorphy3's lemmas and tense (the
    ``[ru]`` extra; loaded on the first Russian sentence)."""
    return RussianSyntax(name=name, batch_size=batch_size)


@Language.factory("sinorus_timexes", assigns=["doc._.sf_timexes"], default_config={})
def make_timex_finder(nlp: Language, name: str) -> TimexFinder:
    """Finds time expressions and resolves them against ``doc._.sf_context``'s date."""
    return TimexFinder(name=name)


@Language.factory(
    "sinorus_claims",
    assigns=["doc._.sf_claims"],
    requires=["doc._.sf_quantities", "doc._.sf_timexes"],
    default_config={},
)
def make_claim_assembler(nlp: Language, name: str) -> ClaimAssembler:
    """Turns quantities into claim drafts: period, modality, attribution, measure, category."""
    return ClaimAssembler(name=name)


@Language.factory(
    "sinorus_attribute_table",
    assigns=["token.pos", "token.morph", "token.lemma"],
    default_config={},
)
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    """The model's attribute ruler matched through a table (empty until
    :meth:`~sinorus_facts.pipeline.fast.attribute_table.AttributeTable.take_rules`)."""
    return AttributeTable(nlp.vocab, name=name)


@Language.factory("sinorus_lemma_table", assigns=["token.lemma"], default_config={})
def make_lemma_table(nlp: Language, name: str) -> LemmaTable:
    """The model's lemmatizer, each (text, part of speech, morphology) lemmatised once
    (passes Docs unchanged until
    :meth:`~sinorus_facts.pipeline.fast.lemma_table.LemmaTable.take_lemmatizer`)."""
    return LemmaTable(name=name)
