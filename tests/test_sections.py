"""The heading tree of two layouts beside the ones in test_segment.py: parts that carry
a Roman numeral (`PHẦN I.`), and main headings written without a marker."""

from pathlib import Path

from pipeline.document import parse_document

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
    path = tmp_path / "plan.txt"
    path.write_text(HEADER + body + CLOSING, encoding="utf-8")
    out = parse_document(path, "plan.txt")
    assert not out.tables["errors"], out.tables["errors"]
    return {s.section_id: s for s in out.tables["sections"]}


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
