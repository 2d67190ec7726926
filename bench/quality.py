"""Extraction quality measured honestly: cross-validated by report, then the shipped models on the 19.

    python bench/quality.py [--folds 5 | --folds 0 (leave one report out) | --shared-out] [--errors]

1. Every annotated report (the shared samples and development reports, and
   ``training/annotated/``) is run through the pipeline once to collect the
   candidates and their features.
2. Cross-validation by report: the reports are dealt into folds; for each
   fold the models are fitted on the other folds' reports, and the held-out
   reports are built with them, to triples. The held-out graphs of all folds
   are scored together with ``../shared/eval/score.py``: per category over
   all annotated reports, and over the 19 shared ones alone. ``--shared-out``
   holds out only the 19, one at a time, each with models fitted on all the
   other reports: leave-one-out over the 19, as the issue's bar reads, for a
   twentieth of the time of leaving every report out.
3. The shipped models (``kg/reference/models``), which were trained on all of
   these reports, build the 19 shared reports: a figure on seen reports.

The last line is the cross-validated score, as ``score.py`` ends:
``entity_f1=… relation_f1=… docs=N``. Needs ``../shared`` (score.py and the
gold) and scikit-learn (``pip install -e ".[train]"``).
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

from kg.extract.components import build_nlp
from kg.extract.decide import load_model
from kg.pipeline import build_document
from kg.train.corpus import SHARED_DIR, annotated_reports, default_folders
from kg.train.fit import KINDS, PAIR_MODELS, THRESHOLD, C, examples_of, fit, pair_examples, use_models


def load_scorer():
    path = SHARED_DIR / "eval" / "score.py"
    if not path.exists():
        sys.exit(f"{path} is missing: quality is measured against ../shared/eval")
    spec = importlib.util.spec_from_file_location("kg_score", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["kg_score"] = module
    spec.loader.exec_module(module)
    return module


def score(scorer, graph: Path, golds: list[dict], *, errors: bool = False) -> dict:
    view = scorer.GraphView([graph])
    totals = {k: scorer.Tally() for k in (*scorer.ENTITY_KINDS, *scorer.RELATION_KINDS)}
    for gold in golds:
        for kind, tally in scorer.score_doc(view, gold).items():
            totals[kind].add(tally)
            if errors:
                for m in tally.missed:
                    print(f"  MISSED   {gold['document']} {kind}: {m}")
                for s in tally.spurious:
                    print(f"  SPURIOUS {gold['document']} {kind}: {s}")
    ent, rel = scorer.Tally(), scorer.Tally()
    for k in scorer.ENTITY_KINDS:
        ent.add(totals[k])
    for k in scorer.RELATION_KINDS:
        rel.add(totals[k])
    return {**totals, "ENTITIES (micro)": ent, "RELATIONS (micro)": rel}


def summary(tallies: dict) -> str:
    return (f"entity_f1={tallies['ENTITIES (micro)'].prf()[2]:.3f} "
            f"relation_f1={tallies['RELATIONS (micro)'].prf()[2]:.3f}")


def build_graph(nlp, paths: list[Path], into: Path) -> Path:
    with into.open("wb") as fh:
        for path in paths:
            fh.write(build_document(path, nlp).ntriples)
    return into


def cross_validate(nlp, reports, examples, folds: list[list[int]], into: Path, *, c: float = C,
                   threshold: float = THRESHOLD, pair_thresholds: dict[str, float] | None = None) -> Path:
    """The held-out reports of every fold (``folds``: the indices each holds out) built with models fitted on
    the other reports, into one N-Triples file; ``pair_thresholds`` overrides ``PAIR_MODELS``'s."""
    pair_thresholds = {**PAIR_MODELS, **(pair_thresholds or {})}
    with into.open("wb") as fh:
        for held in folds:
            out = set(held)
            models = {kind: fit([e for i, e in enumerate(examples[kind]) if i not in out], c=c, threshold=threshold)
                      for kind in KINDS}
            for name, threshold_of_pairs in pair_thresholds.items():
                if name in examples:
                    models[name] = fit([e for i, e in enumerate(examples[name]) if i not in out],
                                       threshold=threshold_of_pairs)
            use_models(nlp, models)
            for i in held:
                fh.write(build_document(reports[i].text_path, nlp).ntriples)
    return into


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5, help="folds by report; 0: leave one report out")
    ap.add_argument("--shared-out", action="store_true",
                    help="leave each shared report out in turn, trained on all the others (the issue's bar; "
                         "about a twentieth of --folds 0's time)")
    ap.add_argument("--errors", action="store_true", help="list the cross-validated misses")
    ap.add_argument("--sweep", action="store_true",
                    help="cross-validate a grid of regularisation C x threshold and print one line each")
    ap.add_argument("--sweep-pairs", action="store_true",
                    help="cross-validate each pair model's threshold in turn (the others at theirs) and print one "
                         "line each")
    ap.add_argument("--annotated", type=Path, action="append", metavar="DIR",
                    help="a folder of annotated reports (NAME.txt + NAME.json) to use instead of the default "
                         "ones (the shared gold and training/annotated); repeatable")
    ap.add_argument("--rules-for", action="append", default=[], choices=sorted(PAIR_MODELS), metavar="MODEL",
                    help="decide these links by the hand-written rules alone, not the pair model "
                         f"({', '.join(sorted(PAIR_MODELS))}); repeatable")
    args = ap.parse_args(argv)
    scorer = load_scorer()
    reports = annotated_reports(args.annotated or default_folders())
    shared = [r for r in reports if not r.text_path.is_relative_to(Path(__file__).resolve().parents[1])]
    nlp = build_nlp()
    started = time.perf_counter()
    examples: dict = examples_of(reports, nlp)
    examples.update({name: pairs for name, pairs in pair_examples(reports, nlp).items() if name not in args.rules_for})
    if args.shared_out:  # only the shared reports are held out, one at a time
        folds = [[i] for i, r in enumerate(reports) if r in shared]
        held = shared
    else:
        k = args.folds if args.folds > 0 else len(reports)
        folds = [[i for i in range(len(reports)) if i % k == j] for j in range(k)]
        held = reports
    how = "each shared report left out in turn" if args.shared_out else f"{len(folds)} folds by report"
    print(f"{len(reports)} annotated reports ({len(shared)} shared), {how}; "
          f"candidates: " + ", ".join(f"{k} {sum(len(e.labels) for e in v)}" for k, v in examples.items()))
    shipped = {kind: None if kind in args.rules_for else load_model(kind) for kind in (*KINDS, *PAIR_MODELS)}
    use_models(nlp, {name: None for name in args.rules_for})
    if args.sweep:
        for c in (0.3, 1.0, 3.0):
            for threshold in (0.1, 0.15, 0.25):
                with tempfile.TemporaryDirectory() as tmp:
                    graph = cross_validate(nlp, reports, examples, folds, Path(tmp) / "cv.nt", c=c, threshold=threshold)
                    print(f"C={c} threshold={threshold}: {summary(score(scorer, graph, [r.gold for r in held]))}",
                          flush=True)
        use_models(nlp, shipped)
        return 0
    if args.sweep_pairs:
        for name, shipped_threshold in PAIR_MODELS.items():
            for factor in (0.6, 0.8, 1.0, 1.2):
                value = round(min(0.95, shipped_threshold * factor), 3)
                with tempfile.TemporaryDirectory() as tmp:
                    graph = cross_validate(nlp, reports, examples, folds, Path(tmp) / "cv.nt",
                                           pair_thresholds={name: value})
                    tallies = score(scorer, graph, [r.gold for r in held])
                    relations = " ".join(f"{k}={tallies[k].prf()[2]:.3f}"
                                         for k in ("project_road", "project_funding", "campaign_agency"))
                    print(f"{name} threshold={value}: {summary(tallies)} {relations}", flush=True)
        use_models(nlp, shipped)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        held_out = cross_validate(nlp, reports, examples, folds, Path(tmp) / "cv.nt")
        cv_all = score(scorer, held_out, [r.gold for r in held], errors=args.errors)
        cv_shared = score(scorer, held_out, [r.gold for r in shared])
        use_models(nlp, shipped)
        seen = score(scorer, build_graph(nlp, [r.text_path for r in shared], Path(tmp) / "shipped.nt"),
                     [r.gold for r in shared])
    if not args.shared_out:
        print(f"\n== cross-validated ({how}), all {len(reports)} annotated reports")
        scorer._table(cv_all)
    print(f"\n== cross-validated ({how}), the {len(shared)} shared reports (samples + dev) only")
    scorer._table(cv_shared)
    print(f"\n== shipped models (trained on all annotated reports), the {len(shared)} shared reports")
    scorer._table(seen)
    print(f"\nshipped on the {len(shared)}: {summary(seen)}; cross-validated on the {len(shared)}: {summary(cv_shared)}"
          f" ({time.perf_counter() - started:.0f} s)")
    print(f"{summary(cv_all)} docs={len(held)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
