"""numcheck: find numbers in prose that contradict each other."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from numcheck.model import Claim, ClaimKind, Direction, Document, Finding, Interval, Role, Severity

if TYPE_CHECKING:
    from numcheck.engine import Report

__version__ = "0.1.0"
__all__ = [
    "Claim",
    "ClaimKind",
    "Direction",
    "Document",
    "Finding",
    "Interval",
    "Role",
    "Severity",
    "check",
    "extract",
]


def extract(text: str, path: str = "<string>", *, markdown: bool | None = None) -> list[Claim]:
    """Every numeric claim in `text`, in order. Markdown is masked when `path` ends in .md."""
    from numcheck.documents import document_from_string
    from numcheck.extraction import extract_document

    return list(extract_document(document_from_string(text, path, markdown=markdown)))


def check(
    documents: Iterable[str | Path | Document],
    *,
    sources: Iterable[str | Path | Document] = (),
    rules: Sequence[str | Path] = (),
) -> Report:
    """Check documents against each other and against `sources`, as `numcheck check` does.

    Documents are paths (folders are walked) or `Document`s; `rules` adds rule files or folders."""
    from numcheck.engine import builtin_rules, check_documents

    return check_documents(_documents(documents), _documents(sources), builtin_rules(rules))


def _documents(items: Iterable[str | Path | Document]) -> Iterator[str | Document]:
    """Documents as given, and the files of each path: check_documents reads them one at a time."""
    from numcheck.documents import expand_paths

    for item in items:
        if isinstance(item, Document):
            yield item
        else:
            yield from expand_paths([str(item)])
