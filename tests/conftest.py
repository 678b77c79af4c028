"""Shared test set-up: every test starts with an empty claim cache of its own, and nothing read
by an earlier test remembered."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# No property test runs against the clock: these machines are shared and noisy, and Hypothesis's
# default 200 ms deadline failed a fast-path oracle once under load (a 0.07 ms case took 260 ms).
settings.register_profile("numcheck", deadline=None)
settings.load_profile("numcheck")


@pytest.fixture(autouse=True)
def _own_claim_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run through the command line writes .numcheck_cache/; keep it out of the repository, and
    keep one test's entries from turning another test's extraction into a cache hit."""
    monkeypatch.setenv("NUMCHECK_CACHE_DIR", str(tmp_path / "numcheck_cache"))


@pytest.fixture(autouse=True)
def _no_sentences_remembered() -> None:
    """A test that patches a stage and extracts a sentence an earlier test read must see the
    patched stage run, not the figures remembered from before (numcheck.extraction._figures_of)."""
    from numcheck.extraction import forget_sentences

    forget_sentences()


@pytest.fixture(autouse=True)
def _nothing_left_frozen() -> Iterator[None]:
    """`numcheck check` run through cli.main freezes what is alive for the rest of its run (see
    cli._kept_to_the_end); the next test starts with the collector as it was."""
    yield
    gc.unfreeze()
