"""Where the triples go: an rdflib Dataset, one named graph per report; exports.

Outputs are written atomically (a temporary file in the same folder, then
``os.replace``), so a crash never leaves a half-written ``graph.ttl``.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable

from rdflib import Dataset, Graph, URIRef

from .config import ONTOLOGY_DIR
from .pipeline import DocumentResult
from .rdf.to_rdf import triples_sorted
from .rdf.vocab import bind_prefixes
from .resolve import ids


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual permissions
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def reference_triples() -> Graph:
    """The SKOS concept schemes the data points at (levels, kinds, statuses), shipped with every export
    so that tools show their labels and queries can read their notations."""
    g = Graph()
    g.parse(ONTOLOGY_DIR / "schemes.ttl", format="turtle")
    return g


def default_graph(results: Iterable[DocumentResult]) -> Graph:
    """Every fact of every report in one graph (the Turtle export), with the concept schemes."""
    graph = Graph()
    bind_prefixes(graph)
    for triple in reference_triples():
        graph.add(triple)
    for result in results:
        for triple in triples_sorted(result.triples):
            graph.add(triple)
    return graph


def dataset(results: Iterable[DocumentResult]) -> Dataset:
    """One named graph per report, named by the report's IRI (the TriG export)."""
    ds = Dataset()
    bind_prefixes(ds)
    for triple in reference_triples():
        ds.default_graph.add(triple)
    for result in results:
        g = ds.graph(URIRef(str(ids.document_iri(result.report.doc_id)) + "/graph"))
        for triple in triples_sorted(result.triples):
            g.add(triple)
    return ds


def serialize(graph: Graph | Dataset, fmt: str) -> bytes:
    data = graph.serialize(format=fmt, encoding="utf-8")
    return data if isinstance(data, bytes) else data.encode("utf-8")


def load_graph(path: Path) -> Dataset:
    """Read a built graph (.ttl or .trig) for querying; the default graph is the union."""
    ds = Dataset(default_union=True)
    fmt = "trig" if Path(path).suffix == ".trig" else "turtle"
    ds.parse(path, format=fmt)
    return ds
