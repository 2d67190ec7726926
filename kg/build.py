"""``kg build``: a batch of reports -> graph.ttl, graph.trig, graph.html, build-report.json.

One bad file never aborts the batch: it is reported and skipped. Duplicate
reports (same text under two names) are built once.
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from tqdm import tqdm

from . import ingest, store
from .config import PROGRESS_MIN_FILES
from .errors import KgError
from .lexicon import load as load_lexicon
from .nlp import build_nlp
from .pipeline import DocumentResult, build_document


@dataclass
class BuildSummary:
    outdir: Path
    reports: int = 0
    problems: list[dict] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    triples: int = 0
    seconds: float = 0.0
    conforms: bool | None = None
    validation: str = ""

    def lines(self) -> list[str]:
        out = [f"reports read: {self.reports}" + (f" ({len(self.problems)} skipped)" if self.problems else "")]
        out += [f"  {k:<9} {v}" for k, v in sorted(self.entities.items())]
        out.append(f"triples: {self.triples}")
        if self.conforms is not None:
            out.append("SHACL: " + ("conforms" if self.conforms else "DOES NOT CONFORM (see build-report.json)"))
        out.append(f"seconds: {self.seconds:.1f}")
        out.append(f"written: {self.outdir / 'graph.ttl'}, graph.trig, graph.html")
        for p in self.problems:
            out.append(f"skipped {p['file']}: {p['reason']}")
        return out


def build(inputs: Iterable[Path], outdir: Path, *, lexicons: Iterable[Path] = (), min_confidence: float = 0.0,
          validate: bool = True, view: bool = True, progress: bool | None = None) -> BuildSummary:
    """Build the graph of all reports under ``inputs`` into ``outdir``."""
    started = time.perf_counter()
    outdir = Path(outdir)
    summary = BuildSummary(outdir=outdir)
    lexicon_paths = tuple(str(Path(p).resolve()) for p in lexicons)
    nlp = build_nlp(lexicon_paths)
    lexicon = load_lexicon(lexicon_paths)
    files = list(ingest.find_inputs(inputs))
    show = progress if progress is not None else len(files) >= PROGRESS_MIN_FILES and sys.stderr.isatty()
    results: list[DocumentResult] = []
    seen: dict[str, Path] = {}
    for path in tqdm(files, disable=not show, unit="report", file=sys.stderr):
        try:
            result = build_document(path, nlp, min_confidence=min_confidence, lexicon=lexicon)
        except KgError as exc:
            summary.problems.append({"file": str(path), "reason": getattr(exc, "reason", str(exc)), "kept": "nothing"})
            continue
        if result.report.digest in seen:
            summary.problems.append({"file": str(path), "reason": f"same text as {seen[result.report.digest]}",
                                     "kept": "built once, from the first file"})
            continue
        seen[result.report.digest] = path
        results.append(result)
        summary.entities.update(result.counts)
    summary.reports = len(results)
    results.sort(key=lambda r: r.report.doc_id)
    for stale in outdir.glob(".graph.*.tmp"):  # left by a build that was killed while writing
        stale.unlink(missing_ok=True)
    if results:
        graph = store.default_graph(results)
        summary.triples = len(graph)
        turtle = store.serialize(graph, "turtle")
        store.write_atomic(outdir / "graph.ttl", turtle)
        store.write_atomic(outdir / "graph.trig", store.serialize(store.dataset(results), "trig"))
        if view:
            from .query import store_from_turtle
            from .view import write_view_file
            write_view_file(store_from_turtle(turtle), outdir / "graph.html")
        if validate:
            from .rdf.validate import validate_graph
            summary.conforms, summary.validation = validate_graph(graph)
    summary.seconds = time.perf_counter() - started
    report = {"reports": summary.reports, "problems": summary.problems, "entities": dict(summary.entities),
              "triples": summary.triples, "shacl_conforms": summary.conforms,
              "shacl_report": summary.validation if summary.conforms is False else ""}
    store.write_atomic(outdir / "build-report.json", json.dumps(report, ensure_ascii=False, indent=1).encode("utf-8"))
    return summary
