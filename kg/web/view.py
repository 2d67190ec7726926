"""An interactive HTML view of the graph (pyvis / vis-network) that works offline.

Nodes are coloured by class with a legend, sized by degree, labelled in
Chinese, with a tooltip of key attributes and the source sentence. The page
has a search box, class filters and a detail panel; ``focus`` limits it to an
entity's neighbourhood. Past ``PHYSICS_LIMIT`` nodes the layout is computed
beforehand (networkx) and drawn with physics off: vis-network's live physics
stalls at about a thousand nodes. vis-network's script and styles are inlined
from the pyvis package, nothing is fetched from a CDN.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict, deque
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path

import pyoxigraph as ox
from pyvis.network import Network

from kg.rdf.vocab import ORG, PREFIX_MAP

COLOURS = {"Agency": "#4e79a7", "Road": "#f28e2b", "Project": "#e15759", "Funding": "#59a14f",
           "RedactedAmount": "#8cd17d", "Campaign": "#b07aa1", "Region": "#9c755f", "Document": "#bab0ac"}
CLASS_ZH = {"Agency": "机构", "Road": "公路", "Project": "项目", "Funding": "资金", "RedactedAmount": "脱敏金额",
            "Campaign": "专项行动", "Region": "行政区", "Document": "报告"}
DEFAULT_TYPES = ("Agency", "Road", "Project", "Funding", "RedactedAmount", "Campaign")
EDGE_PREDICATES = ("onRoad", "hasFunding", "hasRedactedAmount", "conductedBy", "issuedBy", "mentionedIn")
SUB_ORGANIZATION = ORG.subOrganizationOf
PHYSICS_LIMIT = 400
ATTRS = ("roadCode", "amount", "lengthKm", "startYear", "endYear")


@dataclass
class ViewGraph:
    nodes: dict[str, dict] = field(default_factory=dict)
    edges: list[tuple[str, str, str]] = field(default_factory=list)


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def load_view_graph(store: ox.Store, *, types: tuple[str, ...] = DEFAULT_TYPES) -> ViewGraph:
    """Nodes of the chosen classes with their attributes, and the edges between them."""
    vg = ViewGraph()
    values = " ".join(f"kgo:{t}" for t in types)
    q = f"""SELECT ?n ?cls ?label WHERE {{ VALUES ?cls {{ {values} }} ?n a ?cls ; rdfs:label ?label . }}"""
    for sol in store.query(q, prefixes=PREFIX_MAP):
        vg.nodes[sol["n"].value] = {"class": _local(sol["cls"].value), "label": sol["label"].value, "attrs": {}}
    attr_values = " ".join(f"kgo:{a}" for a in ATTRS)
    for sol in store.query(f"SELECT ?n ?p ?v WHERE {{ VALUES ?p {{ {attr_values} }} ?n ?p ?v }}", prefixes=PREFIX_MAP):
        node = vg.nodes.get(sol["n"].value)
        if node is not None:
            node["attrs"][_local(sol["p"].value)] = sol["v"].value
    for sol in store.query("SELECT ?n ?s WHERE { ?n kgo:status/skos:notation ?s }", prefixes=PREFIX_MAP):
        node = vg.nodes.get(sol["n"].value)
        if node is not None:
            node["attrs"]["status"] = sol["s"].value
    for sol in store.query("""SELECT ?n (MIN(?t) AS ?sentence) (MIN(?f) AS ?file) WHERE {
            ?n kgo:hasMention ?m . ?m kgo:inSentence/nif:isString ?t ; oa:hasSource/kgo:sourceFile ?f } GROUP BY ?n""",
                           prefixes=PREFIX_MAP):
        node = vg.nodes.get(sol["n"].value)
        if node is not None and sol["sentence"] is not None:
            node["sentence"] = sol["sentence"].value
            node["file"] = sol["file"].value
    preds = " ".join(f"kgo:{p}" for p in EDGE_PREDICATES) + f" <{SUB_ORGANIZATION}>"
    for sol in store.query(f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {preds} }} ?s ?p ?o }}", prefixes=PREFIX_MAP):
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
    g.add_nodes_from(vg.nodes)
    g.add_edges_from((s, o) for s, _, o in vg.edges)
    unit = 40.0
    boxes = []
    for comp in sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c))):
        sub = g.subgraph(sorted(comp))
        radius = unit * (len(comp) ** 0.5)
        if len(comp) == 1:
            pos = {next(iter(comp)): (0.0, 0.0)}
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


def _tooltip(iri: str, node: dict) -> str:
    lines = [f"{CLASS_ZH.get(node['class'], node['class'])} {node['class']}: {node['label']}"]
    lines += [f"{k}: {v}" for k, v in node["attrs"].items()]
    if node.get("sentence"):
        lines.append(f"来源 source ({node.get('file', '')}): {node['sentence'][:200]}")
    return "\n".join(lines)


def _asset(name: str) -> str:
    spec = find_spec("pyvis")
    base = Path(list(spec.submodule_search_locations)[0]) / "templates" / "lib" / "vis-9.1.2"
    return (base / name).read_text(encoding="utf-8")


def render_html(vg: ViewGraph, *, entity_url: str | None = None, title: str = "kg") -> str:
    """The page for a view graph, as one self-contained HTML string."""
    big = len(vg.nodes) > PHYSICS_LIMIT
    positions = layout(vg) if big else {}
    degree: dict[str, int] = defaultdict(int)
    for s, _, o in vg.edges:
        degree[s] += 1
        degree[o] += 1
    net = Network(height="760px", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    for iri, node in vg.nodes.items():
        extra = {"x": positions[iri][0], "y": positions[iri][1]} if big else {}
        net.add_node(iri, label=node["label"][:30], title=_tooltip(iri, node), color=COLOURS[node["class"]],
                     cls=node["class"], value=1 + degree[iri], shape="dot", **extra)
    for s, p, o in vg.edges:
        net.add_edge(s, o, title=p, label="" if p == "mentionedIn" else p, arrows="to")
    options = {"physics": {"enabled": not big, "stabilization": {"iterations": 150}},
               "interaction": {"hover": True, "hideEdgesOnDrag": big, "tooltipDelay": 150},
               "nodes": {"font": {"size": 14}, "scaling": {"min": 8, "max": 40}},
               "edges": {"font": {"size": 10, "align": "middle"}, "smooth": not big}}
    net.set_options(json.dumps(options))
    page = net.generate_html(notebook=False)
    page = re.sub(r"<link[^>]*?href=\"https?://[^>]*>|<script[^>]*?src=\"https?://[^>]*>\s*</script>|<!--.*?-->", "",
                  page, flags=re.DOTALL)
    controls = _controls(vg, entity_url)
    page = page.replace("</head>", f"<style>{_asset('vis-network.css')}{_CSS}</style><title>{_esc(title)}</title></head>", 1)
    page = page.replace("<body>", f"<body>{controls}", 1)
    return page.replace("</body>", f"<script>{_script(entity_url)}</script></body>", 1)


def _esc(text: str) -> str:
    import html
    return html.escape(text, quote=True)


def _controls(vg: ViewGraph, entity_url: str | None) -> str:
    counts: dict[str, int] = defaultdict(int)
    for node in vg.nodes.values():
        counts[node["class"]] += 1
    boxes = "".join(
        f'<label class="kg-cls"><input type="checkbox" checked data-cls="{c}">'
        f'<span style="background:{COLOURS[c]}"></span>{CLASS_ZH[c]} {c} ({counts[c]})</label>'
        for c in COLOURS if counts.get(c))
    return (f'<div id="kg-bar"><input id="kg-search" type="search" placeholder="搜索名称 search by name" '
            f'aria-label="search"> {boxes} <span id="kg-count">{len(vg.nodes)} nodes, {len(vg.edges)} edges</span></div>'
            f'<div id="kg-panel" hidden><b id="kg-title"></b><pre id="kg-detail"></pre>'
            f'<a id="kg-link" href="#" hidden>打开实体页 open entity page</a></div>')


def _script(entity_url: str | None) -> str:
    base = json.dumps(entity_url or "")
    return _JS.replace("__ENTITY_URL__", base)


_CSS = """
#kg-bar{font:14px sans-serif;padding:6px;border-bottom:1px solid #ddd}
#kg-bar input[type=search]{width:16em;padding:3px}
.kg-cls{margin-left:10px;white-space:nowrap}
.kg-cls span{display:inline-block;width:10px;height:10px;border-radius:5px;margin:0 3px}
#kg-panel{position:absolute;right:10px;top:50px;width:340px;max-height:70%;overflow:auto;background:#fff;
border:1px solid #ccc;padding:8px;font:13px sans-serif;z-index:10}
#kg-panel pre{white-space:pre-wrap;font:12px sans-serif}
"""

# Data reaches the page only through vis DataSets and textContent: never as HTML.
_JS = """
(function(){
  var entityUrl = __ENTITY_URL__;
  function show(id){
    var n = nodes.get(id); if(!n) return;
    document.getElementById('kg-panel').hidden = false;
    document.getElementById('kg-title').textContent = n.label;
    document.getElementById('kg-detail').textContent = n.title || '';
    var link = document.getElementById('kg-link');
    if(entityUrl){ link.hidden = false; link.href = entityUrl + encodeURIComponent(id); }
  }
  network.on('selectNode', function(p){ if(p.nodes.length) show(p.nodes[0]); });
  network.on('doubleClick', function(p){ if(p.nodes.length && entityUrl) window.location = entityUrl + encodeURIComponent(p.nodes[0]); });
  document.getElementById('kg-search').addEventListener('keydown', function(e){
    if(e.key !== 'Enter') return;
    var q = this.value.trim(); if(!q) return;
    var hits = nodes.get({filter: function(n){ return !n.hidden && String(n.label).indexOf(q) >= 0; }});
    if(!hits.length) return;
    network.selectNodes([hits[0].id]); network.focus(hits[0].id, {scale: 1.2, animation: false}); show(hits[0].id);
  });
  document.querySelectorAll('#kg-bar input[type=checkbox]').forEach(function(box){
    box.addEventListener('change', function(){
      var cls = box.getAttribute('data-cls');
      nodes.update(nodes.get({filter: function(n){ return n.cls === cls; }}).map(function(n){ return {id: n.id, hidden: !box.checked}; }));
    });
  });
  window.kgReady = true;
})();
"""


def build_view(store: ox.Store, *, focus: str | None = None, depth: int = 2, types: tuple[str, ...] | None = None,
               entity_url: str | None = None) -> str:
    """The HTML page for a store: the whole graph, or an entity's neighbourhood."""
    vg = load_view_graph(store, types=tuple(types or DEFAULT_TYPES))
    title = "kg graph"
    if focus:
        roots = find_nodes(vg, focus)
        if not roots:
            raise LookupError(f"no entity named or identified {focus!r}")
        vg = neighbourhood(vg, roots[:1], depth)
        title = f"kg: {vg.nodes[roots[0]]['label']}"
    return render_html(vg, entity_url=entity_url, title=title)


def write_view_file(store: ox.Store, path: Path, **options) -> None:
    from kg.atomic import write_atomic
    write_atomic(path, build_view(store, **options).encode("utf-8"))
