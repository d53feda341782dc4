"""assignments and tasks: who must do what, with whom, by when (CONTRACT §2).

Agency mentions come from the gazetteer (normalise/agency_names.py), roles from
the cues around them (extract/roles.py).  A task is the unit of text an
assignment belongs to, the first that applies:
  * a numbered item whose fields are `Cơ quan thực hiện / phối hợp / Thời gian /
    Sản phẩm` (the item is the task);
  * the bullets a `Thực hiện:` line closes, since the previous one in its section;
  * the section under an agency heading (`2. Sở Y tế:` and its duties);
  * the sentence that names the doer, with the bullets it announces when it
    ends with a colon (`… thực hiện các nhiệm vụ sau:`).
Partners and report addressees join the task of their unit, and a partner that
`phối hợp`s after a lead on its line or in its bullets joins the lead's task; a
unit without a doer makes no task.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

from pipeline import rules, schema
from pipeline.context import DocContext
from pipeline.extract.roles import Role, assign, build_runs, clause_starts, line_body_start, round_brackets
from pipeline.normalise.agency_names import council_boards, find_mentions, issuer_head_uses, jurisdiction

DOER_ROLES = ("lead", "responsible", "focal_point", "advisor", "requested")


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    rule_id: str


def _roles():
    return rules.load("roles")


def extract(ctx: DocContext) -> dict:
    ctx = round_brackets(ctx)
    mentions = find_mentions(ctx.working, ctx.preamble_start, ctx.read_end, ctx.issuer.name)
    mentions = issuer_head_uses(ctx.working, ctx.preamble_start, ctx.read_end, mentions, ctx.issuer.name)
    mentions = council_boards(mentions, ctx.issuer.name)
    roles = assign(ctx, build_runs(ctx, mentions))
    headings = {role.line_start for role in roles if role.heading}
    units = [_unit(ctx, role, headings) for role in roles]
    unit_of = {role.mention.start: unit for role, unit in zip(roles, units, strict=True)}
    units = [unit_of.get(role.helps.start, unit) if role.helps else unit
             for role, unit in zip(roles, units, strict=True)]
    tasks, task_of_unit = _tasks(ctx, roles, units)
    assignments = []
    for n, (role, unit) in enumerate(zip(roles, units, strict=True), start=1):
        m = role.mention
        assignments.append(schema.Assignment(
            doc_id=ctx.doc_id, assignment_id=ctx.row_id("A", n), section_id=ctx.section_id_at(m.start),
            task_id=_task_for(m.start, unit, task_of_unit, tasks), text=ctx.text[m.start:m.end],
            start=m.start, end=m.end, agency=m.agency, agency_type=m.agency_type,
            jurisdiction=jurisdiction(m.tier, ctx.issuer, ctx.working[m.start:m.end]), role=role.role, rule_id=role.rule_id))
    return {"assignments": assignments, "tasks": tasks}


def _task_for(offset: int, unit: Unit, task_of_unit: dict, tasks: list[schema.Task]) -> str | None:
    """The task of the assignment's unit, else the narrowest task around it."""
    key = (unit.start, unit.end)
    if key in task_of_unit:
        return task_of_unit[key]
    around = [t for t in tasks if t.start <= offset < t.end]
    return min(around, key=lambda t: t.end - t.start).task_id if around else None


def _tasks(ctx: DocContext, roles: list[Role], units: list[Unit]):
    grouped: dict[tuple[int, int], list[Role]] = {}
    rule_of: dict[tuple[int, int], str] = {}
    for role, unit in zip(roles, units, strict=True):
        key = (unit.start, unit.end)
        grouped.setdefault(key, []).append(role)
        rule_of.setdefault(key, unit.rule_id)
    tasks: list[schema.Task] = []
    task_of_unit: dict[tuple[int, int], str] = {}
    for n, key in enumerate(sorted(k for k, rs in grouped.items() if any(r.role in DOER_ROLES for r in rs)), start=1):
        members = grouped[key]
        lead = _names(r for r in members if r.role == "lead") or _names(r for r in members if r.role in DOER_ROLES)
        start, end = key
        timeframe, product = _fields(ctx, start, end)
        task_id = ctx.row_id("T", n)
        task_of_unit[key] = task_id
        tasks.append(schema.Task(
            doc_id=ctx.doc_id, task_id=task_id, section_id=ctx.section_id_at(start), text=ctx.text[start:end],
            start=start, end=end, lead=lead, partners=_names(r for r in members if r.role == "partner"),
            timeframe=timeframe, product=product, rule_id=rule_of[key]))
    return tasks, task_of_unit


def _names(roles) -> list[str]:
    out: list[str] = []
    for role in roles:
        if role.mention.agency not in out:
            out.append(role.mention.agency)
    return out


def _fields(ctx: DocContext, start: int, end: int) -> tuple[str | None, str | None]:
    """`Thời gian thực hiện:` and `Sản phẩm:` of the unit, opening a line or a clause of
    one — also a clause of the line the unit starts inside (`b) Sở Tài chính chủ trì …;
    thời gian thực hiện: 2026 - 2028.`); else a due date said inline."""
    found: dict[str, str] = {}
    first = ctx.work.line_at(start)
    lines = _lines_from(ctx, start, end)
    for line in itertools.chain([first] if first.start < start else [], lines):
        for clause in clause_starts(ctx, line):
            if not start <= clause < end:
                continue
            body = ctx.working[clause:min(line.end, end)]
            for rule in _roles().group("fields"):
                m = rule.search(body)
                if m and rule.get("field") not in found:
                    found[rule.get("field")] = _field_value(m.group("value"))
    if "timeframe" not in found:
        for rule in _roles().group("timeframes"):
            m = rule.search(ctx.working, start, end)
            if m:
                found["timeframe"] = " ".join(m.group().split())
                break
    return found.get("timeframe"), found.get("product")


def _field_value(value: str) -> str:
    """A field's value without the `)` of the parenthesis it closes (`(…; thời gian: Quý II/2025).`)."""
    value = " ".join(value.split()).rstrip(" ,.;…")
    while value.endswith(")") and value.count(")") > value.count("("):
        value = value[:-1].rstrip(" ,.;…")
    return value


def _lines_from(ctx: DocContext, start: int, end: int):
    """The working lines that begin in [start, end)."""
    lines = ctx.work.lines
    i = bisect.bisect_left(lines, (start,))
    while i < len(lines) and lines[i].start < end:
        yield lines[i]
        i += 1


def _is_field_heading(heading: str) -> bool:
    return any(rule.search(heading) for key in ("labels", "fields") for rule in _roles().group(key))


def _unit(ctx: DocContext, role: Role, headings: set[int]) -> Unit:
    start = role.mention.start
    line = ctx.work.line_at(start)
    if role.label_rule:
        label = _roles().by_id(role.label_rule)
        node = ctx.section_at(start)
        if _in_parenthesis(ctx, line, start) and (node is None or node.start != line.start):
            # `- Rà soát … (Cơ quan chủ trì: X; …)`: the label closes its own bullet
            return _sentence(ctx, line, start, label.id)
        if label.get("unit") == "item":
            while node is not None and _is_field_heading(node.heading):
                node = node.parent
            if node is not None:
                return Unit(node.start, node.end, label.id)
        elif label.get("unit") == "block":
            return _block(ctx, line, label.id)
    node = ctx.section_at(start)
    if role.heading:
        if node is not None and node.start == line.start:
            return Unit(node.start, node.end, "heading.agency")
        return _line(ctx, line, "heading.agency_bullet")
    while node is not None:
        if node.start in headings:
            return Unit(node.start, node.end, "heading.agency")
        node = node.parent
    return _sentence(ctx, line, start, role.rule_id)


def _in_parenthesis(ctx: DocContext, line, offset: int) -> bool:
    """Does `offset` stand in a parenthesis left open on its line?"""
    body = line_body_start(ctx, line)
    return ctx.working.rfind("(", body, offset) > ctx.working.rfind(")", body, offset)


def _block(ctx: DocContext, line, rule_id: str) -> Unit:
    """From after the previous `Thực hiện:` line (or the section heading) to the end of this one."""
    node = ctx.section_at(line.start)
    start = node.line_end if node is not None and node.start < line.start else line.start
    label = _roles().by_id(rule_id)
    for other in _lines_from(ctx, start, line.start):
        if label.search(ctx.working[line_body_start(ctx, other):other.end]):
            start = other.end
    while start < line.start and ctx.working[start].isspace():
        start += 1
    return Unit(start, line.end, rule_id)


def _sentence(ctx: DocContext, line, offset: int, rule_id: str) -> Unit:
    """The sentence around `offset`; with the bullets that follow when it ends the line with a colon."""
    body = line_body_start(ctx, line)
    start, end = body, line.end
    for m in _roles().by_id("block.sentence_end").finditer(ctx.working, body, line.end):
        if m.end() <= offset:
            start = m.end()
        elif m.start() >= offset:
            end = m.start()
            break
    first = line
    while start == line_body_start(ctx, first) and (above := _wrapped_above(ctx, first)) is not None:
        first = above
        start = line_body_start(ctx, first)
        for m in _roles().by_id("block.sentence_end").finditer(ctx.working, start, first.end):
            start = m.end()
    if end == line.end:
        while (below := _wrapped_below(ctx, line)) is not None:
            line = below
        end = line.end
        if (stop := _roles().by_id("block.sentence_end").search(ctx.working, offset, end)) is not None:
            end = stop.start()
    if end == line.end and _roles().by_id("block.opens_list").search(ctx.working, body, line.end):
        end = _list_end(ctx, line)
        rule_id = "block.opens_list"
    elif end == line.end:
        end = _fields_end(ctx, line)
    return Unit(start, end, rule_id)


def _wrapped_above(ctx: DocContext, line):
    """The line above when `line` is the wrapped rest of its paragraph, else None: right below
    it, no heading nor bullet of its own, and opening in lower case or with the parenthesis that
    assigns the task, or closing one left open above (`- Tổng hợp kết quả … năm 2025` /
    `(Văn phòng Sở thực hiện).`)."""
    own = ctx.section_at(line.start) if line.start else None
    if not line.start or line_body_start(ctx, line) != line.start or own is not None and own.start == line.start:
        return None
    prev = ctx.work.line_at(line.start - 1)
    text = ctx.working[line.start:line.end].lstrip()
    above = ctx.working[prev.start:prev.end]
    if prev.end + 1 != line.start or not above.strip() or not text:
        return None
    node = ctx.section_at(prev.start)
    if node is not None and node.start == prev.start:
        return None
    if text[0].islower() or text[0] == "(" or above.rfind("(") > above.rfind(")"):
        return prev
    return None


def _wrapped_below(ctx: DocContext, line):
    """The line below when it is the wrapped rest of `line`'s paragraph, else None."""
    if line.end + 1 >= ctx.read_end:
        return None
    below = ctx.work.line_at(line.end + 1)
    return below if below.start == line.end + 1 and _wrapped_above(ctx, below) is not None else None


def _fields_end(ctx: DocContext, line) -> int:
    """End of the field lines right below a line (`… Cục Công nghệ thông tin chủ trì, phối hợp
    với … thực hiện.` / `Thời gian: Quý III/2025.`): they belong to the task the line ends."""
    fields = _roles().any_of("fields")
    end = line.end
    for below in _lines_below(ctx, line, _section_limit(ctx, line)):
        body = ctx.working[line_body_start(ctx, below):below.end]
        if body.strip():
            if fields.search(body)[0] is None:
                break
            end = below.end
    return end


def _section_limit(ctx: DocContext, line) -> int:
    """Where the section a line stands in ends (the end of what is read outside every section)."""
    node = ctx.section_at(line.start)
    return node.end if node is not None else ctx.read_end


def _lines_below(ctx: DocContext, line, limit: int):
    """The working lines after `line` that are not blank and begin before `limit`."""
    lines = ctx.work.lines
    i = bisect.bisect_right(lines, line)
    while i < len(lines) and lines[i].start < limit:
        if ctx.working[lines[i].start:lines[i].end].strip():
            yield lines[i]
        i += 1


def _line(ctx: DocContext, line, rule_id: str) -> Unit:
    """A whole bullet, with the sub-bullets it announces."""
    body = line_body_start(ctx, line)
    end = line.end
    if _roles().by_id("block.opens_list").search(ctx.working, body, line.end):
        end = _list_end(ctx, line)
    return Unit(body, end, rule_id)


def _list_end(ctx: DocContext, line) -> int:
    """End of the bullets a line announces: before the next `-` bullet or heading, within the section."""
    limit = _section_limit(ctx, line)
    stop = _roles().by_id("block.sibling_bullet")
    end = line.end
    for below in _lines_below(ctx, line, limit):
        if stop.match(ctx.working[below.start:below.end]):
            break
        end = below.end
    return min(end, limit)
