"""graph.ttl and graph.trig, assembled from per-report fragments.

Serialising a million triples to Turtle is the slow part of an export, and
almost all of a report's triples are its own (its mentions, sentences,
projects, assertions: IRIs under its document). So each report's Turtle is
written once, by pyoxigraph, into a fragment beside its cache (in parallel,
and kept for the next build), and an export concatenates fragments:

* ``<doc>.ttl``: the report's own triples, for graph.ttl;
* ``<doc>.trig``: the report's whole graph as one TriG graph block, for graph.trig;
* ``<doc>.shared``: its triples (N-Triples) about shared entities, after a comment with its own triples' count.

Triples about shared entities (a G road, a provincial department, a region)
are gathered from the reports' caches, de-duplicated, and written once at the
end of graph.ttl. Fragments depend only on their report's cache, so the
output is byte-identical however and whenever the reports were built.
"""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pyoxigraph as ox

from .config import source_digest
from .store import EXPORT_PREFIXES, ReportCache, graph_iri, scheme_triples, write_atomic

_PREFIX_LINES = len(EXPORT_PREFIXES)


def _without_prefixes(data: bytes) -> bytes:
    """A serialisation's body: pyoxigraph writes one @prefix line per declared prefix first."""
    if not data:
        return b""
    parts = data.split(b"\n", _PREFIX_LINES)
    assert all(p.startswith(b"@prefix ") for p in parts[:_PREFIX_LINES]), "unexpected serialiser output"
    return parts[_PREFIX_LINES]


def _header() -> bytes:
    sample = ox.serialize([scheme_triples()[0]], format=ox.RdfFormat.TURTLE, prefixes=EXPORT_PREFIXES)
    return b"\n".join(sample.split(b"\n", _PREFIX_LINES)[:_PREFIX_LINES]) + b"\n"


def render_fragments(outdir: str, fingerprint: str, doc_id: str) -> int:
    """Write a report's two fragments; returns how many of its triples are its own."""
    cache = ReportCache(Path(outdir), fingerprint)
    g = graph_iri(doc_id)
    triples = [q.triple if isinstance(q, ox.Quad) else q
               for q in ox.parse(path=str(cache.graph_path(doc_id)), format=ox.RdfFormat.N_TRIPLES)]
    own = [t for t in triples if doc_id in t.subject.value]
    ttl = _without_prefixes(ox.serialize(own, format=ox.RdfFormat.TURTLE, prefixes=EXPORT_PREFIXES))
    turtle_path, trig_path, shared_path = cache.fragment_paths(doc_id)
    shared = "".join(sorted(f"{t} .\n" for t in triples if doc_id not in t.subject.value))
    # a TriG graph block holds Turtle statements: the report's Turtle, then its shared triples, serialised once
    trig = b"".join([f"{g} {{\n".encode("utf-8"), ttl, shared.encode("utf-8"), b"}\n"])
    write_atomic(shared_path, f"# own {len(own)}\n{shared}".encode("utf-8"), durable=False)
    write_atomic(trig_path, trig, durable=False)
    write_atomic(turtle_path, ttl, durable=False)  # last: its presence says all three are whole
    return len(own)


def _drop_stale_fragments(cache: ReportCache) -> None:
    """Fragments written by other export code (or another pyoxigraph serialiser) would not match: drop them."""
    stamp = f"{source_digest('export.py', 'store.py')} pyoxigraph {ox.__version__}"
    path = cache.dir / "fragments.stamp"
    try:
        if path.read_text(encoding="utf-8") == stamp:
            return
    except OSError:
        pass
    for pattern in ("*.ttl", "*.trig", "*.shared"):
        for fragment in cache.dir.glob(pattern):
            fragment.unlink(missing_ok=True)
    write_atomic(path, stamp.encode("utf-8"), durable=False)


def _render_missing(cache: ReportCache, doc_ids: list[str], jobs: int) -> None:
    _drop_stale_fragments(cache)
    missing = [d for d in doc_ids if not cache.fragment_paths(d)[0].exists()]  # the .ttl is written last
    args = (str(cache.dir.parent), cache.fingerprint)
    if jobs <= 1 or len(missing) < 8:
        for d in missing:
            render_fragments(*args, d)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("fork")) as pool:
        for _ in pool.map(render_fragments, *zip(*[(*args, d) for d in missing]),
                          chunksize=max(1, min(32, len(missing) // (jobs * 8)))):
            pass


def _shared_triples(cache: ReportCache, doc_ids: list[str]) -> tuple[list[ox.Triple], int]:
    """Triples about shared entities, each once, in a stable order; and how many triples are the reports' own."""
    seen: set[str] = set()
    own = 0
    for doc_id in doc_ids:
        first, _, rest = cache.fragment_paths(doc_id)[2].read_text(encoding="utf-8").partition("\n")
        own += int(first.removeprefix("# own "))
        seen.update(rest.splitlines(keepends=True))
    return list(ox.parse(input="".join(sorted(seen)).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)), own


def export(cache: ReportCache, doc_ids: list[str], outdir: Path, jobs: int = 1) -> int:
    """Write graph.ttl and graph.trig; returns the number of triples in graph.ttl."""
    _render_missing(cache, doc_ids, jobs)
    header, schemes = _header(), scheme_triples()
    shared, own = _shared_triples(cache, doc_ids)

    def turtle(fh) -> None:
        fh.write(header)
        fh.write(_without_prefixes(ox.serialize(schemes, format=ox.RdfFormat.TURTLE, prefixes=EXPORT_PREFIXES)))
        for doc_id in doc_ids:
            fh.write(cache.fragment_paths(doc_id)[0].read_bytes())
        fh.write(_without_prefixes(ox.serialize(shared, format=ox.RdfFormat.TURTLE, prefixes=EXPORT_PREFIXES)))

    def trig(fh) -> None:
        fh.write(header)
        fh.write(_without_prefixes(ox.serialize(schemes, format=ox.RdfFormat.TRIG, prefixes=EXPORT_PREFIXES)))
        for doc_id in doc_ids:
            fh.write(cache.fragment_paths(doc_id)[1].read_bytes())

    write_atomic(outdir / "graph.ttl", writer=turtle)
    write_atomic(outdir / "graph.trig", writer=trig)
    return len(schemes) + len(shared) + own
