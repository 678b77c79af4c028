"""Report stage, terminal: one table per subject, drawn by rich (the only module that imports it)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from numcheck.model import Severity
from numcheck.report import AGREES, Overview, Row, SubjectTable, interval_text
from numcheck.reporters import counted, hidden_summary, printable, severity_summary

if TYPE_CHECKING:
    from rich.table import Table

# Wide enough that a file or pipe never gets a wrapped row; rich sizes the tables to their content.
PLAIN_WIDTH = 1000
SEVERITY_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _agreement_style(row: Row) -> str:
    severity = row.severity
    if severity is not None:
        return SEVERITY_STYLES[severity]
    return "green" if row.agreement == AGREES else "dim"


def _table(table: SubjectTable) -> Table:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    interval = f"interval ({table.unit})" if table.unit else "interval"
    per_row_units = table.unit is None
    grid = Table(title=Text(printable(table.title)), title_justify="left", title_style="bold", box=box.SIMPLE_HEAD,
                 header_style="bold", pad_edge=False)  # fmt: skip
    for header in ("document", "place", "figure", "hedge", interval, "agreement"):
        # a path has no spaces to wrap at: fold it rather than cut it off with an ellipsis
        grid.add_column(header, no_wrap=header in ("place", "figure", interval), overflow="fold")
    for row in table.rows:
        document = printable(row.claim.path) + (" (source)" if row.is_source else "")
        # Text(), never markup strings: document text like "[bold]" must print as written
        grid.add_row(Text(document), Text(row.place), Text(printable(row.claim.text)), Text(printable(row.hedge)),
                     Text(_interval(row, per_row_units)), Text(row.agreement, style=_agreement_style(row)))  # fmt: skip
    return grid


def _interval(row: Row, with_unit: bool) -> str:
    text = interval_text(row.interval)
    return f"{text} {row.unit}" if with_unit and row.unit else text


def render_terminal(overview: Overview, *, colour: bool, width: int | None = None) -> str:
    """The tables, the findings no table shows, and a summary line. Colour only when asked for."""
    from rich.console import Console
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(file=buffer, width=width or PLAIN_WIDTH, force_terminal=colour, no_color=not colour,
                      color_system="standard" if colour else None, highlight=False, emoji=False,
                      legacy_windows=False)  # fmt: skip
    for table in overview.tables:
        console.print(_table(table))
    if overview.outside:
        console.print(Text("Findings outside these tables", style="bold"))
        for finding in overview.outside:
            primary = finding.primary
            line = Text(f"  {printable(primary.path)}:{primary.line}:{primary.column}: ")
            line.append(finding.severity.value, style=SEVERITY_STYLES[finding.severity])
            line.append(f" [{finding.rule}] {printable(finding.message)}")
            console.print(line)
        console.print()
    console.print(Text(_summary(overview)))
    # rich pads every line to the table's width; trailing blanks only make diffs noisy
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def _summary(overview: Overview) -> str:
    documents = len(overview.documents) + len(overview.sources)
    counts = severity_summary({s: overview.count(s) for s in Severity})
    return (f"{counted(documents, 'document')}, {counted(len(overview.claims), 'claim')}, "
            f"{counted(len(overview.tables), 'subject')}: {counts}{hidden_summary(overview.hidden)}")  # fmt: skip
