"""Parallel and incremental runs give the same tables as one plain full run."""

import shutil

import pyarrow.parquet as pq
from click.testing import CliRunner

from pipeline.cli import main

from .conftest import SAMPLES


def run(*args):
    result = CliRunner().invoke(main, ["parse", *map(str, args)])
    assert result.exit_code == 0, result.output
    return result.output


def read(out):
    return {p.stem: pq.read_table(p).to_pylist() for p in sorted(out.glob("*.parquet"))}


def corpus(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(SAMPLES, src)
    return src


def test_two_jobs_give_the_same_tables_as_one(tmp_path):
    src = corpus(tmp_path)
    run(src, "--out", tmp_path / "one", "--jobs", "1")
    run(src, "--out", tmp_path / "two", "--jobs", "2")
    assert read(tmp_path / "one") == read(tmp_path / "two")


def test_an_unchanged_rerun_parses_nothing(tmp_path, monkeypatch):
    src = corpus(tmp_path)
    out = tmp_path / "out"
    run(src, "--out", out)
    before = read(out)

    def must_not_parse(*_):
        raise AssertionError("an unchanged input was parsed again")

    monkeypatch.setattr("pipeline.engine.parse_one", must_not_parse)
    assert "5 inputs unchanged" in run(src, "--out", out)
    assert read(out) == before


def test_changed_added_and_removed_inputs_give_what_a_full_run_gives(tmp_path, monkeypatch):
    src = corpus(tmp_path)
    out = tmp_path / "out"
    run(src, "--out", out)
    changed = src / "002_0991a39c2bf64eea.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("1212", "1313"), encoding="utf-8")
    (src / "001_e811580e2aaa4785.txt").unlink()
    (src / "sub").mkdir()
    (src / "sub" / "new.txt").write_text((SAMPLES / "000_25e9fe8b076cffd0.txt").read_text(encoding="utf-8")
                                         .replace("Gia Lai", "Kon Tum"), encoding="utf-8")
    (src / "bad.txt").write_bytes(b"")

    parsed = []
    from pipeline import engine

    real = engine.parse_one

    def counting(item):
        parsed.append(item.source_path)
        return real(item)

    monkeypatch.setattr("pipeline.engine.parse_one", counting)
    output = run(src, "--out", out)
    assert sorted(parsed) == ["002_0991a39c2bf64eea.txt", "bad.txt", "sub/new.txt"]
    assert "3 unchanged" in output
    monkeypatch.setattr("pipeline.engine.parse_one", real)
    run(src, "--out", tmp_path / "full", "--full")
    assert read(out) == read(tmp_path / "full")
    assert "001_e811580e2aaa4785.txt" not in {d["source_path"] for d in read(out)["documents"]}


def test_a_duplicate_file_is_one_document_and_an_errors_row(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    text = (SAMPLES / "000_25e9fe8b076cffd0.txt").read_bytes()
    (src / "a.txt").write_bytes(text)
    (src / "b.txt").write_bytes(text)
    run(src, "--out", tmp_path / "out")
    tables = read(tmp_path / "out")
    assert [d["source_path"] for d in tables["documents"]] == ["a.txt"]
    [error] = tables["errors"]
    assert error["error_type"] == "duplicate" and "a.txt" in error["message"]


def test_the_cli_starts_without_loading_the_pipeline():
    """A re-run with nothing to do answers from the manifest: the CLI module must not
    import the extractors, pyarrow or underthesea just to start."""
    import subprocess
    import sys

    probe = ("import sys, pipeline.cli; "
             "print(sorted(m for m in ('pyarrow', 'underthesea', 'pipeline.document') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"
