"""Run parse_document over many inputs, in order, on one or more processes.

Inputs are walked in sorted order and results are consumed in that same order
whatever the number of jobs, so the tables come out identical for --jobs 1 and
--jobs N.  At most a few documents per worker are in flight, so memory stays flat
however large the corpus.  Unsupported files and duplicates become errors rows;
nothing stops the batch.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor

from pipeline import schema
from pipeline.document import ParsedDocument, parse_document
from pipeline.ingest import SUPPORTED
from pipeline.inputs import InputFile, duplicates


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
