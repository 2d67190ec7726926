"""A report's title, past the page furniture a copied page puts above it."""
from __future__ import annotations

from kg.text.clean import clean
from kg.text.structure import analyse


def test_the_title_skips_page_furniture():
    raw = ("【资料图】\n来源：某县交通运输局　　发布时间：2024-07-15 09:32\n字号：大 中 小\n"
           "某县交通运输局2024年上半年工作总结\n一、工作完成情况\n完成投资1.2亿元。\n")
    assert analyse(clean(raw).text).title == "某县交通运输局2024年上半年工作总结"


def test_a_headline_stays_the_title_and_a_numbered_heading_never_is():
    raw = "交通项目建设跑出加速度\n一、2024年工作计划\n记者从市交通运输局获悉，全年完成投资12亿元。\n"
    assert analyse(clean(raw).text).title == "交通项目建设跑出加速度"
