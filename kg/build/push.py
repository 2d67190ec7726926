"""``kg push``: load a build into any SPARQL 1.1 store through the Graph Store HTTP Protocol.

Each report goes to its own named graph with ``PUT`` (which replaces the graph),
so pushing again is idempotent: nothing is duplicated, changed reports replace
their graph. The concept schemes go to their own graph too.

ENDPOINT is the store's Graph Store Protocol URL, e.g. Oxigraph ``http://host:7878/store``,
Fuseki ``http://host:3030/ds/data``, GraphDB ``http://host:7200/repositories/REPO/rdf-graphs/service``,
Virtuoso ``http://host:8890/sparql-graph-crud-auth``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import httpx
import pyoxigraph as ox

from kg.build.cache import ReportCache
from kg.errors import KgError
from kg.rdf.graphs import SCHEMES_GRAPH, graph_iri, scheme_triples


@dataclass
class PushSummary:
    graphs: int = 0
    triples: int = 0


def _auth(auth: str | None):
    """``user:password`` (basic), ``digest:user:password`` (Virtuoso) or ``bearer:TOKEN``.

    >>> _auth("bearer:abc")[1]
    {'Authorization': 'Bearer abc'}
    """
    if not auth:
        return None, {}
    kind, _, rest = auth.partition(":")
    if kind == "bearer":
        return None, {"Authorization": f"Bearer {rest}"}
    if kind == "digest":
        user, _, password = rest.partition(":")
        return httpx.DigestAuth(user, password), {}
    return httpx.BasicAuth(kind, rest), {}


def push(outdir: Path, endpoint: str, *, auth: str | None = None, timeout: float = 120.0) -> PushSummary:
    """PUT every report graph of the build in ``outdir`` (and the schemes) to ``endpoint``."""
    cache = ReportCache(outdir)
    doc_ids = cache.doc_ids()
    if not doc_ids:
        raise KgError(f"[E030] {outdir}: no build to push (run `kg build -o {outdir}` first)")
    basic, headers = _auth(auth)
    summary = PushSummary()
    schemes = ox.serialize(scheme_triples(), format=ox.RdfFormat.N_TRIPLES)
    assert schemes is not None  # serialize returns the bytes when given no output
    bodies: list[tuple[str, Callable[[], bytes]]] = [(SCHEMES_GRAPH.value, lambda: schemes)]
    bodies += [(graph_iri(d).value, partial(cache.graph, d)) for d in doc_ids]
    with httpx.Client(auth=basic, headers=headers, timeout=timeout) as client:
        for graph, body in bodies:
            data = body()
            try:
                r = client.put(endpoint, params={"graph": graph}, content=data,
                               headers={"Content-Type": "text/turtle"})  # N-Triples is Turtle; every store reads it
            except httpx.HTTPError as exc:
                raise KgError(f"[E031] {endpoint}: cannot reach the store: {exc}") from exc
            if r.status_code not in (200, 201, 204):
                raise KgError(f"[E032] {endpoint}: PUT graph {graph} answered {r.status_code}: {r.text[:300]}")
            summary.graphs += 1
            summary.triples += data.count(b"\n")
    return summary
