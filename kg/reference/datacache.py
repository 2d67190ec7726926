"""Data derived from installed packages' files, kept in the user's cache folder.

Reading jieba's 350,000-word dictionary (0.5 s) or jionlp's zipped place list
(0.2 s) on every run dominates a small incremental build. What is derived
from them is a pure function of the file, so it is kept once per version of
the file (its size and modification time name the copy) as ``marshal`` data,
which loads in a fraction of the time; the three newest copies of each are
kept (one per installation in use). A cache folder that cannot be written
only costs the time saved.
"""
from __future__ import annotations

import marshal
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

from kg.atomic import write_atomic

T = TypeVar("T")


def cache_dir() -> Path:
    """``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg"


def derived(name: str, source: Path, compute: Callable[[Path], T]) -> T:
    """``compute(source)``, from the kept copy when ``source`` is unchanged since it was made.

    ``compute`` must return plain data (dicts, lists, tuples, strings, numbers) for marshal.
    """
    stat = source.stat()
    kept = cache_dir() / f"{name}-{stat.st_size}-{stat.st_mtime_ns}.marshal"
    try:
        return marshal.loads(kept.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = compute(source)
    try:
        write_atomic(kept, marshal.dumps(cast(Any, value)), durable=False)
        _trim(name, keep=KEEP_VERSIONS)
    except OSError:
        pass  # not writable: computed again next time
    return value


#: Copies kept per name: one per installation in use (a venv, a CI clone), the older ones removed.
KEEP_VERSIONS = 3


def _trim(name: str, keep: int) -> None:
    """Remove all but the ``keep`` newest copies of ``name`` (each new venv or clone makes one)."""
    copies = sorted(cache_dir().glob(f"{name}-*-*.marshal"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in copies[keep:]:
        old.unlink(missing_ok=True)
