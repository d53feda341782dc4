"""The heading tree: Roman, Arabic, decimal and lettered headings → sections rows.

A marker only becomes a heading when it continues a ladder: the next Roman
numeral, the next number under the same parent, the next (or a repeated) letter.
That is what keeps `100% hộ gia đình …`, a wrapped `2025. Tỷ lệ …` or a numbered
list of documents from posing as headings.  However a typist or a Word list writes a
marker (`1.`, `1)`, `1)<TAB>`, `1/`, `(1)`; `a)`, `a.`, `a/`, `a-`, `(a)`; rules/headings.yaml), it climbs
the one ladder of its kind (a Roman numeral in a capital heading written twice,
`III.` then `III.`, is the next section all the same: `III~2`); a sub-letter (`a.1)`, `b.2)`, marker_type letter) climbs
its own, opened only under the letter it names; a bullet (`•`, `o`, `➢`, `-`) is never
a heading.  One exception: a list that starts again at `1)` under an open `2.` (a mark of another
style, where `1` cannot go on the `2.` ladder) is a list inside that heading, on a
ladder of its own mark (`arabic)`), which the next `3.` closes; so is a `- a)` written
as a bullet that starts the letters again under an open `c)` that reads as a title; under one
that ends a sentence, `- a)` starts the same list again (`a~2`); so does an `a)` right
under a sub-title without a marker (`**Cấp độ 2: …**`, rules/headings.yaml subtitles),
and a `1.` under one that groups a Roman section's tasks (`NHÓM GIẢI PHÁP …`: `1~2`).
A number written again as the last item of its list (`7. Chế độ báo cáo` after `8.`)
is a sibling all the same (`7~2`), and so is a decimal written twice (`4.3.3.`, then
`4.3.3.` again: `4.3.3~2`).  A marker typed without its sign or with a comma for
it (`II CHỈ TIÊU`, `3 Lực lượng tham gia`, `c, Phân loại rác`) is a heading only where the
numbering around it confirms it (_confirmed).

Some plans put parts in capitals above the Roman numerals (`A. KẾT QUẢ THỰC HIỆN …`,
`B. KẾ HOẠCH …`, each with its own `I.`, `II.` …): a part is a level-1 letter heading
on a ladder of its own, opened only by the body's first heading, so an `A.` lower in
a plan never re-roots the tree.

Others split a Roman section into parts in capitals (`II. MỤC TIÊU, CHÍNH SÁCH …`,
then `A. MỤC TIÊU`, `B. CHÍNH SÁCH THU HÚT`, each with its own `1.`, `2.`): under a
plan whose first heading is a Roman numeral, an `A.` right under the Roman heading opens
a level-2 letter ladder of its own (`caps_letter`: `II/A`, `II/B/1`), which the next
Roman numeral closes.

A plan in `PHẦN I.`, `PHẦN II.` parts that drops the word from there on (`III. NỘI
DUNG …`) goes on with its parts: a bare Roman numeral that is the next part, where no
Roman numeral is open inside the part, is that part (_continues_parts).

Long plans come in parts (`PHẦN THỨ NHẤT`, `PHẦN THỨ HAI` …) that may each number
their Roman sections from `I.` again: a part line is no section, but after one the
top ladder may start over (`I`, `II`, then `I~2`, `II~2` at level 1), and it ends
the sections open above it.  Strategies and five-year plans may divide a part into chapters
(`Chương I` / `MỤC TIÊU …` on the next line, `CHƯƠNG II: NHIỆM VỤ …`) and a chapter into
groups (`Mục 1.`, `Mục 2.`), each with its own `1.`, `2.`: a chapter is a Roman section on a
ladder of its own (`roman_chapter`: the first closes what is open, bar a part it stands in,
and the next part line ends it), a `Mục` one level down on its own (`subchapter`), so the
`1.` under it nests; a chapter's title is the line below it when its own line has none.
A table row (`cell | cell`, or cells between tabs as
copied out of Word) is never a heading, even when its first cell is `1.`.

A plan converted to markdown says the depth of its headings with hashes (`## III.`,
`### 2.`, `#### b)`): a `### 3.` is the sibling of the open `### 2.` and closes
whatever was opened below it — a plain numbered list under `#### b)` (`1. Bản Lác`,
`2. …`) whose next number it would otherwise seem to be.  A plan may write one level in
bold between two of hashes (`### IV.`, `**2. Quản lý, bảo vệ rừng**`, `#### 2.1.`): a
heading with more hashes than the last one open closes none of the plain headings
opened since, which are the levels between, so `2.1` nests under `2` and `**3.**` after
it is the sibling of `2`.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field

import regex

from pipeline import rules
from pipeline.normalise.textmap import WorkingText

LETTERS = "abcdđeghiklmnopqrstuvxy"
PARTS = "ABCDĐEGH"
KEYCAP_TEN = "\U0001F51F"  # 🔟, the one keycap emoji of two digits
HEADING_MAX = 300  # characters of a heading kept: a marker's line may be a whole paragraph
LOST_MAX = 9  # numbers a .docx conversion may drop before a typed one, each standing as a title line
CAPTION_WORDS = 6  # a group's caption over the rows of a flattened table (`Cấp mầm non:`) is a few words
ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
          "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"]


@dataclass
class Heading:
    marker: str
    marker_type: str
    ladder: str  # marker_type, with the depth for decimals (a 2.1 and a 2.1.3 climb different ladders); `part` for A./B.
    mark: str  # the sign after the marker (`.`, `)`, `/`, `-`)
    start: int  # offset of the marker's line
    line_end: int
    heading: str
    rule_id: str
    hashes: int = 0  # a markdown heading's `#`s (`### 3.` → 3); 0 for a plain line
    section_id: str = ""
    parent: Heading | None = None
    level: int = 1
    end: int = 0
    children: list[Heading] = field(default_factory=list)
    cut: int = 0  # where a lost item's title line ends the section early (_lost_item); 0 for none
    stands_for: str = ""  # the letter a slipped one stands in for (_slipped_letter); "" for none


def _kind(ladder: str) -> str:
    """The ladder without the mark of a list inside a heading (`arabic)` → `arabic`)."""
    return ladder.rstrip(".)/-–(#")


def _ordinal(marker: str, ladder: str) -> tuple[int, ...]:
    ladder = _kind(ladder)
    if ladder in ("roman", "roman_part", "roman_chapter"):
        return (ROMANS.index(marker) + 1,) if marker in ROMANS else (0,)
    if ladder == "letter":
        return (LETTERS.index(marker) + 1,)
    if ladder == "numeral_lower":  # `iv)` → 4
        return (ROMANS.index(marker.upper()) + 1,) if marker.upper() in ROMANS else (0,)
    if ladder in ("part", "caps_letter"):
        return (PARTS.index(marker) + 1,)
    if ladder == "subletter":  # `b.2` (or `b2`) → (2, 2)
        return (LETTERS.index(marker[0]) + 1, int(marker[1:].lstrip(".")))
    head, *rest = marker.split(".")
    # `I.1`: a decimal under Roman `I.` numbers its first part by the Roman numeral
    first = ROMANS.index(head) + 1 if head in ROMANS else int(head)
    return (first, *(int(p) for p in rest))


def _follows(prev: Heading | None, marker: str, ladder: str, parent: Heading | None) -> bool:
    """Is `marker` the next step after sibling `prev` (or a first child of `parent`)?"""
    cur = _ordinal(marker, ladder)
    ladder = _kind(ladder)
    if prev is None:
        if ladder == "subletter":
            # `b.1` opens only right under the `b)` it names
            return cur[-1] == 1 and parent is not None and _kind(parent.ladder) == "letter" \
                and _ordinal(parent.marker, parent.ladder) == cur[:1]
        if ladder.startswith("decimal"):
            # 2.1 opens under 2; 2.1.1 under 2.1
            return cur[-1] == 1 and (parent is None or _ordinal(parent.marker, parent.ladder) == cur[:-1]
                                     or parent.ladder in ("roman", "letter"))
        return cur[-1] == 1
    before = _ordinal(prev.stands_for or prev.marker, prev.ladder)
    if ladder == "letter":
        return cur[0] in (before[0], before[0] + 1, before[0] + 2)
    return cur[:-1] == before[:-1] and cur[-1] == before[-1] + 1


def _unnumbered(work: WorkingText, line, caps, bold) -> bool:
    """Is the line a main heading without a marker (`TỔ CHỨC THỰC HIỆN`, `**Kinh phí
    thực hiện**`, `PHẠM VI, ĐỐI TƯỢNG`; rules/headings.yaml unnumbered, main_names) — not the second line of a caps
    heading wrapped onto two?"""
    m = caps.match(work.text[line.start:line.end]) or bold.match(work.original[line.start:line.end])
    if not m or (section_kind(m.group("name"))[0] == "other"
                 and not rules.load("headings").any_of("main_names").search(m.group("name"))[1]):
        return False
    above_end = work.original.rfind("\n", 0, line.start)
    above = work.text[work.text.rfind("\n", 0, above_end) + 1:above_end] if above_end > 0 else ""
    return not caps.match(above)


def _candidates(work: WorkingText, start: int, end: int):
    """(line, match, marker, ladder, rule) of each heading line; a part line (`PHẦN THỨ
    HAI`) as (line, None, None, None, None), a main heading without a marker as
    (line, None, None, "unnumbered", None)."""
    headings = rules.load("headings")
    heading_rules, part_break = headings.any_of("rules"), headings.any_of("part_breaks")
    caps, bold = headings.by_id("unnumbered.caps"), headings.by_id("unnumbered.bold")
    md_heading = rules.load("layout").by_id("layout.md_heading")
    layout_row = headings.any_of("layout_rows")
    for line in work.lines:
        if line.start < start or line.start >= end or line.start in work.table_rows:
            continue
        shown = work.text[line.start:line.end]
        rule, m = heading_rules.match(shown)
        if m and _closes_bracket(work, line, shown, m):
            continue
        if m and layout_row.match(work.original[line.start:_typed_end(work, line)])[1]:
            continue  # a space-aligned table's numbered row (rules/headings.yaml layout_rows)
        if m:
            ladder = rule.get("ladder") or rule.get("marker_type")
            marker = _unpadded(m.group("marker"))
            if ladder == "decimal":
                ladder = f"decimal{marker.count('.')}"
            hashes = md_heading.match(work.original, line.start, line.end) if work.original[line.start] in " \t#" \
                else None
            yield line, m, marker, ladder, rule, len(hashes.group("x")) if hashes else 0
        elif part_break.match(shown)[1]:
            yield line, None, None, None, None, 0
        elif _unnumbered(work, line, caps, bold):
            yield line, None, None, "unnumbered", None, 0


def _typed_end(work: WorkingText, line) -> int:
    """Where the first line as typed ends: the working copy may have joined a wrap onto it."""
    wrap = work.original.find("\n", line.start, line.end)
    return wrap if wrap >= 0 else line.end


def _closes_bracket(work: WorkingText, line, shown: str, m) -> bool:
    """Is a `1)` at a line's start the close of a bracket the line above left open, a wrap inside
    a sentence (`… hoàn thành trước ngày 25/02/2026 (đợt` / `1) và trước ngày 25/8/2026`)?"""
    if shown[m.end("marker"):m.end("marker") + 1] != ")" or line.start < 2 or work.text[line.start - 1] != "\n":
        return False
    above = work.text[work.text.rfind("\n", 0, line.start - 1) + 1:line.start - 1]
    return above.count("(") > above.count(")")


def _lower_numerals(work: WorkingText, candidates: list) -> list:
    """Small Roman numerals (`i)`, `ii)`, `iii)`; rules/headings.yaml heading.roman_lower)
    that head the parts of a numbered item.  A lone `i)`, `v)`, `x)` is a letter (`h)`,
    `i)`, `k)`) unless it stands in a run of numerals: `i)` right before `ii)`, `v)` right
    after `iv)`, `x)` after `ix)`.  A numeral is a heading only as the title of a paragraph
    of its own (_heads_paragraph); one inside a sentence's list (`gồm: i) Nghị định …;
    ii) Thông tư …;`) stays text, and a lone letter stays a letter."""
    rule = rules.load("headings").by_id("heading.roman_lower")
    marked = [i for i, c in enumerate(candidates) if c[1] is not None]
    kept = []
    for k, i in enumerate(marked):
        line, _, marker, ladder, _, hashes = candidates[i]
        shown = work.text[line.start:line.end]
        if ladder == "letter" and marker in "ivx" and (m := rule.match(shown)):
            before = candidates[marked[k - 1]] if k else None
            after = candidates[marked[k + 1]] if k + 1 < len(marked) else None
            run = (marker == "i" and after is not None and after[3] == "numeral_lower" and after[2] == "ii") \
                or (marker != "i" and before is not None and before[3] == "numeral_lower"
                    and _ordinal(before[2], "numeral_lower")[0] + 1 == _ordinal(marker, "numeral_lower")[0])
            if run and _heads_paragraph(work, line):
                candidates[i] = (line, m, marker, "numeral_lower", rule, hashes)
        elif ladder == "numeral_lower" and not _heads_paragraph(work, line):
            continue
        kept.append(i)
    drop = set(marked) - set(kept)
    return [c for i, c in enumerate(candidates) if i not in drop]


def _small_first_roman(work: WorkingText, candidates: list, start: int) -> list:
    """The first Roman heading typed in small letters (`i. mục đích, yêu cầu`; rules/headings.yaml
    heading.roman_small_first) is Roman `I` when the first Roman heading the plan writes as it
    should be is `II.`: without it the whole Roman ladder, which opens at `I`, would be lost.
    Only the last such line before that `II.`, and only when no Roman heading stands before it."""
    rule = rules.load("headings").by_id("heading.roman_small_first")
    first = next((k for k, c in enumerate(candidates) if c[1] is not None and _kind(c[3]) == "roman"), None)
    if first is None or candidates[first][2] != "II":
        return candidates
    until = candidates[first][0].start
    small = [(line, m) for line in work.lines if start <= line.start < until and line.start not in work.table_rows
             and (m := rule.match(work.text[line.start:line.end]))]
    if not small:
        return candidates
    line, m = small[-1]
    return _placed(candidates, (line, m, "I", "roman", rule, 0))


def _placed(candidates: list, found: tuple) -> list:
    """`candidates` with `found` in its line's place, instead of what was read on that line."""
    start = found[0].start
    kept = [c for c in candidates if c[0].start != start]
    at = next((k for k, c in enumerate(kept) if c[0].start > start), len(kept))
    return kept[:at] + [found] + kept[at:]


def _small_next_roman(work: WorkingText, candidates: list, start: int, end: int) -> list:
    """A later Roman heading typed in small letters with a title in capitals (`iv. TỔ CHỨC THỰC
    HIỆN` after `III.`; rules/headings.yaml heading.roman_small_next) is that Roman numeral when
    it is the next one after the Roman heading above it and the Roman heading below it, if any,
    comes next again: else the Arabic items under it would fall into the section before."""
    rule = rules.load("headings").by_id("heading.roman_small_next")
    out = list(candidates)
    for line in work.lines:
        if not start <= line.start < end or line.start in work.table_rows:
            continue
        small = rule.match(work.text[line.start:line.end])
        if small is None or small["marker"].upper() not in ROMANS:
            continue
        number = ROMANS.index(small["marker"].upper()) + 1
        romans = [c for c in out if c[1] is not None and _kind(c[3]) == "roman"]
        before = next((c for c in reversed(romans) if c[0].start < line.start), None)
        after = next((c for c in romans if c[0].start > line.start), None)
        if before is None or _ordinal(before[2], "roman")[0] + 1 != number:
            continue
        if after is not None and _ordinal(after[2], "roman")[0] != number + 1:
            continue
        out = _placed(out, (line, small, ROMANS[number - 1], "roman", rule, 0))
    return out


def _small_letter_in_run(work: WorkingText, candidates: list) -> list:
    """A letter item typed `b/` or `b.` that opens on a small letter by a slip (`b/ đoàn Thanh niên
    phường …`; rules/headings.yaml heading.letter_small_in_run) is letter `b` when the marked
    headings right before and after it are `a/` and `c/` written with the same mark: without it
    the item's work would fall into `a/`.  Alone, such a line is a wrapped sentence's."""
    rule = rules.load("headings").by_id("heading.letter_small_in_run")
    written = rules.load("headings").by_id("heading.letter")
    out = list(candidates)
    for line in work.lines:
        if line.start in work.table_rows or not (small := rule.match(work.text[line.start:line.end])):
            continue
        number = _ordinal(small["marker"], "letter")[0]
        marked = [c for c in out if c[1] is not None]
        before = next((c for c in reversed(marked) if c[0].start < line.start), None)
        after = next((c for c in marked if c[0].start > line.start), None)
        if not all(c is not None and c[3] == "letter" and c[4] is written
                   and work.text[c[0].start + c[1].end("marker")] == small["mark"] for c in (before, after)):
            continue
        if (_ordinal(before[2], "letter")[0] + 1, _ordinal(after[2], "letter")[0] - 1) != (number, number):
            continue
        out = _placed(out, (line, small, small["marker"], "letter", rule, 0))
    return out


def _heads_paragraph(work: WorkingText, line) -> bool:
    """Is a marker's line the title of a paragraph of its own: no clause mark at its end and
    bullets under it (`ii) Kết nối, chia sẻ dữ liệu` / `- Đề nghị Sở …`), or a colon that
    opens them?"""
    last = work.text[line.start:line.end].rstrip(" \t*")[-1:]
    if last in (".", ";", ","):
        return False
    if last == ":":
        return True
    at = bisect.bisect_right(work.lines, line.start, key=lambda ln: ln.start)
    below = next((ln for ln in work.lines[at:at + 3] if work.original[ln.start:ln.end].strip()), None)
    return below is not None and work.original[below.start:below.end].lstrip()[:1] in ("-", "+", "•", "*", "–")


def _unpadded(marker: str) -> str:
    """`03.` is heading 3 (a clerk's zero-padded list); `2.01` is 2.1; the keycap `🔟` is 10
    (heading.arabic_keycap); a Roman numeral sign `Ⅳ` is `IV` (heading.roman_numeral_sign, its
    compatibility form): ids and markers carry the number."""
    if marker == KEYCAP_TEN:
        return "10"
    if len(marker) == 1 and "\u2160" <= marker <= "\u217b":
        return unicodedata.normalize("NFKC", marker).upper()
    parts = marker.split(".")
    return ".".join(str(int(p)) for p in parts) if all(p.isdigit() for p in parts) else marker


def build_tree(work: WorkingText, start: int, end: int) -> list[Heading]:
    """Headings between start and end (the body), nested, with spans and ids."""
    stack: list[Heading] = []
    found: list[Heading] = []
    parts: list[int] = []  # where each part line starts
    candidates = _small_first_roman(work, _lower_numerals(work, list(_candidates(work, start, end))), start)
    candidates = _small_next_roman(work, candidates, start, end)
    candidates = _small_letter_in_run(work, candidates)
    # a caps line under Roman sections is a subheading or a wrapped heading, no part
    romans = any(c[3] in ("roman", "roman_part", "roman_chapter") for c in candidates)
    subheads, bold_heads = _caps_subheadings(work, candidates, start, end) if romans else ([], set())
    bare_run = _bare_roman_run(work, candidates)
    table_rows = _table_rows(work, candidates)
    since = start  # where the last marked heading's line starts
    for at, (line, m, marker, ladder, rule, hashes) in enumerate(candidates):
        if m is None:
            if ladder != "unnumbered" or not romans:
                parts.append(line.start)
            continue
        if at in table_rows:
            continue
        between = [s for s in subheads if since < s < line.start and _subhead_ends(s, bold_heads, stack)]
        since = line.start
        if between and _ends_items(stack, marker, ladder):
            _cut_below_main(stack, between[0])
        if parts and (chapter := _chapter_ended(stack, parts[-1])) is not None:
            del stack[chapter:]  # a part line ends the chapter open above it (module docstring)
        closed: list[Heading] = []
        if hashes:
            # a markdown heading closes what is open below the last one of its depth or above
            outer = next((i for i in range(len(stack) - 1, -1, -1) if 0 < stack[i].hashes <= hashes), None)
            if outer is not None:
                cut = outer + 1
                if stack[outer].hashes < hashes:
                    # deeper than the last one: the plain (bold) headings opened since are the levels
                    # between (`### IV.`, `**2.**`, `#### 2.1.`), and stay open (module docstring)
                    cut = next((i for i in range(cut, len(stack)) if stack[i].hashes), len(stack))
                elif _kind(stack[outer].ladder) != _kind(ladder) and any(
                        h.ladder == ladder and _follows(h, marker, ladder, h.parent) for h in stack[cut:]):
                    # the hashes of a Roman heading put on an item of the list under it (`### V.`,
                    # `1.` … `4.`, `### 5.`): the item goes on with its list, closing nothing
                    cut = len(stack)
                closed = stack[cut:]
                del stack[cut:]
        mark = work.text[line.start + m.end("marker"):line.start + m.end()].strip()[:1]
        if m.start("marker") and work.text[line.start + m.start("marker") - 1] == "(":
            mark = "("  # `(1)` is a style of its own, not `1)`
        elif ladder == "letter" and work.text[line.start:line.start + m.start("marker")].strip():
            mark = "-" + mark  # `- a)` written as a bullet is a style of its own, not `a)`
        if (inner := _slipped_mark(work, stack, marker, mark, ladder, candidates[at + 1:])) is not None:
            ladder, mark = inner.ladder, inner.mark  # `4.` between `3)` and `5)` (_slipped_mark)
        elif any(h.ladder == ladder + mark for h in stack):
            ladder += mark  # the next item of a list inside a heading (2) after 1) under 2.)
        elif not hashes and any(h.ladder == ladder + "#" for h in stack):
            ladder += "#"  # the next item of a plain list inside a markdown heading (2. after 1. under ### 3.)
        if ladder == "part" and stack and _kind(stack[0].ladder) in ("roman", "roman_part"):
            ladder = "caps_letter"  # `A. MỤC TIÊU` inside `II.`: a part of the Roman section (module docstring)
        if ladder == "roman" and _continues_parts(stack, marker):
            ladder = "roman_part"  # `III.` after `PHẦN II.`: the next part, its word left out (module docstring)
        if _items_under_decimal(stack, mark, ladder):
            stack.extend(closed)
            continue
        node = Heading(marker, rule.get("marker_type"), ladder, mark, line.start, line.end, "", rule.id, hashes)
        # Sibling of an open heading on the same ladder?
        depth = next((i for i in range(len(stack) - 1, -1, -1) if stack[i].ladder == ladder), None)
        if rule.get("confirm") == "siblings" and at not in bare_run \
                and not _confirmed(stack, depth, marker, ladder, candidates, at):
            stack.extend(closed)
            continue
        if rule.get("confirm") == "labelled" and not _labelled_confirmed(stack, depth, rule.id):
            stack.extend(closed)
            continue
        if ladder == "numeral_lower" and not stack:
            continue  # small numerals head the parts of a numbered item, never the plan's own
        if parts and stack and stack[0].ladder == ladder and parts[-1] > stack[-1].start \
                and _follows(None, marker, ladder, None):
            # the first heading of a new part numbers the top ladder from 1 again
            del stack[:]
        elif depth is not None and (_follows(stack[depth], marker, ladder, stack[depth].parent)
                                    or _repeated_roman(work, stack[depth], marker, ladder, line, m)) \
                and not _own_run_goes_on(work, stack[depth], marker, mark, line.start):
            node.parent = stack[depth].parent
            if marker == stack[depth].marker:
                node.stands_for = _skipped_in_sequence(marker, ladder, candidates[at + 1:])
            del stack[depth:]
        elif (outer := _outer_sibling(stack, depth, marker, ladder)) is not None:
            node.parent = stack[outer].parent  # the list under a letter has ended (_outer_sibling)
            del stack[outer:]
        elif ladder == "part" and depth is None and found:
            continue  # a part (A., B.) only opens the body
        elif ladder == "roman_chapter" and depth is None:
            if not _follows(None, marker, ladder, None):
                stack.extend(closed)
                continue
            # the first chapter closes what is open, but for the part (`PHẦN I.`, `A.`) it stands in
            keep = next((i + 1 for i in range(len(stack) - 1, -1, -1)
                         if _kind(stack[i].ladder) in ("part", "roman_part")), 0)
            node.parent = stack[keep - 1] if keep else None
            del stack[keep:]
        elif ladder == "caps_letter" and depth is None:
            if marker != "A" or _kind(stack[-1].ladder) not in ("roman", "roman_part"):
                continue  # an `A.` in capitals deeper down is no part of the section
            node.parent = stack[-1]
        elif depth is None and (_follows(None, marker, ladder, stack[-1] if stack else None)
                                or _after_run_in(work, marker, ladder, stack[-1] if stack else None, line.start)):
            node.parent = stack[-1] if stack else None
        elif (depth is None or stack[depth] is not stack[-1]) and _runs_on(found, stack, marker, mark):
            node.parent = stack[-1]
        elif depth is not None and _relabelled(work, stack[depth], marker, rule.id, line):
            node.parent = stack[depth].parent  # a list of its own beside the first, numbered `1~2` (_number)
            del stack[depth:]
        elif depth is not None and ladder not in ("roman", "roman_part", "roman_chapter", "part") \
                and _follows(None, marker, ladder, stack[-1]) and stack[-1].ladder != ladder:
            # a new list opening under a deeper heading (1. under a) …)
            node.parent = stack[-1]
        elif depth is not None and ladder in ("arabic", "letter") and stack[-1] is stack[depth] \
                and (mark != stack[-1].mark or stack[-1].hashes > hashes == 0) \
                and _follows(None, marker, ladder, stack[-1]) \
                and (ladder == "arabic" or _titled(work, stack[-1])):
            # a list of another mark opening inside the heading (1) under 2.; - a) under c)),
            # or a plain `1.` list under a markdown `### 3.` (its hashes say the plan's depth)
            node.parent, node.ladder = stack[-1], ladder + (mark if mark != stack[-1].mark else "#")
        elif depth is not None and _starts_again(work, stack, depth, marker, mark, ladder, line, m,
                                                 candidates[at + 1:]):
            node.parent = stack[depth].parent  # a sibling all the same, numbered `a~2`, `7~2` (_number)
            node.stands_for = _skipped_repeat(stack[depth], marker, ladder, candidates[at + 1:])
            del stack[depth:]
        elif depth is not None and (stands := _slipped_letter(stack[depth], marker, ladder,
                                                              candidates[at + 1:])):
            node.parent, node.stands_for = stack[depth].parent, stands  # `a~2` for a `d)` (_number)
            del stack[depth:]
        elif not rule.get("confirm") and (lost := _lost_item(work, stack, depth, marker, ladder, line,
                                                                candidates)) is not None:
            # a list whose first or middle numbers a .docx conversion lost: keeps its written number;
            # the lost item's title line ends the sibling before it (its lines stand in the parent)
            first_closed = _lost_list_parent(stack) + 1 if depth is None else depth
            node.parent, node.rule_id = stack[first_closed - 1] if depth is None else stack[depth].parent, lost[1]
            for closing in stack[first_closed:]:
                if closing.start < lost[0]:  # (letters opened after the lost title close at this line)
                    closing.cut = lost[0]
            del stack[first_closed:]
        else:
            stack.extend(closed)  # no heading: what it would have closed stays open
            _drop_running_count(found, stack, marker, mark)
            continue
        node.heading = work.plain(line.start + m.end(), line.end, HEADING_MAX) or _title_below(work, line, candidates)
        stack.append(node)
        found.append(node)
    after = [s for s in subheads if s > since and _subhead_ends(s, bold_heads, stack)]
    if after and _ends_items(stack, None, None):
        _cut_below_main(stack, after[0])
    # (a main heading without a marker after the last marked one, `CHẾ ĐỘ BÁO CÁO` closing a Roman
    # plan, ends every section as a part line does: its lines stand in none, docs/gold_conventions.md)
    tail = next((c[0].start for c in candidates if c[1] is None and c[3] == "unnumbered" and c[0].start > since), None)
    if romans and tail is not None:
        parts = sorted([*parts, tail])
    _number(found)
    _close(found, work.original, end, parts)
    return found


MAIN_LADDERS = ("roman", "roman_part", "roman_chapter", "subchapter", "part", "caps_letter")


def _items_under_decimal(stack: list[Heading], mark: str, ladder: str) -> bool:
    """Is a bracketed `(1)` (not yet a list of its own) right under a decimal heading (`4.3. Các tổ
    trực …` / `(1) Tổ trực tại …` / `(2) …`, `3.1. Đối với các xã …` / `(1) Rà soát …`) an item of
    that heading's text?  A plan numbered down to decimals has reached its deepest heading: the
    gold reads such runs as lines of it (ic, rm), so the `5.` after them is the decimal's uncle."""
    return mark == "(" and bool(stack) and _kind(stack[-1].ladder).startswith("decimal") \
        and not ladder.endswith("(")


def _caps_subheadings(work: WorkingText, candidates, start: int, end: int) -> tuple[list[int], set[int]]:
    """Where each line in capitals without a marker starts (`CÁC ĐỢT THI ĐUA CAO ĐIỂM NĂM
    2026`, `TIẾN ĐỘ SƠ KẾT, TỔNG KẾT`; rules/headings.yaml subtitle.caps), in a plan
    numbered by Roman sections: a line of its own after a blank line or a sentence's end —
    not a sentence in capitals (`NGHIÊM CẤM …` / `XÁC MINH.`), the second line of a caps
    heading, nor a slogan a colon introduces.  A whole line in bold counts as well
    (subtitle.bold: `**Quản lý, khai thác tài sản trí tuệ sau bảo hộ**`), a .docx export's
    heading whose automatic number was lost; those are also given apart, as they end only
    letters standing right under a Roman section (_subhead_ends)."""
    subtitles = rules.load("headings").any_of("subtitles")
    bold = rules.load("headings").by_id("subtitle.bold")
    marked = {c[0].start for c in candidates if c[1] is not None}
    found, bolds = [], set()
    for line in work.lines:
        written = work.original[line.start:line.end]
        if not start <= line.start < end or line.start in marked or line.start in work.table_rows \
                or not subtitles.match(written)[1] or written.rstrip(" \t*")[-1:] in ".;,":
            continue
        before = line.start  # (the end of the text above, past the blank space between)
        while before > 0 and work.original[before - 1] in " \t\n":
            before -= 1
        above = work.original[work.original.rfind("\n", 0, before) + 1:before]
        blank_above = work.original.count("\n", before, line.start) > 1
        if blank_above or (above.rstrip(" \t*_")[-1:] in ".;!?)”\"…" and not subtitles.match(above)[1]):
            found.append(line.start)
            if bold.match(written):
                bolds.add(line.start)
    return found, bolds


def _subhead_ends(at: int, bold_heads: set[int], stack: list[Heading]) -> bool:
    """Does the unmarked subheading at `at` end the items open above it?  A caps line does; a
    bold one only where the headings open below the innermost Roman section are letters alone
    (`IV.` / `a)` … `c)`, no `1.` between: _lost_list_parent): the Roman section's own items lost
    their numbers, and a bold line between the letters (`**Quản lý, khai thác …**` after `c) Đăng
    ký bảo hộ ở nước ngoài`) is the next of them.  Under a numbered item a bold line is its
    sub-title (`2. Chương trình dự kiến` / `**Buổi sáng**`) and ends nothing."""
    return at not in bold_heads or _lost_list_parent(stack) is not None


def _ends_items(stack: list[Heading], marker: str | None, ladder: str | None) -> bool:
    """Does a caps line without a marker inside a Roman section (rules/headings.yaml
    subtitle.caps) end the numbered items open below that section?  It is no section
    (docs/gold_conventions.md), but it heads a part of its own when what comes next says so:
    a `1.` that numbers from 1 again under an open Arabic list (`1. Đợt thứ nhất` after `2.2.`:
    `III/1~2`), or no heading before the next Roman one (its lines stand in the Roman
    section).  Before a letter or the next number of the open list it is a sub-title only."""
    main = _main_depth(stack)
    if main is None or main == len(stack) - 1:
        return False
    if ladder is None or _kind(ladder) in MAIN_LADDERS:
        return True
    return ladder == "arabic" and marker == "1" and any(h.ladder == "arabic" for h in stack[main + 1:])


def _main_depth(stack: list[Heading]) -> int | None:
    """The place in `stack` of the innermost open Roman section (or part, chapter)."""
    return next((i for i in range(len(stack) - 1, -1, -1) if _kind(stack[i].ladder) in MAIN_LADDERS), None)


def _cut_below_main(stack: list[Heading], at: int) -> None:
    """Close the headings open below the innermost Roman section where a caps sub-heading
    starts (_ends_items): their lines stop there, the rest stand in the Roman section."""
    main = _main_depth(stack)
    for node in stack[main + 1:]:
        node.cut = min(node.cut, at) if node.cut else at
    del stack[main + 1:]


def _confirmed(stack: list[Heading], depth: int | None, marker: str, ladder: str, candidates, at: int) -> bool:
    """Is a marker typed without its sign or with a comma for it (`II CHỈ TIÊU`, `3 Lực
    lượng tham gia`, a scan's `2, Yêu cầu`, `c, Phân loại rác`) a heading?  Only when the
    numbering says so: the open sibling before it is the step before (`I.`, `2.`, `b.`),
    with no other marker of its kind between them (not the third row of a list of bare
    numbers, `3 Sở Tài chính` after `1 Sở Y tế`, `2 …`), and after it comes the step after,
    written as a heading should be (`III.`, `4.`, `d.`), a heading of a ladder above that
    ends the list (it was the last item), or the end of the body — never a number of its
    own again.  The first of its list (`1 Trách nhiệm …` right under `III NHIỆM VỤ …`)
    is one when the next marker of its kind is the step after, written as a heading
    should be (`2. Trách nhiệm …`): _confirmed_first."""
    if depth is None:
        return _confirmed_first(stack, marker, ladder, candidates, at)
    if _ordinal(stack[depth].marker, stack[depth].ladder) != (_ordinal(marker, ladder)[0] - 1,):
        return False
    kind = _kind(ladder)
    before = next((c[0] for c in reversed(candidates[:at]) if c[1] is not None and _kind(c[3]) == kind), None)
    if before is None or before.start != stack[depth].start:
        return False
    above = {_kind(h.ladder) for h in stack[:depth]}
    for _, nxt_m, nxt_marker, nxt_ladder, nxt_rule, _ in candidates[at + 1:]:
        if nxt_m is None:
            continue
        if _kind(nxt_ladder) in above:
            return True
        if _kind(nxt_ladder) == kind:
            return nxt_rule.get("confirm") != "siblings" \
                and _ordinal(nxt_marker, nxt_ladder) == (_ordinal(marker, ladder)[0] + 1,)
    return True


def _bare_roman_run(work: WorkingText, candidates) -> set[int]:
    """Indices of the candidates in a run of Roman headings ALL typed without their dot
    (`I MỤC ĐÍCH YÊU CẦU`, `II CHỦ ĐỀ, THỜI GIAN, ĐỐI TƯỢNG`, `III MỘT SỐ CHỈ TIÊU …`): with
    no `I.` written as it should be, _confirmed has no sibling to lean on, yet three or more
    capital lines counting I, II, III … with no other Roman numeral between them can only
    be the plan's own sections.  One space after the numeral (a space-aligned table's
    group row, `I    CHỈ TIÊU KINH TẾ`, pads its cells), the run starting at `I`."""
    romans = [(i, c) for i, c in enumerate(candidates)
              if c[1] is not None and _kind(c[3]) in ("roman", "roman_part", "roman_chapter")]
    found: set[int] = set()
    run: list[int] = []
    for i, (line, m, marker, ladder, rule, _) in romans:
        shown = work.text[line.start:line.end]
        bare = rule.get("confirm") == "siblings" and _kind(ladder) == "roman" \
            and shown[m.end("marker"):m.end()] == " " and "  " not in shown.strip()
        if bare and _ordinal(marker, ladder) == (len(run) + 1,):
            run.append(i)
            continue
        if len(run) >= 3:
            found.update(run)
        run = [i] if bare and _ordinal(marker, ladder) == (1,) else []
    if len(run) >= 3:
        found.update(run)
    return found


def _table_rows(work: WorkingText, candidates) -> set[int]:
    """Indices of the candidates that are the rows of a table flattened into numbered lines:
    `1/ Phường An Hải: 412 hộ …` … `9/ Xã An Phú: …`, one line each, closed by a total row
    (`Cộng: 09 xã, phường - 2.874 hộ`, `Cộng mầm non: 31 lớp`, rules/headings.yaml
    table_totals), and either indented deeper than the heading line before them or set
    under a short caption of their own (`Cấp mầm non:`, not a paragraph's `… như sau:`), whose rows may go on counting from the
    group above (`Cấp tiểu học:` / `(4) Trường Tiểu học …`).  A list of headings is not
    indented under its parent, and a list of works that a sum ends on the margin
    (`Tổng cộng: 10 tuyến hẻm`) stays one."""
    total = rules.load("headings").any_of("table_totals")
    found: set[int] = set()
    for at, (line, m, marker, ladder, _, _) in enumerate(candidates):
        if m is None or at == 0 or candidates[at - 1][1] is None or not marker.isdigit():
            continue
        indent = _indent(work, line)
        above_start = work.original.rfind("\n", 0, max(line.start - 1, 0)) + 1
        above = work.original[above_start:line.start].rstrip()
        captioned = above.endswith(":") and len(above.split()) <= CAPTION_WORDS and candidates[at - 1][0].end < above_start
        goes_on = at - 1 in found and candidates[at - 1][2].isdigit() and int(candidates[at - 1][2]) + 1 == int(marker)
        indented = marker == "1" and indent > _indent(work, candidates[at - 1][0])
        if not (indented or captioned and (marker == "1" or goes_on)):
            continue
        run, last = [at], line
        for nxt in range(at + 1, len(candidates)):
            cand = candidates[nxt]
            if cand[1] is None or cand[3] != ladder or cand[0].start != last.end + 1 \
                    or cand[2] != str(int(marker) + len(run)) or _indent(work, cand[0]) != indent:
                break
            run.append(nxt)
            last = cand[0]
        # the total row may be joined onto the last row's working line (a wrap, to the joiner)
        wrap = work.original.find("\n", last.start, last.end)
        after = wrap + 1 if wrap >= 0 else last.end + 1
        after_end = work.original.find("\n", after)
        if len(run) >= 2 and total.match(work.original[after:after_end if after_end >= 0 else None])[1]:
            found.update(run)
    return found


def _indent(work: WorkingText, line) -> int:
    shown = work.text[line.start:line.end]
    return len(shown) - len(shown.lstrip(" \t"))


def _confirmed_first(stack: list[Heading], marker: str, ladder: str, candidates, at: int) -> bool:
    """Is a first marker typed without its sign (`1 Trách nhiệm của Hội Nông dân tỉnh`,
    `I MỤC ĐÍCH, YÊU CẦU`) the opening of a list under the open heading?  Only when the
    next marker of its kind, before any of the ladders open above, is its second item
    written with its sign (`2. Trách nhiệm …`, `II. MỤC TIÊU`): a list of bare numbers
    (`1 Sở Y tế`, `2 Sở Tài chính`) or a lone `1 …` confirms nothing."""
    if not _follows(None, marker, ladder, stack[-1] if stack else None) or _ordinal(marker, ladder) != (1,):
        return False
    kind = _kind(ladder)
    above = {_kind(h.ladder) for h in stack}
    for _, nxt_m, nxt_marker, nxt_ladder, nxt_rule, _ in candidates[at + 1:]:
        if nxt_m is None or _kind(nxt_ladder) in above:
            return False
        if _kind(nxt_ladder) == kind:
            return nxt_rule.get("confirm") != "siblings" and _ordinal(nxt_marker, nxt_ladder) == (2,)
    return False


def _labelled_confirmed(stack: list[Heading], depth: int | None, rule_id: str) -> bool:
    """Is a numbered item named by what it is (`Nhiệm vụ 1: Cải cách thể chế`) a heading?
    Only as the list right under a Roman section (no `1.` open there) or the next item of
    such a list: under an open `1. Nhóm nhiệm vụ …` the same words number the tasks of a
    paragraph, and a plan's `Nhiệm vụ 1`…`14` run on across its groups."""
    if depth is not None:
        return stack[depth].rule_id == rule_id
    return bool(stack) and _kind(stack[-1].ladder) in ("roman", "roman_part")


def _outer_sibling(stack: list[Heading], depth: int | None, marker: str, ladder: str) -> int | None:
    """The place in `stack` of an outer open Arabic heading that `marker` is the next step of,
    when it cannot follow the nearer one of its ladder: a works list numbered `1.`…`8.` under
    `b) Danh mục công trình` inside `2. Đầu tư …` ends where `3. Quản lý, vận hành` goes on
    the numbering of `2.`, the way a reader takes it."""
    if depth is None or _kind(ladder) != "arabic":
        return None
    return next((i for i in range(depth - 1, -1, -1)
                 if stack[i].ladder == ladder and _follows(stack[i], marker, ladder, stack[i].parent)), None)


def _lost_item(work: WorkingText, stack: list[Heading], depth: int | None, marker: str, ladder: str,
               line, candidates) -> tuple[int, str] | None:
    """Is an Arabic `2.` with no `1.` before it under a Roman section, or a `3.` after the
    open `1.`, an item of a list whose other numbers a .docx conversion lost?  Word's
    automatic numbering may vanish where a typist's numbers stay (`Mục đích` … `2. Yêu
    cầu`; `1. Ban Chỉ huy …`, `Sở Giáo dục và Đào tạo`, `3. Sở Y tế`).  Only when the
    lines between, headings and table rows aside, hold exactly one title line without a
    marker (rules/headings.yaml lost_numbers) for each number left out, at most LOST_MAX (a
    typist's skipped number over ordinary prose stays no heading); a paragraph item may stand
    for a title line (_lost_paragraphs), for at most two.  Gives where the first lost item starts and the rule
    that found it, None when the numbers say no such thing."""
    if ladder != "arabic" or not marker.isdigit() or not stack:
        return None
    if depth is None:
        section = _lost_list_parent(stack)
        if section is None:
            return None
        above, missing = stack[section], int(marker) - 1
    else:
        above = stack[depth]
        if not above.marker.isdigit():
            return None
        missing = int(marker) - int(above.marker) - 1
    if not 1 <= missing <= LOST_MAX:
        return None
    title = rules.load("headings").by_id("lost_number.title")
    headings = {c[0].start for c in candidates}
    titles = []
    for between in work.lines[bisect.bisect_right(work.lines, above.line_end, key=lambda ln: ln.start):]:
        if between.start >= line.start:
            break
        if between.start not in headings and between.start not in work.table_rows \
                and title.match(work.text[between.start:between.end]):
            titles.append(between.start)
    if len(titles) == missing:
        return titles[0], title.id
    titles = _lost_paragraphs(work, above, line)
    return (titles[0], "lost_number.paragraph") if len(titles) == missing <= 2 else None


def _lost_list_parent(stack: list[Heading]) -> int | None:
    """Where in the stack the Roman section stands that a list with lost numbers belongs to:
    the innermost heading, or the Roman one under which only letters opened (`IV.` / lost `1.`,
    `2.` / `a)` … `c)` / `3. Tổ chức …`: the letters were the lost item's)."""
    at = next((i for i in range(len(stack) - 1, -1, -1) if _kind(stack[i].ladder) in ("roman", "roman_part")), None)
    if at is None or any(_kind(h.ladder) != "letter" for h in stack[at + 1:]):
        return None
    return at


def _lost_paragraphs(work: WorkingText, above: Heading, line) -> list[int]:
    """Where each paragraph item between the open sibling `above` and the numbered line
    starts whose number Word dropped and whose tab it left (rules/headings.yaml
    lost_numbers): a line of documents.text after one that ends its item (`…; Cơ quan
    thực hiện: UBND xã)`), both numbered siblings flush left.  The working copy may have
    joined such a line to the one above, so the written lines are read."""
    original = work.original
    if original[above.start:above.start + 1].isspace() or original[line.start:line.start + 1].isspace():
        return []
    paragraph = rules.load("headings").by_id("lost_number.paragraph")
    found = []
    at = original.find("\n", above.line_end)
    while 0 <= at < line.start:
        start = at + 1
        at = original.find("\n", start)
        written = original[start:at if at >= 0 else len(original)]
        ended = original[max(above.line_end, start - 400):start].rstrip()[-1:]
        if ended and ended in ".;:)!?" and paragraph.match(written):
            found.append(start)
    return found


def _starts_again(work: WorkingText, stack: list[Heading], depth: int, marker: str, mark: str, ladder: str,
                  line, m, later) -> bool:
    """Is a marker that cannot follow the open sibling `stack[depth]` its list written again?
    Under a sentence (not _titled) a bulleted `- a)` starts the same letters again; so does an
    `a)` right after an unnumbered sub-title (`**Cấp độ 2: …**`); a number written again out of
    order as the list's last item (`7. Chế độ báo cáo` after `8.`) is the next sibling."""
    prev = stack[depth]
    if ladder == "letter" and marker == "a":
        return (mark.startswith("-") and stack[-1] is prev) or _under_subtitle(work, prev, line)
    if ladder == "arabic" and marker == "1" and mark == prev.mark:
        return _under_subtitle(work, prev, line)
    if ladder.startswith("decimal") and marker == prev.marker:
        return _titled_repeat(work, line, m)
    if _kind(ladder) == "arabic" and marker == prev.marker and _written_twice(work, prev, line):
        return True
    return ladder == "arabic" and _restated(work, prev, marker, line, m, later)


def _relabelled(work: WorkingText, prev: Heading, marker: str, rule_id: str, line) -> bool:
    """Does a labelled item start a list of another name beside the open one (`Nhiệm vụ 1:` …
    `Nhiệm vụ 5:`, then `Giải pháp 1.` … `Giải pháp 3.` under the same Roman section)?  Its
    `1` names a new list of the section, not a point of the last task's last letter."""
    if marker != "1" or rule_id != "heading.arabic_labelled" or prev.rule_id != rule_id:
        return False
    return _label(work, line.start) != _label(work, prev.start)


def _label(work: WorkingText, start: int) -> str:
    """The name a labelled item's number follows (`nhiệm vụ` of `Nhiệm vụ 3: …`), folded."""
    m = _LABEL.match(work.text, start)
    return " ".join(m.group(1).split()).casefold() if m else ""


_LABEL = regex.compile(r"[ \t\f]*(\p{L}[\p{L} \t]*?)[ \t]+\d")


def _slipped_letter(prev: Heading, marker: str, ladder: str, later) -> str:
    """Is a letter that cannot follow the open sibling `prev` a typist's slip for the step
    after it (`a) Thực phẩm`, `b)`, `c)`, then `a) Xăng dầu`, `đ) Vật tư`: the `a)` stands
    for `d)`)?  Only when the next letter of its list, before any heading of another ladder,
    is the step after that one: gives the letter it stands for, "" when it is none."""
    if _kind(ladder) != "letter" or marker == prev.marker:
        return ""
    step = _ordinal(prev.stands_for or prev.marker, prev.ladder)[0]
    if step + 1 >= len(LETTERS):
        return ""
    for _, nxt_m, nxt_marker, nxt_ladder, _, _ in later:
        if nxt_m is None or _kind(nxt_ladder) != "letter":
            return ""
        return LETTERS[step] if _ordinal(nxt_marker, nxt_ladder)[0] == step + 2 else ""
    return ""


def _written_twice(work: WorkingText, prev: Heading, line) -> bool:
    """Is the line the open sibling's heading line again, word for word (`3. Bố trí, huy
    động nguồn lực` pasted twice)?  A copy slip: the second is read as a heading all the
    same, numbered `3~2` (_number), and the points below it are its own."""
    return work.text[line.start:line.end].strip() == work.text[prev.start:prev.line_end].strip()


def _titled_repeat(work: WorkingText, line, m) -> bool:
    """Is a decimal heading that repeats the open sibling's number (`4.3.3. Quản lý nguồn
    lửa`, then `4.3.3. Tuần tra, canh gác lửa`) a typist's slip for the next one?  Only a
    line that opens with a capital, as a heading does; it is numbered `4.3.3~2` (_number)."""
    return work.text[line.start + m.end():line.end].strip()[:1].isupper()


def _chapter_ended(stack: list[Heading], part_start: int) -> int | None:
    """The place in `stack` of an open chapter (`Chương II`) that a part line after it
    (`Phần thứ ba. TỔ CHỨC THỰC HIỆN`) has ended: a chapter stands inside its part, so the
    `I.` of the next part is no heading inside the chapter.  None when no chapter is open
    or no part line has come since it opened."""
    return next((i for i, h in enumerate(stack) if h.ladder == "roman_chapter" and h.start < part_start), None)


def _title_below(work: WorkingText, line, candidates) -> str:
    """The title of a heading whose marker stands alone on its line (`Chương I` / `MỤC
    TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU`): the next written line, when it is no heading of its
    own nor a table row; "" when there is none."""
    headings = {c[0].start for c in candidates if c[1] is not None}
    at = bisect.bisect_right(work.lines, line.start, key=lambda ln: ln.start)
    for below in work.lines[at:at + 3]:
        if not work.text[below.start:below.end].strip():
            continue
        if below.start in headings or below.start in work.table_rows:
            return ""
        return work.plain(below.start, below.end, HEADING_MAX)
    return ""


def _continues_parts(stack: list[Heading], marker: str) -> bool:
    """Is a bare Roman `III.` the next part after `PHẦN I.`, `PHẦN II.` (a plan that writes
    the word `PHẦN` on its first parts only)?  Only when no Roman numeral is open inside the
    part and the numeral is the part's next one: an `I.` under `PHẦN II.` still nests."""
    if any(h.ladder == "roman" for h in stack):
        return False
    part = next((h for h in stack if h.ladder == "roman_part"), None)
    return part is not None and _follows(part, marker, "roman_part", part.parent)


def _titled(work: WorkingText, node: Heading) -> bool:
    """Does a letter's line read as a title (`c) Kiểm tra, giám sát`, `c) Các bước:`), so
    that bullets lettered again under it (`- a)`, `- b)`) are its points?  Under a
    sentence (`b) Đào tạo nghề … của tỉnh.`) they go on as the same list, a slip."""
    return work.text[node.start:node.line_end].rstrip(" \t*")[-1:] not in (".", ";")


def _under_subtitle(work: WorkingText, prev: Heading, line) -> bool:
    """Is the line right above an `a)` (blank lines aside) a sub-title without a marker,
    in bold or capitals (`**Cấp độ 2: Dịch xuất hiện từ 02 thôn trở lên**`), below the
    open letter `prev`?  A plan that groups its points by level or phase letters each
    group from `a)` again under the one numbered heading."""
    subtitles = rules.load("headings").any_of("subtitles")
    above_end = line.start - 1
    while above_end > prev.line_end and not work.original[work.original.rfind("\n", 0, above_end) + 1:above_end].strip():
        above_end = work.original.rfind("\n", 0, above_end)
    above_start = work.original.rfind("\n", 0, above_end) + 1
    return above_start > prev.line_end and subtitles.match(work.original[above_start:above_end])[1] is not None


def _restated(work: WorkingText, prev: Heading, marker: str, line, m, later) -> bool:
    """Is an Arabic `7.` after the open `8.` a number written again by a slip, as the
    last item of the list (`7. Chế độ báo cáo` closing `VI. TỔ CHỨC THỰC HIỆN`)?  Only
    a short title line (no sentence) with no further number of its list before the next
    heading of a higher ladder; never a `1.`, which opens a list of its own.  The open
    number itself written again (`3. Bảo vệ thực vật` … `3. Cơ giới hóa`, then `4.`) is
    such a slip also inside the list, when the next number of the list goes on from it
    (`4.`, or `5.` when the repeat stands for `4.`: _skipped_repeat).  The open number written
    again may head a paragraph rather than a title (`8. Các khoa lâm sàng`, then `8. Đề nghị Ban
    Chấp hành Công đoàn … phối hợp tuyên truyền, vận` / `động …`), written with the open one's
    mark, when the line above ends a sentence: an item of its own, not a line wrapped in the
    middle of one nor a row of a list under it (`3 - Huyện Vân Canh: 01 xã;` under `3.`)."""
    if not marker.isdigit() or not prev.marker.isdigit() or not 1 < int(marker) <= int(prev.marker):
        return False
    written_end = work.original.find("\n", line.start, line.end)  # a hard-wrapped plan joins the text below
    name = work.text[line.start + m.end():line.end if written_end < 0 else written_end].strip()
    mark = work.text[line.start + m.end("marker"):line.start + m.end()].strip()[:1]
    paragraph = marker == prev.marker and mark == prev.mark and name[-1:] != ";" \
        and _opens_paragraph(work, line.start)
    if not name[:1].isupper() or not paragraph and (len(name) > 80 or name[-1:] in ".;,"):
        return False
    for _, nxt_m, nxt_marker, nxt_ladder, _, _ in later:
        if nxt_m is None or _kind(nxt_ladder) in ("roman", "roman_part", "roman_chapter", "subchapter", "part"):
            return True  # a part line, a main heading: the list has ended
        if nxt_ladder == "arabic":
            return marker == prev.marker and nxt_marker in (str(int(marker) + 1), str(int(marker) + 2))
    return True


def _opens_paragraph(work: WorkingText, start: int) -> bool:
    """Does the written line at `start` open a paragraph: a blank line above it, or a line that
    ends a sentence or a clause (`.`, `;`, `:`, `!`, `?`)?"""
    above = work.original[:start].rstrip(" \t")
    if not above.endswith("\n"):
        return False
    above = above[:-1].rstrip(" \t*")
    return above.endswith("\n") or above[-1:] in (".", ";", ":", "!", "?")


def _skipped_repeat(prev: Heading, marker: str, ladder: str, later) -> str:
    """The number an Arabic marker written again (`2. Kiện toàn Tổ công tác`, `2. Điều tra,
    khảo sát`) stands for when the list goes on past it (`4. Xác định nguồn gốc đất`): the
    typist meant `3.`, so `4.` follows it; it keeps its written marker (`2~2`, _number).
    "" when the next number of the list is the step after the repeated one (a pasted copy)."""
    if ladder != "arabic" or marker != prev.marker or not marker.isdigit():
        return ""
    for _, nxt_m, nxt_marker, nxt_ladder, _, _ in later:
        if nxt_m is None or _kind(nxt_ladder) in ("roman", "roman_part", "roman_chapter", "subchapter", "part"):
            return ""
        if nxt_ladder == "arabic":
            return str(int(marker) + 1) if nxt_marker == str(int(marker) + 2) else ""
    return ""


def _skipped_in_sequence(marker: str, ladder: str, later) -> str:
    """The numeral or letter a heading written again stands for when the plan goes on past it
    (`IV. NHIỆM VỤ`, `IV. KINH PHÍ`, then `VI. TỔ CHỨC THỰC HIỆN`: the typist meant `V.`; `d)`,
    `d)`, then `e)`: meant `đ)`); it keeps its written marker (`IV~2`, `d~2`, _number).  "" when
    the next heading of its ladder is the step after the repeated one (`III.`, `III.`, `IV.`),
    and for a ladder without such a sequence."""
    sequence = {"roman": ROMANS, "roman_part": ROMANS, "roman_chapter": ROMANS,
                "letter": LETTERS, "part": PARTS, "caps_letter": PARTS}.get(_kind(ladder))
    if sequence is None:
        return ""
    step = _ordinal(marker, ladder)[0]
    for _, nxt_m, nxt_marker, nxt_ladder, _, _ in later:
        if nxt_m is not None and _kind(nxt_ladder) == _kind(ladder):
            skipped = _ordinal(nxt_marker, nxt_ladder)[0] == step + 2 and step < len(sequence)
            return sequence[step] if skipped else ""
    return ""


def _repeated_roman(work: WorkingText, prev: Heading, marker: str, ladder: str, line, m) -> bool:
    """Is a Roman heading in capitals that repeats the open Roman sibling's numeral
    (`III. MỤC TIÊU, CHỈ TIÊU` … `III. PHƯƠNG ÁN SƠ TÁN DÂN`) a typist's slip?  It is the
    next section all the same, numbered `III~2` (_number); a line in ordinary case is
    no such heading."""
    if _kind(ladder) not in ("roman", "roman_part") or marker != prev.marker:
        return False
    name = work.text[line.start + m.end():line.end]
    return any(c.isupper() for c in name) and not any(c.islower() for c in name)


def _after_run_in(work: WorkingText, marker: str, ladder: str, parent: Heading | None, at: int) -> bool:
    """Is the decimal `2.2` the next step after a `2.1.` run into the text of its parent's
    line or body (`2. Nhiệm vụ cụ thể 2.1. Cải cách thể chế: …`, as a web copy joins
    them)?  Then it starts a line under that parent though its first sibling does not."""
    if not ladder.startswith("decimal") or parent is None:
        return False
    cur = _ordinal(marker, ladder)
    if cur[-1] < 2 or _ordinal(parent.marker, parent.ladder) != cur[:-1]:
        return False
    prev = ".".join(str(n) for n in (*cur[:-1], cur[-1] - 1))
    return regex.search(rf"(?<=[ \t]){regex.escape(prev)}(?=[.)])", work.text, pos=parent.start, endpos=at) is not None


def _slipped_mark(work: WorkingText, stack: list[Heading], marker: str, mark: str, ladder: str,
                  later) -> Heading | None:
    """Is a `4.` between `3)` and `5)` of a list inside a heading (`2. Chỉ tiêu cụ thể` over
    `1)`…`7)`) that list's next item typed with the heading's mark by a slip?  Read alone it
    fits neither ladder, and the items after it would be lost with it.  It is when it follows
    the open item of the list, the heading cannot take that number next (a `3.` after `2)`
    under `2.` is the heading's sibling), and the next marked line goes on with the list's mark.
    Returns the open item whose ladder it climbs."""
    if ladder != "arabic" or not marker.isdigit() or not stack:
        return None
    inner = stack[-1]
    if inner.parent is None or inner.mark == mark or inner.ladder != ladder + inner.mark \
            or not _follows(inner, marker, inner.ladder, inner.parent):
        return None
    if inner.parent.ladder == ladder and _follows(inner.parent, marker, ladder, inner.parent.parent):
        return None
    nxt = next((c for c in later if c[1] is not None), None)
    if nxt is None or nxt[3] != ladder or nxt[2] != str(int(marker) + 1):
        return None
    line, m = nxt[0], nxt[1]
    written = work.text[line.start + m.end("marker"):line.start + m.end()].strip()[:1]
    if m.start("marker") and work.text[line.start + m.start("marker") - 1] == "(":
        written = "("
    return inner if written == inner.mark else None


def _own_run_goes_on(work: WorkingText, prev: Heading, marker: str, mark: str, at: int) -> bool:
    """Is a `4 - ` after the heading `3.` the next row of a `1 - `…`3 - ` list written under
    that heading (a table flattened into numbered lines), not the heading's next sibling?  A
    number with a dash goes on its own run when its predecessor with a dash stands between
    the two."""
    if mark not in ("-", "–") or mark == prev.mark or not marker.isdigit() or int(marker) < 2:
        return False
    before = regex.escape(str(int(marker) - 1)) + r"[ \t]*" + regex.escape(mark)
    return regex.search(rf"(?m)^[ \t]*{before}", work.original, pos=prev.line_end, endpos=at) is not None


def _runs_on(found: list[Heading], stack: list[Heading], marker: str, mark: str) -> bool:
    """Is a `(4)` right under a Roman section the next task of a `(1)`…`(3)` closed under
    an earlier Roman sibling?  A ministry plan numbers its tasks on across its parts
    (`III.` holds (1)–(3), `IV.` holds (4)–(6)): headings that keep their written number.
    Not indicators counted on in brackets across lettered groups (_drop_running_count);
    numbered `14.` under `b) Nhóm chỉ tiêu xã hội` after `1.`…`13.` under `a)`, they are
    headings that keep their written number (`II/b/14`), as their first run is; also when
    the letters stand in a numbered item (`2. Danh mục hẻm`, `a) Nhóm A` 1.–6., `b) Nhóm B`
    7.–10.), whose own `2.` the `7.` cannot follow."""
    if not marker.isdigit() or not stack:
        return False
    if mark == "(":
        if _kind(stack[-1].ladder) not in ("roman", "roman_part"):
            return False
    elif mark != "." or _kind(stack[-1].ladder) != "letter":
        return False
    prev = next((h for h in reversed(found) if h.mark == mark and h.marker_type == "arabic"), None)
    return prev is not None and prev not in stack and int(prev.marker) == int(marker) - 1 \
        and prev.parent is not None and prev.parent is not stack[-1] \
        and prev.parent.ladder == stack[-1].ladder and prev.parent.parent is stack[-1].parent


def _drop_running_count(found: list[Heading], stack: list[Heading], marker: str, mark: str) -> None:
    """A `(7)` that goes on from a closed `(6)` across a sibling of their parent (`a)
    Nhóm chỉ tiêu kinh tế` (1)…(6), `b) …` (7)…(15)) numbers indicators through the
    whole list: those items were no headings, so the `(1)`…`(6)` placed are taken back."""
    if mark != "(" or not marker.isdigit():
        return
    prev = next((h for h in reversed(found) if h.mark == "(" and h.marker_type == "arabic"), None)
    if prev is None or prev in stack or int(prev.marker) != int(marker) - 1:
        return
    run = [h for h in found if h.parent is prev.parent and h.ladder == prev.ladder and h.mark == "("]
    if not any(h.parent in run for h in found):
        found[:] = [h for h in found if h not in run]


def _number(found: list[Heading]) -> None:
    seen: dict[tuple[str | None, str], int] = {}
    for node in found:
        parent_id = node.parent.section_id if node.parent else None
        key = (parent_id, node.marker)
        seen[key] = seen.get(key, 0) + 1
        own = node.marker if seen[key] == 1 else f"{node.marker}~{seen[key]}"
        node.section_id = f"{parent_id}/{own}" if parent_id else own
        node.level = node.parent.level + 1 if node.parent else 1
        if node.parent:
            node.parent.children.append(node)


def _ends_list(node: Heading, before: Heading | None, original: str) -> bool:
    """Is `node` the last item of a list of one-line items (`1. Bản Lác, xã Chiềng Châu;`
    on the line right after `2. …`) that a blank line ends?  Such items have no
    body, so neither has the last one: what follows the blank line (`- Cơ quan chủ
    trì: …` under the `a)` that opened the list) belongs to the heading above the list.
    Not an item that opens a body (`3. Nhiệm vụ:`) nor a line indented under it, nor the plan's
    closing paragraph (`Trên đây là Kế hoạch …`), which stands in the last section, nor a
    paragraph wrapped over lines (`3.3. Tổ chức Hội chợ …` / `2026, dự kiến …`): a task, whose
    closing `Thực hiện: …` after the blank line stands in it, as the text does."""
    if before is None or before.parent is not node.parent or before.ladder != node.ladder \
            or node.start != before.line_end + 1 or original[node.start:node.line_end].rstrip().endswith(":") \
            or "\n" in original[node.start:node.line_end]:
        return False
    after = node.line_end + 1
    blank_end = original.find("\n", after)
    if blank_end < 0 or original[after:blank_end].strip():
        return False
    rest = original[blank_end + 1:blank_end + 200].lstrip("\n")
    if rules.load("headings").by_id("closing.formula").match(rest):
        return False
    indent = len(original[node.start:node.line_end]) - len(original[node.start:node.line_end].lstrip())
    return len(rest) - len(rest.lstrip(" \t")) <= indent


def _close(found: list[Heading], original: str, body_end: int, parts: list[int]) -> None:
    """A section ends before the next heading that is not inside it, before the next
    part line, or at the body's end; the last item of a list of one-line items at
    its line's end (_ends_list); one before a lost item's title line there (_lost_item)."""
    for i, node in enumerate(found):
        if not node.children and i and _ends_list(node, found[i - 1], original):
            node.end = node.line_end
            continue
        end = next((at for at in parts if at > node.start), body_end)
        if node.cut:
            end = min(end, node.cut)
        for later in found[i + 1:]:
            if later.start >= end:
                break
            if later.level <= node.level:
                end = later.start
                break
        while end > node.start and original[end - 1].isspace():
            end -= 1
        node.end = end


def top_section(node: Heading | None) -> Heading | None:
    """The plan-level section around a node (`III. NHIỆM VỤ`, `IV. TỔ CHỨC THỰC HIỆN`):
    its root, or the child of an `A.`/`B.` part, since a part holds a whole plan's parts."""
    while node is not None and node.parent is not None and node.parent.ladder != "part":
        node = node.parent
    return node


def within_kind(node: Heading | None, kind: str) -> bool:
    """Does `node` or one of its parents head a section of this kind (`III. MỤC TIÊU`: objectives)?"""
    while node is not None:
        if section_kind(node.heading)[0] == kind:
            return True
        node = node.parent
    return False


def section_kind(heading: str) -> tuple[str, str]:
    for rule in rules.load("headings").group("kinds"):
        if rule.search(heading):
            return rule.get("kind"), rule.id
    return "other", "kind.other"
