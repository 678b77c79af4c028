"""Layout: lines set out in columns by spaces, as plain-text tables and fact boxes are.

A fact box ("Capacity      15,800") or a table typed with spaces ("Avonleigh      2.3 km    £4.2m")
is a run of lines whose cells are parted by two or more spaces and start (or end) at the same
column on every line. Each such line is a row of its own, never run into the next as one sentence,
and numcheck.tables reads what its figures are about from its label and its column's header.
Prose does not line up: two spaces after a full stop are no gap between cells, and a run needs at
least two lines whose second cell starts or ends at the same column."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from numcheck.scanning import LazyPattern

# A gap between cells: two or more spaces or a tab, not after a sentence's end ("closed.  The")
_GAP = LazyPattern(r"(?<![.!?])(?: {2,}|\t[ \t]*)")
_ROW_MARKERS = ("|", "-", "*", "+", "•", ">", "#")
_DIGIT = LazyPattern(r"\d")


@dataclass(frozen=True, slots=True)
class AlignedRow:
    """One line of a run set out in columns: its cells, where each starts in the line, and the
    run's header row (cells with no figure in them above the first row), if it has one."""

    cells: tuple[str, ...]
    starts: tuple[int, ...]
    header: tuple[str, ...] | None

    def column_at(self, offset: int) -> int:
        """The index of the cell that holds an offset into the line."""
        column = 0
        for index, start in enumerate(self.starts):
            if start <= offset:
                column = index
        return column


def _cells(line: str) -> tuple[tuple[str, ...], tuple[int, ...]] | None:
    """A line's cells and their starts, when it has two or more parted by a gap."""
    stripped = line.rstrip()
    indent = len(stripped) - len(stripped.lstrip())
    if not stripped or stripped.lstrip().startswith(_ROW_MARKERS):
        return None
    cells: list[str] = []
    starts: list[int] = []
    at = indent
    for gap in _GAP.finditer(stripped, indent):
        if gap.start() > at:
            cells.append(stripped[at : gap.start()])
            starts.append(at)
        at = gap.end()
    if at < len(stripped):
        cells.append(stripped[at:])
        starts.append(at)
    return (tuple(cells), tuple(starts)) if len(cells) >= 2 else None


def _lined_up(rows: Sequence[tuple[tuple[str, ...], tuple[int, ...]]]) -> bool:
    """Every line's second cell starts, or ends, at one column: a table, not prose."""
    second_starts = {starts[1] for _, starts in rows}
    second_ends = {starts[1] + len(cells[1]) for cells, starts in rows}
    return len(second_starts) == 1 or len(second_ends) == 1


def aligned_rows(lines: Sequence[str]) -> dict[int, AlignedRow]:
    """The lines (by index) that are rows of a run set out in columns."""
    found: dict[int, AlignedRow] = {}
    run: list[tuple[int, tuple[tuple[str, ...], tuple[int, ...]]]] = []

    def close() -> None:
        if len(run) >= 2 and _lined_up([cells for _, cells in run]):
            first_cells = run[0][1][0]
            header = None if _DIGIT.search(" ".join(first_cells[1:])) else first_cells
            for index, (cells, starts) in run:
                found[index] = AlignedRow(cells, starts, header if index != run[0][0] else None)
        run.clear()

    for index, line in enumerate(lines):
        cells = _cells(line)
        if cells is None or (run and len(cells[0]) != len(run[0][1][0])):
            close()
        if cells is not None:
            run.append((index, cells))
    close()
    return found


def is_aligned_row(sentence: str) -> bool:
    """Whether a sentence is one line set out in cells, as a row of a plain-text table is: a figure
    after its first cell, and no full stop at its end ("The  bridge opened in 1994." is prose)."""
    if "\n" in sentence or sentence.rstrip().endswith((".", "!", "?")):
        return False
    found = _cells(sentence)
    return found is not None and any(_DIGIT.search(cell) for cell in found[0][1:])


def row_cells(sentence: str) -> tuple[str, ...] | None:
    """The cells of a sentence that is one table row, a pipe table's or one set out with spaces."""
    text = sentence.strip()
    if "|" in text and "\n" not in text:
        text = text[1:] if text.startswith("|") else text
        text = text[:-1] if text.endswith("|") else text
        return tuple(text.split("|"))
    found = _cells(sentence) if "\n" not in sentence else None
    return None if found is None else found[0]
