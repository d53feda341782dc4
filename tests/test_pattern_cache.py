"""Compiled patterns are read back from the cache folder instead of compiled again, and a
cache that is damaged, foreign or unwritable costs a compile, never a wrong pattern."""

import regex

from pipeline import pattern_cache, rules

SOURCE = r"(?i)\b(?:Sở|Phòng)\s+(\w+)"
TEXT = "Giao sở Y tế chủ trì"


def compiles(calls: list):
    def build():
        calls.append(1)
        return regex.compile(SOURCE, regex.VERSION0)
    return build


def test_a_pattern_is_compiled_once_then_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("KHPARSE_CACHE", str(tmp_path))
    calls: list = []
    first = pattern_cache.cached("rule", SOURCE, "reader-1", compiles(calls))
    again = pattern_cache.cached("rule", SOURCE, "reader-1", compiles(calls))
    assert len(calls) == 1 and len(list(tmp_path.iterdir())) == 1
    assert again is not first and again.pattern == SOURCE and again.flags == first.flags
    assert again.search(TEXT).group(1) == first.search(TEXT).group(1) == "Y"


def test_another_reader_or_source_is_another_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("KHPARSE_CACHE", str(tmp_path))
    calls: list = []
    pattern_cache.cached("rule", SOURCE, "reader-1", compiles(calls))
    pattern_cache.cached("rule", SOURCE, "reader-2", compiles(calls))
    pattern_cache.cached("anchored", SOURCE, "reader-1", compiles(calls))
    assert len(calls) == 3 and len(list(tmp_path.iterdir())) == 3


def test_a_damaged_entry_is_compiled_again_and_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("KHPARSE_CACHE", str(tmp_path))
    calls: list = []
    pattern_cache.cached("rule", SOURCE, "reader-1", compiles(calls))
    [entry] = tmp_path.iterdir()
    entry.write_bytes(entry.read_bytes()[:20])
    assert pattern_cache.cached("rule", SOURCE, "reader-1", compiles(calls)).search(TEXT)
    assert pattern_cache.cached("rule", SOURCE, "reader-1", compiles(calls)).search(TEXT)
    assert len(calls) == 2


def test_a_cache_folder_that_cannot_be_made_costs_a_compile_only(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("KHPARSE_CACHE", str(blocked / "cache"))
    calls: list = []
    for _ in range(2):
        assert pattern_cache.cached("rule", SOURCE, "reader-1", compiles(calls)).search(TEXT)
    assert len(calls) == 2


def test_a_rule_read_from_the_cache_is_the_rule_compiled(tmp_path, monkeypatch):
    """Every field the rules module reads off a pattern comes back the same."""
    monkeypatch.setenv("KHPARSE_CACHE", str(tmp_path))
    entry = {"id": "t-1", "pattern": r"(?i)trước\s+ngày\s+\d{1,2}/\d{1,2}", "examples": {"match": ["trước ngày 25/11"]}}
    compiled, read_back = rules._compile(dict(entry), {}), rules._compile(dict(entry), {})
    assert len(list(tmp_path.iterdir())) == 1
    assert read_back.pattern is not compiled.pattern
    for field in ("id", "starts", "heads", "plan", "begins"):
        assert getattr(read_back, field) == getattr(compiled, field), field
    assert read_back.at.pattern == compiled.at.pattern and len(list(tmp_path.iterdir())) == 2
    text = "Báo cáo TRƯỚC NGÀY 25/11 hằng năm"
    assert read_back.search(text).span() == compiled.search(text).span() == (8, 24)
