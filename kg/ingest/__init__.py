"""Stage 1, ingest: files in any encoding and format (txt, docx, pdf, html) -> ``Report``."""
