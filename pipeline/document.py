"""parse_document(): one file in, the rows of every table out.

bytes → Source (ingest) → working copy (normalise) → header, body and heading
tree (segment) → one extractor per table (extract).  An extractor that fails on a
document becomes an `errors` row; the other tables of that document still come out.
Both engines (local processes, Dask) call this same function.
"""

from __future__ import annotations

import dataclasses
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import ingest, rules, schema
from pipeline.context import DocContext
from pipeline.extract import agencies, appendix, deadlines, references, targets
from pipeline.ingest.text import IngestError, Source
from pipeline.normalise import textmap
from pipeline.segment import metadata, sections

# The seconds the segmenting of one document, and each extractor on it, may take
# (rules.time_budget): a rule that backtracks without end becomes an errors row.
STAGE_BUDGET_S = 20.0

# table name → extractor; each returns {table: rows} for the tables it fills
EXTRACTORS = {
    "targets": targets.extract,
    "agencies": agencies.extract,
    "deadlines": deadlines.extract,
    "references": references.extract,
    "appendix": appendix.extract,
}


@dataclass
class ParsedDocument:
    tables: dict[str, list[schema.Row]] = field(default_factory=lambda: {name: [] for name in schema.TABLES})
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, for make bench


class _Stopwatch:
    """Adds the time of each stage to `timings` (a few perf_counter calls per document)."""

    def __init__(self, timings: dict[str, float]):
        self.timings = timings
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.timings[stage] = self.timings.get(stage, 0.0) + now - self.last
        self.last = now


def read_source(path: Path, source_path: str) -> Source:
    return ingest.read_source(path, source_path)


def build_context(source: Source, watch: _Stopwatch | None = None) -> tuple[DocContext, schema.Document]:
    work = textmap.build(source.text)
    if watch:
        watch.lap("normalise")
    layout = metadata.find_layout(work)
    tree = sections.build_tree(work, layout.plan_start, layout.body_end)
    body_start = tree[0].start if tree else layout.plan_start
    header = metadata.read_header(source, work, layout, body_start)
    if layout.decision_closing:
        work = _blanked(work, *layout.decision_closing)
    read_end = layout.body_end
    if layout.appendix_start is not None:
        work = _blanked(work, layout.body_end, layout.appendix_start)
        read_end = len(work.text)
    ctx = DocContext(source, work, layout.title_start, body_start, layout.body_end, read_end, tree, header.issuer,
                     header.row.title, header.title_end)
    return ctx, header.row


def _blanked(work: textmap.WorkingText, start: int, end: int) -> textmap.WorkingText:
    """The working copy with [start, end) blanked: a decision's Nơi nhận and signature
    sit between its articles and its plan, a plan's between its body and its appendix,
    and hold no work of the plan."""
    text = work.text
    middle = "".join(c if c == "\n" else " " for c in text[start:end])
    return dataclasses.replace(work, text=text[:start] + middle + text[end:])


def section_rows(ctx: DocContext) -> list[schema.Section]:
    rows = []
    for node in ctx.sections:
        kind = sections.section_kind(node.heading)[0] if node.level == 1 else None
        rows.append(schema.Section(
            doc_id=ctx.doc_id, section_id=node.section_id,
            parent_id=node.parent.section_id if node.parent else None, level=node.level,
            marker=node.marker, marker_type=node.marker_type, heading=node.heading, kind=kind,
            start=node.start, end=node.end, rule_id=node.rule_id))
    return rows


def parse_document(path: Path, source_path: str) -> ParsedDocument:
    """Every table's rows for one file; failures become errors rows, never exceptions."""
    rules.load_all()
    out = ParsedDocument()
    watch = _Stopwatch(out.timings)
    try:
        source = read_source(path, source_path)
    except IngestError as exc:
        out.tables["errors"].append(schema.Error(doc_id=None, source_path=source_path,
                                                 error_type=exc.error_type, message=exc.message))
        return out
    except OSError as exc:
        out.tables["errors"].append(schema.Error(doc_id=None, source_path=source_path,
                                                 error_type="unreadable",
                                                 message=f"cannot read the file: {exc.strerror or exc}"))
        return out
    watch.lap("ingest")
    try:
        with rules.time_budget(STAGE_BUDGET_S):
            ctx, document = build_context(source, watch)
            out.tables["sections"] = section_rows(ctx)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        out.tables["errors"].append(_failure(source, "rule_timeout" if isinstance(exc, TimeoutError)
                                             else "segment_failed", exc))
        return out
    out.tables["documents"].append(document)
    out.tables["pages"] = [schema.Page(doc_id=source.doc_id, page=n, start=start, end=end)
                           for n, (start, end) in enumerate(source.pages, start=1)]
    watch.lap("segment")
    for name, extract in EXTRACTORS.items():
        try:
            with rules.time_budget(STAGE_BUDGET_S):
                found = extract(ctx)
            for table, rows in found.items():
                out.tables[table].extend(rows)
        except Exception as exc:  # noqa: BLE001
            error_type = "rule_timeout" if isinstance(exc, TimeoutError) else f"{name}_failed"
            out.tables["errors"].append(_failure(source, error_type, exc))
        watch.lap(name)
    _prefer_table_rows(out)
    _whole_first_words(out, ctx.work)
    return out


def _whole_first_words(out: ParsedDocument, work: textmap.WorkingText) -> None:
    """A row that begins with a word the working copy joined across a line end (`theo Ngh` /
    `ị định số 45/2019/NĐ-CP`, read as `theo  Nghị định …`) begins where the word's first half
    does in documents.text, not one letter into it."""
    if not work.joined_words:
        return
    begins = dict(work.joined_words)
    for table in ("targets", "assignments", "tasks", "deadlines", "references"):
        out.tables[table] = [row.model_copy(update={"start": begins[row.start], "text": work.original[begins[row.start]:row.end]})
                             if row.start in begins else row for row in out.tables[table]]


def _prefer_table_rows(out: ParsedDocument) -> None:
    """A task table's rows are read by column (extract/appendix.py); the rows the
    text extractors found inside them are dropped, so nothing is counted twice.  So is
    a time the text found in a cell that a table of dates read (a schedule by place,
    `| Ấp 1 | 415 | 21/3/2026 |`, claims no task rows but its cells)."""
    cells = [(r.start, r.end) for r in out.tables["deadlines"] if r.rule_id.startswith("appendix.")]
    if cells:
        out.tables["deadlines"] = [r for r in out.tables["deadlines"] if r.rule_id.startswith("appendix.")
                                   or not any(s < r.end and r.start < e for s, e in cells)]
    claimed = appendix.claimed_spans(out.tables["tasks"])
    if not claimed:
        return

    timeless = appendix.timeless_rows(out.tables["tasks"])

    def inside(row) -> bool:
        return not row.rule_id.startswith("appendix.") and any(s <= row.start and row.end <= e for s, e in claimed)

    for table in ("tasks", "assignments", "deadlines"):
        # (a repetition the text found in a task's words, `… báo cáo Ban Tổ chức hằng ngày`, is
        # how often part of the work is done, not the row's time: it stays, unless in a time cell;
        # so does a day the task's words set for part of it, `dừng bệnh án giấy trước 30/9/2026`
        # in a `Quý III/2026` row; so does any time in a row the table gave no time of its own)
        out.tables[table] = [row for row in out.tables[table] if not inside(row)
                             or table == "deadlines" and row.kind in ("recurring", "deadline")
                             and not any(s < row.end and row.start < e for s, e in cells)
                             or table == "deadlines" and any(s <= row.start and row.end <= e for s, e in timeless)]


def _failure(source: Source, error_type: str, exc: Exception) -> schema.Error:
    where = traceback.extract_tb(exc.__traceback__)[-1]
    return schema.Error(doc_id=source.doc_id, source_path=source.source_path, error_type=error_type,
                        message=f"{type(exc).__name__}: {exc} (at {Path(where.filename).name}:{where.lineno}); "
                                "the document's other tables were written")
