"""Speed without a changed row: every fast path gives exactly what the slow one gave.

A rule run over a whole text is tried only where its literal starts stand
(pipeline/rules.py), found for all rules in one pass over the text; a rule tried
at an offset or on a short text is turned away first when none of its heads
stands there; a list of rules tried in turn asks one pattern of them all first;
the working copy finds old tone marks from the end of each word; deadlines find
clause ends once per text.  Each is checked here against the
plain regex on the sample plans, on windows of them, and on crafted text full of
the cases the shortcuts reason about (capitals, spaces of every kind, runs of
digits, a digit glued to a letter).
"""

import random
import time
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import rules
from pipeline.extract import deadlines
from pipeline.normalise import textmap

SAMPLES = sorted((Path(__file__).parent / "samples").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in SAMPLES]
# pieces that sit on the edges of the shortcuts
PIECES = ["khoảng 30%", "KHOẢNG 30%", "Khoảng\u00a030%", "trên\n\n95%", "đạt  tối thiểu 97%", "A12 kế hoạch",
          "12 kế hoạch", "1234/QĐ-UBND", "số 12/34", "Quyết định số 155/QĐ-TTg ngày 20/01/2026", "ngày 25/11",
          "trước ngày 25/10/2026", "Quý I/2026", "\n 2.1. Mục tiêu", "(3) ", "trẻ  24 tháng tuổi", "COVID-19",
          "các sở, ban, ngành", "các  sở ,ban ngành", "Ủy ban nhân dân tỉnh Gia Lai", "UBND huyện", "hàng năm",
          "İstanbul", "ſ", "ǅ", "ﬀ", "Σ", "ς", "\t", "٣٤", "x", ". ", "; ", "2026", "20 30", "năm 2025", " - ", "%",
          "3 năm", "10 tháng tuổi", "15%", "١٢ tháng", "2024-2025", "1.234 người", "7\u00a0ngày", "12tháng",
          "UBND 16 phường", "| Trước 15/5/2025 |"]
SCANNED = [rule for name in rules.all_rule_files() for rule in rules.load(name).all_rules() if rule.starts]
ALL_RULES = [rule for name in rules.all_rule_files() for rule in rules.load(name).all_rules()]
WITH_HEADS = [rule for rule in ALL_RULES if rule.heads]
# short texts as the extractors hand them to a rule: lines and pieces of lines
LINES = [line for text in TEXTS for line in text.split("\n") if line.strip()][::7]


def _spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


def _crafted(seed: int, pieces: int = 400) -> str:
    rng = random.Random(seed)
    out = []
    for _ in range(pieces):
        if rng.random() < 0.3:
            text = rng.choice(TEXTS)
            at = rng.randrange(len(text))
            out.append(text[at:at + rng.randrange(1, 80)])
        else:
            out.append(rng.choice(PIECES))
    return "".join(out)


def test_most_whole_text_rules_have_literal_starts():
    scanned = [rule for name in rules.all_rule_files() for rule in rules.load(name).scanned()]
    assert len([r for r in scanned if r.starts]) >= 0.8 * len(scanned)


@pytest.mark.parametrize("text", TEXTS + [_crafted(seed) for seed in range(4)],
                         ids=[p.stem for p in SAMPLES] + [f"crafted{seed}" for seed in range(4)])
def test_every_rule_finds_over_a_whole_text_what_the_engine_finds(text):
    rng = random.Random(len(text))
    windows = [(0, len(text))] + [tuple(sorted((rng.randrange(len(text)), rng.randrange(len(text))))) for _ in range(3)]
    for rule in SCANNED:
        for lo, hi in windows:
            assert _spans(rule.finditer(text, lo, hi)) == _spans(rule.pattern.finditer(text, lo, hi)), rule.id
            found, wanted = rule.search(text, lo, hi), rule.pattern.search(text, lo, hi)
            assert (found and found.span()) == (wanted and wanted.span()), rule.id


# every third held-out plan, fixed: one pass of every rule both ways costs half a second a plan, and
# a third of them (every round's styles) keeps make test within its ten minutes as the set grows
HOLDOUT = sorted((Path(__file__).parent / "holdout" / "docs").glob("*.txt"))[::3]


@pytest.mark.parametrize("path", HOLDOUT, ids=[p.stem for p in HOLDOUT])
def test_every_rule_finds_over_a_held_out_plan_what_the_engine_finds(path):
    # plans the rules were not written from, as the extractors read them (the working copy)
    text = textmap.build(path.read_text(encoding="utf-8")).text
    for rule in SCANNED:
        assert _spans(rule.finditer(text)) == _spans(rule.pattern.finditer(text)), rule.id


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=300, max_size=600))
def test_literal_starts_on_any_mix_of_the_edge_pieces(pieces):
    text = "".join(pieces)
    for rule in SCANNED:
        assert _spans(rule.finditer(text)) == _spans(rule.pattern.finditer(text)), rule.id


def test_literal_starts_read_from_patterns():
    starts = rules.literal_starts
    assert starts(r"(?i)(?<!\p{L})(?:khoảng|gần)\s+(?=\d)") == (("gần\x04\x06", True), ("khoảng\x04\x06", True))
    assert starts(r"(?<![\d/])\d{1,2}") is None  # digits alone: the engine is fast on its own
    assert starts(r"(?<![\d/])\d{1,2}/\d{1,2}") == (("\x00/\x06", False),)  # a run's first digit, `/` after it
    # a run of digits that opens a match: what follows the run is read too
    assert starts(r"ngày|(?<!\d)\d+ tháng") == (("\x00 tháng", False), ("ngày", False))
    assert starts(r"(?i)(?<!\p{L})\d+\s+(?:năm|tháng)") == (("\x03\x04năm", True), ("\x03\x04tháng", True))
    # a run of digits after other letters: a digit stands there, and the literal ends
    assert starts(r"UBND\s+(?:các|\d{1,3}\s+phường)") == (("UBND\x04\x06", False), ("UBND\x04các", False))
    # a day or a month spelt out is a digit, as \d{1,2} is (its literal digits would multiply the starts)
    assert starts(r"ngày\s*(?:0?[1-9]|[12]\d|3[01])/") == (("ngày\x04\x06", False), ("ngày\x06", False))
    assert starts(r"(?:0?[1-9]|1[0-2])/") is None  # a digit opens every match
    # (not digits only: each alternative read on its own)
    assert starts(r"số\s*(?:0?[1-9]|x)") == (("số\x04\x06", False), ("số\x040\x06", False), ("số\x04x", False),
                                            ("số\x06", False), ("số0\x06", False), ("sốx", False))
    assert starts(r"\d+\s*\d") is None  # a digit may follow: the run is not all the digits there
    assert starts(r"(?:trên|\s+)x") is None  # a match may begin with any space
    assert starts(r"\Gabc") is None and starts(r"(a)\1") is None
    assert starts(r"(?:ab)?") is None  # matches nothing


def test_a_rule_that_backtracks_forever_from_its_literal_start_still_times_out(monkeypatch):
    evil = rules._compile({"id": "test.evil", "pattern": r"Sở(?:[\w\s]+[\w\s]+)+\d", "examples": {"match": ["Sở 1"]}}, {})
    assert evil.starts
    monkeypatch.setattr(rules, "REGEX_TIMEOUT_S", 0.2)
    began = time.perf_counter()
    with pytest.raises(TimeoutError):
        list(evil.finditer("Sở Y tế chủ trì phối hợp " * 200 + "!"))
    assert time.perf_counter() - began < 2


def test_by_id_finds_each_rule_of_a_file():
    targets = rules.load("targets")
    for rule in targets.all_rules():
        assert targets.by_id(rule.id) is rule
    with pytest.raises(KeyError):
        targets.by_id("no.such.rule")


def test_anchored_lists_are_left_out_of_the_scanned_rules():
    targets = rules.load("targets")
    ids = {rule.id for rule in targets.scanned()}
    assert "not.date" in ids and "comparator.gt" in ids
    assert "multiplier.million" not in ids and "filler.year" not in ids


@pytest.mark.parametrize("text", TEXTS + [_crafted(seed) + " hoá Uỷ_hoá thuỷ1 xoè khoẻ hoà" for seed in range(3)])
def test_old_tone_words_found_from_their_ends_are_the_regex_matches(text):
    assert [m.span() for m in textmap._old_tone_words(text)] == [m.span() for m in textmap._OLD_TONE_WORD.finditer(text)]


_CLAUSE_END = regex.compile(r"[;\n]|\.(?=\s)")


def _clause_by_regex(text, start, end, lo, hi):
    left = lo
    for m in _CLAUSE_END.finditer(text, lo, start):
        left = m.end()
    m = _CLAUSE_END.search(text, end, hi)
    return left, (m.start() if m else hi)


def test_clause_bounds_found_once_per_text_are_those_of_the_regex():
    rng = random.Random(7)
    for text in TEXTS + ["a. b;c.\nd. ", "x.", "…. . ."]:
        dots = [i for i, c in enumerate(text) if c == "."]
        cases = [(0, q + 1, q + 1, q + 2) for q in dots[:50]] + [(0, q + 1, q, q + 1) for q in dots[:50]]
        for _ in range(500):
            lo, hi = sorted((rng.randrange(len(text) + 1), rng.randrange(len(text) + 1)))
            start = rng.randrange(lo, hi + 1)
            cases.append((lo, start, rng.randrange(start, len(text) + 1), hi))
        for lo, start, end, hi in cases:
            assert deadlines._clause(text, start, end, lo, hi) == _clause_by_regex(text, start, end, lo, hi)


def _short_texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    out = list(LINES[:150])
    for line in LINES[150:300]:
        a, b = sorted((rng.randrange(len(line) + 1), rng.randrange(len(line) + 1)))
        out.append(line[a:b])
    out += ["".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 6))) for _ in range(150)]
    return out


def _same(found, wanted) -> bool:
    return (found and (found.span(), found.groupdict())) == (wanted and (wanted.span(), wanted.groupdict()))


def test_a_rule_turned_away_at_an_offset_is_one_the_engine_would_not_match_there():
    rng = random.Random(3)
    for text in _short_texts(3):
        offsets = {0, len(text)} | {rng.randrange(len(text) + 1) for _ in range(3)}
        for rule in WITH_HEADS:
            for pos in offsets:
                assert _same(rule.match(text, pos), rule.pattern.match(text, pos)), (rule.id, text, pos)


def test_a_rule_turned_away_from_a_short_text_is_one_the_engine_would_not_find_in_it():
    """(And a rule whose matches begin where the text does is matched there, not searched.)"""
    for text in _short_texts(4):
        for rule in ALL_RULES:
            assert _same(rule.search(text), rule.pattern.search(text)), (rule.id, text)
            assert _same(rule.search(text, 1, max(1, len(text) - 1)),
                         rule.pattern.search(text, 1, max(1, len(text) - 1))), (rule.id, text)


def _first_by_engine(rule_list, method, text):
    for rule in rule_list:
        m = getattr(rule.pattern, method)(text)
        if m:
            return rule.id, m.span()
    return None


@pytest.mark.parametrize("name", rules.all_rule_files())
def test_a_list_of_rules_tried_in_turn_gives_the_first_that_matches(name):
    file = rules.load(name)
    for key in file.lists:
        any_of = file.any_of(key)
        for text in _short_texts(5)[::3]:
            for method in ("match", "search"):
                rule, m = getattr(any_of, method)(text)
                assert (rule and (rule.id, m.span())) == _first_by_engine(file.group(key), method, text), (key, text)


def test_rules_whose_matches_begin_where_the_text_does():
    assert rules.load("roles").by_id("label.lead").begins and rules.load("headings").by_id("heading.roman").begins
    assert not rules.load("metadata").by_id("meta.body_end").begins  # (?m): `^` is any line's start
    assert not rules._begins(r"^a|b") and rules._begins(r"^a|^b") and rules._begins(r"\Aa")


def test_lists_of_rules_with_no_literal_starts_are_asked_as_one_pattern():
    assert rules.load("headings").any_of("rules").pattern is not None
    assert rules.load("roles").any_of("suffix").pattern is not None


def test_heads_of_literal_starts():
    rule = rules._compile({"id": "t", "pattern": r"(?<!\p{L})(?i:các|cấp)\s+(?:sở|ngành)|Sở\s+\d"}, {})
    assert set(rule.heads.ci) == {"các", "cấp"}
    assert rule.heads.cs == ("Sở",) and not rule.heads.digit
    assert rule.match("Các sở", 0) and rule.match("xcác sở", 1) is None
    assert rule.search("của Sở 3") and rule.search("của các bộ") is None


def test_the_rules_that_may_match_at_an_offset_are_all_that_do():
    sectors = rules.load("agencies").any_of("sectors")
    assert [r.id for r in sectors.at("Y tế", 0)] == ["sector.single"]
    for text in _short_texts(6)[::2]:
        for pos in range(0, len(text) + 1, 3):
            may = sectors.at(text, pos)
            assert [r.id for r in sectors.rules if r.pattern.match(text, pos)] == \
                [r.id for r in may if r.pattern.match(text, pos)], (text, pos)
