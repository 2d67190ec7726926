"""Build throughput at scale on a synthetic corpus, against jieba's own segmentation speed.

    .venv/bin/python bench/build_bench.py [--reports 1000 10000] [--jobs 1 2] [--segmenters jieba rjieba]
                                          [--seed 7] [--rounds 1]

Each synthetic report takes a sample report's title and recombines sample
sentences (fixed seed), so the text is the genre's. For each corpus size it
prints, per segmenter and job count, jieba.cut's throughput on the same text
measured just before a fresh build (exports and view, no store), then the
build's wall seconds, reports/s, MB/s, the extraction phase's MB/s (tools
loaded before it starts, as jieba is initialised before jieba.cut is timed)
and its ratio to that jieba.cut figure, peak RSS, triples, and the speed-up
of N jobs over one beside the machine's own: jieba.cut in N processes at
once against one, on the same text, just after. On a VM sharing its cores
with other guests, two processes may get well under twice one's work done;
the machine's own figure is the ceiling for kg's.

A machine whose speed drifts between runs (a shared VM) skews a ratio of two
runs made minutes apart: ``--rounds R`` repeats the pairs and prints the
median and range of each ratio over the rounds. Then a full build into a
persistent store (wall, RSS), an incremental rebuild after changing one
report (store only; from the shell, and in a process that keeps its tools as
``kg build --watch`` does), and the p50 of the saved queries on the store: the
engine's own time, and the time once the answer is kept (``kg.results``:
kept until the store changes).
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "kg" / "data" / "samples").glob("*.txt"))


def make_corpus(folder: Path, n: int, seed: int) -> int:
    """Write n synthetic reports; returns their total size in bytes."""
    rnd = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    titles = [t.strip().splitlines()[0] for t in texts]
    sentences = [s for t in texts for s in re.findall(r"[^。\n]+[。]?", t) if len(s.strip()) > 6]
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        body = rnd.sample(sentences, rnd.randint(40, 90))
        sections = ["一、工作完成情况", "二、下一步工作计划"]
        half = len(body) // 2
        text = "\n".join([rnd.choice(titles), sections[0], "".join(body[:half]), sections[1], "".join(body[half:]),
                          f"（编号{i}）"])
        data = text.encode("utf-8")
        (folder / f"r{i:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def jieba_throughput(folder: Path) -> float:
    import jieba
    jieba.initialize()
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    started = time.perf_counter()
    for _ in jieba.cut(text):
        pass
    return len(text.encode("utf-8")) / (time.perf_counter() - started)


_CUT_WORKER = """
import logging, sys, time, jieba
jieba.setLogLevel(logging.ERROR)
jieba.initialize()
text = open(sys.argv[1], encoding="utf-8").read()
print("ready", flush=True)
for _ in sys.stdin:
    started = time.perf_counter()
    for _ in jieba.cut(text):
        pass
    print(time.perf_counter() - started, flush=True)
"""


def parallel_speedup(folder: Path, jobs: int, text_bytes: int = 600_000, rounds: int = 3) -> float:
    """How much more jieba.cut gets done in ``jobs`` processes at once than in one: the machine's own ceiling.

    ``jobs`` processes each segment the same slice of the corpus; one alone,
    then all together, then one alone, ``rounds`` times. Returns the median of
    ``jobs * solo / together``. Perfect scaling is ``jobs``; a VM sharing its
    cores with other guests gives less, and kg's ``-j N`` cannot do better.
    """
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:200])
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as fh:
        fh.write(text.encode("utf-8")[:text_bytes].decode("utf-8", "ignore"))
        fh.flush()
        workers = [subprocess.Popen([sys.executable, "-c", _CUT_WORKER, fh.name], stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE, text=True) for _ in range(jobs)]
        try:
            for w in workers:
                w.stdout.readline()  # loaded

            def wall(group: list) -> float:
                started = time.perf_counter()
                for w in group:
                    w.stdin.write("go\n")
                    w.stdin.flush()
                for w in group:
                    w.stdout.readline()
                return time.perf_counter() - started

            ratios = []
            for _ in range(rounds):
                solo, together, solo_again = wall(workers[:1]), wall(workers), wall(workers[:1])
                ratios.append(jobs * (solo + solo_again) / 2 / together)
        finally:
            for w in workers:
                w.stdin.close()
                w.wait()
    return statistics.median(ratios)


def run_build(corpus: Path, out: Path, jobs: int, store: Path | None = None, *extra: str,
              validate: bool = False) -> tuple[float, float, str]:
    """A `kg build` in its own process: (seconds, peak RSS in MB of its largest process, its summary)."""
    cmd = ["/usr/bin/time", "-f", "maxrss_kb=%M", sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out),
           "-j", str(jobs), *([] if validate else ["--no-validate"]), *extra]
    if store:
        cmd += ["--store", str(store)]
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    peak = int(re.search(r"maxrss_kb=(\d+)", done.stderr).group(1)) / 1024
    return seconds, peak, done.stdout


def watched_rebuild(corpus: Path, out: Path, jobs: int, store: Path, segmenter: str) -> float:
    """Seconds a rebuild after one changed report takes in a process that has built before and kept its tools,
    as ``kg build --watch`` does (the build itself, as its watch runs it; median of three changes)."""
    sys.path.insert(0, str(ROOT))
    from kg.build.runner import ExtractOptions, build, warm_up

    options = dict(segmenter=segmenter, validate=False, jobs=jobs, store_dir=store, exports=False)
    build([corpus], out, **options)
    warm_up(ExtractOptions(segmenter=segmenter))
    times = []
    for i in (1, 2, 3):
        target = corpus / f"r{i:05d}.txt"
        target.write_text(target.read_text(encoding="utf-8") + "\n（修订）", encoding="utf-8")
        started = time.perf_counter()
        build([corpus], out, **options)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def query_p50(store: Path) -> dict[str, tuple[float, float]]:
    """Per saved query: (the engine's time, median of 3 runs on a store that keeps no answers;
    the time once the answer is kept, median of 5 runs after a first run kept it), in ms."""
    sys.path.insert(0, str(ROOT))
    from kg.query import bindings, open_store, run, saved_queries
    params = {"projects_on_road": {"code": "G6512"}, "entity_facts": {"name": "湖南省交通运输厅"}}

    def median_ms(db, q, times: int) -> float:
        runs = []
        for _ in range(times):
            started = time.perf_counter()
            for _ in run(db, q.text, bindings(q, params.get(q.name, {}))):
                pass
            runs.append((time.perf_counter() - started) * 1000)
            if sum(runs) > 10_000:  # a query of many seconds: one run says enough
                break
        return statistics.median(runs)

    engine, keeping = open_store(store, keep_results=False), open_store(store)
    out = {}
    for name, q in saved_queries().items():
        cold = median_ms(engine, q, 3)
        median_ms(keeping, q, 1)
        out[name] = (cold, median_ms(keeping, q, 5))
        print(f"  {name:<22} engine {cold:9.1f} ms   kept {out[name][1]:7.1f} ms", flush=True)
    return out


def _spread(values: list[float]) -> str:
    """Median and range of a ratio over rounds: ``1.02x (0.95-1.10x)``."""
    return f"{statistics.median(values):.2f}x ({min(values):.2f}-{max(values):.2f}x)"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--segmenters", nargs="+", default=["jieba", "rjieba"])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rounds", type=int, default=1,
                    help="repeat jieba.cut and the builds this many times; print each ratio's median and range")
    ap.add_argument("--keep", action="store_true", help="keep the corpus and the builds (removed by default)")
    args = ap.parse_args()
    for n in args.reports:
        work = Path(tempfile.mkdtemp(prefix=f"kg-bench-{n}-"))
        try:
            run_size(args, n, work)
        finally:  # 10,000 reports leave about 15 GB of corpus, caches, exports and store
            if args.keep:
                print(f"kept: {work}")
            else:
                shutil.rmtree(work, ignore_errors=True)


def run_size(args: argparse.Namespace, n: int, work: Path) -> None:
    """Every measure on one synthetic corpus of ``n`` reports, built under ``work``."""
    corpus = work / "corpus"
    size = make_corpus(corpus, n, args.seed)
    print(f"\n== {n} reports, {size / 1e6:.1f} MB")
    for segmenter in args.segmenters:
        to_jieba: dict[int, list[float]] = {jobs: [] for jobs in args.jobs}
        over_one: dict[int, list[float]] = {jobs: [] for jobs in args.jobs}
        machine: dict[int, list[float]] = {jobs: [] for jobs in args.jobs}
        for round_no in range(1, args.rounds + 1):
            single = None
            for jobs in args.jobs:
                # measured next to each build: on a shared machine the speed drifts within minutes
                jieba_bps = jieba_throughput(corpus)
                out = work / f"out-{segmenter}-j{jobs}"
                if out.exists():
                    shutil.rmtree(out)  # every round a fresh build, not a rebuild from the cache
                seconds, peak, summary = run_build(corpus, out, jobs, None, "--segmenter", segmenter)
                triples = re.search(r"triples: (\d+)", summary).group(1)
                extraction = float(re.search(r"extraction: ([\d.]+) MB/s", summary).group(1))
                phases = re.search(r"seconds: [\d.]+ \((.*)\)", summary).group(1)
                mbps = size / seconds / 1e6
                label = f"{segmenter} -j {jobs}" + (f" (round {round_no})" if args.rounds > 1 else "")
                print(f"{label}: {seconds:.1f} s, {n / seconds:.1f} reports/s, {mbps:.2f} MB/s end to end; "
                      f"extraction {extraction:.2f} MB/s = {extraction * 1e6 / jieba_bps:.2f}x jieba.cut "
                      f"({jieba_bps / 1e6:.2f} MB/s just before); peak RSS {peak:.0f} MB; triples {triples}; "
                      f"phases: {phases}", flush=True)
                if not args.keep:
                    shutil.rmtree(out)  # 3 GB at 10,000 reports: no later measure reads it
                to_jieba[jobs].append(extraction * 1e6 / jieba_bps)
                if jobs == 1:
                    single = extraction
                elif single:
                    over_one[jobs].append(extraction / single)
                    machine[jobs].append(parallel_speedup(corpus, jobs))
                    print(f"{label} over -j 1: extraction {extraction / single:.2f}x; the machine's own: jieba.cut "
                          f"in {jobs} processes at once {machine[jobs][-1]:.2f}x one (just after)", flush=True)
        if args.rounds > 1:
            for jobs in args.jobs:
                print(f"{segmenter} -j {jobs} over {args.rounds} rounds: extraction {_spread(to_jieba[jobs])} "
                      f"jieba.cut" + (f"; over -j 1 {_spread(over_one[jobs])}, the machine's own "
                                      f"{_spread(machine[jobs])}" if over_one[jobs] else ""), flush=True)
    jobs, segmenter = max(args.jobs), args.segmenters[-1]
    out, store = work / "out-store", work / "store"
    seconds, peak, summary = run_build(corpus, out, jobs, store, "--segmenter", segmenter)
    phases = re.search(r"seconds: [\d.]+ \((.*)\)", summary).group(1)
    print(f"full build with the persistent store ({segmenter}, -j {jobs}): {seconds:.1f} s, "
          f"{n / seconds:.1f} reports/s, peak RSS {peak:.0f} MB; phases: {phases}", flush=True)
    target = corpus / "r00000.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\n（修订）", encoding="utf-8")
    inc, inc_peak, _ = run_build(corpus, out, jobs, store, "--no-export", "--segmenter", segmenter)
    print(f"incremental rebuild after changing one report (store only, --no-export): {inc:.1f} s "
          f"(peak RSS {inc_peak:.0f} MB)")
    print(f"the same in a watching process (kg build --watch: tools loaded once), median of 3 changes: "
          f"{watched_rebuild(corpus, out, jobs, store, segmenter):.2f} s", flush=True)
    print("saved queries on the persistent store (p50 of repeated runs):")
    p50 = query_p50(store)
    for i, label in ((0, "the engine (no kept answers)"), (1, "kept answers (kg query, kg serve)")):
        worst = max(p50, key=lambda k: p50[k][i])
        print(f"saved-query p50, {label}: median over the queries {statistics.median(v[i] for v in p50.values()):.1f} ms,"
              f" slowest {worst} {p50[worst][i]:.1f} ms")


if __name__ == "__main__":
    main()
