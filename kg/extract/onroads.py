"""Which roads a project is on: the roads in and near its name, each pair scored by a trained model.

A road inside a project's name is almost always the road it is on
(G353…改建工程), but not always: the end points of a segment (淄安路（沂邳线至
南崔路段）) and the road a connector joins (孝丰互通连接线 … 串联国道G235) are
named there too. A road outside the name is the project's where the
sentence says so (沿…布设, 该段属…, 利用…老路) and not where it only starts,
ends or crosses there (起于…, 止于…, 与…交叉), or belongs to the next project
of a list. The rules (``relations.py``) cover the commonest of these; the
model weighs the same evidence as features, with the rules' own verdicts
among them, and keeps each pair at or above its threshold.

Candidates: every road inside the project's name, and the roads of the
project's sentence up to the next project (at most ``NEAREST`` after it),
plus those of the text just before it in its clause (国道G235线…改建工程
written as 对国道G235线实施…).
"""
from __future__ import annotations

from bisect import bisect_left

from kg.extract.pairs import ON_ROADS, Pair, bucket
from kg.extract.reach import InOrder, clause_span
from kg.model import Mention

#: Roads after a project, in its sentence, that are scored; further ones are another project's.
NEAREST = 4
#: Words before a road that say how the project relates to it.
CUES = ("沿", "属", "是", "即", "利用", "位于", "作为", "起于", "起点", "止于", "终点", "接", "连接", "串联", "经",
        "与", "至", "交叉", "跨", "穿", "改线", "过境", "途经", "对接", "衔接", "并行", "为")


def candidates(text: str, project: Mention, projects: InOrder[Mention], roads: InOrder[Mention],
               ruled: dict[int, str]) -> list[Pair]:
    """The roads ``project`` may be on, each with its features; ``ruled`` maps a road (by id) to the
    rule that links it."""
    sentence = clause_span(text, project.start, "。；;\n")
    nxt = projects.first_start_from(project.end, sentence[1])
    inside = roads.starting_in(project.start, project.end)
    inside = [r for r in inside if r.end <= project.end]
    after = roads.starting_in(project.end, min(sentence[1], nxt))[:NEAREST]
    clause = clause_span(text, project.start, "，,。；;\n")
    before_start = max(clause[0], projects.items[i - 1].end if (i := _index(projects, project)) > 0 else 0)
    before = [r for r in roads.starting_in(before_start, project.start) if r.end <= project.start]
    n_roads = len(inside) + len(after) + len(before)
    out = []
    for where, group in (("inside", inside), ("after", after), ("before", before)):
        for rank, road in enumerate(group):
            out.append(Pair(ON_ROADS, project, road,
                            _features(text, project, road, where, rank, len(group), n_roads, ruled)))
    return out


def _index(projects: InOrder[Mention], project: Mention) -> int:
    """Where ``project`` stands in ``projects`` (found by its start, then among those sharing it)."""
    for i in range(bisect_left(projects.starts, project.start), len(projects.items)):
        if projects.items[i] is project:
            return i
    return -1


def _features(text: str, project: Mention, road: Mention, where: str, rank: int, size: int, n_roads: int,
              ruled: dict[int, str]) -> list[str]:
    kind = "coded" if road.code else "named"
    prefix = road.code[:1] if road.code else "-"
    before = text[max(0, road.start - 2):road.start]
    feats = [f"where={where}", f"where/kind={where}/{kind}", f"prefix={prefix}", f"where/prefix={where}/{prefix}",
             f"rank={bucket(rank, (0, 1, 2))}", f"where/rank={where}/{bucket(rank, (0, 1))}",
             f"size={bucket(size, (1, 2, 3))}", f"roads={bucket(n_roads, (1, 2, 4))}",
             f"before_road={before}", f"before_road1={before[-1:]}", f"after_road={text[road.end:road.end + 1]}",
             f"project_tail={project.text[-2:]}", f"rule={ruled.get(id(road), 'none')}"]
    if where == "inside":
        offset = road.start - project.start
        feats += [f"offset={bucket(offset, (0, 2, 6, 15))}", f"tail_len={bucket(project.end - road.end, (0, 2, 6, 15))}"]
        depth = text.count("（", project.start, road.start) - text.count("）", project.start, road.start) \
            + text.count("(", project.start, road.start) - text.count(")", project.start, road.start)
        if depth > 0:
            feats.append("in_bracket")
        if road.text == project.text[:len(road.text)]:
            feats.append("opens_name")
        if road.start == project.start and road.end == project.end:
            feats.append("whole_name")  # the work is named as the route itself (萍乡至莲花高速公路)
    else:
        lo, hi = (project.end, road.start) if where == "after" else (road.end, project.start)
        gap = text[lo:hi]
        feats += [f"gap={bucket(len(gap), (0, 3, 8, 20, 50))}", f"gap/where={bucket(len(gap), (3, 20))}/{where}"]
        feats += [f"gap_has={ch}" for ch in "，、（：" if ch in gap]
        cue_zone = text[max(0, road.start - 4):road.start]  # the words right before the road, either side
        feats += [f"cue={c}" for c in CUES if c in cue_zone]
    return feats


def choose(scored: list[tuple[float, Pair]], threshold: float) -> list[tuple[float, Pair]]:
    """Every pair at or above ``threshold``: a project may be on several roads."""
    return [(p, pair) for p, pair in scored if p >= threshold]
