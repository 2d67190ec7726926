"""The vocabulary: ``KGO`` against the ontology both ways, closed namespaces, one prefix table."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from kg.config import ONTOLOGY_DIR, ONTOLOGY_IRI
from kg.rdf import terms, vocab


def _ontology_terms() -> set[str]:
    g = Graph()
    for name in ("kgo.ttl", "schemes.ttl"):
        g.parse(ONTOLOGY_DIR / name, format="turtle")
    return {str(s)[len(ONTOLOGY_IRI):] for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(ONTOLOGY_IRI)
            and str(s) != ONTOLOGY_IRI}


def test_kgo_lists_exactly_the_ontology_terms():
    declared, defined = set(vocab.term_names(vocab.KGO)), _ontology_terms()
    assert not defined - declared, f"in the ontology, missing from vocab.KGO: {sorted(defined - declared)}"
    assert not declared - defined, f"in vocab.KGO, missing from the ontology: {sorted(declared - defined)}"


@pytest.mark.parametrize("namespace", [vocab.KGO, vocab.OA, vocab.NIF, terms.KGO, terms.OA, terms.NIF])
def test_a_misspelt_term_raises(namespace):
    with pytest.raises(AttributeError):
        _ = namespace.hasMentoin if namespace in (vocab.KGO, terms.KGO) else namespace.Sentense
    with pytest.raises((AttributeError, KeyError)):
        _ = namespace["no-such-term"]


def test_ntriples_terms_are_the_vocabulary_terms():
    assert terms.KGO.onRoad == f"<{vocab.KGO.onRoad}>"
    assert terms.KGO["level-expressway"] == f"<{ONTOLOGY_IRI}level-expressway>"
    assert terms.concept("funding", "subsidy") == f"<{vocab.KGO['funding-subsidy']}>"
    assert terms.OA.hasSelector == "<http://www.w3.org/ns/oa#hasSelector>"
    assert terms.ORG.subOrganizationOf == f"<{vocab.ORG.subOrganizationOf}>"


def test_prefixes_come_from_the_vocabularies():
    assert vocab.PREFIX_MAP["kgo"] == ONTOLOGY_IRI == str(vocab.KGO)
    assert vocab.NAMESPACES["sh"] == "http://www.w3.org/ns/shacl#" and "sh" not in vocab.PREFIX_MAP
    # the export's @prefix lines follow this order: graph.ttl's digest depends on it
    assert list(vocab.PREFIX_MAP) == ["kgo", "kg", "oa", "org", "schema", "prov", "skos", "dcterms", "rdfs", "rdf",
                                      "xsd", "owl", "nif"]


@pytest.mark.parametrize("iri, short", [
    ("https://w3id.org/kg-transport/ontology#Road", "kgo:Road"),
    ("http://www.w3.org/2000/01/rdf-schema#label", "rdfs:label"),
    ("https://w3id.org/kg-transport/id/road/G6512", "https://w3id.org/kg-transport/id/road/G6512"),
    ("https://example.org/x", "https://example.org/x"),
])
def test_shorten(iri, short):
    assert vocab.shorten(iri) == short
