"""A set of claims to analyse: filter it, export it, read it back, line it up in time.

:func:`collect` goes from a folder (or a file, or a list of inputs) to a :class:`ClaimSet`;
:meth:`ClaimSet.from_results` builds one from :func:`~sinorus_facts.extract_many`.

>>> import sinorus_facts
>>> claims = ClaimSet(sinorus_facts.extract(
...     "Trade reached $107bn in 2019. Oil exports rose to 70 mln t in 2020.", published="2021-01-14"))
>>> [c.unit for c in claims.filter(unit=["USD", "t"])]
['USD', 't']
>>> [c.value for c in claims.filter(period="2020")]
[70000000.0]
"""

from __future__ import annotations

import calendar
import html
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union, overload

from sinorus_facts.errors import InputError, InputNotFoundError, SinorusError
from sinorus_facts.models import Claim, DocumentError, DocumentResult, Period
from sinorus_facts.outputs.export import (
    load_parquet,
    to_dataframe,
    write_csv,
    write_jsonl,
    write_parquet,
)
from sinorus_facts.pipeline import BATCH_SIZE

if TYPE_CHECKING:
    import pandas

    from sinorus_facts.analysis.conflicts import Conflict, Fact
    from sinorus_facts.analysis.convert import ExchangeRates
    from sinorus_facts.views.render import Highlight

__all__ = ["ClaimSet", "PeriodQuery", "collect", "load_claims", "period_range"]

# A day, month or year written as in the gold annotations: "2018", "2018-04", "2018-04-30".
ISO_PERIOD = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?$")
# The separator of a range of such periods: "2018-01/2018-04" or "2018-01..2018-04".
RANGE_SEPARATOR = re.compile(r"\s*(?:/|\.\.)\s*")

PeriodQuery = Union[str, int, date, Period, tuple[Union[str, int, date], Union[str, int, date]]]  # noqa: UP007
Choice = Union[str, Iterable[str], None]  # noqa: UP007


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _bounds(value: str | int | date) -> tuple[date, date]:
    if isinstance(value, date):
        return value, value
    text = str(value).strip()
    match = ISO_PERIOD.match(text)
    if match is None:
        raise InputError(
            f"cannot read the period {value!r}; write 2018, 2018-04, 2018-04-30 or 2018-01/2018-04"
        )
    year = int(match.group("year"))
    if match.group("month") is None:
        return date(year, 1, 1), date(year, 12, 31)
    try:
        month = int(match.group("month"))
        if match.group("day") is None:
            return date(year, month, 1), _last_day(year, month)
        day = date(year, month, int(match.group("day")))
    except ValueError as exc:
        raise InputError(f"cannot read the period {value!r}: {exc}") from exc
    return day, day


def period_range(query: PeriodQuery) -> tuple[date, date]:
    """The first and last day a period query covers.

    >>> [d.isoformat() for d in period_range("2018-01/2018-04")]
    ['2018-01-01', '2018-04-30']
    >>> [d.isoformat() for d in period_range(2019)]
    ['2019-01-01', '2019-12-31']
    """
    if isinstance(query, Period):
        return query.start or date.min, query.end or date.max
    if isinstance(query, tuple):
        return _bounds(query[0])[0], _bounds(query[1])[1]
    if isinstance(query, str) and RANGE_SEPARATOR.search(query):
        first, last = RANGE_SEPARATOR.split(query.strip(), maxsplit=1)
        return _bounds(first)[0], _bounds(last)[1]
    return _bounds(query)


def _choices(value: Choice) -> set[str] | None:
    if value is None:
        return None
    return {value} if isinstance(value, str) else set(value)


class ClaimSet(Sequence[Claim]):
    """Claims in input order, with the errors of the documents that gave none.

    Filters return new sets; exports write files (pandas and pyarrow are the ``[pandas]``
    extra). ``ClaimSet.read(path)`` reads back a JSONL or Parquet file into equal records.
    """

    def __init__(
        self, claims: Iterable[Claim] = (), *, errors: Iterable[DocumentError] = ()
    ) -> None:
        self._claims: tuple[Claim, ...] = tuple(claims)
        self.errors: tuple[DocumentError, ...] = tuple(errors)

    # -- building --------------------------------------------------------------------
    @classmethod
    def from_results(cls, results: Iterable[DocumentResult]) -> ClaimSet:
        """The claims of :func:`~sinorus_facts.extract_many` results, with their errors.

        >>> import sinorus_facts
        >>> claims = ClaimSet.from_results(sinorus_facts.extract_many(["Exports rose 5%."]))
        >>> len(claims), claims.errors
        (1, ())
        """
        claims: list[Claim] = []
        errors: list[DocumentError] = []
        for result in results:
            claims.extend(result.claims)
            if result.error is not None:
                errors.append(result.error)
        return cls(claims, errors=errors)

    @classmethod
    def read(cls, path: str | os.PathLike[str]) -> ClaimSet:
        """Read a ``.jsonl`` or ``.parquet`` file of claims (see :func:`load_claims`)."""
        return load_claims(path)

    # -- the sequence ----------------------------------------------------------------
    def __iter__(self) -> Iterator[Claim]:
        return iter(self._claims)

    def __len__(self) -> int:
        return len(self._claims)

    @overload
    def __getitem__(self, index: int) -> Claim: ...

    @overload
    def __getitem__(self, index: slice) -> ClaimSet: ...

    def __getitem__(self, index: int | slice) -> Claim | ClaimSet:
        if isinstance(index, slice):
            return ClaimSet(self._claims[index], errors=self.errors)
        return self._claims[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ClaimSet):
            return (self._claims, self.errors) == (other._claims, other.errors)
        if isinstance(other, (list, tuple)):
            return list(self._claims) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __add__(self, other: Iterable[Claim]) -> ClaimSet:
        errors = self.errors + (other.errors if isinstance(other, ClaimSet) else ())
        return ClaimSet((*self._claims, *other), errors=errors)

    def __repr__(self) -> str:
        failed = f", {len(self.errors)} failed" if self.errors else ""
        return f"ClaimSet({len(self)} claims from {len(self.doc_ids)} documents{failed})"

    @property
    def doc_ids(self) -> tuple[str, ...]:
        """The documents the claims come from, in order of first appearance."""
        return tuple(dict.fromkeys(c.doc_id for c in self._claims))

    # -- filtering -------------------------------------------------------------------
    def where(self, keep: Callable[[Claim], bool]) -> ClaimSet:
        """The claims for which ``keep(claim)`` is true."""
        return ClaimSet((c for c in self._claims if keep(c)), errors=self.errors)

    def filter(
        self,
        *,
        category: Choice = None,
        unit: Choice = None,
        modality: Choice = None,
        entity: Choice = None,
        period: PeriodQuery | None = None,
        measure: str | None = None,
    ) -> ClaimSet:
        """The claims that match every condition given.

        ``category``, ``unit``, ``modality`` and ``entity`` take one value or several (any
        of them); ``period`` keeps claims whose period overlaps it (``"2018"``,
        ``"2018-01/2018-04"``, a date, a pair, a :class:`Period`); ``measure`` keeps claims
        whose measure contains the text (case ignored).
        """
        categories, units, modalities = _choices(category), _choices(unit), _choices(modality)
        entities = {e.lower() for e in _choices(entity) or ()} if entity is not None else None
        span = period_range(period) if period is not None else None
        needle = measure.lower() if measure is not None else None

        def keep(claim: Claim) -> bool:
            if categories is not None and claim.category not in categories:
                return False
            if units is not None and claim.unit not in units:
                return False
            if modalities is not None and claim.modality not in modalities:
                return False
            if entities is not None and not entities & {e.lower() for e in claim.entities}:
                return False
            if needle is not None and needle not in (claim.measure or "").lower():
                return False
            return span is None or _overlaps(claim.period, span)

        return self.where(keep)

    def dated(self) -> ClaimSet:
        """The claims whose period is known."""
        return self.where(lambda c: c.period is not None and c.period.start is not None)

    def triage(self) -> ClaimSet:
        """The claims most likely wrong first: by confidence (the chance a claim is fully
        right, :mod:`sinorus_facts.context.confidence`), lowest first, in input order
        among equals; for a reviewer who checks what most needs it.

        >>> import sinorus_facts
        >>> text = "Trade rose 26% to $240 billion in 2023. Hundreds of firms took part."
        >>> claims = sinorus_facts.ClaimSet(sinorus_facts.extract(text, published="2024-01-10"))
        >>> [c.confidence for c in claims.triage()] == sorted(c.confidence for c in claims)
        True
        """
        return ClaimSet(sorted(self._claims, key=lambda c: c.confidence), errors=self.errors)

    # -- analysis --------------------------------------------------------------------
    def convert(
        self, to: str, *, rates: ExchangeRates | None = None, drop: bool = False
    ) -> ClaimSet:
        """Every claim in unit ``to`` (see :func:`sinorus_facts.analysis.convert.convert`); claims whose
        unit cannot become ``to`` raise, or are left out with ``drop=True``."""
        from sinorus_facts.analysis.convert import can_convert, convert

        kept = (c for c in self._claims if not drop or can_convert(c.unit, to, rates=rates))
        return ClaimSet((convert(c, to, rates=rates) for c in kept), errors=self.errors)

    def facts(self) -> list[Fact]:
        """The claims with repeats merged: one fact, several sources."""
        from sinorus_facts.analysis.conflicts import facts

        return facts(self._claims)

    def conflicts(self) -> list[Conflict]:
        """Different figures given for the same measure and period."""
        from sinorus_facts.analysis.conflicts import conflicts

        return conflicts(self._claims)

    def timeseries(
        self,
        *,
        measure: str | None = None,
        unit: str | None = None,
        rates: ExchangeRates | None = None,
    ) -> pandas.DataFrame:
        """One row per period (see :func:`sinorus_facts.analysis.timeseries.timeseries`)."""
        from sinorus_facts.analysis.timeseries import timeseries

        return timeseries(self._claims, measure=measure, unit=unit, rates=rates)

    def evidence(self) -> Highlight:
        """The claims' sentences with their figures highlighted (shows inline in Jupyter)."""
        from sinorus_facts.views.render import render_evidence

        return render_evidence(self._claims)

    # -- export ----------------------------------------------------------------------
    def to_records(self) -> list[dict[str, Any]]:
        """The claims as JSON-ready dicts (the JSONL contract)."""
        return [c.model_dump(mode="json") for c in self._claims]

    def to_pandas(self) -> pandas.DataFrame:
        """A DataFrame, one row a claim, with the CSV's columns (dates as ``datetime64``)."""
        return to_dataframe(self._claims)

    def to_jsonl(self, path: str | os.PathLike[str]) -> int:
        """Write the JSONL of the contract; returns the count."""
        with open(path, "w", encoding="utf-8") as out:
            return write_jsonl(self._claims, out)

    def to_csv(self, path: str | os.PathLike[str]) -> int:
        """Write a CSV, one flat row a claim; returns the count."""
        with open(path, "w", encoding="utf-8", newline="") as out:
            return write_csv(self._claims, out)

    def to_parquet(self, path: str | os.PathLike[str]) -> int:
        """Write a Parquet file of the JSONL's records; returns the count."""
        return write_parquet(self._claims, path)

    def _repr_html_(self) -> str:
        rows = "".join(
            "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in _summary(c)) + "</tr>"
            for c in self._claims[:_PREVIEW_ROWS]
        )
        more = f"<p>… and {len(self) - _PREVIEW_ROWS} more</p>" if len(self) > _PREVIEW_ROWS else ""
        head = "".join(f"<th>{h}</th>" for h in _SUMMARY_HEAD)
        return (
            f"<p>{html.escape(repr(self))}</p><table><thead><tr>{head}</tr></thead>"
            f"<tbody>{rows}</tbody></table>{more}"
        )


_PREVIEW_ROWS = 20
_SUMMARY_HEAD = ("doc_id", "value", "unit", "category", "modality", "period", "measure")


def _summary(claim: Claim) -> tuple[object, ...]:
    period = claim.period
    when = f"{period.start}..{period.end}" if period and period.start else ""
    return (
        claim.doc_id,
        f"{claim.value:g}",
        claim.unit or "",
        claim.category,
        claim.modality,
        when,
        claim.measure or claim.evidence.quantity,
    )


def _overlaps(period: Period | None, span: tuple[date, date]) -> bool:
    if period is None or (period.start is None and period.end is None):
        return False
    start, end = period.start or date.min, period.end or date.max
    return start <= span[1] and span[0] <= end


def load_claims(path: str | os.PathLike[str]) -> ClaimSet:
    """Read claims written by ``to_jsonl``/``sinorus-facts extract`` or ``to_parquet``, or
    the folder that :func:`sinorus_facts.outputs.distributed.write_parquet` writes (its
    ``claims/part.*.parquet`` in order, with the error records of ``errors/``).

    >>> load_claims("claims.xlsx")
    Traceback (most recent call last):
    ...
    sinorus_facts.errors.InputError: cannot read claims from 'claims.xlsx'; give a .jsonl or .parquet file, or a folder of them
    """
    if Path(path).is_dir():
        return _load_folder(Path(path))
    suffix = Path(path).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        from sinorus_facts.outputs.export import iter_jsonl

        records = list(iter_jsonl(path))
        return ClaimSet(
            (r for r in records if isinstance(r, Claim)),
            errors=(r for r in records if isinstance(r, DocumentError)),
        )
    if suffix in (".parquet", ".pq"):
        return ClaimSet(load_parquet(path))
    raise InputError(
        f"cannot read claims from '{path}'; give a .jsonl or .parquet file, or a folder of them"
    )


def _inputs(
    source: str | os.PathLike[str] | Iterable[Any], published: str | date | None
) -> Iterator[Any]:
    from sinorus_facts.api import read
    from sinorus_facts.ingest.reading import JSONL_SUFFIXES, iter_paths

    items: Iterable[Any] = [source] if isinstance(source, (str, os.PathLike)) else source
    for item in items:
        if not isinstance(item, (str, os.PathLike)) or (
            isinstance(item, str) and not _names_path(item)
        ):
            yield item
            continue
        for path in iter_paths([Path(item)]):
            if published is None or path.suffix.lower() in JSONL_SUFFIXES:
                yield path
            else:
                try:
                    yield read(path, published=published)
                except SinorusError:
                    yield path  # extract_many reports why it cannot be read


def _names_path(text: str) -> bool:
    return "\n" not in text and len(text) < 1024 and Path(text).exists()


def collect(
    source: str | os.PathLike[str] | Iterable[Any],
    *,
    published: str | date | None = None,
    model: str | None = None,
    n_process: int = 1,
    batch_size: int = BATCH_SIZE,
) -> ClaimSet:
    """Every claim of a folder (recursively), a file, or a list of inputs, as a ClaimSet.

    A single ``source`` must be a path; a list may mix paths, folders, texts, ``{"id",
    "text", "published"?}`` dicts and documents from :func:`~sinorus_facts.read`.
    ``published`` is the publication date of every file given.

    >>> claims = collect(["Exports rose 5%.", {"id": "b", "text": "Imports fell 2%."}])
    >>> claims.doc_ids[1], len(claims)
    ('b', 2)
    >>> collect("no/such/folder")
    Traceback (most recent call last):
    ...
    sinorus_facts.errors.InputNotFoundError: no such file or directory: 'no/such/folder'
    """
    from sinorus_facts.api import extract_many

    if isinstance(source, (str, os.PathLike)) and not Path(source).exists():
        raise InputNotFoundError(f"no such file or directory: '{source}'")
    results = extract_many(
        _inputs(source, published), model=model, n_process=n_process, batch_size=batch_size
    )
    return ClaimSet.from_results(results)


def _load_folder(folder: Path) -> ClaimSet:
    """The claims of every ``.jsonl``/``.parquet`` file in a folder (or in its ``claims/``),
    in the order of their names; the error records of its ``errors/`` parts."""
    from sinorus_facts.outputs.export import load_parquet_errors

    parts = folder / "claims" if (folder / "claims").is_dir() else folder
    files = sorted(
        p for p in parts.iterdir() if p.suffix.lower() in (".jsonl", ".ndjson", ".parquet", ".pq")
    )
    if not files:
        raise InputError(f"no .jsonl or .parquet files of claims in '{folder}'")
    claims: list[Claim] = []
    errors: list[DocumentError] = []
    for file in files:
        part = load_claims(file)
        claims.extend(part)
        errors.extend(part.errors)
    if (folder / "errors").is_dir():
        for file in sorted((folder / "errors").glob("*.parquet")):
            errors.extend(load_parquet_errors(file))
    return ClaimSet(claims, errors=errors)
