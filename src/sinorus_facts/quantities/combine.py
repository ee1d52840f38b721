"""Pairing neighbouring figures: ranges ("30,000–35,000 tonnes", "between 30 and 40") and
from/to changes ("from 15 million to 30 million tons").

The first figure takes the unit and scale of the second when it has none of its own
("15-20%", "$5-6 billion", "from 15 to 30 million tons").
"""

from __future__ import annotations

import re
from decimal import Decimal

from sinorus_facts.lexicons import PatternEntry, lexicon_cache, load_lexicon
from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["combine_mentions"]

# A determiner right before a number word that makes it name things already known, not
# the first end of a range: "the two" in "lift commerce between the two to $90 billion".
KNOWN_BEFORE = re.compile(r"\b(?:the|these|those|both|all)[ \u00a0]+\Z", re.IGNORECASE)

# "from" right before the first figure: "from 15 million to ...".
FROM_BEFORE = re.compile(r"\bfrom[ \u00a0]+\Z", re.IGNORECASE)

# A verb of extent before "from": "prices range from $5 to $6" is a range, not a change.
RANGE_VERB_BEFORE = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|span(?:s|ned|ning)?|run(?:s|ning)?)[ \u00a0]+\Z",
    re.IGNORECASE,
)

# "between" right before the first figure: "between 30 and 40 tonnes".
BETWEEN_BEFORE = re.compile(r"\bbetween[ \u00a0]+\Z", re.IGNORECASE)

# "to" right before the first figure of a reversed change: "to 30 million from 15 million".
TO_BEFORE = re.compile(r"\bto[ \u00a0]+\Z", re.IGNORECASE)

# A dash joining a range: "30,000–35,000", "15-20", "5 - 6".
DASH_JOIN = re.compile(r"[ \u00a0]*[-–—][ \u00a0]*")

# "to" joining two figures: "30 to 40", "15 million to 30 million", "0-to-100", and after
# the suspended hyphen of "8- to 12-metre".
TO_JOIN = re.compile(r"(?:-?[ \u00a0]+|-)(?:to|through|till|until)(?:[ \u00a0]+|-)", re.IGNORECASE)

# "to" after a few words, in a from/to change: "from 5% in 2016 to 7%", "from 70 percent last year to".
LOOSE_TO_JOIN = re.compile(
    r"[ \u00a0]+(?:[^\s\d]+[ \u00a0]+|\d{4}[ \u00a0,]+){0,4}?(?:to|through)[ \u00a0]+",
    re.IGNORECASE,
)

# "and" in "between A and B".
AND_JOIN = re.compile(r"[ \u00a0]+and[ \u00a0]+", re.IGNORECASE)

# "or" between two figures sharing one unit: "six or seven rubles", "5- or 6-inch".
OR_JOIN = re.compile(r"-?[ \u00a0]+or[ \u00a0]+", re.IGNORECASE)

# "and" between a bare figure and one with a measure unit, which the first shares: the
# " and " of "12 and 15 tonnes", "3 and 4 percent".
AND_SHARE_JOIN = re.compile(r"[ \u00a0]+and[ \u00a0]+", re.IGNORECASE)

# A comma between the figures of a list that share the last one's unit: ", " in
# "10, 12 and 15 percent".
LIST_COMMA = re.compile(r",[ \u00a0]+")

# The last join of a list written with a serial comma: ", and " in "10, 12, and 15 percent".
LIST_AND_JOIN = re.compile(r",[ \u00a0]+and[ \u00a0]+", re.IGNORECASE)

# How far apart two figures joined by "and" may be for the first to take the scale of the
# second ("56 and 40 billion dollars"; never "300 and 2 billion").
SCALE_SHARED_RATIO = (Decimal("0.05"), Decimal(20))

# The kinds of unit a bare figure before "and" takes from the next one ("12 and 15 km");
# never counts ("5 and 6 workers" is the tagger's), money or times ("in 2019 and 3 years").
AND_SHARED_KINDS = frozenset(
    {
        "mass",
        "volume",
        "length",
        "area",
        "percent",
        "energy",
        "power",
        "temperature",
        "speed",
        "data",
    }
)

# What joins the unit and the hundredths of one amount: " ", " and ", ", and ".
MONEY_JOIN = re.compile(r",?[ \u00a0]+(?:and[ \u00a0]+)?")

# "from" joining a reversed change: "to 30 million tons from 15 million".
FROM_JOIN = re.compile(r"[ \u00a0]+from[ \u00a0]+", re.IGNORECASE)

# A word of time: "quarter" in " in the third quarter from " (a level reached and the
# level it came from, each told with its own time, are two figures).
TIME_WORD = re.compile(
    r"\b(?:q[1-4]|h[12]|quarter|half|month|week|season|jan|feb|mar|apr|jun|jul|aug|sept?"
    r"|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)

# A time right after the level a figure came from, which dates that level: " in Q2" in
# "dropped to 210,000 units from 290,000 in Q2" (two figures, each of its time).
TIME_AFTER = re.compile(
    r"[ \u00a0]+(?:in|during|over|at|for|a)[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:same|previous|last|first|second|third|fourth)[ \u00a0]+)?"
    r"(?:(?<!\d)(?:19|20)\d\d(?!\d)|(?:q[1-4]|h[12]|quarter|half|month|week|season|year|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b)",
    re.IGNORECASE,
)

# Between a level reached and the level it came from, a few words of its clause (no comma,
# stop, number or word of time: a time there dates the level, which keeps it): " of gas per year for the
# route from the planned " in "to 30 million tonnes a year via the eastern route from the
# planned 25 million tonnes".
LOOSE_FROM_JOIN = re.compile(
    r"[^\d,;:.!?()]{0,70}?[ \u00a0]+from[ \u00a0]+"
    r"(?:(?:the|its|their)[ \u00a0]+)?"
    r"(?:(?:projected|planned|previous|current|present|earlier|initial|original)[ \u00a0]+)?",
    re.IGNORECASE,
)


# What joins the parts of one measure in two units: " " in "5 ft 11 in", nothing in "5'11\"";
# a comma or "and" makes a list ("24 hours, 39 minutes and 35 seconds").
COMPOUND_JOIN = re.compile(r"[ \u00a0]*")


@lexicon_cache(maxsize=1)
def _compound_units() -> dict[tuple[str, str], Decimal]:
    """(larger unit, smaller unit) -> how many of the smaller make one of the larger."""
    return {
        (e.words[0], e.words[1]): Decimal(e.value or "1")
        for e in load_lexicon("number_names").entries
        if isinstance(e, PatternEntry) and e.label == "compound_unit" and len(e.words) == 2
    }


def _join_compounds(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """One measure written in two units: "5 ft 11 in" (5 11/12 ft), "2 hours 30 minutes"."""
    out: list[QuantityMention] = []
    for mention in mentions:
        if out and (ratio := _compound_ratio(text, out[-1], mention)) is not None:
            first = out.pop()
            out.append(
                first.with_(
                    end=mention.end,
                    text=text[first.start : mention.end],
                    value=first.value + (mention.value / ratio).normalize(),
                )
            )
            continue
        out.append(mention)
    return out


def _compound_ratio(text: str, a: QuantityMention, b: QuantityMention) -> Decimal | None:
    ratio = _compound_units().get((a.unit or "", b.unit or ""))
    if ratio is None or not (0 <= b.value < ratio) or a.high is not None or b.high is not None:
        return None
    if (
        a.change is not None
        or b.change is not None
        or not COMPOUND_JOIN.fullmatch(text[a.end : b.start])
    ):
        return None
    return ratio


def combine_mentions(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """Merge each pair of neighbouring mentions that forms a range or a from/to change; in
    "six or seven rubles" the first figure takes the unit of the second."""
    mentions = _dash_ends(text, _join_compounds(text, _share_across_or(text, mentions)))
    out: list[QuantityMention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        merged = _pair(text, first, second) if second is not None else None
        if merged is not None and second is not None:
            out.append(merged)
            index += 2
            while (
                index < len(mentions)
                and (chained := _chained(text, merged, second, mentions[index])) is not None
            ):
                out.append(chained)  # "from $60 to $65 to $70": each step a change of its own
                merged, second = chained, mentions[index]
                index += 1
        else:
            out.append(first)
            index += 1
    return out


def _dash_ends(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """A dash range that is one end of a from/to: the "14-15 billion euros" of "from 9.5
    to 11-12 billion euros", the "about 6-7 litres" of "from about 6-7 litres to 5"."""
    out: list[QuantityMention] = []
    for mention in mentions:
        if out and _is_dash_end(text, out[-1], mention):
            first, second = _share(out.pop(), mention)
            out.append(
                _merged(text, first.start, first, second, value=first.value, high=second.value)
            )
            continue
        out.append(mention)
    return out


def _is_dash_end(text: str, a: QuantityMention, b: QuantityMention) -> bool:
    if (
        not DASH_JOIN.fullmatch(text[a.end : b.start])
        or a.change is not None
        or b.change is not None
    ):
        return False
    before = text[max(0, a.start - 12) : a.start]
    if (
        not (FROM_BEFORE.search(before) or TO_BEFORE.search(before))
        or a.high is not None
        or b.high is not None
    ):
        return False
    raw_a = a.value * (b.multiplier if a.multiplier == 1 else 1)
    return _compatible(a, b, loose=True) and raw_a < b.value


def _chained(
    text: str, merged: QuantityMention, last: QuantityMention, after: QuantityMention
) -> QuantityMention | None:
    """The next step of a chain of "to"s: "$65 to $70" after "from $60 to $65"."""
    if merged.change not in ("from_to", None) or after.change is not None or after.high is not None:
        return None
    if merged.change is None and merged.high is None:
        return None
    if not TO_JOIN.fullmatch(text[last.end : after.start]) or not _compatible(
        last, after, loose=False
    ):
        return None
    start = (
        last.end
        + len(text[last.end : after.start])
        - len(text[last.end : after.start].lstrip(" \u00a0-"))
    )
    if merged.change == "from_to":
        return _merged(
            text, start, last, after, value=after.value, from_value=last.value, change="from_to"
        ).with_(flags=(*after.flags, "chained"))
    if last.value >= after.value:
        return None
    return _merged(text, start, last, after, value=last.value, high=after.value).with_(
        flags=(*after.flags, "chained")
    )


def _share_across_or(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """A bare figure takes the unit of the next one across "or" ("six or seven rubles"),
    across "and" for measures ("40 and 55 tonnes", "rose 12 and 8 percent respectively"),
    and back along a list of commas ("10, 12 and 15 percent")."""
    out = list(mentions)
    shared_to: set[int] = set()
    for index in range(len(out) - 1, 0, -1):
        a, b = out[index - 1], out[index]
        if a.unit is not None or b.unit is None or a.scaled:
            continue
        between = text[a.end : b.start]
        measure_and = (
            b.unit_kind in AND_SHARED_KINDS
            and not b.scaled
            and b.high is None
            and a.word_number == b.word_number
            and a.change in (None, "increase", "decrease")
            and b.change in (None, a.change)
        )
        listed = index > 1 and _bare_list_before(text, out[index - 2], a)
        joined = (
            AND_SHARE_JOIN.fullmatch(between)
            or (listed and LIST_AND_JOIN.fullmatch(between))
            or (index in shared_to and LIST_COMMA.fullmatch(between))
        )
        if OR_JOIN.fullmatch(between) or (measure_and and joined):
            out[index - 1] = a.with_(
                unit=b.unit, unit_kind=b.unit_kind, unit_text=b.unit_text, per=b.per
            )
            shared_to.add(index - 1)
        elif joined and _shares_scale(
            a, b
        ):  # "56 and 40 billion dollars", "5 and 6 million tonnes"
            out[index - 1] = a.with_(
                unit=b.unit,
                unit_kind=b.unit_kind,
                unit_text=b.unit_text,
                per=b.per,
                value=a.value * b.multiplier,
                multiplier=b.multiplier,
                scaled=True,
            )
            shared_to.add(index - 1)
    return out


def _shares_scale(a: QuantityMention, b: QuantityMention) -> bool:
    """Whether a bare figure before "and" takes the scale and unit of the next ("56 and 40
    billion dollars"): digits both, of a size (SCALE_SHARED_RATIO), the second scaled."""
    if (
        not b.scaled
        or b.high is not None
        or a.word_number
        or b.word_number
        or a.change not in (None, b.change)
    ):
        return False
    if b.unit_kind not in (*AND_SHARED_KINDS, "currency", "count") or not b.value:
        return False
    ratio = a.value * b.multiplier / b.value
    return SCALE_SHARED_RATIO[0] <= ratio <= SCALE_SHARED_RATIO[1]


def _bare_list_before(text: str, before: QuantityMention, a: QuantityMention) -> bool:
    """Whether ``a`` follows a bare figure across a list comma: "10, " before "12, and 15%"."""
    return (
        before.unit is None
        and not before.scaled
        and bool(LIST_COMMA.fullmatch(text[before.end : a.start]))
    )


# A number written as a year ("2019"): before a figure with a scale word it is the year of a
# comparison ("over 2019 to $12 billion", "from 2017 to 16 million tonnes"), no end of a
# range (that end would be thousands of times the other).
YEAR_LIKE = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,.])")


# A change and the word of its basis right before a year: "rose 3-fold over " in "rose
# 3-fold over 2019 to 12,000 cars" (the year is the basis; "rose from 2000 to 2,500 tonnes"
# is a range).
CHANGE_AND_BASIS_WORD = re.compile(
    r"(?:\d\s*(?:%|percent|per\s+cent|-?fold|times)"
    r"|\bby\s+(?:(?:a|one)\s+)?(?:half|third|quarter|fifth|sixth|tenth))"
    r"\s+(?:over|from|on|against|compared\s+(?:with|to)|versus|vs\.?)\s+\Z",
    re.IGNORECASE,
)


# A preposition of time right before a year: "of " in "the first half of 2024 to 410,000
# units", "in ", "during " (the year dates what is said; it is no end of a range).
TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|in|during|through|throughout|since|until|till|for|by)\s+\Z", re.IGNORECASE
)


def _pair(text: str, a: QuantityMention, b: QuantityMention) -> QuantityMention | None:
    if a.change not in (None, "increase", "decrease") or b.change is not None:
        return None  # "rose 15-20%": the change read before the first end holds for the range
    if "fraction" in a.flags and (a.change is not None or a.word_number) and b.unit is not None:
        # "fell by a third to $2 billion", "reduced by a third to $2 billion": a change, then the
        # level it fell to (a fraction in words is no end of a range of money)
        return None
    between = text[a.end : b.start]
    if _money_and_change(a, b) and MONEY_JOIN.fullmatch(between):
        return a.with_(end=b.end, text=text[a.start : b.end], value=a.value + b.value)
    before = text[max(0, a.start - 12) : a.start]
    if a.word_number and a.unit is None and KNOWN_BEFORE.search(before):
        return None  # "lift commerce between the two to $90 billion"
    dash, to = DASH_JOIN.fullmatch(between), TO_JOIN.fullmatch(between)
    from_before, between_before = FROM_BEFORE.search(before), BETWEEN_BEFORE.search(before)
    if not _compatible(a, b, loose=bool(from_before or between_before or dash or b.scaled)):
        return None
    first_bare = a.unit is None
    year = YEAR_LIKE.search(a.text) if first_bare and not a.scaled else None
    if year is not None and (
        b.scaled
        or CHANGE_AND_BASIS_WORD.search(text, 0, a.start + year.start())
        or TIME_PREPOSITION_BEFORE.search(text, max(0, a.start - 12), a.start + year.start())
    ):
        return None  # "rose 8% over 2019 to $12 billion": a year, then the level it rose to
    a, b = _share(a, b)
    if between_before and AND_JOIN.fullmatch(between) and a.value <= b.value:
        start = a.start - (len(before) - between_before.start())
        return _merged(text, start, a, b, value=a.value, high=b.value, change=a.change)
    if a.change is not None:
        # "rose 15-20%" is a range of change; "rose 0.7% to 6,327.80" a change, then a level
        if (dash or (to and first_bare)) and a.value < b.value:
            return _merged(text, a.start, a, b, value=a.value, high=b.value, change=a.change)
        return None
    if from_before and (to or LOOSE_TO_JOIN.fullmatch(between)):
        start = a.start - (len(before) - from_before.start())
        if RANGE_VERB_BEFORE.search(text[max(0, start - 20) : start]):  # "ranging from $5 to $6"
            return _merged(
                text, start, a, b, value=min(a.value, b.value), high=max(a.value, b.value)
            )
        return _merged(text, start, a, b, value=b.value, from_value=a.value, change="from_to")
    if TO_BEFORE.search(before) and (
        FROM_JOIN.fullmatch(between)
        or (
            LOOSE_FROM_JOIN.fullmatch(between)
            and not TIME_WORD.search(between)
            and not TIME_AFTER.match(text, b.end)
        )
    ):
        return _merged(text, a.start, a, b, value=a.value, from_value=b.value, change="from_to")
    if (dash or to) and a.value < b.value and not _coin_and_note(a, b):
        return _merged(text, a.start, a, b, value=a.value, high=b.value)
    return None


def _coin_and_note(a: QuantityMention, b: QuantityMention) -> bool:
    """ "gained 15 cents to $2.70": an amount in a currency's hundredths, then one in the
    currency itself, is a change and a level, not a range."""
    return a.unit_kind == b.unit_kind == "currency" and (a.multiplier < 1) != (b.multiplier < 1)


def _money_and_change(a: QuantityMention, b: QuantityMention) -> bool:
    """ "4 dollars 20 cents", "eleven dollars and sixty cents": an amount in a
    currency's unit, then less than one unit in its hundredths."""
    return (
        a.unit_kind == "currency"
        and a.unit == b.unit
        and b.multiplier < 1 <= a.multiplier
        and b.value < 1
        and a.change is None
        and b.change is None
        and a.high is None
    )


def _compatible(a: QuantityMention, b: QuantityMention, *, loose: bool) -> bool:
    """Whether two figures may be the ends of one range: the same unit, or the first with
    none ("15-20%"); a first end with a unit and a bare second only after "from"/"between"
    ("from 412 tonnes to 380"), never "5% to 7" otherwise."""
    if a.unit is None or b.unit is None:
        if a.unit is not None and not loose:
            return False
        return (a.unit_kind or b.unit_kind) != "multiplier"
    if a.counted and b.counted and a.counted.lower() != b.counted.lower():
        return False  # "5 apples to 3 pears"
    return a.unit.split("/")[0] == b.unit.split("/")[0]


def _share(a: QuantityMention, b: QuantityMention) -> tuple[QuantityMention, QuantityMention]:
    """Let each end take the unit and scale the other states ("15-20%", "$5-6 billion")."""
    if a.multiplier == 1 and b.multiplier != 1:
        raw_a, raw_b = a.value, b.value / b.multiplier
        # "$5-6 billion" shares the scale; "from $300 to $2 million" does not: two figures
        # that each carry their currency share a scale only when they are of a size
        both = a.unit is not None and b.unit is not None
        low, high = (Decimal("0.1"), Decimal(10)) if both else (Decimal("0.01"), Decimal(100))
        if raw_b and low <= raw_a / raw_b <= high:
            a = a.with_(value=a.value * b.multiplier, multiplier=b.multiplier, scaled=b.scaled)
    if a.unit is None and b.unit is not None:
        a = a.with_(unit=b.unit, unit_kind=b.unit_kind, unit_text=b.unit_text)
    elif b.unit is None and a.unit is not None:
        b = b.with_(unit=a.unit, unit_kind=a.unit_kind, unit_text=a.unit_text)
    return a, b


def _merged(
    text: str,
    start: int,
    a: QuantityMention,
    b: QuantityMention,
    *,
    value: Decimal,
    high: Decimal | None = None,
    from_value: Decimal | None = None,
    change: str | None = None,
) -> QuantityMention:
    # the figure whose unit and words the merged one keeps: the level reached, which is
    # the second of "from A to B" and the first of "to B from A"
    level = a if change == "from_to" and value == a.value and from_value == b.value else b
    bound = level.bound if change == "from_to" else (a.bound if a.bound != "=" else b.bound)
    cues = level.cues
    if change == "from_to":
        if high is None:
            high = level.high  # "from 9.5 to 11-12 billion euros": a change to a range
        earlier = b if level is a else a
        cues = (
            *(c for c in level.cues if c[0] not in ("change", "from_value")),
            ("change", start, b.end, "changes.from_to"),
            ("from_value", earlier.number_start, earlier.number_end, "changes.from_to"),
        )
    return level.with_(
        cues=cues,
        start=start,
        end=b.end,
        text=text[start : b.end],
        value=value,
        high=high,
        from_value=from_value,
        change=change,
        bound=bound,
        number_start=a.number_start,
        number_end=b.number_end,
        word_number=a.word_number and b.word_number,
    )
