"""The output folder, checked and held before a build spends minutes extracting.

A build that would fail at its end (the folder is a file, is read-only, the
disk is full) fails at its start instead, naming the folder and the problem;
and two builds into one folder at once would interleave their caches and
exports, so the second one stops with a message while the first holds the
folder's lock (an advisory ``flock``, released by the kernel when the
holder dies, so a killed build never leaves a stale lock behind).
"""
from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

from kg.errors import KgError

#: Free space a build needs to start: room for its exports and cache of a small corpus. Past the start,
#: every output is written to a temporary file and renamed, so running out later keeps the last build.
MIN_FREE_BYTES = 20_000_000
LOCK_FILE = ".kg-build.lock"


def check_output_folder(outdir: Path) -> None:
    """Make ``outdir`` if needed and check a build can write there (``KgError`` naming the problem)."""
    if outdir.exists() and not outdir.is_dir():
        raise KgError(f"[E061] {outdir}: the output folder is a file; choose another -o")
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        probe = outdir / f".kg-write-test.{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise KgError(f"[E062] {outdir}: cannot write to the output folder ({exc.strerror or exc})") from exc
    free = shutil.disk_usage(outdir).free
    if free < MIN_FREE_BYTES:
        raise KgError(f"[E063] {outdir}: only {free / 1e6:.1f} MB free on its disk "
                      f"(a build needs {MIN_FREE_BYTES / 1e6:.0f} MB to start); the last build is kept")


class FolderLock:
    """Held for the length of a build: ``with FolderLock(outdir): ...``."""

    def __init__(self, outdir: Path):
        self.path = outdir / LOCK_FILE
        self.fd: int | None = None

    def __enter__(self) -> FolderLock:
        import fcntl

        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "another process"
            os.close(fd)
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                raise KgError(f"[E064] {self.path.parent}: another build (pid {holder}) is writing to this "
                              f"folder; wait for it to finish or build into another -o") from exc
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self.fd = fd
        return self

    def __exit__(self, *exc) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing releases the lock
            self.fd = None
