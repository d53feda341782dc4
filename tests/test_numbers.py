"""Numbers as Vietnamese plans write them: `.` groups thousands, `,` marks decimals."""

import pytest

from pipeline.extract import numbers


@pytest.mark.parametrize("written,value", [
    ("3.700", 3700),          # ít nhất 3.700 căn hộ nhà ở xã hội
    ("16.600", 16600),        # trên 16.600 lao động
    ("1.000.000", 1000000),
    ("2,5", 2.5),             # dưới 2,5%
    ("99,5", 99.5),
    ("30,48", 30.48),         # 30,48 m2 sàn/người
    ("2,0", 2.0),
    ("1.500,75", 1500.75),
    ("01", 1),                # trẻ dưới 01 tuổi, 01 triệu căn hộ
    ("100", 100),
])
def test_vietnamese_notation(written, value):
    assert numbers.parse(written) == pytest.approx(value)


@pytest.mark.parametrize("written,value", [
    ("1/2", 0.5),             # số hộ nghèo giảm 1/2
    ("một phần hai", 0.5),    # (một phần hai)
    ("hai phần ba", 2 / 3),
    ("1/4", 0.25),
])
def test_fractions(written, value):
    assert numbers.parse(written) == pytest.approx(value)


@pytest.mark.parametrize("written,value", [
    ("01 triệu", 1_000_000),  # Đề án đầu tư xây dựng ít nhất 01 triệu căn hộ
    ("2,5 triệu", 2_500_000),
    ("3 nghìn", 3000),
    ("1,2 tỷ", 1_200_000_000),
])
def test_multiplier_words(written, value):
    assert numbers.parse(written) == pytest.approx(value)


def test_ambiguous_english_notation_keeps_the_vietnamese_reading():
    # `1,000` would be one thousand in English; in a Vietnamese plan the comma is
    # the decimal mark, and nothing in the number says otherwise: 1.0.
    assert numbers.parse("1,000") == 1.0
    # `1.000` is one thousand, as Vietnamese groups thousands with a dot.
    assert numbers.parse("1.000") == 1000
    # `1.5` has no Vietnamese reading with a thousands dot (a group has three
    # digits), so the only reading left is one and a half — not fifteen.
    assert numbers.parse("1.5") == 1.5


@pytest.mark.parametrize("written", ["", "abc", "một phần", "1/0", "QĐ", "¹"])
def test_no_number(written):
    assert numbers.parse(written) is None


@pytest.mark.parametrize("written,year", [
    ("2030", 2030),
    ("20 30", 2030),           # Mục tiêu cụ thể năm 20 30 (a converted PDF)
    ("2 0 2 5", 2025),
    ("1999", 1999),
])
def test_years_split_by_stray_spaces(written, year):
    assert numbers.read_year(written) == year


@pytest.mark.parametrize("written", ["30", "3030", "203", "20301"])
def test_no_year(written):
    assert numbers.read_year(written) is None


@pytest.mark.parametrize("written,value", [
    ("1 0", 10),               # Du lịch đóng góp khoảng 1 0% vào GRDP (copied from a web portal)
    ("9 5", 95),
    ("1 00", 100),
])
def test_digits_split_by_a_stray_space(written, value):
    assert numbers.parse(written, split=True) == value
    # read as written, two numbers are no number
    assert numbers.parse(written) is None


def test_ocr_padded_one():
    from pipeline.extract import numbers
    assert numbers.parse("0l") == 1 and numbers.parse("0I") == 1
    assert numbers.parse("0la") is None
