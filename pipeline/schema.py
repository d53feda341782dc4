"""One pydantic model per output table: the single source of the schema.

Validation of every row, the Arrow schema of every Parquet file and the data
dictionary in the README are all derived from these classes, so a column is
declared exactly once.  Each field's description is its meaning for analysts.
"""

from __future__ import annotations

import datetime as dt
import types
import typing

import pyarrow as pa
from pydantic import BaseModel, ConfigDict, Field


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SpanRow(Row):
    """A record that points into documents.text."""

    doc_id: str = Field(description="first 16 hex digits of sha256 of the source bytes")
    section_id: str | None = Field(description="innermost section the span stands in; null outside any section")
    text: str = Field(description="documents.text[start:end]")
    start: int = Field(description="start offset (Python str index) into documents.text")
    end: int = Field(description="end offset (exclusive) into documents.text")


class Document(Row):
    doc_id: str = Field(description="first 16 hex digits of sha256 of the source bytes")
    source_path: str = Field(description="path as given, relative to the input folder")
    source_format: str = Field(description="format the text was read from: txt, md, docx, pdf, html")
    text: str = Field(description="decoded text (BOM removed, NFC, \\n line ends); every offset points into it")
    doc_type: str | None = Field(description="KE_HOACH, QUYET_DINH, …; null if not found")
    doc_number: str | None = Field(description="e.g. 1212/KH-UBND; null when the number is blank")
    issuer: str | None = Field(description="canonical issuing body, e.g. Ủy ban nhân dân tỉnh Khánh Hòa")
    issuer_level: str | None = Field(description="tinh, huyen, xa or null")
    province: str | None = Field(description="province of the issuer, e.g. Khánh Hòa")
    place: str | None = Field(description="place in the date line, canonical spelling")
    issued_date: dt.date | None = Field(description="null when day or month are blank")
    issued_year: int | None = Field(description="year of issue, also when only the year is given")
    title: str | None = Field(description="subject line under KẾ HOẠCH, joined into one line")
    signer_name: str | None = Field(description="name under the signature block")
    signer_title: str | None = Field(description="e.g. PHÓ CHỦ TỊCH")
    recipients: list[str] = Field(description="lines of Nơi nhận")
    period_start: int | None = Field(description="first year of the plan's own period (giai đoạn 2021-2025)")
    period_end: int | None = Field(description="last year of the plan's own period")
    rule_id: str | None = Field(description="rule that found the document number")


class Section(Row):
    doc_id: str = Field(description="document the heading belongs to")
    section_id: str = Field(description="path of markers joined by /, e.g. III/3/3.2/a; a repeated marker gets ~2")
    parent_id: str | None = Field(description="section_id of the parent; null at top level")
    level: int = Field(description="1 = top")
    marker: str = Field(description="III, 3, 3.2, a")
    marker_type: str = Field(description="roman, arabic, decimal, letter")
    heading: str = Field(description="heading text on the marker's line (may be the start of a paragraph)")
    kind: str | None = Field(description="level 1 only: purpose, objectives, tasks, budget, organization, reporting, other")
    start: int = Field(description="start of the heading")
    end: int = Field(description="end of the whole section, before the next sibling or ancestor")
    rule_id: str = Field(description="heading rule that matched the marker")


class Target(SpanRow):
    target_id: str = Field(description="stable id of the target within its document")
    sentence: str = Field(description="the clause the target stands in")
    indicator: str | None = Field(description="what is measured, e.g. dân số tham gia bảo hiểm y tế")
    indicator_code: str | None = Field(description="code from rules/indicators.yaml, e.g. bhyt_coverage")
    comparator: str = Field(description="gt, gte, lt, lte, approx, eq, range")
    value: float = Field(description="the number, Vietnamese notation read (3.700 = 3700, 2,5 = 2.5)")
    value_max: float | None = Field(description="upper bound of a range")
    unit: str | None = Field(description="unit as written, canonical spacing: %, căn hộ, bác sĩ/vạn dân")
    unit_kind: str = Field(description="percent, count, rate, area, age, ratio, money, other")
    direction: str | None = Field(description="increase, decrease, maintain or null")
    target_year: int | None = Field(description="year the target is due")
    rule_id: str = Field(description="rule that produced the record")


class Assignment(SpanRow):
    assignment_id: str = Field(description="stable id of the assignment within its document")
    task_id: str | None = Field(description="task the assignment belongs to, if any")
    agency: str = Field(description="canonical agency name, e.g. Sở Lao động - Thương binh và Xã hội")
    agency_type: str = Field(description="so, phong, ubnd, ban, doan_the, bhxh, ngan_hang, luc_luong, collective, other")
    jurisdiction: str | None = Field(description="whose agency it is, from the issuer, e.g. tỉnh Gia Lai")
    role: str = Field(description="lead, partner, focal_point, report_to, advisor, requested, responsible")
    rule_id: str = Field(description="rule that produced the record")


class Task(SpanRow):
    task_id: str = Field(description="stable id of the task within its document")
    lead: list[str] = Field(description="canonical names of the lead agencies")
    partners: list[str] = Field(description="canonical names of the partner agencies")
    timeframe: str | None = Field(description="time text attached to the task")
    product: str | None = Field(description="expected output (Sản phẩm)")
    rule_id: str = Field(description="rule that produced the record")


class Deadline(SpanRow):
    deadline_id: str = Field(description="stable id of the deadline within its document")
    kind: str = Field(description="deadline, timeframe, recurring")
    date: dt.date | None = Field(description="when day, month and year are known")
    year: int | None = Field(description="year as given or implied")
    month: int | None = Field(description="month as given")
    day: int | None = Field(description="day as given")
    recurrence: str | None = Field(description="yearly, half_yearly, quarterly, monthly or null")
    action: str | None = Field(description="what is due, e.g. báo cáo kết quả thực hiện")
    rule_id: str = Field(description="rule that produced the record")


class Reference(SpanRow):
    reference_id: str = Field(description="stable id of the reference within its document")
    ref_type: str = Field(description="Quyết định, Nghị quyết, Kế hoạch, …")
    number: str | None = Field(description="canonical symbol without spaces, e.g. 155/QĐ-TTg")
    issued_date: dt.date | None = Field(description="date of the cited document when given")
    issuer: str | None = Field(description="issuer of the cited document when given")
    key: str = Field(description="number@year for joining across documents (@? when no year is known)")
    relation: str = Field(description="basis (the documents this plan implements) or mention")
    rule_id: str = Field(description="rule that produced the record")


class Page(Row):
    doc_id: str = Field(description="document the page belongs to (PDF input only)")
    page: int = Field(description="page number in the original file, 1 = first")
    start: int = Field(description="offset in documents.text where the page's text starts")
    end: int = Field(description="offset (exclusive) where the page's text ends; a record on the page has start in [start, end)")


class Error(Row):
    doc_id: str | None = Field(description="document id when the bytes could be read")
    source_path: str = Field(description="input path, relative to the input folder")
    error_type: str = Field(description="e.g. empty_file, binary_file, undecodable, extractor_failed")
    message: str = Field(description="what went wrong and what to do about it")


TABLES: dict[str, type[Row]] = {
    "documents": Document,
    "sections": Section,
    "targets": Target,
    "assignments": Assignment,
    "tasks": Task,
    "deadlines": Deadline,
    "references": Reference,
    "pages": Page,
    "errors": Error,
}

_ARROW_TYPES = {str: pa.string(), int: pa.int64(), float: pa.float64(), dt.date: pa.date32()}


def _arrow_type(annotation) -> pa.DataType:
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return _arrow_type(next(a for a in args if a is not type(None)))
    if typing.get_origin(annotation) is list:
        return pa.list_(_arrow_type(args[0]))
    return _ARROW_TYPES[annotation]


def arrow_schema(model: type[Row]) -> pa.Schema:
    """The Parquet schema of a table, field by field from its model."""
    return pa.schema(
        [pa.field(name, _arrow_type(f.annotation), nullable=name not in ("doc_id",) or model is Error)
         for name, f in model.model_fields.items()]
    )


def type_name(annotation) -> str:
    return str(_arrow_type(annotation))


def data_dictionary() -> str:
    """Markdown of every table and column, for the README (a test keeps it current)."""
    parts = []
    for table, model in TABLES.items():
        parts.append(f"### {table}\n\n| column | type | meaning |\n|---|---|---|")
        for name, f in model.model_fields.items():
            parts.append(f"| {name} | {type_name(f.annotation)} | {f.description} |")
        parts.append("")
    return "\n".join(parts)
