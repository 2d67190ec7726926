"""Session fixtures: the spaCy pipeline, the lexicon and one build of the sample corpus."""
from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import settings

from kg.config import SAMPLES_DIR

# property tests: no per-example deadline (the first example of a test loads the dictionaries and the
# gazetteer, far slower than the rest) and 300 examples unless a test asks for more or fewer
settings.register_profile("kg", deadline=None, max_examples=300)
settings.load_profile("kg")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLES = sorted(SAMPLES_DIR.glob("*.txt"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that needs the sample build (directly or through ``sample_graph``, ``server`` …) is slow."""
    for item in items:
        if "sample_build" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def nlp():
    from kg.extract.components import build_nlp
    return build_nlp()


@pytest.fixture
def analyse_text(tmp_path, nlp):
    """Read a report written for a test (its first line the title) up to its resolved identities."""
    from kg.pipeline import analyse_document

    def analyse(text: str):
        path = tmp_path / "r.txt"
        path.write_text(text, encoding="utf-8")
        return analyse_document(path, nlp)
    return analyse


@pytest.fixture(scope="session")
def lex():
    from kg.reference.lexicon import load
    return load()


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """The bundled samples built once: (outdir, summary)."""
    from kg.build.runner import build
    out = tmp_path_factory.mktemp("build")
    summary = build([SAMPLES_DIR], out)
    return out, summary


@pytest.fixture(scope="session")
def sample_graph(sample_build):
    from rdflib import Graph
    return Graph().parse(sample_build[0] / "graph.ttl", format="turtle")


def sample(name_prefix: str) -> Path:
    return next(p for p in SAMPLES if p.name.startswith(name_prefix))


@contextlib.contextmanager
def running_server(graph: Path):
    """The web app over ``graph`` on 127.0.0.1 and a free port; stopped on exit."""
    import socket
    import threading
    import time

    import uvicorn

    from kg.web.app import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(graph), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "the test server did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def server(sample_build):
    with running_server(sample_build[0] / "graph.ttl") as url:
        yield url
