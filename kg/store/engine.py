"""The worker side of the query pool: one process, one opened graph, one query at a time.

pyoxigraph cannot cancel a query from Python (its Rust API has a
cancellation token and a switch for the HTTP service handler, the bindings
expose neither), so a query runs in a process the pool can kill. The worker
writes the answer in the format asked for, under the row and triple caps,
and sends back bytes: nothing of the engine crosses the pipe.

Unless federation is allowed, the worker first moves into a network
namespace of its own (Linux, unprivileged user namespaces): no interface but
a loopback that is down, so even a ``SERVICE`` the text check missed reaches
nothing. Where the kernel refuses, the text check (``kg.store.limits``) stands alone.
"""
from __future__ import annotations

import ctypes
import os
import re
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.rdf.vocab import PREFIX_MAP
from kg.store import formats
from kg.store.bindings import query_bound
from kg.store.limits import Limits, QueryError
from kg.store.reader import damaged, open_store

_CLONE_NEWUSER, _CLONE_NEWNET, _PR_SET_PDEATHSIG = 0x10000000, 0x40000000, 1


@dataclass(frozen=True)
class Job:
    """One query and how to answer it. ``results`` / ``graph``: the media type for a
    SELECT or ASK answer / a CONSTRUCT or DESCRIBE answer; None where the client accepts none."""
    text: str
    results: str | None = formats.JSON
    graph: str | None = "application/n-triples"
    base_iri: str | None = None
    default_graph: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    substitutions: tuple[tuple[str, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple], ...] = ()


@dataclass(frozen=True)
class Answer:
    kind: str    # solutions | boolean | graph
    media: str
    body: bytes


def _libc():
    return ctypes.CDLL(None, use_errno=True)


def die_with_parent() -> None:
    """Linux: the kernel kills this process when its parent goes (no orphaned worker burning a core)."""
    if sys.platform.startswith("linux"):
        _libc().prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def isolate_network() -> bool:
    """Move this (single-threaded) process into a new user and network namespace; False where refused."""
    if not sys.platform.startswith("linux"):
        return False
    return _libc().unshare(_CLONE_NEWUSER | _CLONE_NEWNET) == 0


def _graphs(iris: tuple[str, ...] | None) -> list[ox.NamedNode] | None:
    return None if iris is None else [ox.NamedNode(i) for i in iris]


def execute(store, job: Job, limits: Limits, source: Path | None = None) -> Answer:
    """Run ``job`` on ``store`` (opened from ``source``) and write its answer; every failure is a ``QueryError``."""
    try:
        dataset: dict = {}
        if job.default_graph is not None or job.named_graphs is not None:
            # the protocol's dataset replaces the query's FROM / FROM NAMED; a graph not given is empty
            dataset = {"default_graph": _graphs(job.default_graph or ()), "named_graphs": _graphs(job.named_graphs or ())}
        result = query_bound(store, job.text, {ox.Variable(n): t for n, t in job.substitutions},
                             prefixes=PREFIX_MAP, base_iri=job.base_iri, **dataset)
        if isinstance(result, ox.QueryBoolean):
            media = _wanted(job.results, "an ASK answer (true or false)")
            return Answer("boolean", media, formats.write_boolean(bool(result), media))
        if isinstance(result, ox.QueryTriples):
            media = _wanted(job.graph, "a graph (CONSTRUCT or DESCRIBE)")
            return Answer("graph", media, formats.write_graph(result, media, limits.max_triples))
        media = _wanted(job.results, "SELECT results")
        names = [v.value for v in result.variables]
        return Answer("solutions", media, formats.write_solutions(names, formats.rows(result, limits.max_rows), media))
    except QueryError:
        raise
    except SyntaxError as exc:
        message = str(exc)
        position = re.search(r"(\d+):(\d+)", message)
        raise QueryError(f"[E022] SPARQL syntax error: {message}", position.group(0) if position else None) from exc
    except ValueError as exc:  # a bad IRI in the dataset, a bad base IRI
        raise QueryError(f"[E023] {exc}") from exc
    except (OSError, RuntimeError) as exc:  # the store's, or one the query caused (an unknown function …)
        if source is not None and source.is_dir() and _storage(exc):
            raise QueryError(str(damaged(source, exc)), status=500) from exc
        raise QueryError(f"[E023] the query failed: {exc}") from exc


def _storage(exc: Exception) -> bool:
    text = str(exc)
    return any(word in text for word in ("IO error", "Corruption", "No such file"))


def _wanted(media: str | None, what: str) -> str:
    if media is None:
        raise QueryError(f"the Accept header admits no format for {what}", status=406)
    return media


def worker_main(conn, source: str, limits: Limits, keep_results: bool) -> None:
    """A worker's life: isolate, open the graph, say ready (or why not), then answer jobs until the pipe closes."""
    die_with_parent()
    if not limits.allow_federation:
        isolate_network()
    try:
        store = open_store(Path(source), keep_results=keep_results)
    except KgError as exc:
        conn.send(QueryError(str(exc), status=500))
        return
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply: Answer | QueryError = execute(store, job, limits, Path(source))
        except QueryError as exc:
            reply = exc
        except Exception as exc:  # a defect: reported, and the worker goes on
            reply = QueryError(f"internal error: {type(exc).__name__}: {exc}", status=500)
        try:
            conn.send(reply)
        except (OSError, ValueError):
            os._exit(0)
