"""Header fields and the heading tree, on layouts real plans come in."""

from pathlib import Path

from pipeline.document import parse_document


def parse_text(tmp_path: Path, text: str):
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    out = parse_document(path, "plan.txt")
    assert not out.tables["errors"], out.tables["errors"]
    return out.tables["documents"][0], out.tables["sections"]


BODY = """
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích: Cụ thể hoá các nhiệm vụ.
2. Yêu cầu
100% hộ gia đình được tuyên truyền.
II. NHIỆM VỤ, GIẢI PHÁP
1. Về lao động
- a) Cơ quan thực hiện: Sở Nội vụ.
- b) Cơ quan phối hợp: Sở Y tế.
2. Về y tế
2.1. Y tế cơ sở
a) Trạm y tế
b) Bệnh viện
b) Trung tâm y tế
c) Dược
d) Thiết bị
đ) Vắc xin
2.2. Y tế dự phòng
Căn cứ các văn bản:
(1) Kế hoạch số 12/KH-UBND;
(2) Kế hoạch số 13/KH-UBND.
III. KINH PHÍ THỰC HIỆN
Ngân sách tỉnh.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Y tế: chủ trì.
V. CHẾ ĐỘ BÁO CÁO
Định kỳ hằng năm.
Nơi nhận:
1. Bộ Y tế;
- Lưu: VT.
"""


def test_heading_tree_ids_levels_and_kinds(tmp_path):
    _, sections = parse_text(tmp_path, "KẾ HOẠCH\nThực hiện công tác năm 2026\n" + BODY)
    tree = {s.section_id: s for s in sections}
    assert list(tree) == ["I", "I/1", "I/2", "II", "II/1", "II/1/a", "II/1/b", "II/2", "II/2/2.1",
                          "II/2/2.1/a", "II/2/2.1/b", "II/2/2.1/b~2", "II/2/2.1/c", "II/2/2.1/d", "II/2/2.1/đ",
                          "II/2/2.2",
                          "III", "IV", "IV/1", "V"]
    assert tree["II/2/2.1/a"].level == 4 and tree["II/2/2.1"].marker_type == "decimal"
    assert tree["II/1/a"].parent_id == "II/1"
    assert [tree[k].kind for k in ("I", "II", "III", "IV", "V")] == \
        ["purpose", "tasks", "budget", "organization", "reporting"]
    assert tree["I/1"].heading.startswith("Mục đích: Cụ thể hoá")


def test_sections_span_to_the_next_sibling_and_stop_before_noi_nhan(tmp_path):
    text = "KẾ HOẠCH\nThực hiện công tác năm 2026\n" + BODY
    _, sections = parse_text(tmp_path, text)
    tree = {s.section_id: s for s in sections}
    assert text[tree["I"].start:tree["I"].end].endswith("100% hộ gia đình được tuyên truyền.")
    assert text[tree["V"].start:tree["V"].end] == "V. CHẾ ĐỘ BÁO CÁO\nĐịnh kỳ hằng năm."


def test_a_heading_wrapped_over_two_lines_is_one_heading(tmp_path):
    text = ("KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN\nThực hiện Kế hoạch số 07-KH/TU ngày\n18/02/2021 của Tỉnh ủy, "
            "UBND tỉnh\nban hành Kế hoạch triển khai như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích: nâng cao nhận\n"
            "thức của các cấp.\nII. NỘI DUNG NHIỆM\nVỤ TRIỂN KHAI THỰC HIỆN\n1. Về chính sách\nưu đãi người có "
            "công:\n- Đến hết năm\n2025. Tỷ lệ hộ nghèo giảm\n3. Không phải mục\n")
    _, sections = parse_text(tmp_path, text)
    assert [s.section_id for s in sections] == ["I", "I/1", "II", "II/1"]
    assert sections[2].heading == "NỘI DUNG NHIỆM VỤ TRIỂN KHAI THỰC HIỆN"
    assert sections[2].kind == "tasks"


def test_two_column_header_on_one_line(tmp_path):
    doc, _ = parse_text(tmp_path, (
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN KON RẪY Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: /KH-UBND\n\nKon Rẫy, ngày tháng năm 2024\n\nKẾ HOẠCH\n\nVề việc triển khai thực hiện Chương trình\n\n"
        "Ủy ban nhân dân huyện ban hành Kế hoạch như sau:\n" + BODY))
    assert (doc.issuer, doc.issuer_level, doc.province, doc.place) == \
        ("Ủy ban nhân dân huyện Kon Rẫy", "huyen", None, "Kon Rẫy")
    assert (doc.doc_number, doc.issued_date, doc.issued_year) == (None, None, 2024)
    assert doc.title == "Về việc triển khai thực hiện Chương trình"


def test_pipe_table_header_with_wrapped_cells(tmp_path):
    doc, _ = parse_text(tmp_path, (
        "ỦY\nBAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 197/KH-UBND\n|\nThừa\nThiên Huế, ngày 31 tháng 5 năm "
        "2021\n|\nKẾ HOẠCH\nTRIỂN\nKHAI THỰC HIỆN KẾ HOẠCH SỐ 07-KH/TU TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN\n2021-2025.\n"
        "Thực hiện Kế hoạch số 07-KH/TU của Tỉnh ủy; UBND tỉnh ban hành Kế hoạch như sau:\n" + BODY.replace(
            "Nơi nhận:", "Nơi nhận:\n- Bộ LĐ-TB&XH (b/c);\n|\nTM.\nỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
            "Nguyễn Thanh Bình\n|\n")))
    assert (doc.doc_type, doc.doc_number, str(doc.issued_date)) == ("KE_HOACH", "197/KH-UBND", "2021-05-31")
    assert (doc.issuer, doc.province, doc.place) == \
        ("Ủy ban nhân dân tỉnh Thừa Thiên Huế", "Thừa Thiên Huế", "Thừa Thiên Huế")
    assert doc.title == "TRIỂN KHAI THỰC HIỆN KẾ HOẠCH SỐ 07-KH/TU TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2021-2025"
    assert (doc.period_start, doc.period_end) == (2021, 2025)
    assert (doc.signer_title, doc.signer_name) == ("PHÓ CHỦ TỊCH", "Nguyễn Thanh Bình")


def test_no_header_issuer_comes_from_the_opening_paragraph(tmp_path):
    doc, _ = parse_text(tmp_path, (
        " KẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH SỐ 99-CTR/TU CỦA TỈNH ỦY GIA LAI\nThực hiện Chương trình số 99-CTr/TU "
        "của Tỉnh ủy; Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện trên địa bàn tỉnh Gia Lai như sau:\n" + BODY))
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Ủy ban nhân dân tỉnh Gia Lai", "tinh", "Gia Lai")
    assert doc.title == "THỰC HIỆN CHƯƠNG TRÌNH SỐ 99-CTR/TU CỦA TỈNH ỦY GIA LAI"
    assert doc.recipients == ["Bộ Y tế", "Lưu: VT"]


def test_misspelt_place_gets_its_canonical_name(tmp_path):
    doc, _ = parse_text(tmp_path, (
        "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\n\nSố: 1212 /KH-UBND\n\nKhanh Hòa, ngày 29 tháng 11 năm 2021\n\nKẾ HOẠCH\n\n"
        "Thực hiện Đề án giai đoạn 2021-2025\n\n" + BODY))
    assert (doc.doc_number, doc.place, doc.issuer) == ("1212/KH-UBND", "Khánh Hòa", "Ủy ban nhân dân tỉnh Khánh Hòa")
    assert (doc.period_start, doc.period_end) == (2021, 2025)


def test_a_decision_issuing_a_plan_is_the_decisions_document_with_the_plans_sections(tmp_path):
    doc, sections = parse_text(tmp_path, (
        "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nSố: 45/QĐ-UBND\n\nGia Lai, ngày 10 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n\n"
        "Về việc ban hành Kế hoạch thực hiện Đề án năm 2026\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\nĐiều 2. Quyết định có hiệu lực.\n\n"
        "Nơi nhận:\n- Như Điều 2;\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n\n"
        "KẾ HOẠCH\n(Kèm theo Quyết định số 45/QĐ-UBND)\n" + BODY))
    assert (doc.doc_type, doc.doc_number, doc.title) == \
        ("QUYET_DINH", "45/QĐ-UBND", "Về việc ban hành Kế hoạch thực hiện Đề án năm 2026")
    assert [s.section_id for s in sections][:3] == ["I", "I/1", "I/2"]
    assert doc.signer_name == "Nguyễn Văn An"


def test_pdf_text_with_both_header_columns_on_each_line(tmp_path):
    doc, sections = parse_text(tmp_path, (
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH GIA LAI Độc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-UBND Gia Lai, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\nTriển khai công tác dân số năm 2026\n"
        "Căn cứ Quyết định số 155/QĐ-TTg; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n" + BODY))
    assert (doc.issuer, doc.doc_number, str(doc.issued_date), doc.place) == \
        ("Ủy ban nhân dân tỉnh Gia Lai", "12/KH-UBND", "2026-03-05", "Gia Lai")
    assert doc.title == "Triển khai công tác dân số năm 2026"
    assert (doc.period_start, doc.period_end) == (2026, 2026)
    assert sections[0].section_id == "I"


def test_header_cells_of_a_word_table_on_one_line(tmp_path):
    doc, _ = parse_text(tmp_path, (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 12/KH-UBND | Độc lập - Tự do - Hạnh phúc\n | Quảng Trị, ngày 05 tháng 3 năm 2026\n"
        "KẾ HOẠCH\nTriển khai công tác dân số năm 2026\n"
        "Căn cứ Quyết định số 155/QĐ-TTg; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n" + BODY))
    assert (doc.issuer, doc.province, doc.place, doc.doc_number) == \
        ("Ủy ban nhân dân tỉnh Quảng Trị", "Quảng Trị", "Quảng Trị", "12/KH-UBND")
