"""An interactive HTML view of the graph (pyvis / vis-network) that works offline.

Nodes are coloured by class with a legend, sized by degree, labelled in
Chinese, with a tooltip of key attributes and the source sentence. Each report
is a hub its entities hang from (``kgo:mentionedIn``): most entities of a report
are linked to nothing else, and without the hub they would be isolated dots.
A report draws at most ``MAX_NODES_PER_REPORT`` entities (those linked to
others first) and the page says what it left out, so the picture stays linear
in the size of the build. The page opens at a zoom where labels are readable
(``MIN_LABEL_PX``), in a CJK font stack it names. The page
has a search box, class filters and a detail panel; ``focus`` limits it to an
entity's neighbourhood. Past ``PHYSICS_LIMIT`` nodes the layout is computed
beforehand (networkx) and drawn with physics off: vis-network's live physics
stalls at about a thousand nodes. The page is ``templates/graph.html``; vis-network's
script and styles are inlined from the pyvis package (``kg.web.pages.vis_network``), nothing
is fetched from a CDN.
"""
from __future__ import annotations

import re
from collections import defaultdict, deque
from pathlib import Path
from typing import Any

from kg.atomic import StagedFiles, write_atomic
from kg.query import Store, select
from kg.rdf.vocab import KGO, NIF, ORG, PROV, RDF
from kg.web.pages import render, vis_network
from kg.web.viewgraph import MAX_NODES_PER_REPORT, ViewGraph, cap_per_report, hang_from_reports, load_reports

COLOURS = {"Agency": "#4e79a7", "Road": "#f28e2b", "Project": "#e15759", "Funding": "#59a14f",
           "RedactedAmount": "#8cd17d", "Campaign": "#b07aa1", "Region": "#9c755f", "Document": "#5f5a66"}
CLASS_ZH = {"Agency": "机构", "Road": "公路", "Project": "项目", "Funding": "资金", "RedactedAmount": "脱敏金额",
            "Campaign": "专项行动", "Region": "行政区", "Document": "报告"}
DEFAULT_TYPES = ("Agency", "Road", "Project", "Funding", "RedactedAmount", "Campaign")
EDGE_PREDICATES = ("onRoad", "hasFunding", "hasRedactedAmount", "conductedBy", "issuedBy", "mentionedIn")
SUB_ORGANIZATION = ORG.subOrganizationOf
PHYSICS_LIMIT = 400
ATTRS = ("roadCode", "amount", "lengthKm", "startYear", "endYear")
#: What the view never reads, left out when a build loads the graph for it: offsets, rules and confidences,
#: and the assertions that describe facts (the facts themselves are read).
UNREAD_PREDICATES = tuple(str(iri) for iri in (NIF.beginIndex, NIF.endIndex, KGO.rule, KGO.confidence, KGO.statedIn,
                                                RDF.subject, RDF.predicate, RDF.object, PROV.wasDerivedFrom))
#: Label size in canvas pixels, and the smallest it may be on screen at the zoom the page opens with.
FONT_PX, MIN_LABEL_PX = 16, 12
#: Labels longer than this are cut (the tooltip, the panel and the search have the whole name).
LABEL_CHARS = 18
#: Fonts with Chinese glyphs on Linux, macOS and Windows, before the generic family.
CJK_FONTS = ('"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", '
             '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "SimHei", sans-serif')


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def load_view_graph(store: Store, *, types: tuple[str, ...] = DEFAULT_TYPES) -> ViewGraph:
    """Nodes of the chosen classes with their attributes, and the edges between them.

    ``types`` are class names of ``COLOURS``; anything else is a ``ValueError`` (the names go into the query).
    """
    unknown = [t for t in types if t not in COLOURS]
    if unknown:
        raise ValueError(f"unknown class {', '.join(unknown)} (known: {', '.join(COLOURS)})")
    vg = ViewGraph()
    values = " ".join(f"kgo:{t}" for t in types)
    q = f"""SELECT ?n ?cls ?label WHERE {{ VALUES ?cls {{ {values} }} ?n a ?cls ; rdfs:label ?label . }}"""
    for sol in select(store, q):
        vg.nodes[sol["n"].value] = {"class": _local(sol["cls"].value), "label": sol["label"].value, "attrs": {}}
    attr_values = " ".join(f"kgo:{a}" for a in ATTRS)
    for sol in select(store, f"SELECT ?n ?p ?v WHERE {{ VALUES ?p {{ {attr_values} }} ?n ?p ?v }}"):
        node = vg.nodes.get(sol["n"].value)
        if node is not None:
            node["attrs"][_local(sol["p"].value)] = sol["v"].value
    for sol in select(store, "SELECT ?n ?s WHERE { ?n kgo:status/skos:notation ?s }"):
        node = vg.nodes.get(sol["n"].value)
        if node is not None:
            node["attrs"]["status"] = sol["s"].value
    # the tooltip shows a sentence's first 200 characters; cut in the query, so that 10,000 amounts of one
    # 150,000-character "sentence" (a list with no full stop) do not copy it 10,000 times (4 GB)
    for sol in select(store, """SELECT ?n (MIN(SUBSTR(?t, 1, 200)) AS ?sentence) (MIN(?f) AS ?file) WHERE {
            ?n kgo:hasMention/kgo:inSentence ?s . ?s nif:isString ?t ; nif:referenceContext/kgo:sourceFile ?f } GROUP BY ?n"""):
        node = vg.nodes.get(sol["n"].value)
        if node is not None and sol["sentence"] is not None:
            node["sentence"] = sol["sentence"].value
            node["file"] = sol["file"].value
    preds = " ".join(f"kgo:{p}" for p in EDGE_PREDICATES) + f" <{SUB_ORGANIZATION}>"
    for sol in select(store, f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {preds} }} ?s ?p ?o }}"):
        s, o = sol["s"].value, sol["o"].value
        if s in vg.nodes and o in vg.nodes:
            vg.edges.append((s, _local(sol["p"].value), o))
    vg.edges.sort()
    return vg


def find_nodes(vg: ViewGraph, name_or_iri: str) -> list[str]:
    if name_or_iri in vg.nodes:
        return [name_or_iri]
    exact = [n for n, d in vg.nodes.items() if d["label"] == name_or_iri]
    return exact or sorted(n for n, d in vg.nodes.items() if name_or_iri in d["label"])


def neighbourhood(vg: ViewGraph, roots: list[str], depth: int) -> ViewGraph:
    """The sub-graph within ``depth`` edges of ``roots``."""
    adjacent: dict[str, set[str]] = defaultdict(set)
    for s, _, o in vg.edges:
        adjacent[s].add(o)
        adjacent[o].add(s)
    seen = set(roots)
    queue = deque((r, 0) for r in roots)
    while queue:
        node, d = queue.popleft()
        if d >= depth:
            continue
        for nxt in sorted(adjacent[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, d + 1))
    return ViewGraph({n: vg.nodes[n] for n in sorted(seen)}, [e for e in vg.edges if e[0] in seen and e[2] in seen])


def layout(vg: ViewGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions computed beforehand, for graphs too large for live physics.

    Each connected component is laid out on its own (force-directed, networkx) and
    the components are packed in rows, largest first: report graphs are many small
    components, and laying them out apart is both faster and easier to read.
    """
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(sorted(vg.nodes))  # the store answers in no fixed order: the layout must not follow it
    g.add_edges_from((s, o) for s, _, o in vg.edges)
    unit = 100.0  # about a label's width: labels of neighbouring nodes do not overlap
    boxes = []
    for comp in sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c))):
        sub = _induced(g, comp)
        radius = unit * (len(comp) ** 0.5)
        if len(comp) == 1:
            pos = {next(iter(comp)): (0.0, 0.0)}
        elif len(comp) > FORCE_MAX_NODES:
            pos = _hub_layout(vg, sub, unit, seed)
            radius = max((abs(x) + abs(y) for x, y in pos.values()), default=0.0)
        else:
            pos = {n: (float(x) * radius, float(y) * radius)
                   for n, (x, y) in nx.spring_layout(sub, iterations=50, seed=seed).items()}
        boxes.append((radius, pos))
    total = sum((2 * r + unit) ** 2 for r, _ in boxes)
    row_width = max(total ** 0.5, 2 * boxes[0][0] + unit) if boxes else 0.0
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for radius, pos in boxes:
        size = 2 * radius + unit
        if x + size > row_width and x > 0:
            x, y, row_height = 0.0, y + row_height, 0.0
        for n, (px, py) in pos.items():
            out[n] = (x + radius + px, y + radius + py)
        x += size
        row_height = max(row_height, size)
    return out


def _induced(g, nodes):
    """The sub-graph on ``nodes``, built in sorted order: networkx's ``subgraph`` view iterates a set, whose
    order changes with the interpreter's hash seed, and a seeded layout then still differs from run to run."""
    import networkx as nx

    h = nx.Graph()
    h.add_nodes_from(sorted(nodes))
    h.add_edges_from(sorted((u, v) if u < v else (v, u) for u, v in g.edges(nodes) if u in nodes and v in nodes))
    return h


#: Past this many nodes a component is not laid out by forces over all its nodes (a cost that grows with the
#: square of its size: 100 reports' hubs took two minutes) but by its reports (``_hub_layout``).
FORCE_MAX_NODES = 300


def _hub_layout(vg: ViewGraph, sub, unit: float, seed: int) -> dict[str, tuple[float, float]]:
    """Positions for a component of many reports: forces among the report hubs and the entities several
    reports share, then each report's own entities on rings around its hub.

    The forces then act on a few hundred nodes instead of thousands, and the
    picture is the one the view means: each report a hub its entities hang from.
    """
    import math
    from collections import deque

    import networkx as nx

    hubs = sorted(n for n in sub if vg.nodes[n]["class"] == "Document")
    own: dict[str, list[str]] = {h: [] for h in hubs}
    # an entity two or more reports hang from is placed by the forces; the rest go to the nearest report
    core = set(hubs) | {n for n in sub if n not in own and sum(1 for m in sub[n] if m in own) > 1}
    owner = {h: h for h in hubs}
    queue = deque(hubs)
    while queue:
        node = queue.popleft()
        for nxt in sorted(sub[node]):
            if nxt not in owner and nxt not in core:
                owner[nxt] = owner[node]
                own[owner[node]].append(nxt)
                queue.append(nxt)
    core |= {n for n in sub if n not in owner}
    spread = unit * 4 * math.sqrt(len(core))
    pos = {n: (float(x) * spread, float(y) * spread)
           for n, (x, y) in nx.spring_layout(_induced(sub, core), iterations=50, seed=seed).items()}
    for hub, members in own.items():
        hx, hy = pos[hub]
        ring, placed = 1, 0
        for n in members:
            capacity = 6 * ring
            if placed == capacity:
                ring, placed = ring + 1, 0
                capacity = 6 * ring
            angle = 2 * math.pi * placed / capacity + ring * 0.5
            pos[n] = (hx + ring * unit * math.cos(angle), hy + ring * unit * math.sin(angle))
            placed += 1
    return pos


def _tooltip(node: dict) -> str:
    lines = [f"{CLASS_ZH.get(node['class'], node['class'])} {node['class']}: {node['label']}"]
    lines += [f"{k}: {v}" for k, v in node["attrs"].items()]
    if node.get("sentence"):
        lines.append(f"来源 source ({node.get('file', '')}): {node['sentence'][:200]}")
    return "\n".join(lines)


def _short(label: str) -> str:
    """A label short enough to read on the canvas: 湖南省怀化市新晃侗族自治县交通运输局 -> 湖南省怀化市新晃侗族自治县交通运…"""
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…"


def _edge(s: str, p: str, o: str) -> dict:
    """A link between entities is labelled and drawn dark; an entity's report (mentionedIn) is a light dashed line."""
    if p == "mentionedIn":
        return {"from": s, "to": o, "title": p, "label": "", "arrows": "to", "dashes": True, "length": 160,
                "color": {"color": "#c8c8c8"}, "width": 1}
    return {"from": s, "to": o, "title": p, "label": p, "arrows": "to", "width": 2, "color": {"color": "#6b6b6b"}}


def render_html(vg: ViewGraph, *, entity_url: str | None = None, title: str = "kg") -> str:
    """The page for a view graph, as one self-contained HTML string (``templates/graph.html``)."""
    big = len(vg.nodes) > PHYSICS_LIMIT
    positions = layout(vg) if big else {}
    degree: dict[str, int] = defaultdict(int)
    counts: dict[str, int] = defaultdict(int)
    for s, _, o in vg.edges:
        degree[s] += 1
        degree[o] += 1
    nodes = []
    for iri, node in vg.nodes.items():
        counts[node["class"]] += 1
        item: dict[str, object] = {"id": iri, "label": _short(node["label"]), "full": node["label"],
                                   "title": _tooltip(node), "color": COLOURS[node["class"]], "cls": node["class"],
                                   "value": 1 + degree[iri], "shape": "dot"}
        if node["class"] == "Document":  # a report: the hub its entities hang from
            item.update(shape="box", font={"size": FONT_PX + 2, "color": "#ffffff", "strokeWidth": 0}, margin=8)
        if big:
            item["x"], item["y"] = positions[iri]
        nodes.append(item)
    edges = [_edge(s, p, o) for s, p, o in vg.edges]
    physics = {"enabled": not big, "solver": "forceAtlas2Based", "stabilization": {"iterations": 200},
               "forceAtlas2Based": {"gravitationalConstant": -90, "springLength": 110, "avoidOverlap": 0.4}}
    options = {"physics": physics, "layout": {"randomSeed": 7},  # the same picture each time it opens
               "interaction": {"hover": True, "hideEdgesOnDrag": big, "tooltipDelay": 150},
               "nodes": {"font": {"size": FONT_PX, "face": CJK_FONTS, "strokeWidth": 3, "strokeColor": "#ffffff"},
                         "scaling": {"min": 8, "max": 36}},
               "edges": {"font": {"size": FONT_PX - 4, "align": "middle", "face": CJK_FONTS}, "smooth": not big}}
    classes = [{"name": c, "zh": CLASS_ZH[c], "colour": COLOURS[c], "count": counts[c]} for c in COLOURS if counts[c]]
    omitted = [{"name": c, "zh": CLASS_ZH.get(c, c), "count": n} for c, n in sorted(vg.omitted.items())]
    # the page opens on the busiest hub when the whole graph would be too small to read
    hubs = [n for n in vg.nodes if vg.nodes[n]["class"] == "Document"] or list(vg.nodes)
    start = max(hubs, key=lambda n: (degree[n], n)) if hubs else None
    vis_js, vis_css = vis_network()
    return render("graph.html", title=title, nodes=nodes, edges=edges, options=options, classes=classes,
                  omitted=omitted, per_report=MAX_NODES_PER_REPORT, start=start, font_px=FONT_PX,
                  min_label_px=MIN_LABEL_PX, fonts=CJK_FONTS, entity_url=entity_url, vis_js=vis_js, vis_css=vis_css)


def linked_view(store: Store, vg: ViewGraph) -> ViewGraph:
    """``vg`` as the page draws it: at most ``MAX_NODES_PER_REPORT`` entities per report, each hanging from its report."""
    reports, mentioned, issued = load_reports(store)
    return hang_from_reports(cap_per_report(vg, mentioned), reports, mentioned, issued)


def build_view(store: Store, *, focus: str | None = None, depth: int = 2, types: tuple[str, ...] | None = None,
               entity_url: str | None = None) -> str:
    """The HTML page for a store: the whole graph, or an entity's neighbourhood (its links, then its reports)."""
    vg = load_view_graph(store, types=tuple(types or DEFAULT_TYPES))
    title = "kg graph"
    if focus:
        roots = find_nodes(vg, focus)
        if not roots:
            raise LookupError(f"no entity named or identified {focus!r}")
        vg = neighbourhood(vg, roots[:1], depth)
        title = f"kg: {vg.nodes[roots[0]]['label']}"
    return render_html(linked_view(store, vg), entity_url=entity_url, title=title)


def write_view_file(store: Store, path: Path, staged: StagedFiles | None = None, **options: Any) -> None:
    """The view page at ``path``, written atomically, or into ``staged`` (a build's outputs, put in place together)."""
    write = staged.write if staged is not None else write_atomic
    write(path, build_view(store, **options).encode("utf-8"))
