"""The domain lexicon: word lists the extractors read, shipped as YAML data.

``load()`` returns the packaged ``domain.yaml``, optionally extended by user
files with the same keys: lists are appended, mappings merged, and a user
file may add ``stop_names`` (names never to extract) and ``aliases``
(``{alias: canonical name}``).
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from kg.errors import KgError

DEFAULT_FILE = Path(__file__).with_name("domain.yaml")


class Lexicon:
    """Read-only view of the merged lexicon: ``lex["agency.functions"]``."""

    def __init__(self, data: dict[str, Any], sources: tuple[str, ...]):
        self._data = data
        self.sources = sources

    def __getitem__(self, dotted: str) -> Any:
        node: Any = self._data
        for part in dotted.split("."):
            node = node[part]
        return node

    def get(self, dotted: str, default: Any = None) -> Any:
        try:
            return self[dotted]
        except (KeyError, TypeError):
            return default

    @property
    def stop_names(self) -> frozenset[str]:
        return frozenset(self._data.get("stop_names") or ())

    @property
    def aliases(self) -> dict[str, str]:
        """Written name -> canonical name (or road code), from ``aliases`` and ``merges``."""
        out = dict(self._data.get("aliases") or {})
        for group in self._data.get("merges") or []:
            for name in group[1:]:
                out[str(name)] = str(group[0])
        return out


    def key(self) -> tuple[str, ...]:
        return self.sources


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [x for x in extra if x not in base]
    return extra


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise KgError(f"[E010] {path}: cannot read the lexicon: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise KgError(f"[E011] {path}: not valid YAML: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise KgError(f"[E012] {path}: a lexicon file must be a mapping of sections")
    return data


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> Lexicon:
    data = _read(DEFAULT_FILE)
    for p in paths:
        data = _merge(data, _read(Path(p)))
    return Lexicon(data, paths)


def load(extra: Iterable[Path | str] = ()) -> Lexicon:
    """The packaged lexicon, extended by ``extra`` YAML files in order."""
    return _load(tuple(str(Path(p).resolve()) for p in extra))


def user_additions(lex: Lexicon, dotted: str) -> frozenset[str]:
    """The entries of list ``dotted`` that the user's lexicon files add to the packaged one.

    A name a user lists is theirs to insist on: the trained decision does not overrule it.
    """
    if not lex.sources or lex.sources == load(()).sources:
        return frozenset()
    return frozenset(lex.get(dotted, ())) - frozenset(load(()).get(dotted, ()))
