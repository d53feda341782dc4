"""Read plain-text plans (.txt, .md) into the contract's text.

CONTRACT §1 allows only: BOM removed, legacy encodings converted, NFC, and line
ends made `\\n`.  Bytes that are not UTF-8 are tried as the legacy Vietnamese
encodings (ingest/encodings.py); anything we still cannot decode is an IngestError
with a message an analyst can act on; the batch goes on without that file.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest import encodings

# Longest line accepted.  A typed paragraph is at most a few thousand characters; a
# line far longer is a file saved without line breaks (or a crafted one), and the
# rules' running time grows with the line.
MAX_LINE_CHARS = 100_000


class IngestError(Exception):
    """A file that cannot become a document; error_type names the case."""

    def __init__(self, error_type: str, message: str):
        super().__init__(message)
        self.error_type = error_type
        self.message = message


@dataclass(frozen=True)
class Source:
    doc_id: str
    source_path: str
    source_format: str
    text: str
    encoding: str = "UTF-8"  # what the text was converted from (TCVN3, VNI, VISCII, Windows-1258)
    pages: tuple[tuple[int, int], ...] = ()  # PDF: (start, end) of each page in text


def doc_id_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def contract_text(decoded: str) -> str:
    """The only changes CONTRACT §1 allows after decoding."""
    if decoded.startswith("\ufeff"):
        decoded = decoded[1:]
    decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", decoded)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (with or without BOM), UTF-16 by its BOM, else a legacy
    Vietnamese encoding when one reads as Vietnamese."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as exc:
            raise IngestError("undecodable", f"UTF-16 byte-order mark but invalid UTF-16: {exc}") from exc
    if b"\x00" in data[:4096]:
        raise IngestError("binary_file", "contains NUL bytes: not a text document (convert it to .txt, .docx or .pdf first)")
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError as exc:
        legacy = encodings.decode_legacy(data)
        if legacy is None:
            raise IngestError(
                "undecodable",
                f"not valid UTF-8 or UTF-16 (byte {exc.start}) and not Vietnamese in TCVN3, VNI, VISCII "
                "or Windows-1258 either: save the file as UTF-8",
            ) from exc
        return legacy


def unicode_text(decoded: str, encoding: str = "UTF-8") -> tuple[str, str]:
    """The contract's text of decoded Unicode, UTF-8 that was read as Windows-1252 put back
    and legacy font runs converted; and what it was in."""
    decoded, shown = encodings.fix_utf8_shown_as_windows_1252(decoded)
    text, font = encodings.fix_legacy_runs(contract_text(decoded))
    return text, font or (encodings.UTF8_SHOWN_AS_WINDOWS_1252 if shown else encoding)


def read_text_file(path: Path, source_path: str) -> Source:
    data = path.read_bytes()
    if not data.strip():
        raise IngestError("empty_file", "the file is empty or holds only white space")
    text, encoding = unicode_text(*decode(data))
    check_text(text)
    return Source(doc_id_of(data), source_path, path.suffix.lower().lstrip(".") or "txt", text, encoding)


def check_text(text: str) -> None:
    """Refuse text that cannot be a plan: nothing in it, or mostly control characters."""
    if not text.strip():
        raise IngestError("empty_file", "the file holds only white space")
    if _control_share(text) > 0.05:
        raise IngestError("binary_file", "mostly control characters: not a text document")
    longest = max(map(len, text.split("\n")))
    if longest > MAX_LINE_CHARS:
        raise IngestError("line_too_long", f"a line of {longest:,} characters (limit {MAX_LINE_CHARS:,}): the file "
                                           "lost its line breaks; save it again with one paragraph per line")


# the control characters (Unicode category Cc: U+0000-001F, U+007F-009F) but \t and \n
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _control_share(text: str) -> float:
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) / max(1, len(sample))
