"""kg: knowledge graphs from Chinese local-government transport work reports.

Public API: ``build_document`` (one report -> its triples), ``build`` (a batch
-> Turtle, TriG, HTML), ``build_nlp`` (the spaCy pipeline).
"""
from __future__ import annotations

from kg.config import VERSION as __version__

__all__ = ["__version__", "build", "build_document", "build_nlp"]


def __getattr__(name: str):
    # lazy: importing kg must not load spaCy and jieba
    if name == "build":
        from kg.build.runner import build
        return build
    if name == "build_document":
        from kg.pipeline import build_document
        return build_document
    if name == "build_nlp":
        from kg.extract.components import build_nlp
        return build_nlp
    raise AttributeError(name)
