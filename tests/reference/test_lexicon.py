"""The domain lexicon: packaged data, user extensions, aliases, merges and stop-names."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDFS, SKOS

from kg.errors import KgError
from kg.rdf.vocab import KGO
from kg.reference.lexicon import load
from tests.conftest import sample


def test_packaged_lexicon_has_the_sections(lex):
    assert "交通运输" in lex["agency.functions"]
    assert lex["road.expressways"]["沪昆"] == "G60"
    assert lex["road.chinese_levels"]["省道"] == "S"


def test_user_file_extends_lists_and_adds_aliases(tmp_path):
    user = tmp_path / "my.yaml"
    user.write_text("campaign:\n  names: [一盔一带]\naliases: {秀从高速: G6512}\nmerges: [[物流园项目, 公铁联运物流园项目]]\n"
                    "stop_names: [重点服务区]\n", encoding="utf-8")
    lex = load([user])
    assert "一盔一带" in lex["campaign.names"] and "主题教育" in lex["campaign.names"]
    assert lex.aliases == {"秀从高速": "G6512", "公铁联运物流园项目": "物流园项目"}
    assert "重点服务区" in lex.stop_names


def test_bad_lexicon_file_is_named(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("campaign: [unclosed\n", encoding="utf-8")
    with pytest.raises(KgError, match=r"bad\.yaml"):
        load([bad])


def test_named_expressway_takes_its_national_code(lex):
    from kg.extract.roads import find_roads
    (road,) = find_roads("沪昆高速新晃服务区流量经济综合体项目", lex)
    assert (road.code, road.level) == ("G60", "expressway")


def test_build_with_user_lexicon_applies_aliases_and_stop_names(tmp_path):
    from kg.build.runner import build
    user = tmp_path / "my.yaml"
    user.write_text("aliases: {秀从高速: G6512}\nstop_names: [招商引资]\ncampaign:\n  names: [效能建设]\n", encoding="utf-8")
    build([sample("003")], tmp_path / "out", lexicons=[user], view=False, validate=False)
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    labels = {str(o) for o in g.objects(None, RDFS.label)}
    assert "招商引资" not in labels
    assert any("效能建设" in label for label in labels)
    g6512 = next(g.subjects(KGO.roadCode, Literal("G6512")))
    assert "秀从高速" in {str(o) for o in g.objects(g6512, SKOS.altLabel)}
