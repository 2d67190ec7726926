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


def test_a_year_in_passing_is_not_the_report_year():
    """A report without a year in its title speaks of the year it frames most (2021年以来, 2021年1-9月)."""
    raw = ("交通项目建设跑出加速度\n记者从市交通运输局获悉，借助2020年第四季度攻坚态势，2021年以来全市交通项目加快推进，"
           "2021年1-9月完成投资12亿元。\n")
    assert analyse(clean(raw).text).years == (2021,)
    dated = "交通建设稳步推进\n发布时间：2022-03-01\n全市完成投资8亿元，较2019年翻一番。\n"
    assert analyse(clean(dated).text).years == (2022,)
