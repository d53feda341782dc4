"""The working copy joins a syllable a PDF hyphenated across a line end, and no real hyphen."""

import pytest

from pipeline.normalise import textmap
from pipeline.normalise.agency_names import find_mentions


def working(text: str) -> str:
    work = textmap.build(text)
    assert len(work.text) == len(text)
    return work.text


def test_a_syllable_split_at_a_line_end_is_joined_where_it_ends():
    text = "Cơ quan chủ trì: Sở Nông nghiệp và Môi trư-\nờng; thời gian: trước ngày 30/6/2027.\n"
    shown = working(text)
    assert "Sở Nông nghiệp và Môi   trường;" in shown
    # the joined word ends where the written one ends (the offset rule)
    assert shown.index("trường") + len("trường") == text.index("ờng") + len("ờng")


def test_a_syllable_split_after_a_comma_list():
    assert "các xã,   phường có" in working("phối hợp với Ủy ban nhân dân các xã, phư-\nờng có cụm công nghiệp.\n")


@pytest.mark.parametrize("text", [
    "phát triển kinh tế -\nxã hội của tỉnh.\n",  # a spaced dash between words
    "Phòng Văn hóa -\nXã hội chủ trì.\n",
    "phòng, chống dịch Covid-\n19 trên địa bàn.\n",  # not letters
    "tỉnh Bà Rịa-\nVũng Tàu chủ trì.\n",  # the second half in capitals
    "Văn hóa-\nxã hội của tỉnh.\n",  # two words: `hóaxã` is no syllable
    "học tập e-\nlearning-based cho giáo viên.\n",  # a half joined to a third
])
def test_a_real_hyphen_stays(text):
    assert "-" in working(text)


def test_no_join_in_a_table_row():
    text = "STT | Đơn vị | Nội dung\n1 | Sở Nông nghiệp và Môi trư-\nờng | Chủ trì\n"
    assert "trường" not in working(text)


WRAPPED = """V. TỔ CHỨC THỰC HIỆN
1. Phòng Lao động - Thương binh và Xã hội
Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân huyện triển khai thực hiện Kế hoạch này;
hướng dẫn các xã, thị trấn rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều giai đoạn
2022 - 2025; tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân huyện theo quy định hiện hành.
7. Phòng Văn hoá và Thông tin, Trung tâm Văn hóa - Thể thao huyện
Đẩy mạnh thông tin, tuyên truyền về giảm nghèo bền vững; phát hiện, biểu dương các mô hình, điển
hình tiên tiến trong công tác giảm nghèo; phối hợp với các xã, thị trấn tổ chức các hoạt động.
8. Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam huyện, các đoàn thể chính trị - xã hội và
Hội Liên hiệp Phụ nữ huyện tổ chức vận động Nhân dân tham gia thực hiện Chương trình giảm nghèo.
"""


def test_a_numbered_heading_keeps_its_line_before_its_duties_in_a_wrapped_text():
    lines = working(WRAPPED).split("\n")
    # the heading stands alone although it fills most of a line: its duties open with a verb in capitals
    assert "7. Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao huyện" in lines  # (re-toned)
    # a sentence wrapped before a body's name still goes on (`… và` / `Hội Liên hiệp Phụ nữ …`)
    assert not any(line.startswith("Hội Liên hiệp") for line in lines)


def test_a_row_that_begins_with_a_word_cut_at_a_line_end_begins_with_its_first_half(tmp_path):
    from tests.conftest import parse_plan_text

    text = ("KẾ HOẠCH\nTổ chức Tuần lễ du lịch năm 2026\n\nI. NHIỆM VỤ\n"
            "1. Công an tỉnh phối hợp với các phường xử lý các hành vi vi phạm theo Ngh\n"
            "ị định số 45/2019/NĐ-CP ngày 21/5/2019 của Chính phủ.\n")
    [reference] = [row for row in parse_plan_text(tmp_path, text)["references"] if row.number == "45/2019/NĐ-CP"]
    assert reference.text.startswith("Ngh\nị định số 45/2019")


def test_a_word_broken_at_a_soft_hyphen_is_joined_and_read_as_a_name():
    shown = working("Cơ quan phối hợp: Hiệp hội\nDoanh nghi\u00adệp tỉnh; "
                    "Cơ quan chủ trì: Sở Nông nghiệp và Môi trư\u00ad\nờng; Thời gian: 2026.\n")
    assert "Doanh nghiệp  tỉnh;" in shown
    assert "Sở Nông nghiệp và Môi trường  ;" in shown


def test_the_name_around_a_joined_syllable_is_found():
    from pipeline.normalise.agency_names import find_mentions
    text = "Công an tỉnh chủ trì, phối hợp với Sở Nông nghiệp và Môi trư-\nờng tổ chức đối sánh.\n"
    work = textmap.build(text).text
    assert "Sở Nông nghiệp và Môi trường" in [m.agency for m in find_mentions(work, 0, len(work))]


def test_a_syllable_cut_by_a_zero_width_space_is_joined_and_two_syllables_are_parted():
    # ew: a web page left U+200B inside `Khuyến` and `đồng`; between `học` and `tập` it is their space
    shown = working("- Hội Khuy\u200bến học xã chủ trì, phối hợp Trung tâm học\u200btập cộng đ\u200bồng xã.\n")
    assert "Hội Khuyến  học xã" in shown
    assert "Trung tâm học tập cộng đồng  xã" in shown


def test_two_words_hyphenated_across_a_line_end_read_as_two_words():
    text = "Phối hợp với Đội Quản lý trật tự đô-\nthị phường kiểm tra; Ban điều-\nhành các khu phố vận động.\n"
    shown = working(text)
    assert "trật tự đô  thị phường" in shown and "Ban điều  hành các khu phố" in shown
    found = [m.agency for m in find_mentions(shown, 0, len(shown))]
    assert "Đội Quản lý trật tự đô thị" in found and "Ban điều hành các khu phố" in found


def test_a_compounds_tight_dash_before_xa_hoi_stays():
    assert "-" in working("các tổ chức chính trị-\nxã hội tham gia.\n")
