"""Stage 2, text: offset-preserving cleaning and document structure (sections, the one sentence splitter)."""
