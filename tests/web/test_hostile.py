"""``kg serve`` against what a stranger might send: it answers every request, fetches nothing, and stays up.

The server runs as its own process with its default limits, so a crash in
the engine would show as a dead process, not a dead test run.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.web.conftest import kg_serve

EX = "http://example.org/"
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Path:
    """300 small triples (a four-way cross join over them is 8.1e9 rows: a runaway), and awkward literals."""
    path = tmp_path_factory.mktemp("hostile") / "graph.ttl"
    lines = [f'<{EX}s{i}> <{EX}p> "{i}" .' for i in range(296)]
    lines += [f'<{EX}a,b> <{EX}label> "line one\\r\\nline two" .',
              f'<{EX}a,b> <{EX}says> "quote \\" and, comma" .',
              f'<{EX}c> <{EX}double> "1.0E6"^^<http://www.w3.org/2001/XMLSchema#double> .',
              f'<{EX}c> <{EX}negative> "-3"^^<http://www.w3.org/2001/XMLSchema#negativeInteger> .']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def server(graph):
    with kg_serve(graph) as (url, proc):
        yield url, proc


class Listener:
    """A loopback TCP listener that records every connection made to it."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"
        self.connections: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self):
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            conn.settimeout(1)
            try:
                self.connections.append(conn.recv(200))
            except OSError:
                self.connections.append(b"")
            conn.close()

    def close(self):
        self._stop.set()
        self._thread.join()
        self.sock.close()


def _descendants(pid: int) -> set[int]:
    found, todo = set(), [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            kids = {int(k) for k in task.read_text().split()}
            todo += kids - found
            found |= kids
    return found


@pytest.mark.slow
def test_deep_nesting_runaways_then_a_small_query(server):
    url, proc = server
    deep = "SELECT * WHERE " + "{" * 6000 + "}" * 6000
    r = httpx.post(f"{url}/sparql", data={"query": deep}, timeout=10)
    assert r.status_code == 400 and "nested too deep" in r.text and "6,000 levels" in r.text
    r = httpx.get(f"{url}/sparql", params={"query": "ASK { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"})
    assert r.status_code == 400 and proc.poll() is None

    started = time.monotonic()
    with ThreadPoolExecutor(8) as runaways:
        answers = [runaways.submit(httpx.get, f"{url}/sparql", params={"query": CROSS_JOIN}, timeout=60)
                   for _ in range(8)]
        time.sleep(0.5)  # the eight are running
        asked = time.monotonic()
        r = httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=30)
        assert r.status_code == 200 and r.json()["boolean"] is True
        assert time.monotonic() - asked < 5.0
        assert proc.poll() is None
        statuses = [a.result().status_code for a in answers]
    assert statuses == [503] * 8 and time.monotonic() - started < 20
    assert "time limit" in answers[0].result().text
    # the runaways' processes are gone, not burning a core behind a 503
    deadline = time.monotonic() + 10
    while len(_descendants(proc.pid)) > 4 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(_descendants(proc.pid)) <= 4  # the fork server, its resource tracker, two warm workers
    r = httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=5)
    assert r.status_code == 200 and proc.poll() is None


@pytest.mark.slow
def test_nothing_is_fetched(server):
    url, _ = server
    listener = Listener()
    try:
        for query in (f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}",
                      f"SELECT * WHERE {{ SeRvIcE SILENT <{listener.url}> {{ ?s ?p ?o }} }}",
                      f"ASK {{ ?s ?p 1SERVICE <{listener.url}> {{ }} }}",
                      f"SELECT * WHERE {{ \\u0053ERVICE <{listener.url}> {{ ?s ?p ?o }} }}"):
            r = httpx.post(f"{url}/sparql", data={"query": query})
            assert r.status_code == 400 and "--allow-federation" in r.text, query
        r = httpx.post(f"{url}/sparql", data={"query": f"ASK FROM <{listener.url}> {{ ?s ?p ?o }}"})
        assert r.status_code == 200 and r.json()["boolean"] is False  # FROM names a graph of the store: none
        r = httpx.get(f"{url}/graph", params={"types": f"Road }} SERVICE <{listener.url}> {{ ?n ?p ?o"})
        assert r.status_code == 400
        assert httpx.get(f"{url}/graph", params={"types": "Road}}"}).status_code == 400
        time.sleep(0.5)
    finally:
        listener.close()
    assert listener.connections == []


def test_the_workers_have_no_network():
    """Behind the text check: a worker process cannot reach even a loopback listener (where the kernel allows
    unprivileged namespaces; elsewhere the text check stands alone)."""
    import multiprocessing as mp

    from kg.store.engine import isolate_network

    listener = Listener()
    try:
        ctx = mp.get_context("spawn")
        result = ctx.Queue()
        child = ctx.Process(target=_try_connect, args=(listener.sock.getsockname()[1], result))
        child.start()
        child.join(30)
        isolated, connected = result.get(timeout=5)
    finally:
        listener.close()
    if not isolated:
        pytest.skip("this kernel refuses unprivileged network namespaces")
    assert not connected and listener.connections == []
    assert isolate_network  # imported in the parent too: the name the worker uses


def _try_connect(port: int, result) -> None:
    from kg.store.engine import isolate_network

    isolated = isolate_network()
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
        connected = True
    except OSError:
        connected = False
    result.put((isolated, connected))


@pytest.mark.slow
def test_client_errors_are_4xx_never_500(server):
    url, proc = server
    cases = [
        (httpx.get, {"params": {"query": f"SELECT (<{EX}nofunction>(1) AS ?x) {{}}"}}, 400),
        (httpx.post, {"content": b"ASK {\xff}", "headers": {"content-type": "application/sparql-query"}}, 400),
        (httpx.post, {"content": b"query=ASK%20%7B%FF%7D", "headers": {"content-type": "application/x-www-form-urlencoded"}}, 400),
        (httpx.get, {"params": {"query": "SELECT * { ?s ?p ?o }", "default-graph-uri": "http://x> <y"}}, 400),
        (httpx.get, {"params": {"query": "ASK {}"}, "headers": {"Accept": "image/png"}}, 406),
        (httpx.get, {"params": {"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, "headers": {"Accept": "text/csv"}}, 406),
        (httpx.post, {"content": b"query=" + b"A" * 1_100_000, "headers": {"content-type": "application/x-www-form-urlencoded"}}, 413),
    ]
    for call, kwargs, status in cases:
        r = call(f"{url}/sparql", timeout=30, **kwargs)
        assert r.status_code == status, (kwargs, r.status_code, r.text)
    assert httpx.get(f"{url}/entity", params={"iri": "http://x> <y"}).status_code == 404
    for iri in ("", " "):  # an empty IRI is no entity either (it was a 500: the page read an empty name as found)
        r = httpx.get(f"{url}/entity", params={"iri": iri})
        assert r.status_code == 404 and "Not found" in r.text
    assert proc.poll() is None


def test_serialisers_escape(server):
    url, _ = server
    q = f"SELECT ?s ?o WHERE {{ ?s ?p ?o FILTER(?s = <{EX}a,b>) }} ORDER BY ?o"
    csv_text = httpx.get(f"{url}/sparql", params={"query": q}, headers={"Accept": "text/csv"}).text
    assert csv_text.splitlines()[1:] == [f'"{EX}a,b","line one', 'line two"', f'"{EX}a,b","quote "" and, comma"']
    xml = httpx.get(f"{url}/sparql", params={"query": q}, headers={"Accept": "application/sparql-results+xml"})
    import xml.etree.ElementTree as ET
    literals = [e.text for e in ET.fromstring(xml.content).iter("{http://www.w3.org/2005/sparql-results#}literal")]
    assert literals[0] == "line one\r\nline two"
    tsv = httpx.get(f"{url}/sparql", params={"query": q}, headers={"Accept": "text/tab-separated-values"}).text
    assert tsv.splitlines()[1] == f'<{EX}a,b>\t"line one\\r\\nline two"'


def test_cors_is_off_by_default(server):
    url, _ = server
    r = httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://yasgui.org"})
    assert "access-control-allow-origin" not in r.headers


@pytest.mark.slow
def test_cors_for_the_origin_given(graph):
    with kg_serve(graph, "--cors", "https://yasgui.org", "--max-rows", "10") as (url, _):
        r = httpx.options(f"{url}/sparql", headers={"Origin": "https://yasgui.org", "Access-Control-Request-Method": "POST",
                                                    "Access-Control-Request-Headers": "content-type"})
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "https://yasgui.org"
        r = httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in r.headers
        r = httpx.get(f"{url}/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert r.status_code == 400 and "more than 10 rows" in r.text and "--max-rows" in r.text
    assert os.name == "posix"
