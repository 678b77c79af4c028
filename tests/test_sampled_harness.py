"""benchmarks/sampled.py: it samples a check run, prints its tables and leaves the profiling signal as it found it."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from benchmark_modules import load_benchmark


def test_a_run_is_sampled_and_the_signal_put_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sampled = load_benchmark("sampled")
    story = tmp_path / "story.md"
    story.write_text("The council planted 600 trees in 2019. It planted 900 trees in 2019, the council said.\n" * 200,
                     encoding="utf-8")  # fmt: skip
    before = signal.getsignal(signal.SIGPROF)
    assert sampled.main([str(tmp_path), "--rows", "5"]) == 0
    printed = capsys.readouterr().out
    assert printed.splitlines()[0].endswith("samples (imports before the check excluded)")
    for title in ("== own time", "== with callees", "== lines", "== records being built"):
        assert title in printed
    assert signal.getsignal(signal.SIGPROF) == before
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
