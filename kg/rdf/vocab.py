"""Every namespace and term the code uses; other modules never spell an IRI."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from ..config import ID_IRI, ONTOLOGY_IRI

KGO = Namespace(ONTOLOGY_IRI)
KG = Namespace(ID_IRI)
OA = Namespace("http://www.w3.org/ns/oa#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES = {"kgo": KGO, "kg": KG, "oa": OA, "org": ORG, "schema": SCHEMA, "prov": PROV, "skos": SKOS,
            "dcterms": DCTERMS, "rdfs": RDFS, "rdf": RDF, "xsd": XSD, "owl": OWL, "nif": NIF}

#: Core classes by entity type value (VOCABULARY.md).
CLASS = {"Agency": KGO.Agency, "Region": KGO.Region, "Road": KGO.Road, "Project": KGO.Project,
         "Funding": KGO.Funding, "Campaign": KGO.Campaign}
#: Concept schemes' members: status, funding kind, road level.
STATUS = {"completed": KGO.Completed, "in_progress": KGO.InProgress, "planned": KGO.Planned, "unknown": KGO.UnknownStatus}


def concept(scheme: str, notation: str):
    """IRI of a SKOS concept in one of the project's schemes (``kgo:level-expressway``)."""
    return KGO[f"{scheme}-{notation}"]


def bind_prefixes(graph) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
