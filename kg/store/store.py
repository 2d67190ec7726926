"""The persistent store: a pyoxigraph store (RocksDB on disk) kept equal to the report caches.

Each report's graph is kept as sorted N-Triples in the report cache
(``kg.build.cache``), keyed by the report's content and the pipeline's
fingerprint. ``sync_store`` brings a store to exactly the reports of a
build: a fresh store is bulk-loaded from the caches, an existing one is
patched per changed report, so a rebuild after one edit touches one report.
"""
from __future__ import annotations

import ctypes
import hashlib
import json
import os
import re
import shlex
import shutil
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.atomic import write_atomic
from kg.config import ID_IRI, ONTOLOGY_DIR, ONTOLOGY_IRI, source_digest
from kg.errors import KgError
from kg.resolve.ids import document_iri

if TYPE_CHECKING:
    from kg.build.cache import ReportCache

#: A bulk load takes its input this many bytes of N-Triples at a time: pyoxigraph's bulk loader holds
#: several times a call's input in memory, and smaller calls take no longer (figures: README).
BULK_CHUNK_BYTES = 32 * 1024 * 1024


def load_reports(target: ox.Store, cache: ReportCache, doc_ids: Iterable[str], *, bulk: bool = False,
                 without: Iterable[str] = ()) -> None:
    """Load the schemes and the reports' graphs into ``target``'s default graph.

    Parsing happens in Rust; ``bulk`` uses the store's bulk loader (for a
    fresh on-disk store: fast, not transactional), ``BULK_CHUNK_BYTES`` of
    input per call (a bigger report: alone). Triples whose predicate is one
    of the IRIs ``without`` are left out (the view reads no offsets, rules or
    assertions: half of a graph, and of the memory its store takes).
    """
    load = target.bulk_load if bulk else target.load
    load(path=str(ONTOLOGY_DIR / "schemes.ttl"), format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
    graphs = cache.graphs(doc_ids)
    left_out = tuple(without)
    if left_out:
        # N-Triples: one triple a line, the predicate the second term, written <iri> in full
        line = re.compile(rb"^\S+ <(?:" + b"|".join(re.escape(i.encode()) for i in left_out) + rb")> [^\n]*\n",
                          re.MULTILINE)
        graphs = (line.sub(b"", data) for data in graphs)
    for run in _by_size(graphs, BULK_CHUNK_BYTES if bulk else None):
        # pyoxigraph reads any bytes-like input (its stubs say bytes); a copy would double the run's memory
        load(input=run, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())  # type: ignore[arg-type]


def _by_size(graphs: Iterable[bytes], limit: int | None) -> Iterator[bytearray]:
    """The graphs joined in runs of at most ``limit`` bytes (a bigger graph: alone; no limit: all in one).

    Each graph is appended as it is read and then let go, and the one buffer is emptied for the next
    run (use a run before asking for the next), so a run costs its own size in memory, once.

    >>> [bytes(run) for run in _by_size([b"a", b"bb", b"ccc", b"d"], 3)]
    [b'abb', b'ccc', b'd']
    """
    run = bytearray()
    for data in graphs:
        if run and limit is not None and len(run) + len(data) > limit:
            yield run
            run.clear()
        run += data
    if run:
        yield run


META_GRAPH = ox.NamedNode(ID_IRI + "graph/build")
_SCHEME_NS = ONTOLOGY_IRI
FINGERPRINT = ox.NamedNode(ID_IRI + "build/fingerprint")
LOADED = ox.NamedNode(ID_IRI + "build/report")
#: Changes with every change of the store's content; kept query answers (``kg.results``) are tied to it.
GENERATION = ox.NamedNode(ID_IRI + "build/generation")
#: A patch touching at least this share of the reports is followed by a compaction.
COMPACT_SHARE = 0.05


#: Written by the build beside the store's own files: the command that made it (for the rebuild hint).
RECORD = "kg-build.json"


def sync_store(path: Path, cache: ReportCache, doc_ids: list[str], plan: StorePlan | None = None) -> tuple[int, int]:
    """Bring the persistent store at ``path`` to exactly these reports; returns (added, removed).

    The store holds every fact once, in its default graph (what queries read);
    per-report graphs live in the TriG export and in ``kg push``. A fresh
    store is bulk-loaded straight from the report caches (parsed in Rust, the
    store merges repeated triples). Afterwards it is patched per report: a
    report's id is its content hash, so a changed report is one removed and
    one added. A removed report's own triples and the links to it go (read
    from its cache, which is pruned only after this), shared entities left
    without any report go, new reports are loaded. Work is proportional to
    the reports that changed. A different pipeline fingerprint, a removed
    report whose cache is gone, or a store that cannot be read reloads everything.

    One build is one change as readers see it: the new state is written into
    a copy beside the store (a RocksDB checkpoint: hard links, so a patch
    costs what it changes) and swapped in with one rename. A reader opens the
    old store or the new, never one half-patched, and a build killed half-way
    leaves the old store as it was. ``plan`` is ``plan_sync``'s for the same arguments, when the caller
    read it first (to check the graphs the store will read).
    """
    path = Path(path)
    plan = plan or plan_sync(path, cache, doc_ids)
    current, built_by, fresh, added, removed = plan.current, plan.built_by, plan.fresh, plan.added, plan.removed
    wanted = plan.wanted
    plan.current = None
    if not fresh and not removed and not added:
        return 0, 0
    staging = path.with_name(f".{path.name}.new")
    shutil.rmtree(staging, ignore_errors=True)
    if not fresh:
        assert current is not None
        current.backup(str(staging))
    del current
    store = ox.Store(str(staging))
    try:
        if fresh:
            load_reports(store, cache, plan.added_ids(), bulk=True)
        else:
            touched: set = set()
            remaining = {doc_of(k) for k in wanted}
            for doc_id in map(doc_of, removed):
                touched |= _unlink_report(store, cache.triples(doc_id), doc_id)
                # what it said of shared nodes (a G road's alias) and no report that remains says
                gone = [line for line in cache.shared_lines(doc_id)
                        if not cache.stated_elsewhere(line, doc_id, remaining)]
                if gone:
                    for t in ox.parse(input=b"\n".join(gone) + b"\n", format=ox.RdfFormat.N_TRIPLES):
                        store.remove(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()))
                # the report's own node, whatever its cached graph now says (a renamed report's graph has
                # the new name: the old kgo:sourceFile, and a label made from it, are the store's alone)
                for q in list(store.quads_for_pattern(document_iri(doc_id), None, None, ox.DefaultGraph())):
                    store.remove(q)
            for doc_id in plan.added_ids():
                store.load(input=cache.graph(doc_id), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
            _drop_orphans(store, touched)
        generation = hashlib.sha256("\n".join([built_by, *sorted(wanted)]).encode("utf-8")).hexdigest()[:16]
        # the build's record changes as the reports did: a patch touches only the changed reports' lines
        for q in [*store.quads_for_pattern(FINGERPRINT, None, None, META_GRAPH),
                  *store.quads_for_pattern(GENERATION, None, None, META_GRAPH),
                  *(ox.Quad(LOADED, LOADED, ox.Literal(d), META_GRAPH) for d in removed)]:
            store.remove(q)
        store.extend([ox.Quad(FINGERPRINT, FINGERPRINT, ox.Literal(built_by), META_GRAPH),
                      ox.Quad(GENERATION, GENERATION, ox.Literal(generation), META_GRAPH)]
                     + [ox.Quad(LOADED, LOADED, ox.Literal(d), META_GRAPH) for d in added])
        store.flush()
        if fresh or len(added) + len(removed) >= COMPACT_SHARE * max(len(wanted), 1):
            # a bulk load leaves many overlapping files: compacted, lookups are 5-10x faster
            store.optimize()
    finally:
        del store
    write_atomic(staging / RECORD, json.dumps({"command": _command(path)}, ensure_ascii=False).encode("utf-8"))
    _swap(staging, path)
    return len(added), len(removed)


@dataclass
class StorePlan:
    """What bringing a store to a build's reports takes: the store now (read-only, None if there is none),
    the stamp of the code that builds it, whether it is loaded afresh, the reports to add (all of them
    for a fresh store: the ones whose cached graphs it reads) and those to remove, and every report the
    store is to hold, each as its ``loaded_key`` (id and file name)."""

    current: ox.Store | None
    built_by: str
    fresh: bool
    added: list[str]
    removed: list[str]
    wanted: set[str]

    def added_ids(self) -> list[str]:
        """The ids of the reports to add: the ones whose cached graphs the store reads."""
        return [doc_of(k) for k in self.added]


def plan_sync(path: Path, cache: ReportCache, doc_ids: Iterable[str]) -> StorePlan:
    """The plan of ``sync_store(path, cache, doc_ids)``, read from the store's record of its reports.

    A report is recorded by its id and its file's name (``loaded_key``): the same text under a new name
    is a report removed and one added, whose graphs differ in the name (kgo:sourceFile).
    """
    sources = cache.sources()
    wanted = {loaded_key(d, sources[d]) for d in doc_ids}
    built_by = f"{cache.fingerprint} {source_digest('store/store.py')}"  # the extraction and the loading code
    current, stamp, present = _read_current(Path(path))
    removed, added = sorted(present - wanted), sorted(wanted - present)
    fresh = current is None or stamp != built_by or any(not cache.has(doc_of(k)) for k in removed)
    return StorePlan(current, built_by, fresh, sorted(wanted) if fresh else added, [] if fresh else removed, wanted)


def loaded_key(doc_id: str, source: str) -> str:
    """How the store records a loaded report: its id (its text's digest) and its file's name."""
    return f"{doc_id} {source}"


def doc_of(key: str) -> str:
    """The report id of a ``loaded_key``."""
    return key.split(" ", 1)[0]


def _read_current(path: Path) -> tuple[ox.Store | None, str | None, set[str]]:
    """The store now at ``path`` (read-only), its pipeline stamp and its reports; (None, None, empty)
    if there is none or it cannot be read (then the build loads a fresh one)."""
    if not path.exists():
        return None, None, set()
    if not (path / "CURRENT").exists() and any(path.iterdir()):
        raise KgError(f"[E038] {path}: not a kg store and not empty; give --store a new or empty folder")
    try:
        store = ox.Store.read_only(str(path))
        stamp = next((q.object.value for q in store.quads_for_pattern(FINGERPRINT, None, None, META_GRAPH)
                      if isinstance(q.object, ox.Literal)), None)
        present = {q.object.value for q in store.quads_for_pattern(LOADED, LOADED, None, META_GRAPH)
                   if isinstance(q.object, ox.Literal)}
    except (OSError, RuntimeError):  # damaged (RocksDB's "Corruption" is a RuntimeError): built afresh
        return None, None, set()
    return store, stamp, present


def _swap(new: Path, path: Path) -> None:
    """Put ``new`` at ``path`` with one rename (Linux: renameat2 exchanges the two folders atomically;
    elsewhere two renames, between which a reader finds no store rather than half of one)."""
    if not path.exists():
        os.rename(new, path)
    elif _exchange(new, path):
        shutil.rmtree(new, ignore_errors=True)  # it holds the previous store now
    else:
        old = path.with_name(f".{path.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        os.rename(path, old)
        os.rename(new, path)
        shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _command(path: Path) -> str:
    """The command line of this build when it came from ``kg build`` (recorded for the rebuild hint)."""
    args = sys.argv[1:]
    if args[:1] == ["build"]:
        return shlex.join(["kg", *args])
    return f"kg build REPORTS -o OUTDIR --store {shlex.quote(str(path))}"


def _unlink_report(store: ox.Store, triples: Iterable[ox.Triple], doc_id: str) -> set:
    """Remove a report's own triples and its links from the default graph.

    Returns the shared entities it touched, which may now be mentioned by no report.
    """
    touched = set()
    for t in triples:
        local = not isinstance(t.subject, ox.Triple) and doc_id in t.subject.value
        link = isinstance(t.object, ox.NamedNode) and doc_id in t.object.value
        if local or link:
            store.remove(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()))
        if not local:
            touched.add(t.subject)
    return touched


_MENTIONED_IN = ox.NamedNode(_SCHEME_NS + "mentionedIn")


def _drop_orphans(store: ox.Store, candidates: set) -> None:
    """Shared entities no longer mentioned by, nor linked from, any report leave the default graph."""
    pending = set(candidates)
    while pending:  # until nothing more goes: a county's removal can orphan its city
        dropped = set()
        for e in sorted(pending, key=lambda n: n.value):
            if e.value.startswith(_SCHEME_NS) \
                    or next(iter(store.quads_for_pattern(e, _MENTIONED_IN, None, ox.DefaultGraph())), None) is not None \
                    or next(iter(store.quads_for_pattern(None, None, e, ox.DefaultGraph())), None) is not None:
                continue  # still mentioned, or still linked to (a region a report is from)
            for q in list(store.quads_for_pattern(e, None, None, ox.DefaultGraph())):
                store.remove(q)
            dropped.add(e)
        pending = (pending - dropped) if dropped else set()
