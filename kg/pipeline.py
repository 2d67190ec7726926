"""The order of the stages, top to bottom: a report file in, its triples out.

    ingest -> clean -> structure -> nlp (spaCy components) -> relations
           -> resolve (context, identities) -> rdf (triples with provenance)
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from . import clean as clean_stage
from . import ingest, structure as structure_stage
from .extract.relations import find_links
from .model import EntityType, Link, Mention, Report
from .nlp import mentions
from .rdf.to_rdf import DocumentGraphBuilder, Triple, is_redacted
from .resolve.context import report_context
from .resolve.entities import Entity, resolve_entities

#: Attributes a project has once: the first (most confident) statement wins.
FUNCTIONAL = ("lengthKm", "status", "startYear", "endYear")


@dataclass(frozen=True)
class DocumentResult:
    """One report's graph and what was found in it."""

    report: Report
    triples: frozenset[Triple]
    counts: dict[str, int]


def _functional(links: list[Link], entity_of) -> list[Link]:
    seen: set[tuple[str, str]] = set()
    out = []
    for link in links:
        if link.predicate in FUNCTIONAL:
            key = (str(entity_of(link.subject).iri), link.predicate)
            if key in seen:
                continue
            seen.add(key)
        out.append(link)
    return out


def build_document(path: Path, nlp: Language, *, min_confidence: float = 0.0,
                   abbreviations: dict[str, str] | None = None) -> DocumentResult:
    """Run every stage on one report file."""
    report = ingest.read(path)
    clean = clean_stage.clean(report.raw)
    structure = structure_stage.analyse(clean.text)
    doc = nlp(clean.text)
    found = {kind: [m for m in mentions(doc, kind) if m.confidence >= min_confidence] for kind in EntityType}
    ctx = report_context(clean.text, structure, mentions(doc))
    links = [lk for lk in find_links(clean.text, structure, found, doc.user_data.get("kg_measures", []))
             if lk.confidence >= min_confidence]
    by_mention = resolve_entities(report.doc_id, ctx, {k: v for k, v in found.items() if k is not EntityType.REGION},
                                  abbreviations)

    def entity_of(m) -> Entity:
        return by_mention[(m.kind, m.start, m.end)]

    builder = DocumentGraphBuilder(report, clean, structure, ctx)
    issuer = next((e for e in by_mention.values() if e.kind is EntityType.AGENCY and e.label == ctx.issuer_name), None)
    if issuer is None:
        span = ctx.issuer_span or structure.title_span
        synthetic = Mention(EntityType.AGENCY, span[0], span[1], clean.text[span[0]:span[1]], name=ctx.issuer_name,
                            rule="context.issuer_inferred", confidence=0.6)
        issuer = resolve_entities(report.doc_id, ctx, {EntityType.AGENCY: [synthetic]})[(EntityType.AGENCY, span[0], span[1])]
        builder.entity(issuer)
    builder.document(issuer)
    entities = {id(e): e for e in by_mention.values()}
    for ent in entities.values():
        builder.entity(ent)
    for link in _functional(links, entity_of):
        subject = entity_of(link.subject)
        target = entity_of(link.target) if link.target is not None else None
        if target is subject:
            continue
        builder.link(link, subject, target)
    counts: dict[str, int] = {}
    for ent in entities.values():
        name = "RedactedAmount" if is_redacted(ent) else ent.kind.value
        counts[name] = counts.get(name, 0) + 1
    return DocumentResult(report=report, triples=frozenset(builder.triples), counts=counts)
