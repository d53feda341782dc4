"""diffrows.py TAG1 TAG2 [table]: rows that differ between /tmp/ev_TAG1 and /tmp/ev_TAG2 (ignoring ids, rule_id)."""
import sys
from pathlib import Path

import pandas as pd

a, b = sys.argv[1], sys.argv[2]
tables = sys.argv[3:] or ["targets", "assignments", "deadlines", "references", "sections", "tasks"]
def load(tag, t):
    d = Path(f"/tmp/ev_{tag}")
    p = d / f"{t}.parquet"
    if not p.exists():
        return None
    df = pd.read_parquet(p)
    docs = pd.read_parquet(d / "documents.parquet", columns=["doc_id", "source_path"])
    df = df.merge(docs, on="doc_id")
    drop = [c for c in df.columns if c.endswith("_id") and c not in ("section_id",) or c in ("doc_id", "rule_id", "sentence")]
    df = df.drop(columns=[c for c in drop if c in df.columns])
    return df
for t in tables:
    x, y = load(a, t), load(b, t)
    if x is None or y is None:
        continue
    xs = {tuple(str(v) for v in r) for r in x.itertuples(index=False)}
    ys = {tuple(str(v) for v in r) for r in y.itertuples(index=False)}
    cols = list(x.columns)
    lost, got = sorted(xs - ys), sorted(ys - xs)
    print(f"== {t}: {len(lost)} only in {a}, {len(got)} only in {b}")
    for tag, rows in (("-", lost), ("+", got)):
        for r in rows:
            d = dict(zip(cols, r, strict=True))
            src = d.pop("source_path", "")
            print(tag, src, {k: v for k, v in d.items() if v not in ("None", "nan", "[]")})
