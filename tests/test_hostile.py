"""Hostile and broken input: each case gives the errors row it should, fast, and
never stops the batch; random and mutated text never breaks the offset rule."""

import io
import os
import random
import time
import unicodedata
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import document, rules
from pipeline.cli import main
from pipeline.document import parse_document
from tests.fixtures.formats import build

from .conftest import SAMPLES

PLAN = (SAMPLES / "000_25e9fe8b076cffd0.txt").read_text(encoding="utf-8")
SPAN_TABLES = ("sections", "targets", "assignments", "tasks", "deadlines", "references")


def only_error(path: Path, name: str | None = None) -> tuple[str, str]:
    """Parse one file that must fail: its single errors row, and nothing else."""
    rules.load_all()  # the process's one-time cost, not the hostile file's
    began = time.perf_counter()
    parsed = parse_document(path, name or path.name)
    assert time.perf_counter() - began < 5, "a hostile file must be turned away quickly"
    assert not parsed.tables["documents"], "a broken file must not look parsed"
    [error] = parsed.tables["errors"]
    assert error.source_path == (name or path.name)
    return error.error_type, error.message


def offsets_hold(parsed) -> None:
    texts = {d.doc_id: d.text for d in parsed.tables["documents"]}
    for table in SPAN_TABLES:
        for row in parsed.tables[table]:
            text = texts[row.doc_id]
            assert 0 <= row.start <= row.end <= len(text)
            if hasattr(row, "text"):
                assert text[row.start:row.end] == row.text


# ---- empty, binary, truncated, oversized -------------------------------------------

def test_empty_and_whitespace_only_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text(" \n\t\r\n\u3000\n", encoding="utf-8")
    assert only_error(tmp_path / "empty.txt")[0] == "empty_file"
    assert only_error(tmp_path / "blank.md")[0] == "empty_file"


def test_a_word_file_with_no_text_is_empty_not_parsed(tmp_path):
    import docx

    docx.Document().save(str(tmp_path / "blank.docx"))
    assert only_error(tmp_path / "blank.docx")[0] == "empty_file"


def test_binary_junk_named_txt(tmp_path):
    (tmp_path / "scan.txt").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "noise.txt").write_bytes(random.Random(8).randbytes(4096).replace(b"\x00", b"\x01"))
    assert only_error(tmp_path / "scan.txt")[0] == "binary_file"
    error_type, message = only_error(tmp_path / "noise.txt")
    assert error_type in ("undecodable", "binary_file") and ("UTF-8" in message or "text" in message)


def test_a_truncated_docx(tmp_path):
    whole = (build.build() / "000_25e9fe8b076cffd0.docx").read_bytes()
    (tmp_path / "cut.docx").write_bytes(whole[: len(whole) // 2])
    error_type, message = only_error(tmp_path / "cut.docx")
    assert error_type == "corrupt_docx" and "save it again" in message


def test_a_zip_that_is_not_a_word_document(tmp_path):
    with zipfile.ZipFile(tmp_path / "other.docx", "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    assert only_error(tmp_path / "other.docx")[0] == "corrupt_docx"


def test_a_docx_zip_bomb_is_refused_before_inflating(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b" " * (64 * 2**20))
    (tmp_path / "bomb.docx").write_bytes(buffer.getvalue())
    assert (tmp_path / "bomb.docx").stat().st_size < 2**20
    error_type, message = only_error(tmp_path / "bomb.docx")
    assert error_type == "zip_bomb" and "refused" in message


def test_a_password_protected_word_file(tmp_path):
    (tmp_path / "locked.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    error_type, message = only_error(tmp_path / "locked.docx")
    assert error_type == "encrypted_or_old_word" and "password" in message


def test_an_old_word_doc_says_to_convert_it(tmp_path):
    (tmp_path / "ke hoach.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    error_type, message = only_error(tmp_path / "ke hoach.doc")
    assert error_type == "doc_format" and ".docx" in message


def test_an_encrypted_pdf(tmp_path):
    build.write_pdf(PLAN, tmp_path / "locked.pdf", encrypt_with="matkhau")
    error_type, message = only_error(tmp_path / "locked.pdf")
    assert error_type == "encrypted_pdf" and "password" in message


def test_a_scanned_pdf_needs_ocr_and_is_not_an_empty_document(tmp_path):
    build.write_scanned_pdf(tmp_path / "scan.pdf")
    error_type, message = only_error(tmp_path / "scan.pdf")
    assert error_type == "needs_ocr" and "OCR" in message


def test_a_pdf_that_is_not_one(tmp_path):
    (tmp_path / "fake.pdf").write_bytes(b"<html>not a pdf</html>")
    (tmp_path / "cut.pdf").write_bytes((build.build() / "000_25e9fe8b076cffd0.pdf").read_bytes()[:3000])
    assert only_error(tmp_path / "fake.pdf")[0] == "corrupt_pdf"
    assert only_error(tmp_path / "cut.pdf")[0] in ("corrupt_pdf", "needs_ocr")


def test_a_50_mb_text_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.write(PLAN.encode("utf-8"))
        f.truncate(50 * 2**20)
    error_type, message = only_error(big)
    assert error_type == "too_large" and "50.0 MB" in message


def test_a_single_million_character_line(tmp_path):
    line = tmp_path / "one-line.txt"
    line.write_text((PLAN.replace("\n", " ") * 200)[:1_000_000], encoding="utf-8")
    error_type, message = only_error(line)
    assert error_type == "line_too_long" and "1,000,000" in message


# ---- regexes under a time budget --------------------------------------------------

def _with_an_evil_rule(tmp_path, monkeypatch) -> Path:
    """A document, and a deadlines extractor whose rule backtracks without end on it."""
    evil = rules._compile({"id": "test.evil", "pattern": r"(?:[\w\s]+[\w\s]+)+\d", "examples": {"match": ["a1"]}}, {})

    def explode(ctx):
        list(evil.finditer(ctx.working))
        return {}

    crafted = tmp_path / "crafted.txt"
    crafted.write_text(PLAN + "\n" + "Sở Y tế chủ trì phối hợp " * 200 + "!\n", encoding="utf-8")
    # parsed once with the real rules first: a process's first plan also compiles the rules'
    # anchored forms (no budget counts that, but the tests' wall-clock bounds would)
    parse_document(crafted, "crafted.txt")
    monkeypatch.setitem(document.EXTRACTORS, "deadlines", explode)
    return crafted


def _only_the_evil_extractor_failed(parsed) -> None:
    [error] = parsed.tables["errors"]
    assert error.error_type == "rule_timeout"
    assert parsed.tables["documents"] and parsed.tables["sections"] and parsed.tables["references"]


def test_a_rule_that_backtracks_forever_is_an_errors_row_and_the_rest_parses(tmp_path, monkeypatch):
    crafted = _with_an_evil_rule(tmp_path, monkeypatch)
    # a budget far above the real stages' ≤ 0.03 s, so that a full garbage collection of a
    # long test session's heap inside one of them cannot spend it
    monkeypatch.setattr(document, "STAGE_BUDGET_S", 1.0)
    monkeypatch.setattr(rules, "REGEX_TIMEOUT_S", 1000.0)  # the stage's budget stops it, not the call's
    began = time.perf_counter()
    parsed = parse_document(crafted, "crafted.txt")
    assert time.perf_counter() - began < 10
    _only_the_evil_extractor_failed(parsed)
    assert rules.REGEX_TIMEOUT_S == 1000.0  # the per-call timeout is back after the budget


def test_the_budget_is_cpu_time_so_a_busy_machine_does_not_fail_a_plan(tmp_path, monkeypatch):
    # a stage kept waiting (here: asleep, as when other processes hold the cores) spends no budget
    crafted = _with_an_evil_rule(tmp_path, monkeypatch)

    def kept_waiting(ctx):
        time.sleep(1.5)
        return {}

    monkeypatch.setitem(document.EXTRACTORS, "deadlines", kept_waiting)
    monkeypatch.setattr(document, "STAGE_BUDGET_S", 1.0)
    parsed = parse_document(crafted, "crafted.txt")
    assert parsed.tables["errors"] == [] and parsed.tables["documents"]


def _burn_cpu(seconds: float) -> None:
    began = time.process_time()
    while time.process_time() - began < seconds:
        pass


def test_compiling_a_rules_anchored_form_spends_no_stage_budget(monkeypatch):
    # a process's first plan compiles the anchored forms of the rules it meets: ~20 s of CPU
    # that once made that plan's agencies stage an errors row
    rule = rules._compile({"id": "test.fresh", "pattern": r"Sở \p{Lu}\w+", "examples": {"match": ["Sở Nội"]}}, {})

    def slow_anchored(pattern):
        _burn_cpu(1.2)
        return None

    monkeypatch.setattr(rules, "_anchored", slow_anchored)
    compiled = []
    with pytest.raises(TimeoutError):
        with rules.time_budget(0.8):
            compiled.append(rule.at)  # the compiling does not spend the 0.8 s
            _burn_cpu(1.2)  # the stage's own work does: the budget runs on after it
    assert compiled == [rule.pattern]


def test_off_the_main_thread_each_rule_call_keeps_its_own_timeout(tmp_path, monkeypatch):
    # Dask runs documents in a worker's threads, where no timer signal can be caught
    crafted = _with_an_evil_rule(tmp_path, monkeypatch)
    monkeypatch.setattr(document, "STAGE_BUDGET_S", 1000.0)
    monkeypatch.setattr(rules, "REGEX_TIMEOUT_S", 0.2)
    began = time.perf_counter()
    with ThreadPoolExecutor(1) as pool:
        parsed = pool.submit(parse_document, crafted, "crafted.txt").result()
    assert time.perf_counter() - began < 10
    _only_the_evil_extractor_failed(parsed)


@pytest.mark.parametrize("crafted", [
    "1." * 20_000, "Sở " * 10_000 + "!", "a" * 90_000, "(" * 20_000, "- " * 20_000 + "x", "ngày " * 8_000 + "/",
    "Triển khai các nhiệm vụ " * 3_000 + "\tx",  # a long line with a tab: is it a table row?
])
def test_the_real_rules_stay_fast_on_crafted_lines(tmp_path, crafted):
    path = tmp_path / "crafted.txt"
    path.write_text(PLAN + "\n" + crafted + "\n", encoding="utf-8")
    began = time.perf_counter()
    parsed = parse_document(path, "crafted.txt")
    assert time.perf_counter() - began < 10
    assert parsed.tables["documents"] and not parsed.tables["errors"]


# ---- Unicode forms and file names --------------------------------------------------

def test_nfd_input_gives_the_same_tables_as_nfc(tmp_path):
    plan = (SAMPLES / "001_e811580e2aaa4785.txt").read_text(encoding="utf-8")
    (tmp_path / "nfc.txt").write_text(plan, encoding="utf-8")
    (tmp_path / "nfd.txt").write_text(unicodedata.normalize("NFD", plan), encoding="utf-8")
    nfc = parse_document(tmp_path / "nfc.txt", "plan.txt")
    nfd = parse_document(tmp_path / "nfd.txt", "plan.txt")
    def rows(parsed, table):
        doc_id = parsed.tables["documents"][0].doc_id
        return [{k: v.replace(doc_id, "") if isinstance(v, str) else v for k, v in r.model_dump().items()}
                for r in parsed.tables[table]]

    for table in nfc.tables:
        assert rows(nfc, table) == rows(nfd, table), table
    assert nfc.tables["targets"]


def test_file_names_with_vietnamese_letters_and_spaces(tmp_path):
    src = tmp_path / "Văn bản đến"
    src.mkdir()
    (src / "Kế hoạch số 12 năm 2024.txt").write_text(PLAN, encoding="utf-8")
    (src / unicodedata.normalize("NFD", "Kế hoạch Ủy ban (bản sao).md")).write_text(PLAN + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    docs = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert sorted(unicodedata.normalize("NFC", d["source_path"]) for d in docs) == [
        "Kế hoạch số 12 năm 2024.txt", "Kế hoạch Ủy ban (bản sao).md"]


# ---- files that cannot be read -----------------------------------------------------

def test_a_dangling_link_and_a_pipe_are_unreadable(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    assert only_error(tmp_path / "gone.txt")[0] == "unreadable"
    error_type, message = only_error(tmp_path / "pipe.txt")
    assert error_type == "unreadable" and "regular file" in message


def test_a_file_without_read_permission(tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text(PLAN, encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads a file whatever its mode: make the read fail as it would for a user
        real = Path.read_bytes

        def denied(self):
            if self == locked:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", denied)
    error_type, message = only_error(locked)
    assert error_type == "unreadable" and "Permission denied" in message


def test_symlink_loops_end_the_walk_and_are_errors_rows(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "plan.txt").write_text(PLAN, encoding="utf-8")
    (src / "a.txt").symlink_to(src / "b.txt")
    (src / "b.txt").symlink_to(src / "a.txt")
    (src / "again").symlink_to(src, target_is_directory=True)
    result = CliRunner().invoke(main, ["parse", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    errors = {e["source_path"]: e["error_type"] for e in pq.read_table(tmp_path / "out" / "errors.parquet").to_pylist()}
    assert errors["a.txt"] == errors["b.txt"] == "unreadable"
    docs = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert [d["source_path"] for d in docs] == ["plan.txt"]


# ---- property: nothing crashes and offsets always hold ---------------------------------

SAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
ALPHABET = st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệốồổỗộứừửữự0123456789 .,;:/-%()|*\n\t\r") +
                           ["\u0301", "\u0323", "\ufeff", "\u00a0", "“", "”", "–", "Sở Y tế", "trước ngày 15/12/2024",
                            "Quyết định số 155/QĐ-TTg", "\nII. ", "\n1. ", "\na) ", "\n- ", "trên 95%", "Nơi nhận:"])


@st.composite
def mutated_plans(draw):
    text = draw(st.sampled_from(SAMPLE_TEXTS))
    start = draw(st.integers(0, len(text)))
    text = text[start:start + draw(st.integers(0, 6000))]
    for _ in range(draw(st.integers(0, 12))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 40))
        text = text[:at] + "".join(draw(st.lists(ALPHABET, max_size=8))) + text[at + cut:]
    return text


@settings(max_examples=30, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                HealthCheck.too_slow])
@given(text=st.one_of(mutated_plans(), st.text(max_size=400)))
def test_random_and_mutated_plans_never_crash_and_offsets_hold(tmp_path, text):
    path = tmp_path / "random.txt"
    path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
    parsed = parse_document(path, "random.txt")
    assert len(parsed.tables["documents"]) + len(parsed.tables["errors"]) >= 1
    assert all(e.error_type not in ("segment_failed",) and not e.error_type.endswith("_failed")
               for e in parsed.tables["errors"]), [e.message for e in parsed.tables["errors"]]
    offsets_hold(parsed)
