"""``kg view``: focus, depth, types; large graphs laid out beforehand; report text stays text."""
from __future__ import annotations

import json
import re

from click.testing import CliRunner

from kg.cli import cli
from kg.web.pages import vis_network
from kg.web.view import PHYSICS_LIMIT, ViewGraph, render_html


def _nodes(page: str) -> list[dict]:
    return json.loads(re.search(r"nodes = new vis\.DataSet\((.*?)\);\n", page).group(1))


def test_focus_depth_and_types(sample_build, tmp_path):
    graph = str(sample_build[0] / "graph.ttl")
    out = tmp_path / "v.html"
    result = CliRunner().invoke(cli, ["view", "--graph", graph, "-o", str(out), "--focus", "G6512", "--depth", "1"])
    assert result.exit_code == 0, result.output
    labels = {n["label"] for n in _nodes(out.read_text(encoding="utf-8"))}
    assert labels == {"G6512", "G6512秀从高速公路(新晃段)项目"}
    CliRunner().invoke(cli, ["view", "--graph", graph, "-o", str(out), "--types", "Road,Project"])
    classes = {n["cls"] for n in _nodes(out.read_text(encoding="utf-8"))}
    assert classes == {"Road", "Project"}
    bad = CliRunner().invoke(cli, ["view", "--graph", graph, "-o", str(out), "--types", "Bridge"])
    assert bad.exit_code == 2 and "unknown class Bridge" in bad.output
    missing = CliRunner().invoke(cli, ["view", "--graph", graph, "-o", str(out), "--focus", "不存在的实体"])
    assert missing.exit_code == 2


def test_tooltips_carry_attributes_and_source(sample_build):
    page = (sample_build[0] / "graph.html").read_text(encoding="utf-8")
    node = next(n for n in _nodes(page) if n["label"].startswith("G6512秀从"))
    assert "lengthKm: 32.74" in node["title"] and "总投资约63亿元" in node["title"]


def test_large_graphs_are_laid_out_beforehand():
    vg = ViewGraph({f"urn:{i}": {"class": "Project", "label": f"p{i}", "attrs": {}} for i in range(PHYSICS_LIMIT + 10)},
                   [(f"urn:{i}", "onRoad", f"urn:{i + 1}") for i in range(0, PHYSICS_LIMIT, 2)])
    page = render_html(vg)
    nodes = _nodes(page)
    assert all("x" in n and "y" in n for n in nodes)
    assert '"enabled": false' in page  # physics off


def test_report_text_cannot_break_out_of_the_page():
    evil = '</script><script>alert("x")</script><img src=x onerror=alert(1)>'
    vg = ViewGraph({"urn:a": {"class": "Agency", "label": evil, "attrs": {}, "sentence": evil}}, [])
    page = render_html(vg)
    assert "</script><script>alert" not in page and "<img src=x" not in page
    assert _nodes(page)[0]["label"] == evil[:30]


def test_vis_network_comes_from_pyvis_and_is_inlined():
    script, styles = vis_network()
    assert "vis-network" in script[:200] and ".vis-network" in styles
    page = render_html(ViewGraph({"urn:a": {"class": "Road", "label": "G6512", "attrs": {}}}, []))
    assert script in page and styles in page
    # nothing fetched: no external script, style sheet or link, and nothing of pyvis's own page (Bootstrap, CDN)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "cdnjs" not in page and "bootstrap" not in page.lower()


def test_legend_counts_classes_and_names_the_page():
    vg = ViewGraph({"urn:r": {"class": "Road", "label": "G6512", "attrs": {}},
                    "urn:p": {"class": "Project", "label": "G6512秀从高速公路(新晃段)项目", "attrs": {"lengthKm": "32.74"}}},
                   [("urn:p", "onRoad", "urn:r")])
    page = render_html(vg, title="kg: <G6512>", entity_url="/entity?iri=")
    assert "<title>kg: &lt;G6512&gt;</title>" in page
    assert re.search(r'data-cls="Road">.*?公路 Road \(1\)</label>', page) and "2 nodes, 1 edges" in page
    assert 'data-cls="Agency"' not in page
    assert [(e["from"], e["to"], e["label"]) for e in json.loads(
        re.search(r"edges = new vis\.DataSet\((.*?)\);\n", page).group(1))] == [("urn:p", "urn:r", "onRoad")]
    assert 'var entityUrl = "/entity?iri=";' in page
