"""The bars each issue sets, measured by khparse eval on the hand-written gold."""

import pytest

from pipeline.eval.score import evaluate

from .conftest import GOLD

BARS = {
    # table: (loose F1, strict F1)
    "sections": (0.98, 0.95),
    "targets": (0.95, 0.90),
    "assignments": (0.95, 0.90),
    "deadlines": (0.95, 0.90),
    "references": (0.97, 0.95),
}


@pytest.fixture(scope="module")
def report(parsed_samples):
    return evaluate(GOLD, parsed_samples)


@pytest.mark.parametrize("table", sorted(BARS))
def test_table_meets_its_bar(report, table):
    loose, strict = BARS[table]
    assert report.tables[table]["loose"].f1 >= loose, "\n".join(m for m in report.misses if table in m)
    assert report.tables[table]["strict"].f1 >= strict, "\n".join(m for m in report.misses if table in m)


def test_document_fields(report):
    assert report.document_accuracy >= 0.95, "\n".join(m for m in report.misses if "document." in m)
