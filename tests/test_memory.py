"""Peak memory does not grow with the corpus: tables are streamed out in row groups."""

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from pipeline.bench import build_corpus

from .conftest import SAMPLES

# a plan with a row for every table: what could grow is held per document, whatever its
# length, so a page keeps the test quick (the sample's header and first two tasks, and a target)
TARGETS = ("III. CHỈ TIÊU\n\nĐến hết năm 2026, ít nhất 95% cơ quan, đơn vị trên địa bàn tỉnh được phổ biến "
           "nội dung Kế hoạch; tổ chức tối thiểu 02 hội nghị tuyên truyền.\n")
ROW_TABLES = ("documents", "sections", "targets", "assignments", "tasks", "deadlines", "references")


def one_page_plan() -> str:
    text = (SAMPLES / "000_25e9fe8b076cffd0.txt").read_text(encoding="utf-8")
    header = text[:text.index("I. MỤC ĐÍCH")]
    tasks = text[text.index("II. NỘI DUNG"):text.index("\n3. ", text.index("II. NỘI DUNG"))]
    return f"{header}{tasks}\n\n{TARGETS}"


def parse_corpus(tmp_path, count: int) -> dict:
    samples, corpus = tmp_path / "samples", tmp_path / f"corpus_{count}"
    samples.mkdir(parents=True)
    (samples / "plan.txt").write_text(one_page_plan(), encoding="utf-8")
    build_corpus(corpus, count, samples_dir=samples)
    result = subprocess.run([sys.executable, "-m", "pipeline.bench", "--phase", "parse", "--corpus", str(corpus)],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_peak_memory_of_2000_documents_is_within_20_percent_of_200(tmp_path):
    # each count in a process of its own, side by side (the machine has two cores)
    with ThreadPoolExecutor(2) as pool:
        small, large = pool.map(lambda count: parse_corpus(tmp_path / str(count), count), (200, 2000))
    assert all(large["rows"][table] >= 2000 for table in ROW_TABLES), large["rows"]
    small_mb, large_mb = small["peak_rss_mb"], large["peak_rss_mb"]
    assert large_mb <= small_mb * 1.2, f"200 documents: {small_mb:.0f} MB, 2000 documents: {large_mb:.0f} MB"
