"""Saved-query latency on the engine itself: pyoxigraph's ``Store.query``, no kept answers.

    .venv/bin/python bench/query_bench.py GRAPH [--repeat 5] [--only NAME ...] [--rows FILE] [--http]

GRAPH is a store folder (``kg build --store DIR``) or a graph file (``graph.ttl``,
loaded in memory). Each saved query runs ``--repeat`` times, reading every row;
the table gives p50 and max per query in milliseconds, the row count, and the
median of the p50s. The store is opened with ``keep_results=False``, so the
figures are the engine's own (``kg.results`` would answer a repeat from disk).

Targets (issue 20, item 4): at 10,000 reports, every saved query under 500 ms
p50 and the median query under 100 ms. ``--rows FILE`` writes each query's
rows (sorted, as N-Triples terms) to a JSON file, so that two builds, or the
queries before and after a rewrite, can be compared row for row. ``--http``
adds the time through ``kg serve`` (the web app over the same graph).
"""
from __future__ import annotations

import argparse
import json
import socket
import statistics
import threading
import time
from pathlib import Path

from kg.query import bindings, open_store, run, saved_queries

#: Parameters given to the queries that take one (the others run with their defaults).
PARAMS = {"projects_on_road": {"code": "G6512"}, "entity_facts": {"name": "湖南省交通运输厅"}}
#: Stop repeating a query once its runs have taken this long (one slow run says enough).
BUDGET_MS = 20_000


def _time(fn, repeat: int) -> tuple[float, float, int]:
    times, rows = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        rows = fn()
        times.append((time.perf_counter() - started) * 1000)
        if sum(times) > BUDGET_MS:
            break
    return statistics.median(times), max(times), rows


def _rows(result) -> list[str]:
    names = result.variables
    return sorted("\t".join("" if s[v] is None else str(s[v]) for v in names) for s in result)


def _serve(graph: Path):
    import uvicorn

    from kg.web.app import create_app
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(graph), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}/sparql"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graph", nargs="?", default="output/graph.ttl", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", nargs="*", default=None, help="saved queries to run (default: all)")
    ap.add_argument("--rows", type=Path, help="write each query's sorted rows to this JSON file")
    ap.add_argument("--http", action="store_true", help="also time each query through kg serve")
    args = ap.parse_args()
    store = open_store(args.graph, keep_results=False)
    queries = {n: q for n, q in saved_queries().items() if args.only is None or n in args.only}
    print(f"graph: {args.graph} ({len(store)} triples), p50 of {args.repeat} runs each, every row read")
    header = f"{'query':<24}{'p50 ms':>10}{'max ms':>10}{'rows':>9}"
    if args.http:
        import httpx
        server, thread, url = _serve(args.graph)
        client = httpx.Client(timeout=120)
        header += f"{'http p50':>10}"
    print(header)
    p50s, answers = [], {}
    for name, saved in queries.items():
        params = bindings(saved, PARAMS.get(name, {}))
        p50, worst, rows = _time(lambda: sum(1 for _ in run(store, saved.text, params)), args.repeat)
        p50s.append(p50)
        line = f"{name:<24}{p50:>10.1f}{worst:>10.1f}{rows:>9}"
        if args.http:
            text = saved.text  # the protocol binds no parameters: each runs with none
            h50, _, _ = _time(lambda: client.post(url, data={"query": text}).raise_for_status() and 0, args.repeat)
            line += f"{h50:>10.1f}"
        print(line, flush=True)
        if args.rows:
            answers[name] = _rows(run(store, saved.text, params))
    print(f"{'median of the p50s':<24}{statistics.median(p50s):>10.1f}   (slowest: {max(p50s):.1f} ms)")
    if args.rows:
        args.rows.write_text(json.dumps(answers, ensure_ascii=False, indent=0), encoding="utf-8")
    if args.http:
        client.close()
        server.should_exit = True
        thread.join(5)


if __name__ == "__main__":
    main()
