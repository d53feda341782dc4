"""Bad input becomes an errors row with a clear message; good files still parse."""

import codecs
import unicodedata

import pyarrow.parquet as pq
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.ingest.text import contract_text

from .conftest import SAMPLES

PLAN = (SAMPLES / "000_25e9fe8b076cffd0.txt").read_text(encoding="utf-8")


def parse_folder(folder, out):
    result = CliRunner().invoke(main, ["parse", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return {p.stem: pq.read_table(p).to_pylist() for p in out.glob("*.parquet")}


def test_contract_text_changes_only_what_the_contract_allows():
    assert contract_text("\ufeffa\r\nb\rc") == "a\nb\nc"
    nfd = unicodedata.normalize("NFD", "Khánh Hòa")
    assert contract_text(nfd) == "Khánh Hòa"
    assert contract_text("**hoá**  x") == "**hoá**  x"  # no markdown stripping, no tone change


def test_a_mixed_folder_gives_errors_rows_and_parses_every_good_file(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "good.txt").write_text(PLAN, encoding="utf-8")
    (src / "sub" / "bom.txt").write_bytes(codecs.BOM_UTF8 + PLAN.encode("utf-8"))
    (src / "utf16.txt").write_bytes(PLAN.encode("utf-16"))
    (src / "empty.txt").write_bytes(b"")
    (src / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (src / "latin1.txt").write_bytes("Kế hoạch".encode()[:-1] + b"\xff\xfe rest")
    (src / "report.xlsx").write_bytes(b"PK\x03\x04")
    tables = parse_folder(src, tmp_path / "out")

    assert sorted(d["source_path"] for d in tables["documents"]) == ["good.txt", "sub/bom.txt", "utf16.txt"]
    errors = {e["source_path"]: e for e in tables["errors"]}
    assert errors["empty.txt"]["error_type"] == "empty_file"
    assert errors["blank.txt"]["error_type"] == "empty_file"
    assert errors["binary.txt"]["error_type"] == "binary_file"
    assert errors["latin1.txt"]["error_type"] == "undecodable"
    assert "UTF-8" in errors["latin1.txt"]["message"]
    assert errors["report.xlsx"]["error_type"] == "unsupported_format"
    texts = {d["source_path"]: d["text"] for d in tables["documents"]}
    assert texts["good.txt"] == texts["sub/bom.txt"] == texts["utf16.txt"]


def test_two_runs_give_identical_tables(tmp_path):
    first = parse_folder(SAMPLES, tmp_path / "a")
    second = parse_folder(SAMPLES, tmp_path / "b")
    assert first == second


def test_an_interrupted_write_leaves_the_previous_tables(tmp_path, monkeypatch):
    out = tmp_path / "out"
    before = parse_folder(SAMPLES, out)

    def explode(*_):
        raise RuntimeError("killed mid-run")

    monkeypatch.setattr("pipeline.engine.parse_one", explode)
    result = CliRunner().invoke(main, ["parse", str(SAMPLES), "--out", str(out), "--full"])
    assert result.exit_code != 0
    after = {p.stem: pq.read_table(p).to_pylist() for p in out.glob("*.parquet")}
    assert after == before
    assert not [p for p in out.iterdir() if "partial" in p.name]


def test_a_failing_extractor_is_an_errors_row_and_the_rest_is_written(tmp_path, monkeypatch):
    from pipeline import document

    def broken(ctx):
        raise ValueError("boom")

    monkeypatch.setitem(document.EXTRACTORS, "targets", broken)
    src = tmp_path / "in"
    src.mkdir()
    (src / "plan.txt").write_text(PLAN, encoding="utf-8")
    tables = parse_folder(src, tmp_path / "out")
    assert len(tables["documents"]) == 1 and tables["sections"]
    [error] = tables["errors"]
    assert error["error_type"] == "targets_failed" and "boom" in error["message"]


def test_the_working_copy_blanks_markup_and_keeps_every_offset():
    """Markdown from pandoc, web copies and LLMs: the working copy (same length as
    documents.text) reads as a plain plan; text that only looks like markup stays."""
    from pipeline.normalise import textmap

    cases = {
        "## I. MỤC TIÊU": "   I. MỤC TIÊU",
        "1\\. Sở Y tế": "1.  Sở Y tế",
        "a\\) Sở Y tế chủ trì": "a)  Sở Y tế chủ trì",
        "    \\- Bộ Y tế (Cục Dân số);\\": "     - Bộ Y tế (Cục Dân số); ",
        "| 5 | Tỷ số tử vong mẹ | \\< 30 |": "  5   Tỷ số tử vong mẹ    < 30  ",
        "|:---:|:---|": "            ",
        "***Nơi nhận:***": "   Nơi nhận:   ",
        "[Nơi nhận:]{.underline}": " Nơi nhận:             ",
        "__Sở Nội vụ__ chủ trì<br>": "  Sở Nội vụ   chủ trì    ",
        # not markup: a word's underscore, a blank to fill in, a backslash before a letter
        "vp_ubnd@gialai.gov.vn": "vp_ubnd@gialai.gov.vn",
        "Số: ___/KH-UBND ngày ___ tháng": "Số: ___/KH-UBND ngày ___ tháng",
        "Lưu: VT\\TH": "Lưu: VT\\TH",
    }
    for written, working in cases.items():
        assert textmap.build(written).text == working, written


def test_page_footers_and_numbers_of_a_pdf_are_blanked_and_the_sentence_joined():
    """A PDF's running footer and the page number below it, inside a sentence: blanked,
    and the sentence goes on across them; a number alone on a line elsewhere stays."""
    from pipeline.normalise import textmap

    text = ("a) Phòng Nội vụ chủ trì đánh giá cán bộ theo\nKế hoạch CCHC năm 2025 - Trang 2\n3\n"
            "quy định; kiểm tra tại ít nhất 06 cơ quan.\n")
    work = textmap.build(text)
    assert work.text == text.replace("\nKế hoạch CCHC năm 2025 - Trang 2\n3\n", " " * 36, 1)
    # a bare page number where the sentence runs on, with no footer
    assert textmap.build("bảo hiểm y tế\n2\ntrên Cổng thông tin.").text == "bảo hiểm y tế   trên Cổng thông tin."
    # not a page number: a count alone on a line between sentences, a heading that begins `Trang`
    for kept in ("Số đội xung kích:\n2\nSố thôn: 8.", "Kế hoạch năm 2025.\nTrang bị 02 máy phát điện."):
        assert textmap.build(kept).text == kept


def test_a_tab_separated_table_keeps_one_row_a_line_and_is_known_as_a_table():
    """A Word table copied as text: one row a line, cells between tabs, empty cells kept.
    Its rows are never joined as wraps (a row opens with its number) and are listed in
    `table_rows`; one tab that only aligns a line is no table."""
    from pipeline.normalise import textmap

    text = ("Các nhiệm vụ được phân công theo bảng sau:\n"
            "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
            "1\tXây dựng nội dung tuyên truyền\tVăn phòng - Thống kê phường\tĐoàn Thanh niên phường\tThường xuyên\n"
            "2\tDuy trì đội hình thanh niên tình nguyện\tĐoàn Thanh niên phường\t\tHằng tuần\n"
            "3\tBố trí kinh phí thực hiện Kế hoạch\tBộ phận Tài chính - Kế toán phường\t\t\n"
            "+ Tựu trường:\tngày 28/8/2025\n"
            "và khai giảng ngày 05/9/2025.\n")
    work = textmap.build(text)
    # (a line with one tab is no row: the wrapped line below it is joined)
    assert work.text == text.replace("2025\nvà", "2025 và")
    rows = [work.text[line.start:line.end].split("\t")[0] for line in work.lines if line.start in work.table_rows]
    assert rows == ["STT", "1", "2", "3"]
