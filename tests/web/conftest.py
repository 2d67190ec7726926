"""``kg serve`` as its own process, so a test can see it survive what is sent to it."""
from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def kg_serve(graph: Path, *options: str) -> Iterator[tuple[str, subprocess.Popen]]:
    """``kg serve --graph GRAPH OPTIONS`` on 127.0.0.1 and a free port: (base URL, process); stopped on exit."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--graph", str(graph), "--port", str(port), *options],
                            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, f"kg serve exited with {proc.returncode}"
            try:
                if httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "kg serve did not start"
            time.sleep(0.2)
        yield url, proc
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)
