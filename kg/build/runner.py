"""``kg build``: a batch of reports -> graph.ttl, graph.trig, graph.html, build-report.json.

Incremental: a report whose text, file name and pipeline are unchanged is taken
from the cache, not extracted again; removed reports drop out. Extraction runs
in parallel processes (``jobs``) or on a Dask cluster (``executor="dask"``);
the per-report extraction is a pure function of the file, so the output does
not depend on how it was run. One bad file never aborts the batch.

Every executor (in-process, a process pool, Dask) runs the same per-batch
step, ``_extract_batch``. Over 300 lines because it is the build's one
orchestration (read, extract, export, store, validate, view), read top to bottom.
"""
from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from multiprocessing import get_context
from pathlib import Path

from tqdm import tqdm

from kg.atomic import StagedFiles
from kg.build.cache import Graph, ReportCache
from kg.build.export import export
from kg.build.guard import FolderLock, check_output_folder
from kg.config import EXTRACTION_SOURCES, ONTOLOGY_DIR, PROGRESS_MIN_FILES, SAMPLES_DIR, VERSION, source_digest
from kg.errors import KgError
from kg.ingest import read as ingest
from kg.nlp.segment import DEFAULT_SEGMENTER, check_segmenter
from kg.rdf.provenance import DEFAULT_PROVENANCE, check_provenance
from kg.store import store

#: Past these sizes the build validates and draws a sample, not everything.
VALIDATE_MAX_BYTES = 10_000_000  # of N-Triples: about 60,000 triples, validated in seconds
VALIDATE_SAMPLE = 20
VIEW_MAX_REPORTS = 100


@dataclass
class BuildSummary:
    outdir: Path
    reports: int = 0
    extracted: int = 0
    reused: int = 0
    removed: int = 0
    problems: list[dict] = field(default_factory=list)
    #: reports built with a repair (undecodable bytes replaced, a damaged cache entry extracted again)
    warnings: list[dict] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    triples: int = 0
    seconds: float = 0.0
    conforms: bool | None = None
    validation: str = ""
    validated: str = ""
    store: str = ""
    exported: bool = True
    #: wall seconds per phase (read, extract, export, store, validate, view) and the bytes extracted
    timings: dict[str, float] = field(default_factory=dict)
    extracted_bytes: int = 0

    def lines(self) -> list[str]:
        out = [f"reports read: {self.reports}" + (f" ({len(self.problems)} skipped)" if self.problems else "")
               + f"; extracted {self.extracted}, from cache {self.reused}" + (f", removed {self.removed}" if self.removed else "")]
        out += [f"  {k:<9} {v}" for k, v in sorted(self.entities.items())]
        out.append(f"triples: {self.triples}" if self.exported else "triples: counted by the export (kg export)")
        if self.conforms is not None:
            out.append("SHACL: " + ("conforms" if self.conforms else "DOES NOT CONFORM (see build-report.json)")
                       + (f" ({self.validated})" if self.validated else ""))
        if self.store:
            out.append(f"store: {self.store}")
        out.append(f"seconds: {self.seconds:.1f} (" + ", ".join(f"{k} {v:.1f}" for k, v in self.timings.items()) + ")")
        if self.extracted and self.timings.get("extract"):
            out.append(f"extraction: {self.extracted_bytes / 1e6 / self.timings['extract']:.2f} MB/s "
                       f"({self.extracted_bytes / 1e6:.1f} MB)")
        if not self.reports:
            out.append(f"nothing built: no report could be read; {self.outdir} is left as it was")
        else:
            out.append(f"written: {self.outdir / 'graph.ttl'}, graph.trig, graph.html" if self.exported
                       else "exports skipped (--no-export): run `kg export` to write them")
        for p in self.problems:
            out.append(f"skipped {p['file']}: {p['reason']}")
        for w in self.warnings:
            out.append(f"warning {w['file']}: {w['warning']}")
        return out


@dataclass(frozen=True)
class ExtractOptions:
    """What extraction depends on besides the report: extra lexicons, the confidence floor, the segmenter,
    the provenance detail (``rdf.provenance``)."""

    lexicon_paths: tuple[str, ...] = ()
    min_confidence: float = 0.0
    segmenter: str = DEFAULT_SEGMENTER
    provenance: str = DEFAULT_PROVENANCE

    @classmethod
    def of(cls, lexicons: Iterable[Path] = (), min_confidence: float = 0.0,
           segmenter: str = DEFAULT_SEGMENTER, provenance: str = DEFAULT_PROVENANCE) -> ExtractOptions:
        return cls(tuple(str(Path(p).resolve()) for p in lexicons), min_confidence, check_segmenter(segmenter),
                   check_provenance(provenance))


def fingerprint(options: ExtractOptions) -> str:
    """What a cached report depends on besides its text: the extraction code, the lexicons, the options.

    Only the extraction stages count (``config.EXTRACTION_SOURCES``), so a change to the command line,
    the cache, the exports or the store does not re-extract 10,000 reports.
    """
    h = hashlib.sha256(VERSION.encode())
    h.update(source_digest(*EXTRACTION_SOURCES).encode())
    for path in options.lexicon_paths:
        h.update(Path(path).read_bytes())
    h.update(repr((options.min_confidence, options.segmenter, options.provenance)).encode())
    return h.hexdigest()[:24]


# ------------------------------------------------------------------ the pure per-report step
#: Reports extracted together, stage by stage (``pipeline.build_documents``: less time per report than
#: one at a time, as the README's figures say), and written to the cache in one transaction.
BATCH = 32


@lru_cache(maxsize=4)
def _tools(options: ExtractOptions):
    """The per-report step's pipeline, lexicon and stages, loaded once (before workers fork, so they share it).

    The stages' modules are imported here too: otherwise the first report pays for importing them.
    """
    from kg.extract.components import build_nlp
    from kg.nlp.segment import jieba_frequencies
    from kg.pipeline import build_documents
    from kg.reference.lexicon import load

    jieba_frequencies()  # jieba's dictionary: word frequencies and parts of speech, read once
    return build_nlp(options.lexicon_paths, options.segmenter), load(options.lexicon_paths), build_documents


def extract_reports(paths: list[str], options: ExtractOptions = ExtractOptions()) -> list[dict]:
    """Report files -> each one's graph as sorted N-Triples, or the reason it was skipped.

    A pure function of the files and its arguments, so any executor may run
    it. Several reports at once run stage by stage, which is faster per report.
    """
    nlp, lexicon, build_documents = _tools(options)

    def run(batch: list[str]) -> list:
        return build_documents([Path(p) for p in batch], nlp, min_confidence=options.min_confidence, lexicon=lexicon,
                               provenance=options.provenance)

    try:
        results = run(paths)
    except Exception:  # one report broke a stage: run them one by one, so only that one is lost
        results = []
        for path in paths:
            try:
                results.extend(run([path]))
            except Exception as exc:  # any failure of one report is reported, never fatal
                results.append(KgError(f"extraction failed ({type(exc).__name__}: {exc})"))
    return [{"path": path, "error": getattr(result, "reason", str(result))} if isinstance(result, KgError) else
            {"path": path, "doc_id": result.report.doc_id, "digest": result.report.digest, "counts": result.counts,
             "ntriples": result.ntriples, "warning": result.report.warning}
            for path, result in zip(paths, results)]


def warm_up(options: ExtractOptions) -> None:
    """Load the per-report step's tools and run it once on a bundled sample, caching nothing: the first
    report a process extracts costs ten times a later one (the vocabulary grows, patterns compile), so a
    watching build that warms up rebuilds its first change as fast as the next."""
    extract_reports([str(min(SAMPLES_DIR.glob("*.txt")))], options)


def _extract_batch(paths: list[str], options: ExtractOptions, cache: ReportCache | None) -> list[dict]:
    """The per-batch step every executor runs: ``extract_reports``, then the batch's graphs written to
    ``cache`` in one transaction (their N-Triples leave the results: the caller needs only the counts).

    Local workers write their own batches (each with its own connection), so the parent receives a few
    counts per report instead of 300 KB of N-Triples. A Dask worker may not see the output folder:
    it gets no cache and returns the graphs, which the parent writes (``cache_results``).
    """
    results: list[dict] = []
    for part in _by_size(paths):
        done = extract_reports(part, options)
        if cache is not None:
            cache_results(cache, done)
        results.extend(done)
    return results


#: What a build writes in its output folder (besides the hidden cache).
OUTPUT_FILES = ("graph.ttl", "graph.trig", "graph.html", "build-report.json")

#: Input bytes extracted together at most: a larger report is extracted alone and its graph written before
#: the next is read, so a build's memory follows its largest report, not the sum of a batch's (issue 20's
#: stress folder: 1.1 GB with its three reports in one batch).
BATCH_BYTES = 1_000_000


def _by_size(paths: list[str]) -> Iterator[list[str]]:
    """``paths`` in order, in runs of at most ``BATCH_BYTES`` of input (a larger file alone)."""
    run: list[str] = []
    size = 0
    for path in paths:
        try:
            n = os.stat(path).st_size
        except OSError:  # reading it will say why
            n = 0
        if run and size + n > BATCH_BYTES:
            yield run
            run, size = [], 0
        run.append(path)
        size += n
    if run:
        yield run


def cache_results(cache: ReportCache, results: list[dict]) -> None:
    """Write the extracted reports' graphs in one transaction and drop them from ``results``.

    A graph the database refuses (over SQLite's 1 GB a value) makes that
    report's result an error; the rest of the batch is written one by one.
    """
    def row(r: dict) -> Graph:
        return r["doc_id"], Path(r["path"]).name, r["digest"], r["counts"], r.pop("ntriples")

    done = [r for r in results if "error" not in r]
    try:
        cache.put_many([row(dict(r)) for r in done])
    except sqlite3.DataError:
        for r in done:
            try:
                cache.put_many([row(dict(r))])
            except sqlite3.DataError:
                r["error"] = f"its graph is too large to keep ({len(r['ntriples']) / 1e6:.0f} MB of N-Triples)"
    for r in done:
        r.pop("ntriples", None)


def _cores() -> int:
    """The CPUs this process may run on: fewer than the machine has under taskset or a container's cpuset."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def _run(paths: list[str], options: ExtractOptions, jobs: int, executor: str,
         scheduler: str | None, cache: ReportCache) -> Iterator[dict]:
    """Extract the reports and cache their graphs, batch by batch; yields each report's result."""
    if executor == "dask":
        from dask.distributed import Client, as_completed

        with Client(scheduler) if scheduler else Client(processes=True, n_workers=jobs, threads_per_worker=1) as client:
            # a task per batch: stage by stage on the worker, and a thirty-second of the scheduler's work
            batches = [paths[i:i + BATCH] for i in range(0, len(paths), BATCH)]
            for future in as_completed(client.map(_extract_batch, batches, options=options, cache=None, pure=True)):
                results = future.result()
                cache_results(cache, results)
                yield from results
    elif jobs <= 1 or len(paths) <= 1:
        for i in range(0, len(paths), BATCH):
            yield from _extract_batch(paths[i:i + BATCH], options, cache)
    else:
        # build() has loaded the tools: forked workers share them
        with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("fork"), initializer=_die_with_parent) as pool:
            # submitted in order, so taken in order: the large chunks first, the small ones last
            futures = [pool.submit(_extract_batch, chunk, options, cache) for chunk in _shrinking_chunks(paths, jobs)]
            for future in futures:
                yield from future.result()


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the build that forked it dies (``kill -9`` of a build must not
    leave its workers, 300 MB each, running on). Elsewhere the pool's own shutdown is all there is."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before the request took hold
        os._exit(1)


def _shrinking_chunks(paths: list[str], jobs: int, largest: int = BATCH) -> Iterator[list[str]]:
    """Chunks of a quarter of each worker's share of what is left (at most ``largest``), down to single reports.

    Large chunks keep the round trips few; the small last ones keep every
    worker busy to the end instead of one finishing a whole chunk alone
    (guided scheduling). Sizes depend only on the numbers of reports and workers.

    >>> [len(c) for c in _shrinking_chunks([str(i) for i in range(40)], 2)]
    [5, 4, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    """
    start = 0
    while start < len(paths):
        size = max(1, min(largest, (len(paths) - start) // (jobs * 4)))
        yield paths[start:start + size]
        start += size


# ------------------------------------------------------------------ the batch
def build(inputs: Iterable[Path], outdir: Path, *, lexicons: Iterable[Path] = (), min_confidence: float = 0.0,
          segmenter: str = DEFAULT_SEGMENTER, validate: bool = True, view: bool = True, progress: bool | None = None,
          jobs: int | None = None, executor: str = "process", scheduler: str | None = None, store_dir: Path | None = None,
          exports: bool = True, provenance: str = DEFAULT_PROVENANCE) -> BuildSummary:
    """Build the graph of all reports under ``inputs`` into ``outdir``.

    The folder is checked and locked first (``guard``); a build in which no
    report could be read writes nothing and deletes nothing, so the last
    good build stays as it was.
    """
    started = time.perf_counter()
    outdir = Path(outdir)
    check_output_folder(outdir)
    with FolderLock(outdir):
        return _build(inputs, outdir, started, ExtractOptions.of(lexicons, min_confidence, segmenter, provenance),
                      validate=validate, view=view, progress=progress, jobs=jobs or _cores(), executor=executor,
                      scheduler=scheduler, store_dir=store_dir, exports=exports)


def _build(inputs: Iterable[Path], outdir: Path, started: float, options: ExtractOptions, *, validate: bool,
           view: bool, progress: bool | None, jobs: int, executor: str, scheduler: str | None,
           store_dir: Path | None, exports: bool) -> BuildSummary:
    summary = BuildSummary(outdir=outdir)
    cache = ReportCache(outdir, fingerprint(options))
    unreadable: list[tuple[Path, str]] = []
    # the build's own outputs are no reports, when the output folder is inside an input folder (-o IN)
    own = {os.path.realpath(outdir / name) for name in OUTPUT_FILES}
    files = [f for f in ingest.find_inputs(inputs, unreadable) if os.path.realpath(f) not in own]
    summary.problems += [{"file": str(path), "reason": reason, "kept": "nothing"} for path, reason in unreadable]
    show = progress if progress is not None else len(files) >= PROGRESS_MIN_FILES and sys.stderr.isatty()

    phase = _Phases(summary.timings)
    # identify every file (content hash): from the file index when size and mtime are unchanged, else by reading it
    seen = cache.load_index()
    reusable = cache.reusable()
    index: dict[str, tuple[int, int, str]] = {}
    chosen: dict[str, tuple[str, str]] = {}  # doc_id -> (path, source name)
    to_extract: list[str] = []
    for path in tqdm(files, disable=not show, unit="file", desc="reading", file=sys.stderr):
        try:
            stat = path.stat()
            known = seen.get(str(path))
            hit, size = None, 0
            if known and known[:2] == (stat.st_size, stat.st_mtime_ns):
                doc_id = known[2]
                hit = reusable.get((doc_id, path.name))
            if hit is None:
                report = ingest.read(path)
                doc_id, size = report.doc_id, len(report.raw.encode("utf-8"))
                hit = reusable.get((doc_id, path.name))
        except KgError as exc:
            summary.problems.append({"file": str(path), "reason": getattr(exc, "reason", str(exc)), "kept": "nothing"})
            continue
        except OSError as exc:
            summary.problems.append({"file": str(path), "reason": f"cannot read the file: {exc.strerror}",
                                     "kept": "nothing"})
            continue
        except Exception as exc:  # a defect of the reader on this file: it is reported, the batch goes on
            summary.problems.append({"file": str(path), "kept": "nothing",
                                     "reason": f"cannot read the file ({type(exc).__name__}: {exc})"})
            continue
        if doc_id in chosen:
            summary.problems.append({"file": str(path), "reason": f"same text as {chosen[doc_id][0]}",
                                     "kept": "built once, from the first file"})
            continue
        chosen[doc_id] = (str(path), path.name)
        index[str(path)] = (stat.st_size, stat.st_mtime_ns, doc_id)
        if hit is None:
            to_extract.append(str(path))
            summary.extracted_bytes += size
        else:
            summary.reused += 1
            summary.entities.update(hit.counts)

    phase("read")
    if to_extract and executor == "process":
        # the segmenter, spaCy and the gazetteer, loaded before extraction is timed (as jieba.cut is timed
        # after jieba.initialize()); forked workers share them
        _tools(options)
        phase("load")
    for result in tqdm(_run(to_extract, options, jobs, executor, scheduler, cache),
                       total=len(to_extract), disable=not show, unit="report", desc="extracting", file=sys.stderr):
        if "error" in result:
            summary.problems.append({"file": result["path"], "reason": result["error"], "kept": "nothing"})
            chosen = {d: v for d, v in chosen.items() if v[0] != result["path"]}
            del index[result["path"]]
            continue
        summary.extracted += 1
        summary.entities.update(result["counts"])
        if result.get("warning"):
            summary.warnings.append({"file": result["path"], "warning": result["warning"]})
    phase("extract")
    doc_ids = sorted(chosen)
    summary.reports = len(doc_ids)
    summary.problems.sort(key=lambda p: p["file"])
    if cache.recovered:
        summary.warnings.append({"file": str(cache.path), "warning": cache.recovered})
    if not doc_ids:
        # nothing could be read: the last build's outputs, caches and file index stay as they were
        summary.exported = False
        summary.seconds = time.perf_counter() - started
        return summary
    cache.save_index(index)
    # before anything reads the graphs: the exports (with the view and validation) read every one, the store
    # only the reports it does not hold yet, a build with neither none
    plan = store.plan_sync(Path(store_dir), cache, doc_ids) if store_dir is not None else None
    read = doc_ids if exports else plan.added_ids() if plan is not None else []
    _extract_damaged(summary, cache, {d: chosen[d][0] for d in read}, to_extract, options)
    for pattern in (".graph.*.tmp", ".build-report.json.*.tmp"):  # left by a build killed while writing
        for stale in outdir.glob(pattern):
            stale.unlink(missing_ok=True)
    # the outputs are written as each is ready and put in place together at the end (``StagedFiles``)
    outputs = StagedFiles()
    try:
        _finish(summary, cache, doc_ids, outdir, outputs, phase, plan, validate=validate, view=view,
                jobs=jobs if executor == "process" else 1, store_dir=store_dir, exports=exports, started=started)
        outputs.commit()
    finally:
        outputs.discard()
    return summary


def _finish(summary: BuildSummary, cache: ReportCache, doc_ids: list[str], outdir: Path, outputs: StagedFiles,
            phase: _Phases, plan: store.StorePlan | None, *, validate: bool, view: bool, jobs: int,
            store_dir: Path | None, exports: bool, started: float) -> None:
    """The build after extraction: the exports, the store, the caches pruned, validation, the view and the
    build report, the files staged in ``outputs``."""
    if exports:
        summary.triples = export(cache, doc_ids, outdir, jobs, staged=outputs)
        phase("export")
    if store_dir is not None:
        added, removed = store.sync_store(Path(store_dir), cache, doc_ids, plan)
        summary.store = f"{store_dir} (+{added} reports, -{removed})"
        phase("store")
    summary.removed = len(cache.prune(set(doc_ids)))  # after the store sync, which reads removed reports' caches
    # entities per class as the graph has them: one per IRI across reports, inferred issuers included
    summary.entities = Counter(cache.entity_counts())
    if validate and exports:
        _validate(summary, cache, doc_ids)
        phase("validate")
    if view and exports:
        _view(cache, doc_ids, outdir, outputs)
        phase("view")
    summary.seconds = time.perf_counter() - started
    summary.exported = exports
    record = {"reports": summary.reports, "extracted": summary.extracted, "from_cache": summary.reused,
              "removed": summary.removed, "problems": summary.problems, "warnings": summary.warnings,
              "entities": dict(summary.entities),
              "triples": summary.triples, "shacl_conforms": summary.conforms, "shacl_scope": summary.validated,
              "shacl_report": summary.validation if summary.conforms is False else ""}
    outputs.write(outdir / "build-report.json", json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))


def _extract_damaged(summary: BuildSummary, cache: ReportCache, paths: dict[str, str], extracted: list[str],
                     options: ExtractOptions) -> None:
    """Extract again the reused reports whose cached graphs fail their checksum, before anything reads them.

    The exports read every graph anyway; checking first costs one more read of
    each, from the page cache, and turns a silently wrong ``graph.ttl`` into a
    re-extracted report and a warning.
    """
    fresh = set(extracted)
    damaged = [paths[d] for d in cache.damaged(d for d, p in paths.items() if p not in fresh)]
    for result in _run(damaged, options, 1, "process", None, cache):
        note = "its cached graph was damaged (checksum mismatch): extracted again"
        summary.warnings.append({"file": result["path"], "warning": note})


class _Phases:
    """Records the wall time since the previous phase ended under each phase's name."""

    def __init__(self, into: dict[str, float]):
        self.into, self.last = into, time.perf_counter()

    def __call__(self, name: str) -> None:
        now = time.perf_counter()
        self.into[name] = self.into.get(name, 0.0) + now - self.last
        self.last = now


def export_only(outdir: Path, *, lexicons: Iterable[Path] = (), min_confidence: float = 0.0,
                segmenter: str = DEFAULT_SEGMENTER, provenance: str = DEFAULT_PROVENANCE) -> int:
    """Write graph.ttl and graph.trig from the cache of the last build in ``outdir``."""
    cache = ReportCache(outdir, fingerprint(ExtractOptions.of(lexicons, min_confidence, segmenter, provenance)))
    doc_ids = cache.doc_ids()
    if not doc_ids:
        raise KgError(f"[E033] {outdir}: no build to export (run `kg build -o {outdir}` first)")
    # the cache holds the graphs the build's options made: exported under other options they would be
    # written as if made by these (a --provenance full build exported as lean, and so on)
    other = len(set(doc_ids) - {doc_id for doc_id, _ in cache.reusable()})
    if other:
        raise KgError(f"[E035] {outdir}: {other} of the {len(doc_ids)} reports of the last build were extracted "
                      "with other options than these (--lexicon, --min-confidence, --segmenter, --provenance); "
                      "give `kg export` the options of that build, or build again with these")
    return export(cache, doc_ids, Path(outdir), _cores())


def _sample_graph(cache: ReportCache, doc_ids: list[str]):
    """The reports' union as an rdflib graph for pyshacl (parsed as written: a store would
    normalise xsd:nonNegativeInteger to xsd:integer, which the shapes check)."""
    from rdflib import Graph

    graph = Graph().parse(ONTOLOGY_DIR / "schemes.ttl", format="turtle")
    return graph.parse(data=b"".join(cache.graphs(doc_ids)), format="nt")


def _validate(summary: BuildSummary, cache: ReportCache, doc_ids: list[str]) -> None:
    """SHACL over the build, or over an evenly spread sample of its reports that fits ``VALIDATE_MAX_BYTES``
    (pyshacl over millions of triples takes hours, and one huge report is as costly as many small ones)."""
    from kg.rdf.validate import validate_graph
    sizes = cache.sizes(doc_ids)
    if sum(sizes.values()) <= VALIDATE_MAX_BYTES:
        summary.conforms, summary.validation = validate_graph(_sample_graph(cache, doc_ids))
        return
    step = max(1, len(doc_ids) // VALIDATE_SAMPLE)
    sample: list[str] = []
    budget = VALIDATE_MAX_BYTES
    for doc_id in doc_ids[::step]:
        if sizes[doc_id] <= budget and len(sample) < VALIDATE_SAMPLE:
            sample.append(doc_id)
            budget -= sizes[doc_id]
    if not sample:
        summary.validated = (f"not validated: every report's graph is over {VALIDATE_MAX_BYTES / 1e6:.0f} MB; "
                             f"run `kg validate` on graph.ttl")
        return
    summary.validated = f"a sample of {len(sample)} of {len(doc_ids)} reports"
    summary.conforms, summary.validation = validate_graph(_sample_graph(cache, sample))


def _view(cache: ReportCache, doc_ids: list[str], outdir: Path, outputs: StagedFiles) -> None:
    import pyoxigraph as ox

    from kg.web.view import UNREAD_PREDICATES, write_view_file
    view_store = ox.Store()
    store.load_reports(view_store, cache, doc_ids[:VIEW_MAX_REPORTS], without=UNREAD_PREDICATES)
    write_view_file(view_store, outdir / "graph.html", staged=outputs)
