"""Saved-query latency: in-process (pyoxigraph) and end to end through `kg serve`.

    .venv/bin/python bench/query_bench.py [GRAPH] [--repeat N]

Prints p50 and max per saved query, in milliseconds. Targets (issue 4): p50 under
100 ms in-process and under 200 ms through the server on the sample build.
"""
from __future__ import annotations

import argparse
import socket
import statistics
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from kg.query import bindings, open_store, run, saved_queries
from kg.web.app import create_app

SAMPLE_PARAMS = {"projects_on_road": {"code": "G6512"}, "entity_facts": {"name": "湖南省交通运输厅"}}


def _time(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("graph", nargs="?", default="output/graph.ttl", type=Path)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    store = open_store(args.graph)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(args.graph), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    url = f"http://127.0.0.1:{port}/sparql"
    print(f"graph: {args.graph} ({len(store)} triples), {args.repeat} runs each")
    print(f"{'query':<24}{'p50 ms':>9}{'max ms':>9}{'http p50':>10}{'http max':>10}")
    with httpx.Client() as client:
        for name, saved in saved_queries().items():
            params = SAMPLE_PARAMS.get(name, {})
            p50, worst = _time(lambda: list(run(store, saved.text, bindings(saved, params))), args.repeat)
            text = saved.text
            h50, hworst = _time(lambda: client.post(url, data={"query": text}).raise_for_status(), args.repeat)
            print(f"{name:<24}{p50:>9.2f}{worst:>9.2f}{h50:>10.2f}{hworst:>10.2f}")
    server.should_exit = True
    thread.join(5)


if __name__ == "__main__":
    main()
