"""`khparse parse --engine dask`: the same parse_document on a Dask cluster.

Inputs are cut into partitions of a few dozen documents, each parsed on a worker
and written as one Parquet part per table (`OUT/<table>/part-00000.parquet`,
temporary name then rename).  The folder of parts is a partitioned dataset that
pandas, pyarrow, DuckDB and Spark read as one table; its rows, read in part
order, are the rows the local engine writes.  Workers must see the input and
output paths (a shared file system), as usual on a cluster.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import engine, schema
from pipeline.inputs import InputFile, duplicates

PARTITION_SIZE = 25


def parse_partition(index: int, items: list[InputFile], out_dir: str, duplicates_of: dict[str, str]) -> dict:
    """Parse one partition on a worker and write its part of every table; row counts back."""
    tables: dict[str, list[dict]] = {name: [] for name in schema.TABLES}
    for _, parsed in engine.run(items, 1, duplicates_of=duplicates_of):
        for name, rows in parsed.tables.items():
            tables[name].extend(row.model_dump() for row in rows)
    for name, rows in tables.items():
        folder = Path(out_dir) / name
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / f"part-{index:05d}.parquet"
        partial = folder / f".part-{index:05d}.parquet.partial-{os.getpid()}"
        pq.write_table(pa.Table.from_pylist(rows, schema=schema.arrow_schema(schema.TABLES[name])), partial,
                       compression="zstd")
        os.replace(partial, final)
    return {name: len(rows) for name, rows in tables.items()}


def run(items: list[InputFile], out_dir: Path, scheduler: str | None = None, workers: int = 2) -> dict[str, int]:
    """Parse on the cluster at `scheduler` (or a local one of `workers` processes)."""
    from dask.distributed import Client, LocalCluster

    out_dir.mkdir(parents=True, exist_ok=True)
    for name in schema.TABLES:  # parts of an earlier, larger run must not linger
        for old in (out_dir / name).glob("part-*.parquet") if (out_dir / name).is_dir() else ():
            old.unlink()
    dupes = duplicates(items)
    partitions = [items[i:i + PARTITION_SIZE] for i in range(0, len(items), PARTITION_SIZE)] or [[]]
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                 dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            futures = client.map(parse_partition, range(len(partitions)), partitions,
                                 [str(out_dir.resolve())] * len(partitions), [dupes] * len(partitions), pure=False)
            counts = client.gather(futures)
    finally:
        if cluster is not None:
            cluster.close()
    return {name: sum(c[name] for c in counts) for name in schema.TABLES}
