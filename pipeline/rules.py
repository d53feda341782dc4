"""Load the rule files of rules/ once, compile their patterns, expose their examples.

Every rule file is YAML with an optional `fragments:` map (named regex pieces,
included in patterns as ``<<NAME>>``) and a `rules:` list.  A rule has an `id`, a
`pattern`, its own `examples: {match: [...], no_match: [...]}` and any data fields
the extractor reads (a unit kind, a canonical name, a comparator …).  Vietnamese
words live there, not in Python, and one test walks every example.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
import yaml

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
_FRAGMENT = regex.compile(r"<<(\w+)>>")
# A pattern runs at most this long on one text; a backtracking blow-up becomes an
# error row instead of a hung batch.
REGEX_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: regex.Pattern
    data: dict[str, Any]
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos,
                                     timeout=REGEX_TIMEOUT_S)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos,
                                   timeout=REGEX_TIMEOUT_S)

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos,
                                  timeout=REGEX_TIMEOUT_S)

    def get(self, key: str, default=None):
        return self.data.get(key, default)


@dataclass
class RuleFile:
    """A rule file: its rule lists by key (`rules`, and any other list of rules) and the rest."""

    name: str
    lists: dict[str, list[Rule]] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def rules(self) -> list[Rule]:
        return self.lists.get("rules", [])

    def __iter__(self):
        return iter(self.rules)

    def group(self, key: str) -> list[Rule]:
        return self.lists[key]

    def all_rules(self) -> list[Rule]:
        return [rule for rules_ in self.lists.values() for rule in rules_]

    def by_id(self, rule_id: str) -> Rule:
        for rule in self.all_rules():
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


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
    )


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
