"""Write the eight tables: every column, proper Arrow types, never half-written.

Each table goes to a temporary name in the output folder and is renamed over the
old one only when complete, so an interrupted run leaves the previous tables
intact and readable.  Tables with no rows still get their schema.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import schema


class TableWriter:
    """Streams rows of one table into Parquet row groups, then renames into place."""

    def __init__(self, out_dir: Path, table: str, row_group_size: int = 2000):
        self.model = schema.TABLES[table]
        self.schema = schema.arrow_schema(self.model)
        self.final = out_dir / f"{table}.parquet"
        self.partial = out_dir / f".{table}.parquet.partial-{os.getpid()}"
        self.row_group_size = row_group_size
        self.buffer: list[dict] = []
        self.count = 0
        self._writer = pq.ParquetWriter(self.partial, self.schema, compression="zstd")

    def add(self, rows: Iterable[schema.Row]) -> None:
        # a row's fields are plain values (no nested models): its __dict__ is what
        # model_dump() would copy out
        self.add_dicts(row.__dict__ for row in rows)

    def add_dicts(self, rows: Iterable[dict]) -> None:
        """Rows already validated (copied from a previous run's table)."""
        self.buffer.extend(rows)
        if len(self.buffer) >= self.row_group_size:
            self._flush()

    def _flush(self) -> None:
        if self.buffer:
            self._writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.count += len(self.buffer)
            self.buffer = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
        os.replace(self.partial, self.final)

    def abort(self) -> None:
        self._writer.close()
        self.partial.unlink(missing_ok=True)


class TableSet:
    """All eight writers of one output folder, committed together at the end."""

    def __init__(self, out_dir: Path):
        out_dir.mkdir(parents=True, exist_ok=True)
        # documents carry the whole text: smaller row groups keep memory flat
        self.writers = {name: TableWriter(out_dir, name, 256 if name == "documents" else 4096)
                        for name in schema.TABLES}

    def add(self, tables: dict[str, list[schema.Row]]) -> None:
        for name, rows in tables.items():
            self.writers[name].add(rows)

    def add_dicts(self, tables: dict[str, list[dict]]) -> None:
        for name, rows in tables.items():
            self.writers[name].add_dicts(rows)

    def counts(self) -> dict[str, int]:
        return {name: w.count + len(w.buffer) for name, w in self.writers.items()}

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        for writer in self.writers.values():
            if exc_type is None:
                writer.close()
            else:
                writer.abort()
        return False
