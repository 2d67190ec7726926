"""The one-process build writes report caches on a thread: every write lands, in order, and failures surface."""
from __future__ import annotations

import shutil
import sys
import threading

import pytest

from kg.build.cache import ReportCache
from kg.build.cache_writer import DEPTH, SWITCH_INTERVAL, BackgroundWriter
from kg.build.runner import build
from tests.conftest import SAMPLES


def test_every_item_is_written_in_order_off_the_submitting_thread():
    written, threads = [], set()

    def write(item):
        written.append(item)
        threads.add(threading.current_thread().name)

    before = sys.getswitchinterval()
    with BackgroundWriter(write) as writer:
        assert sys.getswitchinterval() == min(before, SWITCH_INTERVAL)
        for i in range(10 * DEPTH):
            writer.submit(i)
    assert written == list(range(10 * DEPTH))
    assert threads == {"kg-cache-writer"}
    assert sys.getswitchinterval() == before


def test_submit_waits_only_once_the_queue_holds_depth_items():
    """The queue bounds memory: a stalled disk stops extraction after ``depth`` reports, not before."""
    release, submitted = threading.Event(), []

    def submit_all(writer, n):
        for i in range(n):
            writer.submit(i)
            submitted.append(i)

    with BackgroundWriter(lambda item: release.wait(), depth=5) as writer:
        # one item taken by the stalled writer, five waiting: the seventh submit waits
        feeder = threading.Thread(target=submit_all, args=(writer, 7))
        feeder.start()
        feeder.join(timeout=1.0)
        assert feeder.is_alive() and len(submitted) == 6
        release.set()
        feeder.join(timeout=5.0)
    assert submitted == list(range(7))


def test_overlapping_writers_restore_the_interval_only_when_the_last_one_closes():
    """Two builds writing at once in one process (a server's threads): neither leaves the short interval behind."""
    before = sys.getswitchinterval()
    first = BackgroundWriter(lambda item: None).__enter__()
    second = BackgroundWriter(lambda item: None).__enter__()
    first.close()
    assert sys.getswitchinterval() == min(before, SWITCH_INTERVAL)  # the second still writes
    second.close()
    second.close()  # closing twice changes nothing
    assert sys.getswitchinterval() == before


def test_a_failed_write_is_raised_and_the_interval_restored():
    before = sys.getswitchinterval()
    done = []

    def write(item):
        if item == 3:
            raise OSError(28, "No space left on device")
        done.append(item)

    with pytest.raises(OSError, match="No space left"):
        with BackgroundWriter(write) as writer:
            for i in range(6):
                writer.submit(i)
    assert done == [0, 1, 2]  # nothing written after the failure
    assert sys.getswitchinterval() == before


def test_an_error_in_the_submitting_thread_wins_and_the_writer_stops():
    written = []
    with pytest.raises(KeyError):
        with BackgroundWriter(written.append) as writer:
            writer.submit(1)
            raise KeyError("extraction failed")
    assert written == [1]  # what was queued is still written before the block is left


@pytest.mark.slow
def test_a_one_process_build_caches_every_report_before_it_exports(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for src in SAMPLES:
        shutil.copy(src, corpus / src.name)
    summary = build([corpus], tmp_path / "out", jobs=1, view=False, validate=False)
    cache = ReportCache(tmp_path / "out", "")
    assert summary.extracted == len(SAMPLES) == len(cache.doc_ids())
    assert summary.triples > 0 and (tmp_path / "out" / "graph.ttl").stat().st_size > 0


@pytest.mark.slow
def test_a_one_process_build_fails_when_its_caches_cannot_be_written(tmp_path, monkeypatch):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for src in SAMPLES[:2]:
        shutil.copy(src, corpus / src.name)

    def full_disk(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ReportCache, "put_many", full_disk)
    with pytest.raises(OSError, match="No space left"):
        build([corpus], tmp_path / "out", jobs=1, view=False, validate=False)
    assert not (tmp_path / "out" / "graph.ttl").exists()
