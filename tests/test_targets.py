"""Targets (chỉ tiêu): sentences from plans and the rows they must give."""

from pathlib import Path

import pytest

from pipeline.document import parse_document

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "tests" / "samples"

PLAN = """ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA
Số: 12/KH-UBND
Khánh Hòa, ngày 05 tháng 3 năm 2025
KẾ HOẠCH
Thực hiện chính sách xã hội trên địa bàn tỉnh
I. MỤC TIÊU
{objectives}
II. NHIỆM VỤ, GIẢI PHÁP
{tasks}
III. TỔ CHỨC THỰC HIỆN
Sở Y tế chủ trì, theo dõi.
Nơi nhận:
- Như trên;
"""


def targets(tmp_path: Path, objectives: str = "", tasks: str = ""):
    """The targets rows of a small plan with these objectives and tasks."""
    path = tmp_path / "plan.txt"
    path.write_text(PLAN.format(objectives=objectives, tasks=tasks), encoding="utf-8")
    out = parse_document(path, "plan.txt")
    assert not out.tables["errors"], out.tables["errors"]
    return out.tables["targets"]


def one(rows, text: str):
    found = [r for r in rows if r.text == text]
    assert len(found) == 1, [r.text for r in rows]
    return found[0]


# -- comparators, values, units ----------------------------------------------------

def test_a_line_of_objectives(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Tỉ lệ thất nghiệp chung dưới 2,5%, tỉ lệ thất nghiệp khu vực thành thị dưới 3,5%; "
        "khoảng 30% lực lượng lao động trong độ tuổi lao động tham gia bảo hiểm xã hội; "
        "trên 95% dân số tham gia bảo hiểm y tế."))
    assert [(r.text, r.comparator, r.value, r.indicator_code) for r in rows] == [
        ("dưới 2,5%", "lt", 2.5, "unemployment_rate"),
        ("dưới 3,5%", "lt", 3.5, "unemployment_rate_urban"),
        ("khoảng 30%", "approx", 30, "bhxh_participation"),
        ("trên 95%", "gt", 95, "bhyt_coverage"),
    ]
    assert rows[0].indicator == "Tỉ lệ thất nghiệp chung"
    assert rows[2].indicator == "lực lượng lao động trong độ tuổi lao động tham gia bảo hiểm xã hội"
    assert rows[3].sentence == "trên 95% dân số tham gia bảo hiểm y tế"
    assert all(r.unit == "%" and r.unit_kind == "percent" for r in rows)


@pytest.mark.parametrize("sentence,text,comparator,value", [
    ("Xây dựng được ít nhất 3.700 căn hộ nhà ở xã hội.", "ít nhất 3.700 căn hộ", "gte", 3700),
    ("Cấp trung học cơ sở tối thiểu đạt 97%.", "tối thiểu đạt 97%", "gte", 97),
    ("Tỷ lệ lao động qua đào tạo đạt 50% trở lên.", "đạt 50% trở lên", "gte", 50),
    ("Tỷ lệ lao động qua đào tạo từ 25%.", "từ 25%", "gte", 25),
    ("Tỷ lệ hộ nghèo không vượt quá 3%.", "không vượt quá 3%", "lte", 3),
    ("Tỷ lệ tiêm chủng mở rộng đạt 97%.", "đạt 97%", "eq", 97),
    ("Tỷ lệ dân số đô thị được cung cấp nước sạch là 81%.", "là 81%", "eq", 81),
    ("Tỷ lệ hộ gia đình sử dụng nước sạch đạt gần 100%.", "đạt gần 100%", "approx", 100),
    ("Diện tích nhà ở bình quân đạt khoảng 35,4 m 2 sàn/người.", "đạt khoảng 35,4 m 2 sàn/người", "approx", 35.4),
])
def test_comparators(tmp_path, sentence, text, comparator, value):
    row = one(targets(tmp_path, objectives=f"- {sentence}"), text)
    assert (row.comparator, row.value) == (comparator, value)


@pytest.mark.parametrize("sentence,text,value,value_max,unit", [
    ("Tỷ lệ hộ nghèo giảm còn 2,0% - 2,2%.", "2,0% - 2,2%", 2.0, 2.2, "%"),
    ("Tỷ lệ lao động qua đào tạo đạt 70% - 75%.", "đạt 70% - 75%", 70, 75, "%"),
    ("Mức giảm tỷ lệ hộ nghèo 4-5%/năm.", "4-5%/năm", 4, 5, "%/năm"),
    ("Tỷ lệ thất nghiệp khu vực thành thị từ 1,5-2%.", "từ 1,5-2%", 1.5, 2, "%"),
    ("Mỗi năm tạo việc làm cho từ 3 đến 5 nghìn lao động.", "từ 3 đến 5 nghìn lao động", 3000, 5000, "lao động"),
    # the multiplier is written after the second number only, and multiplies both
    ("Phấn đấu đón khoảng 12 - 13 triệu lượt khách.", "khoảng 12 - 13 triệu lượt khách", 12e6, 13e6, "lượt khách"),
    ("Tăng trưởng doanh thu du lịch bình quân 10 - 12%/năm.", "10 - 12%/năm", 10, 12, "%/năm"),
])
def test_ranges(tmp_path, sentence, text, value, value_max, unit):
    row = one(targets(tmp_path, objectives=f"- {sentence}"), text)
    assert (row.comparator, row.value, row.value_max, row.unit) == ("range", value, value_max, unit)


def test_decrease_and_maintain(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi giảm còn dưới 25%; "
        "duy trì 100% xã đạt chuẩn quốc gia về y tế."))
    stunting, health = one(rows, "dưới 25%"), one(rows, "100%")
    assert (stunting.comparator, stunting.direction, stunting.indicator_code) == ("lt", "decrease", "stunting_under5")
    assert (health.comparator, health.direction) == ("eq", "maintain")


@pytest.mark.parametrize("sentence,text,unit,unit_kind,code", [
    ("Số bác sỹ đạt 10 bác sĩ/vạn dân.", "đạt 10 bác sĩ/vạn dân", "bác sĩ/vạn dân", "rate", "doctors_per_10k"),
    ("Số dược sĩ đạt 1,2 dược sĩ/ vạn dân.", "đạt 1,2 dược sĩ/ vạn dân", "dược sĩ/vạn dân", "rate", None),
    ("Có 25 điều dưỡng viên trên 10.000 dân.", "25 điều dưỡng viên trên 10.000 dân", "điều dưỡng viên/vạn dân", "rate", None),
    ("Diện tích nhà ở bình quân đạt 26m2 sàn/người.", "đạt 26m2 sàn/người", "m2 sàn/người", "area", "housing_floor_area"),
    ("Tuổi thọ trung bình của người dân khoảng 74 tuổi.", "khoảng 74 tuổi", "tuổi", "age", "life_expectancy"),
    ("Số con bình quân của phụ nữ ở mức 2,1 con/người.", "ở mức 2,1 con/người", "con/người", "ratio", None),
    ("Hằng năm giải quyết việc làm mới cho trên 16.600 lao động.", "trên 16.600 lao động", "lao động", "count", "new_jobs"),
    ("Hỗ trợ trên 400 hộ nghèo xây dựng nhà ở.", "trên 400 hộ", "hộ", "count", None),
    ("Quy hoạch ít nhất 500 ha đất để phát triển nhà ở.", "ít nhất 500 ha", "ha", "area", None),
    ("Phấn đấu huy động 7.080 tỷ đồng cho an sinh xã hội.", "7.080 tỷ đồng", "đồng", "money", None),
    ("Thu nhập bình quân đầu người đạt từ 52 triệu đồng/người/năm trở lên.", "từ 52 triệu đồng/người/năm trở lên",
     "đồng/người/năm", "money", None),
    ("Tỷ số giới tính khi sinh không quá 109 bé trai/100 bé gái sinh ra sống.", "không quá 109 bé trai/100 bé gái",
     "bé trai/100 bé gái", "ratio", None),
    ("Làm mới, nâng cấp ít nhất 3,5 km đường giao thông nông thôn.", "ít nhất 3,5 km", "km", "other", None),
    ("Duy trì ít nhất 02 chuyên mục mỗi tháng về y tế, dân số.", "ít nhất 02 chuyên mục", "chuyên mục", "count", None),
    ("Phấn đấu tổ chức ít nhất 12 phiên giao dịch việc làm lưu động.", "ít nhất 12 phiên", "phiên", "count", None),
    ("Thanh tra tối thiểu 250 đơn vị sử dụng lao động.", "tối thiểu 250 đơn vị", "đơn vị", "count", None),
    ("Phấn đấu mỗi năm trồng mới ít nhất 50.000 cây xanh phân tán.", "ít nhất 50.000 cây xanh", "cây xanh", "count",
     None),
    ("Bố trí tối thiểu 2% tổng chi ngân sách cho an sinh xã hội.", "tối thiểu 2%", "%", "percent", None),
])
def test_units_and_kinds(tmp_path, sentence, text, unit, unit_kind, code):
    row = one(targets(tmp_path, objectives=f"- {sentence}"), text)
    assert (row.unit, row.unit_kind, row.indicator_code) == (unit, unit_kind, code)


@pytest.mark.parametrize("sentence,text,unit", [
    # the lexicon of counted things (rules/units.yaml COUNT_*), from plans of provinces,
    # districts, ministries and cities
    ("Có thêm ít nhất 02 cụm công nghiệp được đầu tư hệ thống xử lý nước thải.", "ít nhất 02 cụm công nghiệp",
     "cụm công nghiệp"),
    ("Cục Khoa học công nghệ tổ chức ít nhất 02 lớp tập huấn trực tuyến về kỹ năng số.", "ít nhất 02 lớp", "lớp"),
    ("Tổ chức ít nhất 02 đợt kiểm tra tại các bệnh viện.", "ít nhất 02 đợt", "đợt"),
    ("Có thêm 08 sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên.", "08 sản phẩm", "sản phẩm"),
    ("Đón khoảng 9,7 triệu lượt khách.", "khoảng 9,7 triệu lượt khách", "lượt khách"),
    ("Toàn thành phố có khoảng 30.000 buồng lưu trú.", "khoảng 30.000 buồng lưu trú", "buồng lưu trú"),
    ("Có 02 khu du lịch quốc gia (Cát Bà, Đồ Sơn).", "02 khu du lịch", "khu du lịch"),
    ("Phấn đấu có ít nhất 02 sự kiện văn hóa, du lịch quy mô quốc tế/năm.", "ít nhất 02 sự kiện", "sự kiện"),
    ("Thu hút ít nhất 05 dự án du lịch quy mô lớn.", "ít nhất 05 dự án", "dự án"),
    ("Toàn huyện có thêm ít nhất 20 thôn đạt chuẩn khu dân cư kiểu mẫu.", "ít nhất 20 thôn", "thôn"),
    ("Kết nạp ít nhất 150 đảng viên mới.", "ít nhất 150 đảng viên", "đảng viên"),
    # a plan's shorthand for doanh nghiệp, and the deputies an election plan elects
    ("Thành lập mới ít nhất 1.200 DN; thu hút tối thiểu 25 dự án đầu tư ngoài NSNN.", "ít nhất 1.200 DN", "DN"),
    ("Bầu đủ 30 đại biểu Hội đồng nhân dân xã nhiệm kỳ 2026 - 2031.", "30 đại biểu", "đại biểu"),
    # the medals a sports team aims at
    ("Phấn đấu đạt từ 15 huy chương vàng trở lên.", "từ 15 huy chương vàng trở lên", "huy chương vàng"),
])
def test_counted_things(tmp_path, sentence, text, unit):
    row = one(targets(tmp_path, objectives=f"- {sentence}"), text)
    assert (row.unit, row.unit_kind) == (unit, "count")


def test_a_percentage_whose_digits_a_copy_split(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Du lịch đóng góp khoảng 1 0% vào tổng sản phẩm trên địa bàn (GRDP) của thành phố vào năm 20 30."))
    assert [(r.text, r.comparator, r.value, r.target_year) for r in rows] == [("khoảng 1 0%", "approx", 10, 2030)]


@pytest.mark.parametrize("objective,expected", [
    ("- Sĩ số bình quân không quá 45 học sinh/lớp đối với trung học cơ sở.",
     [("không quá 45 học sinh/lớp", 45, "học sinh/lớp")]),
    # a ratio named before its numbers, which carry no unit
    ("- Bảo đảm tỷ lệ giáo viên/lớp đạt 1,5 đối với tiểu học học 2 buổi/ngày và 1,9 đối với trung học cơ sở.",
     [("đạt 1,5", 1.5, None), ("1,9", 1.9, None)]),
])
def test_ratios_of_two_counted_things(tmp_path, objective, expected):
    rows = targets(tmp_path, objectives=objective)
    assert [(r.text, r.value, r.unit) for r in rows] == expected
    assert {r.unit_kind for r in rows} == {"ratio"}


def test_a_bare_number_after_a_ratio_that_names_no_ratio_is_no_target(tmp_path):
    assert targets(tmp_path, objectives="- Tỷ lệ hộ nghèo đạt 1,5 đối với các xã.") == []


def test_numerators_share_the_denominator_written_after_the_list(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Phấn đấu có trên 40 giường bệnh viện, 12 bác sĩ, 1,5 dược sĩ, 25 điều dưỡng viên trên 10.000 dân."))
    assert [(r.text, r.value, r.unit, r.indicator_code) for r in rows] == [
        ("trên 40 giường bệnh viện", 40, "giường bệnh viện/vạn dân", "hospital_beds_per_10k"),
        ("12 bác sĩ", 12, "bác sĩ/vạn dân", "doctors_per_10k"),
        ("1,5 dược sĩ", 1.5, "dược sĩ/vạn dân", None),
        ("25 điều dưỡng viên trên 10.000 dân", 25, "điều dưỡng viên/vạn dân", None),
    ]
    assert {r.unit_kind for r in rows} == {"rate"}


def test_a_fraction_after_a_direction_word_and_its_restatement_in_words(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Phấn đấu số hộ nghèo năm 2025 giảm 1/2 (một phần hai) so với năm đầu nhiệm kỳ."))
    assert [(r.text, r.value, r.unit_kind, r.direction, r.target_year) for r in rows] == [
        ("1/2", 0.5, "ratio", "decrease", 2025)]


def test_a_million_written_as_a_word(tmp_path):
    row = one(targets(tmp_path, objectives="- Phấn đấu xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội."),
              "ít nhất 01 triệu căn hộ")
    assert (row.value, row.unit, row.indicator_code) == (1_000_000, "căn hộ", "social_housing_units")


def test_one_number_for_two_indicators_gets_no_code(tmp_path):
    row = one(targets(tmp_path, objectives=(
        "- Tỷ lệ gia đình được sử dụng nước sạch ở đô thị và nước sinh hoạt hợp vệ sinh ở nông thôn "
        "đạt gần 100% dân số.")), "đạt gần 100%")
    assert row.indicator_code is None


def test_money_is_valued_in_the_currency(tmp_path):
    row = one(targets(tmp_path, objectives="- Thu nhập bình quân đầu người đạt từ 52 triệu đồng/người/năm trở lên."),
              "từ 52 triệu đồng/người/năm trở lên")
    assert (row.value, row.comparator) == (52_000_000, "gte")
    row = one(targets(tmp_path, objectives="- Phấn đấu huy động khoảng 5 nghìn tỷ đồng cho an sinh xã hội."),
              "khoảng 5 nghìn tỷ đồng")
    assert (row.value, row.unit, row.unit_kind) == (5e12, "đồng", "money")


@pytest.mark.parametrize("objective,text,code", [
    # the share before it has the words; `trong đó` narrows it
    ("- Tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 93%; trong đó năm 2025 đạt ít nhất 91%.", "đạt ít nhất 91%",
     "bhyt_coverage"),
    ("- Tỷ lệ lao động qua đào tạo đạt 69%, trong đó có bằng cấp, chứng chỉ đạt 28,5%.", "đạt 28,5%",
     "trained_labour_rate"),
    ("- Tỷ lệ dân cư nông thôn được sử dụng nước hợp vệ sinh đạt 98%, trong đó sử dụng nước sạch đáp ứng quy chuẩn "
     "đạt 45%.", "đạt 45%", "clean_water_rural"),
    # a part with its own measured words keeps them
    ("- Tỷ lệ hộ nghèo giảm 1,5%, trong đó tỷ lệ thất nghiệp khu vực thành thị dưới 3%.", "dưới 3%",
     "unemployment_rate_urban"),
])
def test_a_share_opened_by_trong_do_measures_the_quantity_before_it(tmp_path, objective, text, code):
    assert one(targets(tmp_path, objectives=objective), text).indicator_code == code


def test_a_share_with_its_noun_after_the_number_is_not_narrowed(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- 100% khu dân cư có nhà văn hóa, trong đó có 60% khu dân cư có nhà văn hóa đạt chuẩn."))
    assert one(rows, "60%").indicator == "khu dân cư có nhà văn hóa đạt chuẩn"


def test_the_area_may_follow_who_is_counted_in_urban_unemployment(tmp_path):
    row = one(targets(tmp_path, objectives=(
        "- Tỷ lệ thất nghiệp của lực lượng lao động trong độ tuổi ở khu vực thành thị dưới 3,5%.")), "dưới 3,5%")
    assert row.indicator_code == "unemployment_rate_urban"


def test_an_indicator_after_a_comma_with_nothing_after_the_number(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Tỷ lệ lực lượng lao động tham gia bảo hiểm xã hội đạt 42%, tham gia bảo hiểm thất nghiệp đạt 35%."))
    assert [r.indicator_code for r in rows] == ["bhxh_participation", "bhtn_participation"]


def test_a_communes_clean_water_is_rural(tmp_path):
    path = tmp_path / "xa.txt"
    path.write_text(PLAN.replace("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", "ỦY BAN NHÂN DÂN XÃ TÂN LẬP").format(
        objectives="- Tỷ lệ hộ gia đình sử dụng nước sạch theo quy chuẩn đạt 45%.", tasks=""), encoding="utf-8")
    assert one(parse_document(path, "xa.txt").tables["targets"], "đạt 45%").indicator_code == "clean_water_rural"
    province = targets(tmp_path, objectives="- Tỷ lệ hộ gia đình sử dụng nước sạch theo quy chuẩn đạt 45%.")
    assert one(province, "đạt 45%").indicator_code is None


def test_a_predicate_shared_by_a_list(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- 100% hộ gia đình ở thành thị và 80% hộ gia đình ở nông thôn được sử dụng nước sạch theo quy chuẩn."))
    assert [r.indicator_code for r in rows] == ["clean_water_urban", "clean_water_rural"]
    assert rows[0].indicator == "hộ gia đình ở thành thị"


# -- the target year ---------------------------------------------------------------

def test_year_at_a_clause_end_covers_that_clause_only(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Phấn đấu trên 95% trẻ dưới 01 tuổi được tiêm chủng đầy đủ; tỷ lệ trẻ em dưới 5 tuổi bị suy "
        "dinh dưỡng thể thấp còi còn dưới 9,3% vào năm 2025; 100% thôn có nhân viên y tế."))
    assert [(r.text, r.target_year) for r in rows] == [("trên 95%", None), ("dưới 9,3%", 2025), ("100%", None)]


def test_year_that_opens_a_sentence_covers_it_across_semicolons(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Phấn đấu đến năm 2025: tỷ lệ bao phủ bảo hiểm y tế đạt 95%; tỷ lệ tiêm chủng đạt 98%."))
    assert [(r.value, r.target_year, r.indicator_code) for r in rows] == [
        (95, 2025, "bhyt_coverage"), (98, 2025, "immunization_rate")]


def test_each_number_takes_the_year_nearest_in_its_clause(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Diện tích sàn nhà ở bình quân đến năm 2025 đạt 26m2 sàn/người và đến năm 2030 đạt 30,48 m2 sàn/người."))
    assert [(r.value, r.target_year) for r in rows] == [(26, 2025), (30.48, 2030)]


def test_a_year_in_an_upper_case_heading_over_dash_bullets(tmp_path):
    # `NĂM 2025` + line end + `- T…` once read as a document symbol `2025-T`
    rows = targets(tmp_path, objectives="1. MỤC TIÊU, CHỈ TIÊU NĂM 2025\n- Tỷ lệ hộ nghèo đa chiều giảm còn dưới 2,5%.")
    assert [(r.text, r.target_year, r.indicator_code) for r in rows] == [("dưới 2,5%", 2025, "poverty_rate")]


def test_a_bullet_lead_in_with_a_year_makes_its_counted_items_targets(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Trong năm 2025, Hội Nông dân xã thực hiện:\n"
        "+ Hướng dẫn Nhân dân tái canh ít nhất 45 ha cà phê;\n"
        "+ Hỗ trợ thành lập mới 01 hợp tác xã nông nghiệp;\n"
        "+ Xây dựng 02 sản phẩm đạt chứng nhận OCOP."))
    assert [(r.text, r.unit_kind, r.target_year) for r in rows] == [
        ("ít nhất 45 ha", "area", 2025), ("01 hợp tác xã", "count", 2025), ("02 sản phẩm", "count", 2025)]


def test_items_under_a_lead_in_dated_before_the_plan_are_results(tmp_path):
    assert targets(tmp_path, tasks="- Trong năm 2023, toàn tỉnh đã thực hiện:\n+ Hỗ trợ 500 hộ nghèo;\n+ Đạt 95%.") == []


def test_counted_items_of_a_task_without_a_year_are_not_targets(tmp_path):
    assert targets(tmp_path, tasks="- Hội Nông dân xã thực hiện:\n+ Hỗ trợ thành lập mới 01 hợp tác xã nông nghiệp;") == []


def test_a_bullet_lead_in_without_a_year_passes_the_year_above_it_on(tmp_path):
    rows = targets(tmp_path, objectives="Mục tiêu đến năm 2030:\n- Về y tế:\n+ Tỷ lệ tiêm chủng đạt 98%.")
    assert [(r.value, r.target_year) for r in rows] == [(98, 2030)]


def test_year_from_the_heading_split_by_a_stray_space(tmp_path):
    rows = targets(tmp_path, objectives="1. Mục tiêu cụ thể năm 20 30\n- Tỷ lệ thất nghiệp chung dưới 2,5%.")
    assert [(r.text, r.target_year, r.section_id) for r in rows] == [("dưới 2,5%", 2030, "I/1")]


def test_year_from_a_heading_whose_marker_is_a_word_and_a_number(tmp_path):
    # `Mục 1.`: the full stop after the marker ends no heading words, so the year after it counts
    rows = targets(tmp_path, objectives="Mục 1. Các chỉ tiêu chủ yếu đến năm 2030\n- Tỷ lệ đô thị hóa đạt 45%.")
    assert [(r.text, r.target_year) for r in rows] == [("đạt 45%", 2030)]


def test_year_from_a_lead_in_line_above_bullets(tmp_path):
    rows = targets(tmp_path, objectives=(
        "Một số chỉ tiêu chủ yếu cần đạt được đến năm 2030:\n- Tỷ lệ thất nghiệp dưới 3%.\n"
        "- Tuổi thọ trung bình đạt 75 tuổi."))
    assert [(r.text, r.target_year) for r in rows] == [("dưới 3%", 2030), ("đạt 75 tuổi", 2030)]


def test_year_from_a_lead_in_over_bullets_a_word_list_copies_out(tmp_path):
    # `❖`, `➢`: Word's list bullets are bullets, so the lead-in's span dates them too
    rows = targets(tmp_path, objectives=(
        "Trong thời gian cao điểm từ ngày 20/01/2027 đến hết ngày 28/02/2027, phấn đấu đạt các chỉ tiêu sau:\n"
        "❖ 100% lái xe được kiểm tra nồng độ cồn trước khi cho xe xuất bến.\n"
        "❖ Năng lực vận tải hành khách tăng tối thiểu 15% so với ngày thường."))
    assert [(r.text, r.target_year) for r in rows] == [("100%", 2027), ("tối thiểu 15%", 2027)]


def test_a_note_under_a_layout_table_by_station_makes_its_counts_minimums(tmp_path):
    # a table whose title names no goal is one of goals when the note under it bounds its figures
    rows = targets(tmp_path, tasks=(
        "1. Dự kiến phương tiện tăng cường tại các bến xe (theo đăng ký của đơn vị):\n"
        "STT   Bến xe                 Số xe tăng cường     Lượt xuất bến/ngày     Tuyến chủ yếu\n"
        "1     BX khách Long Xuyên        42 xe             ít nhất 130 lượt     TP.HCM, Cần Thơ\n"
        "2     BX Châu Đốc                28 xe             90 lượt              TP.HCM, Đồng Tháp\n"
        "(Số liệu trên là số liệu tối thiểu, các bến xe cập nhật khi có thay đổi).\n"))
    assert [(r.text, r.comparator, r.value) for r in rows] == [
        ("42 xe", "gte", 42), ("ít nhất 130 lượt", "gte", 130), ("28 xe", "gte", 28), ("90 lượt", "gte", 90)]


@pytest.mark.parametrize("task,text,year", [
    # a month to be done by gives its year, although it is a date
    ("- Tích hợp Sổ sức khỏe điện tử, phấn đấu đến hết tháng 6/2025 có ít nhất 30 triệu người dân kích hoạt.",
     "ít nhất 30 triệu người dân", 2025),
    # the end of the period the work is to be done in
    ("- Phấn đấu giai đoạn 2024 - 2025 cứng hóa thêm khoảng 40 km đường giao thông nông thôn.", "khoảng 40 km", 2025),
])
def test_a_due_month_or_period_gives_the_year(tmp_path, task, text, year):
    assert one(targets(tmp_path, tasks=task), text).target_year == year


def test_a_period_that_names_a_standard_gives_no_year(tmp_path):
    rows = targets(tmp_path, tasks="- Giảm 50% số hộ nghèo theo chuẩn nghèo giai đoạn 2021 - 2025.")
    assert [(r.text, r.target_year) for r in rows] == [("50%", None)]


def test_the_year_of_a_law_neither_dates_a_target_nor_makes_it_a_result(tmp_path):
    rows = targets(tmp_path, objectives=(
        "Mục tiêu đến năm 2025:\n- 100% giáo viên mầm non đạt chuẩn trình độ đào tạo theo Luật Giáo dục năm 2019."))
    assert [(r.text, r.target_year) for r in rows] == [("100%", 2025)]


def test_an_objectives_heading_below_the_top_makes_counted_items_goals(tmp_path):
    # a plan in parts (`B. KẾ HOẠCH …` over `II. MỤC TIÊU`) or a task with its own targets
    rows = targets(tmp_path, tasks="1. Chỉ tiêu năm 2026\n- Có thêm 08 sản phẩm được công nhận đạt chuẩn OCOP.")
    assert [(r.text, r.target_year) for r in rows] == [("08 sản phẩm", 2026)]


def test_no_year_anywhere(tmp_path):
    rows = targets(tmp_path, tasks="- Phấn đấu 100% xã có Trang thông tin điện tử.")
    assert [(r.text, r.target_year) for r in rows] == [("100%", None)]


def test_a_baseline_year_is_not_the_target_year(tmp_path):
    rows = targets(tmp_path, tasks="- Tỷ lệ hộ nghèo giảm 1,5% so với năm 2020.")
    assert [(r.value, r.target_year, r.direction) for r in rows] == [(1.5, None, "decrease")]


def test_a_result_dated_before_the_plan_is_not_a_target(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Năm 2023, tỷ lệ hộ nghèo còn 3,5%; phấn đấu đến năm 2030 tỷ lệ hộ nghèo dưới 1%."))
    assert [(r.text, r.target_year) for r in rows] == [("dưới 1%", 2030)]


def test_every_item_of_an_aside_dated_before_the_plan_is_a_result(tmp_path):
    # (the `;` in the brackets parts items of the aside the dated clause opens)
    rows = targets(tmp_path, objectives=(
        "Trên cơ sở kết quả rà soát cuối năm 2023 (toàn huyện còn 3.418 hộ nghèo, chiếm tỷ lệ 6,21%; 4.125 hộ\n"
        "cận nghèo, chiếm tỷ lệ 7,49%), phấn đấu giảm tỷ lệ hộ nghèo 1,5%; tỷ lệ hộ cận nghèo dưới 6%."))
    assert [r.value for r in rows] == [1.5, 6]


def test_forces_and_means_ready_to_mobilise_are_no_targets(tmp_path):
    rows = targets(tmp_path, tasks=(
        "1. Phương châm chỉ đạo\nThực hiện phương châm 4 tại chỗ.\n2. Lực lượng, phương tiện sẵn sàng huy động\n"
        "- c) Địa phương: lực lượng xung kích cấp xã khoảng 9.600 người; trên 1.200 thuyền được đăng ký huy động.\n"
        "3. Tổ chức diễn tập\n- Phấn đấu tập huấn cho khoảng 2.000 người."))
    assert [(r.text, r.comparator) for r in rows] == [("khoảng 2.000 người", "approx")]


def test_targets_are_found_outside_the_objectives_section(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Sở Xây dựng triển khai các chính sách hỗ trợ, phấn đấu đến năm 2030 toàn tỉnh xây dựng "
        "3.700 căn nhà ở xã hội."))
    assert [(r.text, r.section_id, r.target_year, r.indicator_code) for r in rows] == [
        ("3.700 căn nhà", "II", 2030, "social_housing_units")]


# -- not targets ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Phổ cập giáo dục mầm non cho trẻ em dưới 5 tuổi.",
    "Hoàn thành phổ cập giáo dục mầm non cho trẻ mẫu giáo từ 3 đến 5 tuổi.",
    "Hộ gia đình chăm sóc trẻ em dưới 36 tháng tuổi được hưởng trợ cấp.",
    "Huy động trẻ 6 tuổi vào lớp 1.",
    "Trẻ 11-14 tuổi hoàn thành chương trình tiểu học.",
])
def test_population_descriptors_are_not_targets(tmp_path, sentence):
    assert targets(tmp_path, objectives=f"- {sentence}") == []


def test_a_population_descriptor_beside_a_target(tmp_path):
    rows = targets(tmp_path, objectives="- Trên 99% trẻ 6 tuổi vào lớp 1; 99,8% trẻ 11-14 tuổi hoàn thành chương trình tiểu học.")
    assert [r.value for r in rows] == [99, 99.8]


@pytest.mark.parametrize("sentence", [
    "Thực hiện Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ.",
    "Thực hiện Nghị định số 20/2021/NĐ-CP và Chỉ thị số 21- CT/TW ngày 04/5/2023.",
    "Báo cáo kết quả trước ngày 25/11 hàng năm.",
    "Hoàn thành trước ngày 15 tháng 8 năm 2024; báo cáo Quý I/2026.",
    "Triển khai nội dung tại mục 3 của Quyết định số 161.",
])
def test_document_numbers_and_dates_are_not_targets(tmp_path, sentence):
    assert targets(tmp_path, tasks=f"- {sentence}") == []


def test_section_numbers_are_not_targets(tmp_path):
    assert targets(tmp_path, objectives="1. Mục tiêu chung\n2.1. Về lao động\n3) Về y tế") == []


@pytest.mark.parametrize("sentence", [
    "Sơ kết giữa kỳ thực hiện Kế hoạch (02 năm), tổng kết 05 năm thực hiện Kế hoạch.",
    "Giải quyết hồ sơ trong 15 ngày làm việc.",
])
def test_durations_are_not_targets(tmp_path, sentence):
    assert targets(tmp_path, tasks=f"- {sentence}") == []


def test_healthy_life_years_are_a_target_but_a_duration_is_not(tmp_path):
    rows = targets(tmp_path, objectives="- Số năm sống khỏe đạt tối thiểu 68 năm; sơ kết sau 02 năm.")
    assert [(r.text, r.unit_kind) for r in rows] == [("đạt tối thiểu 68 năm", "age")]


@pytest.mark.parametrize("sentence", [
    "Ngành Giáo dục tiếp tục triển khai thực hiện bảy kế hoạch của ngành.",
    "Ban hành 07 kế hoạch và 02 đề án.",
])
def test_counts_of_documents_are_not_targets(tmp_path, sentence):
    assert targets(tmp_path, objectives=f"- {sentence}") == []


@pytest.mark.parametrize("sentence", [
    "Đáp ứng yêu cầu cuộc cách mạng công nghiệp 4.0.",
    "Tuyên truyền về phong trào “3 không” (không thử, không giữ, không sử dụng ma túy).",
    'Tuyên truyền về phong trào "3 không".',
    "Phòng, chống dịch COVID-19.",
])
def test_names_are_not_targets(tmp_path, sentence):
    assert targets(tmp_path, objectives=f"- {sentence}") == []


@pytest.mark.parametrize("sentence", [
    # numbers that describe a thing, not an amount to reach
    "Nhân rộng mô hình 4 lớp trong trồng rừng.",
    "Thu hút đầu tư khách sạn từ 3 đến 5 sao.",
    "Chăm sóc sức khỏe trẻ em dưới 6 tuổi.",
    "Cung cấp dịch vụ công trực tuyến mức độ 2.",
    "Xây dựng nhà 5 tầng cho Trung tâm Y tế.",
])
def test_descriptive_numbers_are_not_targets(tmp_path, sentence):
    assert targets(tmp_path, objectives=f"- {sentence}") == []


def test_a_count_in_a_task_without_a_goal_is_not_a_target(tmp_path):
    assert targets(tmp_path, tasks="- Tổ chức tập huấn cho 200 cán bộ.\n- Kế hoạch dạy học 2 buổi/ngày.\n"
                                   "- Tổ chức hội nghị trực tuyến tại 02 điểm cầu.") == []


def test_a_share_a_policy_pays_is_not_a_target(tmp_path):
    assert targets(tmp_path, tasks="- Ngân sách nhà nước hỗ trợ 70% mức đóng bảo hiểm y tế cho hộ cận nghèo.") == []


def test_numbers_after_the_signature_are_not_targets(tmp_path):
    rows = targets(tmp_path, objectives="- Tỷ lệ thất nghiệp dưới 3%.")
    text = PLAN.format(objectives="- Tỷ lệ thất nghiệp dưới 3%.", tasks="")
    assert all(r.end <= text.index("Nơi nhận") for r in rows) and len(rows) == 1


# -- the sample plans ----------------------------------------------------------------

@pytest.fixture(scope="module")
def sample_001():
    out = parse_document(SAMPLES / "001_e811580e2aaa4785.txt", "001_e811580e2aaa4785.txt")
    return out.tables["documents"][0].text, out.tables["targets"]


def test_rows_point_into_the_text_in_order(sample_001):
    text, rows = sample_001
    assert rows and all(text[r.start:r.end] == r.text for r in rows)
    assert [(r.start, r.end) for r in rows] == sorted((r.start, r.end) for r in rows)
    assert len({r.target_id for r in rows}) == len(rows)
    assert all(r.rule_id for r in rows)


def test_sample_heading_year_and_a_year_in_the_tasks(sample_001):
    _, rows = sample_001
    objectives = [r for r in rows if r.section_id and r.section_id.startswith("II/2")]
    assert objectives and {r.target_year for r in objectives} == {2030}
    water = one(rows, "là 81%")
    assert (water.target_year, water.indicator_code) == (2025, "clean_water_urban")


def test_sample_programme_name_is_not_a_target(sample_001):
    _, rows = sample_001
    assert not [r for r in rows if r.value == 1_000_000]


# -- round 4: school years, per-mille rates, tables, bare parts -----------------------

def test_a_school_year_in_the_heading_is_due_in_its_second_year(tmp_path):
    rows = targets(tmp_path, objectives=(
        "1. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN HẾT NĂM HỌC 2025 - 2026\n"
        "+ Tỷ lệ huy động trẻ đến nhà trẻ đạt 38%; trẻ mẫu giáo đạt 97,5%."))
    assert [(r.text, r.target_year) for r in rows] == [("đạt 38%", 2026), ("đạt 97,5%", 2026)]


def test_a_school_year_in_another_clause_gives_no_year(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Hướng dẫn đăng ký thi đua năm học 2025 - 2026; bảo đảm 100% cơ sở giáo dục có phương án phòng cháy."))
    assert [(r.text, r.target_year) for r in rows] == [("100%", None)]


def test_per_mille_rates_and_each_years_clause(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Tỷ suất tử vong trẻ em dưới 1 tuổi giảm xuống 10‰ vào năm 2025 và 8‰ vào năm 2030."))
    assert [(r.text, r.value, r.unit, r.unit_kind, r.target_year) for r in rows] == [
        ("10‰", 10, "‰", "rate", 2025), ("8‰", 8, "‰", "rate", 2030)]
    # the second names nothing of its own: it measures what the first does
    assert rows[1].indicator == rows[0].indicator == "Tỷ suất tử vong trẻ em dưới 1 tuổi"


def test_a_part_that_names_nothing_measures_the_one_before(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm bình quân 0,5 điểm phần trăm/năm; "
        "đến năm 2030 còn dưới 15%."))
    assert [(r.text, r.indicator_code, r.target_year) for r in rows] == [
        ("0,5 điểm phần trăm", "stunting_under5", None), ("dưới 15%", "stunting_under5", 2030)]


def test_heights_and_weights_are_measures(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Chiều cao trung bình của thanh niên 18 tuổi đến năm 2030: nam đạt 168,5 cm, nữ đạt 157,5 cm."))
    assert [(r.text, r.value, r.unit_kind, r.target_year) for r in rows] == [
        ("đạt 168,5 cm", 168.5, "other", 2030), ("đạt 157,5 cm", 157.5, "other", 2030)]


def test_a_ratio_named_with_so_before_its_number(tmp_path):
    rows = targets(tmp_path, objectives=(
        "+ Số học sinh/lớp không quá 45 đối với cấp THCS, THPT; không quá 35 học sinh/lớp đối với cấp tiểu học."))
    assert [(r.text, r.comparator, r.value, r.unit_kind) for r in rows] == [
        ("không quá 45", "lte", 45, "ratio"), ("không quá 35 học sinh/lớp", "lte", 35, "ratio")]


def test_a_count_to_build_new_is_an_output(tmp_path):
    rows = targets(tmp_path, tasks="b) Đầu tư xây mới 05 trạm y tế bị xuống cấp nghiêm trọng.")
    assert [(r.text, r.unit_kind) for r in rows] == [("05 trạm y tế", "count")]


def test_a_lettered_paragraph_that_mentions_results_is_no_results_heading(tmp_path):
    rows = targets(tmp_path, objectives=(
        "c) Phấn đấu đến hết năm 2025, 100% công chức được bồi dưỡng; kết quả thực hiện là một tiêu chí thi đua."))
    assert [(r.text, r.target_year) for r in rows] == [("100%", 2025)]


def test_comparator_symbols(tmp_path):
    rows = targets(tmp_path, objectives="- Tỷ lệ tiêm chủng ≥ 95%; tỷ lệ bỏ học < 1%; tỷ lệ hộ nghèo ≤ 2%.")
    assert [(r.text, r.comparator) for r in rows] == [("≥ 95%", "gte"), ("< 1%", "lt"), ("≤ 2%", "lte")]


TABLE = """d) Một số chỉ tiêu theo dõi
| **TT** | **Chỉ tiêu** | **Đơn vị tính** | **Năm 2020** | **Năm 2025** | **Năm 2030** |
|:---:|:---|:---:|:---:|:---:|:---:|
| 1 | Tỷ lệ phụ nữ 15 - 49 tuổi có chồng sử dụng biện pháp tránh thai hiện đại | % | 60 | 68 | ≥ 70 |
| 2 | Tỷ số tử vong mẹ | /100.000 trẻ đẻ sống | 40 | \\< 30 | \\< 25 |
| 3 | Số trạm y tế xã đạt Bộ tiêu chí quốc gia về y tế xã | trạm | 70 | 80 | 83 |
| 4 | Số bác sĩ | Bác sĩ/vạn dân | 9 | 10 - 11 | |"""


def test_an_indicator_table_gives_a_target_per_year_column(tmp_path):
    rows = targets(tmp_path, objectives=TABLE)
    got = [(r.text, r.comparator, r.value, r.value_max, r.unit_kind, r.target_year) for r in rows]
    assert got == [
        ("68", "eq", 68, None, "percent", 2025), ("≥ 70", "gte", 70, None, "percent", 2030),
        ("< 30", "lt", 30, None, "rate", 2025), ("< 25", "lt", 25, None, "rate", 2030),
        ("80", "eq", 80, None, "count", 2025), ("83", "eq", 83, None, "count", 2030),
        ("10 - 11", "range", 10, 11, "rate", 2025),
    ]  # the 2020 column is before the plan (2025): a baseline, no target
    assert rows[0].indicator == "Tỷ lệ phụ nữ 15 - 49 tuổi có chồng sử dụng biện pháp tránh thai hiện đại"
    assert rows[2].unit == "/100.000 trẻ đẻ sống"
    assert rows[-1].indicator_code == "doctors_per_10k"
    assert all(r.section_id == "I" for r in rows)


def test_a_task_table_gives_no_targets(tmp_path):
    table = ("| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
             "| 1 | Khám sàng lọc cho 500 người | Sở Y tế | Năm 2025 |")
    assert targets(tmp_path, tasks=table) == []


# -- round 5: a commune's concrete targets, a baseline with words, a rate of people -----

def test_a_communes_counted_equipment_and_crews_are_targets(tmp_path):
    rows = targets(tmp_path, tasks=(
        "1. Kiện toàn lực lượng\n"
        "- Kiện toàn lực lượng xung kích ở các thôn, mỗi thôn ít nhất 01 đội, mỗi đội từ 20 - 25 người.\n"
        "- Rà soát, bổ sung vật tư, phương tiện: mua sắm thêm 50 áo phao, 20 phao tròn cứu sinh, "
        "02 máy phát điện dự phòng; hoàn thành trước ngày 15/8/2025.\n"
        "- Giao Trạm Y tế xã bố trí 01 tổ cấp cứu lưu động, sẵn sàng ứng cứu khi có yêu cầu."))
    assert [(r.text, r.comparator, r.value, r.value_max, r.unit_kind) for r in rows] == [
        ("ít nhất 01 đội", "gte", 1, None, "count"), ("từ 20 - 25 người", "range", 20, 25, "count"),
        ("50 áo phao", "eq", 50, None, "count"), ("20 phao", "eq", 20, None, "count"),
        ("02 máy phát điện", "eq", 2, None, "count"), ("01 tổ", "eq", 1, None, "count")]


@pytest.mark.parametrize("tasks", [
    # a crew named but not provided: no `thêm`, no `bố trí` right before it
    "1. Tổ chức\n- Ban Chỉ huy giao nhiệm vụ cho 01 tổ công tác của xã.",
    # `tổ chức`, `đội ngũ` are no crews
    "1. Tổ chức\n- Phấn đấu 05 tổ chức được kiện toàn; phát triển 20 đội ngũ.",
])
def test_crews_that_are_not_goals(tmp_path, tasks):
    assert targets(tmp_path, tasks=tasks) == []


def test_a_sentence_on_how_a_commune_stands_sets_no_target(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Xã Hải Ninh có 8 thôn với 2.146 hộ, 7.935 nhân khẩu; trong đó có 4 thôn ven biển, khoảng 410 hộ\n"
        "sinh sống ở vùng trũng thấp thường bị ngập úng khi có mưa lớn, triều cường.\n"
        "- Toàn tỉnh hiện có 25 khu, cụm công nghiệp.\n"
        "- Xã Hải Ninh có 5 thôn đạt chuẩn nông thôn kiểu mẫu.\n"
        "- Toàn tỉnh có 50 sản phẩm OCOP.\n"
        "- Sẵn sàng sơ tán 150 hộ dân vùng trũng thấp đến nơi an toàn khi có lũ lớn."))
    # (a goal word keeps the place's count; `Toàn tỉnh có` without `hiện` is an objective)
    assert [(r.text, r.value) for r in rows] == [("5 thôn", 5), ("50 sản phẩm", 50), ("150 hộ dân", 150)]


def test_a_baseline_year_after_what_is_compared_is_no_result(tmp_path):
    rows = targets(tmp_path, tasks=(
        "1. Tinh giản biên chế\nThực hiện tinh giản biên chế, bảo đảm tỷ lệ tinh giản biên chế giai đoạn "
        "2022 - 2026 đạt tối thiểu 5% so với biên chế được giao năm 2022."))
    assert [(r.text, r.comparator, r.value, r.target_year) for r in rows] == [("đạt tối thiểu 5%", "gte", 5, 2026)]


def test_a_period_that_names_a_standard_is_no_due_year(tmp_path):
    rows = targets(tmp_path, objectives="- Tỷ lệ hộ nghèo theo chuẩn nghèo giai đoạn 2021 - 2025 giảm 1%/năm.")
    assert [(r.text, r.target_year) for r in rows] == [("1%/năm", None)]


def test_counted_people_per_ten_thousand_are_a_rate(tmp_path):
    row = one(targets(tmp_path, objectives="- Số nhân lực nghiên cứu và phát triển đạt 12 người/vạn dân."),
              "đạt 12 người/vạn dân")
    assert (row.value, row.unit, row.unit_kind) == (12, "người/vạn dân", "rate")


def test_agencies_checked_are_counted(tmp_path):
    row = one(targets(tmp_path, tasks="1. Kiểm tra công vụ đột xuất tại ít nhất 06 cơ quan, đơn vị."),
              "ít nhất 06 cơ quan")
    assert (row.comparator, row.value, row.unit_kind) == ("gte", 6, "count")


# -- round 6: a ward plan, a joint plan, a five-year plan, a youth union's plan ----------

def test_a_heading_year_over_bullets_that_open_with_a_number(tmp_path):
    # `năm 2025` + line end + `- 100%` is no span of years `2025 - 100`
    rows = targets(tmp_path, objectives=(
        "1. Chỉ tiêu cụ thể năm 2025\n- 100% tuyến đường được ra quân, kiểm tra, xử lý vi phạm.\n"
        "- Giảm ít nhất 30% vi phạm lấn chiếm so với năm 2024."))
    assert [(r.text, r.target_year) for r in rows] == [("100%", 2025), ("ít nhất 30%", 2025)]


def test_a_part_whose_subject_is_left_out_measures_what_the_part_before_measures(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Đến hết năm 2025, tỷ lệ bao phủ BHYT đạt 95,2% dân số; năm 2026 đạt ít nhất 95,6% dân số."))
    assert [(r.text, r.target_year, r.indicator_code) for r in rows] == [
        ("đạt 95,2%", 2025, "bhyt_coverage"), ("đạt ít nhất 95,6%", 2026, "bhyt_coverage")]


def test_a_part_that_names_its_own_population_keeps_it(tmp_path):
    # no verb before the number: `100% trẻ em …` names what it measures after it
    rows = targets(tmp_path, objectives=(
        "- Tỷ lệ bao phủ BHYT đạt 95% dân số; đến năm 2030, 100% trẻ em dưới 6 tuổi được cấp thẻ BHYT."))
    assert one(rows, "100%").indicator_code is None


def test_a_multiple_of_a_baseline_year_is_a_ratio_due_in_the_headings_year(tmp_path):
    rows = targets(tmp_path, objectives=(
        "1. Hệ thống chỉ tiêu đến năm 2030\n"
        "(7) Thu nhập bình quân của người dân nông thôn gấp 1,5 lần năm 2025."))
    assert [(r.text, r.comparator, r.value, r.unit, r.unit_kind, r.target_year) for r in rows] == [
        ("1,5 lần", "eq", 1.5, "lần", "ratio", 2030)]


def test_how_often_is_no_multiple(tmp_path):
    """A set minimum of how often is a target of its own unit, in a task too, never a
    multiple (`lần`, ratio); `lần lượt` is no unit."""
    rows = targets(tmp_path, tasks="- Kiểm tra ít nhất 02 lần/năm; tổ chức 03 lần lượt các hội thi.")
    assert [(r.text, r.comparator, r.value, r.unit, r.unit_kind) for r in rows] == [
        ("ít nhất 02 lần/năm", "gte", 2, "lần/năm", "other")]


@pytest.mark.parametrize("sentence,text,unit", [
    ("Trao tặng 2.500 suất quà cho thiếu nhi có hoàn cảnh khó khăn.", "2.500 suất quà", "suất quà"),
    ("Mỗi huyện Đoàn tổ chức ít nhất 01 hoạt động tình nguyện tại xã đặc biệt khó khăn.", "ít nhất 01 hoạt động",
     "hoạt động"),
    ("Mỗi Đoàn trực thuộc thực hiện ít nhất 01 phần việc thanh niên tại địa bàn kết nghĩa.", "ít nhất 01 phần việc",
     "phần việc"),
    # things counted by their name in quotes
    ('Hỗ trợ xây mới 15 "Ngôi nhà khăn quàng đỏ", "Nhà nhân ái".', '15 "Ngôi nhà khăn quàng đỏ"',
     "Ngôi nhà khăn quàng đỏ"),
])
def test_counted_things_of_a_youth_campaign(tmp_path, sentence, text, unit):
    row = one(targets(tmp_path, objectives=f"- {sentence}"), text)
    assert (row.unit, row.unit_kind) == (unit, "count")


def test_a_number_inside_a_quoted_name_is_no_count(tmp_path):
    assert targets(tmp_path, tasks='- Hưởng ứng phong trào "3 không" tại các khu dân cư.') == []


# -- round 7 --------------------------------------------------------------------------

def test_what_an_event_plan_gives_or_honours_is_a_target(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Ban Công tác Mặt trận thôn: chuẩn bị báo cáo; lựa chọn 05 hộ gia đình tiêu biểu để biểu dương.\n"
        "- Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam xã: trích Quỹ \"Vì người nghèo\" xã tặng 10 suất quà "
        "cho hộ nghèo của thôn (mỗi suất trị giá 300.000 đồng)."))
    assert [(r.text, r.comparator, r.value, r.unit_kind) for r in rows] == [
        ("05 hộ gia đình", "eq", 5, "count"), ("10 suất quà", "eq", 10, "count")]


def test_a_count_not_given_nor_chosen_in_a_task_is_no_target(tmp_path):
    assert targets(tmp_path, tasks="- Văn phòng UBND xã: trao quà cho 10 hộ nghèo; hỗ trợ 20 hộ gia đình.") == []


def test_a_sentence_that_opens_with_a_year_before_the_plan_reports_results(tmp_path):
    # (the year stands in the first clause, the numbers in later ones)
    rows = targets(tmp_path, objectives=(
        "Năm 2024, công tác chuyển đổi số đạt nhiều kết quả: hệ thống được hợp nhất tại 124 xã; tỷ lệ hồ sơ "
        "trực tuyến đạt 61,8%; mạng truyền số liệu đã kết nối đến 100% xã, phường. Phấn đấu năm 2025 tỷ lệ "
        "hồ sơ trực tuyến đạt trên 80%."))
    assert [(r.text, r.target_year) for r in rows] == [("đạt trên 80%", 2025)]


def test_a_sentence_that_opens_with_the_plans_year_sets_targets(tmp_path):
    rows = targets(tmp_path, objectives="- Năm 2025, tỷ lệ hồ sơ trực tuyến đạt 61,8%; 100% xã có điểm phục vụ.")
    assert [r.text for r in rows] == ["đạt 61,8%", "100%"]


# -- round 8: a hospital, a police force, a school ----------------------------------

def test_a_service_time_and_a_score(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Điểm chất lượng bệnh viện đạt từ 3,8 trở lên; không còn tiêu chí nào ở mức 1 và mức 2.\n"
        "- Thời gian chờ khám trung bình dưới 30 phút; thời gian chờ trả kết quả xét nghiệm thường quy\n"
        "không quá 60 phút."))
    assert [(r.text, r.comparator, r.value, r.unit_kind) for r in rows] == [
        ("từ 3,8 trở lên", "gte", 3.8, "other"),
        ("dưới 30 phút", "lt", 30, "other"),
        ("không quá 60 phút", "lte", 60, "other"),
    ]


def test_minutes_that_are_no_service_time(tmp_path):
    assert targets(tmp_path, tasks="- Tổ chức đánh giá trong 15 phút đầu của buổi họp; nghỉ giải lao dưới 10 phút.") == []


def test_a_minimum_of_projects_is_a_quota(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Triển khai tối thiểu 15 đề án cải tiến chất lượng, trong đó ít nhất 05 đề án cấp bệnh viện "
        "được nghiệm thu; xây dựng 02 đề án trình cấp có thẩm quyền."))
    assert [(r.text, r.comparator, r.value, r.unit_kind) for r in rows] == [
        ("tối thiểu 15 đề án", "gte", 15, "count"),
        ("ít nhất 05 đề án", "gte", 5, "count"),
    ]


def test_police_and_school_counts(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Triệt phá ít nhất 15 tụ điểm, đường dây mua bán trái phép chất ma túy.\n"
        "- Tỷ lệ học sinh tốt nghiệp đạt từ 99,5% trở lên; có ít nhất 25 giải học sinh giỏi cấp tỉnh.\n"
        "- Triển khai ít nhất 03 giải pháp chuyển đổi số."))
    assert [(r.text, r.value, r.unit) for r in rows] == [
        ("ít nhất 15 tụ điểm", 15, "tụ điểm"),
        ("từ 99,5% trở lên", 99.5, "%"),
        ("ít nhất 25 giải", 25, "giải"),
    ]


def test_a_day_due_by_gives_the_year(tmp_path):
    row = one(targets(tmp_path, objectives=(
        "2. Chỉ tiêu năm 2026\n- 100% hồ sơ học sinh lớp 10 được cập nhật đầy đủ lên cơ sở dữ liệu ngành "
        "trước ngày 15/10/2025.")), "100%")
    assert row.target_year == 2025


# -- numbers in words --------------------------------------------------------------

@pytest.mark.parametrize("sentence, text, comparator, value, unit_kind", [
    ("- Phấn đấu giảm một nửa số hộ nghèo so với đầu kỳ (cuối năm 2021 toàn huyện có 5.826 hộ nghèo).",
     "một nửa", "eq", 0.5, "ratio"),
    ("- Tăng gấp đôi thu nhập bình quân đầu người của hộ nghèo so với năm 2021.", "gấp đôi", "eq", 2, "ratio"),
    ("- Phấn đấu có thêm hai xã thoát khỏi tình trạng đặc biệt khó khăn.", "hai xã", "eq", 2, "count"),
    ("- 02 (hai) xã có tỷ lệ hộ nghèo giảm xuống dưới 20%.", "02 (hai) xã", "eq", 2, "count"),
    ("- 1/3 số bản đặc biệt khó khăn được công nhận hoàn thành mục tiêu.", "1/3", "eq", 1 / 3, "ratio"),
    ("- Xây dựng ít nhất một mô hình sinh kế ở mỗi xã.", "ít nhất một mô hình", "gte", 1, "count"),
    ("- Trên năm mươi phần trăm số lao động được hỗ trợ đào tạo nghề.", "Trên năm mươi phần trăm", "gt", 50, "percent"),
    ("- Tổ chức ít nhất 03 hội nghị, hội thảo xúc tiến đầu tư.", "ít nhất 03 hội nghị", "gte", 3, "count"),
])
def test_numbers_in_words(tmp_path, sentence, text, comparator, value, unit_kind):
    row = one(targets(tmp_path, objectives=sentence), text)
    assert (row.comparator, row.unit_kind) == (comparator, unit_kind)
    assert row.value == pytest.approx(value)


@pytest.mark.parametrize("sentence", [
    "- Một số xã còn nhiều khó khăn; hai bên phối hợp thực hiện ba công khai.",
    "- Hoàn thành trong năm 2025 và năm xã được hỗ trợ.",
    "- Tổ chức 01 hội nghị triển khai kế hoạch.",
    "- Học 2 buổi/ngày.",
])
def test_words_and_meetings_that_are_no_quantity(tmp_path, sentence):
    assert [r.text for r in targets(tmp_path, objectives=sentence)] == []


def test_meetings_listed_as_a_years_target(tmp_path):
    # a list of targets under `Chỉ tiêu cụ thể năm 2025` is the goal context a count of
    # meetings needs; a task's count of them still needs a minimum
    rows = targets(tmp_path,
                   objectives="1. Chỉ tiêu cụ thể năm 2025\n- Tổ chức 12 hội nghị đối thoại chính sách tại các xã biên giới.",
                   tasks="1. Đối thoại chính sách\n- Tổ chức 01 hội nghị sơ kết.")
    assert [(r.text, r.target_year) for r in rows if r.unit == "hội nghị"] == [("12 hội nghị", 2025)]


def test_a_year_in_brackets_after_a_goal_dates_the_aside_only(tmp_path):
    rows = targets(tmp_path, objectives="- Phấn đấu giảm một nửa số hộ nghèo so với đầu kỳ (cuối năm 2021 toàn huyện "
                                        "có 5.826 hộ nghèo, chiếm 60,2%).")
    assert [r.text for r in rows] == ["một nửa"]


# -- round 9: a heading joined to its paragraph in a hard-wrapped plan --------------

def test_a_date_in_the_paragraph_under_a_heading_is_not_the_heading_year(tmp_path):
    # PDF text: the working copy joins `2. Tổ chức …` to the line below; the paragraph's
    # `tháng 9/2025` dates a later clause, not the section
    tasks = (
        "1. Tăng cường công tác thông tin, tuyên truyền về môi trường đầu tư kinh doanh\n"
        "của tỉnh trên các phương tiện thông tin đại chúng và trên cổng thông tin điện tử\n"
        "của Ban, bảo đảm kịp thời, đầy đủ, chính xác theo quy định hiện hành.\n"
        "2. Tổ chức các hoạt động xúc tiến đầu tư trong và ngoài nước\n"
        "Tổ chức ít nhất 03 hội nghị, hội thảo xúc tiến đầu tư chuyên đề với các hiệp hội doanh\n"
        "nghiệp Hàn Quốc, Nhật Bản, Singapore; tham gia đoàn xúc tiến đầu tư của tỉnh tại\n"
        "nước ngoài theo kế hoạch, dự kiến tổ chức vào tháng 9/2025.\n"
        "3. Hoàn thiện cơ sở dữ liệu về quỹ đất, hạ tầng các khu công nghiệp để cung cấp\n"
        "cho nhà đầu tư; cập nhật thường xuyên trên cổng thông tin của tỉnh và của các\n"
        "sở, ngành liên quan theo quy định.")
    row = one(targets(tmp_path, tasks=tasks), "ít nhất 03 hội nghị")
    assert row.target_year is None
    # a heading wrapped before its year keeps it
    wrapped = tasks.replace("2. Tổ chức các hoạt động xúc tiến đầu tư trong và ngoài nước\n",
                            "2. Tổ chức các hoạt động xúc tiến đầu tư trong và ngoài nước đến hết năm\n2025\n")
    assert one(targets(tmp_path, tasks=wrapped), "ít nhất 03 hội nghị").target_year == 2025


# -- round 10: plans of 2026 (a merged commune, a joint plan of two departments) --------

def test_a_task_paragraph_under_a_letter_keeps_its_deadline_out_of_its_numbers(tmp_path):
    # the letter's own words end at its first full stop; the report date of the next
    # sentence is the task's deadline, not the year of its 100%
    tasks = (
        "1. Phát triển hạ tầng số và nền tảng số\n"
        "b) Triển khai hệ thống quản lý văn bản và điều hành, chữ ký số chuyên dùng cho 100%\n"
        "lãnh đạo, công chức; bảo đảm 100% văn bản trao đổi giữa các cơ quan, đơn vị trên địa\n"
        "bàn dưới dạng điện tử (trừ văn bản mật). Văn phòng HĐND và UBND xã thực hiện, báo\n"
        "cáo kết quả trước ngày 15/3/2026.")
    rows = targets(tmp_path, tasks=tasks)
    assert [(r.text, r.target_year) for r in rows] == [("100%", None), ("100%", None)]
    # a heading that sets the year still gives it to the items below
    rows = targets(tmp_path, objectives="1. Mục tiêu chung\nHoàn thiện hạ tầng số.\n"
                                        "2. Chỉ tiêu cụ thể đến hết năm 2026\n"
                                        "- 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến.")
    assert [(r.text, r.target_year) for r in rows] == [("100%", 2026)]


def test_a_named_crew_counted_with_a_capital(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Mỗi thôn, buôn, tổ dân phố duy trì ít nhất 01 Tổ công nghệ số cộng đồng hoạt động\n"
        "hiệu quả; khoảng 70% hộ gia đình có ít nhất một thành viên biết sử dụng dịch vụ công."))
    row = one(rows, "ít nhất 01 Tổ")
    assert (row.comparator, row.value, row.unit_kind) == ("gte", 1, "count")
    assert targets(tmp_path, objectives="- Tăng cường quốc phòng, bảo vệ vững chắc 01 Tổ quốc.") == []


def test_how_often_as_a_minimum_the_objectives_set(tmp_path):
    rows = targets(tmp_path, objectives=(
        "1) Tổ chức khám sức khoẻ tối thiểu 2 lần/năm cho trẻ em mầm non; 100% học sinh phổ\n"
        "thông được khám sức khoẻ đầu năm học.\n"
        "2) 100% nhân viên y tế trường học được tập huấn chuyên môn ít nhất 01 lần/năm."))
    assert [(r.text, r.comparator, r.value, r.unit, r.unit_kind) for r in rows] == [
        ("tối thiểu 2 lần/năm", "gte", 2, "lần/năm", "other"),
        ("100%", "eq", 100, "%", "percent"),
        ("100%", "eq", 100, "%", "percent"),
        ("ít nhất 01 lần/năm", "gte", 1, "lần/năm", "other"),
    ]
    # how often, without a minimum, is how the work is done
    assert targets(tmp_path, objectives="- Phát thanh trên hệ thống loa truyền thanh 3 lần/tuần.") == []


# -- round 11 -------------------------------------------------------------------------

def test_a_universitys_counted_outputs_are_targets(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Số đề tài, nhiệm vụ KH&CN cấp Bộ được phê duyệt mới từ 15 nhiệm vụ trở lên;\n"
        "- Nộp ít nhất 08 đơn đăng ký sáng chế, giải pháp hữu ích; được cấp 03 văn bằng bảo hộ sáng chế;\n"
        "- Ký mới ít nhất 12 hợp đồng chuyển giao công nghệ với doanh nghiệp;\n"
        "- Có thêm từ 05 - 07 giảng viên đạt chuẩn chức danh giáo sư, phó giáo sư;\n"
        "- Số hóa ít nhất 5.000 tài liệu, giáo trình đưa vào Thư viện số."))
    assert [(r.text, r.comparator, r.value, r.value_max, r.unit_kind) for r in rows] == [
        ("từ 15 nhiệm vụ trở lên", "gte", 15, None, "count"),
        ("ít nhất 08 đơn đăng ký", "gte", 8, None, "count"),
        ("03 văn bằng", "eq", 3, None, "count"),
        ("ít nhất 12 hợp đồng", "gte", 12, None, "count"),
        ("từ 05 - 07 giảng viên", "range", 5, 7, "count"),
        ("ít nhất 5.000 tài liệu", "gte", 5000, None, "count"),
    ]


def test_tasks_counted_without_a_minimum_are_no_target(tmp_path):
    assert targets(tmp_path, objectives="- Tập trung thực hiện 05 nhiệm vụ trọng tâm và 04 nhóm nhiệm vụ, giải pháp.") == []


def test_a_group_kept_and_workers_trained_are_targets(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Mỗi chi Hội duy trì ít nhất 01 nhóm Zalo để thông tin đến hội viên.\n"
        "- Phối hợp tổ chức đào tạo nghề nông nghiệp cho 1.500 lao động nông thôn."))
    assert [(r.text, r.comparator, r.value, r.unit_kind) for r in rows] == [
        ("ít nhất 01 nhóm", "gte", 1, "count"), ("1.500 lao động", "eq", 1500, "count")]
    # training without a count of workers sets none; a group in a task without a goal is none
    assert targets(tmp_path, tasks="- Đào tạo nghề cho lao động nông thôn tại 05 xã.\n"
                                   "- Chia hội viên thành 03 nhóm để sinh hoạt.") == []


def test_a_part_of_the_whole_opened_by_rieng_keeps_the_measure(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 1,5% so với cuối năm 2025; riêng các xã miền núi, "
        "vùng đồng bào dân tộc thiểu số giảm từ 3 - 4%."))
    assert [(r.text, r.value, r.value_max, r.indicator_code) for r in rows] == [
        ("1,5%", 1.5, None, "poverty_rate"), ("từ 3 - 4%", 3, 4, "poverty_rate")]


# -- round 12 -------------------------------------------------------------------------

def test_call_up_quotas_and_militia_squads_are_targets(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Giao quân đạt 100% chỉ tiêu trên giao; trong đó chỉ tiêu Quân đội nhân dân 1.850 công dân, "
        "Công an nhân dân 410 công dân.\n"
        "- Mỗi xã, phường có ít nhất 01 tiểu đội dân quân thường trực.\n"
        "- Bố trí tối thiểu 60 gian hàng tại Hội chợ thương mại."))
    assert [(r.text, r.comparator, r.value, r.unit_kind) for r in rows] == [
        ("đạt 100%", "eq", 100, "percent"), ("1.850 công dân", "eq", 1850, "count"),
        ("410 công dân", "eq", 410, "count"), ("ít nhất 01 tiểu đội", "gte", 1, "count"),
        ("tối thiểu 60 gian hàng", "gte", 60, "count")]
    # citizens counted in a task, with no goal, are none
    assert targets(tmp_path, tasks="- Tổ chức khám sức khỏe cho 1.200 công dân trong độ tuổi.") == []


def test_points_of_an_index_are_a_score_not_places(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Chỉ số CCHC của huyện đạt từ 85 điểm trở lên.\n"
        "- Phấn đấu mỗi phường có ít nhất 02 điểm hỗ trợ tại khu dân cư."))
    assert [(r.text, r.comparator, r.value, r.unit, r.unit_kind) for r in rows] == [
        ("từ 85 điểm trở lên", "gte", 85, "điểm", "other"), ("ít nhất 02 điểm", "gte", 2, "điểm", "count")]


def test_a_slipped_tone_mark_in_toi_thieu_is_still_a_minimum(tmp_path):
    row = one(targets(tmp_path, tasks="- Mỗi năm tổ chức tối thiều 03 đợt chiến dịch diệt lăng quăng."),
              "tối thiều 03 đợt")
    assert (row.comparator, row.value, row.unit_kind) == ("gte", 3, "count")


def test_numbers_under_a_heading_on_the_situation_are_no_targets(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN.replace("I. MỤC TIÊU\n{objectives}", (
        "I. TÌNH HÌNH DỊCH BỆNH\nChỉ số nhà có lăng quăng (HI) trung bình là 14,6%, tăng 31% so với năm 2022.\n"
        "II. MỤC TIÊU\n- Trên 95% hộ gia đình được tuyên truyền.")).format(tasks=""), encoding="utf-8")
    rows = parse_document(path, "plan.txt").tables["targets"]
    assert [r.text for r in rows] == ["Trên 95%"]


def test_an_index_without_a_unit_after_a_comma(tmp_path):
    rows = targets(tmp_path, objectives=(
        "d) Chỉ số nhà có lăng quăng (HI) dưới 10 %, chỉ số Breteau (BI) dưới 20 tại các ấp trọng điểm."))
    assert [(r.text, r.comparator, r.value, r.unit_kind) for r in rows] == [
        ("dưới 10 %", "lt", 10, "percent"), ("dưới 20", "lt", 20, "other")]
    # a count with its unit is no bare index
    assert [r.unit for r in targets(tmp_path, objectives="- Chỉ số hài lòng đạt 80 điểm.")] == ["điểm"]


# -- round 13: past results under a dated heading, group criteria, bracketed thresholds --

def test_numbers_under_a_heading_dated_before_the_plan_are_results(tmp_path):
    # a 2025 plan: `1. Kết quả giải ngân năm 2024` reports, `2. Kế hoạch vốn năm 2025` does not
    objectives = ("1. Kết quả giải ngân năm 2024\n"
                  "Tính đến hết ngày 31/01/2025, toàn tỉnh giải ngân đạt 92,3% kế hoạch vốn; trong đó vốn ngân "
                  "sách trung ương đạt 88,7%. Vẫn còn 17 chủ đầu tư có tỷ lệ giải ngân dưới 70%.\n"
                  "2. Mục tiêu năm 2025\n"
                  "- Phấn đấu giải ngân đạt tối thiểu 95% kế hoạch vốn.")
    rows = targets(tmp_path, objectives=objectives)
    assert [r.text for r in rows] == ["đạt tối thiểu 95%"]
    assert rows[0].target_year == 2025


def test_a_measure_that_picks_members_of_a_group_is_no_target(tmp_path):
    tasks = ("+ Định kỳ hằng quý, các dự án có tỷ lệ giải ngân dưới 30% kế hoạch vốn và có số vốn còn lại trên "
             "50 tỷ đồng phải giải trình cụ thể nguyên nhân với UBND tỉnh;")
    assert [r.text for r in targets(tmp_path, objectives="- Giải ngân đạt 100% kế hoạch vốn.", tasks=tasks)] \
        == ["đạt 100%"]
    # a share of a group that is to have the measure stays a goal
    rows = targets(tmp_path, objectives="- Phấn đấu 80% số xã có tỷ lệ người dân tham gia BHYT trên 95%.")
    assert {r.text for r in rows} >= {"80%"}


def test_a_threshold_in_brackets_that_defines_the_noun_is_no_target(tmp_path):
    rows = targets(tmp_path, objectives="- Tỷ lệ bài thi bị điểm liệt (từ 1,0 điểm trở xuống) dưới 0,2% tổng số "
                                        "bài thi.")
    assert [(r.text, r.comparator, r.value) for r in rows] == [("dưới 0,2%", "lt", 0.2)]


def test_a_count_after_dut_diem_is_no_reference_part(tmp_path):
    rows = targets(tmp_path, objectives="- Xử lý dứt điểm 15 điểm lấn chiếm vỉa hè kéo dài, phức tạp đã được rà soát.")
    assert [(r.text, r.value, r.unit_kind) for r in rows] == [("15 điểm", 15.0, "count")]


# -- round 14: a health plan, a party plan, a tourism plan ----------------------------

def test_a_rate_per_population_with_the_noun_left_to_the_indicator(tmp_path):
    rows = targets(tmp_path, objectives="- Tỷ lệ mắc dưới 110/100.000 dân; tỷ lệ chết/mắc dưới 0,05%.")
    row = one(rows, "dưới 110/100.000 dân")
    assert (row.comparator, row.value, row.unit, row.unit_kind) == ("lt", 110, "/100.000 dân", "rate")
    # a rate in a sentence that only reports how things stand is no target
    assert targets(tmp_path, tasks="- Năm 2024, tỷ lệ mắc 129,5/100.000 dân.") == []


def test_an_index_named_with_its_abbreviation_before_its_place(tmp_path):
    rows = targets(tmp_path, objectives="- Chỉ số Breteau (BI) tại các ổ dịch sau xử lý dưới 20; chỉ số nhà có "
                                        "lăng quăng (HI) dưới 10%.")
    assert [(r.text, r.value, r.unit_kind) for r in rows] == [("dưới 20", 20, "other"), ("dưới 10%", 10, "percent")]


def test_coverage_of_one_vaccine_is_immunisation(tmp_path):
    rows = targets(tmp_path, objectives="- Tỷ lệ tiêm vắc xin sởi - rubella cho trẻ 18 tháng tuổi đạt trên 95%; tỷ "
                                        "lệ tiêm vắc xin sởi mũi 2 cho trẻ từ 1 đến 5 tuổi đạt ít nhất 95%.")
    assert [(r.text, r.indicator_code) for r in rows] == [("đạt trên 95%", "immunization_rate"),
                                                         ("đạt ít nhất 95%", "immunization_rate")]


def test_a_year_opening_a_bullet_covers_every_target_of_it(tmp_path):
    rows = targets(tmp_path, objectives="- Năm 2025: 100% chi bộ tổ chức quán triệt, triển khai Kế hoạch này; trên "
                                        "90% cán bộ, đảng viên tham gia học tập, quán triệt.")
    assert [(r.text, r.target_year) for r in rows] == [("100%", 2025), ("trên 90%", 2025)]


def test_party_bodies_and_ideas_are_counted(tmp_path):
    rows = targets(tmp_path, objectives="- Phấn đấu đến năm 2030 thành lập mới ít nhất 02 tổ chức đảng trong doanh "
                                        "nghiệp tư nhân.\n- Phấn đấu mỗi năm có ít nhất 05 ý tưởng, dự án khởi nghiệp "
                                        "được hỗ trợ.")
    assert [(r.text, r.value, r.unit_kind) for r in rows] == [
        ("ít nhất 02 tổ chức đảng", 2, "count"), ("ít nhất 05 ý tưởng", 5, "count")]
    assert rows[0].target_year == 2030


def test_a_threshold_that_picks_the_members_of_a_share_is_no_target(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- 100% hộ kinh doanh có doanh thu từ 01 tỷ đồng/năm trở lên sử dụng hóa đơn điện tử.\n"
        "- Trên 70% doanh nghiệp có từ 25 lao động trở lên thành lập được tổ chức công đoàn.\n"
        "- 80% học sinh đạt từ 5 điểm trở lên."))
    # (a threshold the members are to reach is a goal of its own)
    assert [r.text for r in rows] == ["100%", "Trên 70%", "80%", "từ 5 điểm trở lên"]


def test_days_per_guest(tmp_path):
    row = one(targets(tmp_path, objectives="- Thời gian lưu trú bình quân đạt 2,2 ngày/khách;"), "đạt 2,2 ngày/khách")
    assert (row.value, row.unit, row.unit_kind) == (2.2, "ngày/khách", "other")


def test_a_sibling_bullet_of_a_lead_in_takes_not_its_year(tmp_path):
    rows = targets(tmp_path, objectives=(
        "* Phấn đấu đến năm 2025:\n"
        "  - Đón khoảng 1,2 triệu lượt khách du lịch;\n"
        "  - Xây dựng mới ít nhất 02 điểm du lịch cộng đồng.\n"
        "* 100% cơ sở kinh doanh dịch vụ du lịch được tập huấn kỹ năng phục vụ khách."))
    assert [(r.text, r.target_year) for r in rows] == [
        ("khoảng 1,2 triệu lượt khách", 2025), ("ít nhất 02 điểm du lịch", 2025), ("100%", None)]


def test_ports_and_places_climbed_in_a_ranking(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Đưa vào khai thác thêm ít\nnhất 02 bến cảng container quốc tế.\n"
        "b) Chỉ số PAR INDEX năm 2025 tăng ít nhất 03 bậc so với năm 2024.\n"
        "- Duy trì 02 bậc học tại các trường liên cấp."))
    assert [(r.text, r.comparator, r.value, r.unit_kind) for r in rows] == [
        ("ít\nnhất 02 bến cảng", "gte", 2, "count"), ("ít nhất 03 bậc", "gte", 3, "count")]
    assert rows[1].target_year == 2025


def test_a_year_opening_a_later_clause_of_a_lettered_heading_is_that_clauses(tmp_path):
    rows = targets(tmp_path, objectives=(
        "1. Chỉ tiêu cụ thể năm 2025\n"
        "a) Số doanh nghiệp thành lập mới trong năm khoảng 1.000 doanh nghiệp; đến năm 2026, tổng số doanh "
        "nghiệp đang hoạt động đạt trên 8.500 doanh nghiệp."))
    assert [(r.text, r.target_year) for r in rows] == [
        ("khoảng 1.000 doanh nghiệp", 2025), ("đạt trên 8.500 doanh nghiệp", 2026)]


def test_a_result_in_brackets_is_dated_before_them(tmp_path):
    rows = targets(tmp_path, objectives=(
        "Trên cơ sở kết quả Chỉ số PCI năm 2024 của tỉnh (đạt 65,38 điểm, xếp thứ 38/63 tỉnh), tiếp tục cải "
        "thiện môi trường đầu tư năm 2025.\n- Chỉ số PCI năm 2025 đạt từ 66,5 điểm trở lên."))
    assert [r.text for r in rows] == ["từ 66,5 điểm trở lên"]


def test_thousands_grouped_by_a_space(tmp_path):
    """`1 500 người` (Word, the metric style) is one number; a year then a count is two."""
    rows = targets(tmp_path, objectives="- Mỗi năm giải quyết việc làm mới cho 1 500 người; "
                                        "đến năm 2025 100 hộ thoát nghèo.")
    assert one(rows, "1 500 người").value == 1500
    assert not [r for r in rows if r.value in (1500100, 2025100, 25100)]
    assert one(rows, "100 hộ").value == 100


def test_a_multiple_after_tang_is_a_ratio_with_its_direction(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Thu nhập bình quân đầu người của hộ nghèo tăng 1,5 lần so với cuối năm 2021."))
    r = one(rows, "1,5 lần")
    assert (r.value, r.unit_kind, r.direction) == (1.5, "ratio", "increase")


def test_at_least_two_foreign_languages_is_a_count(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- 100% điểm du lịch có mã QR thuyết minh bằng tiếng Việt và ít nhất 02 ngoại ngữ."))
    r = one(rows, "ít nhất 02 ngoại ngữ")
    assert (r.comparator, r.value, r.unit_kind) == ("gte", 2, "count")


def test_footnotes_under_a_separator_give_no_targets(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Phấn đấu đón 4 triệu lượt khách².\n\n______________________\n"
        "² Năm 2024, khách quốc tế đạt 385.000 lượt.\n"
        "[9] Kinh phí xúc tiến du lịch là 3.500 triệu đồng."))
    assert [r.text for r in rows if "385.000" in r.text or "3.500" in r.text] == []


def test_outputs_a_task_makes_or_hands_over_are_targets(tmp_path):
    """A count right after a verb that builds, repairs, opens, moves or supports is
    what the task delivers (g4_xa_vung_dtts_1719), in a task section too."""
    rows = targets(tmp_path, tasks=(
        "- Hỗ trợ nhà ở cho 35 hộ (tập trung tại bản Huổi Lếch); mức hỗ trợ theo quy định.\n"
        "- Lắp đặt bể, téc chứa nước sinh hoạt phân tán cho 120 hộ; sửa chữa 02 công trình nước.\n"
        "- Giao khoán bảo vệ ổn định 6.500 ha rừng; trồng mới 45 ha rừng sản xuất.\n"
        "- Mở 06 lớp đào tạo nghề ngắn hạn.\n"))
    assert (one(rows, "35 hộ").value, one(rows, "35 hộ").unit_kind) == (35, "count")
    assert one(rows, "120 hộ").value == 120
    assert one(rows, "02 công trình").value == 2
    assert (one(rows, "6.500 ha").value, one(rows, "6.500 ha").unit_kind) == (6500, "area")
    assert one(rows, "45 ha").value == 45
    assert one(rows, "06 lớp").value == 6


def test_counts_a_task_only_mentions_are_no_targets(tmp_path):
    """Not after an output verb: where the work is done, what money it gets."""
    rows = targets(tmp_path, tasks=(
        "- Rà soát danh sách hộ thụ hưởng tại 14 bản.\n"
        "- Hỗ trợ kinh phí cho 20 xã theo quy định.\n"
        "- Mở rộng 03 tuyến đường trục xã.\n"))
    assert [r.text for r in rows] == []


CAPS_PLAN = """ỦY BAN NHÂN DÂN XÃ TAM NÔNG
Số: 05/KH-UBND
Tam Nông, ngày 10 tháng 01 năm 2026
KẾ HOẠCH
XÂY DỰNG ĐỜI SỐNG VĂN HÓA CƠ SỞ NĂM 2025
Thực hiện Nghị định số 86/2023/NĐ-CP, Ủy ban nhân dân xã ban hành Kế hoạch như sau:

MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Tạo chuyển biến rõ nét về đời sống văn hóa ở cơ sở.

{head}
- 100% hộ gia đình đăng ký thực hiện tiêu chuẩn "Gia đình văn hóa";
- Trên 85% thôn được công nhận danh hiệu thôn văn hóa.

NHIỆM VỤ VÀ GIẢI PHÁP
1. Tuyên truyền
- Phấn đấu 90% hộ gia đình được phổ biến nội dung Nghị định.

Nơi nhận:
- Như trên;
"""


def caps_targets(tmp_path: Path, head: str):
    path = tmp_path / "plan.txt"
    path.write_text(CAPS_PLAN.format(head=head), encoding="utf-8")
    out = parse_document(path, "plan.txt")
    assert not out.tables["errors"], out.tables["errors"]
    return [(r.text, r.target_year) for r in out.tables["targets"]]


@pytest.mark.parametrize("head", ["MỤC TIÊU, CHỈ TIÊU NĂM 2026", "PHẦN II. MỤC TIÊU, CHỈ TIÊU NĂM 2026"])
def test_a_line_of_capitals_dates_the_targets_under_it(tmp_path, head):
    """An unnumbered heading line of capitals (or a part the tree may not hold) gives
    its year to the targets under it, up to the next such line; the title's year (in
    capitals under `KẾ HOẠCH`) is no heading's."""
    assert caps_targets(tmp_path, head) == [("100%", 2026), ("Trên 85%", 2026), ("90%", None)]


def test_a_line_of_capitals_without_a_year_dates_nothing(tmp_path):
    assert caps_targets(tmp_path, "MỤC TIÊU, CHỈ TIÊU") == [("100%", None), ("Trên 85%", None), ("90%", None)]


def test_a_quarter_the_work_is_due_in_dates_its_target(tmp_path):
    rows = targets(tmp_path, tasks="2.2. Đối với hộ kinh doanh: phấn đấu trong Quý I/2026 hoàn thành chuyển đổi "
                                   "đối với 100% hộ khoán có doanh thu trên ngưỡng chịu thuế.")
    assert [(r.text, r.target_year) for r in rows] == [("100%", 2026)]


def test_money_targets_in_billions_of_dong(tmp_path):
    rows = targets(tmp_path, objectives=(
        "1.1. Tổng thu ngân sách nhà nước trên địa bàn phấn đấu đạt\n13.860 tỷ đồng, bằng 105% dự toán; trong đó:\n"
        "- Thu tiền sử dụng đất khoảng 2.300 tỷ đồng;"))
    assert [(r.value, r.comparator, r.unit_kind) for r in rows] == [
        (13_860_000_000_000, "eq", "money"), (105, "eq", "percent"), (2_300_000_000_000, "approx", "money")]


@pytest.mark.parametrize("objectives,texts", [
    # the threshold says which households, the share is the target
    ("3.2. 100% hộ kinh doanh nộp thuế theo phương pháp kê khai có doanh thu từ 01 tỷ đồng/năm\ntrở lên sử "
     "dụng hóa đơn điện tử khởi tạo từ máy tính tiền.", ["100%"]),
    # a sum owed says which debtors; an age of debt says which debts
    ("b) Lập danh sách người nộp thuế nợ từ 01 tỷ đồng trở lên, quá hạn trên 120 ngày, đề nghị tạm hoãn xuất cảnh.",
     []),
    ("2.2. Thu hồi tối thiểu 40% số nợ thuế có khả năng thu; số nợ trên 90 ngày không vượt quá 2% tổng thu.",
     ["tối thiểu 40%", "không vượt quá 2%"]),
])
def test_thresholds_that_say_which_are_no_targets(tmp_path, objectives, texts):
    assert [r.text for r in targets(tmp_path, objectives=objectives)] == texts


@pytest.mark.parametrize("tasks,text,value,unit,unit_kind", [
    ("- Treo băng rôn; phát thanh trên hệ thống loa truyền thanh cơ sở ít nhất 02 lần/tuần.",
     "ít nhất 02 lần/tuần", 2, "lần/tuần", "other"),
    ("- Nhà văn hóa thôn mở cửa phục vụ Nhân dân tối thiểu 20 giờ/tuần; công khai nội quy.",
     "tối thiểu 20 giờ/tuần", 20, "giờ/tuần", "other"),
    ("- Lấy mẫu thực phẩm kiểm nghiệm; mỗi Đoàn tuyến tỉnh lấy tối thiểu 30 mẫu xét nghiệm nhanh.",
     "tối thiểu 30 mẫu", 30, "mẫu", "count"),
])
def test_a_set_minimum_in_a_task_is_a_target(tmp_path, tasks, text, value, unit, unit_kind):
    rows = targets(tmp_path, tasks=tasks)
    assert [(r.text, r.comparator, r.value, r.unit, r.unit_kind) for r in rows] == [
        (text, "gte", value, unit, unit_kind)]


@pytest.mark.parametrize("tasks", [
    "- Nhà văn hóa thôn mở cửa phục vụ Nhân dân 20 giờ/tuần.",
    "- Lập hồ sơ theo mẫu số 01 kèm theo; lấy 30 mẫu xét nghiệm nhanh.",
    "- Kê khai theo tối thiểu 02 mẫu biểu ban hành.",
])
def test_hours_and_samples_without_a_minimum_are_no_targets(tmp_path, tasks):
    assert targets(tmp_path, tasks=tasks) == []


def test_the_title_in_capitals_is_no_heading(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("""ỦY BAN NHÂN DÂN XÃ TAM NÔNG
Số: 06/KH-UBND
Tam Nông, ngày 10 tháng 01 năm 2026
KẾ HOẠCH
XÂY DỰNG ĐỜI SỐNG VĂN HÓA CƠ SỞ NĂM 2027
Ủy ban nhân dân xã ban hành Kế hoạch như sau:
- 100% hộ gia đình đăng ký thực hiện tiêu chuẩn "Gia đình văn hóa".
Nơi nhận:
- Như trên;
""", encoding="utf-8")
    assert [(r.text, r.target_year) for r in parse_document(path, "plan.txt").tables["targets"]] == [("100%", None)]


def test_a_line_going_on_after_a_semicolon_keeps_the_opening_year(tmp_path):
    """A PDF line that ends in `;` and a lower-case line after it are one sentence:
    the year that opens the bullet covers the targets of both lines."""
    rows = targets(tmp_path, objectives="- Trong năm 2025, có thêm ít nhất 08 sản phẩm OCOP đạt 3 sao;\n"
                                        "phấn đấu có ít nhất 01 sản phẩm đạt 4 sao.\n"
                                        "- Đến năm 2026, 100% số xã có sản phẩm OCOP được công nhận;\n"
                                        "tổng số sản phẩm OCOP trên địa bàn huyện đạt tối thiểu 35 sản phẩm.")
    assert [(r.value, r.target_year) for r in rows] == [(8, 2025), (1, 2025), (100, 2026), (35, 2026)]


def test_a_new_bullet_after_a_semicolon_takes_no_opening_year(tmp_path):
    rows = targets(tmp_path, objectives="- Đến năm 2026, 100% số xã có sản phẩm OCOP được công nhận;\n"
                                        "- Tỷ lệ hộ dân tham gia mô hình đạt 60%.")
    assert [(r.value, r.target_year) for r in rows] == [(100, 2026), (60, None)]


def test_a_paragraph_on_how_things_stand_after_a_merger_sets_no_targets(tmp_path):
    """`Sau hợp nhất, toàn tỉnh có …`: counts and shares as they stand, not goals; an
    objective `toàn tỉnh có` without such a time still is one."""
    rows = targets(tmp_path, objectives="Sau hợp nhất, toàn tỉnh có khoảng 14.600 doanh nghiệp đang hoạt động, hơn "
                                        "112.000 hộ kinh\ndoanh cá thể; khu vực kinh tế tư nhân đóng góp khoảng 51% GRDP. "
                                        "Tuy nhiên, quy mô còn nhỏ.\n- Đến năm 2030, toàn tỉnh có ít nhất 20.000 doanh nghiệp.")
    assert [r.text for r in rows] == ["ít nhất 20.000 doanh nghiệp"]


@pytest.mark.parametrize("sentence, text, unit, unit_kind", [
    ("- Đưa vào vận hành 06 cống kiểm soát triều.", "06 cống", "cống", "count"),
    ("- Nâng tổng công suất xử lý nước thải lên trên 1.050.000 m3/ngày đêm.", "trên 1.050.000 m3/ngày đêm",
     "m3/ngày đêm", "other"),
    ("- Chuyển đổi khoảng 25.000 bộ đèn sang công nghệ LED.", "khoảng 25.000 bộ đèn", "bộ đèn", "count"),
    ("- Lắp đặt mới khoảng 40.000 đồng hồ nước cho hộ dân.", "khoảng 40.000 đồng hồ nước", "đồng hồ nước", "count"),
    ("- Lấy khoảng 350 mẫu thuốc, mỹ phẩm để kiểm tra chất lượng.", "khoảng 350 mẫu", "mẫu", "count"),
])
def test_infrastructure_and_inspection_quantities(tmp_path, sentence, text, unit, unit_kind):
    row = one(targets(tmp_path, objectives=sentence), text)
    assert (row.unit, row.unit_kind) == (unit, unit_kind)


def test_money_is_not_read_in_a_split_word(tmp_path):
    """`đồng hồ` is a meter, not money; `40.000 đồng` alone is (a sum raised: a sum a
    policy pays each beneficiary is a support rule, see test_support_rules_are_no_targets)."""
    assert [r.unit_kind for r in targets(tmp_path, objectives="- Lắp đặt khoảng 40.000 đồng hồ nước.")] == ["count"]
    assert [r.unit_kind for r in targets(tmp_path, objectives="- Vận động khoảng 40.000 đồng/người.")] == ["money"]


def test_the_year_in_the_name_of_a_tet_is_no_due_year(tmp_path):
    rows = targets(tmp_path, tasks="1. Các hoạt động mừng Xuân Bính Ngọ năm 2026\n"
                                   "- Bảo đảm 100% hộ nghèo được thăm hỏi, tặng quà dịp Tết.")
    assert [(r.text, r.target_year) for r in rows] == [("100%", None)]


def test_farm_outputs_of_a_crop_season(tmp_path):
    """Yields per hectare, areas of all kinds of crops and herds are targets; the hectare a
    value is reckoned on (`trên 01 ha đất`) is none."""
    rows = targets(tmp_path, objectives=(
        "+ Diện tích lúa 1.250 ha, năng suất bình quân đạt 62 tạ/ha, sản lượng 7.750 tấn.\n"
        "+ Rau màu các loại 150 ha; lạc 40 ha.\n"
        "- Giá trị sản phẩm thu hoạch trên 01 ha đất trồng trọt đạt 135 triệu đồng.\n"
        "Đến hết năm 2026, tổng đàn lợn 12.000 con; đàn trâu, bò 2.650 con; đàn gia cầm khoảng 180.000 con."))
    assert (one(rows, "đạt 62 tạ/ha").unit, one(rows, "đạt 62 tạ/ha").unit_kind) == ("tạ/ha", "other")
    assert one(rows, "150 ha").value == 150
    assert "trên 01 ha" not in [r.text for r in rows]
    herds = [(r.text, r.unit_kind, r.target_year) for r in rows if r.unit == "con"]
    assert herds == [("12.000 con", "count", 2026), ("2.650 con", "count", 2026),
                     ("khoảng 180.000 con", "count", 2026)]


def test_pets_vaccinated_are_counted_by_head(tmp_path):
    # (a rabies plan: `con` after a vaccination counts dogs and cats, in a clause that names neither)
    rows = targets(tmp_path, objectives=(
        "- Hằng năm, tiêm phòng vắc xin Dại cho chó, mèo đạt trên 80% tổng đàn; riêng năm 2026 tiêm "
        "tối thiểu 31.160 con (chi tiết tại Biểu chỉ tiêu)."))
    assert (one(rows, "tối thiểu 31.160 con").comparator, one(rows, "tối thiểu 31.160 con").target_year) == ("gte", 2026)


def test_the_title_of_a_table_dates_no_target_after_the_table(tmp_path):
    # (`BIỂU CHỈ TIÊU … NĂM 2026` over a tab table titles it: the samples taken under a later
    # heading with no year of its own are due in no year)
    rows = targets(tmp_path, tasks=(
        "1. Tiêm phòng\nChỉ tiêu tiêm phòng giao cho từng xã như sau:\n\n"
        "BIỂU CHỈ TIÊU TIÊM PHÒNG VẮC XIN DẠI CHO CHÓ, MÈO NĂM 2026\n"
        "TT\tĐơn vị\tChỉ tiêu tiêm năm 2026 (con)\n1\tEa Kênh\t1.790\n2\tHòa An\t1.610\n"
        "Chỉ tiêu năm 2027 được xác định trên cơ sở kết quả thống kê tổng đàn.\n"
        "2. Giám sát\n- Trung tâm Dịch vụ nông nghiệp huyện lấy tối thiểu 30 mẫu não chó để giám sát lưu hành vi rút."))
    assert [(r.text, r.target_year) for r in rows] == [("1.790", 2026), ("1.610", 2026), ("tối thiểu 30 mẫu", None)]


def test_children_are_not_a_herd(tmp_path):
    rows = targets(tmp_path, tasks="- Hỗ trợ các gia đình có 2 con nhỏ đi học đầy đủ.")
    assert [r.text for r in rows] == []


def test_minimum_teaching_periods_and_learning_materials(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Tổ chức cho học sinh lớp 1, lớp 2 làm quen với tiếng Anh ít nhất 1 tiết/tuần; "
        "khuyến khích 2 tiết/tuần ở nơi có điều kiện.\n"
        "- Bảo đảm tối thiểu 5.000 học liệu số được kiểm duyệt."))
    assert [(r.text, r.comparator, r.unit_kind) for r in rows] == [
        ("ít nhất 1 tiết/tuần", "gte", "other"), ("tối thiểu 5.000 học liệu số", "gte", "count")]


def test_a_table_row_that_counts_has_count_values(tmp_path):
    rows = targets(tmp_path, objectives=(
        "| Chỉ tiêu | Năm 2026 | Năm 2027 | Năm 2030 |\n|---|---|---|---|\n"
        "| Tỷ lệ trường đạt chuẩn | 50% | 70% | 100% |\n"
        "| Số trường THPT thí điểm dạy học song ngữ | 250 | 500 | 1.200 |\n"))
    counts = [(r.value, r.unit_kind, r.target_year) for r in rows if r.unit == "trường"]
    assert counts == [(250, "count", 2026), (500, "count", 2027), (1200, "count", 2030)]


def test_support_rules_are_no_targets(tmp_path):
    """A support rule says what a beneficiary gets or must meet (a share of a cost, a sum
    per project or house, its ceiling, a minimum size for a crop), not what the plan aims at."""
    rows = targets(tmp_path, tasks=(
        "- Ngân sách tỉnh hỗ trợ 50% chi phí xây dựng hạ tầng thiết yếu của vùng sản xuất, "
        "tối đa 500 triệu đồng/dự án; quy mô vùng tối thiểu 10 ha đối với cây chè, cây ăn quả.\n"
        "- Hỗ trợ một lần 40% giá trị đầu tư nhà màng, không quá 300 triệu đồng/tổ chức.\n"
        "- Hỗ trợ 60 triệu đồng/căn xây mới, 30 triệu đồng/căn sửa chữa.\n"
        "- Hỗ trợ chứng nhận VietGAP, hữu cơ 100% chi phí chứng nhận lần đầu; phấn đấu có thêm "
        "ít nhất 03 doanh nghiệp được công nhận."))
    assert [(r.text, r.value) for r in rows] == [("ít nhất 03 doanh nghiệp", 3)]


def test_a_sum_per_person_with_no_support_is_a_target(tmp_path):
    rows = targets(tmp_path, objectives="- Thu nhập bình quân đầu người đạt 80 triệu đồng/người/năm.")
    assert [r.unit_kind for r in rows] == ["money"]


def test_a_set_minimum_of_prizes_events_zones_and_workdays(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- 100% các lớp đăng ký tham gia ít nhất 03 môn thi đấu.\n"
        "- Phấn đấu đạt ít nhất 05 giải tại Hội khỏe Phù Đổng (trong đó có ít nhất 02 giải Nhất).\n"
        "- Hình thành ít nhất 05 vùng sản xuất hàng hóa tập trung.\n"
        "- Phấn đấu đạt ít nhất 500 ngày công lao động."))
    assert [(r.unit, r.comparator, r.value) for r in rows if r.unit_kind == "count"] == [
        ("môn", "gte", 3), ("giải", "gte", 5), ("giải", "gte", 2),
        ("vùng", "gte", 5), ("ngày công", "gte", 500)]
    assert not [r for r in targets(tmp_path, objectives="- Tổ chức 03 môn thi đấu; đề xuất 02 giải pháp.")
                if r.unit_kind == "count"]


def test_the_second_share_of_a_support_rule_is_no_target(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Phấn đấu 90% hợp tác xã hoạt động hiệu quả.\n"
        "- Hỗ trợ 100% lãi suất vốn vay thương mại trong 02 năm đầu và 50% trong năm thứ ba đối với "
        "khoản vay đầu tư."))
    assert [r.text for r in rows] == ["90%"]


def test_a_funding_source_share_and_an_entry_quota_are_no_targets(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Phấn đấu 100% hộ được hỗ trợ có nhà ở an toàn.\n"
        "- Kinh phí: ngân sách tỉnh; nguồn tiết kiệm 5% chi thường xuyên năm 2026; nguồn xã hội hoá.\n"
        "- Bóng đá mini: mỗi khối chọn 01 đội/lớp, thi đấu loại trực tiếp; mỗi đơn vị cử 02 vận động viên."))
    assert [r.text for r in rows] == ["100%"]


def test_the_trained_labour_rate_of_a_sector(tmp_path):
    row = one(targets(tmp_path, objectives="- Tỷ lệ lao động nông nghiệp qua đào tạo đạt 65%."), "đạt 65%")
    assert row.indicator_code == "trained_labour_rate"


def test_counts_on_justified_pdf_lines_and_after_a_duration(tmp_path):
    rows = targets(tmp_path, objectives=(
        "-  Tuyển sinh, đào tạo nghề  nghiệp cho 25.000 người, trong  đó: trình độ cao đẳng\n"
        "3.200  người; trình độ trung cấp 4.300 người; trình độ sơ cấp và đào tạo thường xuyên dưới\n"
        "3 tháng 17.500 người."))
    assert [(r.value, r.unit_kind) for r in rows] == [
        (25000, "count"), (3200, "count"), (4300, "count"), (17500, "count")]


def test_a_year_that_ends_the_first_clause_dates_that_clause_only(tmp_path):
    rows = targets(tmp_path, objectives=(
        "Hoàn thành xóa toàn bộ nhà tạm, nhà dột nát trên địa bàn tỉnh trong năm 2026; 100% hộ gia đình\n"
        "thuộc đối tượng được hỗ trợ có nhà ở an toàn, ổn định."))
    assert [(r.text, r.target_year) for r in rows] == [("100%", None)]
    opened = targets(tmp_path, objectives="- Trong năm 2026, 100% hộ gia đình có nhà ở an toàn; 95% xã đạt chuẩn.")
    assert [r.target_year for r in opened] == [2026, 2026]


def test_houses_to_finish_supporting_are_a_goal(tmp_path):
    rows = targets(tmp_path, tasks=("- Dự án 5 (Hỗ trợ nhà ở cho hộ nghèo): UBND các xã rà soát, lập danh sách hộ có "
                                    "nhu cầu hỗ trợ nhà ở. Năm 2026 hoàn thành hỗ trợ 150 căn nhà."))
    assert [(r.value, r.unit_kind, r.target_year) for r in rows] == [(150, "count", 2026)]
    assert not targets(tmp_path, tasks="- UBND các xã hỗ trợ 20 hộ nghèo làm nhà.")


def test_energy_saved_and_capacity_installed(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Tiết kiệm tối thiểu 2% tổng điện năng thương phẩm, tương đương khoảng 185 triệu kWh;\n"
        "- Phấn đấu bổ sung khoảng 50 MWp công suất lắp đặt trong năm 2026."))
    assert [(r.text, r.value, r.comparator, r.unit, r.unit_kind) for r in rows if r.unit != "%"] == [
        ("khoảng 185 triệu kWh", 185_000_000, "approx", "kWh", "other"),
        ("khoảng 50 MWp", 50, "approx", "MWp", "other")]


def test_women_and_children_reached_are_counted(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Hỗ trợ 200 phụ nữ khởi nghiệp, phát triển ý tưởng kinh doanh;\n"
        "- Vận động ít nhất 3.000 phụ nữ tham gia bảo hiểm xã hội tự nguyện;\n"
        "- Mỗi cơ sở Hội đỡ đầu ít nhất 02 trẻ em có hoàn cảnh đặc biệt khó khăn."))
    assert [(r.text, r.value, r.unit_kind) for r in rows] == [
        ("200 phụ nữ", 200, "count"), ("ít nhất 3.000 phụ nữ", 3000, "count"), ("ít nhất 02 trẻ em", 2, "count")]


def test_what_the_body_itself_sets_up_new_in_a_task(tmp_path):
    rows = targets(tmp_path, tasks=(
        '4.2. Duy trì các câu lạc bộ trong trường học;\n'
        'thành lập mới 12 "Địa chỉ tin cậy – Nhà tạm lánh" tại cộng đồng.'))
    assert [(r.value, r.unit_kind) for r in rows] == [(12, "count")]


def test_forms_checked_as_a_quota_per_commune(tmp_path):
    rows = targets(tmp_path, tasks="- Mỗi giám sát viên cấp tỉnh kiểm tra trực tiếp ít nhất 30 phiếu/xã, phường được phân công.")
    assert [(r.text, r.value, r.comparator) for r in rows] == [("ít nhất 30 phiếu", 30, "gte")]


def test_not_a_target_the_size_that_says_who_is_meant(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Hướng dẫn áp dụng QCVN 09:2017/BXD đối với công trình có tổng diện tích sàn từ 2.500 m2 trở lên;\n"
        "- Hỗ trợ hộ nghèo, ưu tiên hộ có từ 02 trẻ em dưới 16 tuổi trở lên."))
    assert [r.text for r in rows] == []


def test_not_a_target_all_of_a_known_set(tmp_path):
    rows = targets(tmp_path, objectives="+ Kéo giảm TNGT so với năm 2025 giảm từ 5% đến 10% trên cả 3 tiêu "
        "chí: số vụ, số người chết, số người bị thương.")
    assert [r.text for r in rows] == ["từ 5% đến 10%"]


@pytest.mark.parametrize("tasks, text, value, unit_kind", [
    ("- Khoán bảo vệ rừng khoảng 185.000 ha; hỗ trợ trồng rừng sản xuất\n1.200 ha; che phủ rừng ổn định.",
     "1.200 ha", 1200, "area"),
    ("- Tổ chức bồi dưỡng kiến thức dân tộc cho 2.400 lượt cán bộ, công chức, viên chức.", "2.400 lượt", 2400, "count"),
    ("- Đào tạo nghề cho 3.200 lao động; tư vấn, giới thiệu việc làm cho 5.000 lượt người.", "5.000 lượt người", 5000, "count"),
    ("- Thành lập mới 25 tổ truyền thông cộng đồng, duy trì 120 địa chỉ tin cậy tại cộng đồng.", "120 địa chỉ", 120, "count"),
    ("– Tổ chức gặp mặt, tặng quà cho 1.180 người có uy tín; Sở Dân tộc và Tôn giáo chủ trì.", "1.180 người", 1180, "count"),
    ("- Khai thác thị trường Ấn Độ, Úc; tổ chức ít nhất 06 đoàn famtrip, presstrip.", "ít nhất 06 đoàn", 6, "count"),
    ("- Nâng tổng số đường bay quốc tế lên ít nhất 35 đường bay.", "ít nhất 35 đường bay", 35, "count"),
    ("- Tổng điểm PAPI của tỉnh đạt trên 45 điểm, thuộc nhóm 15 tỉnh dẫn đầu.", "đạt trên 45 điểm", 45, "other"),
    ("- Thời gian lưu trú bình quân của khách quốc tế đạt trên 2,8 ngày.", "đạt trên 2,8 ngày", 2.8, "other"),
])
def test_outputs_of_a_programme_in_a_task(tmp_path, tasks, text, value, unit_kind):
    row = one(targets(tmp_path, tasks=tasks), text)
    assert (row.value, row.unit_kind) == (value, unit_kind)


def test_not_a_target_a_support_rate_in_a_list_of_norms(tmp_path):
    rows = targets(tmp_path, tasks=(
        "b) Định mức hỗ trợ (thực hiện theo Quyết định số 1719/QĐ-TTg): hỗ trợ đất ở bình quân 40 triệu đồng/hộ;\n"
        "xây dựng mới nhà ở 40 triệu đồng/hộ, sửa chữa nhà ở 20 triệu đồng/hộ; chuyển đổi nghề 10 triệu đồng/hộ."))
    assert rows == []


def test_not_a_target_days_of_work_nor_a_bare_visit(tmp_path):
    rows = targets(tmp_path, tasks="- Phấn đấu đạt ít nhất 35.000 ngày công lao động.\n- Tư vấn cho doanh nghiệp tại 05 xã.")
    assert all(r.unit_kind != "other" for r in rows), [r.text for r in rows]
    assert [r.text for r in rows if "05" in r.text] == []


@pytest.mark.parametrize("objective, code", [
    ("c) Tỷ lệ hộ DTTS được sử dụng nước sinh hoạt hợp vệ sinh đạt 97%.", "clean_water_rural"),
    ("c) Tỷ lệ người DTTS tham gia bảo hiểm y tế đạt trên 98%.", "bhyt_coverage"),
    ("đ) Tỷ lệ lao động trong độ tuổi là người DTTS được đào tạo nghề phù hợp đạt ít nhất 48%.", "trained_labour_rate"),
])
def test_indicators_of_a_group(tmp_path, objective, code):
    rows = targets(tmp_path, objectives=objective)
    assert [r.indicator_code for r in rows] == [code]


def test_not_a_target_the_facts_under_a_heading_on_a_project_scale(tmp_path):
    rows = targets(tmp_path, objectives="- Bàn giao mặt bằng sạch đúng tiến độ.\nII. QUY MÔ, PHẠM VI VÀ KHỐI LƯỢNG THU HỒI ĐẤT\n"
                   "1. Phạm vi: Tuyến đường đi qua địa bàn 05 thôn, chiều dài khoảng 7,65 km.\n"
                   "- Công trình hạ tầng phải di dời: 2,1 km đường dây hạ thế, 01 trạm bơm.\n"
                   "4. Dự kiến kinh phí bồi thường, hỗ trợ, tái định cư: khoảng 96,4 tỷ đồng.")
    assert rows == [], [r.text for r in rows]


def test_a_goal_under_a_heading_of_scale_and_targets_stays(tmp_path):
    rows = targets(tmp_path, objectives="3. Quy mô, chỉ tiêu\n- Thu hút khoảng 5.000 lượt khách tham quan.")
    assert [r.value for r in rows] == [5000], [r.text for r in rows]


@pytest.mark.parametrize("objective, text", [
    ("- Tỷ lệ tiêm đủ mũi vắc xin cho trẻ dưới 1 tuổi ≥ 95% (gồm các vắc xin BCG, viêm gan B).", "≥ 95%"),
    ("- Tỷ lệ trẻ dưới 1 tuổi được uống đủ 3 liều vắc xin bại liệt OPV ≥95%.", "≥95%"),
    ("- Tỷ lệ trẻ từ 1 đến 5 tuổi trong diện được tiêm đủ 3 mũi vắc xin viêm não Nhật Bản\nkhông thấp hơn 90%.",
     "không thấp hơn 90%"),
    ("- >90% phụ nữ có thai tiêm UV2+.", ">90%"),
])
def test_vaccine_coverage_counted_in_doses_is_immunization_rate(tmp_path, objective, text):
    row = one(targets(tmp_path, objectives=objective), text)
    assert row.indicator_code == "immunization_rate"


def test_power_supply_reliability_and_failure_rates(tmp_path):
    """A power company's indices name their measure (`SAIDI … phút`, `SAIFI … lần`);
    elsewhere `lần` and `phút` stay no target (`kiểm tra 2 lần`, `trong 15 phút`)."""
    rows = targets(tmp_path, objectives=(
        "- Độ tin cậy cung cấp điện: SAIDI không quá 250 phút; SAIFI không quá 2,6 lần; "
        "MAIFI không quá 1,2 lần.\n"
        "- Suất sự cố đường dây trung áp không quá 1,5 vụ/100km/năm; suất sự cố TBA "
        "phân phối dưới 0,4 vụ/100 TBA/năm.\n"
        "- Ký kết tối thiểu 05 biên bản ghi nhớ hợp tác (MOU) giữa doanh nghiệp với trường."))
    assert [(r.text, r.comparator, r.value, r.unit) for r in rows] == [
        ("không quá 250 phút", "lte", 250, "phút"),
        ("không quá 2,6 lần", "lte", 2.6, "lần"),
        ("không quá 1,2 lần", "lte", 1.2, "lần"),
        ("không quá 1,5 vụ/100km/năm", "lte", 1.5, "vụ/100km/năm"),
        ("dưới 0,4 vụ/100 TBA/năm", "lt", 0.4, "vụ/100 TBA/năm"),
        ("tối thiểu 05 biên bản ghi nhớ", "gte", 5, "biên bản ghi nhớ"),
    ]
    assert not targets(tmp_path, tasks="- Kiểm tra hiện trường 2 lần, xử lý trong 15 phút.")


def test_recruitment_quotas_are_count_targets(tmp_path):
    """A recruitment plan's quotas are the places it sets out to fill: `tuyển dụng 325
    chỉ tiêu`, a post's `: 58 chỉ tiêu`, `chỉ tiêu giáo viên tiểu học: 142`; the
    subjects within a post (`Toán 19`) and a count of a plan's indicators are none."""
    rows = targets(tmp_path, tasks=(
        "Năm 2026, Sở Giáo dục và Đào tạo tuyển dụng 325 chỉ tiêu viên chức giáo dục.\n"
        "- a) Giáo viên mầm non hạng III: 58 chỉ tiêu.\n"
        "- b) Giáo viên tiểu học hạng III – chỉ tiêu giáo viên tiểu học: 142, gồm:\n"
        "- c) Giáo viên trung học cơ sở hạng III: 71 chỉ tiêu (Toán 19, Ngữ văn 17).\n"))
    assert [(r.text, r.value, r.unit_kind) for r in rows] == [
        ("325 chỉ tiêu", 325, "count"), ("58 chỉ tiêu", 58, "count"),
        ("142", 142, "count"), ("71 chỉ tiêu", 71, "count")]
    assert not targets(tmp_path, tasks="- Kế hoạch năm 2025 đề ra 25 chỉ tiêu chủ yếu, đã hoàn thành.\n")


def test_a_ratio_raised_to_two_levels_and_an_exam_length(tmp_path):
    """`nâng tỷ lệ giáo viên/lớp … lên 1,4 và … lên 1,8 vào cuối năm 2026` gives two
    ratios due in 2026; an exam's `thời gian không quá 45 phút` is a
    duration, while a service time (`thời gian chờ khám … dưới 30 phút`) is a target."""
    rows = targets(tmp_path, objectives=(
        "- Góp phần nâng tỷ lệ giáo viên/lớp cấp tiểu học lên 1,4 và cấp THCS lên 1,8 vào cuối năm 2026.\n"
        "- Thời gian chờ khám trung bình dưới 30 phút."), tasks=(
        "b) Vòng 2: thực hành, thang điểm 100, thời gian không quá 45 phút.\n"))
    assert [(r.text, r.value, r.unit_kind, r.target_year) for r in rows] == [
        ("1,4", 1.4, "ratio", 2026), ("1,8", 1.8, "ratio", 2026), ("dưới 30 phút", 30, "other", None)]


def test_a_tet_named_with_a_bare_year_dates_the_targets_under_it(tmp_path):
    """`1. Chỉ tiêu … dịp Tết Nguyên đán Bính Ngọ 2026` (no `năm`) gives its year to
    the targets below it."""
    rows = targets(tmp_path, objectives=(
        "1. Chỉ tiêu đảm bảo cung cấp điện dịp Tết Nguyên đán Bính Ngọ 2026\n"
        "- 100% sự cố lưới điện phân phối được khắc phục trong 2 giờ.\n"))
    assert [(r.text, r.target_year) for r in rows] == [("100%", 2026)]


def test_at_least_so_many_recommendations(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Mỗi Viện kiểm sát nhân dân khu vực ban hành ít nhất 02 kiến nghị yêu cầu khắc phục vi phạm.\n"))
    assert [(r.text, r.comparator, r.value, r.unit_kind) for r in rows] == [
        ("ít nhất 02 kiến nghị", "gte", 2, "count")]


def test_a_broadband_speed_and_cameras_connected_are_goals(tmp_path):
    """`trên 100 Mbps` is a measured goal (kind other); `khoảng 2.000 camera` a count."""
    rows = targets(tmp_path, objectives=(
        "- Mạng di động 5G phủ sóng 100% xã, phường; tốc độ băng rộng di động bình quân đạt trên 100 Mbps.\n"
        "- Trung tâm IOC tích hợp ít nhất 15 dịch vụ giám sát; có khoảng 2.000 camera an ninh, giao thông được kết nối.\n"))
    got = {(r.text, r.comparator, r.value, r.unit_kind) for r in rows}
    assert ("đạt trên 100 Mbps", "gt", 100, "other") in got
    assert ("khoảng 2.000 camera", "approx", 2000, "count") in got


def test_a_loan_ceiling_is_no_goal(tmp_path):
    """`mức vay tối đa 100 triệu đồng/lao động` is a lending rule, not an aim."""
    assert not targets(tmp_path, tasks=(
        "- Người lao động được vay vốn tại Ngân hàng Chính sách xã hội với mức vay tối đa "
        "100 triệu đồng/lao động, thời hạn vay không vượt quá thời hạn hợp đồng.\n"))


def test_a_goal_compared_with_last_years_results_is_no_result(tmp_path):
    """`so với kết quả thực hiện năm 2025` names the baseline: the numbered objective
    that says it is no heading that reports results."""
    plan = PLAN.replace("I. MỤC TIÊU\n{objectives}", "I. CHỈ TIÊU NĂM 2025\n{objectives}").replace("2025", "2026")
    path = tmp_path / "plan.txt"
    path.write_text(plan.format(objectives=(
        "1. Toàn tỉnh tiếp nhận ít nhất 25.000 đơn vị máu (quy đổi theo đơn vị 250 ml), tăng\n"
        "khoảng 6% so với kết quả thực hiện năm 2025.\n"), tasks=""), encoding="utf-8")
    rows = parse_document(path, "plan.txt").tables["targets"]
    assert [(r.text, r.comparator, r.value, r.unit_kind) for r in rows] == [
        ("ít nhất 25.000 đơn vị", "gte", 25000, "count"), ("khoảng 6%", "approx", 6, "percent")]


def test_members_and_helpers_are_counted_only_as_a_minimum(tmp_path):
    """`tối thiểu 30 thành viên` a group must have is a goal; `gồm 15 thành viên` the
    make-up of a board is not."""
    rows = targets(tmp_path, objectives=(
        "- Mỗi xã duy trì ít nhất 01 nhóm hiến máu dự bị, mỗi nhóm tối thiểu 30 thành viên.\n"
        "- Bảo đảm mỗi sở, ngành có ít nhất 01 cộng tác viên kiểm tra văn bản.\n"), tasks=(
        "Thành lập Ban Chỉ đạo gồm 15 thành viên.\n"))
    got = {(r.text, r.comparator, r.value) for r in rows}
    assert ("tối thiểu 30 thành viên", "gte", 30) in got
    assert ("ít nhất 01 cộng tác viên", "gte", 1) in got
    assert not [r for r in rows if r.value == 15]


def test_unions_of_cooperatives_are_counted(tmp_path):
    """Each number of `50 hợp tác xã, 10 liên hiệp hợp tác xã và 120 tổ hợp tác` is a target."""
    rows = targets(tmp_path, objectives=(
        "- Năm 2026, thành lập mới ít nhất 50 hợp tác xã, 10 liên hiệp hợp tác xã và "
        "120 tổ hợp tác.\n"))
    assert [(r.value, r.unit_kind, r.target_year) for r in rows] == [
        (50, "count", 2026), (10, "count", 2026), (120, "count", 2026)]


def test_a_support_ceiling_per_union_is_no_goal(tmp_path):
    """`tối đa 30 triệu đồng/liên hiệp hợp tác xã` is what a policy pays, not an aim."""
    assert not targets(tmp_path, tasks=(
        "- Hỗ trợ thành lập mới: hỗ trợ tối đa 100 triệu đồng/hợp tác xã thành lập mới và "
        "tối đa 30 triệu đồng/liên hiệp hợp tác xã cho chi phí tư vấn.\n"))


def test_a_bracketed_year_dates_its_own_number(tmp_path):
    """`54,5% (2026) và 55% (2030)`: each number takes the year in brackets after it."""
    rows = targets(tmp_path, objectives=(
        "- Tỷ lệ che phủ rừng đạt 54,5% (2026) và 55% (2030).\n"
        "- 100% khu công nghiệp có hệ thống xử lý nước thải đạt quy chuẩn (2026); ít nhất "
        "02 khu công nghiệp được chuyển đổi theo mô hình sinh thái (2030).\n"))
    assert [(r.value, r.target_year) for r in rows] == [(54.5, 2026), (55, 2030), (100, 2026), (2, 2030)]



def test_parts_of_a_programmes_output_are_targets(tmp_path):
    """On a programme's `Quy mô:` line, the part after `trong đó` of an output (past a
    bracketed average) and an area of forest to regenerate are targets; so is a minimum
    of buses to replace."""
    rows = targets(tmp_path, tasks=(
        "1. Chương trình phát triển rừng bền vững\n"
        "- Quy mô: trồng mới 42.000 ha rừng (bình quân 8.400 ha/năm), trong đó rừng gỗ lớn "
        "12.000 ha; khoanh nuôi xúc tiến tái sinh 6.500 ha.\n"
        "2. Chương trình chuyển đổi xe buýt sử dụng điện\n"
        "- Quy mô: thay thế ít nhất 60 xe buýt chạy dầu diesel bằng xe buýt điện.\n"))
    values = [(r.value, r.comparator) for r in rows]
    assert (12000, "eq") in values and (6500, "eq") in values and (60, "gte") in values
    assert (8400, "eq") not in values


def test_a_part_of_a_fact_is_no_target(tmp_path):
    """`trong đó` after a number that is no goal gives none: `Hỗ trợ 500 hộ, trong đó 200 hộ`."""
    assert not targets(tmp_path, tasks="- Rà soát 500 hộ, trong đó 200 hộ nghèo.\n")


def test_a_national_programmes_funding_is_no_target(tmp_path):
    """`mục tiêu` in `Chương trình mục tiêu quốc gia` sets no goal: its funding is a fact."""
    assert not targets(tmp_path, tasks=(
        "- Nguồn vốn các Chương trình mục tiêu quốc gia: 6.450 triệu đồng;\n"))


def test_a_threshold_saying_which_sites_report_is_no_target(tmp_path):
    """`các cơ sở có mức phát thải … từ 3.000 tấn CO2tđ trở lên` says which sites must
    take stock, not an amount to reach."""
    assert not targets(tmp_path, tasks=(
        "a) Hướng dẫn các cơ sở có mức phát thải khí nhà kính hằng năm từ 3.000 tấn CO2tđ "
        "trở lên thực hiện kiểm kê.\n"))


def test_a_minimum_of_lessons_and_sessions_is_a_count(tmp_path):
    """`tối thiểu 04 tiết thao giảng`, `ít nhất 01 chuyên đề/học kỳ`: a set minimum of work done."""
    rows = targets(tmp_path, tasks="- Mỗi giáo viên thực hiện tối thiểu 04 tiết thao giảng.\n"
                   "- Mỗi tổ chuyên môn tổ chức ít nhất 01 chuyên đề/học kỳ.")
    lessons = one(rows, "tối thiểu 04 tiết")
    assert (lessons.comparator, lessons.value, lessons.unit_kind) == ("gte", 4, "count")
    sessions = one(rows, "ít nhất 01 chuyên đề")
    assert (sessions.comparator, sessions.value, sessions.unit_kind) == ("gte", 1, "count")


def test_a_courses_length_is_no_target(tmp_path):
    rows = targets(tmp_path, tasks="- Bồi dưỡng kiến thức cho người lao động; thời gian bồi dưỡng tối thiểu 74 tiết.")
    assert not [r for r in rows if "74" in r.text]


def test_a_kept_percentage_after_si_so_is_no_document_number(tmp_path):
    rows = targets(tmp_path, objectives="- Duy trì sĩ số 100%, không để học sinh bỏ học giữa chừng.")
    assert one(rows, "100%").value == 100


def test_done_within_a_day_gives_the_targets_year(tmp_path):
    rows = targets(tmp_path, objectives="- Bố trí chỗ ở tạm cho 100% hộ có nhà bị sập, hoàn thành trong ngày 18/11/2025.")
    assert one(rows, "100%").target_year == 2025


def test_a_minimum_from_n_up_is_a_target(tmp_path):
    rows = targets(tmp_path, objectives="- Tham gia thi đấu từ 20 môn trở lên; phấn đấu đạt từ 15 huy chương vàng trở lên.")
    assert ("từ 20 môn trở lên", "gte", 20) in [(r.text, r.comparator, r.value) for r in rows]


def test_a_bare_run_of_zeros_is_no_count(tmp_path):
    """An OCR copy split `8.500` over two lines: the `00` left is no target of zero."""
    rows = targets(tmp_path, objectives="- Giai đoạn 2019 - 2020, đào tạo nghề cho 8.5\n00 lao động nông thôn.")
    assert not [r for r in rows if r.value == 0]


HOUSING_TABLE = """1. Danh mục dự án nhà ở xã hội năm 2025
| TT | Tên dự án | Xã, phường | Chủ đầu tư | Quy mô dự án (căn / m2 sàn) | Chỉ tiêu hoàn thành năm 2025 (căn)\
 | Dự kiến hoàn thành |
|---|---|---|---|---|---|---|
| 1 | Nhà ở công nhân Khu công nghiệp Đức Hòa III | Xã Đức Hòa | Công ty Cổ phần Đức Hòa | 986 căn / 61.200 m2\
 | 620 | Quý IV/2025 |
2. Danh mục dự án khởi công năm 2025
| TT | Tên dự án | Xã, phường | Chủ đầu tư | Quy mô dự án (căn / m2 sàn) | Chỉ tiêu hoàn thành năm 2025 (căn)\
 | Dự kiến hoàn thành |
|---|---|---|---|---|---|---|
| 1 | Khu dân cư Tân Tập | Xã Cần Giuộc | Công ty Cổ phần Long Hậu | 1.250 căn / 81.000 m2 | 700 | Quý IV/2025 |"""


def test_a_table_cell_takes_its_code_from_the_heading_over_its_table(tmp_path):
    """A column `Chỉ tiêu hoàn thành (căn)` names no indicator: the heading over the
    table does (`Danh mục dự án nhà ở xã hội`); a heading that names none gives none."""
    rows = targets(tmp_path, objectives=HOUSING_TABLE)
    got = {r.text: r.indicator_code for r in rows if r.unit_kind == "count"}
    assert got.get("620") == "social_housing_units"
    assert "700" in got and got["700"] is None


def test_a_count_in_a_bare_classifier_takes_the_code_of_the_count_before_it(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- a) Hoàn thành ít nhất 3.500 căn hộ nhà ở xã hội, tổng diện tích sàn khoảng 250.000 m2;\n"
        "lũy kế đến hết năm 2025 toàn tỉnh hoàn thành khoảng 9.800 căn.\n"
        "- b) Sửa chữa 200 căn nhà cho hộ nghèo."))
    assert one(rows, "khoảng 9.800 căn").indicator_code == "social_housing_units"
    assert [r.indicator_code for r in rows if r.value == 200] in ([], [None])


def test_cases_per_device_days(tmp_path):
    """An infection rate is cases per 1.000 days of a device or stay: a rate target."""
    row = one(targets(tmp_path, "- Tỷ lệ nhiễm khuẩn huyết liên quan đến catheter tĩnh mạch trung tâm "
                                "không quá 2 ca/1.000 ngày catheter."),
              "không quá 2 ca/1.000 ngày catheter")
    assert (row.comparator, row.value, row.unit_kind) == ("lte", 2.0, "rate")


def test_cases_without_a_base_are_no_rate(tmp_path):
    """`ca` alone, in a task, is no goal."""
    assert not targets(tmp_path, tasks="- Tiếp nhận, điều trị 12 ca/ngày tại khoa.")


def test_works_to_harden_or_upgrade(tmp_path):
    """A length of road to harden or a count of buildings to upgrade is an output of the plan."""
    rows = targets(tmp_path, tasks="•\tCứng hóa 5,2 km đường trục thôn, ngõ xóm; thời gian hoàn thành trước ngày "
                                   "30/11/2026.\n•\tCải tạo, nâng cấp 04 nhà văn hoá thôn đạt chuẩn.")
    assert one(rows, "5,2 km").value == 5.2
    assert (one(rows, "04 nhà").value, one(rows, "04 nhà").unit_kind) == (4.0, "count")


def test_works_without_a_count_verb_are_no_goal(tmp_path):
    """A length in a task that only describes the road is no goal."""
    assert not targets(tmp_path, tasks="- Kiểm tra tuyến đường dài 5,2 km qua thôn.")


# -- round 37: certificates issued, times kept, thresholds that say who is meant ------

def test_certificates_issued_are_counted_outputs(tmp_path):
    rows = targets(tmp_path, objectives="- Cấp mới 1.250 Giấy chứng nhận lần đầu cho hộ gia đình, cá nhân, trong "
                   "đó cấp cho các thửa đất có nguồn gốc giao đất trái thẩm quyền, lấn chiếm trước ngày 01/7/2014 "
                   "đủ điều kiện tối thiểu 180 Giấy chứng nhận.",
                   tasks="**Giai đoạn 2 (Quý II/2027):** Xét duyệt, cấp tiếp 400 Giấy chứng nhận, ưu tiên các khu "
                   "dân cư hiện hữu.\n**Giai đoạn 1 (Quý I/2027):** Hoàn thiện hồ sơ và cấp Giấy chứng nhận cho "
                   "khoảng 300 thửa đất đã đủ điều kiện.")
    # (a cut-off date of a land-use condition is no due year, nor makes the goal a past result)
    assert (one(rows, "1.250 Giấy chứng nhận").comparator, one(rows, "1.250 Giấy chứng nhận").unit_kind) == ("eq", "count")
    assert one(rows, "tối thiểu 180 Giấy chứng nhận").comparator == "gte"
    assert one(rows, "400 Giấy chứng nhận").value == 400
    assert one(rows, "khoảng 300 thửa đất").comparator == "approx"


def test_a_count_under_a_past_results_line_of_capitals_is_no_target(tmp_path):
    """Unnumbered part headings in capitals: the year of the results part dates its counts."""
    plan = PLAN.split("I. MỤC TIÊU")[0] + (
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nKẾT QUẢ ĐĂNG KÝ, CẤP GIẤY CHỨNG NHẬN NĂM 2024\n\n"
        "- Tồn tại, hạn chế: còn khoảng 410 thửa đất chưa được cấp Giấy chứng nhận.\n\n"
        "MỤC TIÊU, CHỈ TIÊU\n\n- Cấp mới khoảng 300 thửa đất.\n\nNơi nhận:\n- Như trên;\n")
    path = tmp_path / "plan.txt"
    path.write_text(plan, encoding="utf-8")
    rows = parse_document(path, "plan.txt").tables["targets"]
    assert [r.text for r in rows] == ["khoảng 300 thửa đất"]


def test_provinces_counted_and_a_time_capped_in_hours(tmp_path):
    rows = targets(tmp_path, objectives="- Tối thiểu 40 tỉnh, thành phố có sàn TMĐT;\n- Thời gian giải phóng hàng "
                   "hoá nhập khẩu bình quân không quá 36 giờ; tỷ lệ tờ khai được phân luồng xanh đạt khoảng 70%.")
    assert (one(rows, "Tối thiểu 40 tỉnh").unit_kind, one(rows, "Tối thiểu 40 tỉnh").comparator) == ("count", "gte")
    row = one(rows, "không quá 36 giờ")
    assert (row.comparator, row.value, row.unit) == ("lte", 36, "giờ")


@pytest.mark.parametrize("objective,kept", [
    # a turnover or a flow that says which businesses a rule covers
    ("- Triển khai hoá đơn điện tử đối với hộ, cá nhân kinh doanh có doanh thu từ 01 tỷ đồng/năm trở lên; "
     "phấn đấu có ít nhất 70% số hộ kinh doanh sử dụng.", ["ít nhất 70%"]),
    ("- Yêu cầu các cơ sở sản xuất, kinh doanh, dịch vụ có lưu lượng nước thải từ 500 m3/ngày\nđêm trở lên lắp "
     "đặt hệ thống quan trắc tự động.", []),
    # a share a group has already reached says which clusters
    ("- Hoàn thiện hạ tầng xử lý nước thải của các cụm công nghiệp đã lấp đầy trên 50% diện tích.", []),
    # a report within hours is a duration, not a time kept
    ("- Báo cáo sự cố không quá 24 giờ.", []),
    # not a cut-off: the day the task is due dates its goal
    ("- Hoàn thành cấp 500 Giấy chứng nhận trước ngày 15/12/2026.", ["500 Giấy chứng nhận"]),
])
def test_thresholds_that_say_who_is_meant_are_no_targets(tmp_path, objective, kept):
    assert [r.text for r in targets(tmp_path, objectives=objective)] == kept


def test_rates_per_head_of_the_group_counted_and_a_multiple_brought_down(tmp_path):
    rows = targets(tmp_path, objectives="Đến năm 2030:\n- Tỷ suất tử vong trẻ em do đuối nước giảm xuống còn "
                   "5/100.000 trẻ em; tỷ suất trẻ em bị tai nạn, thương tích giảm xuống dưới 550/100.000 trẻ em.\n"
                   "- Mỗi xã, phường có ít nhất 01 bể bơi hoặc điểm dạy bơi an toàn cho trẻ em.\n"
                   "- Giảm thời gian làm công việc nội trợ không được trả công của phụ\nnữ xuống còn 1,7 lần so với "
                   "nam giới.")
    rate = one(rows, "5/100.000 trẻ em")
    assert (rate.value, rate.comparator, rate.unit_kind, rate.target_year) == (5, "eq", "rate", 2030)
    rate = one(rows, "dưới 550/100.000 trẻ em")
    assert (rate.value, rate.comparator, rate.unit_kind) == (550, "lt", "rate")
    assert (one(rows, "ít nhất 01 bể bơi").unit_kind, one(rows, "ít nhất 01 bể bơi").comparator) == ("count", "gte")
    ratio = one(rows, "1,7 lần")
    assert (ratio.value, ratio.unit_kind, ratio.direction) == (1.7, "ratio", "decrease")


@pytest.mark.parametrize("tasks", [
    # a drill's assumed scenario
    "1. Tình huống giả định\na) Tình huống 1 - Sự cố vỡ đập:\nVùng hạ du có khoảng 420 hộ/1.560 nhân khẩu của xã "
    "Cam Lộ bị uy hiếp trực tiếp.",
    # a lag that triggers a sanction
    "- Trường hợp nhà thầu chậm tiến độ trên 10% so với tiến độ được duyệt, chủ đầu tư xem xét cắt giảm khối lượng.",
    # a rate per head of no group: a price
    "- Niêm yết giá 5/100.000 đồng.",
])
def test_scenarios_and_sanction_triggers_are_no_targets(tmp_path, tasks):
    assert [r.text for r in targets(tmp_path, tasks=tasks)] == []


def test_volunteers_per_village_are_a_ratio(tmp_path):
    rows = targets(tmp_path, tasks="c) Củng cố mạng lưới cộng tác viên bảo vệ trẻ em ở thôn, tổ dân phố; tối thiểu "
                   "01 cộng tác viên/thôn, tổ dân phố.")
    row = one(rows, "tối thiểu 01 cộng tác viên/thôn")
    assert (row.value, row.comparator, row.unit_kind) == (1, "gte", "ratio")


def test_the_number_in_a_units_name_is_no_count(tmp_path):
    # `Thuế cơ sở 1 tỉnh An Giang` numbers a tax office; `40 tỉnh, thành phố` counts provinces
    rows = targets(tmp_path, tasks=(
        "- Thuế cơ sở 1 tỉnh An Giang, Thuế cơ sở 2 tỉnh An Giang tăng cường quản lý hộ kinh doanh.\n"
        "- Phấn đấu tối thiểu 40 tỉnh, thành phố tham gia sàn thương mại điện tử năm 2027."))
    assert [r.text for r in rows] == ["tối thiểu 40 tỉnh"]


def test_quotas_in_bullets_under_a_recruitment_lead_in(tmp_path):
    # a number spelt again in brackets, then the counted noun; `tuyển` said only by the lead-in
    rows = targets(tmp_path, tasks=(
        "Năm 2027, UBND xã Đô Lương tuyển dụng 12 (mười hai) chỉ tiêu công chức, cụ thể:\n"
        "- 01 (một) chỉ tiêu Văn phòng - Thống kê và 02 (hai) chỉ tiêu Tư pháp - Hộ tịch;\n"
        "- 03 (ba) chỉ tiêu Văn hóa - Xã hội thuộc Phòng Văn hoá - Xã hội."))
    quotas = {r.text: (r.value, r.unit, r.unit_kind, r.target_year) for r in rows}
    assert quotas == {"12 (mười hai) chỉ tiêu": (12, "chỉ tiêu", "count", 2027),
                      "01 (một) chỉ tiêu": (1, "chỉ tiêu", "count", 2027),
                      "02 (hai) chỉ tiêu": (2, "chỉ tiêu", "count", 2027),
                      "03 (ba) chỉ tiêu": (3, "chỉ tiêu", "count", 2027)}


def test_indicators_in_bullets_under_a_lead_in_are_no_quotas(tmp_path):
    # not a recruitment: a plan's own indicators counted under a lead-in
    rows = targets(tmp_path, tasks="Kế hoạch đề ra các nhóm chỉ tiêu như sau:\n- 12 chỉ tiêu về kinh tế;\n"
                   "- 08 chỉ tiêu về xã hội.")
    assert [r.text for r in rows] == []


def test_minimum_counts_of_people_items_and_extinguishers(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Mỗi xã, phường tổ chức không ít hơn 02 giải thể thao trong năm.\n"
        "- Bảo đảm mỗi Tòa án nhân dân khu vực có ít nhất 06 Hòa giải viên.\n"
        "- Bồi dưỡng nghiệp vụ cho khoảng 300 hướng dẫn viên, cộng tác viên thể thao cơ sở.\n"
        "- Bảo tàng tỉnh hoàn thành số hóa 500 hiện vật tiêu biểu.\n"
        "- Hộ tham gia Tổ liên gia trang bị ít nhất 01 bình chữa cháy xách tay.\n"
        "- Giá bình quân 45 người mỗi lớp."))
    got = {r.text: (r.value, r.comparator, r.unit_kind) for r in rows}
    assert got == {"không ít hơn 02 giải": (2, "gte", "count"), "ít nhất 06 Hòa giải viên": (6, "gte", "count"),
                   "khoảng 300 hướng dẫn viên": (300, "approx", "count"), "500 hiện vật": (500, "eq", "count"),
                   "ít nhất 01 bình": (1, "gte", "count")}


def test_forces_a_response_plan_mobilises(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Khi rủi ro thiên tai cấp 4, toàn tỉnh huy động 2.500 cán bộ, chiến sĩ các lực lượng tham gia ứng phó.\n"
        "- Huy động 120 phương tiện các loại.\n"
        "- Các phương tiện truyền thông đưa tin về 3 cơn bão."))
    assert {r.text: (r.value, r.unit_kind) for r in rows} == {"2.500 cán bộ": (2500, "count"),
                                                              "120 phương tiện": (120, "count")}


def test_goals_under_a_heading_of_results_and_goals(tmp_path):
    """`II. THỰC TRẠNG VÀ MỤC TIÊU` reports results only through `1. Kết quả …`: its
    `2. Mục tiêu cụ thể năm 2027` sets goals, while a fact stays a fact."""
    path = tmp_path / "plan.txt"
    path.write_text("""ỦY BAN NHÂN DÂN
XÃ HỢP THỊNH
Số: 58/KH-UBND
Hợp Thịnh, ngày 20 tháng 01 năm 2027
KẾ HOẠCH
Xây dựng xã đạt chuẩn nông thôn mới nâng cao năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng các tiêu chí.
II. THỰC TRẠNG VÀ MỤC TIÊU
1. Kết quả thực hiện đến hết năm 2026
Tỷ lệ hộ nghèo đa chiều còn 2,1%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 91%.
2. Mục tiêu cụ thể năm 2027
- Tỷ lệ hộ nghèo đa chiều dưới 1%.
- Tỷ lệ người dân tham gia bảo hiểm y tế từ 95% trở lên; cứng hóa thêm ít nhất 3,5 km đường trục thôn.
III. TỔ CHỨC THỰC HIỆN
Phòng Kinh tế chủ trì, theo dõi.
""", encoding="utf-8")
    rows = parse_document(path, "plan.txt").tables["targets"]
    texts = {r.text for r in rows}
    assert "đạt 91%" not in texts and "2,1%" not in texts  # not a target: results
    below = one(rows, "dưới 1%")
    assert (below.comparator, below.value, below.target_year) == ("lt", 1, 2027)
    at_least = one(rows, "từ 95% trở lên")
    assert (at_least.comparator, at_least.value, at_least.indicator_code) == ("gte", 95, "bhyt_coverage")
    road = one(rows, "ít nhất 3,5 km")
    assert (road.comparator, road.value) == ("gte", 3.5)


def test_trainees_counted_as_comrades_under_a_training_heading(tmp_path):
    # a military plan counts the people it trains as `đồng chí`; `Đối tượng, số lượng …` sets them out
    rows = targets(tmp_path, tasks=(
        "1. Đối tượng, số lượng huấn luyện năm 2027\n"
        "- Dân quân cơ động 2.400 đồng chí; tự vệ 850 đồng chí.\n"
        "2. Tổ chức hội thao\n- Mỗi khu vực tổ chức ít nhất 01 hội thao."))
    assert [(r.text, r.value, r.unit_kind, r.target_year) for r in rows] == [
        ("2.400 đồng chí", 2400, "count", 2027), ("850 đồng chí", 850, "count", 2027),
        ("ít nhất 01 hội thao", 1, "count", None)]


def test_the_number_of_a_steering_committee_is_its_name(tmp_path):
    rows = targets(tmp_path, tasks="- Kiểm tra ít nhất 06 xã, thị trấn trong năm 2026; thời gian kiểm tra: "
                                   "tháng 10/2026 (Ban Chỉ đạo 138 huyện chủ trì).\n")
    assert "138 huyện" not in [r.text for r in rows]


@pytest.mark.parametrize("sentence, text, value, unit", [
    # cases a legal-aid plan takes on and communities a forest plan supports (round 49)
    ("- Về trợ giúp pháp lý: thực hiện tham gia tố tụng ít nhất 650 vụ việc; 100% người được đáp ứng.",
     "ít nhất 650 vụ việc", 650, "vụ việc"),
    ("- Hỗ trợ ít nhất 40 cộng đồng dân cư thôn, bản ký hợp đồng bảo vệ rừng.", "ít nhất 40 cộng đồng", 40, "cộng đồng"),
])
def test_counted_cases_and_communities(tmp_path, sentence, text, value, unit):
    row = one(targets(tmp_path, objectives=sentence), text)
    assert (row.value, row.comparator, row.unit, row.unit_kind) == (value, "gte", unit, "count")


def test_not_a_count_of_cases(tmp_path):
    """`vụ` alone is no unit: a fire is counted only as `vụ việc`, `vụ án`."""
    rows = targets(tmp_path, objectives="- Năm 2026 xảy ra 12 vụ cháy rừng.")
    assert not rows, [r.text for r in rows]


@pytest.mark.parametrize("sentence,text,value", [
    ("- Kiểm tra, xử lý ít nhất 1.200 vụ vi phạm, tăng so với năm 2025.", "ít nhất 1.200 vụ", 1200),
    ("- Đội Quản lý thị trường số 1: kiểm tra, xử lý ít nhất 180 vụ; thu nộp ngân sách.", "ít nhất 180 vụ", 180),
    ("- Toàn Chi cục phấn đấu kiểm tra, xử lý không dưới 320 vụ; thu nộp ngân sách.", "không dưới 320 vụ", 320),
])
def test_a_minimum_of_cases_handled(tmp_path, sentence, text, value):
    """(round 55) cases of violation an inspection force is to handle, as a set minimum."""
    row = one(targets(tmp_path, objectives=sentence), text)
    assert (row.value, row.comparator, row.unit_kind) == (value, "gte", "count")


def test_not_a_minimum_of_crop_seasons_or_incidents(tmp_path):
    """`vụ lúa`, `vụ cháy` after `ít nhất` are seasons and incidents, no cases handled."""
    rows = targets(tmp_path, objectives="- Gieo cấy ít nhất 2 vụ lúa; xảy ra ít nhất 3 vụ cháy.")
    assert not [r for r in rows if r.unit == "vụ"], [r.text for r in rows]


def test_goals_in_lettered_items_under_goals_of_a_review_section(tmp_path):
    """(round 50) `II. TÌNH HÌNH VÀ MỤC TIÊU` › `3. Mục tiêu cụ thể năm 2026` › `a) …`: goals,
    not results; `1. Kết quả giải ngân năm 2025` beside it stays results."""
    path = tmp_path / "plan.txt"
    path.write_text(PLAN.replace("I. MỤC TIÊU\n{objectives}", "I. TÌNH HÌNH VÀ MỤC TIÊU\n{objectives}").format(
        objectives="1. Kết quả giải ngân năm 2025\nCòn 14 chủ đầu tư có tỷ lệ giải ngân dưới 80%.\n"
                   "2. Mục tiêu cụ thể năm 2026\n- a) Vốn các chương trình mục tiêu quốc gia: tỷ lệ giải ngân "
                   "đạt ít nhất 95% kế hoạch vốn;\n- b) Vốn ODA: giải ngân không thấp hơn 90% kế hoạch vốn;",
        tasks="Sở Tài chính chủ trì."), encoding="utf-8")
    rows = parse_document(path, "plan.txt").tables["targets"]
    assert [(r.text, r.target_year) for r in rows] == [("đạt ít nhất 95%", 2026), ("không thấp hơn 90%", 2026)]


def test_bare_line_of_a_years_goals_gives_the_year(tmp_path):
    """(round 50) Word numbering lost: a bare line `Chỉ tiêu cụ thể năm 2025` dates the
    targets below it; a bare line without a year (`Mục tiêu chung`) dates none."""
    rows = targets(tmp_path, objectives="Mục tiêu chung\nKéo giảm tai nạn giao thông.\nChỉ tiêu cụ thể năm 2025\n"
                                        "Tỷ lệ người đội mũ bảo hiểm đạt 100%.\n")
    assert [(r.text, r.target_year) for r in rows] == [("đạt 100%", 2025)]


def test_appendix_title_with_its_note_gives_the_year(tmp_path):
    """(round 50) `PHỤ LỤC II` / `DANH MỤC NHIỆM VỤ … NĂM 2026` / `(Kèm theo Kế hoạch …)`,
    joined in one line: the title's year dates the appendix targets."""
    path = tmp_path / "plan.txt"
    path.write_text(PLAN.format(objectives="Nâng cao chất lượng đào tạo nghề.", tasks="Sở Nội vụ chủ trì.")
                    + "\n\nPHỤ LỤC II\nDANH MỤC NHIỆM VỤ ĐÀO TẠO NGHỀ NĂM 2026\n(Kèm theo Kế hoạch số 12/KH-UBND "
                      "ngày 05/3/2025 của UBND tỉnh)\n\n1. Tổ chức tư vấn, hướng nghiệp; phấn đấu ít nhất 35% học sinh "
                      "tốt nghiệp THCS học nghề.\n", encoding="utf-8")
    rows = parse_document(path, "plan.txt").tables["targets"]
    assert [(r.text, r.target_year) for r in rows] == [("ít nhất 35%", 2026)]


def test_staff_posts_capped_per_commune(tmp_path):
    row = one(targets(tmp_path, objectives="- Bình quân mỗi xã, phường bố trí không quá 32 biên chế cán bộ, công chức;"),
              "không quá 32 biên chế")
    assert (row.comparator, row.value, row.unit_kind) == ("lte", 32, "count")


def test_score_that_names_the_candidates_is_no_target(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Tỷ lệ thí sinh trúng tuyển có điểm xét tuyển từ 20 điểm trở lên (thang điểm 30) đạt\n"
        "trên 40% tổng số thí sinh nhập học."))
    assert [(r.comparator, r.value) for r in rows] == [("gt", 40)]


def test_units_a_census_covers_are_no_targets(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN.format(objectives="Hoàn thành Tổng điều tra đúng tiến độ.", tasks="").replace(
        "III. TỔ CHỨC THỰC HIỆN",
        "III. ĐỐI TƯỢNG, PHẠM VI ĐIỀU TRA\n- Doanh nghiệp đang hoạt động; dự kiến khoảng 11.600 doanh nghiệp;\n"
        "IV. TỔ CHỨC THỰC HIỆN"), encoding="utf-8")
    assert parse_document(path, "plan.txt").tables["targets"] == []


def test_a_count_names_what_it_counts_after_its_classifier(tmp_path):
    """`phấn đấu hoàn thành … ít nhất 3.700 căn hộ nhà ở xã hội`: the words before the
    number are the verb, the counted thing follows `căn hộ`; a share of it in the same
    unit (`trong đó … ít nhất 1.500 căn hộ`) and the yearly items of a roadmap under it
    in a bare `căn` count the same; `căn nhà cho hộ nghèo` does not."""
    rows = targets(tmp_path, objectives=(
        "1. Mục tiêu cụ thể đến năm 2030\n"
        "a) Về số lượng: phấn đấu hoàn thành đầu tư xây dựng ít nhất 3.700 căn hộ nhà ở xã hội, "
        "tổng diện tích sàn khoảng 185.000 m2; trong đó nhà ở cho công nhân tại các khu công "
        "nghiệp ít nhất 1.500 căn hộ.\n"
        "b) Lộ trình hoàn thành theo từng năm:\n"
        "- Năm 2026 hoàn thành 800 căn;\n"
        "- năm 2027 hoàn thành 700 căn.\n"
        "2. Hỗ trợ sửa chữa 200 căn hộ cho hộ nghèo."))
    got = {r.text: r.indicator_code for r in rows if r.unit_kind == "count"}
    assert got["ít nhất 3.700 căn hộ"] == "social_housing_units"
    assert got["ít nhất 1.500 căn hộ"] == "social_housing_units"
    assert got["800 căn"] == got["700 căn"] == "social_housing_units"
    assert got["200 căn hộ"] is None


def test_gangs_broken_up_are_counted(tmp_path):
    """`ít nhất 20 băng, ổ nhóm tội phạm`: `băng` there is a gang, not a tape."""
    rows = targets(tmp_path, objectives=(
        "- Triệt phá ít nhất 15 đường dây, ổ nhóm tội phạm về ma túy; ít nhất 20 băng, ổ nhóm tội phạm hình sự."))
    row = one(rows, "ít nhất 20 băng")
    assert (row.comparator, row.value, row.unit_kind) == ("gte", 20.0, "count")
    assert not [r for r in targets(tmp_path, objectives="- Treo 20 băng rôn tuyên truyền.") if r.value == 20]


def test_party_committees_departments_and_heritage_are_counted(tmp_path):
    """`kiểm tra 06 đảng ủy trực thuộc Tỉnh ủy`, `ít nhất 04 khoa, phòng`, `ít nhất 05 di
    sản`: party committees, a hospital's departments and heritage items are counted
    things; `khoa học` is not a department."""
    rows = targets(tmp_path, objectives=(
        "- Chỉ tiêu: kiểm tra 06 đảng ủy trực thuộc Tỉnh ủy và giám sát ít nhất 03 đảng ủy trực thuộc Tỉnh ủy.\n"
        "- Kiểm tra đột xuất ít nhất 04 khoa, phòng mỗi tháng.\n"
        "- Kiểm kê, lập hồ sơ khoa học ít nhất 05 di sản văn hoá phi vật thể tiêu biểu."))
    assert (one(rows, "06 đảng ủy").comparator, one(rows, "06 đảng ủy").unit_kind) == ("eq", "count")
    assert one(rows, "ít nhất 03 đảng ủy").comparator == "gte"
    assert (one(rows, "ít nhất 04 khoa").value, one(rows, "ít nhất 04 khoa").unit) == (4.0, "khoa")
    assert one(rows, "ít nhất 05 di sản").unit_kind == "count"
    assert not [r for r in targets(tmp_path, objectives="- Công bố 03 khoa học công nghệ.") if r.value == 3]


def test_counts_that_describe_the_place_are_no_targets(tmp_path):
    """`toàn bộ N …` and a bracket of what is there now tell the scope, not a goal."""
    rows = targets(tmp_path, objectives=(
        "- Nâng cao chất lượng vệ sinh trên toàn bộ 38 tuyến phố và 26 tổ dân phố thuộc địa bàn phường.\n"
        "- Kiểm tra 100% công trình đang thi công (hiện có 43 công trình); trồng cây tại vườn hoa "
        "(diện tích khoảng 2.300 m2).\n"
        "- Mỗi điểm tiếp xúc bảo đảm có ít nhất 80 cử tri tham dự."))
    texts = [r.text for r in rows]
    assert not any(t.startswith(("38", "26", "43", "khoảng 2.300")) for t in texts), texts
    assert one(rows, "100%").value == 100
    voters = one(rows, "ít nhất 80 cử tri") if "ít nhất 80 cử tri" in texts else one(rows, "ít nhất 80")
    assert (voters.comparator, voters.unit_kind) == ("gte", "count")


def test_reserves_under_a_reserve_lead_in(tmp_path):
    """The amounts a market plan has businesses hold are goals; the same goods line
    under another lead-in is not."""
    reserve = ("Các doanh nghiệp tham gia Chương trình cam kết dự trữ hàng hóa với tổng lượng hàng như sau:\n\n"
               "- a) Lương thực: gạo 3.500 tấn; nếp 450 tấn.\n\n"
               "- b) Thực phẩm: trứng gia cầm 12 triệu quả; dầu ăn 1,2 triệu lít.\n")
    rows = targets(tmp_path, tasks=reserve)
    assert [(r.text, r.value, r.unit_kind) for r in rows] == [
        ("3.500 tấn", 3500, "other"), ("450 tấn", 450, "other"),
        ("12 triệu quả", 12_000_000, "count"), ("1,2 triệu lít", 1_200_000, "other")]
    other = reserve.replace("cam kết dự trữ hàng hóa với tổng lượng hàng như sau", "mặt hàng đã tiêu thụ năm trước gồm")
    assert targets(tmp_path, tasks=other) == []


def test_quotas_under_a_lead_in_that_hands_them_out_body_by_body(tmp_path):
    """A bullet list of each body's quota (`* Ban quản lý rừng phòng hộ A: 65 km / 520 ha;`) under
    `Chỉ tiêu giao cho … như sau (km đường ranh / ha …):` sets goals with no goal word of their own;
    the same list under a lead-in that only lists what each body manages does not."""
    quota = ("- Chỉ tiêu giao cho một số chủ rừng trọng điểm như sau (km đường ranh / ha xử lý vật liệu cháy):\n"
             "   * Ban quản lý rừng phòng hộ Lâm Viên: 65 km / 520 ha;\n"
             "   * Các chủ rừng còn lại: 190 km / 980 ha.\n")
    rows = targets(tmp_path, tasks=quota)
    assert [(r.text, r.value, r.unit_kind) for r in rows] == [
        ("65 km", 65, "other"), ("520 ha", 520, "area"), ("190 km", 190, "other"), ("980 ha", 980, "area")]
    other = quota.replace("Chỉ tiêu giao cho một số chủ rừng trọng điểm như sau", "Hiện trạng đường ranh của các chủ rừng")
    assert targets(tmp_path, tasks=other) == []


def test_count_of_new_ones_with_a_minimum(tmp_path):
    rows = targets(tmp_path, objectives="- Kết nạp 30 đảng viên mới trở lên mỗi năm.")
    assert [(r.text, r.comparator, r.value) for r in rows] == [("30 đảng viên mới trở lên", "gte", 30)]


def test_service_time_limit_in_working_days_is_a_target(tmp_path):
    """A service's time limit capped in working days is a KPI; a bare span is a duration."""
    rows = targets(tmp_path, objectives=(
        "b) Thời gian kiểm soát chi không quá 02 ngày làm việc đối với hồ sơ thanh toán vốn đầu tư.\n"
        "- Giải quyết hồ sơ trong vòng 03 ngày làm việc kể từ ngày nhận."),
        tasks="- Trả kết quả trong 15 ngày làm việc.")
    row = one(rows, "không quá 02 ngày làm việc")
    assert (row.comparator, row.value, row.unit_kind) == ("lte", 2.0, "other")
    assert not [r for r in rows if "03 ngày" in r.text or "15 ngày" in r.text]


def test_a_year_of_things_already_done_does_not_date_the_target(tmp_path):
    """`hồ sơ … đã giải quyết trong năm 2025` in a 2026 plan: the files are last year's,
    the target (check at least 20 of them) is not a result."""
    path = tmp_path / "plan.txt"
    body = "- Tại mỗi đơn vị, kiểm tra xác suất ít nhất 20 hồ sơ thủ tục hành chính đã giải quyết trong năm 2025;"
    path.write_text(PLAN.replace("năm 2025", "năm 2026").format(objectives=body, tasks=""), encoding="utf-8")
    row = one(parse_document(path, "plan.txt").tables["targets"], "ít nhất 20 hồ sơ")
    assert (row.value, row.unit_kind, row.target_year) == (20, "count", None)
    # (a year not after `đã` still dates it: last year's count is a result)
    body = "- Năm 2025, đã kiểm tra 20 hồ sơ thủ tục hành chính."
    path.write_text(PLAN.replace("năm 2025", "năm 2026").format(objectives=body, tasks=""), encoding="utf-8")
    assert not [r for r in parse_document(path, "plan.txt").tables["targets"] if r.value == 20]


# -- counted bodies, relics, awards and OCR digits (rounds 58–64) -------------------

def test_counted_relics_bodies_and_awards(tmp_path):
    rows = targets(tmp_path, objectives=(
        "b) Lập hồ sơ khoa học đề nghị xếp hạng ít nhất 10 di tích, trong đó có từ 02 đến 03 di tích "
        "đề nghị xếp hạng di tích quốc gia.\n"
        "c) Tu bổ, tôn tạo 05 di tích xuống cấp; hỗ trợ tu bổ cấp thiết không dưới 15 di tích.\n"
        "- Kiểm tra trực tiếp tối thiểu 05 sở, ban, ngành; ít nhất 08 UBND xã, phường.\n"
        "- Biểu dương, khen thưởng 50 tập thể, 100 cá nhân tiêu biểu.\n"
        "- Xét nghiệm ít nhất 6.500 lam máu/test chẩn đoán nhanh."))
    assert [(r.text, r.comparator, r.value, r.value_max, r.unit_kind) for r in rows] == [
        ("ít nhất 10 di tích", "gte", 10, None, "count"),
        ("từ 02 đến 03 di tích", "range", 2, 3, "count"),
        ("05 di tích", "eq", 5, None, "count"),
        ("không dưới 15 di tích", "gte", 15, None, "count"),
        ("tối thiểu 05 sở", "gte", 5, None, "count"),
        ("ít nhất 08 UBND", "gte", 8, None, "count"),
        ("50 tập thể", "eq", 50, None, "count"),
        ("100 cá nhân", "eq", 100, None, "count"),
        ("ít nhất 6.500 lam máu", "gte", 6500, None, "count"),
    ]


def test_a_named_department_or_committee_is_no_count(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Năm 2026, 02 Sở Y tế và Sở Tài chính phối hợp; 03 UBND tỉnh Bắc Ninh giao."))
    assert rows == []


def test_ocr_letter_for_one_in_a_padded_count(tmp_path):
    rows = targets(tmp_path, objectives="đ) Mỗi thôn có ít nhất 0l tuyến đường xanh - sạch - đẹp.")
    row = one(rows, "ít nhất 0l tuyến")
    assert (row.comparator, row.value, row.unit_kind) == ("gte", 1, "count")
    assert targets(tmp_path, objectives="- Mỗi thôn có 0l tuyến đường xanh.") == []


def test_round66_within_minutes_and_counted_outputs(tmp_path):
    """`trong vòng 5 phút` is a cap among the objectives, a duration in a procedure;
    `04 số đặc san`, `45 lô đất` are counted outputs."""
    rows = targets(tmp_path,
                   objectives="- Kíp cấp cứu xuất phát trong vòng 5 phút kể từ khi nhận lệnh.\n"
                              "- Xuất bản 04 số đặc san.\n- Đấu giá thành công 45 lô đất ở.",
                   tasks="Cơ quan tiếp nhận báo cáo Trưởng Ban trong vòng 30 phút kể từ khi nhận tin.")
    got = {(r.text, r.comparator, r.value) for r in rows}
    assert ("trong vòng 5 phút", "lte", 5.0) in got
    assert ("04 số", "eq", 4.0) in got
    assert ("45 lô", "eq", 45.0) in got
    assert not any(r.value == 30.0 for r in rows)


def test_round67_a_time_heading_over_targets_gives_their_year(tmp_path):
    """`a) Đến hết ngày 31/12/2025:` and `b) Từ ngày 01/01/2026:` over lists of targets."""
    rows = targets(tmp_path, objectives=(
        "1. Chỉ tiêu cụ thể\na) Đến hết ngày 31/12/2025:\n- 100% hộ khoán được rà soát, phân loại;\n"
        "b) Từ ngày 01/01/2026:\n- trên 95% hồ sơ khai thuế được thực hiện bằng phương thức điện tử."))
    assert [(r.text, r.target_year) for r in rows] == [("100%", 2025), ("trên 95%", 2026)]


def test_round67_thresholds_that_say_which_households_are_meant(tmp_path):
    """A turnover class (`có doanh thu dưới 01 tỷ đồng/năm`, `(i) doanh thu từ … trở lên`)
    and a village's size (`thôn có trên 250 hộ`) are no targets; the share and the crew are."""
    rows = targets(tmp_path, objectives=(
        "- ít nhất 80% hộ kinh doanh có doanh thu dưới 01 tỷ đồng/năm được hướng dẫn cài đặt ứng dụng;\n"
        "- Phân loại hộ theo 02 nhóm: (i) doanh thu từ 01 tỷ đồng/năm trở lên; (ii) doanh thu trên mức "
        "không phải nộp thuế đến dưới 01 tỷ đồng/năm.\n"
        "- 100% Tổ bảo vệ được kiện toàn; thôn có trên 250 hộ bố trí 04 thành viên."))
    assert not any(r.unit_kind == "money" for r in rows)
    assert "ít nhất 80%" in [r.text for r in rows]
    assert not any(r.value == 250 for r in rows)


def test_round67_baselines_and_past_situations_are_no_targets(tmp_path):
    """In a 2025 plan: a sentence opened by a past school year, and a figure in brackets
    that says where things stand (`năm học 2023 - 2024 đạt …`, `ước đạt`, `tính đến`); a
    bracket with a later year is a milestone and stays."""
    rows = targets(tmp_path, objectives=(
        "Năm học 2023 - 2024, toàn tỉnh có 1.186 cơ sở giáo dục với trên 462.000 trẻ em; tỷ lệ trường "
        "đạt chuẩn quốc gia đạt 58,2%.\n"
        "- Tỷ lệ huy động trẻ mẫu giáo đạt trên 99% (năm học 2023 - 2024 đạt 97,8%).\n"
        "- Tỷ lệ lao động qua đào tạo đạt 72% (năm 2025 ước đạt 66,5%).\n"
        "- Tuyển dụng tối thiểu 1.500 giáo viên (tính đến tháng 9/2025 toàn tỉnh thiếu 2.317 giáo viên).\n"
        "- Tỷ lệ phòng học kiên cố đạt 95% vào năm 2027 (năm 2030 đạt 100%)."))
    assert [r.text for r in rows] == ["đạt trên 99%", "đạt 72%", "tối thiểu 1.500 giáo viên", "đạt 95%", "đạt 100%"]


def test_round67_guns_bridges_and_the_places_of_an_output(tmp_path):
    """`khẩu súng` and `cầu` are counted; `tại 17 xã` after the output says where."""
    rows = targets(tmp_path, objectives=(
        "- Vận động Nhân dân giao nộp ít nhất 15 khẩu súng kíp.\n"
        "- Sửa chữa, thay thế khoảng 320 cầu yếu trên quốc lộ.\n"
        "- Đến hết năm 2027 hoàn thành 17/17 trường tại 17 xã biên giới."))
    got = [(r.text, r.unit_kind) for r in rows]
    assert ("ít nhất 15 khẩu", "count") in got
    assert ("khoảng 320 cầu", "count") in got
    assert not any(r.text == "17 xã" for r in rows)


def test_outputs_under_a_phase_of_a_roadmap_are_due_in_its_year(tmp_path):
    rows = targets(tmp_path, tasks="3. Lộ trình thực hiện:\nb/ Giai đoạn 2 - Quý II và Quý III/2026:\n"
                                   "- Mở rộng ra quân tại 14 tuyến còn lại của các khu phố 4, 6, 7.\n")
    assert (one(rows, "14 tuyến").value, one(rows, "14 tuyến").target_year) == (14, 2026)


def test_the_places_a_share_of_households_stand_in_are_no_target(tmp_path):
    rows = targets(tmp_path, "- Từ 90% hộ gia đình trở lên tại 12 khu phố ký cam kết thực hiện nếp sống văn minh.")
    assert [r.text for r in rows] == ["Từ 90%"]


def test_fishing_boats_are_counted(tmp_path):
    rows = targets(tmp_path, "a) Hoàn thành trước ngày 30/11/2025:\n- Xử lý dứt điểm 05 tàu cá chưa lắp đặt VMS còn lại.")
    assert (one(rows, "05 tàu cá").unit_kind, one(rows, "05 tàu cá").target_year) == ("count", 2025)


def test_a_count_taken_at_a_day_tells_where_things_stand(tmp_path):
    rows = targets(tmp_path, "Tính đến ngày 20/10/2025, toàn tỉnh có 4.127 tàu cá đã đăng ký; đã lắp đặt thiết bị "
                             "giám sát hành trình 2.981/2.986 tàu (đạt 99,83%).\n- 100% tàu cá lắp đặt VMS.")
    assert [r.text for r in rows] == ["100%"]


def test_the_count_of_a_resolutions_main_indicators_is_no_quota(tmp_path):
    rows = targets(tmp_path, tasks="c) Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030: 27 chỉ tiêu chủ yếu, "
                                   "03 khâu đột phá, 06 nhóm nhiệm vụ, giải pháp.")
    assert rows == []


def test_a_page_number_set_apart_is_not_read_with_the_bullet_after_it(tmp_path):
    rows = targets(tmp_path, "- 100% trường hợp vi phạm được xử lý.\n\n" + " " * 42 + "2\n\n"
                             "- 100% phản ánh của người dân được xử lý trong 48 giờ.")
    assert [(r.value, r.comparator) for r in rows] == [(100, "eq"), (100, "eq")]


def test_a_task_rows_count_due_by_a_date_is_a_target(tmp_path):
    table = ("STT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành\n"
             "1\tXử lý 148 tàu cá chưa đăng ký\tChi cục Thủy sản\tTrước ngày 30/11/2025\n"
             "2\tKhám sàng lọc cho 500 người\tSở Y tế\tQuý II/2025\n"
             "3\tBồi dưỡng ngạch chuyên viên (02 lớp)\tSở Nội vụ\tHoàn thành trong tháng 12/2025\n")
    rows = targets(tmp_path, tasks=table)
    assert [(r.text, r.target_year) for r in rows] == [("148 tàu cá", 2025)]  # a period only schedules work


def test_milestone_columns_of_a_table_by_investor_are_targets(tmp_path):
    table = ("Biểu 01. MỐC TIẾN ĐỘ GIẢI NGÂN THEO CHỦ ĐẦU TƯ NĂM 2026\n"
             "(Đơn vị: tỷ đồng; tỷ lệ % so với kế hoạch vốn được giao)\n"
             "TT\tChủ đầu tư\tKế hoạch vốn năm 2026\tĐến 30/6/2026\tĐến 31/12/2026\n"
             "1\tBan Quản lý dự án đầu tư xây dựng tỉnh\t2.864,5\t50\t92\n"
             "2\tUBND các xã còn lại (71 đơn vị)\t1.152,9\t50\t90\n")
    rows = targets(tmp_path, objectives=table)
    assert [(r.text, r.value, r.unit_kind, r.target_year) for r in rows] == [
        ("50", 50, "percent", 2026), ("92", 92, "percent", 2026), ("50", 50, "percent", 2026), ("90", 90, "percent", 2026)]


def test_a_line_labelled_as_how_things_stand_gives_no_targets(tmp_path):
    # zp: the figures of `Tình hình:` are where the campaign starts from, its `đạt` a result
    rows = targets(tmp_path, tasks="- Tình hình: dân số toàn xã 16.482 người, trong đó người từ 18 tuổi trở lên là "
                                   "11.237 người; đến ngày 12/9/2021 đã tiêm mũi 1 cho 2.418 người (đạt 21,5%), tiêm đủ "
                                   "02 mũi cho 356 người (đạt 3,2%).\n- Phấn đấu tiêm mũi 1 cho ít nhất 1.600 người.")
    assert [r.text for r in rows] == ["ít nhất 1.600 người"]


def test_a_measure_that_says_which_investors_a_rule_is_for_is_no_target(tmp_path):
    # zn: `đối với … có tỷ lệ giải ngân … dưới 60%` names whom the sanction falls on
    rows = targets(tmp_path, tasks="- Đối với chủ đầu tư có tỷ lệ giải ngân đến ngày 30/9/2026 dưới 60% kế hoạch vốn, "
                                   "Sở Tài chính đề xuất kiểm điểm trách nhiệm.\n- Giải ngân đạt trên 95% kế hoạch vốn.")
    assert [r.text for r in rows] == ["đạt trên 95%"]


def test_a_day_that_opens_a_sentence_dates_its_targets_after_a_semicolon(tmp_path):
    # zp: `Phấn đấu đến ngày 31/12/2021, trên 95% …; trên 50% …` — both due in 2021
    rows = targets(tmp_path, "- Phấn đấu đến ngày 31/12/2025, trên 95% người từ 18 tuổi trở lên được tiêm ít nhất 01 mũi "
                             "vắc xin; trên 50% được tiêm đủ 02 mũi.")
    assert [(r.text, r.target_year, r.indicator_code) for r in rows if r.unit_kind == "percent"] == [
        ("trên 95%", 2025, "immunization_rate"), ("trên 50%", 2025, "immunization_rate")]


def test_a_quota_each_unit_is_set_in_a_task(tmp_path):
    """A task clause that opens with `Mỗi` sets each unit its quota; a person a unit names to
    follow the work, a rate after a verb and an aside in brackets are none."""
    rows = targets(tmp_path, tasks=(
        "- Mỗi Chi đoàn thôn xây dựng 01 mô hình \"Tuyến đường phân loại rác tại nguồn\".\n"
        "- Mỗi thôn thành lập 01 Ban điều hành sinh hoạt hè.\n"
        "- Mỗi cơ quan, đơn vị phân công 01 công chức theo dõi việc sử dụng điện.\n"
        "- Tổ chức lớp học bơi (mỗi lớp 10 ngày), hỗ trợ mỗi hộ 01 máy bơm.\n"))
    assert sorted(r.text for r in rows) == ["01 Ban", "01 mô hình"]


def test_conditions_and_norms_are_no_targets(tmp_path):
    """A vote's pass mark, a case that calls for an action and a share of a legal standard
    are conditions and norms, while the goals beside them stay."""
    rows = targets(tmp_path, objectives=(
        "- Phấn đấu tỷ lệ cử tri đồng ý đạt trên 85% (điều kiện để phương án được thông qua là trên 50% tổng số cử tri đồng ý);\n"
        "- 05 thôn sau sắp xếp chưa đạt 100% tiêu chuẩn nhưng đều trên 80% tiêu chuẩn.\n"),
        tasks="Trường hợp thôn có dưới 50% tổng số cử tri đồng ý thì UBND xã báo cáo Đảng ủy xã.\n")
    assert [r.text for r in rows if r.unit_kind == "percent"] == ["đạt trên 85%"]


def test_promotion_quota_is_a_target(tmp_path):
    """The places a promotion exam fills are its quota, as a recruitment's are."""
    rows = targets(tmp_path, objectives="Tổng chỉ tiêu thi nâng ngạch năm 2025 là 146 chỉ tiêu.\n")
    row = one(rows, "là 146 chỉ tiêu")
    assert (row.value, row.unit_kind, row.target_year) == (146, "count", 2025)


def test_every_item_of_a_list_after_a_goal_verb_is_a_target(tmp_path):
    """A goal verb right before the first count of a list counts every item; a list in
    brackets that tells what a unit is made of does not, nor do the teams that stand
    already and are only put in order."""
    rows = targets(tmp_path, tasks=(
        "- Văn phòng phối hợp với Phòng Kinh tế mua sắm bổ sung 60 áo phao, 20 phao tròn cứu sinh, "
        "01 xuồng composite và 10 loa cầm tay; hoàn thành trước ngày 31/5/2025.\n"
        "- Trạm Y tế bố trí 02 tổ cấp cứu (mỗi tổ gồm 01 xe, 05 người).\n"
        "- Củng cố, kiện toàn 112 Tổ liên gia hiện có; kiện toàn 21 đội xung kích ở 21 thôn.\n"))
    assert [r.text for r in rows] == ["60 áo phao", "20 phao", "01 xuồng", "10 loa", "02 tổ", "21 đội"]


def test_a_drill_to_hold_and_a_sign_to_plant_are_targets(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Ban Chỉ huy quân sự xã tổ chức 01 cuộc diễn tập PCTT&TKCN cấp xã, hoàn thành trước ngày 31/7/2025.\n"
        "- Phòng Kinh tế cắm 12 biển cảnh báo nguy hiểm tại các ngầm tràn.\n"))
    assert [(r.text, r.value, r.target_year) for r in rows] == [("01 cuộc", 1, 2025), ("12 biển", 12, None)]


def test_an_index_below_a_sign(tmp_path):
    rows = targets(tmp_path, objectives="+ Chỉ số BI tại ổ dịch sau xử lý < 20, chỉ số HI ≤ 10%;\n")
    assert [(r.text, r.comparator, r.value, r.unit_kind) for r in rows] == [
        ("< 20", "lt", 20, "other"), ("≤ 10%", "lte", 10, "percent")]


def test_a_table_value_wrapped_onto_a_row_of_its_own(tmp_path):
    """A Word cell's line break exported as a row of its own (`≥` / `1,0`): the value
    keeps the sign on the row above."""
    rows = targets(tmp_path, objectives=(
        "| TT | Chỉ tiêu | Đơn vị | 2026 | 2027 | 2028 |\n|----|----|----|----|----|----|\n"
        "| 1 | Tổng chi cho nghiên cứu và phát triển so với GRDP | % | 0,6 | 0,8 | ≥ |\n"
        "|  |  |  |  |  | 1,0 |\n"))
    assert [(r.text, r.comparator, r.value, r.target_year) for r in rows] == [
        ("0,6", "eq", 0.6, 2026), ("0,8", "eq", 0.8, 2027), ("1,0", "gte", 1.0, 2028)]


# -- round 78: water supply and drug control ----------------------------------------

def test_a_time_alone_in_brackets_dates_the_goal_beside_it(tmp_path):
    # yx after the goal, yw after the event the goal is reached at
    rows = targets(tmp_path, objectives=(
        "- 100% trường học, trạm y tế xã có nước sạch đáp ứng QCVN (hoàn thành trong năm 2027).\n"),
        tasks=("- Tổ chức các hoạt động hưởng ứng Tháng hành động phòng, chống ma túy (tháng 6/2027), "
               "trong đó tổ chức mít tinh, ra quân đồng loạt tại 100% xã, phường.\n"))
    assert [(r.text, r.target_year) for r in rows] == [("100%", 2027), ("100%", 2027)]


def test_a_capacity_class_or_the_level_a_change_starts_from_is_no_target(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Nâng cấp Nhà máy nước, nâng công suất từ 22.000 m3/ngày đêm lên 30.000 m3/ngày đêm.\n"
        "- Không đầu tư mới công trình công suất dưới 500 m3/ngày đêm tại khu vực đấu nối được.\n"
        "- Giám sát tối thiểu 01 lần/năm đối với công trình công suất dưới 1.000 m3/ngày đêm và "
        "định kỳ 6 tháng/lần đối với công trình từ 1.000 m3/ngày đêm trở lên.\n"
        "- Cấp hỗ trợ khoảng 12.000 bồn chứa nước (dung tích 1 – 2 m3) cho hộ nghèo.\n"))
    assert not {"từ 22.000 m3/ngày đêm", "dưới 500 m3/ngày đêm", "dưới 1.000 m3/ngày đêm",
                "từ 1.000 m3/ngày đêm trở lên", "1 – 2 m3"} & {r.text for r in rows}
    assert one(rows, "khoảng 12.000 bồn chứa nước").value == 12000


def test_connections_a_utility_makes_are_counted(tmp_path):
    rows = targets(tmp_path, tasks="- Phấn đấu phát triển mới ít nhất 18.000 đấu nối hộ dân nông thôn.\n")
    row = one(rows, "ít nhất 18.000 đấu nối")
    assert (row.comparator, row.value, row.unit_kind) == ("gte", 18000, "count")


def test_a_table_of_units_by_year_measures_its_title(tmp_path):
    table = ("Bảng chỉ tiêu số hóa giao các Trung tâm Lưu trữ quốc gia (đơn vị tính: trang)\n"
             "TT\tĐơn vị thực hiện\tNăm 2026\tNăm 2027\n"
             "1\tTrung tâm Lưu trữ quốc gia I\t3.500.000\t5.000.000\n"
             "2\tTrung tâm Lưu trữ quốc gia II\t3.000.000\t4.500.000")
    rows = targets(tmp_path, objectives=table)
    assert [(r.text, r.value, r.unit, r.unit_kind, r.target_year) for r in rows] == [
        ("3.500.000", 3500000, "trang", "count", 2026), ("5.000.000", 5000000, "trang", "count", 2027),
        ("3.000.000", 3000000, "trang", "count", 2026), ("4.500.000", 4500000, "trang", "count", 2027)]
    assert rows[0].indicator == "chỉ tiêu số hóa giao các Trung tâm Lưu trữ quốc gia"


def test_a_table_by_year_with_a_task_column_is_no_such_table(tmp_path):
    table = ("Bảng chỉ tiêu số hóa (đơn vị tính: trang)\n"
             "TT\tNội dung\tĐơn vị thực hiện\tNăm 2026\n"
             "1\tSố hóa tài liệu\tTrung tâm Lưu trữ quốc gia I\t3.500.000")
    assert not [r for r in targets(tmp_path, tasks=table) if r.text == "3.500.000"]


def test_ministries_storage_and_recorded_hours_are_counted(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Kiểm tra việc lập hồ sơ điện tử tại ít nhất 10 Bộ, ngành và ít nhất 12 tỉnh, thành phố trong năm 2026.\n"
        "- Nâng cấp Kho lưu trữ số, bảo đảm dung lượng lưu trữ tối thiểu 2.000 TB.\n"
        "- Chuyển đổi sang định dạng số ít nhất 15.000 giờ ghi âm, ghi hình."))
    assert [(r.text, r.value, r.unit, r.unit_kind) for r in rows] == [
        ("ít nhất 10 Bộ", 10, "Bộ", "count"), ("ít nhất 12 tỉnh", 12, "tỉnh", "count"),
        ("tối thiểu 2.000 TB", 2000, "TB", "other"), ("ít nhất 15.000 giờ", 15000, "giờ", "other")]


def test_outreach_sessions_rooms_and_a_list_past_a_bracket_are_outputs(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Triển khai 03 dự án liên kết chuỗi (sa nhân tím, thảo quả) và 05 dự án phát triển sản xuất cộng đồng.\n"
        "- Trường sửa chữa 12 phòng ở bán trú, bếp ăn.\n"
        "- Trạm Y tế xã tổ chức 06 buổi truyền thông tại bản.\n"
        "- Ngày hội tổ chức trong 01 buổi sáng.\n"
        "- Hội Liên hiệp Phụ nữ xã thành lập mới 03 Địa chỉ tin cậy cộng đồng."))
    assert [(r.text, r.value) for r in rows] == [
        ("03 dự án", 3), ("05 dự án", 5), ("12 phòng ở", 12), ("06 buổi", 6), ("03 Địa chỉ", 3)]


# -- round 87: scores and quotas in tables ---------------------------------------------

def test_a_flattened_score_table_with_a_wrapped_name(tmp_path):
    """One cell a line (`STT` / `Chỉ số thành phần` / `Điểm 2024` / `Mục tiêu 2026` / …): the
    past year's scores are the baseline, the name wrapped over two lines is one cell."""
    rows = targets(tmp_path, objectives=(
        "Chỉ tiêu các chỉ số thành phần PCI năm 2026\nSTT\nChỉ số thành phần\nĐiểm 2024\nMục tiêu 2026\n"
        "Cơ quan chủ trì\n1\nChi phí gia nhập thị trường\n7,62\n≥ 7,90\nSở Tài chính\n2\n"
        "Tiếp cận đất đai và sự ổn định\ntrong sử dụng đất\n6,48\n≥ 6,80\nSở Nông nghiệp và Môi trường\n"
        "3\nCạnh tranh bình đẳng\n5,84\n6,20\nSở Công Thương\n"))
    assert [(r.text, r.comparator, r.value, r.target_year, r.indicator) for r in rows] == [
        ("≥ 7,90", "gte", 7.9, 2026, "Chi phí gia nhập thị trường"),
        ("≥ 6,80", "gte", 6.8, 2026, "Tiếp cận đất đai và sự ổn định trong sử dụng đất"),
        ("6,20", "eq", 6.2, 2026, "Cạnh tranh bình đẳng")]


def test_a_figure_wrapped_after_its_thousands_dot(tmp_path):
    """`1.` / `674.000`: in a sentence and in a pipe table's cell, one number; the quota
    table's year is the one its goal words name, not the population's before them."""
    rows = targets(tmp_path, objectives=(
        "- Tổng số lượt khám toàn tỉnh tối thiểu 1.\n674.000 lượt.\n"
        "Căn cứ dân số năm 2024, Sở Y tế giao chỉ tiêu khám năm 2025 như sau:\n\n"
        "STT | Xã, phường | Dân số | Chỉ tiêu khám (lượt) | Thời gian\n"
        "1 | Xã Võ Nhai | 19.340 | 17.\n990 | Quý III/2025\n"
        "2 | Xã Phú Đình | 12.\n540 | 11.660 | Quý III/2025\n"))
    assert [(r.text, r.value, r.target_year) for r in rows] == [
        ("tối thiểu 1.\n674.000 lượt", 1674000, None), ("17.\n990", 17990, 2025), ("11.660", 11660, 2025)]


# -- round 93: phases, zero counts, metres, sizes of a group --------------------------------

def test_a_phase_heading_with_its_span_dates_its_goals(tmp_path):
    """`2.1. Giai đoạn 1 (2025 - 2030)` over lettered goals: due at the span's end; a
    `trong đó` part's own year dates the part, not the goal before it."""
    rows = targets(tmp_path, objectives=(
        "2.1. Giai đoạn 1 (2025 - 2030)\n"
        "a) Trung học phổ thông\n"
        "- Ít nhất 40% trường THPT tổ chức dạy học song ngữ, trong đó Trường THPT Chuyên thực hiện từ năm học 2026 - 2027.\n"
        "2.2. Giai đoạn 2 (2030 - 2035)\n"
        "- Tuyển dụng mới khoảng 430 GV tiếng Anh.\n"))
    assert [(r.text, r.target_year) for r in rows] == [("Ít nhất 40%", 2030), ("khoảng 430 GV", 2035)]


def test_none_of_what_a_plan_prevents(tmp_path):
    rows = targets(tmp_path, objectives="- Tai nạn hàng hải nghiêm trọng: 0 vụ; giảm ít nhất 10% số vụ tai nạn.")
    assert (one(rows, "0 vụ").value, one(rows, "0 vụ").unit_kind) == (0, "count")


def test_metres_a_goal_keeps_and_sizes_that_name_a_group(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Bố trí tối thiểu 15 điểm sạc, bảo đảm bán kính phục vụ không quá 500 m đối với khu dân cư;\n"
        "- 100% tàu cá có chiều dài từ 15 m trở lên lắp đặt thiết bị giám sát hành trình.\n"))
    assert [r.text for r in rows] == ["tối thiểu 15 điểm", "không quá 500 m", "100%"]


def test_counts_listed_after_what_stands_now(tmp_path):
    rows = targets(tmp_path, objectives=(
        "Trên địa bàn phường hiện có 13.860 hộ gia đình; khoảng 21.400 xe mô tô, trong đó khoảng "
        "19.700 xe sử dụng xăng. Phấn đấu chuyển đổi khoảng 7.500 xe mô tô sang xe điện.\n"))
    assert [r.text for r in rows] == ["khoảng 7.500 xe"]


def test_a_time_to_reach_the_scene_capped_for_each_case_is_a_target(tmp_path):
    # (the cap is said once, `có mặt tại hiện trường`, and repeated for the further cases)
    rows = targets(tmp_path, objectives="- Bảo đảm lực lượng ứng phó tại chỗ có mặt tại hiện trường không quá 02 giờ "
                   "đối với sự cố trong vùng nước cảng biển; không quá 06 giờ đối với vùng biển ven bờ.\n")
    assert [(r.text, r.comparator, r.value, r.unit) for r in rows] == [
        ("không quá 02 giờ", "lte", 2, "giờ"), ("không quá 06 giờ", "lte", 6, "giờ")]
    reports = targets(tmp_path, tasks="- Chủ cơ sở báo cáo không quá 24 giờ kể từ khi phát hiện sự cố.\n")
    assert not [r for r in reports if r.unit == "giờ"]


def test_a_crop_season_of_one_year_dates_the_goals_of_its_line(tmp_path):
    rows = targets(tmp_path, objectives="- Vụ Hè Thu 2026: mở rộng lên ít nhất 98.000 ha và khoảng 20 HTX mới.\n"
                   "- Vụ Đông Xuân 2025 - 2026: sản xuất theo quy trình của Đề án 85.600 ha.\n")
    assert [(r.text, r.target_year) for r in rows] == [
        ("ít nhất 98.000 ha", 2026), ("khoảng 20 HTX", 2026), ("85.600 ha", None)]


def test_shares_held_now_are_no_targets(tmp_path):
    """A divestment plan's current state holdings are baselines; the level after the cut is the goal."""
    rows = targets(tmp_path, objectives=(
        "- Công ty Cổ phần Cấp nước Long An: hiện nay Nhà nước nắm giữ 68,4% vốn điều lệ; giảm xuống còn 51% "
        "trong năm 2026.\n"
        "- Tỷ suất lợi nhuận của các doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ đạt từ 6% trở lên."))
    assert [r.text for r in rows] == ["51%", "từ 6% trở lên"]


# -- round 96/97: a flattened table by area without row numbers; rows dated by their time ----

def test_a_flattened_table_by_area_without_row_numbers(tmp_path):
    """One cell a line, no `TT` column: each row is the header's width, the baseline column
    (`Hiện có`) is no target, the count column takes the noun the title allocates (`trạm`)
    and its year; the total row (`Cộng`) leaves its last cell out."""
    rows = targets(tmp_path, tasks=(
        "- Sở Nông nghiệp và Môi trường lắp đặt bổ sung các trạm quan trắc tự động như sau:\n\n"
        "Bảng 1. Phân bổ trạm quan trắc tự động\nKhu vực\nHiện có\nLắp bổ sung năm 2026\nĐơn vị thực hiện\n"
        "Các phường nội đô\n41\n06\nSở NN&MT\nCác xã phía Bắc (Sóc Sơn, Đông Anh)\n12\n10\nUBND các xã\n"
        "Cộng\n53\n16\n\n"))
    assert [(r.text, r.value, r.unit, r.unit_kind, r.target_year) for r in rows] == [
        ("06", 6, "trạm", "count", 2026), ("10", 10, "trạm", "count", 2026), ("16", 16, "trạm", "count", 2026)]


def test_a_flattened_table_whose_cell_wraps_is_not_read_by_width(tmp_path):
    """A cell over two lines would shift the cells after it: no row is read from there."""
    rows = targets(tmp_path, tasks=(
        "Bảng 1. Phân bổ trạm quan trắc tự động\nKhu vực\nHiện có\nLắp bổ sung năm 2026\nĐơn vị thực hiện\n"
        "Các phường nội đô\n41\n06\nSở NN&MT\nCác xã phía Bắc\n(Sóc Sơn, Đông Anh)\n12\n10\nUBND các xã\n\n"))
    assert [r.text for r in rows if r.value in (12, 10, 41)] == []


def test_a_roadmap_table_dates_each_row_by_its_quarter(tmp_path):
    rows = targets(tmp_path, objectives=(
        "Lộ trình thực hiện (tỷ lệ nhận qua tài khoản, tính lũy kế)\n"
        "Thời điểm | Đối tượng BTXH | Người có công\n"
        "Hết Quý I/2026 | 55% | 58%\nHết Quý III/2027 | 75% | 70%\nHết năm 2028 | ≥ 85% | ≥ 75%\n"))
    assert [(r.text, r.target_year) for r in rows] == [
        ("55%", 2026), ("58%", 2026), ("75%", 2027), ("70%", 2027), ("≥ 85%", 2028), ("≥ 75%", 2028)]


# -- round 97: quantities that say which ones, or how things stand, are no goals ------------

def test_a_status_column_of_a_project_list_is_no_goal(tmp_path):
    """A list of stalled projects tells how each stands (`Thời gian chậm, hiện trạng`): its
    `đạt 41%` is where the project is, the handling beside it is the task."""
    rows = targets(tmp_path, tasks=(
        "| TT | Tên dự án | Diện tích (ha) | Thời gian chậm, hiện trạng | Cơ quan chủ trì | Phương án xử lý |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Khu dân cư Long Hưng | 18,42 | Chậm 38 tháng; bồi thường đạt 41% diện tích | Sở TC | "
        "Thu hồi 100% diện tích trước 31/3/2025 |\n"))
    assert "đạt 41%" not in [r.text for r in rows]


def test_thresholds_and_status_lines_are_no_goals(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- 100% giao dịch chuyển tiền trực tuyến có giá trị trên 10 triệu đồng/lần hoặc tổng giá trị "
        "trên 20 triệu đồng/ngày được xác thực sinh trắc học.\n"
        "- Tỷ lệ hộ gia đình ở các xã miền núi có ít nhất 01 thành viên có tài khoản thanh toán đạt 75%.\n"
        "- Mỗi xã bố trí tối thiểu 01 điểm chi trả; xã, phường có trên 1.500 đối tượng nhận bằng tiền mặt "
        "bố trí ít nhất 02 điểm chi trả.\n"
        "- Khoan, đào mới và nạo vét ít nhất 250 giếng; đắp 32 đập tạm.\n"), tasks=(
        "- Tình trạng: chậm tiến độ 20 tháng; hạ tầng mới đạt khoảng 15% khối lượng.\n"
        "- Kiểm tra tại ít nhất 20 xã, ưu tiên các xã, phường có tỷ lệ nhận qua tài khoản dưới 50%.\n"))
    assert [r.text for r in rows] == ["100%", "đạt 75%", "tối thiểu 01 điểm", "ít nhất 02 điểm",
                                      "ít nhất 250 giếng", "32 đập tạm", "ít nhất 20 xã"]


# -- round 99: a results framework wrapped at a fixed width, outputs a body makes ----------------

def test_a_pipe_table_wrapped_at_a_fixed_width_is_read_whole(tmp_path):
    """A text wrapped at a fixed width breaks a pipe header's last name and rows at a pipe:
    the pieces go on the line above, `(2029)` dates the project's end column, `(lũy kế)`
    the year's, and a share in brackets (`12.500 (≥ 35% nữ)`) is a target of its own."""
    rows = targets(tmp_path, objectives=(
        "b) Về chỉ số kết quả\n"
        "Mã chỉ số | Tên chỉ số | Đơn vị | Lũy kế đến hết 2024 | Chỉ tiêu năm 2025 (lũy kế) | Mục tiêu cuối\n"
        "dự án (2029)\n"
        "PDO1 | Diện tích đất nông nghiệp được cải thiện dịch vụ tưới | ha | 1.240 |\n"
        "3.200 | 5.850\n"
        "PDO3 | Nông dân được hưởng lợi trực tiếp (trong đó tỷ lệ nữ) | người | 5.430 | 12.500 (≥ 35% nữ) |\n"
        "21.000 (≥ 40% nữ)\n"
        "IRI 1.2 | Cống ngăn mặn hoàn thành đưa vào sử dụng | công trình | 0 | 04 | 09\n"))
    assert [(r.text, r.value, r.unit_kind, r.target_year) for r in rows] == [
        ("3.200", 3200, "area", 2025), ("5.850", 5850, "area", 2029),
        ("12.500", 12500, "count", 2025), ("≥ 35%", 35, "percent", 2025),
        ("21.000", 21000, "count", 2029), ("≥ 40%", 40, "percent", 2029),
        ("04", 4, "count", 2025), ("09", 9, "count", 2029)]


def test_models_built_and_classes_held_by_the_body_are_its_outputs(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Công an xã chủ trì xây dựng 03 mô hình “Camera an ninh - cột mốc”, hoàn thành trong Quý III/2025.\n"
        "- Ban CHQS xã phối hợp với Đồn Biên phòng tổ chức 02 lớp tập huấn cho thành viên các Tổ tự quản.\n"
        "- Cử cán bộ tham gia 02 lớp bồi dưỡng do tỉnh tổ chức.\n"
        "- Yêu cầu nhà thầu thi công \"3 ca, 4 kíp\" đối với gói thầu trọng điểm.\n"))
    assert [(r.text, r.target_year) for r in rows] == [("03 mô hình", 2025), ("02 lớp", None)]


QUOTA_BY_UNIT = """Chỉ tiêu công bố, đề tài giao cho các Khoa như sau:

                                        Đơn vị tính: bài báo/đề tài
 TT   Đơn vị                   Bài báo       Bài báo       Đề tài
                               ISI/Scopus    trong nước    cấp Bộ
 1    Khoa Kinh tế                24            48           01
 2    Khoa Y Dược                 56            42           02
 3    Khoa Khoa học tự nhiên      48            36            -
      và Công nghệ
"""


def test_a_quota_table_by_unit_whose_columns_only_the_unit_line_names(tmp_path):
    rows = targets(tmp_path, objectives="1. Chỉ tiêu năm 2025\n" + QUOTA_BY_UNIT)
    got = sorted((r.value, r.unit, r.unit_kind, r.target_year) for r in rows if r.section_id == "I/1")
    assert len(got) == 8, got
    assert (56.0, "bài báo", "count", 2025) in got and (2.0, "đề tài", "count", 2025) in got


def test_kinds_of_the_one_thing_a_unit_line_counts_are_quotas(tmp_path):
    """`Xã/phường | Sản phẩm 3 sao | Sản phẩm 4 sao` under `(ĐVT: sản phẩm)`: a column opening
    with the counted noun is a kind of it, not a task table's product column."""
    rows = targets(tmp_path, objectives="1. Chỉ tiêu phân bổ sản phẩm OCOP năm 2026 cho các xã\n"
                   "(ĐVT: sản phẩm)\n"
                   "STT\tXã/phường\tSản phẩm 3 sao\tSản phẩm 4 sao\tGhi chú\n"
                   "1\tXã Tân Quới\t03\t01\tKhoai lang tím\n"
                   "2\tXã Trà Ôn\t02\t-\t\n")
    assert sorted((r.value, r.unit_kind, r.target_year) for r in rows) == [
        (1.0, "count", 2026), (2.0, "count", 2026), (3.0, "count", 2026)]


def test_a_table_of_facts_by_unit_is_no_quota(tmp_path):
    facts = QUOTA_BY_UNIT.replace("Chỉ tiêu công bố, đề tài giao cho các Khoa như sau:",
                                  "Bảng 2. Kết quả công bố của các Khoa năm 2024")
    rows = targets(tmp_path, objectives="1. Chỉ tiêu năm 2025\n" + facts)
    assert not [r for r in rows if r.value in (24, 48, 56)], [r.text for r in rows]


def test_a_table_of_kinds_by_year_under_a_quota_heading(tmp_path):
    table = """1. Chỉ tiêu số lượt sàng lọc theo năm
Bảng 1. Số lượt người được sàng lọc dự kiến            Đơn vị tính: lượt người
TT   Loại ung thư            2025      2026      2027
1    Cổ tử cung              42.000    58.500    66.000
2    Vú (khám lâm sàng       36.000    51.000    60.000
     và/hoặc X-quang)
     Cộng                    78.000    109.500   126.000
"""
    rows = targets(tmp_path, objectives=table)
    got = {(r.value, r.target_year) for r in rows}
    assert {(42000.0, 2025), (60000.0, 2027), (109500.0, 2026)} <= got, got
    assert all(r.unit_kind == "count" for r in rows if r.value >= 1000)


# -- round 103: a work list's volumes, a standard's points ------------------------------

def test_a_work_list_sets_each_rows_volume_due_by_its_time(tmp_path):
    """A table of what is to be digitised, with the volume, who does it and by when, names
    no task column: each volume is a target due in its row's year."""
    table = """1. Số hóa hồ sơ
TT | Hồ sơ, tài liệu | Nguồn | Số lượng cần số hoá | Đơn vị chủ trì | Thời hạn
1 | Hồ sơ TTHC đã giải quyết | Trung tâm (cũ) | 96.400 hồ sơ | Sở Nội vụ | Trước 31/12/2025
2 | Hồ sơ đất đai | Văn phòng (cũ) | 120.000 hồ sơ | Sở Tài chính | 31/3/2026
"""
    rows = targets(tmp_path, tasks=table)
    got = {(r.value, r.unit_kind, r.target_year) for r in rows}
    assert {(96400.0, "count", 2025), (120000.0, "count", 2026)} <= got, got


def test_a_standards_points_are_its_rules_and_the_communes_column_its_goals(tmp_path):
    """The most points a criterion gives and the bar for recognition are the standard's;
    the commune's own column of points to reach is its goal, scored in points."""
    objectives = """1. Khung tiêu chí
Chuẩn tiếp cận pháp luật có tổng điểm tối đa 100 điểm, cụ thể:
STT | Tiêu chí | Điểm tối đa | Năm 2024 đạt | Phấn đấu 2025
1 | Tiêu chí 1: Ban hành văn bản | tối đa 20 điểm | 18 | từ 19 điểm trở lên
2 | Tiêu chí 2: Hòa giải ở cơ sở | tối đa 10 điểm | 7 | tối thiểu 9 điểm
"""
    rule = ("Theo quy định, xã được công nhận đạt chuẩn tiếp cận pháp luật khi tổng số điểm đạt từ 80 điểm"
            " trở lên và điểm của từng tiêu chí đạt từ 50% số điểm tối đa trở lên.\n")
    rows = targets(tmp_path, objectives=objectives + rule)
    got = sorted((r.value, r.comparator, r.unit_kind) for r in rows)
    assert got == [(9.0, "gte", "other"), (19.0, "gte", "other")], [r.text for r in rows]


# -- round 105: quotas under an admissions heading, a past audit's findings -------------

def test_quotas_under_an_admissions_heading(tmp_path):
    """`1. Tuyển sinh` says what the quotas of its bullets fill, after a `;` too; a label's
    colon may stand before a bound (`tiến sĩ: tối đa 12 chỉ tiêu`)."""
    objectives = ("1. Tuyển sinh\n- Tuyển sinh 3.800 chỉ tiêu đại học chính quy; đào tạo từ xa, vừa làm vừa"
                  " học khoảng 450 chỉ tiêu;\n- Thạc sĩ: 180 chỉ tiêu; tiến sĩ: tối đa 12 chỉ tiêu.\n")
    rows = targets(tmp_path, objectives=objectives)
    assert [(r.text, r.comparator) for r in rows] == [
        ("3.800 chỉ tiêu", "eq"), ("khoảng 450 chỉ tiêu", "approx"), ("180 chỉ tiêu", "eq"),
        ("tối đa 12 chỉ tiêu", "lte")]


def test_a_past_audits_findings_and_a_past_years_total_date_no_target(tmp_path):
    """In a 2025 plan, the year of the audit whose findings are followed up and of the total
    a sample must cover names what is meant; the targets are the plan's own."""
    tasks = ("- Kiểm tra tình hình thực hiện kiến nghị của Báo cáo kiểm toán năm 2023, bảo đảm 100% kiến"
             " nghị đến hạn được kiểm tra.\n- Giá trị giải ngân được kiểm toán chi tiết đạt tối thiểu 40% tổng"
             " giá trị giải ngân năm 2024 của các dự án được chọn.\n")
    rows = targets(tmp_path, tasks=tasks)
    assert [(r.text, r.target_year) for r in rows] == [("100%", None), ("đạt tối thiểu 40%", None)]


def test_a_bracketed_milestone_measures_what_its_goal_does(tmp_path):
    """`(năm 2027 đạt ít nhất 55%)` names nothing of its own: it measures the clause's
    indicator, code and all."""
    rows = targets(tmp_path, objectives=(
        "- Tỷ lệ hộ dân nông thôn sử dụng nước sạch đáp ứng quy chuẩn đạt 65% vào năm 2030"
        " (năm 2027 đạt ít nhất 55%).\n- Sửa chữa, nâng cấp 45 hồ, đập nhỏ bị xuống cấp; thành lập mới"
        " ít nhất 80 tổ chức thủy lợi cơ sở.\n"))
    milestone = one(rows, "đạt ít nhất 55%")
    assert (milestone.indicator_code, milestone.target_year) == ("clean_water_rural", 2027)
    assert {r.value for r in rows} >= {45.0, 80.0}


def test_a_past_year_of_what_is_worked_on_dates_no_target(tmp_path):
    """In a 2025 plan, the year of the records to digitise and of the bodies inspected names
    what is meant; the due date after it, else the plan's heading, dates the target."""
    tasks = ("- Số hóa 100% hồ sơ lưu trữ kế toán năm 2024 trước ngày 30/6/2025.\n"
             "- Theo dõi, đôn đốc 100% tổ chức đảng, đảng viên được kiểm tra, giám sát năm 2024 thực hiện"
             " kết luận.\n")
    rows = targets(tmp_path, tasks=tasks)
    assert [(r.text, r.target_year) for r in rows] == [("100%", 2025), ("100%", None)]


def test_a_further_length_in_a_list_shares_its_goal(tmp_path):
    """`Cứng hóa 5,2 km … và 3,8 km …`: the second length is built as the first is; a
    response level's sizes are its trigger, not goals."""
    tasks = ("- Cứng hóa 5,2 km đường trục thôn và 3,8 km đường giao thông nội đồng.\n"
             "- Cấp độ 1: dưới 10 nạn nhân, trong đó không quá 03 nạn nhân nặng. Khoa Cấp cứu tiếp nhận.\n"
             "- Dự trữ thuốc đủ cấp cứu cho ít nhất 50 nạn nhân nặng.\n")
    rows = targets(tmp_path, tasks=tasks)
    assert [(r.text, r.value) for r in rows] == [("5,2 km", 5.2), ("3,8 km", 3.8), ("ít nhất 50 nạn nhân", 50.0)]


def test_a_roadmap_beside_the_goals_and_a_quota_column_by_unit(tmp_path):
    """`3. Lộ trình, mốc tiến độ` under `II. THỰC TRẠNG, MỤC TIÊU VÀ CHỈ TIÊU` sets milestones,
    each due in the quarter that opens its line; a table of each unit's quota (`Đơn vị lưu trữ |
    … | Chỉ tiêu số hóa năm 2026`) is counted in the unit its bracketed note ends with."""
    path = tmp_path / "plan.txt"
    path.write_text("""UBND TỈNH LÂM ĐỒNG
SỞ TƯ PHÁP
Số: 28/KH-STP
Lâm Đồng, ngày 10 tháng 02 năm 2026
KẾ HOẠCH
Số hóa Sổ hộ tịch năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Số hóa toàn bộ Sổ hộ tịch.
II. THỰC TRẠNG, MỤC TIÊU VÀ CHỈ TIÊU
1. Thực trạng
Đến ngày 31/12/2025 toàn tỉnh đã số hóa 13.500 quyển sổ, đạt khoảng 32,5%.
2. Lộ trình, mốc tiến độ
+ Quý II/2026: số hóa đạt tối thiểu 45% chỉ tiêu năm (khoảng 12.650 quyển);
+ Quý III/2026: hoàn thành số hóa toàn bộ số sổ còn lại.
III. KHỐI LƯỢNG CẦN SỐ HÓA THEO ĐƠN VỊ (Số liệu do các địa phương báo cáo; đơn vị tính: quyển)
STT\tĐơn vị lưu trữ\tĐã số hóa đến 31/12/2025\tChỉ tiêu số hóa năm 2026\tGhi chú
1\tSở Tư pháp\t2.140\t6.860\t
2\tPhường Xuân Hương\t310\t1.150\t
IV. TỔ CHỨC THỰC HIỆN
Phòng Hành chính tư pháp chủ trì, theo dõi.
""", encoding="utf-8")
    rows = parse_document(path, "plan.txt").tables["targets"]
    got = {r.text: (r.comparator, r.value, r.unit_kind, r.target_year) for r in rows}
    assert "khoảng 32,5%" not in got and "13.500 quyển" not in got  # the situation: results
    assert got["đạt tối thiểu 45%"] == ("gte", 45, "percent", 2026)
    assert got["khoảng 12.650 quyển"] == ("approx", 12650, "count", 2026)
    assert got["6.860"] == ("eq", 6860, "count", 2026) and got["1.150"] == ("eq", 1150, "count", 2026)
    assert "2.140" not in got and "310" not in got  # what was done by 2025


def test_the_places_a_share_is_measured_over_and_a_bracketed_size_class_are_no_targets(tmp_path):
    """`của 124 xã, phường` says where the 100% is measured, `(trên 500 quyển)` which communes
    are the large ones; a count of its own beside a share stays a target."""
    rows = targets(tmp_path, objectives=(
        "- 100% công chức làm công tác tư pháp - hộ tịch của 124 xã, phường, đặc khu được tập huấn"
        " nghiệp vụ;\n- 100% xã và 30 phường hoàn thành số hóa.\n"), tasks=(
        "+ Các địa phương có khối lượng lớn (trên 500 quyển) phối hợp với đơn vị cung cấp dịch vụ"
        " số hóa tập trung.\n"))
    assert [r.text for r in rows] == ["100%", "100%", "30 phường"]


def test_a_quota_table_a_pdf_reader_ran_together(tmp_path):
    """A quota table by unit copied from a PDF with one space between its cells: each row opens
    with its number and ends with one count per column after the place, a place may wrap onto
    the next line, `Dân số` is a fact of the place; the acronym ending a column's name (`có
    BCVK`) belongs to it, as the rows' three numbers say."""
    tasks = ("3. Phân bổ chỉ tiêu phát hiện năm 2026 theo đơn vị\n"
             "Bảng 1. Chỉ tiêu phát hiện người bệnh lao năm 2026 (Đơn vị tính: người)\n"
             "TT Đơn vị Dân số Lao các thể Trong đó lao phổi có BCVK\n"
             "1 TTYT khu vực Pleiku 286.400 210 126\n"
             "2 TTYT khu vực Chư\n"
             "Sê 132.500 95 57\n"
             "Tổng cộng 418.900 305 183\n"
             "4. Điều trị\n")
    rows = targets(tmp_path, tasks=tasks)
    got = [(r.text, r.value, r.unit_kind, r.target_year) for r in rows]
    assert got == [("210", 210, "count", 2026), ("126", 126, "count", 2026), ("95", 95, "count", 2026),
                   ("57", 57, "count", 2026), ("305", 305, "count", 2026), ("183", 183, "count", 2026)]


def test_the_year_of_statistics_or_of_a_debt_counted_dates_no_target(tmp_path):
    """`thống kê đất đai năm 2024` names the year the statistics cover and `nợ đọng tính đến ngày
    31/12/2024` the day the debt is counted at: in a 2025 plan the targets take the heading's year."""
    tasks = ("1. Chỉ tiêu cụ thể năm 2025\n"
             "1.1. Về thống kê đất đai năm 2024\n"
             "- Chênh lệch diện tích của từng xã so với hồ sơ địa giới không vượt quá 0,5 ha.\n"
             "1.2. Về thu tiền\n"
             "- Thu hồi tối thiểu 80% số tiền nợ đọng tính đến ngày 31/12/2024.\n")
    rows = targets(tmp_path, tasks=tasks)
    assert [(r.text, r.target_year) for r in rows] == [("không vượt quá 0,5 ha", 2025), ("tối thiểu 80%", 2025)]


def test_a_past_counts_results_and_the_old_units_a_commune_was_formed_from_are_no_targets(tmp_path):
    """`Theo kết quả kiểm kê đất đai năm 2024, …` tells how the land stood, every figure of its
    paragraph a result; `các xã hình thành từ 03 đơn vị cũ trở lên` says which communes; the
    plan's own goals beside them stay."""
    rows = targets(tmp_path, objectives=(
        "- Phạm vi: toàn tỉnh. Theo kết quả kiểm kê đất đai năm 2024, tổng diện tích tự"
        " nhiên của tỉnh là 1.648.997,45 ha; trong đó đất nông nghiệp 1.451.812,36 ha (chiếm 88,04%)."
        " Toàn tỉnh có khoảng 2,68 triệu thửa đất.\n- 100% xã hoàn thành kiểm kê đất đai.\n"), tasks=(
        "- Kiểm tra ngoài thực địa tại tối thiểu 20 xã, ưu tiên các xã hình thành từ 03 đơn vị cũ"
        " trở lên.\n"))
    assert [r.text for r in rows] == ["100%", "tối thiểu 20 xã"]


# -- round 112: a coverage roadmap by year, signs and rates in prose ------------------------

def test_a_roadmap_of_coverage_by_year_under_a_title_with_its_unit(tmp_path):
    """`Bảng 1. Lộ trình tỷ lệ bao phủ vắc xin (%)` over `Vắc xin | Đối tượng | Năm 2027 | Năm
    2030`: each year column sets the rows' coverage, in the title's unit; the group column says
    whom a row covers, and a dash sets nothing."""
    objectives = ("2. Mục tiêu cụ thể\n"
                  "Bảng 1. Lộ trình tỷ lệ bao phủ vắc xin (%)\n"
                  "| Vắc xin | Đối tượng | Năm 2027 | Năm 2030 |\n"
                  "|---|---|---|---|\n"
                  "| Phế cầu | Trẻ dưới 1 tuổi | 40 | ≥ 85 |\n"
                  "| HPV | Trẻ em gái 11 tuổi | - | ≥ 75 |\n")
    rows = targets(tmp_path, objectives=objectives)
    got = [(r.text, r.comparator, r.value, r.unit_kind, r.target_year, r.indicator_code) for r in rows]
    assert got == [("40", "eq", 40, "percent", 2027, "immunization_rate"),
                   ("≥ 85", "gte", 85, "percent", 2030, "immunization_rate"),
                   ("≥ 75", "gte", 75, "percent", 2030, "immunization_rate")]


def test_a_sign_wrapped_onto_the_next_line_goes_on_with_its_sentence(tmp_path):
    rows = targets(tmp_path, objectives="- Tỷ lệ trẻ 7 tuổi được tiêm nhắc vắc xin Td đạt\n≥ 90%.\n")
    row = one(rows, "≥ 90%")
    assert (row.comparator, row.indicator_code) == ("gte", "immunization_rate")
    assert row.indicator.startswith("Tỷ lệ trẻ 7 tuổi")


def test_a_rate_per_million_and_a_minimum_of_vaccines(tmp_path):
    """A disease near elimination is capped per million; vaccines brought in are counted after
    a minimum, while `mũi 4 vắc xin` names a dose and leaves the measured phrase whole."""
    rows = targets(tmp_path, objectives=(
        "- Tỷ lệ mắc bạch hầu dưới 1 ca/1.000.000 dân.\n"
        "- Có thêm ít nhất 03 vắc xin được cấp giấy đăng ký lưu hành; tỷ lệ tiêm mũi 4 vắc xin DPT"
        " đạt trên 90%.\n"))
    got = [(r.text, r.comparator, r.value, r.unit_kind, r.indicator_code) for r in rows]
    assert got == [("dưới 1 ca/1.000.000 dân", "lt", 1, "rate", None),
                   ("ít nhất 03 vắc xin", "gte", 3, "count", None),
                   ("đạt trên 90%", "gt", 90, "percent", "immunization_rate")]


def test_one_counted_thing_per_one_of_another_is_a_ratio(tmp_path):
    rows = targets(tmp_path, objectives="- Bảo đảm tối thiểu 01 học sinh/01 máy tính trong giờ thực hành.\n")
    row = one(rows, "tối thiểu 01 học sinh/01 máy tính")
    assert (row.comparator, row.value, row.unit_kind) == ("gte", 1, "ratio")


def test_a_task_cell_naming_a_bare_measure_takes_its_rows_code_and_its_own_year(tmp_path):
    """`Tỷ lệ bao phủ đạt ≥ 95% vào năm 2028` beside `Tiêm vắc xin sởi - rubella …`: the coverage
    of that vaccination, due in the year the cell says, not the end of the row's time span."""
    tasks = ("TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian | Sản phẩm\n"
             "1 | Tiêm vắc xin sởi - rubella cho trẻ từ 1 - 5 tuổi | Sở Y tế | 2026 - 2027 |"
             " Tỷ lệ bao phủ đạt ≥ 95% vào năm 2028\n")
    row = one(targets(tmp_path, tasks=tasks), "≥ 95%")
    assert (row.indicator_code, row.target_year) == ("immunization_rate", 2028)


def test_the_scores_set_for_each_criterion_of_a_scored_set(tmp_path):
    # bo: `Điểm phấn đấu năm 2026: TC1 ≥ 14; …` — points by criterion, no unit; a result (`7/13`) is none
    rows = targets(tmp_path, objectives=(
        "Điểm tự đánh giá năm 2024: TC1: 14/15; TC3: 7/13 (chưa đạt)\n"
        "Điểm phấn đấu năm 2026: TC1 ≥ 14; TC2 ≥ 11,5; TC8 ≥ 9 - Tổng ≥ 91 điểm"))
    assert [(r.text, r.comparator, r.value, r.unit_kind, r.target_year) for r in rows] == [
        ("≥ 14", "gte", 14, "other", 2026),
        ("≥ 11,5", "gte", 11.5, "other", 2026),
        ("≥ 9", "gte", 9, "other", 2026),
        ("≥ 91 điểm", "gte", 91, "other", 2026),
    ]


def test_a_criterion_heading_that_says_how_it_stood_sets_goals(tmp_path):
    # bo: `Tiêu chí 4. Môi trường, cây xanh (năm 2025 chưa đạt)` over its goals for the plan's year
    rows = targets(tmp_path, objectives=(
        "1. Môi trường, cây xanh năm 2026 (năm 2024 chưa đạt)\n"
        "a) 100% chất thải rắn sinh hoạt được thu gom, xử lý trong ngày;\n"
        "b) Chỉnh trang ít nhất 12 kiệt, hẻm theo mô hình “Kiệt, hẻm xanh - sạch - đẹp”."))
    assert [(r.text, r.comparator, r.value, r.unit_kind, r.target_year) for r in rows] == [
        ("100%", "eq", 100, "percent", 2026),
        ("ít nhất 12 kiệt", "gte", 12, "count", 2026),
    ]


def test_a_table_by_local_office_under_a_unit_line_with_a_note_on_its_rates(tmp_path):
    # (a social-insurance plan's tab table by local office: the unit line gives `người` to the bare
    # columns beside the rate columns that say `(%)`; a figure may group its thousands by a space;
    # the number of communes each office covers is its make-up, and the heading's joined unit line
    # names no indicator of the debt rate)
    rows = targets(tmp_path, objectives=(
        "2. Chỉ tiêu giao theo BHXH cơ sở năm 2027\n"
        "(Đơn vị tính: người; tỷ lệ bao phủ BHYT tính trên dân số, tỷ lệ nợ tính trên tổng số phải thu - %)\n\n"
        "TT\tBHXH cơ sở / nhóm xã, phường\tSố xã, phường, đặc khu\tTỷ lệ bao phủ BHYT (%)\tBHXH bắt buộc\tTỷ lệ nợ (%)\n"
        "1\tBHXH cơ sở Đà Lạt\t9\t97,2\t58 420\t2,1\n"
        "2\tBHXH cơ sở Bảo Lộc\t7\t96,4\t31.760\t2,4\n"))
    assert [(r.text, r.value, r.unit, r.indicator_code, r.target_year) for r in rows] == [
        ("97,2", 97.2, "%", "bhyt_coverage", 2027), ("58 420", 58420, "người", None, 2027), ("2,1", 2.1, "%", None, 2027),
        ("96,4", 96.4, "%", "bhyt_coverage", 2027), ("31.760", 31760, "người", None, 2027), ("2,4", 2.4, "%", None, 2027)]


def test_a_party_cells_inspection_targets_in_short_forms(tmp_path):
    # (`CB` chi bộ, `ĐV` đảng viên; what the committee has now, broken down in brackets, is no target;
    # nor is the count of areas a gap is measured between; `kết luận 100%` concludes, no document)
    rows = targets(tmp_path, objectives=(
        "1. Chỉ tiêu kiểm tra năm 2027\n"
        "Đảng bộ xã hiện có 31 CB trực thuộc (19 CB thôn, bản; 04 CB trường học) với 1.046 ĐV. Phấn đấu:\n"
        "a) BTV Đảng ủy trực tiếp kiểm tra 04 CB; phấn đấu kết luận 100% các cuộc kiểm tra đúng thời hạn.\n"
        "b) Mỗi CB trực thuộc kiểm tra ít nhất 02 ĐV trong năm.\n"
        "c) Thu hẹp khoảng cách về tỷ lệ bao phủ giữa 03 khu vực."))
    assert [(r.text, r.value, r.unit, r.target_year) for r in rows] == [
        ("04 CB", 4, "CB", 2027), ("100%", 100, "%", 2027), ("ít nhất 02 ĐV", 2, "ĐV", 2027)]


def test_insurance_books_given_are_counted_but_the_shares_a_support_pays_are_not(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Vận động các nhà hảo tâm trao tặng ít nhất 1.500 sổ BHXH tự nguyện, thẻ BHYT cho người "
        "có hoàn cảnh khó khăn.\n"
        "- Người được NSNN hỗ trợ mức đóng theo Nghị định số 159/2025/NĐ-CP (hộ nghèo 50%, hộ cận "
        "nghèo 40%, đối tượng khác 20% mức đóng)."))
    assert [(r.text, r.comparator, r.unit) for r in rows] == [("ít nhất 1.500 sổ", "gte", "sổ")]


def test_a_value_cell_naming_a_year_as_its_bar_is_no_target(tmp_path):
    """`Không thấp hơn năm 2025` under `Mục tiêu 2026` bars a fall below last year's score:
    its 2025 is a year, not a score to reach, while the row above keeps its `≥ 5,50`."""
    table = ("TT\tChỉ số thành phần\tĐiểm năm 2025\tMục tiêu năm 2026\n"
             "1\tCông khai, minh bạch\t5,12\t≥ 5,50\n"
             "2\tKiểm soát tham nhũng\t4,80\tKhông thấp hơn năm 2025\n")
    rows = targets(tmp_path, objectives=table)
    assert [r.value for r in rows if r.text == "≥ 5,50"] == [5.5]
    assert not [r for r in rows if r.value == 2025]


def test_a_quota_table_sums_each_major_in_its_total_column(tmp_path):
    """`Tên ngành | Tổng chỉ tiêu | PT 100 | PT 200`: each major's total is its quota."""
    rows = targets(tmp_path, objectives="1. Chỉ tiêu tuyển sinh năm 2025\n"
                   "TT\tMã ngành\tTên ngành\tTổng chỉ tiêu\tPT 100\tPT 200\n"
                   "1\t7480201\tCông nghệ thông tin\t250\t150\t100\n"
                   "2\t7520201\tKỹ thuật điện\t180\t100\t80\n")
    assert {(r.value, r.unit_kind, r.target_year) for r in rows} >= {(250, "count", 2025), (180, "count", 2025)}


def test_a_date_of_the_counted_figures_dates_no_quota(tmp_path):
    """`(số hộ theo rà soát … đến 31/12/2024)` dates the households counted, not the quotas."""
    rows = targets(tmp_path, objectives="2. Chỉ tiêu cụ thể năm 2025\n"
                   "Bảng phân bổ chỉ tiêu theo thôn (số hộ theo rà soát của Công an xã đến 31/12/2024):\n"
                   "TT\tThôn\tSố hộ\tCây xanh trồng mới (cây)\n"
                   "1\tThôn Đông\t420\t300\n"
                   "2\tThôn Tây\t385\t250\n")
    assert {(r.value, r.target_year) for r in rows if r.value in (300, 250)} == {(300, 2025), (250, 2025)}


def test_a_merged_indicator_cell_gives_each_row_below_it(tmp_path):
    """A Word cell merged down its rows (`Vụ Hè Thu` over `Diện tích`, `Năng suất`): each row's value."""
    rows = targets(tmp_path, objectives="Bảng 1. Các chỉ tiêu sản xuất năm 2025\n"
                   "STT\tChỉ tiêu\t\tĐVT\tKế hoạch năm 2025\n"
                   "1\tVụ Hè Thu\tDiện tích\tha\t1.200\n"
                   "\t\tNăng suất\ttấn/ha\t6,4\n"
                   "\t\tSản lượng\ttấn\t7.680\n")
    assert {r.value for r in rows} >= {1200, 6.4, 7680}


def test_the_parts_of_a_whole_by_place_are_quotas_of_the_unit_line(tmp_path):
    """`Số cơ sở phải xử lý | Chuyển đổi công năng | Điều chuyển | Thời hạn` under `Đơn vị tính:
    cơ sở`: each way of handling is the place's quota, due in its row's time."""
    rows = targets(tmp_path, objectives="Biểu 01. CHỈ TIÊU XỬ LÝ CƠ SỞ NHÀ, ĐẤT THEO XÃ\n"
                   "Đơn vị tính: cơ sở\n"
                   "TT | Xã, phường | Số cơ sở phải xử lý | Chuyển đổi công năng | Điều chuyển, thu hồi | Thời hạn hoàn thành\n"
                   "1 | Xã Ninh Hòa | 14 | 8 | 6 | Quý III/2025\n"
                   "2 | Xã Vạn Ninh | 9 | 5 | 4 | Trước 31/12/2025\n")
    assert {(r.value, r.target_year) for r in rows if r.value in (8, 6, 5, 4)} == {(8, 2025), (6, 2025), (5, 2025), (4, 2025)}


def test_a_layout_roadmap_whose_names_run_over_three_lines(tmp_path):
    """A space-aligned roadmap by year whose column names wrap twice (`Số xã đạt` / `chuẩn
    PCGD 3-5` / `tuổi (lũy kế)`), with a total row: each year's values."""
    rows = targets(tmp_path, objectives="Biểu 01. LỘ TRÌNH CÁC CHỈ TIÊU PHỔ CẬP\n\n"
                   " Năm     Tỷ lệ trẻ 5 tuổi   Số xã đạt          Giáo viên\n"
                   "         ra lớp (%)         chuẩn PCGD 3-5     bổ sung (người)\n"
                   "                            tuổi (lũy kế)\n"
                   " 2026     99,2               41                 300\n"
                   " 2027     99,4               68                 280\n"
                   " Cộng                                           580\n")
    assert {(r.value, r.target_year) for r in rows if r.value in (99.2, 41, 300, 99.4, 68, 280)} == {
        (99.2, 2026), (41, 2026), (300, 2026), (99.4, 2027), (68, 2027), (280, 2027)}


def test_a_due_time_before_a_colon_makes_the_counts_after_it_outputs(tmp_path):
    """`…, hoàn thành trong Quý II/2026: chuyển đổi công năng 18 cơ sở; …`: the counts the
    colon leads in are due then, as under a lead-in line with a year."""
    rows = targets(tmp_path, tasks="- Đối với 57 cơ sở do cấp tỉnh quản lý, hoàn thành trong Quý II/2026: "
                   "chuyển đổi công năng 18 cơ sở; điều chuyển, thu hồi 24 cơ sở; bán, thanh lý 15 cơ sở.")
    assert {(r.value, r.target_year) for r in rows} >= {(18, 2026), (24, 2026), (15, 2026)}


def test_the_people_of_the_households_evacuated_are_a_second_count(tmp_path):
    """`Sẵn sàng sơ tán 1.386 hộ/4.725 người`: the people after the slash are counted too."""
    rows = targets(tmp_path, objectives="- Sẵn sàng sơ tán 1.386 hộ/4.725 người ở khu vực ngập sâu đến nơi an toàn.")
    assert {(r.value, r.unit) for r in rows} >= {(1386, "hộ"), (4725, "người")}


def test_a_heading_that_is_only_the_day_from_which_goals_hold_dates_them(tmp_path):
    """`b) Từ ngày 01/7/2026` over its list, without a colon: the items below are due in 2026."""
    rows = targets(tmp_path, objectives="1. Chỉ tiêu cụ thể\na) Đến hết năm 2025\n- 100% hộ dân được tuyên truyền;\n"
                                        "b) Từ ngày 01/7/2026\n\n- Không có xe mô tô chạy xăng lưu thông trong khu vực;\n"
                                        "- 100% xe buýt hoạt động trong khu vực là xe buýt điện;\n")
    assert [(r.section_id, r.target_year) for r in rows if r.text == "100%"] == [("I/1/a", 2025), ("I/1/b", 2026)]


def test_an_admission_score_is_a_score(tmp_path):
    row = one(targets(tmp_path, objectives="- Phấn đấu điểm trúng tuyển bình quân đạt từ 23,5 điểm trở lên."),
              "từ 23,5 điểm trở lên")
    assert (row.comparator, row.value, row.unit_kind) == ("gte", 23.5, "other")


def test_a_count_split_into_bare_parts_counts_each_part(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Năm học 2026 - 2027, Nhà trường phấn đấu tuyển sinh 2.150 học sinh, sinh viên, trong đó cao đẳng 850, "
        "trung cấp 700, sơ cấp và đào tạo thường xuyên 600 (theo Quyết định số 1274/QĐ-UBND).\n"
        "- Sửa chữa khoảng 320 cầu yếu, trong đó ưu tiên các cầu trên quốc lộ 1, quốc lộ 14."))
    assert [(r.text, r.value, r.unit, r.target_year) for r in rows] == [
        ("2.150 học sinh", 2150, "học sinh", 2027), ("850", 850, "học sinh", 2027),
        ("700", 700, "học sinh", 2027), ("600", 600, "học sinh", 2027), ("khoảng 320 cầu", 320, "cầu", None)]


def test_the_members_of_a_party_cell_say_which_cells_a_rule_is_about(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Chi bộ có từ 09 đảng viên chính thức trở lên bầu chi ủy; chi bộ có dưới 09 đảng viên chính thức "
        "thì đại hội bầu trực tiếp bí thư.\n"
        "- 100% chi bộ có từ 09 đảng viên chính thức trở lên bầu chi ủy."))
    assert [r.text for r in rows] == ["100%"]


def test_a_share_with_a_minimum_after_what_it_is_a_share_of(tmp_path):
    """`1/2 số Chi hội trở lên`: at least half; the `trở lên` of an age in the phrase is not its own."""
    rows = targets(tmp_path, objectives=(
        "- 1/2 số Chi hội NCT trở lên có Câu lạc bộ văn nghệ hoạt động thường xuyên.\n"
        "- 2/3 số xã đạt chuẩn."))
    assert [(r.text, r.comparator, r.value) for r in rows] == [
        ("1/2 số Chi hội NCT trở lên", "gte", 0.5), ("2/3", "eq", 2 / 3)]


def test_a_decimal_echoed_in_words_keeps_its_unit_after_the_brackets(tmp_path):
    row = one(targets(tmp_path, objectives=(
        "- Khối lượng chất thải phát sinh bình quân không quá 0,9 (không phẩy chín)\nkg/người/ngày;")),
        "không quá 0,9 (không phẩy chín)\nkg/người/ngày")
    assert (row.comparator, row.value, row.unit) == ("lte", 0.9, "kg/người/ngày")


def test_commas_group_thousands_where_the_document_writes_them_so(tmp_path):
    """A copy in English notation (`1,000,000 ha`) reads its `96,500 ha` as 96500; elsewhere
    a comma is the Vietnamese decimal."""
    rows = targets(tmp_path, objectives=(
        "- Góp phần hoàn thành mục tiêu 1,000,000 ha lúa chất lượng cao.\n"
        "- Diện tích gieo trồng năm 2026 đạt 96,500 ha; năng suất đạt 6,5 tấn/ha."))
    assert [(r.text, r.value) for r in rows] == [
        ("1,000,000 ha", 1_000_000), ("đạt 96,500 ha", 96_500), ("đạt 6,5 tấn/ha", 6.5)]
    rows = targets(tmp_path, objectives="- Diện tích gieo trồng đạt 2,500 ha.")
    assert [(r.text, r.value) for r in rows] == [("đạt 2,500 ha", 2.5)]


def test_a_year_after_phan_dau_opens_its_sentence(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Phấn đấu năm 2027 tỷ lệ bao phủ bảo hiểm y tế đạt trên 95,5% dân số; tỷ lệ lực lượng lao động "
        "tham gia bảo hiểm xã hội đạt khoảng 47%.\n"
        "- Giảm ít nhất 5% số vụ phạm pháp hình sự so với cùng kỳ cuối năm 2025 và Tết Bính Ngọ 2026."))
    assert [(r.text, r.target_year) for r in rows] == [
        ("đạt trên 95,5%", 2027), ("đạt khoảng 47%", 2027), ("ít nhất 5%", None)]


def test_a_plan_of_three_years_dates_its_goals_at_the_end(tmp_path):
    rows = targets(tmp_path, objectives=(
        "1. Kế hoạch tài chính 03 năm 2027 - 2029\n"
        "- Tỷ lệ huy động vào ngân sách bình quân không thấp hơn 17,5% GDP."))
    assert [(r.text, r.target_year) for r in rows] == [("không thấp hơn 17,5%", 2029)]


def test_masters_weapons_and_elders_are_counted(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Đào tạo được ít\nnhất 5.000 thạc sĩ và tối thiểu 500 tiến sĩ chuyên ngành AI.\n"
        "- Vận động, thu hồi tối thiểu 150 vũ khí, vật liệu nổ, công cụ hỗ trợ các loại.\n"
        "- Mỗi chi hội nhận đỡ đầu ít nhất 01 cụ; xây dựng kho dữ liệu tối thiểu 500 triệu token."))
    assert [(r.text, r.value, r.unit) for r in rows] == [
        ("ít\nnhất 5.000 thạc sĩ", 5000, "thạc sĩ"), ("tối thiểu 500 tiến sĩ", 500, "tiến sĩ"),
        ("tối thiểu 150 vũ khí", 150, "vũ khí"), ("ít nhất 01 cụ", 1, "cụ"),
        ("tối thiểu 500 triệu token", 500_000_000, "token")]


def test_a_recruitment_quota_table_and_a_split_total_give_each_row_its_target(tmp_path):
    rows = targets(tmp_path, tasks=(
        "1. Chỉ tiêu tuyển dụng năm 2026\n"
        "| TT | Cơ quan, đơn vị | Số chỉ tiêu | Ghi chú |\n"
        "| 1 | Sở Tài chính | 14 | Kế toán viên (03) |\n"
        "2. Chỉ tiêu giao cụ thể từng bản:\n\n"
        "TT   Tên bản            Tổng số (căn)   Xây mới   Sửa chữa    Cán bộ phụ trách\n"
        "1    Bản Búng                 12            8          4        Lò Thị Thuỷ\n"
        "2    Bản Co Muông             18           13          5        Quàng Văn Dũng\n"))
    assert [(r.text, r.value, r.unit_kind) for r in rows] == [
        ("14", 14, "count"), ("12", 12, "count"), ("8", 8, "count"), ("4", 4, "count"),
        ("18", 18, "count"), ("13", 13, "count"), ("5", 5, "count")]


def test_the_parts_a_lead_in_splits_share_its_goal(tmp_path):
    rows = targets(tmp_path, tasks=(
        "1. Quy mô, chỉ tiêu\n"
        "a) Quy mô gian hàng: tối thiểu 250 gian hàng tiêu chuẩn, trong đó:\n"
        "+ Gian hàng của doanh nghiệp trong tỉnh: khoảng 170 gian hàng;\n"
        "+ Khu trình diễn thương mại điện tử: 20 gian hàng."))
    assert [(r.text, r.value) for r in rows] == [
        ("tối thiểu 250 gian hàng", 250), ("khoảng 170 gian hàng", 170), ("20 gian hàng", 20)]


def test_salinity_and_tools_each_household_keeps_are_targets(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Các nhà máy nước duy trì độ mặn nước cấp dưới 0,25 g/l; mỗi hộ có ít nhất 01 dụng cụ trữ nước."))
    assert [(r.text, r.value) for r in rows] == [("dưới 0,25 g/l", 0.25), ("ít nhất 01 dụng cụ", 1)]


def test_a_schedule_bullet_sets_its_counts_due_in_its_time_field(tmp_path):
    # (a training plan's list of classes, fields apart by `;`: the counts before the time
    # field are outputs due then; a note that only describes a class keeps no target)
    rows = targets(tmp_path, tasks=(
        "1. Bồi dưỡng\n"
        "  - Lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4: 02 lớp, 200 học viên; Quý "
        "II/2026; tại Cơ sở 1.\n"
        "  - Lớp bồi dưỡng nghiệp vụ kiểm tra: 01 lớp, 80 HV; tháng 4 - tháng 5/2026; tại Cơ sở 2.\n"
        "  - Lớp nghiệp vụ dân vận (hệ tập trung): 64 học viên, đang học tại Cơ sở 1.\n"))
    assert [(r.text, r.value) for r in rows] == [
        ("02 lớp", 2), ("200 học viên", 200), ("01 lớp", 1), ("80 HV", 80)]


def test_a_kpi_table_reads_its_signs_and_a_criteria_table_each_part_of_a_cell(tmp_path):
    rows = targets(tmp_path, objectives=(
        "1. Bảng chỉ số KPI chất lượng chủ yếu\n"
        "STT  Chỉ số (KPI)                     ĐVT        TH 2025   KH 2026      Đơn vị chịu trách nhiệm\n"
        "1    Tỷ lệ nhiễm khuẩn bệnh viện      %          5,6       ≤ 5%         Khoa KSNK\n"
        "2    Thời gian chờ khám trung bình    phút       58        < 45 phút    Khoa Khám bệnh\n"
        "2. Bảng tiêu chí nông thôn mới nâng cao\n"
        "|STT|Tiêu chí|Chỉ tiêu theo quy định|Hiện trạng 2025|Mục tiêu 2026|Đơn vị phụ trách|\n"
        "|---|---|---|---|---|---|\n"
        "|1|Thu nhập|≥ 70 triệu đồng/người/năm|71,5 triệu|≥ 78 triệu|Phòng Kinh tế|\n"
        "|2|Lao động|Lao động qua đào tạo ≥ 75%; có bằng cấp ≥ 35%|75,3%; 35,2%|76%; 36%|Phòng Văn hóa - Xã hội|\n"))
    assert [(r.text, r.comparator, r.value, r.unit_kind, r.target_year) for r in rows] == [
        ("≤ 5%", "lte", 5, "percent", 2026), ("< 45 phút", "lt", 45, "other", 2026),
        ("≥ 78 triệu", "gte", 78_000_000, "money", 2026),
        ("76%", "eq", 76, "percent", 2026), ("36%", "eq", 36, "percent", 2026)]


def test_a_service_turnaround_a_minimum_of_kpis_and_units_inspected_are_targets(tmp_path):
    rows = targets(tmp_path, tasks=(
        "1. Cải tiến quy trình\n"
        "- Khoa Hoá sinh trả kết quả xét nghiệm thường quy ≤ 60 phút; Khoa Chẩn đoán hình ảnh trả kết quả "
        "siêu âm không quá 30 phút kể từ khi thực hiện kỹ thuật.\n"
        "- Mỗi khoa lâm sàng xây dựng tối thiểu 03 KPI đặc thù.\n"
        "- Tổ chức kiểm tra tại ít nhất 15 Công an xã, phường trong Quý III/2026.\n"
        "- Bộ phận Tiếp nhận và Trả kết quả giải quyết hồ sơ trong 15 phút.\n"))
    assert [(r.text, r.comparator, r.value) for r in rows] == [
        ("≤ 60 phút", "lte", 60), ("không quá 30 phút", "lte", 30), ("tối thiểu 03 KPI", "gte", 3),
        ("ít nhất 15 Công an", "gte", 15)]


def test_a_scale_word_multiplies_in_decimal():
    """`8,2 tỷ USD` is 8 200 000 000 exactly: binary floats give 8 199 999 999.999999, past the
    scorer's tolerance for a value."""
    from pipeline.extract.targets import _scaled
    assert _scaled(8.2, 1_000_000_000) == 8_200_000_000
    assert _scaled(1.5, 1_000_000) == 1_500_000
    assert _scaled(None, 1_000) is None


def test_a_set_minimum_counts_a_noun_no_rule_knows(tmp_path):
    """`ít nhất` / `không quá` before a count sets it, whatever its noun; a span of time does not."""
    rows = targets(tmp_path, tasks=(
        "- Kiểm tra ít nhất 15 kho hàng phục vụ giao hàng TMĐT trên địa bàn tỉnh.\n"
        "- Sắp xếp các ban quản lý rừng từ 23 ban còn không quá 14 ban.\n"
        "- Hồ sơ được lưu trữ ít nhất 05 năm."))
    assert [(r.text, r.comparator, r.value, r.unit_kind) for r in rows] == [
        ("ít nhất 15 kho", "gte", 15, "count"),
        ("không quá 14 ban", "lte", 14, "count"),
    ]


def test_a_quota_list_by_commune_splits_each_count_by_label_in_brackets(tmp_path):
    rows = targets(tmp_path, objectives=(
        "1. Chỉ tiêu giao quân năm 2027\n"
        "Tỉnh được giao chỉ tiêu giao quân 2.350 công dân (quân sự 2.050, công an 300).\n"
        "Phân bổ cho các xã (QS: nhập ngũ Quân đội; CA: nghĩa vụ tham gia CAND):\n"
        " - xã Đức Trọng: 45 (QS 40, CA 05);\n"
        " - xã Hiệp Thạnh: 28 (QS 25, CA 03);\n"
        " - 06 xã còn lại: 119 (QS 99, CA 20).\n"
        " - xã Ka Đô: 19 (QS 17, CA 03);"))  # (the parts do not add up: no split)
    got = [(r.text, r.value, r.unit_kind, r.target_year) for r in rows if r.rule_id == "subset.bracket_parts"]
    assert got == [("2.050", 2050, "count", 2027), ("300", 300, "count", 2027),
                   ("40", 40, "count", 2027), ("05", 5, "count", 2027),
                   ("25", 25, "count", 2027), ("03", 3, "count", 2027),
                   ("99", 99, "count", 2027), ("20", 20, "count", 2027)]
    assert one(rows, "40").indicator == "xã Đức Trọng: QS"
    assert not [r for r in rows if r.text.startswith("06")]  # (the rest of the communes, no count to reach)


LAYOUT_TABLE = """3. Dự toán thu NSNN năm 2026 theo khoản thu (Biểu số 01)
                                                              ĐVT: tỷ đồng
STT   Khoản thu, sắc thuế                  Dự toán     Dự toán    Phấn đấu        So với
                                          BTC giao   HĐND giao    năm 2026   TH 2025 (%)
      TỔNG THU NSNN                         34.977      37.538      39.414         110,6
A     Thu nội địa                           26.015      26.973      28.321         112,4
1     Thu tiền thuê đất, thuê mặt              610         650         682         108,9
      nước
"""


def test_a_space_aligned_table_with_its_names_wrapped_flush_right(tmp_path):
    rows = [r for r in targets(tmp_path, objectives=LAYOUT_TABLE) if r.unit_kind == "money"]
    assert [(r.text, r.value, r.target_year) for r in rows] == [
        ("34.977", 34977e9, 2026), ("37.538", 37538e9, 2026), ("39.414", 39414e9, 2026),
        ("26.015", 26015e9, 2026), ("26.973", 26973e9, 2026), ("28.321", 28321e9, 2026),
        ("610", 610e9, 2026), ("650", 650e9, 2026), ("682", 682e9, 2026)]
    assert rows[0].indicator == "TỔNG THU NSNN" and rows[-1].indicator == "Thu tiền thuê đất, thuê mặt nước"


def test_a_phase_label_over_bullets_dates_their_counts(tmp_path):
    rows = targets(tmp_path, tasks=(
        "2. Tiến độ thực hiện: chia thành 02 giai đoạn\n"
        "Giai đoạn 1: từ ngày 01/3/2026 đến ngày 30/4/2026\n"
        "  + Tổ chức hội nghị triển khai; hoàn thành kiểm đếm tại TDP số 3,\n"
        "TDP số 4.\n"
        "  + Phê duyệt phương án bồi thường cho ít nhất 90 hộ thuộc đoạn 1;\n"))
    assert one(rows, "ít nhất 90 hộ").target_year == 2026


def test_each_place_sets_the_same_measure(tmp_path):
    """`mỗi xã, phường đạt …` after a measure says where it is set, not what is measured."""
    rows = targets(tmp_path, objectives=(
        "- Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt ≥ 95% trên quy mô toàn tỉnh; mỗi xã, phường đạt >= 90%."))
    assert [(r.text, r.indicator_code) for r in rows] == [
        ("≥ 95%", "immunization_rate"), (">= 90%", "immunization_rate")]


def test_a_run_in_label_on_last_year_reports_results(tmp_path):
    """A paragraph opened by `Kết quả năm 2024:` in a 2025 plan gives what was done, no target."""
    rows = targets(tmp_path, objectives=(
        "Khái quát kết quả năm 2024: tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 93,4%; còn 21 xã có "
        "tỷ lệ dưới 85%.\n- Phấn đấu tỷ lệ tiêm chủng đầy đủ đạt trên 95%."))
    assert [r.text for r in rows] == ["đạt trên 95%"]


def test_a_layout_header_splits_a_column_into_parts_named_below(tmp_path):
    """`Trong đó` over `Xây mới   Sửa chữa` (a Word header's merged cell): each part is a column."""
    rows = targets(tmp_path, objectives=(
        "1. Phân bổ chỉ tiêu năm 2025 cho từng ấp\n"
        "                                      (Đơn vị tính: căn; kinh phí: triệu đồng)\n"
        " TT   Tên ấp          Tổng số    Trong đó             Kinh phí      Ghi chú\n"
        "                      (căn)    Xây mới   Sửa chữa   NSNN hỗ trợ\n"
        " 1    Cơi Năm           14        10        4           720\n"
        " 2    Kinh Hòa          17        12        5           870      Sạt lở bờ kênh\n"))
    assert [(r.text, r.value, r.unit_kind) for r in rows if r.unit_kind == "count"] == [
        ("14", 14, "count"), ("10", 10, "count"), ("4", 4, "count"),
        ("17", 17, "count"), ("12", 12, "count"), ("5", 5, "count")]


def test_a_note_over_a_table_makes_its_rates_minimums(tmp_path):
    """A note set under the table's title, before its header (`(Tỷ lệ trong Biểu là mức tối thiểu
    phải đạt …)`), bounds the rates as one under its last row does."""
    rows = targets(tmp_path, objectives=(
        "2. Chỉ tiêu giao cho các Phòng Thi hành án dân sự khu vực\n"
        "Biểu số 01. CHỈ TIÊU NĂM 2026 GIAO CÁC PHÒNG THADS KHU VỰC\n"
        "(Tỷ lệ trong Biểu là mức tối thiểu phải đạt, tính trên số có điều kiện thi hành)\n"
        "STT\tĐơn vị\tVề việc (%)\tVề tiền (%)\n"
        "1\tPhòng THADS khu vực 1\t84\t45\n"
        "2\tPhòng THADS khu vực 2\t84,5\t46\n"))
    assert [(r.text, r.comparator) for r in rows] == [
        ("84", "gte"), ("45", "gte"), ("84,5", "gte"), ("46", "gte")]


def test_a_layout_schedule_by_department_under_a_titled_unit(tmp_path):
    """`Biểu 01. Tổng hợp mốc giải ngân theo phòng (ĐVT: tỷ đồng)` over `TT  Phòng phụ trách  KH vốn
    2026  Lũy kế đến 30/6/2026`: each department's milestone is a target in the title's unit; the
    capital it is allotted is none."""
    rows = targets(tmp_path, tasks=(
        "Biểu 01. Tổng hợp mốc giải ngân theo phòng (ĐVT: tỷ đồng)\n"
        "TT   Phòng phụ trách        KH vốn 2026    Lũy kế đến 30/6/2026    Lũy kế đến 30/9/2026\n"
        "1    P.ĐHDA1                412,70         183,7                   302,8\n"
        "2    P.ĐHDA2                398,15         188,4                   307,0\n"))
    assert [(r.text, r.value, r.unit_kind, r.target_year) for r in rows] == [
        ("183,7", 183_700_000_000, "money", 2026), ("302,8", 302_800_000_000, "money", 2026),
        ("188,4", 188_400_000_000, "money", 2026), ("307,0", 307_000_000_000, "money", 2026)]


def test_a_run_together_header_wrapped_side_by_side(tmp_path):
    """A PDF header whose value columns wrap side by side (`Số người tham gia Tỷ lệ bao` / `BHXH
    tự nguyện phủ BHYT` / `(người) %`): each column's name is its pieces, cut where they read as
    indicators, and its bracket or `%` below is its unit."""
    rows = targets(tmp_path, objectives=(
        "2. Chỉ tiêu giao các xã trọng điểm\n"
        "Biểu 01. CHỈ TIÊU PHÁT TRIỂN NGƯỜI THAM GIA NĂM 2026 - CÁC XÃ TRỌNG ĐIỂM\n"
        "(Đơn vị tính: người; %)\n"
        "STT Xã/phường Số người tham gia Tỷ lệ bao\n"
        "BHXH tự nguyện phủ BHYT\n"
        "(người) %\n"
        "1 Xã Thới Lai 1.245 93,5\n"
        "2 Xã Vĩnh Thuận\n"
        "Đông 768 92,0\n"))
    assert [(r.text, r.value, r.unit_kind, r.target_year, r.indicator_code) for r in rows] == [
        ("1.245", 1245, "count", 2026, None), ("93,5", 93.5, "percent", 2026, "bhyt_coverage"),
        ("768", 768, "count", 2026, None), ("92,0", 92.0, "percent", 2026, "bhyt_coverage")]


def test_a_change_against_last_years_feast_is_no_result(tmp_path):
    """`tăng 8 - 10% so với Tết Nguyên đán Giáp Thìn 2024` (in a 2025 plan) measures against last
    year's feast: the goal is this year's, not a result of 2024."""
    rows = targets(tmp_path, objectives=(
        "a) Tổng giá trị hàng hóa tham gia Chương trình đạt khoảng 16.800 tỷ đồng, tăng 8 - 10% so với "
        "Tết Nguyên đán Giáp Thìn 2024."))
    assert [(r.text, r.comparator) for r in rows] == [("đạt khoảng 16.800 tỷ đồng", "approx"), ("8 - 10%", "range")]


def test_the_full_count_each_unit_enters(tmp_path):
    """`mỗi trường chuyên dự thi đủ 13 môn`: the full count each school is to enter is set."""
    rows = targets(tmp_path, objectives="- Mỗi trường chuyên dự thi đủ 13 môn.")
    assert [(r.text, r.value) for r in rows] == [("13 môn", 13)]


def test_a_two_row_header_by_school_level_under_a_spanning_goal_name(tmp_path):
    """`Chỉ tiêu theo cấp học` spanning `Mầm non | Tiểu học | THCS | THPT (*)` on the row below (a
    Word table's merged header cell in Markdown): each level's cell is a target in its row's unit."""
    rows = targets(tmp_path, objectives=(
        "2. Chỉ tiêu cụ thể năm học 2025 - 2026 theo cấp học\n"
        "| TT | Nội dung chỉ tiêu | ĐVT | Chỉ tiêu theo cấp học | | | |\n"
        "| | | | Mầm non | Tiểu học | THCS | THPT (*) |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ giáo viên dạy học bằng học liệu số | % | ≥ 40 | 70 | 75 | 80 |\n"
        "| 2 | Số phòng học STEM đầu tư mới | phòng | 5 | 20 | 16 | 9 |\n"))
    assert [(r.text.strip(), r.comparator, r.unit_kind, r.target_year) for r in rows] == [
        ("≥ 40", "gte", "percent", 2026), ("70", "eq", "percent", 2026), ("75", "eq", "percent", 2026),
        ("80", "eq", "percent", 2026), ("5", "eq", "count", 2026), ("20", "eq", "count", 2026),
        ("16", "eq", "count", 2026), ("9", "eq", "count", 2026)]


def test_a_minimum_column_with_its_unit_and_a_forecast_beside_it(tmp_path):
    """`Tỷ lệ tiết kiệm tối thiểu (%)` bounds its cells though its unit closes the name; under a title
    that sets goals the saving beside it stays a target, the forecast it is reckoned on is none."""
    rows = targets(tmp_path, objectives=(
        "3. Chỉ tiêu tiết kiệm điện theo năm\n"
        "Bảng 1. Dự báo điện thương phẩm và chỉ tiêu tiết kiệm điện giai đoạn 2026 - 2027\n"
        "TT\tNăm\tĐiện thương phẩm dự báo (triệu kWh)\tTỷ lệ tiết kiệm tối thiểu (%)\tSản lượng tiết kiệm (triệu kWh)\n"
        "1\t2026\t4.100\t2,5\t102,5\n"
        "2\t2027\t4.400\t2,6\t114,4\n"))
    assert [(r.text, r.comparator, r.unit_kind, r.target_year) for r in rows] == [
        ("2,5", "gte", "percent", 2026), ("102,5", "eq", "other", 2026),
        ("2,6", "gte", "percent", 2027), ("114,4", "eq", "other", 2027)]


def test_an_events_year_opening_the_lead_in_dates_every_item_below(tmp_path):
    """`Trong Tháng Thanh niên năm 2026, toàn tỉnh phấn đấu đạt các chỉ tiêu sau:` over lettered
    items: the month falls in 2026, so each item's goals are due that year."""
    rows = targets(tmp_path, objectives=(
        "3. Chỉ tiêu\n"
        "Trong Tháng Thanh niên năm 2026, toàn tỉnh phấn đấu đạt và vượt các chỉ tiêu sau:\n"
        "a) Chỉ tiêu chung\n"
        "- 100% cơ sở Đoàn tổ chức Lễ ra quân.\n"
        "b) Đối với mỗi cơ sở Đoàn\n"
        "- Mỗi Đoàn xã trồng mới tối thiểu 200 cây xanh.\n"))
    assert [(r.text, r.target_year) for r in rows] == [("100%", 2026), ("tối thiểu 200 cây xanh", 2026)]


def test_a_comparator_typed_without_tone_marks(tmp_path):
    """`tren 90% ho gia dinh …` in a plan written with tone marks: `tren` before a number is `trên`."""
    rows = targets(tmp_path, objectives="- tren 90% ho gia dinh đậy kín dụng cụ chứa nước.")
    assert [(r.text, r.comparator) for r in rows] == [("tren 90%", "gt")]


def test_a_support_word_before_a_full_stop_makes_no_later_income_a_policy_sum(tmp_path):
    """`… vận động nguồn lực hỗ trợ.` ends its sentence: the income goal under the next heading is a target."""
    rows = targets(tmp_path, objectives=(
        "1. Nhà ở dân cư\n"
        "- Hội Nông dân xã vận động nguồn lực hỗ trợ.\n"
        "2. Thu nhập\n"
        "- Mục tiêu: thu nhập bình quân đầu người năm 2026 đạt từ 70 triệu đồng/người/năm trở lên.\n"))
    assert [(r.comparator, r.value, r.target_year) for r in rows] == [("gte", 70_000_000, 2026)]


def test_trainee_counts_listed_under_a_heading_that_names_the_years_training_scale(tmp_path):
    """`1. Danh mục nghề và quy mô đào tạo năm 2027` over `a) Kỹ thuật chăn nuôi gia cầm: 120 học viên;`:
    each trade's count after its colon is that year's quota, a wrapped one under its label's colon too."""
    rows = targets(tmp_path, tasks=(
        "1. Danh mục nghề và quy mô đào tạo năm 2027\n"
        "a) Kỹ thuật chăn nuôi gia cầm: 120 học viên;\n"
        "b) Nghiệp vụ du lịch cộng đồng, du lịch sinh thái miệt vườn (homestay, hướng dẫn viên tại điểm):\n"
        "95 học viên;\n"
        "2. Tổ chức đào tạo\n"
        "a) Lớp chăn nuôi: 120 học viên.\n"))
    assert [(r.text, r.comparator, r.target_year) for r in rows] == [("120 học viên", "eq", 2027),
                                                                   ("95 học viên", "eq", 2027)]


def test_each_cap_of_a_waiting_time_after_its_labels_colon(tmp_path):
    """`Thời gian khám bệnh trung bình (…): không quá 02 giờ đối với …; không quá 03 giờ đối với …`:
    the time named before the colon is capped once for each case, no duration of work."""
    rows = targets(tmp_path, objectives=(
        "- Thời gian khám bệnh trung bình (từ khi đăng ký đến khi kết thúc khám): không quá 02 giờ đối "
        "với người bệnh khám lâm sàng; không quá 03 giờ đối với người bệnh có làm thêm xét nghiệm; "
        "không quá 3,5 giờ khi làm phối hợp cả xét nghiệm và chẩn đoán hình ảnh;\n"))
    assert [(r.text, r.comparator, r.value) for r in rows] == [
        ("không quá 02 giờ", "lte", 2), ("không quá 03 giờ", "lte", 3), ("không quá 3,5 giờ", "lte", 3.5)]


def test_a_note_that_makes_some_columns_of_a_resource_table_minimums(tmp_path):
    """A table of what each commune holds under a title that sets no goal, with a note `Số LLXK và số
    phao cứu sinh, áo phao nêu tại bảng là mức tối thiểu …` after a blank line: the columns it names,
    without their `Số`, are minimums; the others tell how each commune stands, and the total is none."""
    rows = targets(tmp_path, tasks=(
        "1. Rà soát lực lượng, phương tiện\n"
        "Các xã rà soát lực lượng, phương tiện tại chỗ trước mùa mưa bão.\n"
        "2. Nguồn lực tại chỗ của các xã ven biển\n"
        "TT\tXã, phường\tSố hộ phải sơ tán\tLLXK (người)\tPhao cứu sinh, áo phao (chiếc)\n"
        "1\tXã Bình Sơn\t515\t185\t460\n"
        "2\tXã Vạn Tường\t1.340\t265\t820\n"
        "\tTổng cộng\t1.855\t450\t1.280\n"
        "\n"
        "Ghi chú:\n"
        "- Số LLXK và số phao cứu sinh, áo phao nêu tại bảng là mức tối thiểu mỗi địa phương phải duy trì;\n"))
    assert [(r.text.strip(), r.comparator, r.unit) for r in rows] == [
        ("185", "gte", "người"), ("460", "gte", "chiếc"), ("265", "gte", "người"), ("820", "gte", "chiếc")]


def test_an_inspection_teams_table_whose_note_makes_its_counts_minimums(tmp_path):
    """`Đoàn | Cơ quan chủ trì | Địa bàn kiểm tra | Thời gian | Số cơ sở kiểm tra | …` under `… chỉ tiêu
    kiểm tra của các Đoàn:`: each team's counts are its targets, due in its time cell's year, and the
    note `… của từng Đoàn tại bảng trên là chỉ tiêu tối thiểu` makes them minimums."""
    rows = targets(tmp_path, tasks=(
        "1. Kiểm tra liên ngành\n"
        "Địa bàn, thời gian và chỉ tiêu kiểm tra của các Đoàn:\n"
        "Đoàn | Cơ quan chủ trì | Địa bàn kiểm tra | Thời gian | Số cơ sở kiểm tra | Số mẫu xét nghiệm nhanh\n"
        "Đoàn số 1 | Sở Y tế | Phường Hoa Lư | Từ 20/4 đến 29/4/2027 | 100 | 150\n"
        "Đoàn số 2 | Sở Công Thương | Xã Gia Viễn | Từ 04/5 đến 12/5/2027 | 70 | 80\n"
        "\n"
        "Ghi chú: Số cơ sở kiểm tra và số mẫu xét nghiệm nhanh của từng Đoàn tại bảng trên là chỉ tiêu tối thiểu.\n"))
    assert [(r.text.strip(), r.comparator, r.target_year) for r in rows] == [
        ("100", "gte", 2027), ("150", "gte", 2027), ("70", "gte", 2027), ("80", "gte", 2027)]


def test_a_layout_quota_table_whose_wrapped_parts_split_a_total_with_its_unit(tmp_path):
    rows = targets(tmp_path, tasks=(
        "1. Phân bổ chỉ tiêu trồng rừng năm 2026 theo thôn\n"
        " TT   Tên thôn          Rừng           Rừng           Cộng\n"
        "                        phòng hộ       sản xuất       (ha)\n"
        " 1    Thôn Khe Su          -            12,5           12,5\n"
        " 2    Thôn Nà Lừa         4,0            9,0           13,0\n"))
    assert [(r.text, r.value, r.unit_kind, r.target_year) for r in rows] == [
        ("12,5", 12.5, "area", 2026), ("12,5", 12.5, "area", 2026),
        ("4,0", 4.0, "area", 2026), ("9,0", 9.0, "area", 2026), ("13,0", 13.0, "area", 2026)]


def test_a_project_list_one_cell_per_line_with_wrapped_names_and_header(tmp_path):
    rows = targets(tmp_path, tasks=(
        "1. Mục tiêu giải ngân của từng dự án\n"
        "STT\nTên dự án\nKế hoạch vốn\n2026 (triệu\nđồng)\nMục tiêu giải\nngân đến\n30/9/2026 (%)\n"
        "Phòng phụ\ntrách\n"
        "1\nTrường Tiểu học Hòa Bình -\nnhà lớp học 2 tầng\n12.400\n70\nP.QLDA\n"
        "2\nĐường giao thông liên xã\n- giai đoạn 2\n30.000\n65\nP.QLDA\n"))
    assert [(r.text, r.value, r.unit_kind, r.target_year) for r in rows] == [
        ("70", 70, "percent", 2026), ("65", 65, "percent", 2026)]


def test_clearing_and_planting_counts_are_outputs(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Hạt Kiểm lâm phát dọn 8,5 km đường băng cản lửa trước ngày 15/01/2026.\n"
        "- Các chủ rừng trồng lại 20,0 ha rừng sản xuất sau khai thác."))
    assert [(r.text, r.value) for r in rows] == [("8,5 km", 8.5), ("20,0 ha", 20.0)]


def test_tab_table_by_unit_with_rows_of_years_and_units_under_a_ceiling_note(tmp_path):
    """A Word table by unit copied as text: each short name spans a column of what was done
    (`TH 2025`) and one of the plan (`KH 2026`), a line of units under them, and a note that
    makes the plan's column a cap: only the plan's cells are targets, each `lte`."""
    table = ("2. Chỉ tiêu giao cho các đơn vị\n"
             "TT\tĐơn vị\tSAIDI\t\tTTĐN\t\n"
             "\t\tTH 2025\tKH 2026\tTH 2025\tKH 2026\n"
             "\t\tphút/khách hàng\tphút/khách hàng\t%\t%\n"
             "1\tĐiện lực Bắc\t198,6\t165\t3,12\t2,95\n"
             "2\tĐiện lực Nam\t286,4\t228\t4,28\t4,05\n"
             "Ghi chú: Các chỉ tiêu cột KH 2026 là mức trần, đơn vị không vượt quá giá trị được giao.\n")
    rows = targets(tmp_path, objectives=table)
    assert sorted((r.value, r.comparator, r.unit_kind, r.target_year) for r in rows) == [
        (2.95, "lte", "percent", 2026), (4.05, "lte", "percent", 2026),
        (165.0, "lte", "other", 2026), (228.0, "lte", "other", 2026)]


def test_sector_table_whose_one_column_is_a_minimum(tmp_path):
    """`Ngành | Mức giảm … tối thiểu`: each sector's row is a minimum, due the heading's year."""
    table = ("1. Mục tiêu cụ thể đến năm 2030\n"
             "Giảm suất tiêu hao năng lượng của một số ngành, cụ thể như sau:\n"
             "Ngành | Mức giảm suất tiêu hao năng lượng tối thiểu\n"
             "Thép | 5,5%\n"
             "Xi măng | 6%\n")
    rows = targets(tmp_path, objectives=table)
    assert sorted((r.value, r.comparator, r.target_year) for r in rows) == [(5.5, "gte", 2030), (6.0, "gte", 2030)]


def test_bounded_parts_of_a_goal_in_minutes(tmp_path):
    """The parts of a reliability goal after `trong đó` are caps in minutes, each a target."""
    rows = targets(tmp_path, objectives="- SAIDI ≤ 245 phút/khách hàng, trong đó: do sự cố không quá 88 phút; "
                                         "do ngừng điện có kế hoạch không quá 157 phút.\n")
    assert one(rows, "không quá 88 phút").comparator == "lte"
    assert one(rows, "không quá 157 phút").value == 157


def test_a_table_by_place_detailing_the_texts_goals_gives_each_place_its_share(tmp_path):
    """`Làm mới, tu bổ ít nhất 2.300 km đường băng cản lửa; xử lý vật liệu cháy khoảng 22.000 ha
    (chi tiết tại Bảng 1)` over a table whose total row repeats 2.300 and 22.000: those columns
    are each province's share, in the text's units and the title's year; the area each province
    has (`DT có rừng`), whose total the text does not set, is no target."""
    objectives = ("1. Chỉ tiêu cụ thể\n"
                  "• Làm mới, tu bổ ít nhất 2.300 km đường băng cản lửa; xử lý vật liệu cháy khoảng 22.000 ha "
                  "(chi tiết tại Bảng 1).\n\n"
                  "Bảng 1. Địa bàn trọng điểm và chỉ tiêu công trình PCCCR mùa khô năm 2026\n"
                  "| TT | Tỉnh, thành phố | DT có rừng | Số ngày cao điểm | Đường băng cản lửa làm mới, tu bổ | Xử lý VLC |\n"
                  "| 1 | Gia Lai | 1.013.600 | 90 | 1.650 | 10.500 |\n"
                  "| 2 | Đắk Lắk | 689.300 | 95 | 650 | 11.500 |\n"
                  "|  | Cộng | 1.702.900 | - | 2.300 | 22.000 |\n")
    rows = targets(tmp_path, objectives=objectives)
    got = {(r.value, r.unit, r.unit_kind, r.target_year) for r in rows if r.section_id == "I/1"}
    assert {(1650.0, "km", "other", 2026), (10500.0, "ha", "area", 2026),
            (650.0, "km", "other", 2026), (11500.0, "ha", "area", 2026)} <= got, got
    assert not [r for r in rows if r.value in (1013600, 689300, 90, 95)], [r.text for r in rows]


def test_a_count_whose_unit_goes_on_after_a_hanging_indent(tmp_path):
    """A task block typed with a hanging indent breaks `ít nhất 500` / `        người khuyết tật
    mỗi năm`: the indented next line goes on with the unit, as one line of prose would."""
    tasks = ("1. Giáo dục nghề nghiệp\n"
             "        Nhiệm vụ: Đào tạo nghề trình độ sơ cấp cho ít nhất 500\n"
             "        người khuyết tật mỗi năm, ưu tiên các nghề may, đan lát.\n"
             "        Chủ trì: Sở Giáo dục và Đào tạo.\n")
    row = one(targets(tmp_path, tasks=tasks), "ít nhất 500\n        người")
    assert (row.value, row.comparator, row.unit_kind) == (500, "gte", "count")


def test_a_roadmap_by_mission_with_a_minimum_column_and_stage_cells(tmp_path):
    """`Cơ quan đại diện thực hiện | Lắp đặt thiết bị | Bắt đầu cấp hộ chiếu | Tỷ lệ hồ sơ trực
    tuyến (tối thiểu)`: each mission's rate is a minimum, due in the year its stages are."""
    tasks = ("3. Lộ trình triển khai tại các CQĐD\n\n"
             "STT | Cơ quan đại diện thực hiện | Lắp đặt thiết bị | Bắt đầu cấp hộ chiếu gắn chíp "
             "| Tỷ lệ hồ sơ trực tuyến (tối thiểu)\n"
             "1 | Đại sứ quán Việt Nam tại Nhật Bản | Quý I/2026 | Quý II/2026 | 85%\n"
             "2 | Đại sứ quán Việt Nam tại Liên bang Nga | Quý III/2026 | Quý IV/2026 | 70%\n\n"
             "4. Tổ chức tập huấn\n")
    rows = [r for r in targets(tmp_path, tasks=tasks) if r.unit == "%"]
    assert sorted((r.value, r.comparator, r.target_year) for r in rows) == [(70, "gte", 2026), (85, "gte", 2026)]


# -- round 221: a power company's KPI caps by unit, a commune's class list, counts due by a day --

def test_a_note_caps_the_columns_it_names_and_makes_a_count_a_minimum(tmp_path):
    """`Ghi chú: chỉ tiêu SAIDI, SAIFI, TTĐN giao các Điện lực là giá trị tối đa …; số TBA chống
    quá tải là khối lượng tối thiểu`: the named index columns are caps, the substations a minimum
    (the note names them by unit and name), the total row bounds no unit; SAIFI's `lần` is the
    index's unit, no count."""
    objectives = ("1. Chỉ tiêu chung\n- SAIDI toàn Công ty không quá 240 phút.\n"
                  "2. Chỉ tiêu giao các Điện lực năm 2026\n"
                  "TT\tĐơn vị\tSAIDI\tSAIFI\tTTĐN\tChống quá tải\n"
                  "\t\t(phút)\t(lần)\t(%)\t(TBA)\n"
                  "1\tĐiện lực Phú Lộc\t210\t2,40\t3,60\t15\n"
                  "2\tĐiện lực Phong Điền\t250\t2,75\t4,10\t9\n"
                  "\tToàn Công ty\t230\t2,60\t3,85\t24\n"
                  "Ghi chú: chỉ tiêu SAIDI, SAIFI, TTĐN giao các Điện lực là giá trị tối đa; số TBA chống quá tải "
                  "là khối lượng tối thiểu phải hoàn thành.\n")
    rows = [r for r in targets(tmp_path, objectives=objectives) if r.section_id == "I/2"]
    assert [(r.value, r.comparator, r.unit_kind) for r in rows] == [
        (210, "lte", "other"), (2.4, "lte", "other"), (3.6, "lte", "percent"), (15, "gte", "count"),
        (250, "lte", "other"), (2.75, "lte", "other"), (4.1, "lte", "percent"), (9, "gte", "count")]


def test_a_class_list_whose_header_a_cell_break_split(tmp_path):
    """A Word table copied as text whose header cell `Số lượng học viên` broke its line, the next
    names going on after the break, and whose rows break their time cells the same way: each
    class's number of learners is a count due in the title's year."""
    tasks = ("1. Danh mục các lớp\n"
             "Biểu 01: CÁC LỚP BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC XÃ NĂM 2026\n"
             "STT\tTên lớp\tĐối tượng\tSố lượng\n"
             "học viên\tThời gian\tĐơn vị chủ trì\tKinh phí\n"
             "(triệu đồng)\n"
             "1\tBồi dưỡng kỹ năng số cho công chức\tCông chức các phòng\t45\tTháng 4 -\n"
             "5/2026\tPhòng Văn hóa - Xã hội\t30,0\n"
             "2\tBồi dưỡng nghiệp vụ địa chính\tCông chức Phòng Kinh tế\t20\tQuý III/2026\tPhòng Kinh tế\t12,5\n"
             "\n2. Tự học\n")
    rows = [r for r in targets(tmp_path, tasks=tasks) if r.section_id == "II/1"]
    assert [(r.text, r.value, r.unit_kind, r.target_year) for r in rows] == [
        ("45", 45, "count", 2026), ("20", 20, "count", 2026)]


def test_a_power_factor_kept_above_a_bound_is_a_target(tmp_path):
    rows = targets(tmp_path, objectives="- Hệ số công suất (cosφ) tại thanh cái 22kV không thấp hơn 0,92 vào giờ "
                                        "cao điểm; hệ số mang tải các TBA không quá 85%.\n")
    assert [(r.text, r.comparator, r.value) for r in rows] == [
        ("không thấp hơn 0,92", "gte", 0.92), ("không quá 85%", "lte", 85)]


def test_a_count_due_by_a_day_in_its_own_clause_is_a_target(tmp_path):
    """A task's count right after its verb, its clause going on to `hoàn thành trước …`, is what
    must be done by then, as in a task table's row; the places the work covers are not, nor a
    count of a time that only places the work."""
    rows = targets(tmp_path, tasks=(
        "- Phòng Kỹ thuật thay thế 1.200 công tơ cơ bằng công tơ điện tử, hoàn thành trong Quý III/2025.\n"
        "- Các Điện lực lắp đặt bổ sung 12 recloser, 20 LBS trên các xuất tuyến dài.\n"
        "- Tổ chức tập huấn cho công chức địa chính của 45 xã, phường, hoàn thành trước ngày 30/6/2025.\n"
        "- Rà soát hồ sơ 300 hộ trong Quý II/2025.\n"))
    assert [(r.text, r.value, r.target_year) for r in rows] == [
        ("1.200 công tơ", 1200, 2025), ("12 recloser", 12, None), ("20 LBS", 20, None)]


def test_quotas_by_unit_under_a_minimums_note(tmp_path):
    """A table of what each unit is assigned, each column's unit given by the line under its
    heading (`(Đơn vị tính: Hội viên - người; Chi hội - chi hội)`), under a note that makes the
    assigned figures minimums: every unit's cell is `gte`; the total shares them out, no target."""
    objectives = ("1. Giao chỉ tiêu cho các đơn vị năm 2025\n"
                  "(Đơn vị tính: Hội viên - người; Chi hội - chi hội)\n\n"
                  "TT | Đơn vị | Hội viên | Chi hội\n"
                  "1 | Hội Nông dân phường Bắc Sơn | 300 | 2\n"
                  "2 | Hội Nông dân xã Tân Lập | 250 | 1\n"
                  " | Tổng cộng | 550 | 3\n\n"
                  "Ghi chú: Chỉ tiêu giao tại biểu trên là chỉ tiêu tối thiểu.\n")
    rows = targets(tmp_path, objectives=objectives)
    assert [(r.value, r.comparator, r.target_year) for r in rows] == [
        (300, "gte", 2025), (2, "gte", 2025), (250, "gte", 2025), (1, "gte", 2025)]


def test_a_year_column_marked_for_its_footnote(tmp_path):
    """A roadmap by year laid out by spaces whose baseline year carries a footnote mark
    (`2024(*)` over `(*) Số liệu thực hiện năm 2024`) is still a table by year: each later
    year's cell is a target due that year."""
    objectives = ("1. Lộ trình theo từng năm\n"
                  " Chỉ tiêu                 ĐVT    2024(*)   2025    2026\n"
                  " Tỷ lệ hộ nghèo            %      4,2      3,5     3,0\n"
                  " Số hộ nghèo              hộ      120      100      85\n"
                  " (*) Số liệu thực hiện năm 2024.\n")
    rows = targets(tmp_path, objectives=objectives)
    assert [(r.value, r.unit_kind, r.target_year) for r in rows] == [
        (3.5, "percent", 2025), (3.0, "percent", 2026), (100, "count", 2025), (85, "count", 2026)]


def test_a_past_year_naming_a_cohort_dates_no_target(tmp_path):
    """`trên 70% HTX thành lập mới năm 2024` in a 2025 plan: the year says which cooperatives are
    meant, the share is still a goal."""
    rows = targets(tmp_path, objectives="- Trên 70% hợp tác xã thành lập mới năm 2024 hoạt động hiệu quả.\n")
    assert [(r.text, r.comparator, r.value) for r in rows] == [("Trên 70%", "gt", 70)]


def test_a_models_scale_and_its_places_shares_are_targets(tmp_path):
    """A task item's `Quy mô:` label gives the scale the plan's own model is to reach, and the
    places listed under it their shares, bulleted or not; the head of livestock count what the
    item's heading names (`Mô hình nuôi gà`), also before a slash and a second figure."""
    rows = targets(tmp_path, tasks=(
        "1. Mô hình trồng lạc giống mới - vụ Xuân 2026\n"
        "- Quy mô: 10 ha/60 hộ\n"
        "  Xã Hòa Lạc: 3 ha lạc L14, 18 hộ\n"
        "  Xã Tân Dân: 7 ha lạc L14, 42 hộ\n"
        "- Hỗ trợ 100% giống lạc.\n"
        "2. Mô hình nuôi gà thả vườn\n"
        "- Quy mô 4.000 con/20 hộ: Xã An Dũng: 1.200 con, 6 hộ; Xã Tân Hương: 2.800 con, 14 hộ.\n"))
    values = {(r.value, r.unit_kind) for r in rows}
    assert {(10, "area"), (3, "area"), (7, "area"), (4000, "count"), (1200, "count"), (2800, "count")} <= values
    assert one(rows, "3 ha").target_year == 2026


def test_a_sibling_bullet_under_a_scale_label_is_no_share(tmp_path):
    """A bullet of the label's own shape is the item's next field: its count needs its own goal."""
    rows = targets(tmp_path, tasks=(
        "1. Mô hình trồng lạc giống mới\n"
        "- Quy mô: 10 ha\n"
        "- Phối hợp 02 hợp tác xã tiêu thụ sản phẩm.\n"))
    assert [r.text for r in rows] == ["10 ha"]


def test_a_space_aligned_land_use_table_sets_the_area_of_each_kind_of_land(tmp_path):
    """tz: under `Biểu 01: CHỈ TIÊU SỬ DỤNG ĐẤT NĂM 2026`, a column of kinds of land beside `Diện
    tích (ha)` gives each kind its area to 2026; the share column (`Cơ cấu (%)`) and the land code
    are no targets.  Beside places, an area column stays how large each place is."""
    rows = targets(tmp_path, objectives=(
        "Biểu 01: CHỈ TIÊU SỬ DỤNG ĐẤT NĂM 2026\n"
        " STT   Chỉ tiêu sử dụng đất             Mã      Diện tích (ha)    Cơ cấu (%)\n"
        " 1     Đất nông nghiệp                  NNP         42.318,45         76,68\n"
        " 1.1   Đất trồng lúa                    LUA         13.206,38         23,93\n"
        " 2     Đất phi nông nghiệp              PNN         11.734,13         21,26\n"))
    assert [(r.text, r.value, r.unit, r.unit_kind, r.target_year) for r in rows] == [
        ("42.318,45", 42318.45, "ha", "area", 2026), ("13.206,38", 13206.38, "ha", "area", 2026),
        ("11.734,13", 11734.13, "ha", "area", 2026)]
    assert targets(tmp_path, objectives=(
        "Chỉ tiêu giao các thôn năm 2026\n"
        " STT   Thôn               Diện tích (ha)    Cơ cấu (%)\n"
        " 1     Thôn Đông              412,45          41,20\n"
        " 2     Thôn Tây               588,10          58,80\n")) == []


def test_a_department_table_whose_legend_gives_the_share_of_its_bare_signed_cells(tmp_path):
    """`Khoa | TTVST 2025 | Chỉ tiêu TTVST 2026 | Chỉ tiêu NKVM 2026` under a legend spelling out
    the initials with `%`: each department's signed cell (`≥ 85`, `NKVM < 1,5`) is its share target;
    last year's column is no target."""
    rows = targets(tmp_path, objectives=(
        "1. Chỉ tiêu giao cho các khoa\n"
        "Bảng 1. Chỉ tiêu an toàn người bệnh giao cho các khoa năm 2026\n"
        "(TTVST: tỷ lệ tuân thủ vệ sinh tay, %; NKVM: nhiễm khuẩn vết mổ, %)\n"
        "\n"
        "STT\tKhoa\tTTVST 2025\tChỉ tiêu TTVST 2026\tChỉ tiêu NKVM 2026\n"
        "1\tKhoa Ngoại\t78,0\t≥ 85\tNKVM ≤ 2\n"
        "2\tKhoa Sản\t80,5\t≥ 90\tNKVM < 1,5\n"))
    assert [(r.text, r.comparator, r.value, r.unit_kind, r.target_year) for r in rows] == [
        ("≥ 85", "gte", 85, "percent", 2026), ("≤ 2", "lte", 2, "percent", 2026),
        ("≥ 90", "gte", 90, "percent", 2026), ("< 1,5", "lt", 1.5, "percent", 2026)]


def test_a_note_naming_counts_a_column_shortens_to_initials_makes_them_minimums(tmp_path):
    """`số phiên tòa rút kinh nghiệm … là chỉ tiêu tối thiểu` under `Phiên tòa RKN (phiên)`: the
    column's initials name the note's figure, so its counts are minimums."""
    rows = targets(tmp_path, tasks=(
        "1. Chỉ tiêu giao cho các Tòa án khu vực năm 2026\n"
        "Đơn vị\tPhiên tòa RKN (phiên)\tXét xử lưu động (vụ)\n"
        "Tòa án khu vực 1\t20\t10\n"
        "Tòa án khu vực 2\t12\t06\n"
        "Ghi chú: số phiên tòa rút kinh nghiệm và số vụ xét xử lưu động là chỉ tiêu tối thiểu mỗi đơn vị phải thực hiện.\n"))
    assert [(r.text, r.comparator, r.target_year) for r in rows] == [
        ("20", "gte", 2026), ("10", "gte", 2026), ("12", "gte", 2026), ("06", "gte", 2026)]


def test_a_bound_time_is_a_target_in_the_list_of_targets_but_a_notice_period_in_a_task(tmp_path):
    rows = targets(tmp_path, objectives=(
        "- Cảnh báo mưa lớn diện rộng trước ít nhất 24 giờ;\n"
        "- Số liệu quan trắc truyền về không chậm quá 10 phút sau giờ quan trắc.\n"),
        tasks="- Công ty cấp nước thông báo lịch cấp nước cho khách hàng trước ít nhất 24 giờ.\n")
    assert [(r.text, r.comparator, r.value, r.section_id) for r in rows] == [
        ("ít nhất 24 giờ", "gte", 24, "I"), ("không chậm quá 10 phút", "lte", 10, "I")]


# -- round 236–237: customs quotas, hamlet lists, boarding schools, elderly care -------------

def test_a_note_over_a_table_by_unit_makes_its_bare_case_counts_minimums(tmp_path):
    """`Số vụ … giao cho từng đơn vị dưới đây là chỉ tiêu tối thiểu` over `TT | Đơn vị | Mã đơn vị |
    Số vụ | Ghi chú`: each unit's cases are a minimum counted in `vụ`; the heading's `(so với cùng kỳ
    cao điểm Tết Bính Ngọ 2026)` is the baseline, no year of the targets."""
    rows = targets(tmp_path, objectives=(
        "1. Chỉ tiêu chung (so với cùng kỳ cao điểm Tết Bính Ngọ 2026)\n"
        "- Số vụ vi phạm phát hiện, bắt giữ tăng ít nhất 10%.\n"
        "2. Chỉ tiêu giao cho các đơn vị\n"
        "Số vụ phát hiện, bắt giữ giao cho từng đơn vị dưới đây là chỉ tiêu tối thiểu.\n"
        "TT\tĐơn vị\tMã đơn vị\tSố vụ\tGhi chú\n"
        "1\tĐội Kiểm soát hải quan\t20K1\t30\tChuyên án\n"
        "2\tHải quan cửa khẩu Móng Cái\t20BC\t16\t\n"))
    assert [(r.text.strip(), r.comparator, r.unit, r.target_year) for r in rows] == [
        ("ít nhất 10%", "gte", "%", None), ("30", "gte", "vụ", None), ("16", "gte", "vụ", None)]


def test_a_quota_handed_to_each_hamlet_after_a_colon_takes_its_due_year(tmp_path):
    """`giao chỉ tiêu … đến ngày 30/6/2026 cho từng thôn, bản như sau: thôn A 97%; …` over two
    lines: every hamlet's share is due in 2026, also on the line the list goes on."""
    rows = targets(tmp_path, objectives=(
        "UBND xã giao chỉ tiêu tỷ lệ công dân có tài khoản định danh điện tử được kích hoạt đến ngày "
        "30/6/2026 cho từng thôn, bản như sau: thôn Thái Sơn 97%; thôn Đồng Tiến 96%;\n"
        "bản Cò Nghịu 91%; bản Mọc 90%.\n"))
    assert [(r.text, r.target_year) for r in rows] == [
        ("97%", 2026), ("96%", 2026), ("91%", 2026), ("90%", 2026)]


def test_uses_per_person_a_year_are_a_ratio(tmp_path):
    rows = targets(tmp_path, objectives="- Số giao dịch TTKDTM bình quân đạt 250 giao dịch/người/năm.\n")
    row = one(rows, "đạt 250 giao dịch/người/năm")
    assert (row.value, row.unit_kind) == (250, "ratio")


def test_who_lives_far_or_makes_up_the_population_is_no_target(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Ưu tiên học sinh ở thôn, bản cách xa trường trên 4 km (tiểu học), trên 7 km (THCS).\n"
        "- Phù hợp đặc điểm địa bàn, đồng bào dân tộc Thái chiếm trên 80% dân số.\n"
        "- Tỷ lệ hồ sơ nộp trực tuyến đạt từ 75% trở lên; riêng 02 nhóm TTHC liên thông đạt 100%.\n"))
    assert [r.text for r in rows] == ["từ 75% trở lên", "đạt 100%"]


def test_the_size_a_plan_builds_its_schools_to_is_a_target(tmp_path):
    """`diện tích khuôn viên tối thiểu 25.000 m2 đối với trường xây mới` is the standard of the
    plan's own works; `quy mô vùng tối thiểu 10 ha đối với cây chè` a condition of support."""
    rows = targets(tmp_path, tasks=(
        "- Mỗi trường có diện tích khuôn viên tối thiểu 25.000 m2 đối với trường xây mới.\n"
        "- Hỗ trợ liên kết sản xuất có quy mô vùng tối thiểu 10 ha đối với cây chè.\n"))
    assert [(r.text, r.comparator, r.unit_kind) for r in rows] == [("tối thiểu 25.000 m2", "gte", "area")]


def test_a_due_day_dates_a_share_of_a_years_capital_plan(tmp_path):
    rows = targets(tmp_path, tasks=(
        "- Giải ngân đạt 100% kế hoạch vốn năm 2025 trước ngày 31/01/2026.\n"))
    assert [(r.text, r.target_year) for r in rows] == [("đạt 100%", 2026)]


def test_an_indicator_name_wrapped_into_a_row_of_its_own_keeps_its_unit(tmp_path):
    rows = targets(tmp_path, objectives=(
        "| Chỉ tiêu | Năm 2026 | Năm 2030 |\n|---|---|---|\n"
        "| Tỷ lệ người cao tuổi mắc tăng huyết áp được quản lý điều trị theo | 70 | ≥ 90 |\n"
        "| hướng dẫn của Bộ Y tế (%) |  |  |\n"
        "| Tuổi thọ trung bình của người dân (tuổi)⁴ | 74,6 | 75,5 |\n"))
    assert [(r.text, r.unit_kind, r.target_year, r.indicator_code) for r in rows] == [
        ("70", "percent", 2026, None), ("≥ 90", "percent", 2030, None),
        ("74,6", "age", 2026, "life_expectancy"), ("75,5", "age", 2030, "life_expectancy")]


def test_a_tab_table_of_cuts_whose_years_wrap_and_whose_note_names_columns_by_number(tmp_path):
    """A staff-cut table copied from Word (`Giảm năm` / `2026`: the year wrapped alone under its name)
    with a row of column numbers (`(5)=(4)/(2)`) and a lead-in that makes columns `(3), (4), (5)`
    minimums: each unit's cut is a `gte` target due in its column's year; what it was given in a
    year before the plan's is none."""
    rows = targets(tmp_path, objectives=(
        "3. Giao chỉ tiêu tinh giản cho các đơn vị\n"
        "Số giảm và tỷ lệ giảm tại cột (3), (4), (5) là mức tối thiểu.\n"
        "\n"
        "Biểu 02: CHỈ TIÊU TINH GIẢN BIÊN CHẾ ĐẾN NĂM 2030\n"
        "(Đơn vị tính: người)\n"
        "TT\tĐơn vị\tBiên chế giao\tGiảm năm\tGiảm đến\tTỷ lệ giảm đến\tGhi chú\n"
        "\t\tnăm 2024\t2025\tnăm 2030\tnăm 2030 (%)\t\n"
        "(A)\t(B)\t(2)\t(3)\t(4)\t(5)=(4)/(2)\t(6)\n"
        "1\tSở Xây dựng\t120\t6\t13\t10,83\t\n"
        "2\tSở Tư pháp\t1 050\t53\t105\t10,00\t\n"))
    assert [(r.text, r.value, r.comparator, r.unit_kind, r.target_year) for r in rows] == [
        ("6", 6, "gte", "count", 2025), ("13", 13, "gte", "count", 2030), ("10,83", 10.83, "gte", "percent", 2030),
        ("53", 53, "gte", "count", 2025), ("105", 105, "gte", "count", 2030), ("10,00", 10, "gte", "percent", 2030)]


def test_a_run_together_table_by_school_level_with_a_header_one_piece_a_line(tmp_path):
    """A PDF table by school level whose header comes out one piece of a name a line (`TT Cấp học Số`
    / `trường` / `Tỷ lệ trường có` / `bếp ăn (%)`): the levels' rates and works are targets, the
    count of schools each level has is none."""
    rows = targets(tmp_path, objectives=(
        "2. Chỉ tiêu theo cấp học năm 2025\n"
        "TT Cấp học Số\n"
        "trường\n"
        "Tỷ lệ trường có\n"
        "bếp ăn (%)\n"
        "Bếp xây mới\n"
        "(công trình)\n"
        "1 Mầm non 12 95,0 3\n"
        "2 Tiểu học 18 80,0 5\n"))
    assert [(r.text, r.value, r.unit_kind, r.target_year) for r in rows] == [
        ("95,0", 95, "percent", 2025), ("3", 3, "count", 2025), ("80,0", 80, "percent", 2025), ("5", 5, "count", 2025)]


def test_a_conferences_scale_and_papers_under_its_scale_and_targets_heading(tmp_path):
    plan = PLAN.replace("I. MỤC TIÊU\n{objectives}", "I. QUY MÔ VÀ CHỈ TIÊU\n{objectives}")
    path = tmp_path / "plan.txt"
    path.write_text(plan.format(objectives="1. Quy mô: 500 đại biểu, trong đó 100 đại biểu quốc tế.\n"
                                           "2. Chỉ tiêu cụ thể\n- Mời được 20 báo cáo khoa học của chuyên gia;\n"
                                           "- Tổng số báo cáo miệng đạt tối thiểu 90 báo cáo;\n"
                                           "- Mỗi khoa có ít nhất 01 báo cáo được chọn trình bày.", tasks=""),
                    encoding="utf-8")
    rows = parse_document(path, "plan.txt").tables["targets"]
    assert {(r.value, r.comparator, r.unit) for r in rows} >= {
        (500, "eq", "đại biểu"), (100, "eq", "đại biểu"), (20, "eq", "báo cáo khoa học"),
        (90, "gte", "báo cáo"), (1, "gte", "báo cáo")}


def test_reports_a_plan_asks_for_stay_no_target(tmp_path):
    rows = targets(tmp_path, tasks="- Các đơn vị gửi ít nhất 02 báo cáo về Sở Y tế.")
    assert not [r for r in rows if r.unit and "báo cáo" in r.unit]


def test_the_day_debts_arose_by_gives_no_year(tmp_path):
    rows = targets(tmp_path, objectives="1. Chỉ tiêu năm 2027\n- Thu hồi tối thiểu 70% số tiền chậm đóng phát "
                                        "sinh đến 31/12/2026.")
    assert one(rows, "tối thiểu 70%").target_year == 2027


def test_a_figure_wrapped_under_its_years_label_takes_that_year(tmp_path):
    # (`…; năm 2028: 37%; đến năm 2030:` / `trên 45%.`: the line break parted the figure from its year)
    rows = targets(tmp_path, objectives="1. Mục tiêu cụ thể\n- Tỷ lệ trẻ dưới 6 tháng tuổi được bú sữa mẹ hoàn toàn: "
                   "năm 2027: 34%; năm 2028: 37%; đến năm 2030:\ntrên 45%.")
    assert [(r.text, r.target_year) for r in rows] == [("34%", 2027), ("37%", 2028), ("trên 45%", 2030)]


def test_a_headings_own_due_day_does_not_date_the_counts_below_it(tmp_path):
    # (the heading's task is due on 29/02/2024; the count under it is the plan's, no year of its own)
    rows = targets(tmp_path, tasks="1. Các huyện ủy xây dựng kế hoạch thực hiện, hoàn thành trước ngày 29/02/2024; "
                   "gửi về Ban Tuyên giáo Tỉnh ủy\nCác chi bộ đăng ký ít nhất 01 phần việc cụ thể để thực hiện.")
    assert [(r.text, r.target_year) for r in rows] == [("ít nhất 01 phần việc", None)]


def test_a_sentence_reporting_statistics_gives_no_target_unless_the_plan_sets_one_in_it(tmp_path):
    # (`đạt` in a sentence that cites statistics is a result; `phấn đấu` there sets a goal)
    rows = targets(tmp_path, objectives=(
        "- Theo số liệu thống kê năm 2025, toàn tỉnh có khoảng 12.400 giáo viên; tỷ lệ giáo viên đạt chuẩn "
        "đạt 91,2%.\n- Theo số liệu thống kê năm 2025, toàn tỉnh có 60% xã đạt chuẩn; phấn đấu đến năm 2030 "
        "đạt 95% xã đạt chuẩn."))
    assert [r.text for r in rows if "12.400" in r.text or "91,2" in r.text] == []
    assert [r.value for r in rows if r.value == 95] == [95]
