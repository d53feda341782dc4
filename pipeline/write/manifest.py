"""The manifest of an output folder: what its tables were made from.

It records the hash of every input's bytes, a version of the pipeline (its rules
and code) and the tables written.  Kept free of heavy imports: a re-run whose
inputs and pipeline are unchanged answers from it alone, at once.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = "manifest.json"
PACKAGE = Path(__file__).resolve().parent.parent


@functools.lru_cache(maxsize=1)
def pipeline_version() -> str:
    """Hash of every rule file and every source file: any change re-parses everything."""
    digest = hashlib.sha256()
    for path in sorted([*PACKAGE.rglob("*.py"), *(PACKAGE.parent / "rules").rglob("*.yaml")]):
        digest.update(path.relative_to(PACKAGE.parent).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class Manifest:
    version: str
    inputs: dict[str, str] = field(default_factory=dict)  # source_path → sha256, in the run's order
    tables: list[str] = field(default_factory=list)  # the Parquet files the run wrote

    @classmethod
    def load(cls, out_dir: Path) -> Manifest | None:
        try:
            raw = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
            return cls(raw["version"], dict(raw["inputs"]), list(raw["tables"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, out_dir: Path) -> None:
        partial = out_dir / f".{MANIFEST}.partial-{os.getpid()}"
        partial.write_text(json.dumps({"version": self.version, "inputs": self.inputs, "tables": self.tables}, indent=0),
                           encoding="utf-8")
        os.replace(partial, out_dir / MANIFEST)

    def tables_exist(self, out_dir: Path) -> bool:
        return bool(self.tables) and all((out_dir / f"{name}.parquet").exists() for name in self.tables)

    @staticmethod
    def forget(out_dir: Path) -> None:
        """Before tables are replaced: a run killed midway must not trust old entries."""
        (out_dir / MANIFEST).unlink(missing_ok=True)
