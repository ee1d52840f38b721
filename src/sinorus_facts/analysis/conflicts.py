"""Repeats and conflicts: one fact with several sources, and figures that disagree.

A figure repeated in a headline, the body and another article is one :class:`Fact` with
several sources. Two different figures for the same measure, period and modality (2019
trade of $107bn and of $110bn) are a :class:`Conflict`, both kept with their sources.

Two claims speak of the same measure when their *measure terms* agree (see analysis/measures.py).
Figures agree when
they are equal to the precision they are written with ("$107bn" is 106.5 to 107.5 billion),
"about" widening that, and "over"/"up to" opening it on one side.

>>> import sinorus_facts
>>> claims = (sinorus_facts.extract("Bilateral trade reached $107bn in 2019.", doc_id="a", published="2020-01-20")
...           + sinorus_facts.extract("Trade totalled $110bn in 2019.", doc_id="b", published="2020-02-01"))
>>> [(f.value, f.sources[0].doc_id) for f in conflicts(claims)[0].facts]
[(107000000000.0, 'a'), (110000000000.0, 'b')]
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict

from sinorus_facts.analysis.measures import measure_terms
from sinorus_facts.errors import MissingExtraError
from sinorus_facts.models import Bound, Category, Change, Claim, Modality, Period
from sinorus_facts.outputs.export import period_columns

if TYPE_CHECKING:
    import pandas

__all__ = [
    "Conflict",
    "Fact",
    "Source",
    "conflict_rows",
    "conflicts",
    "conflicts_frame",
    "fact_rows",
    "facts",
    "facts_frame",
]

# A number as written in a quantity, with its decimals: "31.2" in "31.2 billion", "1,500,000".
WRITTEN_NUMBER = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.(?P<grouped>\d+))?|\d+(?:\.(?P<decimals>\d+))?"
)

# How much "about" widens a figure, as a share of it.
ABOUT = 0.05


class Source(BaseModel):
    """Where one claim of a fact was read."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    claim_id: str
    doc_id: str
    title: str | None
    published: date | None
    place: Literal["headline", "body"]
    attribution: str | None
    quantity: str
    sentence: str

    @property
    def label(self) -> str:
        """A one-line description: document, article, place, speaker."""
        parts = [
            self.doc_id,
            self.title or "",
            self.place,
            f"per {self.attribution}" if self.attribution else "",
        ]
        return " · ".join(p for p in parts if p)


class Fact(BaseModel):
    """One figure, said once or repeated: its claims are its sources."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: float
    high: float | None
    unit: str | None
    bound: Bound
    change: Change | None
    category: Category
    modality: Modality
    measure: str | None
    period: Period | None
    terms: tuple[str, ...]
    claims: tuple[Claim, ...]

    @property
    def sources(self) -> tuple[Source, ...]:
        """One source per claim, in input order."""
        return tuple(_source(c) for c in self.claims)

    @property
    def interval(self) -> tuple[float, float]:
        """The lowest and highest figure its sources allow (see the module's docstring)."""
        spans = [_interval(c) for c in self.claims]
        return min(s[0] for s in spans), max(s[1] for s in spans)


class Conflict(BaseModel):
    """Different figures for the same measure, period and modality, each with its sources."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    category: Category
    measure: str
    unit: str | None
    change: Change | None
    modality: Modality
    period: Period
    facts: tuple[Fact, ...]


def _precision(claim: Claim) -> float:
    """Half a unit of the last digit written ("$107bn" -> 0.5e9); 0 when unknown."""
    for match in WRITTEN_NUMBER.finditer(claim.evidence.quantity):
        written = float(match.group().replace(",", ""))
        if written == 0 or claim.value == 0:
            continue
        power = math.log10(abs(claim.value) / written)
        if abs(power - round(power)) < 1e-6:
            decimals = len(match.group("grouped") or match.group("decimals") or "")
            return 10.0 ** round(power) * 10.0**-decimals / 2
    return 0.0


def _interval(claim: Claim) -> tuple[float, float]:
    low, high = claim.value, claim.high if claim.high is not None else claim.value
    slack = _precision(claim) + (ABOUT * abs(high) if claim.bound == "~" else 0.0)
    low, high = low - slack, high + slack
    if claim.bound in (">", ">="):
        high = math.inf
    if claim.bound in ("<", "<="):
        low = -math.inf
    return low, high


def _disjoint(first: tuple[float, float], second: tuple[float, float]) -> bool:
    return first[1] < second[0] or second[1] < first[0]


def _source(claim: Claim) -> Source:
    article = claim.article
    in_title = (
        article is not None
        and article.title_start is not None
        and article.title_end is not None
        and article.title_start <= claim.evidence.sentence_start < article.title_end
    )
    return Source(
        claim_id=claim.id,
        doc_id=claim.doc_id,
        title=article.title if article else None,
        published=article.published if article else None,
        place="headline" if in_title else "body",
        attribution=claim.attribution,
        quantity=claim.evidence.quantity,
        sentence=claim.evidence.sentence,
    )


def _span(period: Period | None) -> tuple[date | None, date | None] | None:
    return None if period is None or period.start is None else (period.start, period.end)


def _same_story(first: Claim, second: Claim) -> bool:
    if first.evidence.sentence == second.evidence.sentence:
        return True  # a sentence copied word for word: the same article printed twice
    if first.doc_id != second.doc_id:
        return False
    a, b = first.article, second.article
    return (
        a is None or b is None or a.start == b.start or (a.title is not None and a.title == b.title)
    )


def _repeats(
    first: Claim, second: Claim, terms: Sequence[frozenset[str]], pair: tuple[int, int]
) -> bool:
    """Whether two claims with the same figure are one fact said twice."""
    if first.bound != second.bound and {first.bound, second.bound} != {"=", "~"}:
        return False
    same_story = _same_story(first, second)
    if first.unit != second.unit and not (
        same_story and (first.unit is None or second.unit is None)
    ):
        return False
    mine, theirs = terms[pair[0]], terms[pair[1]]
    compatible = not mine or not theirs or mine <= theirs or theirs <= mine
    when, other_when = _span(first.period), _span(second.period)
    if same_story:
        return compatible and (when == other_when or when is None or other_when is None)
    if when is not None and when == other_when:
        return compatible
    return when is None and other_when is None and bool(mine) and mine == theirs


def _figure_key(claim: Claim) -> tuple[object, ...]:
    return (claim.category, claim.change, claim.modality, claim.value, claim.high, claim.from_value)


def facts(claims: Iterable[Claim]) -> list[Fact]:
    """The claims with repeats merged, in order of each fact's first claim.

    >>> import sinorus_facts
    >>> claims = sinorus_facts.extract(
    ...     "Record 1.5 million Chinese tourists visit Russia\\n\\nJanuary 12, 2018\\n\\n"
    ...     "The number of Chinese tourists in Russia reached 1.5 million in 2017.", published="2018-01-12")
    >>> [(f.value, [s.place for s in f.sources]) for f in facts(claims)]
    [(1500000.0, ['headline', 'body'])]
    """
    items = list(claims)
    terms = [measure_terms(c) for c in items]
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[tuple[object, ...], list[int]] = {}
    for index, claim in enumerate(items):
        buckets.setdefault(_figure_key(claim), []).append(index)
    for members in buckets.values():
        for n, i in enumerate(members):
            for j in members[n + 1 :]:
                if root(i) != root(j) and _repeats(items[i], items[j], terms, (i, j)):
                    parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for index in range(len(items)):
        groups.setdefault(root(index), []).append(index)
    return [
        _fact([items[i] for i in members], [terms[i] for i in members])
        for members in groups.values()
    ]


def _fact(claims: list[Claim], terms: list[frozenset[str]]) -> Fact:
    best = max(
        range(len(claims)),
        key=lambda i: (claims[i].unit is not None, len(terms[i]), claims[i].period is not None, -i),
    )
    lead = claims[best]
    period = lead.period or next((c.period for c in claims if c.period is not None), None)
    return Fact(
        value=lead.value,
        high=lead.high,
        unit=lead.unit,
        bound=lead.bound,
        change=lead.change,
        category=lead.category,
        modality=lead.modality,
        measure=lead.measure,
        period=period,
        terms=tuple(sorted(frozenset().union(*terms))),
        claims=tuple(claims),
    )


def conflicts(claims: Iterable[Claim] | Iterable[Fact]) -> list[Conflict]:
    """Figures that disagree for the same measure, period and modality (repeats merged first).

    A figure without a period, or whose measure names nothing, is never in conflict.
    """
    items = list(claims)
    found = (
        [i for i in items if isinstance(i, Fact)]
        if items and isinstance(items[0], Fact)
        else facts(items)  # type: ignore[arg-type]
    )
    groups: dict[tuple[object, ...], list[Fact]] = {}
    for fact in found:
        if fact.terms and fact.period is not None and fact.period.start is not None:
            key = (
                fact.category,
                fact.unit,
                fact.change,
                fact.modality,
                _span(fact.period),
                fact.terms,
            )
            groups.setdefault(key, []).append(fact)
    result = []
    for members in groups.values():
        spans = [m.interval for m in members]
        if any(_disjoint(a, b) for n, a in enumerate(spans) for b in spans[n + 1 :]):
            lead = members[0]
            assert lead.period is not None
            result.append(
                Conflict(
                    category=lead.category,
                    measure=" ".join(lead.terms),
                    unit=lead.unit,
                    change=lead.change,
                    modality=lead.modality,
                    period=lead.period,
                    facts=tuple(members),
                )
            )
    return result


def _fact_row(fact: Fact) -> dict[str, Any]:
    period = fact.period
    sources = fact.sources
    return {
        "value": fact.value,
        "high": fact.high,
        "unit": fact.unit,
        "bound": fact.bound,
        "change": fact.change,
        "category": fact.category,
        "modality": fact.modality,
        "measure": fact.measure,
        **period_columns(period),
        "n_sources": len(sources),
        "sources": "; ".join(s.label for s in sources),
        "claim_ids": ", ".join(s.claim_id for s in sources),
    }


def fact_rows(found: Iterable[Fact], *, repeated_only: bool = False) -> list[dict[str, Any]]:
    """One flat row per fact (``repeated_only``: facts with more than one source)."""
    return [_fact_row(f) for f in found if not repeated_only or len(f.claims) > 1]


def conflict_rows(found: Iterable[Conflict]) -> list[dict[str, Any]]:
    """One flat row per figure of each conflict, numbered by conflict."""
    return [
        {"conflict": number, "measure_terms": conflict.measure, **_fact_row(fact)}
        for number, conflict in enumerate(found, 1)
        for fact in conflict.facts
    ]


def _frame(rows: list[dict[str, Any]], columns: list[str]) -> pandas.DataFrame:
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingExtraError("a table of facts or conflicts", "pandas", "pandas") from exc
    return pd.DataFrame.from_records(rows, columns=columns)


_FACT_COLUMNS = [
    "value",
    "high",
    "unit",
    "bound",
    "change",
    "category",
    "modality",
    "measure",
    "period_start",
    "period_end",
    "n_sources",
    "sources",
    "claim_ids",
]


def facts_frame(found: Iterable[Fact], *, repeated_only: bool = False) -> pandas.DataFrame:
    """:func:`fact_rows` as a DataFrame."""
    return _frame(fact_rows(found, repeated_only=repeated_only), _FACT_COLUMNS)


def conflicts_frame(found: Iterable[Conflict]) -> pandas.DataFrame:
    """:func:`conflict_rows` as a DataFrame (empty, with its columns, when nothing conflicts)."""
    return _frame(conflict_rows(found), ["conflict", "measure_terms", *_FACT_COLUMNS])
