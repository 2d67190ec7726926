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


def write_atomic(path: Path, data: bytes | None = None, *, writer=None, durable: bool = True) -> None:
    """Write ``path`` through a temporary file in the same folder, then rename.

    Give either ``data`` or ``writer``, a function that writes to a binary file object.
    ``durable=False`` skips the fsync: for caches, which a later build checks and rebuilds.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if writer is not None:
                writer(fh)
            else:
                fh.write(data or b"")
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual permissions
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
