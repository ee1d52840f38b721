"""The date an article's own text makes plain, for articles that print no date.

GUIDELINES: "Where a page gives no publication date, relative expressions resolve against
the date its own text makes plain (the latest dated event it reports as recent)". The
evidence is the absolute times of the text (:func:`~sinorus_facts.periods.expressions.find_timexes`)
in past or present statements; the ``reference`` lexicon says which are none:

- a time in a clause about plans or expectations ("will reach $50 billion in 2030");
- a deadline ("by 2030", "until 2025"), and a year that is part of a name ("Vision 2030");
- the start of a running span ("since 2014", or a clause that ends on it: "since the
  pipeline was launched in December 2019"): the reference lies after it, no more;
- a time recalled from before an epoch ("In 2019, before the pandemic, ...", "in
  pre-pandemic 2019"), or the making of a thing told in an aside on it ("The terminal,
  opened in October 2022, ..."): the reference lies after it, and it dates no yearless
  dateline;
- a comparison's basis ("54% higher from 2022") is a finished period: the reference lies
  after it (in 2023 for a basis of 2022);
- so is a whole year a clause reports in the past tense ("exports fell 5% in 2020", or a
  headline's "2020 trade down 5%": the year's figures are known once it is over), unless
  the text also reports that year's first months short of its last two ("in January-May
  2020"), as only a page of that year does. The verb that tells it may stand before a list
  that commas and "and" cut ("became the third buyer after India and Egypt in 2016"); a
  parenthesis without a time is read through, a time inside one takes the cues of the
  clause around it; an expectation in a phrase of its own ("down 5% with more falls
  expected") is not the time's.

The reference is the end of the latest evidence, at the granularity the text gives: a year
Y alone gives 31 December of Y (so that "this year" is Y and "last year" Y-1); a month,
range or day inside the latest year gives its last day; a whole year reported as over puts
the telling at the end of January of the next year (a year's statistics come out within
weeks of its end, and "in December" of such a page is the December of that year); a basis
only in the next year. A weekday ("on Thursday") then resolves to the last such day on or
before it.

A bare year after "next year's" or "last year's" ("next year's 2025 Years of Culture"),
or the time that dates such a thing ("Last year's drills, held in August 2023, ...")
puts the telling in the year before or after it; an anniversary of a thing the lexicon
dates ("marking 75 years of diplomatic ties between the two countries", of 1949) in the
year it began plus the count. A time that opens its sentence before "as a whole" or
"overall" ("In 2021 as a whole, the ports shipped ...") is told by the clause after its
comma.

A part of the reference's year counted from January that the text reports in the past
("rose 6% in the first half of this year", "in January-October") moves the reference to
the part's end. The reference is no later than what the text speaks of as ahead (a
scheduled event's day). Times that do not tell when the page was written are not read: a
photo's caption or credit, a copyright notice, a web address; a year recalled from long
before ('"Back in 2008 we ..."') or "as of" a year only bounds the date from below.

A wire dateline without a year ("CITY, May 9 (Agency)") takes the year of that reference,
moved to the next year when the text reports as finished a month or day, or a whole year
told in the past (for a dateline before November, or beside "this year"; any whole year
for a dateline in the first months of a year), that would otherwise lie after the
dateline's day.

>>> reference_from_text("Trade rose 5% in 2017. In October 2018, exports grew. It will double by 2030.")
datetime.date(2018, 10, 31)
>>> reference_from_text("China imported 2 mln tonnes in 2018, up 9%.")
datetime.date(2019, 1, 31)
>>> dateline_year("Exports grew 9% in 2023. In December 2023, they rose 4%.", 2, 3)
2024
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from sinorus_facts.lexicons import PatternEntry, lexicon_cache, load_lexicon
from sinorus_facts.periods.expressions import Timex, find_timexes
from sinorus_facts.periods.resolve import month_end

__all__ = [
    "Evidence",
    "dateline_year",
    "printed_address",
    "reference_bounds",
    "reference_from_text",
    "stamp_is_stale",
    "text_evidence",
    "url_date",
]

Role = Literal["event", "finished", "basis", "since", "ahead", "recalled"]

# Where a clause ends: a comma, semicolon, colon or sentence end before a blank, a line
# break, a parenthesis: "In 2019, trade rose; ...", "(AFP Photo)". The words of the
# lexicon's 'clause' entry ("and", "while") are added to it.
CLAUSE_PUNCTUATION = r"[,;:.!?](?=\s|$)|\n|[()]"

# A parenthesis without a time in it: "(over $5 billion)", "(Photo: Agency)".
PARENTHESIS = re.compile(r"\([^()\n]{0,80}\)")
# Where a sentence ends: what tells a time stands after the last of these before it.
SENTENCE_BREAK = re.compile(r"[.;!?](?=\s|$)|\n")
# A phrase of its own after a time: "down 12% with further falls expected" (the
# expectation is the phrase's, not the figure's).
WITH_PHRASE = re.compile(r"\bwith\b", re.IGNORECASE)

# A comparison's basis just before a time: the basis word, then perhaps a verb in -ing, a
# figure and up to two words after it: "from 2022", "compared with 46 percent in 2012",
# "from 57 million tonnes in 2021", "after falling 5% in 2021"; not "exports from Russia in
# 2023".
BASIS_TAIL = r"\b(?:{WORDS})\s+(?:[a-z]+ing\s+)?(?:[^\s\d]*\d\S*(?:\s+[^\W\d]+){{0,2}}\s+)?$"

# A clause that starts a running span, its time at its end: the span word, then up to seven
# words without a digit, one blank or two apart (a time blanked out in between leaves more:
# "since 2014 and hit a record in 2023" is none): "since the service began in 2011", "ever
# since the pipeline was launched in December 2019" (the reference lies after the time, no
# more).
SINCE_CLAUSE = r"\b(?:{WORDS}) {{1,2}}(?:[^\W\d][\w'’-]* {{1,2}}){{1,7}}$"

# The making of a thing told in an aside on it, the words after a comma or "which" up to
# its time: "The terminal, opened in October 2022, ...", "the plant, which was launched in
# 2021, ..." (background to what the page reports: the reference lies after it, no more).
ORIGIN_ASIDE = r"^\s*(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:{WORDS})(?:\s+(?:in|on))?\s*$"

# How far after a time an epoch it is recalled from may end ("In 2019, before the COVID-19
# pandemic").
RECALLED_REACH = 40

# A caption that opens a sentence: a caption noun of the lexicon, perhaps after an article
# or "file", then a caption verb or a colon: "File photo taken on May 14, 2018 shows ...",
# "A picture shot in March 2019 ...", "Photo: ...".
CAPTION_SENTENCE = (
    r"(?:^|(?<=[.!?]\s))[ \t]*(?:(?:a|the|this|file|undated)\s+)*(?:{NOUNS})"
    r"(?:\s+(?:{VERBS})\b|\s*:)"
)
# A credit in parentheses that opens with a caption noun, perhaps after an agency's name:
# "(Photo: Ivan Sokolov, 2019)", "(AP Photo/Jane Roe, 2018)", "(File photo, 2017)".
CAPTION_CREDIT = r"\(\s*(?:[A-Z][\w.&'’-]*\s+){{0,2}}(?:{NOUNS})\b[^()\n]*\)"
# What a text must hold for a caption, a copyright notice or an address to be looked for
# (lower case).
FURNITURE_GATE = re.compile(r"photo|picture|image|copyright|©|\(c\)|rights reserved|http|www\.")
# A web address printed in the text: its years are a path's, not told ("More at
# https://example.org/2018/07/21/grain-corridor").
WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+")

# An anniversary of a thing the lexicon dates ('founded'): its count, then the thing, perhaps
# after "the establishment of" and up to two capitalised qualifiers: "the 75th anniversary
# of diplomatic relations", "marking 75 years of China-Russia diplomatic ties", "20 years
# since the signing of the Treaty of Good-Neighbourliness", "the 25-year anniversary of
# the SCO", "the 25th anniversary summit of the SCO".
ANNIVERSARY = (
    r"\b(?P<n>\d{{1,3}})(?:(?:st|nd|rd|th|-year)\s+anniversary\s+(?:[a-z]+\s+)?of|"
    r"\s+years\s+(?:of|since))\s+(?:the\s+)?(?:(?:establishment|establishing|signing|"
    r"founding|foundation|creation|launch|start)\s+of\s+(?:the\s+)?)?"
    r"(?:[A-Z][\w'’-]*\s+){{0,2}}(?P<thing>{THINGS})(?!\w)"
)
# The most years an anniversary counts: "300 years of relations" is no anniversary the
# lexicon's year dates.
ANNIVERSARY_MOST_YEARS = 100
# Where an anniversary's telling is said to be the year before: "... anniversary next
# year", "the 70th anniversary of relations between China and Russia next year" (in its
# clause: no comma between).
NEXT_YEAR_AFTER = re.compile(r"[^.,;!?\n]{0,40}?\bnext\s+year\b", re.IGNORECASE)

# A bare year right after a capitalised word names something, and dates no telling:
# "Peace Mission 2009", "Vision 2030", "Energy Strategy 2035" (not "Russia's 2024 exports").
NAME_BEFORE_YEAR = re.compile(r"\b[A-Z][\w-]*(?<!['’]s)\s+$")

# A dateline dated in these first months of a year is after a whole year that its text
# reports in the past: "CITY, January 9. Exports in 2024 rose 5%" is of January 2025.
EARLY_MONTHS = 3

# "this year" in a text: a year it names and reports in the past is another one.
THIS_YEAR = re.compile(r"\bthis\s+year\b", re.IGNORECASE)

# A page's clock or an archive's stamp this many years after the latest event its text
# reports is not when the story was written.
STALE_STAMP_YEARS = 2


@dataclass(frozen=True)
class Evidence:
    """One absolute time of the text that dates the telling.

    ``role``: ``event`` (the text reports it: the reference is at or after its end),
    ``finished`` (a whole year reported in the past tense) and ``basis`` (a period compared
    with): the reference is after it; ``since`` (the start of a running span: the
    reference is after ``begin``, no more); ``ahead`` (a plan's, an expectation's or a
    deadline's time: the reference is before its end); ``recalled`` (a time recalled from
    before an epoch, "In 2019, before the pandemic": the reference is after it, and it
    dates nothing else, not even a yearless dateline).
    """

    begin: date
    end: date
    granularity: str
    role: Role
    text: str


@lexicon_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    words: dict[str, list[str]] = {}
    for entry in load_lexicon("reference").entries:
        assert isinstance(entry, PatternEntry)
        words.setdefault(entry.label, []).extend(entry.words)

    def alternation(label: str) -> str:
        return "|".join(re.escape(w) for w in sorted(words.get(label, []), key=len, reverse=True))

    past = [
        e.regex
        for e in load_lexicon("reference").entries
        if isinstance(e, PatternEntry) and e.label == "past" and e.regex
    ]
    return {
        "past_words": re.compile(rf"(?<![\w'’])(?:{alternation('past')})(?!\w)", re.IGNORECASE),
        "past_forms": re.compile("|".join(past) or "(?!)"),
        "forecast": re.compile(rf"(?<![\w'’])(?:{alternation('forecast')})(?!\w)", re.IGNORECASE),
        "deadline": re.compile(rf"\b(?:{alternation('deadline')})\s*$", re.IGNORECASE),
        "since": re.compile(rf"\b(?:{alternation('since')})\s*$", re.IGNORECASE),
        "since_clause": re.compile(
            SINCE_CLAUSE.format(WORDS=alternation("since_clause")), re.IGNORECASE
        ),
        "as_of": re.compile(rf"\b(?:{alternation('as_of')})\s*$", re.IGNORECASE),
        # at the start of the clause or of a quotation: '"Back in 2008 we sold ...'
        "recollection": re.compile(
            rf"^\s*[\"“‘(]?\s*(?:{alternation('recollection')})\s*$", re.IGNORECASE
        ),
        # an epoch just after the time ("In 2019, before the pandemic, ...") or just before
        # it ("in pre-pandemic 2019")
        "recalled_after": re.compile(
            rf"^\s*,?\s*(?:{alternation('recalled_epoch')})(?!\w)", re.IGNORECASE
        ),
        "recalled_before": re.compile(
            rf"(?<![\w'’])(?:{alternation('recalled_epoch')})\s+$", re.IGNORECASE
        ),
        "origin_aside": re.compile(
            ORIGIN_ASIDE.format(WORDS=alternation("origin_aside")), re.IGNORECASE
        ),
        "basis": re.compile(BASIS_TAIL.format(WORDS=alternation("basis")), re.IGNORECASE),
        "basis_year": re.compile(BASIS_TAIL.format(WORDS=alternation("basis_year")), re.IGNORECASE),
        "clause": re.compile(
            rf"{CLAUSE_PUNCTUATION}|\b(?:{alternation('clause')})\b", re.IGNORECASE
        ),
        "preposition": re.compile(rf"(?:{alternation('preposition')})\s+$", re.IGNORECASE),
        "year_next": re.compile(rf"(?:{alternation('year_next')})\s+$", re.IGNORECASE),
        "year_last": re.compile(rf"(?:{alternation('year_last')})\s+$", re.IGNORECASE),
        "described_next": re.compile(
            DESCRIBED_THING.format(WORDS=alternation("year_next")), re.IGNORECASE
        ),
        "described_last": re.compile(
            DESCRIBED_THING.format(WORDS=alternation("year_last")), re.IGNORECASE
        ),
        "anniversary": re.compile(ANNIVERSARY.format(THINGS=alternation("founded")), re.IGNORECASE),
        **{
            label: re.compile(rf"(?<![\w'’])(?:{alternation(label)})(?!\w)")
            for label in ("party_china", "party_russia", "party_both")
        },
        "whole_tail": re.compile(rf"(?:{alternation('whole_tail')})", re.IGNORECASE),
        "caption_sentence": re.compile(
            CAPTION_SENTENCE.format(
                NOUNS=alternation("caption"), VERBS=alternation("caption_verb")
            ),
            re.IGNORECASE | re.MULTILINE,
        ),
        "caption_credit": re.compile(
            CAPTION_CREDIT.format(NOUNS=alternation("caption")), re.IGNORECASE
        ),
        "copyright": re.compile(rf"(?:{alternation('copyright')})(?!\w)", re.IGNORECASE),
    }


@lexicon_cache(maxsize=1)
def _founded() -> dict[str, tuple[int, bool]]:
    """Each thing whose anniversary dates a telling (lower case): the year it began, and
    whether it needs the two parties named ('bilateral')."""
    table: dict[str, tuple[int, bool]] = {}
    for entry in load_lexicon("reference").entries:
        if isinstance(entry, PatternEntry) and entry.label == "founded" and entry.value:
            for word in entry.words:
                table[word.lower()] = (int(entry.value), entry.kind == "bilateral")
    return table


def _between_china_and_russia(text: str, start: int, end: int) -> bool:
    """Whether the anniversary at ``text[start:end]`` is of China's and Russia's: the text
    names both, and its sentence names one of them or "the two countries"."""
    cues = _cues()
    if not cues["party_china"].search(text) or not cues["party_russia"].search(text):
        return False
    sentence_start = max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1
    stop = SENTENCE_BREAK.search(text, end)
    sentence = text[sentence_start : stop.start() if stop else len(text)]
    return any(
        cues[label].search(sentence) for label in ("party_china", "party_russia", "party_both")
    )


def _anniversaries(text: str) -> list[tuple[int, Evidence]]:
    """The anniversaries ``text`` marks of things the lexicon dates, as the year of the
    telling each gives, with where each stands: "marking 75 years of diplomatic ties
    between the two countries" is told in 2024 (ties of 1949), "ahead of next year's 25th
    anniversary of the SCO" in 2025.

    >>> [(e.begin.year, e.text) for _, e in _anniversaries("The visit marks 75 years of diplomatic ties between China and Russia.")]
    [(2024, '75 years of diplomatic ties')]
    """
    low = text.lower()
    if "anniversar" not in low and " years " not in low:
        return []
    cues = _cues()
    out = []
    for found in cues["anniversary"].finditer(text):
        count = int(found.group("n"))
        founded = _founded().get(found.group("thing").lower())
        if founded is None or not 0 < count <= ANNIVERSARY_MOST_YEARS:
            continue
        year, bilateral = founded
        if bilateral and not _between_china_and_russia(text, found.start(), found.end()):
            continue
        told = year + count
        before = text[max(0, found.start() - YEAR_SHIFT_REACH) : found.start()]
        if cues["year_next"].search(before) or NEXT_YEAR_AFTER.match(text, found.end()):
            told -= 1
        elif cues["year_last"].search(before):
            told += 1
        evidence = Evidence(date(told, 1, 1), date(told, 12, 31), "year", "event", found.group(0))
        out.append((found.start(), evidence))
    return out


def _blanked(text: str, timexes: list[Timex]) -> str:
    """The text with every time expression blanked, so that cue words are read outside
    them ("May" the month is no "may")."""
    chars = list(text)
    for timex in timexes:
        chars[timex.start : timex.end] = " " * (timex.end - timex.start)
    return "".join(chars)


def _enclosing(joined: str, blank: str, timex: Timex) -> str:
    """The clause around the parenthesis a time stands in ("... will grow 10% (in 2026 over
    2025)"), whose cues hold for it too; empty for a time outside parentheses."""
    opening = blank.rfind("(", 0, timex.start)
    if opening < 0 or blank.find(")", opening, timex.start) >= 0:
        return ""
    before = max(joined.rfind(mark, 0, opening) for mark in ".;!?\n")
    return joined[before + 1 : opening]


def _last_cue_is_forecast(clause: str, before: str) -> bool:
    """Whether a clause with no verb of tense of its own ("and 35 mln tonnes in 2030") shares
    a plan or an expectation told before it in its sentence: the last such cue before it is
    one ("plan to carry 25 mln tonnes in 2027 and 35 mln tonnes in 2030"), not a past verb
    ("will reach $9 bln, and exports rose 5% in 2023")."""
    cues = _cues()
    if not before.strip() or cues["past_words"].search(clause) or cues["past_forms"].search(clause):
        return False
    ahead = [m.end() for m in cues["forecast"].finditer(before)]
    if not ahead:
        return False
    past = [m.end() for m in cues["past_words"].finditer(before)]
    past += [m.end() for m in cues["past_forms"].finditer(before)]
    return max(ahead) > max(past, default=-1)


def _role(
    timex: Timex,
    left: str,
    clause: str,
    told: str = "",
    enclosing: str = "",
    before: str = "",
    after: str = "",
) -> Role | None:
    cues = _cues()
    head = timex.text.split(maxsplit=1)[0].lower() if timex.text.strip() else ""
    if (
        timex.kind == "since"
        or cues["since"].search(left)
        or cues["since_clause"].search(before + left)
        or head == "since"
        or cues["recollection"].search(left)
        or (timex.granularity == "year" and cues["as_of"].search(left))
    ):
        return "since"
    if (
        cues["recalled_before"].search(left)
        or cues["recalled_after"].match(after)
        or cues["origin_aside"].match(left)
    ):
        return "recalled"
    if (
        timex.text.isdigit()
        and NAME_BEFORE_YEAR.search(left)
        and not cues["preposition"].fullmatch(left.strip() + " ")
    ):
        return None
    if timex.kind == "deadline" or cues["deadline"].search(left) or cues["deadline"].match(head):
        return "ahead"
    if cues["basis"].search(left) or (
        timex.granularity == "year" and cues["basis_year"].search(left)
    ):
        return "basis"
    if cues["forecast"].search(clause) or cues["forecast"].search(enclosing):
        return "ahead"
    if _last_cue_is_forecast(clause, before):
        return "ahead"
    if timex.granularity == "year" and _told_in_past(told or clause):
        return "finished"
    return "event"


def _told_in_past(told: str) -> bool:
    """Whether ``told`` holds a verb in the past tense, or a change told as a headline
    tells it ("trade down 28%")."""
    cues = _cues()
    return bool(cues["past_words"].search(told) or cues["past_forms"].search(told))


# "last year" as the time of a sentence's figure: a year it is compared with lies before it.
LAST_YEAR = re.compile(r"\blast\s+year\b(?!['’]s\s+(?:level|figure|result))", re.IGNORECASE)


def _last_year_told(text: str, start: int, end: int) -> bool:
    """Whether the sentence from ``start`` to ``end`` tells a figure of "last year"."""
    part = text[start:end]
    return "last year" in part.lower() and LAST_YEAR.search(part) is not None


def _fronted_clause(joined: str, starts: list[int], comma: int) -> str:
    """The clause a time that opens its sentence is told by, after its comma and any other
    adverbial set off by commas: "In 2023, trade reached $240 billion" (told in the past),
    "In 2026, trade will reach $300 billion" (ahead), "Over 2021, in the first half, exports
    fell"."""
    for _ in range(FRONTED_ADVERBIALS):
        following = bisect.bisect_left(starts, comma + 1)
        end = starts[following] if following < len(starts) else len(joined)
        clause = joined[comma + 1 : end]
        if clause.strip() or not joined.startswith(",", end):
            return WITH_PHRASE.split(clause, maxsplit=1)[0]
        comma = end
    return ""


# How many adverbials set off by commas a fronted time may stand before its clause:
# "In 2021, in the first five months, exports fell" (the middle one blanked as a time).
FRONTED_ADVERBIALS = 3


def _furniture(text: str, blank: str) -> list[tuple[int, int]]:
    """The spans of ``text`` whose times do not date the page: photo captions and credits,
    copyright notices, web addresses (``blank`` is the text with its times blanked, so that a sentence
    ends at no abbreviated month: "Photo taken on Aug. 9, 2017 shows ...").

    >>> text = "Trade rose 5% in 2020.\\nCopyright 2023 Example News"
    >>> [text[a:b] for a, b in _furniture(text, text)]
    ['Copyright 2023 Example News']
    """
    if not FURNITURE_GATE.search(text.lower()):
        return []
    cues = _cues()
    spans: list[tuple[int, int]] = []
    for found in cues["caption_sentence"].finditer(blank):
        stop = SENTENCE_BREAK.search(blank, found.end())
        spans.append((found.start(), stop.end() if stop else len(text)))
    spans += [m.span() for m in cues["caption_credit"].finditer(text)]
    spans += [m.span() for m in WEB_ADDRESS.finditer(text)]
    for found in cues["copyright"].finditer(text):
        line_end = text.find("\n", found.end())
        spans.append((found.start(), line_end if line_end >= 0 else len(text)))
    return spans


def is_caption(sentence: str) -> bool:
    """Whether ``sentence`` is a photo's caption ("File photo: tourists in Moscow, July
    2016.", "A picture taken on May 3, 2019 shows ..."): its time is the picture's, which
    neither dates the page nor frames the report after it.

    >>> is_caption("File photo: Chinese tourists on Red Square, July 2016."), is_caption("Trade rose.")
    (True, False)
    """
    low = sentence.lower()
    if "photo" not in low and "picture" not in low and "image" not in low:
        return False
    return _cues()["caption_sentence"].match(sentence) is not None


# The texts whose evidence is kept: an undated page is read for its bounds and for its date,
# with the same words.
EVIDENCE_KEPT = 4


@lexicon_cache(maxsize=EVIDENCE_KEPT)
def text_evidence(text: str, *, ahead: bool = False) -> tuple[Evidence, ...]:
    """The absolute times of ``text`` that date the telling, in text order; with ``ahead``,
    also the times it speaks of as ahead (plans, expectations, deadlines: role ``ahead``).

    >>> [(e.text, e.role) for e in text_evidence("Trade hit $9 bln in 2019, up 5% from 2018, and will rise in 2021.")]
    [('in 2019', 'finished'), ('2018', 'basis')]
    """
    # read after a blank: the periods lexicon's dateline pattern, anchored at the start and
    # read without case, would take a first sentence "In Beijing Tuesday, Oct. 13, 2009" whole
    found = find_timexes(" " + text)
    timexes = [
        Timex(t.start - 1, t.end - 1, t.text, t.kind, t.begin, t.end_date, t.granularity)
        for t in found
        if t.kind in ("date", "range", "since", "deadline") and t.begin
    ]
    anniversaries = _anniversaries(text)
    if not timexes and not anniversaries:
        return ()
    blank = _blanked(text, timexes)
    furniture = _furniture(text, blank)
    if furniture:
        timexes = [t for t in timexes if not any(a <= t.start < b for a, b in furniture)]
        anniversaries = [
            (at, e) for at, e in anniversaries if not any(a <= at < b for a, b in furniture)
        ]
    if not timexes:
        return tuple(e for _, e in anniversaries)
    # a parenthesis that holds no time is an aside: the clause runs on through it ("after
    # India (over $5 billion) and Egypt ($3 billion) in 2016")
    joined = PARENTHESIS.sub(lambda m: " " * len(m.group(0)), blank)
    breaks = list(_cues()["clause"].finditer(joined))
    ends = [m.end() for m in breaks]
    starts = [m.start() for m in breaks]
    strong = [m.end() for m in SENTENCE_BREAK.finditer(joined)]
    out = []
    for timex in timexes:
        left_at = (
            ends[bisect.bisect_right(ends, timex.start) - 1]
            if ends and ends[0] <= timex.start
            else 0
        )
        after = bisect.bisect_left(starts, timex.end)
        right_at = starts[after] if after < len(starts) else len(text)
        left = joined[left_at : timex.start]
        right = WITH_PHRASE.split(joined[timex.end : right_at], maxsplit=1)[0]
        if (
            (not right.strip() or _cues()["whole_tail"].fullmatch(right.strip()))
            and joined.startswith(",", right_at)
            and (not left.strip() or _cues()["preposition"].fullmatch(left.strip() + " "))
        ):
            # a time that opens its sentence ("In 2023, ...", "Over 2017, ...", "In 2021 as
            # a whole, ..."; not "Earlier in 2016, ...", which tells an event of the year of
            # the telling)
            right = _fronted_clause(joined, starts, right_at)
        # the verb that tells a time may stand before a list the clause words cut ("became
        # the third buyer after India and Egypt in 2016"): read back to the sentence's start
        told_from = strong[bisect.bisect_right(strong, timex.start) - 1] if strong else 0
        if told_from > timex.start:
            told_from = 0
        told = joined[told_from : timex.start] + " " + right
        told_year = _year_of_telling(text, timex)
        if told_year is not None:
            out.append(
                Evidence(
                    date(told_year, 1, 1), date(told_year, 12, 31), "year", "event", timex.text
                )
            )
            continue
        role = _role(
            timex,
            left,
            left + " " + right,
            told,
            _enclosing(joined, blank, timex),
            joined[told_from:left_at],
            text[timex.end : timex.end + RECALLED_REACH],
        )
        if role is None or timex.begin is None or (role == "ahead" and not ahead):
            continue
        begin, end = timex.begin, timex.end_date or timex.begin
        if (
            role == "basis"
            and timex.granularity == "year"
            and _last_year_told(text, told_from, right_at)
        ):
            # "rose 30% last year, compared with 2021": last year is after 2021, so the
            # telling is two years after the basis at the earliest; told in the past, last
            # year's figures are a whole year's, out early in the year after it
            end = date(end.year + 1, 12, 31)
            if _told_in_past(told):
                begin, role = date(end.year, 1, 1), "finished"
        out.append(Evidence(begin, end, timex.granularity or "day", role, timex.text))
    return tuple(out) + tuple(e for _, e in anniversaries)


# How far back from a year a phrase that names it relative to the telling may begin:
# "the following year's 2026 " is the longest.
YEAR_SHIFT_REACH = 30


# A thing of last or next year and the words that date it after a comma or a bracket: the
# thing in up to four words, then perhaps "which was", a verb or two and "in"/"on":
# "Last year's exercise, held in July 2023", "next year's forum, which will take place in
# September 2025", "last year's record harvest (in 2022".
DESCRIBED_THING = (
    r"(?:{WORDS})\s+(?:[^\W\d][\w'’-]*\s+){{0,3}}[^\W\d][\w'’-]*\s*[,(]\s*"
    r"(?:(?:which|that)\s+)?(?:(?:was|were|is|are|will)\s+)?(?:[a-z]+\s+){{0,2}}(?:in|on)\s+$"
)
# How far back from a time the thing of last or next year it dates may begin.
DESCRIBED_THING_REACH = 90


def _year_of_telling(text: str, timex: Timex) -> int | None:
    """The year of the telling that a time names relative to it: a bare year ("next year's
    2025 Years of Culture" is told in 2024, "last year's 2023 harvest" in 2024) or the time
    that dates a thing of last or next year ("Last year's exercise, held in July 2023" is
    told in 2024); None for any other time."""
    if timex.begin is None:
        return None
    cues = _cues()
    if not timex.text.isdigit():
        before = text[max(0, timex.start - DESCRIBED_THING_REACH) : timex.start]
        if "year" not in before.lower() or (timex.end_date or timex.begin).year != timex.begin.year:
            return None
        if cues["described_next"].search(before):
            return timex.begin.year - 1
        if cues["described_last"].search(before):
            return timex.begin.year + 1
        return None
    before = text[max(0, timex.start - YEAR_SHIFT_REACH) : timex.start]
    if "year" not in before.lower():
        return None
    if cues["year_next"].search(before):
        return timex.begin.year - 1
    if cues["year_last"].search(before):
        return timex.begin.year + 1
    return None


# A whole year reported as over puts the telling early in the next one: its statistics come
# out within weeks of its end (the end of this month of the next year).
FINISHED_YEAR_TOLD_BY = 1


def _after(evidence: Evidence) -> tuple[date, str]:
    """The earliest time a finished period leaves for the telling, and its granularity: a
    year's total is told early in the next year; a basis only says the next year."""
    if evidence.granularity == "year" and evidence.role == "finished":
        return month_end(evidence.end.year + 1, FINISHED_YEAR_TOLD_BY), "month"
    if evidence.granularity == "year":
        return date(evidence.end.year + 1, 12, 31), "year"
    if evidence.granularity == "month":
        following = evidence.end + timedelta(days=1)
        return month_end(following.year, following.month), "month"
    return evidence.end + timedelta(days=1), "day"


# A year whose first months a text reports is not over by its telling, unless they run to
# this month: eleven months' figures come out as the year ends.
YEAR_ALL_BUT_OVER = 11


def _year_to_date(evidence: tuple[Evidence, ...]) -> set[int]:
    """Years whose first months the text reports ("January-May 2020", "the first half of 2020")."""
    return {
        e.begin.year
        for e in evidence
        if e.role == "event"
        and e.granularity != "year"
        and (e.begin.month, e.begin.day) == (1, 1)
        and e.end.year == e.begin.year
        and e.end.month < YEAR_ALL_BUT_OVER
    }


def _reference(evidence: tuple[Evidence, ...], *, years_over: bool = True) -> date | None:
    """The reference the evidence gives; with ``years_over``, a whole year reported in the
    past is over (else it is only an event)."""
    current = _year_to_date(evidence)
    over = [
        e
        for e in evidence
        if e.role == "basis" or (years_over and e.role == "finished" and e.end.year not in current)
    ]
    candidates = [
        (e.end, e.granularity)
        for e in evidence
        if e.role in ("event", "finished") and e not in over
    ]
    candidates += [_after(e) for e in over]
    if not candidates:
        return None
    year = max(end.year for end, _ in candidates)
    finer = [end for end, granularity in candidates if end.year == year and granularity != "year"]
    reference = max(finer) if finer else date(year, 12, 31)
    starts = [e.begin for e in evidence if e.role == "since"]
    if starts and max(starts) > reference:
        reference = date(max(starts).year, 12, 31)
    return reference


def _counted_from_january(evidence: Evidence) -> bool:
    """Whether ``evidence`` is a part of a year counted from its start ("January-May 2020",
    "the first quarter of 2024"): its figures are known only once it is over."""
    return (
        evidence.role == "event"
        and evidence.granularity != "year"
        and (evidence.begin.month, evidence.begin.day) == (1, 1)
        and evidence.end.year == evidence.begin.year
        and evidence.end > evidence.begin
    )


def reference_bounds(text: str) -> tuple[date | None, date | None]:
    """The earliest and the latest day the telling of ``text`` can have, as far as its text
    says (None where it says nothing either way): it comes after what the text reports
    (after a day or month it reports, on or after the last day of a part of a year counted
    from January, in the year after a whole year it reports as over, after a basis), and no
    later than the end of what it speaks of as ahead (a plan's or an expectation's year, a
    deadline). Where the two contradict (a past plan), only the earliest is kept.

    >>> reference_bounds("Exports fell 4% in 2022. They are expected to reach $9 bln in 2024.")
    (datetime.date(2023, 1, 1), datetime.date(2024, 12, 31))
    >>> reference_bounds("The sides signed the deal in June 2019.")
    (datetime.date(2019, 6, 1), None)
    >>> reference_bounds("Exports rose 3% in the first half of 2021.")
    (datetime.date(2021, 6, 30), None)
    """
    evidence = text_evidence(text, ahead=True)
    told = tuple(e for e in evidence if e.role != "ahead")
    reference = _reference(told)
    if reference is not None:
        evidence += _parts_told(text, reference.year)
    current = _year_to_date(evidence)
    lows: list[date] = []
    for e in evidence:
        if e.role == "basis" or (e.role == "finished" and e.end.year not in current):
            lows.append(e.end + timedelta(days=1))
        elif _counted_from_january(e):
            lows.append(e.end)
        elif e.role == "recalled":
            lows.append(e.end + timedelta(days=1))
        elif e.role in ("event", "finished", "since"):
            lows.append(e.begin)
    earliest = max(lows, default=None)
    latest = min((e.end for e in evidence if e.role == "ahead"), default=None)
    if earliest is not None and latest is not None and latest < earliest:
        latest = None
    return earliest, latest


def reference_from_text(text: str) -> date | None:
    """The date ``text`` makes plain for itself (see the module's doc); None where no
    past or present statement gives a date. It is no later than the end of what the text
    speaks of as ahead ("the expo will be held on September 12-15, 2025").

    >>> reference_from_text("Trade grew 30% in the first two months of 2025, after a record 2024.")
    datetime.date(2025, 2, 28)
    >>> reference_from_text("Output will reach 5 mln tonnes by 2030.") is None
    True
    """
    evidence = text_evidence(text, ahead=True)
    told = tuple(e for e in evidence if e.role != "ahead")
    reference = _reference(told)
    if reference is None:
        return None
    parts = _parts_told(text, reference.year)
    if parts:
        reference = _reference(told + parts) or reference
    latest = min((e.end for e in evidence if e.role == "ahead"), default=None)
    if latest is not None and latest < reference:
        lows = [e.begin for e in told if e.role in ("event", "finished", "since", "recalled")]
        lows += [e.end for e in told if e.role == "basis"]
        if all(low <= latest for low in lows):
            # told before what it speaks of as ahead, unless that was a past plan
            reference = latest
    return reference


@lexicon_cache(maxsize=EVIDENCE_KEPT)
def _parts_told(text: str, year: int) -> tuple[Evidence, ...]:
    """The parts of ``year`` counted from January, named without their year, that ``text``
    reports in the past ("exports rose 5% in the first half of this year", "in the first
    nine months of the year", "in January-October"), as evidence: those figures are out
    only once the part is over, so a page that tells them is written after it. A part in
    a clause that speaks of plans or expectations is none ("they are expected to recover
    in the first half of this year"; not "fell 8% in the first nine months of this year,
    and traders expect a recovery").

    >>> [(e.end, e.text) for e in _parts_told("Exports rose 5% in the first half of this year.", 2024)]
    [(datetime.date(2024, 6, 30), 'the first half of this year')]
    >>> _parts_told("Exports will rise in the first half of this year.", 2024)
    ()
    """
    if not PART_OF_A_YEAR.search(text):
        return ()
    cues = _cues()
    out = []
    # resolved against the end of the year: a part of it told is of it, not of the year before
    timexes = find_timexes(text, date(year, 12, 31))
    blank = _blanked(text, timexes)
    for timex in timexes:
        if (
            timex.begin is None
            or timex.end_date is None
            or timex.granularity not in ("month", "quarter", "half")
            or (timex.begin.month, timex.begin.day) != (1, 1)
            or timex.begin.year != year
            or timex.end_date.year != year
            or not PART_OF_A_YEAR.search(timex.text)
        ):
            continue
        # the sentence's start: a full stop before a blank, not a decimal point ("2.5 trillion")
        before = max((m.end() for m in SENTENCE_BREAK.finditer(blank, 0, timex.start)), default=0)
        end = _clause_end(blank, timex.end)
        left = blank[before : timex.start].strip()
        if blank.startswith(",", end) and (not left or cues["preposition"].fullmatch(left + " ")):
            # a part that opens its sentence is told by the clause after its comma
            end = _clause_end(blank, end + 1)
        clause = blank[before:end]
        if _told_in_past(clause) and not cues["forecast"].search(clause):
            out.append(Evidence(timex.begin, timex.end_date, "month", "event", timex.text))
    return tuple(out)


def _clause_end(blank: str, start: int) -> int:
    """Where the clause running at ``start`` of ``blank`` ends."""
    found = _cues()["clause"].search(blank, start)
    return found.start() if found else len(blank)


# A part of a year counted from its start, named without its year ("the first half of this
# year", "the first nine months of the year", "January-May", "January to April", "January
# and February"): matched in the text before its time expressions are read.
PART_OF_A_YEAR = re.compile(
    r"\b(?:first|1st)\s+(?:half|quarter|\w+\s+months)\b"
    r"|\b(?:January|Jan\.?)\s*(?:[-–—]|\s(?:and|to|through|thru)\s)\s*[A-Z][a-z]+\b",
    re.IGNORECASE,
)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def dateline_year(text: str, month: int, day: int) -> int | None:
    """The year of a dateline without one ("CITY, May 9 (Agency)"), from the article's
    ``text``; None where the text dates nothing.

    >>> dateline_year("Exports rose in October 2018, the agency said.", 12, 18)
    2018
    >>> dateline_year("The plant exported 39,000 tonnes in 2024.", 1, 9)
    2025
    >>> dateline_year("Sales have fallen 5% since the start of 2021.", 6, 2)
    2021
    """
    evidence = text_evidence(text)
    reference = _reference(evidence, years_over=False)
    starts = [e.begin for e in evidence if e.role == "since"]
    if reference is None and starts:
        # only running spans: the dateline is the first such day after the latest start
        reference = max(starts)
    if reference is None:
        return None
    finished = [
        e.end for e in evidence if e.role in ("event", "finished") and e.granularity != "year"
    ]
    finished += [e.end for e in evidence if e.role == "basis"]
    finished += [e.begin for e in evidence if e.role == "since"]
    # a whole year told in the past is over by the dateline's day ("ALMATY, April 2 -
    # Kazakhstan shipped 1.3 mln tonnes in 2024" is of 2025), unless the dateline stands in
    # the year's last months, where its total so far may be told, and the text does not
    # speak of "this year" beside it; a year told otherwise is over only for a dateline in
    # the first months of a year
    current = _year_to_date(evidence)
    over = month < YEAR_ALL_BUT_OVER or THIS_YEAR.search(text) is not None
    finished += [
        e.end
        for e in evidence
        if e.granularity == "year"
        and (
            (over and e.role == "finished" and e.end.year not in current)
            or (month <= EARLY_MONTHS and e.role in ("event", "finished"))
        )
    ]
    need = max(finished, default=None)
    for year in (reference.year, reference.year + 1):
        day_then = _safe_date(year, month, day)
        if day_then is not None and (need is None or day_then >= need):
            return year
    return reference.year + 1


def stamp_is_stale(text: str, stamp: date) -> bool:
    """True when a page clock or archive stamp comes years after the latest event the
    article's text reports: then it is when the page was touched, not written.

    >>> stamp_is_stale("The deal was signed on Tuesday, Oct. 13, 2009.", date(2016, 7, 27))
    True
    >>> stamp_is_stale("Exports rose 5% in 2015.", date(2016, 7, 27))
    False
    """
    reference = reference_from_text(text)
    return reference is not None and stamp.year - reference.year >= STALE_STAMP_YEARS


@lexicon_cache(maxsize=1)
def _url_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(e.regex)
        for e in load_lexicon("reference").entries
        if isinstance(e, PatternEntry) and e.label == "url_date" and e.regex
    )


# A line that is only a web address, perhaps after a label of the lexicon and a colon:
# "Source: https://example.com/2022/03/17/gas-talks", "https://example.org/2019-05-14/x".
ADDRESS_LINE = (
    r"^[ \t]*(?:(?P<label>{LABELS})[ \t]*:?[ \t]*)?(?P<url>(?:https?://|www\.)\S+)[ \t]*$"
)


@lexicon_cache(maxsize=1)
def _address_line() -> re.Pattern[str]:
    labels = [
        w
        for e in load_lexicon("reference").entries
        if isinstance(e, PatternEntry) and e.label == "address_label"
        for w in e.words
    ]
    alternation = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    return re.compile(
        ADDRESS_LINE.format(LABELS=alternation or "(?!)"), re.IGNORECASE | re.MULTILINE
    )


def printed_address(text: str) -> str | None:
    """The page's own address where its text prints it: a line of a label and an address
    ("Source: https://..."), or a bare address alone on the first or last line of the text;
    None otherwise (an address in a sentence links to another page).

    >>> printed_address("Trade rose.\\nSource: https://example.com/2022/03/17/gas")
    'https://example.com/2022/03/17/gas'
    >>> printed_address("More at https://example.com/2018/07/21/x\\nTrade rose.") is None
    True
    """
    if "http" not in text and "www." not in text:
        return None
    lines = [line for line in text.splitlines() if line.strip()]
    ends = {lines[0].strip(), lines[-1].strip()} if lines else set()
    for found in _address_line().finditer(text):
        if found.group("label") or found.group(0).strip() in ends:
            return found.group("url")
    return None


def url_date(url: str | None) -> date | None:
    """The date a page's address carries ("/2019/06/03/", "/2019-06-03/"), if any.

    >>> url_date("https://example.com/business/2019/06/03/gas-deal-signed")
    datetime.date(2019, 6, 3)
    >>> url_date("https://example.com/news/4690029") is None
    True
    """
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    for pattern in _url_patterns():
        for match in pattern.finditer(path):
            found = _safe_date(
                int(match.group("year")), int(match.group("month")), int(match.group("day"))
            )
            if found is not None:
                return found
    return None
