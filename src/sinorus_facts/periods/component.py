"""The ``sinorus_timexes`` component: time expressions of a Doc on ``doc._.sf_timexes``.

Relative expressions resolve against ``doc._.sf_context["reference_date"]`` (the article's
date). A look back ("for the past year") in a sentence that itself gives a date ("In June
2016, ...") resolves against that date instead: it is the time of the telling.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from sinorus_facts.common.extensions import text_of
from sinorus_facts.periods.expressions import Timex, find_timexes

__all__ = ["TimexFinder", "resolve_sentence_timexes"]


def resolve_sentence_timexes(text: str, reference: date | None) -> list[Timex]:
    """The timexes of one sentence, look-backs anchored on the sentence's own date."""
    timexes = find_timexes(text, reference)
    anchors = [
        t for t in timexes if t.kind == "date" and t.granularity in ("day", "month") and t.end_date
    ]
    frames = [t for t in timexes if t.kind == "frame"]
    if not anchors or not frames:
        return timexes
    anchor = anchors[0]
    anchor_day = anchor.end_date if anchor.granularity == "day" else anchor.begin
    assert anchor_day is not None
    again = {(t.start, t.end): t for t in find_timexes(text, anchor_day) if t.kind == "frame"}
    out = []
    for timex in timexes:
        replacement = (
            again.get((timex.start, timex.end))
            if timex.kind == "frame" and timex.start > anchor.start
            else None
        )
        if replacement is not None and anchor.granularity == "month" and replacement.end_date:
            # the telling is known to the month: the look-back ends with that month
            replacement = Timex(
                replacement.start,
                replacement.end,
                replacement.text,
                replacement.kind,
                replacement.begin,
                anchor.end_date,
                "month",
            )
        out.append(replacement or timex)
    return out


class TimexFinder:
    """Finds and resolves the time expressions of ``doc.text``, unless they were handed to
    it already (``doc._.sf_timexes`` set: the runner finds each sentence's once, in
    :class:`~sinorus_facts.periods.page.Page`, for this component and the document stage)."""

    def __init__(self, name: str = "sinorus_timexes") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc._.sf_timexes is not None:
            return doc
        context = doc._.sf_context or {}
        reference = context.get("reference_date")
        ref = date.fromisoformat(reference) if reference else None
        doc._.sf_timexes = [t.to_dict() for t in resolve_sentence_timexes(text_of(doc), ref)]
        return doc
