"""The Python API mirrors the command line: numcheck.extract and numcheck.check."""

from __future__ import annotations

from pathlib import Path

import numcheck
from numcheck.documents import document_from_string

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_check_on_seeds_folder_finds_the_hedge_conflict() -> None:
    report = numcheck.check([SEEDS])
    assert [(f.rule, f.severity) for f in report.at_or_above(numcheck.Severity.WARNING)] == [
        ("hedge-conflict", numcheck.Severity.WARNING)
    ]
    assert len(report.documents) == 2


def test_check_accepts_documents_and_sources() -> None:
    draft = document_from_string("The hospital employs 12,000 nurses.", "draft.txt")
    source = document_from_string("The hospital employs 15,000 nurses.", "source.txt")
    report = numcheck.check([draft], sources=[source])
    assert [f.rule for f in report.findings] == ["figure-mismatch"]
    assert report.findings[0].primary.path == "draft.txt"
    assert report.sources == ("source.txt",)


def test_a_disagreement_between_sources_alone_is_info() -> None:
    draft = document_from_string("Nothing to see here.", "draft.txt")
    first = document_from_string("The hospital employs 12,000 nurses.", "a.txt")
    second = document_from_string("The hospital employs 15,000 nurses.", "b.txt")
    report = numcheck.check([draft], sources=[first, second])
    assert [(f.rule, f.severity) for f in report.findings] == [("figure-mismatch", numcheck.Severity.INFO)]
