"""RDF terms as N-Triples text: what the builder emits.

A report's graph is a set of N-Triples lines, written to its cache as
sorted lines and parsed by pyoxigraph for exports and the store, which
checks every term. Building text directly, rather than term objects
that are printed later, is what keeps the builder off the profile:
a report has thousands of triples and every one is touched once.

Literals are written in canonical N-Triples form (RDF 1.1 N-Triples §7).
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from rdflib.namespace import DefinedNamespace

from kg.rdf import vocab
from kg.rdf.vocab import term_names

# canonical N-Triples: \b \t \n \f \r \" \\ as such, other control characters as \\uXXXX
_ESCAPES = {c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F)}
_ESCAPES.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"})
_NEEDS_ESCAPE = re.compile('[\x00-\x1f\x7f"\\\\]')


def _escaped(text: str) -> str:
    """``text`` as the inside of an N-Triples string (translate only when something needs escaping)."""
    return text.translate(_ESCAPES) if _NEEDS_ESCAPE.search(text) else text


class Terms:
    """One vocabulary of :mod:`kg.rdf.vocab`, each term spelt once as N-Triples.

    ``KGO.Road`` / ``KGO["onRoad"]`` -> ``<https://w3id.org/kg-transport/ontology#Road>``.
    The terms are those the vocabulary defines (a misspelt one raises); they are written
    here once, at import, so the builder reads plain attributes.
    """

    def __init__(self, vocabulary: type[DefinedNamespace]):
        self._name, base = vocabulary.__name__, str(vocabulary)
        self._terms = {name: iri(base + name) for name in term_names(vocabulary)}
        self.__dict__.update(self._terms)

    def __getattr__(self, name: str) -> str:  # only reached for a name the vocabulary lacks
        raise AttributeError(f"{name!r} is not a term of {self._name}")

    def __getitem__(self, name: str) -> str:
        try:
            return self._terms[name]
        except KeyError:
            raise KeyError(f"{name!r} is not a term of {self._name}") from None


def iri(value: str) -> str:
    """An IRI as N-Triples (minted IRIs only: no spaces, quotes or angle brackets)."""
    return f"<{value}>"


KGO, OA, ORG, SCHEMA, NIF, PROV, RDF, RDFS, SKOS, DCTERMS, XSD = (
    Terms(v) for v in (vocab.KGO, vocab.OA, vocab.ORG, vocab.SCHEMA, vocab.NIF, vocab.PROV, vocab.RDF, vocab.RDFS,
                       vocab.SKOS, vocab.DCTERMS, vocab.XSD))

CLASS = {name: KGO[name] for name in ("Agency", "Region", "Road", "Project", "Funding", "Campaign")}
STATUS = {"completed": KGO.Completed, "in_progress": KGO.InProgress, "planned": KGO.Planned,
          "unknown": KGO.UnknownStatus}
_NON_NEGATIVE, _DECIMAL, _BOOLEAN, _GYEAR = XSD.nonNegativeInteger, XSD.decimal, XSD.boolean, XSD.gYear


def concept(scheme: str, notation: str) -> str:
    """IRI of a SKOS concept in one of the project's schemes (``kgo:level-expressway``)."""
    return KGO[f"{scheme}-{notation}"]


def plain(text: str) -> str:
    r"""A plain string literal.

    >>> plain('说"治超"\n')
    '"说\\"治超\\"\\n"'
    """
    return f'"{_escaped(text)}"'


def zh(text: str) -> str:
    return f'"{_escaped(text)}"@zh'


def typed(lexical: str, datatype: str) -> str:
    """A literal of the given datatype (an N-Triples IRI)."""
    return f'"{_escaped(lexical)}"^^{datatype}'


def integer(n: int) -> str:
    return f'"{int(n)}"^^{_NON_NEGATIVE}'


@lru_cache(maxsize=1024)  # confidences and common amounts repeat
def decimal(value: Decimal | float | str) -> str:
    """An xsd:decimal in plain notation (never an exponent).

    >>> decimal(Decimal("6.3E+9")), decimal(Decimal("0.0436"))
    ('"6300000000"^^<http://www.w3.org/2001/XMLSchema#decimal>', '"0.0436"^^<http://www.w3.org/2001/XMLSchema#decimal>')
    """
    return f'"{format(Decimal(str(value)), "f")}"^^{_DECIMAL}'


def boolean(value: bool) -> str:
    return f'"{"true" if value else "false"}"^^{_BOOLEAN}'


def gyear(year: int) -> str:
    return f'"{int(year)}"^^{_GYEAR}'
