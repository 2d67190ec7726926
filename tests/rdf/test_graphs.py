"""What a build says it holds is what its graph holds: the entities per class, counted by IRI."""
from __future__ import annotations

from collections import Counter

import pytest
from rdflib import RDF, Graph

from kg.config import ONTOLOGY_IRI
from kg.rdf.graphs import ENTITY_CLASSES, entity_counts

TYPE = f"<{RDF.type}>"


def _typed(node: str, cls: str) -> bytes:
    return f"<{node}> {TYPE} <{ONTOLOGY_IRI}{cls}> .\n".encode()


def test_an_entity_two_reports_name_counts_once():
    road, agency = "https://w3id.org/kg-transport/id/road/G60", "https://w3id.org/kg-transport/id/agency/cn/1"
    first = _typed(road, "Road") + _typed(agency, "Agency") + _typed("urn:m", "Mention")
    second = _typed(road, "Road") + _typed("https://w3id.org/kg-transport/id/agency/doc-b/2", "Agency")
    assert entity_counts([first, second]) == {"Agency": 2, "Road": 1}


@pytest.mark.slow
def test_the_build_prints_the_graphs_own_counts(sample_build):
    """Summed per report, a shared agency counted twice and an inferred issuer not at all."""
    outdir, summary = sample_build
    g = Graph().parse(outdir / "graph.ttl", format="turtle")
    in_graph = Counter({c: len(set(g.subjects(RDF.type, g.namespace_manager.expand_curie(f"kgo:{c}"))))
                        for c in ENTITY_CLASSES})
    assert summary.entities == +in_graph
    assert all(f"  {c:<9} {n}" in summary.lines() for c, n in in_graph.items())
