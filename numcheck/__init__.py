"""numcheck: find numbers in prose that contradict each other."""

from __future__ import annotations

from numcheck.model import Claim, ClaimKind, Direction, Document, Interval, Role, Severity

__version__ = "0.1.0"
__all__ = ["Claim", "ClaimKind", "Direction", "Document", "Interval", "Role", "Severity", "extract"]


def extract(text: str, path: str = "<string>", *, markdown: bool | None = None) -> list[Claim]:
    """Every numeric claim in `text`, in order. Markdown is masked when `path` ends in .md."""
    from numcheck.documents import document_from_string
    from numcheck.extraction import extract_document

    return list(extract_document(document_from_string(text, path, markdown=markdown)))
