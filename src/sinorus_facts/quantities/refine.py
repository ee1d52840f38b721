"""Units the words around a figure complete: "annual imports ... 30 million tons" is a rate
per year; "$61.03 for the OPEC basket" is a price per barrel (implicit_units lexicon).

>>> from sinorus_facts.quantities.finder import find_quantities
>>> text = "raising China's annual imports of crude oil to 30 million tons."
>>> refine_unit(text, find_quantities(text)[0]).unit
't/yr'
"""

from __future__ import annotations

import re
from decimal import Decimal

from sinorus_facts.common.alternation import words_alternation
from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.lexicons.cues import (
    POSSESSIVE_END,
    cue_entries,
    cue_words,
    entity_words,
    phrase_pattern,
)
from sinorus_facts.quantities.cores import SHARE_VERB_BEFORE
from sinorus_facts.quantities.counted import unit_of_counted
from sinorus_facts.quantities.mention import QuantityMention

__all__ = [
    "a_part_of_a_count",
    "counted_subject",
    "opens_a_partition",
    "part_of_a_count",
    "refine_unit",
    "remainder_before",
    "share_of_fraction",
    "unit_from_measure",
]

# "annual"/"yearly"/"a year's" a few words before a physical amount, no verb-like word
# or other figure between: "annual imports of Russian crude oil from 15 million".
ANNUAL_BEFORE = re.compile(
    r"\b(?P<word>annual|annually|yearly|per-year|a year's)\b(?P<gap>(?:[\s\u00a0]+[^\s\d$€£¥]+){0,7})[\s\u00a0]+\Z",
    re.IGNORECASE,
)
DAILY_BEFORE = re.compile(
    r"\b(?P<word>daily)\b(?P<gap>(?:[\s\u00a0]+[^\s\d$€£¥]+){0,6})[\s\u00a0]+\Z", re.IGNORECASE
)

# A rate of time a few words after a physical amount, in its clause (no stop, comma or
# other figure between, but the figure restated in brackets): " of coal will be shipped per
# year" in "4 million tonnes of coal will be shipped per year", " of oil (300,000 barrels
# per day) annually"; never "a year ago" (a time, not a rate), nor "in a year" (a time
# within which: :data:`WITHIN_BEFORE`).
RATE_AFTER = re.compile(
    r"(?P<gap>(?:[\s\u00a0]+(?:[^\s\d$€£¥.,;:!?()]+|\([^()]{1,60}\))){0,8}?)[\s\u00a0]+"
    r"(?:(?P<yr>per\s+year|a\s+year(?!\s+(?:ago|earlier|before|later|after|from|since)\b)"
    r"|per\s+annum|annually|each\s+year|every\s+year)"
    r"|(?P<d>per\s+day|a\s+day(?!\s+(?:ago|earlier|before|later|after|from|since)\b)|daily|each\s+day))"
    r"(?![\w-])",
    re.IGNORECASE,
)

# The last word of a gap that makes the "a year" after it a time, not a rate: "for the
# first time in a year", "within a year".
WITHIN_BEFORE = re.compile(r"(?:^|[\s\u00a0])(?:in|within|for|over|under|than|of)\Z", re.IGNORECASE)

# Verbs that end the reach of "annual" (it then qualifies another noun).
VERB_GAP = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|reached|totaled|totalled|amounted|stood|hit)\b",
    re.IGNORECASE,
)

PHYSICAL = ("mass", "volume", "energy")

# "the number of Chinese tourists in Russia": what a bare figure counts.
NUMBER_OF = re.compile(
    r"\b(?:number|total|count|influx|flow)\s+of\s+(?:[\w-]+\s+){0,3}?(?P<noun>[A-Za-z][a-z]+s)\b",
    re.IGNORECASE,
)


# What a line carries in a year is told as its capacity without "a year": amounts of goods.
FLOWING = ("mass", "volume")

# Between a capacity word and its figure: a few words, no digit, no stop: " of " in "a
# capacity of 61 billion cubic metres", " (" in "higher transmission (up to 45 million tonnes)".
CAPACITY_GAP = re.compile(r"[^\d.;:!?]{0,25}\Z")


def _rate_after(text: str, end: int) -> re.Match[str] | None:
    """The rate of time a few words after a figure that ends at ``end`` (:data:`RATE_AFTER`),
    unless the word before it makes it a time ("in a year")."""
    found = RATE_AFTER.match(text, end)
    if found is None or WITHIN_BEFORE.search(found.group("gap")):
        return None
    return found


def _capacity_of_a_line(text: str, mention: QuantityMention) -> bool:
    """Whether ``mention`` is the capacity of a line that carries goods, which news tells
    without "a year" ("the oil pipeline, with a capacity of 30 million tonnes"): a
    capacity word right before it (the ``implicit_units`` lexicon's conventions of kind
    ``yearly_capacity``), a line its sentence names, and no word of a stock before the
    capacity word ("storage capacity", a carrier's tanks)."""
    window_start = max(0, mention.start - 60)
    found = None
    for match in phrase_pattern("implicit_units", "capacity").finditer(
        text, window_start, mention.start
    ):
        found = match  # the last before the figure
    if found is None or not CAPACITY_GAP.match(text[found.end() : mention.start]):
        return False
    if VERB_GAP.search(text, found.end(), mention.start):
        return False  # "capacity will reach ...": the verb's figure, read by its own rules
    if phrase_pattern("implicit_units", "stock").search(
        text, max(0, found.start() - 25), found.start()
    ):
        return False
    return (
        phrase_pattern("implicit_units", "holder").search(text) is not None
        or _projects().search(text) is not None
    )


@lexicon_cache(maxsize=1)
def _projects() -> re.Pattern[str]:
    """The names of the projects of the entities lexicon (pipelines, plants, routes), as
    written: "Power of Siberia 2", "Yamal LNG"."""
    names = words_alternation(entity_words("project"))
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w])")


# A million: the scale of "mt" after a number under a thousand.
MILLION = Decimal(1_000_000)

# Time counted in a row: "consecutive years" in "for four consecutive years" (a duration).
IN_A_ROW = re.compile(
    r"(?:consecutive|straight|successive)[\s\u00a0]+(?P<unit>year|month|day)s?", re.IGNORECASE
)


# "over" opening a run of time, and "for" before it ("for over four consecutive years" is
# more than four).
OVER_A_RUN = re.compile(r"over\s", re.IGNORECASE)
FOR_BEFORE = re.compile(r"\bfor\s+\Z", re.IGNORECASE)


def refine_unit(text: str, mention: QuantityMention) -> QuantityMention:
    """``mention`` with the unit its context implies; unchanged when nothing applies."""
    if mention.unit is None:
        return mention
    if mention.unit == "count" and mention.counted == "mt" and not mention.scaled:
        # "1.47 mt": million tonnes under a thousand, metric tonnes above ("500,000 mt")
        scale = MILLION if mention.value < 1000 else Decimal(1)
        tonnes = mention.with_(
            value=mention.value * scale,
            high=mention.high * scale if mention.high is not None else None,
            unit="t",
            unit_kind="mass",
            counted=None,
            scaled=scale != 1,
            multiplier=scale,
        )
        return refine_unit(text, tonnes)  # "3-4 mt a year": then its rate
    if mention.unit == "count":
        in_a_row = IN_A_ROW.fullmatch(mention.counted or "")
        if in_a_row:  # "grew for four consecutive years": a run of 4 years
            run = mention.with_(unit=in_a_row.group("unit").lower(), unit_kind="duration")
            if OVER_A_RUN.match(mention.text) and not FOR_BEFORE.search(
                text, max(0, mention.start - 8), mention.start
            ):
                # "rose over four consecutive years": "over" is the span's, no bound
                run = run.with_(bound="=", cues=tuple(c for c in run.cues if c[0] != "bound"))
            return run
        after = _rate_after(text, mention.number_end)
        if after and after.group("yr") and mention.counted:
            return mention.with_(unit="count/yr")  # "80,000 vehicles annually"; a day's stays
    if mention.unit_kind in PHYSICAL and "/" not in mention.unit:
        window = text[max(0, mention.start - 80) : mention.start]
        for pattern, per in ((ANNUAL_BEFORE, "yr"), (DAILY_BEFORE, "d")):
            found = pattern.search(window)
            if found and not VERB_GAP.search(found.group("gap")):
                return mention.with_(unit=f"{mention.unit}/{per}")
        after = _rate_after(text, mention.end)
        if after:  # "4 million tonnes of coal will be shipped per year"
            return mention.with_(unit=f"{mention.unit}/{'yr' if after.group('yr') else 'd'}")
        if mention.unit_kind in FLOWING and _capacity_of_a_line(text, mention):
            return mention.with_(unit=f"{mention.unit}/yr")  # "a pipeline with a capacity of"
    if mention.unit_kind == "currency" and "/" not in mention.unit and mention.per is None:
        for entry in cue_entries("implicit_units"):
            if entry.kind is not None:
                continue  # a convention of physical flows (below)
            limit = Decimal(entry.value or "0")
            if mention.value <= limit and phrase_pattern("implicit_units", entry.label).search(
                text
            ):
                return mention.with_(unit=f"{mention.unit}/{entry.label}")
    return mention


# The word of a fraction that is a share only when hedged or bounded ("nearly half",
# "more than half of the trade"): alone it is mostly a manner of speaking ("half the time").
HALF = "half"


# What may stand before a fraction that opens its sentence: quotes, brackets, "Some".
SENTENCE_OPENING = re.compile(r"[\s\"“‘'(]*\Z")


def _a_share_said_as_one(text: str | None, mention: QuantityMention) -> bool:
    """Whether "half" is a share by its place: after a verb of a share ("made up half of the
    volume") or opening its sentence before the whole it is of ("Half of our clients settle
    in yuan")."""
    if text is None or not mention.counted:
        return False
    before = text[max(0, mention.start - 30) : mention.start]
    return bool(SHARE_VERB_BEFORE.search(before)) or (
        SENTENCE_OPENING.fullmatch(text[: mention.start]) is not None
    )


def _after_a_share_verb(text: str | None, mention: QuantityMention) -> bool:
    """Whether a verb of a share stands right before the fraction ("Wheat accounted for a
    third."): a share of the whole the subject is part of."""
    return text is not None and bool(
        SHARE_VERB_BEFORE.search(text[max(0, mention.start - 50) : mention.start])
    )


def share_of_fraction(mention: QuantityMention, text: str | None = None) -> QuantityMention:
    """A fraction of a whole the text names is a share, in percent as GUIDELINES.md writes
    shares ("two-thirds of the grain": 66.67 %), and a fraction a verb of change is "by" the
    size of the change ("rose by two-thirds": up 66.67 %); other mentions unchanged. The quantity
    layer keeps the fraction as written (0.667 of "the grain"); a claim states the share.
    With the ``text`` it was found in, "half" is a share after a verb of a share or opening
    its sentence ("made up half of the volume", "Half of our clients").

    >>> q = QuantityMention(0, 7, "a third", Decimal(1) / 3, counted="the visitors", flags=("fraction",))
    >>> share = share_of_fraction(q)
    >>> (round(share.value, 2), share.unit)
    (Decimal('33.33'), '%')
    """
    if "fraction" not in mention.flags or mention.unit is not None or mention.scaled:
        return mention
    if (
        not mention.counted
        and mention.change not in ("increase", "decrease")
        and "by_fraction" not in mention.flags
        and mention.bound == "="
        and not _after_a_share_verb(text, mention)
    ):
        return mention  # "half of which": a share of nothing named; "almost a third" is one
    if (
        mention.text.lower() == HALF
        and mention.change is None
        and "by_fraction" not in mention.flags
        and not _a_share_said_as_one(text, mention)
    ):
        return mention  # "half of them", "half the time": a manner of speaking
    return mention.with_(value=mention.value * 100, unit="%", unit_kind="percent")


def unit_from_measure(mention: QuantityMention, measure: str | None) -> QuantityMention:
    """A bare figure whose measure is "the number of X" counts X ("person" for people).

    >>> from sinorus_facts.quantities.finder import find_quantities
    >>> q = find_quantities("reached 1.5 million")[0]
    >>> unit_from_measure(q, "The number of Chinese tourists in Russia").unit
    'person'
    >>> unit_from_measure(q, "The Amur Region's population").unit
    'person'
    """
    if mention.unit is not None or not measure:
        return mention
    found = NUMBER_OF.search(measure)
    if not found:
        last = POSSESSIVE_END.sub("", measure.lower().strip())
        if any(
            last == w or last.endswith(" " + w) for w in cue_words("claim_filters", "people_noun")
        ):
            return mention.with_(
                unit="person", unit_kind="count"
            )  # "the region's population fell below 790,000"
        return mention
    noun = found.group("noun").lower()
    return mention.with_(unit=unit_of_counted(noun), unit_kind="count", counted=noun)


# A verb that brings a subject to a figure, with the change's size between: " grew 2.5-fold
# to " in "visits grew 2.5-fold to 312,400", " rose 12% to ", " reached ", ", reaching "; or
# one that compares it with an aim of the same count: " beat the " in "sales beat the
# 600,000 forecast", " fell short of the ".
BROUGHT_TO = (
    r"(?:(?:rose|grew|increased|jumped|climbed|surged|soared|fell|dropped|declined|decreased"
    r"|slumped|shrank)(?:\s+(?:by\s+)?(?:almost\s+|nearly\s+|about\s+|some\s+)?[\d.,]+"
    r"(?:-fold|\s*times|\s*%|\s+percent|\s+per\s*cent))?\s+to"
    r"|reached|totall?ed|amounted\s+to|stood\s+at|came\s+to|hit|topped|exceeded"
    r"|reaching|totall?ing|hitting|topping|exceeding"
    r"|(?:beat|missed|exceeded|surpassed|topped|outstripped|fell\s+short\s+of)"
    r"\s+(?:the|its|their|this\s+year's|last\s+year's))\s+\Z"
)

# A word of the counted subject's phrase, a figure ("600,000") or one a comma closes
# ("forecast," in "sales beat the 600,000 forecast, reaching 720,000").
PHRASE_WORD = r"[\w'’-]+(?:,[\w'’-]+)*,?"

# How far before a bare number its counted subject may stand (characters).
SUBJECT_REACH = 100


@lexicon_cache
def _counted_subject() -> re.Pattern[str]:
    """A counted subject, up to eight words of its phrase, and the verb that brings it to
    the number right after: "Visits by Chinese tourists grew 2.5-fold to "."""
    nouns = sorted(cue_words("claim_filters", "counted_subject"), key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, n.split())) for n in nouns)
    return re.compile(
        rf"\b(?P<noun>{body})\b(?:[\s\u00a0]+{PHRASE_WORD}){{0,8}}?[\s\u00a0]+{BROUGHT_TO}",
        re.IGNORECASE,
    )


def counted_subject(text: str, start: int) -> str | None:
    """The counted subject a bare number at ``start`` is brought to, or None: "visits" in
    "Visits by Chinese tourists grew 2.5-fold to 312,400".

    >>> counted_subject("Arrivals from India rose 1.7 times to 48,900.", 38)
    'Arrivals'
    >>> counted_subject("Exports rose 1.7 times to 48,900.", 26) is None
    True
    """
    before = text[max(0, start - SUBJECT_REACH) : start]
    found = _counted_subject().search(before)
    if found is None or NUMBER_OF_BEFORE.search(before, 0, found.start("noun")):
        return None  # "the number of Chinese tourists reached 1.5 million": the number's own rule
    return found.group("noun")


# "number of" and up to three words before a counted noun: "the number of Chinese " (the
# count is then said to be that number, whose measure is the whole phrase).
NUMBER_OF_BEFORE = re.compile(r"\bnumber\s+of(?:\s+[\w'’-]+){0,3}?\s+\Z", re.IGNORECASE)


# What stands before a number that is the rest of a count, or more of it: "the remaining " in
# "the remaining 28 are under way", "the other ", "another " in "another 300 came by ferry",
# "a further ".
REMAINDER_BEFORE = re.compile(
    r"\b(?:the[\s\u00a0]+(?:remaining|other|rest\s+of\s+the)|another|a[\s\u00a0]+further)[\s\u00a0]+\Z",
    re.IGNORECASE,
)


def a_part_of_a_count(text: str, mention: QuantityMention) -> bool:
    """Whether a bare number counts a part of what was counted before it: "41,000 of them",
    "the remaining 300,000" (a figure of what was named, not a bare number)."""
    return mention.unit is None and (
        "of_pronoun" in mention.flags or remainder_before(text, mention.start)
    )


def remainder_before(text: str, start: int) -> bool:
    """Whether the words before ``start`` make a number the rest of a count: "the remaining
    ", "the other "."""
    return bool(REMAINDER_BEFORE.search(text[max(0, start - 30) : start]))


# "Of the " opening a sentence before a count: the whole that the sentence then parts ("Of the
# 180 companies registered, 64 are from Harbin"), not things already named.
PARTITION_OPENING = re.compile(
    r"(?:\A|[.!?;:][\s\u00a0]+|\n)[\s\u00a0\"“]*of[\s\u00a0]+the[\s\u00a0]+\Z", re.IGNORECASE
)

# Between the whole of a partition and its first part: the rest of the opening phrase, no
# other figure nor stop, then its comma (" registered in the zone, " before "64 are ...").
PARTITION_GAP = re.compile(r"[^\d.;:!?]{0,80},[\s\u00a0]*\Z")


def opens_a_partition(text: str, start: int) -> bool:
    """Whether a count at ``start`` is the whole a sentence opened with "Of the" goes on to
    part: "Of the 180 companies registered, 64 are from Harbin"."""
    return bool(PARTITION_OPENING.search(text[max(0, start - 12) : start]))


def part_of_a_count(
    text: str, mention: QuantityMention, count: QuantityMention | None
) -> QuantityMention:
    """A bare number that is a part of a count named before it in its sentence takes that
    count's unit: "640 companies, 210 of them from Kazakhstan", "12 are in Siberia and the
    remaining 28 in the Far East"; other mentions unchanged."""
    if (
        mention.unit is not None
        or count is None
        or count.unit not in ("count", "person")
        or count.end > mention.start
    ):
        return mention
    first_part = opens_a_partition(text, count.start) and PARTITION_GAP.fullmatch(
        text, count.end, mention.start
    )  # "Of the 180 companies registered, 64 are from Harbin"
    if (
        "of_pronoun" not in mention.flags
        and not remainder_before(text, mention.start)
        and not first_part
    ):
        return mention
    return mention.with_(unit=count.unit, unit_kind="count", counted=count.counted)
