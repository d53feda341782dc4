"""Check a held-out gold file against its document before it is used: every anchor's
occurrence exists in the text (NFC, `\\n` line ends, as CONTRACT §4 counts them) and the
enumerated fields hold values CONTRACT §2 allows.

usage: python3 check_gold.py DOC.txt GOLD.json   (exit 1 on any problem)
"""

import json
import sys
import unicodedata

ALLOWED = {
    "targets": {"comparator": {"eq", "gt", "gte", "lt", "lte", "approx", "range"},
                "unit_kind": {"percent", "count", "rate", "area", "age", "ratio", "money", "other"}},
    "assignments": {"role": {"lead", "partner", "focal_point", "report_to", "advisor", "requested", "responsible"}},
    "deadlines": {"kind": {"deadline", "timeframe", "recurring"}},
}
TABLES = ("sections", "targets", "assignments", "deadlines", "references")


def find(text: str, anchor: str, occurrence: int) -> int:
    """Offset of the anchor's occurrence-th appearance, -1 when there are fewer. Appearances
    are counted without overlap, as the scorer counts them (`| 0 | 0 | 0 |` holds `| 0 |` twice)."""
    at = -len(anchor)
    for _ in range(occurrence):
        at = text.find(anchor, at + len(anchor))
        if at < 0:
            return -1
    return at


def problems(text: str, gold: dict) -> list[str]:
    found = []
    for table in TABLES:
        for i, item in enumerate(gold.get(table, [])):
            anchor, occurrence = item.get("anchor"), item.get("occurrence", 1)
            if not anchor:
                found.append(f"{table}[{i}]: no anchor")
            elif find(text, anchor, occurrence) < 0:
                found.append(f"{table}[{i}]: anchor {anchor!r} occurrence {occurrence} not found")
            for key, allowed in ALLOWED.get(table, {}).items():
                if key in item and item[key] not in allowed:
                    found.append(f"{table}[{i}]: {key}={item[key]!r} is not allowed by CONTRACT.md")
    return found


def main(doc: str, gold_path: str) -> int:
    raw = open(doc, "rb").read().decode("utf-8-sig")
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    with open(gold_path, encoding="utf-8") as f:
        found = problems(text, json.load(f))
    print("\n".join(found + [f"{len(found)} anchor problems"]))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
