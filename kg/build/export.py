"""graph.ttl and graph.trig, assembled from per-report fragments.

Serialising a million triples to Turtle is the slow part of an export, and
almost all of a report's triples are its own (its mentions, sentences,
projects, assertions: IRIs under its document). So each report's Turtle is
written once, by pyoxigraph, into a fragment beside its cache (in parallel,
and kept for the next build), and an export concatenates fragments.

A fragment, ``<doc>.frag``, is one file: a header line (``# kg-fragment``,
the count of the report's own triples and the length of their Turtle), the
Turtle of its own triples (for graph.ttl), then the N-Triples of its triples
about shared entities. In graph.trig the report's graph block is both parts,
braced. One file, not one per part: creating a file costs more than writing
it on some disks (0.5 ms here, a fifth of rendering a fragment).

Triples about shared entities (a G road, a provincial department, a region)
are gathered from the fragments, de-duplicated, and written once at the end
of graph.ttl. Fragments depend only on their report's cache, so the output
is byte-identical however and whenever the reports were built.
"""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from kg.config import source_digest
from kg.errors import KgError
from kg.build.cache import Location, read_location
from kg.atomic import write_atomic
from kg.build.cache import ReportCache
from kg.rdf.graphs import EXPORT_PREFIXES, graph_iri, scheme_triples

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


_FRAGMENT_HEADER = b"# kg-fragment "


def render_fragment(fragment: Path, doc_id: str, graph: Location) -> int:
    """Write a report's fragment from its cached graph; returns how many of its triples are its own."""
    triples = [q.triple if isinstance(q, ox.Quad) else q
               for q in ox.parse(input=read_location(graph), format=ox.RdfFormat.N_TRIPLES)]
    own = [t for t in triples if doc_id in t.subject.value]
    turtle = _without_prefixes(ox.serialize(own, format=ox.RdfFormat.TURTLE, prefixes=EXPORT_PREFIXES))
    shared = "".join(sorted(f"{t} .\n" for t in triples if doc_id not in t.subject.value)).encode("utf-8")
    header = _FRAGMENT_HEADER + f"own={len(own)} turtle={len(turtle)}\n".encode("ascii")
    write_atomic(fragment, writer=lambda fh: fh.writelines((header, turtle, shared)), durable=False)
    return len(own)


class _Fragment:
    """A report's fragment, opened: its header read, its parts read on demand."""

    def __init__(self, path: Path):
        self._fh = open(path, "rb")
        header = self._fh.readline()
        try:
            fields = dict(field.split(b"=") for field in header.removeprefix(_FRAGMENT_HEADER).split())
            self.own, self._turtle_size = int(fields[b"own"]), int(fields[b"turtle"])
        except (KeyError, ValueError) as exc:
            self._fh.close()
            raise KgError(f"[E034] {path}: not an export fragment of this version (delete it: the next "
                          f"build renders it again)") from exc
        self._body = len(header)

    def __enter__(self) -> _Fragment:
        return self

    def __exit__(self, *exc) -> None:
        self._fh.close()

    def turtle(self) -> bytes:
        self._fh.seek(self._body)
        return self._fh.read(self._turtle_size)

    def shared(self) -> bytes:
        self._fh.seek(self._body + self._turtle_size)
        return self._fh.read()


def _drop_stale_fragments(cache: ReportCache) -> None:
    """Fragments written by other export code (or another pyoxigraph serialiser) would not match: drop them."""
    stamp = f"{source_digest('build/export.py', 'store/store.py')} pyoxigraph {ox.__version__}"
    path = cache.dir / "fragments.stamp"
    try:
        if path.read_text(encoding="utf-8") == stamp:
            return
    except OSError:
        pass
    for pattern in ("*.frag", "*.ttl", "*.trig", "*.shared"):  # and the three-file fragments of earlier versions
        for fragment in cache.dir.glob(pattern):
            fragment.unlink(missing_ok=True)
    write_atomic(path, stamp.encode("utf-8"), durable=False)


def _render_missing(cache: ReportCache, doc_ids: list[str], jobs: int, workers_started: Callable[[], None]) -> None:
    _drop_stale_fragments(cache)
    missing = [(cache.fragment_path(d), d, cache.location(d)) for d in doc_ids if not cache.fragment_path(d).exists()]
    if jobs <= 1 or len(missing) < 8:
        workers_started()
        for task in missing:
            render_fragment(*task)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("fork")) as pool:
        # a forking pool starts all its workers at the first submission (map submits everything)
        rendered = pool.map(render_fragment, *zip(*missing),
                            chunksize=max(1, min(32, len(missing) // (jobs * 8))))
        workers_started()
        for _ in rendered:
            pass


def _shared_triples(cache: ReportCache, doc_ids: list[str]) -> tuple[list[ox.Triple], int]:
    """Triples about shared entities, each once, in a stable order; and how many triples are the reports' own."""
    seen: set[str] = set()
    own = 0
    for doc_id in doc_ids:
        with _Fragment(cache.fragment_path(doc_id)) as fragment:
            own += fragment.own
            seen.update(fragment.shared().decode("utf-8").splitlines(keepends=True))
    return list(ox.parse(input="".join(sorted(seen)).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)), own


def export(cache: ReportCache, doc_ids: list[str], outdir: Path, jobs: int = 1,
           workers_started: Callable[[], None] = lambda: None) -> int:
    """Write graph.ttl and graph.trig; returns the number of triples in graph.ttl.

    ``workers_started`` is called once the export's worker processes exist
    (at once if it needs none): from then on the caller may start threads
    to work alongside it. Forking while another thread runs can leave the
    child a lock that thread held.
    """
    _render_missing(cache, doc_ids, jobs, workers_started)
    header, schemes = _header(), scheme_triples()
    shared, own = _shared_triples(cache, doc_ids)

    def turtle(fh) -> None:
        fh.write(header)
        fh.write(_without_prefixes(ox.serialize(schemes, format=ox.RdfFormat.TURTLE, prefixes=EXPORT_PREFIXES)))
        for doc_id in doc_ids:
            with _Fragment(cache.fragment_path(doc_id)) as fragment:
                fh.write(fragment.turtle())
        fh.write(_without_prefixes(ox.serialize(shared, format=ox.RdfFormat.TURTLE, prefixes=EXPORT_PREFIXES)))

    def trig(fh) -> None:
        fh.write(header)
        fh.write(_without_prefixes(ox.serialize(schemes, format=ox.RdfFormat.TRIG, prefixes=EXPORT_PREFIXES)))
        for doc_id in doc_ids:  # a TriG graph block holds Turtle statements: the report's Turtle, then its shared triples
            with _Fragment(cache.fragment_path(doc_id)) as fragment:
                fh.writelines((f"{graph_iri(doc_id)} {{\n".encode("utf-8"), fragment.turtle(), fragment.shared(),
                               b"}\n"))

    write_atomic(outdir / "graph.ttl", writer=turtle)
    write_atomic(outdir / "graph.trig", writer=trig)
    return len(schemes) + len(shared) + own
