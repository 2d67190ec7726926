"""Where the triples go: per-report caches, streamed exports, the persistent store.

Each report's graph is kept as sorted N-Triples in ``OUTDIR/.kg-cache/``,
keyed by the report's content and the pipeline's fingerprint: a rebuild
extracts only new or changed reports. Exports stream the caches in report
order through pyoxigraph's serialisers, so memory stays bounded and the
output is byte-identical however the reports were extracted (``-j 1`` or
``-j 2``, in one build or incrementally). All files are written atomically.
"""
from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from .atomic import write_atomic
from .config import ID_IRI, ONTOLOGY_DIR, ONTOLOGY_IRI, source_digest
from .query import PREFIX_MAP

CACHE_DIR = ".kg-cache"
SCHEMES_GRAPH = ox.NamedNode(ID_IRI + "graph/schemes")
EXPORT_PREFIXES = {k: v for k, v in PREFIX_MAP.items() if k != "kg"}


def graph_iri(doc_id: str) -> ox.NamedNode:
    """The named graph of one report in TriG exports and the persistent store."""
    return ox.NamedNode(f"{ID_IRI}doc/{doc_id}/graph")


@dataclass(frozen=True)
class CachedReport:
    doc_id: str
    source: str
    digest: str
    counts: dict[str, int]


class ReportCache:
    """Per-report N-Triples under ``OUTDIR/.kg-cache``, one file per report.

    A report's file starts with one comment line, ``# kg-cache {...}``,
    holding what a rebuild checks before reusing it (the pipeline's
    fingerprint, the source file's name, the text's digest, the entity
    counts); the sorted N-Triples follow. One file, written atomically, is
    whole or absent: no pair of files to keep in step, and a build of
    10,000 reports creates 10,000 files rather than 20,000 (on this kind of
    disk, creating a file costs about as much as writing 300 KB into it).
    Every RDF parser skips the comment line.
    """

    HEADER = b"# kg-cache "

    def __init__(self, outdir: Path, fingerprint: str = ""):
        """``fingerprint`` names the pipeline whose entries ``get`` accepts; reading graphs needs none."""
        self.dir = Path(outdir) / CACHE_DIR
        self.fingerprint = fingerprint

    @property
    def _index_path(self) -> Path:
        return self.dir / f"files.{self.fingerprint}.index"

    def load_index(self) -> dict[str, dict]:
        """What the last build with this pipeline knew of each input file: size, mtime, report id, counts.

        A file whose size and modification time are unchanged is not read
        again (as git's index does); a rebuild of 10,000 reports then reads
        only the changed ones. Indexes of other pipelines are dropped first:
        this build may rewrite the graphs they point at.
        """
        for other in self.dir.glob("files.*.index"):
            if other != self._index_path:
                other.unlink(missing_ok=True)
        try:
            return json.loads(self._index_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def save_index(self, entries: dict[str, dict]) -> None:
        write_atomic(self._index_path, json.dumps(entries, ensure_ascii=False, sort_keys=True).encode("utf-8"),
                     durable=False)

    def fragment_path(self, doc_id: str) -> Path:
        """The report's export fragment (``kg.export``): Turtle of its own triples and N-Triples of its
        triples about shared entities."""
        return self.dir / f"{doc_id}.frag"

    def graph_path(self, doc_id: str) -> Path:
        return self.dir / f"{doc_id}.nt"

    def get(self, doc_id: str, source: str) -> CachedReport | None:
        """The cached report when built from the same text and file name by the same pipeline."""
        try:
            with open(self.graph_path(doc_id), "rb") as fh:
                first = fh.readline(1 << 16)
            meta = json.loads(first[len(self.HEADER):]) if first.startswith(self.HEADER) else {}
        except (OSError, ValueError):
            return None
        if meta.get("fingerprint") != self.fingerprint or meta.get("source") != source:
            return None  # another pipeline, another file name, or a cache from before the header
        return CachedReport(doc_id, meta["source"], meta["digest"], meta["counts"])

    def put(self, doc_id: str, source: str, digest: str, counts: dict[str, int], ntriples: bytes) -> CachedReport:
        self.fragment_path(doc_id).unlink(missing_ok=True)  # made from the old graph
        meta = {"fingerprint": self.fingerprint, "source": source, "digest": digest, "counts": counts}
        header = self.HEADER + json.dumps(meta, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n"
        # written in two parts: no 300 KB copy to put the header in front
        write_atomic(self.graph_path(doc_id), writer=lambda fh: fh.writelines((header, ntriples)), durable=False)
        return CachedReport(doc_id, source, digest, counts)

    def graph(self, doc_id: str) -> bytes:
        """A report's cached N-Triples, without the header line."""
        return self.graph_of(self.graph_path(doc_id).read_bytes())

    @classmethod
    def graph_of(cls, data: bytes) -> bytes:
        """A cache file's N-Triples without the header line."""
        return data.partition(b"\n")[2] if data.startswith(cls.HEADER) else data

    def doc_ids(self) -> list[str]:
        """The reports cached here, in id order."""
        return sorted(p.stem for p in self.dir.glob("*.nt")) if self.dir.exists() else []

    def prune(self, keep: set[str]) -> list[str]:
        """Remove the caches of reports no longer in the input; returns their ids."""
        removed = []
        for doc_id in self.doc_ids():
            if doc_id not in keep:
                for path in (self.fragment_path(doc_id), self.graph_path(doc_id)):  # the graph last
                    path.unlink(missing_ok=True)
                removed.append(doc_id)
        for legacy in self.dir.glob("*.json") if self.dir.exists() else ():  # the metadata files of the earlier two-file cache
            legacy.unlink(missing_ok=True)
        return removed

    def triples(self, doc_id: str) -> Iterator[ox.Triple]:
        for quad in ox.parse(path=str(self.graph_path(doc_id)), format=ox.RdfFormat.N_TRIPLES):
            yield quad.triple if isinstance(quad, ox.Quad) else quad


def scheme_triples() -> list[ox.Triple]:
    """The SKOS concept schemes the data points at (levels, kinds, statuses), shipped with every export."""
    triples = [q.triple if isinstance(q, ox.Quad) else q
               for q in ox.parse(path=str(ONTOLOGY_DIR / "schemes.ttl"), format=ox.RdfFormat.TURTLE)]
    return sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def union_stream(cache: ReportCache, doc_ids: Iterable[str]) -> io.BufferedReader:
    """The reports' graphs as one N-Triples stream, for a store to load in one pass (repeats merge there)."""
    return io.BufferedReader(_Concatenated(cache.graph_path(d) for d in doc_ids), 1 << 20)


#: A bulk load takes its input this many bytes of N-Triples at a time: pyoxigraph's bulk
#: loader holds a whole call's input in memory (1,000 reports in one call: 1.2 GB; in 64 MB calls: 0.4 GB).
BULK_CHUNK_BYTES = 64 * 1024 * 1024


def load_reports(target: ox.Store, cache: ReportCache, doc_ids: Iterable[str], *, bulk: bool = False) -> None:
    """Load the schemes and the reports' graphs into ``target``'s default graph.

    Parsing happens in Rust, straight from the cache files; ``bulk`` uses the
    store's bulk loader (for a fresh on-disk store: fast, not transactional),
    ``BULK_CHUNK_BYTES`` of input per call.
    """
    load = target.bulk_load if bulk else target.load
    load(path=str(ONTOLOGY_DIR / "schemes.ttl"), format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
    for chunk in _by_size(cache, doc_ids) if bulk else [list(doc_ids)]:
        with union_stream(cache, chunk) as stream:
            load(stream, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())


def _by_size(cache: ReportCache, doc_ids: Iterable[str]) -> Iterator[list[str]]:
    """The reports in runs of at most ``BULK_CHUNK_BYTES`` of cached N-Triples (a bigger report: alone)."""
    chunk: list[str] = []
    size = 0
    for doc_id in doc_ids:
        n = cache.graph_path(doc_id).stat().st_size
        if chunk and size + n > BULK_CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
        chunk.append(doc_id)
        size += n
    if chunk:
        yield chunk


META_GRAPH = ox.NamedNode(ID_IRI + "graph/build")
_SCHEME_NS = ONTOLOGY_IRI
FINGERPRINT = ox.NamedNode(ID_IRI + "build/fingerprint")
LOADED = ox.NamedNode(ID_IRI + "build/report")
#: Changes with every change of the store's content; kept query answers (``kg.results``) are tied to it.
GENERATION = ox.NamedNode(ID_IRI + "build/generation")
#: A patch touching at least this share of the reports is followed by a compaction.
COMPACT_SHARE = 0.05


class _Concatenated(io.RawIOBase):
    """The report caches read as one stream, so the store bulk-loads them in one pass."""

    def __init__(self, paths: Iterable[Path]):
        self._paths, self._fh = iter(paths), None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while True:
            if self._fh is None:
                path = next(self._paths, None)
                if path is None:
                    return 0
                self._fh = open(path, "rb")
            n = self._fh.readinto(buffer)
            if n:
                return n
            self._fh.close()
            self._fh = None

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
        super().close()


def sync_store(path: Path, cache: ReportCache, doc_ids: list[str]) -> tuple[int, int]:
    """Bring the persistent store at ``path`` to exactly these reports; returns (added, removed).

    The store holds every fact once, in its default graph (what queries read);
    per-report graphs live in the TriG export and in ``kg push``. A fresh
    store is bulk-loaded straight from the report caches (parsed in Rust, the
    store merges repeated triples). Afterwards it is patched per report: a
    report's id is its content hash, so a changed report is one removed and
    one added. A removed report's own triples and the links to it go (read
    from its cache, which is pruned only after this), shared entities left
    without any report go, new reports are loaded. Work is proportional to
    the reports that changed. A different pipeline fingerprint, or a removed
    report whose cache is gone, reloads everything.
    """
    store = ox.Store(str(path))
    built_by = f"{cache.fingerprint} {source_digest('store.py')}"  # the extraction and the loading code
    try:
        stamp = next(iter(store.quads_for_pattern(FINGERPRINT, None, None, META_GRAPH)), None)
        present = {q.object.value for q in store.quads_for_pattern(LOADED, LOADED, None, META_GRAPH)}
        wanted = set(doc_ids)
        removed, added = sorted(present - wanted), sorted(wanted - present)
        fresh = stamp is None or stamp.object.value != built_by \
            or any(not cache.graph_path(d).exists() for d in removed)
        if fresh:
            store.clear()
            added = sorted(wanted)
            load_reports(store, cache, added, bulk=True)
        else:
            touched: set = set()
            for doc_id in removed:
                touched |= _unlink_report(store, cache.triples(doc_id), doc_id)
            for doc_id in added:
                store.load(path=str(cache.graph_path(doc_id)), format=ox.RdfFormat.N_TRIPLES,
                           to_graph=ox.DefaultGraph())
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
        return len(added), len(removed)
    finally:
        del store


def _unlink_report(store: ox.Store, triples: Iterable[ox.Triple], doc_id: str) -> set:
    """Remove a report's own triples and its links from the default graph.

    Returns the shared entities it touched, which may now be mentioned by no report.
    """
    touched = set()
    for t in triples:
        local = doc_id in t.subject.value
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
