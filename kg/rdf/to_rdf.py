"""Entities, links and provenance of one report -> triples of its named graph.

Facts are plain triples (``?project kgo:onRoad ?road``). Each one is also
described by a ``kgo:Assertion`` (an ``rdf:Statement``) carrying the rule,
the confidence and the mention it was read from (a fact no span states, an
inferred issuer, is derived from the report itself); each mention is an
``oa:SpecificResource`` with a ``oa:TextPositionSelector`` (raw-text offsets)
and a ``oa:TextQuoteSelector``, inside a ``nif:Sentence``. No blank nodes:
every node has an IRI minted from keys, so output is deterministic.

Triples are N-Triples text (``terms``): subject, predicate and object are
already-written terms, and a report's graph is the sorted set of its lines.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from kg.config import QUOTE_CONTEXT
from kg.model import CleanText, EntityType, Link, Mention, ProjectStatus, Report, ReportContext, Structure
from kg.rdf.terms import (
    CLASS,
    DCTERMS,
    KGO,
    NIF,
    OA,
    ORG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    STATUS,
    boolean,
    concept,
    decimal,
    gyear,
    integer,
    plain,
    typed,
    zh,
)
from kg.reference.gazetteer import gazetteer
from kg.resolve import ids
from kg.resolve.entities import Entity

T = TypeVar("T")
_A = RDF.type
# the parts of a mention's lines (``DocumentGraphBuilder.mention``)
_MENTION_TYPE, _SPECIFIC_RESOURCE_TYPE = f" {_A} {KGO.Mention} .\n", f" {_A} {OA.SpecificResource} .\n"
_POSITION_TYPE, _QUOTE_TYPE = f" {_A} {OA.TextPositionSelector} .\n", f" {_A} {OA.TextQuoteSelector} .\n"
_HAS_SOURCE, _HAS_SELECTOR, _START, _END = OA.hasSource, OA.hasSelector, OA.start, OA.end
_EXACT, _PREFIX, _SUFFIX = OA.exact, OA.prefix, OA.suffix
_RULE, _CONFIDENCE, _IN_SENTENCE = KGO.rule, KGO.confidence, KGO.inSentence


class DocumentGraphBuilder:
    """Collects the triples of one report's graph."""

    def __init__(self, report: Report, clean: CleanText, structure: Structure, ctx: ReportContext):
        self.report, self.clean, self.structure, self.ctx = report, clean, structure, ctx
        self.doc_id = report.doc_id
        self.doc = str(ids.document_iri(self.doc_id))
        self.lines: set[str] = set()
        self._mentions: dict[tuple, str] = {}
        self._sentences: dict[tuple[int, int], str] = {}

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.add(f"{s} {p} {o} .\n")

    # ------------------------------------------------------------- provenance
    def mention(self, m: Mention) -> str:
        key = (m.kind, m.start, m.end)
        node = self._mentions.get(key)
        if node is not None:  # a mention is evidence of its entity and of each of its links
            return node
        raw_start, raw_end = self.clean.raw_span(m.start, m.end)
        value = ids.mention_iri_text(self.doc_id, raw_start, raw_end, m.kind.value)
        node = self._mentions[key] = f"<{value}>"
        pos, quote = f"<{value}/position>", f"<{value}/quote>"
        raw = self.clean.raw
        # fifteen lines per mention, a hundred mentions per report: the fixed parts are made once, at import
        self.lines.update((
            node + _MENTION_TYPE, node + _SPECIFIC_RESOURCE_TYPE, f"{node} {_HAS_SOURCE} {self.doc} .\n",
            f"{node} {_HAS_SELECTOR} {pos} .\n", f"{node} {_HAS_SELECTOR} {quote} .\n",
            pos + _POSITION_TYPE, f"{pos} {_START} {integer(raw_start)} .\n", f"{pos} {_END} {integer(raw_end)} .\n",
            quote + _QUOTE_TYPE, f"{quote} {_EXACT} {plain(raw[raw_start:raw_end])} .\n",
            f"{quote} {_PREFIX} {plain(raw[max(0, raw_start - QUOTE_CONTEXT):raw_start])} .\n",
            f"{quote} {_SUFFIX} {plain(raw[raw_end:raw_end + QUOTE_CONTEXT])} .\n",
            f"{node} {_RULE} {plain(m.rule)} .\n", f"{node} {_CONFIDENCE} {decimal(m.confidence)} .\n",
            f"{node} {_IN_SENTENCE} {self.sentence(m.start)} .\n",
        ))
        return node

    def sentence(self, pos: int) -> str:
        span = self.structure.sentence_at(pos)
        node = self._sentences.get(span)
        if node is None:
            raw_start, raw_end = self.clean.raw_span(*span)
            node = self._sentences[span] = f"<{ids.sentence_iri_text(self.doc_id, raw_start, raw_end)}>"
            self.add(node, _A, NIF.Sentence)
            self.add(node, NIF.isString, plain(self.clean.raw[raw_start:raw_end].strip()))
            self.add(node, NIF.beginIndex, integer(raw_start))
            self.add(node, NIF.endIndex, integer(raw_end))
            self.add(node, NIF.referenceContext, self.doc)
        return node

    def assertion(self, s: str, p: str, o: str, rule: str, confidence: float, evidence: Iterable[str]) -> str:
        node = f"<{ids.assertion_iri_text(self.doc_id, s, p, o)}>"
        self.add(node, RDF.type, KGO.Assertion)
        self.add(node, RDF.subject, s)
        self.add(node, RDF.predicate, p)
        self.add(node, RDF.object, o)
        self.add(node, KGO.rule, plain(rule))
        self.add(node, KGO.confidence, decimal(confidence))
        for e in evidence:
            self.add(node, PROV.wasDerivedFrom, e)
        return node

    # ------------------------------------------------------------- the report
    def document(self, issuer: Entity | None) -> None:
        d = self.doc
        self.add(d, RDF.type, KGO.Document)
        self.add(d, RDF.type, PROV.Entity)
        self.add(d, KGO.sourceFile, plain(self.report.path.name))
        self.add(d, DCTERMS.identifier, plain(self.report.doc_id))
        self.add(d, KGO.sha256, plain(self.report.digest))
        self.add(d, KGO.encoding, plain(self.report.encoding))
        self.add(d, RDFS.label, zh(self.structure.title or self.report.path.stem))
        if self.structure.title:
            self.add(d, DCTERMS.title, zh(self.structure.title))
        self.add(d, DCTERMS.language, plain("zh"))
        for year in self.structure.years:
            self.add(d, KGO.reportYear, gyear(year))
        for ev in self.ctx.evidence:
            self.add(d, KGO.contextEvidence, zh(ev))
        for region in (self.ctx.region, self.ctx.province):
            if region is not None:
                self.region(region)
        if self.ctx.region is not None:
            self.add(d, DCTERMS.spatial, str(ids.region_iri(self.ctx.region.code)))
        if self.ctx.province is not None:
            self.add(d, KGO.province, str(ids.region_iri(self.ctx.province.code)))
        if issuer is not None:
            self.add(d, KGO.issuedBy, str(issuer.iri))
            self.add(d, DCTERMS.publisher, str(issuer.iri))
            if issuer.inferred is not None:
                # no text names it: the fact is the report's as a whole, its reasoning in kgo:contextEvidence
                rule, confidence = issuer.inferred
                self.assertion(d, KGO.issuedBy, str(issuer.iri), rule, confidence, [d])

    def region(self, region) -> str:
        gaz = gazetteer()
        node = str(ids.region_iri(region.code))
        self.add(node, RDF.type, KGO.Region)
        self.add(node, RDFS.label, zh(region.name))
        self.add(node, SKOS.notation, typed(region.code, KGO.GBT2260Code))
        self.add(node, KGO.regionLevel, concept("region", region.level))
        self.add(node, KGO.fullName, zh(gaz.full_name(region)))
        if region.parent:
            parent = gaz.by_code.get(region.parent)
            if parent:
                self.add(node, SCHEMA.containedInPlace, self.region(parent))
        return node

    def entity(self, ent: Entity) -> None:
        n = str(ent.iri)
        self.add(n, RDF.type, KGO.RedactedAmount if is_redacted(ent) else CLASS[ent.kind.value])
        self.add(n, RDFS.label, zh(ent.label))
        self.add(n, SKOS.prefLabel, zh(ent.label))
        for alt in sorted(ent.alt_labels):
            self.add(n, SKOS.altLabel, zh(alt))
        self.add(n, KGO.mentionedIn, self.doc)
        for m in ent.mentions:
            self.add(n, KGO.hasMention, self.mention(m))
        if ent.inferred is not None:  # no span names it (an inferred issuer): derived from the report itself
            self.add(n, PROV.wasDerivedFrom, self.doc)
        if ent.kind is EntityType.ROAD:
            if ent.code:
                self.add(n, KGO.roadCode, plain(ent.code))
            self.add(n, KGO.roadLevel, concept("level", ent.level or "unknown"))
        elif ent.kind is EntityType.FUNDING:
            first = ent.mentions[0]
            if first.amount is not None:
                self.add(n, KGO.amount, decimal(first.amount))
            self.add(n, SCHEMA.currency, plain("CNY"))
            self.add(n, KGO.approximate, boolean(first.approximate))
            self.add(n, KGO.redacted, boolean(first.redacted))
            if first.funding_kind is not None:
                self.add(n, KGO.fundingKind, concept("funding", first.funding_kind.value))

    def link(self, link: Link, subject: Entity, target: Entity | None) -> None:
        if target is not None and is_redacted(target):
            p = KGO.hasRedactedAmount
        elif link.predicate == "subOrganizationOf":
            p = ORG.subOrganizationOf
        else:
            p = KGO[link.predicate]
        if target is not None:
            o = str(target.iri)
        elif link.predicate == "status":
            o = STATUS[_value(link, ProjectStatus).value]
        elif link.predicate in ("startYear", "endYear"):
            o = gyear(_value(link, int))
        elif link.predicate == "lengthKm":
            o = decimal(link.value)
        else:
            o = plain(str(link.value))
        s = str(subject.iri)
        self.add(s, p, o)
        evidence = [self.mention(link.subject)]
        if link.target is not None:
            evidence.append(self.mention(link.target))
        node = self.assertion(s, p, o, link.rule, link.confidence, evidence)
        start, end = link.evidence
        if end > start:
            raw_start, raw_end = self.clean.raw_span(start, end)
            self.add(node, KGO.evidenceStart, integer(raw_start))
            self.add(node, KGO.evidenceEnd, integer(raw_end))


def _value(link: Link, kind: type[T]) -> T:
    """A link's literal value, checked to be of the kind its predicate carries."""
    if not isinstance(link.value, kind):
        raise TypeError(f"{link.predicate} of {link.subject.name!r} ({link.rule}): {link.value!r} is not {kind.__name__}")
    return link.value


def is_redacted(ent: Entity) -> bool:
    """A hidden figure (XX万元) states no amount: it is a kgo:RedactedAmount, not a kgo:Funding."""
    return ent.kind is EntityType.FUNDING and ent.mentions[0].redacted


def ntriples(lines: Iterable[str]) -> bytes:
    """The graph's lines, sorted, as UTF-8: the report's graph in a stable, diff-able form.

    Sorted as bytes: UTF-8 keeps code point order, so the order is the
    strings' order, but bytes compare with one ``memcmp`` while strings
    that mix ASCII IRIs and Chinese literals compare character by
    character; and the cache wants the bytes anyway.
    """
    return b"".join(sorted(map(str.encode, lines)))
