"""Opening a graph to query: a persistent store folder read-only, or a graph file loaded in memory.

A store that cannot be opened or read (files deleted, a disk error) is
reported with the command that rebuilds it, which the build records in the
store folder (``kg-build.json``): the store is a copy of the report caches,
so rebuilding loses nothing.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.store.answers import RESULTS_DIR, CachedStore, KeptResults
from kg.store.store import GENERATION, META_GRAPH, RECORD


def rebuild_hint(path: Path) -> str:
    """How to rebuild the store at ``path``: the recorded command, or its general form."""
    try:
        command = json.loads((Path(path) / RECORD).read_text(encoding="utf-8"))["command"]
    except (OSError, ValueError, KeyError, TypeError):
        command = f"kg build REPORTS -o OUTDIR --store {path}"
    return f"rebuild it with `{command}` (the store is a copy of the build's report caches)"


def damaged(path: Path, exc: BaseException) -> KgError:
    return KgError(f"[E024] {path}: the store is damaged or not a kg store ({exc}); {rebuild_hint(path)}")


def stamp(path: Path) -> tuple[int, ...] | None:
    """Changes when the build replaces the graph (a store folder is swapped whole, a file renamed over)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_mtime_ns)


def open_store(path: Path, *, keep_results: bool = True) -> ox.Store | CachedStore:
    """A store to query: a persistent store folder (``kg build --store``), read-only,
    or an in-memory store loaded from a graph file (TriG: its named graphs, and their union
    in the default graph, which is what queries read).

    A persistent store keeps slow SELECT answers until its next build
    (``kg.store.answers``) unless ``keep_results`` is false.
    """
    path = Path(path)
    if path.is_dir():
        try:
            store = ox.Store.read_only(str(path))
            marks = list(store.quads_for_pattern(GENERATION, GENERATION, None, META_GRAPH))
        except (OSError, RuntimeError) as exc:  # RocksDB's "Corruption" comes as a RuntimeError
            raise damaged(path, exc) from exc
        mark = marks[0].object if marks else None
        if keep_results and isinstance(mark, ox.Literal):
            return CachedStore(store, KeptResults(path / RESULTS_DIR, mark.value))
        return store
    if not path.is_file():
        raise KgError(f"[E020] {path}: no such graph file. Build one with `kg build -o OUTDIR` and give it "
                      "with --graph OUTDIR/graph.ttl, or a store built with `kg build --store DIR` with --store DIR")
    store = ox.Store()
    try:
        if path.suffix == ".trig":
            quads = list(ox.parse(path=str(path), format=ox.RdfFormat.TRIG))
            store.extend(quads)
            store.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads)
        else:
            store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    except (SyntaxError, ValueError, OSError) as exc:
        raise KgError(f"[E021] {path}: cannot load the graph: {exc}") from exc
    return store
