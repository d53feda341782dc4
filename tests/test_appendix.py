"""Appendix task tables: each row is a task with its agencies and its time."""

import datetime as dt
from pathlib import Path

from pipeline.document import parse_document

PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 45/KH-UBND
Quảng Trị, ngày 10 tháng 3 năm 2024
KẾ HOẠCH
Chăm sóc sức khỏe người cao tuổi năm 2024
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. NHIỆM VỤ
1. Các nhiệm vụ cụ thể tại Phụ lục kèm theo.
{body_table}
II. TỔ CHỨC THỰC HIỆN
Sở Y tế chủ trì theo dõi, tổng hợp.
Nơi nhận:
- Bộ Y tế;
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Nam

Phụ lục
PHÂN CÔNG NHIỆM VỤ
| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |
|---|---|---|---|---|---|
| 1 | Truyền thông về người cao tuổi | Sở Y tế | Sở Văn hóa, Thể thao và Du lịch; UBND các huyện | Quý II/2024 | Tin, bài |
| 2 | Rà soát hồ sơ | Sở Lao động - TB&XH | | Trước ngày 30/6/2024 | Báo cáo |
| 3 | Kiểm tra, giám sát | Sở Y tế | Các sở, ban, ngành | Hằng năm | |
"""


def parse(tmp_path: Path, body_table: str = ""):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN.format(body_table=body_table), encoding="utf-8")
    out = parse_document(path, "plan.txt")
    assert not out.tables["errors"], out.tables["errors"]
    return out.tables


def rows_from_tables(tables, name):
    return [r for r in tables[name] if r.rule_id.startswith("appendix.")]


def test_each_row_after_the_signature_is_a_task_of_no_section(tmp_path):
    tables = parse(tmp_path)
    tasks = rows_from_tables(tables, "tasks")
    assert [(t.lead, t.partners, t.timeframe, t.product) for t in tasks] == [
        (["Sở Y tế"], ["Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các huyện"], "Quý II/2024", "Tin, bài"),
        (["Sở Lao động - Thương binh và Xã hội"], [], "Trước ngày 30/6/2024", "Báo cáo"),
        (["Sở Y tế"], ["Các sở, ban, ngành"], "Hằng năm", None),
    ]
    assert all(t.section_id is None for t in tasks)
    text = (tmp_path / "plan.txt").read_text(encoding="utf-8")
    assert all(text[t.start:t.end] == t.text and t.text.startswith("| ") for t in tasks)


def test_row_agencies_carry_their_column_role_and_task(tmp_path):
    tables = parse(tmp_path)
    tasks = {t.task_id: t for t in rows_from_tables(tables, "tasks")}
    assignments = rows_from_tables(tables, "assignments")
    assert [(a.agency, a.role) for a in assignments] == [
        ("Sở Y tế", "lead"), ("Sở Văn hóa, Thể thao và Du lịch", "partner"), ("Ủy ban nhân dân các huyện", "partner"),
        ("Sở Lao động - Thương binh và Xã hội", "lead"), ("Sở Y tế", "lead"), ("Các sở, ban, ngành", "partner")]
    assert all(tasks[a.task_id].start <= a.start < tasks[a.task_id].end for a in assignments)
    assert {a.jurisdiction for a in assignments if a.agency.startswith("Sở")} == {"tỉnh Quảng Trị"}


def test_the_time_column_gives_each_row_its_deadline(tmp_path):
    deadlines = rows_from_tables(parse(tmp_path), "deadlines")
    assert [(d.text, d.kind, d.date and d.date.isoformat(), d.year, d.recurrence) for d in deadlines] == [
        ("Quý II/2024", "timeframe", None, 2024, None),
        ("Trước ngày 30/6/2024", "deadline", "2024-06-30", 2024, None),
        ("Hằng năm", "recurring", None, None, "yearly"),
    ]
    assert deadlines[0].action == "Truyền thông về người cao tuổi"


def test_a_table_in_the_body_is_read_once_by_column(tmp_path):
    body_table = ("STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian\n"
                  "1 | Tập huấn cán bộ y tế | Sở Y tế | Sở Nội vụ | Tháng 5/2024")
    tables = parse(tmp_path, body_table)
    row = next(t for t in tables["tasks"] if t.text.startswith("1 | Tập huấn"))
    assert (row.section_id, row.lead, row.partners, row.timeframe) == ("I/1", ["Sở Y tế"], ["Sở Nội vụ"], "Tháng 5/2024")
    inside = [a for a in tables["assignments"] if row.start <= a.start < row.end]
    assert [(a.agency, a.role, a.rule_id) for a in inside] == [
        ("Sở Y tế", "lead", "appendix.col.lead"), ("Sở Nội vụ", "partner", "appendix.col.partner")]


def test_a_table_without_a_task_header_is_not_a_task_table(tmp_path):
    body_table = "Chỉ tiêu | Năm 2023 | Năm 2024\nTỷ lệ bao phủ | 92% | 95%"
    tables = parse(tmp_path, body_table)
    assert not [t for t in rows_from_tables(tables, "tasks") if "Tỷ lệ" in t.text]


def test_a_cell_with_two_times_gives_two_deadlines(tmp_path):
    body_table = ("STT | Nội dung | Cơ quan chủ trì | Thời gian\n"
                  "1 | Sơ kết, tổng kết | Sở Y tế | Quý IV/2024; Quý IV/2025")
    deadlines = [d for d in rows_from_tables(parse(tmp_path, body_table), "deadlines") if d.text.startswith("Quý IV")]
    assert [(d.text, d.year) for d in deadlines] == [("Quý IV/2024", 2024), ("Quý IV/2025", 2025)]


def test_an_indicator_table_is_read_by_its_year_columns(tmp_path):
    # (targets come from it, see test_targets; no task is made of it)
    body_table = ("| TT | **Tên chỉ tiêu** | ĐVT | Thực hiện năm 2023 | Kế hoạch năm 2024 |\n|---|---|---|---|---|\n"
                  "| 1 | Tỷ lệ bao phủ bảo hiểm y tế | % | 92 | ≥ 95 |\n| A | Về dân số | | | |")
    tables = parse(tmp_path, body_table)
    assert not [t for t in rows_from_tables(tables, "tasks") if "Tỷ lệ" in t.text]
    rows = [t for t in tables["targets"] if t.rule_id == "unit.percent" and t.section_id == "I/1"]
    # `Thực hiện năm 2023` reports what was done: no year column
    assert [(t.text, t.comparator, t.value, t.target_year, t.indicator_code) for t in rows] == [
        ("≥ 95", "gte", 95, 2024, "bhyt_coverage")]


BY_PLACE = """
PHỤ LỤC: CHỈ TIÊU GIAO CHO CÁC XÃ, PHƯỜNG NĂM 2024
(Kèm theo Kế hoạch số 45/KH-UBND ngày 10 tháng 3 năm 2025 của UBND tỉnh)

| STT | Đơn vị | Số tiêu chí NTM đạt (tiêu chí) | Tỷ lệ hộ nghèo giảm (%) | Tỷ lệ tham gia BHYT (%) | Ghi chú |
|---|---|---|---|---|---|
| 1 | Xã Hải Lăng | 19 | 0,8 | 96,5 | Đạt chuẩn NTM nâng cao |
| 2 | Phường Đông Hà | - | 0,3 | 97 | |
| | **Toàn tỉnh** | 17,5 | 1,5 | > 95,5 | |
"""


def by_place_targets(tmp_path: Path, appendix: str, header: str = "| STT"):
    """The targets read from the table by place appended after the plan (its header starts `header`)."""
    path = tmp_path / "plan.txt"
    path.write_text(PLAN.format(body_table="") + appendix, encoding="utf-8")
    out = parse_document(path, "plan.txt")
    return [t for t in out.tables["targets"] if t.start > path.read_text(encoding="utf-8").index(header)]


def test_a_table_by_place_gives_each_filled_indicator_cell_as_a_target(tmp_path):
    # (one row per commune, one column per indicator with its unit in brackets; the year
    # from the title, not from the bracketed line naming the plan)
    rows = by_place_targets(tmp_path, BY_PLACE)
    assert [(t.text, t.comparator, t.value, t.unit, t.unit_kind, t.target_year, t.indicator_code) for t in rows] == [
        ("19", "eq", 19, "tiêu chí", "count", 2024, None),
        ("0,8", "eq", 0.8, "%", "percent", 2024, "poverty_rate"),
        ("96,5", "eq", 96.5, "%", "percent", 2024, "bhyt_coverage"),
        ("0,3", "eq", 0.3, "%", "percent", 2024, "poverty_rate"),  # (`-` is no value)
        ("97", "eq", 97, "%", "percent", 2024, "bhyt_coverage"),
        ("17,5", "eq", 17.5, "tiêu chí", "count", 2024, None),
        ("1,5", "eq", 1.5, "%", "percent", 2024, "poverty_rate"),
        ("> 95,5", "gt", 95.5, "%", "percent", 2024, "bhyt_coverage"),
    ]
    assert rows[1].sentence == "Xã Hải Lăng: Tỷ lệ hộ nghèo giảm" and rows[1].section_id is None


def test_a_table_by_place_of_results_or_of_how_things_stand_sets_no_targets(tmp_path):
    results = BY_PLACE.replace("CHỈ TIÊU GIAO CHO CÁC XÃ, PHƯỜNG NĂM 2024", "KẾT QUẢ THỰC HIỆN NĂM 2023")
    assert by_place_targets(tmp_path, results) == []
    budget = BY_PLACE.replace("CHỈ TIÊU GIAO CHO CÁC XÃ, PHƯỜNG NĂM 2024", "DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM 2024")
    assert by_place_targets(tmp_path, budget) == []
    standing = ("\nChỉ tiêu giao cho các huyện\n| STT | Huyện, thị xã | Dân số (người) | Thực hiện năm 2023 (%) "
                "| Tỷ lệ tiêm chủng đầy đủ năm 2025 (%) |\n|---|---|---|---|---|\n| 1 | Huyện A | 120.000 | 90 | 95 |\n")
    # (only the last column sets a goal, due in its own year: the title names none)
    assert [(t.text, t.target_year) for t in by_place_targets(tmp_path, standing)] == [("95", 2025)]


BY_PROJECT = """
Danh mục dự án trọng điểm
| STT | Tên dự án | Chủ đầu tư | Kế hoạch vốn năm 2026 (tỷ đồng) | Lũy kế giải ngân đến 31/12/2025 (tỷ đồng) \
| Mục tiêu giải ngân đến 30/9/2026 (%) | Thời gian hoàn thành |
|---|---|---|---|---|---|---|
| 1 | Đường kết nối vùng (giai đoạn 2) | Ban Quản lý dự án tỉnh | 1.250,0 | 2.118,6 | 70 | Quý IV/2026 |
| 2 | Bệnh viện Đa khoa tỉnh cơ sở 2 | Ban Quản lý dự án tỉnh | 615,0 | 402,8 | 75 | 2026 - 2027 |
"""


def test_a_table_by_project_gives_its_goal_column_as_targets_of_the_column_year(tmp_path):
    # (the capital to spend and what was disbursed so far are no targets; the goal column's
    # date, not the row's completion time, gives the year)
    rows = by_place_targets(tmp_path, BY_PROJECT)
    assert [(t.text, t.value, t.unit_kind, t.target_year) for t in rows] == [
        ("70", 70, "percent", 2026), ("75", 75, "percent", 2026)]
    done = BY_PROJECT.replace("Mục tiêu giải ngân đến 30/9/2026 (%)", "Thực hiện giải ngân đến 30/9/2025 (%)")
    assert by_place_targets(tmp_path, done) == []


BY_PLACE_COUNTS = """
2. Chỉ tiêu giao cho từng xã, phường
(Chỉ tiêu năm 2026; tỷ lệ bao phủ tính trên dân số thường trú)

STT | Xã, phường | Số người tham gia BHYT hộ gia đình | Số tiền hỗ trợ | Tỷ lệ bao phủ BHYT (%)
1 | Xã Quỳnh Lưu | 5.870 | 120 | 95,4
| Tổng cộng | 41.360 | 900 | 95,2
"""


def test_a_table_by_place_with_count_columns_and_a_total_row(tmp_path):
    # (a `Số người …` column counts its noun; `Số tiền` is money, no count; the year from
    # a bracketed line that sets goals; the total row's leading pipe leaves its TT empty)
    rows = by_place_targets(tmp_path, BY_PLACE_COUNTS)
    assert [(t.text, t.value, t.unit, t.unit_kind, t.target_year, t.indicator_code) for t in rows] == [
        ("5.870", 5870, "người", "count", 2026, None),
        ("95,4", 95.4, "%", "percent", 2026, "bhyt_coverage"),
        ("41.360", 41360, "người", "count", 2026, None),
        ("95,2", 95.2, "%", "percent", 2026, "bhyt_coverage"),
    ]
    assert rows[2].sentence.startswith("Tổng cộng: Số người tham gia BHYT")


BY_CLUSTER = (
    "\n4. Số lượng người dân cần khám năm 2026 theo cụm xã, phường, đặc khu\n"
    "Chỉ tiêu khám năm 2026 được giao cho từng cụm như sau:\n\n"
    "TT\tCụm xã, phường, đặc khu\tĐơn vị đầu mối\tDân số năm 2025 (người)\tChỉ tiêu khám năm 2026 (người)\tThời gian\n"
    "1\tLong Xuyên (phường Long Xuyên, Bình Đức)\tTTYT khu vực Long Xuyên\t478.260\t239.130\tĐợt 1, 2\n"
    "2\tTân Châu (phường Tân Châu; xã Châu Phong,\n"
    "Nhơn Hội)\tTTYT khu vực Tân Châu\t464.310\t232.160\tĐợt 1, 2, 3\n"
)


def test_a_tab_table_by_commune_cluster_gives_its_target_column_and_joins_wrapped_rows(tmp_path):
    # (the population column is no target; a row whose place wraps onto the next line
    # is one row: the line without a number under `TT` goes on it)
    rows = by_place_targets(tmp_path, BY_CLUSTER, "TT\tCụm")
    assert [(t.text, t.value, t.unit_kind, t.target_year) for t in rows] == [
        ("239.130", 239130, "count", 2026), ("232.160", 232160, "count", 2026)]


BY_COMMUNE_WRAPPED = (
    "\nc) Chỉ tiêu tiêm phòng năm 2024\n"
    "BIỂU CHỈ TIÊU TIÊM PHÒNG VẮC XIN DẠI CHO CHÓ, MÈO NĂM 2024\n"
    "TT\tĐơn vị\tSố hộ nuôi\tTổng đàn (con)\t\tChỉ tiêu tiêm\tGhi chú\n"
    "\t\t\tChó\tMèo\tnăm 2024 (con)\t\n"
    "1\tTT Phước An\t1.918\t3.314\t1.587\t3.065\t\n"
    "2\tEa Kênh\t1.232\t2.291\t569\t1.790\tVùng nguy cơ cao\n"
)


def test_a_tab_header_wrapped_onto_a_second_line_names_the_target_column(tmp_path):
    # (a Word header copied as text: `Chỉ tiêu tiêm` / `năm 2024 (con)` is one name, the quota
    # column; the households and the herd under `Tổng đàn (con)` / `Chó | Mèo` are facts)
    rows = by_place_targets(tmp_path, BY_COMMUNE_WRAPPED, "TT\tĐơn vị")
    assert [(t.text, t.value, t.unit, t.target_year) for t in rows] == [
        ("3.065", 3065, "con", 2024), ("1.790", 1790, "con", 2024)]
    assert rows[0].sentence == "TT Phước An: Chỉ tiêu tiêm năm 2024"


BY_BASE_OFFICE = (
    "2. Các chỉ tiêu chủ yếu năm 2026\n"
    "a) Chỉ tiêu chung: tỷ lệ bao phủ BHYT đạt 95,2% dân số.\n"
    "b) Chỉ tiêu giao cho các BHXH cơ sở\n"
    "(Số tăng thêm tính so với thời điểm 31/12/2025; tỷ lệ bao phủ tính trên dân số)\n"
    "Chỉ tiêu giao cho từng đơn vị như sau:\n\n"
    "TT\tĐơn vị\tTỷ lệ bao phủ\tSố người tham gia BHXH\n"
    "\t\tBHYT (%)\ttự nguyện tăng thêm (người)\n"
    "1\tBHXH cơ sở Vinh\t95,8\t1.450\n"
    "2    BHXH cơ sở Đô Lương        95,1      1.050\n"
    "3\tBHXH cơ sở Diễn Châu\t95,0\t1.380\n"
    "Ghi chú: các chỉ tiêu theo Quyết định số 3915/QĐ-UBND.\n"
)


def test_a_tab_row_typed_with_spaces_and_a_heading_year_over_a_table_by_place(tmp_path):
    # (row 2 lost its tabs: split at its runs of spaces, it is a row, not the rest of row 1's
    # last cell; neither the columns nor the lines over the table name a year: the heading's)
    rows = [t for t in parse(tmp_path, BY_BASE_OFFICE)["targets"] if t.section_id == "I/2/b"]
    assert [(t.text, t.value, t.unit_kind, t.target_year, t.indicator_code) for t in rows] == [
        ("95,8", 95.8, "percent", 2026, "bhyt_coverage"), ("1.450", 1450, "count", 2026, None),
        ("95,1", 95.1, "percent", 2026, "bhyt_coverage"), ("1.050", 1050, "count", 2026, None),
        ("95,0", 95.0, "percent", 2026, "bhyt_coverage"), ("1.380", 1380, "count", 2026, None)]


def test_a_bracketed_line_naming_the_plan_sets_no_goals_for_a_table_by_place(tmp_path):
    plain = BY_PLACE_COUNTS.replace("2. Chỉ tiêu giao cho từng xã, phường\n", "").replace(
        "(Chỉ tiêu năm 2026; tỷ lệ bao phủ tính trên dân số thường trú)", "(Kèm theo Kế hoạch số 45/KH-UBND)")
    assert by_place_targets(tmp_path, plain) == []


def test_agencies_split_by_commas_and_line_breaks_and_times_without_a_date(tmp_path):
    body_table = ("| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |\n"
                  "|---|---|---|---|---|---|\n"
                  "| 1 | Xúc tiến đầu tư | Sở Công Thương | Sở Kế hoạch và Đầu tư,<br>Sở Khoa học và Công nghệ, Sở Ngoại vụ "
                  "| Thường xuyên | Dự án |\n"
                  "| 2 | Đào tạo nhân lực | Sở Lao động - TB&XH | Sở GD&ĐT,<br>các cơ sở giáo dục nghề nghiệp | 2024 - 2030 "
                  "| Báo cáo |")
    tables = parse(tmp_path, body_table)
    tasks = [t for t in rows_from_tables(tables, "tasks") if t.section_id == "I/1"]
    assert [(t.lead, t.partners) for t in tasks] == [
        (["Sở Công Thương"], ["Sở Kế hoạch và Đầu tư", "Sở Khoa học và Công nghệ", "Sở Ngoại vụ"]),
        (["Sở Lao động - Thương binh và Xã hội"], ["Sở Giáo dục và Đào tạo", "Các cơ sở giáo dục nghề nghiệp"])]
    deadlines = [d for d in rows_from_tables(tables, "deadlines") if d.section_id == "I/1"]
    # (a span of years leaves the year empty: ANNOTATING.md, Settled cases)
    assert [(d.text, d.kind, d.year, d.recurrence) for d in deadlines] == [
        ("Thường xuyên", "timeframe", None, None), ("2024 - 2030", "timeframe", None, None)]


# A Word table copied as plain text: one line per row, cells between tabs, empty
# cells kept as empty fields (a ward plan's `6. Phân công nhiệm vụ cụ thể`).
TAB_TABLE = (
    "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
    "1\tTập huấn cán bộ y tế\tSở Y tế\tSở Nội vụ, Sở Tài chính\tThường xuyên\n"
    "2\tRà soát hồ sơ\tSở Lao động - TB&XH\t\tTrước ngày 31/3/2024\n"
    "3\tKiểm tra, giám sát\t\tSở Y tế, Sở Nội vụ\tQuý III/2024, Quý IV/2024\n"
    "4\tBố trí kinh phí\tSở Tài chính\t\t"
)


def test_a_tab_separated_table_is_read_by_column(tmp_path):
    tables = parse(tmp_path, TAB_TABLE)
    tasks = [t for t in rows_from_tables(tables, "tasks") if t.section_id == "I/1"]
    assert [(t.text.split("\t")[0], t.lead, t.partners, t.timeframe) for t in tasks] == [
        ("1", ["Sở Y tế"], ["Sở Nội vụ", "Sở Tài chính"], "Thường xuyên"),
        ("2", ["Sở Lao động - Thương binh và Xã hội"], [], "Trước ngày 31/3/2024"),
        ("3", [], ["Sở Y tế", "Sở Nội vụ"], "Quý III/2024, Quý IV/2024"),
        ("4", ["Sở Tài chính"], [], None)]
    inside = [a for a in tables["assignments"] if tasks[0].start <= a.start < tasks[-1].end]
    assert all(a.rule_id.startswith("appendix.col.") for a in inside)
    assert len(inside) == 7


def test_a_tab_row_gives_its_deadlines_and_two_quarters_after_a_comma_are_two(tmp_path):
    deadlines = [d for d in rows_from_tables(parse(tmp_path, TAB_TABLE), "deadlines") if d.section_id == "I/1"]
    assert [(d.text, d.kind, d.date and d.date.isoformat(), d.year) for d in deadlines] == [
        ("Thường xuyên", "timeframe", None, None),
        ("Trước ngày 31/3/2024", "deadline", "2024-03-31", 2024),
        ("Quý III/2024", "timeframe", None, 2024),
        ("Quý IV/2024", "timeframe", None, 2024)]
    assert deadlines[1].action == "Rà soát hồ sơ"


def test_a_tab_row_whose_editor_trimmed_its_empty_last_cells_is_still_a_row(tmp_path):
    tables = parse(tmp_path, TAB_TABLE.rstrip("\t"))
    tasks = [t for t in rows_from_tables(tables, "tasks") if t.section_id == "I/1"]
    assert (tasks[-1].lead, tasks[-1].timeframe) == (["Sở Tài chính"], None)


def test_tabbed_layout_lines_after_a_tab_table_are_no_rows(tmp_path):
    # (`Nơi nhận:<TAB>TM. ỦY BAN NHÂN DÂN` follows on the next line: no number under STT)
    tables = parse(tmp_path, TAB_TABLE + "\nNơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Sở Y tế;\tCHỦ TỊCH")
    tasks = rows_from_tables(tables, "tasks")
    assert not [t for t in tasks if "Nơi nhận" in t.text or "Sở Y tế;" in t.text]
    assert len([t for t in tasks if t.section_id == "I/1"]) == 4


# A Word table copied as text whose cells hold line breaks: a line without tabs goes on
# the cell before it (`…<TAB>Trước ngày` / `30/11/2024`), also after the last row.
WRAPPED_TAB_TABLE = (
    "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n"
    "1\tLắp đặt thiết bị giám sát hành trình\tChi cục Thủy sản\tUBND xã Đông Sơn\tTrước ngày\n"
    "30/11/2024\n"
    "2\tKiểm soát tàu cá xuất, nhập bến\tBan Quản lý cảng cá tỉnh\tĐồn Biên phòng, Trạm Kiểm soát Biên phòng "
    "tại cảng\tThường xuyên\n"
    "3\tTuyên truyền, ký cam kết với chủ tàu\tUBND các xã ven biển\tSở Y tế; Hội Nghề cá tỉnh\tTrước ngày\n"
    "25/12/2024\n"
)


def test_a_tab_cell_wrapped_onto_a_line_without_tabs_goes_on_its_row(tmp_path):
    tables = parse(tmp_path, WRAPPED_TAB_TABLE)
    tasks = [t for t in rows_from_tables(tables, "tasks") if t.section_id == "I/1"]
    assert [(t.text.split("\t")[0], t.timeframe) for t in tasks] == [
        ("1", "Trước ngày 30/11/2024"), ("2", "Thường xuyên"), ("3", "Trước ngày 25/12/2024")]
    deadlines = [d for d in rows_from_tables(tables, "deadlines") if d.section_id == "I/1"]
    assert [(d.text, d.date and d.date.isoformat()) for d in deadlines] == [
        ("Trước ngày\n30/11/2024", "2024-11-30"), ("Thường xuyên", None), ("Trước ngày\n25/12/2024", "2024-12-25")]
    # (an item the gazetteer does not know keeps no place in its name: `tại cảng`, `tỉnh`)
    assert tasks[1].partners == ["Đồn Biên phòng", "Trạm Kiểm soát Biên phòng"]
    assert tasks[2].partners == ["Sở Y tế", "Hội Nghề cá"]


def test_a_note_or_heading_under_a_tab_table_goes_on_no_cell(tmp_path):
    body = WRAPPED_TAB_TABLE.rsplit("25/12/2024", 1)[0] + "25/12/2024\n2. Tổ chức thực hiện các nhiệm vụ\n"
    tasks = [t for t in rows_from_tables(parse(tmp_path, body), "tasks") if t.section_id == "I/1"]
    assert tasks[-1].timeframe == "Trước ngày 25/12/2024"
    body = WRAPPED_TAB_TABLE.rsplit("\n25/12/2024", 1)[0] + "\nGhi chú: các xã báo cáo kết quả về Sở Y tế\n"
    tasks = [t for t in rows_from_tables(parse(tmp_path, body), "tasks") if t.section_id == "I/1"]
    assert tasks[-1].timeframe == "Trước ngày"


def test_a_month_span_in_a_time_cell_is_a_period_of_its_year(tmp_path):
    body = "STT\tNội dung\tĐơn vị chủ trì\tThời gian\n1\tHội nghị tại cảng cá\tSở Y tế\tTháng 11 - 12/2024\n"
    row = next(d for d in rows_from_tables(parse(tmp_path, body), "deadlines") if d.section_id == "I/1")
    assert (row.kind, row.date, row.year, row.month, row.day) == ("timeframe", None, 2024, None, None)


def test_one_tab_in_a_line_makes_no_table(tmp_path):
    # one tab may only align a line (a letterhead, a label and its date): a tab
    # header names three columns at least
    tables = parse(tmp_path, "Nội dung\tThời gian\n+ Tựu trường:\tngày 28/8/2024")
    assert not [t for t in rows_from_tables(tables, "tasks") if t.section_id == "I/1"]


def test_a_span_of_days_in_a_time_cell_is_a_period_with_no_date(tmp_path):
    body_table = ("STT | Nội dung | Đơn vị chủ trì | Thời gian\n"
                  "1 | Ra quân cao điểm Đợt 1 | Công an tỉnh | Đợt 1: từ ngày 15/3/2024 đến ngày 30/4/2024")
    row = next(d for d in rows_from_tables(parse(tmp_path, body_table), "deadlines") if d.section_id == "I/1")
    assert (row.kind, row.date, row.year, row.month, row.day) == ("timeframe", None, 2024, None, None)


GRID = """
+-----+---------------------------+----------------+--------------------+------------+
| STT | Nhiệm vụ                  | Cơ quan chủ trì| Cơ quan phối hợp   | Thời gian  |
|     |                           |                |                    | hoàn thành |
+=====+===========================+================+====================+============+
| 1   | Xây dựng Trung tâm dữ     | Sở Khoa học và | Công an tỉnh;      | Trước      |
|     | liệu tỉnh                 | Công nghệ      | Sở Tài chính       | 30/9/2026  |
+-----+---------------------------+----------------+--------------------+------------+
"""


def test_a_grid_table_reads_each_cell_joined_over_its_lines(tmp_path):
    tables = parse(tmp_path, GRID)
    text = (tmp_path / "plan.txt").read_text(encoding="utf-8")
    grid = [t for t in rows_from_tables(tables, "tasks") if "Trung tâm dữ" in t.text]
    assert [(t.lead, t.partners, t.timeframe) for t in grid] == [
        (["Sở Khoa học và Công nghệ"], ["Công an", "Sở Tài chính"], "Trước 30/9/2026")]
    assigned = [(a.text, a.agency, a.role) for a in rows_from_tables(tables, "assignments") if a.task_id == grid[0].task_id]
    # (a name split over the cell's lines keeps to its first piece: the text between is other columns)
    assert assigned == [("Sở Khoa học và", "Sở Khoa học và Công nghệ", "lead"),
                        ("Công an tỉnh", "Công an", "partner"), ("Sở Tài chính", "Sở Tài chính", "partner")]
    due = [d for d in rows_from_tables(tables, "deadlines") if d.action == "Xây dựng Trung tâm dữ liệu tỉnh"]
    assert [(d.text, d.kind, d.date.isoformat()) for d in due] == [("30/9/2026", "deadline", "2026-09-30")]
    assert all(text[r.start:r.end] == r.text for name in ("tasks", "assignments", "deadlines")
               for r in rows_from_tables(tables, name))


BOX = """
┌────┬───────────────────────────┬──────────────────┬──────────────────┬────────────────┐
│ TT │ Nội dung hoạt động        │ Đơn vị chủ trì   │ Đơn vị phối hợp  │ Thời gian      │
├────┼───────────────────────────┼──────────────────┼──────────────────┼────────────────┤
│ 1  │ Tổ chức khám sàng lọc cho │ Trung tâm Y tế   │ - Hội Người cao  │ Từ 01/8 -      │
│    │ người cao tuổi; tổng hợp, │                  │ tuổi tỉnh;       │ 12/8/2024      │
│    │ báo cáo Sở Y tế hằng tuần │                  │ - Sở Lao động -  │                │
└────┴───────────────────────────┴──────────────────┴──────────────────┴────────────────┘

                                          2

┌────┬───────────────────────────┬──────────────────┬──────────────────┬────────────────┐
│ TT │ Nội dung hoạt động        │ Đơn vị chủ trì   │ Đơn vị phối hợp  │ Thời gian      │
├────┼───────────────────────────┼──────────────────┼──────────────────┼────────────────┤
│    │ tại các xã                │                  │ TB&XH            │                │
├────┼───────────────────────────┼──────────────────┼──────────────────┼────────────────┤
│ 2  │ Lễ mít tinh hưởng ứng     │ Sở Văn hóa, Thể  │ Sở Y tế          │ Ngày 01/10/2024│
│    │                           │ thao và Du lịch  │                  │ (7h30)         │
└────┴───────────────────────────┴──────────────────┴──────────────────┴────────────────┘
"""


def test_a_box_drawn_table_reads_like_a_grid_and_goes_on_after_its_page_break(tmp_path):
    tables = parse(tmp_path, BOX)
    text = (tmp_path / "plan.txt").read_text(encoding="utf-8")
    boxed = [t for t in rows_from_tables(tables, "tasks") if "│" in t.text]
    # (the row the page break cut goes on after the repeated header: `Sở Lao động -` / `TB&XH`)
    assert [(t.lead, t.partners, t.timeframe) for t in boxed] == [
        (["Trung tâm Y tế"], ["Hội Người cao tuổi", "Sở Lao động - Thương binh và Xã hội"], "Từ 01/8 - 12/8/2024"),
        (["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Y tế"], "Ngày 01/10/2024 (7h30)")]
    assigned = [(a.text, a.role) for a in rows_from_tables(tables, "assignments") if a.task_id == boxed[0].task_id]
    assert ("Sở Y tế", "report_to") in assigned  # (`báo cáo Sở Y tế` in the task cell)
    box = range(text.index("┌"), text.rindex("┘"))
    due = [(d.text, d.kind, d.year) for d in rows_from_tables(tables, "deadlines") if d.start in box]
    # (a time keeps to the piece with its date, not the hour in brackets after it)
    assert due == [("12/8/2024", "timeframe", 2024), ("Ngày 01/10/2024", "timeframe", 2024)]
    assert not [t for t in tables["targets"] if t.start in box]  # (`Từ 01/8 -` is no share)
    assert all(text[r.start:r.end] == r.text for name in ("tasks", "assignments", "deadlines")
               for r in rows_from_tables(tables, name))


FLAT = """
TT
Nhiệm vụ
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian
Sản phẩm
1
Hướng dẫn thu gom bao gói thuốc
BVTV sau sử dụng
Cục Trồng trọt và Bảo
vệ thực vật
Cục Kiểm soát ô nhiễm
môi trường; Văn phòng Bộ
Quý II/2026
Quyết định ban hành
2
Truyền thông, tập huấn
Văn phòng Bộ
Thường xuyên
Tin, bài
"""


def test_a_table_flattened_to_a_cell_a_line_is_read_by_what_each_line_holds(tmp_path):
    tables = parse(tmp_path, FLAT)
    flat = [t for t in rows_from_tables(tables, "tasks") if t.text.startswith(("1\n", "2\n"))]
    assert [(t.lead, t.partners, t.timeframe, t.product) for t in flat] == [
        (["Cục Trồng trọt và Bảo vệ thực vật"], ["Cục Kiểm soát ô nhiễm môi trường", "Văn phòng Bộ"], "Quý II/2026",
         "Quyết định ban hành"),
        (["Văn phòng Bộ"], [], "Thường xuyên", "Tin, bài"),  # (no partner cell: the time line comes next)
    ]
    lead = [a.text for a in rows_from_tables(tables, "assignments") if a.role == "lead" and a.task_id == flat[0].task_id]
    assert lead == ["Cục Trồng trọt và Bảo\nvệ thực vật"]


GROUPED_FLAT = """PHỤ LỤC
STT
Nội dung nhiệm vụ
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian hoàn thành
I
CÔNG TÁC TUYÊN TRUYỀN
1
Tổ chức hưởng ứng Chiến dịch Giờ Trái đất năm 2026
Sở Nông nghiệp và Môi trường
Sở Công Thương; Tỉnh Đoàn
Quý I/2026
2
Lồng ghép nội dung tiết kiệm năng lượng vào hoạt động ngoại khóa
Sở Giáo dục và Đào tạo
Các cơ sở giáo dục
Thường xuyên
II
QUẢN LÝ NHÀ NƯỚC
3
Hỗ trợ kiểm toán năng lượng cho doanh nghiệp
Sở Công Thương
Sở Khoa học và Công nghệ
Tháng 6/2026 – tháng 11/2026
"""


def test_a_flattened_table_with_roman_group_rows_reads_every_row(tmp_path):
    """A .docx table one cell per line: the bare `I`/`II` group rows and their titles
    are passed over (no row of their own); a row with one line per column is read
    by position, an agency the gazetteer does not know included."""
    tables = parse(tmp_path, GROUPED_FLAT)
    rows = {(a.text, a.role) for a in tables["assignments"] if a.rule_id.startswith("appendix.")}
    assert {("Sở Nông nghiệp và Môi trường", "lead"), ("Sở Công Thương", "partner"), ("Tỉnh Đoàn", "partner"),
            ("Sở Giáo dục và Đào tạo", "lead"), ("Các cơ sở giáo dục", "partner"), ("Sở Công Thương", "lead"),
            ("Sở Khoa học và Công nghệ", "partner")} <= rows
    assert not any("TUYÊN TRUYỀN" in text or "QUẢN LÝ" in text for text, _ in rows)
    times = {d.text for d in tables["deadlines"]}
    assert {"Quý I/2026", "Thường xuyên", "Tháng 6/2026 – tháng 11/2026"} <= times


def test_a_flattened_row_with_an_empty_cell_keeps_the_rows_after_it(tmp_path):
    """A Word table one cell per line leaves a blank line for an empty cell (no partner in
    row 1): the row goes on over it, and the rows after it are read (`Hằng năm` included)."""
    body = GROUPED_FLAT.replace("Sở Công Thương; Tỉnh Đoàn\n", "\n").replace(
        "Thường xuyên", "Hằng năm")
    tables = parse(tmp_path, body)
    times = {(d.text, d.kind, d.recurrence) for d in rows_from_tables(tables, "deadlines")}
    assert {("Quý I/2026", "timeframe", None), ("Hằng năm", "recurring", "yearly"),
            ("Tháng 6/2026 – tháng 11/2026", "timeframe", None)} <= times
    leads = {a.text for a in rows_from_tables(tables, "assignments") if a.role == "lead"}
    assert {"Sở Nông nghiệp và Môi trường", "Sở Giáo dục và Đào tạo", "Sở Công Thương"} <= leads


SPACED_ROWS_FLAT = """Phụ lục: DANH MỤC NHIỆM VỤ
STT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Sản phẩm
Thời gian hoàn thành

I
TUYÊN TRUYỀN

1
Tổ chức hội nghị quán triệt Kế hoạch
Quỹ Bảo trợ trẻ em
Sở Y tế; Sở Nội vụ
Hội nghị quán triệt
Quý I/2026

2
Phổ biến Kế hoạch tới cơ sở
Sở Y tế

Báo cáo kết quả
Quý II/2026

3
Xây dựng chuyên mục trên báo, đài;
cập nhật Cổng thông tin điện tử
Sở Văn hóa, Thể thao và Du lịch
Sở Y tế; Đài TNVN;
TTXVN
Tối thiểu 04 chương trình/tháng
Tháng 7 hằng năm

4
Sơ kết, tổng kết thực hiện Kế hoạch
Sở Nội vụ
Sở Y tế
Báo cáo sơ kết; báo cáo tổng kết
Quý IV/2028;
Quý IV/2030
"""


def test_a_flattened_table_with_blank_lines_between_rows_keeps_each_cell_in_its_column(tmp_path):
    """An export that puts a blank line between rows and leaves one for an empty cell: every
    row is read (a wrapped cell makes a row longer than the one before), the empty cell keeps
    its column's place, a lead the gazetteer does not know is read by position, and a cell of
    times one a line gives each time."""
    tables = parse(tmp_path, SPACED_ROWS_FLAT)
    flat = [t for t in rows_from_tables(tables, "tasks") if t.text[:2] in ("1\n", "2\n", "3\n", "4\n")]
    assert [(t.lead, t.partners, t.product) for t in flat] == [
        (["Quỹ Bảo trợ trẻ em"], ["Sở Y tế", "Sở Nội vụ"], "Hội nghị quán triệt"),
        (["Sở Y tế"], [], "Báo cáo kết quả"),
        (["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Y tế", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam"],
         "Tối thiểu 04 chương trình/tháng"),
        (["Sở Nội vụ"], ["Sở Y tế"], "Báo cáo sơ kết; báo cáo tổng kết"),
    ]
    times = {d.text for d in rows_from_tables(tables, "deadlines")}
    assert {"Quý I/2026", "Quý II/2026", "Tháng 7 hằng năm", "Quý IV/2028", "Quý IV/2030"} <= times

UNMERGED_GROUPS_FLAT = """PHỤ LỤC
STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
Sản phẩm
I
TUYÊN TRUYỀN, PHỔ BIẾN




1
Tổ chức hội nghị tập huấn cho cán bộ cấp xã
Sở Tư pháp
Sở Nội vụ; Sở Y tế
Quý II/2026
Tài liệu tập huấn
II
KIỂM TRA, GIÁM SÁT




2
Kiểm tra việc thực hiện tại cơ sở
Thanh tra tỉnh
Sở Tư pháp
Quý III - Quý IV/2026
Kết luận kiểm tra
3
Cập nhật cơ sở dữ liệu hộ tịch
Sở Tư pháp
Sở Nội vụ
Trước 30/6/2026 (cấp tỉnh); Tháng 12/2026 (cấp xã)
Cơ sở dữ liệu được cập nhật
"""


def test_a_flattened_table_whose_group_rows_keep_their_empty_cells_reads_every_row(tmp_path):
    """A Word table one cell per line whose group rows are not merged: each leaves its empty
    cells as blank lines after its title (`I` / `TUYÊN TRUYỀN, PHỔ BIẾN` / four blank lines), and
    the rows under it are still read; a span of quarters and two times each with a bracket of
    what it is for are time cells, read by position."""
    tables = parse(tmp_path, UNMERGED_GROUPS_FLAT)
    flat = [t for t in rows_from_tables(tables, "tasks") if t.text[:2] in ("1\n", "2\n", "3\n")]
    assert [(t.lead, t.partners, t.product) for t in flat] == [
        (["Sở Tư pháp"], ["Sở Nội vụ", "Sở Y tế"], "Tài liệu tập huấn"),
        (["Thanh tra"], ["Sở Tư pháp"], "Kết luận kiểm tra"),  # (no jurisdiction word)
        (["Sở Tư pháp"], ["Sở Nội vụ"], "Cơ sở dữ liệu được cập nhật"),
    ]
    times = {(d.text, d.kind) for d in rows_from_tables(tables, "deadlines")}
    assert {("Quý II/2026", "timeframe"), ("Quý III - Quý IV/2026", "timeframe"),
            ("Tháng 12/2026 (cấp xã)", "timeframe")} <= times
    assert any(text.startswith("Trước 30/6/2026") and kind == "deadline" for text, kind in times)


def test_short_lines_naming_columns_without_numbered_rows_are_no_table(tmp_path):
    body = "Nhiệm vụ\nCơ quan chủ trì\nThời gian\nSở Y tế chủ trì triển khai trong Quý II/2024.\n"
    assert not [t for t in rows_from_tables(parse(tmp_path, body), "tasks") if "Sở Y tế chủ trì triển" in t.text]


AGENCY_TABLE = """1. Phân công nhiệm vụ
TT\tCơ quan, đơn vị\tNhiệm vụ được giao\tThời gian hoàn thành
1\tPhòng Nội vụ\t- Là cơ quan thường trực, tham mưu UBND huyện theo dõi Kế hoạch;
- Báo cáo kết quả CCHC về Sở Nội vụ.\tCả năm 2024
2\tPhòng Tư pháp; Phòng Y tế\tChủ trì, phối hợp với Công an huyện, Phòng Nội vụ triển khai Đề án 06.\tThường xuyên
"""


def test_table_by_agency_spread_rows_and_cues(tmp_path):
    """A tab table by agency: the agency column leads; a row whose duties run over
    lines is one row; `phối hợp với` names partners, `Báo cáo … về` report_to, and
    the agency that is only the object (`tham mưu UBND huyện`) gives nothing."""
    tables = parse(tmp_path, AGENCY_TABLE)
    rows = {(a.text, a.role) for a in tables["assignments"] if a.rule_id.startswith("appendix.")}
    assert ("Phòng Nội vụ", "lead") in rows
    assert ("Sở Nội vụ", "report_to") in rows
    assert ("Phòng Tư pháp", "lead") in rows and ("Phòng Y tế", "lead") in rows
    assert ("Công an huyện", "partner") in rows and ("Phòng Nội vụ", "partner") in rows
    assert not any(text == "UBND huyện" for text, _ in rows)
    times = {d.text: d.kind for d in tables["deadlines"]}
    assert times.get("Cả năm 2024") == "timeframe" and times.get("Thường xuyên") == "timeframe"


SCHEDULE = """| TT | Thời gian | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp |
|---|---|---|---|---|
| 1 | 07h30 ngày 14/3/2025 | Khai mạc hội chợ | Tiểu ban Lễ tân | Điện lực Yên Thế; Công an huyện |
| 2 | Trước ngày 20/02/2025 | Kiện toàn các tiểu ban | Ban Tổ chức | Đồng chí Phó Chủ tịch UBND huyện |
"""


def test_schedule_table_names_unknown_bodies_not_people(tmp_path):
    """An item of an agency column the gazetteer does not know is a body when it
    reads as a name; a person named there is not."""
    tables = parse(tmp_path, SCHEDULE)
    rows = {(a.text, a.role) for a in tables["assignments"] if a.rule_id.startswith("appendix.")}
    assert ("Điện lực Yên Thế", "partner") in rows and ("Công an huyện", "partner") in rows
    assert not any("Đồng chí" in text for text, _ in rows)
    assert {d.text for d in tables["deadlines"]} >= {"07h30 ngày 14/3/2025", "Trước ngày 20/02/2025"}


LAYOUT = """
 TT    Nội dung nhiệm vụ                 Cơ quan chủ trì        Cơ quan phối hợp             Thời gian thực hiện

 1     Rà soát, thống kê người sử dụng   UBND các xã, thị trấn  Công an huyện; Phòng Lao động  Trước ngày
       trái phép chất ma túy                                    - TB&XH; Trung tâm Y tế huyện  30/4/2025

                                                  7
\f 2     Tổ chức cai nghiện tự nguyện tại  Phòng Lao động - TB&XH  Công an huyện; Tòa án nhân dân  Cả năm
       gia đình, cộng đồng                                      huyện

Ghi chú: các đơn vị báo cáo định kỳ.
"""


def test_a_pdftotext_layout_table_is_read_by_its_header_positions(tmp_path):
    tables = parse(tmp_path, LAYOUT)
    text = (tmp_path / "plan.txt").read_text(encoding="utf-8")
    rows = [t for t in rows_from_tables(tables, "tasks") if t.section_id == "I/1"]
    # (a cell a little right of its name, a wrapped cell, and a page break with its number between rows)
    assert [(t.lead, t.partners, t.timeframe) for t in rows] == [
        (["Ủy ban nhân dân các xã, thị trấn"], ["Công an", "Phòng Lao động - Thương binh và Xã hội", "Trung tâm Y tế"],
         "Trước ngày 30/4/2025"),
        (["Phòng Lao động - Thương binh và Xã hội"], ["Công an", "Tòa án nhân dân"], "Cả năm")]
    assigned = [(a.text, a.role) for a in rows_from_tables(tables, "assignments") if a.task_id == rows[0].task_id]
    # (a name split over the cell's lines keeps to the piece it starts in)
    assert ("Phòng Lao động", "partner") in assigned
    due = [d for d in rows_from_tables(tables, "deadlines") if d.action and d.action.startswith("Rà soát, thống kê")]
    assert [(d.text, d.kind, d.date.isoformat()) for d in due] == [("30/4/2025", "deadline", "2025-04-30")]
    assert "Ghi chú" not in rows[-1].text
    assert all(text[r.start:r.end] == r.text for name in ("tasks", "assignments", "deadlines")
               for r in rows_from_tables(tables, name))


LAYOUT_WRAPPED_HEADER = """
 TT  Khu phố   Tuyến đường, hẻm                  Chủ trì        Phối hợp           Thời gian
                                                                                  hoàn thành
 1   KP 1      Lê Thái Tổ (từ Nguyễn Đình        Công an phường  Phòng Kinh tế      Quý I/2026
               Chiểu đến Điện Biên Phủ)
 2   KP 2      Nguyễn Thiện Thuật                Đội Quản lý trật tự đô thị  Công an phường  Quý II/2026
"""


def test_a_layout_header_whose_names_wrap_onto_a_second_line_keeps_its_rows(tmp_path):
    """`Thời gian` / `hoàn thành`: a header name run onto the line below it is still the header (zk);
    the streets are the tasks, the district column only says where."""
    tables = parse(tmp_path, LAYOUT_WRAPPED_HEADER)
    rows = {(a.text, a.role) for a in tables["assignments"] if a.rule_id.startswith("appendix.")}
    assert ("Công an phường", "lead") in rows and ("Phòng Kinh tế", "partner") in rows
    assert ("Đội Quản lý trật tự đô thị", "lead") in rows
    assert "Quý I/2026" in {d.text for d in tables["deadlines"]}


LAYOUT_CENTRED = """
 STT  Nội dung công việc                Cơ quan chủ trì    Cơ quan phối hợp      Thời gian
                                                                                  hoàn thành

 I    CÔNG TÁC TUYÊN TRUYỀN

      Tổ chức hội nghị quán triệt                          Sở Tư pháp; Văn
 1    Luật cho cán bộ, công chức        Sở Nội vụ          phòng UBND tỉnh       Quý I/2026
      các sở, ngành

                                               3
 STT  Nội dung công việc                Cơ quan chủ trì    Cơ quan phối hợp      Thời gian
                                                                                  hoàn thành

      Biên soạn tài liệu hỏi - đáp
 2    về Luật                           Sở Tư pháp         Sở Nội vụ             Quý II/2026

Ghi chú: các đơn vị báo cáo định kỳ.
"""


def test_a_layout_table_with_numbers_in_the_middle_of_their_rows_and_a_repeated_wrapped_header(tmp_path):
    """A Word table's vertically centred cells put each row's number on a middle line of its
    block; the header printed again on the next page, its `hoàn thành` half too, ends nothing."""
    tables = parse(tmp_path, LAYOUT_CENTRED)
    rows = [t for t in rows_from_tables(tables, "tasks") if "Luật" in t.text]
    assert [(t.lead, t.partners) for t in rows] == [
        (["Sở Nội vụ"], ["Sở Tư pháp", "Văn phòng Ủy ban nhân dân tỉnh"]), (["Sở Tư pháp"], ["Sở Nội vụ"])]
    assert rows[0].text.strip().startswith("Tổ chức hội nghị")


LAYOUT_LEAD_ONLY = """
TT   Tên xã            Mức độ đăng ký      Năm đạt chuẩn   Tiêu chí đã đạt   Cơ quan phụ trách
1    Vượng Lộc         NTM nâng cao        2024            15/19             Phòng NN&PTNT
2    Tùng Lộc          NTM kiểu mẫu        2024            (đã đạt NTM nâng cao)   Văn phòng Điều phối NTM
"""


def test_a_layout_list_of_places_with_a_column_of_who_is_in_charge(tmp_path):
    """A numbered list of communes whose columns name what they register for, in words no
    column rule knows, and one column of the office in charge of each: that office leads its row."""
    tables = parse(tmp_path, LAYOUT_LEAD_ONLY)
    rows = [(a.text, a.agency, a.role, a.section_id) for a in rows_from_tables(tables, "assignments")
            if a.section_id == "I/1"]
    assert rows == [("Phòng NN&PTNT", "Phòng Nông nghiệp và Phát triển nông thôn", "lead", "I/1"),
                    ("Văn phòng Điều phối NTM", "Văn phòng Điều phối nông thôn mới", "lead", "I/1")]

LAYOUT_ROUTES = """
  Tuyến đường       Đoạn                                     Khu phố   Đơn vị phụ trách
  Lê Thánh Tôn      Từ Phan Chu Trinh đến Nguyễn Trung Trực  KP 1      BĐH KP 1, Tổ TTĐT số 1
  Đỗ Quang Đẩu      Trọn tuyến (từ Bùi Viện đến Phạm         KP 9      BĐH KP 9, Tổ TTĐT số 3
                    Ngũ Lão)
  Nguyễn Thái Học   Từ Trần Hưng Đạo đến Phạm Ngũ Lão        KP 11     BĐH KP 11, Tổ TTĐT số 3

c) Lộ trình:
- Khảo sát, lập hồ sơ hiện trạng từng tuyến, Công an phường phối hợp.
"""


def test_an_unnumbered_layout_list_of_routes_one_row_a_line(tmp_path):
    """A ward's list of routes with no number column (wk): each line that fills every column
    opens a row, a wrapped cell goes on in its row, `Đơn vị phụ trách` leads each route, and
    the paragraph after the blank line is no row."""
    tables = parse(tmp_path, LAYOUT_ROUTES)
    tasks = [t for t in rows_from_tables(tables, "tasks") if t.section_id == "I/1"]
    assert [t.lead for t in tasks] == [["Ban điều hành khu phố 1", "Tổ trật tự đô thị số 1"],
                                        ["Ban điều hành khu phố 9", "Tổ trật tự đô thị số 3"],
                                        ["Ban điều hành khu phố 11", "Tổ trật tự đô thị số 3"]]
    assert all("Lộ trình" not in t.text for t in tasks)


def test_a_justified_paragraph_with_runs_of_spaces_is_no_layout_table(tmp_path):
    paragraph = ("Nội dung  thực hiện:  Phòng  Văn hóa  chủ trì, phối hợp  Công an huyện  tuyên truyền\n"
                 " 1   Thời gian  thực hiện  trong  năm  2025,  Công an huyện  phối hợp  kiểm tra\n")
    tasks = [t for t in rows_from_tables(parse(tmp_path, paragraph), "tasks") if t.rule_id == "appendix.row"]
    assert all(t.section_id is None for t in tasks)  # (only the pipe table after the signature)


TARGET_TABLE = """| TT | Nhiệm vụ | Chỉ tiêu | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|---|
| **I** | **Đào tạo nghề** | | | | |
| 1 | Đào tạo nghề cho lao động nông thôn | ≥ 9.000 người | Sở Y tế | UBND các huyện, thị xã, thành phố | Cả năm |
| 2 | Hộ nghèo | Tăng 15% so với 2023 | UBND các huyện An Lão, Vĩnh Thạnh, Vân Canh | Sở Tài chính; các cơ sở GDNN | Quý IV/2024 |
| 3 | Đầu tư | 01 trường đạt chuẩn | Trường Cao đẳng Kỹ thuật Công nghệ Quy Nhơn | Sở Tài chính và đơn vị liên quan | 31/12/2026 |
| 4 | Rà soát danh mục nghề | - | Sở Y tế | Công an tỉnh, các hộ kinh doanh | Trước 30/6/2024 |
| 5 | Trang bị phương tiện | 12 xuồng cứu hộ | Sở Y tế | Sở Tài chính, Sở Nội vụ | Năm 2025 |
"""


def test_a_target_column_gives_targets_due_in_their_rows_time(tmp_path):
    tables = parse(tmp_path, TARGET_TABLE)
    text = (tmp_path / "plan.txt").read_text(encoding="utf-8")
    targets = [t for t in tables["targets"] if t.section_id == "I/1"]
    # (`Cả năm` is the plan's year, as for the row's deadline; `so với năm 2023` is no due year;
    # the direction word stays in the span; a noun no unit rule knows is counted)
    assert [(t.text, t.comparator, t.value, t.unit_kind, t.direction, t.target_year) for t in targets] == [
        ("≥ 9.000 người", "gte", 9000, "count", None, 2024),
        ("Tăng 15%", "eq", 15, "percent", "increase", 2024),
        ("01 trường", "eq", 1, "count", None, 2026),
        ("12 xuồng", "eq", 12, "count", None, 2025)]
    assert targets[0].indicator == "Đào tạo nghề cho lao động nông thôn"
    assert all(text[t.start:t.end] == t.text for t in targets)


def test_an_agency_cell_item_the_gazetteer_cuts_short_is_one_agency(tmp_path):
    tables = parse(tmp_path, TARGET_TABLE)
    assigned = [(a.text, a.agency, a.role) for a in rows_from_tables(tables, "assignments") if a.section_id == "I/1"]
    assert ("UBND các huyện An Lão, Vĩnh Thạnh, Vân Canh", "Ủy ban nhân dân các huyện An Lão, Vĩnh Thạnh, Vân Canh",
            "lead") in assigned
    assert ("Trường Cao đẳng Kỹ thuật Công nghệ Quy Nhơn", "Trường Cao đẳng Kỹ thuật Công nghệ Quy Nhơn",
            "lead") in assigned
    assert ("các cơ sở GDNN", "Các cơ sở giáo dục nghề nghiệp", "partner") in assigned
    # not: a list of agencies, a tail of others, households
    assert ("Sở Tài chính", "Sở Tài chính", "partner") in assigned and ("Sở Nội vụ", "Sở Nội vụ", "partner") in assigned
    assert not any(t.startswith("Sở Tài chính ") or "hộ kinh doanh" in t for t, _, _ in assigned)


PRODUCT_TABLE = """1. Danh mục nhiệm vụ
| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm |
|---|---|---|---|---|---|
| 1 | Cấp mới mã số vùng trồng | Sở Y tế | Sở Tài chính | Cả năm | Cấp mới ít nhất 45 mã số |
| 2 | Củng cố hợp tác xã | Sở Y tế | Sở Tài chính | Quý III/2025 | 20 HTX được hỗ trợ |
| 3 | Tổng hợp tình hình | Sở Y tế | Sở Tài chính | Tháng 6/2024 | Báo cáo 6 tháng |
| 4 | Ban hành quy chế | Sở Y tế | Sở Tài chính | Quý II/2024 | Quyết định số 12/QĐ-UBND |
"""


def test_counts_in_a_product_column_are_targets_due_in_their_rows_time(tmp_path):
    targets = [t for t in parse(tmp_path, PRODUCT_TABLE)["targets"] if t.section_id == "I/1"]
    # (a span of time, `Báo cáo 6 tháng`, and a document number count nothing)
    assert [(t.text, t.comparator, t.value, t.unit_kind, t.target_year) for t in targets] == [
        ("ít nhất 45 mã", "gte", 45, "count", 2024), ("20 HTX", "eq", 20, "count", 2025)]


FLAT_INDICATORS = """2. Mục tiêu cụ thể năm 2025
TT
\tChỉ tiêu
\tĐơn vị tính
\tKế hoạch năm 2025

1
\tSố dự án khởi nghiệp được hỗ trợ
\tDự án
\tÍt nhất 15

2
\tTỷ lệ dự án gọi được vốn
\t%
\t30 - 35

• Phấn đấu có ít nhất 02 doanh nghiệp gọi vốn.
"""


def test_an_indicator_table_of_tabbed_cells_one_a_line_gives_its_targets(tmp_path):
    targets = [t for t in parse(tmp_path, FLAT_INDICATORS)["targets"] if t.section_id == "I/2"]
    assert [(t.text, t.comparator, t.value, t.value_max, t.unit_kind, t.target_year) for t in targets][:2] == [
        ("Ít nhất 15", "gte", 15, None, "count", 2025), ("30 - 35", "range", 30, 35, "percent", 2025)]
    assert targets[0].indicator == "Số dự án khởi nghiệp được hỗ trợ"


FLAT_SPACED = """2. Danh mục nhiệm vụ trọng tâm
TT

Nhiệm vụ

Đơn vị chủ trì

Đơn vị phối hợp

Thời gian hoàn thành

1

Cập nhật cổng thông tin khởi nghiệp

Văn phòng Sở

Sở Tư pháp

Thường xuyên

2

Rà soát quy chế quản lý nhiệm vụ

Sở Tài chính

UBND các huyện

Quý I/2025

III. KINH PHÍ
"""


def test_a_table_with_a_blank_line_between_cells_is_read_a_paragraph_a_cell(tmp_path):
    tables = parse(tmp_path, FLAT_SPACED)
    flat = [t for t in rows_from_tables(tables, "tasks") if t.section_id == "I/2"]
    assert [(t.lead, t.partners, t.timeframe) for t in flat] == [
        (["Văn phòng Sở"], ["Sở Tư pháp"], "Thường xuyên"),
        (["Sở Tài chính"], ["Ủy ban nhân dân các huyện"], "Quý I/2025")]  # (the heading after it is no cell)


DRAFTING_TABLE = """1. Danh mục văn bản quy định chi tiết
| TT | Tên văn bản | Cơ quan chủ trì soạn thảo | Cơ quan phối hợp | Cấp trình | Thời hạn trình |
|---|---|---|---|---|---|
| 1 | Quyết định quy định giá dịch vụ y tế | Sở Y tế | Sở Tư pháp; Sở Tài chính | Ủy ban nhân dân tỉnh | Quý III/2024 |
| 2 | Nghị quyết quy định mức chi hỗ trợ | Sở Tài chính | Sở Tư pháp | Hội đồng nhân dân tỉnh | Trước ngày 01/7/2024 |
2. Đề án trình trong năm
| STT | Tên đề án | Cơ quan trình | Thời gian trình |
|---|---|---|---|
| 1 | Đề án phát triển y tế cơ sở | Sở Y tế | Tháng 6/2024 |
3. Văn bản liên quan
| TT | Số, ký hiệu văn bản | Ngày ban hành | Cơ quan ban hành |
|---|---|---|---|
| 1 | 12/2023/QĐ-UBND | 10/5/2023 | Sở Tư pháp |
"""


def test_a_drafting_programme_gives_a_task_per_document_to_draft(tmp_path):
    tables = parse(tmp_path, DRAFTING_TABLE)
    tasks = [t for t in rows_from_tables(tables, "tasks") if t.section_id and t.section_id.startswith("I/")]
    # (`Tên văn bản`/`Tên đề án` name the task; the drafting or submitting body leads;
    # `Thời hạn trình`/`Thời gian trình` is the deadline; `Cấp trình` is no lead)
    assert [(t.section_id, t.lead, t.partners, t.timeframe) for t in tasks] == [
        ("I/1", ["Sở Y tế"], ["Sở Tư pháp", "Sở Tài chính"], "Quý III/2024"),
        ("I/1", ["Sở Tài chính"], ["Sở Tư pháp"], "Trước ngày 01/7/2024"),
        ("I/2", ["Sở Y tế"], [], "Tháng 6/2024")]
    deadlines = [(d.text, d.kind) for d in rows_from_tables(tables, "deadlines") if d.section_id in ("I/1", "I/2")]
    assert deadlines == [("Quý III/2024", "timeframe"), ("Trước ngày 01/7/2024", "deadline"),
                         ("Tháng 6/2024", "timeframe")]
    # not a task table: a list of the documents a plan rests on
    assert not any(t.section_id == "I/3" for t in rows_from_tables(tables, "tasks"))
    assert not any(a.section_id == "I/3" for a in rows_from_tables(tables, "assignments"))


CLASS_TABLE = (
    "TT\tTên lớp\tĐối tượng\tSố lượng học viên\tThời gian\tĐơn vị tổ chức\n"
    "1\tBồi dưỡng ngạch chuyên viên chính\tCông chức, viên chức đủ điều kiện\t120\tQuý II/2024\tSở Nội vụ\n"
    "2\tBồi dưỡng kỹ năng chuyển đổi số (02 lớp)\tCông chức làm công tác văn thư\t240\tTháng 3 - 12/2024\t"
    "Sở Khoa học và Công nghệ\n"
    "3\tBồi dưỡng kỹ năng tiếp công dân\tCông chức cấp xã\t150\tTháng 9/2024\tThanh tra tỉnh\n"
    "\tCộng (4 lớp)\t\t510\t\t\n")


def test_a_schedule_of_classes_gives_each_class_its_organiser_and_time(tmp_path):
    # (`Tên lớp` names the tasks, `Đơn vị tổ chức` the body that holds each class)
    tables = parse(tmp_path, CLASS_TABLE)
    tasks = [t for t in rows_from_tables(tables, "tasks") if t.section_id == "I/1"]
    assert [(t.lead, t.timeframe) for t in tasks if t.lead] == [
        (["Sở Nội vụ"], "Quý II/2024"), (["Sở Khoa học và Công nghệ"], "Tháng 3 - 12/2024"),
        (["Thanh tra"], "Tháng 9/2024")]
    leads = [a for a in rows_from_tables(tables, "assignments") if a.section_id == "I/1"]
    assert [(a.text, a.role) for a in leads] == [
        ("Sở Nội vụ", "lead"), ("Sở Khoa học và Công nghệ", "lead"), ("Thanh tra tỉnh", "lead")]
    deadlines = [d for d in rows_from_tables(tables, "deadlines") if d.section_id == "I/1"]
    assert [(d.text, d.kind, d.year) for d in deadlines] == [
        ("Quý II/2024", "timeframe", 2024), ("Tháng 3 - 12/2024", "timeframe", 2024),
        ("Tháng 9/2024", "timeframe", 2024)]


def test_a_place_or_form_of_holding_names_no_organiser_column(tmp_path):
    # (`Địa điểm tổ chức`, `Hình thức tổ chức` say where and how, not who)
    table = CLASS_TABLE.replace("Đơn vị tổ chức", "Địa điểm tổ chức").replace("Thời gian", "Hình thức tổ chức")
    tasks = [t for t in rows_from_tables(parse(tmp_path, table), "tasks") if t.section_id == "I/1"]
    assert not tasks


def test_a_table_by_year_dates_each_value_by_its_rows_year(tmp_path):
    body_table = ("| Năm | Chỉ tiêu | Giá trị |\n|---|---|---|\n"
                  "| 2025 | Tỷ lệ xã có mô hình phân loại chất thải rắn sinh hoạt tại nguồn | 50% |\n"
                  "| 2026 | Tỷ lệ chất thải rắn sinh hoạt được tái chế | 25% - 30% |\n")
    tables = parse(tmp_path, body_table)
    rows = [t for t in tables["targets"] if t.section_id == "I/1"]
    assert [(t.text, t.comparator, t.value, t.value_max, t.target_year) for t in rows] == [
        ("50%", "eq", 50, None, 2025), ("25% - 30%", "range", 25, 30, 2026)]


LAYOUT_BY_PLACE = """
Chỉ  tiêu năm 2024 phân bổ theo địa bàn như sau (chỉ tiêu tuyển sinh của các cơ sở
giáo dục nghề nghiệp do tỉnh quản lý được giao riêng):

  STT   Huyện/thị xã/thành phố       Đào tạo nghề (người)  Giải quyết việc làm (người)
   1    Thành phố Quy Nhơn                  4.200                   6.800
   2    Huyện An Lão                          500                     900
   3    Các cơ sở GDNN do tỉnh quản lý      6.000                     -
        Tổng cộng                          10.700                   7.700

        III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU
        Kiểm  tra việc thực hiện  chính sách giáo dục  nghề nghiệp, việc làm  tại 05 cơ sở
"""


def layout_targets(tmp_path: Path, appendix: str, header: str = "STT   ", after: str = "III. NHIỆM VỤ"):
    """The targets read between a table's header line and the heading after it."""
    path = tmp_path / "plan.txt"
    path.write_text(PLAN.format(body_table=appendix), encoding="utf-8")
    out = parse_document(path, "plan.txt")
    text = path.read_text(encoding="utf-8")
    return [t for t in out.tables["targets"] if text.index(header) < t.start < text.index(after)]


def test_a_pdftotext_layout_table_by_place_gives_each_number_cell_as_a_target(tmp_path):
    # (a `Huyện/thị xã/thành phố` place column; the year from the title; `-` is no value;
    # the total row without a number is a row of its own, not a wrap of the row above)
    rows = layout_targets(tmp_path, LAYOUT_BY_PLACE)
    assert [(t.text, t.value, t.unit_kind, t.target_year, t.indicator_code) for t in rows] == [
        ("4.200", 4200, "count", 2024, None),
        ("6.800", 6800, "count", 2024, "new_jobs"),
        ("500", 500, "count", 2024, None),
        ("900", 900, "count", 2024, "new_jobs"),
        ("6.000", 6000, "count", 2024, None),
        ("10.700", 10700, "count", 2024, None),
        ("7.700", 7700, "count", 2024, "new_jobs"),
    ]
    assert rows[-1].sentence.startswith("Tổng cộng: Giải quyết việc làm")


def test_a_layout_table_by_place_of_results_and_justified_prose_set_no_targets(tmp_path):
    results = LAYOUT_BY_PLACE.replace("Chỉ  tiêu năm 2024 phân bổ", "Kết quả thực hiện năm 2023")
    assert layout_targets(tmp_path, results) == []
    prose = ("\n        Kiểm  tra việc thực hiện  chính sách giáo dục  nghề nghiệp (người)\n"
             "  STT   Huyện  thị xã  thành phố  (người)\n   1    Quy  Nhơn  4.200  đạt\n\n        III. NHIỆM VỤ\n")
    assert layout_targets(tmp_path, prose) == []


BY_LEVEL = """
2. Chỉ tiêu cụ thể năm 2026 theo cấp học

| Chỉ tiêu | Mầm non | Tiểu học | THCS | THPT |
|---|---|---|---|---|
| Tỷ lệ giáo viên sử dụng học liệu số (%) | 60 | 80 | 85 | 90 |
| Tỷ lệ học sinh được đánh giá theo Khung năng lực số (%) | – | 50 | 60 | ≥ 70 |
| Số trường triển khai học bạ số | 120 | 210 | 145 | 38 |
"""


def test_a_table_with_a_column_per_school_level_gives_each_cell_as_a_target(tmp_path):
    # (the unit from the row's brackets or its `Số …` noun, the year from the heading; `–` is no value)
    rows = by_place_targets(tmp_path, BY_LEVEL)
    assert [(t.text, t.comparator, t.value, t.unit_kind, t.target_year) for t in rows] == [
        ("60", "eq", 60, "percent", 2026), ("80", "eq", 80, "percent", 2026),
        ("85", "eq", 85, "percent", 2026), ("90", "eq", 90, "percent", 2026),
        ("50", "eq", 50, "percent", 2026), ("60", "eq", 60, "percent", 2026),
        ("≥ 70", "gte", 70, "percent", 2026),
        ("120", "eq", 120, "count", 2026), ("210", "eq", 210, "count", 2026),
        ("145", "eq", 145, "count", 2026), ("38", "eq", 38, "count", 2026),
    ]


def test_a_table_by_school_level_under_a_heading_of_results_sets_no_targets(tmp_path):
    results = BY_LEVEL.replace("2. Chỉ tiêu cụ thể năm 2026 theo cấp học", "2. Kết quả thực hiện năm 2025 theo cấp học")
    assert [t for t in by_place_targets(tmp_path, results) if t.text in {"85", "145", "38"}] == []


PROJECTS = """
3. Danh mục dự án nhà ở xã hội năm 2026
Bảng: Danh mục dự án chuyển tiếp hoàn thành năm 2026
| STT | Tên dự án | Xã, phường | Quy mô dự án (căn / m2 sàn) | Tổng mức đầu tư (tỷ đồng)\
 | Chỉ tiêu hoàn thành năm 2026 (căn) | Dự kiến hoàn thành |
|---|---|---|---|---|---|---|
| 1 | Nhà ở xã hội Khu dân cư Phường 5 | Phường Long An | 1.152 căn / 80.300 m2 | 1.238 | 1.152 | Quý IV/2026 |
| 2 | Nhà ở công nhân Khu công nghiệp Tân Đức | Xã Hậu Nghĩa | 860 căn / 52.400 m2 | 790 | - | Khởi công Quý II/2026 |
| | Cộng | | 2.012 căn | 2.028 | 1.152 | |
"""


def test_a_project_table_gives_its_target_column_not_its_scale_or_investment(tmp_path):
    # (scale, floor area and investment are facts about each project; only the column
    # headed as a target (`Chỉ tiêu hoàn thành năm 2026 (căn)`) holds targets)
    rows = by_place_targets(tmp_path, PROJECTS)
    assert [(t.text, t.value, t.unit, t.unit_kind, t.target_year) for t in rows] == [
        ("1.152", 1152, "căn", "count", 2026), ("1.152", 1152, "căn", "count", 2026)]


BY_TRADE = """
Chỉ tiêu cụ thể theo ngành, nghề và trình độ đào tạo:

| TT | Ngành, nghề đào tạo | Cao đẳng | Trung cấp | Sơ cấp | Cộng |
|---|---|---|---|---|---|
| 1 | Công nghệ ô tô | 120 | 150 | 80 | 350 |
| 2 | Công nghệ thông tin (ứng dụng phần mềm) | 135 | 110 | – | 245 |
| | Tổng cộng | 255 | 260 | 80 | 595 |
"""


def test_a_quota_table_by_trade_and_level_gives_each_cell_as_a_target(tmp_path):
    # (the row's trade stands for the indicator; a heading that sets goals without a
    # year leaves the year unsaid; the `Cộng` column and `Tổng cộng` row are sums, kept;
    # the trade's brackets name no unit)
    rows = by_place_targets(tmp_path, BY_TRADE)
    assert [(t.text, t.comparator, t.value, t.target_year) for t in rows] == [
        ("120", "eq", 120, None), ("150", "eq", 150, None), ("80", "eq", 80, None), ("350", "eq", 350, None),
        ("135", "eq", 135, None), ("110", "eq", 110, None), ("245", "eq", 245, None),
        ("255", "eq", 255, None), ("260", "eq", 260, None), ("80", "eq", 80, None), ("595", "eq", 595, None),
    ]
    assert rows[4].sentence.startswith("Công nghệ thông tin") and rows[4].unit is None
    # (a quota's places are people to enrol: counts, traced to the label column's rule)
    assert {(t.unit_kind, t.rule_id) for t in rows} == {("count", "appendix.indicator_col.label")}


def test_a_table_by_trade_of_results_or_of_scale_sets_no_targets(tmp_path):
    results = BY_TRADE.replace("Chỉ tiêu cụ thể theo ngành, nghề và trình độ đào tạo:",
                               "Kết quả tuyển sinh năm 2025 theo ngành, nghề và trình độ đào tạo:")
    assert by_place_targets(tmp_path, results) == []
    scale = BY_TRADE.replace("Chỉ tiêu cụ thể theo ngành, nghề và trình độ đào tạo:",
                             "Quy mô đào tạo hiện có của Nhà trường:")
    assert by_place_targets(tmp_path, scale) == []


def test_share_column_of_a_table_by_unit_is_no_target():
    """`Tỷ trọng (%)` is each unit's share of the total, not a goal it is given."""
    from pipeline.extract import appendix
    rule = appendix._rules().by_id("appendix.locality_col.measure")
    assert not rule.match("Tỷ trọng (%)")
    assert not rule.match("Tỷ trọng trên tổng thu (%)")
    assert rule.match("Tỷ lệ hộ nghèo giảm (%)")


BY_UNIT_ASSIGNED = """
3. Phân bổ dự toán thu NSNN năm 2027 theo đơn vị
Thuế tỉnh giao chỉ tiêu dự toán thu NSNN năm 2027 cho các đơn vị như sau:

*ĐVT: tỷ đồng*

| STT | Đơn vị | Địa bàn quản lý chủ yếu | Dự toán giao năm 2027 | Tỷ trọng (%) |
|---|---|---|---|---|
| 1 | Thuế cơ sở 1 tỉnh An Giang | Phường Rạch Giá | 2.350 | 12,7 |
| 2 | Thuế cơ sở 6 tỉnh An Giang | Các xã Tân Hiệp | 850 | 4,6 |
"""


def test_an_assigned_estimate_column_takes_the_unit_and_scale_of_the_dvt_line(tmp_path):
    # (`tỷ đồng` over the table: the cells are billions of đồng, as `2.350 tỷ đồng` in a
    # sentence is; the share column `Tỷ trọng (%)` sets no target)
    rows = by_place_targets(tmp_path, BY_UNIT_ASSIGNED)
    assert [(t.text, t.value, t.unit, t.unit_kind, t.target_year) for t in rows] == [
        ("2.350", 2.35e12, "đồng", "money", 2027), ("850", 8.5e11, "đồng", "money", 2027)]


def test_money_to_spend_or_a_table_under_no_goal_title_sets_no_targets(tmp_path):
    spent = BY_UNIT_ASSIGNED.replace("Dự toán giao năm 2027", "Dự toán chi năm 2027")
    assert by_place_targets(tmp_path, spent) == []
    facts = BY_UNIT_ASSIGNED.replace("Thuế tỉnh giao chỉ tiêu dự toán thu NSNN năm 2027 cho các đơn vị như sau:",
                                     "Kết quả phân bổ như sau:").replace("3. Phân bổ dự toán thu NSNN năm 2027 theo đơn vị", "")
    assert by_place_targets(tmp_path, facts) == []


def test_a_unit_column_with_a_scale_word_multiplies_its_values(tmp_path):
    body_table = ("| TT | Chỉ tiêu | ĐVT | Năm 2024 |\n|---|---|---|---|\n"
                  "| 1 | Thu nhập bình quân đầu người | Triệu đồng/người/năm | 52 |\n"
                  "| 2 | Tỷ lệ hộ nghèo | % | 1,5 |")
    rows = [t for t in parse(tmp_path, body_table)["targets"] if t.section_id == "I/1"]
    assert [(t.text, t.value, t.unit, t.unit_kind) for t in rows] == [
        ("52", 52e6, "đồng/người/năm", "money"), ("1,5", 1.5, "%", "percent")]


CALL_UP = """
b) Phân bổ chỉ tiêu cho các xã, phường
Ủy ban nhân dân tỉnh giao chỉ tiêu tuyển quân năm 2027 cho các xã, phường như sau:

| STT | Đơn vị | Nhập ngũ (Quân đội) | Nghĩa vụ CAND | Dự phòng | Ban CHPTKV phụ trách |
|---|---|---|---|---|---|
| 1 | Phường Tân Phong | 85 | 14 | 9 | Khu vực 1 |
| 16 | Các xã còn lại (23 xã) | 715 | 81 | 70 | Khu vực 1 – 4 |
"""


def test_a_call_up_quota_table_by_place_counts_each_force_column(tmp_path):
    # (`Nhập ngũ`, `Nghĩa vụ CAND` name no unit: each cell counts citizens to call up; the
    # bracket names the force, not a unit; the reserve and the area in charge are no target)
    rows = by_place_targets(tmp_path, CALL_UP)
    assert [(t.text, t.value, t.unit_kind, t.target_year) for t in rows] == [
        ("85", 85, "count", 2027), ("14", 14, "count", 2027), ("715", 715, "count", 2027), ("81", 81, "count", 2027)]
    assert rows[3].sentence == "Các xã còn lại (23 xã): Nghĩa vụ CAND"


def test_a_call_up_table_of_results_sets_no_targets(tmp_path):
    done = CALL_UP.replace("giao chỉ tiêu tuyển quân năm 2027", "tổng hợp kết quả tuyển quân năm 2026").replace(
        "Phân bổ chỉ tiêu cho", "Kết quả của")
    assert by_place_targets(tmp_path, done) == []


MONTH_SCHEDULE = """
| TT | Nội dung hoạt động | T9 | T10 | T11 | T12 | T1 | Người/bộ phận thực hiện |
|---|---|---|---|---|---|---|---|
| 1 | Khám sức khỏe đầu năm cho học sinh | x | x | | | | Trung tâm Y tế huyện phối hợp Trạm Y tế xã |
| 2 | Tổng vệ sinh, diệt bọ gậy | x | | | x | | Ban Giám hiệu; Liên đội |
"""


def test_a_month_schedule_reads_its_performer_column_as_leads_in_its_section(tmp_path):
    # (a school's `T9 … T5` schedule with `x` marks, inside the body: its last column
    # names who does each row; a body after `phối hợp` in that cell is a partner)
    tables = parse(tmp_path, MONTH_SCHEDULE)
    rows = [(a.text, a.role, a.section_id) for a in tables["assignments"] if a.rule_id.startswith("appendix.")
            and a.section_id == "I/1"]
    assert ("Trung tâm Y tế huyện", "lead", "I/1") in rows
    assert ("Trạm Y tế xã", "partner", "I/1") in rows
    assert ("Trạm Y tế xã", "lead", "I/1") not in rows
    assert ("Ban Giám hiệu", "lead", "I/1") in rows
    assert ("Liên đội", "lead", "I/1") in rows


def test_a_column_of_partners_or_signers_is_no_performer_column(tmp_path):
    # (`Người phối hợp`, `Người ký` name no lead: the row's bodies there are not leads)
    table = MONTH_SCHEDULE.replace("Người/bộ phận thực hiện", "Người phối hợp")
    tables = parse(tmp_path, table)
    assert not [a for a in tables["assignments"] if a.section_id == "I/1" and a.role == "lead"]


TWO_ROW_HEADER = """
Biểu số 01
CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025
| TT | Chỉ tiêu | Đơn vị tính | Năm 2024 | | Kế hoạch năm 2025 | |
| | | | Kế hoạch | Ước thực hiện | Kế hoạch | So với năm 2024 (%) |
|---|---|---|---|---|---|---|
| 1 | Tỷ lệ dân số tham gia bảo hiểm y tế | % | 94,5 | 94,8 | 95,5 | 100,7 |
| 2 | Số xã đạt chuẩn nông thôn mới | xã | 78 | 80 | 86 | 107,5 |
"""


def test_a_header_on_two_rows_is_read_as_one(tmp_path):
    # (`Kế hoạch năm 2025` spans two columns: its `Kế hoạch` is the 2025 target, its
    # `So với` a comparison; `Năm 2024` is reported on, so its plan is a baseline)
    rows = [t for t in by_place_targets(tmp_path, TWO_ROW_HEADER.replace("| STT", "| TT"))]
    rows = [t for t in rows if t.start > (PLAN.format(body_table="") + TWO_ROW_HEADER).index("| TT |")]
    assert [(t.text, t.value, t.unit_kind, t.target_year, t.indicator_code) for t in rows] == [
        ("95,5", 95.5, "percent", 2025, "bhyt_coverage"), ("86", 86, "count", 2025, None)]


def test_a_header_on_two_rows_under_a_results_title_sets_no_targets(tmp_path):
    results = TWO_ROW_HEADER.replace("II. MỤC TIÊU", "").replace("Biểu số 01\n", "II. KẾT QUẢ THỰC HIỆN NĂM 2024\n")
    rows = [t for t in by_place_targets(tmp_path, results)
            if t.start > (PLAN.format(body_table="") + results).index("| TT |")]
    assert rows == []



MARKDOWN_TWO_ROW_HEADER = """
Bảng 1. CÁC CHỈ TIÊU CHỦ YẾU
| TT | Chỉ tiêu | Thực hiện năm 2023 | | Kế hoạch năm 2025 | |
|---|---|---|---|---|---|
| | | Số lượng | Tỷ lệ (%) | Số lượng | Tỷ lệ (%) |
| 1 | Người cao tuổi được khám sức khỏe định kỳ (người) | 12.400 | 61,5 | 15.000 | ≥ 75 |
"""


def test_a_markdown_header_keeps_its_second_row_under_the_rule(tmp_path):
    # (Markdown keeps one header row: the unit names come as the first row under `|---|`;
    # each year's `Tỷ lệ (%)` column is read in percent, its `Số lượng` in the row's unit)
    rows = by_place_targets(tmp_path, MARKDOWN_TWO_ROW_HEADER, "| TT |")
    assert [(t.text, t.comparator, t.value, t.unit_kind, t.target_year) for t in rows] == [
        ("15.000", "eq", 15000, "count", 2025), ("≥ 75", "gte", 75, "percent", 2025)]


QUOTA_BY_CLUSTER = """
3. Chỉ tiêu năm 2025 phân bổ theo cụm khu phố
Cụm     Khu phố          Số hộ     Hộ ký cam kết    Camera lắp mới
Cụm 1   KP 1 - KP 11     10.214    9.400            45
Cụm 2   KP 12 - KP 21     9.873    9.080            40
"""


def test_a_layout_table_of_quotas_by_cluster_passes_over_the_places_facts(tmp_path):
    # (`Số hộ` says how large each cluster is; the columns named by what they count are its quotas)
    rows = by_place_targets(tmp_path, QUOTA_BY_CLUSTER, "Cụm     Khu phố")
    assert [(t.text, t.value, t.unit_kind, t.target_year) for t in rows] == [
        ("9.400", 9400, "count", 2025), ("45", 45, "count", 2025),
        ("9.080", 9080, "count", 2025), ("40", 40, "count", 2025)]


ROADMAP_BY_YEAR = """
Bảng 01. LỘ TRÌNH THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 – 2030
| TT | Chỉ tiêu | ĐVT | Lộ trình thực hiện | | |
| | | | 2026 | 2027 | 2028 |
|---|---|---|---|---|---|
| 1 | Tỷ lệ trẻ em 6 - 16 tuổi biết bơi an toàn | % | 45 | 50 | ≥ 55 |
| 2 | Số bể bơi được đầu tư xây dựng mới (cộng dồn) | bể | 10 | 22 | 35 |
"""


def test_a_name_spanning_years_on_a_second_header_row_dates_each_column(tmp_path):
    # (`Lộ trình thực hiện` over `2026 | 2027 | 2028`: each year names its own column)
    rows = by_place_targets(tmp_path, ROADMAP_BY_YEAR, "| TT")
    assert [(t.text, t.comparator, t.value, t.unit_kind, t.target_year) for t in rows] == [
        ("45", "eq", 45, "percent", 2026), ("50", "eq", 50, "percent", 2027), ("≥ 55", "gte", 55, "percent", 2028),
        ("10", "eq", 10, "count", 2026), ("22", "eq", 22, "count", 2027), ("35", "eq", 35, "count", 2028)]


GROUP_TABLE = """
PHỤ LỤC II
CHỈ TIÊU ĐÀO TẠO NGHỀ NĂM 2024 THEO NHÓM XÃ
| TT | Chỉ tiêu | ĐVT | Ước TH 2023 | KH 2024 | Nhóm 1 (phường) | Nhóm 2 (xã miền núi) |
|---|---|---|---|---|---|---|
| 1 | Tuyển sinh, đào tạo nghề nghiệp | Người | 30.450 | 32.000 | 11.500 | - |
| 2 | Tỷ lệ thất nghiệp khu vực thành thị | % | 3,1 | < 3 | < 3 | - |
"""


def test_a_plan_column_and_its_group_columns_are_targets_not_the_estimate(tmp_path):
    # (`Ước TH 2023` is what was done; `KH 2024` and each group's share are 2024 targets)
    rows = by_place_targets(tmp_path, GROUP_TABLE)
    assert [(t.text, t.value, t.comparator, t.unit_kind, t.target_year) for t in rows] == [
        ("32.000", 32000, "eq", "count", 2024), ("11.500", 11500, "eq", "count", 2024),
        ("< 3", 3, "lt", "percent", 2024), ("< 3", 3, "lt", "percent", 2024)]


HECTARES = """
3. Chỉ tiêu trồng rừng tập trung năm 2024 phân theo xã
| STT | Xã | Trồng rừng tập trung (ha) | Khoanh nuôi tái sinh (ha) |
|---|---|---|---|
| 1 | Mường Lát | 95 | 420 |
"""


def test_a_unit_in_brackets_of_a_column_name_gives_its_cells_unit(tmp_path):
    rows = by_place_targets(tmp_path, HECTARES)
    assert [(t.text, t.value, t.unit, t.unit_kind, t.target_year) for t in rows] == [
        ("95", 95, "ha", "area", 2024), ("420", 420, "ha", "area", 2024)]


def test_hours_of_a_programme_are_no_deadlines_and_two_months_are_two(tmp_path):
    table = """
| STT | Nội dung công việc | Đơn vị chủ trì | Thời gian |
|---|---|---|---|
| 1 | Khai mạc hội nghị | Văn phòng Sở | 07h30 – 08h00 |
| 2 | Sơ kết, tổng kết | Sở Y tế | Tháng 6/2024 và tháng 12/2024 |
"""
    tables = parse(tmp_path, table)
    said = [(d.text, d.month, d.year) for d in tables["deadlines"] if d.section_id == "I/1"]
    assert said == [("Tháng 6/2024", 6, 2024), ("tháng 12/2024", 12, 2024)]


def test_a_schedule_by_place_gives_each_round_date_as_a_timeframe(tmp_path):
    body_table = ("| TT | Tên ấp | Số hộ | Đợt 1 | Đợt 2 |\n|---|---|---|---|---|\n"
                  "| 1 | Ấp 1 | 415 | 21/3/2026 | 13/6/2026 |\n| | Cộng | 3.264 | | |")
    deadlines = [d for d in rows_from_tables(parse(tmp_path, body_table), "deadlines") if "/2026" in d.text]
    assert [(d.text, d.kind, str(d.date)) for d in deadlines] == [
        ("21/3/2026", "timeframe", "2026-03-21"), ("13/6/2026", "timeframe", "2026-06-13")]


def test_a_table_by_place_without_round_columns_gives_no_dates(tmp_path):
    body_table = ("| TT | Tên ấp | Số hộ | Ngày kiểm tra |\n|---|---|---|---|\n| 1 | Ấp 1 | 415 | 21/3/2026 |")
    assert not [d for d in rows_from_tables(parse(tmp_path, body_table), "deadlines") if d.text == "21/3/2026"]


SUBMISSION_TABLE = """
| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Cấp trình | Thời gian trình/hoàn thành |
|---|---|---|---|---|---|
| 1 | Báo cáo công tác tư pháp năm 2026 | Văn phòng Sở | Các phòng | UBND tỉnh, Bộ Tư pháp | Tháng 12 |
| 2 | Tham mưu trả lời chất vấn | Văn phòng Sở | | Chủ tịch UBND tỉnh | Theo yêu cầu |
"""


def test_a_submission_column_names_whom_the_product_goes_to_and_on_request_is_no_time(tmp_path):
    tables = parse(tmp_path, SUBMISSION_TABLE)
    roles = [(a.agency, a.role) for a in rows_from_tables(tables, "assignments") if a.start > 0]
    assert ("Ủy ban nhân dân tỉnh", "report_to") in roles and ("Bộ Tư pháp", "report_to") in roles
    assert ("Văn phòng Sở", "lead") in roles and ("Các phòng", "partner") in roles
    times = [d.text for d in rows_from_tables(tables, "deadlines")]
    assert "Tháng 12" in times and "Theo yêu cầu" not in times


BY_MAJOR = """2. Chỉ tiêu tuyển sinh năm 2026
Chỉ tiêu cụ thể theo ngành như sau:

| TT | Mã ngành | Tên ngành | Chỉ tiêu | Tổ hợp xét tuyển |
|---|---|---|---|---|
| 1 | 7140201 | Giáo dục Mầm non | 180 | M01, M09, C19 |
| 2 | 7480201 | Công nghệ thông tin | 550 | A00, A01, D01, X06 |
|  |  | **Tổng cộng** | **730** |  |
"""


def test_a_quota_column_by_major_gives_each_count_due_in_the_headings_year(tmp_path):
    # (one `Chỉ tiêu` column beside the majors: each bare number a count of places, due
    # in the year of the heading over the table; major and combination codes are none)
    tables = parse(tmp_path, BY_MAJOR)
    rows = [t for t in tables["targets"] if t.rule_id == "appendix.indicator_col.label"]
    assert [(t.text, t.value, t.unit_kind, t.target_year) for t in rows] == [
        ("180", 180, "count", 2026), ("550", 550, "count", 2026), ("730", 730, "count", 2026)]


def test_a_column_of_indicators_beside_fields_is_no_quota_column(tmp_path):
    # (`Lĩnh vực | Chỉ tiêu` whose cells are sentences: not counts of places)
    sentences = BY_MAJOR.replace("| 180 |", "| Tỷ lệ trẻ đến trường đạt 98% |").replace(
        "| 550 |", "| Có 20 doanh nghiệp số |").replace("| **730** |", "|  |")
    assert [t.text for t in parse(tmp_path, sentences)["targets"] if t.rule_id == "appendix.indicator_col.label"] == []


REVENUE_GOALS = """
1. Dự toán thu NSNN năm 2027

Dự toán thu NSNN năm 2027 trên địa bàn do Thuế tỉnh quản lý theo từng khoản thu như sau:

ĐVT: triệu đồng

| TT | Chỉ tiêu | Dự toán HĐND giao | Phấn đấu | So với thực hiện 2026 (%) |
|---|---|---|---|---|
| | **TỔNG THU NSNN DO THUẾ TỈNH QUẢN LÝ** | **9.850.000** | **10.342.500** | **106,8** |
| | Trong đó: Thu nội địa không kể tiền sử dụng đất | 7.355.000 | 7.722.750 | 109,4 |
| 1 | Thu từ doanh nghiệp nhà nước trung ương | 1.150.000 | 1.207.500 | 104,2 |
"""


def test_columns_of_the_assigned_estimate_and_the_striven_sum_are_targets_of_the_title_year(tmp_path):
    # (`Dự toán HĐND giao`, `Phấn đấu` name no year: the lines over the table give 2027;
    # `ĐVT: triệu đồng` scales the cells; the column compared with last year sets none)
    rows = [t for t in by_place_targets(tmp_path, REVENUE_GOALS) if t.unit_kind == "money"]
    assert [(t.text, t.value, t.target_year) for t in rows] == [
        ("9.850.000", 9.85e12, 2027), ("10.342.500", 1.03425e13, 2027),
        ("7.355.000", 7.355e12, 2027), ("7.722.750", 7.72275e12, 2027),
        ("1.150.000", 1.15e12, 2027), ("1.207.500", 1.2075e12, 2027)]
    assert not [t for t in by_place_targets(tmp_path, REVENUE_GOALS) if t.text in ("106,8", "109,4", "104,2")]


def test_money_to_spend_or_a_bare_estimate_column_is_no_goal_column():
    from pipeline.extract import appendix
    rule = appendix._rules().by_id("appendix.indicator_col.goal")
    assert rule.match("Dự toán HĐND giao") and rule.match("Phấn đấu")
    assert not rule.match("Dự toán chi giao")
    assert not rule.match("Dự toán")
    assert not rule.match("Kế hoạch")


SCORES = """
3. Bảng chỉ số chất lượng chủ yếu

| TT | Chỉ số | Đơn vị tính | Thực hiện năm 2026 | Mục tiêu năm 2027 |
|---|---|---|---|---|
| 1 | Điểm chất lượng theo Bộ tiêu chí | điểm | 3,61 | ≥ 3,8 |
| 2 | Số điểm tập kết rác thải đạt chuẩn | điểm | 12 | 20 |
"""


def test_a_unit_of_points_scores_the_row_unless_its_name_counts(tmp_path):
    # (`điểm` in a unit column is a score's points, not places; `Số điểm …` counts places)
    rows = by_place_targets(tmp_path, SCORES)
    assert [(t.text, t.value, t.comparator, t.unit_kind, t.target_year) for t in rows] == [
        ("≥ 3,8", 3.8, "gte", "other", 2027), ("20", 20, "eq", "count", 2027)]


def test_a_table_of_training_classes_leads_each_by_its_organiser_not_its_place(tmp_path):
    # (`Tên lớp bồi dưỡng` names the tasks; a school year is a timeframe with no year;
    # `Địa điểm` says where, so its schools are no leads)
    body_table = (
        "| TT | Tên lớp bồi dưỡng | Đối tượng | Số lượng học viên | Thời gian | Địa điểm | Đơn vị tổ chức |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 1 | Chuyên đề giáo dục STEAM | GV mầm non | 120 | Tháng 11/2024 | Trường Mầm non Hoa Phượng "
        "| Phòng GD&ĐT |\n"
        "| 2 | Dạy học tăng cường tiếng Việt | GV tiểu học | 85 | Học kỳ I năm học 2024 - 2025 "
        "| Trung tâm GDNN-GDTX huyện | Sở Y tế; Sở Nội vụ |\n")
    tables = parse(tmp_path, body_table)
    leads = [a for a in rows_from_tables(tables, "assignments") if a.section_id == "I/1"]
    assert [(a.text, a.role) for a in leads] == [
        ("Phòng GD&ĐT", "lead"), ("Sở Y tế", "lead"), ("Sở Nội vụ", "lead")]
    deadlines = [d for d in rows_from_tables(tables, "deadlines") if d.section_id == "I/1"]
    assert [(d.text, d.kind) for d in deadlines] == [
        ("Tháng 11/2024", "timeframe"), ("Học kỳ I năm học 2024 - 2025", "timeframe")]


def test_a_table_of_equipment_by_holder_gives_no_task_target_or_lead(tmp_path):
    # (a stock of equipment, `Đơn vị quản lý` who keeps it: capacities, not targets or work)
    body_table = (
        "| TT | Tên trang thiết bị | ĐVT | Số lượng | Đơn vị quản lý |\n|---|---|---|---|---|\n"
        "| 1 | Phao quây dầu tự nổi (cao 900 mm) | m | 1.200 | Kho xăng dầu Cửa Việt |\n"
        "| 2 | Thiết bị thu hồi dầu (công suất 50 m3/giờ) | bộ | 02 | Công an tỉnh |\n")
    tables = parse(tmp_path, body_table)
    for name in ("tasks", "assignments", "targets", "deadlines"):
        assert not [r for r in rows_from_tables(tables, name) if r.section_id == "I/1"], name


def test_a_schedule_of_meetings_by_group_gives_partners_and_timeframes(tmp_path):
    """`Tổ đại biểu` heads the task column of a meeting schedule: the group and its
    deputies (people) are no agencies, the `Đơn vị phối hợp` cell names partners."""
    body_table = ("| TT | Tổ đại biểu | Đại biểu | Thời gian | Địa điểm (xã, phường) | Đơn vị phối hợp |\n"
                  "|---|---|---|---|---|---|\n"
                  "| 1 | Tổ đại biểu số 1 | Ông Hoàng Đức Thắng; Bà Trần Thị Thu Hằng | 7h30, ngày 20/4/2024 "
                  "| Hội trường phường Đồng Hới | UBND phường Đồng Hới; Liên đoàn Lao động tỉnh |")
    tables = parse(tmp_path, body_table)
    row = next(t for t in rows_from_tables(tables, "tasks") if "Tổ đại biểu số 1" in t.text)
    inside = [a for a in tables["assignments"] if row.start <= a.start < row.end]
    assert [(a.agency, a.role) for a in inside] == [
        ("Ủy ban nhân dân phường Đồng Hới", "partner"), ("Liên đoàn Lao động", "partner")]
    dates = [d for d in tables["deadlines"] if row.start <= d.start < row.end]
    assert [(d.kind, d.date.isoformat()) for d in dates] == [("timeframe", "2024-04-20")]


def test_a_table_of_deputies_without_a_group_column_is_not_a_task_table(tmp_path):
    body_table = "TT | Đại biểu | Thời gian\n1 | Ông Hoàng Đức Thắng | 7h30, ngày 20/4/2024"
    tables = parse(tmp_path, body_table)
    assert not [t for t in rows_from_tables(tables, "tasks") if "Hoàng Đức Thắng" in t.text]


ASSET_TABLE = (
    "| STT | Tên cơ sở nhà, đất | Địa chỉ | Diện tích đất (m2) | Phương án xử lý | Đơn vị thực hiện | Thời hạn hoàn thành |\n"
    "|---|---|---|---|---|---|---|\n"
    "| 1 | Trụ sở UBND xã Hồng Thủy (cũ) | Thôn Thượng Phong, xã Lệ Thủy | 2.350 | Chuyển đổi làm Trạm y tế xã"
    " | UBND xã Lệ Thủy | Quý IV/2026 |\n"
    "| 2 | Trụ sở UBND phường Đồng Phú (cũ) | Đường Lý Thường Kiệt | 3.415,2 | Thu hồi, đấu giá quyền sử dụng đất"
    " | Trung tâm Phát triển quỹ đất tỉnh | Năm 2027 |\n"
    "| 3 | Trường THCS Bắc Nghĩa (cơ sở 2) | Tổ dân phố 7 | 5.210,4 | Điều chuyển cho Sở GD&ĐT | Sở GD&ĐT | trước 31/12/2026 |\n")


def test_a_list_of_sites_with_their_handling_is_a_task_table(tmp_path):
    # (a list of surplus offices: `Phương án xử lý` is each row's task, `Đơn vị thực hiện`
    # its lead, `Thời hạn hoàn thành` its time; the area column sets no target)
    tables = parse(tmp_path, ASSET_TABLE)
    rows = [t for t in rows_from_tables(tables, "tasks") if t.section_id == "I/1"]
    assert [(t.lead, t.timeframe) for t in rows] == [
        (["Ủy ban nhân dân xã Lệ Thủy"], "Quý IV/2026"),
        (["Trung tâm Phát triển quỹ đất"], "Năm 2027"),
        (["Sở Giáo dục và Đào tạo"], "trước 31/12/2026")]
    assert rows[1].text.count("Thu hồi, đấu giá") == 1
    deadlines = [(d.text, d.year) for d in rows_from_tables(tables, "deadlines") if d.section_id == "I/1"]
    assert deadlines == [("Quý IV/2026", 2026), ("Năm 2027", 2027), ("trước 31/12/2026", 2026)]
    assert not [t for t in tables["targets"] if "3.415" in t.text or "2.350" in t.text]


def test_a_list_of_sites_without_their_handling_is_no_task_table(tmp_path):
    # (with no column of what is done to each site, the rows are places, not tasks)
    table = ASSET_TABLE.replace("Phương án xử lý", "Hiện trạng sử dụng")
    assert not [t for t in rows_from_tables(parse(tmp_path, table), "tasks") if t.section_id == "I/1"]


PILOT_TABLE = (
    "| TT | Bài toán | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Chatbot hỏi đáp thủ tục hành chính trên Cổng Dịch vụ công | Sở Tư pháp | Sở Khoa học và Công nghệ | Quý III/2026 |\n"
    "| 2 | Phân tích hình ảnh camera giám sát giao thông | Công an tỉnh | Sở Xây dựng | Năm 2026 |\n"
    "| 3 | Dự báo, cảnh báo sớm mưa lũ, sạt lở | Sở Nông nghiệp và Môi trường | Sở Tài chính | 2026 - 2027 |\n")


def test_a_list_of_problems_to_pilot_is_a_task_table(tmp_path):
    # (`Bài toán` — an AI or digital use case to pilot — heads the task column)
    tables = parse(tmp_path, PILOT_TABLE)
    rows = [t for t in rows_from_tables(tables, "tasks") if t.section_id == "I/1"]
    assert [(t.lead, t.timeframe) for t in rows] == [
        (["Sở Tư pháp"], "Quý III/2026"), (["Công an"], "Năm 2026"),
        (["Sở Nông nghiệp và Môi trường"], "2026 - 2027")]
    partners = [(a.agency, a.role) for a in tables["assignments"]
                if a.section_id == "I/1" and a.role == "partner"]
    assert partners == [("Sở Khoa học và Công nghệ", "partner"), ("Sở Xây dựng", "partner"),
                        ("Sở Tài chính", "partner")]
    deadlines = [d.text for d in rows_from_tables(tables, "deadlines") if d.section_id == "I/1"]
    assert deadlines == ["Quý III/2026", "Năm 2026", "2026 - 2027"]


def test_a_table_of_problem_results_is_no_task_table(tmp_path):
    # (a column that only mentions a problem — its result, its cost — heads no tasks)
    table = PILOT_TABLE.replace("| Bài toán |", "| Hiệu quả của bài toán |")
    assert not [t for t in rows_from_tables(parse(tmp_path, table), "tasks") if t.section_id == "I/1"]


def test_a_schedule_of_inspections_dates_each_visit_and_names_no_actors(tmp_path):
    """`Đơn vị được kiểm tra` heads the visits of an inspection schedule: each time cell
    (`Sáng 21/4/2026`) is a timeframe, the units inspected and the people working with
    the team (`Thành phần làm việc`) are no actors."""
    body_table = ("| STT | Thời gian | Đơn vị được kiểm tra | Thành phần làm việc |\n"
                  "|---|---|---|---|\n"
                  "| 1 | Ngày 14/4/2026 | Sở Xây dựng | Đoàn kiểm tra; Giám đốc hoặc Phó Giám đốc, Văn phòng Sở |\n"
                  "| 2 | Sáng 21/4/2026 | UBND phường Đông Hà | Đoàn kiểm tra; Chủ tịch UBND phường |\n")
    tables = parse(tmp_path, body_table)
    rows = [t for t in rows_from_tables(tables, "tasks") if "Đông Hà" in t.text or "Sở Xây dựng" in t.text]
    assert len(rows) == 2
    inside = [a for a in tables["assignments"] if any(r.start <= a.start < r.end for r in rows)]
    assert inside == []
    dates = [d for d in tables["deadlines"] if any(r.start <= d.start < r.end for r in rows)]
    assert [(d.kind, d.date.isoformat()) for d in dates] == [("timeframe", "2026-04-14"), ("timeframe", "2026-04-21")]


def test_a_procuracy_calendar_by_what_it_examines_gives_each_visit_its_units(tmp_path):
    """`Đối tượng kiểm sát` heads a procuracy's calendar of visits (rs): each row's unit that carries
    it out leads, the one beside it is its partner; the facility examined is no actor."""
    body_table = ("TT\tĐối tượng kiểm sát\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời gian\n"
                  "1\tTrại tạm giam Công an tỉnh (định kỳ)\tPhòng Tổ chức cán bộ\tVăn phòng\tQuý II/2027\n"
                  "2\tTrại giam Xuân Hà\tVăn phòng\tPhòng Tổ chức cán bộ\tQuý IV/2027\n")
    tables = parse(tmp_path, body_table)
    rows = [t for t in rows_from_tables(tables, "tasks") if "Xuân Hà" in t.text or "định kỳ" in t.text]
    got = [(a.text, a.role) for a in tables["assignments"] if any(r.start <= a.start < r.end for r in rows)]
    assert got == [("Phòng Tổ chức cán bộ", "lead"), ("Văn phòng", "partner"),
                   ("Văn phòng", "lead"), ("Phòng Tổ chức cán bộ", "partner")]


def test_a_table_of_inspection_teams_without_a_time_column_is_not_a_schedule(tmp_path):
    body_table = "| STT | Đơn vị được kiểm tra | Thành phần làm việc |\n|---|---|---|\n| 1 | Sở Xây dựng | Đoàn kiểm tra |\n"
    tables = parse(tmp_path, body_table)
    assert not [t for t in rows_from_tables(tables, "tasks") if "Sở Xây dựng" in t.text]


ALLOCATION = """
3. Phân bổ diện tích chuyển đổi

**Bảng phân bổ diện tích chuyển đổi đất trồng lúa đến năm 2030**

STT   Xã, phường        Diện tích chuyển đổi (ha)   Cây trồng chính
1     xã Hoằng Hóa                260               Ngô, rau màu
2     xã Nga Sơn                  240               Nuôi trồng thủy sản kết hợp
                                                    (lúa – cá, lúa – tôm càng xanh)
"""


def test_a_space_aligned_allocation_by_place_gives_each_place_its_target(tmp_path):
    # (a layout table by place may end with a free column, `Cây trồng chính`; `phân bổ`
    # in its caption sets goals, `đến năm 2030` their year; the bracket gives the unit)
    rows = by_place_targets(tmp_path, ALLOCATION, header="STT   ")
    assert [(t.text, t.value, t.unit, t.unit_kind, t.target_year) for t in rows] == [
        ("260", 260, "ha", "area", 2030), ("240", 240, "ha", "area", 2030)]


def test_an_allocation_of_money_or_a_layout_paragraph_sets_no_targets(tmp_path):
    money = ALLOCATION.replace("3. Phân bổ diện tích chuyển đổi", "3. Kinh phí").replace(
        "phân bổ diện tích chuyển đổi đất trồng lúa", "phân bổ kinh phí")
    assert by_place_targets(tmp_path, money, header="STT   ") == []
    report = ALLOCATION.replace("3. Phân bổ diện tích chuyển đổi", "3. Kết quả").replace("Bảng phân bổ", "Kết quả phân bổ")
    assert by_place_targets(tmp_path, report, header="STT   ") == []


TAB_REVENUE_GOALS = (
    "II. CHỈ TIÊU THU NGÂN SÁCH NHÀ NƯỚC NĂM 2026\n1. Dự toán thu theo từng khoản thu\n\n"
    "STT\tNội dung thu\tDự toán tỉnh giao (triệu đồng)\tDự toán xã phấn đấu (triệu đồng)\tĐơn vị thực hiện\n"
    "1\tThu từ khu vực kinh tế ngoài quốc doanh\t4.850\t5.340\tThuế cơ sở 6\n")


def test_an_estimate_a_higher_level_assigns_and_the_striven_sum_are_targets_in_their_named_unit(tmp_path):
    # (`Dự toán tỉnh giao (triệu đồng)`: its bracket scales the cells to đồng, due in the title's 2026)
    rows = [t for t in by_place_targets(tmp_path, TAB_REVENUE_GOALS) if t.unit_kind == "money"]
    assert [(t.text, t.value, t.target_year) for t in rows] == [("4.850", 4.85e9, 2026), ("5.340", 5.34e9, 2026)]


def test_money_to_spend_named_by_a_higher_level_is_no_goal_column():
    from pipeline.extract import appendix
    rule = appendix._rules().by_id("appendix.indicator_col.goal")
    assert rule.match("Dự toán huyện giao") and rule.match("Dự toán cấp trên giao")
    assert not rule.match("Dự toán chi tỉnh giao (triệu đồng)")
    assert not rule.match("Dự toán xã giao")


SCHEDULE_FLAT = """7. Lịch tổ chức cụ thể
TT
Nội dung, đối tượng
Thời gian
Địa điểm
Chủ trì, chuẩn bị
Báo cáo viên
1
Hội nghị cấp xã: cán bộ chủ chốt, bí thư chi bộ
Ngày 15/3/2026
Hội trường UBND xã
Ban Xây dựng Đảng
Đ/c Bí thư Đảng ủy
2
Sinh hoạt chuyên đề tại chi bộ
Từ ngày 01/4 - 20/4/2026
Tại các chi bộ
Trung tâm Chính trị xã
Báo cáo viên Đảng ủy xã
"""


def test_a_flattened_schedule_with_place_and_speaker_columns_reads_each_lead_alone(tmp_path):
    """`Địa điểm` and `Báo cáo viên` are columns too (the header is read whole); a lead's name
    takes no line the columns after it need (the speaker is no body)."""
    tables = parse(tmp_path, SCHEDULE_FLAT)
    tasks = [t for t in rows_from_tables(tables, "tasks") if t.text.startswith(("1\nHội", "2\nSinh"))]
    assert [(t.lead, t.timeframe) for t in tasks] == [
        (["Ban Xây dựng Đảng"], "Ngày 15/3/2026"),
        (["Trung tâm Chính trị"], "Từ ngày 01/4 - 20/4/2026"),
    ]


ROADMAP = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 12/KH-UBND
Ninh Bình, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Phát triển điện mặt trời mái nhà giai đoạn 2026 - 2028
I. MỤC TIÊU
1. Lộ trình lắp đặt theo năm
Bảng 1. Lộ trình lắp đặt giai đoạn 2026 - 2028 (dự kiến)
TT\tNăm\tTrụ sở cơ quan (công trình)\tNhà ở hộ gia đình (hộ)
1\t2026\t120\t3.500
2\t2027\t180\t5.000
\tTổng cộng\t300\t8.500
{section}
Sở Công Thương chủ trì theo dõi.
Nơi nhận:
- Bộ Công Thương;
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Nam
"""


def roadmap_targets(tmp_path: Path, plan: str):
    path = tmp_path / "plan.txt"
    path.write_text(plan, encoding="utf-8")
    out = parse_document(path, "plan.txt")
    text = path.read_text(encoding="utf-8")
    return [t for t in out.tables["targets"] if text.index("TT\tNăm") < t.start < text.index("Sở Công Thương chủ trì")]


def test_a_roadmap_by_year_in_the_objectives_dates_each_value_by_its_row(tmp_path):
    # (a `Năm` column for the place column of a table by place; measures named with their
    # unit in brackets; the total row is due in no year)
    rows = roadmap_targets(tmp_path, ROADMAP.format(section="II. TỔ CHỨC THỰC HIỆN"))
    assert [(t.text, t.value, t.unit_kind, t.target_year) for t in rows] == [
        ("120", 120, "count", 2026), ("3.500", 3500, "count", 2026),
        ("180", 180, "count", 2027), ("5.000", 5000, "count", 2027),
        ("300", 300, "count", None), ("8.500", 8500, "count", None)]


def test_a_table_by_year_outside_the_objectives_under_no_goal_title_sets_no_targets(tmp_path):
    # (a count of works done each year in the situation section is a record, not a goal)
    plan = ROADMAP.replace("I. MỤC TIÊU", "I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN TRƯỚC").replace(
        "1. Lộ trình lắp đặt theo năm\nBảng 1. Lộ trình lắp đặt giai đoạn 2026 - 2028 (dự kiến)",
        "1. Số công trình đã lắp đặt theo năm")
    assert roadmap_targets(tmp_path, plan.format(section="II. TỔ CHỨC THỰC HIỆN")) == []


EVENTS = """
| TT | Sự kiện | Thời gian | Địa điểm | Đơn vị chủ trì | Đơn vị phối hợp |
|:--:|---|---|---|---|---|
| 1 | Lễ khai mạc Năm Du lịch | 27/3/2024 | Quảng trường | UBND tỉnh | Sở Y tế; Văn phòng Bộ |
| 2 | Festival Hoa | Quý II và Quý IV/2025 | Toàn tỉnh | Sở Y tế | Công an tỉnh |
"""


def test_a_calendar_of_events_names_each_event_a_task_with_its_lead_partners_and_time(tmp_path):
    tables = parse(tmp_path, EVENTS)
    tasks = [t for t in rows_from_tables(tables, "tasks") if t.section_id == "I/1"]
    assert [(t.lead, t.partners, t.timeframe) for t in tasks] == [
        (["Ủy ban nhân dân tỉnh"], ["Sở Y tế", "Văn phòng Bộ"], "27/3/2024"),
        (["Sở Y tế"], ["Công an"], "Quý II và Quý IV/2025")]
    deadlines = [d for d in rows_from_tables(tables, "deadlines") if d.section_id == "I/1"]
    # (two quarters before one year are both in it, not in the plan's 2024)
    assert [(d.text, d.kind, d.year) for d in deadlines] == [
        ("27/3/2024", "timeframe", 2024), ("Quý II và Quý IV/2025", "timeframe", 2025)]


INDICATORS_BY_LEAD = """SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 86/KH-SKHCN
Đồng Tháp, ngày 19 tháng 01 năm 2026
KẾ HOẠCH
Triển khai thực hiện Nghị quyết số 57-NQ/TW giai đoạn 2026 - 2028
I. MỤC TIÊU, CHỈ TIÊU
1. Các chỉ tiêu chủ yếu theo năm

| TT | Chỉ tiêu | Đơn vị | 2026 | 2027 | Đơn vị chủ trì |
|----|----|----|----|----|----|
| A | CHUYỂN ĐỔI SỐ |  |  |  |  |
| 1 | Tỷ lệ hồ sơ giải quyết TTHC trực tuyến | % | 70 | 80 | Trung tâm Phục vụ hành chính công tỉnh |
| 2 | Tỷ trọng kinh tế số trong GRDP | % | 12 | 14 | Phòng Chuyển đổi số; Sở Tài chính |
| 3 | Số cơ sở dữ liệu được kết nối qua LGSP | CSDL | 20 | 28 | TT CNTT&CĐS |

II. TỔ CHỨC THỰC HIỆN
Trung tâm Công nghệ thông tin và Chuyển đổi số bố trí nhân lực thực hiện.
"""


def test_an_indicator_tables_lead_column_leads_each_row_and_keeps_its_targets(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(INDICATORS_BY_LEAD, encoding="utf-8")
    tables = parse_document(path, "plan.txt").tables
    tasks = [t for t in tables["tasks"] if t.rule_id == "appendix.indicator_row"]
    assert [t.lead for t in tasks] == [
        ["Trung tâm Phục vụ hành chính công"], ["Phòng Chuyển đổi số", "Sở Tài chính"],
        ["Trung tâm Công nghệ thông tin và Chuyển đổi số"],  # (`TT CNTT&CĐS`, spelled out as the plan writes it)
    ]
    leads = [a for a in tables["assignments"] if a.task_id in {t.task_id for t in tasks}]
    assert {a.role for a in leads} == {"lead"} and {a.section_id for a in leads} == {"I/1"}
    assert len([t for t in tables["targets"] if t.section_id == "I/1"]) == 6


LAYOUT_CALLUP = """
2. Chỉ tiêu tuyển quân năm 2027 giao cho các xã, phường như sau:
                                              Đơn vị tính: công dân
 TT   Xã, phường              Nghĩa vụ        Công an        Tổng
                              quân sự         nhân dân
 1    Xã Hải Lăng                45              6             51
 2    Phường Đông Hà             38              7             45
      Tổng cộng                  83             13             96

"""


def test_a_layout_header_whose_names_need_their_second_line_reads_a_call_up_quota_by_place(tmp_path):
    # (`Nghĩa vụ` / `quân sự` and `Công an` / `nhân dân` name their columns only joined; the
    # force alone is a quota beside the call-up column; the sum column is no measure)
    rows = layout_targets(tmp_path, LAYOUT_CALLUP, " TT   ", "II. TỔ CHỨC")
    assert [(t.text, t.value, t.unit_kind, t.target_year) for t in rows] == [
        ("45", 45, "count", 2027), ("6", 6, "count", 2027), ("38", 38, "count", 2027),
        ("7", 7, "count", 2027), ("83", 83, "count", 2027), ("13", 13, "count", 2027)]
    assert rows[0].indicator == "Nghĩa vụ quân sự" and rows[1].indicator == "Công an nhân dân"


def test_a_force_alone_heads_no_quota_column(tmp_path):
    # (without a call-up column or a call-up's title, `Quân đội` / `Công an` may head anything)
    alone = LAYOUT_CALLUP.replace("Nghĩa vụ        Công an", "Quân đội        Công an").replace(
        "quân sự         nhân dân", "                        ").replace(
        "Chỉ tiêu tuyển quân năm 2027", "Chỉ tiêu lực lượng tham gia diễn tập năm 2027")
    assert layout_targets(tmp_path, alone, " TT   ", "II. TỔ CHỨC") == []


def test_two_forces_under_a_call_up_title_split_each_places_quota(tmp_path):
    # (`Quân sự | Công an | Cộng` under `Chỉ tiêu tuyển quân …`: the quota each place sends to
    # the army and to the police, as `Nghĩa vụ quân sự | Công an nhân dân` would say it)
    pair = LAYOUT_CALLUP.replace("Nghĩa vụ        Công an", "Quân sự         Công an").replace(
        "quân sự         nhân dân", "                        ")
    rows = layout_targets(tmp_path, pair, " TT   ", "II. TỔ CHỨC")
    assert [(t.value, t.unit_kind, t.target_year) for t in rows][:4] == [
        (45, "count", 2027), (6, "count", 2027), (38, "count", 2027), (7, "count", 2027)]


def test_a_cluster_table_names_each_rows_focal_point_and_its_rounds_are_no_times(tmp_path):
    table = ("TT\tCụm xã, phường\tĐơn vị đầu mối\tChỉ tiêu khám năm 2024 (người)\tThời gian\n"
             "1\tĐông Hà (phường Đông Hà, Nam Đông Hà)\tTTYT khu vực Đông Hà\t40.000\tĐợt 1, 2\n"
             "2\tVĩnh Linh (xã Vĩnh Linh, Cửa Tùng)\tTTYT khu vực Vĩnh Linh\t25.000\tĐợt 1, 2, 3\n"
             "\tToàn tỉnh\t\t65.000\t\n")
    tables = parse(tmp_path, table)
    found = [(a.agency, a.role) for a in rows_from_tables(tables, "assignments") if a.section_id == "I/1"]
    assert found == [("Trung tâm Y tế khu vực Đông Hà", "focal_point"),
                     ("Trung tâm Y tế khu vực Vĩnh Linh", "focal_point")]
    assert not [d for d in tables["deadlines"] if d.text.startswith("Đợt")]


def test_a_quota_table_by_body_leads_each_row_but_not_its_total(tmp_path):
    table = ("                    (Đơn vị tính: triệu đồng)\n"
             " TT  Đơn vị thực hiện              Vận động Quỹ   Xây mới\n"
             " 1   Hội Nông dân tỉnh                    2.000        25\n"
             " 2   Tỉnh đoàn                            1.500        20\n"
             "     Tổng cộng                            3.500        45\n")
    tables = parse(tmp_path, table)
    found = [(a.agency, a.role) for a in rows_from_tables(tables, "assignments") if a.section_id == "I/1"]
    assert found == [("Hội Nông dân", "lead"), ("Tỉnh đoàn", "lead")]


def test_a_pipe_row_whose_cells_wrap_onto_the_next_row_is_one_row(tmp_path):
    # (a pipe table copied with its wraps: the line below with no number and no new task goes
    # on with the row; a name is anchored on the piece it starts in)
    table = ("| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
             "|---|---|---|---|---|\n"
             "| 1 | Lập dự toán kinh phí | Sở Nông nghiệp và | Sở Tài chính; UBND các xã, | Quý II/2024 |\n"
             "| | | Môi trường | phường | |\n"
             "| 2 | Tập huấn | Sở Y tế | Sở Tư pháp | Quý III/2024 |\n")
    tables = parse(tmp_path, table)
    found = [(a.text, a.agency, a.role) for a in rows_from_tables(tables, "assignments") if a.section_id == "I/1"]
    assert found == [("Sở Nông nghiệp và", "Sở Nông nghiệp và Môi trường", "lead"),
                     ("Sở Tài chính", "Sở Tài chính", "partner"),
                     ("UBND các xã,", "Ủy ban nhân dân các xã, phường", "partner"),
                     ("Sở Y tế", "Sở Y tế", "lead"), ("Sở Tư pháp", "Sở Tư pháp", "partner")]


def test_the_body_a_lead_cell_names_in_brackets_as_advising_is_the_advisor(tmp_path):
    table = ("| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
             "|---|---|---|---|---|\n"
             "| 1 | Ban hành Quyết định | UBND tỉnh (Sở Y tế tham mưu) | Văn phòng UBND tỉnh | Quý II/2024 |\n")
    tables = parse(tmp_path, table)
    found = [(a.text, a.role) for a in rows_from_tables(tables, "assignments") if a.section_id == "I/1"]
    assert found == [("UBND tỉnh", "lead"), ("Sở Y tế", "advisor"), ("Văn phòng UBND tỉnh", "partner")]


TIMED_FLAT = """2. Tiến độ thực hiện các công việc chủ yếu
Thời gian
Nội dung công việc
Đơn vị thực hiện
Trước ngày 25/3/2024
Ban hành Quyết định thành lập Ban Chỉ đạo xã
Văn phòng HĐND và UBND xã
Từ ngày 10/5 đến ngày 10/6/2024
Lập bảng kê hộ, trang trại;
đối chiếu danh sách hộ với dữ liệu dân cư
Công an xã; Trưởng thôn
Quý IV/2024
Tổng kết, khen thưởng
Phòng Văn hóa - Xã hội

"""


def test_a_flattened_schedule_whose_rows_open_with_their_time_is_read_row_by_row(tmp_path):
    """A schedule one cell per line with the time first and no row number (`Thời gian` /
    `Nội dung công việc` / `Đơn vị thực hiện`): each time line opens a row, a task may wrap
    over two lines, and the bodies of its last cell lead it."""
    tables = parse(tmp_path, TIMED_FLAT)
    start, end = (PLAN.index("{body_table}"), PLAN.index("{body_table}") + len(TIMED_FLAT))
    leads = [(a.text, a.role) for a in rows_from_tables(tables, "assignments") if start <= a.start < end]
    assert leads == [("Văn phòng HĐND và UBND xã", "lead"), ("Công an xã", "lead"), ("Trưởng thôn", "lead"),
                     ("Phòng Văn hóa - Xã hội", "lead")]
    times = {d.text: d.action for d in rows_from_tables(tables, "deadlines")}
    assert times["Từ ngày 10/5 đến ngày 10/6/2024"].startswith("Lập bảng kê hộ, trang trại; đối chiếu")
    assert "Quý IV/2024" in times


BY_PLACE_MAIN_UNIT = (
    "\nChỉ tiêu hỗ trợ nhà ở năm 2026 giao cho từng xã như sau (đơn vị tính: căn; kinh phí: triệu đồng):\n"
    "STT | Xã | Tổng số | Xây mới | Sửa chữa | Kinh phí\n"
    "1 | Xã Ia Grai | 45 | 30 | 15 | 2.250\n"
    "2 | Các xã còn lại (41 xã) | 31 | 21 | 10 | 1.560\n"
    " | Tổng cộng | 76 | 51 | 25 | 3.810\n"
)


def test_a_unit_line_with_the_tables_unit_and_a_columns_own_reads_each_bare_column(tmp_path):
    # (`đơn vị tính: căn; kinh phí: triệu đồng`: the sum column and the bare columns count
    # houses, the money column is in millions; the total row and the place's `41 xã` are none)
    rows = by_place_targets(tmp_path, BY_PLACE_MAIN_UNIT)
    assert [(t.text, t.value, t.unit_kind, t.target_year) for t in rows][:4] == [
        ("45", 45, "count", 2026), ("30", 30, "count", 2026), ("15", 15, "count", 2026),
        ("2.250", 2_250_000_000, "money", 2026)]
    assert len(rows) == 8 and not [t for t in rows if t.value == 41]


BY_UNIT_STRIVE = (
    "\n3. Phân bổ dự toán thu ngân sách năm 2026 cho các đơn vị\n"
    "ĐVT: tỷ đồng\n"
    "STT | Đơn vị | Dự toán giao | Phấn đấu | Tỷ lệ (%)\n"
    "1 | Thuế cơ sở 1 | 1.850 | 1.945 | 105,1\n"
    "2 | Các phòng Quản lý doanh nghiệp\n"
    "(DN do Thuế tỉnh quản lý) | 21.400 | 22.470 | 105,0\n"
)


def test_a_strive_column_beside_the_assigned_one_and_a_row_broken_inside_a_cell(tmp_path):
    # (both the assigned and the striven-for sums are targets; the row whose unit's name
    # breaks onto the next line is one row, its numbers in their own columns)
    rows = by_place_targets(tmp_path, BY_UNIT_STRIVE)
    assert [(t.text, t.value, t.target_year) for t in rows] == [
        ("1.850", 1.85e12, 2026), ("1.945", 1.945e12, 2026), ("21.400", 2.14e13, 2026), ("22.470", 2.247e13, 2026)]


LED_SCORES = (
    "\n2. Chỉ tiêu đối với các chỉ số thành phần PCI năm 2026\n"
    "STT\nChỉ số thành phần\nĐiểm 2025\nMục tiêu 2026\nCơ quan chủ trì\n"
    "1\nChi phí gia nhập thị trường\n7,62\n≥ 7,90\nSở Tài chính\n"
    "2\nTiếp cận đất đai và sự ổn định\ntrong sử dụng đất\n6,48\n≥ 6,80\nSở Nông nghiệp và Môi trường\n"
    "3\nThiết chế pháp lý và an ninh trật tự\n6,83\n≥ 7,10\nSở Tư pháp; Công an tỉnh\n"
)


def test_a_flattened_table_of_scores_by_year_gives_each_row_its_lead(tmp_path):
    # (one cell a line: the value lines are no body's, the last column leads its row)
    rows = parse(tmp_path, LED_SCORES)["assignments"]
    assert [(a.text, a.role) for a in rows if a.rule_id.startswith("appendix.") and a.section_id] == [
        ("Sở Tài chính", "lead"), ("Sở Nông nghiệp và Môi trường", "lead"), ("Sở Tư pháp", "lead"),
        ("Công an tỉnh", "lead")]


def test_a_construction_units_name_goes_on_in_its_cell(tmp_path):
    # (`xây dựng` ends the name of a unit the construction sector runs, not a verb)
    table = ("\n| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
             "|---|---|---|---|---|\n"
             "| 1 | Xây dựng bộ tiêu chuẩn công trình xanh | Vụ Khoa học công nghệ, môi trường và vật liệu xây dựng"
             " | Viện Khoa học công nghệ xây dựng; Học viện Chiến lược, bồi dưỡng cán bộ xây dựng | Quý IV/2026 |\n")
    rows = [a for a in parse(tmp_path, table)["assignments"] if a.start < 700]
    assert [(a.agency, a.role) for a in rows if a.rule_id.startswith("appendix.col.name_rest")] == [
        ("Vụ Khoa học công nghệ, môi trường và vật liệu xây dựng", "lead"),
        ("Viện Khoa học công nghệ xây dựng", "partner"),
        ("Học viện Chiến lược, bồi dưỡng cán bộ xây dựng", "partner")]


TAB_BOUNDS = (
    "Giao chỉ tiêu cụ thể cho các đơn vị (căn cứ số liệu thực hiện năm 2023):\n"
    "TT\tĐơn vị thực hiện\tSố vụ kiểm tra tối thiểu\tChỉ tiêu 2024 (không quá)\tGhi chú\n"
    "1\tĐội số 1\t210\t13 vụ\t\n"
    "2\tĐội số 2\t185\t08 vụ\tTrọng điểm\n"
    "\tTổng cộng\t395\t21 vụ\t\n"
)


def test_a_column_named_with_a_bound_gives_its_cells_that_comparator(tmp_path):
    # (`tối thiểu` / `(không quá)` end a column's name: the comparator of its cells, no unit;
    # a year after `Chỉ tiêu` dates the column, the year of the figures it was worked out
    # from does not; the total of the units' minimums bounds no unit's work)
    rows = layout_targets(tmp_path, TAB_BOUNDS, header="TT\t", after="II. TỔ CHỨC")
    assert [(t.text, t.comparator, t.value, t.unit_kind, t.target_year) for t in rows] == [
        ("210", "gte", 210, "count", None),
        ("13 vụ", "lte", 13, "count", 2024),
        ("185", "gte", 185, "count", None),
        ("08 vụ", "lte", 8, "count", 2024),
    ]


# A state-enterprise list whose lead and time cells say `như trên` (`nt`, `-nt-`): each ditto
# stands for the cell of the row above; the plan for each company is its row's task.
ENTERPRISE_TABLE = (
    "STT\tTên doanh nghiệp\tPhương án năm 2026\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
    "1\tCông ty TNHH MTV Xổ số kiến thiết\tHợp nhất\tSở Tài chính\tSở Nội vụ; HĐTV Công ty\tQuý II/2026\n"
    "2\tCông ty Cổ phần Cấp nước\tThoái toàn bộ vốn\tnt\tHĐQT Công ty\t-nt-\n"
)


def test_ditto_cells_repeat_the_lead_and_time_of_the_row_above(tmp_path):
    tables = parse(tmp_path, ENTERPRISE_TABLE)
    tasks = [t for t in rows_from_tables(tables, "tasks") if t.section_id == "I/1"]
    assert [(t.lead, t.partners) for t in tasks] == [
        (["Sở Tài chính"], ["Sở Nội vụ", "Hội đồng thành viên Công ty"]),
        (["Sở Tài chính"], ["Hội đồng quản trị Công ty"])]
    ditto = [a for a in tables["assignments"] if a.rule_id == "appendix.ditto"]
    assert [(a.text, a.agency, a.role) for a in ditto] == [("nt", "Sở Tài chính", "lead")]
    deadlines = [d for d in rows_from_tables(tables, "deadlines") if d.section_id == "I/1"]
    assert [(d.text, d.kind, d.year) for d in deadlines] == [("Quý II/2026", "timeframe", 2026), ("-nt-", "timeframe", 2026)]


STALLED_PROJECTS = """2. Danh mục dự án đề xuất chấm dứt hoạt động
| TT | Tên dự án | Nhà đầu tư | Thời gian chậm, hiện trạng | Cơ quan chủ trì | Phương án xử lý, thời hạn |
|---|---|---|---|---|---|
| 1 | Khu dân cư Long Hưng | Công ty TNHH Địa ốc Long Hưng | Chậm 38 tháng | Sở TC | Chấm dứt hoạt động dự án trước 31/3/2026 |
| 2 | Trang trại Tân Lập | Công ty TNHH Tân Lập | Chậm 34 tháng | Sở NN&MT; Thanh tra tỉnh | Thu hồi đất trong Quý II/2024 |
"""


def test_a_list_of_stalled_projects_leads_each_by_its_column_and_keeps_the_times_in_its_cells(tmp_path):
    """`Thời gian chậm` is how late a project is, no time column; `Phương án xử lý, thời hạn` is
    each row's task, and the times written in it are the text's (vy)."""
    tables = parse(tmp_path, STALLED_PROJECTS)
    leads = [(a.text, a.agency, a.role) for a in rows_from_tables(tables, "assignments") if a.section_id == "I/2"]
    assert leads == [("Sở TC", "Sở Tài chính", "lead"), ("Sở NN&MT", "Sở Nông nghiệp và Môi trường", "lead"),
                     ("Thanh tra tỉnh", "Thanh tra", "lead")]
    times = [(d.text, d.kind) for d in tables["deadlines"] if d.section_id == "I/2"]
    assert times == [("trước 31/3/2026", "deadline"), ("trong Quý II/2024", "timeframe")]


CSV_TABLE = '''2. Phân công nhiệm vụ
STT,Nội dung nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành,Sản phẩm
I,"TRUYỀN THÔNG, KIỂM TRA",,,,
1,"Truyền thông, vận động người cao tuổi",Sở Y tế,"Sở Tài chính, Hội Người cao tuổi tỉnh",15/6/2024,"Tin, bài"
2,"Kiểm tra, giám sát việc thực hiện chế độ ""khám định kỳ""",Sở Y tế,"Sở Nội vụ; UBND các
huyện, thành phố",Hằng quý,
,"- Tổng hợp, báo cáo kết quả",Sở Y tế,,Trước ngày 15/12/2024,Báo cáo

'''


def test_a_table_pasted_as_csv_reads_its_quoted_cells_whole(tmp_path):
    """A table saved as CSV with commas: a quoted cell keeps its commas, its doubled quotes
    and its line break; a day alone under `Thời gian hoàn thành` is a deadline."""
    tables = parse(tmp_path, CSV_TABLE)
    tasks = [t for t in rows_from_tables(tables, "tasks") if t.section_id == "I/2" and t.lead]
    assert [(t.lead, t.partners, t.timeframe, t.product) for t in tasks] == [
        (["Sở Y tế"], ["Sở Tài chính", "Hội Người cao tuổi"], "15/6/2024", "Tin, bài"),
        (["Sở Y tế"], ["Sở Nội vụ", "Ủy ban nhân dân các huyện, thành phố"], "Hằng quý", None),
        (["Sở Y tế"], [], "Trước ngày 15/12/2024", "Báo cáo")]
    partners = [a.text for a in rows_from_tables(tables, "assignments") if a.role == "partner" and a.section_id == "I/2"]
    assert partners[-1] == "UBND các\nhuyện, thành phố"
    times = [(d.text, d.kind) for d in rows_from_tables(tables, "deadlines") if d.section_id == "I/2"]
    assert times == [("15/6/2024", "deadline"), ("Hằng quý", "recurring"), ("Trước ngày 15/12/2024", "deadline")]


MATRIX_PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 77/KH-UBND
Hà Tĩnh, ngày 05 tháng 02 năm 2026
KẾ HOẠCH
Phòng, chống tác hại của thuốc lá năm 2026
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. NHIỆM VỤ
Chi tiết phân công tại Phụ lục kèm theo.
II. TỔ CHỨC THỰC HIỆN
Sở Y tế chủ trì theo dõi, tổng hợp.
Nơi nhận:
- Bộ Y tế;
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Báu

Phụ lục
MA TRẬN PHÂN CÔNG NHIỆM VỤ
{matrix}
"""


def matrix_rows(tmp_path: Path, matrix: str):
    path = tmp_path / "plan.txt"
    path.write_text(MATRIX_PLAN.format(matrix=matrix), encoding="utf-8")
    tables = parse_document(path, "plan.txt").tables
    return tables, [a for a in tables["assignments"] if a.rule_id.startswith("appendix.matrix")]


def test_a_responsibility_matrix_gives_each_mark_as_the_role_of_the_body_its_legend_names(tmp_path):
    matrix = ("TT | Nhiệm vụ | YT | GD | CA | XP | Thời gian\n"
              "1 | Truyền thông về tác hại của thuốc lá | CT | PH | | PH | Quý II/2026\n"
              "2 | Kiểm tra việc cấm hút thuốc tại trường học | PH | CT | PH | | Trước 15/6 và 15/12 hằng năm\n"
              "Ghi chú: YT: Sở Y tế; GD: Sở Giáo dục và\n"
              "Đào tạo; CA: Công an tỉnh; XP: UBND các xã, phường.\n"
              "CT: chủ trì; PH: phối hợp.")
    tables, marks = matrix_rows(tmp_path, matrix)
    text = (tmp_path / "plan.txt").read_text(encoding="utf-8")
    assert [(a.text, a.agency, a.role, a.section_id) for a in marks] == [
        ("CT", "Sở Y tế", "lead", None), ("PH", "Sở Giáo dục và Đào tạo", "partner", None),
        ("PH", "Ủy ban nhân dân các xã, phường", "partner", None),
        ("PH", "Sở Y tế", "partner", None), ("CT", "Sở Giáo dục và Đào tạo", "lead", None),
        ("PH", "Công an", "partner", None)]
    assert all(text[a.start:a.end] == a.text for a in marks)
    assert {a.jurisdiction for a in marks} == {"tỉnh Hà Tĩnh"}
    tasks = [t for t in tables["tasks"] if t.rule_id == "appendix.row"]
    assert [(t.lead, t.partners) for t in tasks] == [
        (["Sở Y tế"], ["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân các xã, phường"]),
        (["Sở Giáo dục và Đào tạo"], ["Sở Y tế", "Công an"])]
    deadlines = [d for d in tables["deadlines"] if d.rule_id.startswith("appendix.")]
    assert [(d.text, d.kind, d.month, d.day, d.recurrence) for d in deadlines] == [
        ("Quý II/2026", "timeframe", None, None, None),
        ("Trước 15/6", "deadline", 6, 15, "yearly"), ("15/12 hằng năm", "deadline", 12, 15, "yearly")]


def test_a_tab_matrix_of_x_marks_under_a_legend_given_one_code_a_line_before_it(tmp_path):
    matrix = ("Chữ viết tắt:\n"
              "- YT: Sở Y tế\n"
              "- VH: Sở Văn hóa, Thể thao và Du lịch\n"
              "- ND: Hội Nông dân tỉnh\n"
              "X: đơn vị chủ trì; P: đơn vị phối hợp\n"
              "\n"
              "STT\tNội dung công việc\tYT\tVH\tND\n"
              "1\tTổ chức Ngày Thế giới không thuốc lá\tX\tP\tP\n"
              "2\tCuộc thi tìm hiểu về tác hại của thuốc lá\t\tP\tx\n")
    tables, marks = matrix_rows(tmp_path, matrix)
    assert [(a.text, a.agency, a.role) for a in marks] == [
        ("X", "Sở Y tế", "lead"), ("P", "Sở Văn hóa, Thể thao và Du lịch", "partner"),
        ("P", "Hội Nông dân", "partner"),
        ("P", "Sở Văn hóa, Thể thao và Du lịch", "partner"), ("x", "Hội Nông dân", "lead")]
    assert [t.lead for t in tables["tasks"] if t.rule_id == "appendix.row"] == [
        ["Sở Y tế"], ["Hội Nông dân"]]


def test_columns_headed_by_codes_no_legend_spells_out_are_no_matrix(tmp_path):
    matrix = ("TT | Nội dung | KH | TH | SS\n"
              "1 | Số lớp tập huấn | X | X | \n"
              "Ghi chú: KH: kế hoạch; TH: thực hiện.")
    tables, marks = matrix_rows(tmp_path, matrix)
    assert marks == [] and not [t for t in tables["tasks"] if t.rule_id == "appendix.row"]


def test_a_space_aligned_matrix_reads_its_marks_under_the_codes_of_its_columns(tmp_path):
    matrix = ("TT   Nhiệm vụ                                  YT    GD    CA    Thời gian\n"
              "1    Truyền thông về tác hại của thuốc lá      CT    PH          Quý II/2026\n"
              "2    Kiểm tra việc cấm hút thuốc lá            PH    CT    PH    Hằng năm\n"
              "\n"
              "Ghi chú: YT - Sở Y tế; GD - Sở Giáo dục và Đào tạo; CA - Công an tỉnh.")
    tables, marks = matrix_rows(tmp_path, matrix)
    assert [(a.text, a.agency, a.role) for a in marks] == [
        ("CT", "Sở Y tế", "lead"), ("PH", "Sở Giáo dục và Đào tạo", "partner"),
        ("PH", "Sở Y tế", "partner"), ("CT", "Sở Giáo dục và Đào tạo", "lead"), ("PH", "Công an", "partner")]
    assert [(t.lead, t.timeframe) for t in tables["tasks"] if t.rule_id == "appendix.row"] == [
        (["Sở Y tế"], "Quý II/2026"), (["Sở Giáo dục và Đào tạo"], "Hằng năm")]


def test_a_councils_draft_resolutions_are_led_by_submitter_and_examining_board(tmp_path):
    # (a council's session plan: the body that submits each draft and the board that examines
    # it both lead; a board marked `(chủ trì)` among several leads, the others help; a board
    # name wrapped at the line's width is one name; `(không thẩm tra)` names no body)
    body_table = ("TT | Tên dự thảo nghị quyết | Cơ quan trình | Cơ quan thẩm tra\n"
                  "1 | Nghị quyết về dự toán ngân sách năm 2025 | UBND tỉnh | Ban Kinh tế -\n"
                  "Ngân sách\n"
                  "2 | Nghị quyết về chính sách hỗ trợ giáo dục | UBND tỉnh | Ban Văn hóa - Xã hội (chủ trì), Ban Pháp chế\n"
                  "3 | Nghị quyết về Chương trình giám sát năm 2025 | Thường trực HĐND tỉnh | (không thẩm tra)")
    tables = parse(tmp_path, body_table)
    rows = [(a.text, a.role, a.rule_id) for a in rows_from_tables(tables, "assignments") if a.section_id == "I/1"]
    assert rows == [
        ("UBND tỉnh", "lead", "appendix.col.lead"), ("Ban Kinh tế -\nNgân sách", "lead", "appendix.col.review"),
        ("UBND tỉnh", "lead", "appendix.col.lead"), ("Ban Văn hóa - Xã hội", "lead", "appendix.col.review"),
        ("Ban Pháp chế", "partner", "appendix.lead.marked"),
        ("Thường trực HĐND tỉnh", "lead", "appendix.col.lead")]


def test_a_tab_rows_cut_cell_goes_on_after_a_tab(tmp_path):
    # (a Word cell of two lines copied as text: the row stops short at the cut cell, the next
    # line opens with a tab, its first words go on that cell, its other cells fill the row)
    body_table = ("TT\tTên văn bản, đề án\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\n"
                  "1\tĐề án phát triển du lịch cộng đồng\tSở Văn hóa, Thể thao và Du lịch\tSở Tài chính\n"
                  "\tSở Nông nghiệp và Môi trường\tQuý III/2024\n"
                  "2\tQuy chế phối hợp quản lý di tích\tSở Nội vụ\tSở Tư pháp\tTháng 10/2024\n")
    tables = parse(tmp_path, body_table)
    tasks = [t for t in rows_from_tables(tables, "tasks") if t.section_id == "I/1"]
    assert [(t.lead, t.partners, t.timeframe) for t in tasks] == [
        (["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Tài chính", "Sở Nông nghiệp và Môi trường"], "Quý III/2024"),
        (["Sở Nội vụ"], ["Sở Tư pháp"], "Tháng 10/2024")]


def test_a_cell_of_one_body_a_line_keeps_its_bodies_apart(tmp_path):
    # (a Word cell's line breaks between bodies: no name is read across them)
    body_table = ("Ban Quản lý dự án đầu tư xây dựng tỉnh (sau đây gọi tắt là Ban QLDA) phối hợp thực hiện.\n\n"
                  "STT | Nội dung nhiệm vụ | Thời gian | Đơn vị chủ trì | Đơn vị phối hợp\n"
                  "1 | Kiểm đếm tài sản trên đất | Tháng 4/2024 | Tổ công tác GPMB | Ban QLDA\n"
                  "Tổ công tác GPMB\n"
                  "2 | Chi trả tiền bồi thường | Tháng 5/2024 | Ban QLDA | Tổ công tác GPMB\n")
    tables = parse(tmp_path, body_table)
    rows = [(a.text, a.role) for a in rows_from_tables(tables, "assignments") if a.section_id == "I/1"]
    assert rows[:3] == [("Tổ công tác GPMB", "lead"), ("Ban QLDA", "partner"), ("Tổ công tác GPMB", "partner")]


def test_a_schedule_row_typed_with_dashes_for_pipes_and_a_lead_named_in_its_team_cell(tmp_path):
    """A hand-typed schedule (`TT | Địa bàn | Thời gian kiểm tra | Tổ kiểm tra | Ghi chú`) whose rows
    part some cells with ` - `: cut where a number ends a cell, never inside a range; a body
    followed by `chủ trì` in the team column leads its row."""
    body_table = ("TT | Địa bàn | Thời gian kiểm tra | Tổ kiểm tra | Ghi chú\n"
                  "1 | TDP số 1 - TDP số 5 | từ ngày 10/3 đến 25/3/2024 | Tổ KT số 1 | Ngõ 158\n"
                  "2 | Phúc tra các cơ sở | tháng 7 - tháng 8/2024 | Công an phường chủ trì |\n"
                  "3 - TDP số 6 đến số 10 - từ ngày 26/3 đến ngày 10/4/2024 - Tổ KT số 2 - Khu tập thể\n"
                  "4 - TDP số 15 - 19 | từ ngày 04/5 đến 22/5/2024 | Tổ KT số 1 | Ngõ 260\n"
                  "5 | TDP số 20 - 25 - từ ngày 25/5 đến ngày 12/6/2024 | Tổ KT số 3 | Nhà trọ\n")
    tables = parse(tmp_path, body_table)
    rows = [t for t in tables["tasks"] if t.section_id == "I/1"]
    assert [(t.timeframe, t.lead) for t in rows] == [
        ("từ ngày 10/3 đến 25/3/2024", []), ("tháng 7 - tháng 8/2024", ["Công an"]),
        ("từ ngày 26/3 đến ngày 10/4/2024", []), ("từ ngày 04/5 đến 22/5/2024", []),
        ("từ ngày 25/5 đến ngày 12/6/2024", [])]
    lead = next(a for a in tables["assignments"] if a.rule_id == "appendix.task.lead_after")
    assert (lead.text, lead.role) == ("Công an phường", "lead")


def test_a_semicolon_tables_quoted_cell_keeps_its_own_semicolons(tmp_path):
    # (cf: a spreadsheet saved as CSV with `;` puts a cell holding `;` in double quotes: the
    # partners' cell is one cell, and the time cell after it stays the row's time)
    body_table = ("STT; Nhiệm vụ; Đơn vị chủ trì; Đơn vị phối hợp; Thời gian; Sản phẩm\n"
                  "1; Rà soát quy định về EPR đối với bao bì; Cục Môi trường; \"Vụ Pháp chế; Vụ Khoa học và "
                  "Công nghệ\"; Quý III/2026; \"Báo cáo rà soát; dự thảo Nghị định\"\n"
                  "2; Chiến dịch làm sạch bờ biển; Cục Biển và Hải đảo Việt Nam; Cục Môi trường; Hằng năm; Báo cáo\n")
    tables = parse(tmp_path, body_table)
    tasks = [t for t in rows_from_tables(tables, "tasks") if t.section_id == "I/1"]
    assert [(t.lead, t.partners, t.timeframe) for t in tasks] == [
        (["Cục Môi trường"], ["Vụ Pháp chế", "Vụ Khoa học và Công nghệ"], "Quý III/2026"),
        (["Cục Biển và Hải đảo Việt Nam"], ["Cục Môi trường"], "Hằng năm")]


NUMBERED_LIST_TABLE = (
    "\nPhụ lục 2: DANH MỤC NHIỆM VỤ NĂM 2024\n\n"
    "STT. Nhiệm vụ – Cơ quan chủ trì – Cơ quan phối hợp – Thời gian hoàn thành – Sản phẩm\n\n"
    "I. CHĂM SÓC SỨC KHỎE BAN ĐẦU\n"
    "1. Khám sức khỏe định kỳ cho người cao tuổi tại trạm y tế – Sở Y tế – Sở Tài chính; UBND các\n"
    "huyện – Quý III/2024 – Báo cáo\n"
    "2. Tập huấn cộng tác viên chăm sóc tại nhà – Sở Lao động - TB&XH | Hội Người cao tuổi tỉnh |\n"
    "Hằng năm | 05 lớp tập huấn\n\n"
    "II. TRUYỀN THÔNG\n"
    "3. Chuyên mục “Tuổi cao – Gương sáng” – Đài Phát thanh và Truyền hình tỉnh – Sở Văn hóa, Thể thao\n"
    "và Du lịch – Trước 30/9 hằng năm – Phóng sự\n"
    "4. Báo cáo kết quả thực hiện – Sở Y tế – Các sở, ban, ngành – Trước\n"
    "15/01 năm sau – Báo cáo\n"
)


def test_a_task_table_typed_as_a_numbered_list_with_en_dashes_and_wrapped_rows(tmp_path):
    # (a Word table saved as text: `STT. Nhiệm vụ – …` over rows that open `1. …` and wrap at the
    # page's width; a row may part its cells with pipes, a name keeps its spaced hyphen, a quoted
    # programme name its en dash, and a group title in capitals heads no row)
    path = tmp_path / "plan.txt"
    path.write_text(PLAN.format(body_table="") + NUMBERED_LIST_TABLE, encoding="utf-8")
    out = parse_document(path, "plan.txt")
    after = path.read_text(encoding="utf-8").index("STT. Nhiệm vụ")
    tasks = [t for t in out.tables["tasks"] if t.start > after]
    assert [(t.lead, t.partners, t.timeframe, t.section_id) for t in tasks] == [
        (["Sở Y tế"], ["Sở Tài chính", "Ủy ban nhân dân các huyện"], "Quý III/2024", None),
        (["Sở Lao động - Thương binh và Xã hội"], ["Hội Người cao tuổi"], "Hằng năm", None),
        (["Đài Phát thanh và Truyền hình"], ["Sở Văn hóa, Thể thao và Du lịch"], "Trước 30/9 hằng năm", None),
        (["Sở Y tế"], ["Các sở, ban, ngành"], "Trước 15/01 năm sau", None)]
    assert tasks[2].text.startswith("3. Chuyên mục “Tuổi cao – Gương sáng”")
    deadlines = [(d.kind, d.year, d.month, d.day, d.recurrence) for d in out.tables["deadlines"] if d.start > after]
    assert deadlines == [("timeframe", 2024, None, None, None), ("recurring", None, None, None, "yearly"),
                         ("deadline", None, 9, 30, "yearly"), ("deadline", None, 1, 15, "yearly")]


BY_BRANCH_DASHED = (
    "\n2. Chỉ tiêu giao các Chi hội ấp\n"
    "(Số hộ HV tính đến 31/12/2023; chỉ tiêu hộ SXKDG tính bằng 55% số hộ HV, làm tròn lên)\n\n"
    "TT - Chi hội - Tổng số hộ HV - Chỉ tiêu hộ đạt SXKDG các cấp (hộ) - Kết nạp HV mới (người) - Dư nợ Quỹ HTND (triệu đồng)\n"
    "1 - Ấp Tân Thành - 312 - 172 - 17 - 220\n"
    "2 - Ấp Tân Lợi - 285 - 157 - 16 - 200\n"
)


def test_a_table_typed_with_spaced_dashes_by_branch_gives_its_quota_columns(tmp_path):
    # (a farmers' association's quota by branch, its cells parted by ` - `: the households there
    # are a fact; the households to commend, the members to admit and the loan balance to reach,
    # in millions of đồng, are targets; the note's day the members were counted at dates none)
    rows = by_place_targets(tmp_path, BY_BRANCH_DASHED, "TT - Chi hội")
    assert [(t.text, t.value, t.unit_kind, t.target_year) for t in rows] == [
        ("172", 172, "count", None), ("17", 17, "count", None), ("220", 220_000_000, "money", None),
        ("157", 157, "count", None), ("16", 16, "count", None), ("200", 200_000_000, "money", None)]
    assert rows[0].sentence == "Ấp Tân Thành: Chỉ tiêu hộ đạt SXKDG các cấp"


DRIFTED_LAYOUT = (
    "\nBiểu: Chỉ tiêu Chương trình OCOP giai đoạn 2024 - 2026\n\n"
    "TT  Chỉ tiêu                                      ĐVT      2024     2025    2026\n"
    "1   Số sản phẩm OCOP còn hiệu lực (lũy kế)    SP       330     360      395\n"
    "2   Tỷ lệ chủ thể là HTX, doanh nghiệp       %         55      57       > 60\n"
)


def test_a_layout_row_drifting_left_of_its_column_names_is_read_in_order(tmp_path):
    # (numbers set flush right under years set flush left: by place `SP` would fall under the
    # names and `330` under `ĐVT`; a row that fills every column, one piece each, is read in order)
    rows = by_place_targets(tmp_path, DRIFTED_LAYOUT, "TT  Chỉ tiêu")
    assert [(t.text, t.value, t.unit, t.unit_kind, t.target_year) for t in rows] == [
        ("330", 330, "SP", "count", 2024), ("360", 360, "SP", "count", 2025), ("395", 395, "SP", "count", 2026),
        ("55", 55, "%", "percent", 2024), ("57", 57, "%", "percent", 2025), ("> 60", 60, "%", "percent", 2026)]


GROUPED_INDICATORS_FLAT = """Bảng 1
STT
Chỉ số thành phần
Điểm 2025
Mục tiêu 2026
Cơ quan chủ trì
A
CHỈ SỐ CCHC
1
Công tác chỉ đạo, điều hành
8,65
≥ 8,90
Sở Nội vụ
2
Xây dựng Chính quyền điện tử,
Chính quyền số
9,87
≥ 10,50
Sở Khoa học và
Công nghệ
3
Cải cách tài chính công
8,93
≥ 9,20
Sở Tài chính
B
CHỈ SỐ PAPI
1
Công khai, minh bạch
5,41
≥ 5,65
Văn phòng UBND tỉnh
2
Quản trị môi trường
3,73
≥ 3,95
Sở Nông nghiệp và Môi trường
"""


def test_an_indicator_table_one_cell_per_line_reads_wrapped_leads_and_restarted_groups(tmp_path):
    """An indicator table one cell per line: a row's lead body may wrap (`Sở Khoa học và` /
    `Công nghệ`) with a row after it, and group B numbers its rows afresh (`1`, `2`); both
    groups' rows are read, every value and every lead."""
    tables = parse(tmp_path, GROUPED_INDICATORS_FLAT)
    leads = {a.agency for a in rows_from_tables(tables, "assignments") if a.role == "lead"}
    assert {"Sở Nội vụ", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Văn phòng Ủy ban nhân dân tỉnh",
            "Sở Nông nghiệp và Môi trường"} <= leads
    values = {(t.value, t.comparator) for t in rows_from_tables(tables, "targets")}
    assert {(10.5, "gte"), (5.65, "gte"), (3.95, "gte")} <= values

LAYOUT_LEGEND = """
PHỤ LỤC
GIAO CHỈ TIÊU NĂM 2026 CHO HỘI NÔNG DÂN CÁC HUYỆN
(Cột (1): số hộ sản xuất kinh doanh giỏi - hộ; cột (2): số tổ hợp tác do nông dân
thành lập mới - tổ)

TT      Hội Nông dân huyện              (1)            (2)
1       Hướng Hóa                       120            05
2       Gio Linh                        90             03
3-8     06 huyện còn lại                60/đơn vị      02/đơn vị
        Tổng cộng                       570            20
"""


def test_a_layout_table_of_numbered_columns_under_their_legend(tmp_path):
    """Columns headed only `(1)`, `(2)`, a legend over the table saying what each counts and in
    what unit: each branch's cell is its quota in the title's year, a row for the branches left
    (`3-8`) gives each its quota, and the total row is no branch's."""
    rows = by_place_targets(tmp_path, LAYOUT_LEGEND, header="TT      Hội Nông dân")
    assert [(t.text, t.value, t.unit, t.target_year) for t in rows] == [
        ("120", 120, "hộ", 2026), ("05", 5, "tổ", 2026), ("90", 90, "hộ", 2026), ("03", 3, "tổ", 2026),
        ("60", 60, "hộ", 2026), ("02", 2, "tổ", 2026)]


GAMES_FLAT = """Phụ lục: LỊCH THI ĐẤU
TT
Môn thi đấu
Thời gian
Địa điểm
Đơn vị chủ trì
1
Bóng chuyền hơi
25/7 - 02/8/2026
Nhà văn hóa phường
Sở Y tế
2
Điền kinh
từ 27-29/7/2026
Sân vận động tỉnh
-nt-
3
Việt dã
06 giờ 00 ngày 16/8/2026
Quảng trường tỉnh
Sở Y tế
"""


def test_a_flattened_games_schedule_reads_spans_of_days_and_an_hour_as_time_cells(tmp_path):
    """ec: a schedule one cell per line whose time cells are days without `ngày` (`từ 27-29/7/2026`,
    `25/7 - 02/8/2026`: spans, their year and no date) or a day with its starting hour (`06 giờ 00
    ngày 16/8/2026`: its date); a row whose lead is a ditto mark (`-nt-`) keeps its own time."""
    tables = parse(tmp_path, GAMES_FLAT)
    times = {(d.text, d.kind, d.year, d.date) for d in tables["deadlines"]}
    assert {("25/7 - 02/8/2026", "timeframe", 2026, None), ("từ 27-29/7/2026", "timeframe", 2026, None),
            ("06 giờ 00 ngày 16/8/2026", "timeframe", 2026, dt.date(2026, 8, 16))} <= times
    assert not any(d.text == "-nt-" for d in tables["deadlines"])


def test_a_layout_header_wrapped_over_three_lines_names_its_striven_for_column(tmp_path):
    # a revenue table whose Word cells wrap their names (`Chỉ tiêu` / `phấn đấu` / `2026`)
    body_table = ("                                                        ĐVT: triệu đồng\n"
                  "TT  Nội dung thu                        Ước TH 2025   Dự toán       Chỉ tiêu\n"
                  "                                                      tỉnh giao     phấn đấu\n"
                  "                                                      2026          2026\n"
                  "1   Thuế ngoài quốc doanh                 13.920        14.800        15.540\n"
                  "2   Lệ phí trước bạ                        5.870         6.200         6.510\n")
    tables = parse(tmp_path, body_table)
    rows = [(t.text, t.value, t.target_year) for t in tables["targets"] if t.section_id == "I/1"]
    # `Ước TH 2025` is what was done: no target; the assigned and striven-for columns are
    assert ("15.540", 15_540_000_000, 2024) not in rows
    assert [v for _, v, _ in rows] == [14_800_000_000, 15_540_000_000, 6_200_000_000, 6_510_000_000]


def test_a_sentence_right_under_an_unnumbered_layout_table_is_no_wrap_of_its_last_row(tmp_path):
    body_table = ("Chỉ tiêu                                    Đơn vị       KH 2024\n"
                  "Doanh số cho vay                            tỷ đồng      3.500\n"
                  "Số lượt hộ được vay vốn                     lượt         25.000\n"
                  "- Tăng trưởng dư nợ 8% so với đầu năm, tổng dư nợ đến cuối năm đạt trên 17.300 tỷ đồng.\n")
    tables = parse(tmp_path, body_table)
    assert ("gt", 17_300_000_000_000) in [(t.comparator, t.value) for t in tables["targets"]]


TAB_TASKS = ("STT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm\n"
             "1\tRà soát dữ liệu cá nhân\tCông an tỉnh\tCác sở, ngành\tQuý IV/2025\tBáo cáo\n"
             "2\tTập huấn nghiệp vụ quản trị dữ liệu cho cán bộ chuyên trách CNTT\n"
             "\tSở Khoa học và Công nghệ\tSở Nội vụ\tTháng 11/2025\tLớp tập huấn\n"
             "3\tBố trí kinh phí\tSở Tài chính\tSở Khoa học và Công nghệ\tNăm 2026\tQuyết định\n")


def test_a_tab_row_broken_at_the_end_of_its_task_cell_keeps_its_cells_in_their_columns(tmp_path):
    """kj: Word breaks a row after its task cell (`2<TAB>Tập huấn … CNTT` / `<TAB>Sở Khoa học và
    Công nghệ<TAB>Sở Nội vụ<TAB>Tháng 11/2025<TAB>…`): the task cell stays whole and the second
    line's cells fill the lead, partner, time and product columns."""
    path = tmp_path / "plan.txt"
    path.write_text(PLAN.split("Phụ lục")[0] + "Phụ lục\nPHÂN CÔNG NHIỆM VỤ\n" + TAB_TASKS, encoding="utf-8")
    tasks = rows_from_tables(parse_document(path, "plan.txt").tables, "tasks")
    assert [(t.lead, t.partners, t.timeframe, t.product) for t in tasks] == [
        (["Công an"], ["Các sở, ngành"], "Quý IV/2025", "Báo cáo"),
        (["Sở Khoa học và Công nghệ"], ["Sở Nội vụ"], "Tháng 11/2025", "Lớp tập huấn"),
        (["Sở Tài chính"], ["Sở Khoa học và Công nghệ"], "Năm 2026", "Quyết định")]


PIPE_WRAPS = ("STT | Tên văn bản | Cơ quan chủ trì soạn thảo | Cơ quan phối hợp | Thời hạn trình | Cấp ban hành\n"
              "1 | Nghị định quy định chi tiết một số điều của Luật Phòng bệnh | Cục Phòng bệnh | Vụ Pháp chế; "
              "| Tháng 10/2026 | Chính phủ\n"
              "  | (phòng, chống bệnh truyền nhiễm, kiểm dịch y tế biên giới) | | Bộ Quốc phòng; Bộ Công an | |\n"
              "2 | Nghị định quy định về tiêm chủng | Cục Phòng bệnh | Cục Quản lý Dược; | Tháng 10/2026 | Chính phủ\n"
              "  | y tế trong phòng bệnh | | Bộ Tài chính | |\n")


def test_a_pipe_wrap_line_with_both_outer_pipes_goes_on_its_row(tmp_path):
    """lh: under a header written without outer pipes, a row's wrap line has them both (`  | (phòng,
    chống …) | | Bộ Quốc phòng; Bộ Công an | |`): its cells go on the row above, column by column,
    also when its task cell opens in a parenthesis."""
    path = tmp_path / "plan.txt"
    path.write_text(PLAN.split("Phụ lục")[0] + "Phụ lục\nDANH MỤC VĂN BẢN\n" + PIPE_WRAPS, encoding="utf-8")
    tasks = rows_from_tables(parse_document(path, "plan.txt").tables, "tasks")
    assert [(t.lead, t.partners) for t in tasks] == [
        (["Cục Phòng bệnh"], ["Vụ Pháp chế", "Bộ Quốc phòng", "Bộ Công an"]),
        (["Cục Phòng bệnh"], ["Cục Quản lý Dược", "Bộ Tài chính"])]


def test_a_table_typed_with_spaced_semicolons_keeps_a_cells_own_semicolon_and_its_wrapped_cell(tmp_path):
    """mn: a farmers' association's schedule typed `TT ; Nội dung ; Người phụ trách ; Thời gian`:
    only ` ; ` splits cells (`Ban hành Kế hoạch; triển khai …` is one), a person in charge names
    no agency, and a row whose last cell but one wraps onto the next line goes on there."""
    table = ("TT ; Nội dung công việc ; Người phụ trách ; Thời gian\n"
             "1 ; Ban hành Kế hoạch; triển khai tới các chi hội ; Ban Kiểm tra Hội ; Tháng 01/2024\n"
             "2 ; Hội thảo đầu bờ về lúa chất lượng cao ; Chi hội thôn Xuân Áng, Chi hội\n"
             "thôn Phù Lưu ; Tháng 8 - 9/2024\n"
             "3 ; Tổng kết phong trào ; đ/c Lê Văn Hùng - Chủ tịch Hội ; Tháng 12/2024\n")
    path = tmp_path / "plan.txt"
    path.write_text(PLAN[:PLAN.index("| STT")].format(body_table="") + table, encoding="utf-8")
    tables = parse_document(path, "plan.txt").tables
    tasks = rows_from_tables(tables, "tasks")
    assert [(t.lead, t.timeframe) for t in tasks] == [
        (["Ban Kiểm tra Hội"], "Tháng 01/2024"), (["Chi hội thôn Xuân Áng", "Chi hội thôn Phù Lưu"], "Tháng 8 - 9/2024"),
        ([], "Tháng 12/2024")]
    assert {a.role for a in rows_from_tables(tables, "assignments")} == {"lead"}


def test_a_table_typed_with_spaced_slashes_reads_rows_wrapped_inside_a_cell(tmp_path):
    """nj: a fire season's duty roster typed `TT / Khu vực trực (xã, phường) / Đơn vị chủ trì / …`:
    only a slash between spaces splits cells (a date's `15/12/2025` does not), and a row that a
    line break cuts inside a cell (`… Đà Lạt - Lạc` / `Dương / …`) is read whole, the cut cell
    one name across the break."""
    table = ("TT / Khu vực trực (xã, phường) / Đơn vị chủ trì / Đơn vị phối hợp / Thời gian trực cao điểm / ĐT trực\n"
             "1 / Lạc Dương, Lang Biang - Đà Lạt, Lâm Viên - Đà Lạt, Cam Ly - Đà Lạt / Hạt KL khu vực Đà Lạt - Lạc\n"
             "Dương / Vườn quốc gia Bidoup - Núi Bà, UBND xã Lạc Dương / 15/12/2025 - 30/4/2026 / 0263.3822.115\n"
             "2 / Tà Năng / Hạt KL khu vực Đơn Dương - Đức Trọng / UBND xã Tà Năng / 01/01/2026 - 30/4/2026 / 0263.3848\n")
    path = tmp_path / "plan.txt"
    path.write_text(PLAN[:PLAN.index("| STT")].format(body_table="") + table, encoding="utf-8")
    tables = parse_document(path, "plan.txt").tables
    tasks = rows_from_tables(tables, "tasks")
    # (the cut name is one name where the text is hard-wrapped and the working copy joins the
    # break; in this short plan the break stays, so only the name's first line is asserted)
    assert [(t.partners, t.timeframe) for t in tasks] == [
        (["Vườn quốc gia Bidoup - Núi Bà", "Ủy ban nhân dân xã Lạc Dương"], "15/12/2025 - 30/4/2026"),
        (["Ủy ban nhân dân xã Tà Năng"], "01/01/2026 - 30/4/2026")]
    assert tasks[0].lead[0].startswith("Hạt Kiểm lâm khu vực Đà Lạt - Lạc")
    assert tasks[1].lead == ["Hạt Kiểm lâm khu vực Đơn Dương - Đức Trọng"]


BY_HAMLET_UNIT_LIST = (
    "Biểu 01: CHỈ TIÊU GIẢM HỘ NGHÈO THEO ẤP NĂM 2026\n"
    "(ĐVT: hộ; con; triệu đồng)\n"
    "TT\tẤp\tHộ nghèo\tChỉ tiêu giảm\tKinh phí\n"
    "\t\tđầu năm\thộ nghèo\t(triệu đồng)\n"
    "1\tPhnôm Pi\t46\t15\t236,5\n"
    "2\tSóc Tức\t41\t13\t215\n"
)


def test_a_unit_line_listing_units_gives_a_column_the_unit_its_name_holds(tmp_path):
    # (`ĐVT: hộ; con; triệu đồng` names no column: `Chỉ tiêu giảm hộ nghèo` counts households)
    rows = by_place_targets(tmp_path, BY_HAMLET_UNIT_LIST, "TT\tẤp")
    assert [(t.text, t.value, t.unit, t.target_year) for t in rows] == [("15", 15, "hộ", 2026), ("13", 13, "hộ", 2026)]


YEAR_UNDER_EACH_NAM = """
3. Chỉ tiêu cụ thể hằng năm

 TT   Chỉ tiêu                                  ĐVT       Năm      Năm      Năm
                                                          2026     2027     2028
 1    Tuyển sinh, đào tạo nghề cho lao động     Người    37.500   38.000   38.500
      nông thôn (trình độ sơ cấp)
 2    Tỷ lệ lao động qua đào tạo                %          72,0     72,8     73,6
 3    Số xã có mô hình đào tạo nghề gắn với     Mô hình     20       35       50
      tạo việc làm (cộng dồn)

III. NHIỆM VỤ
"""


def test_a_layout_header_with_each_year_under_its_own_nam_dates_each_column(tmp_path):
    """A Word header of `Năm` / `2026` in each year's cell, flattened to two lines: each
    column takes the year under its `Năm` (a year alone is no name's piece elsewhere);
    a count of communes with a job-making model counts communes, not new jobs."""
    rows = layout_targets(tmp_path, YEAR_UNDER_EACH_NAM, header=" TT   ")
    assert [(t.text, t.value, t.target_year) for t in rows] == [
        ("37.500", 37500, 2026), ("38.000", 38000, 2027), ("38.500", 38500, 2028),
        ("72,0", 72.0, 2026), ("72,8", 72.8, 2027), ("73,6", 73.6, 2028),
        ("20", 20, 2026), ("35", 35, 2027), ("50", 50, 2028)]
    assert {t.indicator_code for t in rows[-3:]} == {None}
    assert {t.indicator_code for t in rows[3:6]} == {"trained_labour_rate"}


CLASSES_BY_CLUSTER = """
2) Tập huấn, bồi dưỡng kiến thức cho người có uy tín
- Tổ chức 30 lớp tập huấn theo cụm xã. Phân bổ cụ thể như sau:

 TT   Cụm xã (khu vực)                              Số lớp   Học viên    Thời gian
 1    Đồng Văn, Mèo Vạc, Lũng Cú, Sà Phìn,            10        700      Quý II/2026
      Sơn Vĩ, Pải Lủng...
 2    Yên Minh, Quản Bạ, Du Già, Tùng Vài,              9        630      Quý III/2027

III. NHIỆM VỤ
"""


def test_a_table_by_place_with_a_time_column_dates_each_rows_counts_by_its_time(tmp_path):
    """`Cụm xã | Số lớp | Học viên | Thời gian`: a row's counts are due in the year of its
    time cell, as a task row's deadline is."""
    rows = layout_targets(tmp_path, CLASSES_BY_CLUSTER, header=" TT   ")
    assert [(t.text, t.value, t.target_year) for t in rows if t.value in (10, 9)] == [("10", 10, 2026), ("9", 9, 2027)]


ROUTES_FLAT = """Bảng 2. Phân công ra quân theo tuyến
STT
Tuyến đường, khu vực
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian hoàn
thành
1
Trần Phú, Lê Lợi (quanh
công viên trung tâm)
Tổ TTĐT số 3
Ban Quản lý chợ Trung
Tâm
Quý II/2026
2
Nguyễn Huệ
Tổ TTĐT số 3
Công an phường, BĐH
KP 7
Quý III/2026
3
Hai Bà Trưng
Tổ TTĐT số 4
BĐH KP 8, KP 9
Quý III/2026
"""


def test_a_flattened_route_table_with_wrapped_header_and_names_reads_every_cell(tmp_path):
    # (the time column's name wrapped onto `thành`; a partner's name wrapped onto a line of its own
    # before the time, whatever its capital: `Ban Quản lý chợ Trung` / `Tâm`, `BĐH` / `KP 7`)
    tables = parse(tmp_path, ROUTES_FLAT)
    got = [(a.agency, a.role) for a in rows_from_tables(tables, "assignments")
           if a.rule_id.startswith("appendix") or a.rule_id.startswith("agency.numbered")]
    assert ("Ban Quản lý chợ Trung Tâm", "partner") in got
    assert ("Ban điều hành khu phố 7", "partner") in got and ("Ban điều hành khu phố 9", "partner") in got
    assert [a for a, role in got if role == "lead" and a.startswith("Tổ")] == ["Tổ trật tự đô thị số 3"] * 2 + [
        "Tổ trật tự đô thị số 4"]
    times = [t.timeframe for t in rows_from_tables(tables, "tasks") if t.text[:2] in ("1\n", "2\n", "3\n")]
    assert times == ["Quý II/2026", "Quý III/2026", "Quý III/2026"]


DASH_ORDER_PLAN = """ỦY BAN NHÂN DÂN
PHƯỜNG HÒA BÌNH
Số: 12/KH-UBND
Hòa Bình, ngày 10 tháng 01 năm 2026
KẾ HOẠCH
Cải cách hành chính năm 2026
I. MỤC ĐÍCH
Nâng cao chất lượng phục vụ người dân.
II. NHIỆM VỤ
(Trình bày theo thứ tự: Nội dung — Cơ quan chủ trì — Cơ quan phối hợp — Thời gian hoàn thành)

1. Cải cách thể chế
1.1. Rà soát văn bản quy phạm pháp luật còn hiệu lực — Văn phòng HĐND và
UBND phường — Các phòng, đơn vị thuộc UBND phường — Quý I/2026
1.2 Theo dõi thi hành pháp luật về đất đai — Phòng Kinh tế, Hạ tầng và Đô thị — Công an
phường — Thường xuyên
2. Cải cách thủ tục hành chính
2.1. Số hóa hồ sơ ngay khi tiếp nhận — Trung tâm Phục vụ hành chính công phường — Các
phòng chuyên môn — Cả năm
III. TỔ CHỨC THỰC HIỆN
Văn phòng HĐND và UBND phường theo dõi, tổng hợp — Chủ tịch UBND phường chỉ đạo — các phòng thực hiện.
"""


def test_items_in_a_stated_dash_order_are_rows(tmp_path):
    # (an order stated once above numbered items, no number column: each item's cells after its dashes;
    # the group titles are no rows, and the owner after `thuộc` takes no role)
    path = tmp_path / "plan.txt"
    path.write_text(DASH_ORDER_PLAN, encoding="utf-8")
    tables = parse_document(path, "plan.txt").tables
    tasks = rows_from_tables(tables, "tasks")
    assert [(t.section_id, t.lead, t.partners, t.timeframe) for t in tasks] == [
        ("II/1/1.1", ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường"], ["Các phòng, đơn vị"], "Quý I/2026"),
        ("II/1/1.2", ["Phòng Kinh tế, Hạ tầng và Đô thị"], ["Công an"], "Thường xuyên"),
        ("II/2/2.1", ["Trung tâm Phục vụ hành chính công"], ["Các phòng chuyên môn"], "Cả năm"),
    ]


MONTH_CALENDAR = (
    "Thời gian\tNội dung công việc\tNgười/bộ phận thực hiện\n"
    "Tháng 9/2026 – Tháng an toàn giao thông\n"
    "- Khai giảng năm học; ổn định nề nếp.\tBGH, Liên đội\n"
    "- Họp CMHS đầu năm (xong trước ngày 20/9/2026).\tGVCN\n"
    "- Kỷ niệm 20/10: Ban Nữ công phối hợp với Công đoàn tổ chức.\n"
    "Tháng 10/2026\n"
    "- Kiểm tra giữa HK I (từ 02/11 đến 07/11/2026).\tTTCM, GVBM\n"
)


def test_a_calendar_by_month_reads_each_task_row_without_its_time_cell(tmp_path):
    # (a school's calendar typed with tabs: each month on a line of its own heads the `- task<TAB>who`
    # rows under it; a bullet without a tab is left to the text, and the times the rows write stay the text's)
    tables = parse(tmp_path, MONTH_CALENDAR)
    tasks = [t for t in rows_from_tables(tables, "tasks") if t.section_id == "I/1"]
    assert [(t.text.split(".")[0], t.lead, t.timeframe) for t in tasks] == [
        ("- Khai giảng năm học; ổn định nề nếp", ["Ban Giám hiệu", "Liên đội"], None),
        ("- Họp CMHS đầu năm (xong trước ngày 20/9/2026)", ["Giáo viên chủ nhiệm"], None),
        ("- Kiểm tra giữa HK I (từ 02/11 đến 07/11/2026)", ["Các tổ chuyên môn", "Giáo viên bộ môn"], None),
    ]
    deadlines = {d.text: d.kind for d in tables["deadlines"] if d.section_id == "I/1"}
    assert deadlines["trước ngày 20/9/2026"] == "deadline" and deadlines["từ 02/11 đến 07/11/2026"] == "timeframe"
    assert any(a.agency == "Ban Nữ công" and a.role == "responsible" for a in tables["assignments"])


def test_a_criteria_table_without_years_leads_each_criterion_by_its_unit(tmp_path):
    # (a commune's new-rural criteria typed with tabs: `Đơn vị phụ trách` and no year column)
    table = ("Bảng 1. Hiện trạng và phân công phụ trách các tiêu chí\n"
             "TT\tTên tiêu chí\tChỉ tiêu\tHiện trạng\tĐánh giá\tĐơn vị phụ trách\n"
             "1\tGiao thông\tĐường trục thôn được cứng hóa 100%\t91,4%\tChưa đạt\tPhòng Kinh tế; Trưởng các thôn\n"
             "2\tY tế\tTỷ lệ người dân tham gia BHYT ≥ 95%\t93,1%\tChưa đạt\tTrạm Y tế xã\n"
             "\t\tTỷ lệ trẻ em dưới 5 tuổi bị SDD thể thấp còi ≤ 13%\t12,6%\tĐạt\tTrạm Y tế xã\n")
    tables = parse(tmp_path, table)
    leads = [(a.text, a.role) for a in rows_from_tables(tables, "assignments") if a.section_id == "I/1"]
    assert leads == [("Phòng Kinh tế", "lead"), ("Trưởng các thôn", "lead"),
                     ("Trạm Y tế xã", "lead"), ("Trạm Y tế xã", "lead")]


def test_a_header_joining_the_number_and_the_task_reads_numbered_rows_and_their_wraps(tmp_path):
    table = ("STT. Công việc | Thời gian | Đơn vị thực hiện\n"
             "8. Lập danh sách điều tra viên | Trước ngày 10/12/2026 | Sở Y tế\n"
             "9. Báo cáo tình hình thực hiện quý\n"
             "gửi UBND tỉnh | Chậm nhất ngày 12 tháng đầu quý sau | Sở Tư pháp (chủ trì); Sở Nội vụ\n")
    tasks = [t for t in rows_from_tables(parse(tmp_path, table), "tasks") if t.section_id == "I/1"]
    assert [(t.lead, t.partners, t.timeframe) for t in tasks] == [
        (["Sở Y tế"], [], "Trước ngày 10/12/2026"),
        (["Sở Tư pháp"], ["Sở Nội vụ"], "Chậm nhất ngày 12 tháng đầu quý sau"),
    ]


LAYOUT_SCANNED_QUOTAS = """
Chỉ tiêu thu hồi nợ xấu giao cho các phòng giao dịch năm 2025 như sau:
                                                              ĐVT: triệu đồng
 TT   Đơn vị                  Tổng nợ đến     Trong đó: nợ     Chỉ tiêu thu nợ    Tỷ lệ nợ xấu
                               31/12/2024      quá hạn          tối thiểu năm      tối
                                                                 2025               đa (%)
 (1)       (2)                   (3)             (4)               (5)              (6)
 1    Phòng giao dịch Bình Minh   52.400          8.300            2.490            2,0
 2    Phòng giao dịch Tam Bình    41.250   6.200     1.860
                                                                                    2,5
      Phòng giao dịch Trà Ôn         38.100        5.400          1.620        3,0

        III. NHIỆM VỤ
"""


def test_a_scanned_layout_quota_table_with_a_three_line_header_and_drifted_figures(tmp_path):
    # (a header wrapped over three lines, a stock at a date and its `Trong đó:` part beside the
    # bounded columns, the columns' numbers under it; a row whose figures drift left of their
    # names or wrap to the next line is read in order, and a row without its number still counts)
    rows = layout_targets(tmp_path, LAYOUT_SCANNED_QUOTAS, header=" TT   Đơn vị")
    assert [(t.text, t.comparator, t.value, t.unit_kind, t.target_year) for t in rows] == [
        ("2.490", "gte", 2_490_000_000, "money", 2025), ("2,0", "lte", 2.0, "percent", 2025),
        ("1.860", "gte", 1_860_000_000, "money", 2025), ("2,5", "lte", 2.5, "percent", 2025),
        ("1.620", "gte", 1_620_000_000, "money", 2025), ("3,0", "lte", 3.0, "percent", 2025),
    ]


BY_VILLAGE_GROUPED = (
    "\n2. Phân bổ chỉ tiêu cho các thôn, đơn vị\n"
    "BIỂU PHÂN BỔ CHỈ TIÊU HIẾN MÁU TÌNH NGUYỆN NĂM 2026\n"
    "STT\tThôn / đơn vị\tChỉ tiêu\tGhi chú\n"
    "*\tKhu vực Bắc Sơn (cũ)\n"
    "1\tThôn Tân Dân\t05\n"
    "2\tThôn Đức Mỹ\t04\n"
    "*\tKhối cơ quan, đơn vị\n"
    "3\tCông an xã\t08\tGiáo viên\n"
    "\n"
    "*\tCác thôn chủ động vận động người hiến máu.\n"
)


def test_a_tab_table_by_village_reads_on_past_its_group_rows(tmp_path):
    # (a `*` group row followed by the next numbered row is no Word bullet after the table;
    # the commune's bodies may share the village column, `Thôn / đơn vị`)
    rows = by_place_targets(tmp_path, BY_VILLAGE_GROUPED, "STT\tThôn")
    assert [(t.text, t.value, t.target_year) for t in rows] == [("05", 5, 2026), ("04", 4, 2026), ("08", 8, 2026)]


PROJECTS_FLAT_PLAN = """BAN QUẢN LÝ DỰ ÁN
Số: 15/KH-BQLDA
Đắk Lắk, ngày 10 tháng 01 năm 2027
KẾ HOẠCH
Giải ngân vốn đầu tư công năm 2027
I. DANH MỤC DỰ ÁN
STT
Tên dự án
Vốn giao năm
2027 (triệu
đồng)
Mục tiêu giải
ngân đến
30/6/2027 (%)
Phòng phụ
trách
1
Bệnh viện Đa khoa tỉnh - Khối nhà
điều trị nội trú 9 tầng
168.500
50
P.QLDA1
2
Trường THPT chuyên Nguyễn Du - Nhà
đa năng
58.700
50
P.QLDA2
Ghi chú:
- P.QLDA1: Phòng Quản lý dự án 1; P.QLDA2: Phòng Quản lý dự án 2; P.KT: Phòng Kỹ thuật.
II. TỔ CHỨC THỰC HIỆN
Các phòng theo dõi tiến độ.
"""


def test_a_flattened_list_of_projects_with_wrapped_figure_columns_gives_each_project_its_department(tmp_path):
    # (the header's figure columns wrap over lines, `Vốn giao năm` / `2027 (triệu` / `đồng)`; a project's
    # name ends before the bare figures, which fill the columns before the department's)
    path = tmp_path / "plan.txt"
    path.write_text(PROJECTS_FLAT_PLAN, encoding="utf-8")
    tables = parse_document(path, "plan.txt").tables
    got = [(a.text, a.agency, a.role) for a in rows_from_tables(tables, "assignments")]
    assert got == [("P.QLDA1", "Phòng Quản lý dự án 1", "lead"), ("P.QLDA2", "Phòng Quản lý dự án 2", "lead")]


BY_QUARTER = (
    "2.\tDự toán thu, chi theo quý năm 2025\n"
    "Biểu 02. Dự toán thu, chi của Trung tâm theo quý\t\t\t\tĐVT: triệu đồng\n"
    "TT\tKhoản mục\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\tGhi chú\n"
    "1\tThu phí, lệ phí\t1.200\t1.350\t1.400\t1.550\t5.500\t\n"
    "2\tChi thường xuyên\t1.100\t1.200\t1.250\t1.300\t4.850\tkhông quá 90% tổng thu\n"
    "3\tChênh lệch (1 - 2)\t100\t150\t150\t250\t650\t\n"
)


def test_a_tab_table_by_quarter_under_a_unit_line_gives_each_cell_as_a_target(tmp_path):
    # (the tabs after the heading's label and before the title's unit make no row; each line item's
    # quarter and whole-year cells are targets in the unit line's unit, due the heading's year; the
    # bracket of row labels is no unit; the note cell is read as text)
    rows = [t for t in parse(tmp_path, BY_QUARTER)["targets"] if t.section_id == "I/2"]
    assert [(t.text, t.value, t.unit_kind, t.target_year) for t in rows[:6]] == [
        ("1.200", 1_200_000_000, "money", 2025), ("1.350", 1_350_000_000, "money", 2025),
        ("1.400", 1_400_000_000, "money", 2025), ("1.550", 1_550_000_000, "money", 2025),
        ("5.500", 5_500_000_000, "money", 2025), ("1.100", 1_100_000_000, "money", 2025)]
    assert ("650", 650_000_000, "money") in [(t.text, t.value, t.unit_kind) for t in rows]
    assert ("không quá 90%", "lte", 90) in [(t.text, t.comparator, t.value) for t in rows]
    schedule = BY_QUARTER.replace("\t\t\t\tĐVT: triệu đồng", "")  # (no unit said: a schedule, not figures)
    assert not [t for t in parse(tmp_path, schedule)["targets"] if t.text == "1.350"]


BY_ZONE = (
    "2. Quy mô vùng chè tập trung\n"
    "Bảng 2. Quy mô vùng chè nguyên liệu đến năm 2028\n"
    "(ĐVT: diện tích - ha; năng suất - tấn/ha; sản lượng - tấn)\n"
    "| TT | Vùng nguyên liệu | Các xã chủ yếu | Diện tích | Năng suất | Sản lượng |\n"
    "|---|---|---|---|---|---|\n"
    "| 1 | Nhà máy chè Phú Đa | Phú Đa, Tân Lập | 1.200 | 12 | 14.400 |\n"
    "| 2 | Nhà máy chè Hòa Bình | Hòa Bình, Yên Sơn | 800 | 11 | 8.800 |\n"
)


def test_a_table_by_zone_under_a_unit_line_by_column_gives_area_yield_and_output(tmp_path):
    # (the zones are the rows; the communes each covers are no figure; beside a yield a bare
    # `Diện tích` is the planted area, a goal; the unit line gives each column its unit)
    path = tmp_path / "plan.txt"  # (under the objectives, whose figures the table details)
    path.write_text(PLAN.format(body_table=BY_ZONE).replace("I. NHIỆM VỤ", "I. MỤC TIÊU"), encoding="utf-8")
    rows = [t for t in parse_document(path, "plan.txt").tables["targets"] if t.section_id == "I/2"]
    assert [(t.text.strip("| "), t.value, t.unit_kind, t.target_year) for t in rows] == [
        ("1.200", 1200, "area", 2028), ("12", 12, "other", 2028), ("14.400", 14400, "other", 2028),
        ("800", 800, "area", 2028), ("11", 11, "other", 2028), ("8.800", 8800, "other", 2028)]


def test_a_timetable_typed_as_bullets_with_pipes_gives_one_task_a_bullet(tmp_path):
    # a chat post's timetable: a header without tone marks in brackets, one `*` bullet a row, rows
    # wrapping onto the next line, also in the middle of a name or after a cell's pipe
    body_table = ("(Thoi gian | Noi dung | Chu tri | Phoi hop)\n"
                  "* Tháng 3 - 4/2024 | Khám sức khỏe định kỳ | Sở Y tế |\n"
                  "Hội Người cao tuổi tỉnh, Sở Nội vụ\n"
                  "* Quý II/2024 | Tập huấn cán bộ y tế | Sở Y tế | Sở Văn hóa, Thể thao\n"
                  "và Du lịch\n"
                  "* Trước 30/10/2024 | Sơ kết | Sở Lao động - Thương binh và\n"
                  "Xã hội | Sở Tài chính\n")
    tasks = [t for t in rows_from_tables(parse(tmp_path, body_table), "tasks") if t.section_id == "I/1"]
    assert [(t.lead, t.partners, t.timeframe) for t in tasks] == [
        (["Sở Y tế"], ["Hội Người cao tuổi", "Sở Nội vụ"], "Tháng 3 - 4/2024"),
        (["Sở Y tế"], ["Sở Văn hóa, Thể thao và Du lịch"], "Quý II/2024"),
        (["Sở Lao động - Thương binh và Xã hội"], ["Sở Tài chính"], "Trước 30/10/2024"),
    ]


def test_a_sports_congress_schedule_headed_mon_thi_gives_each_host_body_its_sport(tmp_path):
    # (`Môn thi` heads the sports as `Môn thi đấu` does; the host column leads each row)
    body_table = ("| TT | Môn thi | Thời gian | Địa điểm | Đơn vị đăng cai |\n|---|---|---|---|---|\n"
                  "| 1 | Việt dã | 06h00 ngày 12/7/2024 | Quanh hồ | Sở Y tế |\n"
                  "| 2 | Bóng bàn | 15 - 18/7 | Nhà thi đấu | UBND huyện Cam Lộ |\n")
    tasks = [t for t in rows_from_tables(parse(tmp_path, body_table), "tasks") if t.section_id == "I/1"]
    assert [(t.lead, t.timeframe) for t in tasks] == [
        (["Sở Y tế"], "06h00 ngày 12/7/2024"), (["Ủy ban nhân dân huyện Cam Lộ"], "15 - 18/7")]


def test_an_exam_timetable_is_no_task_table(tmp_path):
    # (`Thời gian làm bài` is how long a paper takes, no time the work is due)
    body_table = ("| Ngày | Buổi | Môn thi | Thời gian làm bài |\n|---|---|---|---|\n"
                  "| 04/6/2024 | Sáng | Ngữ văn | 120 phút |\n")
    assert not [t for t in rows_from_tables(parse(tmp_path, body_table), "tasks") if t.section_id == "I/1"]


BY_PLACE_CSV = """
PHỤ LỤC: CHỈ TIÊU GIAO CHO CÁC THÔN NĂM 2026

STT,Thôn,Số hộ hiện có,Chỉ tiêu hộ dùng nước sạch (hộ),Ghi chú
1,Thôn Đông,320,300,"Xóm 1, xóm 2"
2,Thôn Tây,"1.204",1.100,
"""


def test_a_table_by_place_pasted_as_csv_gives_its_target_cells(tmp_path):
    # (the count of households each village has is how it stands, not a goal; an unquoted
    # `1.100` is a thousand and one hundred, a quoted note keeps its comma)
    rows = by_place_targets(tmp_path, BY_PLACE_CSV, header="STT,Thôn")
    assert [(t.text, t.value, t.unit_kind, t.target_year) for t in rows] == [
        ("300", 300, "count", 2026), ("1.100", 1100, "count", 2026)]


def test_a_schedule_of_conferences_by_host_gives_each_host_the_lead_of_its_day(tmp_path):
    # (`TT | Đơn vị chủ trì | Thời gian | Báo cáo viên`: each party committee holds its own
    # conference; the speaker sent to it is a person, no body; a time left to the unit's own plan
    # is no deadline, the body it reports to is read from the cell)
    body_table = ("TT\tĐơn vị chủ trì\tThời gian\tBáo cáo viên\n"
                  "1\tHuyện ủy Cam Lộ\tSáng 16/01/2024\tĐ/c Hoàng Văn Thắng, Trưởng Ban Tuyên giáo Tỉnh ủy\n"
                  "2\tĐảng ủy Quân sự tỉnh\tTheo kế hoạch của đơn vị, báo cáo Ban Thường vụ Tỉnh ủy\tThủ trưởng đơn vị\n")
    tables = parse(tmp_path, body_table)
    tasks = [t for t in rows_from_tables(tables, "tasks") if t.section_id == "I/1"]
    assert [(t.lead, t.timeframe) for t in tasks] == [
        (["Huyện ủy Cam Lộ"], "Sáng 16/01/2024"),
        (["Đảng ủy Quân sự tỉnh"], "Theo kế hoạch của đơn vị, báo cáo Ban Thường vụ Tỉnh ủy")]
    assert [(a.text, a.role) for a in rows_from_tables(tables, "assignments") if a.section_id == "I/1"] == [
        ("Huyện ủy Cam Lộ", "lead"), ("Đảng ủy Quân sự tỉnh", "lead"), ("Ban Thường vụ Tỉnh ủy", "report_to")]
    assert [d.text for d in rows_from_tables(tables, "deadlines") if d.section_id == "I/1"] == ["Sáng 16/01/2024"]


def test_a_list_of_projects_gives_each_investor_the_lead_of_its_project(tmp_path):
    # (`Chủ đầu tư` in a list of works to build: the board that invests carries the project out)
    body_table = ("| TT | Tên dự án | Địa điểm | Chủ đầu tư | Thời gian thực hiện |\n|---|---|---|---|---|\n"
                  "| 1 | Kè bờ sông Hiếu | Phường 1 | Ban QLDA ĐTXD tỉnh | 2027-2029 |\n"
                  "| 2 | Trạm bơm Đông Hà | Phường 2 | UBND thành phố Đông Hà | 2028-2030 |\n")
    tasks = [t for t in rows_from_tables(parse(tmp_path, body_table), "tasks") if t.section_id == "I/1"]
    assert [(t.lead, t.timeframe) for t in tasks] == [
        (["Ban Quản lý dự án đầu tư xây dựng"], "2027-2029"), (["Ủy ban nhân dân thành phố Đông Hà"], "2028-2030")]


def test_a_table_by_sector_under_a_title_that_sets_minimums_gives_gte_targets(tmp_path):
    # (a flattened table, one cell a line: each industry's minimum cut, due in the title's year)
    appendix = ("\nBảng 1. Mức giảm suất tiêu hao năng lượng bình quân đến năm 2030\n"
                "STT\nNgành/phân ngành\nMức giảm tối thiểu (%)\n1\nThép\n6,5\n2\nXi măng\n5,0\n")
    rows = by_place_targets(tmp_path, appendix, header="STT\nNgành")
    assert [(t.text, t.comparator, t.value, t.unit_kind, t.target_year) for t in rows] == [
        ("6,5", "gte", 6.5, "percent", 2030), ("5,0", "gte", 5.0, "percent", 2030)]
