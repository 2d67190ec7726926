"""``kg build --watch``: one process builds, then builds again after each change of its inputs, until Ctrl-C."""
from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time

import pytest

from kg.build.watch import input_state, watch
from kg.errors import KgError
from tests.conftest import SAMPLES


def _wait_for(condition, seconds: float = 90.0) -> None:
    deadline = time.time() + seconds
    while not condition():
        assert time.time() < deadline, "the watching build did not get there in time"
        time.sleep(0.1)


def _record(out):
    try:
        return json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):  # not written yet
        return None


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_a_watching_build_builds_each_change_and_stops_on_ctrl_c(tmp_path, stop_signal):
    """Ctrl-C (SIGINT) or a service manager's SIGTERM stops the watch cleanly, between builds or during one."""
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    first, second = SAMPLES[0], SAMPLES[1]
    shutil.copy(first, inputs / first.name)
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(inputs), "-o", str(out), "--watch",
                             "--interval", "0.2", "-j", "1", "--no-validate"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            # a job started in the background of a script ignores SIGINT; a terminal's does not
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        _wait_for(lambda: (_record(out) or {}).get("reports") == 1)
        graph = (out / "graph.ttl").read_bytes()
        report = inputs / first.name
        report.write_text(report.read_text(encoding="utf-8") + "\n全年共完成养护工程12项。\n", encoding="utf-8")
        # build-report.json is the build's last write: once it says the old text went, the exports are new
        _wait_for(lambda: (_record(out) or {}).get("removed") == 1)
        record = _record(out)
        assert record["extracted"] == 1 and record["reports"] == 1
        assert (out / "graph.ttl").read_bytes() != graph
        shutil.copy(second, inputs / second.name)
        _wait_for(lambda: (_record(out) or {}).get("reports") == 2)
        assert _record(out)["from_cache"] == 1  # the changed report was not extracted again
    finally:
        proc.send_signal(stop_signal)
        stdout, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 0, stderr
    assert "stopped" in stderr and stdout.count("reports read:") >= 3, (stdout, stderr)


def test_a_file_still_being_written_is_built_once_it_is_still(tmp_path):
    """A change is built when two looks in a row see the same files, and a build that fails as a whole is
    reported without ending the watch."""
    (tmp_path / "a.txt").write_text("一", encoding="utf-8")
    looks, builds, errors = [], [], []

    def build_once():
        builds.append(input_state([tmp_path]))
        if len(builds) == 2:
            raise KgError("the output folder is locked by another build")
        return len(builds)

    def should_stop() -> bool:
        looks.append(1)
        if len(looks) in (2, 3):  # written on two looks in a row, then left alone
            (tmp_path / "a.txt").write_text("一二" * len(looks), encoding="utf-8")
        if len(looks) == 6:
            (tmp_path / "b.txt").write_text("三", encoding="utf-8")
        return len(looks) > 8

    watch([tmp_path], build_once, on_build=lambda n: None, on_error=errors.append, interval=0.01,
          should_stop=should_stop)
    assert len(builds) == 3 and [str(e) for e in errors] == ["the output folder is locked by another build"]
    sizes = [{size for _, size, _ in state} for state in builds]
    assert sizes[1] == {len("一二" * 3) * 3}  # built once, from the last write, not from the one before it
    assert len(builds[2]) == 2
