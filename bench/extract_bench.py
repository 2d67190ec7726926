"""Steady-state extraction throughput on one process, against jieba.cut on the same text.

    .venv/bin/python bench/extract_bench.py [--reports 200] [--passes 3] [--segmenter rjieba] [--seed 7]

``build_bench.py`` times whole builds, which on a shared machine drift by
±15% between runs minutes apart. This one times the per-report step alone
(``kg.build.extract_reports`` in batches of ``kg.build.BATCH``, as a build
runs it: read, clean, segment, components, relations, identities, RDF), with
the tools already loaded, as CPU time, best of a few
passes, and jieba.cut in the same process on the same text, pass for pass
in turn, so the ratio is steady enough to tell a 5% change.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build_bench import make_corpus  # noqa: E402

from kg.build.runner import BATCH, ExtractOptions, _tools, extract_reports  # noqa: E402


def seconds(work) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--segmenter", default="rjieba")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    corpus = Path(tempfile.mkdtemp(prefix="kg-extract-bench-"))
    size = make_corpus(corpus, args.reports, args.seed)
    paths = sorted(str(p) for p in corpus.glob("*.txt"))
    options = ExtractOptions(segmenter=args.segmenter)
    _tools(options)
    import jieba
    jieba.initialize()
    text = "\n".join(Path(p).read_text(encoding="utf-8") for p in paths)

    def extraction() -> None:
        for i in range(0, len(paths), BATCH):
            extract_reports(paths[i:i + BATCH], options)

    def segmentation() -> None:
        for _ in jieba.cut(text):
            pass

    # a first pass grows spaCy's vocabulary, as the first reports of a large build do
    first = seconds(extraction)
    # passes alternate, so that a slow spell of the machine slows both sides
    extract, cut = float("inf"), float("inf")
    for _ in range(args.passes):
        extract = min(extract, seconds(extraction))
        cut = min(cut, seconds(segmentation))
    print(f"{args.reports} reports, {size / 1e6:.1f} MB; best of {args.passes} passes, CPU time")
    print(f"extraction ({args.segmenter}, one process): {size / extract / 1e6:.2f} MB/s"
          f" (first pass, growing the vocabulary: {size / first / 1e6:.2f} MB/s)")
    print(f"jieba.cut on the same text: {size / cut / 1e6:.2f} MB/s")
    print(f"ratio: {cut / extract:.2f}x jieba.cut")


if __name__ == "__main__":
    main()
