"""A plan forwarded by mail reads as the plan: quote marks, forwarded headers and the
sender's signature are blanked in the working copy, at the same offsets."""

from pipeline.normalise import textmap

FORWARDED = (
    "---------- Forwarded message ---------\n"
    "From: Văn thư Sở Nội vụ <vanthu.snv@thanhhoa.gov.vn>\n"
    "Date: Th 3, 13 thg 1, 2026 lúc 10:15\n"
    "Subject: Fwd: KH so hoa\n"
    "\n"
    "> Từ: Văn phòng Cục [mailto:vanphong@archives.gov.vn]\n"
    "> Đã gửi: Thứ Hai, 12 tháng 1, 2026 8:47 SA\n"
    "> Chủ đề: Kế hoạch số hóa tài liệu lưu trữ giai\n"
    "đoạn 2026-2027\n"
    ">\n"
    ">> KẾ HOẠCH\n"
    ">>I. MỤC ĐÍCH, YÊU CẦU\n"
    "> > 1. Mục đích\n"
    "> Phạm Hữu Tuấn\n"
    "> --\n"
    "> Văn phòng Cục Văn thư và Lưu trữ nhà nước\n"
)


def _line(work, text):
    start = work.original.index(text)
    return work.text[work.original.rfind("\n", 0, start) + 1:work.original.find("\n", start)]


def test_quote_marks_of_any_depth_are_blanked_in_place():
    work = textmap.build(FORWARDED)
    assert len(work.text) == len(FORWARDED)
    assert _line(work, "KẾ HOẠCH").strip() == "KẾ HOẠCH"
    assert _line(work, "I. MỤC ĐÍCH").lstrip().startswith("I. MỤC ĐÍCH")
    assert _line(work, "1. Mục đích").lstrip().startswith("1. Mục đích")


def test_forwarded_headers_and_signature_are_blanked():
    work = textmap.build(FORWARDED)
    for gone in ("Forwarded message", "vanthu.snv", "Subject", "Đã gửi", "Chủ đề", "đoạn 2026-2027",
                 "Văn phòng Cục Văn thư"):
        assert not _line(work, gone).strip(), gone
    assert _line(work, "Phạm Hữu Tuấn").strip() == "Phạm Hữu Tuấn"


def test_a_plan_without_mail_keeps_its_lines():
    plan = "Từ: 7h30\nĐến: 11h00\n- Tỷ lệ bao phủ\n> 95%\n-- \nSở Y tế chủ trì\n"
    assert textmap.build(plan).text.replace("\n", " ").split() == plan.replace("\n", " ").split()
