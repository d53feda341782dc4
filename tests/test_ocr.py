"""OCR repairs of the working copy: a scan's misreadings put right one character for
one, real words and codes left alone, documents.text untouched."""

import pytest

from pipeline import rules
from pipeline.normalise import ocr, textmap


def repaired(text: str) -> str:
    work = textmap.build(text)
    assert work.original == text and len(work.text) == len(text)
    return work.text


@pytest.mark.parametrize("written,reads", [
    ("ít nhất 1O% so với", "ít nhất 10% so với"),
    ("c) l00 % ổ dịch", "c) 100 % ổ dịch"),
    ("hoàn thành trước ngày 3O/4/2024.", "hoàn thành trước ngày 30/4/2024."),
    ("theo Quyết định số 276O/QĐ-BYT;", "theo Quyết định số 2760/QĐ-BYT;"),
    ("trong tháng 7/2O24, đợt 3", "trong tháng 7/2024, đợt 3"),
    ("trước ngày l0/12 hằng năm", "trước ngày 10/12 hằng năm"),
    ("Thời gian: Quý lI/2024.", "Thời gian: Quý II/2024."),
    ("Ủy ban nhân dàn huyện Đức Hòa", "Ủy ban nhân dân huyện Đức Hòa"),
    ("Công chức Văn hóa - Xã hôi chủ trì", "Công chức Văn hóa - Xã hội chủ trì"),
    ("c) Uy ban nhân dân các xã, phường", "c) Ủy ban nhân dân các xã, phường"),
    ("UY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN", "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN"),
    ("c) Sở Giáo duc và Đào tạo chủ trì", "c) Sở Giáo dục và Đào tạo chủ trì"),
    ("Quyết dịnh số 46/2015/QĐ-TTg ngày 28/9/2015", "Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015"),
    # a lost tone mark before `định`, an `l` for `1` opening a numbered heading
    ("theo Nghi định số 07/2021/NĐ-CP", "theo Nghị định số 07/2021/NĐ-CP"),
    ("l. Mục đích\n2. Yêu cầu", "1. Mục đích\n2. Yêu cầu"),
    ("Phòng Tài chinh - Kế hoạch; Phòng Nông nghiêp và PTNT", "Phòng Tài chính - Kế hoạch; Phòng Nông nghiệp và PTNT"),
    # the words of a written date read with a wrong mark (the date line of a scanned plan)
    ("Số: 112 /KH-STP      Phú Thọ, ngảy 16 thảng 01 nãm 2026", "Số: 112 /KH-STP      Phú Thọ, ngày 16 tháng 01 năm 2026"),
    # a capital `Đ` that lost its bar (a scanned commune plan, td)
    ("7. Dề nghị Dội Quản lý thị trường số 8", "7. Đề nghị Đội Quản lý thị trường số 8"),
    ("hành quy định; Doàn Thanh niên xã chủ trì", "hành quy định; Đoàn Thanh niên xã chủ trì"),
])
def test_misreadings_are_repaired(written, reads):
    assert repaired(written) == reads


@pytest.mark.parametrize("text", [
    "Dự án BOT, chứng nhận ISO 9001:2015, hệ thống IOT.",
    "Phòng, chống COVID-19; cấp O2 y tế; nước H2O; khí CO2; F0 cách ly.",
    "Thời gian: Quý I/2024; Quý II năm 2024.",
    "Mỗi hộ trữ 20l nước sạch; lắp đặt, lý lịch, Phần lớn.",
    "l) Sở Y tế chủ trì",
    "công nhân dàn dựng sân khấu; vải thiều; mùi hôi",
    "việc quy ban hành văn bản; anh Duc Anh",
    "ông Dịnh ký; hạt dịnh",
    "không nghi ngờ gì; hoài nghi; theo mục l. thì",
    "chinh phục đỉnh cao; người tài chinh phục",
    "Hà Noi, ngay 16 thang 01 nam 2026; tháng 5 nắm bắt tình hình; ông ngáy to",
])
def test_real_words_and_codes_are_left_alone(text):
    assert repaired(text) == text


def test_a_roman_heading_read_with_l_climbs_the_ladder(tmp_path):
    from tests.test_segment import parse_text
    body = ("KẾ HOẠCH\nPhòng, chống dịch năm 2024\n\nI. MỤC ĐÍCH\nNội dung.\nII. MỤC TIÊU\n"
            "III. NHIỆM VỤ\n1. Tuyên truyền\nlV. KINH PHÍ\nNgân sách xã.\nV. TỔ CHỨC THỰC HIỆN\n"
            "1. Trạm Y tế xã\nVl. CHẾ ĐỘ BÁO CÁO\nHằng tháng.\n")
    _, sections = parse_text(tmp_path, body)
    tree = {s.section_id: s for s in sections}
    assert list(tree) == ["I", "II", "III", "III/1", "IV", "V", "V/1", "VI"]
    assert tree["IV"].kind == "budget" and tree["VI"].kind == "reporting"


def test_every_match_example_holds_a_trigger():
    """A rule is only matched where one of its triggers stands: each example a rule
    must match has to hold one, or the repair would never be tried."""
    for rule in rules.load("ocr"):
        for example in rule.examples_match:
            assert any(t in example for t in ocr.triggers(rule)), (rule.id, example)
        assert rule.get("map") or len(rule.get("to")) == len(rule.pattern.search(rule.examples_match[0]).group())


def test_a_clean_plan_has_nothing_to_repair():
    text = "Sở Y tế chủ trì, phối hợp với Ủy ban nhân dân các xã.\n" * 50
    assert ocr.repairs(text) == []
