"""Links decided by a trained model over (project, amount), (project, road) and (campaign, agency) pairs.

The rules of ``relations.py`` propose; a linear model trained on the
annotated reports (``kg train``) decides, as the span models do for names
(``decide.py``). Each kind of link has its candidate pairs and features in
its own module (``owners.py``: which project an amount is for; ``onroads.py``:
which roads a project is on; ``partners.py``: which agencies take part in a campaign); this one holds what they share: the pair, the
model a build uses, and the swap ``kg train`` and cross-validation make.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from kg.extract.decide import SpanModel, load_model
from kg.model import Mention

#: The pair models, by the name of their file in ``kg/reference/models``.
OWNERS, ON_ROADS, PARTNERS = "owners", "onroads", "partners"


@dataclass(frozen=True)
class Pair:
    """A candidate link from ``head`` (a project, a campaign) to ``tail`` (an amount, a road, an agency), with its
    features."""

    model: str
    head: Mention
    tail: Mention
    features: list[str]


def bucket(n: int, bounds: Sequence[int]) -> str:
    """``n`` as the first bound it does not exceed (``<=5``), or past the last (``>100``): a feature value."""
    for b in bounds:
        if n <= b:
            return f"<={b}"
    return f">{bounds[-1]}"


_override: dict[str, SpanModel | None] = {}


def pair_model(name: str) -> SpanModel | None:
    """The model deciding links of ``name``: the one training or cross-validation installed, else the shipped one."""
    return _override[name] if name in _override else load_model(name)


def use_pair_model(name: str, model: SpanModel | None) -> None:
    """Decide links of ``name`` with ``model`` from now on (None: by the rules alone)."""
    _override[name] = model


@contextmanager
def rules_only() -> Iterator[None]:
    """Within the block, every link of a pair model is decided by the rules; the models come back after."""
    saved = dict(_override)
    try:
        _override.update(dict.fromkeys((OWNERS, ON_ROADS, PARTNERS)))
        yield
    finally:
        _override.clear()
        _override.update(saved)
