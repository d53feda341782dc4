"""What every extractor reads: one document's text, working copy, body and sections.

Extractors never re-read the file or re-segment: they get a DocContext and return
rows of their table.  Offsets are always into documents.text (the working copy has
the same length, see normalise/textmap.py).
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

from pipeline.ingest.text import Source
from pipeline.normalise.textmap import WorkingText
from pipeline.segment.sections import Heading


@dataclass(frozen=True)
class Issuer:
    """Who issued the plan: the extractors need it for jurisdiction and dates."""

    name: str | None = None  # Ủy ban nhân dân tỉnh Gia Lai
    level: str | None = None  # tinh / huyen / xa
    area: str | None = None  # tỉnh Gia Lai — the jurisdiction of "Sở Y tế" in this plan
    province: str | None = None
    issued_date: dt.date | None = None
    issued_year: int | None = None
    doc_number: str | None = None  # 98/KH-UBND: the plan's own number, never a reference of it
    # the one year of the plan's own period (`Kế hoạch … năm 2026` issued in December 2025): a time
    # the text gives no year (`Quý II`, `Cả năm`) is in it; None for a plan of several years
    plan_year: int | None = None

    @property
    def own_year(self) -> int | None:
        """The year of a time written without one: the plan's year, else the year it was issued."""
        return self.plan_year or self.issued_year


@dataclass
class DocContext:
    source: Source
    work: WorkingText
    preamble_start: int  # after the header block: title and opening paragraph (a decision's Căn cứ and articles)
    body_start: int  # first heading (or preamble_start when there is none)
    body_end: int  # where Nơi nhận / the signature begins
    read_end: int  # where the extractors stop reading: body_end, or the text's end when an appendix follows the signature
    sections: list[Heading]
    issuer: Issuer
    title: str | None = None  # the subject line: some rules hold for a kind of plan (new rural development)
    title_end: int = 0  # where the subject line ends: a time in it is the plan's period, no deadline
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self):
        self._starts = [h.start for h in self.sections]

    @property
    def doc_id(self) -> str:
        return self.source.doc_id

    @property
    def text(self) -> str:
        """documents.text — slice it for a row's `text`."""
        return self.source.text

    @property
    def working(self) -> str:
        """The working copy to match on (same offsets as `text`)."""
        return self.work.text

    def section_at(self, offset: int) -> Heading | None:
        """Innermost section containing `offset` (None before the first heading or after the body)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        while i >= 0:
            node = self.sections[i]
            if node.start <= offset < max(node.end, node.line_end):
                return node
            i -= 1
        return None

    def section_id_at(self, offset: int) -> str | None:
        node = self.section_at(offset)
        return node.section_id if node else None

    def row_id(self, prefix: str, n: int) -> str:
        """Stable id: document, table letter, position in the table's row order."""
        return f"{self.doc_id}-{prefix}{n:04d}"
