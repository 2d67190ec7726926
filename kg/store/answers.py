"""Query results of a persistent store, kept on disk until the store changes.

A saved query over 10,000 reports (campaigns per report, agencies acting
together) reads hundreds of thousands of bindings: seconds in any engine.
Its answer is the same until the next ``kg build --store`` changes the
store, so the answer is kept: ``STORE/kg-results/<generation>-<key>.srj``
(SPARQL 1.1 JSON results). The generation is written by the build with the
data (a hash of the pipeline and the reports loaded), so a kept answer is
never served for another state of the store. Only SELECT results are kept,
only when computing them took a while, only up to ``MAX_ROWS`` rows, and the
folder is trimmed to ``MAX_BYTES``, oldest first. A store folder that cannot
be written (a read-only copy) simply keeps nothing.
"""
from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import pyoxigraph as ox

from kg.atomic import write_atomic
from kg.store.formats import json_term

RESULTS_DIR = "kg-results"
#: Answers that took less than this are not worth a file.
MIN_SECONDS = 0.05
MAX_ROWS = 100_000
MAX_BYTES = 256 * 1024 * 1024
_JSON = ox.QueryResultsFormat.JSON


def json_row(solution, names: list[str]) -> dict:
    """One solution's bound variables in the SPARQL 1.1 JSON results form."""
    return {n: json_term(solution[n]) for n in names if solution[n] is not None}


def results_json(names: list[str], rows: list[dict]) -> bytes:
    return json.dumps({"head": {"vars": names}, "results": {"bindings": rows}}, ensure_ascii=False).encode("utf-8")


class KeptResults:
    """The kept answers of one store generation."""

    def __init__(self, folder: Path, generation: str):
        self.folder, self.generation = Path(folder), generation

    def key(self, text: str, options: dict) -> str:
        h = hashlib.sha256(text.encode("utf-8"))
        for name, value in sorted(options.items()):
            if isinstance(value, dict):  # prefixes, substitutions: by their written form
                value = sorted((str(k), str(v)) for k, v in value.items())
            h.update(f"\0{name}={value!r}".encode())
        return h.hexdigest()[:32]

    def _path(self, key: str) -> Path:
        return self.folder / f"{self.generation}-{key}.srj"

    def get(self, key: str) -> ox.QuerySolutions | None:
        path = self._path(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        kept = ox.parse_query_results(data, format=_JSON)
        return kept if isinstance(kept, ox.QuerySolutions) else None  # only SELECT answers are kept

    def put(self, key: str, data: bytes) -> None:
        try:
            write_atomic(self._path(key), data, durable=False)
            self._trim()
        except OSError:
            pass  # a read-only store folder: answers are simply not kept

    def _trim(self) -> None:
        """Drop answers of earlier generations, then the oldest until the folder fits ``MAX_BYTES``."""
        files = []
        for path in self.folder.glob("*.srj"):
            if not path.name.startswith(self.generation + "-"):
                path.unlink(missing_ok=True)
                continue
            stat = path.stat()
            files.append((stat.st_mtime, stat.st_size, path))
        total = sum(size for _, size, _ in files)
        for _, size, path in sorted(files):
            if total <= MAX_BYTES:
                break
            path.unlink(missing_ok=True)
            total -= size


class _Recorded:
    """A fresh SELECT result, passed through to the caller while its rows are recorded.

    Once the caller has read it to the end, the record is kept if the answer
    took at least ``MIN_SECONDS`` and has at most ``MAX_ROWS`` rows.
    """

    def __init__(self, result: ox.QuerySolutions, kept: KeptResults, key: str, started: float):
        self._result, self._kept, self._key, self._started = result, kept, key, started
        self.variables = result.variables

    def __iter__(self):
        names = [v.value for v in self.variables]
        rows: list[dict] | None = []
        for solution in self._result:
            if rows is not None:
                rows.append(json_row(solution, names))
                if len(rows) > MAX_ROWS:
                    rows = None
            yield solution
        self._result = iter(())
        if rows is not None and time.perf_counter() - self._started >= MIN_SECONDS:
            self._kept.put(self._key, results_json(names, rows))

    def serialize(self, output=None, format=_JSON):
        names = [v.value for v in self.variables]
        data = results_json(names, [json_row(s, names) for s in self])
        return ox.parse_query_results(data, format=_JSON).serialize(output, format=format)


class CachedStore:
    """A read-only persistent store whose SELECT answers are kept until the store changes.

    Everything but ``query`` goes straight to the store.
    """

    def __init__(self, store: ox.Store, kept: KeptResults):
        self._store, self.kept = store, kept

    def __getattr__(self, name):
        return getattr(self._store, name)

    def query(self, query: str, **options):
        key = self.kept.key(query, options)
        hit = self.kept.get(key)
        if hit is not None:
            return hit
        started = time.perf_counter()
        result = self._store.query(query, **options)
        if isinstance(result, ox.QuerySolutions):
            return _Recorded(result, self.kept, key, started)
        return result
