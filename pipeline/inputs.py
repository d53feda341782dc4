"""What to parse: the files under the inputs, in a stable order, with their hashes.

Kept free of the pipeline's heavy imports, so that a re-run with nothing to do
answers at once.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class InputFile:
    path: Path
    source_path: str  # relative to the input folder it was found in
    sha256: str | None = None  # of the bytes; None when the file cannot be read

    @property
    def doc_id(self) -> str | None:
        return self.sha256[:16] if self.sha256 else None


def _digest(path: Path) -> str | None:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def discover(inputs: list[Path]) -> Iterator[InputFile]:
    """Files under the inputs, recursively, sorted, with the hash of their bytes.

    Symlink loops are walked once; hidden files and folders are skipped.
    """
    for given in inputs:
        if given.is_dir():
            seen_dirs: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(given, followlinks=True):
                stat = os.stat(root)
                if (stat.st_dev, stat.st_ino) in seen_dirs:
                    dirs[:] = []
                    continue
                seen_dirs.add((stat.st_dev, stat.st_ino))
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        path = Path(root) / name
                        yield InputFile(path, path.relative_to(given).as_posix(), _digest(path))
        else:
            yield InputFile(given, given.name, _digest(given))


def duplicates(items: Iterable[InputFile]) -> dict[str, str]:
    """source_path → the earlier source_path with the same bytes (one document, one doc_id)."""
    first: dict[str, str] = {}
    out = {}
    for item in items:
        if item.sha256 is None:
            continue
        if item.sha256 in first:
            out[item.source_path] = first[item.sha256]
        else:
            first[item.sha256] = item.source_path
    return out
