"""kg: knowledge graphs from Chinese local-government transport work reports.

Public API: ``build_document`` (one report -> its triples), ``build`` (a batch
-> Turtle, TriG, HTML), ``build_nlp`` (the spaCy pipeline).
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "build", "build_document", "build_nlp"]


def __getattr__(name: str):
    # lazy: importing kg must not load spaCy and jieba
    if name == "build":
        from .build import build
        return build
    if name == "build_document":
        from .pipeline import build_document
        return build_document
    if name == "build_nlp":
        from .nlp import build_nlp
        return build_nlp
    raise AttributeError(name)
