"""Parallel, incremental and stored builds give the same graph as a plain one."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build.runner import build
from kg.cli import cli
from kg.query import open_store, run
from tests.conftest import SAMPLES

pytestmark = pytest.mark.slow


def _corpus(folder, names=None):
    folder.mkdir(parents=True, exist_ok=True)
    for src in SAMPLES if names is None else [p for p in SAMPLES if p.name[:3] in names]:
        shutil.copy(src, folder / src.name)
    return folder


def test_parallel_output_is_byte_identical(tmp_path):
    corpus = _corpus(tmp_path / "in")
    one = build([corpus], tmp_path / "j1", jobs=1, view=False, validate=False)
    two = build([corpus], tmp_path / "j2", jobs=2, view=False, validate=False)
    assert one.extracted == two.extracted == 5
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "j1" / name).read_bytes() == (tmp_path / "j2" / name).read_bytes()


def test_exports_are_exactly_the_report_graphs(tmp_path):
    """graph.ttl = schemes + the union of the report graphs; graph.trig = one complete graph per report."""
    import pyoxigraph as ox

    from kg.build.cache import CACHE_DIR, ReportCache
    from kg.rdf.graphs import graph_iri, scheme_triples

    corpus = _corpus(tmp_path / "in", {"000", "002", "004"})
    out = tmp_path / "out"
    build([corpus], out, jobs=2, view=False, validate=False)
    cache = ReportCache(out)
    assert len(cache.doc_ids()) == 3
    graphs = {d: {str(t) for t in cache.triples(d)} for d in cache.doc_ids()}
    union = set().union(*graphs.values()) | {str(t) for t in scheme_triples()}
    exported = [str(t) for t in ox.parse(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)]
    assert len(exported) == len(set(exported)) and set(exported) == union  # every triple once
    quads = list(ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG))
    for doc_id, triples in graphs.items():
        assert {str(q.triple) for q in quads if q.graph_name == graph_iri(doc_id)} == triples
    # one fragment file per report, rendered once: a rebuild reuses it
    fragments = sorted((out / CACHE_DIR).glob("*.frag"))
    assert [f.stem for f in fragments] == cache.doc_ids()
    stamp = fragments[0].stat().st_mtime_ns
    build([corpus], out, jobs=2, view=False, validate=False)
    assert fragments[0].stat().st_mtime_ns == stamp


def test_fragments_go_with_their_report_and_old_layouts_are_dropped(tmp_path):
    """A removed report's fragment is deleted; the three files per report of earlier versions are cleared."""
    from kg.build.cache import CACHE_DIR, ReportCache

    corpus = _corpus(tmp_path / "in", {"000", "002"})
    out = tmp_path / "out"
    build([corpus], out, jobs=1, view=False, validate=False)
    cache = out / CACHE_DIR
    legacy = [cache / f"0123456789abcdef.{suffix}" for suffix in ("ttl", "trig", "shared")]
    for path in legacy:
        path.write_bytes(b"# an earlier version's fragment\n")
    (cache / "fragments.stamp").write_text("an earlier version", encoding="utf-8")
    next(corpus.glob("002*")).unlink()
    build([corpus], out, jobs=1, view=False, validate=False)
    assert not any(path.exists() for path in legacy)
    assert len(list(cache.glob("*.frag"))) == len(ReportCache(out).doc_ids()) == 1


def test_incremental_add_change_remove(tmp_path):
    corpus = _corpus(tmp_path / "in", {"000", "001", "003"})
    out = tmp_path / "out"
    first = build([corpus], out, view=False, validate=False)
    assert (first.extracted, first.reused) == (3, 0)
    again = build([corpus], out, view=False, validate=False)
    assert (again.extracted, again.reused) == (0, 3)
    # add one, change one, remove one
    shutil.copy(next(p for p in SAMPLES if p.name.startswith("004")), corpus)
    changed = corpus / next(p.name for p in SAMPLES if p.name.startswith("003"))
    changed.write_text(changed.read_text(encoding="utf-8").replace("总投资约63亿元", "总投资约64亿元"), encoding="utf-8")
    (corpus / next(p.name for p in SAMPLES if p.name.startswith("000"))).unlink()
    after = build([corpus], out, view=False, validate=False)
    assert (after.extracted, after.reused, after.removed) == (2, 1, 2)  # the old 003 and 000 are gone
    build([corpus], tmp_path / "fresh", view=False, validate=False)
    assert (out / "graph.ttl").read_bytes() == (tmp_path / "fresh" / "graph.ttl").read_bytes()
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "6400000000" in text and "6300000000" not in text


def test_store_round_trip_and_sync(tmp_path):
    corpus = _corpus(tmp_path / "in", {"003", "004"})
    out, db = tmp_path / "out", tmp_path / "db"
    summary = build([corpus], out, store_dir=db, view=False, validate=False)
    assert "+2 reports" in summary.store
    store = open_store(db)
    (row,) = list(run(store, "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r kgo:roadCode ?c }"))
    file_store = open_store(out / "graph.ttl")
    (ref,) = list(run(file_store, "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r kgo:roadCode ?c }"))
    assert row["n"].value == ref["n"].value
    del store
    (corpus / next(p.name for p in SAMPLES if p.name.startswith("004"))).unlink()
    summary = build([corpus], out, store_dir=db, view=False, validate=False)
    assert "+0 reports, -1" in summary.store
    assert "+0 reports, -0" in build([corpus], out, store_dir=db, view=False, validate=False).store  # record kept
    result = CliRunner().invoke(cli, ["query", "issuers", "--store", str(db), "--format", "csv"])
    assert result.exit_code == 0 and "新晃县交通运输局" in result.output and "沂源县" not in result.output


def test_a_damaged_fragment_is_named(tmp_path):
    from kg.build.cache import CACHE_DIR
    from kg.errors import KgError

    corpus = _corpus(tmp_path / "in", {"000"})
    out = tmp_path / "out"
    build([corpus], out, jobs=1, view=False, validate=False)
    fragment = next((out / CACHE_DIR).glob("*.frag"))
    fragment.write_bytes(b"@prefix x: <y> .\n")  # the stamp still says this export code wrote it
    with pytest.raises(KgError, match=f"{fragment.name}: not an export fragment"):
        build([corpus], out, jobs=1, view=False, validate=False)


def test_dask_executor_gives_the_same_output(tmp_path):
    pytest.importorskip("dask.distributed", reason="dask[distributed] is not installed")
    corpus = _corpus(tmp_path / "in", {"002", "003"})
    build([corpus], tmp_path / "plain", jobs=1, view=False, validate=False)
    summary = build([corpus], tmp_path / "dask", executor="dask", jobs=2, view=False, validate=False)
    assert summary.extracted == 2
    assert (tmp_path / "plain" / "graph.ttl").read_bytes() == (tmp_path / "dask" / "graph.ttl").read_bytes()


def _free_port() -> int:
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_push_to_a_real_oxigraph_server_is_idempotent(tmp_path):
    import subprocess
    import sys
    import time
    from pathlib import Path

    import httpx

    from kg.build.push import push

    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).exists():
        pytest.skip("the oxigraph server (PyPI package oxigraph) is not installed")
    corpus = _corpus(tmp_path / "in", {"003", "004"})
    build([corpus], tmp_path / "out", view=False, validate=False)
    port = _free_port()
    server = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                httpx.get(base + "/query", params={"query": "ASK {}"}, timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)

        def count() -> tuple[int, int]:
            q = "SELECT (COUNT(*) AS ?t) (COUNT(DISTINCT ?g) AS ?g2) WHERE { GRAPH ?g { ?s ?p ?o } }"
            row = httpx.get(base + "/query", params={"query": q},
                            headers={"Accept": "application/sparql-results+json"}).json()["results"]["bindings"][0]
            return int(row["t"]["value"]), int(row["g2"]["value"])

        first = push(tmp_path / "out", base + "/store")
        assert first.graphs == 3  # two reports and the schemes
        after_first = count()
        assert after_first == (first.triples, 3)
        push(tmp_path / "out", base + "/store")
        assert count() == after_first  # PUT replaces: re-pushing adds nothing
        q = "PREFIX kgo: <https://w3id.org/kg-transport/ontology#> ASK { GRAPH ?g { ?r kgo:roadCode 'G6512' } }"
        assert httpx.get(base + "/query", params={"query": q}, headers={"Accept": "application/sparql-results+json"}
                         ).json()["boolean"] is True
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_push_errors_name_the_problem(tmp_path):
    from kg.build.push import push
    from kg.errors import KgError
    with pytest.raises(KgError, match="no build to push"):
        push(tmp_path, "http://127.0.0.1:9/store")
    corpus = _corpus(tmp_path / "in", {"003"})
    build([corpus], tmp_path / "out", view=False, validate=False)
    with pytest.raises(KgError, match="cannot reach the store"):
        push(tmp_path / "out", f"http://127.0.0.1:{_free_port()}/store", timeout=2)


def test_patched_store_equals_a_fresh_store(tmp_path, monkeypatch):
    import pyoxigraph as ox

    import kg.store.store
    corpus = _corpus(tmp_path / "in", {"000", "003", "004"})
    out, db = tmp_path / "out", tmp_path / "db"
    build([corpus], out, store_dir=db, view=False, validate=False)
    (corpus / next(p.name for p in SAMPLES if p.name.startswith("004"))).unlink()  # remove one
    changed = corpus / next(p.name for p in SAMPLES if p.name.startswith("003"))  # change one
    changed.write_text(changed.read_text(encoding="utf-8").replace("全长32.74km", "全长33.1km"), encoding="utf-8")
    shutil.copy(next(p for p in SAMPLES if p.name.startswith("001")), corpus)  # add one
    summary = build([corpus], out, store_dir=db, view=False, validate=False, exports=False)
    assert "+2 reports, -2" in summary.store and "kg export" in "\n".join(summary.lines())
    monkeypatch.setattr(kg.store.store, "BULK_CHUNK_BYTES", 1)  # the fresh store bulk-loaded one report per call
    build([corpus], tmp_path / "out2", store_dir=tmp_path / "db2", view=False, validate=False)

    def default_graph(path):
        s = ox.Store.read_only(str(path))
        return {str(q.triple) for q in s.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert default_graph(db) == default_graph(tmp_path / "db2")
    result = CliRunner().invoke(cli, ["export", "-o", str(out)])
    assert result.exit_code == 0
    assert (out / "graph.ttl").read_bytes() == (tmp_path / "out2" / "graph.ttl").read_bytes()


def _virtuoso(tmp_path):
    """A throw-away Virtuoso (Debian's virtuoso-opensource) on free loopback ports, or a skip."""
    import re
    import subprocess
    import time

    import httpx

    binary, ini = shutil.which("virtuoso-t"), "/etc/virtuoso-opensource-7/virtuoso.ini"
    if binary is None or not Path(ini).exists():
        pytest.skip("Debian's virtuoso-opensource is not installed")
    sql_port, http_port = _free_port(), _free_port()
    db = tmp_path / "virtuoso"
    db.mkdir()
    text = Path(ini).read_text(encoding="utf-8", errors="replace")
    text = re.sub(r"/var/lib/virtuoso-opensource-7/db", str(db), text)
    text = re.sub(r"(?m)^ServerPort\s*=\s*1111", f"ServerPort = 127.0.0.1:{sql_port}", text)
    text = re.sub(r"(?m)^ServerPort\s*=\s*8890", f"ServerPort = 127.0.0.1:{http_port}", text)
    (db / "virtuoso.ini").write_text(text, encoding="utf-8")
    proc = subprocess.Popen([binary, "-f", "-c", str(db / "virtuoso.ini")], cwd=db,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http_port}"
    deadline = time.time() + 90
    while time.time() < deadline and proc.poll() is None:
        try:
            if httpx.get(base + "/sparql", params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    proc.kill()
    pytest.skip("the Virtuoso server did not start")


def test_push_to_virtuoso_graph_crud(tmp_path):
    import httpx

    from kg.build.push import push
    corpus = _corpus(tmp_path / "in", {"003"})
    build([corpus], tmp_path / "out", view=False, validate=False)
    proc, base = _virtuoso(tmp_path)
    try:
        def count() -> int:
            q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/kg-transport/')) }"
            r = httpx.get(base + "/sparql", params={"query": q, "format": "application/sparql-results+json"})
            return int(r.json()["results"]["bindings"][0]["n"]["value"])
        first = push(tmp_path / "out", base + "/sparql-graph-crud-auth", auth="digest:dba:dba")
        assert first.graphs == 2
        after = count()
        assert after == first.triples
        push(tmp_path / "out", base + "/sparql-graph-crud-auth", auth="digest:dba:dba")
        assert count() == after
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_unchanged_files_are_not_read_again(tmp_path, monkeypatch):
    import os

    from kg.ingest import read as ingest
    corpus = _corpus(tmp_path / "in", {"000", "001"})
    out = tmp_path / "out"
    build([corpus], out, view=False, validate=False, exports=False)
    reads = []
    real_read = ingest.read
    monkeypatch.setattr(ingest, "read", lambda path: reads.append(path.name) or real_read(path))
    again = build([corpus], out, view=False, validate=False, exports=False)
    assert reads == [] and (again.extracted, again.reused) == (0, 2)
    touched = sorted(corpus.iterdir())[0]
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    third = build([corpus], out, view=False, validate=False, exports=False)
    assert reads == [touched.name] and (third.extracted, third.reused) == (0, 2)  # same text: from the cache
    assert third.entities == again.entities


def test_only_extraction_code_invalidates_report_caches(tmp_path, monkeypatch):
    """Editing the CLI, the cache, the exports or the store keeps 10,000 cached reports; editing an extractor or its data does not."""
    import kg.config as config
    from kg.build.runner import ExtractOptions, fingerprint

    package = tmp_path / "kg"
    for rel in ("cli.py", "build/export.py", "build/cache.py", "store/answers.py", "extract/roads.py", "web/app.py",
                "queries/q.rq", "reference/domain.yaml"):
        (package / rel).parent.mkdir(parents=True, exist_ok=True)
        (package / rel).write_text(f"# {rel}\n", encoding="utf-8")
    monkeypatch.setattr(config, "PACKAGE_DIR", package)
    before = fingerprint(ExtractOptions())
    for rel in ("cli.py", "build/export.py", "build/cache.py", "store/answers.py", "web/app.py", "queries/q.rq"):
        (package / rel).write_text("# edited\n", encoding="utf-8")
        assert fingerprint(ExtractOptions()) == before, rel
    for rel in ("extract/roads.py", "reference/domain.yaml"):
        (package / rel).write_text(f"# edited {rel}\n", encoding="utf-8")
        changed = fingerprint(ExtractOptions())
        assert changed != before, rel
        before = changed


def test_fragments_of_other_export_code_are_rewritten(tmp_path):
    from kg.build.cache import CACHE_DIR

    corpus = _corpus(tmp_path / "in", {"000"})
    out = tmp_path / "out"
    build([corpus], out, jobs=1, view=False, validate=False)
    fragment = next((out / CACHE_DIR).glob("*.frag"))
    good = fragment.read_bytes()
    fragment.write_bytes(b"# written by older export code\n")
    (out / CACHE_DIR / "fragments.stamp").write_text("older", encoding="utf-8")
    build([corpus], out, jobs=1, view=False, validate=False)
    assert fragment.read_bytes() == good
    assert b"older export code" not in (out / "graph.ttl").read_bytes()


def test_store_keeps_query_answers_until_it_changes(tmp_path, monkeypatch):
    """A slow SELECT's answer is kept beside the store, served again as it was, and dropped by the next build."""
    import kg.store.answers as results
    from kg.query import render, saved_queries

    monkeypatch.setattr(results, "MIN_SECONDS", 0.0)  # every answer counts as slow
    corpus = _corpus(tmp_path / "in", {"003", "004"})
    out, db = tmp_path / "out", tmp_path / "db"
    build([corpus], out, store_dir=db, view=False, validate=False)
    text = saved_queries()["issuers"].text
    fresh = render(run(open_store(db), text), "csv")
    kept = list((db / results.RESULTS_DIR).glob("*.srj"))
    assert len(kept) == 1 and "新晃县交通运输局" in kept[0].read_text(encoding="utf-8")
    kept[0].write_bytes(kept[0].read_bytes().replace("新晃县".encode(), "某某县".encode()))  # serve the file: visible
    assert render(run(open_store(db), text), "csv") == fresh.replace("新晃县", "某某县")
    assert render(run(open_store(db, keep_results=False), text), "csv") == fresh  # bypass: the store itself
    cli_fresh = CliRunner().invoke(cli, ["query", "issuers", "--store", str(db), "--format", "csv", "--fresh"])
    assert cli_fresh.exit_code == 0 and "新晃县" in cli_fresh.output and "某某县" not in cli_fresh.output
    assert render(run(open_store(db), text), "json") == \
        render(run(open_store(db, keep_results=False), text), "json").replace("新晃县", "某某县")
    # a new build is a new generation: the kept answer is not served, and goes when the next one is kept
    (corpus / next(p.name for p in SAMPLES if p.name.startswith("004"))).unlink()
    build([corpus], out, store_dir=db, view=False, validate=False)
    after = render(run(open_store(db), text), "csv")
    assert "新晃县交通运输局" in after and "某某县" not in after and "沂源县" not in after
    assert [p.name for p in (db / results.RESULTS_DIR).glob("*.srj")] != [kept[0].name]
    assert len(list((db / results.RESULTS_DIR).glob("*.srj"))) == 1
