"""Read plain-text plans (.txt, .md) into the contract's text.

CONTRACT §1 allows only: BOM removed, legacy encodings converted, NFC, and line
ends made `\\n`.  Anything we cannot decode is an IngestError with a message an
analyst can act on; the batch goes on without that file.
"""

from __future__ import annotations

import codecs
import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".md", ".text"}


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


def doc_id_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def contract_text(decoded: str) -> str:
    """The only changes CONTRACT §1 allows after decoding."""
    if decoded.startswith("\ufeff"):
        decoded = decoded[1:]
    decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", decoded)


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 (by its BOM); nothing else is guessed here."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError("undecodable", f"UTF-16 byte-order mark but invalid UTF-16: {exc}") from exc
    if b"\x00" in data[:4096]:
        raise IngestError("binary_file", "contains NUL bytes: not a text document (convert it to .txt, .docx or .pdf first)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(
            "undecodable",
            f"not valid UTF-8 or UTF-16 (byte {exc.start}): save the file as UTF-8",
        ) from exc


def read_text_file(path: Path, source_path: str) -> Source:
    data = path.read_bytes()
    if not data.strip():
        raise IngestError("empty_file", "the file is empty or holds only white space")
    text = contract_text(decode(data))
    if not text.strip():
        raise IngestError("empty_file", "the file holds only white space")
    if _control_share(text) > 0.05:
        raise IngestError("binary_file", "mostly control characters: not a text document")
    return Source(doc_id_of(data), source_path, path.suffix.lower().lstrip(".") or "txt", text)


def _control_share(text: str) -> float:
    sample = text[:20000]
    bad = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\t")
    return bad / max(1, len(sample))
