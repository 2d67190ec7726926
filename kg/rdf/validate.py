"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pyshacl)."""
from __future__ import annotations

from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph

from kg.config import ONTOLOGY_DIR


def load_ontology() -> Graph:
    g = Graph()
    for name in ("kgo.ttl", "schemes.ttl"):
        g.parse(ONTOLOGY_DIR / name, format="turtle")
    return g


def validate_graph(data: Graph) -> tuple[bool, str]:
    """Validate ``data``; returns (conforms, report text)."""
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    # the concept schemes are reference data the shapes check class membership against
    combined = Graph()
    for triple in data:
        combined.add(triple)
    for triple in load_ontology():
        combined.add(triple)
    conforms, _, text = shacl_validate(combined, shacl_graph=shapes, inference="none", advanced=True,
                                       allow_warnings=True)
    return bool(conforms), str(text)


def validate_file(path: Path) -> tuple[bool, str]:
    g = Graph()
    g.parse(path, format="trig" if Path(path).suffix == ".trig" else "turtle")
    return validate_graph(g)
