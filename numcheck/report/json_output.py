"""Report stage, JSON: the subject tables and the findings as the versioned contract in docs/json-output.md."""

from __future__ import annotations

import json
from typing import Any

import numcheck
from numcheck.model import Severity
from numcheck.report import Overview, Row, SubjectTable
from numcheck.reporters import SCHEMA_VERSION
from numcheck.reporters.json_output import finding_record

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def _row(row: Row) -> dict[str, Any]:
    claim, interval = row.claim, row.interval
    return {
        "path": claim.path,
        "line": claim.line,
        "column": claim.column,
        "text": claim.text,
        "hedge": claim.qualifier,
        "source": row.is_source,
        "interval": {
            "low": interval.low,
            "high": interval.high,
            "low_inclusive": interval.low_inclusive,
            "high_inclusive": interval.high_inclusive,
        },
        "unit": row.unit or None,
        "agreement": row.agreement,
        "rules": list(dict.fromkeys(f.rule for f in row.findings)),
    }


def _subject(table: SubjectTable) -> dict[str, Any]:
    return {"subject": table.subject, "quantity": table.label, "unit": table.unit or None,
            "claims": [_row(row) for row in table.rows]}  # fmt: skip


def report_json(overview: Overview) -> str:
    """What `numcheck report` shows, for programs: one entry per subject table, then the findings."""
    document = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "numcheck", "version": numcheck.__version__},
        "subjects": [_subject(table) for table in overview.tables],
        "findings": [finding_record(finding) for finding in overview.findings],
        "summary": {
            "documents": len(overview.documents) + len(overview.sources),
            "claims": len(overview.claims),
            "subjects": len(overview.tables),
            **{
                severity.value: overview.count(severity)
                for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)
            },
            "hidden": dict(overview.hidden),
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
