"""Canonical spelling (CONTRACT §3) for short strings: names, units, indicators.

Only short strings go through here (underthesea's text_normalize is cached per
string), never whole documents.
"""

from __future__ import annotations

import functools
import unicodedata

import regex
from underthesea import text_normalize

from pipeline import rules

_DASH = regex.compile(r"\s*[-–—]\s*")
_SPACES = regex.compile(r"\s+")


def fold(text: str) -> str:
    """Lower case without tone marks or đ: for matching misspelt names (`Khanh Hòa`)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower()


_WORD = regex.compile(r"[\p{L}\p{M}]+")


@functools.lru_cache(maxsize=65536)
def _tone_word(word: str) -> str:
    fixed = text_normalize(word)
    return fixed if " " not in fixed else word


@functools.lru_cache(maxsize=65536)
def tone(text: str) -> str:
    """Traditional tone placement as underthesea places it (hoá → hóa, Uỷ → Ủy),
    word by word, so punctuation and spacing stay as they are."""
    return _WORD.sub(lambda m: _tone_word(m.group()), text)


# a foreign name spelled syllable by syllable (`Ô-xtrây-li-a`, `Cu-ba`): a capital, then syllables
# in lower case joined by hyphens; its hyphens are part of the word, no dash between names
_TRANSLITERATED = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]*(?:-[\p{Ll}\p{M}]+)+(?![\p{L}\p{M}])")


def spacing(text: str) -> str:
    """Single spaces, and a dash between words written ` - ` (Lao động-Thương binh), but not
    inside a transliterated foreign name (`Đại sứ quán Việt Nam tại Ô-xtrây-li-a`)."""
    text = _SPACES.sub(" ", text.replace("*", " "))
    out, last = [], 0
    for m in _TRANSLITERATED.finditer(text):
        out += [_DASH.sub(" - ", text[last:m.start()]), m.group()]
        last = m.end()
    out.append(_DASH.sub(" - ", text[last:]))
    return "".join(out).strip(" ,;.")


def name(text: str) -> str:
    return tone(spacing(text))


def title_case(text: str) -> str:
    """KON RẪY → Kon Rẫy: Vietnamese place names capitalise every syllable."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


@functools.lru_cache(maxsize=128)
def province_area(name: str) -> str:
    """`tỉnh Gia Lai`, but `thành phố Hà Nội`: the area a province-level body governs."""
    city = any(rule.get("name") == name and rule.get("city") for rule in rules.load("provinces"))
    return f"{'thành phố' if city else 'tỉnh'} {name}"


@functools.lru_cache(maxsize=4096)
def province(text: str) -> str | None:
    """Canonical province name for `text`, also when tone marks are wrong or missing."""
    wanted = fold(spacing(text))
    for rule in rules.load("provinces"):
        if rule.pattern.fullmatch(text.strip()) or fold(rule.get("name")) == wanted:
            return rule.get("name")
    return None
