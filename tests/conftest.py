"""Session fixtures: the spaCy pipeline, the lexicon and one build of the sample corpus."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import SAMPLES_DIR

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLES = sorted(SAMPLES_DIR.glob("*.txt"))


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import build_nlp
    return build_nlp()


@pytest.fixture(scope="session")
def lex():
    from kg.lexicon import load
    return load()


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """The bundled samples built once: (outdir, summary)."""
    from kg.build import build
    out = tmp_path_factory.mktemp("build")
    summary = build([SAMPLES_DIR], out)
    return out, summary


@pytest.fixture(scope="session")
def sample_graph(sample_build):
    from rdflib import Graph
    return Graph().parse(sample_build[0] / "graph.ttl", format="turtle")


def sample(name_prefix: str) -> Path:
    return next(p for p in SAMPLES if p.name.startswith(name_prefix))
