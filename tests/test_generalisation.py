"""A report written for the tests in the genre's style (a city bureau's 工作要点), not from the samples."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.model import EntityType, FundingKind, ProjectStatus
from kg.pipeline import analyse_document

REPORT = Path(__file__).parent / "data" / "unseen_city_plan.txt"


@pytest.fixture(scope="module")
def analysis(nlp):
    return analyse_document(REPORT, nlp)


def _project(analysis, name):
    return next(m for m in analysis.found[EntityType.PROJECT] if m.name == name)


def _links(analysis, subject_name, predicate):
    return [lk for lk in analysis.links if lk.subject.name == subject_name and lk.predicate == predicate]


def test_city_bureau_context(analysis):
    ctx = analysis.context
    assert ctx.issuer_name == "株洲市交通运输局"
    assert (ctx.region.code, ctx.province.name) == ("430200", "湖南省")


def test_projects_with_status_and_money(analysis):
    names = {m.name for m in analysis.found[EntityType.PROJECT]}
    assert {"G106线醴陵城区段改线工程", "S211攸县至茶陵段改扩建工程"} <= names
    (status,) = _links(analysis, "G106线醴陵城区段改线工程", "status")
    assert status.value is ProjectStatus.COMPLETED
    (funding,) = _links(analysis, "G106线醴陵城区段改线工程", "hasFunding")
    assert funding.target.amount == Decimal("980000000")


def test_coreference_through_gai_xiangmu(analysis):
    # 该项目总投资约14亿元，计划2025年底建成 speaks of S211…改扩建工程
    (funding,) = _links(analysis, "S211攸县至茶陵段改扩建工程", "hasFunding")
    assert funding.target.amount == Decimal("1400000000") and funding.target.approximate
    (end,) = _links(analysis, "S211攸县至茶陵段改扩建工程", "endYear")
    assert end.value == 2025


def test_expressway_by_name_and_province_department(analysis):
    roads = {m.text: m.code for m in analysis.found[EntityType.ROAD]}
    assert roads["京港澳高速"] == "G4"
    agencies = {analysis.entity_of(m).label for m in analysis.found[EntityType.AGENCY]}
    assert "湖南省交通运输厅" in agencies  # 省厅 in a Hunan report


def test_campaign_partners_and_kinds(analysis):
    partners = {lk.target.name for lk in _links(analysis, "“百日攻坚”专项整治行动", "conductedBy")}
    assert partners == {"市公安局交警支队", "市城管局"}
    kinds = {m.text: m.funding_kind for m in analysis.found[EntityType.FUNDING]}
    assert kinds["42.6亿元"] is FundingKind.COMPLETED_INVESTMENT
    assert kinds["38.5万元"] is FundingKind.FINE
    assert kinds["3000万元"] is FundingKind.SUBSIDY
