"""The named graphs of a build and the concept-scheme triples every export carries.

Shared by the exports, the store and ``kg push``, so all three name a report's graph the same way.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.config import ID_IRI, ONTOLOGY_DIR
from kg.rdf.vocab import PREFIX_MAP

SCHEMES_GRAPH = ox.NamedNode(ID_IRI + "graph/schemes")
EXPORT_PREFIXES = {k: v for k, v in PREFIX_MAP.items() if k != "kg"}


def graph_iri(doc_id: str) -> ox.NamedNode:
    """The named graph of one report in TriG exports and the persistent store."""
    return ox.NamedNode(f"{ID_IRI}doc/{doc_id}/graph")


def parse_triples(data: bytes | None = None, *, path: Path | None = None,
                  format: ox.RdfFormat = ox.RdfFormat.N_TRIPLES) -> Iterator[ox.Triple]:
    """The triples of an N-Triples (or Turtle) document: ``data``, or the file at ``path``.

    pyoxigraph's parser yields quads (in the default graph) for every format; the exports, the
    store and the cache want the triples.

    >>> [str(t) for t in parse_triples(b"<http://a> <http://b> <http://c> .")]
    ['<http://a> <http://b> <http://c>']
    """
    quads = ox.parse(path=str(path), format=format) if path is not None else ox.parse(input=data, format=format)
    for quad in quads:
        yield quad.triple


def scheme_triples() -> list[ox.Triple]:
    """The SKOS concept schemes the data points at (levels, kinds, statuses), shipped with every export."""
    triples = parse_triples(path=ONTOLOGY_DIR / "schemes.ttl", format=ox.RdfFormat.TURTLE)
    return sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
