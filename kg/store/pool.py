"""Queries run in worker processes that can be killed: a runaway query frees its slot, the service goes on.

Each running query has a process of its own (``kg.store.engine``), up to
``max_workers``; ``warm`` of them are kept open between queries, the rest
are started when a burst needs them (forked from a server process that has
pyoxigraph loaded: a few tenths of a second) and retired after. A query's
deadline counts from its arrival: waiting for a slot, starting a worker and
running all come out of ``Limits.seconds``; past it the worker is killed
(SIGKILL: the engine cannot be interrupted) and the answer is a 503. So a
burst of runaways holds slots for at most one time limit, and while slots
remain a small query beside them is answered at once. A worker that dies
(a crash in the engine) is replaced the same way. When the graph is
rebuilt (the build swaps in a new store folder or renames a new file over
the old), idle workers are retired and new ones open the new graph, so a
query reads the old graph or the new one, never a mix.
"""
from __future__ import annotations

import multiprocessing as mp
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from kg.store.engine import Answer, Job, worker_main
from kg.store.limits import Limits, QueryError, check_query
from kg.store.reader import stamp


@dataclass
class _Worker:
    proc: mp.process.BaseProcess
    conn: mp.connection.Connection
    stamp: tuple[int, ...] | None


def _context():
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["kg.store.engine"])
        return ctx
    return mp.get_context("spawn")


class QueryPool:
    """Worker processes over one graph (a file or a store folder), each query under ``limits``."""

    def __init__(self, source: Path, limits: Limits, *, warm: int = 2, max_workers: int = 12,
                 keep_results: bool = True):
        self.source, self.limits = Path(source), limits
        self.warm, self.max_workers, self.keep_results = warm, max(1, max_workers), keep_results
        self._ctx = _context()
        self._idle: list[_Worker] = []
        self._live = 0  # idle, busy and starting
        self._cond = threading.Condition()
        self._closed = False
        #: threads that wait on workers for the event loop: a slot each, and as many again waiting for one
        #: (asyncio's default executor has cores + 4 threads: runaways would hold them all)
        self.threads = ThreadPoolExecutor(2 * self.max_workers + 4, thread_name_prefix="kg-query")

    def run(self, job: Job) -> Answer:
        """The answer to ``job``, or a ``QueryError`` saying why not (its ``status`` is the HTTP code)."""
        check_query(job.text, self.limits)
        deadline = time.monotonic() + self.limits.seconds
        worker: _Worker | None = self._acquire(deadline)
        try:
            assert worker is not None
            worker.conn.send(job)
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                self._kill(worker)
                worker = None
                raise QueryError(f"query stopped at the time limit, {self.limits.seconds:g} s (--timeout)", status=503)
            reply = worker.conn.recv()
        except (EOFError, OSError) as exc:
            if worker is None:
                raise
            code = worker.proc.exitcode
            self._kill(worker)
            worker = None
            raise QueryError(f"the query engine stopped on this query (exit code {code}); the service goes on",
                             status=500) from exc
        finally:
            if worker is not None:
                self._release(worker)
        if isinstance(reply, QueryError):
            raise reply
        return reply

    def start(self) -> None:
        """Open the warm workers now rather than at the first query."""
        started = [self._acquire(time.monotonic() + 60) for _ in range(self.warm)]
        for worker in started:
            self._release(worker)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            self._cond.notify_all()
        for worker in idle:
            self._kill(worker)
        self.threads.shutdown(wait=False, cancel_futures=True)

    # ------------------------------------------------------------------ slots
    def _acquire(self, deadline: float) -> _Worker:
        current = stamp(self.source)
        with self._cond:
            while True:
                if self._closed:
                    raise QueryError("the query service is shutting down", status=503)
                while self._idle:
                    worker = self._idle.pop()
                    if worker.stamp == current and worker.proc.is_alive():
                        return worker
                    self._retire(worker)
                if self._live < self.max_workers:
                    self._live += 1
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise QueryError(f"all {self.max_workers} query slots stayed busy for the time limit, "
                                     f"{self.limits.seconds:g} s (--max-queries, --timeout); try again", status=503)
                self._cond.wait(remaining)
        try:
            return self._spawn(deadline, current)
        except BaseException:
            with self._cond:
                self._live -= 1
                self._cond.notify()
            raise

    def _spawn(self, deadline: float, current: tuple[int, ...] | None) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=worker_main, args=(child, str(self.source), self.limits, self.keep_results),
                                 daemon=True, name="kg-query")
        proc.start()
        child.close()
        worker = _Worker(proc, parent, current)
        try:
            ready = parent.recv() if parent.poll(max(0.0, deadline - time.monotonic())) else None
        except (EOFError, OSError):
            ready = QueryError(f"the query engine did not start (exit code {proc.exitcode})", status=500)
        if ready != "ready":
            self._stop(worker)
            if isinstance(ready, QueryError):
                raise ready
            raise QueryError(f"the query engine did not open the graph within the time limit, "
                             f"{self.limits.seconds:g} s (--timeout)", status=503)
        return worker

    def _release(self, worker: _Worker) -> None:
        with self._cond:
            if not self._closed and len(self._idle) < self.warm and worker.stamp == stamp(self.source):
                self._idle.append(worker)
                self._cond.notify()
                return
            self._retire(worker)

    def _retire(self, worker: _Worker) -> None:
        """Called holding the lock: the worker goes, its slot is free."""
        self._live -= 1
        self._cond.notify()
        threading.Thread(target=self._stop, args=(worker,), daemon=True).start()

    def _kill(self, worker: _Worker) -> None:
        with self._cond:
            self._retire(worker)

    @staticmethod
    def _stop(worker: _Worker) -> None:
        worker.conn.close()
        worker.proc.kill()
        worker.proc.join(5)
