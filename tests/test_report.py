"""The HTML review page, checked in a real (headless) browser."""

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main

from .browser import Page
from .conftest import SAMPLES

SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "report.png"


def make_report(src: Path, out: Path) -> Path:
    result = CliRunner().invoke(main, ["report", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    [page] = out.glob("*.html")
    return page


@pytest.fixture
def page_of_001(tmp_path):
    path = make_report(SAMPLES / "001_e811580e2aaa4785.txt", tmp_path)
    page = Page(path.as_uri())
    yield page
    page.close()


def test_report_shows_the_text_highlights_and_rows(page_of_001):
    page = page_of_001
    assert page.evaluate("document.querySelector('main').innerText.includes('MỤC TIÊU')")
    counts = page.evaluate("Object.fromEntries(['targets','assignments','deadlines','references','sections']"
                           ".map(t => [t, document.querySelectorAll('main span.' + t).length]))")
    assert all(counts[t] > 0 for t in counts), counts
    rows = page.evaluate("[...document.querySelectorAll('aside h2')].map(h => h.textContent)")
    assert any(r.startswith("targets (") for r in rows) and any(r.startswith("references (") for r in rows)
    first_target = page.evaluate("document.querySelector('aside li.targets code').textContent")
    fields, rule_id = first_target.rsplit(" · ", 1)
    assert "comparator=" in fields and "." in rule_id  # each row shows the rule that made it


def test_a_click_on_a_row_scrolls_to_its_span(page_of_001):
    page = page_of_001
    assert page.evaluate("document.querySelector('main').scrollTop") == 0
    top, height, scrolled = page.evaluate(
        "(() => { const li = [...document.querySelectorAll('aside li.deadlines')].pop(); li.click();"
        " const r = document.getElementById(li.dataset.target).getBoundingClientRect();"
        " return [r.top, innerHeight, document.querySelector('main').scrollTop]; })()")
    assert scrolled > 0 and 0 <= top <= height
    if os.environ.get("KH_SCREENSHOT"):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        page.screenshot(SCREENSHOT)


def test_document_text_is_escaped(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    plan = (SAMPLES / "000_25e9fe8b076cffd0.txt").read_text(encoding="utf-8")
    shutil.copy(SAMPLES / "000_25e9fe8b076cffd0.txt", src / "a.txt")
    (src / "a.txt").write_text(plan.replace("I. MỤC ĐÍCH", "<script>document.title='pwned'</script>\nI. MỤC ĐÍCH"),
                               encoding="utf-8")
    page = Page(make_report(src / "a.txt", tmp_path / "out").as_uri())
    try:
        assert page.evaluate("document.title") != "pwned"
        assert page.evaluate("document.querySelector('main').innerText.includes(\"<script>document.title\")")
        assert page.evaluate("document.querySelectorAll('main script').length") == 0
    finally:
        page.close()
