"""The document stage for Russian and Chinese: where a document's figures become claims.
The rules are those of :mod:`sinorus_facts.context` for English, read without a parse:

- periods: a figure keeps the time its own clause states; an actual figure with a month's,
  a quarter's, a year's or a range's time sets the article's frame (so does a sentence
  without figures that states one), and a figure of the report with no time of its own
  takes the frame; a forecast, a target, a length or a duration takes none; "за тот же
  период"/"同期" take the frame; a figure of the headline takes the period (and source) of
  its twin in the body;
- sources: a figure inside a quotation is its speaker's; else the source its sentence
  names; else the report's source, carried through the article (a person's words through
  their paragraph, and past it when their sentence holds no figure of its own); a report's
  source named after its figures ("Об этом сообщает ...") credits the figures before it;
  a figure of an earlier time than the report's is the writer's background (no source,
  and the carry stops).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sinorus_facts.claims.languages import (
    CONTRAST_OPEN,
    Source,
    cued_category,
    modality_of,
    only_a_flow,
    quoted_spans,
    sources_in,
    trim_source,
)
from sinorus_facts.claims.roles import Roles, modality_from_roles
from sinorus_facts.ingest import morphology
from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.lexicons.cues import cue_words
from sinorus_facts.lexicons.languages import entries_with
from sinorus_facts.periods.expressions import Timex
from sinorus_facts.periods.resolve import month_end
from sinorus_facts.quantities.lexical import lexicon_pattern
from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["Figure", "SentenceText", "read_document"]

# Kinds of time expression that give a figure its period.
DATED_KINDS = ("date", "range", "relative", "deadline", "since", "current")
# Kinds that set a report's frame.
FRAME_KINDS = ("date", "range", "relative")
# Granularities too fine to be a report's frame.
EVENT_GRANULARITIES = ("day",)
# Units that describe a thing or a span, not a report's figure: no period, their own
# clause's time included ("a 25-year contract signed in March 2016", "the line, 842 km,
# completed on 16 October").
TIMELESS_UNITS = ("km", "year", "month", "day")

# Categories whose counts hold for the days of the article's dated event.
EVENT_CATEGORIES = ("military", "event")

# What ends a clause for a time after a figure: a time past it holds for another figure.
CLAUSE_BREAK = re.compile(r"[,，;；。]")


@dataclass(frozen=True)
class SentenceText:
    """A sentence of the document: its span, paragraph and whether it is the headline."""

    start: int
    end: int
    paragraph: int
    title: bool = False


@dataclass(frozen=True)
class Figure:
    """A figure with what the document gives it (offsets into the document)."""

    quantity: QuantityMention
    sentence: int
    period: Timex | None
    period_origin: str | None
    modality: str
    category: str
    source: str | None
    source_span: tuple[int, int] | None
    source_origin: str | None


# The rank of a speaker found by the parse: after every pattern of the lexicon.
PARSED_RANK = 1000

# The most characters between a basis ("去年同期") and the figure it is the value of.
BASIS_GAP = 4

# The end of the sentence that names a quotation's speaker after it.
SENTENCE_STOP = re.compile(r"[.。!?！？]\s")


def _own_period(
    timexes: list[Timex], q: QuantityMention, sentence_text: str, offset: int
) -> Timex | None:
    """The time expression of a figure's own clause: the nearest dated one before it in
    its sentence, else the nearest after it; a comparison's basis is none."""
    inside = (
        q.start - offset,
        q.end - offset,
    )  # a time inside a figure ("从1月的1%增至3%") is the from's
    dated = [
        t
        for t in timexes
        if t.kind in DATED_KINDS
        and t.begin is not None
        and (t.end <= inside[0] or t.start >= inside[1])
    ]
    if not dated:
        return None
    before = [t for t in dated if t.end <= q.start - offset]
    if before:
        return before[-1]
    if any(t.end <= inside[0] and t.kind in DATED_KINDS for t in timexes):
        return None  # a time of its own that the reference cannot resolve
    after = [
        t
        for t in dated
        if t.start >= inside[1] and not CLAUSE_BREAK.search(sentence_text[inside[1] : t.start])
    ]
    return after[0] if after else None


def signing(language: str, sentence_text: str, timex: Timex) -> bool:
    """Whether ``timex`` dates a signing in its clause ("signed in May 2014"): a signing
    verb of the language's ``periods`` lexicon within a few words of it."""
    window = sentence_text[max(0, timex.start - 25) : timex.end + 25]
    return bool(lexicon_pattern(language, "periods", "signing").search(window))


def _respectively(language: str, sentence_text: str, figures: list[Figure]) -> list[Figure]:
    """Figures said "respectively" of a run of days take one day each, in order ("29-31
    декабря ... на 66%, 73% и 80% соответственно": the 29th, the 30th, the 31st)."""
    if not lexicon_pattern(language, "cues", "respectively").search(sentence_text):
        return figures
    shared = [
        f
        for f in figures
        if f.period is not None
        and f.period_origin == "sentence"
        and f.period.granularity == "day"
        and f.period.begin != f.period.end_date
    ]
    if not shared or any(f.period != shared[0].period for f in shared):
        return figures
    days = shared[0].period
    if days is None or days.begin is None or days.end_date is None:
        return figures
    if (days.end_date - days.begin).days + 1 != len(shared):
        return figures
    out = []
    for figure in figures:
        if figure in shared:
            day = days.begin + timedelta(days=shared.index(figure))
            figure = replace(figure, period=replace(days, begin=day, end_date=day))
        out.append(figure)
    return out


# A year written in digits: a time that names it is not moved.
WRITTEN_YEAR = re.compile(r"(?:19|20)\d\d")


def _last_year_basis(language: str, timexes: list[Timex], position: int, text: str) -> bool:
    """Whether a figure is the value of last year's basis that stands right before it, with
    only a copula between ("去年同期为32.4万辆": the same months a year earlier); a language
    without such copulas in its lexicon has none."""
    if not entries_with(language, "periods", "basis_copula"):
        return False
    for t in timexes:
        if t.kind != "basis" or t.end > position or position - t.end > BASIS_GAP:
            continue
        gap = text[t.end : position].strip()
        price = lexicon_pattern(language, "units", "price_per").search(gap)
        if price is not None and price.end() == len(gap):  # "去年同期的每桶83.2美元"
            gap = gap[: price.start()].strip()
        if (
            not gap or lexicon_pattern(language, "periods", "basis_copula").fullmatch(gap)
        ) and lexicon_pattern(language, "periods", "last_year").search(t.text):
            return True
    return False


# What stands before "годом ранее" when it is a change's basis, not a figure's time
# ("больше, чем годом ранее", "по сравнению с годом ранее").
BASIS_BEFORE = re.compile(r"(?<!\w)(?:чем|с|со|против|относительно)\s*\Z", re.IGNORECASE)


def _beside_year_earlier(timexes: list[Timex], start: int, end: int, text: str) -> bool:
    """Whether the figure at ``start``-``end`` of its sentence holds a year before the time it
    would have: "годом ранее" right after it ("против 88 млн тонн годом ранее"), or before it
    in its clause with no other time between ("Годом ранее было поставлено 84 млн т"); a
    change measured against that time keeps its own ("на 5% больше, чем годом ранее")."""
    for t in timexes:
        if t.kind != "year_earlier":
            continue
        if t.start >= end and not text[end : t.start].strip():
            return True
        if (
            t.end <= start
            and not BASIS_BEFORE.search(text, 0, t.start)
            and not CLAUSE_BREAK.search(text, t.end, start)
            and not any(o.begin is not None and t.end <= o.start < start for o in timexes)
        ):
            return True
    return False


def _year_earlier(timex: Timex) -> Timex:
    """The same span of time one year earlier."""
    if timex.begin is None or timex.end_date is None:
        return timex
    end = timex.end_date
    last = month_end(end.year - 1, end.month).day
    return replace(
        timex,
        begin=timex.begin.replace(year=timex.begin.year - 1),
        end_date=end.replace(year=end.year - 1, day=min(end.day, last)),
    )


def _ahead(timex: Timex, reference: date | None) -> Timex:
    """A time without its year said of a plan or a forecast is the next one, not the last
    ("учения пройдут с 4 по 8 октября" said in September: this October)."""
    if (
        reference is None
        or timex.begin is None
        or timex.end_date is None
        or WRITTEN_YEAR.search(timex.text)
    ):
        return timex
    if timex.end_date >= reference or timex.kind not in ("date", "range"):
        return timex
    try:
        return replace(
            timex,
            begin=timex.begin.replace(year=timex.begin.year + 1),
            end_date=timex.end_date.replace(year=timex.end_date.year + 1),
        )
    except ValueError:
        return timex


def _past_day(timex: Timex, reference: date | None) -> bool:
    """A day before the article's date: what happened that day (a signing, an opening)."""
    return bool(
        timex.granularity == "day" and reference and timex.end_date and timex.end_date < reference
    )


def _earlier(period: Timex, frame: Timex | None) -> bool:
    """Whether ``period`` ends before ``frame`` starts (the writer's background)."""
    return bool(frame and frame.begin and period.end_date and period.end_date < frame.begin)


def _opens_on_another_topic(language: str, text: str) -> bool:
    """Whether a sentence opens on another topic ("Между тем", "Отдельно": the language's
    ``another_topic`` cues)."""
    if language != "ru":
        return False
    return lexicon_pattern(language, "cues", "another_topic").match(text.lstrip()) is not None


# A name that is a body's, not a person's: in quotation marks ("«Газпром»"), with a word in
# lower case ("Главное таможенное управление КНР") or an acronym ("ФТС", "РЖД").
BODY_NAME = re.compile(r"[«\"„]|(?:^|\s)[а-яё]|^[А-ЯЁ]{2,}\b")
# Two capitalised words that end a name: a person's ("... Ван Шоувэнь", "... Алексей Миллер").
PERSON_AT_END = re.compile(r"(?:^|\s)[А-ЯЁ][а-яё-]+\s+[А-ЯЁ][а-яё-]+$")


def _a_body(language: str, name: str) -> bool:
    """Whether a Russian source is a body rather than a person (whose words hold for their
    paragraph only): not a title before a name ("заместитель министра Ван Шоувэнь")."""
    return (
        language == "ru"
        and BODY_NAME.search(name) is not None
        and not lexicon_pattern(language, "sources", "title").search(name)
        and not PERSON_AT_END.search(name)
    )


def _same_value(a: QuantityMention, b: QuantityMention) -> bool:
    return a.unit == b.unit and a.value == b.value and a.change == b.change


# What ends the clause of a count: a mark of either language's punctuation ("，", ",", ";").
COUNT_CLAUSE_END = re.compile(r"[。；;！？!?，,:]")

# How far after a count the noun it counts may stand, in characters: "两份能源领域重要合作
# 文件" (a Chinese noun phrase puts its modifiers first), "15 соглашений".
COUNTED_NOUN_REACH = 14


def _counts_commitments(language: str, text: str, start: int, end: int, unit: str | None) -> bool:
    """Whether a count (``text[start:end]`` of its sentence ``text``) counts agreements or
    documents signed ("签署了两份...合作文件", "подписали 15 соглашений"): politics, whatever
    they are about. The noun is the count's own or stands within a few characters after it,
    in its clause."""
    if unit != "count":
        return False
    ahead = COUNT_CLAUSE_END.split(text[start : end + COUNTED_NOUN_REACH], maxsplit=1)[0]
    return bool(lexicon_pattern(language, "categories", "commitment_count").search(ahead))


@lexicon_cache
def _thing_pronouns(language: str) -> frozenset[str]:
    """Pronouns that, as a figure's subject, stand for the thing the sentence before measured
    ("В прошлом году он составил $245 млрд": the trade of the figure before): the language's
    ``thing_pronoun`` category words."""
    return frozenset(
        w.lower() for e in entries_with(language, "categories", "thing_pronoun") for w in e.words
    )


class _DocumentReader:
    def __init__(
        self,
        language: str,
        text: str,
        sentences: list[SentenceText],
        reference: date | None,
        title: str | None,
        roles: dict[tuple[int, int], Roles] | None = None,
    ) -> None:
        self.language = language
        self.roles = roles or {}
        self.text = text
        self.sentences = sentences
        self.reference = reference
        self.title = title
        self.quotes = quoted_spans(language, text)

    def _in_quote(self, q: QuantityMention) -> tuple[int, int] | None:
        for start, end in self.quotes:
            if start <= q.start and q.end <= end:
                return start, end
        return None

    def _event_days(
        self, found: list[tuple[int, list[QuantityMention], list[Timex]]]
    ) -> Timex | None:
        """The days of the article's dated event: the first time of day granularity in a
        sentence that names an event ("учения пройдут с 4 по 8 октября", "军演11日结束")."""
        events = lexicon_pattern(self.language, "periods", "event")
        for index, _quantities, timexes in found:
            sentence = self.sentences[index]
            text = self.text[sentence.start : sentence.end]
            if not events.search(text):
                continue
            for t in timexes:
                if t.kind == "date" and t.granularity == "day" and t.begin is not None:
                    return t
        return None

    def read(self, found: list[tuple[int, list[QuantityMention], list[Timex]]]) -> list[Figure]:
        figures: list[Figure] = []
        event = self._event_days(found)
        frame: Timex | None = None
        report: tuple[Source, int] | None = (
            None  # the carried source and the offset of its sentence
        )
        speaker: tuple[Source, int, bool] | None = None  # source, paragraph, may pass the paragraph
        named: Source | None = None  # the last person or body named, for a pronoun
        credited: set[str] = set()  # the sources that gave figures so far
        names: list[str] = []  # every source named so far, at its fullest
        for index, quantities, timexes in found:
            sentence = self.sentences[index]
            text = self.text[sentence.start : sentence.end]
            sources = []
            for s in sources_in(self.language, text):
                s = replace(s, start=s.start + sentence.start, end=s.end + sentence.start)
                if s.kind in ("pronoun", "anaphor"):  # "он отметил", "в компании уточнили"
                    if named is None and s.kind == "anaphor":
                        named = self._subject_body(quantities, sentence)
                    if named is None:
                        continue
                    s = replace(
                        named, kind="speaker" if s.kind == "pronoun" else "report", rank=s.rank
                    )
                else:
                    s = self._person_saying(s, quantities, sentence)
                    full = next(
                        (n for n in reversed(names) if n != s.name and n.endswith(s.name)), None
                    )
                    if full is not None:  # "Дмитриев" after "Кирилл Дмитриев"
                        s = replace(s, name=full)
                    names.append(s.name)
                    named = s
                sources.append(s)
            sources.extend(self._people_saying(sources, quantities, sentence))
            if _opens_on_another_topic(self.language, text):
                # "Между тем доля России ... не превышает 10%": another topic, the report's
                # source and period end
                report, speaker, frame = None, None, None
            same = [t for t in timexes if t.kind == "same_period"]
            new_figures: list[Figure] = []
            earlier_values: set[int] = set()  # the figures of a year before: no frame
            for q in quantities:
                position = q.start - sentence.start
                own = _own_period(timexes, q, text, sentence.start)
                modality = modality_of(self.language, text, position)
                modality = modality_from_roles(
                    self.language,
                    text,
                    modality,
                    _own_roles(self.language, text, position, self.roles.get((q.start, q.end))),
                    forecast=modality == "forecast",
                )
                if own is not None and modality != "actual":
                    own = _ahead(own, self.reference)
                unit = q.unit or ""
                period, origin = (own, "sentence") if own else (None, None)
                rate = (
                    "/" in unit or q.per is not None
                )  # "$200 млрд в год": a rate holds for no report
                if (
                    own is None
                    and (same or modality == "actual")
                    and frame is not None
                    and not rate
                ):
                    period, origin = frame, "article"
                if (
                    own is not None
                    and modality == "target"
                    and (signing(self.language, text, own) or _past_day(own, self.reference))
                ):
                    period, origin = None, None  # a signing's or an opening's day dates no terms
                category = (
                    "politics"
                    if _counts_commitments(
                        self.language, text, q.start - sentence.start, q.end - sentence.start, unit
                    )
                    else cued_category(self.language, text, position, title=self.title)
                    or self._category_before(q, index, [*figures, *new_figures])
                )
                if category == "trade" and only_a_flow(self.language, text):
                    category = self._goods_before(q, index, [*figures, *new_figures]) or category
                if own is None and event is not None and category in EVENT_CATEGORIES:
                    period, origin = (
                        event,
                        "article",
                    )  # the counts of a dated exercise hold for its days
                if period is not None and modality != "actual":
                    period = _ahead(period, self.reference)
                if unit in TIMELESS_UNITS:
                    period, origin = None, None
                if period is not None and (
                    (  # a change is measured against the basis, never its value ("比上年增长1倍")
                        q.change is None
                        and _last_year_basis(self.language, timexes, q.start - sentence.start, text)
                    )
                    or _beside_year_earlier(
                        timexes, q.start - sentence.start, q.end - sentence.start, text
                    )
                ):
                    period = _year_earlier(period)
                    earlier_values.add(len(new_figures))
                source, span, s_origin = self._source(
                    q, sources, report, speaker, sentence, own, frame
                )
                new_figures.append(
                    Figure(q, index, period, origin, modality, category, source, span, s_origin)
                )
            new_figures = _respectively(self.language, text, new_figures)
            if any(
                f.source is None and f.period is not None and _earlier(f.period, frame)
                for f in new_figures
            ):
                report = None  # the writer's background of an earlier time ends the report
            # the frame: an actual figure's month, quarter, year or range; a sentence's time
            for position, figure in enumerate(new_figures):
                p = figure.period
                if (
                    position not in earlier_values
                    and figure.period_origin == "sentence"
                    and figure.modality == "actual"
                    and p is not None
                    and p.kind in FRAME_KINDS
                    and p.granularity not in EVENT_GRANULARITIES
                ):
                    frame = p
            if not quantities:
                for t in timexes:
                    if (
                        t.kind in FRAME_KINDS
                        and t.begin is not None
                        and t.granularity not in EVENT_GRANULARITIES
                        and not sentence.title
                        and not signing(self.language, text, t)
                    ):
                        frame = t
                        break
            # the sources: the report's, and a speaker's
            for s in sources:
                if s.kind == "report" or (
                    s.kind == "speaker" and any(k.kind == "report" for k in sources)
                ):
                    report = (replace(s, kind="report"), sentence.start)
                    speaker = None
                    if s.backward:
                        self._credit_before(figures, s)
                elif (
                    s.kind in ("speaker", "quote")
                    and quantities
                    and all(q.end <= s.start for q in quantities)
                    and self._in_quote(quantities[0]) is None
                    and _a_body(self.language, s.name)
                ):
                    # a body named after its figures ("..., сообщило Главное таможенное
                    # управление КНР.", "..., сообщил «Газпром».") gives a report: the
                    # breakdowns after it are its too, as they are of "по данным ФТС"
                    report = (replace(s, kind="report"), sentence.start)
                    speaker = None
                    self._credit_before(figures, s, paragraph=sentence.paragraph)
                elif s.kind in ("speaker", "quote"):
                    # a person who gave figures before keeps the floor past the paragraph
                    # that introduces them without figures of its own
                    speaker = (s, sentence.paragraph, not quantities and s.name in credited)
                    if quantities and all(q.end <= s.start for q in quantities):
                        # named after its figures ("..., сообщили в правительстве области."):
                        # the sentences just before in its paragraph are its report's too
                        self._credit_before(figures, s, paragraph=sentence.paragraph)
            figures.extend(new_figures)
            credited.update(f.source for f in new_figures if f.source)
        return self._twins(figures)

    def _category_before(self, q: QuantityMention, index: int, before: list[Figure]) -> str:
        """The category of a figure whose sentence names no topic: that of the last figure of
        the article in the same unit ("Поставки угля сократились до 76 млн т. Годом ранее было
        поставлено 84 млн т": energy); a change, a percent or a figure whose subject is a
        pronoun, that of the figure before it in its paragraph ("Это на 12,6% больше, чем
        годом ранее", "В прошлом году он составил $245 млрд"); else 'other'."""
        if q.unit is not None:
            same = next((f for f in reversed(before) if f.quantity.unit == q.unit), None)
            if same is not None:
                return same.category
        roles = self.roles.get((q.start, q.end))
        pronoun = (
            roles is not None
            and roles.subject is not None
            and roles.subject.text.lower() in _thing_pronouns(self.language)
        )
        if before and (q.change is not None or q.unit == "%" or pronoun):
            last = before[-1]
            if self.sentences[last.sentence].paragraph == self.sentences[index].paragraph:
                return last.category
        return "other"

    def _goods_before(self, q: QuantityMention, index: int, before: list[Figure]) -> str | None:
        """The category of the last figure of the paragraph in the same unit, for a figure
        whose sentence names a flow but no goods ("По итогам года поставки угля составили 95,3
        млн тонн. В 2025 году экспорт сохранится на уровне 90–95 млн тонн": energy)."""
        paragraph = self.sentences[index].paragraph
        for figure in reversed(before):
            if self.sentences[figure.sentence].paragraph != paragraph:
                return None
            if q.unit is not None and figure.quantity.unit == q.unit:
                return figure.category
        return None

    def _subject_body(
        self, quantities: list[QuantityMention], sentence: SentenceText
    ) -> Source | None:
        """The body that is the subject of the sentence's figures, for a report's anaphor
        that no source named before it stands for ("«Газпром» поставил ... 38,8 млрд
        кубометров, говорится в отчете компании": Газпром; "Минфин России разместит ...,
        говорится в сообщении ведомства": Минфин России): a name in quotes or a word the
        dictionary knows as an organisation."""
        for q in quantities:
            roles = self.roles.get((q.start, q.end))
            subject = roles.subject if roles is not None else None
            if subject is None:
                continue
            words = subject.text.strip('«»" ').split()
            if words and (subject.text.startswith("«") or morphology.names_a_body(words[0])):
                name = trim_source(self.language, subject.text)
                start = sentence.start + subject.start
                return Source(name, start, start + len(subject.text), "report", rank=PARSED_RANK)
        return None

    def _person_saying(
        self, source: Source, quantities: list[QuantityMention], sentence: SentenceText
    ) -> Source:
        """The person a source's words name, where the source stands in the subject of the
        verb of saying that governs a figure of the sentence and that subject names a
        person ("Глава компании Иван Петров сообщил, что ...": Иван Петров, not the
        company of his title nor the title with the name)."""
        for q in quantities:
            roles = self.roles.get((q.start, q.end))
            said = roles.speaker if roles is not None else None
            if said is None or said.name is None or said.name == source.name:
                continue
            start, end = sentence.start + said.start, sentence.start + said.end
            if source.start < end and start < source.end:
                at = start + said.text.find(said.name)
                return replace(source, name=said.name, start=at, end=at + len(said.name))
        return source

    def _people_saying(
        self, sources: list[Source], quantities: list[QuantityMention], sentence: SentenceText
    ) -> list[Source]:
        """The people the sentence names as the subject of a verb of saying that governs
        its figures, where no source the patterns found stands in that subject ("Глава
        компании Иван Петров в интервью сообщил, что ..."): speakers."""
        out: list[Source] = []
        for q in quantities:
            roles = self.roles.get((q.start, q.end))
            said = roles.speaker if roles is not None else None
            if said is None or said.name is None or roles is None or roles.quoted:
                continue
            start = sentence.start + said.start + said.text.find(said.name)
            end = start + len(said.name)
            if any(s.start < end and start < s.end for s in [*sources, *out]):
                continue
            out.append(Source(said.name, start, end, "speaker", rank=PARSED_RANK))
        return out

    def _source(
        self,
        q: QuantityMention,
        sources: list[Source],
        report: tuple[Source, int] | None,
        speaker: tuple[Source, int, bool] | None,
        sentence: SentenceText,
        own: Timex | None,
        frame: Timex | None,
    ) -> tuple[str | None, tuple[int, int] | None, str | None]:
        quote = self._in_quote(q)
        if quote is not None:
            outside = [
                s for s in sources if not (quote[0] <= s.start < quote[1])
            ] or self._speaker_of(quote)
            if outside:
                s = min(outside, key=lambda s: (s.rank, abs(s.start - q.start)))
                return s.name, (s.start, s.end), "sentence"
        if sources:
            s = min(sources, key=lambda s: (s.rank, s.start > q.start, abs(s.start - q.start)))
            return s.name, (s.start, s.end), "sentence"
        if own is not None and _earlier(own, frame):
            return None, None, None
        if (q.unit or "") in cue_words("context", "length_unit"):
            return None, None, None  # "Протяжённость газопровода — около 3000 км": a description
        if speaker is not None and (speaker[1] == sentence.paragraph or speaker[2]):
            s = speaker[0]
            return s.name, (s.start, s.end), "article"
        if report is not None:
            s = report[0]
            return s.name, (s.start, s.end), "article"
        return None, None, None

    def _speaker_of(self, quote: tuple[int, int]) -> list[Source]:
        """The speaker named right after a quotation ("«...», — отметил X") or right before
        it ("X表示：“...”"), for a figure of a quotation that runs over several sentences."""
        after = self.text[quote[1] - 1 : quote[1] + 160]
        cut = SENTENCE_STOP.search(after)
        found = [
            replace(s, start=s.start + quote[1] - 1, end=s.end + quote[1] - 1)
            for s in sources_in(self.language, after[: cut.start() if cut else None])
        ]
        if found:
            return found
        start = max(0, quote[0] - 80)
        before = self.text[start : quote[0] + 1]
        return [
            replace(s, start=s.start + start, end=s.end + start)
            for s in sources_in(self.language, before)
        ]

    def _credit_before(
        self, figures: list[Figure], source: Source, paragraph: int | None = None
    ) -> None:
        """A report's source named after its figures credits the figures before it that
        have none, back to the last figure that has one (within ``paragraph`` where given,
        outside quotations)."""
        for i in range(len(figures) - 1, -1, -1):
            figure = figures[i]
            if figure.source is not None:
                break
            if paragraph is not None and (
                self.sentences[figure.sentence].paragraph != paragraph
                or self._in_quote(figure.quantity) is not None
            ):
                break
            figures[i] = replace(
                figure,
                source=source.name,
                source_span=(source.start, source.end),
                source_origin="article",
            )

    def _twins(self, figures: list[Figure]) -> list[Figure]:
        """A figure of the headline or the lead takes the period and source of its twin in
        the body (the same value, unit and change)."""
        out = []
        for figure in figures:
            if figure.period is None or figure.source is None:
                twin = next(
                    (
                        f
                        for f in figures
                        if f is not figure
                        and f.sentence > figure.sentence
                        and _same_value(f.quantity, figure.quantity)
                        and f.period is not None
                    ),
                    None,
                )
                lead = self.sentences[figure.sentence]
                if twin is not None and (
                    lead.title
                    or lead.paragraph == 0
                    or (lead.paragraph == 1 and self.sentences[0].title)
                ):
                    figure = replace(
                        figure,
                        period=figure.period or twin.period,
                        period_origin=figure.period_origin or "article",
                        source=figure.source or twin.source,
                        source_span=figure.source_span or twin.source_span,
                        source_origin=figure.source_origin or twin.source_origin,
                    )
            out.append(figure)
        return out


def read_document(
    language: str,
    text: str,
    sentences: list[SentenceText],
    found: list[tuple[int, list[QuantityMention], list[Timex]]],
    *,
    reference: date | None,
    title: str | None,
    roles: dict[tuple[int, int], Roles] | None = None,
) -> list[Figure]:
    """The figures of a document with their periods, modality, category and sources.

    ``found`` holds, for each sentence in order, its quantities (document offsets) and its
    time expressions (sentence offsets); ``roles`` each figure's roles in its sentence
    (keyed by the figure's document span; offsets into its sentence), where read.
    """
    return _DocumentReader(language, text, sentences, reference, title, roles).read(found)


def _own_roles(language: str, text: str, position: int, roles: Roles | None) -> Roles | None:
    """The roles of a figure, unless their verb stands before a clause of contrast that
    opens before the figure ("... достигнет 200 млрд долларов к 2024 году, однако уже в
    2023 году он составил 240 млрд": "достигнет" is the expectation's verb, not the fact's;
    a parser may hang the figure on it)."""
    if roles is None or roles.verb is None or roles.verb.end > position:
        return roles
    contrast = CONTRAST_OPEN.get(language)
    if contrast is not None and contrast.search(text, roles.verb.end, position):
        return None
    return roles
