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
cost.  A rule with no such starts runs as it is.  Compiling and reading the patterns
is done once per machine, not per process (pipeline/pattern_cache.py).
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import gc
import hashlib
import re
import re._constants as sre_c
import re._parser as sre_parse
import signal
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import ahocorasick_rs
import regex
import yaml

from pipeline import pattern_cache

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
# the version of the code that reads a pattern (literal_starts, _anchored …): a cached
# reading made by other code is not used (see pattern_cache)
_READER = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
_FRAGMENT = regex.compile(r"<<(\w+)>>")
# A pattern runs at most this long on one text; a backtracking blow-up becomes an
# error row instead of a hung batch.  (The regex module takes it, and the
# arguments before it, positionally: (string, pos, endpos, [overlapped,]
# concurrent, partial, timeout) — as a keyword it costs a microsecond a call.)
# None while a time_budget guards the caller (see there).
REGEX_TIMEOUT_S: float | None = 5.0
# A window at least this long is scanned from the rule's literal starts (see
# `_scan`); a shorter one is cheaper to hand to the regex engine as it is.  (A
# one-page plan of 1,600 characters parses in 67 ms per document at 1,000, 101 ms
# at 2,000; long plans the same either way.)
SCAN_MIN = 1000


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
    # what `starts` begin with, to turn an offset or a short text away before the
    # engine is asked (see _Heads)
    heads: _Heads | None = None
    # `starts` grouped by head, for the walk over a whole text (see _starts_plan)
    plan: _StartsPlan | None = None
    # every match begins where the text does (`^…` without (?m)): a search from 0 is a match
    begins: bool = False

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else endpos
        if self.starts is not None and 0 <= pos and endpos - pos >= SCAN_MIN and endpos <= len(text):
            return self._scan(text, pos, endpos)
        return self.pattern.finditer(text, pos, endpos, False, None, False, REGEX_TIMEOUT_S)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else endpos
        if self.begins and pos == 0:
            return self.match(text, 0, endpos)
        if self.starts is not None and 0 <= pos and endpos <= len(text):
            if endpos - pos >= SCAN_MIN:
                return next(self._scan(text, pos, endpos), None)
            if self.heads is not None and not self.heads.stand_in(text, pos, endpos):
                return None
        return self.pattern.search(text, pos, endpos, None, False, REGEX_TIMEOUT_S)

    def _scan(self, text: str, pos: int, endpos: int):
        """The matches finditer would give, tried only where one of `starts` stands.

        A pattern like `(?i)(?<!\\p{L})(?:khoảng|gần|…)` makes the engine try every
        offset of a 30,000-character text; finding its literal starts with str.find
        and matching there gives the same matches (the same leftmost,
        non-overlapping walk) at a fraction of the cost.
        """
        index = _text_index(text)
        plan = self.plan
        if plan.any_ci and index.lower is None:
            yield from self.pattern.finditer(text, pos, endpos, False, None, False, REGEX_TIMEOUT_S)
            return
        starts = index.starts(plan, pos, endpos)
        if starts is None:
            yield from self.pattern.finditer(text, pos, endpos, False, None, False, REGEX_TIMEOUT_S)
            return
        resume, at = pos, self.at
        heads = plan.run_heads
        # one time budget for the whole walk, as the engine's own finditer has
        deadline = None if REGEX_TIMEOUT_S is None else time.perf_counter() + REGEX_TIMEOUT_S
        for start in starts:
            if start < resume:
                continue
            m = at.match(text, start, endpos, None, False, None if deadline is None else _left(deadline))
            while m:
                yield m
                resume = m.end()
                # a match that ends inside a run of digits: the walk goes on from there
                # (the rest of the run was left out of `starts`, see _RUN_HEADS)
                m = None
                if heads and resume < endpos and index.inside_run(resume):
                    m = at.match(text, resume, endpos, None, False, None if deadline is None else _left(deadline))

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        if self.heads is not None and 0 <= pos and not self.heads.stand_at(text, pos):
            return None
        return self.at.match(text, pos, len(text) if endpos is None else endpos,
                                               None, False, REGEX_TIMEOUT_S)

    def get(self, key: str, default=None):
        return self.data.get(key, default)

    @functools.cached_property
    def at(self) -> regex.Pattern:
        """The pattern for matching at one offset (see _anchored), made when first asked
        for (load_all asks for every rule's: read from the pattern cache, or compiled once
        per machine).  The compiling is the process's cost, not the document's, so it spends
        none of a stage's time budget."""
        with _outside_time_budget():
            source = self.pattern.pattern
            return pattern_cache.cached("anchored", source, _READER, lambda: _anchored(self.pattern)) or self.pattern


_ONE_DIGIT = regex.compile(r"\d")
# a short text longer than this is handed to the engine without looking for heads first
_STAND_IN_MAX = 400


@dataclass(frozen=True)
class _Heads:
    """The heads of a rule's literal starts: one of them (or a digit) stands where any
    match begins.  Checked with str methods in a microsecond's fraction, they turn
    away most offsets and short texts a rule is tried on, at no risk to what it finds."""

    cs: tuple[str, ...]
    ci: tuple[str, ...]  # lower-case
    ci_len: int
    digit: bool

    def stand_at(self, text: str, pos: int) -> bool:
        if self.cs and text.startswith(self.cs, pos):
            return True
        if self.ci:
            piece = text[pos:pos + self.ci_len]
            low = piece.lower()
            if low.startswith(self.ci) or len(low) != len(piece) or low != piece.casefold():
                return True
        return self.digit and _ONE_DIGIT.match(text, pos) is not None

    def may_begin(self, ch: str) -> bool:
        """Can a head (or a digit) begin with the character `ch`?"""
        if not ch:
            return False
        if any(head[0] == ch for head in self.cs):
            return True
        low = ch.lower()
        if self.ci and (len(low) != 1 or low != ch.casefold() or any(head[0] == low for head in self.ci)):
            return True
        return self.digit and _ONE_DIGIT.match(ch) is not None

    def stand_in(self, text: str, pos: int, endpos: int) -> bool:
        if endpos - pos > _STAND_IN_MAX:
            return True
        for head in self.cs:
            if text.find(head, pos, endpos) >= 0:
                return True
        if self.ci:
            low = _lowered(text, pos, endpos)
            if low is None:
                return True
            for head in self.ci:
                if head in low:
                    return True
        return self.digit and _ONE_DIGIT.search(text, pos, endpos) is not None


_last_lowered: tuple = (None, 0, 0, None)


def _lowered(text: str, pos: int, endpos: int) -> str | None:
    """text[pos:endpos] lower-cased; None when a letter of it lower-cases unlike its
    case-folding (the engine's own case-insensitive reading).  The last one is kept:
    a list of rules is often tried in turn on one short text."""
    global _last_lowered
    last = _last_lowered
    if last[0] is text and last[1] == pos and last[2] == endpos:
        return last[3]
    piece = text[pos:endpos]
    low = piece.lower()
    if len(low) != len(piece) or low != piece.casefold():
        low = None
    _last_lowered = (text, pos, endpos, low)
    return low


def _heads_of(starts) -> _Heads | None:
    """The heads of `starts`, none that a shorter one begins; None when there are too
    many to check faster than the engine."""
    if starts is None:
        return None
    found: dict[bool, set[str]] = {False: set(), True: set()}
    digit = False
    for literal, ci in starts:
        if literal[:1] in _TOKEN_CHARS:
            digit = True
        else:
            found[ci].add(_head(literal))
    kept = {ci: sorted(h for h in heads if not any(h != g and h.startswith(g) for g in heads))
            for ci, heads in found.items()}
    if len(kept[False]) + len(kept[True]) > _HEADS_MAX:
        return None
    return _Heads(tuple(kept[False]), tuple(kept[True]), max(map(len, kept[True]), default=0), digit)


_HEADS_MAX = 16


@contextlib.contextmanager
def time_budget(seconds: float):
    """Run a block under one time budget: a TimeoutError when it is spent.

    In a process's main thread a timer signal interrupts the block wherever it is —
    the regex module checks for signals while it matches — and the per-call timeouts
    are switched off meanwhile: handing the engine a timeout costs ~0.7 µs a call,
    thousands of calls a document.  Elsewhere (a Dask worker's threads, where no
    signal can be caught) each call keeps its own REGEX_TIMEOUT_S.
    The budget is the process's CPU time (ITIMER_PROF), not the clock's: a rule that
    backtracks without end burns CPU, while a busy machine (other parsers, a test run
    beside) only slows the clock, and with a wall-clock budget the same plan became an
    errors row or not by the machine's load (the first plan of a worker, which also
    compiles the rules' anchored forms, under five parsers on two cores).
    """
    global REGEX_TIMEOUT_S
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def spent(signum, frame):
        raise TimeoutError(f"the rules ran past their time budget of {seconds:g} s")

    previous, per_call = signal.signal(signal.SIGPROF, spent), REGEX_TIMEOUT_S
    REGEX_TIMEOUT_S = None
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        REGEX_TIMEOUT_S = per_call


@contextlib.contextmanager
def _outside_time_budget():
    """Stop a running time_budget's clock for the block, then let it run on: the first plan
    of a process compiles a thousand rules' anchored forms as it meets them (~20 s of CPU),
    which made that plan's agencies stage an errors row where the next plan's took 0.2 s."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    left, _ = signal.setitimer(signal.ITIMER_PROF, 0)
    try:
        yield
    finally:
        if left > 0:
            signal.setitimer(signal.ITIMER_PROF, left)


def _left(deadline: float) -> float:
    """Seconds left before `deadline`; a TimeoutError (as the engine raises) once none are."""
    left = deadline - time.perf_counter()
    if left <= 0:
        raise TimeoutError("regex timed out")
    return left


class AnyOf:
    """Rules tried in turn on one text, the first that matches wins.  A rule with heads
    turns a text away itself, cheaply (see _Heads); the rules without them are asked
    first as one pattern of them all, as alternatives (one call to the engine in place
    of one per rule): the alternation matches where, and only where, one of them does.
    (Not the rules with heads as well: one scan of every alternative costs more than
    the few of them whose heads stand in the text.)"""

    def __init__(self, rules_: list[Rule]):
        self.rules = list(rules_)
        headless = [r for r in self.rules if r.heads is None]
        self.pattern = _alternatives(headless) if len(headless) >= 2 else None
        self._by_char: dict[str, list[Rule]] = {}

    def at(self, text: str, pos: int) -> list[Rule]:
        """The rules of the list that may match at `pos`, in order: those whose heads may
        begin with the character there (found once per character)."""
        ch = text[pos:pos + 1]
        found = self._by_char.get(ch)
        if found is None:
            found = self._by_char[ch] = [r for r in self.rules if r.heads is None or r.heads.may_begin(ch)]
        return found

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> tuple[Rule | None, Any]:
        """The first rule that matches at `pos`, and its match."""
        endpos = len(text) if endpos is None else endpos
        headless = self.pattern is None or self.pattern.match(text, pos, endpos, None, False, REGEX_TIMEOUT_S) is not None
        for rule in self.rules:
            if rule.heads is None and not headless:
                continue
            m = rule.match(text, pos, endpos)
            if m:
                return rule, m
        return None, None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> tuple[Rule | None, Any]:
        """The first rule that matches somewhere in text[pos:endpos], and its first match."""
        endpos = len(text) if endpos is None else endpos
        if pos == 0 and all(rule.begins for rule in self.rules):
            return self.match(text, 0, endpos)
        headless = self.pattern is None or endpos - pos >= SCAN_MIN \
            or self.pattern.search(text, pos, endpos, None, False, REGEX_TIMEOUT_S) is not None
        for rule in self.rules:
            if rule.heads is None and not headless:
                continue
            m = rule.search(text, pos, endpos)
            if m:
                return rule, m
        return None, None


def _alternatives(rules_: list[Rule]) -> regex.Pattern | None:
    """`(?flags:P1)|(?flags:P2)|…`; None when the engine will not take it."""
    parts = []
    for rule in rules_:
        source = rule.pattern.pattern
        flags = _GLOBAL_FLAGS.match(source).group()
        body = source[len(flags):]
        letters = "".join(ch for ch in flags if ch.isalpha())
        parts.append(f"(?{letters}:{body})" if letters else f"(?:{body})")
    try:
        return regex.compile("|".join(parts), regex.VERSION0)
    except (regex.error, ValueError):
        return None


@dataclass
class RuleFile:
    """A rule file: its rule lists by key (`rules`, and any other list of rules) and the rest."""

    name: str
    lists: dict[str, list[Rule]] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    _ids: dict[str, Rule] = field(default_factory=dict, repr=False)
    _any_of: dict[str, AnyOf] = field(default_factory=dict, repr=False)

    @property
    def rules(self) -> list[Rule]:
        return self.lists.get("rules", [])

    def __iter__(self):
        return iter(self.rules)

    def group(self, key: str) -> list[Rule]:
        return self.lists[key]

    def any_of(self, key: str) -> AnyOf:
        """The list as an AnyOf (built once)."""
        if key not in self._any_of:
            self._any_of[key] = AnyOf(self.lists[key])
        return self._any_of[key]

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


def read_yaml(path: Path):
    """A rule file's data, read by libyaml when PyYAML has it (ten times the pure-Python
    loader's speed: every process reads every rule file once at start)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@functools.cache
def shared_fragments() -> dict[str, str]:
    path = RULES_DIR / "fragments.yaml"
    return read_yaml(path)["fragments"] if path.exists() else {}


@functools.cache
def load(name: str) -> RuleFile:
    """rules/<name>.yaml, compiled.  Patterns are case-sensitive unless they say (?i)."""
    raw = read_yaml(RULES_DIR / f"{name}.yaml")
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
    pattern, starts, begins = pattern_cache.cached("rule", source, _READER, lambda: _read_rule(source))
    return Rule(
        id=entry.pop("id"),
        pattern=pattern,
        data=entry,
        examples_match=tuple(examples.get("match") or ()),
        examples_no_match=tuple(examples.get("no_match") or ()),
        starts=starts,
        heads=_heads_of(starts),
        plan=_starts_plan(starts) if starts else None,
        begins=begins,
    )


def _read_rule(source: str) -> tuple[regex.Pattern, tuple[tuple[str, bool], ...] | None, bool]:
    """What a rule's pattern compiles to, the literals its matches start with and whether they
    start where the text does: the slow part of loading a rule, kept by pattern_cache."""
    return regex.compile(source, regex.VERSION0), literal_starts(source), _begins(source)


_GLOBAL_FLAGS = regex.compile(r"^(?:\(\?[a-zA-Z]+\))*")


def _begins(source: str) -> bool:
    """Does every match begin where the text begins (`^` or `\\A` first in every
    branch, and no (?m) to make `^` a line start)?"""
    tree = _sre_tree(source)
    if tree is None or tree.state.flags & sre_c.SRE_FLAG_MULTILINE:
        return False
    items = list(tree)
    branches = [list(b) for b in items[0][1][1]] if len(items) == 1 and items[0][0] is sre_c.BRANCH else [items]
    return all(b and b[0][0] is sre_c.AT and b[0][1] in (sre_c.AT_BEGINNING, sre_c.AT_BEGINNING_STRING)
               for b in branches)


@functools.lru_cache(maxsize=4)
def _sre_tree(source: str) -> sre_parse.SubPattern | None:
    """The pattern read by Python's own parser (see literal_starts), once for the
    readings of one rule; None when it cannot be read."""
    try:
        return sre_parse.parse(_for_sre(source))
    except (_NoStarts, sre_parse.error, re.error, RecursionError, OverflowError):
        return None


def _anchored(plain: regex.Pattern) -> regex.Pattern | None:
    """The pattern as `(?:P)|(?!)`: it matches what P matches, but the regex module
    finds no string every match must contain, and so does not search the whole rest
    of the text for one before each .match at an offset (which made a .match at a
    number cost as much as a scan of the text after it)."""
    source = plain.pattern
    flags = _GLOBAL_FLAGS.match(source).group()
    pattern = regex.compile(f"{flags}(?:{source[len(flags):]})|(?!)", regex.VERSION0)
    if pattern.flags != plain.flags or pattern.groupindex != plain.groupindex or pattern.groups != plain.groups:
        return None
    return pattern


# -- literal starts ---------------------------------------------------------------
# Found by reading the pattern with Python's own regex parser: the regex-module
# syntax it lacks is either rewritten (\p{L} → \w, group names dropped) where it
# cannot change what a match begins with, or makes the pattern "no starts".
_STARTS_MAX_LEN = 12
_STARTS_MAX = 256
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
# A literal may also open with a digit token's character: where that token stands, a
# run of digits, and the rest of the literal where the run ends (see _after_run)
_TOKEN_CHARS = "".join(token for token, _ in _DIGIT_TOKENS)


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
    tree = _sre_tree(source)
    if tree is None:
        return None
    try:
        exact, begun = _seq(list(tree), bool(tree.state.flags & sre_c.SRE_FLAG_IGNORECASE))
    except (_NoStarts, sre_parse.error, re.error, RecursionError, OverflowError):
        return None
    if not begun and not exact or set(_EMPTIES) & exact or _OPEN in begun:
        return None
    starts = set(exact | begun)
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
            if nxt == "K":  # keeps the match's text from here on; the match still begins before it
                i += 2
                continue
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


def _seq(items, ci: bool, tail=()) -> tuple[set, set]:
    """(exact, begun): literals a sequence matches whole / that begin what it matches.
    `tail`: what follows the sequence in the pattern (items, see _segment), read only
    after a run of digits."""
    exact, begun = {_PLAIN}, set()
    for k, (op, av) in enumerate(items):
        after_item = [_segment(items[k + 1:], ci), *tail]
        run = _digit_run(op, av)
        if run is not None and set(_EMPTIES) & exact:
            after = _after_run(after_item)
            if after:
                # a run of digits opens the match: what stands where the run ends is known
                tokens = {_joined(*u, *run)[0] for u in exact if u in _EMPTIES}
                begun |= {(token + rest, rci) for token in tokens for rest, rci in after}
                begun |= {_joined(*u, *run) for u in exact if u not in _EMPTIES}
                exact = set()
                break
        item_exact, item_begun = _item(op, av, ci, after_item)
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


def _segment(items, ci: bool):
    """Items read with their own case flag, as one item (a group that sets the flag)."""
    flag = sre_c.SRE_FLAG_IGNORECASE
    return sre_c.SUBPATTERN, (None, flag if ci else 0, 0 if ci else flag, list(items))


def _digit_run(op, av):
    """The digit token a repeat of digits (\\d+, \\d{1,2}) begins with; None for other items."""
    if op not in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        return None
    low, high, body = av
    body = list(body)
    if low < 1 or len(body) != 1 or body[0][0] is not sre_c.IN or not _only_digits(body[0][1]):
        return None
    return _RUN_HEADS if high == sre_c.MAXREPEAT else _DIGIT


def _after_run(tail) -> set | None:
    """The literals that begin what follows a run of digits (\\d+, \\d{1,2}) opening a
    match, when none of them can begin with a digit — then the run takes all the digits
    there, and they stand where it ends (see _StartsPlan); else None."""
    try:
        exact, begun = _seq(tail, False)
    except _NoStarts:
        return None
    found = exact | begun
    if not found or len(found) > _STARTS_MAX:
        return None
    for literal, lci in found:
        first = literal[:1]
        if (literal, lci) in _EMPTIES or not first or first in _TOKEN_CHARS or first == _DIGIT_HERE \
                or first != _SPACE and _ONE_DIGIT.match(first):
            return None
    return {(literal[:_STARTS_MAX_LEN], lci) for literal, lci in found}


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
    if right in _DIGIT_TOKENS or t[:1] in _TOKEN_CHARS:
        # a digit stands here (a literal read after a run of digits says what follows
        # the run only where the run opens the match: here it does not)
        return s + _DIGIT_HERE, sci
    if not (sci or tci):
        return s + t, False
    u = (s + t).lower()
    if len(u) != len(s) + len(t):
        raise _NoStarts("irregular case")
    return u, True


def _item(op, av, ci: bool, tail=()) -> tuple[set, set]:
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
        return _seq(list(body), sub_ci, tail)
    if op is sre_c.BRANCH:
        if all(_digits_only(list(branch)) for branch in av[1]):
            # a day or a month spelt out (`0?[1-9]|[12]\d|3[01]`): a digit stands here, as
            # for \d{1,2} — its literal digits would multiply the starts past _STARTS_MAX
            return set(), {_DIGIT}
        exact, begun = set(), set()
        for branch in av[1]:
            e, b = _seq(list(branch), ci, tail)
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
        exact, begun = _seq(body, ci, tail if high == 1 else ())
        if low == 1 and high == 1:
            return exact, begun
        if low == 0 and high == 1:
            return exact | {_PLAIN}, begun
        return ({_PLAIN} if low == 0 else set()), {_OPEN if u in _EMPTIES else u for u in exact} | begun
    return set(), {_OPEN}


def _digits_only(items) -> bool:
    """A sequence that takes at least one character, and only digits."""
    def digits(op, av) -> bool:
        if op is sre_c.LITERAL:
            return chr(av).isascii() and chr(av).isdigit()
        if op is sre_c.IN:
            return _only_digits(av)
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            return all(digits(*item) for item in av[2])
        return False
    if not items or not all(digits(op, av) for op, av in items):
        return False
    return sre_parse.SubPattern(None, items).getwidth()[0] >= 1


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
# every character str.isspace() is true of (none lies above U+3000): what a literal's
# _SPACE stands for — \s matches no other, so no offset where a rule matches is turned away
_ISSPACE = "[" + "".join(f"\\u{c:04x}" for c in range(0x3001) if chr(c).isspace()) + "]"


_SPACE_RUN = re.compile(_ISSPACE + "+")


def _rest_source(rest: str) -> str:
    """What follows a literal's head (letters and marks), as a pattern matched where the
    head stands (by `re`: the regex module would first look for its letters in all the
    rest of the text)."""
    out, i = [], 0
    while i < len(rest):
        ch = rest[i]
        if ch == _SPACE:
            out.append(_ISSPACE + "+")
            while i + 1 < len(rest) and rest[i + 1].isspace():
                i += 1  # the run took them too
        elif ch == _DIGIT_HERE:
            out.append(r"(?=\d)")
        else:
            out.append(re.escape(ch))
        i += 1
    return "".join(out)


class _HeadScan:
    """Every head looked for so far, found in one pass over a text.

    Heads are the letters a literal start begins with (before its first mark).  Looked
    for one by one with str.find, a few hundred of them cost a few hundred passes over
    each text; an Aho-Corasick automaton of them all (ahocorasick_rs, compiled Rust)
    finds every one, overlaps included, in one pass.  Case-insensitive heads are looked
    for in the lower-cased copy, the others in the text (where the capitals most of
    them begin with are rare).
    """

    def __init__(self, heads: frozenset[tuple[str, bool]]):
        self.heads = heads
        self.words = {ci: sorted(h for h, hci in heads if hci == ci) for ci in (False, True)}
        self.automata = {ci: ahocorasick_rs.AhoCorasick(words) if words else None for ci, words in self.words.items()}

    def run(self, haystack: str, ci: bool) -> dict[str, list[int]]:
        """Sorted offsets by head (each head's matches come in the order they end)."""
        by_head: dict[str, list[int]] = {}
        automaton, words = self.automata[ci], self.words[ci]
        if automaton is not None:
            for index, start, _ in automaton.find_matches_as_indexes(haystack, overlapping=True):
                head = words[index]
                if head in by_head:
                    by_head[head].append(start)
                else:
                    by_head[head] = [start]
        return by_head

    def offsets(self, by_head: dict[str, list[int]], head: str, ci: bool) -> list[int] | None:
        """Sorted offsets of a head; None when the scan did not look for it."""
        if (head, ci) not in self.heads:
            return None
        return by_head.get(head, [])


# heads found one by one in a text before the scan of all heads pays
_FINDS_BEFORE_SCAN = 4
_heads_wanted: set[tuple[str, bool]] = set()
_head_scanner: _HeadScan | None = None


def _wanted(head: str, ci: bool) -> None:
    """A head the current scan did not look for: the next text's scan will."""
    with _index_lock:
        _heads_wanted.add((head, ci))


def _head_scan() -> _HeadScan:
    global _head_scanner
    scanner = _head_scanner
    if scanner is None or len(scanner.heads) != len(_heads_wanted):
        with _index_lock:
            scanner = _head_scanner = _HeadScan(frozenset(_heads_wanted))
    return scanner



class _TextIndex:
    """One text's lower-cased copy and the offsets of the literals looked for in it."""

    def __init__(self, text: str):
        self.text = text
        self.found: dict[tuple[str, bool], list[int] | None] = {}
        self.runs: list[tuple[int, int]] | None = None
        self.run_starts: list[int] = []
        self.ends: dict[int, int] | None = None
        self.followed: dict[tuple, list[int]] = {}  # (head, case-insensitive, id of a rest) → offsets
        self.planned: dict[int, tuple] = {}  # id of a rule's plan → (the plan, its starts)
        # case-insensitive or not → the scan of those heads and its offsets by longest head
        self.heads: dict[bool, tuple[_HeadScan, dict[str, list[int]]]] = {}
        self.finds = 0  # heads found with str.find: a text that asks for a few is not scanned whole

    def offsets(self, literal: str, ci: bool) -> list[int] | None:
        """Where a digit token or a head (a literal without marks) stands; None when it
        is so common that trying each offset would cost more than the regex engine's own scan."""
        key = (literal, ci)
        if key in self.found:
            return self.found[key]
        haystack = self.lower if ci else self.text
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
        found = self._found_whole(literal, ci, haystack)
        self.found[key] = found if len(found) <= len(haystack) // _HEAD_SHARE else None
        return self.found[key]

    def _found_whole(self, literal: str, ci: bool, haystack: str) -> list[int]:
        """Every offset of a literal without marks: from the one pass over the text for
        every head looked for so far (see _HeadScan), else with str.find."""
        if self.finds >= _FINDS_BEFORE_SCAN:
            if ci not in self.heads:
                scan = _head_scan()
                self.heads[ci] = scan, scan.run(haystack, ci)
            scan, by_head = self.heads[ci]
            found = scan.offsets(by_head, literal, ci)
            if found is not None:
                return found
        _wanted(literal, ci)
        self.finds += 1
        found = []
        at = haystack.find(literal)
        while at >= 0:
            found.append(at)
            at = haystack.find(literal, at + 1)
        return found

    @functools.cached_property
    def lower(self) -> str | None:
        """The lower-cased copy, where case-insensitive literals are looked for.  Its
        offsets are the text's only when every character lower-cases to one
        character, the one case-folding gives (else None: the engine scans)."""
        lower = self.text.lower()
        return lower if len(lower) == len(self.text) and lower == self.text.casefold() else None

    def digit_runs(self) -> list[tuple[int, int]]:
        if self.runs is None:
            self.runs = [m.span() for m in _DIGIT_RUN.finditer(self.text)]
            self.run_starts = [start for start, _ in self.runs]
        return self.runs

    def words_after(self, head: str, ci: bool) -> list[str]:
        """For each offset of a head: what follows it past a run of white space (the
        next _STARTS_MAX_LEN characters; "" where no white space follows)."""
        key = (head, ci, "words")
        if key not in self.followed:
            haystack = self.lower if ci else self.text
            space, skip, out = _SPACE_RUN.match, len(head), []
            for at in self.offsets(head, ci):
                m = space(haystack, at + skip)
                out.append(haystack[m.end():m.end() + _STARTS_MAX_LEN] if m else "")
            self.followed[key] = out
        return self.followed[key]

    def run_ends(self) -> dict[int, int]:
        """Every digit's offset → the end of its run of digits."""
        if self.ends is None:
            self.ends = {at: end for start, end in self.digit_runs() for at in range(start, end)}
        return self.ends

    def inside_run(self, offset: int) -> bool:
        """Is `offset` a digit with a digit before it?"""
        runs = self.digit_runs()
        i = bisect.bisect_right(self.run_starts, offset) - 1
        return i >= 0 and runs[i][0] < offset < runs[i][1]

    def starts(self, plan: _StartsPlan, pos: int, endpos: int) -> list[int] | None:
        """Sorted offsets in [pos, endpos) where one of a rule's literal starts may stand
        whole; None when they are too many to be worth trying one by one."""
        entry = self.planned.get(id(plan))  # (the plan is kept with them: its id stays its own)
        if entry is not None and entry[0] is plan:
            found = entry[1]
        else:
            found = self._starts(plan)
            self.planned[id(plan)] = (plan, found)
        if found is None:
            return None
        i = bisect.bisect_left(found, pos)
        j = bisect.bisect_left(found, endpos, i)
        share = _DIGIT_SHARE if plan.digit_share else 1
        if j - i > (endpos - pos) * share // _COMMON_SHARE:
            return None
        return found[i:j]

    def _starts(self, plan: _StartsPlan) -> list[int] | None:
        """Where one of a rule's literals stands, in the whole text: the offsets of each
        head (and digit token), kept where the rest of one of its literals follows."""
        lists = []
        for token in plan.digits:
            found = self.offsets(*token)
            if found is None:
                return None
            lists.append(found)
        for head, ci, rest, run, words in plan.heads:
            found = self.offsets(head, False) if run else self.offsets(head, ci)
            if found is None:
                return None
            if rest is not None:
                key = (head, ci, id(rest))  # rests are shared among rules (see _rest_alternation)
                if key in self.followed:
                    lists.append(self.followed[key])
                    continue
                haystack, follows = self.lower if ci else self.text, rest.match
                if words is not None:
                    # `các` + a word: the words after each `các` read once for all rules
                    found = [at for at, word in zip(found, self.words_after(head, ci), strict=True) if word.startswith(words)]
                elif run:
                    # the rest stands where the run ends: asked once per run
                    ends = self.run_ends()
                    good = {end for end in set(ends.values()) if follows(haystack, end)}
                    found = [at for at in found if ends[at] in good]
                else:
                    skip = len(head)
                    found = [at for at in found if follows(haystack, at + skip)]
                self.followed[key] = found
            lists.append(found)
        if len(lists) == 1:
            return lists[0]
        return sorted({at for found in lists for at in found})


class _StartsPlan(NamedTuple):
    digits: tuple[tuple[str, bool], ...]  # digit tokens
    # (head, case-insensitive, what may follow it or None, whether the head is a digit
    # token whose rest stands where the run of digits ends, the words one of which
    # follows the head after white space when that is all a rest says — else None)
    heads: tuple[tuple[str, bool, re.Pattern | None, bool, tuple[str, ...] | None], ...]
    any_ci: bool
    run_heads: bool  # a start is a run's first or second digit, or where a match left off
    digit_share: bool  # offsets of digits: the engine is allowed more of them (_DIGIT_SHARE)


@functools.cache
def _rest_alternation(rests: tuple[str, ...]) -> re.Pattern:
    """One pattern of what may follow a head, shared by the rules that have the same."""
    return re.compile("|".join(_rest_source(rest) for rest in rests))


def _starts_plan(literals: tuple[tuple[str, bool], ...]) -> _StartsPlan:
    """A rule's literal starts grouped by head, so that each head's offsets are
    checked once against one pattern of all that may follow it."""
    digits = tuple(literal for literal in literals if literal in _DIGIT_TOKENS)
    rests: dict[tuple[str, bool], list[str]] = {}
    for literal, ci in literals:
        if (literal, ci) not in _DIGIT_TOKENS:
            head = literal[0] if literal[0] in _TOKEN_CHARS else _head(literal)
            rests.setdefault((head, ci), []).append(literal[len(head):])
    heads = []
    for (head, ci), after in sorted(rests.items()):
        rest = None if "" in after else _rest_alternation(tuple(sorted(set(after))))
        words = None
        if rest is not None and head[0] not in _TOKEN_CHARS \
                and all(r[:1] == _SPACE and r[1:2].strip() and not set(r[1:]) & set(_MARKS) for r in after):
            words = tuple(sorted({r[1:] for r in after}))
        heads.append((head, ci, rest, head in _TOKEN_CHARS, words))
    return _StartsPlan(digits, tuple(heads), any(ci for _, ci in literals),
                       any(literal[:1] == _RUN_HEADS[0] for literal, _ in literals),
                       any(literal[:1] in _TOKEN_CHARS for literal, _ in literals))


# more candidate offsets than one per this many characters: let the engine scan
# (digits are allowed more: the engine is slowest on patterns that start with one)
_COMMON_SHARE = 40
# a head is looked for when it stands at most once per this many characters (what
# follows it is checked before the offsets are counted against _COMMON_SHARE)
_HEAD_SHARE = 8
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


def all_rule_files() -> list[str]:
    return sorted(p.stem for p in RULES_DIR.glob("*.yaml") if p.stem != "fragments")


@functools.cache
def load_all() -> None:
    """Every rule file with every rule's anchored form, once per process: compiling them takes
    ~60 s on the bench machine (the regex module reads patterns in Python), reading them from
    pattern_cache ~5 s; it is the process's cost, not the first document's, so it runs before
    any time budget.  The compiled rules live as long as the process, so they are frozen out
    of the garbage collector's walks (gc.freeze), which otherwise visit them at every full
    collection."""
    for name in all_rule_files():
        for rule in load(name).all_rules():
            rule.at  # noqa: B018 - a cached property, made now
    gc.freeze()
