"""Header fields of bodies the 2025 reform renamed, and of steering committees named
by their field."""

from pathlib import Path

from pipeline.document import parse_document

BODY = """
KẾ HOẠCH
Thu ngân sách nhà nước năm 2026

I. MỤC ĐÍCH
1. Mục đích chung.

Nơi nhận:
- Cục Thuế (để b/c);
- Lưu: VT.

{closing}
"""


def document_of(tmp_path: Path, header: str, closing: str = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An"):
    path = tmp_path / "plan.txt"
    path.write_text(header + BODY.format(closing=closing), encoding="utf-8")
    out = parse_document(path, "plan.txt")
    assert not out.tables["errors"], out.tables["errors"]
    return out.tables["documents"][0]


def test_the_lowest_line_of_the_header_is_the_provincial_tax_office(tmp_path):
    doc = document_of(tmp_path, "BỘ TÀI CHÍNH\nCỤC THUẾ\n**THUẾ TỈNH ĐẮK LẮK**\n\nSố: 58/KH-DLA\n",
                      "KT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\n\nTrần Quốc Hưng")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Thuế tỉnh Đắk Lắk", "tinh", "Đắk Lắk")
    assert (doc.signer_title, doc.signer_name) == ("PHÓ TRƯỞNG THUẾ TỈNH", "Trần Quốc Hưng")


def test_a_regional_branch_has_no_level(tmp_path):
    doc = document_of(tmp_path, "BỘ TÀI CHÍNH\nKHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC KHU VỰC XIV\n\nSố: 5/KH-KBNN\n")
    assert (doc.issuer, doc.issuer_level) == ("Kho bạc Nhà nước khu vực XIV", None)


def test_a_tax_department_of_before_the_reform_keeps_its_cuc(tmp_path):
    doc = document_of(tmp_path, "TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH ĐẮK LẮK\n\nSố: 5/KH-CT\n")
    assert doc.issuer != "Thuế tỉnh Đắk Lắk"


def test_a_steering_committee_named_by_its_field(tmp_path):
    doc = document_of(tmp_path, "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nBAN CHỈ ĐẠO LIÊN NGÀNH\nVỀ AN TOÀN THỰC PHẨM\n-------\n"
                                "Số: 45/KH-BCĐLN\n")
    assert doc.issuer == "Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Lâm Đồng"
    assert doc.province == "Lâm Đồng"


def test_of_two_signatures_side_by_side_the_left_one_signs(tmp_path):
    """A joint plan's signatures stand side by side; the working copy may join their lines."""
    closing = ("KT. GIÁM ĐỐC                                    TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\n"
               "PHÓ GIÁM ĐỐC                                    BÍ THƯ\n"
               "(Đã ký)                                         (Đã ký)\n"
               "Đại tá Trần Hồng Phúc                           Nguyễn Thị Thu Hằng")
    doc = document_of(tmp_path, "CÔNG AN TỈNH HÀ TĨNH\n\nSố: 5/KHPH-CAT-TĐ\n", closing)
    assert (doc.signer_title, doc.signer_name) == ("PHÓ GIÁM ĐỐC", "Trần Hồng Phúc")
