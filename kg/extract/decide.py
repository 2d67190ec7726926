"""The trained decision: which candidate spans name a project, a road or a campaign, by a linear model.

Rules find the places a name can end (``spans.py``); whether a span names
one thing, and where it starts, is learned from the annotated reports
(``kg train``). The model is logistic regression over sparse, readable
features of the span (``features.py``): its head word, its first and last
words, the word and character before it (a verb, a particle, a clause mark),
what follows it, the anchors inside it (a road, a place, 至, 段, a bracket),
counts and figures next to it, and whether a hand-written rule proposed it
too. Each model is shipped as JSON (``kg/reference/models/<kind>.json``: family -> value -> weight, and flags),
so loading it needs no machine-learning library and a reader can see why a
span was kept (``kg explain`` prints the probability as the confidence).

Overlapping readings compete: the most probable is kept, then the next one
that does not overlap it, down to the model's threshold.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import repeat
from pathlib import Path
from typing import cast

import numpy as np

from kg.config import PACKAGE_DIR
from kg.extract.common import DisjointSpans
from kg.extract.features import (
    END_FAMILIES,
    PAIR_FAMILIES,
    PAIR_TAIL,
    START_FAMILIES,
    START_FLAGS,
    SpanContext,
    span_features,
)
from kg.extract.scoring import CompiledModel
from kg.extract.spans import Candidate, Candidates

MODEL_DIR = PACKAGE_DIR / "reference" / "models"


@dataclass(frozen=True)
class SpanModel:
    """Logistic regression over ``span_features``: the weights, and the probability a span is kept at.

    Held as the decision reads them: a table per feature family (``before`` -> ``、`` -> w for the feature
    ``before=、``) and the features without a value (``bias``, ``list_before`` …). The model file is written
    in the same shape, so loading it builds nothing: 0.3 s less for every process that extracts, against
    deriving the tables from 450,000 feature strings (the files of ``kg train`` before this shape, a single
    ``weights`` mapping, still load).
    """

    tables: dict[str, dict[str, float]]
    flags: dict[str, float]
    threshold: float
    meta: dict

    @classmethod
    def of_weights(cls, weights: dict[str, float], threshold: float, meta: dict) -> SpanModel:
        """The model of weights by feature string (``family=value`` or a flag), as training fits them."""
        tables: dict[str, dict[str, float]] = {}
        flags: dict[str, float] = {}
        for feature, w in weights.items():
            family, sep, value = feature.partition("=")
            if sep:
                tables.setdefault(family, {})[value] = w
            else:
                flags[feature] = w
        return cls(tables, flags, threshold, meta)

    @classmethod
    def load(cls, path: Path) -> SpanModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        threshold, meta = float(data["threshold"]), dict(data.get("meta", {}))
        if "weights" in data:  # written by kg train before the tables
            return cls.of_weights(dict(data["weights"]), threshold, meta)
        return cls(data["families"], data["flags"], threshold, meta)

    def to_json(self) -> dict:
        """What the model file holds besides its kind: sorted, so that one fit always writes the same bytes."""
        return {"threshold": self.threshold, "meta": self.meta, "flags": dict(sorted(self.flags.items())),
                "families": {family: dict(sorted(values.items())) for family, values in sorted(self.tables.items())}}

    @cached_property
    def weights(self) -> dict[str, float]:
        """Weights by feature string (``family=value`` or a flag): what training, ``score`` and ``kg explain`` read."""
        out = {f"{family}={value}": w for family, values in self.tables.items() for value, w in values.items()}
        out.update(self.flags)
        return out

    def probability(self, features: Sequence[str]) -> float:
        return _sigmoid(self.score(features))

    def score(self, features: Iterable[str]) -> float:
        # map over dict.get with a repeated default: the lookups run in C, not in a generator's frames
        return sum(map(self.weights.get, features, repeat(0.0)))

    def probabilities(self, ctx: SpanContext, candidates: Candidates) -> np.ndarray:
        """The probability of each candidate (0.0 outside the beam): ``scoring.CompiledModel.probabilities``."""
        return self.compiled.probabilities(ctx, candidates)

    @cached_property
    def compiled(self) -> CompiledModel:
        """The weights as arrays over string ids, what scoring a report's candidates at once reads."""
        return CompiledModel(self)

    @cached_property
    def families(self) -> dict[str, dict[str | None, float]]:
        """``tables`` with an empty table for each family the decision reads and the model has no weight in
        (looked up with None too: a tail feature the span does not have)."""
        tables = cast(dict[str, dict[str | None, float]], self.tables)
        return {f: tables.get(f, {}) for f in (*START_FAMILIES, *END_FAMILIES, *PAIR_FAMILIES, *PAIR_TAIL)}

    @cached_property
    def start_bound(self) -> float:
        """The most any start's features can add: the bias, the best weight of each family, the positive flags."""
        best = [max(0.0, max(self.tables[f].values(), default=0.0)) for f in START_FAMILIES if f in self.tables]
        flags = [max(0.0, w) for f, w in self.flags.items() if f in START_FLAGS]
        return self.flags.get("bias", 0.0) + sum(best) + sum(flags)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=8)
def load_model(name: str) -> SpanModel | None:
    """The shipped model ``name`` (``kg/reference/models/<name>.json``), or None before the first ``kg train``."""
    path = MODEL_DIR / f"{name}.json"
    return SpanModel.load(path) if path.exists() else None


def choose(scored: list[tuple[float, Candidate]], threshold: float) -> list[tuple[float, Candidate]]:
    """The most probable readings that do not overlap one another, down to ``threshold``."""
    kept: list[tuple[float, Candidate]] = []
    taken = DisjointSpans()
    for p, cand in sorted(scored, key=lambda pc: (-pc[0], pc[1].start, pc[1].end)):
        if p < threshold:
            break
        if taken.overlaps(cand.start, cand.end):
            continue
        kept.append((p, cand))
        taken.add(cand.start, cand.end)
    return sorted(kept, key=lambda pc: (pc[1].start, pc[1].end))


def decide(ctx: SpanContext, candidates: Candidates, model: SpanModel | None, *,
           stop_names: frozenset[str] = frozenset(), keep_features: bool = False
           ) -> tuple[list[tuple[float, Candidate]], list[tuple[Candidate, list[str]]]]:
    """The readings ``model`` keeps (with their probabilities), and, for training (``keep_features``),
    every candidate with its features.

    Without a model nothing is chosen: the caller falls back on its rules. A
    reading in ``stop_names`` (a user's lexicon: names never to extract) is never chosen.
    """
    featured = [(c, span_features(ctx, c)) for c in candidates] if keep_features else []
    if model is None:
        return [], featured
    probabilities = model.probabilities(ctx, candidates)
    likely = np.flatnonzero(probabilities >= model.threshold).tolist()  # only these can be chosen
    scored = [(float(probabilities[i]), candidates[i]) for i in likely]
    return choose([(p, c) for p, c in scored if ctx.text[c.start:c.end] not in stop_names], model.threshold), featured
