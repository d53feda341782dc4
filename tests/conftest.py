"""Shared fixtures: the five sample plans parsed once per test session."""

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from pipeline.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "tests" / "samples"
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="session")
def parsed_samples(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("parsed")
    result = CliRunner().invoke(main, ["parse", str(SAMPLES), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def tables(parsed_samples):
    """Every table of the parsed samples as pandas frames, by name."""
    return {p.stem: pq.read_table(p).to_pandas() for p in parsed_samples.glob("*.parquet")}


SPAN_TABLES = ("targets", "assignments", "tasks", "deadlines", "references")


def parse_plan_text(tmp_path: Path, text: str, name: str = "plan.txt") -> dict:
    """Parse one plan written in a test: no errors rows, and every span points into the text."""
    from pipeline.document import parse_document

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = parse_document(path, name)
    assert not out.tables["errors"], out.tables["errors"]
    document_text = out.tables["documents"][0].text
    for table in SPAN_TABLES:
        for row in out.tables[table]:
            assert document_text[row.start:row.end] == row.text, (table, row)
    return out.tables


def doc_id_of(tables, stem: str) -> str:
    docs = tables["documents"]
    return docs.loc[docs.source_path == f"{stem}.txt", "doc_id"].item()
