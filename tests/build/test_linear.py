"""Cost linear in a report's size: the inputs that used to be quadratic, bounded relative to jieba.cut.

Each case is extracted and timed in CPU seconds against ``jieba.cut`` on the
same text, so the bound holds on a slow or busy machine alike. The bounds are
generous (a few times what is measured today) but far below what a quadratic
step gives at these sizes: one sentence pasted 4,000 times took 56x jieba.cut
at 2,000 copies and 15x at 4,000 once linear (bench: ``bench/stress_bench.py``).
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from kg.config import SAMPLES_DIR

pytestmark = pytest.mark.slow

TITLE = "某县交通运输局2023年工作总结\n"
DENSE = "县交通运输局会同公安局开展“百日攻坚”专项行动，完成G210国道改造工程投资3000万元，长20公里。"


def _sample_text() -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES_DIR.glob("*.txt")))


CASES = {
    "one sentence x 4,000": (lambda: TITLE + DENSE * 4_000, 40),
    "a 2 MB report on one line": (lambda: TITLE + (_sample_text().replace("\n", "") * 30)[:700_000], 12),
    "10,000 amounts": (lambda: TITLE + "".join(f"第{i}项投资{i}万元，" for i in range(10_000)), 12),
    # the review's families: amounts and roads of projects on one line (each amount's row was read back
    # to the text's start), agencies opening table cells (each looked back to the text's start), a
    # campaign under each of 2,000 headings with its partners below (every campaign x every heading)
    "4,000 projects on roads, one line": (lambda: TITLE + "".join(
        f"G{100 + i % 800}线甲{i}至乙{i}段改建工程沿国道G{200 + i % 700}布设总投资{i % 90 + 1}亿元 "
        for i in range(4_000)), 40),
    "8,000 table rows of agencies": (lambda: TITLE + "".join(f"{i} 县公路局 {i % 97} {i % 89}\n"
                                                            for i in range(8_000)), 15),
    # parts of one project named in one endless sentence: each walked its sentence to both ends
    "4,000 bridges of one project, one sentence": (lambda: TITLE + "G210线甲至乙段改建工程全长20公里，" + "".join(
        f"其中第{i}号大桥完成桩基，" for i in range(4_000)), 40),
    # a 、 list of works, each with its own head: each head walked back through every item before it
    "2,000 listed works, each with its head": (lambda: TITLE + "、".join(
        f"G{100 + i % 800}线甲{i}至乙{i}段改建工程" for i in range(2_000)) + "。\n", 60),
    # thousands of distinct works: each one's identity was looked for by reading every key before it
    "20,000 works, one sentence each": (lambda: TITLE + "".join(
        f"一是G312线甲{i}镇至辛{i}村段改建工程完工。" for i in range(20_000)), 16),
    "2,000 headed campaigns with partners": (lambda: TITLE + "".join(
        f"{i}、开展货车超限超载治理\n联合县公安局执法检查。\n" for i in range(1, 2_001)), 15),
}


@pytest.mark.parametrize("case", list(CASES))
def test_extraction_stays_within_a_multiple_of_jieba(case, tmp_path):
    import jieba

    from kg.build.runner import ExtractOptions, _tools

    make, bound = CASES[case]
    text = make()
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    nlp, lexicon, build_documents = _tools(ExtractOptions())
    jieba.initialize()
    started = time.process_time()
    list(jieba.cut(text))
    reference = time.process_time() - started
    started = time.process_time()
    result, = build_documents([path], nlp, lexicon=lexicon)
    took = time.process_time() - started
    assert not hasattr(result, "reason"), result
    assert took <= bound * reference, f"{case}: {took:.1f} s, {took / reference:.1f}x jieba.cut (bound {bound}x)"


def test_deeply_nested_html_reads_in_time_proportional_to_its_size(tmp_path):
    from kg.ingest.read import read

    def seconds(depth: int) -> float:
        path = tmp_path / f"nested{depth}.html"
        path.write_text("<html><body>" + "<div>" * depth + TITLE + "完成投资3000万元。" + "</div>" * depth
                        + "</body></html>", encoding="utf-8")
        started = time.process_time()
        read(Path(path))
        return time.process_time() - started

    small, large = seconds(10_000), seconds(80_000)
    assert large <= 8 * small * 3  # eight times the size: linear is ~8x; quadratic would be ~64x
