"""Stage 6, RDF: the vocabulary (namespaces, SPARQL prefixes), triples of one report, SHACL validation."""
