"""Word, PDF, web pages and legacy encodings give the same tables as the UTF-8 text.

The fixtures are made from the five samples by tests/fixtures/formats/build.py.
Values are compared, not offsets: extracted text is laid out differently.
"""

from collections import Counter
from functools import cache
from pathlib import Path

import pytest
import yaml

from pipeline.document import parse_document
from pipeline.ingest import encodings, read_source
from tests.fixtures.formats import build

from .conftest import SAMPLES

STEMS = sorted(p.stem for p in SAMPLES.glob("*.txt"))
# what must agree between a sample and the same plan in another format
KEYS = {
    "sections": ("section_id", "marker", "level"),
    "targets": ("value", "comparator", "unit_kind", "target_year", "indicator_code"),
    "assignments": ("role", "agency"),
    "deadlines": ("kind", "date", "recurrence"),
    "references": ("number", "ref_type", "issued_date"),
}
SAME_LINES = ["docx", "html", "tcvn3.txt", "vni.txt", "viscii.txt", "windows1258.txt"]


@pytest.fixture(scope="session")
def formats() -> Path:
    return build.build()


@cache
def values(path: Path, name: str) -> dict[str, Counter]:
    parsed = parse_document(path, name)
    assert not parsed.tables["errors"], [e.message for e in parsed.tables["errors"]]
    for doc in parsed.tables["documents"]:
        for table in KEYS:
            for row in parsed.tables[table]:
                assert doc.text[row.start:row.end] == getattr(row, "text", doc.text[row.start:row.end])
    return {t: Counter(tuple(getattr(r, k) for k in keys) for r in parsed.tables[t]) for t, keys in KEYS.items()}


@pytest.mark.parametrize("variant", SAME_LINES)
@pytest.mark.parametrize("stem", STEMS)
def test_same_tables_as_the_utf8_text(formats, stem, variant):
    expected = values(SAMPLES / f"{stem}.txt", "utf8")
    got = values(formats / f"{stem}.{variant}", variant)
    for table in KEYS:
        assert got[table] == expected[table], (table, expected[table] - got[table], got[table] - expected[table])


@pytest.mark.parametrize("stem", STEMS)
def test_pdf_gives_the_same_sections_targets_deadlines_and_references(formats, stem):
    """Lines are re-wrapped to the page in a PDF; who does what is found all the same,
    only the role of an agency named across a line break may read differently."""
    expected = values(SAMPLES / f"{stem}.txt", "utf8")
    got = values(formats / f"{stem}.pdf", "pdf")
    for table in ("sections", "targets", "deadlines", "references"):
        assert got[table] == expected[table], (table, expected[table] - got[table], got[table] - expected[table])
    agencies = lambda c: {agency for _, agency in c}  # noqa: E731
    assert agencies(got["assignments"]) == agencies(expected["assignments"])


def test_pdf_drops_running_header_and_page_numbers_and_maps_pages(formats):
    source = read_source(formats / "001_e811580e2aaa4785.pdf", "plan.pdf")
    assert source.source_format == "pdf"
    assert "Cổng thông tin điện tử" not in source.text
    assert "Trang 1/" not in source.text and "Trang 2/" not in source.text
    assert len(source.pages) > 3
    starts = [start for start, _ in source.pages]
    assert starts == sorted(starts) and source.pages[-1][1] == len(source.text)
    sample = (SAMPLES / "001_e811580e2aaa4785.txt").read_text(encoding="utf-8")
    last_words = " ".join(sample.split()[-6:])
    last_page = source.text[source.pages[-1][0]:source.pages[-1][1]]
    assert " ".join(last_page.split()[-6:]) == last_words


def test_pdf_records_get_a_page_through_the_pages_table(formats):
    parsed = parse_document(formats / "001_e811580e2aaa4785.pdf", "plan.pdf")
    pages = parsed.tables["pages"]
    assert [p.page for p in pages] == list(range(1, len(pages) + 1))
    target = parsed.tables["targets"][-1]
    [page] = [p for p in pages if p.start <= target.start < p.end]
    assert page.page > 1


def test_html_keeps_the_plan_and_drops_the_site(formats):
    source = read_source(formats / "000_25e9fe8b076cffd0.html", "plan.html")
    assert source.source_format == "html"
    assert "KẾ HOẠCH" in source.text and "Quyết định số 155/QĐ-TTg" in source.text
    for furniture in ("Trang chủ", "Văn bản liên quan", "999/QĐ-UBND", "Chia sẻ", "Bản quyền", "quảng cáo", "color: red"):
        assert furniture not in source.text


def test_word_auto_numbering_comes_back_as_the_labels_word_shows(formats):
    source = read_source(formats / "auto_numbered_plan.docx", "plan.docx")
    lines = source.text.split("\n")
    for label in ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "II. NHIỆM VỤ, GIẢI PHÁP",
                  "1. Công tác truyền thông", "a) Sở Y tế chủ trì", "b) Ủy ban nhân dân các huyện",
                  "2. Khám sức khỏe định kỳ", "III. TỔ CHỨC THỰC HIỆN", "- Nâng cao nhận thức"):
        assert any(line.startswith(label) for line in lines), label
    parsed = parse_document(formats / "auto_numbered_plan.docx", "plan.docx")
    ids = [s.section_id for s in parsed.tables["sections"]]
    assert ids[:3] == ["I", "I/1", "I/2"] and "II/1/a" in ids and "II/1/b" in ids and "III" in ids


def test_word_tables_become_one_line_per_row(formats):
    text = read_source(formats / "auto_numbered_plan.docx", "plan.docx").text
    assert "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm" in text
    assert ("1 | Truyền thông về chăm sóc người cao tuổi | Sở Y tế | Sở Thông tin và Truyền thông | "
            "Quý II/2024 | Tin, bài") in text.split("\n")
    assert "Số: 45/KH-UBND | Quảng Trị, ngày 10 tháng 3 năm 2024" in text


def test_vntime_fonts_in_word_are_converted_by_their_font(formats):
    source = read_source(formats / "vntime_fonts.docx", "vntime.docx")
    sample = (SAMPLES / "000_25e9fe8b076cffd0.txt").read_text(encoding="utf-8")
    assert source.encoding == "TCVN3"
    assert "KẾ HOẠCH" in source.text and "Triển khai thực hiện Quyết định số 155/QĐ-TTg" in source.text
    # VN3 has no Ủ: typists wrote Uỷ, which canonical spelling turns back into Ủy
    assert source.text.replace("Uỷ", "Ủy").split() == sample.split()


def test_a_text_mixing_unicode_and_tcvn3_runs_comes_out_whole(formats):
    source = read_source(formats / "mixed_unicode_tcvn3.txt", "mixed.txt")
    sample = (SAMPLES / "000_25e9fe8b076cffd0.txt").read_text(encoding="utf-8")
    assert source.encoding == "TCVN3"
    assert source.text.replace("Uỷ", "Ủy") == sample


def test_encoding_is_found_by_what_the_text_reads_like_not_the_file_name(tmp_path, formats):
    disguised = tmp_path / "ke-hoach.md"
    disguised.write_bytes((formats / "000_25e9fe8b076cffd0.vni.txt").read_bytes())
    source = read_source(disguised, "ke-hoach.md")
    assert source.encoding == "VNI" and "Kế hoạch" in source.text


def test_legacy_words_inside_unicode_are_converted_line_by_line():
    text, name = encodings.fix_legacy_runs("KÕ HO¹CH\nTriÓn khai c¸c nhiÖm vô cña Uû ban nh©n d©n tØnh\nKế hoạch số 5")
    assert name == "TCVN3"
    assert text == "KẾ HOẠCH\nTriển khai các nhiệm vụ của Uỷ ban nhân dân tỉnh\nKế hoạch số 5"
    vni, name = encodings.fix_legacy_runs("Keá hoaïch trieån khai caùc nhieäm vuï cuûa UÛy ban nhaân daân tænh")
    assert (vni, name) == ("Kế hoạch triển khai các nhiệm vụ của Ủy ban nhân dân tỉnh", "VNI")


def _shown_as_windows_1252(text: str) -> str:
    """What a UTF-8 text becomes when opened as Windows-1252 and saved again as UTF-8 (the bytes
    that code page leaves undefined show as C1 controls, as browsers and editors show them)."""
    shown = []
    for b in text.encode("utf-8"):
        try:
            shown.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            shown.append(chr(b))
    return "".join(shown)


def test_a_plan_whose_utf8_was_read_as_windows_1252_reads_as_it_was_written(tmp_path):
    sample = (SAMPLES / "000_25e9fe8b076cffd0.txt").read_text(encoding="utf-8")
    garbled = tmp_path / "ke-hoach.txt"
    garbled.write_text(_shown_as_windows_1252(sample), encoding="utf-8")
    assert "Káº¾ HOáº" in garbled.read_text(encoding="utf-8")
    source = read_source(garbled, "ke-hoach.txt")
    assert source.encoding == encodings.UTF8_SHOWN_AS_WINDOWS_1252
    assert source.text == read_source(SAMPLES / "000_25e9fe8b076cffd0.txt", "000.txt").text


def test_latin_one_symbols_a_plan_writes_side_by_side_are_no_garbled_utf8():
    text = "Nhiệt độ 25°C, diện tích 35,4 m², “Tháng hành động” – năm 2026 … ½ ngày; café Â“ once"
    assert encodings.fix_utf8_shown_as_windows_1252(text) == (text, False)


def test_plain_unicode_and_foreign_words_are_left_alone():
    text = "Sở Y tế chủ trì; ASEAN, COVID-19, café, naïve, 35,4 m² sàn/người × 2"
    assert encodings.fix_legacy_runs(text) == (text, None)


def test_middle_dot_bullets_of_a_unicode_plan_stay_bullets():
    text = ("· Phòng Kinh tế chủ trì rà soát thủ tục hành chính;\n· Trung tâm Phục vụ hành chính công xã niêm yết;\n"
            "· Công an xã phối hợp xác minh;\n· Ban nhân dân các ấp theo dõi địa bàn.\n")
    assert encodings.fix_legacy_runs(text) == (text, None)


# ---- the mapping tables in rules/encodings/ ------------------------------------------

VIETNAMESE_LOWER = "aáàảãạăắằẳẵặâấầẩẫậeéèẻẽẹêếềểễệiíìỉĩịoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữựyýỳỷỹỵđ"
VIETNAMESE = set(VIETNAMESE_LOWER + VIETNAMESE_LOWER.upper()) - set("aeiouyAEIOUY")


def _table(key):
    return yaml.safe_load((encodings.ENCODINGS_DIR / f"{key}.yaml").read_text(encoding="utf-8"))


def test_viscii_and_vni_spell_every_vietnamese_letter_once():
    assert set(_table("viscii")["bytes"].values()) == VIETNAMESE
    assert len(_table("viscii")["bytes"]) == len(VIETNAMESE)
    assert set(_table("vni")["sequences"].values()) == VIETNAMESE | set("íìÍÌ")


def test_tcvn3_has_every_lowercase_letter_and_its_seven_capitals():
    letters = _table("tcvn3")["letters"]
    assert set(letters.values()) == {c for c in VIETNAMESE if c.islower()} | set("ĂÂÊÔƠƯĐ")
    assert all(len(code) == 1 and 0xA1 <= ord(code) <= 0xFF for code in letters)


def test_windows_1258_tone_bytes_are_the_five_combining_marks():
    table = _table("windows1258")
    for byte, mark in table["tone_bytes"].items():
        assert bytes([int(byte, 16)]).decode(table["codec"]) == mark
    assert encodings.legacy("windows1258").decode("Vie\xa3\xf2t".encode("latin-1")) != ""


@pytest.mark.parametrize("key", build.LEGACY)
def test_each_legacy_encoding_round_trips_the_alphabet(key):
    sentence = "Kế hoạch Ủy ban nhân dân tỉnh Khánh Hòa đạt trên 95% người dân được hưởng ưu đãi"
    data = build.encode_legacy(sentence * 3, key)
    text, name = encodings.decode_legacy(data)
    assert name == encodings.legacy(key).name
    assert text.replace("Uỷ", "Ủy") == sentence * 3
