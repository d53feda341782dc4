"""The working copy of a document that every rule matches against.

The copy has exactly the length of documents.text, so an offset found in it *is*
the offset in documents.text (the offset rule of CONTRACT §1 holds by
construction, with no map to keep in sync).  What makes it easier to match:
  * hard line wraps inside a paragraph become spaces (sample plans converted from
    PDF are wrapped mid-sentence, even inside headings and numbers);
  * markdown emphasis (`**`, `*`), table pipes and stamp lines become spaces;
  * old-style tone placement (`hoá`, `Uỷ`) becomes the traditional one (`hóa`,
    `Ủy`) as underthesea places it — the same number of characters.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex
from underthesea import text_normalize

from pipeline import rules

_OLD_TONE_WORD = regex.compile(r"\b\w*(?:[oO][áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸ]|[uU][ýỳỷỹỵÝỲỶỸỴ])\b")


@dataclass(frozen=True)
class Line:
    start: int
    end: int  # exclusive, before the "\n"

    def text(self, s: str) -> str:
        return s[self.start:self.end]


@dataclass(frozen=True)
class WorkingText:
    original: str
    text: str
    lines: tuple[Line, ...]  # lines of the working text (wrapped lines already joined)

    def line_at(self, offset: int) -> Line:
        lo, hi = 0, len(self.lines) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.lines[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return self.lines[lo]


@functools.lru_cache(maxsize=65536)
def _retone(word: str) -> str:
    fixed = text_normalize(word)
    return fixed if len(fixed) == len(word) else word


def _layout():
    return rules.load("layout")


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _raw_lines(text: str) -> list[Line]:
    out, pos = [], 0
    for part in text.split("\n"):
        out.append(Line(pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _blank_markup(text: str, chars: list[str]) -> None:
    for rule in _layout():
        if rule.get("action") == "blank":
            for m in rule.finditer(text):
                span = m.span("x") if "x" in rule.pattern.groupindex else m.span()
                _blank(chars, *span)


def _is_wrapped_document(text: str, lines: list[Line]) -> bool:
    """A document converted with hard wraps: many lines go on in lower case
    (lettered headings `a)` start in lower case too, and do not count)."""
    starts_block = _layout().by_id("layout.block_start")
    body = [ln.text(text).strip() for ln in lines]
    body = [t for t in body if t]
    lower_starts = sum(1 for t in body if t[0].islower() and not starts_block.match(t))
    return len(body) >= 10 and lower_starts >= 0.08 * len(body)


def _is_capitals(line: str) -> bool:
    """A line in capitals (a heading, a signature title) goes on only in capitals."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _join_wraps(chars: list[str]) -> None:
    """Replace a line break by a space where the sentence clearly goes on."""
    text = "".join(chars)
    lines = _raw_lines(text)
    wrapped = _is_wrapped_document(text, lines)
    layout = _layout()
    starts_block = layout.by_id("layout.block_start")
    ends_sentence = layout.by_id("layout.sentence_end")
    for prev, nxt in zip(lines, lines[1:], strict=False):
        prev_text, next_text = prev.text(text).strip(), nxt.text(text).strip()
        if not prev_text or not next_text:
            continue
        if ends_sentence.search(prev_text) or starts_block.match(next_text):
            continue
        first = next_text[0]
        if first.islower() or first.isdigit() or first in "(“\"'" or (
                wrapped and _is_capitals(prev_text) == _is_capitals(next_text)):
            chars[prev.end] = " "


def _retone_words(text: str, chars: list[str]) -> None:
    for m in _OLD_TONE_WORD.finditer(text):
        fixed = _retone(m.group())
        if fixed != m.group():
            chars[m.start():m.end()] = list(fixed)


def build(original: str) -> WorkingText:
    """The working copy of documents.text, same length, with its lines."""
    chars = list(original)
    _blank_markup(original, chars)
    _join_wraps(chars)
    _retone_words(original, chars)
    text = "".join(chars)
    assert len(text) == len(original)
    return WorkingText(original, text, tuple(_raw_lines(text)))
