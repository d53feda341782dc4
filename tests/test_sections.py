"""The heading tree of two layouts beside the ones in test_segment.py: parts that carry
a Roman numeral (`PHẦN I.`), and main headings written without a marker."""

from pathlib import Path

from .conftest import parse_plan_text

HEADER = """ỦY BAN NHÂN DÂN
XÃ TAM NÔNG

Số: 12/KH-UBND

KẾ HOẠCH
Thực hiện Phong trào năm 2026

"""
CLOSING = """
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An
"""


def sections_of(tmp_path: Path, body: str):
    return {s.section_id: s for s in parse_plan_text(tmp_path, HEADER + body + CLOSING)["sections"]}


def test_parts_with_a_roman_numeral_are_the_roman_sections_and_nest_the_numerals_under_them(tmp_path):
    found = sections_of(tmp_path, """PHẦN I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Tổ chức thực hiện.
PHẦN II. NHIỆM VỤ, GIẢI PHÁP
I. NHIỆM VỤ VỀ THU NGÂN SÁCH
1. Giao dự toán
II. NHIỆM VỤ VỀ QUẢN LÝ NỢ
1. Phân loại nợ
PHẦN III. TỔ CHỨC THỰC HIỆN
1. Phòng Nghiệp vụ
""")
    assert list(found) == ["I", "I/1", "II", "II/I", "II/I/1", "II/II", "II/II/1", "III", "III/1"]
    assert found["II/II"].level == 2 and found["III"].kind == "organization"
    assert found["I"].heading == "MỤC ĐÍCH, YÊU CẦU"


def test_parts_named_in_words_stay_part_lines(tmp_path):
    found = sections_of(tmp_path, """PHẦN THỨ NHẤT
I. KẾT QUẢ
II. HẠN CHẾ
PHẦN THỨ HAI
I. MỤC TIÊU
II. NHIỆM VỤ
""")
    assert list(found) == ["I", "II", "I~2", "II~2"]


def test_numbering_starts_again_under_a_main_heading_without_a_marker(tmp_path):
    found = sections_of(tmp_path, """**MỤC ĐÍCH, YÊU CẦU**
- Mục đích: tuyên truyền.

NHIỆM VỤ VÀ GIẢI PHÁP
1. Đẩy mạnh tuyên truyền
2. Xây dựng gia đình văn hóa

**KINH PHÍ THỰC HIỆN**
- Ngân sách xã.

TỔ CHỨC THỰC HIỆN
1. Ban Chỉ đạo xã
2. Chế độ báo cáo
""")
    assert list(found) == ["1", "2", "1~2", "2~2"]
    # the budget heading ends item 2: its text is no part of `Xây dựng gia đình văn hóa`
    assert found["2"].end < found["1~2"].start
    assert found["2~2"].kind == "reporting"


def test_a_caps_line_under_roman_sections_or_a_wrapped_heading_is_no_restart(tmp_path):
    found = sections_of(tmp_path, """I. MỤC TIÊU
1. Mục tiêu chung
CHỈ TIÊU CỤ THỂ
2. Chỉ tiêu
II. NHIỆM VỤ
""")
    assert list(found) == ["I", "I/1", "I/2", "II"]


def test_a_number_parted_from_its_dot_is_a_heading(tmp_path):
    found = sections_of(tmp_path, """I. CHỈ TIÊU TUYỂN SINH
1. Chỉ tiêu
2. Phương thức xét tuyển
3 . Học phí và chính sách hỗ trợ người học
4. Chỉ tiêu phấn đấu
II. TỔ CHỨC THỰC HIỆN
""")
    assert list(found) == ["I", "I/1", "I/2", "I/3", "I/4", "II"]


def test_a_main_heading_without_a_marker_after_the_last_roman_section_ends_it(tmp_path):
    """(round 236, va2) `CHẾ ĐỘ BÁO CÁO` unnumbered after the last item of `V.`: its lines stand in
    no section, as under an unnumbered main heading of a plan without Roman sections."""
    body = """I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
II. TỔ CHỨC THỰC HIỆN
1. Công an xã
Chủ trì triển khai Kế hoạch.

CHẾ ĐỘ BÁO CÁO
Công an xã tổng hợp, báo cáo UBND xã trước ngày 05/7/2026.
"""
    found = sections_of(tmp_path, body)
    text = HEADER + body + CLOSING
    assert list(found) == ["I", "I/1", "II", "II/1"]
    assert found["II"].end <= text.index("CHẾ ĐỘ BÁO CÁO")


def test_parenthesised_numbers_and_letters_of_a_word_conversion_climb_their_ladders(tmp_path):
    """`(1)`, `(a)`, `a.` with a non-breaking space and `2.1.` under `(2)`, as a
    Word→HTML→text conversion leaves them (j3); brackets are dropped from the marker."""
    found = sections_of(tmp_path, """I. MỤC ĐÍCH, YÊU CẦU

(1)\tMục đích

a.\u00a0Nâng cao trình độ của đội ngũ.

b.\u00a0Bảo đảm đội ngũ cán bộ.

(2)\tYêu cầu

(a) Đối với cán bộ: 100% được bồi dưỡng.

(b) Đối với công chức: 70% được bồi dưỡng.

II. NỘI DUNG

(1) Đối tượng

(2)\tNội dung

2.1. Đào tạo

2.2. Bồi dưỡng

III. TỔ CHỨC THỰC HIỆN

(1)\tVăn phòng Sở

Chủ trì tổ chức các lớp theo bảng tại mục (3) Phần II; tổng hợp kết quả.
(2) Việc quản lý kinh phí theo quy định.
""")
    assert list(found) == ["I", "I/1", "I/1/a", "I/1/b", "I/2", "I/2/a", "I/2/b", "II", "II/1", "II/2",
                           "II/2/2.1", "II/2/2.2", "III", "III/1", "III/2"]
    assert found["I/2/a"].marker == "a" and found["I/2/a"].marker_type == "letter"
    assert found["II/2"].marker == "2" and found["II/2"].marker_type == "arabic"
    assert found["I/2/a"].heading.startswith("Đối với cán bộ")


def test_a_parenthesised_list_under_a_numbered_item_is_a_list_inside_it(tmp_path):
    """`(1)`, `(2)` under `1.` nest in it and `2.` closes them; a running-text `(1) và (2)`
    or a number out of turn is no heading."""
    found = sections_of(tmp_path, """I. NHIỆM VỤ
1. Tuyên truyền
(1) Tổ chức hội nghị
(2) Phát hành tài liệu
(1) và (2) nêu trên do Phòng Văn hóa thực hiện.
(5) Mục không theo thứ tự
2. Kiểm tra
""")
    assert list(found) == ["I", "I/1", "I/1/1", "I/1/2", "I/2"]


def test_indicators_numbered_through_lettered_groups_are_no_headings(tmp_path):
    """`(1)`…`(3)` under `a)` going on as `(4)` under `b)` count indicators through the
    whole list (u2): neither run is a heading, the letters are."""
    found = sections_of(tmp_path, """I. MỤC TIÊU
1. Các chỉ tiêu chủ yếu
a) Nhóm chỉ tiêu về kinh tế
(1) Tốc độ tăng năng suất lao động đạt 7%/năm.
(2) Thu ngân sách đạt trên 35.000 tỷ đồng.
b) Nhóm chỉ tiêu về xã hội
(3) Tỷ lệ hộ nghèo giảm 1%/năm.
(4) Tỷ lệ thất nghiệp dưới 3%.
""")
    assert list(found) == ["I", "I/1", "I/1/a", "I/1/b"]


def test_numbered_indicators_going_on_across_lettered_groups_keep_their_number(tmp_path):
    """`1.`, `2.` under `a)` going on as `3.` under `b)` (a plan giving its targets, ke):
    headings all, each under its letter with its written number."""
    found = sections_of(tmp_path, """I. CÁC CHỈ TIÊU CHỦ YẾU
a) Nhóm chỉ tiêu kinh tế:
1. Tốc độ tăng trưởng GRDP đạt 10,5 - 11% (Sở Tài chính chủ trì).
2. Tỷ lệ đô thị hóa 38% (Sở Xây dựng chủ trì).
b) Nhóm chỉ tiêu xã hội:
3. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,5% (BHXH tỉnh chủ trì).
4. Tỷ lệ trường đạt chuẩn quốc gia đạt 86% (Sở GD&ĐT chủ trì).
II. NHIỆM VỤ
""")
    assert list(found) == ["I", "I/a", "I/a/1", "I/a/2", "I/b", "I/b/3", "I/b/4", "II"]


def test_numbered_works_going_on_across_lettered_groups_inside_an_item_keep_their_number(tmp_path):
    """A ward's list of lanes `1.`–`3.` under `a) Nhóm A` going on as `4.` under `b) Nhóm B`,
    both letters inside `2. Danh mục …` (ko): headings under their letter, and the plan's
    `3.` after them is the sibling of `2.`."""
    found = sections_of(tmp_path, """I. NHIỆM VỤ VÀ GIẢI PHÁP
1. Rà soát hiện trạng hẻm
2. Danh mục hẻm chỉnh trang năm 2026
a) Nhóm A - Hẻm ngập, ưu tiên khởi công trước mùa mưa:
1. Hẻm 45 Nơ Trang Long (KP 3) - dài 185 m, kinh phí 1.240 trđ
2. Hẻm 120 Bình Lợi (KP 7) - dài 320 m, kinh phí 2.350 trđ
3. Hẻm 17/5 Nguyễn Xí (KP 12) - dài 140 m, kinh phí 780 trđ
b) Nhóm B - Hẻm nâng cấp, chỉnh trang kết hợp chiếu sáng:
4. Hẻm 102 Bình Lợi (KP 21) - dài 240 m, kinh phí 1.350 trđ
5. Hẻm 33 Đường số 2 (KP 18) - dài 190 m, kinh phí 860 trđ
3. Vận động nhân dân, hiến đất, giải phóng mặt bằng
""")
    assert list(found) == ["I", "I/1", "I/2", "I/2/a", "I/2/a/1", "I/2/a/2", "I/2/a/3", "I/2/b",
                           "I/2/b/4", "I/2/b/5", "I/3"]


def test_indented_numbered_rows_closed_by_a_total_are_a_table_not_headings(tmp_path):
    """A city's land-clearance plan counts the households by ward under `3.` in indented
    `1/` … `3/` rows closed by `Cộng: …` (ll): a flattened table, no sections."""
    found = sections_of(tmp_path, """I. ĐẶC ĐIỂM DỰ ÁN
1. Diện tích đất thu hồi: khoảng 142,65 ha.
2. Số hộ bị ảnh hưởng: 1.066 hộ gia đình, cá nhân. Phân theo địa bàn:
   1/ Phường An Hải: 412 hộ (97 hộ phải TĐC); diện tích thu hồi 14,82 ha
   2/ Phường An Phong: 356 hộ (64 hộ phải TĐC); diện tích thu hồi 16,05 ha
   3/ Phường An Dương: 298 hộ (51 hộ phải TĐC); diện tích thu hồi 12,40 ha
   Cộng: 03 phường - 1.066 hộ - 212 hộ TĐC - 43,27 ha
3. Công trình hạ tầng kỹ thuật phải di dời: 18 trạm biến áp.
II. MỤC TIÊU
""")
    assert list(found) == ["I", "I/1", "I/2", "I/3", "II"]


def test_numbered_rows_under_short_captions_closed_by_group_totals_are_a_table(tmp_path):
    """A commune's school-milk plan lists its schools as `(1)` … `(6)` rows on the margin,
    grouped under `Cấp mầm non:` / `Cấp tiểu học:` and summed by `Cộng mầm non: …` (lr); the
    second group counts on from the first.  A paragraph's `… như sau:` over a list of
    headings that a sum ends keeps them (the quota list of a recruitment plan, vb)."""
    found = sections_of(tmp_path, """I. MỤC TIÊU
1. Số trẻ được uống sữa
a) Số trẻ từng trường
Cấp mầm non:
(1) Trường Mầm non Mường Bú: 14 lớp - 386 trẻ;
(2) Trường Mầm non Mường Chùm: 09 lớp - 241 trẻ.
Cộng mầm non: 23 lớp - 627 trẻ.
Cấp tiểu học:
(3) Trường Tiểu học Mường Bú: 20 lớp - 612 HS;
(4) Trường Tiểu học Tạ Bú: 12 lớp - 305 HS.
Cộng tiểu học: 32 lớp - 917 HS.
II. NỘI DUNG
""")
    assert list(found) == ["I", "I/1", "I/1/a", "II"]
    found = sections_of(tmp_path, """I. CHỈ TIÊU
Tổng chỉ tiêu năm 2026 là 25 chỉ tiêu, phân bổ cho các cơ quan như sau:
1. Sở Nội vụ: 13 chỉ tiêu;
2. Sở Tài chính: 12 chỉ tiêu.
Tổng cộng: 25 chỉ tiêu.
II. ĐIỀU KIỆN
""")
    assert list(found) == ["I", "I/1", "I/2", "II"]


def test_a_table_of_contents_is_not_read_as_headings(tmp_path):
    """A long plan from Word opens with `MỤC LỤC` and its headings with dotted leaders and pages,
    an entry wrapped onto the next line (mr): the headings are read once, where the body
    writes them, and an agency heading of the contents gives no role."""
    contents = """MỤC LỤC

I. MỤC ĐÍCH, YÊU CẦU.............................................2
    1. Mục đích..................................................2
II. TỔ CHỨC THỰC HIỆN............................................3
    1. Sở Văn hóa, Thể thao và Du lịch chủ trì triển khai các
    nhiệm vụ.....................................................3
    2. Sở Tài chính..............................................4

"""
    body = """I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Phát triển du lịch bền vững.
II. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch
Chủ trì triển khai Kế hoạch.
2. Sở Tài chính
Bố trí kinh phí.
"""
    parsed = parse_plan_text(tmp_path, HEADER + contents + body + CLOSING)
    found = {s.section_id: s for s in parsed["sections"]}
    assert list(found) == ["I", "I/1", "II", "II/1", "II/2"]
    text = parsed["documents"][0].text
    assert all(s.start > text.index("Bố trí") - 200 for s in found.values() if s.section_id.startswith("II"))
    assert all(a.start > text.index("Phát triển du lịch") for a in parsed["assignments"])


def test_letters_follow_the_vietnamese_alphabet_k_after_i(tmp_path):
    """The Vietnamese alphabet has no f or j: a list goes on `i)`, `k)`; a `j)` is no heading."""
    letters = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"]
    body = "".join(f"{x}) Chỉ số thành phần\nSở Tư pháp chủ trì.\n" for x in letters)
    found = sections_of(tmp_path, "I. NHIỆM VỤ\n" + body + "j) Không phải chữ cái\n")
    assert [sid for sid in found if sid.startswith("I/")] == [f"I/{x}" for x in letters]


def test_sub_letters_nest_under_the_letter_they_name(tmp_path):
    # a Hanoi plan: `1.1.1.`, `a)`, then `a.1)`, `a.2)`, `b.1)` one level below their letter
    found = sections_of(tmp_path, """I. NHIỆM VỤ
1. Lập lại trật tự đô thị
1.1. Lòng đường, vỉa hè
1.1.1. Các tuyến phố chính
a) Đối với khu vực trung tâm
a.1) Công an thành phố chủ trì xử lý vi phạm.
a.2) UBND các phường quản lý vỉa hè.
b) Đối với các tuyến liên xã
b.1) UBND các xã tổ chức giải tỏa.
1.1.2. Các tuyến khác
II. TỔ CHỨC THỰC HIỆN
""")
    sub = found["I/1/1.1/1.1.1/a/a.1"]
    assert (sub.marker, sub.marker_type, sub.level, sub.parent_id) == ("a.1", "letter", 6, "I/1/1.1/1.1.1/a")
    assert "I/1/1.1/1.1.1/a/a.2" in found and "I/1/1.1/1.1.1/b/b.1" in found
    assert found["I/1/1.1/1.1.1/b"].parent_id == "I/1/1.1/1.1.1"  # b) closes a.2)
    assert found["I/1/1.1/1.1.2"].parent_id == "I/1/1.1"


def test_a_sub_letter_not_under_its_letter_is_no_heading(tmp_path):
    # `b.1)` under `a)` names another letter; `a.2)` cannot open a list; decimals stay decimals
    found = sections_of(tmp_path, """I. NHIỆM VỤ
1. Nội dung
a) Đối với cấp huyện
b.1) Không phải mục con của a.
a.2) Không mở được danh sách.
2. Kinh phí
2.1. Nguồn vốn
""")
    assert not any("b.1" in sid or "a.2" in sid for sid in found)
    assert found["I/2/2.1"].marker_type == "decimal"


def test_decimals_after_a_first_one_run_into_their_parents_line_are_headings(tmp_path):
    # a web copy joins `2. Nhiệm vụ cụ thể` and `2.1. …`; the `2.2.` … that start a line go on from it
    found = sections_of(tmp_path, """I. NHIỆM VỤ
1. Công tác chỉ đạo
2. Nhiệm vụ cụ thể 2.1. Cải cách thể chế: Phòng Tư pháp chủ trì: a) Rà soát; b) Theo dõi.
2.2. Cải cách thủ tục hành chính
Văn phòng chủ trì: a) Rà soát; b) Công khai 100% thủ tục.
2.3. Cải cách tổ chức bộ máy hành chính Phòng Nội vụ chủ trì tham mưu: a) Rà soát; b) Sắp xếp.
2.4. Cải cách chế độ công vụ
a) Phòng Nội vụ chủ trì tuyển dụng.
b) Phòng Giáo dục và Đào tạo phối hợp.
3. Công tác tuyên truyền
II. TỔ CHỨC THỰC HIỆN
""")
    assert [sid for sid in found if sid.startswith("I/2/")] == ["I/2/2.2", "I/2/2.3", "I/2/2.4", "I/2/2.4/a", "I/2/2.4/b"]
    assert found["I/3"].level == 2


def test_a_decimal_without_its_first_sibling_is_no_heading(tmp_path):
    # `2.2.` under `2.` with no `2.1` anywhere, nor under a `3.` it does not number
    found = sections_of(tmp_path, """I. NHIỆM VỤ
1. Công tác chỉ đạo
2. Nhiệm vụ cụ thể, gồm 2 nhóm việc.
2.2. Không phải mục con
3. Công tác tuyên truyền 2.1. chỉ là số trong câu
2.2. Không phải mục con của 3
""")
    assert [sid for sid in found if sid.startswith("I/")] == ["I/1", "I/2", "I/3"]


def test_tasks_numbered_on_across_roman_parts_keep_their_written_number(tmp_path):
    """g6: a ministry plan's tasks `(1)`…`(3)` under `III.` go on as `(4)`, `(5)` under `IV.`:
    each a section of its part (not the next `(6)`); its `i)` items are no letter list."""
    found = sections_of(tmp_path, """I. MỤC TIÊU
Hoàn thiện hạ tầng chất lượng quốc gia.
II. HOÀN THIỆN THỂ CHẾ
(1) Xây dựng, trình ban hành các văn bản quy định chi tiết.
i) Nghị định quy định chi tiết;
ii) Thông tư hướng dẫn.
(2) Rà soát, đề xuất sửa đổi Nghị định.
III. PHÁT TRIỂN HẠ TẦNG
(3) Xây dựng và công bố tiêu chuẩn quốc gia.
(4) Nâng cấp hệ thống chuẩn đo lường quốc gia.
IV. KINH PHÍ THỰC HIỆN
(6) Mục không theo thứ tự
""")
    assert list(found) == ["I", "II", "II/1", "II/2", "III", "III/3", "III/4", "IV"]


def test_a_roman_numeral_written_twice_is_the_next_section_all_the_same(tmp_path):
    found = sections_of(tmp_path, """I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
II. TÌNH HUỐNG GIẢ ĐỊNH
III. MỤC TIÊU, CHỈ TIÊU
1. Mục tiêu chung
2. Chỉ tiêu cụ thể
III. PHƯƠNG ÁN SƠ TÁN DÂN
1. Khu vực phải sơ tán
2. Dự kiến số hộ
III. Dự kiến viết thường không là tiêu đề
IV. TỔ CHỨC THỰC HIỆN
""")
    assert list(found) == ["I", "I/1", "II", "III", "III/1", "III/2", "III~2", "III~2/1", "III~2/2", "IV"]


def test_a_letter_written_twice_before_the_list_goes_on_is_the_next_letter_all_the_same(tmp_path):
    # `d)`, `d)`, `e)`: the typist meant `đ)`; the second keeps its written letter (`d~2`)
    found = sections_of(tmp_path, """I. CHỈ TIÊU
1. Chỉ tiêu chung
a) Thi hành xong về việc đạt trên 85%.
b) Giảm ít nhất 5% số việc chuyển kỳ sau.
c) Ra quyết định thi hành án đúng thời hạn.
d) Án tín dụng, ngân hàng: về tiền đạt trên 50%.
d) Theo dõi thi hành án hành chính: theo dõi 100% bản án.
e) Khiếu nại, tố cáo: 100% đơn được xử lý.
g) Chuyển đổi số: 100% hồ sơ được cập nhật.
2. Chỉ tiêu riêng
II. TỔ CHỨC THỰC HIỆN
""")
    assert list(found) == ["I", "I/1", "I/1/a", "I/1/b", "I/1/c", "I/1/d", "I/1/d~2", "I/1/e", "I/1/g",
                           "I/2", "II"]


def test_a_heading_after_a_form_feed_climbs_its_ladder(tmp_path):
    found = sections_of(tmp_path, "I. NHIỆM VỤ\n1. Tuyên truyền\n- Tổ chức hội nghị.\n\n                2\n"
                                  "\f2. Đầu tư, quản lý thiết chế\n- Rà soát nhà văn hóa.\n3. Đẩy mạnh xã hội hóa\n")
    assert list(found) == ["I", "I/1", "I/2", "I/3"]
    assert found["I/2"].heading.startswith("Đầu tư")


def test_zero_padded_numbers_are_the_headings_they_count(tmp_path):
    """i7: a clerk's `01.`…`10.` under `V.` are headings 1…10 (marker `3`, id `V/3`); a padded
    `02.01.` is 2.1; a count `10 người` starting a line is no heading."""
    found = sections_of(tmp_path, """I. NHIỆM VỤ
1. Tuyên truyền
II. TỔ CHỨC THỰC HIỆN
01. Công an huyện (Cơ quan thường trực)
- Tham mưu UBND huyện.
02. Phòng Lao động - TB&XH
02.01. Rà soát người nghiện
03. Phòng Văn hóa và Thông tin
10 người nghiện đã được cai.
""")
    assert list(found) == ["I", "I/1", "II", "II/1", "II/2", "II/2/2.1", "II/3"]
    assert found["II/3"].marker == "3" and found["II/3"].marker_type == "arabic"
    assert found["II/3"].heading.startswith("03. Phòng Văn hóa") or found["II/3"].heading.startswith("Phòng Văn hóa")


def test_parts_in_words_with_muc_headings_restart_their_numbers_and_nest_decimals(tmp_path):
    # o6: `Phần thứ nhất` … `Mục 1.` (level 1, ids restart per part) and `1.1.` under it
    found = sections_of(tmp_path, """Phần thứ nhất
MỤC ĐÍCH, YÊU CẦU
Mục 1. Mục đích, yêu cầu
1.1. Mục đích
Quán triệt đầy đủ.
1.2. Yêu cầu
Bảo đảm đồng bộ.
Mục 2. Mục tiêu
2.1. Mục tiêu tổng quát
Phát triển nhanh.
Phần thứ hai
NHIỆM VỤ, GIẢI PHÁP
Mục 1. Đổi mới tư duy
1.1. Tổ chức học tập
Sở Nội vụ chủ trì.
Mục 2. Cải cách thể chế
Rà soát thủ tục; xem mục 3. Nội dung khác.
""")
    assert {k: (s.marker, s.level) for k, s in found.items()} == {
        "1": ("1", 1), "1/1.1": ("1.1", 2), "1/1.2": ("1.2", 2), "2": ("2", 1), "2/2.1": ("2.1", 2),
        "1~2": ("1", 1), "1~2/1.1": ("1.1", 2), "2~2": ("2", 1)}


def test_chapters_hold_their_muc_groups_and_a_part_line_ends_them(tmp_path):
    # a strategy in `Phần thứ …` / `Chương I` (title on the next line) / `Mục 1.` / `1.`: the
    # chapter is a Roman section that numbers on from the part's `I.` (`I~2`), each `Mục`
    # holds its own `1.`, `2.`; the next part's `I.` is no heading inside the chapter
    found = sections_of(tmp_path, """PHẦN THỨ NHẤT. ĐÁNH GIÁ KẾT QUẢ
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Về kinh tế
Tăng trưởng khá.

PHẦN THỨ HAI. PHƯƠNG HƯỚNG GIAI ĐOẠN 2026 - 2030

CHƯƠNG I
MỤC TIÊU PHÁT TRIỂN

Mục 1. Mục tiêu chung
Phát triển nhanh, bền vững.
Mục 2. Chỉ tiêu cụ thể
a) Về kinh tế
Tăng trưởng bình quân 8%/năm.

CHƯƠNG II
NHIỆM VỤ VÀ GIẢI PHÁP

Mục 1. Về kinh tế
1. Phát triển công nghiệp
Sở Công Thương chủ trì.
2. Phát triển du lịch
Sở Văn hóa, Thể thao và Du lịch chủ trì.
Mục 2. Về xã hội
1. Giáo dục
Sở Giáo dục và Đào tạo chủ trì; thực hiện theo Chương II của Luật Giáo dục.

PHẦN THỨ BA. TỔ CHỨC THỰC HIỆN
I. PHÂN CÔNG NHIỆM VỤ
1. Sở Tài chính
""")
    assert {k: (s.marker, s.level) for k, s in found.items()} == {
        "I": ("I", 1), "I/1": ("1", 2),
        "I~2": ("I", 1), "I~2/1": ("1", 2), "I~2/2": ("2", 2), "I~2/2/a": ("a", 3),
        "II": ("II", 1), "II/1": ("1", 2), "II/1/1": ("1", 3), "II/1/2": ("2", 3), "II/2": ("2", 2),
        "II/2/1": ("1", 3),
        "I~3": ("I", 1), "I~3/1": ("1", 2)}
    assert found["I~2"].heading == "MỤC TIÊU PHÁT TRIỂN" and found["I~2"].kind == "objectives"
    assert found["II"].kind == "tasks" and found["I~3"].kind == "organization"


def test_bulleted_letters_again_under_a_titled_letter_are_its_points(tmp_path):
    # o7: `c) Kiểm tra, giám sát` then `- a)`, `- b)`: level 4; under a sentence no new list
    found = sections_of(tmp_path, """I. NHIỆM VỤ
1. Thu thập thông tin
a) Doanh nghiệp tự kê khai.
b) Cơ sở cá thể được phỏng vấn.
c) Kiểm tra, giám sát
- a) Ban Chỉ đạo tỉnh tổ chức kiểm tra.
- b) Thống kê tỉnh giám sát trực tuyến.
2. Phát triển nguồn nhân lực
a) Tổ chức các lớp bồi dưỡng.
b) Đào tạo nghề cho lao động nông thôn.
- a) Sở Giáo dục và Đào tạo chỉ đạo;
""")
    assert found["I/1/c/a"].level == 4 and found["I/1/c/b"].parent_id == "I/1/c"
    # under a sentence the bulleted letters start the same list again (c5, g1, h8)
    assert not any(k.startswith("I/2/b/") for k in found)
    assert found["I/2/a~2"].level == 3 and found["I/2/a~2"].parent_id == "I/2"


def test_letters_start_again_under_an_unnumbered_sub_title_of_the_same_heading(tmp_path):
    # r9: `**Cấp độ 2: …**` letters its points from `a)` again under the one `2.`
    found = sections_of(tmp_path, """I. PHƯƠNG ÁN ỨNG PHÓ
1. Biện pháp phòng bệnh
Tiêm phòng cho đàn lợn.
2. Các biện pháp ứng phó khi có dịch
**Cấp độ 1: Dịch xuất hiện tại 01 thôn**
a) Trưởng thôn báo cáo ngay cho UBND xã.
b) Ban Chỉ đạo xã chỉ đạo khoanh vùng ổ dịch.
c) Phòng Kinh tế tham mưu UBND xã công bố dịch.
**Cấp độ 2: Dịch xuất hiện từ 02 thôn trở lên**
a) Thực hiện các biện pháp như cấp độ 1.
b) Công an xã chủ trì lập chốt kiểm dịch.

CẤP ĐỘ 3: DỊCH LAN RỘNG
a) UBND xã báo cáo UBND tỉnh.
3. Công bố hết dịch
a) Phòng Kinh tế hoàn thiện hồ sơ.
b) Trạm Thú y hướng dẫn.
Các việc tiếp theo như sau:
a) Không là mục mới: câu thường không là tiêu đề phụ.
""")
    assert [k for k in found if k.startswith("I/2/")] == \
        ["I/2/a", "I/2/b", "I/2/c", "I/2/a~2", "I/2/b~2", "I/2/a~3"]
    assert found["I/2/a~2"].level == 3 and found["I/2/a~3"].parent_id == "I/2"
    assert found["I/2/c"].end < found["I/2/a~2"].start
    # a sentence above `a)` is no sub-title: the letters do not start again
    assert [k for k in found if k.startswith("I/3/")] == ["I/3/a", "I/3/b"]


def test_a_slipped_letter_between_two_steps_of_its_list_is_their_sibling(tmp_path):
    # wv: `a)`, `b)`, `c)`, then `a) Xăng dầu` for `d)`, `đ) Vật tư`: the slip is `a~2`
    found = sections_of(tmp_path, """I. MẶT HÀNG TRỌNG ĐIỂM
1. Mặt hàng
a) Thực phẩm: thịt, gia cầm.
b) Hàng tiêu dùng: quần áo, giày dép.
c) Hàng cấm: pháo nổ.
a) Xăng dầu, khí dầu mỏ hóa lỏng: kiểm tra đo lường.
đ) Vật tư nông nghiệp: phân bón.
2. Địa bàn
a) Chợ đầu mối.
b) Cửa khẩu.
a) Không có chữ tiếp theo nên không là mục.
""")
    assert [k for k in found if k.startswith("I/1/")] == ["I/1/a", "I/1/b", "I/1/c", "I/1/a~2", "I/1/đ"]
    assert found["I/1/a~2"].level == 3 and found["I/1/c"].end < found["I/1/a~2"].start
    # no next letter to confirm the slip: no heading
    assert [k for k in found if k.startswith("I/2/")] == ["I/2/a", "I/2/b"]


def test_a_number_written_again_as_the_last_item_of_a_list_is_its_sibling(tmp_path):
    # s9: `7. Chế độ báo cáo` after `8.` closes `VI. TỔ CHỨC THỰC HIỆN` (here `2.` after `3.`)
    found = sections_of(tmp_path, """I. NHIỆM VỤ
1. Tuyên truyền
2. Kiểm tra
II. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
Chủ trì, hướng dẫn.
2. Các cơ sở giáo dục
Tổ chức dạy bơi.
3. Gia đình, cha mẹ
Trông giữ trẻ em.
2. Chế độ báo cáo
Các đơn vị báo cáo định kỳ 6 tháng về Sở Y tế.
""")
    assert list(found) == ["I", "I/1", "I/2", "II", "II/1", "II/2", "II/3", "II/2~2"]
    assert found["II/2~2"].level == 2 and found["II/2~2"].parent_id == "II"
    assert found["II/3"].end < found["II/2~2"].start


def test_tasks_numbered_again_under_an_unnumbered_group_heading_repeat_their_numbers(tmp_path):
    # yn: a hospital plan groups its tasks under `NHÓM GIẢI PHÁP …` in capitals inside `III.`
    found = sections_of(tmp_path, """I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
II. NHIỆM VỤ, GIẢI PHÁP
1. Kiện toàn hệ thống quản lý chất lượng
2. Quản lý giường bệnh
- Phòng Kế hoạch tổng hợp điều phối giường bệnh.

NHÓM GIẢI PHÁP NÂNG CAO SỰ HÀI LÒNG CỦA NGƯỜI BỆNH

1. Đổi mới phong cách, thái độ phục vụ
2. Ứng dụng công nghệ thông tin
a) Phòng Công nghệ thông tin triển khai bệnh án điện tử.
III. KINH PHÍ
""")
    assert list(found) == ["I", "I/1", "II", "II/1", "II/2", "II/1~2", "II/2~2", "II/2~2/a", "III"]
    assert found["II/1~2"].level == 2 and found["II/2"].end < found["II/1~2"].start


def test_a_decimal_written_twice_is_the_next_heading_all_the_same(tmp_path):
    # yl: `4.3.3. Quản lý nguồn lửa`, then `4.3.3. Tuần tra, canh gác lửa`
    found = sections_of(tmp_path, """1. NHIỆM VỤ
1.1. Công tác phòng cháy
1.1.1. Xây dựng phương án
1.1.2. Quản lý nguồn lửa
1.1.2. Tuần tra, canh gác lửa
1.1.2. trong mùa khô không là tiêu đề.
1.2. Công tác chữa cháy
""")
    assert list(found) == ["1", "1/1.1", "1/1.1/1.1.1", "1/1.1/1.1.2", "1/1.1/1.1.2~2", "1/1.2"]


def test_a_bare_roman_numeral_after_parts_with_the_word_is_the_next_part(tmp_path):
    # yq: `PHẦN I.`, `PHẦN II.`, then `III. NỘI DUNG CÔNG VIỆC` without the word
    found = sections_of(tmp_path, """PHẦN I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
PHẦN II. ĐỐI TƯỢNG, PHẠM VI
1. Đối tượng
III. NỘI DUNG CÔNG VIỆC
1. Công tác chuẩn bị
1.1. Thành lập Ban Chỉ đạo
IV. TỔ CHỨC THỰC HIỆN
1. Công an phường
""")
    assert list(found) == ["I", "I/1", "II", "II/1", "III", "III/1", "III/1/1.1", "IV", "IV/1"]
    assert found["III"].level == 1 and found["III"].kind == "tasks" and found["IV"].kind == "organization"


def test_a_number_going_back_inside_a_list_or_in_a_sentence_is_no_heading(tmp_path):
    found = sections_of(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
Chủ trì thực hiện.
2. Sở Giáo dục
Phối hợp thực hiện.
3. Sở Tài chính
1. Bố trí kinh phí
2. Hướng dẫn thanh quyết toán.
2. Các đơn vị báo cáo kết quả về Sở Y tế trước ngày 15/6.
II. KINH PHÍ
1. Ngân sách tỉnh
2. Nguồn xã hội hóa
1. Nguồn khác
3. Nguồn tài trợ
2. Nguồn vốn lồng ghép
4. Nguồn khác của địa phương
""")
    assert list(found) == ["I", "I/1", "I/2", "I/3", "II", "II/1", "II/2", "II/3", "II/4"]


def test_capital_letter_parts_inside_a_roman_section_nest_under_it(tmp_path):
    found = sections_of(tmp_path, """I. MỤC ĐÍCH, YÊU CẦU
Tổ chức thực hiện.
II. MỤC TIÊU, CHÍNH SÁCH VÀ GIẢI PHÁP
A. MỤC TIÊU
1. Mục tiêu chung
Thu hút bác sĩ.
B. CHÍNH SÁCH THU HÚT
1. Đối tượng áp dụng
2. Mức hỗ trợ
a) Hỗ trợ một lần
III. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
""")
    assert {"II/A", "II/A/1", "II/B", "II/B/1", "II/B/2", "II/B/2/a", "III", "III/1"} <= set(found)
    assert (found["II/A"].level, found["II/B/2"].level, found["II/B/2/a"].level) == (2, 3, 4)
    assert found["II/A"].heading.startswith("MỤC TIÊU") and "A. MỤC TIÊU" not in found["II"].heading


def test_a_capital_letter_in_a_sentence_or_alone_under_a_roman_section_is_no_part(tmp_path):
    found = sections_of(tmp_path, """I. MỤC ĐÍCH
A. Kết quả thực hiện năm trước được duy trì.
II. NHIỆM VỤ
B. CHÍNH SÁCH
1. Giao dự toán
""")
    assert not any("/A" in sid or "/B" in sid for sid in found)
    assert "II/1" in found


def test_a_decimal_marker_typed_without_its_space(tmp_path):
    """`2.2.Năm 2027 …`, `4.3.Bệnh viện …`: a typist left out the space after the dot;
    the next number after it still climbs the ladder."""
    found = sections_of(tmp_path, "I. MỤC TIÊU\n1. Mục tiêu chung\nNâng cao sức khỏe.\n"
                                  "2. Mục tiêu cụ thể\n2.1. Năm 2026\n- Ít nhất 50% người dân.\n"
                                  "2.2.Năm 2027 và các năm tiếp theo\n- Ít nhất 80% người dân.\n"
                                  "2.3. Kinh phí\nBệnh viện bảo đảm 1.500.000đ cho mỗi lượt.\n")
    assert [sid for sid in found if sid.startswith("I/2/")] == ["I/2/2.1", "I/2/2.2", "I/2/2.3"]


def test_headings_typed_without_their_dot_or_with_a_comma_climb_their_ladders(tmp_path):
    """`II KẾT QUẢ`, `3 Lực lượng`, `c, Trồng cây`: a typist left out the dot or typed a
    comma; the numbering around them (the step before open, the step after next) says they
    are headings."""
    found = sections_of(tmp_path, """I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Phát huy vai trò xung kích.
II CHỈ TIÊU
- 100% Chi đoàn ra quân.
III. NỘI DUNG
1. Chăm lo cho thiếu nhi
2. Bảo vệ môi trường
a. Đường hoa thanh niên
b. Ngày Chủ nhật xanh
- Ra quân vào Chủ nhật cuối tháng.
c, Phân loại rác tại nguồn
- Mỗi thôn một mô hình.
3 Đền ơn đáp nghĩa
- Thăm, tặng quà gia đình chính sách.
4. Chuyển đổi số
IV TỔ CHỨC THỰC HIỆN
1. Ban Thường vụ Đoàn xã
2. Các Chi đoàn
Xây dựng kế hoạch cụ thể.
3 Chế độ báo cáo
Báo cáo trước ngày 20 hằng tháng.
""")
    assert list(found) == ["I", "I/1", "II", "III", "III/1", "III/2", "III/2/a", "III/2/b", "III/2/c",
                           "III/3", "III/4", "IV", "IV/1", "IV/2", "IV/3"]
    assert (found["II"].kind, found["IV"].kind) == ("objectives", "organization")
    assert found["III/2/c"].heading.startswith("Phân loại rác")


def test_a_first_title_typed_without_its_dot_opens_its_list_under_a_caps_heading(tmp_path):
    """`III NHIỆM VỤ …` over `1 Trách nhiệm …` (both dots left out, the second line no wrap
    of the first: a capitals heading goes on in capitals); `2. Trách nhiệm …` after it says
    the `1` is the first of the list.  A lone bare `1 …` followed by more bare numbers
    confirms nothing."""
    found = sections_of(tmp_path, """I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Phát huy vai trò của Hội.
II. MỤC TIÊU
Tăng quy mô tín dụng
III NHIỆM VỤ VÀ TRÁCH NHIỆM CỦA MỖI BÊN
1 Trách nhiệm của Hội Nông dân tỉnh
a) Công tác chỉ đạo
- Chủ trì tuyên truyền.
2. Trách nhiệm của Ngân hàng
a) Về nguồn vốn
- Bảo đảm nguồn vốn.
IV. CHẾ ĐỘ GIAO BAN, SƠ KẾT, TỔNG KẾT VÀ BÁO CÁO
1 Sở Y tế
2 Sở Tài chính
V TỔ CHỨC THỰC HIỆN
1. Hai bên thống nhất thành lập Ban Chỉ đạo.
""")
    assert list(found) == ["I", "I/1", "II", "III", "III/1", "III/1/a", "III/2", "III/2/a", "IV", "V", "V/1"]
    assert found["III/1"].heading == "Trách nhiệm của Hội Nông dân tỉnh"
    assert (found["III"].kind, found["IV"].kind) == ("tasks", "reporting")


def test_bare_numbers_of_a_list_or_a_caps_line_are_no_headings(tmp_path):
    """Rows numbered without a dot (`3 Sở Tài chính`, `4 Sở Nội vụ`) go on a list of their
    own, no heading; `VI PHẠM …` in capitals is no Roman numeral."""
    found = sections_of(tmp_path, """I. NHIỆM VỤ
1. Tuyên truyền
2. Phân công thực hiện
1 Sở Y tế
2 Sở Giáo dục và Đào tạo
3 Sở Tài chính
4 Sở Nội vụ
3. Kiểm tra
II. XỬ LÝ
1. Các trường hợp
V PHẠM VI ÁP DỤNG
VI PHẠM HÀNH CHÍNH
""")
    assert list(found) == ["I", "I/1", "I/2", "I/3", "II", "II/1"]


def test_a_list_numbered_under_a_letter_ends_where_the_outer_numbering_goes_on(tmp_path):
    # yx: works `1.`…`3.` listed under `b) Danh mục công trình` inside `2.`; `3. Quản lý` is
    # the third task, not a slip in the works list
    found = sections_of(tmp_path, """I. NHIỆM VỤ
1. Rà soát quy hoạch
2. Đầu tư xây dựng công trình
a) Nguyên tắc lựa chọn
b) Danh mục công trình
1. Nhà máy nước liên xã, công suất 6.000 m3/ngày đêm.
2. Tuyến ống truyền tải, chiều dài khoảng 42 km.
3. Hồ chứa nước ngọt dự phòng.
3. Quản lý, vận hành công trình
4. Thông tin, truyền thông
II. TỔ CHỨC THỰC HIỆN
""")
    assert list(found) == ["I", "I/1", "I/2", "I/2/a", "I/2/b", "I/2/b/1", "I/2/b/2", "I/2/b/3",
                           "I/3", "I/4", "II"]
    assert found["I/2/b/3"].end < found["I/3"].start


def test_numbered_items_named_by_what_they_are_head_a_roman_section(tmp_path):
    # xk: `Nhiệm vụ 1: …` … `Nhiệm vụ 6: …` stand for `1.`…`6.` under `II.`, with their points
    found = sections_of(tmp_path, """I. MỤC ĐÍCH
1. Mục đích
II. NHIỆM VỤ TRỌNG TÂM
Nhiệm vụ 1: Cải cách thể chế
a) Nâng cao chất lượng văn bản
b) Tổ chức thi hành pháp luật
Nhiệm vụ 2:Cải cách thủ tục hành chính
a) Kiểm soát thủ tục
III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
Chủ trì triển khai Nhiệm vụ 1.
""")
    assert list(found) == ["I", "I/1", "II", "II/1", "II/1/a", "II/1/b", "II/2", "II/2/a", "III", "III/1"]
    assert found["II/2"].marker_type == "arabic" and found["II/2"].heading.startswith("Cải cách thủ tục")


def test_criteria_of_a_scored_set_head_a_roman_section(tmp_path):
    # bo: a civilised ward's plan heads its parts `Tiêu chí 1. …`, `Tiêu chí 2: …`, `Tiêu chí 3 - …`
    found = sections_of(tmp_path, """I. MỤC TIÊU
1. Mục tiêu chung
II. CHỈ TIÊU, NHIỆM VỤ THEO TỪNG TIÊU CHÍ
Tiêu chí 1. Đời sống văn hóa
a) Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa” ≥ 95%;
Tiêu chí 2: Kinh tế đô thị
a) 100% hộ kinh doanh ký cam kết;
Tiêu chí 3 - Cơ sở hạ tầng (năm 2025 chưa đạt)
a) 100% tuyến đường có chiếu sáng công cộng;
III. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội
Chủ trì thực hiện Tiêu chí 1, Tiêu chí 2.
""")
    assert list(found) == ["I", "I/1", "II", "II/1", "II/1/a", "II/2", "II/2/a", "II/3", "II/3/a", "III", "III/1"]
    assert found["II/3"].marker_type == "arabic" and found["II/3"].heading.startswith("Cơ sở hạ tầng")


def test_named_items_under_a_numbered_group_are_no_headings(tmp_path):
    # b0: `Nhiệm vụ 1:`… number the tasks inside `1. Nhóm nhiệm vụ …`, run on across the groups
    found = sections_of(tmp_path, """I. NHIỆM VỤ, GIẢI PHÁP
1. Nhóm nhiệm vụ đổi mới tư duy
Nhiệm vụ 1: Tổ chức quán triệt, tuyên truyền.
Nhiệm vụ 2: Đưa kết quả vào tiêu chí đánh giá.
2. Nhóm nhiệm vụ nâng cao chất lượng
Nhiệm vụ 3: Rà soát, hệ thống hóa văn bản.
II. TỔ CHỨC THỰC HIỆN
""")
    assert list(found) == ["I", "I/1", "I/2", "II"]


def test_a_heading_line_pasted_twice_is_read_twice(tmp_path):
    # xh: `3. Bố trí, huy động nguồn lực` written twice; the points below are the second's
    found = sections_of(tmp_path, """I. NHIỆM VỤ
1. Kiện toàn bộ máy
2. Rà soát danh sách
3. Bố trí, huy động nguồn lực
3. Bố trí, huy động nguồn lực
a) Sở Tài chính chủ trì bố trí nguồn.
b) Đề nghị Ủy ban MTTQ Việt Nam tỉnh vận động.
4. Tổ chức thi công
II. TỔ CHỨC THỰC HIỆN
""")
    assert list(found) == ["I", "I/1", "I/2", "I/3", "I/3~2", "I/3~2/a", "I/3~2/b", "I/4", "II"]


def test_the_open_number_written_again_with_the_list_going_on_from_it_is_its_sibling(tmp_path):
    # wf, wa: `3. Bảo vệ thực vật` … `3. Cơ giới hóa, liên kết`, then `4.` — a typist's slip
    found = sections_of(tmp_path, """I. NHIỆM VỤ VÀ GIẢI PHÁP
1. Thủy lợi
Nạo vét kênh mương nội đồng.
2. Công tác giống
Sử dụng giống xác nhận.
3. Bảo vệ thực vật
3.1 Điều tra, dự báo
Duy trì bẫy đèn.
3. Cơ giới hóa, liên kết tiêu thụ
Các Hợp tác xã ký hợp đồng liên kết.
4. Tuyên truyền, tập huấn
Phát lịch thời vụ trên hệ thống truyền thanh.
""")
    assert list(found) == ["I", "I/1", "I/2", "I/3", "I/3/3.1", "I/3~2", "I/4"]
    assert found["I/3~2"].level == 2 and found["I/3~2"].parent_id == "I"


def test_numbers_lost_in_a_docx_conversion_keep_the_written_ones(tmp_path):
    # wj: Word's own numbering dropped (`Mục đích`, `Sở Giáo dục và Đào tạo`), typed numbers kept
    found = sections_of(tmp_path, """I. MỤC ĐÍCH, YÊU CẦU
Mục đích
• Khôi phục nhanh hoạt động của các trường học.
2. Yêu cầu
• Phân công cụ thể nhiệm vụ cho từng cơ quan.
II. TỔ CHỨC THỰC HIỆN
1. Ban Chỉ huy Phòng thủ dân sự tỉnh
Chỉ đạo, điều phối chung công tác khắc phục hậu quả.
Sở Giáo dục và Đào tạo
• Chủ trì sửa chữa trường học.
3. Sở Y tế
a) Khắc phục trạm y tế bị hư hỏng;
4. Sở Xây dựng
""")
    assert list(found) == ["I", "I/2", "II", "II/1", "II/3", "II/3/a", "II/4"]
    assert found["II/3"].rule_id == "lost_number.title"
    # the lost `2. Sở Giáo dục và Đào tạo` ends `1.`: its lines stand in `II`, as an unnumbered heading's do
    assert found["II/1"].end < found["II/3"].start - len("Sở Giáo dục và Đào tạo")


def test_many_lost_numbers_and_letters_under_a_lost_item_keep_the_typed_list(tmp_path):
    """mp: a 2023 district plan lost `1.` and `2.` (their titles stand alone, letters under
    the second) before the typed `3.`, and `1.` … `4.` of its organisation section before
    `5.`, `6.`: each lost number stands as one title line, so the typed ones are headings
    and the letters opened before `3.` close there."""
    found = sections_of(tmp_path, """I. NỘI DUNG HOẠT ĐỘNG
Công tác chỉ đạo, điều hành
	UBND huyện ban hành Kế hoạch.
Công tác thông tin, truyền thông
a) Truyền thông trên các phương tiện thông tin đại chúng
	Trung tâm Văn hoá huyện xây dựng chuyên mục.
b) Truyền thông trực tiếp
	Phòng Lao động tổ chức 02 buổi truyền thông.
3. Tổ chức Lễ phát động Tháng hành động
a) Lễ phát động cấp huyện
	Tổ chức ngày 01/6/2023.
II. TỔ CHỨC THỰC HIỆN
Phòng Lao động - Thương binh và Xã hội
	Là cơ quan thường trực.
Phòng Văn hoá và Thông tin
	Chủ trì tuyên truyền.
Phòng Giáo dục và Đào tạo
	Chỉ đạo các trường học.
Công an huyện
	Bảo đảm an ninh.
5. Phòng Tài chính - Kế hoạch: Bố trí kinh phí.
6. Phòng Tư pháp: Phối hợp tuyên truyền.
""")
    assert list(found) == ["I", "I/a", "I/b", "I/3", "I/3/a", "II", "II/5", "II/6"]
    assert found["I/b"].end < found["I/3"].start and found["II/5"].rule_id == "lost_number.title"


def test_paragraph_items_whose_numbers_word_dropped_keep_their_tab(tmp_path):
    # dq: `4.⇥` and `5.⇥` lost, their tabs left; the typed `3.` and `6.` stand flush left
    found = sections_of(tmp_path, """I. CÁC BƯỚC CHUẨN BỊ
1. Xây dựng, ban hành Kế hoạch chuẩn bị Kỳ họp.
(Thời gian: ngày 14/4/2026; Cơ quan thực hiện: Thường trực HĐND xã)
2. Đăng ký danh mục tờ trình, dự thảo nghị quyết trình Kỳ họp.
(Thời gian: trước ngày 17/4/2026; Cơ quan thực hiện: UBND xã)
3. Thường trực HĐND xã họp thống nhất dự kiến nội dung, chương trình Kỳ họp.
(Thời gian: ngày 20/4/2026; Cơ quan thực hiện: Thường trực HĐND xã)
\tHoàn thiện hồ sơ trình Kỳ họp, gồm: Tờ trình; dự thảo Nghị quyết.
(Thời gian: trước ngày 27/4/2026; Cơ quan thực hiện: UBND xã)
\tTổ chức thẩm tra các tờ trình, dự thảo nghị quyết theo lĩnh vực được phân công.
(Thời gian: từ ngày 28/4/2026 đến ngày 06/5/2026; Cơ quan thực hiện: các Ban HĐND xã)
6. Ban hành Quyết định triệu tập Kỳ họp.
II. TỔ CHỨC THỰC HIỆN
""")
    assert list(found) == ["I", "I/1", "I/2", "I/3", "I/6", "II"]
    assert found["I/6"].rule_id == "lost_number.paragraph"
    # the lost `4.` ends `3.`: its lines stand in `I`
    assert found["I/3"].end <= found["I/6"].start - 200


def test_a_skipped_number_over_prose_is_no_heading(tmp_path):
    # no title line stands for the number left out: `3.` is no heading of its own
    found = sections_of(tmp_path, """I. NHIỆM VỤ
1. Rà soát danh sách hộ nghèo
Các xã rà soát, lập danh sách hộ nghèo trước ngày 15/10/2025.
3. Tổ chức hỗ trợ
II. TỔ CHỨC THỰC HIỆN
""")
    assert list(found) == ["I", "I/1", "II"]


RUN_ON_FILLER = "Các thôn, tổ dân phố tổ chức tuyên truyền, vận động Nhân dân tham gia thực hiện. " * 20


def test_a_plan_pasted_in_one_line_has_its_headings_at_sentence_ends_and_after_short_titles(tmp_path):
    # a chat message's paste: the header on two lines, the rest of the plan on two more
    text = ("ỦY BAN NHÂN DÂN XÃ TAM NÔNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
            "Số: 12/KH-UBND Tam Nông, ngày 05 tháng 01 năm 2026\n"
            "KẾ HOẠCH Tổ chức trồng cây xanh trên địa bàn xã năm 2026 Căn cứ Kế hoạch số 36/KH-UBND ngày "
            "16/01/2026 của UBND tỉnh, UBND xã xây dựng Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích - "
            f"Phát huy truyền thống. {RUN_ON_FILLER}2. Yêu cầu - Trồng cây đúng thời vụ, theo Điều 2. Quy định "
            f"của xã. II. NỘI DUNG 1. Trồng cây phân tán a) Thời gian: Quý I/2026. {RUN_ON_FILLER}b) Địa điểm: "
            "các thôn. III. TỔ CHỨC THỰC HIỆN 1. Phòng Kinh tế Chủ trì tham mưu UBND xã triển khai Kế hoạch. "
            f"2. Phòng Văn hóa - Xã hội Chủ trì công tác tuyên truyền. {RUN_ON_FILLER}\n"
            "Nơi nhận: - UBND tỉnh (b/c); - Lưu: VT, KT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH "
            "(Đã ký) Nguyễn Văn An\n")
    parsed = parse_plan_text(tmp_path, text)
    found = {s.section_id: s.heading for s in parsed["sections"]}
    assert list(found) == ["I", "I/1", "I/2", "II", "II/1", "II/1/a", "II/1/b", "III", "III/1", "III/2"]
    assert found["I/1"] == "Mục đích"
    assert found["III/2"] == "Phòng Văn hóa - Xã hội"  # (its dash is the name's, no bullet)
    document = parsed["documents"][0]
    assert (document.doc_type, document.title) == ("KE_HOACH", "Tổ chức trồng cây xanh trên địa bàn xã năm 2026")
    assert (document.signer_title, document.signer_name) == ("PHÓ CHỦ TỊCH", "Nguyễn Văn An")
    assert document.recipients == ["UBND tỉnh (b/c)", "Lưu: VT, KT"]


def test_a_long_paragraph_keeps_the_numbers_inside_its_sentences(tmp_path):
    found = sections_of(tmp_path, "I. NỘI DUNG\n" + RUN_ON_FILLER + "Thực hiện theo Điều 2. Quy định của xã, "
                        "khoản 1. Các thôn " + RUN_ON_FILLER + "\nII. TỔ CHỨC THỰC HIỆN\n1. Các thôn báo cáo.\n")
    assert list(found) == ["I", "II", "II/1"]


def test_small_roman_numerals_heading_paragraphs_under_a_numbered_item_are_sections(tmp_path):
    """av: `i)`, `ii)` … head the parts of `2. Chỉ tiêu cụ thể`, each over bullets of its
    own: small Roman sections one level down (`III/2/i`, and `v)` after `iv)` is `v`, not a
    letter); a lone `i)` after `h)` stays a letter, and numerals inside a sentence's list
    (`gồm: i) …; ii) …`) are no headings."""
    found = sections_of(tmp_path, """I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao chất lượng phục vụ.
2. Chỉ tiêu cụ thể
i) Về dịch vụ công trực tuyến
- Tỷ lệ hồ sơ trực tuyến đạt 80%.
ii) Về số hóa hồ sơ
- 100% hồ sơ được số hóa.
iii) Về thời gian giải quyết
- Tỷ lệ hồ sơ đúng hạn đạt 98%.
iv) Về sự hài lòng
- Mức độ hài lòng đạt 95%.
v) Về phản ánh, kiến nghị
- 100% phản ánh được xử lý.
3. Lộ trình thực hiện
Theo quý.
II. NHIỆM VỤ
1. Xây dựng văn bản, gồm:
i) Quyết định ban hành quy chế;
ii) Kế hoạch kiểm tra.
2. Các chỉ số thành phần
a) Chỉ số một
b) Chỉ số hai
c) Chỉ số ba
d) Chỉ số bốn
đ) Chỉ số năm
e) Chỉ số sáu
g) Chỉ số bảy
h) Chỉ số tám
i) Chỉ số chín
- Sở Tư pháp chủ trì.
""")
    assert [sid for sid in found if sid.startswith("I/2/")] == ["I/2/i", "I/2/ii", "I/2/iii", "I/2/iv", "I/2/v"]
    assert (found["I/2/v"].marker, found["I/2/v"].marker_type, found["I/2/v"].level) == ("v", "roman", 3)
    assert "I/3" in found and "II/1/i" not in found and "II/1/ii" not in found
    assert found["II/2/i"].marker_type == "letter"


def test_keycap_emoji_number_the_items_of_a_plan_posted_on_zalo(tmp_path):
    # co: `1️⃣ *Tuyên truyền …*`, the letters under `2️⃣` are its own; 🔟 is 10
    items = "".join(f"{n}\ufe0f\u20e3 *Nội dung thứ {n}*\n- Các ấp thực hiện.\n" for n in range(3, 10))
    found = sections_of(tmp_path, f"""I. NHIỆM VỤ VÀ GIẢI PHÁP
1\ufe0f\u20e3 *Tuyên truyền, vận động, ký cam kết*
- Phòng Văn hóa - Xã hội chủ trì tuyên truyền.
2\ufe0f\u20e3 *Duy trì “Ngày Chủ nhật xanh” hằng tuần*
a) Thời gian, địa điểm:
- Các ấp ra quân vào sáng Chủ nhật hằng tuần.
b) Lực lượng:
Cán bộ, công chức UBND xã; Nhân dân các ấp.
{items}\U0001F51F *Chế độ báo cáo*
- Các ấp báo cáo hằng tháng.
II. TỔ CHỨC THỰC HIỆN
1\ufe0f\u20e30\ufe0f\u20e30\ufe0f\u20e3% hộ gia đình ký cam kết.
""")
    assert list(found)[:5] == ["I", "I/1", "I/2", "I/2/a", "I/2/b"]
    assert "I/10" in found and found["I/10"].marker == "10" and list(found)[-1] == "II"



def test_a_caps_line_inside_a_roman_section_ends_its_numbered_items(tmp_path):
    # cn: numbering from 1 again after `CÁC ĐỢT …` is a repeat under I (`I/1~2`), and the
    # lines under a caps line after the last item stand in `II`, not in `II/2`
    found = sections_of(tmp_path, """I. NỘI DUNG THI ĐUA
1. Nội dung thi đua
Thi đua hoàn thành nhiệm vụ.
2. Chỉ tiêu thi đua
2.1. Các chỉ tiêu đến năm 2030
2.2. Chỉ tiêu năm 2026

CÁC ĐỢT THI ĐUA CAO ĐIỂM NĂM 2026
Trong năm 2026 tổ chức 02 đợt thi đua cao điểm.
1. Đợt thứ nhất: chào mừng Đại hội
- Sở Nội vụ chủ trì.
2. Đợt thứ hai: chào mừng Quốc khánh
II. KHEN THƯỞNG
1. Khen thưởng hằng năm
2. Khen thưởng tổng kết

HỒ SƠ, THỦ TỤC KHEN THƯỞNG
- Sở Nội vụ hướng dẫn hồ sơ.
III. TỔ CHỨC THỰC HIỆN
""")
    assert list(found) == ["I", "I/1", "I/2", "I/2/2.1", "I/2/2.2", "I/1~2", "I/2~2",
                           "II", "II/1", "II/2", "III"]
    assert found["II/2"].end < found["II"].end - len("- Sở Nội vụ hướng dẫn hồ sơ.")


def test_a_caps_sub_title_before_the_next_number_or_a_letter_ends_nothing(tmp_path):
    found = sections_of(tmp_path, """I. NHIỆM VỤ
1. Phòng chống dịch
a) Cấp độ 1
CẤP ĐỘ 2: DỊCH LAN RỘNG
a) Cấp độ 2
2. Tuyên truyền
NHÓM GIẢI PHÁP VỀ NGUỒN LỰC
3. Bố trí kinh phí
II. TỔ CHỨC THỰC HIỆN
""")
    assert list(found) == ["I", "I/1", "I/1/a", "I/1/a~2", "I/2", "I/3", "II"]


def test_roman_headings_all_typed_without_their_dot_are_the_plans_sections(tmp_path):
    """dv: every Roman heading of the plan typed without its dot (`I MỤC ĐÍCH YÊU CẦU`,
    `II CHỦ ĐỀ …`, `III MỘT SỐ CHỈ TIÊU CHỦ YẾU`): no `I.` to lean on, but a run of three or
    more capital lines counting I, II, III is the plan's own sections.  Two bare lines, or a
    run padded like a space-aligned table's group rows, confirm nothing."""
    found = sections_of(tmp_path, """I MỤC ĐÍCH YÊU CẦU
1. Mục đích
Phát huy vai trò người cao tuổi.
II CHỦ ĐỀ, THỜI GIAN
1. Chủ đề
III MỘT SỐ CHỈ TIÊU CHỦ YẾU
- 100% người cao tuổi được thăm hỏi.
IV TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội
2. Trạm Y tế xã
""")
    assert list(found) == ["I", "I/1", "II", "II/1", "III", "IV", "IV/1", "IV/2"]
    assert (found["I"].kind, found["III"].kind, found["IV"].kind) == ("purpose", "objectives", "organization")
    two = sections_of(tmp_path, """I MỤC ĐÍCH YÊU CẦU
1. Mục đích
II TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội
""")
    assert "I" not in two and "II" not in two
    padded = sections_of(tmp_path, """1. Chỉ tiêu
I    CHỈ TIÊU KINH TẾ
II    CHỈ TIÊU XÃ HỘI
III    CHỈ TIÊU MÔI TRƯỜNG
2. Nhiệm vụ
""")
    assert "I" not in padded and "III" not in padded


def test_parts_named_with_their_word_and_a_letter_are_level_one_letter_sections(tmp_path):
    """ec: `Phần A. NHỮNG VẤN ĐỀ CHUNG` / `Phần B. NỘI DUNG TỔ CHỨC …` over Roman sections
    are the letter parts `A`, `B` (as `A. KẾT QUẢ …` is), their Roman sections a level down."""
    found = sections_of(tmp_path, """Phần A. NHỮNG VẤN ĐỀ CHUNG
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Tổ chức Đại hội các cấp.
II. CHỈ TIÊU
1. Đối với Đại hội cấp cơ sở
Phần B. NỘI DUNG TỔ CHỨC VÀ PHÂN CÔNG NHIỆM VỤ
I. ĐẠI HỘI CẤP XÃ
1. Công tác chuẩn bị
""")
    assert list(found) == ["A", "A/I", "A/I/1", "A/II", "A/II/1", "B", "B/I", "B/I/1"]
    assert (found["A"].level, found["A"].marker_type, found["B/I"].level) == (1, "letter", 2)


def test_steps_that_make_up_a_roman_section_are_its_arabic_sections(tmp_path):
    """ed: `Bước 1: …` … `Bước 3: …` right under `III. TRÌNH TỰ …` are `III/1` … `III/3`, the
    letters under a step its own (`III/3/a`); steps listed inside a numbered item (az) stay
    its lines."""
    found = sections_of(tmp_path, """I. MỤC ĐÍCH, YÊU CẦU
Bầu Trưởng thôn đúng luật.
II. TRÌNH TỰ, THỜI GIAN TIẾN HÀNH
Bước 1: Công tác chuẩn bị (từ ngày 12/4/2027 đến ngày 24/4/2027)
- Ban hành Kế hoạch.
Bước 2: Giới thiệu người ứng cử
- Hội nghị thôn giới thiệu.
Bước 3: Tổ chức hội nghị bầu cử
a) Chủ trì, điều hành hội nghị
b) Bầu cử, kiểm phiếu
III. TỔ CHỨC THỰC HIỆN
1. Các bước tiến hành
Bước 1: Xây dựng Kế hoạch
Bước 2: Hội nghị triển khai
2. Công tác tuyên truyền
""")
    assert list(found) == ["I", "II", "II/1", "II/2", "II/3", "II/3/a", "II/3/b", "III", "III/1", "III/2"]


def test_a_first_roman_heading_typed_in_small_letters_is_roman_one(tmp_path):
    """eg: `i. mục đích, yêu cầu` before `II. NỘI DUNG …` is section `I` (the ladder opens at
    `I`, so without it no Roman section would be read); a small `i.` with no `II.` after it
    is no Roman heading."""
    found = sections_of(tmp_path, """i. mục đích, yêu cầu
1. Mục đích
Nắm vững Nghị quyết.
II. NỘI DUNG
1. Nội dung học tập
III. TỔ CHỨC THỰC HIỆN
""")
    assert list(found) == ["I", "I/1", "II", "II/1", "III"]
    plain = sections_of(tmp_path, """1. Mục đích
i. nắm vững Nghị quyết.
2. Yêu cầu
""")
    assert "I" not in plain


def test_roman_headings_typed_as_unicode_numeral_signs_are_the_roman_sections(tmp_path):
    # ev: a template pasted `Ⅰ.` … `Ⅴ.` (U+2160 …); `mục Ⅳ` in a sentence is a mention
    found = sections_of(tmp_path, """\u2160. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Bảo đảm an toàn.
\u2161. NHIỆM VỤ
1. Sở Tài chính thẩm định kinh phí theo mục \u2163 nêu trên.
\u2162. KINH PHÍ THỰC HIỆN
Ngân sách tỉnh.
IV. TỔ CHỨC THỰC HIỆN
Các sở thực hiện.
""")
    assert list(found) == ["I", "I/1", "II", "II/1", "III", "IV"]
    assert found["III"].marker == "III" and found["III"].marker_type == "roman"


def test_a_labelled_list_of_another_name_starts_again_beside_the_first(tmp_path):
    # eq: `Nhiệm vụ 1:` … `Nhiệm vụ 2:`, then `Giải pháp 1.` … under the same Roman section
    found = sections_of(tmp_path, """I. MỤC ĐÍCH
Bảo đảm hiệu quả.
II. NHIỆM VỤ, GIẢI PHÁP
Nhiệm vụ 1: Hoàn thiện thể chế
a) Xây dựng Nghị định.
Nhiệm vụ 2: Phát triển hạ tầng
a) Nâng cấp hệ thống.
b) Thúc đẩy thanh toán.
Các giải pháp thực hiện:
Giải pháp 1. Tăng cường phối hợp liên ngành.
Giải pháp 2. Ứng dụng công nghệ số.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị thực hiện.
""")
    assert list(found) == ["I", "II", "II/1", "II/1/a", "II/2", "II/2/a", "II/2/b", "II/1~2", "II/2~2", "III"]


def test_a_bracket_closed_at_a_wrapped_line_start_is_no_heading(tmp_path):
    # fr: `… (đợt` / `1) và trước ngày 25/8/2026 (đợt 2).` is the sentence going on
    found = sections_of(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế
- Rà soát tổng đàn gia cầm; hoàn thành trước ngày 25/02/2026 (đợt
1) và trước ngày 25/8/2026 (đợt 2).
2. Thú y viên xã
- Trực tiếp tổ chức tiêm phòng.
""")
    assert list(found) == ["I", "I/1", "I/2"]


def test_dashed_rows_under_a_heading_go_on_their_own_run_not_the_headings_numbers(tmp_path):
    """ku: a table flattened into `1 - Huyện An Lão: …` rows under `3. Danh mục xã …`: its
    `4 - ` is the fourth row, not a fourth heading beside `3.`; `4.` itself still is."""
    found = sections_of(tmp_path, """I. MỤC TIÊU
1. Mục tiêu chung
Hoàn thành các chỉ tiêu.
2. Mục tiêu cụ thể
Có thêm 8 xã đạt chuẩn.
3. Danh mục xã đăng ký đạt chuẩn
1 - Huyện An Lão: 02 xã - Quý IV/2024;
2 - Huyện Vĩnh Thạnh: 02 xã - Quý IV/2024;
3 - Huyện Vân Canh: 01 xã - Quý IV/2024;
4 - Huyện Hoài Ân: 01 xã - Quý III/2024;
5 - Huyện Phù Mỹ: 01 xã - Quý III/2024.
4. Kinh phí
Ngân sách tỉnh.
II. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Phát triển nông thôn
Chủ trì theo dõi.
2 - Sở Tài chính
Bố trí kinh phí.
""")
    assert list(found) == ["I", "I/1", "I/2", "I/3", "I/4", "II", "II/1", "II/2"]


def test_a_web_pages_line_break_before_a_heading_inside_a_copied_line_starts_the_heading(tmp_path):
    """mq: a CMS export keeps `<br />` and `</p><p>` inside one line of its source; a heading
    marker after one starts a line of its own (its tags blanked), a cell's `<br>` before plain
    words does not."""
    text = ("<p>ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN<br />\nSố: 12/KH-UBND</p>\n<p>KẾ HOẠCH<br />\nPhòng, chống đói, rét năm 2026</p>\n"
            "<p>I. MỤC ĐÍCH<br />\nBảo đảm an toàn cho vật nuôi trong mùa rét.</p>\n"
            "<p>II. NHIỆM VỤ<br />1. Về chăn nuôi: tiêm phòng đủ cho đàn vật nuôi."
            "<br />2. Về trồng trọt: gieo cấy đúng khung thời vụ.</p>\n")
    sections = parse_plan_text(tmp_path, text)["sections"]
    assert [s.section_id for s in sections] == ["I", "II", "II/1", "II/2"]


def test_a_letter_item_typed_with_a_small_first_letter_stays_in_its_run(tmp_path):
    """pl: `b/ đoàn Thanh niên phường chủ trì …` between `a/` and `c/` is letter b; a lone `a. không …`
    line that continues a sentence is none."""
    found = sections_of(tmp_path, """I. NHIỆM VỤ
1/ Tuyên truyền, vận động
a/ Phòng Văn hóa - Xã hội chủ trì tuyên truyền trên hệ thống loa.
b/ đoàn Thanh niên phường chủ trì tổ chức ra quân.
c/ Ban điều hành khu phố vận động hộ dân ký cam kết.
2/ Kiểm kê cây xanh theo các điểm
a. không đóng đinh lên cây.
""")
    assert found["I/1/b"].rule_id == "heading.letter_small_in_run"
    assert "I/1/c" in found and "I/2/a" not in found


def test_the_numbered_rows_of_a_space_aligned_table_are_no_headings(tmp_path):
    """tz: a land-use table laid out by spaces numbers its rows like decimal headings (`1.1   Đất
    trồng lúa   LUA   13.206,38   23,93`); cells apart by runs of spaces and a figure at the end make
    the line a row, and the plan's own `2.` after the table goes on under `II`."""
    found = sections_of(tmp_path, """I. MỤC ĐÍCH
Tổ chức thực hiện.
II. CHỈ TIÊU
1. Diện tích các loại đất năm 2024
 STT   Chỉ tiêu sử dụng đất             Mã      Diện tích (ha)    Cơ cấu (%)
 1     Đất nông nghiệp                  NNP         42.318,45         76,68
 1.1   Đất trồng lúa                    LUA         13.206,38         23,93
 1.2   Đất trồng cây lâu năm            CLN          5.986,14         10,85
 2     Đất phi nông nghiệp              PNN         11.734,13         21,26
2. Kế hoạch thu hồi đất
Thu hồi 386,52 ha.
""")
    assert list(found) == ["I", "II", "II/1", "II/2"]
