"""The bars each issue sets, measured by khparse eval on the hand-written gold:
the five samples (tests/gold) and the held-out plans (tests/holdout)."""

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.eval.score import evaluate

from .conftest import GOLD

HOLDOUT = Path(__file__).resolve().parent / "holdout"
BARS = {
    # table: (loose F1, strict F1)
    "sections": (0.98, 0.95),
    "targets": (0.95, 0.90),
    "assignments": (0.95, 0.90),
    "deadlines": (0.95, 0.90),
    "references": (0.97, 0.95),
}
DOCUMENT_FIELDS_BAR = 0.95


@pytest.fixture(scope="module")
def samples_report(parsed_samples):
    return evaluate(GOLD, parsed_samples)


# `make test` holds every third held-out plan (by name) to the bars, `make holdout` all of them:
# parsing all ~1,000 took longer than the rest of the suite together, and grows by eight a session
EVERY_NTH = 1 if os.environ.get("KHPARSE_HOLDOUT_ALL") else 3


@pytest.fixture(scope="module")
def holdout_report(tmp_path_factory):
    docs, gold, out = (tmp_path_factory.mktemp(name) for name in ("holdout_docs", "holdout_gold", "holdout"))
    for doc in sorted((HOLDOUT / "docs").iterdir())[::EVERY_NTH]:
        (docs / doc.name).symlink_to(doc)
        (gold / f"{doc.stem}.json").symlink_to(HOLDOUT / "gold" / f"{doc.stem}.json")
    result = CliRunner().invoke(main, ["parse", str(docs), "--out", str(out), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    return evaluate(gold, out)


@pytest.fixture(params=["samples_report", "holdout_report"])
def report(request):
    return request.getfixturevalue(request.param)


@pytest.mark.parametrize("table", sorted(BARS))
def test_table_meets_its_bar(report, table):
    loose, strict = BARS[table]
    assert report.tables[table]["loose"].f1 >= loose, "\n".join(m for m in report.misses if table in m)
    assert report.tables[table]["strict"].f1 >= strict, "\n".join(m for m in report.misses if table in m)


def test_document_fields(report):
    assert report.document_accuracy >= DOCUMENT_FIELDS_BAR, "\n".join(m for m in report.misses if "document." in m)
