"""Which mentions of a report are one entity: texts written for the tests in the genre's style."""
from __future__ import annotations

import pytest

from kg.model import EntityType, Mention
from kg.resolve.projects import abbreviates, project_keys, route_abbreviation, shortens


@pytest.mark.parametrize("text", [
    # the full name first, then the short one the genre makes of its two ends
    "榆林至神木高速公路建成通车，全长98公里。榆神高速通车后，沿线煤矿运距缩短30公里。",
    # the short name first
    "榆神高速通车后，沿线煤矿运距缩短30公里。榆林至神木高速公路全长98公里。",
])
def test_a_routes_short_name_is_the_route_named_by_its_ends(text, analyse_text):
    analysis = analyse_text("某市交通运输局2023年工作总结\n" + text + "\n")
    for kind in (EntityType.ROAD, EntityType.PROJECT):
        mentioned = [m for m in analysis.found[kind] if "神" in m.name]
        if len(mentioned) < 2:
            continue
        entities = {id(analysis.entity_of(m)) for m in mentioned}
        assert len(entities) == 1, (kind, [m.name for m in mentioned])
    roads = [m for m in analysis.found[EntityType.ROAD] if "神" in m.name]
    assert {m.name for m in roads} >= {"榆神高速"} and len({id(analysis.entity_of(m)) for m in roads}) == 1


def test_only_a_route_named_by_its_ends_has_a_short_name():
    assert route_abbreviation("瑞金至梅州铁路") == "瑞梅铁路"
    assert route_abbreviation("G85银川至昆明高速") == "银昆高速"
    assert route_abbreviation("十堰至宜昌高速兴山至长阳段") == "十宜高速兴山至长阳段"
    assert route_abbreviation("县道改造工程") is None
    assert route_abbreviation("至") is None


@pytest.mark.parametrize("short, key, named", [
    ("景礼高速", "S35景泰至礼县高速定西段", True),  # the route alone, its segment left out
    ("肇明高速", "肇庆至高明高速", True),  # the second end's distinctive character
    ("肃祁公路", "G213线肃南至祁连二级公路", True),
    ("梅龙高铁", "梅州至龙川高速铁路", True),
    ("景礼高速", "景泰至兰州高速", False),  # another second end
    ("礼景高速", "景泰至礼县高速", False),  # the ends in the other order
    ("宁武高速", "宁波至武汉公路", False),  # another kind of route
    ("景礼高速改造", "景泰至礼县高速定西段", False),  # a work, not a route's short name
])
def test_a_routes_short_name_names_it_with_or_without_its_segment(short, key, named):
    assert abbreviates(short, key) is named


def test_a_routes_short_name_after_its_one_project_is_that_project(analyse_text):
    analysis = analyse_text("某县交通运输局2023年工作总结\n一是S35景泰至礼县高速公路定西段项目前期工作加快推进，总投资95亿元。"
                            "二是景礼高速项目完成征地拆迁，累计完成投资2亿元。三是配合推进景礼高速建设。\n")
    projects = analysis.found[EntityType.PROJECT]
    assert {m.name for m in projects} >= {"S35景泰至礼县高速公路定西段项目", "景礼高速项目"}
    assert len({id(analysis.entity_of(m)) for m in projects}) == 1, [m.name for m in projects]


def test_a_routes_short_name_two_segments_share_joins_neither():
    def keys(*names: str) -> list[str]:
        mentions, at = [], 0
        for n in names:
            mentions.append(Mention(EntityType.PROJECT, at, at + len(n), n, name=n, rule="t", confidence=1.0))
            at += len(n) + 1
        return project_keys(mentions, [])

    assert len(set(keys("S35景泰至礼县高速甲段", "S35景泰至礼县高速乙段", "景礼高速"))) == 3
    # the short name first: it joins the first full name, not the second segment too
    first, second, third = keys("景礼高速", "S35景泰至礼县高速甲段", "S35景泰至礼县高速乙段")
    assert first == second != third


@pytest.mark.parametrize("first, second", [
    ("国道312线苋麻至杨庄段改建工程", "312国道苋麻至杨庄段"),
    ("省道S306线巴宜区至米林段升级改造", "306省道巴宜区至米林段升级改造"),
    ("青岛至兰州高速公路（G22）涉县至冀晋界段改扩建项目", "G22青兰高速涉县至冀晋界段改扩建工程"),
])
def test_one_work_with_its_road_written_two_ways_is_one_project(first, second, analyse_text):
    analysis = analyse_text(f"某县交通运输局2023年工作总结\n一是加快推进{first}，全长11.6公里，总投资3.2亿元。"
                    f"二是{second}路基已完成80%，年内完成投资1.2亿元。\n")
    projects = analysis.found[EntityType.PROJECT]
    assert {m.name for m in projects} >= {first, second}
    assert len({id(analysis.entity_of(m)) for m in projects if m.name in (first, second)}) == 1


def test_a_table_row_naming_a_work_with_its_road_code_is_that_work():
    """A flattened table's G318甲镇至乙镇段改建 is the text's 国道318线甲镇至乙镇段改建工程: with the road read as its
    code and the generic head gone, the two are the same words (written for the test)."""
    text = "国道318线甲镇至乙镇段改建工程全长15.3公里。\nG318甲镇至乙镇段改建｜续建｜78000\n"
    full, row = "国道318线甲镇至乙镇段改建工程", "G318甲镇至乙镇段改建"
    at = text.index(row)
    mentions = [Mention(EntityType.PROJECT, 0, len(full), full, name=full, rule="t", confidence=1.0),
                Mention(EntityType.PROJECT, at, at + len(row), row, name=row, rule="t", confidence=1.0)]
    roads = [(0, 6, "G318"), (at, at + 4, "G318")]
    first, second = project_keys(mentions, roads)
    assert first == second
    # a different segment of the same road stays another work
    other = "G318丙镇至丁镇段改建"
    assert len(set(project_keys([mentions[0], Mention(EntityType.PROJECT, at, at + len(other), other, name=other,
                                                              rule="t", confidence=1.0)], roads))) == 2


def test_two_works_on_one_road_stay_two_projects(analyse_text):
    analysis = analyse_text("某县交通运输局2023年工作总结\n一是加快推进国道312线苋麻至杨庄段改建工程，总投资3.2亿元。"
                    "二是312国道城关至新集段改建工程完工，完成投资1.2亿元。\n")
    projects = [m for m in analysis.found[EntityType.PROJECT] if "312" in m.name]
    assert len(projects) == 2 and len({id(analysis.entity_of(m)) for m in projects}) == 2


def test_a_work_shortened_after_its_full_name_is_the_same_project(analyse_text):
    analysis = analyse_text("某县交通运输局2023年工作总结\n一是国道G201线敦化市区至黄泥河段改扩建工程完成路基，全长26公里，总投资8.4亿元。"
                    "二是加快国道G108线勉县新街子至宁强大安段改建工程，年内完成投资1.1亿元。\n"
                    "下一步，我局将确保国道G201线改扩建年底通车，加快国道G108线勉县至宁强段改建进度。\n")
    for road in ("G201", "G108"):
        projects = [m for m in analysis.found[EntityType.PROJECT] if road in m.name]
        assert len(projects) >= 2 and len({id(analysis.entity_of(m)) for m in projects}) == 1, \
            [m.name for m in projects]


def test_a_short_form_two_works_share_joins_neither(analyse_text):
    analysis = analyse_text("某县交通运输局2023年工作总结\n一是国道G201线甲镇至乙镇段改建工程完工，总投资2.4亿元。"
                    "二是国道G201线丙镇至丁镇段改建工程开工，总投资3.1亿元。\n下一步，确保国道G201线改建年底完成。\n")
    projects = [m for m in analysis.found[EntityType.PROJECT] if "G201" in m.name]
    assert len(projects) == 3 and len({id(analysis.entity_of(m)) for m in projects}) == 3, [m.name for m in projects]


def test_a_later_phase_is_another_work():
    assert not shortens("X106陆良县城至召夸段改造", "X106陆良县城至召夸段二期改造")
    assert shortens("X106改造", "X106陆良县城至召夸段改造")
    assert not shortens("G201改建", "G312改建") and not shortens("改建", "G201改建")


@pytest.mark.parametrize("short, full", [
    ("S21改建", "S216甲镇至乙镇段改建"),  # another road whose code starts the same
    ("G4京港澳高速改扩建", "G45大广高速吉安至南康段改扩建"),
    ("甲河1号大桥", "甲河11号大桥"),  # a figure left out
    ("县城东环路改造", "县城东环路北段改造"),  # a named part left out
    ("甲至乙段改建", "甲至乙段二期改建"),  # a phase left out
])
def test_a_short_form_keeps_codes_figures_parts_and_phases(short, full):
    assert not shortens(short, full)


@pytest.mark.parametrize("issuer, own, other", [
    ("石嘴山市交通运输局", "市交通运输局", None),
    ("通辽市科尔沁区交通运输局", "区交通运输局", "市交通运输局"),
    # an autonomous county by its short name (长白县) is the issuer's region by another of its names
    ("长白朝鲜族自治县交通运输局", "长白县交通运输局", None),
    ("长白朝鲜族自治县交通运输局", "县交通运输局", None),
])
def test_the_issuers_level_word_and_bureau_is_the_issuer(issuer, own, other, analyse_text):
    """In its own report, 市交通运输局 is the city bureau that wrote it; in a district's report it is the city's."""
    text = f"{issuer}2023年工作总结\n一年来，{own}在党委、政府的坚强领导下，全年完成交通固定资产投资9.6亿元。\n"
    if other:
        text += f"在{other}的指导下，完成农村公路建设120公里。\n"
    analysis = analyse_text(text)
    agencies = analysis.found[EntityType.AGENCY]
    by_name = {m.text: analysis.entity_of(m) for m in agencies}
    assert by_name[own] is by_name[issuer]
    if other:
        assert by_name[other] is not by_name[issuer] and by_name[other].label == "通辽市交通运输局"


@pytest.mark.parametrize("first, second", [
    ("环岛旅游公路（甲县段）建设工程", "环岛旅游公路甲县段"),
    ("临湘至岳阳公路改建工程（二期）", "临湘至岳阳公路二期"),
])
def test_a_segment_or_phase_written_with_or_without_brackets_is_one_project(first, second, analyse_text):
    # written for the test: the brackets around a segment or a phase are not part of what names the work
    analysis = analyse_text(f"某县交通运输局2023年工作总结\n一是加快推进{first}，全长11.6公里，总投资3.2亿元。"
                            f"二是{second}路基已完成80%，年内完成投资1.2亿元。\n")
    projects = [m for m in analysis.found[EntityType.PROJECT] if m.name in (first, second)]
    assert {m.name for m in projects} == {first, second}
    assert len({id(analysis.entity_of(m)) for m in projects}) == 1


def test_two_phases_of_one_work_are_two_projects(analyse_text):
    analysis = analyse_text("某市交通运输局2023年工作总结\n一是S242线高唐至东昌府段改建工程（一期）建成通车，完成投资2.1亿元。"
                    "二是启动S242线高唐至东昌府段改建工程（二期），计划投资三亿元。\n")
    phases = [m for m in analysis.found[EntityType.PROJECT] if "期）" in m.name]
    assert len(phases) == 2 and len({id(analysis.entity_of(m)) for m in phases}) == 2, [m.name for m in phases]


def test_in_a_report_of_unknown_place_the_city_bureau_is_not_the_issuer(analyse_text):
    """An anonymised county-level city (XX市): 市交通运输局 may as well be the city above, so it stays its own."""
    analysis = analyse_text("XX市交通运输局2023年工作总结\n一年来，在市交通运输局的精心指导下，全年完成农村公路建设120公里。\n")
    by_name = {m.text: analysis.entity_of(m) for m in analysis.found[EntityType.AGENCY]}
    assert by_name["市交通运输局"] is not by_name["XX市交通运输局"]


def test_a_routes_full_name_after_its_short_name_is_that_project(analyse_text):
    analysis = analyse_text("某县交通运输局2023年工作总结\n一是景礼高速前期工作加快推进。S35景泰至礼县高速公路定西段项目途经我县北部，"
                            "总投资95亿元。\n")
    projects = analysis.found[EntityType.PROJECT]
    assert {m.name for m in projects} >= {"S35景泰至礼县高速公路定西段项目", "景礼高速"}, [m.name for m in projects]
    assert len({id(analysis.entity_of(m)) for m in projects}) == 1, [m.name for m in projects]
