"""Targets (chỉ tiêu): every quantity a plan sets as a goal, with what it measures.

How a row comes about (words and patterns in rules/targets.yaml, units.yaml,
indicators.yaml):
1. numbers of the body outside the `not_targets` spans (population descriptors,
   dates, document numbers, durations, names) are candidates;
2. a candidate becomes a quantity with its unit, a second number that makes it
   a range, the comparator before it and `trở lên` after it.  No unit, no
   target; a counted unit (`3.700 căn`) also needs a goal context, because a
   plan counts many things it does not aim at, and is never one in a sentence
   that tells how things stand (`Xã Hải Ninh có 8 thôn với 2.146 hộ`);
3. the clause around it (ended by `;`, a sentence by a full stop) gives the
   measured phrase, its code, the direction and the year; a part opened by
   `trong đó` is a share of the quantity before it and measures that one's
   phrase.  The year comes from the quantity's own clause, else a year that
   opens its sentence, else the lead-in line above a list of bullets, else the
   nearest heading that has one.  Under a lead-in that sets a year, counted
   items (`+ thành lập mới 01 hợp tác xã`) are outputs due by it: goals.
An indicator table (`Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030`, read by
extract/appendix.py) gives one target per value cell: the row names what is
measured, the unit column its unit, the column header its year.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
from dataclasses import dataclass
from decimal import Decimal

import regex

from pipeline import rules, schema
from pipeline.context import DocContext
from pipeline.extract import appendix, numbers
from pipeline.normalise import canonical
from pipeline.segment.sections import section_kind, within_kind

_BRACKETED = regex.compile(r"\([^()\n]*\)")  # a bracket and what it holds, on one line


@dataclass
class Quantity:
    start: int  # comparator (or number) start
    end: int  # end of the unit / trailing comparator
    num_start: int
    value: float
    value_max: float | None
    comparator: str
    has_comparator_word: bool
    unit: str | None
    unit_kind: str
    noun: str | None  # counted noun of a count or rate unit
    rule_id: str
    needs_goal: bool = False  # a counted unit: a target only in a goal context
    context: str | None = None  # the unit counts only where this is said before it
    cell: tuple[str, int | None, str] | None = None  # in an indicator table: (indicator, year, row's label)
    row_task: str | None = None  # in a task table's target cell naming its own measure: the row's task


@dataclass(frozen=True)
class Span:
    start: int
    end: int


# bytes.translate tables that raise every mark below 1 (or 2) to it
_RAISE_TO = {mark: bytes(max(b, mark) for b in range(256)) for mark in (1, 2)}


def _scaled(value, factor):
    """`value` times a scale word's `factor` in decimal: `8,2 tỷ USD` is 8 200 000 000, not the
    8 199 999 999.999999 that binary floats give (which misses the value by more than a rounding)."""
    return value if value is None else float(Decimal(repr(value)) * Decimal(repr(factor)))


@functools.cache
def _rules():
    return rules.load("targets")


@functools.cache
def _units():
    return rules.load("units")


@functools.cache
def _unit_ids() -> frozenset[str]:
    return frozenset(rule.id for rule in _units().all_rules())


def _unit_rule(rule_id: str) -> dict:
    """The data of the unit rule that read a quantity; empty for a part of a split count
    (`subset.*`, a rule of targets.yaml), which carries its whole's context but no unit rule."""
    return _units().by_id(rule_id).data if rule_id in _unit_ids() else {}


@functools.cache
def _sentence_reach_ids() -> frozenset[str]:
    """The unit rules whose context may stand anywhere before them in their sentence."""
    return frozenset(rule.id for rule in _units().all_rules() if rule.get("context_reach") == "sentence")


@functools.cache
def _indicators():
    return rules.load("indicators")


def extract(ctx: DocContext) -> dict:
    """{"targets": rows} for the quantified goals between the title and the signature, and
    in indicator tables wherever they stand (an appendix after the signature too)."""
    doc = _Doc(ctx)
    rows = []
    for q in doc.quantities():
        rows.append(doc.row(q))
    rows.sort(key=lambda r: (r.start, r.end, r.value))
    for n, row in enumerate(rows, 1):
        row.target_id = ctx.row_id("T", n)
    return {"targets": rows}


class _Doc:
    """One document's text with the spans that rule numbers in or out."""

    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.text = ctx.working
        self.lo, self.hi = ctx.preamble_start, ctx.read_end
        self.blocked = bytearray(len(self.text))  # 1: no target here; 2: also no year
        self.ruled_out = bytearray(len(self.text))  # 1: a not_targets rule's span (a table's rows are blocked whole)
        self.table_rows = list(appendix.indicator_rows(ctx))
        # (start, end, due year of its row's time cell, year that cell writes) of each task table's task cells
        self.task_cells = sorted((c.start, max([c.end, *(p.end for p in c.parts)]), y, w)
                                 for c, y, w in appendix.task_cells(ctx))
        self._task_starts = [c[0] for c in self.task_cells]
        for row in self.table_rows:  # read by column, not as running text
            self.blocked[row.start:row.end] = self.blocked[row.start:row.end].translate(_RAISE_TO[1])
        for cell in [*appendix.status_cells(ctx), *appendix.baseline_cells(ctx), *appendix.fact_cells(ctx)]:
            # (how each listed row stands now, no goal)
            self.blocked[cell.start:cell.end] = self.blocked[cell.start:cell.end].translate(_RAISE_TO[1])
        self._objective_nodes: dict[int, bool] = {}  # id of a heading node → it or a parent sets objectives
        for rule in _rules().group("not_targets"):
            raise_to = _RAISE_TO[2 if rule.get("blocks_year") else 1]
            lead = "lead" in rule.pattern.groupindex  # the span begins at a look-behind's group
            for m in rule.finditer(self.text, self.lo, self.hi):
                if rule.get("before_issue") and not self._before_issue(m):
                    continue
                if rule.get("objectives_bound") and self._bound_time_in_objectives(m, rule.get("objectives_bound")):
                    continue
                s, e = m.span("x") if "x" in rule.pattern.groupindex and m.group("x") else m.span()
                if lead:
                    s = m.start("lead")
                    if s < self.lo:
                        continue
                self.blocked[s:e] = self.blocked[s:e].translate(raise_to)
                self.ruled_out[s:e] = b"\x01" * (e - s)
        self.comparators = self._comparators()
        self.years = self._years()
        # the document groups thousands with commas somewhere (`1,000,000 ha`): its `96,500 ha` is 96500
        self.comma_thousands = any(rule.search(self.text, self.lo, self.hi) for rule in _rules().group("notations")) \
            or self._echoed_comma()
        self._quantities: list[Quantity] = []
        self._starts: list[int] = []
        self._bounds: dict[int, tuple[list[int], list[int]]] = {}
        self._lead_ins: dict[int, int | None] = {}  # line start → year its lead-in sets
        self._lead_in_bounds: dict[int, str | None] = {}  # line start → comparator its lead-in sets
        self._note_lines: dict[int, object] = {}  # line start → the note line under its run of `name: figure` lines
        self._phases: dict[int, tuple[list[int], list[int | None]]] = {}  # section start → its phase lines
        # offset → its (sentence, clause): every row asks for them several times
        self._spans: dict[tuple[int, int], Span] = {}
        self._result_nodes: dict[int, bool] = {}  # id of a heading node → it or a parent reports results
        self._node_years: dict[int, int | None] = {}  # heading start → the year its own words say
        self._caps_lines: list[tuple[int, int | None, int | None]] | None = None  # lines of capitals, found once
        self._top_starts: list[int] = []  # starts of the Roman and part headings, found with them
        self._scale_nodes: dict[int, bool] = {}  # id of a heading node → it or a parent states a project's scale
        self._scale_goal_nodes: dict[int, bool] = {}  # id of a heading node → it or a parent names the scale as a goal
        self._quota_nodes: dict[int, bool] = {}  # id of a heading node → it or a parent names a year's quotas
        self._situations: dict[int, bool] = {}  # sentence start → it tells how things stand

    def _echoed_comma(self) -> bool:
        """Does the document write one figure both with a comma and with a thousands dot
        (`khoảng 42,350 m 2` and the total `… = 42.350 m2`)?  Then the writer groups thousands
        both ways, and its other one-group commas (`5,100 m2`) are thousands too."""
        written: dict[str, set[str]] = {}
        for m in _rules().by_id("notation.one_group_figure").finditer(self.text, self.lo, self.hi):
            figure = m.group()
            written.setdefault(figure.replace(",", "."), set()).add(figure)
        return any(len(forms) > 1 for forms in written.values())

    def _bound_time_in_objectives(self, m, bound: str) -> bool:
        """Is the duration `m` capped or floored by the words before it (the rule's `objectives_bound`)
        in the plan's own list of targets (`2. Chỉ tiêu cụ thể năm 2026` / `- … thông tuyến bước 1 không
        quá 24 giờ đối với khu vực đồng bằng`)?  There a bound time is set as a goal, as a KPI table's
        cell is; in a task it is a duration or a notice period (docs/gold_conventions.md)."""
        return bool(_compiled(bound).search(self.text, max(self.lo, m.start() - 160), m.start())) \
            and self._in_objectives(self.ctx.section_at(m.start()))

    def _before_issue(self, m) -> bool:
        """Does a `before_issue` rule's match hold: its `year`, when it has one, stands
        before the plan's year?  A baseline in brackets or a situation dated by the plan's
        own year or a later one may be a milestone (`đạt 95% (năm 2030 đạt 100%)`).  A whole
        day the rule reads (`day`, `month`) is past when it stands before the plan's own date, in
        its year too (`(số liệu rà soát đến ngày 28/02/2027 …)` in a plan of 16/3/2027)."""
        said = m.group("year")
        if not said:
            return True
        issued, year = self.ctx.issuer.issued_year, numbers.read_year(said)
        if issued and year == issued and self.ctx.issuer.issued_date and "day" in m.re.groupindex and m.group("day"):
            with contextlib.suppress(ValueError):
                return dt.date(year, int(m.group("month")), int(m.group("day"))) < self.ctx.issuer.issued_date
        return bool(issued and year and year < issued)

    # -- step 1 and 2: quantities -------------------------------------------------
    def _comparators(self) -> dict[int, tuple[int, str, bool]]:
        """(start, comparator, is a goal word) of comparator words by the offset where their
        number begins.  A `weak` one gives the comparator only: `trong vòng 5 phút` is a cap
        in a list of targets, a duration in a procedure, so the clause must show the goal."""
        found: dict[int, tuple[int, str, bool]] = {}
        text = self.text
        if "~~" in text:  # (struck-out words read as spaces: `ít nhất ~~90%~~ 95%` is at least 95%)
            text = _rules().by_id("boundary.struck_out").pattern.sub(lambda m: " " * len(m.group()), text)
        for rule in _rules().group("comparators"):
            for m in rule.finditer(text, self.lo, self.hi):
                best = found.get(m.end())
                if best is None or m.start() < best[0]:  # the longest wins: `trên dưới` over `dưới`
                    found[m.end()] = (m.start(), rule.get("comparator"), not rule.get("weak"))
        return found

    def _years(self) -> list[tuple[int, int, int, bool]]:
        """(start, end, year, opens a sentence) of every year that can be a target's due year."""
        taken: dict[int, tuple[int, int, int, bool] | None] = {}
        for rule in _rules().group("years"):
            for m in rule.finditer(self.text, self.lo, self.hi):
                # (blocked where the match begins: `đến hết tháng 6/2025` is a due year
                # although its year stands in a date; a `dated` rule begins on its date)
                key = m.start("year")
                if key in taken or self.blocked[m.start()] == 2 and not rule.get("dated"):
                    continue
                if rule.get("before_issue") and not self._before_issue(m):
                    continue  # (the plan's own year or a later one: a rule further down reads it)
                year = numbers.read_year(m.group("year"))
                due = rule.get("role") == "due" and year
                taken[key] = (m.start(), m.end(), year, bool(rule.get("opens"))) if due else None
        return sorted(y for y in taken.values() if y)

    def quantities(self) -> list[Quantity]:
        candidates = []
        for order, rule in enumerate(_rules().group("numbers")):
            comma = rule.get("kind") == "comma_thousands"
            for m in rule.finditer(self.text, self.lo, self.hi):
                if comma and not self.comma_thousands and m.group().count(",") < 2:
                    continue  # (one comma group is the Vietnamese decimal unless the document says otherwise)
                if not self.blocked[m.start()]:
                    candidates.append((m.start(), order, m, rule))
        candidates.sort(key=lambda c: (c[0], c[1]))
        consumed = self.lo
        for start, _, m, rule in candidates:
            if start < consumed:
                continue
            q = self._quantity(m, rule)
            if q:
                self._quantities.append(q)
                consumed = q.end
            elif rule.get("kind") == "fraction":
                consumed = m.end()
        self._starts = [q.start for q in self._quantities]
        for q in self._quantities:
            bound = None if q.has_comparator_word or q.comparator != "eq" \
                else self._lead_in_bound(q) or self._note_bound(q) or self._row_label_bound(q)
            if bound:
                q.comparator, q.has_comparator_word = bound, True
        return [q for q in self._quantities if self._is_goal(q)] + self._table_quantities()

    # -- indicator tables --------------------------------------------------------------
    def _table_quantities(self) -> list[Quantity]:
        """One quantity per value cell of an indicator table; a column of a year before
        the plan's reports a result (a baseline), not a target.  A task table's target
        cell (`Tỷ lệ học sinh … đạt 30%`, `≥ 9.000 người`) measures what its own words
        before the number name, else its row's task."""
        issued = self.ctx.issuer.issued_year
        found = []
        for row in self.table_rows:
            indicator = self._cell_words(row.indicator)
            unit, factor = (self._cell_unit(row.unit, indicator) or (None, 1)) if row.unit else (_indicator_count(indicator), 1)
            if unit is None and row.comparator:  # (`Kiến nghị phòng ngừa (tối thiểu)`: its noun counts)
                unit = _indicator_count(indicator, "unit.bound_column_count")
            if unit is None and row.quota:
                unit = (None, "count", "appendix.indicator_col.label")  # (places to fill: people)
            # (a `Số …` column of a table by place whose noun counts nothing known gives no
            # target; a `Tỷ lệ …` one only in the cells that write their unit, `dưới 1,8%`)
            own_unit_only = unit is None and row.place is not None and row.unit is None
            place = self._cell_words(row.place) if row.place else ""
            for cell, year in row.values:
                # (`Chỉ tiêu cụ thể theo ngành:` under `1. Chỉ tiêu tuyển sinh năm 2026`; a column
                # that bounds each unit's work, `Kiến nghị phòng ngừa (tối thiểu)`, is a quota too)
                if year is None and row.quota:
                    year = self._heading_year(row.start)
                elif year is None and row.comparator:
                    year = self._heading_year(row.start) or self._caps_heading_year(row.start)
                elif year is None and row.place is not None:
                    # (a table by place whose column and title name no year, under `II. CÁC CHỈ
                    # TIÊU CHỦ YẾU NĂM 2026` / `2. Chỉ tiêu giao cho các BHXH cơ sở`: the heading's)
                    year = self._heading_year(row.start)
                if issued and year is not None and year < issued:
                    continue
                # (in a table by place, the row's place says whose target it is)
                about = (indicator, year, f"{place}: {indicator}" if place else indicator)
                for part in self._cell_clauses(cell, row.counted):
                    q = self._cell_quantity(part, unit, about, row.counted, row.product, row.comparator)
                    if q and own_unit_only and q.unit is None:
                        continue
                    if q and factor != 1 and q.rule_id == unit[2]:  # (not a cell with a unit of its own)
                        q.value, q.value_max = _scaled(q.value, factor), q.value_max and _scaled(q.value_max, factor)
                    if q and row.counted:
                        named = self.text[part.start:q.start].split()
                        said = " ".join(self.text[part.start:part.end].split())
                        q.cell = (" ".join(named) if len(named) >= 2 else indicator, self._cell_year(part) or year, said)
                        q.row_task = indicator if len(named) >= 2 else None
                    if q:
                        found.append(q)
                        found.extend(self._cell_shares(part, q, about))
        return found

    def _cell_year(self, cell) -> int | None:
        """The due year a task table's target cell says in its own words (`≥ 80% trẻ em gái được
        tiêm` / `vào năm 2030`), before its row's time cell (`Từ năm học 2026 - 2027`), as a year
        in a target's own clause comes before its heading's.  Read piece by piece: the other
        columns' words stand between a wrapped cell's pieces."""
        years = [y for p in (cell.parts or (cell,)) for y in self._years_in(p.start, p.end)]
        return years[-1][2] if years else None

    def _cell_clauses(self, cell, counted: bool) -> list:
        """A task table's target cell read clause by clause: it may set a target in each
        (`100% hồ sơ công việc … xử lý trên môi trường mạng; 100% văn bản đi được ký số`).
        A value cell is read whole, unless it lists one value for each part its row's measure
        names (`Lao động qua đào tạo ≥ 75%; có bằng cấp ≥ 35%` over `76%; 36%`): each `;` part
        that holds a number is a value of its own.  A cell wrapped over lines is read whole."""
        if cell.parts or ";" not in self.text[cell.start:cell.end]:
            return [cell]
        parts, lo = [], cell.start
        for m in _rules().by_id("boundary.clause").finditer(self.text, cell.start, cell.end):
            parts.append(appendix.Cell(lo, m.start()))
            lo = m.end()
        parts.append(appendix.Cell(lo, cell.end))
        if not counted and not all(any(ch.isdigit() for ch in self.text[p.start:p.end]) for p in parts):
            return [cell]
        return parts

    def _cell_shares(self, cell, q: Quantity, about: tuple[str, int | None, str]) -> list[Quantity]:
        """A share in brackets after a value cell's number, a target of its own (`12.500 (≥ 35%
        nữ)` under `Nông dân được hưởng lợi (trong đó tỷ lệ nữ)`): the percent it sets for a
        part of the count, due the same year."""
        end = cell.parts[-1].end if cell.parts else cell.end
        found = []
        for m in _BRACKETED.finditer(self.text, q.end, end):
            share = self._cell_quantity(appendix.Cell(m.start() + 1, m.end() - 1), None, about)
            if share is not None and share.unit_kind == "percent":
                found.append(share)
        return found

    def _cell_words(self, cell) -> str:
        """A cell's words; a cell wrapped over a layout table's lines is its pieces joined
        (`Nghĩa vụ` / `quân sự`), not the other columns' numbers between them."""
        return " ".join(w for p in (cell.parts or (cell,)) for w in self.text[p.start:p.end].split())

    def _cell_unit(self, cell, indicator: str = "") -> tuple[tuple[str, str, str], int] | None:
        """((unit, unit kind, rule id), scale) of a unit column's cell or an `ĐVT:` line: a
        unit rule that reads the whole cell, else the cell as written with the kind of
        rules/units.yaml cell_units.  A scale word before the unit (`Tỷ đồng`) multiplies
        the values, as `2.350 tỷ đồng` in running text does.  Points (`điểm`) score the
        row's index, unless its name counts (`Số điểm …`) or names places (`Điểm sạc …`).
        A unit wrapped over a grid or layout table's lines (`Số bé` / `trai/100` / `bé gái`)
        is read as its pieces joined, not with the other columns' cells between them."""
        text, joined = self.text, bool(cell.parts)
        if joined:
            text = " " + self._cell_words(cell)
            cell = appendix.Cell(1, len(text))
        score = appendix.score_unit()
        if score.match(text, cell.start, cell.end) and not _indicator_count(indicator):
            points = appendix.place_points()
            if points.match(indicator):  # (`Điểm sạc tại bến xe | điểm`: places, counted)
                score = points
            return (canonical.spacing(text[cell.start:cell.end]).lower(), score.get("unit_kind"), score.id), 1
        factor, start = appendix.unit_scale(text, cell)
        # (a unit rule may open with the space after a number; a unit in brackets,
        # `Trồng rừng (ha)`, has its bracket there instead)
        lead = start - 1 if start and text[start - 1].isspace() else start
        for rule in _units().rules:
            if joined and rule.get("shares_denominator"):
                continue  # (its denominator is sought in the text after it, which a joined cell is not)
            u = rule.match(text, lead, cell.end)
            if u and u.end() == cell.end and rule.get("unit") is not None:
                noun = u.group("noun") if "noun" in rule.pattern.groupindex else None
                return (*self._unit_text(rule, u, noun), rule.id), factor
        for rule in _units().group("cell_units"):
            m = rule.search(text, start, cell.end)
            if m and rule.get("names_both") and not _names_both(rule.get("names_both"), indicator, m):
                continue
            if m and rule.get("measure") and not _compiled(rule.get("measure")).search(indicator):
                continue  # (`lần` under `SAIFI`: the index's unit, not a count)
            if m:
                return (canonical.spacing(text[start:cell.end]), rule.get("unit_kind"), rule.id), factor
        return None

    def _cell_quantity(self, cell, unit: tuple[str, str, str] | None,
                       about: tuple[str, int | None, str], counted: bool = False,
                       product: bool = False, bound: str | None = None) -> Quantity | None:
        """`68`, `≥ 70`, `< 30`, `60 - 65`, `95%`, `Tăng 15%` in a value cell (the span
        keeps a direction word right before the number); in a target cell (`counted`)
        a number before a noun no unit rule knows counts it (`01 trường`).  A product
        cell's number is a target only so (`200 lớp`; not `Quyết định số 12/QĐ`).  A
        bare number under a column whose name sets a `bound` (`(không quá)`) takes it."""
        text = self.text
        said = ""  # (a sign or words a wrapped cell holds on its rows above the number's)
        if cell.parts and not any(ch.isdigit() for p in cell.parts[:-1] for ch in text[p.start:p.end]):
            said = " ".join(" ".join(text[p.start:p.end].split()) for p in cell.parts[:-1])
            cell = cell.parts[-1]
        # (a figure a wrapped cell cut after its thousands dot, `17.` / `990`, grouped by a
        # space, `58 420`, or with a stray space at its decimal comma, `95, 6`, is read whole)
        seen = _csv_cell_view(text, cell)
        m = (_rules().by_id("number.wrapped_thousands").search(seen, cell.start, cell.end)
             or _rules().by_id("number.cell_space_thousands").search(seen, cell.start, cell.end)
             or _rules().by_id("number.cell_split_decimal").search(seen, cell.start, cell.end)
             or self._cell_number(cell, counted, seen))
        value = numbers.parse(m.group(), split=True) if m else None
        if value is not None and self.comma_thousands \
                and _rules().by_id("number.comma_thousands").pattern.fullmatch(m.group()):
            value = float(m.group().replace(",", ""))  # (an Excel sheet's `18,190` where the document groups by commas)
        if value is None:
            return None
        start, comparator, has_word = m.start(), bound or "eq", False
        for rule in _rules().group("comparators"):
            c = rule.search(text, cell.start, m.end())
            if c and c.end() == m.start():
                start, comparator, has_word = c.start(), rule.get("comparator"), True
                break
            c = rule.search(f"{said} {m.group()}") if said and start == m.start() else None
            if c and c.end() == len(said) + 1:  # (`≥` / `1,0`: the number keeps its own span)
                comparator, has_word = rule.get("comparator"), True
                break
        for rule in _rules().group("directions"):
            d = rule.search(text, cell.start, start)
            if d and not text[d.end():start].strip():
                start = d.start()
                break
        end, value_max = m.end(), None
        for rule in _rules().group("ranges"):
            r = rule.match(text, end, cell.end)
            second = numbers.parse(r.group("num")) if r else None
            if second is not None and second > value:
                end, value_max, comparator = r.end(), second, "range"
                break
        scale = self._cell_scale(end, cell.end)
        if scale:
            factor, end = scale
            value, value_max = _scaled(value, factor), value_max and _scaled(value_max, factor)
        own = self._unit_at(end, cell.end)
        if own and own[0].get("unit") is not None:
            rule, u = own
            noun = u.group("noun") if "noun" in rule.pattern.groupindex else None
            unit = self._cell_score(u, about[0]) or (*self._unit_text(rule, u, noun), rule.id)
            end = u.end()
        elif unit is None and counted:
            noun_rule = appendix.target_noun()
            n = noun_rule.match(text, end, cell.end)
            if n:
                unit, end = (n.group("noun"), noun_rule.get("unit_kind"), noun_rule.id), n.end()
            elif product:
                return None
        elif unit is None and (money := self._cell_money(end, cell.end, about[0])):
            factor, end, unit = money
            value, value_max = _scaled(value, factor), value_max and _scaled(value_max, factor)
        unit_text, unit_kind, rule_id = unit or (None, "other", "appendix.indicator_col.year")
        return Quantity(start, end, m.start(), value, value_max, comparator, has_word, unit_text, unit_kind,
                        None, rule_id, cell=about)

    def _cell_number(self, cell, counted: bool, seen: str | None = None):
        """The first number of a cell (read in `seen`, the text as _csv_cell_view shows it); in a
        target cell, the first one no not_targets rule rules out (`Báo cáo DTI 2025 trình Bộ
        trưởng`, `Dự toán năm 2027 được Bộ giao`: years); in a value cell, the first that is no
        year named as one (`Không thấp hơn năm 2025`)."""
        year = _rules().by_id("not.year")
        for m in _rules().by_id("number.digits").finditer(seen or self.text, cell.start, cell.end):
            if counted and self.ruled_out[m.start()]:
                continue
            if not counted and any(y.start("x") == m.start() for y in year.finditer(self.text, cell.start, m.end())
                                   if y.group("x")):
                continue
            return m
        return None

    def _cell_score(self, u, indicator: str) -> tuple[str, str, str] | None:
        """(unit, kind, rule id) of a value cell's own `điểm` (`ít nhất 27 điểm` beside `Tiêu
        chí 2: …`): points scoring its row's criterion or index, as a `điểm` unit column's are
        (_cell_unit), unless the row's name counts (`Số điểm …`) or names places (`Điểm sạc …`)."""
        score = appendix.score_unit()
        if not score.match(self.text, u.start(), u.end()) or _indicator_count(indicator) \
                or appendix.place_points().match(indicator):
            return None
        return "điểm", score.get("unit_kind"), score.id

    def _cell_money(self, pos: int, end: int, indicator: str) -> tuple[int, int, tuple[str, str, str]] | None:
        """(factor, end, unit) of a scale word that ends a value cell with no unit (`≥ 78 triệu`)
        in a row measuring money (`Thu nhập`, rules/targets.yaml money_measures): đồng, as
        `78 triệu đồng/người/năm` in the row's sentence; the scale of any other measure is left."""
        for rule in _rules().group("multipliers"):
            mult = rule.match(self.text, pos, end)
            if mult and not self.text[mult.end():end].strip():
                money = next((r for r in _rules().group("money_measures") if r.search(indicator)), None)
                return (rule.get("factor"), mult.end(), (money.get("unit"), money.get("unit_kind"), money.id)) \
                    if money else None
        return None

    def _cell_scale(self, pos: int, end: int) -> tuple[int, int] | None:
        """(factor, end) of a scale word right after a cell's number, before what it counts
        (`Dữ liệu của khoảng 3,2 triệu thửa đất được bổ sung`), as in running text
        (_unit_after); a scale word that ends the cell is its unit's (`1.500 triệu`)."""
        for rule in _rules().group("multipliers"):
            mult = rule.match(self.text, pos, end)
            if mult and self.text[mult.end():end].strip():
                return rule.get("factor"), mult.end()
        return None

    def _quantity(self, m, number_rule) -> Quantity | None:
        text = self.text
        if number_rule.get("kind") == "comma_thousands":  # (English notation, commas group thousands)
            value = float(m.group().replace(",", ""))
        else:
            value = numbers.parse(m.group(), split=number_rule.get("kind") == "split")
        if value is None or value > number_rule.get("max_value", value):
            return None
        start, comparator, has_word = m.start(), "eq", False
        cmp_ = self.comparators.get(m.start())
        if cmp_ and not self.blocked[cmp_[0]]:
            start, comparator, has_word = cmp_
        end, value_max = m.end(), None
        if number_rule.get("needs_lead") and not (has_word or self._direction_before(m.start(), touching=True)
                                                  or self._word_lead(m.start(), number_rule)):
            return None
        if number_rule.get("kind") == "fraction":
            if comparator == "eq":  # (`1/2 số Chi hội trở lên`: the minimum after what the share is of)
                for rule in _rules().group("trailing"):
                    t = rule.get("after_kind") == "fraction" and rule.match(text, end, self.hi)
                    if t:
                        end, comparator, has_word = t.end(), rule.get("comparator"), True
                        break
            return Quantity(start, end, m.start(), value, None, comparator, has_word, None, "ratio", None, number_rule.id)
        for rule in _rules().group("ranges"):
            r = rule.match(text, end, self.hi)
            if r:
                second = numbers.parse(r.group("num"))
                if second is not None and second > value and self._unit_after(r.end()):
                    end, value_max, comparator = r.end(), second, "range"
                break
        for rule in _rules().group("echoes"):
            e = rule.match(text, end, self.hi)
            if e:
                end = e.end()
                break
        unit = self._unit_after(end)
        if unit is None or unit[1].get("unit") is None:  # (no unit, or one named before the number)
            part = self._bare_part(m, value, start, comparator, has_word) \
                or self._bracket_part(m, value, start, comparator, has_word)
            if part or unit is None:
                return part
        factor, unit_rule, u = unit
        value, value_max = _scaled(value, factor), _scaled(value_max, factor) if value_max else None
        noun = u.group("noun") if "noun" in unit_rule.pattern.groupindex else None
        unit_text, unit_kind = self._unit_text(unit_rule, u, noun)
        end = u.end()
        for rule in _rules().group("trailing"):
            t = not rule.get("after_kind") and rule.match(text, end, self.hi)
            if t:
                end, comparator, has_word = t.end(), rule.get("comparator"), True
                break
        return Quantity(start, end, m.start(), value, value_max, comparator, has_word, unit_text, unit_kind, noun,
                        unit_rule.id, bool(unit_rule.get("needs_goal")), unit_rule.get("context"))

    def _bare_part(self, m, value: float, start: int, comparator: str, has_word: bool) -> Quantity | None:
        """A bare number that is a part of the count before it (`tuyển sinh 2.150 học sinh, …,
        trong đó cao đẳng 850, trung cấp 700`): it counts in the whole's unit.  Only after a
        count of its sentence that is larger, and when nothing follows it in its item."""
        whole = next((q for q in reversed(self._quantities)
                      if q.rule_id not in ("subset.bare_part", "subset.bracket_parts")), None)
        if whole is None:
            return None
        if whole.unit_kind != "count" or whole.unit is None or whole.value <= value \
                or whole.start < self.sentence(m.start()).start:
            return None
        if not (_rules().by_id("subset.bare_part").match(self.text, whole.end, m.end())
                and _rules().by_id("subset.bare_part_end").match(self.text, m.end(), self.hi)):
            return None
        return Quantity(start, m.end(), m.start(), value, None, comparator, has_word, whole.unit, whole.unit_kind,
                        whole.noun, "subset.bare_part", whole.needs_goal, whole.context)

    def _bracket_part(self, m, value: float, start: int, comparator: str, has_word: bool) -> Quantity | None:
        """A bare number of a bracket that splits the count before it by label (`2.350 công dân
        (quân sự 2.050, công an 300)`; a quota list by commune, `- xã Đức Trọng: 45 (QS 40, CA 05);`):
        a part of that count, in its unit (none when the whole is bare too, as in the list, whose
        items must then stand where goals are set).  Only when the parts add up to the whole."""
        text = self.text
        split = self._bracket_split(m.start(), max(self.lo, m.start() - 80))
        if split is None:
            return None
        b, w = split
        whole = numbers.parse(w.group("num")) if w else None
        parts = [numbers.parse(n) for n in b.captures("num")]
        if whole is None or None in parts or abs(sum(parts) - whole) > 1e-9:
            return None
        if len(parts) < 2 and not text[b.ends("num")[-1]:b.end()].lstrip().startswith(";"):
            return None  # (one part is the whole named again, `mức độ 2 (ĐDĐT mức 2)`, unless a remark says why)
        counted = next((q for q in reversed(self._quantities) if q.num_start == w.start("num")), None)
        if counted is not None and counted.unit_kind != "count":
            return None
        if counted is None:
            return Quantity(start, m.end(), m.start(), value, None, comparator, has_word, None, "count", None,
                            "subset.bracket_parts", True)
        return Quantity(start, m.end(), m.start(), value, None, comparator, has_word, counted.unit, "count",
                        counted.noun, "subset.bracket_parts", counted.needs_goal, counted.context)

    def _bracket_split(self, num: int, reach: int):
        """(the bracket of labelled parts the number at `num` is one of, the whole's match before
        it, or None) — subset.bracket_parts and subset.bracket_whole, the bracket opened after
        `reach`; None when `num` is no part of such a bracket."""
        text = self.text
        lo = text.rfind("(", reach, num)
        b = _rules().by_id("subset.bracket_parts").match(text, lo, self.hi) if lo >= 0 else None
        if b is None or num not in b.starts("num"):
            return None
        return b, _rules().by_id("subset.bracket_whole").search(text, max(self.lo, lo - 40), lo)

    def _split_whole(self, q: Quantity) -> Quantity | None:
        """The counted whole a bracket's part `q` splits (`110 chỉ tiêu` of `(cao đẳng 30, trung
        cấp 80)`), or None."""
        if q.rule_id != "subset.bracket_parts":
            return None
        split = self._bracket_split(q.num_start, max(self.lo, q.num_start - 80))
        w = split and split[1]
        return next((o for o in self._quantities if w and o.num_start == w.start("num")), None)

    def _word_lead(self, pos: int, number_rule) -> bool:
        """A spelt number is a quantity after a word_leads word too (`thêm hai xã`), and so is a
        rule's marked `word_lead` (a scanned `01`, `thêm 0l điểm giết mổ`)."""
        if number_rule.get("kind") != "words" and not number_rule.get("word_lead"):
            return False
        lo = max(self.lo, pos - 40)
        return any(rule.search(self.text, lo, pos) for rule in _rules().group("word_leads"))

    def _unit_after(self, pos: int, multipliers: int = 2):
        """(factor, unit rule, match) of the unit at `pos`, or after `triệu`/`nghìn` there
        (two of them in `5 nghìn tỷ đồng`)."""
        found = self._unit_at(pos)
        if found:
            return (1, *found)
        if not multipliers:
            return None
        for rule in _rules().group("multipliers"):
            mult = rule.match(self.text, pos, self.hi)
            found = self._unit_after(mult.end(), multipliers - 1) if mult else None
            if found:
                return (rule.get("factor") * found[0], *found[1:])
        return None

    def _unit_at(self, pos: int, endpos: int | None = None):
        """(unit rule, match) of the unit at `pos`; a doubled space before it counts as one
        (lines a PDF tool justified: `cao đẳng 3.200  người`; wider gaps are table columns),
        and so does a line break with the quote or list marks the working copy blanks after it
        (`2,1 triệu` / `> lượt` in a forwarded or Markdown quote)."""
        if self.text.startswith("  ", pos) and self.text[pos + 2:pos + 3] not in (" ", "\t", "\n", ""):
            pos += 1
        elif self.text.startswith("  ", pos) and "\n" in self.ctx.text[pos:pos + 8]:
            gap = len(self.text[pos:pos + 8]) - len(self.text[pos:pos + 8].lstrip(" "))
            marks = self.ctx.text[pos:pos + gap].partition("\n")[2]
            if marks.strip() and self.text[pos + gap:pos + gap + 1] not in ("\t", "\n", ""):
                pos += gap - 1  # (not a table's next row indented under its column: the marks were blanked)
            elif not marks.strip():
                pos = self._indented_prose(pos) or pos
        for rule in _units().rules:
            u = rule.match(self.text, pos, endpos or self.hi)
            if u:
                return rule, u
        return None

    def _indented_prose(self, pos: int) -> int | None:
        """Where the unit starts, less one space, when a number ends a line of an indented block
        of prose whose next line goes on with its unit (`… cho ít nhất 500` / `        người khuyết
        tật mỗi năm`, a task block typed with a hanging indent); else None.  Both lines are prose:
        no gap of two spaces or a tab inside either, as a space-aligned table's rows have
        between their columns."""
        text = self.ctx.text
        if text[pos:pos + 1] != "\n":
            return None
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        before = text[text.rfind("\n", 0, pos) + 1:pos].strip()
        after = text[pos + 1:end].strip()
        if not before or not after or any("  " in s or "\t" in s for s in (before, after)):
            return None
        return pos + len(text[pos + 1:end]) - len(text[pos + 1:end].lstrip())

    def _unit_text(self, rule, u, noun: str | None) -> tuple[str, str]:
        """Canonical unit and its kind; a numerator sharing a later denominator is a rate."""
        denominator = u.group("denominator") if "denominator" in rule.pattern.groupindex else None
        kind = rule.get("unit_kind")
        if rule.get("shares_denominator"):
            denominator = self._shared_denominator(u.end())
            if denominator:
                kind = "rate"
        unit = rule.get("unit")
        if unit is None:  # a ratio named before its number (`tỷ lệ giáo viên/lớp đạt 1,5`)
            return None, kind
        if denominator:
            unit = "{noun}/{denominator}"
        return unit.format(noun=canonical.spacing(noun or ""), denominator=_denominator(denominator)), kind

    def _shared_denominator(self, pos: int) -> str | None:
        item, denominator = _units().group("list_items")
        while True:
            d = denominator.match(self.text, pos, self.hi)
            if d:
                return d.group("denominator")
            i = item.match(self.text, pos, self.hi)
            if not i:
                return None
            pos = i.end()

    # -- step 3: the clause ------------------------------------------------------------
    def _is_goal(self, q: Quantity) -> bool:
        clause = self.clause(q.start)
        if self._is_result(q, clause):
            return False
        # (a trailing `trở lên` sets the minimum as well: `từ 20 môn trở lên`; a further item
        # of a goal's list shares its goal: `duy trì 146 cơ sở và 02 vùng an toàn dịch bệnh`)
        # (a part of a split count is said where its whole is: `- Hàn: 110 chỉ tiêu (trình độ cao
        # đẳng 30, trung cấp 80)` counts places as the `110 chỉ tiêu` after the label's colon does)
        held = self._split_whole(q) or q
        # (a bounded part of a goal said in its own words, `SAIDI ≤ 245 phút/khách hàng, trong đó: do sự
        # cố không quá 88 phút`: the whole says what the minutes are, as a context would)
        if held.context and not self._says_context(held) and not self._minimum_after(held) \
                and not self._lead_in_says(held) and not self._listed_after_goal(held) and not self._listed_target(held) \
                and not (held.has_comparator_word and self._part_of_goal(held)) and not self._bound_by_lead_in(held) \
                and not (self._scale_item(held) and self._heading_says_context(held)) \
                and not self._bound_in_objectives(held):
            return False
        sentence = self.sentence(q.start)
        goal = _rules().group("goal_words")[0]
        if self._describes(sentence):
            return False
        # (a share under a scale heading that an objectives heading holds, `II. MỤC TIÊU VÀ CHỈ TIÊU`
        # over `1. Quy mô, đội ngũ`: its counts tell the size, `100% GV đạt chuẩn` is set)
        node = self.ctx.section_at(q.start)
        if self._states_scale(node) and not goal.search(self.text, sentence.start, q.num_start) \
                and not (q.unit_kind == "percent" and self._in_objectives(node)):
            return False
        if not q.needs_goal or q.has_comparator_word or self._direction_before(q.num_start):
            return True
        if goal.search(self.text, sentence.start, q.num_start):
            return True
        if any(rule.search(self.text, sentence.start, q.end)
               for rule in _rules().group("goal_words") if rule.get("through_quantity")):
            return True  # (`thành lập 03 đội cấp cứu`, `tổ chức 02 lớp`: the noun after the number says it is an output)
        if self._part_of_goal(q) or self._listed_after_goal(q) or self._split_in_lead_in(q):
            return True
        # `Trong năm 2024, … thực hiện:` over `+ thành lập mới 01 hợp tác xã`: an output due by a year
        return (self._in_objectives(self.ctx.section_at(q.start)) or self._lead_in_year(q.start) is not None
                or self._lead_in_reserves(q) or self._row_goal(q) or self._dated_step(q) or self._round_due(q) is not None
                or self._colon_year(q) is not None
                or self._scheduled_item(q) or self._quota_item(q) or self._due_in_clause(q) or self._scale_item(q))

    def _bound_in_objectives(self, q: Quantity) -> bool:
        """Is `q` a bound time in the plan's own list of targets, with a comparator its unit's
        rule lists under `objectives_bound` (`Cảnh báo mưa lớn trước ít nhất 24 giờ` under `II. CHỈ
        TIÊU …`)?  There a floor or a cap is set as a goal, as `thời gian …` would say it; in a task
        it is a notice period or a duration."""
        return (q.has_comparator_word and q.comparator in (_unit_rule(q.rule_id).get("objectives_bound") or ())
                and self._in_objectives(self.ctx.section_at(q.start)))

    def _bound_by_lead_in(self, q: Quantity) -> bool:
        """Does a lead-in over the item of `q` set the minimum its unit's context asks for
        (`… cho các đơn vị (số vụ tối thiểu):` over `Đồn BP Tân Thanh: 04 vụ`), as `ít nhất` before
        the number would?"""
        return self._lead_in_bound(q) == "gte" and bool(_compiled(q.context).search("ít nhất "))

    def _listed_target(self, q: Quantity) -> bool:
        """Is `q` a count under an objectives heading with a due year (`2) Chỉ tiêu cụ thể năm
        2026` over `- Tổ chức 12 hội nghị đối thoại chính sách`)?  A list of targets is itself
        the goal context a count of meetings or sessions otherwise needs (`ít nhất`, `mỗi …`)."""
        return (q.needs_goal and q.unit is not None and q.unit_kind == "count"
                and self._in_objectives(self.ctx.section_at(q.start)) and self._heading_year(q.start) is not None)

    def _colon_year(self, q: Quantity) -> int | None:
        """The year of a due time that leads in `q` from before a colon in its sentence
        (`Đối với 57 cơ sở …, hoàn thành trong Quý II/2026: chuyển đổi công năng 18 cơ sở;
        điều chuyển, thu hồi 24 cơ sở`), else None.  As a lead-in line's year, it makes the
        counts after it outputs due then.  So does a lead-in that hands out a figure due by a
        year, listed by unit after it (`giao chỉ tiêu … đến ngày 30/6/2026 cho từng thôn, bản như
        sau: thôn Thái Sơn 97%; thôn Đồng Tiến 96%; …`), also on the list's next line, which goes
        on the sentence in lower case after a `;` (_continued_from)."""
        pos = q.num_start
        while True:
            sentence = self.sentence(pos)
            colon = self.text.rfind(":", sentence.start, pos)
            if colon >= 0:
                break
            pos = self._continued_from(sentence.start)
            if pos is None:
                return None
        years = self._years_in(sentence.start, colon)
        if years and any(_rules().by_id(r).search(self.text, sentence.start, colon + 1)
                         for r in ("leadin.due_colon", "leadin.quota_due_colon")):
            return years[-1][2]
        return None

    def _scheduled_item(self, q: Quantity) -> bool:
        """Is `q` a count on a schedule's bullet, typed as fields apart by `;` (`- Lớp bồi dưỡng
        … cho đối tượng 4: 02 lớp, 200 học viên; Quý II/2026; tại Cơ sở 1`)?  Its item is named
        before a colon and the field after its counts is a time of its own, not before the
        plan's year: as a task table's time cell (_row_goal), it makes the counts outputs due then."""
        line = self.ctx.work.line_at(q.start)
        if not _rules().by_id("leadin.bullet").match(self.text, line.start, line.end) \
                or ":" not in self.text[line.start:q.num_start]:
            return False
        clause = self.clause(q.start)
        m = _rules().by_id("leadin.schedule_time").match(self.text, clause.end - 1, self.hi)  # (from its `;`)
        if not m:
            return False
        issued = self.ctx.issuer.issued_year
        years = self._years_in(m.start(), m.end())
        return not (issued and years and max(y[2] for y in years) < issued)

    def _quota_item(self, q: Quantity) -> bool:
        """Is `q` the count an item gives right after its label's colon (`1. Kỹ thuật chăn nuôi
        gia cầm: 120 học viên;`) under a heading that names a year's scale of training or intake
        (`IV. DANH MỤC NGHỀ VÀ QUY MÔ ĐÀO TẠO NĂM 2027`, rules/targets.yaml heading.quota_scale)?
        Each item is that year's quota for what it names, as a row of a quota table is; a
        count wrapped onto the line under its label's colon is the label's too."""
        if q.unit is None or q.unit_kind != "count":
            return False
        line = self.ctx.work.line_at(q.start)
        lo = line.start
        if not self.text[line.start:q.start].strip() and line.start >= 2:
            lo = self.ctx.work.line_at(line.start - 1).start
        colon = self.text.rfind(":", lo, q.start)
        if colon < 0 or self.text[colon + 1:q.start].strip():
            return False
        says = _rules().by_id("heading.quota_scale").search
        return self._up(self.ctx.section_at(q.start), self._quota_nodes, says)

    def _scale_item(self, q: Quantity) -> bool:
        """Is `q` a figure of a task item's scale label (`- Quy mô: 20 ha/86 hộ, cụ thể:`, rules/
        targets.yaml leadin.scale_label), in its own sentence or on the places' lines listed under
        it (`  + Xã Tùng Ảnh: 5 ha lúa chất lượng cao, 20 hộ;`, `  Xã Hòa Lạc: 3 ha lạc L14, 18 hộ`)?
        The scale of a model or work the plan itself sets up is what the task is to reach; a
        bullet of the label's own shape below it is the next field of the item, not its share.
        A figure in brackets is an aside on the scale (`(bình quân 8.400 ha/năm)`), none.
        Under a heading that names the scale with the targets (`III. QUY MÔ VÀ CHỈ TIÊU` over
        `1. Quy mô: 500 đại biểu, …`), an event's own scale label sets its size to reach, as a task's does."""
        start = self.sentence(q.start).start
        before = self.text[start:q.start]
        node = self.ctx.section_at(q.start)
        if before.count("(") > before.count(")"):
            return False
        label = _rules().by_id("leadin.scale_label")
        line = self.ctx.work.line_at(start)
        if not within_kind(node, "tasks"):
            return (self._up(node, self._scale_goal_nodes, _rules().by_id("situation.scale_goal_heading").search)
                    and bool(_rules().by_id("leadin.scale_label_item").match(self.text, line.start, line.end)))
        if label.match(self.text, line.start, line.end):
            return True
        bullet, item = _rules().by_id("leadin.bullet"), _rules().by_id("leadin.label_item")
        lines = self.ctx.work.lines
        k = self.ctx.work.line_index(q.start)
        shapes = set()  # (the markers of the listed lines passed on the way up)
        for ln in lines[k::-1][:12]:
            if ln.start < self.lo:
                return False
            if ln is not lines[k] and label.match(self.text, ln.start, ln.end):
                own = bullet.match(self.text, ln.start, ln.end)
                return (own.group() if own else "") not in shapes
            marked = bullet.match(self.text, ln.start, ln.end)
            if not marked and not item.match(self.text, ln.start, ln.end):
                return False
            shapes.add(marked.group() if marked else "")
        return False

    def _heading_says_context(self, q: Quantity) -> bool:
        """Does the heading over `q` say what its unit needs (`a) Mô hình nuôi gà thả vườn` over
        `- Quy mô 4.000 con/20 hộ`)?  A task item's scale counts what its heading names."""
        node = self.ctx.section_at(q.start)
        return node is not None and bool(_compiled(q.context).search(node.heading))

    def _says_context(self, q: Quantity) -> bool:
        """Is what the unit of `q` needs said before it in its clause, or before the first
        of a cap repeated for further cases of its sentence (`lực lượng ứng phó có mặt tại
        hiện trường không quá 02 giờ đối với …; không quá 06 giờ đối với …`)?  A unit marked
        `context_reach: sentence` takes it from anywhere before it in its sentence (`… ít nhất 01
        bình chữa cháy xách tay; khu vực để xe bố trí tối thiểu 02 bình`).  A cap may be worded
        otherwise for the next case (`Tổng thời gian một lượt khám … dưới 120 phút; … có làm thêm
        01 kỹ thuật … không quá 180 phút`): `dưới` and `không quá` cap alike."""
        reach = q.rule_id in _sentence_reach_ids()
        lo = self.sentence(q.start).start if reach else self.clause(q.start).start
        back = max(self.lo, lo - 300)
        colon = back + len(self.text[back:lo].rstrip()) - 1
        if colon >= back and self.text[colon] == ":" and not self.text[lo:q.num_start].strip():
            # (the number opens its line under a label that the line before ends with a colon,
            # `- Vận hành thiết bị hoá dầu (liên kết …):` / `90 chỉ tiêu`): the label's line says it
            lo = self.text.rfind("\n", self.lo, colon) + 1
        if _compiled(q.context).search(self.text, lo, q.num_start):
            return True
        prev = self._previous_in_sentence(q)
        return (prev is not None and prev.rule_id == q.rule_id and prev.context == q.context
                and (prev.comparator == q.comparator or {prev.comparator, q.comparator} <= {"lt", "lte"})
                and self._says_context(prev))

    def _dated_step(self, q: Quantity) -> bool:
        """Is `q` an output of a roadmap's step, whose clause opens with its own span
        (`theo lộ trình: giai đoạn 2026 - 2027 số hóa 8.000 trang; giai đoạn 2028 - 2030 …`)?
        As under a lead-in with a year, the count is due then, so it is a goal."""
        clause = self.clause(q.start)
        return any(y[3] for y in self._years_in(clause.start, q.num_start)
                   if _rules().by_id("year.period_opens").match(self.text, y[0]))

    def _due_in_clause(self, q: Quantity) -> bool:
        """Is `q` a count whose own clause goes on to when the work is to be done (`thực hiện
        chống quá tải 214 TBA (…), hoàn thành trước 15/3/2027`, rules/targets.yaml leadin.clause_due),
        in a year not before the plan's?  As a task table's count under a time cell that sets a
        due date (_row_goal), it is what the task must reach by then: the count stands right
        after the task's verb.  Not a count in brackets that only sizes the task (`Bồi dưỡng ngạch
        chuyên viên (02 lớp)`), nor the places or bodies the work covers (leadin.clause_due_scope,
        leadin.clause_due_area), nor a time in another cell of a table's row (_row_goal's)."""
        if q.unit_kind != "count" or q.unit is None or _rules().by_id("leadin.clause_due_area").match(q.unit):
            return False
        clause = self.clause(q.start)
        before = self.text[clause.start:q.start]
        if before.count("(") > before.count(")") or not before.rstrip()[-1:].isalpha() \
                or _rules().by_id("leadin.clause_due_scope").search(before):
            return False  # (no verb right before it: a heading's number, a bracket, or a scope)
        m = _rules().by_id("leadin.clause_due").search(self.text, q.end, clause.end)
        issued = self.ctx.issuer.issued_year
        return m is not None and not any(c in self.text[q.end:m.start()] for c in "\t|") \
            and not (issued and int(m.group("year")) < issued)

    def _round_due(self, q: Quantity):
        """The match when `q` is the count in brackets after a round of the work, due by the day
        right after the bracket (`hoàn thành đợt 1 (15 điểm) trước ngày 30/4/2026`, rules/targets.yaml
        leadin.round_due), else None: each round's count is an output due then, in the day's year,
        as a roadmap step's is."""
        sentence = self.sentence(q.start)
        return next((m for m in _rules().by_id("leadin.round_due").finditer(self.text, sentence.start, sentence.end)
                     if m.start("count") <= q.num_start < m.end("count")), None)

    def _row_goal(self, q: Quantity) -> bool:
        """Is `q` a count a task-table row sets, in its task cell and due in its time cell's
        year?  Not a count in brackets that only sizes the task (`Bồi dưỡng ngạch chuyên
        viên (02 lớp)`)."""
        cell = self._task_cell(q.start)
        if cell is None or cell[2] is None:
            return False
        before = self.text[cell[0]:q.start]
        return before.count("(") <= before.count(")")

    def _row_year(self, q: Quantity) -> int | None:
        """The year of the time cell of the task-table row whose task cell holds `q`:
        `Xử lý 37 tàu cá mất kết nối VMS | Công an tỉnh | … | Hoàn thành trong tháng
        12/2025` is a count due in 2025, as a count under a lead-in with a year is.  A
        period's year (`Quý II/2026`, `Năm 2026`) dates only a minimum the cell sets itself
        (`bảo đảm năng lực xử lý tối thiểu 80 triệu hóa đơn/ngày`); a bare share or count
        there is the reach of work the row schedules (`Vận động 100% hộ kinh doanh …`)."""
        cell = self._task_cell(q.start)
        if cell is None:
            return None
        return cell[2] or (cell[3] if q.has_comparator_word else None)

    def _task_cell(self, pos: int) -> tuple[int, int, int | None, int | None] | None:
        """(start, end, due year, year written) of the task-table cell that holds `pos`, else None."""
        i = bisect.bisect_right(self._task_starts, pos) - 1
        return self.task_cells[i] if i >= 0 and pos < self.task_cells[i][1] else None

    def _part_of_goal(self, q: Quantity) -> bool:
        """Is `q` a part (`, trong đó …`) of a goal before it in its sentence?  `trồng mới
        42.000 ha rừng (bình quân 8.400 ha/năm), trong đó rừng gỗ lớn 12.000 ha`: the part
        of an output is an output; a number in brackets after the whole is passed over."""
        sentence_start = self.sentence(q.start).start
        i = bisect.bisect_left(self._starts, q.start) - 1
        while i >= 0 and self._quantities[i].start >= sentence_start:
            prev = self._quantities[i]
            left = _BRACKETED.sub(" ", self.text[prev.end:q.start])
            if ")" in left:  # `prev` stands inside a bracket
                i -= 1
                continue
            part = left.rsplit(",", 1)[-1]
            if ";" in left and q.has_comparator_word and prev.unit is not None and prev.unit == q.unit and not _rules().by_id(
                    "separator.subset").match(part.rsplit(";", 1)[-1]):
                # (the next bounded part of the same split, `trong đó: do sự cố không quá 88 phút; do
                # ngừng điện có kế hoạch không quá 157 phút`: in the unit of the part before it)
                return self._part_of_goal(prev)
            return (bool(_rules().by_id("separator.subset").match(part))
                    and not _rules().group("indicator_heads")[0].search(part) and self._is_goal(prev))
        return False

    def _split_in_lead_in(self, q: Quantity) -> bool:
        """Is `q` a bullet's share of a goal its lead-in splits (`tối thiểu 250 gian hàng …,
        trong đó:` over `+ Khu trình diễn thương mại điện tử: 20 gian hàng`)?  Counted in the
        whole's unit, the part of an output is an output, as `, trong đó …` in one sentence."""
        ln = self._nearest_lead_in(q)
        if ln is None or q.unit is None:
            return False
        part = self.text[ln.start:ln.end].rstrip().rstrip(":").rsplit(",", 1)[-1]
        m = _rules().by_id("separator.subset").match(part)
        if not m or part[m.end():].strip():
            return False
        i = bisect.bisect_left(self._starts, ln.start)
        while i < len(self._quantities) and self._quantities[i].start < ln.end:
            whole = self._quantities[i]
            if whole.unit == q.unit and whole.unit_kind == q.unit_kind and self._is_goal(whole):
                return True
            i += 1
        return False

    def _listed_after_goal(self, q: Quantity) -> bool:
        """Is `q` a further count of a list whose item before it is a goal?  `mua sắm bổ
        sung 60 áo phao, 20 phao tròn cứu sinh, 01 xuồng composite`: a goal verb right
        before the first item (`mua sắm`, `trang bị`, `bố trí`) counts every item; so it
        does a further length or area in the same unit (`Cứng hóa 5,2 km đường trục thôn
        và 3,8 km đường giao thông nội đồng`)."""
        i = bisect.bisect_left(self._starts, q.start) - 1
        if i < 0:
            return False
        prev = self._quantities[i]
        same = prev.unit_kind == "count" if q.unit_kind == "count" else (
            q.unit_kind in ("other", "area") and prev.unit_kind == q.unit_kind and prev.unit == q.unit)
        sentence_start = self.sentence(q.start).start
        if not same or prev.start < self.clause(q.start).start \
                or self.text.count("(", sentence_start, q.start) > self.text.count(")", sentence_start, q.start):
            return False  # (a list in brackets tells what a unit is made of: `(mỗi kíp gồm 01 bác sĩ, 02 điều dưỡng)`)
        return bool(_rules().by_id("separator.next_item").search(self.text, prev.end, q.start)) and self._is_goal(prev)

    def _describes(self, sentence: Span) -> bool:
        """Does the sentence tell how things stand (`Xã Hải Ninh có 8 thôn với 2.146 hộ`)
        with no goal word anywhere in it?  One that says it reports (`Theo số liệu thống kê …,
        toàn ngành có …`) is a goal only by the plan's own goal words: its `đạt` is a result.
        Asked once per sentence."""
        if sentence.start not in self._situations:
            situation, rule = next(((m, rule) for rule in _rules().group("situations")
                                    if (m := rule.match(self.text, sentence.start, sentence.end))), (None, None))
            goal = _rules().group("reported_goal_words" if rule is not None and rule.get("reported") else "goal_words")[0]
            self._situations[sentence.start] = bool(situation) and not goal.search(
                self.text, situation.end(), sentence.end)
        return self._situations[sentence.start]

    def _is_result(self, q: Quantity, clause: Span) -> bool:
        """Under a heading that reports results, or dated (in its clause, else by a year
        that opens its sentence, else by the lead-in line above its bullet) before the plan:
        `Năm 2025, … đạt nhiều kết quả: …; tỷ lệ hồ sơ trực tuyến đạt 61,8%` in a 2026 plan;
        else by its heading's year (`1. Kết quả giải ngân năm 2025` in a 2026 plan), an
        unnumbered line of capitals too (`KẾT QUẢ ĐĂNG KÝ, CẤP GIẤY CHỨNG NHẬN NĂM 2026`
        over `- Tồn tại, hạn chế: còn khoảng 410 thửa đất …` in a 2027 plan)."""
        issued = self.ctx.issuer.issued_year
        year = (self._clause_year(q, clause) or self._head_year(q) or self._run_in_year(q.start)
                or self._lead_in_year(q.start) or self._heading_year(q.start) or self._caps_heading_year(q.start))
        if issued and year and year < issued:
            return True
        return self._reports_results(self.ctx.section_at(q.start))

    def _run_in_year(self, pos: int) -> int | None:
        """The year of a run-in label on results that opens the paragraph of `pos`
        (`Khái quát kết quả năm 2025: … đạt 93,4%`, rules/targets.yaml result.run_in_label):
        a heading in all but its line of its own, dating every figure after it."""
        line = self.ctx.work.line_at(pos)
        m = _rules().by_id("result.run_in_label").match(self.text, line.start, min(line.end, pos))
        return int(m.group("year")) if m else None

    def _head_year(self, q: Quantity) -> int | None:
        """A year that the sentence of `q` begins with (`Năm 2025, …`, `- Trong năm 2023 …`)."""
        sentence = self.sentence(q.start)
        years = self._years_in(sentence.start, q.start)
        if years and not self.text[sentence.start:years[0][0]].strip(_BULLETS):
            return years[0][2]
        return None

    def _reports_results(self, node) -> bool:
        """Does the heading of `node` or of one of its parents report results?  Only the
        heading's first clause: a lettered paragraph (`c) Phấn đấu …, 100% …; kết quả thực
        hiện … là một tiêu chí`) is no results heading."""
        says = _rules().by_id("result.heading").search
        roadmap = _rules().by_id("result.roadmap_heading").match
        up = node
        while up is not None:
            # (`3. Mục tiêu cụ thể năm 2027` under `II. THỰC TRẠNG VÀ MỤC TIÊU`: goals, and
            # so are its lettered paragraphs `a) Vốn …: giải ngân đạt ít nhất 95% …`, and a
            # roadmap beside them, `3. Lộ trình, mốc tiến độ`)
            if ((section_kind(up.heading)[0] == "objectives" or roadmap(up.heading))
                    and self._goals_parent(up.parent)):
                return False
            if says(_first_clause(up.heading)):
                break
            up = up.parent
        return self._up(node, self._result_nodes, lambda heading: says(_first_clause(heading)))

    def _goals_parent(self, node) -> bool:
        """Is the nearest results heading above `node` one that names the goals too
        (`THỰC TRẠNG VÀ MỤC TIÊU`)?"""
        says = _rules().by_id("result.heading").search
        both = _rules().by_id("result.and_goals").search
        while node is not None:
            first = _first_clause(node.heading)
            if says(first):
                return bool(both(first))
            node = node.parent
        return False

    def _states_scale(self, node) -> bool:
        """Is `node` or one of its parents a heading on a project's scale (`QUY MÔ, PHẠM VI
        …`), whose numbers are facts?  Not under a heading that sets the scale as a goal (`3. Quy
        mô, chỉ tiêu` over `a) Quy mô gian hàng: khoảng 170 gian hàng`: an event's size to reach)."""
        if self._up(node, self._scale_goal_nodes, _rules().by_id("situation.scale_goal_heading").search):
            return False
        return self._up(node, self._scale_nodes, _rules().group("scale_headings")[0].search)

    def _in_objectives(self, node) -> bool:
        """Is `node` or one of its parents an objectives heading?  Not only the top one:
        a plan in parts (`B. KẾ HOẠCH …` over `II. MỤC TIÊU`) or a task with its own
        `b) Chỉ tiêu` has it lower down.  A heading of who may take part and how under it
        (`2. Đối tượng, điều kiện dự tuyển`, result.conditions_heading) sets no goals."""
        conditions = _rules().by_id("result.conditions_heading").match
        up = node
        while up is not None and section_kind(up.heading)[0] != "objectives":
            if conditions(up.heading):
                return False
            up = up.parent
        return self._up(node, self._objective_nodes, lambda heading: section_kind(heading)[0] == "objectives")

    def _up(self, node, seen: dict[int, bool], says) -> bool:
        """Does `says` hold for the heading of `node` or of one of its parents?  Asked once
        per heading (`seen`, by node): every candidate number under it asks."""
        if node is None:
            return False
        if id(node) not in seen:
            seen[id(node)] = bool(says(node.heading)) or self._up(node.parent, seen, says)
        return seen[id(node)]

    def _direction_before(self, pos: int, touching: bool = False) -> str | None:
        """The direction word nearest before `pos` in its clause (right before it when `touching`)."""
        clause = self.clause(pos)
        lo = self._phrase_start(pos, clause)
        best = None
        for rule in _rules().group("directions"):
            for m in rule.finditer(self.text, lo, pos):
                if touching and self.text[m.end():pos].strip():
                    continue
                if best is None or m.start() > best[0]:
                    best = (m.start(), rule.get("direction"))
        return best[1] if best else None

    def _line_bounds(self, line_start: int) -> tuple[list[int], list[int]]:
        """Sentence ends and clause ends (offsets) of the working line starting at line_start."""
        if line_start not in self._bounds:
            self._bounds[line_start] = self._find_bounds(line_start)
        return self._bounds[line_start]

    def _find_bounds(self, line_start: int) -> tuple[list[int], list[int]]:
        line = self.ctx.work.line_at(line_start)
        sentence_rule = _rules().by_id("boundary.sentence")
        clause_rule = _rules().by_id("boundary.clause")
        sentences = [m.end() for m in sentence_rule.finditer(self.text, line.start, line.end)]
        clauses = sorted(set(sentences) | {m.end() for m in clause_rule.finditer(self.text, line.start, line.end)})
        return sentences, clauses

    def _bounded(self, pos: int, which: int) -> Span:
        span = self._spans.get((pos, which))
        if span is None:
            line = self.ctx.work.line_at(pos)
            ends = self._line_bounds(line.start)[which]
            i = bisect.bisect_right(ends, pos)
            start = ends[i - 1] if i else line.start
            end = ends[i] if i < len(ends) else line.end
            span = self._spans[pos, which] = Span(start, end)
        return span

    def sentence(self, pos: int) -> Span:
        return self._bounded(pos, 0)

    def clause(self, pos: int) -> Span:
        return self._bounded(pos, 1)

    def _next_in_clause(self, q: Quantity, clause: Span) -> Quantity | None:
        i = bisect.bisect_left(self._starts, q.start) + 1
        return self._quantities[i] if i < len(self._quantities) and self._quantities[i].start < clause.end else None

    def _phrase_start(self, pos: int, clause: Span) -> int:
        """Where the phrase of the quantity at `pos` begins: after the previous quantity's
        part, and after any citation, date or name (`Đề án “…”, phấn đấu …`)."""
        start = clause.start
        i = bisect.bisect_left(self._starts, pos)
        if i and self._quantities[i - 1].end > clause.start and self._quantities[i - 1].end <= pos:
            prev_end = self._quantities[i - 1].end
            sep = _rules().by_id("separator.list").search(self.text, prev_end, pos)
            start = sep.end() if sep else prev_end
        blocked = self.blocked.rfind(2, start, pos)
        return blocked + 1 if blocked >= 0 else start

    def _phrase_end(self, q: Quantity, clause: Span, nxt: Quantity | None) -> int:
        if nxt:
            sep = _rules().by_id("separator.list").search(self.text, q.end, nxt.start)
            return sep.start() if sep else nxt.start
        # `80% xã, phường, thị trấn có trung tâm …, …`: a list of nouns runs on to its
        # predicate; the phrase ends at the first comma after that
        pred = _rules().by_id("predicate.start").search(self.text, q.end, clause.end)
        comma = self.text.find(",", pred.end() if pred else q.end, clause.end)
        return comma if comma >= 0 else clause.end

    def _measure(self, q: Quantity) -> tuple[str | None, str]:
        """(indicator phrase, measured phrase with its unit) of a quantity.

        A part opened by `trong đó` with no measured words of its own before the
        number (`…; trong đó năm 2023 đạt ít nhất 91%`, `…, trong đó có bằng cấp,
        chứng chỉ đạt 28,5%`) is a share of the quantity before it in the sentence:
        it measures that one's phrase, narrowed by its own words.  A part that names
        nothing at all (`… giảm 0,5 điểm phần trăm/năm; đến năm 2030 còn dưới 15%`,
        `… đạt 60 - 65% vào năm 2025 và 90% vào năm 2030`) measures the same as the
        quantity before it in the sentence; so does a part whose subject is left out,
        a time and a verb alone before its number (`…; năm 2026 đạt ít nhất 95,6% dân
        số`: `dân số` is the base there, not what is measured).
        """
        if q.rule_id == "subset.bracket_parts":
            return self._bracket_measure(q)
        text = self.text
        clause = self.clause(q.start)
        nxt = self._next_in_clause(q, clause)
        left = text[self._phrase_start(q.start, clause):q.start]
        right = text[q.end:self._phrase_end(q, clause, nxt)]
        indicator, from_right = _indicator(left, right, q)
        if _rules().by_id("subject.each_place").match(text, clause.start, q.start) and (
                prev := self._previous_in_sentence(q)) is not None and prev.unit_kind == q.unit_kind:
            # (`… đạt ≥ 95% trên quy mô toàn tỉnh; mỗi xã, phường đạt >= 90%`: the places say where
            # the same measure is set, not what is measured)
            indicator, from_right = self._measure(prev)[0] or indicator, False
        elif from_right and not _trim(left) and _rules().by_id("subject.elided").search(text, q.start - len(left), q.num_start):
            prev = self._previous_in_sentence(q)
            inherited = self._measure(prev)[0] if prev is not None else None
            if inherited:
                indicator, from_right = inherited, False
        parent = None if from_right else self._subset_parent(q, left)
        whole = self._measure(parent)[0] if parent is not None else None
        if whole:
            marker = _rules().by_id("separator.subset").match(left)
            own = _trim(left[marker.end():])
            indicator = f"{whole}, {marker.group('word')} {own}" if own else whole
        elif indicator is None or indicator == q.unit:
            prev = self._previous_in_sentence(q)
            indicator = (self._measure(prev)[0] if prev is not None else None) or indicator
        if indicator is not None and not _LETTER.search(indicator):
            indicator = None  # (a bare `%`: nothing named what it measures)
        measured = " ".join(p for p in (indicator, q.unit or "") if p)
        if from_right and nxt and not _rules().by_id("predicate.start").search(measured):
            measured += " " + self._shared_predicate(clause)
        return indicator, measured

    def _bracket_measure(self, q: Quantity) -> tuple[str | None, str]:
        """(indicator, measured) of a part in a bracket that splits a count by label: its label
        within the item the whole stands for, the words before the whole after any colon
        (`- xã Đức Trọng: 45 (QS 40, CA 05)` → `xã Đức Trọng: QS`)."""
        text = self.text
        b, w = self._bracket_split(q.num_start, self.lo)
        label = " ".join(b.captures("label")[b.starts("num").index(q.num_start)].split())
        before = text[self.clause(w.start("num")).start:w.start("num")].rstrip(" :")
        whole = _trim(before.rsplit(":", 1)[-1]) or None
        indicator = f"{whole}: {label}" if whole else label
        return indicator, " ".join(p for p in (indicator, q.unit or "") if p)

    def _previous_in_sentence(self, q: Quantity) -> Quantity | None:
        i = bisect.bisect_left(self._starts, q.start)
        prev = self._quantities[i - 1] if i else None
        return prev if prev is not None and prev.start >= self.sentence(q.start).start else None

    def _subset_parent(self, q: Quantity, left: str) -> Quantity | None:
        """The quantity before `q` in its sentence when `q`'s part opens with `trong đó`
        and names nothing measured (no `tỷ lệ …`) of its own."""
        if not _rules().by_id("separator.subset").match(left):
            return None
        if _rules().group("indicator_heads")[0].search(left):
            return None
        return self._previous_in_sentence(q)

    def row(self, q: Quantity) -> schema.Target:
        ctx, text = self.ctx, self.text
        if q.cell:
            indicator, year, sentence = q.cell
            return schema.Target(
                doc_id=ctx.doc_id, target_id="", section_id=ctx.section_id_at(q.start),
                text=ctx.text[q.start:q.end], start=q.start, end=q.end, sentence=sentence,
                indicator=_canonical(indicator),
                # (a cell naming a bare measure, `Tỷ lệ bao phủ đạt 30%`, measures it for its row's task)
                indicator_code=_code(f"{indicator} {q.unit or ''}", q.unit_kind, ctx)
                or (q.row_task and _code(f"{q.row_task} {q.unit or ''}", q.unit_kind, ctx))
                or self._heading_code(q, indicator),
                comparator=q.comparator, value=q.value, value_max=q.value_max, unit=q.unit, unit_kind=q.unit_kind,
                direction=self._direction_in(q.start, q.num_start), target_year=year, rule_id=q.rule_id)
        clause = self.clause(q.start)
        indicator, measured = self._measure(q)
        return schema.Target(
            doc_id=ctx.doc_id, target_id="", section_id=ctx.section_id_at(q.start),
            text=ctx.text[q.start:q.end], start=q.start, end=q.end,
            sentence=" ".join(text[clause.start:clause.end].split()).strip(" ;."),
            indicator=_canonical(indicator) if indicator else None,
            indicator_code=self._own_code(q, measured) or self._code_of_like(q),
            comparator=q.comparator, value=q.value, value_max=q.value_max, unit=q.unit,
            unit_kind=q.unit_kind, direction=self._direction_before(q.num_start), target_year=self._year(q, clause),
            rule_id=q.rule_id)

    def _own_code(self, q: Quantity, measured: str | None = None) -> str | None:
        """The code of what a quantity measures; a count whose measured words stand
        before it (`phấn đấu hoàn thành ít nhất 3.700 căn hộ nhà ở xã hội, …`) names
        what it counts in the words right after its classifier."""
        measured = self._measure(q)[1] if measured is None else measured
        code = _code(measured, q.unit_kind, self.ctx)
        if code or q.unit_kind != "count" or not q.unit:
            return code
        clause = self.clause(q.start)
        right = self.text[q.end:self._phrase_end(q, clause, self._next_in_clause(q, clause))]
        return _code(f"{q.unit} {right}", q.unit_kind, self.ctx)

    def _code_of_like(self, q: Quantity) -> str | None:
        """A count in a bare classifier (`khoảng 9.800 căn`), or in the same unit as a
        count before it (`… trong đó … ít nhất 1.500 căn hộ`), counts what that count
        counts: the nearest one in its sentence (a line after a `;` going on with it),
        or, for a list of items under a lead-in (`b) Lộ trình hoàn thành theo từng năm:`
        / `- Năm 2026 hoàn thành 800 căn;`), in the section above the list's."""
        if q.unit_kind != "count" or not q.unit:
            return None
        bare = " " not in q.unit
        start = self.sentence(q.start).start
        semicolon = self.text.rfind(";", max(0, start - 4), start)
        if semicolon >= 0 and not self.text[semicolon + 1:start].strip():
            start = self.sentence(semicolon).start
        node = self.ctx.section_at(q.start)
        if bare and node is not None:
            start = min(start, (node.parent or node).start)
        i = bisect.bisect_left(self._starts, q.start) - 1
        while i >= 0 and self._quantities[i].start >= start:
            p = self._quantities[i]
            if p.unit_kind == "count" and p.unit and (p.unit.split()[0] == q.unit if bare else p.unit == q.unit):
                code = self._own_code(p)
                if code:
                    return code
            i -= 1
        return None

    def _direction_in(self, start: int, end: int) -> str | None:
        """The direction a table cell's quantity opens with (`Giảm 10%`), if any."""
        for rule in _rules().group("directions"):
            if rule.search(self.text, start, end):
                return rule.get("direction")
        return None

    def _shared_predicate(self, clause: Span) -> str:
        """`được sử dụng nước sạch` after the last quantity of a list, shared by all of them."""
        last = [q for q in self._quantities if clause.start <= q.start < clause.end][-1]
        text_end = self._phrase_end(last, clause, None)
        pred = _rules().by_id("predicate.start").search(self.text, last.end, text_end)
        return self.text[pred.start():text_end] if pred else ""

    # -- the year ------------------------------------------------------------------
    def _years_in(self, start: int, end: int) -> list[tuple[int, int, int, bool]]:
        i = bisect.bisect_left(self.years, (start, -1, -1, False))
        out = []
        while i < len(self.years) and self.years[i][1] <= end:
            out.append(self.years[i])
            i += 1
        return out

    def _year(self, q: Quantity, clause: Span) -> int | None:
        due = self._round_due(q) if q.needs_goal else None  # (its round's day, not the clause's)
        return ((int(due.group("year")) if due and due.group("year") else None)
                or self._clause_year(q, clause) or self._row_year(q) or self._opening_year(q) or self._colon_year(q)
                or self._wrapped_label_year(q) or self._lead_in_year(q.start) or self._phase_year(q.start)
                or self._heading_year(q.start) or self._caps_heading_year(q.start) or self._part_year(q, clause))

    def _part_year(self, q: Quantity, clause: Span) -> int | None:
        """The year of a later `trong đó` part of the clause of `q`, when nothing else dates
        `q`: `giải ngân đạt 100% kế hoạch vốn được giao, trong đó trước ngày 30/9/2027 đạt ít
        nhất 60%` is due in 2027 too (a sentence's or heading's year comes first, see
        _clause_year)."""
        part = _rules().by_id("separator.part_opens").search(self.text, q.end, clause.end)
        years = self._outside_brackets(q.end, self._years_in(part.end(), clause.end)) if part else []
        return years[0][2] if years else None

    def _clause_year(self, q: Quantity, clause: Span) -> int | None:
        """A year after the quantity in its own part, else the nearest before it, else any later.
        A year in brackets opened after the quantity dates the aside, not it: `giảm một nửa số
        hộ nghèo so với đầu kỳ (cuối năm 2021 toàn huyện có …)`; a quantity in brackets is
        the aside's, dated within them or before them, not after: `kết quả Chỉ số PCI năm 2024
        (đạt 65,38 điểm, …), … ban hành Kế hoạch … năm 2025`; a `;` in the brackets parts
        items of the aside, which all stand in the clause that opens it: `rà soát cuối năm
        2023 (còn 3.418 hộ nghèo, …; 4.125 hộ cận nghèo, …)`."""
        nxt = self._next_in_clause(q, clause)
        own_end = self._phrase_end(q, clause, nxt) if nxt else clause.end
        text = self.text
        opened = text.rfind("(", self.sentence(q.start).start, clause.start)
        if opened >= 0 and ")" not in text[opened:q.start]:
            clause = Span(self.clause(opened).start, clause.end)
        if text.count("(", clause.start, q.start) > text.count(")", clause.start, q.start):
            close = text.find(")", q.end, own_end)
            if close >= 0:
                own_end, clause = close, Span(clause.start, close)
        # (a year before the plan after `đã` dates things done, not the target: `20 hồ sơ
        # đã giải quyết năm 2025`; a later one still dates it: `03 dự án đã được bố trí vốn năm 2027`)
        done = _rules().by_id("result.done_object").search(text, q.end, clause.end)
        issued = self.ctx.issuer.issued_year
        past = done.start() if done and issued else None

        def not_done(years: list) -> list:
            return [y for y in years if past is None or y[0] < past or y[2] >= issued]

        # (a later part opened by `trong đó` / `riêng` dates that part: `cứng hóa tối thiểu 6,5 km
        # …, trong đó năm 2026 hoàn thành 3,5 km` leaves the 6,5 km to the sentence's year, and
        # `Ít nhất 40% trường THPT …, trong đó Trường THPT Chuyên … thực hiện từ năm học 2026 -
        # 2027` the 40% to its heading's; _part_year dates it when nothing else does)
        part = _rules().by_id("separator.part_opens").search(text, q.end, clause.end)
        after = not_done(self._outside_brackets(q.end, self._years_in(q.end, min(own_end, part.start()) if part else own_end)))
        if after:
            # (a past year followed by a due one names what is worked on, the due one dates it:
            # `số hóa 100% hồ sơ lưu trữ kế toán năm 2025 trước ngày 30/6/2026`)
            due = [y for y in after[1:] if issued and after[0][2] < issued <= y[2]]
            if not due and _rules().by_id("year.bare").match(text, after[0][0]):
                # (a bare year that names the thing, then a later day it is due by: `đạt 100% kế
                # hoạch vốn năm 2026 trước ngày 31/01/2027` is due in 2027, as a due date dates its clause)
                by_day = _rules().by_id("year.by_date")
                due = [y for y in after[1:] if y[2] > after[0][2] and by_day.match(text, y[0])]
            return (due or after)[0][2]
        before = self._years_in(clause.start, q.start)
        if before:
            return before[-1][2]
        later = not_done(self._outside_brackets(q.end, self._years_in(q.end, part.start() if part else clause.end)))
        return later[0][2] if later else self._task_fields_year(q, clause)

    def _task_fields_year(self, q: Quantity, clause: Span) -> int | None:
        """The year of the time field of a bracket of task fields the clause of `q` opens
        (`(Chủ trì: …; phối hợp: …; thời gian: Quý II - Quý III/2026)`): the `;` between the
        fields cut the clause there, but the time is the whole task's.  So does a bracket
        that only says when the count is due (`trồng 0,5 triệu cây (đến ngày 30/4/2026)`)."""
        opened = self.text.find("(", q.end, clause.end)
        if opened < 0 or self.text.count(")", q.end, opened) > self.text.count("(", q.end, opened):
            return None
        m = _rules().by_id("boundary.task_time_field").match(self.text, opened, self.hi) \
            or _rules().by_id("boundary.due_bracket").match(self.text, opened, self.hi)
        return int(m.group("year")) if m else None

    def _outside_brackets(self, pos: int, years: list) -> list:
        """The years after `pos` that stand in no bracket opened after it."""
        text = self.text
        return [y for y in years if text.count("(", pos, y[0]) <= text.count(")", pos, y[0])]

    def _opening_year(self, q: Quantity) -> int | None:
        """A year in the first clause of the sentence, before its first quantity.  A line
        that goes on in lower case after a line ending in `;` goes on that line's
        sentence, so it takes that sentence's opening year: `- Trong năm 2024, có thêm ít
        nhất 08 sản phẩm …;` / `phấn đấu có ít nhất 01 sản phẩm đạt 4 sao.`  A year that
        ends the first clause dates that clause only: `Hoàn thành xóa nhà tạm … trong năm
        2026; 100% hộ gia đình … có nhà ở an toàn` (ANNOTATING, target year reach)."""
        pos = q.start
        while True:
            sentence = self.sentence(pos)
            first_clause = self.clause(sentence.start)
            i = bisect.bisect_left(self._starts, sentence.start)
            first_q = self._quantities[i].start if i < len(self._quantities) else sentence.end
            closing = _rules().by_id("boundary.clause_closing_time")
            years = [y for y in self._years_in(first_clause.start, min(first_clause.end, first_q))
                     if y[3] and not (first_clause.end < sentence.end and closing.match(self.text, y[1], first_clause.end))]
            if years:
                return years[-1][2]
            pos = self._continued_from(sentence.start)
            if pos is None:
                return None

    def _wrapped_label_year(self, q: Quantity) -> int | None:
        """The year of a label that ends the line above when `q` opens its own line (`…; năm 2028:
        37%; đến năm 2030:` / `trên 45%.`, rules/targets.yaml leadin.year_label_end): the line break
        parted a figure from its year, as a PDF's wrapping leaves it."""
        line = self.ctx.work.line_at(q.start)
        if self.text[line.start:q.start].strip() or line.start < 2:
            return None
        above = self.ctx.work.line_at(line.start - 1)
        if above.start < self.lo:
            return None
        m = _rules().by_id("leadin.year_label_end").search(self.text, above.start, above.end)
        return int(m.group("year")) if m else None

    def _continued_from(self, start: int) -> int | None:
        """The end of the line above when the line at `start` goes on its sentence: it
        opens in lower case and the line above ends in `;`.  A heading's letter (`b) Giao chỉ tiêu
        … tối thiểu 10% …` under `a) … ban hành trong Quý II/2027;`) opens an item of its own."""
        line = self.ctx.work.line_at(start)
        head = self.text[start:line.end].lstrip()
        if start != line.start or not head[:1].islower() or line.start < 2:
            return None
        node = self.ctx.section_at(start)
        if node is not None and node.start == line.start:
            return None
        above = self.ctx.work.line_at(line.start - 1)
        tail = self.text[above.start:above.end].rstrip()
        if above.start < self.lo or not tail.endswith(";"):
            return None
        return above.start + len(tail) - 1

    def _lead_in_year(self, pos: int) -> int | None:
        """`… đến năm 2030:` on the line above a list of bullets sets their year; the
        lead-in may itself be a bullet (`- Trong năm 2024, … thực hiện:` over `+ …`).
        Found once per line: every candidate number asks for it."""
        line = self.ctx.work.line_at(pos)
        if line.start not in self._lead_ins:
            self._lead_ins[line.start] = self._find_lead_in_year(line)
        return self._lead_ins[line.start]

    def _phase_year(self, pos: int) -> int | None:
        """The year of the schedule's phase label nearest above `pos` in its section, on a line
        of its own (`Giai đoạn 1: từ ngày 01/3/2026 đến ngày 30/4/2026` over `+ … cho ít nhất 90
        hộ thuộc đoạn 1;`): the phase's items are due in it.  It dates only; unlike a lead-in
        ending in a colon it makes no count a goal (a procedure's steps, `Bước 1: …`, count
        who takes part)."""
        node = self.ctx.section_at(pos)
        lo = max(self.lo, node.start if node is not None else self.lo)
        if lo not in self._phases:
            self._phases[lo] = self._phase_lines(lo)
        starts, years = self._phases[lo]
        i = bisect.bisect_left(starts, self.ctx.work.line_at(pos).start)
        return years[i - 1] if i else None

    def _phase_lines(self, lo: int) -> tuple[list[int], list[int | None]]:
        """(starts, years) of the lines from `lo` on that are a phase label alone (leadin.phase),
        found once per section rather than once per quantity."""
        starts: list[int] = []
        years: list[int | None] = []
        for m in _rules().by_id("leadin.phase").finditer(self.text, lo, self.hi):
            ln = self.ctx.work.line_at(m.start())
            if m.start() == ln.start and m.end() >= ln.end:
                found = self._years_in(ln.start, ln.end)
                starts.append(ln.start)
                years.append(found[-1][2] if found else None)
        return starts, years

    def _find_lead_in_year(self, line) -> int | None:
        """The year of the first lead-in over `line` that has one, or that is no bullet.  Only
        the lead-in's last sentence, the one its colon ends, reaches the items: a year that
        opens a sentence before it dates that sentence (`Năm học 2025 - 2026, toàn tỉnh có
        20.873 học sinh lớp 9 … . Căn cứ …, chỉ tiêu … là 14.420 học sinh …, trong đó:`)."""
        for ln, is_bullet in self._lead_in_lines(line):
            end = self.text[ln.start:ln.end].rstrip()
            start = max(ln.start, self.sentence(ln.start + len(end) - 1).start) if end else ln.start
            years = self._years_in(start, ln.end)
            if years or not is_bullet:
                return years[-1][2] if years else None
        return None

    def _lead_in_says(self, q: Quantity) -> bool:
        """Does the nearest lead-in over the bullet of `q` say what its unit rule's
        `lead_in` asks (`… tuyển dụng 12 chỉ tiêu công chức, cụ thể:` over `- 01 (một)
        chỉ tiêu Văn phòng - Thống kê`)?  The heading over it may say it as well (`1. Tuyển
        sinh` over `- … vừa làm vừa học khoảng 450 chỉ tiêu`), not a heading `q` stands in."""
        says = _unit_rule(q.rule_id).get("lead_in")
        if not says:
            return False
        ln = self._nearest_lead_in(q)
        if ln is not None and _compiled(says).search(self.text, ln.start, ln.end):
            return True
        node = self.ctx.section_at(q.start)
        return (node is not None and q.start >= self._heading_end(node)
                and bool(_compiled(says).search(self.text, node.start, self._heading_end(node))))

    def _lead_in_reserves(self, q: Quantity) -> bool:
        """Does the nearest lead-in over the bullet of `q` set reserves of goods (`… cam
        kết dự trữ hàng hóa với tổng lượng hàng như sau:` over `- gạo 3.500 tấn`), or hand out
        quotas body by body (`Chỉ tiêu giao cho một số chủ rừng …:` over `* VQG …: 65 km / 520 ha;`)?"""
        if self._sets_reserves(self._nearest_lead_in(q, labels=True)):
            return True
        node = self.ctx.section_at(q.start)
        return node is not None and node.parent is not None and self._intro_reserves(node.parent)

    def _sets_reserves(self, ln) -> bool:
        """Does the lead-in line `ln` set reserves or hand out quotas (rules/targets.yaml
        leadin.reserve, leadin.quota)?"""
        return ln is not None and any(_rules().by_id(rule).search(self.text, ln.start, ln.end)
                                      for rule in ("leadin.reserve", "leadin.quota"))

    def _intro_reserves(self, node) -> bool:
        """Does the lead-in that opens a section over its sub-headings set reserves or hand out
        quotas (`2. Mặt hàng và lượng hàng dự trữ` / `Tổng lượng hàng dự trữ dự kiến …:` / `2.1.
        Lương thực` / `• gạo 1.200 tấn`)?  It leads in every item below, as a bullet's does."""
        if not node.children or node.children[0].start <= node.line_end:
            return False
        last = node.line_end + len(self.text[node.line_end:node.children[0].start].rstrip())
        ln = self.ctx.work.line_at(max(node.line_end, last - 1))
        return ln.start >= node.line_end and self._sets_reserves(ln)

    def _lead_in_bound(self, q: Quantity) -> str | None:
        """The comparator the nearest lead-in over the bullet of `q` sets for its figures
        (`khối lượng dự trữ tối thiểu như sau:` over `• Đá hộc: 1.200 m3` → gte; rules/targets.yaml
        leadin.minimum, leadin.maximum), else None; none for a figure in brackets (a sum)."""
        line = self.ctx.work.line_at(q.start)
        if self.text.count("(", line.start, q.start) > self.text.count(")", line.start, q.start):
            return None
        if line.start not in self._lead_in_bounds:
            ln = self._nearest_lead_in(q, labels=True)
            self._lead_in_bounds[line.start] = ln and next(
                (rule.get("comparator") for rule in (_rules().by_id("leadin.minimum"), _rules().by_id("leadin.maximum"))
                 if rule.search(self.text, ln.start, ln.end)), None)
        return self._lead_in_bounds[line.start]

    def _note_bound(self, q: Quantity) -> str | None:
        """The comparator a note right under a run of unmarked `name: figure` lines sets for the
        figure `q` on one of them (`Ghi chú: diện tích phân bổ cho từng địa phương là chỉ tiêu tối
        thiểu` under `Huyện Cư M’gar: 2.500 ha; 3,5 tấn/ha`: the areas, not the yields; rules/targets.yaml
        list_notes), as a note under a table's rows bounds its cells; None off such a line.  Blank
        lines (a page break the working copy blanked) and a name wrapped onto the next line
        (`Thành phố Buôn Ma` / `Thuột: 800 ha`) stay inside the run."""
        line = self.ctx.work.line_at(q.start)
        if line.start not in self._note_lines:
            self._note_lines[line.start] = self._note_under(line)
        note = self._note_lines[line.start]
        if note is None:
            return None
        return next((rule.get("comparator") for rule in _rules().group("list_notes")
                     if rule.get("unit_kind") in (None, q.unit_kind) and rule.search(self.text, note.start, note.end)),
                    None)

    def _row_label_bound(self, q: Quantity) -> str | None:
        """The comparator a table row's label sets for its figures by a bound in brackets closing its
        cell (`Thời gian chờ làm thủ tục (tối đa)<TAB>30 phút<TAB>20 phút` → lte; rules/targets.yaml
        row_label_bounds), else None.  Only the row's own line before `q`, with no other bracket
        between the bound and `q`: the figures after the label, not words in another cell."""
        line = self.ctx.work.line_at(q.start)
        for rule in _rules().group("row_label_bounds"):
            found = [m for m in rule.finditer(self.text, line.start, q.start)]
            if found and "(" not in self.text[found[-1].end():q.start]:
                return rule.get("comparator")
        return None

    def _note_under(self, line):
        """The first line under the run of `name: figure` lines that holds `line`, else None."""
        label = _rules().by_id("leadin.label_item")
        if not label.match(self.text, line.start, line.end):
            return None
        lines = self.ctx.work.lines
        i = self.ctx.work.line_index(line.start) + 1
        while i < len(lines) and lines[i].start < self.hi:
            said = self.text[lines[i].start:lines[i].end]
            wrapped = ":" not in said and not any(ch.isdigit() for ch in said) and i + 1 < len(lines) \
                and label.match(self.text, lines[i + 1].start, lines[i + 1].end)
            if said.strip() and not wrapped and not label.match(self.text, lines[i].start, lines[i].end):
                return lines[i]
            i += 1
        return None

    def _nearest_lead_in(self, q: Quantity, labels: bool = False):
        """The nearest line ending in a colon above the bullet of `q`, else None; with `labels`,
        also above a run of unmarked `name: figure` lines (rules/targets.yaml leadin.label_item)."""
        return next(self._lead_in_lines(self.ctx.work.line_at(q.start), labels), (None, False))[0]

    def _lead_in_lines(self, line, labels: bool = False):
        """The lines ending in a colon above the bullet `line`, nearest first, each with
        whether it is a bullet itself.  A bullet-lead-in of the same shape (marker and
        indent) as `line`, above the bullets of another shape that are its items, is
        `line`'s sibling, not its lead-in: `* Phấn đấu đến năm 2025:` / `  - …` / `* 100% cơ sở …`.
        With `labels`, a run of unmarked `name: figure` lines (`Đồn BP Tân Thanh: 04 vụ` under
        `* Phân bổ chỉ tiêu … cho các đơn vị (số vụ tối thiểu):`) are items as bullets are."""
        lines = self.ctx.work.lines
        bullet = _rules().by_id("leadin.bullet")
        colon = _rules().by_id("leadin.colon")
        own = bullet.match(self.text, line.start, line.end)
        if not own and labels:
            label = _rules().by_id("leadin.label_item")
            if label.match(self.text, line.start, line.end):
                i = self.ctx.work.line_index(line.start) - 1
                while i >= 0 and lines[i].start >= self.lo and label.match(self.text, lines[i].start, lines[i].end):
                    i -= 1
                if i >= 0 and lines[i].start >= self.lo and colon.search(self.text, lines[i].start, lines[i].end):
                    yield lines[i], bool(bullet.match(self.text, lines[i].start, lines[i].end))
            return
        if not own:
            return
        passed_items = False  # bullets of another shape between line and the lead-in
        i = self.ctx.work.line_index(line.start) - 1
        while i >= 0:
            ln = lines[i]
            if ln.start < self.lo:
                return
            is_bullet = bullet.match(self.text, ln.start, ln.end)
            same_shape = bool(is_bullet) and is_bullet.group() == own.group()
            if colon.search(self.text, ln.start, ln.end):
                if same_shape and passed_items:
                    return
                yield ln, bool(is_bullet)
                if not is_bullet:
                    return
            passed_items = passed_items or (bool(is_bullet) and not same_shape)
            if not self.text[ln.start:ln.end].strip() or is_bullet:
                i -= 1
                continue
            return

    def _minimum_after(self, q: Quantity) -> bool:
        """A unit rule marked `minimum_after` takes a trailing `trở lên` for its set
        minimum too (`từ 20 môn trở lên`); an age or a count of times does not."""
        return bool(_unit_rule(q.rule_id).get("minimum_after")) \
            and bool(_rules().by_id("comparator.trailing_gte").search(self.text, q.num_start, q.end))

    def _heading_code(self, q: Quantity, column: str) -> str | None:
        """The code a table cell takes from the heading over its table when its row and
        column name none (`3. Danh mục dự án nhà ở xã hội năm 2026` over a column
        `Chỉ tiêu hoàn thành năm 2026 (căn)`): only the nearest heading, and only when
        it names one indicator; else the table's title, when the cell's column names only
        when its figures are due (`column`, rules/targets.yaml generic_columns).  A unit line
        joined onto the heading (`(Đơn vị tính: người; tỷ lệ bao phủ BHYT tính trên dân số …)`)
        says how the figures count, not what they measure."""
        node = self.ctx.section_at(q.start)
        if node is None or not node.heading:
            return None
        note = _rules().by_id("boundary.unit_note").search(node.heading)
        heading = node.heading[:note.start()] if note else node.heading
        if code := _code(f"{heading} {q.unit or ''}", q.unit_kind, self.ctx):
            return code
        generic = _rules().by_id("indicator.generic_column").match(column or "")
        return self._title_code(q, node) if generic else None

    def _title_code(self, q: Quantity, node) -> str | None:
        """The code a table cell takes from its table's own title when the heading names none
        (`Bảng: Chỉ tiêu hoàn thành NƠXH năm 2026 …` under `2. Chỉ tiêu cụ thể của từng địa
        phương`): the nearest title line between the heading and the table's first row.  Only for
        a table of pipes or tabs: the header of a table aligned by spaces reads as a line of words,
        and its other columns' names are no title."""
        text, start = self.ctx.text, self.ctx.text.rfind("\n", 0, q.start) + 1
        end = text.find("\n", q.start)
        row = text[start:end if end >= 0 else len(text)]
        if "|" not in row and "\t" not in row:
            return None
        while start > node.start:
            above = text.rfind("\n", 0, start - 1) + 1
            if "|" not in text[above:start] and "\t" not in text[above:start]:
                break
            start = above
        for lo, hi in appendix._title_lines(self.ctx.working, start, 2):
            if lo <= node.start:
                break
            title = self.ctx.working[lo:hi]
            note = _rules().by_id("boundary.unit_note").search(title)  # (how the figures count: _heading_code)
            code = _code(f"{title[:note.start()] if note else title} {q.unit or ''}", q.unit_kind, self.ctx)
            if code:
                return code
        return None

    def _heading_year(self, pos: int) -> int | None:
        """The year of the nearest heading above that has one.  A number in its own
        heading's words takes only a year before it there, not one that closes an earlier
        clause (`…, hoàn thành trong tháng 9/2027;`): a year that opens a later
        clause is that clause's (`e) … thành lập mới khoảng 1.000 doanh nghiệp; đến năm
        2026, … đạt trên 8.500 doanh nghiệp` under `Chỉ tiêu cụ thể năm 2025`)."""
        node = self.ctx.section_at(pos)
        if node and node.start <= pos < self._heading_end(node):
            # (nor a year that closes an earlier clause of it: `b) … vào đầu năm học 2027 - 2028,
            # hoàn thành trong tháng 9/2027; … có ít nhất 01 trường học`)
            # (nor a baseline in a bracket closed before it: `(3) Số báo cáo … đạt ít nhất 2,5 … (năm
            # 2025: 1,62); 100% khoa, phòng có báo cáo` is no result of 2025; a bracket that only dates the
            # item still does, `a) Xã Tùng Lộc (năm 2024): … ít nhất 03 khu dân cư`)
            closing = _rules().by_id("boundary.clause_closing_time")
            years = [y for y in self._years_in(node.start, pos) if not closing.match(self.text, y[1], pos)
                     and not self._bracketed_baseline(y, node.start, pos)]
            if years:
                return years[-1][2]
            node = node.parent
        while node:
            year = self._node_year(node) or self._intro_year(node)
            if year:
                return year
            node = node.parent
        return None

    def _bracketed_baseline(self, year: tuple[int, int, int, bool], lo: int, pos: int) -> bool:
        """Does `year` stand in a bracket opened after `lo` and closed before `pos` that gives a figure
        of that year besides it (`(năm 2025: 1,62)`)?"""
        text = self.text
        opened, close = text.rfind("(", lo, year[0]), text.find(")", year[1], pos)
        return opened > text.rfind(")", lo, year[0]) and close >= 0 \
            and any(ch.isdigit() for ch in text[opened + 1:year[0]] + text[year[1]:close])

    def _intro_year(self, node) -> int | None:
        """The year of the lead-in that opens a section over its sub-headings (`III. CHỈ TIÊU
        PHẤN ĐẤU` / `Trong năm 2026, các cấp công đoàn phấn đấu đạt các chỉ tiêu sau:` /
        `1. Về chăm lo …`): it dates the goals of every item below, as a heading's year does."""
        if not node.children or node.children[0].start <= node.line_end:
            return None
        last = node.line_end + len(self.text[node.line_end:node.children[0].start].rstrip())
        sentence = self.sentence(max(node.line_end, last - 1))
        if sentence.start < node.line_end or not _rules().by_id("leadin.section_goals").search(self.text, sentence.start, last):
            return None
        # (only a year that opens the lead-in's sentence: `Trên cơ sở đó, UBND xã xác định các chỉ
        # tiêu, nội dung thi đua năm 2026 như sau:` names what it lists, it dates no item)
        years = [y for y in self._years_in(sentence.start, self.clause(sentence.start).end) if y[3]]
        return years[-1][2] if years else None

    def _caps_heading_year(self, pos: int) -> int | None:
        """The year of the nearest line of capitals above, when the section tree gave
        none: an unnumbered heading (`MỤC TIÊU, CHỈ TIÊU NĂM 2026` over `- 100% hộ …`)
        reaches to the next such line (`NHIỆM VỤ VÀ GIẢI PHÁP`) or Roman or part
        heading; a numbered one (`PHẦN II. MỤC TIÊU, CHỈ TIÊU NĂM 2026`, whether the
        tree holds it as a parent or a part break) to its section's end."""
        if self._caps_lines is None:
            self._caps_lines = self._find_caps_lines()
            self._top_starts = [n.start for n in self.ctx.sections if "roman" in n.ladder or "part" in n.ladder]
        i = bisect.bisect_right(self._caps_lines, (pos, 10 ** 9)) - 1
        if i < 0 or self._caps_lines[i][1] is None:
            return None
        start, year, end = self._caps_lines[i]
        if end is not None:
            return year if pos < end else None
        j = bisect.bisect_right(self._top_starts, start)  # the first Roman or part heading after it
        return year if j == len(self._top_starts) or self._top_starts[j] > pos else None

    def _find_caps_lines(self) -> list[tuple[int, int | None, int | None]]:
        """(start, year, its section's end or None) of each body line of capitals that
        opens a part: it follows a line that ends a sentence (or another such line), so
        the title block under the header (`KẾ HOẠCH` / `THU NGÂN SÁCH … NĂM 2026`) is none."""
        caps, ends = _rules().by_id("heading.caps_line"), _rules().by_id("boundary.line_end")
        year_line, note = _rules().by_id("heading.year_line"), _rules().by_id("heading.attached_note")
        nodes = {n.start: n.end for n in self.ctx.sections}
        out: list[tuple[int, int | None, int | None]] = []
        prev, prev_caps = None, False  # the last non-blank line, and whether it was such a line
        # (the line of capitals right over a table, `BIỂU CHỈ TIÊU TIÊM PHÒNG … NĂM 2024`, titles
        # that table: its year reaches no further than the table's last row)
        # index in `out` of such a line whose table is being read, whether it was, where it may end
        titled, table, after = None, False, None
        for ln in self.ctx.work.lines:
            line = self.text[ln.start:ln.end]
            if ln.end <= self.lo or not line.strip():
                continue
            if ln.start >= self.hi:
                break
            # a line with a small letter is none (a string test spares the engine most lines),
            # but for an appendix title's `(Kèm theo …)`, or a bare line of a year's goals
            end = ln.end
            if line.upper() != line and "(" in line:
                cut = note.search(self.text, ln.start, ln.end)
                end = cut.start() if cut else end
            follows = prev is not None and (prev_caps or ends.search(self.text, prev.start, prev.end) is not None)
            is_caps = follows and ((self.text[ln.start:end].upper() == self.text[ln.start:end]
                                    and caps.match(self.text, ln.start, end) is not None)
                                   or year_line.match(self.text, ln.start, ln.end) is not None)
            if titled is not None:
                if "\t" in self.ctx.text[ln.start:ln.end] or "|" in self.ctx.text[ln.start:ln.end]:
                    table, after = True, None
                elif table and after is None:  # (a cell's wrapped line, or the text after the table)
                    after = ln.start
                else:
                    out[titled] = (*out[titled][:2], after)
                    titled = None
            if is_caps:
                years = self._years_in(ln.start, end)
                out.append((ln.start, years[-1][2] if years else None, nodes.get(ln.start)))
                titled, table, after = (len(out) - 1 if nodes.get(ln.start) is None else None), False, None
            prev, prev_caps = ln, is_caps
        return out

    def _node_year(self, node) -> int | None:
        """The last year of a heading's own words, not the due day of its task that closes an
        earlier clause of them (`2- Các huyện ủy … xây dựng kế hoạch …, hoàn thành trước ngày
        29/02/2024; gửi về …` over `Các chi bộ đăng ký ít nhất 01 phần việc`): that is when the
        heading's task is due, not the year of the counts below (as in the heading's own words,
        _heading_year).  A day in brackets (`(Số liệu … tổng hợp đến ngày 25/12/2025; …)`) stays."""
        if node.start not in self._node_years:
            end = self._heading_end(node)
            text = self.text
            closing = _rules().by_id("boundary.clause_closing_time")
            due = _rules().by_id("boundary.heading_task_due")

            def task_due(y) -> bool:
                semicolon = text.find(";", y[1], end)
                return bool(closing.match(text, y[1], end) and semicolon >= 0 and _LETTER.search(text, semicolon, end)
                            and text.count("(", node.start, y[0]) <= text.count(")", node.start, y[0])
                            and due.search(text, max(node.start, y[0] - 40), y[1]))

            years = [y for y in self._years_in(node.start, end) if not task_due(y)]
            self._node_years[node.start] = years[-1][2] if years else None
        return self._node_years[node.start]

    def _heading_end(self, node) -> int:
        """Where a heading's own words end: at a line break of the document that the
        working copy joined, when the next line opens with a capital (the paragraph
        below, `2. Tổ chức các hoạt động …` / `Tổ chức ít nhất 03 hội nghị …, dự kiến
        vào tháng 9/2025`); a heading wrapped before its year (`… đến năm` / `2025`)
        stays whole.  A lettered task that runs on as a paragraph ends its heading at
        its first full stop: the date of a later sentence (`b) Triển khai … cho 100%
        lãnh đạo … . Văn phòng … báo cáo trước ngày 15/3/2026.`) is the task's
        deadline, not the year of its numbers."""
        end = node.line_end
        cut = self.ctx.text.find("\n", node.start, end)
        if cut >= 0 and self.ctx.text[cut + 1:cut + 2].isupper():
            end = cut
        # the words start past the marker, also one that is a word and a number (`Mục 2.`)
        marked = self.ctx.text.find(node.marker, node.start, end)
        words = node.start if marked < 0 else marked + len(node.marker)
        for stop in _rules().by_id("boundary.sentence").finditer(self.text, node.start, end):
            if _WORD_GAP.search(self.text, words, max(words, stop.start())):  # past the marker `2.1.`
                return stop.start()
        return end


_BULLETS = " \t\n-+•–*"
_LETTER = regex.compile(r"\p{L}")
_WORD_GAP = regex.compile(r"\S\s+\S")  # two words: a heading's text, not its marker alone
_HEADING_CLAUSE_END = regex.compile(r"[;:]|\.(?=\s)")


def _csv_cell_view(text: str, cell) -> str:
    """The text to read a cell's number in: for a cell of a comma-separated table, whose comma
    before it parts it from the cell on its left (`TDP Điện Biên 1,254,126,7,2`), the text with
    that comma read as a space, so that `7` is a cell's own figure and not the tail of the decimal
    `126,7` the number rules' look-behind would see; same length, so offsets hold."""
    if cell.start == 0 or text[cell.start - 1] != "," or not text[cell.start:cell.start + 1].isdigit():
        return text
    return f"{text[:cell.start - 1]} {text[cell.start:]}"


def _first_clause(heading: str) -> str:
    """A heading's first clause: what a results or goals heading is read from."""
    return _HEADING_CLAUSE_END.split(heading, 1)[0]
_TIGHT_PUNCT = regex.compile(r"\s+([,;:.])|\s*(/)\s*")


def _canonical(phrase: str) -> str:
    """Canonical spelling; canonical.name spaces out punctuation (`cấp,` → `cấp ,`), undone here."""
    return _TIGHT_PUNCT.sub(lambda m: m.group(1) or m.group(2), canonical.name(phrase))


@functools.cache
def _compiled(pattern: str) -> regex.Pattern:
    return regex.compile(pattern)


@functools.cache
def _denominator(written: str | None) -> str:
    if not written:
        return ""
    written = " ".join(written.split())
    for rule in _units().group("denominators"):
        if rule.search(written):
            return rule.get("unit")
    return f"{written} dân"


def _indicator_count(indicator: str, rule_id: str = "unit.indicator_count") -> tuple[str, str, str] | None:
    """(unit, kind, rule id) of a table row with no unit column whose name says what it
    counts (`Số trường THPT thí điểm …`): its values are counts of that noun."""
    rule = _units().by_id(rule_id)
    m = rule.match(indicator)
    return (canonical.spacing(m.group("noun")), rule.get("unit_kind"), rule.id) if m else None


def _names_both(opens: str, indicator: str, unit) -> bool:
    """Does a row's count (`Số cổng sạc xe máy điện, điểm đổi pin`, its name opening as `opens`
    says) name both words of its unit `cổng/điểm`?  Then the unit lists what it counts, not
    one thing per another."""
    words = indicator.lower().replace(",", " ").split()
    return _compiled(opens).match(indicator) is not None \
        and unit.group("a").lower() in words and unit.group("b").lower() in words


def _trim(phrase: str) -> str:
    phrase = " ".join(phrase.split())
    year = _rules().by_id("filler.year")
    phrase = year.pattern.sub(" ", phrase)
    for _ in range(6):
        before = phrase
        for rule_id in ("filler.trailing", "filler.leading"):
            phrase = _rules().by_id(rule_id).pattern.sub(" ", phrase).strip(" ,;:")
        if phrase == before:
            break
    return " ".join(phrase.split())


def _indicator(left: str, right: str, q: Quantity) -> tuple[str | None, bool]:
    """The measured phrase and whether it follows the number (`95% dân số tham gia …`)."""
    head = _rules().group("indicator_heads")[0]
    parts = left.split(",")
    for k in range(len(parts) - 1, -1, -1):
        m = head.search(parts[k])
        if m:
            phrase = _trim(",".join(parts[k:])[m.start():])
            if phrase:
                return phrase, False
    after = _trim(right)
    after = after if _LETTER.search(after) else ""
    if q.unit_kind in ("count", "rate", "money"):
        # `giải quyết việc làm mới cho trên 16.600 lao động`: the words before say what is counted
        noun = q.noun if q.unit_kind != "money" else ""
        after = _trim(f"{parts[-1]} {noun or ''} {after}")
    if _LETTER.search(after):
        return after, True
    # (a bracket alone names nothing: `… đạt 65% vào năm 2030 (năm 2027 đạt ít nhất 55%)`
    # measures what the quantity before it does)
    before = _trim(parts[-1]) if parts else ""
    return (before if _LETTER.search(before) else q.unit), False


def _code(measured: str, unit_kind: str, ctx: DocContext) -> str | None:
    """The one code whose rule matches; a rule with `issuer_levels` only in plans of
    those levels (a commune's households are rural ones), one with `issuer_names` only in
    plans whose issuer's name it matches (a ward's, at the same level, are urban), one with
    `plan_titles` only in plans whose subject line it matches (a new-rural-development
    plan's households are rural too)."""
    codes = {code for code, rule in _code_rules(unit_kind, ctx.issuer.level) if rule.search(measured)
             and (not rule.get("issuer_names") or _compiled(rule.get("issuer_names")).search(ctx.issuer.name or ""))
             and (not rule.get("plan_titles") or _compiled(rule.get("plan_titles")).search(ctx.title or ""))}
    return codes.pop() if len(codes) == 1 else None


@functools.cache
def _code_rules(unit_kind: str, issuer_level: str | None) -> tuple:
    """(code, rule) of the indicator rules that apply to a unit kind in a plan of an
    issuer level: read off the rule file once, not for every row."""
    return tuple((rule.get("code"), rule) for rule in _indicators()
                 if unit_kind in rule.get("unit_kind", [unit_kind])
                 and issuer_level in rule.get("issuer_levels", [issuer_level]))
