"""What numcheck flags in one document checked alone: the helper the within-one-document tests share."""

from __future__ import annotations

from numcheck.documents import document_from_string
from numcheck.engine import check_documents


def flags(text: str, path: str = "doc.md") -> list[str]:
    """The messages of the warning and error findings on `text`, checked alone."""
    report = check_documents([document_from_string(text, path)])
    return [f.message for f in report.findings if f.severity.value != "info"]


def flags_at(text: str, figure: str, path: str = "doc.md") -> list[str]:
    """The messages of the warning and error findings that cite a claim on `figure`."""
    report = check_documents([document_from_string(text, path)])
    return [
        f.message
        for f in report.findings
        if f.severity.value != "info" and any(figure in claim.text for claim in f.claims)
    ]
