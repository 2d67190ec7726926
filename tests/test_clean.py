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


def test_a_flattened_table_row_keeps_its_cell_separators():
    """Spaces part a table's cells (so amounts are read against their columns); elsewhere they go."""
    from kg.text.clean import clean
    raw = ("序号 项目名称 总投资（万元） 完成投资（万元） 进展\n"
           "1 甲县至乙镇公路改建工程 12.5公里 8650 1620 路基施工\n"
           "全县 完成 投资 1.2亿元。\n")
    c = clean(raw)
    lines = c.text.split("\n")
    assert lines[0] == "序号 项目名称 总投资（万元） 完成投资（万元） 进展"
    assert lines[1] == "1 甲县至乙镇公路改建工程 12.5公里 8650 1620 路基施工"
    assert lines[2] == "全县完成投资1.2亿元。"
    assert all(c.raw[c.index[i]] == ch for i, ch in enumerate(c.text) if ch != " ")
