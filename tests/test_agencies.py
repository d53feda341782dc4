"""assignments and tasks: sentences from plans and the rows they must give."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import rules
from pipeline.context import Issuer
from pipeline.document import parse_document
from pipeline.normalise import textmap
from pipeline.normalise.agency_names import canonical, find_mentions, jurisdiction

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_000 = ROOT / "data" / "raw" / "000_25e9fe8b076cffd0.txt"

HEADER = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
{level_upper} {place_upper} Độc lập - Tự do - Hạnh phúc

Số: 12/KH-UBND

{place}, ngày 10 tháng 3 năm 2026

KẾ HOẠCH

Triển khai thực hiện chính sách xã hội năm 2026

"""

FOOTER = """

Nơi nhận:
- Bộ Lao động - Thương binh và Xã hội;
- Sở Y tế;
- UBND các xã, phường;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An
"""


def parse(tmp_path: Path, body: str, level: str = "tỉnh", place: str = "Gia Lai") -> dict:
    text = HEADER.format(level_upper=level.upper(), place_upper=place.upper(), place=place) + body + FOOTER
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    tables = parse_document(path, "plan.txt").tables
    assert not tables["errors"], tables["errors"]
    return tables


def rows(tables: dict) -> list[tuple[str, str, str]]:
    """(text as written, canonical agency, role) of every assignment."""
    return [(a.text, a.agency, a.role) for a in tables["assignments"]]


def names(text: str) -> list[str]:
    """Canonical names found in a line, read on its working copy as the pipeline does."""
    working = textmap.build(text).text
    return [m.agency for m in find_mentions(working, 0, len(working))]


# --- every rule's examples -------------------------------------------------

@pytest.mark.parametrize("rule_file", ["agencies", "abbreviations", "roles"])
def test_rule_examples(rule_file):
    for rule in rules.load(rule_file).all_rules():
        for example in rule.examples_match:
            assert rule.pattern.search(example), f"{rule.id} must match {example!r}"
        for example in rule.examples_no_match:
            assert not rule.pattern.search(example), f"{rule.id} must not match {example!r}"


# --- names -----------------------------------------------------------------

def test_a_name_with_commas_is_one_agency():
    assert names("Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch.") == ["Sở Văn hóa, Thể thao và Du lịch"]


def test_a_unit_name_with_a_comma_is_one_agency():
    """A culture department's press unit; the own units `thuộc Sở` keep `đơn vị sự nghiệp`."""
    assert names("Phòng Báo chí, Xuất bản chủ trì, phối hợp với Phòng Quản lý Du lịch.") == [
        "Phòng Báo chí, Xuất bản", "Phòng Quản lý Du lịch"]
    assert names("Các phòng chuyên môn, đơn vị sự nghiệp thuộc Sở chủ trì") == [
        "Các phòng chuyên môn, đơn vị sự nghiệp"]
    assert names("Phòng Báo chí phối hợp, Xuất bản") != ["Phòng Báo chí, Xuất bản"]


def test_a_list_of_departments_is_one_agency_each():
    assert names("Sở Nội vụ, Sở Ngoại vụ, Sở Khoa học và Công nghệ; Ủy ban nhân dân các xã, phường.") == [
        "Sở Nội vụ", "Sở Ngoại vụ", "Sở Khoa học và Công nghệ", "Ủy ban nhân dân các xã, phường"]


def test_a_commune_list_written_with_its_level_once():
    """The party committee, council and people's committee listed bare before the body that writes
    the level are that level's; the standing committee written first is the council's too."""
    assert names("- Thường trực Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã trực tiếp chúc thọ các cụ") == [
        "Thường trực Đảng ủy xã", "Thường trực Hội đồng nhân dân xã", "Ủy ban nhân dân xã",
        "Ủy ban Mặt trận Tổ quốc Việt Nam"]
    assert names("9. Đề nghị Đảng ủy, UBND các xã, phường") == ["Đảng ủy các xã, phường", "Ủy ban nhân dân các xã, phường"]
    assert names("- UBND chỉ đạo thực hiện") == []


def test_a_ministry_table_names_the_provinces_departments_and_universities():
    assert names("Các sở GDĐT; các doanh nghiệp công nghệ") == ["Sở Giáo dục và Đào tạo", "Các doanh nghiệp công nghệ"]
    assert names("Các trường ĐHSP; các cơ sở GDĐH") == ["Các trường đại học sư phạm", "Các cơ sở giáo dục đại học"]
    assert names("b) Đề nghị các đại học, học viện, trường đại học:") == ["Các đại học, học viện, trường đại học"]


@pytest.mark.parametrize("written, official", [
    ("Phòng Lao động - TB&XH huyện", "Phòng Lao động - Thương binh và Xã hội"),
    ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở Lao động-Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
    ("Phòng Giáo dục - Đào tạo", "Phòng Giáo dục và Đào tạo"),
    ("Phòng GD&ĐT", "Phòng Giáo dục và Đào tạo"),
    ("Phòng Văn hóa - Thông tin", "Phòng Văn hóa và Thông tin"),
    ("Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
    ("Phòng TN&MT", "Phòng Tài nguyên và Môi trường"),
    ("Văn phòng HĐND&UBND huyện", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"),
    ("BCH Quân sự huyện", "Ban Chỉ huy Quân sự"),
    ("Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự"),
    ("Bảo hiểm xã hội huyện", "Bảo hiểm xã hội"),
    ("Bảo hiểm xã hội khu vực XXVI", "Bảo hiểm xã hội khu vực XXVI"),
    ("Công an tỉnh", "Công an"),
    ("Trung tâm Y tế huyện", "Trung tâm Y tế"),
    ("Tỉnh đoàn Khánh Hòa", "Tỉnh đoàn"),
    ("Chi nhánh Ngân hàng chính sách xã hội tỉnh", "Chi nhánh Ngân hàng Chính sách xã hội"),
    ("Ủy ban MTTQVN tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    ("Ban Thường trực Ủy ban Mặt trận Tổ quốc tỉnh", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam"),
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
    ("Uỷ ban nhân dân huyện Kon Rẫy", "Ủy ban nhân dân huyện Kon Rẫy"),  # the level and its place are the name
    ("UBND các huyện, thị xã và thành phố Huế", "Ủy ban nhân dân các huyện, thị xã và thành phố Huế"),
    ("Thường trực Huyện ủy", "Thường trực Huyện ủy"),
    ("Ban Tuyên giáo Huyện ủy", "Ban Tuyên giáo Huyện ủy"),
    ("Giám đốc các sở, ban, ngành cấp tỉnh", "Các sở, ban, ngành"),
    ("các phòng, ban chuyên môn thuộc Ủy ban nhân dân huyện", "Các phòng, ban chuyên môn"),
    ("Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường"),
    # commune officials and village heads
    ("Công chức Văn hóa - Xã hội", "Công chức Văn hóa - Xã hội"),
    ("Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường", "Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường"),
    ("qua Công chức Văn phòng – Thống kê", "Công chức Văn phòng - Thống kê"),
    ("Trưởng các thôn, buôn", "Trưởng các thôn, buôn"),
    ("Trạm Y tế xã", "Trạm Y tế"),
    ("Ban Quản lý xây dựng NTM xã", "Ban Quản lý xây dựng nông thôn mới"),
    ("Văn phòng Điều phối nông thôn mới huyện", "Văn phòng Điều phối nông thôn mới"),
    ("Các bộ phận, thôn, buôn", "Các bộ phận, thôn, buôn"),
    # mass organisations under their short names
    ("Đoàn Thanh niên xã", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ("Tỉnh Đoàn", "Tỉnh đoàn"),
    ("Ủy ban MTTQ Việt Nam xã", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    # levels written with capitals or a number; branches named with the units they serve
    ("Uỷ ban nhân dân Quận", "Ủy ban nhân dân Quận"),
    ("Uỷ ban nhân dân 16 phường", "Ủy ban nhân dân 16 phường"),
    ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"),
    ("Công an Quận 8", "Công an"),
    ("Phòng Giao dịch Ngân hàng Chính sách xã hội Quận 8", "Phòng giao dịch Ngân hàng Chính sách xã hội"),
    ("Trung tâm Y tế các huyện, thị xã, thành phố", "Trung tâm Y tế"),
    ("Đài Phát thanh và Truyền hình Bình Định", "Đài Phát thanh và Truyền hình Bình Định"),
    ("Đài Phát thanh và Truyền hình tỉnh", "Đài Phát thanh và Truyền hình"),
    ("Hạt Kiểm lâm huyện Krông Pắc", "Hạt Kiểm lâm"),
    ("Trường Đại học Tây Nguyên", "Trường Đại học Tây Nguyên"),
    # the abbreviation spelled out as the decree names the command; a name written out keeps its letters
    ("Ban Chỉ huy PCTT&TKCN huyện", "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn"),
    ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện",
     "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn"),
    ("các cơ sở giáo dục nghề nghiệp", "Các cơ sở giáo dục nghề nghiệp"),
    ("các cơ sở khám bệnh, chữa bệnh", "Các cơ sở khám bệnh, chữa bệnh"),
    ("các phòng, ban, đơn vị liên quan", "Các phòng, ban, đơn vị liên quan"),
    ("các cơ quan, đơn vị có liên quan", "Các cơ quan, đơn vị có liên quan"),
    ("P. KH-TC", "Phòng KH - TC"),
    ("Ban KT-NS", "Ban Kinh tế - Ngân sách"),
    # ministries and party committees
    ("Cục Bảo trợ xã hội", "Cục Bảo trợ xã hội"),
    ("Chi cục Dân số - KHHGĐ", "Chi cục Dân số - Kế hoạch hóa gia đình"),
    ("Văn phòng Quốc gia về giảm nghèo", "Văn phòng Quốc gia về giảm nghèo"),
    ("Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội Việt Nam"),
    ("Các đơn vị thuộc Bộ", "Các đơn vị"),
    ("Các đảng ủy, chi bộ trực thuộc", "Các đảng ủy, chi bộ trực thuộc"),
    ("các ban xây dựng Đảng của Huyện ủy", "Các ban xây dựng Đảng của Huyện ủy"),
    ("các Ban của Hội đồng nhân dân huyện", "Các Ban của Hội đồng nhân dân huyện"),
    ("Đội Kiểm lâm cơ động và PCCCR", "Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng"),
    ("Đài Truyền thanh cơ sở", "Đài Truyền thanh cơ sở"),
])
def test_canonical_names(written, official):
    assert names(written)[-1] == official


# --- units inside a department, a ministry or a district (agency.unit) ------------

@pytest.mark.parametrize("line, expected", [
    # a provincial department's plan: its offices, inspectorate and centres
    ("Phòng Quản lý môi trường chủ trì thực hiện; Văn phòng Sở phối hợp đăng tải thông tin.",
     [("Phòng Quản lý môi trường", "phong"), ("Văn phòng Sở", "other")]),
    ("4.1. Thanh tra Sở chủ trì, phối hợp với Chi cục Bảo vệ môi trường và Phòng Cảnh sát phòng, chống tội "
     "phạm về môi trường - Công an tỉnh tổ chức thanh tra",
     [("Thanh tra Sở", "other"), ("Chi cục Bảo vệ môi trường", "other"),
      ("Phòng Cảnh sát phòng, chống tội phạm về môi trường", "phong"), ("Công an", "luc_luong")]),
    ("4.2. Trung tâm Quan trắc tài nguyên và môi trường thực hiện chương trình quan trắc",
     [("Trung tâm Quan trắc tài nguyên và môi trường", "other")]),
    ("3. Phòng Kế hoạch - Tài chính chủ trì, hướng dẫn các phòng, đơn vị lập dự toán",
     [("Phòng Kế hoạch - Tài chính", "phong"), ("Các phòng, đơn vị", "collective")]),
    ("cung cấp số liệu cho Phòng Quản lý môi trường, Chi cục Bảo vệ môi trường phục vụ công tác quản lý",
     [("Phòng Quản lý môi trường", "phong"), ("Chi cục Bảo vệ môi trường", "other")]),
    # a ministry's plan: a comma and `và` inside official names, not between two units
    ("Đơn vị chủ trì: Cục Công nghệ thông tin; đơn vị phối hợp: Cục Bà mẹ và Trẻ em, Cục Quản lý Khám, "
     "chữa bệnh, Vụ Pháp chế và Cục Khoa học công nghệ và Đào tạo",
     [("Cục Công nghệ thông tin", "other"), ("Cục Bà mẹ và Trẻ em", "other"),
      ("Cục Quản lý Khám, chữa bệnh", "other"), ("Vụ Pháp chế", "other"),
      ("Cục Khoa học công nghệ và Đào tạo", "other")]),
    ("Các bệnh viện, viện có giường bệnh trực thuộc Bộ Y tế bố trí nguồn lực",
     [("Các bệnh viện, viện có giường bệnh", "collective")]),
    ("Cục Quản lý Khám, chữa bệnh; NHNN Việt Nam", [("Cục Quản lý Khám, chữa bệnh", "other"),
                                                  ("Ngân hàng Nhà nước Việt Nam", "ngan_hang")]),
    ("phối hợp với Ngân hàng Nhà nước Việt Nam", [("Ngân hàng Nhà nước Việt Nam", "ngan_hang")]),
    ("Các Vụ, Cục, đơn vị thuộc Bộ", [("Các Vụ, Cục, đơn vị", "collective")]),
    # a district's plan: abbreviations spelled out, the level left out
    ("Phòng Nông nghiệp và PTNT chủ trì", [("Phòng Nông nghiệp và Phát triển nông thôn", "phong")]),
    ("Phòng Lao động - TB&XH phối hợp với Phòng giao dịch Ngân hàng CSXH huyện",
     [("Phòng Lao động - Thương binh và Xã hội", "phong"),
      ("Phòng giao dịch Ngân hàng Chính sách xã hội", "ngan_hang")]),
    ("Ban Quản lý dự án đầu tư xây dựng huyện đẩy nhanh tiến độ",
     [("Ban Quản lý dự án đầu tư xây dựng", "ban")]),
    ("báo cáo Ban Chỉ đạo huyện trong tháng 5/2024", [("Ban Chỉ đạo", "ban")]),
    ("Trung tâm Văn hoá – Thể thao và Truyền thông huyện: Xây dựng chuyên trang",
     [("Trung tâm Văn hóa - Thể thao và Truyền thông", "other")]),
    # a city's plan: a place whose last syllable is `Phòng`
    ("Ban Xúc tiến và Hỗ trợ đầu tư thành phố là đầu mối; Hiệp hội Du lịch Hải Phòng phối hợp",
     [("Ban Xúc tiến và Hỗ trợ đầu tư", "ban"), ("Hiệp hội Du lịch Hải Phòng", "other")]),
    ("Báo Hải Phòng, Đài Phát thanh và Truyền hình Hải Phòng", [("Báo Hải Phòng", "other"),
                                                              ("Đài Phát thanh và Truyền hình Hải Phòng", "other")]),
    ("Văn phòng Bộ chủ trì, phối hợp với Báo Sức khỏe và Đời sống tuyên truyền",
     [("Văn phòng Bộ", "other"), ("Báo Sức khỏe và Đời sống", "other")]),
    # a Department of Education's unit, not its sector; `dự kiến` ends a name
    ("4. Phòng Giáo dục phổ thông", [("Phòng Giáo dục phổ thông", "phong")]),
    ("phối hợp với Văn phòng Sở dự kiến nhân sự", [("Văn phòng Sở", "other")]),
    # an examination's councils (not `Hội đồng thi đua`) and a telecom's provincial branch
    ("báo cáo về Hội đồng thi (qua Phòng Quản lý chất lượng)",
     [("Hội đồng thi", "other"), ("Phòng Quản lý chất lượng", "phong")]),
    ("Hội đồng xét công nhận tốt nghiệp hoàn thành", [("Hội đồng xét công nhận tốt nghiệp", "other")]),
    ("d) Viễn thông Nghệ An (VNPT Nghệ An)", [("Viễn thông Nghệ An", "other")]),
    ("phát triển hạ tầng viễn thông, Hội đồng thi đua", []),
    # a unit written with the force that owns it: the force goes with the tail; a named body of
    # the force keeps it (`Đoàn Thanh niên Công an`)
    ("Phòng Công tác chính trị Công an tỉnh phối hợp", [("Phòng Công tác chính trị", "phong")]),
    ("Đoàn Thanh niên Công an tỉnh làm nòng cốt", [("Đoàn Thanh niên Công an", "doan_the")]),
    # a state fund that is a body; a fund that is only money is none
    ("- Quỹ Đầu tư phát triển tỉnh là cơ quan đầu mối", [("Quỹ Đầu tư phát triển", "other")]),
    ("nộp Quỹ phòng, chống thiên tai năm 2025", []),
    # the State Bank's regional branch is named by its region; a provincial branch is not
    ("Đề nghị Ngân hàng Nhà nước chi nhánh Khu vực 6 chỉ đạo",
     [("Ngân hàng Nhà nước chi nhánh Khu vực 6", "ngan_hang")]),
    ("Ngân hàng Nhà nước Chi nhánh Nghệ An chỉ đạo", [("Ngân hàng Nhà nước Chi nhánh", "ngan_hang")]),
    # a regional branch asks the committees of the provinces it serves: the provinces are whose
    ("7. Đề nghị Ủy ban nhân dân các tỉnh Phú Thọ, Tuyên Quang, Lào Cai",
     [("Ủy ban nhân dân các tỉnh", "ubnd")]),
    ("UBND các phường Đồng Hới, Đông Hà chủ trì", [("Ủy ban nhân dân các phường Đồng Hới, Đông Hà", "ubnd")]),
    # a housing campaign's steering board, a party plan's boards of all communes, written as a kind
    ("Ban Chỉ đạo xóa nhà tạm, nhà dột nát xã phân công thành viên",
     [("Ban Chỉ đạo xóa nhà tạm, nhà dột nát", "ban")]),
    ("Bác; ban xây dựng đảng các đảng ủy xã, phường tham mưu theo dõi",
     [("Ban Xây dựng Đảng các đảng ủy xã, phường", "ban")]),
    ("Cơ quan phối hợp: Các sở, ngành có chức năng thanh tra chuyên ngành; Công an tỉnh",
     [("Các sở, ngành có chức năng thanh tra chuyên ngành", "collective"), ("Công an", "luc_luong")]),
])
def test_units_of_departments_ministries_and_districts(line, expected):
    working = textmap.build(line).text
    assert [(m.agency, m.agency_type) for m in find_mentions(working, 0, len(working))] == expected


@pytest.mark.parametrize("line, expected", [
    # a sector's official name wins over a generic unit that runs on into a verb
    ("Phòng Lao động - Thương binh và Xã hội đối chiếu danh sách", ["Phòng Lao động - Thương binh và Xã hội"]),
    ("Phòng Giáo dục - Đào tạo", ["Phòng Giáo dục và Đào tạo"]),
    # generic heads in ordinary words are no agency
    ("Tăng cường phòng, chống dịch bệnh; xây dựng phòng học", []),
    ("Phòng, chống tội phạm", []),
    ("Trung tâm thành phố và trung tâm các huyện", []),
    ("Ban hành quy chế phối hợp", []),
    # a table's cells (pipes blanked in the working copy) are separate names
    ("| Chi cục Bảo vệ môi trường | Thường xuyên |", ["Chi cục Bảo vệ môi trường"]),
    # `và` before another agency or a document ends the name
    ("Vụ Pháp chế và Cục Công nghệ thông tin", ["Vụ Pháp chế", "Cục Công nghệ thông tin"]),
    ("của Ban Chấp hành Trung ương Đảng và Chương trình hành động", ["Ban Chấp hành Trung ương Đảng"]),
    ("Báo Nhân dân và Báo Lao động", ["Báo Nhân dân", "Báo Lao động"]),
    ("Đài Phát thanh và Truyền hình tỉnh, Báo Đắk Lắk duy trì ít nhất 02 chuyên mục",
     ["Đài Phát thanh và Truyền hình", "Báo Đắk Lắk"]),
    # two initialisms joined by a slash are one term of the name; a document number's slash is not
    ("Đơn vị chủ trì: Khoa Kiểm soát bệnh tật và HIV/AIDS; đơn vị thực hiện", ["Khoa Kiểm soát bệnh tật và HIV/AIDS"]),
    ("Phòng Kinh tế và Hạ tầng/UBND xã", ["Phòng Kinh tế và Hạ tầng", "Ủy ban nhân dân xã"]),
    # a verb after a name in small letters ends it; the same syllable inside a compound does not
    ("Cục Kiểm soát ô nhiễm môi trường trình Bộ trưởng", ["Cục Kiểm soát ô nhiễm môi trường"]),
    ("Cục Kiểm soát ô nhiễm môi trường thanh tra các cơ sở", ["Cục Kiểm soát ô nhiễm môi trường"]),
    ("Chi cục Kiểm lâm thành lập các đoàn kiểm tra", ["Chi cục Kiểm lâm"]),
    ("Ban Quản lý dự án đầu tư xây dựng công trình giao thông", ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông"]),
    ("Phòng Thanh tra chủ trì", ["Phòng Thanh tra"]),
    # a construction department's unit, a company's trade and housing, farming's pair of words
    ("• Phòng Kinh tế và Quản lý hoạt động xây dựng chủ trì thẩm định",
     ["Phòng Kinh tế và Quản lý hoạt động xây dựng"]),
    ("- Công ty CP Đầu tư Xây dựng Hoàng Thành Bắc Ninh, Công ty TNHH Phát triển Nhà ở Công nhân Yên Phong tập trung",
     ["Công ty Cổ phần Đầu tư Xây dựng Hoàng Thành Bắc Ninh",
      "Công ty Trách nhiệm hữu hạn Phát triển Nhà ở Công nhân Yên Phong"]),
    ("phối hợp Trung tâm Ứng dụng khoa học kỹ thuật và Bảo vệ cây trồng, vật nuôi huyện triển khai",
     ["Trung tâm Ứng dụng khoa học kỹ thuật và Bảo vệ cây trồng, vật nuôi"]),
    # investors named by what they invest in; a department's offices the work touches
    ("2. Các chủ đầu tư dự án NOXH", ["Các chủ đầu tư dự án nhà ở xã hội"]),
    ("Chủ trì, phối hợp các phòng liên quan tham mưu bố trí vốn", ["Các phòng liên quan"]),
    # what a unit does remotely is its name; `thông tin` told to someone is its work
    ("- Trung tâm Điều khiển từ xa chủ trì, phối hợp với NPC", ["Trung tâm Điều khiển từ xa"]),
    ("Ban Truyền thông chủ trì, phối hợp với các Công ty Điện lực thông tin kịp thời về tình hình",
     ["Ban Truyền thông", "Các Công ty Điện lực"]),
    ("phối hợp với Công ty Công nghệ thông tin Điện lực miền Bắc nâng cấp",
     ["Công ty Công nghệ thông tin Điện lực miền Bắc"]),
    # a company's own board written with its bare `Tổng công ty`: whose it is, not a second body
    ("- Ban Chỉ huy PCTT&TKCN Tổng công ty chỉ đạo các đơn vị rà soát",
     ["Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn", "Các đơn vị"]),
    # a national park's rescue centre, its rangers by the park's initials and its ranger stations;
    # the communes of its buffer zone; a regional university without `Trường`
    ("phối hợp với Trung tâm Cứu hộ, bảo tồn và phát triển sinh vật xác định vị trí",
     ["Trung tâm Cứu hộ, bảo tồn và phát triển sinh vật"]),
    ("a) Hạt Kiểm lâm VQG chủ trì, phối hợp với Công an các xã vùng đệm",
     ["Hạt Kiểm lâm Vườn quốc gia", "Công an các xã vùng đệm"]),
    ("- Các Trạm Kiểm lâm bố trí biển báo", ["Các Trạm Kiểm lâm"]),
    ("phối hợp với Sở Ngoại vụ và Đại học Đà Nẵng xây dựng", ["Sở Ngoại vụ", "Đại học Đà Nẵng"]),
    # round 96: a unit's verb after its initials or its place; wards named since the 2025 mergers
    ("Chi cục Kiểm lâm chủ trì, phối hợp với Chi cục Trồng trọt và BVTV chồng lớp bản đồ vùng trồng",
     ["Chi cục Kiểm lâm", "Chi cục Trồng trọt và Bảo vệ thực vật"]),
    ("phối hợp với Hiệp hội Du lịch Lâm Đồng quảng bá hình ảnh", ["Hiệp hội Du lịch Lâm Đồng"]),
    # what a unit picks or repairs is its work, not its name
    ("phối hợp với Vụ Bảo hiểm y tế lựa chọn danh mục thuốc", ["Vụ Bảo hiểm y tế"]),
    ("- Hợp tác xã Dịch vụ nông nghiệp Trà Lân sửa chữa sàn treo, hệ thống cấp nước",
     ["Hợp tác xã Dịch vụ nông nghiệp Trà Lân"]),
    ("* HTX Dệt lanh Lùng Tám kết nạp thêm ít nhất 20 thành viên mới", ["Hợp tác xã Dệt lanh Lùng Tám"]),
    ("6. HTX Dệt lanh Lùng Tám và các tổ hợp tác", ["Hợp tác xã Dệt lanh Lùng Tám", "Các tổ hợp tác"]),
    ("thôn nào không đủ người đăng ký thì Phòng VH-XH điều chỉnh sang thôn khác", ["Phòng Văn hóa - Xã hội"]),
    ("• BQL Khu DLQG Hồ Tuyền Lâm chủ trì rà soát", ["Ban Quản lý Khu du lịch quốc gia Hồ Tuyền Lâm"]),
    ("phối hợp với Sở Tư pháp, Hội Kiến trúc sư tỉnh xây dựng", ["Sở Tư pháp", "Hội Kiến trúc sư"]),
    ("- Phối hợp: UBND các phường: Xuân Hương - Đà Lạt, Cam Ly - Đà Lạt; UBND xã Hiệp Thạnh.",
     ["Ủy ban nhân dân các phường Xuân Hương - Đà Lạt, Cam Ly - Đà Lạt", "Ủy ban nhân dân xã Hiệp Thạnh"]),
    ("Sở Xây dựng phối hợp với UBND các phường khu vực Đà Lạt rà soát",
     ["Sở Xây dựng", "Ủy ban nhân dân các phường khu vực Đà Lạt"]),
    ("10. UBND các phường 1 Bảo Lộc, B'Lao và xã Hiệp Thạnh",
     ["Ủy ban nhân dân các phường 1 Bảo Lộc, B'Lao và xã Hiệp Thạnh"]),
    ("- UBND phường 1 Bảo Lộc, UBND phường B'Lao phối hợp",
     ["Ủy ban nhân dân phường 1 Bảo Lộc", "Ủy ban nhân dân phường B'Lao"]),
    ("• UBND phường Xuân Hương -\nĐà Lạt chủ trì tháo dỡ", ["Ủy ban nhân dân phường Xuân Hương - Đà Lạt"]),
    ("phối hợp với UBND các xã, phường, các HTX và doanh nghiệp hướng dẫn",
     ["Ủy ban nhân dân các xã, phường", "Các Hợp tác xã"]),
    # round 110: names with commas, a region by its name, `tập trung` as the qualifier's adjective
    ("Viện Dược liệu, Trung tâm Nghiên cứu, sản xuất giống Sâm Ngọc Linh phối hợp",
     ["Viện Dược liệu", "Trung tâm Nghiên cứu, sản xuất giống Sâm Ngọc Linh"]),
    ("Sở Y tế chủ trì; Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm tỉnh thực hiện kiểm nghiệm",
     ["Sở Y tế", "Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm"]),
    ("UBND các xã vùng Sâm Ngọc Linh chủ trì", ["Ủy ban nhân dân các xã vùng Sâm Ngọc Linh"]),
    ("UBND các xã có vùng dược liệu tập trung phối hợp", ["Ủy ban nhân dân các xã có vùng dược liệu tập trung"]),
    ("UBND các xã có vùng dược liệu tập trung chỉ đạo sản xuất", ["Ủy ban nhân dân các xã có vùng dược liệu"]),
    # round 212: a park's or a hospital department's work after its name; `trực thuộc`; a forest's
    # neighbouring communes; a regional weather station; initials joined by `&` given in a bracket
    ("+ Vườn quốc gia Cát Tiên làm mới 35 km đường băng; Vườn quốc gia Yok Đôn tu bổ 60 km",
     ["Vườn quốc gia Cát Tiên", "Vườn quốc gia Yok Đôn"]),
    ("phối hợp với Khoa Vi sinh lấy bệnh phẩm đúng quy trình", ["Khoa Vi sinh"]),
    ("- Khoa Dược phát hành Bản tin Dược lâm sàng hằng quý.", ["Khoa Dược"]),
    ("Chỉ đạo các Đội Quản lý thị trường trực thuộc thực hiện", ["Các Đội Quản lý thị trường"]),
    ("chủ động phối hợp với UBND các xã giáp ranh trong tổ chức chữa cháy", ["Ủy ban nhân dân các xã giáp ranh"]),
    ("Chỉ đạo Đài Khí tượng Thuỷ văn khu vực Tây Nguyên, Đài Khí tượng Thủy văn khu vực Nam Bộ cung cấp",
     ["Đài Khí tượng Thủy văn khu vực Tây Nguyên", "Đài Khí tượng Thủy văn khu vực Nam Bộ"]),
    ("- Trung tâm Khuyến công và Xúc tiến thương mại (TTKC&XTTM) chủ trì.\n- TTKC&XTTM chủ trì tổ chức 08 lớp",
     ["Trung tâm Khuyến công và Xúc tiến thương mại", "Trung tâm Khuyến công và Xúc tiến thương mại"]),
    # round 239: a dormitory's board (`ký` signs, `ký túc xá` is a dormitory)
    ("phối hợp với Trạm Y tế, Ban Quản lý Ký túc xá và các Khoa tổ chức",
     ["Trạm Y tế", "Ban Quản lý Ký túc xá", "Các Khoa"]),
    # a grass-roots team's quarters say whose teams they are (round 239)
    ("d) Tổ bảo vệ an ninh, trật tự ở cơ sở các khu phố bố trí tối thiểu 04 thành viên/tổ",
     ["Tổ bảo vệ an ninh, trật tự ở cơ sở"]),
])
def test_where_a_unit_name_ends(line, expected):
    assert names(line) == expected


def test_a_heading_line_joined_to_its_paragraph_ends_at_the_capitalised_verb():
    """`6. Phòng Kế hoạch - Tài chính` above `Tham mưu …`: the working copy joins the two lines."""
    assert names("Phòng Kế hoạch - Tài chính Tham mưu bố trí kinh phí") == ["Phòng Kế hoạch - Tài chính"]


def test_abbreviations_are_spelled_out():
    assert canonical("VP UBND tỉnh") == "Văn phòng Ủy ban nhân dân tỉnh"
    assert canonical("Thường trực HĐND tỉnh") == "Thường trực Hội đồng nhân dân tỉnh"


def test_jurisdiction_comes_from_the_issuer():
    district = Issuer(level="huyen", area="huyện Kon Rẫy", province="Kon Tum")
    assert jurisdiction("issuer", district) == "huyện Kon Rẫy"
    assert jurisdiction("province", district) == "tỉnh Kon Tum"  # a Sở named in a district's plan
    assert jurisdiction("national", district) is None  # a ministry


def test_a_centrally_run_citys_agencies_are_the_citys():
    """A Sở named in an HCMC ward's plan belongs to `thành phố Hồ Chí Minh`, not `tỉnh …`."""
    ward = Issuer(level="xa", area="phường Hiệp Bình", province="Hồ Chí Minh")
    assert jurisdiction("province", ward) == "thành phố Hồ Chí Minh"
    assert jurisdiction("province", Issuer(level="xa", area="xã Ia Grai", province="Gia Lai")) == "tỉnh Gia Lai"


def test_a_name_stops_at_a_paragraph_break():
    """`3. Vụ Pháp chế` over a paragraph: the next paragraph's first word is not part of the name."""
    assert names("3. Vụ Pháp chế\n\nThẩm định về mặt pháp lý các dự thảo văn bản.") == ["Vụ Pháp chế"]
    working = textmap.build("3. Sở Y tế\n\nChỉ đạo các cơ sở khám bệnh, chữa bệnh.").text
    first = find_mentions(working, 0, len(working))[0]
    assert working[first.start:first.end] == "Sở Y tế"


# --- not assignments -------------------------------------------------------

def test_an_agency_in_a_citation_is_not_an_assignment(tmp_path):
    tables = parse(tmp_path, """Thực hiện Quyết định số 2161/QĐ-BLĐTBXH ngày 22/12/2025 của Bộ Lao động - \
Thương binh và Xã hội; Căn cứ Kế hoạch số 103/KH-UBND ngày 17/3/2026 của Ủy ban nhân dân tỉnh triển khai thực \
hiện Quyết định số 155/QĐ-TTg; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. NHIỆM VỤ

1. Sở Y tế chủ trì triển khai theo hướng dẫn của Bộ Lao động - Thương binh và Xã hội.""")
    assert rows(tables) == [("Sở Y tế", "Sở Y tế", "lead")]


def test_agencies_in_noi_nhan_and_the_signature_are_not_assignments(tmp_path):
    tables = parse(tmp_path, "I. NHIỆM VỤ\n\n1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính triển khai.")
    body_end = tables["documents"][0].text.index("Nơi nhận")
    assert rows(tables) == [("Sở Nội vụ", "Sở Nội vụ", "lead"), ("Sở Tài chính", "Sở Tài chính", "partner")]
    assert all(a.end <= body_end for a in tables["assignments"])


def test_the_issuer_opening_its_plan_is_not_an_assignment(tmp_path):
    tables = parse(tmp_path, """Căn cứ Kế hoạch số 286-KH/TU, ngày 15-7-2024 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ \
Huyện ủy xây dựng Kế hoạch thực hiện trên địa bàn huyện như sau:

I. NHIỆM VỤ

1. Sở Y tế chủ trì, phối hợp với Sở Nội vụ xây dựng Kế hoạch đào tạo, thu hút bác sĩ.""")
    assert rows(tables) == [("Sở Y tế", "Sở Y tế", "lead"), ("Sở Nội vụ", "Sở Nội vụ", "partner")]


def test_an_agency_in_a_stamp_line_is_not_an_assignment(tmp_path):
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Sở Nội vụ chủ trì triển khai.

Sở Y tế tỉnh Khánh Hòa

CÔNG VĂN ĐẾN

Số: 35 Ngày 02/12/2025

2. Tuyên truyền sâu rộng.""")
    assert rows(tables) == [("Sở Nội vụ", "Sở Nội vụ", "lead")]


def test_a_hotline_list_is_not_an_assignment(tmp_path):
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN

1. Công an phường chủ trì kiểm tra.

ĐƯỜNG DÂY NÓNG TIẾP NHẬN PHẢN ÁNH:
- UBND phường (Phòng KT, HT&ĐT): 024.3942.6185 - 0915.206.318
- Đội QLTTĐT phường: 024.3822.0547""", level="phường", place="Cửa Nam")
    assert rows(tables) == [("Công an phường", "Công an", "lead")]


def test_the_object_of_tham_muu_is_not_an_assignment(tmp_path):
    tables = parse(tmp_path, "I. NHIỆM VỤ\n\n1. Ngành Y tế tham mưu Ủy ban nhân dân tỉnh xây dựng hệ thống y tế công bằng.")
    assert rows(tables) == [("Ngành Y tế", "Ngành Y tế", "advisor")]


def test_a_proposer_named_before_the_doer_is_not_an_assignment(tmp_path):
    tables = parse(tmp_path, "IV. TỔ CHỨC THỰC HIỆN\n\n3. Trên cơ sở đề xuất của các sở, ban, ngành, địa \
phương, Sở Tài chính chủ trì bố trí kinh phí thực hiện.")
    assert rows(tables) == [("Sở Tài chính", "Sở Tài chính", "lead")]


# --- roles -----------------------------------------------------------------

ITEM = """I. NỘI DUNG

1. Xây dựng và triển khai các hoạt động tuyên truyền

- a) Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch.
- b) Cơ quan phối hợp: Sở Ngoại vụ, Sở Nội vụ, Sở Khoa học và Công nghệ; Ủy ban nhân dân các xã, phường.
- c) Thời gian thực hiện: Cả năm.
- d) Sản phẩm: Hội nghị, tin, bài, tài liệu tuyên truyền, phổ biến,...

2. Nâng cao sức khỏe Nhân dân

- a) Cơ quan thực hiện: Sở Y tế
- Cơ quan phối hợp: Sở Nông nghiệp và Môi trường; Sở Nội vụ.

b) Thời gian thực hiện: Quý IV/2026."""


def test_numbered_item_with_fields(tmp_path):
    tables = parse(tmp_path, ITEM)
    assert rows(tables) == [
        ("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch", "lead"),
        ("Sở Ngoại vụ", "Sở Ngoại vụ", "partner"),
        ("Sở Nội vụ", "Sở Nội vụ", "partner"),
        ("Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ", "partner"),
        ("Ủy ban nhân dân các xã, phường", "Ủy ban nhân dân các xã, phường", "partner"),
        ("Sở Y tế", "Sở Y tế", "lead"),  # also when the partner line lost its letter
        ("Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường", "partner"),
        ("Sở Nội vụ", "Sở Nội vụ", "partner"),
    ]
    first, second = tables["tasks"]
    assert (first.section_id, first.lead, first.timeframe, first.product) == (
        "I/1", ["Sở Văn hóa, Thể thao và Du lịch"], "Cả năm", "Hội nghị, tin, bài, tài liệu tuyên truyền, phổ biến")
    assert first.partners == ["Sở Ngoại vụ", "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Ủy ban nhân dân các xã, phường"]
    assert (second.section_id, second.lead, second.partners, second.timeframe) == (
        "I/2", ["Sở Y tế"], ["Sở Nông nghiệp và Môi trường", "Sở Nội vụ"], "Quý IV/2026")
    assert {a.task_id for a in tables["assignments"][:5]} == {first.task_id}


def test_thuc_hien_line_covers_the_bullets_above_it(tmp_path):
    tables = parse(tmp_path, """III. NHIỆM VỤ, GIẢI PHÁP

1. Về chính sách người có công

- Tiếp tục chăm lo đời sống người có công.

- Rà soát, cập nhật cơ sở dữ liệu người có công.

** Thực hiện: Phòng Lao động - TB&XH chủ trì, phối hợp với Phòng Nội vụ; các phòng, ban chuyên môn thuộc \
huyện, Ủy ban nhân dân các xã, thị trấn triển khai thực hiện.*

- Đẩy mạnh tuyên truyền chính sách xã hội.

** Thực hiện: Các phòng, ban chuyên môn thuộc huyện; Ủy ban nhân dân các xã, thị trấn theo chức năng, nhiệm \
vụ triển khai thực hiện.*""",
                   level="huyện", place="Kon Rẫy")
    assert rows(tables) == [
        ("Phòng Lao động - TB&XH", "Phòng Lao động - Thương binh và Xã hội", "lead"),
        ("Phòng Nội vụ", "Phòng Nội vụ", "partner"),
        ("các phòng, ban chuyên môn thuộc huyện", "Các phòng, ban chuyên môn", "responsible"),
        ("Ủy ban nhân dân các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn", "responsible"),
        ("Các phòng, ban chuyên môn thuộc huyện", "Các phòng, ban chuyên môn", "lead"),
        ("Ủy ban nhân dân các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn", "lead"),
    ]
    first, second = tables["tasks"]
    assert first.text.startswith("- Tiếp tục chăm lo") and first.text.endswith("triển khai thực hiện.*")
    assert "Rà soát, cập nhật" in first.text and "Đẩy mạnh" not in first.text
    assert second.text.startswith("- Đẩy mạnh tuyên truyền")
    assert (first.lead, first.partners) == (["Phòng Lao động - Thương binh và Xã hội"], ["Phòng Nội vụ"])
    assert tables["assignments"][0].jurisdiction == "huyện Kon Rẫy"


def test_lead_with_bullets_under_cac_nhiem_vu_sau(tmp_path):
    tables = parse(tmp_path, """III. NHIỆM VỤ

2. Triển khai các hoạt động xây dựng cộng đồng hòa nhập

- Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các sở, ban, ngành có liên quan và UBND các \
huyện, thị xã, thành phố thực hiện các nhiệm vụ sau:

+ Xây dựng các chương trình về việc làm, giảm nghèo.

+ Đảm bảo đời sống an sinh xã hội cho các đối tượng yếu thế.

- Tỉnh đoàn Khánh Hòa chủ trì, triển khai thực hiện công trình thanh niên.""", place="Khánh Hòa")
    assert rows(tables) == [
        ("Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội", "lead"),
        ("các sở, ban, ngành có liên quan", "Các sở, ban, ngành", "partner"),
        ("UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố", "partner"),
        ("Tỉnh đoàn Khánh Hòa", "Tỉnh đoàn", "lead"),
    ]
    first, second = tables["tasks"]
    assert "+ Xây dựng" in first.text and "+ Đảm bảo" in first.text and "Tỉnh đoàn" not in first.text
    assert first.partners == ["Các sở, ban, ngành", "Ủy ban nhân dân các huyện, thị xã, thành phố"]
    assert second.lead == ["Tỉnh đoàn"]


def test_agency_heading_in_the_organisation_section(tmp_path):
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN

1. Giám đốc các sở, ban, ngành; Thủ trưởng các đơn vị, địa phương liên quan:
- Định kỳ tổng hợp, đánh giá tình hình thực hiện, gửi Sở Y tế trước ngày 25/11 hàng năm để báo cáo Ủy ban nhân dân tỉnh.

2. Sở Y tế:
- Chủ trì theo dõi, đôn đốc, tham mưu Ủy ban nhân dân tỉnh báo cáo gửi Bộ Y tế trước ngày 05/12 hàng năm.

3. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện.

4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể cấp tỉnh
a) Tuyên truyền, phổ biến các chủ trương của Đảng.""")
    assert rows(tables) == [
        ("các sở, ban, ngành", "Các sở, ban, ngành", "lead"),
        ("các đơn vị, địa phương liên quan", "Các đơn vị, địa phương liên quan", "lead"),
        ("Sở Y tế", "Sở Y tế", "report_to"),
        ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh", "report_to"),
        ("Sở Y tế", "Sở Y tế", "lead"),
        ("Bộ Y tế", "Bộ Y tế", "report_to"),
        ("Sở Tài chính", "Sở Tài chính", "lead"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam", "requested"),
        ("các đoàn thể cấp tỉnh", "Các đoàn thể", "requested"),
    ]
    tasks = tables["tasks"]
    assert [t.section_id for t in tasks] == ["I/1", "I/2", "I/3", "I/4"]
    assert tasks[1].lead == ["Sở Y tế"] and tasks[1].timeframe == "trước ngày 05/12 hàng năm"
    bo_y_te = next(a for a in tables["assignments"] if a.agency == "Bộ Y tế")
    assert bo_y_te.task_id == tasks[1].task_id and bo_y_te.jurisdiction is None


def test_focal_point_and_report_via(tmp_path):
    tables = parse(tmp_path, """IV. TỔ CHỨC THỰC HIỆN

2. Giao Sở Nội vụ là cơ quan đầu mối, phối hợp với các sở, ban, ngành triển khai thực hiện Kế hoạch này; định \
kỳ báo cáo Ủy ban nhân dân tỉnh.

4. Các sở, ban, ngành, Ủy ban nhân dân cấp xã xây dựng kế hoạch triển khai thực hiện; báo cáo kết quả thực \
hiện về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước ngày 25/10/2026.""")
    assert rows(tables) == [
        ("Sở Nội vụ", "Sở Nội vụ", "focal_point"),
        ("các sở, ban, ngành", "Các sở, ban, ngành", "partner"),
        ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh", "report_to"),
        ("Các sở, ban, ngành", "Các sở, ban, ngành", "responsible"),
        ("Ủy ban nhân dân cấp xã", "Ủy ban nhân dân cấp xã", "responsible"),
        ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh", "report_to"),
        ("Sở Nội vụ", "Sở Nội vụ", "report_to"),
    ]
    assert tables["tasks"][1].timeframe == "trước ngày 25/10/2026"


def test_doers_named_in_sentences(tmp_path):
    tables = parse(tmp_path, """III. NHIỆM VỤ, GIẢI PHÁP

4. Thực hiện tốt chính sách ưu đãi người có công

- Quan tâm chăm lo đời sống người có công. Sở Nội vụ, các địa phương thực hiện đầy đủ, kịp thời chế độ trợ \
cấp. Bảo hiểm xã hội khu vực XXVI (tại Gia Lai) tham mưu phát triển hệ thống bảo hiểm xã hội linh hoạt.
- Sở Khoa học và Công nghệ phối hợp với Sở Y tế và các đơn vị liên quan đẩy mạnh chuyển đổi số.""")
    assert rows(tables) == [
        ("Sở Nội vụ", "Sở Nội vụ", "responsible"),
        ("các địa phương", "Các địa phương", "responsible"),
        ("Bảo hiểm xã hội khu vực XXVI", "Bảo hiểm xã hội khu vực XXVI", "advisor"),
        ("Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ", "responsible"),
        ("Sở Y tế", "Sở Y tế", "partner"),
        ("các đơn vị liên quan", "Các đơn vị liên quan", "partner"),
    ]
    # one task per sentence that names its doer
    assert [t.text for t in tables["tasks"]][:1] == [
        "Sở Nội vụ, các địa phương thực hiện đầy đủ, kịp thời chế độ trợ cấp."]
    assert [t.lead for t in tables["tasks"]] == [
        ["Sở Nội vụ", "Các địa phương"], ["Bảo hiểm xã hội khu vực XXVI"], ["Sở Khoa học và Công nghệ"]]


def test_sector_names_announced_as_a_list(tmp_path):
    tables = parse(tmp_path, """V. TỔ CHỨC THỰC HIỆN

1. Các đơn vị thuộc trụ cột Văn hóa – Xã hội ASEAN bao gồm: Y tế, Giáo dục và Đào tạo, Nội vụ, Tỉnh đoàn Khánh Hòa

a) Xây dựng chương trình, kế hoạch hành động.""", place="Khánh Hòa")
    assert [(a.agency, a.role) for a in tables["assignments"]] == [
        ("Sở Y tế", "lead"), ("Sở Giáo dục và Đào tạo", "lead"), ("Sở Nội vụ", "lead"), ("Tỉnh đoàn", "lead")]


def test_commune_plan_officials_villages_and_mass_organisations(tmp_path):
    tables = parse(tmp_path, """3. NHIỆM VỤ, GIẢI PHÁP
a) Công tác tuyên truyền, vận động
- Công chức Văn hóa - Xã hội chủ trì, phối hợp với Trưởng các thôn, buôn tuyên truyền trên hệ thống loa truyền thanh.
- Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể đẩy mạnh cuộc vận động xây dựng nông thôn mới.
- Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên xã tổ chức ra quân thu gom rác thải định kỳ hằng tháng.

5. TỔ CHỨC THỰC HIỆN
- Ban Quản lý xây dựng nông thôn mới xã: Là cơ quan thường trực, giúp UBND xã theo dõi, đôn đốc.
- Trưởng các thôn, buôn: Xây dựng kế hoạch của thôn, buôn, gửi về UBND xã (qua Công chức Văn phòng – Thống kê) \
trước ngày 10/3/2024.""", level="xã", place="Tân Lập")
    assert rows(tables) == [
        ("Công chức Văn hóa - Xã hội", "Công chức Văn hóa - Xã hội", "lead"),
        ("Trưởng các thôn, buôn", "Trưởng các thôn, buôn", "partner"),
        ("Ủy ban MTTQ Việt Nam xã", "Ủy ban Mặt trận Tổ quốc Việt Nam", "requested"),
        ("các đoàn thể", "Các đoàn thể", "requested"),
        ("Hội Liên hiệp Phụ nữ xã", "Hội Liên hiệp Phụ nữ", "responsible"),
        ("Đoàn Thanh niên xã", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "responsible"),
        ("Ban Quản lý xây dựng nông thôn mới xã", "Ban Quản lý xây dựng nông thôn mới", "lead"),
        ("Trưởng các thôn, buôn", "Trưởng các thôn, buôn", "lead"),
        ("UBND xã", "Ủy ban nhân dân xã", "report_to"),
        ("Công chức Văn phòng – Thống kê", "Công chức Văn phòng - Thống kê", "report_to"),
    ]


def test_the_body_directed_by_chi_dao_or_lanh_dao_does_the_work(tmp_path):
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN

1. Sở Y tế

Chỉ đạo các cơ sở khám bệnh, chữa bệnh nâng cao chất lượng khám, chữa bệnh bảo hiểm y tế.

2. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương

a) Chỉ đạo Sở Lao động - Thương binh và Xã hội (cơ quan thường trực Chương trình) chủ trì, phối hợp với các sở, \
ngành liên quan xây dựng kế hoạch thực hiện Chương trình năm 2024 của địa phương.

3. Ban cán sự đảng Ủy ban nhân dân huyện lãnh đạo, chỉ đạo Ủy ban nhân dân huyện xây dựng kế hoạch triển khai \
thực hiện, hoàn thành trong tháng 10/2024.""")
    assert rows(tables) == [
        ("Sở Y tế", "Sở Y tế", "lead"),
        ("các cơ sở khám bệnh, chữa bệnh", "Các cơ sở khám bệnh, chữa bệnh", "responsible"),
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
         "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "requested"),
        ("Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội", "lead"),
        ("các sở, ngành liên quan", "Các sở, ngành liên quan", "partner"),
        ("Ban cán sự đảng Ủy ban nhân dân huyện", "Ban cán sự đảng Ủy ban nhân dân huyện", "lead"),
        ("Ủy ban nhân dân huyện", "Ủy ban nhân dân huyện", "responsible"),
    ]


def test_organisation_item_that_opens_with_its_doer(tmp_path):
    """`2. Phòng X thẩm định, tham mưu …` in TỔ CHỨC THỰC HIỆN reads as `2. Phòng X: …`;
    the same sentence among the tasks is advice, and a plural actor opening an item stays a doer."""
    tables = parse(tmp_path, """I. NHIỆM VỤ VÀ GIẢI PHÁP

1. Phòng Tài chính - Kế hoạch thẩm định, tham mưu phân bổ kinh phí.

II. TỔ CHỨC THỰC HIỆN

1. Phòng Lao động - Thương binh và Xã hội là cơ quan thường trực, chủ trì, phối hợp với các phòng, ban, đơn vị \
liên quan và Ủy ban nhân dân các phường triển khai thực hiện Kế hoạch.

2. Phòng Tài chính - Kế hoạch thẩm định, tham mưu phân bổ kinh phí.

3. Công an Quận 8 phối hợp Phòng LĐ-TB&XH và UBND các phường quản lý người nghiện ma túy.

4. Các sở, ban, ngành căn cứ Kế hoạch này xây dựng kế hoạch thực hiện.""", level="quận", place="Gò Vấp")
    assert rows(tables) == [
        ("Phòng Tài chính - Kế hoạch", "Phòng Tài chính - Kế hoạch", "advisor"),
        ("Phòng Lao động - Thương binh và Xã hội", "Phòng Lao động - Thương binh và Xã hội", "lead"),
        ("các phòng, ban, đơn vị liên quan", "Các phòng, ban, đơn vị liên quan", "partner"),
        ("Ủy ban nhân dân các phường", "Ủy ban nhân dân các phường", "partner"),
        ("Phòng Tài chính - Kế hoạch", "Phòng Tài chính - Kế hoạch", "lead"),
        ("Công an Quận 8", "Công an", "lead"),
        ("Phòng LĐ-TB&XH", "Phòng Lao động - Thương binh và Xã hội", "partner"),
        ("UBND các phường", "Ủy ban nhân dân các phường", "partner"),
        ("Các sở, ban, ngành", "Các sở, ban, ngành", "responsible"),
    ]
    assert [t.section_id for t in tables["tasks"]][1:] == ["II/1", "II/2", "II/3", "II/4"]


def test_party_committee_plan_numbered_with_dashes(tmp_path):
    tables = parse(tmp_path, """I- TỔ CHỨC THỰC HIỆN

1- Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với các cơ quan liên quan hướng dẫn việc học tập, quán triệt Kế hoạch này.

2- Ủy ban Kiểm tra Huyện ủy chủ trì, phối hợp với các ban xây dựng Đảng của Huyện ủy đưa nội dung vào chương trình \
kiểm tra, giám sát hằng năm.

3- Đảng đoàn Hội đồng nhân dân huyện lãnh đạo Thường trực Hội đồng nhân dân huyện, các Ban của Hội đồng nhân dân \
huyện tăng cường giám sát việc thực hiện chính sách.

4- Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện tăng cường giám sát, phản biện \
xã hội.""", level="huyện", place="Krông Pắc")
    assert rows(tables) == [
        ("Ban Tuyên giáo Huyện ủy", "Ban Tuyên giáo Huyện ủy", "lead"),
        ("các cơ quan liên quan", "Các cơ quan liên quan", "partner"),
        ("Ủy ban Kiểm tra Huyện ủy", "Ủy ban Kiểm tra Huyện ủy", "lead"),
        ("các ban xây dựng Đảng của Huyện ủy", "Các ban xây dựng Đảng của Huyện ủy", "partner"),
        ("Đảng đoàn Hội đồng nhân dân huyện", "Đảng đoàn Hội đồng nhân dân huyện", "lead"),
        ("Thường trực Hội đồng nhân dân huyện", "Thường trực Hội đồng nhân dân huyện", "responsible"),
        ("các Ban của Hội đồng nhân dân huyện", "Các Ban của Hội đồng nhân dân huyện", "responsible"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam", "lead"),
        ("các đoàn thể chính trị - xã hội huyện", "Các đoàn thể chính trị - xã hội", "lead"),
    ]


def test_ministry_plan_units_and_national_bodies(tmp_path):
    tables = parse(tmp_path, """I. NHIỆM VỤ VÀ GIẢI PHÁP

1. Cục Bảo trợ xã hội phối hợp với Bộ Y tế, Bảo hiểm xã hội Việt Nam theo dõi việc cấp thẻ bảo hiểm y tế.

II. TỔ CHỨC THỰC HIỆN

1. Các đơn vị thuộc Bộ

- Căn cứ nhiệm vụ được giao tại Kế hoạch, xây dựng kế hoạch chi tiết của đơn vị, gửi Văn phòng Quốc gia về giảm \
nghèo trước ngày 15/5/2024 để tổng hợp.

2. Vụ Kế hoạch - Tài chính

Chủ trì, phối hợp với Văn phòng Quốc gia về giảm nghèo tổng hợp, đề xuất phương án phân bổ vốn.""")
    assert rows(tables) == [
        ("Cục Bảo trợ xã hội", "Cục Bảo trợ xã hội", "responsible"),
        ("Bộ Y tế", "Bộ Y tế", "partner"),
        ("Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội Việt Nam", "partner"),
        ("Các đơn vị thuộc Bộ", "Các đơn vị", "lead"),
        ("Văn phòng Quốc gia về giảm nghèo", "Văn phòng Quốc gia về giảm nghèo", "report_to"),
        ("Vụ Kế hoạch - Tài chính", "Vụ Kế hoạch - Tài chính", "lead"),
        ("Văn phòng Quốc gia về giảm nghèo", "Văn phòng Quốc gia về giảm nghèo", "partner"),
    ]
    bhxh_vn = next(a for a in tables["assignments"] if a.agency == "Bảo hiểm xã hội Việt Nam")
    assert bhxh_vn.jurisdiction is None


def test_a_cue_at_the_end_of_the_line_above(tmp_path):
    """A line break the working copy keeps (the next line starts with a capital) does not hide `phối hợp với`."""
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền

Ủy ban nhân dân các cấp đưa mục tiêu chăm sóc sức khỏe ban đầu vào kế hoạch phát triển kinh tế - xã hội.
Sở Y tế chủ trì, phối hợp với
Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh kiện toàn Ban Chỉ đạo công tác dân số tỉnh trong Quý III/2023.

2. Trung tâm Y tế các huyện, thị xã, thành phố chỉ đạo trạm y tế xã triển khai quản lý bệnh không lây nhiễm.""")
    assert rows(tables) == [
        ("Ủy ban nhân dân các cấp", "Ủy ban nhân dân các cấp", "responsible"),
        ("Sở Y tế", "Sở Y tế", "lead"),
        ("Sở Nội vụ", "Sở Nội vụ", "partner"),
        ("Trung tâm Y tế các huyện, thị xã, thành phố", "Trung tâm Y tế", "responsible"),
    ]


WRAPPED = """I. NHIỆM VỤ VÀ GIẢI PHÁP
1. Đẩy mạnh công tác thông tin, tuyên truyền về chính sách an sinh xã hội
Phòng Văn hoá và Thông tin chủ trì, phối hợp với Phòng Lao động - Thương binh và
Xã hội và UBND các phường đa dạng hoá hình thức tuyên truyền các chính sách về
việc làm, giảm nghèo, bảo hiểm xã hội, bảo hiểm y tế trên Cổng thông tin điện tử
của Quận, hệ thống loa truyền thanh và mạng xã hội.
2. Mở rộng bao phủ bảo hiểm xã hội, bảo hiểm y tế
Bảo hiểm xã hội Quận 8 chủ trì, phối hợp Phòng LĐ-TB&XH, Phòng Y tế và Uỷ ban
nhân dân các phường rà soát, phân loại đối tượng chưa tham gia bảo hiểm y tế,
bảo hiểm xã hội tự nguyện; tăng cường thanh tra, kiểm tra việc chấp hành pháp
luật về bảo hiểm xã hội tại các doanh nghiệp.
II. CHẾ ĐỘ THÔNG TIN, BÁO CÁO
Phòng Lao động - Thương binh và Xã hội tổng hợp, tham mưu Uỷ ban nhân dân Quận
báo cáo Uỷ ban nhân dân Thành phố và Sở Lao động - Thương binh và Xã hội Thành
phố trước ngày 15/12/2024."""


def test_hard_wrapped_plan_from_pdf(tmp_path):
    """Lines wrapped mid-name and a task paragraph right under its heading, as PDF text gives them."""
    tables = parse(tmp_path, WRAPPED, level="quận", place="Tám")
    assert [(a.agency, a.role) for a in tables["assignments"]] == [
        ("Phòng Văn hóa và Thông tin", "lead"),
        ("Phòng Lao động - Thương binh và Xã hội", "partner"),
        ("Ủy ban nhân dân các phường", "partner"),
        ("Bảo hiểm xã hội", "lead"),
        ("Phòng Lao động - Thương binh và Xã hội", "partner"),
        ("Phòng Y tế", "partner"),
        ("Ủy ban nhân dân các phường", "partner"),
        ("Phòng Lao động - Thương binh và Xã hội", "advisor"),
        ("Ủy ban nhân dân Thành phố", "report_to"),
        ("Sở Lao động - Thương binh và Xã hội", "report_to"),
    ]



def test_a_short_heading_line_in_a_wrapped_plan_ends_before_the_paragraph_below(tmp_path):
    """`4. Thanh tra Sở` is no wrapped line (far shorter than the lines the converter
    filled): the paragraph under it opens with a capital, and `Sở Xây dựng` is no agency."""
    tables = parse(tmp_path, """III. TỔ CHỨC THỰC HIỆN
1. Phòng Quản lý môi trường
Chủ trì tham mưu Giám đốc Sở tổ chức triển khai Kế hoạch; theo dõi, đôn đốc các
phòng, đơn vị thực hiện các nhiệm vụ được giao; tổng hợp kết quả thực hiện báo cáo
Giám đốc Sở theo quy định.
2. Thanh tra Sở
Xây dựng kế hoạch thanh tra, kiểm tra chuyên ngành về bảo vệ môi trường năm 2025,
trình Giám đốc Sở phê duyệt trước ngày 15/3/2025; kịp thời giải quyết đơn thư,
phản ánh, kiến nghị của tổ chức, công dân về ô nhiễm môi trường.""")
    assert rows(tables) == [
        ("Phòng Quản lý môi trường", "Phòng Quản lý môi trường", "lead"),
        ("Thanh tra Sở", "Thanh tra Sở", "lead"),
    ]


# --- ward plans: residential groups, ward sections, bullets with a role of their own --

def test_hanoi_planning_department_in_a_partner_list(tmp_path):
    tables = parse(tmp_path, """III. TỔ CHỨC THỰC HIỆN

1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Quy hoạch – Kiến trúc, Sở Xây dựng rà soát quỹ đất \
dành cho giáo dục.""", place="Hà Nội")
    assert rows(tables) == [
        ("Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo", "lead"),
        ("Sở Quy hoạch – Kiến trúc", "Sở Quy hoạch - Kiến trúc", "partner"),
        ("Sở Xây dựng", "Sở Xây dựng", "partner"),
    ]


def test_ward_bullets_take_the_role_written_after_the_colon(tmp_path):
    tables = parse(tmp_path, """4. Phân công thực hiện
- Công chức Văn hóa - Xã hội: là đầu mối, tham mưu UBND phường triển khai Kế hoạch.
- Trạm Y tế phường:
+ Chủ trì, phối hợp với Công an phường và các Tổ dân phố kiểm tra các cơ sở dịch vụ ăn uống.
- Ban Quản lý chợ Hưng Dũng: bố trí khu vực kinh doanh thực phẩm tươi sống riêng biệt.
- Hội Liên hiệp Phụ nữ phường: phối hợp với Trạm Y tế phường tuyên truyền kiến thức an toàn thực phẩm.
- Bộ phận Tài chính - Kế toán phường: tham mưu bố trí kinh phí thực hiện Kế hoạch.""", level="phường",
                   place="Hưng Dũng")
    assert rows(tables) == [
        ("Công chức Văn hóa - Xã hội", "Công chức Văn hóa - Xã hội", "focal_point"),
        ("Trạm Y tế phường", "Trạm Y tế", "lead"),
        ("Công an phường", "Công an", "partner"),
        ("các Tổ dân phố", "Các Tổ dân phố", "partner"),
        ("Ban Quản lý chợ Hưng Dũng", "Ban Quản lý chợ Hưng Dũng", "lead"),
        ("Hội Liên hiệp Phụ nữ phường", "Hội Liên hiệp Phụ nữ", "partner"),
        ("Trạm Y tế phường", "Trạm Y tế", "partner"),
        ("Bộ phận Tài chính - Kế toán phường", "Bộ phận Tài chính - Kế toán", "advisor"),
    ]


def test_report_to_an_interdisciplinary_steering_board(tmp_path):
    tables = parse(tmp_path, """5. Chế độ báo cáo
- UBND phường tổng hợp, báo cáo Ban Chỉ đạo liên ngành về an toàn thực phẩm thành phố (qua Phòng Y tế \
thành phố) trước ngày 20/3/2025.""", level="phường", place="Hưng Dũng")
    assert rows(tables) == [
        ("UBND phường", "Ủy ban nhân dân phường", "responsible"),
        ("Ban Chỉ đạo liên ngành về an toàn thực phẩm thành phố", "Ban Chỉ đạo liên ngành về an toàn thực phẩm",
         "report_to"),
        ("Phòng Y tế thành phố", "Phòng Y tế", "report_to"),
    ]


def test_residential_groups_are_actors_only_with_cac():
    assert names("Lồng ghép tuyên truyền trong các buổi sinh hoạt Tổ dân phố") == []
    assert names("phối hợp với các thôn, buôn tổ chức") == ["Các thôn, buôn"]

# --- sample 000: what is Sở Nội vụ responsible for? --------------------------

def test_sample_000_tasks_of_so_noi_vu():
    tables = parse_document(SAMPLE_000, SAMPLE_000.name).tables
    tasks = tables["tasks"]
    as_lead = sorted(t.section_id for t in tasks if "Sở Nội vụ" in t.lead)
    as_partner = sorted(t.section_id for t in tasks if "Sở Nội vụ" in t.partners)
    # items 3 and 6 (Cơ quan thực hiện) and IV/2 (cơ quan đầu mối); partner in items 1, 2, 4, 5
    assert as_lead == ["II/3", "II/6", "IV/2"]
    assert as_partner == ["II/1", "II/2", "II/4", "II/5"]
    item_5 = next(t for t in tasks if t.section_id == "II/5")
    assert item_5.lead == ["Sở Y tế"]
    assert item_5.partners == ["Sở Nông nghiệp và Môi trường", "Sở Nội vụ", "Sở Giáo dục và Đào tạo",
                               "Ủy ban nhân dân các xã, phường"]
    assert (item_5.timeframe, item_5.product) == (
        "Cả năm", "Văn bản triển khai liên quan, chương trình, kế hoạch có nội dung lồng ghép")


def test_rows_point_into_the_text_in_order():
    tables = parse_document(SAMPLE_000, SAMPLE_000.name).tables
    text = tables["documents"][0].text
    for table in ("assignments", "tasks"):
        spans = [(r.start, r.end) for r in tables[table]]
        assert spans == sorted(spans)
        assert all(text[r.start:r.end] == r.text for r in tables[table])
    task_ids = {t.task_id for t in tables["tasks"]}
    assert all(a.task_id in task_ids for a in tables["assignments"] if a.task_id)


# --- round 4: boards, courts, a ministry's and a department's own units, schools ----------

@pytest.mark.parametrize("line, expected", [
    # a steering committee known by its number; the level is left out, `quốc gia` stays
    ("- Ban Chỉ đạo 389 tỉnh chỉ đạo các thành viên, Ban Chỉ đạo 389 các huyện, thị xã, thành phố rà soát",
     [("Ban Chỉ đạo 389", "ban"), ("Ban Chỉ đạo 389", "ban")]),
    ("báo cáo Ban Chỉ đạo 389 quốc gia và UBND tỉnh", [("Ban Chỉ đạo 389 quốc gia", "ban"),
                                                      ("Ủy ban nhân dân tỉnh", "ubnd")]),
    # the office and the members of a board take the board's name
    ("Phát huy vai trò đầu mối của Văn phòng Thường trực Ban Chỉ đạo 389 tỉnh trong theo dõi",
     [("Văn phòng Thường trực Ban Chỉ đạo 389", "other")]),
    ("1. Các thành viên Ban Chỉ đạo 389 tỉnh", [("Các thành viên Ban Chỉ đạo 389", "collective")]),
    # courts and procuracies, in their official spelling
    ("Phối hợp với Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh đẩy nhanh tiến độ",
     [("Viện kiểm sát nhân dân", "other"), ("Tòa án nhân dân", "other")]),
    ("- Các lực lượng chức năng tăng cường công tác nắm tình hình",
     [("Các lực lượng chức năng", "collective")]),
    # a ministry's units: `về`, a comma of a legal term, a dash before a small letter
    ("- Cơ quan chủ trì: Vụ Các vấn đề chung về xây dựng pháp luật.",
     [("Vụ Các vấn đề chung về xây dựng pháp luật", "other")]),
    ("- Cơ quan phối hợp: Cục Phổ biến, giáo dục pháp luật, Vụ Pháp luật hình sự – hành chính, "
     "Nhà xuất bản Tư pháp.",
     [("Cục Phổ biến, giáo dục pháp luật", "other"), ("Vụ Pháp luật hình sự - hành chính", "other"),
      ("Nhà xuất bản Tư pháp", "other")]),
    ("- Cơ quan phối hợp: Báo Pháp luật Việt Nam, Tạp chí Dân chủ và Pháp luật, Học viện Tư pháp.",
     [("Báo Pháp luật Việt Nam", "other"), ("Tạp chí Dân chủ và Pháp luật", "other"),
      ("Học viện Tư pháp", "other")]),
    ("- Cơ quan phối hợp: các Bộ, cơ quan ngang Bộ; Sở Tư pháp các tỉnh, thành phố.",
     [("Các Bộ, cơ quan ngang Bộ", "collective"), ("Sở Tư pháp", "so")]),
    # a Department of Education's own offices, not the district's Phòng Giáo dục
    ("+ Phòng Giáo dục Mầm non chủ trì, phối hợp với Phòng Giáo dục Tiểu học",
     [("Phòng Giáo dục Mầm non", "phong"), ("Phòng Giáo dục Tiểu học", "phong")]),
    ("Phòng Giáo dục huyện chủ trì", [("Phòng Giáo dục", "phong")]),
    ("Phòng GD&ĐT các huyện, thành phố chỉ đạo", [("Phòng Giáo dục và Đào tạo", "phong")]),
    # schools and centres as two actors; abbreviations spelled out
    ("+ Các trường THPT, trung tâm GDNN-GDTX triển khai học bạ số",
     [("Các trường trung học phổ thông", "collective"),
      ("Các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên", "collective")]),
    ("+ Hội đồng Thi đua - Khen thưởng ngành tổ chức xét", [("Hội đồng Thi đua - Khen thưởng", "other")]),
    # a city's bodies: a hospital keeps the place it is named after, a centre does not
    ("Bệnh viện Phụ sản thành phố Cần Thơ là đơn vị đầu mối; Trung tâm Kiểm soát bệnh tật thành phố chủ trì",
     [("Bệnh viện Phụ sản thành phố Cần Thơ", "other"), ("Trung tâm Kiểm soát bệnh tật", "other")]),
    ("11. Các sở, ban, ngành, đơn vị liên quan", [("Các sở, ban, ngành, đơn vị liên quan", "collective")]),
])
def test_round4_names(line, expected):
    working = textmap.build(line).text
    assert [(m.agency, m.agency_type) for m in find_mentions(working, 0, len(working))] == expected


@pytest.mark.parametrize("line", [
    "trường học an toàn",                      # schools without `các`: not an actor
    "là cơ quan thuộc Chính phủ",              # describes a body
    "lực lượng chức năng nước bạn Lào",         # no `các`
    "thành viên Ban Chỉ đạo phụ trách",        # one member
    "bệnh viện tuyến tỉnh",
    "Kế hoạch số 45/KH-BCĐ389",
])
def test_round4_not_agencies(line):
    """Nothing that stands alone as an actor (a bare list member, `in_list_only`, is not one)."""
    working = textmap.build(line).text
    got = [m.agency for m in find_mentions(working, 0, len(working)) if not m.in_list_only]
    assert all(not n.startswith(("Các trường", "Các cơ quan thuộc", "Các lực lượng", "Các thành viên",
                                 "Bệnh viện", "Ban Chỉ đạo 389")) for n in got), got


def test_members_and_office_of_a_board_in_a_plan(tmp_path):
    tables = parse(tmp_path, """IV. TỔ CHỨC THỰC HIỆN
1. Các thành viên Ban Chỉ đạo 389 tỉnh
Xây dựng kế hoạch cao điểm của ngành, đơn vị, hoàn thành trước ngày 05/12/2025.
2. Văn phòng Thường trực Ban Chỉ đạo 389 tỉnh
Theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Ban Chỉ đạo 389 quốc gia.""")
    got = [(a.agency, a.role) for a in tables["assignments"]]
    assert ("Các thành viên Ban Chỉ đạo 389", "lead") in got
    assert ("Văn phòng Thường trực Ban Chỉ đạo 389", "lead") in got
    assert ("Ban Chỉ đạo 389 quốc gia", "report_to") in got


# --- round 5: a commune's bodies typed by a clerk, party bodies, a province's companies and zones ----

@pytest.mark.parametrize("line, expected", [
    # a commune's officials in small letters, its radio, a typo in a fixed name
    ("- Giao công chức Văn hóa - Xã hội chủ trì, phối hợp với Đài truyền thanh xã, Trưởng các thôn tuyên",
     [("Công chức Văn hóa - Xã hội", "other"), ("Đài truyền thanh", "other"), ("Trưởng các thôn", "other")]),
    ("Hội Nông dân xã, Hội Liên hiệp Phu nữ xã,", [("Hội Nông dân", "doan_the"), ("Hội Liên hiệp Phụ nữ", "doan_the")]),
    ("- Ban Chỉ huy PCTT&TKCN xã phân công nhiệm vụ",
     [("Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn", "ban")]),
    ("- Các trường học trên địa bàn kiểm tra, gia cố phòng học", [("Các trường học", "collective")]),
    ("- Các thôn, đơn vị báo cáo tình hình", [("Các thôn, đơn vị", "collective")]),
    ("- HTX Dịch vụ nông nghiệp xã chủ động vận hành trạm bơm", [("Hợp tác xã Dịch vụ nông nghiệp", "other")]),
    # a party committee's plan
    ("9- Chế độ báo cáo: Các cấp ủy, tổ chức đảng báo cáo kết quả", [("Các cấp ủy, tổ chức đảng", "collective")]),
    ("6- Đảng ủy các cơ quan Đảng tỉnh lãnh đạo các tổ chức đảng", [("Đảng ủy các cơ quan Đảng tỉnh", "other")]),
    # a named commune's party committee keeps its name, as its people's committee does (cc, cs, wd gold)
    ("Đảng ủy xã Hải Ninh lãnh đạo", [("Đảng ủy xã Hải Ninh", "other")]),
    ("Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh sơ kết",
     [("Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "ban")]),
    # a province's programme: a zone's own name stays, the province does not; a company keeps its place
    ("3.1. Ban Quản lý Khu kinh tế Đông Nam chủ trì", [("Ban Quản lý Khu kinh tế Đông Nam", "ban")]),
    ("Ban Quản lý Khu kinh tế Nghệ An chủ trì", [("Ban Quản lý Khu kinh tế", "ban")]),
    ("Ban Quản lý Khu kinh tế tỉnh phối hợp", [("Ban Quản lý Khu kinh tế", "ban")]),
    ("3.3. Công ty Điện lực Nghệ An chủ trì, phối hợp với Sở Công Thương",
     [("Công ty Điện lực Nghệ An", "other"), ("Sở Công Thương", "so")]),
    # the State Bank's branch: the branch words stay, the province is the tail
    ("c) Ngân hàng Nhà nước Chi nhánh Nghệ An chỉ đạo các tổ chức tín dụng",
     [("Ngân hàng Nhà nước Chi nhánh", "ngan_hang"), ("Các tổ chức tín dụng", "collective")]),
    # a district's one-stop desk; its offices `thuộc UBND quận` are one actor, not two
    ("b) Bộ phận Tiếp nhận và Trả kết quả quận thực hiện niêm yết", [("Bộ phận Tiếp nhận và Trả kết quả", "other")]),
    ("6. Các phòng, ban, đơn vị thuộc UBND quận; UBND các phường",
     [("Các phòng, ban, đơn vị", "collective"), ("Ủy ban nhân dân các phường", "ubnd")]),
])
def test_round5_names(line, expected):
    working = textmap.build(line).text
    assert [(m.agency, m.agency_type) for m in find_mentions(working, 0, len(working))] == expected


@pytest.mark.parametrize("line", [
    "các công ty trên địa bàn",                 # no company named
    "Hợp tác xã nông nghiệp kiểu mới",          # a kind of co-operative, not one
    "cán bộ, công chức cấp xã",                 # civil servants, no title
    "bộ phận tiếp nhận hồ sơ",
    "Ngân hàng thương mại",
])
def test_round5_not_agencies(line):
    working = textmap.build(line).text
    assert [m.agency for m in find_mentions(working, 0, len(working)) if not m.in_list_only] == []


# --- round 6: a Youth Union plan, a ward's tab-separated table, a joint health-insurance plan ----

@pytest.mark.parametrize("line, expected", [
    # the standing board, departments and office of a provincial Youth Union take its name
    ("Ban Thường vụ Tỉnh Đoàn Khánh Hòa ban hành Kế hoạch", [("Ban Thường vụ Tỉnh đoàn", "doan_the")]),
    ("- Đơn vị phối hợp: Ban Phong trào Tỉnh Đoàn, Đoàn Trường Đại học Nha Trang, Văn phòng Tỉnh Đoàn.",
     [("Ban Phong trào Tỉnh đoàn", "doan_the"), ("Đoàn Trường Đại học Nha Trang", "doan_the"),
      ("Văn phòng Tỉnh đoàn", "doan_the")]),
    ("báo cáo Ban Bí thư Trung ương Đoàn (qua Ban Phong trào TW Đoàn)",
     [("Ban Bí thư Trung ương Đoàn", "doan_the"), ("Ban Phong trào Trung ương Đoàn", "doan_the")]),
    # a body's Youth Union is named after the body
    ("Đoàn Thanh niên Bộ Chỉ huy Quân sự tỉnh, Đoàn Thanh niên Công an tỉnh chủ trì",
     [("Đoàn Thanh niên Bộ Chỉ huy Quân sự", "doan_the"), ("Đoàn Thanh niên Công an", "doan_the")]),
    ("3. Hội Liên hiệp Thanh niên Việt Nam tỉnh, Hội Sinh viên Việt Nam tỉnh",
     [("Hội Liên hiệp Thanh niên Việt Nam", "doan_the"), ("Hội Sinh viên Việt Nam", "doan_the")]),
    ("Hội LHTN tỉnh phối hợp", [("Hội Liên hiệp Thanh niên Việt Nam", "doan_the")]),
    # its committees below as plural actors; the bloc of the branches is part of their name
    ("4. Các huyện, thị, thành Đoàn, Đoàn trực thuộc", [("Các huyện, thị, thành Đoàn, Đoàn trực thuộc", "collective")]),
    ("phối hợp với các huyện, thị, thành Đoàn ven biển tổ chức",
     [("Các huyện, thị, thành Đoàn ven biển", "collective")]),
    ("Thực hiện: các Đoàn trực thuộc khối cơ quan, doanh nghiệp.",
     [("Các Đoàn trực thuộc khối cơ quan, doanh nghiệp", "collective")]),
    ("Ban Phong trào Tỉnh Đoàn hướng dẫn, theo dõi; các cơ sở Đoàn tổ chức",
     [("Ban Phong trào Tỉnh đoàn", "doan_the"), ("Các cơ sở Đoàn", "collective")]),
    ("Ban Chấp hành Đoàn các xã, phường, đặc khu tiếp nhận",
     [("Ban Chấp hành Đoàn các xã, phường, đặc khu", "doan_the")]),
    # whose units they are is read with them and left out (as `Các đơn vị thuộc Bộ`)
    ("2. Các ban, đơn vị trực thuộc Tỉnh Đoàn", [("Các ban, đơn vị", "collective")]),
    ("1. Các đơn vị trực thuộc Sở Y tế, các cơ sở KCB có ký hợp đồng KCB BHYT căn cứ Kế hoạch",
     [("Các đơn vị", "collective"), ("Các cơ sở khám bệnh, chữa bệnh", "collective")]),
    # a ward's table: a tab ends a name; the ward's office, teams and quarter boards
    ("1\tXây dựng nội dung tuyên truyền\tVăn phòng - Thống kê phường\tĐoàn Thanh niên phường\tThường xuyên",
     [("Văn phòng - Thống kê", "other"), ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "doan_the")]),
    ("4\tRa quân cao điểm\tĐội Quản lý trật tự đô thị phường\tCông an phường, Ban điều hành các khu phố\tĐợt 1",
     [("Đội Quản lý trật tự đô thị", "other"), ("Công an", "luc_luong"), ("Ban điều hành các khu phố", "ban")]),
    ("11\tKiểm tra công trình\tBộ phận Địa chính - Xây dựng phường\tĐội Quản lý trật tự đô thị phường\tThường xuyên",
     [("Bộ phận Địa chính - Xây dựng", "other"), ("Đội Quản lý trật tự đô thị", "other")]),
    ("phối hợp với Đội Cảnh sát giao thông - Trật tự Công an Quận 1 trong các đợt cao điểm",
     [("Đội Cảnh sát giao thông - Trật tự", "other"), ("Công an", "luc_luong")]),
    ("- Phối hợp với Công ty TNHH MTV Dịch vụ công ích Quận 1 thu gom rác thải",
     [("Công ty Trách nhiệm hữu hạn Một thành viên Dịch vụ công ích Quận 1", "other")]),
    # a province's inspectorate, the insurance offices below it, the merged newspaper and broadcaster
    ("e) Phối hợp với Thanh tra tỉnh, Bảo hiểm xã hội tỉnh kiểm tra",
     [("Thanh tra", "other"), ("Bảo hiểm xã hội", "bhxh")]),
    ("Bảo hiểm xã hội cơ sở chủ trì, phối hợp với Trạm Y tế xã, phường",
     [("Bảo hiểm xã hội cơ sở", "bhxh"), ("Trạm Y tế", "other")]),
    ("phối hợp với Báo và Phát thanh, Truyền hình Long An tuyên truyền",
     [("Báo và Phát thanh, Truyền hình Long An", "other")]),
    ("Trung tâm Y tế khu vực tổ chức khám", [("Trung tâm Y tế khu vực", "other")]),
    # a board of a zone and its parks names both
    ("b) Ban Quản lý Khu kinh tế Dung Quất và các KCN Quảng Ngãi chủ trì",
     [("Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi", "ban")]),
])
def test_round6_names(line, expected):
    working = textmap.build(line).text
    assert [(m.agency, m.agency_type) for m in find_mentions(working, 0, len(working))] == expected


def test_a_part_written_alone_takes_the_name_it_had_under_the_local_board():
    """`(qua Ban Phong trào)` after `Ban Phong trào Tỉnh Đoàn`: the province's department,
    also when the central one (`Ban Phong trào Trung ương Đoàn`) was named in between."""
    assert names("Ban Phong trào Tỉnh Đoàn chủ trì; báo cáo Ban Bí thư Trung ương Đoàn (qua Ban Phong trào "
                 "Trung ương Đoàn). Các đơn vị gửi Ban Thường vụ Tỉnh Đoàn (qua Ban Phong trào)")[-1] == \
        "Ban Phong trào Tỉnh đoàn"
    assert names("Ban Phong trào chủ trì") == ["Ban Phong trào"]


@pytest.mark.parametrize("line", [
    "vận động các hộ kinh doanh ký cam kết",    # the people a ward works with
    "- 100% huyện, thị, thành Đoàn ra quân",     # a target's count, no `các`
    "các huyện, thị xã, thành phố đoàn kết",
    "Trưởng ban điều hành khu phố",              # a person
    "Đoàn Thanh tra tỉnh kiểm tra",              # an inspection team
    "thanh tra tỉnh",
])
def test_round6_not_agencies(line):
    working = textmap.build(line).text
    assert [m.agency for m in find_mentions(working, 0, len(working)) if not m.in_list_only] == []


# --- round 7: a council's boards, a village's board, new names ---------------

@pytest.mark.parametrize("line,expected", [
    # a board of a people's council keeps the council and its level in its name
    ("1. Ban Kinh tế - Xã hội HĐND huyện chủ trì, phối hợp với Văn phòng HĐND và UBND huyện",
     ["Ban Kinh tế - Xã hội Hội đồng nhân dân huyện", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"]),
    ("Ban Pháp chế HĐND tỉnh", ["Ban Pháp chế Hội đồng nhân dân tỉnh"]),
    # one village's board: the village is where it works, not its name
    ("- Ban Công tác Mặt trận thôn: chuẩn bị báo cáo", ["Ban Công tác Mặt trận"]),
    ("Ban Công tác Mặt trận thôn 3 báo cáo kết quả", ["Ban Công tác Mặt trận"]),
    ("phối hợp với Ban điều hành các khu phố", ["Ban điều hành các khu phố"]),
    # the Women's Union under its short name, the commune's accountant, the education board
    ("- Đoàn Thanh niên, Hội Phụ nữ xã: phối hợp tổ chức",
     ["Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Liên hiệp Phụ nữ"]),
    ("- Kế toán ngân sách xã: chi kinh phí tổ chức Ngày hội", ["Kế toán ngân sách"]),
    ("gửi về Ban Chỉ đạo PCGD, XMC huyện (qua Phòng GD&ĐT)",
     ["Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ", "Phòng Giáo dục và Đào tạo"]),
    ("1/ Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ huyện", ["Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ"]),
    ("- Trung tâm GDNN-GDTX huyện chủ trì", ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"]),
    # the State Bank's regional branch (2025) is named by its region; the service centre's abbreviation
    ("Đề nghị Ngân hàng Nhà nước Khu vực 14 chỉ đạo", ["Ngân hàng Nhà nước Khu vực 14"]),
    ("- LĐVP, Trung tâm PVHCC tỉnh;", ["Trung tâm Phục vụ hành chính công"]),
])
def test_round7_names(line, expected):
    assert names(line) == expected


def test_round7_not_agencies():
    assert names("chế độ kế toán ngân sách xã") == []
    assert names("Trưởng ban điều hành khu phố 3") == []


def test_a_council_board_written_alone_later_is_the_same_board(tmp_path):
    """People with titles in a delegation list are no assignment; the board they sit on,
    written alone in `(qua Ban Kinh tế - Xã hội)`, takes the name it had with its council; the
    communes supervised keep `được giám sát` (agency.inspected_tail)."""
    tables = parse(tmp_path, """I. THÀNH PHẦN ĐOÀN GIÁM SÁT
- Bà Nguyễn Thị Thanh Hương, Trưởng Ban Kinh tế - Xã hội HĐND huyện – Phó Trưởng đoàn;

II. TỔ CHỨC THỰC HIỆN
1. Ban Kinh tế - Xã hội HĐND huyện chủ trì ban hành đề cương báo cáo, gửi các cơ quan, đơn vị chịu sự \
giám sát trước ngày 22/4/2025.
2. UBND các xã được giám sát (Hiệp An, Ninh Gia) xây dựng báo cáo, gửi về Thường trực HĐND huyện (qua Ban \
Kinh tế - Xã hội) trước ngày 05/5/2025. UBND các xã, thị trấn còn lại gửi báo cáo bằng văn bản về \
Thường trực HĐND huyện trước ngày 08/5/2025.""", level="huyện", place="Đức Trọng")
    assert rows(tables) == [
        ("Ban Kinh tế - Xã hội HĐND huyện", "Ban Kinh tế - Xã hội Hội đồng nhân dân huyện", "lead"),
        ("UBND các xã được giám sát", "Ủy ban nhân dân các xã được giám sát", "lead"),
        ("Thường trực HĐND huyện", "Thường trực Hội đồng nhân dân huyện", "report_to"),
        ("Ban Kinh tế - Xã hội", "Ban Kinh tế - Xã hội Hội đồng nhân dân huyện", "report_to"),
        # (the communes not yet named keep `còn lại`, as a commune list's qualifier does: AREA_WORD)
        ("UBND các xã, thị trấn còn lại", "Ủy ban nhân dân các xã, thị trấn còn lại", "responsible"),
        ("Thường trực HĐND huyện", "Thường trực Hội đồng nhân dân huyện", "report_to"),
    ]


@pytest.mark.parametrize("line,expected", [
    # a hospital's departments and offices, a school's teams: heads with a capital after them
    ("- a) Khoa Khám bệnh rà soát, bố trí lại buồng khám", ["Khoa Khám bệnh"]),
    ("b) Khoa Hồi sức tích cực - Chống độc chủ trì xây dựng", ["Khoa Hồi sức tích cực - Chống độc"]),
    ("- d) Khoa Xét nghiệm, Khoa Chẩn đoán hình ảnh bảo đảm trả kết quả",
     ["Khoa Xét nghiệm", "Khoa Chẩn đoán hình ảnh"]),
    ("d) Khoa Dược phối hợp với Phòng Kế hoạch tổng hợp", ["Khoa Dược", "Phòng Kế hoạch tổng hợp"]),
    ("- Phòng Tài chính kế toán tham mưu Giám đốc bố trí kinh phí", ["Phòng Tài chính kế toán"]),
    ("- Tổ Toán – Tin chủ trì, phối hợp với các tổ chuyên môn xây dựng ngân hàng câu hỏi",
     ["Tổ Toán - Tin", "Các tổ chuyên môn"]),
    ("- Nhân viên thư viện phối hợp với Tổ Ngữ văn số hoá tài liệu tham khảo", ["Tổ Ngữ văn"]),
    ("- Các khoa, phòng gửi báo cáo tiến độ thực hiện về Phòng Quản lý chất lượng hằng tháng",
     ["Các khoa, phòng", "Phòng Quản lý chất lượng"]),
    ("8. Các khoa lâm sàng, cận lâm sàng", ["Các khoa lâm sàng, cận lâm sàng"]),
    # whose union or youth branch is said after it, as a level word: the body's own name stays
    ("- Công đoàn trường phối hợp với Ban Giám hiệu phát động phong trào thi đua",
     ["Công đoàn", "Ban Giám hiệu"]),
    ("- Đoàn trường tổ chức tuyên truyền", ["Đoàn Thanh niên Cộng sản Hồ Chí Minh"]),
    ("10. Đoàn Thanh niên bệnh viện", ["Đoàn Thanh niên Cộng sản Hồ Chí Minh"]),
    ("Đề nghị Ban đại diện cha mẹ học sinh phối hợp với nhà trường", ["Ban đại diện cha mẹ học sinh"]),
    # a police force's units; the police of several units keep them in their name
    ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao nắm tình hình",
     ["Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"]),
    ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ chủ trì kiểm tra",
     ["Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"]),
    ("Phòng Xây dựng phong trào bảo vệ An ninh Tổ quốc phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
     ["Phòng Xây dựng phong trào bảo vệ An ninh Tổ quốc", "Ủy ban Mặt trận Tổ quốc Việt Nam"]),
    ("- Phòng Hậu cần bảo đảm kinh phí", ["Phòng Hậu cần"]),
    ("Phòng Cảnh sát hình sự chủ trì, phối hợp với Công an các huyện, thành phố mở các chuyên án",
     ["Phòng Cảnh sát hình sự", "Công an các huyện, thành phố"]),
    ("- c) Công an các xã, phường, thị trấn tham gia bảo đảm", ["Công an các xã, phường, thị trấn"]),
    ("phối hợp với Công an tỉnh", ["Công an"]),
])
def test_round8_names(line, expected):
    assert names(line) == expected


def test_round8_not_agencies():
    """Posts and people, a unit's code in parentheses, words that only begin like a unit.
    (The form teachers are a school's team, given work as one: see test_school_teams.)"""
    assert names("- Hiệu trưởng chịu trách nhiệm chung") == []
    assert names("Phòng Cảnh sát giao thông (PC08) tổ chức tuần tra") == ["Phòng Cảnh sát giao thông"]
    assert names("bảo vệ an ninh Tổ quốc; Tổ dân phố") == []
    assert names("100% khoa lâm sàng triển khai bệnh án điện tử") == []
    assert names("Công đoàn viên tham gia") == []


def test_a_unit_written_with_its_initials_is_the_unit_the_document_names_in_full():
    """`Phòng QLCL` in a table is the `Phòng Quản lý chất lượng` of the text; an acronym that
    fits no unit written out stays as written."""
    text = ("Phòng Quản lý chất lượng chủ trì; Khoa Hồi sức tích cực - Chống độc phối hợp.\n"
            "| Phòng QLCL | Khoa HSTC-CĐ | Phòng TCCB |")
    working = textmap.build(text).text
    assert [m.agency for m in find_mentions(working, 0, len(working))] == [
        "Phòng Quản lý chất lượng", "Khoa Hồi sức tích cực - Chống độc",
        "Phòng Quản lý chất lượng", "Khoa Hồi sức tích cực - Chống độc", "Phòng TCCB"]
    cell = working.index("Phòng QLCL")
    assert [m.agency for m in find_mentions(working, cell, cell + len("Phòng QLCL"))] == ["Phòng Quản lý chất lượng"]


def test_school_units_take_their_roles(tmp_path):
    tables = parse(tmp_path, """I. NHIỆM VỤ
1. Số hóa dữ liệu
- Tổ Văn phòng chủ trì, phối hợp với giáo viên chủ nhiệm rà soát dữ liệu học sinh.
- Tổ Toán - Tin chủ trì, phối hợp với Tổ Văn phòng tổ chức tập huấn cho giáo viên.
II. TỔ CHỨC THỰC HIỆN
1. Đoàn trường, Công đoàn trường
- Đoàn trường phối hợp với giáo viên chủ nhiệm tổ chức các hoạt động ngoại khóa.
2. Ban đại diện cha mẹ học sinh
Đề nghị Ban đại diện cha mẹ học sinh phối hợp với nhà trường tuyên truyền.""")
    assert rows(tables) == [
        ("Tổ Văn phòng", "Tổ Văn phòng", "lead"),
        ("giáo viên chủ nhiệm", "Giáo viên chủ nhiệm", "partner"),
        ("Tổ Toán - Tin", "Tổ Toán - Tin", "lead"),
        ("Tổ Văn phòng", "Tổ Văn phòng", "partner"),
        ("Đoàn trường", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "lead"),
        ("Công đoàn trường", "Công đoàn", "lead"),
        ("Đoàn trường", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "responsible"),
        ("giáo viên chủ nhiệm", "Giáo viên chủ nhiệm", "partner"),
        ("Ban đại diện cha mẹ học sinh", "Ban đại diện cha mẹ học sinh", "lead"),
        ("Ban đại diện cha mẹ học sinh", "Ban đại diện cha mẹ học sinh", "requested"),
    ]


# --- an economic-zone authority's units and a ward's residential groups ------

@pytest.mark.parametrize(("text", "expected"), [
    # `và xây dựng` ends the name where a role verb, a level or the line's end follows ...
    ("Phòng Quản lý đầu tư, Phòng Quản lý quy hoạch và xây dựng thực hiện theo chức năng",
     ["Phòng Quản lý đầu tư", "Phòng Quản lý quy hoạch và xây dựng"]),
    ("2. Phòng Quản lý quy hoạch và xây dựng\nChủ trì rà soát quy hoạch phân khu",
     ["Phòng Quản lý quy hoạch và xây dựng"]),
    # ... not where it is the verb of the sentence
    ("Phòng Quản lý quy hoạch và xây dựng kế hoạch kiểm tra", ["Phòng Quản lý quy hoạch"]),
    ("Cơ quan phối hợp: Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh; Văn phòng Ban.",
     ["Trung tâm Xúc tiến đầu tư, thương mại và du lịch", "Văn phòng Ban"]),
    ("Trung tâm Xúc tiến Thương mại và Đầu tư thành phố chủ trì", ["Trung tâm Xúc tiến Thương mại và Đầu tư"]),
    ("c) Đề nghị UBND các địa phương có khu công nghiệp phối hợp chặt chẽ với Ban",
     ["Ủy ban nhân dân các địa phương có khu công nghiệp"]),
    ("UBND các địa phương có trách nhiệm bố trí mặt bằng", ["Ủy ban nhân dân các địa phương"]),
    # the residential groups keep the capital as written
    ("c) Các tổ dân phố lập danh sách người dân cần hỗ trợ", ["Các tổ dân phố"]),
    ("phối hợp với Công an phường và các Tổ dân phố kiểm tra", ["Công an", "Các Tổ dân phố"]),
])
def test_economic_zone_and_ward_units(text, expected):
    assert names(text) == expected


# --- justice bodies, mass organisations, a university's units (round 11) ----

@pytest.mark.parametrize(("text", "expected"), [
    # since 2025 the district courts and procuracies are regional: `khu vực` is in the name
    ("b) Viện kiểm sát nhân dân tỉnh có trách nhiệm chỉ đạo Viện kiểm sát nhân dân khu vực kiểm sát",
     ["Viện kiểm sát nhân dân", "Viện kiểm sát nhân dân khu vực"]),
    # a number names one of them and stays (gold u5, d7: `Viện kiểm sát nhân dân khu vực 1`)
    ("mỗi Tòa án nhân dân khu vực 2 tổ chức", ["Tòa án nhân dân khu vực 2"]),
    ("bảo đảm mỗi Tòa án nhân dân khu vực có ít nhất", ["Tòa án nhân dân khu vực"]),
    # a provincial court's chambers; the court written after one is its owner, not a second agency
    ("Tòa Hình sự Tòa án nhân dân tỉnh chủ trì, phối hợp với Viện kiểm sát nhân dân tỉnh",
     ["Tòa Hình sự", "Viện kiểm sát nhân dân"]),
    ("1. Tòa Hình sự, Tòa Dân sự, Tòa Hành chính", ["Tòa Hình sự", "Tòa Dân sự", "Tòa Hành chính"]),
    ("phối hợp với các Tòa chuyên trách", ["Các Tòa chuyên trách"]),
    ("tại phiên tòa xét xử vụ án hình sự", []),
    # grass-roots fire and security forces of a ward
    ("b) Đội dân phòng, Tổ liên gia an toàn PCCC, Tổ bảo vệ an ninh, trật tự ở cơ sở và lực lượng dân quân",
     ["Đội dân phòng", "Tổ liên gia an toàn phòng cháy, chữa cháy", "Tổ bảo vệ an ninh, trật tự ở cơ sở"]),
    ("một số Tổ liên gia hoạt động còn hình thức", []),
    # a province's museum and library, without the level; an airport by its name
    ("Bảo tàng tỉnh phối hợp với Thư viện tỉnh", ["Bảo tàng", "Thư viện"]),
    ("phối hợp với Cảng hàng không quốc tế Phú Quốc", ["Cảng hàng không quốc tế Phú Quốc"]),
    # a branch written after its parent keeps the branch
    ("Văn phòng Đăng ký đất đai - Chi nhánh Yên Lạc chủ trì", ["Văn phòng Đăng ký đất đai - Chi nhánh Yên Lạc"]),
    ("Ban kiểm tra Phiếu đăng ký dự tuyển giúp Hội đồng tuyển dụng",
     ["Ban kiểm tra Phiếu đăng ký dự tuyển", "Hội đồng tuyển dụng"]),
    ("UBND các xã, phường ven biển tổ chức sơ tán", ["Ủy ban nhân dân các xã, phường ven biển"]),
    ("Cơ quan điều tra và Viện kiểm sát cùng cấp tổ chức họp liên ngành",
     ["Cơ quan điều tra", "Viện kiểm sát nhân dân"]),
    # the police an investigation body belongs to is no second agency
    ("chỉ đạo Cơ quan Cảnh sát điều tra, Cơ quan An ninh điều tra Công an tỉnh và Công an các xã, phường, đặc khu",
     ["Cơ quan Cảnh sát điều tra", "Cơ quan An ninh điều tra", "Công an các xã, phường, đặc khu"]),
    ("Công an tỉnh chỉ đạo Trại tạm giam, nhà tạm giữ tạo điều kiện",
     ["Công an", "Trại tạm giam", "Nhà tạm giữ"]),
    ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh bảo đảm", ["Trung tâm Trợ giúp pháp lý nhà nước"]),
    # the civil judgment enforcement office: its post-2025 name and its old one
    ("Đề nghị Thi hành án dân sự tỉnh phối hợp", ["Thi hành án dân sự"]),
    ("Cục Thi hành án dân sự tỉnh chủ trì", ["Cục Thi hành án dân sự"]),
    ("phối hợp với Đoàn Luật sư tỉnh vận động luật sư", ["Đoàn Luật sư"]),
    ("chỉ đạo Phòng Tham mưu làm đầu mối tổng hợp", ["Phòng Tham mưu"]),
    # a mass organisation of several units, and its standing board, keep their level
    ("Hội Nông dân các xã, phường chủ động thực hiện", ["Hội Nông dân các xã, phường"]),
    ("Hội Nông dân tỉnh chủ trì", ["Hội Nông dân"]),
    ("báo cáo về Ban Thường vụ Hội Nông dân tỉnh (qua Văn phòng Hội).",
     ["Ban Thường vụ Hội Nông dân tỉnh", "Văn phòng Hội"]),
    ("báo cáo Trung ương Hội Nông dân Việt Nam, Thường trực Tỉnh ủy",
     ["Trung ương Hội Nông dân Việt Nam", "Thường trực Tỉnh ủy"]),
    # (a branch is named as the other banks' branches are: `Chi nhánh Ngân hàng …`)
    ("Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) chi nhánh tỉnh Đồng Tháp hướng dẫn",
     ["Chi nhánh Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"]),
    ("Đề nghị Agribank chi nhánh tỉnh Đồng Tháp phối hợp", ["Chi nhánh Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"]),
    ("Ngân hàng Nông nghiệp và Phát triển nông thôn hỗ trợ vốn vay", ["Ngân hàng Nông nghiệp và Phát triển nông thôn"]),
    # a university's office named in three parts, and its faculties
    ("Đơn vị chủ trì: Phòng Khoa học, Công nghệ và Hợp tác quốc tế; Đơn vị phối hợp: Phòng Đào tạo, các khoa.",
     ["Phòng Khoa học, Công nghệ và Hợp tác quốc tế", "Phòng Đào tạo", "Các khoa"]),
    ("9. Các khoa, viện, trung tâm", ["Các khoa, viện, trung tâm"]),
    ("8. Các sở, ban, ngành khác", ["Các sở, ban, ngành khác"]),
    # not agencies: places in a list, the activity, science, a list of offices
    ("đối với công tác thi hành án dân sự", []),
    ("ứng dụng các khoa học công nghệ", []),
    ("Phòng Tài chính, Phòng Nội vụ và Phòng Y tế", ["Phòng Tài chính", "Phòng Nội vụ", "Phòng Y tế"]),
    ("các sở, ban, ngành khác nhau", ["Các sở, ban, ngành"]),
])
def test_justice_bodies_mass_organisations_and_university_units(text, expected):
    assert names(text) == expected


def test_a_bare_office_in_a_report_channel_is_the_office_the_plan_names(tmp_path):
    body = """I. TỔ CHỨC THỰC HIỆN
1. Văn phòng Hội
Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Hội Nông dân các xã, phường
Xây dựng kế hoạch thực hiện, gửi về Hội Nông dân tỉnh (qua Văn phòng) trước ngày 28/02/2026."""
    got = rows(parse(tmp_path, body))
    assert ("Văn phòng", "Văn phòng Hội", "report_to") in got
    assert ("Hội Nông dân các xã, phường", "Hội Nông dân các xã, phường", "lead") in got


def test_a_bare_office_with_no_office_named_is_no_agency(tmp_path):
    body = """I. TỔ CHỨC THỰC HIỆN
1. Các phòng, ban
Báo cáo kết quả gửi về Ủy ban nhân dân tỉnh (qua Văn phòng) trước ngày 28/02/2026."""
    got = rows(parse(tmp_path, body))
    assert not [r for r in got if r[0] == "Văn phòng"]


def test_lock_ups_in_a_list_of_places_are_no_doers():
    """`nhà tạm giữ` counts only after another agency in a list (in_list_only), and
    bare `Viện kiểm sát`, `Tòa án`, small `trại tạm giam` are places here."""
    working = textmap.build("niêm yết tại trụ sở Công an, Viện kiểm sát, Tòa án, nhà tạm giữ, trại tạm giam").text
    assert [m.agency for m in find_mentions(working, 0, len(working)) if not m.in_list_only] == []


# --- round 12: military bodies, sub-committees, the province's bodies in a district plan ----

@pytest.mark.parametrize("line,expected", [
    ("- Hội đồng nghĩa vụ quân sự cấp xã xét duyệt, niêm yết công khai", ["Hội đồng nghĩa vụ quân sự"]),
    ("- Hội đồng khám sức khỏe nghĩa vụ quân sự cấp xã tổ chức khám", ["Hội đồng khám sức khỏe nghĩa vụ quân sự"]),
    ("tổng hợp kết quả, báo cáo Bộ Tư lệnh Quân khu 5 theo quy định.", ["Bộ Tư lệnh Quân khu 5"]),
    ("4. Các Ban Chỉ huy Phòng thủ khu vực", ["Các Ban Chỉ huy Phòng thủ khu vực"]),
    # (a military command's units written by list keep it: docs/gold_conventions.md)
    ("- Ban Chỉ huy quân sự các xã, phường, đặc khu chủ trì", ["Ban Chỉ huy Quân sự các xã, phường, đặc khu"]),
    ("phối hợp với Đảng ủy các xã, phường bồi dưỡng", ["Đảng ủy các xã, phường"]),
    ("2. Tiểu ban Lễ tân", ["Tiểu ban Lễ tân"]),
    ("4. Tiểu ban Nội dung - Văn nghệ", ["Tiểu ban Nội dung - Văn nghệ"]),
    ("do Tiểu ban Hậu cần lập, trình UBND huyện", ["Tiểu ban Hậu cần", "Ủy ban nhân dân huyện"]),
    ("phối hợp với Tiểu ban Lễ tân, Công an huyện", ["Tiểu ban Lễ tân", "Công an"]),
    ("Các tiểu ban báo cáo kết quả", ["Các tiểu ban"]),
    ("- Phối hợp với Điện lực Yên Thế bảo đảm cấp điện", ["Điện lực Yên Thế"]),
    ("12\tChi nhánh Văn phòng Đăng ký đất đai huyện\tCập nhật", ["Chi nhánh Văn phòng Đăng ký đất đai"]),
])
def test_round12_bodies(line, expected):
    assert names(line) == expected


def test_not_a_sub_committee_or_power_company():
    assert names("Tiểu ban chịu trách nhiệm trước Ban Tổ chức") == ["Ban Tổ chức"]
    assert "Điện lực" not in " ".join(names("phát triển ngành điện lực trên địa bàn"))


def test_a_body_of_the_province_level_in_a_district_plan_is_the_provinces():
    district = Issuer(level="huyen", area="huyện Đức Trọng", province="Lâm Đồng")
    assert jurisdiction("issuer", district, "UBND tỉnh") == "tỉnh Lâm Đồng"
    assert jurisdiction("issuer", district, "Công an tỉnh") == "tỉnh Lâm Đồng"
    assert jurisdiction("issuer", district, "UBND huyện") == "huyện Đức Trọng"
    province = Issuer(level="tinh", area="tỉnh Lâm Đồng", province="Lâm Đồng")
    assert jurisdiction("issuer", province, "UBND tỉnh") == "tỉnh Lâm Đồng"


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.agency) for m in find_mentions(text, 0, len(text))]


def test_public_investment_bodies_are_agencies():
    """A public-investment plan's actors: regional treasury (its number is its name), the
    post-2025 tax office `Thuế tỉnh`, project management boards, the investors together."""
    assert _found("- Kho bạc Nhà nước khu vực XVII thực hiện kiểm soát, phối hợp với Thuế tỉnh") == [
        ("Kho bạc Nhà nước khu vực XVII", "Kho bạc Nhà nước khu vực XVII"), ("Thuế tỉnh", "Thuế")]
    assert _found("- Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh và Ban Quản lý "
                  "dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tập trung") == [
        ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh",
         "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông"),
        ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp",
         "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp")]
    assert _found("UBND các xã chủ trì, phối hợp với các chủ đầu tư") == [
        ("UBND các xã", "Ủy ban nhân dân các xã"), ("các chủ đầu tư", "Các chủ đầu tư")]


def test_not_public_investment_bodies():
    assert _found("miễn Thuế giá trị gia tăng; dự án do cấp xã làm chủ đầu tư; 17 chủ đầu tư") == []


def test_a_justified_line_keeps_its_offsets_and_a_column_gap_ends_a_name():
    """Two spaces between words (pdftotext -layout) are read as one; three or more are the gap
    between the columns of a space-aligned table or a blanked ` | `."""
    text = ("x\n        b) Trung  tâm Y  tế huyện chủ  trì, Ban Chỉ  huy  Quân sự  huyện\n"
            "Công an huyện      Phòng Tư pháp\nPhòng Nội vụ   Phòng Y tế")
    assert _found(text) == [("Trung  tâm Y  tế huyện", "Trung tâm Y tế"),
                            ("Ban Chỉ  huy  Quân sự  huyện", "Ban Chỉ huy Quân sự"),
                            ("Công an huyện", "Công an"), ("Phòng Tư pháp", "Phòng Tư pháp"),
                            ("Phòng Nội vụ", "Phòng Nội vụ"), ("Phòng Y tế", "Phòng Y tế")]
    start = text.index("Ban")
    assert [(text[m.start:m.end]) for m in find_mentions(text, start, len(text))][0] == "Ban Chỉ  huy  Quân sự  huyện"


def test_health_bodies_of_a_province_after_the_2025_reorganisation():
    """`Trung tâm Y tế các khu vực` names the regional centres as one; a commune station over a
    list of levels keeps none of them; a hospital keeps its number and a place it is named
    after, not a bare level word (c2)."""
    assert _found("- Trung tâm Y tế các khu vực tham mưu UBND các xã, phường") == [
        ("Trung tâm Y tế các khu vực", "Trung tâm Y tế khu vực"),
        ("UBND các xã, phường", "Ủy ban nhân dân các xã, phường")]
    assert _found("chỉ đạo Trạm Y tế xã, phường thực hiện") == [("Trạm Y tế xã, phường", "Trạm Y tế")]
    assert _found("2. Bệnh viện Đa khoa tỉnh") == [("Bệnh viện Đa khoa tỉnh", "Bệnh viện Đa khoa")]
    assert _found("phối hợp với Bệnh viện Nhi đồng 1, Bệnh viện Bệnh Nhiệt đới Thành phố Hồ Chí Minh trong") == [
        ("Bệnh viện Nhi đồng 1", "Bệnh viện Nhi đồng 1"),
        ("Bệnh viện Bệnh Nhiệt đới Thành phố Hồ Chí Minh", "Bệnh viện Bệnh Nhiệt đới Thành phố Hồ Chí Minh")]
    assert _found("Trung tâm DVVL tỉnh") == [("Trung tâm DVVL tỉnh", "Trung tâm Dịch vụ việc làm")]
    assert _found("5. Các phòng chức năng thuộc Sở Y tế") == [
        ("Các phòng chức năng thuộc Sở Y tế", "Các phòng chức năng")]


def test_not_a_list_of_levels_or_a_hospital_number():
    """A level list stops before another body (`tỉnh, Tỉnh đoàn`, `xã, Ban …`); a count after a
    hospital's level word is no part of its name."""
    assert _found("Hội Nông dân tỉnh, Tỉnh đoàn") == [("Hội Nông dân tỉnh", "Hội Nông dân"),
                                                      ("Tỉnh đoàn", "Tỉnh đoàn")]
    assert _found("Công an xã, Ban Chỉ huy Quân sự xã") == [("Công an xã", "Công an"),
                                                            ("Ban Chỉ huy Quân sự xã", "Ban Chỉ huy Quân sự")]
    assert [name for _, name in _found("Bệnh viện Đa khoa tỉnh 02 đợt")] == ["Bệnh viện Đa khoa"]


def test_a_commune_party_committees_boards_and_cells(tmp_path):
    """A commune party committee's boards keep `Đảng ủy` (`Ban Xây dựng Đảng Đảng ủy`), its
    village cells their level (`Các chi bộ thôn`); in party prose (`Một là, …`) the sentence
    after the aim names the doer (c3)."""
    body = ("III. NHIỆM VỤ, GIẢI PHÁP\n\n"
            "Một là, đẩy mạnh công tác tuyên truyền về phát triển kinh tế tư nhân. Ban Xây dựng Đảng "
            "Đảng ủy chủ trì, phối hợp với Văn phòng Đảng ủy hướng dẫn tổ chức học tập.\n"
            "- Các chi bộ thôn chủ động phát hiện, bồi dưỡng quần chúng ưu tú.\n\n"
            "Hai là, tăng cường kiểm tra, giám sát.\n"
            "Ủy ban Kiểm tra Đảng ủy chủ trì, phối hợp với Ban Xây dựng Đảng Đảng ủy đưa nội dung vào chương trình kiểm tra.\n")
    got = rows(parse(tmp_path, body, level="xã", place="Hải Ninh"))
    assert ("Ban Xây dựng Đảng Đảng ủy", "Ban Xây dựng Đảng Đảng ủy", "lead") in got
    assert ("Văn phòng Đảng ủy", "Văn phòng Đảng ủy", "partner") in got
    assert ("Các chi bộ thôn", "Các chi bộ thôn", "responsible") in got
    assert ("Ủy ban Kiểm tra Đảng ủy", "Ủy ban Kiểm tra Đảng ủy", "lead") in got
    assert got.count(("Ban Xây dựng Đảng Đảng ủy", "Ban Xây dựng Đảng Đảng ủy", "partner")) == 1
    assert not [r for r in got if r[1] == "Ban Xây dựng Đảng"]


def test_health_plan_organisation_items(tmp_path):
    """An organisation item that is a body over a list of levels (`4. Trạm Y tế xã, phường`) is
    the lead of its section; a group of a department's offices is one collective (c2)."""
    body = ("V. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Trung tâm Kiểm soát bệnh tật tỉnh\n"
            "- Chủ trì, phối hợp với Trung tâm Y tế các khu vực tổ chức các đợt chiến dịch.\n\n"
            "2. Trung tâm Y tế các khu vực\n"
            "- Chủ trì giám sát; chỉ đạo Trạm Y tế xã, phường thực hiện tiêm chủng.\n\n"
            "3. Trạm Y tế xã, phường\n"
            "- Quản lý đối tượng tiêm chủng.\n\n"
            "4. Các phòng chức năng thuộc Sở Y tế\n"
            "- a) Phòng Nghiệp vụ Y: chủ trì kiểm tra công tác thu dung.\n")
    got = rows(parse(tmp_path, body))
    assert ("Trung tâm Y tế các khu vực", "Trung tâm Y tế khu vực", "partner") in got
    assert ("Trung tâm Y tế các khu vực", "Trung tâm Y tế khu vực", "lead") in got
    assert ("Trạm Y tế xã, phường", "Trạm Y tế", "responsible") in got
    assert ("Trạm Y tế xã, phường", "Trạm Y tế", "lead") in got
    assert ("Các phòng chức năng thuộc Sở Y tế", "Các phòng chức năng", "lead") in got


def test_a_committee_written_once_before_a_list_of_named_units():
    """`UBND xã Hang Kia, xã Pà Cò`: the committee is each commune's (c4); a place after
    something else is no committee."""
    assert _found("- Cơ quan phối hợp: Phòng Tài nguyên và Môi trường; UBND xã Hang Kia, xã Pà Cò") == [
        ("Phòng Tài nguyên và Môi trường", "Phòng Tài nguyên và Môi trường"),
        ("UBND xã Hang Kia", "Ủy ban nhân dân xã Hang Kia"), ("xã Pà Cò", "Ủy ban nhân dân xã Pà Cò")]
    assert _found("2. Bản Pù Lầu, xã Pà Cò.") == []
    assert _found("UBND xã Hang Kia, Công an xã") == [("UBND xã Hang Kia", "Ủy ban nhân dân xã Hang Kia"),
                                                    ("Công an xã", "Công an")]


def test_numbered_units_written_once_before_their_numbers():
    """`các Phòng Giao dịch số 1, số 2, số 3` names each office (e0, p9); a count after a
    numbered unit is no unit."""
    assert _found("Thực hiện: các Phòng Giao dịch số 1, số 2 và số 3.") == [
        ("Phòng Giao dịch số 1", "Phòng Giao dịch số 1"), ("số 2", "Phòng Giao dịch số 2"),
        ("số 3", "Phòng Giao dịch số 3")]
    assert _found("Thuế cơ sở 1, 2 thực hiện") == [("Thuế cơ sở 1", "Thuế cơ sở 1"), ("2", "Thuế cơ sở 2")]
    assert _found("Đội Quản lý thị trường số 5, 10 cán bộ") == [
        ("Đội Quản lý thị trường số 5", "Đội Quản lý thị trường số 5")]


def test_central_units_and_regional_offices_of_a_national_agency():
    """A national agency's own units keep the comma, the initialism and the long `và` of their
    official names; its regional offices keep their tier word; a national corporation or
    broadcaster keeps `Việt Nam` (d4)."""
    assert _found("a) Ban Quản lý Thu - Sổ, Thẻ chủ trì, phối hợp với Ban Thu") == [
        ("Ban Quản lý Thu - Sổ, Thẻ", "Ban Quản lý Thu - Sổ, Thẻ"), ("Ban Thu", "Ban Thu")]
    assert _found("Ban Thực hiện chính sách BHXH, Ban Thực hiện chính sách bảo hiểm xã hội và bảo hiểm y tế") == [
        ("Ban Thực hiện chính sách BHXH", "Ban Thực hiện chính sách bảo hiểm xã hội"),
        ("Ban Thực hiện chính sách bảo hiểm xã hội và bảo hiểm y tế",
         "Ban Thực hiện chính sách bảo hiểm xã hội và bảo hiểm y tế")]
    assert _found("Trung tâm Giám định BHYT và Thanh toán đa tuyến thực hiện") == [
        ("Trung tâm Giám định BHYT và Thanh toán đa tuyến", "Trung tâm Giám định bảo hiểm y tế và Thanh toán đa tuyến")]
    assert _found("b) Bảo hiểm xã hội khu vực giao chỉ tiêu đến Bảo hiểm xã hội cơ sở; Bảo hiểm xã hội các khu vực rà soát") == [
        ("Bảo hiểm xã hội khu vực", "Bảo hiểm xã hội khu vực"), ("Bảo hiểm xã hội cơ sở", "Bảo hiểm xã hội cơ sở"),
        ("Bảo hiểm xã hội các khu vực", "Bảo hiểm xã hội các khu vực")]
    assert _found("Bảo hiểm xã hội khu vực XXVI, Bảo hiểm xã hội huyện") == [
        ("Bảo hiểm xã hội khu vực XXVI", "Bảo hiểm xã hội khu vực XXVI"), ("Bảo hiểm xã hội huyện", "Bảo hiểm xã hội")]
    assert _found("Đề nghị Bưu điện Việt Nam chỉ đạo Bưu điện các tỉnh, thành phố; các cơ quan báo chí trung ương, "
                  "Đài Truyền hình Việt Nam") == [
        ("Bưu điện Việt Nam", "Bưu điện Việt Nam"), ("Bưu điện các tỉnh, thành phố", "Bưu điện"),
        ("các cơ quan báo chí trung ương", "Các cơ quan báo chí trung ương"),
        ("Đài Truyền hình Việt Nam", "Đài Truyền hình Việt Nam")]
    assert _found("- Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương đưa chỉ tiêu") == [
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
         "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương")]


def test_a_bare_office_opening_an_item_is_the_issuers_own_office():
    assert _found("b) Văn phòng phối hợp với Trung tâm Công nghệ thông tin và Chuyển đổi số rà soát") == [
        ("Văn phòng", "Văn phòng"),
        ("Trung tâm Công nghệ thông tin và Chuyển đổi số", "Trung tâm Công nghệ thông tin và Chuyển đổi số")]
    assert _found("1.6. Văn phòng\nChủ trì tổng hợp") == [("Văn phòng", "Văn phòng")]


def test_not_a_bare_office_or_a_name_running_on():
    """A bare office inside a sentence is nobody in particular; a comma before small words
    that name another actor or a verb ends a name; `Sổ, Thẻ` is no list of units elsewhere."""
    assert _found("bố trí Văn phòng làm việc cho tổ công tác") == []
    assert _found("Phòng Nội vụ, các đơn vị và Ban Chỉ huy Quân sự") == [
        ("Phòng Nội vụ", "Phòng Nội vụ"), ("các đơn vị", "Các đơn vị"), ("Ban Chỉ huy Quân sự", "Ban Chỉ huy Quân sự")]
    assert [n for _, n in _found("Phòng Tư pháp, tuyên truyền và Phòng Văn hóa")] == ["Phòng Tư pháp", "Phòng Văn hóa"]
    assert [n for _, n in _found("Phòng Xây dựng chủ trì; chăm lo người có công với cách mạng")] == ["Phòng Xây dựng"]


def test_units_of_a_ministry_and_of_a_department_with_long_names():
    """A ministry's Cục/Vụ whose official names hold a comma, `về` or `xây dựng` (d2); a
    department's units named after their work (d1); a list after a Sở is its jurisdiction."""
    assert _found("Cục Kinh tế - Quản lý đầu tư xây dựng, Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng chủ trì") == [
        ("Cục Kinh tế - Quản lý đầu tư xây dựng", "Cục Kinh tế - Quản lý đầu tư xây dựng"),
        ("Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng", "Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng")]
    assert _found("Cục Giám định nhà nước về chất lượng công trình xây dựng thực hiện") == [
        ("Cục Giám định nhà nước về chất lượng công trình xây dựng",
         "Cục Giám định nhà nước về chất lượng công trình xây dựng")]
    assert _found("Sở Xây dựng các tỉnh, thành phố trực thuộc Trung ương thực hiện") == [
        ("Sở Xây dựng các tỉnh, thành phố trực thuộc Trung ương", "Sở Xây dựng")]
    assert _found("(Phòng Người có công chủ trì; Phòng Xây dựng chính quyền và Công tác thanh niên, "
                  "Phòng Tổ chức - Biên chế phối hợp)") == [
        ("Phòng Người có công", "Phòng Người có công"),
        ("Phòng Xây dựng chính quyền và Công tác thanh niên", "Phòng Xây dựng chính quyền và Công tác thanh niên"),
        ("Phòng Tổ chức - Biên chế", "Phòng Tổ chức - Biên chế")]
    assert _found("Hội Doanh nhân trẻ tỉnh, Thuế tỉnh Quảng Ngãi") == [
        ("Hội Doanh nhân trẻ tỉnh", "Hội Doanh nhân trẻ"), ("Thuế tỉnh Quảng Ngãi", "Thuế")]
    assert _found("giao Phòng Tài chính\n- Kế hoạch tham mưu") == [("Phòng Tài chính\n- Kế hoạch", "Phòng Tài chính - Kế hoạch")]


def test_a_ward_plan_names_its_bodies_by_their_initials(tmp_path):
    """`Công an P.`, `UB MTTQ VN`, `PCCC&CNCH`, `Ban CHQS`, `VP HĐND-UBND` are the ward's own
    bodies; the partners of a run-on bullet run on to `các đoàn thể`, `các tổ dân phố`."""
    body = """III. NHIỆM VỤ
1. Tuyên truyền
- Phòng Văn hoá - Xã hội chủ trì, phối hợp với Công an phường, UB MTTQ VN phường, \
các đoàn thể và các tổ dân phố đẩy mạnh tuyên truyền.
- Công an P. phối hợp với Đội Cảnh sát PCCC&CNCH khu vực Liên Chiểu tổ chức hướng dẫn, ký cam kết an toàn PCCC cho chủ nhà trọ.
- Công an phường chủ trì, phối hợp với Ban CHQS phường, Trạm Y tế phường và các tổ dân phố xây dựng \
phương án; định kỳ hằng tháng báo cáo kết quả về UBND phường (qua VP HĐND-UBND).
"""
    got = rows(parse(tmp_path, body, level="phường", place="Hòa Khánh"))
    assert ("UB MTTQ VN phường", "Ủy ban Mặt trận Tổ quốc Việt Nam", "partner") in got
    assert ("các đoàn thể", "Các đoàn thể", "partner") in got
    assert ("các tổ dân phố", "Các tổ dân phố", "partner") in got
    assert ("Công an P.", "Công an", "responsible") in got
    assert ("Đội Cảnh sát PCCC&CNCH khu vực Liên Chiểu",
            "Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ khu vực Liên Chiểu", "partner") in got
    assert ("Ban CHQS phường", "Ban Chỉ huy Quân sự", "partner") in got
    assert ("Trạm Y tế phường", "Trạm Y tế", "partner") in got
    assert ("VP HĐND-UBND", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "report_to") in got
    assert not any("PCCC cho" in text or text == "PCCC" for text, _, _ in got)


def test_a_district_centre_named_with_commas_is_one_agency(tmp_path):
    body = """III. NHIỆM VỤ
1. Tuyên truyền
- Nhân rộng các mô hình, điển hình tiên tiến trong giảm nghèo.
Trung tâm Văn hoá, Thể thao và Truyền thông huyện chủ trì, phối hợp với UBND các xã, thị trấn thực hiện các chuyên mục.
"""
    got = rows(parse(tmp_path, body, level="huyện", place="Bắc Yên"))
    assert got[0] == ("Trung tâm Văn hoá, Thể thao và Truyền thông huyện",
                      "Trung tâm Văn hóa, Thể thao và Truyền thông", "lead")


@pytest.mark.parametrize(("written", "official"), [
    ("Trung tâm Ứng dụng và Dịch vụ KH&CN", "Trung tâm Ứng dụng và Dịch vụ khoa học công nghệ"),
    ("Phòng Quản lý công nghệ và Thị trường KH&CN", "Phòng Quản lý công nghệ và Thị trường khoa học công nghệ"),
    ("Sở KH&CN", "Sở Khoa học và Công nghệ"),  # not a unit's small-letter field: the department
])
def test_initials_joined_by_ampersand_stay_in_a_units_name(written, official):
    assert names(written + " chủ trì") == [official]


def test_the_fronts_departments_office_and_committees_of_several_units():
    """The part of the Front and the units are its name; `Việt Nam` after `MTTQ` is not said twice."""
    text = ("- Ban Phong trào chủ trì, phối hợp với Văn phòng Ủy ban MTTQ Việt Nam tỉnh biên soạn tài liệu.\n"
            "- Ủy ban MTTQ Việt Nam các xã, phường chỉ đạo Ban Công tác Mặt trận ở khu dân cư tuyên truyền.\n"
            "- Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng ở xã, phường giám sát.\n"
            "- Báo cáo Ban Thường trực\nỦy ban Trung ương MTTQ Việt Nam; gửi Ủy ban MTTQ Việt Nam tỉnh.\n")
    got = [m.agency for m in find_mentions(text, 0, len(text))]
    assert got == ["Ban Phong trào", "Văn phòng Ủy ban Mặt trận Tổ quốc Việt Nam",
                   "Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường",
                   "Ban Công tác Mặt trận", "Ban Thanh tra nhân dân", "Ban Giám sát đầu tư của cộng đồng",
                   "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                   "Ủy ban Mặt trận Tổ quốc Việt Nam"]
    assert canonical("Ban Thường trực UBTW MTTQ Việt Nam") == "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    assert canonical("Ủy ban MTTQVN tỉnh") == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("1.1. Phòng Nghiệp vụ, dự toán, pháp chế chủ trì, phối hợp với các Thuế cơ sở tham mưu",
         ["Phòng Nghiệp vụ, dự toán, pháp chế", "Các Thuế cơ sở"]),
        ("phối hợp với Phòng Quản lý hộ kinh doanh, cá nhân và thu khác hỗ trợ",
         ["Phòng Quản lý hộ kinh doanh, cá nhân và thu khác"]),
        ("- Phối hợp với Phòng Quản lý, hỗ trợ doanh nghiệp thực hiện kiểm tra trước hoàn thuế",
         ["Phòng Quản lý, hỗ trợ doanh nghiệp"]),
        # not one name: a list of a unit and another
        ("Phòng Quản lý đô thị, Phòng Kinh tế phối hợp", ["Phòng Quản lý đô thị", "Phòng Kinh tế"]),
        ("Cục Quản lý và Phát triển thị trường trong nước chủ trì",
         ["Cục Quản lý và Phát triển thị trường trong nước"]),
        ("Ủy ban Cạnh tranh Quốc gia phối hợp", ["Ủy ban Cạnh tranh Quốc gia"]),
        ("9. Trưởng các thôn, xóm", ["Trưởng các thôn, xóm"]),
        ("Đơn vị phối hợp: Ban Tuyên giáo, Tỉnh đoàn, Hội Doanh nhân nữ tỉnh.",
         ["Ban Tuyên giáo", "Tỉnh đoàn", "Hội Doanh nhân nữ"]),
        ("d) Báo Công Thương, Tạp chí Công Thương, Trung tâm Thông tin công nghiệp và thương mại mở chuyên mục",
         ["Báo Công Thương", "Tạp chí Công Thương", "Trung tâm Thông tin công nghiệp và thương mại"]),
        # not a base tax office: a tax in small letters
        ("nộp thuế cơ sở theo quy định", []),
    ],
)
def test_ministry_and_tax_units(sentence, expected):
    """Round 19: comma'd unit names of a tax office and a ministry, base tax offices, national commissions."""
    assert [m.agency for m in find_mentions(sentence, 0, len(sentence))] == expected


def test_verbs_thanh_tra_kiem_tra_are_no_unit_name():
    """`thanh tra, kiểm tra` in small letters are verbs after a unit, not `Phòng Thanh tra, kiểm tra`."""
    s = "Cục Kiểm soát ô nhiễm môi trường thanh tra, kiểm tra việc xả thải"
    assert all("kiểm tra" not in m.agency for m in find_mentions(s, 0, len(s)))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a comma'd official name wins over the sector rule's shorter `Phòng Thanh tra`
        ("a) Phòng Thanh tra, kiểm tra chủ trì", ["Phòng Thanh tra, kiểm tra"]),
        ("(1)\tPhòng Công chức, viên chức", ["Phòng Công chức, viên chức"]),
        # but two units in a list stay two
        ("Phòng Nội vụ, Phòng Y tế phối hợp", ["Phòng Nội vụ", "Phòng Y tế"]),
        ("Phòng Tài chính, Kế hoạch", ["Phòng Tài chính"]),
        # the land registry office typed in small letters
        ("phối hợp với Văn phòng đăng ký đất đai, Ủy ban nhân dân các xã, phường",
         ["Văn phòng Đăng ký đất đai", "Ủy ban nhân dân các xã, phường"]),
        ("hồ sơ đăng ký đất đai", []),
        ("- Trường Đào tạo, bồi dưỡng cán bộ Công Thương Trung ương phối hợp",
         ["Trường Đào tạo, bồi dưỡng cán bộ Công Thương Trung ương"]),
        # collective doers named with their tier or their fellows
        ("c) Các bệnh viện tuyến tỉnh", ["Các bệnh viện tuyến tỉnh"]),
        ("9. Các doanh nghiệp, cơ sở sản xuất, kinh doanh", ["Các doanh nghiệp, cơ sở sản xuất, kinh doanh"]),
        ("hỗ trợ các doanh nghiệp", []),
        ("(4)\tĐề nghị các sở, ban, ngành, đoàn thể tỉnh", ["Các sở, ban, ngành, đoàn thể"]),
    ],
)
def test_round20_names(sentence, expected):
    """Round 20: comma'd unit names, a small-letter registry office, collective doers."""
    assert names(sentence) == expected


def test_an_ampersand_acronym_is_the_full_name_the_document_gives(tmp_path):
    """`Cục TMĐT&KTS`, after `Cục Thương mại điện tử và Kinh tế số (sau đây gọi tắt là Cục TMĐT&KTS)`:
    `&` stands for `và`."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Cục Thương mại điện tử và Kinh tế số (sau đây gọi tắt là Cục TMĐT&KTS) chủ trì xây dựng Nghị định.
2. Cục TMĐT&KTS phối hợp với Vụ Pháp chế rà soát văn bản.
3. Đội Cảnh sát PCCC&CNCH chủ trì diễn tập.""")
    assert rows(tables) == [
        ("Cục Thương mại điện tử và Kinh tế số", "Cục Thương mại điện tử và Kinh tế số", "lead"),
        ("Cục TMĐT&KTS", "Cục Thương mại điện tử và Kinh tế số", "lead"),
        ("Vụ Pháp chế", "Vụ Pháp chế", "partner"),
        ("Đội Cảnh sát PCCC&CNCH", "Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "lead"),
    ]


# --- round 21: party organs after the 2025 merger, police units, named wards -------

def test_the_merged_party_committee_of_the_front_and_mass_organisations_is_one_body():
    """Since 2025 one party committee leads the Front and the mass organisations of a province."""
    assert names("phối hợp với Đảng ủy Ủy ban MTTQ và các đoàn thể\ntỉnh, Báo và Phát thanh, "
                 "Truyền hình Lâm Đồng định hướng") == [
        "Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể tỉnh",
        "Báo và Phát thanh, Truyền hình Lâm Đồng"]
    # not a party committee: the Front's own committee and the mass organisations
    assert names("Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể tỉnh tuyên truyền") == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam", "Các đoàn thể"]


def test_the_boards_of_a_party_committee_together():
    assert names("Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với các ban đảng Tỉnh ủy kiểm tra") == [
        "Ủy ban Kiểm tra Tỉnh ủy", "Các ban đảng Tỉnh ủy"]


def test_a_police_unit_by_its_code_is_named_in_full_and_keeps_its_comma_d_official_name():
    assert names("Công an tỉnh (Phòng PC03)") == [
        "Công an", "Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường"]
    assert names("phối hợp với Cục A05, Cục C08") == [
        "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", "Cục Cảnh sát giao thông"]
    assert names("chỉ đạo Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường "
                 "(PC03) phối hợp") == [
        "Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường"]
    # a comma after an ordinary unit name still ends it
    assert names("Phòng Kế hoạch, Sở Y tế") == ["Phòng Kế hoạch", "Sở Y tế"]


def test_the_wards_a_committee_names_are_part_of_its_name_up_to_an_agency():
    assert names("phối hợp với Sở Xây dựng và Ủy ban nhân dân các phường Đồng Hới, Đông Hà, Quảng Trị. "
                 "Hoàn thành") == [
        "Sở Xây dựng", "Ủy ban nhân dân các phường Đồng Hới, Đông Hà, Quảng Trị"]
    assert names("UBND các xã Ia Grai, Chư Păh, Đài Truyền thanh huyện") == [
        "Ủy ban nhân dân các xã Ia Grai, Chư Păh", "Đài Truyền thanh"]


def test_a_ministry_department_named_with_a_comma_is_one_agency():
    assert names("Vụ Giáo dục Chính trị và Công tác học sinh, sinh viên chủ trì") == [
        "Vụ Giáo dục Chính trị và Công tác học sinh, sinh viên"]


def test_pupils_and_students_are_no_agency():
    assert names("Phòng Giáo dục và Đào tạo tuyên truyền cho học sinh, sinh viên") == ["Phòng Giáo dục và Đào tạo"]


def test_the_sections_of_an_office_and_its_collection_agents():
    assert names("- Bộ phận Quản lý thu - Sổ, thẻ chủ trì, phối hợp với Hội Nông dân") == [
        "Bộ phận Quản lý thu - Sổ, thẻ", "Hội Nông dân"]
    assert names("Đối chiếu số tiền thu hằng ngày với Bưu điện, các đại lý thu; chi trả") == [
        "Bưu điện", "Các đại lý thu"]
    assert names("2. Bộ phận Tiếp nhận và Trả kết quả thủ tục hành chính") == [
        "Bộ phận Tiếp nhận và Trả kết quả thủ tục hành chính"]
    # not a unit: the common noun in small letters, nor an agent network
    assert names("bộ phận kế toán của đơn vị; phát triển hệ thống đại lý thu") == []


def test_commune_police_in_small_letters_and_abbreviated_district_bodies():
    assert names("- Chỉ đạo Trạm Y tế, công an xã, phường và Trưởng thôn") == [
        "Trạm Y tế", "Công an", "Trưởng thôn"]
    assert names("(Hội Nông dân, Hội LHPN, Hội CCB huyện phối hợp); phối hợp với TTYT huyện") == [
        "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Trung tâm Y tế"]
    assert names("lực lượng công an nhân dân") == []


def test_a_telecom_branch_and_the_hydro_met_station_of_a_province():
    assert names("phối hợp: Viễn thông Tuyên Quang, Viettel Tuyên Quang, Sở Xây dựng") == [
        "Viễn thông Tuyên Quang", "Viettel Tuyên Quang", "Sở Xây dựng"]
    # a gloss in brackets is the same body, and the bare brand is no branch
    assert names("Viễn thông Nghệ An (VNPT Nghệ An); mạng Viettel") == ["Viễn thông Nghệ An"]
    assert names("7. Đài Khí tượng Thủy văn tỉnh") == ["Đài Khí tượng Thủy văn"]


# --- a school's own teams (round 24) -----------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Nội dung đồng diễn thể dục giữa giờ do Liên đội chủ trì dàn dựng", ["Liên đội"]),
    ("6. Chi đoàn giáo viên", ["Chi đoàn giáo viên"]),
    ("8. Giáo viên chủ nhiệm các lớp", ["Giáo viên chủ nhiệm"]),
    ("GVCN các lớp phối hợp nhắc nhở", ["Giáo viên chủ nhiệm"]),
    ("- Phối hợp với Tổ Văn phòng trang trí khánh tiết", ["Tổ Văn phòng"]),
    ("phối hợp với các Hợp tác xã nông nghiệp tổng hợp", ["Các Hợp tác xã nông nghiệp"]),
    ("6. Các đại học, trường đại học, học viện", ["Các đại học, trường đại học, học viện"]),
])
def test_school_teams_and_plural_doers(line, expected):
    assert names(line) == expected


def test_not_school_teams():
    """A sports team's `liên đội`, a bare cell, a co-operative by name or any co-operative."""
    assert names("thành lập liên đội bóng đá") == []
    assert names("tham gia sinh hoạt chi đoàn") == []  # a residential group's `Chi đoàn thanh niên` is an actor
    assert names("hỗ trợ các hợp tác xã") == []


# --- round 25: abbreviated departments, forest and election bodies -----------------------

@pytest.mark.parametrize("text, expected", [
    ("Sở TN&MT chủ trì, phối hợp với Sở XD, Sở TC, BQL KKT và UBND cấp huyện công khai",
     ["Sở Tài nguyên và Môi trường", "Sở Xây dựng", "Sở Tài chính", "Ban Quản lý Khu kinh tế",
      "Ủy ban nhân dân cấp huyện"]),
    ("Sở TP chủ trì, phối hợp với Sở NV, Sở CT", ["Sở Tư pháp", "Sở Nội vụ", "Sở Công Thương"]),
    ("NHNN CN tỉnh chỉ đạo các TCTD", ["Ngân hàng Nhà nước Chi nhánh", "Các tổ chức tín dụng"]),
    ("Trung tâm Phục vụ HCC tỉnh rà soát", ["Trung tâm Phục vụ hành chính công"]),
    ("phối hợp Trung tâm XTĐT, Cục HQ tỉnh", ["Trung tâm Xúc tiến đầu tư", "Cục Hải quan"]),
    ("3. Sở TT&TT, Báo Hà Tĩnh, Đài PT-TH tỉnh",
     ["Sở Thông tin và Truyền thông", "Báo Hà Tĩnh", "Đài Phát thanh - Truyền hình"]),
    ("VCCI chi nhánh Nghệ An; Hiệp hội DN tỉnh",
     ["Phòng Thương mại và Công nghiệp Việt Nam Chi nhánh Nghệ An", "Hiệp hội Doanh nghiệp"]),
    ("Các Hạt Kiểm lâm khu vực tham mưu", ["Các Hạt Kiểm lâm khu vực"]),
    ("Hạt Kiểm lâm khu vực chủ trì", ["Hạt Kiểm lâm khu vực"]),
    ("Các chủ rừng có trách nhiệm", ["Các chủ rừng"]),
    ("Chi cục Kiểm lâm điều động lực lượng", ["Chi cục Kiểm lâm"]),
    ("Ủy ban bầu cử xã chủ trì, báo cáo Ủy ban bầu cử tỉnh", ["Ủy ban bầu cử xã", "Ủy ban bầu cử tỉnh"]),
    ("Ban bầu cử đại biểu HĐND xã", ["Ban bầu cử đại biểu Hội đồng nhân dân xã"]),
])
def test_abbreviated_and_sectoral_bodies(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "thực hiện CT 135 tại TP Hà Nội",   # a sector's initials stand alone: no department
    "ngày bầu cử đã được ấn định",
    "là chủ rừng theo quy định",
    "TC-KH",
])
def test_not_an_abbreviated_body(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # the post-2025 provincial statistics office, written like `Thuế tỉnh`
    ("- Thống kê tỉnh chủ trì, phối hợp với Thuế tỉnh, Sở Tài chính", ["Thống kê", "Thuế", "Sở Tài chính"]),
    ("báo cáo Ban Chỉ đạo tỉnh, UBND tỉnh và Cục Thống kê định kỳ hằng tháng",
     ["Ban Chỉ đạo", "Ủy ban nhân dân tỉnh", "Cục Thống kê"]),
    ("báo cáo UBND tỉnh, Ủy ban An toàn giao thông Quốc gia.",
     ["Ủy ban nhân dân tỉnh", "Ủy ban An toàn giao thông Quốc gia"]),
    ("phối hợp với Đồn Biên phòng, Trạm Y tế xã tổ chức", ["Đồn Biên phòng", "Trạm Y tế"]),
    ("báo cáo Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam, Ban Thường vụ Tỉnh ủy",
     ["Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "Ban Thường vụ Tỉnh ủy"]),
    ("UBND xã, phường nơi xảy ra vụ việc báo cáo nhanh", ["Ủy ban nhân dân xã, phường nơi xảy ra vụ việc"]),
    ("Chỉ đạo Công an xã, phường phối hợp", ["Công an xã, phường"]),
    ("phối hợp với các Ban, Văn phòng Hội hướng dẫn", ["Các Ban", "Văn phòng Hội"]),
    ("phối hợp với các Ban chuyên môn lập dự toán", ["Các Ban chuyên môn"]),
])
def test_bodies_of_provinces_and_mass_organisations(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Chánh Thống kê tỉnh làm Phó Trưởng ban",   # the head's title, not the office
    "số liệu thống kê tỉnh",
    "đồn biên phòng",
    "các Ban, ngành",
])
def test_not_a_statistics_office_or_board(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # a land-clearance council and team, spelled out or by their initials; their level is the tail
    ("a) Hội đồng bồi thường, hỗ trợ và tái định cư xã (thành lập tại Quyết định số 11/QĐ-UBND)",
     ["Hội đồng bồi thường, hỗ trợ và tái định cư"]),
    ("b) Hội đồng BT, HT&TĐC xã tổ chức niêm yết", ["Hội đồng bồi thường, hỗ trợ và tái định cư"]),
    ("- Thực hiện: Tổ công tác GPMB, Trưởng thôn các thôn.",
     ["Tổ công tác giải phóng mặt bằng", "Trưởng thôn các thôn"]),
    ("7. Trưởng thôn các thôn Đông, Đoài, Nhật Chiêu", ["Trưởng thôn các thôn Đông, Đoài, Nhật Chiêu"]),
    ("b) Hội đồng thẩm định cấp tỉnh thẩm định hồ sơ", ["Hội đồng thẩm định cấp tỉnh"]),
    ("b) Cơ sở cai nghiện ma túy tỉnh tiếp nhận", ["Cơ sở cai nghiện ma túy"]),
    ("d) Bệnh viện đa khoa tỉnh, các bệnh viện và Trung tâm Y tế khu vực có phòng sinh",
     ["Bệnh viện đa khoa", "Các bệnh viện", "Trung tâm Y tế khu vực"]),
    # a board's own unit whose name has `Báo chí` (the press, no newspaper) after its dash
    ("a) Phòng Tuyên truyền - Báo chí chủ trì", ["Phòng Tuyên truyền - Báo chí"]),
    ("Ban Thường vụ các đảng ủy trực thuộc Tỉnh ủy lãnh đạo",
     ["Ban Thường vụ các đảng ủy trực thuộc Tỉnh ủy"]),
    # OCR'd names read through the repair of the working copy
    ("c) Uy ban nhân dân các xã, phường thực hiện", ["Ủy ban nhân dân các xã, phường"]),
    ("c) Sở Giáo duc và Đào tạo chủ trì", ["Sở Giáo dục và Đào tạo"]),
])
def test_land_clearance_health_and_party_bodies(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Tổ công tác lập biên bản",   # any team: bare `Tổ công tác` is no name
    "thành lập Hội đồng thẩm định dự án",
    "xây dựng Cơ sở cai nghiện ma túy thực hiện chức năng tự nguyện",   # a kind of facility
    "chuyển Bệnh viện tuyến huyện điều trị",
])
def test_not_a_land_clearance_or_health_body(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # a power company's branches together, and each by its district or city
    ("Các Điện lực, Đội Quản lý vận hành lưới điện cao thế tổ chức kiểm tra",
     ["Các Điện lực", "Đội Quản lý vận hành lưới điện cao thế"]),
    ("6. Các Điện lực trực thuộc", ["Các Điện lực trực thuộc"]),
    ("- Điện lực Thành phố Hà Tĩnh bảo đảm cấp điện; Điện lực Nghi Xuân,",
     ["Điện lực Thành phố Hà Tĩnh", "Điện lực Nghi Xuân"]),
    # a project board ends at its verb; its initials are spelled out
    ("Ban Quản lý dự án đẩy nhanh tiến độ", ["Ban Quản lý dự án"]),
    ("- Ban QLDA chủ trì, phối hợp với các Điện lực", ["Ban Quản lý dự án", "Các Điện lực"]),
    # a university's name with small words; a university's member schools
    ("Trường Đại học Nông Lâm, Trường Đại học Kỹ thuật Công nghiệp và các trường thành viên Đại học Thái Nguyên",
     ["Trường Đại học Nông Lâm", "Trường Đại học Kỹ thuật Công nghiệp", "Các trường thành viên Đại học Thái Nguyên"]),
    ("1. Các cơ quan, đơn vị, trường học trên địa bàn", ["Các cơ quan, đơn vị, trường học"]),
    # a short name given in brackets, then used bare
    ("a.1) Công ty TNHH MTV Môi trường đô thị Hà Nội (URENCO) thu gom rác. - URENCO chủ trì",
     ["Công ty Trách nhiệm hữu hạn Một thành viên Môi trường đô thị Hà Nội"] * 2),
])
def test_power_company_units_schools_and_short_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "ngành điện lực và các điện lực",      # no capital: the trade, not the branches
    "báo cáo (URENCO) theo quy định",       # a short name given to nothing
    "các trường thành viên",
])
def test_not_a_power_branch_or_short_name(text):
    assert names(text) == []


def test_a_sub_lettered_item_opens_with_its_agency(tmp_path):
    body = ("II. NHIỆM VỤ\n1. Trật tự đô thị\na) Tại các phường\n"
            "a.1) Công an thành phố chủ trì, phối hợp với UBND các phường xử lý các hành vi lấn chiếm.\n"
            "a.2) UBND các phường thực hiện ra quân.\n")
    got = rows(parse(tmp_path, body, "thành phố", "Hà Nội"))
    assert ("Công an thành phố", "Công an", "lead") in got
    assert ("UBND các phường", "Ủy ban nhân dân các phường", "responsible") in got


RESIDENTIAL = """1. Nội dung và phân công
- Tổ trưởng tổ dân phố: chủ trì, điều hành chung; chuẩn bị dụng cụ.
- Chi hội Phụ nữ chủ trì vận động các hộ ký cam kết; phối hợp với
Chi hội Cựu chiến binh kiểm tra vệ sinh tại từng hộ.
- Chi đoàn thanh niên là lực lượng nòng cốt các đợt ra quân.
- Các hộ gia đình thực hiện đúng nội dung đã cam kết.
- Vận động các hộ gia đình tham gia ra quân.
"""


def test_a_residential_groups_own_actors(tmp_path):
    got = rows(parse(tmp_path, RESIDENTIAL, "phường", "Hoàng Mai"))
    assert ("Tổ trưởng tổ dân phố", "Tổ trưởng tổ dân phố", "lead") in got
    assert ("Chi hội Phụ nữ", "Chi hội Phụ nữ", "lead") in got
    assert ("Chi hội Cựu chiến binh", "Chi hội Cựu chiến binh", "partner") in got
    assert ("Chi đoàn thanh niên", "Chi đoàn thanh niên", "responsible") in got
    assert ("Các hộ gia đình", "Các hộ gia đình", "responsible") in got
    assert not [r for r in got if r[0] == "các hộ gia đình"]  # the object of the Front's work, not an actor


def test_a_unit_named_by_its_number_in_brackets_is_read_by_it_later(tmp_path):
    body = ("III. NHIỆM VỤ\n1. Hình sự\n"
            "Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự (Phòng 1) chủ trì rà soát các vụ án.\n"
            "2. Điều tra\n- Phòng 1 chủ trì đề ra yêu cầu điều tra.\n")
    got = rows(parse(tmp_path, body))
    assert ("Phòng 1", "Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự", "lead") in got
    assert not [r for r in got if r[0] == "Phòng 12"]


def test_a_standing_body_written_alone_takes_its_full_name(tmp_path):
    """`Cơ quan Thường trực` alone after `Cơ quan Thường trực Ban Chỉ đạo tỉnh` is that body;
    never named in full before, it is nobody (no row)."""
    body = ("VI. CHẾ ĐỘ BÁO CÁO\n"
            "- Hội Chữ thập đỏ tỉnh (Cơ quan Thường trực Ban Chỉ đạo tỉnh) tổng hợp kết quả.\n"
            "- Các thành viên Ban Chỉ đạo tỉnh gửi báo cáo kết quả thực hiện về Cơ quan Thường trực"
            " trước ngày 20/11/2026.\n")
    got = rows(parse(tmp_path, body))
    assert ("Cơ quan Thường trực", "Cơ quan Thường trực Ban Chỉ đạo", "report_to") in got
    alone = "VI. CHẾ ĐỘ BÁO CÁO\n- Sở Y tế gửi báo cáo kết quả về Cơ quan Thường trực trước ngày 20/11/2026.\n"
    assert not [r for r in rows(parse(tmp_path, alone)) if r[0] == "Cơ quan Thường trực"]


def test_a_national_board_keeps_its_field_and_the_next_addressee(tmp_path):
    """`Ban Chỉ đạo quốc gia vận động hiến máu tình nguyện và UBND tỉnh`: the board's field is
    its name (`vận động` no verb there), and UBND tỉnh after it is an addressee too."""
    body = ("VI. CHẾ ĐỘ BÁO CÁO\n- Hội Chữ thập đỏ tỉnh tổng hợp, tham mưu Ban Chỉ đạo tỉnh báo cáo Ban Chỉ đạo"
            " quốc gia vận động hiến máu tình nguyện và UBND tỉnh trước ngày 30/11/2026.\n")
    got = rows(parse(tmp_path, body))
    assert ("Ban Chỉ đạo quốc gia vận động hiến máu tình nguyện",
            "Ban Chỉ đạo quốc gia vận động hiến máu tình nguyện", "report_to") in got
    assert ("UBND tỉnh", "Ủy ban nhân dân tỉnh", "report_to") in got


def test_a_paragraph_verb_after_a_heading_is_no_place(tmp_path):
    """A heading joined to its paragraph: `… Truyền thông huyện` / `Tuyên truyền …` — `Tuyên` is no
    place (the heading's agencies lead), while `Tuyên Quang` is."""
    body = ("I. TỔ CHỨC THỰC HIỆN\n1. Phòng Giáo dục và Đào tạo\n"
            "Chủ trì tham mưu UBND huyện triển khai Kế hoạch; hướng dẫn các trường tự kiểm tra, đánh giá kết quả phổ cập\n"
            "giáo dục, xóa mù chữ; tổng hợp kết quả, báo cáo UBND huyện và Sở Giáo dục và Đào tạo trước ngày 15/12 hằng\n"
            "năm theo quy định; tham mưu UBND huyện bố trí biên chế giáo viên, nhân viên cho các trường đúng định mức.\n"
            "2. Phòng Văn hoá và Thông tin; Trung tâm Văn hóa - Thể thao và Truyền thông huyện\n"
            "Tuyên truyền thường xuyên về công tác phổ cập giáo dục trên hệ thống truyền thanh của huyện.\n")
    got = rows(parse(tmp_path, body, "huyện", "Đức Thọ"))
    assert ("Phòng Văn hoá và Thông tin", "Phòng Văn hóa và Thông tin", "lead") in got
    assert ("Trung tâm Văn hóa - Thể thao và Truyền thông huyện",
            "Trung tâm Văn hóa - Thể thao và Truyền thông", "lead") in got
    text = "phối hợp với UBND tỉnh Tuyên Quang"
    # the province is read with the mention, and goes to the jurisdiction (agency.ubnd drops_province)
    assert [(text[m.start:m.end], m.agency) for m in find_mentions(text, 0, len(text))] == [
        ("UBND tỉnh Tuyên Quang", "Ủy ban nhân dân tỉnh")]


def test_a_unit_code_in_brackets_closes_the_name_and_is_read_later(tmp_path):
    """A ministry names its units in full with a code (`(V03)`, `(V01)`), later by code only:
    the bracket closes the name (past its comma, past the owner `Bộ Công an`)."""
    body = ("III. NHIỆM VỤ\n1. Văn bản\n"
            "a) Cục Pháp chế và cải cách hành chính, tư pháp (V03) chủ trì rà soát các văn bản.\n"
            "b) Cục Tài chính (H01) chủ trì, phối hợp với V03, Văn phòng Bộ Công an (V01), Báo Công an nhân dân"
            " thẩm định dự toán.\n"
            "c) V01 chủ trì kiểm tra. Công an các đơn vị, địa phương lập dự toán gửi H01.\n")
    got = rows(parse(tmp_path, body))
    assert ("Cục Pháp chế và cải cách hành chính, tư pháp", "Cục Pháp chế và cải cách hành chính, tư pháp", "lead") in got
    assert ("V03", "Cục Pháp chế và cải cách hành chính, tư pháp", "partner") in got
    assert ("Văn phòng Bộ Công an", "Văn phòng Bộ Công an", "partner") in got
    assert ("Báo Công an nhân dân", "Báo Công an nhân dân", "partner") in got
    assert ("V01", "Văn phòng Bộ Công an", "lead") in got
    assert names("Công an các đơn vị, địa phương kịp thời báo cáo") == ["Công an các đơn vị, địa phương"]


def test_a_bracket_after_a_bodys_work_names_no_unit(tmp_path):
    """`Sở Y tế triển khai bệnh án điện tử (EMR)`: the bracket is the work's, not Sở Y tế's."""
    assert names("Sở Y tế triển khai bệnh án điện tử (EMR) tại bệnh viện; EMR chủ trì") == ["Sở Y tế"]


# --- round 34: a school's teams, gate stations, qualified commune committees --

@pytest.mark.parametrize("line, expected", [
    ("- Tổ chuyên môn 1, Tổ chuyên môn 2-3, Tổ chuyên môn 4-5 xây dựng kế hoạch dạy học",
     ["Tổ chuyên môn 1", "Tổ chuyên môn 2-3", "Tổ chuyên môn 4-5"]),
    ("- Kiểm tra nội bộ tổ chuyên môn; sinh hoạt tổ chuyên môn", []),
    ("4. Liên đội, Chi đoàn", ["Liên đội", "Chi đoàn"]),
    ("- Tổ Văn phòng ký hợp đồng cung cấp thực phẩm", ["Tổ Văn phòng"]),
    ("Văn phòng Đăng ký đất đai tỉnh chủ trì", ["Văn phòng Đăng ký đất đai"]),
    ("Trạm Kiểm dịch động vật cửa khẩu Tà Lùng, Trạm Kiểm dịch thực vật cửa khẩu Tà Lùng kiểm tra",
     ["Trạm Kiểm dịch động vật cửa khẩu Tà Lùng", "Trạm Kiểm dịch thực vật cửa khẩu Tà Lùng"]),
    ("UBND các xã biên giới phối hợp", ["Ủy ban nhân dân các xã biên giới"]),
    ("UBND các xã, phường bị thiệt hại chủ động", ["Ủy ban nhân dân các xã, phường bị thiệt hại"]),
    ("UBND các xã có trách nhiệm", ["Ủy ban nhân dân các xã"]),
    ("Đội Quản lý TTĐT phường chủ trì", ["Đội Quản lý trật tự đô thị"]),
    ("Chi cục Hải quan khu vực VII đấu tranh chống buôn lậu", ["Chi cục Hải quan khu vực VII"]),
])
def test_school_teams_gate_stations_and_qualified_committees(line, expected):
    assert names(line) == expected


def test_a_number_range_in_a_name_stays_tight_a_dash_between_words_opens():
    assert canonical("Tổ chuyên môn 2-3") == "Tổ chuyên môn 2-3"
    assert canonical("Phòng Tài chính-Kế hoạch") == "Phòng Tài chính - Kế hoạch"


def test_round36_agency_names_hold_together():
    """`thường xuyên` after `Giáo dục` is part of a department's name, not an adverb; the
    village development board keeps its village; `lồng ghép` ends a name like other verbs."""
    assert names("Phòng Giáo dục Trung học – Giáo dục thường xuyên chủ trì") == [
        "Phòng Giáo dục Trung học - Giáo dục thường xuyên"]
    assert names("Ban phát triển thôn vận động Nhân dân hiến đất") == ["Ban phát triển thôn"]
    assert names("phối hợp Ban Phát triển thôn/bản, Trưởng bản")[0] == "Ban Phát triển thôn/bản"
    assert names("Phối hợp với Khoa KSNK lồng ghép nội dung KSNK") == ["Khoa Kiểm soát nhiễm khuẩn"]
    assert names("Tuyên truyền thường xuyên về phòng chống dịch") == []


@pytest.mark.parametrize("line, expected", [
    # a ward's officials and residential bodies as doers
    ("Công chức địa chính chủ trì, phối hợp với Tổ trưởng các Tổ dân phố rà soát",
     ["Công chức địa chính", "Tổ trưởng các Tổ dân phố"]),
    ("Tổ trưởng Tổ dân phố xác nhận", ["Tổ trưởng Tổ dân phố"]),
    ("Ban Công tác Mặt trận các Tổ dân phố tuyên truyền", ["Ban Công tác Mặt trận các Tổ dân phố"]),
    # a council named by its task; the ward it belongs to is no part of the name
    ("Hội đồng tư vấn xác định nguồn gốc sử dụng đất của phường xác nhận",
     ["Hội đồng tư vấn xác định nguồn gốc sử dụng đất"]),
    ("Hội đồng tuyển sinh tổ chức xét tuyển", ["Hội đồng tuyển sinh"]),
    # a college's faculties
    ("Phòng Đào tạo phối hợp với các Khoa tư vấn", ["Phòng Đào tạo", "Các Khoa"]),
    ("7. Các Khoa chuyên môn chủ trì", ["Các Khoa chuyên môn"]),
    # a ministry's school named by its field, a newspaper with a dash in its name
    ("phối hợp với Trường Bồi dưỡng cán bộ tài chính, Báo Tài chính - Đầu tư",
     ["Trường Bồi dưỡng cán bộ tài chính", "Báo Tài chính - Đầu tư"]),
    ("b) Cổng Thông tin điện tử tỉnh đăng tải", ["Cổng Thông tin điện tử"]),
    # heads of bodies: the title is read with the collective, as in `Giám đốc các sở, ban, ngành`
    ("Giám đốc các sở, Thủ trưởng các ban, ngành thuộc tỉnh, Chủ tịch UBND các xã, phường",
     ["Các sở", "Các ban, ngành", "Ủy ban nhân dân các xã, phường"]),
    ("Giám đốc các sở, ban, ngành cấp tỉnh chủ trì", ["Các sở, ban, ngành"]),
])
def test_round37_officials_councils_faculties_and_heads(line, expected):
    assert names(line) == expected


@pytest.mark.parametrize("line", [
    "nghiên cứu các khoa học cơ bản",
    "các sở chuyên ngành hướng dẫn",
    "Trường Bồi dưỡng cán bộ",
    "Trang thông tin điện tử của xã",
])
def test_round37_not_agencies(line):
    assert names(line) == []


@pytest.mark.parametrize("line, expected", [
    ("a) Ban QLDA ĐTXD các công trình giao thông tỉnh chủ trì",
     ("Ban QLDA ĐTXD các công trình giao thông tỉnh", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông")),
    ("Đề nghị BIDV chi nhánh Hà Tĩnh phối hợp",
     ("BIDV chi nhánh Hà Tĩnh", "Chi nhánh Ngân hàng Thương mại cổ phần Đầu tư và Phát triển Việt Nam")),
    ("Vietcombank chi nhánh Nghệ An thực hiện",
     ("Vietcombank chi nhánh Nghệ An", "Chi nhánh Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam")),
    ("- Các TCTD thực hiện nghiêm chế độ báo cáo", ("Các TCTD", "Các tổ chức tín dụng")),
])
def test_round39_project_boards_and_banks(line, expected):
    """Abbreviated project boards and banks written by brand and branch (p7, l8)."""
    assert [(line[m.start:m.end], m.agency) for m in find_mentions(line, 0, len(line))][0] == expected


@pytest.mark.parametrize("line", [
    "Căn cứ Luật Các tổ chức tín dụng số 32/2024/QH15",
    "vốn ĐTXD cơ bản năm 2027",
    "tài khoản BIDV của đơn vị",
])
def test_round39_not_banks(line):
    assert find_mentions(line, 0, len(line)) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Công đoàn ngành Giáo dục, Công đoàn các Khu công nghiệp rà soát",
         ["Công đoàn ngành Giáo dục", "Công đoàn các Khu công nghiệp"]),
        ("- Các công đoàn cơ sở vận động người lao động", ["Các công đoàn cơ sở"]),
        ("b) Công đoàn cấp trên trực tiếp cơ sở đại diện thương lượng", ["Công đoàn cấp trên trực tiếp cơ sở"]),
        ("phối hợp với các công đoàn cấp trên trực tiếp cơ sở", ["Các công đoàn cấp trên trực tiếp cơ sở"]),
        # (a federation's boards keep their level, as a mass organisation's boards do)
        ("- Ủy ban Kiểm tra Liên đoàn Lao động tỉnh phối hợp", ["Ủy ban Kiểm tra Liên đoàn Lao động tỉnh"]),
        ("kết quả báo cáo Thường trực LĐLĐ tỉnh hằng quý.", ["Thường trực Liên đoàn Lao động tỉnh"]),
        ("gửi về LĐLĐ tỉnh", ["Liên đoàn Lao động"]),
        ("tổng hợp kết quả báo cáo Tổng\nLiên đoàn. Hoàn thành trong Quý II", ["Tổng Liên đoàn Lao động Việt Nam"]),
        ("- Ủy ban Tiêu chuẩn Đo lường\nChất lượng quốc gia chủ trì", ["Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia"]),
        ("thành lập công đoàn tại doanh nghiệp; công đoàn viên", []),
    ],
)
def test_trade_union_and_standards_bodies(line, expected):
    """Trade-union bodies by sector, zone and tier, a federation's offices, the standards body."""
    working = textmap.build(line).text
    assert [m.agency for m in find_mentions(working, 0, len(working))] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Khoa Chẩn đoán hình ảnh chủ trì, phối hợp với Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) triển khai",
         ["Khoa Chẩn đoán hình ảnh", "Tập đoàn Công nghiệp - Viễn thông Quân đội"]),
        ("Viettel Lâm Đồng bảo đảm hạ tầng; phối hợp với VNPT Lâm Đồng", ["Viettel Lâm Đồng", "VNPT Lâm Đồng"]),
        ("- Phòng CNTT phối hợp với Phòng Tổ chức cán bộ", ["Phòng Công nghệ thông tin", "Phòng Tổ chức cán bộ"]),
        ("- Phòng Quản lý chất lượng khảo sát thời gian chờ", ["Phòng Quản lý chất lượng"]),
        # (a verb in small letters ends the name; the statistics office keeps its capital)
        ("- Phòng CNTT tích hợp cổng thanh toán; Phòng Tài chính kế toán thống kê tỷ lệ giao dịch",
         ["Phòng Công nghệ thông tin", "Phòng Tài chính kế toán"]),
        ("Cục Thống kê tỉnh cung cấp số liệu", ["Cục Thống kê"]),
        ("- Khoa Chẩn đoán hình ảnh phối hợp Phòng Vật tư - Thiết bị y tế nâng cấp hệ thống PACS",
         ["Khoa Chẩn đoán hình ảnh", "Phòng Vật tư - Thiết bị y tế"]),
        ("7. Các khoa, phòng khác", ["Các khoa, phòng khác"]),
        ("| Tổ chuyên môn Khoa học tự nhiên; Trung tâm Y tế khu vực |",
         ["Tổ chuyên môn Khoa học tự nhiên", "Trung tâm Y tế khu vực"]),
        ("| Trạm Y tế phường; BGH |", ["Trạm Y tế", "Ban Giám hiệu"]),
        ("| Nhân viên y tế trường học; Liên đội |", ["Liên đội"]),
        # not a body: the field, a team unnamed, other firms
        ("ứng dụng CNTT trong khám bệnh; sinh hoạt tổ chuyên môn; các tập đoàn viễn thông", []),
    ],
)
def test_round45_hospital_school_and_telecom_bodies(line, expected):
    """A hospital's offices and partner companies (c6), a school's bodies in a Gantt table (c7)."""
    working = textmap.build(line).text
    assert [m.agency for m in find_mentions(working, 0, len(working))] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("b) Các Ban Chỉ huy Phòng thủ khu vực 1, 2, 3, 4, 5 chủ trì, phối hợp với Ban CHQS các xã, phường",
         ["Ban Chỉ huy Phòng thủ khu vực 1, 2, 3, 4, 5", "Ban Chỉ huy Quân sự các xã, phường"]),
        ("7. Ban Chỉ huy Quân sự các cơ quan, tổ chức", ["Ban Chỉ huy Quân sự các cơ quan, tổ chức"]),
        ("4. Trường Quân sự tỉnh", ["Trường Quân sự"]),
        ("- Tổ dân phố 6 – 9: quét dọn vỉa hè", ["Tổ dân phố 6 - 9"]),
        ("- Tổ dân phố 3, 4, 5: ra quân vệ sinh", ["Tổ dân phố 3, 4, 5"]),
        # not a listed command: one level alone is the jurisdiction; not the provincial school
        ("Ban Chỉ huy quân sự các xã chủ trì", ["Ban Chỉ huy Quân sự"]),
        ("đào tạo tại trường quân sự tỉnh", []),
    ],
)
def test_a7_a8_military_units_and_numbered_groups(line, expected):
    """Listed military commands, the provincial military school, numbered residential groups (a7, a8)."""
    working = textmap.build(line).text
    assert [m.agency for m in find_mentions(working, 0, len(working))] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Giao cho CA huyện chủ trì, phối hợp với Phòng VH&TT, Trung tâm VH-TT&TT huyện thực hiện.",
         ["Công an", "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thể thao và Truyền thông"]),
        ("Các cơ quan, đơn vị, UBND các xã, TT báo cáo kết quả (qua CA huyện).",
         ["Các cơ quan, đơn vị", "Ủy ban nhân dân các xã, thị trấn", "Công an"]),
        ("phối hợp với Văn phòng điều phối nông thôn mới huyện", ["Văn phòng điều phối nông thôn mới"]),
        ("Trung tâm Truyền thông nông nghiệp và môi trường chủ trì đưa tin",
         ["Trung tâm Truyền thông nông nghiệp và môi trường"]),
        ("phối hợp với Cục Chuyển đổi số chạy thử kỹ thuật", ["Cục Chuyển đổi số"]),
        ("6. Các Cục: Trồng trọt và Bảo vệ thực vật; Chăn nuôi và Thú y; Môi trường; Biến đổi khí hậu",
         ["Cục Trồng trọt và Bảo vệ thực vật", "Cục Chăn nuôi và Thú y", "Cục Môi trường", "Cục Biến đổi khí hậu"]),
        # a hospital's offices written once as `Các phòng:`, split by commas (nf)
        ("6. Các phòng: Tài chính kế toán, Hành chính quản trị, Công nghệ thông tin",
         ["Phòng Tài chính kế toán", "Phòng Hành chính quản trị", "Phòng Công nghệ thông tin"]),
        # a provincial department keeps sports; `CA` alone, a centre after `xã,`, a list without its colon
        ("Sở VH&TT chủ trì", ["Sở Văn hóa và Thể thao"]),
        ("lực lượng CA nhân dân", []),
        ("Các Cục chuyên ngành chuẩn bị báo cáo", []),
    ],
)
def test_round48_clerk_abbreviations_and_unit_lists(line, expected):
    """A district clerk's initials (`CA huyện`, `Phòng VH&TT`, `các xã, TT`; i7) and a ministry's
    list of its departments written once as `Các Cục:` (i8)."""
    working = textmap.build(line).text
    assert [m.agency for m in find_mentions(working, 0, len(working))] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a region's number belongs to a ranger post's name (j6)
        ("b) Hạt Kiểm lâm khu vực I, Hạt Kiểm lâm khu vực II, Hạt Kiểm lâm khu vực III bố trí kiểm lâm viên",
         ["Hạt Kiểm lâm khu vực I", "Hạt Kiểm lâm khu vực II", "Hạt Kiểm lâm khu vực III"]),
        ("Hạt Kiểm lâm khu vực chủ trì", ["Hạt Kiểm lâm khu vực"]),
        ("các Hạt Kiểm lâm khu vực Việt Nam", ["Hạt Kiểm lâm khu vực"]),
        # departments, sectors and units together, one actor (j6)
        ("Các sở, ngành, đơn vị, UBND các xã có rừng báo cáo kết quả",
         ["Các sở, ngành, đơn vị", "Ủy ban nhân dân các xã có rừng"]),
        # the mere `có liên quan` picks nobody out (sample 002)
        ("phối hợp với UBND các huyện, thị xã, thành phố có liên quan", ["Ủy ban nhân dân các huyện, thị xã, thành phố"]),
        ("các sở, ngành, đơn vị liên quan phối hợp", ["Các sở, ngành, đơn vị liên quan"]),
        ("các sở, ngành phối hợp", ["Các sở, ngành"]),
        # a Mekong hamlet's residents' groups (j8); lower-case is the common noun
        ("- Tổ nhân dân tự quản tổ chức dọn dẹp các tuyến đường", ["Tổ nhân dân tự quản"]),
        ("thành lập tổ nhân dân tự quản", []),
        # the policy bank's province branch, the branch word after the name (i5, j7)
        ("phối hợp với Ngân hàng Chính sách xã hội – Chi nhánh tỉnh Lào Cai, Bưu điện tỉnh",
         ["Chi nhánh Ngân hàng Chính sách xã hội", "Bưu điện"]),
        ("Ngân hàng Chính sách xã hội Chi nhánh tỉnh Quảng Ngãi chủ trì", ["Chi nhánh Ngân hàng Chính sách xã hội"]),
        ("Ngân hàng Chính sách xã hội tỉnh chủ trì", ["Ngân hàng Chính sách xã hội"]),
        # a list item broken over a line in small letters is one name; a bullet line ends it (i8)
        ("6. Các Cục: Thủy sản và Kiểm ngư; Lâm\nnghiệp và Kiểm lâm; Biến đổi khí hậu\n- Cung cấp số liệu",
         ["Cục Thủy sản và Kiểm ngư", "Cục Lâm nghiệp và Kiểm lâm", "Cục Biến đổi khí hậu"]),
    ],
)
def test_round49_regional_posts_groups_and_branches(line, expected):
    """Names from the round-49 plans: numbered regions, residents' groups, a bank branch
    written after the bank, a unit list wrapped over a line."""
    assert names(line) == expected


@pytest.mark.parametrize("line, expected", [
    # a border guard command's units (k5): posts by their initials spelled out, several posts as one actor
    ("b) Đồn BP CKQT Lao Bảo, Đồn BP CKQT La Lay tăng cường kiểm tra",
     ["Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo", "Đồn Biên phòng Cửa khẩu quốc tế La Lay"]),
    ("a) Các đồn Biên phòng duy trì nghiêm chế độ tuần tra", ["Các đồn Biên phòng"]),
    ("- a) Các đồn Biên phòng cửa khẩu thực hiện đúng quy trình", ["Các đồn Biên phòng cửa khẩu"]),
    ("a) Đoàn Đặc nhiệm phòng, chống ma túy và tội phạm chủ trì, phối hợp",
     ["Đoàn Đặc nhiệm phòng, chống ma túy và tội phạm"]),
    ("báo cáo Bộ Tư lệnh Bộ đội Biên phòng (qua Bộ Tham mưu) và UBND tỉnh",
     ["Bộ Tư lệnh Bộ đội Biên phòng", "Bộ Tham mưu", "Ủy ban nhân dân tỉnh"]),
    # a district's traffic plan (k7), a ward's power-saving plan (k8)
    ("phối hợp với Đội Quản lý thị trường số 4, Thanh tra giao thông (Sở Giao thông vận tải) tăng cường",
     ["Đội Quản lý thị trường số 4", "Thanh tra giao thông", "Sở Giao thông vận tải"]),
    ("Phối hợp với Sở Giao thông vận tải, Khu Quản lý đường bộ III rà soát",
     ["Sở Giao thông vận tải", "Khu Quản lý đường bộ III"]),
    ("phối hợp với Điện lực khu vực Phan Thiết rà soát", ["Điện lực khu vực Phan Thiết"]),
    # not agencies: the force in small letters, an inspection, a delegation, an area
    ("phối hợp với các đồn biên phòng", []),
    ("tăng cường thanh tra giao thông trên các tuyến", []),
    ("Đoàn công tác đặc nhiệm của tỉnh", []),
    ("Khu vực biên giới", []),
])
def test_border_guard_traffic_and_power_units(line, expected):
    assert names(line) == expected


@pytest.mark.parametrize("line, expected", [
    # a census plan (o7): the lower levels' steering boards keep their level, the plan's own does not
    ("- Các Ban Chỉ đạo cấp xã hoàn thành lập bảng kê trước ngày 15/5/2026", ["Ban Chỉ đạo cấp xã"]),
    ("Thành lập và chỉ đạo Ban Chỉ đạo Tổng điều tra cấp xã thực hiện các nhiệm vụ",
     ["Ban Chỉ đạo Tổng điều tra cấp xã"]),
    ("báo cáo tiến độ về Ban Chỉ đạo tỉnh (qua Thống kê tỉnh)", ["Ban Chỉ đạo", "Thống kê"]),
    # a university's plan (o5): the Youth Union's executive committee is one body, beside the students' union
    ("8. Đề nghị Ban Chấp hành Đoàn Thanh niên, Hội Sinh viên Trường",
     ["Ban Chấp hành Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Sinh viên Việt Nam"]),
    ("Ban Chấp hành Đoàn các xã, phường tiếp nhận", ["Ban Chấp hành Đoàn các xã, phường"]),
    # not a lower board: a verb between the board and the level
    ("Ban Chỉ đạo chỉ đạo cấp xã triển khai", ["Ban Chỉ đạo"]),
])
def test_round51_lower_level_boards_and_youth_committee(line, expected):
    assert names(line) == expected


@pytest.mark.parametrize("line, expected", [
    # a provincial police plan (h8): a unit's code after a dash is no part of its name
    ("báo cáo Bộ Công an (qua Cục Cảnh sát hình sự – C02) và UBND tỉnh.",
     ["Bộ Công an", "Cục Cảnh sát hình sự", "Ủy ban nhân dân tỉnh"]),
    ("báo cáo về Cục Cảnh sát giao thông - C08", ["Cục Cảnh sát giao thông"]),
    # the police's enforcement unit: `hỗ trợ` is in its name, and its code stands for it later
    # (`PC02`, never spelled out, is the national code's unit: agency.police_code)
    ("chỉ đạo PC02, Phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp (PC10) rà soát; PC10 báo cáo",
     ["Phòng Cảnh sát hình sự", "Phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp",
      "Phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp"]),
    # a dash before a capitalised word still goes on in a name
    ("Vụ Kế hoạch - Tài chính chủ trì", ["Vụ Kế hoạch - Tài chính"]),
    # a craft village's plan (x8): the association by its product and village, or bare
    ("7. Đề nghị Hội làng nghề bánh đa Kế Xuyên, Hội làng nghề đậu phụ Mai Động",
     ["Hội làng nghề bánh đa Kế Xuyên", "Hội làng nghề đậu phụ Mai Động"]),
    ("phối hợp với Trưởng thôn và Hội làng nghề rà soát, lập danh sách", ["Trưởng thôn", "Hội làng nghề"]),
    ("Hội làng nghề và Phòng Kinh tế xã phối hợp", ["Hội làng nghề", "Phòng Kinh tế"]),
    # not an association: a conference, a craft village itself
    ("tổ chức Hội nghị sơ kết", []),
    ("các hộ làm nghề trong làng nghề Kế Xuyên", []),
])
def test_round52_police_codes_and_craft_associations(line, expected):
    assert names(line) == expected


@pytest.mark.parametrize("line, expected", [
    # a party inspection commission's plan (w9): its numbered units, office and standing members,
    # the inspection committees of the party committees under it, the regional state audit
    ("Phòng Nghiệp vụ 1 chủ trì, phối hợp với Ủy ban kiểm tra các đảng ủy trực thuộc Tỉnh ủy thực hiện",
     ["Phòng Nghiệp vụ 1", "Ủy ban kiểm tra các đảng ủy trực thuộc Tỉnh ủy"]),
    ("Phòng Nghiệp vụ 1, Phòng Nghiệp vụ 2 theo dõi", ["Phòng Nghiệp vụ 1", "Phòng Nghiệp vụ 2"]),
    ("Ủy ban kiểm tra các\nđảng ủy được kiểm tra chuẩn bị hồ sơ", ["Ủy ban kiểm tra các đảng ủy được kiểm tra"]),
    ("Văn phòng Ủy ban Kiểm tra Tỉnh ủy chủ trì", ["Văn phòng Ủy ban Kiểm tra Tỉnh ủy"]),
    ("Thường trực Ủy ban Kiểm tra Tỉnh ủy chỉ đạo", ["Thường trực Ủy ban Kiểm tra Tỉnh ủy"]),
    ("- Các phòng nghiệp vụ chủ trì", ["Các phòng nghiệp vụ"]),
    ("phối hợp với Kiểm toán Nhà nước khu vực X để tránh chồng chéo", ["Kiểm toán Nhà nước khu vực X"]),
    # a hospital's plan (y9): the department teams, the statutory council, its own unions
    ("Tổ Quản lý chất lượng các khoa thực hiện tự đánh giá", ["Tổ Quản lý chất lượng các khoa"]),
    ("Hội đồng Quản lý chất lượng đánh giá kết quả", ["Hội đồng Quản lý chất lượng"]),
    # (its Youth Union is the Youth Union by its full name, as er, lc, nf and yn read it: y9 alone kept it)
    ("Đề nghị Ban Chấp hành Công đoàn Bệnh viện, Đoàn Thanh niên Bệnh viện phối hợp",
     ["Ban Chấp hành Công đoàn Bệnh viện", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"]),
    ("Phòng Tài chính\nkế toán cân đối kinh phí", ["Phòng Tài chính kế toán"]),
    # a commune's plan (z9): a boarding school for two levels
    ("Trường Phổ thông dân tộc bán trú TH&THCS Bắc Hà, các trường mầm non,\ntiểu học tổ chức",
     ["Trường Phổ thông dân tộc bán trú Tiểu học và Trung học cơ sở Bắc Hà", "Các trường mầm non, tiểu học"]),
    # not these bodies: the activity, a team without its units, a hospital's union in small letters
    ("nâng cao chất lượng công tác kiểm toán nhà nước", []),
    ("Tổ Quản lý chất lượng phối hợp với các khoa", ["Tổ Quản lý chất lượng", "Các khoa"]),
    ("Đoàn Thanh niên bệnh viện", ["Đoàn Thanh niên Cộng sản Hồ Chí Minh"]),
    ("Phòng Nghiệp vụ 1.2 hướng dẫn", ["Phòng Nghiệp vụ"]),
])
def test_round53_party_inspection_hospital_and_school_bodies(line, expected):
    assert names(line) == expected


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("Phối hợp với Trường Đại học Sư phạm - Đại học Huế và Phân hiệu Đại học Huế tại Quảng Trị mở lớp",
         ["Trường Đại học Sư phạm - Đại học Huế", "Phân hiệu Đại học Huế tại Quảng Trị"]),
        ("- Phòng Thanh tra - Pháp chế tiến hành kiểm tra nội bộ", ["Phòng Thanh tra - Pháp chế"]),
        ("phối hợp với Công ty Cổ phần Phát hành sách TP. Hồ Chí Minh (FAHASA) – Chi nhánh Đắk Lắk và các đơn vị",
         ["Công ty Cổ phần Phát hành sách TP. Hồ Chí Minh (FAHASA) – Chi nhánh Đắk Lắk", "các đơn vị"]),
        ("Chi cục Thủy sản quan trắc môi trường", ["Chi cục Thủy sản"]),
    ],
)
def test_round55_name_spans(sentence, names):
    """A name runs through its parent university, a short city and a brand; a verb ends it."""
    assert [sentence[m.start:m.end] for m in find_mentions(sentence, 0, len(sentence))] == names


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("Đề nghị Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, Tòa Giám mục Giáo phận Long Xuyên, Ban Đại diện "
         "Cộng đồng Hồi giáo tỉnh, Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh và Ban Trị sự "
         "Trung ương Phật giáo Hòa Hảo hướng dẫn chức sắc",
         ["Ban Trị sự Giáo hội Phật giáo Việt Nam", "Tòa Giám mục Giáo phận Long Xuyên",
          "Ban Đại diện Cộng đồng Hồi giáo", "Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam)",
          "Ban Trị sự Trung ương Phật giáo Hòa Hảo"]),
        ("đối với đạo Tin lành trong tình hình mới", []),
        ("phối hợp Công ty TNHH MTV Thoát nước Hà Nội nạo vét ga, rãnh thoát nước",
         ["Công ty Trách nhiệm hữu hạn Một thành viên Thoát nước Hà Nội"]),
        ("Công ty TNHH MTV Công viên cây xanh Hà Nội thay bóng đèn hỏng",
         ["Công ty Trách nhiệm hữu hạn Một thành viên Công viên cây xanh Hà Nội"]),
        ("Công ty Điện lực Nghệ An chủ trì", ["Công ty Điện lực Nghệ An"]),
        ("- Phối hợp Ban công tác Mặt trận, Cảnh sát khu vực tổ chức tổng vệ sinh",
         ["Ban Công tác Mặt trận", "Cảnh sát khu vực"]),
        ("Ban Công tác Mặt trận các thôn tuyên truyền", ["Ban Công tác Mặt trận các thôn"]),
        ("tổ chức cho đại biểu Quốc hội (ĐBQH) tiếp xúc cử tri; ĐBQH báo cáo kết quả", []),
        ("Đoàn ĐBQH tỉnh chủ trì", ["Đoàn đại biểu Quốc hội tỉnh"]),
        ("Kế hoạch của Đoàn đại biểu Quốc hội tỉnh", ["Đoàn đại biểu Quốc hội tỉnh"]),
        ("báo cáo Quốc hội", ["Quốc hội"]),
        ("UBMTTQVN phường Đồng Hới; UBND phường Đồng Hới",
         ["Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban nhân dân phường Đồng Hới"]),
    ],
)
def test_round56_religious_bodies_companies_and_deputies(sentence, names):
    """Religious organisations by their registered names; a company ends at the province it is named
    after; the Front's board named bare; deputies (`ĐBQH`) are people, their delegation a body."""
    working = textmap.build(sentence).text
    assert [m.agency for m in find_mentions(working, 0, len(working))] == names


def test_party_cell_named_by_its_unit():
    """`Chi bộ` + the unit it sits in is one body (l9, v7), never the unit alone."""
    from pipeline.normalise.agency_names import find_mentions
    for text, name in [
        ("Chi bộ Trạm Y tế lãnh đạo thực hiện", "Chi bộ Trạm Y tế"),
        ("8. Đảng ủy Quân sự xã, Chi bộ Công an xã", "Chi bộ Công an xã"),
        ("- Chi bộ Ủy ban Mặt trận Tổ quốc và các đoàn thể xã lãnh đạo", "Chi bộ Ủy ban Mặt trận Tổ quốc và các đoàn thể xã"),
        ("Chi bộ Hợp tác xã dịch vụ nông nghiệp Nam Trạch lãnh đạo hợp tác xã",
         "Chi bộ Hợp tác xã dịch vụ nông nghiệp Nam Trạch"),
        ("Chi bộ Trường Cao đẳng Kỹ thuật và Công nghệ Tuyên Quang.", "Chi bộ Trường Cao đẳng Kỹ thuật và Công nghệ Tuyên Quang"),
    ]:
        names = [m.agency for m in find_mentions(text, 0, len(text))]
        assert name in names, (text, names)
        assert "Công an" not in names and "Trạm Y tế" not in names
    text = "Bí thư Chi bộ, Trưởng ban công tác Mặt trận"
    assert not any(m.agency.startswith("Chi bộ") for m in find_mentions(text, 0, len(text)))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # The customs unit of each border gate is its own actor; all of them together keep `Các`.
        (
            "Hải quan cửa khẩu quốc tế Lao Bảo, Hải quan cửa khẩu Cà Roòng và Hải quan cửa khẩu cảng Hòn La phối hợp",
            ["Hải quan cửa khẩu quốc tế Lao Bảo", "Hải quan cửa khẩu Cà Roòng", "Hải quan cửa khẩu cảng Hòn La"],
        ),
        ("Đội Kiểm soát hải quan chủ trì, phối hợp với các Hải quan cửa khẩu rà soát",
         ["Đội Kiểm soát hải quan", "Các Hải quan cửa khẩu"]),
        # Not a unit: a bare `Hải quan cửa khẩu` names no gate.
        ("phối hợp chặt chẽ với Hải quan cửa khẩu trong kiểm soát người", []),
        # A border post named by its gate, written with capitals.
        (
            "7. Đồn Biên phòng Cửa khẩu Quốc tế Lệ Thanh, Đồn Biên phòng Ia Nan, Đồn Biên phòng Ia Pnôn",
            ["Đồn Biên phòng Cửa khẩu Quốc tế Lệ Thanh", "Đồn Biên phòng Ia Nan", "Đồn Biên phòng Ia Pnôn"],
        ),
        # A department's units whose names end in `xây dựng` keep it (no verb there).
        (
            "3. Phòng Quản lý xây dựng, Phòng Quản lý giao thông, Phòng Phát triển đô thị và Hạ tầng kỹ thuật",
            ["Phòng Quản lý xây dựng", "Phòng Quản lý giao thông", "Phòng Phát triển đô thị và Hạ tầng kỹ thuật"],
        ),
        ("Trung tâm Kiểm định chất lượng xây dựng, Trung tâm Đăng kiểm xe cơ giới chủ trì",
         ["Trung tâm Kiểm định chất lượng xây dựng", "Trung tâm Đăng kiểm xe cơ giới"]),
    ],
)
def test_gate_units_and_department_units(sentence: str, expected: list[str]) -> None:
    """Round 61: customs units and border posts named by their gate, a department's units."""
    assert [m.agency for m in find_mentions(sentence, 0, len(sentence))] == expected


def test_unit_numbered_within_its_kind_keeps_its_number():
    """`Phòng Điều hành dự án 1` is one of a board's numbered units; a count after a name is not."""
    text = "Phòng Điều hành dự án 1, Phòng Điều hành dự án 2 theo dõi hiện trường"
    names = [m.agency for m in find_mentions(text, 0, len(text))]
    assert names == ["Phòng Điều hành dự án 1", "Phòng Điều hành dự án 2"]
    text = "Trung tâm Y tế 3 đợt kiểm tra"
    assert [m.agency for m in find_mentions(text, 0, len(text))] == ["Trung tâm Y tế"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trưởng các thôn chủ trì, phối hợp với Hợp tác xã dịch vụ môi trường Xuân Trường thu gom",
         ["Trưởng các thôn", "Hợp tác xã dịch vụ môi trường Xuân Trường"]),
        ("- Ban quản lý di tích cơ sở bố trí người trông coi", ["Ban quản lý di tích cơ sở"]),
        ("- Công ty Cổ phần Xây dựng số 5 Lâm Đồng thực hiện đúng tiến độ",
         ["Công ty Cổ phần Xây dựng số 5 Lâm Đồng"]),
        ("Tư vấn giám sát: Công ty Cổ phần Tư vấn xây dựng Lâm Viên.",
         ["Công ty Cổ phần Tư vấn xây dựng Lâm Viên"]),
        ("Phòng Cải cách hành chính và Văn thư, lưu trữ chủ trì",
         ["Phòng Cải cách hành chính và Văn thư, lưu trữ"]),
        ("phối hợp với các hợp tác xã dịch vụ môi trường", []),
        ("kiện toàn Ban quản lý, chưa có quy chế quản lý di tích", []),
    ],
)
def test_round64_cooperative_relic_board_company_trade(sentence: str, expected: list[str]) -> None:
    """Round 64: a co-operative named by trade and place, a relic board, a company's `Xây dựng`."""
    assert [m.agency for m in find_mentions(sentence, 0, len(sentence))] == expected


@pytest.mark.parametrize("line, expected", [
    ("Phòng Kế toán nhà nước phối hợp với Ngân hàng TMCP Công Thương Việt Nam – Chi nhánh Đắk Lắk đối chiếu số liệu",
     ("Ngân hàng TMCP Công Thương Việt Nam – Chi nhánh Đắk Lắk",
      "Chi nhánh Ngân hàng Thương mại cổ phần Công Thương Việt Nam")),
    ("Đề nghị Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam chi nhánh Nghệ An phối hợp",
     ("Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam chi nhánh Nghệ An",
      "Chi nhánh Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam")),
])
def test_joint_stock_bank_branch_full_name(line, expected):
    """A commercial bank's branch under its full name, `TMCP` shortened (e0): the same branch as its brand."""
    assert [(line[m.start:m.end], m.agency) for m in find_mentions(line, 0, len(line))][-1] == expected


def test_joint_stock_bank_words_alone_are_not_a_branch():
    line = "các ngân hàng thương mại cổ phần trên địa bàn"
    assert not any("Chi nhánh" in m.agency for m in find_mentions(line, 0, len(line)))


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("phối hợp với Bệnh viện Đa khoa Trung tâm An Giang tổ chức mua sắm",
         ["Bệnh viện Đa khoa Trung tâm An Giang"]),
        ("Bệnh viện Đa khoa Kiên Giang, Bệnh viện Sản - Nhi An Giang tiếp nhận",
         ["Bệnh viện Đa khoa Kiên Giang", "Bệnh viện Sản - Nhi An Giang"]),
        ("Bệnh viện Đa khoa tỉnh - Sở Y tế", ["Bệnh viện Đa khoa", "Sở Y tế"]),
        ("TTYT khu vực Phú Quốc; TTYT khu vực Kiên Hải",
         ["Trung tâm Y tế khu vực Phú Quốc", "Trung tâm Y tế khu vực Kiên Hải"]),
        ("các Trung tâm Y tế khu vực rà soát", ["Trung tâm Y tế khu vực"]),
        ("- Tổ Công tác 35 của Đảng ủy xã theo dõi", ["Tổ Công tác 35", "Đảng ủy xã"]),
        ("phối hợp với Tổ Công tác 35 đấu tranh", ["Tổ Công tác 35"]),
        ("5- Chi bộ Cơ quan Uỷ ban nhân dân xã", ["Chi bộ Cơ quan Ủy ban nhân dân xã"]),
        ("Chi bộ Trường THCS Diễn Lâm gắn việc học tập", ["Chi bộ Trường Trung học cơ sở Diễn Lâm"]),
    ],
)
def test_round68_hospitals_regional_centres_numbered_teams_party_cells(sentence, names):
    """A province's `Đa khoa Trung tâm` hospital and a dash between two specialties; a regional
    health centre keeps its place; a team keeps its number before its owner or a verb; the cell
    of a commune's offices; a school's level capitalised inside a party cell's name."""
    working = textmap.build(sentence).text
    assert [m.agency for m in find_mentions(working, 0, len(working))] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("+ BĐH KP chủ trì, phối hợp Ban công tác Mặt trận KP, Tổ trưởng tổ dân phố tổ chức ký cam kết",
         ["Ban điều hành khu phố", "Ban Công tác Mặt trận", "Tổ trưởng tổ dân phố"]),
        ("Phòng Văn hoá - Xã hội chủ trì; BĐH các KP, Đoàn Thanh niên phường phối hợp",
         ["Phòng Văn hóa - Xã hội", "Ban điều hành các khu phố", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"]),
        ("7/ Ban điều hành khu phố 1 đến khu phố 12:", ["Ban điều hành khu phố 1 đến khu phố 12"]),
        ("Ban điều hành khu phố chủ trì tổ chức ra mắt", ["Ban điều hành khu phố"]),
        ("phân công Tổ TTĐT số 1, số 2 phụ trách", ["Tổ trật tự đô thị số 1", "Tổ trật tự đô thị số 2"]),
        ("- Đội QLTTĐT phường;", ["Đội Quản lý trật tự đô thị"]),
        ("- Chỉ đạo Cảnh sát khu vực phụ trách địa bàn phối hợp với BĐH KP nắm tình hình",
         ["Cảnh sát khu vực", "Ban điều hành khu phố"]),
        ("gửi Công an tỉnh, Bộ Chỉ huy BĐBP tỉnh để theo dõi", ["Công an", "Bộ Chỉ huy Bộ đội Biên phòng"]),
        ("Chỉ đạo Công an các xã, phường, đặc khu ven biển nắm tình hình",
         ["Công an các xã, phường, đặc khu ven biển"]),
        ("chỉ đạo các Đồn Biên phòng tuyến biển kiểm soát chặt", ["Các Đồn Biên phòng tuyến biển"]),
        ("các Đồn Biên phòng, Trạm Kiểm soát Biên phòng tại cảng kiểm tra",
         ["Các Đồn Biên phòng", "Trạm Kiểm soát Biên phòng"]),
        ("* Phối hợp với Vùng Cảnh sát biển 2, Chi cục Thủy sản và Kiểm ngư trao đổi thông tin",
         ["Vùng Cảnh sát biển 2", "Chi cục Thủy sản và Kiểm ngư"]),
        ("9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Nghề cá tỉnh",
         ["Ủy ban Mặt trận Tổ quốc Việt Nam", "Hội Nghề cá"]),
        ("- Tổ công tác liên ngành kiểm tra trực tiếp tại các cảng cá", ["Tổ công tác liên ngành"]),
    ],
)
def test_round68_ward_quarter_boards_and_border_forces(sentence, names):
    """A ward's quarter boards and teams by their initials (`BĐH KP 1`, `Tổ TTĐT số 1`), the quarter
    and its number part of the board's name; a ward's area police; a border command by `BĐBP`, a
    port's control station, the posts of a stretch of coast and a coast guard region by number."""
    working = textmap.build(sentence).text
    assert [m.agency for m in find_mentions(working, 0, len(working))] == names


def test_round68_short_name_given_in_words():
    """`(sau đây gọi tắt là Đội TTĐT)` names the body for the rest of the plan, also where the
    generic unit rule would run on into a verb it does not know (`Đội TTĐT cưỡng chế`)."""
    text = ("- Đội Quản lý trật tự đô thị phường (sau đây gọi tắt là Đội TTĐT) chủ trì rà soát.\n"
            "- Phối hợp với Đội TTĐT cưỡng chế các trường hợp vi phạm.\n")
    working = textmap.build(text).text
    found = [(text[m.start:m.end], m.agency) for m in find_mentions(working, 0, len(working))]
    assert ("Đội TTĐT", "Đội Quản lý trật tự đô thị") in found
    assert ("Đội TTĐT cưỡng chế", "Đội TTĐT cưỡng chế") not in found


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("- Phòng Đấu thầu, thẩm định và giám sát đầu tư chủ trì thẩm định chủ trương đầu tư",
         ["Phòng Đấu thầu, thẩm định và giám sát đầu tư"]),
        ("- Phòng Y tế, kiểm tra và xử lý vi phạm.", ["Phòng Y tế"]),
        ("Văn phòng Sở phối hợp với Phòng Tài chính đầu tư vận hành bảng theo dõi",
         ["Văn phòng Sở", "Phòng Tài chính đầu tư"]),
        ("Phòng Tài chính chủ trì", ["Phòng Tài chính"]),
        ("Sở Tài chính (qua Phòng Tài chính đầu tư)", ["Sở Tài chính", "Phòng Tài chính đầu tư"]),
        ("* Ban Đại diện Hội Cựu chiến binh lão thành tỉnh phối hợp với Tỉnh đoàn",
         ["Ban Đại diện Hội Cựu chiến binh lão thành", "Tỉnh đoàn"]),
        ("phối hợp với Ủy ban nhân dân xã, phường, Ban Chỉ huy quân sự xã, phường trong công tác chính sách",
         ["Ủy ban nhân dân xã, phường", "Ban Chỉ huy Quân sự xã, phường"]),
        ("- Ban Chỉ đạo phòng, chống dịch COVID-19 xã chỉ đạo chung",
         ["Ban Chỉ đạo phòng, chống dịch COVID-19"]),
        ("- Thành viên Ban Chỉ đạo phòng, chống dịch COVID-19 xã được phân công kiểm tra",
         ["Thành viên Ban Chỉ đạo phòng, chống dịch COVID-19"]),
        ("phân công thành viên Ban Chỉ đạo phụ trách từng thôn", ["Ban Chỉ đạo"]),
        ("Ban Thường vụ Hội Cựu chiến binh tỉnh xây dựng Kế hoạch. Ban Tuyên giáo theo dõi, báo cáo Ban Thường vụ.",
         ["Ban Thường vụ Hội Cựu chiến binh tỉnh", "Ban Tuyên giáo", "Ban Thường vụ Hội Cựu chiến binh tỉnh"]),
        ("báo cáo Trung ương Hội Cựu chiến binh Việt Nam; báo cáo năm gửi Trung ương Hội trước ngày 30/11",
         ["Trung ương Hội Cựu chiến binh Việt Nam", "Trung ương Hội Cựu chiến binh Việt Nam"]),
        ("báo cáo năm gửi Trung ương Hội trước ngày 30/11", []),
        ("Trạm Y tê xã chuyển về Trung tâm Y tế huyện xử lý", ["Trạm Y tế", "Trung tâm Y tế"]),
    ],
)
def test_round69_finance_units_association_boards_and_covid_boards(sentence, names):
    """A Department of Finance's units named by their tasks (`Phòng Đấu thầu, thẩm định và giám sát
    đầu tư`, `Phòng Tài chính đầu tư`); an association's representative board, and its standing
    board and central committee written bare after their full names; the commune commands listed
    without `các`; a COVID-19 board and its members; `Y tê` of a scan read `Y tế`."""
    working = textmap.build(sentence).text
    assert [m.agency for m in find_mentions(working, 0, len(working))] == names


def test_a_commune_youth_union_by_its_level():
    """A commune Youth Union's own plan names its bodies by the level alone: `Đoàn xã`, `Ban Thường
    vụ Đoàn xã`, its cells by village or school, and `mỗi Chi đoàn thôn` is all of them."""
    text = ("- Sửa chữa nhà: Đoàn xã phối hợp với Ban Thường vụ Đoàn xã, Chi đoàn thôn Tân Hoà, "
            "Chi đoàn Trường THCS Thạch Khê; Mỗi Chi đoàn thôn xây dựng 01 mô hình.")
    assert [m.agency for m in find_mentions(text, 0, len(text))] == [
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Ban Thường vụ Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",
        "Chi đoàn thôn Tân Hòa", "Chi đoàn Trường Trung học cơ sở Thạch Khê", "Các Chi đoàn thôn"]


# --- levels written once, short names of a kind (round 73) ---------------------

def test_communes_written_once_after_a_list_name_each_body_that_keeps_them():
    """`Ban CHQS, Công an, Trạm Y tế xã, phường`: the communes are all three's; a health station
    drops them as it always does, the commands and the police keep them."""
    assert names("b) Chỉ đạo Ban CHQS, Công an, Trạm Y tế xã, phường thực hiện đúng quy trình") == [
        "Ban Chỉ huy Quân sự xã, phường", "Công an xã, phường", "Trạm Y tế"]
    assert names("phối hợp với Ban CHQS, UBND các xã, phường") == [
        "Ban Chỉ huy Quân sự", "Ủy ban nhân dân các xã, phường"]


def test_initials_given_to_the_last_words_shorten_those_words_not_the_body():
    """`Trưởng các tổ dân phố (TDP)` defines `TDP` as `tổ dân phố`: `Trưởng TDP số 3` is the head
    of group 3, `các TDP` the groups."""
    text = ("Xác định trách nhiệm của Trưởng các tổ dân phố (TDP), đơn vị thu gom.\n"
            "Trưởng TDP số 3 và TDP số 5 chủ trì xây dựng mô hình; Hội Phụ nữ phối hợp với các TDP vận động.")
    assert names(text) == ["Tổ trưởng các tổ dân phố", "Đơn vị thu gom", "Tổ trưởng tổ dân phố số 3",
                           "Tổ trưởng tổ dân phố số 5", "Hội Liên hiệp Phụ nữ", "Các tổ dân phố"]


def test_a_military_service_council_keeps_its_level():
    assert names("báo cáo Hội đồng NVQS tỉnh xem xét; Hội đồng NVQS cùng cấp chỉ đạo") == [
        "Hội đồng nghĩa vụ quân sự tỉnh", "Hội đồng nghĩa vụ quân sự"]


# --- a party commission's plan, a commune's portal copy (round 74) ----------------

def test_party_bodies_keep_their_committee_and_their_communes():
    """A party committee's steering board keeps its committee (`Ban Chỉ đạo 35 Tỉnh ủy`), the
    communes' party boards their list, the party committee of the border guard its level."""
    assert names("- Ban Chỉ đạo 35 Tỉnh ủy chỉ đạo lực lượng nòng cốt") == ["Ban Chỉ đạo 35 Tỉnh ủy"]
    assert names("chỉ đạo Ban Xây dựng Đảng các đảng ủy xã, phường tham mưu tổ chức") == [
        "Ban Xây dựng Đảng các đảng ủy xã, phường"]
    assert names("Đảng ủy Công an tỉnh, Đảng ủy Bộ đội Biên phòng tỉnh chỉ đạo tuyên truyền") == [
        "Đảng ủy Công an tỉnh", "Đảng ủy Bộ đội Biên phòng tỉnh"]


def test_a_theatre_a_market_board_and_a_unit_before_its_verb():
    assert names("Sở Văn hóa, Thể thao và Du lịch chỉ đạo Nhà hát Chèo Ninh Bình xây dựng chương trình") == [
        "Sở Văn hóa, Thể thao và Du lịch", "Nhà hát Chèo Ninh Bình"]
    assert names("- Ban quản lý chợ Ea Ktur phối hợp với Viettel Đắk Lắk") == [
        "Ban Quản lý chợ Ea Ktur", "Viettel Đắk Lắk"]
    assert names("phối hợp với Phòng Tuyên truyền - Báo chí thiết kế 05 mẫu pa-nô") == [
        "Phòng Tuyên truyền - Báo chí"]


def test_community_digital_teams_by_their_initials_and_cooperatives_in_a_list():
    """`Tổ CNSCĐ các thôn, buôn` is the teams (the villages say whose); co-operatives listed after
    other bodies are one of them."""
    assert names("- Tổ CNSCĐ các thôn, buôn phối hợp với Công an xã, Hội Nông dân xã, các hợp tác xã vận động") == [
        "Tổ công nghệ số cộng đồng", "Công an", "Hội Nông dân", "Các hợp tác xã"]


def test_a_work_team_written_alone_after_its_full_name_is_that_team():
    """`Tổ công tác` alone names the team the plan named in full before it; never named so, or
    its members (`các thành viên Hội đồng, Tổ công tác`), it is no agency."""
    assert names("• Duy trì Tổ công tác hỗ trợ dự án nhà ở xã hội của Sở; Tổ công tác họp giao ban hằng tháng.") == [
        "Tổ công tác hỗ trợ dự án nhà ở xã hội", "Tổ công tác hỗ trợ dự án nhà ở xã hội"]
    assert names("Tổ công tác họp giao ban hằng tháng.") == []
    assert names("Tổ công tác GPMB kiểm đếm; các thành viên Hội đồng, Tổ công tác bám sát địa bàn.") == [
        "Tổ công tác giải phóng mặt bằng"]


def test_a_units_name_ends_before_the_verb_or_adverb_that_follows_it():
    assert names("phối hợp với Cục Khí tượng Thủy văn thông báo cấp dự báo cháy rừng") == ["Cục Khí tượng Thủy văn"]
    assert names("báo cáo nhanh về Cục Lâm nghiệp và Kiểm lâm ngay trong ngày") == ["Cục Lâm nghiệp và Kiểm lâm"]
    assert names("- Phối hợp với Đội QLTT số 6 kiểm soát việc vận chuyển") == ["Đội Quản lý thị trường số 6"]
    assert names("Chỉ đạo Đội Kiểm lâm đặc nhiệm thường trực sẵn sàng lực lượng") == ["Đội Kiểm lâm đặc nhiệm"]


def test_a_communes_food_safety_board_by_its_initials():
    """`BCĐ liên ngành về VSATTP xã` is spelled out; `BCĐ` alone names the board only with a part
    before it (`Các thành viên BCĐ`, `Thường trực BCĐ`)."""
    assert names("- BCĐ liên ngành về VSATTP xã tổ chức họp triển khai") == [
        "Ban Chỉ đạo liên ngành về vệ sinh an toàn thực phẩm"]
    assert names("* Các thành viên BCĐ căn cứ nhiệm vụ được phân công") == ["Các thành viên Ban Chỉ đạo"]
    assert names("báo cáo kết quả về Thường trực BCĐ (qua Phòng Văn hóa - Xã hội)") == [
        "Thường trực Ban Chỉ đạo", "Phòng Văn hóa - Xã hội"]
    assert names("tham mưu UBND xã, BCĐ tổ chức triển khai") == ["Ủy ban nhân dân xã"]


def test_the_same_tiers_committee_hamlets_forest_owners_and_parks():
    assert names("Chỉ đạo Công an các xã, phường phối hợp với UBND cùng cấp thu thập") == [
        "Công an các xã, phường", "Ủy ban nhân dân cùng cấp"]
    assert names("- Các thành viên BCĐ, các xóm báo cáo kết quả") == ["Các thành viên Ban Chỉ đạo", "Các xóm"]
    assert names("- Khi xảy ra cháy rừng, chủ rừng và UBND cấp xã huy động ngay lực lượng") == [
        "Chủ rừng", "Ủy ban nhân dân cấp xã"]
    assert names("Chủ rừng là tổ chức xây dựng phương án PCCCR") == ["Chủ rừng là tổ chức"]
    assert names("- 100% chủ rừng là tổ chức xây dựng phương án") == []
    assert names("6.6. Các Vườn quốc gia trực thuộc Bộ") == ["Các Vườn quốc gia"]
    assert names("6.2. Các Chi cục Kiểm lâm vùng I, II, III, IV") == ["Chi cục Kiểm lâm vùng I, II, III, IV"]


def test_round76_kpi_owners_trade_units_and_run_together_pdf_tables(tmp_path):
    """Round 75–76: a hospital's KPI table names who follows each indicator; a heading's `trực
    thuộc` says whose schools they are; the units of a trade are one actor; a special zone listed
    after another's committee is a committee too; a PDF table read without its layout runs a
    row's lead and partner cells together a space apart."""
    tables = parse(tmp_path, """II. MỤC TIÊU
1. Bảng chỉ số chất lượng
STT\tChỉ số\tChỉ tiêu 2027\tĐơn vị theo dõi
1\tTỷ lệ nhiễm khuẩn bệnh viện\t< 5%\tKhoa KSNK
2\tTỷ lệ hài lòng người bệnh ngoại trú\t≥ 90%\tPhòng QLCL
III. NHIỆM VỤ
1. Bảo đảm trật tự an toàn giao thông
a) Sở Xây dựng phối hợp với các đơn vị đăng kiểm trên địa bàn kiểm soát chất lượng phương tiện.
b) UBND đặc khu Vân Đồn, đặc khu Cô Tô chủ trì quản lý phương tiện chở khách ra đảo.
c) Phòng Hành chính quản trị chủ trì, phối hợp với Phòng Vật tư - Thiết bị y tế cải tạo khu vực chờ khám.
2. Các đợt cao điểm
TT Nội dung Thời gian Cơ quan chủ trì Cơ quan phối hợp
1 Tết Dương lịch và Lễ hội Xuân
Từ 15/12/2026
đến 15/3/2027
Công an tỉnh Sở Xây dựng, Sở Y tế,
UBND các xã, phường
2 Cao điểm du lịch hè
Từ 25/4 đến 31/8/2027 Công an tỉnh Các sở, ngành, địa
phương
IV. TỔ CHỨC THỰC HIỆN
1. Các trường THPT trực thuộc, trung tâm GDNN-GDTX
- Xây dựng kế hoạch giáo dục nhà trường.""")
    got = rows(tables)
    for row in [
        ("Khoa KSNK", "Khoa Kiểm soát nhiễm khuẩn", "lead"),
        ("Phòng QLCL", "Phòng Quản lý chất lượng", "lead"),
        ("các đơn vị đăng kiểm", "Các đơn vị đăng kiểm", "partner"),
        ("UBND đặc khu Vân Đồn", "Ủy ban nhân dân đặc khu Vân Đồn", "lead"),
        ("đặc khu Cô Tô", "Ủy ban nhân dân đặc khu Cô Tô", "lead"),
        ("Phòng Vật tư - Thiết bị y tế", "Phòng Vật tư - Thiết bị y tế", "partner"),
        ("Sở Xây dựng", "Sở Xây dựng", "partner"),
        ("UBND các xã, phường", "Ủy ban nhân dân các xã, phường", "partner"),
        ("Các sở, ngành", "Các sở, ngành", "partner"),
        ("địa\nphương", "Các địa phương", "partner"),
        ("Các trường THPT", "Các trường trung học phổ thông", "lead"),
        ("trung tâm GDNN-GDTX", "Các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên", "lead"),
    ]:
        assert row in got, row
    assert [r for r in got if r[0] == "Công an tỉnh"] == [("Công an tỉnh", "Công an", "lead")] * 2


def test_round76_an_organiser_named_after_a_wrapped_do_is_no_doer(tmp_path):
    """`cử … tham dự khóa đào tạo … do` / `Bộ Y tế tổ chức`: the course's organiser says which
    course, as on one line; `Kinh phí … do` / `Bệnh viện … chi trả` still names who pays."""
    tables = parse(tmp_path, """III. NHIỆM VỤ
1. Kiện toàn hệ thống quản lý chất lượng
c) Tổ chức 02 khóa tập huấn cho thành viên Mạng lưới; cử ít nhất 04 viên chức tham dự khóa đào tạo do
Bộ Y tế tổ chức.
IV. KINH PHÍ
1. Kinh phí chế độ cho người hiến máu do
Bệnh viện đa khoa tỉnh chi trả theo quy định.""")
    assert rows(tables) == [("Bệnh viện đa khoa tỉnh", "Bệnh viện đa khoa", "responsible")]


def test_round76_a_body_asked_under_a_request_heading_that_only_helps_is_asked(tmp_path):
    """`2. Đề nghị các sở, ngành` / `- Sở Y tế phối hợp hướng dẫn …`: the request is the heading's."""
    tables = parse(tmp_path, """IV. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
- Chủ trì hướng dẫn, kiểm tra việc thực hiện Kế hoạch.
2. Đề nghị các sở, ngành
- Sở Y tế phối hợp hướng dẫn công tác y tế trường học.
- Sở Tài chính thẩm định, tham mưu UBND tỉnh bố trí kinh phí.""")
    assert ("Sở Y tế", "Sở Y tế", "requested") in rows(tables)


def test_a_bare_company_head_is_the_one_the_plan_names_in_full():
    """`gửi về Tổng công ty (qua Ban Kỹ thuật)` in a plan of `Tổng công ty Điện lực miền Bắc`, whose
    parent is `Tập đoàn Điện lực Việt Nam`; the company as a whole (`toàn Tổng công ty`) is no actor."""
    text = ("Tổng công ty Điện lực miền Bắc ban hành Kế hoạch theo Quyết định của Tập đoàn Điện lực Việt Nam.\n"
            "Pmax toàn Tổng công ty đạt 9.064 MW.\n"
            "- Ban Kinh doanh báo cáo Tập đoàn và Bộ Công Thương, gửi về Tổng công ty (qua Ban Kỹ thuật).\n")
    assert names(text)[2:] == ["Ban Kinh doanh", "Tập đoàn Điện lực Việt Nam", "Bộ Công Thương",
                               "Tổng công ty Điện lực miền Bắc", "Ban Kỹ thuật"]
    assert names("báo cáo Tập đoàn và Bộ Công Thương") == ["Bộ Công Thương"]


def test_round78_names_of_a_drug_control_and_a_water_supply_plan():
    """A company's capitalised trade (`Cấp nước`), a commune list's qualifier (`trọng điểm`, six words
    of `có …`), a committee's `nơi có …`, a commune's disability council, a heading joined to its
    paragraph (`… Nghệ An` / `Tăng thời lượng …`), a ward's own groups after its bodies."""
    assert names("- Công ty Cổ phần Cấp nước Cà Mau, Công ty Cổ phần Cấp nước Bạc Liêu chủ động trữ nước") == [
        "Công ty Cổ phần Cấp nước Cà Mau", "Công ty Cổ phần Cấp nước Bạc Liêu"]
    assert names("phối hợp với UBND các xã có đồng bào dân tộc thiểu số); UBND các xã trọng điểm triển khai") == [
        "Ủy ban nhân dân các xã có đồng bào dân tộc thiểu số", "Ủy ban nhân dân các xã trọng điểm"]
    assert names("báo cáo ngay Sở Y tế và UBND xã nơi có công trình.") == [
        "Sở Y tế", "Ủy ban nhân dân xã nơi có công trình"]
    assert names("; Hội đồng xác định mức độ khuyết tật phường tổ chức xác định") == ["Hội đồng xác định mức độ khuyết tật"]
    assert names("6. Sở Văn hóa, Thể thao và Du lịch, Báo và Phát thanh, Truyền hình Nghệ An Tăng thời lượng") == [
        "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Nghệ An"]
    assert names("Các cơ quan, đơn vị, tổ dân phố báo cáo kết quả") == ["Các cơ quan, đơn vị, tổ dân phố"]
    assert names("- Phối hợp với cơ sở giáo dục nghề nghiệp, Trung tâm Dịch vụ việc làm tư vấn") == [
        "Cơ sở giáo dục nghề nghiệp", "Trung tâm Dịch vụ việc làm"]


@pytest.mark.parametrize("line, expected", [
    # a residential group after a numbered unit is a new body, not the unit's next number (xy)
    ("Đội Cảnh sát PCCC và CNCH khu vực 9; TDP số 12, 14",
     ["Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ khu vực 9"]),
    # the heads of residential groups listed by number stay one list
    ("Trưởng TDP số 3 và TDP số 5 chủ trì", ["Tổ trưởng tổ dân phố số 3", "Tổ trưởng tổ dân phố số 5"]),
    # a residential group's own fire team
    ("các tổ dân phố, đội PCCC cơ sở, Tổ bảo vệ an ninh, trật tự ở cơ sở tham gia",
     ["Các tổ dân phố", "Đội phòng cháy, chữa cháy cơ sở", "Tổ bảo vệ an ninh, trật tự ở cơ sở"]),
])
def test_round87_residential_group_after_numbered_unit(line, expected):
    assert names(line) == expected


@pytest.mark.parametrize("line, expected", [
    # a provincial police plan (wg): its units by their national codes, never spelled out
    ("- PV01 chủ trì, phối hợp PX01, Phòng Tổ chức cán bộ (PX03) thành lập 03 đoàn kiểm tra",
     ["Phòng Tham mưu", "Phòng Công tác đảng và công tác chính trị", "Phòng Tổ chức cán bộ"]),
    ("b) PC02 phối hợp PV06, PC10 rà soát, phân loại đối tượng truy nã",
     ["Phòng Cảnh sát hình sự", "Phòng Hồ sơ nghiệp vụ", "Phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp"]),
    ("báo cáo Bộ Công an (qua C02), Thường trực Tỉnh ủy, UBND tỉnh theo quy định.",
     ["Bộ Công an", "Cục Cảnh sát hình sự", "Thường trực Tỉnh ủy", "Ủy ban nhân dân tỉnh"]),
    ("d) Cơ quan CSĐT Công an tỉnh chỉ đạo đẩy nhanh tiến độ điều tra", ["Cơ quan Cảnh sát điều tra"]),
    ("7. Phòng Cảnh sát QLHC về TTXH (PC06)", ["Phòng Cảnh sát quản lý hành chính về trật tự xã hội"]),
    # a code that is the police's desk, a symbol's or a ward's unit as written
    ("Công an tỉnh (PC06) phối hợp với Sở Khoa học và Công nghệ", ["Công an", "Sở Khoa học và Công nghệ"]),
    ("Thực hiện Kế hoạch số 215/KH-CAT-PV01 của Công an tỉnh", ["Công an"]),
    ("báo cáo Công an Thành phố (qua Phòng PV05) theo quy định", ["Công an", "Phòng PV05"]),
    # an exam's subject groups are no ministry departments
    ("xét tuyển theo tổ hợp A00, A01, C04, D01", []),
])
def test_round87_police_unit_codes(line, expected):
    assert names(line) == expected


@pytest.mark.parametrize("line, expected", [
    # a ward's sidewalk plan (wk): the order team's work verbs end its name, a city's traffic zone is a unit
    ("- Phối hợp với Đội Quản lý trật tự đô thị cưỡng chế các trường hợp", ["Đội Quản lý trật tự đô thị"]),
    ("Phối hợp các doanh nghiệp viễn thông, Công ty Điện lực Sài Gòn bó gọn, chỉnh trang cáp treo",
     ["Các doanh nghiệp viễn thông", "Công ty Điện lực Sài Gòn"]),
    ("- Phối hợp Khu Quản lý giao thông đô thị số 1 rà soát vỉa hè hư hỏng",
     ["Khu Quản lý giao thông đô thị số 1"]),
    # a tax office's department whose name holds the verb after `và`
    ("c) Phòng Quản lý nợ và cưỡng chế nợ thuế chủ trì", ["Phòng Quản lý nợ và cưỡng chế nợ thuế"]),
    # a province's flood plan (wj): the schools picked out by the flood keep it
    ("chỉ đạo các cơ sở giáo dục bị ảnh hưởng xây dựng phương án", ["Các cơ sở giáo dục bị ảnh hưởng"]),
    # an area, not a unit
    ("Khu vực giao thông đô thị số 1", []),
])
def test_round88_ward_order_units(line, expected):
    assert names(line) == expected


def test_a_unit_initials_may_leave_out_quan_ly():
    """`Đội TTĐT` is the `Đội Quản lý trật tự đô thị` the plan names in full (its initials leave
    `Quản lý` out); a name of the whole initials, when written, comes first."""
    text = ("- Đội Quản lý trật tự đô thị phường tổng hợp.\n"
            "- Báo cáo kết quả về Đội TTĐT trước 16 giờ.\n")
    working = textmap.build(text).text
    assert [m.agency for m in find_mentions(working, 0, len(working))] == [
        "Đội Quản lý trật tự đô thị", "Đội Quản lý trật tự đô thị"]
    text = ("- Đội Quản lý trật tự đô thị phường, Đội Tuần tra đô thị phối hợp.\n"
            "- Báo cáo kết quả về Đội TTĐT trước 16 giờ.\n")
    working = textmap.build(text).text
    assert [m.agency for m in find_mentions(working, 0, len(working))][-1] == "Đội Tuần tra đô thị"


@pytest.mark.parametrize("line, expected", [
    # a joint court, procuracy and police plan (vh): a provincial court's review department, whose
    # name is made of verbs, with the court written short after it
    ("giao Phòng Giám đốc kiểm tra, thanh tra và thi hành án làm đầu mối tổng hợp",
     ["Phòng Giám đốc kiểm tra, thanh tra và thi hành án"]),
    ("phối hợp với Phòng Giám đốc kiểm tra, thanh tra và thi hành án TAND tỉnh theo dõi",
     ["Phòng Giám đốc kiểm tra, thanh tra và thi hành án"]),
    # a province's numbered detention camps, listed after the first
    ("Công an tỉnh chỉ đạo Trại tạm giam số 1, số 2, số 3 bố trí phòng xét xử trực tuyến",
     ["Công an", "Trại tạm giam số 1", "Trại tạm giam số 2", "Trại tạm giam số 3"]),
    # the court of the case, said by where it stands in it
    ("Tòa án nhân dân khu vực nơi xét xử gửi Thông báo", ["Tòa án nhân dân khu vực"]),
    ("Tòa án nơi xét xử gửi văn bản đề nghị", ["Tòa án nhân dân"]),
    # the issuer's office handed the lead by its bare head
    ("Tòa án nhân dân tỉnh giao Văn phòng chủ trì, phối hợp với", ["Tòa án nhân dân", "Văn phòng"]),
])
def test_round93_court_units(line, expected):
    assert names(line) == expected


def test_round93_bodies_that_recruit_are_responsible(tmp_path):
    """`tuyển dụng` is the work of the body before it (vg): each clause's subject does its own."""
    body = ("I. NHIỆM VỤ\n1. Phát triển đội ngũ\n"
            "- Sở Giáo dục và Đào tạo tuyển dụng giáo viên cho các trường trực thuộc; UBND các xã, "
            "phường tuyển dụng giáo viên mầm non theo phân cấp.\n")
    assert rows(parse(tmp_path, body)) == [
        ("Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo", "responsible"),
        ("UBND các xã, phường", "Ủy ban nhân dân các xã, phường", "responsible")]


@pytest.mark.parametrize("line, expected", [
    # a ward named after its former city since 2025, alone and in a list
    ("UBND phường Xuân Hương - Đà Lạt chủ trì", ["Ủy ban nhân dân phường Xuân Hương - Đà Lạt"]),
    ("UBND các phường Xuân Hương - Đà Lạt, Cam Ly - Đà Lạt phối hợp",
     ["Ủy ban nhân dân các phường Xuân Hương - Đà Lạt, Cam Ly - Đà Lạt"]),
    # a commune of the Central Highlands written with an apostrophe
    ("UBND xã Ea H'Leo thực hiện", ["Ủy ban nhân dân xã Ea H'Leo"]),
    # a title after the dash is no part of the name
    ("UBND xã Tân Phú - Trưởng ban chỉ đạo", ["Ủy ban nhân dân xã Tân Phú"]),
    ("UBND xã Tân Phú - Phó Chủ tịch", ["Ủy ban nhân dân xã Tân Phú"]),
])
def test_place_names_with_a_dash_or_an_apostrophe(line, expected):
    assert names(line) == expected


@pytest.mark.parametrize("line, expected", [
    # abbreviations of a drought plan's bodies (vw): a company and a centre by their initials, a
    # project board whose field is in small letters
    ("| Cty TNHH MTV KTCTTL Ninh Thuận | UBND xã Bác Ái Đông |",
     ["Công ty Trách nhiệm hữu hạn Một thành viên Khai thác công trình thủy lợi Ninh Thuận",
      "Ủy ban nhân dân xã Bác Ái Đông"]),
    ("Chỉ đạo Trung tâm Nước sạch và VSMTNT triển khai", ["Trung tâm Nước sạch và Vệ sinh môi trường nông thôn"]),
    ("- Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và PTNT tỉnh đẩy nhanh tiến độ",
     ["Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn"]),
    # the communes a qualifier picks end where their work begins
    ("phối hợp với UBND các xã có nguy cơ thiếu nước sửa chữa, khôi phục các công trình",
     ["Ủy ban nhân dân các xã có nguy cơ thiếu nước"]),
    # an investment plan's park board by its initials and the parks' developers (vy)
    ("Trách nhiệm: BQL các KCN chủ trì; phối hợp Sở NN&MT, các công ty phát\ntriển hạ tầng khu công nghiệp.",
     ["Ban Quản lý các khu công nghiệp", "Sở Nông nghiệp và Môi trường",
      "Các công ty phát triển hạ tầng khu công nghiệp"]),
    # an inter-agency team named with its remit before the act that set it up
    ("- Tổ công tác liên ngành xử lý dự án chậm tiến độ (thành lập theo Quyết định số 165/QĐ-UBND) họp",
     ["Tổ công tác liên ngành xử lý dự án chậm tiến độ"]),
    ("- Tổ công tác liên ngành phường (thành lập theo Quyết định số 45/QĐ-UBND) ra quân",
     ["Tổ công tác liên ngành"]),
])
def test_round97_bodies_by_initials_and_qualifiers(line, expected):
    assert names(line) == expected


def test_round97_a_name_given_to_the_bodies_listed_is_those_bodies(tmp_path):
    """`(sau đây gọi chung là các Công ty thủy lợi)` after three companies (vw): its uses are the
    three as one actor, named by the words their names share."""
    body = ("I. NHIỆM VỤ\n1. Điều tiết nước\n"
            "- Công ty TNHH MTV Khai thác công trình thủy lợi Ninh Thuận, Công ty TNHH MTV Khai thác công "
            "trình thủy lợi Nam Khánh Hòa (sau đây gọi chung là các Công ty thủy lợi) chủ trì rà soát kế hoạch.\n"
            "2. Sửa chữa\n- Các Công ty thủy lợi, UBND các xã, phường: trước ngày 31/3/2026 hoàn thành nạo vét.\n")
    assert rows(parse(tmp_path, body))[-2:] == [
        ("Các Công ty thủy lợi", "Các Công ty Trách nhiệm hữu hạn Một thành viên Khai thác công trình thủy lợi", "lead"),
        ("UBND các xã, phường", "Ủy ban nhân dân các xã, phường", "lead")]


def test_round97_investors_heading_leads(tmp_path):
    """An organisation section's item headed by the investors it names (vy) leads, as an agency's does."""
    body = ("I. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính\nTheo dõi, đôn đốc thực hiện Kế hoạch.\n"
            "2. Các nhà đầu tư có dự án chậm tiến độ\n- Nghiêm túc thực hiện tiến độ cam kết.\n")
    assert rows(parse(tmp_path, body))[-1] == (
        "Các nhà đầu tư có dự án chậm tiến độ", "Các nhà đầu tư có dự án chậm tiến độ", "lead")


@pytest.mark.parametrize("line, expected", [
    # an airport written short, and the authority's office there
    ("1.3. Đại diện Cảng vụ tại Cảng HKQT Tân Sơn Nhất phối hợp với Cảng HK Điện Biên",
     ["Đại diện Cảng vụ tại Cảng hàng không quốc tế Tân Sơn Nhất", "Cảng hàng không Điện Biên"]),
    # the offices at every airport are one actor; the units' names keep their comma and dash
    ("- Phòng Quản lý cảng hàng không, sân bay và Đại diện Cảng vụ tại các cảng hàng không rà soát",
     ["Phòng Quản lý cảng hàng không, sân bay", "Các Đại diện Cảng vụ"]),
    ("2.3. Phòng Pháp chế - Thanh tra phối hợp với Phòng An ninh hàng không lập biên bản",
     ["Phòng Pháp chế - Thanh tra", "Phòng An ninh hàng không"]),
    # border-gate police and a control tower, named by their airport
    ("- Phối hợp với Công an cửa khẩu Cảng hàng không quốc tế Tân Sơn Nhất, Chi cục Hải quan khu vực II bố trí",
     ["Công an cửa khẩu Cảng hàng không quốc tế Tân Sơn Nhất", "Chi cục Hải quan khu vực II"]),
    ("+ Đài Kiểm soát không lưu Tân Sơn Nhất thông báo kịp thời", ["Đài Kiểm soát không lưu Tân Sơn Nhất"]),
    # the operators of an aviation plan, and a legal form after the dash spelled out
    ("- Các doanh nghiệp cảng hàng không, hãng hàng không xây dựng phương án phục vụ Tết",
     ["Các doanh nghiệp cảng hàng không", "Các hãng hàng không"]),
    ("Chỉ đạo Cảng HKQT Tân Sơn Nhất và các cảng hàng không địa phương triển khai",
     ["Cảng hàng không quốc tế Tân Sơn Nhất", "Các cảng hàng không địa phương"]),
    ("2. Tổng công ty Cảng hàng không Việt Nam - CTCP (ACV)",
     ["Tổng công ty Cảng hàng không Việt Nam - Công ty Cổ phần"]),
])
def test_round100_aviation_bodies(line, expected):
    assert names(line) == expected


def test_round100_the_issuer_short_name_is_whom_reports_go_to(tmp_path):
    """`Cảng vụ Hàng không miền Nam (sau đây viết tắt là Cảng vụ) ban hành Kế hoạch` (uj): the bare
    short name is the authority where reports go to it, and no actor where it is the author."""
    body = ("Cảng vụ Hàng không miền Nam (sau đây viết tắt là Cảng vụ) ban hành Kế hoạch như sau:\n"
            "I. NHIỆM VỤ\n1. Các đơn vị thuộc Cảng vụ bảo đảm thông tin thông suốt giữa Cảng vụ với các hãng.\n"
            "2. Các hãng hàng không gửi đề nghị slot về Cảng vụ (qua Phòng Vận tải hàng không) trước ngày 05/01/2027.\n")
    assert [r for r in rows(parse(tmp_path, body)) if r[0] == "Cảng vụ"] == [
        ("Cảng vụ", "Cảng vụ Hàng không miền Nam", "report_to")]


def test_round100_airlines_listed_after_their_kind_lead(tmp_path):
    """`4. Các hãng hàng không: Tổng công ty … (Vietnam Airlines), Công ty …` (uj): each airline the
    heading names after its colon leads the item, brand in brackets or not."""
    body = ("I. TỔ CHỨC THỰC HIỆN\n1. Các hãng hàng không: Tổng công ty Hàng không Việt Nam (Vietnam Airlines), "
            "Công ty Cổ phần Hàng không VietJet\n- Xây dựng kế hoạch tăng chuyến.\n")
    assert rows(parse(tmp_path, body)) == [
        ("Các hãng hàng không", "Các hãng hàng không", "lead"),
        ("Tổng công ty Hàng không Việt Nam", "Tổng công ty Hàng không Việt Nam", "lead"),
        ("Công ty Cổ phần Hàng không VietJet", "Công ty Cổ phần Hàng không VietJet", "lead")]


def test_a_council_board_written_alone_in_a_councils_plan_is_that_councils(tmp_path):
    """In the plan of a province council's standing committee (uk) `Ban Pháp chế` alone is the
    council's board, in prose and in a table's cell alike; in a people's committee's plan the
    same words stay as written (the issuer alone tells whose board it is)."""
    body = ("I. NHIỆM VỤ\n1. Ban Pháp chế chủ trì thẩm tra dự thảo nghị quyết.\n\n"
            "TT\tTên dự thảo nghị quyết\tCơ quan trình\tCơ quan thẩm tra\n"
            "1\tNghị quyết về biên chế\tUBND tỉnh\tBan Kinh tế - Ngân sách\n")
    council = ("HỘI ĐỒNG NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI\t\tĐộc lập - Tự do - Hạnh phúc\n"
               "THƯỜNG TRỰC\n\nSố: 214/KH-HĐND\t\tQuảng Ngãi, ngày 21 tháng 10 năm 2026\n\nKẾ HOẠCH\nChuẩn bị kỳ họp\n\n")
    path = tmp_path / "council.txt"
    path.write_text(council + body + FOOTER, encoding="utf-8")
    boards = {a.text: a.agency for a in parse_document(path, "council.txt").tables["assignments"] if a.text.startswith("Ban")}
    assert boards == {"Ban Pháp chế": "Ban Pháp chế Hội đồng nhân dân tỉnh",
                      "Ban Kinh tế - Ngân sách": "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"}
    committee = {a.text: a.agency for a in parse(tmp_path, body)["assignments"] if a.text.startswith("Ban")}
    assert committee["Ban Pháp chế"] == "Ban Pháp chế"


@pytest.mark.parametrize("line, expected", [
    # a coastal province's fishing-port board: `các` and the ports are its name, the level its tail
    ("+ Ban Quản lý các cảng cá tỉnh chủ trì, phối hợp với", ["Ban Quản lý các cảng cá"]),
    ("Ban quản lý cảng cá, bến cá tỉnh kiểm soát", ["Ban Quản lý cảng cá, bến cá"]),
    # a unit's watch ends its name
    ("- Chi cục Biển, Hải đảo và Thủy sản trực 24/7 tại Trạm bờ", ["Chi cục Biển, Hải đảo và Thủy sản"]),
    # a project board's works by their initials
    ("- Ban QLDA ĐTXD các CTGT tỉnh phối hợp với", ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông"]),
    # an office by its initials before its owner
    ("VP Hội, Trung tâm Dạy nghề", ["Văn phòng Hội", "Trung tâm Dạy nghề"]),
    # units of a second level named after `và các`
    ("phối hợp với Hội Người mù các phường Đồng Hới, Đông Hà và các xã Vĩnh Linh, Lệ Thủy tổ chức",
     ["Hội Người mù các phường Đồng Hới, Đông Hà và các xã Vĩnh Linh, Lệ Thủy"]),
    # the national emulation board keeps its `Trung ương`
    ("1. Ban Thi đua - Khen thưởng Trung ương", ["Ban Thi đua - Khen thưởng Trung ương"]),
])
def test_round105_names(line, expected):
    assert names(line) == expected


def test_round105_a_name_half_in_initials_is_the_one_the_plan_writes_in_full():
    """ac, ve: a university's `P.Khảo thí & ĐBCL`, a ministry's `Ban TĐKT Trung ương`."""
    text = ("Phòng Khảo thí và Đảm bảo chất lượng chủ trì; Ban Thi đua - Khen thưởng Trung ương phối hợp.\n"
            "- Phòng Đào tạo tổng hợp; P.Khảo thí & ĐBCL phối hợp rà soát; Ban TĐKT Trung ương theo dõi.\n")
    working = textmap.build(text).text
    second = working.index("\n")
    assert [m.agency for m in find_mentions(working, second, len(working))] == [
        "Phòng Đào tạo", "Phòng Khảo thí và Đảm bảo chất lượng", "Ban Thi đua - Khen thưởng Trung ương"]


@pytest.mark.parametrize("line, expected", [
    # a verification team and its leader; several teams by their leaders
    ("a) Tổ xác minh hoàn thành việc xác minh", ["Tổ xác minh"]),
    ("1. Tổ trưởng các Tổ xác minh báo cáo tiến độ", ["Các Tổ xác minh"]),
    # heads of the bodies an inspection reaches, by their bodies
    ("- Người đứng đầu các cơ quan, tổ chức, đơn vị chỉ đạo", ["Các cơ quan, tổ chức, đơn vị"]),
    ("Cơ quan, đơn vị có người được xác minh", ["Cơ quan, đơn vị có người được xác minh"]),
    # the firm hired, in small letters, its verb left out
    ("- Đơn vị cung cấp dịch vụ số hóa ký cam kết bảo mật", ["Đơn vị cung cấp dịch vụ số hóa"]),
    # which localities, up to the staff they set to the work
    ("+ Các địa phương có khối lượng nhỏ giao công chức tư pháp - hộ tịch trực tiếp nhập dữ liệu",
     ["Các địa phương có khối lượng nhỏ", "Công chức tư pháp - hộ tịch"]),
    # a merged commune numbered after its old name; a commune's department by its initials
    ("- UBND các phường Vũng Áng, Hoành Sơn và UBND xã Sơn Kim 1: phối hợp",
     ["Ủy ban nhân dân các phường Vũng Áng, Hoành Sơn", "Ủy ban nhân dân xã Sơn Kim 1"]),
    ("đăng ký số lượng cây về PKT xã trước ngày 05/02/2026", ["Phòng Kinh tế"]),
    # a school's name ends before the body a run-on line puts after it
    ("Trường THPT Can Lộc Ban Quản lý rừng phòng hộ Hồng Lĩnh hỗ trợ",
     ["Trường Trung học phổ thông Can Lộc", "Ban Quản lý rừng phòng hộ Hồng Lĩnh"]),
    # the other units of a board, `khác` kept
    ("5. Các phòng, đơn vị khác thuộc Ban", ["Các phòng, đơn vị khác"]),
])
def test_round108_names(line, expected):
    assert names(line) == expected


def test_round108_a_numbered_unit_by_its_initials_is_the_one_the_plan_writes_in_full():
    """an: a table's `Phòng NV3` is `Phòng Nghiệp vụ 3`, not another numbered one."""
    text = ("Phòng Nghiệp vụ 3 chủ trì; Phòng Nghiệp vụ 1 phối hợp.\n"
            "2\tTổng hợp danh sách\tPhòng NV3\tVăn phòng\n")
    working = textmap.build(text).text
    second = working.index("\n")
    assert [m.agency for m in find_mentions(working, second, len(working))][:1] == ["Phòng Nghiệp vụ 3"]


def test_a_body_written_only_as_the_initials_of_its_whole_name(tmp_path):
    """`TTLTQG III` is the `Trung tâm Lưu trữ quốc gia III` the plan names in words elsewhere,
    `các TTLTQG` all of them; initials of a common noun (`TCTD`) name no body."""
    tables = parse(tmp_path, (
        "I. NHIỆM VỤ\n1. Các Trung tâm Lưu trữ quốc gia I, II, III rà soát tài liệu.\n"
        "2. TTLTQG III chủ trì, phối hợp với TTLTQG II số hóa tài liệu; các TTLTQG cập nhật dữ liệu.\n"
        "3. Các tổ chức tín dụng cho vay; TCTD báo cáo kết quả.\n"))
    found = [r for r in rows(tables) if "TTLTQG" in r[0] or "TCTD" in r[0]]
    assert found == [("TTLTQG III", "Trung tâm Lưu trữ quốc gia III", "lead"),
                     ("TTLTQG II", "Trung tâm Lưu trữ quốc gia II", "partner"),
                     ("các TTLTQG", "Các Trung tâm Lưu trữ quốc gia", "responsible")]


def test_a_line_typed_without_tone_marks_names_its_bodies():
    text = ("I. NHIỆM VỤ\n- Phòng Văn hóa - Xã hội chủ trì tuyên truyền.\n"
            "- Phong Kinh te chu tri, phoi hop voi Buu dien xa to chuc tap huan theo NQ-HDND.\n")
    working = textmap.build(text).text
    assert "Phòng Kinh tế chủ trì, phối hợp với Bưu điện xã tổ chức" in working
    assert "NQ-HDND" in working  # a symbol stays as typed
    plain = "- Phong Kinh te chu tri, phoi hop voi Buu dien xa\n"
    assert textmap.build(plain).text == plain  # a plan typed wholly without marks is left alone


def test_round111_group_short_name_after_cac():
    """`các cơ sở giáo dục (sau đây gọi tắt là CSGD)`: the initials spell the group's kind, so `Các
    CSGD`, `Hiệu trưởng các CSGD` are the group again, `các` in the span; `100% CSGD` counts schools."""
    text = ("trong các cơ sở giáo dục (sau đây gọi tắt là CSGD) năm học 2025-2026.\n"
            "- 100% CSGD xây dựng kế hoạch.\n"
            "- Các CSGD kiện toàn Tổ tư vấn.\n"
            "- Hiệu trưởng các CSGD phân công người làm công tác tư vấn.\n")
    working = textmap.build(text).text
    found = [(text[m.start:m.end], m.agency) for m in find_mentions(working, 0, len(working))]
    assert found == [("các cơ sở giáo dục", "Các cơ sở giáo dục"), ("Các CSGD", "Các cơ sở giáo dục"),
                     ("các CSGD", "Các cơ sở giáo dục")]


def test_round111_centre_branches():
    """A legal aid centre's own branches, written `Chi nhánh` with no name: all of them, each one, by number."""
    text = ("- Phòng Nghiệp vụ, các Chi nhánh chủ động phối hợp với Công an tỉnh.\n"
            "- mỗi Chi nhánh tổ chức tối thiểu 06 đợt.\n"
            "3. Các Chi nhánh số 1, 2, 3\n"
            "- Chi nhánh số 5, Chi nhánh số 6 phối hợp với Phòng Nghiệp vụ.\n"
            "- Các phòng, Chi nhánh báo cáo nhanh số liệu.\n")
    working = textmap.build(text).text
    names = [m.agency for m in find_mentions(working, 0, len(working))]
    assert names == ["Phòng Nghiệp vụ", "Các Chi nhánh", "Công an", "Chi nhánh", "Chi nhánh số 1, 2, 3",
                     "Chi nhánh số 5", "Chi nhánh số 6", "Phòng Nghiệp vụ", "Các phòng", "Các Chi nhánh"]


def test_round136_centre_initials_and_telecoms_in_brackets(tmp_path):
    """`TT CNTT&CĐS` in a sentence is the centre the plan names in full elsewhere; the telecoms a
    request lists in brackets after their plural are each requested."""
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Hạ tầng
TT CNTT&CĐS chủ trì, phối hợp với VNPT Gia Lai cấu hình mạng lõi.
2. Trung tâm Công nghệ thông tin và Chuyển đổi số
Chủ trì triển khai kỹ thuật.
3. Đề nghị các doanh nghiệp viễn thông (VNPT Gia Lai, Viettel Gia Lai, FPT Telecom Gia Lai)
- Cung cấp dịch vụ Internet.""")
    centre = "Trung tâm Công nghệ thông tin và Chuyển đổi số"
    assert rows(tables) == [("TT CNTT&CĐS", centre, "lead"), ("VNPT Gia Lai", "VNPT Gia Lai", "partner"),
                            (centre, centre, "lead"),
                            ("các doanh nghiệp viễn thông", "Các doanh nghiệp viễn thông", "requested"),
                            ("VNPT Gia Lai", "VNPT Gia Lai", "requested"),
                            ("Viettel Gia Lai", "Viettel Gia Lai", "requested"),
                            ("FPT Telecom Gia Lai", "FPT Telecom Gia Lai", "requested")]


def test_round137_commune_boards_and_branches():
    """A northern commune's boards keep their hamlets (`Ban công tác Mặt trận các xóm`); a branch's
    hamlets are where it works, out of its name; a clan's study board and a rapid-response team are bodies."""
    assert names("Hội Khuyến học xã phối hợp với Ban công tác Mặt trận các xóm, Ban khuyến học các dòng họ, "
                 "Tổ phản ứng nhanh; Chi hội khuyến học các xóm theo dõi.") == [
        "Hội Khuyến học", "Ban Công tác Mặt trận các xóm", "Ban khuyến học các dòng họ", "Tổ phản ứng nhanh",
        "Chi hội khuyến học"]


def test_a_run_of_numbered_offices_is_one_actor_with_its_range():
    """kh: `Thuế cơ sở 1 đến Thuế cơ sở 8` (or `Thuế cơ sở 1 - 8`) names the eight base tax
    offices together, one actor, as `Các KBNN khu vực I - XX` names the regional treasuries."""
    assert names("Thuế cơ sở 1 đến Thuế cơ sở 8 chủ trì rà soát hộ kinh doanh.") == ["Thuế cơ sở 1 - 8"]
    assert names("Thuế cơ sở 3 phối hợp với Phòng Quản lý hộ kinh doanh.")[0] == "Thuế cơ sở 3"


def test_a_hospital_department_s_own_work_in_small_letters_ends_its_name():
    """lc: `in ấn`, `thu gom riêng`, `không sử dụng`, `ưu tiên mua sắm` are what a department does,
    not words of its name."""
    assert names("Khoa Chẩn đoán hình ảnh thu gom riêng dung dịch thuốc hiện; Khoa Xét nghiệm thu gom riêng "
                 "hoá chất; Khoa Dinh dưỡng không sử dụng hộp xốp; Phòng Tài chính kế toán ưu tiên mua sắm "
                 "vật tư; Phòng Công tác xã hội in ấn, treo pano.") == [
        "Khoa Chẩn đoán hình ảnh", "Khoa Xét nghiệm", "Khoa Dinh dưỡng", "Phòng Tài chính kế toán",
        "Phòng Công tác xã hội"]


def test_a_group_given_a_short_name_once_keeps_its_own_name(tmp_path):
    """mo: `Các Công ty Điện lực tỉnh, thành phố (sau đây gọi là các PC)`: a later `các PC` is that
    group, by its name."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
- Các Công ty Điện lực tỉnh, thành phố (sau đây gọi là các PC) và Công ty Lưới điện cao thế miền Nam rà soát lưới điện.
- Ban Kỹ thuật chủ trì, phối hợp với Ban Kinh doanh và các PC rà soát các trạm biến áp.
""")
    assert [(a.agency, a.role) for a in tables["assignments"] if a.text == "các PC"] == [("Các Công ty Điện lực", "partner")]


def test_quarter_boards_listed_after_their_initials_each_name_their_quarter():
    assert names("Công an phường, BĐH KP 12, KP 13 phối hợp.") == [
        "Công an", "Ban điều hành khu phố 12", "Ban điều hành khu phố 13"]


def test_an_unnumbered_regional_treasury_is_the_regional_office():
    assert names("Kho bạc Nhà nước chỉ đạo Kho bạc Nhà nước khu vực phối hợp.") == [
        "Kho bạc Nhà nước", "Kho bạc Nhà nước khu vực"]


def test_a_kind_of_unit_written_with_a_small_head_after_cac_is_one_actor():
    """ny: `các phòng Quản lý, hỗ trợ doanh nghiệp` is every such office, its head as written;
    `số 2` ends a numbered office's name before its work."""
    assert names("Phòng Nghiệp vụ chủ trì, phối hợp với các phòng Quản lý, hỗ trợ doanh nghiệp và các Thuế cơ sở "
                 "theo dõi.") == ["Phòng Nghiệp vụ", "Các phòng Quản lý, hỗ trợ doanh nghiệp", "Các Thuế cơ sở"]
    assert names("phối hợp với Phòng Quản lý, hỗ trợ doanh nghiệp số 2 khai thác dữ liệu") == [
        "Phòng Quản lý, hỗ trợ doanh nghiệp số 2"]
    assert names("Bố trí các phòng học, phòng chức năng.") == []


def test_round200_police_units_listed_after_units_colon_lead(tmp_path):
    """`3. Các đơn vị: PA03, PC02, Trại tạm giam Công an tỉnh` (om): each unit the heading names by its
    code after the colon leads the item; the bare plural `Các đơn vị` only titles them."""
    body = ("I. TỔ CHỨC THỰC HIỆN\n1. Các đơn vị: PA03, PC02, Trại tạm giam Công an tỉnh\n"
            "Căn cứ chức năng, nhiệm vụ, chủ động xây dựng kế hoạch.\n")
    assert rows(parse(tmp_path, body)) == [
        ("PA03", "Phòng An ninh chính trị nội bộ", "lead"),
        ("PC02", "Phòng Cảnh sát hình sự", "lead"),
        ("Trại tạm giam Công an tỉnh", "Trại tạm giam", "lead")]


def test_round200_tab_row_wrapped_with_its_columns_kept(tmp_path):
    """A tab row whose name cell wraps onto a line that keeps the columns (`7<TAB>Công an các xã A, B,` /
    `<TAB>C, D<TAB>10<TAB>-<TAB>01`, om) is one row: its body is the whole list; the communes a table
    has not yet named keep `còn lại`."""
    body = ("I. CHỈ TIÊU\nTT\tĐơn vị thực hiện\tSố vụ phát hiện, bắt giữ\tĐường dây, tổ chức\n"
            "1\tCông an các xã Đại Từ, Chợ Mới,\n\tBa Bể, Na Rì\t10\t-\n"
            "2\tCông an các xã, phường còn lại (mỗi đơn vị)\t02\t-\n")
    got = [(agency, role) for _, agency, role in rows(parse(tmp_path, body))]
    assert got == [("Công an các xã Đại Từ, Chợ Mới, Ba Bể, Na Rì", "lead"),
                   ("Công an các xã, phường còn lại", "lead")]


def test_customs_units_by_initials_and_a_list_run_on_from_its_cue():
    """A customs branch's plan (pm): its gate units written `HQCK …` (`các HQCK` all of them), and a
    list of abbreviations run on from `* Chữ viết tắt:` with a dash in each entry gives the units'
    codes and a place's unit (`HQCK 29BB`, `HQ Vinh`); the list itself gives no one work."""
    text = ("* Chữ viết tắt: NSNN - ngân sách nhà nước; HQCK - Hải quan cửa khẩu; HQCK 29BB - Hải quan cửa "
            "khẩu quốc tế Nậm Cắn; HQ Vinh (29PF) - Hải quan Vinh.\n\n"
            "a) HQCK quốc tế Cầu Treo chủ trì, phối hợp với các HQCK kiểm soát.\n"
            "b) HQCK 29BB, HQ Vinh xây dựng kế hoạch chi tiết.\n")
    assert _found(text) == [
        ("HQCK quốc tế Cầu Treo", "Hải quan cửa khẩu quốc tế Cầu Treo"), ("các HQCK", "Các Hải quan cửa khẩu"),
        ("HQCK 29BB", "Hải quan cửa khẩu quốc tế Nậm Cắn"), ("HQ Vinh", "Hải quan Vinh")]


def test_a_note_line_of_entries_is_a_list_of_abbreviations():
    """A note under a table (po) spells out its offices' short names among other remarks, with no cue
    line: two entries in a row make it a list, and the offices' uses are theirs (`P.QLDA1`)."""
    text = ("Ghi chú:\n- Mục tiêu giải ngân tính lũy kế so với vốn giao năm 2027.\n"
            "- P.QLDA1: Phòng Quản lý dự án 1; P.KT: Phòng Kỹ thuật;\nV. NHIỆM VỤ\n"
            "- P.QLDA1 chủ trì, phối hợp với P.KT hoàn thiện hồ sơ.\n")
    assert _found(text) == [("P.QLDA1", "Phòng Quản lý dự án 1"), ("P.KT", "Phòng Kỹ thuật")]


def test_a_list_of_abbreviations_with_colons_run_on_from_its_cue_and_a_kind_before_its_branches():
    """A power company's plan (rv) runs its list on from `Chữ viết tắt:` with a colon in each entry;
    `ĐL: Điện lực` shortens a kind, not one body: `các ĐL` are all the branches, `ĐL Krông Pắc` one."""
    text = ("Chữ viết tắt: EVNCPC: Tổng công ty Điện lực miền Trung; P.KT: Phòng Kỹ thuật; ĐL: Điện lực; "
            "TBA: trạm biến áp.\n\n"
            "- Các ĐL rà soát TBA quá tải, gửi về P.KT trước ngày 25/12/2026.\n"
            "- ĐL Ea Kar - M'Drắk, ĐL Krông Pắc ưu tiên các trạm bơm; P.KT báo cáo EVNCPC.\n")
    assert _found(text) == [
        ("Các ĐL", "Các Điện lực"), ("P.KT", "Phòng Kỹ thuật"), ("ĐL Ea Kar - M'Drắk", "Điện lực Ea Kar - M'Drắk"),
        ("ĐL Krông Pắc", "Điện lực Krông Pắc"), ("P.KT", "Phòng Kỹ thuật"), ("EVNCPC", "Tổng công ty Điện lực miền Trung")]


def test_a_unit_written_with_initials_and_a_term_of_capitals():
    """`Khoa KSBT-HIV/AIDS` (pn) is the `Khoa Kiểm soát bệnh tật - HIV/AIDS` the plan writes out: the
    initials spell some words, `HIV/AIDS` stays as it is."""
    text = ("gửi về Trung tâm (qua Khoa Kiểm soát bệnh tật - HIV/AIDS).\n"
            "- Khoa KSBT-HIV/AIDS chủ trì, phối hợp Phòng Kế hoạch - Nghiệp vụ rà soát.\n")
    assert [name for _, name in _found(text)][-2:] == ["Khoa Kiểm soát bệnh tật - HIV/AIDS", "Phòng Kế hoạch - Nghiệp vụ"]


def test_missions_abroad_by_their_short_names_lead_their_rows(tmp_path):
    """A foreign ministry's rollout by mission (qp): `ĐSQ`, `TLSQ` and `CHLB` spelled out, a country in
    its lower-case words (`Liên bang Nga`) or syllable by syllable (`Ô-xtrây-li-a`, hyphens kept)."""
    body = ("I. LỘ TRÌNH\nSTT | Cơ quan đại diện thực hiện | Bắt đầu cấp hộ chiếu\n"
            "1 | ĐSQ Việt Nam tại CHLB Đức | Quý II/2026\n2 | TLSQ Việt Nam tại Busan | Quý II/2026\n"
            "3 | Đại sứ quán Việt Nam tại Ô-xtrây-li-a | Quý III/2026\n"
            "4 | Đại sứ quán Việt Nam tại Liên bang Nga | Quý IV/2026\n")
    assert [(agency, role) for _, agency, role in rows(parse(tmp_path, body))] == [
        ("Đại sứ quán Việt Nam tại Cộng hòa Liên bang Đức", "lead"),
        ("Tổng Lãnh sự quán Việt Nam tại Busan", "lead"),
        ("Đại sứ quán Việt Nam tại Ô-xtrây-li-a", "lead"),
        ("Đại sứ quán Việt Nam tại Liên bang Nga", "lead")]


def test_a_school_s_working_groups_and_its_secretariat_written_bare(tmp_path):
    """A school's accreditation plan (qo): numbered working groups lead their bullets or help when the
    bullet opens with `phối hợp`; the secretariat written bare is the one named in full."""
    body = ("I. HỘI ĐỒNG\n1. Ban Thư ký Hội đồng TĐG\nGồm 03 người.\n2. Các nhóm công tác\n"
            "+ Nhóm công tác 1: thu thập, xử lý minh chứng; phối hợp với Tổ Văn phòng rà soát hồ sơ.\n"
            "+ Nhóm công tác 4: phối hợp với Ban đại diện CMHS thu thập biên bản họp.\n"
            "- Ban Thư ký tiếp thu, hoàn thiện dự thảo.\n")
    got = [(agency, role) for _, agency, role in rows(parse(tmp_path, body))]
    assert ("Nhóm công tác 1", "lead") in got and ("Nhóm công tác 4", "partner") in got
    assert ("Ban Thư ký Hội đồng tự đánh giá", "responsible") in got


def test_an_issuer_s_own_unit_wins_over_a_sector_s_initials():
    """A museum's `Phòng NV` is the `Phòng Nghiệp vụ` it writes out (te), not `Phòng Nội vụ`; where the
    plan writes no such unit the initials keep their usual reading."""
    own = ("- Phòng Nghiệp vụ chủ trì rà soát sổ kiểm kê.\n"
           "- Phòng NV chủ trì; Phòng HC-TH phối hợp mua sắm thiết bị.\n")
    assert _found(own)[1] == ("Phòng NV", "Phòng Nghiệp vụ")
    assert _found("- Phòng NV chủ trì, phối hợp với Phòng Tư pháp.\n")[0] == ("Phòng NV", "Phòng Nội vụ")


def test_names_on_a_line_typed_without_tone_marks():
    """A commune clerk's line without tone marks (tj, td): the department by its initials, the
    women's branch head as her branch, a numbered market-control team."""
    text = ("Kế hoạch có dấu.\n"
            "* Chi hoi truong phu nu cac thon lap danh sach hoc vien, gui ve Phong VH-XH truoc ngay 15/3.\n"
            "Phoi hop voi Phong Kinh te xa, Doi Quan ly thi truong so 8 kiem tra, ngan chan.\n")
    work = textmap.build(text).text
    assert [name for _, name in _found(work)] == [
        "Chi hội phụ nữ", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Đội Quản lý thị trường số 8"]


def test_village_heads_named_with_their_villages():
    """`Trưởng bản Tổng Chai, bản Yên Thành, bản Chi Khê hướng dẫn …` (td): one actor, the list kept."""
    assert _found("- Trưởng bản Tổng Chai, bản Yên Thành, bản Chi Khê hướng dẫn các hộ.\n") == [
        ("Trưởng bản Tổng Chai, bản Yên Thành, bản Chi Khê", "Trưởng bản Tổng Chai, bản Yên Thành, bản Chi Khê")]


@pytest.mark.parametrize("line, expected", [
    ("- Phòng KT-HT&ĐT phối hợp với Cảng vụ ĐTNĐ tỉnh, đơn vị quản lý khai thác cảng, bến tổ chức hội nghị",
     ["Phòng Kinh tế, Hạ tầng và Đô thị", "Cảng vụ Đường thủy nội địa", "Đơn vị quản lý khai thác cảng, bến"]),
    ("8. Các doanh nghiệp quản lý, khai thác cảng, bến; chủ tàu", ["Các doanh nghiệp quản lý, khai thác cảng, bến"]),
    ("• Tổ trưởng các tổ trực báo cáo nhanh kết quả", ["Các tổ trực"]),
    ("- Hiệp hội Doanh nghiệp tỉnh, Hội Chế biến gỗ Đồng Nai, Hội Doanh nhân trẻ tỉnh: phổ biến thông tin",
     ["Hiệp hội Doanh nghiệp", "Hội Chế biến gỗ Đồng Nai", "Hội Doanh nhân trẻ"]),
    ("Sở Công Thương, Ban Quản lý các khu công nghiệp Đồng Nai phối hợp",
     ["Sở Công Thương", "Ban Quản lý các khu công nghiệp Đồng Nai"]),
    ("a) Các sở chuyên ngành rà soát dự thảo văn bản", ["Các sở chuyên ngành"]),
    ("- Ban CTMT các TDP", ["Ban Công tác Mặt trận các tổ dân phố"]),
    ("1. Tại mỗi hội nghị, Ban công tác Mặt trận TDP nơi tổ chức cử thư ký ghi biên bản",
     ["Ban Công tác Mặt trận tổ dân phố nơi tổ chức"]),
])
def test_round233_names(line, expected):
    """Round 233 (tp, tq, tr): a waterway port authority by its initials, the units that run a port
    and its landings, duty teams by their heads, a province's trade association with its place, the
    Front's board of the quarters by its initials and of the quarter that hosts a meeting."""
    assert names(line) == expected
