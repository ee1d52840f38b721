"""The evidence of every field: for each field of a claim that words of the text decided, the
words (offsets into the document as read) and the name of the rule that read them
(``Evidence.fields``). A field decided by no word (a default: ``bound`` "=", ``modality``
"actual", no change) has no entry.

Where each entry comes from:

- ``unit``: the unit's words inside the figure ("U.S. dollars", "tonnes"), rule
  ``units.<unit>``; the noun a count counts ("32 tourist routes"), rule ``counted.<unit>``;
- ``bound``, ``change``, ``from_value``: the cue the quantity layer read ("more than",
  "rose", "from 15 million"), rule ``bounds.<entry>``, ``changes.<entry>``,
  ``changes.from_to`` (the cues the quantity layer records on the mention);
- ``modality``: the cue that made the figure a forecast or a target, rule
  ``modality.<entry>`` or ``commitments.<label>`` (recorded on the sentence's draft);
- ``measure``: the measure's words where they stand in the sentence, rule
  ``measure.<source>``; ``category``: the cue that decided it, rule ``categories.<entry>``;
- ``period`` and ``attribution``: the words the period and the source were read from, rule
  ``periods.<origin>`` and ``sources.<origin>``.

>>> from sinorus_facts import extract
>>> claim = extract("Gazprom said exports rose to 20 bcm in 2023.", published="2024-02-01")[0]
>>> [(f.field, f.text, f.rule) for f in claim.evidence.fields]  # doctest: +NORMALIZE_WHITESPACE
[('unit', 'bcm', 'units.m3'), ('measure', 'exports', 'measure.parse'),
 ('period', 'in 2023', 'periods.sentence'), ('attribution', 'Gazprom', 'sources.sentence')]
"""

from __future__ import annotations

from sinorus_facts.claims.draft import ClaimDraft
from sinorus_facts.models import Claim, FieldEvidence

__all__ = ["FIELD_ORDER", "with_field_evidence"]

# The order of the entries of ``Evidence.fields``: the order of the claim's fields.
FIELD_ORDER = (
    "unit",
    "bound",
    "change",
    "from_value",
    "modality",
    "measure",
    "category",
    "period",
    "attribution",
)


def _entry(
    text: str, field: str, start: int | None, end: int | None, rule: str
) -> FieldEvidence | None:
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    return FieldEvidence(field=field, start=start, end=end, text=text[start:end], rule=rule)


def _unit(text: str, claim: Claim, draft: ClaimDraft) -> FieldEvidence | None:
    """The unit's words: inside the figure, else the counted noun after it."""
    mention = draft.quantity
    if claim.unit is None:
        return None
    start, end = claim.evidence.quantity_start, claim.evidence.quantity_end
    words = mention.unit_text
    if words:
        at = text.find(words, start, end)
        if at >= 0:
            return _entry(text, "unit", at, at + len(words), f"units.{claim.unit}")
    if mention.counted:
        at = text.find(mention.counted, start, end + len(mention.counted) + 40)
        if at >= 0:
            return _entry(text, "unit", at, at + len(mention.counted), f"counted.{claim.unit}")
    return None


def _cues(text: str, draft: ClaimDraft, offset: int) -> list[FieldEvidence]:
    """The cues the sentence stage recorded (bound, change, from_value, modality, category),
    with offsets into the sentence."""
    found = []
    for field, start, end, rule in draft.cues:
        entry = _entry(text, field, start + offset, end + offset, rule)
        if entry is not None:
            found.append(entry)
    return found


def _measure(text: str, claim: Claim, draft: ClaimDraft) -> FieldEvidence | None:
    if not claim.measure:
        return None
    sentence_start, sentence_end = claim.evidence.sentence_start, claim.evidence.sentence_end
    at = text.find(claim.measure, sentence_start, sentence_end)
    if at < 0:
        return None
    return _entry(
        text, "measure", at, at + len(claim.measure), f"measure.{draft.measure_source or 'parse'}"
    )


def with_field_evidence(text: str, claim: Claim, draft: ClaimDraft, offset: int) -> Claim:
    """``claim`` with ``evidence.fields`` filled; ``text`` is the document's, ``offset`` where
    the claim's sentence starts in it."""
    found: dict[str, FieldEvidence] = {}
    unit = _unit(text, claim, draft)
    if unit is not None:
        found["unit"] = unit
    for entry in _cues(text, draft, offset):
        found.setdefault(entry.field, entry)
    measure = _measure(text, claim, draft)
    if measure is not None:
        found["measure"] = measure
    period = claim.period
    if period is not None:
        said = _entry(
            text,
            "period",
            period.text_start,
            period.text_end,
            f"periods.{period.origin or 'sentence'}",
        )
        if said is not None:
            found["period"] = said
    if claim.attribution is not None:
        origin = claim.attribution_origin or "sentence"
        source = _entry(
            text, "attribution", claim.attribution_start, claim.attribution_end, f"sources.{origin}"
        )
        if source is not None:
            found["attribution"] = source
    if not found:
        return claim
    fields = tuple(found[name] for name in FIELD_ORDER if name in found)
    return claim.model_copy(
        update={"evidence": claim.evidence.model_copy(update={"fields": fields})}
    )
