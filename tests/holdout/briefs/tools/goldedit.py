"""goldedit.apply(edits, folder): a second reading's findings applied to gold files.

Each edit is (file, table, match, action, new): `set` updates the fields of the one item
whose fields equal `match` (a key `-name` with value None removes the field), `del` removes
that item, `add` appends `new`.  A file keeps its indentation (1 or 2 spaces)."""
import json
from pathlib import Path


def _indent(raw: str) -> int:
    for line in raw.splitlines()[1:3]:
        spaces = len(line) - len(line.lstrip(" "))
        if spaces:
            return spaces
    return 1


def apply(edits, folder) -> None:
    for name, table, match, action, new in edits:
        path = Path(folder) / name
        raw = path.read_text(encoding="utf-8")
        gold = json.loads(raw)
        if action == "add":
            gold[table].append(new)
        else:
            hits = [i for i, item in enumerate(gold[table]) if all(item.get(k) == v for k, v in match.items())]
            if len(hits) != 1:
                print("!! not one item", name, table, match, len(hits))
                continue
            if action == "del":
                gold[table].pop(hits[0])
            for key, value in (new.items() if action == "set" else ()):
                if value is None and key.startswith("-"):
                    gold[table][hits[0]].pop(key[1:], None)
                else:
                    gold[table][hits[0]][key] = value
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=_indent(raw)) + "\n", encoding="utf-8")
        print("ok", name, table, action, match)
