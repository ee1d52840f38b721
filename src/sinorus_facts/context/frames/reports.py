"""The period a figure inherits from its article.

Each article is read in order with a *frame*: the period the article last established for
its report. The scope rules:

- a figure whose own clause states a time keeps it; when it is a fact with a month's, a
  quarter's, a year's or a range's span, it becomes the frame ("in January-October");
  a sentence without figures that states such a time ("In 2019, the two countries ...")
  sets it too, unless the time is a signing's ("The contract was signed in 2008");
- a length keeps no time (it describes a thing), nor does a deal's term keep the day of
  its signing;
- a narrower time inside the frame that its sentence marks as an aside ("in October
  alone", "of which") holds for its own figures and leaves the frame as it was; without
  such a word it becomes the frame of what follows ("At the start of 2021, the dollar's
  share was 60%. The euro accounted for 20%.");
- the report's period, set by the headline or the lead, outlives a look back: a sentence
  whose own span ended before the report's began ("In 2018, such exports were only $90
  million") dates its own figures only;
- a whole year not over by the telling, as a fact's period, is the part of it the article
  reports so far ("this year" in a report that gives January-July: January-July);
- a figure with no time of its own takes the frame when it is a fact of the report: not a
  forecast or a target (deal terms hold for what their terms say), not a duration or a
  length, not a measure of a thing ("capacity", "stake"), and not in a sentence that gives
  some other time the figure was not linked to (a signing date, a comparison's basis); a
  lasting state told in the present ("Novatek owns 50 percent") takes nothing, unless it
  is a breakdown of a report's period: a share or a comparison of its flow ("40% of the
  exports go to China", "which is 4% less"), another place of a ranking ("behind Brazil
  ($1.4 billion)"), a structure told in the past ("these comprised 30 voyages");
- a sentence that opens with "At the same time" takes the period of the sentence just
  before (a narrower one too);
- a deal's terms keep no time that dates the deal's making (the day of the signing);
- "that year" takes the frame's year, and so does a time said of "the year" ("by the end
  of the year" after "at the beginning of 2022"); "in the same period" its span (see
  :mod:`sinorus_facts.periods.document`);
- a figure of the headline or the lead with no time takes the period the body gives the
  same figure;
- a new article starts with no frame.

>>> from datetime import date
>>> from sinorus_facts.models import Period
>>> narrower(Period(start=date(2023, 10, 1), end=date(2023, 10, 31)), Period(start=date(2023, 1, 1), end=date(2023, 10, 31)))
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sinorus_facts.context.figures import (
    Figure,
    built_thing_cost,
    context_words,
    lead_paragraph,
    read_articles,
    timeless,
    told_as_state,
    told_of_another_time,
    told_of_any_year,
)
from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.lexicons.cues import cue_words, word_forms
from sinorus_facts.models import Article, Period
from sinorus_facts.periods.dating import is_caption
from sinorus_facts.periods.expressions import Timex
from sinorus_facts.periods.linking import basis_before, previous_year
from sinorus_facts.periods.page import Page

__all__ = ["frame_of_sentence", "inherit_periods", "inherits", "narrower"]

# A run of Latin letters: "exports" in "Exports rose 5%".
LETTERS = re.compile(r"[A-Za-z]+")

# What stands before a figure that is the basis of the figure before it: "compared with
# $80 billion", "up from 4.1 bcm", "than 50 percent", "versus 3%".
COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|than|versus|vs\.?|against|as\s+against)\b[^,;]*\Z",
    re.IGNORECASE,
)

# Kinds of time expression that can state a report's period ("in 2019", "from January to
# October", "last year", "so far this year"); a deadline ("by 2030"), a look back ("over
# the past six years"), "since 2014" and "now" set no frame.
FRAME_KINDS = ("date", "range", "relative", "to_date", "since")
# "since" frames a running total only when it began within about a year of its as-of
# date ("since the beginning of 2020", "since January"): "since 2000" frames no report.
MAX_RUNNING_DAYS = 400
# A sentence without figures frames a report only with words beyond its time: a bare date
# line ("2020-11-11 10:50", "Updated: May 4, 2019") frames nothing.
MIN_FRAMING_WORDS = 4
# Granularities too fine to be a report's period: "on Monday" dates an event.
EVENT_GRANULARITIES = ("day", "week")
# Quotation marks that open a quoted sentence.
QUOTE_OPENERS = '“«"‘'


@dataclass
class Frame:
    """The period the article last established, and how far it reaches: the whole
    article, or only its paragraph (a time that opens a sentence without figures, "In 2013,
    ..."; a time inside a quotation)."""

    period: Period
    paragraph: int | None = None
    lead: bool = False  # set by the headline or the lead: the report's own period
    # set by a fact's own span or by the headline or the lead: a report's period, whose
    # shares and rankings hold for it in any tense (not a year a narrative passes through)
    report: bool = True
    # the writer has looked back at an earlier time since the report last gave a fact: a
    # state told in the present after that is the writer's own, of no report's period
    # ("Compare this with 2014, when trade stood at $95 billion. Meanwhile, Russia's share of
    # China's LNG imports is below 10%"); a fact of the report after it resumes the report
    looked_back: bool = False
    # the source its sentence named for it ("..., Rosstat reported"): a span of another source's
    # report is that report's period, not a look back ("Meanwhile, the customs service said
    # exports reached $152 billion in January-June" after Rosstat's July)
    source: str | None = None

    def holds_in(self, paragraph: int) -> bool:
        """Whether the frame still holds in ``paragraph``."""
        return self.paragraph is None or self.paragraph == paragraph

    def outlives(self, span: Period) -> bool:
        """Whether the report's period outlives a sentence that gives ``span``: a look back
        at a period over before the report's began ("In 2019, such exports were only $60
        million" after a lead on January-August 2024) dates its own figures only."""
        return (
            self.lead
            and span.end is not None
            and self.period.start is not None
            and span.end < self.period.start
        )


def narrower(inner: Period, outer: Period) -> bool:
    """Whether ``inner`` lies inside ``outer`` and is shorter."""
    if None in (inner.start, inner.end, outer.start, outer.end):
        return False
    assert inner.start
    assert inner.end
    assert outer.start
    assert outer.end
    return (
        outer.start <= inner.start
        and inner.end <= outer.end
        and (inner.start, inner.end) != (outer.start, outer.end)
    )


# Words that make a narrower time an aside of the report ("In October alone", "of which").
ASIDE = re.compile(r"\b(?:alone|only|of\s+which|including|in\s+particular)\b", re.IGNORECASE)


def _aside(document: Page, index: int) -> bool:
    sentence = document.sentences[index]
    return bool(ASIDE.search(document.text, sentence.start, sentence.end))


def _same_span(one: Period, other: Period) -> bool:
    return (one.start, one.end) == (other.start, other.end)


def _reference(document: Page, article: Article | None) -> date | None:
    return article.reference_date if article else document.published


def _as_period(timex: Timex, offset: int, origin: str) -> Period:
    granularity = (
        timex.granularity
        if timex.granularity
        in ("day", "week", "month", "quarter", "season", "half", "year", "range")
        else None
    )
    return Period(
        start=timex.begin,
        end=timex.end_date,
        text=timex.text,
        text_start=offset + timex.start,
        text_end=offset + timex.end,
        granularity=granularity,
        origin=origin,
    )


def _sets_frame(timex: Timex) -> bool:
    if timex.kind not in FRAME_KINDS or timex.begin is None or timex.end_date is None:
        return False
    if timex.kind == "since" and (timex.end_date - timex.begin).days > MAX_RUNNING_DAYS:
        return False
    return timex.granularity not in EVENT_GRANULARITIES


def _in_lead(document: Page, index: int, lead: int) -> bool:
    """Whether sentence ``index`` is the headline or in the article's first paragraph of text."""
    return document.sentences[index].paragraph <= lead


def frame_of_sentence(document: Page, index: int, lead: int) -> Frame | None:
    """The frame a sentence without figures establishes for the figures after it: its one
    time of a report's span, when the sentence is the headline or the lead (paragraph
    ``lead`` or before; for the whole article) or opens with that time ("In 2019, the two
    countries ..."; for its paragraph). None otherwise: a time in passing ("discussed at
    the forum in September") frames no report."""
    sentence = document.sentences[index]
    if sentence.boilerplate:
        return None
    article = document.articles[sentence.article] if sentence.article is not None else None
    if article is not None and article.is_comment:
        return None
    text = document.text[sentence.start : sentence.end]
    if _signing().search(text):
        return (
            None  # "The contract was signed in October 2008": the day of a signing frames no report
        )
    if is_caption(text):
        return None  # "File photo: tourists on Red Square, July 2016": the picture's time
    timexes = [t for t in document.timexes(index) if _sets_frame(t)]
    if (
        len(timexes) != 1
        or len((text[: timexes[0].start] + text[timexes[0].end :]).split()) < MIN_FRAMING_WORDS
    ):
        return None
    period = _as_period(timexes[0], sentence.start, "article")
    return Frame(period)


def _own_frame(figure: Figure) -> Period | None:
    """The period a figure's own clause gives, when it can frame the report after it."""
    period, own = figure.claim.period, figure.draft.period
    if (
        period is None
        or figure.claim.modality != "actual"
        or period.start is None
        or period.end is None
    ):
        return None
    kind = own.kind if own is not None else None
    if kind not in FRAME_KINDS or period.granularity in EVENT_GRANULARITIES:
        return None
    if kind == "since" and (period.end - period.start).days > MAX_RUNNING_DAYS:
        return None
    return period


@lexicon_cache
def _same_year() -> re.Pattern[str]:
    """Words that point back to the frame's year: "that year", "the same year"."""
    words = sorted(context_words("same_year"), key=len, reverse=True)
    return re.compile(
        r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b",
        re.IGNORECASE,
    )


def _unlinked_time(document: Page, figure: Figure) -> bool:
    """Whether the figure's sentence gives a time the figure was not linked to (a signing
    date, a comparison's basis, another clause's time): the sentence is about another
    time, and the article's frame is not the figure's."""
    sentence = document.sentences[figure.index]
    document.articles[sentence.article] if sentence.article is not None else None
    text = document.text[sentence.start : sentence.end]
    return any(
        t.kind != "current" and not basis_before(text, t) for t in document.timexes(figure.index)
    )


def inherits(
    document: Page, figure: Figure, *, own_sentence: bool = False, report: bool = True
) -> bool:
    """Whether a figure with no time of its own takes its article's frame (or, with
    ``own_sentence``, the time its sentence gives its other facts); ``report`` says whether
    that frame is a report's period (else a state or a share told in the present takes
    nothing from it)."""
    claim, draft = figure.claim, figure.draft
    if claim.period is not None or claim.modality != "actual" or claim.in_comment:
        return False
    if told_of_another_time(figure) or told_of_any_year(figure):
        return False  # "Europe once bought 150 bcm a year": a look back, of no report's period
    if draft.period_refused is not None:
        return False  # its sentence's time is another's, and so is the article's
    if (
        claim.unit in context_words("no_period_unit")
        or (draft.measure_head or "").lower() in context_words("timeless_head")
        or built_thing_cost(figure)
    ):
        return False
    if told_as_state(figure) and not (
        report and _breakdown(figure, _sentence_before(document, figure.index))
    ):
        return False
    return own_sentence or not _unlinked_time(document, figure)


# Words of a ranking whose other places a report gives in parentheses: "ranks second,
# behind Brazil ($1.4 billion) and ahead of Thailand ($0.3 billion)".
RANKING = re.compile(
    r"\b(?:rank(?:s|ed)?|behind|ahead\s+of|followed\s+by|next\s+come|second\s+only|overtak\w+)\b",
    re.IGNORECASE,
)
# A sentence that opens by pointing at the figure before it: "That is", "This was", "It
# represents".
POINTS_BACK = re.compile(
    r"\W*(?:that|this|it)\s+(?:is|was|represents|represented|marks|marked|means|meant)\b",
    re.IGNORECASE,
)
# An opening parenthesis right before a figure, perhaps with a bound word: "Brazil ($1.4".
IN_PARENTHESES = re.compile(r"\(\s*(?:about|around|some|nearly|over)?\s*\Z", re.IGNORECASE)


def _sentence_before(document: Page, index: int) -> str:
    """The text of the sentence before ``index`` in the same article."""
    if index == 0:
        return ""
    sentence, before = document.sentences[index], document.sentences[index - 1]
    if before.article != sentence.article:
        return ""
    return document.text[before.start : before.end]


def _breakdown(figure: Figure, previous: str = "") -> bool:
    """Whether a figure told as a state (in the present, or with a verb of a state) still
    belongs to the report it stands in: a structure told in the past ("these comprised 80
    voyages"), a share or a comparison of the report's flow in any tense ("about 40% of the
    exports go to China", "which is 3% less", "occupies a 2% share in the turnover"), or
    another place of a ranking ("behind Brazil ($1.4 billion)"). Not what someone owns or
    controls ("owns 50 percent"), nor a state of anything else."""
    claim, draft = figure.claim, figure.draft
    verb = (draft.verb or "").lower()
    if verb in cue_words("attribution", "speech_verb") and draft.own_verb:
        # '"Korea accounts for 31 percent, Vietnam 8.5 percent," she said': the verb of the
        # clause the speech reports
        verb = draft.own_verb.lower()
    if verb in context_words("stative_verb") and verb not in context_words("structure_verb"):
        return False
    sentence = claim.evidence.sentence
    offset = claim.evidence.quantity_start - claim.evidence.sentence_start
    if draft.tense in ("past", "perfect") and verb in context_words("structure_verb"):
        return True
    if RANKING.search(sentence) and IN_PARENTHESES.search(sentence[:offset]):
        return True
    if claim.change is not None and POINTS_BACK.match(sentence):
        return True  # "That is three times as many as a year ago": the figure before compared
    if claim.unit != "%" and claim.change not in ("increase", "decrease"):
        return False
    if _names_a_flow(sentence):
        return True
    # a share told by a verb of a structure may name its whole in the sentence before:
    # "... timber exports came to $8 billion. China accounts for 42 percent"
    return verb in context_words("structure_verb") and verb != "be" and _names_a_flow(previous)


def _names_a_flow(text: str) -> bool:
    return bool({w.lower() for w in LETTERS.findall(text)} & context_words("flow_noun"))


def _pointed_year(document: Page, figure: Figure, frame: Period) -> Period | None:
    """The frame's year, for a figure whose sentence says "that year"."""
    sentence = document.sentences[figure.index]
    found = _same_year().search(document.text, sentence.start, sentence.end)
    if found is None or frame.start is None:
        return None
    year = frame.start.year
    return Period(
        start=date(year, 1, 1),
        end=date(year, 12, 31),
        text=found.group(0),
        text_start=found.start(),
        text_end=found.end(),
        granularity="year",
        origin="article",
    )


# "the year" with the definite article points back to the year the article speaks of:
# "By the end of the year" after "At the beginning of 2022" is the end of 2022 ("this
# year" is the year of the telling, and has no "the").
THE_YEAR = re.compile(r"\bthe\s+year\b(?!\s+(?:before|after|earlier|ago))", re.IGNORECASE)


def _in_frame_year(period: Period, frame: Period) -> Period:
    """A period said with "the year" moved into the frame's year, and one said with "the
    previous year" into the year before it."""
    before = previous_year(period.text)
    if (
        period.start is None
        or period.end is None
        or frame.start is None
        or period.origin == "article"
        or not (before or THE_YEAR.search(period.text or ""))
    ):
        return period
    shift = frame.start.year - (1 if before else 0) - period.start.year
    if shift == 0 or frame.end is None or frame.end.year != frame.start.year:
        return period
    try:
        start, end = (
            period.start.replace(year=period.start.year + shift),
            period.end.replace(year=period.end.year + shift),
        )
    except ValueError:  # 29 February
        return period
    return period.model_copy(update={"start": start, "end": end, "origin": "article"})


def _names_a_year(document: Page, figure: Figure) -> bool:
    """Whether the figure's sentence names a year of its own beside its period's words
    ("In 2021, in the first five months of the year"): "the year" is that one."""
    period = figure.claim.period
    start = figure.claim.evidence.sentence_start
    return any(
        t.kind in ("date", "range")
        and t.granularity == "year"
        and period is not None
        and start + t.start != period.text_start
        for t in document.timexes(figure.index)
    )


def _inherited(frame: Period, origin: str) -> Period:
    return frame.model_copy(update={"origin": origin})


def _quoted(document: Page, index: int) -> bool:
    sentence = document.sentences[index]
    return document.text[sentence.start : sentence.end].lstrip()[:1] in QUOTE_OPENERS


def _next_frame(
    document: Page, index: int, figures: list[Figure], frame: Frame | None, lead: int
) -> Frame | None:
    """The frame after a sentence with figures: its facts' own span replaces the frame
    (unless it narrows it as an aside, "in October alone", or looks back at a period over
    before the report's began); a sentence that gives only some other time
    (an event's day, a signing, a deadline) ends it; a sentence with no time leaves it."""
    own = [f for f in figures if f.claim.period is not None and f.claim.period.origin != "article"]
    span = next((p for f in own if (p := _own_frame(f)) is not None), None)
    if span is not None:
        if frame is not None and narrower(span, frame.period) and _aside(document, index):
            return frame
        spans = {(p.start, p.end) for f in own if (p := _own_frame(f)) is not None}
        if (
            frame is not None
            and len(spans) > 1
            and all(narrower(p, frame.period) for f in own if (p := _own_frame(f)) is not None)
        ):
            # a breakdown of the report's period by its parts ("By month, trade in January was
            # $18.2 billion, February $17.8 billion ..."): the report goes on after it
            return frame
        source = next((f.claim.attribution for f in own if f.claim.attribution), None)
        another_report = (
            frame is not None
            and source is not None
            and frame.source is not None
            and source != frame.source
        )
        if frame is not None and frame.outlives(span) and not another_report:
            frame.looked_back = True
            return frame
        paragraph = document.sentences[index].paragraph if _quoted(document, index) else None
        # the report's period said again keeps its standing
        again = frame is not None and frame.lead and _same_span(span, frame.period)
        return Frame(
            span,
            paragraph,
            lead=again or _in_lead(document, index, lead) or another_report,
            source=source,
        )
    if (
        own
        and frame is not None
        and all(frame.outlives(f.claim.period) for f in own if f.claim.period is not None)
    ):
        # an aside on an earlier time, whatever its figures are ("In 2019, the sides agreed
        # to double trade" after a lead on January-May 2024): the report goes on after it
        frame.looked_back = True
        return frame
    if own or _unlinked_time(document, figures[0]):
        return None
    return frame


def _moves_on(document: Page, index: int) -> bool:
    """Whether a sentence opens by moving on from the time told before it ("Later, the
    bank lent $2 billion", "Afterwards, ...", "Since then, ...") or to another topic
    ("Separately, the central bank kept its key rate at 16%"): the report's period ends
    there (the ``context`` lexicon's ``moving_on`` and ``another_topic`` words)."""
    sentence = document.sentences[index]
    opening = document.text[sentence.start : sentence.start + MOVING_ON_REACH].lower()
    return "," in opening and _moving_on().match(opening.lstrip()) is not None


# How far into a sentence its opening words are looked for ("Some time later, ").
MOVING_ON_REACH = 40


@lexicon_cache
def _moving_on() -> re.Pattern[str]:
    words = sorted(
        context_words("moving_on") | context_words("another_topic"), key=len, reverse=True
    )
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(rf"(?:{body}),", re.IGNORECASE)


def _shared_in_sentence(document: Page, figures: list[Figure]) -> None:
    """A figure with no time of its own takes the one time its sentence gives its other
    facts, unless it is what they are compared with ("rose 43.4 percent year on year to
    $45.1 billion in the first 10 months": both; "..., compared with $80 billion": not the
    second); nor does the time of a figure that is a basis pass to the others ("48.5
    percent, compared with 46 percent in 2012": not the first)."""
    sentence = document.sentences[figures[0].index]
    compared, previous_end = [], sentence.start
    for figure in figures:
        compared.append(
            bool(
                COMPARED_BEFORE.search(
                    document.text[previous_end : figure.claim.evidence.quantity_start]
                )
            )
        )
        previous_end = figure.claim.evidence.quantity_end
    own = {
        (f.claim.period.start, f.claim.period.end): f.claim.period
        for f, basis in zip(figures, compared, strict=True)
        if f.claim.period is not None and f.claim.modality == "actual" and not basis
    }
    if len(own) != 1:
        return
    period = next(iter(own.values()))
    for position, (figure, basis) in enumerate(zip(figures, compared, strict=True)):
        claim = figure.claim
        if claim.period is not None or claim.modality != "actual" or basis:
            continue
        if inherits(document, figure, own_sentence=True):
            figures[position] = figure.with_claim(period=period)


@lexicon_cache
def _signing() -> re.Pattern[str]:
    """A verb of signing in any form: "signed", "inked", "concluded" (``signing_verb``)."""
    body = "|".join(word_forms(w) for w in sorted(context_words("signing_verb")))
    return re.compile(rf"\b(?:{body})\b", re.IGNORECASE)


def undated_terms(figure: Figure) -> Figure:
    """A term of a deal keeps no time that dates the deal's making: the day of a signing or
    an announcement ("signed on Wednesday a $1.5 billion loan") or the month a signing
    sentence gives ("the 30-year contract signed in May 2014"); a span of days is no such
    day ("drills, to be held on May 3-9, will involve 300 troops"). Nor does a length, which
    describes a thing whenever it is said ("filling the pipeline (1,023 km) began in
    November 2010")."""
    claim = figure.claim
    period = claim.period
    if period is None or period.origin == "article":
        return figure
    if claim.unit in context_words("length_unit"):
        return figure.with_claim(period=None)
    if claim.modality != "target":
        return figure
    days = period.start is not None and period.end is not None and period.start < period.end
    if (
        period.granularity in EVENT_GRANULARITIES and not (days and period.granularity == "day")
    ) or (period.granularity == "month" and _signing().search(claim.evidence.sentence)):
        return figure.with_claim(period=None)
    return figure


def year_to_date(
    document: Page, sentences: list[int], figures: list[Figure], reference: date | None
) -> dict[int, date]:
    """For each year the article reports months of from its start, the last day it reports
    ("between January and July", "the first five months", "as of Tuesday" of a running
    total): how far "this year" of its report goes. Spans that end after the reference
    (plans) and single months ("in January") do not count."""
    spans = [
        (t.kind, t.granularity, t.begin, t.end_date)
        for index in sentences
        for t in document.timexes(index)
    ]
    spans += [
        (
            f.draft.period.kind,
            f.draft.period.granularity,
            f.draft.period.begin,
            f.draft.period.end_date,
        )
        for f in figures
        if f.draft.period is not None
    ]
    ends: dict[int, date] = {}
    for kind, granularity, begin, end in spans:
        if (
            begin is None
            or end is None
            or (begin.month, begin.day) != (1, 1)
            or end.year != begin.year
            or (end.month, end.day) == (12, 31)
            or kind not in ("range", "date", "to_date")
            or (kind == "date" and granularity == "month")
            or (reference is not None and end > reference)
        ):
            continue
        ends[begin.year] = max(end, ends.get(begin.year, end))
    return ends


def so_far(period: Period, ends: dict[int, date], reference: date | None) -> Period:
    """A whole year that is not over, as a report's period, is the part of it reported so
    far: "this year" in a report of 10 August that gives January-July is January-July
    (``ends``: :func:`year_to_date`); with no such span, January to the reference."""
    if period.start is None or period.end is None or reference is None:
        return period
    year = period.start.year
    if (period.start, period.end) != (date(year, 1, 1), date(year, 12, 31)):
        return period
    if reference.year != year or reference >= period.end:
        return period  # a year over by the telling is whole
    end = ends.get(year, reference)
    return period.model_copy(update={"end": end, "granularity": "range"})


def _running(figure: Figure, ends: dict[int, date], reference: date | None) -> Figure:
    """A fact told of a year not over holds for the part of it reported so far."""
    claim = figure.claim
    if claim.period is None or claim.modality != "actual" or figure.draft.tense == "future":
        return figure
    moved = so_far(claim.period, ends, reference)
    return figure if moved is claim.period else figure.with_claim(period=moved)


def _read_article(
    document: Page, sentences: list[int], by_sentence: dict[int, list[Figure]]
) -> None:
    frame: Frame | None = None
    lead = lead_paragraph(document, sentences)
    article = document.article_of(sentences[0]) if sentences else None
    reference = _reference(document, article)
    ends = year_to_date(
        document, sentences, [f for i in sentences for f in by_sentence.get(i, [])], reference
    )
    before: Period | None = None  # the period of the sentence just before, if it had figures
    for index in sentences:
        paragraph = document.sentences[index].paragraph
        if frame is not None and (not frame.holds_in(paragraph) or _moves_on(document, index)):
            frame = None
        figures = by_sentence.get(index)
        if figures:
            figures[:] = [_running(undated_terms(f), ends, reference) for f in figures]
            _shared_in_sentence(document, figures)
            _at_the_same_time(document, index, figures, before)
        if not figures:
            found = frame_of_sentence(document, index, lead)
            if found is not None:
                found.period = so_far(found.period, ends, reference)
                found.lead = found.report = _in_lead(document, index, lead)
            if found is not None and frame is not None and frame.outlives(found.period):
                frame.looked_back = True  # "Back in 2014, sanctions hit.": the report goes on
            elif found is not None and not (
                frame is not None and narrower(found.period, frame.period)
            ):
                frame = found
            before = None
            continue
        if frame is not None:
            report = frame.report and not frame.looked_back
            for position, figure in enumerate(figures):
                if figure.claim.period is not None and not _names_a_year(document, figure):
                    moved = _in_frame_year(figure.claim.period, frame.period)
                    if moved is not figure.claim.period:
                        figure = figures[position] = figure.with_claim(period=moved)
                pointed = (
                    _pointed_year(document, figure, frame.period)
                    if figure.claim.period is None
                    else None
                )
                if pointed is not None:
                    figures[position] = figure.with_claim(period=pointed)
                elif inherits(document, figure, report=report):
                    figures[position] = figure.with_claim(
                        period=_inherited(frame.period, "article")
                    )
                    if not told_as_state(figure):
                        frame.looked_back = False
        frame = _next_frame(document, index, figures, frame, lead)
        before = next((f.claim.period for f in reversed(figures) if f.claim.period), None)


# A sentence that opens by saying it tells of the time just told: "At the same time, exports
# were $3 billion" after "In March alone, trade reached $8 billion" (March).
SAME_TIME = re.compile(r"^\W*(?:at\s+the\s+same\s+time|in\s+the\s+same\s+month)\b", re.IGNORECASE)


def _at_the_same_time(
    document: Page, index: int, figures: list[Figure], before: Period | None
) -> None:
    """Figures with no time of their own in a sentence that opens with "At the same time"
    take the period of the sentence just before (a narrower one too: "In March alone")."""
    sentence = document.sentences[index]
    if (
        before is None
        or index == 0
        or not SAME_TIME.search(document.text[sentence.start : sentence.end])
    ):
        return
    if document.sentences[index - 1].paragraph != sentence.paragraph:
        return
    for position, figure in enumerate(figures):
        if inherits(document, figure, own_sentence=True):
            figures[position] = figure.with_claim(period=_inherited(before, "article"))


def _from_twins(document: Page, sentences: list[int], by_sentence: dict[int, list[Figure]]) -> None:
    """A figure of the headline or the lead with no time takes the period the article's
    body gives the same figure (the same value and unit, and change where it has one):
    "up 24%" in the headline and again in the lead."""
    lead = lead_paragraph(document, sentences)
    figures = [f for index in sentences for f in by_sentence.get(index, [])]
    for index in sentences:
        if document.sentences[index].paragraph > lead:
            break
        for position, figure in enumerate(by_sentence.get(index, [])):
            claim = figure.claim
            if claim.period is not None or timeless(figure):
                continue
            twin = next(
                (
                    t.claim
                    for t in figures
                    if t is not figure
                    and t.claim.period is not None
                    and t.claim.value == claim.value
                    and t.claim.unit in (claim.unit, None)
                    and (claim.change is None or t.claim.change == claim.change)
                ),
                None,
            )
            if twin is not None and twin.period is not None:
                by_sentence[index][position] = figure.with_claim(
                    period=_inherited(twin.period, "article")
                )


def inherit_periods(document: Page, figures: list[Figure]) -> list[Figure]:
    """``figures`` (in text order) with the periods their articles give them."""
    return read_articles(document, figures, _read_article, _from_twins)
