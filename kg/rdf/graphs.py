"""The named graphs of a build and the concept-scheme triples every export carries.

Shared by the exports, the store and ``kg push``, so all three name a report's graph the same way.
"""
from __future__ import annotations

import pyoxigraph as ox

from kg.config import ID_IRI, ONTOLOGY_DIR
from kg.rdf.vocab import PREFIX_MAP

SCHEMES_GRAPH = ox.NamedNode(ID_IRI + "graph/schemes")
EXPORT_PREFIXES = {k: v for k, v in PREFIX_MAP.items() if k != "kg"}


def graph_iri(doc_id: str) -> ox.NamedNode:
    """The named graph of one report in TriG exports and the persistent store."""
    return ox.NamedNode(f"{ID_IRI}doc/{doc_id}/graph")


def scheme_triples() -> list[ox.Triple]:
    """The SKOS concept schemes the data points at (levels, kinds, statuses), shipped with every export."""
    triples = [q.triple if isinstance(q, ox.Quad) else q
               for q in ox.parse(path=str(ONTOLOGY_DIR / "schemes.ttl"), format=ox.RdfFormat.TURTLE)]
    return sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
