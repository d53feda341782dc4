"""Legacy Vietnamese encodings → Unicode, chosen by how Vietnamese the result reads.

Older plans were typed in TCVN3 (ABC, the .VnTime fonts), VNI (VNI-Times),
VISCII or Windows-1258.  They reach us two ways:

- as bytes that are not UTF-8 (a .txt saved from such a document): every candidate
  decoding is tried and the one whose words are most often valid Vietnamese
  syllables wins (`decode_legacy`);
- as Unicode text whose runs were typed in a legacy font (text copied out of a
  .doc/.docx/.pdf that used .VnTime or VNI-Times): `fix_legacy_runs` converts the
  words that are mojibake, line by line, so a document that mixes Unicode and TCVN3
  runs comes out whole.

The mapping tables are data (rules/encodings/*.yaml), the syllable shape is a rule
(rules/encodings_syllables.yaml).  Nothing here looks at the file name.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from pipeline import rules

ENCODINGS_DIR = rules.RULES_DIR / "encodings"
# Byte decodings tried when a file is not UTF-8, in order of preference on a tie.
BYTE_CANDIDATES = ("windows1258", "tcvn3", "vni", "viscii")
# Font encodings whose runs can hide inside Unicode text.
FONT_CANDIDATES = ("tcvn3", "vni")
# A decoding is accepted when at least this many words read as Vietnamese and they
# outnumber the words that do not at least this many times over.
MIN_VALID_WORDS = 3
MIN_VALID_RATIO = 2.0
# Bytes looked at to choose a decoding; the whole file is then decoded with it.
SAMPLE_BYTES = 200_000

# A word: a run of anything but white space, ASCII digits and punctuation, and
# general punctuation (legacy letters hide among Latin-1 symbols such as ¸ « ¬ ­).
_WORD = re.compile(r"[^\s!-@\[-`{-~\u2010-\u206f]+")
# Latin-1 characters that Vietnamese never uses: a sign that a legacy font run is present.
_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_FOREIGN_LATIN1 = re.compile("[" + "".join(
    chr(c) for c in range(0xA1, 0x100) if chr(c) not in _VIETNAMESE_LATIN1 and chr(c) not in "×÷") + "×÷]")


@dataclass(frozen=True)
class Legacy:
    """One legacy encoding: how its bytes decode and how its font text converts."""

    key: str
    name: str
    letters: dict[str, str]  # legacy character(s) as they show in Latin-1/Windows-1252 → letter
    byte_table: dict[int, str]  # single bytes that are letters (VISCII); others are ASCII
    codec: str | None  # a Python codec that decodes the bytes (Windows-1258)
    restore_capitals: bool  # VN3 has no toned capitals (see rules/encodings/tcvn3.yaml)

    @functools.cached_property
    def _pattern(self) -> re.Pattern | None:
        if not self.letters:
            return None
        keys = sorted(self.letters, key=len, reverse=True)
        return re.compile("|".join(map(re.escape, keys)))

    def convert(self, text: str) -> str:
        """Font text (as it shows in Latin-1) → Unicode letters."""
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self.letters[m.group()], text)

    def decode(self, data: bytes) -> str:
        if self.codec:
            return unicodedata.normalize("NFC", data.decode(self.codec, errors="replace"))
        if self.byte_table:
            return "".join(self.byte_table.get(b) or chr(b) for b in data)
        return self.convert(_windows_1252(data))  # punctuation bytes (“ ” –) are Windows-1252


@functools.cache
def legacy(key: str) -> Legacy:
    raw = rules.read_yaml(ENCODINGS_DIR / f"{key}.yaml")
    return Legacy(
        key=key, name=raw["name"],
        letters=dict(raw.get("letters") or raw.get("sequences") or {}),
        byte_table={int(b, 16): ch for b, ch in (raw.get("bytes") or {}).items()},
        codec=raw.get("codec"),
        restore_capitals=key == "tcvn3",
    )


# Windows-1252 differs from Latin-1 only in 0x80-0x9F; its five unassigned bytes stay Latin-1.
_CP1252_C1 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def _windows_1252(data: bytes) -> str:
    return data.decode("latin-1").translate(_CP1252_C1)


@functools.cache
def _syllable():
    return rules.load("encodings_syllables").by_id("encodings.syllable")


@functools.lru_cache(maxsize=65536)
def is_vietnamese_word(word: str) -> bool:
    """True when every letter of the word is Vietnamese and it has a syllable's shape."""
    rule = _syllable()
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = rule.get("tone_marks")
    if sum(decomposed.count(t) for t in tones) > 1:
        return False
    toneless = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in tones))
    return bool(rule.match(toneless))


def _has_non_ascii(word: str) -> bool:
    return not word.isascii()


def score(text: str) -> tuple[int, int]:
    """(valid, invalid) counts of the words that are not plain ASCII."""
    valid = invalid = 0
    for m in _WORD.finditer(text):
        word = m.group()
        if _has_non_ascii(word):
            if is_vietnamese_word(word):
                valid += 1
            else:
                invalid += 1
    return valid, invalid


def _reads_as_vietnamese(valid: int, invalid: int) -> bool:
    return valid >= MIN_VALID_WORDS and valid >= MIN_VALID_RATIO * invalid


def decode_legacy(data: bytes) -> tuple[str, str] | None:
    """(text, encoding name) for bytes that are not UTF-8, or None if no decoding reads as Vietnamese."""
    sample = data[:SAMPLE_BYTES]
    best: tuple[int, str] | None = None
    for key in BYTE_CANDIDATES:
        text = legacy(key).decode(sample)
        if legacy(key).restore_capitals:
            text = _restore_capitals(text)
        valid, invalid = score(text)
        if _reads_as_vietnamese(valid, invalid) and (best is None or valid - invalid > best[0]):
            best = (valid - invalid, key)
    if best is None:
        return None
    chosen = legacy(best[1])
    text = chosen.decode(data)
    if chosen.restore_capitals:
        text = _restore_capitals(text)
    return text, chosen.name


def _fixable(word: str, scheme: Legacy) -> bool:
    """A word that is not Vietnamese as it stands and is once converted."""
    if not _has_non_ascii(word) or is_vietnamese_word(word) or _only_marks(word):
        return False
    converted = scheme.convert(word)
    return converted != word and is_vietnamese_word(converted)


def _only_marks(word: str) -> bool:
    """A mark standing alone, no letter in it: a Unicode plan's `·` bullet (`· Phòng Kinh tế chủ
    trì …`) is no TCVN3 `ã`, and a page of such bullets is no legacy run."""
    return not any(ch.isalpha() for ch in word)


def _latin1_only(word: str) -> bool:
    return all(ord(ch) <= 0xFF for ch in word)


# UTF-8 bytes shown one by one as Windows-1252 (`Káº¿ hoáº¡ch` for `Kế hoạch`: a UTF-8 file opened
# as Windows-1252 or Latin-1 and saved again): each character back to its byte; the five bytes
# Windows-1252 leaves undefined, and every byte under Latin-1, show as C1 control characters.
_SHOWN_BYTE = {**{chr(b): b for b in range(0x80, 0xA0)},
               **{bytes([b]).decode("cp1252"): b for b in range(0x80, 0x100) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}}
_SHOWN_RUN = re.compile("[" + re.escape("".join(_SHOWN_BYTE)) + "]{2,}")
UTF8_SHOWN_AS_WINDOWS_1252 = "UTF-8 shown as Windows-1252"


def fix_utf8_shown_as_windows_1252(text: str) -> tuple[str, bool]:
    """Text whose UTF-8 was read as Windows-1252 and saved again → the text it was; and
    whether it was.  A run of such characters is put back to bytes and read as UTF-8; it
    converts when that gives letters, marks or punctuation (never control characters), and
    only in a text where at least MIN_VALID_WORDS runs do (a plan that writes `Â“` once stays)."""
    converted = 0

    def back(m: re.Match) -> str:
        nonlocal converted
        try:
            decoded = bytes(_SHOWN_BYTE[c] for c in m.group()).decode("utf-8")
        except UnicodeDecodeError:
            return m.group()
        if any(unicodedata.category(c)[0] == "C" for c in decoded):
            return m.group()
        converted += 1
        return decoded

    out = _SHOWN_RUN.sub(back, text)
    return (out, True) if converted >= MIN_VALID_WORDS else (text, False)


def fix_legacy_runs(text: str) -> tuple[str, str | None]:
    """Unicode text with runs typed in a legacy font → all Unicode; also names the font encoding.

    A line where mojibake words outnumber words only Unicode can spell (ế, ạ, ư …) is
    a legacy run: every Latin-1 word in it converts when the result is Vietnamese
    (so TCVN3 `mét` becomes `một`).  Elsewhere only words that are not Vietnamese as
    they stand are converted.
    """
    if not _FOREIGN_LATIN1.search(text):
        return text, None
    # each distinct word once, with how often it stands (ASCII words are never fixable)
    words = Counter(w for w in _WORD.findall(text) if not w.isascii())
    keep_eth = _eth_for_d(words)
    if keep_eth:
        # `Ð`/`ð` stand for `Đ`/`đ` (not TCVN3's `é`): those words are left as written
        words = Counter({w: n for w, n in words.items() if not _ETH.search(w)})
    counts = {key: sum(n for w, n in words.items() if _fixable(w, legacy(key))) for key in FONT_CANDIDATES}
    key = max(FONT_CANDIDATES, key=lambda k: counts[k])
    if counts[key] < MIN_VALID_WORDS:
        return text, None
    scheme = legacy(key)
    return "".join(_fix_line(line, scheme, keep_eth) for line in text.splitlines(keepends=True)), scheme.name


_ETH = re.compile("[Ðð]")
_ETH_AS_D = str.maketrans("Ðð", "Đđ")


def _eth_for_d(words: Counter) -> bool:
    """True when the text writes `Đ`/`đ` as the look-alike Eth `Ð`/`ð` (U+00D0/U+00F0),
    as old converted documents do: more of its Eth words read as Vietnamese with
    `Đ`/`đ` (`Ðoàn`, `ðơn`) than once converted from TCVN3, where `Ð` is `é`
    (`phÐp` → `phép`).  A valid Unicode plan must not become `Sở GD&éT`."""
    as_d = as_tcvn3 = 0
    for word, n in words.items():
        if _ETH.search(word):
            as_d += n * is_vietnamese_word(word.translate(_ETH_AS_D))
            as_tcvn3 += n * _fixable(word, legacy("tcvn3"))
    return as_d > 0 and as_d >= as_tcvn3


def _fix_line(line: str, scheme: Legacy, keep_eth: bool = False) -> str:
    matches = list(_WORD.finditer(line))
    if not matches:
        return line
    fixable = sum(1 for m in matches if _fixable(m.group(), scheme) and not (keep_eth and _ETH.search(m.group())))
    if not fixable:
        return line
    unicode_only = sum(1 for m in matches if not _latin1_only(m.group()))
    legacy_line = fixable > unicode_only
    out, last = [], 0
    for m in matches:
        word = m.group()
        if (keep_eth and _ETH.search(word)) or _only_marks(word):
            continue
        converted = scheme.convert(word)
        if converted != word and is_vietnamese_word(converted) and (
                _fixable(word, scheme) or (legacy_line and _latin1_only(word))):
            out.append(line[last:m.start()])
            out.append(converted)
            last = m.end()
    out.append(line[last:])
    fixed = "".join(out)
    return _restore_capitals(fixed) if scheme.restore_capitals else fixed


def _restore_capitals(converted: str) -> str:
    """Upper-case converted words standing in capitals (.VnTimeH used lowercase codes).

    A word with no ASCII lowercase letter is in capitals when it has two ASCII
    capitals of its own (`MôC` → `MỤC`), or when a word beside it (only spaces
    between) has two ASCII capitals and none beside it is in lowercase
    (`KÕ HO¹CH` → `KẾ HOẠCH`, `ñY BAN` → `ỦY BAN`; `Sè: 12/KH` stays `Số`, `Së Y tÕ`
    stays `Sở Y tế`, `Bé CHQS` stays `Bộ CHQS`).
    """
    return "".join(_restore_line(line) for line in converted.splitlines(keepends=True))


def _restore_line(line: str) -> str:
    matches = list(_WORD.finditer(line))
    out, last = [], 0
    for i, m in enumerate(matches):
        word = m.group()
        if word.isascii() or any("a" <= c <= "z" for c in word):
            continue
        beside = [n.group() for n in (matches[i - 1] if i else None, matches[i + 1] if i + 1 < len(matches) else None)
                  if n is not None and not line[min(n.end(), m.end()):max(n.start(), m.start())].strip()]
        # `Bé` (Bộ) reads as a capitalised word: only a legacy word in capitals beside it
        # (not an ASCII abbreviation such as CHQS) says the whole word is in capitals
        title_like = "A" <= word[0] <= "Z" and _ascii_caps(word) == 1
        in_caps_run = any(_ascii_caps(n) >= 2 and not (title_like and n.isascii()) for n in beside) and not any(
            any("a" <= c <= "z" for c in n) for n in beside)
        if _ascii_caps(word) >= 2 or in_caps_run:
            out.append(line[last:m.start()])
            out.append(word.upper())
            last = m.end()
    out.append(line[last:])
    return "".join(out)


def _ascii_caps(word: str) -> int:
    """Number of ASCII capitals in a word with no ASCII lowercase letter (0 otherwise)."""
    if any("a" <= c <= "z" for c in word):
        return 0
    return sum(1 for c in word if "A" <= c <= "Z")
