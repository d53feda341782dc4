"""Peak memory does not grow with the corpus: tables are streamed out in row groups."""

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from pipeline.bench import build_corpus


def peak_rss_mb(tmp_path, count: int) -> float:
    corpus = tmp_path / f"corpus_{count}"
    # plans of a few pages keep the test quick: what could grow is held per document, whatever its length
    build_corpus(corpus, count, pattern="000_*.txt", max_chars=3000)
    result = subprocess.run([sys.executable, "-m", "pipeline.bench", "--phase", "parse", "--corpus", str(corpus)],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])["peak_rss_mb"]


def test_peak_memory_of_2000_documents_is_within_20_percent_of_200(tmp_path):
    # each count in a process of its own, side by side (the machine has two cores)
    with ThreadPoolExecutor(2) as pool:
        small, large = pool.map(lambda count: peak_rss_mb(tmp_path, count), (200, 2000))
    assert large <= small * 1.2, f"200 documents: {small:.0f} MB, 2000 documents: {large:.0f} MB"


def test_a_sample_cut_short_ends_at_a_paragraph_else_at_a_line_break():
    from pipeline.bench import _cut

    assert _cut("Một.\n\nHai.\nBa bốn năm", 14) == "Một."
    assert _cut("Một dòng\nhai dòng\nba dòng", 20) == "Một dòng\nhai dòng"
    assert _cut("không xuống dòng", 5) == "không"
    assert _cut("ngắn", 100) == "ngắn"
