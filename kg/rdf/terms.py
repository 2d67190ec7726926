"""RDF terms as pyoxigraph values: what the builder emits.

pyoxigraph terms are immutable, hashable and print as N-Triples, so a
report's graph is a set of them and its cache a sorted list of lines.
"""
from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox

from .vocab import NAMESPACES


class Namespace:
    """``KGO.Road`` / ``KGO["onRoad"]`` -> ``ox.NamedNode``."""

    def __init__(self, base: str):
        self.base = base

    def __getattr__(self, name: str) -> ox.NamedNode:
        if name.startswith("__"):
            raise AttributeError(name)
        return ox.NamedNode(self.base + name)

    def __getitem__(self, name: str) -> ox.NamedNode:
        return ox.NamedNode(self.base + name)


KGO, KG, OA, ORG, SCHEMA, NIF, PROV, RDF, RDFS, SKOS, DCTERMS, XSD = (
    Namespace(NAMESPACES[p]) for p in ("kgo", "kg", "oa", "org", "schema", "nif", "prov", "rdf", "rdfs", "skos",
                                       "dcterms", "xsd"))

CLASS = {name: KGO[name] for name in ("Agency", "Region", "Road", "Project", "Funding", "Campaign")}
STATUS = {"completed": KGO.Completed, "in_progress": KGO.InProgress, "planned": KGO.Planned,
          "unknown": KGO.UnknownStatus}


def concept(scheme: str, notation: str) -> ox.NamedNode:
    """IRI of a SKOS concept in one of the project's schemes (``kgo:level-expressway``)."""
    return KGO[f"{scheme}-{notation}"]


def zh(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh")


def plain(text: str) -> ox.Literal:
    return ox.Literal(text)


def integer(n: int) -> ox.Literal:
    return ox.Literal(str(int(n)), datatype=XSD.nonNegativeInteger)


def decimal(value: Decimal | float | str) -> ox.Literal:
    """An xsd:decimal in plain notation (never an exponent).

    >>> str(decimal(Decimal("6.3E+9"))), str(decimal(Decimal("0.0436")))
    ('"6300000000"^^<http://www.w3.org/2001/XMLSchema#decimal>', '"0.0436"^^<http://www.w3.org/2001/XMLSchema#decimal>')
    """
    return ox.Literal(format(Decimal(str(value)), "f"), datatype=XSD.decimal)


def boolean(value: bool) -> ox.Literal:
    return ox.Literal("true" if value else "false", datatype=XSD.boolean)


def gyear(year: int) -> ox.Literal:
    return ox.Literal(str(int(year)), datatype=XSD.gYear)
