"""Every namespace the project uses, in one table; other modules never spell a namespace IRI.

``NAMESPACES`` is the table; the rdflib ``Namespace`` objects here serve rdflib
users (tests, validation), ``kg.rdf.terms`` builds pyoxigraph terms from the same table.
"""
from __future__ import annotations

from rdflib import Namespace

from kg.config import ID_IRI, ONTOLOGY_IRI

NAMESPACES = {
    "kgo": ONTOLOGY_IRI,
    "kg": ID_IRI,
    "oa": "http://www.w3.org/ns/oa#",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "sh": "http://www.w3.org/ns/shacl#",
}

#: prefix -> namespace IRI, for SPARQL queries and exports (``sh`` only validates).
PREFIX_MAP = {prefix: iri for prefix, iri in NAMESPACES.items() if prefix != "sh"}
PREFIXES = {prefix: Namespace(iri) for prefix, iri in NAMESPACES.items() if prefix != "sh"}
KGO, KG, OA, ORG, SCHEMA, NIF = (PREFIXES[p] for p in ("kgo", "kg", "oa", "org", "schema", "nif"))


def bind_prefixes(graph) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
