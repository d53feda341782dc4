"""The working copy joins a syllable a PDF hyphenated across a line end, and no real hyphen."""

import pytest

from pipeline.normalise import textmap


def working(text: str) -> str:
    work = textmap.build(text)
    assert len(work.text) == len(text)
    return work.text


def test_a_syllable_split_at_a_line_end_is_joined_where_it_ends():
    text = "Cơ quan chủ trì: Sở Nông nghiệp và Môi trư-\nờng; thời gian: trước ngày 30/6/2027.\n"
    shown = working(text)
    assert "Sở Nông nghiệp và Môi   trường;" in shown
    # the joined word ends where the written one ends (the offset rule)
    assert shown.index("trường") + len("trường") == text.index("ờng") + len("ờng")


def test_a_syllable_split_after_a_comma_list():
    assert "các xã,   phường có" in working("phối hợp với Ủy ban nhân dân các xã, phư-\nờng có cụm công nghiệp.\n")


@pytest.mark.parametrize("text", [
    "phát triển kinh tế -\nxã hội của tỉnh.\n",  # a spaced dash between words
    "Phòng Văn hóa -\nXã hội chủ trì.\n",
    "phòng, chống dịch Covid-\n19 trên địa bàn.\n",  # not letters
    "tỉnh Bà Rịa-\nVũng Tàu chủ trì.\n",  # the second half in capitals
    "Văn hóa-\nxã hội của tỉnh.\n",  # two words: `hóaxã` is no syllable
    "học tập e-\nlearning-based cho giáo viên.\n",  # a half joined to a third
])
def test_a_real_hyphen_stays(text):
    assert "-" in working(text)


def test_no_join_in_a_table_row():
    text = "STT | Đơn vị | Nội dung\n1 | Sở Nông nghiệp và Môi trư-\nờng | Chủ trì\n"
    assert "trường" not in working(text)
