"""The W3C SPARQL 1.1 Protocol tests, read from the manifest kept in tests/data/protocol, against ``kg serve``.

Each test's requests are sent as the manifest writes them (method, path and
query string, headers, body in its character encoding); the response must
have the status class, format and boolean the manifest expects. The query
tests must pass; of the update tests, the seven ``bad_*update*`` ones (a read-only
endpoint refuses them all); the ``update_*`` ones expect a writable store.
"""
from __future__ import annotations

import json
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDFS

from tests.web.conftest import kg_serve

DATA = Path(__file__).resolve().parents[1] / "data" / "protocol"
MANIFEST = DATA / "manifest.ttl"
BASE = "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/protocol/manifest#"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
RESULT_TYPES = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values"}
RDF_TYPES = {"application/rdf+xml": ox.RdfFormat.RDF_XML, "text/turtle": ox.RdfFormat.TURTLE,
             "application/n-triples": ox.RdfFormat.N_TRIPLES}


def _manifest() -> tuple[Graph, list[URIRef]]:
    g = Graph().parse(MANIFEST, format="turtle", publicID=BASE)
    root = next(g.subjects(MF.entries, None))
    return g, list(Collection(g, g.value(root, MF.entries)))


GRAPH, ENTRIES = _manifest()
NAMES = [str(e).rsplit("#", 1)[1] for e in ENTRIES]
QUERY_TESTS = [n for n in NAMES if "update" not in n]
REFUSED_UPDATES = [n for n in NAMES if "update" in n and n.startswith("bad_")]


def test_the_manifest_has_the_tests_counted():
    assert (len(QUERY_TESTS), len(REFUSED_UPDATES)) == (20, 7)


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    """The three data graphs, each in the named graph its label gives (and their union as the default graph)."""
    graphs = {str(GRAPH.value(d, RDFS.label)): str(GRAPH.value(d, UT.graph)).rsplit("/", 1)[1]
              for d in set(GRAPH.objects(None, UT.graphData))}
    trig = tmp_path_factory.mktemp("protocol") / "protocol.trig"
    trig.write_text("".join(f"<{iri}> {{\n{(DATA / name).read_text(encoding='utf-8')}}}\n"
                            for iri, name in sorted(graphs.items())), encoding="utf-8")
    with kg_serve(trig) as (url, _):
        yield url


def _requests(name: str) -> list:
    action = GRAPH.value(URIRef(BASE + name), MF.action)
    return list(Collection(GRAPH, GRAPH.value(action, HT.requests)))


def _send(url: str, request) -> httpx.Response:
    method = str(GRAPH.value(request, HT.methodName))
    path = str(GRAPH.value(request, HT.absolutePath))
    headers = {str(GRAPH.value(h, HT.fieldName)): str(GRAPH.value(h, HT.fieldValue))
               for hs in GRAPH.objects(request, HT.headers) for h in Collection(GRAPH, hs)}
    body = GRAPH.value(request, HT.body)
    content = None
    if body is not None:
        encoding = str(GRAPH.value(body, CNT.characterEncoding) or "UTF-8")
        content = str(GRAPH.value(body, CNT.chars)).encode(encoding)
    with httpx.Client(timeout=30) as client:
        sent = client.build_request(method, url + path, headers=headers, content=content)
        assert sent.headers.get("content-type") == headers.get("content-type")  # nothing added by the client
        return client.send(sent)


def _check(response: httpx.Response, expected) -> None:
    statuses = {str(s).rsplit("#StatusCode", 1)[1] for s in GRAPH.objects(expected, MF.expectedStatus)}
    assert f"{response.status_code // 100}xx" in statuses, (response.status_code, response.text)
    media = response.headers.get("content-type", "").split(";")[0]
    fmt = GRAPH.value(expected, MF.expectedFormat)
    if fmt is not None and str(fmt) == "boolean":
        assert media in ("application/sparql-results+json", "application/sparql-results+xml"), media
        parsed = ox.parse_query_results(response.content, format=ox.QueryResultsFormat.from_media_type(media))
        assert isinstance(parsed, ox.QueryBoolean)
        wanted = GRAPH.value(expected, MF.expectedBoolean)
        if wanted is not None:
            assert bool(parsed) is wanted.toPython()
    elif fmt is not None and str(fmt) == "tabular":
        assert media in RESULT_TYPES, media
        if media == "application/sparql-results+json":
            assert "bindings" in json.loads(response.text)["results"]
    elif fmt is not None and str(fmt) == "RDF":
        assert media in RDF_TYPES, media
        list(ox.parse(response.content, format=RDF_TYPES[media]))


@pytest.mark.parametrize("name", QUERY_TESTS)
def test_query_side(endpoint, name):
    for request in _requests(name):
        _check(_send(endpoint, request), GRAPH.value(request, HT.resp))


@pytest.mark.parametrize("name", REFUSED_UPDATES)
def test_updates_are_refused(endpoint, name):
    for request in _requests(name):
        _check(_send(endpoint, request), GRAPH.value(request, HT.resp))
    r = httpx.post(f"{endpoint}/sparql", content=b"ASK { GRAPH ?g { ?s ?p ?o } }",
                   headers={"content-type": "application/sparql-query"})
    assert r.json()["boolean"] is True  # nothing was cleared
