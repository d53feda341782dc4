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


# A plan typed with hard wraps (PDF text): many lines go on in lower case, so lines in
# capitals are joined to the capitals line before them unless a rule says otherwise.
WRAPPED_BODY = """
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Cụ thể hoá các nhiệm vụ được giao; xác định rõ nội dung công việc,
tiến độ và trách nhiệm của các phòng, đơn vị trong công tác quản lý
chất thải rắn và bảo vệ môi trường.
2. Yêu cầu
- Triển khai đồng bộ, kịp thời, bám sát các quy định của pháp luật và
các văn bản hướng dẫn thi hành.
II. NHIỆM VỤ
1. Tuyên truyền, phổ biến pháp luật về bảo vệ môi trường cho cộng đồng
dân cư, doanh nghiệp trên địa bàn.
III. TỔ CHỨC THỰC HIỆN
Các phòng, đơn vị báo cáo kết quả thực hiện trước ngày 10/6/2025 để
tổng hợp./.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_letter_parts_in_capitals_above_the_roman_numerals(tmp_path):
    _, sections = parse_text(tmp_path, (
        "KẾ HOẠCH\nXây dựng nông thôn mới giai đoạn 2024 - 2025\n"
        "A. KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH NĂM 2023\nI. KẾT QUẢ ĐẠT ĐƯỢC\nToàn huyện có 20 xã đạt chuẩn.\n"
        "II. TỒN TẠI, HẠN CHẾ\nMột số tiêu chí chưa bền vững.\n"
        "B. KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2024 - 2025\n" + BODY))
    tree = {s.section_id: s for s in sections}
    assert list(tree)[:6] == ["A", "A/I", "A/II", "B", "B/I", "B/I/1"]
    assert "B/II/2/2.1/b~2" in tree and "B/V" in tree and "V" not in tree
    assert (tree["B"].level, tree["B"].marker, tree["B"].marker_type, tree["B"].kind) == (1, "B", "letter", "other")
    assert (tree["B/I"].level, tree["B/I"].marker_type, tree["B/II/1/a"].level) == (2, "roman", 4)
    assert sections[0].heading == "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH NĂM 2023"


def test_an_upper_case_letter_is_a_part_only_when_it_opens_the_body(tmp_path):
    _, sections = parse_text(tmp_path, (
        "KẾ HOẠCH\nThực hiện công tác năm 2026\n" + BODY.replace(
            "2.2. Y tế dự phòng\n", "2.2. Y tế dự phòng\nA. TIÊM CHỦNG MỞ RỘNG\nB. Phòng, chống dịch\n")))
    ids = [s.section_id for s in sections]
    assert ids[:2] == ["I", "I/1"] and "A" not in ids and "II/2/2.2" in ids
    # and `A.` in ordinary case at the top is not a part either
    _, sections = parse_text(tmp_path, "KẾ HOẠCH\nThực hiện công tác năm 2026\nA. Kết quả năm 2025\n" + BODY)
    assert sections[0].section_id == "I"


def test_a_department_under_the_provincial_committee_in_a_wrapped_plan(tmp_path):
    doc, _ = parse_text(tmp_path, (
        "UBND TỈNH QUẢNG TRỊ\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập – Tự do – Hạnh phúc\n---------------\nSố: 245/KH-STNMT\nQuảng Trị, ngày 14 tháng 02 năm 2025\n\n"
        "KẾ HOẠCH\nTriển khai thực hiện Kế hoạch số 31/KH-UBND của UBND tỉnh về quản lý chất thải rắn\n"
        "trên địa bàn tỉnh Quảng Trị năm 2025\n\nSở Tài nguyên và Môi trường xây dựng Kế hoạch như sau:\n"
        + WRAPPED_BODY + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Thanh Hà\n"))
    assert (doc.issuer, doc.issuer_level, doc.province, doc.place) == \
        ("Sở Tài nguyên và Môi trường tỉnh Quảng Trị", "tinh", "Quảng Trị", "Quảng Trị")
    assert (doc.signer_title, doc.signer_name) == ("PHÓ GIÁM ĐỐC", "Lê Thanh Hà")
    assert (doc.period_start, doc.period_end) == (2025, 2025)


def test_a_district_department_takes_the_district_and_the_province_it_names(tmp_path):
    doc, _ = parse_text(tmp_path, (
        "UBND HUYỆN YÊN THÀNH\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 15/KH-PGDĐT\n"
        "Yên Thành, ngày 05 tháng 9 năm 2024\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm học 2024 - 2025\n\n"
        "Thực hiện Kế hoạch của UBND huyện Yên Thành, tỉnh Nghệ An, Phòng Giáo dục và Đào tạo ban hành "
        "Kế hoạch như sau:\n" + BODY.replace("Nơi nhận:", "Nơi nhận:\n- Lưu: VT.\nTRƯỞNG PHÒNG\n\nNguyễn Văn Bình\n")))
    assert (doc.issuer, doc.issuer_level, doc.province, doc.place) == \
        ("Phòng Giáo dục và Đào tạo huyện Yên Thành", "huyen", "Nghệ An", "Yên Thành")
    assert (doc.signer_title, doc.signer_name) == ("TRƯỞNG PHÒNG", "Nguyễn Văn Bình")


def test_a_committee_header_without_a_body_under_it_is_the_committee(tmp_path):
    doc, _ = parse_text(tmp_path, (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 31/KH-UBND\nQuảng Trị, ngày 20 tháng 01 năm 2025\nKẾ HOẠCH\nQuản lý chất thải rắn năm 2025\n"
        + WRAPPED_BODY + "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHoàng Nam\n"))
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân tỉnh Quảng Trị", "Quảng Trị")
    assert (doc.signer_title, doc.signer_name) == ("PHÓ CHỦ TỊCH", "Hoàng Nam")


def test_a_ministry_plan_signed_by_a_deputy_minister_in_a_wrapped_plan(tmp_path):
    doc, _ = parse_text(tmp_path, (
        "BỘ Y TẾ\n-------\nSố: 1135/KH-BYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 22 tháng 4 năm 2025\n\nKẾ HOẠCH\nChuyển đổi số ngành y tế năm 2025\n"
        + WRAPPED_BODY + "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Văn Thuấn\n"))
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Bộ Y tế", None, None)
    assert (doc.signer_title, doc.signer_name) == ("THỨ TRƯỞNG", "Trần Văn Thuấn")


def test_a_department_of_a_ministry(tmp_path):
    doc, _ = parse_text(tmp_path, (
        "BỘ Y TẾ\nCỤC CÔNG NGHỆ THÔNG TIN\n-------\nSố: 35/KH-CNTT\nHà Nội, ngày 02 tháng 5 năm 2025\n\n"
        "KẾ HOẠCH\nTriển khai bệnh án điện tử năm 2025\n" + WRAPPED_BODY
        + "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Trường Nam\n"))
    assert (doc.issuer, doc.issuer_level) == ("Cục Công nghệ thông tin", None)
    assert (doc.signer_title, doc.signer_name) == ("PHÓ CỤC TRƯỞNG", "Nguyễn Trường Nam")


def test_a_board_of_a_party_committee(tmp_path):
    doc, _ = parse_text(tmp_path, (
        "ĐẢNG BỘ TỈNH ĐẮK LẮK\nHUYỆN ỦY KRÔNG PẮC\nBAN TUYÊN GIÁO\n*\nSố: 12-KH/BTGHU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
        "Krông Pắc, ngày 12 tháng 8 năm 2024\n\nKẾ HOẠCH\ntuyên truyền kỷ niệm các ngày lễ lớn năm 2024\n"
        + BODY.replace("Nơi nhận:", "Nơi nhận:\n- Lưu: VT.\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nHồ Thị Lan\n")))
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Ban Tuyên giáo Huyện ủy Krông Pắc", "huyen", "Đắk Lắk")
    assert (doc.signer_title, doc.signer_name) == ("PHÓ TRƯỞNG BAN", "Hồ Thị Lan")


def test_the_year_of_a_feast_is_not_the_plans_period(tmp_path):
    doc, _ = parse_text(tmp_path, (
        "KẾ HOẠCH\nBảo đảm an toàn thực phẩm Tết Nguyên đán Ất Tỵ\nvà mùa Lễ hội Xuân năm 2025\n" + BODY))
    assert (doc.period_start, doc.period_end) == (None, None)


def test_a_season_across_the_new_year_is_the_plans_period(tmp_path):
    doc, _ = parse_text(tmp_path, "KẾ HOẠCH\nPhòng cháy, chữa cháy rừng mùa khô 2025 - 2026\ntrên địa bàn tỉnh Đắk Lắk\n" + BODY)
    assert (doc.period_start, doc.period_end) == (2025, 2026)
    doc, _ = parse_text(tmp_path, "KẾ HOẠCH\nPhòng cháy, chữa cháy rừng mùa khô năm 2025\n" + BODY)
    assert (doc.period_start, doc.period_end) == (2025, 2025)


def test_a_city_department_whose_city_name_holds_a_head_word(tmp_path):
    """`PHÒNG` ends `HẢI PHÒNG`: a place name, not the start of a body."""
    doc, _ = parse_text(tmp_path, (
        "UBND THÀNH PHỐ HẢI PHÒNG\nSỞ DU LỊCH\n-------\nSố: 88/KH-SDL\nHải Phòng, ngày 16 tháng 6 năm 2025\n\n"
        "KẾ HOẠCH\nPhát triển du lịch năm 2025\n" + BODY))
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Sở Du lịch thành phố Hải Phòng", "tinh", "Hải Phòng")
    doc, _ = parse_text(tmp_path, (
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HẢI PHÒNG Độc lập - Tự do - Hạnh phúc\n"
        "Số: 312/KH-UBND Hải Phòng, ngày 16 tháng 6 năm 2025\nKẾ HOẠCH\nPhát triển du lịch năm 2025\n" + WRAPPED_BODY))
    assert (doc.issuer, doc.province) == ("Ủy ban nhân dân thành phố Hải Phòng", "Hải Phòng")


PANDOC_PLAN = r"""**ỦY BAN NHÂN DÂN\
THÀNH PHỐ CẦN THƠ **

**Số: 215/KH-UBND**

*Cần Thơ, ngày 14 tháng 5 năm 2025*

**KẾ HOẠCH**

**Thực hiện công tác dân số trên địa bàn\
thành phố Cần Thơ giai đoạn 2025 – 2030**

Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:

## I. MỤC ĐÍCH, YÊU CẦU

### 1. Mục đích

-   Cụ thể hoá các mục tiêu.

## II. MỤC TIÊU

a)  Về quy mô dân số

    \- Tổng tỷ suất sinh đạt 1,65 con/phụ nữ.

| **TT** | **Chỉ tiêu** | **Năm 2030** |
|:---:|:---|:---:|
| 1 | Tỷ số tử vong mẹ | \< 25 |

## III. TỔ CHỨC THỰC HIỆN

1\. Sở Y tế

a\) Sở Y tế chủ trì, phối hợp với các sở.

b\) Sở Tài chính bố trí kinh phí.

2\. Sở Tài chính

***Nơi nhận:***\
\- Bộ Y tế (Cục Dân số);\
\- Lưu: VT, NV.

""" + "**TM. ỦY BAN NHÂN DÂN  \nKT. CHỦ TỊCH  \nPHÓ CHỦ TỊCH**\n\n*(Đã ký)*\n\n**Nguyễn Thực Hiện**\n"  # two-space breaks


def test_a_pandoc_markdown_plan_reads_as_a_plain_one(tmp_path):
    """`##` headings, escaped `1\\.` and `a\\)`, `\\-` bullets, backslash line breaks and
    `**bold**` header lines: the same rows as the plain plan would give."""
    doc, sections = parse_text(tmp_path, PANDOC_PLAN)
    assert [(s.section_id, s.level, s.heading) for s in sections] == [
        ("I", 1, "MỤC ĐÍCH, YÊU CẦU"), ("I/1", 2, "Mục đích"), ("II", 1, "MỤC TIÊU"),
        ("II/a", 2, "Về quy mô dân số"), ("III", 1, "TỔ CHỨC THỰC HIỆN"), ("III/1", 2, "Sở Y tế"),
        ("III/1/a", 3, "Sở Y tế chủ trì, phối hợp với các sở."), ("III/1/b", 3, "Sở Tài chính bố trí kinh phí."),
        ("III/2", 2, "Sở Tài chính")]
    assert PANDOC_PLAN[sections[6].start:].startswith(r"a\) Sở Y tế")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Ủy ban nhân dân thành phố Cần Thơ", "tinh", "Cần Thơ")
    assert (doc.doc_number, str(doc.issued_date)) == ("215/KH-UBND", "2025-05-14")
    assert doc.title == "Thực hiện công tác dân số trên địa bàn thành phố Cần Thơ giai đoạn 2025 – 2030"
    assert (doc.period_start, doc.period_end) == (2025, 2030)
    assert (doc.signer_title, doc.signer_name) == ("PHÓ CHỦ TỊCH", "Nguyễn Thực Hiện")
    assert doc.recipients == ["Bộ Y tế (Cục Dân số)", "Lưu: VT, NV"]


def test_an_llm_made_markdown_plan_reads_as_a_plain_one(tmp_path):
    doc, sections = parse_text(tmp_path, (
        "**ỦY BAN NHÂN DÂN TỈNH GIA LAI**\n\n**Số:** 12/KH-UBND\n\n_Gia Lai, ngày 05 tháng 3 năm 2026_\n\n"
        "# KẾ HOẠCH\n\n## Triển khai công tác giảm nghèo năm 2026\n\n### **I. MỤC ĐÍCH, YÊU CẦU**\n\n"
        "**1. Mục đích:** nâng cao nhận thức.\n\n- **a)** Sở Y tế chủ trì<br>phối hợp.\n\n### **II. NHIỆM VỤ**\n\n"
        "1. __Sở Nội vụ__ chủ trì.\n\n**Nơi nhận:**\n- Lưu: VT.\n\n**KT. CHỦ TỊCH**\n**PHÓ CHỦ TỊCH**\n\n"
        "**Nguyễn Văn An**\n"))
    assert [(s.section_id, s.heading) for s in sections] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"), ("I/1", "Mục đích: nâng cao nhận thức."), ("I/1/a", "Sở Y tế chủ trì phối hợp."),
        ("II", "NHIỆM VỤ"), ("II/1", "Sở Nội vụ chủ trì.")]
    assert (doc.issuer, doc.doc_number, str(doc.issued_date)) == ("Ủy ban nhân dân tỉnh Gia Lai", "12/KH-UBND", "2026-03-05")
    assert doc.title == "Triển khai công tác giảm nghèo năm 2026"
    assert (doc.signer_title, doc.signer_name) == ("PHÓ CHỦ TỊCH", "Nguyễn Văn An")


def test_a_title_keeps_the_emphasis_its_writer_put_inside_it(tmp_path):
    doc, _ = parse_text(tmp_path, (
        "KẾ HOẠCH\n\nThực hiện Nghị quyết số 42-NQ/TW “*về tiếp tục đổi mới chính sách xã hội*”\n\n" + BODY))
    assert doc.title == "Thực hiện Nghị quyết số 42-NQ/TW “*về tiếp tục đổi mới chính sách xã hội*”"


def test_a_provincial_steering_committee(tmp_path):
    doc, _ = parse_text(tmp_path, (
        "BAN CHỈ ĐẠO 389\nTỈNH THANH HÓA\n_______________\nSố: 45/KH-BCĐ389\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập – Tự do – Hạnh phúc\n________________________\nThanh Hóa, ngày 26 tháng 11 năm 2025\n\nKẾ HOẠCH\n"
        "Cao điểm đấu tranh phòng, chống buôn lậu, gian lận thương mại và hàng giả\n"
        "trước, trong và sau Tết Nguyên đán Bính Ngọ 2026\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNgăn chặn buôn lậu.\nII. THỜI GIAN, ĐỊA BÀN, MẶT HÀNG TRỌNG ĐIỂM\n"
        "1. Thời gian thực hiện\nTừ ngày 01/12/2025 đến ngày 28/02/2026.\n2. Địa bàn trọng điểm\nBiên giới.\n\n"
        "Nơi nhận:\n- Ban Chỉ đạo 389 quốc gia (b/c);\n- Lưu: VT, VPTT.\n\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\n\n"
        "(Đã ký)\n\nLê Văn Tùng\n"))
    assert (doc.issuer, doc.issuer_level, doc.province, doc.place) == \
        ("Ban Chỉ đạo 389 tỉnh Thanh Hóa", "tinh", "Thanh Hóa", "Thanh Hóa")
    assert doc.doc_number == "45/KH-BCĐ389"
    assert (doc.signer_title, doc.signer_name) == ("PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Lê Văn Tùng")
    # a `Cao điểm …` peak campaign is an event: no period (docs/gold_conventions.md, Document fields)
    assert (doc.period_start, doc.period_end) == (None, None)


def test_bodies_with_an_area_of_their_own(tmp_path):
    tail = "\nKẾ HOẠCH\nTuyên truyền pháp luật năm 2026\n" + BODY
    doc, _ = parse_text(tmp_path, "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,\nGIÁO DỤC PHÁP LUẬT HUYỆN KRÔNG PẮC\nSố: 3/KH-HĐPH\n"
                        "Krông Pắc, ngày 2 tháng 1 năm 2026\n\nCác xã thuộc huyện Krông Pắc, tỉnh Đắk Lắk.\n" + tail)
    assert doc.issuer.startswith("Hội đồng") and doc.issuer.endswith(" huyện Krông Pắc")
    assert (doc.issuer_level, doc.province) == ("huyen", "Đắk Lắk")
    doc, _ = parse_text(tmp_path, "BẢO HIỂM XÃ HỘI TỈNH GIA LAI\nSố: 7/KH-BHXH\n" + tail)
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Bảo hiểm xã hội tỉnh Gia Lai", "tinh", "Gia Lai")
    doc, _ = parse_text(tmp_path, "UBND TỈNH GIA LAI\nBAN CHỈ ĐẠO 389\nSố: 7/KH-BCĐ389\n" + tail)
    assert doc.issuer == "Ban Chỉ đạo 389 tỉnh Gia Lai"


def test_an_abbreviated_body_in_the_header_takes_its_official_name(tmp_path):
    """`MTTQ` (a word without a vowel: an abbreviation) is spelt out by the gazetteer,
    `Việt Nam` keeps its capitals."""
    doc, _ = parse_text(tmp_path, "ỦY BAN MTTQ VIỆT NAM                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                        "   TỈNH TUYÊN QUANG                          Độc lập - Tự do - Hạnh phúc\n"
                        "Số: 45 /KH-MTTQ-BTT                   Tuyên Quang, ngày 22 tháng 01 năm 2026\n\n"
                        "KẾ HOẠCH\nThực hiện Cuộc vận động năm 2026\n" + BODY)
    assert (doc.issuer, doc.issuer_level, doc.province) == \
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang", "tinh", "Tuyên Quang")


def test_recipients_keep_the_writers_spelling(tmp_path):
    """A recipient is a line as written (`Tỉnh uỷ`, not re-toned), without its closing `;`."""
    doc, _ = parse_text(tmp_path, "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nTuyên truyền năm 2026\n"
                        + BODY.split("Nơi nhận:")[0] + "Nơi nhận:\n- TT Tỉnh uỷ, TT HĐND tỉnh (b/c);\n- Lưu: VT, NC (Tr).\n")
    assert doc.recipients == ["TT Tỉnh uỷ, TT HĐND tỉnh (b/c)", "Lưu: VT, NC (Tr)"]


def test_a_school_year_is_the_plans_period_and_a_laws_year_is_not(tmp_path):
    doc, _ = parse_text(tmp_path, (
        "KẾ HOẠCH\nThời gian năm học và các nhiệm vụ chủ yếu năm học 2025 - 2026 đối với giáo dục\n"
        "mầm non, giáo dục phổ thông\n" + BODY))
    assert (doc.period_start, doc.period_end) == (2025, 2026)
    doc, _ = parse_text(tmp_path, "KẾ HOẠCH\nTriển khai thi hành Luật Ban hành văn bản quy phạm pháp luật năm 2025\n" + BODY)
    assert (doc.period_start, doc.period_end) == (None, None)
    doc, _ = parse_text(tmp_path, "KẾ HOẠCH\nTuyên truyền, phổ biến, giáo dục pháp luật năm 2025\n" + BODY)
    assert (doc.period_start, doc.period_end) == (2025, 2025)


def test_a_tasks_own_time_is_not_the_plans_period(tmp_path):
    doc, _ = parse_text(tmp_path, (
        "KẾ HOẠCH\nTriển khai Luật Đất đai\nI. NHIỆM VỤ\n1. Tập huấn\n- Thời gian thực hiện: từ tháng 7/2025 "
        "đến tháng 12/2025.\n2. Thời gian thực hiện\nQuý III/2025.\n"))
    assert (doc.period_start, doc.period_end) == (None, None)


def test_a_decision_issuing_an_action_programme_keeps_the_programme_and_drops_its_own_articles(tmp_path):
    """`QUYẾT ĐỊNH … Ban hành Chương trình hành động`, its Điều and signature, then the
    programme `CHƯƠNG TRÌNH HÀNH ĐỘNG (Ban hành kèm theo …)` with its sections and its
    own signature, then an appendix: the document is the decision, the sections are the
    programme's and end at the programme's signature."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n-------\nSố: 2156/QĐ-UBND\n\nNghệ An, ngày 15 tháng 7 năm 2024\n\nQUYẾT ĐỊNH\n"
        "Ban hành Chương trình hành động của Ủy ban nhân dân tỉnh thực hiện\nNghị quyết số 29-NQ/TW về công nghiệp "
        "hóa đến năm 2030, tầm nhìn đến năm 2045\n-----------------\n\nỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\n\n**QUYẾT ĐỊNH:**\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động.\n\n"
        "Điều 2. Giao Sở Công Thương chủ trì theo dõi.\n\nĐiều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành./.\n\n"
        "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Hồng Vinh\n\n"
        "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nCủa Ủy ban nhân dân tỉnh thực hiện Nghị quyết số 29-NQ/TW\n"
        "(Ban hành kèm theo Quyết định số 2156/QĐ-UBND ngày 15/7/2024 của UBND tỉnh Nghệ An)\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nQuán triệt Nghị quyết.\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
        "Sở Công Thương theo dõi, đôn đốc./.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Hồng Vinh\n\n"
        "Phụ lục\n| STT | Nhiệm vụ | Cơ quan chủ trì |\n|---|---|---|\n| 1 | Xây dựng Đề án | Sở Công Thương |\n")
    doc, sections = parse_text(tmp_path, text)
    assert (doc.doc_type, doc.doc_number, doc.issuer) == ("QUYET_DINH", "2156/QĐ-UBND", "Ủy ban nhân dân tỉnh Nghệ An")
    assert doc.title.startswith("Ban hành Chương trình hành động") and doc.title.endswith("tầm nhìn đến năm 2045")
    assert (doc.period_start, doc.period_end) == (None, None)  # a horizon, not the plan's own year
    assert (doc.signer_name, doc.recipients) == ("Lê Hồng Vinh", ["Như Điều 3", "Lưu: VT"])
    assert [s.section_id for s in sections] == ["I", "I/1", "II"]
    assert text[sections[-1].start:sections[-1].end] == "II. TỔ CHỨC THỰC HIỆN\n\nSở Công Thương theo dõi, đôn đốc./."


def test_what_a_decision_can_issue_and_what_is_not_an_issued_text(tmp_path):
    head = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nSố: 45/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nBan hành {what}\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này.\n\nNơi nhận:\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
            "Nguyễn Văn An\n\n")
    for type_line in ("KẾ HOẠCH HÀNH ĐỘNG", "ĐỀ ÁN", "QUY CHẾ"):
        _, sections = parse_text(tmp_path, head.format(what="văn bản") + type_line
                                 + "\n(Ban hành kèm theo Quyết định số 45/QĐ-UBND)\n" + BODY)
        assert [s.section_id for s in sections][:3] == ["I", "I/1", "I/2"], type_line
    # an issued text whose type and subject share a line: it starts after its `(Kèm theo …)`
    _, sections = parse_text(tmp_path, head.format(what="Kế hoạch") + "KẾ HOẠCH THỰC HIỆN CÔNG TÁC DÂN SỐ NĂM 2026\n"
                             "(Kèm theo Quyết định số 45/QĐ-UBND)\n" + BODY)
    assert [s.section_id for s in sections][:3] == ["I", "I/1", "I/2"]
    # a decision with no issued text below it: its articles are no sections, and nothing follows
    doc, sections = parse_text(tmp_path, head.format(what="Quy chế") + "I. Nội dung ghi chú\n")
    assert (doc.doc_type, sections) == ("QUYET_DINH", [])


def test_a_commune_header_naming_its_district_and_province(tmp_path):
    doc, _ = parse_text(tmp_path, (
        "ỦY BAN NHÂN DÂN XÃ HẢI NINH\nHUYỆN QUẢNG NINH\nTỈNH QUẢNG BÌNH\nSố: 18/KH-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHải Ninh, ngày 21 tháng 3 năm 2025\n\n"
        "KẾ HOẠCH\nPhòng, chống thiên tai và tìm kiếm cứu nạn mùa mưa bão năm 2025\ntrên địa bàn xã Hải Ninh\n"
        + WRAPPED_BODY + "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHoàng Văn Thắng\n"))
    assert (doc.issuer, doc.issuer_level, doc.province, doc.place) == \
        ("Ủy ban nhân dân xã Hải Ninh", "xa", "Quảng Bình", "Hải Ninh")
    assert (doc.period_start, doc.period_end) == (2025, 2025)  # `năm 2025 trên địa bàn …` ends the title


def test_a_provincial_party_committee_named_by_the_party_organisation_above_it(tmp_path):
    doc, _ = parse_text(tmp_path, (
        "ĐẢNG BỘ TỈNH BÌNH ĐỊNH\nTỈNH ỦY\n*\nSố 215-KH/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
        "Quy Nhơn, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị\n"
        + BODY.replace("Nơi nhận:", "T/M TỈNH ỦY\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\n(Đã ký)\n\nTrần Quốc Hưng\nNơi nhận:")))
    assert (doc.doc_number, doc.issuer, doc.issuer_level, doc.province, doc.place) == \
        ("215-KH/TU", "Tỉnh ủy Bình Định", "tinh", "Bình Định", "Quy Nhơn")
    assert (doc.signer_title, doc.signer_name) == ("PHÓ BÍ THƯ THƯỜNG TRỰC", "Trần Quốc Hưng")
    # a district committee under the province's organisation keeps its own name
    doc, _ = parse_text(tmp_path, "ĐẢNG BỘ TỈNH ĐẮK LẮK\nHUYỆN ỦY KRÔNG PẮC\n*\nSố 45-KH/HU\n\nKẾ HOẠCH\nTuyên truyền\n" + BODY)
    assert (doc.issuer, doc.issuer_level, doc.province, doc.doc_number) == \
        ("Huyện ủy Krông Pắc", "huyen", "Đắk Lắk", "45-KH/HU")


def test_a_plan_in_parts_numbers_its_roman_sections_again_at_level_1(tmp_path):
    """`PHẦN THỨ NHẤT` / `PHẦN THỨ HAI` / `PHẦN THỨ BA: TỔ CHỨC THỰC HIỆN`, each with its own
    `I.`: the part lines are no sections, the Roman ones stay level 1 and repeat (`I~2`),
    and a section ends before the next part line."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 180/KH-UBND\nQuảng Ngãi, ngày 26 tháng 5 năm 2025\n\n"
            "KẾ HOẠCH\nPhát triển kinh tế - xã hội 5 năm 2026 - 2030\n\n"
            "PHẦN THỨ NHẤT\nĐÁNH GIÁ KẾT QUẢ THỰC HIỆN KẾ HOẠCH 5 NĂM 2021 - 2025\n\n"
            "I. KẾT QUẢ ĐẠT ĐƯỢC\n1. Về kinh tế\nTăng trưởng khá.\nII. TỒN TẠI, HẠN CHẾ\nCòn chậm.\n\n"
            "**PHẦN THỨ HAI**\nKẾ HOẠCH 5 NĂM 2026 - 2030\n\n"
            "I. BỐI CẢNH\nThuận lợi.\nII. MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU\n1. Mục tiêu tổng quát\nPhát triển nhanh.\n"
            "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU\n1. Hoàn thiện thể chế\nIV. NGUỒN LỰC THỰC HIỆN\nVốn.\n\n"
            "PHẦN THỨ BA: TỔ CHỨC THỰC HIỆN\n\nI. PHÂN CÔNG TRÁCH NHIỆM\n1. Sở Tài chính\nTổng hợp.\n"
            "II. CHẾ ĐỘ BÁO CÁO\n1. Các sở báo cáo.\n\nNơi nhận:\n- Lưu: VT.\n")
    doc, sections = parse_text(tmp_path, text)
    tree = {s.section_id: s for s in sections}
    assert list(tree) == ["I", "I/1", "II", "I~2", "II~2", "II~2/1", "III", "III/1", "IV",
                          "I~3", "I~3/1", "II~3", "II~3/1"]
    assert {tree[k].level for k in ("I~2", "II~2", "IV", "I~3", "II~3")} == {1}
    assert [tree[k].kind for k in ("II~2", "III", "IV", "I~3", "II~3")] == \
        ["objectives", "tasks", "budget", "organization", "reporting"]
    assert text[tree["IV"].start:tree["IV"].end] == "IV. NGUỒN LỰC THỰC HIỆN\nVốn."
    assert (doc.period_start, doc.period_end) == (2026, 2030)  # `5 năm 2026 - 2030`
    # a part that goes on with the next numeral keeps counting; `Phần lớn …` is a sentence
    _, sections = parse_text(tmp_path, "KẾ HOẠCH\nCông tác năm 2026\nI. MỤC TIÊU\nPhần lớn các xã đạt.\n"
                             "PHẦN II\nII. NHIỆM VỤ\n1. Tuyên truyền\n")
    assert [s.section_id for s in sections] == ["I", "II", "II/1"]


def test_table_rows_are_no_headings(tmp_path):
    """A task table's rows, pipe or tab separated, whose number cell reads like `1.`."""
    for sep in (" | ", "\t"):
        rows = [["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"], ["1.", "Tuyên truyền", "Sở Y tế", "Quý I/2026"],
                ["2.", "Kiểm tra", "Sở Y tế", "Quý II/2026"]]
        table = "".join(sep.join(row) + "\n" for row in rows)
        _, sections = parse_text(tmp_path, "KẾ HOẠCH\nCông tác năm 2026\nI. NHIỆM VỤ\n1. Phân công\n" + table
                                 + "2. Kinh phí\nII. TỔ CHỨC THỰC HIỆN\n")
        assert [s.section_id for s in sections] == ["I", "I/1", "I/2", "II"], repr(sep)


def test_a_youth_union_plan_with_a_blank_day(tmp_path):
    """A provincial youth union: `ĐOÀN TNCS HỒ CHÍ MINH` / `BCH TỈNH KHÁNH HÒA` (the
    organisation's name is also its right column), the day left to fill in (`ngày …`),
    signed for the standing committee.  A campaign is an event: neither its title's year nor
    the dates under `1. Thời gian` make a period of the plan (docs/gold_conventions.md)."""
    doc, _ = parse_text(tmp_path, (
        "ĐOÀN TNCS HỒ CHÍ MINH\nBCH TỈNH KHÁNH HÒA\n***\nĐOÀN TNCS HỒ CHÍ MINH\n\nSố: 412-KH/TĐTN-PT\n\n"
        "Khánh Hòa, ngày … tháng 5 năm 2025\n\nKẾ HOẠCH\nTổ chức Chiến dịch Thanh niên tình nguyện hè năm 2025\n-----\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Phát huy vai trò xung kích.\nII. THỜI GIAN, PHẠM VI\n1. Thời gian\n\n"
        "- Chiến dịch được triển khai từ ngày 01/6/2025 đến ngày 31/8/2025; cao điểm từ ngày 15/6/2025.\n\n"
        "Nơi nhận:\n- Lưu VP, PT.\n\nTM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ\n\n(Đã ký)\n\nNguyễn Hoàng Phúc\n"))
    assert (doc.doc_number, doc.issuer, doc.issuer_level, doc.province, doc.place) == \
        ("412-KH/TĐTN-PT", "Tỉnh Đoàn Khánh Hòa", "tinh", "Khánh Hòa", "Khánh Hòa")
    assert (doc.issued_date, doc.issued_year, doc.period_start, doc.period_end) == (None, 2025, None, None)
    assert (doc.signer_title, doc.signer_name) == ("PHÓ BÍ THƯ", "Nguyễn Hoàng Phúc")
    # other committees of mass organisations, and what is none
    for header, issuer, level in (("BCH ĐOÀN HUYỆN DIÊN KHÁNH", "Huyện Đoàn Diên Khánh", "huyen"),
                                  ("TỈNH ĐOÀN GIA LAI", "Tỉnh Đoàn Gia Lai", "tinh"),
                                  ("HỘI NÔNG DÂN VIỆT NAM\nBAN CHẤP HÀNH TỈNH QUẢNG NAM", "Hội Nông dân tỉnh Quảng Nam", "tinh"),
                                  ("LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA", "Liên đoàn Lao động tỉnh Khánh Hòa", "tinh")):
        doc, _ = parse_text(tmp_path, header + "\nSố: 12-KH/X\n\nKẾ HOẠCH\nCông tác năm 2026\n" + BODY)
        assert (doc.issuer, doc.issuer_level) == (issuer, level), header


def test_a_joint_plan_with_signatures_side_by_side(tmp_path):
    """`KẾ HOẠCH LIÊN TỊCH` of two bodies named in the header's left column, columns apart
    by runs of spaces; two signatures side by side: the left-hand one is the signer, and
    the bodies' names above them close the body."""
    text = ("SỞ Y TẾ TỈNH LONG AN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "BẢO HIỂM XÃ HỘI TỈNH LONG AN                       Độc lập - Tự do - Hạnh phúc\n"
            "Số: 35/KHLT-SYT-BHXH                           Long An, ngày 12 tháng 8 năm 2025\n\n"
            "KẾ HOẠCH LIÊN TỊCH\nPhối hợp thực hiện chính sách bảo hiểm y tế\ngiai đoạn 2025 - 2026\n_______________\n\n"
            "I. MỤC ĐÍCH\nPhối hợp chặt chẽ.\nII. TỔ CHỨC THỰC HIỆN\nCác đơn vị thực hiện./.\n\n"
            "SỞ Y TẾ                                        BẢO HIỂM XÃ HỘI TỈNH LONG AN\n"
            "KT. GIÁM ĐỐC                                   KT. GIÁM ĐỐC\n"
            "PHÓ GIÁM ĐỐC                                   PHÓ GIÁM ĐỐC\n\n"
            "(Đã ký)                                        (Đã ký)\n\n"
            "Nguyễn Văn Hậu                                 Lê Thị Mỹ Hạnh\n\nNơi nhận:\n- Bộ Y tế;\n- Lưu: VT.\n")
    doc, sections = parse_text(tmp_path, text)
    assert (doc.doc_type, doc.doc_number, doc.issuer, doc.province) == \
        ("KE_HOACH", "35/KHLT-SYT-BHXH", "Sở Y tế tỉnh Long An", "Long An")
    assert (doc.title, doc.period_start, doc.period_end) == \
        ("Phối hợp thực hiện chính sách bảo hiểm y tế giai đoạn 2025 - 2026", 2025, 2026)
    assert (doc.signer_title, doc.signer_name) == ("PHÓ GIÁM ĐỐC", "Nguyễn Văn Hậu")
    assert text[sections[-1].start:sections[-1].end] == "II. TỔ CHỨC THỰC HIỆN\nCác đơn vị thực hiện./."


def test_a_ward_plan_copied_out_of_word_with_tabbed_columns(tmp_path):
    """Letterhead and Nơi nhận / signature in columns apart by tabs: the issuer is the
    left column's last body (the ward, under its district), the recipients are the left
    column only, the signer is in the right one."""
    doc, _ = parse_text(tmp_path, (
        "ỦY BAN NHÂN DÂN QUẬN 1\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nỦY BAN NHÂN DÂN\tĐộc lập - Tự do - Hạnh phúc\n"
        "PHƯỜNG BẾN NGHÉ\t\n\t\nSố: 57/KH-UBND\tBến Nghé, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
        "Lập lại trật tự đô thị trên địa bàn phường Bến Nghé năm 2025\n\n"
        "Căn cứ Quyết định của Ủy ban nhân dân Thành phố Hồ Chí Minh;\n" + BODY.split("Nơi nhận:")[0]
        + "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- UBND Quận 1 (để b/c);\tCHỦ TỊCH\n- Công an Quận 1;\t\n"
        "- Thường trực Đảng ủy phường;\t(đã ký)\n- Các đơn vị tại mục V;\tTrương Minh Khang\n- Lưu: VT.\t\n"))
    assert (doc.issuer, doc.issuer_level, doc.province, doc.place) == \
        ("Ủy ban nhân dân phường Bến Nghé", "xa", "Hồ Chí Minh", "Bến Nghé")
    assert (doc.signer_title, doc.signer_name) == ("CHỦ TỊCH", "Trương Minh Khang")
    assert doc.recipients == ["UBND Quận 1 (để b/c)", "Công an Quận 1", "Thường trực Đảng ủy phường",
                              "Các đơn vị tại mục V", "Lưu: VT"]


def test_word_list_markers_are_headings_and_its_bullets_are_not(tmp_path):
    """A plan copied out of Word: its lists number `1)` (also `1)<TAB>`), letter `a.` and,
    in one section, `1/`; its bullets are `•<TAB>`, `o`, `➢`. The markers climb their
    ladders like `1.` and `a)`; a bullet is never a heading and never joins the heading
    above it; `1/2`, `v.v.`, a list inside a sentence are no markers."""
    text = ("KẾ HOẠCH\nPhổ cập giáo dục, xóa mù chữ năm 2024\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1)\tMục đích\n•\tCủng cố, duy trì kết quả phổ cập\n"
            "2)\tYêu cầu\no Ban Chỉ đạo huyện ban hành quy chế hoạt động\n"
            "II. MỤC TIÊU\n1) Mục tiêu chung\nDuy trì kết quả gồm: 1) rà soát; 2) cập nhật.\n"
            "2) Chỉ tiêu cụ thể đến năm 2025\na. Phổ cập giáo dục mầm non\n➢ Duy trì 15/15 xã đạt chuẩn.\n"
            "v.v. và các nội dung khác.\nb. Xóa mù chữ\n➢ Tỷ lệ biết chữ đạt 98%.\n"
            "**III. TỔ CHỨC THỰC HIỆN**\n1/ Ban Chỉ đạo huyện\n- Chỉ đạo chung.\n"
            "2/ Phòng Giáo dục và Đào tạo\n- Tham mưu thực hiện.\n1/2 số xã hoàn thành trong quý III.\n"
            "Nơi nhận:\n- Lưu: VT.\n")
    _, sections = parse_text(tmp_path, text)
    tree = {s.section_id: s for s in sections}
    assert list(tree) == ["I", "I/1", "I/2", "II", "II/1", "II/2", "II/2/a", "II/2/b", "III", "III/1", "III/2"]
    assert [tree[k].heading for k in ("I/1", "I/2", "II/2/b", "III", "III/1")] == \
        ["Mục đích", "Yêu cầu", "Xóa mù chữ", "TỔ CHỨC THỰC HIỆN", "Ban Chỉ đạo huyện"]
    assert (tree["II/2/a"].marker, tree["II/2/a"].marker_type, tree["II/2/a"].level) == ("a", "letter", 3)
    assert (tree["III/2"].marker, tree["III/2"].marker_type) == ("2", "arabic")
    assert text[tree["III/2"].start:tree["III/2"].end].endswith("1/2 số xã hoàn thành trong quý III.")


def test_a_councils_standing_committee_issues_its_plan(tmp_path):
    """`HỘI ĐỒNG NHÂN DÂN HUYỆN …` / `THƯỜNG TRỰC`: the standing committee under the
    council is the issuer, named with the council; a council's Ban likewise. A
    people's committee's Sở keeps its area (`Sở Y tế tỉnh …`)."""
    for header, issuer in (
            ("**HỘI ĐỒNG NHÂN DÂN HUYỆN ĐỨC TRỌNG**\n**THƯỜNG TRỰC**\n\nSố: 28/KH-TTHĐND\n",
             "Thường trực Hội đồng nhân dân huyện Đức Trọng"),
            ("HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG THƯỜNG TRỰC\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
             "Thường trực Hội đồng nhân dân tỉnh Lâm Đồng"),
            ("HĐND TỈNH LÂM ĐỒNG\nBAN PHÁP CHẾ\n", "Ban Pháp chế Hội đồng nhân dân tỉnh Lâm Đồng"),
            ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nSỞ Y TẾ\n", "Sở Y tế tỉnh Lâm Đồng")):
        doc, _ = parse_text(tmp_path, header + "\nĐức Trọng, ngày 14 tháng 4 năm 2025\n\nKẾ HOẠCH\n"
                            "Giám sát chuyên đề năm 2025\n" + BODY)
        assert doc.issuer == issuer, header
    assert (doc.issuer_level, doc.province) == ("tinh", "Lâm Đồng")


INSTITUTION_TAIL = "\nKẾ HOẠCH\nCải tiến chất lượng năm 2025\n" + BODY


def test_an_institution_under_its_department_or_ministry_issues_the_plan(tmp_path):
    doc, _ = parse_text(tmp_path, "SỞ Y TẾ TỈNH THÁI BÌNH\nBỆNH VIỆN ĐA KHOA TỈNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                        "Độc lập - Tự do - Hạnh phúc\nSố: 156/KH-BVĐK\nThái Bình, ngày 20 tháng 02 năm 2025\n"
                        + INSTITUTION_TAIL)
    assert (doc.issuer, doc.issuer_level, doc.province, doc.place) == \
        ("Bệnh viện Đa khoa tỉnh Thái Bình", "tinh", "Thái Bình", "Thái Bình")
    doc, _ = parse_text(tmp_path, "BỘ CÔNG AN\nCÔNG AN TỈNH NINH BÌNH\nSố: 245/KH-CAT-PV01\n"
                        "Ninh Bình, ngày 10 tháng 11 năm 2025\n" + INSTITUTION_TAIL)
    assert (doc.issuer, doc.issuer_level, doc.province, doc.place) == \
        ("Công an tỉnh Ninh Bình", "tinh", "Ninh Bình", "Ninh Bình")
    doc, _ = parse_text(tmp_path, "SỞ GD&ĐT PHÚ THỌ\n**TRƯỜNG THPT HÙNG VƯƠNG**\n\nSố: 86/KH-THPTHV\n\n"
                        "Phú Thọ, ngày 12 tháng 9 năm 2025\n" + INSTITUTION_TAIL)
    assert (doc.issuer, doc.issuer_level, doc.province) == \
        ("Trường Trung học phổ thông Hùng Vương", "tinh", "Phú Thọ")
    # a centre with an area of its own is of that area, in its superior's province
    doc, _ = parse_text(tmp_path, "SỞ Y TẾ TỈNH ĐẮK LẮK\nTRUNG TÂM Y TẾ HUYỆN KRÔNG PẮC\nSố: 5/KH-TTYT\n"
                        + INSTITUTION_TAIL)
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Trung tâm Y tế huyện Krông Pắc", "huyen", "Đắk Lắk")


def test_a_university_under_its_ministry_names_its_city(tmp_path):
    # the city on the line below is part of the university's name; a ministry's school governs no area
    head = "BỘ GIÁO DỤC VÀ ĐÀO TẠO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG ĐẠI HỌC NÔNG LÂM\tĐộc lập - Tự do - Hạnh phúc\n"
    doc, _ = parse_text(tmp_path, head + "THÀNH PHỐ HỒ CHÍ MINH\n\nSố: 512/KH-ĐHNL\tThành phố Hồ Chí Minh, ngày 16 tháng 01 "
                        "năm 2026\n" + INSTITUTION_TAIL)
    assert (doc.issuer, doc.issuer_level, doc.province, doc.place) == \
        ("Trường Đại học Nông Lâm Thành phố Hồ Chí Minh", None, "Hồ Chí Minh", "Hồ Chí Minh")
    # without a place below, the name as written
    doc, _ = parse_text(tmp_path, head + "\nSố: 5/KH-ĐHNL\tHà Nội, ngày 16 tháng 01 năm 2026\n" + INSTITUTION_TAIL)
    assert (doc.issuer, doc.issuer_level) == ("Trường Đại học Nông Lâm", None)


def test_not_an_institution(tmp_path):
    # `MÔI TRƯỜNG` ends a department's name; a centre without a level word is the department's unit
    doc, _ = parse_text(tmp_path, "UBND TỈNH QUẢNG TRỊ\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 1/KH-STNMT\n" + INSTITUTION_TAIL)
    assert doc.issuer == "Sở Tài nguyên và Môi trường tỉnh Quảng Trị"
    doc, _ = parse_text(tmp_path, "UBND TỈNH GIA LAI\nTRUNG TÂM XÚC TIẾN ĐẦU TƯ\nSố: 1/KH-TTXT\n" + INSTITUTION_TAIL)
    assert doc.issuer == "Trung tâm Xúc tiến đầu tư tỉnh Gia Lai"
    # a ministry without a body under it stays the issuer
    doc, _ = parse_text(tmp_path, "BỘ CÔNG AN\n-------\nSố: 12/KH-BCA\nHà Nội, ngày 2 tháng 1 năm 2025\n" + INSTITUTION_TAIL)
    assert (doc.issuer, doc.issuer_level, doc.place) == ("Bộ Công an", None, "Hà Nội")


def test_signatures_of_a_hospital_a_police_force_and_a_school(tmp_path):
    head = "SỞ Y TẾ TỈNH THÁI BÌNH\nBỆNH VIỆN ĐA KHOA TỈNH\nSố: 156/KH-BVĐK\n" + INSTITUTION_TAIL
    # the title's line is not joined to the `(Đã ký)` below it
    doc, _ = parse_text(tmp_path, head + "- Lưu: VT, QLCL.\n\nGIÁM ĐỐC\n(Đã ký)\n\nTrần Quang Vinh\n\nPHỤ LỤC\n")
    assert (doc.signer_title, doc.signer_name) == ("GIÁM ĐỐC", "Trần Quang Vinh")
    # the rank before the name is not the name's
    doc, _ = parse_text(tmp_path, head + "- Lưu: VT, PV01.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nĐại tá Trần Văn A\n")
    assert (doc.signer_title, doc.signer_name) == ("PHÓ GIÁM ĐỐC", "Trần Văn A")
    doc, _ = parse_text(tmp_path, head + "- Lưu: VT, CM.\n\nHIỆU TRƯỞNG\n\n(Đã ký)\n\nNguyễn Thị Thanh Hương\n")
    assert (doc.signer_title, doc.signer_name) == ("HIỆU TRƯỞNG", "Nguyễn Thị Thanh Hương")
    # a rank alone is no name
    doc, _ = parse_text(tmp_path, head + "- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nĐại tá\n")
    assert (doc.signer_title, doc.signer_name) == ("PHÓ GIÁM ĐỐC", None)


def test_a_numbered_list_inside_a_decimal_heading_and_letters_with_a_dash(tmp_path):
    """A joint plan: its targets `1)`, `2)` … stand under `2. Chỉ tiêu cụ thể` (a list of
    another mark, opening at 1, inside that heading, closed by the next `3.`); its tasks
    are lettered `a-`, `b-` (a line of its own, never joined to the wrapped line above)."""
    text = ("KẾ HOẠCH\nCông tác y tế trường học năm học 2026 - 2027\n\n"
            "I. MỤC TIÊU, CHỈ TIÊU\n1. Mục tiêu chung\nBảo vệ sức khỏe học sinh trong các cơ sở giáo dục trên\n"
            "địa bàn tỉnh.\n2. Chỉ tiêu cụ thể năm học 2026 - 2027\n"
            "1) 100% trường học có nhân viên y tế (chuyên trách hoặc kiêm nhiệm); trên 85% trường học có\n"
            "phòng y tế đạt chuẩn.\n2) Trên 95% học sinh tham gia bảo hiểm y tế.\n"
            "3. Giải pháp chung\nHuy động các nguồn lực.\n"
            "II. NHIỆM VỤ, GIẢI PHÁP\n1. Công tác truyền thông, giáo dục sức khoẻ\n"
            "a- Đa dạng hoá hình thức truyền thông về phòng, chống bệnh tật học đường (cận thị,\n"
            "cột sống, răng miệng), dinh dưỡng hợp lý, hoạt động thể lực.\n"
            "b- Lồng ghép nội dung giáo dục sức khỏe vào các giờ sinh hoạt lớp, hoạt động trải nghiệm;\n"
            "e- learning cho giáo viên y tế trường học.\n"
            "2. Khám sức khoẻ học sinh\na- Tổ chức khám sức khoẻ đầu năm học, hoàn thành trước ngày 31/10/2026.\n"
            "Nơi nhận:\n- Lưu: VT.\n")
    _, sections = parse_text(tmp_path, text)
    tree = {s.section_id: s for s in sections}
    assert list(tree) == ["I", "I/1", "I/2", "I/2/1", "I/2/2", "I/3", "II", "II/1", "II/1/a", "II/1/b",
                          "II/2", "II/2/a"]
    assert (tree["I/2/1"].marker, tree["I/2/1"].marker_type, tree["I/2/1"].level) == ("1", "arabic", 3)
    assert (tree["II/1/a"].marker, tree["II/1/a"].marker_type, tree["II/1/a"].level) == ("a", "letter", 3)
    assert tree["II/1"].heading == "Công tác truyền thông, giáo dục sức khoẻ"
    assert tree["II/1/a"].heading.startswith("Đa dạng hoá hình thức truyền thông")


def test_word_list_marks_mixed_by_a_typist_stay_one_ladder(tmp_path):
    """Not a list inside a heading: `2)` after `1.` goes on the same ladder (a typist's
    mix of marks); a list inside a heading opens only at 1."""
    text = ("KẾ HOẠCH\nPhổ cập giáo dục năm 2026\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nCủng cố kết quả.\n2) Yêu cầu\nBảo đảm tiến độ.\n"
            "II. NHIỆM VỤ\n1. Rà soát\nRà soát số liệu.\n2. Tuyên truyền\nTuyên truyền rộng rãi.\n"
            "Nơi nhận:\n- Lưu: VT.\n")
    _, sections = parse_text(tmp_path, text)
    assert [s.section_id for s in sections] == ["I", "I/1", "I/2", "II", "II/1", "II/2"]


def test_a_running_footer_with_the_plans_own_number_inside_a_sentence(tmp_path):
    """A PDF's footer (`Kế hoạch số 1487/KH-BNNMT – Trang 3`, also without the dash) and a
    bare page number between the halves of a wrapped sentence: blanked, the sentence
    joined across them, no section and no reference read in them."""
    from pipeline.normalise import textmap

    wrapped = ("Kinh phí thực hiện Kế hoạch được bố trí từ nguồn chi sự nghiệp bảo vệ môi trường, chi\n"
               "sự nghiệp khoa học và công nghệ năm 2026 của Bộ, dự kiến khoảng 18,5 tỷ đồng, và các\n"
               "nguồn vốn hợp pháp khác theo quy định của pháp luật hiện hành về ngân sách nhà nước.\n") * 4
    text = ("V. KINH PHÍ\n" + wrapped + "VI. CHẾ ĐỘ BÁO CÁO\n"
            "Các đơn vị thuộc Bộ báo cáo kết quả thực hiện định kỳ 6 tháng và cả năm, gửi về Bộ để\n"
            "tổng hợp, báo cáo Bộ trưởng Bộ Nông nghiệp và Môi trường và báo cáo Thủ tướng\n"
            "Kế hoạch số 1487/KH-BNNMT – Trang 3\nChính phủ.\n"
            "Trong quá trình thực hiện, các đơn vị kịp thời phản ánh về Cục Kiểm soát ô nhiễm môi\n"
            "trường để tổng hợp, báo cáo\n1487/KH-BNNMT Trang 4\n4\nbộ trưởng xem xét, quyết định./.\n")
    work = textmap.build(text)
    assert "Thủ tướng" + " " * 37 + "Chính phủ." in work.text
    assert "báo cáo" + " " * 25 + "bộ trưởng" in work.text
    assert [line.text(work.text).strip()[:6] for line in work.lines if "Trang" in line.text(text)] == ["Các đơ", "Trong "]
    # not a footer: a sentence that ends with a page it names
    kept = "Kết quả được đăng tải trên trang 3\ncủa Cổng thông tin điện tử."
    assert "trang 3" in textmap.build(kept).text



def test_a_page_number_with_a_running_header_under_it(tmp_path):
    """A PDF copied with its page number and then its running header at each page break
    (`3` / `Trung tâm … – Kế hoạch phòng, chống lao 2026`): both blanked, so the number is no
    count of the header's `Trung tâm`; the same header written once is text."""
    from pipeline.normalise import textmap

    header = "Trung tâm Kiểm soát bệnh tật tỉnh Gia Lai – Kế hoạch phòng, chống lao 2026"
    text = ("- 100% viên chức phụ trách được tập huấn, cập nhật kiến thức;\n2\n" + header + "\n"
            "- 100% TTYT khu vực nhập liệu;\n3\n" + header + "\n- Tỷ lệ hồ sơ đạt 95%.\n")
    work = textmap.build(text)
    assert "Trung tâm" not in work.text and "\n2\n" not in work.text and "\n3\n" not in work.text
    once = "- Tập huấn 3 lớp;\n3\n" + header + "\n- Tỷ lệ hồ sơ đạt 95%.\n"
    assert "Trung tâm" in textmap.build(once).text

OCR_HEADER = """UỶ BAN NHÂN DÀN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HỰU THẠNH Độc lập - Tự do - Hạnh phúc
|  ~                        ______________________

Số: 48 /KH-UBND        Hựu Thạnh, ngày 15 tháng 3 năm 2 0 2 4

KẾ HOẠCH
Phòng, chống bệnh sốt xuất huyết trên địa bàn xã Hựu Thạnh
Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh Long An.
I. MỤC ĐÍCH
Nội dung.
II. NHIỆM VỤ
III. KINH PHÍ
lV. TỔ CHỨC THỰC HIỆN
V . CHẾ ĐỘ BÁO CÁO
Hằng tháng.

Nơi nhận:                              TM. UỶ BAN NHÂN DÂN
- UBND huyện Đức Hoà;                  KT. CHỦ TỊCH
- Phòng Y tế huyện;                    PHÓ CHỦ TICH
- Lưu: VT.                             Nguyễn Văn Tâm
"""


def test_header_of_a_scanned_plan(tmp_path):
    """A scan's header: the issuer's line interleaved with the motto and misread
    (`NHÂN DÀN`), the year's digits spaced, the signer's title misread (`CHỦ TICH`);
    the Roman ladder goes on past `lV.` and `V .`."""
    doc, sections = parse_text(tmp_path, OCR_HEADER)
    assert doc.issuer == "Ủy ban nhân dân xã Hựu Thạnh" and doc.issuer_level == "xa"
    assert str(doc.issued_date) == "2024-03-15" and doc.issued_year == 2024
    assert (doc.signer_title, doc.signer_name) == ("PHÓ CHỦ TỊCH", "Nguyễn Văn Tâm")
    assert doc.text == OCR_HEADER  # the text stays as read
    assert [s.section_id for s in sections] == ["I", "II", "III", "IV", "V"]
    assert sections[3].kind == "organization" and sections[4].kind == "reporting"


def test_a_line_starting_with_i_and_a_spaced_dot_is_a_heading_only_as_a_numeral(tmp_path):
    _, sections = parse_text(tmp_path, "KẾ HOẠCH\nVề y tế\nI. MỤC TIÊU\nI .5 điểm mỗi tiêu chí.\nII . NHIỆM VỤ\n")
    assert [s.section_id for s in sections] == ["I", "II"]


MARKDOWN_LISTS = """# KẾ HOẠCH

**Phát triển du lịch cộng đồng trên địa bàn huyện**

## I. NHIỆM VỤ VÀ GIẢI PHÁP

### 1. Tuyên truyền, quảng bá

* Đẩy mạnh tuyên truyền.

### 2. Phát triển sản phẩm du lịch

#### a) Nâng cấp các điểm du lịch

Chỉnh trang cảnh quan tại:

1. Bản Lác, xã Chiềng Châu;
2. Bản Văn, xã Mai Hịch.

- **Cơ quan chủ trì:** Phòng Văn hóa và Thông tin

### 3. Phát triển sản phẩm OCOP

* Rà soát hồ sơ.

## II. TỔ CHỨC THỰC HIỆN

1\\. Phòng Văn hóa và Thông tin

* Là cơ quan thường trực.

2\\. Phòng Tài chính - Kế hoạch

* Bố trí kinh phí.
"""


def test_a_markdown_heading_is_the_sibling_of_the_open_one_of_its_depth(tmp_path):
    """`### 3.` after a list `1.`, `2.` under `#### a)` is I/3 (not I/2/a/3), and the
    bullet after that list of one-line items belongs to `a)`, not to its last item."""
    _, sections = parse_text(tmp_path, MARKDOWN_LISTS)
    assert [s.section_id for s in sections] == ["I", "I/1", "I/2", "I/2/a", "I/2/a/1", "I/2/a/2", "I/3",
                                                "II", "II/1", "II/2"]
    by_id = {s.section_id: s for s in sections}
    lead = MARKDOWN_LISTS.index("- **Cơ quan chủ trì:**")
    assert by_id["I/2/a/2"].end < lead < by_id["I/2/a"].end
    # an escaped `1\.` is a paragraph, not a markdown list: its bullets stay under it
    assert by_id["II/1"].end > MARKDOWN_LISTS.index("* Là cơ quan thường trực.")


def test_a_bold_level_between_two_markdown_depths_stays_open(tmp_path):
    """`**2.**` written in bold between `### I.` and `#### 2.1.`: the deeper hashes nest under
    it, and the bold `**3.**` after them is its sibling (not lost under `2.2`)."""
    _, sections = parse_text(tmp_path, (
        "# KẾ HOẠCH\n\n**Bảo vệ và phát triển rừng năm 2026**\n\n### I. NHIỆM VỤ, GIẢI PHÁP\n\n"
        "**1. Tuyên truyền**\n\nTuyên truyền.\n\n**2. Quản lý, bảo vệ rừng**\n\n#### 2.1. Tuần tra\n\nTuần tra.\n\n"
        "#### 2.2. Giao khoán\n\nGiao khoán.\n\n**3. Phòng cháy, chữa cháy rừng**\n\nChữa cháy.\n\n"
        "**4. Phát triển rừng**\n\n**a) Trồng rừng tập trung**\n\nTrồng rừng.\n\n**b) Trồng cây phân tán**\n\n"
        "Trồng cây.\n\n### II. TỔ CHỨC THỰC HIỆN\n\n1. Chi cục Kiểm lâm\n"))
    assert [(s.section_id, s.level) for s in sections] == [
        ("I", 1), ("I/1", 2), ("I/2", 2), ("I/2/2.1", 3), ("I/2/2.2", 3), ("I/3", 2), ("I/4", 2),
        ("I/4/a", 3), ("I/4/b", 3), ("II", 1), ("II/1", 2)]


MARKDOWN_TASKS = """# KẾ HOẠCH

**Chuyển đổi số trên địa bàn xã năm 2026**

## I. NHIỆM VỤ, GIẢI PHÁP

### 1. Tuyên truyền

\\- Đẩy mạnh tuyên truyền.

### 2. Triển khai Đề án 06

- [ ] Công an xã chủ trì, phối hợp với Phòng Kinh tế rà soát dữ liệu dân cư.

- [x] Phòng Văn hóa - Xã hội chủ trì tuyên truyền.

### 3. Phát triển chính quyền số

1\\. Trung tâm Phục vụ hành chính công xã bố trí máy tính.

2\\. Văn phòng HĐND và UBND xã triển khai họp không giấy.

### 4. Phổ cập kỹ năng số

1\\. Tổ chức lớp học.

## II. TỔ CHỨC THỰC HIỆN

1\\. **Công an xã**

Chủ trì triển khai Đề án 06.
"""


def test_a_plain_numbered_list_under_a_markdown_heading_nests_in_it(tmp_path):
    """A pandoc `1\\.` list under `### 3.` is I/3/1, I/3/2 (the hashes say `### 3.` is the
    plan's depth, so a plain `1.` is no restart of it); `### 4.` closes it; a `1\\.` under a
    Roman `## II.` stays II/1."""
    _, sections = parse_text(tmp_path, MARKDOWN_TASKS)
    assert [s.section_id for s in sections] == ["I", "I/1", "I/2", "I/3", "I/3/1", "I/3/2", "I/4", "I/4/1",
                                                "II", "II/1"]
    assert {s.section_id: s.level for s in sections}["I/3/2"] == 3


def test_a_task_list_box_is_no_part_of_the_sentence(tmp_path):
    """`- [ ] Công an xã chủ trì …`: the box is blanked, so the lead opens its sentence."""
    path = tmp_path / "plan.txt"
    path.write_text(MARKDOWN_TASKS, encoding="utf-8")
    rows = parse_document(path, "plan.txt").tables["assignments"]
    leads = {(r.text, r.section_id) for r in rows if r.role == "lead"}
    assert ("Công an xã", "I/2") in leads and ("Phòng Văn hóa - Xã hội", "I/2") in leads


def test_the_last_item_of_a_list_keeps_its_body_when_it_opens_one(tmp_path):
    """Not a list of one-line items: the last item ends with `:` or what follows is
    indented under it, or the items have bodies of their own."""
    for last in ("3. Nhiệm vụ khác:\n\n- Sở Y tế chủ trì.\n", "3. Nhiệm vụ khác\n\n   - Sở Y tế chủ trì.\n"):
        text = "KẾ HOẠCH\nVề y tế\nI. NHIỆM VỤ\n1. Tuyên truyền\n2. Tập huấn\n" + last
        _, sections = parse_text(tmp_path, text)
        assert sections[-1].section_id == "I/3" and sections[-1].end > text.index("Sở Y tế"), last
    text = "KẾ HOẠCH\nVề y tế\nI. NHIỆM VỤ\n1. Tuyên truyền\n\n- Sở Nội vụ.\n2. Tập huấn\n\n- Sở Y tế chủ trì.\n"
    _, sections = parse_text(tmp_path, text)
    assert sections[-1].end > text.index("Sở Y tế")


def test_the_closing_paragraph_after_a_list_of_one_line_items_stands_in_the_last_item(tmp_path):
    """`Trên đây là Kế hoạch …` after a blank line below `2. Sở Tài chính tổng hợp …`: like all
    the text before `Nơi nhận`, it stands in the last section, not in the heading above the list."""
    text = ("KẾ HOẠCH\nVề đầu tư công\nI. CHẾ ĐỘ BÁO CÁO\n1. Các chủ đầu tư báo cáo Sở Tài chính.\n"
            "2. Sở Tài chính tổng hợp, báo cáo UBND tỉnh.\n\nTrên đây là Kế hoạch đẩy nhanh giải ngân; "
            "nếu có vướng mắc, các đơn vị phản ánh về Sở Tài chính./.\n")
    _, sections = parse_text(tmp_path, text)
    assert sections[-1].section_id == "I/2" and sections[-1].end > text.index("phản ánh về")


def test_a_party_plans_period_from_its_enacting_sentence(tmp_path):
    """A party plan's title names the resolution it carries out; its own period is in
    the sentence that ends the preamble — not a congress's term nor a cited programme's."""
    head = ("KẾ HOẠCH\nthực hiện Nghị quyết số 68-NQ/TW, ngày 04-5-2025 của Bộ Chính trị\nvề phát triển kinh tế tư nhân\n"
            "-----\n\nCăn cứ Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030,\n")
    doc, _ = parse_text(tmp_path, head + "Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch thực hiện trên địa bàn xã "
                        "giai đoạn 2025 - 2030, như sau:\n" + BODY)
    assert (doc.period_start, doc.period_end) == (2025, 2030)
    doc, _ = parse_text(tmp_path, head + "Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch thực hiện Chương trình "
                        "của Tỉnh ủy giai đoạn 2021 - 2025, như sau:\n" + BODY)
    assert (doc.period_start, doc.period_end) == (None, None)


def test_a_decimal_heading_without_its_dot_is_a_heading_of_its_own(tmp_path):
    _, sections = parse_text(tmp_path, (
        "KẾ HOẠCH\nThực hiện công tác năm 2026\nI. NHIỆM VỤ\n1. Hoàn thiện thể chế, chính sách\n"
        "1.1 Xây dựng văn bản quy phạm pháp luật\n- Cục Đường bộ Việt Nam chủ trì xây dựng Nghị định hướng\n"
        "dẫn Luật Đường bộ.\n1.2. Rà soát, cắt giảm thủ tục hành chính\n- Tổng số xã đạt\n"
        "1.500 hộ gia đình.\nNơi nhận:\n- Lưu: VT.\n"))
    assert [s.section_id for s in sections] == ["I", "I/1", "I/1/1.1", "I/1/1.2"]
    assert sections[2].heading.startswith("Xây dựng văn bản")


def test_a_national_agency_under_its_ministry_issues_the_plan(tmp_path):
    doc, _ = parse_text(tmp_path, (
        "BỘ TÀI CHÍNH\nBẢO HIỂM XÃ HỘI VIỆT NAM\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 215/KH-BHXH\n\nHà Nội, ngày 16 tháng 01 năm 2026\n\nKẾ HOẠCH\n\n"
        "Phát triển người tham gia bảo hiểm xã hội năm 2026\n" + WRAPPED_BODY
        + "KT. TỔNG GIÁM ĐỐC\nPHÓ TỔNG GIÁM ĐỐC\n\nPhạm Minh Tuấn\n"))
    assert (doc.issuer, doc.issuer_level) == ("Bảo hiểm xã hội Việt Nam", None)
    assert (doc.signer_title, doc.signer_name) == ("PHÓ TỔNG GIÁM ĐỐC", "Phạm Minh Tuấn")
    # (a ministry with no agency under it stays the issuer)
    doc, _ = parse_text(tmp_path, (
        "BỘ Y TẾ\n-------\nSố: 35/KH-BYT\nHà Nội, ngày 02 tháng 5 năm 2025\n\n"
        "KẾ HOẠCH\nTriển khai bệnh án điện tử năm 2025\n" + WRAPPED_BODY + "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Văn Thuấn\n"))
    assert doc.issuer == "Bộ Y tế"


def test_a_years_work_of_a_body_is_a_one_year_plan(tmp_path):
    doc, _ = parse_text(tmp_path, "KẾ HOẠCH\nCông tác năm 2026 của Sở Nội vụ tỉnh Quảng Trị\n" + BODY)
    assert (doc.period_start, doc.period_end) == (2026, 2026)
    doc, _ = parse_text(tmp_path, "KẾ HOẠCH\nThực hiện Nghị quyết số 12-NQ/TU ngày 29 tháng 11 năm 2021 của "
                                  "Tỉnh ủy\n" + BODY)
    assert (doc.period_start, doc.period_end) == (None, None)


def test_a_unit_name_wrapped_onto_a_line_ending_in_a_level_and_a_regional_centre(tmp_path):
    tail = "\nKẾ HOẠCH\nHoạt động năm 2026\n" + BODY
    doc, _ = parse_text(tmp_path, "UBND TỈNH LÀO CAI\nBAN CHỈ ĐẠO PHÁT TRIỂN\nDU LỊCH TỈNH\nSố: 05/KH-BCĐ\n" + tail)
    assert (doc.issuer, doc.issuer_level) == ("Ban Chỉ đạo phát triển du lịch tỉnh Lào Cai", "tinh")
    doc, _ = parse_text(tmp_path, "SỞ Y TẾ TỈNH ĐỒNG NAI\nTRUNG TÂM Y TẾ KHU VỰC ĐỊNH QUÁN\nSố: 112/KH-TTYT\n" + tail)
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Trung tâm Y tế khu vực Định Quán", "tinh", "Đồng Nai")


def test_spaces_from_a_web_page_read_as_plain_spaces():
    # saved from a portal: non-breaking spaces inside names, numbers and dates, a literal &nbsp;
    from pipeline.normalise import textmap

    text = "Sở\u00a0Giáo dục và Đào tạo; Ít nhất\u00a015 người; ngày 18 tháng 02 năm\u00a02025; kinh phí&nbsp;dự kiến"
    work = textmap.build(text)
    assert len(work.text) == len(text)
    assert "Sở Giáo dục" in work.text and "Ít nhất 15" in work.text and "năm 2025" in work.text
    assert "kinh phí      dự kiến" in work.text
    assert textmap.build("KH&amp;CN").text == "KH&    CN"  # an escaped ampersand reads as `&` (layout.html_ampersand)
    assert "&quot;" in textmap.build("&quot;Tết&quot;").text  # other entities are left as written


def test_invisible_characters_word_leaves_are_blanked_with_offsets_kept():
    # saved from Word: a BOM, a zero-width space after a name's word, a soft hyphen
    from pipeline.normalise import textmap

    text = "\ufeffỦY BAN NHÂN DÂN\n- Phòng Giáo dục\u200b và Đào tạo chỉ đạo; văn hóa truy\u00adền thống"
    work = textmap.build(text)
    assert len(work.text) == len(text)
    assert work.text.startswith(" ỦY BAN") and "Giáo dục  và Đào tạo" in work.text
    assert not any(c in work.text for c in "\ufeff\u200b\u00ad")
    at = work.text.index("Phòng")
    name = "Phòng Giáo dục\u200b và Đào tạo"
    assert text[at:at + len(name)] == name  # offsets are documents.text's


APPENDIX_PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 47/KH-UBND
Quảng Ngãi, ngày 23 tháng 01 năm 2026

KẾ HOẠCH
Đào tạo nghề và giải quyết việc làm năm 2026

I. MỤC TIÊU
Các nhiệm vụ cụ thể tại Phụ lục kèm theo.
II. TỔ CHỨC THỰC HIỆN
Sở Nội vụ theo dõi, đôn đốc thực hiện Kế hoạch này.

Nơi nhận:
- Sở Tài chính;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Võ Thị Minh Hạnh

PHỤ LỤC II
DANH MỤC NHIỆM VỤ NĂM 2026
(Kèm theo Kế hoạch số 47/KH-UBND ngày 23/01/2026 của UBND tỉnh Quảng Ngãi)

1. Tổ chức tư vấn, hướng nghiệp cho học sinh sau trung học cơ sở.
Cơ quan chủ trì: Sở Giáo dục và Đào tạo.
Cơ quan phối hợp: Tỉnh đoàn.
Thời gian thực hiện: Quý II/2026.
"""


def test_an_appendix_after_the_signature_is_read_like_the_body_but_not_the_signature(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(APPENDIX_PLAN, encoding="utf-8")
    tables = parse_document(path, "plan.txt").tables
    roles = {(a.agency, a.role, a.section_id) for a in tables["assignments"]}
    assert ("Sở Giáo dục và Đào tạo", "lead", None) in roles
    assert ("Tỉnh đoàn", "partner", None) in roles
    # Nơi nhận lists recipients, not assignees; the plan's body keeps its sections
    assert not any(a.agency == "Sở Tài chính" for a in tables["assignments"])
    assert ("Sở Nội vụ", "responsible", "II") in roles
    assert [(d.text, d.year) for d in tables["deadlines"]] == [("Quý II/2026", 2026)]
    # the sections stop at Nơi nhận: the appendix's items are no headings of the plan
    assert [s.section_id for s in tables["sections"]] == ["I", "II"]


def test_a_commune_youth_union_under_its_province(tmp_path):
    """`TỈNH ĐOÀN HÀ TĨNH` / `BCH ĐOÀN XÃ THẠCH KHÊ`: the commune's committee, named last,
    issues the plan; a commune's union goes by its full name."""
    doc, _ = parse_text(tmp_path, "TỈNH ĐOÀN HÀ TĨNH                ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN XÃ THẠCH KHÊ\n"
                                  "        ***\nSố: 19-KH/ĐTN                Thạch Khê, ngày 20 tháng 5 năm 2026\n\n"
                                  "KẾ HOẠCH\nTổ chức Chiến dịch Thanh niên tình nguyện hè năm 2026\n" + BODY)
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Thạch Khê", "xa", "Hà Tĩnh")
