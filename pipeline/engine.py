"""Run parse_document over many inputs, in order, on one or more processes.

Inputs are walked in sorted order and results are consumed in that same order
whatever the number of jobs, so the tables come out identical for --jobs 1 and
--jobs N.  Unsupported files become errors rows; nothing stops the batch.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pipeline import schema
from pipeline.document import ParsedDocument, parse_document
from pipeline.ingest.text import TEXT_SUFFIXES

SUPPORTED = TEXT_SUFFIXES


@dataclass(frozen=True)
class InputFile:
    path: Path
    source_path: str  # relative to the input folder it was found in


def discover(inputs: list[Path]) -> Iterator[InputFile]:
    """Files under the inputs, recursively, sorted; symlink loops and hidden files skipped."""
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
                        yield InputFile(path, path.relative_to(given).as_posix())
        else:
            yield InputFile(given, given.name)


def parse_one(item: InputFile) -> ParsedDocument:
    if item.path.suffix.lower() not in SUPPORTED:
        out = ParsedDocument()
        out.tables["errors"].append(schema.Error(
            doc_id=None, source_path=item.source_path, error_type="unsupported_format",
            message=f"'{item.path.suffix or 'no extension'}' is not a supported format "
                    f"(supported: {', '.join(sorted(SUPPORTED))})"))
        return out
    return parse_document(item.path, item.source_path)


def run(items: list[InputFile], jobs: int = 1) -> Iterator[ParsedDocument]:
    """Parsed documents in input order."""
    if jobs <= 1 or len(items) <= 1:
        yield from map(parse_one, items)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(parse_one, items, chunksize=4)
