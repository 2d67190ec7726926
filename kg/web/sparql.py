"""SPARQL 1.1 Protocol, read-only: query via GET or POST, results by content negotiation.

Updates are refused (403). A malformed query is a 400 whose body says where
and why. Each query runs in a worker thread under a time cap (503 past it).
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox
from fastapi import Request
from fastapi.responses import PlainTextResponse, Response

from kg.query import QueryError, Store, run
from kg.store.answers import json_row, results_json

RESULT_TYPES = {  # media type -> pyoxigraph results format
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
QUERY_SECONDS = 10.0
MAX_ROWS = 100_000


class ResultTooLarge(Exception):
    """More solutions than the endpoint returns in one answer."""


def _accepted(accept: str, offered: Mapping[str, object]) -> str | None:
    """The offered media type the Accept header prefers (q-values honoured), or None."""
    choices = []
    for i, part in enumerate((accept or "*/*").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        choices.append((-q, i, media))
    for _, _, media in sorted(choices):
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            first = next((m for m in offered if m.startswith(media[:-1]) or media == "*/*"), None)
            if first:
                return first
    return None


async def read_request(request: Request) -> tuple[str | None, str | None]:
    """(query, update) from a GET or POST request in any of the protocol's encodings."""
    if request.method == "GET":
        return request.query_params.get("query"), request.query_params.get("update")
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/sparql-query":
        return (await request.body()).decode("utf-8"), None
    if ctype == "application/sparql-update":
        return None, (await request.body()).decode("utf-8")
    form = await request.form()
    query = form.get("query") or request.query_params.get("query")
    update = form.get("update")
    return (str(query) if query is not None else None), (str(update) if update is not None else None)


async def answer(store: Store, request: Request) -> Response:
    """The protocol's answer to one request: results, a graph, or the error's status and reason."""
    query, update = await read_request(request)
    if update is not None:
        return PlainTextResponse("this endpoint is read-only: SPARQL Update is refused\n", status_code=403)
    if not query:
        return PlainTextResponse("missing the 'query' parameter\n", status_code=400)
    try:
        result = await asyncio.wait_for(asyncio.to_thread(_materialise, store, query), QUERY_SECONDS)
    except QueryError as exc:
        where = f" at {exc.position}" if exc.position else ""
        return PlainTextResponse(f"malformed query{where}: {exc}\n", status_code=400)
    except asyncio.TimeoutError:
        return PlainTextResponse(f"query exceeded {QUERY_SECONDS:.0f} s\n", status_code=503)
    except ResultTooLarge:
        return PlainTextResponse(f"result too large: more than {MAX_ROWS} rows; add a LIMIT\n", status_code=413)
    accept = request.headers.get("accept", "")
    if isinstance(result, _Graph):
        media = _accepted(accept, GRAPH_TYPES) or "text/turtle"
        return Response(result.write(GRAPH_TYPES[media]), media_type=media)
    media = _accepted(accept, RESULT_TYPES) or "application/sparql-results+json"
    return Response(result.write(RESULT_TYPES[media]), media_type=media)


@dataclass(frozen=True)
class _Graph:
    """A CONSTRUCT or DESCRIBE answer, written on demand in the negotiated RDF format."""
    write: Callable[[ox.RdfFormat], bytes]


@dataclass(frozen=True)
class _Results:
    """A SELECT or ASK answer, written on demand in the negotiated results format."""
    write: Callable[[ox.QueryResultsFormat], bytes]


def _materialise(store: Store, query: str) -> _Graph | _Results:
    """Run the query in the worker thread and return a serialiser for the chosen format."""
    result = run(store, query)
    if isinstance(result, ox.QueryTriples):
        data = result.serialize(format=ox.RdfFormat.N_TRIPLES)

        def graph(fmt: ox.RdfFormat) -> bytes:
            triples = ox.Store()
            triples.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
            return _written(triples.dump(format=fmt, from_graph=ox.DefaultGraph()))
        return _Graph(graph)
    if isinstance(result, ox.QueryBoolean):
        value = bool(result)
        return _Results(lambda fmt: _boolean(value, fmt))
    names = [v.value for v in result.variables]
    bindings = []
    too_large = False
    solution = None
    for i, solution in enumerate(result):
        if i >= MAX_ROWS:
            too_large = True
            break
        bindings.append(json_row(solution, names))
    del result, solution  # pyoxigraph results must be dropped on the thread that made them
    if too_large:
        raise ResultTooLarge()
    rows = results_json(names, bindings)
    return _Results(lambda fmt: rows if fmt == ox.QueryResultsFormat.JSON else
                    _written(ox.parse_query_results(rows, format=ox.QueryResultsFormat.JSON).serialize(format=fmt)))


def _written(data: bytes | None) -> bytes:
    """pyoxigraph's serialisers return the bytes when given no output to write to."""
    assert data is not None
    return data


def _boolean(value: bool, fmt: ox.QueryResultsFormat) -> bytes:
    parsed = ox.parse_query_results(b'{"head":{},"boolean":' + (b"true" if value else b"false") + b"}",
                                    format=ox.QueryResultsFormat.JSON)
    return _written(parsed.serialize(format=fmt))
