"""Roles of agency mentions (extract/roles.py, rules/roles.yaml): a sentence from a plan
and the rows it must give, with the cases that look alike and are not."""

from __future__ import annotations

from pathlib import Path

from pipeline.document import parse_document

HEADER = """{body_upper} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
{place_upper} Độc lập - Tự do - Hạnh phúc

Số: 12/KH-{symbol}

{place}, ngày 10 tháng 3 năm 2025

KẾ HOẠCH

Triển khai thực hiện nhiệm vụ năm 2025

"""

FOOTER = """

Nơi nhận:
- Sở Y tế;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An
"""


def parse(tmp_path: Path, body: str, issuer: str = "ỦY BAN NHÂN DÂN|TỈNH GIA LAI", symbol: str = "UBND",
          place: str = "Gia Lai") -> dict:
    """`issuer` as its two header lines, split at `|`."""
    body_upper, place_upper = (issuer.split("|") + [""])[:2]
    text = HEADER.format(body_upper=body_upper, place_upper=place_upper, symbol=symbol, place=place) + body + FOOTER
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    tables = parse_document(path, "plan.txt").tables
    assert not tables["errors"], tables["errors"]
    return tables


def roles(tables: dict) -> list[tuple[str, str]]:
    """(text as written, role) of every assignment."""
    return [(a.text, a.role) for a in tables["assignments"]]


# --- fields after `;` on one line (the ministry style) ----------------------

def test_each_label_of_a_line_gives_its_role_to_the_agencies_after_it(tmp_path):
    tables = parse(tmp_path, """I. NHIỆM VỤ, GIẢI PHÁP

1. Hoàn thiện thể chế

1.1. Hoàn thiện dự thảo Nghị định quy định về quản lý, kết nối và chia sẻ dữ liệu y tế, trình Chính phủ.
Đơn vị chủ trì: Văn phòng Bộ; đơn vị phối hợp: Vụ Pháp chế, Bảo hiểm xã hội Việt Nam; thời gian: trước ngày \
15/5/2025; sản phẩm: Nghị định.

1.2. Nâng cấp Trung tâm dữ liệu y tế.
Đơn vị chủ trì: Vụ Kế hoạch - Tài chính; đơn vị phối hợp: Vụ Pháp chế; thời gian: 2025 - 2026.""",
                   issuer="BỘ Y TẾ|", symbol="BYT", place="Hà Nội")
    assert roles(tables) == [
        ("Văn phòng Bộ", "lead"), ("Vụ Pháp chế", "partner"), ("Bảo hiểm xã hội Việt Nam", "partner"),
        ("Vụ Kế hoạch - Tài chính", "lead"), ("Vụ Pháp chế", "partner"),
    ]
    first, second = tables["tasks"]
    assert (first.lead, first.partners, first.timeframe, first.product) == (
        ["Văn phòng Bộ"], ["Vụ Pháp chế", "Bảo hiểm xã hội Việt Nam"], "trước ngày 15/5/2025", "Nghị định")
    assert (second.lead, second.partners, second.timeframe) == (
        ["Vụ Kế hoạch - Tài chính"], ["Vụ Pháp chế"], "2025 - 2026")


def test_labelled_blocks_of_a_wrapped_task_list(tmp_path):
    """A task list in labelled blocks from a wrapped PDF: a label alone on its line has its value
    on the next line, and the next field's label is never the rest of the line above it."""
    tables = parse(tmp_path, """I. HOÀN THIỆN THỂ CHẾ, CẢI THIỆN MÔI TRƯỜNG ĐẦU TƯ KINH DOANH
1. Xây dựng, ban hành Bộ chỉ số đánh giá năng lực điều hành của các sở, ban, ngành và UBND các
xã, phường (DDCI) tỉnh Tây Ninh, công bố kết quả đánh giá hằng năm trên Cổng thông tin điện tử
tỉnh và các phương tiện thông tin đại chúng.
Cơ quan chủ trì: Sở Tài chính
Cơ quan phối hợp:
Sở Nội vụ, Văn phòng UBND tỉnh, Hiệp hội Doanh nghiệp tỉnh
Thời gian hoàn thành: Tháng 3/2026
2. Xây dựng, phê duyệt kế hoạch thanh tra, kiểm tra doanh nghiệp năm 2026, bảo đảm không trùng
lặp, chồng chéo giữa các cơ quan có chức năng thanh tra, kiểm tra trên địa bàn tỉnh và giữa các
cấp, các ngành.
Cơ quan chủ trì: Thanh tra tỉnh
Cơ quan phối hợp: Các sở, ngành có chức năng thanh tra chuyên ngành; Công an tỉnh
Thời gian hoàn thành: Trước ngày 15/12/2025""")
    assert roles(tables) == [
        ("Sở Tài chính", "lead"), ("Sở Nội vụ", "partner"), ("Văn phòng UBND tỉnh", "partner"),
        ("Hiệp hội Doanh nghiệp tỉnh", "partner"), ("Thanh tra tỉnh", "lead"),
        ("Các sở, ngành có chức năng thanh tra chuyên ngành", "partner"), ("Công an tỉnh", "partner"),
    ]


def test_a_semicolon_inside_a_label_list_keeps_its_label(tmp_path):
    """Not a new clause: `Cơ quan phối hợp: X; Y` names two partners."""
    tables = parse(tmp_path, """I. NỘI DUNG

1. Tuyên truyền

- a) Cơ quan thực hiện: Sở Y tế.
- b) Cơ quan phối hợp: Sở Nội vụ; Sở Tài chính.""")
    assert roles(tables) == [("Sở Y tế", "lead"), ("Sở Nội vụ", "partner"), ("Sở Tài chính", "partner")]



def test_a_partner_label_after_the_lead_of_a_doers_line_keeps_its_role(tmp_path):
    """`Thực hiện: X chủ trì; phối hợp: Y, Z`: the lead makes the line a sentence, but the
    `phối hợp:` after the `;` is a label of its own."""
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Rà soát quy hoạch, bố trí quỹ đất
- Rà soát quy hoạch phân khu các đô thị, khu công nghiệp.
Thực hiện: Phòng Quy hoạch - Kiến trúc chủ trì; phối hợp: Phòng Quản lý nhà và Thị trường bất
động sản, Phòng Phát triển đô thị.""", issuer="UBND TỈNH BẮC NINH|SỞ XÂY DỰNG", symbol="SXD", place="Bắc Ninh")
    assert roles(tables) == [("Phòng Quy hoạch - Kiến trúc", "lead"),
                             ("Phòng Quản lý nhà và Thị trường bất\nđộng sản", "partner"),
                             ("Phòng Phát triển đô thị", "partner")]

def test_the_part_of_the_plans_list_a_group_stands_in_says_which_of_them_act(tmp_path):
    """`Các chủ đầu tư tại Mục B, Bảng 1 hoàn thiện …`: `tại Mục B, Bảng 1` between the group
    and its verb picks some of them out, as `có …` or `còn lại` do."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN

1. Các chủ đầu tư dự án NOXH
- Các chủ đầu tư tại Mục B, Bảng 1 hoàn thiện hồ sơ, thủ tục để khởi công trong năm 2026.""",
                   issuer="UBND TỈNH BẮC NINH|SỞ XÂY DỰNG", symbol="SXD", place="Bắc Ninh")
    assert roles(tables) == [("Các chủ đầu tư dự án NOXH", "lead"), ("Các chủ đầu tư", "responsible")]

def test_a_bracketed_role_mark_decides_the_bodies_before_it_on_a_label_line(tmp_path):
    """`(chủ trì)` / `(phối hợp)` after the bodies of a doers line: each mark holds back to the
    previous one; a line with no mark keeps its label's role (not all partners after a lead)."""
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Tập huấn chuyển đổi số
Thực hiện: Sở Nội vụ (chủ trì); Sở Tài chính, Sở Tư pháp (phối hợp).

2. Kiểm tra an toàn thực phẩm
Cơ quan thực hiện: Sở Y tế (chủ trì), Sở Tài chính, Công an tỉnh (phối hợp).

3. Tuyên truyền
Thực hiện: Sở Văn hóa, Thể thao và Du lịch, Sở Khoa học và Công nghệ.""")
    assert roles(tables) == [
        ("Sở Nội vụ", "lead"), ("Sở Tài chính", "partner"), ("Sở Tư pháp", "partner"),
        ("Sở Y tế", "lead"), ("Sở Tài chính", "partner"), ("Công an tỉnh", "partner"),
        ("Sở Văn hóa, Thể thao và Du lịch", "lead"), ("Sở Khoa học và Công nghệ", "lead"),
    ]

def test_bracketed_role_marks_split_the_doers_of_a_sentence_with_no_label(tmp_path):
    """`X (chủ trì), Y (phối hợp) <verb>` and a task's bodies after its colon: the marks say who
    leads and who helps, as on a label's line; the verb after them does not make all responsible."""
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Khám lưu động tại nhà văn hóa: Trung tâm Y tế khu vực (chủ trì), Trạm Y tế xã (phối hợp).

2. Văn phòng Sở (chủ trì), Trung tâm Kiểm soát bệnh tật tỉnh (phối hợp) bảo đảm phần mềm hoạt động ổn định.""",
                   issuer="UBND TỈNH GIA LAI|SỞ Y TẾ", symbol="SYT")
    assert roles(tables) == [
        ("Trung tâm Y tế khu vực", "lead"), ("Trạm Y tế xã", "partner"),
        ("Văn phòng Sở", "lead"), ("Trung tâm Kiểm soát bệnh tật tỉnh", "partner"),
    ]

def test_a_time_line_under_a_sentence_is_the_timeframe_of_its_task(tmp_path):
    tables = parse(tmp_path, """I. NHIỆM VỤ

2.3. Chuẩn hoá dữ liệu hồ sơ sức khỏe điện tử: Văn phòng Bộ chủ trì, phối hợp với Vụ Pháp chế thực hiện.
Thời gian: Quý III/2025.

2.4. Vụ Pháp chế rà soát các văn bản.""", issuer="BỘ Y TẾ|", symbol="BYT", place="Hà Nội")
    first, second = tables["tasks"]
    assert (first.lead, first.partners, first.timeframe) == (["Văn phòng Bộ"], ["Vụ Pháp chế"], "Quý III/2025")
    assert "Thời gian: Quý III/2025." in first.text and second.timeframe is None


# --- organisation headings -------------------------------------------------

def test_a_heading_agency_that_is_the_focal_point(tmp_path):
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Phòng Tài chính - Kế hoạch: Là cơ quan thường trực, chủ trì, phối hợp với Phòng Nội vụ theo dõi, hướng dẫn.
2. Văn phòng Điều phối nông thôn mới huyện: Là cơ quan đầu mối giúp Ban Chỉ đạo huyện theo dõi tiến độ.
3. Phòng Nội vụ: Tham mưu bố trí biên chế.""", issuer="ỦY BAN NHÂN DÂN|HUYỆN KON RẪY", place="Kon Rẫy")
    assert roles(tables)[:2] == [("Phòng Tài chính - Kế hoạch", "lead"), ("Phòng Nội vụ", "partner")]
    assert ("Văn phòng Điều phối nông thôn mới huyện", "focal_point") in roles(tables)
    # `tham mưu` after a numbered heading's colon leaves it the lead of its section
    assert roles(tables)[-1] == ("Phòng Nội vụ", "lead")
    assert [t.section_id for t in tables["tasks"]] == ["I/1", "I/2", "I/3"]


# --- `phối hợp` with and without a lead --------------------------------------

def test_a_subject_that_phoi_hop_after_a_lead_is_its_partner(tmp_path):
    tables = parse(tmp_path, """I. NHIỆM VỤ

4. Đẩy mạnh xúc tiến du lịch
- Sở Văn hóa, Thể thao và Du lịch chủ trì thực hiện các nội dung tại điểm a, điểm b khoản này;
- Sở Khoa học và Công nghệ phối hợp bảo đảm hạ tầng số, an toàn thông tin.

5. Về y tế
- Phòng Y tế phối hợp Trung tâm Y tế huyện duy trì Bộ tiêu chí quốc gia về y tế xã.""")
    assert roles(tables) == [
        ("Sở Văn hóa, Thể thao và Du lịch", "lead"), ("Sở Khoa học và Công nghệ", "partner"),
        ("Phòng Y tế", "responsible"), ("Trung tâm Y tế huyện", "partner"),
    ]
    first = tables["tasks"][0]
    assert (first.lead, first.partners) == (["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Khoa học và Công nghệ"])


def test_phoi_hop_with_no_lead_in_its_paragraph_is_their_own_work(tmp_path):
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN

1. Sở Y tế chủ trì theo dõi, đôn đốc thực hiện Kế hoạch.

Căn cứ nội dung Kế hoạch, các cơ quan, đơn vị và địa phương chủ động phối hợp triển khai thực hiện.""")
    assert roles(tables) == [("Sở Y tế", "lead"), ("các cơ quan, đơn vị và địa phương", "responsible")]


# --- sentences ---------------------------------------------------------------

def test_giao_x_chu_tri_phoi_hop_voi(tmp_path):
    tables = parse(tmp_path, """I. NHIỆM VỤ

b) Giao Sở Du lịch chủ trì, phối hợp với Sở Văn hóa và Thể thao, UBND các quận, huyện tổ chức tuyên truyền \
Bộ Quy tắc ứng xử văn minh du lịch; hoàn thành trong Quý III/2025.""", issuer="ỦY BAN NHÂN DÂN|THÀNH PHỐ HẢI PHÒNG",
                   place="Hải Phòng")
    assert roles(tables) == [
        ("Sở Du lịch", "lead"), ("Sở Văn hóa và Thể thao", "partner"), ("UBND các quận, huyện", "partner")]


def test_co_actors_between_the_subjects_and_their_verb(tmp_path):
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN

1. Chế độ thông tin, báo cáo
Các sở, ban, ngành, UBND các huyện và cơ quan, đơn vị liên quan báo cáo kết quả thực hiện định kỳ trước ngày \
15 tháng 12 hằng năm gửi Sở Nội vụ để tổng hợp.""")
    assert roles(tables) == [
        ("Các sở, ban, ngành", "responsible"), ("UBND các huyện", "responsible"), ("Sở Nội vụ", "report_to")]


def test_verbs_that_make_a_subject_the_doer(tmp_path):
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Xây dựng hạ tầng
- Sở Xây dựng đẩy nhanh tiến độ các công trình hạ tầng.
- Sở Nội vụ phân công công chức phụ trách từng tiêu chí.
- Sở Thông tin và Truyền thông mở chuyên trang, chuyên mục về du lịch.""")
    assert roles(tables) == [
        ("Sở Xây dựng", "responsible"), ("Sở Nội vụ", "responsible"),
        ("Sở Thông tin và Truyền thông", "responsible")]


def test_requested_bodies_and_those_they_direct(tmp_path):
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN

7. Đề nghị các sở, ngành, địa phương
- Đề nghị Công an tỉnh chỉ đạo Công an các xã, phường tăng cường nắm tình hình.
- Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Nội vụ để tổng hợp.""")
    found = roles(tables)
    assert ("Công an tỉnh", "requested") in found and ("Công an các xã, phường", "responsible") in found
    assert found[-1] == ("Sở Nội vụ", "report_to")


def test_an_agency_heading_whose_paragraph_the_working_copy_joined(tmp_path):
    """A document with hard wraps: the working copy joins `2. Sở Tài chính` to the line
    below; the heading is still the agency alone, the lead of its section."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
Tham mưu Ủy ban nhân dân tỉnh theo dõi, đôn đốc các sở, ngành
triển khai thực hiện Kế hoạch này; tổng hợp kết quả thực hiện
hằng năm.
2. Sở Tài chính
Chủ trì bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách
hằng năm theo quy định.
3. Sở Y tế
Phối hợp với Sở Nội vụ theo dõi, đôn đốc các cơ sở y tế
thực hiện Kế hoạch.""")
    assert roles(tables) == [
        ("Sở Nội vụ", "lead"), ("Sở Tài chính", "lead"), ("Sở Y tế", "lead"), ("Sở Nội vụ", "partner")]
    assert [t.section_id for t in tables["tasks"]] == ["I/1", "I/2", "I/3"]


# --- organisation section under an A./B. part -------------------------------

ORGANISATION_ITEMS = """{part}I. MỤC ĐÍCH, YÊU CẦU

Triển khai kịp thời, hiệu quả các nhiệm vụ.

II. TỔ CHỨC THỰC HIỆN

1. Phòng Tài chính - Kế hoạch thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch.
"""


def test_a_heading_that_names_an_agency_leads_in_the_organisation_section_also_under_a_part(tmp_path):
    # plans in parts (`A. KẾT QUẢ …` / `B. KẾ HOẠCH …`) hold the plan's own Roman parts under B
    plain = parse(tmp_path, ORGANISATION_ITEMS.format(part=""))
    in_part = parse(tmp_path, "A. KẾT QUẢ THỰC HIỆN NĂM 2024\n\nĐã hoàn thành các chỉ tiêu.\n\n"
                              "B. KẾ HOẠCH NĂM 2025\n\n" + ORGANISATION_ITEMS.format(part=""))
    assert roles(plain) == [("Phòng Tài chính - Kế hoạch", "lead")]
    assert roles(in_part) == [("Phòng Tài chính - Kế hoạch", "lead")]
    assert [s.section_id for s in in_part["sections"]][:3] == ["A", "B", "B/I"]


# --- a ministry's task items: one field per bullet ----------------------------

def test_field_bullets_under_a_task_heading_make_its_task(tmp_path):
    tables = parse(tmp_path, """I. NỘI DUNG

1. Tổ chức quán triệt, phổ biến Luật

a) Tổ chức hội nghị quán triệt, triển khai Luật đến công chức các đơn vị thuộc Bộ

- Cơ quan chủ trì: Vụ Pháp chế.
- Cơ quan phối hợp: Văn phòng Bộ, Vụ Tổ chức cán bộ.
- Thời gian thực hiện: Quý III/2025.
- Sản phẩm: Hội nghị quán triệt, triển khai Luật.

b) Rà soát văn bản quy phạm pháp luật có liên quan

- Cơ quan chủ trì: Vụ Tổ chức cán bộ.
- Thời gian thực hiện: tháng 8/2025.""", issuer="BỘ TƯ PHÁP|", symbol="BTP", place="Hà Nội")
    assert roles(tables) == [("Vụ Pháp chế", "lead"), ("Văn phòng Bộ", "partner"), ("Vụ Tổ chức cán bộ", "partner"),
                             ("Vụ Tổ chức cán bộ", "lead")]
    first, second = tables["tasks"]
    assert (first.section_id, first.lead, first.partners, first.timeframe, first.product) == (
        "I/1/a", ["Vụ Pháp chế"], ["Văn phòng Bộ", "Vụ Tổ chức cán bộ"], "Quý III/2025",
        "Hội nghị quán triệt, triển khai Luật")
    assert (second.section_id, second.lead, second.partners, second.timeframe, second.product) == (
        "I/1/b", ["Vụ Tổ chức cán bộ"], [], "tháng 8/2025", None)


def test_a_time_field_after_a_semicolon_on_the_line_of_the_sentence(tmp_path):
    """The task is the sentence after the item's marker; its `thời gian thực hiện:` clause
    stands on that same line."""
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Củng cố mạng lưới y tế cơ sở
b) Sở Tài chính chủ trì, phối hợp với Sở Y tế bố trí vốn đầu tư công để cải tạo trạm y tế; \
thời gian thực hiện: 2026 - 2028.""")
    (task,) = tables["tasks"]
    assert (task.lead, task.partners, task.timeframe) == (["Sở Tài chính"], ["Sở Y tế"], "2026 - 2028")


# --- a steering committee's members, one bullet each -----------------------------

def test_member_bullets_with_a_jurisdiction_before_the_colon(tmp_path):
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Các thành viên Ban Chỉ đạo tỉnh
Căn cứ chức năng, nhiệm vụ được giao, xây dựng kế hoạch của ngành, đơn vị; trong đó tập trung:
- Công an tỉnh:
Chủ trì, phối hợp với Cục Hải quan tỉnh đấu tranh, triệt phá các đường dây buôn lậu.
- Sở Văn hóa, Thể thao và Du lịch, các cơ quan báo chí của tỉnh:
Xây dựng chuyên mục, tin bài tuyên truyền về đấu tranh phòng, chống buôn lậu.
2. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh
Tăng cường tuyên truyền, vận động đoàn viên, hội viên và Nhân dân.""", issuer="BAN CHỈ ĐẠO 389|TỈNH THANH HÓA",
                   symbol="BCĐ389", place="Thanh Hóa")
    found = roles(tables)
    assert ("Công an tỉnh", "lead") in found and ("Cục Hải quan tỉnh", "partner") in found
    assert ("Sở Văn hóa, Thể thao và Du lịch", "lead") in found and ("các cơ quan báo chí", "lead") in found
    assert ("Ủy ban MTTQ Việt Nam tỉnh", "requested") in found
    assert ("các tổ chức chính trị - xã hội tỉnh", "requested") in found


def test_not_a_member_heading_when_a_name_follows_the_owner_word(tmp_path):
    """`… của Sở Y tế:` is a citation of whose the thing is, not a list of doers."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
- Các phòng chuyên môn của Sở Y tế: theo dõi việc thực hiện.""")
    assert ("Sở Y tế", "lead") not in roles(tables)


# --- cues of roles in sentences ------------------------------------------------------

def test_the_focal_role_named_as_a_noun(tmp_path):
    tables = parse(tmp_path, """I. MỤC ĐÍCH, YÊU CẦU
2. Yêu cầu
- Phát huy vai trò đầu mối của Sở Nội vụ trong theo dõi, đôn đốc, tổng hợp.
- Thực hiện theo hướng dẫn của Sở Y tế.""")
    assert roles(tables) == [("Sở Nội vụ", "focal_point")]


def test_answering_for_a_failure_is_not_a_task(tmp_path):
    tables = parse(tmp_path, """I. NHIỆM VỤ
- Chủ tịch UBND các huyện chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để buôn lậu diễn biến phức tạp.
- Sở Công Thương chịu trách nhiệm chỉ đạo kiểm tra thị trường.
- UBND các huyện giao chỉ tiêu cụ thể đến từng xã, thị trấn.
- Các sở, ngành xác định công tác phòng, chống buôn lậu là nhiệm vụ trọng tâm.""")
    assert roles(tables) == [("Sở Công Thương", "responsible"), ("UBND các huyện", "responsible"),
                             ("Các sở, ngành", "responsible")]


def test_data_sent_to_a_body_is_a_report_to_it(tmp_path):
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Bảo hiểm xã hội tỉnh
Định kỳ hằng quý cung cấp số liệu người tham gia bảo hiểm y tế về Sở Y tế để tổng hợp.
2. Sở Tài chính
Cung cấp danh sách đơn vị nợ đóng cho UBND các huyện trước ngày 10 hằng tháng.
3. Các sở, ngành xây dựng dự toán kinh phí, gửi Sở Tài chính thẩm định.""")
    found = roles(tables)
    assert ("Sở Y tế", "report_to") in found and ("Sở Tài chính", "report_to") in found
    assert not any(text == "UBND các huyện" for text, _ in found)


def test_an_organisation_item_that_names_its_agency_the_focal_point(tmp_path):
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Vụ Pháp chế là đơn vị đầu mối, có trách nhiệm theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Văn phòng Bộ chủ trì, phối hợp với Vụ Pháp chế đăng tải Kế hoạch trên Cổng Thông tin điện tử.""",
                   issuer="BỘ TƯ PHÁP|", symbol="BTP", place="Hà Nội")
    assert roles(tables) == [("Vụ Pháp chế", "focal_point"), ("Văn phòng Bộ", "lead"), ("Vụ Pháp chế", "partner")]
    assert [t.section_id for t in tables["tasks"]] == ["I/1", "I/2"]


# --- a plan converted to markdown ----------------------------------------------------

def test_markdown_organisation_headings(tmp_path):
    tables = parse(tmp_path, """## V. TỔ CHỨC THỰC HIỆN

1\\. Sở Y tế

-   Là cơ quan đầu mối, chủ trì, phối hợp với UBND các quận, huyện tổ chức triển khai thực hiện Kế hoạch.

2\\. Đề nghị Hội Liên hiệp Phụ nữ thành phố, Hội Nông dân thành phố

Phối hợp tuyên truyền, vận động hội viên thực hiện tốt chính sách dân số.

a\\) Sở Tài chính chủ trì, phối hợp với Sở Y tế bố trí kinh phí.""", issuer="ỦY BAN NHÂN DÂN|THÀNH PHỐ CẦN THƠ",
                   place="Cần Thơ")
    assert roles(tables) == [
        ("Sở Y tế", "lead"), ("UBND các quận, huyện", "partner"),
        ("Hội Liên hiệp Phụ nữ thành phố", "requested"), ("Hội Nông dân thành phố", "requested"),
        ("Sở Tài chính", "lead"), ("Sở Y tế", "partner")]


# --- round 5: a commune's, a party committee's and a district's plan -----------------

def test_a_body_directed_to_do_the_work_listed_below(tmp_path):
    """`Đảng ủy UBND tỉnh lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh:` — the body directed does
    the bullets below; a colon after a name with no opener before it says nothing."""
    tables = parse(tmp_path, """IV- TỔ CHỨC THỰC HIỆN

5- Đảng ủy UBND tỉnh lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh:

- a) Ban hành Chương trình hành động thực hiện Nghị quyết 57.

6- Kết quả thực hiện của Sở Nội vụ:

- Tổng hợp trong báo cáo năm.""", issuer="TỈNH ỦY BẮC NINH|", symbol="TU", place="Bắc Ninh")
    found = roles(tables)
    assert ("Ủy ban nhân dân tỉnh", "responsible") in found
    assert not any(text == "Sở Nội vụ" for text, _ in found)


def test_the_body_an_agency_belongs_to_keeps_the_list_going(tmp_path):
    """`X thuộc quận và Y …`, `X thuộc UBND quận; Y` — the owner is part of X, Y still acts."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN

1. Nhiệm vụ chung
- Các trường học thuộc huyện và UBND các xã cụ thể hóa nhiệm vụ tại Kế hoạch này.
- Các đơn vị sự nghiệp thuộc Sở Y tế, Trung tâm Y tế huyện chủ trì tổ chức tiêm chủng.""",
                   issuer="ỦY BAN NHÂN DÂN|HUYỆN ĐÔNG ANH", place="Đông Anh")
    found = roles(tables)
    assert ("UBND các xã", "responsible") in found
    assert ("Trung tâm Y tế huyện", "lead") in found
    assert not any(text == "Sở Y tế" for text, _ in found)


def test_commune_officials_verbs_and_a_subject_within_the_party(tmp_path):
    tables = parse(tmp_path, """III. NHIỆM VỤ

1. Công tác cảnh báo
- Đài truyền thanh xã phát bản tin dự báo, cảnh báo ít nhất 3 lần/ngày khi có bão.
- Trưởng các thôn thông báo đến từng hộ dân bằng loa cầm tay.
- Các cấp ủy, tổ chức đảng trong toàn Đảng bộ lãnh đạo, chỉ đạo tổ chức học tập.""",
                   issuer="ỦY BAN NHÂN DÂN|XÃ HẢI NINH", place="Hải Ninh")
    found = roles(tables)
    assert ("Đài truyền thanh xã", "responsible") in found
    assert ("Trưởng các thôn", "responsible") in found
    assert ("Các cấp ủy, tổ chức đảng", "responsible") in found


def test_goods_stored_with_a_party_to_a_contract_is_no_report(tmp_path):
    tables = parse(tmp_path, """III. NHIỆM VỤ

1. Vật tư
- Lương thực được gửi tại kho của hộ kinh doanh đã ký hợp đồng với UBND xã.
- Các thôn báo cáo kết quả thực hiện về UBND xã trước ngày 25 hằng tháng.""",
                   issuer="ỦY BAN NHÂN DÂN|XÃ HẢI NINH", place="Hải Ninh")
    assert roles(tables) == [("Các thôn", "responsible"), ("UBND xã", "report_to")]


# --- a body in parentheses, a condition, more verbs (round 6) ------------------

def test_a_body_in_parentheses_after_a_unit_shares_its_role(tmp_path):
    """`Phòng X (Sở Y tế) và Phòng Y (Bảo hiểm xã hội tỉnh) là đầu mối`: the run goes on past
    the parentheses, so both units are focal points; `(qua X)` still names the report's way."""
    tables = parse(tmp_path, """IV. CHẾ ĐỘ THÔNG TIN, BÁO CÁO

1. Sở Y tế tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh (qua Văn phòng Ủy ban nhân dân tỉnh).

2. Phòng Nghiệp vụ Y - Dược (Sở Y tế) và Phòng Giám định bảo hiểm y tế (Bảo hiểm xã hội tỉnh) là \
đầu mối theo dõi, tổng hợp, trao đổi thông tin giữa hai Ngành.""")
    found = [(a.text, a.role, a.rule_id) for a in tables["assignments"]]
    assert found[1:3] == [("Ủy ban nhân dân tỉnh", "report_to", "prefix.report"),
                          ("Văn phòng Ủy ban nhân dân tỉnh", "report_to", "prefix.report_via")]
    assert [(text, role) for text, role, _ in found[3:]] == [
        ("Phòng Nghiệp vụ Y - Dược", "focal_point"), ("Sở Y tế", "focal_point"),
        ("Phòng Giám định bảo hiểm y tế", "focal_point"), ("Bảo hiểm xã hội tỉnh", "focal_point"),
    ]


def test_the_bodies_of_a_condition_are_given_no_work(tmp_path):
    """`nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo X`: X is reported to, the units
    have no task; without the condition they report as their work."""
    tables = parse(tmp_path, """V. TỔ CHỨC THỰC HIỆN

1. Các đơn vị báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 20 hằng tháng.

Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo Ủy ban nhân dân \
tỉnh (qua Sở Nội vụ) để xem xét, giải quyết; nếu có khó khăn, vướng mắc, kịp thời phối hợp với Sở Y tế.""")
    assert roles(tables) == [
        ("Các đơn vị", "responsible"), ("Ủy ban nhân dân tỉnh", "report_to"),
        ("Ủy ban nhân dân tỉnh", "report_to"), ("Sở Nội vụ", "report_to"), ("Sở Y tế", "partner"),
    ]


def test_founding_balancing_and_taking_over_are_work(tmp_path):
    tables = parse(tmp_path, """III. NHIỆM VỤ

1. Sở Nội vụ thành lập Tổ công tác liên ngành.
2. Sở Tài chính cân đối, bố trí kinh phí theo quy định.
3. Sau ngày 01/7/2025, Ủy ban nhân dân các xã tiếp nhận và tiếp tục triển khai các nội dung của Kế hoạch.""")
    assert roles(tables) == [("Sở Nội vụ", "responsible"), ("Sở Tài chính", "responsible"),
                             ("Ủy ban nhân dân các xã", "responsible")]


# --- round 7: Word bullets, channels that are no report, commune duty lines ---

def test_bullets_copied_from_word_open_a_clause(tmp_path):
    """`o` (Word's second-level bullet), `•<TAB>`: the agency after them opens its clause."""
    tables = parse(tmp_path, """III. NHIỆM VỤ

1. Tăng cường sự lãnh đạo, chỉ đạo
•\tUBND các xã, thị trấn tự kiểm tra, hoàn thiện hồ sơ đề nghị công nhận đạt chuẩn.
o Ban Chỉ đạo huyện ban hành quy chế hoạt động, phân công thành viên phụ trách từng xã.
o Ban Chỉ đạo PCGD, XMC các xã, thị trấn họp định kỳ mỗi quý một lần.
o Phòng Văn hoá và Thông tin chủ trì, phối hợp với Trung tâm Văn hóa - Thông tin và Thể thao huyện xây dựng \
chuyên mục.""", issuer="ỦY BAN NHÂN DÂN|HUYỆN CHƯ SÊ", place="Chư Sê")
    assert roles(tables) == [
        ("UBND các xã, thị trấn", "responsible"), ("Ban Chỉ đạo huyện", "responsible"),
        ("Ban Chỉ đạo PCGD, XMC các xã, thị trấn", "responsible"), ("Phòng Văn hoá và Thông tin", "lead"),
        ("Trung tâm Văn hóa - Thông tin và Thể thao huyện", "partner"),
    ]


def test_a_channel_or_a_recipient_of_what_is_sent_down_is_no_report(tmp_path):
    """`qua X` is the report's way only in parentheses or after a report verb; plural actors
    after `gửi` are sent something; `Hệ thống thông tin báo cáo Chính phủ` names a system."""
    tables = parse(tmp_path, """II. NỘI DUNG

1. Nội dung giám sát
- Chính sách tín dụng ưu đãi đối với hộ nghèo, hộ cận nghèo qua Phòng Giao dịch Ngân hàng Chính sách xã \
hội huyện;
- Văn phòng UBND tỉnh vận hành Hệ thống thông tin báo cáo tỉnh, kết nối với Hệ thống thông tin báo cáo \
Chính phủ qua API.
- Sở Y tế ban hành đề cương báo cáo, gửi các cơ quan, đơn vị chịu sự giám sát; báo cáo UBND tỉnh kết quả \
thực hiện thông qua Sở Nội vụ.""")
    assert roles(tables) == [
        ("Văn phòng UBND tỉnh", "responsible"), ("Sở Y tế", "responsible"),
        ("UBND tỉnh", "report_to"), ("Sở Nội vụ", "report_to"),
    ]


def test_commune_duty_lines_are_led_by_the_body_before_the_colon(tmp_path):
    """`- Công an xã: đảm bảo …` is lead (as on ward and district plans); a role word after the
    colon gives its own role (`phối hợp` → partner); the plan's own formula `X ban hành Kế
    hoạch` is no work, `X ban hành quy chế` is."""
    tables = parse(tmp_path, """Ủy ban nhân dân xã Phú Xuân ban hành Kế hoạch tổ chức Ngày hội.

III. PHÂN CÔNG NHIỆM VỤ
- Ban Công tác Mặt trận thôn: chuẩn bị báo cáo, chương trình văn nghệ.
- Công an xã: đảm bảo an ninh trật tự trong suốt thời gian diễn ra Ngày hội.
- Đoàn Thanh niên, Hội Phụ nữ xã: phối hợp tổ chức các trò chơi dân gian.
- Kế toán ngân sách xã: chi kinh phí tổ chức Ngày hội theo dự toán được duyệt.
- Ban Công tác Mặt trận thôn 3 báo cáo kết quả tổ chức Ngày hội về UBND xã trước ngày 20/11/2025.""",
                   issuer="ỦY BAN NHÂN DÂN|XÃ PHÚ XUÂN", place="Phú Xuân")
    assert [(a.agency, a.role) for a in tables["assignments"]] == [
        ("Ban Công tác Mặt trận", "lead"), ("Công an", "lead"),
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "partner"), ("Hội Liên hiệp Phụ nữ", "partner"),
        ("Kế toán ngân sách", "lead"), ("Ban Công tác Mặt trận", "responsible"),
        ("Ủy ban nhân dân xã", "report_to"),
    ]


def test_phoi_hop_after_a_body_that_does_the_work_on_its_line(tmp_path):
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Cập nhật bộ tài liệu xúc tiến đầu tư
Trung tâm Hỗ trợ đầu tư và phát triển hạ tầng thực hiện; Văn phòng Ban phối hợp đăng tải trên Cổng thông tin điện tử của Ban.

2. Hướng dẫn người dân
- Phòng Văn hóa - Xã hội thực hiện các nội dung tại mục 1;
- Phòng Kinh tế phối hợp triển khai thực hiện.""")
    # a responsible body on a bullet above is no lead to help, yet one named body that
    # `phối hợp` helps whoever leads the item: it stays a partner
    assert roles(tables) == [
        ("Trung tâm Hỗ trợ đầu tư và phát triển hạ tầng", "responsible"), ("Văn phòng Ban", "partner"),
        ("Phòng Văn hóa - Xã hội", "responsible"), ("Phòng Kinh tế", "partner"),
    ]


def test_a_group_that_phoi_hop_with_no_lead_does_the_work_a_named_body_helps(tmp_path):
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Giải quyết tranh chấp, xử lý vi phạm
- Công an tỉnh phối hợp kiểm tra, xác minh các trường hợp lấn chiếm đất công.

II. TỔ CHỨC THỰC HIỆN
Căn cứ nội dung Kế hoạch, các cơ quan, đơn vị chủ động phối hợp triển khai thực hiện.""")
    assert roles(tables) == [("Công an tỉnh", "partner"), ("các cơ quan, đơn vị", "responsible")]


def test_lap_makes_the_subject_the_doer_but_not_a_budget_estimate(tmp_path):
    tables = parse(tmp_path, """I. NHIỆM VỤ

c) Các tổ dân phố lập danh sách người dân cần hỗ trợ, gửi Phòng Văn hóa - Xã hội phường trước ngày 15/10/2025.
d) Văn phòng HĐND và UBND phường số hoá hồ sơ, kết quả giải quyết thủ tục hành chính.

II. KINH PHÍ
- Các đơn vị lập dự toán kinh phí gửi Sở Tài chính tổng hợp.""", issuer="ỦY BAN NHÂN DÂN|PHƯỜNG HẢI CHÂU",
                    place="Đà Nẵng")
    assert roles(tables)[:3] == [("Các tổ dân phố", "responsible"), ("Phòng Văn hóa - Xã hội phường", "report_to"),
                                 ("Văn phòng HĐND và UBND phường", "responsible")]
    assert ("Các đơn vị", "responsible") not in roles(tables)


def test_report_to_after_the_issuers_own_head(tmp_path):
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN

1. Phòng Quản lý đầu tư
- Tổng hợp kết quả định kỳ 6 tháng, báo cáo Trưởng ban và UBND tỉnh (qua Sở Tài chính) trước ngày 15/6/2025.""",
                    issuer="BAN QUẢN LÝ KHU KINH TẾ|TỈNH QUẢNG NINH", symbol="BQLKKT", place="Quảng Ninh")
    assert roles(tables) == [("Phòng Quản lý đầu tư", "lead"), ("UBND tỉnh", "report_to"), ("Sở Tài chính", "report_to")]


# --- round 10: health units named in a directing sentence --------------------

def test_chi_dao_a_centre_with_its_initialism_announces_its_bullets(tmp_path):
    """`Chỉ đạo X (CDC) tỉnh:` / `+ …`: X does the listed work; `CDC tỉnh` alone is the same centre;
    named hospitals and `các bệnh viện đa khoa khu vực` before their verb act."""
    tables = parse(tmp_path, """V. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
- Chỉ đạo Trung tâm Kiểm soát bệnh tật (CDC) tỉnh:
+ Tổ chức tập huấn cho nhân viên y tế trường học;
+ Tổng hợp số liệu khám sức khỏe của các trường.
- Chỉ đạo Bệnh viện Mắt Nghệ An, Bệnh viện Sản Nhi Nghệ An và các bệnh viện đa khoa khu vực tổ chức khám chuyên khoa.
2. Sở Giáo dục và Đào tạo
- Tổng hợp kết quả, gửi Sở Y tế (qua CDC tỉnh) trước ngày 10/6/2027.""")
    got = {(a.text, a.role, a.agency) for a in tables["assignments"]}
    assert ("Trung tâm Kiểm soát bệnh tật", "responsible", "Trung tâm Kiểm soát bệnh tật") in got
    assert ("Bệnh viện Mắt Nghệ An", "responsible", "Bệnh viện Mắt Nghệ An") in got
    assert ("Bệnh viện Sản Nhi Nghệ An", "responsible", "Bệnh viện Sản Nhi Nghệ An") in got
    assert ("các bệnh viện đa khoa khu vực", "responsible", "Các bệnh viện đa khoa khu vực") in got
    assert ("CDC tỉnh", "report_to", "Trung tâm Kiểm soát bệnh tật") in got
    assert not any(a.text == "CDC" for a in tables["assignments"])  # the gloss is not a second body


def test_post_office_and_villages_with_residential_groups(tmp_path):
    tables = parse(tmp_path, """I. NHIỆM VỤ
1. Tuyên truyền
Phòng Văn hóa - Xã hội chủ trì, phối hợp với các thôn, buôn, tổ dân phố tổ chức thực hiện.
2. An sinh
- Phòng Văn hóa - Xã hội phối hợp với Bưu điện xã chi trả trợ cấp xã hội qua tài khoản.
- Trung tâm Phục vụ hành chính công xã niêm yết công khai danh mục thủ tục hành chính.
- Xây dựng Bưu điện văn hóa xã.""", issuer="ỦY BAN NHÂN DÂN|XÃ EA KAR")
    got = {(a.text, a.role, a.agency) for a in tables["assignments"]}
    assert ("các thôn, buôn, tổ dân phố", "partner", "Các thôn, buôn, tổ dân phố") in got
    assert ("Bưu điện xã", "partner", "Bưu điện") in got
    assert ("Trung tâm Phục vụ hành chính công xã", "responsible", "Trung tâm Phục vụ hành chính công") in got
    assert not any("văn hóa" in a.text for a in tables["assignments"])


# --- roles in the long sentences of an inter-agency justice plan (round 11) ---

def test_bodies_directed_in_a_long_sentence_are_responsible(tmp_path):
    tables = parse(tmp_path, """I. NỘI DUNG PHỐI HỢP
1. Phối hợp tiếp nhận nguồn tin
a) Công an tỉnh chủ trì, phối hợp với Viện kiểm sát nhân dân tỉnh chỉ đạo Cơ quan Cảnh sát điều tra, \
Cơ quan An ninh điều tra Công an tỉnh và Công an các xã, phường, đặc khu tiếp nhận đầy đủ mọi tố giác.
b) Viện kiểm sát nhân dân tỉnh có trách nhiệm chỉ đạo Viện kiểm sát nhân dân khu vực kiểm sát chặt chẽ \
việc tiếp nhận; định kỳ hằng tháng phối hợp với Cơ quan điều tra cùng cấp tổ chức đối chiếu số liệu.
2. Phối hợp xét xử
Công an tỉnh, Viện kiểm sát nhân dân tỉnh và Tòa án nhân dân tỉnh thường xuyên trao đổi thông tin; \
mỗi Tòa án nhân dân khu vực tổ chức ít nhất 02 phiên tòa xét xử lưu động; chỉ đạo các Tòa án nhân dân \
khu vực thông báo kịp thời.""", issuer="CÔNG AN TỈNH LÂM ĐỒNG|", symbol="CAT", place="Lâm Đồng")
    assert roles(tables) == [
        ("Công an tỉnh", "lead"), ("Viện kiểm sát nhân dân tỉnh", "partner"),
        ("Cơ quan Cảnh sát điều tra", "responsible"), ("Cơ quan An ninh điều tra Công an tỉnh", "responsible"),
        ("Công an các xã, phường, đặc khu", "responsible"),
        ("Viện kiểm sát nhân dân tỉnh", "responsible"), ("Viện kiểm sát nhân dân khu vực", "responsible"),
        ("Cơ quan điều tra cùng cấp", "partner"),
        ("Công an tỉnh", "responsible"), ("Viện kiểm sát nhân dân tỉnh", "responsible"),
        ("Tòa án nhân dân tỉnh", "responsible"), ("Tòa án nhân dân khu vực", "responsible"),
        ("Tòa án nhân dân khu vực", "responsible"),
    ]


def test_focal_point_lead_and_requested_of_justice_bodies(tmp_path):
    tables = parse(tmp_path, """IV. TỔ CHỨC THỰC HIỆN
1. Công an tỉnh
Công an tỉnh chỉ đạo Phòng Tham mưu làm đầu mối tổng hợp tình hình.
2. Đề nghị Thi hành án dân sự tỉnh
Đề nghị Thi hành án dân sự tỉnh phối hợp với Tòa án nhân dân tỉnh trong việc nhận bản án; Thi hành án \
dân sự tỉnh chủ trì tổ chức cưỡng chế.""", issuer="CÔNG AN TỈNH LÂM ĐỒNG|", symbol="CAT", place="Lâm Đồng")
    got = roles(tables)
    assert ("Phòng Tham mưu", "focal_point") in got
    assert got.count(("Thi hành án dân sự tỉnh", "requested")) == 2
    assert ("Tòa án nhân dân tỉnh", "partner") in got
    assert ("Thi hành án dân sự tỉnh", "lead") in got


def test_each_before_a_plural_noun_is_no_subject_of_another_name(tmp_path):
    """`mỗi`/`các` only open a subject right before a body's name, not before any word."""
    tables = parse(tmp_path, """I. NỘI DUNG
1. Tuyên truyền
Tổ chức hội nghị tại mỗi xã; các hội viên phối hợp với Sở Tư pháp tuyên truyền.""")
    assert roles(tables) == [("Sở Tư pháp", "partner")]


# --- round 12: requests inherited from a heading, helpers, authors of documents ---------

def test_items_under_a_de_nghi_heading_are_requested(tmp_path):
    tables = parse(tmp_path, """IV. TỔ CHỨC THỰC HIỆN
1. Phòng Tham mưu
- Chủ trì tham mưu triển khai thực hiện Kế hoạch.
2. Đề nghị các sở, ngành, cơ quan liên quan
a) Công an tỉnh: Chỉ đạo Công an các xã, phường phối hợp thẩm tra lý lịch công dân.
b) Sở Y tế: Chỉ đạo Trạm Y tế cấp xã bố trí đủ y, bác sĩ.
c) Sở Nội vụ: Phối hợp với Bộ Chỉ huy Quân sự tỉnh tham mưu khen thưởng.
""")
    got = roles(tables)
    assert ("Công an tỉnh", "requested") in got
    assert ("Công an các xã, phường", "partner") in got  # helps the body asked on its line
    assert ("Sở Y tế", "requested") in got
    assert ("Sở Nội vụ", "requested") in got
    assert ("Phòng Tham mưu", "lead") in got


def test_items_under_a_plain_heading_stay_lead(tmp_path):
    tables = parse(tmp_path, """IV. TỔ CHỨC THỰC HIỆN
2. Trách nhiệm của các sở, ngành
a) Công an tỉnh: Chỉ đạo bảo đảm an ninh trật tự.
""")
    assert ("Công an tỉnh", "lead") in roles(tables)


def test_a_helper_after_a_wrapped_bullet_helps_its_lead(tmp_path):
    tables = parse(tmp_path, """II. NHIỆM VỤ
1. Đăng ký công dân
- Ban Chỉ huy quân sự các xã, phường chủ trì tổ chức đăng ký nghĩa vụ quân sự lần đầu;
nắm chắc nguồn công dân trong độ tuổi.
- Công an các xã, phường phối hợp thẩm tra, xác minh lý lịch công dân.
""")
    got = roles(tables)
    assert ("Ban Chỉ huy quân sự các xã, phường", "lead") in got
    assert ("Công an các xã, phường", "partner") in got


def test_the_author_of_documents_is_no_doer(tmp_path):
    tables = parse(tmp_path, """II. NHIỆM VỤ
1. Cải cách thể chế
- Rà soát, hệ thống hóa văn bản QPPL do HĐND, UBND huyện ban hành; kịp thời đề xuất sửa đổi.
- Phòng Tư pháp chủ trì thẩm định văn bản do UBND huyện ban hành.
""", issuer="ỦY BAN NHÂN DÂN|HUYỆN ĐỨC TRỌNG", place="Đức Trọng")
    got = roles(tables)
    assert all(text != "UBND huyện" for text, _ in got), got
    assert ("Phòng Tư pháp", "lead") in got


def test_tang_is_an_action_but_tang_truong_is_not(tmp_path):
    tables = parse(tmp_path, """II. NHIỆM VỤ
1. Tuyên truyền
- Xây dựng đề cương; chỉ đạo Trung tâm Văn hóa, Thông tin và Thể thao huyện tăng thời lượng tin, bài.
- Sở Kế hoạch và Đầu tư tăng trưởng kinh tế là mục tiêu hàng đầu.
""", issuer="ỦY BAN NHÂN DÂN|HUYỆN YÊN THẾ", place="Yên Thế")
    got = roles(tables)
    assert ("Trung tâm Văn hóa, Thông tin và Thể thao huyện", "responsible") in got
    assert all(text != "Sở Kế hoạch và Đầu tư" for text, _ in got), got


# --- justified lines of `pdftotext -layout` (runs of spaces between words) ----

def test_a_justified_line_reads_its_names_and_cues_with_single_spaces(tmp_path):
    tables = parse(tmp_path, """II. NHIỆM VỤ

1. Công tác đấu tranh
        a) Công an huyện chủ  trì, phối  hợp với Ban Chỉ  huy  Quân sự  huyện, Đội Quản lý thị
trường số 5 tăng cường  nắm tình hình.
        b) Trung  tâm Y  tế huyện chủ trì, phối hợp với Phòng  giao dịch  Ngân  hàng  Chính sách xã hội
huyện tổ chức điều trị; báo cáo về Ủy  ban nhân dân huyện.""",
                   issuer="ỦY BAN NHÂN DÂN|HUYỆN CHƯ SÊ", place="Chư Sê")
    rows = [(a.text, a.agency, a.role) for a in tables["assignments"]]
    assert rows == [
        ("Công an huyện", "Công an", "lead"),
        ("Ban Chỉ  huy  Quân sự  huyện", "Ban Chỉ huy Quân sự", "partner"),
        ("Đội Quản lý thị\ntrường số 5", "Đội Quản lý thị trường số 5", "partner"),
        ("Trung  tâm Y  tế huyện", "Trung tâm Y tế", "lead"),
        ("Phòng  giao dịch  Ngân  hàng  Chính sách xã hội\nhuyện", "Phòng giao dịch Ngân hàng Chính sách xã hội", "partner"),
        ("Ủy  ban nhân dân huyện", "Ủy ban nhân dân huyện", "report_to"),
    ]
    text = tables["documents"][0].text
    assert all(text[a.start:a.end] == a.text for a in tables["assignments"])


def test_bodies_set_up_are_no_doers_and_more_action_verbs(tmp_path):
    """Items under a `Thành lập …` heading, and `X: thành lập …`, name what is set up;
    `bảo vệ`, `cử`, `duyệt`, `hoàn thành` after a subject make it responsible."""
    tables = parse(tmp_path, """I. NỘI DUNG
1. Thành lập Ban Chỉ đạo thi và Hội đồng thi
1.1. Ban Chỉ đạo thi cấp tỉnh
Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh thành lập Ban Chỉ đạo thi.
1.2. Các Ban của Hội đồng thi
a) Ban Coi thi: thành lập trước ngày 25/5/2026.
2. Công tác đề thi
- Công an tỉnh (PA03) bảo vệ khu vực in sao đề thi; Sở Y tế cử cán bộ y tế trực tại khu vực cách ly.
- Hội đồng xét công nhận tốt nghiệp hoàn thành trước ngày 08/7/2026; Sở Nội vụ duyệt kết quả.

II. TỔ CHỨC THỰC HIỆN
1. Đề nghị các cơ quan liên quan
a) Viễn thông Gia Lai (VNPT Gia Lai)
Bảo đảm thông tin liên lạc thông suốt.""")
    found = roles(tables)
    assert ("Ban Chỉ đạo thi cấp tỉnh", "lead") not in found
    assert not any(text == "Ban Coi thi" for text, _ in found)
    for doer in ("Công an tỉnh", "Sở Y tế", "Hội đồng xét công nhận tốt nghiệp"):
        assert (doer, "responsible") in found
    assert ("Sở Nội vụ", "responsible") in found and ("Viễn thông Gia Lai", "requested") in found


def test_an_agency_heading_not_under_a_set_up_heading_still_leads(tmp_path):
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Trách nhiệm thực hiện
1.1. Sở Y tế
Triển khai Kế hoạch.
- Ban Coi thi: chủ trì tổ chức coi thi.""")
    found = roles(tables)
    assert ("Sở Y tế", "lead") in found and ("Ban Coi thi", "lead") in found


# --- a task closed by the parenthesis that assigns it ------------------------

PAREN_TASKS = """I. NHIỆM VỤ

1. Cải thiện môi trường đầu tư

- Tổ chức Hội nghị đối thoại với doanh nghiệp (Cơ quan chủ trì: Sở Tài chính; \
cơ quan phối hợp: Văn phòng UBND tỉnh, Sở Nội vụ; thời gian: Quý II/2025).

- Vận hành hiệu quả Trung tâm Phục vụ hành chính công tỉnh (Giao Văn phòng UBND tỉnh thực hiện; thời gian: thường xuyên).

- Bảo đảm 100% cơ sở khám bệnh thanh toán không dùng tiền mặt (Trách nhiệm: Sở Y tế).

- Tổng hợp kết quả đánh giá, xếp loại chất lượng năm 2025
(Văn phòng Sở thực hiện).

- Rà soát hộ nghèo, hộ cận nghèo năm 2026 (Sở Công Thương chủ trì; Sở Xây dựng, UBND các xã, phường phối hợp).

- Điều tra cung - cầu lao động (Sở Khoa học và Công nghệ chủ trì; UBND các xã, phường thực hiện).

- Trình UBND tỉnh ban hành Kế hoạch thi đua năm 2026 (Sở Nội vụ tham mưu).
"""


def test_a_closing_parenthesis_assigns_its_bullet(tmp_path):
    tables = parse(tmp_path, PAREN_TASKS)
    assert roles(tables) == [
        ("Sở Tài chính", "lead"), ("Văn phòng UBND tỉnh", "partner"), ("Sở Nội vụ", "partner"),
        ("Văn phòng UBND tỉnh", "lead"),
        ("Sở Y tế", "lead"),
        ("Văn phòng Sở", "lead"),
        ("Sở Công Thương", "lead"), ("Sở Xây dựng", "partner"), ("UBND các xã, phường", "partner"),
        # after a `chủ trì` in the same parenthesis `thực hiện` is a plain doer, as in a sentence
        ("Sở Khoa học và Công nghệ", "lead"), ("UBND các xã, phường", "responsible"),
        ("Sở Nội vụ", "advisor"),
    ]


def test_a_closing_parenthesis_makes_one_task_per_bullet_with_its_time(tmp_path):
    tables = parse(tmp_path, PAREN_TASKS)
    tasks = tables["tasks"]
    assert [t.lead for t in tasks] == [["Sở Tài chính"], ["Văn phòng Ủy ban nhân dân tỉnh"], ["Sở Y tế"],
                                       ["Văn phòng Sở"], ["Sở Công Thương"], ["Sở Khoa học và Công nghệ"],
                                       ["Sở Nội vụ"]]
    assert tasks[0].partners == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ"]
    assert [t.timeframe for t in tasks[:3]] == ["Quý II/2025", "thường xuyên", None]
    # the wrapped bullet is one task, from its text to the parenthesis on the next line
    assert tasks[3].text.startswith("Tổng hợp kết quả") and tasks[3].text.rstrip(".").endswith("thực hiện)")


def test_not_a_parenthesis_doer(tmp_path):
    """`Giao X thực hiện` in a sentence stays a plain doer; a parenthesis that names a body
    in passing (`(Sở Y tế)` after another) gives no lead of its own."""
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Giao Sở Tài chính thực hiện rà soát các khoản chi thường xuyên.

2. Phòng Nghiệp vụ Y - Dược (Sở Y tế) chủ trì triển khai.
""")
    assert roles(tables) == [("Sở Tài chính", "responsible"), ("Phòng Nghiệp vụ Y - Dược", "lead"),
                             ("Sở Y tế", "lead")]


# --- round 16: plural actors opening a line, headings that describe their agency ------

def test_a_plural_body_opening_a_line_or_a_heading_acts(tmp_path):
    """`Các Trạm Y tế …` opens its sentence as `Trạm Y tế …` would; `7. Các Trạm Y tế xã, phường`
    is an agency heading."""
    tables = parse(tmp_path, """I. NỘI DUNG
- Khoa Y tế công cộng và Dinh dưỡng chủ trì xây dựng nội dung truyền thông.
- Các Trạm Y tế phối hợp với Đài truyền thanh xã, phường phát tin, bài.
II. TỔ CHỨC THỰC HIỆN
1. Các Trạm Y tế xã, phường
Tổ chức tiêm chủng theo lịch.""", issuer="SỞ Y TẾ TỈNH ĐỒNG NAI|TRUNG TÂM Y TẾ KHU VỰC ĐỊNH QUÁN", symbol="TTYT")
    assert roles(tables) == [
        ("Khoa Y tế công cộng và Dinh dưỡng", "lead"), ("Trạm Y tế", "responsible"),
        ("Đài truyền thanh xã, phường", "partner"), ("Trạm Y tế xã, phường", "lead")]


def test_a_heading_that_describes_its_agency_before_the_colon(tmp_path):
    """The standing of a body or which of a plural actor, between it and the colon: still the lead.
    A head of a board that reports are sent to is a person; the body after it is reported to."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch - cơ quan thường trực của Ban Chỉ đạo:
- Tổng hợp, báo cáo Trưởng Ban Chỉ đạo và UBND tỉnh theo quy định.
2. Các sở, ngành thành viên Ban Chỉ đạo:
- Xây dựng kế hoạch cụ thể của ngành.
3. Ủy ban nhân dân các xã, phường có tài nguyên du lịch:
- Xây dựng kế hoạch phát triển du lịch.
4. Sở Y tế có trách nhiệm:
- Bố trí kinh phí.""", issuer="UBND TỈNH LÀO CAI|BAN CHỈ ĐẠO PHÁT TRIỂN DU LỊCH TỈNH", symbol="BCĐ")
    got = [(a.text, a.agency, a.role) for a in tables["assignments"]]
    assert got[:4] == [
        ("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch", "lead"),
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh", "report_to"),
        ("Các sở, ngành thành viên Ban Chỉ đạo", "Các sở, ngành thành viên Ban Chỉ đạo", "lead"),
        ("Ủy ban nhân dân các xã, phường có tài nguyên du lịch",
         "Ủy ban nhân dân các xã, phường có tài nguyên du lịch", "lead")]
    assert ("Ban Chỉ đạo", "report_to") not in roles(tables)


def test_two_agencies_on_a_heading_joined_to_its_paragraph(tmp_path):
    """`3. Phòng Kinh tế và Hạ tầng; Phòng Tài nguyên và Môi trường` / `Theo chức năng, …`:
    the capitalised opener of the paragraph below is no place name of the second."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế và Hạ tầng; Phòng Tài nguyên và Môi trường
Theo chức năng, nhiệm vụ chủ trì thực hiện các nội dung được giao.""",
                   issuer="ỦY BAN NHÂN DÂN|HUYỆN ĐỊNH QUÁN", place="Định Quán")
    assert roles(tables) == [("Phòng Kinh tế và Hạ tầng", "lead"), ("Phòng Tài nguyên và Môi trường", "lead")]


def test_communes_are_a_partner_only_in_a_list_after_another_body(tmp_path):
    tables = parse(tmp_path, """I. NỘI DUNG
Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm Văn hóa huyện và các xã, thị trấn đẩy mạnh tuyên truyền.
Phòng Nội vụ hướng dẫn các xã, thị trấn rà soát hồ sơ.""", issuer="ỦY BAN NHÂN DÂN|HUYỆN ĐỊNH QUÁN", place="Định Quán")
    assert roles(tables) == [("Phòng Văn hóa và Thông tin", "lead"), ("Trung tâm Văn hóa huyện", "partner"),
                             ("các xã, thị trấn", "partner"), ("Phòng Nội vụ", "responsible")]


def test_the_last_of_a_list_after_cua_is_no_subject_of_its_own(tmp_path):
    """`của các sở, ngành, địa phương báo cáo …`: `địa phương` ends the owners' list."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Tổ giúp việc
- Định kỳ hằng tháng tổng hợp khó khăn, vướng mắc của các sở, ngành, địa phương báo cáo Trưởng Ban.""")
    assert ("địa phương", "responsible") not in roles(tables)


def test_the_fronts_members_and_boards_as_subjects(tmp_path):
    """An association that `phối hợp` after another's lead on its line helps it; `giám sát`,
    `chọn` make a subject the doer; not a role: a board only named in a target."""
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Về môi trường
- Tỉnh đoàn chủ trì các hoạt động tình nguyện; Hội Cựu chiến binh tỉnh phối hợp giữ gìn an ninh trật tự.
- Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng ở xã, phường giám sát việc thực hiện.
- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chọn 01 khu dân cư để dự Ngày hội điểm.
- Trên 90% Ban Công tác Mặt trận ở khu dân cư được đánh giá hoàn thành tốt nhiệm vụ.""",
                    issuer="ỦY BAN MTTQ VIỆT NAM|TỈNH GIA LAI", symbol="MTTQ-BTT")
    assert roles(tables) == [
        ("Tỉnh đoàn", "lead"), ("Hội Cựu chiến binh tỉnh", "partner"),
        ("Ban Thanh tra nhân dân", "responsible"),
        ("Ban Giám sát đầu tư của cộng đồng ở xã, phường", "responsible"),
        ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "responsible"),
    ]


def test_round20_collective_headings_requests_and_do(tmp_path):
    """A plural actor's heading that says which of them (`có ổ dịch`) leads its section; the
    doers of the bullets under a `Đề nghị …` heading are asked, not commanded; `…, do X tổ chức`
    and a team's `do X chủ trì` name the doer, `tài liệu do Bộ Y tế phát hành` an author."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. UBND các xã, phường có ổ dịch
- Huy động lực lượng tại chỗ hỗ trợ xử lý ổ dịch.
2. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể
- Hội Cựu chiến binh, Hội Nông dân tỉnh vận động hội viên thực hiện.
3. Sở Nội vụ
- Đào tạo cán bộ trong quy hoạch, do Trường Chính trị tỉnh tổ chức.
- Đoàn kiểm tra liên ngành số 1 do Sở Y tế chủ trì kiểm tra các cơ sở.
- Sử dụng bộ tài liệu do Bộ Y tế phát hành.""")
    found = roles(tables)
    assert ("UBND các xã, phường có ổ dịch", "lead") in found
    assert ("Hội Cựu chiến binh", "requested") in found and ("Hội Nông dân tỉnh", "requested") in found
    assert ("Trường Chính trị tỉnh", "responsible") in found
    assert ("Sở Y tế", "lead") in found
    assert all(text != "Bộ Y tế" for text, _ in found)


def test_a_heading_that_has_a_duty_is_no_which_of(tmp_path):
    """`có trách nhiệm` on a heading is a duty, not which of a plural actor (`có ổ dịch` is)."""
    tables = parse(tmp_path, """II. NHIỆM VỤ
1. UBND các xã, phường có trách nhiệm
- Huy động lực lượng tại chỗ.
2. UBND các xã, phường có ổ dịch
- Huy động lực lượng tại chỗ.""")
    assert [(a.role, a.section_id) for a in tables["assignments"]] == [("responsible", "1"), ("lead", "2")]


def test_every_boundary_ends_where_the_run_starts():
    """_subject and _prefix read only the last words before a run: a boundary (or `các`)
    rule that could match elsewhere would be missed there."""
    from pipeline import rules

    roles = rules.load("roles")
    for rule in [*roles.group("boundaries"), roles.by_id("run.each")]:
        assert rule.pattern.pattern.endswith("$"), rule.id
        assert not rule.pattern.search("Sở Y tế chủ trì, phối hợp với Sở Tài chính tổ chức tập huấn cho cán bộ")


def test_a_body_that_phu_trach_its_share_does_the_work(tmp_path):
    """`Tiểu ban Hậu cần - Lễ tân phụ trách giấy mời …`: the sub-committee does it; a leader's
    `trực tiếp phụ trách` and a `phụ trách chung` are a person's portfolio, no body's work."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN

1. Ban Tổ chức
Văn phòng UBND tỉnh làm thường trực. Tiểu ban Hậu cần - Lễ tân phụ trách giấy mời, đón tiếp đại biểu.
- Người đứng đầu cấp ủy, chính quyền các cấp trực tiếp phụ trách công tác chuyển đổi số.""")
    found = roles(tables)
    assert ("Tiểu ban Hậu cần - Lễ tân", "responsible") in found
    assert not any(text in ("cấp ủy", "chính quyền các cấp") for text, _ in found)


# --- round 24: papers handed in, `do X chủ trì`, a plural of a named body ------

def test_papers_handed_in_go_to_their_addressee(tmp_path):
    """`nộp danh sách … về X` reports to X; money paid in (`nộp tiền … về Kho bạc`) does not."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Giáo viên chủ nhiệm các lớp
- Lập danh sách vận động viên, nộp danh sách về Tổ Văn phòng trước ngày 05/10/2025.
2. Phòng Tài chính - Kế hoạch
- Thu phí, nộp tiền thu được về Kho bạc Nhà nước huyện theo quy định.""",
                   issuer="ỦY BAN NHÂN DÂN|HUYỆN KON RẪY", place="Kon Rẫy")
    assert ("Tổ Văn phòng", "report_to") in roles(tables)
    assert not any(role == "report_to" for text, role in roles(tables) if text.startswith("Kho bạc"))


def test_a_work_led_by_a_body_after_do(tmp_path):
    """`… do X chủ trì` makes X the lead anywhere; `tài liệu do X phát hành` names an author."""
    tables = parse(tmp_path, """I. NỘI DUNG
1. Lễ khai mạc
- Nội dung đồng diễn thể dục giữa giờ do Sở Văn hóa, Thể thao và Du lịch chủ trì dàn dựng.
- Sử dụng bộ tài liệu truyền thông do Sở Y tế phát hành.""")
    assert roles(tables) == [("Sở Văn hóa, Thể thao và Du lịch", "lead")]


def test_a_plural_of_a_named_body_keeps_the_cue_before_it(tmp_path):
    tables = parse(tmp_path, """I. NHIỆM VỤ
1. Ngoại ngữ
Vụ Giáo dục Trung học chủ trì, phối hợp với Vụ Giáo dục Tiểu học và các Sở GD&ĐT thực hiện.
2. Tài liệu
Vụ Giáo dục Tiểu học chủ trì, phối hợp với các Sở GD&ĐT biên soạn tài liệu.""",
                   issuer="BỘ GIÁO DỤC VÀ ĐÀO TẠO|", symbol="BGDĐT", place="Hà Nội")
    assert roles(tables) == [
        ("Vụ Giáo dục Trung học", "lead"), ("Vụ Giáo dục Tiểu học", "partner"), ("Sở GD&ĐT", "partner"),
        ("Vụ Giáo dục Tiểu học", "lead"), ("Sở GD&ĐT", "partner"),
    ]


def test_a_heading_of_whose_duties_follow_names_its_lead(tmp_path):
    """`1. Trách nhiệm của Công an tỉnh` reads as `1. Công an tỉnh:`; a plural actor there titles
    the items below; `nâng cao trách nhiệm của …` in a sentence is a citation."""
    tables = parse(tmp_path, """I. NỘI DUNG
1. Tuyên truyền
- Nâng cao trách nhiệm của Sở Y tế trong công tác truyền thông.

II. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ
1. Trách nhiệm của Công an tỉnh
- Giao Phòng Công tác chính trị Công an tỉnh là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch.
2. Nhiệm vụ của Tỉnh Đoàn
- Ban Tuyên giáo Tỉnh Đoàn chủ trì công tác tuyên truyền trên fanpage của Tỉnh Đoàn; Văn phòng Tỉnh Đoàn \
tổng hợp tình hình, tham mưu báo cáo sơ kết.""")
    assert [(a.text, a.agency, a.role) for a in tables["assignments"]] == [
        ("Công an tỉnh", "Công an", "lead"),
        ("Phòng Công tác chính trị Công an tỉnh", "Phòng Công tác chính trị", "focal_point"),
        ("Tỉnh Đoàn", "Tỉnh đoàn", "lead"),
        ("Ban Tuyên giáo Tỉnh Đoàn", "Ban Tuyên giáo Tỉnh đoàn", "lead"),
        ("Văn phòng Tỉnh Đoàn", "Văn phòng Tỉnh đoàn", "responsible"),
    ]


def test_directed_bodies_with_noun_first_heads_beside_them_act(tmp_path):
    """`Trưởng thôn, khối trưởng` stand with the subject before its verb; `nơi có …` says which."""
    tables = parse(tmp_path, """I. NHIỆM VỤ
1. Rà soát
- Chỉ đạo Trạm Y tế, công an xã, phường và Trưởng thôn, khối trưởng phối hợp với BHXH cơ sở rà soát \
người chưa tham gia BHYT.
- Ủy ban nhân dân các xã, phường nơi có vùng sản xuất hướng dẫn người dân dồn điền, đổi thửa.
- Sở Nội vụ đối chiếu danh sách hộ người có công.""")
    assert [(a.text, a.role) for a in tables["assignments"]] == [
        ("Trạm Y tế", "responsible"), ("công an xã, phường", "responsible"), ("Trưởng thôn", "responsible"),
        ("BHXH cơ sở", "partner"), ("Ủy ban nhân dân các xã, phường nơi có vùng sản xuất", "responsible"),
        ("Sở Nội vụ", "responsible"),
    ]


def test_which_of_a_plural_actor_and_related_bodies_before_the_verb(tmp_path):
    """`… có đào tạo giáo viên ngoại ngữ chủ động …` says which of the actors; `liên quan và`
    joins two subjects of one verb."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Báo cáo
Các phòng, ban, ngành, đơn vị liên quan và UBND các xã, thị trấn định kỳ 6 tháng báo cáo kết quả.
2. Tuyển sinh
Các đại học, trường đại học, học viện có đào tạo giáo viên ngoại ngữ chủ động điều chỉnh quy mô.""")
    assert [(a.text, a.role) for a in tables["assignments"]] == [
        ("Các phòng, ban, ngành, đơn vị", "responsible"), ("UBND các xã, thị trấn", "responsible"),
        ("Các đại học, trường đại học, học viện", "responsible"),
    ]


def test_a_heading_that_says_whose_press_and_a_joined_paragraph(tmp_path):
    """`6. Báo …, các cơ quan báo chí trên địa bàn` / `Tăng thời lượng …`: the heading's agencies
    lead though the working copy joined the paragraph to it; `làm nòng cốt` is work; `nơi xảy
    ra vụ việc` says which communes."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Công an tỉnh
+ Chỉ đạo Phòng Cảnh sát giao thông làm nòng cốt trong tuần tra, kiểm soát trên các tuyến giao thông.
2. Báo và Phát thanh, Truyền hình Thanh Hóa, các cơ quan báo chí trên địa bàn
Tăng thời lượng, chất lượng tin, bài tuyên truyền về TTATGT, nhất là trong đợt cao điểm Tết; phối hợp với Công an tỉnh
xây dựng phóng sự phản ánh vi phạm và kết quả xử lý vi phạm.
3. Đối với các vụ TNGT đặc biệt nghiêm trọng, UBND xã, phường nơi xảy ra vụ việc báo cáo nhanh về UBND tỉnh \
trong vòng 24 giờ.""")
    assert roles(tables) == [
        ("Công an tỉnh", "lead"), ("Phòng Cảnh sát giao thông", "responsible"),
        ("Báo và Phát thanh, Truyền hình Thanh Hóa", "lead"), ("các cơ quan báo chí", "lead"),
        ("Công an tỉnh", "partner"), ("UBND xã, phường nơi xảy ra vụ việc", "responsible"), ("UBND tỉnh", "report_to"),
    ]


def test_a_mass_organisations_own_boards(tmp_path):
    """A Women's Union plan: its boards and office; `phối hợp` after a focal point helps it;
    `mỗi Hội LHPN cấp xã nhận đỡ đầu` is the commune unions' own work."""
    tables = parse(tmp_path, """I. NHIỆM VỤ
1. Chăm lo
- d) Triển khai Chương trình "Mẹ đỡ đầu"; mỗi Hội LHPN cấp xã nhận đỡ đầu ít nhất 02 trẻ em.
2. Dự án 8
Ban Gia đình – Xã hội là đầu mối theo dõi, tổng hợp; Ban Kinh tế phối hợp hướng dẫn xây dựng tổ nhóm sinh kế.
II. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo
- Chủ trì, phối hợp với các Ban, Văn phòng Hội hướng dẫn Hội LHPN cấp xã triển khai.
2. Văn phòng Hội
- Chủ trì, phối hợp với các Ban chuyên môn lập dự toán; báo cáo Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam.""",
                   issuer="HỘI LHPN VIỆT NAM|BCH HỘI LHPN TỈNH AN GIANG", symbol="HLHPN", place="An Giang")
    assert roles(tables) == [
        ("Hội LHPN cấp xã", "responsible"), ("Ban Gia đình – Xã hội", "focal_point"), ("Ban Kinh tế", "partner"),
        ("Ban Tuyên giáo", "lead"), ("các Ban", "partner"), ("Văn phòng Hội", "partner"),
        ("Văn phòng Hội", "lead"), ("các Ban chuyên môn", "partner"),
        ("Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "report_to"),
    ]


def test_a_label_after_a_full_stop_and_a_sentence_after_the_labels(tmp_path):
    """`Cơ quan chủ trì: X. Cơ quan phối hợp: Y; Z.` on one line: Y and Z are partners; a new
    sentence after the fields has its own subject (`… Ngân hàng … thực hiện cho vay`)."""
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở

- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường. Cơ quan phối hợp: Sở Dân tộc và Tôn giáo, Sở Xây dựng; UBND các xã.

2. Dự án 3: Phát triển sản xuất

- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường; cơ quan phối hợp: Sở Công Thương. Ngân hàng Chính sách xã hội\
 thực hiện cho vay vốn tín dụng ưu đãi.""")
    assert roles(tables) == [
        ("Sở Nông nghiệp và Môi trường", "lead"), ("Sở Dân tộc và Tôn giáo", "partner"),
        ("Sở Xây dựng", "partner"), ("UBND các xã", "partner"),
        ("Sở Nông nghiệp và Môi trường", "lead"), ("Sở Công Thương", "partner"),
        ("Ngân hàng Chính sách xã hội", "responsible"),
    ]


def test_a_full_stop_in_a_short_abbreviation_keeps_the_label(tmp_path):
    """Not a new sentence: `TP. Hồ Chí Minh` inside a partner list."""
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Kết nối du lịch

- Cơ quan phối hợp: Sở Du lịch TP. Hồ Chí Minh, Sở Ngoại vụ.""")
    assert ("Sở Ngoại vụ", "partner") in roles(tables)


def test_phoi_hop_straight_into_the_work_after_a_lead_bullet(tmp_path):
    """`Y phối hợp giới thiệu …` two bullets below `X chủ trì …`, blank lines between: Y partners."""
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Xúc tiến du lịch

- Trung tâm Xúc tiến du lịch chủ trì, phối hợp với Hiệp hội Du lịch thành phố tổ chức roadshow.

- Sở Ngoại vụ phối hợp giới thiệu điểm đến qua các cơ quan đại diện Việt Nam ở nước ngoài.""")
    assert roles(tables)[-1] == ("Sở Ngoại vụ", "partner")


def test_telecom_businesses_are_partners_and_bare_businesses_are_not_agencies(tmp_path):
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Hạ tầng số

- Cục Công nghệ thông tin chủ trì, phối hợp với các doanh nghiệp viễn thông bảo đảm kết nối Internet.
- Sở Tài chính hỗ trợ các doanh nghiệp tiếp cận vốn.""")
    assert ("các doanh nghiệp viễn thông", "partner") in roles(tables)
    assert not any("doanh nghiệp tiếp" in text or text == "các doanh nghiệp" for text, _ in roles(tables))


def test_a_giao_heading_names_the_lead_of_its_block(tmp_path):
    """`1. Giao Sở Nội vụ:` / `- …` reads as `1. Sở Nội vụ:` (lead); `Đề nghị X:` stays requested,
    and `Giao X chủ trì …` in a sentence is no heading."""
    tables = parse(tmp_path, """V. TỔ CHỨC THỰC HIỆN
1. Giao Sở Nội vụ:
- Là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện.
2. Giao UBND các xã, phường:
- Xây dựng kế hoạch của địa phương.
3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:
Chỉ đạo các tổ chức chính trị - xã hội tham gia tuyên truyền.
4. Giao Sở Tài chính chủ trì, phối hợp với Sở Y tế bố trí kinh phí.""")
    got = roles(tables)
    assert ("Sở Nội vụ", "lead") in got
    assert ("UBND các xã, phường", "lead") in got
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "requested") in got
    assert ("Sở Tài chính", "lead") in got and ("Sở Y tế", "partner") in got


def test_recruitment_boards_are_agencies_and_their_items_lead(tmp_path):
    """`- a) Ban Kiểm tra phiếu đăng ký dự tuyển: …` names a board of the recruitment council
    (whole name, not cut at `đăng`), and `Hội đồng tuyển dụng` is the council; `Ban Giám sát đầu
    tư của cộng đồng` stays the commune board, not the exam's `Ban giám sát`."""
    tables = parse(tmp_path, """V. HỘI ĐỒNG TUYỂN DỤNG VÀ CÁC BỘ PHẬN GIÚP VIỆC
1. Các bộ phận giúp việc
- a) Ban Kiểm tra phiếu đăng ký dự tuyển: kiểm tra điều kiện của người dự tuyển.
- b) Ban đề thi: chủ trì xây dựng ngân hàng câu hỏi.
- c) Ban chấm thi: chấm điểm vòng 2, tổng hợp kết quả báo cáo Hội đồng tuyển dụng.
- d) Ban Chấm thi tự luận: chấm bài thi tự luận.
2. Giám sát
Ban giám sát thực hiện giám sát toàn bộ quá trình tổ chức thi tuyển.""")
    got = [(a.agency, a.role) for a in tables["assignments"]]
    assert ("Ban Kiểm tra phiếu đăng ký dự tuyển", "lead") in got
    assert ("Ban đề thi", "lead") in got and ("Ban chấm thi", "lead") in got
    assert ("Ban Chấm thi tự luận", "lead") in got
    assert ("Hội đồng tuyển dụng", "report_to") in got
    assert ("Ban giám sát", "responsible") in got
    assert not any(a.agency == "Ban Kiểm tra phiếu" for a in tables["assignments"])


def test_a_body_helping_its_superior_does_the_work_and_results_told_to_it_are_reports(tmp_path):
    """`Sở Tư pháp giúp Chủ tịch UBND tỉnh kiểm tra …`: the Sở does it; `thông báo kết quả cho Sở
    Tư pháp` reports to it.  `thông báo rộng rãi cho` people is no report."""
    tables = parse(tmp_path, """III. NHIỆM VỤ
a) Sở Tư pháp giúp Chủ tịch UBND tỉnh kiểm tra văn bản do HĐND, UBND cấp xã ban hành.
b) Cơ quan ban hành văn bản tự kiểm tra, xử lý văn bản trái pháp luật, thông báo kết quả cho Sở Tư pháp chậm nhất 10 ngày.
c) Sở Y tế thông báo rộng rãi cho Sở Nội vụ và người dân biết.""")
    got = roles(tables)
    assert ("Sở Tư pháp", "responsible") in got
    assert ("Sở Tư pháp", "report_to") in got
    assert ("Sở Nội vụ", "report_to") not in got


def test_publishing_entering_data_and_regional_farm_stations_are_work_of_their_subjects(tmp_path):
    """Round 33 (u8, v5, u5): `công khai` and `nhập, cập nhật` are work; `Các đơn vị sự nghiệp
    công lập` is one actor, not `Các đơn vị` cut at `sự nghiệp`; a regional farm station keeps
    `khu vực`; `Hội Luật gia` and `Đoàn Luật sư` stay in the run of partners.  `nhập khẩu` is no
    verb of a subject, and `Trạm Y tế xã` no regional station."""
    tables = parse(tmp_path, """III. NHIỆM VỤ
a) Các cơ quan, đơn vị nhập, cập nhật đầy đủ biến động tăng, giảm tài sản vào Phần mềm.
b) Các cơ quan, đơn vị công khai tình hình đầu tư xây dựng, mua sắm tài sản công.
- Các đơn vị sự nghiệp công lập công khai thêm quy chế chi tiêu nội bộ.
- Các Trạm Chăn nuôi và Thú y khu vực trực tiếp tiếp nhận, bảo quản và cấp phát vắc xin.
c) Viện kiểm sát nhân dân tỉnh chủ động phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Luật gia tỉnh,\
 Đoàn Luật sư tỉnh trong công tác tuyên truyền.
d) Doanh nghiệp nhập khẩu hàng hóa; Trạm Y tế xã vận động người dân tiêm chủng.""")
    got = [(a.agency, a.role) for a in tables["assignments"]]
    assert got.count(("Các cơ quan, đơn vị", "responsible")) == 2
    assert ("Các đơn vị sự nghiệp công lập", "responsible") in got
    assert ("Các đơn vị", "responsible") not in got
    assert ("Trạm Chăn nuôi và Thú y khu vực", "responsible") in got
    assert ("Hội Luật gia", "partner") in got and ("Đoàn Luật sư", "partner") in got
    assert ("Trạm Y tế", "responsible") in got


def test_phoi_hop_after_a_person_who_leads_stays_partner(tmp_path):
    """`Phó Hiệu trưởng chủ trì …; Tổ Văn phòng phối hợp …`: the lead is no agency, the helper
    is still a partner; with no one leading on its line a `phối hợp` body does its own work."""
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Công tác chuyên môn
- Phó Hiệu trưởng chủ trì rà soát, điều chỉnh kế hoạch giáo dục nhà trường; Tổ Văn phòng phối hợp cập nhật thời\
 khoá biểu lên phần mềm.
- Tổ chuyên môn 1, Tổ chuyên môn 2-3 xây dựng kế hoạch dạy học, trình Hiệu trưởng phê duyệt.
- Tổ Văn phòng ký hợp đồng cung cấp thực phẩm có nguồn gốc rõ ràng.""")
    assert roles(tables) == [("Tổ Văn phòng", "partner"), ("Tổ chuyên môn 1", "responsible"),
                             ("Tổ chuyên môn 2-3", "responsible"), ("Tổ Văn phòng", "responsible")]


def test_a_heading_line_that_wraps_in_lower_case_is_a_sentence(tmp_path):
    """`c) Tiểu ban …, Tiểu ban An ninh – Trật tự` / `thực hiện nhiệm vụ …`: the item's line
    wrapped mid-sentence, so its agencies are the subjects of the verb below (responsible), not
    agency headings (lead)."""
    tables = parse(tmp_path, """IV. TỔ CHỨC THỰC HIỆN

1. Ban Tổ chức và các Tiểu ban
c) Tiểu ban Tuyên truyền – Khánh tiết, Tiểu ban Hậu cần – Y tế, Tiểu ban An ninh – Trật tự
thực hiện nhiệm vụ theo phân công của Trưởng ban.""")
    got = [(a.agency, a.role) for a in tables["assignments"]]
    assert ("Tiểu ban Tuyên truyền - Khánh tiết", "responsible") in got
    assert ("Tiểu ban Hậu cần - Y tế", "responsible") in got
    assert ("Tiểu ban An ninh - Trật tự", "responsible") in got
    assert ("Tiểu ban Tuyên truyền - Khánh tiết", "lead") not in got


def test_a_lead_label_may_name_its_task(tmp_path):
    """`Đơn vị chủ trì tổ chức thi đấu: X` is a `Đơn vị chủ trì:` label with the task in a
    few words before its colon."""
    tables = parse(tmp_path, """IV. TỔ CHỨC THỰC HIỆN

2. Lịch thi đấu các môn
Đơn vị chủ trì tổ chức thi đấu: Trung tâm Huấn luyện và Thi đấu thể thao tỉnh.""")
    got = [(a.agency, a.role, a.rule_id) for a in tables["assignments"]]
    assert ("Trung tâm Huấn luyện và Thi đấu thể thao", "lead", "label.lead") in got


def test_a_unit_name_alone_on_its_line_above_its_bullets_leads(tmp_path):
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
Công an xã
- Chủ trì triển khai các nhiệm vụ về cấp căn cước, định danh điện tử.
Phòng Kinh tế
- Tham mưu bố trí kinh phí thực hiện Kế hoạch này.
Sở Tài chính
tham mưu bố trí kinh phí.""", issuer="ỦY BAN NHÂN DÂN|XÃ TÂN AN", symbol="UBND")
    got = roles(tables)
    assert ("Công an xã", "lead") in got and ("Phòng Kinh tế", "lead") in got
    # not a name above a plain line: no bullets of its duties follow it
    assert ("Sở Tài chính", "lead") not in got


def test_a_report_through_an_office_after_dates_in_parentheses(tmp_path):
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Chế độ báo cáo
- Các đơn vị báo cáo kết quả định kỳ 6 tháng (trước ngày 15/6/2027) và năm (trước ngày 15/12/2027) \
về UBND tỉnh qua Sở Nội vụ để tổng hợp.
2. Công an tỉnh
Định kỳ 6 tháng, năm thông tin kết quả điều tra, xử lý các vụ án tham nhũng cho Thanh tra tỉnh để tổng hợp.""")
    got = roles(tables)
    assert ("Sở Nội vụ", "report_to") in got and ("Thanh tra tỉnh", "report_to") in got


def test_an_owner_between_the_name_and_its_verb_keeps_the_subject(tmp_path):
    """`của phường` says whose council it is; the verb after it is still the council's."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN

1. Xét duyệt hồ sơ

Hội đồng tư vấn xác định nguồn gốc sử dụng đất của phường họp xét duyệt định kỳ hằng tháng.""")
    assert roles(tables) == [("Hội đồng tư vấn xác định nguồn gốc sử dụng đất", "responsible")]


def test_a_subject_after_a_semicolon_with_a_verb_of_handing_out_submitting_or_seeing_to(tmp_path):
    tables = parse(tmp_path, """III. NHIỆM VỤ

1. Điều trị

a) Thực hiện chiến lược DOTS tại tuyến xã; Trạm Y tế các xã trực tiếp cấp thuốc, giám sát uống thuốc.
- Rà soát Quy chế quản lý hoạt động đối ngoại; Sở Ngoại vụ trình UBND tỉnh trong Quý I/2027.
- Văn phòng HĐND và UBND xã chuẩn bị kịch bản; Đoàn Thanh niên xã lo cờ, băng rôn, âm thanh.
- Hồ sơ được lưu tại Sở Y tế cấp tỉnh.
""")
    got = roles(tables)
    assert ("Trạm Y tế các xã", "responsible") in got
    assert ("Sở Ngoại vụ", "responsible") in got
    assert ("Đoàn Thanh niên xã", "responsible") in got
    assert not [t for t, _ in got if t.startswith("Sở Y tế")]  # `cấp tỉnh` is a level, no verb


def test_sub_items_estimates_passive_requests_and_numbered_units(tmp_path):
    """A lettered sub-item under an agency heading is a sentence (responsible), not a heading;
    `lập dự toán` makes named bodies doers, not a group; `được đề nghị` is a request;
    `9. Ban Chỉ huy Phòng thủ khu vực 1, 2, 3` heads its section."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN

1. Hội đồng tuyển dụng

a) Hội đồng tuyển dụng thành lập các bộ phận giúp việc.

b) Phòng Cảnh sát PCCC và CNCH Công an thành phố được đề nghị hỗ trợ phương tiện.

2. Ban Chỉ huy Phòng thủ khu vực 1, 2, 3

- Tham mưu, hướng dẫn các xã thực hiện các bước tuyển quân.

3. Kinh phí

- Công an phường, Ban Chỉ huy Quân sự phường lập dự toán chi tiết gửi Phòng Kinh tế thẩm định.
- Các đơn vị lập dự toán kinh phí gửi Sở Tài chính tổng hợp.""", issuer="ỦY BAN NHÂN DÂN|PHƯỜNG HẢI CHÂU", place="Đà Nẵng")
    got = roles(tables)
    assert ("Hội đồng tuyển dụng", "lead") in got and ("Hội đồng tuyển dụng", "responsible") in got
    assert ("Phòng Cảnh sát PCCC và CNCH Công an thành phố", "requested") in got
    assert ("Ban Chỉ huy Phòng thủ khu vực 1, 2, 3", "lead") in got
    assert ("Công an phường", "responsible") in got and ("Ban Chỉ huy Quân sự phường", "responsible") in got
    assert ("Các đơn vị", "responsible") not in got


def test_a_quoted_agency_heading_of_an_amending_plan_leads_its_quoted_duties(tmp_path):
    tables = parse(tmp_path, """II. NỘI DUNG SỬA ĐỔI, BỔ SUNG

5. Sửa đổi khoản 4 mục IV như sau:

“4. Sở Y tế

Chủ trì, chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh tổ chức giám sát chất lượng nước sạch. \
Phối hợp với Sở Giáo dục và Đào tạo kiểm tra các cơ sở giáo dục.”

6. Bổ sung khoản 9 vào mục IV như sau:

"9. Sở Dân tộc và Tôn giáo

Phối hợp với Sở Nông nghiệp và Môi trường lồng ghép nguồn vốn."

7. Thay cụm từ “Sở Kế hoạch và Đầu tư” bằng cụm từ “Sở Tài chính”.""")
    got = roles(tables)
    assert ("Sở Y tế", "lead") in got and ("Sở Dân tộc và Tôn giáo", "lead") in got
    # a name quoted inside a sentence is no heading
    assert not any(text in ("Sở Kế hoạch và Đầu tư", "Sở Tài chính") and role == "lead" for text, role in got)


# --- `Giao cho X …` (a district clerk's formula) -----------------------------

def test_giao_cho_hands_the_task_like_giao(tmp_path):
    """`Giao cho X chủ trì` reads as `Giao X chủ trì`; a sentence `Giao cho X thực hiện.` closing a
    task names its lead, as the parenthesis `(Giao X thực hiện)` does; a plain duty after `Giao`
    stays responsible, and `bàn giao cho X` hands over things, not work."""
    body = ("I. NHIỆM VỤ\n1. Tuyên truyền\nTổ chức tuyên truyền về ma túy. Giao cho Phòng Văn hóa và Thông tin "
            "chủ trì, phối hợp với Công an huyện thực hiện.\n2. Điều trị\nTổ chức điều trị nghiện. "
            "Giao cho Trung tâm Y tế huyện thực hiện.\n3. Kinh phí\nBố trí kinh phí. "
            "Giao Phòng Tài chính - Kế hoạch thẩm định dự toán.\n4. Hồ sơ\n"
            "Sở Y tế bàn giao cho Trung tâm Y tế huyện thực hiện.")
    assert roles(parse(tmp_path, body, issuer="ỦY BAN NHÂN DÂN|HUYỆN QUẾ PHONG", place="Quế Phong")) == [
        ("Phòng Văn hóa và Thông tin", "lead"), ("Công an huyện", "partner"),
        ("Trung tâm Y tế huyện", "lead"), ("Phòng Tài chính - Kế hoạch", "responsible")]


def test_a_unit_name_alone_as_its_own_paragraph_leads_the_duties_below(tmp_path):
    """Word numbering lost (k7): a bare agency paragraph heads the duty paragraph below it."""
    tables = parse(tmp_path, """I. MỤC ĐÍCH

Bảo đảm trật tự an toàn giao thông.

II. TỔ CHỨC THỰC HIỆN

Công an huyện

Chủ trì triển khai các đợt cao điểm bảo đảm trật tự an toàn giao thông.

Phòng Tài chính - Kế hoạch

\tThẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch.

Đề nghị phối hợp với
Phòng Nội vụ
triển khai kế hoạch.""", issuer="ỦY BAN NHÂN DÂN|HUYỆN TÂN AN", symbol="UBND")
    got = roles(tables)
    assert ("Công an huyện", "lead") in got and ("Phòng Tài chính - Kế hoạch", "lead") in got
    # not a paragraph of its own, and a lower-case line below goes on with its sentence
    assert ("Phòng Nội vụ", "lead") not in got


def test_a_heading_that_names_the_kind_then_its_units_gives_each_the_lead(tmp_path):
    """`6. Các Cục: A; B; C` (i8) is `6. Cục A; Cục B; Cục C`: each leads the duties below; a
    `Các Cục phối hợp:` heading names no unit."""
    tables = parse(tmp_path, """I. MỤC ĐÍCH

Tổ chức Hội nghị tổng kết năm.

II. TỔ CHỨC THỰC HIỆN

1. Các Cục: Trồng trọt và Bảo vệ thực vật; Chăn nuôi và Thú y; Quản lý đất đai
- Cung cấp số liệu, báo cáo chuyên đề trước ngày 05/12/2026.

2. Đầu mối liên hệ: Phòng Hành chính – Tổng hợp, Văn phòng Bộ; đồng chí Nguyễn Thị Thu Hương, điện thoại: 024.3843.8816.
""", issuer="BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG|", symbol="BNNMT", place="Hà Nội")
    got = roles(tables)
    for name in ("Trồng trọt và Bảo vệ thực vật", "Chăn nuôi và Thú y", "Quản lý đất đai"):
        assert (name, "lead") in got, got
    # a contact-point label names the focal point
    assert ("Phòng Hành chính – Tổng hợp", "focal_point") in got, got


def test_a_plural_actor_heading_qualified_by_what_it_spends_leads(tmp_path):
    """`9. Các cơ quan, đơn vị sử dụng ngân sách nhà nước thuộc phường` (k8) heads its duties as
    `9. Các cơ quan, đơn vị:` would; a heading whose tail is a duty (`… sử dụng ngân sách đúng
    mục đích`) does not."""
    tables = parse(tmp_path, """I. MỤC ĐÍCH

Tiết kiệm điện.

II. TỔ CHỨC THỰC HIỆN

1. Các cơ quan, đơn vị sử dụng ngân sách nhà nước thuộc phường

- Xây dựng kế hoạch tiết kiệm điện của cơ quan, đơn vị mình.

2. Các trường học sử dụng ngân sách đúng mục đích, tiết kiệm.
""", issuer="ỦY BAN NHÂN DÂN|PHƯỜNG PHAN THIẾT", symbol="UBND", place="Phan Thiết")
    got = roles(tables)
    assert ("Các cơ quan, đơn vị", "lead") in got, got
    assert ("Các trường học", "lead") not in got, got


def test_work_handed_directly_and_turning_out_to_work_are_done_by_the_body(tmp_path):
    """`(… được giao trực tiếp cho X thực hiện.)` (j6) and `; X và Y ra quân cùng bà con` (j8):
    the bodies do the work (responsible); `bàn giao cho X` hands over things."""
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Trồng rừng
Trồng mới 50 ha rừng (diện tích của chủ rừng nhà nước là 5 ha, được giao trực tiếp cho Ban Quản lý rừng phòng \
hộ Sông Lò thực hiện.)

2. Vệ sinh môi trường
- Tổ nhân dân tự quản dọn dẹp các tuyến đường; Đoàn Thanh niên xã và Hội Liên hiệp Phụ nữ xã ra quân cùng bà \
con tại các điểm nóng.
""", issuer="ỦY BAN NHÂN DÂN|XÃ TÂN QUỚI", symbol="UBND", place="Tân Quới")
    got = roles(tables)
    assert ("Ban Quản lý rừng phòng hộ Sông Lò", "responsible") in got, got
    assert ("Đoàn Thanh niên xã", "responsible") in got and ("Hội Liên hiệp Phụ nữ xã", "responsible") in got, got


def test_round51_acceptance_publication_and_not_a_political_organisation(tmp_path):
    """`X nghiệm thu …`, `X công bố kết quả …`, `X biên soạn …` (o5, o7) are the body's own work;
    `…, Mặt trận Tổ quốc, tổ chức chính trị – xã hội)` (o8) names organisations: `tổ chức` is no verb there."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN

1. Nghiệm thu và công bố
- Ban Chỉ đạo cấp xã nghiệm thu bảng kê, phiếu điều tra của điều tra viên, hoàn thành trước ngày 10/8/2026.
- Thống kê tỉnh công bố kết quả sơ bộ trên địa bàn tỉnh trước ngày 31/12/2026.
- Kết quả chính thức được công bố trong Quý II/2027. Thống kê tỉnh biên soạn ấn phẩm kết quả.

2. Biên chế
Biên chế công chức giao cho các cơ quan hành chính cấp tỉnh (không bao gồm biên chế của các cơ quan Đảng, Mặt \
trận Tổ quốc, tổ chức chính trị – xã hội):
""")
    got = roles(tables)
    assert ("Ban Chỉ đạo cấp xã", "responsible") in got, got
    assert got.count(("Thống kê tỉnh", "responsible")) == 2, got
    assert not [t for t, _ in got if t.startswith("Mặt trận")], got


# --- round 52: a channel in parentheses, `phối hợp kết nối`, `cùng cấp`, `được giao chủ trì` ---

def test_report_run_goes_on_past_a_channel_in_parentheses(tmp_path):
    tables = parse(tmp_path, """I. CHẾ ĐỘ BÁO CÁO

Tổng kết đợt cao điểm, gửi báo cáo về Công an tỉnh để tổng hợp, báo cáo Bộ Công an (qua Cục Cảnh sát hình sự – C02) và UBND tỉnh.
""")
    got = roles(tables)
    assert ("UBND tỉnh", "report_to") in got
    assert ("Bộ Công an", "report_to") in got


def test_report_list_goes_on_past_a_channel_code(tmp_path):
    """A list of addressees after the channel (wg): each one is reported to."""
    tables = parse(tmp_path, """I. CHẾ ĐỘ BÁO CÁO

+ PV01 tổng hợp, tham mưu Ban Giám đốc báo cáo Bộ Công an (qua C02), Thường trực Tỉnh ủy, UBND tỉnh theo quy định.
""")
    got = roles(tables)
    for name in ("Bộ Công an", "C02", "Thường trực Tỉnh ủy", "UBND tỉnh"):
        assert (name, "report_to") in got
    assert ("PV01", "advisor") in got


def test_a_parenthesis_that_is_no_channel_does_not_join_runs(tmp_path):
    tables = parse(tmp_path, """I. NHIỆM VỤ

- Sở Y tế (Trung tâm Kiểm soát bệnh tật) và Sở Tài chính triển khai thực hiện.
""")
    assert ("Sở Tài chính", "responsible") in roles(tables)
    assert not any(r == "report_to" for _, r in roles(tables))


def test_phoi_hop_ket_noi_after_a_lead_is_a_partner(tmp_path):
    tables = parse(tmp_path, """I. NHIỆM VỤ

- Ban Quản lý Khu kinh tế tỉnh chủ trì tiếp cận các nhà đầu tư thứ cấp; Sở Ngoại vụ phối hợp kết nối với các \
cơ quan đại diện Việt Nam ở nước ngoài.
""")
    got = roles(tables)
    assert ("Sở Ngoại vụ", "partner") in got
    assert ("Sở Ngoại vụ", "responsible") not in got


def test_cung_cap_keeps_the_partner_run_going(tmp_path):
    tables = parse(tmp_path, """I. NHIỆM VỤ

c) Công an các xã, phường phối hợp với Ủy ban MTTQ Việt Nam cùng cấp, các đoàn thể chính trị – xã hội duy trì \
hoạt động của lực lượng bảo vệ an ninh, trật tự ở cơ sở.
""")
    got = roles(tables)
    assert ("các đoàn thể chính trị – xã hội", "partner") in got
    assert ("các đoàn thể chính trị – xã hội", "responsible") not in got


def test_bodies_given_the_lead_of_an_activity_report_on_it(tmp_path):
    tables = parse(tmp_path, """I. CHẾ ĐỘ BÁO CÁO

- Các sở, ban, ngành được giao chủ trì hoạt động báo cáo kết quả trong thời hạn 10 ngày sau khi kết thúc mỗi hoạt động.

- UBND các xã, phường xác nhận điều kiện về đối tượng, thu nhập của người đăng ký mua nhà ở xã hội.
""")
    got = roles(tables)
    assert ("Các sở, ban, ngành", "responsible") in got
    assert not any(r == "lead" for _, r in got)
    assert ("UBND các xã, phường", "responsible") in got


def test_team_bullets_under_a_share_out_line_lead_their_share(tmp_path):
    """`- Đội …: khu vực …` under `… Phân công địa bàn như sau:` opens with its body and a colon:
    it leads its line, as every such bullet does (docs/gold_conventions.md, p9, f9)."""
    tables = parse(tmp_path, """IV. TỔ CHỨC THỰC HIỆN
1. Kiểm tra thị trường
a) Chi cục Quản lý thị trường chủ trì, phối hợp với Công an tỉnh xây dựng kế hoạch kiểm tra. Phân công địa bàn như sau:

- Đội Quản lý thị trường số 1: khu vực các phường Tân Ninh, Bình Minh;

- Đội Quản lý thị trường số 2: các xã biên giới.""")
    got = roles(tables)
    assert ("Chi cục Quản lý thị trường", "lead") in got
    assert ("Đội Quản lý thị trường số 1", "lead") in got
    assert ("Đội Quản lý thị trường số 2", "lead") in got


def test_an_opinion_given_is_work(tmp_path):
    """`X có ý kiến về …` (gives its opinion on …) makes X the doer; `có ý kiến` is not a qualifier."""
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Sắp xếp cơ sở nhà, đất
b) Ủy ban nhân dân tỉnh phê duyệt phương án; Sở Nông nghiệp và Môi trường có ý kiến về quy hoạch, kế hoạch sử dụng đất.""")
    assert ("Sở Nông nghiệp và Môi trường", "responsible") in roles(tables)


# --- round 62: headings that list bodies; a case told at once --------------------

def test_a_heading_that_lists_bodies_and_ends_in_the_rest_of_a_kind_leads(tmp_path):
    """`… và các đơn vị sự nghiệp khác`: `khác` closes the heading's plural name, each body leads;
    a heading that goes on to act (`… khác chủ động triển khai`) is a sentence, no heading lead."""
    tables = parse(tmp_path, """IV. TỔ CHỨC THỰC HIỆN

1. Sở Tài chính
- Tổng hợp kết quả.

2. Trung tâm Kiểm định chất lượng xây dựng, Trung tâm Đăng kiểm xe cơ giới và các đơn vị sự nghiệp khác
- Xây dựng kế hoạch của đơn vị, gửi về Sở Tài chính để theo dõi.""")
    leads = [a.agency for a in tables["assignments"] if a.role == "lead"]
    assert "Trung tâm Kiểm định chất lượng xây dựng" in leads
    assert "Trung tâm Đăng kiểm xe cơ giới" in leads


def test_a_case_told_at_once_to_the_commune_is_a_report_to_it(tmp_path):
    """`báo ngay cho thú y viên cơ sở, trưởng thôn hoặc UBND cấp xã`: the persons are no agencies,
    the commune is reported to; a warning to the people (`cảnh báo ngay cho`) is none."""
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Phòng bệnh
- Khi chó, mèo có biểu hiện nghi dại phải báo ngay cho thú y viên cơ sở, trưởng thôn hoặc UBND cấp xã.
- Đài Phát thanh cảnh báo ngay cho UBND các xã biết.""")
    got = roles(tables)
    assert ("UBND cấp xã", "report_to") in got
    assert not any(text == "UBND các xã" and role == "report_to" for text, role in got)


# --- `- Sở X: …` bullets in a `Đề nghị …` section (round 64) ----------------

def test_agency_bullets_in_a_request_section_are_requested(tmp_path):
    tables = parse(tmp_path, """I. MỤC ĐÍCH, YÊU CẦU

Bảo vệ di tích.

II. TỔ CHỨC THỰC HIỆN

1. Đề nghị các sở, ngành liên quan

- Sở Tài chính: tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí bảo vệ, tu bổ di tích.

- Sở Xây dựng: phối hợp thẩm định các dự án tu bổ, phục hồi di tích.

2. Sở Nội vụ

- Sở Xây dựng: phối hợp thẩm định các dự án tu bổ.
""")
    got = roles(tables)
    assert ("Sở Tài chính", "requested") in got
    assert got.count(("Sở Xây dựng", "requested")) == 1  # not under `6. Sở Nội vụ`
    assert ("Sở Xây dựng", "partner") in got


def test_tien_hanh_makes_its_subject_responsible(tmp_path):
    tables = parse(tmp_path, """III. NHIỆM VỤ

4. Công tác thanh tra

Thanh tra tỉnh tiến hành thanh tra, kiểm tra trách nhiệm của Thủ trưởng cơ quan hành chính nhà nước.
""")
    assert ("Thanh tra tỉnh", "responsible") in roles(tables)


# --- round 67: a tax office's plan ---------------------------------------------------

def test_bodies_after_a_label_with_work_of_their_own_are_responsible(tmp_path):
    """`Đơn vị thực hiện: X. Y hướng dẫn …; Z hỗ trợ …` and `…: X; Y theo dõi, tổng hợp`: only X
    is the label's; a body whose parenthesis wraps onto the next line still heads its bullet;
    a decimal marker that lost its dot (`2.3 Sở Tài chính tham mưu …`) still opens the sentence."""
    tables = parse(tmp_path, """I. CÁC BƯỚC THỰC HIỆN

1. Rà soát dữ liệu
- Rà soát toàn bộ danh bạ hộ khoán.
Đơn vị thực hiện: các Thuế cơ sở. Phòng Quản lý hộ kinh doanh, cá nhân và thu khác hướng dẫn nghiệp vụ; \
Phòng Công nghệ thông tin hỗ trợ trích xuất dữ liệu.
- Hỗ trợ khai thuế kỳ đầu.
Đơn vị thực hiện: các Thuế cơ sở; Phòng Quản lý hộ kinh doanh, cá nhân và thu khác theo dõi, tổng hợp.

2. Cơ chế tài chính
2.3 Sở Tài chính tham mưu cơ chế giao dự toán.

II. TỔ CHỨC THỰC HIỆN

1. Các Thuế cơ sở
• Thuế cơ sở 4 (khu vực Trảng Bom,
Dầu Giây, Thống Nhất): rà soát hộ kinh doanh cho thuê nhà trọ.""", issuer="THUẾ TỈNH ĐỒNG NAI|", symbol="DNA",
                    place="Đồng Nai")
    assert roles(tables) == [
        ("các Thuế cơ sở", "lead"), ("Phòng Quản lý hộ kinh doanh, cá nhân và thu khác", "responsible"),
        ("Phòng Công nghệ thông tin", "responsible"),
        ("các Thuế cơ sở", "lead"), ("Phòng Quản lý hộ kinh doanh, cá nhân và thu khác", "responsible"),
        ("Sở Tài chính", "advisor"), ("Các Thuế cơ sở", "lead"), ("Thuế cơ sở 4", "lead"),
    ]


def test_a_force_that_controls_fines_or_keeps_track_is_the_doer(tmp_path):
    """`kiểm soát`, `xử phạt`, `nắm tình hình` are a force's work; an officer's own area
    (`Cảnh sát khu vực phụ trách địa bàn`) only says which officer (zk, zl)."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN

1. Công an tỉnh
- Các lực lượng chức năng xử phạt nghiêm các hành vi vi phạm.
- Chỉ đạo Cảnh sát khu vực phụ trách địa bàn phối hợp với Ban điều hành khu phố nắm tình hình.
- Chỉ đạo các Đồn Biên phòng tuyến biển kiểm soát chặt người, phương tiện.""")
    assert roles(tables)[1:] == [
        ("Các lực lượng chức năng", "responsible"), ("Cảnh sát khu vực", "responsible"),
        ("Ban điều hành khu phố", "partner"), ("các Đồn Biên phòng tuyến biển", "responsible")]


def test_a_station_that_takes_in_or_sends_on_the_vaccine_is_the_doer(tmp_path):
    """`Trạm Y tế xã nhận vắc xin …`, `Trạm Y tế xã chuyển về …` are the station's work (zp);
    `nhận thức`, `nhận được` are no task."""
    tables = parse(tmp_path, """I. NỘI DUNG

1. Vắc xin, vật tư
- Trạm Y tế xã nhận vắc xin tại Trung tâm Y tế huyện ngày 14/9/2021.
- Lọ vắc xin đã sử dụng được thu gom; Trạm Y tế xã chuyển về Trung tâm Y tế huyện xử lý trong ngày.
- Trạm Y tế xã nhận được vắc xin chậm.""", issuer="ỦY BAN NHÂN DÂN|XÃ HÒA AN", place="Hòa An")
    assert roles(tables) == [("Trạm Y tế xã", "responsible"), ("Trạm Y tế xã", "responsible")]


def test_a_body_asked_by_a_de_nghi_heading_to_advise_is_requested(tmp_path):
    body = """V. TỔ CHỨC THỰC HIỆN
1. Đề nghị các sở, ban, ngành tỉnh
- Sở Tài chính quan tâm thẩm định, tham mưu UBND tỉnh bố trí đủ kinh phí thực hiện.
2. Các sở, ngành được giao chủ trì chỉ tiêu tại Bảng 1 đề nghị gửi số liệu về Sở Y tế trước ngày 10 của tháng cuối quý.
3. Văn phòng Sở phát huy vai trò cơ quan thường trực của Ban Chỉ đạo tỉnh về chuyển đổi số.
"""
    got = roles(parse(tmp_path, body))
    assert ("Sở Tài chính", "requested") in got and ("Sở Tài chính", "advisor") not in got
    assert ("Các sở, ngành", "requested") in got
    assert not [r for r in got if r[0].startswith("Ban Chỉ đạo") and r[1] == "focal_point"]


# --- round 73 -----------------------------------------------------------------

def test_an_item_under_a_request_heading_is_requested_and_those_it_directs_act(tmp_path):
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN

1. Đề nghị Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội
a. Uỷ ban MTTQ Việt Nam phường chỉ đạo Ban công tác Mặt trận các TDP lồng ghép nội dung phân loại rác.
b. Hội Liên hiệp Phụ nữ phường: phối hợp với các TDP vận động hội viên.""",
                   issuer="ỦY BAN NHÂN DÂN|PHƯỜNG CẦU GIẤY", place="Cầu Giấy")
    assert roles(tables) == [
        ("Ủy ban MTTQ Việt Nam phường", "requested"), ("các tổ chức chính trị - xã hội", "requested"),
        ("Uỷ ban MTTQ Việt Nam phường", "requested"), ("Ban công tác Mặt trận các TDP", "responsible"),
        ("Hội Liên hiệp Phụ nữ phường", "requested"), ("các TDP", "partner")]


def test_the_bodies_a_council_advises_are_given_no_work(tmp_path):
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN

1. Hội đồng nghĩa vụ quân sự các xã, phường
a) Tham mưu cho Đảng ủy, UBND xã, phường lãnh đạo, chỉ đạo thực hiện Kế hoạch này.""")
    assert roles(tables) == [("Hội đồng nghĩa vụ quân sự các xã, phường", "lead")]


# --- round 74 -----------------------------------------------------------------

def test_bullets_a_web_portal_ran_into_one_paragraph(tmp_path):
    """`… cả năm 2026. - Tổ CNSCĐ … lồng ghép …`: a dash after a full stop, or after a word in small
    letters, opens a bullet; under a `Đề nghị` heading its doer is asked, as a bullet's is."""
    run_on = ("- Phòng Văn hóa - Xã hội chủ trì tuyên truyền trên Trang thông tin điện tử xã. Thời gian thực "
              "hiện: cả năm 2026. - Phòng Kinh tế chủ trì theo dõi, đôn đốc - Các trường học trên địa bàn xã "
              "triển khai học bạ số.")
    tables = parse(tmp_path, f"""I. NHIỆM VỤ

1. Tuyên truyền
{run_on}

II. TỔ CHỨC THỰC HIỆN

1. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã
Giám sát việc thực hiện Kế hoạch tại cơ sở. - Đoàn Thanh niên xã duy trì đội hình tình nguyện tại các thôn.""",
                   issuer="ỦY BAN NHÂN DÂN|XÃ EA KTUR", place="Ea Ktur")
    found = roles(tables)
    assert ("Phòng Kinh tế", "lead") in found
    assert ("Các trường học trên địa bàn xã", "responsible") in found
    assert ("Đoàn Thanh niên xã", "requested") in found


def test_bodies_said_to_be_of_a_kind_do_the_duty_after_it(tmp_path):
    """`X, Y là các đơn vị có phụ tải lớn, phải lập phương án riêng`: the duty is theirs; a force
    called by its kind (`lực lượng Công an xã, phường`) stays in the list it follows."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Các đơn vị
- Công ty Điện lực Thanh Hóa, Công ty Điện lực Nghệ An là các đơn vị có phụ tải lớn, phải lập phương án riêng.
- Sở Công Thương phối hợp với chính quyền địa phương, lực lượng Công an xã, phường kiểm tra hành lang lưới điện.
- Các Công ty Điện lực làm việc với khách hàng sản xuất công nghiệp để ký thỏa thuận.""")
    assert roles(tables)[-6:] == [("Công ty Điện lực Thanh Hóa", "responsible"), ("Công ty Điện lực Nghệ An", "responsible"),
                                  ("Sở Công Thương", "responsible"), ("chính quyền địa phương", "partner"),
                                  ("Công an xã, phường", "partner"), ("Các Công ty Điện lực", "responsible")]


def test_a_works_list_names_each_item_lead_by_its_investor(tmp_path):
    """`Chủ đầu tư: X; Thời gian thực hiện: …` under a numbered work: X leads it; a company keeps its
    capitalised trade (`Cấp nước`); a named body `chỉ đạo, hướng dẫn`-ed does the work, a group not."""
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Danh mục công trình

1. Nâng cấp Nhà máy nước Cà Mau, công suất 30.000 m3/ngày đêm.
Chủ đầu tư: Công ty Cổ phần Cấp nước Cà Mau; Thời gian thực hiện: 2026-2028.

2. Hệ thống cấp nước liên xã Hồng Dân.
Chủ đầu tư: UBND xã Hồng Dân; Thời gian thực hiện: 2027-2029.

II. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng
- Chỉ đạo, hướng dẫn Công ty Cổ phần Cấp nước Bạc Liêu mở rộng mạng lưới cấp nước đô thị.
- Chỉ đạo, hướng dẫn các đơn vị triển khai Kế hoạch.""")
    assert [(a.agency, a.role) for a in tables["assignments"]] == [
        ("Công ty Cổ phần Cấp nước Cà Mau", "lead"), ("Ủy ban nhân dân xã Hồng Dân", "lead"),
        ("Sở Xây dựng", "lead"), ("Công ty Cổ phần Cấp nước Bạc Liêu", "responsible")]


def test_a_standing_body_takes_the_role_of_the_work_it_does(tmp_path):
    """`X là cơ quan thường trực tham mưu` advises; `… thường trực tổ chức …` does the work; the body in
    a closing parenthesis of an item whose label names its lead works under that lead."""
    tables = parse(tmp_path, """I. NHIỆM VỤ
1. Kiểm tra, giám sát
a) Kiểm tra tại 20 xã (Ban Chỉ đạo 138 tỉnh chủ trì, Công an tỉnh là cơ quan thường trực tham mưu).
b) Diễn tập (Ban Chỉ huy chủ trì, Sở Y tế là cơ quan thường trực tổ chức diễn tập).
c) Mở rộng điểm cấp phát thuốc Methadone (Trung tâm Kiểm soát bệnh tật tỉnh tổ chức thực hiện).
- Cơ quan chủ trì: Sở Y tế; cơ quan phối hợp: Công an tỉnh.
d) Hướng dẫn tiêu chí xã, phường "không ma túy"; UBND các xã, phường đăng ký chỉ tiêu, xây dựng lộ trình.""")
    got = roles(tables)
    assert ("Công an tỉnh", "advisor") in got and ("Sở Y tế", "responsible") in got
    assert got[-4:] == [("Trung tâm Kiểm soát bệnh tật tỉnh", "responsible"), ("Sở Y tế", "lead"),
                        ("Công an tỉnh", "partner"), ("UBND các xã, phường", "responsible")]


# --- a ministry's committee by the short name it defines, its missions abroad (round 94) ---

def test_a_committee_named_by_the_short_name_it_was_given_keeps_its_full_name(tmp_path):
    """`Ủy ban Nhà nước về người Việt Nam ở nước ngoài (sau đây gọi là Ủy ban)`: a later bare
    `Ủy ban` is that committee; the missions abroad, also as `các CQĐD`, are one actor."""
    tables = parse(tmp_path, """III. NHIỆM VỤ

1. Quán triệt Kết luận
a) Ủy ban Nhà nước về người Việt Nam ở nước ngoài (sau đây gọi là Ủy ban) chủ trì, phối hợp với Văn phòng Bộ tổ chức hội nghị.
b) Cục Lãnh sự chủ trì, phối hợp với Ủy ban và các CQĐD xây dựng kịch bản bảo hộ công dân.""",
                   issuer="BỘ NGOẠI GIAO|", symbol="BNG")
    got = {(a.text, a.agency, a.role) for a in tables["assignments"]}
    full = "Ủy ban Nhà nước về người Việt Nam ở nước ngoài"
    assert (full, full, "lead") in got
    assert ("Ủy ban", full, "partner") in got
    assert ("các CQĐD", "Các cơ quan đại diện Việt Nam ở nước ngoài", "partner") in got


def test_ministries_named_once_before_their_sectors_are_partners_of_the_list(tmp_path):
    """`phối hợp với Cục Lãnh sự và các Bộ: Tư pháp, Công an`: each sector is a ministry, and the
    partners' list goes on through `các Bộ:`."""
    tables = parse(tmp_path, """III. NHIỆM VỤ

1. Hoàn thiện thể chế
a) Cục Lãnh sự chủ trì, phối hợp với Vụ Luật pháp và Điều ước quốc tế và các Bộ: Tư pháp, Công an, Nông nghiệp
và Môi trường rà soát các quy định về quốc tịch.""",
                   issuer="BỘ NGOẠI GIAO|", symbol="BNG")
    partners = [a.agency for a in tables["assignments"] if a.role == "partner"]
    assert partners == ["Vụ Luật pháp và Điều ước quốc tế", "Bộ Tư pháp", "Bộ Công an",
                        "Bộ Nông nghiệp và Môi trường"]


def test_bodies_given_as_alternatives_share_their_role(tmp_path):
    """`giao Sở Ngoại vụ hoặc Văn phòng UBND tỉnh (nơi không tổ chức Sở Ngoại vụ) làm đầu mối`."""
    tables = parse(tmp_path, """V. TỔ CHỨC THỰC HIỆN

1. Đề nghị Ủy ban nhân dân các tỉnh, thành phố
- Ban hành kế hoạch thực hiện tại địa phương; giao Sở Ngoại vụ hoặc Văn phòng Ủy ban nhân dân tỉnh (nơi không tổ
chức Sở Ngoại vụ) làm đầu mối.""",
                   issuer="BỘ NGOẠI GIAO|", symbol="BNG")
    focal = [a.agency for a in tables["assignments"] if a.role == "focal_point"]
    assert focal[:2] == ["Sở Ngoại vụ", "Văn phòng Ủy ban nhân dân tỉnh"]


def test_a_ward_named_over_a_line_break_and_a_body_singled_out_by_rieng(tmp_path):
    """Round 96: a name wrapped after its dash takes the cue on the next line; `Riêng X` keeps X
    the subject of its clause."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. UBND các phường khu vực Đà Lạt
- Chủ trì lập phương án tháo dỡ chi tiết cho từng khu vực.
- Riêng UBND phường Lang Biang -
Đà Lạt phối hợp với Vườn quốc gia Bidoup - Núi Bà kiểm soát nhà kính.
• UBND phường Xuân Hương -
Đà Lạt chủ trì tháo dỡ, chỉnh trang khu vực ven hồ.""", issuer="ỦY BAN NHÂN DÂN|TỈNH LÂM ĐỒNG",
                   place="Lâm Đồng")
    assert roles(tables) == [
        ("UBND các phường khu vực Đà Lạt", "lead"),
        ("UBND phường Lang Biang -\nĐà Lạt", "responsible"), ("Vườn quốc gia Bidoup - Núi Bà", "partner"),
        ("UBND phường Xuân Hương -\nĐà Lạt", "lead"),
    ]


def test_a_request_reaches_the_bodies_it_names_or_the_group_it_asks_only(tmp_path):
    """Round 102: under `Đề nghị UBND các xã, phường` the Women's Union and the Youth Union that
    act on their own line are no body the heading asks (responsible), while under `Đề nghị Ủy ban
    MTTQ … và các đoàn thể` a union is one of the group asked; the plan's closing sentence after a
    blank line (`Các sở, ban, ngành … báo cáo`) is no part of the request above it."""
    tables = parse(tmp_path, """V. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
Chủ trì triển khai Kế hoạch.
2. Đề nghị UBND các xã, phường
- Chỉ đạo Trạm Y tế vận động người dân tham gia sàng lọc.
- Hội Liên hiệp Phụ nữ, Đoàn Thanh niên xã, phường vận động hội viên, đoàn viên tham gia.
3. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể
- Hội Nông dân tỉnh vận động hội viên tham gia.

Các sở, ban, ngành báo cáo kết quả thực hiện về Sở Y tế trước ngày 10/12 hằng năm.""")
    got = dict(roles(tables))
    assert got["Hội Liên hiệp Phụ nữ"] == "responsible"
    assert got["Đoàn Thanh niên xã, phường"] == "responsible"
    assert got["Hội Nông dân tỉnh"] == "requested"
    assert got["Các sở, ban, ngành"] == "responsible"


def test_the_unit_a_partner_is_worked_through_is_a_partner(tmp_path):
    """Round 102: `phối hợp với Công an … (qua Phòng An ninh kinh tế)` names the partner's unit, not a
    report's channel; the work may stand between `phối hợp` and `với`."""
    tables = parse(tmp_path, """III. NHIỆM VỤ
1. Phối hợp
- Phòng Thanh tra, giám sát ngân hàng 1 làm đầu mối phối hợp với Công an tỉnh Cà Mau (qua Phòng An ninh \
kinh tế) trong trao đổi thông tin.
- Kho bạc Nhà nước khu vực XIX cung cấp số liệu thu, chi; phối hợp đối chiếu số liệu với Sở Tài chính.""",
                   issuer="ỦY BAN NHÂN DÂN|TỈNH CÀ MAU", place="Cà Mau")
    got = dict(roles(tables))
    assert got["Phòng An ninh kinh tế"] == "partner"
    assert got["Sở Tài chính"] == "partner"


def test_an_audit_team_leads_the_units_it_audits_in_its_table(tmp_path):
    """Round 102: `TT | Tổ | Tổ trưởng | … | Đơn vị được kiểm toán | Thời gian`: each team leads its
    rows; the units audited are its work, no actor."""
    tables = parse(tmp_path, """V. PHÂN CÔNG THỰC HIỆN
1. Phân công các Tổ kiểm toán:
TT | Tổ | Tổ trưởng | Số người | Đơn vị được kiểm toán | Thời gian tại đơn vị
1 | Tổ kiểm toán số 1 | Ông Nguyễn Hữu Phước, KTV chính | 08 | Sở Tài chính tỉnh Vĩnh Long | Từ 02/3 - 20/3/2026
2 | Tổ kiểm toán số 2 | Bà Huỳnh Thị Kim Thoa, KTV chính | 07 | Kho bạc Nhà nước khu vực XIX | Từ 02/3 - 17/3/2026""",
                   issuer="KIỂM TOÁN NHÀ NƯỚC|KHU VỰC V", symbol="KV V", place="Cần Thơ")
    assert roles(tables) == [("Tổ kiểm toán số 1", "lead"), ("Tổ kiểm toán số 2", "lead")]


def test_round105_a_body_handed_a_case_and_an_investor_that_leads(tmp_path):
    """aa, ab: `chuyển danh sách cho X xác minh` makes X do it; `X là chủ đầu tư …, chủ trì` leads;
    `di dời` is work of the body before it."""
    body = ("I. NHIỆM VỤ\n1. Xử lý tàu cá\n"
            "- Tàu cá mất kết nối quá 10 ngày thì chuyển danh sách cho Công an tỉnh xác minh, điều tra.\n"
            "2. Tái định cư\n"
            "- Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh là chủ đầu tư 07 khu TĐC, "
            "chủ trì, phối hợp với UBND các xã đẩy nhanh thi công.\n"
            "- Công ty Điện lực Gia Lai di dời lưới điện trung, hạ thế.\n")
    assert roles(parse(tmp_path, body)) == [
        ("Công an tỉnh", "responsible"),
        ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "lead"),
        ("UBND các xã", "partner"),
        ("Công ty Điện lực Gia Lai", "responsible")]


def test_round108_verification_teams_heads_of_bodies_and_a_hired_provider(tmp_path):
    """an, am: a verification team acts (`Tổ xác minh có quyền yêu cầu …`, its leader for it), heads
    of bodies are named by their bodies, an acceptance council set up by the director accepts, the
    firm hired for the work acts, and `Chủ tịch UBND cấp xã` opens its bullet under `Đề nghị …`."""
    body = ("I. NHIỆM VỤ\n1. Xác minh\n"
            "a) Tổ xác minh có quyền yêu cầu cơ quan, tổ chức cung cấp thông tin.\n"
            "b) Tổ trưởng Tổ xác minh báo cáo kết quả xác minh với Chánh Thanh tra tỉnh.\n"
            "c) Người đứng đầu cơ quan, tổ chức, đơn vị có người được xác minh tổ chức công khai kết luận.\n"
            "2. Số hóa\n"
            "- Phòng Hành chính tư pháp chủ trì, phối hợp với đơn vị cung cấp dịch vụ số hóa thực hiện quét sổ.\n"
            "- Hội đồng nghiệm thu do Giám đốc Sở thành lập tổ chức nghiệm thu theo từng đợt.\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Đề nghị UBND các xã, phường\n"
            "- Chủ tịch UBND cấp xã chịu trách nhiệm về tiến độ số hóa của địa phương.\n")
    assert roles(parse(tmp_path, body)) == [
        ("Tổ xác minh", "responsible"), ("Tổ trưởng Tổ xác minh", "responsible"),
        ("cơ quan, tổ chức, đơn vị có người được xác minh", "responsible"),
        ("Phòng Hành chính tư pháp", "lead"), ("đơn vị cung cấp dịch vụ số hóa", "partner"),
        ("Hội đồng nghiệm thu", "responsible"),
        ("UBND các xã, phường", "requested"), ("UBND cấp xã", "requested")]


def test_a_task_closed_by_its_bodies_in_square_brackets(tmp_path):
    """`… [X chủ trì; Y, Z phối hợp; thời gian: …]` reads as the parenthesis other plans close a task
    with (run.square_bracket); a body alone before the bracket's time leads (suffix.paren_alone),
    and one alone with no field after it in round brackets is a gloss, no role."""
    tables = parse(tmp_path, """II. NHIỆM VỤ, GIẢI PHÁP

1. Xây dựng bản đồ vùng trồng số hoá [Sở Nông nghiệp và Môi trường chủ trì; Sở Khoa học và Công nghệ, \
UBND các xã Ngọc Linh, Măng Ri phối hợp; thời gian: 2026 - 2027].

2. Khoanh nuôi vùng bảo tồn nguyên vị [Chi cục Kiểm lâm; thời gian: hằng năm].

3. Hướng dẫn, kiểm tra chất lượng dược liệu [Sở Y tế chủ trì; Trung tâm Kiểm nghiệm tỉnh thực hiện kiểm nghiệm].

4. Báo cáo kết quả về cơ quan thường trực (Sở Nội vụ).""")
    assert roles(tables) == [
        ("Sở Nông nghiệp và Môi trường", "lead"), ("Sở Khoa học và Công nghệ", "partner"),
        ("UBND các xã Ngọc Linh, Măng Ri", "partner"), ("Chi cục Kiểm lâm", "lead"),
        ("Sở Y tế", "lead"), ("Trung tâm Kiểm nghiệm tỉnh", "responsible"),
    ]


def test_a_bullet_of_an_agency_item_under_a_request_is_asked_as_the_item(tmp_path):
    """av: `5. Đề nghị các cơ quan, đơn vị …` / `v) Bưu điện tỉnh, Viettel Đồng Nai` / `- Bưu điện tỉnh
    thực hiện …; Viettel Đồng Nai bảo đảm …`: the item's body opening its bullet is asked as the item
    is; a further subject after `;` does its own work."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Đề nghị các cơ quan, đơn vị phối hợp thực hiện
i) Công an tỉnh
- Hỗ trợ khai thác dữ liệu dân cư.
ii) Bưu điện tỉnh, Viettel Gia Lai
- Bưu điện tỉnh thực hiện dịch vụ bưu chính công ích; Viettel Gia Lai bảo đảm đường truyền.
""")
    text = tables["documents"][0].text
    bullet = text.index("- Bưu điện tỉnh thực hiện")
    got = [(a.text, a.role) for a in tables["assignments"] if a.start > bullet]
    assert got == [("Bưu điện tỉnh", "requested"), ("Viettel Gia Lai", "responsible")]


def test_a_short_name_given_in_brackets_inside_a_list_keeps_the_list_one_subject(tmp_path):
    """`A, B, C (sau đây gọi là C'), D xác định …`: the bracket names no new body, all four act."""
    tables = parse(tmp_path, """I. MỤC ĐÍCH, YÊU CẦU

2. Yêu cầu
- Các Ban, Văn phòng Cục, Thuế các tỉnh, thành phố trực thuộc Trung ương (sau đây gọi là Thuế tỉnh, \
thành phố), Thuế doanh nghiệp lớn xác định đây là nhiệm vụ trọng tâm.""", issuer="BỘ TÀI CHÍNH|CỤC THUẾ",
                   symbol="CT", place="Hà Nội")
    assert roles(tables) == [("Các Ban", "responsible"), ("Văn phòng Cục", "responsible"),
                             ("Thuế các tỉnh, thành phố trực thuộc Trung ương", "responsible"),
                             ("Thuế doanh nghiệp lớn", "responsible")]


def test_a_doers_label_after_a_sentence_ending_in_a_number(tmp_path):
    """`… tại Quảng trường 2 Tháng 4. Thực hiện: X; Y.`: the label opens a sentence of its own; a
    body after the lead's `;` with a verb of its own does that work (`Y dàn dựng`)."""
    tables = parse(tmp_path, """I. NỘI DUNG

1. Chương trình chính
– 20h00: Lễ bế mạc tại Quảng trường 2 Tháng 4. Thực hiện: Tiểu ban Nội dung; Trung tâm Văn hóa - Nghệ thuật tỉnh.
– 20h00: Lễ khai mạc tại Quảng trường 2 Tháng 4.
Thực hiện: Tiểu ban Nội dung chủ trì; Trung tâm Văn hóa - Nghệ thuật tỉnh dàn dựng; phối hợp: Công an tỉnh.""")
    assert roles(tables) == [("Tiểu ban Nội dung", "lead"), ("Trung tâm Văn hóa - Nghệ thuật tỉnh", "lead"),
                             ("Tiểu ban Nội dung", "lead"), ("Trung tâm Văn hóa - Nghệ thuật tỉnh", "responsible"),
                             ("Công an tỉnh", "partner")]


def test_an_agency_line_over_a_tabbed_paragraph_is_a_lead_heading_whose_number_word_lost(tmp_path):
    """mp: a .docx copy lost the organisation section's numbers; each agency stands flush left
    over its duties, whose first line keeps Word's tab: the agency leads them."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
Phòng Văn hoá và Thông tin
\tChủ trì tuyên truyền về Tháng hành động trên địa bàn.
Công an huyện
\tBảo đảm an ninh, trật tự tại các điểm vui chơi.
""")
    assert [(a.agency, a.role) for a in tables["assignments"] if a.role == "lead"] == [
        ("Phòng Văn hóa và Thông tin", "lead"), ("Công an", "lead")]


def test_a_task_table_typed_with_dashes_gives_each_rows_agency_the_lead(tmp_path):
    """mh: `Đơn vị - Nhiệm vụ - Thời gian hoàn thành` over rows `Công an phường - Chủ trì …`:
    each row's first cell is the body that leads its duties; the row's wrapped line is not
    joined to the next row."""
    tables = parse(tmp_path, """IV. PHÂN CÔNG NHIỆM VỤ
Đơn vị - Nhiệm vụ - Thời gian hoàn thành
Trạm Y tế phường - Là cơ quan thường trực; chủ trì xây dựng kịch bản chi tiết, trình UBND
phường phê duyệt; chuẩn bị cơ số thuốc, vật tư sơ cứu - Trước ngày 05/5/2026
Công an phường - Chủ trì bảo đảm an ninh, trật tự trong thời gian diễn tập - Ngày 15/5/2026
""", issuer="ỦY BAN NHÂN DÂN|PHƯỜNG HOÀNG LIỆT", place="Hà Nội")
    assert [(a.agency, a.role) for a in tables["assignments"] if a.role == "lead"][:2] == [
        ("Trạm Y tế", "lead"), ("Công an", "lead")]


def test_the_bodies_listed_under_a_plain_line_of_request_are_requested(tmp_path):
    """`Ngoài các đơn vị trên, đề nghị:` / `- Bệnh viện …: cử …`: each body of the list is asked,
    as under a `Đề nghị …` heading; without that line the same bullet leads."""
    body = """IV. PHÂN CÔNG NHIỆM VỤ
1. Các đơn vị của phường
- Trạm Y tế phường: chủ trì xây dựng kịch bản.
{lead_in}- Bệnh viện Đa khoa Thanh Nhàn: cử 01 kíp cấp cứu tham gia diễn tập.
"""
    asked = parse(tmp_path, body.format(lead_in="Ngoài các đơn vị trên, đề nghị:\n"), place="Hà Nội")
    assert ("Bệnh viện Đa khoa Thanh Nhàn", "requested") in [(a.agency, a.role) for a in asked["assignments"]]
    plain = parse(tmp_path, body.format(lead_in=""), place="Hà Nội")
    assert ("Bệnh viện Đa khoa Thanh Nhàn", "lead") in [(a.agency, a.role) for a in plain["assignments"]]


def test_a_disaster_plans_chiu_trach_nhiem_line_names_its_leads(tmp_path):
    """A flood-season plan closes each task with `Chịu trách nhiệm:` and `Phối hợp thực hiện:`."""
    got = roles(parse(tmp_path, """II. NHIỆM VỤ
1. Công tác chỉ đạo
a) Kiện toàn Ban Chỉ huy Phòng thủ dân sự các cấp; ban hành quy chế hoạt động.
Chịu trách nhiệm: Sở Nông nghiệp và Môi trường; UBND các xã, phường, đặc khu.
Phối hợp thực hiện: Sở Nội vụ.
Thời gian hoàn thành: trước ngày 15/4/2026.
"""))
    assert ("Sở Nông nghiệp và Môi trường", "lead") in got
    assert ("UBND các xã, phường, đặc khu", "lead") in got
    assert ("Sở Nội vụ", "partner") in got


def test_a_group_after_phoi_hop_voi_is_a_partner(tmp_path):
    """`các trường` alone counts only in a list, but whoever one works with is a partner."""
    got = roles(parse(tmp_path, """II. TỔ CHỨC THỰC HIỆN
1. Công an huyện
Chỉ đạo Công an các xã, thị trấn phối hợp với các trường xác minh hộ khẩu của trẻ.
""", issuer="ỦY BAN NHÂN DÂN|HUYỆN CẨM GIÀNG", place="Cẩm Giàng"))
    assert ("các trường", "partner") in got


def test_a_work_said_to_be_done_by_a_body_makes_it_the_doer(tmp_path):
    """ob: `Lịch khám cụ thể do Ban CHPTKV thống nhất với …`: the body does it; not the bodies
    that only say which people a count leaves out."""
    got = roles(parse(tmp_path, """I. NHIỆM VỤ
1. Khám sức khỏe
- Lịch khám cụ thể do Ban CHPTKV thống nhất với Trung tâm Y tế khu vực, thông báo đến các xã.
- Chỉ tiêu không bao gồm đối tượng do Bộ Quốc phòng, Bộ Công an quản lý.
""", issuer="ỦY BAN NHÂN DÂN|TỈNH LÂM ĐỒNG", place="Lâm Đồng"))
    assert ("Ban CHPTKV", "responsible") in got
    assert not [g for g in got if g[0].startswith("Bộ")]


def test_a_middle_dot_bullet_and_a_label_ending_its_line(tmp_path):
    """oa: a `·` item under a heading is not joined to it; `phối hợp:` ending a line takes the next."""
    got = roles(parse(tmp_path, """I. NHIỆM VỤ
1. Quảng bá trên báo chí, mạng xã hội và các nền tảng số của tỉnh trong cả năm
· Sở Văn hóa và Thể thao vận hành Cổng thông tin du lịch của tỉnh và các kênh mạng xã hội.
2. Lịch sự kiện
> Tháng 02/2026: Chương trình đón đoàn khách quốc tế đầu tiên. Chủ trì: Sở Văn hóa và Thể thao; phối hợp:
> Sở Tài chính, Sở Y tế.
"""))
    assert ("Sở Văn hóa và Thể thao", "responsible") in got
    assert ("Sở Tài chính", "partner") in got and ("Sở Y tế", "partner") in got


def test_a_team_the_plan_sets_up_is_the_bare_word_after_it(tmp_path):
    """After `thành lập 09 Tổ công tác`, a later `Tổ công tác` alone is that team doing work;
    never set up, the bare generic word names no body."""
    tables = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Ban Chỉ đạo xã thành lập 09 Tổ công tác tại các ấp để rà soát nhà tạm.
2. Tổ công tác theo dõi, đôn đốc tiến độ và báo cáo Ban Chỉ đạo xã trước ngày 25 hằng tháng.""")
    assert ("Tổ công tác", "lead") in roles(tables)
    alone = parse(tmp_path, """I. TỔ CHỨC THỰC HIỆN
1. Ban Chỉ đạo xã rà soát nhà tạm tại các ấp.
2. Tổ công tác theo dõi, đôn đốc tiến độ và báo cáo Ban Chỉ đạo xã trước ngày 25 hằng tháng.""")
    assert not any(text == "Tổ công tác" for text, _ in roles(alone))


def test_a_reporting_schedule_makes_its_senders_responsible(tmp_path):
    """`STT | Loại báo cáo | Đơn vị báo cáo | Nơi nhận | Thời hạn`: each row is a report its
    senders must make, so they are responsible and the receiving body is report_to."""
    tables = parse(tmp_path, """I. CHẾ ĐỘ BÁO CÁO
| STT | Loại báo cáo | Đơn vị báo cáo | Nơi nhận | Thời hạn |
|---|---|---|---|---|
| 1 | Báo cáo kết quả tiêm chủng hằng tháng | Trạm Y tế xã | Trung tâm Kiểm soát bệnh tật tỉnh | Trước ngày 05 hằng tháng |
| 2 | Báo cáo sơ kết 6 tháng | Trung tâm Kiểm soát bệnh tật tỉnh | Sở Y tế | Trước ngày 15/6/2026 |""")
    found = roles(tables)
    assert ("Trạm Y tế xã", "responsible") in found
    assert ("Sở Y tế", "report_to") in found


def test_a_group_named_with_its_sector_before_its_verb_does_the_work(tmp_path):
    # (`trong lĩnh vực …` says which groups, as `trên địa bàn tỉnh` says where: the subject still
    # does what the verb after it names)
    tables = parse(tmp_path, """I. NHIỆM VỤ

1. Huy động nguồn lực

- Sở Tài chính chủ trì tham mưu bố trí kinh phí.
- Các tập đoàn, tổng công ty nhà nước trong lĩnh vực xây dựng, giao thông dành tối thiểu 2% tổng mức \
đầu tư cho các giải pháp tiết kiệm năng lượng.""")
    assert roles(tables) == [("Sở Tài chính", "lead"), ("Các tập đoàn, tổng công ty nhà nước", "responsible")]


def test_a_ministry_plan_names_the_doers_it_designates_asks_and_readies(tmp_path):
    # (`Đề nghị Chủ tịch UBND tỉnh …` asks the committee; `chỉ định X hỗ trợ` designates X to do it, and
    # the designating body does the step; a short name and the levels after it stand before the verb;
    # `sẵn sàng đáp ứng` is work)
    tables = parse(tmp_path, """III. NHIỆM VỤ

1. Tình huống 2
- Trung tâm Kiểm soát bệnh tật (CDC) các tỉnh, thành phố tăng cường giám sát ca bệnh viêm phổi nặng.
- Cục Quản lý Khám, chữa bệnh chỉ định Bệnh viện Bạch Mai, Bệnh viện Chợ Rẫy hỗ trợ chuyên môn.
- Đề nghị Chủ tịch UBND tỉnh nơi có dịch công bố dịch theo thẩm quyền.
- Sở Y tế chỉ đạo Trạm Y tế xã, phường sẵn sàng đáp ứng khi có ca bệnh.
""", issuer="BỘ Y TẾ|", symbol="BYT")
    got = roles(tables)
    assert ("Trung tâm Kiểm soát bệnh tật", "responsible") in got
    assert ("Cục Quản lý Khám, chữa bệnh", "responsible") in got
    assert ("Bệnh viện Bạch Mai", "responsible") in got and ("Bệnh viện Chợ Rẫy", "responsible") in got
    assert ("UBND tỉnh nơi có dịch", "requested") in got
    assert ("Trạm Y tế xã, phường", "responsible") in got


def test_a_standing_body_that_signs_its_report_and_a_port_heading_with_its_boat_owners(tmp_path):
    """Round 233 (tr, tp): `Thường trực HĐND phường ký Báo cáo, gửi …` does the work; `8. Các doanh
    nghiệp quản lý, khai thác cảng, bến; chủ tàu` heads its duties, the boat owners named beside it."""
    tables = parse(tmp_path, """I. TỔNG HỢP, BÁO CÁO KẾT QUẢ
1. Thường trực HĐND phường ký Báo cáo, gửi UBND phường trước ngày 25/6/2025.
II. TỔ CHỨC THỰC HIỆN
1. Các doanh nghiệp quản lý, khai thác cảng, bến; chủ tàu
- Bố trí nhân lực điều hành, bảo vệ tại cảng, bến hằng ngày.
""", issuer="ỦY BAN NHÂN DÂN|PHƯỜNG BÃI CHÁY", place="Bãi Cháy")
    assert ("Thường trực HĐND phường", "responsible") in roles(tables)
    assert ("Các doanh nghiệp quản lý, khai thác cảng, bến", "lead") in roles(tables)


def test_a_duty_rosters_turns_lead_though_they_open_with_a_headcount(tmp_path):
    # (people per shift, or standing duty, are the body's own work; a bare headcount of who takes
    # part is not; a count of quarter boards picked by a hazard keeps its count and qualifier)
    body = ("I. NHIỆM VỤ\n1. Chế độ trực\n- BCH PTDS phường tổ chức trực 24/24 giờ tại trụ sở UBND phường. Lịch trực cụ thể:\n"
            "+ Phòng Kinh tế, Hạ tầng và Đô thị: 02 cán bộ/ca, theo dõi mực nước tại trạm Phú An;\n"
            "+ Công an phường: 01 tổ 06 đồng chí/ca, trực 24/24 giờ;\n"
            "+ Ban điều hành 11 khu phố có nguy cơ ngập: trực tại khu phố khi triều đạt đỉnh.\n"
            "2. Lực lượng tham gia diễn tập\n+ Trạm Y tế phường: 05 người;\n")
    tables = parse(tmp_path, body, issuer="ỦY BAN NHÂN DÂN|PHƯỜNG BÌNH QUỚI", place="Thành phố Hồ Chí Minh")
    got = [(a.agency, a.role) for a in tables["assignments"] if a.section_id in ("I/1", "I/2")]
    assert ("Phòng Kinh tế, Hạ tầng và Đô thị", "lead") in got
    assert ("Công an", "lead") in got
    assert ("Ban điều hành 11 khu phố có nguy cơ ngập", "lead") in got
    assert not [a for a in got if a[0] == "Trạm Y tế"]


def test_a_bare_station_is_the_kind_the_plan_names_and_numbered_teams_listed_after_cac_are_one(tmp_path):
    # (`Trạm khu vực` after `Trạm Chăn nuôi và Thú y khu vực Lạc Sơn` names the kind of station, not
    # one of them; `Các Đội … số 1, 2, 3` opening an item is one actor with all its numbers)
    body = ("I. NHIỆM VỤ\n1. Chi cục Chăn nuôi và Thú y\n"
            "- Chỉ đạo các Trạm Chăn nuôi và Thú y khu vực Lạc Sơn, Tân Sơn giám sát ổ dịch.\n"
            "2. Các Trạm khu vực\n- Tổng hợp số lợn tiêu hủy, báo cáo Chi cục trước ngày 20 hằng tháng.\n"
            "3. Phòng Cảnh sát giao thông\n- Các Đội CSGT đường bộ số 1, 2, 3 tổ chức tuần tra trên quốc lộ.\n")
    tables = parse(tmp_path, body, issuer="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG|TỈNH PHÚ THỌ", place="Phú Thọ")
    got = {(a.section_id, a.agency, a.role) for a in tables["assignments"]}
    assert ("I/2", "Trạm Chăn nuôi và Thú y khu vực", "lead") in got, got
    assert ("I/2", "Chi cục Chăn nuôi và Thú y", "report_to") in got, got
    assert [a.agency for a in tables["assignments"] if a.section_id == "I/3" and "Đội" in a.agency] == \
        ["Đội Cảnh sát giao thông đường bộ số 1, 2, 3"], got


def test_the_ministries_as_a_group_after_a_report_cue_are_addressed(tmp_path):
    # (a report cue skips plural actors, the units a plan sends things to; the ministries stand above it)
    body = ("I. NHIỆM VỤ\n1. Sở Tư pháp\n- Rà soát thủ tục hành chính, báo cáo UBND tỉnh, các bộ, cơ quan ngang bộ "
            "kiến nghị sửa đổi trước ngày 30/6/2027.\n- Sở Tư pháp không thẩm định hồ sơ dự thảo chưa được đánh giá tác động.\n")
    tables = parse(tmp_path, body, issuer="ỦY BAN NHÂN DÂN|TỈNH VĨNH LONG", place="Vĩnh Long")
    got = {(a.agency, a.role) for a in tables["assignments"]}
    assert ("Các bộ, cơ quan ngang bộ", "report_to") in got, got
    text = tables["documents"][0].text
    assert [a.role for a in tables["assignments"] if text[a.end:a.end + 16] == " không thẩm định"] == ["responsible"], got
