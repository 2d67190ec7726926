"""The named graphs of a build and the concept-scheme triples every export carries.

Shared by the exports, the store and ``kg push``, so all three name a report's graph the same way.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.config import ID_IRI, ONTOLOGY_DIR
from kg.rdf.vocab import KGO, PREFIX_MAP, RDF

#: The classes a build counts (the terminal's and build-report.json's entities per class).
ENTITY_CLASSES = ("Agency", "Campaign", "Funding", "Project", "RedactedAmount", "Road")
_TYPED = f"> <{RDF.type}> <{KGO}".encode()
_WANTED = {name.encode(): name for name in ENTITY_CLASSES}

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


def typed_entities(data: bytes) -> Iterator[tuple[str, bytes]]:
    """(class, subject) of each entity typed in one report's graph (sorted N-Triples, as cached).

    A byte search for the type statements, not a parse: a report's graph has a few dozen of them
    among thousands of lines. The subject is kept as written (``<iri>``).

    >>> list(typed_entities(b'<http://a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
    ...                     b'<https://w3id.org/kg-transport/ontology#Road> .\\n'))
    [('Road', b'<http://a>')]
    """
    pos = data.find(_TYPED)
    while pos >= 0:
        end = data.find(b">", pos + len(_TYPED))
        name = _WANTED.get(data[pos + len(_TYPED):end])
        if name is not None:
            yield name, data[data.rfind(b"\n", 0, pos) + 1:pos + 1]
        pos = data.find(_TYPED, end)


def entity_counts(graphs: Iterable[bytes]) -> dict[str, int]:
    """Entities per class in the union of report graphs: what graph.ttl holds.

    Counted by IRI, so an entity several reports name (a G road, a provincial department) counts once,
    and every typed node counts, issuers inferred from a report's context included. A build reads the
    same count from its cache (``ReportCache.entity_counts``), which keeps each report's typed entities.

    >>> entity_counts([b'<http://a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
    ...                b'<https://w3id.org/kg-transport/ontology#Road> .\\n'] * 2)
    {'Road': 1}
    """
    seen: dict[str, set[bytes]] = {name: set() for name in ENTITY_CLASSES}
    for data in graphs:
        for name, node in typed_entities(data):
            seen[name].add(node)
    return {name: len(nodes) for name, nodes in seen.items() if nodes}
