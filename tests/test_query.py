"""Saved competency queries and the query command on the sample build."""
from __future__ import annotations

import json
from decimal import Decimal

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.query import QueryError, bindings, open_store, run, saved_queries
from kg.rdf.vocab import PREFIX_MAP
from kg.store.bindings import with_values


@pytest.fixture(scope="module")
def store(sample_build):
    return open_store(sample_build[0] / "graph.ttl")


def rows(store, query_name, **params):
    saved = saved_queries()[query_name]
    result = run(store, saved.text, bindings(saved, params))
    return [{v.value: (sol[v].value if sol[v] is not None else None) for v in result.variables} for sol in result]


def test_at_least_twelve_saved_queries_with_questions():
    saved = saved_queries()
    assert len(saved) >= 12
    for q in saved.values():
        assert q.title_zh and q.title_en, q.name


def test_projects_on_road(store):
    (row,) = rows(store, "projects_on_road", code="G6512")
    assert row["project"] == "G6512秀从高速公路(新晃段)项目"
    assert (Decimal(row["amount"]), Decimal(row["km"]), row["status"]) == (Decimal("6300000000"), Decimal("32.74"), "planned")


def test_investment_by_report(store):
    by_report = {r["report"]: Decimal(r["total"]) for r in rows(store, "investment_by_report")}
    assert by_report["003_bed8bd81fa4e488e.txt"] >= Decimal("6300000000")


def test_agencies_together(store):
    # 000 and 002 each say 联合公安交警、路政等部门开展货运车辆超限超载集中整治: one pair, two campaigns
    together = {(r["agency1"], r["agency2"]): int(r["campaigns"]) for r in rows(store, "agencies_together")}
    assert together[("公安交警", "路政")] == 2
    assert all(a < b for a, b in together)  # each pair once, in label order


def test_roads_by_province(store):
    found = {(r["province"], r["code"]) for r in rows(store, "roads_by_province")}
    assert ("湖南省", "S335") in found and ("山东省", "X009") in found and ("内蒙古自治区", "S311") in found


def test_entity_facts_with_sources(store):
    facts = rows(store, "entity_facts", name="湖南省交通运输厅")
    assert any(f["property"].endswith("hasMention") and "湖南省交通运输厅" in f["sentence"] for f in facts)


def test_fundings_by_kind(store):
    kinds = {r["kind"]: int(r["count"]) for r in rows(store, "fundings_by_kind")}
    assert kinds["fine"] >= 4 and kinds["total_investment"] >= 10


def test_planned_projects_by_start_year(store):
    planned = {r["project"]: r["start"] for r in rows(store, "planned_projects")}
    assert planned["G6512秀从高速公路(新晃段)项目"] == "2024"


#: The per-report questions as they were asked before the build wrote their answers on each report
#: (kgo:campaignCount …, kgo:issuerName …, kgo:agencyPair): joins of every campaign, hidden amount and total
#: investment to its report, of each report to its issuer's, region's and province's nodes, and of each
#: campaign's agencies with themselves.
_JOINED = {
    "campaigns_per_report": """SELECT ?report (COUNT(DISTINCT ?c) AS ?campaigns) (GROUP_CONCAT(DISTINCT ?campaign; separator=" | ") AS ?names)
        WHERE { ?c a kgo:Campaign ; rdfs:label ?campaign ; kgo:mentionedIn/kgo:sourceFile ?report . } GROUP BY ?report""",
    "redacted_amounts": """SELECT ?report (COUNT(?r) AS ?redacted) (GROUP_CONCAT(?text; separator=" | ") AS ?written)
        WHERE { ?r a kgo:RedactedAmount ; rdfs:label ?text ; kgo:mentionedIn/kgo:sourceFile ?report . } GROUP BY ?report""",
    "investment_by_report": """SELECT ?report ?agency ?year (SUM(?amount) AS ?total) (COUNT(?f) AS ?fundings) WHERE {
        ?doc a kgo:Document ; kgo:sourceFile ?report ; kgo:issuedBy/rdfs:label ?agency .
        OPTIONAL { ?doc kgo:reportYear ?y } BIND (STR(?y) AS ?year)
        ?f a kgo:Funding ; kgo:mentionedIn ?doc ; kgo:amount ?amount ; kgo:fundingKind kgo:funding-total_investment .
        } GROUP BY ?report ?agency ?year""",
    "agencies_together": """SELECT ?agency1 ?agency2 (COUNT(DISTINCT ?c) AS ?campaigns)
        (GROUP_CONCAT(DISTINCT ?campaign; separator=" | ") AS ?names) WHERE {
        ?c kgo:conductedBy ?a1 , ?a2 ; rdfs:label ?campaign . ?a1 rdfs:label ?agency1 . ?a2 rdfs:label ?agency2 .
        FILTER (STR(?agency1) < STR(?agency2)) } GROUP BY ?agency1 ?agency2""",
    "issuers": """SELECT ?report ?title ?issuer ?region ?province ?years WHERE {
        ?doc a kgo:Document ; kgo:sourceFile ?report ; rdfs:label ?title ; kgo:issuedBy/rdfs:label ?issuer .
        OPTIONAL { ?doc dcterms:spatial/kgo:fullName ?region } OPTIONAL { ?doc kgo:province/rdfs:label ?province }
        OPTIONAL { SELECT ?doc (GROUP_CONCAT(DISTINCT STR(?y); separator=",") AS ?ys) WHERE { ?doc kgo:reportYear ?y }
                   GROUP BY ?doc }
        BIND (COALESCE(?ys, "") AS ?years) }""",
}


def _as_set(row: dict) -> tuple:
    """A row with its joined names as a sorted list (the build sorts them; GROUP_CONCAT's order is the engine's)."""
    return tuple(sorted(v.split(" | ")) if v is not None and " | " in v else v for v in row.values())


@pytest.mark.parametrize("name", sorted(_JOINED))
def test_per_report_facts_answer_as_the_joins_did(store, name):
    result = run(store, _JOINED[name])
    joined = [{v.value: (s[v].value if s[v] is not None else None) for v in result.variables} for s in result]
    assert joined
    assert sorted(map(_as_set, rows(store, name))) == sorted(map(_as_set, joined))


def test_issuers_title_is_the_file_name_where_a_report_has_none(tmp_path):
    """The saved query reads dcterms:title, which only a report with a title line has; the others are listed
    under their file name, as their rdfs:label is."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "无标题报告.txt").write_text("2024年，湖南省交通运输厅推进G60高速公路改扩建工程。\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--no-validate"]).exit_code == 0
    store = open_store(tmp_path / "out" / "graph.ttl")
    assert not list(run(store, "SELECT ?t WHERE { ?d dcterms:title ?t }"))
    (row,) = rows(store, "issuers")
    assert (row["report"], row["title"]) == ("无标题报告.txt", "无标题报告")
    (title,) = (s["title"] for s in run(store, saved_queries()["issuers"].text))
    (label,) = (s["l"] for s in run(store, "SELECT ?l WHERE { ?d a kgo:Document ; rdfs:label ?l }"))
    assert title == label == ox.Literal("无标题报告", language="zh")


def test_a_campaign_of_very_many_agencies_gets_no_pairs_and_the_build_says_so(tmp_path):
    """Pairs grow with the square of a campaign's agencies: past ``MAX_PAIRED_AGENCIES`` none are written,
    the campaign's links stay, and the build report names the campaign."""
    from kg.rdf.to_rdf import MAX_PAIRED_AGENCIES
    from kg.reference.gazetteer import gazetteer

    counties = sorted(r.name for r in gazetteer().by_code.values() if r.name.endswith("县"))[:MAX_PAIRED_AGENCIES + 8]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "big.txt").write_text(
        "2023年工作总结\n市交通运输局联合" + "、".join(f"{c}交通运输局" for c in counties)
        + "开展货车超限超载治理专项行动。\n", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(tmp_path / "in"), "-o", str(out), "--no-validate"]).exit_code == 0
    store = open_store(out / "graph.ttl")
    (conducted,) = (int(s["n"].value) for s in run(store, "SELECT (COUNT(*) AS ?n) WHERE { ?c kgo:conductedBy ?a }"))
    assert conducted > MAX_PAIRED_AGENCIES
    assert not list(run(store, "SELECT ?p WHERE { ?c kgo:agencyPair ?p }"))
    (warning,) = json.loads((out / "build-report.json").read_text(encoding="utf-8"))["warnings"]
    assert "货车超限超载治理专项行动" in warning["warning"] and "agencies_together" in warning["warning"]


def test_campaigns_per_report(store):
    counts = {r["report"]: int(r["campaigns"]) for r in rows(store, "campaigns_per_report")}
    assert len(counts) == 5 and all(n >= 5 for n in counts.values())


def test_largest_projects(store):
    first = rows(store, "largest_projects")[0]
    assert first["project"] == "G6512秀从高速公路(新晃段)项目"


@pytest.mark.slow  # builds two reports
def test_shared_roads_across_reports(tmp_path):
    from kg.build.runner import build
    for name, region in (("a", "湖南省怀化市新晃县"), ("b", "山东省淄博市沂源县")):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"{name}.txt").write_text(
            f"{region}交通运输局2023年工作总结\n一、工作完成情况\n配合推进G60沪昆高速改扩建工程。"
            "完成省道318线路面改造。", encoding="utf-8")
    build([tmp_path / "in"], tmp_path / "out", view=False, validate=False)
    store = open_store(tmp_path / "out" / "graph.ttl")
    s318 = list(run(store, "SELECT DISTINCT ?r WHERE { ?r kgo:roadCode 'S318' }"))
    assert len(s318) == 2  # one road per province
    (row,) = rows(store, "shared_roads")  # the national G60 is shared; the two S318 are not one road
    assert (row["code"], int(row["reports"])) == ("G60", 2)


def test_redacted_amounts_per_report(store):
    counts = {r["report"]: int(r["redacted"]) for r in rows(store, "redacted_amounts")}
    assert counts["001_dfcaf2f037fb9444.txt"] >= 9


def test_facts_with_sources(store):
    facts = rows(store, "facts_with_sources", predicate="kgo:onRoad")
    assert facts and all(f["predicate"].endswith("onRoad") for f in facts)
    g6512 = [f for f in facts if f["subject"].startswith("G6512")]
    assert g6512 and all("G6512秀从高速" in f["sentence"] and f["rule"] == "onroads.model(relations.road_in_project_name)"
                         for f in g6512)


def test_issuers(store):
    issuers = {r["report"]: r["issuer"] for r in rows(store, "issuers")}
    assert issuers["004_7aad13ad0a6097c4.txt"] == "沂源县交通运输局"


def test_parameters_are_terms_not_text(store):
    # a value that would break a pasted query is just a string that matches nothing
    assert rows(store, "projects_on_road", code='G6512" } ; DROP ALL ; #') == []


@pytest.mark.parametrize("name,params", [("projects_on_road", {"code": "G6512"}),
                                         ("entity_facts", {"name": "湖南省交通运输厅"}),
                                         ("facts_with_sources", {"predicate": "kgo:onRoad"})])
def test_a_parameter_bound_by_a_values_row_answers_as_a_substitution_does(store, name, params):
    saved = saved_queries()[name]
    values = bindings(saved, params)
    bound = with_values(saved.text, values)
    assert bound is not None and "VALUES" in bound
    as_substitution = store.query(saved.text, prefixes=PREFIX_MAP, substitutions=values)
    as_row = store.query(bound, prefixes=PREFIX_MAP)
    assert len(as_row_rows := sorted(map(str, as_row))) > 0
    assert as_row_rows == sorted(map(str, as_substitution))


def test_a_values_row_holds_the_term_and_nothing_else():
    hostile = ox.Literal('G6512" ) } ; DROP ALL ; #\n')
    bound = with_values("SELECT ?code ?r WHERE { ?r kgo:roadCode ?code }", {ox.Variable("code"): hostile})
    assert bound == ('SELECT ?code ?r WHERE { VALUES (?code) { (' + str(hostile) + ') } ?r kgo:roadCode ?code }')
    (row,) = ox.Store().query(bound.replace("?r kgo:roadCode ?code", ""), prefixes=PREFIX_MAP)
    assert row["code"] == hostile
    # where no row can go, the caller binds by substitution
    assert with_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {ox.Variable("s"): ox.NamedNode("http://x/")}) is None
    assert with_values("SELECT * WHERE { ?s ?p ?o }", {ox.Variable("s"): ox.BlankNode()}) is None


def test_syntax_error_has_position(store):
    with pytest.raises(QueryError) as err:
        run(store, "SELECT ?x WHERE { ?x kgo:roadCode }")
    assert err.value.position == "1:35"


def test_query_command_formats(sample_build):
    graph = str(sample_build[0] / "graph.ttl")
    runner = CliRunner()
    out = runner.invoke(cli, ["query", "projects_on_road", "--graph", graph, "--param", "code=G6512"])
    assert out.exit_code == 0 and "G6512秀从高速公路(新晃段)项目" in out.output and "(1 row)" in out.output
    out = runner.invoke(cli, ["query", "fundings_by_kind", "--graph", graph, "--format", "csv"])
    assert out.output.splitlines()[0] == "kind,count,total"
    out = runner.invoke(cli, ["query", "ASK { ?r kgo:roadCode 'G6512' }", "--graph", graph, "--format", "json"])
    assert json.loads(out.output)["boolean"] is True
    out = runner.invoke(cli, ["query", "CONSTRUCT { ?r kgo:roadCode ?c } WHERE { ?r kgo:roadCode ?c }", "--graph", graph])
    assert "kgo:roadCode" in out.output
    out = runner.invoke(cli, ["query", "SELECT ?x WHERE {", "--graph", graph])
    assert out.exit_code == 2 and "syntax error" in out.output
    out = runner.invoke(cli, ["query", "--list"])
    assert "projects_on_road" in out.output and "各条公路上的项目" in out.output


def test_query_command_names_what_is_wrong(sample_build, tmp_path, monkeypatch):
    graph = str(sample_build[0] / "graph.ttl")
    runner = CliRunner()
    out = runner.invoke(cli, ["query", "projects_on_road", "--graph", graph, "--param", "cod=G6512"])
    assert out.exit_code == 2 and "the query has no variable ?cod" in out.output and "?code" in out.output
    out = runner.invoke(cli, ["query", "SELECT * WHERE { ?s ?p ?o }", "--graph", graph, "--param", "s=<http://x y>"])
    assert out.exit_code == 2 and "is not an IRI" in out.output and "Traceback" not in out.output
    out = runner.invoke(cli, ["query", "SELECT * WHERE {" * 3000, "--graph", graph])
    assert out.exit_code == 2 and "nested too deep" in out.output
    out = runner.invoke(cli, ["query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "--graph", graph])
    assert out.exit_code == 2 and "--allow-federation" in out.output
    out = runner.invoke(cli, ["query", "SELECT * WHERE { ?s ?p ?o }", "--graph", graph, "--max-rows", "5"])
    assert out.exit_code == 2 and "more than 5 rows" in out.output
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "graph.ttl").write_text("", encoding="utf-8")
    for command in (["query", "issuers"], ["view"]):
        out = runner.invoke(cli, command)
        assert out.exit_code == 2 and "--graph" in out.output and "--store" in out.output, command
        assert "out/graph.ttl" in out.output  # the build found in this folder


def test_a_runaway_query_is_stopped(sample_build):
    out = CliRunner().invoke(cli, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                                   "--graph", str(sample_build[0] / "graph.ttl"), "--timeout", "1"])
    assert out.exit_code == 2 and "time limit, 1 s (--timeout)" in out.output


def test_the_store_changes_whole_and_a_damaged_store_names_its_rebuild(tmp_path):
    """A reader holding the store open keeps reading the graph it opened while a build swaps in the next;
    a store whose files are gone is reported with the command that rebuilds it, by query and by serve."""
    import shutil

    from kg.build.runner import build
    from kg.config import SAMPLES_DIR
    from kg.errors import KgError

    corpus = tmp_path / "in"
    corpus.mkdir()
    reports = sorted(SAMPLES_DIR.glob("*.txt"))
    for report in reports[:2]:
        shutil.copy(report, corpus)
    db = tmp_path / "db"
    build([corpus], tmp_path / "out", store_dir=db, view=False, validate=False)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    reader = open_store(db, keep_results=False)
    before = int(next(iter(run(reader, count)))["n"].value)
    shutil.copy(reports[2], corpus)
    build([corpus], tmp_path / "out", store_dir=db, view=False, validate=False)
    assert int(next(iter(run(reader, count)))["n"].value) == before  # the graph it opened, whole
    after = int(next(iter(run(open_store(db, keep_results=False), count)))["n"].value)
    assert after > before
    assert not list(tmp_path.glob(".db.*"))  # no copy left beside it
    del reader
    for sst in db.glob("*.sst"):
        sst.unlink()
    with pytest.raises(KgError, match=r"the store is damaged .*rebuild it with `kg build"):
        list(run(open_store(db, keep_results=False), count))
    out = CliRunner().invoke(cli, ["query", count, "--store", str(db)])
    assert out.exit_code == 2 and "rebuild it with" in out.output and "Traceback" not in out.output
    build([corpus], tmp_path / "out", store_dir=db, view=False, validate=False)  # the build mends it
    assert int(next(iter(run(open_store(db, keep_results=False), count)))["n"].value) == after


@pytest.mark.parametrize("query, said", [("/no/such/file.rq", "no such query file"),
                                         ("issuer", "no saved query of that name")])
def test_a_query_that_names_nothing_says_so(sample_build, query, said):
    """One word that is no saved query, or a .rq path that is no file, is not read as SPARQL (whose message
    would be a syntax error at its first character)."""
    result = CliRunner().invoke(cli, ["query", query, "--graph", str(sample_build[0] / "graph.ttl")])
    assert result.exit_code == 2 and said in result.output and "syntax" not in result.output


def test_turtle_asked_of_a_select_says_what_it_prints(sample_build):
    result = CliRunner().invoke(cli, ["query", "issuers", "--graph", str(sample_build[0] / "graph.ttl"),
                                      "--format", "turtle"])
    assert result.exit_code == 0 and "--format turtle is for CONSTRUCT" in result.output


def test_a_parameter_given_twice_is_refused(sample_build):
    result = CliRunner().invoke(cli, ["query", "projects_on_road", "--graph", str(sample_build[0] / "graph.ttl"),
                                      "--param", "code=G6512", "--param", "code=S311"])
    assert result.exit_code == 2 and "given twice" in result.output
