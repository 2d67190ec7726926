"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pyshacl)."""
from __future__ import annotations

from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph

from ..config import ONTOLOGY_DIR


def load_ontology() -> Graph:
    g = Graph()
    for name in ("kgo.ttl", "schemes.ttl"):
        g.parse(ONTOLOGY_DIR / name, format="turtle")
    return g


def validate_graph(data: Graph) -> tuple[bool, str]:
    """Validate ``data``; returns (conforms, report text)."""
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    conforms, _, text = shacl_validate(data, shacl_graph=shapes, ont_graph=load_ontology(),
                                       inference="none", advanced=True, allow_warnings=True)
    return bool(conforms), str(text)


def validate_file(path: Path) -> tuple[bool, str]:
    g = Graph()
    g.parse(path, format="trig" if Path(path).suffix == ".trig" else "turtle")
    return validate_graph(g)
