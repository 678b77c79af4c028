"""GitHub Actions reporter: one workflow command per finding, shown as an annotation on the diff."""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.model import Finding, Severity
from numcheck.reporters import RunContext, one_line, ordered, printable, repository_path, summary_line

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """The message part, as the Actions runner unescapes it (toolkit/core command.ts)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value, where `:` and `,` would end the value early."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, root: str) -> str:
    p = finding.primary
    # GitHub places annotations by repository-relative path. Its runner drops an annotation whose
    # columns span lines, so columns go only on a claim within one line; the end column is, as in
    # SARIF and ruff's annotations, the one after the claim.
    # A path is escaped twice over: control characters shown (an escape code would colour the log),
    # then the runner's own %-escapes.
    properties: dict[str, object] = {"file": printable(repository_path(p.path, root) or p.path), "line": p.line}
    if p.end_line == p.line:
        properties |= {"col": p.column, "endLine": p.end_line, "endColumn": max(p.end_column, p.column)}
    else:
        properties["endLine"] = p.end_line
    properties["title"] = f"numcheck [{finding.rule}]"
    listed = ",".join(f"{name}={escape_property(str(value))}" for name, value in properties.items())
    cited = [f"  {printable(c.path)}:{c.line}:{c.column}: '{one_line(c.text)}'" for c in finding.claims]
    message = "\n".join([one_line(finding.message), *cited])
    return f"::{_COMMAND[finding.severity]} {listed}::{escape_data(message)}"


def render(findings: Sequence[Finding], run: RunContext) -> str:
    lines = [annotation(finding, run.root) for finding in ordered(findings)]
    lines.append(summary_line(findings, run))
    return "\n".join(lines) + "\n"
