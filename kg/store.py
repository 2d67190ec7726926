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
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from .config import ID_IRI, ONTOLOGY_DIR, ONTOLOGY_IRI
from .query import PREFIX_MAP

CACHE_DIR = ".kg-cache"
SCHEMES_GRAPH = ox.NamedNode(ID_IRI + "graph/schemes")
EXPORT_PREFIXES = {k: v for k, v in PREFIX_MAP.items() if k != "kg"}


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes | None = None, *, writer=None) -> None:
    """Write ``path`` through a temporary file in the same folder, then rename.

    Give either ``data`` or ``writer``, a function that writes to a binary file object.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if writer is not None:
                writer(fh)
            else:
                fh.write(data or b"")
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual permissions
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
    """Per-report N-Triples and metadata under ``OUTDIR/.kg-cache``."""

    def __init__(self, outdir: Path, fingerprint: str):
        self.dir = Path(outdir) / CACHE_DIR
        self.fingerprint = fingerprint

    def _meta(self, doc_id: str) -> Path:
        return self.dir / f"{doc_id}.json"

    def graph_path(self, doc_id: str) -> Path:
        return self.dir / f"{doc_id}.nt"

    def get(self, doc_id: str, source: str) -> CachedReport | None:
        """The cached report when built from the same text and file name by the same pipeline."""
        try:
            meta = json.loads(self._meta(doc_id).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if meta.get("fingerprint") != self.fingerprint or meta.get("source") != source \
                or not self.graph_path(doc_id).exists():
            return None
        return CachedReport(doc_id, meta["source"], meta["digest"], meta["counts"])

    def put(self, doc_id: str, source: str, digest: str, counts: dict[str, int], ntriples: str) -> CachedReport:
        write_atomic(self.graph_path(doc_id), ntriples.encode("utf-8"))
        meta = {"fingerprint": self.fingerprint, "source": source, "digest": digest, "counts": counts}
        write_atomic(self._meta(doc_id), json.dumps(meta, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        return CachedReport(doc_id, source, digest, counts)

    def prune(self, keep: set[str]) -> list[str]:
        """Remove the caches of reports no longer in the input; returns their ids."""
        removed = []
        for meta in sorted(self.dir.glob("*.json")) if self.dir.exists() else ():
            if meta.stem not in keep:
                meta.unlink(missing_ok=True)
                self.graph_path(meta.stem).unlink(missing_ok=True)
                removed.append(meta.stem)
        return removed

    def triples(self, doc_id: str) -> Iterator[ox.Triple]:
        for quad in ox.parse(path=str(self.graph_path(doc_id)), format=ox.RdfFormat.N_TRIPLES):
            yield quad.triple if isinstance(quad, ox.Quad) else quad


def scheme_triples() -> list[ox.Triple]:
    """The SKOS concept schemes the data points at (levels, kinds, statuses), shipped with every export."""
    triples = [q.triple if isinstance(q, ox.Quad) else q
               for q in ox.parse(path=str(ONTOLOGY_DIR / "schemes.ttl"), format=ox.RdfFormat.TURTLE)]
    return sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def _is_report_local(triple: ox.Triple, doc_id: str) -> bool:
    return doc_id in triple.subject.value


def default_graph_triples(cache: ReportCache, doc_ids: Iterable[str]) -> Iterator[ox.Triple]:
    """Every fact once: schemes, then each report's graph in report order.

    Entities shared by several reports (a G road, a provincial department) would
    repeat their triples; those not local to a report are emitted once.
    """
    seen: set[bytes] = set()
    yield from scheme_triples()
    for doc_id in doc_ids:
        for triple in cache.triples(doc_id):
            if not _is_report_local(triple, doc_id):
                key = hashlib.blake2b(str(triple).encode("utf-8"), digest_size=12).digest()
                if key in seen:
                    continue
                seen.add(key)
            yield triple


def dataset_quads(cache: ReportCache, doc_ids: Iterable[str]) -> Iterator[ox.Quad]:
    """One named graph per report (complete in itself), the schemes in the default graph."""
    for t in scheme_triples():
        yield ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
    for doc_id in doc_ids:
        g = graph_iri(doc_id)
        for t in cache.triples(doc_id):
            yield ox.Quad(t.subject, t.predicate, t.object, g)


def export(cache: ReportCache, doc_ids: list[str], outdir: Path) -> int:
    """Write graph.ttl and graph.trig; returns the number of triples in graph.ttl."""
    count = 0

    def counted(triples: Iterable[ox.Triple]) -> Iterator[ox.Triple]:
        nonlocal count
        for t in triples:
            count += 1
            yield t

    write_atomic(outdir / "graph.ttl", writer=lambda fh: ox.serialize(
        counted(default_graph_triples(cache, doc_ids)), fh, ox.RdfFormat.TURTLE, prefixes=EXPORT_PREFIXES))
    write_atomic(outdir / "graph.trig", writer=lambda fh: ox.serialize(
        dataset_quads(cache, doc_ids), fh, ox.RdfFormat.TRIG, prefixes=EXPORT_PREFIXES))
    return count


META_GRAPH = ox.NamedNode(ID_IRI + "graph/build")
_SCHEME_NS = ONTOLOGY_IRI
FINGERPRINT = ox.NamedNode(ID_IRI + "build/fingerprint")


def sync_store(path: Path, cache: ReportCache, doc_ids: list[str]) -> tuple[int, int]:
    """Bring the persistent store at ``path`` to exactly these reports; returns (added, removed).

    A report's graph is named by its content hash, so a changed report is a new graph
    plus a removed one; unchanged graphs are not touched. The default graph holds every
    fact once (what queries read) and is patched per report: a removed report's own
    triples and the links to it go, shared entities left without any report go, the
    new reports' triples are added. Work is proportional to the reports that changed.
    A different pipeline fingerprint reloads everything.
    """
    store = ox.Store(str(path))
    try:
        stamp = next(iter(store.quads_for_pattern(FINGERPRINT, None, None, META_GRAPH)), None)
        fresh = stamp is None or stamp.object.value != cache.fingerprint
        if fresh:
            store.clear()
        present = {g.value for g in store.named_graphs()}
        wanted = {graph_iri(d).value: d for d in doc_ids}
        removed = sorted(g for g in present if g not in wanted and g not in (SCHEMES_GRAPH.value, META_GRAPH.value))
        added = [d for g, d in sorted(wanted.items()) if g not in present]
        if fresh:
            store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, SCHEMES_GRAPH) for t in scheme_triples())
            store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                              for t in scheme_triples())
            store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, g)
                              for d in added for g in [graph_iri(d)] for t in cache.triples(d))
            store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                              for t in default_graph_triples(cache, added) if not _is_scheme(t))
        else:
            touched: set = set()
            for g in removed:
                touched |= _unlink_report(store, ox.NamedNode(g), g.rsplit("/", 2)[-2])
                store.remove_graph(ox.NamedNode(g))
            for doc_id in added:
                g = graph_iri(doc_id)
                triples = list(cache.triples(doc_id))
                store.extend([ox.Quad(t.subject, t.predicate, t.object, g) for t in triples])
                store.extend([ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples])
            _drop_orphans(store, touched)
        if store.contains_named_graph(META_GRAPH):
            store.remove_graph(META_GRAPH)
        store.add(ox.Quad(FINGERPRINT, FINGERPRINT, ox.Literal(cache.fingerprint), META_GRAPH))
        store.flush()
        return len(added), len(removed)
    finally:
        del store


def _is_scheme(triple: ox.Triple) -> bool:
    return triple.subject.value.startswith(_SCHEME_NS)


def _unlink_report(store: ox.Store, graph: ox.NamedNode, doc_id: str) -> set:
    """Remove a report's own triples and its links from the default graph, using the report's named graph.

    Returns the shared entities it touched, which may now be mentioned by no report.
    """
    touched = set()
    for q in list(store.quads_for_pattern(None, None, None, graph)):
        local = doc_id in q.subject.value
        link = isinstance(q.object, ox.NamedNode) and doc_id in q.object.value
        if local or link:
            store.remove(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()))
        if not local:
            touched.add(q.subject)
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
