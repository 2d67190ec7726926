"""Which agencies take part in a campaign: (campaign, agency) pairs near each other, each scored by a trained model.

The rules (``relations.partner_links``) link the agencies a sentence names
with cue words (联合…, 会同…, …等单位, 按照…部署) to the campaign of their
clause or sentence. The annotated reports show more ways of saying it: the
body that opens a sentence carries on into its next clauses (执法大队会同…开展
…；联合公安交警开展货车超限超载治理), an agency may be named in the clause after
its campaign (深化…执法改革，市执法支队挂牌运行), and an agency named as a place
or inside a title is no partner. The model weighs where the two lie, the
words between them and around the agency, and the rules' verdict; it keeps
each pair at or above its threshold.

Candidates: each campaign of the agency's sentence (to 。 or a line break),
of the sentence before when the agency opens its own and says it works with
others there, and every pair the rules make.
"""
from __future__ import annotations

import re

from kg.extract.common import LIST_JOINER
from kg.extract.pairs import PARTNERS, Pair, bucket
from kg.extract.reach import InOrder, clause_span, in_document_title
from kg.model import Mention

#: How near its sentence's start an agency opens the sentence (and may take part in the one before).
OPENING = 12
#: Words between an agency and a campaign, or just before the agency, that say how the agency takes part.
CUES = ("联合", "会同", "配合", "协同", "协助", "牵头", "组织", "参与", "等单位", "等部门", "开展", "按照", "根据",
        "督促", "指导", "要求", "在", "由", "与", "和", "及", "，", "；", "、", "：")
#: Words just before an agency, in its clause, that make it a partner (联合市公安局…) or not (在政务大厅…).
LEAD_CUES = ("联合", "会同", "配合", "协同", "协助", "牵头", "组织", "按照", "根据", "督促", "指导", "在", "由", "与", "经")
_JOINT_WORK = re.compile(r"参与|配合|联合|共同|协同|联动|会同|协助|牵头")


def candidates(text: str, campaigns: InOrder[Mention], agencies: list[Mention],
               ruled: dict[tuple[int, int], str]) -> list[Pair]:
    """The (campaign, agency) pairs to score, each with its features; ``ruled`` maps a pair of ids
    (campaign, agency) to the rule that links them."""
    group_size = _group_sizes(text, agencies)
    by_id = {id(c): c for c in campaigns.items}
    out = []
    for agency in agencies:
        sentence = clause_span(text, agency.start, "。\n")
        scope = [(c, "sentence") for c in campaigns.starting_in(*sentence)]
        if agency.start - sentence[0] <= OPENING and sentence[0] >= 2 and _works_with_others(text, agency, sentence):
            before = clause_span(text, sentence[0] - 2, "。\n")
            scope = [(c, "sentence_before") for c in campaigns.starting_in(before[0], sentence[0])] + scope
        seen = {id(c) for c, _ in scope}
        scope += [(by_id[c], "elsewhere") for c, a in ruled if a == id(agency) and c not in seen and c in by_id]
        in_scope = [c for c, _ in scope]
        for rank, (campaign, where) in enumerate(scope):
            if campaign.start <= agency.start < campaign.end:
                continue  # the agency is part of the campaign's name
            if in_document_title(text, campaign.start):
                continue  # 按照《…“四好农村路”高质量发展实施方案》: the name of a document, not the work done
            feats = _features(text, campaign, agency, where, sentence, in_scope, rank, group_size[id(agency)],
                              ruled.get((id(campaign), id(agency)), "none"))
            out.append(Pair(PARTNERS, campaign, agency, feats))
    return out


def _works_with_others(text: str, agency: Mention, sentence: tuple[int, int]) -> bool:
    """Whether the agency's own sentence says, within a short reach, that it works with others
    (彬州公路段、市交警大队…联合执法): only then may an agency opening a sentence take part in the campaign of
    the sentence before (市交警大队今年新增警力20人 does not)."""
    return _JOINT_WORK.search(text, agency.end, min(sentence[1], agency.end + 24)) is not None


def _group_sizes(text: str, agencies: list[Mention]) -> dict[int, int]:
    """For each agency (by id), how many agencies its list holds (市公安局、市应急管理局和市市场监管局: 3)."""
    sizes: dict[int, int] = {}
    group: list[Mention] = []
    for agency in [*agencies, None]:
        if agency is not None and group and LIST_JOINER.fullmatch(text[group[-1].end:agency.start]):
            group.append(agency)
            continue
        sizes.update(dict.fromkeys((id(a) for a in group), len(group)))
        group = [agency] if agency is not None else []
    return sizes


def _features(text: str, campaign: Mention, agency: Mention, where: str, sentence: tuple[int, int],
              scope: list[Mention], rank: int, group: int, rule: str) -> list[str]:
    first = agency.end <= campaign.start
    lo, hi = (agency.end, campaign.start) if first else (campaign.end, agency.start)
    gap = text[lo:hi] if lo <= hi else ""
    clause = clause_span(text, agency.start, "，,。；;\n")
    segment = clause_span(text, agency.start, "。；;\n")
    if clause[0] <= campaign.start < clause[1]:
        where = "clause"
    elif segment[0] <= campaign.start < segment[1]:
        where = "segment"
    order = "agency_first" if first else "campaign_first"
    before = text[max(0, agency.start - 4):agency.start]
    after = text[agency.end:agency.end + 4]
    opens = agency.start - sentence[0]
    feats = [f"where={where}", f"order={order}", f"where/order={where}/{order}",
             f"gap={bucket(len(gap), (0, 2, 6, 12, 24, 48))}", f"where/gap={where}/{bucket(len(gap), (2, 12))}",
             f"opens={bucket(opens, (0, 2, 6, 12))}", f"group={bucket(group, (1, 2, 3, 5))}",
             f"campaigns={bucket(len(scope), (1, 2, 3, 5))}", f"rank={bucket(rank, (0, 1, 2))}",
             f"before1={before[-1:]}", f"before2={before[-2:]}", f"after1={after[:1]}", f"after2={after[:2]}",
             f"agency_tail={agency.text[-2:]}", f"campaign_tail={campaign.text[-2:]}", f"rule={rule}",
             f"rule/where={rule != 'none'}/{where}"]
    feats += [f"gap_has={cue}" for cue in CUES if cue in gap]
    joint = "yes" if _works_with_others(text, agency, sentence) else "no"
    feats += [f"joint={joint}", f"where/joint={where}/{joint}"]
    window = text[max(clause[0], agency.start - 8):agency.start]  # the agency's own clause, just before it
    feats += [f"lead={cue}" for cue in LEAD_CUES if cue in window]
    if in_document_title(text, agency.start):
        feats.append("in_title")
    return feats


#: What a pair the rules do not make needs: the rules' pairs need only the model's threshold.
ADD_THRESHOLD = 0.85


def choose(scored: list[tuple[float, Pair]], threshold: float) -> list[tuple[float, Pair]]:
    """Every pair at or above ``threshold`` that the rules make, and every other at or above ``ADD_THRESHOLD``:
    a campaign may have several partners, an agency several campaigns."""
    return [(p, pair) for p, pair in scored
            if p >= (threshold if "rule=none" not in pair.features else max(threshold, ADD_THRESHOLD))]
