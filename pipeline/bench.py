"""make bench: speed and memory of the pipeline, against two floors, on one corpus.

The corpus is the sample plans copied many times with their numbers and place
names varied (seeded, so runs are comparable), so no cache can cheat.  Each
measure runs in a fresh subprocess on the same corpus:
  * floor "read": read the bytes, decode, NFC — the least any parser must do;
  * floor "regex": that, plus one pass over the text of every rule that runs over
    whole texts (as the extractors run it), with no extraction logic — what
    matching alone costs; rules only ever matched at an offset or inside a short
    phrase (a rule file's `anchored:` lists) are left out;
  * "parse": the whole pipeline with every extractor, writing the tables.
Printed: one table of documents/s and characters/s per core, peak RSS, the ratio
to the regex floor and the share of time per stage.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "tests" / "samples"
PLACES = ["Gia Lai", "Khánh Hòa", "Kon Tum", "Đắk Lắk", "Lâm Đồng", "Bình Định", "Phú Yên", "Quảng Ngãi",
          "Thừa Thiên Huế", "Nghệ An", "Thanh Hóa", "Cà Mau"]


def build_corpus(folder: Path, count: int, seed: int = 7, samples_dir: Path = SAMPLES) -> int:
    """`count` varied copies of the plans in `samples_dir` in `folder`; returns the number
    of characters."""
    import regex

    rng = random.Random(seed)
    samples = [p.read_text(encoding="utf-8") for p in sorted(samples_dir.glob("*.txt"))]
    digit = regex.compile(r"\d")
    place = regex.compile("|".join(PLACES))
    folder.mkdir(parents=True, exist_ok=True)
    chars = 0
    for i in range(count):
        text = samples[i % len(samples)]
        text = digit.sub(lambda m: str(rng.randint(0, 9)) if rng.random() < 0.3 else m.group(), text)
        text = place.sub(lambda m: rng.choice(PLACES), text)
        text += f"\n\n- Lưu: VT, bản {i}.\n"
        (folder / f"plan_{i:06d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase_read(corpus: Path) -> dict:
    began = time.perf_counter()
    for path in sorted(corpus.glob("*.txt")):
        unicodedata.normalize("NFC", path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n"))
    return {"seconds": time.perf_counter() - began}


def phase_regex(corpus: Path) -> dict:
    """Every rule that runs over whole texts, once over each text, the way the
    extractors run it (Rule.finditer: tried where its literal starts stand)."""
    from pipeline import rules

    rules.load_all()
    files = [rules.load(name) for name in rules.all_rule_files()]
    patterns = [rule for file in files for rule in file.scanned()]
    anchored = sum(len(file.all_rules()) for file in files) - len(patterns)
    began = time.perf_counter()
    for path in sorted(corpus.glob("*.txt")):
        text = unicodedata.normalize("NFC", path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n"))
        for rule in patterns:
            for _ in rule.finditer(text):
                pass
    return {"seconds": time.perf_counter() - began, "patterns": len(patterns), "anchored": anchored}


def phase_load() -> dict:
    """Every rule file loaded, as a process does before its first plan."""
    from pipeline import rules

    began = time.perf_counter()
    rules.load_all()
    return {"seconds": time.perf_counter() - began}


def phase_parse(corpus: Path, out: Path) -> dict:
    """The whole pipeline over the corpus; the rules are loaded first (once per process,
    as the regex floor's are, and timed on their own by phase_load)."""
    from pipeline import engine, rules
    from pipeline.inputs import discover
    from pipeline.write.parquet import TableSet

    rules.load_all()
    stages: dict[str, float] = {}
    began = time.perf_counter()
    items = list(discover([corpus]))
    with TableSet(out) as tables:
        for _, parsed in engine.run(items, 1):
            for stage, seconds in parsed.timings.items():
                stages[stage] = stages.get(stage, 0.0) + seconds
            mark = time.perf_counter()
            tables.add(parsed.tables)
            stages["write"] = stages.get("write", 0.0) + time.perf_counter() - mark
        rows = tables.counts()
    return {"seconds": time.perf_counter() - began, "stages": stages, "rows": rows}


def _measure(phase: str, corpus: Path, cache: Path) -> dict:
    """Run one phase in a fresh interpreter, so its peak RSS is its own."""
    result = subprocess.run([sys.executable, "-m", "pipeline.bench", "--phase", phase, "--corpus", str(corpus)],
                            check=True, capture_output=True, text=True, env={**os.environ, "KHPARSE_CACHE": str(cache)})
    return json.loads(result.stdout.strip().splitlines()[-1])


def report(count: int, keep: Path | None = None) -> str:
    """The phases in order on one pattern cache, empty at first: the first load compiles every
    rule, the second reads them back, and the rates are measured on the warm cache."""
    with tempfile.TemporaryDirectory() as scratch:
        corpus, cache = keep or Path(scratch) / "corpus", Path(scratch) / "pattern-cache"
        chars = build_corpus(corpus, count)
        measures = {name: _measure(phase, corpus, cache) for name, phase in
                    (("cold load", "load"), ("warm load", "load"), ("read", "read"), ("regex", "regex"), ("parse", "parse"))}
    parse = measures["parse"]
    rows = [("documents", f"{count}"), ("characters", f"{chars:,}")]
    for phase, label in (("parse", "end-to-end, every extractor"), ("regex", "floor: read + one regex pass"),
                         ("read", "floor: read + NFC")):
        m = measures[phase]
        rows.append((f"{label}: documents/s per core", f"{count / m['seconds']:.1f}"))
        rows.append((f"{label}: characters/s per core", f"{chars / m['seconds']:,.0f}"))
        rows.append((f"{label}: peak RSS", f"{m['peak_rss_mb']:.0f} MB"))
    rows.append(("regex floor: rules run over whole texts (matched only at an offset)",
                 f"{measures['regex']['patterns']} ({measures['regex']['anchored']})"))
    rows.append(("end-to-end time / regex-floor time", f"{parse['seconds'] / measures['regex']['seconds']:.2f}"))
    rows.append(("rules loaded once per process, compiled (empty pattern cache)", f"{measures['cold load']['seconds']:.1f} s"))
    rows.append(("rules loaded once per process, read from the pattern cache", f"{measures['warm load']['seconds']:.1f} s"))
    total = sum(parse["stages"].values()) or 1.0
    for stage, seconds in sorted(parse["stages"].items(), key=lambda kv: -kv[1]):
        rows.append((f"share of time: {stage}", f"{100 * seconds / total:.1f}%"))
    width = max(len(r[0]) for r in rows)
    lines = [f"| {'measure'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {name.ljust(width)} | {value} |" for name, value in rows]
    return "\n".join(lines)


@click.command()
@click.option("--documents", "count", default=1000, show_default=True, help="size of the generated corpus")
@click.option("--phase", type=click.Choice(["load", "read", "regex", "parse"]), hidden=True)
@click.option("--corpus", type=click.Path(path_type=Path), hidden=True)
def main(count: int, phase: str | None, corpus: Path | None) -> None:
    """Build the benchmark corpus, measure, print the table."""
    if phase:
        with tempfile.TemporaryDirectory() as out:
            result = {"load": phase_load, "read": lambda: phase_read(corpus), "regex": lambda: phase_regex(corpus),
                      "parse": lambda: phase_parse(corpus, Path(out))}[phase]()
        result["peak_rss_mb"] = _peak_rss_mb()
        click.echo(json.dumps(result))
        return
    click.echo(f"python -m pipeline.bench --documents {count}")
    click.echo(report(count))


if __name__ == "__main__":
    main()
