"""What each head word of the candidate suggester costs and what it earns, over the annotated reports.

    .venv/bin/python bench/heads.py [--kind campaigns|projects|roads] [--annotated DIR ...]

Every occurrence of a head in a report's text opens a run of candidate
readings (``spans.suggest``) that the trained decision must score: the
extraction's largest cost. A head earns its place by the names that end in
it. For each head of ``<kind>.name_heads`` in ``kg/reference/domain.yaml``
this prints its occurrences in the reports' texts, their share of all head
occurrences, and the required gold names (and aliases) ending in it, with a
few examples: a head with many occurrences and almost no names is a
candidate for removal, to be confirmed by ``bench/quality.py`` (5 folds and
``--shared-out``) and ``bench/extract_bench.py``.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.reference.lexicon import load  # noqa: E402
from kg.train.corpus import annotated_reports, default_folders  # noqa: E402

FIELDS = {"campaigns": "campaign.name_heads", "projects": "project.name_heads", "roads": "road.name_heads"}
#: a trailing bracketed segment is read past, as the suggester's bracket ends are: 公路（鹿寨至鱼峰段）
_TRAILING_BRACKET = re.compile(r"[（(][^（()）]*[）)]$")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kind", choices=sorted(FIELDS), default="campaigns")
    ap.add_argument("--annotated", action="append", type=Path, help="a folder of NAME.txt + NAME.json; repeatable")
    args = ap.parse_args()
    heads = sorted(load(())[FIELDS[args.kind]], key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, heads)))
    occurrences: Counter[str] = Counter()
    names: dict[str | None, list[str]] = defaultdict(list)
    reports = annotated_reports(args.annotated or default_folders())
    for report in reports:
        occurrences.update(m.group() for m in pattern.finditer(report.text_path.read_text(encoding="utf-8")))
        for item in report.gold.get(args.kind, []):
            if item.get("optional"):
                continue
            for name in [item.get("name", ""), *item.get("aliases", []), *item.get("names", [])]:  # roads: names
                if not name:
                    continue
                bare = _TRAILING_BRACKET.sub("", name).rstrip("”")
                names[next((h for h in heads if bare.endswith(h)), None)].append(name)
    total = sum(occurrences.values()) or 1
    print(f"{len(reports)} annotated reports; {args.kind} heads by occurrences")
    print(f"{'head':8s} {'occurrences':>11s} {'share':>6s} {'names':>6s}  examples")
    for head in sorted(heads, key=lambda h: (-occurrences[h], h)):
        print(f"{head:8s} {occurrences[head]:11d} {occurrences[head] / total:6.1%} {len(names[head]):6d}  "
              f"{'、'.join(names[head][:3])}")
    print(f"names ending in no head: {len(names[None])} ({'、'.join(names[None][:5])})")


if __name__ == "__main__":
    main()
