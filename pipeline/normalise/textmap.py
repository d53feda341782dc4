"""The working copy of a document that every rule matches against.

The copy has exactly the length of documents.text, so an offset found in it *is*
the offset in documents.text (the offset rule of CONTRACT §1 holds by
construction, with no map to keep in sync).  What makes it easier to match:
  * hard line wraps inside a paragraph become spaces (sample plans converted from
    PDF are wrapped mid-sentence, even inside headings and numbers);
  * a PDF's page furniture inside the text (running footers, page numbers) becomes
    spaces, and the sentence it cut is joined across it;
  * markup becomes spaces: markdown emphasis (`**`, `*`, `_`), heading hashes,
    pandoc's escapes and backslash line breaks, table pipes and rule rows, stamp
    lines — so a pandoc or LLM-made markdown plan reads as a plain one.  A table
    row (`a | b`, or cells between tabs as a Word table copies out) stays a line of
    its own, and `table_rows` says which lines are rows.  An escaped
    marker (`1\\.`, `a\\)`) has its mark moved onto the backslash (`1. `, `a) `):
    a heading rule sees the marker it knows, at the same line start;
  * old-style tone placement (`hoá`, `Uỷ`) becomes the traditional one (`hóa`,
    `Ủy`) as underthesea places it — the same number of characters;
  * a line typed without tone marks in a plan written with them has the names of its
    bodies and its role words marked (`Phong Kinh te chu tri` → `Phòng Kinh tế chủ trì`;
    normalise/toneless.py), one letter for one;
  * a scan's OCR misreadings are put right one character for one (`1O%` → `10%`,
    `lV.` → `IV.`, `nhân dàn` → `nhân dân`; normalise/ocr.py), before the other
    passes, so a repaired heading marker starts a block like any other;
  * spaces a web page or Word leaves are plain spaces: a non-breaking or other
    typographic space (U+00A0, U+2002–U+200A, U+202F, U+3000) and a literal `&nbsp;`
    (six spaces), so `Sở\u00a0Giáo dục`, `Ít nhất\u00a015` read as typed; so are
    the invisible characters Word leaves (U+200B–U+200D, U+2060, soft hyphen, BOM);
  * a syllable a PDF hyphenated across a line end is joined, padded with spaces before
    it (`Môi trư-\nờng` → `Môi   trường`), when the halves make one Vietnamese syllable;
    a word broken at a soft hyphen, or a syllable at a zero-width space (`Khuy\u200bến`), is
    joined too, padded after it (`nghi\u00adệp` → `nghiệp `);
  * a plan forwarded by mail reads as the plan: the quote marks before its lines (`> `,
    `>>`), the headers of the forwarded messages (`From:`/`Date:`/`Subject:`, Outlook's
    `Từ:`/`Đã gửi:`/`Chủ đề:`), the line above them and the sender's signature after
    `-- ` become spaces (`_mail_spans`), before the other passes, so a quoted `> ---`
    is a rule line and a quoted `> I. MỤC TIÊU` a heading at its line's start;
  * a plan pasted from a chat message in a few very long lines has the lines a typed plan
    would have: a space before a heading, an item, the subject, the preamble, Nơi nhận and
    the signature's lines becomes a line break (`_run_on_breaks`; `run_on` keeps where).
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

import regex
from underthesea import text_normalize

from pipeline import rules
from pipeline.ingest.encodings import is_vietnamese_word
from pipeline.normalise import agency_names, ocr, toneless

_OLD_TONE = "[oO][áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸ]|[uU][ýỳỷỹỵÝỲỶỸỴ]"
_OLD_TONE_WORD = regex.compile(rf"\b\w*(?:{_OLD_TONE})\b")
# the pair that ends such a word: found with no scan of every word start
_OLD_TONE_END = regex.compile(rf"(?:{_OLD_TONE})\b")
_LAST_NON_WORD = regex.compile(r"(?r)\W")
_NON_SPACE = regex.compile(r"\S+")
_DASH_AT_END = regex.compile(r"-[ \t]+\n")
_CELL_MARKS = "|\t│┃║"  # what parts a table row's cells (layout.table_row)
# In a wrapped document, a line shorter than this share of a full line ended where its
# writer ended it (see _goes_on).
WRAPPED_SHARE = 0.6


class Line(NamedTuple):
    """A line of the working text (a tuple: thousands are made per document)."""

    start: int
    end: int  # exclusive, before the "\n"

    def text(self, s: str) -> str:
        return s[self.start:self.end]


@dataclass(frozen=True)
class WorkingText:
    original: str
    text: str
    lines: tuple[Line, ...]  # lines of the working text (wrapped lines already joined)
    table_rows: frozenset[int] = frozenset()  # starts of the lines that are rows of a table
    run_on: tuple[int, ...] = ()  # where a run-on paste's line was broken (_run_on_breaks)
    # (where a word cut at a line end and joined here begins in this copy, where its first half
    # begins in documents.text): the joined word stands after the space it took up, so a row that
    # begins with it begins there (see document._whole_first_words)
    joined_words: tuple[tuple[int, int], ...] = ()
    # documents.text with what a mail client adds to a forwarded plan blanked (_mail_spans), same
    # length, so the lines of a quoted table (`>> 1 | … | Phòng`) open with their cells; "" when
    # the text is no forwarded mail (read `original` then)
    unquoted: str = ""

    def plain(self, start: int, end: int, limit: int) -> str:
        """At most `limit` characters of documents.text[start:end] as a reader sees it,
        for a heading: the markup the working copy blanks or moves is left out, the
        letters are the writer's (not re-toned), and runs of space are one — but none where
        the blank was an entity's tail inside a word (`NN&amp;MT` reads `NN&MT`)."""
        original, shown = self.original[start:end], self.text[start:end]
        if original == shown:
            return " ".join(shown.split())[:limit]
        words, size, last = [], 0, None
        entity_tail = _layout().by_id("layout.html_ampersand").pattern
        for m in _NON_SPACE.finditer(shown):  # (compared word by word: most are the same)
            word = m.group()
            written = original[m.start():m.end()]
            if written != word:
                word = "".join(o if o.isalpha() and w.isalpha() else w for o, w in zip(written, word, strict=True))
            if last is not None and entity_tail.fullmatch(original, last, m.start()):
                words[-1] += word
            else:
                words.append(word)
            last = m.end()
            size += len(word) + 1
            if size > limit:
                break
        return " ".join(words)[:limit]

    def trimmed(self, start: int, end: int) -> str:
        """documents.text[start:end] with each line cut to what the working copy keeps
        of it, the lines joined by spaces: the markup around a line (`**` of a bold
        line, pandoc's `\\` line break, `##`) goes, what the writer put inside it stays."""
        parts, pos = [], start
        for line in self.original[start:end].split("\n"):
            shown = self.text[pos:pos + len(line)]
            first = len(shown) - len(shown.lstrip())
            last = len(shown.rstrip())
            if last > first:
                parts.append(line[first:last])
            pos += len(line) + 1
        return " ".join(" ".join(parts).split())

    def as_written(self, start: int, end: int | None = None) -> str:
        """documents.text[start:end] with a run-on paste's breaks put in (`run_on`): the
        lines as the writer ended them, and as a typed plan would have ended them."""
        end = len(self.original) if end is None else end
        inside = self.run_on[bisect.bisect_left(self.run_on, start):bisect.bisect_left(self.run_on, end)]
        if not inside:
            return self.original[start:end]
        return _replaced(self.original[start:end], [(at - start, "\n") for at in inside])

    def line_at(self, offset: int) -> Line:
        return self.lines[self.line_index(offset)]

    def line_index(self, offset: int) -> int:
        """Where in `lines` the line holding `offset` is: a walk up or down from a line
        starts there, without searching the list for the line."""
        lo, hi = 0, len(self.lines) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.lines[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo


@functools.lru_cache(maxsize=65536)
def _retone(word: str) -> str:
    fixed = text_normalize(word)
    return fixed if len(fixed) == len(word) else word


def _layout():
    return rules.load("layout")


def _blanked(segment: str) -> str:
    """`segment` with every character but a line break made a space."""
    return "\n".join(" " * len(part) for part in segment.split("\n"))


def raw_lines(text: str) -> list[Line]:
    """The lines of `text` as written, each without its line break (a table row is one
    line whatever the working copy joins)."""
    ends = list(itertools.accumulate(len(part) + 1 for part in text.split("\n")))
    return list(map(Line._make, zip([0, *ends[:-1]], [end - 1 for end in ends], strict=True)))


def _markup_edits(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, replacement) of the layout rules' spans: `blank` rules give their
    match (or group `x`) with None (to be blanked); `drop` rules give their match with
    group `x` taken out and the rest moved left, padded with spaces to its length."""
    edits = []
    for rule in _layout():
        action = rule.get("action")
        if action == "blank":
            has_x = "x" in rule.pattern.groupindex
            edits += ((*(m.span("x") if has_x else m.span()), None) for m in rule.finditer(text))
        elif action == "drop":
            for m in rule.finditer(text):
                (start, end), (xs, xe) = m.span(), m.span("x")
                edits.append((start, end, text[start:xs] + text[xe:end] + " " * (xe - xs)))
    return edits


def _blank_markup(text: str) -> str:
    """`text` with the markup of the layout rules blanked or moved (built from slices:
    a list of every character costs more than the few spans)."""
    out, pos = [], 0
    # (a `drop` sorts before a `blank` of the same start: it takes that span whole)
    for start, end, new in sorted(_markup_edits(text), key=lambda e: (e[0], e[2] is None, e[1])):
        if new is not None and start < pos:
            continue  # a move overlapping an earlier edit is left out
        start = max(start, pos)  # (overlapping blanks: the part before `pos` is blanked)
        if end > start:
            out += (text[pos:start], _blanked(text[start:end]) if new is None else new)
            pos = end
    out.append(text[pos:])
    return "".join(out)


def _mail_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of what a mail client adds to a plan it forwards, to be blanked:

    * the quote marks at the lines' starts (layout.mail_quote), in a text that quotes —
      several marks stand before words (a table's `> 95%` is no quote);
    * a block of header fields (layout.mail_field: `Từ:`, `Đã gửi:`, `Đến:`, `Chủ đề:`
      and the lines their values wrap onto) that names a sender and a time or subject;
    * the line above a forwarded message (layout.mail_separator) and, in a mail, a
      sender's signature: from `-- ` to the end of its quote (`> --` / `> Văn phòng Cục …`).
    """
    layout = _layout()
    quote, field, separator = (layout.by_id(r) for r in ("layout.mail_quote", "layout.mail_field",
                                                          "layout.mail_separator"))
    starts = [line.start for line in raw_lines(text)]
    parts = text.split("\n")
    marks = [quote.match(part) if ">" in part else None for part in parts]
    quotes = sum(1 for m in marks if m and m.group("said") is not None) >= 3
    spans, depth, said = [], [], []
    for i, part in enumerate(parts):
        m = marks[i] if quotes else None
        cut = m.end() if m else 0
        if cut:
            spans.append((starts[i], starts[i] + cut))
        depth.append(part[:cut].count(">"))
        said.append(part[cut:].strip())
    mail = quotes
    i = 0
    while i < len(parts):
        m = field.match(said[i])
        if not m:
            i += 1
            continue
        j, kinds = i, set()
        while j < len(parts):
            f = field.match(said[j])
            if f:
                kinds |= {k for k in ("from", "sent") if f.group(k) is not None}
            elif not said[j] or not (said[j][0].islower() or said[j][0].isdigit() or said[j][0] == "<"):
                break
            j += 1
        if kinds == {"from", "sent"}:
            spans += [(starts[k], starts[k] + len(parts[k])) for k in range(i, j)]
            mail = True
        i = j
    for i, part in enumerate(parts):
        m = separator.match(said[i])
        if not m:
            continue
        if m.group("sig") is None:
            spans.append((starts[i], starts[i] + len(part)))
        elif mail:
            j = i + 1
            while j < len(parts) and depth[j] == depth[i] and not separator.match(said[j]) \
                    and not field.match(said[j]):
                j += 1
            spans += [(starts[k], starts[k] + len(parts[k])) for k in range(i, j)]
    return spans


def _is_wrapped_document(stripped: list[str]) -> bool:
    """A document converted with hard wraps: many lines go on in lower case
    (lettered headings `a)` start in lower case too, and do not count)."""
    starts_block = _layout().by_id("layout.block_start")
    body = [t for t in stripped if t]
    lower_starts = sum(1 for t in body if t[0].islower() and not starts_block.match(t))
    return len(body) >= 10 and lower_starts >= 0.08 * len(body)


def _is_capitals(line: str) -> bool:
    """A line in capitals (a heading, a signature title) goes on only in capitals."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _page_lines(blanked: str) -> set[int]:
    """The lines a PDF's pages leave inside the text: running footers (`Kế hoạch CCHC
    năm 2025 - Trang 3`) and page numbers alone on a line, where a sentence runs on
    across them or next to such a footer, or set far from the margin between blank lines
    or above a new block (a number alone elsewhere may be a cell)."""
    parts = blanked.split("\n")
    stripped = [part.strip() for part in parts]
    layout = _layout()
    footer, number, ends_sentence, centred, starts_block = (
        layout.by_id(r) for r in ("layout.page_footer", "layout.page_number", "layout.sentence_end",
                                  "layout.page_number_centred", "layout.block_start"))
    # (both end in a digit or a dash: the other lines are not matched)
    candidates = [i for i, t in enumerate(stripped) if t and (t[-1].isdigit() or t[-1] in "-–")]
    footers = {i: int(m.group("page")) for i in candidates
               if len(stripped[i]) <= 120 and (m := footer.match(stripped[i]))}
    pages = set(footers)
    numbers = [i for i in candidates if len(stripped[i]) <= 7 and number.match(stripped[i])]
    pages |= _numbers_before_headers(stripped, numbers) | _footers_above_numbers(stripped, numbers)

    def beside_footer(i: int) -> bool:
        """A number beside a footer is a page's when it is the footer's page or the one
        next to it (`Trang 3` / `4`); another (`Trang 6/8` / `4`) is a table's row number."""
        shown = int(stripped[i].strip("-– \t"))
        return any(k in footers and abs(footers[k] - shown) <= 1 for k in (i - 1, i + 1))

    for i in numbers:
        before = stripped[i - 1] if i else ""
        after = stripped[i + 1] if i + 1 < len(stripped) else ""
        runs_on = before and after[:1].islower() and not ends_sentence.search(before)
        apart = centred.match(parts[i]) and (not before or not after or starts_block.match(after))
        if runs_on or apart or beside_footer(i):
            pages.add(i)
    return pages | _running_headers(stripped, pages)


CONTENTS_RUN = 3  # entries in a row that make a table of contents, not a form's dotted blank


def _contents_lines(blanked: str) -> set[int]:
    """A long plan's table of contents (`MỤC LỤC` / `I. MỤC ĐÍCH, YÊU CẦU ....... 2` / `1. Mục
    đích ...... 2` …): a run of lines that end in a leader and a page number, blank lines
    and an entry wrapped onto the next line (`2. Phát triển sản phẩm … của` / `tỉnh ..... 4`)
    inside it, with its title above.  Blanked like a page's footer, but no sentence is joined
    across it: its headings are the body's, read once where the body writes them."""
    layout = _layout()
    entry, title = layout.by_id("layout.contents_entry"), layout.by_id("layout.contents_title")
    stripped = [part.strip() for part in blanked.split("\n")]
    # (an entry ends in its page number: only such lines are matched)
    entries = {i for i, t in enumerate(stripped) if t[-1:].isdigit() and entry.match(t)}
    if len(entries) < CONTENTS_RUN:
        return set()
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*stripped, ""]):
        if line and (i in entries or i + 1 in entries):
            run.append(i)
            continue
        if line or i == len(stripped):
            if sum(1 for k in run if k in entries) >= CONTENTS_RUN:
                found.update(range(run[0], run[-1] + 1))
                above = run[0] - 1
                while above >= 0 and not stripped[above]:
                    above -= 1
                if above >= 0 and title.match(stripped[above]):
                    found.update(range(above, run[0]))
            run = []
    return found


def _numbers_before_headers(stripped: list[str], numbers: list[int]) -> set[int]:
    """The page numbers a running header follows (`3` / `Trung tâm Kiểm soát bệnh tật tỉnh Gia
    Lai – Kế hoạch phòng, chống lao 2026`, a PDF's header set under the number): a line that
    comes right after a number alone on its line at least twice, and nowhere else, is a page's
    header, and those numbers are pages (the header itself is found by _running_headers)."""
    after: dict[str, list[int]] = {}
    for i in numbers:
        j = i + 1
        while j < len(stripped) and not stripped[j]:
            j += 1
        if j < len(stripped) and 20 <= len(stripped[j]) <= 120 and not stripped[j][0].isdigit():
            after.setdefault(stripped[j], []).append(i)
    return {i for line, found in after.items()
            if len(found) >= 2 and len(found) == sum(1 for t in stripped if t == line) for i in found}


PAGE_MIN_LINES = 25  # lines between two page footers: a table's repeated cell comes sooner


def _footers_above_numbers(stripped: list[str], numbers: list[int]) -> set[int]:
    """A PDF's running footer set above the page number (`Kế hoạch kiểm kê tài nguyên nước
    quốc gia` / `5`): a line written the same at least twice, each time right above a number
    alone on its line and nowhere else, the numbers counting pages one by one a page apart,
    so a sentence goes on across it (`trong Quý` / footer / `5` / `IV/2026.`).  A table's cell
    repeated above its rows' numbers (`Thông tư được ban hành` / `7`) comes a few lines apart."""
    above: dict[str, list[tuple[int, int]]] = {}
    for i in numbers:
        j = i - 1
        while j >= 0 and not stripped[j]:
            j -= 1
        if j >= 0 and 20 <= len(stripped[j]) <= 120 and not stripped[j][0].isdigit():
            above.setdefault(stripped[j], []).append((j, i))
    found: set[int] = set()
    for line, at in above.items():
        shown = [int(stripped[i].strip("-– \t")) for _, i in at]
        paged = all(b - a == 1 for a, b in itertools.pairwise(shown)) and \
            all(k - i >= PAGE_MIN_LINES for (_, i), (_, k) in itertools.pairwise(at))
        if len(at) >= 2 and paged and len(at) == sum(1 for t in stripped if t == line):
            found.update(k for j, i in at for k in range(j, i + 1))
    return found


def _running_headers(stripped: list[str], pages: set[int]) -> set[int]:
    """A page's running header (`UBND PHƯỜNG KHƯƠNG ĐÌNH      Kế hoạch PCCC năm 2026`):
    a line written the same at least twice, each time as the first line after a page's
    footer or number (blank lines between), with the blank lines between them — so a
    sentence or a table's row goes on across the whole page break.  A heading or a
    table header repeated elsewhere is not one."""
    after_page: dict[str, list[int]] = {}
    for i in sorted(pages):
        j = i + 1
        while j < len(stripped) and not stripped[j]:
            j += 1
        if j < len(stripped) and j not in pages and len(stripped[j]) <= 120:
            after_page.setdefault(stripped[j], []).append(j)
    headers = set()
    for line, found in after_page.items():
        if len(found) >= 2 and len(found) == sum(1 for t in stripped if t == line):
            for j in found:
                k = j - 1
                while k >= 0 and not stripped[k]:
                    headers.add(k)
                    k -= 1
                headers.add(j)
    return headers


def _table_lines(original: str) -> list[bool]:
    """Which lines of the text are rows of a table: cells between pipes or box bars
    (`│`), or at least three cells between tabs (one tab may only align a line)."""
    table_row = _layout().by_id("layout.table_row")
    # (a row has a pipe, a bar or a tab: the lines without one are not searched)
    return [any(c in line for c in _CELL_MARKS) and bool(table_row.search(line)) for line in original.split("\n")]


def _line_numbers(text: str, positions: Iterable[int]) -> Iterator[int]:
    """The line number of each of `positions` (in increasing order), counting breaks once."""
    line = last = 0
    for pos in positions:
        line += text.count("\n", last, pos)
        last = pos
        yield line


def _join_wraps(blanked: str, in_table: list[bool], pages: set[int], dotted: frozenset[int] = frozenset()) -> list[int]:
    """The line breaks to replace by a space, where the sentence clearly goes on
    (never next to a table row: each row is a line of its own); a sentence goes on
    across the blanked lines of a page break, whose breaks are replaced too.  A line a
    middle dot opened (`dotted`, its bullet blanked: layout.middle_dot_bullet) starts an
    item, as a dash's line does, also under a full line of a wrapped document.  The blank
    lines a PDF sets around its page's footer are part of the page break."""
    parts = blanked.split("\n")
    stripped = [part.strip() for part in parts]
    pages = pages | {i for i, t in enumerate(stripped) if not t and (i - 1 in pages or i + 1 in pages)}
    # (a table's rows are left out of the vote: a cell's wrapped lines go on in lower case in any plan)
    wrapped = _is_wrapped_document([t for t, row in zip(stripped, in_table, strict=True) if not row])
    full = _full_line(stripped) if wrapped else 0
    layout = _layout()
    starts_block = layout.by_id("layout.block_start")
    ends_sentence = layout.by_id("layout.sentence_end")
    opens_duties = layout.by_id("layout.duty_opening")
    name_head = layout.by_id("layout.name_head_end")
    field_label = layout.by_id("layout.field_label")
    trailing_label = layout.by_id("layout.trailing_label")
    bare_title = layout.by_id("layout.bare_number_title")
    number_wrap = layout.by_id("layout.bracket_number_wrap")
    quarter_wrap = layout.by_id("layout.quarter_wrap")
    lead_opening = layout.by_id("layout.lead_opening")
    breaks = [end - 1 for end in itertools.accumulate(len(part) + 1 for part in parts)]  # the "\n" after each line
    joins = []
    for i in range(len(parts) - 1):
        if i in pages:
            continue
        j = i + 1
        while j in pages:
            j += 1
        if j >= len(parts):
            break
        prev_text, next_text = stripped[i], stripped[j]
        if not prev_text or not next_text or in_table[i] or in_table[j]:
            continue
        if next_text[0].isdigit() and number_wrap.search(prev_text):
            joins += breaks[i:j]  # (`(trước ngày 10 tháng` / `6) và năm …`: not an item `6)`)
            continue
        if quarter_wrap.search(f"{prev_text[-12:]}\n{next_text[:12]}"):
            joins += breaks[i:j]  # (`trong Quý` / `I/2026.`: no line of capitals)
            continue
        if field_label.match(next_text) or starts_block.match(next_text) or j in dotted:
            continue
        label = field_label.match(prev_text)
        if label and label.group("bare") is not None or trailing_label.search(prev_text):
            joins += breaks[i:j]  # (`Cơ quan phối hợp:` / `Sở Nội vụ, …`: the label's value)
            continue
        if ends_sentence.search(prev_text) and not _in_bracket(prev_text):
            continue
        if starts_block.match(prev_text) and opens_duties.match(next_text) and not name_head.search(prev_text):
            continue  # (a numbered heading, then its duties: `7. Phòng …` / `Đẩy mạnh …`; not `… Ban` / `Chỉ đạo xã`)
        if starts_block.match(prev_text) and lead_opening.search(f"{prev_text[-12:]}\n{next_text[:120]}"):
            continue  # (a numbered heading, then the unit that leads it: `2.2. … của Bộ trưởng` / `Cục … chủ trì, …`)
        if " - " in next_text and next_text[0].isupper() and _opens_dash_row(blanked, breaks[j - 1] + 1, breaks[j]):
            continue  # (a row typed with dashes: `… - Từ 08/5 đến 15/5/2026` / `Phòng … - Chủ trì …`)
        if _is_capitals(prev_text) and bare_title.match(next_text):
            continue  # (`III NHIỆM VỤ …` / `1 Trách nhiệm …`: a title under a heading, its dot left out)
        first = next_text[0]
        # (a comparison sign goes on with its number, as a digit does: `… (Td) đạt` / `≥ 90%.`)
        if first.islower() or first.isdigit() or first in "(“\"'≥≤" or wrapped and _goes_on(prev_text, next_text, full):
            joins += breaks[i:j]
    return joins


def _opens_dash_row(text: str, start: int, end: int) -> bool:
    """Does the line text[start:end] open with a body's name, a spaced dash and a duty in capitals
    (`Công an phường - Chủ trì bảo đảm ANTT …`; layout.dash_row_cell, layout.duty_opening): the
    first cells of a task table's row typed with dashes?"""
    layout = _layout()
    dash_cell, duty = layout.by_id("layout.dash_row_cell"), layout.by_id("layout.duty_opening")

    def row_at(pos: int) -> bool:
        dash = dash_cell.match(text, pos, end)
        return dash is not None and duty.match(text[dash.end():end]) is not None

    # (the cheap half first: some dash on the line opens a duty, from the spaces before it; only
    # then is a name looked up)
    dashes = (k for k in range(start, end) if text[k] in "-–")
    if not any(row_at(len(text[start:k].rstrip(" \t")) + start) for k in dashes):
        return False
    at = end - len(text[start:end].lstrip())
    found = agency_names.find_mentions(text, at, min(end, at + 160))
    return bool(found) and found[0].start == at and row_at(found[0].end)


def _in_bracket(line: str) -> bool:
    """Does the line end inside a bracket it opened?  Then a colon or semicolon at its end
    ends no sentence: the bracket's list goes on below (`(Chủ trì: UBND các xã, phường; phối
    hợp:` / `Trạm khu vực, Công an xã, phường; thời gian: khi có dịch).`)."""
    return line.count("(") > line.count(")")


def _full_line(stripped: list[str]) -> int:
    """How long a line is when the converter wrapped it: the median length of the lines
    that surely were wrapped (the next goes on in lower case).  Not of all lines: a
    document may be wrapped in parts only."""
    lengths = sorted(len(t) for t, after in zip(stripped, stripped[1:], strict=False) if t and after[:1].islower())
    return lengths[len(lengths) // 2] if lengths else 0


def _goes_on(prev_text: str, next_text: str, full: int) -> bool:
    """In a wrapped document, a line goes on into one that opens with a capital: a
    heading in capitals into capitals, a line of text into text when it was wrapped
    full — a short line ended its paragraph or heading (`4. Thanh tra Sở` above
    `Xây dựng kế hoạch …`)."""
    if _is_capitals(prev_text) or _is_capitals(next_text):
        return _is_capitals(prev_text) and _is_capitals(next_text)
    return len(prev_text) >= WRAPPED_SHARE * full


def _old_tone_words(text: str):
    """The matches of _OLD_TONE_WORD, found from the pair that ends each word:
    a match is a whole word (a run of \\w) that ends in such a pair."""
    for end in _OLD_TONE_END.finditer(text):
        before = _LAST_NON_WORD.search(text, 0, end.start())
        m = _OLD_TONE_WORD.match(text, before.end() if before else 0)
        if m:
            yield m


def _retone_words(text: str) -> list[tuple[int, str]]:
    """(start, word) of the words whose tone placement changes."""
    out = []
    for m in _old_tone_words(text):
        fixed = _retone(m.group())
        if fixed != m.group():
            out.append((m.start(), fixed))
    return out


def _replaced(text: str, edits: list[tuple[int, str]]) -> str:
    """`text` with each (start, same-length replacement) of `edits` put in (they do not overlap)."""
    out, pos = [], 0
    for start, new in sorted(edits):
        out += (text[pos:start], new)
        pos = start + len(new)
    out.append(text[pos:])
    return "".join(out)


# typographic spaces → a plain space, one character for one.  Most texts have none: a
# substring test per character finds that ten times faster than a regex or str.translate
# walks the text.
_TYPOGRAPHIC_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000"
# characters Word leaves that a reader does not see: zero-width space, non-joiner and
# joiner, word joiner, a soft hyphen, a BOM — blanked like the spaces (`Phòng Giáo
# dục\u200b và Đào tạo` reads as the name; documents.text keeps them, offsets unchanged)
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = _ZERO_WIDTH + "\u00ad"
_NBSP_ENTITY = "&nbsp;"


def _plain_spaces(text: str) -> str:
    for space in _TYPOGRAPHIC_SPACES + _INVISIBLE:
        if space in text:
            text = text.replace(space, " ")
    return text.replace(_NBSP_ENTITY, " " * len(_NBSP_ENTITY))


def _split_syllables(blanked: str, in_table: list[bool]) -> list[tuple[int, str]]:
    """(start, replacement) of the syllables hyphenated across a line end (layout.split_syllable)
    whose halves join into one syllable (`trư-\nờng` → `  trường`, the same length): a
    compound's real hyphen (`kinh tế -\nxã hội`) makes no syllable and stays.  Not in a
    table row, whose lines are cells of their own."""
    line_of = list(itertools.accumulate(len(part) + 1 for part in blanked.split("\n")))
    if "-\n" not in blanked and not _DASH_AT_END.search(blanked):
        return _cut_syllables(blanked, in_table, line_of)
    edits = []
    for m in _layout().by_id("layout.split_syllable").finditer(blanked):
        joined = m.group("a") + m.group("b")
        row = bisect.bisect_right(line_of, m.start())
        if in_table[row] or in_table[row + 1] or not is_vietnamese_word(joined):
            continue
        start, end = m.start("a"), m.end("b")
        edits.append((start, " " * (end - start - len(joined)) + joined))
    return edits + _split_words(blanked, in_table, line_of) + _cut_syllables(blanked, in_table, line_of)


def _split_words(blanked: str, in_table: list[bool], line_of: list[int]) -> list[tuple[int, str]]:
    """(start, replacement) of two words a PDF hyphenated across a line end (layout.split_word),
    each a syllable that does not make one with the other (`đô-\nthị` → `đô  thị`, the same length,
    each word where it is written): the hyphen is the printer's, not the writer's, so the working copy
    reads the two words apart and a name runs on across them (`Đội Quản lý trật tự đô thị`; the gap is
    read as one space, agency_names._JOINED_GAP).  Not in a table row."""
    edits = []
    for m in _layout().by_id("layout.split_word").finditer(blanked):
        a, b = m.group("a"), m.group("b")
        if is_vietnamese_word(a + b) or not (is_vietnamese_word(a) and is_vietnamese_word(b)):
            continue
        row = bisect.bisect_right(line_of, m.start())
        if in_table[row] or in_table[row + 1]:
            continue
        start, end = m.start("a"), m.end("b")
        edits.append((start, a + " " * (end - start - len(a) - len(b)) + b))
    return edits


def _cut_syllables(blanked: str, in_table: list[bool], line_of: list[int]) -> list[tuple[int, str]]:
    """(start, replacement) of the syllables a fixed-width export cut at a line end with no
    hyphen (layout.split_syllable_bare: `ít nh` / `ất` → ` nhất`, the same length): only when
    one half is no syllable and the two make one, so two words a wrap parts stay apart."""
    edits = []
    for m in _layout().by_id("layout.split_syllable_bare").finditer(blanked):
        a, b = m.group("a"), m.group("b")
        if not is_vietnamese_word(a + b) or is_vietnamese_word(a) and is_vietnamese_word(b):
            continue
        row = bisect.bisect_right(line_of, m.start("a"))
        if in_table[row] or in_table[row + 1]:
            continue
        start, end = m.start("a"), m.end("b")
        edits.append((start, " " * (end - start - len(a) - len(b)) + a + b))
    return edits


def _broken_words(original: str, in_table: list[bool]) -> list[tuple[int, str]]:
    """(start, replacement) of the words broken at a soft hyphen (layout.soft_hyphen: `nghi\u00adệp`)
    or at an invisible character inside a syllable (layout.invisible_in_word: `Khuy\u200bến`) → `nghiệp `,
    the same length, the spaces after the word so that the name it stands in reads on (`Hiệp hội
    Doanh nghiệp`).  Not across the lines of a table row, whose lines are cells."""
    rules_in = [rule for rule, marks in (("layout.soft_hyphen", "\u00ad"), ("layout.invisible_in_word", _ZERO_WIDTH))
                if any(mark in original for mark in marks)]
    if not rules_in:
        return []
    line_of = list(itertools.accumulate(len(part) + 1 for part in original.split("\n")))
    edits = []
    for rule_id in rules_in:
        for m in _layout().by_id(rule_id).finditer(original):
            start, end = m.start("a"), m.end("b")
            row = bisect.bisect_right(line_of, start)
            if "\n" in m.group() and (in_table[row] or in_table[row + 1]):
                continue
            joined = m.group("a") + m.group("b")
            if rule_id == "layout.invisible_in_word" and not is_vietnamese_word(joined):
                continue  # (between two syllables, `học\u200btập`, it stands for their space)
            edits.append((start, joined + " " * (end - start - len(joined))))
    return edits


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each (start, end) of `spans` blanked (they may overlap)."""
    out, pos = [], 0
    for start, end in sorted(spans):
        start = max(start, pos)
        if end > start:
            out += (text[pos:start], _blanked(text[start:end]))
            pos = end
    out.append(text[pos:])
    return "".join(out)


def _run_on_breaks(text: str, lines: list[Line]) -> list[int]:
    """The spaces of a run-on paste that are line breaks as the plan was typed (layout.run_on_marker,
    layout.run_on_break), in order; none in a document whose long lines hold little of its text.
    A marker's line depends on the break before it (a list's first item after a heading's short
    title), so the markers are read in turn, after the other breaks."""
    layout = _layout()
    marker, other = layout.by_id("layout.run_on_marker"), layout.by_id("layout.run_on_break")
    long = sum(line.end - line.start for line in lines if line.end - line.start >= marker.get("min_line"))
    if not text or long < marker.get("share") * len(text):
        return []
    ends_sentence, starts_block = layout.by_id("layout.sentence_end"), layout.by_id("layout.block_start")
    first_items, title_max = marker.get("first_items"), marker.get("title_max")
    breaks: list[int] = []
    for line in lines:
        found = sorted({m.start() for m in other.finditer(text, line.start, line.end)})
        for m in marker.finditer(text, line.start, line.end):
            at = m.start()
            last = max([line.start - 1, *(b for b in found if b < at)]) + 1
            segment = text[last:at].strip()
            if ends_sentence.search(segment):
                found.append(at)
                continue
            written = m.group("marker")
            first = written in first_items or written.endswith(".1.") or written in "-+•"
            if first and _short_title(segment, title_max, starts_block) and not _in_name(text, last, at, line.end):
                found.append(at)
        found = sorted(set(found))
        breaks += sorted(set(found).union(_duties_after_title(text, line, found, title_max)))
    return breaks


def _html_breaks(read: str, text: str, in_table: list[bool]) -> list[int]:
    """Where a web page's `<br />` or `</p><p>` inside a copied line of its source showed a new
    line before a heading marker or a bullet (layout.html_line_break): the last blanked character
    before the marker becomes the line break (the new line opens with the marker), when words
    stand before the tag on its line.  Not in a table's row (a cell's break is no row)."""
    if "<" not in read:
        return []
    rows = {line.start for line, row in zip(raw_lines(read), in_table, strict=True) if row}
    out = []
    for m in _layout().by_id("layout.html_line_break").finditer(read):
        if read.rfind("\n", 0, m.start()) + 1 in rows:
            continue
        at = m.end()
        while at < len(text) and text[at] == " ":
            at += 1
        at -= 1  # (the tags the lookahead passed over are blank in `text`)
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start:m.start()].strip() and at >= m.start() and text[at] == " ":
            out.append(at)
    return out


def _in_name(text: str, start: int, at: int, end: int) -> bool:
    """Is the dash at `at` inside a body's name (`3. Phòng Văn hóa - Xã hội Chủ trì …`), no bullet?"""
    return any(m.start < at < m.end for m in agency_names.find_mentions(text, start, min(end, at + 80)))


def _short_title(segment: str, title_max: int, starts_block) -> bool:
    """Is `segment` a numbered heading's short title (`II. NỘI DUNG`, `1. Phòng Kinh tế`):
    a marker, then words with no sentence's end in them?"""
    title = segment.split(None, 1)
    return len(segment) <= title_max and segment[:1] not in "-+•*" and len(title) == 2 \
        and bool(starts_block.match(segment)) and not any(c in ".;:!?" for c in title[1])


def _duties_after_title(text: str, line: Line, found: list[int], title_max: int) -> list[int]:
    """The spaces of a run-on line where a numbered heading's short title gives way to its
    duties, the verb capitalised as a line's first word is (`1. Phòng Kinh tế Là cơ quan
    thường trực …`, `2. Văn phòng HĐND và UBND xã Chủ trì tổ chức …`; layout.duty_opening)."""
    layout = _layout()
    duty, starts_block = layout.by_id("layout.duty_opening"), layout.by_id("layout.block_start")
    out = []
    for start in [line.start, *(b + 1 for b in found)]:
        window = text[start:min(line.end, start + title_max)]
        if not starts_block.match(window) or window[:1] in "-+•*":
            continue
        for space in (i for i, c in enumerate(window) if c == " "):
            if any(c in ".;:!?" for c in window[window.find(" "):space]) or "\n" in window[:space]:
                break
            if space > window.find(" ") and duty.match(window[space + 1:]):
                out.append(start + space)
                break
    return out


def _repairs(original: str) -> list[tuple[int, str]]:
    """The OCR repairs, and the tone marks put back on a line typed without them
    (normalise/toneless.py) where no repair stands."""
    fixed = ocr.repairs(original)
    marks = toneless.repairs(original)
    if not marks:
        return fixed
    spans = [(at, at + len(new)) for at, new in fixed]
    return fixed + [(at, new) for at, new in marks
                    if not any(lo < at + len(new) and at < hi for lo, hi in spans)]


def build(original: str) -> WorkingText:
    """The working copy of documents.text, same length, with its lines."""
    read = _replaced(_plain_spaces(original), _repairs(original))
    mail = _mail_spans(read)
    written = original
    if mail:
        read, written = _blank_spans(read, mail), _blank_spans(original, mail)
    blanked = _blank_markup(read)
    pages = _page_lines(blanked)
    gone = pages | _contents_lines(blanked)
    if gone:
        blanked = "\n".join(_blanked(part) if i in gone else part for i, part in enumerate(blanked.split("\n")))
    in_table = _table_lines(written)
    split = _split_syllables(blanked, in_table) + _broken_words(original, in_table)
    joined = [(start, start + len(new)) for start, new in split]

    def outside(at: int) -> bool:
        return not any(start <= at < end for start, end in joined)

    dotted = frozenset(_line_numbers(read, (m.start() for m in _layout().by_id("layout.middle_dot_bullet").finditer(read))))
    edits = [(at, " ") for at in _join_wraps(blanked, in_table, pages, dotted) if outside(at)]
    retoned = [(at, word) for at, word in _retone_words(read) if not split or outside(at) and outside(at + len(word) - 1)]
    text = _replaced(blanked, edits + split + retoned)
    lines = raw_lines(text)
    run_on = sorted(set(_run_on_breaks(text, lines)).union(_html_breaks(read, text, in_table)))
    if run_on:
        text = _replaced(text, [(at, "\n") for at in run_on])
        lines = raw_lines(text)
    assert len(text) == len(original)
    rows = frozenset(line.start for line, row in zip(raw_lines(original), in_table, strict=True) if row)
    words = tuple((start + len(new) - len(new.lstrip(" ")), start) for start, new in split if new.startswith(" "))
    return WorkingText(original, text, tuple(lines), rows, tuple(run_on), words, written if mail else "")
