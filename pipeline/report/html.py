"""`khparse report`: one self-contained HTML review page per document.

The page shows the document text with every extraction highlighted by table,
and a side list of the rows with their fields and rule_id; a click on a row
scrolls to its span.  No network, no external assets: CSS and JS are inline and
every piece of document text is escaped (a plan containing `<script>` stays text).
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from pipeline.document import ParsedDocument

TABLES = ("sections", "targets", "assignments", "deadlines", "references")
ID_COLUMN = {"sections": "section_id", "targets": "target_id", "assignments": "assignment_id",
             "deadlines": "deadline_id", "references": "reference_id"}
SHOWN = {
    "sections": ("marker", "level", "kind"),
    "targets": ("comparator", "value", "value_max", "unit", "unit_kind", "target_year", "indicator_code", "indicator"),
    "assignments": ("agency", "role", "agency_type", "jurisdiction", "task_id"),
    "deadlines": ("kind", "date", "year", "month", "day", "recurrence", "action"),
    "references": ("ref_type", "number", "issued_date", "issuer", "relation", "key"),
}

STYLE = """
body{margin:0;font:15px/1.5 system-ui,sans-serif;display:flex;height:100vh}
main{flex:3;overflow:auto;padding:1em 2em;white-space:pre-wrap}
aside{flex:2;overflow:auto;border-left:1px solid #ccc;padding:.5em 1em;background:#fafafa}
h1{font-size:1.1em;white-space:normal}
.sections{background:#e8e8ff}.targets{background:#ffe08a}.assignments{background:#b9f3c1}
.deadlines{background:#ffc2c2}.references{background:#bfe3ff}
.flash{outline:3px solid #d00}
aside h2{font-size:1em;margin:.8em 0 .3em}
aside li{cursor:pointer;margin:.2em 0;list-style:none;padding:.2em .4em;border-radius:4px}
aside li:hover{background:#eee}
aside code{font-size:.85em;color:#555}
.legend span{padding:0 .4em;margin-right:.3em}
"""

SCRIPT = """
const rows = JSON.parse(document.getElementById('rows').textContent);
const side = document.getElementById('side');
for (const [table, items] of Object.entries(rows)) {
  const h = document.createElement('h2');
  h.textContent = table + ' (' + items.length + ')';
  side.appendChild(h);
  const ul = document.createElement('ul');
  for (const item of items) {
    const li = document.createElement('li');
    li.className = table;
    li.dataset.target = item.anchor;
    li.textContent = item.label + ' ';
    const code = document.createElement('code');
    code.textContent = item.fields + ' · ' + item.rule_id;
    li.appendChild(code);
    li.addEventListener('click', () => {
      const el = document.getElementById(item.anchor);
      el.scrollIntoView({block: 'center'});
      el.classList.add('flash');
      setTimeout(() => el.classList.remove('flash'), 1500);
    });
    ul.appendChild(li);
  }
  side.appendChild(ul);
}
"""


def _spans(parsed: ParsedDocument, text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, table, anchor id) of every highlighted span; a section is its heading line."""
    out = []
    for table in TABLES:
        for n, row in enumerate(parsed.tables[table]):
            start, end = row.start, row.end
            if table == "sections":
                line_end = text.find("\n", start)
                end = min(end, line_end if line_end >= 0 else len(text))
            out.append((start, end, table, f"{table}-{n}"))
    return out


def _marked_text(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """The text cut at every span boundary; each piece wrapped in the tables covering it."""
    starts: dict[int, list[tuple[int, str, str]]] = {}
    for start, end, table, anchor in spans:
        starts.setdefault(start, []).append((end, table, anchor))
    cuts = sorted({0, len(text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    active: list[tuple[int, str]] = []
    parts = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        active = [(end, table) for end, table in active if end > left]
        for end, table, anchor in starts.get(left, []):
            parts.append(f'<a id="{anchor}"></a>')
            active.append((end, table))
        piece = html.escape(text[left:right])
        classes = sorted({table for _, table in active})
        parts.append(f'<span class="{" ".join(classes)}">{piece}</span>' if classes else piece)
    return "".join(parts)


def _row_list(parsed: ParsedDocument) -> dict[str, list[dict]]:
    out = {}
    for table in TABLES:
        items = []
        for n, row in enumerate(parsed.tables[table]):
            data = row.model_dump()
            fields = ", ".join(f"{k}={data[k]}" for k in SHOWN[table] if data.get(k) not in (None, ""))
            label = data.get("heading") if table == "sections" else " ".join(data["text"].split())
            items.append({"anchor": f"{table}-{n}", "label": f"{data[ID_COLUMN[table]]}: {label}"[:160],
                          "fields": fields, "rule_id": data.get("rule_id") or ""})
        out[table] = items
    return out


def render(parsed: ParsedDocument) -> str:
    doc = parsed.tables["documents"][0]
    text = doc.text
    title = f"{doc.doc_number or '(no number)'} — {doc.issuer or ''}"
    rows = json.dumps(_row_list(parsed), ensure_ascii=False).replace("</", "<\\/")
    legend = "".join(f'<span class="{t}">{t}</span>' for t in TABLES)
    return (f'<!doctype html><html lang="vi"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title><style>{STYLE}</style></head><body>"
            f'<main><h1>{html.escape(title)}<br><small>{html.escape(doc.title or "")}</small></h1>'
            f'<p class="legend">{legend}</p>{_marked_text(text, _spans(parsed, text))}</main>'
            f'<aside id="side"></aside><script type="application/json" id="rows">{rows}</script>'
            f"<script>{SCRIPT}</script></body></html>")


def write_reports(parsed_documents, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for parsed in parsed_documents:
        if not parsed.tables["documents"]:
            continue
        doc = parsed.tables["documents"][0]
        path = out_dir / (Path(doc.source_path).with_suffix("").as_posix().replace("/", "__") + ".html")
        path.write_text(render(parsed), encoding="utf-8")
        written.append(path)
    return written
