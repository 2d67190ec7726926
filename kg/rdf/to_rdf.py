"""Entities, links and provenance of one report -> triples of its named graph.

Facts are plain triples (``?project kgo:onRoad ?road``). Each one is also
described by a ``kgo:Assertion`` (an ``rdf:Statement``) carrying the rule,
the confidence and the mentions it was read from (a fact no span states, an
inferred issuer, is derived from the report itself); each entity links to its
mentions, each in a sentence of the report. How much detail the provenance
nodes carry is the build's choice (``rdf.provenance``: ``lean`` or ``full``).

Triples are N-Triples text (``terms``): subject, predicate and object are
already-written terms, and a report's graph is the sorted set of its lines.
"""
from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from itertools import combinations
from typing import TypeVar

from kg.model import CleanText, EntityType, FundingKind, Link, ProjectStatus, Report, ReportContext, Structure
from kg.rdf.provenance import DEFAULT_PROVENANCE, ProvenanceWriter
from kg.rdf.terms import (
    CLASS,
    DCTERMS,
    KGO,
    ORG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    STATUS,
    XSD,
    boolean,
    concept,
    decimal,
    gyear,
    plain,
    typed,
    zh,
)
from kg.reference.gazetteer import gazetteer
from kg.resolve import ids
from kg.resolve.entities import Entity

T = TypeVar("T")

#: The most agencies of one campaign whose pairs (``kgo:agencyPair``) are written: 496 pairs. The annotated
#: reports name at most 8 for a campaign; a report listing hundreds would otherwise write their squares.
MAX_PAIRED_AGENCIES = 32
_A = RDF.type


class DocumentGraphBuilder(ProvenanceWriter):
    """Collects the triples of one report's graph, with provenance at the level ``provenance``."""

    def __init__(self, report: Report, clean: CleanText, structure: Structure, ctx: ReportContext, *,
                 provenance: str = DEFAULT_PROVENANCE):
        self.report, self.clean, self.structure, self.ctx = report, clean, structure, ctx
        self.doc_id = report.doc_id
        self.doc = str(ids.document_iri(self.doc_id))
        self.lines: set[str] = set()
        self._init_provenance(provenance)
        # what the report's summary counts (``summary``), by entity node: labels, amounts
        self._campaigns: dict[str, str] = {}
        self._redacted: dict[str, str] = {}
        self._investments: dict[str, Decimal] = {}
        self._conducted: dict[str, set[str]] = {}  # campaign node -> the names of the agencies conducting it
        #: campaigns with more agencies than ``MAX_PAIRED_AGENCIES``, whose pairs are not written (the build warns)
        self.unpaired: list[str] = []

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
        # each linked node's name is written on the report too (kgo:regionName, kgo:provinceName,
        # kgo:issuerName): a question over every report then reads one scan per column instead of a
        # lookup per report, about 7 µs each in the store (issuers over 10,000 reports: 265 -> 124 ms)
        if self.ctx.region is not None:
            self.add(d, DCTERMS.spatial, str(ids.region_iri(self.ctx.region.code)))
            self.add(d, KGO.regionName, zh(gazetteer().full_name(self.ctx.region)))
        if self.ctx.province is not None:
            self.add(d, KGO.province, str(ids.region_iri(self.ctx.province.code)))
            self.add(d, KGO.provinceName, zh(self.ctx.province.name))
        if issuer is not None:
            self.add(d, KGO.issuedBy, str(issuer.iri))
            self.add(d, KGO.issuerName, zh(issuer.label))
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
        if self.full:  # lean: the label is rdfs:label alone (VOCABULARY: skos:prefLabel may repeat it)
            self.add(n, SKOS.prefLabel, zh(ent.label))
        for alt in sorted(ent.alt_labels):
            self.add(n, SKOS.altLabel, zh(alt))
        self.add(n, KGO.mentionedIn, self.doc)
        self._count(n, ent)
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

    def _count(self, node: str, ent: Entity) -> None:
        if ent.kind is EntityType.CAMPAIGN:
            self._campaigns[node] = ent.label
        elif is_redacted(ent):
            self._redacted[node] = ent.label
        elif ent.kind is EntityType.FUNDING:
            first = ent.mentions[0]
            if first.amount is not None and first.funding_kind is FundingKind.TOTAL_INVESTMENT:
                self._investments[node] = Decimal(str(first.amount))

    def summary(self) -> None:
        """The report's own aggregates, written on its ``kgo:Document`` once its entities are in.

        Corpus-wide questions (campaigns per report, hidden amounts per report, total
        investment per report) then read one triple per report rather than joining every
        campaign or amount to its report at query time (seconds over 10,000 reports).
        Each is what the query over the report's entities gives: the count of distinct
        nodes; the distinct campaign names, every hidden amount's text (repeats kept), sorted
        and joined with `` | ``; the sum of the total-investment amounts. A report with none
        of a kind has none of its triples. Each campaign (a node of this report alone) gets a
        ``kgo:agencyPair`` per pair of the agencies conducting it, their names sorted and joined with
        `` | ``: which agencies act together is then counted over those rather than over every
        campaign's agencies joined with themselves (at 10,000 reports: 595 -> 119 ms). Pairs grow
        with the square of a campaign's agencies, so a campaign with more than
        ``MAX_PAIRED_AGENCIES`` gets none and is listed in ``unpaired`` for the build report.
        """
        d = self.doc
        if self._campaigns:
            self.add(d, KGO.campaignCount, typed(str(len(self._campaigns)), XSD.integer))
            self.add(d, KGO.campaignNames, zh(" | ".join(sorted(set(self._campaigns.values())))))
        if self._redacted:
            self.add(d, KGO.redactedAmountCount, typed(str(len(self._redacted)), XSD.integer))
            self.add(d, KGO.redactedAmountTexts, zh(" | ".join(sorted(self._redacted.values()))))
        if self._investments:
            total = sum(self._investments.values(), Decimal(0))
            self.add(d, KGO.totalInvestment, decimal(total.normalize()))
            self.add(d, KGO.totalInvestmentCount, typed(str(len(self._investments)), XSD.integer))
        for campaign, names in self._conducted.items():
            if len(names) > MAX_PAIRED_AGENCIES:
                self.unpaired.append(self._campaigns.get(campaign, campaign))
                continue
            for first, second in combinations(sorted(names), 2):
                self.add(campaign, KGO.agencyPair, zh(f"{first} | {second}"))

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
        if p == KGO.conductedBy and target is not None:
            self._conducted.setdefault(s, set()).add(target.label)
        evidence = [self.mention(link.subject)]
        if link.target is not None:
            evidence.append(self.mention(link.target))
        self.evidence_span(self.assertion(s, p, o, link.rule, link.confidence, evidence), link.evidence)


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
