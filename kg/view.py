"""An interactive HTML view of the graph (pyvis), that works offline.

vis-network's script is inlined (``cdn_resources="in_line"``), and nothing
else is referenced from a CDN: the page opens with the network cut off.
Labels and tooltips are report text, so they are HTML-escaped.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from pyvis.network import Network
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from .rdf.vocab import KGO

COLOURS = {"Agency": "#4e79a7", "Road": "#f28e2b", "Project": "#e15759", "Funding": "#59a14f",
           "Campaign": "#b07aa1", "Region": "#9c755f", "Document": "#bab0ac"}
EDGES = ("onRoad", "hasFunding", "conductedBy", "issuedBy", "mentionedIn")
_ATTRS = ("roadCode", "amount", "lengthKm", "status", "startYear", "endYear")


def _class_of(graph: Graph, node) -> str | None:
    for t in graph.objects(node, RDF.type):
        name = str(t).rsplit("#", 1)[-1]
        if name in COLOURS:
            return name
    return None


def render_html(graph: Graph) -> str:
    """The pyvis page for a graph, as one self-contained HTML string."""
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    net.toggle_physics(True)
    nodes: dict[str, str] = {}

    def add_node(node) -> str | None:
        key = str(node)
        if key in nodes:
            return key
        cls = _class_of(graph, node)
        if cls is None:
            return None
        label = str(graph.value(node, RDFS.label) or key.rsplit("/", 1)[-1])
        lines = [f"{cls}: {label}"]
        for attr in _ATTRS:
            value = graph.value(node, KGO[attr])
            if value is not None:
                lines.append(f"{attr}: {str(value).rsplit('#', 1)[-1]}")
        mention = graph.value(node, KGO.hasMention)
        sentence = graph.value(mention, KGO.inSentence) if mention is not None else None
        if sentence is not None:
            from .rdf.vocab import NIF
            lines.append("source: " + str(graph.value(sentence, NIF.isString) or "")[:160])
        net.add_node(key, label=html.escape(label[:24]), title=html.escape("\n".join(lines)),
                     color=COLOURS[cls], group=cls)
        nodes[key] = cls
        return key

    for pred in EDGES:
        for s, o in graph.subject_objects(KGO[pred]):
            if not isinstance(o, URIRef):
                continue
            a, b = add_node(s), add_node(o)
            if a and b:
                net.add_edge(a, b, title=pred, label=pred if pred != "mentionedIn" else "")
    for s in graph.subjects(RDF.type, KGO.Agency):
        add_node(s)
    page = _strip_remote(net.generate_html(notebook=False))
    legend = "".join(f'<span style="background:{c};color:#fff;padding:2px 6px;margin:2px">{k}</span>'
                     for k, c in COLOURS.items())
    return page.replace("<body>", f"<body><div>{legend}</div>", 1)


_REMOTE = re.compile(r"<link[^>]*?href=\"https?://[^>]*>|<script[^>]*?src=\"https?://[^>]*>\s*</script>|<!--.*?-->",
                     re.DOTALL)


def _strip_remote(page: str) -> str:
    """Remove the template's CDN links (bootstrap, unused here) and commented-out script tags."""
    return _REMOTE.sub("", page)


def write_view(graph: Graph, path: Path) -> None:
    from .store import write_atomic
    write_atomic(path, render_html(graph).encode("utf-8"))
