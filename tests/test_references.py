"""references: citations as plans write them, and the graph of what a plan implements."""

import datetime as dt
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.document import parse_document

from .conftest import parse_plan_text

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"

HEADER = """ỦY BAN NHÂN DÂN
TỈNH GIA LAI
Số: 12/KH-UBND
Gia Lai, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
{title}

{opening}

I. MỤC ĐÍCH, YÊU CẦU
"""
FOOTER = """

Nơi nhận:
- Như trên;
- Lưu: VT.
"""
TITLE = "Triển khai thực hiện Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ trên địa bàn tỉnh"
OPENING = ("Thực hiện Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ phê duyệt Chương trình hành "
           "động; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")


def references(tmp_path: Path, body: str, title: str = TITLE, opening: str = OPENING):
    return parse_plan_text(tmp_path, HEADER.format(title=title, opening=opening) + body + FOOTER)["references"]


def in_body(rows):
    return [r for r in rows if r.relation == "mention"]


def only(rows):
    assert len(rows) == 1, [r.text for r in rows]
    return rows[0]


def test_title_and_opening_are_what_the_plan_implements(tmp_path):
    rows = references(tmp_path, "1. Cụ thể hóa các nhiệm vụ tại Quyết định số 155/QĐ-TTg ngày 20/01/2026.")
    assert [(r.text, r.relation) for r in rows] == [
        ("Quyết định số 155/QĐ-TTg", "basis"),
        ("Quyết định số 155/QĐ-TTg", "basis"),
        ("Quyết định số 155/QĐ-TTg", "mention"),
    ]
    first = rows[0]
    assert (first.ref_type, first.number, first.issued_date, first.issuer, first.key) == (
        "Quyết định", "155/QĐ-TTg", dt.date(2026, 1, 20), "Thủ tướng Chính phủ", "155/QĐ-TTg@2026")
    assert first.section_id is None and rows[2].section_id == "I/1"


@pytest.mark.parametrize("sentence,ref_type,number,issued,issuer", [
    ("Chỉ thị số 21- CT/TW ngày 04/5/2023 của Ban Bí thư Trung ương Đảng về tăng cường",
     "Chỉ thị", "21-CT/TW", dt.date(2023, 5, 4), "Ban Bí thư"),
    ("Nghị định 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính sách trợ giúp xã hội",
     "Nghị định", "20/2021/NĐ-CP", dt.date(2021, 3, 15), "Chính phủ"),
    ("Nghị quyết 07/2029/NQ-HĐND ngày 10/12/2019 của Hội đồng nhân dân tỉnh quy định quà tặng",
     "Nghị quyết", "07/2029/NQ-HĐND", dt.date(2019, 12, 10), "Hội đồng nhân dân tỉnh"),
    ("Chương trình số 111-Ctr/HU ngày 28/01/2019 của Ban Chấp hành Đảng bộ huyện khóa XVIII về thực hiện",
     "Chương trình", "111-Ctr/HU", dt.date(2019, 1, 28), "Ban Chấp hành Đảng bộ huyện khóa XVIII"),
    ("Chương trình hành động số 99-CTr/TU, ngày 16 tháng 01 năm 2025 của Tỉnh ủy thực hiện",
     "Chương trình", "99-CTr/TU", dt.date(2025, 1, 16), "Tỉnh ủy"),
    ("Chương trình số 81-CTr/TU, ngày 15-4-2024 của Ban Chấp hành Đảng bộ tỉnh khóa XVI về thực hiện",
     "Chương trình", "81-CTr/TU", dt.date(2024, 4, 15), "Ban Chấp hành Đảng bộ tỉnh khóa XVI"),
    ("Nghị quyết số 42-NQ/TW, ngày 24 tháng 11 năm 2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục",
     "Nghị quyết", "42-NQ/TW", dt.date(2023, 11, 24), "Ban Chấp hành Trung ương Đảng khóa XIII"),
    ("Quyết định số 650/QĐ-LĐTBXH ngày 09/6/2021 của Bộ Lao động – Thương binh và Xã hội ban hành Kế hoạch",
     "Quyết định", "650/QĐ-LĐTBXH", dt.date(2021, 6, 9), "Bộ Lao động - Thương binh và Xã hội"),
    ("Kế hoạch số 39/KH-UBND ngày 25/4/2019 của Ủy ban nhân dân huyện về việc triển khai",
     "Kế hoạch", "39/KH-UBND", dt.date(2019, 4, 25), "Ủy ban nhân dân huyện"),
    ("Kết luận số 127-KL/TW ngày 27/02/2025 của Bộ Chính trị, Ban Bí thư về triển khai",
     "Kết luận", "127-KL/TW", dt.date(2025, 2, 27), "Bộ Chính trị"),
    ("Luật số 146/2025/QH15 của Quốc hội", "Luật", "146/2025/QH15", None, "Quốc hội"),
    ("Thông tư số 05/2024/TT-BLĐTBXH hướng dẫn", "Thông tư", "05/2024/TT-BLĐTBXH", None, None),
    ("Văn bản số 567/SNV-TCBC ngày 02/02/2026 của Sở Nội vụ về việc",
     "Công văn", "567/SNV-TCBC", dt.date(2026, 2, 2), "Sở Nội vụ"),
    ("Thông báo số 45-TB/TU của Tỉnh ủy", "Thông báo", "45-TB/TU", None, "Tỉnh ủy"),
    # a joint letter of two bodies is a type of its own
    ("Văn bản liên tịch số 2130/VBLT-NHCS-HNDTW ngày 12/9/2025 giữa Ngân hàng Chính sách xã hội và Hội Nông dân",
     "Văn bản liên tịch", "2130/VBLT-NHCS-HNDTW", dt.date(2025, 9, 12), None),
    ("Tờ trình số 45/TTr-SYT ngày 01/3/2026", "Tờ trình", "45/TTr-SYT", dt.date(2026, 3, 1), None),
    ("Đề án số 06-ĐA/TU của Tỉnh ủy", "Đề án", "06-ĐA/TU", None, "Tỉnh ủy"),
    ("Pháp lệnh số 02/2020/UBTVQH14", "Pháp lệnh", "02/2020/UBTVQH14", None, None),
    # a joint rule of two bodies, named with what it rules
    ("Quy chế phối hợp số 12/QCPH-SYT-BHXH ngày 10/3/2023 giữa Sở Y tế và Bảo hiểm xã hội tỉnh", "Quy chế",
     "12/QCPH-SYT-BHXH", dt.date(2023, 3, 10), None),
    # a law cited by its name and number
    ("Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09/01/2023", "Luật", "15/2023/QH15", dt.date(2023, 1, 9), None),
    ("Luật Bảo hiểm xã hội số 58/2014/QH13 ngày 20 tháng 11 năm 2014 của Quốc hội", "Luật", "58/2014/QH13",
     dt.date(2014, 11, 20), "Quốc hội"),
    # a code (`Bộ luật`) is its own type, as the gold reads it (f6, i0, vi)
    ("Bộ luật Lao động số 45/2019/QH14", "Bộ luật", "45/2019/QH14", None, None),
    # named with its year, the number in brackets
    ("Luật Nhà ở năm 2023 (số 27/2023/QH15) tới doanh nghiệp", "Luật", "27/2023/QH15", None, None),
    # the type abbreviated, as its symbol spells it
    ("NĐ 79/2025/NĐ-CP ngày 01/4/2025 của Chính phủ về kiểm tra", "Nghị định", "79/2025/NĐ-CP",
     dt.date(2025, 4, 1), "Chính phủ"),
    ("QĐ số 1234/QĐ-UBND ngày 15 tháng 12 năm 2025 của UBND tỉnh ban hành Danh mục", "Quyết định", "1234/QĐ-UBND",
     dt.date(2025, 12, 15), "Ủy ban nhân dân tỉnh"),
    ("NQ số 66-NQ/TW của Bộ Chính trị", "Nghị quyết", "66-NQ/TW", None, "Bộ Chính trị"),
    ("KH 103/KH-UBND ngày 17/3/2026", "Kế hoạch", "103/KH-UBND", dt.date(2026, 3, 17), None),
    ("Báo cáo số 25/BC-STP ngày 12/01/2026 của Sở Tư pháp", "Báo cáo", "25/BC-STP", dt.date(2026, 1, 12), "Sở Tư pháp"),
    # the citation in brackets after the name, its date after them
    ("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân (Luật số 87/2015/QH13) ngày 20 tháng 11 năm 2015",
     "Luật", "87/2015/QH13", dt.date(2015, 11, 20), None),
])
def test_citations(tmp_path, sentence, ref_type, number, issued, issuer):
    row = only(in_body(references(tmp_path, f"1. Thực hiện tốt {sentence}.")))
    assert (row.ref_type, row.number, row.issued_date, row.issuer) == (ref_type, number, issued, issuer)


@pytest.mark.parametrize("sentence,key", [
    ("Nghị định 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ", "20/2021/NĐ-CP@2021"),
    ("Kế hoạch số 103/KH-UBND ngày 17/3/2026 của Ủy ban nhân dân tỉnh", "103/KH-UBND@2026"),
    ("Nghị quyết số 68/NQ-CP", "68/NQ-CP@?"),
])
def test_keys_join_documents(tmp_path, sentence, key):
    assert only(in_body(references(tmp_path, f"1. Bám sát {sentence}."))).key == key


def test_the_plans_own_number_is_no_reference(tmp_path):
    """A PDF repeats the plan's number at page tops; an earlier plan of that symbol, dated, is one."""
    rows = in_body(references(tmp_path, "1. Nội dung\n- 2 -\nKế hoạch số 12/KH-UBND\nTriển khai thực hiện.\n"
                                        "2. Thay thế Kế hoạch số 12/KH-UBND ngày 05/01/2025 của UBND tỉnh.\n"))
    assert [(r.number, r.issued_date) for r in rows] == [("12/KH-UBND", dt.date(2025, 1, 5))]


def test_upper_case_title(tmp_path):
    title = ("THỰC HIỆN CHƯƠNG TRÌNH SỐ 99-CTR/TU, NGÀY 16 THÁNG 01 NĂM 2025 CỦA TỈNH ỦY GIA LAI VỀ THỰC HIỆN "
             "NGHỊ QUYẾT SỐ 42-NQ/TW")
    rows = references(tmp_path, "1. Triển khai thực hiện.", title=title, opening="Ủy ban nhân dân tỉnh ban hành Kế hoạch:")
    assert [(r.ref_type, r.number, r.issued_date, r.issuer, r.relation) for r in rows] == [
        ("Chương trình", "99-CTr/TU", dt.date(2025, 1, 16), "Tỉnh ủy Gia Lai", "basis"),
        ("Nghị quyết", "42-NQ/TW", None, None, "basis"),
    ]


def test_back_reference_by_number_only(tmp_path):
    opening = ("Thực hiện Quyết định số 161/QĐ-TTg ngày 25/01/2016 của Thủ tướng Chính phủ ( sau đây gọi tắt là "
               "Quyết định số 161 ); Ủy ban nhân dân tỉnh ban hành Kế hoạch:")
    rows = references(tmp_path, "1. Thực hiện các nhiệm vụ tại Quyết định số 161 (gồm các nhiệm vụ bảo tồn).",
                      title="Thực hiện Đề án ASEAN", opening=opening)
    assert [(r.text, r.number, r.issued_date, r.key, r.relation) for r in rows] == [
        ("Quyết định số 161/QĐ-TTg", "161/QĐ-TTg", dt.date(2016, 1, 25), "161/QĐ-TTg@2016", "basis"),
        ("Quyết định số 161", "161/QĐ-TTg", dt.date(2016, 1, 25), "161/QĐ-TTg@2016", "basis"),
        ("Quyết định số 161", "161/QĐ-TTg", dt.date(2016, 1, 25), "161/QĐ-TTg@2016", "mention"),
    ]


def test_a_list_of_numbers_after_one_type_word(tmp_path):
    rows = in_body(references(tmp_path, "1. Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2026 và số 13/QĐ-UBND "
                                        "ngày 06/01/2026 của Ủy ban nhân dân tỉnh."))
    assert [(r.text, r.ref_type, r.number, r.issued_date, r.issuer) for r in rows] == [
        ("Quyết định số 12/QĐ-UBND", "Quyết định", "12/QĐ-UBND", dt.date(2026, 1, 5), "Ủy ban nhân dân tỉnh"),
        ("số 13/QĐ-UBND", "Quyết định", "13/QĐ-UBND", dt.date(2026, 1, 6), "Ủy ban nhân dân tỉnh"),
    ]


def test_a_number_alone_that_nothing_explains_is_no_citation(tmp_path):
    assert in_body(references(tmp_path, "1. Thực hiện Quyết định số 12 của Ủy ban.")) == []


def test_a_repeat_without_its_date_takes_the_first_mention(tmp_path):
    rows = in_body(references(tmp_path, "1. Quán triệt Nghị quyết số 42-NQ/TW, ngày 24-11-2023 của Ban Chấp hành "
                                        "Trung ương Đảng.\n2. Thực hiện Nghị quyết số 42-NQ/TW."))
    assert [(r.issued_date, r.key) for r in rows] == [(dt.date(2023, 11, 24), "42-NQ/TW@2023")] * 2


def test_a_law_by_name_and_number_in_the_opening_is_basis(tmp_path):
    opening = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
               "Căn cứ Luật Việc làm số 38/2013/QH13 ngày 16 tháng 11 năm 2013;")
    rows = references(tmp_path, "1. Triển khai thực hiện.", title="Kế hoạch việc làm năm 2026", opening=opening)
    assert [(r.text, r.number, r.issued_date, r.relation) for r in rows] == [
        ("Luật Việc làm số 38/2013/QH13", "38/2013/QH13", dt.date(2013, 11, 16), "basis")]


def test_a_decision_a_standard_is_issued_with_is_cited_in_the_body(tmp_path):
    # `kèm theo` marks the plan's own decision only above its first heading
    rows = in_body(references(tmp_path, "1. Ít nhất 95% xã đạt Bộ tiêu chí quốc gia về y tế xã (ban hành kèm theo "
                                        "Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế)."))
    assert [(r.number, r.issued_date, r.issuer) for r in rows] == [("1300/QĐ-BYT", dt.date(2023, 3, 9), "Bộ Y tế")]


def test_a_proposal_in_the_opening_is_no_basis(tmp_path):
    opening = ("Căn cứ Kế hoạch số 103/KH-UBND ngày 17/3/2026 của Ủy ban nhân dân tỉnh;\n"
               "Xét đề nghị của Sở Y tế tại Tờ trình số 45/TTr-SYT ngày 01/3/2026.")
    rows = references(tmp_path, "1. Triển khai thực hiện.", title="Kế hoạch y tế năm 2026", opening=opening)
    assert [(r.number, r.relation) for r in rows] == [("103/KH-UBND", "basis"), ("45/TTr-SYT", "mention")]


@pytest.mark.parametrize("sentence", [
    "1. Thực hiện hiệu quả các quy định của Luật Người khuyết tật, Luật Người cao tuổi.",
    "1. Triển khai Kế hoạch phát triển giáo dục và Đào tạo giai đoạn 2021 - 2025 trên địa bàn tỉnh.",
    "1. Tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 5 (khóa XI) về chính sách xã hội.",
    "1. Thực hiện Chương trình 135 và Đề án 06 của Chính phủ.",
    "1. Tổ chức sơ kết giữa kỳ thực hiện Kế hoạch (02 năm) theo quy định.",
    "1. Các sở báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12/2021.",
])
def test_not_references(tmp_path, sentence):
    assert in_body(references(tmp_path, sentence)) == []


def test_joint_documents_are_types_of_their_own(tmp_path):
    rows = in_body(references(tmp_path, "1. Bảo đảm phòng y tế đạt chuẩn theo quy định tại Thông tư liên tịch số "
                                        "13/2016/TTLT-BYT-BGDĐT ngày 12/5/2016 của Bộ Y tế và Bộ Giáo dục và Đào tạo; "
                                        "Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTUMTTQVN; Thông tư số 05/2024/TT-BYT."))
    assert [(r.ref_type, r.number, r.issued_date) for r in rows] == [
        ("Thông tư liên tịch", "13/2016/TTLT-BYT-BGDĐT", dt.date(2016, 5, 12)),
        ("Nghị quyết liên tịch", "09/2008/NQLT-CP-UBTUMTTQVN", None),
        ("Thông tư", "05/2024/TT-BYT", None)]


def test_a_symbol_a_pdf_wrapped_at_its_hyphen_and_a_footer_with_the_plans_own_number(tmp_path):
    """`1316/QĐ-` / `TTg`: one symbol, its text across the line break; the running footer
    `Kế hoạch số 12/KH-UBND – Trang 2` is the plan's page, no citation; `QĐ- Thủ tướng`
    is no wrapped symbol."""
    body = ("1. Cụ thể hoá các nhiệm vụ được Thủ tướng Chính phủ giao cho tỉnh tại Quyết định số 1316/QĐ-\n"
            "TTg và Quyết định số 1746/QĐ-TTg, gắn với chức năng, nhiệm vụ của các sở, ban, ngành sau\n"
            "Kế hoạch số 12/KH-UBND – Trang 2\n"
            "hợp nhất theo Quyết định số 25/QĐ-\nThủ tướng giao.\n")
    rows = in_body(references(tmp_path, body))
    assert [(r.text, r.number) for r in rows] == [
        ("Quyết định số 1316/QĐ-\nTTg", "1316/QĐ-TTg"), ("Quyết định số 1746/QĐ-TTg", "1746/QĐ-TTg"),
        ("Quyết định số 25/QĐ", "25/QĐ")]


def test_plans_001_and_003_both_implement_resolution_42(tmp_path):
    """From the parsed tables alone: both plans cite 42-NQ/TW as what they implement."""
    out = tmp_path / "parsed"
    inputs = [str(next(RAW.glob(f"{stem}_*.txt"))) for stem in ("001", "003")]
    result = CliRunner().invoke(main, ["parse", *inputs, "--out", str(out)])
    assert result.exit_code == 0, result.output
    docs = pq.read_table(out / "documents.parquet").to_pandas()
    refs = pq.read_table(out / "references.parquet").to_pandas()
    basis = refs[(refs.number == "42-NQ/TW") & (refs.relation == "basis")]
    implementing = set(docs[docs.doc_id.isin(basis.doc_id)].source_path.str[:3])
    assert implementing == {"001", "003"}
    assert set(basis.key) == {"42-NQ/TW@2023"}


def test_a_decision_issuing_a_plan_cites_its_basis_in_its_can_cu_lines(tmp_path):

    text = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n\nSố: 3050/QĐ-UBND\n\nBình Định, ngày 29 tháng 8 năm 2024\n\n"
            "QUYẾT ĐỊNH\nBan hành Kế hoạch thực hiện năm 2024\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n"
            "Căn cứ Nghị quyết số 28-NQ/TW ngày 23/5/2018 của Ban Chấp hành Trung ương;\n"
            "Căn cứ Quyết định số 546/QĐ-TTg ngày 29/4/2022 của Thủ tướng Chính phủ;\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\nNơi nhận:\n- Như Điều 3;\n- Bộ Y tế;\n\n"
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLâm Hải Giang\n\nKẾ HOẠCH\n(Kèm theo Quyết định số 3050/QĐ-UBND)\n\n"
            "I. MỤC ĐÍCH\n1. Thực hiện Chỉ thị số 21-CT/TW.\n")
    path = tmp_path / "qd.txt"
    path.write_text(text, encoding="utf-8")
    out = parse_document(path, "qd.txt")
    refs = {(r.number, r.relation) for r in out.tables["references"]}
    assert {("28-NQ/TW", "basis"), ("546/QĐ-TTg", "basis"), ("21-CT/TW", "mention")} <= refs
    assert not [a for a in out.tables["assignments"] if a.agency == "Bộ Y tế"]  # Nơi nhận of the decision
    assert out.tables["documents"][0].signer_name == "Lâm Hải Giang"


def test_a_joint_plan_keeps_its_type_and_symbol(tmp_path):
    rows = in_body(references(tmp_path, "1. Trên cơ sở kết quả thực hiện Kế hoạch liên ngành số 01/KHLN-CA-VKS-TA-STP "
                                        "ngày 15/01/2025 và Kế hoạch liên tịch số 45/KHLT-SYT-SGDĐT; tổ chức Kế hoạch "
                                        "liên ngành năm 2026."))
    assert [(r.text, r.ref_type, r.number, r.issued_date) for r in rows] == [
        ("Kế hoạch liên ngành số 01/KHLN-CA-VKS-TA-STP", "Kế hoạch", "01/KHLN-CA-VKS-TA-STP", dt.date(2025, 1, 15)),
        ("Kế hoạch liên tịch số 45/KHLT-SYT-SGDĐT", "Kế hoạch", "45/KHLT-SYT-SGDĐT", None)]


def test_a_dispatch_is_its_own_type(tmp_path):
    row = only(in_body(references(tmp_path, "1. Thực hiện Công điện số 03/CĐ-TTg ngày 12/01/2026 của Thủ tướng Chính "
                                            "phủ về việc đẩy mạnh giải ngân vốn đầu tư công.")))
    assert (row.text, row.ref_type, row.number, row.issued_date) == (
        "Công điện số 03/CĐ-TTg", "Công điện", "03/CĐ-TTg", dt.date(2026, 1, 12))
    assert row.issuer == "Thủ tướng Chính phủ"


SIGNED_APPENDIX = """

Nơi nhận:
- Bộ Tư pháp (b/c);
- Lưu: VT, NC.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Hoàng Việt Phương


PHỤ LỤC
DANH MỤC VĂN BẢN PHÁP LUẬT TRỌNG TÂM CẦN PHỔ BIẾN NĂM 2026
(Kèm theo Kế hoạch số 18/KH-UBND ngày 20/01/2026 của UBND tỉnh Tuyên Quang)

- Lĩnh vực đất đai, nhà ở, xây dựng:
1. Luật Đất đai số 31/2024/QH15 ngày 18/01/2024;
2. Luật Kinh doanh bất động sản năm 2023;
3. Nghị định số 102/2024/NĐ-CP ngày 30 tháng 7 năm 2024 của Chính phủ quy định chi tiết;

| TT | Nội dung chi | Thành tiền (đồng) | Ghi chú |
|---|---|---|---|
| 1 | Thù lao giảng viên | 100.000.000 | Thông tư số 36/2018/TT-BTC |
"""


def test_an_appendix_after_the_signature_is_read_with_no_section(tmp_path):
    """Its numbered list and its table cells cite documents (section null); its heading's
    `Kèm theo Kế hoạch số …` is the plan itself, and Nơi nhận and the signature cite none."""
    text = HEADER.format(title="Phổ biến pháp luật năm 2026", opening="Ủy ban nhân dân tỉnh ban hành Kế hoạch:")
    rows = parse_plan_text(tmp_path, text + "1. Phổ biến các văn bản tại Phụ lục." + SIGNED_APPENDIX)["references"]
    assert [(r.number, r.issued_date, r.section_id, r.relation) for r in rows] == [
        ("31/2024/QH15", dt.date(2024, 1, 18), None, "mention"),
        ("102/2024/NĐ-CP", dt.date(2024, 7, 30), None, "mention"),
        ("36/2018/TT-BTC", None, None, "mention"),
    ]


def test_no_appendix_after_the_signature_reads_nothing_there(tmp_path):
    """Without a `PHỤ LỤC` heading, what follows the signature is not read (a note, a
    list of copies)."""
    tail = SIGNED_APPENDIX.split("PHỤ LỤC")[0] + "Ghi chú: đã gửi kèm Quyết định số 12/QĐ-UBND.\n"
    text = HEADER.format(title="Phổ biến pháp luật năm 2026", opening="Ủy ban nhân dân tỉnh ban hành Kế hoạch:")
    assert parse_plan_text(tmp_path, text + "1. Phổ biến pháp luật." + tail)["references"] == []


def test_a_markdown_note_after_the_signature_is_read(tmp_path):
    """An export to Markdown puts its notes (`[^1]: …`) after the signature: they cite
    documents like the body; Nơi nhận and the signature above them still cite none."""
    text = HEADER.format(title="Chuyển đổi số năm 2026", opening="Căn cứ Kế hoạch số 08/KH-UBND ngày 12/01/2026[^1];")
    closing = ("\nNơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An\n\n"
               "[^1]: Kế hoạch số 08/KH-UBND được xây dựng trên cơ sở Quyết định số 1248/QĐ-UBND ngày 15/10/2025 "
               "của UBND tỉnh.\n")
    rows = parse_plan_text(tmp_path, text + "1. Triển khai Kế hoạch.\n" + closing)["references"]
    assert [(r.number, r.issued_date) for r in rows] == [
        ("08/KH-UBND", dt.date(2026, 1, 12)), ("08/KH-UBND", dt.date(2026, 1, 12)),
        ("1248/QĐ-UBND", dt.date(2025, 10, 15))]


def test_a_note_mark_in_the_text_opens_no_zone(tmp_path):
    """A note's mark inside a line is no note: Nơi nhận after the signature stays unread."""
    text = HEADER.format(title="Chuyển đổi số năm 2026", opening="Căn cứ Kế hoạch số 08/KH-UBND ngày 12/01/2026[^1];")
    closing = ("\nNơi nhận:\n- Như trên [^1]: Quyết định số 99/QĐ-UBND;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n"
               "Nguyễn Văn An\n")
    rows = parse_plan_text(tmp_path, text + "1. Thực hiện Kế hoạch.[^1]\n" + closing)["references"]
    assert [r.number for r in rows] == ["08/KH-UBND"]


@pytest.mark.parametrize("sentence", [
    "Rà soát 100% văn bản theo QĐ 1234 của tỉnh",  # a number alone
    "Hoàn thành KH 2026 đúng hạn",
    "Lập KH 12/QĐ-UBND chi tiết",  # the symbol is a decision's, not a plan's
    "Chuyển hồ sơ về TT 115/KH-UBND",
    "Ngày 20/11/2015 (sau khi có kết quả) ngày 21/11/2015 họp",
])
def test_not_citations(tmp_path, sentence):
    assert in_body(references(tmp_path, f"1. {sentence}.")) == []


def test_footnotes_below_the_signature_cite_documents(tmp_path):
    """A Word file's footnotes, printed after the signature as `[1] …`, cite like the body;
    the signature and `Nơi nhận` above them cite nothing."""
    body = "1. Rà soát văn bản quy phạm pháp luật[1]."
    notes = ("\nGIÁM ĐỐC\nNguyễn Văn A\n\n"
             "[1] Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19/02/2025; được sửa đổi, "
             "bổ sung bởi Luật số 87/2025/QH15 ngày 25/6/2025.\n"
             "[2] Theo Báo cáo số 25/BC-STP ngày 12/01/2026 của Sở Tư pháp.\n")
    text = HEADER.format(title=TITLE, opening=OPENING) + body + FOOTER + notes
    rows = in_body(parse_plan_text(tmp_path, text)["references"])
    assert [(r.ref_type, r.number, r.issued_date) for r in rows] == [
        ("Luật", "64/2025/QH15", dt.date(2025, 2, 19)),
        ("Luật", "87/2025/QH15", dt.date(2025, 6, 25)),
        ("Báo cáo", "25/BC-STP", dt.date(2026, 1, 12)),
    ]


def test_an_ocr_misread_citation_type_is_still_a_citation(tmp_path):
    """`Quyết dịnh` (OCR for `Quyết định`) before a number whose `QĐ` confirms the type;
    the row's text is the text as read."""
    rows = in_body(references(tmp_path, "1. Mức hỗ trợ thực hiện theo Quyết dịnh số 46/2015/QĐ-TTg ngày 28/9/2015 "
                                        "của Thủ tướng Chính phủ."))
    row = only(rows)
    assert (row.ref_type, row.number, row.issued_date) == ("Quyết định", "46/2015/QĐ-TTg", dt.date(2015, 9, 28))
    assert row.text.startswith("Quyết dịnh số 46/2015/QĐ-TTg")


def test_a_military_order_is_a_reference(tmp_path):
    rows = in_body(references(tmp_path, "I. CĂN CỨ\nThực hiện Mệnh lệnh huấn luyện số 215/ML-BTL ngày 15/12/2026 "
                                        "của Tư lệnh Quân khu; nghiêm túc chấp hành mệnh lệnh.\n"))
    row = only(rows)
    assert (row.ref_type, row.number) == ("Mệnh lệnh", "215/ML-BTL")


def test_a_web_portals_lead_above_the_header_cites_what_the_plan_implements(tmp_path):
    """A plan saved from a ministry's portal: its lead names the plan (its own number, no
    reference) and the decree it implements."""
    lead = ("(Cổng TTĐT Bộ Xây dựng) - Ngày 16/3/2026, Thứ trưởng đã ký ban hành Kế hoạch số 12/KH-UBND "
            "triển khai thi hành Nghị định số 18/2026/NĐ-CP ngày 20/01/2026 của Chính phủ.\n\n")
    text = lead + HEADER.format(title=TITLE, opening=OPENING) + "1. Nội dung.\n" + FOOTER
    rows = parse_plan_text(tmp_path, text)["references"]
    first = rows[0]
    assert (first.number, first.issued_date, first.relation) == ("18/2026/NĐ-CP", dt.date(2026, 1, 20), "mention")
    assert "12/KH-UBND" not in [r.number for r in rows]


def test_a_list_of_bare_symbols_after_one_type_word_is_each_a_reference(tmp_path):
    rows = in_body(references(tmp_path, "1. Quán triệt các nghị quyết của Bộ Chính trị (Nghị quyết số 57-NQ/TW, "
                                        "59-NQ/TW, 66-NQ/TW và 68-NQ/TW) và Quyết định số 12/QĐ-UBND, 07-KL/TW."))
    assert [(r.number, r.ref_type) for r in rows] == [
        ("57-NQ/TW", "Nghị quyết"), ("59-NQ/TW", "Nghị quyết"), ("66-NQ/TW", "Nghị quyết"), ("68-NQ/TW", "Nghị quyết"),
        ("12/QĐ-UBND", "Quyết định"),  # (a symbol of another kind, 07-KL/TW, is no decision)
    ]


def test_a_military_directive_is_a_reference(tmp_path):
    rows = in_body(references(tmp_path, "I. CĂN CỨ\nThực hiện Chỉ lệnh số 1868/CL-BTL ngày 18/11/2025 của Tư lệnh "
                                        "Quân khu 1 về công tác diễn tập.\n"))
    row = only(rows)
    assert (row.ref_type, row.number, row.issued_date) == ("Chỉ lệnh", "1868/CL-BTL", dt.date(2025, 11, 18))


def test_a_type_written_short_is_the_type_of_the_full_mention(tmp_path):
    """cc: a party's `QĐ` stands for Quy định as well as Quyết định: `QĐ 296-QĐ/TW` after `Quy định
    số 296-QĐ/TW` is that Quy định; one never cited in full stays a Quyết định."""
    rows = in_body(references(tmp_path, "1. Thực hiện Quy định số 296-QĐ/TW, ngày 30/5/2025 của Ban Chấp hành "
                                        "Trung ương.\n2. Xử lý kỷ luật theo QĐ 296-QĐ/TW; thực hiện QĐ 1490/QĐ-TTg."))
    assert [(r.text, r.ref_type, r.issued_date) for r in rows] == [
        ("Quy định số 296-QĐ/TW", "Quy định", dt.date(2025, 5, 30)),
        ("QĐ 296-QĐ/TW", "Quy định", dt.date(2025, 5, 30)),
        ("QĐ 1490/QĐ-TTg", "Quyết định", None),
    ]


def test_a_citation_a_pipe_cell_wraps_after_its_type_word_is_a_reference(tmp_path):
    table = ("1. Các nhiệm vụ tại bảng sau:\n"
             "| STT | Nhiệm vụ                          | Cơ quan chủ trì | Thời gian   |\n"
             "|-----|-----------------------------------|-----------------|-------------|\n"
             "| 1   | Ban hành Thông tư (thay thế Thông | Vụ Pháp chế     | Quý II/2026 |\n"
             "|     | tư số 12/2022/TT-BNV), Nghị định số | Sở Tư pháp    |             |\n"
             "|     | 170/2025/NĐ-CP; rà soát           |                 |             |\n")
    rows = in_body(references(tmp_path, table))
    assert [(r.number, r.ref_type, r.text) for r in rows] == [
        ("12/2022/TT-BNV", "Thông tư", "Thông | Vụ Pháp chế     | Quý II/2026 |\n|     | tư số 12/2022/TT-BNV"),
        ("170/2025/NĐ-CP", "Nghị định", "Nghị định số | Sở Tư pháp    |             |\n|     | 170/2025/NĐ-CP"),
    ]
