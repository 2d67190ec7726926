"""``kg train``: annotated reports -> the shipped span models (``kg/reference/models/{projects,roads}.json``).

Every annotated report is run through the pipeline once with the project
component keeping its candidates and their features; each candidate is
labelled by the gold (a required project's name or alias: 1, an optional
one's: left out, anything else: 0), and scikit-learn's logistic regression
is fitted on them with a fixed seed. The weights are written as sorted JSON (a table per feature family),
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
from kg.extract.pairs import ON_ROADS, OWNERS, PARTNERS, Pair, rules_only, use_pair_model
from kg.extract.relations import find_links
from kg.ingest.read import read
from kg.model import EntityType
from kg.text.clean import clean
from kg.text.structure import analyse as structure_of
from kg.train.corpus import Annotated, owner_label, partner_label, road_label, span_label

#: Inverse regularisation strength and the probability a span is kept at: chosen by cross-validation
#: over the annotated reports (``bench/quality.py --sweep``).
C = 1.0
THRESHOLD = 0.15
SEED = 0
#: The pair models, trained after the span models on the mentions they keep, with the probability a
#: link needs: an amount's best-ranked project (``kg.extract.owners``), a project's road (``kg.extract.onroads``),
#: a campaign's partner agency (``kg.extract.partners``).
PAIR_MODELS = {OWNERS: 0.7, ON_ROADS: 0.5, PARTNERS: 0.3}


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
    """Make ``nlp`` decide with these models (cross-validation swaps them per fold); the pair models
    (``PAIR_MODELS``) decide links (``kg.extract.pairs``)."""
    for kind, model in models.items():
        if kind in PAIR_MODELS:
            use_pair_model(kind, model)
        else:
            nlp.get_pipe(KINDS[kind][0]).model = model


def pair_examples(reports: Sequence[Annotated], nlp) -> dict[str, list[Examples]]:
    """Each report's candidate links as the pair models see them, labelled by the gold, per model.

    The links are found with the rules alone (the pair models set aside for the while): one pair model's
    links feed another's features (a project's roads decide its components, whose amounts the owner model
    weighs), and examples read with installed models would depend on them, and leak, under
    cross-validation, the held-out reports those models were trained on.
    """
    out: dict[str, list[Examples]] = {name: [] for name in PAIR_MODELS}
    with rules_only():
        for report in reports:
            _pair_rows(report, nlp, out)
    return out


def _pair_rows(report: Annotated, nlp, out: dict[str, list[Examples]]) -> None:
    """One report's candidate links, labelled, added to ``out`` by model."""
    text = clean(read(report.text_path).raw).text
    doc = nlp(text)
    pairs: list[Pair] = []
    find_links(text, structure_of(text), {kind: mentions(doc, kind) for kind in EntityType},
               doc.user_data.get("kg_measures", []), keep=pairs)
    rows: dict[str, tuple[list[list[str]], list[int]]] = {name: ([], []) for name in PAIR_MODELS}
    for pair in pairs:
        label = _pair_label(pair, report)
        if label is not None:
            rows[pair.model][0].append(pair.features)
            rows[pair.model][1].append(label)
    for name, (feats, labels) in rows.items():
        out[name].append(Examples(report.name, feats, labels))


def _pair_label(pair: Pair, report: Annotated) -> int | None:
    if pair.model == OWNERS:
        amount = pair.tail.amount
        return owner_label(pair.head.text, None if amount is None else int(amount), report, pair.tail.text)
    if pair.model == PARTNERS:
        return partner_label(pair.head.name or pair.head.text, [pair.tail.text, pair.tail.name or ""], report)
    return road_label(pair.head.text, pair.tail.text, pair.tail.code, report)


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
    # a few reports may state no amount or road for any project: then the rules decide those links
    for name, examples in pair_examples(reports, nlp).items():
        if len({y for ex in examples for y in ex.labels}) == 2:
            fitted[name] = fit(examples, threshold=PAIR_MODELS[name])
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
    return SpanModel.of_weights(weights, threshold, meta)


def write_model(model: SpanModel, path: Path = MODEL_DIR / "projects.json") -> Path:
    """The model as sorted JSON, written whole or not at all."""
    from kg.atomic import write_atomic

    features = f"kg.extract.{path.stem}.candidates" if path.stem in PAIR_MODELS else "kg.extract.decide.span_features"
    data = {"kind": f"logistic-regression over {features}", **model.to_json()}
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, (json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n").encode("utf-8"))
    return path
