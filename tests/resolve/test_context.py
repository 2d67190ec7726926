"""Who wrote a report, by the weight of evidence: texts written for the tests in the genre's style."""
from __future__ import annotations

from kg.pipeline import analyse_document

NEWS = ("交通项目建设跑出加速度\n"
        "记者从市交通运输局获悉，今年以来，全市交通项目建设稳步推进。藤县、岑溪市、蒙山县的农村公路提质改造全面铺开，"
        "苍梧县和长洲区的客运站建设加快推进。G355蒙山至象州段改建工程完成投资3亿元。\n")


def test_a_city_bureau_named_by_its_level_is_placed_by_the_counties_named(tmp_path, nlp):
    """One segment name reaching into another city (…至象州段) does not outweigh five counties of 梧州."""
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    ctx = analyse_document(path, nlp).context
    assert ctx.issuer_name == "梧州市交通运输局"
    assert (ctx.region.name, ctx.province.name) == ("梧州市", "广西壮族自治区")
    assert any("市交通运输局" in e for e in ctx.evidence)


def test_a_county_report_without_a_titled_issuer_stays_a_county_bureau(tmp_path, nlp):
    path = tmp_path / "county.txt"
    path.write_text("2023年工作总结\n一、主要工作\n藤县交通运输局全力推进藤县农村公路建设，藤县完成投资1.2亿元，"
                    "岑溪市协助。\n", encoding="utf-8")
    ctx = analyse_document(path, nlp).context
    assert ctx.issuer_name == "藤县交通运输局" and ctx.region.level == "county"
