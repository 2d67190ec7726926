"""``kg train`` on a tiny annotated fixture corpus, and the shipped models scored over the 19 shared reports."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import KgError
from kg.extract.components import mentions
from kg.extract.decide import SpanModel, load_model
from kg.model import EntityType
from kg.train.corpus import annotated_reports
from kg.train.fit import KINDS, use_models
from tests.conftest import SHARED

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "train_fixture"


def _train(out: Path) -> dict[str, Path]:
    result = CliRunner().invoke(cli, ["train", str(FIXTURE), "-o", str(out)])
    assert result.exit_code == 0, (result.output, result.exception)
    assert "trained on 3 annotated reports" in result.output
    return {kind: out / f"{kind}.json" for kind in KINDS}


@pytest.fixture(scope="module")
def trained(tmp_path_factory, nlp) -> dict[str, Path]:
    # nlp first: kg train builds the same (cached) pipeline, so its models are swapped back below
    return _train(tmp_path_factory.mktemp("models"))


def test_fixture_corpus_reads_as_three_annotated_reports():
    reports = annotated_reports([FIXTURE])
    assert [r.name for r in reports] == ["f01_anhua", "f02_lengshuijiang", "f03_xupu"]
    for report in reports:
        text = report.text_path.read_text(encoding="utf-8")
        assert report.gold["document"] == report.text_path.name
        for kind in KINDS:
            items = report.gold[kind]
            assert items, (report.name, kind)
            for item in items:  # every gold name is a verbatim span of its report
                for name in [item.get("name"), *item.get("aliases", []), *item.get("names", [])]:
                    assert name is None or name in text, (report.name, kind, name)


def test_train_writes_three_loadable_models(trained):
    assert sorted(p.name for p in trained.values()) == ["campaigns.json", "projects.json", "roads.json"]
    for kind, path in trained.items():
        model = SpanModel.load(path)
        assert len(model.weights) > 50 and "bias" in model.weights, kind
        assert 0.0 < model.threshold < 1.0
        assert model.meta["reports"] == 3 and 0 < model.meta["positives"] < model.meta["examples"], kind
        raw = json.loads(path.read_text(encoding="utf-8"))
        # sorted, so diffs between trainings read well; grouped by family, as the decision reads them
        assert list(raw["flags"]) == sorted(raw["flags"]) and list(raw["families"]) == sorted(raw["families"])
        assert all(list(values) == sorted(values) for values in raw["families"].values())
        assert raw["families"]["head"] and all("=" not in flag for flag in raw["flags"])


def test_training_twice_gives_byte_identical_files(trained, tmp_path):
    again = _train(tmp_path)
    for kind in KINDS:
        assert again[kind].read_bytes() == trained[kind].read_bytes(), kind


def test_trained_models_extract_from_a_new_sentence(trained, nlp):
    use_models(nlp, {kind: SpanModel.load(path) for kind, path in trained.items()})
    try:
        doc = nlp("二是桃花江大桥建成通车，总投资6500万元。深入开展“百日攻坚”专项整治行动，查处超限车辆30台次。")
        projects = mentions(doc, EntityType.PROJECT)
        campaigns = mentions(doc, EntityType.CAMPAIGN)
        assert [m.text for m in projects] == ["桃花江大桥"]
        assert [m.text for m in campaigns] == ["“百日攻坚”专项整治行动"]
        assert all(0.0 < m.confidence <= 1.0 for m in projects + campaigns)  # the model's probability
    finally:
        use_models(nlp, {kind: load_model(kind) for kind in KINDS})
    # the shipped models are back: what they decide is not what the fixture's decide
    assert nlp.get_pipe("kg_projects").model == load_model("projects")


def test_gold_without_its_report_is_a_clear_error(tmp_path):
    (tmp_path / "lonely.json").write_text(json.dumps({"document": "lonely.txt", "projects": []}), encoding="utf-8")
    with pytest.raises(KgError, match=r"lonely\.json: no report lonely\.txt beside it"):
        annotated_reports([tmp_path])
    result = CliRunner().invoke(cli, ["train", str(tmp_path), "-o", str(tmp_path / "out")])
    assert result.exit_code != 0 and isinstance(result.exception, KgError)
    assert "lonely.json" in str(result.exception)
    assert not (tmp_path / "out").exists()


def test_gold_that_is_not_json_names_the_file(tmp_path):
    (tmp_path / "broken.txt").write_text("某县交通运输局2023年工作总结。", encoding="utf-8")
    (tmp_path / "broken.json").write_text("{\"projects\": [", encoding="utf-8")
    with pytest.raises(KgError, match=r"broken\.json: not JSON"):
        annotated_reports([tmp_path])


# ---------------------------------------------------------------- the shipped models over the 19 shared reports

CORPORA = (SHARED / "corpus" / "seeds", SHARED / "corpus" / "dev")
GOLDS = (SHARED / "eval" / "gold", SHARED / "eval" / "gold-dev")


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists() or not all(p.is_dir() for p in CORPORA + GOLDS),
                    reason="../shared (the scorer, the seeds and dev corpora and their gold) is not beside the project")
def test_score_over_the_19_shared_reports(tmp_path):
    from kg.build.runner import build

    summary = build(list(CORPORA), tmp_path, view=False)
    assert summary.reports == 19
    run = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(tmp_path / "graph.ttl"),
                          "--gold", *map(str, GOLDS)], capture_output=True, text=True, check=True)
    last = run.stdout.strip().splitlines()[-1]
    scores = dict(part.split("=") for part in last.split())
    assert scores["docs"] == "19", run.stdout
    # Issue 18's bar for the shipped models on the 19: entity F1 >= 0.93, relation F1 >= 0.85, no category
    # below 0.80 (0.948 / 0.865, campaign->agency the lowest at 0.809, with the models of 275 reports)
    assert float(scores["entity_f1"]) >= 0.93, run.stdout
    assert float(scores["relation_f1"]) >= 0.85, run.stdout
    table = run.stdout.split("== all")[1].splitlines()[2:]
    categories = {cells[0]: float(cells[-1]) for cells in map(str.split, table)
                  if len(cells) == 7 and cells[0] not in ("ENTITIES", "RELATIONS", "category")}
    assert len(categories) == 8, run.stdout
    for name, f1 in categories.items():
        assert f1 >= 0.80, (name, f1)


HELD_OUT = Path(__file__).resolve().parents[2] / "training" / "heldout"


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(),
                    reason="../shared/eval/score.py (the scorer) is not beside the project")
def test_score_over_the_held_out_reports_by_other_hands(tmp_path):
    """training/heldout: sixteen annotated reports by other hands that no shipped model is trained on, scored against
    issue 18's real target for unseen reports (entity F1 >= 0.85, relation F1 >= 0.70)."""
    from kg.build.runner import build

    assert not {p.name for p in HELD_OUT.glob("*.json")} & {p.name for p in (HELD_OUT.parent / "annotated").glob("*")}
    summary = build([HELD_OUT], tmp_path, view=False)
    assert summary.reports == 16
    run = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(tmp_path / "graph.ttl"),
                          "--gold", str(HELD_OUT)], capture_output=True, text=True, check=True)
    scores = dict(part.split("=") for part in run.stdout.strip().splitlines()[-1].split())
    assert scores["docs"] == "16", run.stdout
    # 0.918 / 0.800 with the models of 322 reports (thirteenth session)
    assert float(scores["entity_f1"]) >= 0.85, run.stdout
    assert float(scores["relation_f1"]) >= 0.70, run.stdout


def test_owner_labels_come_from_the_gold_fundings_project():
    from kg.train.corpus import Annotated, owner_label
    gold = {"projects": [{"name": "城口至开州高速公路", "aliases": ["城开高速"]},
                         {"name": "巴山大道二期", "optional": True}],
            "fundings": [{"amount_cny": 23450000000, "project": "城口至开州高速公路"},
                         {"amount_cny": 320000000, "project": "巴山大道二期"},
                         {"amount_cny": 5000000, "project": None}]}
    report = Annotated("x", FIXTURE / "x.txt", gold)
    assert owner_label("城开高速", 23450000000, report) == 1  # an alias is the project
    assert owner_label("万开高速赵家互通", 23450000000, report) == 0
    assert owner_label("巴山大道二期", 320000000, report) is None  # optional: not learned from
    assert owner_label("城口至开州高速公路", 5000000, report) == 0  # stated for no project
    assert owner_label("城口至开州高速公路", None, report) is None  # redacted


def test_road_labels_come_from_the_gold_projects_roads():
    from kg.train.corpus import Annotated, road_label
    gold = {"roads": [{"code": "X009", "names": ["淄安路"]}, {"code": None, "names": ["沂邳线"], "optional": True}],
            "projects": [{"name": "X009淄安路（沂邳线至南崔路段）改建工程", "roads": ["X009"]}]}
    report = Annotated("x", FIXTURE / "x.txt", gold)
    project = "X009淄安路（沂邳线至南崔路段）改建工程"
    assert road_label(project, "X009淄安路", "X009", report) == 1  # by code
    assert road_label(project, "淄安路", None, report) == 1  # by one of the road's names
    assert road_label(project, "南崔路", None, report) == 0
    assert road_label("不在金标中的工程", "X009淄安路", "X009", report) == 0


def test_partner_labels_come_from_the_gold_campaigns_agencies():
    from kg.train.corpus import Annotated, partner_label
    gold = {"issuer": {"name": "某县交通运输局"},
            "agencies": [{"name": "某县交通运输局", "aliases": ["我局"]}, {"name": "县公安局交通警察大队",
                                                                    "aliases": ["县交警大队"]},
                         {"name": "县委", "optional": True}, {"name": "县应急管理局"}],
            "campaigns": [{"name": "货车超限超载治理", "aliases": ["治超"],
                           "agencies": ["县公安局交通警察大队", "县委"]},
                          {"name": "交通强县", "agencies": [], "optional": True}]}
    report = Annotated("x", FIXTURE / "x.txt", gold)
    assert partner_label("治超", ["县交警大队"], report) == 1  # aliases on both sides
    assert partner_label("货车超限超载治理", ["县应急管理局"], report) == 0  # a gold agency, not its partner
    assert partner_label("货车超限超载治理", ["县委"], report) is None  # an optional agency
    assert partner_label("货车超限超载治理", ["我局"], report) is None  # the issuer: implied, not annotated
    assert partner_label("交通强县", ["县应急管理局"], report) is None  # an optional campaign
    assert partner_label("不在金标中的行动", ["县应急管理局"], report) == 0


#: How many project names a training report may share with one of the 19 evaluation reports: big works of one
#: region are named in several reports (t215_baishan and d14_changbai share three expressways), a report
#: restating an evaluation report's facts shares a dozen (t277, removed in the twelfth session, shared 12).
MAX_SHARED_PROJECTS = 3


@pytest.mark.skipif(not all(p.is_dir() for p in GOLDS), reason="../shared (the 19 reports' gold) is not beside the project")
def test_no_training_report_restates_an_evaluation_report():
    """The training reports must not restate the 19's facts: the figures on the 19 would read seen facts as unseen."""
    def project_names(path: Path) -> set[str]:
        gold = json.loads(path.read_text(encoding="utf-8"))
        return {n for p in gold.get("projects", []) for n in [p["name"], *p.get("aliases", [])]}

    evaluation = {p.name: project_names(p) for folder in GOLDS for p in folder.glob("*.json")}
    training = Path(__file__).resolve().parents[2] / "training"
    overlaps = [(t.name, e, len(project_names(t) & names))
                for t in sorted([*(training / "annotated").glob("*.json"), *(training / "heldout").glob("*.json")])
                for e, names in evaluation.items()]
    assert len(evaluation) == 19 and len(overlaps) > 19
    assert [o for o in overlaps if o[2] > MAX_SHARED_PROJECTS] == []
