"""Reporters: claims and findings -> text for people, and JSON, SARIF, JUnit and more for machines."""

from __future__ import annotations

import csv
import importlib
import io
import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any, cast

from numcheck.model import Claim, Finding, Severity
from numcheck.rules import RuleSet

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


# Findings ------------------------------------------------------------------------------------

# Each format is one module with `render(findings, run) -> str`, imported only when used.
FORMATS: Mapping[str, str] = MappingProxyType(
    {
        "text": "numcheck.reporters.text",
        "json": "numcheck.reporters.json_output",
        "sarif": "numcheck.reporters.sarif",
        "github": "numcheck.reporters.github",
        "junit": "numcheck.reporters.junit",
        "markdown": "numcheck.reporters.markdown",
    }
)
AUTO = "auto"


@dataclass(frozen=True, slots=True)
class RunContext:
    """What a reporter may say about the run besides the findings."""

    documents: tuple[str, ...]
    sources: tuple[str, ...] = ()
    claims: int = 0
    rules: RuleSet | None = None
    # SARIF URIs and GitHub annotation paths are relative to this folder (the repository root).
    root: str = "."
    colour: bool = False

    @property
    def documents_read(self) -> int:
        return len(self.documents) + len(self.sources)


Renderer = Callable[[Sequence[Finding], RunContext], str]


def resolve_format(name: str, environ: Mapping[str, str]) -> str:
    """`auto` is GitHub annotations inside GitHub Actions, plain text elsewhere."""
    if name == AUTO:
        return "github" if environ.get("GITHUB_ACTIONS") == "true" else "text"
    return name


def renderer(name: str) -> Renderer:
    return cast(Renderer, importlib.import_module(FORMATS[name]).render)


# Control characters and bidi overrides in a file name could move the cursor or reorder what is shown
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Text from documents and file names with control characters shown as escapes, never obeyed."""
    return _UNPRINTABLE.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)


def ordered(findings: Sequence[Finding]) -> list[Finding]:
    """The one report order (Finding.sort_key), whatever order the findings arrive in."""
    return sorted(findings, key=lambda f: f.sort_key)


def severity_counts(findings: Sequence[Finding]) -> dict[Severity, int]:
    return {s: sum(1 for f in findings if f.severity is s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}


def summary_line(findings: Sequence[Finding], run: RunContext) -> str:
    counts = severity_counts(findings)
    documents = run.documents_read
    return (
        f"{documents} document{'s' if documents != 1 else ''}, {run.claims} claims: "
        f"{counts[Severity.ERROR]} errors, {counts[Severity.WARNING]} warnings, {counts[Severity.INFO]} info"
    )


def repository_path(path: str, root: str) -> str | None:
    """`path` relative to `root`, with forward slashes; None for standard input or a file outside root."""
    if path.startswith("<"):
        return None
    relative = Path(os.path.relpath(os.path.abspath(path), os.path.abspath(root))).as_posix()
    if relative == ".." or relative.startswith("../"):
        return None
    return relative
