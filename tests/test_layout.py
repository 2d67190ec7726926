"""The package's dependencies run one way, in the data's order, and the fingerprint follows the stages.

Each module may import only from its own layer or the layers before it
(``LAYERS``, read top to bottom as the data flows). Imports inside
``if TYPE_CHECKING:`` blocks are type hints, not dependencies, and are skipped.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kg.config import EXTRACTION_SOURCES, PACKAGE_DIR, source_digest

#: Layers from the foundation to the front ends; a module belongs to the first prefix it matches.
LAYERS = [
    ("kg.errors", "kg.config", "kg.model", "kg.atomic"),
    ("kg.reference",),
    ("kg.ingest",),
    ("kg.text",),
    ("kg.nlp",),
    ("kg.extract",),
    ("kg.resolve",),
    ("kg.rdf",),
    ("kg.train",),
    ("kg.pipeline", "kg.explain"),
    ("kg.store",),
    ("kg.query",),
    ("kg.web",),
    ("kg.build",),  # runs everything: extraction, exports, the store, the view
    ("kg.cli", "kg.__main__", "kg"),  # kg/__init__.py: the public API, lazily over the stages
]


def layer_of(module: str) -> int:
    best, best_len = -1, -1
    for i, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if prefix == "kg":
                if module == "kg":
                    best, best_len = i, 99
            elif (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best_len:
                best, best_len = i, len(prefix)
    assert best >= 0, f"{module} is in no layer: add it to LAYERS"
    return best


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE_DIR.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def imports_of(path: Path) -> list[tuple[int, str]]:
    """Absolute names of the kg modules ``path`` imports, outside ``TYPE_CHECKING`` blocks."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip |= {id(n) for child in node.body for n in ast.walk(child)}
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "kg"]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            if base.split(".")[0] == "kg":
                found += [(node.lineno, base)]
    return found


SOURCES = sorted(p for p in PACKAGE_DIR.rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.relative_to(PACKAGE_DIR).as_posix())
def test_no_module_imports_from_a_later_stage(path: Path) -> None:
    own = layer_of(module_name(path))
    late = [f"line {line}: {name}" for line, name in imports_of(path) if layer_of(name) > own]
    assert not late, f"{module_name(path)} imports from a later stage: {late}"


def test_the_checker_sees_a_backward_import(tmp_path: Path) -> None:
    bad = PACKAGE_DIR / "extract" / "_layout_probe.py"
    bad.write_text("from kg.store.store import sync_store\nfrom ..query import run\n", encoding="utf-8")
    try:
        names = [name for _, name in imports_of(bad)]
        assert names == ["kg.store.store", "kg.query"]
        assert all(layer_of(n) > layer_of(module_name(bad)) for n in names)
    finally:
        bad.unlink()


def test_no_import_circle_between_modules() -> None:
    graph = {module_name(p): {n for _, n in imports_of(p)} for p in SOURCES}
    modules = set(graph)

    def resolve(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    edges = {m: {r for n in deps if (r := resolve(n)) and r != m and r != "kg"} for m, deps in graph.items()}
    state: dict[str, int] = {}

    def visit(m: str, trail: list[str]) -> None:
        state[m] = 1
        for n in sorted(edges[m]):
            assert state.get(n) != 1, f"import circle: {' -> '.join(trail + [m, n])}"
            if n not in state:
                visit(n, trail + [m])
        state[m] = 2

    for m in sorted(edges):
        if m not in state:
            visit(m, [])


def test_the_fingerprint_covers_the_stages_and_nothing_after_them() -> None:
    covered = {p.relative_to(PACKAGE_DIR).as_posix() for p in SOURCES
               if any(p.relative_to(PACKAGE_DIR).as_posix() == s or
                      (s.endswith("/") and p.relative_to(PACKAGE_DIR).as_posix().startswith(s))
                      for s in EXTRACTION_SOURCES)}
    assert "extract/projects.py" in covered and "reference/domain.yaml" not in covered  # .py only here
    assert not any(c.startswith(("build/", "store/", "web/")) or c in ("cli.py", "query.py") for c in covered)
    # the digest changes with the stage sources and data, not with a web module
    assert source_digest(*EXTRACTION_SOURCES) == source_digest(*EXTRACTION_SOURCES)
    assert source_digest(*EXTRACTION_SOURCES) != source_digest(*EXTRACTION_SOURCES, exclude=("reference/domain.yaml",))
    assert source_digest(*EXTRACTION_SOURCES) == source_digest(*EXTRACTION_SOURCES, exclude=("web/app.py",))
