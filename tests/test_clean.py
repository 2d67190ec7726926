"""Cleaning keeps offsets true and folds the genre's noise."""
from __future__ import annotations

import pytest

from kg.text.clean import clean


@pytest.mark.parametrize("raw, expected", [
    ("S311线K33＋000", "S311线K33+000"),
    ("Ｓ３１１线", "S311线"),
    ("##paidbegin##3.准确定位##paidend##", "3.准确定位"),
    ("[bookmark: _Toc30050][bookmark: _Toc27308]一是从严", "一是从严"),
    ("   一、工作 完成情况", "一、工作完成情况"),
    ("EPC project", "EPC project"),
    ("1675m 2", "1675m 2"),
])
def test_clean_text(raw, expected):
    assert clean(raw).text == expected


@pytest.mark.parametrize("raw", [
    "##paidbegin##省道311线武杨段 Ｓ３１１ 线K33＋000##paidend##",
    "  \u3000怀化市新晃县交通运输局\n[bookmark: _Toc1]一、",
])
def test_offsets_point_back_to_the_same_characters(raw):
    c = clean(raw)
    for i, ch in enumerate(c.text):
        original = c.raw[c.index[i]]
        assert original == ch or ord(original) - 0xFEE0 == ord(ch) or original in "＋"


def test_raw_span_of_a_mention_covers_the_original_text():
    c = clean("##paidbegin##总投资约６３亿元")
    start = c.text.index("约")
    rs, re_ = c.raw_span(start, len(c.text))
    assert c.raw[rs:re_] == "约６３亿元"
