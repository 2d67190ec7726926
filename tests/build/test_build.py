"""The whole sample corpus: identity rules, determinism, provenance, SHACL, the scorer."""
from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.config import SAMPLES_DIR
from kg.rdf.vocab import KGO, NIF, OA
from tests.conftest import SHARED, sample

pytestmark = pytest.mark.slow


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_build_writes_all_outputs(sample_build):
    out, summary = sample_build
    for name in ("graph.ttl", "graph.trig", "graph.html", "build-report.json"):
        assert (out / name).stat().st_size > 0
    assert summary.reports == 5 and summary.conforms is True
    assert summary.entities["Road"] >= 15 and summary.entities["Project"] >= 20


def test_g6512_project_facts(sample_graph):
    g = sample_graph
    road = URIRef("https://w3id.org/kg-transport/id/road/G6512")
    (project,) = set(g.subjects(KGO.onRoad, road))
    assert "G6512秀从高速公路(新晃段)项目" in str(g.value(project, RDFS.label))
    assert g.value(project, KGO.lengthKm).toPython() == Decimal("32.74")
    assert g.value(project, KGO.status) == KGO.Planned
    assert (str(g.value(project, KGO.startYear)), str(g.value(project, KGO.endYear))) == ("2024", "2028")
    amounts = {g.value(f, KGO.amount).toPython() for f in g.objects(project, KGO.hasFunding)}
    assert Decimal("6300000000") in amounts


def test_every_fact_traces_to_its_sentence(sample_graph):
    """Lean provenance (the default): the mention's offsets, and its words are its sentence's text at them."""
    g = sample_graph
    for project in g.subjects(RDF.type, KGO.Project):
        mention = g.value(project, KGO.hasMention)
        sentence = g.value(mention, KGO.inSentence)
        source = g.value(sentence, NIF.referenceContext)
        raw = (SAMPLES_DIR / str(g.value(source, KGO.sourceFile))).read_text(encoding="utf-8")
        start, end = int(g.value(mention, NIF.beginIndex)), int(g.value(mention, NIF.endIndex))
        text, begin = str(g.value(sentence, NIF.isString)), int(g.value(sentence, NIF.beginIndex))
        assert raw[begin:begin + len(text)] == text
        assert raw[start:end] == text[start - begin:end - begin] and end > start
        assert g.value(mention, KGO.rule) is not None and g.value(mention, KGO.confidence) is not None
        assert (mention, OA.hasSelector, None) not in g


def test_full_provenance_adds_the_web_annotation_selectors(nlp):
    """``provenance="full"`` (``kg build --provenance full``): the Web Annotation detail on top of the lean
    triples, conforming to the same shapes, with the same facts."""
    from rdflib import Graph

    from kg.pipeline import build_document
    from kg.rdf.validate import validate_graph

    report = sample("")  # the first sample report
    lean = Graph().parse(data=build_document(report, nlp).ntriples, format="nt")
    g = Graph().parse(data=build_document(report, nlp, provenance="full").ntriples, format="nt")
    assert len(g) > 1.5 * len(lean)
    for graph in (lean, g):
        conforms, text = validate_graph(graph)
        assert conforms, text[:2000]
    raw = report.read_text(encoding="utf-8")
    mentions = set(g.subjects(RDF.type, KGO.Mention))
    assert mentions == set(g.objects(None, KGO.hasMention)) == set(lean.objects(None, KGO.hasMention))
    for mention in mentions:
        pos = next(s for s in g.objects(mention, OA.hasSelector) if (s, RDF.type, OA.TextPositionSelector) in g)
        quote = next(s for s in g.objects(mention, OA.hasSelector) if (s, RDF.type, OA.TextQuoteSelector) in g)
        start, end = int(g.value(pos, OA.start)), int(g.value(pos, OA.end))
        assert raw[start:end] == str(g.value(quote, OA.exact))
        assert (int(g.value(mention, NIF.beginIndex)), int(g.value(mention, NIF.endIndex))) == (start, end)

    def is_fact(t) -> bool:  # skos:prefLabel repeats rdfs:label: full only
        return not any(part in str(t[0]) for part in ("/mention/", "/sentence/", "/assertion/")) \
            and t[1] != SKOS.prefLabel
    assert {t for t in lean if is_fact(t)} == {t for t in g if is_fact(t)}
    assert all((s, SKOS.prefLabel, o) in g for s, o in lean.subject_objects(RDFS.label) if (s, KGO.mentionedIn, None) in lean)
    # every fact's sentence at both levels; full also names the mentions it was read from
    for graph in (lean, g):
        assert all(graph.value(a, KGO.statedIn) is not None or graph.value(a, PROV.wasDerivedFrom) is not None
                   for a in graph.subjects(RDF.type, KGO.Assertion))
    assert any(True for _ in g.subject_objects(PROV.wasDerivedFrom))
    assert set(lean) <= set(g)  # lean is a subset: full only adds


def test_turtle_is_byte_identical_across_builds(sample_build, tmp_path):
    from kg.build.runner import build
    build([SAMPLES_DIR], tmp_path, validate=False, view=False)
    assert (tmp_path / "graph.ttl").read_bytes() == (sample_build[0] / "graph.ttl").read_bytes()


def test_s311_in_two_provinces_is_two_roads(tmp_path):
    from kg.build.runner import build
    _write(tmp_path / "in/a.txt", "湖南省怀化市新晃县交通运输局2023年工作总结\n一、工作完成情况\n推进省道311线改建工程，湖南省交通运输厅已批复。")
    _write(tmp_path / "in/b.txt", "内蒙古自治区呼和浩特市托克托县交通运输局2023年工作总结\n一、工作完成情况\n推进省道311线改建工程。")
    _write(tmp_path / "in/c.txt", "湖南省衡阳市衡南县交通运输局2023年工作总结\n一、工作完成情况\n配合湖南省交通运输厅推进G60沪昆高速改扩建。省道311线养护。")
    build([tmp_path / "in"], tmp_path / "out", view=False)
    from rdflib import Graph
    g = Graph().parse(tmp_path / "out/graph.ttl")
    s311 = set(g.subjects(KGO.roadCode, Literal("S311")))
    assert len(s311) == 2
    (hunan_dept,) = set(g.subjects(RDFS.label, Literal("湖南省交通运输厅", lang="zh")))
    assert len(set(g.objects(hunan_dept, KGO.mentionedIn))) == 2
    (g60,) = set(g.subjects(KGO.roadCode, Literal("G60")))
    assert str(g60) == "https://w3id.org/kg-transport/id/road/G60"


def test_anonymised_agencies_never_merge_across_reports(tmp_path):
    from kg.build.runner import build
    _write(tmp_path / "in/a.txt", "XX县交通运输局2023年工作总结\n一、工作完成情况\n我局开展“四好农村路”建设。")
    _write(tmp_path / "in/b.txt", "XX县交通运输局2024年工作计划\n一、工作计划\n我局开展“四好农村路”示范县创建。")
    build([tmp_path / "in"], tmp_path / "out", view=False)
    from rdflib import Graph
    g = Graph().parse(tmp_path / "out/graph.ttl")
    assert len(set(g.subjects(RDFS.label, Literal("XX县交通运输局", lang="zh")))) == 2
    assert len(set(g.subjects(KGO.issuedBy, None))) == 2


def test_the_same_organisation_in_two_reports_is_one_node(sample_graph):
    g = sample_graph
    hunan = set(g.subjects(RDFS.label, Literal("湖南省交通运输厅", lang="zh")))
    assert len(hunan) == 1
    docs = set(g.objects(next(iter(hunan)), KGO.mentionedIn))
    assert len(docs) >= 1


def test_issuer_and_province_inferred_without_title_agency(sample_graph):
    g = sample_graph
    doc = next(g.subjects(KGO.sourceFile, Literal(sample("004").name)))
    issuer = g.value(doc, KGO.issuedBy)
    assert str(g.value(issuer, RDFS.label)) == "沂源县交通运输局"
    province = g.value(doc, KGO.province)
    assert str(g.value(province, RDFS.label)) == "山东省"


def test_bad_files_are_reported_and_skipped(tmp_path):
    from kg.build.runner import build
    _write(tmp_path / "in/good.txt", sample("003").read_text(encoding="utf-8"))
    (tmp_path / "in/empty.txt").write_bytes(b"")
    (tmp_path / "in/junk.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "in/table.csv").write_text("a,b\n")
    _write(tmp_path / "in/copy.txt", sample("003").read_text(encoding="utf-8"))
    summary = build([tmp_path / "in"], tmp_path / "out", view=False, validate=False)
    assert summary.reports == 1
    reasons = {Path(p["file"]).name: p["reason"] for p in summary.problems}
    assert set(reasons) == {"empty.txt", "junk.txt", "table.csv", "good.txt"} or set(reasons) == {
        "empty.txt", "junk.txt", "table.csv", "copy.txt"}
    assert "unsupported format" in reasons["table.csv"]


def test_gbk_and_utf16_reports_read_like_utf8(tmp_path):
    from kg.ingest.read import read
    text = sample("003").read_text(encoding="utf-8")
    for enc in ("gb18030", "utf-16", "utf-16-le"):
        path = tmp_path / f"r-{enc}.txt"
        path.write_bytes(text.encode(enc))
        assert read(path).raw == text


def test_a_mark_or_a_byte_the_text_does_not_follow_is_read_around_with_a_warning(tmp_path):
    """A UTF-8 mark before GB18030 text, a UTF-16 text with an odd byte out, a UTF-8 text with a stray NUL (once
    read as UTF-16 mojibake): each is read as its text, with a warning, and the batch builds them all."""
    import codecs

    text = sample("003").read_text(encoding="utf-8")
    body = text.encode("utf-8")
    cases = {"mark-before-gbk.txt": codecs.BOM_UTF8 + text.encode("gb18030"),
             "utf16-odd-byte.txt": codecs.BOM_UTF16_LE + text.encode("utf-16-le") + b"A",
             "stray-nul.txt": body[:300] + b"\x00" + body[300:]}
    (tmp_path / "in").mkdir()
    for name, data in cases.items():
        (tmp_path / "in" / name).write_bytes(data)
    from kg.build.runner import build
    from kg.ingest.read import read
    assert read(tmp_path / "in" / "mark-before-gbk.txt").raw == text
    assert read(tmp_path / "in" / "utf16-odd-byte.txt").raw == text + "\ufffd"
    assert read(tmp_path / "in" / "stray-nul.txt").raw == text
    summary = build([tmp_path / "in"], tmp_path / "out", view=False, validate=False)
    assert summary.reports == 2  # the same text twice (built once), and it with a U+FFFD
    assert [p["reason"][:9] for p in summary.problems] == ["same text"]
    warned = {Path(w["file"]).name: w["warning"] for w in summary.warnings}
    assert set(warned) <= set(cases) and warned


def test_view_is_offline_and_escaped(sample_build):
    page = (sample_build[0] / "graph.html").read_text(encoding="utf-8")
    assert 'src="http' not in page and 'href="http' not in page
    assert "vis.DataSet" in page


def test_cli_build_and_validate(tmp_path):
    kg = [sys.executable, "-m", "kg"]
    run = subprocess.run([*kg, "build", str(sample("003")), "-o", str(tmp_path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "reports read: 1" in run.stdout and "triples:" in run.stdout
    run = subprocess.run([*kg, "validate", str(tmp_path / "graph.ttl")], capture_output=True, text=True)
    assert run.returncode == 0 and "conforms" in run.stdout
    run = subprocess.run([*kg, "build", str(tmp_path / "missing.txt"), "-o", str(tmp_path)], capture_output=True, text=True)
    assert run.returncode == 2 and "missing.txt" in run.stderr


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(),
                    reason="../shared/eval (the scorer and gold annotations) is not beside the project")
def test_score_on_the_sample_corpus_meets_the_bar(sample_build):
    run = subprocess.run([sys.executable, str(SHARED / "eval/score.py"), str(sample_build[0] / "graph.ttl"),
                          "--gold", str(SHARED / "eval/gold")], capture_output=True, text=True, check=True)
    last = run.stdout.strip().splitlines()[-1]
    scores = dict(part.split("=") for part in last.split())
    # issue 18's bar for the shipped models on the five samples: entities >= 0.93, relations >= 0.88 (its "no
    # category below 0.80" is said of all 19: tests/train/test_train.py; here one category of 14 links swings
    # by 0.07 a link)
    assert float(scores["entity_f1"]) >= 0.93, run.stdout
    assert float(scores["relation_f1"]) >= 0.88, run.stdout


def test_redacted_amounts_carry_no_number(sample_graph):
    g = sample_graph
    redacted = set(g.subjects(RDF.type, KGO.RedactedAmount))
    assert len(redacted) >= 10  # 001 and 002 hide their figures as XX万元
    for node in redacted:
        assert g.value(node, KGO.amount) is None
        assert (node, RDF.type, KGO.Funding) not in g
        assert g.value(node, KGO.redacted).toPython() is True


def test_issuer_forms_are_one_agency(sample_graph):
    g = sample_graph
    doc = next(g.subjects(KGO.sourceFile, Literal(sample("003").name)))
    issuer = g.value(doc, KGO.issuedBy)
    assert str(g.value(issuer, RDFS.label)) == "新晃县交通运输局"
    alts = {str(a) for a in g.objects(issuer, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))}
    assert {"怀化市新晃县交通运输局", "我局"} <= alts


def test_city_bureau_of_a_county_report(tmp_path):
    from kg.build.runner import build
    _write(tmp_path / "in/a.txt", "怀化市新晃县交通运输局2023年工作总结\n一、工作完成情况\n按照市局部署，配合市交通运输局开展“平安交通”建设。")
    build([tmp_path / "in"], tmp_path / "out", view=False, validate=False)
    from rdflib import Graph
    g = Graph().parse(tmp_path / "out/graph.ttl")
    (bureau,) = set(g.subjects(RDFS.label, Literal("怀化市交通运输局", lang="zh")))
    alts = {str(a) for a in g.objects(bureau, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))}
    assert {"市局", "市交通运输局"} <= alts


def test_the_view_loads_the_graph_without_what_it_never_reads(sample_build):
    """A build's view store leaves out offsets, rules and assertion parts: the same nodes and facts, half the triples."""
    import pyoxigraph as ox

    from kg.build.cache import ReportCache
    from kg.store import store
    from kg.web.view import UNREAD_PREDICATES
    cache = ReportCache(sample_build[0])
    doc_ids = cache.doc_ids()
    whole, lean = ox.Store(), ox.Store()
    store.load_reports(whole, cache, doc_ids)
    store.load_reports(lean, cache, doc_ids, without=UNREAD_PREDICATES)
    left_out = {ox.NamedNode(iri) for iri in UNREAD_PREDICATES}
    kept = {q for q in whole if q.predicate not in left_out}
    assert set(lean) == kept and len(lean) < 0.7 * len(whole)


def test_a_defect_of_the_reader_on_one_file_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch):
    from kg.build.runner import build
    from kg.ingest import read as ingest

    (tmp_path / "in").mkdir()
    _write(tmp_path / "in/good.txt", sample("003").read_text(encoding="utf-8"))
    _write(tmp_path / "in/odd.txt", sample("001").read_text(encoding="utf-8"))
    real = ingest.read

    def read(path):
        if path.name == "odd.txt":
            raise UnicodeDecodeError("utf-8", b"\xc7", 0, 1, "invalid start byte")
        return real(path)

    monkeypatch.setattr(ingest, "read", read)
    summary = build([tmp_path / "in"], tmp_path / "out", view=False, validate=False)
    assert summary.reports == 1
    (problem,) = summary.problems
    assert problem["file"].endswith("odd.txt") and "UnicodeDecodeError" in problem["reason"]


def test_an_empty_output_folder_name_is_refused(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from kg.cli import cli
    monkeypatch.chdir(tmp_path)  # where an accepted '' would have written
    result = CliRunner().invoke(cli, ["build", str(sample("003")), "-o", ""])
    assert result.exit_code == 2 and "give a folder name" in result.output
    assert not (tmp_path / "graph.ttl").exists()


def test_a_build_into_its_input_folder_reads_none_of_its_own_outputs(tmp_path):
    from kg.build.runner import OUTPUT_FILES, build

    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder / "r.txt", sample("003").read_text(encoding="utf-8"))
    first = build([folder], folder, view=True, validate=False)
    assert all((folder / name).exists() for name in OUTPUT_FILES)
    again = build([folder], folder, view=True, validate=False)
    assert first.reports == again.reports == 1 and not again.problems


def test_a_build_that_fails_after_its_exports_leaves_every_output_of_the_last_one(tmp_path, monkeypatch):
    """The outputs are put in place together: a failure (or a kill) after graph.ttl and graph.trig are written
    but before the view and the build report leaves all four from the build before, and no temporary."""
    from kg.build import runner
    from kg.build.runner import OUTPUT_FILES, build

    (tmp_path / "in").mkdir()
    _write(tmp_path / "in/a.txt", sample("003").read_text(encoding="utf-8"))
    out = tmp_path / "out"
    build([tmp_path / "in"], out, validate=False)
    before = {name: (out / name).read_bytes() for name in OUTPUT_FILES}
    _write(tmp_path / "in/b.txt", sample("001").read_text(encoding="utf-8"))

    def broken_view(*args):
        raise RuntimeError("the view failed")

    monkeypatch.setattr(runner, "_view", broken_view)
    with pytest.raises(RuntimeError):
        build([tmp_path / "in"], out, validate=False)
    assert {name: (out / name).read_bytes() for name in OUTPUT_FILES} == before
    assert not list(out.glob(".*.tmp"))


def test_export_under_other_options_than_the_build_is_refused(tmp_path):
    """`kg export` writes the cached graphs: asked with options other than the build's, it would write a
    --provenance full build's graphs as if lean (the probe's case); it says so instead."""
    from kg.build.runner import build, export_only
    from kg.errors import KgError

    (tmp_path / "in").mkdir()
    _write(tmp_path / "in/a.txt", sample("003").read_text(encoding="utf-8"))
    out = tmp_path / "out"
    build([tmp_path / "in"], out, view=False, validate=False, exports=False, provenance="full")
    with pytest.raises(KgError, match="E035"):
        export_only(out)  # lean, the default
    assert export_only(out, provenance="full") > 0
