"""The source a figure inherits from its article (GUIDELINES, "Who gives the figure: the
article is its context too").

A report names its source once ("according to China's customs", "the exchange
recorded", "..., Russian Railways said", "data released on Monday by Rosstat") and lists its
breakdowns after it. Each article is read in order with the source of the report in progress:

- a figure whose own sentence or quotation names a source keeps it, and that source
  becomes the report's; the other figures of that sentence are the source's too ("Novatek
  agreed to triple sales, under a contract it valued at $18 billion");
- a relay credits the data's source: an outlet the article says passes on someone's data
  ("Vestnik reported, citing customs data") stands for that source later ("according to
  Vestnik"); "the data", "official data", "the customs data it cited", "the survey", "the
  Chinese data" stand for the source the article named for them (:class:`Named`);
- a figure with no source of its own takes the report's source when the article gave it
  in its lead (the headline, the first paragraph or the one after it: a wire report is
  its source's report from the first lines on), when it stands in the rest of the paragraph
  that credited the source ("..., customs data showed. Exports grew 18% to $80 billion. Oil
  imports doubled in the past six years."), or when it is of the report's topic in a later
  paragraph (for a body's report, any figure of the same flow of goods and money: trade,
  energy, investment, prices);
- a figure of another time than the report's (in the source's paragraph: a sentence that
  opens on that time, "In 2009, freight stood at ..."; a year compared with, "lower than the
  19% of 2021", stays in the report; elsewhere the report goes on after it), of another kind
  of statement (a forecast after a report of facts), or that describes a thing ("the 3,000-km
  pipeline", "routes pass through the crossing, linking 15 countries") is the writer's own; a
  deal's term ("The agreement is for three years") is the report's;
- a sentence without figures that gives a source ("According to the port authority, the
  terminal has grown ...", "... wrote about data released by the customs", "..., chief
  executive Igor Petrov said.", "Russian press reports say ...", or in the lead "The consortium
  revealed new details ...") opens a report for the figures after it (for the whole article
  when it is the lead's and names the data's source or speaks in the lead paragraph itself; a
  speaker after the lead opens one only where he speaks of what figures measure; a lead that
  discloses a thing's details holds for its descriptions and plans too); one that points back
  ("This was stated in a review issued by the customs") gives the figures before it in its
  paragraph;
- the report ends, and the writer's own voice takes over, at a sentence without figures
  that credits someone else ("..., said the trade representative") or says nothing of a
  source (for a source given after the lead), at the writer's comment or inference ("That
  seems an overstatement", "was enough to push"), at background of a time wholly before the
  report's, at an "according to" that names nobody, and at a new article;
- figures no source holds take the source of the very next sentence when it credits
  figures of the same kind at its end ("Trade grew 43%. Exports rose 72%, customs figures
  showed."; from the paragraph before only for the same party); in the lead, back to the
  headline;
- a headline figure takes the source its lead gives the same figure ("Gas imports reach 3 bcm"
  over "..., 3 billion cubic metres, the operator said"; a rounded one too, "Nearly 2 mln" over
  1.94 million), also where the headline gives a country for the lead's body ("China says ...");
- the offsets of the source's words are kept (``attribution_start``/``attribution_end``):
  the nearest place before the figure, else after it, where the article names it.

>>> locate("Customs said trade rose. Exports grew 5%.", "Customs", 0, 41, 30)
(0, 7)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from sinorus_facts.claims.attribution import (
    POINTING_ADJECTIVES,
    clean_source,
    described_body,
    published_by,
)
from sinorus_facts.common.scans import scan, scan_back
from sinorus_facts.context.figures import (
    Figure,
    lead_paragraph,
    read_articles,
    timeless,
    told_as_state,
    told_of_another_time,
)
from sinorus_facts.context.sources.credit import SOURCE_REACH
from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.lexicons.cues import (
    POSSESSIVE_END,
    cue_entries,
    cue_words,
    entity_words,
    phrase_pattern,
    word_forms,
)
from sinorus_facts.models import Claim, Period
from sinorus_facts.periods.page import Page

__all__ = ["headline_source", "inherit_sources", "locate"]

# A sentence that opens on "according to" within its first words: "According to the results
# of 2016, ...", "Last year, according to ...".
OPENS_WITH_ACCORDING_TO = re.compile(r"\s*(?:[\w-]+\s+){0,3}?according\s+to\b", re.IGNORECASE)

# A headline that names its source after a dash at its end, as wire headlines do:
# "Electricity exports down 35% since January - Inter RAO".
HEADLINE_SOURCE = re.compile(
    r"\s[-–—]\s*(?P<source>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})\s*$"
)

# A headline that names its source in lower case after a dash, as Xinhua's do: "... in 2023 -
# customs", "... - official" (a body's or a group's noun, :func:`headline_source`).
HEADLINE_SOURCE_LOWER = re.compile(r"\s[-–—]\s*(?P<source>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*$")

# A headline that opens on its source and a colon, as state media and wires write them:
# "Customs: China-Russia trade up 2% in nine months", "Rosstat: exports fell 4%"; never a
# country or a genre's label (the context lexicon's headline_label: "Explainer:", "Update:").
HEADLINE_SOURCE_FIRST = re.compile(
    r"^\s*(?P<source>[A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|of|and|for|the)){0,5}?)\s*:\s+\S"
)

# How many paragraphs from the lead on give the report's source for the whole article: the
# lead, and the paragraph that completes it (a wire report quotes its source there).
LEAD_PARAGRAPHS = 2


@lexicon_cache
def _crediting() -> re.Pattern[str]:
    """A sentence that credits someone: "said", "told", "according to" ("..., he said")."""
    words = sorted(
        cue_words("attribution", "speech_form") | cue_words("attribution", "according_to"),
        key=len,
        reverse=True,
    )
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def locate(text: str, name: str, start: int, end: int, position: int) -> tuple[int, int] | None:
    """Where the article ``text[start:end]`` names ``name`` nearest to ``position``: the last
    mention before it, else the first after it; its last word alone where the whole name is
    not written ("Zhang" for "Zhang Hanhui")."""
    for words in (name, name.split()[-1] if name.split() else name):
        pattern = re.compile(re.escape(words))
        # the last mention starting at or before the position ends by its length after it
        ending = min(end, max(start, position + len(words) + 1))
        before = next(scan_back(pattern, text, start, ending), None)
        if before is not None and before.start() <= position:
            return before.span()
        first = next(scan(pattern, text, start, end), None)
        if first is not None:
            return first.span()
    return None


# A name given right after a description of a body, in quotation marks or brackets: the
# '"Open Roads"' in 'the travel association "Open Roads" said',
# the '(Rosstat)' in 'the statistics service (Rosstat)'.
NAME_AFTER_DESCRIPTION = re.compile(
    r'\s*(?:["“«](?P<quoted>[^"”»\n]{2,60})["”»]|\((?P<bracketed>[A-Z][^()\n]{1,60})\))'
)


def named(text: str, description: str, start: int, end: int) -> str | None:
    """The name an article gives a description of a body where it first uses it: in
    quotation marks or brackets right after it.

    >>> named('Sales rose, the statistics service (Rosstat) said. The service added', "statistics service", 0, 70)
    'Rosstat'
    """
    words = description.split()
    if not words or not words[-1][:1].islower():
        return None  # a name already ("General Administration of Customs"), not a description
    head = words[-1]
    for found in scan(re.compile(rf"\b{re.escape(head)}\b"), text, start, end):
        after = NAME_AFTER_DESCRIPTION.match(text, found.end(), end)
        if after is not None:
            return after.group("quoted") or after.group("bracketed")
    return None


def headline_source(title: str | None) -> str | None:
    """The source a headline names: after a dash at its end, before a colon at its start, or
    alone in capitals as a letterhead.

    >>> headline_source("Coal exports to China up 12% - Ministry"), headline_source("Trade up 12%")
    ('Ministry', None)
    >>> headline_source("Customs: trade up 2%"), headline_source("Russia: trade up 2%")
    ('Customs', None)
    >>> headline_source("Explainer: What Russia buys")
    >>> headline_source("Trade hits record in 2023 - customs"), headline_source("Trade - as usual")
    ('customs', None)
    >>> headline_source("FEDERAL CUSTOMS SERVICE"), headline_source("TRADE SOARS")
    ('Federal Customs Service', None)
    """
    found = HEADLINE_SOURCE.search(title or "")
    if found is not None:
        return found.group("source")
    lower = HEADLINE_SOURCE_LOWER.search(title or "")
    if lower is not None and lower.group("source").split()[-1] in (
        cue_words("attribution", "body_noun") | cue_words("attribution", "collective_source")
    ):
        return lower.group("source")
    first = HEADLINE_SOURCE_FIRST.match(title or "")
    if first is not None:
        source = first.group("source")
        if source.lower() not in cue_words("context", "headline_label") and not _a_country(source):
            return source  # "Customs: trade up 2%" (not "Explainer: ...", "Russia: ...")
    return _letterhead(title or "")


# The small words a name keeps in lower case when it is written in capitals: "of", "the".
NAME_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in"})


def _letterhead(title: str) -> str | None:
    """The body a page's first line names alone, in capitals, as a press release's letterhead
    does ("MINISTRY OF ECONOMIC DEVELOPMENT OF THE RUSSIAN FEDERATION"): the source of the
    page, written as a name."""
    words = title.split()
    if not words or title != title.upper() or any(c.isdigit() for c in title):
        return None
    name = " ".join(
        w.lower() if i and w.lower() in NAME_SMALL_WORDS else w.capitalize()
        for i, w in enumerate(words)
    )
    return name if _a_body_name(name) else None


def _a_body_name(name: str) -> bool:
    """Whether a name is a body's: an organisation of the entities lexicon ("Gazprom"), or a
    name with a body's or a company's noun ("Customs", "Ministry of Commerce")."""
    nouns = cue_words("attribution", "body_noun") | cue_words("attribution", "company_noun")
    return name in entity_words("organisation") or bool(nouns & {w.lower() for w in name.split()})


def _not_a_source(name: str) -> bool:
    """A weekday, a month or a bare pronoun taken for a speaker ("Tuesday", "he")."""
    words = {w.lower().rstrip(".") for w in name.split()}
    calendar = cue_words("context", "not_a_source")
    return bool(words) and (
        words <= calendar or name.lower() in cue_words("attribution", "pronoun")
    )


@lexicon_cache
def _according_to() -> re.Pattern[str]:
    """ "according to X," in a sentence without figures: X is the source of what follows
    ("According to the port authority, the terminal has grown ...")."""
    words = sorted(cue_words("attribution", "according_to"), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(
        rf"(?<![\w-])(?:{body})\s+(?P<source>(?:the\s+)?[A-Z][^,.;:()\n]{{1,80}}?)\s*(?=[,.;:(]|$)",
        re.IGNORECASE,
    )


@lexicon_cache
def _subject_speaks() -> re.Pattern[str]:
    """A name that opens a sentence and speaks: "United Aircraft Corporation (UAC), the
    consortium of plane makers, revealed new details ..." (the name, an acronym in
    brackets, one apposition between commas, then a verb of speech)."""
    verbs = sorted(
        cue_words("attribution", "speech_form") | cue_words("context", "disclosure_form"),
        key=len,
        reverse=True,
    )
    body = "|".join(re.escape(v) for v in verbs)
    name = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|for|the|de))*"
    return re.compile(
        rf"^\s*(?P<source>{name})\s*(?:\([A-Z][\w.&-]{{1,12}}\))?\s*(?:,[^,]{{3,120}},)?\s+(?:{body})\b"
    )


@lexicon_cache
def _published_source() -> re.Pattern[str]:
    """Data and who published it: "... wrote about data released by China's customs"."""
    return re.compile(
        rf"{published_by().pattern}(?P<source>(?:the\s+)?(?-i:[A-Z])[^,.;:()\n]{{1,80}}?)\s*(?=[,.;:(]|$)",
        re.IGNORECASE,
    )


@lexicon_cache
def _back_reference() -> re.Pattern[str]:
    """A sentence that opens by pointing back at the figures before it: "This was stated in
    a review by ...", "These figures were released by ...", "This follows from data of ..."."""
    verbs = sorted(cue_words("context", "back_reference_verb"), key=len, reverse=True)
    return re.compile(
        r"^\s*(?:this|these|that|such|the)(?:\s+(?:data|figures|numbers|statistics|results|information))?"
        r"\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?"
        rf"(?:{'|'.join(re.escape(v) for v in verbs)})\b",
        re.IGNORECASE,
    )


# The source after "by" in a sentence that points back: "This was reported by the Ministry of
# Energy" (the first name after it).
BY_SOURCE = re.compile(r"\bby\s+(?P<source>(?:the\s+)?[A-Z][^,.;:()\n]{1,80}?)\s*(?=[,.;:(]|$)")


def stated_source(text: str, *, speakers: bool = True) -> str | None:
    """The source a sentence without figures gives for what follows: "according to X", data
    "released by X", or (with ``speakers``: in an article's lead, where the report is
    introduced) a name that opens the sentence and speaks ("The Ministry of Energy said ...").

    >>> stated_source("According to the Harbin port authority, the terminal has grown fast.")
    'Harbin port authority'
    >>> stated_source("Rosstat (RS), the statistics service, revealed new details on Monday.")
    'Rosstat'
    """
    stated = _stated(text, speakers=speakers)
    return stated[0] if stated else None


def _stated(text: str, *, speakers: bool) -> tuple[str, bool] | None:
    """The source a sentence without figures gives, and whether it gives it for data
    ("according to X", "data released by X") rather than as someone who speaks."""
    text = phrase_pattern("attribution", "discourse_marker").sub(" ", text)  # "That said, ..."
    data = True
    found = _cue_source(text) or _published_source().search(text)
    if found is None and _back_reference().search(text):
        found = BY_SOURCE.search(text)
    if found is None:
        data = False
    if found is None and speakers:
        found = _subject_speaks().search(text)
    if found is None:
        found = _trailing_speaker(text)
    if found is None and (described := _described_speakers(text)) is not None:
        return described.group("source"), False  # "Russian press reports say": as written
    if found is None:
        return None
    source = clean_source(found.group("source"))
    named = source[:1].isupper() or described_body(source)
    return (source, data) if named and not _not_a_source(source) else None


@lexicon_cache
def _trailing_speakers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A person named in a speech tag that ends a sentence: "..., said Anna Smirnova, head of
    the export department." and "..., chief executive Igor Petrov said."."""
    forms = sorted(cue_words("attribution", "speech_form"), key=len, reverse=True)
    speech = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    person = r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}"
    end = r"\s*[.!?]?[\"”’]?\s*$"
    return (
        re.compile(rf",\s+(?:{speech})\s+(?P<source>{person})(?:,[^.;:!?]{{3,120}})?{end}"),
        re.compile(
            rf",\s+(?:(?:[a-z][\w-]*|[A-Z]{{2,}})\s+){{0,4}}(?P<source>{person})\s+(?:{speech}){end}"
        ),
    )


def _trailing_speaker(text: str) -> re.Match[str] | None:
    return next((m for p in _trailing_speakers() if (m := p.search(text))), None)


# Words that open a subject without saying whose it is: "Many analysts say" names nobody.
NOT_DESCRIBING = frozenset(
    {
        "many",
        "some",
        "most",
        "several",
        "few",
        "all",
        "other",
        "these",
        "those",
        "such",
        "both",
        "the",
        "a",
        "an",
        "its",
        "their",
        "our",
        "his",
        "her",
        "no",
    }
)


@lexicon_cache
def _described_speakers_pattern() -> re.Pattern[str]:
    """A described source that opens a sentence and speaks: "Russian press reports say ...",
    "Chinese media reported ..." (a people's adjective, then nouns of a collective source)."""
    forms = sorted(cue_words("attribution", "speech_form"), key=len, reverse=True)
    speech = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(rf"^\s*(?P<source>[A-Z][a-z]+(?:\s+[a-z]+){{1,2}})\s+(?:{speech}|say)\b")


def _described_speakers(text: str) -> re.Match[str] | None:
    found = _described_speakers_pattern().search(text)
    if found is None:
        return None
    words = found.group("source").split()
    collective = (
        cue_words("attribution", "collective_source")
        | cue_words("attribution", "medium_noun")
        | cue_words("attribution", "outlet")
    )
    return found if words[0].lower() not in NOT_DESCRIBING and words[-1] in collective else None


def _cue_source(text: str) -> re.Match[str] | None:
    """The source after "according to" and its kin; in a relay ("according to Reuters, citing
    data from Chinese customs") the one after the relay's cue; a described body ("according to
    the two countries' defence authorities")."""
    found = list(_according_to().finditer(text))
    if not found:
        described = _described_according_to().search(text)
        return described if described and described_body(described.group("source")) else None
    relay = phrase_pattern("attribution", "relay_cue").search(text)
    if relay is not None:
        relayed = [m for m in found if m.start() >= relay.start()]
        if relayed:
            return relayed[0]
    return found[0] if found else None


@lexicon_cache
def _described_according_to() -> re.Pattern[str]:
    """ "according to" and a described body in lower case, up to a stop: "according to the
    two countries' defence authorities."."""
    return re.compile(
        r"(?<![\w-])according\s+to\s+(?P<source>(?:the\s+)?[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){1,5})"
        r"\s*(?=[,.;:(]|$)"
    )


@lexicon_cache
def _outlet_before() -> re.Pattern[str]:
    """The outlet named right before a relay's cue: "according to Reuters, ", "the Vestnik
    business weekly reported late Wednesday, ", "Vedomosti, " (up to five words)."""
    forms = sorted(cue_words("attribution", "speech_form"), key=len, reverse=True)
    speech = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    words = r"(?:[\w’'.-]+\s+){0,4}[\w’'.-]+"
    return re.compile(
        rf"(?:according\s+to\s+(?P<a>[^,.;:]{{1,60}}?)|(?P<b>{words})\s+(?:{speech})\b[^,.;:]{{0,40}}?"
        rf"|(?P<c>{words}))\s*,?\s*$",
        re.IGNORECASE,
    )


def relay_in(text: str) -> tuple[frozenset[str], str] | None:
    """The outlet (its telling words) and the source whose data it passes on, where a sentence
    states a relay: "Exports rose 5%, Vedomosti reported, citing Russian customs data" ->
    ({vedomosti}, "Russian customs").

    >>> relay_in("Sales slipped, according to Interfax, citing figures from the Chinese customs.")
    (frozenset({'interfax'}), 'Chinese customs')
    """
    cue = phrase_pattern("attribution", "relay_cue").search(text)
    if cue is None:
        return None
    source = next(
        (m.group("source") for m in _according_to().finditer(text) if m.start() >= cue.start()),
        None,
    )
    before = _outlet_before().search(text, 0, cue.start())
    if source is None or before is None:
        return None
    source = clean_source(source)
    outlet = _significant(before.group("a") or before.group("b") or before.group("c"))
    return (outlet, source) if outlet and source[:1].isupper() else None


@lexicon_cache
def _disclosing() -> re.Pattern[str]:
    """A verb that discloses details: "revealed", "unveiled" ("The maker unveiled the plane's specifications")."""
    words = sorted(cue_words("context", "details_disclosure"), key=len, reverse=True)
    return re.compile(
        rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})(?![\w-])", re.IGNORECASE
    )


def _discloses(document: Page, index: int) -> bool:
    """Whether a sentence discloses what the article goes on to detail: its figures, those
    describing a thing too ("the hull is 30 metres long"), are the discloser's."""
    sentence = document.sentences[index]
    return bool(_disclosing().search(document.text, sentence.start, sentence.end))


def _credits_someone(document: Page, index: int) -> bool:
    sentence = document.sentences[index]
    text = phrase_pattern("attribution", "discourse_marker").sub(
        " ", document.text[sentence.start : sentence.end]
    )  # ("That said, prices rose" credits nobody)
    return bool(_crediting().search(text))


def _reach(document: Page, figure: Figure) -> tuple[int, int]:
    """Where a figure's source is looked for: its article, at most ``SOURCE_REACH``
    characters before and after the figure."""
    article = document.articles[figure.article] if figure.article is not None else None
    start, end = (article.start, article.end) if article else (0, len(document.text))
    position = figure.claim.evidence.quantity_start
    return max(start, position - SOURCE_REACH), min(end, position + SOURCE_REACH)


def _with_offsets(document: Page, figure: Figure, origin: str) -> Figure:
    claim = figure.claim
    if claim.attribution is None:
        return figure
    start, end = _reach(document, figure)
    span = locate(document.text, claim.attribution, start, end, claim.evidence.quantity_start)
    return figure.with_claim(
        attribution_origin=origin,
        attribution_start=span[0] if span else None,
        attribution_end=span[1] if span else None,
    )


def _meets(period: Period | None, periods: Sequence[Period]) -> bool:
    """Whether ``period`` overlaps one of ``periods`` (a period unknown, or none to meet,
    meets them all)."""
    if period is None or period.start is None or period.end is None or not periods:
        return True
    return any(
        p.start is not None
        and p.end is not None
        and period.start <= p.end
        and p.start <= period.end
        for p in periods
    )


@dataclass
class Report:
    """The report in progress: its source, where it was given, and what it is about (the
    categories of the figures credited to it)."""

    source: str
    paragraph: int
    from_lead: bool
    topics: set[str] = field(default_factory=set)
    modalities: set[str] = field(default_factory=set)
    periods: list[Period] = field(default_factory=list)
    opening: bool = False  # given by a sentence without figures: holds for the next figures
    undated: bool = False  # a figure credited to it holds no time
    disclosure: bool = False  # a lead that discloses details ("X revealed new details of ..."): all of them its own
    # the writer has looked back at an earlier time since the report's last figure ("Compare
    # this with 2014, when trade stood at $95 billion."): a state told in the present after it
    # is the writer's own ("Meanwhile, Russia's share of China's LNG imports is below 10%"),
    # until a fact of the report resumes it
    looked_back: bool = False

    def add(self, figures: list[Figure]) -> None:
        """Take in what the figures credited to the report are about."""
        for figure in figures:
            self.topics.add(figure.claim.category)
            self.modalities.add(figure.claim.modality)
            if _dated(figure.claim.period):
                self.periods.append(figure.claim.period)  # type: ignore[arg-type]
            else:
                self.undated = True

    def _in_its_time(self, period: Period | None, told: date | None = None) -> bool:
        """Whether a period meets the report's; a report that dates none of its figures is of
        the year it is told in ("The drills involve 10 ships, the ministry said." is no report
        of "In 2023, the navies held drills with 30 aircraft")."""
        if (
            not self.periods
            and told is not None
            and period is not None
            and period.end is not None
            and period.end < date(told.year, 1, 1)
        ):
            return False
        return _meets(period, self.periods)

    def left_for_the_past(self, document: Page, index: int, figures: list[Figure]) -> bool:
        """Whether sentence ``index`` (with no figure of a report's, only descriptions of things
        at most) turns to a time wholly before the report's: the writer's background ("The first
        line was put into use in 2011, with a capacity of 15 million tonnes.")."""
        if not self.periods or any(not _describes(f) for f in figures):
            return False
        earliest = min(p.start for p in self.periods if p.start is not None)
        ends = [t.end_date for t in document.timexes(index) if t.end_date is not None]
        return bool(ends) and all(end < earliest for end in ends)

    def _of_its_topic(self, category: str) -> bool:
        """Whether a figure is of the report's topic: one of its categories, or, for a body's
        report, of the same flow of goods and money (trade, energy, investment, prices ...)."""
        family = cue_words("context", "report_family")
        if not _a_body(self.source):
            return False  # a person's words after the lead hold for his paragraph
        return category in self.topics or (category in family and bool(self.topics & family))

    def holds(self, document: Page, figure: Figure, paragraph: int) -> bool:
        """Whether a figure with no source of its own is one of this report's: of its kind
        of statement (fact, forecast, target), of its time, not a lasting description of a
        thing ("the 3,000-km pipeline"), and in its lead, its paragraph or its topic."""
        claim = figure.claim
        if self.passes_over(figure, paragraph):
            return False
        if (self.opening or self.disclosure) and _in_the_past(figure):
            return False  # "Ties are strong, said X. Back in 2015, trade stood at $2 billion."
        if self.opening or self.disclosure:
            return True
        if claim.modality not in self.modalities:
            # a deal's term in the report's paragraph is its, whatever the report told as fact
            return _a_term(figure) and paragraph == self.paragraph
        told = document.reference(figure.index)
        if claim.modality == "actual" and not self._in_its_time(_own_period(claim), told):
            # (a deal's terms and a forecast hold for their own future, not the report's day)
            # in the source's paragraph, a year compared with stays in the report ("... was lower
            # than the 25% of 2021"); a sentence that opens on another time frames a new passage
            return paragraph == self.paragraph and not _opens_on_its_time(figure)
        if (
            paragraph != self.paragraph
            and claim.category in cue_words("context", "background_category")
            and claim.category not in self.topics
        ):
            return False  # "Harbin, a city of 10 million people": the writer's background
        if self.from_lead:
            return True
        if self._of_its_topic(claim.category) and paragraph != self.paragraph:
            # a later paragraph of its topic, or of a body's report (customs figures of trade, its
            # energy and its investment): the report's breakdowns
            return True
        # after the lead, the rest of a source's paragraph is its report, whatever the period the
        # breakdowns give ("..., customs said. Oil imports doubled in the past six years.")
        return paragraph == self.paragraph

    def passes_over(self, figure: Figure, paragraph: int) -> bool:
        """Whether a figure is a state the writer tells in the present, which the report neither
        holds nor ends at: after a look back at another time ("Meanwhile, Russia's share of
        China's LNG imports is below 10%"), or in a later paragraph than the report's where the
        report's period did not pass to it as a breakdown ("Heilongjiang has 25 border ports"
        after a paragraph of customs figures for January-April)."""
        if told_of_another_time(figure):
            return True  # "Europe once bought 150 bcm a year": the writer's look back
        if not told_as_state(figure):
            return False
        return self.looked_back or (
            bool(self.periods)
            and figure.claim.period is None
            and paragraph != self.paragraph
            and not self.opening
        )

    def goes_on_past(self, document: Page, figure: Figure) -> bool:
        """Whether the report goes on after a figure it does not hold: one of another time only
        (a year compared with in a sentence of its own: "In 2019, imports were only $60
        million.") leaves the report to the figures after it."""
        claim = figure.claim
        return (
            claim.modality in self.modalities
            and claim.modality == "actual"
            and not self._in_its_time(_own_period(claim), document.reference(figure.index))
        )


def _own_period(claim: Claim) -> Period | None:
    """The period a figure's own sentence gives it (one taken from the sentences before, which
    may be a comparison's, tells nothing of the figure's time)."""
    period = claim.period
    return period if period is not None and period.origin != "article" else None


# How many words may stand before a time expression that opens its sentence: "Back in 2015,".
FRAME_OPENING_WORDS = 2


def _opens_on_its_time(figure: Figure) -> bool:
    """Whether the figure's sentence opens on the figure's own time expression ("In 2015,
    exports ...", "Back in May, ..."): a new time frame, not a year compared with."""
    period, evidence = figure.claim.period, figure.claim.evidence
    if period is None or period.origin != "sentence" or period.text_start is None:
        return False
    before = evidence.sentence[: max(0, period.text_start - evidence.sentence_start)]
    return len(before.split()) <= FRAME_OPENING_WORDS


# A person's name: two or three capitalised words ("Igor Petrov", "Li Hui").
PERSON_NAME = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}")


def _a_body(source: str) -> bool:
    """Whether a source is a body (customs, a ministry, a statistics office, a company), not a
    person: a noun of a body in its name, or no person's name ("Rosstat")."""
    words = {w.lower().strip(".,’'") for w in source.split()}
    return (
        bool(words & cue_words("attribution", "body_noun"))
        or not PERSON_NAME.fullmatch(source)
        or POSSESSIVE.search(source) is not None  # "Russia's Rosneft"
        or any(POSSESSIVE_END.sub("", w) in _named_bodies() for w in source.split())
    )


# A possessive inside a name: "Russia's Rosneft" (a person's name has none).
POSSESSIVE = re.compile(r"\w['’]s\b")


@lexicon_cache
def _named_bodies() -> frozenset[str]:
    """The names of organisations, countries and cities of the entities lexicon."""
    return frozenset(
        w
        for e in cue_entries("entities")
        if e.kind in ("organisation", "country", "city", "bloc", "ignore")
        for w in e.words
    )


def _in_the_past(figure: Figure) -> bool:
    """Whether a figure's sentence opens on a time that ended before the year before its
    article's date ("Back in 2015, trade stood at ..." in 2023): background."""
    claim = figure.claim
    reference = claim.article.reference_date if claim.article else None
    period = claim.period
    return (
        reference is not None
        and period is not None
        and period.end is not None
        and period.end.year < reference.year - 1
        and _opens_on_its_time(figure)
    )


def _a_term(figure: Figure) -> bool:
    """Whether a figure is the term of a deal: a duration that a commitment sets ("The
    agreement is for three years", "will supply 300,000 bpd over 25 years")."""
    claim = figure.claim
    return (
        claim.modality == "target"
        and claim.unit in cue_words("context", "no_period_unit")
        and claim.unit not in cue_words("context", "length_unit")
    )


def _describes(figure: Figure) -> bool:
    """Whether a figure describes a thing rather than reports: a length, a capacity, a state
    (:func:`~sinorus_facts.context.figures.timeless`), or what a thing does in the present
    ("Over 40 routes pass through the crossing, linking 15 countries")."""
    draft = figure.draft
    if _a_term(figure):
        return False  # "The agreement is for three years": the deal's term, the report's
    if timeless(figure):
        return True
    if draft.tense == "present" and (draft.verb or "") in cue_words("context", "describing_verb"):
        return True
    # a describing verb in the present or a participle right before the figure ("running
    # through nine regions", "linking 15 countries"), whatever the clause's own verb
    evidence = figure.claim.evidence
    before = evidence.sentence[: evidence.quantity_start - evidence.sentence_start]
    return _describing_verb_before(before) or bool(ASIDE_ABOUT_A_THING.search(before))


# The words before a noun that a describing verb's form may be ("the ESPO link", "its border"):
# a determiner or a name's word right before it.
NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|this|that)|[A-Z][\w-]*)\s+\Z")


def _describing_verb_before(before: str) -> bool:
    """Whether a describing verb stands a few words before the end of ``before`` ("running
    through ", "links "), not a noun of its form ("via the ESPO link reached ")."""
    found = _describing_before().search(before)
    return found is not None and not NOUN_BEFORE.search(before, 0, found.start())


# A figure in an aside set off by a comma about the thing before it ("The pipeline, which
# cost $55 billion, runs ..."): background on the thing, in the writer's voice; not one that
# restates the figure before (", which is 27% more than in May").
ASIDE_ABOUT_A_THING = re.compile(
    r",\s*which\s+(?!(?:is|was|are|were|means|meant|represents|represented|amounts|amounted"
    r"|makes|made|accounts|accounted)\b)(?:[a-z]+\s+){1,3}\Z"
)


@lexicon_cache
def _describing_before() -> re.Pattern[str]:
    """A describing verb in the present or a participle, a few words before the end: "running
    through ", "links ", "passing via the "."""
    forms = []
    for verb in sorted(cue_words("context", "describing_verb")):
        stem = re.escape(verb.removesuffix("e"))
        forms.append(rf"{stem}(?:es|s|ing|{re.escape(verb[-1])}ing)|{re.escape(verb)}s?")
    return re.compile(
        rf"\b(?:{'|'.join(forms)})\s+(?:[\w-]+\s+){{0,3}}(?:(?:more|less|fewer)\s+than\s+|over\s+|some\s+|about\s+)?$",
        re.IGNORECASE,
    )


def _dated(period: Period | None) -> bool:
    return period is not None and period.start is not None and period.end is not None


def _with_name(document: Page, figure: Figure) -> Figure:
    """The figure with its source's name where its source is a description the article
    names: "the association" -> "Open Roads"."""
    claim = figure.claim
    assert claim.attribution is not None
    start, end = _reach(document, figure)
    name = named(document.text, claim.attribution, start, end)
    return figure.with_claim(attribution=name) if name else figure


def _headline_names(document: Page, index: int) -> str | None:
    """The source a sentence names where it is its article's headline ("... - Inter RAO",
    "Customs: ...")."""
    sentence = document.sentences[index]
    if sentence.article is None:
        return None
    article = document.articles[sentence.article]
    if article.title_start is None or not (
        article.title_start <= sentence.start < (article.title_end or 0)
    ):
        return None
    return headline_source(article.title)


def _in_headline(figure: Figure) -> bool:
    article = figure.claim.article
    return (
        article is not None
        and article.title_start is not None
        and article.title_end is not None
        and article.title_start <= figure.claim.evidence.quantity_start < article.title_end
    )


# Words of a phrase of data that say nothing of whose data it is: "the customs data it cited" is
# known by "customs".
ANAPHOR_WORDS = frozenset(
    {
        "the",
        "this",
        "these",
        "those",
        "such",
        "a",
        "an",
        "cited",
        "same",
        "official",
        "above",
        "aforementioned",
        "said",
        "latest",
        "new",
        "preliminary",
        "according",
        "to",
    }
)


@dataclass
class Named:
    """What an article has named so far: its sources (``named``), those it named for data
    (``data``: "according to X", "data released by X", a relay's source), and its last relay
    (an outlet's words and the source whose data it passes on)."""

    named: list[str] = field(default_factory=list)
    data: list[str] = field(default_factory=list)
    relay: tuple[frozenset[str], str] | None = None
    sentences: list[tuple[str, str]] = field(default_factory=list)  # a sentence and its source

    def add(self, text: str, source: str, *, data: bool = False) -> None:
        """Take in a source a sentence names (for ``data``: one it names as the data's)."""
        self.named.append(source)
        if data:
            self.data.append(source)
        self.sentences.append((text, source))

    def read_relay(self, text: str) -> None:
        """Take in a relay the sentence ``text`` states ("the Vestnik weekly reported,
        citing Chinese customs data")."""
        found = relay_in(text)
        if found is not None:
            self.relay = found
            self.data.append(found[1])

    def relayed(self, figure: Figure) -> Figure:
        """The figure credited to the source whose data its outlet passes on: "according to
        Vestnik" after "Vestnik reported, citing Chinese customs data"."""
        source = figure.claim.attribution
        if self.relay is None or source is None:
            return figure
        words = _significant(source)
        outlet, data = self.relay
        if words and words <= outlet and source != data:
            return figure.with_claim(attribution=data)
        return figure

    def resolve(self, figure: Figure) -> str | None:
        """The source a phrase of data that points back stands for ("the data", "official
        data", "the customs data it cited", "the document"): the last named with one of its words,
        else the last named for data."""
        speaker = figure.draft.speaker
        if speaker is None or speaker.kind != "anaphor":
            return None
        nouns = cue_words("attribution", "data_noun") | cue_words("attribution", "anaphoric_source")
        significant = _significant(speaker.text)
        head = speaker.text.split()[-1].lower().strip(".,")
        for words in (significant - nouns, {head}):
            for source in reversed(self.named):
                if words & _significant(source):
                    return source  # "the customs data it cited", "the report" named before
        for text, source in reversed(self.sentences):
            if head in _significant(text):
                return source  # "X reported that the survey showed ...": the survey is X's
        if self.data:
            return self.data[-1]
        if speaker.text.split()[0].lower() in POINTING_ADJECTIVES:
            return speaker.text  # "Official statistics show" with nothing named: as written
        return None


def _significant(name: str) -> frozenset[str]:
    """The words of a name that tell it: "the Vestnik business weekly" -> vestnik,
    business, weekly."""
    return frozenset(
        w
        for w in (POSSESSIVE_END.sub("", w.strip(".,;:’'\"“”")).lower() for w in name.split())
        if w and w not in ANAPHOR_WORDS
    )


def _own_sentence(document: Page, figures: list[Figure], source: str) -> None:
    """Give the figures of a sentence that names a source for one of them, and none of their
    own, that source where it is their doer: "Novatek agreed to triple sales, under a contract it
    valued at $18 billion" (a source named for a report gives the figures of its own sentence)."""
    for position, figure in enumerate(figures):
        claim = figure.claim
        agent = _significant(figure.draft.agent or "")
        if (
            claim.attribution is None
            and agent & _significant(source)
            and not claim.in_comment
            and not _describes(figure)
        ):
            # (the source is the doer of the figure: "Trade rose 5%, while Putin said exports
            # would double" gives Putin no 5%)
            figures[position] = _with_offsets(
                document, figure.with_claim(attribution=source), "article"
            )


@lexicon_cache
def _figure_words() -> re.Pattern[str]:
    """Words of what figures measure, inflected: "exports", "booming", "shipped"."""
    forms = sorted(
        (word_forms(w) for w in cue_words("context", "figure_word")), key=len, reverse=True
    )
    return re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])", re.IGNORECASE)


def _speaks_of_figures(text: str) -> bool:
    """Whether a sentence speaks of what figures measure ("Grain exports are booming")."""
    return bool(_figure_words().search(text))


def _another_source(text: str, figures: list[Figure]) -> bool:
    """Whether a sentence gives its figures a source of their own that names nobody: "According
    to the results of 2016, trade rose 2%" (another report than the one in progress)."""
    return all(f.claim.attribution is None and f.draft.speaker is None for f in figures) and bool(
        OPENS_WITH_ACCORDING_TO.match(text)
    )


@lexicon_cache
def _unnamed_speaker_tag() -> re.Pattern[str]:
    """A speech tag that ends a sentence with a subject in lower case, which names no source
    ("..., traders said.", "..., organisers say.", "..., industry sources told Reuters.")."""
    forms = sorted(cue_words("attribution", "speech_form"), key=len, reverse=True)
    speech = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(
        rf",\s+(?P<subject>(?:[a-z][\w'’-]*\s+){{0,2}}[a-z][\w'’-]*)\s+(?:{speech})"
        r"(?:\s+[A-Z][\w-]*)?\s*[.!?]?[\"”’]?\s*$"
    )


def _credited_to_nobody(text: str, figures: list[Figure]) -> bool:
    """Whether a sentence gives its figures to someone it does not name ("The discount
    averaged $5 a barrel, traders said."): another voice than the report's, which ends it (a
    pronoun, "..., it said.", points back to the report's source)."""
    if any(f.claim.attribution is not None for f in figures):
        return False
    found = _unnamed_speaker_tag().search(text)
    if found is None:
        return False
    subject = found.group("subject").lower()
    return subject not in cue_words("attribution", "pronoun") and not subject.startswith(
        ("the ", "its ", "their ")
    )


def _before(sentences: list[int], index: int) -> Iterator[int]:
    """The article's sentences before sentence ``index``, the nearest first (looked up,
    not filtered: the caller stops at the first it needs)."""
    for number in range(bisect.bisect_left(sentences, index) - 1, -1, -1):
        yield sentences[number]


def _credit_back(
    document: Page,
    sentences: list[int],
    by_sentence: dict[int, list[Figure]],
    index: int,
    source: str,
) -> None:
    """Give ``source`` to the figures with none of the sentences before sentence ``index`` in
    its paragraph, back to one that names a source of its own."""
    paragraph = document.sentences[index].paragraph
    for before in _before(sentences, index):
        if document.sentences[before].paragraph != paragraph:
            return
        figures = by_sentence.get(before, [])
        if any(f.claim.attribution_origin == "sentence" for f in figures):
            return
        for position, figure in enumerate(figures):
            if figure.claim.attribution is None and not figure.claim.in_comment:
                figures[position] = _with_offsets(
                    document, figure.with_claim(attribution=source), "article"
                )


# The time stamp alone on its line that opens an entry of a live blog: "11:45", "09:10 GMT",
# "3.40pm" (the entries after it are news of their own, not the report before).
ENTRY_STAMP = re.compile(
    r"\s*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|MSK|BST|CET|local time|Beijing time|Moscow time))?\s*\Z",
    re.IGNORECASE,
)


def _read_article(
    document: Page, sentences: list[int], by_sentence: dict[int, list[Figure]]
) -> None:
    report: Report | None = None
    lead = lead_paragraph(document, sentences)
    memory = Named()
    article = document.article_of(sentences[0]) if sentences else None
    titled = headline_source(article.title if article is not None else None)
    if titled is not None:
        # a headline that names its source ("Customs: trade down 1.6% in first half") gives
        # the report of the whole passage, as a lead that names it does
        report = Report(titled, lead, True, opening=True)
    for index in sentences:
        paragraph = document.sentences[index].paragraph
        figures = by_sentence.get(index)
        text = document.text[document.sentences[index].start : document.sentences[index].end]
        memory.read_relay(text)
        if report is not None and (
            ENTRY_STAMP.match(text)  # a live blog's next entry: another report
            or report.left_for_the_past(document, index, figures or [])
            or phrase_pattern("context", "writer_voice").search(text)
            or phrase_pattern("context", "another_topic").match(text.lstrip())
            or (figures and _another_source(text, figures))
            or (figures and _credited_to_nobody(text, figures))
        ):
            # "The previous decline was recorded in 2020.", "That seems an overstatement.": the
            # writer's background or comment
            report = None
        if not figures:
            in_lead = paragraph <= lead + LEAD_PARAGRAPHS - 1
            if (titled := _headline_names(document, index)) is not None:
                # "Customs: China-Russia trade keeps growing": the passage is the customs' report
                report = Report(titled, paragraph, True, opening=True)
                continue
            stated = _stated(text, speakers=in_lead)
            if stated and not stated[1] and paragraph != lead and not _speaks_of_figures(text):
                stated = None  # "Ties are strong, the ambassador said last month.": no report
            source = stated[0] if stated else None
            if source is not None:
                memory.add(text, source, data=True)
            if source is not None and _back_reference().search(text):
                # "This was stated in a review by X": the figures before it in its paragraph are X's
                _credit_back(document, sentences, by_sentence, index, source)
            if source is not None:
                report = Report(
                    source,
                    paragraph,
                    # a speaker after the lead paragraph opens a report for the figures after him,
                    # not the whole passage ("The ambassador said last month that ties are strong.")
                    in_lead and (paragraph == lead or bool(stated and stated[1])),
                    opening=True,
                    disclosure=in_lead and _discloses(document, index),
                )
            elif report is not None and (
                _credits_someone(document, index) or (report.opening and not report.from_lead)
            ):
                report = None
            continue
        taken: list[int] = []  # the figures of the sentence the report took
        for position, figure in enumerate(figures):
            if figure.claim.attribution is not None and _not_a_source(figure.claim.attribution):
                figure = figures[position] = figure.with_claim(attribution=None)
            if figure.claim.attribution is None and _in_headline(figure):
                named = headline_source(
                    figure.claim.article.title if figure.claim.article else None
                )
                if named is not None:
                    figure = figures[position] = figure.with_claim(attribution=named)
            if figure.claim.attribution is None and (resolved := memory.resolve(figure)):
                # "the data show", "according to the customs data it cited": the source named so
                figure = figures[position] = figure.with_claim(attribution=resolved)
            if figure.claim.attribution is not None:
                figure = figures[position] = _with_name(document, figure)
                figure = memory.relayed(figure)
                figures[position] = _with_offsets(document, figure, "sentence")
            elif (
                report is not None
                and not figure.claim.in_comment
                and (report.disclosure or not _describes(figure))
            ):
                # (a description of a thing, "the 3,000-km pipeline", neither takes nor ends it)
                if report.holds(document, figure, paragraph) or (
                    taken and figure.claim.period == figures[taken[-1]].claim.period
                ):
                    # (a figure beside the report's in its sentence, of the same time, is its too:
                    # "will ship 200,000 bpd more, beside the 200,000 bpd it already sends")
                    taken.append(position)
                    if not told_as_state(figure):
                        report.looked_back = False
                    figures[position] = _with_offsets(
                        document, figure.with_claim(attribution=report.source), "article"
                    )
                elif report.goes_on_past(document, figure):
                    report.looked_back = True
                elif not report.passes_over(figure, paragraph):
                    report = None  # a figure of something else: the writer's own voice
        if report is not None and report.opening:
            report.opening = False
            report.add([f for f in figures if f.claim.attribution == report.source])
        credited = [f for f in figures if f.claim.attribution_origin == "sentence"]
        if credited:
            source = credited[-1].claim.attribution
            assert source is not None
            memory.add(text, source)
            _own_sentence(document, figures, source)
            if report is None or report.source != source:
                report = Report(source, paragraph, paragraph <= lead + LEAD_PARAGRAPHS - 1)
            report.paragraph = paragraph
            report.add([f for f in figures if f.claim.attribution == source])


# A source set off by commas as an aside: ", the ministry said," in "The country, the
# ministry said, accounted for 14%".
ASIDE_AFTER = re.compile(r"\s+(?:said|says|reported|noted|added|estimated)\s*,")


# A determiner right before a source's name, which its offsets leave out: the "the " of
# ", the ministry said," (the name located is "ministry").
LEADING_DETERMINER = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


def _set_off(text: str, start: int, end: int | None) -> bool:
    """Whether the source's words at ``start``-``end`` stand as an aside: ", X said,"."""
    if end is None:
        return False
    before = LEADING_DETERMINER.sub("", text[max(0, start - 8) : start])
    return before.rstrip().endswith(",") and bool(ASIDE_AFTER.match(text, end))


def _afterword(document: Page, figure: Figure) -> bool:
    """Whether a figure's own sentence names its source after it, as a report's afterword:
    "..., figures showed", "..., the railway said" (where the sentence's words stand, not where
    the article names the body at its fullest), or set off as an aside (", the ministry said,")."""
    claim = figure.claim
    if claim.attribution_origin != "sentence" or claim.attribution_start is None:
        return False
    speaker = figure.draft.speaker
    if (
        speaker is not None
        and speaker.start >= 0
        and claim.evidence.sentence_start + speaker.start >= claim.evidence.quantity_end
    ):
        return True
    return claim.attribution_start > claim.evidence.quantity_end or _set_off(
        document.text, claim.attribution_start, claim.attribution_end
    )


@dataclass(frozen=True)
class Afterword:
    """A source named after its figures, and what those figures are: their categories, kinds
    of statement and times (what the sentences before must share to be of its report)."""

    source: str
    kinds: frozenset[str]
    modalities: frozenset[str]
    periods: tuple[Period, ...]

    def of_its_report(self, figure: Figure) -> bool:
        """Whether a figure before the afterword may be of its report: of one of its categories,
        or of the same flow of goods and money (customs figures of trade and of energy), told as
        the same kind of statement."""
        claim = figure.claim
        if claim.category in self.kinds:
            return True
        family = cue_words("context", "report_family")
        return (
            claim.category in family
            and bool(self.kinds & family)
            and claim.modality in self.modalities
        )

    def of_its_time(self, figure: Figure) -> bool:
        """Whether a figure's own time meets the afterword's (a figure with no time of its own,
        or an afterword with none, does)."""
        return _meets(_own_period(figure.claim), self.periods)


def _another_body_does(figure: Figure, source: str) -> bool:
    """Whether a figure is the deed of a body named as its doer that is not the source: "The
    Federal Tax Service collected 12 billion roubles" before "..., according to the customs"
    (a country or a city that does it is the report's subject: "Russia shipped ...")."""
    agent = figure.draft.agent
    if not agent or not agent[:1].isupper() or _a_country(agent):
        return False
    generic = cue_words("attribution", "body_noun") | NAME_LINKS
    doer, giver = _significant(agent) - generic, _significant(source) - generic
    return bool(doer and giver) and not doer & giver  # (the Ministry of Finance is not of Energy)


# Words that link the words of a name: "of", "for", "and" ("Ministry of Finance").
NAME_LINKS = frozenset({"of", "for", "and", "on"})


def _afterword_of(figures: list[Figure]) -> Afterword | None:
    source = figures[-1].claim.attribution
    if source is None:
        return None
    return Afterword(
        source,
        frozenset(f.claim.category for f in figures),
        frozenset(f.claim.modality for f in figures),
        tuple(f.claim.period for f in figures if _dated(f.claim.period)),  # type: ignore[misc]
    )


# A quotation mark: a sentence with one is someone's quotation, no part of a report told in
# the writer's words ('"Trade is booming," Li said.').
QUOTATION_MARK = re.compile(r"[\"“”«»]")


def _from_the_next_sentence(
    document: Page, sentences: list[int], by_sentence: dict[int, list[Figure]]
) -> None:
    """Figures no source holds take the source of a sentence after them that credits figures
    at its end: news often names the source of a report's first figures at the end of a later
    sentence ("Trade grew 43% to $45 billion. Exports rose 72%, government figures showed.").
    The very next sentence gives its source to figures of the same kind (from the paragraph
    before only for the same party); in its own paragraph an afterword also gives it to the
    other figures of the same report and to the sentences before them
    (:func:`_credit_report_back`); in the lead, back to the headline."""
    lead = lead_paragraph(document, sentences)
    for index in sentences:
        after = by_sentence.get(index + 1)
        if not after or document.sentences[index + 1].article != document.sentences[index].article:
            continue
        credited = [f for f in after if _afterword(document, f)]
        afterword = _afterword_of(credited) if credited else None
        if afterword is None:
            continue
        figures = by_sentence.get(index)
        same_paragraph = (
            document.sentences[index].paragraph == document.sentences[index + 1].paragraph
        )
        if (
            figures
            and not any(f.claim.attribution is not None for f in figures)
            and (same_paragraph or not _other_party(figures, credited))
        ):
            # ("Zapad will involve 90,000 troops.¶ Kazakhstan will send 900, its ministry said.":
            # another party's figures in the paragraph before)
            _credit_kinds(document, figures, afterword.source, afterword.kinds)
            if document.sentences[index + 1].paragraph <= lead + LEAD_PARAGRAPHS - 1:
                _credit_headline(document, sentences, by_sentence, index, afterword)
        if same_paragraph:
            _credit_report_back(document, sentences, by_sentence, index + 1, afterword)


def _credit_headline(
    document: Page,
    sentences: list[int],
    by_sentence: dict[int, list[Figure]],
    index: int,
    afterword: Afterword,
) -> None:
    """In the lead, an afterword's source goes back to the headline: "Exports rose 24%.¶ In
    total, Russia shipped 3.7 million tonnes. China, the ministry said, took 14%."."""
    for before in _before(sentences, index):
        earlier = by_sentence.get(before, [])
        if any(f.claim.attribution is not None for f in earlier):
            break
        _credit_kinds(document, earlier, afterword.source, afterword.kinds)


def _credit_report_back(
    document: Page,
    sentences: list[int],
    by_sentence: dict[int, list[Figure]],
    index: int,
    afterword: Afterword,
) -> None:
    """Give an afterword's source (sentence ``index``) to the figures with none of the sentences
    just before it in its paragraph that belong to its report (GUIDELINES: "a source named after
    its figures gives the figures of its sentence and of the sentences just before it that
    belong to the same report"): "The Far Eastern Railway handled 8,600 trains. Transit rose
    11%, the railway said." Going back, it stops at another source (a figure credited, a
    sentence that credits someone), a quotation, the writer's voice, another topic (a figure of
    another kind, "Separately, ..."), another time (a figure of a time the afterword's does not
    meet, before the sentence right before it) and the paragraph's start; a description of a
    thing takes no source and stops nothing."""
    paragraph = document.sentences[index].paragraph
    nearest = True
    for before in _before(sentences, index):
        if document.sentences[before].paragraph != paragraph:
            return
        sentence = document.sentences[before]
        text = document.text[sentence.start : sentence.end]
        figures = by_sentence.get(before, [])
        if QUOTATION_MARK.search(text) or phrase_pattern("context", "writer_voice").search(text):
            return
        if not figures:
            if _credits_someone(document, before):
                return
            nearest = False
            continue
        if any(f.claim.attribution not in (None, afterword.source) for f in figures):
            return
        reported = [f for f in figures if not f.claim.in_comment and not _describes(f)]
        if any(
            not afterword.of_its_report(f)
            or (not nearest and not afterword.of_its_time(f))
            or _another_body_does(f, afterword.source)
            for f in reported
        ):
            return  # another topic or another time: the writer's own passage before the report
        for position, figure in enumerate(figures):
            if figure in reported and figure.claim.attribution is None:
                figures[position] = _with_offsets(
                    document, figure.with_claim(attribution=afterword.source), "article"
                )
        if phrase_pattern("context", "another_topic").match(text.lstrip()):
            return  # "Separately, ..." opens the report: the sentences before it are of another
        nearest = False


def _other_party(figures: list[Figure], credited: list[Figure]) -> bool:
    """Whether the figures before a source named after its own, in the paragraph before, are
    another party's: each has a doer, and none is a doer of the credited figures."""
    agents = {f.draft.agent for f in credited if f.draft.agent}
    return bool(agents) and all(f.draft.agent and f.draft.agent not in agents for f in figures)


def _credit_kinds(
    document: Page, figures: list[Figure], source: str, kinds: Collection[str]
) -> None:
    """Give ``source`` to the figures of ``kinds`` (categories) that describe no thing."""
    for position, figure in enumerate(figures):
        if (
            figure.claim.category in kinds
            and not _describes(figure)
            and not figure.claim.in_comment
        ):
            figures[position] = _with_offsets(
                document, figure.with_claim(attribution=source), "article"
            )


def _from_lead_twins(
    document: Page, sentences: list[int], by_sentence: dict[int, list[Figure]]
) -> None:
    """A headline figure no source holds takes the source its lead gives the same figure (the
    same value and unit): "Gas imports reach 3 bcm" over "Imports reached 3 billion cubic
    metres, the operator said."."""
    headline = {index for index in sentences for f in by_sentence.get(index, []) if _in_headline(f)}
    if not headline:
        return
    lead = lead_paragraph(
        document, [index for index in sentences if index not in headline and index > min(headline)]
    )
    in_lead = [
        f
        for index in sentences
        if lead <= document.sentences[index].paragraph < lead + LEAD_PARAGRAPHS
        and index not in headline
        for f in by_sentence.get(index, [])
        if f.claim.attribution is not None
    ]
    for index in sorted(headline):
        for position, figure in enumerate(by_sentence.get(index, [])):
            claim = figure.claim
            if not _in_headline(figure) or not (
                claim.attribution is None or _a_country(claim.attribution)
            ):
                continue  # ("China says trade up 20%": the body the lead names, if it does)
            twin = next((t.claim for t in in_lead if _twins(claim, t.claim)), None)
            if twin is not None:
                by_sentence[index][position] = _with_offsets(
                    document, figure.with_claim(attribution=twin.attribution), "article"
                )


def _a_country(name: str) -> bool:
    """Whether a source is only a country or its capital ("China", "Moscow")."""
    return name in entity_words("country", "city")


# How far a headline's rounded figure may stand from the lead's: "Nearly 2 mln" over 1.94 million.
ROUNDING = 0.1


def _twins(headline: Claim, lead: Claim) -> bool:
    """Whether a headline figure is the lead's, in the same unit: the same value, or near it
    where the headline rounds it ("Nearly 2 mln tourists" over "1.94 million people")."""
    if headline.unit != lead.unit or headline.change != lead.change:
        return False
    if headline.value == lead.value:
        return True
    return (
        headline.bound != "="
        and lead.value != 0
        and abs(headline.value - lead.value) <= ROUNDING * abs(lead.value)
    )


def inherit_sources(document: Page, figures: list[Figure]) -> list[Figure]:
    """``figures`` (in text order) with the sources their articles give them."""
    return read_articles(
        document, figures, _read_article, _from_the_next_sentence, _from_lead_twins
    )
