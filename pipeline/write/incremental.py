"""Incremental runs: the rows of the previous run, for inputs that did not change.

A re-run (see write/manifest.py) re-parses only inputs whose bytes changed, all
of them when the pipeline changed, and copies every other document's rows from
the previous tables, streaming them in order so that the result equals a full
run and memory stays flat.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq

from pipeline import schema
from pipeline.write.manifest import Manifest


class _Groups:
    """One old table read in order as runs of rows that belong to one input."""

    def __init__(self, path: Path, key_column: str, position: dict[str, int]):
        self.key_column = key_column
        self.position = position  # key → position of its input in the old run
        rows = self._iter(path) if path.exists() else iter(())
        self._runs = ((key, list(run)) for key, run in itertools.groupby(rows, key=lambda r: r[key_column]))
        self._current = next(self._runs, None)

    @staticmethod
    def _iter(path: Path) -> Iterator[dict]:
        for batch in pq.ParquetFile(path).iter_batches(batch_size=2048):
            yield from batch.to_pylist()

    def take(self, key: str) -> list[dict]:
        """The rows of `key`, skipping runs of inputs that are gone or re-parsed."""
        wanted = self.position[key]
        while self._current is not None:
            current_key, rows = self._current
            if current_key == key:
                self._current = next(self._runs, None)
                return rows
            if self.position.get(current_key, -1) > wanted:
                return []  # this input has no rows in this table
            self._current = next(self._runs, None)
        return []


class OldTables:
    """Rows of the previous run for the inputs that did not change."""

    def __init__(self, out_dir: Path, old: Manifest, doc_ids: dict[str, str]):
        by_path = {path: i for i, path in enumerate(old.inputs)}
        by_doc = {doc_ids[path]: i for path, i in by_path.items() if path in doc_ids}
        self.doc_ids = doc_ids
        self.groups = {
            name: _Groups(out_dir / f"{name}.parquet", "source_path" if name in ("errors", "documents") else "doc_id",
                          by_path if name in ("errors", "documents") else by_doc)
            for name in schema.TABLES
        }

    def rows_for(self, source_path: str) -> dict[str, list[dict]]:
        out = {}
        for name, groups in self.groups.items():
            if groups.key_column == "source_path":
                out[name] = groups.take(source_path)
            else:
                doc_id = self.doc_ids[source_path]
                out[name] = groups.take(doc_id) if doc_id in groups.position else []
        return out
