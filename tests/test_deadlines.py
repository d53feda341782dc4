"""deadlines: sentences from plans and the rows they must give (and must not)."""

import datetime as dt
from pathlib import Path

import pytest

from .conftest import parse_plan_text

HEADER = """ỦY BAN NHÂN DÂN
TỈNH GIA LAI
Số: 12/KH-UBND
Gia Lai, ngày 10 tháng 3 năm {year}

KẾ HOẠCH
Triển khai thực hiện Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ

Thực hiện Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
"""
FOOTER = """

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def deadlines(tmp_path: Path, body: str, year: int = 2026):
    rows = parse_plan_text(tmp_path, HEADER.format(year=year) + body + FOOTER)["deadlines"]
    assert all(row.rule_id for row in rows)
    return rows


def only(rows):
    assert len(rows) == 1, [r.text for r in rows]
    return rows[0]


def test_report_due_on_a_day(tmp_path):
    row = only(deadlines(tmp_path, "1. Các sở, ban, ngành xây dựng kế hoạch triển khai thực hiện; báo cáo kết quả "
                                   "thực hiện về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) **trước ngày 25/10/2026** để "
                                   "theo dõi, tổng hợp."))
    assert (row.text, row.kind, row.date, row.recurrence) == ("trước ngày 25/10/2026", "deadline", dt.date(2026, 10, 25), None)
    assert row.action == "báo cáo kết quả thực hiện"
    assert row.section_id == "I/1"


def test_yearly_day_is_one_deadline_without_a_date(tmp_path):
    row = only(deadlines(tmp_path, "- Tổng hợp, đánh giá tình hình thực hiện, gửi Sở Y tế trước ngày 25/11 hàng năm "
                                   "để báo cáo Ủy ban nhân dân tỉnh."))
    assert row.text == "trước ngày 25/11 hàng năm"
    assert (row.kind, row.month, row.day, row.year, row.date, row.recurrence) == ("deadline", 11, 25, None, None, "yearly")
    assert row.action == "đánh giá tình hình thực hiện"


def test_yearly_before_the_day(tmp_path):
    row = only(deadlines(tmp_path, "2. Sở Lao động tổng hợp, báo cáo UBND tỉnh tình hình thực hiện hàng năm trước ngày 05/12."))
    assert (row.text, row.kind, row.recurrence, row.month, row.day) == ("hàng năm trước ngày 05/12", "deadline", "yearly", 12, 5)


def test_periodic_yearly_then_a_day_in_brackets(tmp_path):
    rows = deadlines(tmp_path, "Các cơ quan chủ động triển khai thực hiện nhiệm vụ theo Kế hoạch; định kỳ hằng năm  "
                               "( trước ngày 15 tháng 12 )  và đột xuất, báo cáo kết quả thực hiện.")
    assert [(r.text, r.kind, r.recurrence) for r in rows] == [
        ("định kỳ hằng năm", "recurring", "yearly"),
        ("trước ngày 15 tháng 12", "deadline", "yearly"),
    ]
    assert (rows[1].day, rows[1].month, rows[1].date) == (15, 12, None)


def test_a_day_without_a_year_is_in_the_plans_year(tmp_path):
    row = only(deadlines(tmp_path, "1. Các sở gửi kế hoạch về Sở Nội vụ trước ngày 20/12."))
    assert (row.year, row.date, row.recurrence) == (2026, dt.date(2026, 12, 20), None)


def test_latest_by(tmp_path):
    row = only(deadlines(tmp_path, "1. Các huyện nộp hồ sơ chậm nhất ngày 15/11/2026."))
    assert (row.kind, row.date) == ("deadline", dt.date(2026, 11, 15))


def test_impossible_date_is_kept_as_text(tmp_path):
    row = only(deadlines(tmp_path, "1. Hoàn thành báo cáo trước ngày 31/02/2026."))
    assert (row.text, row.day, row.month, row.year, row.date) == ("trước ngày 31/02/2026", 31, 2, 2026, None)


def test_time_cell_of_a_task(tmp_path):
    row = only(deadlines(tmp_path, "1. Xây dựng và triển khai các hoạt động tuyên truyền\n- a) Cơ quan thực hiện: Sở Văn hóa, "
                                   "Thể thao và Du lịch.\n- b) Thời gian thực hiện: Cả năm.\n"))
    assert (row.text, row.kind, row.recurrence) == ("Cả năm", "timeframe", None)
    assert row.action.startswith("Xây dựng và triển khai các hoạt động tuyên truyền")


def test_quarter(tmp_path):
    row = only(deadlines(tmp_path, "1. Tổ chức hội nghị sơ kết trong Quý I/2026."))
    assert (row.kind, row.year, row.month) == ("timeframe", 2026, None)


@pytest.mark.parametrize("sentence,anchor,year", [
    ("- Trong năm 2021, giải quyết dứt điểm hồ sơ tồn đọng.", "Trong năm 2021", 2021),
    ("- Tiếp tục thực hiện và đến\nhết năm 2023 hoàn thành Đề án hỗ trợ nhà ở.", "đến\nhết năm 2023", 2023),
    ("a) Đến cuối năm 2021, các sở, ban, ngành xây dựng kế hoạch hành động.", "Đến cuối năm 2021", 2021),
    ("- Hàng năm, tôn tạo nghĩa trang liệt sỹ. Năm 2023, hoàn thành việc điều chỉnh mộ liệt sĩ.", "Năm 2023", 2023),
    # a year with a colon before the work on its own line
    ("- Năm 2021: xã Hợp Thành, Phúc Thành đăng ký đạt chuẩn nông thôn mới nâng cao.", "Năm 2021", 2021),
])
def test_periods(tmp_path, sentence, anchor, year):
    rows = [r for r in deadlines(tmp_path, sentence, year=2021) if r.kind == "timeframe"]
    assert [(r.text, r.year) for r in rows] == [(anchor, year)]


@pytest.mark.parametrize("sentence,anchor,recurrence", [
    ("1. Sở Nội vụ theo dõi, tổng hợp kết quả thực hiện Kế hoạch, định kỳ báo cáo Ủy ban nhân dân tỉnh.", "định kỳ", None),
    ("- Hàng năm, đầu tư xây dựng, kịp thời sửa chữa nghĩa trang liệt sỹ.", "Hàng năm", "yearly"),
    ("2. Nguồn ngân sách tỉnh bố trí hàng năm theo quy định;", "hàng năm", "yearly"),
    ("d) Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh định kỳ hàng năm, giữa kỳ và cuối kỳ.", "định kỳ hàng năm", "yearly"),
])
def test_repeated_work(tmp_path, sentence, anchor, recurrence):
    row = only(deadlines(tmp_path, sentence))
    assert (row.text, row.kind, row.recurrence) == (anchor, "recurring", recurrence)


@pytest.mark.parametrize("sentence", [
    # citation dates
    "1. Cụ thể hóa các nhiệm vụ tại Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ.",
    "1. Thực hiện Chương trình số 81-CTr/TU, ngày 15-4-2024 và Kế hoạch số 193-KH/HU ngày 05 tháng 7 năm 2024.",
    # target years
    "- Phấn đấu đến cuối năm 2025, tỷ lệ lao động qua đào tạo đạt 70% - 75%.",
    "- Phấn đấu đến năm 2030 tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.",
    "2.1. Một số chỉ tiêu chủ yếu cần đạt được đến năm 2030",
    # names with a year
    "1. Tuyên truyền mục tiêu của Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025, giai đoạn 2021-2025.",
    # durations
    "1. Tổ chức sơ kết giữa kỳ thực hiện Kế hoạch (02 năm), tổng kết 05 năm thực hiện Kế hoạch.",
    # hàng năm qualifying a noun
    "1. Cụ thể hóa thành các nhiệm vụ trong kế hoạch công tác hàng năm của đơn vị.",
    "1. Kinh phí bố trí trong dự toán chi thường xuyên hằng năm của các cơ quan.",
    # thường xuyên / định kỳ as plain words
    "- Thường xuyên theo dõi, kiểm tra, giám sát tiến độ thực hiện.",
    "1. Khám sức khoẻ định kỳ cho nhân dân; quản lý các bệnh mạn tính.",
    # an event, not a due date
    "1. Hỗ trợ nhà ở cho hộ phát sinh sau ngày 31/5/2017; Nghị định có hiệu lực từ ngày 01/7/2021.",
])
def test_not_deadlines(tmp_path, sentence):
    assert deadlines(tmp_path, sentence) == []


def test_years_before_the_plan_are_history(tmp_path):
    assert deadlines(tmp_path, "1. Năm 2023, toàn tỉnh đã giải quyết việc làm cho 20.000 lao động.") == []
    assert deadlines(tmp_path, "1. Trong năm 2024, đã hoàn thành 12 công trình.") == []


def test_a_period_between_two_days(tmp_path):
    # no single date; the year both days are in
    row = only(deadlines(tmp_path, "1. Tổ chức Tháng hành động từ ngày 01/6/2026 đến ngày 30/6/2026."))
    assert (row.kind, row.date, row.year) == ("timeframe", None, 2026)


def test_a_period_whose_first_day_leaves_the_year_to_the_last(tmp_path):
    row = only(deadlines(tmp_path, '1. Tổ chức các hoạt động hưởng ứng "Tháng cao điểm Vì người nghèo" từ ngày 17/10 '
                                   "đến ngày 18/11/2024; đẩy mạnh truyền thông.", year=2024))
    assert (row.text, row.kind, row.year, row.month, row.day) == (
        "từ ngày 17/10 đến ngày 18/11/2024", "timeframe", 2024, None, None)


def test_a_period_across_the_new_year_has_no_year(tmp_path):
    row = only(deadlines(tmp_path, "1. Tổ chức Tết vì người nghèo từ ngày 15/12/2025 đến ngày 15/01/2026.", year=2025))
    assert (row.kind, row.year) == ("timeframe", None)


@pytest.mark.parametrize("sentence,anchor,day,recurrence", [
    ("- Các thôn báo cáo kết quả thực hiện định kỳ hằng quý (trước ngày 20 của tháng cuối quý) về UBND xã.",
     "trước ngày 20 của tháng cuối quý", 20, "quarterly"),
    ("b) Cung cấp danh sách đơn vị nợ đóng cho UBND các huyện trước ngày 10 hằng tháng.",
     "trước ngày 10 hằng tháng", 10, "monthly"),
    ("- Các phường báo cáo kết quả chậm nhất ngày 05 của tháng đầu quý sau.",
     "chậm nhất ngày 05 của tháng đầu quý sau", 5, "quarterly"),
])
def test_a_day_of_every_month_or_quarter(tmp_path, sentence, anchor, day, recurrence):
    row = next(r for r in deadlines(tmp_path, sentence) if r.kind == "deadline")
    assert (row.text, row.day, row.month, row.year, row.date, row.recurrence) == (
        anchor, day, None, None, None, recurrence)


def test_each_day_takes_the_repetition_written_next_to_it(tmp_path):
    rows = deadlines(tmp_path, "VI. CHẾ ĐỘ BÁO CÁO\nCác sở định kỳ 6 tháng (trước ngày 15/6) và hằng năm "
                               "(trước ngày 15/12) báo cáo kết quả thực hiện Kế hoạch gửi Sở Y tế.")
    assert [(r.text, r.recurrence) for r in rows if r.kind == "deadline"] == [
        ("trước ngày 15/6", "half_yearly"), ("trước ngày 15/12", "yearly")]


def test_each_period_of_a_list_of_reports_is_a_recurring_row(tmp_path):
    # (`hằng năm` continues the list `định kỳ` opens, its due day in brackets)
    rows = deadlines(tmp_path, "VI. CHẾ ĐỘ BÁO CÁO\nCác phòng, ban định kỳ 6 tháng (trước ngày 10/6),\nhằng năm "
                               "(trước ngày 10/12) báo cáo kết quả thực hiện Kế hoạch về UBND huyện.")
    assert [(r.text, r.kind, r.recurrence) for r in rows] == [
        ("định kỳ 6 tháng", "recurring", "half_yearly"), ("trước ngày 10/6", "deadline", "half_yearly"),
        ("hằng năm", "recurring", "yearly"), ("trước ngày 10/12", "deadline", "yearly")]


def test_a_yearly_plan_with_a_bracketed_note_is_no_recurring_row(tmp_path):
    rows = deadlines(tmp_path, "VI. TỔ CHỨC THỰC HIỆN\nCác sở xây dựng kế hoạch hằng năm (kèm theo biểu mẫu) để triển khai.")
    assert [r.text for r in rows if r.kind == "recurring"] == []


@pytest.mark.parametrize("sentence,anchor,year", [
    ("9- Chế độ báo cáo: sơ kết 3 năm thực hiện vào Quý IV/2027, tổng kết vào năm 2030.", "vào năm 2030", 2030),
    ("b) Sở Kế hoạch và Đầu tư bố trí vốn; phấn đấu đến hết năm 2026 không còn trạm y tế xã bị xuống cấp.",
     "đến hết năm 2026", 2026),
    ("- Ban Dân tộc chủ trì thực hiện các mô hình giảm thiểu tảo hôn trong giai đoạn 2026 – 2028.",
     "trong giai đoạn 2026 – 2028", None),
])
def test_more_periods(tmp_path, sentence, anchor, year):
    row = next(r for r in deadlines(tmp_path, sentence) if r.text == anchor)
    assert (row.kind, row.year) == ("timeframe", year)


@pytest.mark.parametrize("sentence", [
    # the year of a target, not of the work
    "- Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi dưới 9,3% vào năm 2030.",
    "- Phấn đấu đến cuối năm 2027:\n+ Tỷ lệ hộ nghèo giảm còn dưới 2%.",
    # a span of years that names a plan
    "- Bố trí vốn trong kế hoạch đầu tư công trung hạn giai đoạn 2026 – 2030 để xây mới trạm y tế.",
    # a count to add or reach owns the year of its clause
    "- Phấn đấu mỗi năm xây dựng mô hình liên kết; năm 2026 tích tụ, tập trung thêm 150 ha đất sản xuất.",
    # a year that heads a list of targets, like a heading `a) Năm 2026`
    "2. Mục tiêu cụ thể\n- a) Năm 2026:\n+ Đón khoảng 9,7 triệu lượt khách;\n+ Tổng thu từ khách du lịch đạt khoảng "
    "16.000 tỷ đồng.",
])
def test_target_years_and_named_spans_are_not_deadlines(tmp_path, sentence):
    assert deadlines(tmp_path, sentence) == []


def test_the_plans_own_date_line_is_not_a_deadline(tmp_path):
    rows = deadlines(tmp_path, "1. Triển khai thực hiện.")
    assert all(r.date != dt.date(2026, 3, 10) for r in rows)
    assert rows == []


def test_ids_are_stable_and_in_text_order(tmp_path):
    body = "1. Báo cáo trước ngày 20/6/2026; định kỳ hàng năm trước ngày 30/11 báo cáo UBND tỉnh."
    first = deadlines(tmp_path, body)
    second = deadlines(tmp_path, body)
    assert [r.model_dump() for r in first] == [r.model_dump() for r in second]
    assert [r.start for r in first] == sorted(r.start for r in first)
    assert [r.deadline_id[-5:] for r in first] == ["D0001", "D0002", "D0003"]


# -- round 4: school-year dates, spans, a day of every month -------------------------

@pytest.mark.parametrize("sentence,anchor,date", [
    ("1. Giáo dục mầm non\n+ Tựu trường:\tngày 28/8/2025 (Thứ Năm).", "28/8/2025", dt.date(2025, 8, 28)),
    ("1. Giáo dục mầm non\n+ Khai giảng:  ngày 05/9/2025.", "05/9/2025", dt.date(2025, 9, 5)),
    ("1. Giáo dục mầm non\n+ Thực hiện chương trình từ ngày 08/9/2025, bảo đảm 35 tuần thực học.",
     "từ ngày 08/9/2025", dt.date(2025, 9, 8)),
])
def test_the_day_an_event_of_the_plan_takes_place(tmp_path, sentence, anchor, date):
    row = only(deadlines(tmp_path, sentence, year=2025))
    assert (row.text, row.kind, row.date, row.year) == (anchor, "timeframe", date, 2025)


def test_the_day_a_law_takes_effect_is_no_time_of_the_plan(tmp_path):
    assert deadlines(tmp_path, "1. Luật số 64/2025/QH15 có hiệu lực thi hành từ ngày 01 tháng 4 năm 2025.",
                     year=2025) == []


def test_a_term_up_to_the_day_before(tmp_path):
    rows = deadlines(tmp_path, "2.1. Cấp tiểu học\n+ Học kỳ I: từ ngày 08/9/2025 đến trước ngày 17/01/2026 (18 tuần).\n"
                               "+ Học kỳ II: từ ngày 19/01/2026 đến trước ngày 25/5/2026.", year=2025)
    # (the span from its first day, read to its last; the last day, `trước ngày`, is a deadline)
    assert [(r.text, r.kind, r.year) for r in rows] == [
        ("từ ngày 08/9/2025", "timeframe", None), ("trước ngày 17/01/2026", "deadline", 2026),
        ("từ ngày 19/01/2026", "timeframe", 2026), ("trước ngày 25/5/2026", "deadline", 2026)]


def test_a_window_up_to_a_day_is_its_start_and_its_deadline(tmp_path):
    rows = deadlines(tmp_path, "4. Tổ chức Ngày hội\n- Ủy ban MTTQ các xã hướng dẫn khu dân cư tổ chức Ngày hội, thời gian "
                               "tổ chức từ ngày 01/11 đến trước ngày 18/11/2026.", year=2026)
    assert [(r.text, r.kind, r.month, r.day) for r in rows] == [
        ("từ ngày 01/11", "timeframe", 11, None), ("trước ngày 18/11/2026", "deadline", 11, 18)]


def test_a_day_of_the_last_month_of_each_reporting_period_has_no_year(tmp_path):
    text = "c) Báo cáo kết quả thực hiện về Sở VHTTDL trước ngày 10 của tháng cuối kỳ báo cáo."
    row = only(deadlines(tmp_path, text, year=2026))
    assert (row.kind, row.year, row.day, row.recurrence) == ("deadline", None, 10, None)


def test_months_in_brackets_after_a_repetition_are_one_timeframe(tmp_path):
    rows = deadlines(tmp_path, "b) Theo dõi, đánh giá.\n- Thời gian: 6 tháng một lần (tháng 6 và tháng 12/2026).", year=2026)
    assert [(r.text, r.month) for r in rows if r.kind == "timeframe"] == [("tháng 6 và tháng 12/2026", 12)]


def test_months_joined_under_one_year_are_one_timeframe(tmp_path):
    text = ("- Thành lập 04 đoàn công tác kiểm tra, đôn đốc tiêm phòng tại các xã trọng điểm chăn nuôi lợn trong\n"
            "tháng 4 và tháng 10/2026.")
    row = only(deadlines(tmp_path, text, year=2026))
    assert (row.text, row.kind, row.year) == ("trong\ntháng 4 và tháng 10/2026", "timeframe", 2026)


def test_a_quarter_in_the_old_spelling(tmp_path):
    text = "- In, cấp phát 20 000 tờ rơi cho các xã, phường trong Quí I/2026."
    row = only(deadlines(tmp_path, text, year=2026))
    assert (row.text, row.kind, row.year) == ("trong Quí I/2026", "timeframe", 2026)


def test_the_year_the_records_gathered_arose_in_is_no_timeframe(tmp_path):
    text = ("b) Thu thập, tổng hợp hồ sơ, tài liệu có liên quan đến biến động đất đai trong năm 2026; "
            "xong trước ngày 10/12/2026.")
    assert [r.text for r in deadlines(tmp_path, text, year=2026)] == ["trước ngày 10/12/2026"]


def test_a_span_within_one_month_has_its_month(tmp_path):
    row = only(deadlines(tmp_path, "1. Nghỉ Tết Nguyên đán: từ ngày 14/02/2026 đến hết ngày 22/02/2026 (09 ngày)."))
    assert (row.kind, row.year, row.month, row.day) == ("timeframe", 2026, 2, None)


def test_a_span_of_quarters_is_one_timeframe(tmp_path):
    row = only(deadlines(tmp_path, "1. Tập huấn.\n- Thời gian thực hiện: Quý III – Quý IV/2025.", year=2025))
    assert (row.text, row.kind, row.year) == ("Quý III – Quý IV/2025", "timeframe", 2025)


def test_a_day_alone_in_a_clause_that_repeats(tmp_path):
    rows = deadlines(tmp_path, "V. CHẾ ĐỘ BÁO CÁO\n- Báo cáo định kỳ hằng tháng (trước ngày 20) theo quy định.")
    assert [(r.text, r.kind, r.day, r.month, r.year, r.recurrence) for r in rows] == [
        ("định kỳ hằng tháng", "recurring", None, None, None, "monthly"),
        ("trước ngày 20", "deadline", 20, None, None, "monthly")]
    # with no repetition said, a day alone is no row
    assert deadlines(tmp_path, "1. Các đơn vị gửi báo cáo trước ngày 20.") == []


@pytest.mark.parametrize("sentence,anchor,kind,year,recurrence", [
    ("1. Tham mưu chính sách hỗ trợ; trình tại kỳ họp cuối năm 2026.", "cuối năm 2026", "timeframe", 2026, None),
    ("1. Kết nối dữ liệu dân cư; cập nhật thông tin biến động dân số hằng tháng.", "hằng tháng", "recurring", None,
     "monthly"),
    ("1. Kinh phí\n*   Hằng năm, căn cứ nhiệm vụ được giao, các sở xây dựng dự toán.", "Hằng năm", "recurring", None,
     "yearly"),
    ("1. Rà soát.\n- Thời gian thực hiện: Cả năm.", "Cả năm", "timeframe", 2026, None),
])
def test_more_times_of_work(tmp_path, sentence, anchor, kind, year, recurrence):
    row = only(deadlines(tmp_path, sentence))
    assert (row.text, row.kind, row.year, row.recurrence) == (anchor, kind, year, recurrence)


@pytest.mark.parametrize("sentence", [
    # targets' years: a per-mille rate, a ratio per 100
    "- Tỷ suất tử vong trẻ em dưới 1 tuổi giảm xuống 10‰ vào năm 2026 và 8‰ vào năm 2030.",
    "- Tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái sinh ra sống vào năm 2026.",
    # a monthly allowance, a yearly plan: `hằng tháng` qualifies a noun
    "- Phấn đấu chi trả không dùng tiền mặt cho 80% đối tượng hưởng trợ cấp xã hội hằng tháng.",
    "- Rà soát kế hoạch hàng năm.",
    # a baseline
    "- Số hộ nghèo giảm một nửa so với cuối năm 2020.",
    # a lunar date
    "- Cao điểm (tức từ ngày 15/11 năm Giáp Thìn đến ngày 16/02 năm Ất Tỵ).",
])
def test_round4_not_deadlines(tmp_path, sentence):
    assert deadlines(tmp_path, sentence) == []


# -- round 5: a commune's and a district's times ------------------------------------------

@pytest.mark.parametrize("sentence,anchor,kind,day,recurrence", [
    ("1. Các thôn thống kê thiệt hại, báo cáo về UBND xã chậm nhất 02 ngày sau khi thiên tai kết thúc.",
     "chậm nhất 02 ngày", "deadline", None, None),
    ("1. Tăng cường trực ban trong thời gian cao điểm mưa bão từ tháng 9 đến tháng 11; kịp thời chấn chỉnh.",
     "từ tháng 9 đến tháng 11", "timeframe", None, None),
    ("1. Các đơn vị báo cáo kết quả thực hiện định kỳ hằng quý gửi về\nUBND quận (qua Phòng Nội vụ) trước ngày 15 "
     "tháng cuối quý.", "trước ngày 15 tháng cuối quý", "deadline", 15, "quarterly"),
    ("1. Ban Tổ chức Tỉnh ủy phối hợp với Đảng ủy Ủy ban nhân dân tỉnh hằng năm tổ chức bồi dưỡng kiến thức, kỹ "
     "năng số cho cán bộ.", "hằng năm", "recurring", None, "yearly"),
])
def test_round5_times(tmp_path, sentence, anchor, kind, day, recurrence):
    rows = [r for r in deadlines(tmp_path, sentence) if r.kind != "recurring" or kind == "recurring"]
    row = only(rows)
    assert (row.text, row.kind, row.day, row.recurrence) == (anchor, kind, day, recurrence)


def test_a_month_span_is_one_row_in_the_plans_year(tmp_path):
    row = only(deadlines(tmp_path, "1. Kiểm tra thường xuyên từ tháng 4/2026 đến hết tháng 6/2026.", year=2026))
    assert (row.text, row.kind, row.year, row.month) == ("từ tháng 4/2026 đến hết tháng 6/2026", "timeframe", 2026, None)


@pytest.mark.parametrize("sentence", [
    # before, during and after a storm is no time of its own
    "- Bảo đảm an toàn cho người và tài sản trước, trong và sau bão, lũ; không để bị động, bất ngờ.",
    # a duration of stock, no deadline
    "- Vận động Nhân dân chủ động dự trữ lương thực đủ dùng từ 7 đến 10 ngày.",
    # `hằng năm` qualifying a plan, before a verb
    "- Lồng ghép vào kế hoạch phát triển kinh tế - xã hội 5 năm và hằng năm thực hiện của ngành.",
])
def test_round5_not_deadlines(tmp_path, sentence):
    assert deadlines(tmp_path, sentence) == []


# -- round 6: a joint plan, a five-year plan, a youth union's plan, a ward plan ---------

@pytest.mark.parametrize("sentence,anchor,recurrence", [
    # after the work, right before its purpose
    ("- a) Sở Y tế và Bảo hiểm xã hội tỉnh tổ chức giao ban liên ngành hằng quý để đánh giá tình hình thực hiện.",
     "hằng quý", "quarterly"),
    ("d) Gửi Sở Y tế các cảnh báo chi phí bất thường trên Hệ thống thông tin giám định BHYT hằng tháng để chỉ đạo "
     "các cơ sở khắc phục.", "hằng tháng", "monthly"),
    # right after a verb of paying
    ("c) Thực hiện thanh toán chi phí khám chữa bệnh; tạm ứng hằng quý cho cơ sở khám chữa bệnh.", "hằng quý",
     "quarterly"),
    # how often
    ("- c) Kiểm tra liên ngành 6 tháng một lần tại một số cơ sở có chi phí tăng bất thường.", "6 tháng một lần",
     "half_yearly"),
    # a day of every month
    ('b) Bảo vệ môi trường: Tổ chức "Ngày Chủ nhật xanh" vào Chủ nhật tuần thứ ba hằng tháng.',
     "Chủ nhật tuần thứ ba hằng tháng", "monthly"),
    ('- Duy trì "Ngày Chủ nhật xanh" vào ngày Chủ nhật cuối cùng hằng tháng.', "Chủ nhật cuối cùng hằng tháng",
     "monthly"),
])
def test_repeated_work_of_round_6(tmp_path, sentence, anchor, recurrence):
    row = only(deadlines(tmp_path, sentence, year=2025))
    assert (row.text, row.kind, row.recurrence) == (anchor, "recurring", recurrence)


def test_an_hour_of_every_week_to_report_by(tmp_path):
    row = only(deadlines(tmp_path, "- Trong thời gian cao điểm, các đơn vị báo cáo nhanh trước 16 giờ 00 thứ Sáu hằng "
                                   "tuần về Ban Phong trào Tỉnh Đoàn.", year=2025))
    # (a weekly repetition is none of the contract's recurrences)
    assert (row.text, row.kind, row.date, row.recurrence) == ("trước 16 giờ 00 thứ Sáu hằng tuần", "deadline", None, None)
    assert row.action == "báo cáo nhanh"


def test_an_hour_of_a_day_to_be_done_by(tmp_path):
    row = only(deadlines(tmp_path, "1. Các xã gửi báo cáo trước 10 giờ ngày 15/6/2025.", year=2025))
    assert (row.kind, row.date) == ("deadline", dt.date(2025, 6, 15))


@pytest.mark.parametrize("sentence", [
    # `mỗi năm` before the work counts it, a target's
    "(9) Tỷ lệ thất nghiệp ở khu vực thành thị dưới 3%; mỗi năm giải quyết việc làm mới cho khoảng 20.000 lao động.",
    # a target's year after `phấn đấu` and a number to reach
    "Phát triển du lịch thành ngành kinh tế mũi nhọn; phấn đấu đón khoảng 4,5 triệu lượt khách vào năm 2030.",
    # a noun qualified by `hằng năm` before a purpose
    "1. Bố trí kinh phí hằng năm để thực hiện Kế hoạch.",
    # a report named by its half-year: its time is its deadline, below
    "2. Báo cáo 6 tháng đầu năm 2026 theo mẫu.",
])
def test_not_deadlines_of_round_6(tmp_path, sentence):
    assert deadlines(tmp_path, sentence, year=2025) == []


# -- round 7: a dated programme, an event's hour and day, a month of every year ---------

def test_a_dated_programme_gives_each_day_as_a_timeframe(tmp_path):
    rows = deadlines(tmp_path, (
        "3. Lịch giám sát\n"
        "- Ngày 15/5/2025: làm việc với UBND xã Hiệp An (buổi sáng); khảo sát thực tế tại hộ gia đình.\n"
        "- Sáng ngày 16/5/2025 (thứ Sáu): làm việc với UBND xã Ninh Gia.\n"
        "- Từ ngày 28/5/2025 đến ngày 06/6/2025: tổng hợp, xây dựng báo cáo kết quả giám sát."), year=2025)
    assert [(r.text, r.kind, r.date) for r in rows] == [
        ("Ngày 15/5/2025", "timeframe", dt.date(2025, 5, 15)),
        ("Sáng ngày 16/5/2025", "timeframe", dt.date(2025, 5, 16)),
        ("Từ ngày 28/5/2025 đến ngày 06/6/2025", "timeframe", None)]


def test_the_day_work_takes_place_on(tmp_path):
    row = only(deadlines(tmp_path, "3. Đề nghị UBND huyện bố trí thành phần làm việc với Đoàn giám sát vào ngày "
                                   "27/5/2025.", year=2025))
    assert (row.text, row.kind, row.date) == ("vào ngày 27/5/2025", "timeframe", dt.date(2025, 5, 27))


def test_the_hour_and_day_of_an_event(tmp_path):
    row = only(deadlines(tmp_path, "1. Thời gian: 8 giờ 00, ngày 15/11/2025 (thứ Bảy).", year=2025))
    assert (row.text, row.kind, row.date) == ("8 giờ 00, ngày 15/11/2025", "timeframe", dt.date(2025, 11, 15))


def test_a_month_of_every_year_is_recurring(tmp_path):
    row = only(deadlines(tmp_path, "- UBND các xã hoàn thiện hồ sơ đề nghị công nhận đạt chuẩn, gửi về Phòng GD&ĐT "
                                   "trong tháng 11 hằng năm.", year=2024))
    assert (row.text, row.kind, row.month, row.year, row.recurrence) == (
        "trong tháng 11 hằng năm", "recurring", 11, None, "yearly")


@pytest.mark.parametrize("sentence", [
    # a day that opens a sentence of narrative, not a line of a programme
    "Ngày 12/3/2025, UBND tỉnh đã ban hành Quyết định số 45/QĐ-UBND về việc kiện toàn Ban Chỉ đạo.",
    # the day a law takes effect or was passed
    "Luật Tổ chức chính quyền địa phương có hiệu lực thi hành vào ngày 01/7/2025.",
    "Nghị quyết được Hội đồng nhân dân tỉnh thông qua vào ngày 10/7/2025.",
    # a heading of objectives: its year is the targets' year
    "2. Mục tiêu cụ thể đến hết năm 2026\n- 100% dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình.",
])
def test_not_deadlines_of_round_7(tmp_path, sentence):
    assert deadlines(tmp_path, sentence, year=2025) == []


# -- round 8: a hospital, a police force, a school, a web page ----------------------

def test_a_day_of_every_month_after_the_period_word(tmp_path):
    row = only(deadlines(tmp_path, "- Các khoa, phòng gửi báo cáo tiến độ thực hiện về Phòng Quản lý chất lượng "
                                   "hằng tháng, vào\nngày 25; tổng hợp kết quả.", year=2025))
    assert (row.kind, row.day, row.month, row.date, row.recurrence) == ("recurring", 25, None, None, "monthly")


def test_once_a_quarter(tmp_path):
    row = only(deadlines(tmp_path, "b) Tổ chức đánh giá giao tiếp, ứng xử của điều dưỡng, hộ sinh, kỹ thuật viên "
                                   "mỗi quý một lần.", year=2025))
    assert (row.text, row.kind, row.recurrence) == ("mỗi quý một lần", "recurring", "quarterly")


def test_an_hour_of_a_day_of_every_month(tmp_path):
    row = only(deadlines(tmp_path, "1. Các đơn vị báo cáo kết quả thực hiện đợt cao điểm (kèm số liệu thống kê) "
                                   "trước 16 giờ 00 ngày 20 hằng tháng về Công an tỉnh (qua Phòng Tham mưu).",
                         year=2025))
    assert (row.text, row.kind, row.day, row.date, row.recurrence) == (
        "trước 16 giờ 00 ngày 20 hằng tháng", "deadline", 20, None, "monthly")


@pytest.mark.parametrize("sentence,anchor", [
    ("- Sử dụng sổ điểm điện tử thay thế sổ điểm giấy từ Học kỳ I năm học 2025 - 2026.", "từ Học kỳ I"),
    ("- Tổ Toán – Tin xây dựng ngân hàng câu hỏi trắc nghiệm, hoàn thành trong Học kỳ I.", "trong Học kỳ I"),
    ("- Thí điểm với môn Tiếng Anh khối 10 trong Học kỳ II.", "trong Học kỳ II"),
    ("- Giáo viên chủ nhiệm hoàn thành nhận xét, ký số học bạ vào cuối năm học.", "vào cuối năm học"),
])
def test_the_school_calendar(tmp_path, sentence, anchor):
    row = only(deadlines(tmp_path, sentence, year=2025))
    assert (row.text, row.kind, row.year, row.recurrence) == (anchor, "timeframe", None, None)


@pytest.mark.parametrize("sentence", [
    # a review named by the term, not a time
    "- Sơ kết Học kỳ I, đánh giá kết quả thực hiện Kế hoạch.",
    # the year of a heading of targets
    "2. Chỉ tiêu cụ thể đến cuối năm học 2025 - 2026\n- 100% giáo viên sử dụng sổ điểm điện tử.",
    "2. Mục tiêu cụ thể\na) Đến hết năm 2025\n\n- Tỷ lệ dân số nông thôn được sử dụng nước sạch đạt 70%.",
    # the occasion a campaign is named by
    "Tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự đợt cao điểm cuối năm 2025 và Tết Nguyên đán.",
    "Tăng cường bảo đảm an toàn giao thông dịp cuối năm 2025 và Tết Nguyên đán.",
    # a sentence that tells how things stand in the plan's year
    "Năm 2025, tình hình an ninh, trật tự trên địa bàn tỉnh cơ bản ổn định.",
    # `hằng năm` of a sum of money before its purpose
    "- Bố trí vốn đầu tư công trung hạn và kinh phí sự nghiệp hằng năm để thực hiện Kế hoạch.",
])
def test_not_deadlines_of_round_8(tmp_path, sentence):
    assert deadlines(tmp_path, sentence, year=2025) == []


def test_a_heading_year_over_work_is_a_time(tmp_path):
    row = only(deadlines(tmp_path, "a) Đến hết năm 2025\n- Hoàn thành việc sắp xếp các đơn vị sự nghiệp.", year=2025))
    assert (row.text, row.kind, row.year) == ("Đến hết năm 2025", "timeframe", 2025)


def test_every_week(tmp_path):
    rows = deadlines(tmp_path, "1. Đoàn Thanh niên chủ trì tổ chức các lớp tại nhà văn hóa vào tối thứ Bảy hằng tuần; "
                               "phối hợp với các trường học.\n")
    assert [(r.text, r.kind) for r in rows] == [("thứ Bảy hằng tuần", "recurring")]


# -- round 10 ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence,anchor", [
    ("1. Số hóa dữ liệu hộ tịch.\nThời gian thực hiện: tháng 3/2026 đến tháng 11/2026.", "tháng 3/2026 đến tháng 11/2026"),
    ("1. Số hóa dữ liệu hộ tịch trong tháng 3/2026 - tháng 5/2026.", "trong tháng 3/2026 - tháng 5/2026"),
])
def test_months_from_and_to_without_tu_are_one_period(tmp_path, sentence, anchor):
    row = only(deadlines(tmp_path, sentence))
    assert (row.text, row.kind, row.year) == (anchor, "timeframe", 2026)


def test_data_provided_every_quarter(tmp_path):
    row = only(deadlines(tmp_path, "1. Bảo hiểm xã hội tỉnh\n- Cung cấp số liệu học sinh tham gia BHYT cho Sở "
                                   "Giáo dục và Đào tạo hằng quý."))
    assert (row.text, row.kind, row.recurrence) == ("hằng quý", "recurring", "quarterly")
    assert deadlines(tmp_path, "1. Sở Tài chính\n- Cung cấp thông tin về mức trợ cấp hằng quý.") == []


# -- round 11 -------------------------------------------------------------------------

def test_days_before_an_event_are_a_deadline(tmp_path):
    row = only(deadlines(tmp_path, "c) Việc gia hạn thời hạn giải quyết phải được đề xuất chậm nhất 05 ngày trước khi "
                                   "hết thời hạn, không để quá hạn."))
    assert (row.text, row.kind, row.date, row.day) == ("chậm nhất 05 ngày", "deadline", None, None)
    # a span of days to work in is no deadline
    assert deadlines(tmp_path, "c) Tổ chức kiểm tra trong 05 ngày trước khi hết thời hạn.") == []


def test_a_school_term_after_a_time_label(tmp_path):
    row = only(deadlines(tmp_path, "1. Tổ chức hội thảo khoa học về chuyển đổi số.\nThời gian: học kỳ II năm học "
                                   "2025-2026."))
    assert (row.text, row.kind) == ("học kỳ II", "timeframe")
    # a review of a term is not a time
    assert deadlines(tmp_path, "1. Sơ kết học kỳ II, đánh giá kết quả.") == []


# -- round 12 -------------------------------------------------------------------------

def test_a_first_day_that_leaves_month_and_year_to_the_last(tmp_path):
    row = only(deadlines(tmp_path, "- UBND thị trấn vận động nhân dân treo cờ Tổ quốc từ ngày 13 - 16/3/2025.",
                         year=2025))
    assert (row.text, row.kind, row.date, row.year, row.month, row.day) == (
        "từ ngày 13 - 16/3/2025", "timeframe", None, 2025, 3, None)


def test_the_hour_and_day_an_event_starts(tmp_path):
    row = only(deadlines(tmp_path, "1. Thời gian: Lễ hội diễn ra trong 03 ngày; khai mạc chính thức vào 08h30 "
                                   "ngày 16/3/2025.", year=2025))
    assert (row.text, row.kind, row.date) == ("vào 08h30 ngày 16/3/2025", "timeframe", dt.date(2025, 3, 16))


def test_work_done_every_year(tmp_path):
    row = only(deadlines(tmp_path, "- Bảo đảm chế độ cho Dân quân tự vệ; thực hiện hằng năm theo kế hoạch dự toán "
                                   "ngân sách được giao."))
    assert (row.text, row.kind, row.recurrence) == ("hằng năm", "recurring", "yearly")
    # the results of a year's work are no time
    assert deadlines(tmp_path, "- Tổng hợp kết quả thực hiện hằng năm của các đơn vị.") == []


def test_a_year_whose_items_carry_their_months(tmp_path):
    rows = deadlines(tmp_path, "- Mỗi năm tổ chức tối thiểu 03 đợt chiến dịch trên toàn xã. Năm 2026: đợt 1 trong "
                               "tháng 4/2026, đợt 2 trong tháng 7/2026.")
    assert [(r.text, r.month) for r in rows] == [("trong tháng 4/2026", 4), ("trong tháng 7/2026", 7)]


def test_a_meeting_named_by_how_often_is_no_time(tmp_path):
    assert deadlines(tmp_path, "- Đưa nội dung phòng, chống dịch vào chương trình giao ban hằng tháng của Ủy ban "
                               "nhân dân xã.") == []
    row = only(deadlines(tmp_path, "- Ủy ban nhân dân xã tổ chức giao ban hằng tháng."))
    assert (row.text, row.recurrence) == ("hằng tháng", "monthly")


# -- round 13: weekly work, a span of two days, a school year, `công khai hằng tháng` --

@pytest.mark.parametrize("sentence, text", [
    ("- Phối hợp với Sở Tài chính đối chiếu số liệu; gửi số liệu giải ngân về Sở Tài chính hằng tuần vào thứ Sáu.",
     "hằng tuần vào thứ Sáu"),
    ("- Tổ chức kiểm tra liên ngành hằng tuần; kiểm tra đột xuất vào ban đêm, ngày lễ, Tết.", "hằng tuần"),
    ("- Tổ chức ra quân “Ngày Chủ nhật xanh” hằng tuần tại các tuyến đường đăng ký ra mắt.", "hằng tuần"),
    ("- Lập sổ theo dõi từng điểm vi phạm; báo cáo kết quả về Phòng Kinh tế, Hạ tầng và Đô thị hằng tuần "
     "(sáng thứ Hai).", "hằng tuần"),
])
def test_weekly_work_recurs_with_no_recurrence_value(tmp_path, sentence, text):
    row = only(deadlines(tmp_path, sentence))
    assert (row.text, row.kind, row.recurrence, row.rule_id) == (text, "recurring", None, "recurring.weekly")


@pytest.mark.parametrize("sentence", [
    "- Văn phòng xây dựng lịch công tác hằng tuần của Ủy ban nhân dân tỉnh.",
    "- Phấn đấu 85% hộ gia đình tự kiểm tra, diệt lăng quăng hằng tuần.",
])
def test_weekly_as_a_nouns_kind_or_a_targets_habit_is_no_time(tmp_path, sentence):
    assert [r.text for r in deadlines(tmp_path, sentence) if r.rule_id == "recurring.weekly"] == []


def test_a_weekday_before_every_week_keeps_its_own_rule(tmp_path):
    row = only(deadlines(tmp_path, "- Đoàn Thanh niên tổ chức các lớp tại nhà văn hóa vào tối thứ Bảy hằng tuần."))
    assert (row.text, row.rule_id) == ("thứ Bảy hằng tuần", "recurring.day_of_period")


def test_publishing_every_month_recurs(tmp_path):
    row = only(deadlines(tmp_path, "- Chủ trì xây dựng bảng xếp hạng giải ngân của các chủ đầu tư, công khai hằng "
                                   "tháng trên Cổng thông tin điện tử tỉnh."))
    assert (row.text, row.kind, row.recurrence) == ("hằng tháng", "recurring", "monthly")


def test_two_days_of_one_month_opening_a_programme_line_are_a_span(tmp_path):
    rows = deadlines(tmp_path, "4.1. Lịch thi\n- Ngày 10/6/2026: thí sinh làm thủ tục dự thi.\n"
                               "- Ngày 11-12/6/2026: tổ chức thi các môn (môn Ngữ văn, Toán).\n")
    assert [(r.text, r.kind, r.date, r.year, r.month, r.day) for r in rows] == [
        ("Ngày 10/6/2026", "timeframe", dt.date(2026, 6, 10), 2026, 6, 10),
        ("Ngày 11-12/6/2026", "timeframe", None, 2026, 6, None),
    ]


def test_work_in_a_school_year_is_a_timeframe_with_no_single_year(tmp_path):
    row = only(deadlines(tmp_path, "c) Phòng Giáo dục và Đào tạo phối hợp với Công an huyện tổ chức các buổi ngoại "
                                   "khóa chuyên đề trong năm học 2025 - 2026.", year=2025))
    assert (row.text, row.kind, row.year, row.rule_id) == ("trong năm học 2025 - 2026", "timeframe", None,
                                                           "timeframe.in_school_year")


# -- round 14 ------------------------------------------------------------------------

def test_two_months_joined_by_a_dash_are_one_period(tmp_path):
    row = only(deadlines(tmp_path, "- Tổ chức tiêm bổ sung vắc xin sởi tại các xã có nguy cơ cao trong tháng 4 – "
                                   "tháng 5/2026."))
    assert (row.text, row.kind, row.year) == ("trong tháng 4 – tháng 5/2026", "timeframe", 2026)


def test_a_section_on_how_things_stood_has_no_deadlines(tmp_path):
    body = ("1. Tình hình dịch bệnh\nViệc sắp xếp Trạm Y tế làm gián đoạn giám sát trong tháng 7 - tháng 8/2025; "
            "tay chân miệng thường tăng vào tháng 3 - 5 hằng năm.\n"
            "II. TỔ CHỨC THỰC HIỆN\nCác đơn vị báo cáo kết quả trước ngày 15/6/2026.")
    rows = parse_plan_text(tmp_path, HEADER.format(year=2026).replace("I. MỤC ĐÍCH, YÊU CẦU", "I. TÌNH HÌNH DỊCH BỆNH "
                                                                      "NĂM 2025") + body + FOOTER)["deadlines"]
    assert [r.text for r in rows] == ["trước ngày 15/6/2026"]


def test_a_second_day_after_before_the_day(tmp_path):
    rows = deadlines(tmp_path, "- Báo cáo kết quả thực hiện về UBND huyện trước ngày 05/6 và ngày 05/12 hằng năm để "
                               "tổng hợp.")
    assert [(r.text, r.kind, r.month, r.day, r.recurrence) for r in rows] == [
        ("trước ngày 05/6", "deadline", 6, 5, "yearly"), ("ngày 05/12 hằng năm", "deadline", 12, 5, "yearly")]


def test_every_month_after_an_adverb_of_the_work(tmp_path):
    row = only(deadlines(tmp_path, "- Triển khai tiêm chủng thường xuyên hằng tháng tại 96 Trạm Y tế xã, phường."))
    assert (row.text, row.kind, row.recurrence) == ("hằng tháng", "recurring", "monthly")
    assert deadlines(tmp_path, "- Kinh phí từ dự toán chi thường xuyên hằng năm của ngành Y tế.") == []


def test_a_year_with_an_estimate_is_the_targets(tmp_path):
    assert deadlines(tmp_path, "* Năm 2026, đón 1.050.000 lượt khách, trong đó khách quốc tế khoảng 180.000 lượt.") == []


@pytest.mark.parametrize("sentence,kept", [
    # the period a report or review covers, or whose work is meant, is no time for the work
    ("- Sơ kết công tác thanh niên quý I, xây dựng kế hoạch hoạt động hè năm 2026.", []),
    ("- Sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026; báo cáo UBND tỉnh trước "
     "ngày 15/6/2026.", ["trước ngày 15/6/2026"]),
    ("1. Bảo hiểm xã hội các khu vực báo cáo kết quả thực hiện 6 tháng đầu năm trước ngày 05/7/2026.",
     ["trước ngày 05/7/2026"]),
    # a time word before the period keeps it
    ("- Báo cáo kết quả trong quý I/2026.", ["trong quý I/2026"]),
    ("- Tổ chức kiểm tra trong 6 tháng cuối năm 2026.", ["trong 6 tháng cuối năm 2026"]),
])
def test_the_period_reported_on_is_no_deadline(tmp_path, sentence, kept):
    assert [r.text for r in deadlines(tmp_path, sentence)] == kept


def test_two_quarters_joined_by_and_are_one_timeframe(tmp_path):
    row = only(deadlines(tmp_path, "- Thanh tra công vụ (Cơ quan chủ trì: Sở Nội vụ; thời gian: Quý III và "
                                   "Quý IV/2025).", year=2025))
    assert (row.text, row.kind, row.year) == ("Quý III và Quý IV/2025", "timeframe", 2025)


def test_a_day_of_every_month_written_first(tmp_path):
    row = only(deadlines(tmp_path, "1. Tổ chức buổi tiêm chủng cố định tại Trạm Y tế vào ngày 10 hằng tháng; "
                                   "các thôn tổ chức điểm tiêm ngoài trạm."))
    assert (row.text, row.kind, row.day, row.recurrence) == ("ngày 10 hằng tháng", "recurring", 10, "monthly")


def test_a_meeting_closed_by_its_repetition(tmp_path):
    row = only(deadlines(tmp_path, "1. Phó Trưởng Ban thường trực chủ trì họp Tổ giúp việc hằng quý."))
    assert (row.text, row.kind, row.recurrence) == ("hằng quý", "recurring", "quarterly")
    assert not deadlines(tmp_path, "1. Chi trả trợ cấp sinh hoạt hằng tháng.")


def test_the_half_year_a_thing_is_for_is_no_time(tmp_path):
    """`cho 6 tháng cuối năm` names what the measures are for, not when work is due."""
    rows = deadlines(tmp_path, "b) Tổ chức đánh giá kết quả thu 6 tháng đầu năm, hoàn thành trước ngày 15/7/2026;\n"
                               "trên cơ sở đó điều chỉnh biện pháp điều hành cho 6 tháng cuối năm.")
    assert [(r.text, r.kind) for r in rows] == [("hoàn thành trước ngày 15/7/2026", "deadline")]
    row = only(deadlines(tmp_path, "1. Tập trung thực hiện các nhiệm vụ trọng tâm trong 6 tháng cuối năm 2026."))
    assert (row.text, row.kind, row.year) == ("trong 6 tháng cuối năm 2026", "timeframe", 2026)


def test_due_before_a_year(tmp_path):
    """`trước năm 2029` is a year to be done by; one before the plan is history."""
    row = only(deadlines(tmp_path, "b) Cải tạo các bãi chôn lấp; đóng cửa toàn bộ bãi chôn lấp tự phát trước năm 2029."))
    assert (row.text, row.kind, row.year) == ("trước năm 2029", "deadline", 2029)
    assert deadlines(tmp_path, "1. Chăm lo cán bộ hoạt động cách mạng trước năm 1945.") == []


def test_a_year_opening_targets_across_semicolons_is_no_time(tmp_path):
    """`- Năm 2024, … đón 120.000 lượt khách; trong đó … đạt khoảng 30.000 lượt`: the
    year opens a sentence of targets (the target stands in its second clause)."""
    assert deadlines(tmp_path, "- Năm 2026, toàn huyện đón 120.000 lượt khách, doanh thu 45 tỷ đồng; trong đó "
                               "khách lưu trú đạt khoảng 30.000 lượt.") == []
    row = only(deadlines(tmp_path, "- Năm 2026, tổ chức tập huấn cho cán bộ xã; trong đó ưu tiên xã vùng cao."))
    assert (row.text, row.kind, row.year) == ("Năm 2026", "timeframe", 2026)


def test_ongoing_within_a_year_is_one_timeframe(tmp_path):
    row = only(deadlines(tmp_path, "- Phòng Văn hóa chủ trì thực hiện; thời gian thực hiện: thường xuyên trong năm 2026."))
    assert (row.text, row.kind, row.year) == ("trong năm 2026", "timeframe", 2026)
    row = only(deadlines(tmp_path, "- Phòng Văn hóa chủ trì thực hiện; thời gian thực hiện: thường xuyên."))
    assert (row.text, row.kind, row.year) == ("thường xuyên", "timeframe", None)


def test_a_time_in_the_title_of_a_cited_document_is_none(tmp_path):
    """`…; Kế hoạch số 05-KH/TU … về … trong năm 2026;` names what the cited plan is about;
    a plan sentence opened by a citation keeps its time (it ends in a full stop)."""
    assert deadlines(tmp_path, "Căn cứ Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị;\nKế hoạch số 05-KH/TU, "
                               "ngày 18/7/2025 của Ban Thường vụ Tỉnh ủy về quán triệt, triển khai thực\nhiện các nghị "
                               "quyết của Bộ Chính trị trong năm 2026; Nghị quyết Đại hội đại biểu Đảng bộ tỉnh,\n"
                               "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:") == []
    row = only(deadlines(tmp_path, "- Thực hiện Kế hoạch số 05-KH/TU, Sở Y tế hoàn thành rà soát trong năm 2026."))
    assert (row.text, row.kind, row.year) == ("trong năm 2026", "timeframe", 2026)


def test_the_hour_and_day_an_event_starts_and_the_day_named_after_an_event(tmp_path):
    row = only(deadlines(tmp_path, "- Chương trình nghệ thuật chào Xuân được tổ chức từ 22 giờ 00 ngày 16/02/2026 "
                                   "(đêm Giao thừa) tại Quảng trường."))
    assert (row.text, row.kind, row.date) == ("từ 22 giờ 00 ngày 16/02/2026", "timeframe", dt.date(2026, 2, 16))
    row = only(deadlines(tmp_path, "Mở chuyên trang; tường thuật trực tiếp Lễ mít tinh ngày 29/4/2026."))
    assert (row.text, row.kind, row.date) == ("ngày 29/4/2026", "timeframe", dt.date(2026, 4, 29))
    # a historical day kept in a name, a day a document was signed: none
    assert deadlines(tmp_path, "- Tuyên truyền kỷ niệm 51 năm Ngày Giải phóng miền Nam 30/4/1975; Lễ kỷ niệm ngày 30/4.") == []


def test_two_months_sharing_a_year_after_a_dash(tmp_path):
    row = only(deadlines(tmp_path, "đ) Kiểm tra quảng cáo thuốc trên môi trường mạng; thời gian thực hiện Tháng 5 - 6/2026."))
    assert (row.text, row.kind, row.year) == ("Tháng 5 - 6/2026", "timeframe", 2026)


def test_the_school_year_a_change_applies_from(tmp_path):
    row = only(deadlines(tmp_path, "- Ban hành Thông tư để áp dụng từ năm học 2026 - 2027."))
    assert (row.text, row.kind) == ("từ năm học 2026 - 2027", "timeframe")
    row = only(deadlines(tmp_path, "c) Bố trí đủ giáo viên. Thời gian thực hiện: năm học 2026 - 2027."))
    assert (row.text, row.kind) == ("năm học 2026 - 2027", "timeframe")
    # a plan named by its school year gives no time
    assert deadlines(tmp_path, "- Xây dựng kế hoạch dạy học của nhà trường năm học 2026 - 2027.") == []


def test_the_year_of_a_herd_is_the_targets_year(tmp_path):
    assert deadlines(tmp_path, "Đến hết năm 2026, tổng đàn lợn 12.000 con; đàn trâu, bò 2.650 con.") == []


def test_a_phase_until_a_day_is_a_deadline(tmp_path):
    rows = deadlines(tmp_path, "c) Tiến độ theo đợt:\n"
                               "- Đợt 1: đến 30/6/2026 hoàn thành 2.150 căn (ưu tiên các hộ bị sập);\n"
                               "- Đợt 2: đến 31/10/2026 hoàn thành 1.320 căn còn lại.")
    assert [(r.text, r.kind, r.date) for r in rows] == [
        ("đến 30/6/2026", "deadline", dt.date(2026, 6, 30)), ("đến 31/10/2026", "deadline", dt.date(2026, 10, 31))]


def test_until_a_day_in_a_span_or_a_target_clause_is_no_deadline(tmp_path):
    rows = deadlines(tmp_path, "- Thực hiện từ 01/7/2026 đến 30/9/2026 hoàn thành việc rà soát.\n"
                               "+ Đến ngày 31/3/2026 giải ngân đạt tối thiểu 20% kế hoạch vốn.\n"
                               "- Số liệu báo cáo tính đến ngày 31/12/2025.")
    assert not [r for r in rows if r.kind == "deadline"], [r.text for r in rows]


def test_a_year_leading_houses_to_build_is_the_targets_year(tmp_path):
    rows = deadlines(tmp_path, "a) Trong năm 2026, hỗ trợ xây mới, sửa chữa 3.470 căn nhà, trong đó: xây mới 2.280 căn.")
    assert not rows, [r.text for r in rows]


def test_a_day_named_with_its_weekday_and_the_hours_of_voting_are_timeframes(tmp_path):
    rows = deadlines(tmp_path, "- Ngày bầu cử: Chủ nhật, ngày 15/3/2026.\n"
                               "- Thời gian bỏ phiếu: từ 7 giờ đến 19 giờ; Tổ bầu cử thông báo"
                               " chậm nhất 10 ngày trước ngày bầu cử.")
    assert [(r.text, r.kind, r.date) for r in rows] == [
        ("Chủ nhật, ngày 15/3/2026", "timeframe", dt.date(2026, 3, 15)), ("từ 7 giờ đến 19 giờ", "timeframe", None),
        ("chậm nhất 10 ngày", "deadline", None)]


def test_not_a_day_of_work_an_ordinal_or_hours_of_a_dated_span(tmp_path):
    rows = deadlines(tmp_path, "- Hội nghị lần thứ năm, ngày 12/3/2026 đã thống nhất.\n"
                               "- Niêm yết từ 7 giờ ngày 18/02/2026 đến 7 giờ ngày 14/3/2026.")
    assert not [r for r in rows if r.rule_id in ("timeframe.weekday_day", "timeframe.hour_range")], [r.text for r in rows]


def test_a_daily_round_recurs_with_no_recurrence_of_the_contract(tmp_path):
    row = only(deadlines(tmp_path, "- Đài Khí tượng cung cấp số liệu khí tượng định kỳ hằng ngày cho Chi cục Kiểm lâm."))
    assert (row.text, row.kind, row.recurrence) == ("định kỳ hằng ngày", "recurring", None)


def test_a_school_term_with_its_date_in_brackets_gives_the_date(tmp_path):
    rows = deadlines(tmp_path, "+ Sở Giáo dục và Đào tạo tổ chức ký cam kết cho học sinh, phụ huynh vào đầu năm học"
                               " mới (trong tháng 9/2026).")
    assert [(r.text, r.month) for r in rows] == [("trong tháng 9/2026", 9)]


def test_not_a_timeframe_the_hours_of_a_patrol_window(tmp_path):
    rows = deadlines(tmp_path, "3.2. Công an các xã chủ động tuần tra, tập trung vào khung giờ từ 18 giờ đến 02 giờ"
                               " sáng hôm sau và các ngày cuối tuần.")
    assert not [r for r in rows if r.rule_id == "timeframe.hour_range"], [r.text for r in rows]


def test_not_a_timeframe_the_year_of_a_national_commitment(tmp_path):
    rows = deadlines(tmp_path, "- Góp phần giảm phát thải khí nhà kính và thực hiện cam kết của Việt Nam về đưa"
                               ' mức phát thải ròng về "0" vào năm 2050.')
    assert not [r for r in rows if r.year == 2050], [r.text for r in rows]


@pytest.mark.parametrize("line, date", [
    ("- Giải Ba môn phối hợp Ironman 70.3 Việt Nam: ngày 10/5/2026.", dt.date(2026, 5, 10)),
    ("- Chương trình Countdown chào năm mới 2027: đêm 31/12/2026.", dt.date(2026, 12, 31)),
    ("- Chương trình nghệ thuật và bắn pháo hoa chào đón Tết Nguyên đán Bính Ngọ: đêm Giao thừa ngày 16/02/2026 "
     "tại Công viên Biển Đông.", dt.date(2026, 2, 16)),
])
def test_the_day_of_an_event_in_a_calendar_is_a_timeframe(tmp_path, line, date):
    row = only(deadlines(tmp_path, "II. LỊCH SỰ KIỆN\n" + line + "\n"))
    assert (row.kind, row.date) == ("timeframe", date)


def test_not_a_timeframe_a_long_label_without_a_day(tmp_path):
    rows = deadlines(tmp_path, "II. NHIỆM VỤ\n- Giải Ba môn phối hợp Ironman 70.3 Việt Nam: tổ chức vào 10/5/2026.\n")
    assert [r.kind for r in rows if r.rule_id == "timeframe.label_date"] == []


@pytest.mark.parametrize("line, day", [
    ("- Tổ chức Hội nghị báo cáo viên cấp tỉnh hằng tháng; cung cấp thông tin về chính sách.", None),
    ("- Chỉ đạo, hỗ trợ Trạm Y tế xã tổ chức buổi tiêm chủng hằng tháng; bố trí kíp cấp cứu.", None),
    ("- Cộng tác viên dư luận xã hội báo cáo tình hình hằng tháng về Ban Tuyên giáo.", None),
    ("- Trạm Y tế tổ chức buổi tiêm chủng ngày 25 hằng tháng bảo đảm an toàn, hiệu quả.", 25),
])
def test_a_clause_repeated_every_month(tmp_path, line, day):
    row = only(deadlines(tmp_path, "II. NHIỆM VỤ\n" + line + "\n"))
    assert (row.kind, row.recurrence, row.day) == ("recurring", "monthly", day)


def test_the_whole_of_a_named_year_is_a_timeframe(tmp_path):
    row = only(deadlines(tmp_path, "II. NHIỆM VỤ\n- Xây dựng kế hoạch tuyên truyền chi tiết, thực hiện Cả năm 2026.\n"))
    assert (row.kind, row.year) == ("timeframe", 2026)


def test_periodic_before_a_weekly_hour_is_one_row(tmp_path):
    rows = deadlines(tmp_path, "II. NHIỆM VỤ\n- Định kỳ vào 16 giờ 00 thứ Sáu hằng tuần tổng hợp, báo cáo tiến độ về UBND xã.\n")
    assert [r.text for r in rows if r.text.strip().lower() == "định kỳ"] == [], [r.text for r in rows]
    assert rows


def test_not_a_monthly_day_the_hour_of_a_monthly_deadline(tmp_path):
    row = only(deadlines(tmp_path, "II. NHIỆM VỤ\n- Báo cáo kết quả trước 16 giờ 00 ngày 20 hằng tháng về Công an tỉnh.\n"))
    assert (row.kind, row.day) == ("deadline", 20)


def test_an_events_day_after_its_length_and_days_before_it(tmp_path):
    """`Thời gian: 01 ngày, ngày 20/5/2026` gives the event's day, not its length;
    `trước 10 ngày tổ chức` is due a number of days before the event (no date)."""
    rows = deadlines(tmp_path, "III. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: 01 ngày, ngày 20/5/2026 (thứ Tư).\n"
                               "2. Văn phòng Sở in và gửi giấy mời đại biểu trước 10 ngày tổ chức; bố trí hội trường.\n")
    assert [(r.text, r.kind, r.date) for r in rows] == [
        ("20/5/2026", "timeframe", dt.date(2026, 5, 20)),
        ("trước 10 ngày", "deadline", None),
    ]
    assert not deadlines(tmp_path, "- Ngày hội tổ chức 10 ngày; mỗi ngày 02 buổi.\n")


def test_terms_counted_from_an_event_and_the_days_of_an_exam(tmp_path):
    """`trong thời hạn 30 ngày kể từ ngày …` is due a term after an event (no date);
    an exam day after its label, expected (`dự kiến ngày 25/4/2026`) or over two days
    (`ngày 16-17/5/2026`: month and year, no day), and a campaign's `ra quân ngày …`
    are when the work takes place; `trong 30 ngày` alone is a duration."""
    rows = deadlines(tmp_path, (
        "1. Đơn vị đề xuất phương án xử lý trong thời hạn 30 ngày kể từ ngày kết thúc kiểm kê.\n"
        "2. Lịch thi\n- Tổ chức thi vòng 1: dự kiến ngày 25/4/2026 tại Trường Cao đẳng Kỹ thuật.\n"
        "- Tổ chức thi vòng 2: ngày 16-17/5/2026.\n"
        "- Đợt 1: ra quân ngày 15/3/2026 (Chủ nhật).\n"
        "3. Hoàn thiện hồ sơ trong 30 ngày.\n"))
    assert [(r.text, r.kind, r.date, r.year, r.month, r.day) for r in rows] == [
        ("trong thời hạn 30 ngày", "deadline", None, None, None, None),
        ("25/4/2026", "timeframe", dt.date(2026, 4, 25), 2026, 4, 25),
        ("16-17/5/2026", "timeframe", None, 2026, 5, None),
        ("ngày 15/3/2026", "timeframe", dt.date(2026, 3, 15), 2026, 3, 15),
    ]


def test_the_year_a_ratio_is_raised_by_is_the_targets(tmp_path):
    """`nâng tỷ lệ … lên 1,4 … vào cuối năm 2026`: the year is the target's, no deadline."""
    assert not deadlines(tmp_path, (
        "- Góp phần nâng tỷ lệ giáo viên/lớp cấp tiểu học lên 1,4 và cấp THCS lên 1,8 vào cuối năm 2026.\n"))
    assert only(deadlines(tmp_path, "- Tăng lên 2 lần vào cuối năm 2026.\n")).year == 2026


def test_the_quarter_whose_budget_is_published_is_no_time(tmp_path):
    """`Công khai tình hình thực hiện dự toán ngân sách quý I, 6 tháng` names the
    period reported on; the time is the term after its end."""
    rows = deadlines(tmp_path, (
        "b) Công khai tình hình thực hiện dự toán ngân sách quý I, 6 tháng, 9 tháng: chậm nhất 15 ngày "
        "kể từ ngày kết thúc quý và 6 tháng.\n"))
    assert [(r.text, r.kind) for r in rows] == [("chậm nhất 15 ngày", "deadline")]


def test_a_schedule_by_bare_month_gives_each_month(tmp_path):
    """`+ Tháng 4: …` under `Quý II:` is when that item is done; a pair of months is a
    span with no month."""
    rows = deadlines(tmp_path, (
        "Quý II:\n"
        "+ Tháng 4: Giám sát chuyên đề Chi bộ thôn Thọ Đoài.\n"
        "+ Tháng 02 và tháng 3: Tổng hợp, rà soát chương trình kiểm tra.\n"
        "Tháng 4, Ủy ban Kiểm tra đã kiểm tra 02 chi bộ.\n"))
    got = [(r.text, r.kind, r.month) for r in rows]
    assert ("Tháng 4", "timeframe", 4) in got
    pair = [r for r in rows if r.text == "Tháng 02 và tháng 3"]
    assert len(pair) == 1 and pair[0].month is None
    assert [r.text for r in rows].count("Tháng 4") == 1
    # (a term named in the item is still no time: round 8's `Sơ kết Học kỳ I`)
    assert [r.text for r in deadlines(tmp_path, "- Tháng 01: Sơ kết Học kỳ I, đánh giá kết quả.\n")] == ["Tháng 01"]


def test_a_term_to_report_within_is_a_deadline(tmp_path):
    """`báo cáo Chi cục … trong vòng 10 ngày.` is a term to report by; a training's
    length is not."""
    row = only(deadlines(tmp_path, (
        "- Kết thúc mỗi đợt tiêm, các Trạm tổng hợp kết quả báo cáo Chi cục Chăn nuôi và Thú y trong vòng 10 ngày.\n")))
    assert (row.text, row.kind) == ("trong vòng 10 ngày", "deadline")
    assert not deadlines(tmp_path, "- Tổ chức tập huấn cho thú y viên trong vòng 03 ngày.\n")


def test_a_pair_of_quarters_with_a_comma_is_one_span(tmp_path):
    row = only(deadlines(tmp_path, "- Thời gian: Quý II, Quý III/2026.\n"))
    assert (row.text, row.kind, row.year) == ("Quý II, Quý III/2026", "timeframe", 2026)


def test_a_review_of_the_half_year_is_no_time(tmp_path):
    """`Sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm` names the period reviewed."""
    assert not deadlines(tmp_path, "+ Sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm.\n")


def test_days_before_a_council_meeting(tmp_path):
    """`chậm nhất 20 ngày trước phiên họp …` is due before an event with no date."""
    row = only(deadlines(tmp_path, (
        "Cơ quan chủ trì soạn thảo phải gửi hồ sơ đến Sở Tư pháp thẩm định chậm nhất 20 ngày "
        "trước phiên họp thường lệ của HĐND tỉnh.\n")))
    assert (row.kind, row.date) == ("deadline", None)
    assert row.text.startswith("chậm nhất 20 ngày")


def test_the_day_of_an_occasion_in_brackets(tmp_path):
    """`nhân Ngày Quốc tế Người cao tuổi (01/10)` says when the visits take place; a Day
    only named is no time of the work."""
    row = only(deadlines(tmp_path, (
        "c) Thăm hỏi, tặng quà người cao tuổi nhân Ngày Quốc tế Người cao tuổi (01/10); "
        "vận động các doanh nghiệp ủng hộ Quỹ.\n"
        "d) Ngày Quốc tế Người cao tuổi (01/10) là dịp tôn vinh người cao tuổi.\n")))
    assert (row.text, row.kind, str(row.date)) == ("(01/10)", "timeframe", "2026-10-01")


def test_a_days_date_before_the_works_own_time_is_no_time(tmp_path):
    """`nhân kỷ niệm Ngày Hợp tác xã Việt Nam (11/4) trong tháng 4/2026`: the bracket dates
    the Day; the work is timed by `trong tháng 4/2026`."""
    row = only(deadlines(tmp_path, (
        "- Tổ chức Hội nghị tôn vinh hợp tác xã tiêu biểu nhân kỷ niệm Ngày Hợp tác xã "
        "Việt Nam (11/4) trong tháng 4/2026.\n")))
    assert (row.text, row.kind, row.month) == ("trong tháng 4/2026", "timeframe", 4)


def test_the_day_a_body_stopped_working_is_no_time(tmp_path):
    """`Công an cấp huyện kết thúc hoạt động từ ngày 01/3/2025` is a fact, not work's time."""
    assert not deadlines(tmp_path, (
        "Tổ chức bộ máy theo mô hình 3 cấp (Công an cấp huyện kết thúc hoạt động từ ngày "
        "01/3/2025).\n"), year=2025)


def test_the_year_of_net_zero_is_a_target_year(tmp_path):
    """`thực hiện mục tiêu phát thải ròng bằng "0" vào năm 2050`: the target's year."""
    assert not deadlines(tmp_path, (
        "Góp phần cùng cả nước thực hiện mục tiêu phát thải ròng bằng \"0\" vào năm 2050.\n"))


def test_within_a_day_is_a_deadline(tmp_path):
    """`hoàn thành trong ngày 18/11/2025`: to be done by that day's end."""
    row = only(deadlines(tmp_path, "- Bố trí chỗ ở tạm cho các hộ, hoàn thành trong ngày 18/11/2025.", year=2025))
    assert (row.text, row.kind, row.date) == ("trong ngày 18/11/2025", "deadline", dt.date(2025, 11, 18))


def test_within_days_is_no_dated_deadline(tmp_path):
    rows = deadlines(tmp_path, "- Thu gom bùn đất trong 03 ngày kể từ khi nước rút.")
    assert not [r for r in rows if r.kind == "deadline"]


def test_the_night_of_a_day_is_a_timeframe(tmp_path):
    row = only(deadlines(tmp_path, "- Thời gian: ngay trong đêm 17/11/2025 và các ngày tiếp theo.", year=2025))
    assert (row.text, row.kind, row.date) == ("ngay trong đêm 17/11/2025", "timeframe", dt.date(2025, 11, 17))


def test_data_provided_monthly_to_a_body_is_recurring(tmp_path):
    row = only(deadlines(tmp_path, "Phối hợp với các sở; cung cấp số liệu kim ngạch xuất nhập khẩu hằng tháng "
        "cho Ban Quản lý Khu kinh tế tỉnh."))
    assert (row.text, row.kind, row.recurrence) == ("hằng tháng", "recurring", "monthly")


@pytest.mark.parametrize("body, text, recurrence", [
    ("- a) Hội đồng KSNK kiểm tra toàn diện công tác KSNK tại các khoa 06 tháng/lần.", "06 tháng/lần",
     "half_yearly"),
    ("- Khoa KSNK giám sát tuân thủ vệ sinh tay hằng tháng tại tất cả các khoa lâm sàng theo bảng kiểm.",
     "hằng tháng", "monthly"),
    ("- Thực hiện giám sát hằng tháng các chỉ số vệ sinh tay, nhiễm khuẩn vết mổ.", "hằng tháng", "monthly"),
    ("- Khoa Xét nghiệm lấy mẫu nước, không khí, bề mặt khu phẫu thuật xét nghiệm vi sinh hằng quý.",
     "hằng quý", "quarterly"),
])
def test_how_often_the_work_is_done(tmp_path, body, text, recurrence):
    """`06 tháng/lần` is `6 tháng một lần`; supervising and testing are work done again and again."""
    row = only(deadlines(tmp_path, body + "\n"))
    assert (row.text, row.kind, row.recurrence) == (text, "recurring", recurrence)


@pytest.mark.parametrize("body", [
    "- Tổ chức kiểm tra 16 tháng/lần.",
    "- Hoàn thiện kế hoạch giám sát hằng năm tại các khoa.",
    "- Phổ biến kết quả giám sát hằng năm tại các khoa.",
])
def test_not_how_often(tmp_path, body):
    """`16 tháng/lần` is no repetition of ours; a plan's or results' `hằng năm` qualifies the noun."""
    assert not deadlines(tmp_path, body + "\n")


@pytest.mark.parametrize("sentence,anchor,kind,year,month,recurrence", [
    # a campaign day in quotes, held by the verb before it, every month (wrapped)
    ('- Đoàn Thanh niên xã chỉ đạo các chi đoàn ấp ra quân "Ngày thứ Bảy số" hằng\ntháng, hỗ trợ người dân '
     "sử dụng dịch vụ công trực tuyến.", "hằng\ntháng", "recurring", None, None, "monthly"),
    # the whole year, after the verb of the work: the plan's year
    ("4. Tuyển sinh trình độ sơ cấp, đào tạo thường xuyên: thực hiện cả năm, khai giảng theo lớp khi đủ học viên.",
     "cả năm", "timeframe", 2027, None, None),
    # a farm plan's crop seasons after a time label
    ("- Sở Nông nghiệp và Môi trường tập huấn cho nông dân. Thời gian: vụ Xuân\nvà vụ Mùa năm 2027.",
     "vụ Xuân\nvà vụ Mùa năm 2027", "timeframe", 2027, None, None),
    # months joined under the year the last one writes: one timeframe
    ("- Cử viên chức hỗ trợ phường tại các đợt cao điểm tháng 5 và tháng 9/2027.",
     "tháng 5 và tháng 9/2027", "timeframe", 2027, 9, None),
])
def test_times_round_37(tmp_path, sentence, anchor, kind, year, month, recurrence):
    row = next(r for r in deadlines(tmp_path, sentence, year=2027) if r.text == anchor)
    assert (row.kind, row.year, row.month, row.recurrence) == (kind, year, month, recurrence)


@pytest.mark.parametrize("sentence", [
    # a year that opens a quota of so many is the target's
    "Năm 2027, Nhà trường tuyển sinh tổng chỉ tiêu 1.850 học sinh, sinh viên, trong đó:",
    # a campaign's name alone says nothing of when
    '- Tiếp tục phát huy phong trào "Ngày thứ Bảy số" hằng tháng của Đoàn Thanh niên.',
    # the school year's whole, not the plan's
    "- Giáo viên thực hiện cả năm học theo kế hoạch giáo dục.",
])
def test_not_times_round_37(tmp_path, sentence):
    assert deadlines(tmp_path, sentence, year=2027) == []


def test_a_month_in_an_aside_in_brackets_does_not_borrow_the_next_months_year(tmp_path):
    rows = deadlines(tmp_path, "- Tổ trưởng báo cáo Chủ tịch Hội đồng trong thời gian cao điểm kiểm đếm (tháng 02 và "
                     "tháng 3/2026).")
    assert "tháng 02" not in [r.text for r in rows]


@pytest.mark.parametrize("sentence,anchor,kind,date,month,recurrence", [
    # a drill's main day and the day before, named with their calendar days
    ("- Thời gian: dự kiến Ngày N là ngày 15/9/2027 (thứ Tư); nếu thời tiết không thuận lợi thì lùi lại.",
     "ngày 15/9/2027", "timeframe", "2027-09-15", 9, None),
    ("- Ngày N-1 (ngày 14/9/2027): tổng duyệt toàn bộ nội dung diễn tập.",
     "ngày 14/9/2027", "timeframe", "2027-09-14", 9, None),
    # every day from a day on
    ("- Cung cấp bản tin dự báo, định kỳ 03 ngày/lần từ Ngày N-10 và hằng ngày từ Ngày N-3.",
     "hằng ngày", "recurring", None, None, None),
    # a week of every month
    ("- Tổ công tác họp giao ban vào tuần cuối cùng mỗi tháng, do lãnh đạo Sở làm Tổ phó.",
     "tuần cuối cùng mỗi tháng", "recurring", None, None, "monthly"),
    # a month and year opening a table cell after the cell of a dated deadline
    ("| 5 | Đường kết nối KCN | Ban QLDA | Hoàn thành đấu thầu; khởi công trước ngày 30/4/2027 "
     "| Tháng 12/2027 hoàn thành nền đường |",
     "Tháng 12/2027", "timeframe", None, 12, None),
])
def test_times_round_39(tmp_path, sentence, anchor, kind, date, month, recurrence):
    row = next(r for r in deadlines(tmp_path, sentence, year=2027) if r.text == anchor)
    assert (row.kind, row.date and row.date.isoformat(), row.month, row.recurrence) == (kind, date, month, recurrence)


@pytest.mark.parametrize("sentence", [
    # daily as a noun's kind
    "- Bảo đảm nước sinh hoạt hằng ngày từ nguồn nước sạch cho Nhân dân.",
    # a day's month, the line wrapped between them
    "- Tổ chức theo Quyết định số 12/QĐ-UBND ngày 05\ntháng 7 năm 2024 của UBND tỉnh.",
])
def test_not_times_round_39(tmp_path, sentence):
    assert [r.text for r in deadlines(tmp_path, sentence, year=2027)] == []


def test_lunar_days_take_the_solar_day_in_brackets(tmp_path):
    rows = deadlines(tmp_path, "- Thời gian: 7 giờ 30 phút, mùng 6 tháng Giêng năm Đinh Mùi (tức ngày 11/02/2027).\n"
                               "- Các thôn hoàn thành trồng cây phân tán trước Rằm tháng Giêng (ngày 20/02/2027).\n"
                               "- Các hộ cuốc hố, bón lót xong trước Tết Nguyên đán.", year=2027)
    got = sorted((r.kind, str(r.date)) for r in rows)
    assert got == [("deadline", "2027-02-20"), ("deadline", "None"), ("timeframe", "2027-02-11")]


def test_not_a_festival_deadline(tmp_path):
    assert not deadlines(tmp_path, "- Bảo đảm an ninh trật tự trước, trong và sau Tết Nguyên đán.")


def test_days_before_an_event_named_first(tmp_path):
    row = only(deadlines(tmp_path, "- Các đơn vị gửi báo cáo tự kiểm tra về Sở Nội vụ trước ngày kiểm tra 05 ngày làm việc."))
    assert (row.text, row.kind, row.date) == ("trước ngày kiểm tra 05 ngày làm việc", "deadline", None)


def test_schedule_table_cells(tmp_path):
    rows = deadlines(tmp_path, "| TT | Đơn vị | Thời gian | Ghi chú |\n|---|---|---|---|\n"
                               "| 1 | Sở Tài chính | Tuần 2 tháng 4/2027 | |\n"
                               "| 2 | Sở Xây dựng | ngày 22-23/4/2027 | Kiểm tra cả Lưu trữ |\n", year=2027)
    got = sorted((r.kind, r.year, r.month, r.day) for r in rows)
    assert got == [("timeframe", 2027, 4, None), ("timeframe", 2027, 4, None)]


def test_day_an_organised_event_is_held(tmp_path):
    rows = deadlines(tmp_path, "**Tổ chức giao nhận quân ngày 20/02/2027 (tức ngày 15 tháng Giêng năm Đinh Mùi)**, "
                               "đồng loạt tại các điểm giao nhận.\n- Tổ chức thực hiện Kế hoạch ngày 12/3/2027 của "
                               "Ủy ban nhân dân tỉnh.", year=2027)
    row = only(rows)
    assert (row.text, row.kind, row.date) == ("ngày 20/02/2027", "timeframe", dt.date(2027, 2, 20))


def test_by_quarter_and_last_week_of_every_month(tmp_path):
    rows = deadlines(tmp_path, "1. Kiểm tra\n- Phòng Kiểm tra kiểm tra định kỳ theo Quý, tổng hợp sai sót.\n"
                               "2. Lịch\n1 | Điểm tập kết rác | Đội Quản lý trật tự đô thị | Tuần cuối hằng tháng\n")
    got = {r.text: (r.kind, r.recurrence) for r in rows}
    assert got == {"định kỳ theo Quý": ("recurring", "quarterly"), "Tuần cuối hằng tháng": ("recurring", "monthly")}


def test_a_named_quarter_is_no_recurrence(tmp_path):
    rows = deadlines(tmp_path, "- Báo cáo định kỳ theo Quý II/2026.")
    assert all(r.recurrence != "quarterly" for r in rows), [(r.text, r.recurrence) for r in rows]


def test_the_year_work_is_to_be_finished_in_even_when_the_clause_sets_a_target(tmp_path):
    row = only(deadlines(tmp_path, "1. Xây dựng, phê duyệt kế hoạch cấp nước an toàn cho 100% công trình cấp nước tập "
                                   "trung có công suất từ 300 m3/ngày đêm trở lên, hoàn thành trong năm 2027."))
    assert (row.text, row.kind, row.year) == ("trong năm 2027", "timeframe", 2027)
    # a bare `trong năm` there is the target's year, not the work's
    assert not deadlines(tmp_path, "1. Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 70% trong năm 2027.")


def test_a_repetition_closing_the_clause_of_a_periodic_verb(tmp_path):
    row = only(deadlines(tmp_path, "- Phòng Quản lý chất lượng khảo sát thời gian chờ, mức độ hài lòng của người bệnh "
                                   "hằng quý; công khai kết quả trên Cổng thông tin điện tử."))
    assert (row.text, row.kind, row.recurrence) == ("hằng quý", "recurring", "quarterly")
    # not the kind of a noun, nor a habit a target counts
    assert not deadlines(tmp_path, "- Sở Tài chính kiểm tra việc thực hiện kế hoạch hằng năm; tổng hợp kết quả.")
    assert not deadlines(tmp_path, "- Phấn đấu 85% hộ gia đình tự kiểm tra, diệt lăng quăng hằng tuần.")


def test_a_deadline_by_the_hour_on_a_weekday_with_its_date(tmp_path):
    rows = deadlines(tmp_path, "- Các tổ dân phố báo cáo kết quả về UBND phường trước 16h00,\nthứ Năm, ngày 04/02/2027.\n",
                     year=2027)
    row = only(rows)
    assert (row.kind, str(row.date)) == ("deadline", "2027-02-04")


def test_days_before_or_after_the_plans_event_are_deadlines_without_a_date(tmp_path):
    rows = deadlines(tmp_path, "1. Văn phòng Bộ gửi giấy mời chậm nhất 07 ngày trước Hội nghị.\n"
                               "2. Trong thời hạn 05 ngày làm việc sau Hội nghị, Văn phòng Bộ tổng hợp ý kiến.\n")
    assert [(r.text, r.kind, r.date) for r in rows] == [
        ("chậm nhất 07 ngày", "deadline", None),
        ("Trong thời hạn 05 ngày làm việc", "deadline", None)]


def test_days_before_a_council_are_no_deadline(tmp_path):
    assert not deadlines(tmp_path, "1. Tổ chức 02 ngày trước Hội đồng nghiệm thu.\n")


@pytest.mark.parametrize("sentence, text, recurrence", [
    # a weekday at the start or end of every month or quarter (round 49, j8)
    ('- Phối hợp với các trường học tổ chức cho học sinh diệt lăng quăng ở nhà vào thứ Bảy đầu tháng.',
     "thứ Bảy đầu tháng", "monthly"),
    ('- Các tổ họp vào Chủ nhật cuối quý.', "Chủ nhật cuối quý", "quarterly"),
    # `mỗi quý` closing a periodic verb's clause before a comma
    ('- Bình xét, biểu dương hộ "Nhà sạch – không lăng quăng" mỗi quý, đưa vào tiêu chí bình xét.',
     "mỗi quý", "quarterly"),
])
def test_every_period_round_49(tmp_path, sentence, text, recurrence):
    rows = [r for r in _round49_deadlines(tmp_path, sentence) if r.text == text]
    assert len(rows) == 1 and rows[0].kind == "recurring" and rows[0].recurrence == recurrence


@pytest.mark.parametrize("sentence", [
    "- Tổ chức hội nghị vào thứ Bảy đầu tháng 6/2026.",  # a named month: a date, not a repetition
    "- Ra quân định kỳ hằng tháng vào ngày Chủ nhật cuối tháng.",  # the repetition said once
])
def test_not_every_period_round_49(tmp_path, sentence):
    rows = _round49_deadlines(tmp_path, sentence)
    assert not any(r.text.endswith("đầu tháng") or r.text == "Chủ nhật cuối tháng" for r in rows), [r.text for r in rows]


def _round49_deadlines(tmp_path, sentence):
    return parse_plan_text(tmp_path, HEADER.format(year=2026) + sentence + FOOTER)["deadlines"]


def test_hour_of_a_day_of_the_quarters_last_month(tmp_path):
    """(round 50) `trước 17 giờ 00 ngày 20 của tháng cuối quý`: one quarterly row, not a bare hour."""
    rows = deadlines(tmp_path, "2. Các đồn Biên phòng báo cáo kết quả về Bộ Chỉ huy trước 17 giờ 00 ngày 25 hằng "
                               "tháng; báo cáo quý trước 17 giờ 00 ngày 20 của tháng cuối quý.")
    assert [(r.text, r.day, r.recurrence) for r in rows] == [
        ("trước 17 giờ 00 ngày 25 hằng tháng", 25, "monthly"),
        ("trước 17 giờ 00 ngày 20 của tháng cuối quý", 20, "quarterly")]


def test_peak_hours_are_no_time_of_work(tmp_path):
    """(round 50) `giờ cao điểm từ 17h00 đến 20h00` names the peak, nothing is done then."""
    rows = deadlines(tmp_path, "1. Vận động hộ gia đình hạn chế sử dụng đồng thời nhiều thiết bị công suất lớn "
                               "trong giờ cao điểm từ 17h00 đến 20h00.")
    assert not rows, [r.text for r in rows]


def test_monthly_before_and_next_work(tmp_path):
    """(round 50) `… ghi chép chỉ số điện hằng tháng và công khai kết quả`: monthly work."""
    row = only(deadlines(tmp_path, "1. Văn phòng theo dõi, ghi chép chỉ số điện hằng tháng và công khai kết quả "
                                   "tại cuộc họp giao ban."))
    assert (row.text, row.kind, row.recurrence) == ("hằng tháng", "recurring", "monthly")


def test_due_dates_under_goals_of_a_review_section(tmp_path):
    """(round 50) `II. TÌNH HÌNH VÀ MỤC TIÊU` › `2. Mục tiêu cụ thể năm 2026`: its dates are due;
    those under `1. Kết quả …` still tell what happened."""
    rows = deadlines(tmp_path, "Nâng cao trách nhiệm.\nII. TÌNH HÌNH VÀ MỤC TIÊU\n1. Kết quả giải ngân năm 2025\n"
                               "Đến hết ngày 31/01/2026 ước giải ngân 92% kế hoạch.\n2. Mục tiêu cụ thể năm 2026\n"
                               "- a) Vốn từ nguồn thu tiền sử dụng đất: bảo đảm hoàn thành trước ngày 31/12/2026.")
    assert [r.text for r in rows] == ["hoàn thành trước ngày 31/12/2026"]


def test_due_dates_under_a_plan_heading_of_a_review_section(tmp_path):
    """(round 90) `III. THỰC TRẠNG VÀ PHƯƠNG ÁN XỬ LÝ` › `2. Phương án xử lý đợt 1`: the times of
    its table and sentences are due; those under `1. Thực trạng` still tell what happened."""
    rows = deadlines(tmp_path, "Nâng cao trách nhiệm.\nIII. THỰC TRẠNG VÀ PHƯƠNG ÁN XỬ LÝ NHÀ, ĐẤT DÔI DƯ\n"
                               "1. Thực trạng\nNhiều cơ sở bỏ trống từ tháng 7/2025.\n2. Phương án xử lý đợt 1\n"
                               "| 1 | Phường Pleiku | Trụ sở Sở Ngoại vụ (cũ) | Giao cho y tế | Quý I/2026 |\n"
                               "| 2 | Xã Phù Cát | Trụ sở Phòng Nội vụ (cũ) | Bán tài sản | trước 30/6/2026 |\n")
    assert [r.text for r in rows] == ["Quý I/2026", "trước 30/6/2026"]


@pytest.mark.parametrize("body", [
    # a yearly rating that a staff cut is tied to, not work done each year
    "- Không tinh giản biên chế một cách cơ học; gắn với kết quả đánh giá, xếp loại chất lượng hằng năm "
    "và rà soát vị trí việc làm.",
    # the plan is yearly, the drafting of it is the task
    "- Thanh tra tỉnh chủ trì xây dựng kế hoạch thanh tra, kiểm tra hằng năm, bảo đảm không chồng chéo.",
])
def test_yearly_kind_of_a_noun_is_no_recurrence(tmp_path, body):
    assert [r.text for r in deadlines(tmp_path, body)] == []


def test_the_year_of_a_plan_work_is_put_into_is_no_repetition(tmp_path):
    """`cập nhật quỹ đất … vào kế hoạch sử dụng đất hằng năm`: the annual plan is a kind
    of plan, not when the work recurs; `theo dõi tiến độ giải ngân hằng tháng.` recurs."""
    rows = deadlines(tmp_path, "- a) Chủ trì, phối hợp với UBND các xã, phường cập nhật quỹ đất nhà ở xã hội "
                               "vào kế hoạch sử dụng đất hằng năm; tham mưu giao đất, cho thuê đất.\n")
    assert not [r for r in rows if r.kind == "recurring"]
    row = only(deadlines(tmp_path, "- Sở Tài chính theo dõi tiến độ giải ngân các dự án hằng tháng.\n"))
    assert (row.kind, row.recurrence) == ("recurring", "monthly")


def test_day_of_the_next_month_is_monthly(tmp_path):
    """`trước ngày 10 của tháng sau`: each month's lessons are due by day 10 of the next."""
    row = only(deadlines(tmp_path, "- Tổ Quản lý chất lượng tổng hợp, phản hồi bài học kinh nghiệm đến các khoa "
                                   "trước ngày 10 của tháng sau."))
    assert (row.text, row.kind, row.day, row.month, row.recurrence) == (
        "trước ngày 10 của tháng sau", "deadline", 10, None, "monthly")


def test_second_day_after_a_bracketed_note(tmp_path):
    """`trước ngày 05/6/2026 (báo cáo 6 tháng) và 05/12/2026 (báo cáo năm)`: two days to be
    done by, the note between them left out; not a count after `và`."""
    rows = deadlines(tmp_path, "1. Các thôn, bản báo cáo kết quả thực hiện về UBND xã trước ngày 05/6/2026 "
                               "(báo cáo 6 tháng) và 05/12/2026 (báo cáo năm).")
    assert sorted((r.kind, r.date) for r in rows) == [("deadline", dt.date(2026, 6, 5)), ("deadline", dt.date(2026, 12, 5))]
    rows = deadlines(tmp_path, "1. Các xã báo cáo trước ngày 05/6/2026 (báo cáo 6 tháng) và 12 xã tổ chức.")
    assert [r.date for r in rows] == [dt.date(2026, 6, 5)]


def test_daily_after_a_report_or_disinfection_is_recurring(tmp_path):
    """(round 54) `báo cáo hằng ngày diễn biến dịch`, `khử trùng hằng ngày trong 01 tuần đầu`:
    how often the work is done (daily: no recurrence value); not a noun's kind."""
    rows = deadlines(tmp_path, "c) Phòng Kinh tế tổ chức tiêu độc, khử trùng hằng ngày trong 01 tuần đầu tại ổ dịch; "
                               "báo cáo hằng ngày diễn biến dịch cho đến khi công bố hết dịch.")
    assert [(r.text, r.kind, r.recurrence) for r in rows] == [("hằng ngày", "recurring", None)] * 2
    assert not deadlines(tmp_path, "1. Bảo đảm nước sạch cho sinh hoạt hằng ngày của người dân.")


def test_day_of_next_month_is_monthly(tmp_path):
    row = only(deadlines(tmp_path, "- Tổng hợp báo cáo tình hình thực hiện, gửi Kho bạc Nhà nước trước ngày 05 tháng sau."))
    assert (row.text, row.kind, row.day, row.recurrence) == ("trước ngày 05 tháng sau", "deadline", 5, "monthly")


def test_next_month_alone_is_no_repetition(tmp_path):
    assert not deadlines(tmp_path, "- Các đơn vị gửi báo cáo trong tháng sau khi kết thúc đợt kiểm tra.")


def test_season_with_its_month_in_brackets(tmp_path):
    text = "- Phun hóa chất tại các hộ thuộc vùng nguy cơ cao; hoàn thành trước mùa mưa (tháng 4/2026)."
    row = only(deadlines(tmp_path, text, year=2026))
    assert (row.text, row.kind, row.year, row.month) == ("hoàn thành trước mùa mưa (tháng 4/2026)", "deadline", 2026, 4)


# -- round 65: a campaign's extra day -----

def test_a_supplementary_campaign_day_is_a_timeframe(tmp_path):
    row = only(deadlines(tmp_path, "1. Tổ dân phố 9, 17 (có ổ dịch): ra quân bổ sung ngày 27/6/2026 (thứ Bảy)."))
    assert (row.text, row.date) == ("ngày 27/6/2026", dt.date(2026, 6, 27))


def test_a_campaign_day_without_ngay_is_not_an_event_day(tmp_path):
    assert deadlines(tmp_path, "1. Tổ dân phố 1 ra quân 13/6/2026 tại Nhà văn hóa.") == []


def test_a_first_day_heading_over_targets_is_theirs_but_a_first_day_at_the_latest_is_due(tmp_path):
    """`b) Từ ngày 01/01/2026:` over a list of targets gives them their time; `chậm nhất từ
    ngày …` is a day to be done by; a span of days in a target's own clause keeps its row."""
    rows = deadlines(tmp_path, "- Xoá bỏ thuế khoán chậm nhất từ ngày 01/01/2026.\n"
                               "b) Từ ngày 01/01/2026:\n- 100% hộ kinh doanh chuyển sang phương pháp kê khai;\n"
                               "- Từ ngày 01/3/2026 đến ngày 30/4/2026, tiêm vắc xin đạt 95% số chó nuôi.\n", year=2025)
    assert [(r.text, r.kind, r.date) for r in rows] == [
        ("chậm nhất từ ngày 01/01/2026", "deadline", dt.date(2026, 1, 1)),
        ("Từ ngày 01/3/2026 đến ngày 30/4/2026", "timeframe", None),
    ]


def test_a_time_in_words_quoted_from_a_cited_resolution_is_not_due(tmp_path):
    """`chủ trương "… ít nhất mỗi năm một lần" theo Nghị quyết số 72-NQ/TW`: the quoted
    words are the resolution's; the same frequency in the plan's own sentence recurs."""
    rows = deadlines(tmp_path, '- Cụ thể hoá chủ trương "từ năm 2026, người dân được khám sức khỏe định kỳ '
                               'ít nhất mỗi năm một lần" theo Nghị quyết số 72-NQ/TW.\n'
                               '- Trạm Y tế tổ chức khám lưu động mỗi quý một lần.\n')
    assert [(r.text, r.recurrence) for r in rows] == [("mỗi quý một lần", "quarterly")]


def test_a_time_in_a_cited_policy_after_a_colon_is_not_due(tmp_path):
    """`chủ trương … tại Nghị quyết số 72-NQ/TW: … mỗi năm một lần`: the words after the colon
    give the resolution's policy, as a quote would; a plan's own task after a citation is due."""
    rows = deadlines(tmp_path, "- Cụ thể hóa chủ trương của Bộ Chính trị tại Nghị quyết số 72-NQ/TW: từ năm 2026 "
                               "người dân được khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí mỗi năm một lần, "
                               "được lập sổ sức khỏe điện tử.\n"
                               "- Triển khai Kế hoạch số 12/KH-UBND: Trạm Y tế báo cáo kết quả trước ngày 30/6/2026.\n")
    assert [r.text for r in rows] == ["trước ngày 30/6/2026"]


def test_a_heading_of_a_year_and_the_years_after_it_over_targets_is_theirs(tmp_path):
    rows = deadlines(tmp_path, "2. Mục tiêu cụ thể\n2.1. Năm 2026\n- Ít nhất 50% người dân được khám;\n"
                               "2.2.Năm 2027 và các năm tiếp theo\n- Năm 2027: ít nhất 80% người dân được khám;\n")
    assert rows == []


def test_a_month_a_figure_is_compared_with_is_no_time(tmp_path):
    assert deadlines(tmp_path, "- Giảm tối thiểu 50% số lượt tàu cá mất kết nối VMS quá 06 giờ so với tháng 9/2025.\n",
                     year=2025) == []


def test_rounds_done_every_day(tmp_path):
    rows = deadlines(tmp_path, "- Đội TTĐT tổ chức kiểm tra hằng ngày theo 03 ca (sáng, chiều, tối).\n"
                               "- Tổ trưởng tổ dân phố theo dõi, nhắc nhở hằng ngày; kịp thời phát hiện vi phạm.\n"
                               "- Bảo đảm nước sinh hoạt hằng ngày cho Nhân dân.\n")
    assert [(r.text, r.kind, r.recurrence) for r in rows] == [("hằng ngày", "recurring", None)] * 2


def test_a_date_alone_on_its_line_is_a_schedule_cell(tmp_path):
    """A Word table come out one cell per line: `Ngày 15/3/2026` is when that row's event
    takes place; a citation's date wrapped onto its own line (lower case) is none."""
    rows = deadlines(tmp_path, "7. Lịch tổ chức cụ thể\nTT\nNội dung\nThời gian\n1\nHội nghị cấp xã\nNgày 15/3/2026\n"
                               "Hội trường UBND xã\n- Thực hiện Quyết định số 112-QĐ/ĐU\nngày 20/10/2025 của Đảng ủy.\n")
    assert [(r.text, r.kind, r.date) for r in rows] == [("Ngày 15/3/2026", "timeframe", dt.date(2026, 3, 15))]


def test_a_period_from_the_plans_issue_to_a_day(tmp_path):
    row = only(deadlines(tmp_path, "- Thời gian cao điểm: từ ngày ban hành Kế hoạch đến hết ngày 31/12/2025.\n",
                         year=2025))
    assert (row.kind, row.date) == ("timeframe", dt.date(2025, 12, 31))


def test_a_time_in_the_plans_title_is_its_period_not_a_deadline(tmp_path):
    text = HEADER.format(year=2026).replace(
        "Triển khai thực hiện Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ",
        "Tuyên truyền các ngày lễ lớn\nvà các ngày kỷ niệm trong năm 2026")
    rows = parse_plan_text(tmp_path, text + "1. Tổ chức hội nghị trong Quý II/2026." + FOOTER)["deadlines"]
    assert [r.text for r in rows] == ["trong Quý II/2026"]


def test_a_project_list_flattened_one_cell_per_line_gives_each_year_of_completion(tmp_path):
    table = ("Bảng 1. Danh mục dự án\nTT\nTên dự án\nChủ đầu tư\nĐịa điểm (xã, phường)\nQuy mô (căn)\nNăm hoàn thành\n"
             "A\nDự án chuyển tiếp\n1\nNhà ở xã hội Nam Võ Cường\nCông ty CP Đầu tư Hoàng Thành\nPhường Võ Cường\n1 248\n2026\n"
             "B\nDự án khởi công mới\n2\nNhà ở xã hội phường Quế Võ\nCông ty CP Đầu tư Quế Võ Phát\nPhường Quế Võ\n1 764\n"
             "2028 - 2029\n")
    rows = deadlines(tmp_path, "1. Danh mục dự án\n" + table)
    assert [(r.text, r.kind, r.year) for r in rows] == [("2026", "timeframe", 2026), ("2028 - 2029", "timeframe", None)]


def test_a_year_set_off_by_a_comma_before_its_day_is_one_yearly_deadline(tmp_path):
    # yx: the repetition and the day are one time, not a `Hằng năm` row beside the day
    row = only(deadlines(tmp_path, """1. Mục đích
- Hằng năm, trước ngày 15/11, Sở Nông nghiệp và Môi trường chủ trì đánh giá nguồn nước.
"""))
    assert (row.text, row.kind, row.month, row.day, row.recurrence) == \
        ("Hằng năm, trước ngày 15/11", "deadline", 11, 15, "yearly")


def test_a_repetition_set_off_by_a_comma_inside_a_sentence_stays_apart_from_the_day(tmp_path):
    # y0, c3: `hằng tháng, trước ngày 25` after the work is two times, as y0's gold reads it
    rows = deadlines(tmp_path, """1. Mục đích
- Tổ trưởng báo cáo kết quả hỗ trợ người dân về UBND xã hằng tháng, trước ngày 25/3.
""")
    assert "hằng tháng, trước ngày 25/3" not in [r.text for r in rows]
    assert "trước ngày 25/3" in [r.text for r in rows]


def test_a_year_closing_a_count_of_work_is_when_it_is_done(tmp_path):
    # xn, xo, g0, yy: `ít nhất 02 lớp` is a count to hold; the year that closes its clause is a
    # time (gold_conventions: a clause-end year covers its clause also when it is a due date;
    # `… tổ chức ít nhất 02 đợt kiểm tra trong năm 2026.` was once tested as none, r3's gold
    # has it optional)
    rows = deadlines(tmp_path, "1. Huyện đoàn tổ chức ít nhất 02 lớp tập huấn cho lực lượng xung kích cấp xã trong\n"
                               "năm 2024.\n", year=2024)
    assert [(r.text, r.kind, r.year) for r in rows] == [("trong\nnăm 2024", "timeframe", 2024)]


def test_a_year_closing_a_share_to_reach_stays_the_targets(tmp_path):
    assert deadlines(tmp_path, "1. Kiểm tra tối thiểu 30% số doanh nghiệp đang hoạt động trong năm 2026.\n") == []


def test_two_hours_of_every_day_are_one_deadline(tmp_path):
    row = only(deadlines(tmp_path, "1. Khi có bão, các xã báo cáo nhanh trước 7 giờ và 16 giờ hằng ngày về Ban Chỉ huy.\n"))
    assert (row.text, row.kind, row.recurrence) == ("trước 7 giờ và 16 giờ hằng ngày", "deadline", None)


def test_an_hour_written_with_g(tmp_path):
    row = only(deadlines(tmp_path, "1. Thí sinh có mặt tại Điểm thi vào lúc 14g00 ngày 03/6/2026.\n"))
    assert (row.kind, row.date) == ("timeframe", dt.date(2026, 6, 3))


def test_a_day_of_next_year_is_the_yearly_reports(tmp_path):
    rows = deadlines(tmp_path, "1. Đánh giá định kỳ 6 tháng, năm; gửi kết quả về Sở trước ngày 10/7 và "
                               "trước ngày 10/01 năm sau.\n")
    last = rows[-1]
    assert (last.text, last.month, last.day, last.date, last.recurrence) == \
        ("trước ngày 10/01 năm sau", 1, 10, None, "yearly")


def test_a_half_year_review_in_a_yearly_sentence_is_yearly(tmp_path):
    rows = deadlines(tmp_path, "1. Hằng năm, hai bên tổ chức sơ kết 6 tháng vào tháng 7, tổng kết năm trước ngày 20/12.\n")
    assert [(r.text, r.recurrence) for r in rows] == [
        ("Hằng năm", "yearly"), ("vào tháng 7", "yearly"), ("trước ngày 20/12", "yearly")]


def test_a_quota_of_every_year_is_no_recurring_row(tmp_path):
    rows = deadlines(tmp_path, "1. Kiểm tra, đối chiếu hoạt động ủy thác tại ít nhất 20% số Tổ mỗi năm; xử lý sai sót.\n")
    assert rows == []


def test_a_drills_forces_are_counts_not_days(tmp_path):
    """`+ Công an xã: 15 - 20 đồng chí` is no 15th of a 20th month, nor `03 - 05 xe` the 3rd of May."""
    rows = deadlines(tmp_path, "1. Lực lượng\n   + Công an xã: 15 - 20 đồng chí;\n"
                               "   + Phương tiện: 03 - 05 xe ô tô, 10 - 15 xe mô tô.\n"
                               "2. Thời gian\n- Tổng kết: ngày 16-17/5/2026.\n")
    row = only(rows)
    assert (row.text, row.year, row.month) == ("16-17/5/2026", 2026, 5)


def test_a_schedule_row_before_the_next_group_label_keeps_its_days(tmp_path):
    """A space-aligned schedule whose group label (`Đợt 3: …`) was joined onto the last row
    of the group before (a PDF's wrapped lines joined)."""
    rows = deadlines(tmp_path, "3. Lịch diễn tập\nTT   Xã            Thời gian\n"
                               "Đợt 2: từ 05/5 đến 12/6/2026\n"
                               "8    Xã Bình Gia   26 - 28/5/2026\n"
                               "9    Xã Bắc Sơn    10 - 12/6/2026 Đợt 3: từ 08/9 đến 23/10/2026\n"
                               "10   Xã Lộc Bình  08 - 10/9/2026\n")
    assert {(r.text, r.month) for r in rows} >= {("26 - 28/5/2026", 5), ("10 - 12/6/2026", 6), ("08 - 10/9/2026", 9)}


def test_the_round_of_a_recurring_payment_at_the_latest_is_a_deadline(tmp_path):
    """`chậm nhất từ kỳ chi trả tháng 4/2026`: the payment round of April is the day to be done by."""
    row = only(deadlines(tmp_path, "- 100% đối tượng được chuyển sang nhận qua tài khoản "
                                   "chậm nhất từ kỳ chi trả tháng 4/2026.\n"))
    assert (row.text, row.kind, row.year, row.month) == ("chậm nhất từ kỳ chi trả tháng 4/2026", "deadline", 2026, 4)


def test_lunar_calendar_days(tmp_path):
    # a lunar day glossed by its solar day is that day, one row
    rows = deadlines(tmp_path, "- Hoàn thành việc trao quà trước ngày 20 tháng Chạp năm Ất Tỵ (tức ngày"
                               " 07/02/2026).")
    assert [(r.kind, r.date) for r in rows] == [("deadline", dt.date(2026, 2, 7))]
    # Giêng of Bính Ngọ is in 2026; a lunar day has no solar date of its own
    rows = deadlines(tmp_path, "- Báo cáo kết quả về Sở Y tế trước ngày 10 tháng Giêng năm Bính Ngọ.")
    assert [(r.kind, r.date, r.year) for r in rows] == [("deadline", None, 2026)]
    # Chạp of Ất Tỵ may fall in either solar year: no year is guessed
    rows = deadlines(tmp_path, "- Các xã hoàn thành trước ngày 25 tháng Chạp năm Ất Tỵ.", year=2026)
    assert [(r.kind, r.year) for r in rows] == [("deadline", None)]


def test_lunar_year_names():
    from pipeline.extract.dates import lunar_year
    assert lunar_year("Bính Ngọ", "Giêng", 2026) == 2026
    assert lunar_year("Ất Tỵ", "8", 2026) == 2025
    assert lunar_year("Ất Tỵ", "Chạp", 2026) is None
    assert lunar_year("Giáp Thìn", "3", 2026) == 2024


def test_a_schedule_row_that_leaves_the_year_off_its_day(tmp_path):
    """A tab schedule whose rows write `18/01/2026` and `15/02/2026` writes one row `15/3`: the
    same calendar, a day of the plan's year; a cell in quotes over two lines keeps its day.  A
    table of fractions (`5/9`) has no whole date in its column: no day."""
    rows = deadlines(tmp_path, "1. Lịch ra quân\n"
                               "STT\tNgày\tĐịa điểm tập trung\n"
                               "1\t18/01/2026\tKênh Đôi\n"
                               "2\t15/02/2026\tRạch Ụ Cây\n"
                               "3\t15/3\tRạch Xóm Củi\n"
                               "4\t\"07/6/2026\n(CN đầu tháng)\"\tRạch Ông Lớn\n"
                               "2. Kết quả\n"
                               "STT\tChỉ tiêu\tNăm 2025\tNăm 2026\n"
                               "1\tSố trường đạt chuẩn\t5/9\t9/9\n")
    got = [(r.text, r.kind, r.date) for r in rows]
    assert got == [("18/01/2026", "timeframe", dt.date(2026, 1, 18)), ("15/02/2026", "timeframe", dt.date(2026, 2, 15)),
                   ("15/3", "timeframe", dt.date(2026, 3, 15)), ("07/6/2026", "timeframe", dt.date(2026, 6, 7))]


def test_space_aligned_column_of_latest_days(tmp_path):
    rows = deadlines(tmp_path, "10. Tổng hợp các mốc thời gian chủ yếu\n"
                               "STT  Nội dung công việc            Mốc luật định     Thời hạn       Cơ quan thực hiện\n"
                               "                                                     (chậm nhất)\n"
                               "1    Thành lập Ủy ban bầu cử xã    trước 105 ngày    30/11/2025     UBND xã\n"
                               "2    Hiệp thương lần thứ nhất      trước 95 ngày     1O/12/2025     BTT UBMTTQ VN xã\n")
    days = [(r.text, r.kind, r.date) for r in rows]
    assert ("30/11/2025", "deadline", dt.date(2025, 11, 30)) in days
    assert ("1O/12/2025", "deadline", dt.date(2025, 12, 10)) in days


def test_space_aligned_schedule_days_are_when_work_is_done(tmp_path):
    rows = deadlines(tmp_path, "1. Lịch ra quân\n"
                               "STT  Khu phố        Thời gian tổ chức    Ghi chú\n"
                               "1    Khu phố 3      27/3/2026            Nhà văn hóa\n")
    assert [(r.text, r.kind) for r in rows] == [("27/3/2026", "timeframe")]


def test_day_named_with_its_weekday_after_ngay(tmp_path):
    row = only(deadlines(tmp_path, "8. Các trường học: phối hợp tổ chức cho học sinh nghỉ học ngày thứ Bảy "
                                   "14/3/2026 để bàn giao địa điểm."))
    assert (row.kind, row.date) == ("timeframe", dt.date(2026, 3, 14))


def test_due_day_in_a_task_cell_of_a_roadmap(tmp_path):
    rows = deadlines(tmp_path, "7. Lộ trình\n"
                               "| Thời gian | Mốc/nhiệm vụ trọng tâm | Chủ trì | Phối hợp |\n"
                               "|---|---|---|---|\n"
                               "| Quý III/2026 | BAĐT toàn viện; dừng bệnh án giấy trước 30/9/2026 | P.KHTH | P.CNTT |\n")
    kinds = {r.text: r.kind for r in rows}
    assert kinds.get("trước 30/9/2026") == "deadline"
    assert kinds.get("Quý III/2026") == "timeframe"


def test_an_exam_timetables_days_and_the_days_around_it(tmp_path):
    """cb: the timetable's rows open with their day (`Ngày 11/6/2027 | Sáng | Ngữ văn`); a
    training closes its clause with its day; `các ngày 10-12/6/2027` are the exam's days, their
    month; `Hằng ngày` opening an item is how often it is done."""
    rows = deadlines(tmp_path, "1. Lịch thi\n"
                               "Ngày | Buổi | Bài thi | Thời gian làm bài\n"
                               "Ngày 11/6/2027 | Sáng | Ngữ văn | 120 phút\n"
                               " | Chiều | Toán | 90 phút\n"
                               "2. Cán bộ coi thi\n"
                               "- Trưởng điểm thi tập huấn lại cho cán bộ coi thi của điểm thi ngày 10/6/2027.\n"
                               "- Tăng cường các tuyến xe buýt qua các điểm thi trong các ngày 10-12/6/2027.\n"
                               "- Hằng ngày trong thời gian coi thi, Thanh tra Sở tổng hợp tình hình.\n", year=2027)
    assert [(r.text, r.kind, r.date, r.month, r.recurrence) for r in rows] == [
        ("Ngày 11/6/2027", "timeframe", dt.date(2027, 6, 11), 6, None),
        ("ngày 10/6/2027", "timeframe", dt.date(2027, 6, 10), 6, None),
        ("trong các ngày 10-12/6/2027", "timeframe", None, 6, None),
        ("Hằng ngày", "recurring", None, None, None),
    ]


def test_a_task_tables_days_of_every_week_and_day_of_every_month(tmp_path):
    """ca: `thứ Bảy, CN hằng tuần` (weekly: no recurrence value) and `trước 20 hằng tháng` (the
    20th of every month, `ngày` left out) in a task table's time column."""
    rows = deadlines(tmp_path, "1. Nhiệm vụ\n"
                               "TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian | Sản phẩm\n"
                               "1 | Cấp Căn cước tại nhà | Công an phường | Đoàn TN | thứ Bảy, CN hằng tuần | 04 đợt\n"
                               "2 | Tổng hợp, báo cáo kết quả | Công an phường | Các phòng | trước 20 hằng tháng | Báo cáo\n")
    assert [(r.text, r.kind, r.day, r.recurrence) for r in rows] == [
        ("thứ Bảy, CN hằng tuần", "recurring", None, None),
        ("trước 20 hằng tháng", "deadline", 20, "monthly"),
    ]


def test_a_schedule_by_month_of_two_months_without_a_year(tmp_path):
    row = only(deadlines(tmp_path, "1. Lịch kiểm tra\n+ Tháng 01 - 02: Các chi bộ trực thuộc xây dựng kế hoạch "
                                   "kiểm tra, giám sát.\n"))
    assert (row.text, row.kind) == ("Tháng 01 - 02", "timeframe")


def test_a_span_in_a_tables_note_cell(tmp_path):
    """A note cell naming a step and its days, `Xuống giống 15/11 - 05/12/2025`: a timeframe."""
    body = ("1. Mục đích\nNâng cao hiệu quả.\nII. CHỈ TIÊU SẢN XUẤT\n"
            "STT\tChỉ tiêu\tĐVT\tƯớc TH năm 2025\tKế hoạch năm 2026\tGhi chú\n"
            "1\tLúa Đông Xuân\tha\t2.080\t2.100\tXuống giống 15/11 - 05/12/2025\n"
            "2\tLúa Hè Thu\tha\t1.942\t1.950\t\nIII. NHIỆM VỤ\nTổ chức sản xuất.\n")
    row = only([r for r in deadlines(tmp_path, body, year=2025) if "15/11" in r.text])
    assert (row.text, row.kind, row.year) == ("15/11 - 05/12/2025", "timeframe", 2025)


def test_a_heading_that_is_only_a_day_over_targets_is_no_deadline_of_its_own(tmp_path):
    """The list's first item sets no number, a later one does: the day dates the targets."""
    body = ("1. Mục đích\nNâng cao hiệu quả.\nII. CHỈ TIÊU\n1. Chỉ tiêu cụ thể\na) Đến hết Quý II/2026\n"
            "- 100% hộ dân được tuyên truyền;\nb) Từ ngày 01/7/2026\n\n"
            "- Không có xe mô tô chạy xăng lưu thông trong khu vực;\n"
            "- 100% xe buýt hoạt động trong khu vực là xe buýt điện.\n")
    assert not [r.text for r in deadlines(tmp_path, body) if "01/7/2026" in r.text]


def test_a_period_from_a_month_to_a_day(tmp_path):
    """ec: `từ tháng 3 đến ngày 15/6/2026` is one span: the year the day gives, no month."""
    row = only(deadlines(tmp_path, "1. Thời gian\n- Đại hội TDTT cấp xã, phường: từ tháng 3 đến ngày 15/6/2026."))
    assert (row.text, row.kind, row.year, row.month, row.date) == (
        "từ tháng 3 đến ngày 15/6/2026", "timeframe", 2026, None, None)


def test_a_day_with_its_month_is_no_monthly_deadline(tmp_path):
    """ee: the clause's `hằng tháng` belongs to the monthly figures; the half year's figures are
    due once, `trước ngày 15/7` in the plan's year."""
    rows = deadlines(tmp_path, "1. Cung cấp số liệu thu, chi NSNN cho Vụ NSNN định kỳ hằng tháng (trước ngày 10 hằng "
                               "tháng) và số liệu 6 tháng đầu năm trước ngày 15/7.")
    row = next(r for r in rows if r.text == "trước ngày 15/7")
    assert (row.kind, row.recurrence, row.date) == ("deadline", None, dt.date(2026, 7, 15))


def test_a_later_year_of_a_part_without_a_number_is_the_works(tmp_path):
    """mm: `100% …` takes 2026; the part after it names no number, so 2027 is when that work is done."""
    rows = deadlines(tmp_path, "1. Nhiệm vụ\n- Triển khai hội chẩn từ xa kết nối bệnh viện tuyến tỉnh với 100% trung tâm "
                               "y tế khu vực trong năm 2026 và với các trạm y tế vùng khó khăn trong năm 2027.")
    assert [(r.text, r.year) for r in rows if r.year == 2027] == [("trong năm 2027", 2027)]


def test_a_later_year_of_a_part_with_its_own_bound_stays_the_targets(tmp_path):
    """xc: `không quá 01 ngày làm việc trong năm 2027` carries the target on: no time of the work."""
    rows = deadlines(tmp_path, "1. Nhiệm vụ\na) Rút ngắn thời gian đăng ký thành lập DN xuống không quá 02 ngày làm việc "
                               "trong năm 2026 và không quá 01 ngày làm việc trong năm 2027.")
    assert not [r.text for r in rows if "2027" in r.text]


def test_a_month_takes_the_year_of_the_month_joined_to_it(tmp_path):
    """ob: a call-up plan issued in 2026 examines in `tháng 11 và tháng 12/2026`: both months are the
    year the second writes, not the plan's own (here, a plan of 2026 that works into 2027) — one
    timeframe, as two quarters joined are."""
    rows = deadlines(tmp_path, "II. NHIỆM VỤ\n1. Khám sức khỏe\n- Hội đồng khám sức khỏe tổ chức khám cho công dân "
                               "trong tháng 11 và tháng 12/2027.")
    assert {(r.text, r.year) for r in rows} == {("trong tháng 11 và tháng 12/2027", 2027)}


def test_an_events_days_in_brackets_and_a_holidays_span(tmp_path):
    """oa: `ITB Berlin (03-05/3/2026)` is when the fair is held; `dịp Lễ 30/4 - 1/5` the holiday's year."""
    rows = deadlines(tmp_path, "1. Xúc tiến\n- Tham gia ITB Berlin (03-05/3/2026); kích cầu du lịch dịp Lễ 30/4 - 1/5.")
    assert {(r.text, r.kind, r.year, r.month) for r in rows} == {
        ("03-05/3/2026", "timeframe", 2026, 3), ("dịp Lễ 30/4 - 1/5", "timeframe", 2026, None)}


def test_a_day_on_the_second_line_of_a_wrapped_table_cell_after_its_deadline_word(tmp_path):
    """pl: a space-aligned schedule's content cell `… sơ kết năm 2026 (trước` / `ngày 15/12/2026)`,
    the lead's cell between them on the first line: the day is a day to be done by."""
    rows = deadlines(tmp_path, "IV. TIẾN ĐỘ THỰC HIỆN\n"
                               " Quý IV/2026     Thi công KP 6, KP 7; sơ kết năm 2026 (trước         Văn phòng HĐND-UBND\n"
                               "                 ngày 15/12/2026)\n"
                               " Quý I/2027      Thi công KP 8                                      Phòng VH-XH\n")
    row = next(r for r in rows if r.rule_id == "deadline.wrapped_cell_date")
    assert (row.text, row.kind, str(row.date)) == ("ngày 15/12/2026", "deadline", "2026-12-15")


def test_the_days_of_a_round_after_vao_ngay_are_its_timeframe(tmp_path):
    """pn: `đợt 1 vào ngày 01 - 02/6/2027, đợt 2 vào ngày 01 - 02/12/2027`: each round's days, its month."""
    rows = deadlines(tmp_path, "1. Bổ sung vitamin A\n- Trạm Y tế tổ chức 02 đợt uống vitamin A: đợt 1 vào ngày "
                               "01 - 02/6/2027, đợt 2 vào ngày\n01 - 02/12/2027; trẻ vắng mặt được uống bù.", year=2027)
    assert [(r.kind, r.year, r.month) for r in rows] == [("timeframe", 2027, 6), ("timeframe", 2027, 12)]


def test_a_monthly_day_typed_without_tone_marks_over_a_wrap(tmp_path):
    """pn: `… gui Tram Y te xa Hong Thu truoc ngay 03 hang` / `thang.`: the toneless words are read
    over the line break, so the day of every month is found."""
    row = only(deadlines(tmp_path, "VI. CHẾ ĐỘ BÁO CÁO\n- Diem tram Ma Quai, Phin Ho tong hop so lieu gui Tram Y te "
                                   "xa Hong Thu truoc ngay 03 hang\nthang.\n", year=2027))
    assert (row.kind, row.day, row.recurrence) == ("deadline", 3, "monthly")


def test_the_rounds_of_a_forecast_in_a_section_on_how_things_stand_are_timeframes(tmp_path):
    # (a tide plan's forecast lists the peak rounds its duty keeps; the forecast's other sentences
    # and the section's account of last season stay what happened or may happen)
    body = ("1. Đặc điểm địa bàn\nMùa triều cường năm 2025, đỉnh triều cao nhất đạt 1,78 m vào tháng 11/2025.\n"
            "2. Dự báo các đợt triều cường đỉnh năm 2026\n"
            "Mùa triều cường bắt đầu từ tháng 9/2026, kéo dài đến tháng 01/2027. Các đợt như sau:\n"
            "+ Đợt 1: từ ngày 14 đến ngày 20 tháng 8 năm Bính Ngọ (từ ngày 24/9 đến ngày 30/9/2026);\n"
            "+ Đợt 2: từ ngày 08/10 đến ngày 13/10/2026.\n"
            "II. TỔ CHỨC THỰC HIỆN\nCác đơn vị báo cáo kết quả trước ngày 15/12/2026.")
    rows = parse_plan_text(tmp_path, HEADER.format(year=2026).replace(
        "I. MỤC ĐÍCH, YÊU CẦU", "I. ĐẶC ĐIỂM TÌNH HÌNH VÀ DỰ BÁO TRIỀU CƯỜNG NĂM 2026") + body + FOOTER)["deadlines"]
    assert [(r.text, r.kind, r.year) for r in rows if r.year] == [
        ("từ ngày 24/9 đến ngày 30/9/2026", "timeframe", 2026), ("từ ngày 08/10 đến ngày 13/10/2026", "timeframe", 2026),
        ("trước ngày 15/12/2026", "deadline", 2026)]


def test_days_before_each_round_of_a_season(tmp_path):
    row = only(deadlines(tmp_path, "- Bố trí lịch trực lãnh đạo UBND phường, thông báo đến các đơn vị trước mỗi đợt "
                                   "triều cường đỉnh ít nhất 03 ngày."))
    assert (row.text, row.kind, row.recurrence) == ("trước mỗi đợt triều cường đỉnh ít nhất 03 ngày", "deadline", None)


def test_a_schedule_row_started_before_the_plan_keeps_its_start(tmp_path):
    """A start cell before the plan's year beside an end cell in it is work still running; a
    quarter of that year alone in a row is history."""
    rows = deadlines(tmp_path, "1. Tiến độ\n\n TT  Công trình     Khởi công      Hoàn thành\n"
                               " 1   Trường A       Quý IV/2025    Quý III/2026\n"
                               " 2   Trường B       Quý IV/2025    Đã bàn giao\n", year=2026)
    assert [(r.text, r.kind, r.year) for r in rows] == [("Quý IV/2025", "timeframe", 2025), ("Quý III/2026", "timeframe", 2026)]


def test_a_day_after_a_due_label_is_a_deadline(tmp_path):
    row = only(deadlines(tmp_path, "* Hạn cuối hoàn thành chỉ tiêu giao các thôn, bản: ngày 30/6/2026. Thôn nào không "
                                   "hoàn thành thì giải trình tại hội nghị giao ban."))
    assert (row.text, row.kind, row.date) == ("ngày 30/6/2026", "deadline", dt.date(2026, 6, 30))


def test_the_part_of_the_day_after_an_hour_stays_with_it(tmp_path):
    row = only(deadlines(tmp_path, "- Các thôn báo cáo số liệu về Công an xã trước 15h00 chiều thứ Sáu hằng tuần."))
    assert (row.text, row.kind) == ("trước 15h00 chiều thứ Sáu hằng tuần", "deadline")


def test_a_quoted_day_with_its_dated_year_is_a_timeframe(tmp_path):
    row = only(deadlines(tmp_path, "- Tổ chức chuỗi hoạt động hưởng ứng \"Ngày không tiền mặt\" 16/6/2026 tại các chi nhánh."))
    assert (row.text, row.kind, row.date) == ("16/6/2026", "timeframe", dt.date(2026, 6, 16))
