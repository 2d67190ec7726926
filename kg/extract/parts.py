"""Components of larger works: a bridge, tunnel, interchange or segment, and the project it belongs to.

The genre names a project's parts in the sentences after it (罗家梁隧道,
北屏至陕渝省界段 after 城口至开州高速公路), and names a segment's end points in
a bracket (淄安路（沂邳线至南崔路段）). A part named without a road of its own
is ``partOf`` the project the same or the previous sentence names (a bridge or
tunnel: the one work its paragraph names), and on its roads; roads named as a
segment's end points are not the project's roads.
"""
from __future__ import annotations

import re

from kg.extract.reach import clause_span
from kg.model import Link, Mention


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The sentence around ``pos``, bounded (``reach.clause_span``): a text of one endless sentence must not
    make every component walk all of it."""
    return clause_span(text, pos, "。\n")


#: What a component of a larger work is called: its bridges, tunnels, interchanges, segments, phases.
_COMPONENT_HEAD = (r"(?:特大桥|大桥|桥|隧道|互通|立交|枢纽|服务区|收费站|停车区|连接线|标段|路基|路面|段|"
                   r"[一二三四五六七八九十\d]期)(?P<suffix>工程|项目|建设|施工)?")
COMPONENT_END = re.compile(_COMPONENT_HEAD + "$")
_COMPONENT_INSIDE = re.compile(_COMPONENT_HEAD)
#: A component at one place of a work (a bridge, a tunnel, an interchange): its parent may itself be a
#: segment (西昌至宁南高速公路市境段 … 节点工程大箐隧道), not another such component.
POINT_COMPONENT = re.compile(r"(?:桥|隧道|互通|立交|枢纽|服务区|收费站|停车区)(?:工程|项目|建设|施工)?$")
#: How far back a bridge's or tunnel's paragraph is read for the work it belongs to: a bound, so that a text
#: of one endless paragraph costs each part a constant.
MAX_PARAGRAPH = 600
_TABLE_ROW = re.compile(r"\d{1,3}\s")
_BRACKET = re.compile(r"[（(]([^（()）]*)[）)]")


def _paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph around ``pos`` starts, read back at most ``MAX_PARAGRAPH`` characters."""
    lo = max(0, pos - MAX_PARAGRAPH)
    at = text.rfind("\n", lo, pos)
    return at + 1 if at >= 0 else lo


def in_segment_bracket(text: str, project: Mention, road: Mention) -> bool:
    """True for a road named inside the bracket that bounds a segment (淄安路（沂邳线至南崔路段）): an end point."""
    for m in _BRACKET.finditer(text, project.start, project.end):
        if m.start() < road.start and road.end <= m.end() and re.search(r"至|—|－|-|段$", m.group(1)):
            return True
    return False


def _components_inside(name: str) -> set[str]:
    """The proper substrings of ``name`` that end where a component's name may end (东津大桥 in
    乡道Y104线东津大桥危桥改造工程): a few dozen per name, so looking a part up among them costs no scan."""
    out: set[str] = set()
    for m in _COMPONENT_INSIDE.finditer(name):
        for end in {m.end(), m.end() - len(m["suffix"] or "")}:  # 大桥工程: 东津大桥工程 and 东津大桥
            out.update(name[start:end] for start in range(end) if end - start < len(name))
    return out


def _parent(projects: list[Mention], i: int, near: int, earlier: int, not_parent: re.Pattern[str],
            on_roads: dict[Mention, list[Mention]]) -> Mention | None:
    """The work ``projects[i]`` belongs to, looking back (projects are in text order) for a work on roads that
    is not a component like it (``not_parent``): the nearest one from ``near`` on; before ``near``, back to
    ``earlier``, the one work named there, or None when several are."""
    part, found = projects[i], None
    for j in range(i - 1, -1, -1):
        p = projects[j]
        if p.start < earlier:
            break
        if p.end > part.start or p.name == part.name or not_parent.search(p.name) or p not in on_roads:
            continue
        if p.start >= near:
            return p
        if found is not None and found.name != p.name:
            return None
        found = found or p
    return found


def component_links(text: str, projects: list[Mention], on_roads: dict[Mention, list[Mention]]) -> list[Link]:
    """``partOf`` a larger project, and its roads, for a component named without a road of its own.

    罗家梁隧道 and 北屏至陕渝省界段 are parts of the 城口至开州高速公路 the same
    or the previous sentence names; a bridge or tunnel further on in the
    paragraph is part of the one work the paragraph names before it (none
    when it names several). A part is on its parent's roads: those of every
    mention of the parent's name, for one sentence may give the route's code
    (国家高速G69银百高速的重要段落) and another its short name.
    """
    # one mention per road (its code, else its name): a work named 10,000 times on one road gives its parts one road
    roads_of_name: dict[str, dict[str, Mention]] = {}
    for project in projects:
        for road in on_roads.get(project, ()):
            roads_of_name.setdefault(project.name, {}).setdefault(road.code or road.name, road)
    out: list[Link] = []
    seen: set[str] = set()
    inside: set[str] = set()  # the component names standing inside the names of the projects so far
    for i, part in enumerate(projects):
        # a short mention of a work the report named in full before (乡道Y104线东津大桥危桥改造工程 … 推进东津大桥
        # 建成) is that work, not a part of the project it happens to follow
        is_part = part not in on_roads and COMPONENT_END.search(part.name) is not None
        named_before = is_part and part.name in inside
        if part.name not in seen:
            seen.add(part.name)
            inside.update(_components_inside(part.name))
        if not is_part or named_before:
            continue
        sent = _sentence(text, part.start)
        # a table's row (1 G353…工程 28.6公里 86500) is a work of its own: its parent is in the row or nowhere
        row = _TABLE_ROW.match(text, sent[0])
        point = POINT_COMPONENT.search(part.name) is not None
        near = sent[0] if row or sent[0] == 0 else _sentence(text, max(0, sent[0] - 2))[0]
        # a bridge or tunnel further on in its paragraph (年内喻家山隧道…贯通) belongs to the work the paragraph
        # is about, when the paragraph names only one
        earlier = min(near, _paragraph_start(text, part.start)) if point and not row else near
        not_parent = POINT_COMPONENT if point else COMPONENT_END
        parent = _parent(projects, i, near, earlier, not_parent, on_roads)
        if parent is None:
            continue
        out.append(Link("partOf", part, "relations.component_of_project", 0.6, target=parent,
                        evidence=(parent.start, part.end)))
        for road in roads_of_name.get(parent.name, {}).values():
            out.append(Link("onRoad", part, "relations.road_of_parent_project", 0.6, target=road,
                            evidence=(parent.start, part.end)))
    return out
