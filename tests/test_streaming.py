"""Streaming: a run holds claims and their sentences, never the text of the whole corpus."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from numcheck import corpus
from numcheck.cache import ClaimCache
from numcheck.engine import check_documents
from numcheck.model import Claim, Document
from numcheck.vocabulary import Vocabulary

STORY = "Story {n}: the council hired {n}00 nurses in 2024, up 5% on 2023, and spent £{n}m on wards.\n"


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    paths = []
    for n in range(1, 13):
        path = tmp_path / f"story{n:02}.md"
        path.write_text(STORY.format(n=n) * 3, encoding="utf-8")
        paths.append(str(path))
    return paths


def _live_documents() -> int:
    gc.collect()
    return sum(1 for thing in gc.get_objects() if isinstance(thing, Document))


@pytest.mark.parametrize("cached", [False, True], ids=["no-cache", "cache"])
def test_documents_are_read_and_dropped_one_at_a_time(
    files: list[str], cached: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    alive: list[int] = []
    original = corpus._claims_of
    before = _live_documents()

    def watched(document: Document, vocabulary: Vocabulary) -> tuple[Claim, ...]:
        alive.append(_live_documents() - before)
        events.append(f"extract {Path(document.path).name}")
        return original(document, vocabulary)

    def lazily(paths: list[str]) -> Iterator[str]:
        for path in paths:
            events.append(f"read {Path(path).name}")
            yield path

    monkeypatch.setattr(corpus, "_claims_of", watched)
    cache = ClaimCache.open(tmp_path / "cache") if cached else None
    report = check_documents(lazily(files), cache=cache, jobs=1)
    assert len(report.documents) == len(files) and report.claims
    assert max(alive) == 1, "more than one document was held at once"
    # each file is taken from the iterable only when the one before it is done
    assert events == [f"{step} {Path(p).name}" for p in files for step in ("read", "extract")]


def test_the_report_keeps_claims_and_paths_not_texts(files: list[str]) -> None:
    before = _live_documents()
    report = check_documents(files)
    assert all(isinstance(path, str) for path in (*report.documents, *report.sources))
    assert _live_documents() == before
    whole = Path(files[0]).read_text(encoding="utf-8")
    assert all(len(c.sentence) < len(whole) for c in report.claims)


def test_claims_are_kept_from_the_collector_during_a_run_and_given_back_after(
    files: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    frozen_during: list[int] = []
    real_extract = corpus._claims_of

    def spying(document: Document, vocabulary: Vocabulary) -> tuple[Claim, ...]:
        frozen_during.append(gc.get_freeze_count())
        return real_extract(document, vocabulary)

    monkeypatch.setattr(corpus, "_claims_of", spying)
    assert gc.get_freeze_count() == 0
    report = check_documents(files)
    assert report.claims
    assert frozen_during[0] == 0 and frozen_during[-1] > 0  # what the first files gave is frozen
    assert gc.get_freeze_count() == 0


def test_a_caller_who_froze_objects_keeps_them_frozen(files: list[str]) -> None:
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        check_documents(files)
        assert gc.get_freeze_count() == before
    finally:
        gc.unfreeze()


def test_the_youngest_generation_is_collected_less_often_during_a_run_and_as_before_after(
    files: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    thresholds: list[tuple[int, int, int]] = []
    real_extract = corpus._claims_of

    def spying(document: Document, vocabulary: Vocabulary) -> tuple[Claim, ...]:
        thresholds.append(gc.get_threshold())
        return real_extract(document, vocabulary)

    monkeypatch.setattr(corpus, "_claims_of", spying)
    before = gc.get_threshold()
    check_documents(files)
    assert thresholds and all(t[0] >= 100_000 and t[1:] == before[1:] for t in thresholds)
    assert gc.get_threshold() == before
