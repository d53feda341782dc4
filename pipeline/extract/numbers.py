"""Reading numbers as Vietnamese plans write them.

Vietnamese notation groups thousands with `.` and marks decimals with `,`:
`3.700` = 3700, `2,5` = 2.5, `1.000.000,5` = 1000000.5.  A number that could be
English notation (`1,000`, `1.5`) is still read the Vietnamese way — `1,000` is
1.0 — because that is how these documents are written; `1.5`, which has no
Vietnamese reading with a thousands dot, is read as 1.5.  Converted texts also
split a year with a stray space (`năm 20 30`); `m 2` and `m²` are units
(rules/units.yaml), and a footnote mark (`người¹`) is never a digit here.  The
words (`một phần hai`, `năm mươi`, `một nửa`, `triệu`) live in rules/targets.yaml.
"""

from __future__ import annotations

import functools

import regex

from pipeline import rules

_THOUSANDS = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_PLAIN = regex.compile(r"\d+(?:[.,]\d+)?")
# a scanned `01` with its `1` read as a letter (targets.yaml number.ocr_padded_one)
_OCR_ONE = regex.compile(r"0[lI]")
_FRACTION = regex.compile(r"(?P<num>\S+)\s*(?:/|\s+phần\s+)\s*(?P<den>\S+)", regex.IGNORECASE)
# the digits an echo in words follows (without_echoes)
_PLAIN_BEFORE = regex.compile(r"(?<![\d.,])\d+$")


def _targets():
    return rules.load("targets")


@functools.lru_cache(maxsize=1024)
def _digit_word(word: str) -> int | None:
    for rule in _targets().group("number_words"):
        if rule.match(word):
            return rule.get("value")
    return None


def parse(text: str, split: bool = False) -> float | None:
    """The value of a number as written: `3.700`, `2,5`, `01`, `1/2`, `một phần hai`, `01 triệu`, OCR `0l`.

    `split`: the digits were split by a stray space in a copied text (`1 0%` = 10).
    None when `text` is no number.
    """
    text = "".join(text.split()) if split else " ".join(text.split())
    if not text:
        return None
    factor = 1.0
    head, _, last = text.rpartition(" ")
    if head:
        for rule in _targets().group("multipliers"):
            if rule.match(" " + last):
                factor, text = float(rule.get("factor")), head
                break
    value = _plain(text)
    if value is None:
        value = _fraction(text)
    if value is None:
        value = _words(text)
    return None if value is None else value * factor


def _plain(text: str) -> float | None:
    if _OCR_ONE.fullmatch(text):
        return 1.0
    if _THOUSANDS.fullmatch(text):
        return float(text.replace(".", "").replace(",", "."))
    if _PLAIN.fullmatch(text):
        if "," in text:
            return float(text.replace(",", "."))
        if "." in text and len(text.partition(".")[2]) == 3:
            return float(text.replace(".", ""))
        return float(text)
    return None


def _fraction(text: str) -> float | None:
    m = _FRACTION.fullmatch(text)
    if not m:
        return None
    num = _plain(m["num"]) if m["num"][0].isdigit() else _digit_word(m["num"])
    den = _plain(m["den"]) if m["den"][0].isdigit() else _digit_word(m["den"])
    if num is None or not den:
        return None
    return num / den


@functools.lru_cache(maxsize=256)
def _lexicon(group: str, word: str) -> float | None:
    for rule in _targets().group(group):
        if rule.match(word):
            return rule.get("value")
    return None


def _words(text: str) -> float | None:
    """A number spelt out: `một nửa` (a phrase), `năm mươi` = 50, `hai trăm mười lăm` = 215."""
    phrase = _lexicon("number_phrases", text.lower())
    if phrase is not None:
        return float(phrase)
    total, current = 0, 0
    for word in text.split():
        digit = _digit_word(word)
        if digit is not None:
            current += digit
            continue
        scale = _lexicon("number_scales", word)
        if scale is None:
            return None
        if scale < 100:
            current = (current or 1) * scale
        else:
            total, current = total + (current or 1) * scale, 0
    return float(total + current)


def read_year(text: str) -> int | None:
    """A year, also split by a stray space: `20 30` → 2030."""
    digits = "".join(text.split())
    if len(digits) == 4 and digits.isdigit() and digits[:2] in ("19", "20"):
        return int(digits)
    return None


def without_echoes(text: str) -> str:
    """`text` with the words that repeat a number in brackets blanked (`chậm nhất 05 (năm)
    ngày`, `ít nhất 30 (ba mươi) ngày` read as `05 ngày`, `30 ngày`), same length.

    Legal style spells every number out after its digits; the time and target rules
    expect the unit right after the number.  Only brackets that read as that same
    number are blanked: `03 (ba)` is, `Quý II (hai)` and `03 (xã khu vực III)` are not.
    """
    spans = []
    for rule in _targets().group("echoes"):
        for m in rule.finditer(text):
            digits = _PLAIN_BEFORE.search(text, max(0, m.start() - 12), m.start())
            inside = text[m.start():m.end()].strip().strip("()")
            if digits and _plain(digits.group()) == _words(inside):
                spans.append((m.start(), m.end()))
    if not spans:
        return text
    parts, last = [], 0
    for start, end in sorted(spans):
        parts += [text[last:start], " " * (end - start)]
        last = end
    return "".join(parts) + text[last:]
