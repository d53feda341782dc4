"""Read a Vietnamese date expression into its parts: day, month, year, quarter, half.

The deadline and reference rules find where a date stands; this module says what
it is, with the forms of rules/dates.yaml (25/10/2026, 15-4-2024, ngày 15 tháng 8
năm 2024, 25/11, Quý I/2026, 6 tháng đầu năm, năm 2026).  A date that cannot
exist (31/02/2026) keeps its parts and gets no `date`: the text is still worth a
row, and one misprint must never stop a document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from pipeline import rules
from pipeline.extract import numbers


@dataclass(frozen=True)
class DateParts:
    """What a date expression says; `date` only when day, month and year are known and valid."""

    rule_id: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    quarter: int | None = None
    half: int | None = None
    year_implied: bool = False  # the year came from the plan, not from the text

    @property
    def date(self) -> dt.date | None:
        if self.day is None or self.month is None or self.year is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def with_year(self, year: int | None) -> DateParts:
        """The same parts in `year` (the plan's year) when the text gave none."""
        if self.year is not None or year is None:
            return self
        return replace(self, year=year, year_implied=True)


def _rules():
    return rules.load("dates")


def _int(value: str | None) -> int | None:
    """A day, month or year in digits, or spelt out (`mười lăm`, `Ba`: fragments DAY_WORDS,
    MONTH_WORDS)."""
    if not value:
        return None
    if value.isdigit():
        return int(value)
    words = numbers.parse(" ".join(value.split()))
    return int(words) if words else None


def read(text: str) -> DateParts | None:
    """The parts of the first date form (in rules/dates.yaml order) found in `text`;
    None when that form gives no date (a span of years)."""
    for rule in _rules().rules:
        m = rule.search(text)
        if not m:
            continue
        if rule.get("no_date"):
            return None
        groups = m.groupdict()
        quarter = groups.get("quarter")
        half = groups.get("half")
        return DateParts(
            rule_id=rule.id,
            day=_int(groups.get("day")),
            month=_int(groups.get("month")),
            year=_int(groups.get("year")),
            quarter=rule.get("numerals")[quarter.upper()] if quarter else None,
            half=rule.get("halves")[half.lower()] if half else None,
        )
    return None


def span(first: DateParts | None, last: DateParts | None, rule_id: str) -> DateParts | None:
    """A span of days has the year both ends share (`từ ngày 17/10 đến ngày 18/11/2024`:
    2024), and the month too when it stays in one (`từ ngày 14/02/2026 đến hết ngày
    22/02/2026`, or a first day alone: `từ ngày 13 - 16/3/2025`); one that runs into the
    next year has none.  Never a day: a period is no date to be done by."""
    if first is None or last is None or (first.year is not None and first.year != last.year):
        return None
    month = last.month if first.month in (None, last.month) else None
    return DateParts(rule_id=rule_id, year=last.year, month=month)


def recurrence(text: str) -> str | None:
    """yearly / half_yearly / quarterly / monthly when `text` holds a word of repetition."""
    for rule in _rules().group("recurrences"):
        if rule.search(text):
            return rule.get("recurrence")
    return None


def recurrence_near(text: str, at: int) -> str | None:
    """The repetition `text` says nearest before offset `at`, else nearest after it:
    `định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)` gives each
    date its own."""
    found = [(m.start(), m.end(), rule.get("recurrence"))
             for rule in _rules().group("recurrences") for m in rule.finditer(text)]
    before = [f for f in found if f[1] <= at]
    if before:
        return max(before, key=lambda f: f[1])[2]
    after = [f for f in found if f[0] >= at]
    return min(after)[2] if after else None



def lunar_year(name: str, month: str | None, near: int | None) -> int | None:
    """The solar year of a day in the lunar year `name` (`Bính Ngọ`) and lunar `month`
    (`Giêng`, `Tết`, `8`): the year of the stem and branch nearest `near` (the plan's year);
    None when the month may fall in the next solar year (date.lunar_year) or is unknown."""
    rule = _rules().by_id("date.lunar_year")
    words = name.lower().split()
    if near is None or len(words) != 2 or not rule.match(name):
        return None
    key = " ".join((month or "").lower().split())
    number = int(key) if key.isdigit() else rule.get("months").get(key)
    if number is None or number > rule.get("same_solar_year_until"):
        return None
    stem, branch = rule.get("stems")[words[0]], rule.get("branches")[words[1]]
    # (a stem and a branch of unlike parity name no year: a misprint gives none)
    return next((y for y in range(near - 30, near + 30) if y % 10 == stem and y % 12 == branch), None)
