"""The graph a view draws: nodes and edges, each report as a hub, at most so many entities per report.

Apart from :mod:`kg.web.view` (which loads the entities and renders the page) because these are
the rules of what is drawn: a report's entities hang from it (``kgo:mentionedIn``), and a large
report is cut to ``MAX_NODES_PER_REPORT`` entities with the left-out ones counted, never silently.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kg.query import Store, select

#: Entities drawn per report at most: the view stays readable, and linear in the number of reports.
MAX_NODES_PER_REPORT = 60
#: When a report has more, entities linked to others are drawn first, then by class in this order.
DRAW_ORDER = ("Project", "Campaign", "Agency", "Road", "Funding", "RedactedAmount", "Region")


@dataclass
class ViewGraph:
    """Nodes (IRI -> class, label, attributes, source) and edges (subject, predicate local name, object)."""

    nodes: dict[str, dict] = field(default_factory=dict)
    edges: list[tuple[str, str, str]] = field(default_factory=list)
    #: entities not drawn, per class (``cap_per_report``)
    omitted: dict[str, int] = field(default_factory=dict)


def load_reports(store: Store) -> tuple[dict[str, dict], list[tuple[str, str]], list[tuple[str, str]]]:
    """The reports as view nodes, each entity's reports (``mentionedIn``) and each report's issuer (``issuedBy``)."""
    reports: dict[str, dict] = {}
    for sol in select(store, """SELECT ?d ?label ?file WHERE { ?d a kgo:Document ; rdfs:label ?label .
                                OPTIONAL { ?d kgo:sourceFile ?file } }"""):
        reports[sol["d"].value] = {"class": "Document", "label": sol["label"].value, "attrs": {}}
        if sol["file"] is not None:
            reports[sol["d"].value]["attrs"]["sourceFile"] = sol["file"].value
    mentioned = [(s["n"].value, s["d"].value) for s in select(store, "SELECT ?n ?d WHERE { ?n kgo:mentionedIn ?d }")]
    issued = [(s["d"].value, s["a"].value) for s in select(store, "SELECT ?d ?a WHERE { ?d kgo:issuedBy ?a }")]
    return reports, sorted(mentioned), sorted(issued)


def cap_per_report(vg: ViewGraph, mentioned: list[tuple[str, str]], limit: int = MAX_NODES_PER_REPORT) -> ViewGraph:
    """At most ``limit`` entities of each report: those linked to others first, then by ``DRAW_ORDER``.

    An entity several reports name is drawn when one of them keeps it. Entities no report names
    are kept. The classes of the left-out ones go to ``omitted``, for the page to say.
    """
    linked = {n for s, _, o in vg.edges for n in (s, o)}
    by_report: dict[str, list[str]] = defaultdict(list)
    for n, d in mentioned:
        if n in vg.nodes and vg.nodes[n]["class"] != "Document":
            by_report[d].append(n)
    rank = {c: i for i, c in enumerate(DRAW_ORDER)}

    def order(n: str) -> tuple:
        return n not in linked, rank.get(vg.nodes[n]["class"], len(rank)), vg.nodes[n]["label"], n

    named = {m for ms in by_report.values() for m in ms}
    kept = {n for n in vg.nodes if n not in named}
    for members in by_report.values():
        kept.update(sorted(members, key=order)[:limit])
    omitted: dict[str, int] = defaultdict(int)
    for n, node in vg.nodes.items():
        if n not in kept:
            omitted[node["class"]] += 1
    return ViewGraph({n: d for n, d in vg.nodes.items() if n in kept},
                     [e for e in vg.edges if e[0] in kept and e[2] in kept], dict(omitted))


def hang_from_reports(vg: ViewGraph, reports: dict[str, dict], mentioned: list[tuple[str, str]],
                      issued: list[tuple[str, str]]) -> ViewGraph:
    """Each report drawn as a hub, its issuer linked by ``issuedBy`` and each group of its entities by ``mentionedIn``.

    Within a report, entities linked among themselves (a project, its road and its amounts) form a group
    that hangs from the report by one edge, from the group's first member in ``DRAW_ORDER``: every entity
    reaches its report, and the picture is a tree per report rather than a star of every entity.
    """
    members: dict[str, list[str]] = defaultdict(list)
    for n, d in mentioned:
        if n in vg.nodes and d in reports:
            members[d].append(n)
    nodes = dict(vg.nodes)
    nodes.update({d: reports[d] for d in members})
    edges = [e for e in vg.edges if e[1] != "mentionedIn"]
    edges += [(d, "issuedBy", a) for d, a in issued if d in nodes and a in nodes and (d, "issuedBy", a) not in edges]
    adjacent: dict[str, set[str]] = defaultdict(set)
    for s, _, o in edges:
        adjacent[s].add(o)
        adjacent[o].add(s)
    rank = {c: i for i, c in enumerate(DRAW_ORDER)}
    for d, group in members.items():
        todo = set(group)
        for start in sorted(group, key=lambda n: (rank.get(nodes[n]["class"], len(rank)), -len(adjacent[n]), n)):
            if start not in todo:
                continue
            component, queue = {start}, [start]  # its group: the report's entities it reaches through links
            while queue:
                for nxt in adjacent[queue.pop()]:
                    if nxt in todo and nxt not in component:
                        component.add(nxt)
                        queue.append(nxt)
            todo -= component
            if not any(d in adjacent[n] for n in component):
                edges.append((start, "mentionedIn", d))
    return ViewGraph(nodes, sorted(edges), vg.omitted)
