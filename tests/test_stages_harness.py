"""benchmarks/stages.py: it times the stages of a check run and leaves numcheck as it found it."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmark_modules import load_benchmark

import numcheck.engine
import numcheck.extraction
from numcheck.kinds import KINDS


def test_the_stages_of_a_run_are_timed_and_put_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stages = load_benchmark("stages")
    story = tmp_path / "story.md"
    story.write_text(
        "The council planted 600 trees in 2019. It planted 900 trees in 2019, the council said.\n\n"
        "Fares rose 5% to £2.10, up from £2.00, and 40% of riders said the rise was too steep.\n",
        encoding="utf-8",
    )
    before = (numcheck.extraction.read_sentence, numcheck.engine.find_in_document, dict(KINDS))
    assert stages.main([str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    assert "s CPU  check" in printed.splitlines()[0]
    assert stages.calls["read_sentence"] >= 2 and stages.calls["evidence_of"] >= 5
    assert stages.calls["find_in_document"] == 1
    assert (numcheck.extraction.read_sentence, numcheck.engine.find_in_document, dict(KINDS)) == before
