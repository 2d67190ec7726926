"""Segmentation: the tokenizer keeps every character, and rjieba cuts as jieba does."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KgError
from kg.nlp.segment import segmenter
from tests.conftest import SAMPLES

UNSEEN = Path(__file__).resolve().parents[1] / "data" / "unseen_city_plan.txt"
TEXTS = [p.read_text(encoding="utf-8") for p in [*SAMPLES, UNSEEN]]


def _segmenter(name: str):
    from kg.extract.components import _user_dictionary
    from kg.reference.lexicon import load
    return segmenter(name, tuple(_user_dictionary(load())))


def _rjieba():
    pytest.importorskip("rjieba", reason="rjieba has no wheel for this platform")
    return _segmenter("rjieba")


def test_the_fast_segmenter_is_the_default(nlp):
    pytest.importorskip("rjieba", reason="rjieba has no wheel for this platform")
    from kg.nlp.segment import DEFAULT_SEGMENTER
    assert DEFAULT_SEGMENTER == "rjieba" and nlp.tokenizer.segmenter.name == "rjieba"


def test_doc_text_is_the_input_and_offsets_are_the_tokens(nlp):
    text = "一、工作完成情况\n\n  G6512秀从高速 32.74km，总投资约63亿元。\t二是（2022-2035年）"
    doc = nlp(text)
    assert doc.text == text
    starts, ends = doc.user_data["kg_token_bounds"]
    assert [(t.idx, t.idx + len(t)) for t in doc] == list(zip(starts, ends))
    assert "".join(t.text for t in doc) == text


def test_sentences_end_after_a_run_of_final_punctuation(nlp):
    doc = nlp("一是完成了。二是推进中！\n\n三、计划；")
    assert [s.text for s in doc.sents] == ["一是完成了。", "二是推进中！\n\n", "三、计划；"]


@pytest.mark.parametrize("text", TEXTS, ids=[p.name for p in [*SAMPLES, UNSEEN]])
def test_rjieba_cuts_every_report_as_jieba_does(nlp, text):
    assert _rjieba().cut(text) == _segmenter("jieba").cut(text)


@pytest.mark.parametrize("run, words", [("32.74km，", ["32.74", "km", "，"]), ("2022-2035年", ["2022", "-", "2035", "年"]),
                                        ("G6512", ["G6512"]), ("3.5%", ["3.5%"]), ("1-6月", ["1", "-", "6", "月"])])
def test_rjieba_cuts_ascii_runs_as_jieba_does(nlp, run, words):
    assert nlp.tokenizer.segmenter.cut(run) == words
    assert _rjieba().cut(run) == words


def test_an_items_number_is_cut_from_a_road_number_or_a_year_after_it(nlp):
    """12.318国道… at a line's start is item 12 and road 318 (35 lines of the annotated reports are so written),
    where the segmenters read one decimal; a decimal inside a sentence stays whole (written for the test)."""
    text = "12.318国道长阳段改建工程年内建成。\n3.2024年完成投资。\n全长8.936公里。"
    words = [t.text for t in nlp(text)]
    assert words[:2] == ["12.", "318"] and "3." in words and "2024" in words and "8.936" in words
    assert "".join(words) == text


def test_unknown_segmenter_is_a_clear_error():
    with pytest.raises(KgError, match="unknown segmenter 'pkuseg'"):
        segmenter("pkuseg", ())


def test_jieba_build_finds_the_same_facts_as_the_default(sample_build, tmp_path):
    """The reference segmenter and the default (rjieba) give the same entities, links and provenance; only
    which rule found a mention, and how sure it is, may differ (their part-of-speech tags differ, not their cuts)."""
    _rjieba()
    import pyoxigraph as ox

    from kg.build.runner import build
    from kg.config import SAMPLES_DIR
    from kg.rdf.terms import KGO

    build([SAMPLES_DIR], tmp_path, segmenter="jieba", validate=False, view=False)
    rule_or_confidence = {KGO.rule, KGO.confidence}

    def facts(path: Path) -> set[str]:
        return {str(t) for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
                if str(t.predicate) not in rule_or_confidence}

    reference = facts(sample_build[0] / "graph.ttl")
    assert len(reference) > 3000  # lean provenance (the default): about 4,400 lines besides rules and confidences
    assert facts(tmp_path / "graph.ttl") == reference


def test_segmenter_is_part_of_the_cache_fingerprint():
    from kg.build.runner import ExtractOptions, fingerprint
    assert fingerprint(ExtractOptions(segmenter="jieba")) != fingerprint(ExtractOptions(segmenter="rjieba"))
