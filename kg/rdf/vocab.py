"""The vocabulary, stage 6 (RDF): every namespace and every term the project writes, in one place.

``KGO`` lists the project's own terms (``ontology/kgo.ttl`` and ``ontology/schemes.ttl``; a test
checks the two agree both ways), ``OA`` and ``NIF`` the Web Annotation and NIF terms used; the
other vocabularies are rdflib's own. All are closed (rdflib ``DefinedNamespace`` with ``_fail``):
a misspelt term raises instead of minting a new IRI. ``NAMESPACES`` (prefix -> IRI) is derived
from them and is what SPARQL prefixes, exports and the N-Triples terms of :mod:`kg.rdf.terms` use.
Other modules import names from here and never spell a namespace IRI.
"""
from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, SH, SKOS, XSD, DefinedNamespace

from kg.config import ID_IRI, ONTOLOGY_IRI


class KGO(DefinedNamespace):
    """The project's ontology (``ontology/kgo.ttl``) and concept schemes (``ontology/schemes.ttl``)."""

    _NS = Namespace(ONTOLOGY_IRI)
    _fail = True

    # classes
    Agency: URIRef  # An organisation that acts: bureau, department, government, party committee, ...
    Assertion: URIRef  # Describes one extracted triple: its rule, confidence and mentions.
    Campaign: URIRef  # A named initiative, special action, creation drive, reform or education campaign.
    Document: URIRef  # One ingested report (工作总结, 工作计划, 工作要点 …).
    ExtractedEntity: URIRef  # Superclass of the six entity classes: the domain of mentionedIn and hasMention.
    Funding: URIRef  # One monetary amount stated in a report, in yuan.
    Mention: URIRef  # A span of a report's raw text that names an entity.
    Project: URIRef  # An individually identified work: construction, rebuild, maintenance, ...
    RedactedAmount: URIRef  # An amount hidden behind a placeholder (XX万元): no figure, so not a Funding.
    Region: URIRef  # An administrative region, identified by its GB/T 2260 code.
    Road: URIRef  # A numbered or named road or highway route.
    GBT2260Code: URIRef  # Datatype: six-digit administrative division code.

    # object properties
    conductedBy: URIRef  # An organisation takes part in or runs the campaign.
    fundingKind: URIRef  # From kgo:FundingKindScheme.
    hasFunding: URIRef  # The amount belongs to that project.
    hasMention: URIRef  # A span of text the entity was read from.
    hasRedactedAmount: URIRef  # A hidden amount stated for the project.
    inSentence: URIRef  # The nif:Sentence holding the mention.
    statedIn: URIRef  # The nif:Sentence a fact was read from.
    issuedBy: URIRef  # The organisation that wrote the report.
    mentionedIn: URIRef  # The entity is stated in that report.
    onRoad: URIRef  # The project is on or about that road.
    partOf: URIRef  # A component (bridge, tunnel, interchange, segment) of a larger project.
    province: URIRef  # The province the report is from (scopes S/X/Y/C/Z road numbers).
    regionLevel: URIRef  # province / city / county.
    roadLevel: URIRef  # Administrative level from kgo:RoadLevelScheme.
    status: URIRef  # completed / in progress / planned (kgo:ProjectStatusScheme).

    # datatype properties
    agencyPair: URIRef  # Two of a campaign's agencies, by their names, sorted, joined with " | ".
    amount: URIRef  # The amount in yuan.
    approximate: URIRef  # The figure was written with 约/近/余/多.
    campaignCount: URIRef  # How many campaigns the report mentions.
    campaignNames: URIRef  # The names of the campaigns the report mentions, sorted, joined with " | ".
    confidence: URIRef  # How sure the rule is, from 0 to 1.
    contextEvidence: URIRef  # Why the issuer, region or province was inferred as it was.
    encoding: URIRef  # The detected text encoding of the file.
    endYear: URIRef  # Planned or actual completion year.
    evidenceEnd: URIRef  # Raw-text offset where the text supporting an assertion ends (exclusive).
    evidenceStart: URIRef  # Raw-text offset where the text supporting an assertion starts.
    fullName: URIRef  # The names from the province down, e.g. 湖南省怀化市新晃侗族自治县.
    issuerName: URIRef  # The name of the report's issuer, as its node is labelled in the report.
    lengthKm: URIRef  # Stated length in kilometres.
    provinceName: URIRef  # The name of the report's province (the rdfs:label of its kgo:province).
    redacted: URIRef  # The figure is hidden by a placeholder (XX万元).
    redactedAmountCount: URIRef  # How many hidden amounts (XX万元) the report states.
    redactedAmountTexts: URIRef  # The texts of the report's hidden amounts, sorted, joined with " | ".
    regionName: URIRef  # The full name of the report's region (the kgo:fullName of its dcterms:spatial).
    reportYear: URIRef  # A year the report summarises or plans.
    roadCode: URIRef  # Normalised route number, e.g. S311, G6512, X009.
    rule: URIRef  # The component or rule that produced a mention or assertion (e.g. roads.code).
    sha256: URIRef  # SHA-256 of the decoded text.
    sourceFile: URIRef  # The report file's base name.
    startYear: URIRef  # Planned or actual start year.
    totalInvestment: URIRef  # The sum of the total-investment amounts the report states, in yuan.
    totalInvestmentCount: URIRef  # How many total-investment amounts the report states.

    # concept schemes and their concepts (schemes.ttl)
    FundingKindScheme: URIRef
    ProjectStatusScheme: URIRef
    RegionLevelScheme: URIRef
    RoadLevelScheme: URIRef
    Completed: URIRef
    InProgress: URIRef
    Planned: URIRef
    UnknownStatus: URIRef
    # concepts named ``<scheme>-<notation>`` (see ``kg.rdf.terms.concept``): not Python names, so listed
    # where rdflib looks for such terms (a plain class attribute: an annotation would make it a term)
    _extras = [  # noqa: RUF012
        *(f"funding-{k}" for k in ("compensation", "completed_investment", "expenditure", "fine", "other",
                                   "revenue", "subsidy", "total_investment")),
        *(f"level-{k}" for k in ("county", "expressway", "national", "provincial", "special", "township",
                                 "unknown", "urban", "village")),
        *(f"region-{k}" for k in ("city", "county", "province")),
    ]


class OA(DefinedNamespace):
    """Web Annotation (``oa:``): the terms the provenance of a mention uses."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef
    prefix: URIRef
    suffix: URIRef


class NIF(DefinedNamespace):
    """NIF 2.0 core (``nif:``): the sentence a mention is in."""

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True

    Sentence: URIRef
    isString: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    referenceContext: URIRef


#: Minted identifiers: open, their local names come from keys (``kg.resolve.ids``).
KG = Namespace(ID_IRI)
SCHEMA = SDO

#: prefix -> vocabulary, in the order exports write their ``@prefix`` lines.
VOCABULARIES = {"kgo": KGO, "kg": KG, "oa": OA, "org": ORG, "schema": SCHEMA, "prov": PROV, "skos": SKOS,
                "dcterms": DCTERMS, "rdfs": RDFS, "rdf": RDF, "xsd": XSD, "owl": OWL, "nif": NIF, "sh": SH}
#: prefix -> namespace IRI.
NAMESPACES = {prefix: str(ns) for prefix, ns in VOCABULARIES.items()}
#: prefix -> namespace IRI, for SPARQL queries and exports (``sh`` only validates).
PREFIX_MAP = {prefix: iri for prefix, iri in NAMESPACES.items() if prefix != "sh"}


def term_names(vocabulary: type[DefinedNamespace]) -> tuple[str, ...]:
    """The local names a closed vocabulary defines.

    >>> term_names(NIF)
    ('Sentence', 'isString', 'beginIndex', 'endIndex', 'referenceContext')
    """
    names: dict[str, None] = {}
    for cls in reversed(vocabulary.__mro__):
        if isinstance(cls, type) and issubclass(cls, DefinedNamespace):
            names.update(dict.fromkeys(n for n in vars(cls).get("__annotations__", {}) if not n.startswith("_")))
            names.update(dict.fromkeys(vars(cls).get("_extras", ())))
    return tuple(names)


def shorten(iri: str) -> str:
    """An IRI written with the project's prefixes where one fits; minted ``kg:`` identifiers stay whole.

    >>> shorten("https://w3id.org/kg-transport/ontology#onRoad"), shorten("https://w3id.org/kg-transport/id/road/G60")
    ('kgo:onRoad', 'https://w3id.org/kg-transport/id/road/G60')
    """
    for prefix, ns in PREFIX_MAP.items():
        if prefix != "kg" and iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def bind_prefixes(graph: Graph) -> None:
    """Bind the project's prefixes on an rdflib graph (for Turtle written by rdflib)."""
    for prefix, iri in PREFIX_MAP.items():
        graph.bind(prefix, Namespace(iri), override=True)
