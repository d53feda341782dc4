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


def doc_id_of(tables, stem: str) -> str:
    docs = tables["documents"]
    return docs.loc[docs.source_path == f"{stem}.txt", "doc_id"].item()
