"""`Ð`/`ð` (Latin Eth, U+00D0/U+00F0) written for `Đ`/`đ`, as old converted plans do:
documents.text keeps them, the working copy and canonical fields read `Đ`/`đ`, and
the TCVN3 repair (where `Ð` is `é`) does not fire on such a valid Unicode plan."""

from pipeline.ingest import encodings, text
from pipeline.normalise import textmap

PLAN = ("Căn cứ Nghị định số 20/2014/NÐ-CP ngày 24/3/2014 của Chính phủ;\n"
        "Ðoàn Thanh niên phường phối hợp với các ðơn vị.\n"
        "Nơi nhận:\n- Sở GD&ÐT tỉnh (b/c);\n- Thường trực HÐND phường;\n")


def test_a_unicode_plan_with_eth_keeps_it_as_written():
    written, font = text.unicode_text(PLAN)
    assert written == PLAN and font == "UTF-8"  # not `Sở GD&éT`, not `NÉ-CP`


def test_the_working_copy_reads_eth_as_d():
    work = textmap.build(PLAN)
    assert work.original == PLAN and len(work.text) == len(PLAN)
    assert "20/2014/NĐ-CP" in work.text and "Đoàn Thanh niên" in work.text and "đơn vị" in work.text
    assert "Ð" not in work.text and "ð" not in work.text


def test_a_tcvn3_run_with_its_e_acute_code_still_converts():
    # TCVN3 writes `é` as the byte that shows as `Ð`: `phÐp` is `phép`
    fixed, font = encodings.fix_legacy_runs("KÕ ho¹ch thùc hiÖn c¸c nhiÖm vô ®Ó cho phÐp triÓn khai\n")
    assert font and "phép" in fixed and "Kế hoạch" in fixed


def test_a_reference_written_with_eth_has_its_number_in_d(tmp_path):
    from .test_references import references

    rows = references(tmp_path, "1. Phổ biến pháp luật.", opening=(
        "Căn cứ Nghị định số 20/2014/NÐ-CP ngày 24/3/2014 của Chính phủ; Quyết định số 1373/QÐ-TTg ngày "
        "30/7/2021 của Thủ tướng Chính phủ; Ủy ban nhân dân xã ban hành Kế hoạch như sau:"))
    assert [(r.text, r.number) for r in rows if r.number != "155/QĐ-TTg"] == [
        ("Nghị định số 20/2014/NÐ-CP", "20/2014/NĐ-CP"), ("Quyết định số 1373/QÐ-TTg", "1373/QĐ-TTg")]
