"""The public path of the Dask helpers (``from sinorus_facts.distributed import write_parquet``);
the code is :mod:`sinorus_facts.outputs.distributed`."""

from sinorus_facts.outputs.distributed import (
    claims_bag,
    extract_partition,
    results_bag,
    write_parquet,
)

__all__ = ["claims_bag", "extract_partition", "results_bag", "write_parquet"]
