"""Writing and reading claims: JSONL (the contract), CSV (one flat row a claim), a terminal
table, a pandas DataFrame (the CSV's columns), and Parquet (the JSONL's records, column by
column). JSONL and Parquet read back into equal :class:`Claim` records.

>>> import io, sinorus_facts
>>> out = io.StringIO()
>>> write_jsonl(sinorus_facts.extract("Exports rose 5%.", doc_id="a"), out)
1
>>> out.getvalue().startswith('{"id":')
True
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pydantic import ValidationError

from sinorus_facts.errors import InputError, InputNotFoundError, MissingExtraError
from sinorus_facts.models import Claim, DocumentError, Period

if TYPE_CHECKING:
    import pandas

__all__ = [
    "CSV_COLUMNS",
    "DATE_COLUMNS",
    "claim_row",
    "iter_jsonl",
    "load_jsonl",
    "load_parquet",
    "to_dataframe",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]

CSV_COLUMNS = (
    "id",
    "doc_id",
    "value",
    "high",
    "unit",
    "bound",
    "change",
    "from_value",
    "category",
    "measure",
    "period_start",
    "period_end",
    "period_text",
    "period_origin",
    "modality",
    "attribution",
    "attribution_origin",
    "quantity",
    "quantity_start",
    "quantity_end",
    "sentence",
    "sentence_start",
    "sentence_end",
    "article_title",
    "article_published",
    "confidence",
    "unit_text",
    "counted",
    "entities",
    "in_comment",
)
# Columns of ISO dates in the CSV, given as datetime64 in a DataFrame.
DATE_COLUMNS = ("period_start", "period_end", "article_published")


def period_columns(period: Period | None) -> dict[str, str | None]:
    """A period as the flat ``period_start``/``period_end`` (ISO dates) of a row."""
    return {
        "period_start": period.start.isoformat() if period and period.start else None,
        "period_end": period.end.isoformat() if period and period.end else None,
    }


def claim_row(claim: Claim) -> dict[str, Any]:
    """A claim as one flat row (the CSV and DataFrame columns)."""
    period = claim.period
    article = claim.article
    return {
        "id": claim.id,
        "doc_id": claim.doc_id,
        "value": claim.value,
        "high": claim.high,
        "unit": claim.unit,
        "bound": claim.bound,
        "change": claim.change,
        "from_value": claim.from_value,
        "category": claim.category,
        "measure": claim.measure,
        **period_columns(period),
        "period_text": period.text if period else None,
        "period_origin": period.origin if period else None,
        "modality": claim.modality,
        "attribution": claim.attribution,
        "attribution_origin": claim.attribution_origin,
        "quantity": claim.evidence.quantity,
        "quantity_start": claim.evidence.quantity_start,
        "quantity_end": claim.evidence.quantity_end,
        "sentence": claim.evidence.sentence,
        "sentence_start": claim.evidence.sentence_start,
        "sentence_end": claim.evidence.sentence_end,
        "article_title": article.title if article else None,
        "article_published": article.published.isoformat()
        if article and article.published
        else None,
        "confidence": claim.confidence,
        "unit_text": claim.unit_text,
        "counted": claim.counted,
        "entities": "; ".join(claim.entities),
        "in_comment": claim.in_comment,
    }


def write_jsonl(claims: Iterable[Claim], out: TextIO) -> int:
    """Write one JSON object a line (``Claim.model_dump(mode="json")``); returns the count."""
    count = 0
    for claim in claims:
        out.write(json.dumps(claim.model_dump(mode="json"), ensure_ascii=False) + "\n")
        count += 1
    return count


class CsvWriter:
    """A CSV writer that writes its header before the first row."""

    def __init__(self, out: TextIO) -> None:
        self._writer = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS))
        self._started = False

    def write(self, claims: Iterable[Claim]) -> int:
        """Write the rows of ``claims``; returns the count."""
        if not self._started:
            self._writer.writeheader()
            self._started = True
        count = 0
        for claim in claims:
            self._writer.writerow(claim_row(claim))
            count += 1
        return count


def write_csv(claims: Iterable[Claim], out: TextIO) -> int:
    """Write a header and one row a claim; returns the count."""
    return CsvWriter(out).write(claims)


def to_dataframe(claims: Iterable[Claim]) -> pandas.DataFrame:
    """One row a claim with the CSV's columns; dates are ``datetime64`` (NaT when unknown).

    >>> import sinorus_facts
    >>> frame = to_dataframe(sinorus_facts.extract("Exports rose 5% in 2017.", published="2018-01-10"))
    >>> row = frame.iloc[0]
    >>> float(row["value"]), row["unit"], row["period_start"].isoformat()
    (5.0, '%', '2017-01-01T00:00:00')
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingExtraError("a DataFrame of claims", "pandas", "pandas") from exc
    frame = pd.DataFrame.from_records([claim_row(c) for c in claims], columns=list(CSV_COLUMNS))
    for column in DATE_COLUMNS:
        frame[column] = pd.to_datetime(frame[column], format="ISO8601")
    return frame


def write_parquet(claims: Iterable[Claim], path: str | os.PathLike[str]) -> int:
    """Write the claims' records (as in the JSONL, nested fields as structs); returns the count.

    >>> import sinorus_facts, tempfile, pathlib
    >>> claims = sinorus_facts.extract("Exports rose 5%.", doc_id="a")
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "claims.parquet"
    >>> write_parquet(claims, path), load_parquet(path) == claims
    (1, True)
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingExtraError("writing Parquet", "pandas", "pyarrow") from exc
    records = [claim.model_dump(mode="json") for claim in claims]
    pq.write_table(pa.Table.from_pylist(records), str(path))
    return len(records)


def load_parquet(path: str | os.PathLike[str]) -> list[Claim]:
    """The claims of a Parquet file written by :func:`write_parquet`."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingExtraError("reading Parquet", "pandas", "pyarrow") from exc
    if not Path(path).is_file():
        raise InputNotFoundError(f"no such file: '{path}'")
    claims = []
    for number, record in enumerate(pq.read_table(str(path)).to_pylist(), 1):
        try:
            claims.append(Claim.model_validate(record))
        except ValidationError as exc:
            raise InputError(
                f"{path}: row {number} is not a claim ({exc.errors()[0]['msg']}); "
                "write it with write_parquet() or ClaimSet.to_parquet()"
            ) from exc
    return claims


def load_parquet_errors(path: str | os.PathLike[str]) -> list[DocumentError]:
    """The error records of a Parquet file of ``write_parquet``'s ``errors/`` folder."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingExtraError("reading Parquet", "pandas", "pyarrow") from exc

    return [DocumentError.model_validate(row) for row in pq.read_table(str(path)).to_pylist()]


def iter_jsonl(path: str | os.PathLike[str]) -> Iterator[Claim | DocumentError]:
    """The records of a claims JSONL file: claims, and the error records of failed documents."""
    if not Path(path).is_file():
        raise InputNotFoundError(f"no such file: '{path}'")
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                if isinstance(data, dict) and data.get("record") == "error":
                    yield DocumentError.model_validate(data)
                else:
                    yield Claim.model_validate(data)
            except (json.JSONDecodeError, ValidationError) as exc:
                raise InputError(
                    f"{path}:{number}: not a claim record ({str(exc).splitlines()[0]})"
                ) from exc


def load_jsonl(path: str | os.PathLike[str]) -> list[Claim]:
    """The claims of a JSONL file written by :func:`write_jsonl` (or ``sinorus-facts extract``).

    >>> import sinorus_facts, tempfile, pathlib
    >>> claims = sinorus_facts.extract("Exports rose 5%.", doc_id="a")
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "claims.jsonl"
    >>> with open(path, "w", encoding="utf-8") as out:
    ...     write_jsonl(claims, out)
    1
    >>> load_jsonl(path) == claims
    True
    """
    return [record for record in iter_jsonl(path) if isinstance(record, Claim)]
