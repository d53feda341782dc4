"""Every rule in rules/ carries examples that must match and examples that must not."""

import pytest

from pipeline import rules

ALL_RULES = [(name, rule) for name in rules.all_rule_files() for rule in rules.load(name).all_rules()]


@pytest.mark.parametrize("name,rule", ALL_RULES, ids=[f"{n}:{r.id}" for n, r in ALL_RULES])
def test_rule_examples(name, rule):
    assert rule.examples_match, f"{rule.id} in rules/{name}.yaml has no example that must match"
    for example in rule.examples_match:
        assert rule.search(example), f"{rule.id} should match {example!r}"
    for example in rule.examples_no_match:
        assert not rule.search(example), f"{rule.id} should not match {example!r}"


def test_rule_ids_are_unique():
    ids = [rule.id for _, rule in ALL_RULES]
    assert len(ids) == len(set(ids))


def test_every_rule_file_loads_and_has_rules():
    for name in rules.all_rule_files():
        assert rules.load(name).all_rules(), f"rules/{name}.yaml holds no rules"
