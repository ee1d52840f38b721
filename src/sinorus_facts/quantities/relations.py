"""What one figure lends the next: the same amount restated, or the same change in
another measure.

- a figure in brackets right after another restates it in other units and keeps its bound
  and change: "more than 100 kilometers (60 miles)", "dropped by 1 to 1.5 degrees Celsius
  (1.8 to 2.7 Fahrenheit)", "just under 296 hp (224 kW / 300 PS)";
- a percent after "or" gives the same change as a share: "lost 190 points, or 0.6%".

>>> from sinorus_facts.quantities.finder import find_quantities
>>> [(q.text, q.bound) for q in find_quantities("It flew more than 100 km (60 miles).")]
[('more than 100 km', '>'), ('60 miles', '>')]
"""

from __future__ import annotations

import re

from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["lend_bounds_and_changes"]

# A bracket (or a slash inside one) between a figure and its restatement: " (", " / ".
RESTATED = re.compile(r"[ \u00a0]*(?:\([ \u00a0]*|/[ \u00a0]*|,[ \u00a0]*)\Z")

# ", or " between a change and the same change as a share: "190 points, or 0.6%".
OR_SHARE = re.compile(r",?[ \u00a0]+or[ \u00a0]+\Z", re.IGNORECASE)


def lend_bounds_and_changes(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """The mentions with bounds and changes passed on to their restatements."""
    out: list[QuantityMention] = []
    for mention in mentions:
        if out:
            mention = _lent(text, out[-1], mention)
        out.append(mention)
    return out


def _lent(text: str, before: QuantityMention, mention: QuantityMention) -> QuantityMention:
    between = text[before.end : mention.start]
    if RESTATED.fullmatch(between) and _in_brackets(text, before, mention):
        if mention.bound == "=" and mention.change is None and before.change != "from_to":
            return mention.with_(bound=before.bound, change=before.change, flags=before.flags)
        return mention
    shares_the_change = before.change in ("increase", "decrease") and mention.change is None
    if OR_SHARE.fullmatch(between) and shares_the_change and mention.unit_kind == "percent" != before.unit_kind:
        return mention.with_(change=before.change, flags=before.flags)
    return mention


def _in_brackets(text: str, before: QuantityMention, mention: QuantityMention) -> bool:
    """Whether ``mention`` opens a bracket right after ``before``, or stands in a bracket
    that ``before`` stands in too ("(224 kW / 300 PS)")."""
    if "(" in text[before.end : mention.start]:
        return True
    opened = text.rfind("(", 0, mention.start)
    return opened != -1 and opened < before.start and ")" not in text[opened : mention.start]
