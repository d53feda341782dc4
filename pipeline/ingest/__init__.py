"""Stage 1: bytes on disk → a Source with the contract's text (CONTRACT §1).

`read_source` picks the reader by the file's suffix (one module per format) after
the checks every format shares: a regular file, not too big.  Each reader raises
IngestError with an `error_type` and a message saying what to do; the caller turns
it into an `errors` row and the batch goes on.
"""

from __future__ import annotations

import importlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

from pipeline.ingest.text import IngestError, Source, read_text_file

# Largest file read, by format.  A plan is at most a few hundred pages: a 300-page
# plan is about 1.5 MB of text; Word and PDF files carry images and fonts.
MAX_TEXT_BYTES = 5 * 1024 * 1024
MAX_PACKED_BYTES = 100 * 1024 * 1024


def _reader(module: str, function: str) -> Callable[[Path, str], Source]:
    """Import a format's module only when a file of that format comes."""

    def read(path: Path, source_path: str) -> Source:
        return getattr(importlib.import_module(f"pipeline.ingest.{module}"), function)(path, source_path)

    return read


def _old_word(path: Path, source_path: str) -> Source:
    raise IngestError("doc_format", "old Word format (.doc) is not read: open it in Word or LibreOffice and save it "
                                    "as .docx (or run `soffice --headless --convert-to docx FILE.doc`), then parse that")


READERS: dict[str, Callable[[Path, str], Source]] = {
    ".txt": read_text_file,
    ".text": read_text_file,
    ".md": read_text_file,
    ".docx": _reader("docx", "read_docx"),
    ".pdf": _reader("pdf", "read_pdf"),
    ".html": _reader("html", "read_html"),
    ".htm": _reader("html", "read_html"),
    ".doc": _old_word,
}
SUPPORTED = frozenset(READERS)
_LIMITS = {".docx": MAX_PACKED_BYTES, ".pdf": MAX_PACKED_BYTES, ".html": 4 * MAX_TEXT_BYTES, ".htm": 4 * MAX_TEXT_BYTES}


def read_source(path: Path, source_path: str) -> Source:
    """The Source of one input file, or IngestError / OSError saying why not."""
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise IngestError("unsupported_format", f"'{path.suffix or 'no extension'}' is not a supported format "
                                                f"(supported: {', '.join(sorted(SUPPORTED))})")
    info = os.stat(path)  # follows symlinks: a dangling link or a loop is an OSError here
    if not stat.S_ISREG(info.st_mode):
        raise IngestError("unreadable", "not a regular file (a pipe, device or socket): copy the document to a file")
    limit = _LIMITS.get(suffix, MAX_TEXT_BYTES)
    if info.st_size > limit:
        raise IngestError("too_large", f"{info.st_size / 2**20:.1f} MB is more than the {limit // 2**20} MB a plan "
                                       "can be: check that this is one plan, or split it")
    return READERS[suffix](path, source_path)


__all__ = ["IngestError", "Source", "SUPPORTED", "read_source"]
