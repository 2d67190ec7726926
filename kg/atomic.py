"""Files written whole or not at all: a temporary file in the same folder, then a rename.

A build killed half-way leaves the last good output (and no half-written cache)
behind. Kept apart from ``kg.store`` so light modules can use it without
importing pyoxigraph.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: The mode a plain ``open`` would give a new file (read once: a build writes thousands of cache files).
_MODE = 0o666 & ~_umask()


def write_atomic(path: Path, data: bytes | None = None, *, writer=None, durable: bool = True) -> None:
    """Write ``path`` through a temporary file in the same folder, then rename.

    Give either ``data`` or ``writer``, a function that writes to a binary file object.
    ``durable=False`` skips the fsync: for caches, which a later build checks and rebuilds.
    """
    path = Path(path)
    os.replace(_written_temporary(path, data, writer, durable), path)


class StagedFiles:
    """Files written now, each to a temporary beside it, and put in place together by ``commit``.

    A build's outputs (graph.ttl, graph.trig, graph.html, build-report.json) are written over
    seconds; renamed one by one as each was ready, a build killed between two of them left a set
    from two builds. Staged, a build killed before ``commit`` leaves every output of the last
    build, and ``commit`` is a few renames. ``discard`` removes what was staged (on a failure).
    """

    def __init__(self) -> None:
        self._pending: list[tuple[str, Path]] = []

    def write(self, path: Path, data: bytes | None = None, *, writer=None) -> None:
        path = Path(path)
        self._pending.append((_written_temporary(path, data, writer, True), path))

    def commit(self) -> None:
        for tmp, path in self._pending:
            os.replace(tmp, path)
        self._pending.clear()

    def discard(self) -> None:
        for tmp, _ in self._pending:
            Path(tmp).unlink(missing_ok=True)
        self._pending.clear()


def _written_temporary(path: Path, data: bytes | None, writer, durable: bool) -> str:
    """``data`` (or what ``writer`` writes) in a new temporary file beside ``path``; its name."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except FileNotFoundError:  # the folder is made when first needed, not checked on every write
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _MODE)  # mkstemp makes 0600; give the usual permissions
        with os.fdopen(fd, "wb") as fh:
            if writer is not None:
                writer(fh)
            else:
                fh.write(data or b"")
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp
