"""SPARQL over a built graph: saved queries, parameters bound as RDF terms, output formats.

The engine is pyoxigraph (an in-memory store loaded from ``graph.ttl`` or
``graph.trig``). The project's prefixes are predeclared. Parameters are bound
with SPARQL substitutions (SEP-0007): values are RDF terms, never pasted into
the query text.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias, Union

import pyoxigraph as ox

from kg.config import PACKAGE_DIR
from kg.errors import KgError
from kg.rdf.vocab import PREFIX_MAP, XSD, shorten

if TYPE_CHECKING:
    from kg.store.answers import CachedStore

QUERY_DIR = PACKAGE_DIR / "queries"

#: What a query runs on: an in-memory or persistent store, or a persistent store that keeps its answers.
Store: TypeAlias = Union[ox.Store, "CachedStore"]
#: A value bound to a variable (SEP-0007 substitutions).
Term: TypeAlias = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Substitutions: TypeAlias = dict[ox.Variable, Term]
#: What a query returns (a store that keeps answers gives SELECT rows with the same interface).
Result: TypeAlias = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


class QueryError(KgError):
    """A query that cannot be parsed or run; ``position`` is 'line:column' when known."""

    def __init__(self, message: str, position: str | None = None):
        self.position = position
        super().__init__(message)


@dataclass(frozen=True)
class Param:
    name: str
    kind: str = "string"  # string | zh | integer | decimal | iri
    default: str | None = None
    doc: str = ""


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title_zh: str
    title_en: str
    text: str
    params: tuple[Param, ...] = field(default_factory=tuple)


_PARAM = re.compile(r"^#\s*param:\s*(?P<name>\w+)(?:\s+(?P<kind>string|zh|integer|decimal|iri))?"
                    r"(?:\s+default=(?P<default>\S+))?\s*(?P<doc>.*)$")


def parse_saved(name: str, text: str) -> SavedQuery:
    meta: dict[str, str] = {}
    params = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _PARAM.match(line)
        if m:
            params.append(Param(m["name"], m["kind"] or "string", m["default"], m["doc"].strip()))
            continue
        key, _, value = line.lstrip("# ").partition(":")
        meta[key.strip()] = value.strip()
    return SavedQuery(name, meta.get("title_zh", ""), meta.get("title_en", ""), text, tuple(params))


@lru_cache(maxsize=1)
def saved_queries() -> dict[str, SavedQuery]:
    """The packaged competency queries, by name."""
    return {p.stem: parse_saved(p.stem, p.read_text(encoding="utf-8")) for p in sorted(QUERY_DIR.glob("*.rq"))}


def resolve_query(query: str) -> tuple[str, SavedQuery | None]:
    """QUERY as given on the command line: a saved query's name, a .rq file, or SPARQL text."""
    saved = saved_queries().get(query)
    if saved is not None:
        return saved.text, saved
    if query.endswith(".rq") and Path(query).is_file():
        return Path(query).read_text(encoding="utf-8"), None
    return query, None


def term(value: str, kind: str = "string") -> ox.NamedNode | ox.Literal:
    """An RDF term for a parameter value.

    >>> term("G6512"), term("2", "integer"), term("kgo:onRoad", "iri")
    (<Literal value=G6512 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>, \
<Literal value=2 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>, \
<NamedNode value=https://w3id.org/kg-transport/ontology#onRoad>)
    """
    if kind == "iri" or (value.startswith("<") and value.endswith(">")):
        value = value.strip("<>")
        prefix, _, local = value.partition(":")
        if prefix in PREFIX_MAP and not value.startswith(("http:", "https:", "urn:")):
            value = PREFIX_MAP[prefix] + local
        return ox.NamedNode(value)
    if kind == "zh":
        return ox.Literal(value, language="zh")
    if kind == "integer":
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD.integer))
    if kind == "decimal":
        return ox.Literal(value, datatype=ox.NamedNode(XSD.decimal))
    return ox.Literal(value)


def bindings(saved: SavedQuery | None, given: dict[str, str]) -> Substitutions:
    """Substitutions for the query: given values, else declared defaults."""
    kinds = {p.name: p.kind for p in saved.params} if saved else {}
    out: Substitutions = {}
    for p in (saved.params if saved else ()):
        if p.name not in given and p.default is not None:
            out[ox.Variable(p.name)] = term(p.default, p.kind)
    for name, value in given.items():
        out[ox.Variable(name)] = term(value, kinds.get(name, "string"))
    return out


def open_store(path: Path, *, keep_results: bool = True) -> Store:
    """A store to query: a persistent store folder (``kg build --store``), read-only,
    or an in-memory store loaded from a graph file (TriG named graphs are queried as their union).

    A persistent store keeps slow SELECT answers until its next build
    (``kg.store.answers``) unless ``keep_results`` is false.
    """
    path = Path(path)
    if path.is_dir():
        from kg.store.answers import RESULTS_DIR, CachedStore, KeptResults
        from kg.store.store import GENERATION, META_GRAPH

        try:
            store = ox.Store.read_only(str(path))
        except OSError as exc:
            raise KgError(f"[E024] {path}: not a kg store: {exc}") from exc
        stamp = next(iter(store.quads_for_pattern(GENERATION, GENERATION, None, META_GRAPH)), None)
        if keep_results and stamp is not None and isinstance(stamp.object, ox.Literal):
            return CachedStore(store, KeptResults(path / RESULTS_DIR, stamp.object.value))
        return store
    if not path.is_file():
        raise KgError(f"[E020] {path}: no such graph file (run `kg build` first)")
    store = ox.Store()
    try:
        if path.suffix == ".trig":
            # named graphs as they are, and their union once in the default graph (what queries read)
            quads = list(ox.parse(path=str(path), format=ox.RdfFormat.TRIG))
            store.extend(quads)
            store.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads)
        else:
            store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    except (SyntaxError, ValueError, OSError) as exc:
        raise KgError(f"[E021] {path}: cannot load the graph: {exc}") from exc
    return store


def run(store: Store, text: str, params: Substitutions | None = None) -> Result:
    """Execute a SPARQL query; raises QueryError with the position on a syntax error."""
    try:
        return store.query(text, prefixes=PREFIX_MAP, substitutions=params or None)
    except SyntaxError as exc:
        message = str(exc)
        m = re.search(r"(\d+):(\d+)", message)
        raise QueryError(f"[E022] SPARQL syntax error: {message}", m.group(0) if m else None) from exc
    except OSError as exc:
        raise QueryError(f"[E023] query failed: {exc}") from exc


def select(store: Store, text: str, params: Substitutions | None = None) -> ox.QuerySolutions:
    """The rows of one of the project's own SELECT queries (the web app's, the view's)."""
    result = run(store, text, params)
    if isinstance(result, (ox.QueryBoolean, ox.QueryTriples)):
        raise QueryError(f"[E025] not a SELECT query: {text[:60]!r}")
    return result


# ------------------------------------------------------------------ output
def _cell(value: Term | None) -> str:
    if value is None:
        return ""
    if isinstance(value, ox.NamedNode):
        return shorten(value.value)
    if isinstance(value, ox.Literal):
        return value.value
    return str(value)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(rows: list[list[str]], header: list[str]) -> str:
    """A plain text table, aligned for Chinese (wide) characters."""
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def _pretty_turtle(ntriples: bytes) -> str:
    """Turtle with the project's prefixes (rdflib's serializer)."""
    from rdflib import Graph

    from kg.rdf.vocab import bind_prefixes

    g = Graph()
    bind_prefixes(g)
    g.parse(data=ntriples, format="nt")
    return g.serialize(format="turtle")


def _json(result: ox.QuerySolutions | ox.QueryBoolean) -> str:
    data = result.serialize(format=ox.QueryResultsFormat.JSON)
    assert data is not None  # serialize returns the bytes when given no output
    return data.decode("utf-8")


def render(result: Result, fmt: str = "table") -> str:
    """A query result as text: table, csv, json (SPARQL results) or turtle (graph results)."""
    if isinstance(result, ox.QueryBoolean):
        return _json(result) if fmt == "json" else ("true" if bool(result) else "false")
    if isinstance(result, ox.QueryTriples):
        data = result.serialize(format=ox.RdfFormat.N_TRIPLES)
        assert data is not None  # as above
        return _pretty_turtle(data)
    if fmt == "json":
        return _json(result)
    header = [v.value for v in result.variables]
    rows = [[_cell(sol[v]) for v in result.variables] for sol in result]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        return buf.getvalue()
    return table(rows, header)
