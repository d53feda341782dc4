"""mkfix.py R AREA DOCS TAG MINUTES TABLES [PREFIXES] [NOTES_FILE]: a fixer's prompt, fix.md
filled with the misses of the first-contact scores (/tmp/ev_s0.txt, or the file the
environment's FIRST_CONTACT names: a round scored while another round's fixers read theirs)
in TABLES (comma-separated) of the plans whose names start with PREFIXES (comma-separated),
and the notes of NOTES_FILE."""
import os
import sys
from pathlib import Path

R, AREA, DOCS, TAG, MINUTES, TABLES = sys.argv[1:7]
prefixes = sys.argv[7].split(",") if len(sys.argv) > 7 and sys.argv[7] else []
notes = Path(sys.argv[8]).read_text(encoding="utf-8") if len(sys.argv) > 8 else ""
tables = TABLES.split(",")
lines = []
FIRST_CONTACT = os.environ.get("FIRST_CONTACT", "/tmp/ev_s0.txt")
for line in Path(FIRST_CONTACT).read_text(encoding="utf-8").splitlines():
    if " strict:" in line or not any(f" {t}:" in line for t in tables):
        continue
    if prefixes and not line.startswith(tuple(prefixes)):
        continue
    if ": missed " in line or ": extra " in line:
        lines.append(line[:400])
misses = f"Loose misses (strict-only differences are in {FIRST_CONTACT}):\n```\n" + "\n".join(lines) + "\n```\n" + notes
brief = (Path(__file__).parent.parent / "fix.md").read_text(encoding="utf-8")
for key, value in (("R", R), ("AREA", AREA), ("DOCS", DOCS), ("TAG", TAG), ("MIN", MINUTES), ("MISSES", misses)):
    brief = brief.replace("{{" + key + "}}", value)
print(brief)
