"""What one figure lends the next: the same amount restated, or the same change in
another measure.

- a figure in brackets right after another restates it in other units and keeps its bound
  and change: "more than 160 kilometres (100 miles)", "dropped by 2 to 3 degrees Celsius
  (3.6 to 5.4 Fahrenheit)", "just under 250 hp (184 kW / 250 PS)";
- a percent after "or" gives the same change as a share: "lost 240 points, or 0.8%".

>>> from sinorus_facts.quantities.finder import find_quantities
>>> [(q.text, q.bound) for q in find_quantities("It flew more than 100 km (60 miles).")]
[('more than 100 km', '>'), ('60 miles', '>')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from sinorus_facts.common.extensions import text_of
from sinorus_facts.lexicons import PatternEntry, lexicon_cache, load_lexicon
from sinorus_facts.quantities.mention import QuantityMention

__all__ = [
    "lend_bounds_and_changes",
    "may_take_unit_of",
    "share_changes_along_lists",
    "with_unit_of",
]

# A bracket (or a slash inside one) between a figure and its restatement: " (", " / ".
RESTATED = re.compile(r"[ \u00a0]*(?:\([ \u00a0]*|/[ \u00a0]*|,[ \u00a0]*)\Z")

# ", or " between a change and the same change as a share: "240 points, or 0.8%".
OR_SHARE = re.compile(r",?[ \u00a0]+or[ \u00a0]+\Z", re.IGNORECASE)


# A clause that leaves out the change verb of the figure before: ", imports by " in
# "exports rose 5%, imports by 3%".
ELIDED_VERB = re.compile(
    r"(?:,[ \u00a0]+|[ \u00a0]+and[ \u00a0]+)(?:and[ \u00a0]+)?[^\d,;.]{1,40}?[ \u00a0]by[ \u00a0]+",
    re.IGNORECASE,
)

# "respectively" after a list of figures: "rose 5% and 7% respectively".
RESPECTIVELY_AFTER = re.compile(r"[ \u00a0,]*\(?respectively\b", re.IGNORECASE)

# What joins the figures of such a list: ", ", " and ", ", and ".
LIST_JOIN = re.compile(r"(?:,[ \u00a0]*|[ \u00a0]+)(?:and[ \u00a0]+|or[ \u00a0]+)?")

# Between an amount and a later scaled figure that leaves out its unit: ", and ", " to ",
# "; ": a few words, no digit but a year's ("$65 billion this year, and 90 billion",
# "107 billion dollars in 2018, and 110 billion").
ELIDED_GAP = re.compile(r"(?:[^\d]|(?<!\d)(?:19|20)\d\d(?!\d)){1,40}")


@lexicon_cache(maxsize=1)
def _elided_end() -> re.Pattern[str]:
    """What may follow a scaled figure that takes the unit of the amount before it: the end,
    a mark, or a word of the lexicon ("by 2025", "in 2030"); a noun makes its own unit."""
    words = sorted(
        (
            w
            for e in load_lexicon("number_names").entries
            if isinstance(e, PatternEntry) and e.label == "elided_unit_after"
            for w in e.words
        ),
        key=len,
        reverse=True,
    )
    alternation = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(
        rf"(?:[ \u00a0]*(?:$|[.,;:!?)\]])|[ \u00a0]+(?:{alternation})\b)", re.IGNORECASE
    )


def lend_bounds_and_changes(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """The mentions with bounds and changes passed on to their restatements, units to the
    scaled figures that leave them out, changes along a list closed by "respectively"."""
    out: list[QuantityMention] = []
    for mention in mentions:
        if out:
            mention = _lent(text, out[-1], _unit_lent(text, out[-1], mention))
            mention = _spread_over(text, out[-1], mention)
        out.append(mention)
    return _respectively(text, out)


# Between a figure and "over" and a duration it is spread over: a few words of its clause,
# no stop ("100 million tonnes of oil over 10 years", "$5 billion to China over five years").
SPREAD_GAP = re.compile(r"[^.;:!?()\d]{0,60}")

# A word before "over" that makes it "more than": "for over 10 years", "in over a decade".
NOT_SPREAD_BEFORE = re.compile(r"\b(?:for|of|in|than|within|after|took|lasted)\s*\Z", re.IGNORECASE)

# "over" that opens a duration a figure before it is spread over.
OVER = re.compile(r"over\b", re.IGNORECASE)


def _spread_over(text: str, before: QuantityMention, mention: QuantityMention) -> QuantityMention:
    """ "will supply 100 million tonnes of oil over 10 years": a duration after "over" that
    a figure of its clause is spread over is the span of that figure (a deal's term, the
    years an amount is paid in), not "more than" ("the project took over 10 years")."""
    if (
        mention.unit_kind != "duration"
        or mention.bound != ">"
        or not OVER.match(mention.text)
        or before.unit_kind == "duration"
        or not SPREAD_GAP.fullmatch(text[before.end : mention.start])
        or NOT_SPREAD_BEFORE.search(text, 0, mention.start)
    ):
        return mention
    cues = tuple(c for c in mention.cues if c[0] != "bound")
    return mention.with_(bound="=", cues=cues, flags=(*mention.flags, "spread_over"))


# Between a figure and the earlier value it is compared with, which leaves out its unit: a
# few words of its clause, then the comparison word (", up from ", " from ", " compared with ",
# ", against "; a year may stand between: "in 2023 from ").
EARLIER_VALUE_GAP = re.compile(
    r"(?:[^\d.;:!?]|(?<!\d)(?:19|20)\d\d(?!\d)){0,30}?\b(?:up|down)?\s*"
    r"(?:from|compared\s+(?:with|to)|against|versus|vs\.?)[ \u00a0]+\Z",
    re.IGNORECASE,
)

# The same after the rest of the figure's clause, closed by a comma: ", compared with ",
# ", up from " in "2 million tourists are expected to visit next year, compared with 1.1
# million this year" (a comparison of the whole clause's figure; no year, stop or digit between).
EARLIER_VALUE_CLAUSE_GAP = re.compile(
    r"[^\d.;:!?]{0,120}?,[ \u00a0]*(?:(?:up|down)[ \u00a0]+from|compared[ \u00a0]+(?:with|to)|against)[ \u00a0]+\Z",
    re.IGNORECASE,
)

# How far apart a figure and its earlier value may lie to share a unit: "rose to 800,000
# people from 620,000" (not "from 3" after "800,000 people": some other count).
EARLIER_VALUE_RATIO = 20


# Between a figure and a bare number in parentheses after another name of its list: "160,000
# cars sold, followed by Chery (" / ") and Geely (" (no stop, no digit between).
LISTED_GAP = re.compile(r"\)?[^\d.;:!?()]{1,80}\(\s*\Z")
# What closes such a number: its parenthesis.
LISTED_END = re.compile(r"\s*\)")


def _unit_of_the_figure_before(
    text: str, before: QuantityMention, mention: QuantityMention
) -> QuantityMention:
    """A bare number that continues the figure right before it, of the same order, takes
    its unit: its earlier value ("arrivals rose to 800,000 people from 620,000") or another
    place of its list in parentheses ("Haval led with 160,000 cars, followed by Chery
    (130,000) and Geely (110,000)")."""
    if not may_take_unit_of(before, mention, EARLIER_VALUE_RATIO):
        return mention
    gap = text[before.end : mention.start]
    listed = LISTED_GAP.fullmatch(gap) and LISTED_END.match(text, mention.end)
    if not (EARLIER_VALUE_GAP.fullmatch(gap) or EARLIER_VALUE_CLAUSE_GAP.fullmatch(gap) or listed):
        return mention
    return with_unit_of(before, mention)


def may_take_unit_of(before: QuantityMention, mention: QuantityMention, ratio: int) -> bool:
    """Whether a bare number may take the unit of the figure ``before`` it: it has none,
    ``before`` measures something (no percent or time), and the two are within ``ratio``
    of each other (not "3" after "52,000 cars": some other count)."""
    return not (
        mention.unit is not None
        or before.unit is None
        or before.unit_kind in ("percent", "duration", None)
        or not mention.value
        or not before.value
        or not 1 / ratio <= before.value / mention.value <= ratio
    )


def with_unit_of(before: QuantityMention, mention: QuantityMention) -> QuantityMention:
    """``mention`` with the unit (and rate and counted noun) of the figure ``before`` it."""
    return mention.with_(
        unit=before.unit,
        unit_kind=before.unit_kind,
        per=before.per,
        counted=before.counted,
        flags=(*mention.flags, "unit_elided"),
    )


def _unit_lent(text: str, before: QuantityMention, mention: QuantityMention) -> QuantityMention:
    """ "$65 billion, and 90 billion by 2030": a scaled figure with no unit of its own
    after an amount of the same scale takes its unit; so does an earlier value
    (:func:`_unit_of_the_figure_before`)."""
    if mention.unit is None and before.unit is not None:
        continued = _unit_of_the_figure_before(text, before, mention)
        if continued is not mention:
            return continued
    if mention.unit is not None or not mention.scaled or before.unit is None or not before.scaled:
        return mention
    if mention.multiplier != before.multiplier or before.unit_kind not in (
        "currency",
        "mass",
        "volume",
        "energy",
    ):
        return mention
    if not ELIDED_GAP.fullmatch(text[before.end : mention.start]) or not _elided_end().match(
        text, mention.end
    ):
        return mention
    if text[before.end : before.end + 1] == ")":
        return mention  # "2.2 billion rubles ($30 million) and 71 million": whose unit is unsure
    return mention.with_(
        unit=before.unit,
        unit_kind=before.unit_kind,
        per=before.per,
        flags=(*mention.flags, "unit_elided"),
    )


def _respectively(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """ "rose 5% and 7% respectively": the change of the first figure holds for the list."""
    out = list(mentions)
    for index in range(1, len(out)):
        first, mention = out[index - 1], out[index]
        if (
            first.change not in ("increase", "decrease")
            or mention.change is not None
            or mention.unit != first.unit
        ):
            continue
        if not LIST_JOIN.fullmatch(text[first.end : mention.start]):
            continue
        last = index
        while last + 1 < len(out) and LIST_JOIN.fullmatch(
            text[out[last].end : out[last + 1].start]
        ):
            last += 1
        if RESPECTIVELY_AFTER.match(text, out[last].end):
            out[index] = mention.with_(change=first.change, flags=first.flags)
    return out


def _lent(text: str, before: QuantityMention, mention: QuantityMention) -> QuantityMention:
    between = text[before.end : mention.start]
    if RESTATED.fullmatch(between) and _in_brackets(text, before, mention):
        if _more_precise(before, mention):
            return mention  # "over 50,000 cars (61,800 units)", "roughly a third (31.7%)"
        if mention.bound == "=" and mention.change is None and before.change != "from_to":
            return mention.with_(bound=before.bound, change=before.change, flags=before.flags)
        return mention
    shares_the_change = before.change in ("increase", "decrease") and mention.change is None
    if shares_the_change and mention.unit == before.unit and ELIDED_VERB.fullmatch(between):
        return mention.with_(change=before.change, flags=before.flags)  # "rose 5%, imports by 3%"
    if (
        OR_SHARE.fullmatch(between)
        and shares_the_change
        and mention.unit_kind == "percent" != before.unit_kind
    ):
        return mention.with_(change=before.change, flags=before.flags)
    return mention


def _more_precise(before: QuantityMention, mention: QuantityMention) -> bool:
    """Whether the figure in brackets gives the amount ``before`` only rounds or bounds,
    not the same amount in other units: another number in the same unit ("sold more than
    50,000 cars (61,800 units)"), or a percent after a fraction in words ("roughly a
    third (31.7%)")."""
    if mention.unit is not None and mention.unit == before.unit and mention.value != before.value:
        return True
    return (
        mention.unit == "%"
        and before.unit != "%"
        and before.unit_kind in ("fraction", "share", None)
    )


def _in_brackets(text: str, before: QuantityMention, mention: QuantityMention) -> bool:
    """Whether ``mention`` opens a bracket right after ``before``, or stands in a bracket
    that ``before`` stands in too ("(184 kW / 250 PS)")."""
    if "(" in text[before.end : mention.start]:
        return True
    opened = text.rfind("(", 0, mention.start)
    return opened != -1 and opened < before.start and ")" not in text[opened : mention.start]


# Between a percent of change and a bare percent of the same list: what the first is said
# of ("in the first quarter", "in physical terms", "year on year", a year), then the join
# (", ", " and ", ", and "), perhaps "by": "dropped 31.5% in the first quarter, 12.2% in the
# second", "grew by 64% in value and by 10% in volume".
LISTED_CHANGE_GAP = re.compile(
    r"(?:[^\d;:.!?()]|(?<!\d)(?:19|20)\d\d(?!\d)){0,50}?"
    r"(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)(?:by[ \u00a0]+)?\Z",
    re.IGNORECASE,
)

# After a percent, what makes it a share of something or the subject of a clause of its
# own, not a change of the list: " of" in "20% of them went to China".
SHARE_AFTER = re.compile(r"[ \u00a0]+of\b", re.IGNORECASE)

# Fine tags of verbs and modals: a verb between two figures starts a clause of its own.
VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})


def share_changes_along_lists(doc: Doc, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """The mentions of ``doc`` (tagged) with a change shared along a list of percents that
    one change word governs: a bare percent joined to a percent of change before it, with
    only what the first is said of between them and no verb, has the same change ("dropped
    31.5% in the first quarter, 12.2% in the second quarter and 4% in the third"; "climbed
    18% in physical terms and 7% in value terms"). A percent that is a share ("and 20% *of*
    them") or the subject of its own verb ("and 20% went") is none.

    >>> gap = LISTED_CHANGE_GAP.fullmatch
    >>> bool(gap(" in May and ")), bool(gap(" in value and by ")), bool(gap(", inflation "))
    (True, True, False)
    """
    text = text_of(doc)
    out = list(mentions)
    for index in range(1, len(out)):
        first, mention = out[index - 1], out[index]
        if (
            first.change not in ("increase", "decrease")
            or mention.change is not None
            or first.unit != "%"
            or mention.unit != "%"
            or not LISTED_CHANGE_GAP.fullmatch(text[first.end : mention.start])
            or SHARE_AFTER.match(text, mention.end)
        ):
            continue
        between = [t for t in doc if first.end <= t.idx < mention.start]
        after = next((t for t in doc if t.idx >= mention.end and not t.is_punct), None)
        if any(t.tag_ in VERB_TAGS for t in between) or (
            after is not None and after.tag_ in VERB_TAGS
        ):
            continue
        cue = next((c for c in first.cues if c[0] == "change"), None)
        shared = mention.with_(change=first.change, flags=first.flags)
        if cue is not None:
            kept = tuple(c for c in shared.cues if c[0] != "change")
            shared = shared.with_(cues=(*kept, (cue[0], cue[1], cue[2], "relations.listed_change")))
        out[index] = shared
    return out
