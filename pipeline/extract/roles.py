"""Which agency mentions carry a role, and which (rules/roles.yaml).

Agencies are read in runs: mentions on one line joined by a separator (`,`, `và`,
`;`).  A run takes its role from the cue around it:
  * a label (`Cơ quan thực hiện:`, `Thực hiện:`, `; đơn vị phối hợp:`) gives its role
    to the runs after it on its line, up to the next label, unless one of them
    `chủ trì`s (then the line reads as a sentence);
  * a heading that is only an agency (`2. Sở Y tế:`) is the lead of its section,
    a bullet that opens with one (`- Sở Y tế: triển khai …`) the lead of its line (unless
    what follows the colon is a role cue: `- Sở Y tế: phối hợp …` is a partner; on a
    heading only `: Là cơ quan đầu mối` is), and
    so is an item of the organisation section that opens with its doer
    (`2. Phòng Tài chính - Kế hoạch thẩm định, tham mưu …`);
  * a parenthesis that closes a task and names its doer (`… (Văn phòng Sở thực hiện).`,
    `(Giao Sở Tài chính thực hiện; …)`) reads like a `Thực hiện:` label: lead;
  * a cue that ends where the run starts (`phối hợp với`, `báo cáo … về`, `(qua`,
    `Đề nghị`; `của` makes the run a citation, no assignment; a report cue skips plural
    actors, who are sent something rather than reported to);
  * a cue right after a run that is the subject of its clause (`chủ trì`,
    `là cơ quan đầu mối`, `tham mưu`, an action verb); after an opener (`lãnh đạo, chỉ
    đạo X:`) a colon that announces the bullets of its work.
An owner named after `thuộc` (`Các phòng, ban, đơn vị thuộc UBND quận; UBND các phường`)
belongs to the body before it: it takes no role and the run goes on past it.  A body in
parentheses right after another (`Phòng Nghiệp vụ Y - Dược (Sở Y tế) và …`) shares its role;
the plan's short name for the same body (`Phòng Bảo trợ xã hội và Trẻ em (Phòng BTXH&TE)`) is none of its own.
`;` splits a run in two when the part after it has a verb of its own:
`X chủ trì, phối hợp với Y; Z triển khai` gives Y partner and Z responsible.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
from dataclasses import dataclass, field

from pipeline import rules
from pipeline.context import DocContext
from pipeline.normalise.agency_names import Mention, find_mentions, single_spaced
from pipeline.segment.sections import section_kind, top_section


@dataclass
class Run:
    members: list[Mention]
    seps: list[str] = field(default_factory=list)  # separator before members[1:]
    owner_end: int = 0  # end of an owner after the last member (`… thuộc UBND quận`), or of its `)`

    @property
    def start(self) -> int:
        return self.members[0].start

    @property
    def end(self) -> int:
        return max(self.members[-1].end, self.owner_end)

    def parts(self) -> list[list[Mention]]:
        """The run cut at `;`."""
        out = [[self.members[0]]]
        for sep, member in zip(self.seps, self.members[1:], strict=True):
            if sep == ";":
                out.append([member])
            else:
                out[-1].append(member)
        return out


@dataclass(frozen=True)
class Role:
    mention: Mention
    role: str
    rule_id: str
    line_start: int  # working line the run stands on
    label_rule: str | None = None  # the label of that line, if any (it decides the task unit)
    heading: bool = False  # the run heads its line: `2. Sở Y tế:`, `- Sở Tài chính: …`
    helps: Mention | None = None  # the lead a `Y phối hợp …` helps (its task is Y's)


def _roles():
    return rules.load("roles")


def round_brackets(ctx: DocContext) -> DocContext:
    """The context the roles are read in: a task's bodies in square brackets (`… [Sở Y tế chủ trì;
    Sở Tài chính phối hợp; thời gian: 2026 - 2027].`, run.square_bracket) read as the parenthesis
    other plans close a task with, whose cues the rules already know.  Same length, same lines."""
    if "[" not in ctx.working:
        return ctx
    chars = None
    for m in _roles().by_id("run.square_bracket").finditer(ctx.working):
        chars = chars if chars is not None else list(ctx.working)
        chars[m.start("open")], chars[m.start("close")] = "(", ")"
    if chars is None:
        return ctx
    return dataclasses.replace(ctx, work=dataclasses.replace(ctx.work, text="".join(chars)))


def build_runs(ctx: DocContext, mentions: list[Mention]) -> list[Run]:
    """Mentions joined by separators; an owner after `thuộc` is part of the body before it,
    a body in parentheses right after it one of the run (`Bộ Công an (Cục Cảnh sát …)`)."""
    separator = _roles().by_id("run.separator")
    wrapped = _roles().by_id("run.wrapped_separator")
    owner = _roles().by_id("run.owner")
    paren_open, paren_close = _roles().by_id("run.paren_open"), _roles().by_id("run.paren_close")
    after_lead = _roles().by_id("run.after_lead")
    definition = _roles().by_id("run.definition")
    standing = _roles().by_id("run.standing_gloss")
    runs: list[Run] = []
    listed: set[int] = set()  # starts of the members a bracket list already put on its run
    for i, mention in enumerate(mentions):
        if mention.start in listed:
            continue
        own_clause = False
        if runs:
            between = ctx.working[runs[-1].end:mention.start]
            one_line = "\n" not in between
            defined = _definition_end(ctx, runs[-1], mentions, i, definition)
            if defined is not None:
                runs[-1].owner_end, inside = defined
                if inside:
                    listed.update(m.start for m in mentions[i:] if m.start < defined[0])
                    continue
                between = ctx.working[runs[-1].end:mention.start]
            bracket = _bracket_list(ctx, mentions, i, separator) \
                if one_line and paren_open.match(between) else None
            if bracket is not None:
                members, seps, close_end = bracket
                runs[-1].members.extend(members)
                runs[-1].seps.extend(["(", *seps])
                runs[-1].owner_end = close_end
                listed.update(m.start for m in members)
                continue
            if one_line and (owner.match(between) or _owner_written_after(ctx, runs[-1], between, mention)) \
                    and runs[-1].owner_end < runs[-1].members[-1].end:
                runs[-1].owner_end = mention.end
                continue
            close = paren_close.match(ctx.working, mention.end, mention.end + 16) \
                if one_line and paren_open.match(between) else None
            if close and (mention.agency == runs[-1].members[-1].agency
                          or standing.match(ctx.working, runs[-1].end, mention.end)):
                # `Phòng Bảo trợ xã hội và Trẻ em (Phòng BTXH&TE) chủ trì`: the short name the plan
                # defines is the same body, no second assignment; nor is the standing it is given
                # (`Công an tỉnh (Cơ quan Thường trực Ban ATGT tỉnh)`, run.standing_gloss)
                runs[-1].owner_end = close.end()
                continue
            if close:
                runs[-1].members.append(mention)
                runs[-1].seps.append("(")
                runs[-1].owner_end = close.end()
                continue
            # (a list may go on over a hard wrap after its `và` or comma: run.wrapped_separator)
            m = separator.match(between) if one_line else wrapped.match(between)
            if m and m.group("sep") == "hoặc" and not (ctx.working[runs[-1].members[-1].start].isupper()
                                                      and ctx.working[mention.start].isupper()):
                m = None  # `trưởng thôn hoặc UBND cấp xã`: a person is no alternative to a body
            if m:
                runs[-1].members.append(mention)
                runs[-1].seps.append(m.group("sep").replace(" ", ""))
                continue
            if one_line and len(runs) > 1 and _after_via(ctx, runs[-2], runs[-1], between, separator):
                runs[-2].members.append(mention)
                runs[-2].seps.append(",")
                # the addressees' list goes on after the channel (`(qua C02), Thường trực Tỉnh ủy, UBND tỉnh`)
                runs.append(runs.pop(-2))
                continue
            own_clause = one_line and after_lead.match(between) is not None
        if mention.in_list_only and not own_clause and not _opens_line(ctx, mention) \
                and not _after_partner_cue(ctx, mention) and not _opens_clause(ctx, mentions, i) \
                and not _directed(ctx, mention) and not _opens_duties(ctx, mention):
            continue
        runs.append(Run([mention]))
    return sorted(runs, key=lambda run: run.start)


def _definition_end(ctx: DocContext, run: Run, mentions: list[Mention], i: int, definition):
    """Where the short name a plan gives the run's last body closes (`… Trung ương (sau đây gọi là
    Thuế tỉnh, thành phố), Thuế doanh nghiệp lớn …`, run.definition), when mentions[i] is named in
    that bracket or the run's list goes on after it (a separator follows the `)`): (end of the
    `)`, whether mentions[i] is inside the bracket), else None."""
    if not definition.match(ctx.working[run.end:mentions[i].start]):
        return None
    close = ctx.working.find(")", run.end, ctx.work.line_at(run.end).end)
    if close < 0:
        return None
    if close >= mentions[i].start:
        return close + 1, True
    rest = ctx.working[close + 1:mentions[i].start]
    return (close + 1, False) if _roles().by_id("run.separator").match(rest) else None


def _bracket_list(ctx: DocContext, mentions: list[Mention], i: int, separator):
    """The members a plural body lists in brackets after it (`Các HTX (HTX Cà phê Ea Tu, HTX Dịch vụ
    Nông nghiệp Krông Năng...) làm đầu mối`, `Các doanh nghiệp xuất khẩu (Tổng Công ty …, Công ty …
    và các doanh nghiệp khác) xây dựng …`): two or more bodies, joined by separators, from
    mentions[i] to the bracket's close (run.bracket_list_end).  (members, separators, end of the
    close), else None; a single body in brackets is build_runs' own case."""
    close = ctx.working.find(")", mentions[i].end, ctx.work.line_at(mentions[i].start).end)
    if close < 0 or "(" in ctx.working[mentions[i].end:close]:
        return None
    members, seps = [mentions[i]], []
    for mention in mentions[i + 1:]:
        if mention.start >= close:
            break
        m = separator.match(ctx.working[members[-1].end:mention.start])
        if m is None:
            return None
        members.append(mention)
        seps.append(m.group("sep").replace(" ", ""))
    end = _roles().by_id("run.bracket_list_end").match(ctx.working, members[-1].end, close + 1)
    if end is not None and end.group("others") and members[-1].agency_type == "collective":
        members, seps = members[:-1], seps[:-1]  # `… và các doanh nghiệp khác`: the rest, no body named
    return (members, seps, close + 1) if len(members) > 1 and end is not None else None


def _owner_written_after(ctx: DocContext, run: Run, between: str, mention: Mention) -> bool:
    """Is `mention` the body the run's last unit belongs to, written straight after it with one
    space or a dash (`Phòng Cảnh sát giao thông Công an Thành phố`, `… - Công an tỉnh`; run.owner_gap,
    run.owned_unit, run.unit_owner)?"""
    last = run.members[-1]
    return _roles().by_id("run.owner_gap").match(between) is not None and run.end == last.end \
        and _roles().by_id("run.owned_unit").match(ctx.working, last.start, last.end) is not None \
        and _roles().by_id("run.unit_owner").match(ctx.working, mention.start, mention.end) is not None


def _opens_line(ctx: DocContext, mention: Mention) -> bool:
    """Does a plural actor that counts only in a list open its line, capitalised, as the subject
    of its bullet (`- Các xã, phường sơ kết công tác tuyển quân …`), or after the time its bullet opens
    with (`- Từ ngày 15/6 đến 20/6: các trường niêm yết …`)?  Then it acts (run.opens_line, run.opens_after_time)."""
    line = ctx.work.line_at(mention.start)
    before = ctx.working[line.start:mention.start]
    return ctx.working[mention.start].isupper() and _roles().by_id("run.opens_line").match(before) is not None \
        or _roles().by_id("run.opens_after_time").match(before) is not None


def _directed(ctx: DocContext, mention: Mention) -> bool:
    """Does a plural actor that counts only in a list follow the direction its bullet opens with
    (`- Chỉ đạo các nhà thầu thực hiện đúng hợp đồng …`, run.after_direction)?  The bodies directed
    do the work the verb after them names; a verb still has to make them doers."""
    line = ctx.work.line_at(mention.start)
    return _roles().by_id("run.after_direction").match(ctx.working[line.start:mention.start]) is not None


def _opens_duties(ctx: DocContext, mention: Mention) -> bool:
    """Does a plural actor open, capitalised, the paragraph right under an item heading of the
    organisation section (`8. Chế độ thông tin, báo cáo` / `Các trường báo cáo tiến độ …`)?  It is
    the subject of the item's duties, as at a bullet's start; a target's paragraph stands elsewhere."""
    line = ctx.work.line_at(mention.start)
    if mention.start != line.start or not ctx.working[mention.start].isupper() or not line.start \
            or not _in_organisation(ctx, mention.start):
        return False
    node = ctx.section_at(mention.start)
    return node is not None and node.parent is not None and node.start == ctx.work.line_at(line.start - 1).start


def _opens_clause(ctx: DocContext, mentions: list[Mention], i: int) -> bool:
    """Does a plural actor (mentions[i]) that counts only in a list open a clause after a `;` of a sentence whose
    first clause a named body does (`- Phòng Kế hoạch - Tài chính hướng dẫn các đơn vị thu học phí …;`
    / `các trường phối hợp với các ngân hàng thương mại triển khai …`), the `;` on its line or ending
    the one above?  It is the next clause's subject, as at a bullet's start (run.opens_clause); a verb
    after it still has to make it a doer.  After a target's clause (`… 90% trường sử dụng học bạ số;
    các trường còn lại hoàn thành …`) it states the rest of the target, as `Các xã còn lại …` does."""
    mention = mentions[i]
    line = ctx.work.line_at(mention.start)
    start = line.start
    before = ctx.working[line.start:mention.start]
    if not before.strip() and line.start:
        above = ctx.work.line_at(line.start - 1)
        start = above.start
        before = ctx.working[above.start:above.end] + "\n" + before
    return _roles().by_id("run.opens_clause").search(before) is not None \
        and any(m.start >= start and m.agency_type != "collective" for m in itertools.islice(mentions, i))


def _after_partner_cue(ctx: DocContext, mention: Mention) -> bool:
    """Does a group that counts only in a list follow `phối hợp (với)` on its line (`… phối hợp
    với các trường xác minh …`)?  Whoever one works with is a partner (run.after_partner_cue,
    run.partner_cue_group)."""
    line = ctx.work.line_at(mention.start)
    return _roles().by_id("run.partner_cue_group").match(ctx.working, mention.start) is not None \
        and _roles().by_id("run.after_partner_cue").search(ctx.working[line.start:mention.start]) is not None


def _after_via(ctx: DocContext, first: Run, via: Run, between: str, separator) -> bool:
    """Does `between` close a report's channel `via` named in parentheses after `first` and go
    on to the next addressee (`báo cáo Bộ Công an (qua Cục Cảnh sát hình sự) và UBND tỉnh`)?"""
    if len(via.members) > 1 or not _roles().by_id("run.via").match(ctx.working[first.end:via.start]):
        return False
    close = _roles().by_id("run.via_close").match(between)
    return close is not None and separator.match(between[close.end():]) is not None


def line_body_start(ctx: DocContext, line) -> int:
    """Where a line's text begins, after its bullet or heading marker."""
    return _body_start(ctx.working, line.start, line.end)


@functools.lru_cache(maxsize=4096)
def _body_start(working: str, start: int, end: int) -> int:
    """(Asked for each line many times over: by the roles, the task units and their fields.)"""
    m = _roles().by_id("line.marker").match(working[start:end])
    return start + m.end() if m else start


def clause_starts(ctx: DocContext, line) -> list[int]:
    """Where the clauses of a line begin: after its marker, and after each `;`.  A ministry
    puts a task's fields on one line (`Đơn vị chủ trì: X; đơn vị phối hợp: Y; thời gian: …`),
    so a label or a field may open any clause, not only the line; so may a parenthesis that
    closes a task (`… (Cơ quan chủ trì: Sở Tài chính; thời gian: Quý II/2025).`), or a colon a
    scan read for the `;` before a partner label (`Chủ trì: UBND phường: phối hợp: …`)."""
    body = line_body_start(ctx, line)
    out = [body]
    if any(ctx.working.find(mark, body, line.end) >= 0 for mark in ";(:"):
        out += [m.end() for m in _roles().by_id("line.clause_break").finditer(ctx.working, body, line.end)]
    return out


def _labels(ctx: DocContext, line) -> list[tuple[int, rules.Rule]]:
    """(end, rule) of every label that opens a clause of the line (`Cơ quan thực hiện:`,
    `Thực hiện:`, `đơn vị phối hợp:` after a `;`), also after a full stop (`Cơ quan chủ trì: X.
    Cơ quan phối hợp: Y`).  A sentence after a label that opens no label of its own ends the
    label's reach: (start, None) (`… Sở Dân tộc và Tôn giáo. Ngân hàng … thực hiện cho vay`)."""
    labels = _roles().any_of("labels")
    starts = [(start, False) for start in clause_starts(ctx, line)]
    body = line_body_start(ctx, line)
    if ctx.working.find(": ", body, line.end) >= 0:
        starts += [(m.end(), True) for m in
                   _roles().by_id("line.sentence_break").finditer(ctx.working, body, line.end)]
        starts.sort()
    out = []
    for start, sentence in starts:
        rule, m = labels.search(ctx.working[start:line.end])
        if rule is not None:
            out.append((start + m.end(), rule))
        elif sentence and out:
            out.append((start, None))
    return out


def _label_before(labels: list[tuple[int, rules.Rule]], offset: int) -> tuple[int | None, rules.Rule | None]:
    """The last label of the line that ends before `offset`, the one a run there stands under:
    where it ends (which of the line's labels it is) and its rule; (None, None) before any."""
    found = (None, None)
    for end, rule in labels:
        if end <= offset:
            found = (end, rule)
    return found


def _suffix(ctx: DocContext, run: Run, body: int, line_end: int, others: tuple[Run, ...] = ()):
    """The cue after a run; a run that opens a parenthesis closing its task (`… (Văn phòng Sở
    thực hiện).`), or that a sentence's `Giao` hands its task (`Giao cho X thực hiện.`), may
    take one of `paren_suffix` first.  A name wrapped after its dash (`UBND phường Xuân Hương -` /
    `Đà Lạt chủ trì …`) ends on the next line: its cue is read there.  A bracket after the run in
    which none of the line's `others` stands is read past (run.aside_bracket)."""
    if run.end > line_end:
        line_end = ctx.work.line_at(run.end).end
    after = single_spaced(ctx.working[run.end:line_end])
    if _roles().any_of("parens").search(ctx.working[body:run.start])[0] is not None:
        rule = _roles().any_of("paren_suffix").search(after)[0]
        if rule is not None:
            return rule

    def cue(said: str):
        """(a run that closes its item names its maker so only after the figure's dash: `after_dash_only`)"""
        rule = _roles().any_of("suffix").search(said)[0]
        if rule is not None and rule.get("after_dash_only") \
                and not _roles().by_id(rule.get("after_dash_only")).search(ctx.working[body:run.start]):
            return None
        return rule

    found = cue(after)
    aside = _roles().by_id("run.aside_bracket").match(after) if found is None else None
    if aside is not None and not any(run.end < other.start < run.end + aside.end() for other in others):
        # `Các đơn vị khai thác tuyến xe buýt nội tỉnh (tuyến số 01 …, tuyến số 05 …) tăng cường
        # chuyến`: a bracket that names no body says which, and the verb after it is the run's
        return cue(after[aside.end():])
    levels = _roles().by_id("run.short_name_levels").match(after) if found is None else None
    if levels is not None:  # `Trung tâm Kiểm soát bệnh tật (CDC) các tỉnh, thành phố tăng cường …`
        return _roles().any_of("suffix").search(after[levels.end():])[0]
    return found


def _before(ctx: DocContext, line, body: int, start: int, heading_lines: set[int]) -> str:
    """The text a cue before the run is read in: its line up to the run and, when the run
    opens a line that goes on from the one above (`… phối hợp với` / `Sở Nội vụ tham mưu …`,
    a break the working copy kept), the end of that line too."""
    text = ctx.working[body:start]
    if start > body or body != line.start or line.start in heading_lines:
        return text
    prev = ctx.work.line_at(line.start - 1) if line.start else None
    if prev is None or prev.end + 1 != line.start or prev.start in heading_lines:
        return text
    above = ctx.working[line_body_start(ctx, prev):prev.end]
    if _roles().by_id("line.goes_on").search(above) is None:
        return text
    return above + " " + text


def _prefix(before: str):
    """The cue that ends where the run begins, read past a `các` that makes a name plural."""
    text = single_spaced(before)
    # `các`, `mỗi`, `từng` end the text (run.each ends in `$`): only its last words can hold one
    each = _roles().by_id("run.each").search(text, max(0, len(text) - _EACH_REACH))
    return _roles().any_of("prefix").search(text[:each.start()] if each else text)[0]


# the longest `các ` / `mỗi ` / `từng ` with the spaces single_spaced leaves
_EACH_REACH = 12


def _subject(ctx: DocContext, before: str, start: int, on_heading: bool):
    """Does the run open its clause (or follow `Giao`, `yêu cầu` …), so that a verb after it is its own?
    The boundary rule that says so, else None.

    A run that opens a line of the document under a heading opens its paragraph, also
    where the working copy joined that line to the heading (`1. Đẩy mạnh … xã hội` /
    `Phòng Văn hóa và Thông tin chủ trì …`), also after a head's title that opens the line
    (`c) Tiếp công dân tại các sở, ban, ngành` / `Thủ trưởng các sở, ban, ngành cấp tỉnh bố trí …`);
    not where the heading's sentence wraps after a word that needs the run (`… tham dự khóa đào
    tạo do` / `Bộ Y tế tổ chức.`)."""
    cut = ctx.text.rfind("\n", start - len(before), start) if on_heading else -1
    if cut >= 0:  # (the line's own opening words, only when the run holds its start)
        opening = single_spaced(ctx.text[cut + 1:start].lstrip())
        if (not opening or _roles().by_id("subject.boundary").match(opening)) \
                and _roles().by_id("line.wraps_inside").search(ctx.working, start - len(before), cut) is None:
            before = opening
    before = single_spaced(before)
    # a boundary ends where the run starts (every one ends in `$`): only the last words can hold it
    return _roles().any_of("boundaries").search(before, max(0, len(before) - _BOUNDARY_REACH))[0]


# the longest a boundary's match can be (`Căn cứ vào nội dung Kế hoạch này, Người đứng đầu các `),
# with room for the lookbehinds of its words
_BOUNDARY_REACH = 200


def _heading_end(ctx: DocContext, end: int, line_end: int) -> int:
    """Where a heading's own line ends: at a line break of the document right after the
    agency, where the working copy joined the paragraph below to it (`4. Thanh tra Sở` /
    `Xây dựng kế hoạch thanh tra …`), also after what a heading says of its agency
    (`6. Báo …, các cơ quan báo chí trên địa bàn` / `Tăng thời lượng …`); not where the
    line below goes on in lower case: the sentence wrapped (`c) Tiểu ban …, Tiểu ban An ninh
    – Trật tự` / `thực hiện nhiệm vụ …`), also inside a bracket (`(sau đây gọi chung là …) chỉ đạo`).
    A bracket the agency opened goes on to the next line
    (`b) UBND các xã ngoại thành (Sóc Sơn, …, Chương` / `Mỹ, …, Thanh Oai...):`), as a bullet's does."""
    line_end = _bullet_end(ctx, end, line_end)
    cut = ctx.text.find("\n", end, line_end)
    below = ctx.text[cut + 1:line_end].lstrip()
    # (a bracket in small letters opening the line below goes on with the sentence: `… và Hội đồng
    # quản trị Tập đoàn …` / `(sau đây gọi chung là công ty mẹ) chỉ đạo doanh nghiệp cổ phần hóa:`)
    if cut < 0 or below[:1].islower() or below[:1] == "(" and below[1:2].islower():
        return line_end
    between = ctx.working[end:cut]
    return cut if not between.strip() or _roles().by_id("heading.agency").match(between) else line_end


def _bullet_end(ctx: DocContext, end: int, line_end: int) -> int:
    """Where what a bullet says of its agency ends: its line, and the next one when a parenthesis
    the agency opened wraps onto it (`• Thuế cơ sở 4 (khu vực Trảng Bom,` / `Dầu Giây, Thống Nhất):
    rà soát …`, a break the working copy kept before a capital)."""
    text = ctx.working
    if text.rfind("(", end, line_end) <= text.rfind(")", end, line_end) or line_end + 1 >= ctx.read_end:
        return line_end
    below = ctx.work.line_at(line_end + 1)
    return below.end if below.start == line_end + 1 else line_end


def _in_organisation(ctx: DocContext, offset: int) -> bool:
    """Is `offset` inside the organisation section (`TỔ CHỨC THỰC HIỆN`)?"""
    node = top_section(ctx.section_at(offset))
    return node is not None and section_kind(node.heading)[0] == "organization"


def _item_of_organisation(ctx: DocContext, offset: int) -> bool:
    """Is the heading at `offset` an item right under the organisation section (`2. Phòng Tài
    chính - Kế hoạch thẩm định …`)?  A sub-item (`b) Hội đồng tuyển dụng thành lập …` under
    `1. Hội đồng tuyển dụng`, `- b) Phòng Tài chính - Kế hoạch thẩm định …` under `11. Các cơ
    quan, đơn vị khác`) is a sentence of its parent's duties: its doer is responsible."""
    node = ctx.section_at(offset)
    return node is not None and node.parent is top_section(node)


def assign(ctx: DocContext, runs: list[Run]) -> list[Role]:
    """A Role for every mention that is an assignment, in text order."""
    heading_lines = {node.start for node in ctx.sections}
    by_line: dict[int, list[Run]] = {}
    for run in runs:
        by_line.setdefault(ctx.work.line_at(run.start).start, []).append(run)
    out: list[Role] = []
    for line_start, line_runs in by_line.items():
        line = ctx.work.line_at(line_start)
        body = line_body_start(ctx, line)
        labels = _labels(ctx, line)
        suffixes = [_suffix(ctx, r, body, line.end, tuple(line_runs)) for r in line_runs]
        # `Thực hiện: X chủ trì, phối hợp với Y; Z …` reads as a sentence; a label of its own
        # after the `;` still holds (`Thực hiện: X chủ trì; phối hợp: Y, Z`: Y and Z partners)
        as_sentence = {_label_before(labels, r.start)[0] for r, s in zip(line_runs, suffixes, strict=True)
                       if s is not None and s.get("role") == "lead"}
        for run, suffix in zip(line_runs, suffixes, strict=True):
            if _contact(ctx, run, line):
                continue
            label_end, line_label = _label_before(labels, run.start)
            label = None if label_end in as_sentence and not _label_clause(ctx, run, suffix, line_runs) \
                and not _label_opener(ctx, run, suffix, label_end) or _own_advice(ctx, run, suffix) else line_label
            for mention, role, rule_id, is_heading in _run_roles(ctx, run, suffix, body, line, label,
                                                               heading_lines):
                out.append(Role(mention, role, rule_id, line.start, line_label.id if line_label else None,
                                is_heading))
    out.sort(key=lambda r: (r.mention.start, r.mention.end))
    return _without_lead(ctx, _under_item_lead(ctx, out), heading_lines)


def _own_advice(ctx: DocContext, run: Run, suffix) -> bool:
    """Does a body under a label name its own share as advice right after its name (`Thực hiện:
    Khoa KSNK tham mưu; Phòng Tổ chức cán bộ phối hợp.`, `Cơ quan chủ trì: Sở Dân tộc và Tôn giáo
    (Phòng Chính sách dân tộc tham mưu)`; run.own_advice), or its help closing its clause (`…;
    Phòng Tổ chức cán bộ phối hợp.`)?  Then it is the advisor (the partner), whatever the
    label says of the others; not bodies a `;` parts from the adviser (`Thực hiện: Tổ công tác GPMB,
    Trưởng thôn các thôn; Phòng Kinh tế tham mưu …`: they keep the label's role)."""
    return suffix is not None and suffix.get("role") in ("advisor", "partner") and not any(";" in sep for sep in run.seps) \
        and _roles().by_id("run.own_advice").match(ctx.working[run.end:ctx.work.line_at(run.start).end]) is not None


def _contact(ctx: DocContext, run: Run, line) -> bool:
    """Is the rest of the run's line only its phone numbers (run.contact: `- Đội QLTTĐT phường:
    024.3822.0547` in a hotline list)?  Whom to call is given no work."""
    return _roles().by_id("run.contact").match(ctx.working[run.end:line.end]) is not None


def _label_clause(ctx: DocContext, run: Run, suffix, line_runs: list[Run]) -> bool:
    """Does a run with no cue of its own open a later `;` clause of a label's line that a `chủ trì`
    made a sentence (`Đơn vị thực hiện: Phòng Kinh tế chủ trì (chỉ tiêu 17.1); Phòng Văn hóa - Xã
    hội, Trạm Y tế xã (chỉ tiêu 17.5); phối hợp: …`)?  Then it is one more of the label's bodies, for
    its own share of the task (line.label_clause)."""
    if suffix is not None or run is line_runs[0]:
        return False
    line = ctx.work.line_at(run.start)
    return _roles().by_id("line.label_clause").search(ctx.working, line.start, run.start) is not None


def _label_opener(ctx: DocContext, run: Run, suffix, label_end: int | None) -> bool:
    """Does a run that a plain verb of its own follows open a label's line that a later `chủ trì`
    made a sentence (`Đơn vị thực hiện: Trung tâm Phát triển quỹ đất tỉnh lập phương án; Hội đồng …
    chủ trì niêm yết`)?  The label names it first, for its share of the task: the label's body, as
    the one who `chủ trì`s the rest is (line.label_opener)."""
    return label_end is not None and suffix is not None and suffix.get("role") == "responsible" \
        and _roles().by_id("line.label_opener").match(ctx.working, label_end, run.start) is not None \
        and ";" in ctx.working[run.end:ctx.work.line_at(run.start).end]


def _under_item_lead(ctx: DocContext, roles_: list[Role]) -> list[Role]:
    """A role that leads only where no one else does (rule field `under_item_lead`: `… (Trung tâm
    Kiểm soát bệnh tật tỉnh tổ chức thực hiện).`) falls back to that rule's role in an item whose
    own label names another lead (`- Cơ quan chủ trì: Sở Y tế; …`): the label makes the item the
    lead's task (`unit: item`), and the body in the parenthesis does its part under it.  Not a label
    in a parenthesis: it closes its own bullet (`- … (Cơ quan chủ trì: Sở Tài chính; …)`)."""
    def item(offset: int) -> int | None:
        node = ctx.section_at(offset)
        return node.start if node is not None else None

    def in_parenthesis(offset: int) -> bool:
        body = line_body_start(ctx, ctx.work.line_at(offset))
        return ctx.working.rfind("(", body, offset) > ctx.working.rfind(")", body, offset)

    item_leads: dict[int | None, list] = {}
    for role in roles_:
        if role.role == "lead" and role.label_rule == role.rule_id \
                and _roles().by_id(role.rule_id).get("unit") == "item" and not in_parenthesis(role.mention.start):
            item_leads.setdefault(item(role.mention.start), []).append(role.mention)
    out = list(roles_)
    for i, role in enumerate(out):
        fallback = _roles().by_id(role.rule_id).get("under_item_lead")
        key = item(role.mention.start) if fallback else None
        if key is not None and any(m is not role.mention for m in item_leads.get(key, ())):
            rule = _roles().by_id(fallback)
            out[i] = dataclasses.replace(role, role=rule.get("role"), rule_id=rule.id)
    return out


def _without_lead(ctx: DocContext, roles_: list[Role], heading_lines: set[int]) -> list[Role]:
    """A role that needs a lead to help (`Y phối hợp đăng tải …`, rule field `without_lead`)
    helps the last lead (or focal point: `Ban Gia đình – Xã hội là đầu mối …; Ban Kinh tế phối
    hợp hướng dẫn …`) before it on its line or in its list of bullets, and falls back to
    that rule's role when there is none and the helpers are a group: the closing `các cơ quan,
    đơn vị chủ động phối hợp triển khai thực hiện` is their own work, while one named body
    (`- Công an phường phối hợp kiểm tra …`) still helps whoever leads.  On its own line a body that does the work
    itself leads it too (`Trung tâm … thực hiện; Văn phòng Ban phối hợp đăng tải …`), and so
    does a body asked on its line (`a) Công an tỉnh: Chỉ đạo Công an các xã phối hợp thẩm tra …`);
    a bullet above only its own duty.  A lead who is no agency (`Phó Hiệu trưởng chủ trì …;`)
    leaves the helper a partner."""
    out = list(roles_)
    someone_leads = _roles().by_id("line.someone_leads")
    for i, role in enumerate(out):
        fallback = _roles().by_id(role.rule_id).get("without_lead")
        if fallback is None:
            continue
        start = _list_start(ctx, role.line_start, heading_lines)
        leads = [r for r in out if start <= r.mention.start < role.mention.start
                 and (r.role in ("lead", "focal_point")
                      or r.role in ("responsible", "requested") and r.line_start == role.line_start)]
        if leads:
            out[i] = dataclasses.replace(role, helps=leads[-1].mention)
        elif (role.mention.agency_type == "collective"
              and not someone_leads.search(ctx.working, role.line_start, role.mention.start)
              and not _named_peer(out[:i], role)):
            rule = _roles().by_id(fallback)
            out[i] = dataclasses.replace(role, role=rule.get("role"), rule_id=rule.id)
    return out


def _named_peer(before: list[Role], role: Role) -> bool:
    """Does a named body that helps by the same cue come first on the role's line (`6. Ủy ban MTTQ
    Việt Nam xã và các tổ chức chính trị - xã hội xã phối hợp tuyên truyền …`)?  The group joined
    to it helps as it does, rather than doing the work as its own."""
    return any(r.rule_id == role.rule_id and r.line_start == role.line_start
               and r.mention.agency_type != "collective" for r in before)


def _list_start(ctx: DocContext, line_start: int, heading_lines: set[int]) -> int:
    """Start of the bullets a bullet line stands among (`- Sở Du lịch chủ trì …;` / `- Sở Khoa
    học và Công nghệ phối hợp …`), over blank lines and the wrapped rest of a bullet, not past
    a heading; a line that is not a bullet stands alone."""
    bullet = _roles().by_id("line.bullet")
    lines = ctx.work.lines
    i = bisect.bisect_left(lines, (line_start,))
    start = line_start
    if line_start in heading_lines or not bullet.match(ctx.working[line_start:lines[i].end]):
        return start
    while i > 0:
        i -= 1
        above = ctx.working[lines[i].start:lines[i].end]
        if not above.strip():
            continue
        if lines[i].start in heading_lines:
            break
        if bullet.match(above):
            start = lines[i].start
        elif not _continues(ctx, lines[i]):
            break
    return start


def _continues(ctx: DocContext, line) -> bool:
    """Is a plain line the rest of a bullet above it, wrapped after its `;` (`- Ban Chỉ huy quân
    sự … chủ trì …;` / `nắm chắc nguồn công dân …`)?  Then the bullets go on above it."""
    prev = ctx.work.line_at(line.start - 1) if line.start else None
    return prev is not None and ctx.working[prev.start:prev.end].rstrip().endswith(";")


def _rest_of_bullet(ctx: DocContext, line, body: int, heading_lines: set[int]) -> bool:
    """Is a plain line the wrapped rest of a bullet above it, after one of its `;` (`- Hội Nông dân
    xã vận động …;` / `Hội Liên hiệp Phụ nữ xã thực hiện …`, a hard-wrapped PDF)?  Then a body
    opening it opens a clause of that bullet, not a bullet of its own."""
    if body != line.start or line.start in heading_lines:
        return False
    bullet = _roles().by_id("line.bullet")
    while _continues(ctx, line):
        line = ctx.work.line_at(line.start - 1)
        if line.start in heading_lines:
            return False
        if bullet.match(ctx.working[line.start:line.end]):
            return True
    return False


def _units_of_level(ctx: DocContext, run: Run, line) -> bool:
    """Do the units of a level open the item and act each in its own area, as a group does
    (`3. UBND các xã, phường chủ động bố trí …`)?  Then they are responsible, not lead."""
    first = run.members[0]
    return bool(_roles().by_id("heading.plural_item").search(ctx.working[first.start:first.end])
                and _roles().by_id("heading.plural_item_verb").match(ctx.working[run.end:line.end]))


def _alone(ctx: DocContext, run: Run, body: int, line, prefix_role, on_heading: bool):
    """heading.agency_alone when the run is a unit's name alone on an unnumbered line of the
    organisation section with its duties below it, else None: a bullet right below, or, where
    Word numbering was lost, a paragraph of its own (`Công an huyện` / blank / `Chủ trì …`)
    opening in capitals.  A plain line in lower case right below is the name's sentence going on."""
    if on_heading or prefix_role is not None or ctx.working[line.start:body].strip():
        return None  # (a bullet's or a number's line; the blanked `**` of a bold title is none)
    rule = _roles().by_id("heading.agency_alone")
    if not rule.match(ctx.working[run.end:line.end]) or not _in_organisation(ctx, run.start):
        return None
    lines = ctx.work.lines
    i = bisect.bisect_left(lines, (line.start,)) + 1
    while i < len(lines) and lines[i].start == lines[i].end:  # blank lines between
        i += 1
    if i >= len(lines):
        return None
    below = ctx.working[lines[i].start:lines[i].end].lstrip()
    if _roles().by_id("line.bullet").match(below):
        return rule
    return rule if below[:1].isupper() and (_own_paragraph(ctx, line) or _lost_title(ctx, line)
                                            or _indented_below(ctx, line, lines[i]) or _bold_title(ctx, line)) else None


def _bold_title(ctx: DocContext, line) -> bool:
    """Is the line a title in bold (`**Các chủ thể OCOP**` / `Chủ động đăng ký …`; line.bold_title)?
    A .docx export keeps a title's bold where Word's number was lost, and no blank line around it."""
    return _roles().by_id("line.bold_title").match(ctx.text, line.start, line.end) is not None


def _indented_below(ctx: DocContext, line, below) -> bool:
    """Is the line flush left with the paragraph below it opening on a tab (`Công an huyện` /
    `<TAB>Thực hiện nhiệm vụ …`)?  A .docx copy keeps a paragraph's first-line indent as a tab and
    none for a title, so the name stands as its duties' title where Word's number was lost."""
    return ctx.text[line.start:line.start + 1] not in (" ", "\t") and ctx.text[below.start:below.start + 1] == "\t"


def _lost_title(ctx: DocContext, line) -> bool:
    """Is the line the title of an item whose number a .docx conversion lost (`Phòng Văn hóa -
    Xã hội` between `2.` and `4.`; segment/sections.py _lost_item)?  The heading tree has already
    read it as a heading, so it needs no blank lines around it to stand as one."""
    return any(node.cut == line.start for node in ctx.sections)


def _own_paragraph(ctx: DocContext, line) -> bool:
    """Does the line stand as a paragraph: a blank line (or the start) above it and below it?"""
    text = ctx.working
    return (line.start < 2 or text[line.start - 2] == "\n") and text[line.end + 1:line.end + 2] == "\n"


def _requested_parent(ctx: DocContext, offset: int, rule_id: str = "heading.requested_parent"):
    """The `Đề nghị …` heading an agency's item stands under (`6. Đề nghị các sở, ngành:` /
    `a) Công an tỉnh: …`), or whose section a bullet stands in (`5. Đề nghị các sở, ngành liên
    quan` / `- Sở Tài chính: tham mưu …`): the request reaches its items.  The rule, else None.
    (With `heading.established_parent`: the `Thành lập …` heading its items are set up under.)"""
    node = ctx.section_at(offset)
    if node is None:
        return None
    return _heading_says(ctx, node.parent if node.start == ctx.work.line_at(offset).start else node, rule_id)


def _requested_lead_in(ctx: DocContext, line, heading_lines: set[int]):
    """The plain line ending in a colon that asks the bodies of the list a line stands in
    (`Ngoài các đơn vị trên, đề nghị:` / `- Bệnh viện Đa khoa Thanh Nhàn: cử 01 xe …`;
    line.requested_lead_in), or the bold title that does (`**Đề nghị các sở, ngành tỉnh**`, a .docx
    export's heading without its number; line.requested_title): the rule, else None.  Read up over the list's bullets and the
    wrapped or unmarked lines among them, not past a blank line or a heading."""
    rule = _roles().by_id("line.requested_lead_in")
    lines = ctx.work.lines
    i = bisect.bisect_left(lines, (line.start,))
    for k in range(i - 1, max(-1, i - _LEAD_IN_REACH), -1):
        above = ctx.working[lines[k].start:lines[k].end]
        if not above.strip() or lines[k].start in heading_lines:
            return None
        if above.rstrip().endswith(":") and not _roles().by_id("line.bullet").match(above):
            return rule if rule.search(above) else None
        if _bold_title(ctx, lines[k]):  # `**Đề nghị các sở, ngành tỉnh**` / `- Sở Tài chính: thẩm định …`
            title = _roles().by_id("line.requested_title")
            return title if title.match(above) else None
    return None


# how many lines up a list's lead-in is looked for
_LEAD_IN_REACH = 30


def _asked_by(ctx: DocContext, node, mention: Mention) -> bool:
    """Does the `Đề nghị …` heading of `node` ask the body that acts in a sentence below it?  So it
    does when it names the body (as written, by its canonical name, or a plural by its own words:
    `9. Đề nghị Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh, …` / `- Các hội vận động …`), a body of the
    kind it asks (`7. Đề nghị UBND các tỉnh, thành phố` / `- UBND Thành phố Hồ Chí Minh phối hợp …`),
    or any named body when it asks an open group (`Đề nghị Ủy ban MTTQ xã và các đoàn thể` /
    `- Hội Nông dân xã vận động …`; heading.requested_group).  A plural actor it does not name
    (`Các sở, ban, ngành … báo cáo` closing the plan) and a body of another kind (`8. Đề nghị UBND
    các xã, phường` / `- Hội Liên hiệp Phụ nữ, Đoàn Thanh niên xã vận động …`) do their own work."""
    heading = _heading_text(ctx, node)
    lowered = heading.casefold()
    plural = _roles().by_id("heading.requested_plural").match(mention.agency)
    own_words = mention.agency[plural.end() if plural else 0:].casefold()
    if ctx.working[mention.start:mention.end].casefold() in lowered or own_words in lowered:
        return True
    if mention.agency_type == "collective":
        return False
    line = ctx.work.line_at(node.start)
    return _roles().by_id("heading.requested_group").search(heading) is not None \
        or any(m.agency_type == mention.agency_type
               for m in find_mentions(ctx.working, line.start, line.end))


def _heading_says(ctx: DocContext, node, rule_id: str):
    """The rule `rule_id` when the heading of `node` matches it, else None."""
    rule = _roles().by_id(rule_id)
    heading = _heading_text(ctx, node)
    return rule if heading and rule.search(heading) else None


def _heading_text(ctx: DocContext, node) -> str:
    """The heading of `node` as the working copy reads it: a heading typed without tone marks
    (`9. De nghi Uy ban MTTQ … va cac doan the …`) has them back there (normalise/toneless.py),
    so the request and the names it asks read as on any other line."""
    if node is None or not node.heading:
        return ""
    body = line_body_start(ctx, ctx.work.line_at(node.start))
    end = body + len(node.heading)
    return ctx.working[body:end] if ctx.text[body:end] == node.heading else node.heading


def _titles_members(ctx: DocContext, run: Run, body: int, line) -> bool:
    """Is the run a plural that only titles the units its heading names after its colon (`3. Các
    đơn vị: PA03, PA05, PC02, …`, heading.units_title; heading.agency_opening reads the words before
    them)?  Each unit leads its section; the plural is no body of its own, as without the colon."""
    title = _roles().by_id("heading.units_title")
    if len(run.members) > 1 or not title.match(ctx.working[run.start:run.end]):
        return False
    named = find_mentions(ctx.working, run.end, line.end)
    return bool(named) and ctx.working[run.end:named[0].start].strip() == ":" \
        and _roles().by_id("heading.agency_opening").match(ctx.working[body:named[0].start]) is not None


def _label_marks(ctx: DocContext, run: Run, line_end: int):
    """(mention, mark) for the members of a run on a label's line: a bracketed role mark
    (`(chủ trì)`, `(phối hợp)`) after a member holds for it and those before it back to the
    previous mark or `;`; members after the last mark keep the label's (mark None), and so do
    those a `;` closes unmarked (`Thực hiện: Công đoàn, Chi đoàn; Công an xã (phối hợp).`)."""
    marks = _roles().any_of("label_marks")
    pending: list[Mention] = []
    for i, mention in enumerate(run.members):
        pending.append(mention)
        end = run.members[i + 1].start if i + 1 < len(run.members) else line_end
        mark = marks.match(ctx.working[mention.end:end])[0]
        if mark is not None:
            yield from ((m, mark) for m in pending)
            pending = []
        elif ";" in ctx.working[mention.end:end]:
            yield from ((m, None) for m in pending)
            pending = []
    yield from ((m, None) for m in pending)


def _all_marked(ctx: DocContext, run: Run, line_end: int) -> bool:
    """Does a bracketed role mark (label_marks) follow every member of the run, the last one's
    ending it (`X (chủ trì), Y, Z (phối hợp)`)?  Then the marks alone say who does what."""
    return all(mark is not None for _, mark in _label_marks(ctx, run, line_end))


def _run_roles(ctx: DocContext, run: Run, suffix, body: int, line, label, heading_lines: set[int]):
    on_heading = line.start in heading_lines
    before = _before(ctx, line, body, run.start, heading_lines)
    prefix = _prefix(before)
    prefix_role = prefix.get("role") if prefix else None
    parts = run.parts()
    if prefix_role == "none":
        # `Trên cơ sở đề xuất của các sở, ngành, Sở Tài chính chủ trì …`: only the last one acts;
        # not a list's own tail (`của các sở, ngành, địa phương báo cáo …`).  A `;` ends the
        # citation's clause: all after it act (`fanpage của Tỉnh Đoàn; Văn phòng Tỉnh Đoàn tổng hợp`).
        # A cue read only after an opener has none here (`Theo đề nghị của Vụ trưởng Vụ …, Bộ … ban
        # hành Kế hoạch`: the issuer's formula).
        if suffix and suffix.get("after_opener"):
            return
        if suffix and len(parts) > 1 and not prefix.get("whole_run"):
            for mention in parts[-1]:
                yield mention, suffix.get("role"), suffix.id, False
        elif suffix and len(run.members) > 1 and run.seps[-1] == "," and not prefix.get("whole_run") \
                and not run.members[-1].in_list_only:
            yield run.members[-1], suffix.get("role"), suffix.id, False
        return
    quoted = None if on_heading else _roles().by_id("heading.quoted_agency")
    if quoted is not None and not quoted.match(ctx.working[line.start:run.start]):
        quoted = None
    if quoted is not None or _roles().by_id("heading.agency_opening").match(ctx.working[body:run.start]):
        as_heading = on_heading or quoted is not None
        head = _roles().by_id("heading.agency" if as_heading else "heading.agency_bullet")
        after = ctx.working[run.end:_heading_end(ctx, run.end, line.end) if as_heading
                            else _bullet_end(ctx, run.end, line.end)]
        if not as_heading and not head.match(after) and run.start == body == line.start:
            # `Công an phường - Chủ trì …` under `Đơn vị - Nhiệm vụ - Thời gian`: a row typed with dashes
            dash_cell = _roles().by_id("heading.agency_dash_cell")
            head = dash_cell if dash_cell.match(after) else head
        if head.match(after):
            role, rule_id = (prefix_role, prefix.id) if prefix_role == "requested" \
                else ("lead", (quoted or head).id)
            asked = _requested_parent(ctx, run.start) if prefix_role is None else None
            if asked is None and prefix_role is None and not as_heading:
                asked = _requested_lead_in(ctx, line, heading_lines)
            if prefix_role is None and _requested_parent(ctx, run.start, "heading.established_parent"):
                return
            if asked is not None:
                role, rule_id = asked.get("role"), asked.id
            elif prefix_role is None:
                own = _roles().any_of("bullet_roles").search(after)[0]
                if own is not None and (not on_heading or own.get("on_headings")):
                    if own.get("role") == "none":  # `- Ban Coi thi: thành lập …`: set up, not a doer
                        return
                    role, rule_id = own.get("role"), own.id
            if as_heading and _titles_members(ctx, run, body, line):
                return
            for mention in run.members:
                # `Trách nhiệm của các cơ quan, đơn vị` (`named_only`) titles the doers named below it
                if not (prefix is not None and prefix.get("named_only") and mention.agency_type == "collective"):
                    yield mention, role, rule_id, True
            return
        alone = _alone(ctx, run, body, line, prefix_role, on_heading)
        if alone is not None:
            for mention in run.members:
                yield mention, alone.get("role"), alone.id, True
            return
        item = _roles().by_id("heading.agency_item")
        shared = len(run.members) > 1 and _roles().by_id("heading.shared_item").match(ctx.working[run.end:line.end])
        if (on_heading and prefix_role is None and run.members[0].agency_type != "collective" and not shared
                and not _units_of_level(ctx, run, line)
                and item.match(ctx.working[run.end:line.end]) and _in_organisation(ctx, run.start)
                and _item_of_organisation(ctx, run.start)):
            # `2. Vụ Pháp chế là đơn vị đầu mối, …` names its role as a sentence would
            role, rule_id = (suffix.get("role"), suffix.id) if suffix is not None and suffix.get("on_items") \
                else ("lead", item.id)
            for mention in run.members:
                yield mention, role, rule_id, True
            return
    run_end = ctx.work.line_at(run.end).end  # (a list wrapped onto the next line ends there)
    if label is None and prefix_role is None and _all_marked(ctx, run, run_end):
        # `…: TTYT khu vực (chủ trì), TYT xã, phường (phối hợp).`, `Văn phòng Sở (chủ trì), Trung tâm
        # KSBT (phối hợp) bảo đảm …`: the marks split the doers as on a label's line, with no label
        for mention, mark in _label_marks(ctx, run, run_end):
            yield mention, mark.get("role"), mark.id, False
        return
    if label is not None and prefix_role is None:
        # `Đơn vị thực hiện: các Thuế cơ sở; Phòng Quản lý … theo dõi, tổng hợp.`: the part after
        # `;` that has a verb of its own is a clause of its own, not one more of the label's bodies
        # (a verb that restates the label, `… triển khai thực hiện`, is the label's: line.label_restated)
        own = parts[-1] if (suffix is not None and len(parts) > 1 and not suffix.get("after_opener")
                            and not _roles().by_id("line.label_restated").match(ctx.working[run.end:line.end])) else []
        for mention, mark in _label_marks(ctx, run, line.end):
            if mention in own and mark is None:
                yield mention, suffix.get("role"), suffix.id, False
                continue
            rule = mark or label
            yield mention, rule.get("role"), rule.id, False
        return
    if prefix_role is not None:
        split = suffix is not None and len(parts) > 1
        members = itertools.chain(*parts[:-1]) if split else run.members
        if prefix.get("after_first"):  # `báo cáo Trưởng Ban Chỉ đạo và UBND tỉnh`: the first is a post
            members = run.members[1:]
        for mention in members:
            # a report cue (`named_only`) addresses bodies, not plural actors sent something; a notice
            # (`one_body`) not even the units of a level (`thông báo cho UBND các xã`: whom news reaches);
            # the ministries as a group stand above the plan: addressed (run.central_bodies)
            if not (prefix.get("named_only") and mention.agency_type == "collective"
                    and not _roles().by_id("run.central_bodies").match(
                        ctx.working[mention.start:mention.end].replace("\n", " "))) \
                    and not (prefix.get("one_body") and _roles().by_id("run.plural_units").search(
                        ctx.working, mention.start, mention.end)):
                yield mention, prefix_role, prefix.id, False
        if split:
            for mention in parts[-1]:
                yield mention, suffix.get("role"), suffix.id, False
        return
    if suffix is None:
        return
    subject = _subject(ctx, before, run.start, on_heading)
    if subject is None and run.start == body and len(before) > 0:
        # the line above that seemed to go on joins no cue to the run (a flattened table's last
        # cell, `Khu tập thể, ngõ nhỏ` / `Trưởng TDP số 3 … chủ trì …`): the run opens its line
        subject = _subject(ctx, "", run.start, on_heading)
    if subject is not None and subject.get("suffix_roles") and suffix.get("role") not in subject.get("suffix_roles"):
        subject = None  # `tài liệu do Bộ Y tế phát hành`: `do` makes a subject of a lead only
    if suffix.get("after_opener") and (subject is None or subject.id != "subject.opener"):
        return
    if suffix.get("directed_by") and _roles().by_id(suffix.get("directed_by")).search(before) is None:
        return  # `…, Bộ Xây dựng ban hành Kế hoạch …` after a ground: the issuer's formula
    # a cue that itself makes the run after a work and its dash the doer (`… - Đoàn KT số 1, Trưởng
    # đoàn: …`, `self_evident`) needs no subject
    evident = suffix.get("self_evident") and _roles().by_id("run.after_work_dash").search(before)
    acting = run.members if subject is not None or evident else (parts[-1] if len(parts) > 1 else [])
    role, rule_id = suffix.get("role"), suffix.id
    # a bullet run into its paragraph (`… tại cơ sở. - Đoàn Thanh niên xã duy trì …`) opens as its line would
    bullet = subject is not None and subject.get("opens_bullet")
    # (a bullet's body that only `phối hợp`s, naming none it joins, is as much asked: `9. Đề nghị các
    # sở, ngành` / `- Sở Y tế phối hợp hướng dẫn công tác y tế trường học`)
    # (a head's title alone before the body still opens the bullet: `- Chủ tịch UBND cấp xã …`)
    opens = not before.strip() or _roles().by_id("run.leader_only").match(before) is not None
    if (role in ("responsible", "advisor") or suffix.get("without_lead")) and acting and subject is not None and (
            opens and not _rest_of_bullet(ctx, line, body, heading_lines)
            or before.rstrip().endswith(".") or bullet):
        # `6. Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể` / `- Hội Nông dân … vận động …`: the
        # request reaches the doers of its bullets as it does its agency items, and a body the
        # heading asks that opens a later sentence (`8. Đề nghị …, Hiệp hội Du lịch thành phố` /
        # `… khu vực. Hiệp hội Du lịch thành phố vận động …`); not others (`Trên đây là Kế hoạch
        # …. Các tổ, bộ phận căn cứ …`).  So does a body asked to advise (`5. Đề nghị các sở, ban,
        # ngành` / `- Sở Tài chính quan tâm thẩm định, tham mưu UBND tỉnh bố trí …`).
        # an item's own sentence under the heading (`8. Đề nghị Ủy ban MTTQ …` / `a) Ủy ban MTTQ
        # Việt Nam phường chỉ đạo …`) is asked as its bullets are
        node = ctx.section_at(run.start)
        if node is not None and node.start == line.start:
            node = node.parent
        asked = _heading_says(ctx, node, "heading.requested_parent")
        if asked is None and node is not None and opens \
                and all(ctx.working[m.start:m.end] in _heading_text(ctx, node) for m in acting):
            # a bullet of an agency item under the heading (`5. Đề nghị các cơ quan …` / `v) Bưu điện
            # tỉnh, Viettel …` / `- Bưu điện tỉnh thực hiện …`): its body is asked as the item is
            asked = _heading_says(ctx, node.parent, "heading.requested_parent")
        if asked is not None and not opens and not bullet:
            if not all(ctx.working[m.start:m.end] in _heading_text(ctx, node) for m in acting):
                asked = None
        if asked is not None and not all(_asked_by(ctx, node, m) for m in acting):
            asked = None
        if asked is not None:
            role, rule_id = asked.get("role"), asked.id
    # a cue for named bodies only (`named_only`: `lập dự toán`, `chỉ đạo, hướng dẫn`) passes over plural actors
    named_only = suffix.get("named_only") or (subject is not None and subject.get("named_only"))
    for mention in acting:
        if not (named_only and mention.agency_type == "collective"):
            yield mention, role, rule_id, False
