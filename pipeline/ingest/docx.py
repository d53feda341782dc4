"""Word .docx → the text a reader sees: paragraphs and tables in reading order.

Read with python-docx.  Word's automatic numbering is not in the paragraph text;
it is turned back into the `I.` / `1.` / `a)` label Word shows, from the numbering
definitions (numbering.xml), so the heading tree finds the same markers as in a
typed text.  A table row becomes one line `cell | cell | cell`.  Runs in the legacy
fonts (.VnTime → TCVN3, VNI-Times → VNI) are converted by their font; any other
mojibake is left to the text heuristics of ingest/encodings.py.

The file is a zip: its members' unpacked sizes are checked before anything is
inflated, so a zip bomb is refused instead of filling memory.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from pipeline.ingest import encodings
from pipeline.ingest.labels import format_number
from pipeline.ingest.text import IngestError, Source, check_text, doc_id_of, unicode_text

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200  # unpacked / packed size of one member; real Word XML stays far below
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Legacy font name prefixes → encoding key in rules/encodings/.
_LEGACY_FONTS = ((".vn", "tcvn3"), ("vni-", "vni"), ("vni ", "vni"))


def read_docx(path: Path, source_path: str) -> Source:
    data = path.read_bytes()
    if data.startswith(_OLE_MAGIC):
        raise IngestError("encrypted_or_old_word", "a Word file in the old or password-protected format: remove the "
                                                   "password and save it as .docx")
    _check_zip(path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on a broken package
        raise IngestError("corrupt_docx", f"not a readable Word document ({type(exc).__name__}: {exc}): "
                                          "open it in Word and save it again") from exc
    numbering = Numbering(document)
    lines, fonts = [], set()
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text, font = _paragraph_text(block)
            lines.append(numbering.label(block) + text)
            fonts.add(font)
        elif isinstance(block, Table):
            lines.extend(table_rows(block))
    fonts.discard(None)
    text, encoding = unicode_text("\n".join(lines), ", ".join(sorted(fonts)) or "UTF-8")
    check_text(text)
    return Source(doc_id_of(data), source_path, "docx", text, encoding)


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise IngestError("corrupt_docx", f"not a readable Word document ({exc}): the file is cut short or "
                                          "damaged; download or save it again") from exc
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED_BYTES or any(m.file_size > MAX_RATIO * max(m.compress_size, 1024) for m in members):
        raise IngestError("zip_bomb", f"unpacks to {total / 2**20:.0f} MB, far more than a Word document holds "
                              f"(limit {MAX_UNPACKED_BYTES // 2**20} MB): refused")


def _paragraph_text(paragraph: Paragraph) -> tuple[str, str | None]:
    """The paragraph's text, runs in a legacy font converted; and that encoding's name."""
    base_font = _style_font(paragraph.style)
    fonts = [run.font.name or (run.style.font.name if run.style is not None else None) or base_font
             for run in paragraph.runs]
    if not any(_legacy_key(f) for f in fonts):
        return paragraph.text, None
    parts, encoding = [], None
    for run, font in zip(paragraph.runs, fonts, strict=True):
        text, key = run.text, _legacy_key(font)
        if key:
            encoding = encodings.legacy(key).name
            text = encodings.legacy(key).convert(text)
            if key == "tcvn3" and font.rstrip().lower().endswith("h"):
                text = text.upper()  # .VnTimeH, .VnArialH …: the capital fonts of TCVN3
        parts.append(text)
    return "".join(parts), encoding


def _style_font(style) -> str | None:
    while style is not None:
        if style.font.name:
            return style.font.name
        style = style.base_style
    return None


def _legacy_key(font: str | None) -> str | None:
    name = (font or "").lower()
    return next((key for prefix, key in _LEGACY_FONTS if name.startswith(prefix)), None)


def table_rows(table: Table) -> list[str]:
    """One line per row: the cells' text joined by ` | `, a merged cell once."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        if any(cells):
            rows.append(" | ".join(cells))
    return rows


class Numbering:
    """Word's list numbering, counted as Word counts it, to label each numbered paragraph."""

    def __init__(self, document):
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            root = None
        self.abstract = {}
        self.nums = {}
        if root is not None:
            for abstract in root.findall(qn("w:abstractNum")):
                self.abstract[abstract.get(qn("w:abstractNumId"))] = {
                    int(lvl.get(qn("w:ilvl"))): lvl for lvl in abstract.findall(qn("w:lvl"))}
            for num in root.findall(qn("w:num")):
                ref = num.find(qn("w:abstractNumId"))
                overrides = {int(o.get(qn("w:ilvl"))): int(s.get(qn("w:val")))
                             for o in num.findall(qn("w:lvlOverride"))
                             if (s := o.find(qn("w:startOverride"))) is not None}
                self.nums[num.get(qn("w:numId"))] = (ref.get(qn("w:val")) if ref is not None else None, overrides)
        self.counters: dict[str, dict[int, int]] = {}

    def label(self, paragraph: Paragraph) -> str:
        """`I. ` / `1.2. ` / `a) ` / `- ` for a numbered paragraph, '' otherwise."""
        num_id, ilvl = self._num_pr(paragraph)
        if num_id is None or num_id not in self.nums:
            return ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        start = overrides.get(ilvl, _int_val(levels[ilvl], "w:start", 1))
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        fmt = _val(levels[ilvl], "w:numFmt") or "decimal"
        text = _val(levels[ilvl], "w:lvlText") or ""
        if fmt == "bullet":
            return "- " if text else ""
        if fmt == "none":
            return ""
        for level in range(9):
            if f"%{level + 1}" in text:
                level_fmt = _val(levels[level], "w:numFmt") if level in levels else "decimal"
                value = counters.get(level, _int_val(levels[level], "w:start", 1) if level in levels else 1)
                text = text.replace(f"%{level + 1}", format_number(value, level_fmt or "decimal"))
        return text + " " if text else ""

    def _num_pr(self, paragraph: Paragraph) -> tuple[str | None, int]:
        """numId and level of the paragraph, from its own properties or its style's."""
        sources = [paragraph._p.pPr]
        style = paragraph.style
        while style is not None:
            sources.append(style.element.pPr)
            style = style.base_style
        for ppr in sources:
            num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
            if num_pr is not None:
                num_id = num_pr.find(qn("w:numId"))
                ilvl = num_pr.find(qn("w:ilvl"))
                if num_id is None or num_id.get(qn("w:val")) == "0":
                    return None, 0
                return num_id.get(qn("w:val")), int(ilvl.get(qn("w:val"))) if ilvl is not None else 0
        return None, 0


def _val(element, tag: str) -> str | None:
    child = element.find(qn(tag))
    return child.get(qn("w:val")) if child is not None else None


def _int_val(element, tag: str, default: int) -> int:
    value = _val(element, tag)
    return int(value) if value and value.lstrip("-").isdigit() else default
