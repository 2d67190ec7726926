"""IRI minting: pure functions from keys to IRIs, never counters.

Building the same input twice gives the same IRIs, so Turtle is byte-identical.
"""
from __future__ import annotations

import hashlib

import pyoxigraph as ox

from kg.config import ID_IRI


def short_hash(*parts: str, length: int = 12) -> str:
    """Stable hex digest of the parts.

    >>> short_hash("a", "b")
    '687d61996b1c'
    """
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


def document_iri(doc_id: str) -> ox.NamedNode:
    return ox.NamedNode(f"{ID_IRI}doc/{doc_id}")


def road_iri(code: str | None, scope: str, name: str = "") -> ox.NamedNode:
    """G roads are national; others are scoped by province code (or report).

    >>> road_iri("G6512", "national").value, road_iri("S311", "430000").value
    ('https://w3id.org/kg-transport/id/road/G6512', 'https://w3id.org/kg-transport/id/road/430000/S311')
    """
    if code and scope == "national":
        return ox.NamedNode(f"{ID_IRI}road/{code}")
    if code:
        return ox.NamedNode(f"{ID_IRI}road/{scope}/{code}")
    return ox.NamedNode(f"{ID_IRI}road/{scope}/name-{short_hash(name)}")


def agency_iri(scope: str, name: str) -> ox.NamedNode:
    return ox.NamedNode(f"{ID_IRI}agency/{scope}/{short_hash(name)}")


def region_iri(code: str) -> ox.NamedNode:
    return ox.NamedNode(f"{ID_IRI}region/{code}")


def entity_iri(kind: str, doc_id: str, key: str) -> ox.NamedNode:
    """Report-scoped entities: projects, fundings, campaigns."""
    return ox.NamedNode(f"{ID_IRI}{kind.lower()}/{doc_id}/{short_hash(key)}")


def mention_iri_text(doc_id: str, start: int, end: int, kind: str) -> str:
    """A mention: the report IRI with an RFC 5147 character range, per entity kind.

    Text rather than a checked ``NamedNode``: a report mints a hundred, all from ids and numbers.
    """
    return f"{ID_IRI}doc/{doc_id}/mention/{kind.lower()}/{start}-{end}"


def sentence_iri_text(doc_id: str, start: int, end: int) -> str:
    """A sentence of a report, by its raw character range (text, as ``mention_iri_text``)."""
    return f"{ID_IRI}doc/{doc_id}/sentence/{start}-{end}"


def assertion_iri_text(doc_id: str, subject: str, predicate: str, obj: str) -> str:
    """A fact as stated in one report: a digest of its written terms (text, as ``mention_iri_text``)."""
    return f"{ID_IRI}doc/{doc_id}/assertion/{short_hash(subject, predicate, obj, length=16)}"
