"""The report cache (``kg.build.cache``): one SQLite database, rows checked before reuse, pruned to the input."""
from __future__ import annotations

import pickle
import shutil
import sqlite3

import pytest

from kg.build.cache import DamagedEntry, ReportCache
from kg.build.runner import ExtractOptions, build, fingerprint
from tests.conftest import SAMPLES

GRAPH = b"<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n"


def _corpus(folder, names):
    folder.mkdir(parents=True, exist_ok=True)
    for src in SAMPLES:
        if src.name[:3] in names:
            shutil.copy(src, folder / src.name)
    return folder


def test_a_row_counts_only_for_its_pipeline_and_file_name(tmp_path):
    cache = ReportCache(tmp_path, "pipeline-1")
    assert cache.doc_ids() == [] and not cache.path.exists()  # reading makes no database
    cache.put("d1", "a.txt", "digest-1", {"Road": 2}, GRAPH)
    assert cache.get("d1", "a.txt").counts == {"Road": 2}
    assert cache.get("d1", "renamed.txt") is None
    assert ReportCache(tmp_path, "pipeline-2").get("d1", "a.txt") is None
    assert ReportCache(tmp_path).graph("d1") == GRAPH  # reading a graph needs no fingerprint
    assert [str(t) for t in cache.triples("d1")] == [GRAPH.decode().rstrip(" .\n")]


def test_a_report_put_again_replaces_its_row_and_prune_drops_the_rest(tmp_path):
    cache = ReportCache(tmp_path, "p")
    cache.put_many([("d1", "a.txt", "x", {}, GRAPH), ("d2", "b.txt", "y", {}, GRAPH), ("d3", "c.txt", "z", {}, GRAPH)])
    cache.fragment_path("d2").write_bytes(b"made from the old graph")
    cache.put("d2", "b2.txt", "y2", {"Road": 1}, GRAPH * 2)
    assert not cache.fragment_path("d2").exists()
    cache.fragment_path("d3").write_bytes(b"fragment")
    assert cache.prune({"d1", "d2"}) == ["d3"]
    assert not cache.fragment_path("d3").exists()
    reread = ReportCache(tmp_path, "p")
    assert reread.doc_ids() == ["d1", "d2"] and reread.graph("d2") == GRAPH * 2
    assert reread.get("d2", "b2.txt").digest == "y2" and not reread.has("d3")
    assert reread.prune(set()) == ["d1", "d2"] and ReportCache(tmp_path).doc_ids() == []


def test_a_failed_batch_writes_nothing(tmp_path):
    """A batch is one transaction: a report that cannot be written takes its whole batch back."""
    cache = ReportCache(tmp_path, "p")
    with pytest.raises(sqlite3.Error):
        cache.put_many([("d1", "a.txt", "x", {}, GRAPH), ("d2", "b.txt", None, {}, GRAPH)])  # digest NOT NULL
    assert cache.doc_ids() == []


def test_a_worker_opens_its_own_connection(tmp_path):
    cache = ReportCache(tmp_path, "p")
    cache.put("d1", "a.txt", "x", {}, GRAPH)
    sent = pickle.loads(pickle.dumps(cache))
    assert "_local" in vars(sent) and not hasattr(sent._local, "db")
    sent.put("d2", "b.txt", "y", {}, GRAPH)
    assert cache.doc_ids() == ["d1", "d2"] and sent.fingerprint == "p"


def test_a_damaged_database_is_set_aside_and_named(tmp_path):
    cache = ReportCache(tmp_path, "p")
    cache.dir.mkdir()
    cache.path.write_bytes(b"not a database" * 100)
    assert cache.doc_ids() == []
    assert "damaged" in cache.recovered and (cache.dir / "reports.sqlite.damaged").exists()
    cache.put("d1", "a.txt", "x", {}, b"<a> <b> <c> .\n")
    assert cache.doc_ids() == ["d1"]


def test_a_changed_byte_in_a_cached_graph_is_caught(tmp_path):
    cache = ReportCache(tmp_path, "p")
    cache.put("d1", "a.txt", "x", {}, b'<a> <b> "3000" .\n')
    cache.put("d2", "b.txt", "y", {}, b'<a> <b> "4000" .\n')
    with sqlite3.connect(cache.path) as db:
        db.execute("UPDATE reports SET ntriples = ? WHERE doc_id = 'd1'", (b'<a> <b> "9000" .\n',))
    with pytest.raises(DamagedEntry, match="d1"):
        cache.graph("d1")
    assert cache.damaged(["d1", "d2"]) == ["d1"]


@pytest.mark.slow
def test_rows_of_another_pipeline_are_extracted_again(tmp_path):
    corpus = _corpus(tmp_path / "in", {"000", "001"})
    out = tmp_path / "out"
    build([corpus], out, jobs=1, view=False, validate=False, exports=False)
    cache = ReportCache(out, fingerprint(ExtractOptions()))
    before = {d: cache.graph(d) for d in cache.doc_ids()}
    assert len(before) == 2 and all(cache.get(d, s) for d, s in _sources(cache))
    with sqlite3.connect(cache.path) as db:
        db.execute("UPDATE reports SET fingerprint = 'another pipeline'")
    again = build([corpus], out, jobs=1, view=False, validate=False, exports=False)
    assert (again.extracted, again.reused) == (2, 0)
    assert {d: cache.graph(d) for d in cache.doc_ids()} == before
    assert _fingerprints(cache) == {cache.fingerprint}


@pytest.mark.slow
def test_committed_reports_outlive_a_build_that_saved_no_index(tmp_path):
    """A build killed after its workers committed their batches saved no file index: the next build
    reads the files again and takes their reports from the cache."""
    corpus = _corpus(tmp_path / "in", {"000", "001"})
    out = tmp_path / "out"
    build([corpus], out, jobs=2, view=False, validate=False, exports=False)
    cache = ReportCache(out, fingerprint(ExtractOptions()))
    with sqlite3.connect(cache.path) as db:
        db.execute("DELETE FROM files")
    again = build([corpus], out, jobs=2, view=False, validate=False, exports=False)
    assert (again.extracted, again.reused) == (0, 2)
    assert len(cache.load_index()) == 2


def _sources(cache):
    with sqlite3.connect(cache.path) as db:
        return db.execute("SELECT doc_id, source FROM reports").fetchall()


def _fingerprints(cache):
    with sqlite3.connect(cache.path) as db:
        return {f for (f,) in db.execute("SELECT fingerprint FROM reports")}


@pytest.mark.slow
def test_a_build_caches_every_report_before_it_exports(tmp_path):
    corpus = _corpus(tmp_path / "in", {"000", "001", "002", "003", "004"})
    summary = build([corpus], tmp_path / "out", jobs=1, view=False, validate=False)
    assert summary.extracted == len(SAMPLES) == len(ReportCache(tmp_path / "out").doc_ids())
    assert summary.triples > 0 and (tmp_path / "out" / "graph.ttl").stat().st_size > 0


@pytest.mark.slow
def test_a_build_fails_when_its_caches_cannot_be_written(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "in", {"000", "001"})

    def full_disk(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ReportCache, "put_many", full_disk)
    with pytest.raises(OSError, match="No space left"):
        build([corpus], tmp_path / "out", jobs=1, view=False, validate=False)
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_a_rebuild_into_the_store_reads_only_the_changed_reports_graphs(tmp_path, monkeypatch):
    """One report of three changed, store only: the build reads the new graph (to load it) and the old one
    (to unlink it), not the unchanged ones; it counts the entities from the cache's table, as a full read
    of every graph would."""
    from kg.rdf.graphs import entity_counts

    corpus = _corpus(tmp_path / "in", {"000", "001", "002"})
    out, store_dir = tmp_path / "out", tmp_path / "store"
    build([corpus], out, view=False, validate=False, exports=False, store_dir=store_dir)
    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n（修订）", encoding="utf-8")
    read: list[str] = []
    real_graph = ReportCache.graph
    monkeypatch.setattr(ReportCache, "graph", lambda self, doc_id: read.append(doc_id) or real_graph(self, doc_id))
    summary = build([corpus], out, view=False, validate=False, exports=False, store_dir=store_dir)
    assert summary.extracted == 1 and summary.reused == 2
    assert len(read) == len(set(read)) == 2  # the old graph unlinked, the new one loaded
    cache = ReportCache(out)
    assert summary.entities == entity_counts(real_graph(cache, d) for d in cache.doc_ids())


def test_a_cache_of_the_previous_layout_gets_its_entity_table_without_extracting_again(tmp_path):
    corpus = _corpus(tmp_path / "in", {"000", "003"})
    out = tmp_path / "out"
    first = build([corpus], out, view=False, validate=False)
    with sqlite3.connect(ReportCache(out).path) as db:  # as layout 2 left it: no entity table
        db.execute("DROP TABLE entities")
        db.execute("PRAGMA user_version=2")
    again = build([corpus], out, view=False, validate=False)
    assert again.extracted == 0 and again.reused == 2
    assert again.entities == first.entities and sum(first.entities.values()) > 50


def test_a_cache_of_layout_3_gets_the_index_of_its_file_lookups_without_extracting_again(tmp_path):
    corpus = _corpus(tmp_path / "in", {"000", "003"})
    out = tmp_path / "out"
    build([corpus], out, view=False, validate=False)
    with sqlite3.connect(ReportCache(out).path) as db:  # as layout 3 left it: no index for ``reusable``
        db.execute("DROP INDEX reports_reusable")
        db.execute("PRAGMA user_version=3")
    again = build([corpus], out, view=False, validate=False)
    assert again.extracted == 0 and again.reused == 2
    with sqlite3.connect(ReportCache(out).path) as db:
        # the lookup reads the index alone, never a row's page with its graph
        plan = db.execute("EXPLAIN QUERY PLAN SELECT doc_id, source, digest, counts FROM reports WHERE fingerprint = ?",
                          ["x"]).fetchall()
    assert "COVERING INDEX reports_reusable" in plan[0][-1]


def test_a_renamed_report_reaches_the_store_as_a_fresh_build_has_it(tmp_path):
    """The same text under a new file name is the same report id with a new kgo:sourceFile: the store holds the
    new name and not the old (it kept the old one: the store recorded reports by id alone), as a fresh build does."""
    import pyoxigraph as ox

    corpus = _corpus(tmp_path / "in", {"000", "003"})
    out, store_dir = tmp_path / "out", tmp_path / "store"
    build([corpus], out, view=False, validate=False, store_dir=store_dir)
    old = next(corpus.glob("000_*.txt"))
    old.rename(corpus / "000_renamed.txt")
    summary = build([corpus], out, view=False, validate=False, store_dir=store_dir, exports=False)
    assert summary.store.endswith("(+1 reports, -1)")
    build([corpus], tmp_path / "fresh", view=False, validate=False, store_dir=tmp_path / "fresh-store")

    def names(folder):
        store = ox.Store.read_only(str(folder))
        files = ox.NamedNode("https://w3id.org/kg-transport/ontology#sourceFile")
        return sorted(q.object.value for q in store.quads_for_pattern(None, files, None, ox.DefaultGraph())), len(store)

    assert names(store_dir) == names(tmp_path / "fresh-store")
    assert "000_renamed.txt" in names(store_dir)[0] and old.name not in names(store_dir)[0]


def test_what_only_a_removed_report_said_of_a_shared_node_leaves_the_store(tmp_path):
    """G6512 is one node across reports; its aliases are what each report calls it. When the only report that
    called it 秀从高速 goes, the alias goes from the store too (it stayed: the store knew no report's share of a
    shared node's triples), while what another report still says stays: the store equals a fresh build's."""
    import pyoxigraph as ox

    corpus = _corpus(tmp_path / "in", {"002", "003"})
    other = next(corpus.glob("002_*.txt"))
    other.write_text(other.read_text(encoding="utf-8") + "\n2024年，湖南省交通运输厅推进G6512改扩建工程，总投资3.5亿元。\n",
                     encoding="utf-8")
    out, store_dir = tmp_path / "out", tmp_path / "store"
    build([corpus], out, view=False, validate=False, store_dir=store_dir)
    road, alt = ox.NamedNode("https://w3id.org/kg-transport/id/road/G6512"), ox.NamedNode(
        "http://www.w3.org/2004/02/skos/core#altLabel")

    def state(folder):
        store = ox.Store.read_only(str(folder))
        return sorted(q.object.value for q in store.quads_for_pattern(road, alt, None, ox.DefaultGraph())), len(store)

    assert any("秀从" in name for name in state(store_dir)[0])
    next(corpus.glob("003_*.txt")).unlink()
    build([corpus], out, view=False, validate=False, store_dir=store_dir, exports=False)
    build([corpus], tmp_path / "fresh", view=False, validate=False, store_dir=tmp_path / "fresh-store")
    assert state(store_dir) == state(tmp_path / "fresh-store")
    assert not any("秀从" in name for name in state(store_dir)[0])


def test_a_cache_of_layout_4_gets_its_table_of_shared_lines_without_extracting_again(tmp_path):
    corpus = _corpus(tmp_path / "in", {"000", "003"})
    out = tmp_path / "out"
    build([corpus], out, view=False, validate=False)
    with sqlite3.connect(ReportCache(out).path) as db:
        before = sorted(db.execute("SELECT doc_id, line FROM shared"))
        db.execute("DROP TABLE shared")
        db.execute("PRAGMA user_version=4")
    assert before
    again = build([corpus], out, view=False, validate=False)
    assert again.extracted == 0 and again.reused == 2
    with sqlite3.connect(ReportCache(out).path) as db:
        assert sorted(db.execute("SELECT doc_id, line FROM shared")) == before
