"""Reports extracted together, stage by stage, give what each gives alone."""
from __future__ import annotations

from kg.errors import InputError
from kg.pipeline import build_document, build_documents
from tests.conftest import SAMPLES


def test_a_batch_gives_each_report_its_own_graph_and_keeps_a_bad_file_in_place(nlp, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    paths = [SAMPLES[0], empty, *SAMPLES[1:]]
    results = build_documents(paths, nlp)
    assert len(results) == len(paths)
    assert isinstance(results[1], InputError) and results[1].path == empty
    for path, result in zip(paths, results):
        if path is empty:
            continue
        alone = build_document(path, nlp)
        assert result.report.doc_id == alone.report.doc_id
        assert result.ntriples == alone.ntriples and result.counts == alone.counts


def test_a_batch_of_bad_files_only_is_their_errors(nlp, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 50)
    results = build_documents([tmp_path / "a.txt", tmp_path / "b.txt"], nlp)
    assert [type(r) for r in results] == [InputError, InputError]
    assert "empty" in results[0].reason and "binary" in results[1].reason


def test_nlp_pipe_runs_each_component_over_the_batch_before_the_next(nlp, monkeypatch):
    order = []
    for name, proc in nlp.pipeline:
        def recording(doc, process=proc._process, name=name):
            order.append((name, doc.user_data["kg_text"]))
            process(doc)
        monkeypatch.setattr(proc, "_process", recording)
    texts = ["某县交通运输局推进S311改造。", "实施G6512养护工程。", "开展百日攻坚行动。"]
    docs = list(nlp.pipe(texts, batch_size=len(texts)))
    assert [d.text for d in docs] == texts
    assert order == [(name, text) for name in nlp.pipe_names for text in texts]


def test_piped_docs_find_what_single_docs_find(nlp):
    from kg.extract.components import mentions

    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    piped = list(nlp.pipe(texts, batch_size=2))  # batches that end inside the list, and a short last one
    for text, doc in zip(texts, piped):
        single = nlp(text)
        assert mentions(doc) == mentions(single)
        assert {k: [(s.start, s.end) for s in v] for k, v in doc.spans.items()} == \
            {k: [(s.start, s.end) for s in v] for k, v in single.spans.items()}
