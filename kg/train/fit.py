"""``kg train``: annotated reports -> the shipped span models (``kg/reference/models/{projects,roads}.json``).

Every annotated report is run through the pipeline once with the project
component keeping its candidates and their features; each candidate is
labelled by the gold (a required project's name or alias: 1, an optional
one's: left out, anything else: 0), and scikit-learn's logistic regression
is fitted on them with a fixed seed. The weights are written as sorted JSON,
rounded, so the same corpus gives the same file byte for byte.

scikit-learn is needed only here (``pip install -e ".[train]"``); the build
reads the JSON.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError
from kg.extract.components import mentions
from kg.extract.decide import MODEL_DIR, SpanModel
from kg.extract.owners import Candidate as OwnerCandidate
from kg.extract.owners import use_owner_model
from kg.extract.relations import find_links
from kg.ingest.read import read
from kg.model import EntityType
from kg.text.clean import clean
from kg.text.structure import analyse as structure_of
from kg.train.corpus import Annotated, owner_label, span_label

#: Inverse regularisation strength and the probability a span is kept at: chosen by cross-validation
#: over the annotated reports (``bench/quality.py --sweep``).
C = 1.0
THRESHOLD = 0.15
#: The probability an amount's best-ranked project needs to take it (``kg.extract.owners``).
OWNER_THRESHOLD = 0.7
SEED = 0
#: The model ranking an amount's projects: trained after the span models, on the mentions they keep.
OWNERS = "owners"


@dataclass(frozen=True)
class Examples:
    """One report's candidates as (features, label) pairs, labels 0/1 (optional gold left out)."""

    report: str
    features: list[list[str]]
    labels: list[int]


#: What is learned: model name -> (the spaCy component that decides it, the gold list its labels come from).
KINDS = {"projects": ("kg_projects", EntityType.PROJECT), "roads": ("kg_roads", EntityType.ROAD),
         "campaigns": ("kg_campaigns", EntityType.CAMPAIGN)}


def examples_of(reports: Sequence[Annotated], nlp) -> dict[str, list[Examples]]:
    """The labelled candidates of each report, per model (the pipeline runs once per report)."""
    components = [nlp.get_pipe(component) for component, _ in KINDS.values()]
    for component in components:
        component.keep_candidates = True
    try:
        out: dict[str, list[Examples]] = {kind: [] for kind in KINDS}
        for report in reports:
            text = clean(read(report.text_path).raw).text
            doc = nlp(text)
            for kind, (_, entity_type) in KINDS.items():
                feats, labels = [], []
                for cand, features in doc.user_data["kg_candidates"][entity_type.value]:
                    label = span_label(text[cand.start:cand.end], report, kind)
                    if label is not None:
                        feats.append(features)
                        labels.append(label)
                out[kind].append(Examples(report.name, feats, labels))
        return out
    finally:
        for component in components:
            component.keep_candidates = False


def use_models(nlp, models: dict[str, SpanModel | None]) -> None:
    """Make ``nlp`` decide with these models (cross-validation swaps them per fold); ``owners`` ranks
    the projects an amount may be stated for (``kg.extract.owners``)."""
    for kind, model in models.items():
        if kind == OWNERS:
            use_owner_model(model)
        else:
            nlp.get_pipe(KINDS[kind][0]).model = model


def owner_examples(reports: Sequence[Annotated], nlp) -> list[Examples]:
    """Each report's (amount, project) pairs as the owner model sees them, labelled by the gold."""
    out = []
    for report in reports:
        text = clean(read(report.text_path).raw).text
        doc = nlp(text)
        pairs: list[OwnerCandidate] = []
        find_links(text, structure_of(text), {kind: mentions(doc, kind) for kind in EntityType},
                   doc.user_data.get("kg_measures", []), keep=pairs)
        feats, labels = [], []
        for pair in pairs:
            amount = pair.funding.amount
            label = owner_label(pair.project.text, None if amount is None else int(amount), report)
            if label is not None:
                feats.append(pair.features)
                labels.append(label)
        out.append(Examples(report.name, feats, labels))
    return out


#: The models in pipeline order: each one's features read the mentions the ones before it decided.
TRAIN_ORDER = ("roads", "campaigns", "projects")


def train(reports: Sequence[Annotated], nlp, out_dir: Path = MODEL_DIR) -> dict[str, Path]:
    """Fit every model on ``reports`` and write them to ``out_dir``; returns the files written.

    The models are fitted in pipeline order, each on examples read with the
    models just fitted before it deciding upstream (a campaign's features see
    the roads the new road model keeps). So the result depends on the
    annotated reports alone, not on whatever models were installed before:
    training twice gives the same files. ``nlp`` is left deciding with them.
    """
    fitted: dict[str, SpanModel | None] = {}
    for kind in TRAIN_ORDER:
        use_models(nlp, fitted)
        fitted[kind] = fit(examples_of(reports, nlp)[kind])
    use_models(nlp, fitted)
    owners = owner_examples(reports, nlp)
    # a few reports may state no amount for any project: then the rules give amounts their projects
    if len({y for ex in owners for y in ex.labels}) == 2:
        fitted[OWNERS] = fit(owners, threshold=OWNER_THRESHOLD)
    use_models(nlp, fitted)
    return {kind: write_model(model, out_dir / f"{kind}.json") for kind, model in fitted.items() if model}


def fit(examples: Sequence[Examples], *, c: float = C, threshold: float = THRESHOLD) -> SpanModel:
    """Logistic regression over the examples' features (binary, one column per feature string)."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from threadpoolctl import threadpool_limits
    except ImportError as exc:  # pragma: no cover - the train extra is missing
        raise KgError("kg train needs scikit-learn: pip install -e \".[train]\"") from exc
    rows = [dict.fromkeys(f, 1) for ex in examples for f in ex.features]
    labels = [y for ex in examples for y in ex.labels]
    if len(set(labels)) < 2:
        raise KgError("the annotated reports give no positive (or no negative) candidates to learn from")
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform(rows)
    clf = LogisticRegression(C=c, max_iter=2000, random_state=SEED, solver="lbfgs")
    with threadpool_limits(1):  # one BLAS thread: the same sums in the same order, the same weights
        clf.fit(x, labels)
    weights = {name: round(float(w), 5) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)
               if abs(w) >= 1e-5}
    weights["bias"] = round(weights.get("bias", 0.0) + float(clf.intercept_[0]), 5)
    meta = {"examples": len(labels), "positives": sum(labels), "reports": len(examples), "C": c}
    return SpanModel(weights, threshold, meta)


def write_model(model: SpanModel, path: Path = MODEL_DIR / "projects.json") -> Path:
    """The model as sorted JSON, written whole or not at all."""
    from kg.atomic import write_atomic

    features = "kg.extract.owners.candidates" if path.stem == OWNERS else "kg.extract.decide.span_features"
    data = {"kind": f"logistic-regression over {features}", "threshold": model.threshold,
            "meta": model.meta, "weights": dict(sorted(model.weights.items()))}
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, (json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n").encode("utf-8"))
    return path
