"""Settings in one place: paths, the base IRI, defaults.

Everything else imports from here rather than spelling a path or IRI itself.
"""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
#: The ontology lives at the project's top level (fixed by the user); the
#: package finds it beside itself, which holds for editable installs and clones.
ONTOLOGY_DIR = PROJECT_DIR / "ontology"
SAMPLES_DIR = PACKAGE_DIR / "data" / "samples"
LEXICON_DIR = PACKAGE_DIR / "lexicon"
DEFAULT_OUTPUT_DIR = Path("output")

#: Permanent-identifier style base; every IRI the project mints starts here.
BASE_IRI = "https://w3id.org/kg-transport/"
ONTOLOGY_IRI = BASE_IRI + "ontology#"
ID_IRI = BASE_IRI + "id/"

#: File endings the ingest stage reads.
SUPPORTED_SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")
#: A work report is tens of kilobytes; past this a file is not one report.
MAX_BYTES = 20_000_000

#: Characters kept either side of a quote in provenance (oa:prefix / oa:suffix).
QUOTE_CONTEXT = 24

#: A progress bar is shown once a build has at least this many files.
PROGRESS_MIN_FILES = 20

#: Package files that do not shape a report's graph (the command line, the
#: batch driver, exports, the store, queries, the web app). Editing them keeps
#: the report caches; everything else under kg/ is extraction code.
NOT_EXTRACTION = ("__main__.py", "cli.py", "build.py", "export.py", "store.py", "query.py", "view.py", "push.py",
                  "explain.py", "rdf/validate.py", "web/", "queries/")


def source_digest(*names: str, exclude: tuple[str, ...] = ()) -> str:
    """A hash of package source files: ``names`` (files or folders ending in ``/``; none: the whole
    package), less ``exclude``. Caches of derived data are keyed by it, so a code change rebuilds them."""
    import hashlib

    def listed(rel: str, patterns: tuple[str, ...]) -> bool:
        return any(rel == p or (p.endswith("/") and rel.startswith(p)) for p in patterns)

    h = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        rel = path.relative_to(PACKAGE_DIR).as_posix()
        if path.suffix not in (".py", ".yaml", ".rq") or "__pycache__" in path.parts:
            continue
        if (names and not listed(rel, names)) or listed(rel, exclude):
            continue
        h.update(rel.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]
