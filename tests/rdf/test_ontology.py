"""The ontology is consistent with what a build writes: a store that reasons with it infers nothing false.

``pyshacl -e ontology/kgo.ttl -i rdfs`` (the data with the ontology beside it and RDFS entailment, as
a store with reasoning would see it) must conform, and an OWL RL closure (``owlrl``) of the ontology
and the data must find no inconsistency. The quick tests check the ontology's own declarations and
the shapes' offset rules on small graphs; the slow ones check the sample build.
"""
from __future__ import annotations

import pytest
from rdflib import OWL, PROV, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import XSD

from kg.config import ONTOLOGY_DIR, ONTOLOGY_IRI
from kg.rdf.validate import validate_graph

KGO = Namespace(ONTOLOGY_IRI)
OA = Namespace("http://www.w3.org/ns/oa#")
#: owlrl's vocabulary for the inconsistencies it finds (``owlrl.Closure``).
OWLRL_ERROR = URIRef("http://www.daml.org/2002/03/agents/agent-ont#ErrorMessage")
OWLRL_MESSAGE = URIRef("http://www.daml.org/2002/03/agents/agent-ont#error")
PROPERTY_KINDS = (OWL.ObjectProperty, OWL.DatatypeProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "kgo.ttl", format="turtle")


def test_every_property_has_a_domain_and_a_range(ontology):
    props = {p for kind in PROPERTY_KINDS for p in ontology.subjects(RDF.type, kind) if str(p).startswith(ONTOLOGY_IRI)}
    assert len(props) > 30
    assert not [p for p in props if (p, RDFS.domain, None) not in ontology], "properties without rdfs:domain"
    assert not [p for p in props if (p, RDFS.range, None) not in ontology], "properties without rdfs:range"


def test_every_term_the_ontology_leans_on_is_declared(ontology):
    """Superclasses, superproperties, domains and ranges: each declared as a class, property or datatype."""
    classes = set(ontology.subjects(RDF.type, OWL.Class)) | set(ontology.subjects(RDF.type, RDFS.Datatype))
    props = {p for kind in (*PROPERTY_KINDS, OWL.AnnotationProperty) for p in ontology.subjects(RDF.type, kind)}
    used_classes = set(ontology.objects(None, RDFS.subClassOf)) | set(ontology.objects(None, RDFS.domain))
    ranges = {r for p in ontology.subjects(RDF.type, OWL.ObjectProperty) for r in ontology.objects(p, RDFS.range)}
    assert not (used_classes | ranges) - classes - {RDF.Statement}
    assert not set(ontology.objects(None, RDFS.subPropertyOf)) - props
    datatype_ranges = {r for p in ontology.subjects(RDF.type, OWL.DatatypeProperty) for r in ontology.objects(p, RDFS.range)}
    # xsd:integer: the per-report counts (kgo:campaignCount …), typed as SPARQL COUNT types them
    assert datatype_ranges <= {XSD.string, XSD.decimal, XSD.boolean, XSD.gYear, XSD.nonNegativeInteger, XSD.integer,
                               RDF.langString}


def test_both_kinds_of_amount_carry_their_attributes_without_contradiction(ontology):
    """kgo:RedactedAmount is disjoint with kgo:Funding, so what both carry has their common superclass as domain."""
    assert (KGO.RedactedAmount, OWL.disjointWith, KGO.Funding) in ontology
    for prop in (KGO.approximate, KGO.redacted, KGO.fundingKind):
        domain = ontology.value(prop, RDFS.domain)
        assert (KGO.Funding, RDFS.subClassOf, domain) in ontology and (KGO.RedactedAmount, RDFS.subClassOf, domain) in ontology


def _selector(start: int, end: int) -> Graph:
    g = Graph()
    node = URIRef("https://w3id.org/kg-transport/id/doc/x/mention/agency/0-0/position")
    g.add((node, RDF.type, OA.TextPositionSelector))
    g.add((node, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
    g.add((node, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))
    return g


@pytest.mark.parametrize("start, end, conforms", [(0, 0, False), (5, 3, False), (0, 6, True)])
def test_a_mention_is_never_empty(start, end, conforms):
    ok, text = validate_graph(_selector(start, end))
    assert ok is conforms, text
    if not conforms:
        assert "start < end" in text


def _entailed_shacl(graph_path) -> tuple[bool, str]:
    from pyshacl import validate

    ontology = Graph()
    for name in ("kgo.ttl", "schemes.ttl"):
        ontology.parse(ONTOLOGY_DIR / name, format="turtle")
    data = Graph().parse(graph_path, format="turtle")
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    conforms, _, text = validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", advanced=True)
    return bool(conforms), str(text)


@pytest.mark.slow
def test_the_sample_build_conforms_with_the_ontology_and_rdfs_entailment(sample_build):
    conforms, text = _entailed_shacl(sample_build[0] / "graph.ttl")
    assert conforms, text[:3000]


@pytest.mark.slow
def test_an_owl_rl_closure_of_the_sample_build_finds_no_inconsistency(sample_build):
    import owlrl

    g = Graph()
    for path in (ONTOLOGY_DIR / "kgo.ttl", ONTOLOGY_DIR / "schemes.ttl", sample_build[0] / "graph.ttl"):
        g.parse(path, format="turtle")
    before = len(g)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    assert len(g) > before  # it did reason: subclasses, domains, ranges, sub-properties
    errors = [str(g.value(e, OWLRL_MESSAGE)) for e in g.subjects(RDF.type, OWLRL_ERROR)]
    assert errors == []
    assert list(g.subjects(RDF.type, OWL.Nothing)) == []
    # every typed entity of the six classes is an extracted entity, and no amount is both kinds
    assert not set(g.subjects(RDF.type, KGO.Funding)) & set(g.subjects(RDF.type, KGO.RedactedAmount))
    assert set(g.subjects(KGO.mentionedIn, None)) <= set(g.subjects(RDF.type, KGO.ExtractedEntity))


_DOC = URIRef("https://w3id.org/kg-transport/id/doc/x")
_CAMPAIGN = URIRef("https://w3id.org/kg-transport/id/campaign/x/1")


@pytest.mark.parametrize("triples, conforms", [
    ([(_DOC, KGO.issuerName, Literal("县交通运输局", lang="zh"))], True),
    ([(_DOC, KGO.issuerName, Literal("县交通运输局", lang="zh")), (_DOC, KGO.issuerName, Literal("县政府", lang="zh"))],
     False),  # one report, one issuer
    ([(_DOC, KGO.campaignCount, Literal(0))], False),  # a report with no campaign has no count
    ([(_DOC, KGO.totalInvestment, Literal("12.5", datatype=XSD.decimal))], True),
    ([(_CAMPAIGN, KGO.agencyPair, Literal("县公安局 | 县交通运输局", lang="zh"))], True),
    ([(_CAMPAIGN, KGO.agencyPair, Literal("县公安局", lang="zh"))], False),  # a pair names two agencies
])
def test_the_shapes_hold_the_per_report_facts_to_their_form(triples, conforms):
    g = Graph()
    g.add((_DOC, RDF.type, KGO.Document))
    g.add((_DOC, KGO.sourceFile, Literal("x.txt")))
    g.add((_DOC, RDFS.label, Literal("x", lang="zh")))
    g.add((_CAMPAIGN, RDF.type, KGO.Campaign))
    g.add((_CAMPAIGN, RDFS.label, Literal("治超", lang="zh")))
    g.add((_CAMPAIGN, KGO.mentionedIn, _DOC))
    g.add((_CAMPAIGN, PROV.wasDerivedFrom, _DOC))
    for t in triples:
        g.add(t)
    ok, text = validate_graph(g)
    assert ok is conforms, text
