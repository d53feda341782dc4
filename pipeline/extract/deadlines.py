"""deadlines: when the work of a plan is due or happens (CONTRACT §2).

Every rule of rules/deadlines.yaml runs over the body (opening paragraph, sections;
not the title, whose time is the plan's period or occasion); rules earlier in the file win where two matches overlap, so a
`trước ngày 25/11 hàng năm` is one deadline and not also a `hàng năm`.  The date
text a rule captures is read by extract/dates.py.  Then, per row:
  * a date without a year repeats when its clause says so (`định kỳ hằng năm
    (trước ngày 15 tháng 12)` → yearly, no date), else it is in the plan's year (its
    period's one year: `Quý II` of a plan for 2026 issued in December 2025 is in 2026);
    a period followed by `hằng năm` (`trong tháng 11 hằng năm`) takes its rule's
    `every_kind`: the work recurs then;
    a day alone (`hằng tháng (trước ngày 20)`) is a row only when it repeats;
  * a year that belongs to a numeric target of the clause is not a deadline, nor
    a year before the plan's own (`Năm 2023, toàn tỉnh đã …` in a 2026 plan), nor
    any time of a section on how things stood (`I. TÌNH HÌNH DỊCH BỆNH NĂM 2025`),
    nor one in the title of a cited document (`…; Kế hoạch số 05-KH/TU … trong năm 2025;`),
    nor one in a cited document's policy after a colon (`chủ trương … tại Nghị quyết số
    72-NQ/TW: … mỗi năm một lần`);
  * `action` is the verb phrase the time belongs to, or the task heading for a
    `Thời gian thực hiện:` line.
Citation dates and the plan's own date line never match: every rule needs a
time word (trước, trong, Quý, định kỳ …), and the header is outside the body.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from pipeline import rules, schema
from pipeline.context import DocContext
from pipeline.extract import dates, numbers
from pipeline.segment.sections import section_kind, top_section, within_kind

# a clause ends at ; or a line break, or at a full stop followed by a space
_CLAUSE_END = regex.compile(r"[;\n]|\.(?=\s)")
_SPACES = regex.compile(r"\s+")
_COMMA = regex.compile(r",")
# where a clause of a list of cited documents ends: `;` or `,` + line break (the last one
# before `… ban hành Kế hoạch như sau:`); any other end closes a sentence of the plan
_CITATION_END = regex.compile(r";|,[ \t]*\n|[.:](?=\s)|\n[ \t]*\n")
CITATION_MAX_CHARS = 400
QUOTE_MAX_CHARS = 300
# quote marks: a straight `"` opens after a space or a bracket and closes before one
_OPEN_QUOTE = regex.compile(r'“|(?<=^|[\s(])"(?=\S)')
_CLOSE_QUOTE = regex.compile(r'”|(?<=\S)"(?=$|[\s,.;:)])')
ACTION_MAX_WORDS = 10
# a space-aligned table's cells: words parted by single spaces, cells by two or more
_SPACED_GAP = regex.compile(r"(?:^|\S)[ ]{2,}(?=\S)")
_SPACED_CELL = regex.compile(r"\S+(?:[ ]\S+)*")


@dataclass(frozen=True)
class _Match:
    priority: int
    start: int
    end: int
    rule: rules.Rule
    groups: dict


def _rules() -> rules.RuleFile:
    return rules.load("deadlines")


def _clause(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """Bounds of the clause around [start, end): after the last clause end in [lo, start),
    up to the first in [end, hi)."""
    offsets, dots = _clause_ends(text)
    # a full stop counts only when the space after it is inside the range looked at
    i = bisect.bisect_left(offsets, start)
    left = lo
    while i > 0 and offsets[i - 1] >= lo:
        i -= 1
        if not (dots[i] and offsets[i] + 1 >= start):
            left = offsets[i] + 1
            break
    j = bisect.bisect_left(offsets, end)
    while j < len(offsets) and offsets[j] < hi:
        if not (dots[j] and offsets[j] + 1 >= hi):
            return left, offsets[j]
        j += 1
    return left, hi


_ends_cache: tuple = (None, None)


def _clause_ends(text: str) -> tuple[list[int], list[bool]]:
    """Offsets of the one-character matches of _CLAUSE_END in `text` (and which are full
    stops), found once per text instead of once per deadline."""
    global _ends_cache
    cached_text, ends = _ends_cache
    if cached_text is not text:
        found = [(m.start(), m.group() == ".") for m in _CLAUSE_END.finditer(text)]
        ends = ([at for at, _ in found], [dot for _, dot in found])
        _ends_cache = (text, ends)
    return ends


def _sets_target(text: str, start: int, end: int, lo: int, hi: int, check: bool | str = True) -> bool:
    """Does the clause of the time set a numeric target?  A year that opens a sentence
    (`check == "sentence"`) covers its clauses after `;` too, so any of them may set it: `- Năm
    2024, toàn huyện đón 120.000 lượt khách; trong đó khách lưu trú đạt khoảng 30.000
    lượt`.  A time that is a whole heading (`a) Đến hết năm 2025` over `- Tỷ lệ … đạt
    70%`) gives the year of the items below it: then the first line under it is asked;
    `check == "heading"` asks only that (a day's span keeps its targets' clause); the list's
    later items are asked too, so a first item without a number does not hide the targets;
    `check == "closing"`: a time that closes its clause is the work's when the clause's
    targets are all bare counts of work (`tổ chức ít nhất 02 lớp tập huấn … trong năm 2024`),
    and (for a plain check too) only the part after an earlier year of its clause is asked when
    that part has no number (the earlier year is its targets');
    `check == "part"`: only the comma-separated part the time closes is asked when the parts
    before it already gave their target a year (`thí điểm tại ít nhất 05 tỉnh từ năm 2027, áp
    dụng chính thức từ năm 2029.`: the later start is the work's; `100% cơ quan, đơn vị, chợ
    thực hiện … ngay từ năm 2026.` keeps the target's year)."""
    target = _rules().by_id("deadline.target_clause")
    sentence = check == "sentence"
    left, right = _clause(text, start, end, lo, hi)
    if check == "part":  # (only when the parts before already gave their target a year)
        comma = text.rfind(",", left, start)
        if comma >= 0 and _rules().by_id("deadline.part_year").search(text, left, comma):
            left = comma + 1
    elif check in ("closing", True):
        # (a target before an earlier year of the clause is that year's: `… với 100% trung tâm y tế
        # khu vực trong năm 2026 và với các trạm y tế vùng khó khăn trong năm 2027` — 2027 is the
        # work's; a part with a number of its own may carry the target on, `đạt 92% trong năm 2026
        # và không quá 01 ngày … trong năm 2027`, and keeps the whole clause; so for a year's end:
        # `tối thiểu 40 tin, bài trong Quý I/2024 và duy trì chuyên mục hằng tuần đến hết năm 2024`)
        earlier = [m.end() for m in _rules().by_id("deadline.part_year").finditer(text, left, start)]
        if earlier and not any(ch.isdigit() for ch in text[earlier[-1]:start]):
            left = earlier[-1]
    if check != "heading" and target.search(text, left, right):
        if not (check == "closing" and _only_work_counts(text, end, left, right)):
            return True
    while sentence and right < hi and text[right] == ";":
        left, right = _clause(text, right + 1, right + 1, lo, hi)
        if target.search(text, left, right):
            return True
    heading = _rules().by_id("deadline.heading_time")
    line_start = text.rfind("\n", lo, start) + 1
    line_end = text.find("\n", end, hi)
    if line_end < 0 or not heading.pattern.fullmatch(text, line_start, line_end):
        return False
    # (each item of the list under it is asked, not only the first: `b) Từ ngày 01/7/2026` /
    # `- Không có xe mô tô … lưu thông …;` / `- 100% xe buýt … là xe buýt điện;`)
    item = _rules().by_id("deadline.heading_list_item")
    nxt, first = line_end, True
    while True:
        while nxt < hi and text[nxt] in " \t\n":
            nxt += 1
        if nxt >= hi:
            return False
        left, right = _clause(text, nxt, nxt, lo, hi)
        nxt = text.find("\n", right, hi)
        if target.search(text, left, right if first or nxt < 0 else nxt):  # (a later item: its whole line)
            return True
        if nxt < 0 or not item.match(text, nxt, hi):
            return False
        first = False


def _only_work_counts(text: str, end: int, left: int, right: int) -> bool:
    """Does the time ending at `end` close the clause [left, right), every target of which
    is a bare minimum count of work (deadline.work_count)?"""
    if text[end:right].strip(" \t\n.,"):
        return False
    count = _rules().by_id("deadline.work_count")
    found = list(_rules().by_id("deadline.target_clause").finditer(text, left, right))
    return bool(found) and all(count.match(text, m.start(), right) for m in found)


def _candidates(ctx: DocContext) -> list[_Match]:
    text, lo, hi = ctx.working, ctx.preamble_start, ctx.read_end
    found = []
    # a time in the subject line (`… các ngày kỷ niệm trong năm 2026`, `Khắc phục hậu quả đợt mưa lũ
    # từ ngày 13/11 đến ngày 16/11/2025`) names the plan's period or occasion, nothing due by then
    first = max(lo, min(ctx.title_end, ctx.body_start))
    for priority, rule in enumerate(_rules().rules):
        for m in rule.finditer(text, first, hi):
            if m.end() <= m.start():
                continue
            check = rule.get("target_check")
            if check and _sets_target(text, m.start(), m.end(), lo, hi, check):
                continue
            if rule.get("dated_column") and not _in_dated_column(text, m.start(), original=ctx.text,
                                                                 whole_table=rule.get("dated_column") == "table"):
                continue
            if rule.get("month_column") and not _in_dated_column(text, m.start(), rule_id="deadline.month_cell"):
                continue
            if rule.get("frequency_column") and not _in_frequency_column(ctx.text, m.start()):
                continue
            if rule.get("own_line") and not _alone_on_line(ctx.text, m.start(), m.end()):
                continue
            if rule.get("weekday_above") and not _under_weekday_cell(ctx.text, m.start()):
                continue
            if rule.get("wrapped_due_tail") and not _after_wrapped_due_word(ctx.text, m.start(), m.end()):
                continue
            found.append(_Match(priority, m.start(), m.end(), rule, m.groupdict()))
    kept: list[_Match] = []
    for cand in sorted(found, key=lambda c: (c.priority, c.start, -c.end)):
        if all(cand.end <= k.start or k.end <= cand.start for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: (c.start, c.end, c.rule.id))


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Is text[start:end] the whole of its line in documents.text?  A table come out one cell
    per line puts its time cell on a line of its own, which the working copy may have joined
    to the lines around it (`Công an tỉnh` / `30 - 31/5/2026` / `7`)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end:len(text) if line_end < 0 else line_end].strip()


def _under_weekday_cell(text: str, start: int) -> bool:
    """Does text[start:] open its line of documents.text, under a line that opens with a
    weekday (deadline.weekday_cell_above)?  A space-aligned schedule's time cell wrapped
    over two lines (`Thứ Ba,` / `ngày 12/5/2026`), which the working copy has joined."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text[line_start:start].strip():
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    return _rules().by_id("deadline.weekday_cell_above").match(text, above, line_start) is not None


def _column_cells(text: str, line_start: int, column: int, step: int, reach: int,
                  sep: str = "\t") -> Iterator[tuple[str, tuple[int, str] | None]]:
    """The lines above (step -1) or below (step 1) the line at `line_start`, at most `reach`:
    each line's text and its cell in `column` of the cells `sep` parts (a tab, or a pipe),
    where it starts and what it says (None where the line has fewer cells)."""
    start = line_start
    for _ in range(reach):
        if step < 0:
            if start == 0:
                return
            start = text.rfind("\n", 0, start - 1) + 1
        else:
            nxt = text.find("\n", start)
            if nxt < 0:
                return
            start = nxt + 1
        end = text.find("\n", start)
        line = text[start:len(text) if end < 0 else end]
        cells = line.split(sep)
        yield line, (start + sum(len(c) + 1 for c in cells[:column]), cells[column]) if len(cells) > column else None


def _in_dated_column(text: str, pos: int, reach: int = 4, rule_id: str = "deadline.dated_cell",
                     original: str | None = None, whole_table: bool = False) -> bool:
    """Is the tab cell at `pos` in a column whose other rows write whole dates?  A schedule
    that leaves the year off some rows (`15/3` under `18/01/2026`, `15/02/2026`) keeps one
    calendar; a column of fractions (`5/9`, `9/9`) has no whole date in it.  With
    `deadline.month_cell`: a column of months (`01/2027` over `02/2027`) is a schedule by month.
    With `whole_table`, the cell may also be between the pipes of `original` (documents.text: the
    working copy blanks them), and every row of its table is asked, up to the first line without
    the row's separator: a weekly timetable writes the year in its first row only."""
    dated = _rules().by_id(rule_id)
    sep = "\t"
    line_start = text.rfind("\n", 0, pos) + 1
    if whole_table and original is not None and "\t" not in original[line_start:pos] and "|" in original[line_start:pos]:
        text, sep = original, "|"
    column = text.count(sep, line_start, pos)
    if whole_table and not column:
        return False
    for step in (-1, 1):
        for line, cell in _column_cells(text, line_start, column, step, 40 if whole_table else reach, sep):
            if whole_table and sep not in line:
                break
            if cell is not None and dated.match(text, cell[0], cell[0] + len(cell[1])):
                return True
    return False


def _in_frequency_column(text: str, pos: int, reach: int = 40) -> bool:
    """Is the cell at `pos` (between tabs, or pipes) under a column named for how often its rows'
    work comes back (`Tần suất`, `Chu kỳ kiểm tra`; rules/appendix.yaml appendix.col.frequency,
    appendix.indicator_col.frequency) or when it is done (`Thời gian`, appendix.col.time)?  The
    walk up the column stops at a line without the row's separator, such as the heading over the
    table."""
    named = [rules.load("appendix").by_id(rule_id) for rule_id in (
        "appendix.col.frequency", "appendix.indicator_col.frequency", "appendix.col.time")]
    line_start = text.rfind("\n", 0, pos) + 1
    sep = "\t" if "\t" in text[line_start:pos] else "|"
    column = text.count(sep, line_start, pos)
    if not column:
        return False
    for line, cell in _column_cells(text, line_start, column, -1, reach, sep):
        if sep not in line:
            return False
        if cell is not None and any(rule.match(cell[1].strip()) for rule in named):
            return True
    return False


def _in_due_column(text: str, start: int, end: int, reach: int = 40) -> bool:
    """Is the tab cell text[start:end], one day alone (`30/6/2026`), in a column named for
    when the work must be done (`Thời hạn hoàn thành di dời`)?  Then it is a day to be done
    by, as `trước 31/5/2026` in the rows beside it, and as a task table's reads it
    (rules/appendix.yaml appendix.time.due_column)."""
    due_date = rules.load("appendix").by_id("appendix.time.due_date")
    named = rules.load("appendix").by_id("appendix.time.due_column")
    line_start = text.rfind("\n", 0, start) + 1
    if not due_date.match(text[start:end]) or "\t" not in text[line_start:start]:
        return False
    column = text.count("\t", line_start, start)
    for line, cell in _column_cells(text, line_start, column, -1, reach):
        if cell is not None and named.match(cell[1]):
            return True
        if "\t" not in line:
            return False
    return False


def _in_spaced_due_column(text: str, working: str, start: int, end: int, reach: int = 40) -> bool:
    """The same for a table typed with spaces (or a PDF's text layer): the cell is read in
    the original text, whose lines the working copy has joined (the day in the working copy,
    where a misread digit is mended: `1O/12/2025`), and a line above names its
    column where a cell of it overlaps the day's characters (`STT  Nội dung …  Thời hạn
    …` over `1    Thành lập …    30/11/2025    UBND xã`).  The walk stops at a line of
    prose (no cell parted by two spaces), such as the heading over the table."""
    due_date = rules.load("appendix").by_id("appendix.time.due_date")
    named = rules.load("appendix").by_id("appendix.time.due_column")
    line_start = text.rfind("\n", 0, start) + 1
    if not due_date.match(working[start:end]) or not text[line_start:start].endswith("  "):
        return False
    left, right = start - line_start, end - line_start
    for line, _ in _column_cells(text, line_start, 0, -1, reach):
        if not _SPACED_GAP.search(line):
            return False
        for cell in _SPACED_CELL.finditer(line):
            if cell.start() < right and left < cell.end() and named.match(cell.group()):
                return True
    return False


def _under_due_word(text: str, working: str, start: int, end: int) -> bool:
    """Is the day text[start:end], alone in a cell of a space-aligned table, the second line of
    a time cell whose first line is a deadline word (`Trước ngày` / `30/6/2027`;
    deadline.wrapped_due_word)?  The cell of the line above that overlaps the day's characters
    is read in documents.text, whose lines the working copy has joined."""
    due_date = rules.load("appendix").by_id("appendix.time.due_date")
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or not due_date.match(working[start:end]) \
            or not (text[line_start:start].endswith("  ") or not text[line_start:start].strip()):
        return False
    word = _rules().by_id("deadline.wrapped_due_word")
    return any(word.match(cell) for cell in _cells_above(text, line_start, start, end))


def _after_wrapped_due_word(text: str, start: int, end: int) -> bool:
    """Does the day text[start:end] open its line of documents.text, under a cell of a
    space-aligned table that ends on a deadline word (`… sơ kết năm 2026 (trước` / `ngày
    15/12/2026)`; deadline.wrapped_due_tail)?  The cell of the line above that overlaps the
    day's characters is read in documents.text, whose lines the working copy has joined."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text[line_start:start].strip():
        return False
    if not _SPACED_GAP.search(text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]):
        return False
    tail = _rules().by_id("deadline.wrapped_due_tail")
    return any(tail.search(cell) for cell in _cells_above(text, line_start, start, end))


def _cells_above(text: str, line_start: int, start: int, end: int) -> list[str]:
    """The cells of the space-aligned line above text[start:end]'s line (which opens at
    line_start) that overlap its characters' columns."""
    left, right = start - line_start, end - line_start
    above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
    return [cell.group() for cell in _SPACED_CELL.finditer(above) if cell.start() < right and left < cell.end()]


def _parts(match: _Match) -> dates.DateParts | None:
    # (a span's first day alone, `từ ngày 08/9/2025`, is read as its date)
    when, year = match.groups.get("when") or match.groups.get("from"), match.groups.get("year")
    if match.groups.get("until"):
        return _span_parts(match)
    if when:
        # (a month whose year the month joined to it writes, `trong tháng 11 và tháng 12/2026`, is
        # in that year, not the plan's: a call-up plan for 2027 does its work in 2026)
        parts = dates.read(when)
        return parts if parts is None or parts.year is not None or not year else dataclasses.replace(parts, year=int(year))
    if year:
        return dates.DateParts(rule_id=match.rule.id, year=int(year))
    return None


def _lunar_parts(match: _Match, plan_year: int | None) -> dates.DateParts | None:
    """A lunar day written without its solar day (rules with `lunar`, or a `lunar_year`
    group): no day nor month of the solar calendar, only the year its lunar name gives
    (`trước ngày 10 tháng Giêng năm Bính Ngọ` → 2026); a lunar span, or a day with no
    lunar name, has no parts, so that it never takes the plan's year."""
    if match.groups.get("year"):
        return _parts(match)
    name = match.groups.get("lunar_year")
    if match.rule.get("lunar") == "span" or not name:
        return None
    month = match.groups.get("lunar_month")
    year = dates.lunar_year(name, month, plan_year)
    return dates.DateParts(rule_id=match.rule.id, year=year) if year else None


def _span_parts(match: _Match) -> dates.DateParts | None:
    return dates.span(dates.read(match.groups["from"]), dates.read(match.groups["until"]), match.rule.id)


def _recurrence(ctx: DocContext, match: _Match, parts: dates.DateParts | None) -> str | None:
    """From the words next to the time, else (a date without a year) from its clause."""
    every = match.groups.get("every") or match.groups.get("every_after")
    if every:
        return dates.recurrence(every)
    # (the whole of the plan's year, `Cả năm`, is one year: rule `one_year`)
    if match.rule.get("kind") != "recurring" and not match.rule.get("one_year") and parts and parts.year is None:
        # (`trước ngày 10 tháng 6 và trước ngày 10 tháng 12 hằng năm`: the pair's repetition)
        shared = _rules().by_id("deadline.shared_every").match(ctx.working, match.end, ctx.read_end)
        if shared:
            return dates.recurrence(shared.group("every"))
        # (`trước ngày 10/7 và trước ngày 10/01 năm sau`: the half year's report, then the year's)
        pair = _rules().by_id("deadline.pair_next_year")
        if pair.match(ctx.working, match.end, ctx.read_end):
            return pair.get("recurrence")
        left, right = _clause(ctx.working, match.start, match.end, ctx.preamble_start, ctx.read_end)
        respective = _respective_recurrence(ctx.working[left:right], match.start - left)
        if respective:
            return respective
        near = dates.recurrence_near(ctx.working[left:right], match.start - left)
        # (a day with its month comes once a year at most: the clause's `hằng tháng` is another
        # time's, `hằng tháng (trước ngày 10 hằng tháng) và số liệu 6 tháng đầu năm trước ngày 15/7`)
        return None if near == "monthly" and parts.month is not None else near
    return None


def _respective_recurrence(text: str, at: int) -> str | None:
    """The repetition of the day at `at` when a list of periods gives its days, in the same
    order, in brackets right after it (`Định kỳ 6 tháng, năm (trước ngày 10/6 và trước ngày
    10/12)`: the first day is the half year's, the second the year's); None unless the
    periods are as many as the days."""
    opened = text.rfind("(", 0, at)
    closed = text.find(")", at)
    if opened < 0 or closed < 0 or ")" in text[opened:at]:
        return None
    found = sorted((m.start(), m.end(), rule.get("recurrence"))
                   for rule in rules.load("dates").group("recurrences") for m in rule.finditer(text, 0, opened))
    gap = _rules().by_id("deadline.period_list_gap")
    listed: list[str] = []
    end = opened
    for start, stop, every in reversed(found):  # (the list runs back from the bracket, `,` / `và` between)
        if stop > end:
            continue  # (another rule's reading of a period already listed)
        if not gap.match(text, stop, end):
            break
        listed.insert(0, every)
        end = start
    days = [m.start() for m in _rules().by_id("deadline.bracketed_day").finditer(text, opened, closed)]
    if len(listed) < 2 or len(listed) != len(days):
        return None
    return listed[sum(1 for d in days if d < at)] if any(d >= at for d in days) else None


def _phrase(text: str, start: int, limit: int) -> str:
    stop = _rules().by_id("deadline.action_stop").search(text, start, limit)
    end = stop.start() if stop else limit
    words = _SPACES.sub(" ", text[start:end]).strip(" ,").split(" ")
    return " ".join(words[:ACTION_MAX_WORDS])


def _action_from_text(ctx: DocContext, match: _Match) -> str | None:
    """The verb phrase the time belongs to.

    A time followed by a verb opens its phrase (`định kỳ báo cáo …`, `đến hết năm
    2023 hoàn thành …`); otherwise it closes the phrase before it (`báo cáo kết quả
    thực hiện về … trước ngày …`), and a clause that opens with the time takes the
    phrase after it (`Trong năm 2021, giải quyết …`).
    """
    text = ctx.working
    left, right = _clause(text, match.start, match.end, ctx.preamble_start, ctx.read_end)
    verb = _rules().by_id("deadline.action_verb")
    after = verb.search(text, match.end, right)
    opens = after is not None and not text[match.end:after.start()].strip()
    before = None if opens else _verb_before(text, left, match.start)
    if before is not None:
        return _phrase(text, before, match.start) or None
    if after is not None:
        return _phrase(text, after.start(), right) or None
    return None


def _verb_before(text: str, left: int, start: int) -> int | None:
    """Where the verb phrase a closing time belongs to begins.

    The comma-separated part the time stands in, when it holds a verb; the part
    before, when that verb only sends the work on (`…, gửi Sở Y tế trước ngày …`);
    the clause's first verb when the time stands alone (`…, hoàn thành trước …`).
    """
    verb = _rules().by_id("deadline.action_verb")
    transfer = _rules().by_id("deadline.action_transfer")
    cuts = [left] + [m.end() for m in _COMMA.finditer(text, left, start)]
    own = verb.search(text, cuts[-1], start)
    if own is None:
        first = verb.search(text, left, start)
        return first.start() if first else None
    if not transfer.match(text, own.start()):
        return own.start()
    for part_start, part_end in zip(reversed(cuts[:-1]), reversed(cuts[1:]), strict=True):
        found = verb.search(text, part_start, part_end)
        if found and not transfer.match(text, found.start()):
            return found.start()
    return own.start()


def _after_time_label(ctx: DocContext, match: _Match) -> bool:
    line = ctx.work.line_at(match.start)
    return bool(_rules().by_id("deadline.time_label").search(ctx.working[line.start:match.start]))


def _action_from_heading(ctx: DocContext, match: _Match) -> str | None:
    """`Thời gian thực hiện: Cả năm` under a task: the task's heading is what is due."""
    node = ctx.section_at(match.start)
    if node is not None and node.start <= match.start < node.line_end:
        node = node.parent
    if node is None:
        return None
    words = _SPACES.sub(" ", node.heading).strip(" .:;").split(" ")
    return " ".join(words[:ACTION_MAX_WORDS]) or None


def _is_history(ctx: DocContext, parts: dates.DateParts | None, match: _Match | None = None) -> bool:
    """A year printed before the plan's own year tells what was done, not what is due; so
    does a span over years that ended before it (`sinh từ năm 2006 đến năm 2008` in a plan of
    2019), which has no one year of its own.  Not the start cell of a schedule row whose end
    cell is in the plan's years (_starts_running_row)."""
    year = ctx.issuer.issued_year
    if parts is None and match is not None and match.groups.get("until"):
        parts = dates.read(match.groups["until"])
    if not (parts and parts.year and year and parts.year < year):
        return False
    return match is None or not _starts_running_row(ctx, parts, match, year)


def _starts_running_row(ctx: DocContext, parts: dates.DateParts, match: _Match, year: int) -> bool:
    """Is this quarter or month a table cell that the row's next cell follows with a quarter or
    month of the plan's years (`Quý IV/2025   Quý III/2026` under `Khởi công | Hoàn thành` in a
    plan of January 2026)?  The pair is the start and end of work still running, not history
    (deadline.running_row_end)."""
    if parts.day is not None or (parts.month is None and parts.quarter is None):
        return False
    end = _rules().by_id("deadline.running_row_end").match(ctx.working, match.end)
    later = dates.read(end.group("when")) if end else None
    return bool(later and later.year and later.year >= year)


def _shared_year(ctx: DocContext, match: _Match, parts: dates.DateParts) -> dates.DateParts:
    """A yearless day before a dated one it is paired with (`trước ngày 15/6 và 15/11/2026`)
    is of that year (deadline.shared_year)."""
    shared = _rules().by_id("deadline.shared_year").match(ctx.working, match.end, ctx.read_end)
    return dataclasses.replace(parts, year=int(shared.group("year"))) if shared and parts.month else parts


def _carried_year(last: tuple | None, section_id: str | None, parts: dates.DateParts,
                 plan_year: int | None) -> int | None:
    """In a month-by-month schedule that crosses into the next year (`Tháng 12:`, `Tháng
    01/2027:`, `Tháng 02:` … in a school year's plan), a yearless month after a month written
    with a later year than the plan's goes on in that year. `last` is the previous time's
    (section, written year, month); it counts in the same section, when its month is not
    after this one."""
    if last is None or parts.month is None or plan_year is None:
        return None
    section, year, month = last
    if section != section_id or year is None or month is None or year <= plan_year or month > parts.month:
        return None
    return year


def _in_footnote(text: str, start: int) -> bool:
    """On a footnote's line (deadline.footnote): a source's date, nothing due."""
    return _rules().by_id("deadline.footnote").match(text, text.rfind("\n", 0, start) + 1) is not None


def _in_cited_title(text: str, start: int, end: int, lo: int) -> bool:
    """In a clause of a list of cited documents (`…; Kế hoạch số 05-KH/TU … của Bộ Chính
    trị trong năm 2025;`): the time is part of the cited title, nothing is due."""
    left = max(text.rfind(";", lo, start), text.rfind("\n\n", lo, start), lo - 1) + 1
    if start - left > CITATION_MAX_CHARS or not _rules().by_id("deadline.cited_title").match(text, left, start):
        return False
    close = _CITATION_END.search(text, end, end + CITATION_MAX_CHARS)
    return close is not None and close.group()[0] in ";,"


def _in_quoted_citation(text: str, start: int, end: int) -> bool:
    """Inside words quoted from a cited document (`chủ trương "từ năm 2026, người dân được
    khám … ít nhất mỗi năm một lần" theo Nghị quyết số 72-NQ/TW`): the time is that
    document's, nothing of this plan is due.  The nearest quote mark before the time opens a
    quote, the nearest after it closes one, and a citation follows (deadline.quoted_citation)."""
    lo = max(0, start - QUOTE_MAX_CHARS)
    before = text.rfind("\n\n", lo, start)
    opens = list(_OPEN_QUOTE.finditer(text, before + 1 if before >= 0 else lo, start))
    close = _CLOSE_QUOTE.search(text, end, end + QUOTE_MAX_CHARS)
    if not opens or close is None or "\n\n" in text[end:close.start()]:
        return False
    if any(_CLOSE_QUOTE.match(text, at) for at in range(opens[-1].end(), start) if text[at] in '"”'):
        return False  # (the quote before the time closed again before it)
    return bool(_rules().by_id("deadline.quoted_citation").match(text, close.end()))


def _in_cited_policy(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """In the words of a cited document's policy, written after a colon (`- Cụ thể hóa chủ
    trương của Bộ Chính trị tại Nghị quyết số 72-NQ/TW: từ năm 2026 người dân được khám …
    mỗi năm một lần, …`): the time is that document's, as in a quote of it (deadline.cited_policy
    matches from the clause's start to the colon before the time)."""
    left, _ = _clause(text, start, end, lo, hi)
    found = _rules().by_id("deadline.cited_policy").match(text, left, start)
    return found is not None


def _in_review(ctx: DocContext, pos: int, seen: dict) -> bool:
    """Under a plan-level section that tells how things stood (`I. TÌNH HÌNH DỊCH BỆNH
    NĂM 2025`): its times are when things happened, except under an objectives heading
    within it (`II. TÌNH HÌNH VÀ MỤC TIÊU` › `3. Mục tiêu cụ thể năm 2026`: due dates) or
    one that turns to the work ahead (`III. THỰC TRẠNG VÀ PHƯƠNG ÁN XỬ LÝ` › `2. Phương án
    xử lý đợt 1`, deadline.forward_heading), or on a numbered round of a forecast (`2. Dự báo
    các đợt triều cường đỉnh` › `+ Đợt 1: … (từ ngày 24/9 đến ngày 30/9/2026)`: the spans the
    plan's duty keeps, _forecast_round).  `seen` keeps the answer per section."""
    node = ctx.section_at(pos)
    top = top_section(node)
    if top is None:
        return False
    if id(top) not in seen:
        seen[id(top)] = bool(_rules().by_id("deadline.review_heading").search(top.heading))
    if not seen[id(top)]:
        return False
    section = node
    while node is not None and node is not top:
        key = ("objectives", id(node))
        if key not in seen:
            seen[key] = (section_kind(node.heading)[0] == "objectives"
                         or bool(_rules().by_id("deadline.forward_heading").search(node.heading)))
        if seen[key]:
            return False
        node = node.parent
    return not _forecast_round(ctx.working, pos, section, top)


def _forecast_round(text: str, pos: int, section, top) -> bool:
    """Is `pos` on a numbered round (deadline.forecast_round) under a forecast heading
    (deadline.forecast_heading, from `section` up to `top`)?"""
    if not _rules().by_id("deadline.forecast_round").match(text, text.rfind("\n", 0, pos) + 1):
        return False
    forecast = _rules().by_id("deadline.forecast_heading")
    node = section
    while node is not None:
        if forecast.search(node.heading):
            return True
        if node is top:
            return False
        node = node.parent
    return False


def _in_roadmap(ctx: DocContext, pos: int) -> bool:
    """Under a heading inside the objectives that lays out a roadmap (`III. MỤC TIÊU` › `c) Lộ
    trình theo năm` / `• Năm 2030: rà soát, hoàn thiện các chỉ tiêu; tổng kết giai đoạn.`,
    rules/deadlines.yaml deadline.roadmap_heading)?  A year that opens a step there is the time of
    the step's work, not the goals' horizon (a step over targets is still the targets' year)."""
    node = ctx.section_at(pos)
    roadmap = _rules().by_id("deadline.roadmap_heading")
    while node is not None and section_kind(node.heading)[0] != "objectives":
        if roadmap.search(node.heading):
            return True
        node = node.parent
    return False


def _unechoed(ctx: DocContext) -> DocContext:
    """The context with a number's echo in words blanked (`chậm nhất 05 (năm) ngày làm việc`
    reads as `chậm nhất 05 ngày làm việc`; numbers.without_echoes); offsets unchanged."""
    text = numbers.without_echoes(ctx.working)
    if text == ctx.working:
        return ctx
    return dataclasses.replace(ctx, work=dataclasses.replace(ctx.work, text=text))


def extract(ctx: DocContext) -> dict:
    """{"deadlines": rows}: every time expression of the body that says when work is due."""
    ctx = _unechoed(ctx)
    rows = []
    reviews: dict[int, bool] = {}
    last = None  # (section, year, month) of the last time whose year was written (_carried_year)
    for match in _candidates(ctx):
        if match.rule.get("lunar") or match.groups.get("lunar_year"):
            parts = _lunar_parts(match, ctx.issuer.own_year or ctx.issuer.issued_year)
        else:
            parts = _parts(match)
        if parts is not None and parts.year is None:
            parts = _shared_year(ctx, match, parts)
        if (_is_history(ctx, parts, match) or _in_review(ctx, match.start, reviews) or _in_footnote(ctx.working, match.start)
                or _in_cited_title(ctx.working, match.start, match.end, ctx.preamble_start)
                or _in_quoted_citation(ctx.working, match.start, match.end)
                or _in_cited_policy(ctx.working, match.start, match.end, ctx.preamble_start, ctx.read_end)
                or match.rule.get("objectives_horizon") and within_kind(ctx.section_at(match.start), "objectives")
                and not _in_roadmap(ctx, match.start)):
            continue
        recurrence = _recurrence(ctx, match, parts)
        if recurrence is None and match.rule.get("needs_recurrence"):
            continue
        written = (ctx.section_id_at(match.start), parts.year, parts.month) if parts and parts.year else None
        # (a day of every reporting period, `open_period`, comes back: no year of the plan's)
        if parts is not None and recurrence is None and not match.rule.get("open_period"):
            parts = parts.with_year(_carried_year(last, ctx.section_id_at(match.start), parts, ctx.issuer.own_year)
                                    or ctx.issuer.own_year)
        if _after_time_label(ctx, match):
            action = _action_from_heading(ctx, match)
        else:
            action = _action_from_text(ctx, match)
        kind = match.rule.get("kind")
        if match.rule.get("due_column") and (_in_due_column(ctx.working, match.start, match.end)
                                             or _in_spaced_due_column(ctx.text, ctx.working, match.start, match.end)
                                             or _under_due_word(ctx.text, ctx.working, match.start, match.end)):
            kind = "deadline"
        if match.groups.get("every_after"):  # a period of every year recurs
            kind = match.rule.get("every_kind", kind)
        rows.append(schema.Deadline(
            doc_id=ctx.doc_id,
            deadline_id=ctx.row_id("D", len(rows) + 1),
            section_id=ctx.section_id_at(match.start),
            text=ctx.text[match.start:match.end],
            start=match.start,
            end=match.end,
            kind=kind,
            date=parts.date if parts else None,
            year=parts.year if parts else None,
            month=parts.month if parts else None,
            day=parts.day if parts else None,
            recurrence=recurrence,
            action=action,
            rule_id=match.rule.id,
        ))
        last = written or last
    return {"deadlines": rows}
