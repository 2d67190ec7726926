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


def test_an_issuer_no_text_names_has_no_made_up_mention(tmp_path, nlp):
    """The issuer of a report that names no bureau is inferred from its county: no span of text names it, so it
    gets no mention (it used to get the title's first characters, or an empty range with no title); it and its
    kgo:issuedBy assertion are derived from the report as a whole, with the rule that inferred it."""
    from rdflib import Graph
    from rdflib.namespace import PROV, RDF

    from kg.pipeline import build_document
    from kg.rdf.vocab import KGO, NIF

    for name, text in [("untitled.txt", "一、主要工作\n今年藤县完成农村公路建设投资1.2亿元，藤县G355改建工程完工。\n"),
                       ("titled.txt", "2023年工作总结\n一、主要工作\n今年藤县完成农村公路建设投资1.2亿元。\n")]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        g = Graph().parse(data=build_document(path, nlp).ntriples, format="nt")
        doc = next(g.subjects(RDF.type, KGO.Document))
        issuer = g.value(doc, KGO.issuedBy)
        assert (issuer, RDF.type, KGO.Agency) in g and g.value(issuer, KGO.mentionedIn) == doc
        assert g.value(issuer, KGO.hasMention) is None and (issuer, PROV.wasDerivedFrom, doc) in g
        assertion = next(a for a in g.subjects(RDF.object, issuer) if g.value(a, RDF.predicate) == KGO.issuedBy)
        assert str(g.value(assertion, KGO.rule)) == "context.issuer_inferred"
        assert (assertion, PROV.wasDerivedFrom, doc) in g
        spans = [(int(g.value(m, NIF.beginIndex)), int(g.value(m, NIF.endIndex))) for m in g.objects(None, KGO.hasMention)]
        assert spans and all(start < end for start, end in spans)


def test_a_place_inside_a_longer_place_name_does_not_place_the_issuer(tmp_path, nlp):
    """牡丹江市 holds 牡丹, a short name of 菏泽's 牡丹区: the title's bureau is 牡丹江's, in 黑龙江, and the
    bureaus the text names by level alone (市邮政管理局) are 牡丹江's too."""
    path = tmp_path / "city.txt"
    path.write_text("牡丹江市交通运输局2024年工作总结\n一、主要工作\n联合市邮政管理局新建客货邮综合服务站23个，"
                    "宁安市、林口县农村公路完工。\n", encoding="utf-8")
    analysis = analyse_document(path, nlp)
    assert (analysis.context.region.name, analysis.context.province.name) == ("牡丹江市", "黑龙江省")
    from kg.pipeline import build_document
    assert "菏泽".encode() not in build_document(path, nlp).ntriples


def test_the_one_bureau_a_news_item_names_in_full_is_its_issuer(tmp_path, nlp):
    """记者从修水县交通运输局获悉 in a short item that names its county once: the bureau as written, placed by
    its own name; a second bureau named in full (the city's, giving guidance) leaves it to the places named."""
    path = tmp_path / "news.txt"
    path.write_text("修水交通上半年完成投资7.86亿元\n九江日报讯（记者 张明）记者从修水县交通运输局获悉，今年1至6月，"
                    "该县完成交通固定资产投资7.86亿元。\n", encoding="utf-8")
    ctx = analyse_document(path, nlp).context
    assert ctx.issuer_name == "修水县交通运输局" and ctx.issuer_span is not None
    assert (ctx.region.name, ctx.province.name) == ("修水县", "江西省")
    path.write_text("上半年工作总结\n在九江市交通运输局指导下，修水县交通运输局推进修水县农村公路建设，修水县完成投资1亿元。\n",
                    encoding="utf-8")
    assert analyse_document(path, nlp).context.issuer_name == "修水县交通运输局"
