"""Which files a build reads, in which order: every report once, as paths sort, however it is reached."""
from __future__ import annotations

import os
from pathlib import Path

from kg.ingest.read import find_inputs


def test_files_come_once_in_path_order_whatever_leads_to_them(tmp_path):
    for name in ["a/b.txt", "a-b/c.txt", "a/x/y.txt", "a.txt", "Z/q.txt", "a/.hidden.txt", ".git/x.txt",
                 "b/路线.txt", "a b/1.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    os.symlink(tmp_path / "a" / "b.txt", tmp_path / "link-to-b.txt")  # a second name of a/b.txt
    os.symlink(tmp_path / "a", tmp_path / "link-to-a")  # a folder link: not followed
    found = [p.relative_to(tmp_path).as_posix() for p in find_inputs([tmp_path, tmp_path / "a", tmp_path / "a.txt"])]
    # part by part, as Path objects sort ("a/…" before "a b/…" before "a-b/…"), not character by character
    assert found == ["Z/q.txt", "a/b.txt", "a/x/y.txt", "a b/1.txt", "a-b/c.txt", "a.txt", "b/路线.txt"]
    assert found == sorted(found, key=lambda p: Path(p).parts)
