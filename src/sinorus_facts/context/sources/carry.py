"""The source a figure inherits from its article.

A report names its source once ("according to China's customs", "the exchange
recorded", "..., Russian Railways said") and lists its breakdowns after it. Each article is
read in order with the source of the report in progress:

- a figure whose own sentence or quotation names a source keeps it, and that source
  becomes the report's;
- a figure with no source of its own takes the report's source when the article gave it
  in its lead (the headline, the first paragraph or the one after it: a wire report is
  its source's report from the first lines on), when the sentence before it in the same paragraph credited
  a figure of its time to it ("..., customs data showed. Exports grew 18% to $80 billion."; an undated
  figure after a dated one, or a dated one after an undated one, is the writer's), or when it is of
  the report's topic in a later paragraph;
- a figure of another time than the report's, of another kind of statement (a forecast
  after a report of facts), or that describes a thing ("the 3,000-km pipeline") is the
  writer's own;
- a sentence without figures that gives a source ("According to the port authority, the
  terminal has grown ...", or in the lead "The consortium revealed new details ...") opens a report
  for the figures after it (for the whole article when it is the lead's; a lead that discloses a
  thing's details holds for its descriptions and plans too: "the hull is 2 metres wider");
- the report ends, and the writer's own voice takes over, at a sentence without figures
  that credits someone else ("..., said the trade representative") or says nothing of a
  source (for a source given after the lead), and at a new article;
- figures no source holds take the source of the very next sentence when it credits
  figures of the same kind at its end ("Trade grew 43%. Exports rose 72%, customs figures
  showed.");
- a headline figure takes the source its lead gives the same figure ("Gas imports reach 3 bcm"
  over "..., 3 billion cubic metres, the operator said");
- the offsets of the source's words are kept (``attribution_start``/``attribution_end``):
  the nearest place before the figure, else after it, where the article names it.

>>> locate("Customs said trade rose. Exports grew 5%.", "Customs", 0, 41, 30)
(0, 7)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sinorus_facts.claims.attribution import clean_source
from sinorus_facts.context.figures import (
    Figure,
    lead_paragraph,
    read_articles,
    timeless,
)
from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.lexicons.cues import cue_words
from sinorus_facts.models import Period
from sinorus_facts.periods.page import Page

__all__ = ["headline_source", "inherit_sources", "locate"]

# A headline that names its source after a dash at its end, as wire headlines do:
# "Electricity exports down 35% since January - Inter RAO".
HEADLINE_SOURCE = re.compile(
    r"\s[-–—]\s*(?P<source>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})\s*$"
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
        found = [(m.start(), m.end()) for m in re.finditer(re.escape(words), text[start:end])]
        if not found:
            continue
        spans = [(start + a, start + b) for a, b in found]
        before = [s for s in spans if s[0] <= position]
        return before[-1] if before else spans[0]
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
    for found in re.finditer(rf"\b{re.escape(head)}\b", text[start:end]):
        after = NAME_AFTER_DESCRIPTION.match(text, start + found.end(), end)
        if after is not None:
            return after.group("quoted") or after.group("bracketed")
    return None


def headline_source(title: str | None) -> str | None:
    """The source a headline names after a dash at its end.

    >>> headline_source("Coal exports to China up 12% - Ministry"), headline_source("Trade up 12%")
    ('Ministry', None)
    """
    found = HEADLINE_SOURCE.search(title or "")
    return found.group("source") if found else None


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


def stated_source(text: str, *, speakers: bool = True) -> str | None:
    """The source a sentence without figures gives for what follows: "according to X", or
    (with ``speakers``: in an article's lead, where the report is introduced) a name that
    opens the sentence and speaks ("The Ministry of Energy said ...").

    >>> stated_source("According to the Harbin port authority, the terminal has grown fast.")
    'Harbin port authority'
    >>> stated_source("Rosstat (RS), the statistics service, revealed new details on Monday.")
    'Rosstat'
    """
    found = _according_to().search(text)
    if found is None and speakers:
        found = _subject_speaks().search(text)
    if found is None:
        return None
    source = clean_source(found.group("source"))
    return source if source[:1].isupper() and not _not_a_source(source) else None


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
    return bool(_crediting().search(document.text, sentence.start, sentence.end))


def _with_offsets(document: Page, figure: Figure, origin: str) -> Figure:
    claim = figure.claim
    if claim.attribution is None:
        return figure
    article = document.articles[figure.article] if figure.article is not None else None
    start, end = (article.start, article.end) if article else (0, len(document.text))
    span = locate(document.text, claim.attribution, start, end, claim.evidence.quantity_start)
    return figure.with_claim(
        attribution_origin=origin,
        attribution_start=span[0] if span else None,
        attribution_end=span[1] if span else None,
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

    def add(self, figures: list[Figure]) -> None:
        """Take in what the figures credited to the report are about."""
        for figure in figures:
            self.topics.add(figure.claim.category)
            self.modalities.add(figure.claim.modality)
            if _dated(figure.claim.period):
                self.periods.append(figure.claim.period)  # type: ignore[arg-type]
            else:
                self.undated = True

    def _in_its_time(self, period: Period | None) -> bool:
        if period is None or not self.periods or period.start is None or period.end is None:
            return True
        return any(
            p.start is not None
            and p.end is not None
            and period.start <= p.end
            and p.start <= period.end
            for p in self.periods
        )

    def _of_its_time(self, period: Period | None) -> bool:
        """Strictly of the report's time: undated as an undated figure of it, or dated within
        one of its dated figures' times."""
        if not _dated(period):
            return self.undated
        return bool(self.periods) and self._in_its_time(period)

    def holds(self, document: Page, figure: Figure, paragraph: int) -> bool:
        """Whether a figure with no source of its own is one of this report's: of its kind
        of statement (fact, forecast, target), of its time, not a lasting description of a
        thing ("the 3,000-km pipeline"), and in its lead, its paragraph or its topic."""
        claim = figure.claim
        if self.opening or self.disclosure:
            return True
        if claim.modality not in self.modalities or not self._in_its_time(claim.period):
            return False
        if self.from_lead:
            return True
        if claim.category in self.topics and paragraph != self.paragraph:
            return True  # a later paragraph of its topic: the report's breakdowns
        # after the lead, the next sentences of a source's paragraph are its only where they hold
        # for its time ("..., customs said. Oil imports doubled in the past six years." is the writer's)
        return paragraph == self.paragraph and self._of_its_time(claim.period)


def _dated(period: Period | None) -> bool:
    return period is not None and period.start is not None and period.end is not None


def _with_name(document: Page, figure: Figure) -> Figure:
    """The figure with its source's name where its source is a description the article
    names: "the association" -> "Open Roads"."""
    claim = figure.claim
    assert claim.attribution is not None
    article = document.articles[figure.article] if figure.article is not None else None
    start, end = (article.start, article.end) if article else (0, len(document.text))
    name = named(document.text, claim.attribution, start, end)
    return figure.with_claim(attribution=name) if name else figure


def _in_headline(figure: Figure) -> bool:
    article = figure.claim.article
    return (
        article is not None
        and article.title_start is not None
        and article.title_end is not None
        and article.title_start <= figure.claim.evidence.quantity_start < article.title_end
    )


def _read_article(
    document: Page, sentences: list[int], by_sentence: dict[int, list[Figure]]
) -> None:
    report: Report | None = None
    lead = lead_paragraph(document, sentences)
    for index in sentences:
        paragraph = document.sentences[index].paragraph
        figures = by_sentence.get(index)
        if not figures:
            text = document.text[document.sentences[index].start : document.sentences[index].end]
            in_lead = paragraph <= lead + LEAD_PARAGRAPHS - 1
            source = stated_source(text, speakers=in_lead)
            if source is not None:
                report = Report(
                    source,
                    paragraph,
                    in_lead,
                    opening=True,
                    disclosure=in_lead and _discloses(document, index),
                )
            elif report is not None and (
                _credits_someone(document, index) or (report.opening and not report.from_lead)
            ):
                report = None
            continue
        for position, figure in enumerate(figures):
            if figure.claim.attribution is not None and _not_a_source(figure.claim.attribution):
                figure = figures[position] = figure.with_claim(attribution=None)
            if figure.claim.attribution is None and _in_headline(figure):
                named = headline_source(
                    figure.claim.article.title if figure.claim.article else None
                )
                if named is not None:
                    figure = figures[position] = figure.with_claim(attribution=named)
            if figure.claim.attribution is not None:
                figure = figures[position] = _with_name(document, figure)
                figures[position] = _with_offsets(document, figure, "sentence")
            elif (
                report is not None
                and not figure.claim.in_comment
                and (report.disclosure or not timeless(figure))
            ):
                # (a description of a thing, "the 3,000-km pipeline", neither takes nor ends it)
                if report.holds(document, figure, paragraph):
                    figures[position] = _with_offsets(
                        document, figure.with_claim(attribution=report.source), "article"
                    )
                else:
                    report = None  # a figure of something else: the writer's own voice
        if report is not None and report.opening:
            report.opening = False
            report.add([f for f in figures if f.claim.attribution == report.source])
        credited = [f for f in figures if f.claim.attribution_origin == "sentence"]
        if credited:
            source = credited[-1].claim.attribution
            assert source is not None
            if report is None or report.source != source:
                report = Report(source, paragraph, paragraph <= lead + LEAD_PARAGRAPHS - 1)
            report.paragraph = paragraph
            report.add(credited)


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


def _from_the_next_sentence(
    document: Page, sentences: list[int], by_sentence: dict[int, list[Figure]]
) -> None:
    """Figures no source holds take the source of the very next sentence when it credits
    figures of the same kind after them: news often names the source of a report's first
    figures at the end of its second ("Trade grew 43% to $45 billion. Exports rose 72%,
    government figures showed.")."""
    for index in sentences:
        figures, after = by_sentence.get(index), by_sentence.get(index + 1)
        if (
            not figures
            or not after
            or document.sentences[index + 1].article != document.sentences[index].article
        ):
            continue
        # the source named after its figures, as a report's afterword: "..., figures showed"
        credited = [
            f
            for f in after
            if f.claim.attribution_origin == "sentence"
            and f.claim.attribution_start is not None
            and (
                f.claim.attribution_start > f.claim.evidence.quantity_end
                or _set_off(document.text, f.claim.attribution_start, f.claim.attribution_end)
            )
        ]
        if not credited or any(f.claim.attribution is not None for f in figures):
            continue
        source, kinds = credited[-1].claim.attribution, {f.claim.category for f in credited}
        for position, figure in enumerate(figures):
            if (
                figure.claim.category in kinds
                and not timeless(figure)
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
        if document.sentences[index].paragraph == lead and index not in headline
        for f in by_sentence.get(index, [])
    ]
    for index in sorted(headline):
        for position, figure in enumerate(by_sentence.get(index, [])):
            claim = figure.claim
            if claim.attribution is not None or not _in_headline(figure):
                continue
            twin = next(
                (
                    t.claim
                    for t in in_lead
                    if t.claim.attribution_origin == "sentence"
                    and t.claim.value == claim.value
                    and t.claim.unit == claim.unit
                ),
                None,
            )
            if twin is not None:
                by_sentence[index][position] = _with_offsets(
                    document, figure.with_claim(attribution=twin.attribution), "article"
                )


def inherit_sources(document: Page, figures: list[Figure]) -> list[Figure]:
    """``figures`` (in text order) with the sources their articles give them."""
    return read_articles(
        document, figures, _read_article, _from_the_next_sentence, _from_lead_twins
    )
