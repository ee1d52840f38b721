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

from collections.abc import Sequence

from sinorus_facts.claims.draft import ClaimDraft
from sinorus_facts.models import Claim, FieldEvidence

__all__ = ["FIELD_ORDER", "claim_with_evidence", "with_field_evidence"]

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


def _unit(text: str, claim: Claim, counted: str | None) -> FieldEvidence | None:
    """The unit's words: inside the figure, else the counted noun after it."""
    if claim.unit is None:
        return None
    start, end = claim.evidence.quantity_start, claim.evidence.quantity_end
    words = claim.unit_text
    if words:
        at = text.find(words, start, end)
        if at >= 0:
            return _entry(text, "unit", at, at + len(words), f"units.{claim.unit}")
    if counted:
        at = text.find(counted, start, end + len(counted) + 40)
        if at >= 0:
            return _entry(text, "unit", at, at + len(counted), f"counted.{claim.unit}")
    return None


def _measure(text: str, claim: Claim, source: str | None) -> FieldEvidence | None:
    if not claim.measure:
        return None
    at = text.find(claim.measure, claim.evidence.sentence_start, claim.evidence.sentence_end)
    if at < 0:
        return None
    return _entry(text, "measure", at, at + len(claim.measure), f"measure.{source or 'parse'}")


# The lexicon a bound, a change and an earlier value said by the figure's own words are
# named after ("doubled", "+5%", "свыше 100 млрд"): ``bounds.in_figure``, ``changes.in_figure``.
_IN_FIGURE = {"bound": "bounds", "change": "changes", "from_value": "changes"}


def claim_with_evidence(
    text: str,
    claim: Claim,
    cues: Sequence[tuple[str, int, int, str]] = (),
    *,
    counted: str | None = None,
    measure_source: str | None = None,
) -> Claim:
    """``claim`` with ``evidence.fields`` filled, for a claim of the document ``text``:
    ``cues`` are the words that decided a field, as (field, start, end, rule) with offsets
    into ``text`` (the first cue of a field counts); the unit, the measure, the period and
    the source are found from the claim; a bound, change or earlier value no cue accounts
    for is said by the figure's own words.

    >>> from sinorus_facts.models import Evidence
    >>> text = "Exports doubled."
    >>> claim = Claim(id="c", doc_id="d", value=2.0, unit="x", change="factor", confidence=0.5,
    ...               evidence=Evidence(sentence=text, sentence_start=0, sentence_end=16,
    ...                                 quantity="doubled", quantity_start=8, quantity_end=15))
    >>> [(f.field, f.text, f.rule) for f in claim_with_evidence(text, claim).evidence.fields]
    [('change', 'doubled', 'changes.in_figure')]
    """
    found: dict[str, FieldEvidence] = {}
    unit = _unit(text, claim, counted)
    if unit is not None:
        found["unit"] = unit
    for field, start, end, rule in cues:
        entry = _entry(text, field, start, end, rule)
        if entry is not None:
            found.setdefault(field, entry)
    decided = {
        "bound": claim.bound != "=",
        "change": claim.change is not None,
        "from_value": claim.from_value is not None,
    }
    for field, lexicon in _IN_FIGURE.items():
        if decided[field] and field not in found:
            start, end = claim.evidence.quantity_start, claim.evidence.quantity_end
            entry = _entry(text, field, start, end, f"{lexicon}.in_figure")
            if entry is not None:
                found[field] = entry
    measure = _measure(text, claim, measure_source)
    if measure is not None:
        found["measure"] = measure
    period = claim.period
    if period is not None:
        origin = period.origin or "sentence"
        said = _entry(text, "period", period.text_start, period.text_end, f"periods.{origin}")
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


def with_field_evidence(text: str, claim: Claim, draft: ClaimDraft, offset: int) -> Claim:
    """``claim`` with ``evidence.fields`` filled from what its sentence's ``draft`` recorded;
    ``text`` is the document's, ``offset`` where the claim's sentence starts in it."""
    cues = [(f, s + offset, e + offset, r) for f, s, e, r in (*draft.quantity.cues, *draft.cues)]
    return claim_with_evidence(
        text, claim, cues, counted=draft.quantity.counted, measure_source=draft.measure_source
    )
