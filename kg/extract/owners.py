"""Which project an amount is stated for: the projects near it, ranked by a trained linear model.

An amount (总投资, 完成投资, 补助) belongs to at most one project. The
hand-written rules (``relations._owner_of``) pick one from the amount's
sentence by position; on reports they were not written against they go
wrong where the genre's grammar varies: the sentence's subject owns an
amount stated after a long description that names other works on the way
(起于…，经…，止于…万开高速…，总投资Z), a flattened table row gives its
amounts after a run of spaces, an item opens with the project and states
its amount in a later sentence.

So the decision is learned, like the span decisions (``decide.py``): every
project of the amount's sentence, and the first and last ones of its item
before the sentence, is a candidate; each (amount, project) pair gets
sparse, readable features (which side, how far, what stands between, the
amount's kind, the project's place in its sentence, the rule's own pick as
one feature among them); a logistic regression trained on the annotated
reports (``kg train``) scores them, and the best candidate above the
model's threshold takes the amount. Without a shipped model the rule
decides alone.
"""
from __future__ import annotations

from kg.extract.pairs import OWNERS, Pair, bucket
from kg.extract.reach import InOrder, clause_span, item_span
from kg.model import Mention

#: Sentence projects scored per amount, nearest first; more are never the owner in the annotated reports.
NEAREST = 6
#: Words whose presence between a project and an amount the model weighs: a clause about a part
#: (其中), a list's distribution (分别), a sum (合计, 共), a route description (起于, 经, 止于, 接).
GAP_WORDS = ("其中", "分别", "合计", "共计", "总投资", "累计", "全长", "起于", "止于", "经", "接", "连接", "包括", "以及",
             "等", "项目", "工程")
_PUNCT = "，、：:（(；;“”"


def candidates(text: str, funding: Mention, projects: InOrder[Mention], fundings: InOrder[Mention],
               parent_of: dict[int, Mention], rule_pick: tuple[Mention, str, float] | None) -> list[Pair]:
    """The projects ``funding`` may be stated for, each with its features."""
    sentence = clause_span(text, funding.start, "。；;\n")
    in_sentence = [p for p in projects.starting_in(sentence[0], sentence[1])
                   if not (p.start <= funding.start < p.end)]
    before = [p for p in in_sentence if p.end <= funding.start]
    if len(before) > 1 and "、" in (joint := text[before[-2].end:before[-1].start]) and "，" not in joint:
        return []  # a total after a list (A、B、C，总投资Z) is theirs jointly, no one project's (as the gold has it)
    in_sentence = sorted(sorted(in_sentence, key=lambda p: _distance(p, funding))[:NEAREST], key=lambda p: p.start)
    item = item_span(text, funding.start)
    earlier = projects.starting_in(item[0], sentence[0]) if item[0] < sentence[0] else []
    from_item = list({id(p): p for p in [*earlier[:1], *earlier[-2:]]}.values())
    if not in_sentence and not from_item:
        return []
    # a flattened table's row: cleaning keeps one space between its cells, and prose has none
    table_row = text.count(" ", *_line(text, funding.start)) >= 2
    out = []
    for where, group in (("sentence", in_sentence), ("item", from_item)):
        for rank, project in enumerate(group):
            feats = _features(text, funding, project, group, rank, where, sentence, fundings, parent_of, rule_pick)
            if table_row:
                feats += ["table_row", f"table_row/{feats[1]}"]
            out.append(Pair(OWNERS, project, funding, feats))
    return out


def _distance(project: Mention, funding: Mention) -> int:
    return funding.start - project.end if project.end <= funding.start else project.start - funding.end


#: How far a row is read either side of an amount: far beyond any table row of the genre.
_ROW_REACH = 300


def _line(text: str, pos: int) -> tuple[int, int]:
    """The line around ``pos``, at most ``_ROW_REACH`` characters either side (a text of one line must not
    make every amount read all of it)."""
    lo, hi = max(0, pos - _ROW_REACH), min(len(text), pos + _ROW_REACH)
    start = text.rfind("\n", lo, pos)
    end = text.find("\n", pos, hi)
    return (start + 1 if start >= 0 else lo), (end if end >= 0 else hi)


def _features(text: str, funding: Mention, project: Mention, group: list[Mention], rank: int, where: str,
              sentence: tuple[int, int], fundings: InOrder[Mention], parent_of: dict[int, Mention],
              rule_pick: tuple[Mention, str, float] | None) -> list[str]:
    side = "project_first" if project.end <= funding.start else "amount_first"
    lo, hi = (project.end, funding.start) if side == "project_first" else (funding.end, project.start)
    gap = text[lo:hi]
    kind = funding.funding_kind.value if funding.funding_kind else "none"
    between = sum(1 for p in group if lo <= p.start and p.end <= hi)
    feats = [f"where={where}", f"side={side}", f"{where}/{side}", f"kind={kind}", f"kind/side={kind}/{side}",
             f"between={bucket(between, (0, 1, 2))}", f"side/between={side}/{bucket(between, (0, 1))}",
             f"gap={bucket(len(gap), (0, 2, 5, 15, 40, 100))}",
             f"fundings_between={bucket(len(fundings.starting_in(lo, hi)), (0, 1))}",
             f"amount_head={funding.text[:2]}", f"before_project={text[max(0, project.start - 2):project.start]}",
             f"after_project={text[project.end:project.end + 1]}", f"after_project2={text[project.end:project.end + 2]}",
             f"project_tail={project.text[-1:]}"]
    feats += [f"gap_has={ch}" for ch in _PUNCT if ch in gap]
    feats += [f"gap_word={w}" for w in GAP_WORDS if w in gap]
    if "，" not in gap and "," not in gap:
        feats.append("same_clause")
    if rank == 0:
        feats.append(f"first_in_{where}")
    if where == "sentence" and not text[sentence[0]:project.start].strip(" \t\u30000123456789.、．（）()一二三四五六七八九十是"):
        feats += ["opens_sentence", f"opens_sentence/kind={kind}", f"opens_sentence/{side}"]
    # one of a list of amounts (分别…X、Y): its project is the list's, which the 分别 rule pairs
    if text[funding.end:funding.end + 1] in "、和" or text[funding.start - 1:funding.start] == "、":
        feats += ["listed_amount", f"listed_amount/{side}"]
    nearest = [p for p in group if (p.end <= funding.start) == (side == "project_first")]
    if nearest and project is (nearest[-1] if side == "project_first" else nearest[0]):
        feats.append(f"nearest/{side}")
    # one of a list joined by 、 right before the amount (A、B、C，总投资Z): the total is theirs jointly
    k = next((i for i, p in enumerate(group) if p is project), -1)
    if side == "project_first" and any(0 <= j < len(group) - 1 and group[j + 1].start < funding.start
                                       and "、" in text[group[j].end:group[j + 1].start]
                                       and "，" not in text[group[j].end:group[j + 1].start] for j in (k - 1, k)):
        feats.append("in_enumeration")
    if where == "item":
        feats.append(f"sentence_after={text[sentence[0] - 1:sentence[0]]}")
    if id(project) in parent_of:
        feats.append("is_component")
    if rule_pick is None:
        feats.append("rule=none")
    elif rule_pick[0] is project:
        feats.append(f"rule={rule_pick[1]}")
    else:
        feats.append("rule=other")
        if parent_of.get(id(rule_pick[0])) is project:
            feats.append("parent_of_rule_pick")
    return feats


def choose(scored: list[tuple[float, Pair]], threshold: float) -> tuple[float, Pair] | None:
    """The most probable owner, if it reaches ``threshold`` (ties: the earlier candidate)."""
    best = max(scored, key=lambda pc: pc[0], default=None)
    return best if best is not None and best[0] >= threshold else None
