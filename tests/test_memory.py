"""Peak memory does not grow with the corpus: tables are streamed out in row groups."""

import json
import subprocess
import sys

from pipeline.bench import build_corpus


def peak_rss_mb(tmp_path, count: int) -> float:
    corpus = tmp_path / f"corpus_{count}"
    build_corpus(corpus, count, pattern="000_*.txt")  # the shortest sample keeps the test quick
    result = subprocess.run([sys.executable, "-m", "pipeline.bench", "--phase", "parse", "--corpus", str(corpus)],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])["peak_rss_mb"]


def test_peak_memory_of_2000_documents_is_within_20_percent_of_200(tmp_path):
    small = peak_rss_mb(tmp_path, 200)
    large = peak_rss_mb(tmp_path, 2000)
    assert large <= small * 1.2, f"200 documents: {small:.0f} MB, 2000 documents: {large:.0f} MB"
