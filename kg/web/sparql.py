"""SPARQL 1.1 Protocol, read-only: the query operation by GET, URL-encoded POST or direct POST.

What the protocol asks of a read-only service, and what this one does:

* one ``query`` parameter (none, or two, is a 400); ``default-graph-uri`` and
  ``named-graph-uri`` replace the query's own dataset, built from the store's
  named graphs (a graph the store lacks is empty; ``FROM`` never fetches);
* the request's URL is the base IRI, so ``<s>`` in a query is ``<…/sparql/s>``;
* bodies are UTF-8 (another charset is a 415, undecodable bytes a 400), at
  most ``Limits.max_body`` bytes (413);
* results by ``Accept`` (q-values honoured; nothing acceptable: 406);
* updates are refused (403), whatever their form;
* every other client error is a 400 whose text says what and where.

The query itself runs in ``kg.store.pool`` under the limits, never in this process.
"""
from __future__ import annotations

import asyncio
from urllib.parse import parse_qsl

import pyoxigraph as ox
from fastapi import Request
from fastapi.responses import PlainTextResponse, Response

from kg.store.engine import Job
from kg.store.formats import CSV, JSON, TSV, XML
from kg.store.limits import Limits, QueryError
from kg.store.pool import QueryPool

#: Media types offered, in the order preferred when the client likes several equally; -> the writer's.
RESULT_TYPES = {JSON: JSON, "application/json": JSON, XML: XML, "application/xml": XML, "text/xml": XML,
                CSV: CSV, TSV: TSV}
GRAPH_TYPES = {"text/turtle": "text/turtle", "application/n-triples": "application/n-triples",
               "application/ld+json": "application/ld+json", "application/rdf+xml": "application/rdf+xml"}
FORM = "application/x-www-form-urlencoded"
DIRECT_QUERY, DIRECT_UPDATE = "application/sparql-query", "application/sparql-update"
MAX_FIELDS = 200


def negotiate(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the Accept header rates highest (its most specific matching range decides;
    ties go to the order of ``offered``), or None when it admits none.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", ["application/sparql-results+json", "text/csv",
    ...           "application/sparql-results+xml"])
    'application/sparql-results+xml'
    >>> negotiate("text/*;q=0.3, text/csv;q=0", ["text/csv", "text/turtle"]), negotiate("image/png", ["text/csv"])
    ('text/turtle', None)
    """
    ranges = []
    for part in (accept or "*/*").split(","):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        if "/" not in media:
            continue
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        kind, sub = media.split("/", 1)
        ranges.append((kind, sub, q))
    best: tuple[float, int, str] | None = None
    for pos, media in enumerate(offered):
        kind, sub = media.split("/", 1)
        matches = [((k != "*") + (s != "*"), q) for k, s, q in ranges if k in (kind, "*") and s in (sub, "*")]
        if not matches:
            continue
        q = max(matches)[1]
        if q > 0 and (best is None or (q, -pos) > best[:2]):
            best = (q, -pos, media)
    return best[2] if best else None


def _media(header: str | None) -> tuple[str, str | None]:
    """(media type, charset) of a Content-Type header."""
    fields = [f.strip() for f in (header or "").split(";")]
    charset = next((f.split("=", 1)[1].strip().strip('"').lower() for f in fields[1:]
                    if f.lower().startswith("charset=")), None)
    return fields[0].lower(), charset


def _pairs(data: bytes, where: str) -> list[tuple[str, str]]:
    try:
        return parse_qsl(data.decode("utf-8"), keep_blank_values=True, errors="strict", max_num_fields=MAX_FIELDS)
    except UnicodeDecodeError as exc:
        raise QueryError(f"the {where} is not UTF-8 (byte {exc.start}); the protocol requires UTF-8") from None
    except ValueError as exc:
        raise QueryError(f"the {where} has too many parameters: {exc}") from None


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise QueryError(f"request body too large: {int(declared):,} bytes, the limit is {limit:,}", status=413)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise QueryError(f"request body too large: over {limit:,} bytes, the limit", status=413)
        chunks.append(chunk)
    return b"".join(chunks)


async def read_request(request: Request, limits: Limits) -> tuple[str, list[tuple[str, str]]]:
    """(query text, all parameters) of a query request; a ``QueryError`` for anything else."""
    params = _pairs(request.scope.get("query_string", b""), "query string")
    body_query: str | None = None
    if request.method == "POST":
        media, charset = _media(request.headers.get("content-type"))
        if charset not in (None, "utf-8", "utf8"):
            raise QueryError(f"charset {charset}: the SPARQL protocol requires UTF-8", status=415)
        body = await _body(request, limits.max_body)
        if media == FORM:
            params += _pairs(body, "form body")
        elif media in (DIRECT_QUERY, DIRECT_UPDATE):
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise QueryError(f"the body is not UTF-8 (byte {exc.start}); the protocol requires UTF-8") from None
            if media == DIRECT_UPDATE:
                params.append(("update", text))
            else:
                body_query = text
        else:
            raise QueryError(f"content type {media or '(none)'} is not a SPARQL request: send the query as "
                             f"{DIRECT_QUERY}, or as the 'query' field of {FORM}", status=415)
    if any(name in ("update", "using-graph-uri", "using-named-graph-uri") for name, _ in params):
        raise QueryError("this endpoint is read-only: SPARQL Update is refused", status=403)
    queries = [v for n, v in params if n == "query"] + ([body_query] if body_query is not None else [])
    if len(queries) != 1:
        raise QueryError("missing the 'query' parameter" if not queries else
                         f"{len(queries)} 'query' parameters: the protocol allows exactly one")
    return queries[0], params


def _iris(params: list[tuple[str, str]], name: str) -> tuple[str, ...]:
    out = []
    for n, value in params:
        if n == name:
            try:
                out.append(ox.NamedNode(value).value)
            except ValueError:
                raise QueryError(f"{name} {value!r} is not an IRI") from None
    return tuple(out)


def _error(exc: QueryError) -> Response:
    kind = f"malformed query at {exc.position}" if exc.position else "error"
    headers = {"Retry-After": "5"} if exc.status == 503 else None
    return PlainTextResponse(f"{kind}: {exc}\n", status_code=exc.status, headers=headers)


async def answer(pool: QueryPool, request: Request) -> Response:
    """The protocol's answer to one request: results, a graph, or the error's status and reason."""
    try:
        text, params = await read_request(request, pool.limits)
        accept = request.headers.get("accept")
        results, graph = negotiate(accept, list(RESULT_TYPES)), negotiate(accept, list(GRAPH_TYPES))
        if results is None and graph is None:
            raise QueryError(f"Accept {accept!r} admits none of the formats offered: "
                             f"{', '.join([*RESULT_TYPES, *GRAPH_TYPES])}", status=406)
        defaults, named = _iris(params, "default-graph-uri"), _iris(params, "named-graph-uri")
        job = Job(text, results=results and RESULT_TYPES[results], graph=graph and GRAPH_TYPES[graph],
                  base_iri=str(request.url).split("?", 1)[0],
                  default_graph=defaults if defaults or named else None, named_graphs=named if defaults or named else None)
        reply = await asyncio.get_running_loop().run_in_executor(pool.threads, pool.run, job)
    except QueryError as exc:
        return _error(exc)
    media = results if reply.kind != "graph" else graph
    assert media is not None  # the worker refuses a kind the client accepts no format for
    return Response(reply.body, media_type=media, headers={"Vary": "Accept"})
