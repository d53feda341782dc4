"""Dates as Vietnamese plans write them: every form is read, none crashes."""

import datetime as dt

import pytest

from pipeline.extract import dates


@pytest.mark.parametrize("text,expected", [
    ("trước ngày 25/10/2026", dt.date(2026, 10, 25)),
    ("Chương trình số 81-CTr/TU, ngày 15-4-2024", dt.date(2024, 4, 15)),
    ("hoàn thành trước ngày 15 tháng 8 năm 2024", dt.date(2024, 8, 15)),
    ("Kế hoạch số 193-KH/HU ngày 05 tháng 7 năm 2024", dt.date(2024, 7, 5)),
    ("NGÀY 16 THÁNG 01 NĂM 2025 CỦA TỈNH ỦY GIA LAI", dt.date(2025, 1, 16)),
    ("ngày 20 / 12 / 2021", dt.date(2021, 12, 20)),
    ("Trước 2027-01-05", dt.date(2027, 1, 5)),
    ("2027-02-03 19:30:00", dt.date(2027, 2, 3)),
])
def test_full_dates(text, expected):
    assert dates.read(text).date == expected


def test_a_date_without_a_year_has_no_date_until_the_plan_gives_its_year():
    parts = dates.read("trước ngày 25/11 hàng năm")
    assert (parts.day, parts.month, parts.year, parts.date) == (25, 11, None, None)
    in_2026 = parts.with_year(2026)
    assert in_2026.date == dt.date(2026, 11, 25)
    assert in_2026.year_implied


def test_odd_spacing_inside_brackets():
    parts = dates.read("định kỳ hằng năm  ( trước ngày 15 tháng 12 )  và đột xuất")
    assert (parts.day, parts.month, parts.year) == (15, 12, None)


def test_a_year_printed_keeps_the_plan_year_out():
    parts = dates.read("trước ngày 20/12/2021").with_year(2026)
    assert parts.year == 2021 and not parts.year_implied


def test_impossible_date_is_kept_without_a_date():
    parts = dates.read("trước ngày 31/02/2026")
    assert (parts.day, parts.month, parts.year) == (31, 2, 2026)
    assert parts.date is None


@pytest.mark.parametrize("text,quarter,year", [
    ("Quý I/2026", 1, 2026),
    ("trong quý IV năm 2025", 4, 2025),
    ("Quý 2/2024", 2, 2024),
    ("trong Quý III", 3, None),
])
def test_quarters(text, quarter, year):
    parts = dates.read(text)
    assert (parts.quarter, parts.year) == (quarter, year)


def test_half_years():
    assert dates.read("6 tháng đầu năm").half == 1
    parts = dates.read("06 tháng cuối năm 2025")
    assert (parts.half, parts.year) == (2, 2025)


def test_month_and_year():
    parts = dates.read("hoàn thành trong tháng 5/2026")
    assert (parts.day, parts.month, parts.year) == (None, 5, 2026)


def test_a_year_alone():
    parts = dates.read("đến cuối năm 2021")
    assert (parts.month, parts.year) == (None, 2021)


def test_no_date_at_all():
    assert dates.read("thường xuyên kiểm tra, đôn đốc") is None
    assert dates.read("sơ kết giữa kỳ (02 năm)") is None


@pytest.mark.parametrize("text,recurrence", [
    ("định kỳ hằng năm", "yearly"),
    ("Hàng năm, đầu tư xây dựng", "yearly"),
    ("báo cáo định kỳ 6 tháng", "half_yearly"),
    ("báo cáo hàng quý", "quarterly"),
    ("giao ban hằng tháng", "monthly"),
    ("tổng kết 05 năm", None),
    ("6 tháng đầu năm 2026", None),
])
def test_recurrence_words(text, recurrence):
    assert dates.recurrence(text) == recurrence


def test_the_repetition_nearest_before_a_date_is_its_own():
    text = "định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12) báo cáo"
    assert dates.recurrence_near(text, text.index("trước ngày 15/6")) == "half_yearly"
    assert dates.recurrence_near(text, text.index("trước ngày 15/12")) == "yearly"
    assert dates.recurrence_near("trước ngày 15/12, định kỳ hằng quý", 0) == "quarterly"
    assert dates.recurrence_near("trước ngày 15/12", 0) is None


def test_a_day_alone_and_the_last_month_of_a_quarter():
    parts = dates.read("ngày 20")
    assert (parts.day, parts.month, parts.year, parts.date) == (20, None, None, None)
    assert dates.recurrence("của tháng cuối quý") == "quarterly"


def test_the_whole_year_is_the_plans():
    parts = dates.read("Cả năm")
    assert (parts.day, parts.month, parts.year) == (None, None, None)
    assert parts.with_year(2025).year == 2025
    assert dates.read("cả năm 2026").year == 2026
    assert dates.read("cả năm học") is None


@pytest.mark.parametrize("text", ["2024 - 2025", "2024 – 2030", "giai đoạn 2021-2025"])
def test_a_span_of_years_reads_as_no_date(text):
    assert dates.read(text) is None
