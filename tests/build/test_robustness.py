"""Nothing lost, nothing injected: killed builds, hostile report text, the server's limits."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from rdflib import Graph

from tests.conftest import SAMPLES, sample

pytestmark = pytest.mark.slow

HOSTILE = ('XX县交通运输局<script>alert("kg")</script>2023年工作总结\n一、工作完成情况\n'
           '一是推进<script>alert("kg")</script>G210线城关至新村段改建工程，总投资100万元。'
           '二是联合"公安交警"、路政等部门开展“<b>治超</b>”专项整治行动。'
           '三是新建} ; DROP ALL ; SELECT * { 客运站项目，总投资50万元。\n')


def test_killed_build_leaves_the_last_good_graph_and_its_committed_batches(tmp_path):
    """A build killed while extracting leaves the last good exports, and every batch it committed is in
    the cache, whole, for the next build to reuse."""
    from kg.build.cache import ReportCache
    from kg.build.runner import BATCH, ExtractOptions, build, fingerprint
    out = tmp_path / "out"
    build([sample("003")], out, view=False, validate=False)
    before = (out / "graph.ttl").read_bytes()
    corpus = tmp_path / "many"
    corpus.mkdir()
    for i in range(120):  # distinct texts, so none is skipped as a duplicate
        src = SAMPLES[i % len(SAMPLES)]
        (corpus / f"{i:03d}.txt").write_text(src.read_text(encoding="utf-8") + f"\n附：第{i}份。", encoding="utf-8")
    cache = ReportCache(out, fingerprint(ExtractOptions()))
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "-j", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while len(cache.doc_ids()) <= BATCH and time.time() < deadline:  # a batch committed, the next under way
        time.sleep(0.05)
    assert proc.poll() is None, "the build ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert (out / "graph.ttl").read_bytes() == before
    Graph().parse(out / "graph.ttl", format="turtle")
    committed = ReportCache(out, cache.fingerprint)
    names = {d: n for d, n in _sources(committed.path)}
    assert len(names) > BATCH
    for doc_id, name in names.items():
        assert committed.get(doc_id, name) is not None
        assert len(Graph().parse(data=committed.graph(doc_id), format="nt")) > 100


def _sources(path):
    import sqlite3
    with sqlite3.connect(path) as db:
        return db.execute("SELECT doc_id, source FROM reports").fetchall()


def test_hostile_text_stays_text(tmp_path):
    from kg.build.runner import build
    from kg.query import open_store, run
    src = tmp_path / "in" / "hostile.txt"
    src.parent.mkdir()
    src.write_text(HOSTILE, encoding="utf-8")
    summary = build([src.parent], tmp_path / "out")
    assert summary.reports == 1 and summary.conforms
    g = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    labels = {str(o) for o in g.objects(None, None) if "script" in str(o)}
    assert any('<script>alert("kg")</script>' in label for label in labels)
    store = open_store(tmp_path / "out" / "graph.ttl")
    rows = list(run(store, "SELECT ?l WHERE { ?c a kgo:Campaign ; rdfs:label ?l }"))
    assert any("<b>治超</b>" in str(row[0]) for row in rows)  # markup in a name is queried back as written
    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert(" not in page and "<img src=x" not in page


def test_server_serves_no_file_outside_its_routes(server):
    for path in ("/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/static/../../etc/passwd",
                 "/graph/../../etc/passwd", "/entity/..%2f..%2fetc%2fpasswd"):
        r = httpx.get(server + path)
        assert r.status_code == 404 and "root:" not in r.text, path


def test_server_binds_loopback_by_default():
    from click.testing import CliRunner

    from kg.cli import cli
    help_text = CliRunner().invoke(cli, ["serve", "--help"]).output
    assert "127.0.0.1" in help_text


def test_bad_input_folder_build_report(tmp_path):
    from kg.build.runner import build
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "good.txt").write_text(sample("003").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "same-again.txt").write_text(sample("003").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.txt").write_bytes(os.urandom(4096))
    (folder / "english.txt").write_text("No Chinese in this file at all. " * 30, encoding="utf-8")
    (folder / "cut.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    (folder / "cut.pdf").write_bytes(b"%PDF-1.7\n1 0 obj")
    (folder / "sheet.xlsx").write_bytes(b"PK\x03\x04")
    with open(folder / "huge.txt", "wb") as fh:
        fh.seek(50_000_000)
        fh.write(b"\n")
    (folder / "gone.txt").symlink_to(folder / "missing")
    summary = build([folder], tmp_path / "out", view=False)
    report = json.loads((tmp_path / "out" / "build-report.json").read_text(encoding="utf-8"))
    assert summary.reports == report["reports"] == 1
    problems = {Path(p["file"]).name: p for p in report["problems"]}
    assert set(problems) == {"same-again.txt", "empty.txt", "junk.txt", "english.txt", "cut.docx", "cut.pdf",
                             "sheet.xlsx", "huge.txt", "gone.txt"}
    assert all(p["reason"] and p["kept"] for p in problems.values())
    run = subprocess.run([sys.executable, "-m", "kg", "build", str(folder), "-o", str(tmp_path / "o2")],
                         capture_output=True, text=True)
    assert run.returncode == 0 and "skipped" in run.stdout
    strict = subprocess.run([sys.executable, "-m", "kg", "build", str(folder), "-o", str(tmp_path / "o3"), "--strict"],
                            capture_output=True, text=True)
    assert strict.returncode == 1
    none = subprocess.run([sys.executable, "-m", "kg", "build", str(folder / "empty.txt"), "-o", str(tmp_path / "o4")],
                          capture_output=True, text=True)
    assert none.returncode == 1
