"""--jobs workers end with their parent, however it ends: before, a SIGKILL or SIGTERM of
`numcheck` left its workers waiting forever, holding standard output open."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads children from /proc")

# Only guards against a hang of the suite; the test asserts that the workers end, not how fast.
_PATIENCE = 60.0


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):  # the task ended meanwhile
            found.update(int(child) for child in (task / "children").read_text().split())
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(condition: object, what: str) -> None:
    deadline = time.monotonic() + _PATIENCE
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            pytest.fail(f"still waiting for {what}")
        time.sleep(0.05)


@pytest.mark.parametrize("sent", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_workers_die_with_their_parent(sent: signal.Signals, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    sentence = "The army had 40,000 troops near the border, up from 4,000 a year ago. " * 40
    for index in range(600):
        (folder / f"note-{index:04d}.txt").write_text(f"Note {index}. {sentence}\n", encoding="utf-8")
    parent = subprocess.Popen(
        [sys.executable, "-m", "numcheck", "extract", str(folder), "--jobs", "2", "--no-cache", "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NUMCHECK_CACHE_DIR": str(tmp_path / "cache")},
    )
    try:
        _wait_for(lambda: len(_children(parent.pid)) >= 2 or parent.poll() is not None, "the workers to start")
        workers = _children(parent.pid)
        assert parent.poll() is None and workers, "the run ended before its workers could be seen"
        parent.send_signal(sent)
        parent.wait()
        _wait_for(lambda: not any(_alive(worker) for worker in workers), "the workers to end")
        assert parent.stdout is not None
        parent.stdout.read()  # returns: no worker holds standard output open
    finally:
        if parent.poll() is None:
            parent.kill()
        for worker in _children(parent.pid) if parent.poll() is None else ():
            os.kill(worker, signal.SIGKILL)
