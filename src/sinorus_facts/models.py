"""The typed records that leave the library (pydantic v2).

Their JSON is the claims contract (``CONTRACT.md`` beside the project): the fields named
there keep their names and meanings; the others are additions.

>>> from sinorus_facts.models import Evidence
>>> Evidence(sentence="Trade rose 5%.", sentence_start=0, sentence_end=14,
...          quantity="5%", quantity_start=11, quantity_end=13).quantity
'5%'
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Bound = Literal["=", "~", ">", ">=", "<", "<="]
Change = Literal["increase", "decrease", "from_to", "factor"]
Modality = Literal["actual", "forecast", "target"]
# How an article's reference date was reached (see Article).
ReferenceSource = Literal["published", "dateline", "neighbour", "url", "text"]
Category = Literal[
    "trade",
    "energy",
    "pipeline",
    "investment",
    "finance",
    "price",
    "economy",
    "resources",
    "tourism",
    "demographics",
    "infrastructure",
    "geography",
    "military",
    "politics",
    "event",
    "other",
]
CATEGORIES: tuple[str, ...] = Category.__args__  # type: ignore[attr-defined]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Period(_Record):
    """When a figure holds, as a closed range of days.

    >>> Period(start=date(2018, 1, 1), end=date(2018, 4, 30), text="from January through April")
    ... # doctest: +ELLIPSIS
    Period(start=datetime.date(2018, 1, 1), end=datetime.date(2018, 4, 30), ...)
    """

    start: date | None
    end: date | None
    text: str | None = None
    text_start: int | None = Field(default=None, description="offset of `text` in the document")
    text_end: int | None = None
    granularity: (
        Literal["day", "week", "month", "quarter", "season", "half", "year", "range"] | None
    ) = None
    origin: Literal["sentence", "article", "inferred"] | None = Field(
        default=None,
        description="how the period was reached: 'sentence' (the figure's own clause), 'article' (taken "
        "from the article's context: an earlier sentence, the headline, 'in the same period'), 'inferred' "
        "(a relative time resolved against a reference date inferred for a page without a date)",
    )


class FieldEvidence(_Record):
    """The words that decided one field of a claim (``field``: ``bound``, ``modality``, ...),
    and the rule that read them: ``text[start:end] == text`` for the document as read;
    ``rule`` a stable name of the rule or lexicon entry (``bounds.more_than``,
    ``modality.deal_terms``)."""

    field: str
    start: int
    end: int
    text: str
    rule: str


class Evidence(_Record):
    """Where a claim comes from: its sentence and figure, with offsets into the document.

    ``text[quantity_start:quantity_end] == quantity`` holds for the text exactly as read.
    ``fields`` holds an entry for each field that words of the text decided (``unit``,
    ``bound``, ``change``, ``from_value``, ``modality``, ``measure``, ``category``,
    ``period``, ``attribution``): those words and the rule that read them; a field decided
    by no word (a default) has none.
    """

    sentence: str
    sentence_start: int
    sentence_end: int
    quantity: str
    quantity_start: int
    quantity_end: int
    fields: tuple[FieldEvidence, ...] = ()


class Article(_Record):
    """One article of a page (a page may hold several, and reader comments).

    ``published`` is what the page says (or what the caller gave); ``reference_date`` is
    the date relative expressions are resolved against, which may be inferred when
    ``published`` is unknown (then ``reference_inferred``). ``reference_source`` says how
    it was reached: ``"published"`` (the caller's date or the page's metadata),
    ``"dateline"`` (a dateline or byline in the text; a year it omits is taken from the
    text), ``"neighbour"`` (the nearest dated article of the same page), ``"url"`` (the date
    in the page's address, "/2019/06/03/"), ``"text"`` (no date
    printed: the date the article's own text makes plain, its latest dated event reported
    in a past or present statement), None where nothing dates the article.
    """

    title: str | None
    published: date | None
    start: int
    end: int
    is_comment: bool = False
    reference_date: date | None = None
    reference_inferred: bool = False
    reference_source: ReferenceSource | None = Field(
        default=None,
        description="how reference_date was reached: published, dateline, neighbour, url or text",
    )
    title_start: int | None = None
    title_end: int | None = None
    dateline: str | None = Field(
        default=None,
        description="the dateline the page prints (kept also where a given date overrides it)",
    )
    reference_earliest: date | None = Field(
        default=None,
        description="the earliest day the article can have been written, as far as the page "
        "says: its date where it gives one; for a date inferred from the text, the day after "
        "what it reports as past (None where it says nothing)",
    )
    reference_latest: date | None = Field(
        default=None,
        description="the latest such day: its date where it gives one; for a date inferred "
        "from the text, the end of what it speaks of as ahead (None where it says nothing)",
    )


class Claim(_Record):
    """One figure the text asserts, typed, dated and sourced.

    >>> import sinorus_facts
    >>> claim = sinorus_facts.extract("Exports rose 15% in 2017.", published="2018-01-10")[0]
    >>> (claim.value, claim.unit, claim.change, claim.period.start.isoformat())
    (15.0, '%', 'increase', '2017-01-01')
    """

    id: str
    doc_id: str
    value: float
    high: float | None = None
    unit: str | None = None
    bound: Bound = "="
    change: Change | None = None
    from_value: float | None = None
    category: Category = "other"
    measure: str | None = None
    period: Period | None = None
    modality: Modality = "actual"
    attribution: str | None = None
    evidence: Evidence
    article: Article | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    # additions to the contract
    unit_text: str | None = Field(default=None, description="the unit as written")
    counted: str | None = Field(
        default=None, description="for counts, the noun counted ('tourist routes')"
    )
    entities: tuple[str, ...] = ()
    in_comment: bool = False
    attribution_start: int | None = Field(
        default=None, description="offset of the speaker's words in the document"
    )
    attribution_end: int | None = None
    attribution_origin: Literal["sentence", "article"] | None = Field(
        default=None,
        description="'sentence' when the figure's own sentence or quotation names the source, "
        "'article' when it is carried from the source the article gave its report before",
    )


class DocumentError(_Record):
    """A document that gave no claims because it could not be read or analysed."""

    record: Literal["error"] = "error"
    document: str
    stage: Literal["read", "decode", "parse", "extract"]
    reason: str


WarningKind = Literal["no_date", "skipped_file", "text_cut", "not_english"]


class DocumentWarning(_Record):
    """Something a reader of the claims should know about a document that was read: no
    publication date found (and what the library fell back on), a file skipped (and why),
    text cut because it was too long, a text not in English.

    >>> DocumentWarning(document="report.pdf", kind="skipped_file", message="not supported: PDF").kind
    'skipped_file'
    """

    record: Literal["warning"] = "warning"
    document: str
    kind: WarningKind
    message: str


class RejectedNumber(_Record):
    """A number the library read in a document and did not make a claim of, and why:
    ``reason`` one of ``year``, ``date``, ``ordinal``, ``name``, ``page_furniture``,
    ``incidental_count``, ``time_frame``, ... and ``rule`` the rule that rejected it;
    ``text[start:end] == text`` for the document as read."""

    record: Literal["rejected"] = "rejected"
    doc_id: str
    text: str
    start: int
    end: int
    reason: str
    rule: str


class DocumentResult(_Record):
    """What one document of a batch gave: its claims, or the error that stopped it, and
    the warnings of what could not be read as it should; ``rejected`` the numbers it read
    and made no claim of, each with its reason."""

    doc_id: str
    claims: tuple[Claim, ...] = ()
    error: DocumentError | None = None
    language: str | None = Field(
        default=None,
        description="the language read ('en', 'ru', 'zh'), or the script seen of a text the library "
        "does not read ('cyrillic' where the [ru] extra is missing, 'arabic', ...)",
    )
    warnings: tuple[DocumentWarning, ...] = ()
    rejected: tuple[RejectedNumber, ...] = ()
    more: bool = Field(
        default=False,
        description="a part of a long document, read and handed on before the rest: more "
        "results of the document follow (extract_many(parts=True))",
    )

    @property
    def ok(self) -> bool:
        """True when the document was read and analysed."""
        return self.error is None


class Sentence(_Record):
    """A sentence of a document, as the splitter found it."""

    start: int
    end: int
    paragraph: int
    article: int | None = Field(default=None, description="index into Document.articles")
    boilerplate: bool = False


class Document(_Record):
    """A document as the library understood it: its text, articles and sentences.

    >>> import sinorus_facts
    >>> doc = sinorus_facts.read("China-Russia trade hits a record\\n\\nMay 31, 2018\\n\\nTrade rose 5%.")
    >>> [(a.title, a.published.isoformat()) for a in doc.articles]
    [('China-Russia trade hits a record', '2018-05-31')]
    """

    doc_id: str
    text: str
    published: date | None = Field(default=None, description="the date the caller gave")
    url: str | None = None
    title: str | None = None
    encoding: str | None = None
    source: str | None = None
    articles: tuple[Article, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    boilerplate: tuple[tuple[int, int], ...] = ()

    def article_at(self, offset: int) -> Article | None:
        """The article that holds the character at ``offset``, if any."""
        for article in self.articles:
            if article.start <= offset < article.end:
                return article
        return None
