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


@pytest.mark.parametrize("raw", [
    "项目名称｜总投资（万元）｜完成投资（万元）｜进展\n甲县至乙镇公路改建工程｜8650｜｜路基施工\n全县｜完成投资1.2亿元。\n",
    "| 项目名称 | 总投资（万元） | 完成投资（万元） | 进展 |\n|---|:---:|---|---|\n"
    "| 甲县至乙镇公路改建工程 | 8650 |  | 路基施工 |\n全县｜完成投资1.2亿元。\n",
])
def test_a_table_parted_by_bars_reads_as_a_flattened_table(raw):
    """Cells parted by ｜ (a web page's table) or | (Markdown) are written as a flattened table's row: one space
    between cells, an empty cell as EMPTY_CELL, no rule line; every character still maps to the raw text; a line
    with one bar is prose (written for the test)."""
    from kg.ingest.formats import EMPTY_CELL
    from kg.text.clean import clean
    c = clean(raw)
    lines = c.text.split("\n")
    assert lines[:3] == ["项目名称 总投资（万元） 完成投资（万元） 进展", f"甲县至乙镇公路改建工程 8650 {EMPTY_CELL} 路基施工",
                         "全县｜完成投资1.2亿元。"]
    at = c.text.index("8650")
    assert c.raw[c.index[at]:c.index[at + 3] + 1] == "8650"


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


def test_lines_a_fixed_width_copy_broke_inside_sentences_are_joined():
    """A DOCX preview copied as text breaks every line at one width ("市委、市\\n政府"): joined, headings kept."""
    from kg.text.clean import clean
    body = ("在县委、县政府的坚强领导下，我局围绕交通强县建设目标，坚持项目为王、安全为本，统筹抓好春运工作及交通项目建设、"
            "农村公路管养、运输服务保障和行业安全监管，上半年全县完成交通固定资产投资9.36亿元，占年度目标的52.6%。"
            "国道G237线城区至孟集段改建工程全长12.5公里，总投资3.2亿元，路基工程全部完成，正在铺筑水稳基层，确保年底前交工通车。")
    width = 30
    wrapped = "\n".join(body[i:i + width] for i in range(0, len(body), width))
    raw = "某县交通运输局2024年上半年工作总结\n一、工作完成情况\n" + wrapped + "\n二、存在问题\n资金不足。\n"
    c = clean(raw)
    assert body in c.text
    assert "\n一、工作完成情况\n" in c.text and "\n二、存在问题\n" in c.text
    assert all(c.raw[c.index[i]] == ch for i, ch in enumerate(c.text))
    # an ordinary report, lines of every length, keeps its line breaks
    plain = "一、工作\n完成投资1.2亿元。\n二、计划\n推进G210线改建工程。\n"
    assert clean(plain).text == plain


def test_prose_after_a_table_loses_its_stray_spaces():
    # only a line with a figure (or a blank, XX) carries a table on; a header needs a column word too
    c = clean("项目 总投资 完成投资\n1 G353改建工程 3亿元 1亿元\n下一步 我们 将 加快 推进 投资\n")
    assert c.text.split("\n")[2] == "下一步我们将加快推进投资"


def test_a_wrapped_copy_keeps_its_table_rows_apart_and_joins_a_line_opening_with_a_decimal():
    """Under a fixed-width wrap, a table's header as long as the wrap stays its own line (its amounts are read
    under its units), and a line the wrap opened with a decimal (86.4万元) is no numbered item."""
    body = ("今年以来，我局围绕交通强县建设目标，统筹抓好项目建设、农村公路管养和行业安全监管，各项工作取得明显成效。"
            "国省干线改造和农村公路提质扩面同步推进，运输服务保障有力，安全生产形势总体平稳，群众满意度进一步提升。"
            "县交通运输综合行政执法大队联合县公安局交通管理大队开展货车超限超载专项整治，全年查处超限超载车辆612台次，罚款1")
    tail = "86.4万元，约谈重点货运源头企业7家，全县货车违法超限率明显下降，各项目完成投资情况见下表。"
    width = 25
    body = "一" * (-len(body) % width) + body  # the wrap falls right after 罚款1
    text = body + tail
    wrapped = "\n".join(text[i:i + width] for i in range(0, len(text), width))
    assert "罚款1\n86.4万元" in wrapped
    header = "序号 项目名称 总投资（万元） 完成投资（万元） 进展情况"
    rows = "1 G353城关至河口段改建工程 86500 16200 路基施工\n2 县道X216太阳升段改建工程 9800 3650 路面施工\n"
    c = clean("某县交通运输局2024年工作总结\n" + wrapped + "\n" + header + "\n" + rows)
    assert "罚款186.4万元" in c.text
    assert "\n序号 项目名称 总投资（万元） 完成投资（万元） 进展情况\n1 G353" in c.text
