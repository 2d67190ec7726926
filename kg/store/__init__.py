"""Stage 8, store: the persistent SPARQL store built from the exports, and the answers kept for it."""
