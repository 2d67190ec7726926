"""HTML pages, front end: the Jinja2 templates of ``kg/web/templates/`` and the vis-network files pyvis ships.

Every page the project writes (the graph view, the query page, entity pages) is a template rendered
here with autoescaping on: report text is data, escaped wherever it lands in HTML, and data meant
for scripts goes through ``tojson`` (which escapes ``<``, ``>``, ``&`` and ``'``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, meta

from kg.errors import KgError

TEMPLATES = Environment(loader=PackageLoader("kg.web", "templates"), autoescape=True, undefined=StrictUndefined,
                        keep_trailing_newline=True)


def render(name: str, **context: Any) -> str:
    """The page ``name`` (a file in ``kg/web/templates/``) filled with ``context``."""
    return TEMPLATES.get_template(name).render(**context)


@lru_cache(maxsize=1)
def vis_network() -> tuple[str, str]:
    """vis-network's script and style sheet, as pyvis ships them: (javascript, css).

    The files are the ones pyvis's own in-line page (``Network(cdn_resources="in_line")``)
    includes, found by asking Jinja2 what that template includes: no vis-network version is
    spelt here, and the page never fetches anything.
    """
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    env = net.templateEnv
    loader = env.loader
    assert loader is not None  # pyvis builds its environment with a FileSystemLoader
    source = loader.get_source(env, net.path)[0]
    included = [name for name in meta.find_referenced_templates(env.parse(source)) if name]
    try:
        script = next(n for n in included if n.endswith("vis-network.min.js"))
        styles = next(n for n in included if n.endswith("vis-network.css"))
    except StopIteration:
        raise KgError(f"[E050] pyvis's template {net.path} no longer includes vis-network in line "
                      f"(it includes {included}): this kg needs the pyvis the project declares") from None
    return loader.get_source(env, script)[0], loader.get_source(env, styles)[0]
