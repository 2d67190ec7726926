"""The project's exceptions, each naming the file and what is wrong with it."""
from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """Base class for errors the command line reports without a traceback."""


class InputError(KgError):
    """A report file cannot be read as a report.

    Args:
        path: the offending file.
        reason: what is wrong, in words a user can act on.
    """

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"[E001] {self.path}: {reason}")
