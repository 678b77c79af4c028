"""Tables: a figure in a pipe table's body is about its column's header and its row's label
(numcheck.tables), so a cell that restates the prose with another figure is found, and the cells
of other rows, other columns and sub-periods stay silent."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

import numcheck

TABLE = "| Site | Staff | Opened |\n|------|-------|--------|\n| Selby | 470 | 1988 |\n| Goole | 1,310 | 2004 |\n"


@pytest.mark.parametrize(
    ("header", "head"),
    [
        ("Staff", "workforce"),
        ("Employees", "workforce"),
        ("Crowd", "attendance"),
        ("Parcels given out", "parcel"),
        ("Homes built", "home"),
        ("Recycling rate", "recycling"),
        ("Visitors", "visitor"),
    ],
)
def test_a_cell_takes_its_column_header_as_its_head(header: str, head: str) -> None:
    text = f"| Town | {header} |\n|---|---|\n| Selby | 470 |\n"
    (claim,) = [c for c in numcheck.extract(text, "t.md") if c.text == "470"]
    assert claim.evidence is not None and claim.evidence.head == head


def test_a_cell_takes_its_row_label_as_a_name_or_a_time() -> None:
    text = (
        "| Year | Site | Staff |\n|---|---|---|\n| 2024 | x | 470 |\n\n| Site | Staff |\n|---|---|\n| Selby | 380 |\n"
    )
    claims = {c.text: c for c in numcheck.extract(text, "t.txt")}
    assert claims["470"].evidence is not None and "2024" in claims["470"].evidence.times
    assert claims["380"].evidence is not None and "selby" in claims["380"].evidence.names


@pytest.mark.parametrize(
    "text",
    [
        "| Site | Staff |\n| Selby | 470 |\n",  # no separator line: not a table we trust
        "| Site | Staff |\n|---|---|\n| Selby | 470 | 12 |\n",  # a ragged row
    ],
)
def test_rows_that_are_not_a_table_body_are_left_alone(text: str) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == "470"]
    assert claim.evidence is None or claim.evidence.head != "workforce"  # "Staff" was not taken as its head


FLAGGED = [
    ("Halden Glass employs 740 people at its Selby works.\n\n| Site | Employees |\n|---|---|\n"
     "| Selby | 470 |\n", "470"),
    ("The charity handed out 3,300 coats last year.\n\n| Charity | Coats handed out |\n|---|---|\n"
     "| Warmth | 3,030 |\n", "3,030"),
    ("A crowd of 8,200 watched the 2025 harvest fair.\n\n| Year | Stalls | Crowd |\n|---|---|---|\n"
     "| 2025 | 140 | 2,800 |\n| 2024 | 120 | 6,100 |\n", "2,800"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), FLAGGED)
def test_a_cell_that_restates_the_prose_with_another_figure_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.md"), flags(text, "doc.md")


SILENT = [
    "Halden Glass employs 740 people at its Selby works.\n\n| Site | Employees |\n|---|---|\n| Selby | 740 |\n"
    "| Goole | 1,310 |\n",
    "A crowd of 8,200 watched the 2025 harvest fair.\n\n| Year | Stalls | Crowd |\n|---|---|---|\n"
    "| 2025 | 140 | 8,200 |\n| 2024 | 120 | 6,100 |\n",
    "Revenue for the year was £840 million.\n\n| Quarter | Revenue |\n|---|---|\n| Q1 | £190 million |\n"
    "| Q2 | £205 million |\n| Q3 | £214 million |\n| Q4 | £231 million |\n",
    "Halden Glass employs 740 people.\n\n| Year | Hired | Left |\n|---|---|---|\n| 2024 | 61 | 47 |\n",
    "The charity handed out 3,300 coats last year.\n\n| Year | Coats handed out |\n|---|---|\n| 2023 | 2,100 |\n"
    "| 2024 | 3,300 |\n",
]


@pytest.mark.parametrize("text", SILENT)
def test_cells_of_other_rows_columns_and_periods_stay_silent(text: str) -> None:
    assert not flags(text, "doc.md")


def test_numbered_rows_are_told_apart_by_their_number() -> None:
    """ "| 1 | 1,310 |" and "| 2 | 1,024 |" under "| Plot | Trees |" are two plots' figures."""
    text = (
        "Tree survey results by plot:\n\n"
        "| Plot | Trees | Share of park's trees |\n"
        "|------|-------|-----------------------|\n"
        "| 1    | 1,310 | 31%                   |\n"
        "| 2    | 1,024 | 24%                   |\n"
        "| 7    | 1,852 | 44%                   |\n"
    )
    assert not flags(text)


def test_a_numbered_row_is_named_by_its_column_and_number() -> None:
    text = "| Ward | Voters |\n|------|--------|\n| 3    | 4,210  |\n| 4    | 3,980  |\n"
    claims = {c.text: c for c in numcheck.extract(text, "t.md")}
    assert claims["4,210"].evidence is not None and claims["4,210"].evidence.names == ("ward 3",)
    assert claims["3,980"].evidence is not None and claims["3,980"].evidence.names == ("ward 4",)
