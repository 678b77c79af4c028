"""Report stage, terminal: one table per subject, drawn by rich (the only module that imports it)."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from numcheck.model import Severity
from numcheck.notation import interval_text
from numcheck.report import AGREES, Overview, Row, SubjectTable, shown_paths
from numcheck.reporters import counted, hidden_summary, one_line, printable, severity_summary

if TYPE_CHECKING:
    from rich.table import Table
    from rich.text import Text

# Wide enough that a file or pipe never gets a wrapped row; rich sizes the tables to their content.
PLAIN_WIDTH = 1000
SEVERITY_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _agreement_style(row: Row) -> str:
    severity = row.severity
    if severity is not None:
        return SEVERITY_STYLES[severity]
    return "green" if row.agreement == AGREES else "dim"


def _table(table: SubjectTable, paths: Mapping[str, str]) -> Table:
    from rich.text import Text

    interval = f"interval ({table.unit})" if table.unit else "interval"
    per_row_units = table.unit is None
    rows = [
        [Text(_document(row, paths)), Text(row.place), Text(printable(one_line(row.claim.text))),
         Text(printable(row.hedge)), Text(_interval(row, per_row_units)),
         Text(row.agreement, style=_agreement_style(row))]
        for row in table.rows
    ]  # fmt: skip
    # Text(), never markup strings: document text like "[bold]" must print as written
    headers = ("document", "place", "figure", "hedge", interval, "agreement")
    return _grid(Text(printable(table.title)), headers, rows)


def _others(tables: Sequence[SubjectTable], paths: Mapping[str, str]) -> Table:
    """Every claim that nothing else is about, one row each: a table apiece would bury the rest."""
    from rich.text import Text

    rows = []
    for table in tables:
        (row,) = table.rows
        rows.append([Text(_document(row, paths)), Text(row.place), Text(printable(one_line(row.claim.text))),
                     Text(printable(table.title)), Text(_interval(row, True))])  # fmt: skip
    title = Text("Other figures (nothing else is about the same quantity)")
    return _grid(title, ("document", "place", "figure", "subject", "interval"), rows)


def _grid(title: Text, headers: Sequence[str], rows: Sequence[Sequence[Text]]) -> Table:
    """A table that never breaks a word: on a narrow terminal a cell wraps between its words (no
    column is narrower than its longest word), and a document's name, which has no spaces to
    wrap at, is cut short with an ellipsis."""
    from rich import box
    from rich.table import Table

    grid = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, header_style="bold",
                 pad_edge=False)  # fmt: skip
    for column, header in enumerate(headers):
        if header == "document":
            # wrappable, so rich narrows it first; with no spaces in it, the ellipsis cuts it short
            grid.add_column(header, overflow="ellipsis", min_width=12)
            continue
        words = [word for row in rows for word in row[column].plain.split()] + header.split()
        grid.add_column(header, overflow="fold", min_width=max(len(word) for word in words))
    for row in rows:
        grid.add_row(*row)
    return grid


def _document(row: Row, paths: Mapping[str, str]) -> str:
    return printable(paths.get(row.claim.path, row.claim.path)) + (" (source)" if row.is_source else "")


def _interval(row: Row, with_unit: bool) -> str:
    text = interval_text(row.interval)
    return f"{text} {row.unit}" if with_unit and row.unit else text


def render_terminal(overview: Overview, *, colour: bool, width: int | None = None) -> str:
    """The findings, as check prints them; the tables of claims that were compared; one list of
    the other figures; and a summary line. Colour only when asked for."""
    from rich.console import Console
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(file=buffer, width=width or PLAIN_WIDTH, force_terminal=colour, no_color=not colour,
                      color_system="standard" if colour else None, highlight=False, emoji=False,
                      legacy_windows=False)  # fmt: skip
    paths = shown_paths([*overview.documents, *overview.sources], narrow=width is not None)
    for finding in overview.findings:
        primary = finding.primary
        line = Text(f"{printable(paths.get(primary.path, primary.path))}:{primary.line}:{primary.column}: ")
        line.append(finding.severity.value, style=SEVERITY_STYLES[finding.severity])
        line.append(f" [{finding.rule}] {printable(one_line(finding.message))}")
        console.print(line)
    if overview.findings:
        console.print()
    for table in overview.compared:
        console.print(_table(table, paths))
    if overview.others:
        console.print(_others(overview.others, paths))
    console.print(Text(_summary(overview)))
    # rich pads every line to the table's width; trailing blanks only make diffs noisy
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def _summary(overview: Overview) -> str:
    documents = len(overview.documents) + len(overview.sources)
    counts = severity_summary({s: overview.count(s) for s in Severity})
    return (f"{counted(documents, 'document')}, {counted(len(overview.claims), 'claim')}, "
            f"{counted(len(overview.tables), 'subject')}: {counts}{hidden_summary(overview.hidden)}")  # fmt: skip
