"""The sample build's exports, byte for byte: a refactoring must not change them.

``tests/data/sample_build.sha256`` holds their SHA-256. Update it only on purpose, when a change of
extraction is meant to change the graph, in the same commit as that change:
``kg build -o DIR && (cd DIR && sha256sum graph.ttl graph.trig) > tests/data/sample_build.sha256``.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

DIGESTS = Path(__file__).resolve().parents[1] / "data" / "sample_build.sha256"


@pytest.mark.slow
def test_sample_exports_are_byte_identical_to_the_recorded_digests(sample_build):
    out, _ = sample_build
    recorded = dict(line.split()[::-1] for line in DIGESTS.read_text(encoding="utf-8").splitlines() if line)
    assert set(recorded) == {"graph.ttl", "graph.trig"}
    for name, digest in recorded.items():
        actual = hashlib.sha256((out / name).read_bytes()).hexdigest()
        assert actual == digest, f"{name} changed: update {DIGESTS.name} if that was meant"
