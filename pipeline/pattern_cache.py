"""Compiled rule patterns kept on disk, so that a process reads them instead of compiling.

The regex module reads a pattern in Python: the ~2,200 patterns of rules/ and the anchored
forms that parsing asks for cost ~50 s of CPU in every process (each --jobs worker, each
Dask worker, each test subprocess) before its first plan is done.  A compiled pattern
pickles as the engine's own code, which regex builds back without reading the pattern
again (its pickling support), so what a pattern compiles to, with what the rules module
reads from it, is kept in a file named by a hash of the pattern, of the code that reads
it and of the regex and Python versions.  A file never goes stale (a changed pattern or
reader has another name); a missing or unreadable one is built afresh, and a cache
folder that cannot be written is passed over.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import regex

T = TypeVar("T")


def cache_dir() -> Path:
    """$KHPARSE_CACHE, else khparse/ in the user's cache folder ($XDG_CACHE_HOME or ~/.cache)."""
    if os.environ.get("KHPARSE_CACHE"):
        return Path(os.environ["KHPARSE_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "khparse"


def cached(kind: str, source: str, reader: str, build: Callable[[], T]) -> T:
    """build()'s value for this pattern `source`, from the cache when it holds it.
    `reader` names the version of the code build() runs (a hash of its source)."""
    key = "\0".join((kind, source, reader, regex.__version__, sys.implementation.cache_tag))
    path = cache_dir() / hashlib.sha256(key.encode("utf-8")).hexdigest()
    with contextlib.suppress(OSError):
        data = path.read_bytes()
        try:
            return pickle.loads(data)
        except Exception:  # noqa: BLE001 — a damaged file is rebuilt, whatever unpickling raised
            pass
    value = build()
    _write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return value


def _write(path: Path, data: bytes) -> None:
    """Write to a temporary name, then rename: a reader sees the whole file or none."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".writing-")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
