"""Score parsed tables against hand-written gold, exactly as CONTRACT §5 says.

A record matches a gold item when their spans overlap and the key fields are
equal (loose), and also the compared fields the gold item states (strict).  Each
item and record is matched at most once (maximum bipartite matching), required
items first, then optional ones.  Records matched to optional items, or
overlapping only optional items, are not counted as predicted.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

KEYS = {
    "sections": (["marker"], ["level", "section_id"]),
    "targets": (["value", "comparator"], ["value_max", "unit_kind", "target_year", "indicator_code"]),
    "assignments": (["role"], ["agency", "section_id"]),
    "deadlines": (["kind"], ["date", "year", "month", "day", "recurrence"]),
    "references": (["number"], ["ref_type", "issued_date"]),
}


@dataclass
class Counts:
    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    tables: dict[str, dict[str, Counts]] = field(default_factory=dict)  # table → loose/strict
    document_correct: int = 0
    document_total: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def document_accuracy(self) -> float:
        return self.document_correct / self.document_total if self.document_total else 1.0

    def as_dict(self) -> dict:
        return {
            "document_accuracy": self.document_accuracy,
            **{f"{t}.{mode}": {"precision": c.precision, "recall": c.recall, "f1": c.f1,
                               "matched": c.matched, "predicted": c.predicted, "gold": c.gold}
               for t, modes in self.tables.items() for mode, c in modes.items()},
        }


def _same(a, b) -> bool:
    if isinstance(a, (dt.date,)):
        a = a.isoformat()
    if isinstance(b, (dt.date,)):
        b = b.isoformat()
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(float(a) - float(b)) <= 1e-9
    return a == b


def anchor_span(text: str, anchor: str, occurrence: int) -> tuple[int, int] | None:
    positions = [m.start() for m in re.finditer(re.escape(anchor), text)]
    if occurrence < 1 or occurrence > len(positions):
        return None
    start = positions[occurrence - 1]
    return start, start + len(anchor)


def _max_matching(edges: dict[int, list[int]], taken: set[int]) -> dict[int, int]:
    """Kuhn's augmenting paths: gold index → record index, avoiding records in `taken`."""
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for r in edges.get(g, []):
            if r in taken or r in seen:
                continue
            seen.add(r)
            if r not in owner or augment(owner[r], seen):
                owner[r] = g
                return True
        return False

    for g in sorted(edges):
        augment(g, set())
    return {g: r for r, g in owner.items()}


def score_table(table: str, text: str, gold_items: list[dict], records: list[dict], strict: bool,
                label: str = "") -> tuple[Counts, list[str]]:
    keys, compared = KEYS[table]
    spans, misses = [], []
    for item in gold_items:
        span = anchor_span(text, item["anchor"], item.get("occurrence", 1))
        if span is None:
            misses.append(f"{label} {table}: anchor not found: {item['anchor']!r} #{item.get('occurrence', 1)}")
        spans.append(span)

    def overlaps(span, rec) -> bool:
        return span is not None and rec["start"] < span[1] and span[0] < rec["end"]

    def fits(item, rec) -> bool:
        fields = keys + ([f for f in compared if f in item] if strict else [])
        return all(_same(rec.get(f), item.get(f)) for f in fields)

    required = [i for i, it in enumerate(gold_items) if not it.get("optional")]
    optional = [i for i, it in enumerate(gold_items) if it.get("optional")]
    edges = {i: [r for r, rec in enumerate(records) if overlaps(spans[i], rec) and fits(gold_items[i], rec)]
             for i in range(len(gold_items))}
    matched_req = _max_matching({i: edges[i] for i in required}, set())
    matched_opt = _max_matching({i: edges[i] for i in optional}, set(matched_req.values()))
    used_by_optional = set(matched_opt.values())
    uncounted = set(used_by_optional)
    for r, rec in enumerate(records):
        touching = [i for i in range(len(gold_items)) if overlaps(spans[i], rec)]
        if touching and all(gold_items[i].get("optional") for i in touching):
            uncounted.add(r)
    counts = Counts(matched=len(matched_req), predicted=len(records) - len(uncounted - set(matched_req.values())),
                    gold=len(required))
    for i in required:
        if i not in matched_req:
            misses.append(f"{label} {table}{' strict' if strict else ''}: missed {gold_items[i]}")
    matched_records = set(matched_req.values()) | uncounted
    for r, rec in enumerate(records):
        if r not in matched_records:
            shown = {k: rec.get(k) for k in ["text", *keys, *compared] if k in rec}
            misses.append(f"{label} {table}{' strict' if strict else ''}: extra {shown}")
    return counts, misses


def _rows_by_doc(parsed: Path, table: str) -> dict[str, list[dict]]:
    path = parsed / f"{table}.parquet"
    out: dict[str, list[dict]] = {}
    if not path.exists():
        return out
    for row in pq.read_table(path).to_pylist():
        out.setdefault(row["doc_id"], []).append(row)
    return out


def evaluate(gold_dir: Path, parsed: Path) -> Report:
    report = Report({t: {"loose": Counts(), "strict": Counts()} for t in KEYS})
    documents = {Path(d["source_path"]).name: d for d in pq.read_table(parsed / "documents.parquet").to_pylist()}
    tables = {t: _rows_by_doc(parsed, t) for t in KEYS}
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = documents.get(gold["source"])
        if doc is None:
            report.misses.append(f"{gold['source']}: not in documents.parquet")
            for table in KEYS:
                n = sum(1 for it in gold.get(table, []) if not it.get("optional"))
                for mode in ("loose", "strict"):
                    report.tables[table][mode].gold += n
            continue
        for name, expected in (gold.get("document") or {}).items():
            report.document_total += 1
            if _same(doc.get(name), expected):
                report.document_correct += 1
            else:
                report.misses.append(f"{gold['source']} document.{name}: gold {expected!r}, parsed {doc.get(name)!r}")
        for table in KEYS:
            if table not in gold:
                continue
            records = tables[table].get(doc["doc_id"], [])
            for mode in ("loose", "strict"):
                counts, misses = score_table(table, doc["text"], gold[table], records, mode == "strict",
                                             label=gold["source"])
                report.tables[table][mode].add(counts)
                # strict lists every miss and extra; loose adds only what loose alone missed
                report.misses.extend(misses if mode == "strict" else [m for m in misses if " missed " in m])
    return report


def format_report(report: Report) -> str:
    lines = [f"{'table':<12} {'mode':<7} {'P':>6} {'R':>6} {'F1':>6} {'match':>6} {'pred':>6} {'gold':>6}"]
    for table, modes in report.tables.items():
        for mode, c in modes.items():
            lines.append(f"{table:<12} {mode:<7} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} "
                         f"{c.matched:6d} {c.predicted:6d} {c.gold:6d}")
    lines.append(f"document fields: {report.document_correct}/{report.document_total} "
                 f"= {report.document_accuracy:.3f}")
    return "\n".join(lines)
