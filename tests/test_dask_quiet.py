"""--engine dask reports a bad file once, in numcheck's words: no Dask log or traceback first."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("dask.distributed")


def test_a_bad_file_on_dask_prints_only_numchecks_message(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("The army had 40,000 troops.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe not UTF-8")
    done = subprocess.run(
        [sys.executable, "-m", "numcheck", "check", ".", "--engine", "dask", "--jobs", "1", "--no-cache"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "NUMCHECK_CACHE_DIR": str(tmp_path / "cache")},
        timeout=300,
    )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "numcheck: ./bad.txt: is not UTF-8: byte 0xff at byte offset 0 cannot be decoded"
    ]
