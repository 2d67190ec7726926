"""Road codes, amounts and lengths normalise as the genre writes them."""
from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.money import find_lengths, find_money, parse_amount
from kg.extract.roads import find_roads, normalise_code, road_level
from kg.model import FundingKind


@pytest.mark.parametrize("text, code", [
    ("省道311线", "S311"), ("国道G210线", "G210"), ("X009淄安路", "X009"), ("G341黄海线", "G341"),
    ("国道245", "G245"), ("S311线K33+000", "S311"),
])
def test_normalise_code(text, code):
    assert normalise_code(text) == code


@pytest.mark.parametrize("letter, digits, level", [
    ("G", "6512", "expressway"), ("G", "60", "expressway"), ("G", "210", "national"), ("S", "311", "provincial"),
    ("X", "009", "county"), ("Y", "015", "township"), ("C", "101", "village"), ("Z", "001", "special"),
])
def test_road_level(letter, digits, level):
    assert road_level(letter, digits).value == level


def test_code_with_name_is_split(lex):
    (road,) = find_roads("县乡道路维修改造工程中X009淄安路完成路基施工", lex)
    assert (road.code, road.name, road.level) == ("X009", "淄安路", "county")


def test_stake_marks_are_not_roads(lex):
    roads = find_roads("对S104线K45+500、S311线K33+000两处花坛进行维修改造", lex)
    assert [r.code for r in roads] == ["S104", "S311"]


def test_an_old_order_road_right_after_its_items_number_is_a_road(lex):
    # written for the test: 11. numbers the item, 637国道 opens it; 3.5国道 reads as a figure, no road
    roads = find_roads("11.637国道遂昌至江山界段改建工程\n6.240国道冀州段完工，争取3.5国道资金", lex)
    assert [r.code for r in roads] == ["G637", "G240"]


@pytest.mark.parametrize("text, amount, approximate, redacted", [
    ("费用共计168244249.68元", Decimal("168244249.68"), False, False),
    ("完成罚没款90余万元", Decimal("900000"), True, False),
    ("已完成投资5572.4874万元", Decimal("55724874"), False, False),
    ("计划总投资2.2398亿元", Decimal("223980000"), False, False),
    ("总投资约63亿元", Decimal("6300000000"), True, False),
    ("挽回经济损失15万余元", Decimal("150000"), True, False),
    ("投资XX万元，建成XX产业路", None, False, True),
])
def test_amounts(lex, text, amount, approximate, redacted):
    (m,) = find_money(text, lex)
    assert (m.amount, m.approximate, m.redacted) == (amount, approximate, redacted)


def test_amount_without_yuan_needs_money_words(lex):
    (m,) = find_money("将1.8亿建设补助资金纳入省级财政预算", lex)
    assert m.amount == Decimal("180000000") and m.funding_kind is FundingKind.SUBSIDY
    assert find_money("检查车辆1.2亿辆次", lex) == []


@pytest.mark.parametrize("text, kind", [
    ("罚款786300元", FundingKind.FINE), ("理赔金额1.48万元", FundingKind.COMPENSATION),
    ("争取财政可支配资金2400万元", FundingKind.SUBSIDY), ("累计完成投资36亿元", FundingKind.COMPLETED_INVESTMENT),
    ("一期投资1.4亿元", FundingKind.TOTAL_INVESTMENT), ("累计投入水毁塌方抢险经费约18万元", FundingKind.EXPENDITURE),
    ("拨付各乡镇征收（拆）补偿及迁改工程费用共计168244249.68元", FundingKind.COMPENSATION),
])
def test_funding_kind(lex, text, kind):
    assert find_money(text, lex)[0].funding_kind is kind


def test_redacted_amount_is_never_a_number():
    assert parse_amount("XX", "万") is None


@pytest.mark.parametrize("text, km", [
    ("涉及里程.677公里", Decimal("0.677")), ("全长32.74km", Decimal("32.74")), ("桥长43.6米", Decimal("0.0436")),
    ("共29.8千米", Decimal("29.8")),
])
def test_lengths(text, km):
    assert [m.km for m in find_lengths(text)] == [km]


def test_area_and_running_metres_are_not_lengths():
    assert find_lengths("整修路肩160000㎡、沥青灌缝12600延米，铲路肩1675m 2") == []
