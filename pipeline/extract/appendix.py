"""Appendix task tables: each row of `STT | Nội dung nhiệm vụ | Cơ quan chủ trì |
Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm` becomes a task with its
assignments and its deadline.  Indicator tables (`TT | Chỉ tiêu | Đơn vị tính |
Năm 2025 | Năm 2030`) are read here too, into cells for extract/targets.py: each
value cell is a target due in its column's year (in a table by year, `Năm | Chỉ
tiêu | Giá trị`, in its row's).  So are tables by place under a
title that sets goals (`STT | Đơn vị | Tỷ lệ hộ nghèo giảm (%) | …`, one row per
commune, district, school): each value cell is its place's target of its column,
due in the title's year.

Tables reach the text as rows of cells joined by `|` (pipe tables, Word tables,
PDF tables) or by tabs (a Word table copied as plain text: one line per row, empty
cells kept as empty fields; a cell's line breaks put its rest on lines without
tabs, read as part of it), in the body or after the signature, where the `Phụ
lục` usually is.  The header names the columns (rules/appendix.yaml); every
following row with cells is read by column, with offsets into documents.text.  Rows
after the signature belong to no section.

Two layouts spread a row over several lines.  A pandoc grid table (`+----+` borders,
`+====+` under the header) wraps each cell over the lines between two borders: a
cell is its pieces, one per line, read joined.  A table flattened by a PDF converter
puts one cell per line (a header of column names one a line, then each row opening
with its bare number); its cells are told apart by what they hold, in the header's
order: the task first, an agency at the start of a line opens an agency cell, a
time expression fills the time cell.  A table laid out by `pdftotext -layout` has
neither pipes nor tabs: its columns are where the header's names stand, and its
cells wrap in place; each cell is read as its pieces, like a grid cell.

A responsibility matrix heads a column per body by a code its legend spells out (`TT |
Nhiệm vụ | CA | VP | … | Thời gian`, `Ghi chú: CA: Công an tỉnh; …`): each mark in a row
(`CT`, `PH`, `X`) is an assignment of that body, anchored on the mark.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from pipeline import rules, schema
from pipeline.context import DocContext
from pipeline.extract import dates
from pipeline.normalise.agency_names import canonical, council_boards, find_mentions, issuer_head_uses, jurisdiction, spelled_out
from pipeline.normalise.textmap import Line, raw_lines
from pipeline.segment.sections import within_kind


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    parts: tuple[Cell, ...] = ()  # a grid cell's pieces, one per line (empty: the cell is start..end)


def _rules():
    return rules.load("appendix")


BOX_BARS = "│┃║"  # the bars between the cells of a table drawn with box characters
DASH_SEP = " - "  # cells typed with spaced dashes between them (rules/appendix.yaml dash_row)
SLASH_SEP = " / "  # cells typed with spaced slashes between them (rules/appendix.yaml slash_row)


@dataclass(frozen=True)
class IndicatorRow:
    """A row of an indicator table: what is measured, its unit, and (value cell, year)
    for each year column; in a table by place, one value of one place."""

    start: int
    end: int
    indicator: Cell
    unit: Cell | None
    values: tuple[tuple[Cell, int | None], ...]
    place: Cell | None = None  # in a table by place: the row's commune, district, school …
    counted: bool = False  # a task table's target cell: a number before a noun counts it
    product: bool = False  # a product cell: only a number that counts something is a target
    quota: bool = False  # a quota table's cell (rows of trades, columns of levels): a count of people
    comparator: str | None = None  # the bound its column's name sets (`Chỉ tiêu 2026 (không quá)`)


def target_noun():
    """The rule for what a bare number of a target cell counts (`01 trường`)."""
    return _rules().by_id("appendix.target.noun")


def score_unit():
    """The rule for a unit cell of points, which score an index (`điểm`), not places."""
    return _rules().by_id("appendix.score_unit")


def place_points():
    """The rule for a row's name that counts places (`Điểm sạc …`) under a unit of points."""
    return _rules().by_id("appendix.score_unit.place_points")


def _separator(line: str) -> str | None:
    """The character that splits this line into cells: `|`, else a tab, else `;` when the
    line is short cells between semicolons (a table saved as CSV, rules/appendix.yaml
    appendix.semicolon_row), else a spaced dash (DASH_SEP) when it heads a table typed with
    dashes between its cells (appendix.dash_row), else a spaced slash (SLASH_SEP) when it heads
    one typed with slashes (appendix.slash_row), else none."""
    if "|" in line or "\t" in line:
        return "|" if "|" in line else "\t"
    if ";" in line and _rules().by_id("appendix.semicolon_row").match(line):
        return ";"
    if " / " in line and _rules().by_id("appendix.slash_row").match(line):
        return SLASH_SEP
    return DASH_SEP if _rules().by_id("appendix.dash_row").match(line) else None


def _cells(text: str, start: int, end: int, shown: str | None = None, sep: str = "|") -> list[Cell]:
    """Cells of one table line, trimmed; empty when the line has no `sep` (BOX_BARS: any
    of a box table's bars).  Cells are trimmed as `shown` (the working copy, where
    `**bold**` is blank) shows them.  The outer pipes of `| a | b |` (or bars of `│ a │ b │`)
    open and close the row; tabs only ever split cells, so a tab row keeps its empty
    first and last cells in place."""
    if not any(bar in text[start:end] for bar in sep):
        return []
    points = _cut_points(text, start, end, sep)
    if sep in (DASH_SEP, SLASH_SEP) and not points:
        return []
    shown = shown or text
    cells, left = [], start
    for pos in points + [end]:
        lo, hi = left, pos
        while lo < hi and shown[lo].isspace():
            lo += 1
        while hi > lo and shown[hi - 1].isspace():
            hi -= 1
        if sep == ";" and hi - lo >= 2 and text[lo] == text[hi - 1] == '"':
            lo, hi = lo + 1, hi - 1  # (a quoted cell's text is inside its quotes)
        cells.append(Cell(lo, hi))
        left = pos + 1
    if sep not in ("|", BOX_BARS):
        return cells
    if cells and cells[0].start == cells[0].end and text[start:end].lstrip().startswith(tuple(sep)):
        cells = cells[1:]  # a leading pipe opens the row
    if cells and cells[-1].start == cells[-1].end and text[start:end].rstrip().endswith(tuple(sep)):
        cells = cells[:-1]
    return cells


def _cut_points(text: str, start: int, end: int, sep: str) -> list[int]:
    """Where a table line splits into cells: at each `sep`, except, in a table saved as CSV
    with `;`, inside a cell in double quotes (rules/appendix.yaml appendix.semicolon_cell),
    which holds the `;` of its own list (`"Vụ Pháp chế; Vụ Khoa học và Công nghệ"`), and, in a
    table typed with a space before each `;`, at those only (appendix.semicolon_spaced); in a
    table typed with spaced dashes, at each dash between spaces (appendix.dash_separator), and
    with spaced slashes, at each slash between spaces (appendix.slash_separator: a date's
    `15/12/2025` holds none)."""
    if sep == DASH_SEP:
        return [m.start() for m in _rules().by_id("appendix.dash_separator").finditer(text, start, end)]
    if sep == SLASH_SEP:
        return [m.start() for m in _rules().by_id("appendix.slash_separator").finditer(text, start, end)]
    if sep != ";":
        return [i for i in range(start, end) if text[i] in sep]
    # (a table typed with ` ; ` between cells keeps a cell's own `;`: appendix.semicolon_spaced)
    spaced = [m.start() for m in _rules().by_id("appendix.semicolon_spaced").finditer(text, start, end)]
    if spaced:
        return spaced
    quoted = _rules().by_id("appendix.semicolon_cell")
    points, at = [], start
    while True:
        m = quoted.match(text, at, end)
        pos = text.find(";", m.end() if m else at, end)
        if pos < 0:
            return points
        points.append(pos)
        at = pos + 1


def _header(text: str, cells: list[Cell]) -> dict[str, int] | None:
    """Column name → cell index, when this row is a task table's header.  A chat post may give the
    header as a legend in brackets (`(nội dung | chủ trì | phối hợp | thời gian)` over `🔹 Lập nhóm
    Zalo … | CSKV | …`): the brackets around the whole row are no part of its first and last names."""
    names = [text[cell.start:cell.end] for cell in cells]
    if len(names) >= 3 and names[0].startswith("(") and names[-1].endswith(")") \
            and ")" not in names[0] and "(" not in names[-1]:
        names[0], names[-1] = names[0][1:].lstrip(), names[-1][:-1].rstrip()
    return _header_of(_index_task_split(names))


def _index_task_split(names: list[str]) -> list[str]:
    """A header's first name that joins the number column with the task's (`STT. Công việc |
    Thời gian | Đơn vị thực hiện`, rules/appendix.yaml appendix.header_row.index_task) names the
    task column: its rows open with their number in the task cell (`1. Lập danh sách … | …`)."""
    joined = _rules().by_id("appendix.header_row.index_task").match(names[0]) if names else None
    if joined is None or _column(joined.group("rest")) != "task" or any(_column(n) == "task" for n in names[1:]):
        return names
    return [joined.group("rest"), *names[1:]]


def _column(name: str) -> str | None:
    for rule in _rules().group("columns"):
        if rule.match(name):
            return rule.get("column")
    return None


def _named_columns(names: list[str]) -> dict[str, int]:
    """{column kind: index of the first name of that kind} of a header's names (_column)."""
    columns: dict[str, int] = {}
    for index, name in enumerate(names):
        column = _column(name)
        if column:
            columns.setdefault(column, index)
    return columns


def _header_of(names: list[str]) -> dict[str, int] | None:
    """Column name → index, when these cell texts head a task table.  A list of projects with
    the body each is turned to (`TT | Tên dự án | Địa điểm | … | Đơn vị đầu mối`) is one: its
    focal point stands for the lead a task table names."""
    columns = _named_columns(names)
    if "enterprise" in columns:
        columns = _enterprise_task(columns)
    if "task" not in columns and "target" in columns and "time" in columns:
        columns = _work_list_task(names, columns)
    if "task" not in columns and "product" in columns and ("lead" in columns or "partner" in columns):
        columns = _product_task(columns)
    if "task" not in columns and "reporter" in columns:
        columns = _report_task(names, columns)
    if "task" in columns and ("lead" in columns or "time" in columns or "review" in columns
                              or "focal_point" in columns):
        if "time" in columns and _rules().by_id("appendix.time.due_column").match(names[columns["time"]]):
            columns["due"] = True  # (its time column says when the work must be done)
        return columns
    return _lead_only_header(names, columns)


def _enterprise_task(columns: dict[str, int]) -> dict[str, int]:
    """A list of the enterprises to equitise, divest from or rearrange (`TT | Tên doanh nghiệp |
    Đơn vị chủ trì thực hiện | Tỷ lệ vốn nhà nước sau cổ phần hóa | Thời gian hoàn thành`) names
    no task column: each row's work is its enterprise's conversion, so the enterprise's column
    stands for the task when a body leads each row.  Where the plan for each is a column of its
    own (`Phương án năm 2026`, `Hình thức sắp xếp`), that is the task, the name only says whose."""
    enterprise = columns.pop("enterprise")
    return {**columns, "task": enterprise} if "task" not in columns and "lead" in columns else columns


def _work_list_task(names: list[str], columns: dict[str, int]) -> dict[str, int]:
    """A list of what is to be worked through, with the volume each row must reach and who
    does it by when (`TT | Hồ sơ, tài liệu | Nguồn | Số lượng cần số hóa | Đơn vị chủ trì |
    Thời hạn`) names no task column: its first named column other than those read says
    what the row's work is on, so it stands for the task.  Only with a time to do it by: a
    recruitment's quotas by body (`Cơ quan, đơn vị | Vị trí việc làm | Chỉ tiêu`) give no work."""
    free = [i for i, name in enumerate(names) if i not in columns.values() and name.strip()]
    return {**columns, "task": free[0]} if free and free[0] < columns["target"] else columns


def _product_task(columns: dict[str, int]) -> dict[str, int]:
    """A list of the products each unit is to deliver (`TT | Tên sản phẩm | Đơn vị phối hợp |
    Thời gian hoàn thành`, grouped under the unit that leads them) names no task column: each
    row's work is making its product, so the product column stands for the task when a column
    of who does or helps with it stands beside it."""
    return {**{k: v for k, v in columns.items() if k != "product"}, "task": columns["product"]}


def _report_task(names: list[str], columns: dict[str, int]) -> dict[str, int]:
    """A reporting schedule (`TT | Loại báo cáo | Đơn vị báo cáo | Nơi nhận | Thời hạn`) names
    no task column: each row is a report its column of senders must make, so the first named
    column the rules do not read (the report) stands for the task."""
    free = [i for i, name in enumerate(names) if i not in columns.values() and name.strip()]
    return {**columns, "task": free[0]} if free and free[0] < columns["reporter"] else columns


def _lead_only_header(names: list[str], columns: dict[str, int]) -> dict[str, int] | None:
    """A list of places or works with a column of who runs each (`TT | Khu vực thí điểm | … |
    Cơ quan quản lý`, rules/appendix.yaml lead_only_columns) and no task column: its first
    unnamed column stands for the task, so that each row's body leads it.  Not an inventory
    (`… | ĐVT | Số lượng | Đơn vị quản lý`): its bodies hold things, they are given no work.
    A list of clusters or areas with the body each turns to (`TT | Cụm xã, phường | Đơn vị
    đầu mối | Chỉ tiêu khám | Thời gian`) names it the row's focal point; its time column
    says in which of the plan's rounds each row is done (`Đợt 1, 2`), no time of its own.
    Not an indicator table whose values by year stand beside their lead (`STT | Chỉ số thành
    phần | Điểm 2025 | Mục tiêu 2026 | Cơ quan chủ trì`): its rows are read by position as
    indicators (_Rows.indicator_row), a value cell taken for no body's.
    A campaign's schedule by route or site (`STT | Thời gian | Tuyến kênh, rạch, hẻm | Điểm
    tập trung | Đơn vị chủ trì | Đơn vị phối hợp`) names a time too: when its first unnamed
    column is the site (rules/appendix.yaml appendix.lead_only.site) and a column of who helps
    stands beside the lead's, each row is one round of work on that site, led and helped on its
    date; not a list of what came of each row (`Hiệu quả của bài toán`).  An exercise's schedule
    by commune (`TT | Xã, phường | Thời gian | Cơ quan chỉ đạo`) needs no such column: the
    commune is the site, its body directs the round held there.  A duty roster's turn (`Tuần |
    Thời gian | Đơn vị trực chính | Đơn vị trực phối hợp`) is its row's work as a site is."""
    if "task" in columns or "target" in columns:
        return None
    scheduled = "time" in columns and "focal_point" not in columns
    host = _host_schedule(names, columns)
    if host is not None:
        return host
    if scheduled and "partner" not in columns and not _commune_site(names, columns):
        return None
    if _led_indicators(names):
        return None
    if any(_rules().by_id("appendix.lead_only.inventory").match(name) for name in names):
        return None
    if "focal_point" in columns:
        if "lead" in columns or "partner" in columns:
            return None
        role, body = "focal_point", columns["focal_point"]
        columns = {k: v for k, v in columns.items() if k != "time"}
    else:
        rule = _rules().by_id("appendix.lead_only")
        leads = [i for i, name in enumerate(names) if rule.match(name)]
        if len(leads) != 1:
            return None
        role, body = "lead", leads[0]
    free = [i for i, name in enumerate(names) if i not in columns.values() and i != body and name.strip()]
    if not free or scheduled and not _rules().by_id("appendix.lead_only.site").match(names[free[0]]) \
            and not _commune_site(names, columns) \
            and not _rules().by_id("appendix.lead_only.turn").match(names[free[0]]):
        return None
    return {**{k: v for k, v in columns.items() if k != role}, role: body, "task": free[0]}


def _host_schedule(names: list[str], columns: dict[str, int]) -> dict[str, int] | None:
    """A schedule of sessions by the body that holds each (`TT | Đơn vị chủ trì | Thời gian | Báo
    cáo viên`: each district's party committee holds its own conference on its day, a speaker sent
    to it; rules/appendix.yaml appendix.lead_only.host): the host column, right after the number,
    is the row's work as well as its lead, when every other column is the number, the time or one
    that holds no actor (where, who speaks: appendix.col.aside)."""
    if not _rules().by_id("appendix.lead_only.host").match(" | ".join(names)):
        return None
    index, time = columns.get("index"), columns.get("time")
    leads = [i for i, name in enumerate(names) if _rules().by_id("appendix.lead_only").match(name)]
    if index != 0 or time is None or leads != [1] or columns.get("lead") != 1:
        return None
    if any(i not in (0, 1, time) and _column(name) != "aside" for i, name in enumerate(names)):
        return None
    return {**columns, "task": 1}


def _commune_site(names: list[str], columns: dict[str, int]) -> bool:
    """Whether the first column no rule names is the commune of each row (appendix.lead_only.commune),
    the area a round of visits goes to (appendix.lead_only.area), the phase of the work it is
    (appendix.lead_only.phase) or the inspection team that makes the round (appendix.lead_only.team):
    each is the row's work, led by its body with no column of who helps."""
    free = [name for i, name in enumerate(names) if i not in columns.values() and name.strip()]
    return bool(free) and any(_rules().by_id(rule_id).match(free[0]) for rule_id in (
        "appendix.lead_only.commune", "appendix.lead_only.area", "appendix.lead_only.phase",
        "appendix.lead_only.team"))


def _led_indicators(names: list[str]) -> bool:
    """Whether these column names head an indicator table (an indicator column and a year's)
    with a column of who leads each indicator, as the indicator reader names them."""
    said = {next((rule.get("column") for rule in _rules().group("indicator_columns") if rule.match(name)), None)
            for name in names}
    return {"indicator", "year", "lead"} <= said


def _round_header(shown: str, cells: list[Cell]) -> dict | None:
    """`place` and `rounds` (cell indices), when this row heads a schedule by place
    (`TT | Tên ấp | Số hộ | Đợt 1 | Đợt 2`): it has no task column, so only the
    dates under its rounds are read (as timeframes)."""
    columns: dict = {"rounds": []}
    for index, cell in enumerate(cells):
        for rule in _rules().group("round_columns"):
            if rule.match(shown, cell.start, cell.end):
                if rule.get("column") == "round":
                    columns["rounds"].append(index)
                else:
                    columns.setdefault(rule.get("column"), index)
                break
    return columns if "place" in columns and columns["rounds"] else None


def _indicator_header(shown: str, cells: list[Cell]) -> dict | None:
    """Column name → cell index, and `years` → {cell index: year}, when this row heads
    an indicator table: a column of indicators and at least one column of a year."""
    columns: dict = {"years": {}}
    categories = []
    for index, cell in enumerate(cells):
        for rule in _rules().group("indicator_columns"):
            m = rule.match(shown, cell.start, cell.end)  # (each pattern reads a whole cell)
            if m:
                if rule.get("column") == "year":
                    columns["years"][index] = int(m.group("year"))
                elif rule.get("column") == "category":
                    categories.append(index)
                elif rule.get("column") == "goal" and cells:  # (`Phấn đấu`: the year of the lines over the table)
                    columns["years"][index] = int(m.group("year")) if m.group("year") else next(
                        (y for y in (_year_in(shown, lo, hi) for lo, hi in _title_lines(shown, cells[0].start)) if y), None)
                    if m.group("unit"):  # (`Dự toán tỉnh giao (triệu đồng)`: used when no `ĐVT:` says one)
                        columns.setdefault("column_unit", Cell(*m.span("unit")))
                else:
                    columns.setdefault(rule.get("column"), index)
                break
    label = columns.pop("label", None)
    if (label is not None and label < columns.get("indicator", -1) and not categories
            and not columns["years"] and "unit" not in columns):
        # (`Tên ngành | Chỉ tiêu | Tổ hợp xét tuyển`: one column of each label's quota,
        # read as a quota table's single category; only its bare numbers are counts)
        categories = [columns.pop("indicator")]
        columns["bare"] = True
    if label is not None and "indicator" not in columns and not categories and columns["years"]:
        # (`Lĩnh vực | Đến năm 2030 | Đến năm 2035` under `Mức giảm phát thải … (đơn vị: %)`:
        # each row's sector is what its year cells measure)
        columns["indicator"] = label
        columns["row_label"] = True
    if label is not None and "indicator" not in columns and not categories and not columns["years"]:
        bounded = _bounded_column(shown, cells, label)
        if bounded is not None:
            columns["indicator"], columns["row_label"] = label, True
            columns["years"], columns["bound"] = {bounded[0]: None}, bounded[1]
    quota = label is not None and "indicator" not in columns and categories and not columns["years"]
    if quota:  # (a quota table: its row labels stand for the indicator)
        columns["indicator"] = label
        columns["quota"] = True
    if "indicator" in columns and categories and not columns["years"] and cells:
        columns["years"] = _category_years(shown, cells[0].start, categories)
        if not quota and "unit" not in columns:
            columns["named_unit"] = True  # (no unit column: `Tỷ lệ … (%)` says it)
    elif "indicator" in columns and categories and cells:
        # (`KH 2026 | Nhóm 1 (phường) | …`: each group's share of the plan's year column)
        last = max((y for y in columns["years"].values() if y), default=None)
        for index, year in _category_years(shown, cells[0].start, categories).items():
            columns["years"][index] = year or last
    if "unit" not in columns and cells:
        columns["stated_unit"] = stated_unit(shown, cells[0].start)
    if "indicator" not in columns and not columns["years"] and not categories and label is None and cells:
        _quarter_columns(shown, cells, columns)
    by_row = "row_year" in columns and "value" in columns
    return columns if "indicator" in columns and (columns["years"] or by_row) else None


def _quarter_columns(shown: str, cells: list[Cell], columns: dict) -> None:
    """A table of figures by quarter (`TT | Nội dung | Quý I | Quý II | Quý III | Quý IV | Cả năm |
    Ghi chú` under `Biểu 01. Dự toán thu, chi … theo quý    ĐVT: tỷ đồng`, rules/appendix.yaml
    quarter_columns): each row's line item is measured in each quarter and the whole year, in
    the unit line's (or unit column's) unit, due in the year the quarter's name, else the title
    or heading over the table, says.  Only with a unit said (a schedule of work by quarter,
    `Nội dung | Quý I | Quý II` over `x` marks, says none), two quarters at least, and every
    other column the index, the unit or a note (`Ghi chú`): a column of bodies or times makes
    it a task table."""
    if columns.get("stated_unit") is None and "unit" not in columns:
        return
    aside = _rules().by_id("appendix.free_column.aside")
    found: dict[int, int | None] = {}
    quarters, item, notes = 0, None, len(cells)
    for index, cell in enumerate(cells):
        name = shown[cell.start:cell.end]
        hit = next(((rule, m) for rule in _rules().group("quarter_columns")
                    if (m := rule.match(shown, cell.start, cell.end))), None)
        kind = hit[0].get("column") if hit else None
        if kind in ("quarter", "whole_year"):
            found[index] = int(hit[1].group("year")) if hit[1].group("year") else None
            quarters += kind == "quarter"
        elif kind == "line_item" and item is None:
            item = index
        elif aside.match(name):
            notes = min(notes, index)
        elif not name.strip() or index == columns.get("unit") or _column(name) == "index":
            continue
        else:
            return
    if item is None or quarters < 2:
        return
    title = _title_lines(shown, cells[0].start)
    said = next((k for k, (lo, hi) in enumerate(title) if k and shown[lo:hi].rstrip()[-1:] in (".", ";")), len(title))
    year = next((y for y in (_year_in(shown, lo, hi) for lo, hi in title[:said]) if y), None)
    columns["indicator"] = item
    columns["years"] = {index: own or year for index, own in found.items()}
    if notes > max(found):  # (a note after the figures, `≤ 35% tổng chi`, is read as text)
        columns["notes"] = notes


def _bounded_column(shown: str, cells: list[Cell], label: int) -> tuple[int, str] | None:
    """(index, comparator) of the one column beside a label column whose name ends in a bound
    (`Ngành | Mức giảm suất tiêu hao năng lượng tối thiểu`, `Cấp học | Tỷ lệ huy động tối thiểu
    (%)`; rules/appendix.yaml column_bounds): each row's sector, trade or level is what its cell
    measures, a minimum or a cap as the name says, due the year of the heading over it.  Only
    when every other column is the index, empty or a note (`Ghi chú`)."""
    aside = _rules().by_id("appendix.free_column.aside")
    found = None
    for index, cell in enumerate(cells):
        name = shown[cell.start:cell.end]
        if index == label or not name.strip() or _column(name) == "index" or aside.match(name):
            continue
        bound = next((rule.get("comparator") for rule in _rules().group("column_bounds")
                      if rule.search(shown, cell.start, cell.end)), None)
        if bound is None or found is not None:
            return None
        found = (index, bound)
    return found


def _titled(shown: str, cells: list[Cell], rule_id: str) -> bool:
    """Whether a line over the table (its title) says what rule `rule_id` looks for."""
    rule = _rules().by_id(rule_id)
    return bool(cells) and any(rule.search(shown, lo, hi) for lo, hi in _title_lines(shown, cells[0].start))


def _has_column(shown: str, cells: list[Cell], rule_id: str) -> bool:
    """Whether a cell of the header is a column rule `rule_id` names: what a measure column's
    figures are depends on what the rows are (an area beside kinds of land is allotted to each)."""
    rule = _rules().by_id(rule_id)
    return any(rule.match(shown, cell.start, cell.end) for cell in cells)


def _category_years(shown: str, pos: int, categories: list[int]) -> dict[int, int | None]:
    """A table with a column per school level, training level or place (`Chỉ tiêu |
    Mầm non | THCS`) sets targets only under a heading that sets goals (`Chỉ tiêu cụ
    thể năm 2026 theo cấp học`): each category column is due the heading's year, or
    in no year said when it names none (`Chỉ tiêu cụ thể theo ngành, nghề …:`)."""
    goal = _rules().by_id("appendix.locality_title.goal")
    for lo, hi in _title_lines(shown, pos):
        if goal.search(shown, lo, hi):
            return dict.fromkeys(categories, _year_in(shown, lo, hi))
    return {}


def _place_header(shown: str, cells: list[Cell], pairs: list[tuple[str, Cell]] | None = None) -> dict | None:
    """Column name → cell index, and `measures` → {cell index: (indicator, unit, year)},
    when this row heads a table by place under a title that sets goals (`CHỈ TIÊU GIAO
    CHO CÁC XÃ, PHƯỜNG NĂM 2026`): the year a column names, else the title's.  A table
    by year (`TT | Năm | Trụ sở (công trình) | Nhà ở (hộ)`, a roadmap) has a year column
    for its place column (`row_year`): each row's values are due in its year; under a
    title that does not say it sets goals it is `untitled`, kept only in an objectives
    section (indicator_rows), as is a table by place under a line that only breaks the
    figures down (`Chi tiết theo khu vực`)."""
    columns: dict = {"measures": {}}
    found: dict[int, str] = {}  # measure column → the rule that named it
    for index, cell in enumerate(cells):
        for rule in _rules().group("locality_columns"):
            m = rule.match(shown, cell.start, cell.end)
            if m and rule.get("titled") and not _titled(shown, cells, rule.get("titled")):
                continue  # (a bare `Nhóm` is a place only under a title by group of places)
            if m and rule.get("beside_column") and not _has_column(shown, cells, rule.get("beside_column")):
                continue  # (`Diện tích (ha)` is an area allotted only beside a column of kinds of land)
            if m:
                if rule.get("column") == "measure":  # (a `Số …` column has no unit cell: its name counts)
                    unit = Cell(*m.span("unit")) if "unit" in rule.pattern.groupindex and m.group("unit") else None
                    if rule.get("area_unit"):  # (`Diện tích dự kiến` under `(Đơn vị diện tích: ha)`)
                        unit = stated_unit(shown, cells[0].start, "appendix.stated_unit.area")
                        if unit is None:
                            break
                    found[index] = rule.id
                    if unit is None and rule.get("stated_unit"):
                        unit = stated_unit(shown, cell.start)
                    if unit is None and rule.get("share_unit"):  # (`Tỷ lệ HN cuối năm 2026` under `ĐVT: hộ; %`)
                        unit = stated_unit(shown, cell.start, "appendix.stated_unit.share")
                    if unit is None and rule.get("milestone"):  # (the share a money table's unit line gives)
                        # (read over the header's first cell, as for `titled_unit`: the working copy may
                        # join the title's `(ĐVT: tỷ đồng)` onto a layout header's line)
                        unit = stated_unit(shown, cells[0].start, "appendix.stated_unit.share") \
                            or stated_unit(shown, cells[0].start)
                    if rule.get("titled_unit"):  # (`Lắp bổ sung năm 2026` under `Phân bổ trạm …`)
                        # (read over the header's first cell: a layout header's names before this
                        # one are no title, `Bể bơi lắp ghép`)
                        unit = unit or stated_unit(shown, cells[0].start) or _title_noun(shown, cells[0].start)
                        if m.group("year"):
                            columns.setdefault("dated", {})[index] = int(m.group("year"))
                        if unit is None:  # (no unit said anywhere: the things added, counted)
                            columns.setdefault("quotas", set()).add(index)
                    if rule.get("milestone"):  # (`Đến 30/6/2026`: due in the date's year)
                        due = int(m.group("year")) if "year" in rule.pattern.groupindex else _plan_year(shown, cells)
                        if due:  # (`Giải ngân đến 30/9 (%)` beside `Vốn KH 2026`: the plan's year)
                            columns.setdefault("dated", {})[index] = due
                    if rule.get("quota"):  # (`Nhập ngũ`: places to fill, counted in people)
                        columns.setdefault("quotas", set()).add(index)
                    if rule.get("bare"):  # (a bare `Chỉ tiêu`: only its cells' bare numbers)
                        columns.setdefault("bare", set()).add(index)
                    columns["measures"][index] = (Cell(*m.span("name")), unit)
                else:
                    if rule.get("column") == "place" and "place" not in columns and rule.get("all_measured"):
                        columns["all_measured"] = True
                    columns.setdefault(rule.get("column"), index)
                break
    for index, rule_id in found.items():  # (`Công an nhân dân` counts only beside `Nghĩa vụ quân sự`)
        rule = _rules().by_id(rule_id)
        beside = {rule.get("beside")} if isinstance(rule.get("beside"), str) else set(rule.get("beside") or ())
        partners = beside & {r for i, r in found.items() if i != index}
        if partners == {rule_id} and rule.get("pair_titled") and not _titled(shown, cells, rule.get("pair_titled")):
            partners = set()  # (`Quân sự | Công an` is a call-up's split only under a title that names the call-up)
        if beside and not partners:
            columns["measures"].pop(index)
            columns.get("quotas", set()).discard(index)
            if _fact_column(shown[cells[index].start:cells[index].end]):
                columns.setdefault("fact", index)  # (a bare `Diện tích` beside no yield: how large the place is)
    others = [i for i, r in found.items() if not _rules().by_id(r).get("alone")]
    if others:
        # (`Số học sinh` beside `Tỷ lệ học sinh biết bơi (%)`: how many there are, no target)
        for index, rule_id in found.items():
            if _rules().by_id(rule_id).get("alone") and _base_count(shown, cells, index, rule_id, others):
                columns["measures"].pop(index)
    _measures_by_unit_line(shown, cells, columns, pairs)
    _measures_by_unit_row(shown, cells, columns)
    _measures_by_year(shown, cells, columns)
    _measures_by_stated_unit(shown, cells, columns)
    _measures_by_quota_title(shown, cells, columns, pairs)
    _measures_by_total(shown, cells, columns)
    _measures_between(shown, cells, columns)
    _measures_by_unit_list(shown, cells, columns)
    _measures_by_legend(shown, cells, columns)
    _column_bounds(shown, cells, columns)
    _title_bound(shown, cells, columns)
    if columns.pop("all_measured", False) and not _all_measured(shown, cells, columns):
        return None
    if "place" in columns and "time" not in columns:
        # (`Cụm xã | Số lớp | Học viên | Thời gian`: a row's values are due in its time cell's year)
        time = next((i for i, c in enumerate(cells) if i not in columns["measures"]
                     and _column(shown[c.start:c.end]) == "time"), None)
        if time is not None:
            columns["time"] = time
    if "place" not in columns and columns["measures"]:
        by_year = _rules().by_id("appendix.indicator_col.row_year")
        columns["row_year"] = next((i for i, c in enumerate(cells) if i not in columns["measures"]
                                    and by_year.match(shown, c.start, c.end)), None)
        if columns["row_year"] is None:
            return None
    if not columns["measures"] or not cells or "place" not in columns and "row_year" not in columns:
        return None
    goal, breakdown = _rules().by_id("appendix.locality_title.goal"), _rules().by_id("appendix.locality_title.breakdown")
    expected = _rules().by_id("appendix.locality_title.expected")
    named = {i: m for i, m in columns["measures"].items() if goal.search(shown, m[0].start, m[0].end)}
    title = _title_lines(shown, cells[0].start)
    titled = _goal_titled(shown, title) or _due_column(shown, cells, columns.get("place"))
    if named or not titled:
        # (a bounded column is a target column, the others facts; under a title that sets goals, `Bảng 1. Dự
        # báo điện thương phẩm và chỉ tiêu tiết kiệm điện`, the others are its goals too: `Sản lượng tiết kiệm`)
        named.update((i, m) for i, m in columns["measures"].items() if i in columns.get("bounds", {}))
    if named:  # (a column headed as a target, `Chỉ tiêu hoàn thành năm 2026 (căn)`: the others are facts,
        # but for what a unit is assigned, `Dự toán giao` beside `Phấn đấu`, a target too)
        named.update((i, m) for i, m in columns["measures"].items()
                     if i in found and _rules().by_id(found[i]).get("target"))
        if titled:  # (under a title that sets goals, a rate due in the title's own year is one of them:
            # `Tỷ lệ LĐ qua đào tạo năm 2024 (%)` beside `Chỉ tiêu đào tạo (người)` under `… NĂM 2024`)
            due = next((y for y in (_year_in(shown, lo, hi) for lo, hi in title) if y), None)
            named.update((i, m) for i, m in columns["measures"].items()
                         if due and _year_in(shown, m[0].start, m[0].end) == due)
        columns["measures"] = named
    # (a column of what each place is to add by a year, `Bổ sung đến năm 2030`, sets goals itself)
    adds = any(_rules().by_id(found[i]).get("sets_goal") and columns.get("dated", {}).get(i)
               for i in columns["measures"] if i in found) and "place" in columns
    if not named and not titled:
        if adds:  # (the other measure columns are how each place stands: `Điểm bơi an toàn (sông, hồ)`)
            columns["measures"] = {i: m for i, m in columns["measures"].items()
                                   if i in found and _rules().by_id(found[i]).get("sets_goal")}
        elif "row_year" not in columns and not (title and (breakdown.match(shown, *title[0])
                                                            or expected.search(shown, *title[0]))):
            if not _bounded_below(shown, cells, columns):
                return None
            columns["noted"] = True  # (kept where the note under its last row bounds its figures)
        else:  # (a table by year, or one that breaks down the figures above by place)
            columns["untitled"] = True
    columns["last"] = max(columns["measures"])  # (a row may leave out the notes after it)
    # (a title ends in no full stop: a line above the table's lead-in that does is the end of the text
    # before, whose year, `… danh hiệu “Thôn văn hóa” năm 2026.`, is not the table's; a heading's is)
    said = next((k for k, (lo, hi) in enumerate(title) if k and shown[lo:hi].rstrip()[-1:] in (".", ";")), len(title))
    year = next((y for y in (_year_in(shown, lo, hi) for lo, hi in title[:said]) if y), None)
    dated = columns.pop("dated", {})
    for index, (name, unit) in columns["measures"].items():
        columns["measures"][index] = (name, unit, dated.get(index) or _year_in(shown, name.start, name.end) or year)
    columns["caption"] = (tuple(cells), year)  # (the names and the title's year, for _measures_by_text_total)
    return columns


def _base_count(shown: str, cells: list[Cell], index: int, rule_id: str, others: list[int]) -> bool:
    """Is a column that counts its noun only when alone (`Số học sinh`, `Số lớp`: rules/appendix.yaml
    locality_col.enrolment) how many there are, beside the other measure columns: so beside one that
    is no `Số …` count (a rate, `Tỷ lệ học sinh biết bơi (%)`) or counts the same noun (`Số trẻ`
    beside `Số trẻ được tiêm (trẻ)`, a part of them).  Beside counts of other things (`Số trẻ được
    dạy bơi (em) | Số lớp` under `Phân bổ chỉ tiêu dạy bơi`) it is each place's quota as they are."""
    noun = " ".join(_rules().by_id(rule_id).match(shown, cells[index].start, cells[index].end)
                    .group("noun").split()).casefold()
    for i in others:
        said = " ".join(shown[cells[i].start:cells[i].end].split()).casefold()
        if not said.startswith("số ") or _opens_with(said[3:], noun):
            return True
    return False


def _due_column(shown: str, cells: list[Cell], place: int | None) -> bool:
    """Does a column say by when each row's unit is to finish its row (`TT | Chủ rừng | Đường ranh
    cản lửa (km) | Đốt trước (ha) | Hoàn thành`, rules/appendix.yaml appendix.locality_col.due)?  A
    unit's figures with a day to finish them by are its share of the work, goals as under a title
    that sets them.  Only when the rows are the bodies doing the work (their column comes first
    after the index, named by a rule marked `doer`): in a list of works, projects or properties
    (`Tuyến hẻm | Khu phố | Dài (m) | … | Hoàn thành`, `Tên dự án | … | Lũy kế giải ngân (tỷ đồng) |
    Thời gian hoàn thành`, `Tên cơ sở nhà, đất | … | Diện tích đất (m2) | … | Thời hạn hoàn thành`)
    the figures describe each thing worked on."""
    first = 1 if cells and _column(shown[cells[0].start:cells[0].end]) == "index" else 0
    if place != first or place >= len(cells):
        return False
    doer = any(rule.get("doer") and rule.match(shown, cells[place].start, cells[place].end)
               for rule in _rules().group("locality_columns"))
    due = _rules().by_id("appendix.locality_col.due")
    return doer and any(due.match(shown, c.start, c.end) for c in cells)


def _goal_titled(shown: str, title: list[tuple[int, int]]) -> bool:
    """Does a line over a table by place set goals, or the heading whose numbered part the
    nearest such line is (`3.2. Các dự án khởi công mới` under `3. Chỉ tiêu hoàn thành theo
    từng dự án`, with the part before it in between)?  The part shares its parent's goals."""
    goal = _rules().by_id("appendix.locality_title.goal")
    if any(goal.search(shown, lo, hi) for lo, hi in title):
        return True
    sub = next((m for m in (_rules().by_id("appendix.locality_title.sub_heading").match(shown, lo, hi)
                            for lo, hi in title) if m), None)
    if sub is None:
        return False
    parent = re.compile(r"[ \t]*" + re.escape(sub.group("parent")) + r"\.?[ \t]+[^\W\d_]")
    end = shown.rfind("\n", 0, sub.start())
    while end > 0:
        start = shown.rfind("\n", 0, end) + 1
        if parent.match(shown, start, end):
            return bool(goal.search(shown, start, end))
        end = start - 1
    return False


def _all_measured(shown: str, cells: list[Cell], columns: dict) -> bool:
    """Is every column of a header by school level, but its index, level and notes, a measure
    (`Cấp học | Tỷ lệ trường tổ chức hoạt động STEM | Số bài học STEM/năm học`)?  A column the
    header does not name as one (`GV được bồi dưỡng` over `100% GV Tin học`) leaves the table to
    be read as text, whose cells say what they count (rules/appendix.yaml locality_col.school_level)."""
    aside = _rules().by_id("appendix.free_column.aside")
    facts = [r for r in _rules().group("locality_columns") if r.get("column") == "fact"]
    for index, cell in enumerate(cells):
        name = shown[cell.start:cell.end].strip()
        if index in columns["measures"] or index == columns.get("place") or not name \
                or _column(name) == "index" or aside.match(name) or any(r.match(name) for r in facts):
            continue  # (a fact of each level, `Số trường`, `Số điểm trường lẻ`: named, what the level is made of)
        return False
    return True


def _note_span(shown: str, rows, most: int = 3) -> tuple[int, int]:
    """(start, end) of the note's lines right under a table's last row."""
    lo = rows[-1][0].end
    hi = lo
    for _ in range(most):
        nxt = shown.find("\n", hi + 1)
        hi = len(shown) if nxt < 0 else nxt
    return lo, hi


def _note_above(shown: str, columns: dict, most: int = 2) -> list[tuple[int, int]]:
    """(start, end) of the lines right over a table's header, up to a blank line: a note set
    under the title, before the table (`Biểu số 01. CHỈ TIÊU … GIAO CÁC PHÒNG` / `(Tỷ lệ trong Biểu
    là mức tối thiểu phải đạt …)`), bounds the figures as one under the last row does."""
    starts = [name.start for name, *_ in columns.get("measures", {}).values()]
    if not starts:
        return []
    if columns.get("caption"):  # (a header flattened one name a line: the lines over its first name)
        starts.append(columns["caption"][0][0].start)
    end = shown.rfind("\n", 0, min(starts))
    found: list[tuple[int, int]] = []
    while end > 0 and len(found) < most:
        start = shown.rfind("\n", 0, end) + 1
        if not shown[start:end].strip():
            break
        found.append((start, end))
        end = start - 1
    return found


def _bounded_below(shown: str, cells: list[Cell], columns: dict, most: int = 40) -> bool:
    """Does a note that bounds all the figures (`(Số liệu trên là số liệu tối thiểu …)`,
    rules/appendix.yaml note_bounds) stand in the lines under this header, before a blank line?
    Such a note makes a table by place under a title that names no goal (`Dự kiến phương tiện
    tăng cường tại các bến xe:`) a table of goals, as a title saying `tối thiểu` does.  So does a
    note that names some of its figures, in the few lines after the rows' blank line too
    (`Ghi chú:` / `- Số LLXK và số phao cứu sinh, áo phao nêu tại bảng là mức tối thiểu …`):
    the columns it names are the goals (indicator_rows)."""
    lo = hi = cells[-1].end
    for _ in range(most):
        nxt = shown.find("\n", hi + 1)
        if nxt < 0 or not shown[hi + 1:nxt].strip():
            break
        hi = nxt
    if _bound_for_all(shown, lo, hi) is not None:
        return True
    note = _note_span(shown, [(Cell(lo, hi),)])
    return any(_named_bounds(shown, list(rule.finditer(shown, *note)), columns["measures"], rule)
               for rule in _rules().group("note_bounds") if "names" in rule.pattern.groupindex)


def _named_bounds(shown: str, found: list, measures: dict, rule) -> dict[int, str]:
    """{measure column: comparator} for each column whose name opens with a figure a note's
    `found` matches of `rule` name (`chỉ tiêu số lớp, số học viên là chỉ tiêu tối thiểu` over
    `Số lớp mở mới (lớp)`), or with the figure's noun alone (`LLXK (người)` for `Số LLXK … là
    mức tối thiểu`), as a row's name does (_row_bound).  A note may name a count by its column's
    unit and name (`số TBA chống quá tải` over `Chống quá tải (TBA)`), or a column by its own name
    (`chỉ tiêu SAIDI, SAIFI là giá trị tối đa`: the rule's `names_rule` reads such a list).  A column
    may shorten the note's words to their initials (`Phiên tòa RKN` for `số phiên tòa rút kinh
    nghiệm`, _abbreviates)."""
    named = _rules().by_id(rule.get("names_rule") or "appendix.note_bound.name")
    said = {index: _said_lower(shown, name) for index, (name, *_) in measures.items()}
    counted = {index: f"{_said_lower(shown, unit)} {said[index]}" for index, (_, unit, *_) in measures.items()
               if isinstance(unit, Cell) and unit.start < unit.end}
    bounds: dict[int, str] = {}
    for m in found:
        nouns = [" ".join(n.group("noun").lower().split()) for n in named.finditer(m.group("names"))]
        for index, name in said.items():
            if index not in bounds and any(_opens_with(name, noun) or name.startswith(f"số {noun}")
                                           or _opens_with(counted.get(index, ""), noun)
                                           or _heads(name, f"số {noun}")
                                           or _opens_abbreviated(name, noun) for noun in nouns):
                bounds[index] = rule.get("comparator")
    return bounds


def _opens_abbreviated(name: str, noun: str) -> bool:
    """Do the first words of `name` shorten `noun` by initials (`phiên tòa rkn (phiên)` for
    `phiên tòa rút kinh nghiệm`)?"""
    said = name.split()
    return any(_abbreviates(" ".join(said[:k]), noun) for k in range(1, len(said) + 1))


def _heads(name: str, figure: str) -> bool:
    """Is a column's `Số …` name the head of the figure a note names in full (`số vụ` for `số vụ
    phát hiện, bắt giữ`)?  The column shortens the figure to its counted noun."""
    return name.startswith("số ") and len(name.split()) >= 2 and _opens_with(figure, name)


def _opens_with(name: str, noun: str) -> bool:
    """Does `name` open with the words of `noun` (`saidi (phút)` with `saidi`, not `saidim`)?"""
    return bool(noun) and name.startswith(noun) and not name[len(noun):len(noun) + 1].isalpha()


def _said_lower(shown: str, cell: Cell) -> str:
    """A name cell's words over all its pieces, one space apart and lower-cased, as a note names it."""
    return " ".join(w for p in _pieces(cell) for w in shown[p.start:p.end].split()).lower()


def _note_bound_all(shown: str, rows) -> str | None:
    """The comparator a note under the table sets for all its figures (`Ghi chú: các chỉ tiêu
    trên là chỉ tiêu tối thiểu`, rules/appendix.yaml note_bounds without names), if any."""
    return _bound_for_all(shown, *_note_span(shown, rows)) if rows else None


def _note_row_bounds(shown: str, rows) -> list[tuple[str, str]]:
    """(indicator, comparator) of each row a note under a table of indicators bounds by name
    (`Chỉ tiêu cai nghiện tự nguyện và số TDP đạt tiêu chí tại biểu là chỉ tiêu tối thiểu`,
    rules/appendix.yaml note_bound.rows_gte), the indicator lower-cased."""
    if not rows:
        return []
    rule, name = _rules().by_id("appendix.note_bound.rows_gte"), _rules().by_id("appendix.note_bound.row_name")
    return [(" ".join(n.group("noun").lower().split()), rule.get("comparator"))
            for m in rule.finditer(shown, *_note_span(shown, rows)) for n in name.finditer(m.group("names"))]


def _row_bound(shown: str, indicator: Cell | None, named: list[tuple[str, str]]) -> str | None:
    """The comparator such a note sets for the row of `indicator`: the row's name opens with a
    named indicator (`Cai nghiện tự nguyện tại gia đình, cộng đồng`), or with `Số` and it."""
    if not named or indicator is None:
        return None
    said = _said_lower(shown, indicator)
    return next((c for noun, c in named if said.startswith(noun) or said.startswith(f"số {noun}")), None)


def _bound_for_all(shown: str, lo: int, hi: int) -> str | None:
    """The comparator a note in shown[lo:hi] sets for all the table's figures (_note_bound_all)."""
    return next((rule.get("comparator") for rule in _rules().group("note_bounds")
                 if not {"names", "year", "numbers"} & rule.pattern.groupindex.keys() and rule.get("comparator")
                 and not rule.get("unit") and rule.search(shown, lo, hi)), None)


def _note_bounds(shown: str, columns: dict, rows) -> dict:
    """`columns` with the bounds a note under the table (or right over its header, _note_above)
    sets (`chỉ tiêu số lớp, số học viên là chỉ tiêu tối thiểu`, rules/appendix.yaml note_bounds):
    each measure column whose name opens with a figure the note names (`Số lớp mở mới (lớp)`) takes
    its comparator, as the note's words would in a sentence; a note on one year's figures (`Chỉ tiêu năm 2026 tại Bảng
    là chỉ tiêu tối thiểu`) bounds the columns due that year; a note on one unit's figures (`tỷ
    lệ trong bảng là tỷ lệ tối thiểu`) the columns in that unit; a note on all the table's figures
    bounds every column; a column that names its own bound keeps it."""
    if not rows:
        return columns
    spans = [_note_span(shown, rows), *_note_above(shown, columns)]
    bounds = dict(columns.get("bounds", {}))
    every = next((b for b in (_bound_for_all(shown, lo, hi) for lo, hi in spans) if b), None)
    if every:
        bounds = {**dict.fromkeys(columns["measures"], every), **bounds}
    for rule in _rules().group("note_bounds"):
        found = [m for lo, hi in spans for m in rule.finditer(shown, lo, hi)]
        if rule.get("unit"):
            if found:
                for index, (_, unit, _) in columns["measures"].items():
                    if unit is not None and shown[unit.start:unit.end].strip() == rule.get("unit"):
                        bounds.setdefault(index, rule.get("comparator"))
            continue
        if "year" in rule.pattern.groupindex:
            for m in found:
                for index, (_, _, year) in columns["measures"].items():
                    if year == int(m.group("year")):
                        bounds.setdefault(index, rule.get("comparator"))
            continue
        if "numbers" in rule.pattern.groupindex:
            for index, comparator in _numbered_bounds(shown, columns, rows, rule).items():
                bounds.setdefault(index, comparator)
            continue
        if "names" not in rule.pattern.groupindex:
            continue
        for index, comparator in _named_bounds(shown, found, columns["measures"], rule).items():
            if index not in bounds:
                bounds[index] = comparator
    return {**columns, "bounds": bounds} if bounds else columns


def _numbered_bounds(shown: str, columns: dict, rows, rule, most: int = 8) -> dict[int, str]:
    """{measure column: comparator} for the columns a note names by the numbers the header's line of
    column numbers gives them (`(1)<TAB>(2)<TAB>…<TAB>(6)=(5)/(3)` under the names; `Số giảm và tỷ lệ
    giảm tại cột (4), (5), (6) là mức tối thiểu`, rules/appendix.yaml note_bound.numbered_gte).  The
    note stands under the last row or in the lead-in over the table's title, a paragraph the blank
    line before the title parts from it: a form's numbers name its columns wherever it is described."""
    starts = [name.start for name, *_ in columns.get("measures", {}).values()]
    if not rows or not starts:
        return {}
    numbering = _rules().by_id("appendix.column_numbers")
    numbered: dict[int, int] = {}  # column number → cell index
    lo = shown.rfind("\n", 0, min(starts)) + 1
    while lo < rows[0][0].start:
        hi = shown.find("\n", lo)
        hi = len(shown) if hi < 0 else hi
        if numbering.match(shown, lo, hi):
            for index, m in enumerate(_rules().by_id("appendix.column_number").finditer(shown, lo, hi)):
                if m.group("n").isdigit():
                    numbered.setdefault(int(m.group("n")), index)
            break
        lo = hi + 1
    if not numbered:
        return {}
    above, end, blanks = [], shown.rfind("\n", 0, min(starts)), 0
    while end > 0 and len(above) < most:
        start = shown.rfind("\n", 0, end) + 1
        if not shown[start:end].strip():
            blanks += 1
            if blanks > 1:
                break
        else:
            above.append((start, end))
        end = start - 1
    bounds: dict[int, str] = {}
    for lo, hi in [_note_span(shown, rows), *above]:
        for m in rule.finditer(shown, lo, hi):
            said = [int(n) for n in re.findall(r"\d{1,2}", m.group("numbers"))]
            if re.search(r"\d\)?\s*(?:-|–|đến)\s*\(?\d", m.group("numbers")) and len(said) == 2:
                said = list(range(said[0], said[1] + 1))  # (`cột 4 - 6`: the columns from one to the other)
            for number in said:
                index = numbered.get(number)
                if index in columns["measures"]:
                    bounds.setdefault(index, rule.get("comparator"))
    return bounds


def _title_bound(shown: str, cells: list[Cell], columns: dict) -> None:
    """The line leading into the table that makes all its figures minimums or caps (`Khối lượng
    tối thiểu như sau:` over a stock table by unit, rules/appendix.yaml locality_title.minimum):
    each measure column without a bound of its own takes it, so it is a goal as a bounded column is.
    A column after them named by the things alone (`Dầm thép cầu tạm` over `02 bộ dầm Bailey`) is
    one too, without a unit: only its cells that write their own are targets (extract/targets.py)."""
    if not cells or not columns["measures"] or "place" not in columns:
        return
    title = _title_lines(shown, cells[0].start, 1)
    for rule_id in ("appendix.locality_title.minimum", "appendix.locality_title.maximum"):
        rule = _rules().by_id(rule_id)
        if any(rule.search(shown, lo, hi) for lo, hi in title):
            for index in range(max(columns["measures"]) + 1, len(cells)):
                name = shown[cells[index].start:cells[index].end]
                if not name.strip() or _column(name) or _names_any(name) \
                        or _rules().by_id("appendix.free_column.aside").match(name):
                    break
                columns["measures"][index] = (cells[index], None)
            bounds = columns.setdefault("bounds", {})
            for index in columns["measures"]:
                bounds.setdefault(index, rule.get("comparator"))
            return


def _plan_year(shown: str, cells: list[Cell]) -> int | None:
    """The year of the capital plan a header names in one of its cells (`Vốn KH 2026 (triệu
    đồng)`): a disbursement milestone that writes no year (`Giải ngân đến 30/9 (%)`) falls in it."""
    rule = _rules().by_id("appendix.header_plan_year")
    return next((int(m.group("year")) for c in cells if (m := rule.search(shown, c.start, c.end))), None)


def _column_bounds(shown: str, cells: list[Cell], columns: dict) -> None:
    """A measure column whose name ends in a bound (`Kiến nghị phòng ngừa (tối thiểu)`,
    `Số vụ kiểm tra tối thiểu`) gives its cells that comparator (`bounds`: {index:
    comparator}); the bound is cut from the name and is no unit, a unit in brackets after it
    stays (`Tỷ lệ tiết kiệm tối thiểu (%)`; rules/appendix.yaml column_bounds), and a year
    after the bound dates the column (`Chỉ tiêu thu nợ tối thiểu năm 2027`)."""
    for index, (name, unit) in list(columns["measures"].items()):
        cell = cells[index]
        for rule in _rules().group("column_bounds"):
            m = rule.search(shown, cell.start, cell.end)
            if m:
                columns.setdefault("bounds", {})[index] = rule.get("comparator")
                if m.group("year"):  # (`Chỉ tiêu thu nợ tối thiểu năm 2027`: the year cut with the bound dates it)
                    columns.setdefault("dated", {}).setdefault(index, int(m.group("year")))
                end = min(name.end, m.start())
                while end > name.start and shown[end - 1].isspace():
                    end -= 1
                unit = None if unit is not None and unit.end > m.start() and unit.start < m.end() else unit
                columns["measures"][index] = (Cell(name.start, end), unit)
                break


def column_units(shown: str, pos: int) -> list[tuple[str, Cell]]:
    """(what, unit) of each pair of a unit line over the table at `pos` that gives each
    column its own unit (`(Đơn vị tính: vận động Quỹ - triệu đồng; nhà - căn)`); none
    without such a line.  A line that gives the table's unit before the columns' own
    (`(đơn vị tính: căn; kinh phí: triệu đồng)`) makes that unit a pair naming nothing.
    A legend of columns headed by number (`(Cột (1): số phụ nữ được hỗ trợ - người; cột
    (2): số mô hình - mô hình)`) names each pair by its column's number first (`(1) số phụ
    nữ được hỗ trợ`), which the column's header `(1)` opens."""
    rule = _rules().by_id("appendix.stated_unit.by_column")
    main = _rules().by_id("appendix.stated_unit.main_and_columns")
    legend = _rules().by_id("appendix.stated_unit.column_legend")
    end, seen = shown.rfind("\n", 0, pos), 0
    bottom = end
    while end > 0 and seen < 3:
        start = shown.rfind("\n", 0, end) + 1
        if "|" in shown[start:end] or "\t" in shown[start:end]:
            return []
        m = main.match(shown, start, end)
        if m:
            return [("", Cell(*m.span("main"))), *_unit_pairs(shown, m.start("pairs"), m.end("pairs"), ":")]
        m = rule.match(shown, start, end)
        if m:
            return _unit_pairs(shown, m.start("pairs"), m.end("pairs"), r"\s[-–]\s")
        m = legend.match(shown, start, bottom)  # (a legend may wrap onto the lines below it)
        if m:
            return [(" ".join(re.sub(r"(?i)^cột\s*\(?(\d+)\)?\s*:", r"(\1)", what).split()), unit)
                    for what, unit in _unit_pairs(shown, m.start("pairs"), m.end("pairs"), r"\s[-–]\s")]
        seen += bool(shown[start:end].strip())
        end = start - 1
    return []


def _unit_pairs(shown: str, at: int, end: int, split: str) -> list[tuple[str, Cell]]:
    """(what, unit) of each `;`-separated piece of shown[at:end] that `split` parts in two
    (`kinh phí: triệu đồng` at `:`, `nhà - căn` at ` - `): what folded, the unit's cell trimmed."""
    pairs = []
    for piece in shown[at:end].split(";"):
        parted = re.search(split, piece)
        if parted:
            lo, hi = at + len(piece) - len(piece.lstrip()), at + len(piece.rstrip())
            unit_lo = at + parted.end()
            unit_lo += len(shown[unit_lo:hi]) - len(shown[unit_lo:hi].lstrip())
            pairs.append((" ".join(shown[lo:at + parted.start()].split()).casefold(), Cell(unit_lo, hi)))
        at += len(piece) + 1
    return pairs


def _measures_by_unit_line(shown: str, cells: list[Cell], columns: dict,
                           pairs: list[tuple[str, Cell]] | None = None) -> None:
    """Under a unit line that gives each column its unit (`(Đơn vị tính: vận động Quỹ -
    triệu đồng; nhà - căn)`), the columns named by no rule (`Vận động Quỹ | Xây mới |
    Sửa chữa`) are measures in the unit of the pair naming them; the one pair naming no
    column (`nhà - căn`) is the unit of the columns left.  Such a table hands each
    row's unit its share (`Đơn vị thực hiện` is its place column).  Every such column
    must get a unit, else the table is left as it was.  (`pairs`: read from the source
    text by a layout table, whose lines the working copy may have joined.)"""
    if pairs is None:
        pairs = column_units(shown, cells[0].start) if cells else []
    if len(pairs) < 2:
        return
    for index, (name, unit) in list(columns["measures"].items()):
        # (a measure a rule names with no unit of its own, `Diện tích | Năng suất` under `ĐVT: diện tích -
        # ha; năng suất - tấn/ha`: the pair naming it gives its unit)
        said = " ".join(shown[name.start:name.end].split()).casefold()
        if unit is None and said:
            columns["measures"][index] = (name, next((u for what, u in pairs if what and (
                what.startswith(said) or said.startswith(what))), None))
    taken = set(columns["measures"]) | {v for k, v in columns.items() if isinstance(v, int)}
    free = {}
    for index, cell in enumerate(cells):
        name = shown[cell.start:cell.end]
        kind = _column(name)
        if index in taken or not name.strip() or kind not in (None, "lead"):
            continue
        if kind == "lead":
            if "place" not in columns:
                columns["place"] = index
            continue
        if any(rule.match(name) and rule.get("column") != "category" for rule in _rules().group("indicator_columns")):
            continue  # (a year or goal column; the sum column, `Tổng số`, is a measure like the rest)
        free[index] = " ".join(name.split()).casefold()
    if not free:
        return
    units: dict[int, Cell] = {}
    used = set()
    for index, name in free.items():
        for k, (what, unit) in enumerate(pairs):
            if what and (what.startswith(name) or name.startswith(what) or _abbreviates(name, what)):
                units[index] = unit
                used.add(k)
                break
    rest = [unit for k, (_, unit) in enumerate(pairs) if k not in used]
    if len(rest) == 1:
        units.update({index: rest[0] for index in free if index not in units})
    if len(units) != len(free):
        return
    for index, unit in units.items():
        columns["measures"][index] = (cells[index], unit)
    columns["shares"] = True


def _measures_by_unit_list(shown: str, cells: list[Cell], columns: dict) -> None:
    """A measure column with no unit of its own, under a unit line that lists the columns'
    units without naming them (`(ĐVT: hộ; con; triệu đồng)` over `Chỉ tiêu giảm hộ nghèo`):
    the listed unit its name holds as a word, the longest if several (`triệu đồng`, not `đồng`)."""
    bare = [i for i, (_, unit) in columns["measures"].items() if unit is None]
    listed = stated_unit(shown, cells[0].start, "appendix.stated_unit.list") if bare and cells else None
    if listed is None:
        return
    units, at = [], listed.start
    for piece in re.split(r"([;,])", shown[listed.start:listed.end]):
        if piece not in (";", ","):
            lo = at + len(piece) - len(piece.lstrip())
            units.append(Cell(lo, at + len(piece.rstrip())))
        at += len(piece)
    units.sort(key=lambda u: u.start - u.end)
    for index in bare:
        name = columns["measures"][index][0]
        words = f" {' '.join(shown[p.start:p.end] for p in (name.parts or (name,))).casefold()} "
        words = re.sub(r"[^\w]+", " ", words)
        unit = next((u for u in units if f" {' '.join(shown[u.start:u.end].casefold().split())} " in words), None)
        if unit is not None:
            columns["measures"][index] = (name, unit)


def _measures_by_legend(shown: str, cells: list[Cell], columns: dict) -> None:
    """A measure column that states no unit and names initials a legend over the table spells
    out with a share's or rate's unit (`Chỉ tiêu VST 2027` under `(VST: tỷ lệ tuân thủ vệ sinh
    tay, %; NKVM: …, %)`, rules/appendix.yaml stated_unit.initials_legend) counts in that unit:
    its bare cells (`≥ 90`) are shares, as the legend says."""
    if not cells or not columns["measures"]:
        return
    legend = _rules().by_id("appendix.stated_unit.initials_legend")
    units: dict[str, Cell] = {}
    end, seen = shown.rfind("\n", 0, cells[0].start), 0
    while end > 0 and seen < 3:
        start = shown.rfind("\n", 0, end) + 1
        if "|" in shown[start:end] or "\t" in shown[start:end]:
            break
        for m in legend.finditer(shown, start, end):
            units.setdefault(m.group("abbr"), Cell(*m.span("unit")))
        seen += bool(shown[start:end].strip())
        end = start - 1
    if not units:
        return
    for index, (name, unit) in list(columns["measures"].items()):
        said = [units[w] for w in re.findall(r"[^\W_]+", shown[name.start:name.end]) if w in units]
        if unit is None and said and len({shown[u.start:u.end] for u in said}) == 1:
            columns["measures"][index] = (name, said[0])


def _abbreviates(name: str, what: str) -> bool:
    """Does a column's name shorten the unit line's words by their initials (`Cây PT` for `cây
    phân tán`, `Rừng PH` for `rừng phòng hộ`)?  Each word of the name is one of the words, or
    the first letters of as many of them; both folded."""
    said, words = name.split(), what.split()
    k = 0
    for word in said:
        if k < len(words) and words[k] == word:
            k += 1
        elif 2 <= len(word) <= 4 and "".join(w[0] for w in words[k:k + len(word)]) == word:
            k += len(word)
        else:
            return False
    return k == len(words) and len(said) < len(words)


def _measures_by_year(shown: str, cells: list[Cell], columns: dict) -> None:
    """A table of units or places by year (`TT | Đơn vị thực hiện | Năm 2026 | Năm 2027`) has
    no column naming what it measures: its title does, with the unit (`Bảng chỉ tiêu số hóa
    giao các Trung tâm Lưu trữ quốc gia (đơn vị tính: trang)`, or an `ĐVT:` line under a
    title that sets goals).  Each year column then measures the title, due in its year.
    Only when every other column is the places' (or the bodies' who carry them out), the
    index or one that says whom or where a row is about (`Vắc xin | Đối tượng | Năm 2026 |
    Năm 2028` under `Bảng 1. Lộ trình tỷ lệ bao phủ vắc xin mới (%)`), a fact of the place
    (`Ước TH 2025`, the baseline) or names no figure (`Ghi chú`, `Đồn Biên phòng phối hợp`,
    appendix.free_column.aside): a task table with year columns is no such table."""
    if columns["measures"] or not cells:
        return
    year_rule = _rules().by_id("appendix.indicator_col.year")
    lead_rule = _rules().by_id("appendix.indicator_col.lead")
    aside = _rules().by_id("appendix.free_column.aside")
    years: dict[int, int] = {}
    place = columns.get("place")
    for index, cell in enumerate(cells):
        if index == place or cell.start == cell.end:
            continue
        m = year_rule.match(shown, cell.start, cell.end)
        if m:
            years[index] = int(m.group("year"))
        elif place is None and lead_rule.match(shown, cell.start, cell.end):
            place = index
        elif place is None and not years and not _names_any(shown[cell.start:cell.end]):
            # (`TT | Loại ung thư | 2026 | 2027`: the rows are kinds, named as no rule knows)
            place = index
            columns["labelled"] = True
        elif _column(shown[cell.start:cell.end]) not in ("index", "aside") \
                and not _fact_column(shown[cell.start:cell.end]) and not aside.match(shown, cell.start, cell.end):
            return
    titled = _titled_unit(shown, cells[0].start) if place is not None and years else None
    if titled is None:
        return
    name, unit = titled
    columns["place"] = place
    for index, year in years.items():
        columns["measures"][index] = (name, unit)
        columns.setdefault("dated", {})[index] = year


def _measures_by_stated_unit(shown: str, cells: list[Cell], columns: dict) -> None:
    """A quota table by place names its columns by what they count, in words no rule knows
    (`TT | Đơn vị | Bài báo ISI/Scopus | Bài báo trong nước | Đề tài cấp Bộ` under `Chỉ tiêu
    … giao cho các Khoa, Viện như sau` and `Đơn vị tính: bài báo/đề tài/sản phẩm`): under a
    title that sets goals, with a unit line and no title line of facts (`Kết quả …`,
    `Danh sách …`), each such column is a quota of the row's place, in the unit line's
    unit; a line listing one unit per kind of column gives each column the one its name
    opens with (the one no column names: the column left).  Only when every other column
    is the place's, the index, a note (`Ghi chú`) or a fact of the place (`Dân số`, beside
    `Lao các thể` under `Chỉ tiêu phát hiện người bệnh lao năm 2026 (Đơn vị tính: người)`:
    the unit may close the title line, in brackets).  Beside rate columns that say their own
    unit (`Tỷ lệ bao phủ BHYT (%) | BHXH bắt buộc | BHXH tự nguyện | BHTN | Tỷ lệ nợ (%)` under
    `Đơn vị tính: người; tỷ lệ … - %`) the columns left are the unit line's quotas too, and so
    beside a `Số …` column that counts the unit line's own unit (`Số cơ sở dôi dư phải xử lý |
    Chuyển đổi công năng | Điều chuyển, thu hồi | Thời hạn hoàn thành` under `Đơn vị tính: cơ
    sở`: the whole and its parts by way of handling); the row's time column is its deadline.  A bare
    sum column (`Tổng cộng`) adds the row's quotas up and sets none of its own."""
    if "place" not in columns or not cells:
        return
    title = _title_lines(shown, cells[0].start)
    unit = stated_unit(shown, cells[0].start) or next(
        (Cell(*m.span("unit")) for lo, hi in title[:1]
         if (m := _rules().by_id("appendix.stated_unit.in_title").match(shown, lo, hi))), None)
    counted_noun = unit and " ".join(shown[unit.start:unit.end].split()).casefold()
    # (a `Tỷ lệ …` column whose cells write no `%` takes a unit line's `%`: `Tỷ lệ nợ xấu nội
    # bảng` over `dưới 2,2` under `Bảng 1. Chỉ tiêu định hướng theo địa bàn (Đơn vị: %)`)
    share = _rules().by_id("appendix.locality_col.share")
    shares = {index for index, (name, u) in columns["measures"].items()
              if u is None and counted_noun == "%" and share.match(shown, name.start, name.end)}
    if any(u is None and index not in shares and not (counted_noun and _counts_noun(shown, name, counted_noun))
           for index, (name, u) in columns["measures"].items()):
        return
    goal, fact = _rules().by_id("appendix.locality_title.goal"), _rules().by_id("appendix.locality_title.fact")
    said = [(lo, hi) for lo, hi in title if not _rules().by_id("appendix.stated_unit").match(shown, lo, hi)]
    if unit is None or not any(goal.search(shown, lo, hi) for lo, hi in title) or (
            said and _says_outside_brackets(fact, shown, *said[0])):
        return
    aside, total = _rules().by_id("appendix.free_column.aside"), _rules().by_id("appendix.free_column.total")
    counted = {piece for piece, _ in _unit_pieces(shown, unit)}
    free: dict[int, str] = {}
    for index, cell in enumerate(cells):
        name = shown[cell.start:cell.end]
        kind = _column(name)
        if kind == "time":
            columns.setdefault("time", index)  # (the row's deadline: the year its quotas are due)
        if index == columns["place"] or index in columns["measures"] or not name.strip() \
                or kind in ("index", "time") \
                or aside.match(name) or total.match(name) or _fact_column(name):
            continue
        folded = " ".join(name.split()).casefold()
        if _names_any(name) and not any(folded.startswith(piece if len(counted) > 1 else f"{piece} ")
                                        for piece in counted):
            # (`Đề tài cấp Bộ` names a task column, but the unit line says what it counts; so does
            # a kind of the one thing counted, `Sản phẩm 4 sao` under `ĐVT: sản phẩm`)
            return
        free[index] = folded
    for index in shares:
        columns["measures"][index] = (columns["measures"][index][0], unit)
    if not free:
        return
    units = _column_unit_pieces(shown, unit, free)
    for index in free:
        columns["measures"][index] = (cells[index], units.get(index, unit))
        columns.setdefault("quotas", set()).add(index)
    columns["labelled"] = True


def _fact_column(name: str) -> bool:
    """Does a column's name tell a fact of the row's place (a locality column rule of kind
    `fact`: `Diện tích quản lý (ha)`, `Số hộ`, `Ước TH 2025`), no quota of it?"""
    return any(rule.match(name) for rule in _rules().group("locality_columns") if rule.get("column") == "fact")


def _measures_by_quota_title(shown: str, cells: list[Cell], columns: dict,
                             pairs: list[tuple[str, Cell]] | None = None) -> None:
    """A table by place under a line handing each place its quota (`Phân bổ chỉ tiêu xây dựng Tổ
    liên gia … năm 2026 (theo địa bàn):` over `STT | Địa bàn | Tổ liên gia | Điểm CCCC | Ghi chú`)
    names each column by the thing it counts and needs no unit line: each such column is a
    quota of the row's place, counted in its own noun, read only in its bare numbers.  Not when
    a unit line or a rule names the columns, nor beside a column of words (`Nội dung`), a column
    named by a figure (`Năm 2026`) or a blank name (a header on two rows, `Bệnh SXH |  | Bệnh
    TCM` over `Số mắc tối đa (ca) | Chỉ số BI | …`).  A fact of the place or a second place
    column beside the quotas (`Cụm | Khu phố | Số hộ | Hộ ký cam kết | Camera lắp mới` under
    `Chỉ tiêu năm 2027 phân bổ theo cụm khu phố`) says where and how large, no quota: passed over."""
    if "place" not in columns or columns["measures"] or not cells \
            or len(column_units(shown, cells[0].start) if pairs is None else pairs) >= 2:
        return
    title = _title_lines(shown, cells[0].start, 1)
    quota = _rules().by_id("appendix.locality_title.quota_by_place")
    says_unit = _rules().by_id("appendix.locality_title.says_unit")
    # (a unit line the working copy joined onto the title, `3. Phân bổ chỉ tiêu … (Đơn vị tính: …)`, names the units)
    if not title or not quota.search(shown, *title[0]) or stated_unit(shown, cells[0].start) \
            or says_unit.search(shown, *title[0]):
        return
    aside, total = _rules().by_id("appendix.free_column.aside"), _rules().by_id("appendix.free_column.total")
    free = []
    for index, cell in enumerate(cells):
        name = shown[cell.start:cell.end]
        if index > columns["place"] and not name.strip():
            return
        if index == columns["place"] or not name.strip() or _column(name) == "index" \
                or aside.match(name) or total.match(name):
            continue
        if index > columns["place"] and (_fact_column(name) or _place_column(name)):
            continue
        if _names_any(name) or _fact_column(name) or any(ch.isdigit() for ch in name) \
                or len(name.split()) > 4:
            return
        free.append(index)
    for index in free:
        columns["measures"][index] = (cells[index], None)
        columns.setdefault("quotas", set()).add(index)
        columns.setdefault("bare", set()).add(index)
    if free:
        columns["labelled"] = True


def _place_column(name: str) -> bool:
    """Does a column's name name the row's place (a locality column rule of kind `place`)?"""
    return any(rule.get("column") == "place" and rule.match(name) for rule in _rules().group("locality_columns"))


def _measures_by_total(shown: str, cells: list[Cell], columns: dict) -> None:
    """A sum column that says its unit (`Tổng số (căn)`) split into parts no rule names, right
    before or after it (`TT | Tên bản | Tổng số (căn) | Xây mới | Sửa chữa | Cán bộ phụ trách` under
    `Chỉ tiêu giao cụ thể từng bản`): each part is a measure in the sum's unit, as the sentence
    `142 căn, trong đó xây mới 98 căn, sửa chữa 44 căn` would make it.  Two parts at least (one
    column beside a sum is no split of it); a note or a person's column (`Ghi chú`, `Cán bộ phụ
    trách`), a named column or a fact of the place ends the run."""
    if "place" not in columns:
        return
    total = _rules().by_id("appendix.free_column.total")
    aside = _rules().by_id("appendix.free_column.aside")

    def part(k: int) -> bool:
        name = shown[cells[k].start:cells[k].end]
        return k != columns["place"] and k not in columns["measures"] and bool(name.strip()) \
            and not _names_any(name) and not aside.match(name) and not _fact_column(name)

    for index, (name, unit) in list(columns["measures"].items()):
        if unit is None or not total.match(shown, name.start, name.end):
            continue
        parts = []
        for step in (1, -1):
            k = index + step
            while 0 <= k < len(cells) and part(k):
                parts.append(k)
                k += step
        if len(parts) >= 2:
            for k in parts:
                columns["measures"][k] = (cells[k], unit)
            columns["labelled"] = True


def _measures_between(shown: str, cells: list[Cell], columns: dict) -> None:
    """A table by place whose measure columns say their units (`Nhóm địa bàn | Số ĐVHC |
    Xét nghiệm HIV (lượt) | Biết tình trạng | Điều trị ARV | PrEP (người)`) may name the
    columns between them by the goal alone, in words no rule knows (the three 95s): each
    such column is a measure too, without a unit, so only its cells that write their own
    (`95%`) are targets (extract/targets.py).  Not a column after the last measure (free
    notes, `Cây trồng chính`), nor a count no rule knows (`Số …`), nor a fact of the place."""
    place, measures = columns.get("place"), columns["measures"]
    if place is None or not measures or any(unit is None for _, unit in measures.values()):
        return
    for index in range(place + 1, max(measures)):
        name = shown[cells[index].start:cells[index].end]
        if index in measures or not name.strip() or _names_any(name) \
                or _rules().by_id("appendix.free_column.aside").match(name) \
                or _rules().by_id("appendix.free_column.count").match(name):
            continue
        measures[index] = (cells[index], None)


def _says_outside_brackets(rule, shown: str, start: int, end: int) -> bool:
    """Whether `rule` finds its words in the line outside brackets: a bracketed note on the
    figures (`(số liệu tại thời điểm 31/10/2025, được cập nhật sau khi … phê duyệt danh mục
    đợt 2)`) does not make a title of goals one of facts."""
    for m in rule.finditer(shown, start, end):
        if shown.count("(", start, m.start()) <= shown.count(")", start, m.start()):
            return True
    return False


def _counts_noun(shown: str, name: Cell, noun: str) -> bool:
    """Whether a `Số …` column's name counts `noun` (`Số cơ sở dôi dư` counts `cơ sở`)."""
    said = " ".join(shown[name.start:name.end].split()).casefold()
    return said.startswith(f"số {noun}")


def _column_unit_pieces(shown: str, unit: Cell, free: dict[int, str]) -> dict[int, Cell]:
    """{column: its piece of a unit line listing one unit per kind (`bài báo/đề tài/sản
    phẩm`)}: the piece a column's name opens with; the one piece no column opens with goes
    to the columns left.  Empty unless two pieces at least open a column's name (`bác
    sĩ/vạn dân` is one unit, a rate)."""
    pieces = _unit_pieces(shown, unit)
    found = {index: k for index, name in free.items()
             for k, (piece, _) in enumerate(pieces) if piece and name.startswith(piece)}
    if len(set(found.values())) < 2:
        return {}
    rest = [k for k in range(len(pieces)) if k not in found.values()]
    return {index: pieces[found[index] if index in found else rest[0]][1]
            for index in free if index in found or len(rest) == 1}


def _unit_pieces(shown: str, unit: Cell) -> list[tuple[str, Cell]]:
    """(folded words, cell) of each `/`-separated piece of a unit line's unit."""
    pieces, at = [], unit.start
    for piece in shown[unit.start:unit.end].split("/"):
        lo = at + len(piece) - len(piece.lstrip())
        pieces.append((" ".join(piece.split()).casefold(), Cell(lo, at + len(piece.rstrip()))))
        at += len(piece) + 1
    return pieces


def _titled_unit(shown: str, pos: int) -> tuple[Cell, Cell] | None:
    """(title, unit) of the table at `pos`: a title line that sets goals and ends with its
    unit in brackets, else the nearest such title over an `ĐVT:` line.  A title with its
    unit in brackets under a lead-in that sets the goals (`… được phân bổ như sau:` over
    `Bảng 1: Lộ trình thu gom rác thải nhựa ven biển (ĐVT: tấn/năm)`) names what is measured."""
    in_title = _rules().by_id("appendix.stated_unit.in_title")
    goal = _rules().by_id("appendix.locality_title.goal")
    titles = _title_lines(shown, pos)
    named = None
    for lo, hi in titles:
        m = in_title.match(shown, lo, hi)
        if m and goal.search(shown, m.start("title"), m.end("title")):
            return Cell(*m.span("title")), Cell(*m.span("unit"))
        named = named or m
    unit = stated_unit(shown, pos)
    if unit is None:
        return None
    for lo, hi in titles:
        if goal.search(shown, lo, hi):
            if named:
                return Cell(*named.span("title")), unit
            line = shown[lo:hi]
            return Cell(lo + len(line) - len(line.lstrip()), hi - (len(line) - len(line.rstrip()))), unit
    return None


def _title_noun(shown: str, pos: int) -> Cell | None:
    """The noun a title over the table at `pos` allocates or has installed (`Bảng 1. Phân bổ
    trạm quan trắc tự động` → `trạm`): the unit of a count column that names none."""
    rule = _rules().by_id("appendix.stated_unit.title_noun")
    for lo, hi in _title_lines(shown, pos):
        m = rule.search(shown, lo, hi)
        if m:
            return Cell(*m.span("unit"))
    return None


def stated_unit(shown: str, pos: int, rule_id: str = "appendix.stated_unit") -> Cell | None:
    """The unit an `ĐVT: tỷ đồng` line just over the table at `pos` gives its cells (with
    `appendix.stated_unit.share`, the `%` of `Đơn vị: tỷ đồng; tỷ lệ %`).  The table's unit
    may be followed by a note on how its rates are worked out (`Đơn vị tính: người; tỷ lệ
    bao phủ BHYT tính trên dân số …`, appendix.stated_unit.main_and_note)."""
    rules = [_rules().by_id(rule_id)]
    if rule_id == "appendix.stated_unit":
        rules.append(_rules().by_id("appendix.stated_unit.main_and_note"))
    head = _joined_head(shown, pos)
    m = head and next((m for rule in rules if (m := rule.match(shown, *head))), None)
    if m:
        return Cell(*m.span("unit"))
    end, seen = shown.rfind("\n", 0, pos), 0
    while end > 0 and seen < 3:
        start = shown.rfind("\n", 0, end) + 1
        if "|" in shown[start:end] or "\t" in shown[start:end] and not _tabbed_text(shown, start, end):
            return None
        m = next((m for rule in rules if (m := rule.match(shown, start, end))), None)
        if m:
            return Cell(*m.span("unit"))
        seen += bool(shown[start:end].strip())
        end = start - 1
    return None


def unit_scale(shown: str, cell: Cell) -> tuple[int, int]:
    """(factor, where the rest of the unit starts) of a table unit that opens with a
    scale word (`Tỷ đồng`, `nghìn tỷ đồng`); (1, cell start) when it has none."""
    factor, pos = 1, cell.start
    for _ in range(2):
        found = next(((rule, m) for rule in _rules().group("unit_scales")
                      if (m := rule.match(shown, pos, cell.end))), None)
        if found is None:
            break
        factor, pos = factor * found[0].get("factor"), found[1].end()
    return factor, pos


def _title_lines(shown: str, pos: int, most: int = 3) -> list[tuple[int, int]]:
    """(start, end) of the last `most` non-blank lines before the line at `pos`, nearest
    first, up to another table's row; a line in brackets (`(Kèm theo Kế hoạch số …
    ngày 10/02/2026 …)`) names the plan, not the table, and is passed over, unless it
    sets the table's goals (`(Chỉ tiêu năm 2026; tỷ lệ bao phủ tính trên dân số …)`)."""
    head = _joined_head(shown, pos)
    found: list[tuple[int, int]] = [head] if head else []
    end = shown.rfind("\n", 0, pos)
    while end > 0 and len(found) < most:
        start = shown.rfind("\n", 0, end) + 1
        line = shown[start:end].strip()
        if "|" in line or "\t" in line and not _tabbed_text(shown, start, end):
            break
        if line and (not line.startswith("(")
                     or _rules().by_id("appendix.locality_title.goal").search(shown, start, end)):
            found.append((start, end))
        end = start - 1
    return found


def _tabbed_text(shown: str, start: int, end: int) -> bool:
    """Is a line a tab splits text over a table, no row of one (a Word copy keeps its tabs): a
    heading whose label a tab parts from its words (`3.\tDự toán thu, chi theo quý năm 2027`), or a
    title whose unit a run of tabs sets right (`Biểu 01. Dự toán …\t\t\t\tĐVT: tỷ đồng`)?  Two
    pieces only (rules/appendix.yaml tabbed_text, appendix.stated_unit)."""
    pieces = [p for p in shown[start:end].split("\t") if p.strip()]
    if "|" in shown[start:end] or len(pieces) != 2:
        return False
    return bool(_rules().by_id("appendix.tabbed_text.label").match(pieces[0])
                or _rules().by_id("appendix.stated_unit").match(shown, start, end))


def _joined_head(shown: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the words before `pos` on its line, when the working copy joined the
    lines over a layout table's header onto it (`Bảng 1. … dự kiến      Đơn vị tính: lượt
    người` before `TT   Loại ung thư   2026`): its title and unit line; else None."""
    start = shown.rfind("\n", 0, pos) + 1
    said = shown[start:pos]
    if not said.strip() or "|" in said or "\t" in said:
        return None
    return start + len(said) - len(said.lstrip()), start + len(said.rstrip())


def _year_in(shown: str, start: int, end: int) -> int | None:
    """The year a title line or a column's name sets: the first after its goal word when it
    has one (`Căn cứ dân số năm 2025 …, Sở Y tế giao chỉ tiêu khám năm 2026` → 2026: the year
    before it dates the figures the goals were worked out from), else its first."""
    rule = _rules().by_id("appendix.locality_title.year")
    goal = _rules().by_id("appendix.locality_title.goal").search(shown, start, end)
    m = goal and rule.search(shown, goal.end(), end) or rule.search(shown, start, end)
    return int(m.group("year")) if m else None


def _target_header(shown: str, cells: list[Cell]) -> dict | None:
    """A task table's header with a column of targets (`Nhiệm vụ | Chỉ tiêu | … | Thời gian`)
    or of products (`… | Sản phẩm`), whose counts (`200 lớp tập huấn`) are targets too.
    A schedule's count columns (`Tên lớp | … | Số lớp | Số học viên | Thời gian`) are read
    as a table by place's measures, the task cell naming the row: each number is a count
    of its column's noun, due in the year the table's title names (`Biểu số 01: DANH MỤC CÁC
    LỚP … NĂM 2027`), as a table by place's are (_place_header)."""
    columns = _header(shown, cells)
    if not columns or "target" in columns or "product" in columns:
        return columns
    counts = [i for i, cell in enumerate(cells) if _column(shown[cell.start:cell.end]) == "count"]
    if not counts or "task" not in columns:
        return None
    kept = {k: columns[k] for k in ("index",) if k in columns}
    title = _title_lines(shown, cells[0].start)
    said = next((k for k, (lo, hi) in enumerate(title) if k and shown[lo:hi].rstrip()[-1:] in (".", ";")), len(title))
    year = next((y for y in (_year_in(shown, lo, hi) for lo, hi in title[:said]) if y), None)
    return {**kept, "place": columns["task"], "last": max(counts),
            "measures": {i: (cells[i], None, year) for i in counts}}


def _led_header(shown: str, cells: list[Cell]) -> dict | None:
    """Column name → cell index, when this row heads a table of indicators or criteria that names
    who answers for each and no year to reach it by (a commune's new-rural criteria, `TT | Tên tiêu
    chí | Chỉ tiêu | Hiện trạng | Đánh giá | Đơn vị phụ trách`): no indicator table (no year
    column), no task table (no task column), yet each body in the lead cell leads its row's
    criterion as in an indicator table by year (_Rows.indicator_row)."""
    columns: dict = {}
    for index, cell in enumerate(cells):
        for rule in _rules().group("indicator_columns"):
            if rule.match(shown, cell.start, cell.end):
                columns.setdefault(rule.get("column"), index)
                break
    if "indicator" not in columns or "lead" not in columns or set(columns) - {"indicator", "unit", "lead", "partner"}:
        return None
    if _column(shown[cells[0].start:cells[0].end]) == "index":
        columns["index"] = 0
    return columns


def _any_indicator_header(shown: str, cells: list[Cell]) -> dict | None:
    return _indicator_header(shown, cells) or _place_header(shown, cells) or _target_header(shown, cells)


def _csv_indicator_header(shown: str, cells: list[Cell]) -> dict | None:
    """An indicator table's or a table by place's header in a CSV table pasted into the text
    (`TT,Tổ dân phố,…,Chỉ tiêu cài đặt eTax Mobile (năm 2026)`).  A CSV task table's target cells
    (`"Tối thiểu 20 ha đất công nghiệp, 02 khu nhà xưởng cho thuê"`) are left to the running text's
    reading, which takes each figure of a cell that lists several."""
    return _indicator_header(shown, cells) or _place_header(shown, cells)


def indicator_rows(ctx: DocContext) -> Iterator[IndicatorRow]:
    """The rows of every indicator table, with the year of each value column.  A
    table by place gives one row per place and indicator column."""
    bare = _rules().by_id("appendix.bare_number")
    for columns, rows in _indicator_tables(ctx):
        if "measures" in columns:
            if columns.get("noted") and not _note_bound_all(ctx.working, rows):
                # (a note that names some figures, `Số LLXK và số phao cứu sinh … là mức tối thiểu`: the
                # columns it names are the goals, the others how each place stands; none, and the note
                # that made it a table of goals stands under another table)
                bounds = _note_bounds(ctx.working, columns, rows).get("bounds", {})
                if not bounds:
                    continue
                columns = {**columns, "measures": {i: m for i, m in columns["measures"].items() if i in bounds}}
            if not columns.get("untitled") or rows and within_kind(ctx.section_at(rows[0][0].start), "objectives"):
                columns = _measures_by_text_total(ctx, columns, rows)
                yield from _place_rows(ctx.working, _note_bounds(ctx.working, columns, rows), rows, ctx)
            continue
        if "target" in columns or "product" in columns:
            yield from _target_rows(ctx, columns, rows)
            continue
        bound = _note_bound_all(ctx.working, rows)  # (`các chỉ tiêu trên là chỉ tiêu tối thiểu`)
        named = _note_row_bounds(ctx.working, rows) if bound is None else []
        for line, cells in _value_wraps(ctx.working, rows, columns):
            indicator = cells[columns["indicator"]] if columns["indicator"] < len(cells) else None
            if indicator is None or indicator.start == indicator.end:
                continue
            unit = cells[columns["unit"]] if columns.get("unit", len(cells)) < len(cells) else None
            if columns.get("named_unit") or "unit" not in columns and not columns.get("quota"):
                # (no unit column: `Tỷ lệ … (%)` says it, before a line over the table; a
                # quota's label is a trade or post, whose brackets name no unit)
                unit = _bracket_unit(ctx.working, indicator)
            if columns.get("row_label") and columns.get("stated_unit"):
                unit = columns["stated_unit"]  # (a sector's bracket says which part: `Trồng trọt (canh tác lúa)`)
            unit = unit or columns.get("stated_unit") or columns.get("column_unit")
            years = dict(columns["years"])
            if not years:  # a table by year (`Năm | Chỉ tiêu | Giá trị`): the row's year cell dates its value
                years = {columns["value"]: _row_year(ctx.working, cells, columns["row_year"])}
            kept = [i for i in years if i < len(cells) and cells[i].start < cells[i].end
                    and (not columns.get("bare") or bare.match(ctx.working[cells[i].start:cells[i].end]))]
            end = line.end
            if columns.get("notes", len(cells)) < len(cells) and cells[columns["notes"]].start > line.start:
                end = cells[columns["notes"]].start  # (the note cell is left to the text's reading)
            # (a year's column whose second header row says its unit, `Tỷ lệ (%)`, is read in it)
            own = columns.get("sub_units", {})
            for column_unit in dict.fromkeys(own.get(i) for i in kept):
                values = tuple((cells[i], years[i]) for i in kept if own.get(i) == column_unit)
                yield IndicatorRow(line.start, end, indicator, column_unit or unit, values, quota=columns.get("quota", False),
                                   comparator=bound or columns.get("bound") or _row_bound(ctx.working, indicator, named))


def _measures_by_text_total(ctx: DocContext, columns: dict, rows) -> dict:
    """A table by place that details the goals a line of its text sets and points to it for
    (`Làm mới, tu bổ ít nhất 2.300 km đường băng cản lửa; xử lý vật liệu cháy khoảng 22.000 ha
    (chi tiết tại Bảng 1)` over `Bảng 1. Địa bàn trọng điểm và chỉ tiêu công trình PCCCR mùa khô
    năm 2026` and its row `| | Cộng | … | 2.300 | 22.000 |`): each column named by no rule whose
    total cell the pointing line states with a unit is a measure in that unit, each place's share
    of the goal, due the title's year (rules/appendix.yaml text_totals).  The pointing line stands
    in the objectives or tasks; the columns whose totals it does not state (`DT có rừng`, the area
    each place has) stay facts."""
    caption, shown = columns.get("caption"), ctx.working
    if not caption or "place" not in columns or not rows:
        return columns
    names, year = caption
    labelled = _rules().by_id("appendix.text_total.label")
    label = next((_said_label(m.group("label")) for lo, hi in _title_lines(shown, names[0].start, 2)
                  if (m := labelled.match(shown, lo, hi))), None)
    place = columns["place"]
    total = next((cells for _, cells in rows if place < len(cells)
                  and _rules().by_id("appendix.total_row").match(shown, cells[place].start, cells[place].end)), None)
    if label is None or total is None:
        return columns
    table = (rows[0][0].start, rows[-1][0].end)
    lines = []  # (start, end) of each line of the objectives or tasks that points to the table
    for m in _rules().by_id("appendix.text_total.pointer").finditer(shown, ctx.body_start, ctx.read_end):
        if _said_label(m.group("label")) != label or table[0] <= m.start() < table[1]:
            continue
        node = ctx.section_at(m.start())
        if within_kind(node, "objectives") or within_kind(node, "tasks"):
            line = ctx.work.line_at(m.start())
            lines.append((line.start, line.end))
    taken = {v for v in columns.values() if type(v) is int}
    bare = _rules().by_id("appendix.bare_number")
    measures = dict(columns["measures"])
    for index, name in enumerate(names):
        if index in measures or index in taken or index >= len(total) or _column(shown[name.start:name.end]) \
                or not bare.match(shown[total[index].start:total[index].end]):
            continue
        said = shown[total[index].start:total[index].end].strip()
        if not any(ch.isdigit() and ch != "0" for ch in said) or any(c in shown[name.start:name.end] for c in "\t\n"):
            continue  # (a name cell across the tabs of a header on two lines names no one column)
        unit = next((u for lo, hi in lines for u in [_stated_quantity_unit(shown, said, lo, hi)] if u), None)
        if unit is not None:
            measures[index] = (name, unit, year)
    return {**columns, "measures": measures} if measures != columns["measures"] else columns


def _said_label(label: str) -> str:
    """A table's label as a pointer and a title may both write it: `Biểu số 02` is `biểu 2`."""
    words = label.casefold().split()
    return " ".join(w.lstrip("0") or "0" for w in words if w != "số")


def _stated_quantity_unit(shown: str, said: str, lo: int, hi: int) -> Cell | None:
    """The unit after the figure `said` (`2.300`) where shown[lo:hi] states it (`… ít nhất 2.300
    km đường băng`), read by rules/units.yaml as running text is; None when it states no such figure."""
    for m in re.finditer(r"(?<![\d.,])" + re.escape(said) + r"(?![\d]|[.,]\d)", shown[lo:hi]):
        at = lo + m.end()
        for rule in rules.load("units").rules:
            u = rule.match(shown, at, hi)
            if u and rule.get("unit") is not None:
                start = u.start() + len(u.group()) - len(u.group().lstrip())
                return Cell(start, u.end()) if start < u.end() else None
    return None


def _indicator_tables(ctx: DocContext) -> list:
    """Every indicator table of the document (pipe, tab and semicolon, one cell per line, space-aligned,
    one `Label: value` line per cell), read once: the targets extractor reads their values
    (indicator_rows), the tasks extractor the leads of their rows (extract)."""
    def read() -> list:
        tables = [*_flat_tables(ctx, _any_indicator_header), *_layout_tables(ctx, _any_indicator_header, _names_any),
                  *_labelled_tables(ctx, _indicator_header), *_run_together_indicator_tables(ctx),
                  *(_csv_tables(ctx, _csv_indicator_header, ctx.working) if "," in ctx.text else ())]
        if "|" in ctx.text or "\t" in ctx.text or ";" in ctx.text or any(b in ctx.text for b in BOX_BARS):
            tables = [*_tables(ctx, _any_indicator_header, ctx.working), *tables]
        return tables
    return _read_once("indicator", ctx, read)


def _value_wraps(text: str, rows, columns: dict) -> list:
    """The rows of an indicator table with each value that a Word cell's line break
    carried onto a row of its own joined back: a row with no number and no indicator,
    under a row whose value cell holds words or a sign but no digit (`| 2 | Tổng chi cho
    R&D … | % | 0,6 | 0,8 | ≥ |` / `|  |  |  |  |  | 1,0 |`), goes on that cell, which is
    then its two pieces.  Such a row whose values stand under values of the row above is a
    row of its own under the same indicator, a Word cell merged down its rows (`Vụ Đông
    Xuân` over `Diện tích`, `Năng suất`, `Sản lượng`, each in a column the header's
    `Chỉ tiêu` spans): it takes the indicator of the row above, unless it is the table's
    total (`| | Tổng cộng | | 12 |`).  A row with only an indicator cell that goes on in lower
    case is the rest of the name above, wrapped into a row of its own (`| Tỷ lệ NCT … điều trị
    theo | 70 | ≥ 90 |` / `| hướng dẫn của Bộ Y tế (%) |  |  |`): the name, with its unit, is both."""
    out: list = []
    total = _rules().by_id("appendix.total_row")
    blank = [k for k in (columns.get("index"), columns["indicator"]) if k is not None]
    name = columns["indicator"]
    for line, cells in rows:
        if out and name < len(cells) and name < len(out[-1][1]) and _name_rest(text, cells, name):
            above_line, above = out[-1]
            joined = list(above)
            joined[name] = Cell(above[name].start, cells[name].end, (*_pieces(above[name]), cells[name]))
            out[-1] = (Line(above_line.start, line.end), joined)
            continue
        if out and all(k >= len(cells) or cells[k].start == cells[k].end for k in blank):
            above_line, above = out[-1]
            joined = list(above)
            own = False
            for k in columns["years"]:
                top = above[k] if k < len(above) else None
                if k < len(cells) and cells[k].start < cells[k].end and top is not None and top.start < top.end:
                    if not any(ch.isdigit() for ch in text[top.start:top.end]):
                        joined[k] = Cell(top.start, cells[k].end, (*_pieces(top), cells[k]))
                    else:
                        own = True
            if own and joined == list(above) and columns["indicator"] < len(above) and not any(
                    total.match(text, c.start, c.end) for c in cells):  # (not the table's total row)
                merged = list(cells)
                merged[columns["indicator"]] = above[columns["indicator"]]
                out.append((line, merged))
                continue
            out[-1] = (Line(above_line.start, line.end), joined)
            continue
        out.append((line, cells))
    return out


def _name_rest(text: str, cells: list[Cell], name: int) -> bool:
    """Is this row only the rest of an indicator's name: its name cell opens in lower case
    and every other cell is empty?"""
    said = text[cells[name].start:cells[name].end].lstrip()
    return bool(said) and said[0].islower() and all(
        c.start == c.end or not text[c.start:c.end].strip() for k, c in enumerate(cells) if k != name)


def _bracket_unit(shown: str, cell: Cell) -> Cell | None:
    """The unit in brackets that ends an indicator's name (`Tỷ lệ … (%)`), if any; a
    bracket that lists (`Điểm … PCI (thuế, hải quan)`) says which, not in what unit.  A
    footnote's mark may follow it (`Tuổi thọ trung bình (tuổi)⁴`)."""
    end = cell.end
    while end > cell.start and shown[end - 1] in _FOOTNOTE_MARKS:
        end -= 1
    if end <= cell.start or shown[end - 1] != ")":
        return None
    lo = shown.rfind("(", cell.start, end)
    if lo > cell.start and _rules().by_id("appendix.row_formula").match(shown, lo + 1, end - 1):
        return None  # (`CHÊNH LỆCH THU - CHI (A - B)`: how the row is worked out from others)
    return Cell(lo + 1, end - 1) if lo > cell.start and "," not in shown[lo:end] else None


_FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"


def _row_year(shown: str, cells: list[Cell], index: int) -> int | None:
    """The year a row's year cell says (`2027`, `Năm 2027`), read as a year column's name is."""
    if index >= len(cells):
        return None
    m = _rules().by_id("appendix.indicator_col.year").match(shown, cells[index].start, cells[index].end)
    return int(m.group("year")) if m else None


def _place_rows(shown: str, columns: dict, rows, ctx: DocContext | None = None) -> Iterator[IndicatorRow]:
    """Each filled cell under an indicator column of a table by place: measured by its
    column's name in its unit, due in the year of its column or the table's title, else in
    the year of its row's time cell (`Quý II/2026`, `Trước 31/12/2026`).  In a table by
    year, due in the year of its row (none in a total row)."""
    by_year = columns.get("row_year")
    bare = _rules().by_id("appendix.bare_number")
    for line, cells in rows:
        place = cells[columns["place"]] if "place" in columns and columns["place"] < len(cells) else None
        row_year = _row_year(shown, cells, by_year) if by_year is not None else None
        if row_year is None and by_year is not None and ctx is not None and by_year < len(cells) \
                and cells[by_year].start < cells[by_year].end:
            # (a milestone's day, `Đến 31/3` / `Đến 31/01/2027`, read as a deadline is: the plan's year or its own)
            row_year = _time_year(ctx, cells[by_year])
        total = place is not None and _rules().by_id("appendix.total_row").match(shown, place.start, place.end)
        if columns.get("shares") and total:
            continue  # (the whole's total, shared out: no unit's target)
        for index, (name, unit, year) in columns["measures"].items():
            if total and index in columns.get("bounds", {}):
                continue  # (the sum of the units' minimums or caps bounds no unit's work)
            if by_year is not None:
                year = row_year
            elif year is None and ctx is not None and columns.get("time", len(cells)) < len(cells):
                time = cells[columns["time"]]
                year = _time_year(ctx, time) if time.start < time.end else None
            elif year is None and ctx is not None and "time" not in columns:
                year = _stage_year(ctx, cells)
            if index < len(cells) and cells[index].start < cells[index].end:
                if index in columns.get("bare", ()) and not bare.match(shown[cells[index].start:cells[index].end]):
                    continue  # (a quota column's cell of words names an indicator: no count of the row's)
                yield IndicatorRow(line.start, line.end, name, unit, ((cells[index], year),), place,
                                   quota=index in columns.get("quotas", ()),
                                   comparator=columns.get("bounds", {}).get(index))


def _stage_year(ctx: DocContext, cells: list[Cell]) -> int | None:
    """The latest year a row's stage cells write, in a roadmap by place whose columns name its
    steps, not a time (`Cơ quan đại diện | Lắp đặt thiết bị | Bắt đầu cấp hộ chiếu | Tỷ lệ … (tối
    thiểu)` over `Quý I/2026 | Quý II/2026 | 85%`): the row's figure is due when its steps are.
    A cell is a stage only when it is all a time (rules/appendix.yaml appendix.time_cell) with a
    quarter, month or day and a year not before the plan's: a bare year may date a fact
    (`Năm thành lập`).  Any column's cell counts: a stage's name may read as a measure's."""
    rule, issued = _rules().by_id("appendix.time_cell"), ctx.issuer.issued_year
    years = [y for c in cells if c.start < c.end
             and rule.match(ctx.working, c.start, c.end) and "/" in ctx.working[c.start:c.end]
             and (y := _time_year(ctx, c, written=True)) and (issued is None or y >= issued)]
    return max(years, default=None)


def _target_rows(ctx: DocContext, columns: dict, rows) -> Iterator[IndicatorRow]:
    """Each filled cell of a task table's target column: measured by its row's task,
    due in the year its row's time cell says (`Trước 31/12/2026`; `Cả năm` is the
    plan's year, as for the row's deadline; a ditto time, `-nt-`, the row's above).  Without
    a target column, the product column's cells are read, keeping only counts (`Cấp mới ít
    nhất 45 mã số`)."""
    column = "target" if "target" in columns else "product"
    ditto = _rules().by_id("appendix.ditto")
    above = None  # (the year of the row above, for a ditto time cell)
    for _, cells in rows:
        target, task = (cells[columns[k]] if columns[k] < len(cells) else None for k in (column, "task"))
        time = cells[columns["time"]] if columns.get("time", len(cells)) < len(cells) else None
        timed = time is not None and time.start < time.end
        if timed and ditto.match(ctx.text, time.start, time.end):
            year = above
        else:
            year = above = _time_year(ctx, time) if timed else None
        if target is None or task is None or target.start == target.end:
            continue
        if year and _rules().by_id("appendix.target.per_year").search(ctx.working, target.start, target.end) \
                and _rules().by_id("appendix.time.year_span").match(ctx.working, time.start, time.end):
            year = None  # (`Ít nhất 200 lượt người/năm` over `2026 - 2027`: every year of it, no one year)
        yield IndicatorRow(target.start, target.end, task, None, ((target, year),), counted=True,
                           product=column == "product")


def baseline_cells(ctx: DocContext) -> Iterator[Cell]:
    """The cells of a task table's column of what each row holds now (`Tỷ lệ vốn NN hiện nay`
    beside `Tỷ lệ vốn NN sau CPH/thoái vốn`, rules/appendix.yaml appendix.col.state_share_now):
    the share a row starts from is no goal, so the targets extractor skips them."""
    for columns, rows in _task_tables(ctx):
        if "baseline" in columns:
            for _, cells in rows:
                if columns["baseline"] < len(cells):
                    yield cells[columns["baseline"]]


def status_cells(ctx: DocContext) -> Iterator[Cell]:
    """The cells of every table column that tells how each row stands (`Thời gian chậm,
    hiện trạng`, rules/appendix.yaml status_columns): a project list's `Chậm 38 tháng;
    bồi thường đạt 41% diện tích` is where it stands, so the targets extractor skips them."""
    if "|" not in ctx.text and "\t" not in ctx.text:
        return
    for columns, rows in _tables(ctx, _status_header, ctx.working):
        for _, cells in rows:
            if columns["status"] < len(cells):
                yield cells[columns["status"]]


def fact_cells(ctx: DocContext) -> Iterator[Cell]:
    """The place and fact cells of every table by place that sets no goal (`Cụm | Địa bàn | Số hộ |
    ĐTV | Tổ trưởng cụm` over `Cụm 2 | 06 thôn địa bàn xã cũ | 1.904 hộ | …`, a census plan's split
    of the work): how many villages each place takes in and households it has are how it stands,
    so the targets extractor skips them.  A table with a measure column is read by indicator_rows."""
    if "|" not in ctx.text and "\t" not in ctx.text:
        return
    total = _rules().by_id("appendix.total_line")
    for columns, rows in _tables(ctx, _fact_header, ctx.working):
        for _, cells in rows:
            yield from (cells[k] for k in columns["facts"] if k < len(cells))
        below = rows[-1][0].end + 1 if rows else len(ctx.working)
        if total.match(ctx.working, below):  # (`Tổng: 9.462 hộ - 38 ĐTV`: the sum of the facts above)
            end = ctx.working.find("\n", below)
            yield Cell(below, end if end >= 0 else len(ctx.working))


def _fact_header(shown: str, cells: list[Cell]) -> dict | None:
    """{"facts": indices} when these cells head a table by place with a column of facts
    (rules/appendix.yaml locality_col.fact, `Số hộ`, `Dân số (người)`) and no measure, task,
    target or product column: the place column and the fact columns."""
    places, facts = [], []
    for index, cell in enumerate(cells):
        name = shown[cell.start:cell.end]
        if _column(name) in ("task", "target", "product"):
            return None
        rule = next((r for r in _rules().group("locality_columns") if r.match(shown, cell.start, cell.end)), None)
        if rule is not None and rule.get("column") == "measure":
            return None
        if rule is not None and rule.get("column") in ("place", "fact"):
            (places if rule.get("column") == "place" else facts).append(index)
    if not places or not facts:
        return None
    return {"facts": [*places, *facts], "place": places[0], "last": max(*places, *facts)}  # (ints: how wide a row is)


def _status_header(shown: str, cells: list[Cell]) -> dict | None:
    """{"status": index} when these cells head a list with a column of how each row stands:
    an index column (`TT`, `STT`) and a status column among three named cells at least."""
    names = [shown[c.start:c.end] for c in cells]
    if sum(1 for n in names if n.strip()) < 3 or not any(_column(n) == "index" for n in names):
        return None
    status = _rules().by_id("appendix.status_col")
    found = [i for i, n in enumerate(names) if status.match(n)]
    return {"status": found[0]} if found else None


def task_cells(ctx: DocContext) -> Iterator[tuple[Cell, int | None, int | None]]:
    """(task cell, due year, year written) of every row of a task table.  The due year is
    the one a time cell that sets a due date says (`Trước ngày 30/11/2025`, `Hoàn thành
    trong tháng 12/2025`; rules/appendix.yaml appendix.time.due): a count in the task cell
    (`Xử lý 148 tàu cá "3 không"`) is what the row must reach by then.  A row only placed in a
    period (`Năm 2025`, `Quý II/2026`, `Thường xuyên`) schedules its work: no due year; but
    a target its task cell sets in its own words (`bảo đảm năng lực xử lý tối thiểu 80 triệu
    hóa đơn/ngày | … | Quý II/2026`) takes the year the period writes, as a year at a
    clause's end covers the clause (the year written; none for `Cả năm`, `Thường xuyên`)."""
    due = _rules().by_id("appendix.time.due")
    for columns, rows in _task_tables(ctx):
        for _, cells in rows:
            task, time = (cells[columns[k]] if columns.get(k, len(cells)) < len(cells) else None for k in ("task", "time"))
            if task is None or task.start == task.end:
                continue
            timed = time is not None and time.start < time.end
            dated = timed and due.search(ctx.working, time.start, time.end)
            yield task, _time_year(ctx, time) if dated else None, _time_year(ctx, time, written=True) if timed else None


def _time_year(ctx: DocContext, cell: Cell, written: bool = False) -> int | None:
    """The year a time cell says, read as its deadline is; of its last time when it
    gives more (`Quý IV/2024; Quý IV/2025`); the end of a span of years (`2026 – 2028`).
    `written`: only a year the cell writes, not the plan's for `Cả năm`."""
    left = cell.start
    for m in _rules().by_id("appendix.time_separator").finditer(ctx.working, cell.start, cell.end):
        left = m.end()
    said = ctx.working[left:cell.end]
    span = _rules().by_id("appendix.time.year_span").match(said)
    if span:  # (`2026 – 2028`: due by the span's end)
        return int(span.group("year"))
    parts = _parts(said)
    if parts is None or dates.recurrence(said) or written and parts.year is None:
        return None
    if parts.year is None and ctx.title and _rules().by_id("appendix.time.plan_span").search(ctx.title):
        return None  # (`Cả năm` in a plan for 2026 – 2030 is every year of it)
    return parts.with_year(ctx.issuer.own_year).year  # (`Quý III` in a plan for 2024 issued in December 2023: 2024)


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


def _bullet_group_row(text: str, shown: str, columns: dict, rows: list, lines: list[Line], i: int) -> bool:
    """Whether a tab line opening with a bullet's glyph (`*<TAB>Khu vực Bắc Sơn (cũ)`) is a group's
    title inside a numbered table, not the first paragraph after it: the next line is the table's
    next row, numbered on from the last row read (1 when none is)."""
    index = columns.get("index")
    if index != 0 or i + 1 >= len(lines):
        return False
    said = text[rows[-1][1][0].start:rows[-1][1][0].end].strip().rstrip(".)") if rows and rows[-1][1] else "0"
    cells = _cells(text, lines[i + 1].start, lines[i + 1].end, shown, "\t")
    if not said.isdigit() or not cells or not _is_row(text, columns, cells, "\t"):
        return False
    return text[cells[0].start:cells[0].end].strip().rstrip(".)") == str(int(said) + 1)


def _tab_group_row(text: str, shown: str, columns: dict, lines: list[Line], i: int) -> bool:
    """Whether a tab line is a group's title row inside a numbered table whose task stands past its
    second cell (`A<TAB>Thứ Bảy, ngày 13/02/2027` over `1<TAB>07h30<TAB>Bốc thăm …<TAB>…<TAB>Tiểu ban
    Chuyên môn`, rules/appendix.yaml appendix.tab_group_row): too few cells for a row, yet no end of
    the table, as the next line is a numbered row of it."""
    line = lines[i]
    if columns.get("index") != 0 or columns.get("task", 0) < 2 or i + 1 >= len(lines) \
            or not _rules().by_id("appendix.tab_group_row").match(text, line.start, line.end):
        return False
    below = _cells(text, lines[i + 1].start, lines[i + 1].end, shown, "\t")
    return bool(below) and _is_row(text, columns, below, "\t") \
        and text[below[0].start:below[0].end].strip().rstrip(".)").isdigit()


def _restarts_list(text: str, columns: dict, rows: list, line: Line) -> bool:
    """Whether this tab line counts from 1 again with a title alone after rows numbered past 1
    (rules/appendix.yaml appendix.tab_list_restart): the numbered list that follows the table
    in a Word file copied as plain text, whose items would else be read as its rows."""
    index = columns.get("index")
    if index is None or not rows or len(rows[-1][1]) <= index:
        return False
    last = rows[-1][1][index]
    number = text[last.start:last.end].strip().rstrip(".)")
    return number.isdigit() and int(number) >= 2 and bool(
        _rules().by_id("appendix.tab_list_restart").match(text, line.start, line.end))


def _tables(ctx: DocContext, header: Callable[[str, list[Cell]], dict | None] = _header, shown: str | None = None):
    """(header columns, [(line, cells)]) for every table of the document whose header
    `header` reads (task tables by default).  A pipe table runs over blank lines to
    the first line without a pipe; a tab table ends at the first line that is not
    one of its rows, blank lines included (tabbed letterheads and signatures follow
    a table after a blank line)."""
    text = ctx.work.unquoted or ctx.text  # (a forwarded table's `>>` opens no cell)
    shown = shown or text
    lines = raw_lines(text)  # (a tab row opening with its number, `1<TAB>Xây dựng …`, reads as a wrap going on)
    separator = _rules().by_id("appendix.separator")
    border, box = _rules().by_id("appendix.grid_border"), _rules().by_id("appendix.box_border")
    i = 0
    while i < len(lines):
        opening = text[lines[i].start:lines[i].end].lstrip()[:1]
        if opening == "+" and border.match(text, lines[i].start, lines[i].end):
            table, i = _grid(text, shown, lines, i, header=header)
            if table:
                yield table
            continue
        if "\u2500" <= opening <= "\u257f" and box.match(text, lines[i].start, lines[i].end):
            table, i = _grid(text, shown, lines, i, BOX_BARS, box, ctx.working, header)
            if table:
                yield table
            continue
        sep = _separator(text[lines[i].start:lines[i].end])
        cells = _cells(text, lines[i].start, lines[i].end, shown, sep) if sep else []
        # (one or two tabs may only align a line: a tab header names three columns at least)
        named = sum(1 for c in cells if c.start < c.end)
        grouped = _tab_year_group(text, shown, lines, i, cells) if sep == "\t" and header is not _header else None
        if grouped:
            cells, i = grouped, i + 1  # (the line of years is read, not a row)
        two = _two_row_header(text, shown, lines, i, cells, sep) \
            if (sep == "|" or sep == "\t" and not grouped) and header is not _header else None
        if two:
            merged, years, reported, subs, levels, below_at = two
            columns = _sub_units(shown, _merged_columns(header(shown, merged), years, reported), subs)
            if not columns and levels:  # (`Chỉ tiêu theo cấp học` over `Mầm non | Tiểu học | …`: each level names its column)
                columns = _merged_columns(header(shown, levels), years, reported)
            if below_at == i + 1 or columns and "measures" not in columns:
                i = below_at  # (the second row of the header is read, not a row)
            else:
                # (a Markdown names row that makes no header of years, `Bệnh SXH | | Bệnh TCM` over `Số mắc
                # tối đa (ca) | Chỉ số BI | …`: its names are measures of their own, read as before)
                two, columns = None, None
        if not two:
            # (a task table's header may wrap its last name too: `… | Thời hạn xử lý` / `tối đa`)
            wrapped = ((_wrapped_pipe_header(header, text, shown, lines, i, cells) if header is not _header else None)
                       or _hard_wrapped_pipe_header(header, text, shown, lines, i, cells)) \
                if sep == "|" else None
            if sep == "\t" and header is not _header and not grouped and named >= 3:
                wrapped = _wrapped_tab_header(header, text, shown, lines, i, cells)
            broken = _broken_tab_header(header, text, shown, lines, i, cells) \
                if sep == "\t" and not wrapped and not grouped and named >= 3 else None
            if broken:
                wrapped, cells, i = broken  # (the header's lines are read, not rows; its cells the joined names)
            i += wrapped is not None and not broken  # (its second line is read, not a row)
            columns = wrapped or (header(shown, cells) if sep == "|" or named >= 3 else None)
            if not columns and sep == "|" and header is _header:
                columns = _toneless_header(ctx, lines[i], cells)
        i += 1
        if not columns:
            continue
        if sep == "\t" and "index" not in columns and cells and _column(shown[cells[0].start:cells[0].end]) == "index":
            # (an indicator table's `TT` column numbers its rows too: a line whose first
            # cell holds no number goes on the row before, `3<TAB>Tân Châu (…,` / `Nhơn Hội)<TAB>…`)
            columns = {**columns, "index": 0}
        rows = []
        width = len(cells)  # (the header's cells)
        # a note in brackets that lists the columns, `(… các cột: TT | Sự kiện | …)`, reads as a header
        noted = sep == "|" and bool(cells) and text[cells[0].start:cells[0].end].lstrip().startswith("(")
        opened = text[lines[i - 1].start:lines[i - 1].end].lstrip().startswith("|")
        by_time = False  # (whether the table is a calendar whose times head its rows: _time_grouped)
        while i < len(lines):
            line = lines[i]
            grouped = _time_grouped(text, columns, line, by_time) if sep == "\t" else None
            if grouped is not None:
                by_time = by_time or grouped
                i += 1
                continue
            if sep == "\t" and _rules().by_id("appendix.tab_bullet").match(text, line.start, line.end):
                if _bullet_group_row(text, shown, columns, rows, lines, i):
                    i += 1  # (a group's title row, `*<TAB>Khu vực Bắc Sơn (cũ)`: the count goes on below it)
                    continue
                break  # (a Word bullet, `●<TAB>…`, opens the paragraphs after the table)
            if sep == "\t" and _restarts_list(text, columns, rows, line):
                break  # (a Word list, `1.<TAB>Phòng Kinh tế xã`, opens the items after the table)
            if sep == "\t" and _tab_group_row(text, shown, columns, lines, i):
                i += 1  # (a group's title row, `A<TAB>Thứ Bảy, ngày 13/02/2027`: the rows go on below it)
                continue
            if sep == "\t":
                k = _quoted_cell_end(text, lines, i)
                line, i = Line(line.start, lines[k].end), k
            cells = _cells(text, line.start, line.end, shown, sep)
            if sep == "|" and cells and (bullet := _rules().by_id("appendix.bullet_row").match(text, line.start, line.end)):
                cells = [Cell(bullet.end(), cells[0].end), *cells[1:]]  # (the bullet opens the row: no part of its first cell)
            if sep == "\t" and not rows and "measures" in columns and _unit_row(text, shown, line):
                i += 1  # (the header's line of units, `<TAB><TAB>phút/khách hàng<TAB>%`: read with the header)
                continue
            if noted and not rows and cells and header(shown, cells):
                break  # (the header was a note listing the columns: the table's own header starts it again)
            if sep == DASH_SEP and len(cells) != width:
                break  # (a line of other cells, or a name's own dash: the dashed table ends)
            if sep == SLASH_SEP:
                if len(cells) < width:
                    line, cells, i = _slashed_row(text, shown, lines, i, cells, width)
                if len(cells) != width:
                    break  # (a line of other cells, or a cell's own slash: the slashed table ends)
            if sep == "|" and not opened and len(cells) == width - 1 and text[line.start:line.end].lstrip()[:1] == "|":
                # (a header without outer pipes: a row's leading pipe leaves its first cell,
                # the number of a total row `| Tổng cộng | 41.360 | …`, empty)
                cells = [Cell(cells[0].start, cells[0].start), *cells]
            elif sep == "|" and not opened and cells and len(cells) == width - 2 \
                    and (written := text[line.start:line.end].strip())[:1] == "|" and written[-1:] == "|":
                # (a wrap line written with both outer pipes, `  | (phòng, chống …) | | Bộ Quốc phòng | |`:
                # its empty number cell before the first and its empty last cell after the last)
                cells = [Cell(cells[0].start, cells[0].start), *cells, Cell(cells[-1].end, cells[-1].end)]
            if by_time and len(cells) == width - 1:
                cells = [Cell(line.start, line.start), *cells]  # (its time is the calendar's line above)
            if sep == "\t" and not cells and rows:
                cells = _spaced_row(text, shown, line, rows[-1][1], width) or cells
            if sep == "\t" and rows and len(rows[-1][1]) < width and not (
                    cells and _is_row(text, columns, cells, sep)):
                spread = _spread(text, shown, lines, i, rows[-1], width)
                if spread:
                    rows[-1], i = spread
                    continue
            if sep == "|" and "index" in columns:
                cells = _dashed_row(text, shown, line, cells, width, columns, opened) or cells
            if sep == "|" and not cells and _group_line(text, shown, lines, i, width, header):
                i += 1
                continue
            if sep in ("\t", "|") and rows and not cells:
                wrapped = _wrapped(text, lines, i, rows[-1], columns, sep, width)
                if wrapped:
                    rows[-1], i = wrapped
                    continue
            if not cells and sep == "|":
                opened_row = _cell_opens_row(text, shown, lines, i, width, header, _cell_number(text, rows))
                if opened_row:
                    line, cells = opened_row
                    i += 1  # (its first line is read with it)
            if not cells:
                if text[line.start:line.end].strip() or sep != "|":
                    break
                i += 1
                continue
            rest = _cell_rest_row(text, columns, rows[-1][1], cells, width) if sep == "\t" and rows else \
                _semicolon_rest_row(text, rows[-1][1], cells, width) if sep == ";" and rows else None
            if rest:
                rows[-1] = (Line(rows[-1][0].start, line.end), rest)
                i += 1
                continue
            if rows and _goes_on_row(text, columns, rows[-1][1], cells):
                rows[-1] = (Line(rows[-1][0].start, line.end), _joined_row(rows[-1][1], cells))
                i += 1
                continue
            # (a next line that is a numbered row parted by dashes is no wrap of this one: _dashed_row)
            dashed_below = sep == "|" and "index" in columns and i + 1 < len(lines) and _dashed_row(
                text, shown, lines[i + 1], _cells(text, lines[i + 1].start, lines[i + 1].end, shown, sep),
                width, columns, opened) is not None
            broken = (_broken_pipe_row(text, shown, lines, i, cells, width)
                      or (None if dashed_below else _hard_wrapped_row(text, shown, lines, i, cells, width))) \
                if sep == "|" else None
            if broken:
                line, cells = broken
                i = next(k for k in range(i, len(lines)) if lines[k].end == line.end)  # (its lines are read with it)
            cut = sep == "\t" and _measures_cut(columns, cells, width)
            if sep == "\t" and 2 <= len(cells) < width and (cut or not _is_row(text, columns, cells, sep)):
                # (a row whose cell breaks its line before the task cell, `Giai đoạn 1<TAB>Từ 15/11/2026` /
                # `đến 30/11/2026<TAB>Quán triệt …<TAB>PV01, PC02,`: the next tabbed line brings the rest)
                spread = _spread(text, shown, lines, i + 1, (line, cells), width)
                if spread and _is_row(text, columns, spread[0][1], sep) and (not cut or len(spread[0][1]) == width):
                    rows.append(spread[0])
                    i = spread[1]
                    continue
            is_row = _is_row(text, columns, cells, sep)
            if not is_row and sep != "|" and not rows \
                    and _rules().by_id("appendix.column_numbers").match(text, line.start, line.end):
                i += 1  # (a form's numbers of its columns under the header, `(1)<TAB>(2)<TAB>(3)`: no row, no end)
                continue
            if not is_row and sep != "|":
                break
            if is_row and not separator.match(text[line.start:line.end]):
                rows.append((line, cells))
            i += 1
        yield columns, rows


def _toneless_header(ctx: DocContext, line: Line, cells: list[Cell]) -> dict[str, int] | None:
    """Column name → cell index of a task table's header typed without tone marks (`(Thoi gian |
    Noi dung | Chu tri | Phoi hop)` over a timetable pasted from a phone), read on the working copy,
    where normalise/toneless.py put the marks back on its names (rules/toneless.yaml cues, roles)."""
    if not rules.load("toneless").by_id("toneless.line").match(ctx.text, line.start, line.end):
        return None
    return _header(ctx.working, cells)


def _measures_cut(columns: dict, cells: list[Cell], width: int) -> bool:
    """Does a tab row of a table by place stop before its first figure (`Đoàn số 1<TAB>Sở Y
    tế<TAB>Phường Quy Nhơn, …, Quy Nhơn` / `Nam, Quy Nhơn Bắc; …<TAB>45<TAB>80`)?  A line break
    in its place cell cut it; the next tabbed line brings the cell's rest and the figures, when
    the two fill the header exactly (_spread)."""
    measures = columns.get("measures")
    return bool(measures) and 2 <= len(cells) < width and len(cells) <= min(measures)


def _time_grouped(text: str, columns: dict, line: Line, by_time: bool) -> bool | None:
    """A line without tabs inside a tab table whose first column is the time, typed as a calendar
    (`Thời gian<TAB>Nội dung công việc<TAB>Người thực hiện` / `Tháng 9/2026 – Tháng an toàn giao
    thông` / `- Khai giảng năm học<TAB>BGH, Liên đội`): True for a month's (week's, term's) line,
    which heads the rows under it without a cell of its own (rules/appendix.yaml
    appendix.time_group_line); False for a bulleted task under it that names no one after a tab
    (appendix.time_group_item), left to the text's readers; None for any other line (the table
    goes on or ends as usual).  The rows under it lack the time cell and read from the task's."""
    if columns.get("time") != 0 or "task" not in columns or "\t" in text[line.start:line.end]:
        return None
    if _rules().by_id("appendix.time_group_line").match(text, line.start, line.end):
        return True
    if by_time and _rules().by_id("appendix.time_group_item").match(text, line.start, line.end):
        return False
    return None


def _slashed_row(text: str, shown: str, lines: list[Line], i: int, cells: list[Cell],
                 width: int) -> tuple[Line, list[Cell], int]:
    """(row line, cells, index of its last line) of a row of a table typed with spaced slashes
    that a line break cut inside a cell (`1 / Lạc Dương, … / Hạt KL khu vực Đà Lạt - Lạc` /
    `Dương / VQG Bidoup - Núi Bà, … / 15/12/2025 - 30/4/2026 / 0263.3822.115`): the lines
    below, up to a blank line, go on it until it has the header's cells, the cell cut at each
    break read whole across it; a break at a slash (a line ending in ` /`, or opening with
    `/ `) cuts no cell.  The row as it stands when no line completes it."""
    first, at = lines[i], i
    got = list(cells)
    while len(got) < width and at + 1 < len(lines):
        nxt = lines[at + 1]
        if not text[nxt.start:nxt.end].strip():
            break
        more = _cells(text, nxt.start, nxt.end, shown, SLASH_SEP) or [_trimmed(shown, nxt.start, nxt.end)]
        if got and got[-1].start == got[-1].end:
            got = got[:-1]  # (the line above ended at a slash)
        elif more[0].start == more[0].end:
            more = more[1:]  # (this line opens with a slash)
        elif got:
            got[-1:], more = [Cell(got[-1].start, more[0].end)], more[1:]
        got.extend(more)
        at += 1
    if len(got) != width:
        return first, cells, i
    return Line(first.start, lines[at].end), got, at


def _dashed_row(text: str, shown: str, line: Line, cells: list[Cell], width: int, columns: dict,
                opened: bool) -> list[Cell] | None:
    """A numbered row of a pipe table that parts some of its cells with a spaced dash instead of
    a pipe (`2 - TDP số 6 đến số 10 - từ ngày 26/3 đến ngày 10/4/2026 - Tổ KT số 2 - Khu tập thể`,
    `5 | TDP số 20 - 25 - từ ngày 25/5 đến ngày 12/6/2026 | Tổ KT số 2 | …`; rules/appendix.yaml
    appendix.dash_cell): cut at those dashes when there are exactly as many as the cells it lacks
    and its first cell is then a row number; else None.  (A closing pipe of a table whose header
    has none closes an empty last cell: `6 | … | Công an phường chủ trì |`.)"""
    said = text[line.start:line.end]
    if not said.strip():
        return None
    pieces = cells or [_trimmed(shown, line.start, line.end)]
    have = len(pieces) + (not opened and said.rstrip().endswith("|") and not said.lstrip().startswith("|"))
    if have >= width:
        return None
    rule = _rules().by_id("appendix.dash_cell")
    cuts = [(m.start(), m.end()) for piece in pieces for m in rule.finditer(text, piece.start, piece.end)]
    if len(cuts) != width - have:
        return None
    out = []
    for piece in pieces:
        lo = piece.start
        for cut_start, cut_end in cuts:
            if piece.start <= cut_start < piece.end:
                out.append(Cell(lo, cut_start))
                lo = cut_end
        out.append(Cell(lo, piece.end))
    index = out[columns["index"]]
    if not _rules().by_id("appendix.row_index").match(text[index.start:index.end]):
        return None
    return out


def _group_line(text: str, shown: str, lines: list[Line], i: int, width: int,
                header: Callable[[str, list[Cell]], dict | None]) -> bool:
    """Whether a line without pipes only heads the rows after it (`Đợt 2: từ ngày 15/9 đến ngày
    23/10/2026 (…)` in a schedule typed by hand): the next line is a row of the same table, as
    wide as its header and no header of its own, so the table goes on past it.  Only a task
    table's line that opens with a label and a colon (rules/appendix.yaml appendix.group_line)
    or a numbered title in capitals (`I. CHỈ ĐẠO, ĐIỀU HÀNH`, appendix.group_line.numbered):
    a line of words alone is a cell's wrap."""
    if header is not _header or i + 1 >= len(lines) or _separator(text[lines[i + 1].start:lines[i + 1].end]) != "|" \
            or not any(_rules().by_id(rule_id).match(text, lines[i].start, lines[i].end)
                       for rule_id in ("appendix.group_line", "appendix.group_line.numbered")):
        return False
    cells = _cells(text, lines[i + 1].start, lines[i + 1].end, shown, "|")
    return len(cells) == width and not header(shown, cells)


def _clipped(cell: Cell, start: int, end: int) -> Cell:
    """The part of `cell` from start to end, with the pieces that fall in it (a name wrapped
    in a broken pipe row, `Văn phòng Đăng ký đất` / `đai chủ trì`, is read across its pieces)."""
    pieces = tuple(Cell(max(p.start, start), min(p.end, end)) for p in cell.parts if p.end > start and p.start < end)
    return Cell(start, end, pieces if len(pieces) > 1 else ())


def _quoted_cell_end(text: str, lines: list[Line], i: int) -> int:
    """The last line of the tab row that opens on line i: a cell copied from a spreadsheet
    with its line break is wrapped in double quotes (`6<TAB>"07/6/2026` / `(CN đầu tháng)"<TAB>
    Rạch Ông Lớn<TAB>…`), so the row goes on to the line whose first cell closes the quote
    (rules/appendix.yaml quoted_cells), within a few lines and no blank one; else i."""
    rules = _rules()
    if not rules.by_id("appendix.quoted_cell.open").match(text, lines[i].start, lines[i].end):
        return i
    for k in range(i + 1, min(i + 4, len(lines))):
        if not text[lines[k].start:lines[k].end].strip():
            return i
        if rules.by_id("appendix.quoted_cell.close").match(text, lines[k].start, lines[k].end):
            return k
        if "\t" in text[lines[k].start:lines[k].end]:
            return i
    return i


def _broken_pipe_row(text: str, shown: str, lines: list[Line], i: int, cells: list[Cell],
                     width: int) -> tuple[Line, list[Cell]] | None:
    """A pipe row that a line break inside one cell splits over two lines (a Word cell's
    break copied as a new line: `10 | Các phòng Quản lý và Hỗ trợ doanh nghiệp` / `(DN do
    Thuế tỉnh trực tiếp quản lý) | 21.400 | 22.470 | 105,0`): the line's last cell goes on
    at the start of the next, and the two lines together have the header's cells.  The
    next line must not open a numbered row of its own.  A Word table whose long lines were
    broken may break one row several times, in several cells, a last piece without a pipe
    (`1 | Công tác chuẩn bị …` / `năm 2024, … | Từ ngày 12/01/2026` / `đến ngày 31/01/2026 |
    Phòng Quản lý đất đai chủ trì; …` / `phối hợp | Bộ hồ sơ …`): the lines are joined so,
    one after another, up to a few, until together they have the header's cells; a line
    without a pipe in small letters after them is the rest of the last cell (`… ; báo cáo` /
    `thuyết minh`), not the text after the table, unless it opens the plan's next lettered
    item (`b/ Các luật …`, rules/appendix.yaml appendix.letter_heading)."""
    if not 2 <= len(cells) < width or i + 1 >= len(lines) or cells[-1].start == cells[-1].end:
        return None
    row = list(cells)
    for k in range(i + 1, min(i + 5, len(lines))):
        said = text[lines[k].start:lines[k].end]
        if not said.strip() or "\t" in said:
            return None
        below = _cells(text, lines[k].start, lines[k].end, shown, "|") if "|" in said else \
            [_trimmed(shown, lines[k].start, lines[k].end)]
        if not below or below[0].start == below[0].end or row[-1].start == row[-1].end:
            return None
        figure = rules.load("targets").by_id("number.wrapped_thousands").match(text, row[-1].start, below[0].end)
        if (_rules().by_id("appendix.row_index").match(text[below[0].start:below[0].end])
                and not (figure and figure.end() == below[0].end)):
            return None  # (`17.` / `990 | …`: a figure cut after its thousands dot goes on, no row number)
        pieces = (*(row[-1].parts or (row[-1],)), below[0])
        row = [*row[:-1], Cell(row[-1].start, below[0].end, pieces), *below[1:]]
        if len(row) > width:
            return None
        if len(row) == width:
            while k + 1 < len(lines) and "|" not in (rest := text[lines[k + 1].start:lines[k + 1].end]) \
                    and rest.strip()[:1].islower() \
                    and not _rules().by_id("appendix.letter_heading").match(text, lines[k + 1].start):
                k += 1
                piece = _trimmed(shown, lines[k].start, lines[k].end)
                row[-1] = Cell(row[-1].start, piece.end, (*(row[-1].parts or (row[-1],)), piece))
            return Line(lines[i].start, lines[k].end), row
    return None


def _cell_opens_row(text: str, shown: str, lines: list[Line], i: int, width: int,
                    header: Callable, above: int | None = None) -> tuple[Line, list[Cell]] | None:
    """A pipe row whose first cell wraps before the row's first pipe (`Miền Bắc (Hà Nội, Hải
    Phòng,` / `Thái Nguyên, Phú Thọ …) | 15 | 420 | 850`): the line with no pipe is the first
    piece of the next line's first cell, when it stops mid-phrase (an open bracket, a trailing
    comma or dash) and the next line has the header's cells and heads no table of its own.
    In a table whose rows write their number in the first cell (`9. Nghiệm thu dữ liệu quý | …`,
    `above` that number) the line may stop anywhere when it opens with the next number
    (`10. Báo cáo tình hình … quý` / `gửi UBND tỉnh | … | Phòng TKXH`) and the line below
    opens with none (rules/appendix.yaml appendix.row_index.in_cell)."""
    if i + 1 >= len(lines):
        return None
    piece = text[lines[i].start:lines[i].end].strip()
    if not piece or "|" in piece or "\t" in piece:
        return None
    numbered = _rules().by_id("appendix.row_index.in_cell")
    opens = numbered.match(piece)
    next_row = above is not None and opens is not None and int(opens.group("n")) == above + 1
    if not (piece.count("(") > piece.count(")") or piece[-1] in ",-–;" or next_row):
        return None
    below = _cells(text, lines[i + 1].start, lines[i + 1].end, shown, "|")
    if len(below) != width or below[0].start == below[0].end or header(shown, below):
        return None
    if next_row and numbered.match(text, below[0].start, below[0].end):
        return None
    first = _trimmed(shown, lines[i].start, lines[i].end)
    return Line(lines[i].start, lines[i + 1].end), [Cell(first.start, below[0].end, (first, below[0])), *below[1:]]


def _cell_number(text: str, rows: list) -> int | None:
    """The number the last row read writes at the head of its first cell (`9. Nghiệm thu … |`),
    if it does (rules/appendix.yaml appendix.row_index.in_cell)."""
    if not rows or not rows[-1][1]:
        return None
    first = rows[-1][1][0]
    m = _rules().by_id("appendix.row_index.in_cell").match(text, first.start, first.end)
    return int(m.group("n")) if m else None


def _hard_wrapped_row(text: str, shown: str, lines: list[Line], i: int, cells: list[Cell],
                      width: int) -> tuple[Line, list[Cell]] | None:
    """A pipe row of a text wrapped at a fixed width, the break falling on a pipe (`PDO1 | Diện
    tích … | ha | 1.240 |` / `3.200 | 5.850`, `… | 620 | 1.770` / `| 4.000`, `… | 12.500 |` /
    `21.000`): the next line's cells, or the line itself when it has no pipe, are the row's
    last ones, and the two lines together have the header's cells."""
    if not 2 <= len(cells) < width or i + 1 >= len(lines):
        return None
    line, below_line = text[lines[i].start:lines[i].end], text[lines[i + 1].start:lines[i + 1].end]
    if not below_line.strip() or "\t" in below_line:
        return None
    if "|" in below_line:
        below = _cells(text, lines[i + 1].start, lines[i + 1].end, shown, "|")
    else:
        below = [_trimmed(shown, lines[i + 1].start, lines[i + 1].end)]
    if not (line.rstrip().endswith("|") or below_line.lstrip().startswith("|")):
        return None  # (a break inside a cell: _broken_pipe_row, _wrapped)
    if len(cells) + len(below) != width or any(c.start == c.end for c in below):
        return None
    return Line(lines[i].start, lines[i + 1].end), [*cells, *below]


def _goes_on_row(text: str, columns: dict, above: list[Cell], cells: list[Cell]) -> bool:
    """Whether a tab or pipe line goes on the numbered row above it, cell by cell (a Word row whose
    cells wrap: `2<TAB>Nghị định quy định chính sách …,<TAB>Chính phủ<TAB>Cục NGCBQLGD; Vụ Kế
    hoạch -` / `<TAB>chính sách hỗ trợ …<TAB><TAB>Tài chính`; a pipe table copied with its wraps,
    `| 2 | Lập dự toán … | Sở Nông nghiệp và | …` / `| | | Môi trường | | |`): its number cell is empty under a
    row that has one, and its task cell is empty or goes on in small letters; a line that opens
    a task of its own (`<TAB>- Rà soát …`, `<TAB>Tổ chức …`) is a row of its own — unless the row's
    time cell stops at the word before its day (`Trước` / `31/3/2026` under `… do Bộ trưởng Bộ` /
    `Nội vụ ban hành …`: a task cell's wrap may open on a name's capital).  A table that opens
    with its lead column, no numbers (`Đơn vị | Nhiệm vụ | Thời gian`), leaves the lead empty for
    the unit's next task as for a wrap: there only a time cell stopped before its day goes on
    (`BCH PTDS phường<TAB>… ban hành Quy chế<TAB>Trước ngày` / `<TAB>hoạt động năm 2026<TAB>10/6/2026`)."""
    if columns.get("lead") == 0 and "index" not in columns:
        return cells[0].start == cells[0].end and _time_goes_on(text, columns, above, cells)
    if columns.get("index") != 0 or cells[0].start != cells[0].end or above[0].start == above[0].end:
        return False
    task = columns.get("task")
    if task is None:
        return False  # (a table by place or year: `<TAB>Tổng cộng<TAB>1.050` is its total row)
    words = text[cells[task].start:cells[task].end].strip() if task < len(cells) else ""
    return not words or words.lstrip("(")[:1].islower() or _time_goes_on(text, columns, above, cells) \
        or _task_dangles(text, task, above)


def _task_dangles(text: str, task: int, above: list[Cell]) -> bool:
    """Does the row's task cell stop on a word its phrase cannot end on (rules/appendix.yaml
    appendix.task_dangling), so that a line below opening on a name's capital is its rest?"""
    if task >= len(above) or above[task].start == above[task].end:
        return False
    last = (above[task].parts or (above[task],))[-1]
    return bool(_rules().by_id("appendix.task_dangling").search(text, last.start, last.end))


def _time_goes_on(text: str, columns: dict, above: list[Cell], cells: list[Cell]) -> bool:
    """Does the row's time cell end on the word before a day (rules/appendix.yaml
    appendix.time_dangling), and the line below fill the time column?"""
    time = columns.get("time")
    if not isinstance(time, int) or time >= len(above) or time >= len(cells) or cells[time].start == cells[time].end:
        return False
    last = (above[time].parts or (above[time],))[-1]
    return bool(_rules().by_id("appendix.time_dangling").match(text, last.start, last.end))


def _cell_rest_row(text: str, columns: dict, above: list[Cell], cells: list[Cell], width: int) -> list[Cell] | None:
    """A numbered tab row short of the header's cells whose last cell a line break cut, its
    second line copied after a tab (`6<TAB>Báo cáo …<TAB>Vụ Pháp chế<TAB>Ban Tôn giáo Chính phủ` /
    `<TAB>Thanh tra Bộ<TAB>Chính phủ<TAB>Quý II/2026`): the line's first words go on that cell and
    its other cells fill the columns left, exactly to the header's width, none empty; a time
    column among them must read as a time.  A break that falls at the cell's end (`18<TAB>Tập
    huấn … CNTT` / `<TAB>Sở Khoa học và Công nghệ<TAB>Sở Nội vụ<TAB>Tháng 11/2025<TAB>…`) leaves
    the cell whole: the line's cells after its first fill the columns left.  Else None (a line
    of its own, or one that goes on the row column by column: _goes_on_row)."""
    if columns.get("index") != 0 or not 2 <= len(above) < width:
        return None
    ends = len(above) + len(cells) - 1 == width  # (the break at the cell's end)
    if not ends and len(above) + len(cells) - 2 != width:
        return None
    if above[0].start == above[0].end or above[-1].start == above[-1].end or cells[0].start != cells[0].end:
        return None
    if any(c.start == c.end for c in cells[1:]):
        return None
    time, shift = columns.get("time"), len(above) - 2 + ends
    if isinstance(time, int) and time >= len(above) and _parts(text[cells[time - shift].start:
                                                                    cells[time - shift].end]) is None:
        return None
    if above[-1].parts:
        return None
    if ends:
        return [*above, *cells[1:]]
    return [*above[:-1], Cell(above[-1].start, cells[1].end), *cells[2:]]  # (its lines read as the text has them)


def _semicolon_rest_row(text: str, above: list[Cell], cells: list[Cell], width: int) -> list[Cell] | None:
    """A row typed with semicolons whose last cell a line break cut (`6 ; Hội thảo đầu bờ … ; Chi
    hội thôn` / `Xuân Áng, Chi hội thôn Phù Lưu ; Tháng 8 - 9/2026`): the line's first cell goes on
    that cell and its others fill the columns left, exactly to the header's width; else None.
    A spreadsheet cell saved as CSV with its line break is wrapped in double quotes (`"Quý IV/2026` /
    `(miền Trung: trước 31/8/2026)";…`): its text is inside them, as a one-line quoted cell's is."""
    if not 2 <= len(above) < width or len(above) + len(cells) - 1 != width or above[-1].parts \
            or any(c.start == c.end for c in (above[-1], *cells)):
        return None
    start, end = above[-1].start, cells[0].end
    if end - start >= 2 and text[start] == text[end - 1] == '"':
        start, end = start + 1, end - 1
    return [*above[:-1], Cell(start, end), *cells[1:]]


def _joined_row(above: list[Cell], cells: list[Cell]) -> list[Cell]:
    """The row `above` with the pieces of the line below added to its cells, column by column."""
    out = []
    for k in range(max(len(above), len(cells))):
        pieces = [*(_pieces(above[k]) if k < len(above) and above[k].start < above[k].end else ()),
                  *(_pieces(cells[k]) if k < len(cells) and cells[k].start < cells[k].end else ())]
        at = above[k].start if k < len(above) else cells[k].start
        out.append(_cell_of(pieces, at))
    return out


def _two_row_header(text: str, shown: str, lines: list[Line], i: int, cells: list[Cell], sep: str):
    """A pipe header on two rows, as Word's merged header cells come out in Markdown
    (`| Chỉ tiêu | ĐVT | Năm 2026 | | Kế hoạch năm 2027 | |` over `| | | Kế hoạch | Ước
    thực hiện | Kế hoạch | So với năm 2026 (%) |`, then the `|---|` rule), read as one:
    a first-row cell spans the empty cells after it, and each second-row cell is read
    under it.  Gives (cells, {index: year the second row says}, years reported on, {index:
    second-row cell}, cells named by level or None), each cell the first row's name (an empty
    cell for a column that reports what was done or compares, rules/appendix.yaml header_rows),
    else None.  A spanning name that names no year over school or training levels (`Chỉ tiêu
    theo cấp học` over `Mầm non | Tiểu học | THCS | THPT`) gives the last item the cells with
    each level's name in its column, read when the spanning names make no header.
    A tab header (an Excel or Word table copied as text) has no rule line: its second
    line leaves the first column empty and holds only names (`<TAB>…<TAB>Quý I<TAB>Quý II`,
    appendix.header_row.tab_wrap), so a row of values is never read as one.
    Markdown keeps one header row: the second then comes right under the `|---|` rule, a row
    of names whose first cell is empty (`| | | Số lượng | Tỷ lệ (%) | …`).  The last item
    given is the index of the second row's line, read with the header."""
    if i + 1 >= len(lines):
        return None
    below_at = i + 1
    if sep == "|" and not _rule_line(text, lines, i + 2):
        below_at = i + 2  # (Markdown: the rule, then the header's second row)
        if not _rule_line(text, lines, i + 1) or below_at >= len(lines) \
                or not _names_row(text, shown, lines[below_at], sep):
            return None
    second_line = text[lines[below_at].start:lines[below_at].end]
    if _separator(second_line) != sep:
        return None
    second = _cells(text, lines[below_at].start, lines[below_at].end, shown, sep)
    if sep == "\t" and len(second) > len(cells) and cells and cells[-1].start < cells[-1].end:
        # (a tab copy writes no tabs after a merged last cell, `TT<TAB>Khu vực<TAB>Tỷ lệ tham gia
        # BHYT (%)` over `<TAB><TAB>Mầm non<TAB>Tiểu học<TAB>THCS`: the cell spans the rest)
        cells = [*cells, *(Cell(cells[-1].end, cells[-1].end) for _ in range(len(second) - len(cells)))]
    if len(second) != len(cells):
        return None
    wrap = _rules().by_id("appendix.header_row.tab_wrap")
    if sep == "\t" and (second[0].start < second[0].end
                        or not all(wrap.match(shown, c.start, c.end) for c in second if c.start < c.end)):
        return None
    # (a tab name's second half under its own name, with a named column after it, is a wrap,
    # `Chỉ tiêu tiêm` / `năm 2024 (con)` beside `Ghi chú`: _wrapped_tab_header reads it; not
    # when every second-row name is a year done or planned, `SAIDI` over `TH 2025 | KH 2026`)
    if sep == "\t" and not _year_labels(shown, second) and any(top.start < top.end and below.start < below.end
                           and not (k + 1 < len(cells) and cells[k + 1].start == cells[k + 1].end
                                    and second[k + 1].start < second[k + 1].end)
                           for k, (top, below) in enumerate(zip(cells, second, strict=True))):
        return None
    filled = [c.start < c.end for c in cells]
    under = [c.start < c.end for c in second]
    # (a name over two rows leaves the second row's cell empty; a spanning name leaves
    # the first row's cells after it empty, filled on the second row)
    pairs = list(zip(filled, under, strict=True))
    if not any(f and not u for f, u in pairs) or not any(u and not f for f, u in pairs):
        return None
    says_results = rules.load("targets").by_id("result.heading").search
    if any(says_results(shown[lo:hi]) and not _rules().by_id("appendix.locality_title.goal").search(shown, lo, hi)
           for lo, hi in _title_lines(shown, cells[0].start)):
        return [Cell(c.start, c.start) for c in cells], {}, set(), {}, None, below_at  # (a table of results: no columns)
    result = _rules().by_id("appendix.header_row.result")
    compare = _rules().by_id("appendix.header_row.compare")
    year_column = _rules().by_id("appendix.header_row.year")
    category = _rules().by_id("appendix.indicator_col.category")
    merged, years, reported, parent, subs, levels = [], {}, set(), None, {}, {}
    for index, (top, below) in enumerate(zip(cells, second, strict=True)):
        if top.start < top.end:
            parent = top
        elif below.start == below.end:
            parent = None
        if below.start == below.end or parent is None:
            merged.append(top)
            continue
        year = _year_in(shown, below.start, below.end)
        if result.match(shown, below.start, below.end):
            said = year or _year_in(shown, parent.start, parent.end)
            if said:
                reported.add(said)
            merged.append(Cell(top.start, top.start))
        elif compare.search(shown, below.start, below.end):
            merged.append(Cell(top.start, top.start))
        elif (named := year_column.match(shown, below.start, below.end)) and not _year_in(shown, parent.start, parent.end) \
                and not (result.match(shown, parent.start, parent.end) or compare.search(shown, parent.start, parent.end)):
            merged.append(below)  # (`Lộ trình thực hiện` over `2026 | 2027 | …`: each year names its column)
            years[index] = int(named.group("year"))
        else:
            merged.append(parent)
            subs[index] = below
            if year:
                years[index] = year
            if category.match(shown, below.start, below.end) and not _year_in(shown, parent.start, parent.end) \
                    and not result.match(shown, parent.start, parent.end):
                levels[index] = below
    return merged, years, reported, subs, [levels.get(k, c) for k, c in enumerate(merged)] if levels else None, below_at


def _rule_line(text: str, lines: list[Line], k: int) -> bool:
    """Is line `k` a pipe table's `|---|` rule?"""
    written = text[lines[k].start:lines[k].end] if k < len(lines) else ""
    return bool(written.strip()) and bool(_rules().by_id("appendix.separator").match(written))


def _names_row(text: str, shown: str, line: Line, sep: str) -> bool:
    """Is a row under a Markdown header's rule the header's second row: its first cell empty,
    the others names (`Số lượng`, `Tỷ lệ (%)`, `KH 2027`), no figure a row of values holds?"""
    cells = _cells(text, line.start, line.end, shown, sep)
    filled = [c for c in cells if c.start < c.end]
    return bool(cells) and cells[0].start == cells[0].end and len(filled) >= 2 and all(
        not any(ch.isdigit() for ch in shown[c.start:c.end]) or _year_in(shown, c.start, c.end) for c in filled)


def _year_labels(shown: str, row: list[Cell]) -> bool:
    """Is every filled cell of a header's second row a year done or planned (`TH 2025`, `KH
    2026`, `Ước thực hiện năm 2025`): each splits the name above it by year, no wrap of it."""
    result, year = _rules().by_id("appendix.header_row.result"), _rules().by_id("appendix.indicator_col.year")
    filled = [c for c in row if c.start < c.end]
    return bool(filled) and all(_year_in(shown, c.start, c.end) and (
        result.match(shown, c.start, c.end) or year.match(shown, c.start, c.end)) for c in filled)


def _unit_row(text: str, shown: str, line: Line) -> dict[int, Cell] | None:
    """{column: unit cell} of a tab line under a header that gives each column its unit
    (`<TAB><TAB>phút/khách hàng<TAB>lần/khách hàng<TAB>%`, rules/appendix.yaml
    appendix.header_row.unit_row): its first cell is empty and every filled cell is a unit.
    Else None (a row of values, or a wrap of the names)."""
    if "\t" not in text[line.start:line.end]:
        return None
    cells = _cells(text, line.start, line.end, shown, "\t")
    rule = _rules().by_id("appendix.header_row.unit_row")
    units = {k: c for k, c in enumerate(cells) if c.start < c.end}
    if not units or cells[0].start < cells[0].end or not all(rule.match(shown, c.start, c.end) for c in units.values()):
        return None
    return units


def _measures_by_unit_row(shown: str, cells: list[Cell], columns: dict) -> None:
    """A tab table by place whose header names its columns by a short name no rule knows and
    gives their units on a line of its own under the names (`TT | Đơn vị | SAIDI | | SAIFI | TTĐN`
    over `| | TH 2025 | KH 2026 | KH 2026 | …` over `| | phút/khách hàng | … | %`, a Word table's
    header rows copied as text): each named column with a unit is a measure in that unit.  The
    unit line is the header's next tab line, or the one after a line of years (_year_labels)."""
    if "place" not in columns or not cells or "\t" not in shown[cells[0].start:shown.find("\n", cells[0].start)]:
        return
    end = shown.find("\n", cells[0].start)
    units = None
    for _ in range(2):
        if end < 0:
            return
        nxt = shown.find("\n", end + 1)
        line = Line(end + 1, len(shown) if nxt < 0 else nxt)
        units = _unit_row(shown, shown, line)
        if units is not None or not _year_labels(shown, _cells(shown, line.start, line.end, shown, "\t")):
            break
        end = nxt
    if not units:
        return
    taken = {v for k, v in columns.items() if isinstance(v, int)}
    for index, unit in units.items():
        if index < len(cells) and index not in taken and index not in columns["measures"] \
                and cells[index].start < cells[index].end and not _column(shown[cells[index].start:cells[index].end]):
            columns["measures"][index] = (cells[index], unit)


def _wrapped_pipe_header(header: Callable[[str, list[Cell]], dict | None], text: str, shown: str,
                         lines: list[Line], i: int, cells: list[Cell]) -> dict | None:
    """The columns of a pipe header whose names wrap onto the line below, each under its
    own column, with no rule line between (`TT | Tỉnh | Tăng trưởng | Dư nợ cho vay NN, NT`
    over `| | tín dụng (%) | (tỷ đồng) |`): the names joined piece by piece, as a layout
    header on two lines is read.  The line below leaves the number column empty and holds
    no digit but in brackets (a row of values is no wrap), or a year alone under a name that
    says none (`Năm` / `2026`, `Ước TH` / `2025`: a Word header cell wrapped before its year,
    appendix.header_row.year)."""
    if i + 1 >= len(lines) or not cells:
        return None
    below_line = lines[i + 1]
    if _separator(text[below_line.start:below_line.end]) != "|":
        return None
    # (a piece's column is the number of pipes before it, as on the header's line: a
    # header without outer pipes over `     |      | tín dụng (%) |` keeps its first column)
    opens = text[lines[i].start:lines[i].end].lstrip().startswith("|")
    below: dict[int, Cell] = {}
    for cell in _cells(text, below_line.start, below_line.end, shown, "|"):
        if cell.start < cell.end:
            below[text.count("|", below_line.start, cell.start) - opens] = cell
    if not below or 0 in below or max(below) >= len(cells):
        return None
    year = _rules().by_id("appendix.header_row.year")
    for k, c in below.items():
        if any(ch.isdigit() for ch in _BRACKETED.sub("", shown[c.start:c.end])) and not (
                year.match(shown, c.start, c.end) and cells[k].start < cells[k].end
                and not any(ch.isdigit() for ch in shown[cells[k].start:cells[k].end])):
            return None
    by_column = [[c for c in (top, below.get(k)) if c is not None and c.start < c.end] for k, top in enumerate(cells)]
    return _joined_header(header, shown, lines[i], by_column)


def _hard_wrapped_pipe_header(header: Callable[[str, list[Cell]], dict | None], text: str, shown: str,
                              lines: list[Line], i: int, cells: list[Cell]) -> dict | None:
    """The columns of a pipe header in a text wrapped at a fixed width, whose last name goes
    on over the next line, which has no pipe (`… | Chỉ tiêu năm 2026 (lũy kế) | Mục tiêu cuối`
    / `dự án (2029)`), the table's rows following: that line is the rest of the last name."""
    if i + 2 >= len(lines) or not cells or text[lines[i].start:lines[i].end].rstrip().endswith("|"):
        return None
    below_line, after = (text[lines[k].start:lines[k].end] for k in (i + 1, i + 2))
    if _separator(below_line) or not below_line.strip() or _separator(after) != "|" \
            or len(below_line.strip()) > 40:
        return None
    by_column = [[c] for c in cells]
    by_column[-1].append(_trimmed(shown, lines[i + 1].start, lines[i + 1].end))
    return _joined_header(header, shown, lines[i], by_column)


def _wrapped_tab_header(header: Callable[[str, list[Cell]], dict | None], text: str, shown: str,
                        lines: list[Line], i: int, cells: list[Cell]) -> dict | None:
    """The columns of a tab header whose names wrap onto the tab line below, each piece under
    its own column (a Word table's header copied as text: `TT<TAB>Đơn vị<TAB>Tỷ lệ bao phủ` over
    `<TAB><TAB>BHYT (%)`; `Chỉ tiêu tiêm` over `năm 2024 (con)`, so the column is named as a
    target and its unit is known): the names joined piece by piece, as a pipe header's wrap
    is.  The line below leaves the number column empty and holds only words, units and years
    (rules/appendix.yaml appendix.header_row.tab_wrap): a row of values is no wrap.  None when
    the joined names head no table, so the header is read from its first line alone."""
    if i + 1 >= len(lines) or "\t" not in text[lines[i + 1].start:lines[i + 1].end]:
        return None
    below = _cells(text, lines[i + 1].start, lines[i + 1].end, shown, "\t")
    pieces = [c for c in below if c.start < c.end]
    wrap = _rules().by_id("appendix.header_row.tab_wrap")
    year, wants = _rules().by_id("appendix.layout.year_cell"), _rules().by_id("appendix.header_row.wants_year")

    def wraps(k: int, c: Cell) -> bool:
        """(a year alone under a name that breaks before it, `Giảm năm` / `2026`, is the name's end)"""
        return bool(wrap.match(shown, c.start, c.end)) or bool(
            k < len(cells) and year.match(shown, c.start, c.end) and wants.search(shown, cells[k].start, cells[k].end))

    if (not pieces or len(below) > len(cells) or below[0].start < below[0].end
            or not all(wraps(k, c) for k, c in enumerate(below) if c.start < c.end)):
        return None
    by_column = [[c for c in (top, below[k] if k < len(below) else None) if c is not None and c.start < c.end]
                 for k, top in enumerate(cells)]
    return _joined_header(header, shown, lines[i], by_column)


def _broken_tab_header(header: Callable[[str, list[Cell]], dict | None], text: str, shown: str,
                       lines: list[Line], i: int, cells: list[Cell]) -> tuple[dict, list[Cell], int] | None:
    """(columns, cells, last line) of a tab header whose last name a Word cell's line break
    carried onto the next line, which goes on with the next names (`STT<TAB>Tên lớp<TAB>Đối
    tượng<TAB>Số lượng` / `học viên<TAB>Thời gian<TAB>Đơn vị chủ trì<TAB>Kinh phí` / `(triệu
    đồng)`), as _spread joins a row broken so: the broken name is its two pieces, and a line
    without tabs right under it ends the last name.  The pieces carried on open in lower case or
    a bracket and hold only names (rules/appendix.yaml appendix.header_row.broken_tab): a row's
    first cell opens its task or place.  None when the joined names head no table."""
    if not cells or cells[-1].start == cells[-1].end:
        return None
    wrap, goes_on = _rules().by_id("appendix.header_row.tab_wrap"), _rules().by_id("appendix.header_row.broken_tab")
    numbers = _rules().by_id("appendix.column_numbers")
    by_column = [[c] for c in cells]
    j = i + 1
    while j < len(lines) and "\t" in text[lines[j].start:lines[j].end] \
            and not numbers.match(text, lines[j].start, lines[j].end):
        below = _cells(text, lines[j].start, lines[j].end, shown, "\t")
        if len(below) < 2 or not goes_on.match(shown, below[0].start, below[0].end) \
                or not all(wrap.match(shown, c.start, c.end) for c in below if c.start < c.end):
            break
        by_column[-1].append(below[0])
        by_column.extend([c] for c in below[1:])
        j += 1
    if j == i + 1:
        return None
    while j + 1 < len(lines) and "\t" not in text[lines[j].start:lines[j].end] \
            and "\t" in text[lines[j + 1].start:lines[j + 1].end]:
        rest = _trimmed(text, lines[j].start, lines[j].end)
        if not (goes_on.match(shown, rest.start, rest.end) and wrap.match(shown, rest.start, rest.end)):
            break
        by_column[-1].append(rest)
        j += 1
    columns = _joined_header(header, shown, lines[i], by_column)
    if not columns:
        return None
    return columns, [_cell_of(pieces, pieces[0].start) for pieces in by_column], j - 1


def _spaced_row(text: str, shown: str, line: Line, above: list[Cell], width: int) -> list[Cell] | None:
    """The cells of a line without tabs under a tab table when it is the table's next row with
    its tabs come out as runs of spaces (`4<TAB>BHXH cơ sở Yên Thành<TAB>94,7<TAB>390` / `5    BHXH
    cơ sở Đô Lương        95,1      420`; rules/appendix.yaml appendix.spaced_row.gap): it opens
    with the number after the row above's and splits into three cells or more, no more than
    the header's.  Else None (a line that goes on a cell, or the text after the table)."""
    number = _rules().by_id("appendix.row_index")
    said = text[above[0].start:above[0].end].strip().rstrip(".)") if above else ""
    if not said.isdigit():
        return None
    cells, left = [], line.start
    for m in [*_rules().by_id("appendix.spaced_row.gap").finditer(text, line.start, line.end), None]:
        piece = _trimmed(shown, left, m.start() if m else line.end)
        if piece.start < piece.end:
            cells.append(piece)
        left = m.end() if m else left
    if not 3 <= len(cells) <= width:
        return None
    first = text[cells[0].start:cells[0].end]
    if not number.match(first) or first.strip().rstrip(".)") != str(int(said) + 1):
        return None
    return cells


def _merged_columns(columns: dict | None, years: dict[int, int], reported: set[int]) -> dict | None:
    """A two-row header's columns: the year a second-row cell names dates its column;
    a plan of a year the header reports on (`Năm 2026` over `Kế hoạch | Ước thực
    hiện`) is a baseline, no target."""
    if not columns:
        return columns
    if isinstance(columns.get("years"), dict):
        found = {i: years.get(i, y) for i, y in columns["years"].items()}
        columns["years"] = {i: y for i, y in found.items() if y not in reported}
        if not columns["years"] and found:
            return None
    if isinstance(columns.get("measures"), dict):
        found = {i: (name, unit, years.get(i, y)) for i, (name, unit, y) in columns["measures"].items()}
        columns["measures"] = {i: m for i, m in found.items() if m[2] not in reported}
        if not columns["measures"]:
            return None
        columns["last"] = max(columns["measures"])
    return columns


def _sub_units(shown: str, columns: dict | None, subs: dict[int, Cell]) -> dict | None:
    """A two-row header's measure columns that share one spanning name and no unit
    (`Chỉ tiêu tiêm phòng năm 2026` over `Số con | Tỷ lệ (%)`, an Excel sheet's merged
    cell): each in the unit its second-row name says, a bracket (`%`) or the noun a `Số …`
    counts (`con`; rules/appendix.yaml appendix.header_row.sub_unit).  So for a year's columns
    (`Kế hoạch năm 2027` over `Số lượng | Tỷ lệ (%)`): a column whose second-row name says its
    unit is read in it (`sub_units`), the others in the row's."""
    rule = _rules().by_id("appendix.header_row.sub_unit")
    if columns and isinstance(columns.get("years"), dict):
        units = {index: Cell(*m.span("unit")) for index in columns["years"]
                 if (sub := subs.get(index)) is not None and (m := rule.match(shown, sub.start, sub.end))}
        if units:
            columns["sub_units"] = units
    if not columns or not isinstance(columns.get("measures"), dict):
        return columns
    for index, (name, unit, *rest) in list(columns["measures"].items()):
        sub = subs.get(index)
        if unit is not None or sub is None:
            continue
        m = rule.match(shown, sub.start, sub.end)
        if m:
            columns["measures"][index] = (name, Cell(*m.span("unit")), *rest)
    return columns


def _spread(text: str, shown: str, lines: list[Line], i: int, row, width: int):
    """A tab row whose cell holds line breaks (a Word table copied as text: `1<TAB>Phòng
    Nội vụ<TAB>- Là cơ quan …` / `- Tổng hợp …` / `- Báo cáo …<TAB>Cả năm 2024`):
    lines without tabs go on its last cell, and a line with tabs ends that cell and
    brings the next ones.  Taken only when such a tabbed line comes before a blank
    line and fills the row no further than the header; else (None) the row stays."""
    (first, cells), j = row, i
    while j < len(lines) and "\t" not in text[lines[j].start:lines[j].end]:
        if not text[lines[j].start:lines[j].end].strip():
            return None
        j += 1
    if j == len(lines):
        return None
    more = _cells(text, lines[j].start, lines[j].end, shown, "\t")
    if len(cells) + len(more) - 1 > width and len(more) == width \
            and all(c.start == c.end for c in more[:len(cells) - 1]):
        # (the tabbed line keeps the columns, its cells before the broken one left empty: `7<TAB>Công
        # an các xã Đại Từ, Chợ Mới,` / `<TAB>Ba Bể, Na Rì<TAB>10<TAB>-<TAB>01`)
        more = more[len(cells) - 1:]
    if len(cells) + len(more) - 1 > width:
        return None
    last = more[0] if more[0].start < more[0].end else Cell(lines[j - 1].start, lines[j - 1].end)
    joined = [*cells[:-1], Cell(cells[-1].start if cells[-1].start < cells[-1].end else lines[i].start, last.end),
              *more[1:]]
    return (Line(first.start, lines[j].end), joined), j + 1


def _wrapped(text: str, lines: list[Line], i: int, row, columns: dict, sep: str = "\t", width: int | None = None):
    """A tab or pipe row whose last cell goes on over lines without `sep` (a Word cell's
    line break: `3<TAB>Lắp đặt …<TAB>Trước ngày` / `30/11/2025`, `1 | Ban hành … | Văn
    phòng | Trước ngày` / `30/11/2025`): the lines go on that cell when the table's next
    row follows them (also one whose own cell breaks its line before the task cell, read
    whole by _spread over the header's `width`); at a tab table's end only the first line,
    when it reads as the rest of a cell (rules/appendix.yaml appendix.cell_wrap), not a note
    or heading under the table.  A pipe table takes them only before its next numbered row.  Else None."""
    (first, cells), j = row, i
    while j < len(lines) and sep not in text[lines[j].start:lines[j].end] and text[lines[j].start:lines[j].end].strip():
        j += 1
    if j == i:
        return None
    below = _cells(text, lines[j].start, lines[j].end, sep=sep) if j < len(lines) else []
    if sep == "|" and not (len(below) >= 2 and (_numbered(text, columns, below) or _bulleted(text, first, lines[j]))):
        return None  # (the next row may itself be broken over two lines: its number, or bullet, is enough)
    if sep == "\t" and below and width and 2 <= len(below) < width and not _is_row(text, columns, below, sep):
        spread = _spread(text, text, lines, j + 1, (lines[j], below), width)
        below = spread[0][1] if spread else below
    if sep == "\t" and not (below and _is_row(text, columns, below, sep)):
        if not _rules().by_id("appendix.cell_wrap").match(text, lines[i].start, lines[i].end):
            return None
        j = i + 1
    end = lines[j - 1].end
    while end > lines[j - 1].start and text[end - 1].isspace():
        end -= 1
    last = cells[-1]
    joined = [*cells[:-1], Cell(last.start if last.start < last.end else lines[i].start, end)]
    return (Line(first.start, lines[j - 1].end), joined), j


def _bulleted(text: str, row: Line, below: Line) -> bool:
    """Do a pipe row and the line below both open with a bullet (rules/appendix.yaml
    appendix.bullet_row), as each row of a timetable typed as a bulleted list does?"""
    bullet = _rules().by_id("appendix.bullet_row")
    return bool(bullet.match(text, row.start, row.end) and bullet.match(text, below.start, below.end))


def _numbered(text: str, columns: dict, cells: list[Cell]) -> bool:
    """Whether a row opens with its number in the table's number column (`2 | Hội nghị …`)."""
    at = columns.get("index")
    return at is not None and at < len(cells) and bool(
        _rules().by_id("appendix.row_index").match(text[cells[at].start:cells[at].end]))


def _grid(text: str, shown: str, lines: list[Line], i: int, bars: str = "|", border=None,
          working: str | None = None,
          header: Callable[[str, list[Cell]], dict | None] = _header) -> tuple[tuple | None, int]:
    """The table `header` reads (a task table by default) of a pandoc grid table (or of a
    table drawn with box characters: `bars` BOX_BARS, `border` appendix.box_border) whose
    first border is lines[i], and the index of the line after it.  Each block of `|` lines
    between two borders is a row; a column's pieces on those lines are one cell (the
    header's joined too: `Thời gian` / `hoàn thành`, `Kế hoạch` / `năm 2026`, an indicator
    table's names read joined as a layout header's are).  A table a page break cuts goes
    on in the next one (_grid_goes_on)."""
    border = border or _rules().by_id("appendix.grid_border")
    blocks, i = _grid_blocks(text, lines, i, bars, border)
    if not blocks:
        return None, i
    head = _grid_cells(text, shown, blocks[0], bars)
    names = _cell_words(text, head)
    if header is _header:
        columns = _header_of(names)
    else:
        columns = _joined_header(header, shown, blocks[0][0], [list(_pieces(c)) for c in head])
    if not columns:
        return None, i
    rows = [(Line(b[0].start, b[-1].end), _grid_cells(text, shown, b, bars)) for b in blocks[1:]]
    while working is not None:
        more = _grid_goes_on(text, shown, working, lines, i, bars, border, names)
        if more is None:
            break
        next_rows, i = more
        if rows and next_rows and _row_broken(text, columns, next_rows[0][1]):
            (line, above), (below_line, cells) = rows[-1], next_rows.pop(0)
            rows[-1] = (Line(line.start, below_line.end), _joined_row(above, cells))
        rows += next_rows
    return (columns, rows), i


def _cell_words(text: str, cells: list[Cell]) -> list[str]:
    """What each grid cell says, its pieces joined (a header's `Thời gian` / `hoàn thành`)."""
    return [" ".join(text[p.start:p.end] for p in _pieces(cell)) for cell in cells]


def _grid_blocks(text: str, lines: list[Line], i: int, bars: str, border) -> tuple[list[list[Line]], int]:
    """The blocks of lines between the borders of the grid whose first border is
    lines[i], and the index of the line after its last border."""
    blocks: list[list[Line]] = []
    block: list[Line] = []
    i += 1
    while i < len(lines):
        line = lines[i]
        row_text = text[line.start:line.end].strip()
        if row_text.startswith(tuple(bars)):
            block.append(line)
        elif row_text and border.match(text, line.start, line.end):
            if block:
                blocks.append(block)
            block = []
        else:
            break
        i += 1
    if block:
        blocks.append(block)
    return blocks, i


def _grid_goes_on(text: str, shown: str, working: str, lines: list[Line], i: int, bars: str, border,
                  names: list[str]):
    """The rows of the grid that goes on the one ending before lines[i] after a page
    break — only blank lines and what the working copy blanks (a page's number or
    running footer) between them — and the index after it: its header repeated (the
    same names; Word's `Repeat as header row`) is left out; one not repeated, its first
    row has the header's number of cells.  Else None."""
    j = i
    while j < len(lines) and not working[lines[j].start:lines[j].end].strip() \
            and not border.match(text, lines[j].start, lines[j].end):
        j += 1
    if j == i or j >= len(lines) or not border.match(text, lines[j].start, lines[j].end):
        return None
    blocks, end = _grid_blocks(text, lines, j, bars, border)
    if not blocks:
        return None
    first = _grid_cells(text, shown, blocks[0], bars)
    said = _cell_words(text, first)
    if [" ".join(n.split()) for n in said] == [" ".join(n.split()) for n in names]:
        blocks = blocks[1:]
    elif len(first) != len(names) or _header_of(said):
        return None
    return [(Line(b[0].start, b[-1].end), _grid_cells(text, shown, b, bars)) for b in blocks], end


def _row_broken(text: str, columns: dict, cells: list[Cell]) -> bool:
    """Whether the first row after a page break is the rest of the row above it (a Word
    row allowed to break across pages): its number cell is empty, and it is no group
    heading (a title in capitals alone in its row)."""
    index = columns.get("index")
    if index is None or index >= len(cells) or cells[index].start < cells[index].end:
        return False
    filled = [c for c in cells if c.start < c.end]
    said = " ".join(text[p.start:p.end] for c in filled for p in _pieces(c))
    return bool(filled) and not (len(filled) == 1 and said.upper() == said)


def _grid_cells(text: str, shown: str, block: list[Line], bars: str = "|") -> list[Cell]:
    """The cells of one grid row: column by column, its non-empty pieces."""
    pieces: list[list[Cell]] = []
    for line in block:
        for index, cell in enumerate(_cells(text, line.start, line.end, shown, bars)):
            if index == len(pieces):
                pieces.append([])
            if cell.start < cell.end:
                pieces[index].append(cell)
    return [_cell_of(p, block[0].start) for p in pieces]


def _cell_of(pieces: list[Cell], at: int) -> Cell:
    """One cell of its pieces on several lines (a grid or layout table's wrapped cell);
    empty at `at` when it has none."""
    if not pieces:
        return Cell(at, at)
    return Cell(pieces[0].start, pieces[-1].end, tuple(pieces) if len(pieces) > 1 else ())


# the most lines one row of a table written one cell per line may take, wrapped cells and
# empty ones included: the next row's number within them ends the row (_flat_rows)
_ROW_LINES_MAX = 14
_DATE_PIECE = re.compile(r"\d/\d|(?<!\d)\d{4}(?!\d)")  # a date or a year: a time's piece, never a name's
_BRACKETED = re.compile(r"\([^()\n]*\)")  # a bracket and what it holds (`(%)`, `(tỷ đồng)`)
_CHUNK = re.compile(r"\S+(?: \S+)*")  # a run of words apart from the next by two spaces or more


def _chunks(text: str, line: Line) -> list[Cell]:
    return [Cell(m.start(), m.end()) for m in _CHUNK.finditer(text, line.start, line.end)]


def _layout_tables(ctx: DocContext, header: Callable[[str, list[Cell]], dict | None] = _header,
                   named: Callable[[str], object] = _column):
    """(columns, [(row, cells)]) of every table laid out by `pdftotext -layout`: no
    pipes nor tabs, a header whose column names stand apart by two spaces or more
    (`TT   Nội dung nhiệm vụ   Cơ quan chủ trì   …`), then rows whose cells start
    under their names and wrap onto the next lines in the same place (`Phòng Lao
    động` / `- TB&XH`): a cell is its pieces, one per line, as in a grid table.
    Every chunk of the header must name a column (`named`: of a task table by
    default, of any table for indicator tables), so a justified paragraph (`Nội
    dung  thực hiện  …`) is no header; only a table by place, after three named
    columns, may end with one of free notes (`STT  Xã, phường  Diện tích chuyển đổi
    (ha)  Cây trồng chính`); a page break (form feed, page number) inside
    the table is passed over."""
    text = ctx.text
    lines = raw_lines(text)
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if "  " not in text[line.start:line.end].strip() or "|" in text[line.start:line.end] or "\t" in text[line.start:line.end]:
            continue
        chunks = _chunks(text, line)
        if len(chunks) < 3:
            continue
        grouped = _year_group(text, lines, i, chunks) if named is not _column else None
        if grouped:
            chunks, i = grouped
        split = _sub_columns(text, lines, i, chunks) if named is not _column and not grouped else None
        if split:
            chunks, i = split
        unnamed = [k for k, c in enumerate(chunks) if not named(text[c.start:c.end])]
        pairs = column_units(text, line.start) if named is not _column and len(text) == len(ctx.working) else []
        starts = [c.start - (text.rfind("\n", 0, c.start) + 1) for c in chunks]
        # (an indicator table's names may run onto the line below even where each half names its
        # column, the unit then under the name: `Tỷ lệ hồ sơ khai thuế` / `điện tử của HKD (%)`)
        names_below = _names_below(text, lines, i, chunks, starts, named) \
            if (unnamed or named is not _column) and len(pairs) < 2 and not split else None
        names_above = (_names_above(text, lines, i - 1, chunks, starts, named)
                       if named is not _column and not names_below and len(pairs) < 2 and not split else None)
        if names_below or names_above or unnamed and named is _column and _lead_only_layout(text, chunks):
            unnamed = []
        # (or one in the middle, past the place's own columns: `STT  Thôn  Số hộ  Tuyến, điểm trọng tâm  KL rác (tấn)`)
        loose = unnamed and (named is _column or len(unnamed) > 1 or unnamed[0] < 3 or len(chunks) < 4) and len(pairs) < 2
        if loose and (named is _column or _column(text[chunks[0].start:chunks[0].end]) != "index"
                      and not _place_column(text[chunks[0].start:chunks[0].end])):
            continue  # (a paragraph stops at its first chunk; a unit line by column names the bare columns;
            # a table by place opening with its place, `Cụm   Khu phố   Số hộ   Hộ ký cam kết`, may be labelled)
        shown = text if header is _header else ctx.working
        if names_below:
            columns = _joined_header(header, shown, line, names_below)
            if columns:  # (the lines of the names' further pieces, one or two, are read, not rows)
                i = 1 + max(k for k in range(i, min(i + 3, len(lines)))
                            if any(lines[k].start <= p.start <= lines[k].end for col in names_below for p in col))
        elif names_above:
            columns = _joined_header(header, shown, lines[i - 2], names_above)
        else:
            columns = header(shown, chunks)
        if not columns and len(pairs) >= 2 and header is _any_indicator_header:
            columns = _place_header(ctx.working, chunks, pairs)
        if not columns or (unnamed and "measures" not in columns) or (loose and not columns.get("labelled")):
            continue  # (only a table by place may end with a column of what is grown, made: `Cây trồng chính`;
            # under an index column, one whose rows or quotas are named as no rule knows, _measures_by_year)
        if named is not _column and not names_below and i < len(lines):
            _bounds_below(text, lines[i], starts, columns)
        # (a table by place names its `STT` column apart from its columns)
        numbered = columns.get("index") == 0 or _column(text[chunks[0].start:chunks[0].end]) == "index"
        i = _header_wrap(text, lines, i, chunks, starts, named)
        if i < len(lines) and _rules().by_id("appendix.column_numbers").match(text, lines[i].start, lines[i].end):
            i += 1  # (a form's numbers of its columns under the header, `(1)   (2)   (3)`: no row, no end)
        rows, i = _layout_rows(text, lines, i, starts, numbered, named, ctx.working)
        if rows and named is not _column:
            rows = [_realigned(text, columns, len(starts), row) for row in rows]
        if rows:
            yield columns, rows


def _realigned(text: str, columns: dict, width: int, row: tuple[Line, list[Cell]]) -> tuple[Line, list[Cell]]:
    """A row of a layout table by place or indicator whose figures a scan's text layer set out
    of their columns (`Thuế cơ sở 3         248.900          142.600           42.780` / a last
    `7,0` on the line below, under a header whose columns start further right), read in order:
    when by place a value column stays empty, holds two figures or the label holds one, and the
    row's figures, line by line and left to right, are exactly as many as the columns after
    its label, each goes to the next of those columns and the label keeps its words.  A row
    that leaves a column empty by design writes fewer figures and is read by place."""
    label = columns.get("place", columns.get("indicator"))
    line, cells = row
    if label is None or label + 1 >= width or len(cells) != width:
        return row
    bare = _rules().by_id("appendix.bare_number")
    figures, words = [], []
    for piece in _pieces(cells[label]):
        for chunk in _chunks(text, Line(piece.start, piece.end)):
            (figures if bare.match(text[chunk.start:chunk.end]) else words).append(chunk)
    if words and figures and figures[0].start < words[-1].end:
        return row  # (a figure inside the label's words names the place, `Thuế cơ sở 1`)
    broken = bool(figures)
    for cell in cells[label + 1:]:
        pieces = [chunk for piece in _pieces(cell) for chunk in _chunks(text, Line(piece.start, piece.end))]
        if len(pieces) != 1:
            broken = True
        if any(not bare.match(text[p.start:p.end]) for p in pieces):
            return row  # (a cell of words: not a row of figures)
        figures.extend(pieces)
    if not broken or not words or len(figures) != width - label - 1:
        return row
    figures.sort(key=lambda c: c.start)
    return line, [*cells[:label], _cell_of(words, words[0].start), *figures]


def _bounds_below(text: str, line: Line, starts: list[int], columns: dict) -> None:
    """A measure column of a layout header whose name runs onto the line below and ends
    there in a bound (`Trong đó: tham gia` / `tố tụng (tối thiểu)`) gives its cells that
    comparator, as a bound on the header's own line does (_column_bounds); only a line
    of words under the value columns, the first column empty, goes on a header."""
    pieces = _chunks(text, line)
    at = [_layout_column(starts, p.start - line.start) for p in pieces]
    if not pieces or 0 in at or any(ch.isdigit() for p in pieces for ch in text[p.start:p.end]):
        return
    for piece, k in zip(pieces, at, strict=True):
        if k not in columns.get("measures", {}) or k in columns.get("bounds", {}):
            continue
        rule = next((r for r in _rules().group("column_bounds") if r.search(text, piece.start, piece.end)), None)
        if rule is not None:
            columns.setdefault("bounds", {})[k] = rule.get("comparator")


def _year_group(text: str, lines: list[Line], i: int, chunks: list[Cell]) -> tuple[list[Cell], int] | None:
    """(the header's names with its last one replaced by the years below it, the index of
    the line after the years) when a layout header's last name spans year columns whose
    years stand on the next line, right of the other names (`TT   Chỉ tiêu   ĐVT   Năm` /
    `2026   2027   2028`: a Word table's merged cell over its years); else None."""
    if i >= len(lines) or not _rules().by_id("appendix.layout.year_group").match(
            text, chunks[-1].start, chunks[-1].end):
        return None
    years = _chunks(text, lines[i])
    cell = _rules().by_id("appendix.layout.year_cell")
    left = chunks[-2].end - lines[i - 1].start
    if len(years) < 2 or not all(cell.match(text, y.start, y.end) and y.start - lines[i].start > left
                                 for y in years):
        return None
    return [*chunks[:-1], *years], i + 1


def _sub_columns(text: str, lines: list[Line], i: int, chunks: list[Cell]) -> tuple[list[Cell], int] | None:
    """(the header's names with the one that spans parts replaced by the parts' names below
    it, the index of the line after them) when a layout header's name in the middle spans
    sub-columns named on the next line (`Tổng số   Trong đó   Kinh phí` over `(căn)   Xây mới
    Sửa chữa   NSNN hỗ trợ`: a Word table's merged cell over its parts); else None.  The line
    below leaves the first column empty and holds words only, two pieces or more under one
    name and at most one (its wrap) under any other; the first row below must set as many
    values under that name as it has parts, so a name that merely wraps is not split."""
    if i + 1 >= len(lines) or len(chunks) < 4:
        return None
    starts = [c.start - (text.rfind("\n", 0, c.start) + 1) for c in chunks]
    below = _chunks(text, lines[i])
    at = [_layout_column(starts, p.start - lines[i].start) for p in below]
    if not below or 0 in at or any(ch.isdigit() for p in below for ch in text[p.start:p.end]):
        return None
    spanning = [k for k in set(at) if at.count(k) >= 2]
    if len(spanning) != 1 or spanning[0] == len(chunks) - 1:
        return None
    k = spanning[0]
    row = next((lines[n] for n in range(i + 1, min(i + 3, len(lines))) if _chunks(text, lines[n])), None)
    if row is None:
        return None
    values = [p for p in _chunks(text, row) if _layout_column(starts, p.start - row.start) == k]
    if len(values) != at.count(k) or not all(_rules().by_id("appendix.bare_number").match(text[p.start:p.end])
                                             for p in values):
        return None
    parts = [p for p, col in zip(below, at, strict=True) if col == k]
    return [*chunks[:k], *parts, *chunks[k + 1:]], i + 1


def _tab_year_group(text: str, shown: str, lines: list[Line], i: int, cells: list[Cell]) -> list[Cell] | None:
    """The header's cells with its last name replaced by the years on the tab line below it,
    when that name spans them (`TT<TAB>Chỉ tiêu<TAB>ĐVT<TAB>Ước TH năm 2025<TAB>Kế hoạch các
    năm` / `<TAB><TAB><TAB><TAB>2026<TAB>2027<TAB>…`: a Word table's merged cell copied as
    text); the line below leaves the other columns empty.  Else None (as _year_group for a
    layout header)."""
    filled = [k for k, c in enumerate(cells) if c.start < c.end]
    if len(filled) < 3 or i + 1 >= len(lines):
        return None
    last = filled[-1]
    if not _rules().by_id("appendix.layout.year_group").match(shown, cells[last].start, cells[last].end):
        return None
    below = _cells(text, lines[i + 1].start, lines[i + 1].end, shown, "\t")
    year = _rules().by_id("appendix.layout.year_cell")
    if len(below) < last + 2 or any(c.start < c.end for c in below[:last]) \
            or not all(year.match(shown, c.start, c.end) for c in below[last:]):
        return None
    return [*cells[:last], *below[last:]]


def _lead_only_layout(text: str, chunks: list[Cell]) -> bool:
    """Whether a layout header heads a numbered list of places or works with one column of
    who runs each (`TT   Tên xã   Mức độ đăng ký   Năm đạt chuẩn   Cơ quan phụ trách`): its
    other columns name what the rows are, in words no rule knows, as _lead_only_header
    allows (its task is a column no rule names; the body's column may be one, `Đơn vị thực
    hiện` over a quota table's rows); the index column first keeps a justified paragraph out."""
    names = [text[c.start:c.end] for c in chunks]
    if len(names) < 4 or _column(names[0]) != "index":
        return False
    columns = _header_of(names)
    return columns is not None and _column(names[columns["task"]]) is None


def _names_below(text: str, lines: list[Line], i: int, chunks: list[Cell], starts: list[int],
                 named: Callable[[str], object]) -> list[list[Cell]] | None:
    """The pieces of each column's name (one per line) of a layout header whose names
    run onto the line below and name their columns only so (`Nghĩa vụ` / `quân sự`,
    `Công an` / `nhân dân`: a column of a call-up quota, where either half alone names
    none; `Chỉ tiêu giảm` / `đến hết 2027`); None unless the line below leaves the first
    column empty, holds words only (a year among them: no number alone, as a row's
    value is; a year alone only under a column named `Năm`, a Word header's `Năm` /
    `2026` in each year's cell), and every name, joined to the words under it, names its
    column, or the header is one of a table by place that ends with what each place is to
    add (_inventory_header: `Bể bơi` / `cố định` beside `Bổ sung đến` / `năm 2030`)."""
    by_column: list[list[Cell]] = [[c] for c in chunks]
    name_year, year, year_group = (_rules().by_id(f"appendix.layout.{r}") for r in ("name_year", "year_cell", "year_group"))
    for at in range(i, min(i + 2, len(lines))):  # (a third line of names only when two do not name them all)
        below = _chunks(text, lines[at])
        for piece in below:
            k = _name_above(chunks, starts, piece.start - lines[at].start, piece.end - lines[at].start)
            said = text[piece.start:piece.end]
            # (an age wrapped off its group, `Trẻ dưới` / `1 tuổi`, is read with the words above it)
            joined = " ".join([*(text[p.start:p.end] for p in by_column[k]), said]) if k else said
            if k == 0 or any(ch.isdigit() for ch in said) and not name_year.match(said) and not name_year.match(joined) \
                    and not (year.match(said) and year_group.match(text, chunks[k].start, chunks[k].end)):
                return None
            by_column[k].append(piece)
        if not below:
            return None
        names = [" ".join(text[p.start:p.end] for p in pieces) for pieces in by_column]
        if all(named(name) for name in names) or named is _names_any and (
                _inventory_header(names) or _rated_header(names) or _totalled_header(names)):
            tail = _name_tail(text, lines, at + 1, chunks, starts, by_column, named)
            return _years_below(text, lines, at + 2 if tail else at + 1, starts, tail or by_column)
    return None


def _name_tail(text: str, lines: list[Line], at: int, chunks: list[Cell], starts: list[int],
               by_column: list[list[Cell]], named: Callable[[str], object]) -> list[list[Cell]] | None:
    """A layout header's names with the third line of a Word cell's words on them (`Chỉ tiêu thu
    nợ` / `tối thiểu năm` / `2027`, `Tỷ lệ nợ/tổng` / `thu NSNN tối` / `đa (%)`), where two lines
    already name every column yet cut a name mid-phrase; None unless that line leaves the first
    two columns (index and label) empty, as no row does, holds words outside brackets (a line of
    units or of years alone is read as such) and no number but a year, and every name still names
    its column."""
    if at >= len(lines):
        return None
    pieces = _chunks(text, lines[at])
    name_year, year = (_rules().by_id(f"appendix.layout.{r}") for r in ("name_year", "year_cell"))
    joined = [list(column) for column in by_column]
    worded = False
    for piece in pieces:
        k = _name_above(chunks, starts, piece.start - lines[at].start, piece.end - lines[at].start)
        said = text[piece.start:piece.end]
        if k < 2 or any(ch.isdigit() for ch in said) and not year.match(said) and not name_year.match(said):
            return None
        worded = worded or any(ch.isalpha() for ch in re.sub(r"\([^()]*\)", "", said))
        joined[k].append(piece)
    names = [" ".join(text[p.start:p.end] for p in column) for column in joined]
    return joined if pieces and worded and all(named(name) for name in names) else None


def _name_above(chunks: list[Cell], starts: list[int], lo: int, hi: int) -> int:
    """The column whose name a piece of a header's wrapped line (columns `lo` to `hi` of its
    line) goes on: the one its start falls in (_layout_column), unless the piece stands under
    none of that name and under exactly one other (a name set flush right or centred in its
    cell, its longer second line reaching left past its column's start: `So với` / `TH 2025
    (%)` beside `Phấn đấu` / `năm 2026`)."""
    k = _layout_column(starts, lo)
    ends = [s + c.end - c.start for s, c in zip(starts, chunks, strict=True)]
    if lo < ends[k] and hi > starts[k]:
        return k
    under = [n for n in range(len(starts)) if lo < ends[n] and hi > starts[n]]
    return under[0] if len(under) == 1 else k


def _years_below(text: str, lines: list[Line], at: int, starts: list[int],
                 by_column: list[list[Cell]]) -> list[list[Cell]]:
    """A wrapped layout header's names with the line of years under them when one follows
    (`Dự toán` / `tỉnh giao` / `2026`, `Chỉ tiêu` / `phấn đấu` / `2026`: a Word cell's third
    line), each year on the name above it; a line of anything else is left to the rows."""
    year = _rules().by_id("appendix.layout.year_cell")
    below = _chunks(text, lines[at]) if at < len(lines) else []
    ks = [_layout_column(starts, p.start - lines[at].start) for p in below]
    if not below or 0 in ks or not all(year.match(text[p.start:p.end]) for p in below):
        return by_column
    joined = [list(pieces) for pieces in by_column]
    for piece, k in zip(below, ks, strict=True):
        joined[k].append(piece)
    return joined


def _inventory_header(names: list[str]) -> bool:
    """Whether these names head a table by place that lists what each place has and ends
    with what it is to add by a year (`TT | Xã, phường, đặc khu | Bể bơi cố định | Bể bơi
    lắp ghép | Điểm bơi an toàn | Bổ sung đến năm 2030`): the columns between, named by
    their things alone, are how the place stands, and no rule need name them."""
    place = _rules().by_id("appendix.locality_col.place")
    added = _rules().by_id("appendix.locality_col.added")
    m = added.match(names[-1]) if len(names) >= 4 else None
    return bool(m and m.group("year")) and any(place.match(name) for name in names[:2])


def _rated_header(names: list[str]) -> bool:
    """Whether these names head a table by place whose columns named by no rule all stand
    between two measure columns that say their units (`Nhóm địa bàn | Số ĐVHC | Xét nghiệm HIV
    (lượt) | Biết tình trạng | Điều trị ARV | PrEP (người)`, _measures_between)."""
    place = _rules().by_id("appendix.locality_col.place")
    measure = [k for k, name in enumerate(names) if any(
        rule.get("column") == "measure" and rule.match(name) and "(" in name for rule in _rules().group("locality_columns"))]
    unnamed = [k for k, name in enumerate(names) if not _names_any(name)]
    return (len(names) >= 4 and any(place.match(name) for name in names[:2]) and len(measure) >= 2
            and bool(unnamed) and all(min(measure) < k < max(measure) for k in unnamed))


def _totalled_header(names: list[str]) -> bool:
    """Whether these names head a table by place whose columns named by no rule are the parts
    of a sum column that says its unit, right before or after it (`TT | Tên bản | Trồng rừng
    phòng hộ | Trồng rừng sản xuất | Cộng (ha) | Cây phân tán (cây)`): two parts at least,
    read in the sum's unit (_measures_by_total)."""
    place = _rules().by_id("appendix.locality_col.place")
    total = _rules().by_id("appendix.free_column.total")
    measure = _rules().by_id("appendix.locality_col.measure")
    unnamed = {k for k, name in enumerate(names) if not _names_any(name)}
    if len(names) < 4 or len(unnamed) < 2 or not any(place.match(name) for name in names[:2]):
        return False
    for k, name in enumerate(names):
        m = measure.match(name)
        if not (m and total.match(m.group("name"))):
            continue
        parts = set()
        for step in (1, -1):
            n = k + step
            while n in unnamed:
                parts.add(n)
                n += step
        if parts == unnamed:
            return True
    return False


def _names_above(text: str, lines: list[Line], k: int, chunks: list[Cell], starts: list[int],
                 named: Callable[[str], object]) -> list[list[Cell]] | None:
    """The pieces of each column's name (one per line) of a layout header whose names of
    the value columns begin on the line above the one that opens with the index (`Diện tích
    cà phê` / `hiện có (ha)`, `Chỉ tiêu tái canh` / `năm 2026 (ha)`: a Word header's cells
    set on two lines, the short ones on the lower); None unless that line (lines[k - 1])
    leaves the first column empty, holds two pieces or more of words (a year among them), in
    as many columns, no unit line's `ĐVT:` nor a title, and each, joined to the name under it,
    names its column."""
    if k < 1 or not chunks:
        return None
    above = _chunks(text, lines[k - 1])
    by_column: list[list[Cell]] = [[c] for c in chunks]
    taken = set()
    for piece in above:
        at = _layout_column(starts, piece.start - lines[k - 1].start)
        said = text[piece.start:piece.end]
        if at == 0 or at in taken or ":" in said or any(ch.isdigit() for ch in said) and not _rules().by_id(
                "appendix.layout.name_year").match(said):
            return None
        spanned = _spanned_columns(text, lines[k - 1], piece, starts, at)
        if spanned and (taken & set(spanned) or max(spanned) >= len(chunks)):
            return None
        for col, pieces in spanned.items():
            by_column[col] = [pieces[0], by_column[col][0], *pieces[1:]]
        taken.update(spanned)
        if spanned:
            continue
        taken.add(at)
        by_column[at].insert(0, piece)
    if len(taken) < 2 or not all(named(" ".join(text[p.start:p.end] for p in pieces)) for pieces in by_column):
        return None
    return by_column


def _spanned_columns(text: str, line: Line, piece: Cell, starts: list[int], at: int) -> dict[int, list[Cell]]:
    """{column: the pieces that go around its own name} when a piece of the line over a layout
    header is a merged cell over several columns that ends in their unit (`Chỉ tiêu đào tạo
    (người)` over `Tổng số   Nông nghiệp   Phi NN`: one measure split into parts): each part is
    named the group's words, its own name, then the unit (`Chỉ tiêu đào tạo Nông nghiệp
    (người)`).  Empty when the piece stands over one column only or names no unit."""
    lo, hi = piece.start - line.start, piece.end - line.start
    spanned = [col for col, start in enumerate(starts) if col > at and lo < start < hi]
    bracket = text.rfind("(", piece.start, piece.end)
    if not spanned or bracket <= piece.start or text[piece.end - 1] != ")":
        return {}
    words = Cell(piece.start, piece.start + len(text[piece.start:bracket].rstrip()))
    unit = Cell(bracket, piece.end)
    return {col: [words, unit] for col in range(at, spanned[-1] + 1)}


def _joined_header(header: Callable[[str, list[Cell]], dict | None], shown: str, line: Line,
                   by_column: list[list[Cell]]) -> dict | None:
    """The columns `header` reads from a layout header on two lines: its names joined
    (`Nghĩa vụ quân sự`) are read on a copy of the text that ends with them on the
    header's line (the title and unit lines above it stay where they are), and a name's
    span in the copy goes back to its pieces in the text (a cell of parts)."""
    names = [" ".join(shown[p.start:p.end] for p in pieces) for pieces in by_column]
    cells, at = [], line.start
    for name in names:
        cells.append(Cell(at, at + len(name)))
        at += len(name) + 2
    columns = header(shown[:line.start] + "  ".join(names), cells)
    if not columns:
        return columns

    def back(cell: Cell | None) -> Cell | None:
        """The pieces in the text of the span `cell` of a joined name in the copy."""
        k = next((k for k, c in enumerate(cells) if cell is not None and c.start <= cell.start <= c.end), None)
        if cell is None or cell.start < line.start or k is None:
            return cell
        parts, lo = [], cells[k].start
        for piece in by_column[k]:
            size = piece.end - piece.start
            s, e = max(cell.start - lo, 0), min(cell.end - lo, size)
            if s < e:
                parts.append(Cell(piece.start + s, piece.start + e))
            lo += size + 1
        return _cell_of(parts, by_column[k][0].start)

    if isinstance(columns.get("measures"), dict):
        columns["measures"] = {i: (back(m[0]), back(m[1]), *m[2:]) for i, m in columns["measures"].items()}
    if "column_unit" in columns:
        columns["column_unit"] = back(columns["column_unit"])
    return columns


def _header_wrap(text: str, lines: list[Line], i: int, chunks: list[Cell], starts: list[int],
                 named: Callable[[str], object]) -> int:
    """The index of the first line after a layout header's wrapped names: a header whose
    names run onto the next line under their columns (`Thời gian` / `hoàn thành`) goes
    on over each line right below it that leaves the first column empty and whose every
    piece, joined to the name above it, still names that column."""
    def goes_on(piece: Cell, line: Line) -> bool:
        k = _layout_column(starts, piece.start - line.start)
        head = text[chunks[k].start:chunks[k].end]
        return k > 0 and named(head + " " + text[piece.start:piece.end]) == named(head)

    while i < len(lines) and (pieces := _chunks(text, lines[i])) and all(goes_on(p, lines[i]) for p in pieces):
        i += 1
    return i


def _layout_column(starts: list[int], at: int) -> int:
    """The column a chunk starting at `at` falls in: the last whose name starts at
    most a few characters after it (a cell may start a little left of its name)."""
    index = 0
    for k, start in enumerate(starts):
        gap = start - starts[k - 1] if k else 0
        if at >= start - min(3, gap // 2):
            index = k
    return index


def _drifted(starts: list[int], at: list[int], filled: int) -> bool:
    """Whether a layout row that fills every column, one piece each, is read in order and not
    by place: its cells drift left of their names (numbers set flush right under years flush
    left, `SP       330     360` under `ĐVT      2026     2027`), so that by place two pieces
    share a column and another stays empty; each piece must still stand between the names of
    the columns beside its own."""
    if len(at) != len(starts) or filled == len(starts):
        return False
    return all((k == 0 or starts[k - 1] < a) and (k + 1 == len(starts) or a < starts[k + 1])
               for k, a in enumerate(at))


def _runs_across(starts: list[int], chunks: list[Cell], line: Line) -> bool:
    """Whether a line is one piece standing over two column starts or more past its own: a
    sentence after an unnumbered table with no blank line between (`- Tăng trưởng dư nợ 8% so
    với đầu năm (…), tổng dư nợ đến` under `Doanh số thu nợ   tỷ đồng   khoảng 2.150`), not a
    cell's wrap, which keeps under its own column."""
    if len(chunks) != 1:
        return False
    lo, hi = chunks[0].start - line.start, chunks[0].end - line.start
    return sum(1 for s in starts if lo < s < hi) >= 2


def _layout_rows(text: str, lines: list[Line], i: int, starts: list[int], numbered: bool,
                 named: Callable[[str], object] = _column, working: str | None = None):
    """The rows under a layout header whose columns start at `starts`, and the index
    of the line after them.  Under an index column a row opens with its number there
    and runs over the lines without one, unless it sets a number under a number of
    the open row (a total row: `Tổng cộng   25.000   28.000`); else each block
    between blank lines is a row.  A line that is no row's after a blank line ends
    the table; a rule of dashes under the header is passed over.  A page break
    inside a numbered table (its footer, number and running header, which the
    working copy blanks, and the blank lines around them) ends nothing: a row cut
    by it goes on after it.  A cell set in the middle of its row's height (a Word
    table's vertically centred cells) puts a row's number on a middle line of its
    block: the block from the blank line above it is the row."""
    row_index = _rules().by_id("appendix.row_index")
    bare = _rules().by_id("appendix.bare_number")
    rule_line = _rules().by_id("appendix.separator")
    wrapped_date = _rules().by_id("appendix.wrapped_date")
    total_row = _rules().by_id("appendix.total_row")
    time_dangling = _rules().by_id("appendix.time_dangling")
    rows: list[tuple[int, list[list[Cell]]]] = []  # (first line, pieces by column)

    def stacked(by_column: dict[int, list[Cell]]) -> bool:
        """Whether a number of this line falls under a number of the open row."""
        open_row = rows[-1][1]
        return any(open_row[k] and bare.match(text[open_row[k][-1].start:open_row[k][-1].end])
                   and bare.match(text[p[0].start:p[0].end]) for k, p in by_column.items())

    def dangling(by_column: dict[int, list[Cell]]) -> bool:
        """Whether a cell of the open row stops on the word before a day (appendix.time_dangling:
        `Trước ngày` / `15/10/2026`) and this line sets a day under it: the line goes on that row,
        also when its other cells are full (the task's and the lead's wraps beside the day)."""
        open_row = rows[-1][1]
        return any(open_row[k] and time_dangling.match(text, open_row[k][-1].start, open_row[k][-1].end)
                   and text[p[0].start].isdigit() for k, p in by_column.items())

    def opens_column(k: int) -> bool:
        """Whether line k sets a row's number alone in the index column."""
        first = _chunks(text, lines[k])[:1]
        return bool(first) and _layout_column(starts, first[0].start - lines[k].start) == 0 and bool(
            row_index.match(text[first[0].start:first[0].end]))

    def centred(k: int) -> bool:
        """Whether the block of lines from k (to the next blank line) sets its number
        on a later line, not on its first."""
        for n in range(k + 1, len(lines)):
            if not _chunks(text, lines[n]):
                return False
            if opens_column(n):
                return True
        return False

    blank = paged = unnumbered = False
    while i < len(lines):
        line = lines[i]
        chunks = _chunks(text, line)
        i += 1
        if not chunks:
            blank = blank or not paged
            continue
        if numbered and rows and working is not None and not working[line.start:line.end].strip():
            blank, paged = False, True
            continue  # a page's footer, number or running header inside the table
        if len(chunks) == 1 and text[chunks[0].start:chunks[0].end].isdigit() and _layout_column(
                starts, chunks[0].start - line.start) > 0:
            continue  # a page number between two pages of the table
        paged = False
        if len(chunks) >= 3 and all(named(text[c.start:c.end]) for c in chunks):
            i = _header_wrap(text, lines, i, chunks, starts, named)
            continue  # the header again, on a new page, with its names' wrapped halves
        if not rows and rule_line.match(text[line.start:line.end]):
            continue  # a rule of dashes under the header (`-----------`)
        by_column: dict[int, list[Cell]] = {}
        for chunk in chunks:
            by_column.setdefault(_layout_column(starts, chunk.start - line.start), []).append(chunk)
        if _drifted(starts, [c.start - line.start for c in chunks], len(by_column)):
            by_column = {k: [chunk] for k, chunk in enumerate(chunks)}
        opens = (0 in by_column and len(by_column[0]) == 1
                 and bool(row_index.match(text[by_column[0][0].start:by_column[0][0].end]))) if numbered else (
                 blank or not rows)
        if numbered and not opens and not rows and 0 not in by_column and sum(
                1 for k, p in by_column.items() if k and bare.match(text[p[0].start:p[0].end])) >= 2:
            opens = True  # (a total row over the numbered ones, `TỔNG THU …   34.977   37.538`: a row of its own)
        numbering = numbered and opens and unnumbered and not blank
        if numbering:
            opens = unnumbered = False  # the number of a row opened on its block's first line
        elif numbered and not opens and (blank or not rows) and 0 not in by_column and centred(i - 1):
            opens = unnumbered = True
        if numbered and not opens and rows and not blank and 0 not in by_column and stacked(by_column):
            opens = True
        if numbered and not opens and rows and not blank and 0 not in by_column and len(by_column) > 1 \
                and total_row.match(text, chunks[0].start, chunks[0].end):
            opens = True  # (a total row under a row of quotas per unit, `120/đơn vị`, which stacked() misses)
        if not numbered and not opens and rows and len(by_column) == len(starts) and all(rows[-1][1]) \
                and not dangling(by_column):
            opens = True  # an unnumbered table one row a line: a line filling every column after a full row
        if not numbered and not opens and rows and not blank and all(rows[-1][1]) and len(by_column.get(0, [])) == 1 \
                and total_row.match(text, by_column[0][0].start, by_column[0][0].end):
            opens = True  # (its total row, `Cộng` under the years, fills only the columns that add up)
        if not numbered and blank and rows and list(by_column) == [0] and len(chunks) == 1:
            opens = False  # after an unnumbered table, a paragraph of one piece (`c/ Lộ trình:`) ends it
        wrapped_time = (numbered and rows and not blank and not opens and len(by_column.get(0, [])) == 1
                        and bool(wrapped_date.match(text[by_column[0][0].start:by_column[0][0].end])))
        if wrapped_time:
            by_column.setdefault(1, []).insert(0, by_column.pop(0)[0])  # (it ends the time cell beside the index)
        if not opens and not numbering and (blank or not rows or (numbered and 0 in by_column)
                                            or (not numbered and _runs_across(starts, chunks, line))):
            i -= 1
            break
        if opens:
            rows.append((line.start, [[] for _ in starts]))
        for k, pieces in by_column.items():
            rows[-1][1][k].append(Cell(pieces[0].start, pieces[-1].end))
        blank = False
    table = []
    for first, pieces in rows:
        end = max(p[-1].end for p in pieces if p)
        cells = [_cell_of(p, first) for p in pieces]
        table.append((Line(first, end), cells))
    return table, i


# the most lines one record of a CSV table may take: a quote left open longer is no cell
_CSV_LINES_MAX = 6


def _csv_tables(ctx: DocContext, header: Callable[[str, list[Cell]], dict | None] = _header,
                shown: str | None = None):
    """(columns, [(row, cells)]) of every table saved as CSV with commas and pasted into
    the text (rules/appendix.yaml appendix.comma_row): after its header, each record is a
    row, up to the first line that is none (a blank line, a sentence).  `shown` is the text
    the header is read in (the working copy, for an indicator table's names)."""
    text = ctx.text
    lines = raw_lines(text)
    comma_row = _rules().by_id("appendix.comma_row")
    i = 0
    while i < len(lines):
        record = _csv_record(text, lines, i) if comma_row.match(text, lines[i].start, lines[i].end) else None
        columns = header(shown or text, record[0]) if record else None
        if not record or not columns:
            i += 1
            continue
        width, i = len(record[0]), record[1]
        rows = []
        while i < len(lines) and (record := _csv_record(text, lines, i)) and _csv_row(text, columns, record[0], width):
            rows.append((Line(lines[i].start, lines[record[1] - 1].end), record[0]))
            i = record[1]
        if rows:
            yield columns, rows


def _csv_row(text: str, columns: dict, cells: list[Cell], width: int) -> bool:
    """Whether a record goes on a CSV table: no more cells than its header (fewer when
    an editor trimmed the empty ones at its end), and under an `STT` column a row number
    or nothing (a sub-row `,"- Hội nghị chuyên đề …",Sở …`, the total row `,Tổng số: …`)."""
    if not 2 <= len(cells) <= width:
        return False
    index = columns.get("index")
    if index is None or index >= len(cells) or cells[index].start == cells[index].end:
        return True
    return bool(_rules().by_id("appendix.row_index").match(text[cells[index].start:cells[index].end]))


def _csv_record(text: str, lines: list[Line], i: int) -> tuple[list[Cell], int] | None:
    """The cells of the CSV record that opens on line i, and the line after it.  Cells
    are split at commas; a cell in double quotes (`""` a quote within) may hold commas
    and line breaks, and is then its pieces, one per line, as a grid cell is.  None when
    a quote stays open past _CSV_LINES_MAX lines or text follows a closing quote."""
    cells: list[Cell] = []
    k, pos = i, lines[i].start
    while True:
        end = lines[k].end
        at = pos
        while at < end and text[at] in " \t":
            at += 1
        if at == end or text[at] != '"':
            comma = text.find(",", at, end)
            cells.append(_trimmed(text, at, end if comma < 0 else comma))
            if comma < 0:
                return cells, k + 1
            pos = comma + 1
            continue
        pieces, lo, j = [], at + 1, at + 1
        while j >= lines[k].end or text[j] != '"' or text.startswith('""', j):
            if j >= lines[k].end:  # (the cell goes on over the line break)
                pieces.append(_trimmed(text, lo, lines[k].end))
                k += 1
                if k == len(lines) or k - i >= _CSV_LINES_MAX:
                    return None
                lo = j = lines[k].start
                continue
            j += 2 if text.startswith('""', j) else 1
        pieces.append(_trimmed(text, lo, j))
        cells.append(_cell_of([p for p in pieces if p.start < p.end], lo))
        pos = j + 1
        while pos < lines[k].end and text[pos] in " \t":
            pos += 1
        if pos == lines[k].end:
            return cells, k + 1
        if text[pos] != ",":
            return None
        pos += 1


def _trimmed(text: str, start: int, end: int) -> Cell:
    """text[start:end] as a cell, without the spaces, tabs and line breaks around it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Cell(start, end)


def _flat_tables(ctx: DocContext, header: Callable[[str, list[Cell]], dict | None] = _header):
    """(columns, [(row, cells)]) of every table flattened to one cell per line: a run
    of three or more short lines that each name a column (`TT` / `Nhiệm vụ` / `Đơn
    vị chủ trì` / …), then rows each opening with the next bare row number.  A web
    page saved as text may put a blank line between cells (header included) or
    between rows, and a tab before each cell: blank lines between the header's
    names mark cells one a paragraph."""
    text, working = ctx.text, ctx.working
    # (the lines the working copy blanks, page footers, are left out; a blank line ends a table)
    lines = [line for line in raw_lines(text) if working[line.start:line.end].strip() or line.start == line.end
             or not text[line.start:line.end].strip()]
    short = [len(text[line.start:line.end].strip()) <= 40 for line in lines]
    # (an indicator table's header may name a table by place's columns: `Khu vực` / `Hiện có`)
    named = _names_column if header is _header else _names_any
    remark = _rules().by_id("appendix.free_column.aside")
    i = 0
    while i + 3 < len(lines):
        if not (short[i] and short[i + 1] and short[i + 2]):
            i += 1
            continue
        heads, said, k, spaced = [], set(), i, False  # (the header's lines)
        while k < len(lines) and short[k]:
            name = text[lines[k].start:lines[k].end].strip()
            if not name and heads and k + 1 < len(lines) and named(text[lines[k + 1].start:lines[k + 1].end].strip()):
                k, spaced = k + 1, True
                continue
            if _header_name_wraps(text, heads, name, named):
                heads[-1] = Cell(heads[-1].start, _strip(text, lines[k]).end)
                k += 1
                continue
            wrapped = _wrapped_head(text, lines, k, named) if not named(name) else None
            if wrapped:
                heads.append(Cell(_strip(text, lines[k]).start, _strip(text, lines[wrapped - 1]).end))
                k = wrapped
                continue
            if not named(name) or name in said:
                # (a remarks column no rule names may close the header: `Ghi chú`)
                if len(heads) >= 3 and remark.match(name):
                    heads.append(_strip(text, lines[k]))
                    k += 1
                break
            heads.append(_strip(text, lines[k]))
            said.add(name)
            k += 1
        columns = header(working, heads) if len(heads) >= 3 else None
        if not columns:
            # (the names of an indicator table led by row are the indicator reader's, its last ones too)
            led = header is _header and _led_indicators([text[c.start:c.end] for c in heads])
            i = k if led else i + 1
            continue
        names = [_column(text[c.start:c.end]) for c in heads]
        if names.count("enterprise") and columns.get("task") == names.index("enterprise"):
            names[columns["task"]] = "task"  # (an enterprise list's rows: _enterprise_task)
        if names[0] == "time" and not spaced and header is _header:
            rows, i = _timed_rows(ctx, lines, k, names)
        elif "index" not in names and not spaced and header is not _header and k < len(lines) \
                and _number(text, lines[k]) is None:
            rows, i = _unnumbered_rows(ctx, lines, k, len(names))
        else:
            # (a task table whose target or product column the indicator reader reads is read
            # as the task reader reads it, its cells told apart by what they hold)
            tasks = header is _header or "task" in columns and ("target" in columns or "product" in columns)
            rows, i = _flat_rows(ctx, lines, k, names, spaced, tasks)
        if rows:
            yield columns, rows


def _header_name_wraps(text: str, heads: list[Cell], name: str, named: Callable[[str], bool]) -> bool:
    """Does a flattened header's line of words in lower case go on with the column name above it (a
    PDF cell wrapped: `Thời gian hoàn` / `thành`, `Đơn vị phối` / `hợp`), the two naming a column?
    Not a list item after a sentence (`Thời gian thực hiện: Cả năm 2026.` / `c) Lịch tổ chức …`)."""
    if not heads or not name[:1].islower() or not all(word.isalpha() for word in name.split()):
        return False
    above = text[heads[-1].start:heads[-1].end]
    return above.rstrip()[-1:] not in ".,:;)" and named(" ".join(f"{above} {name}".split()))


def _wrapped_head(text: str, lines: list[Line], k: int, named: Callable[[str], bool]) -> int | None:
    """The index after a flattened indicator header's column name that a PDF cell wrapped over
    two or three lines, each piece after the first opening in lower case, a digit or a bracket
    (`Mục tiêu giải` / `ngân đến` / `30/6/2027 (%)`, `Vốn giao năm` / `2027 (triệu` / `đồng)`):
    the pieces joined name the column, or close on its unit in brackets (a column of figures no
    rule names, its cells no target); else None.  A piece that opens with a capital is the next
    column's name."""
    joined = text[lines[k].start:lines[k].end].strip()
    if not joined:
        return None
    for n in range(k + 1, min(k + 3, len(lines))):
        piece = text[lines[n].start:lines[n].end].strip()
        if not piece or len(piece) > 40 or not (piece[0].islower() or piece[0].isdigit() or piece[0] == "("):
            return None
        joined = f"{joined} {piece}"
        if joined.count("(") <= joined.count(")") and (named(joined) or re.search(r"\([^()]{1,20}\)$", joined)):
            return n + 1
    return None


def _labelled_tables(ctx: DocContext, header: Callable[[str, list[Cell]], dict | None]):
    """(columns, [(row, cells)]) of every table written as records of `Label: value` lines
    (a Word table exported row by row, or a form: `STT: 1` / `Chỉ tiêu: Tỷ lệ …` / `Đơn vị
    tính: %` / `Kế hoạch 2026: ≥ 80`): each record opens with its index label's line, and the
    labels of all records, in the order first met, are the header (a record may leave one out:
    its cell is empty).  Blank lines between records are passed over."""
    text = ctx.text
    labelled = _rules().by_id("appendix.labelled_line")
    lines = list(raw_lines(text))
    i = 0
    while i < len(lines):
        m = labelled.match(text, lines[i].start, lines[i].end)
        if not m or _column(m.group("label")) != "index":
            i += 1
            continue
        index_label, records, heads = " ".join(m.group("label").split()), [], {}
        while i < len(lines):
            line = lines[i]
            if not text[line.start:line.end].strip():
                i += 1
                continue
            m = labelled.match(text, line.start, line.end)
            if not m:
                break
            label = " ".join(m.group("label").split())
            if label == index_label:
                records.append({})
            elif not records or label in records[-1]:
                break
            heads.setdefault(label, Cell(*m.span("label")))
            records[-1][label] = (line, Cell(*m.span("value")))
            i += 1
        if len(records) < 2:
            continue
        names = list(heads)
        columns = header(ctx.working, [heads[name] for name in names])
        if not columns:
            continue
        rows = []
        for record in records:
            first, last = min(v[0].start for v in record.values()), max(v[0].end for v in record.values())
            cells = [record[name][1] if name in record else Cell(last, last) for name in names]
            rows.append((Line(first, last), cells))
        yield columns, rows


def _names_any(name: str) -> bool:
    """Whether a chunk of a layout header names a column of any table, by place too."""
    return _names_column(name) or any(rule.match(name) for rule in _rules().group("locality_columns"))


def _names_column(name: str) -> bool:
    """Whether a line names a column of a task or an indicator table."""
    return bool(name) and (_column(name) is not None
                           or any(rule.match(name) for rule in _rules().group("indicator_columns")))


def _strip(text: str, line: Line) -> Cell:
    """A line as a cell, without the tabs and spaces around it."""
    return _trimmed(text, line.start, line.end)


def _number(text: str, line: Line) -> int | None:
    cell = text[line.start:line.end].strip().rstrip(".")
    return int(cell) if cell.isdigit() and len(cell) <= 3 else None


def _group_row(text: str, start: int, end: int) -> bool:
    """Is this line a flattened table's group row: its numeral alone (appendix.group_row), or with
    the group's title in capitals on the same line (`I. DOANH NGHIỆP CỔ PHẦN HÓA`,
    appendix.group_title_row), which only a table's rows, not the document's headings, are read
    against?"""
    return bool(_rules().by_id("appendix.group_row").match(text, start, end)
                or _rules().by_id("appendix.group_title_row").match(text, start, end))


def _flat_rows(ctx: DocContext, lines: list[Line], i: int, names: list[str | None], spaced: bool, tasks: bool):
    """The rows after a flattened header at lines[i], and the index after them.  A row
    runs to the line holding the next number or a blank line (a blank line between
    rows is passed over); the last one no longer than the longest row before it (what
    follows the table is not its cells).  Cells one a paragraph (`spaced`) run over
    blank lines, a row at most one line per column.  A row with one line per column
    is read by position; else a task table's by what its lines hold, an indicator
    table's not at all."""
    text = ctx.text

    def blank(k: int) -> bool:
        return not text[lines[k].start:lines[k].end].strip()

    def skip(k: int) -> int:
        while k < len(lines) and blank(k):
            k += 1
        return k

    time_cell = _rules().by_id("appendix.time_cell")

    def past_group(k: int, number: int | None) -> int:
        """Past a group row (`II` / `QUẢN LÝ NHÀ NƯỚC`, a title line or two) at k, to
        the row numbered `number` (or the first number) under it; else k.  A Word table
        whose group row keeps its other cells unmerged leaves them as blank lines after
        the title (`I` / `TUYÊN TRUYỀN` / `` / `` / `` / `` / `1`), at most one a column."""
        k = skip(k)
        if k >= len(lines) or not _group_row(text, lines[k].start, lines[k].end):
            return k
        n, said, blanks = k + 1, 0, 0
        while n < len(lines) and said < 3 and blanks <= len(names) - 2:
            got = _number(text, lines[n])
            if got is not None and (number is None or got == number):
                return n
            if blank(n):
                blanks += 1
            else:
                said += 1
            n += 1
        return k

    def empty_cell(k: int, filled: int, following: int) -> bool:
        """A blank line inside a row is an empty cell (a Word table put one cell per line
        leaves a blank line for it: `Trung tâm Thông tin` / `` / `Trợ lý ảo …` under `Cơ
        quan phối hợp`) when the row still lacks cells and the next row's number (or a group
        row) follows within the lines it lacks, also after the blank line an export puts
        between rows; else it ends the row (a blank line between rows)."""
        lacking = len(names) - 1 - filled
        if lacking < 2 or k + 1 >= len(lines) or blank(k + 1):
            return False

        def opens_next(n: int) -> bool:
            return _number(text, lines[n]) == following or _group_row(text, lines[n].start, lines[n].end)

        n, cells_after = k + 1, 0
        while n < len(lines) and cells_after < lacking:
            if blank(n):
                return skip(n) < len(lines) and opens_next(skip(n))
            if cells_after and opens_next(n):
                return True
            cells_after, n = cells_after + 1, n + 1
        return False

    bare = _rules().by_id("appendix.bare_number")

    def value_cell(k: int, filled: int) -> bool:
        """Is the line at k, which holds the next row's number, a value of this row instead (`4` /
        `Chi cục … khu vực IV` / `…` / `85,5` / `48` / `5` / `121,3`: a share of 5%)?  So in an
        indicator table while the row still lacks cells and a bare number follows it, where a row's
        number is followed by its name."""
        return not tasks and not spaced and filled < len(names) - 1 and k + 1 < len(lines) \
            and bool(bare.match(text[lines[k + 1].start:lines[k + 1].end].strip()))

    start = past_group(i, None)
    expected = _number(text, lines[start]) if start < len(lines) else None
    rows, longest = [], len(names) if spaced else 12
    while expected is not None and past_group(i, expected) < len(lines):
        if _number(text, lines[past_group(i, expected)]) != expected:
            # (a group row may number its rows afresh: `A` / `CHỈ SỐ CCHC` / `1` … `8`, `B` / `1` …)
            if past_group(i, 1) == skip(i) or _number(text, lines[past_group(i, 1)]) != 1:
                break
            expected = 1
        i = past_group(i, expected)
        # (only the last row is held to the longest before it: a row the next one's number
        # follows may be longer, a cell wrapped: `Ủy ban …; Đài …;` / `Đài …; TTXVN`)
        j, body, ahead = i + 1, [], any(_number(text, lines[n]) == expected + 1
                                        for n in range(i + 1, min(i + 1 + _ROW_LINES_MAX, len(lines))))
        while j < len(lines) and (_number(text, lines[j]) != expected + 1 or value_cell(j, len(body))) \
                and len(body) < (_ROW_LINES_MAX if ahead else longest) \
                and not _group_row(text, lines[j].start, lines[j].end):
            if not blank(j):
                body.append(lines[j])
            elif not spaced and not empty_cell(j, len(body), expected + 1):
                break
            elif not spaced and tasks:  # (an empty cell holds its column's place: _flat_cells)
                body.append(Line(lines[j].start, lines[j].start))
            j += 1
            # (the last row ends with the time that fills its last column: a note under the
            # table, `(Thời gian tổ chức các vòng thi có thể thay đổi; HĐTD thông báo …)`, is text)
            if not ahead and tasks and names[-1] == "time" and len(body) >= len(names) - 1 \
                    and time_cell.match(text, body[-1].start, body[-1].end) \
                    and text[body[-1].start:body[-1].end].rstrip()[-1:] not in ";,":
                break
        fitted = body
        if len(body) > len(names) - 1 and not spaced and not tasks:
            last = not (j < len(lines) and (_number(text, lines[j]) == expected + 1
                                            or _group_row(text, lines[j].start, lines[j].end)))
            fitted = _wrapped_name(text, body, len(names) - 1, last) or (body[:len(names) - 1] if last else body)
        if not spaced and not tasks and names[-1] == "time" and body:
            fitted = _time_column_fit(fitted, len(names) - 1)
        if len(fitted) == len(names) - 1 and (spaced or not tasks):
            cells = [_strip(text, lines[i]), *(_strip(text, line) for line in fitted)]
        elif tasks:
            cells = _flat_cells(ctx, body, names)
        else:
            cells = None
        if cells:
            rows.append((Line(lines[i].start, (fitted or [lines[i]])[-1].end), cells))
        if not spaced:
            longest = len(body) + 1 if len(rows) == 1 else max(longest, len(body) + 1)
        i, expected = j, expected + 1
    return rows, i


def _unnumbered_rows(ctx: DocContext, lines: list[Line], i: int, width: int):
    """The rows after a flattened indicator header at lines[i] with no index column (`Khu
    vực` / `Hiện có` / `Lắp bổ sung năm 2026` / `Đơn vị thực hiện`, then `Các phường nội
    đô` / `41` / `06` / `Sở NN&MT`), and the index after them.  Nothing marks where a row
    opens, so each takes `width` lines, one a cell, and every row must hold its numbers in
    the columns the first row holds them in (a cell wrapped over two lines would shift
    them: the table ends before it); a total row (`Cộng`) may leave its last cells out
    before the blank line that ends the table."""
    text = ctx.text
    bare = _rules().by_id("appendix.bare_number")
    total = _rules().by_id("appendix.total_row")

    def cell(k: int) -> str:
        return text[lines[k].start:lines[k].end].strip()

    def shape(k: int, n: int) -> tuple[bool, ...] | None:
        """Which of the n lines from k hold a bare number; None when one is blank."""
        said = [cell(m) for m in range(k, k + n)]
        return None if not all(said) else tuple(bool(bare.match(s)) for s in said)

    rows: list = []
    numbers_at = None
    while i < len(lines) and cell(i) and not bare.match(cell(i)):
        n = width
        while n > 1 and (i + n > len(lines) or not all(cell(m) for m in range(i, i + n))):
            n -= 1
        if n < width and not (rows and total.match(cell(i))):
            break
        got = shape(i, n)
        if got is None or not any(got):
            break
        if numbers_at is None:
            numbers_at = got
        elif got != numbers_at[:n]:
            break
        cells = [_strip(text, lines[m]) for m in range(i, i + n)]
        cells += [Cell(cells[-1].end, cells[-1].end)] * (width - n)
        rows.append((Line(lines[i].start, lines[i + n - 1].end), cells))
        i += n
        if n < width:
            break
    return (rows, i) if len(rows) >= 2 else ([], i)


def _time_column_fit(body: list[Line], width: int) -> list[Line]:
    """A flattened indicator table's row whose last column is the time (`STT` / `Đơn vị` / `Số
    trẻ` / `Chỉ tiêu tiêm` / `Thời gian`): a time cell wrapped (`Đợt 1` / `(15/3 - 31/3/2026)`)
    is its lines joined; a row with no time line lies under a time cell merged down the rows
    (Word's vertical merge writes it once), its time cell is empty."""
    if len(body) > width:
        return [*body[:width - 1], Line(body[width - 1].start, body[-1].end)]
    if len(body) == width - 1:
        return [*body, Line(body[-1].end, body[-1].end)]
    return body


def _wrapped_name(text: str, body: list[Line], width: int, last: bool = False) -> list[Line] | None:
    """A flattened indicator table's row with more lines than columns, its name wrapped
    (`Tiếp cận đất đai và sự ổn định` / `trong sử dụng đất` / `6,48` / `≥ 6,80`): the first
    lines joined as the name's cell, when the lines it takes hold no digit (a value); else None.
    A row followed by the next one may also wrap its last cell, a body's name (`Sở Khoa học và`
    / `Công nghệ` under `Cơ quan chủ trì`): its last lines joined, when they hold no digit.
    (The last row, which may run on into a note under the table, keeps its first lines.)
    A document's number in a name's line (`theo Thông tư 16/2022/TT-BGDĐT`) is words; a line
    with no letter is not (`%` / `71` under `ĐVT`: a unit cell, the row running on into a note).
    Nor is a number inside a name's running words (`điều trị nội trú 9 tầng (phường`, `- giai đoạn
    1`): a line that goes on a name, opening in lower case, a bracket or a dash, with two words
    before its first digit and no comparator (`tối thiểu 45%` is a value)."""
    extra = len(body) - width
    cited = _rules().by_id("appendix.name_wrap_reference")
    comparators = rules.load("targets").group("comparators")

    def named_number(said: str) -> bool:
        head = re.match(r"[-–(]?\s*([^\W\d_][^\d]*)\d", said)
        return bool(head) and head.group(1)[0].islower() and len(re.findall(r"[^\W\d_]+", head.group(1))) >= 2 \
            and not any(rule.search(said) for rule in comparators)

    def wordy(lines: list[Line]) -> bool:
        return all(any(ch.isalpha() for ch in text[line.start:line.end])
                   and (not any(ch.isdigit() for ch in cited.pattern.sub("", text[line.start:line.end]))
                        or named_number(text[line.start:line.end].strip())) for line in lines)

    for wrapped in range(extra, -1 if not last else extra - 1, -1):
        tail = extra - wrapped
        if wordy(body[1:1 + wrapped]) and (not tail or wordy(body[len(body) - tail - 1:])):
            joined = [Line(body[0].start, body[wrapped].end), *body[wrapped + 1:len(body) - tail - 1]]
            return joined + ([Line(body[len(body) - tail - 1].start, body[-1].end)] if tail else [body[-1]])
    return None


def _timed_rows(ctx: DocContext, lines: list[Line], i: int, names: list[str | None]):
    """The rows after a flattened schedule's header at lines[i] whose first column is the
    time (`Thời gian` / `Nội dung công việc` / `Đơn vị thực hiện`), and the index after
    them: no row number, so each row opens with its time line and runs to the next time
    line, a blank line or a heading; the last one (no time line after it) no longer than
    the longest before it.  Its other cells are told apart by what their lines hold, as a
    numbered row's are.  A date to be done by, in a row whose own time is a period and that
    still lacks cells (`Tháng 4/2027` / … / `Hoàn thành trước ngày 30/4/2027` under `Ghi chú`),
    is that row's note, not the next row's time."""
    text = ctx.text
    time_cell = _rules().by_id("appendix.time_cell")

    def kind(k: int) -> str:
        return _time_kind(text[lines[k].start:lines[k].end])[0]

    def opens_row(k: int, row: int | None = None) -> bool:
        if not time_cell.match(text, lines[k].start, lines[k].end):
            return False
        return row is None or k - row >= len(names) or kind(k) != "deadline" or kind(row) == "deadline"

    def ends_table(k: int) -> bool:
        node = ctx.section_at(lines[k].start)
        return not text[lines[k].start:lines[k].end].strip() or node is not None and node.start == lines[k].start

    rows, longest = [], 0
    while i < len(lines) and opens_row(i):
        j = i + 1
        while j < len(lines) and not opens_row(j, i) and not ends_table(j) and j - i < 12:
            j += 1
        if rows and not (j < len(lines) and opens_row(j, i)):
            j = min(j, i + longest)
        cells = _flat_cells(ctx, lines[i:j], names)
        rows.append((Line(lines[i].start, lines[j - 1].end), cells))
        longest = max(longest, j - i)
        i = j
    return rows, i


def _times_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a time cell of several times, one a `;` (appendix.time_separator),
    each perhaps with a bracket saying which part of the work it is for (appendix.time_note:
    `Trước 30/9/2026 (cao tốc); Tháng 12/2026 (quốc lộ)`): a Word table put one cell per line
    gives such a cell one line, which no single time (appendix.time_cell) reads whole."""
    time_cell, note = _rules().by_id("appendix.time_cell"), _rules().by_id("appendix.time_note")
    cuts = [m.span() for m in _rules().by_id("appendix.time_separator").finditer(text, start, end)]
    if not cuts:
        return False
    bounds = [start, *(k for span in cuts for k in span), end]
    for lo, hi in zip(bounds[::2], bounds[1::2], strict=True):
        said = text[lo:hi]
        opened = said.rfind("(")
        if opened > 0 and note.match(said, opened):
            hi = lo + opened
        if lo >= hi or not time_cell.match(text, lo, hi):
            return False
    return True


def _flat_cells(ctx: DocContext, lines: list[Line], names: list[str]) -> list[Cell]:
    """One flattened row's cells by column (index column included): the task from its
    first line on; an agency cell from a line opening with an agency, on over lines
    that open inside a name or follow a `;`/`,`; a time cell from a time line; a text
    column takes the lines up to the next agency or time (the last one, the rest)."""
    text, working = ctx.text, ctx.working
    time_cell = _rules().by_id("appendix.time_cell")
    ends = {a.start: b.end for a, b in zip(lines, lines[1:], strict=False)}

    def opens_agency(line: Line) -> bool:
        """(a name may wrap: it is looked for on to the end of the next line)"""
        lo = line.start + len(working[line.start:line.end]) - len(working[line.start:line.end].lstrip())
        found = find_mentions(working, line.start, ends.get(line.start, line.end))
        return bool(found) and found[0].start == lo and not found[0].in_list_only

    def is_time(line: Line) -> bool:
        return bool(time_cell.match(text, line.start, line.end)) or wrapped_time(line) \
            or _times_line(text, line.start, line.end)

    def alone(line: Line) -> bool:
        """A line that is a cell of its own, never the rest of another: a bare number (`100%`
        after `TKV`) or a ditto mark (`-nt-`)."""
        said = text[line.start:line.end].strip()
        return bool(bare.match(said) or ditto.match(said))

    def wrapped_time(line: Line) -> bool:
        """A time wrapped onto the row's last line at its date (`Chậm nhất ngày` / `08/5/2026` under
        a last column `Thời gian`); a time column before others is left to the lines' own reading."""
        end = ends.get(line.start)
        return end is not None and end == lines[-1].end and text[end - 1:end].isdigit() and text[line.end + 1:end][:1].isdigit() \
            and not time_cell.match(text, line.start, line.end) and bool(time_cell.match(text, line.start, end))

    def empty(line: Line) -> bool:
        """(an empty cell's place, _flat_rows)"""
        return line.start == line.end

    def names_bodies(line: Line) -> bool:
        """A line whose every `;`/`,` item reads as a body's name, known or not (`Ủy ban
        NVNONN`, `Văn phòng Bộ; Vụ TTBC`): under an agency column it is that cell."""
        items = [item.strip() for item in re.split(r"[;,]", text[line.start:line.end])]
        return opens_agency(line) or all(named.match(item) for item in items if item) and any(items)

    def opens_cell(k: int) -> bool:
        """Whether lines[k] opens with a capital that no name found on lines[k - 1] runs on into,
        nor a link lines[k - 1] ends on (`Trung tâm XTĐT và` / `HTDN`: one name wrapped)."""
        said = text[lines[k].start:lines[k].end].lstrip()
        crossing = any(m.end > lines[k - 1].end for m in find_mentions(working, lines[k - 1].start, lines[k].end))
        linked = wrap_link.search(text, lines[k - 1].start, lines[k - 1].end) is not None
        return said[:1].isupper() and not crossing and not linked

    def before_times(k: int, index: int) -> bool:
        """Whether lines[k] is no time and only times follow it, under the time columns that are all
        the row has left after the body's column at `index`: no other cell is left to hold it, so it
        is the rest of the name wrapped above it (`Ban Quản lý chợ Bến` / `Thành` / `Quý I/2026`,
        `Công an phường, BĐH` / `KP 18` / `Quý I/2026`), whatever its capital; not the first line of
        a time wrapped at its date (`Từ 26/3/2026 đến` / `24/4/2026`: a date or a year in it)."""
        rest = names[index + 1:]
        return bool(rest) and all(name == "time" for name in rest) and not is_time(lines[k]) \
            and k + 1 < len(lines) and all(is_time(line) for line in lines[k + 1:]) \
            and not time_cell.match(text, lines[k].start, lines[k + 1].end) \
            and not _DATE_PIECE.search(text, lines[k].start, lines[k].end)

    named = _rules().by_id("appendix.col.named")
    wrap_link = _rules().by_id("appendix.name_wrap_link")
    bare, ditto = _rules().by_id("appendix.bare_number"), _rules().by_id("appendix.ditto")
    cells = [Cell(lines[0].start, lines[0].start) if lines else Cell(0, 0)] * len(names)
    # (a row with one line per column whose time line stands under the time column, and no
    # time elsewhere, is read by position: `Công ty CP …` / `Phường Nếnh` / `3.700` / `2027`
    # under `Chủ đầu tư | Địa điểm | Quy mô (căn) | Năm hoàn thành` are four cells, not one;
    # so is one whose empty cells kept their place, its agency lines reading as names)
    if names[:1] == ["index"] and "time" in names and len(lines) == len(names) - 1 and all(
            empty(line) or (name == "time") == is_time(line)
            and (name not in ("lead", "partner") or names_bodies(line))
            for name, line in zip(names[1:], lines, strict=True)):
        return [cells[0], *(_strip(text, line) for line in lines)]
    # (so is a row of a table with no time column, one line per column, where the body columns'
    # lines read as names and no other line opens with a known body: `Quảng Trị - Điểm đến` / `02 ctr/tuần` / `20 phút` /
    # `Phòng Văn nghệ - Giải trí` under `TT | Chương trình | Số lượng | Thời lượng | Đơn vị chủ trì`,
    # a programme's figures no part of its name)
    if names[:1] == ["index"] and "time" not in names and len(lines) == len(names) - 1 and all(
            not empty(line) and (names_bodies(line) if name in ("lead", "partner") else not opens_agency(line))
            for name, line in zip(names[1:], lines, strict=True)):
        return [cells[0], *(_strip(text, line) for line in lines)]
    # (so is a schedule's row led by its time, one line per column, its bodies' line reading as
    # names: `Tháng 12/2026` / `Kiểm tra hồ sơ …` / `Phó Hiệu trưởng; Tổ Ngữ văn - GDCD` / `Tổ nộp …`;
    # a remark may say when the row is due: `Hoàn thành trước ngày 30/4/2027` under `Ghi chú`,
    # or be left out when it is the last column)
    remarks = (None, "aside")
    said = names[:len(lines)] if names[-1] in remarks and len(lines) == len(names) - 1 else names
    if names[:1] == ["time"] and len(lines) == len(said) and is_time(lines[0]) and all(
            not empty(line) and (name in remarks or not is_time(line))
            and (name not in ("lead", "partner") or names_bodies(line))
            for name, line in zip(said[1:], lines[1:], strict=True)):
        return [*(_strip(text, line) for line in lines), *cells[len(lines):]]
    pos = 0
    for index, name in enumerate(names):
        if pos >= len(lines) or name == "index":
            continue
        first = pos
        if empty(lines[pos]):  # (an empty cell: the column whose turn it is)
            pos += 1
        elif name in ("lead", "partner"):
            # (a row with one line per column left is read by position: `Các cơ sở
            # giáo dục`, a body the gazetteer does not know, is still that cell)
            if not opens_agency(lines[pos]) and (len(lines) - pos != len(names) - index or is_time(lines[pos])):
                continue
            pos += 1
            # (a name wraps on only into lines the columns after it leave over: `Trung tâm
            # Chính trị xã` / `Báo cáo viên Đảng ủy xã` is a lead and a speaker, one line each;
            # the last column has none after it: `Ban QLDA` / `Tổ công tác GPMB` are both partners)
            # (nor into a line that opens a cell of its own, by a capital no name before runs on
            # into: `Các đơn vị thuộc Bộ; các CQĐD` / `Báo cáo sơ kết; …` is a partner and a product)
            while pos < len(lines) and len(lines) - pos > len(names) - index - 1 and not is_time(lines[pos]) \
                    and not empty(lines[pos]) and not alone(lines[pos]) and (index == len(names) - 1
                                                   or text[lines[pos - 1].start:lines[pos - 1].end].rstrip()[-1:] in ";,"
                                                   or not opens_agency(lines[pos]) and not opens_cell(pos)
                                                   or before_times(pos, index)):
                pos += 1
        elif name == "time":
            if not is_time(lines[pos]) and not ditto.match(text[lines[pos].start:lines[pos].end].strip()):
                continue
            pos += 2 if wrapped_time(lines[pos]) else 1
            # (a cell of times one a line: `Quý IV/2028;` / `Quý IV/2030`)
            while pos < len(lines) and is_time(lines[pos]) \
                    and text[lines[pos - 1].start:lines[pos - 1].end].rstrip()[-1:] in ";,":
                pos += 1
        else:
            pos += 1
            last = index == len(names) - 1
            # (a cell that is a bare number or a ditto mark is whole on its line: `100%` / `Từ 50% đến
            # dưới 65%` are the share held now and the one to reach)
            # (nor is a task's: a bare number below it is the figure of a column after it, `Trụ sở …` /
            # `ngành tỉnh …` / `185.000` / `50` / `P.QLDA2` under `Tên dự án | Vốn giao | Mục tiêu | Phòng phụ trách`)
            while pos < len(lines) and not empty(lines[pos]) and not alone(lines[first]) \
                    and not ditto.match(text[lines[pos].start:lines[pos].end].strip()) \
                    and not (name == "task" and not last and alone(lines[pos])) \
                    and (last or not (is_time(lines[pos]) or opens_agency(lines[pos]))):
                pos += 1
        cells[index] = Cell(lines[first].start, lines[pos - 1].end)
    return cells


def _run_together_tables(ctx: DocContext):
    """(columns, [(row, cells)]) of every table a PDF reader flattened without its layout: each
    printed line of the table runs its cells' pieces together a space apart.  The header is one
    line of column names, each opening in a capital (`TT Nội dung Thời gian Cơ quan chủ trì Cơ
    quan phối hợp`); each row opens with its bare number and the start of its task (`1 Tết Dương
    lịch, …`), its other lines hold what the cells wrap to (`Công an tỉnh Sở Xây dựng, Sở Y tế,` /
    `UBND các xã, phường,` / `đặc khu`).  Read only when the agency columns come last: after the
    row's last time (rules/appendix.yaml appendix.run_together.time) the first name opens the lead
    cell, and a name that follows another with only a space between opens the partner cell.  The
    row's time is left to the text's deadlines, which read it in place; its task claims no rows."""
    text, working = ctx.text, ctx.working
    lines = [line for line in raw_lines(text) if working[line.start:line.end].strip()
             or not text[line.start:line.end].strip()]
    number = _rules().by_id("appendix.run_together.row")
    time = _rules().by_id("appendix.run_together.time")
    i = 0
    while i < len(lines):
        said = text[lines[i].start:lines[i].end]
        chunks = _capital_chunks(said) if "|" not in said and "\t" not in said and len(said) <= 120 else []
        # the row-number column first: most lines are turned away before their other chunks are read
        names = [_column(chunk) for chunk in chunks] if len(chunks) >= 4 and _column(chunks[0]) == "index" else []
        if (len(names) < 4 or None in names or "task" not in names
                or names[-1] not in ("lead", "partner") or "lead" not in names[-2:]):
            i += 1
            continue
        columns = {name: index for index, name in reversed(list(enumerate(names)))}
        rows, expected, i = [], 1, i + 1
        longest = len(said.strip())
        while i < len(lines) and (m := number.match(text, lines[i].start, lines[i].end)) and int(m.group("n")) == expected:
            j = i + 1
            while j < len(lines) and text[lines[j].start:lines[j].end].strip() \
                    and not number.match(text, lines[j].start, lines[j].end) \
                    and len(text[lines[j].start:lines[j].end].strip()) <= longest \
                    and not any(node.start == lines[j].start for node in ctx.sections):
                j += 1
            body = [Cell(lines[k].start, lines[k].end) for k in range(i, j)]
            times = [t for piece in body for t in time.finditer(text, piece.start, piece.end)]
            if times:
                zone = [Cell(max(piece.start, times[-1].end()), piece.end) for piece in body
                        if piece.end > times[-1].end()]
                cells = [Cell(lines[i].start, lines[i].start)] * len(names)
                cells[columns["task"]] = Cell(m.end("n"), times[0].start())
                for name, cell in zip(("lead", "partner"), _agency_cells(ctx, zone), strict=True):
                    if name in columns:
                        cells[columns[name]] = cell
                if "time" in columns:
                    cells[columns["time"]] = Cell(times[0].start(), times[0].start())
                rows.append((Line(lines[i].start, lines[j - 1].end), cells))
            i, expected = j, expected + 1
        if rows:
            yield {**columns, "unclaimed": True}, rows


def _dash_list_tables(ctx: DocContext):
    """(columns, [(row, cells)]) of every task table typed as a numbered list: a header line that
    names the number and task columns together and the others after spaced en dashes
    (rules/appendix.yaml appendix.dash_list.header: `STT. Nhiệm vụ – Đơn vị chủ trì – … – Sản
    phẩm`), then rows that open with their number as list items do (`1. Thông tư … – Vụ Pháp chế
    – …`) and wrap onto the lines below at the page's width, so a cell may end a line (`EVN –` /
    `Quý II/2027`) or run across one; a row may part its cells with pipes instead.  A row runs to
    the next row's number, a blank line or a group title in capitals (`II. QUẢN LÝ …`,
    appendix.group_line.numbered), and is read when its cells are as many as the header's; the
    rows count on one by one (or from 1 again under a group title), so a wrapped line opening
    with a count (`05 Thông tư`) opens no row, and any other line after a row ends the table."""
    text = ctx.work.unquoted or ctx.text
    lines = raw_lines(text)
    head, number = _rules().by_id("appendix.dash_list.header"), _rules().by_id("appendix.dash_list.row")
    group = _rules().by_id("appendix.group_line.numbered")

    def opens(k: int, counts: tuple[int, ...]):
        m = number.match(text, lines[k].start, lines[k].end)
        return m if m and int(m.group("n")) in counts else None

    i = 0
    while i < len(lines):
        m = head.match(text, lines[i].start, lines[i].end) if "–" in text[lines[i].start:lines[i].end] \
            or "—" in text[lines[i].start:lines[i].end] else None
        i += 1
        if not m:
            continue
        names = [Cell(m.start("index"), m.end("index")), *_dash_list_cells(text, m.start("task"), m.end())]
        columns = _header(text, names)
        if not columns or columns.get("index") != 0 or columns.get("task") != 1:
            continue
        rows, expected, titled = [], 1, False
        while i < len(lines):
            if not text[lines[i].start:lines[i].end].strip() or group.match(text, lines[i].start, lines[i].end):
                titled = titled or bool(text[lines[i].start:lines[i].end].strip())
                i += 1
                continue
            opened = opens(i, (expected, 1) if titled else (expected,))
            if not opened:
                break
            j = i + 1
            while j < len(lines) and text[lines[j].start:lines[j].end].strip() \
                    and not group.match(text, lines[j].start, lines[j].end) \
                    and not opens(j, (int(opened.group("n")) + 1,)):
                j += 1
            row = Line(lines[i].start, lines[j - 1].end)
            cells = [Cell(opened.start("n"), opened.end("n")), *_dash_list_cells(text, opened.end(), row.end)]
            if len(cells) == len(names):
                rows.append((row, cells))
            i, expected, titled = j, int(opened.group("n")) + 1, False
        if rows:
            yield columns, rows


def _dash_order_tables(ctx: DocContext):
    """(columns, [(row, cells)]) of every task list whose items give their cells after spaced em or
    en dashes in an order the plan states once above them, with no number column (rules/appendix.yaml
    appendix.dash_list.order: `(Trình bày theo thứ tự: Nội dung — Cơ quan chủ trì — …)`).  Each item
    (appendix.dash_list.item: `1.1.`, `1.2`) runs over the lines it wraps onto, to the next item, a
    blank line, a heading or the order repeated at a page's top; it is a row when its cells are as
    many as the order's names, so a group title between items (`2. Cải cách thể chế`) is none.  Read
    to the end of the Roman section the order stands in: a plan that states it writes its task list so."""
    text = ctx.work.unquoted or ctx.text
    lines = raw_lines(text)
    order, item = _rules().by_id("appendix.dash_list.order"), _rules().by_id("appendix.dash_list.item")
    headings = {node.start for node in ctx.sections}

    def top(at: int) -> str | None:
        said = ctx.section_id_at(at)
        return said.split("/")[0] if said else None

    def stated(k: int) -> list[Cell] | None:
        """The names of the order lines[k] states, when each is a column's (a wrapped row's line
        `UBND phường — Các phòng chuyên môn — Quý I/2026` is none)."""
        said = text[lines[k].start:lines[k].end]
        m = order.match(text, lines[k].start, lines[k].end) if "—" in said or "–" in said else None
        if not m:
            return None
        names = _dash_list_cells(text, m.start("task"), m.end())
        while names and text[names[-1].end - 1:names[-1].end] == ")":  # (the order's closing bracket)
            names[-1] = _trimmed(text, names[-1].start, names[-1].end - 1)
        return names if all(_column(text[n.start:n.end]) for n in names) else None

    i = 0
    while i < len(lines):
        names = stated(i)
        i += 1
        if not names:
            continue
        columns = _header_of([text[n.start:n.end] for n in names])
        if not columns or columns.get("task") != 0 or "lead" not in columns:
            continue
        scope, rows = top(lines[i - 1].start), []
        while i < len(lines) and top(lines[i].start) == scope:
            opened = item.match(text, lines[i].start, lines[i].end)
            if not opened:
                i += 1
                continue
            j = i + 1
            while j < len(lines) and text[lines[j].start:lines[j].end].strip() \
                    and not item.match(text, lines[j].start, lines[j].end) and not stated(j) \
                    and lines[j].start not in headings:
                j += 1
            row = Line(lines[i].start, lines[j - 1].end)
            cells = _dash_list_cells(text, opened.end(), row.end)
            if len(cells) == len(names):
                rows.append((row, cells))
            i = j
        if rows:
            yield columns, rows


def _dash_list_cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of text[start:end] parted at its en dashes and pipes (rules/appendix.yaml
    appendix.dash_list.separator), except a dash inside quotes or brackets (a programme's
    name, `“Tiết kiệm năng lượng – Vì tương lai xanh”`: appendix.dash_list.quoted)."""
    aside = [q.span() for q in _rules().by_id("appendix.dash_list.quoted").finditer(text, start, end)]
    cuts = [(c.start(), c.end()) for c in _rules().by_id("appendix.dash_list.separator").finditer(text, start, end)
            if not any(lo < c.start() < hi for lo, hi in aside)]
    cells, left = [], start
    for lo, hi in [*cuts, (end, end)]:
        cells.append(_trimmed(text, left, lo))
        left = hi
    return cells


_HEAD_PIECES_MAX = 16  # lines a run-together header may take when a PDF reader puts each piece of a name on its own


def _run_together_indicator_tables(ctx: DocContext):
    """(columns, [(row, cells)]) of every quota table by place that a PDF reader flattened into
    lines of words a space apart: a header of column names, each opening in a capital, on one
    line or a few (`TT Đơn vị Dân số Lao các thể Trong đó lao phổi có BCVK`), then rows that open
    with their bare number and end with one number per column after the place (`1 TTYT khu vực
    Pleiku 286.400 210 126`); a place wrapped onto the next line (`7 TTYT khu vực Chư` / `Sê
    132.500 95 57`) is joined, and a total row (`Tổng cộng 3.583.700 2.100 1.260`) is read too.
    The rows' count of numbers says how many columns the header names: an acronym that ends a
    name (`có BCVK`) goes with the name before it until the counts agree.  The header is then
    read as a table by place's (_place_header)."""
    text, working = ctx.text, ctx.working
    lines = raw_lines(text)
    number = _rules().by_id("appendix.run_together.row")
    value = _rules().by_id("appendix.run_together.value")
    total = _rules().by_id("appendix.total_row")

    def plain(k: int) -> str:
        said = text[lines[k].start:lines[k].end]
        return "" if "|" in said or "\t" in said else said

    def values(k: int) -> list[Cell]:
        """The trailing number words of line k."""
        words = [Cell(m.start(), m.end()) for m in re.finditer(r"\S+", text[lines[k].start:lines[k].end])]
        found: list[Cell] = []
        for w in reversed(words[1:]):
            if not value.match(text[lines[k].start + w.start:lines[k].start + w.end]):
                break
            found.insert(0, Cell(lines[k].start + w.start, lines[k].start + w.end))
        return found

    i = 0
    while i < len(lines):
        said = plain(i)
        first = said.split(maxsplit=1)
        if len(said) > 120 or len(first) < 2 or _column(first[0]) != "index" or "  " in said.strip():
            i += 1  # (names two spaces apart or more are a layout table's: _layout_tables)
            continue
        head, j = [i], i + 1
        # (a PDF reader may put each line of a wrapped name on a line of its own, `TT Cấp học Số` / `trường`
        # / `Số điểm` / `trường lẻ` / `Điểm trường có` / `nước sạch (%)`: short pieces, never prose)
        while j < len(lines) and (len(head) < 3 or len(head) < _HEAD_PIECES_MAX and len(plain(j).strip()) <= 30) \
                and plain(j).strip() and not any(ch.isdigit() for ch in plain(j)) \
                and not number.match(text, lines[j].start, lines[j].end):
            head.append(j)
            j += 1
        rows: list = []
        width, expected = None, 1
        while j < len(lines) and plain(j).strip():
            m = number.match(text, lines[j].start, lines[j].end)
            if m and int(m.group("n")) != expected:
                break
            end = j
            while not values(end) and end + 1 < len(lines) and end - j < 2 and plain(end + 1).strip() \
                    and not number.match(text, lines[end + 1].start, lines[end + 1].end):
                end += 1  # (the place wrapped onto the next line)
            found = values(end)
            width = width or len(found)
            if not found or len(found) < width:
                break
            found = found[-width:]
            place = Cell(m.end() if m else lines[j].start + len(plain(j)) - len(plain(j).lstrip()), found[0].start)
            while place.end > place.start and text[place.end - 1].isspace():
                place = Cell(place.start, place.end - 1)
            if not m and not total.match(working, place.start, place.end):
                break
            index = Cell(m.start("n"), m.end("n")) if m else Cell(lines[j].start, lines[j].start)
            rows.append((Line(lines[j].start, lines[end].end), [index, place, *found]))
            j, expected = end + 1, expected + (1 if m else 0)
        if len(rows) < 2 or width is None:
            i += 1
            continue
        chunks: list[Cell] = []
        for k in head:
            for w in re.finditer(r"\S+", text[lines[k].start:lines[k].end]):
                start, end = lines[k].start + w.start(), lines[k].start + w.end()
                if not chunks or text[start].isupper():
                    chunks.append(Cell(start, end))
                else:
                    chunks[-1] = Cell(chunks[-1].start, end)
        while len(chunks) > width + 2:  # (an acronym ending a name: `Trong đó lao phổi có` / `BCVK`)
            acronym = next((n for n in range(len(chunks) - 1, 2, -1) if " " not in text[chunks[n].start:chunks[n].end]
                            and text[chunks[n].start:chunks[n].end].isupper()
                            and text[chunks[n - 1].end - 1].islower()), None)
            if acronym is None:
                break
            chunks[acronym - 1:acronym + 1] = [Cell(chunks[acronym - 1].start, chunks[acronym].end)]
        columns = _place_header(working, chunks) if len(chunks) == width + 2 else None
        if columns is None and len(head) > 1:
            columns = _parallel_header(text, working, [lines[k] for k in head], width)
        if columns and columns.get("place") == 1:
            yield columns, rows
        i = j


def _parallel_header(text: str, working: str, head: list[Line], width: int) -> dict | None:
    """The columns of a run-together header whose value columns' names wrap side by side (`STT
    Xã/phường Số người tham gia Tỷ lệ bao` / `BHXH tự nguyện phủ BHYT` / `(người) %`): its first
    line names every column, each opening in a capital, and each line below goes on with the
    value columns in order.  Where a line below is cut between two columns is told by the
    indicators the joined names then read as (rules/indicators.yaml: `tham gia BHXH`, `bao phủ
    BHYT`), else by pieces that open as a name or a bracket does, not in lower case.  Each value
    column's name is its pieces; a last piece in brackets or a lone `%` is its unit."""
    first: list[Cell] = []
    for w in re.finditer(r"\S+", text[head[0].start:head[0].end]):
        start, end = head[0].start + w.start(), head[0].start + w.end()
        if not first or text[start].isupper():
            first.append(Cell(start, end))
        else:
            first[-1] = Cell(first[-1].start, end)
    if len(first) != width + 2:
        return None
    columns = _place_header(working, first)
    if not columns or columns.get("place") != 1:
        return None
    indicators = rules.load("indicators").rules
    pieces: list[list[Cell]] = [[cell] for cell in first[2:]]

    def said(cells: list[Cell]) -> str:
        return " ".join(text[c.start:c.end] for c in cells)

    for line in head[1:]:
        words = [Cell(line.start + w.start(), line.start + w.end())
                 for w in re.finditer(r"\S+", text[line.start:line.end])]
        if len(words) > 24 or width > 5:
            return None  # (a line of prose, not a header's pieces: its cuts are not tried)
        best, best_score = None, None
        reads: dict[tuple[int, int, int], bool] = {}  # (column, first word, end): the cuts share them
        for cuts in itertools.combinations_with_replacement(range(len(words) + 1), width - 1):
            bounds = (0, *cuts, len(words))
            split = [words[bounds[n]:bounds[n + 1]] for n in range(width)]
            for n in range(width):
                if (n, bounds[n], bounds[n + 1]) not in reads:
                    reads[n, bounds[n], bounds[n + 1]] = any(rule.search(said(pieces[n] + split[n]))
                                                             for rule in indicators)
            read = sum(reads[n, bounds[n], bounds[n + 1]] for n in range(width))
            lower = sum(bool(part) and text[part[0].start].islower() for part in split)
            score = (read, -lower, sum(bool(part) for part in split))
            if best_score is None or score > best_score:
                best, best_score = split, score
        for n, part in enumerate(best or []):
            if part:
                pieces[n].append(Cell(part[0].start, part[-1].end))
    for index, (_name, unit, year) in list(columns["measures"].items()):
        own = pieces[index - 2]
        if len(own) < 2:
            continue
        last = text[own[-1].start:own[-1].end]
        if unit is None and (last == "%" or last.startswith("(") and last.endswith(")")):
            unit = Cell(own[-1].start, own[-1].end) if last == "%" else Cell(own[-1].start + 1, own[-1].end - 1)
        columns["measures"][index] = (Cell(own[0].start, own[-1].end, tuple(own)), unit, year)
    return columns


def _capital_chunks(line: str) -> list[str]:
    """A header line's words cut before each capital: a column's name opens in one."""
    chunks: list[list[str]] = []
    for word in line.split():
        if not chunks or word[0].isupper():
            chunks.append([])
        chunks[-1].append(word)
    return [" ".join(chunk) for chunk in chunks]


def _agency_cells(ctx: DocContext, zone: list[Cell]) -> tuple[Cell, Cell]:
    """The lead and the partner cell of a run-together row's agency pieces (see
    _run_together_tables): the partner cell opens at the first name that follows another with
    nothing but a space between."""
    zone = [cell for cell in (_strip(ctx.text, piece) for piece in zone) if cell.start < cell.end]
    if not zone:
        return Cell(0, 0), Cell(0, 0)
    whole = Cell(zone[0].start, zone[-1].end, tuple(zone))
    joined, starts = _joined(ctx.working, whole)
    found = find_mentions(joined, 0, len(joined))
    split = next((b.start for a, b in zip(found, found[1:], strict=False)
                  if b.start > a.end and not joined[a.end:b.start].strip()), None)
    if not found or split is None:
        return whole, Cell(0, 0)
    at = bisect.bisect_right(starts, split) - 1
    point = zone[at].start + split - starts[at]
    lead = [p for p in zone if p.start < point]
    lead[-1] = Cell(lead[-1].start, min(lead[-1].end, point))
    partner = [Cell(max(p.start, point), p.end) for p in zone if p.end > point]
    return Cell(lead[0].start, lead[-1].end, tuple(lead)), Cell(partner[0].start, partner[-1].end, tuple(partner))


def _pieces(cell: Cell) -> tuple[Cell, ...]:
    return cell.parts or (cell,)


def _joined(s: str, cell: Cell) -> tuple[str, list[int]]:
    """A cell's pieces of `s` joined by one space, and where each piece starts in it."""
    starts, at = [], 0
    for piece in cell.parts:
        starts.append(at)
        at += piece.end - piece.start + 1
    return " ".join(s[p.start:p.end] for p in cell.parts), starts


def _back(text: str, cell: Cell, starts: list[int], lo: int, hi: int) -> tuple[int, int]:
    """The span in documents.text of joined[lo:hi].  Over pieces on lines that follow
    each other it runs across the break; over a grid's pieces (other columns between
    them) it keeps to the piece it starts in: `Sở Khoa học và` of `Sở Khoa học và` /
    `Công nghệ`, so that text[start:end] is that piece's own words."""
    a, b = bisect.bisect_right(starts, lo) - 1, bisect.bisect_right(starts, hi - 1) - 1
    parts = cell.parts
    start = parts[a].start + lo - starts[a]
    if a == b or all(not text[parts[k].end:parts[k + 1].start].strip() for k in range(a, b)):
        return start, parts[b].start + hi - starts[b]
    return start, parts[a].end


def _parts(cell_text: str) -> dates.DateParts | None:
    """What a time cell says; a span of days (`Đợt 1: từ ngày 15/3/2025 đến ngày
    30/4/2025`) or of months (`Tháng 11 - 12/2025`, no day 11 of December) read as the
    deadlines of the text read it, its first day or month no date; so do days written
    without `ngày` (`từ 27-29/7/2026`, `25/7 - 02/8/2026`) or months shortened (`T4–T9/2026`), or two
    days of one month (`Ngày 02/6 và 03/6/2026`), or two days year first (`2027-01-04 - 2027-02-04`).
    Periods before one year (`Quý II và Quý IV/2027`) are in that year."""
    span_rules = [rules.load("deadlines").by_id(rule_id) for rule_id in (
        "timeframe.date_range", "timeframe.from_full_date", "timeframe.schedule_cell",
        "timeframe.month_range", "timeframe.month_short")] + [
        _rules().by_id(rule_id) for rule_id in ("appendix.time.day_pair", "appendix.time.iso_span")]
    for span_rule in span_rules:
        days = span_rule.search(cell_text)
        if days and days.group("until"):
            return dates.span(dates.read(days.group("from")), dates.read(days.group("until")), span_rule.id)
    parts = dates.read(cell_text)
    shared = _rules().by_id("appendix.time_shared_year").match(cell_text)
    if parts is not None and parts.year is None and shared:  # (`Quý II và Quý IV/2027`: all in 2027)
        return replace(parts, year=int(shared.group("year")))
    return parts


def _shared_days(said: list[str]) -> tuple[str | None, str | None]:
    """The kind and recurrence two or more days a time cell gives apart share (`Trước 10/6 và
    10/12 hằng năm`: the first day's `trước` and the last's `hằng năm` are both days'; `Trước 10/6 và
    15/11/2026`: the last day may carry the year, rules/appendix.yaml appendix.time.shared_date),
    or (None, None)."""
    shared, last = _rules().by_id("appendix.time.shared_date"), _rules().by_id("appendix.time.shared_last_date")
    if len(said) < 2 or not all(shared.match(s) for s in said[:-1]) \
            or not (shared.match(said[-1]) or last.match(said[-1])):
        return None, None
    kind = next((k for k, _ in map(_time_kind, said) if k == "deadline"), None)
    return kind, next((r for r in map(dates.recurrence, reversed(said)) if r), None)


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
        self._above: tuple[int, list[schema.Assignment], Cell | None] | None = None  # (table, lead, time) of the last row
        self._due = False  # whether the row's time column is named for a due date (`Thời gian hoàn thành`)
        self._said: dict[str, tuple[str, str]] | None = None  # what the legends say the matrix marks mean
        self._flat: str | None = None  # the working copy with line breaks inside table cells made spaces
        self._group: tuple[int, list[str]] | None = None  # (table, units) of the last group row naming its lead
        self._written: dict[str, object] | None = None  # the document's names in capitals → their mention

    def cell_text(self, cell: Cell | None) -> str | None:
        if cell is None or cell.start == cell.end:
            return None
        return " ".join(" ".join(self.ctx.text[p.start:p.end] for p in _pieces(cell)).split())

    def _mentions(self, cell: Cell):
        """(mention, start, end) of the agencies in a cell; a grid cell's are found in
        its joined pieces (`Sở Khoa học và` / `Công nghệ` is one name); a council's board
        written alone in a council's plan is that council's (agency_names.council_boards)."""
        if not cell.parts:
            found = find_mentions(self.ctx.working, cell.start, cell.end)
            if "\n" in self.ctx.working[cell.start:cell.end]:
                found = self._across_breaks(cell, found)
            yield from ((m, m.start, m.end) for m in council_boards(found, self.ctx.issuer.name))
            return
        joined, starts = _joined(self.ctx.working, cell)
        # a name within one piece reads as the text reads it (`Cục NGCBQLGD`: the short name the
        # plan gave above, which the joined copy alone does not know)
        own = {(m.start, m.end): m for p in cell.parts for m in find_mentions(self.ctx.working, p.start, p.end)}
        opened = self._opened_pieces(cell, own)
        taken: set[tuple[int, int]] = set()
        for m in council_boards(find_mentions(joined, 0, len(joined)), self.ctx.issuer.name):
            a, b = bisect.bisect_right(starts, m.start) - 1, bisect.bisect_right(starts, m.end - 1) - 1
            if any(a < k <= b for k in opened):
                # (a name of one piece, then a piece that opens a body of its own: each piece's own)
                lo, hi = cell.parts[a].start, cell.parts[b].end
                for span in sorted(k for k in own if lo <= k[0] and k[1] <= hi and k not in taken):
                    taken.add(span)
                    yield own[span], *span
                continue
            start, end = _back(self.ctx.text, cell, starts, m.start, m.end)
            if any(s < end and start < e for s, e in taken):
                continue
            one_piece = bisect.bisect_right(starts, m.start) == bisect.bisect_right(starts, m.end - 1)
            if one_piece and (start, end) in own:
                yield own[(start, end)], start, end
                continue
            # (a name across pieces in initials, spelled out as the plan writes it in full: `Ban
            # TĐKT Trung` / `ương` → `Ban Thi đua - Khen thưởng Trung ương`)
            yield replace(m, agency=spelled_out(self.ctx.working, m.agency)), start, end

    def _opened_pieces(self, cell: Cell, own: dict) -> set[int]:
        """The pieces of a cell, past the first, that open with a body's name in capitals of their
        own after a piece that ends with a whole name: a pipe table's continuation rows adding
        partners to the cell above (`| 2 | … | UBND các xã, phường |` / `|   |  |  | Tỉnh Đoàn |`)
        list bodies, where a name wrapped over lines (`Sở Khoa học và` / `Công nghệ`,
        `Ủy ban nhân dân` / `các xã`) goes on in its next piece."""
        ends = {e for _, e in own}
        opened = set()
        for k in range(1, len(cell.parts)):
            piece, before = cell.parts[k], cell.parts[k - 1]
            if before.end in ends and self.ctx.text[piece.start:piece.start + 1].isupper() and any(
                    s == piece.start for s, _ in own):
                opened.add(k)
        return opened

    def _across_breaks(self, cell: Cell, found: list) -> list:
        """`found` with the names a line break inside the cell cuts (a cell wrapped at a fixed
        width or by a Word line break: `Ban Kinh tế -` / `Ngân sách`, `Ban` / `KT-NS`), read as one
        where the cell's lines read as one line give a name across the break; a cell of one body
        per line (`Sở Y tế` / `Sở Tài chính`) gives no such name and stays as it is."""
        if self._flat is None:  # (the working copy with the breaks inside table cells made spaces, once)
            chars = list(self.ctx.working)
            for _, rows in _task_tables(self.ctx):
                for _, cells in rows:
                    for c in cells:
                        k = self.ctx.working.find("\n", c.start, c.end) if not c.parts else -1
                        while k >= 0:
                            chars[k] = " "
                            # (and the tabs that keep the columns on the next line: `Chợ Đồn,` / `<TAB>Ba Bể`)
                            while k + 1 < c.end and self.ctx.working[k + 1] == "\t":
                                k += 1
                                chars[k] = " "
                            k = self.ctx.working.find("\n", k + 1, c.end)
            self._flat = "".join(chars)
        if "\n" not in self._flat[cell.start:cell.end]:
            working = self.ctx.working
            # (a line that opens with a name of its own is a body of its own: `Ban QLDA` / `Tổ công tác GPMB`)
            opened = {f.start for f in found if f.start > cell.start and not working[working.rfind("\n", 0, f.start) + 1:
                                                                                     f.start].strip()}
            crossing = [m for m in find_mentions(self._flat, cell.start, cell.end)
                        if "\n" in working[m.start:m.end] and not any(m.start < k < m.end for k in opened)]
            if crossing:
                kept = [m for m in found if not any(c.start < m.end and m.start < c.end for c in crossing)]
                return sorted(kept + crossing, key=lambda m: m.start)
        return found

    def assign(self, start: int, end: int, agency: str, agency_type: str, tier: str, role: str, task_id: str,
               section_id: str | None, rule_id: str) -> None:
        self.assignments.append(schema.Assignment(
            doc_id=self.ctx.doc_id, assignment_id=self.ctx.row_id("PA", len(self.assignments) + 1),
            section_id=section_id, task_id=task_id, text=self.ctx.text[start:end], start=start, end=end,
            agency=agency, agency_type=agency_type, jurisdiction=jurisdiction(tier, self.ctx.issuer),
            role=role, rule_id=rule_id))

    def agencies(self, cell: Cell | None, role: str, task_id: str, section_id: str | None,
                 rule_id: str | None = None) -> list[str]:
        """The agencies of an agency column's cell; an item the gazetteer does not know
        (`Tiểu ban Hậu cần; Điện lực Yên Thế`) is a body all the same when it reads as a
        name (rules/appendix.yaml agency_items).  A name the gazetteer knows records
        `rule_id`, by default the column's (`appendix.col.lead`)."""
        if cell is None:
            return []
        found = [(m.start if not cell.parts else start, start, end, m) for m, start, end in self._mentions(cell)]
        wholes: dict[int, tuple[int, str]] = {}  # start of a found name → (end of the item it fills, rule)
        if not cell.parts:
            for _, start, end, m in found:
                whole = self._whole_name(cell, end, found)
                if whole is not None and not m.in_list_only:
                    wholes[start] = whole
            found = [(k, s, wholes[s][0] if s in wholes else e, m) for k, s, e, m in found]
            found += [(lo, lo, hi, None) for lo, hi in self._unknown_items(cell, found)]
        names, before = [], None
        for _, start, end, m in sorted(found, key=lambda f: f[0]):
            owned = m is not None and before is not None and before <= start and _rules().by_id(
                "appendix.col.owner").match(self.ctx.working[before:start]) is not None
            before = end
            if owned:
                continue  # (the body a group belongs to, `Các phòng, đơn vị thuộc UBND phường`: no actor)
            if m is not None and self._deputy_before(cell, start):
                continue
            if start in wholes:
                name = canonical(self.ctx.text[start:end])
                self.assign(start, end, name, m.agency_type, m.tier, role, task_id, section_id, wholes[start][1])
                names.append(name)
                continue
            if m is None:  # (a place it names goes to no name: `Hội Nghề cá tỉnh` is `Hội Nghề cá`)
                written = self.ctx.text[start:end]
                where = _rules().by_id("appendix.col.named_where").search(written)
                name = spelled_out(self.ctx.working, canonical(written[:where.start()] if where else written))
                kind = "collective" if name.split()[0].lower() == "các" else "other"
                self.assign(start, end, name, kind, "issuer", role, task_id, section_id, "appendix.col.named")
                names.append(name)
                continue
            if m.in_list_only and not names:
                continue
            self.assign(start, end, m.agency, m.agency_type, m.tier, role, task_id, section_id,
                        rule_id or f"appendix.col.{role}")
            names.append(m.agency)
        return names

    def _deputy_before(self, cell: Cell, start: int) -> bool:
        """Is the name at `start` a deputy head's body (`PCT UBND xã phụ trách KT`): the person, no body
        (rules/appendix.yaml appendix.col.deputy)."""
        lo = max((p.start for p in _pieces(cell) if p.start <= start), default=cell.start)
        return _rules().by_id("appendix.col.deputy").search(self.ctx.working, max(lo, start - 30), start) is not None

    def _ditto(self, cell: Cell | None) -> bool:
        """Does the cell say `the same as above` (`nt`, `-nt-`, `như trên`; rules/appendix.yaml ditto_cells)?"""
        return cell is not None and not cell.parts and cell.start < cell.end and \
            _rules().by_id("appendix.ditto").match(self.ctx.text, cell.start, cell.end) is not None

    def _repeated(self, cell: Cell, above: list[schema.Assignment], task_id: str, section_id: str | None) -> list[str]:
        """The leads of the row above, again at a ditto cell (`nt`): who the cell stands for."""
        names = []
        for a in above:
            self.assignments.append(a.model_copy(update={
                "assignment_id": self.ctx.row_id("PA", len(self.assignments) + 1), "section_id": section_id,
                "task_id": task_id, "text": self.ctx.text[cell.start:cell.end], "start": cell.start, "end": cell.end,
                "rule_id": "appendix.ditto"}))
            if a.agency not in names:
                names.append(a.agency)
        return names

    def _whole_name(self, cell: Cell, end: int, found) -> tuple[int, str] | None:
        """Where the item of an agency cell that a found name opens ends, when the rest
        of the item goes on with that name (rules/appendix.yaml agency_name_rests), and the
        rule that says so: the next found name or `;` ends an item."""
        text = self.ctx.text
        stop = min([s for _, s, _, _ in found if s >= end] + [cell.end])
        semi = text.find(";", end, stop)
        stop = semi if semi >= 0 else stop
        while stop > end and text[stop - 1] in " \t.,":
            stop -= 1
        if stop > end:
            rule = next((r for r in _rules().group("agency_name_rests") if r.match(text, end, stop)), None)
            if rule is not None:
                return stop, rule.id
        return None

    def _unknown_items(self, cell: Cell, found) -> list[tuple[int, int]]:
        """(start, end) of the `;`/`,` items of a cell that hold no known agency and
        read as a name.  A line break parts items (one body a line) unless the working copy
        joined it as a wrap (`Hạt KL khu vực Đà Lạt - Lạc` / `Dương / VQG …`, a slashed row)."""
        text, named = self.ctx.text, _rules().by_id("appendix.col.named")
        items, left = [], cell.start
        for pos in [k for k in range(cell.start, cell.end)
                    if text[k] in ";," or text[k] == "\n" and self.ctx.working[k] == "\n"] + [cell.end]:
            lo, hi = left, pos
            while lo < hi and text[lo].isspace():
                lo += 1
            while hi > lo and text[hi - 1] in " \t.":
                hi -= 1
            left = pos + 1
            # (a wrap the working copy joined reads as the space it stands for)
            if lo < hi and not any(s < hi and lo < e for _, s, e, _ in found) \
                    and named.match(self.ctx.working if "\n" in text[lo:hi] else text, lo, hi):
                items.append((lo, hi))
        return items

    def task_roles(self, cell: Cell | None, task_id: str, section_id: str | None) -> list[str]:
        """Partners and report_to named inside a task cell, by the words just before
        each agency (rules/appendix.yaml task_cues); the other agencies there are
        objects of the work and give nothing.  A grid cell's words are read joined over
        its pieces (`tổng hợp tình hình,` / `báo cáo Ban Tổ chức`).  Returns the partners."""
        if cell is None:
            return []
        if cell.parts:
            said, starts = _joined(self.ctx.working, cell)
            lo, hi = 0, len(said)
        else:
            said, lo, hi = self.ctx.working, cell.start, cell.end
        cues = _rules().group("task_cues")
        partners, role, last = [], None, lo
        # (the issuer's bare head a report goes to, `gửi kết quả về Bộ`, is the issuer: issuer_head_uses)
        for m in issuer_head_uses(said, lo, hi, find_mentions(said, lo, hi), self.ctx.issuer.name):
            before = said[max(lo, m.start - 160):m.start]
            gap = said[last:m.start]
            cue = next((r for r in cues if (r.search(gap) if r.get("role") == "same" else r.search(before))), None)
            role = (role if cue.get("role") == "same" else cue.get("role")) if cue else None
            last = m.end
            if role is None or m.in_list_only:
                continue
            start, end = _back(self.ctx.text, cell, starts, m.start, m.end) if cell.parts else (m.start, m.end)
            self.assign(start, end, m.agency, m.agency_type, m.tier, role, task_id, section_id, cue.id)
            if role == "partner":
                partners.append(m.agency)
        return partners

    def group_lead(self, columns: dict, cells: list[Cell], task_cell: Cell) -> bool:
        """Whether this row is a group row naming the unit that leads the rows under it (rules/appendix.yaml
        appendix.group_lead): in a table without a lead column, a Roman numeral or capital letter
        under `TT` and a task cell that is a body's name alone, nothing else.  The name in capitals
        (`VỤ PHÁP CHẾ`) is the body the document names elsewhere in small letters or by its short
        name (`Vụ Pháp chế`, `Vụ GDPT` for `VỤ GIÁO DỤC PHỔ THÔNG`), which gives its canonical name.
        The group's body is the `lead` at its row; the rows under it take it as their task's lead."""
        index = columns.get("index")
        if "lead" in columns or "focal_point" in columns or index is None or index >= len(cells) or task_cell.parts:
            return False
        text = self.ctx.text
        if not _rules().by_id("appendix.group_row").match(text, cells[index].start, cells[index].end) \
                or any(c.start < c.end for k, c in enumerate(cells) if k != index and c is not task_cell) \
                or not _rules().by_id("appendix.group_lead").match(text, task_cell.start, task_cell.end):
            return False
        name = " ".join(text[task_cell.start:task_cell.end].rstrip(" :").split())
        found = [m for m in find_mentions(self.ctx.working, task_cell.start, task_cell.end) if not m.in_list_only]
        if len(found) == 1 and " ".join(text[found[0].start:found[0].end].split()) == name:
            mention, end = found[0], found[0].end
        elif name.isupper():
            if self._written is None:
                self._written = {}
                for m in find_mentions(self.ctx.working, 0, len(self.ctx.working)):
                    self._written.setdefault(m.agency.upper(), m)
                    self._written.setdefault(" ".join(text[m.start:m.end].split()).upper(), m)
            mention = self._written.get(name)
            end = task_cell.start + len(text[task_cell.start:task_cell.end].rstrip(" :"))
        else:
            return False
        if mention is None:
            return False
        section_id = self.ctx.section_id_at(task_cell.start)
        task_id = self.ctx.row_id("P", len(self.tasks) + 1)
        self.assign(task_cell.start, end, mention.agency, mention.agency_type, mention.tier, "lead", task_id,
                    section_id, "appendix.group_lead")
        self._group = (id(columns), [mention.agency])
        return True

    def task_leads(self, cell: Cell | None, task_id: str, section_id: str | None) -> list[str]:
        """The bodies a task cell names as leading its row (`Công an phường chủ trì`, rules/appendix.yaml
        appendix.task.lead_after), for a row with no lead column.  Returns their names."""
        if cell is None:
            return []
        rule = _rules().by_id("appendix.task.lead_after")
        leads = []
        for m, start, end in self._mentions(cell):
            if not m.in_list_only and rule.match(self.ctx.working[end:cell.end]):
                self.assign(start, end, m.agency, m.agency_type, m.tier, "lead", task_id, section_id, rule.id)
                leads.append(m.agency)
        return leads

    def grid_deadlines(self, cell: Cell, action: str | None, section_id: str | None) -> None:
        """A grid time cell read joined (`Trước` / `30/9/2026` is one deadline); each
        time keeps to the piece holding its last digit (the date, the year) outside a
        bracket (`Ngày 01/9/2026` / `(7h30)`: the hour adds to the day), else its first piece."""
        joined, starts = _joined(self.ctx.text, cell)
        working, _ = _joined(self.ctx.working, cell)
        left, times = 0, []
        for m in [*_rules().by_id("appendix.time_separator").finditer(joined), None]:
            right = m.start() if m else len(joined)
            lo, hi = left, right
            while lo < hi and joined[lo].isspace():
                lo += 1
            while hi > lo and joined[hi - 1].isspace():
                hi -= 1
            left = m.end() if m else len(joined)
            if lo == hi:
                continue
            aside = {k for b in _BRACKETED.finditer(joined, lo, hi) for k in range(*b.span())}
            digits = [k for k in range(lo, hi) if joined[k].isdigit() and k not in aside] \
                or [k for k in range(lo, hi) if joined[k].isdigit()]
            k = bisect.bisect_right(starts, digits[-1] if digits else lo) - 1
            piece_lo, piece_hi = max(lo, starts[k]), min(hi, starts[k] + cell.parts[k].end - cell.parts[k].start)
            start, end = cell.parts[k].start + piece_lo - starts[k], cell.parts[k].start + piece_hi - starts[k]
            times.append((Cell(start, end), joined[lo:hi], working[lo:hi]))
        kind, every = _shared_days([said for _, said, _ in times])
        for part, said, said_working in times:
            self.deadline(part, action, section_id, said, said_working, shared_kind=kind, shared_recurrence=every)

    def deadlines_of(self, cell: Cell, action: str | None, section_id: str | None) -> None:
        """One deadline per time the cell gives (`Quý IV/2024; Quý IV/2025` is two)."""
        if cell.parts:
            self.grid_deadlines(cell, action, section_id)
            return
        left, parts = cell.start, []
        for m in [*_rules().by_id("appendix.time_separator").finditer(self.ctx.text, cell.start, cell.end), None]:
            right = m.start() if m else cell.end
            part = Cell(left, right)
            while part.start < part.end and self.ctx.text[part.start].isspace():
                part = Cell(part.start + 1, part.end)
            while part.end > part.start and self.ctx.text[part.end - 1].isspace():
                part = Cell(part.start, part.end - 1)
            if self.ctx.text[part.start:part.end].endswith(")") and "(" not in self.ctx.text[part.start:part.end]:
                part = Cell(part.start, part.end - 1)  # (the close of a bracket a separator opened)
            # (a programme's hours, or a time left to whoever asks, are no deadline)
            timeless = any(_rules().by_id(rule_id).match(self.ctx.text, part.start, part.end)
                           for rule_id in ("appendix.time_clock", "appendix.time_on_request"))
            if part.start < part.end and not timeless:
                parts.append(part)
            left = m.end() if m else cell.end
        kind, every = _shared_days([self.ctx.text[p.start:p.end] for p in parts])
        for part in parts:
            self.deadline(part, action, section_id, shared_kind=kind, shared_recurrence=every)

    def deadline(self, cell: Cell, action: str | None, section_id: str | None,
                 said: str | None = None, said_working: str | None = None,
                 shared_kind: str | None = None, shared_recurrence: str | None = None) -> None:
        """A deadline at `cell`; `said` is what the time says when it runs over more
        pieces than the cell (a grid cell's joined pieces); `shared_kind` and
        `shared_recurrence`, what one of two days in a cell shares with the other."""
        written = self.ctx.text[cell.start:cell.end]
        said = said or written
        kind, rule_id = _time_kind(said)
        if shared_kind and kind != shared_kind:
            kind, rule_id = shared_kind, "appendix.time.shared_date"
        working = said_working or self.ctx.working[cell.start:cell.end]
        # (the day read as the working copy mends it: `1O/12/2025` is 10/12/2025)
        if kind == "timeframe" and self._due and _rules().by_id("appendix.time.due_date").match(working):
            kind, rule_id = "deadline", "appendix.time.due_date"
        parts = _parts(working)
        recurrence = dates.recurrence(said) or shared_recurrence
        if recurrence is None and parts is not None and parts.year is None:
            # (`Trước 31/01 năm sau`: the yearly report's day, in the year after the one reported on)
            nxt = _rules().by_id("appendix.time.next_year")
            recurrence = nxt.get("recurrence") if nxt.search(said) else None
        if parts is not None and recurrence is None:
            parts = parts.with_year(self.ctx.issuer.own_year)  # (`Quý IV` of a plan for 2026: 2026)
        self.deadlines.append(schema.Deadline(
            doc_id=self.ctx.doc_id, deadline_id=self.ctx.row_id("PD", len(self.deadlines) + 1), section_id=section_id,
            text=written, start=cell.start, end=cell.end, kind=kind, date=parts.date if parts else None,
            year=parts.year if parts and not recurrence else None, month=parts.month if parts else None,
            day=parts.day if parts else None, recurrence=recurrence, action=action, rule_id=rule_id))

    def _lead_split(self, cell: Cell | None) -> tuple[Cell | None, Cell | None]:
        """A lead cell cut at `phối hợp (với)` (rules/appendix.yaml appendix.lead.partner):
        a table without a partner column writes its partners there, after its leads; or each
        body with its role after it (`Sở Xây dựng chủ trì, Sở Nội vụ phối hợp`: appendix.lead.then_partner);
        or the leading body marked among others (`Ban Dân tộc (chủ trì), Ban KT-NS`: appendix.lead.marked),
        or the helping one (`…; Tổ Văn phòng (phối hợp)`: appendix.lead.marked_partner).
        A cell in pieces is cut only where its pieces follow one another in the text (a pipe row
        broken inside the cell: `Phòng QLĐĐ chủ trì, VPĐKĐĐ` / `phối hợp`), not a grid's; a
        grid's is cut at a `phối hợp` inside one of its pieces (`Ban CHPTKV 7; phối hợp Đồn BP` /
        `Ia Púch`), the pieces after it going with the partners."""
        if cell is not None and cell.parts and any(self.ctx.text[a.end:b.start].strip()
                                                   for a, b in itertools.pairwise(cell.parts)):
            # (each body with its role after it, one a piece: `HRC chủ trì,` / `SRC phối hợp` in a
            # layout table's cell, the other columns' words between them)
            closing = _rules().by_id("appendix.lead.piece_role")
            ends = [closing.search(self.ctx.text, part.start, part.end) for part in cell.parts]
            k = next((k for k, m in enumerate(ends[:-1]) if m and m.group("role")[:1].lower() == "c"), None)
            if k is not None and ends[-1] and ends[-1].group("role")[:1].lower() == "p":
                return (_clipped(cell, cell.start, ends[k].start()),
                        _clipped(cell, cell.parts[k + 1].start, ends[-1].start()))
            cue = _rules().by_id("appendix.lead.partner")
            m = next((m for part in cell.parts if (m := cue.search(self.ctx.text, part.start, part.end))), None)
            if m is None:
                return cell, None
            return _clipped(cell, cell.start, m.start()), _clipped(cell, m.end(), cell.end)
        if cell is None:
            return cell, None
        m = _rules().by_id("appendix.lead.then_partner").search(self.ctx.text, cell.start, cell.end)
        if m is not None:
            return _clipped(cell, cell.start, m.start()), _clipped(cell, m.start("partners"), m.end("partners"))
        m = _rules().by_id("appendix.lead.marked").search(self.ctx.text, cell.start, cell.end)
        if m is not None and m.start() > cell.start:  # (`Ban Dân tộc (chủ trì), Ban KT-NS`)
            return _clipped(cell, cell.start, m.start()), _clipped(cell, m.end(), cell.end) if m.end() < cell.end else None
        m = _rules().by_id("appendix.lead.marked_partner").search(self.ctx.text, cell.start, cell.end)
        if m is not None:  # (`Nhóm công tác 1 - 5; Tổ Văn phòng (phối hợp)`)
            return _clipped(cell, cell.start, m.start()), _clipped(cell, m.start("partners"), m.end("partners"))
        m = _rules().by_id("appendix.lead.partner").search(self.ctx.text, cell.start, cell.end)
        if m is None:
            return cell, None
        return _clipped(cell, cell.start, m.start()), _clipped(cell, m.end(), cell.end)

    def _advisor_split(self, cell: Cell | None) -> tuple[Cell | None, Cell | None]:
        """A lead cell without its bracket `(X tham mưu)` (rules/appendix.yaml
        appendix.lead.advisor), and the advisor X it names: the lead decides what X prepares."""
        if cell is None or cell.parts:
            return cell, None
        m = _rules().by_id("appendix.lead.advisor").search(self.ctx.text, cell.start, cell.end)
        if m is None:
            return cell, None
        before = m.start()
        while before > cell.start and self.ctx.text[before - 1].isspace():
            before -= 1
        return Cell(cell.start, before), Cell(m.start("who"), m.end("who"))

    def _meanings(self) -> dict[str, tuple[str, str]]:
        """Mark → (role, rule) as the document's legends say it (`CT: chủ trì`, `X: phối hợp`)."""
        if self._said is None:
            self._said = {}
            for e in _legend(self.ctx):
                rule = next((r for r in _rules().group("matrix_meanings") if r.match(self.ctx.working, e.start, e.end)), None)
                if rule is not None:
                    self._said.setdefault(e.code, (rule.get("role"), rule.id))
        return self._said

    def _mark(self, cell: Cell, meanings: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
        """(role, rule) of a matrix cell's mark: what the legend says it means, else what it says
        by itself (rules/appendix.yaml matrix_marks); None for an empty cell or any other words."""
        if cell.start == cell.end:
            return None
        said = self.ctx.text[cell.start:cell.end].strip()
        if said in meanings:
            return meanings[said]
        rule = next((r for r in _rules().group("matrix_marks") if r.match(self.ctx.text, cell.start, cell.end)), None)
        return (rule.get("role"), rule.id) if rule else None

    def marks(self, columns: dict, line, cells: list[Cell], tasks: dict[int, int]) -> None:
        """A matrix row's marks: one assignment per mark, anchored on it, of the body its column's
        code names (the name in the legend, or the header's own), the role the mark says.  The
        row is the task the task-table reader made of it (`tasks`: row start → index), or a new
        one when its table has no lead or time column that reader knows."""
        meanings = self._meanings()
        marked = [(cells[k], name, mark) for k, name in columns["codes"].items()
                  if k < len(cells) and (mark := self._mark(cells[k], meanings))]
        if not marked:
            return
        if line.start not in tasks:
            self.row({k: v for k, v in columns.items() if k != "codes"}, line, cells)
            if not self.tasks or self.tasks[-1].start != line.start:
                return
            tasks[line.start] = len(self.tasks) - 1
        index = tasks[line.start]
        task = self.tasks[index]
        lead, partners = list(task.lead), list(task.partners)
        for cell, name, (role, rule_id) in marked:
            agency, kind, tier = _legend_body(self.ctx, name)
            self.assign(cell.start, cell.end, agency, kind, tier, role, task.task_id, task.section_id, rule_id)
            said = lead if role == "lead" else partners if role == "partner" else None
            if said is not None and agency not in said:
                said.append(agency)
        self.tasks[index] = task.model_copy(update={"lead": lead, "partners": partners})

    def indicator_row(self, columns: dict, line, cells: list[Cell]) -> None:
        """An indicator table's row with a column of who leads it (`… | 2028 | Đơn vị chủ
        trì`): a task to reach the row's indicator, led by the bodies of that cell and
        helped by those of a `Đơn vị phối hợp` column.  A row with neither (a group
        heading `| A | KHOA HỌC … |`, a wrapped cell's rest) gives nothing."""
        def cell(name: str) -> Cell | None:
            found = cells[columns[name]] if name in columns and columns[name] < len(cells) else None
            return found if found is not None and found.start < found.end else None

        indicator = self.cell_text(cell("indicator"))
        if cell("lead") is None and cell("partner") is None:
            return
        if not indicator:
            if cell("index") is None:
                self._indicator_cell_rest(line, cell("lead"), cell("partner"))
            return
        section_id = self.ctx.section_id_at(line.start)
        task_id = self.ctx.row_id("P", len(self.tasks) + 1)
        lead = self.agencies(cell("lead"), "lead", task_id, section_id)
        partners = self.agencies(cell("partner"), "partner", task_id, section_id)
        if not lead and not partners:
            return
        self.tasks.append(schema.Task(
            doc_id=self.ctx.doc_id, task_id=task_id, section_id=section_id, text=self.ctx.text[line.start:line.end],
            start=line.start, end=line.end, lead=lead, partners=partners, timeframe=None, product=None,
            rule_id="appendix.indicator_row"))

    def _indicator_cell_rest(self, line, lead_cell: Cell | None, partner_cell: Cell | None) -> None:
        """The rest of an indicator row's wrapped agency cell on a row of its own, its index
        and indicator empty (`| 1 | Quy hoạch | … | PCT UBND xã;` / `|   |   | … | Phòng Kinh tế`):
        the bodies it names are the row above's too, when that row is the task just read; a rest
        that ends in `phối hợp` (`Phòng Kinh tế chủ trì,` / `HTX NN Thượng Lộc phối hợp`) names partners."""
        task = self.tasks[-1] if self.tasks and self.tasks[-1].rule_id == "appendix.indicator_row" else None
        if task is None or self.ctx.text.count("\n", task.end, line.start) > 1:
            return
        helps = lead_cell is not None and _rules().by_id("appendix.lead.rest_partner").search(
            self.ctx.working, lead_cell.start, lead_cell.end) is not None
        if helps:
            lead_cell, partner_cell = None, lead_cell if partner_cell is None else partner_cell
        lead = [*task.lead, *self.agencies(lead_cell, "lead", task.task_id, task.section_id)]
        partners = [*task.partners, *self.agencies(partner_cell, "partner", task.task_id, task.section_id,
                                                   "appendix.lead.rest_partner" if helps else None)]
        self.tasks[-1] = task.model_copy(update={
            "lead": list(dict.fromkeys(lead)), "partners": list(dict.fromkeys(partners)),
            "end": line.end, "text": self.ctx.text[task.start:line.end]})

    def round_dates(self, columns: dict, line, cells: list[Cell]) -> None:
        """Each full date under a round column of a schedule by place: a timeframe."""
        self._due = False
        section_id = self.ctx.section_id_at(line.start)
        for index in columns["rounds"]:
            if index < len(cells) and cells[index].start < cells[index].end:
                parts = _parts(self.ctx.working[cells[index].start:cells[index].end])
                if parts is not None and parts.date:
                    self.deadline(cells[index], None, section_id)

    def row(self, columns: dict[str, int], line, cells: list[Cell]) -> None:
        def cell(name: str) -> Cell | None:
            return cells[columns[name]] if name in columns and columns[name] < len(cells) else None

        task_cell = cell("task")
        action = self.cell_text(task_cell)
        if not action:
            return  # a group heading row or an empty row
        if self.group_lead(columns, cells, task_cell):
            return  # (a group row naming the unit that leads the rows under it: no task of its own)
        total = _rules().by_id("appendix.total_row")
        if any(c is not None and total.match(self.ctx.text, c.start, c.end)
               for c in (cell("lead"), cell("focal_point"), task_cell)):
            return  # a quota table's sum (`Tổng cộng`, `Toàn tỉnh` for a body or a place): no one's row
        section_id = self.ctx.section_id_at(line.start)
        task_id = self.ctx.row_id("P", len(self.tasks) + 1)
        self._due = bool(columns.get("due"))
        above = self._above if self._above is not None and self._above[0] == id(columns) else (id(columns), [], None)
        lead_cell, advisor_cell = self._advisor_split(cell("lead"))
        lead_cell, with_cell = self._lead_split(lead_cell)
        first = len(self.assignments)
        if self._ditto(lead_cell) and above[1]:
            lead = self._repeated(lead_cell, above[1], task_id, section_id)
        else:
            lead = self.agencies(lead_cell, "lead", task_id, section_id)
        leads = self.assignments[first:]
        self.agencies(advisor_cell, "advisor", task_id, section_id)
        partners = self.agencies(with_cell, "partner", task_id, section_id)
        partners += self.agencies(cell("partner"), "partner", task_id, section_id)
        if "lead" in columns:
            partners += self.task_roles(task_cell, task_id, section_id)
        elif not lead and "focal_point" not in columns:
            named = len(self.assignments)
            lead = self.task_leads(task_cell, task_id, section_id)
            leads = self.assignments[named:]
        # (a last column no rule names is the row's remarks: a body it says leads, `Tổ Toán - Tin
        # chủ trì chuyên đề` under `Ghi chú`, leads the row beside its lead column's)
        if "lead" in columns and len(cells) - 1 not in {v for v in columns.values() if type(v) is int}:
            lead += [name for name in self.task_leads(cells[-1], task_id, section_id) if name not in lead]
        # (a council's board that examines the draft leads that part of the work: rules/appendix.yaml
        # appendix.col.review; one marked `(chủ trì)` among several leads, the others help)
        review_cell, review_with = self._lead_split(cell("review"))
        lead += [name for name in self.agencies(review_cell, "lead", task_id, section_id, "appendix.col.review")
                 if name not in lead]
        partners += self.agencies(review_with, "partner", task_id, section_id, "appendix.lead.marked")
        self.agencies(cell("reporter"), "responsible", task_id, section_id, "appendix.col.reporter")
        self.agencies(cell("report_to"), "report_to", task_id, section_id)
        self.agencies(cell("focal_point"), "focal_point", task_id, section_id)
        time_cell = cell("time")
        if self._ditto(time_cell) and above[2] is not None:
            said = above[2]
            self.deadline(time_cell, action, section_id, self.ctx.text[said.start:said.end],
                          self.ctx.working[said.start:said.end])
            time_cell = said
        elif time_cell is not None and time_cell.start < time_cell.end:
            self.deadlines_of(time_cell, action, section_id)
            if not time_cell.parts and _rules().by_id("appendix.time_on_request").match(
                    self.ctx.text, time_cell.start, time_cell.end):
                # (a time cell that names no time says what else the row must do, as a task cell
                # does: `Theo kế hoạch của đơn vị, báo cáo Ban Thường vụ (qua Ban Tuyên giáo)`)
                partners += self.task_roles(time_cell, task_id, section_id)
        self._above = (id(columns), leads or above[1],
                       time_cell if time_cell is not None and time_cell.start < time_cell.end else above[2])
        if not lead and self._group is not None and self._group[0] == id(columns):
            lead = list(self._group[1])  # (the unit its group row names leads it)
        self.tasks.append(schema.Task(
            doc_id=self.ctx.doc_id, task_id=task_id, section_id=section_id, text=self.ctx.text[line.start:line.end],
            start=line.start, end=line.end, lead=lead, partners=partners, timeframe=self.cell_text(time_cell),
            product=self.cell_text(cell("product")),
            rule_id="appendix.run_together_row" if columns.get("unclaimed") else "appendix.row"))


@dataclass(frozen=True)
class LegendEntry:
    """One code a legend spells out (`CA: Công an tỉnh`): the code, where its name stands,
    and where the legend stands (a table reads the nearest legend that has its code)."""

    code: str
    start: int
    end: int
    at: int


def _legend_entries(ctx: DocContext) -> list[LegendEntry]:
    """The codes the document's legends spell out (rules/appendix.yaml matrix_legends): a run
    of lines that open with `Ghi chú:` (or `Chữ viết tắt:`, `Ký hiệu:`) or with a code and its
    sign, with the lines a name wraps onto; its items apart at `;`, or at a line break, comma
    or full stop before the next code.  A run without an opening word needs two codes."""
    text = ctx.text
    opener, entry = _rules().by_id("appendix.matrix.legend"), _rules().by_id("appendix.matrix.entry")
    breaks = _rules().by_id("appendix.matrix.entry_break")
    lines, out, i = raw_lines(text), [], 0
    while i < len(lines):
        line = lines[i]
        opened = opener.match(text, line.start, line.end)
        first = opened.end() if opened else line.start
        if not entry.match(text, first, line.end) or "|" in text[line.start:line.end] or "\t" in text[line.start:line.end]:
            i += 1
            continue
        end, k = line.end, i + 1
        while k < len(lines) and lines[k].start < lines[k].end and not any(
                bar in text[lines[k].start:lines[k].end] for bar in "|\t"):
            said = text[lines[k].start:lines[k].end]
            if not entry.match(text, lines[k].start, lines[k].end) and text[end - 1] in ".;:" or opener.match(said):
                break  # (a line that opens no code goes on only the name the line above left open)
            end, k = lines[k].end, k + 1
        items, left = [], first
        for m in [*breaks.finditer(text, first, end), None]:
            right = m.start() if m else end
            e = entry.match(text, left, right)
            if e is not None:
                items.append(LegendEntry(e.group("code"), e.start("name"), e.end("name"), line.start))
            left = m.end() if m else end
        if opened or len(items) >= 2:
            out += items
        i = k
    return out


def _legend(ctx: DocContext) -> list[LegendEntry]:
    return _read_once("legend", ctx, lambda: _legend_entries(ctx))


def _spelled(entries: list[LegendEntry], code: str, at: int) -> LegendEntry | None:
    """The entry of the legend nearest to `at` that spells `code` out."""
    said = [e for e in entries if e.code == code]
    return min(said, key=lambda e: abs(e.at - at)) if said else None


def _legend_body(ctx: DocContext, name: Cell) -> tuple[str, str, str] | None:
    """(agency, agency type, tier) a legend's name (or a header's) stands for: the body it
    names, or a name the gazetteer does not know that reads as one (appendix.col.named); None
    for other words (`KH: kế hoạch`, `CT: chủ trì`).  The name is read apart from the text,
    where a list of abbreviations gives no body any work (agency_names._glossary_spans)."""
    found = find_mentions(ctx.working[name.start:name.end], 0, name.end - name.start)
    if found:
        return found[0].agency, found[0].agency_type, found[0].tier
    if not _rules().by_id("appendix.col.named").match(ctx.text, name.start, name.end):
        return None
    agency = spelled_out(ctx.working, canonical(ctx.text[name.start:name.end]))
    return agency, "collective" if agency.split()[0] == "Các" else "other", "issuer"


def _matrix_body(ctx: DocContext, name: str, at: int) -> Cell | None:
    """Where the body a matrix column's name stands for is named: the legend's entry nearest
    to `at` that spells the code out (`CA` → `Công an tỉnh`), when it names a body."""
    if not _rules().by_id("appendix.matrix.code").match(name):
        return None
    entry = _spelled(_legend(ctx), name.strip(), at)
    return Cell(entry.start, entry.end) if entry and _legend_body(ctx, Cell(entry.start, entry.end)) else None


def _matrix_header(ctx: DocContext) -> Callable[[str, list[Cell]], dict | None]:
    """The header of a responsibility matrix: a task column and two columns at least headed
    by a code of the plan's legend (`CA`, `STP`) or by a body's whole name (`Sở Y tế`), given
    as `codes` (index → the cell that names the body); the other columns as a task table's."""

    def header(shown: str, cells: list[Cell]) -> dict | None:
        columns: dict = _named_columns([shown[cell.start:cell.end] for cell in cells])
        if "task" not in columns:
            return None
        codes = {}
        for index, cell in enumerate(cells):
            if index in columns.values() or cell.start == cell.end:
                continue
            body = _matrix_body(ctx, shown[cell.start:cell.end], cell.start)
            if body is not None:
                codes[index] = body
                continue
            named = find_mentions(ctx.working, cell.start, cell.end)
            if len(named) == 1 and (named[0].start, named[0].end) == (cell.start, cell.end):
                codes[index] = cell
        return {**columns, "codes": codes} if len(codes) >= 2 else None

    return header


def _matrix_tables(ctx: DocContext) -> list:
    """The document's responsibility matrices (pipe, tab and space-aligned tables), read once;
    none in a plan without a legend nor a table."""
    def read() -> list:
        if not _legend(ctx) and "|" not in ctx.text and "\t" not in ctx.text:
            return []
        header = _matrix_header(ctx)
        laid_out = _layout_tables(ctx, header, lambda name: _column(name) or _matrix_body(ctx, name, 0)) \
            if _legend(ctx) else ()
        return [*_tables(ctx, header, ctx.working), *laid_out]

    return _read_once("matrix", ctx, read)


# kind of table → (the document's context, its tables): the last document's, read once
_tables_of: dict[str, tuple] = {}


def _read_once(kind: str, ctx: DocContext, read: Callable[[], list]) -> list:
    """The tables of one kind in the document of `ctx`, read on the first call for it."""
    cached = _tables_of.get(kind)
    if cached is None or cached[0] is not ctx:
        cached = _tables_of[kind] = (ctx, read())
    return cached[1]


def _task_tables(ctx: DocContext) -> list:
    """The document's task tables (pipe and tab, CSV, one cell per line, space-aligned, typed as a
    numbered list), read once: the tasks extractor reads their rows, the targets extractor their
    task cells (task_cells)."""
    return _read_once("task", ctx, lambda: [*_tables(ctx), *_csv_tables(ctx), *_flat_tables(ctx),
                                            *_layout_tables(ctx), *_run_together_tables(ctx),
                                            *_dash_list_tables(ctx), *_dash_order_tables(ctx)])


def extract(ctx: DocContext) -> dict:
    rows = _Rows(ctx)
    for columns, table_rows in _task_tables(ctx):
        for line, cells in table_rows:
            rows.row(columns, line, cells)
    read = {line.start for _, table_rows in _task_tables(ctx) for line, _ in table_rows}
    tasks = {t.start: k for k, t in enumerate(rows.tasks)}
    for columns, table_rows in _matrix_tables(ctx):  # (the marks of a matrix, on the rows read above or new)
        for line, cells in table_rows:
            rows.marks(columns, line, cells, tasks)
    read |= tasks.keys()
    for columns, table_rows in _indicator_tables(ctx):  # (a table read as a task table above is not read twice)
        if "indicator" in columns and "task" not in columns and ("lead" in columns or "partner" in columns):
            for line, cells in table_rows:
                if line.start not in read:
                    rows.indicator_row(columns, line, cells)
    read |= {task.start for task in rows.tasks}
    led = _tables(ctx, _led_header, ctx.working) if "|" in ctx.text or "\t" in ctx.text else ()
    for columns, table_rows in led:  # (a table of criteria with their leads and no year: not read above)
        for line, cells in table_rows:
            if line.start not in read:
                rows.indicator_row(columns, line, cells)
    rounds = _tables(ctx, _round_header, ctx.working) if "|" in ctx.text or "\t" in ctx.text else ()
    for columns, table_rows in rounds:  # (a schedule by place is a pipe or tab table only)
        for line, cells in table_rows:
            rows.round_dates(columns, line, cells)
    return {"tasks": rows.tasks, "assignments": rows.assignments, "deadlines": rows.deadlines}


def claimed_spans(tasks: list[schema.Task]) -> list[tuple[int, int]]:
    """The table rows this reader owns: other extractors' rows inside them are dropped."""
    return [(t.start, t.end) for t in tasks if t.rule_id in ("appendix.row", "appendix.indicator_row")]


def timeless_rows(tasks: list[schema.Task]) -> list[tuple[int, int]]:
    """The task rows of a table without a time column (`… | Cơ quan chủ trì | Phương án xử lý,
    thời hạn`): the times written in their cells are only the text's to find, so they stay.  So
    do those of a row whose time cell says only when in the day (`08h00 - 17h00`, `Cả ngày`:
    appendix.time_of_day): its day is in a column of days the header does not name as a time
    (`Ngày | Thời gian | Sự kiện …`)."""
    of_day = _rules().by_id("appendix.time_of_day")
    return [(t.start, t.end) for t in tasks if t.rule_id == "appendix.row"
            and (t.timeframe is None or of_day.match(t.timeframe))]
