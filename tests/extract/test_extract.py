"""Extraction on real sample sentences (file named in each case) and on genre-style sentences."""
from __future__ import annotations

import pytest

from kg.extract.components import mentions
from kg.extract.relations import find_links, item_span
from kg.model import EntityType
from kg.text.clean import clean
from kg.text.structure import analyse


def _found(nlp, text):
    doc = nlp(text)
    return {k: mentions(doc, k) for k in EntityType}, doc


def _links(nlp, text):
    """Mentions and links of a text read as a whole report."""
    found, doc = _found(nlp, text)
    return found, find_links(text, analyse(text), found, doc.user_data["kg_measures"])


def test_pipeline_is_inspectable(nlp):
    assert nlp.pipe_names == ["kg_sentences", "kg_regions", "kg_roads", "kg_money", "kg_agencies",
                              "kg_campaigns", "kg_projects"]


def test_project_with_road_length_investment(nlp):
    # 003_bed8bd81fa4e488e.txt, 一、（二）1.
    text = "1、项目争抢力度加大：一是G6512秀从高速公路(新晃段)项目，全长32.74km，总投资约63亿元。该项目计划2024年开工，2028年完工。"
    found, links = _links(nlp, text)
    assert [p.text for p in found[EntityType.PROJECT]] == ["G6512秀从高速公路(新晃段)项目"]
    assert [r.code for r in found[EntityType.ROAD]] == ["G6512"]
    by_pred = {lk.predicate: lk for lk in links}
    assert by_pred["onRoad"].target.code == "G6512"
    assert str(by_pred["lengthKm"].value) == "32.74"
    assert by_pred["hasFunding"].target.amount == 6300000000


def test_enumerated_projects_do_not_share_a_joint_total(nlp):
    # 003: three stations, one total for all of them
    text = "四是站场建设：新建中寨综合运输服务站、波洲综合运输服务站、伞综合运输服务站，总投资900万元，当前正在做设计工作。"
    found, links = _links(nlp, text)
    assert len(found[EntityType.PROJECT]) == 3
    assert not [lk for lk in links if lk.predicate == "hasFunding"]


def test_aggregate_counts_are_not_projects(nlp):
    # 000: 2023年实施农村公路联网路建设项目3个
    found, _ = _found(nlp, "2023年实施农村公路联网路建设项目3个，较大人口自然村通硬化路项目6个，修复性养护工程项目17个。")
    assert found[EntityType.PROJECT] == []


def test_campaign_and_partner_agencies(nlp):
    # 000: 5.（一是）
    text = "一是持续深化货车超限超载治理。联合公安交警、路政等部门开展货运车辆超限超载集中整治，加强路面执法检查。"
    found, links = _links(nlp, text)
    names = [c.name for c in found[EntityType.CAMPAIGN]]
    assert "货车超限超载治理" in names and "货运车辆超限超载集中整治" in names
    partners = {(lk.subject.name, lk.target.name) for lk in links if lk.predicate == "conductedBy"}
    assert ("货运车辆超限超载集中整治", "公安交警") in partners


def test_agencies_and_self_reference(nlp):
    found, _ = _found(nlp, "6月8日，贵州省交通运输厅已致函商请湖南省交通运输厅启动前期工作。我局积极配合县自然资源局。")
    names = [a.name for a in found[EntityType.AGENCY]]
    assert names == ["贵州省交通运输厅", "湖南省交通运输厅", "我局", "县自然资源局"]


def test_generic_groups_are_not_agencies(nlp):
    found, _ = _found(nlp, "督促施工单位落实责任，各乡镇、有关部门和运输企业共同参与。")
    assert found[EntityType.AGENCY] == []


@pytest.mark.parametrize("text", ["督促各区交通运输局落实安全生产责任。", "指导各县（市、区）交通运输局开展治超。"])
def test_every_countys_bureau_is_no_agency(nlp, text):
    # written for the test: 各…交通运输局 is a group; it is neither an agency nor the issuer under its bare name
    found, _ = _found(nlp, text)
    assert found[EntityType.AGENCY] == []


def test_facilities_being_built_are_not_agencies(nlp):
    # written for the test: the 服务中心 are facilities counted as they are built; the service centre that acts is one
    found, _ = _found(nlp, "在黑山、义县建成县级客货邮综合服务中心2个，新建县级客货邮综合服务中心3个。"
                           "县交通运输事业发展中心负责农村公路养护。")
    assert {m.text for m in found[EntityType.AGENCY]} == {"县交通运输事业发展中心"}


# --- generalisation: sentences in the style of the genre that the samples do not contain
def test_unseen_style_road_project_and_subsidy(nlp):
    text = "三是加快推进S216线城关至河口段改建工程，全长18.6公里，总投资3.2亿元，争取省级补助资金4500万元。"
    found, links = _links(nlp, text)
    (project,) = found[EntityType.PROJECT]
    assert project.text == "S216线城关至河口段改建工程"
    amounts = sorted(lk.target.amount for lk in links if lk.predicate == "hasFunding")
    assert amounts == [45_000_000, 320_000_000]


def test_unseen_style_campaigns(nlp):
    found, _ = _found(nlp, "深入开展“一盔一带”安全守护行动，扎实推进农村公路安全生命防护工程专项整治，全面开展“百日攻坚”行动。")
    names = {c.name for c in found[EntityType.CAMPAIGN]}
    assert "“一盔一带”安全守护行动" in names or "“一盔一带”" in names
    assert any("百日攻坚" in n for n in names)


def test_named_expressway_is_a_road_but_not_its_exit(lex):
    from kg.extract.roads import find_roads
    roads = [r.text for r in find_roads("沪昆高速新晃服务区；柳寨高速出口至沈家桥；推进高速公路建设", lex)]
    assert roads == ["沪昆高速"]


def test_mileage_by_road_class_is_no_road(lex):
    """国道114公里 is 114 km of national roads, not 国道114; a class with a number and no unit stays a road."""
    from kg.extract.roads import find_roads
    text = "全县公路总里程4561公里，其中国道114公里、省道267.5公里、县道673公里、村道2411公里；加快国道210线、省道311改造。"
    assert [(r.text, r.code) for r in find_roads(text, lex)] == [("国道210线", "G210"), ("省道311", "S311")]


def test_a_class_word_after_a_code_names_no_route(lex):
    """G112国道改线工程: 国道 is the class of G112, and 改线 a work; no route is named 国道改线."""
    from kg.extract.roads import find_roads
    roads = [(r.text, r.code, r.name) for r in find_roads("加快推进G112国道改线工程和G353宁福线改造。", lex)]
    assert roads == [("G112国道", "G112", "G112"), ("G353宁福线", "G353", "宁福线")]


def test_sections_read_as_done_or_plan():
    text = clean("XX县交通运输局2023年工作总结和2024年工作计划\n一、2023年工作总结\n1.完成。\n二、2024年工作计划\n1.计划。\n").text
    s = analyse(text)
    assert s.years == (2023, 2024)
    assert s.mode_at(text.index("1.完成")).value == "done"
    assert s.mode_at(text.index("1.计划")).value == "plan"
    assert s.year_at(text.index("1.计划")) == 2024


def test_a_campaign_named_in_a_documents_title_takes_no_partners(nlp):
    """按照《…“交通安全”专项整治实施方案》要求, 会同X、Y开展…: X and Y work on what the sentence does, not on
    the campaign the document's title names; the same campaign named in the sentence itself takes them."""
    from kg.extract.partners import candidates
    from kg.extract.reach import InOrder

    text = ("按照《某县“交通安全”专项整治实施方案》要求，会同县公安局、县应急管理局开展“交通安全”专项整治。")
    found, _ = _found(nlp, text)
    pairs = candidates(text, InOrder(found[EntityType.CAMPAIGN]), found[EntityType.AGENCY], {})
    assert pairs and all(text.index("》") < pair.head.start for pair in pairs)


def test_partner_agencies_are_named_as_partners_not_places(nlp):
    from kg.extract.relations import _partner_agencies
    text = "按照呼和浩特市人民政府、市交通运输局部署，积极推进创建工作。在政务大厅、平安利达客运站张贴海报。"
    found, _ = _found(nlp, text)
    partners = [a.name for a, _ in _partner_agencies(text, found[EntityType.AGENCY])]
    assert partners == ["呼和浩特市人民政府", "市交通运输局"]


def test_a_station_or_unit_does_not_begin_with_the_verb_before_it(nlp):
    # written for the test: the genre's leading verbs stand before the names of stations
    text = ("一是严格落实客运站安全生产主体责任。二是督促博罗中心客运站落实进站安检，开工建设浠水县汽车客运站。"
            "三是县公路建设养护中心完成养护，甲子县汽车站增开加班车。")
    found, _ = _found(nlp, text)
    names = {m.text for m in found[EntityType.AGENCY]}
    assert {"博罗中心客运站", "甲子县汽车站", "县公路建设养护中心"} <= names, names
    assert not [n for n in names if n.startswith(("严格落实", "督促", "开工建设"))], names


def test_a_station_is_an_agency_only_where_it_acts(nlp):
    """A station named as the facility built or served (建成…客运站, …客运站迁建项目, 优先覆盖客运站) is no agency;
    one that acts (落实, 发送, 增开), is told to (督促), or stands in a list of agencies is (written for the test)."""
    text = ("建成甲子县汽车客运站，乙丑县客运站迁建项目完成主体，新建充电桩优先覆盖丙寅县客运站。"
            "督促丁卯县汽车站落实安检，戊辰县客运站全年发送旅客12万人次，在县交通运输局、己巳县客运站张贴海报。"
            "春运期间，庚辛汽车站增开加班车。")
    found, _ = _found(nlp, text)
    names = {m.text for m in found[EntityType.AGENCY]}
    assert {"丁卯县汽车站", "戊辰县客运站", "己巳县客运站", "庚辛汽车站"} <= names, names
    assert not names & {"甲子县汽车客运站", "乙丑县客运站", "丙寅县客运站"}, names


def test_campaign_keys_join_forms_of_one_campaign():
    from kg.resolve.entities import campaign_key
    assert campaign_key("铁路沿线环境整治行动") == campaign_key("铁路沿线环境治理")
    assert campaign_key("“四好农村路”国家级示范县创建") != campaign_key("自治区级“四好农村路”示范县创建")
    assert campaign_key("湖南省第四批城乡客运一体化示范县创建") == campaign_key("城乡客运一体化示范县建设")
    assert campaign_key("客货邮融合发展") == campaign_key("“客货邮”融合")


def test_an_abbreviation_before_its_campaign_joins_it(analyse_text):
    analysis = analyse_text("某县交通运输局2023年工作总结\n一是在S232设置治超联合执法点，执法大队常态化开展治超。"
                            "二是联合县公安局交警大队开展货车超限超载治理，查处超限车辆120辆。\n")
    campaigns = [m for m in analysis.found[EntityType.CAMPAIGN] if "超" in m.name]
    assert {m.name for m in campaigns} >= {"治超", "货车超限超载治理"}, [m.name for m in campaigns]
    assert len({id(analysis.entity_of(m)) for m in campaigns}) == 1, [m.name for m in campaigns]


def test_stated_superior_agency(nlp):
    text = "市交通运输局下属的市公路事业发展中心完成养护。"
    _found, links = _links(nlp, text)
    (link,) = [lk for lk in links if lk.predicate == "subOrganizationOf"]
    assert (link.subject.name, link.target.name) == ("市公路事业发展中心", "市交通运输局")


def test_item_span_is_the_enumerated_item_around_a_position():
    text = "标题\n今年重点抓好三项工作：一是甲路改建工程开工。二是乙桥加固工程完工，三是丙站建设。\n明年计划。"
    second, third = text.index("乙桥"), text.index("丙站")
    assert text[slice(*item_span(text, second))] == "二是乙桥加固工程完工，"
    assert text[slice(*item_span(text, third))] == "三是丙站建设。"
    # before any marker: from the paragraph's line break to the first marker
    assert text[slice(*item_span(text, text.index("重点")))] == "\n今年重点抓好三项工作："


def test_sentence_at_finds_the_sentence_holding_a_position():
    s = analyse("第一句话。第二句话；\n第三句")
    text = "第一句话。第二句话；\n第三句"
    assert text[slice(*s.sentence_at(text.index("二")))] == "第二句话；"
    assert text[slice(*s.sentence_at(0))] == "第一句话。"
    assert s.sentence_at(len(text) + 5) == (len(text) + 5, len(text) + 5)


def test_amounts_in_chinese_numerals_and_table_cells(lex):
    """两亿元 / 三千万元 / 一点二亿元 / 一亿二千万元 are read (cn2an); a flattened table's money columns are amounts
    in its unit."""
    from decimal import Decimal

    from kg.extract.money import find_money
    from kg.model import FundingKind
    text = ("全年总投资两亿元，其中约三千万元用于危桥改造，另有五千余万元列入下年。\n"
            "序号 项目名称 建设规模 总投资（万元） 当年完成投资（万元） 进展\n"
            "1 甲县至乙镇公路改建工程 12.5公里 8650 1620 路基施工\n"
            "合计 — 8650 1620 —\n")
    found = find_money(text, lex)
    by_text = {m.text: m for m in found}
    assert by_text["两亿元"].amount == Decimal(200_000_000)
    assert by_text["约三千万元"].amount == Decimal(30_000_000) and by_text["约三千万元"].approximate
    assert by_text["五千余万元"].amount == Decimal(50_000_000) and by_text["五千余万元"].approximate
    cells = [m for m in found if m.rule == "money.table_cell"]
    assert [(m.amount, m.funding_kind) for m in cells] == [
        (Decimal(86_500_000), FundingKind.TOTAL_INVESTMENT), (Decimal(16_200_000), FundingKind.COMPLETED_INVESTMENT)]
    assert all(text[m.start:m.end] == m.text for m in cells)  # offsets point at the cells; the 合计 row is skipped
    assert not find_money("一是加快推进，二是十四五规划。", lex)
    decimals = find_money("桥梁总投资一点二亿元，隧道一亿二千万元，服务区零点八亿元，残句点五亿元。", lex)
    assert [(m.text, m.amount) for m in decimals] == [
        ("一点二亿元", Decimal(120_000_000)), ("一亿二千万元", Decimal(120_000_000)), ("零点八亿元", Decimal(80_000_000))]


def test_partners_and_their_campaign(analyse_text):
    """会同 is a verb here, not 会同县; an item that names its campaign first gives it the partners of its next
    sentence; a county's 城市管理综合行政执法局 is one agency."""
    from kg.model import EntityType
    analysis = analyse_text("某县交通运输局2024年工作总结\n一、工作完成情况\n"
                    "一是深入开展货车超限超载治理。会同县公安局交警大队、县城市管理综合行政执法局对重点路段开展巡查，"
                    "查处违法超限车辆86台次。\n")
    agencies = {m.text for m in analysis.found[EntityType.AGENCY]}
    assert {"县公安局交警大队", "县城市管理综合行政执法局"} <= agencies and "会同县公安局交警大队" not in agencies
    partners = {(lk.subject.name, lk.target.text) for lk in analysis.links if lk.predicate == "conductedBy"}
    assert {("货车超限超载治理", "县公安局交警大队"), ("货车超限超载治理", "县城市管理综合行政执法局")} <= partners


@pytest.mark.parametrize("name", ["311省道屈家岭段改线", "109国道互助段路面病害处治", "运河东大街东延", "滨江大道北延伸"])
def test_a_work_named_by_its_work_word_alone_is_a_project(nlp, name):
    # written for the test: 改线, 处治 and 东延 end a work's name as 改建 does
    found, _ = _found(nlp, f"三是推动{name}年内开工，计划投资4200万元。")
    assert name in {m.text for m in found[EntityType.PROJECT]}


def test_an_agency_that_opens_a_campaign_conducts_it(nlp):
    # written for the test: the enforcement unit is the subject of 开展, so the campaign is its
    text = ("县交通运输综合行政执法大队深入开展交通运输执法领域突出问题专项整治，查纠问题21个。"
            "全年共检查客运车辆860台次。")
    _, links = _links(nlp, text)
    partners = {(lk.subject.name, lk.target.text) for lk in links if lk.predicate == "conductedBy"}
    assert ("交通运输执法领域突出问题专项整治", "县交通运输综合行政执法大队") in partners


@pytest.mark.parametrize(("text", "unit"), [
    # written for the test: the unit that leads the joint work (…会同…开展, …协同…开展) conducts the campaign
    ("二是强化治超，区交通运输综合行政执法大队会同区公安分局交警大队开展货车超限超载治理，新设检测点3处。",
     "区交通运输综合行政执法大队"),
    ("全年，县交通运输综合行政执法大队协同县公安局交警大队开展货车违法超限超载治理，查处超限车辆312台次。",
     "县交通运输综合行政执法大队"),
])
def test_the_unit_that_leads_joint_work_conducts_the_campaign(nlp, text, unit):
    _, links = _links(nlp, text)
    partners = {lk.target.text for lk in links if lk.predicate == "conductedBy"}
    assert unit in partners and any("公安" in p for p in partners)


@pytest.mark.parametrize("text", [
    # written for the test: an inspection received, and a bureau doing something else, open no campaign of theirs
    "一是深入开展货车超限超载治理，迎接市交通运输局开展的专项督查。",
    "（一）治超工作。省交通运输厅开展年度考核，我县治超工作排名全市第一。",
])
def test_an_agency_that_opens_something_else_conducts_no_campaign(nlp, text):
    _, links = _links(nlp, text)
    assert not [lk for lk in links if lk.predicate == "conductedBy" and "交通运输" in lk.target.text]


def test_a_component_takes_its_parent_from_its_own_row_or_the_sentences_before(analyse_text):
    """罗家梁隧道 after 甲至乙高速公路 is part of it and on its road; a table row's bridge is not part of the row above."""
    analysis = analyse_text("某县交通运输局2024年工作总结\n一、重点项目\n"
                    "G242甲镇至乙镇段改建工程全长18公里。罗家梁隧道已贯通。\n"
                    "序号 项目名称 建设规模 总投资（万元）\n"
                    "1 县道X216（太阳升至黄坳段）改建工程 14.2公里 9800\n"
                    "2 东津大桥 桥长126米 2150\n")
    parts = {(lk.subject.name, lk.target.name) for lk in analysis.links if lk.predicate == "partOf"}
    assert ("罗家梁隧道", "G242甲镇至乙镇段改建工程") in parts
    assert not any(sub.startswith("东津大桥") for sub, _ in parts)


def test_a_part_is_on_every_road_its_parent_is_named_with(analyse_text):
    """Written for the test: one sentence gives the route's code, the next its short name; the tunnel of the
    route is on both."""
    analysis = analyse_text("某县交通运输局2024年工作总结\n一、重点项目\n"
                            "甲州至乙县高速公路是国家高速G69银百高速的重要段落，全长88公里。"
                            "甲州至乙县高速公路（以下简称甲乙高速）今年加快建设，其中丙山隧道已贯通。\n")
    roads = {lk.target.code or lk.target.name for lk in analysis.links
             if lk.predicate == "onRoad" and lk.subject.name == "丙山隧道"}
    assert "G69" in roads and len(roads) >= 2, roads


def test_respectively_pairs_a_list_of_projects_with_its_figures_in_order(nlp):
    # written for the test in the genre's style: 分别 gives each listed project its own amount and length
    text = ("县道X105石门至柳溪段改建工程、乡道Y207桥头至新庄段改建工程分别改建9.4公里、5.2公里，"
            "计划投资分别为2300万元和1250万元，年内完工。")
    _, links = _links(nlp, text)
    pairs = {(lk.subject.text, lk.predicate, str(lk.target.amount) if lk.target else str(lk.value)) for lk in links
             if lk.predicate in ("hasFunding", "lengthKm")}
    assert pairs == {("县道X105石门至柳溪段改建工程", "hasFunding", "23000000"),
                     ("乡道Y207桥头至新庄段改建工程", "hasFunding", "12500000"),
                     ("县道X105石门至柳溪段改建工程", "lengthKm", "9.4"),
                     ("乡道Y207桥头至新庄段改建工程", "lengthKm", "5.2")}


def test_respectively_with_a_count_mismatch_pairs_nothing(nlp):
    text = "县道X105石门至柳溪段改建工程、乡道Y207桥头至新庄段改建工程分别完成投资2300万元，年内完工。"
    _, links = _links(nlp, text)
    assert not [lk for lk in links if lk.rule == "relations.respectively"]


@pytest.mark.parametrize("text, expected", [
    # written for the test: the works named in clauses of their own, then counted where 分别 gives the figures
    ("县道X025桓洞至高力房段改建工程，长12.8公里；乡道Y208马风至析木段改建工程，长9.6公里，两个项目分别完成投资"
     "4300万元、2900万元。", {("县道X025桓洞至高力房段改建工程", 43_000_000), ("乡道Y208马风至析木段改建工程", 29_000_000)}),
    # the list in a heading, the second work's short name on the way: the list is what the count names
    ("二是阳新高速商城至豫鄂省界段（一期）、固始至霍邱高速公路。固霍高速固始境内长38.6公里，估算总投资约47亿元；"
     "两个项目年内分别完成投资8亿元、12亿元。",
     {("阳新高速商城至豫鄂省界段（一期）", 800_000_000), ("固始至霍邱高速公路", 1_200_000_000)}),
    # a total of another clause after the list's figures is not one of them
    ("国道G205线甲镇至乙镇段改建工程、县道X312丙村至丁村段改建工程分别完成投资3.2亿元、8600万元，"
     "其中国道G205线甲镇至乙镇段改建工程总投资约12.5亿元。",
     {("国道G205线甲镇至乙镇段改建工程", 320_000_000), ("县道X312丙村至丁村段改建工程", 86_000_000)}),
    # a work's short name in brackets, read as a work or not, is no item of the list
    ("加快甲城至乙县高速公路丙镇至丁镇段（甲乙高速）、戊州至己县高速公路庚镇至辛镇段（戊己高速）建设，"
     "年内分别完成投资12亿元、9亿元。",
     {("甲城至乙县高速公路丙镇至丁镇段", 1_200_000_000), ("戊州至己县高速公路庚镇至辛镇段", 900_000_000)}),
], ids=["named-in-clauses", "listed-in-a-heading", "a-later-total", "bracketed-short-names"])
def test_respectively_reads_the_works_and_the_figures_of_its_list(nlp, text, expected):
    _, links = _links(nlp, text)
    pairs = {(lk.subject.text, lk.target.amount) for lk in links if lk.rule == "relations.respectively"}
    assert pairs == expected


def test_chinese_numeral_amounts_keep_every_unit(nlp):
    # 一亿二千万元 is 120,000,000, not the 二千万元 at its end
    found, _ = _found(nlp, "该项目估算总投资一亿二千万元，其中省级补助三千万元。")
    assert [m.amount for m in found[EntityType.FUNDING]] == [120_000_000, 30_000_000]


def test_respectively_after_a_comma_and_twice_in_one_sentence(nlp):
    # written for the test: the list ends in a class word, then 长度分别为… and 计划分别投资… each read their stretch
    text = ("实施县道X118河口至平田段、乡道Y306石岭至上庄段改造，长度分别为7.2公里和4.6公里，"
            "计划分别投资2100万元、980万元。")
    _, links = _links(nlp, text)
    # where the second name ends (…段 or …段改造) is the trained decision's; the pairing is the rule's
    pairs = {(lk.subject.text.removesuffix("改造"), lk.predicate, str(lk.target.amount) if lk.target else str(lk.value))
             for lk in links if lk.rule == "relations.respectively"}
    assert pairs == {("县道X118河口至平田段", "hasFunding", "21000000"), ("乡道Y306石岭至上庄段", "hasFunding", "9800000"),
                     ("县道X118河口至平田段", "lengthKm", "7.2"), ("乡道Y306石岭至上庄段", "lengthKm", "4.6")}


def test_a_later_amount_goes_past_a_component_to_its_project(nlp):
    # written for the test: the bridge is named on the way; 项目累计完成投资 speaks of the road project
    text = ("县道X508东岭至西坪段改建工程全长16.4公里，总投资7200万元，其中清溪大桥长268米，已完成桩基施工，"
            "项目累计完成投资4100万元。")
    _, links = _links(nlp, text)
    owners = {(lk.subject.text, str(lk.target.amount)) for lk in links if lk.predicate == "hasFunding"}
    assert owners == {("县道X508东岭至西坪段改建工程", "72000000"), ("县道X508东岭至西坪段改建工程", "41000000")}
    parts = {(lk.subject.text, lk.target.text) for lk in links if lk.predicate == "partOf"}
    assert parts == {("清溪大桥", "县道X508东岭至西坪段改建工程")}


def test_a_tunnel_belongs_to_the_segment_named_before_it(nlp):
    text = "推进甲城至乙城高速公路市境段建设，市境段长18公里，节点工程丙岭隧道力争年内贯通。"
    _, links = _links(nlp, text)
    roads = {lk.target.text for lk in links if lk.predicate == "onRoad" and lk.subject.text == "丙岭隧道"}
    assert roads == {"甲城至乙城高速公路"}


def test_a_tunnel_belongs_to_the_work_its_paragraph_is_about(analyse_text):
    """Written for the test: the tunnels are named two sentences after their project, in its paragraph; the
    next paragraph's bridge, with no project before it in its own paragraph, takes no road from this one."""
    analysis = analyse_text("某县交通运输局2023年工作总结\n"
                    "国道G527甲镇至乙镇段改建工程全长21公里，总投资9.6亿元。项目路基完成90%，桥梁下部结构全部完成。"
                    "年内丙岭隧道、丁山隧道双洞贯通，全年完成投资2.8亿元。\n"
                    "全年养护农村公路312公里，完成危桥改造5座，其中戊河大桥已通车。\n")
    on_roads = {(lk.subject.name, lk.target.code) for lk in analysis.links if lk.predicate == "onRoad"}
    assert {("丙岭隧道", "G527"), ("丁山隧道", "G527")} <= on_roads
    assert not any(p.startswith("戊河大桥") for p, _ in on_roads)


def test_a_tunnel_in_a_paragraph_of_two_works_takes_neither(analyse_text):
    """Written for the test: two works before the tunnel, beyond the sentence before it: nothing says whose it is."""
    analysis = analyse_text("某县交通运输局2023年工作总结\n"
                    "国道G527甲镇至乙镇段改建工程全长21公里，总投资9.6亿元。县道X012丙镇至丁镇段改造工程完工。"
                    "全年新改建农村公路85公里。全年养护国省干线公路126公里。年内庚岭隧道贯通。\n")
    assert not [lk for lk in analysis.links if lk.subject.name == "庚岭隧道" and lk.predicate in ("partOf", "onRoad")]


def test_a_route_name_written_with_its_code_is_that_road(analyse_text):
    """县道X302新镜线, 县道X317（三幸线）, 青岛至兰州高速公路（G22）: the names are the coded roads', not more roads."""
    analysis = analyse_text("某县交通运输局2024年工作总结\n"
                    "县道X302新镜线（镜岭至回山段）提升改造工程完工；县道X317（三幸线）乘马岗段提档升级工程长12.6公里。"
                    "配合青岛至兰州高速公路（G22）涉县至冀晋界段改扩建。\n")
    roads = {analysis.entity_of(m).label for m in analysis.found[EntityType.ROAD]}
    assert roads == {"X302", "X317", "G22"}


def test_roads_the_projects_sentence_says_it_is_on(nlp):
    # written for the test: 沿 and 属 say which road the work is on; 起于 / 与…相接 name its ends, not its road
    text = ("实施甲镇至乙村段安全提升工程，项目沿S215布设，长12公里，起于G318，与S217相接。"
            "推进丙岭边坡整治工程，该段属G4218雅叶高速。")
    _, links = _links(nlp, text)
    stated = {(lk.subject.text, lk.target.text) for lk in links if lk.predicate == "onRoad"}
    assert stated == {("甲镇至乙村段安全提升工程", "S215"), ("丙岭边坡整治工程", "G4218雅叶高速")}


def test_bodies_named_by_level_and_an_unlisted_function(lex):
    # written for the test: functions the lexicon does not list, after a boundary word or a clause mark
    from kg.extract.agencies import find_agencies
    text = ("会同县文化广电新闻出版旅游局、市供销合作社开展检查；配合省交投集团完成征迁，县公路养护中心完成巡查。"
            "新建县级物流配送中心2个，优化全省高速公路网布局。")
    names = {m.text for m in find_agencies(text, lex)}
    assert {"县文化广电新闻出版旅游局", "市供销合作社", "省交投集团", "县公路养护中心"} <= names
    assert not any("物流配送中心" in n or n.endswith("布局") for n in names)


def test_a_short_name_the_report_defines_is_the_same_project(nlp, tmp_path):
    """（以下简称甲乙高速）: later mentions of the short form join the project, and as a road it is the coded road."""
    from kg.extract.aliases import with_stated_aliases
    from kg.model import Mention
    text = "S25甲城至乙城高速公路丙镇至丁镇段（以下简称甲乙高速）全长30公里。全力配合甲乙高速建设。"
    end = text.index("（")
    at = text.rindex("甲乙高速")
    full = Mention(EntityType.PROJECT, 0, end, text[:end], name=text[:end], rule="test")
    short = Mention(EntityType.PROJECT, at, at + 4, "甲乙高速", name="甲乙高速", rule="test")
    coded = Mention(EntityType.ROAD, 0, 12, text[0:12], name=text[3:12], rule="test", code="S25")
    named = Mention(EntityType.ROAD, at, at + 4, "甲乙高速", name="甲乙高速", rule="test")
    projects, roads = with_stated_aliases(text, [full, short], [coded, named])
    assert [p.name for p in projects] == [full.name, full.name] and projects[1].text == "甲乙高速"
    assert [r.code for r in roads] == ["S25", "S25"]


def test_partners_stay_in_their_own_part_of_a_sentence(nlp):
    # written for the test: the 县政府 of the first part approves a plan; the partners of the second part
    # take part in the second part's campaigns only
    text = ("推动《某县综合交通运输发展规划》经县政府审定后印发实施；联合县综合执法局、县公安局交警大队持续开展"
            "货车超限超载治理。")
    _, links = _links(nlp, text)
    partners = {lk.target.text for lk in links if lk.predicate == "conductedBy"}
    assert "县政府" not in partners and {"县综合执法局", "县公安局交警大队"} <= partners


def test_a_short_mention_of_an_earlier_work_is_not_a_part_of_the_next_project(analyse_text):
    """东津大桥 after 县道X216改建工程 is the 乡道Y104线东津大桥危桥改造工程 named before, not part of X216's work."""
    analysis = analyse_text("某县交通运输局2024年工作总结\n完成乡道Y104线东津大桥危桥改造工程，总投资2150万元。\n"
                    "下一步，完成县道X216改建工程主体施工，推进东津大桥年底前建成通车。\n")
    assert not [lk for lk in analysis.links if lk.predicate == "partOf"]


def test_a_sentence_subject_owns_a_total_stated_after_a_route_description(nlp):
    # the route names another work (万开高速赵家互通) on the way: the total is still the subject's
    text = ("城口至开州高速公路是银百高速的重要段落，路线起于大巴山陕渝界，经北屏、县城、蓼子至开州区，"
            "止于万开高速赵家互通，全长128.5公里，总投资234.5亿元。")
    _, links = _links(nlp, text)
    owned = [(lk.subject.text, lk.target.amount) for lk in links if lk.predicate == "hasFunding"]
    assert owned == [("城口至开州高速公路", 23450000000)]
    assert next(lk for lk in links if lk.predicate == "hasFunding").rule.startswith("owners.model")


def test_a_flattened_table_whose_header_leaves_the_unit_to_its_cells(nlp):
    # t08/t17-style rows: 总投资 and 年度完成投资 name the columns; the cells carry 亿元; a header of short
    # cells keeps its spaces through cleaning, and a row with a blank (XX万元) stays a row
    raw = ("重点项目进展如下：\n项目名称 建设里程 总投资 年度完成投资 建设状态\n"
           "仁怀至遵义高速公路 59.4公里 98.1亿元 21.3亿元 续建\n"
           "兴隆至什字旅游公路 24.5公里二级公路 XX万元 9800万元 路基完成\n")
    text = clean(raw).text
    assert "项目名称 建设里程 总投资 年度完成投资 建设状态" in text
    assert "兴隆至什字旅游公路 24.5公里二级公路 XX万元 9800万元" in text
    found, links = _links(nlp, text)
    kinds = {f.text: f.funding_kind.value for f in found[EntityType.FUNDING] if f.amount is not None}
    assert kinds == {"98.1亿元": "total_investment", "21.3亿元": "completed_investment",
                     "9800万元": "completed_investment"}
    owned = {(lk.subject.text, lk.target.text) for lk in links if lk.predicate == "hasFunding"}
    assert {("仁怀至遵义高速公路", "98.1亿元"), ("仁怀至遵义高速公路", "21.3亿元"),
            ("兴隆至什字旅游公路", "9800万元")} <= owned


def test_a_segment_bracket_names_end_points_not_the_projects_roads(nlp):
    # 004-style: 沂邳线 and 南崔路 bound the segment; the project is on X009 alone, as the road model decides
    text = "实施X009淄安路（沂邳线至南崔路段）改建工程，全长12公里。"
    _, links = _links(nlp, text)
    on = [(lk.target.text, lk.rule) for lk in links if lk.predicate == "onRoad"]
    assert [road for road, _ in on] == ["X009淄安路"]
    assert on[0][1] == "onroads.model(relations.road_in_project_name)"


def test_partners_that_open_the_sentence_after_their_campaign(nlp):
    # the campaign is named, then the next sentence opens with the agencies working on it together
    text = "开展货车超限超载治理。彬州公路段、市公安局交警大队在312国道治超站联合执法，全年查处超限车辆93辆。"
    _, links = _links(nlp, text)
    partners = sorted({lk.target.text for lk in links if lk.predicate == "conductedBy"})
    assert partners == ["市公安局交警大队", "彬州公路段"]
    # agencies that open a sentence without working together are no campaign's partners
    text = "开展货车超限超载治理。市公安局交警大队今年新增警力20人。"
    _, links = _links(nlp, text)
    assert not [lk for lk in links if lk.predicate == "conductedBy"]


def test_a_table_header_ends_at_a_heading_or_a_sentence(lex):
    # a later table of lengths is no table of money, and prose after a table is no row of it
    from kg.extract.money import find_money
    raw = ("序号 项目名称 总投资（万元） 完成投资（万元） 备注\n1 G353改建工程 86500 16200 在建\n二、养护工程情况\n"
           "序号 路线 里程（公里） 备注\n1 X001 12.5 良好\n")
    amounts = [m.amount for m in find_money(clean(raw).text, lex)]
    assert amounts == [865000000, 162000000]
    raw = "项目名称 总投资（万元） 完成投资（万元） 进展\n1 G353改建工程 86500 16200 在建\n全年完成公路养护。\n路面状况 一类 90 95 良好\n"
    assert [m.amount for m in find_money(clean(raw).text, lex)] == [865000000, 162000000]


@pytest.mark.parametrize("raw", [
    # written for the test: cells parted by full-width bars, the unit stated on the line above the header
    "重点项目进展如下（金额单位：万元）：\n项目名称｜里程（公里）｜总投资｜年度完成投资｜进度\n"
    "甲县至乙镇公路改建工程｜12.5｜8650｜1620｜路基施工\n丙河大桥｜0.8｜｜900｜桩基施工\n",
    # a Markdown table with its separator row, the unit in the table's title
    "附表 重点项目（单位：万元）\n| 项目名称 | 里程（公里） | 总投资 | 年度完成投资 | 进度 |\n|---|---|---|---|---|\n"
    "| 甲县至乙镇公路改建工程 | 12.5 | 8650 | 1620 | 路基施工 |\n| 丙河大桥 | 0.8 |  | 900 | 桩基施工 |\n",
])
def test_a_table_parted_by_bars_with_its_unit_above_the_header(lex, raw):
    """Each money cell read in the unit stated above, in its own column; an empty cell keeps the columns in place."""
    from decimal import Decimal

    from kg.extract.money import find_money
    from kg.model import FundingKind
    text = clean(raw).text
    cells = [m for m in find_money(text, lex) if m.rule == "money.table_cell"]
    assert [(m.amount, m.funding_kind) for m in cells] == [
        (Decimal(86_500_000), FundingKind.TOTAL_INVESTMENT), (Decimal(16_200_000), FundingKind.COMPLETED_INVESTMENT),
        (Decimal(9_000_000), FundingKind.COMPLETED_INVESTMENT)]
    assert [text[m.start:m.end] for m in cells] == ["8650", "1620", "900"]


@pytest.mark.parametrize("header", [
    "序号 项目名称 建设规模 投资（万元） 进展\n总投资 当年完成投资\n",  # a text copy: the second row alone
    "序号 项目名称 建设规模 投资（万元） 进展\n— — — 总投资 当年完成投资 —\n",  # a .docx row: empty cells kept
])
def test_a_table_header_of_two_rows_gives_its_spanned_columns_the_unit(lex, header):
    """投资（万元） spanning 总投资 | 当年完成投资 in the row below: both columns are money in 万元, in their places."""
    from decimal import Decimal

    from kg.extract.money import find_money
    from kg.model import FundingKind
    text = clean(header + "1 甲县至乙镇公路改建工程 12.5公里 8650 1620 路基施工\n").text
    cells = [m for m in find_money(text, lex) if m.rule == "money.table_cell"]
    assert [(m.amount, m.funding_kind) for m in cells] == [
        (Decimal(86_500_000), FundingKind.TOTAL_INVESTMENT), (Decimal(16_200_000), FundingKind.COMPLETED_INVESTMENT)]


def test_partners_under_a_heading_that_names_a_campaign_take_part_in_it(nlp):
    """(一)港口危险货物安全专项整治行动 heads a section; 联合…对储罐区开展检查 two sentences into it is work done in
    that campaign with those bodies; a partner in the next section, headed by no campaign, is not (written for
    the test)."""
    from kg.extract.pairs import rules_only
    text = ("某市交通运输综合行政执法支队2023年工作总结\n一、主要工作\n（一）港口危险货物安全专项整治行动\n\n"
            "全年检查港口经营企业24家。联合市海事局、市应急管理局对港区储罐区开展专项检查，排查隐患56处。\n"
            "（二）队伍建设\n\n全年组织培训6期。联合市公安局开展执法培训。\n")
    with rules_only():
        _, links = _links(nlp, text)
    pairs = {(lk.subject.text, lk.target.text) for lk in links if lk.predicate == "conductedBy" and lk.target}
    assert {("港口危险货物安全专项整治行动", "市海事局"), ("港口危险货物安全专项整治行动", "市应急管理局")} <= pairs
    assert not any(agency == "市公安局" for _, agency in pairs)


def test_the_partner_model_decides_partners_and_names_the_rule_that_agreed(nlp):
    # written for the test: the partners of the second campaign, and the leading unit of the first
    from kg.extract.pairs import rules_only

    text = ("县交通运输综合行政执法大队会同县公安局、县应急管理局等单位开展安全生产专项整治三年行动，检查企业127家次；"
            "联合县公安局交通警察大队开展货车超限超载治理，查处超限车辆146辆。")
    _, links = _links(nlp, text)
    decided = {(lk.subject.text, lk.target.text): lk.rule for lk in links if lk.predicate == "conductedBy"}
    assert decided[("货车超限超载治理", "县公安局交通警察大队")] == "partners.model(relations.partner_agency)"
    assert {("安全生产专项整治三年行动", "县公安局"), ("安全生产专项整治三年行动", "县应急管理局")} <= set(decided)
    assert ("安全生产专项整治三年行动", "县公安局交通警察大队") not in decided  # the next part's partner
    with rules_only():  # without the model the rules decide, as they did before it
        _, links = _links(nlp, text)
    assert {lk.rule for lk in links if lk.predicate == "conductedBy"} == {"relations.partner_agency"}


@pytest.mark.parametrize("text,name", [
    # written for the test: a verb that is also a county's name (会同) before a unit known by its function
    ("春运期间，会同县公安交警大队在汽车站设置联合检查点。", "县公安交警大队"),
    # a boundary word inside a place's name (呼和浩特) does not cut the name that follows a verb
    ("会同呼和浩特市公共交通集团有限责任公司优化调整公交线路6条。", "呼和浩特市公共交通集团有限责任公司"),
])
def test_an_agency_starts_at_its_place_not_inside_it_nor_at_a_verb(lex, text, name):
    from kg.extract.agencies import find_agencies
    assert [m.text for m in find_agencies(text, lex)] == [name]


def test_a_numbered_line_or_a_count_of_routes_is_no_road(analyse_text):
    """9号线: a railway's line by its number; 两条高速公路: several routes counted; neither is a road, whatever
    the road model makes of them (written for the test)."""
    analysis = analyse_text("某区交通运输局2024年工作总结\n一、主要工作\n联合区公安分局在大学城站和9号线沿线站点开展非法客运"
                            "专项整治。\n9月下旬，甲城至乙县、乙县至丙州两条高速公路同时开工，滨河大道完成改造。\n")
    roads = {analysis.entity_of(m).label for m in analysis.found[EntityType.ROAD]}
    assert not [r for r in roads if r.endswith("号线") or "两条" in r], roads
    assert "滨河大道" in roads


def test_no_road_name_opens_with_a_function_or_measure_word(analyse_text):
    """对大南街 (对 + 大南街), 7条支路 (条 + 支路), 9月上线 (月 + 上线) name no road."""
    analysis = analyse_text("某区交通运输局2023年工作总结\n一、主要工作\n对大南街、石东路沿线公交站台实施港湾式改造5处；"
                            "清泉街东段等7条支路同步完成路面改造；新建治超非现场执法点2处，已于9月上线运行。\n")
    roads = {analysis.entity_of(m).label for m in analysis.found[EntityType.ROAD]}
    assert not {"对大南街", "条支路", "月上线"} & roads


@pytest.mark.parametrize("text,names", [
    # written for the test: a county's name that is also a verb (会同) before a city's unit is the verb
    ("支队会同市公路事务服务中心和海城市人民政府开展路域环境整治。", ["市公路事务服务中心", "海城市人民政府"]),
    # two bodies joined by 和 are two agencies, not one name running over the 和
    ("在市政府和市交通运输局的坚强领导下，全面完成年度任务。", ["市政府", "市交通运输局"]),
    # an office by its short name (县治超办), not the verb 办理
    ("联合县治超办、县公安局开展夜查，到市政务服务中心办理通行证。", ["县治超办", "县公安局", "市政务服务中心"]),
    # a county of one character and its level (郏县) opens the name of a body named by level
    ("郏县交通运输综合行政执法大队联合县公安局开展治超。", ["郏县交通运输综合行政执法大队", "县公安局"]),
])
def test_offices_and_bodies_joined_by_和_and_a_verb_county_before_市(lex, text, names):
    from kg.extract.agencies import find_agencies
    assert [m.text for m in find_agencies(text, lex)] == names


@pytest.mark.parametrize("text,names", [
    # written for the test: a group known by its short name, and one that founds a company
    ("配合蜀道集团推进高速公路建设，由湖北交投集团负责实施。", ["蜀道集团", "湖北交投集团"]),
    ("邵阳湘运集团组建邵阳县城乡公交有限公司。", ["邵阳湘运集团", "邵阳县城乡公交有限公司"]),
    ("与中国交通建设集团有限公司签约。", ["中国交通建设集团有限公司"]),
    # a group mark inside a company's registered name
    ("配合甲省交通投资（集团）有限责任公司推进建设，乙港（集团）股份有限公司完成吞吐量。",
     ["甲省交通投资（集团）有限责任公司", "乙港（集团）股份有限公司"]),
])
def test_a_group_by_its_short_name_is_an_agency(lex, text, names):
    from kg.extract.agencies import find_agencies
    assert [m.text for m in find_agencies(text, lex)] == names


def test_a_bracketed_short_name_after_a_road_is_that_road(analyse_text):
    """G212线临洮至渭源公路（临渭公路）: the short form is G212 wherever the report writes it (written for the test)."""
    analysis = analyse_text("某市交通运输局2024年工作要点\n一、重点项目\n（1）G212线临洮至渭源公路（临渭公路）。全长41.6公里，"
                            "总投资约52亿元。\n（2）完善临渭公路沿线安全设施。\n")
    roads = {(m.text, analysis.entity_of(m).label) for m in analysis.found[EntityType.ROAD]}
    assert {label for text, label in roads if text == "临渭公路"} == {label for text, label in roads if text == "G212线"}


def test_a_bracketed_short_name_is_the_projects_alias():
    """G42…扩容工程（成南扩容）: a bracket whose characters are the name's, in order, is its short form; （二期） and
    （续建） are not (written for the test)."""
    from kg.extract.aliases import shortens_to, with_stated_aliases
    from kg.model import Mention
    text = "推进甲城至乙州高速公路扩容工程（甲乙扩容）桥梁施工。丙镇至丁村公路改建工程（二期）完工。甲乙扩容年内完成投资5亿元。"
    full_end = text.index("（")
    second = text.index("丙")
    later = text.rindex("甲乙扩容")
    mentions = [Mention(EntityType.PROJECT, 2, full_end, text[2:full_end], name=text[2:full_end], rule="test"),
                Mention(EntityType.PROJECT, second, second + 11, text[second:second + 11],
                        name=text[second:second + 11], rule="test"),
                Mention(EntityType.PROJECT, later, later + 4, "甲乙扩容", name="甲乙扩容", rule="test")]
    projects, _ = with_stated_aliases(text, mentions, [])
    assert [p.name for p in projects] == [mentions[0].name, mentions[1].name, mentions[0].name]
    assert projects[2].text == "甲乙扩容"
    assert shortens_to("甲乙高速", "G99丙丁高速甲城至乙州段") and not shortens_to("续建", "甲乙公路续建工程")


def test_a_class_of_station_after_按_is_no_agency(lex):
    """按一级客运站标准建设: the class a station is built to, no body that acts (按 ends what comes before)."""
    from kg.extract.agencies import find_agencies
    assert find_agencies("新建客运站按一级客运站标准建设，按二级客运站标准完成主体工程。", lex) == []


def test_no_project_name_opens_with_a_function_word(analyse_text):
    """对长张高速常德段…开展环境整治 is work done on a road's section: no project is named 对长张高速常德段."""
    analysis = analyse_text("某市交通运输综合行政执法支队2024年工作总结\n三、路政管理\n"
                            "（三）公路路政管理。依法查处擅自占用公路行为，清理G320、S205沿线堆积物63处；"
                            "对沪昆高速怀化段和包茂高速怀化段两侧建筑控制区开展联合巡查，拆除违法建筑11处。\n"
                            "（四）路域整治。对长张高速常德段、G207沿线开展环境整治。\n")
    projects = {analysis.entity_of(m).label for m in analysis.found[EntityType.PROJECT]}
    assert projects and not any(name.startswith("对") for name in projects)


def test_no_project_name_traces_a_route(analyse_text):
    """起于…止于…, 途经…, 北至…: where a road runs, said of a work; no work's name holds those words."""
    analysis = analyse_text("某县交通运输局2024年工作总结\n一、重点项目\n"
                            "新建城南大道改造工程，起于城东互通，止于兴隆镇核桃坝村，全长5.2公里；"
                            "白岩至金竹公路途经三个乡镇，北至马场坪高速出口，已完成路基。\n")
    projects = {analysis.entity_of(m).label for m in analysis.found[EntityType.PROJECT]}
    assert "城南大道改造工程" in projects
    assert not any(w in name for name in projects for w in ("起于", "止于", "途经", "北至"))
