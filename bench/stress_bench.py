"""The stress folder of issue 20: inputs of one kind that made a build's cost explode.

    .venv/bin/python bench/stress_bench.py [--copies 10000] [--line-mb 5] [--amounts 10000] [--keep]

Writes three reports into a temporary folder: one sentence pasted
``--copies`` times, a report of ``--line-mb`` MB on a single line (the
sample reports without their line breaks, repeated), and a report of
``--amounts`` amounts. Builds the folder with ``kg build`` in its own process
(one job, validation and view included), and prints the build's wall time,
its peak RSS, and the ratio to ``jieba.cut`` on the same text (one process,
after ``jieba.initialize()``). Issue 20's bar: under 10x jieba.cut, peak RSS
under 1 GB.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_bench import run_build  # noqa: E402

TITLE = "某县交通运输局2023年工作总结\n"
DENSE = "县交通运输局会同公安局开展“百日攻坚”专项行动，完成G210国道改造工程投资3000万元，长20公里。"


def stress_folder(folder: Path, copies: int, line_mb: float, amounts: int) -> list[str]:
    """The three stress reports; returns their texts."""
    sample = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "kg" / "data" / "samples").glob("*.txt")))
    line = sample.replace("\n", "")
    chars = int(line_mb * 1e6 / 3)  # three UTF-8 bytes a Chinese character
    texts = {
        "sentence.txt": TITLE + DENSE * copies,
        "one_line.txt": TITLE + (line * (chars // len(line) + 1))[:chars],
        "amounts.txt": TITLE + "".join(f"第{i}项投资{i}万元，" for i in range(amounts)),
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return list(texts.values())


def jieba_seconds(texts: list[str]) -> float:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    started = time.perf_counter()
    for text in texts:
        for _ in jieba.cut(text):
            pass
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=10_000)
    ap.add_argument("--line-mb", type=float, default=5.0)
    ap.add_argument("--amounts", type=int, default=10_000)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-stress-"))
    try:
        folder = work / "in"
        folder.mkdir()
        texts = stress_folder(folder, args.copies, args.line_mb, args.amounts)
        size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        reference = jieba_seconds(texts)
        seconds, peak, summary = run_build(folder, work / "out", 1, None, validate=True)
        print(f"stress folder: {len(texts)} reports, {size:.1f} MB")
        print(f"jieba.cut: {reference:.1f} s")
        print(f"kg build -j 1: {seconds:.1f} s = {seconds / reference:.1f}x jieba.cut; peak RSS {peak:.0f} MB")
        print("\n".join(line for line in summary.splitlines() if line.startswith(("seconds", "triples", "SHACL"))))
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
