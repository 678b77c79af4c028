"""JSON reporter: the versioned contract documented in docs/json-output.md."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import numcheck
from numcheck.model import Finding
from numcheck.reporters import SCHEMA_VERSION, RunContext, claim_record, ordered, severity_counts


def payload(findings: Sequence[Finding], *, documents: int, claims: int) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "numcheck", "version": numcheck.__version__},
        "findings": [
            {
                "rule": f.rule,
                "severity": f.severity.value,
                "message": f.message,
                "path": f.primary.path,
                "line": f.primary.line,
                "column": f.primary.column,
                "end_line": f.primary.end_line,
                "end_column": f.primary.end_column,
                "claims": [claim_record(c) for c in f.claims],
            }
            for f in ordered(findings)
        ],
        "summary": {
            "documents": documents,
            "claims": claims,
            **{severity.value: count for severity, count in severity_counts(findings).items()},
        },
    }


def render(findings: Sequence[Finding], run: RunContext) -> str:
    document = payload(findings, documents=run.documents_read, claims=run.claims)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
