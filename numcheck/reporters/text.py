"""Text reporter: `path:line:col: severity [rule] message`, cited places beneath, a summary last."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from numcheck.model import Finding, Severity
from numcheck.reporters import RunContext, one_line, ordered, printable, quoted, severity_counts, summary_line

# Four ANSI codes are all this needs; a library (rich, colorama) would cost start-up time.
_SEVERITY_STYLE = {Severity.ERROR: "1;31", Severity.WARNING: "1;33", Severity.INFO: "1;36"}
_BOLD = "1"
_DIM = "2"


def colour_wanted(environ: Mapping[str, str], is_terminal: bool) -> bool:
    """The conventions other tools follow (no-color.org, force-color.org), in CPython's order:
    NO_COLOR turns colours off, FORCE_COLOR on; otherwise only a terminal that is not dumb."""
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR"):
        return True
    return is_terminal and environ.get("TERM") != "dumb"


def render(findings: Sequence[Finding], run: RunContext) -> str:
    def paint(text: str, style: str) -> str:
        return f"\x1b[{style}m{text}\x1b[0m" if run.colour else text

    lines: list[str] = []
    for f in ordered(findings):
        p = f.primary
        where = paint(f"{printable(p.path)}:{p.line}:{p.column}:", _BOLD)
        severity = paint(f.severity.value, _SEVERITY_STYLE[f.severity])
        lines.append(f"{where} {severity} [{f.rule}] {printable(one_line(f.message))}")
        for claim in f.claims:
            cited = paint(f"{printable(claim.path)}:{claim.line}:{claim.column}:", _DIM)
            lines.append(f"    {cited} {printable(quoted(claim))}")
    summary = summary_line(findings, run)
    if run.colour:
        worst = next(
            (s for s in (Severity.ERROR, Severity.WARNING, Severity.INFO) if severity_counts(findings)[s]), None
        )
        summary = paint(summary, _SEVERITY_STYLE[worst] if worst else _BOLD)
    lines.append(summary)
    return "\n".join(lines) + "\n"
