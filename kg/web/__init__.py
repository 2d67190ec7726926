"""The local web app: SPARQL endpoint, query page, entity pages, graph view (``kg serve``)."""
