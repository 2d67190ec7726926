"""Relations and attributes between the mentions of one report.

* project ``onRoad`` road: roads named inside the project's name;
* project ``hasFunding`` funding: investment, subsidy or compensation amounts
  stated for the project in its clause, or in its enumerated item (一是…) when
  the item speaks of that project alone;
* project ``lengthKm``: a length glued to the name or stated right after it;
* project status and start / end years: from the section (summary or plan)
  and the wording (已完工, 正在, 计划…开工, 年底前完成);
* campaign ``conductedBy`` agency: organisations the sentence names as partners
  (联合…等部门, 按照…部署), or, with the trained model, the pairs it keeps (``partners.py``);
* agency ``subOrganizationOf`` agency where stated (…局下属的…).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from decimal import Decimal
from typing import TypeVar

from kg.extract.common import LIST_JOINER, gated
from kg.extract.decide import SpanModel
from kg.extract.onroads import candidates as onroad_candidates
from kg.extract.onroads import choose as choose_roads
from kg.extract.owners import candidates as owner_candidates
from kg.extract.owners import choose as choose_owner
from kg.extract.pairs import ON_ROADS, OWNERS, PARTNERS, Pair, pair_model
from kg.extract.partners import candidates as partner_candidates
from kg.extract.partners import choose as choose_partners
from kg.extract.parts import component_links, in_segment_bracket
from kg.extract.reach import MAX_CLAUSE, InOrder, clause_span, in_document_title, item_span
from kg.model import EntityType, FundingKind, Link, Measure, Mention, ProjectStatus, SectionMode, Structure

PROJECT_FUNDING_KINDS = (FundingKind.TOTAL_INVESTMENT, FundingKind.COMPLETED_INVESTMENT, FundingKind.SUBSIDY,
                         FundingKind.COMPENSATION)
COMPLETED = re.compile(r"已完工|已建成|建成通车|顺利完成|完成了?.{0,6}(?:建设|施工)$|竣工|交工验收|通过.{0,4}验收|已全部完成|全面完工")
IN_PROGRESS = re.compile(r"续建|接续|在建|正在施工|施工已|全线展开|完成投资\d+%|已完成投资|累计完成投资|现已完成\d|已完成\d|"
                         r"完成路[基面]施工|顺利完成|持续推进|全力推进|加快推进|保障.{0,16}完成")
PLANNED = re.compile(r"计划|拟|争取|力争|申报|前期|规划|谋划|调规|入库|设计|招投标|招标|财评|可研|可行性|评审|报批|备案|"
                     r"列入|纳入|开工建设|将于|确保.{0,6}开工|选址")
START = re.compile(r"(?:(?P<year>20\d\d)年)?(?:\d{1,2}月份?(?:底|初|中旬|上旬|下旬)?)?(?:前)?.{0,3}(?:开工|动工|破土动工|开建)")
#: A start date needs one of these verbs; looked for first, as START (which opens with anything) scans slowly.
_START_VERB = re.compile(r"开工|动工|开建")
END = gated(r"(?:(?P<year>20\d\d)年)?(?:\d{1,2}月份?)?(?:底|年底)?(?:前|以前)?(?:全面)?(?:完工|建成|竣工|通车|交工)")
#: In a plan: said to be done already (已建成, 去年完工).
_DONE_ALREADY = re.compile(r"已(?:经)?(?:建成|完工|竣工|通车|交工)|(?:去年|上年)(?:已)?(?:建成|完工|通车)")
#: In a plan: to be finished or carried on this year, so under construction now.
_TO_FINISH = re.compile(r"续建|推进.{0,8}建设|建成|通车|完工|交工|竣工|主体完工|贯通")
#: In a plan: to be started, so not yet under way.
_TO_START = re.compile(r"新开工|开工|动工|启动|前期|谋划|争取|规划|储备|立项|招标|可研|设计")
_DONE_WORD = re.compile(r"完成|已|改善|施工")
_CONTINUED = re.compile(r"续建|接续")
_UNDER_WAY = re.compile(r"续建|接续|在建|保障.{0,16}完成")


def find_links(text: str, structure: Structure, found: dict[EntityType, list[Mention]],
               measures: list[Measure], keep: list[Pair] | None = None) -> list[Link]:
    """All links between the mentions of one report; ``keep`` (for ``kg train``) collects every
    pair the pair models score ((project, amount), (project, road), (campaign, agency)), with its features."""
    links: list[Link] = []
    projects = found.get(EntityType.PROJECT, [])
    roads = found.get(EntityType.ROAD, [])
    fundings = found.get(EntityType.FUNDING, [])

    ordered, by_start = InOrder(projects), InOrder(sorted(measures, key=lambda m: m.start))
    roads_in_order = InOrder(sorted(roads, key=lambda m: m.start))
    paired = respectively(text, ordered, InOrder(fundings), by_start)
    links.extend(paired)
    measured = {id(lk.subject) for lk in paired if lk.predicate == "lengthKm"}
    on_roads: dict[Mention, list[Mention]] = {}
    road_model = pair_model(ON_ROADS)
    for project in projects:
        for road, rule, confidence in _roads_of(text, project, ordered, roads_in_order, road_model, keep):
            on_roads.setdefault(project, []).append(road)
            links.append(Link("onRoad", project, rule, confidence, target=road,
                              evidence=(min(project.start, road.start), max(project.end, road.end))))
        length = None if id(project) in measured else _length_for(text, project, ordered, by_start)
        if length is not None:
            links.append(Link("lengthKm", project, "relations.length_after_project", 0.8, value=length[0],
                              evidence=length[1]))
        links.extend(_status_and_years(text, structure, project, ordered))

    parts = component_links(text, projects, on_roads)
    links.extend(parts)
    parent_of = {id(lk.subject): lk.target for lk in parts if lk.predicate == "partOf" and lk.target is not None}

    taken = {id(lk.target) for lk in paired if lk.target is not None}
    model = pair_model(OWNERS)
    fundings_in_order = InOrder(sorted(fundings, key=lambda m: m.start))
    for funding in fundings:
        if funding.funding_kind not in PROJECT_FUNDING_KINDS or (funding.amount is None and not funding.redacted):
            continue
        if id(funding) in taken:
            continue
        owner = _owner_ranked(text, funding, ordered, fundings_in_order, parent_of, model, keep)
        if owner is not None:
            links.append(Link("hasFunding", owner[0], owner[1], owner[2], target=funding,
                              evidence=(min(owner[0].start, funding.start), max(owner[0].end, funding.end))))

    links.extend(_partner_links(text, structure, found, keep))
    links.extend(_superiors(text, found.get(EntityType.AGENCY, [])))
    return links


def _partner_links(text: str, structure: Structure, found: dict[EntityType, list[Mention]],
                   keep: list[Pair] | None) -> list[Link]:
    """``conductedBy`` links: the rules' (``_partner_agencies``), or, with a model, the (campaign, agency)
    pairs it keeps (``partners.py``)."""
    agencies = [a for a in found.get(EntityType.AGENCY, []) if a.rule != "agencies.self_reference"]
    campaigns = InOrder(sorted(found.get(EntityType.CAMPAIGN, []), key=lambda c: c.start))
    ruled = _ruled_partners(text, structure, campaigns, agencies)
    model = pair_model(PARTNERS)
    if model is None and keep is None:
        return [_partner_link(campaign, agency, "relations.partner_agency", 0.7) for campaign, agency in ruled]
    rule_of = {(id(c), id(a)): "relations.partner_agency" for c, a in ruled}
    pairs = partner_candidates(text, campaigns, agencies, rule_of)
    if keep is not None:
        keep.extend(pairs)
    if model is None:
        return [_partner_link(campaign, agency, "relations.partner_agency", 0.7) for campaign, agency in ruled]
    return [_partner_link(pair.head, pair.tail, ranked_rule(PARTNERS, rule_of.get((id(pair.head), id(pair.tail)), "")),
                          round(p, 3))
            for p, pair in choose_partners([(model.probability(c.features), c) for c in pairs], model.threshold)]


def _partner_link(campaign: Mention, agency: Mention, rule: str, confidence: float) -> Link:
    return Link("conductedBy", campaign, rule, confidence, target=agency,
                evidence=(min(campaign.start, agency.start), max(campaign.end, agency.end)))


def _ruled_partners(text: str, structure: Structure, campaigns: InOrder[Mention],
                    agencies: list[Mention]) -> list[tuple[Mention, Mention]]:
    """The (campaign, agency) pairs the rules link: each agency the sentence names as a partner
    (``_partner_agencies``) with the campaign of its clause, else of its sentence, its section's heading or
    its item."""
    out: list[tuple[Mention, Mention]] = []
    partners = _partner_agencies(text, agencies)
    # headings by where they end, campaigns in text order: each partner finds its own by bisect, not a scan
    headings = sorted((sec.start + len(sec.heading), sec.start) for sec in structure.sections)
    heading_ends = [e for e, _ in headings]
    headed = CampaignHeadings(structure, campaigns)
    for agency, clause_only in partners:
        # a partner belongs to the campaign of its own clause (联合…等部门开展<campaign>),
        # else to the campaigns of its sentence
        clause = clause_span(text, agency.start, "，,。；;\n")
        own = [c for c in campaigns.starting_in(*clause) if not (c.start <= agency.start < c.end)]
        if clause_only:
            own = [c for c in own if c.start >= agency.end]
        elif not own:
            sent = clause_span(text, agency.start, "。；;\n")
            own = [c for c in campaigns.starting_in(*sent) if not (c.start <= agency.start < c.end)]
            # a campaign in a heading: the section's first sentence says who takes part
            if not own:
                at = bisect_right(heading_ends, sent[0])
                own = [c for e, s in headings[bisect_left(heading_ends, sent[0] - 2):at]
                       for c in campaigns.starting_in(s, e)]
            # an item that names its campaign first (一是深入开展货车超限超载治理。会同…开展…): the item's campaign
            if not own:
                item = item_span(text, agency.start)
                own = campaigns.starting_in(item[0], sent[0])[-1:]
            # a section headed by a campaign ((六)港口危险货物专项检查 … 联合海事局…开展检查): work done with
            # others under it is that campaign's, however far into the section
            if not own:
                own = headed.campaigns_over(agency.start)
        out.extend((campaign, agency) for campaign in own)
    return out


class CampaignHeadings:
    """The report's sections whose heading names a campaign, to find the innermost one over a position."""

    #: How many such sections before a position are read: nesting is shallow, so the ones over it are near.
    REACH = 16

    def __init__(self, structure: Structure, campaigns: InOrder[Mention]):
        self._sections = [(sec.start, sec.end, named) for sec in sorted(structure.sections, key=lambda s: s.start)
                          if (named := campaigns.starting_in(sec.start, sec.start + len(sec.heading)))]
        self._starts = [start for start, _, _ in self._sections]

    def campaigns_over(self, pos: int) -> list[Mention]:
        """The campaigns named in the heading of the innermost such section holding ``pos`` (outside it)."""
        at = bisect_right(self._starts, pos)
        for _, end, named in reversed(self._sections[max(0, at - self.REACH):at]):
            if pos < end and not any(c.start <= pos < c.end for c in named):
                return list(named)
        return []


def _roads_of(text: str, project: Mention, projects: InOrder[Mention], roads: InOrder[Mention],
              model: SpanModel | None, keep: list[Pair] | None) -> list[tuple[Mention, str, float]]:
    """The roads ``project`` is on, with the rule and confidence: the rules' (roads inside the name, not a
    segment's end points; roads its sentence states), or, with a model, the pairs it keeps."""
    ruled = {id(r): (r, "relations.road_in_project_name", 0.9)
             for r in roads.starting_in(project.start, project.end)
             if r.end <= project.end and not in_segment_bracket(text, project, r)}
    ruled.update({id(r): (r, "relations.road_stated_for_project", 0.7)
                  for r in _stated_roads(text, project, projects, roads)})
    if model is None and keep is None:
        return list(ruled.values())
    rule_of = {k: v[1] for k, v in ruled.items()}
    pairs = onroad_candidates(text, project, projects, roads, rule_of)
    if keep is not None:
        keep.extend(pairs)
    if model is None:
        return list(ruled.values())
    return [(pair.tail, ranked_rule(ON_ROADS, rule_of.get(id(pair.tail), "")), round(p, 3))
            for p, pair in choose_roads([(model.probability(c.features), c) for c in pairs], model.threshold)]


def _owner_ranked(text: str, funding: Mention, projects: InOrder[Mention], fundings: InOrder[Mention],
                  parent_of: dict[int, Mention], model: SpanModel | None,
                  keep: list[Pair] | None) -> tuple[Mention, str, float] | None:
    """The project ``funding`` is stated for: the rules' pick (``_owner_of``), or, with a model, its best
    ranked candidate at or above the threshold."""
    owner = _owner_of(text, funding, projects, parent_of)
    if model is None and keep is None:
        return owner
    pairs = owner_candidates(text, funding, projects, fundings, parent_of, owner)
    if keep is not None:
        keep.extend(pairs)
    if model is None:
        return owner
    best = choose_owner([(model.probability(c.features), c) for c in pairs], model.threshold)
    if best is None:
        return None
    return best[1].head, ranked_rule(OWNERS, owner[1] if owner and owner[0] is best[1].head else ""), round(best[0], 3)


def ranked_rule(model: str, rule: str) -> str:
    """``<model>.model``, with the rule that made the same link if one did (as the span models name theirs)."""
    return f"{model}.model({rule})" if rule else f"{model}.model"


SUBORDINATE = re.compile(r"^(?:下属|所属|直属|内设)(?:的)?$")


def _superiors(text: str, agencies: list[Mention]) -> list[Link]:
    """``subOrganizationOf`` where the text states it: 市交通运输局下属的市公路中心."""
    out = []
    for upper, lower in zip(agencies, agencies[1:], strict=False):
        if SUBORDINATE.match(text[upper.end:lower.start]):
            out.append(Link("subOrganizationOf", lower, "relations.stated_superior", 0.8, target=upper,
                            evidence=(upper.start, lower.end)))
    return out


PARTNER_BEFORE = re.compile(r"(?:按照|根据|联合|会同|配合|协同|协助|经|由|在|与|纳入)[^，,。；;：:]{0,4}$")
PARTNER_AFTER = re.compile(r"^(?:等(?:部门|单位)(?:将|要|还)?(?:齐抓共管|共同|联合|协同|合力|配合|参与|组成|成立|联动)|"
                           r"(?:等(?:部门|单位))?(?:正式)?(?:相关|统一|联合|会同|协同|配合|组织|牵头|部署|决策部署|要求|标准|安排|关于|共同|"
                           r"下发|印发|命名|认定|批复))")
#: An agency that opens the campaign of its clause: 执法支队深入开展…专项整治. Not one whose campaign is received
#: (迎接市交通运输局开展的督查) or that does something else (省交通运输厅开展年度考核: no campaign follows in the clause).
OPENS_CAMPAIGN = re.compile(r"^(?:深入|持续|全面|扎实|积极|认真|大力|广泛|集中|常态化)?开展(?!的)")
_RECEIVED = re.compile(r"(?:迎接|接受)$")


def _partner_agencies(text: str, agencies: list[Mention]) -> list[tuple[Mention, bool]]:
    """Agencies a sentence names as taking part (联合公安交警、路政等部门开展…, 按照…部署, 执法大队深入开展…), each with
    whether only a campaign of its own clause may be its (an agency that opens a campaign: OPENS_CAMPAIGN).

    Agencies named as places (在政务大厅…) or inside a document title (《…》) are not partners.
    """
    groups: list[list[Mention]] = []
    for agency in agencies:
        if groups and LIST_JOINER.fullmatch(text[groups[-1][-1].end:agency.start]):
            groups[-1].append(agency)
        else:
            groups.append([agency])
    out: list[tuple[Mention, bool]] = []
    for group in groups:
        first, last = group[0], group[-1]
        if in_document_title(text, first.start):
            continue
        before = text[max(0, first.start - 8):first.start]
        lead = PARTNER_BEFORE.search(before)
        if lead and lead.group().startswith("在"):
            continue
        after = text[last.end:last.end + 8]
        if lead or PARTNER_AFTER.match(after) or _opens_joint_sentence(text, first, last):
            out.extend((agency, False) for agency in group)
        elif OPENS_CAMPAIGN.match(after) and not _RECEIVED.search(before):
            out.extend((agency, True) for agency in group)
    return out


#: Working together, said of the agencies a sentence opens with: 市应急管理局、市公安局交警大队抽调人员参与联合检查.
_JOINT_WORK = re.compile(r"参与|配合|联合|共同|协同|联动|会同")
_JOINT_REACH = 24


def _opens_joint_sentence(text: str, first: Mention, last: Mention) -> bool:
    """Whether the agencies open their sentence and it says they work together, within a short reach:
    the partners of the campaign the sentence before named (开展货车超限超载治理。彬州公路段、…联合执法)."""
    before = text[max(0, first.start - _JOINT_REACH):first.start].rstrip(" \t\u3000")
    if before and before[-1] not in "。\n":
        return False
    after = text[last.end:last.end + _JOINT_REACH]
    after = after[:after.find("。")] if "。" in after else after
    return _JOINT_WORK.search(after) is not None


#: What the sentence of a project says right before a road the project runs on: 项目沿现有G305布设,
#: 该段属雅叶高速, 是国家高速银百高速的重要段落, 利用国道205线老路, 位于国道220线上. Roads it starts or
#: ends at, meets or crosses (起于, 止于, 与…相接, 跨) are not its roads.
_ON_ROAD_CUE = re.compile(r"(?:沿|属|隶属|是|即|利用|位于|作为)(?:现有|既有|原|国家高速|国家)?$")


def _stated_roads(text: str, project: Mention, projects: InOrder[Mention], roads: InOrder[Mention]) -> list[Mention]:
    """Roads the project's own sentence says it is on, after its name and before the next project."""
    clause = clause_span(text, project.end - 1, "。；;\n")
    nxt = projects.first_start_from(project.end, len(text))
    return [r for r in roads.starting_in(project.end, min(clause[1], nxt))
            if _ON_ROAD_CUE.search(text, max(0, r.start - 6), r.start)]


def _length_for(text: str, project: Mention, projects: InOrder[Mention],
                measures: InOrder[Measure]) -> tuple[Decimal, tuple[int, int]] | None:
    for m in measures.starting_in(project.start, project.end):
        if m.end <= project.end:
            return m.km, (project.start, project.end)
    clause = clause_span(text, project.end - 1, "。；;\n")
    nxt = projects.first_start_from(project.end, len(text))
    for m in measures.starting_in(project.end, min(clause[1], nxt)):
        between = text[project.end:m.start]
        if len(between) <= 14 and not _DONE_WORD.search(between):
            return m.km, (project.start, m.end)
    return None


#: What may stand between two projects of one list (乡道Y215…段、乡道Y208…段): a joiner or a comma, after
#: a bracket the name does not take in (…段（甲乙高速）、) or the work's verb where the name stops short of it
#: (…段公路建设、省道221线…).
_LIST_GAP = re.compile(r"(?:[（(][^（()）]{1,12}[）)])?(?:建设|改造|改建|改扩建|提升|提质|实施)?(?:[、和及与]|，)")
_RESPECTIVELY = re.compile(r"分别")
#: What stands between two figures of one 分别 list (5.2亿元、7.8亿元和6.5亿元).
_FIGURE_GAP = re.compile(r"[、，,和及与]")


def respectively(text: str, projects: InOrder[Mention], fundings: InOrder[Mention],
                 measures: InOrder[Measure]) -> list[Link]:
    """Amounts and lengths a 分别 sentence gives a list of projects in order: ``A、B分别投资X、Y`` gives A
    X and B Y, and so do ``A、B改造，长度分别为…，计划分别投资X、Y`` and ``A和B，…总投资分别为X和Y``.

    The list is the run of projects joined by 、和及与 or a comma that ends last before the 分别, in
    its sentence; or, where the 分别's clause counts them (两个项目分别…, 三个项目年内分别…), the projects
    that many before it in its item, whatever sentences they were named in. Each 分别 reads up to the
    next one or the sentence's end. Paired only when that stretch gives as many amounts (or lengths) as
    the list has projects.
    """
    out: list[Link] = []
    if not projects.items:
        return out
    # a short form in brackets after its work's name (…公路（沁伊高速）) is no item of a list
    listed = [p for p in projects.items if not _bracketed_after_project(text, p, projects)]
    if not listed:
        return out
    starts = [p.start for p in listed]
    marks = [m.start() for m in _RESPECTIVELY.finditer(text, listed[0].end, listed[-1].end + MAX_CLAUSE)]
    for n, at_mark in enumerate(marks):
        at = bisect_right(starts, at_mark)  # the projects that start before 分别
        # cheap tests first: no project before it, or none within a clause's reach (a text of 分别 alone)
        if at < 2 or listed[at - 1].end > at_mark or at_mark - listed[at - 1].end > MAX_CLAUSE:
            continue
        sentence = clause_span(text, at_mark, "。；;\n")
        group = _listed(text, listed, at, sentence) or _counted(text, listed, starts, at_mark)
        if len(group) < 2:
            continue
        end = min(marks[n + 1], sentence[1]) if n + 1 < len(marks) else sentence[1]
        amounts = _first_run(text, [f for f in fundings.starting_in(at_mark, end)
                                    if f.funding_kind in PROJECT_FUNDING_KINDS and (f.amount is not None or f.redacted)],
                             len(group))
        lengths = _first_run(text, measures.starting_in(at_mark, end), len(group))
        if len(amounts) == len(group):
            out += [Link("hasFunding", p, "relations.respectively", 0.8, target=f, evidence=(group[0].start, f.end))
                    for p, f in zip(group, amounts)]
        if len(lengths) == len(group):
            out += [Link("lengthKm", p, "relations.respectively", 0.8, value=x.km, evidence=(group[0].start, x.end))
                    for p, x in zip(group, lengths)]
    return out


def _bracketed_after_project(text: str, mention: Mention, projects: InOrder[Mention]) -> bool:
    """Whether ``mention`` stands in brackets right after another project's name (its short form)."""
    if mention.start == 0 or text[mention.start - 1] not in "（(":
        return False
    i = bisect_left(projects.starts, mention.start) - 1
    while i >= 0 and projects.items[i].end > mention.start - 1:
        i -= 1
    return i >= 0 and projects.items[i].end == mention.start - 1


F = TypeVar("F", Mention, Measure)


def _first_run(text: str, figures: list[F], wanted: int) -> list[F]:
    """The figures a 分别 gives its list: all of its stretch's where they are as many as the list's
    projects, else the first run of them written one after another (5.2亿元、7.8亿元、6.5亿元，其中…总投资
    36.3亿元: the run of three is the list's, the total after it is another clause's)."""
    if len(figures) == wanted or not figures:
        return figures
    run = figures[:1]
    for figure in figures[1:]:
        if not _FIGURE_GAP.fullmatch(text, run[-1].end, figure.start):
            break
        run.append(figure)
    return run


def _listed(text: str, listed: list[Mention], at: int, sentence: tuple[int, int]) -> list[Mention]:
    """The run of projects joined by 、和及与 or a comma that ends with ``listed[at - 1]``, in ``sentence``
    (none when that project is not in it, or stands alone)."""
    if listed[at - 1].start < sentence[0]:
        return []
    first = at - 1
    while first > 0 and listed[first - 1].start >= sentence[0] \
            and _LIST_GAP.fullmatch(text, listed[first - 1].end, listed[first].start):
        first -= 1
    group = listed[first:at]
    return group if len(group) >= 2 else []


#: A count of the works a 分别 gives figures to: 两个项目, 三个工程.
_COUNTED_WORKS = re.compile(r"([两二三四五六七八九十])个(?:项目|工程)")
_COUNT = {ch: i for i, ch in enumerate("二三四五六七八九十", 2)} | {"两": 2}


def _counted(text: str, listed: list[Mention], starts: list[int], at_mark: int) -> list[Mention]:
    """The projects a count in the 分别's clause names, all in its item: the ones that many before it (A，长…；
    B，长…，两个项目分别…), or, where a sentence ends between those, the last list of that many (A、B。A's short
    name…；两个项目分别…: the short name is A again)."""
    clause = clause_span(text, at_mark, "，,。；;\n")
    counts = list(_COUNTED_WORKS.finditer(text, clause[0], at_mark))
    if not counts:
        return []
    k, count_at = _COUNT[counts[-1].group(1)], counts[-1].start()
    item = item_span(text, at_mark)
    last = bisect_right(starts, count_at)  # the projects named before the count
    group = listed[last - k:last] if last >= k else []
    if len(group) < 2 or group[0].start < item[0] or group[-1].end > count_at:
        return []
    if all("。" not in text[a.end:b.start] for a, b in zip(group, group[1:])):
        return group
    for end in range(last, 1, -1):  # the last list of exactly k projects in the item
        run = _listed(text, listed, end, clause_span(text, listed[end - 1].start, "。；;\n"))
        if listed[end - 1].start < item[0] or (run and run[0].start < item[0]):
            break
        if len(run) == k:
            return run
    return []


def _owner_of(text: str, funding: Mention, projects: InOrder[Mention],
              parent_of: dict[int, Mention]) -> tuple[Mention, str, float] | None:
    """The project an amount is stated for, with the rule and confidence.

    A component (a bridge, a tunnel, an interchange) named between its project and an amount in a
    later clause does not take the amount: ``X改建工程全长…，其中Y大桥…，项目累计完成投资Z`` gives Z to X.
    """
    clause = clause_span(text, funding.start, "。；;\n")
    in_clause = projects.starting_in(clause[0], clause[1])
    before = [p for p in in_clause if p.end <= funding.start]
    after = [p for p in in_clause if p.start >= funding.end]
    if before:
        # an enumeration of several projects before one total: the total is theirs jointly
        last = before[-1]
        gap = text[last.end:funding.start]
        if len(before) > 1 and ("、" in text[before[-2].end:last.start] and "，" not in text[before[-2].end:last.start]):
            return None
        parent = parent_of.get(id(last))
        if parent is not None and parent in before and "，" in gap:
            return parent, "relations.funding_of_parent_project", 0.75
        if len(gap) <= 40 or len(before) == 1:
            return last, "relations.funding_after_project", 0.85
    if after and text[funding.end:after[0].start].strip("，, ").startswith(("建成", "建设", "完成", "实施", "新建")):
        return after[0], "relations.funding_before_project", 0.75
    if after and after[0].start - funding.end <= 2:
        return after[0], "relations.funding_before_project", 0.7
    if not in_clause and text[clause[0] - 1:clause[0]] == "。":
        item = item_span(text, funding.start)
        # the item's own project, not the components it names on the way (…设邢庄枢纽互通…)
        named = [p for p in projects.starting_in(item[0], funding.start) if id(p) not in parent_of]
        if len({p.name for p in named}) == 1:
            last = named[-1]
            return last, "relations.funding_in_project_item", 0.6
    return None


def _status_and_years(text: str, structure: Structure, project: Mention, projects: InOrder[Mention]) -> list[Link]:
    clause = clause_span(text, project.start, "。\n")
    # the project's item (一是…) speaks of it until another project is named (该项目…计划2024年开工)
    item = item_span(text, project.start)
    nxt = projects.next_other(project, len(text))
    window = text[project.start:min(max(clause[1], item[1]), nxt)]
    head = text[clause[0]:project.start][-12:]
    context = head + window
    mode = structure.mode_at(project.start)
    year = structure.year_at(project.start)
    out: list[Link] = []

    planned_report = mode is SectionMode.PLAN and all(
        sec.mode is SectionMode.OTHER for sec in structure.sections_at(project.start))
    if IN_PROGRESS.search(head) or _CONTINUED.search(head):
        status = ProjectStatus.IN_PROGRESS
    elif planned_report:
        # a 工作计划 plans its works, unless the wording says one is done, or is being built (推进…建设,
        # 确保…建成通车: what is to be finished this year is under construction); 开工/前期 is planned
        if _DONE_ALREADY.search(context):
            status = ProjectStatus.COMPLETED
        elif (IN_PROGRESS.search(context) or _TO_FINISH.search(context)) and not _TO_START.search(context):
            status = ProjectStatus.IN_PROGRESS
        else:
            status = ProjectStatus.PLANNED
    elif mode is SectionMode.PLAN:
        status = ProjectStatus.IN_PROGRESS if _UNDER_WAY.search(context) else ProjectStatus.PLANNED
    elif COMPLETED.search(context) and not PLANNED.search(window):
        status = ProjectStatus.COMPLETED
    elif IN_PROGRESS.search(context):
        status = ProjectStatus.IN_PROGRESS
    elif PLANNED.search(context):
        status = ProjectStatus.PLANNED
    else:
        status = ProjectStatus.UNKNOWN
    if status is not ProjectStatus.UNKNOWN:
        out.append(Link("status", project, f"relations.status_{mode.value}_section", 0.6, value=status,
                        evidence=(clause[0], min(clause[1], nxt))))

    m = START.search(window) if _START_VERB.search(window) else None  # the verb first: a cheap scan
    if m:
        y = int(m["year"]) if m["year"] else year
        if y:
            out.append(Link("startYear", project, "relations.start_year", 0.7, value=y,
                            evidence=(project.start + m.start(), project.start + m.end())))
    for m in END.finditer(window):
        y = int(m["year"]) if m["year"] else (year if status is not ProjectStatus.COMPLETED else None)
        if y:
            out.append(Link("endYear", project, "relations.end_year", 0.65, value=y,
                            evidence=(project.start + m.start(), project.start + m.end())))
            break
    return out
