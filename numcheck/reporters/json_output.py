"""JSON reporter: the versioned contract documented in docs/json-output.md."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import numcheck
from numcheck.model import Finding
from numcheck.reporters import (
    PLACEHOLDER,
    SCHEMA_VERSION,
    RunContext,
    claim_record,
    json_chunks,
    ordered,
    severity_counts,
)


def finding_record(finding: Finding) -> dict[str, Any]:
    primary = finding.primary
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message,
        "path": primary.path,
        "line": primary.line,
        "column": primary.column,
        "end_line": primary.end_line,
        "end_column": primary.end_column,
        "claims": [claim_record(c) for c in finding.claims],
        "link": _link(finding),
    }


def _link(finding: Finding) -> dict[str, Any] | None:
    """Why the first two claims of a pair finding were compared: the evidence they share, its
    score, and (for a finding that rests on no link, such as unsupported-figure) what told them apart."""
    if len(finding.claims) < 2:
        return None
    from numcheck.linking import explained

    return explained(finding.claims[0], finding.claims[1]).as_record()


def chunks(findings: Sequence[Finding], run: RunContext) -> Iterator[str]:
    """The report a finding at a time: an archive's report need not fit in memory as text."""
    document = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "numcheck", "version": numcheck.__version__},
        "findings": PLACEHOLDER,
        "summary": {
            "documents": run.documents_read,
            "claims": run.claims,
            **{severity.value: count for severity, count in severity_counts(findings).items()},
            "hidden": dict(run.hidden),
        },
    }
    return json_chunks(document, (finding_record(f) for f in ordered(findings)))


def render(findings: Sequence[Finding], run: RunContext) -> str:
    return "".join(chunks(findings, run))
