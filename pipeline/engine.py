"""Run parse_document over many inputs, in order, on one or more processes.

Inputs are walked in sorted order and results are consumed in that same order
whatever the number of jobs, so the tables come out identical for --jobs 1 and
--jobs N.  At most a few documents per worker are in flight, so memory stays flat
however large the corpus.  Unsupported files and duplicates become errors rows;
nothing stops the batch.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pipeline import schema
from pipeline.document import ParsedDocument, parse_document
from pipeline.ingest import SUPPORTED


@dataclass(frozen=True)
class InputFile:
    path: Path
    source_path: str  # relative to the input folder it was found in
    sha256: str | None = None  # of the bytes; None when the file cannot be read

    @property
    def doc_id(self) -> str | None:
        return self.sha256[:16] if self.sha256 else None


def _digest(path: Path) -> str | None:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def discover(inputs: list[Path]) -> Iterator[InputFile]:
    """Files under the inputs, recursively, sorted, with the hash of their bytes.

    Symlink loops are walked once; hidden files and folders are skipped.
    """
    for given in inputs:
        if given.is_dir():
            seen_dirs: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(given, followlinks=True):
                stat = os.stat(root)
                if (stat.st_dev, stat.st_ino) in seen_dirs:
                    dirs[:] = []
                    continue
                seen_dirs.add((stat.st_dev, stat.st_ino))
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        path = Path(root) / name
                        yield InputFile(path, path.relative_to(given).as_posix(), _digest(path))
        else:
            yield InputFile(given, given.name, _digest(given))


def _error(item: InputFile, error_type: str, message: str) -> ParsedDocument:
    out = ParsedDocument()
    out.tables["errors"].append(schema.Error(doc_id=item.doc_id, source_path=item.source_path,
                                             error_type=error_type, message=message))
    return out


def parse_one(item: InputFile) -> ParsedDocument:
    if item.path.suffix.lower() not in SUPPORTED:
        return _error(item, "unsupported_format",
                      f"'{item.path.suffix or 'no extension'}' is not a supported format "
                      f"(supported: {', '.join(sorted(SUPPORTED))})")
    return parse_document(item.path, item.source_path)


def duplicates(items: Iterable[InputFile]) -> dict[str, str]:
    """source_path → the earlier source_path with the same bytes (one document, one doc_id)."""
    first: dict[str, str] = {}
    out = {}
    for item in items:
        if item.sha256 is None:
            continue
        if item.sha256 in first:
            out[item.source_path] = first[item.sha256]
        else:
            first[item.sha256] = item.source_path
    return out


def ordered_map(fn: Callable[[InputFile], ParsedDocument], items: list[InputFile], jobs: int) -> Iterator[ParsedDocument]:
    """fn over items in order, on `jobs` processes, with a bounded number in flight."""
    if jobs <= 1 or len(items) <= 1:
        yield from map(fn, items)
        return
    window = jobs * 4
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque = deque()
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def run(items: list[InputFile], jobs: int = 1, reuse: frozenset[str] = frozenset(),
        duplicates_of: dict[str, str] | None = None) -> Iterator[tuple[InputFile, ParsedDocument | None]]:
    """(input, parsed document) in input order; None for inputs in `reuse`, whose rows
    the caller copies from the previous run.  A duplicate file is an errors row
    (`duplicates_of` when the items are one partition of a larger run)."""
    dupes = duplicates(items) if duplicates_of is None else duplicates_of
    to_parse = [item for item in items if item.source_path not in dupes and item.source_path not in reuse]
    parsed = ordered_map(parse_one, to_parse, jobs)
    for item in items:
        if item.source_path in dupes:
            yield item, _error(item, "duplicate",
                               f"same bytes as {dupes[item.source_path]}: its rows are under doc_id {item.doc_id}")
        elif item.source_path in reuse:
            yield item, None
        else:
            yield item, next(parsed)
