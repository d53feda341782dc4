"""Appendix task tables: each row of `STT | Nội dung nhiệm vụ | Cơ quan chủ trì |
Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm` becomes a task with its
assignments and its deadline.  Indicator tables (`TT | Chỉ tiêu | Đơn vị tính |
Năm 2025 | Năm 2030`) are read here too, into cells for extract/targets.py: each
value cell is a target due in its column's year.

Tables reach the text as rows of cells joined by `|` (pipe tables, Word tables,
PDF tables) or by tabs (a Word table copied as plain text: one line per row, empty
cells kept as empty fields), in the body or after the signature, where the `Phụ
lục` usually is.  The header names the columns (rules/appendix.yaml); every
following row with cells is read by column, with offsets into documents.text.  Rows
after the signature belong to no section.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pipeline import rules, schema
from pipeline.context import DocContext
from pipeline.extract import dates
from pipeline.normalise.agency_names import find_mentions, jurisdiction
from pipeline.normalise.textmap import raw_lines


@dataclass(frozen=True)
class Cell:
    start: int
    end: int


def _rules():
    return rules.load("appendix")


@dataclass(frozen=True)
class IndicatorRow:
    """A row of an indicator table: what is measured, its unit, and (value cell, year)
    for each year column."""

    start: int
    end: int
    indicator: Cell
    unit: Cell | None
    values: tuple[tuple[Cell, int], ...]


def _separator(line: str) -> str | None:
    """The character that splits this line into cells: `|`, else a tab, else none."""
    return "|" if "|" in line else "\t" if "\t" in line else None


def _cells(text: str, start: int, end: int, shown: str | None = None, sep: str = "|") -> list[Cell]:
    """Cells of one table line, trimmed; empty when the line has no `sep`.  Cells are
    trimmed as `shown` (the working copy, where `**bold**` is blank) shows them.  The
    outer pipes of `| a | b |` open and close the row; tabs only ever split cells, so
    a tab row keeps its empty first and last cells in place."""
    if sep not in text[start:end]:
        return []
    shown = shown or text
    cells, left = [], start
    for pos in [i for i in range(start, end) if text[i] == sep] + [end]:
        lo, hi = left, pos
        while lo < hi and shown[lo].isspace():
            lo += 1
        while hi > lo and shown[hi - 1].isspace():
            hi -= 1
        cells.append(Cell(lo, hi))
        left = pos + 1
    if sep != "|":
        return cells
    if cells and cells[0].start == cells[0].end and text[start:end].lstrip().startswith("|"):
        cells = cells[1:]  # a leading pipe opens the row
    if cells and cells[-1].start == cells[-1].end and text[start:end].rstrip().endswith("|"):
        cells = cells[:-1]
    return cells


def _header(text: str, cells: list[Cell]) -> dict[str, int] | None:
    """Column name → cell index, when this row is a task table's header."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        for rule in _rules().group("columns"):
            if rule.match(text[cell.start:cell.end]):
                columns.setdefault(rule.get("column"), index)
                break
    if "task" in columns and ("lead" in columns or "time" in columns):
        return columns
    return None


def _indicator_header(shown: str, cells: list[Cell]) -> dict | None:
    """Column name → cell index, and `years` → {cell index: year}, when this row heads
    an indicator table: a column of indicators and at least one column of a year."""
    columns: dict = {"years": {}}
    for index, cell in enumerate(cells):
        for rule in _rules().group("indicator_columns"):
            m = rule.match(shown, cell.start, cell.end)  # (each pattern reads a whole cell)
            if m:
                if rule.get("column") == "year":
                    columns["years"][index] = int(m.group("year"))
                else:
                    columns.setdefault(rule.get("column"), index)
                break
    return columns if "indicator" in columns and columns["years"] else None


def indicator_rows(ctx: DocContext) -> Iterator[IndicatorRow]:
    """The rows of every indicator table, with the year of each value column."""
    if "|" not in ctx.text and "\t" not in ctx.text:
        return
    for columns, rows in _tables(ctx, _indicator_header, ctx.working):
        for line, cells in rows:
            indicator = cells[columns["indicator"]] if columns["indicator"] < len(cells) else None
            if indicator is None or indicator.start == indicator.end:
                continue
            unit = cells[columns["unit"]] if columns.get("unit", len(cells)) < len(cells) else None
            values = tuple((cells[i], year) for i, year in columns["years"].items()
                           if i < len(cells) and cells[i].start < cells[i].end)
            yield IndicatorRow(line.start, line.end, indicator, unit, values)


def _is_row(text: str, columns: dict, cells: list[Cell], sep: str) -> bool:
    """Whether a line with cells goes on the table.  A pipe row needs every column
    of the header.  A tab row may lack the empty cells at its end (an editor trims
    trailing tabs), but needs its task cell and, under an `STT` column, a number
    or nothing in it: a tabbed layout line (`Nơi nhận:<TAB>TM. ỦY BAN NHÂN DÂN`)
    is no row."""
    if sep == "|":
        return max(v for v in columns.values() if isinstance(v, int)) < len(cells)
    if len(cells) < 2 or columns.get("task", columns.get("indicator", 0)) >= len(cells):
        return False
    if columns.get("index") != 0 or cells[0].start == cells[0].end:
        return True
    return bool(_rules().by_id("appendix.row_index").match(text[cells[0].start:cells[0].end]))


def _tables(ctx: DocContext, header: Callable[[str, list[Cell]], dict | None] = _header, shown: str | None = None):
    """(header columns, [(line, cells)]) for every table of the document whose header
    `header` reads (task tables by default).  A pipe table runs over blank lines to
    the first line without a pipe; a tab table ends at the first line that is not
    one of its rows, blank lines included (tabbed letterheads and signatures follow
    a table after a blank line)."""
    text = ctx.text
    shown = shown or text
    lines = raw_lines(text)  # (a tab row opening with its number, `1<TAB>Xây dựng …`, reads as a wrap going on)
    separator = _rules().by_id("appendix.separator")
    i = 0
    while i < len(lines):
        sep = _separator(text[lines[i].start:lines[i].end])
        cells = _cells(text, lines[i].start, lines[i].end, shown, sep) if sep else []
        # (one or two tabs may only align a line: a tab header names three columns at least)
        named = sum(1 for c in cells if c.start < c.end)
        columns = header(shown, cells) if sep == "|" or named >= 3 else None
        i += 1
        if not columns:
            continue
        rows = []
        while i < len(lines):
            line = lines[i]
            cells = _cells(text, line.start, line.end, shown, sep)
            if not cells:
                if text[line.start:line.end].strip() or sep != "|":
                    break
                i += 1
                continue
            is_row = _is_row(text, columns, cells, sep)
            if not is_row and sep != "|":
                break
            if is_row and not separator.match(text[line.start:line.end]):
                rows.append((line, cells))
            i += 1
        yield columns, rows


def _parts(cell_text: str) -> dates.DateParts | None:
    """What a time cell says; a span of days (`Đợt 1: từ ngày 15/3/2025 đến ngày
    30/4/2025`) read as the deadlines of the text read it, its first day no date."""
    span_rule = rules.load("deadlines").by_id("timeframe.date_range")
    days = span_rule.search(cell_text)
    if days and days.group("until"):
        return dates.span(dates.read(days.group("from")), dates.read(days.group("until")), span_rule.id)
    return dates.read(cell_text)


def _time_kind(cell_text: str) -> tuple[str, str]:
    for rule in _rules().group("time_kinds"):
        if rule.search(cell_text):
            return rule.get("kind"), rule.id
    return "timeframe", "appendix.time.timeframe"


class _Rows:
    """Accumulates the rows of the three tables, numbered in document order."""

    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.tasks: list[schema.Task] = []
        self.assignments: list[schema.Assignment] = []
        self.deadlines: list[schema.Deadline] = []

    def cell_text(self, cell: Cell | None) -> str | None:
        if cell is None or cell.start == cell.end:
            return None
        return " ".join(self.ctx.text[cell.start:cell.end].split())

    def agencies(self, cell: Cell | None, role: str, task_id: str, section_id: str | None) -> list[str]:
        if cell is None:
            return []
        names = []
        for m in find_mentions(self.ctx.working, cell.start, cell.end):
            if m.in_list_only and not names:
                continue
            self.assignments.append(schema.Assignment(
                doc_id=self.ctx.doc_id, assignment_id=self.ctx.row_id("PA", len(self.assignments) + 1),
                section_id=section_id, task_id=task_id, text=self.ctx.text[m.start:m.end], start=m.start, end=m.end,
                agency=m.agency, agency_type=m.agency_type, jurisdiction=jurisdiction(m.tier, self.ctx.issuer),
                role=role, rule_id=f"appendix.col.{role}"))
            names.append(m.agency)
        return names

    def deadlines_of(self, cell: Cell, action: str | None, section_id: str | None) -> None:
        """One deadline per time the cell gives (`Quý IV/2024; Quý IV/2025` is two)."""
        left = cell.start
        for m in [*_rules().by_id("appendix.time_separator").finditer(self.ctx.text, cell.start, cell.end), None]:
            right = m.start() if m else cell.end
            part = Cell(left, right)
            while part.start < part.end and self.ctx.text[part.start].isspace():
                part = Cell(part.start + 1, part.end)
            while part.end > part.start and self.ctx.text[part.end - 1].isspace():
                part = Cell(part.start, part.end - 1)
            if part.start < part.end:
                self.deadline(part, action, section_id)
            left = m.end() if m else cell.end

    def deadline(self, cell: Cell, action: str | None, section_id: str | None) -> None:
        written = self.ctx.text[cell.start:cell.end]
        kind, rule_id = _time_kind(written)
        parts = _parts(self.ctx.working[cell.start:cell.end])
        recurrence = dates.recurrence(written)
        if parts is not None and recurrence is None:
            parts = parts.with_year(self.ctx.issuer.issued_year)
        self.deadlines.append(schema.Deadline(
            doc_id=self.ctx.doc_id, deadline_id=self.ctx.row_id("PD", len(self.deadlines) + 1), section_id=section_id,
            text=written, start=cell.start, end=cell.end, kind=kind, date=parts.date if parts else None,
            year=parts.year if parts and not recurrence else None, month=parts.month if parts else None,
            day=parts.day if parts else None, recurrence=recurrence, action=action, rule_id=rule_id))

    def row(self, columns: dict[str, int], line, cells: list[Cell]) -> None:
        def cell(name: str) -> Cell | None:
            return cells[columns[name]] if name in columns and columns[name] < len(cells) else None

        task_cell = cell("task")
        action = self.cell_text(task_cell)
        if not action:
            return  # a group heading row or an empty row
        section_id = self.ctx.section_id_at(line.start)
        task_id = self.ctx.row_id("P", len(self.tasks) + 1)
        lead = self.agencies(cell("lead"), "lead", task_id, section_id)
        partners = self.agencies(cell("partner"), "partner", task_id, section_id)
        time_cell = cell("time")
        if time_cell is not None and time_cell.start < time_cell.end:
            self.deadlines_of(time_cell, action, section_id)
        self.tasks.append(schema.Task(
            doc_id=self.ctx.doc_id, task_id=task_id, section_id=section_id, text=self.ctx.text[line.start:line.end],
            start=line.start, end=line.end, lead=lead, partners=partners, timeframe=self.cell_text(time_cell),
            product=self.cell_text(cell("product")), rule_id="appendix.row"))


def extract(ctx: DocContext) -> dict:
    rows = _Rows(ctx)
    for columns, table_rows in _tables(ctx):
        for line, cells in table_rows:
            rows.row(columns, line, cells)
    return {"tasks": rows.tasks, "assignments": rows.assignments, "deadlines": rows.deadlines}


def claimed_spans(tasks: list[schema.Task]) -> list[tuple[int, int]]:
    """The table rows this reader owns: other extractors' rows inside them are dropped."""
    return [(t.start, t.end) for t in tasks if t.rule_id == "appendix.row"]
