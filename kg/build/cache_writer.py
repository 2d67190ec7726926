"""Writes a one-process build's report caches on a thread, beside the extraction.

Each batch of extracted reports leaves about 300 KB of N-Triples per report
to write, as one pack (``kg.report_cache``). Writing costs about 1 ms per
report on the disks we measured, against 6 to 8 ms to extract it; the system
calls release the GIL, so a thread can do them while the next batch is
extracted.

Two things make that pay rather than cost:
- the queue is short (``depth`` items: ``DEPTH``, or the two batches a build
  asks for), so memory stays bounded and a slow disk slows extraction instead
  of filling the memory;
- while the writer runs, the interpreter's switch interval is shortened.
  After each system call the writer waits for the GIL, and by default the
  extracting thread keeps it for up to 5 ms: the writer would fall behind and
  stall the queue. At 0.5 ms it takes the GIL back within a fraction of a
  report. The previous interval is restored when the writer is closed.

Errors raised while writing are raised again by ``close``, so a build whose
caches could not be written fails as it would writing them in line.
"""
from __future__ import annotations

import queue
import sys
import threading
from typing import Callable

# reports waiting to be written: about 300 KB each
DEPTH = 8
# seconds: the GIL switch interval while the writer runs (CPython's default is 0.005)
SWITCH_INTERVAL = 0.0005

_DONE = object()


class _ShortSwitchInterval:
    """The shorter switch interval while any writer runs; the interval from before the first one after the last.

    Counted, so that two builds writing at once in one process (a server's
    threads) do not leave the short interval behind.
    """

    def __init__(self) -> None:
        self._lock, self._users, self._saved = threading.Lock(), 0, sys.getswitchinterval()

    def hold(self) -> None:
        with self._lock:
            if self._users == 0:
                self._saved = sys.getswitchinterval()
                sys.setswitchinterval(min(self._saved, SWITCH_INTERVAL))
            self._users += 1

    def release(self) -> None:
        with self._lock:
            self._users -= 1
            if self._users == 0:
                sys.setswitchinterval(self._saved)


_SHORT_SWITCH_INTERVAL = _ShortSwitchInterval()


class BackgroundWriter:
    """Runs ``write(item)`` for each submitted item, in order, on one thread.

    Use as a context manager: leaving the block waits for every write and
    raises the first error any of them raised.
    """

    def __init__(self, write: Callable[[object], None], depth: int = DEPTH):
        self._write = write
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._drain, name="kg-cache-writer", daemon=True)
        self._closed = False

    def __enter__(self) -> BackgroundWriter:
        _SHORT_SWITCH_INTERVAL.hold()
        try:
            self._thread.start()
        except BaseException:
            _SHORT_SWITCH_INTERVAL.release()
            raise
        return self

    def submit(self, item: object) -> None:
        """Queue one item; waits while the queue is full. Raises a write error already seen."""
        if self._error is not None:
            raise self._error
        self._queue.put(item)

    def _drain(self) -> None:
        while True:
            item = self._queue.get()
            if item is _DONE:
                return
            if self._error is None:  # after an error, the rest is dropped: the build is failing
                try:
                    self._write(item)
                except BaseException as exc:  # noqa: BLE001 - handed to the submitting thread
                    self._error = exc

    def close(self) -> None:
        """Wait for the queued writes, restore the switch interval, raise the first write error."""
        if self._closed:
            return
        self._closed = True
        try:
            self._queue.put(_DONE)
            self._thread.join()
        finally:
            _SHORT_SWITCH_INTERVAL.release()
        if self._error is not None:
            raise self._error

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            self.close()
        except BaseException:
            if exc_type is None:
                raise
            # already failing: the thread is done, the first error is the one raised
