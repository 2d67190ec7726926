"""Settings in one place: paths, the base IRI, defaults.

Everything else imports from here rather than spelling a path or IRI itself.
"""
from __future__ import annotations

from pathlib import Path

#: The package's version: part of every report cache's key.
VERSION = "0.1.0"

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
#: The ontology lives at the project's top level (fixed by the user); the
#: package finds it beside itself, which holds for editable installs and clones.
ONTOLOGY_DIR = PROJECT_DIR / "ontology"
SAMPLES_DIR = PACKAGE_DIR / "data" / "samples"
LEXICON_DIR = PACKAGE_DIR / "reference"
DEFAULT_OUTPUT_DIR = Path("output")

#: Permanent-identifier style base; every IRI the project mints starts here.
BASE_IRI = "https://w3id.org/kg-transport/"
ONTOLOGY_IRI = BASE_IRI + "ontology#"
ID_IRI = BASE_IRI + "id/"

#: File endings the ingest stage reads.
SUPPORTED_SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")
#: A work report is tens of kilobytes; past this a file is not one report.
MAX_BYTES = 20_000_000

#: The provenance detail of a build (``kg build --provenance``, ``rdf.provenance``), the default first:
#: lean (sentence, offsets, rule, confidence in the fewest triples) or full (adds Web Annotation selectors).
PROVENANCE_LEVELS = ("lean", "full")
DEFAULT_PROVENANCE = PROVENANCE_LEVELS[0]
#: Characters kept either side of a quote in provenance (oa:prefix / oa:suffix).
QUOTE_CONTEXT = 24

#: A progress bar is shown once a build has at least this many files.
PROGRESS_MIN_FILES = 20

#: What shapes a report's graph: the stages from a file to its triples and the data they read.
#: The report caches are keyed by a hash of these (``source_digest``) plus the options, so editing
#: the command line, the build runner, the store, the queries or the web app never re-extracts.
EXTRACTION_SOURCES = ("model.py", "errors.py", "pipeline.py", "ingest/", "text/", "nlp/", "extract/", "resolve/",
                      "reference/", "rdf/vocab.py", "rdf/terms.py", "rdf/to_rdf.py",
                      "rdf/provenance.py")


#: Files that count in a source digest: code, lexicon data, queries, a trained model.
DIGESTED_SUFFIXES = (".py", ".yaml", ".rq", ".json", ".tsv", ".jsonl", ".pkl", ".bin")


def source_digest(*names: str, exclude: tuple[str, ...] = ()) -> str:
    """A hash of package source files: ``names`` (files or folders ending in ``/``; none: the whole
    package), less ``exclude``. Caches of derived data are keyed by it, so a code change rebuilds them."""
    import hashlib

    def listed(rel: str, patterns: tuple[str, ...]) -> bool:
        return any(rel == p or (p.endswith("/") and rel.startswith(p)) for p in patterns)

    h = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        rel = path.relative_to(PACKAGE_DIR).as_posix()
        if path.suffix not in DIGESTED_SUFFIXES or "__pycache__" in path.parts:
            continue
        if (names and not listed(rel, names)) or listed(rel, exclude):
            continue
        h.update(rel.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]
