"""``kg view``: focus, depth, types; large graphs laid out beforehand; report text stays text."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.web.view import PHYSICS_LIMIT, ViewGraph, render_html

pytestmark = pytest.mark.slow


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
