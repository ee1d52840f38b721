"""The pipeline of Russian and Chinese documents: the same :class:`Claim` records as for
English, from the language's readers (no spaCy model: Russian takes its morphology from
pymorphy3, the ``[ru]`` extra; Chinese is read from characters and cues).

A document is split into paragraphs and sentences, dated (the given date, else its
dateline or byline), its figures found sentence by sentence
(:mod:`~sinorus_facts.quantities.ru`, :mod:`~sinorus_facts.quantities.zh`), its time
expressions read (:mod:`~sinorus_facts.periods.ru`, :mod:`~sinorus_facts.periods.zh`),
and the document stage (:mod:`sinorus_facts.context.languages`) gives each its period,
modality, category and source.

>>> claims = extract_language("Экспорт угля в Китай вырос на 8,5% в январе 2024 года.", "ru",
...                           doc_id="d", published="2024-02-20")
>>> [(c.value, c.unit, c.change, c.period.start.isoformat()) for c in claims]
[(8.5, '%', 'increase', '2024-01-01')]
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from datetime import date
from functools import cache

import spacy
from spacy.language import Language

from sinorus_facts.claims.languages import modality_cue, modality_of, quoted_spans
from sinorus_facts.claims.roles import Roles, roles_from_parse, roles_zh
from sinorus_facts.common.ids import claim_id
from sinorus_facts.context.confidence import Signals, confidence_of
from sinorus_facts.context.evidence import claim_with_evidence
from sinorus_facts.context.languages import Figure, SentenceText, read_document
from sinorus_facts.ingest import morphology, russian_syntax
from sinorus_facts.ingest.foreign_datelines import dateline_date, furniture_spans
from sinorus_facts.models import Article, Claim, Evidence, Period
from sinorus_facts.periods import ru as periods_ru
from sinorus_facts.periods import zh as periods_zh
from sinorus_facts.periods.expressions import Timex
from sinorus_facts.pipeline import factories as _factories  # registers sinorus_ru_syntax
from sinorus_facts.quantities import ru as quantities_ru
from sinorus_facts.quantities import zh as quantities_zh
from sinorus_facts.quantities.lexical import elliptical_units
from sinorus_facts.quantities.mention import QuantityMention

__all__ = [
    "LANGUAGE_OF_SCRIPT",
    "extract_language",
    "install_hint",
    "language_available",
    "reading_language",
    "split_sentences",
]

# The language read for each script that :func:`~sinorus_facts.ingest.language.guess_language` reports.
LANGUAGE_OF_SCRIPT = {"cyrillic": "ru", "cjk": "zh"}

# The readers of each language: quantities of a sentence, periods of a sentence.
READERS: dict[
    str, tuple[Callable[[str], list[QuantityMention]], Callable[[str, date | None], list[Timex]]]
] = {
    "ru": (quantities_ru.find_quantities, periods_ru.find_periods),
    "zh": (quantities_zh.find_quantities, periods_zh.find_periods),
}

# Where a sentence ends: a full stop, a question or exclamation mark (and Chinese 。！？),
# before a blank and a capital, a quotation mark or a digit ("... млрд. Экспорт ..."), and
# never after a Russian abbreviation of a scale or a unit ("тыс.", "руб.").
SENTENCE_END = {
    "ru": re.compile(
        r"(?<!\bтыс)(?<!\bмлн)(?<!\bмлрд)(?<!\bтрлн)(?<!\bруб)(?<!\bг)(?<!\bгг)(?<!\bдолл)"
        r"[.!?…]+[»\"]?(?=\s+[«\"\(А-ЯЁA-Z0-9—–-])"
    ),
    "zh": re.compile(r"[。！？!?]+[”」』]?"),
}

# A headline: the first line of a page, short and without a final full stop.
MAX_TITLE = 160


# Han characters (the unified ideographs and their first extension): what Chinese writes in.
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")

# Kana and Hangul: Japanese and Korean, which guess_language counts with Chinese as "cjk".
KANA_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")

# The share of Han among the East Asian letters of a text read as Chinese.
MIN_HAN_SHARE = 0.9


# A stop at the end of a first line: a sentence, not a headline.
FINAL_STOP = re.compile(r"[.。!！?？:：]$")


def reading_language(script: str, text: str) -> str | None:
    """The language read for a text of ``script`` (as :func:`guess_language` names it), or
    None where the library reads none: Cyrillic is read as Russian, Han as Chinese (not a
    Japanese or Korean text, whose kana or Hangul show).

    >>> reading_language("cjk", "中俄贸易额增长5%。"), reading_language("cjk", "한국과 러시아의 무역이 증가했다")
    ('zh', None)
    """
    language = LANGUAGE_OF_SCRIPT.get(script)
    if language == "zh":
        sample = text[:10_000]
        han, other = len(HAN.findall(sample)), len(KANA_HANGUL.findall(sample))
        if han == 0 or han < MIN_HAN_SHARE * (han + other):
            return None
    return language


def language_available(language: str) -> bool:
    """Whether what ``language`` needs is installed (Russian: pymorphy3, the ``[ru]`` extra).

    >>> language_available("zh")
    True
    """
    if language == "ru":
        return morphology.available()
    return language in READERS


def install_hint(language: str) -> str:
    """The command that installs what ``language`` needs.

    >>> install_hint("ru")
    'pip install "sinorus-facts[ru]"'
    """
    return morphology.INSTALL_RU if language == "ru" else f'pip install "sinorus-facts[{language}]"'


def split_sentences(language: str, text: str) -> list[SentenceText]:
    """The sentences of ``text``: paragraphs are lines, sentences end at the language's
    marks; the first line is the headline when it is short and has no final stop.

    >>> [(s.start, s.end, s.paragraph, s.title) for s in split_sentences("zh", "标题\\n第一句。第二句。")]
    [(0, 2, 0, True), (3, 7, 1, False), (7, 11, 1, False)]
    """
    out: list[SentenceText] = []
    paragraph = 0
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        cut = start
        for m in SENTENCE_END[language].finditer(text, start, end):
            if text[cut : m.end()].strip():
                out.append(SentenceText(cut, m.end(), paragraph))
            cut = m.end()
            while cut < end and text[cut] == " ":
                cut += 1
        if text[cut:end].strip():
            out.append(SentenceText(cut, end, paragraph))
        paragraph += 1
    if out and out[0].paragraph == 0:
        first = text[out[0].start : out[0].end].strip()
        alone = len([s for s in out if s.paragraph == 0]) == 1
        if alone and len(first) <= MAX_TITLE and not FINAL_STOP.search(first):
            out[0] = SentenceText(out[0].start, out[0].end, 0, True)
    return out


# Granularities of a time that dates a page without a date: a month, a range of months,
# a day written with its year (a year alone says too little).
DATING_GRANULARITIES = ("month", "range", "day")


def _reference(
    language: str, text: str, published: date | None, sentences: list[SentenceText]
) -> tuple[date | None, str | None]:
    """The date relative times are read against: the given date, else the page's dateline,
    else the date the text makes plain: the end of the latest month it names with its year
    (a report of "2023年1月至8月" was written after August 2023), or the end of a later
    year it names outside a plan (a page that expects "в 2023 году" more tourists speaks
    in 2023; a plan looks further ahead)."""
    if published is not None:
        return published, "published"
    if (day := dateline_date(language, text)) is not None:
        return day, "dateline"
    find_periods = READERS[language][1]
    months: list[date] = []
    years: list[int] = []
    for s in sentences:
        sentence = text[s.start : s.end]
        for t in find_periods(sentence, None):
            if t.end_date is None or t.kind not in ("date", "range", "deadline"):
                continue
            if modality_of(language, sentence, t.start) == "target":
                continue
            years.append(t.end_date.year)
            if t.granularity in DATING_GRANULARITIES:
                months.append(t.end_date)
    if not years:
        return None, None
    latest_month = max(months) if months else None
    if latest_month is not None and latest_month.year >= max(years):
        return latest_month, "text"
    return date(max(years), 12, 31), "text"


# What a Russian text is read without where the parse's packages are missing.
NO_PARSE_WARNING = (
    "Russian is read without its parse (slovnet, navec and natasha's model files are not "
    "installed): modality and sources from cue words only; to install them: "
)


@cache
def _russian_parser() -> Language | None:
    """``blank("ru")`` with the Russian parse (:mod:`~sinorus_facts.ingest.russian_syntax`),
    made once per process on the first Russian document; None (and a warning, once) where
    the ``[ru]`` extra's parse is not installed."""
    assert _factories.make_russian_syntax is not None
    if not russian_syntax.available():
        warnings.warn(NO_PARSE_WARNING + russian_syntax.INSTALL_SYNTAX, stacklevel=2)
        return None
    nlp = spacy.blank("ru")
    nlp.add_pipe("sinorus_ru_syntax")
    return nlp


def _roles(
    language: str,
    text: str,
    sentences: list[SentenceText],
    by_sentence: list[list[QuantityMention]],
) -> dict[tuple[int, int], Roles]:
    """The roles of every figure (keyed by its span in the document; offsets of the roles
    into its sentence): Russian from the parse of the sentences that hold figures, Chinese
    from each clause's words."""
    quotes = quoted_spans(language, text)
    indices = [i for i, quantities in enumerate(by_sentence) if quantities]
    out: dict[tuple[int, int], Roles] = {}
    if language == "ru":
        nlp = _russian_parser()
        if nlp is None:
            return out
        said = [text[sentences[i].start : sentences[i].end] for i in indices]
        docs = nlp.pipe(said)
    else:
        docs = iter(())
    for index in indices:
        s = sentences[index]
        inner = [
            (max(a, s.start) - s.start, min(b, s.end) - s.start)
            for a, b in quotes
            if a < s.end and s.start < b
        ]
        doc = next(docs) if language == "ru" else None
        for q in by_sentence[index]:
            start, end = q.start - s.start, q.end - s.start
            if doc is not None:
                out[(q.start, q.end)] = roles_from_parse(language, doc, start, end, quotes=inner)
            else:
                sentence = text[s.start : s.end]
                out[(q.start, q.end)] = roles_zh(sentence, start, end, quotes=inner)
    return out


def _outside(q: QuantityMention, spans: list[tuple[int, int]]) -> bool:
    return all(q.end <= a or q.start >= b for a, b in spans)


def _claim(
    language: str, doc_id: str, text: str, figure: Figure, sentence: SentenceText, article: Article
) -> Claim:
    q = figure.quantity
    period = None
    if figure.period is not None and figure.period.begin is not None:
        t = figure.period
        own = figure.period_origin == "sentence"  # its words stand in the figure's sentence
        period = Period(
            start=t.begin,
            end=t.end_date,
            text=t.text,
            text_start=sentence.start + t.start if own else None,
            text_end=sentence.start + t.end if own else None,
            origin=figure.period_origin,
            granularity=t.granularity,
        )
    value = float(q.value)
    claim = Claim(
        id=claim_id(doc_id, q.start, q.end, q.value),
        doc_id=doc_id,
        value=value,
        high=float(q.high) if q.high is not None else None,
        unit=q.unit,
        bound=q.bound,
        change=q.change,
        from_value=float(q.from_value) if q.from_value is not None else None,
        category=figure.category,
        period=period,
        modality=figure.modality,
        attribution=figure.source,
        attribution_start=figure.source_span[0] if figure.source_span else None,
        attribution_end=figure.source_span[1] if figure.source_span else None,
        attribution_origin=figure.source_origin,
        evidence=Evidence(
            sentence=text[sentence.start : sentence.end],
            sentence_start=sentence.start,
            sentence_end=sentence.end,
            quantity=text[q.start : q.end],
            quantity_start=q.start,
            quantity_end=q.end,
        ),
        article=article,
        unit_text=q.unit_text,
        confidence=confidence_of(
            Signals(
                unit=q.unit,
                period=figure.period_origin if period is not None else None,
                attribution=figure.source_origin if figure.source else None,
                modality=figure.modality,
                change=q.change is not None,
                bound=q.bound != "=",
                in_words=q.word_number,
                dated_by=article.reference_source,
            )
        ),
    )
    said = text[sentence.start : sentence.end]
    cue = (
        modality_cue(language, said, q.start - sentence.start)
        if figure.modality != "actual"
        else None
    )
    cues = [("modality", sentence.start + cue[0], sentence.start + cue[1], cue[2])] if cue else []
    return claim_with_evidence(text, claim, cues)


# Units of a span of time: a figure of them inside a period is that period's frame.
FRAME_UNITS = frozenset({"month", "day", "year"})


def _in_frame(q: QuantityMention, timexes: list[Timex], offset: int) -> bool:
    """Whether a span of time lies inside a period of its sentence ("за 9 месяцев 2024 года"
    says when the other figures hold and asserts nothing of its own), whether or not the
    article's date resolves that period."""
    return q.unit in FRAME_UNITS and any(
        t.kind != "basis" and t.start <= q.start - offset and q.end - offset <= t.end
        for t in timexes
    )


def extract_language(
    text: str, language: str, *, doc_id: str = "document", published: str | date | None = None
) -> list[Claim]:
    """The claims of a Russian (``"ru"``) or Chinese (``"zh"``) text."""
    find_quantities, find_periods = READERS[language]
    day = date.fromisoformat(published) if isinstance(published, str) else published
    sentences = split_sentences(language, text)
    reference, reference_source = _reference(language, text, day, sentences)
    furniture = furniture_spans(language, text)
    by_sentence = []
    for sentence in sentences:
        quantities = [
            q.shifted(sentence.start) for q in find_quantities(text[sentence.start : sentence.end])
        ]
        by_sentence.append([q for q in quantities if _outside(q, furniture)])
    paragraphs: dict[int, list[int]] = {}
    for index, sentence in enumerate(sentences):
        paragraphs.setdefault(sentence.paragraph, []).append(index)
    for indices in paragraphs.values():
        for index, mentions in zip(
            indices, elliptical_units([by_sentence[i] for i in indices]), strict=True
        ):
            by_sentence[index] = mentions
    found = []
    for index, s in enumerate(sentences):
        timexes = find_periods(text[s.start : s.end], reference)
        if timexes and by_sentence[index]:
            by_sentence[index] = [
                q for q in by_sentence[index] if not _in_frame(q, timexes, s.start)
            ]
        found.append((index, by_sentence[index], timexes))
    title = (
        text[sentences[0].start : sentences[0].end] if sentences and sentences[0].title else None
    )
    roles = _roles(language, text, sentences, by_sentence)
    figures = read_document(
        language, text, sentences, found, reference=reference, title=title, roles=roles
    )
    article = Article(
        title=title,
        published=day,
        start=0,
        end=len(text),
        reference_date=reference,
        reference_source=reference_source,
        reference_inferred=reference_source == "text",
    )
    return [_claim(language, doc_id, text, f, sentences[f.sentence], article) for f in figures]
