"""``kg serve``: one local web app over a built graph.

* ``/sparql`` — SPARQL 1.1 Protocol endpoint (read-only), for SPARQLWrapper, YASGUI, curl;
* ``/`` — query page: editor prefilled from the saved queries, results table, "show as graph";
* ``/entity?iri=…`` — an entity's facts, neighbours and source sentences with their reports;
* ``/graph`` — the interactive graph view (``?focus=`` name or IRI, ``&depth=``, ``&node=`` …).

Report text is data: pages are rendered with Jinja2 autoescaping, and the
query page writes results with ``textContent`` only.
"""
from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pyoxigraph as ox
from fastapi import FastAPI, Query, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, Response

from kg.query import Store, Substitutions, Term, open_store, saved_queries, select
from kg.rdf.vocab import PREFIX_MAP, shorten
from kg.store.limits import Limits
from kg.store.pool import QueryPool
from kg.store.reader import stamp
from kg.web import sparql
from kg.web.pages import render
from kg.web.view import DEFAULT_TYPES, find_nodes, linked_view, load_view_graph, neighbourhood, render_html

ENTITY_URL = "/entity?iri="
MAX_NEIGHBOURS = 200


def _quote(sentence: str, sentence_begin: int, start: int, end: int) -> str:
    """A mention's words: its raw-text offsets, taken from its sentence's text (which starts at ``sentence_begin``)."""
    return sentence[start - sentence_begin:end - sentence_begin]


def _term(t: Term) -> dict[str, str | None]:
    if isinstance(t, ox.NamedNode):
        return {"iri": t.value, "text": shorten(t.value)}
    if isinstance(t, ox.Triple):  # RDF-star: kg writes none, a graph loaded from elsewhere might
        return {"iri": None, "text": str(t)}
    return {"iri": None, "text": t.value}


class _Pages:
    """The graph the pages read (their own queries, with values bound as terms), opened again when rebuilt."""

    def __init__(self, graph: Path):
        self.graph, self._lock = Path(graph), threading.Lock()
        self._stamp, self._store = stamp(self.graph), open_store(self.graph)

    def store(self) -> Store:
        with self._lock:
            now = stamp(self.graph)
            if now is not None and now != self._stamp:
                self._stamp, self._store = now, open_store(self.graph)
            return self._store


def create_app(graph: Path, *, limits: Limits | None = None, cors: str | None = None, max_queries: int = 12,
               warm: int = 2) -> FastAPI:
    """The app over one graph file or store folder.

    ``/sparql`` queries run in a pool of worker processes under ``limits`` (``kg.store.pool``);
    ``cors`` is the one origin allowed to call it from a browser (None: no CORS headers).
    """
    pages = _Pages(graph)
    pool = QueryPool(graph, limits or Limits(), warm=warm, max_workers=max_queries)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        threading.Thread(target=pool.start, daemon=True).start()
        try:
            yield
        finally:
            pool.close()

    app = FastAPI(title="kg", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    if cors:
        app.add_middleware(CORSMiddleware, allow_origins=[cors], allow_methods=["GET", "POST"],
                           allow_headers=["Accept", "Content-Type"], max_age=600)

    @app.api_route("/sparql", methods=["GET", "POST"])
    @app.api_route("/sparql/", methods=["GET", "POST"], include_in_schema=False)
    async def sparql_endpoint(request: Request) -> Response:
        return await sparql.answer(pool, request)

    @app.get("/api/queries")
    def api_queries() -> JSONResponse:
        return JSONResponse([{"name": q.name, "title_zh": q.title_zh, "title_en": q.title_en, "text": q.text}
                             for q in saved_queries().values()])

    @app.get("/", response_class=HTMLResponse)
    def query_page() -> HTMLResponse:
        queries = [{"name": q.name, "title": f"{q.title_zh} / {q.title_en}", "text": q.text}
                   for q in saved_queries().values()]
        prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIX_MAP.items())
        return HTMLResponse(render("query.html", data={"queries": queries, "prefixes": prefixes}))

    @app.get("/entity", response_class=HTMLResponse)
    def entity_page(iri: str = Query(..., max_length=2000)) -> HTMLResponse:
        store = pages.store()
        try:
            node = ox.NamedNode(iri) if iri.startswith(("http://", "https://")) else None
        except ValueError:  # not a valid IRI (spaces, angle brackets …): no entity has it
            node = None
        if node is None or next(iter(store.quads_for_pattern(node, None, None)), None) is None:
            return HTMLResponse(render("entity.html", missing=iri), status_code=404)
        subst: Substitutions = {ox.Variable("e"): node}
        label = next((s["l"].value for s in select(store, "SELECT ?e ?l WHERE { ?e rdfs:label ?l } LIMIT 1", subst)), iri)
        facts = [(_term(s["p"]), _term(s["o"])) for s in select(store, "SELECT ?e ?p ?o WHERE { ?e ?p ?o FILTER (?p != kgo:hasMention) } ORDER BY ?p ?o", subst)]
        incoming = [(_term(s["s"]), _term(s["p"]), s["l"].value if s["l"] else shorten(s["s"].value)) for s in select(store, f"""SELECT ?e ?s ?p ?l WHERE {{ ?s ?p ?e FILTER (?p NOT IN (rdf:subject, rdf:object, kgo:issuedBy) ||
                  EXISTS {{ ?s a kgo:Document }}) FILTER NOT EXISTS {{ ?s a kgo:Assertion }}
                  OPTIONAL {{ ?s rdfs:label ?l }} }} ORDER BY ?p ?l LIMIT {MAX_NEIGHBOURS}""", subst)]
        labels = {s["n"].value: s["l"].value for s in select(store, """SELECT ?e ?n ?l WHERE { ?e ?p ?n . ?n rdfs:label ?l }""", subst)}
        # a mention's words are its sentence's text at its offsets (kgo.ttl, "Provenance model"): no quote is stored
        sources = [{"report": s["f"].value, "sentence": s["t"].value, "exact": _quote(s["t"].value, *(int(s[v].value) for v in "cab")),
                    "start": s["a"].value, "end": s["b"].value, "rule": s["r"].value} for s in select(store, """SELECT ?e ?f ?t ?c ?a ?b ?r WHERE {
                 ?e kgo:hasMention ?m . ?m kgo:inSentence ?s ; kgo:rule ?r ; nif:beginIndex ?a ; nif:endIndex ?b .
                 ?s nif:isString ?t ; nif:beginIndex ?c ; nif:referenceContext/kgo:sourceFile ?f . } ORDER BY ?f xsd:integer(?a)""", subst)]
        return HTMLResponse(render("entity.html", missing=None, iri=iri, label=label, facts=facts, incoming=incoming,
                                   labels=labels, sources=sources, entity_url=ENTITY_URL))

    @app.get("/graph", response_class=HTMLResponse)
    def graph_page(focus: str | None = None, depth: int = Query(2, ge=0, le=5),
                   node: list[str] = Query(default=[]), types: str | None = None) -> HTMLResponse:
        chosen = tuple(t for t in (types or "").split(",") if t) or DEFAULT_TYPES
        try:
            vg = load_view_graph(pages.store(), types=chosen)
        except ValueError as exc:  # a class name the view does not know
            return HTMLResponse(render("message.html", heading="无此类 Unknown class", message=str(exc)), status_code=400)
        roots = [n for n in node if n in vg.nodes]
        if focus:
            roots += find_nodes(vg, focus)[:1]
        if roots:
            vg = neighbourhood(vg, roots, depth)
        elif focus or node:
            return HTMLResponse(render("message.html", heading="未找到 Not found",
                                       message=f"No entity in the graph matches {focus or ', '.join(node)}."),
                                status_code=404)
        # as the built graph.html draws it: each report a hub its entities hang from
        return HTMLResponse(render_html(linked_view(pages.store(), vg), entity_url=ENTITY_URL, title="kg graph"))

    return app


def serve(graph: Path, host: str = "127.0.0.1", port: int = 8000, **options) -> None:
    """Run the app (``options``: those of ``create_app``) until interrupted."""
    import uvicorn

    uvicorn.run(create_app(graph, **options), host=host, port=port, log_level="info")
