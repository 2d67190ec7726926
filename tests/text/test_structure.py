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


def test_a_plan_plans_its_works_unless_its_wording_says_otherwise(tmp_path, nlp):
    """In a 工作计划 with no sections of its own, works are planned; 确保…建成通车 is under way; 已建成 is done."""
    from kg.model import EntityType, ProjectStatus
    from kg.pipeline import analyse_document
    path = tmp_path / "plan.txt"
    path.write_text("某县交通运输局2025年工作计划\n"
                    "谋划实施甲镇至乙镇公路改建工程，力争下半年开工。\n"
                    "确保丙镇至丁镇二级公路建成通车。\n"
                    "戊河大桥已建成通车，做好交工验收。\n", encoding="utf-8")
    analysis = analyse_document(path, nlp)
    assert analysis.structure.mode.value == "plan"
    status = {lk.subject.name: lk.value for lk in analysis.links if lk.predicate == "status"}
    names = {m.name for m in analysis.found[EntityType.PROJECT]}
    assert status.get(next(n for n in names if n.startswith("甲镇"))) is ProjectStatus.PLANNED
    assert status.get(next(n for n in names if n.startswith("丙镇"))) is ProjectStatus.IN_PROGRESS
    assert status.get(next(n for n in names if n.startswith("戊河"))) is ProjectStatus.COMPLETED
