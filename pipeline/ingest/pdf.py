"""PDF with a text layer → the text a reader sees, page by page.

Read with pdfplumber (pdfminer.six underneath), which places every character by
its position, so lines come out in reading order.  What a printed page adds and
the plan does not say is taken out: running headers and footers (a line that
recurs at the top or bottom of most pages, digits aside) and page numbers.  Line
wraps stay line breaks, as in the hard-wrapped sample 004, and the working copy
joins them; a word hyphenated across a line end is put back together.

A PDF with no text layer (a scan) is an error saying OCR is needed, never an empty
document; a password-protected PDF is an error saying to remove the password.
Source.pages gives where each page starts and ends in the text.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from pipeline.ingest import encodings
from pipeline.ingest.text import IngestError, Source, check_text, doc_id_of, unicode_text

MAX_PAGES = 2000
# Fewer visible characters than this per page on average: no usable text layer.
MIN_CHARS_PER_PAGE = 20
# Lines looked at, at the top and at the bottom of a page, for running headers and footers.
EDGE_LINES = 2
# White space above a line, in line heights, that means a new paragraph.
PARAGRAPH_GAP = 0.8
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?(?:(?:Trang|Page)\s+)?\d{1,4}(?:\s*(?:/|of|trên)\s*\d{1,4})?(?:\s*[-–—])?\s*$",
                          re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_HYPHENATED = re.compile(r"(\w+)-\n(\w+)")


def read_pdf(path: Path, source_path: str) -> Source:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    data = path.read_bytes()
    if not data.lstrip()[:5] == b"%PDF-":
        raise IngestError("corrupt_pdf", "does not start like a PDF file: download or export it again")
    try:
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise IngestError("too_large", f"{len(pdf.pages)} pages, more than a plan has ({MAX_PAGES}): split it")
            pages = [page_lines(page) for page in pdf.pages]
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on a broken file
        if any(isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)) for inner in (*exc.args, exc.__cause__)):
            raise IngestError("encrypted_pdf", "the PDF is protected by a password: open it, remove the password "
                                               "(or print it to a new PDF) and parse that") from exc
        raise IngestError("corrupt_pdf", f"not a readable PDF ({type(exc).__name__}: {exc}): export it again") from exc
    visible = sum(len("".join("".join(lines).split())) for lines in pages)
    if visible < MIN_CHARS_PER_PAGE * max(1, len(pages)):
        raise IngestError("needs_ocr", f"{len(pages)} page(s) with no text layer (a scan): run OCR on it "
                                       "(e.g. ocrmypdf -l vie) and parse the result")
    pages = strip_running_lines(pages)
    text, spans = _join_pages(pages)
    text, encoding = unicode_text(text)
    if len(text) != spans[-1][1]:  # legacy-font conversion changed lengths: re-measure page by page
        text, spans, encoding = _convert_by_page(pages)
    check_text(text)
    return Source(doc_id_of(data), source_path, "pdf", text, encoding, tuple(spans))


def page_lines(page) -> list[str]:
    """The page's lines top to bottom; white space between two lines taller than
    PARAGRAPH_GAP times the line's own height (a new paragraph) becomes an empty line,
    as in a typed text."""
    lines = page.extract_text_lines(return_chars=False)
    out = [line["text"] for line in lines[:1]]
    for before, line in zip(lines, lines[1:], strict=False):
        height = line["bottom"] - line["top"]
        if height > 0 and line["top"] - before["bottom"] > PARAGRAPH_GAP * height:
            out.append("")
        out.append(line["text"])
    return out


def strip_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop page numbers and lines that recur at the edge of most pages (digits aside)."""
    def key(line: str) -> str:
        return _DIGITS.sub("#", " ".join(line.split()))

    edge_counts: Counter[str] = Counter()
    for lines in pages:
        edges = {key(line) for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:] if line.strip()}
        edge_counts.update(edges)
    running = {k for k, n in edge_counts.items() if len(pages) >= 3 and n >= max(3, len(pages) // 2)}
    out = []
    for lines in pages:
        keep = []
        for i, line in enumerate(lines):
            at_edge = i < EDGE_LINES or i >= len(lines) - EDGE_LINES
            if at_edge and (key(line) in running or _PAGE_NUMBER.match(line)):
                continue
            keep.append(line)
        out.append(keep)
    return out


def _join_pages(pages: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """Pages joined by a line break; hyphenated words rejoined; (start, end) of each page."""
    parts, spans, at = [], [], 0
    for lines in pages:
        page = _HYPHENATED.sub(_rejoin, "\n".join(lines))
        spans.append((at, at + len(page)))
        parts.append(page)
        at += len(page) + 1
    return "\n".join(parts), spans


def _rejoin(m: re.Match) -> str:
    """`chuyên-\\nmôn` stays two words; `infor-\\nmation` becomes one (only if it reads as one)."""
    left, right = m.group(1), m.group(2)
    if right[:1].islower() and not encodings.is_vietnamese_word(left) and (left + right).isascii():
        return left + right + "\n"
    return m.group()


def _convert_by_page(pages: list[list[str]]) -> tuple[str, list[tuple[int, int]], str]:
    texts, encoding = [], "UTF-8"
    for lines in pages:
        text, page_encoding = unicode_text(_HYPHENATED.sub(_rejoin, "\n".join(lines)))
        texts.append(text)
        encoding = page_encoding if page_encoding != "UTF-8" else encoding
    spans, at = [], 0
    for text in texts:
        spans.append((at, at + len(text)))
        at += len(text) + 1
    return "\n".join(texts), spans, encoding
