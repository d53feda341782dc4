"""`khparse show`: a document's heading tree with what was found under each heading."""

from __future__ import annotations

from pathlib import Path

from pipeline.document import parse_document


def _describe(table: str, row) -> str:
    if table == "targets":
        bound = f"{row.value:g}" + (f"–{row.value_max:g}" if row.value_max is not None else "")
        year = f" by {row.target_year}" if row.target_year else ""
        code = f" [{row.indicator_code}]" if row.indicator_code else ""
        return f"target   {row.comparator} {bound} {row.unit or ''}{year}{code}: {row.indicator or ''}"
    if table == "assignments":
        return f"agency   {row.role}: {row.agency}"
    if table == "deadlines":
        when = row.date or "/".join(str(p) for p in (row.day, row.month, row.year) if p)
        return f"deadline {row.kind} {when} {row.recurrence or ''}: {' '.join(row.text.split())}"
    if table == "references":
        return f"ref      {row.ref_type} {row.number} ({row.relation})"
    return ""


def render(path: Path) -> str:
    parsed = parse_document(path, path.name)
    tables = parsed.tables
    lines = []
    for err in tables["errors"]:
        lines.append(f"ERROR {err.error_type}: {err.message}")
    if not tables["documents"]:
        return "\n".join(lines)
    doc = tables["documents"][0]
    lines.append(f"{doc.doc_type or '?'} {doc.doc_number or '(no number)'} — {doc.issuer or '?'}, "
                 f"{doc.issued_date or doc.issued_year or 'undated'}")
    if doc.title:
        lines.append(f"  {doc.title}")
    found: dict[str | None, list[str]] = {}
    for table in ("targets", "assignments", "deadlines", "references"):
        for row in tables[table]:
            found.setdefault(row.section_id, []).append(_describe(table, row))
    for item in found.get(None, []):
        lines.append(f"  · {item}")
    for section in tables["sections"]:
        indent = "  " * section.level
        kind = f" [{section.kind}]" if section.kind else ""
        closer = ")" if section.marker_type == "letter" or section.marker.islower() else "."
        lines.append(f"{indent}{section.marker}{closer} {section.heading[:80]}{kind}")
        for item in found.get(section.section_id, []):
            lines.append(f"{indent}  · {item}")
    return "\n".join(lines)
