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
braced. One file, not one per part: on some disks creating a file costs more
than writing it.

Triples about shared entities (a G road, a provincial department, a region)
are gathered from the fragments, de-duplicated, and written once at the end
of graph.ttl. Fragments depend only on their report's cache, so the output
is byte-identical however and whenever the reports were built.
"""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from itertools import repeat
from multiprocessing import get_context
from pathlib import Path

import pyoxigraph as ox

from kg.atomic import StagedFiles, write_atomic
from kg.build.cache import ReportCache
from kg.config import source_digest
from kg.errors import KgError
from kg.rdf.graphs import EXPORT_PREFIXES, graph_iri, parse_triples, scheme_triples

_PREFIX_LINES = len(EXPORT_PREFIXES)


def _without_prefixes(data: bytes) -> bytes:
    """A serialisation's body, to join with others under one prefix block.

    pyoxigraph writes one ``@prefix`` line per declared prefix first; without the prefixes
    it would write every IRI in full, and the exports would not be the Turtle they are.
    """
    if not data:
        return b""
    parts = data.split(b"\n", _PREFIX_LINES)
    if len(parts) <= _PREFIX_LINES or not all(p.startswith(b"@prefix ") for p in parts[:_PREFIX_LINES]):
        raise KgError(f"[E036] pyoxigraph {ox.__version__} did not open its Turtle with the "
                      f"{_PREFIX_LINES} @prefix lines the export expects")
    return parts[_PREFIX_LINES]


def _serialize(triples: list[ox.Triple], format: ox.RdfFormat = ox.RdfFormat.TURTLE) -> bytes:
    """The triples in Turtle (or TriG) with the export's prefixes."""
    return ox.serialize(triples, format=format, prefixes=EXPORT_PREFIXES) or b""


def _is_own(triple: ox.Triple, doc_id: str) -> bool:
    """A triple about one of the report's own nodes (their IRIs hold its id), not about a shared entity."""
    return not isinstance(triple.subject, ox.Triple) and doc_id in triple.subject.value


def _header() -> bytes:
    sample = _serialize([scheme_triples()[0]])
    return b"\n".join(sample.split(b"\n", _PREFIX_LINES)[:_PREFIX_LINES]) + b"\n"


_FRAGMENT_HEADER = b"# kg-fragment "


def render_fragment(cache: ReportCache, doc_id: str) -> int:
    """Write a report's fragment from its cached graph; returns how many of its triples are its own."""
    triples = list(parse_triples(cache.graph(doc_id)))
    own = [t for t in triples if _is_own(t, doc_id)]
    turtle = _without_prefixes(_serialize(own))
    shared = "".join(sorted(f"{t} .\n" for t in triples if not _is_own(t, doc_id))).encode("utf-8")
    header = _FRAGMENT_HEADER + f"own={len(own)} turtle={len(turtle)}\n".encode("ascii")
    write_atomic(cache.fragment_path(doc_id), writer=lambda fh: fh.writelines((header, turtle, shared)), durable=False)
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


def _render_missing(cache: ReportCache, doc_ids: list[str], jobs: int) -> None:
    _drop_stale_fragments(cache)
    missing = [d for d in doc_ids if not cache.fragment_path(d).exists()]
    if jobs <= 1 or len(missing) < 8:
        for doc_id in missing:
            render_fragment(cache, doc_id)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("fork")) as pool:
        for _ in pool.map(render_fragment, repeat(cache), missing, chunksize=max(1, min(32, len(missing) // (jobs * 8)))):
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


def export(cache: ReportCache, doc_ids: list[str], outdir: Path, jobs: int = 1, staged: StagedFiles | None = None) -> int:
    """Write graph.ttl and graph.trig (each atomically, or into ``staged``, which the build puts in place with
    its other outputs); returns the number of triples in graph.ttl (rendering missing fragments in ``jobs``
    processes)."""
    _render_missing(cache, doc_ids, jobs)
    header, schemes = _header(), scheme_triples()
    shared, own = _shared_triples(cache, doc_ids)

    def turtle(fh) -> None:
        fh.write(header)
        fh.write(_without_prefixes(_serialize(schemes)))
        for doc_id in doc_ids:
            with _Fragment(cache.fragment_path(doc_id)) as fragment:
                fh.write(fragment.turtle())
        fh.write(_without_prefixes(_serialize(shared)))

    def trig(fh) -> None:
        fh.write(header)
        fh.write(_without_prefixes(_serialize(schemes, ox.RdfFormat.TRIG)))
        for doc_id in doc_ids:  # a TriG graph block holds Turtle statements: the report's Turtle, then its shared triples
            with _Fragment(cache.fragment_path(doc_id)) as fragment:
                fh.writelines((f"{graph_iri(doc_id)} {{\n".encode(), fragment.turtle(), fragment.shared(),
                               b"}\n"))

    write = staged.write if staged is not None else write_atomic
    write(outdir / "graph.ttl", writer=turtle)
    write(outdir / "graph.trig", writer=trig)
    return len(schemes) + len(shared) + own
