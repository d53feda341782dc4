"""Same-length repairs of a scanned plan's OCR misreadings, for the working copy.

A scanner reads `1O%` for `10%`, `lV.` for `IV.`, `nhân dàn` for `nhân dân`; a rule
looking for a number, a heading or a committee then misses them.  Each repair in
rules/ocr.yaml puts one character for one, so the copy keeps the text's length and
offsets (documents.text stays as read).  One pass over the text finds every rule's
triggers (what stands in each of its matches: `1O`, `lV`, `dàn`) with an
Aho-Corasick automaton; a rule is matched only on the lines where one of its
triggers stands — a plan with nothing to repair costs that pass alone.
A misreading that changes the length (`nhândân`, `Ytế`) is left as it is.
"""

from __future__ import annotations

import functools

import ahocorasick_rs

from pipeline import rules


def triggers(rule: rules.Rule) -> list[str]:
    """The rule's triggers as literals (`#` is any digit)."""
    out = []
    for trigger in rule.get("triggers"):
        out += [trigger.replace("#", d) for d in "0123456789"] if "#" in trigger else [trigger]
    return out


@functools.cache
def _scanner() -> tuple[ahocorasick_rs.AhoCorasick, list[tuple[int, ...]], tuple[rules.Rule, ...]]:
    """The automaton of every trigger, the rules (by index) each of its literals stands
    for, and the rules."""
    repair_rules = tuple(rules.load("ocr"))
    by_literal: dict[str, list[int]] = {}
    for i, rule in enumerate(repair_rules):
        for literal in triggers(rule):
            by_literal.setdefault(literal, []).append(i)
    literals = sorted(by_literal)
    return ahocorasick_rs.AhoCorasick(literals), [tuple(by_literal[literal]) for literal in literals], repair_rules


def _fixed(rule: rules.Rule, written: str) -> str:
    """The match as it should read: its characters mapped, or the rule's word with the
    match's capitals."""
    mapping = rule.get("map")
    if mapping:
        return "".join(mapping.get(c, c) for c in written)
    word = rule.get("to")
    if len(word) != len(written):
        return written
    return "".join(w.upper() if c.isupper() else w for w, c in zip(word, written, strict=True))


def repairs(text: str) -> list[tuple[int, str]]:
    """(start, same-length replacement) of each misreading in `text`, in order, apart."""
    automaton, rules_of, repair_rules = _scanner()
    lines: dict[int, tuple[int, set[int]]] = {}  # line start → (its end, the rules to match there)
    # (overlapping: one trigger inside another, `nghi` in `nghiêp`, must not hide it)
    for index, at, _ in automaton.find_matches_as_indexes(text, overlapping=True):
        start = text.rfind("\n", 0, at) + 1
        if start not in lines:
            end = text.find("\n", at)
            lines[start] = (len(text) if end < 0 else end, set())
        lines[start][1].update(rules_of[index])
    found = []
    for start, (end, line_rules) in lines.items():
        for i in sorted(line_rules):
            rule = repair_rules[i]
            for m in rule.pattern.finditer(text, start, end):
                fixed = _fixed(rule, m.group())
                if fixed != m.group():
                    found.append((m.start(), fixed))
    out, pos = [], 0
    for at, fixed in sorted(found):
        if at >= pos:  # (two rules on one span: the first keeps it)
            out.append((at, fixed))
            pos = at + len(fixed)
    return out
