"""Tone marks put back on the names and role words of a line typed without them.

A plan written with tone marks sometimes has lines typed without (`Phong Kinh te chu tri,
phoi hop voi Buu dien xa …`): a gazetteer and role cues written with tone marks miss them.
On such a line (rule `toneless.line`) the phrases of rules/toneless.yaml are matched folded
(canonical.fold: small letters, no marks, `đ` as `d`) word by word, longest first, and written
back with their marks, one letter for one, so the working copy keeps the text's length.  Level
words are put back only after a body's name, the small words of `before_bodies` only before one:
alone they have other readings (`xa` far, `ve` ticket).  The comparator and time words of `cues`
are put back anywhere; a `#` in one stands for a number as typed (`cham nhat 03 ngay` → `chậm nhất
03 ngày`: `ngay` alone is also `ngay`, at once).  A plan typed wholly without marks is left alone.
"""

from __future__ import annotations

import functools
import unicodedata

import regex

from pipeline import rules
from pipeline.normalise.canonical import fold

_WORD = regex.compile(r"[A-Za-z]+|\d+")
_WORD_ANY = regex.compile(r"[\p{L}\p{M}]+|#")  # a word of a phrase as rules/toneless.yaml writes it
_MARKED = regex.compile(r"[\u00c0-\u1ef9]")
_LONGEST = 8  # words in the longest phrase looked for


@functools.cache
def _phrases() -> dict[str, dict[tuple[str, ...], list[str]]]:
    """For each kind (bodies, levels, roles, before_bodies, cues): folded words → marked words."""
    meta = rules.load("toneless").meta
    out: dict[str, dict[tuple[str, ...], list[str]]] = {}
    for kind in ("bodies", "levels", "roles", "before_bodies", "cues"):
        table: dict[tuple[str, ...], list[str]] = {}
        for phrase in meta.get(kind) or ():
            words = _WORD_ANY.findall(unicodedata.normalize("NFC", phrase))
            table[tuple(fold(w) for w in words)] = words
        out[kind] = table
    return out


def _longest(kind: str, folded: list[str], i: int) -> int:
    """How many words from folded[i] make the longest phrase of `kind` (0: none)."""
    table = _phrases()[kind]
    for n in range(min(_LONGEST, len(folded) - i), 0, -1):
        if tuple(folded[i:i + n]) in table:
            return n
    return 0


def _marked(written: str, word: str) -> str:
    """`word`'s letters with the capitals `written` was typed with."""
    return "".join(w.upper() if c.isupper() else w.lower() for w, c in zip(word, written, strict=True))


def _runs(text: str, line_rule) -> list[tuple[int, int]]:
    """(start, end) of each toneless line (rule `toneless.line`) with the lines that wrap on from
    it without a tone mark either (`… gui Tram Y te xa Hong Thu truoc ngay 03 hang` / `thang.`):
    a phrase may break over the wrap, and the short line alone is too short to be judged."""
    runs: list[tuple[int, int]] = []
    for line in line_rule.finditer(text):
        start, end = line.start(), line.end()
        if runs and runs[-1][1] >= start - 1:
            start = runs.pop()[0]
        while end + 1 < len(text):
            nxt = text.find("\n", end + 1)
            nxt = len(text) if nxt < 0 else nxt
            if not text[end + 1:nxt].strip() or _MARKED.search(text, end + 1, nxt):
                break
            end = nxt
        runs.append((start, end))
    return runs


def _symbol_kept(words: list, symbol: set[int], i: int, n: int, phrase: list[str]) -> bool:
    """May the phrase of words[i:i + n] stand where it touches a symbol's words?  Only a name that
    opens with a word of its own and writes the symbol's initials as typed (`Phong VH-XH` →
    `Phòng VH-XH`); a symbol alone (`KH-UBND`, `NQ-HDND`) is the symbol's, never a body."""
    inside = [k for k in range(n) if i + k in symbol]
    if not inside:
        return True
    return i not in symbol and all(phrase[k] == "#" or _marked(words[i + k].group(), phrase[k]) == words[i + k].group()
                                   for k in inside)


def repairs(text: str) -> list[tuple[int, str]]:
    """(start, same-length replacement) of each word put back, in order, apart."""
    if not _MARKED.search(text):
        return []
    line_rule = rules.load("toneless").by_id("toneless.line")
    out: list[tuple[int, str]] = []
    for start, end in _runs(text, line_rule):
        words = list(_WORD.finditer(text, start, end))
        # a word run into a symbol by `-` or `/` is the symbol's (`NQ-HDND`), as typed; small
        # letters on either side of `/` are a count per unit (`10 co so/xa`)
        symbol = {i for i, w in enumerate(words)
                  if not (w.group().islower() and "-" not in text[w.start() - 1:w.end() + 1]
                          or text[w.start() - 1:w.start()] not in ("-", "/") and text[w.end():w.end() + 1] not in ("-", "/"))}
        folded = ["#" if w.group().isdigit() else fold(w.group()) for w in words]
        # words with only spaces or a comma between them continue a phrase, over a wrap too
        joined = [i + 1 < len(words) and text[words[i].end():words[i + 1].start()].replace("\n", "", 1).strip(" ,-") == ""
                  for i in range(len(words))]
        put: dict[int, list[str]] = {}
        i = 0
        after_body = False
        while i < len(words):
            n = _longest("bodies", folded, i)
            kind = "bodies"
            if not n and after_body:
                n, kind = _longest("levels", folded, i), "levels"
            if not n:
                n, kind = _longest("roles", folded, i), "roles"
            if not n:
                n, kind = _longest("cues", folded, i), "cues"
            if not n:
                m = _longest("before_bodies", folded, i)
                if m and joined[i + m - 1] and _longest("bodies", folded, i + m):
                    n, kind = m, "before_bodies"
            if n and not _symbol_kept(words, symbol, i, n, _phrases()[kind][tuple(folded[i:i + n])]):
                n = 0
            if not n or not all(joined[i:i + n - 1]):
                after_body = False
                i += 1
                continue
            phrase = _phrases()[kind][tuple(folded[i:i + n])]
            for k in range(n):
                if phrase[k] != "#":
                    put[i + k] = phrase[k]
            after_body = kind in ("bodies", "levels") and joined[i + n - 1]
            i += n
        for k, word in sorted(put.items()):
            new = _marked(words[k].group(), word)
            if new != words[k].group():
                out.append((words[k].start(), new))
    return out
