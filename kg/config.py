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
