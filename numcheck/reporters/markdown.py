"""Markdown reporter: a table to paste into a pull-request comment."""

from __future__ import annotations

from collections.abc import Sequence

from numcheck.model import Claim, Finding, Severity
from numcheck.reporters import RunContext, counted, ordered, printable, severity_counts, summary_line
from numcheck.scanning import LazyPattern

# Backslash-escape what GitHub-flavoured Markdown would read as markup; `|` would end a table cell.
_MARKUP = LazyPattern(r"([\\`*_\[\]<>|~&])")
_BACKTICKS = LazyPattern(r"`+")


def cell(text: str) -> str:
    """Plain text that renders as itself inside a table cell, on one line."""
    return _MARKUP.sub(r"\\\1", " ".join(text.split()))


def code(text: str) -> str:
    """A code span that holds any text: a fence longer than any run of backticks inside it.
    Pipes are escaped even here, because GFM splits table cells before it reads code spans."""
    text = " ".join(text.split())
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(text)), default=0) + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text.replace('|', chr(92) + '|')}{padding}{fence}"


def _where(claim: Claim) -> str:
    return code(f"{printable(claim.path)}:{claim.line}:{claim.column}")


def render(findings: Sequence[Finding], run: RunContext) -> str:
    counts = severity_counts(findings)
    if not findings:
        return f"### numcheck: no findings\n\n{summary_line(findings, run)}\n"
    shown = [counted(counts[s], s.value) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO) if counts[s]]
    lines = [
        f"### numcheck: {', '.join(shown)}",
        "",
        "| Severity | Rule | Where | Message | Cited |",
        "| --- | --- | --- | --- | --- |",
    ]
    for f in ordered(findings):
        cited = "<br>".join(f"{_where(c)} {cell(repr(c.text))}" for c in f.claims)
        lines.append(f"| {f.severity.value} | {code(f.rule)} | {_where(f.primary)} | {cell(f.message)} | {cited} |")
    lines += ["", summary_line(findings, run)]
    return "\n".join(lines) + "\n"
