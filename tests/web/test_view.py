"""``kg view``: focus, depth, types; reports as hubs, a bounded number of entities per report; large graphs
laid out beforehand; report text stays text."""
from __future__ import annotations

import json
import re

from click.testing import CliRunner

from kg.cli import cli
from kg.web.pages import vis_network
from kg.web.view import LABEL_CHARS, PHYSICS_LIMIT, ViewGraph, render_html
from kg.web.viewgraph import cap_per_report, hang_from_reports


def _nodes(page: str) -> list[dict]:
    return json.loads(re.search(r"nodes = new vis\.DataSet\((.*?)\);\n", page).group(1))


def test_focus_depth_and_types(sample_build, tmp_path):
    graph = str(sample_build[0] / "graph.ttl")
    out = tmp_path / "v.html"
    result = CliRunner().invoke(cli, ["view", "--graph", graph, "-o", str(out), "--focus", "G6512", "--depth", "1"])
    assert result.exit_code == 0, result.output
    nodes = _nodes(out.read_text(encoding="utf-8"))
    # the neighbourhood by the links between entities, then the report they hang from
    assert {n["full"] for n in nodes if n["cls"] != "Document"} == {"G6512", "G6512秀从高速公路(新晃段)项目"}
    assert [n["full"] for n in nodes if n["cls"] == "Document"] == ["怀化市新晃县交通运输局2023年上半年工作总结下半年工作计划"]
    CliRunner().invoke(cli, ["view", "--graph", graph, "-o", str(out), "--types", "Road,Project"])
    classes = {n["cls"] for n in _nodes(out.read_text(encoding="utf-8"))}
    assert classes == {"Road", "Project", "Document"}
    bad = CliRunner().invoke(cli, ["view", "--graph", graph, "-o", str(out), "--types", "Bridge"])
    assert bad.exit_code == 2 and "unknown class Bridge" in bad.output
    missing = CliRunner().invoke(cli, ["view", "--graph", graph, "-o", str(out), "--focus", "不存在的实体"])
    assert missing.exit_code == 2


def test_tooltips_carry_attributes_and_source(sample_build):
    page = (sample_build[0] / "graph.html").read_text(encoding="utf-8")
    node = next(n for n in _nodes(page) if n["full"].startswith("G6512秀从"))
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
    assert _nodes(page)[0]["full"] == evil and _nodes(page)[0]["label"] == evil[:LABEL_CHARS - 1] + "…"


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


def _edges(page: str) -> list[dict]:
    return json.loads(re.search(r"edges = new vis\.DataSet\((.*?)\);\n", page).group(1))


REPORT = {"class": "Document", "label": "2023年工作总结", "attrs": {}}


def _entity(cls: str, label: str) -> dict:
    return {"class": cls, "label": label, "attrs": {}}


def test_each_group_of_linked_entities_hangs_from_its_report_once():
    vg = ViewGraph({"urn:p": _entity("Project", "S311改建工程"), "urn:r": _entity("Road", "S311"),
                    "urn:f": _entity("Funding", "3000万元"), "urn:c": _entity("Campaign", "治超"),
                    "urn:a": _entity("Agency", "县交通运输局"), "urn:x": _entity("Agency", "县政府")},
                   [("urn:p", "hasFunding", "urn:f"), ("urn:p", "onRoad", "urn:r")])
    mentioned = [(n, "urn:d") for n in vg.nodes]
    drawn = hang_from_reports(vg, {"urn:d": REPORT}, mentioned, [("urn:d", "urn:a")])
    assert sorted(e for e in drawn.edges if e[2] == "urn:d" or e[0] == "urn:d") == [
        ("urn:c", "mentionedIn", "urn:d"), ("urn:d", "issuedBy", "urn:a"), ("urn:p", "mentionedIn", "urn:d"),
        ("urn:x", "mentionedIn", "urn:d")]
    linked = {n for s, _, o in drawn.edges for n in (s, o)}
    assert linked == set(drawn.nodes)  # no isolated node


def test_a_report_draws_a_bounded_number_of_entities_and_says_what_it_left_out():
    nodes = {f"urn:c{i}": _entity("Campaign", f"行动{i:03}") for i in range(100)}
    nodes |= {"urn:p": _entity("Project", "S311改建工程"), "urn:r": _entity("Road", "S311"),
              "urn:f": _entity("Funding", "3000万元"), "urn:shared": _entity("Agency", "交通运输部")}
    vg = ViewGraph(nodes, [("urn:p", "onRoad", "urn:r"), ("urn:p", "hasFunding", "urn:f")])
    mentioned = [(n, "urn:d") for n in nodes] + [("urn:shared", "urn:e")]
    capped = cap_per_report(vg, mentioned, limit=10)
    assert {"urn:p", "urn:r", "urn:f", "urn:shared"} <= set(capped.nodes)  # linked first; the other report keeps its own
    assert len(capped.nodes) == 11 and capped.omitted == {"Campaign": 93}
    page = render_html(hang_from_reports(capped, {"urn:d": REPORT, "urn:e": REPORT}, mentioned, []))
    assert re.search(r'id="kg-omitted">未显示 left out \(每份报告最多 at most \d+ per report\): 专项行动 Campaign 93<', page)
    assert 'id="kg-omitted"' not in render_html(hang_from_reports(vg, {"urn:d": REPORT}, mentioned, []))


def test_the_sample_view_has_no_isolated_entity(sample_build):
    page = (sample_build[0] / "graph.html").read_text(encoding="utf-8")
    nodes, edges = _nodes(page), _edges(page)
    linked = {n for e in edges for n in (e["from"], e["to"])}
    assert [n["full"] for n in nodes if n["id"] not in linked] == []
    assert sum(n["cls"] == "Document" for n in nodes) == 5
    assert "Noto Sans CJK SC" in page and "WenQuanYi" in page  # a CJK font stack, named


def test_a_view_of_many_reports_is_laid_out_by_its_reports():
    """Past FORCE_MAX_NODES the forces act on the report hubs and shared entities only; each report's own
    entities sit on rings close to their hub (the whole took minutes for 100 reports by forces alone)."""
    import math

    from kg.web.view import FORCE_MAX_NODES, layout

    nodes, edges = {}, []
    for r in range(40):
        hub = f"doc{r:02}"
        nodes[hub] = {"class": "Document", "label": hub, "attrs": {}}
        for k in range(12):
            n = f"e{r:02}-{k:02}"
            nodes[n] = {"class": "Project", "label": n, "attrs": {}}
            edges.append((n, "mentionedIn", hub))
        edges.append(("road-shared", "mentionedIn", hub))
    nodes["road-shared"] = {"class": "Road", "label": "G210", "attrs": {}}
    vg = ViewGraph(nodes, edges)
    assert len(nodes) > FORCE_MAX_NODES
    pos = layout(vg)
    assert set(pos) == set(nodes)
    for r in range(40):
        hx, hy = pos[f"doc{r:02}"]
        far = max(math.dist(pos[f"e{r:02}-{k:02}"], (hx, hy)) for k in range(12))
        assert far <= 3 * 100.0  # two rings of a label's width around the hub


def test_the_layout_does_not_depend_on_the_hash_seed():
    """The same graph gets the same positions in every process (Python's set order changes with its seed)."""
    import os
    import subprocess
    import sys

    script = """
import hashlib, json
from kg.web.view import ViewGraph, layout
nodes, edges = {}, []
for r in range(40):
    nodes[f"doc{r:02}"] = {"class": "Document", "label": "d", "attrs": {}}
    for k in range(12):
        nodes[f"e{r:02}-{k:02}"] = {"class": "Project", "label": "p", "attrs": {}}
        edges.append((f"e{r:02}-{k:02}", "mentionedIn", f"doc{r:02}"))
    edges.append(("shared", "mentionedIn", f"doc{r:02}"))
nodes["shared"] = {"class": "Road", "label": "G210", "attrs": {}}
small = {f"s{i}": {"class": "Road", "label": "r", "attrs": {}} for i in range(9)}
nodes.update(small)
edges += [(f"s{i}", "onRoad", f"s{i + 1}") for i in range(8)]
print(hashlib.sha256(json.dumps(sorted(layout(ViewGraph(nodes, sorted(edges))).items())).encode()).hexdigest())
"""
    runs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(runs) == 1
