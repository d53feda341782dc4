"""Scores on the held-out plans: how the rules carry beyond the five samples."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.eval.score import evaluate

HOLDOUT = Path(__file__).resolve().parent / "holdout"
BARS = {
    # table: (loose F1, strict F1)
    "sections": (0.98, 0.95),
    "targets": (0.95, 0.90),
    "assignments": (0.95, 0.90),
    "deadlines": (0.95, 0.90),
    "references": (0.97, 0.95),
}


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("holdout")
    result = CliRunner().invoke(main, ["parse", str(HOLDOUT / "docs"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return evaluate(HOLDOUT / "gold", out)


@pytest.mark.parametrize("table", sorted(BARS))
def test_holdout_table_meets_its_bar(report, table):
    loose, strict = BARS[table]
    assert report.tables[table]["loose"].f1 >= loose, "\n".join(m for m in report.misses if table in m)
    assert report.tables[table]["strict"].f1 >= strict, "\n".join(m for m in report.misses if table in m)


def test_holdout_document_fields(report):
    assert report.document_accuracy >= 0.95, "\n".join(m for m in report.misses if "document." in m)
