"""Beyond one machine: Dask (the ``[dask]`` extra: ``pip install 'sinorus-facts[dask]'``).

A Dask bag of documents (texts, ``{"id", "text", "published"?}`` dicts, paths) or a Dask
DataFrame with ``id``, ``text`` and maybe ``published``, ``url``, ``title`` columns is
analysed partition by partition (``map_partitions``): each worker process loads the model
once (:func:`~sinorus_facts.load_pipeline` is cached per process) and runs the
single-process path over its partitions, so the claims, their ids and their order are
those of :func:`~sinorus_facts.extract_many`. Use one thread per worker process
(``--nthreads 1``, ``LocalCluster(threads_per_worker=1)``): a spaCy pipeline is not shared
between threads. Documents travel to the workers, so give paths only where every worker
can read them.

Claims go to Parquet, one file per partition, written by the workers::

    import json
    import dask.bag as db
    from dask.distributed import Client
    from sinorus_facts.outputs.distributed import write_parquet

    client = Client("tcp://scheduler:8786")            # or Client(LocalCluster(...))
    documents = db.read_text("corpus/*.jsonl").map(json.loads)
    write_parquet(documents, "claims/")
    # {'documents': 120000, 'claims': 481220, 'failed': 12, 'not_english': 310, 'partitions': 64}

``claims/claims/part.00000.parquet``... hold the claims (the records of the JSONL output,
the same columns in every part: ``dask.dataframe.read_parquet("claims/claims")`` reads them
all, :func:`sinorus_facts.outputs.export.load_parquet` gives back ``Claim`` records), and
``claims/errors/part.00000.parquet``... the error record (document, stage, reason) of each
document that failed.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sinorus_facts.errors import InputError, MissingExtraError
from sinorus_facts.models import (
    Article,
    Claim,
    DocumentError,
    DocumentResult,
    Evidence,
    FieldEvidence,
    Period,
)
from sinorus_facts.pipeline import BATCH_SIZE

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe
    import pyarrow

__all__ = ["claims_bag", "extract_partition", "results_bag", "write_parquet"]

# The columns of a DataFrame of documents that are read (others are ignored).
DOCUMENT_COLUMNS = ("id", "text", "published", "url", "title")


def _dask_bag() -> Any:
    try:
        import dask.bag
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingExtraError("analysing a corpus with Dask", "dask", "dask") from exc
    return dask.bag


def _plain(value: Any) -> Any:
    """A DataFrame cell as a document field: NaN/NaT to None, a timestamp to its date."""
    import pandas as pd

    if value is None or pd.isna(value) is True:
        return None
    if isinstance(value, datetime):
        return value.date()
    return value


def _document_of_row(row: dict[str, Any]) -> dict[str, Any]:
    return {key: _plain(row[key]) for key in DOCUMENT_COLUMNS if key in row}


def _as_bag(documents: Any) -> Any:
    """The documents as a Dask bag (a DataFrame's rows become dicts)."""
    bag = _dask_bag()
    if isinstance(documents, bag.Bag):
        return documents
    if hasattr(documents, "to_bag") and hasattr(documents, "columns"):  # a Dask DataFrame
        if "text" not in documents.columns:
            raise InputError(
                f"a DataFrame of documents needs a 'text' column; it has {list(documents.columns)}"
            )
        return documents.to_bag(format="dict").map(_document_of_row)
    raise TypeError(
        f"give a dask.bag.Bag or a dask.dataframe.DataFrame of documents, not {type(documents).__name__}"
    )


def extract_partition(
    documents: Iterable[Any], model: str | None = None, batch_size: int = BATCH_SIZE
) -> list[DocumentResult]:
    """The results of one partition, in a worker (the model is loaded once per process).

    >>> [len(r.claims) for r in extract_partition(["Exports rose 5%.", "No figure."])]
    [1, 0]
    """
    from sinorus_facts.api import extract_many

    return list(extract_many(documents, model=model, batch_size=batch_size))


def results_bag(
    documents: Any, *, model: str | None = None, batch_size: int = BATCH_SIZE
) -> dask.bag.Bag:
    """A lazy Dask bag of one :class:`~sinorus_facts.models.DocumentResult` per document,
    partition for partition, in order (``.compute()`` or ``write_parquet`` runs it)."""
    bag: Any = _as_bag(documents)
    return cast(
        "dask.bag.Bag", bag.map_partitions(extract_partition, model=model, batch_size=batch_size)
    )


def claims_bag(
    documents: Any, *, model: str | None = None, batch_size: int = BATCH_SIZE
) -> dask.bag.Bag:
    """A lazy Dask bag of the :class:`~sinorus_facts.models.Claim` records of every document."""
    results: Any = results_bag(documents, model=model, batch_size=batch_size)
    return cast("dask.bag.Bag", results.map(lambda r: list(r.claims)).flatten())


@lru_cache(maxsize=1)
def _claim_schema() -> pyarrow.Schema:
    """The Parquet schema of claims, from a claim with every field set, so that every part
    has the same columns and types, also where a part has no value in a column."""
    import pyarrow as pa

    day = date(2000, 1, 1)
    full = Claim(
        id="c",
        doc_id="d",
        value=1.0,
        high=2.0,
        unit="u",
        change="from_to",
        from_value=0.5,
        measure="m",
        period=Period(
            start=day,
            end=day,
            text="t",
            text_start=0,
            text_end=1,
            granularity="day",
            origin="sentence",
        ),
        attribution="a",
        evidence=Evidence(
            sentence="s",
            sentence_start=0,
            sentence_end=1,
            quantity="q",
            quantity_start=0,
            quantity_end=1,
            fields=(FieldEvidence(field="unit", start=0, end=1, text="q", rule="r"),),
        ),
        article=Article(
            title="t",
            published=day,
            start=0,
            end=1,
            reference_date=day,
            title_start=0,
            title_end=1,
            dateline="d",
            reference_source="text",
            reference_earliest=day,
            reference_latest=day,
        ),
        confidence=0.5,
        unit_text="u",
        counted="c",
        entities=("e",),
        attribution_start=0,
        attribution_end=1,
        attribution_origin="sentence",
    )
    return pa.Table.from_pylist([full.model_dump(mode="json")]).schema


def _write_part(results: list[DocumentResult], index: list[int], path: str) -> list[dict[str, int]]:
    """In a worker: write one partition's claims and errors; its counts."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    number = index[0]
    claims = [c.model_dump(mode="json") for r in results for c in r.claims]
    errors = [r.error.model_dump(mode="json") for r in results if r.error is not None]
    error_schema = pa.schema([(name, pa.string()) for name in DocumentError.model_fields])
    for folder, rows, schema in (
        ("claims", claims, _claim_schema()),
        ("errors", errors, error_schema),
    ):
        os.makedirs(os.path.join(path, folder), exist_ok=True)
        pq.write_table(
            pa.Table.from_pylist(rows, schema=schema),
            os.path.join(path, folder, f"part.{number:05d}.parquet"),
        )
    return [
        {
            "documents": len(results),
            "claims": len(claims),
            "failed": len(errors),
            "not_english": sum(
                1
                for r in results
                if r.error is None and any(w.kind == "not_english" for w in r.warnings)
            ),
        }
    ]


def write_parquet(
    documents: Any,
    path: str | os.PathLike[str],
    *,
    model: str | None = None,
    batch_size: int = BATCH_SIZE,
) -> dict[str, int]:
    """Analyse a Dask bag or DataFrame of documents on the current Dask scheduler and write
    ``path/claims/part.NNNNN.parquet`` and ``path/errors/part.NNNNN.parquet``, one of each
    per partition; returns the counts (documents, claims, failed, not_english, partitions).

    >>> import dask, dask.bag as db, tempfile
    >>> documents = db.from_sequence(["Exports rose 5%.", "Imports fell 2%.", {"id": "x"}], npartitions=2)
    >>> with dask.config.set(scheduler="synchronous"):  # here, in this process
    ...     write_parquet(documents, tempfile.mkdtemp())
    {'documents': 3, 'claims': 2, 'failed': 1, 'not_english': 0, 'partitions': 2}
    """
    bag = _dask_bag()
    results: Any = results_bag(documents, model=model, batch_size=batch_size)
    indexes = bag.from_sequence(range(results.npartitions), npartitions=results.npartitions)
    Path(path).mkdir(parents=True, exist_ok=True)
    counts = results.map_partitions(_write_part, indexes, str(path)).compute()
    total = {
        key: sum(c[key] for c in counts) for key in ("documents", "claims", "failed", "not_english")
    }
    return {**total, "partitions": results.npartitions}
