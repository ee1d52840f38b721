"""The ``sinorus_claims`` component: each quantity that is a claim becomes a draft with its
period, modality, speaker, measure, category and entities (``doc._.sf_claims``).

Drafts are :class:`~sinorus_facts.claims.draft.ClaimDraft` records with offsets into
``doc.text`` (kept on the Doc as plain data); the document stage
(:mod:`sinorus_facts.context.claims`) resolves what needs other sentences and builds the
:class:`~sinorus_facts.models.Claim` records.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from sinorus_facts.claims.attribution import speaker_of
from sinorus_facts.claims.category import FigureWords, category_of
from sinorus_facts.claims.draft import ClaimDraft
from sinorus_facts.claims.entities import entities_of
from sinorus_facts.claims.measure import Measure, gapped_measure, measure_of
from sinorus_facts.claims.modality import read_modality
from sinorus_facts.claims.roles import roles_en
from sinorus_facts.claims.worthiness import why_not_a_claim
from sinorus_facts.common.extensions import forget, text_of
from sinorus_facts.common.syntax import head_of_mention
from sinorus_facts.periods.expressions import Timex
from sinorus_facts.periods.linking import ahead_if_to_come, link_period
from sinorus_facts.quantities.counted import unit_of_counted
from sinorus_facts.quantities.mention import QuantityMention
from sinorus_facts.quantities.refine import (
    a_part_of_a_count,
    counted_subject,
    part_of_a_count,
    refine_unit,
    share_of_fraction,
    unit_from_measure,
)
from sinorus_facts.quantities.tables import row_label

__all__ = ["PART_OF_A_COUNT", "ClaimAssembler", "draft_claims"]

# The flag of a count that is a part of one the article gave before its sentence ("the
# remaining 300,000"): the article gives it the unit of that count.
PART_OF_A_COUNT = "part_of_an_earlier_count"

# What stands right between a figure and the same figure restated: in other units (" ("
# in "five miles (8 km)"), or as a part (", of which " in "40 million tonnes, of which
# 30 million tonnes").
RESTATED = re.compile(
    r"\s*(?:[(\[]\s*(?:about|around|some|roughly|nearly|or|approximately)?|,?\s*of\s+which)\s*"
)

# What stands right before an earlier value of a figure said before in its sentence:
# ", up from " in "10.4 bcm of gas in 2021, up from 4.1 bcm", " compared with ", " from ".
COMPARED = re.compile(
    r"(?:\b(?:up|down|rising|falling|increasing|decreasing)\s+from|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bfrom)\s*\Z",
    re.IGNORECASE,
)


# How far before a bare figure "the number of X" may name what it counts (characters).
COUNTED_REACH = 80


def draft_claims(doc: Doc) -> list[ClaimDraft]:
    """The claim drafts of one analysed ``doc`` (its quantities and timexes set)."""
    context = doc._.sf_context or {}
    text = text_of(doc)
    timexes = [Timex.from_dict(t) for t in doc._.sf_timexes or []]
    given = context.get("reference_date")
    reference = date.fromisoformat(given) if given else None
    # a page dated from its text may be written as early as this: what is ahead of it is
    # yet to come ("will hold drills in September" on a page of some day of 2024)
    low = context.get("reference_earliest")
    earliest = date.fromisoformat(low) if low else None
    drafts = []
    previous: tuple[int, Measure, QuantityMention] | None = None
    # the words of every figure ("108 billion U.S. dollars") name no entity of a claim
    figures = [(q["start"], q["end"]) for q in doc._.sf_quantities or []]
    count: QuantityMention | None = None  # the last count of the sentence ("640 companies")
    for data in doc._.sf_quantities or []:
        mention = share_of_fraction(QuantityMention.from_dict(data), text)
        mention = part_of_a_count(text, mention, count)  # "210 of them", "the remaining 28"
        if a_part_of_a_count(text, mention):
            # "the remaining 300,000" with no count in its sentence: a count of what the
            # article counted before (its unit given by the article, context.claims)
            mention = mention.with_(
                unit="count", unit_kind="count", flags=(*mention.flags, PART_OF_A_COUNT)
            )
        if mention.unit in ("count", "person"):
            count = mention
        if why_not_a_claim(text, mention) is not None:
            continue
        if mention.unit is None and (noun := counted_subject(text, mention.start)):
            # "visits grew 2.5-fold to 312,400": the number counts its subject
            noun_unit = unit_of_counted(noun.split()[-1])
            mention = mention.with_(unit=noun_unit, unit_kind="count", counted=noun.lower())
        mention = refine_unit(text, mention)
        link = link_period(doc, mention, timexes, reference)
        speaker = speaker_of(doc, mention)
        label = row_label(text, mention)  # a figure in a table: its row's first cell
        measure = (
            Measure(label, source="table")
            if label
            else gapped_measure(doc, mention, previous[1] if previous else None)
            or _same_as_before(doc, text, mention, previous)
            or measure_of(doc, mention)
        )
        previous = (mention.end, measure, mention)
        mention = unit_from_measure(mention, measure.text)
        if mention.unit is None:  # "raise the number of flights to 100": the words before
            before = text[max(0, mention.start - COUNTED_REACH) : mention.start]
            mention = unit_from_measure(mention, before)
        head_word = doc[measure.head].text if measure.head is not None else None
        # once: every rule below reads them (the sources: claims/attribution.py)
        roles = roles_en(doc, mention, speech=False)
        reading = read_modality(doc, mention, measure_head=measure.head, roles=roles)
        tense = roles.clause_tense
        skip = figures + ([(speaker.start, speaker.end)] if speaker and speaker.end > 0 else [])
        drafts.append(
            ClaimDraft(
                quantity=mention,
                period=ahead_if_to_come(
                    link.timex,
                    min(reference, earliest) if reference and earliest else reference,
                    reading.label,
                    tense,
                    told_past=roles.told_past,
                ),
                period_refused=link.refused,
                tense=tense,
                verb=roles.sentence_verb.lemma if roles.sentence_verb else None,
                modality=reading.label,
                modality_cue=reading.cue.as_field_cue() if reading.cue is not None else None,
                term=reading.term,
                own_verb=roles.completes.lemma if roles.completes else None,
                speaker=speaker,
                measure=measure.text,
                measure_source=measure.source,
                whole=measure.whole,
                agent=measure.agent,
                agent_pronoun=measure.agent_pronoun,
                category=category_of(
                    FigureWords(
                        measure=measure.text or mention.counted,
                        head=head_word,
                        whole=measure.whole,
                        agent=measure.agent,
                        sentence=text,
                        title=context.get("title"),
                        unit=mention.unit,
                        verb=roles.completes.lemma if roles.completes else None,
                        # (what a speaker reports was carried is freight as much as what was)
                        tense=tense or roles.reported_tense,
                    )
                ),
                measure_head=head_word,
                entities=tuple(entities_of(doc, skip=skip)),
            )
        )
    return drafts


def _same_as_before(
    doc: Doc,
    text: str,
    mention: QuantityMention,
    previous: tuple[int, Measure, QuantityMention] | None,
) -> Measure | None:
    """The measure of the figure before, when this one restates it, gives its earlier value
    or a part of it ("five miles (8 km)", "up from 4.1 bcm", "of which 30 million
    tonnes"), or is joined to it by "and" ("30 million tonnes ... and 10 million tonnes")."""
    if previous is None or not previous[1].text:
        return None
    if RESTATED.fullmatch(text, previous[0], mention.start) or COMPARED.search(
        text, previous[0], mention.start
    ):
        return previous[1]
    head = head_of_mention(doc, mention)
    before = head_of_mention(doc, previous[2])
    if head is None or before is None or head.dep_ != "conj":
        return None
    if head.head.i == before.i or before.head.i == head.head.i:
        return previous[
            1
        ]  # "30 million tonnes go through ESPO and 10 million tonnes through Kazakhstan"
    return None


class ClaimAssembler:
    """Builds the claim drafts of a Doc."""

    def __init__(self, name: str = "sinorus_claims") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.sf_claims = [draft.to_dict() for draft in draft_claims(doc)]
        forget(doc)  # the sentence's cues, read by its figures, are no longer needed
        return doc
