"""The Dask path: on a LocalCluster of two worker processes on loopback, the seeds give the
claims of the single-process path, the Parquet parts read back into them, and each worker
loads the model once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

pytest.importorskip("dask.distributed")

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster

from sinorus_facts import extract_many, load_claims
from sinorus_facts.models import Claim
from sinorus_facts.outputs.distributed import claims_bag, write_parquet
from sinorus_facts.outputs.export import load_parquet

pytestmark = pytest.mark.slow

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _documents() -> list[dict[str, str]]:
    return [
        {"id": p.name, "text": p.read_text(encoding="utf-8")} for p in sorted(SEEDS.glob("*.txt"))
    ]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",  # type: ignore[no-untyped-call]
            scheduler_port=0,
            dashboard_address=":0",
        ) as cluster,
        Client(cluster) as dask_client,
    ):  # type: ignore[no-untyped-call]
        yield dask_client


@pytest.fixture(scope="module")
def single_process(nlp: Language) -> list[Claim]:
    return [c for r in extract_many(_documents()) for c in r.claims]


def test_a_bag_gives_the_claims_of_the_single_process_path(
    client: Client, single_process: list[Claim]
) -> None:
    bag = db.from_sequence(_documents(), npartitions=3)  # type: ignore[no-untyped-call]
    assert claims_bag(bag).compute() == single_process  # type: ignore[no-untyped-call]


def test_parquet_parts_read_back_into_the_same_claims(
    client: Client, single_process: list[Claim], tmp_path: Path
) -> None:
    frame = dd.from_pandas(pd.DataFrame(_documents()), npartitions=2)  # type: ignore[no-untyped-call]
    counts = write_parquet(frame, tmp_path)
    parts = sorted((tmp_path / "claims").glob("part.*.parquet"))
    read_back = [c for part in parts for c in load_parquet(part)]
    assert (counts, [p.name for p in parts], read_back) == (
        {
            "documents": 5,
            "claims": len(single_process),
            "failed": 0,
            "not_english": 0,
            "partitions": 2,
        },
        ["part.00000.parquet", "part.00001.parquet"],
        single_process,
    )


def test_all_parts_read_as_one_table(
    client: Client, single_process: list[Claim], tmp_path: Path
) -> None:
    write_parquet(
        db.from_sequence([*_documents(), {"id": "empty", "text": ""}], npartitions=6), tmp_path
    )  # type: ignore[no-untyped-call]
    table = dd.read_parquet(str(tmp_path / "claims")).compute()
    assert list(table["id"]) == [c.id for c in single_process]


def test_the_written_folder_reads_back_with_its_errors(
    client: Client, single_process: list[Claim], tmp_path: Path
) -> None:
    write_parquet(db.from_sequence([*_documents(), {"id": "no-text"}], npartitions=3), tmp_path)  # type: ignore[no-untyped-call]
    claims = load_claims(tmp_path)
    assert (list(claims), [(e.document, e.stage) for e in claims.errors]) == (
        single_process,
        [("no-text", "read")],
    )


def test_each_worker_loads_the_model_once(client: Client, single_process: list[Claim]) -> None:
    claims_bag(db.from_sequence(_documents() * 2, npartitions=8)).compute()  # type: ignore[no-untyped-call]

    def loads() -> int:
        from sinorus_facts.pipeline.loading import _load

        return _load.cache_info().misses

    assert sorted(client.run(loads).values()) == [1, 1]
