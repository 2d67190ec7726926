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


_FOOTER = ("【打印本页】【关闭窗口】\n上一篇：关于做好春运工作的通知\n下一篇：第四季度政府信息公开情况\n"
           "主办单位：某县人民政府办公室　承办：县大数据中心　网站标识码：5203280001\n"
           "黔ICP备12003495号-1　公安机关备案号：52032802000123\n版权所有：某县人民政府\n"
           "地址：某县行政中心　联系电话：0792-1234567\n")


def test_a_web_pages_footer_is_no_part_of_the_report():
    """The site's footer and buttons go in cleaning; every other character keeps its raw offset."""
    body = "某县交通运输局2024年工作总结\n一、工作完成情况\n主办单位联合县公安局开展治超。\n"
    c = clean(body + _FOOTER)
    assert c.text == body
    paged = clean("一、工作完成情况\n— 2 —\n完成投资1亿元。\n第 3 页 共 9 页\n约谈企业7家。\n- 12 -")
    assert paged.text == "一、工作完成情况\n完成投资1亿元。\n约谈企业7家。\n"
    assert all(c.raw[c.index[i]] == ch for i, ch in enumerate(c.text))


def test_a_sample_copied_with_its_web_page_reads_as_the_sample(tmp_path, nlp):
    """The same entities from a sample as from the same sample pasted with its page's header and footer: the
    site's host (主办单位：…人民政府办公室) is no agency of the report."""
    from kg.config import SAMPLES_DIR
    from kg.pipeline import analyse_document
    sample = sorted(SAMPLES_DIR.glob("*.txt"))[2]
    lines = sample.read_text(encoding="utf-8").split("\n")
    copied = tmp_path / "copied.txt"
    copied.write_text("首页 > 政务公开 > 计划总结\n" + lines[0] + "\n发布时间：2024-01-15 10:23　来源：本站　浏览次数：1265\n"
                      "分享到：微信 微博\n" + "\n".join(lines[1:]) + "\n" + _FOOTER, encoding="utf-8")

    def names(path):
        analysis = analyse_document(path, nlp)
        return {(m.kind, m.name) for ms in analysis.found.values() for m in ms}, analysis.structure.title
    assert names(copied) == names(sample)
