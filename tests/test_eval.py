"""The scorer follows CONTRACT §5: overlap + key fields, one-to-one, optional items."""

from pipeline.eval.score import anchor_span, score_table

TEXT = "Tỷ lệ trên 95% năm 2025; trên 95% năm 2030; khoảng 30% lao động."


def target(anchor, occurrence=1, **fields):
    start, end = anchor_span(TEXT, anchor, occurrence)
    return {"start": start, "end": end, "text": TEXT[start:end], **fields}


def test_anchor_occurrence_counts_over_the_whole_text():
    assert anchor_span(TEXT, "trên 95%", 2) == (TEXT.index("trên 95% năm 2030"), TEXT.index("trên 95% năm 2030") + 8)
    assert anchor_span(TEXT, "trên 95%", 3) is None


def test_loose_needs_key_fields_and_strict_the_stated_ones():
    gold = [{"anchor": "trên 95%", "occurrence": 1, "comparator": "gt", "value": 95, "target_year": 2025}]
    right_year = [target("trên 95%", comparator="gt", value=95.0, target_year=2025)]
    wrong_year = [target("trên 95%", comparator="gt", value=95.0, target_year=2030)]
    wrong_value = [target("trên 95%", comparator="gt", value=96.0, target_year=2025)]
    assert score_table("targets", TEXT, gold, right_year, strict=True)[0].matched == 1
    assert score_table("targets", TEXT, gold, wrong_year, strict=False)[0].matched == 1
    assert score_table("targets", TEXT, gold, wrong_year, strict=True)[0].matched == 0
    assert score_table("targets", TEXT, gold, wrong_value, strict=False)[0].matched == 0


def test_each_item_and_record_matches_once():
    gold = [{"anchor": "trên 95%", "occurrence": 1, "comparator": "gt", "value": 95}]
    twice = [target("trên 95%", comparator="gt", value=95), target("trên 95%", comparator="gt", value=95)]
    counts, _ = score_table("targets", TEXT, gold, twice, strict=False)
    assert (counts.matched, counts.predicted, counts.gold) == (1, 2, 1)


def test_optional_items_count_neither_way():
    gold = [{"anchor": "trên 95%", "occurrence": 1, "comparator": "gt", "value": 95},
            {"anchor": "khoảng 30%", "occurrence": 1, "comparator": "approx", "value": 30, "optional": True}]
    found_optional = [target("trên 95%", comparator="gt", value=95), target("khoảng 30%", comparator="approx", value=30)]
    counts, _ = score_table("targets", TEXT, gold, found_optional, strict=False)
    assert (counts.matched, counts.predicted, counts.gold) == (1, 1, 1)
    wrong_on_optional = [target("khoảng 30%", comparator="eq", value=30)]
    counts, _ = score_table("targets", TEXT, gold, wrong_on_optional, strict=False)
    assert (counts.matched, counts.predicted, counts.gold) == (0, 0, 1)


def test_a_record_overlapping_nothing_is_a_false_positive():
    gold = [{"anchor": "trên 95%", "occurrence": 1, "comparator": "gt", "value": 95}]
    records = [target("trên 95%", comparator="gt", value=95), target("năm 2030", comparator="eq", value=2030)]
    counts, _ = score_table("targets", TEXT, gold, records, strict=False)
    assert (counts.matched, counts.predicted) == (1, 2)
    assert counts.precision == 0.5 and counts.recall == 1.0

