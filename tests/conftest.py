"""Shared test set-up: every test starts with an empty claim cache of its own."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _own_claim_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run through the command line writes .numcheck_cache/; keep it out of the repository, and
    keep one test's entries from turning another test's extraction into a cache hit."""
    monkeypatch.setenv("NUMCHECK_CACHE_DIR", str(tmp_path / "numcheck_cache"))
