"""Derived data is kept per version of its source file, and recomputed when the file changes."""
from __future__ import annotations

import os

from kg.reference.datacache import derived


def test_kept_copy_is_used_until_the_source_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "words.txt"
    source.write_text("路 3\n", encoding="utf-8")
    calls = []

    def count(path):
        calls.append(path)
        return {line.split()[0]: int(line.split()[1]) for line in path.read_text(encoding="utf-8").splitlines()}

    assert derived("words", source, count) == {"路": 3}
    assert derived("words", source, count) == {"路": 3} and len(calls) == 1  # the kept copy
    source.write_text("路 3\n桥 5\n", encoding="utf-8")
    os.utime(source, ns=(1, 2_000_000_000_000_000_000))
    assert derived("words", source, count) == {"路": 3, "桥": 5} and len(calls) == 2


def test_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "kg"))  # a folder under a file: cannot be made
    source = tmp_path / "words.txt"
    source.write_text("x", encoding="utf-8")
    assert derived("words", source, lambda p: [p.read_text(encoding="utf-8")]) == ["x"]
    assert derived("words", source, lambda p: ["again"]) == ["again"]


def test_only_the_newest_copies_are_kept(tmp_path, monkeypatch):
    from kg.reference.datacache import KEEP_VERSIONS

    cache = tmp_path / "cache"
    monkeypatch.setenv("KG_CACHE_DIR", str(cache))
    source = tmp_path / "words.txt"
    source.write_text("x", encoding="utf-8")
    for version in range(KEEP_VERSIONS + 3):  # one more installation (another mtime) each time
        os.utime(source, ns=(1, 1_000_000_000 * (version + 1)))
        assert derived("words", source, lambda p: [version]) == [version]
        for copy in cache.glob("words-*.marshal"):  # older copies look older
            if copy.name != f"words-1-{1_000_000_000 * (version + 1)}.marshal":
                os.utime(copy, ns=(1, 1_000_000_000 * version))
    copies = sorted(p.name for p in cache.glob("words-*.marshal"))
    assert len(copies) == KEEP_VERSIONS
    assert f"words-1-{1_000_000_000 * (KEEP_VERSIONS + 3)}.marshal" in copies  # the one in use stays
