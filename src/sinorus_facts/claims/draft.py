"""The sentence stage's draft of a claim: what one sentence, read alone, says of one of its
figures. The document stage (:mod:`sinorus_facts.context`) completes it with what needs
the rest of the article and makes the :class:`~sinorus_facts.models.Claim`.

On a spaCy ``Doc`` drafts are kept as plain data (``doc._.sf_claims``: :meth:`ClaimDraft.to_dict`),
so that Docs pickle and serialise; everywhere else they travel typed.

>>> from decimal import Decimal
>>> from sinorus_facts.quantities.mention import QuantityMention
>>> draft = ClaimDraft(quantity=QuantityMention(13, 15, "5%", Decimal(5), unit="%"), modality="actual",
...                    category="trade")
>>> ClaimDraft.from_dict(draft.to_dict()) == draft
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sinorus_facts.claims.attribution import Speaker
from sinorus_facts.periods.expressions import Timex
from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["ClaimDraft", "FieldCue"]


@dataclass(frozen=True)
class FieldCue:
    """The words that decided a field of a claim: offsets from the start of the figure's
    sentence (a cue in the headline or lead stands outside it: negative, or past its end),
    the words, and a stable name of the rule (``modality.<lexicon entry id>``,
    ``commitments.<context label>``).

    >>> FieldCue.from_dict(FieldCue(3, 11, "expected", "modality.expect").to_dict())
    FieldCue(start=3, end=11, text='expected', rule='modality.expect')
    """

    start: int
    end: int
    text: str
    rule: str

    def to_dict(self) -> dict[str, Any]:
        """Plain data, the ``{"start", "end", "text", "rule"}`` of an evidence entry."""
        return {"start": self.start, "end": self.end, "text": self.text, "rule": self.rule}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FieldCue:
        """The inverse of :meth:`to_dict`."""
        return cls(int(data["start"]), int(data["end"]), str(data["text"]), str(data["rule"]))


@dataclass(frozen=True)
class ClaimDraft:
    """One figure of a sentence as the sentence stage read it; offsets are into the
    sentence.

    ``period`` is the time expression of its own clause it was linked to
    (``period_refused`` says why none was, where its sentence's time is another's: see
    :class:`~sinorus_facts.periods.linking.PeriodLink`); ``tense`` the tense of
    the main clause that asserts it and ``verb`` the lemma of the verb that heads its
    sentence (its roles' ``clause_tense`` and ``sentence_verb``:
    :mod:`sinorus_facts.claims.roles`); ``measure_head`` the head noun of its
    measure, ``whole`` the whole it is a part of, ``agent`` the doer of its verb
    (``agent_pronoun`` when that doer is "it" or "they", named only in a sentence before);
    ``measure_source`` how the measure was found (``parse``, ``window``, ``title``, ...);
    ``cues`` the words that decided a field, as (field, start, end, rule): the evidence of
    :mod:`sinorus_facts.context.evidence`;
    ``modality_cue`` the words that decided its modality (a fact's too: "already",
    "received"; None where no word did); the document stage writes the final one of a
    forecast or a target into ``cues``; and
    ``term`` whether it is what a commitment would set (its own verb supplies, lends, sends
    or takes part, or it measures a deal or a loan): a bare "will" there is a term once the
    article names the commitment; ``own_verb`` the lemma of the verb the figure completes
    (its roles' ``completes``: "cost" in "the bridge will cost $2 billion, the builder said").
    """

    quantity: QuantityMention
    modality: str
    category: str
    period: Timex | None = None
    period_refused: str | None = None
    tense: str | None = None
    verb: str | None = None
    speaker: Speaker | None = None
    measure: str | None = None
    measure_source: str | None = None
    measure_head: str | None = None
    whole: str | None = None
    agent: str | None = None
    agent_pronoun: bool = False
    entities: tuple[str, ...] = ()
    cues: tuple[tuple[str, int, int, str], ...] = ()
    modality_cue: FieldCue | None = None
    term: bool = False
    own_verb: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``doc._.sf_claims``."""
        return {
            "quantity": self.quantity.to_dict(),
            "modality": self.modality,
            "category": self.category,
            "period": self.period.to_dict() if self.period else None,
            "period_refused": self.period_refused,
            "tense": self.tense,
            "verb": self.verb,
            "speaker": None
            if self.speaker is None
            else {
                "text": self.speaker.text,
                "kind": self.speaker.kind,
                "start": self.speaker.start,
                "end": self.speaker.end,
            },
            "measure": self.measure,
            "measure_source": self.measure_source,
            "measure_head": self.measure_head,
            "whole": self.whole,
            "agent": self.agent,
            "agent_pronoun": self.agent_pronoun,
            "entities": list(self.entities),
            "cues": [list(cue) for cue in self.cues],
            "modality_cue": self.modality_cue.to_dict() if self.modality_cue else None,
            "term": self.term,
            "own_verb": self.own_verb,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClaimDraft:
        """The inverse of :meth:`to_dict`."""
        speaker = data.get("speaker")
        period = data.get("period")
        cue = data.get("modality_cue")
        return cls(
            quantity=QuantityMention.from_dict(data["quantity"]),
            modality=data["modality"],
            category=data["category"],
            period=Timex.from_dict(period) if period else None,
            period_refused=data.get("period_refused"),
            tense=data.get("tense"),
            verb=data.get("verb"),
            speaker=Speaker(**speaker) if speaker else None,
            measure=data.get("measure"),
            measure_source=data.get("measure_source"),
            measure_head=data.get("measure_head"),
            whole=data.get("whole"),
            agent=data.get("agent"),
            agent_pronoun=bool(data.get("agent_pronoun")),
            entities=tuple(data.get("entities") or ()),
            cues=tuple((str(f), int(s), int(e), str(r)) for f, s, e, r in data.get("cues") or ()),
            modality_cue=FieldCue.from_dict(cue) if cue else None,
            term=bool(data.get("term")),
            own_verb=data.get("own_verb"),
        )
