"""``kg explain`` and confidence filtering on a real report."""
from __future__ import annotations

from click.testing import CliRunner

from kg.cli import cli
from kg.explain import explain
from kg.pipeline import analyse_document
from tests.conftest import sample


def test_explain_shows_each_fact_with_its_rule(nlp):
    lines = explain(sample("003"), nlp)
    assert lines[2] == "issuer   新晃县交通运输局"
    text = "\n".join(lines)
    assert "Project   G6512秀从高速公路(新晃段)项目   [projects.model(spans.head) 0." in text
    assert "--hasFunding--> 约63亿元   [owners.model(relations.funding_after_project)" in text
    assert "because province of 新晃侗族自治县: 湖南省" in text


def test_explain_names_a_redacted_amount_as_the_graph_does(nlp, tmp_path):
    # written for the test, as 001 hides its figures: a work's amount given as XX万元
    path = tmp_path / "redacted.txt"
    path.write_text("XX区交通运输局2023年工作总结\n一、重点项目\n加快推进S311线甲镇至乙镇段改建工程，总投资XX万元，"
                    "年内完成路基工程。\n", encoding="utf-8")
    text = "\n".join(explain(path, nlp))
    assert "--hasRedactedAmount--> XX万元 (redacted: no figure)" in text
    assert "--hasFunding--> XX" not in text


def test_explain_command():
    result = CliRunner().invoke(cli, ["explain", str(sample("004"))])
    assert result.exit_code == 0, result.output
    assert "issuer   沂源县交通运输局" in result.output
    assert "because issuer inferred from the county the text names most: 沂源县" in result.output


def test_min_confidence_drops_weaker_facts(nlp):
    full = analyse_document(sample("003"), nlp)
    found = [m for ms in full.found.values() for m in ms]
    cut = sorted(m.confidence for m in found)[len(found) // 3]  # a third of the mentions fall below it
    strict = analyse_document(sample("003"), nlp, min_confidence=cut)
    assert len(strict.links) < len(full.links)
    assert all(lk.confidence >= cut for lk in strict.links)
    kept = [m for ms in strict.found.values() for m in ms]
    assert kept and all(m.confidence >= cut for m in kept)
    weak = {(m.kind, m.start) for m in found if m.confidence < cut}
    assert weak and not weak & {(m.kind, m.start) for m in kept}
    # coded roads (exact rules) stay
    road = next(k for k in strict.found if k.value == "Road")
    assert any(m.text.startswith("G6512") for m in strict.found[road])
