"""Load the rule files of rules/ once, compile their patterns, expose their examples.

Every rule file is YAML with an optional `fragments:` map (named regex pieces,
included in patterns as ``<<NAME>>``) and a `rules:` list.  A rule has an `id`, a
`pattern`, its own `examples: {match: [...], no_match: [...]}` and any data fields
the extractor reads (a unit kind, a canonical name, a comparator …).  Vietnamese
words live there, not in Python, and one test walks every example.

Speed: a rule run over a whole text (finditer, search) is tried only where one of
its literal starts stands (`Rule.starts`, read off the pattern when it is
compiled; found with str.find in a lower-cased copy, or at runs of digits) — the
same matches as the engine's own walk over every offset, at a fraction of the
cost.  A rule with no such starts runs as it is.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
import re._constants as sre_c
import re._parser as sre_parse
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
import yaml

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
_FRAGMENT = regex.compile(r"<<(\w+)>>")
# A pattern runs at most this long on one text; a backtracking blow-up becomes an
# error row instead of a hung batch.  (The regex module takes it, and the
# arguments before it, positionally: (string, pos, endpos, [overlapped,]
# concurrent, partial, timeout) — as a keyword it costs a microsecond a call.)
REGEX_TIMEOUT_S = 5.0
# A window at least this long is scanned from the rule's literal starts (see
# `_scan`); a shorter one is cheaper to hand to the regex engine as it is.
SCAN_MIN = 2000


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: regex.Pattern
    data: dict[str, Any]
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()
    # (literal, case-insensitive) pairs one of which begins every match — literals
    # may hold marks (_SPACE, _DIGIT_HERE) or be a digit token; None when the pattern
    # has no such set (see literal_starts)
    starts: tuple[tuple[str, bool], ...] | None = None
    # the same pattern, for matching at one offset (see _anchored)
    at: regex.Pattern | None = None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else endpos
        if self.starts is not None and 0 <= pos and endpos - pos >= SCAN_MIN and endpos <= len(text):
            return self._scan(text, pos, endpos)
        return self.pattern.finditer(text, pos, endpos, False, None, False, REGEX_TIMEOUT_S)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else endpos
        if self.starts is not None and 0 <= pos and endpos - pos >= SCAN_MIN and endpos <= len(text):
            return next(self._scan(text, pos, endpos), None)
        return self.pattern.search(text, pos, endpos, None, False, REGEX_TIMEOUT_S)

    def _scan(self, text: str, pos: int, endpos: int):
        """The matches finditer would give, tried only where one of `starts` stands.

        A pattern like `(?i)(?<!\\p{L})(?:khoảng|gần|…)` makes the engine try every
        offset of a 30,000-character text; finding its literal starts with str.find
        and matching there gives the same matches (the same leftmost,
        non-overlapping walk) at a fraction of the cost.
        """
        index = _text_index(text)
        if any(ci for _, ci in self.starts) and index.lower is None:
            yield from self.pattern.finditer(text, pos, endpos, False, None, False, REGEX_TIMEOUT_S)
            return
        starts = index.starts(self.starts, pos, endpos)
        if starts is None:
            yield from self.pattern.finditer(text, pos, endpos, False, None, False, REGEX_TIMEOUT_S)
            return
        resume, at = pos, self.at or self.pattern
        heads = _RUN_HEADS in self.starts
        # one time budget for the whole walk, as the engine's own finditer has
        deadline = time.perf_counter() + REGEX_TIMEOUT_S
        for start in starts:
            if start < resume:
                continue
            m = at.match(text, start, endpos, None, False, _left(deadline))
            while m:
                yield m
                resume = m.end()
                # a match that ends inside a run of digits: the walk goes on from there
                # (the rest of the run was left out of `starts`, see _RUN_HEADS)
                m = None
                if heads and resume < endpos and index.inside_run(resume):
                    m = at.match(text, resume, endpos, None, False, _left(deadline))

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        return (self.at or self.pattern).match(text, pos, len(text) if endpos is None else endpos,
                                               None, False, REGEX_TIMEOUT_S)

    def get(self, key: str, default=None):
        return self.data.get(key, default)


def _left(deadline: float) -> float:
    """Seconds left before `deadline`; a TimeoutError (as the engine raises) once none are."""
    left = deadline - time.perf_counter()
    if left <= 0:
        raise TimeoutError("regex timed out")
    return left


@dataclass
class RuleFile:
    """A rule file: its rule lists by key (`rules`, and any other list of rules) and the rest."""

    name: str
    lists: dict[str, list[Rule]] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    _ids: dict[str, Rule] = field(default_factory=dict, repr=False)

    @property
    def rules(self) -> list[Rule]:
        return self.lists.get("rules", [])

    def __iter__(self):
        return iter(self.rules)

    def group(self, key: str) -> list[Rule]:
        return self.lists[key]

    def all_rules(self) -> list[Rule]:
        return [rule for rules_ in self.lists.values() for rule in rules_]

    def scanned(self) -> list[Rule]:
        """The rules that run over a whole text: not those of the lists the file names
        under `anchored:`, nor rules with `anchored: true` — they are only matched at an
        offset or inside a short phrase, and a pass over a whole text says nothing of
        their cost (make bench's regex floor)."""
        anchored = set(self.meta.get("anchored") or ())
        return [rule for key, rules_ in self.lists.items() if key not in anchored
                for rule in rules_ if not rule.get("anchored")]

    def by_id(self, rule_id: str) -> Rule:
        """The rule with this id (the first, should two share one), from an index built once."""
        if not self._ids:
            self._ids = {rule.id: rule for rule in reversed(self.all_rules())}
        return self._ids[rule_id]


def _expand(pattern: str, fragments: dict[str, str], seen: tuple[str, ...] = ()) -> str:
    def sub(m: regex.Match) -> str:
        name = m.group(1)
        if name in seen:
            raise ValueError(f"fragment {name} includes itself")
        return "(?:" + _expand(fragments[name], fragments, seen + (name,)) + ")"

    return _FRAGMENT.sub(sub, pattern)


@functools.cache
def shared_fragments() -> dict[str, str]:
    path = RULES_DIR / "fragments.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))["fragments"] if path.exists() else {}


@functools.cache
def load(name: str) -> RuleFile:
    """rules/<name>.yaml, compiled.  Patterns are case-sensitive unless they say (?i)."""
    raw = yaml.safe_load((RULES_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
    fragments = {**shared_fragments(), **(raw.get("fragments") or {})}
    out = RuleFile(name=name)
    for key, value in raw.items():
        if key == "fragments":
            continue
        if _is_rule_list(value):
            out.lists[key] = [_compile(entry, fragments) for entry in value]
        else:
            out.meta[key] = value
    return out


def _is_rule_list(value) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(e, dict) and "id" in e and "pattern" in e for e in value)


def _compile(entry: dict, fragments: dict[str, str]) -> Rule:
    entry = dict(entry)
    examples = entry.pop("examples", None) or {}
    source = _expand(entry.pop("pattern"), fragments)
    return Rule(
        id=entry.pop("id"),
        pattern=regex.compile(source, regex.VERSION0),
        data=entry,
        examples_match=tuple(examples.get("match") or ()),
        examples_no_match=tuple(examples.get("no_match") or ()),
        starts=literal_starts(source),
        at=_anchored(source),
    )


_GLOBAL_FLAGS = regex.compile(r"^(?:\(\?[a-zA-Z]+\))*")


def _anchored(source: str) -> regex.Pattern | None:
    """The pattern as `(?:P)|(?!)`: it matches what P matches, but the regex module
    finds no string every match must contain, and so does not search the whole rest
    of the text for one before each .match at an offset (which made a .match at a
    number cost as much as a scan of the text after it)."""
    flags = _GLOBAL_FLAGS.match(source).group()
    pattern = regex.compile(f"{flags}(?:{source[len(flags):]})|(?!)", regex.VERSION0)
    plain = regex.compile(source, regex.VERSION0)
    if pattern.flags != plain.flags or pattern.groupindex != plain.groupindex or pattern.groups != plain.groups:
        return None
    return pattern


# -- literal starts ---------------------------------------------------------------
# Found by reading the pattern with Python's own regex parser: the regex-module
# syntax it lacks is either rewritten (\p{L} → \w, group names dropped) where it
# cannot change what a match begins with, or makes the pattern "no starts".
_STARTS_MAX_LEN = 12
_STARTS_MAX = 48
_CLASS_MAX = 8
# Besides literals, a start can be one of these tokens (no text holds \x00-\x05):
_OPEN = ("", False)  # begun: anything may come here — no starts
_RUN_STARTS = ("\x00", False)  # begun: a digit no digit stands before
_RUN_HEADS = ("\x03", False)  # begun: \d+ — a run's first digit, its second, or where a match left off
_DIGIT = ("\x02", False)  # begun: some digit
_PLAIN = ("", False)  # exact: nothing taken; any look-around so far sees one character at most
_AFTER_NON_DIGIT = ("\x01", False)  # exact: nothing taken, and no digit stands before
_LOOKED_AROUND = ("\x05", False)  # exact: nothing taken, after a wider look-around
# Inside a literal, checked after str.find has found the letters before them:
_SPACE = "\x04"  # a run of white space (\s+)
_DIGIT_HERE = "\x06"  # a digit stands here (\d, or (?=\d)); the literal goes no further
_MARKS = _SPACE + _DIGIT_HERE
_EMPTIES = (_PLAIN, _AFTER_NON_DIGIT, _LOOKED_AROUND)
_DIGIT_TOKENS = (_RUN_STARTS, _RUN_HEADS, _DIGIT)


class _NoStarts(Exception):
    pass


def literal_starts(source: str) -> tuple[tuple[str, bool], ...] | None:
    """(literal, case-insensitive) pairs one of which begins every match of `source`,
    or a token for a digit (see _RUN_STARTS, _RUN_HEADS, _DIGIT).

    None when some match could begin otherwise (a class, a space, an optional
    start), when the pattern can match nothing, or when it uses what the reading
    cannot follow (\\G, back-references, flags in mid-pattern).  Look-arounds and
    anchors take no text and are passed over: that lets more offsets be tried,
    never fewer.
    """
    try:
        tree = sre_parse.parse(_for_sre(source))
        exact, begun = _seq(list(tree), bool(tree.state.flags & sre_c.SRE_FLAG_IGNORECASE))
    except (_NoStarts, sre_parse.error, re.error, RecursionError, OverflowError):
        return None
    if not begun and not exact or set(_EMPTIES) & exact or _OPEN in begun:
        return None
    starts = {(s.rstrip(_SPACE), ci) for s, ci in exact | begun}
    if any(s[:1] in _MARKS or s.isspace() for s, _ in starts):
        return None
    for wide, narrow in ((_DIGIT, (_RUN_HEADS, _RUN_STARTS)), (_RUN_HEADS, (_RUN_STARTS,))):
        if wide in starts:
            starts -= set(narrow)
    if starts <= set(_DIGIT_TOKENS):
        return None  # a pattern that starts with a digit: the engine finds those fast
    kept = {(s, ci) for s, ci in starts if not any(_covers(t, tci, s, ci) for t, tci in starts)}
    return tuple(sorted(kept))


def _covers(t: str, tci: bool, s: str, ci: bool) -> bool:
    """Every offset where literal s stands is one where literal t does (t is not s)."""
    if (t, tci) == (s, ci) or (t, tci) in _DIGIT_TOKENS or (s, ci) in _DIGIT_TOKENS:
        return False
    if tci == ci:
        return s.startswith(t)
    return tci and s.lower().startswith(t)


def _for_sre(source: str) -> str:
    out, i = [], 0
    while i < len(source):
        ch = source[i]
        if ch == "\\" and i + 1 < len(source):
            nxt = source[i + 1]
            if nxt in "GgLN" or nxt.isdigit() and nxt != "0":
                raise _NoStarts(f"\\{nxt}")
            if nxt in "pP":
                end = source.find("}", i) + 1 if source.startswith("{", i + 2) else i + 3
                if end <= 0:
                    raise _NoStarts("\\p")
                out.append("\\w")
                i = end
                continue
            out.append(source[i:i + 2])
            i += 2
            continue
        if source.startswith("(?P<", i):
            close = source.find(">", i)
            out.append("(?:")
            i = close + 1
            continue
        if source.startswith("(?P=", i) or source.startswith("(?<", i) and source[i + 3:i + 4] not in ("=", "!"):
            raise _NoStarts("group syntax")
        out.append(ch)
        i += 1
    return "".join(out)


def _literal(code: int, ci: bool) -> tuple[str, bool]:
    ch = chr(code)
    if ch in "\x00\x01\x02\x03\x04\x05\x06":
        raise _NoStarts("a token character")
    if not ci:
        return ch, False
    low = ch.lower()
    if len(low) != 1 or low != ch.casefold():
        raise _NoStarts("irregular case")
    return low, True


def _seq(items, ci: bool) -> tuple[set, set]:
    """(exact, begun): literals a sequence matches whole / that begin what it matches."""
    exact, begun = {_PLAIN}, set()
    for op, av in items:
        item_exact, item_begun = _item(op, av, ci)
        grown, more = set(), set()
        for s, sci in exact:
            for t, tci in item_exact:
                u = _joined(s, sci, t, tci)
                if u in _EMPTIES or not _long_enough(u[0]):
                    grown.add(u)
                else:
                    more.add((u[0][:_STARTS_MAX_LEN], u[1]))
            for t, tci in item_begun:
                u = _joined(s, sci, t, tci)
                more.add(u if u in _EMPTIES or u in _DIGIT_TOKENS else (u[0][:_STARTS_MAX_LEN], u[1]))
        if len(grown) + len(begun | more) > _STARTS_MAX:
            # too many literals to look for: what was read before this item will do,
            # and where nothing was, the first word of what this item reads
            begun |= {u for u in exact if u not in _EMPTIES}
            begun |= {_first_word(_joined(*u, *t)) for u in exact if u in _EMPTIES
                      for t in item_exact | item_begun}
            exact = set()
            break
        exact, begun = grown, begun | more
        if not exact:
            break
    if len(begun) > _STARTS_MAX:
        raise _NoStarts("too many")
    return exact, {_OPEN if u in _EMPTIES else u for u in begun}


def _first_word(literal: tuple[str, bool]) -> tuple[str, bool]:
    head = _head(literal[0])
    if literal in _EMPTIES or literal in _DIGIT_TOKENS or not head:
        return literal
    return head, literal[1]


def _head(literal: str) -> str:
    """The letters of a literal before its first mark (what str.find looks for)."""
    for i, ch in enumerate(literal):
        if ch in _MARKS:
            return literal[:i]
    return literal


def _long_enough(literal: str) -> bool:
    """A literal worth no more letters: long, ending in a digit, or into its second word
    (each literal that shares a first word costs a check at each place that word stands)."""
    return len(literal) >= _STARTS_MAX_LEN or literal.endswith(_DIGIT_HERE) \
        or _SPACE in literal and len(literal.rsplit(_SPACE, 1)[1]) >= 3


def _joined(s: str, sci: bool, t: str, tci: bool) -> tuple[str, bool]:
    """s then t; lower-cased whole when either part is matched case-insensitively."""
    left, right = (s, sci), (t, tci)
    if left in _EMPTIES:
        if right in _EMPTIES:
            if _AFTER_NON_DIGIT in (left, right):
                return _AFTER_NON_DIGIT
            return _LOOKED_AROUND if _LOOKED_AROUND in (left, right) else _PLAIN
        if right in _DIGIT_TOKENS:
            if left == _AFTER_NON_DIGIT or right == _RUN_STARTS:
                return _RUN_STARTS
            return _DIGIT if left == _LOOKED_AROUND else right
        return right
    if right in _EMPTIES:
        return left
    if right in _DIGIT_TOKENS:
        return s + _DIGIT_HERE, sci
    if not (sci or tci):
        return s + t, False
    u = (s + t).lower()
    if len(u) != len(s) + len(t):
        raise _NoStarts("irregular case")
    return u, True


def _item(op, av, ci: bool) -> tuple[set, set]:
    if op is sre_c.LITERAL:
        return {_literal(av, ci)}, set()
    if op is sre_c.AT:
        return {_PLAIN}, set()  # anchors look at one character each side at most
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
        direction, body = av
        if body.getwidth() != (1, 1):
            return {_LOOKED_AROUND}, set()
        if op is sre_c.ASSERT_NOT and direction < 0 and _excludes_digits(list(body)):
            return {_AFTER_NON_DIGIT}, set()
        if op is sre_c.ASSERT and direction > 0 and list(body)[0][0] is sre_c.IN and _only_digits(list(body)[0][1]):
            return {(_DIGIT_HERE, False)}, set()  # (?=\d)
        return {_PLAIN}, set()
    if op is sre_c.IN:
        if _only_digits(av):
            return set(), {_DIGIT}
        if len(av) > _CLASS_MAX or any(sub_op is not sre_c.LITERAL for sub_op, _ in av):
            return set(), {_OPEN}
        return {_literal(code, ci) for _, code in av}, set()
    if op is sre_c.SUBPATTERN:
        _, add, remove, body = av
        sub_ci = (ci or bool(add & sre_c.SRE_FLAG_IGNORECASE)) and not remove & sre_c.SRE_FLAG_IGNORECASE
        return _seq(list(body), sub_ci)
    if op is sre_c.BRANCH:
        exact, begun = set(), set()
        for branch in av[1]:
            e, b = _seq(list(branch), ci)
            exact |= e
            begun |= b
        return exact, begun
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        low, high, body = av
        body = list(body)
        if low >= 1 and high == sre_c.MAXREPEAT and len(body) == 1 and body[0][0] is sre_c.IN \
                and _only_digits(body[0][1]):
            return set(), {_RUN_HEADS}
        if len(body) == 1 and body[0][0] is sre_c.IN and _only_spaces(body[0][1]):
            return ({_PLAIN} if low == 0 else set()) | {(_SPACE, False)}, set()
        exact, begun = _seq(body, ci)
        if low == 1 and high == 1:
            return exact, begun
        if low == 0 and high == 1:
            return exact | {_PLAIN}, begun
        return ({_PLAIN} if low == 0 else set()), {_OPEN if u in _EMPTIES else u for u in exact} | begun
    return set(), {_OPEN}


def _excludes_digits(body) -> bool:
    """A look-behind body `[\\d…]`: (?<![\\d…]) says no digit stands before."""
    return len(body) == 1 and body[0][0] is sre_c.IN and (sre_c.CATEGORY, sre_c.CATEGORY_DIGIT) in body[0][1]


def _only_spaces(members) -> bool:
    """A class of white space only (\\s, [ \\t]): a run of it is a _SPACE in a literal."""
    return bool(members) and all(op is sre_c.CATEGORY and av is sre_c.CATEGORY_SPACE
                                 or op is sre_c.LITERAL and chr(av).isspace() for op, av in members)


def _only_digits(members) -> bool:
    def digit(op, av) -> bool:
        if op is sre_c.CATEGORY:
            return av is sre_c.CATEGORY_DIGIT
        if op is sre_c.LITERAL:
            return chr(av).isascii() and chr(av).isdigit()
        if op is sre_c.RANGE:
            return ord("0") <= av[0] and av[1] <= ord("9")
        return False
    return bool(members) and all(digit(op, av) for op, av in members)


_DIGIT_RUN = regex.compile(r"\d+")


class _TextIndex:
    """One text's lower-cased copy and the offsets of the literals looked for in it."""

    def __init__(self, text: str):
        self.text = text
        self.found: dict[tuple[str, bool], list[int] | None] = {}
        self.runs: list[tuple[int, int]] | None = None
        self.run_starts: list[int] = []

    def offsets(self, literal: str, ci: bool) -> list[int] | None:
        """Where `literal` stands; None when it is so common that trying each offset
        would cost more than the regex engine's own scan."""
        key = (literal, ci)
        if key in self.found:
            return self.found[key]
        haystack = self.lower if ci else self.text
        found: list[int] | None = []
        cap = len(haystack) // _COMMON_SHARE
        if key in _DIGIT_TOKENS:
            found = []
            for start, end in self.digit_runs():
                if key == _DIGIT:
                    found.extend(range(start, end))
                else:
                    found.append(start)
                    if key == _RUN_HEADS and end > start + 1:
                        found.append(start + 1)
            self.found[key] = found if len(found) <= cap * _DIGIT_SHARE else None
            return self.found[key]
        head = _head(literal)
        if head != literal:
            heads = self.offsets(head, ci)
            rest = literal[len(head):]
            found = None if heads is None else [at for at in heads if self._follows(haystack, at + len(head), rest)]
            self.found[key] = found
            return found
        at = haystack.find(literal)
        while at >= 0:
            found.append(at)
            if len(found) > cap:
                found = None
                break
            at = haystack.find(literal, at + 1)
        self.found[key] = found
        return found

    @functools.cached_property
    def lower(self) -> str | None:
        """The lower-cased copy, where case-insensitive literals are looked for.  Its
        offsets are the text's only when every character lower-cases to one
        character, the one case-folding gives (else None: the engine scans)."""
        lower = self.text.lower()
        return lower if len(lower) == len(self.text) and lower == self.text.casefold() else None

    def _follows(self, haystack: str, at: int, rest: str) -> bool:
        """Does `rest` (letters and marks) stand at `at`?  White space is told by
        str.isspace(), true of every character \\s matches, so no offset where the
        pattern matches is turned away."""
        i = 0
        while i < len(rest):
            ch = rest[i]
            if ch == _SPACE:
                if at >= len(haystack) or not haystack[at].isspace():
                    return False
                while at < len(haystack) and haystack[at].isspace():
                    at += 1
                while i + 1 < len(rest) and rest[i + 1].isspace():
                    i += 1  # the run took them too
            elif ch == _DIGIT_HERE:
                if not self.is_digit(at):
                    return False
            elif at >= len(haystack) or haystack[at] != ch:
                return False
            else:
                at += 1
            i += 1
        return True

    def is_digit(self, offset: int) -> bool:
        runs = self.digit_runs()
        i = bisect.bisect_right(self.run_starts, offset) - 1
        return i >= 0 and runs[i][0] <= offset < runs[i][1]

    def digit_runs(self) -> list[tuple[int, int]]:
        if self.runs is None:
            self.runs = [m.span() for m in _DIGIT_RUN.finditer(self.text)]
            self.run_starts = [start for start, _ in self.runs]
        return self.runs

    def inside_run(self, offset: int) -> bool:
        """Is `offset` a digit with a digit before it?"""
        runs = self.digit_runs()
        i = bisect.bisect_right(self.run_starts, offset) - 1
        return i >= 0 and runs[i][0] < offset < runs[i][1]

    def starts(self, literals, pos: int, endpos: int) -> list[int] | None:
        """Sorted offsets in [pos, endpos) where one of `literals` stands whole;
        None when they are too many to be worth trying one by one."""
        out: list[int] = []
        for literal, ci in literals:
            offsets = self.offsets(literal, ci)
            if offsets is None:
                return None
            last = endpos - len(_head(literal))
            i = bisect.bisect_left(offsets, pos)
            j = bisect.bisect_right(offsets, last, i)
            out.extend(offsets[i:j])
        share = _DIGIT_SHARE if any(token in literals for token in _DIGIT_TOKENS) else 1
        if len(out) > (endpos - pos) * share // _COMMON_SHARE:
            return None
        if len(literals) > 1:
            out = sorted(set(out))
        return out


# more candidate offsets than one per this many characters: let the engine scan
# (digits are allowed more: the engine is slowest on patterns that start with one)
_COMMON_SHARE = 40
_DIGIT_SHARE = 4
_INDEX_SIZE = 4
_index: dict[int, _TextIndex] = {}
_index_lock = threading.Lock()


def _text_index(text: str) -> _TextIndex:
    """The index of `text`, kept for the last few texts (a document's text and working copy)."""
    with _index_lock:
        index = _index.get(id(text))
        if index is not None and index.text is text:
            return index
    index = _TextIndex(text)
    with _index_lock:
        _index[id(text)] = index
        while len(_index) > _INDEX_SIZE:
            del _index[next(iter(_index))]
    return index


def fragment(name: str, file: str | None = None) -> regex.Pattern:
    """A named fragment compiled on its own, for code that needs one piece."""
    fragments = dict(shared_fragments())
    if file:
        fragments.update(yaml.safe_load((RULES_DIR / f"{file}.yaml").read_text(encoding="utf-8")).get("fragments") or {})
    return regex.compile(_expand(f"<<{name}>>", fragments), regex.VERSION0)


def all_rule_files() -> list[str]:
    return sorted(p.stem for p in RULES_DIR.glob("*.yaml") if p.stem != "fragments")


@functools.cache
def rules_version() -> str:
    """Hash of every rule file: part of the manifest, so changed rules re-parse."""
    digest = hashlib.sha256()
    for path in sorted(RULES_DIR.glob("*.yaml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
