"""SPARQL over a built graph: saved queries, parameters bound as RDF terms, output formats.

The engine is pyoxigraph (an in-memory store loaded from ``graph.ttl`` or
``graph.trig``). The project's prefixes are predeclared. Parameters are RDF
terms, never text pasted into the query: bound by a VALUES row written from the
terms (``kg.store.bindings``), or by SPARQL substitutions (SEP-0007).
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
from kg.rdf.vocab import PREFIX_MAP, XSD, shorten
from kg.store.bindings import Substitutions, Term, query_bound
from kg.store.engine import Answer
from kg.store.limits import Limits, QueryError, check_query
from kg.store.reader import open_store

if TYPE_CHECKING:
    from kg.store.answers import CachedStore

__all__ = ["QueryError", "open_store"]  # defined with the store, used from here

QUERY_DIR = PACKAGE_DIR / "queries"

#: What a query runs on: an in-memory or persistent store, or a persistent store that keeps its answers.
Store: TypeAlias = Union[ox.Store, "CachedStore"]
#: What a query returns (a store that keeps answers gives SELECT rows with the same interface).
Result: TypeAlias = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


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
    """QUERY as given on the command line: a saved query's name, a .rq file, or SPARQL text.

    One word that is neither a saved query nor a file is an error that says so (as SPARQL it would be
    reported as a syntax error at its first character).
    """
    saved = saved_queries().get(query)
    if saved is not None:
        return saved.text, saved
    if query.endswith(".rq") and Path(query).is_file():
        return Path(query).read_text(encoding="utf-8"), None
    if query.strip() and not any(ch.isspace() or ch in "{}?" for ch in query.strip()):
        what = "no such query file" if query.endswith(".rq") else "no saved query of that name"
        raise QueryError(f"{query}: {what} (`kg query --list` names the saved queries)")
    return query, None


def term(value: str, kind: str = "string") -> ox.NamedNode | ox.Literal:
    """An RDF term for a parameter value; a value that is no such term is a ``QueryError``.

    >>> term("G6512"), term("2", "integer"), term("kgo:onRoad", "iri")
    (<Literal value=G6512 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>, \
<Literal value=2 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>, \
<NamedNode value=https://w3id.org/kg-transport/ontology#onRoad>)
    >>> term("http://x> <y", "iri")
    Traceback (most recent call last):
    ...
    kg.store.limits.QueryError: 'http://x> <y' is not an IRI (expected <http://…>, a full IRI, or prefix:name with \
a known prefix such as kgo:)
    """
    try:
        if kind == "iri" or (value.startswith("<") and value.endswith(">")):
            iri = value[1:-1] if value.startswith("<") and value.endswith(">") else value
            prefix, _, local = iri.partition(":")
            if prefix in PREFIX_MAP and not iri.startswith(("http:", "https:", "urn:")):
                iri = PREFIX_MAP[prefix] + local
            if ":" not in iri:
                raise ValueError(iri)
            return ox.NamedNode(iri)
        if kind == "zh":
            return ox.Literal(value, language="zh")
        if kind == "integer" and re.fullmatch(r"[+-]?[0-9]+", value):
            return ox.Literal(value, datatype=ox.NamedNode(XSD.integer))
        if kind == "decimal" and re.fullmatch(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)", value):
            return ox.Literal(value, datatype=ox.NamedNode(XSD.decimal))
        if kind in ("integer", "decimal"):
            raise ValueError(value)
    except ValueError:
        if kind in ("integer", "decimal"):
            raise QueryError(f"{value!r} is not a{'n' if kind == 'integer' else ''} {kind}") from None
        raise QueryError(f"{value!r} is not an IRI (expected <http://…>, a full IRI, or prefix:name with a known "
                         "prefix such as kgo:)") from None
    return ox.Literal(value)


_VARIABLE = re.compile(r"[?$]([A-Za-z_0-9\u00B7-\uFFFF]+)")


def bindings(saved: SavedQuery | None, given: dict[str, str], text: str | None = None) -> Substitutions:
    """Substitutions for the query: given values, else declared defaults.

    With the query's ``text``, a name that is no variable of it is a ``QueryError``
    (a typo would otherwise bind nothing and answer as if no parameter were given).
    """
    kinds = {p.name: p.kind for p in saved.params} if saved else {}
    variables = sorted(set(_VARIABLE.findall(text))) if text is not None else None
    out: Substitutions = {}
    for p in (saved.params if saved else ()):
        if p.name not in given and p.default is not None:
            out[ox.Variable(p.name)] = term(p.default, p.kind)
    for name, value in given.items():
        if variables is not None and name not in variables:
            raise QueryError(f"--param {name}: the query has no variable ?{name} "
                             f"(its variables: {', '.join('?' + v for v in variables) or 'none'})")
        try:
            out[ox.Variable(name)] = term(value, kinds.get(name, "string"))
        except QueryError as exc:
            raise QueryError(f"--param {name}={value}: {exc}") from None
    return out


def run(store: Store, text: str, params: Substitutions | None = None) -> Result:
    """Execute a SPARQL query in this process; raises QueryError with the position on a syntax error.

    For the project's own queries and tests: the text is checked against the default
    ``Limits`` (depth, length, SERVICE) but nothing stops a slow query here. What users
    send runs in ``kg.store.pool``.
    """
    check_query(text, Limits())
    try:
        return query_bound(store, text, params, prefixes=PREFIX_MAP)
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


def render_answer(answer: Answer, fmt: str = "table") -> str:
    """An answer from the query pool (SPARQL JSON results or N-Triples) as ``render`` writes it."""
    if answer.kind == "graph":
        return _pretty_turtle(answer.body)
    if fmt == "json":
        return answer.body.decode("utf-8")
    return render(ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.JSON), fmt)
