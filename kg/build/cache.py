"""Each report's graph, kept between builds: sorted N-Triples in pack files under ``OUTDIR/.kg-cache``.

A rebuild extracts only new or changed reports; everything else (the
exports, the store, ``kg push``) reads the graphs from here.

Why packs and not a file per report: on the VMs we measured, creating a file
costs 0.5 to 1.5 ms, and a report takes 6 to 8 ms to extract, so a file per
report spent a sixth of the extraction making files. A pack holds a batch of
reports (up to 32) in one file. Measured in the build, writing a batch's
graphs as one pack cost 1.0 ms per report against 1.5 ms as separate files.

A pack, ``<sequence>-<random>.pack``, is written once, atomically, and never
changed afterwards:

- one header line, ``# kg-pack {...}``: the pipeline's fingerprint and, per
  report, its id, source file name, text digest, entity counts and the
  length of its N-Triples;
- the reports' N-Triples, one after another, in the header's order.

The cache's catalogue is read from the headers. When two packs hold the same
report, the one with the higher sequence counts: a build writes above every
pack already there, so a report extracted again (new pipeline, renamed
file) replaces its old entry. Nothing has to be rewritten in place, and a
build killed half-way leaves whole packs behind, reused by the next build.
``prune`` rewrites the packs holding replaced or removed reports, so that
every entry left counts.
"""
from __future__ import annotations

import io
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from kg.atomic import write_atomic

CACHE_DIR = ".kg-cache"
#: Reports ``prune`` copies into one new pack (a build's batch).
COPY_BATCH = 32


@dataclass(frozen=True)
class CachedReport:
    doc_id: str
    source: str
    digest: str
    counts: dict[str, int]


@dataclass(frozen=True)
class Location:
    """Where a report's N-Triples are: a pack, an offset in it, a length."""

    pack: Path
    offset: int
    length: int


@dataclass(frozen=True)
class _Entry:
    report: CachedReport
    fingerprint: str
    where: Location


#: What ``put_many`` takes per report: id, source file name, text digest, entity counts, N-Triples.
Graph = tuple[str, str, str, dict, bytes]


class ReportCache:
    """The report graphs of the builds into one output folder.

    ``fingerprint`` names the pipeline whose entries ``get`` accepts; reading
    graphs needs none. The catalogue is read once, on first use: packs
    written since by other processes (a parallel build's workers) are seen
    after ``refresh``.
    """

    HEADER = b"# kg-pack "

    def __init__(self, outdir: Path, fingerprint: str = ""):
        self.dir = Path(outdir) / CACHE_DIR
        self.fingerprint = fingerprint
        self._catalog: dict[str, _Entry] | None = None
        self._packs: dict[Path, list[_Entry]] = {}
        self._next_sequence = 0

    def __getstate__(self) -> dict:
        """What a worker needs to write packs: not the catalogue (thousands of entries per task)."""
        return {"dir": self.dir, "fingerprint": self.fingerprint, "_catalog": None, "_packs": {},
                "_next_sequence": self._next_sequence}

    # ------------------------------------------------------------------ the file index
    @property
    def _index_path(self) -> Path:
        return self.dir / f"files.{self.fingerprint}.index"

    def load_index(self) -> dict[str, dict]:
        """What the last build with this pipeline knew of each input file: size, mtime, report id, counts.

        A file whose size and modification time are unchanged is not read
        again (as git's index does); a rebuild of 10,000 reports then reads
        only the changed ones. Indexes of other pipelines are dropped first:
        this build may replace the graphs they point at.
        """
        for other in self.dir.glob("files.*.index"):
            if other != self._index_path:
                other.unlink(missing_ok=True)
        try:
            return json.loads(self._index_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def save_index(self, entries: dict[str, dict]) -> None:
        write_atomic(self._index_path, json.dumps(entries, ensure_ascii=False, sort_keys=True).encode("utf-8"),
                     durable=False)

    # ------------------------------------------------------------------ the catalogue
    @property
    def catalog(self) -> dict[str, _Entry]:
        if self._catalog is None:
            self._load()
        return self._catalog

    def refresh(self) -> None:
        """Forget the catalogue: the next use reads the packs' headers again."""
        self._catalog = None

    def _load(self) -> None:
        packs = []
        for path in self.dir.glob("*.pack") if self.dir.exists() else ():
            head = path.name.split("-", 1)[0]
            if head.isdigit():
                packs.append((int(head), path.name, path))
        catalog: dict[str, _Entry] = {}
        self._packs = {}
        for sequence, _, path in sorted(packs):
            entries = _read_header(path)
            self._packs[path] = entries
            for entry in entries:
                catalog[entry.report.doc_id] = entry  # a later pack's entry replaces an earlier one's
            self._next_sequence = max(self._next_sequence, sequence + 1)
        self._catalog = catalog

    def _sequence(self) -> int:
        """A number above every pack's when this cache was opened (or its catalogue last read)."""
        if self._catalog is None and self._next_sequence == 0:
            self._load()
        sequence = self._next_sequence
        self._next_sequence += 1
        return sequence

    # ------------------------------------------------------------------ reading
    def has(self, doc_id: str) -> bool:
        return doc_id in self.catalog

    def get(self, doc_id: str, source: str) -> CachedReport | None:
        """The cached report when built from the same text and file name by the same pipeline."""
        entry = self.catalog.get(doc_id)
        if entry is None or entry.fingerprint != self.fingerprint or entry.report.source != source:
            return None
        return entry.report

    def doc_ids(self) -> list[str]:
        """The reports cached here, in id order."""
        return sorted(self.catalog)

    def location(self, doc_id: str) -> Location:
        return self.catalog[doc_id].where

    def graph(self, doc_id: str) -> bytes:
        """A report's cached N-Triples."""
        return read_location(self.location(doc_id))

    def triples(self, doc_id: str) -> Iterator[ox.Triple]:
        for quad in ox.parse(input=self.graph(doc_id), format=ox.RdfFormat.N_TRIPLES):
            yield quad.triple if isinstance(quad, ox.Quad) else quad

    def stream(self, doc_ids: Iterable[str]) -> io.BufferedReader:
        """The reports' graphs as one N-Triples stream (for a store to load in one pass; repeats merge there)."""
        return io.BufferedReader(_Locations(self.location(d) for d in doc_ids), 1 << 20)

    # ------------------------------------------------------------------ writing
    def fragment_path(self, doc_id: str) -> Path:
        """The report's export fragment (``kg.export``): Turtle of its own triples and N-Triples of its
        triples about shared entities."""
        return self.dir / f"{doc_id}.frag"

    def put_many(self, graphs: list[Graph]) -> None:
        """Write these reports' graphs as one pack."""
        for doc_id, *_ in graphs:
            self.fragment_path(doc_id).unlink(missing_ok=True)  # made from the old graph
        self._write_pack(graphs)

    def _write_pack(self, graphs: list[Graph]) -> None:
        if not graphs:
            return
        sequence = self._sequence()
        meta = {"fingerprint": self.fingerprint,
                "reports": [{"doc_id": doc_id, "source": source, "digest": digest, "counts": counts,
                             "length": len(ntriples)} for doc_id, source, digest, counts, ntriples in graphs]}
        header = self.HEADER + json.dumps(meta, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n"
        path = self.dir / f"{sequence:08d}-{secrets.token_hex(6)}.pack"
        # the graphs written one after another: no copy of a batch's megabytes to join them first
        write_atomic(path, writer=lambda fh: fh.writelines([header, *(g[4] for g in graphs)]), durable=False)
        if self._catalog is not None:
            entries = _entries(path, meta, len(header))
            self._packs[path] = entries
            self._catalog.update((e.report.doc_id, e) for e in entries)

    def put(self, doc_id: str, source: str, digest: str, counts: dict[str, int], ntriples: bytes) -> CachedReport:
        """Write one report's graph (a pack of one)."""
        self.put_many([(doc_id, source, digest, counts, ntriples)])
        return CachedReport(doc_id, source, digest, counts)

    def prune(self, keep: set[str]) -> list[str]:
        """Forget the reports not in ``keep``; returns their ids.

        Afterwards every entry of every pack counts, so that reading the
        headers again gives exactly the reports kept: a pack holding a
        removed report, or one replaced by a later pack, has the rest of its
        reports copied into new packs (``COPY_BATCH`` to a pack), then goes.
        Per-report files of earlier versions go too.
        """
        catalog = self.catalog
        removed = sorted(set(catalog) - keep)
        for doc_id in removed:
            self.fragment_path(doc_id).unlink(missing_ok=True)
            del catalog[doc_id]
        stale, moving = [], []
        for path, entries in list(self._packs.items()):
            live = [e for e in entries if catalog.get(e.report.doc_id) is e]
            if not entries or len(live) < len(entries):
                stale.append(path)
                moving += live
        for start in range(0, len(moving), COPY_BATCH):  # copied first: a crash in between leaves both, and the copy counts
            self._write_pack([(e.report.doc_id, e.report.source, e.report.digest, e.report.counts,
                            read_location(e.where)) for e in moving[start:start + COPY_BATCH]])
        for path in stale:
            path.unlink(missing_ok=True)
            del self._packs[path]
        if self.dir.exists():
            # one file per report and its metadata file (earlier versions); packs a killed build left half-written
            for pattern in ("*.nt", "*.json", ".*.tmp"):
                for legacy in self.dir.glob(pattern):
                    legacy.unlink(missing_ok=True)
        return removed


def read_location(where: Location) -> bytes:
    with open(where.pack, "rb") as fh:
        fh.seek(where.offset)
        data = fh.read(where.length)
    if len(data) != where.length:
        raise OSError(f"{where.pack}: shorter than its header says")
    return data


def _read_header(path: Path) -> list[_Entry]:
    """A pack's entries; none when it is not a whole pack (damaged, or some other file)."""
    try:
        with open(path, "rb") as fh:
            line = fh.readline(1 << 26)
            size = os.fstat(fh.fileno()).st_size
        if not line.startswith(ReportCache.HEADER) or not line.endswith(b"\n"):
            return []
        meta = json.loads(line[len(ReportCache.HEADER):])
        entries = _entries(path, meta, len(line))
    except (OSError, ValueError, KeyError, TypeError):
        return []
    if entries and entries[-1].where.offset + entries[-1].where.length != size:
        return []  # cut short, or grown: not what was written
    return entries


def _entries(path: Path, meta: dict, offset: int) -> list[_Entry]:
    entries = []
    for r in meta["reports"]:
        entries.append(_Entry(CachedReport(r["doc_id"], r["source"], r["digest"], r["counts"]),
                              meta["fingerprint"], Location(path, offset, r["length"])))
        offset += r["length"]
    return entries


class _Locations(io.RawIOBase):
    """Byte ranges of packs read as one stream, so a store bulk-loads many reports in one pass."""

    def __init__(self, locations: Iterable[Location]):
        self._locations, self._fh, self._pack, self._left = iter(locations), None, None, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while self._left == 0:
            where = next(self._locations, None)
            if where is None:
                return 0
            if where.pack != self._pack:
                self._close_pack()
                self._fh, self._pack = open(where.pack, "rb", buffering=0), where.pack
            self._fh.seek(where.offset)
            self._left = where.length
        n = self._fh.readinto(memoryview(buffer)[:self._left])
        if not n:
            raise OSError(f"{self._pack}: shorter than its header says")
        self._left -= n
        return n

    def _close_pack(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def close(self) -> None:
        self._close_pack()
        super().close()
