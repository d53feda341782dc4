"""Header fields of bodies the 2025 reform renamed, and of steering committees named
by their field."""

from pathlib import Path

from .conftest import parse_plan_text

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


def document_of(tmp_path: Path, header: str, closing: str = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An",
                body: str = BODY, name: str = "plan.txt"):
    return parse_plan_text(tmp_path, header + body.format(closing=closing), name)["documents"][0]


def test_the_lowest_line_of_the_header_is_the_provincial_tax_office(tmp_path):
    doc = document_of(tmp_path, "BỘ TÀI CHÍNH\nCỤC THUẾ\n**THUẾ TỈNH ĐẮK LẮK**\n\nSố: 58/KH-DLA\n",
                      "KT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\n\nTrần Quốc Hưng")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Thuế tỉnh Đắk Lắk", "tinh", "Đắk Lắk")
    assert (doc.signer_title, doc.signer_name) == ("PHÓ TRƯỞNG THUẾ TỈNH", "Trần Quốc Hưng")


def test_a_provincial_civil_judgment_enforcement_office_under_its_ministry(tmp_path):
    doc = document_of(tmp_path, "          BỘ TƯ PHÁP                 CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                      "THI HÀNH ÁN DÂN SỰ TỈNH ĐỒNG NAI            Độc lập - Tự do - Hạnh phúc\n\nSố: 38/KH-THADS\n",
                      "KT. TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH\nPHÓ TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH\n\n(Đã ký)\n\nTrần Minh Quang")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Thi hành án dân sự tỉnh Đồng Nai", "tinh", "Đồng Nai")
    assert (doc.signer_title, doc.signer_name) == ("PHÓ TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH", "Trần Minh Quang")


def test_a_regional_branch_has_no_level(tmp_path):
    doc = document_of(tmp_path, "BỘ TÀI CHÍNH\nKHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC KHU VỰC XIV\n\nSố: 5/KH-KBNN\n")
    assert (doc.issuer, doc.issuer_level) == ("Kho bạc Nhà nước khu vực XIV", None)


def test_a_state_bank_regional_branch_issues_in_the_banks_name_and_its_own(tmp_path):
    doc = document_of(tmp_path, "**NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nCHI NHÁNH KHU VỰC 8**\n\nSố: 15/KH-KV8\n")
    assert (doc.issuer, doc.issuer_level) == ("Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực 8", None)
    doc = document_of(tmp_path, "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\n\nSố: 15/KH-NHNN\n")
    assert doc.issuer == "Ngân hàng Nhà nước Việt Nam"


def test_a_tax_department_of_before_the_reform_keeps_its_cuc(tmp_path):
    doc = document_of(tmp_path, "TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH ĐẮK LẮK\n\nSố: 5/KH-CT\n")
    assert doc.issuer != "Thuế tỉnh Đắk Lắk"


def test_a_steering_committee_named_by_its_field(tmp_path):
    doc = document_of(tmp_path, "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nBAN CHỈ ĐẠO LIÊN NGÀNH\nVỀ AN TOÀN THỰC PHẨM\n-------\n"
                                "Số: 45/KH-BCĐLN\n")
    assert doc.issuer == "Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Lâm Đồng"
    assert doc.province == "Lâm Đồng"


def test_a_council_named_by_a_duty_is_not_cut_at_its_vu(tmp_path):
    """ob: `NGHĨA VỤ` is one word (duty), not a ministry's `Vụ` opening another unit; the council
    is spelt as the opening paragraph writes it, its field in small letters."""
    header = "UBND TỈNH LÂM ĐỒNG\nHỘI ĐỒNG NGHĨA VỤ QUÂN SỰ\n\nSố: 1186/KH-HĐNVQS\n"
    closing = "TM. HỘI ĐỒNG\nCHỦ TỊCH\n\nNguyễn Văn An"
    assert document_of(tmp_path, header, closing).issuer == "Hội đồng Nghĩa vụ quân sự tỉnh Lâm Đồng"
    body = BODY.replace("I. MỤC ĐÍCH", "Hội đồng nghĩa vụ quân sự tỉnh xây dựng Kế hoạch như sau:\n\nI. MỤC ĐÍCH")
    assert document_of(tmp_path, header, closing, body).issuer == "Hội đồng nghĩa vụ quân sự tỉnh Lâm Đồng"


def test_of_two_signatures_side_by_side_the_left_one_signs(tmp_path):
    """A joint plan's signatures stand side by side; the working copy may join their lines."""
    closing = ("KT. GIÁM ĐỐC                                    TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\n"
               "PHÓ GIÁM ĐỐC                                    BÍ THƯ\n"
               "(Đã ký)                                         (Đã ký)\n"
               "Đại tá Trần Hồng Phúc                           Nguyễn Thị Thu Hằng")
    doc = document_of(tmp_path, "CÔNG AN TỈNH HÀ TĨNH\n\nSố: 5/KHPH-CAT-TĐ\n", closing)
    assert (doc.signer_title, doc.signer_name) == ("PHÓ GIÁM ĐỐC", "Trần Hồng Phúc")


def test_a_base_office_under_its_provincial_branch_has_no_level(tmp_path):
    """`BẢO HIỂM XÃ HỘI VIỆT NAM` / `… TỈNH NGHỆ AN` / `… CƠ SỞ QUỲNH LƯU`: the lowest line
    issues the plan; a base office serves several communes (no level), in the province above."""
    header = "BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH NGHỆ AN\nBẢO HIỂM XÃ HỘI CƠ SỞ QUỲNH LƯU\nSố: 09/KH-BHXHCS\n"
    doc = document_of(tmp_path, header, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Bảo hiểm xã hội cơ sở Quỳnh Lưu", None, "Nghệ An")


def test_a_numbered_base_tax_office_names_its_province(tmp_path):
    doc = document_of(tmp_path, "BỘ TÀI CHÍNH\nTHUẾ TỈNH ĐẮK LẮK\nTHUẾ CƠ SỞ 1 TỈNH ĐẮK LẮK\n\nSố: 5/KH-TCS1\n")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Thuế cơ sở 1 tỉnh Đắk Lắk", None, "Đắk Lắk")


def test_a_provincial_social_insurance_branch_under_vietnam_social_insurance(tmp_path):
    doc = document_of(tmp_path, "BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH GIA LAI\n\nSố: 5/KH-BHXH\n")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Bảo hiểm xã hội tỉnh Gia Lai", "tinh", "Gia Lai")


def test_a_joint_header_is_led_by_its_first_body_not_the_branch_below(tmp_path):
    header = ("SỞ Y TẾ TỈNH LONG AN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "BẢO HIỂM XÃ HỘI TỈNH LONG AN          Độc lập - Tự do - Hạnh phúc\n\nSố: 35/KHLT-SYT-BHXH\n")
    assert document_of(tmp_path, header).issuer == "Sở Y tế tỉnh Long An"


def test_a_civil_defence_command_keeps_its_field(tmp_path):
    """`PHÒNG THỦ` is the field's verb, not a `PHÒNG` (a unit) starting a new name."""
    doc = document_of(tmp_path, "UBND TỈNH QUẢNG TRỊ\nBAN CHỈ HUY PHÒNG THỦ DÂN SỰ\nSố: 86/KH-BCH\n",
                      "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nNguyễn Văn An")
    assert (doc.issuer, doc.issuer_level) == ("Ban Chỉ huy Phòng thủ dân sự tỉnh Quảng Trị", "tinh")


def test_a_markdown_table_header_issuer_is_the_department_in_its_first_cell(tmp_path):
    """The cell's `<br>` is a line of the cell, not a column: the Sở under the UBND issues."""
    header = ("| ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG<br>**SỞ KHOA HỌC VÀ CÔNG NGHỆ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
              "VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |\n|---|---|\n| Số: 27/KH-SKHCN | *Tuyên Quang, ngày 22 "
              "tháng 01 năm 2026* |\n")
    doc = document_of(tmp_path, header, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An")
    assert (doc.issuer, doc.province, doc.doc_number) == ("Sở Khoa học và Công nghệ tỉnh Tuyên Quang", "Tuyên Quang",
                                                         "27/KH-SKHCN")


def test_a_markdown_table_header_with_only_the_committee_is_the_committee(tmp_path):
    header = "| ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 8/KH-UBND | |\n"
    assert document_of(tmp_path, header).issuer == "Ủy ban nhân dân tỉnh Tuyên Quang"


def test_a_chi_cuc_under_its_so_issues_the_plan(tmp_path):
    doc = document_of(tmp_path, "UBND TỈNH ĐẮK LẮK\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCHI CỤC KIỂM LÂM\n\nSố: 1286/KH-CCKL\n",
                      "KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG\n\nVõ Văn Thạnh")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Chi cục Kiểm lâm tỉnh Đắk Lắk", "tinh", "Đắk Lắk")
    assert (doc.signer_title, doc.signer_name) == ("PHÓ CHI CỤC TRƯỞNG", "Võ Văn Thạnh")


def test_a_so_without_a_unit_under_it_issues_the_plan(tmp_path):
    doc = document_of(tmp_path, "UBND TỈNH ĐẮK LẮK\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 12/KH-SNNMT\n",
                      "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nVõ Văn Thạnh")
    assert doc.issuer == "Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk"


def test_an_association_committee_named_bch_and_its_short_name_issues_the_plan(tmp_path):
    doc = document_of(tmp_path, "HỘI LHPN VIỆT NAM                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                "BCH HỘI LHPN TỈNH AN GIANG         Độc lập - Tự do - Hạnh phúc\n\nSố: 08 /KH-HLHPN\n",
                      "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nLâm Thị Ngọc Diễm")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Hội Liên hiệp Phụ nữ tỉnh An Giang", "tinh", "An Giang")


PIPE_PLAN = """{header}

# KẾ HOẠCH

**Triển khai công tác năm 2026**

## I. MỤC ĐÍCH

1. Mục đích chung.

{closing}
|---|---|
"""


def test_a_ministry_plan_exported_with_br_cells_gives_issuer_signer_and_recipients(tmp_path):
    """Word's layout tables as pandoc or a web tool export them: a cell's lines are joined by
    `<br>`; Nơi nhận (left cell) and the signature (right cell) are read as in two columns."""
    header = ("| BỘ GIÁO DỤC VÀ ĐÀO TẠO<br>-------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - "
              "Hạnh phúc<br>--------------- |\n|---|---|\n| Số: 215/KH-BGDĐT | *Hà Nội, ngày 12 tháng 02 năm 2026* |")
    closing = ("| **Nơi nhận:**<br>- Văn phòng Chính phủ (để b/c);<br>- Các Thứ trưởng;<br>- Lưu: VT, VP. | "
               "**KT. BỘ TRƯỞNG<br>THỨ TRƯỞNG**<br><br><br><br>**Nguyễn Văn Phúc** |")
    doc = parse_plan_text(tmp_path, PIPE_PLAN.format(header=header, closing=closing))["documents"][0]
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Bộ Giáo dục và Đào tạo", None, None)
    assert (doc.signer_title, doc.signer_name) == ("THỨ TRƯỞNG", "Nguyễn Văn Phúc")
    assert doc.recipients == ["Văn phòng Chính phủ (để b/c)", "Các Thứ trưởng", "Lưu: VT, VP"]


def test_a_commune_plan_with_br_cells_reads_its_signer_and_recipients_not_the_signature(tmp_path):
    header = ("| ỦY BAN NHÂN DÂN<br>XÃ TÂN PHÚ<br>------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - "
              "Hạnh phúc |\n|---|---|\n| Số: 12/KH-UBND | *Tân Phú, ngày 05 tháng 3 năm 2026* |")
    closing = ("| **Nơi nhận:**<br/>- TT Đảng ủy xã;<br/>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN<br/>KT. CHỦ TỊCH<br/>"
               "PHÓ CHỦ TỊCH**<br/><br/>*(Đã ký)*<br/><br/>**Trần Văn Bình** |")
    doc = parse_plan_text(tmp_path, PIPE_PLAN.format(header=header, closing=closing))["documents"][0]
    assert (doc.issuer, doc.issuer_level) == ("Ủy ban nhân dân xã Tân Phú", "xa")
    assert (doc.signer_title, doc.signer_name) == ("PHÓ CHỦ TỊCH", "Trần Văn Bình")
    assert doc.recipients == ["TT Đảng ủy xã", "Lưu: VT"]


def test_of_two_br_cell_signatures_side_by_side_the_left_one_signs(tmp_path):
    header = "| SỞ Y TẾ TỈNH LONG AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 5/KHPH-SYT | |"
    closing = ("| **KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC**<br><br>**Lê Văn Tâm** | **KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC**<br><br>"
               "**Phạm Thị Hoa** |")
    doc = parse_plan_text(tmp_path, PIPE_PLAN.format(header=header, closing=closing))["documents"][0]
    assert (doc.signer_title, doc.signer_name) == ("PHÓ GIÁM ĐỐC", "Lê Văn Tâm")
    assert doc.recipients == []


def test_an_indented_ministry_header_names_the_ministry(tmp_path):
    """The ministry rules are anchored at the name: an indented first line still names it."""
    doc = document_of(tmp_path, "   BỘ Y TẾ\n\nSố: 7/KH-BYT\n", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Văn Thuấn")
    assert (doc.issuer, doc.issuer_level) == ("Bộ Y tế", None)


def test_a_board_right_under_the_provincial_party_organisation_is_the_board_of_its_committee(tmp_path):
    doc = document_of(tmp_path, "ĐẢNG BỘ TỈNH CAO BẰNG\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố "
        "45-KH/BTGDVTU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n",
                      "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nNông Văn Hùng")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng", "tinh", "Cao Bằng")


def test_a_party_organisation_alone_issues_nothing(tmp_path):
    doc = document_of(tmp_path, "ĐẢNG BỘ TỈNH CAO BẰNG\n*\nSố 45-KH/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n")
    assert doc.issuer is None or not doc.issuer.startswith("Ban")


def test_a_commune_party_inspection_commission_issues_and_its_chairman_signs(tmp_path):
    doc = document_of(tmp_path, "ĐẢNG BỘ XÃ THIỆU TOÁN                        ĐẢNG CỘNG SẢN VIỆT NAM\n    ỦY BAN KIỂM TRA\n"
                                "           *\n    Số 03-KH/UBKT                    Thiệu Toán, ngày 12 tháng 01 năm 2026\n\n",
                      "T/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM\n\n(Đã ký)\n\nLê Thị Hồng Nhung")
    assert (doc.issuer, doc.issuer_level) == ("Ủy ban Kiểm tra Đảng ủy xã Thiệu Toán", "xa")
    assert (doc.signer_title, doc.signer_name) == ("CHỦ NHIỆM", "Lê Thị Hồng Nhung")


def test_an_inspection_commission_under_its_party_committee_takes_the_committee_s_name(tmp_path):
    doc = document_of(tmp_path, "ĐẢNG ỦY XÃ TÂN LẬP\nỦY BAN KIỂM TRA\n*\nSố 05-KH/UBKT\n\nĐẢNG CỘNG SẢN VIỆT NAM\n",
                      "T/M ỦY BAN KIỂM TRA\nPHÓ CHỦ NHIỆM\n\nNguyễn Văn An")
    assert doc.issuer == "Ủy ban Kiểm tra Đảng ủy xã Tân Lập"
    assert doc.signer_title == "PHÓ CHỦ NHIỆM"


def test_a_party_organisation_alone_with_a_province_s_commission_in_the_text_issues_nothing_of_it(tmp_path):
    doc = document_of(tmp_path, "ĐẢNG BỘ XÃ THIỆU TOÁN\n*\nSố 03-KH/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n")
    assert doc.issuer is None or "Kiểm tra" not in doc.issuer


def test_the_lowest_company_of_a_state_group_issues_the_plan(tmp_path):
    doc = document_of(tmp_path, "TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM\nTỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC\nCÔNG TY ĐIỆN LỰC HÀ TĨNH\n\n"
                                "Số: 186/KH-PCHT\n", "GIÁM ĐỐC\n\nTrần Đình Hùng")
    assert (doc.issuer, doc.province) == ("Công ty Điện lực Hà Tĩnh", "Hà Tĩnh")


def test_a_parent_company_without_a_province_has_none(tmp_path):
    doc = document_of(tmp_path, "TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM\nTỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC\n\nSố: 312/KH-EVNNPC\n",
                      "TỔNG GIÁM ĐỐC\n\nTrần Đình Hùng")
    assert (doc.issuer, doc.province) == ("Tổng công ty Điện lực miền Bắc", None)


def test_a_provincial_procuracy_under_the_supreme_one_issues_the_plan(tmp_path):
    doc = document_of(tmp_path, "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nVIỆN KIỂM SÁT NHÂN DÂN\nTỈNH QUẢNG TRỊ\n_______\n"
                                "Số: 08/KH-VKSQT\n", "VIỆN TRƯỞNG\n\nHoàng Văn Thịnh")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Viện kiểm sát nhân dân tỉnh Quảng Trị", "tinh", "Quảng Trị")


def test_an_indented_provincial_procuracy_is_not_joined_to_the_supreme_one(tmp_path):
    """rs: the column centres its lines, so the second `VIỆN` is indented: still another body."""
    doc = document_of(tmp_path, "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                "   VIỆN KIỂM SÁT NHÂN DÂN                      Độc lập - Tự do - Hạnh phúc\n"
                                "       TỈNH HÀ TĨNH\n      ______________\n   Số: 09/KH-VKS-P8\n",
                      "PHÓ VIỆN TRƯỞNG\n\nNguyễn Thị Hoài Thu")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Viện kiểm sát nhân dân tỉnh Hà Tĩnh", "tinh", "Hà Tĩnh")


def test_a_provincial_court_under_the_supreme_one_issues_the_plan(tmp_path):
    doc = document_of(tmp_path, "TÒA ÁN NHÂN DÂN TỐI CAO\nTÒA ÁN NHÂN DÂN TỈNH GIA LAI\n_______\nSố: 3/KH-TA\n")
    assert (doc.issuer, doc.issuer_level) == ("Tòa án nhân dân tỉnh Gia Lai", "tinh")


def test_a_residential_group_under_its_ward_issues_and_its_head_signs(tmp_path):
    doc = document_of(tmp_path, "UBND PHƯỜNG HOÀNG MAI\nTỔ DÂN PHỐ SỐ 5\n-------\nSố: 03/KH-TDP\n",
                      "TM. BAN ĐIỀU HÀNH\nTỔ TRƯỞNG\n(đã ký)\n\nNguyễn Văn Thịnh")
    assert (doc.issuer, doc.issuer_level) == ("Tổ dân phố số 5 phường Hoàng Mai", "xa")
    assert (doc.signer_title, doc.signer_name) == ("TỔ TRƯỞNG", "Nguyễn Văn Thịnh")


def test_a_year_end_report_with_next_years_plan_is_typed_as_a_report(tmp_path):
    text = ("ỦY BAN NHÂN DÂN XÃ CON CUÔNG\n\nSố: 318/BC-UBND\n\nBÁO CÁO\n"
            "Kết quả thực hiện nhiệm vụ năm 2025 và mục tiêu, nhiệm vụ năm 2026\n\n"
            "I. KẾT QUẢ\n1. Kinh tế.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nVi Văn Hùng\n")
    doc = parse_plan_text(tmp_path, text)["documents"][0]
    assert (doc.doc_type, doc.title) == ("BAO_CAO", "Kết quả thực hiện nhiệm vụ năm 2025 và mục tiêu, nhiệm vụ năm 2026")


def test_a_hospital_under_its_so_named_with_the_province_issues_the_plan(tmp_path):
    """`SỞ Y TẾ PHÚ THỌ` / `BỆNH VIỆN ĐA KHOA TỈNH PHÚ THỌ`: the hospital is a body of its own
    under the Sở, not the wrapped end of the Sở's name."""
    doc = document_of(tmp_path, "SỞ Y TẾ PHÚ THỌ\nBỆNH VIỆN ĐA KHOA TỈNH PHÚ THỌ\nSố: 86 /KH-BVĐKT\n",
                      "GIÁM ĐỐC\n\nNguyễn Văn An")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Bệnh viện Đa khoa tỉnh Phú Thọ", "tinh", "Phú Thọ")


def test_a_steering_committee_name_still_wraps_onto_its_area(tmp_path):
    doc = document_of(tmp_path, "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH\nMỤC TIÊU QUỐC GIA HUYỆN KRÔNG PẮC\nSố: 5/KH-BCĐ\n",
                      "TRƯỞNG BAN\n\nNguyễn Văn An")
    assert doc.issuer.startswith("Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện Krông Pắc")


def period_of(tmp_path: Path, title: str):
    header = "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\nSố: 86/KH-UBND\n"
    doc = parse_plan_text(tmp_path, header + BODY.replace("Thu ngân sách nhà nước năm 2026", title)
                          .format(closing="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An"))["documents"][0]
    return doc.period_start, doc.period_end


def test_the_year_of_a_plan_wins_over_the_programme_it_carries_out(tmp_path):
    title = ("Phát triển nhà ở xã hội trên địa bàn tỉnh Tây Ninh năm 2026 thực hiện Đề án\n“Đầu tư xây dựng ít nhất "
             "01 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp,\ncông nhân khu công nghiệp giai đoạn 2021 – 2030”")
    assert period_of(tmp_path, title) == (2026, 2026)


def test_an_action_month_or_a_sports_congress_is_an_event_with_no_period(tmp_path):
    title = ("Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó\nvới bạo lực trên cơ sở giới "
             "năm 2027 trên địa bàn tỉnh Phú Thọ")
    assert period_of(tmp_path, title) == (None, None)
    assert period_of(tmp_path, "Tổ chức Đại hội Thể dục thể thao tỉnh Tây Ninh lần thứ X năm 2026") == (None, None)
    assert period_of(tmp_path, "Cải cách hành chính nhà nước năm 2027 trên địa bàn tỉnh Tây Ninh") == (2027, 2027)


def test_a_supervision_of_a_past_span_has_no_period_of_its_own(tmp_path):
    """(round 238) the span a council's supervision examines is not the plan's; a year that dates
    the supervision itself is, and a body's own programme of supervision keeps its span."""
    title = ("Giám sát chuyên đề việc thực hiện chính sách dân tộc trên địa bàn tỉnh Tây Ninh,\n"
             "giai đoạn 2021 - 2025")
    assert period_of(tmp_path, title) == (None, None)
    assert period_of(tmp_path, "Giám sát chuyên đề việc thực hiện chính sách, pháp luật về cấp nước sạch "
                               "nông thôn trên địa bàn tỉnh Tây Ninh năm 2026") == (2026, 2026)
    assert period_of(tmp_path, "Giám sát và phản biện xã hội của Ủy ban MTTQ Việt Nam tỉnh giai đoạn "
                               "2026 - 2030") == (2026, 2030)


def test_a_peak_campaign_named_first_in_the_title_has_no_period(tmp_path):
    """(round 90) a `Cao điểm …` around Tết is a campaign: its dates are the campaign's; a season's
    peak months and a housing drive's `đợt cao điểm` keep their year."""
    title = ("Cao điểm đấu tranh phòng, chống buôn lậu, gian lận thương mại và hàng giả\ntrước, trong và sau "
             "Tết Nguyên đán Bính Ngọ năm 2026 trên địa bàn tỉnh Tây Ninh")
    assert period_of(tmp_path, title) == (None, None)
    assert period_of(tmp_path, "Đảm bảo cung cấp điện các tháng cao điểm nắng nóng năm 2027") == (2027, 2027)
    assert period_of(tmp_path, "Triển khai đợt cao điểm xóa nhà tạm, nhà dột nát năm 2026") == (2026, 2026)


def test_a_university_under_a_ministry_is_in_the_province_of_its_date_line(tmp_path):
    """(round 90) `BỘ GIÁO DỤC VÀ ĐÀO TẠO` / `TRƯỜNG ĐẠI HỌC TÂY NGUYÊN`, dated `Đắk Lắk, ngày …`;
    a ministry dated in Hà Nội keeps no province."""
    doc = document_of(tmp_path, "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC TÂY NGUYÊN\nSố: 2318/KH-ĐHTN\n"
                                "Đắk Lắk, ngày 24 tháng 10 năm 2025\n", "HIỆU TRƯỞNG\n\nTrương Minh Quân")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Trường Đại học Tây Nguyên", None, "Đắk Lắk")
    doc = document_of(tmp_path, "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 18/KH-BGDĐT\nHà Nội, ngày 24 tháng 10 năm 2025\n",
                      "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn An")
    assert (doc.issuer, doc.province) == ("Bộ Giáo dục và Đào tạo", None)


def test_a_plan_of_a_period_keeps_its_period(tmp_path):
    assert period_of(tmp_path, "Phát triển nhà ở xã hội trên địa bàn tỉnh giai đoạn 2026 – 2030") == (2026, 2030)
    assert period_of(tmp_path, "Thực hiện Đề án phát triển nhà ở xã hội năm 2026 giai đoạn 2026 – 2030") == (2026, 2030)


def test_a_college_named_in_parts_between_dashes_with_its_province_on_the_next_line(tmp_path):
    # a trade school's name names fields: each part capitalised on its first word, the en dash spaced
    doc = document_of(tmp_path, "UBND TỈNH GIA LAI\nTRƯỜNG CAO ĐẲNG KỸ THUẬT – CÔNG NGHỆ\nTỈNH GIA LAI\nSố: 125/KH-CĐ\n",
                      "HIỆU TRƯỞNG\n\nNguyễn Văn An")
    assert doc.issuer == "Trường Cao đẳng Kỹ thuật - Công nghệ tỉnh Gia Lai"
    assert doc.province == "Gia Lai"


def test_a_school_named_without_dashes_keeps_every_syllable_capitalised(tmp_path):
    doc = document_of(tmp_path, "SỞ GD&ĐT PHÚ THỌ\nTRƯỜNG THPT HÙNG VƯƠNG\n\nSố: 86/KH-THPTHV\n", "HIỆU TRƯỞNG\n\nNguyễn Văn An")
    assert doc.issuer.startswith("Trường Trung học phổ thông Hùng Vương")


def test_a_provincial_trade_union_under_its_confederation_in_bold_is_the_issuer(tmp_path):
    """f6: `TỔNG LIÊN ĐOÀN …` / `**LIÊN ĐOÀN … TỈNH BẮC NINH**`, its date in a column beside;
    the bold line is the issuer, not joined onto the confederation's line."""
    doc = document_of(tmp_path, "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\t\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                      "**LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH**\t\tĐộc lập - Tự do - Hạnh phúc\n\nSố: 52/KH-LĐLĐ\n",
                      "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nNguyễn Văn An")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Liên đoàn Lao động tỉnh Bắc Ninh", "tinh", "Bắc Ninh")


def test_a_sector_union_under_its_provincial_federation_is_the_issuer(tmp_path):
    """kv: `LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐẮK LẮK` / `CÔNG ĐOÀN GIÁO DỤC TỈNH`: the sector's union issues,
    with the federation's province; a grassroots union's line names no sector."""
    header = "LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐẮK LẮK          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{}\n\nSố: 12/KH-CĐGD\n"
    doc = document_of(tmp_path, header.format("   CÔNG ĐOÀN GIÁO DỤC TỈNH                      Độc lập - Tự do - Hạnh phúc"),
                      "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nY Khuê Niê")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Công đoàn Giáo dục tỉnh Đắk Lắk", "tinh", "Đắk Lắk")
    doc = document_of(tmp_path, header.format("CÔNG ĐOÀN NGÀNH Y TẾ"), "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nY Khuê Niê")
    assert doc.issuer == "Công đoàn ngành Y tế tỉnh Đắk Lắk"
    doc = document_of(tmp_path, header.format("CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT CHU VĂN AN"), "CHỦ TỊCH\n\nY Khuê Niê")
    assert doc.issuer == "Liên đoàn Lao động tỉnh Đắk Lắk"


def test_a_communes_front_stacked_under_its_provinces_is_the_issuer(tmp_path):
    """ld: the province's Front heads the column, the commune's and its standing committee
    follow: the commune's committee issues, at commune level, in that province.  Two bodies
    of one level are a joint plan's, whose lead comes first."""
    doc = document_of(tmp_path, "  ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                      "UỶ BAN MTTQ VIỆT NAM XÃ YÊN THÀNH                  Độc lập - Tự do - Hạnh phúc\n"
                      "        BAN THƯỜNG TRỰC\n             ***\n   Số: 08/KH-MTTQ-BTT\n",
                      "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n\nNguyễn Thị Hằng")
    assert (doc.issuer, doc.issuer_level, doc.province) == (
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Yên Thành", "xa", "Nghệ An")
    doc = document_of(tmp_path, "SỞ Y TẾ TỈNH LONG AN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                      "BẢO HIỂM XÃ HỘI TỈNH LONG AN                       Độc lập - Tự do - Hạnh phúc\n\nSố: 15/KHLT-SYT-BHXH\n",
                      "GIÁM ĐỐC\n\nNguyễn Văn An")
    assert doc.issuer == "Sở Y tế tỉnh Long An"


def test_a_numbered_regional_procuracy_is_named_with_its_province_and_its_years_work_is_a_period(tmp_path):
    """ml: `VIỆN KIỂM SÁT NHÂN DÂN TỈNH NGHỆ AN` / `VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 3`: since the 2025
    reform a numbered region's procuracy is `… khu vực 3 - Nghệ An`; its `Công tác năm 2026 của …`
    is a one-year plan though the body's name carries a dash."""
    header = ("VIỆN KIỂM SÁT NHÂN DÂN TỈNH NGHỆ AN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 3                 Độc lập - Tự do - Hạnh phúc\n\nSố: 04/KH-VKSKV3\n")
    body = BODY.replace("Thu ngân sách nhà nước năm 2026", "Công tác năm 2026 của Viện kiểm sát nhân dân khu vực 3 - Nghệ An")
    doc = document_of(tmp_path, header, "VIỆN TRƯỞNG\n\nNguyễn Văn An", body)
    assert (doc.issuer, doc.province) == ("Viện kiểm sát nhân dân khu vực 3 - Nghệ An", "Nghệ An")
    assert (doc.period_start, doc.period_end) == (2026, 2026)


def test_the_confederation_alone_is_no_provincial_issuer(tmp_path):
    doc = document_of(tmp_path, "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\t\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 5/KH-TLĐ\n",
                      "TM. ĐOÀN CHỦ TỊCH\nCHỦ TỊCH\n\nNguyễn Văn An")
    assert doc.issuer_level != "tinh" and doc.province is None


def test_a_special_zone_is_a_commune_level_area_of_its_province(tmp_path):
    doc = parse_plan_text(tmp_path, "ỦY BAN NHÂN DÂN\nĐẶC KHU PHÚ QUỐC\n\nSố: 287/KH-UBND\n" + BODY.format(
        closing="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Hoàng Phúc").replace(
        "I. MỤC ĐÍCH", "Căn cứ Kế hoạch số 412/KH-UBND của UBND tỉnh An Giang;\n\nI. MỤC ĐÍCH"))["documents"][0]
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Ủy ban nhân dân đặc khu Phú Quốc", "xa", "An Giang")


def test_a_court_president_signs(tmp_path):
    doc = document_of(tmp_path, "TÒA ÁN NHÂN DÂN\nTỈNH TUYÊN QUANG\n\nSố: 08/KH-TA\n", "CHÁNH ÁN\n\n(Đã ký)\n\nNguyễn Đức Hạnh")
    assert (doc.signer_title, doc.signer_name) == ("CHÁNH ÁN", "Nguyễn Đức Hạnh")
    doc = document_of(tmp_path, "TÒA ÁN NHÂN DÂN\nTỈNH TUYÊN QUANG\n\nSố: 08/KH-TA\n",
                      "KT. CHÁNH ÁN\nPHÓ CHÁNH ÁN\n\nLê Văn Bình")
    assert (doc.signer_title, doc.signer_name) == ("PHÓ CHÁNH ÁN", "Lê Văn Bình")


K7_CLOSING = """Nơi nhận:
Ban ATGT tỉnh Lâm Đồng;
TT Huyện ủy, TT HĐND huyện;
UBND các xã, thị trấn;
Lưu: VT, KT&HT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Thịnh
"""

K5_HEADER = """BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG
BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG
TỈNH QUẢNG TRỊ

Số: 118/KH-BCH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Trị, ngày 10 tháng 01 năm 2026

KẾ HOẠCH
Quản lý, bảo vệ đường biên năm 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Các đồn Biên phòng tuần tra thường xuyên.
"""


def test_nơi_nhận_lines_that_lost_their_dashes_are_read_to_lưu(tmp_path):
    """Word's numbering lost (k7): the lines end in `;`, `Lưu: …` is the last; the signature is none."""
    doc = parse_plan_text(tmp_path, K5_HEADER + "\n" + K7_CLOSING)["documents"][0]
    assert doc.recipients == ["Ban ATGT tỉnh Lâm Đồng", "TT Huyện ủy, TT HĐND huyện", "UBND các xã, thị trấn",
                              "Lưu: VT, KT&HT"]
    # a border guard command's header in capitals gets the force's capital `Biên phòng`
    assert doc.issuer == "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị"


def test_a_bare_line_after_nơi_nhận_that_ends_in_no_stop_is_no_recipient(tmp_path):
    closing = "Nơi nhận:\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
    doc = parse_plan_text(tmp_path, K5_HEADER + "\n" + closing)["documents"][0]
    assert doc.recipients == []


def test_a_university_under_a_provincial_committee_has_no_level(tmp_path):
    # o5: a provincial university serves no area; a provincial high school under its department keeps the level
    doc = document_of(tmp_path, "UBND TỈNH THANH HOÁ\nTRƯỜNG ĐẠI HỌC HỒNG ĐỨC\n\nSố: 215/KH-ĐHHĐ\n",
                      "HIỆU TRƯỞNG\n\nTrịnh Văn Khải")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Trường Đại học Hồng Đức", None, "Thanh Hóa")
    school = document_of(tmp_path, "UBND XÃ NHỮ KHÊ\nTRƯỜNG THCS NHỮ KHÊ\n\nSố: 5/KH-THCS\n", "HIỆU TRƯỞNG\n\nNguyễn Văn An")
    assert school.issuer_level == "xa"


def test_the_joint_office_of_the_deputies_delegation_and_council_is_the_issuer(tmp_path):
    """k9: `ĐOÀN ĐBQH VÀ HĐND` / `TỈNH QUẢNG TRỊ` / `VĂN PHÒNG`: the office serves both bodies."""
    doc = document_of(tmp_path, "ĐOÀN ĐBQH VÀ HĐND\nTỈNH QUẢNG TRỊ\n**VĂN PHÒNG**\n\nSố: 27/KH-VP\n",
                      "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nNguyễn Văn An")
    assert (doc.issuer, doc.issuer_level, doc.province) == (
        "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Quảng Trị", "tinh", "Quảng Trị")


def test_a_council_office_alone_stays_the_councils(tmp_path):
    doc = document_of(tmp_path, "HĐND\nTỈNH QUẢNG TRỊ\n**VĂN PHÒNG**\n\nSố: 27/KH-VP\n",
                      "CHÁNH VĂN PHÒNG\n\nNguyễn Văn An")
    assert doc.issuer == "Văn phòng Hội đồng nhân dân tỉnh Quảng Trị"


def test_a_provincial_association_by_its_short_name_in_a_flattened_header(tmp_path):
    # `TỈNH HỘI KHUYẾN HỌC NGHỆ AN` under the national association, both columns on each line
    doc = document_of(tmp_path, "HỘI KHUYẾN HỌC VIỆT NAM CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                "TỈNH HỘI KHUYẾN HỌC NGHỆ AN Độc lập - Tự do - Hạnh phúc\n\nSố: 24/KH-HKH\n",
                      "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nNguyễn Đình Hiếu")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Hội Khuyến học tỉnh Nghệ An", "tinh", "Nghệ An")


def test_the_year_of_a_named_lunar_new_year_is_no_one_year_period(tmp_path):
    title = "Bình ổn thị trường dịp cuối năm 2026 và Tết Nguyên đán Đinh Mùi năm 2027 trên địa bàn tỉnh Tây Ninh"
    assert period_of(tmp_path, title) == (None, None)


ZO_HEADER = """**HỘI CỰU CHIẾN BINH VIỆT NAM**
**BAN CHẤP HÀNH HỘI CCB TỈNH ĐẮK LẮK**
\\*\\*\\*

Số: 52-KH/CCB

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Đắk Lắk, ngày 14 tháng 01 năm 2026*

# KẾ HOẠCH

**Thực hiện nhiệm vụ công tác Hội năm 2026**

**I. MỤC ĐÍCH, YÊU CẦU**

* Phát huy bản chất truyền thống "Bộ đội Cụ Hồ".

---

**Nơi nhận:**

* TW Hội CCB Việt Nam (b/c);
* Bộ CHQS tỉnh; Sở Nội vụ;
* Lưu: VP, TC-KT.

**TM. BAN THƯỜNG VỤ**
**CHỦ TỊCH**

**Lê Văn Tâm**
"""


def test_a_markdown_plan_of_an_association_naming_itself_short_under_its_committee(tmp_path):
    """zo: `BAN CHẤP HÀNH HỘI CCB TỈNH …` under `HỘI CỰU CHIẾN BINH VIỆT NAM` is the province's
    association; Nơi nhận bulleted with Markdown's `*` keeps no bullet."""
    doc = parse_plan_text(tmp_path, ZO_HEADER)["documents"][0]
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Hội Cựu chiến binh tỉnh Đắk Lắk", "tinh", "Đắk Lắk")
    assert doc.recipients == ["TW Hội CCB Việt Nam (b/c)", "Bộ CHQS tỉnh; Sở Nội vụ", "Lưu: VP, TC-KT"]


def test_an_ede_name_written_with_an_apostrophe_signs(tmp_path):
    doc = document_of(tmp_path, "ỦY BAN NHÂN DÂN\nXÃ CƯ M'GAR\n\nSố: 18/KH-UBND\n",
                      "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nH'Linh Niê")
    assert doc.signer_name == "H'Linh Niê"


def test_the_period_is_the_plans_not_the_quoted_programmes(tmp_path):
    text = ("UBND TỈNH BẮC NINH\nSỞ XÂY DỰNG\nSố: 148/KH-SXD\n\nKẾ HOẠCH\nPhát triển nhà ở xã hội giai đoạn 2026 - 2030 "
            "theo Đề án “Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội giai đoạn 2021 - 2030”\n\nI. MỤC ĐÍCH\n"
            "1. Mục đích chung.\n\nNơi nhận:\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Đức Thắng\n")
    doc = parse_plan_text(tmp_path, text)["documents"][0]
    assert (doc.period_start, doc.period_end) == (2026, 2030)


def test_a_plan_for_two_years_names_them_after_nam(tmp_path):
    text = ("UBND HUYỆN CAN LỘC\nSố: 146/KH-UBND\n\nKẾ HOẠCH\nXây dựng xã nông thôn mới kiểu mẫu\ntrên địa bàn huyện năm "
            "2024 – 2025\n\nI. MỤC ĐÍCH\n1. Mục đích chung.\n\nNơi nhận:\n- Lưu: VT.\n\n"
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Minh Khương\n")
    doc = parse_plan_text(tmp_path, text)["documents"][0]
    assert (doc.period_start, doc.period_end) == (2024, 2025)


def test_a_recipient_wrapped_beside_the_signature_keeps_its_second_line(tmp_path):
    """Nơi nhận beside the signature: a recipient the writer wrapped goes on under its own
    column (`- Tỉnh uỷ, UBND các tỉnh: Phú Thọ,      (Đã ký)` / `  Tuyên Quang, Lào Cai (để b/c);`)."""
    closing = ("Nơi nhận:                                               KT. GIÁM ĐỐC\n"
               "- Thống đốc NHNN (để b/c);                              PHÓ GIÁM ĐỐC\n"
               "- Tỉnh uỷ, UBND các tỉnh: Phú Thọ,                         (Đã ký)\n"
               "  Tuyên Quang, Lào Cai (để b/c);\n"
               "- Ban Giám đốc;                                         Nguyễn Văn Tuấn\n"
               "- Lưu: VT, TD.\n")
    body = "KẾ HOẠCH\nTriển khai tín dụng năm 2027\n\nI. MỤC ĐÍCH\n1. Mục đích chung.\n\n"
    header = "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nCHI NHÁNH KHU VỰC 4\n\nSố: 28/KH-KV4\n\n"
    doc = parse_plan_text(tmp_path, header + body + closing)["documents"][0]
    assert doc.recipients == ["Thống đốc NHNN (để b/c)", "Tỉnh uỷ, UBND các tỉnh: Phú Thọ, Tuyên Quang, Lào Cai (để b/c)",
                              "Ban Giám đốc", "Lưu: VT, TD"]


def test_a_youth_union_committee_that_writes_the_full_name_over_its_area(tmp_path):
    # xi: `BCH ĐOÀN TNCS HỒ CHÍ MINH` / `TỈNH LÂM ĐỒNG` / `BAN THƯỜNG VỤ`, the motto in the right column
    doc = document_of(tmp_path, "BCH ĐOÀN TNCS HỒ CHÍ MINH                  ĐOÀN TNCS HỒ CHÍ MINH\n"
                                "      TỈNH LÂM ĐỒNG\n     BAN THƯỜNG VỤ\n          ***\nSố: 186-KH/TĐTN-PTTN\n",
                      "TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nLê Thị Mỹ Duyên")
    assert (doc.issuer, doc.issuer_level, doc.province) == \
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lâm Đồng", "tinh", "Lâm Đồng")


def test_a_named_month_or_a_campaign_opened_is_an_event_a_year_with_its_focus_a_period(tmp_path):
    assert period_of(tmp_path, "Tổ chức các hoạt động Tháng Thanh niên năm 2026 và kỷ niệm 95 năm Ngày thành lập "
                               "Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026)") == (None, None)
    assert period_of(tmp_path, "Mở đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự\n"
                               "Tết Nguyên đán Bính Ngọ 2026 trên địa bàn tỉnh Tây Ninh") == (None, None)
    assert period_of(tmp_path, "Cải cách hành chính nhà nước tỉnh Tây Ninh năm 2026, tập trung nâng cao\n"
                               "Chỉ số PAR INDEX, SIPAS, PAPI và Chỉ số chuyển đổi số (DTI)") == (2026, 2026)


def test_a_crop_season_over_two_years_keeps_both_and_a_numbered_wave_has_no_period(tmp_path):
    # wf, l1: a crop season across the new year is the plan's period, as a school year is;
    # v0: one wave of a campaign (`đợt 1 năm 2026`) is an event: its year is the wave's
    assert period_of(tmp_path, "Sản xuất lúa vụ Đông Xuân 2025 - 2026 trên địa bàn xã Óc Eo") == (2025, 2026)
    assert period_of(tmp_path, "Tổng vệ sinh môi trường, diệt lăng quăng đợt 1 năm 2026 trên địa bàn phường") == (None, None)


def test_a_unit_under_a_department_is_named_with_the_area_or_its_own_place(tmp_path):
    # p9: a Chi cục under a Sở named with its province; wc: a national park's board under its Sở
    doc = document_of(tmp_path, "SỞ CÔNG THƯƠNG TỈNH TÂY NINH\n**CHI CỤC QUẢN LÝ THỊ TRƯỜNG**\n\nSố: 18/KH-QLTT\n")
    assert doc.issuer == "Chi cục Quản lý thị trường tỉnh Tây Ninh"
    doc = document_of(tmp_path, "UBND TỈNH NINH BÌNH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nBAN QUẢN LÝ VƯỜN QUỐC GIA\n"
                      "      CÚC PHƯƠNG\n-------------\nSố: 25/KH-VQG\n")
    assert doc.issuer == "Ban Quản lý Vườn quốc gia Cúc Phương"


def test_a_centre_under_a_department_named_with_its_province_is_named_with_the_province(tmp_path):
    """`SỞ Y TẾ TỈNH ĐỒNG THÁP` / `TRUNG TÂM KIỂM SOÁT BỆNH TẬT`: the centre is the province's,
    as a Chi cục is, not `… Sở Y tế tỉnh Đồng Tháp`."""
    doc = document_of(tmp_path, "SỞ Y TẾ TỈNH ĐỒNG THÁP\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT\n\nSố: 86/KH-KSBT\n",
                      "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Hoàng Phúc")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Trung tâm Kiểm soát bệnh tật tỉnh Đồng Tháp", "tinh",
                                                            "Đồng Tháp")


def test_a_page_number_under_the_recipients_is_no_recipient(tmp_path):
    """A PDF's page footer `- 7 -` after `- Lưu: …` reads like one more dashed line."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 217/KH-UBND\n\nKẾ HOẠCH\nThực hiện Chương trình năm 2026\n\n"
            "I. MỤC ĐÍCH\n1. Mục đích chung.\n\n"
            " Nơi nhận:                                       TM. ỦY BAN NHÂN DÂN\n"
            " - Bộ Tài chính;                                  KT. CHỦ TỊCH\n"
            " - Đoàn ĐBQH tỉnh;                                PHÓ CHỦ TỊCH\n"
            " - Chi nhánh NHCSXH tỉnh;                         Hoàng Văn Khiêm\n"
            " - Lưu: VT, NLN, VX1.\n\n"
            "                                    - 7 -\n")
    doc = parse_plan_text(tmp_path, text)["documents"][0]
    assert doc.recipients == ["Bộ Tài chính", "Đoàn ĐBQH tỉnh", "Chi nhánh NHCSXH tỉnh", "Lưu: VT, NLN, VX1"]


def test_recipients_run_into_the_nơi_nhận_line_are_split_at_each_dash(tmp_path):
    """A compacted copy puts the whole list on the Nơi nhận line (`Nơi nhận: - UBND Thành phố
    (để b/c); - …; - Lưu: VT, TYT.`, mh); one dashed item there opens a list that goes on below."""
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀNG LIỆT\n\nSố: 187/KH-UBND\n\nKẾ HOẠCH\nDiễn tập sơ cứu năm 2026\n\n"
            "I. MỤC ĐÍCH\n1. Mục đích chung.\n\n"
            "Nơi nhận: - UBND Thành phố (để b/c); - Sở Y tế Hà Nội (để b/c); - BQT tòa nhà HH2C; - Lưu: VT, TYT.\n\n"
            "            TM. ỦY BAN NHÂN DÂN\n            CHỦ TỊCH\n\n            Lê Văn An\n")
    doc = parse_plan_text(tmp_path, text)["documents"][0]
    assert doc.recipients == ["UBND Thành phố (để b/c)", "Sở Y tế Hà Nội (để b/c)", "BQT tòa nhà HH2C", "Lưu: VT, TYT"]
    doc = parse_plan_text(tmp_path, text.replace(
        "Nơi nhận: - UBND Thành phố (để b/c); - Sở Y tế Hà Nội (để b/c); - BQT tòa nhà HH2C; - Lưu: VT, TYT.\n",
        "Nơi nhận: - UBND Thành phố (để b/c);\n- BQT tòa nhà HH2C;\n- Lưu: VT, TYT.\n"))["documents"][0]
    assert doc.recipients == ["UBND Thành phố (để b/c)", "BQT tòa nhà HH2C", "Lưu: VT, TYT"]


def test_a_unit_in_capitals_is_spelt_as_the_plan_writes_it_keeping_its_abbreviation(tmp_path):
    header = ("UBND TỈNH HÀ TĨNH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nBAN QUẢN LÝ DỰ ÁN ODA NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n"
              "\nSố: 19/KH-BQLDA\n")
    body = BODY.replace("1. Mục đích chung.", "1. Ban Quản lý dự án ODA nông nghiệp và môi trường tỉnh chủ trì.")
    doc = document_of(tmp_path, header, "GIÁM ĐỐC\n\nLê Văn Hà", body)
    assert doc.issuer == "Ban Quản lý dự án ODA nông nghiệp và môi trường tỉnh Hà Tĩnh"


def test_a_year_in_the_title_before_a_gloss_in_brackets_is_the_period_but_not_a_drills(tmp_path):
    header = "UBND TỈNH HÀ TĨNH\n\nSố: 19/KH-UBND\n"
    glossed = BODY.replace("Thu ngân sách nhà nước năm 2026", "Thu ngân sách nhà nước năm 2026 (Kế hoạch công tác - AWPB 2026)")
    doc = document_of(tmp_path, header, "CHỦ TỊCH\n\nLê Văn Hà", glossed)
    assert (doc.period_start, doc.period_end) == (2026, 2026)
    drill = BODY.replace("Thu ngân sách nhà nước năm 2026",
                         "Tổ chức diễn tập phòng thủ dân sự tỉnh năm 2027 (ứng phó sự cố vỡ đập)")
    doc = document_of(tmp_path, header, "CHỦ TỊCH\n\nLê Văn Hà", drill, "drill.txt")
    assert (doc.period_start, doc.period_end) == (None, None)


def test_a_proper_name_the_header_hid_in_capitals_takes_the_capital_the_text_gives_it(tmp_path):
    header = ("CỤC HÀNG KHÔNG VIỆT NAM\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "CẢNG VỤ HÀNG KHÔNG MIỀN NAM\t\tĐộc lập - Tự do - Hạnh phúc\n\nSố: 2318/KH-CVMN\n")
    body = BODY.replace("1. Mục đích chung.", "1. Cảng vụ Hàng không miền Nam (sau đây viết tắt là Cảng vụ) ban hành.")
    doc = document_of(tmp_path, header, "GIÁM ĐỐC\n\nLê Văn Hà", body)
    assert doc.issuer == "Cảng vụ Hàng không miền Nam"


def test_a_member_of_a_university_issues_by_its_name_and_the_universitys(tmp_path):
    """ac: `ĐẠI HỌC HUẾ` / `TRƯỜNG ĐẠI HỌC KINH TẾ`: the member school, named as the text writes it,
    then its university; no level, the date line's province."""
    body = BODY.replace("I. MỤC ĐÍCH", "Hiệu trưởng Trường Đại học Kinh tế ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH")
    doc = document_of(tmp_path, "ĐẠI HỌC HUẾ\nTRƯỜNG ĐẠI HỌC KINH TẾ\nSố: 1386/KH-ĐHKT\nHuế, ngày 10 tháng 8 năm 2026\n",
                      "HIỆU TRƯỞNG\n\nLê Quang Thịnh", body=body)
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Trường Đại học Kinh tế, Đại học Huế", None, "Huế")


def test_a_unit_name_wrapped_onto_a_short_line_is_one_name_not_its_place(tmp_path):
    """av: `TRUNG TÂM PHỤC VỤ` / `HÀNH CHÍNH CÔNG` over a rule is the centre's name wrapped in
    the column (the gazetteer knows it whole), named with the province as its superior's area;
    a place's name on that line stays the unit's own (`CÚC PHƯƠNG`, above)."""
    doc = document_of(tmp_path, "UBND TỈNH ĐỒNG NAI\nTRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG\n     ________\n"
                      "Số: 47/KH-TTPVHCC\n", body=BODY.replace("Thu ngân sách nhà nước năm 2026",
                      "Nâng cao tỷ lệ hồ sơ trực tuyến tại Trung tâm Phục vụ hành chính công tỉnh năm 2026"))
    assert doc.issuer == "Trung tâm Phục vụ hành chính công tỉnh Đồng Nai"


def test_a_communes_association_under_its_provinces_issues_the_plan(tmp_path):
    """cg: `HỘI NÔNG DÂN TỈNH AN GIANG` / `BCH HỘI NÔNG DÂN XÃ TÂN HIỆP`: the commune's committee,
    named by its organisation, issues the plan; the province is the one above it."""
    doc = document_of(tmp_path, "HỘI NÔNG DÂN TỈNH AN GIANG\t\tHỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN XÃ TÂN HIỆP\n"
                      "Số: 18-KH/HND\tTân Hiệp, ngày 14 tháng 01 năm 2026\n", "CHỦ TỊCH\n\nLê Văn Thạnh",
                      BODY.replace("Thu ngân sách nhà nước năm 2026", "Thực hiện phong trào nông dân thi đua trên "
                                   "địa bàn tỉnh An Giang năm 2026"))
    assert (doc.issuer, doc.issuer_level) == ("Hội Nông dân xã Tân Hiệp", "xa")


def test_a_title_an_export_parted_by_a_blank_line_goes_on_in_lower_case(tmp_path):
    """ce: every line of a Word export parted by a blank one: the subject's second line, in lower
    case, is still the subject; a capitalised line after a blank one is not."""
    body = BODY.replace("Thu ngân sách nhà nước năm 2026", "Triển khai các giải pháp đẩy nhanh giải ngân\n\n"
                        "kế hoạch vốn đầu tư công năm 2026\n\nCăn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;")
    doc = document_of(tmp_path, "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 77/KH-UBND\n", body=body)
    assert doc.title == "Triển khai các giải pháp đẩy nhanh giải ngân kế hoạch vốn đầu tư công năm 2026"
    assert (doc.period_start, doc.period_end) == (2026, 2026)


def test_a_web_copys_escaped_ampersand_reads_as_the_page_shows_it(tmp_path):
    """gr, wq: `Sở NN&amp;MT` in Nơi nhận beside the signature is `Sở NN&MT`, one recipient,
    and the blank left by `amp;` is no column gap; the body is still found in the tasks."""
    closing = ("Nơi nhận:                                   KT. GIÁM ĐỐC\n"
               "- Sở NN&amp;MT các tỉnh;                    PHÓ GIÁM ĐỐC\n"
               "- Văn phòng HĐND &amp; UBND tỉnh;\n"
               "- Lưu: VT.                                  Trần Văn Bình\n")
    text = ("SỞ CÔNG THƯƠNG TỈNH KHÁNH HÒA\n\nSố: 28/KH-SCT\n\nKẾ HOẠCH\nTổ chức Hội chợ năm 2026\n\n"
            "I. NHIỆM VỤ\n1. Sở NN&amp;MT chủ trì, phối hợp với Sở VHTT&amp;DL tổ chức.\n\n" + closing)
    tables = parse_plan_text(tmp_path, text)
    assert tables["documents"][0].recipients == ["Sở NN&MT các tỉnh", "Văn phòng HĐND & UBND tỉnh", "Lưu: VT"]
    assert [(a.text, a.agency, a.role) for a in tables["assignments"]] == [
        ("Sở NN&amp;MT", "Sở Nông nghiệp và Môi trường", "lead"),
        ("Sở VHTT&amp;DL", "Sở Văn hóa, Thể thao và Du lịch", "partner")]


def test_a_place_line_under_an_issuer_ending_in_a_capital_letter_is_the_place_alone(tmp_path):
    """lp: `PHƯỜNG BÌNH HƯNG HÒA B` / (far right) `Bình Hưng Hòa B, ngày 14 tháng 3 năm 2023`:
    the issuer's last letter is no word of the place."""
    doc = document_of(tmp_path, "ỦY BAN NHÂN DÂN QUẬN BÌNH TÂN\nỦY BAN NHÂN DÂN\nPHƯỜNG BÌNH HƯNG HÒA B\n"
                                "                                        Bình Hưng Hòa B, ngày 14 tháng 3 năm 2023\n"
                                "Số: 45/KH-UBND\n")
    assert (doc.place, doc.issued_year) == ("Bình Hưng Hòa B", 2023)
    assert doc.province == "Hồ Chí Minh"  # (a 2023 quận names its city: meta.province_urban_district)


def test_a_joint_plans_left_signature_signs_for_its_body_then_its_head(tmp_path):
    """`TM. ỦY BAN NHÂN DÂN XÃ` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` beside `TM. ĐỒN BIÊN PHÒNG` /
    `ĐỒN TRƯỞNG`: the left signer's title is two lines down, not the border post's beside it."""
    closing = ("TM. ỦY BAN NHÂN DÂN XÃ            TM. ĐỒN BIÊN PHÒNG\n"
               "KT. CHỦ TỊCH                                  ĐỒN TRƯỞNG\n"
               "PHÓ CHỦ TỊCH\n\n"
               "Lương Thị Mai                             Thiếu tá Hoàng Văn Quyết")
    doc = document_of(tmp_path, "ỦY BAN NHÂN DÂN XÃ ĐỒNG ĐĂNG\nĐỒN BIÊN PHÒNG CỬA KHẨU\n\nSố: 27/KHLT-UBND-ĐBP\n", closing)
    assert (doc.signer_title, doc.signer_name) == ("PHÓ CHỦ TỊCH", "Lương Thị Mai")
    closing = ("TM. ĐỒN BIÊN PHÒNG DÀO SAN                  TM. ỦY BAN NHÂN DÂN XÃ\n"
               "       ĐỒN TRƯỞNG                                KT. CHỦ TỊCH\n"
               "                                                  PHÓ CHỦ TỊCH\n\n"
               " Thiếu tá Lò Văn Thắng                           Giàng A Páo")
    doc = document_of(tmp_path, "ĐỒN BIÊN PHÒNG DÀO SAN\n\nSố: 19/KHPH-ĐBP-UBND\n", closing)
    assert (doc.signer_title, doc.signer_name) == ("ĐỒN TRƯỞNG", "Lò Văn Thắng")


def test_a_scanned_date_line_read_with_wrong_marks_still_dates_the_plan(tmp_path):
    """OCR reads the breve of `năm` as a tilde (`nãm`), the accent of `tháng` or `ngày` wrong:
    the working copy puts the date words right (rules/ocr.yaml ocr.date_*), so the date line reads."""
    doc = document_of(tmp_path, "UBND TỈNH PHÚ THỌ                 CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                "   SỞ TƯ PHÁP                     Độc lập - Tự do - Hạnh phúc\n\n"
                                "Số: 112 /KH-STP                  Phú Thọ, ngảy 16 thảng 01 nãm 2026\n",
                      "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Hương")
    assert (str(doc.issued_date), doc.issued_year, doc.place) == ("2026-01-16", 2026, "Phú Thọ")


def test_a_recipient_cut_after_its_comma_goes_on_at_the_margin(tmp_path):
    """`- UBND các tỉnh, TP: Quảng Ngãi, Gia Lai, Đắk Lắk,` / `Lâm Đồng, Đồng Nai;` beside the
    signature: a line without a dash under an item cut after a comma is the rest of that item,
    though the writer did not indent it; the items after it are still read."""
    body = BODY.replace("- Cục Thuế (để b/c);\n- Lưu: VT.",
                        "- Văn phòng Chính phủ;\n"
                        "- UBND các tỉnh, TP: Quảng Ngãi, Gia Lai, Đắk Lắk,\n"
                        "Lâm Đồng, Đồng Nai, TP. Hồ Chí Minh;\n"
                        "- Sở NN&MT các tỉnh, TP nêu trên;\n"
                        "- Lưu: VT, LNKL (05b).")
    doc = document_of(tmp_path, "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 386/KH-BNNMT\n",
                      "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nHoàng Đức Toàn", body)
    assert doc.recipients == ["Văn phòng Chính phủ",
                              "UBND các tỉnh, TP: Quảng Ngãi, Gia Lai, Đắk Lắk, Lâm Đồng, Đồng Nai, TP. Hồ Chí Minh",
                              "Sở NN&MT các tỉnh, TP nêu trên", "Lưu: VT, LNKL (05b)"]


def test_a_city_under_a_province_is_of_a_districts_tier(tmp_path):
    doc = document_of(tmp_path, "UỶ BAN NHÂN DÂN\n  THÀNH PHỐ VINH\n\nSố: 468/KH-UBND      Vinh, ngày 17 tháng 02 năm 2025\n",
                      body="\nKẾ HOẠCH\nChống ngập úng trên địa bàn thành phố Vinh, tỉnh Nghệ An\n\nI. MỤC ĐÍCH\n"
                           "1. Mục đích chung.\n\nNơi nhận:\n- Lưu: VT.\n\n{closing}\n")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Ủy ban nhân dân thành phố Vinh", "huyen", "Nghệ An")


def test_a_neighbouring_province_is_not_the_plans(tmp_path):
    doc = document_of(tmp_path, "UỶ BAN NHÂN DÂN\nHUYỆN LỤC NGẠN\n\nSố: 38/KH-UBND\n",
                      body="\nKẾ HOẠCH\nBảo vệ rừng năm 2024\n\nThực hiện Kế hoạch số 19/KH-UBND của UBND tỉnh Bắc Giang;\n"
                           "I. MỤC ĐÍCH\n1. Tuần tra khu vực giáp ranh với huyện Sơn Động và tỉnh Lạng Sơn; giáp ranh\n"
                           "với tỉnh Lạng Sơn.\n\nNơi nhận:\n- Lưu: VT.\n\n{closing}\n")
    assert doc.province == "Bắc Giang"


def test_a_party_board_written_with_its_committee_names_it_once(tmp_path):
    doc = document_of(tmp_path, "      ĐẢNG BỘ TỈNH HÀ TĨNH                 ĐẢNG CỘNG SẢN VIỆT NAM\n"
                      "   BAN TUYÊN GIÁO TỈNH UỶ\n               *\n"
                      "       Số 326-KH/BTGTU       Hà Tĩnh, ngày 08 tháng 01 năm 2024\n",
                      "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nNguyễn Văn An")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Ban Tuyên giáo Tỉnh ủy Hà Tĩnh", "tinh", "Hà Tĩnh")


def test_a_universitys_hospital_under_it_issues_without_a_level(tmp_path):
    doc = document_of(tmp_path, "TRƯỜNG ĐẠI HỌC Y DƯỢC CẦN THƠ        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                      "   BỆNH VIỆN TRƯỜNG ĐẠI HỌC                  Độc lập - Tự do - Hạnh phúc\n"
                      "        Y DƯỢC CẦN THƠ\n\nSố: 1486/KH-BVĐHYD            Cần Thơ, ngày 14 tháng 10 năm 2026\n",
                      "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Hồng Vân",
                      body="\nKẾ HOẠCH\nTổ chức Hội nghị Khoa học năm 2027\n\nBệnh viện Trường Đại học Y Dược Cần Thơ xây "
                           "dựng Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Mục đích chung.\n\nNơi nhận:\n- Lưu: VT.\n\n{closing}\n")
    assert (doc.issuer, doc.issuer_level, doc.province) == ("Bệnh viện Trường Đại học Y Dược Cần Thơ", None, "Cần Thơ")
