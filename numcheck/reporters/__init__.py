"""Reporters: claims and findings -> text for people and JSON for machines."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import fields
from typing import Any

import numcheck
from numcheck.model import Claim, Finding, Severity

SCHEMA_VERSION = 1
CLAIM_FIELDS = tuple(f.name for f in fields(Claim))


def claim_record(claim: Claim) -> dict[str, Any]:
    """Every field of a claim, JSON-ready, in declaration order."""
    record: dict[str, Any] = {}
    for name in CLAIM_FIELDS:
        value = getattr(claim, name)
        record[name] = list(value) if isinstance(value, tuple) else value
    return record


def claims_json(claims: Sequence[Claim]) -> str:
    return json.dumps([claim_record(c) for c in claims], ensure_ascii=False, indent=2) + "\n"


def claims_jsonl(claims: Sequence[Claim]) -> str:
    return "".join(json.dumps(claim_record(c), ensure_ascii=False) + "\n" for c in claims)


def claims_csv(claims: Sequence[Claim]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CLAIM_FIELDS, lineterminator="\n")
    writer.writeheader()
    for claim in claims:
        record = claim_record(claim)
        record["entities"] = "; ".join(claim.entities)
        writer.writerow(record)
    return buffer.getvalue()


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.6g}" if abs(value) < 1e15 else f"{value:.4g}"


def claims_table(claims: Sequence[Claim]) -> str:
    """A table readable at a glance: where, kind, text, value, interval and subject."""
    import pandas as pd

    rows = []
    for c in claims:
        low = "(" if not c.low_inclusive else "["
        high = ")" if not c.high_inclusive else "]"
        interval = "" if c.low == c.high else f"{low}{_number(c.low) or '-∞'}, {_number(c.high) or '∞'}{high}"
        rows.append({"where": f"{c.path}:{c.line}:{c.column}", "kind": c.kind.value, "text": c.text,
                     "value": _number(c.value), "unit": c.unit or "", "interval": interval,
                     "subject": c.subject or ""})  # fmt: skip
    if not rows:
        return "no claims found\n"
    return pd.DataFrame(rows).to_string(index=False) + "\n"


def findings_json(findings: Sequence[Finding], *, documents: int, claims: int) -> str:
    """The versioned JSON contract (docs/json-output.md)."""
    payload = {
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
            for f in findings
        ],
        "summary": {
            "documents": documents,
            "claims": claims,
            **{
                s.value: sum(1 for f in findings if f.severity is s)
                for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
            },
        },
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def findings_text(findings: Sequence[Finding], *, documents: int, claims: int) -> str:
    """`path:line:col: severity [rule] message`, the cited places beneath, a summary last."""
    lines: list[str] = []
    for f in findings:
        p = f.primary
        lines.append(f"{p.path}:{p.line}:{p.column}: {f.severity.value} [{f.rule}] {f.message}")
        for claim in f.claims:
            lines.append(f'    {claim.path}:{claim.line}:{claim.column}: {claim.text!r} in "{claim.sentence}"')
    counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    lines.append(
        f"{documents} document{'s' if documents != 1 else ''}, {claims} claims: "
        f"{counts[Severity.ERROR]} errors, {counts[Severity.WARNING]} warnings, {counts[Severity.INFO]} info"
    )
    return "\n".join(lines) + "\n"
