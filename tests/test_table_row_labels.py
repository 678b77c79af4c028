"""A table's row is named by every cell that holds no figure, not only its first: two rows that
differ in any label cell are two facts ("| extraction | numcheck | 84.7 |" and "| extraction |
quantulum3 | 100.0 |"), and a letter ("n", "s", "P") names nothing a figure counts. Both were
false alarms in number-heavy technical documents (benchmark tables, timings in seconds)."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

SEP3 = "|---|---|---|"
SEP4 = "|---|---|---|---|"


@pytest.mark.parametrize(
    "text",
    [
        # rows that differ in a middle label cell
        f"| Set | System | F1 |\n{SEP3}\n| quantities | numcheck | 84.7 |\n| quantities | quantulum3 | 100.0 |\n",
        f"| Region | Party | Seats |\n{SEP3}\n| North | Labour | 41 |\n| North | Reform | 12 |\n",
        f"| Route | Direction | Trains |\n{SEP3}\n| Leeds | eastbound | 118 |\n| Leeds | westbound | 96 |\n",
        f"| Ward | Year | Type | Cases |\n{SEP4}\n| Hale | 2024 | measles | 31 |\n| Hale | 2024 | mumps | 7 |\n",
        # rows alike in their labels that differ in another figure: two runs, two inputs
        f"| Input | Size | Time (s) | Ratio |\n{SEP4}\n| one number repeated | 1,000 | 0.248 | 7.8 |\n"
        f"| one number repeated | 250 | 0.288 | 6.6 |\n",
        f"| Ward | Year | Cases |\n{SEP3}\n| Hale | 2023 | 31 |\n| Hale | 2024 | 37 |\n",
        # a letter header or unit read as a noun
        f"| Case | n | Share |\n{SEP3}\n| tables | 400 | 12% |\n\nThe spaced prose has n = 64,000 lines.\n",
        "The first run took 4.27 s on the laptop.\n\nThe second run, on the server, took 7.78 s.\n",
        "Parsing 1,000 files took 0.65 s. Checking them took 3.4 s with one job.\n",
    ],
)
def test_rows_and_letters_that_name_other_things_stay_silent(text: str) -> None:
    assert flags(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the same row labels in two tables of one report: one fact said twice
        (
            f"| Region | Party | Seats |\n{SEP3}\n| North | Labour | 41 |\n\nLater:\n\n"
            f"| Region | Party | Seats |\n{SEP3}\n| North | Labour | 44 |\n",
            "44",
        ),
        # a one-label row against the text, as before
        ("The Selby site employs 470 people.\n\n| Site | Staff |\n|---|---|\n| Selby | 740 |\n", "740"),
    ],
)
def test_the_same_row_said_twice_is_still_compared(text: str, figure: str) -> None:
    assert flags_at(text, figure)


@pytest.mark.parametrize(
    "text",
    [
        # a row names a part of what its column counts; the text gives the whole
        "The library has 2,400 members.\n\n| Type | Members |\n|---|---|\n| Adult | 2,040 |\n| Child | 360 |\n",
        "The charity has planted 5,300 trees since it began in May 2023.\n\n"
        "| Period | Trees planted |\n|---|---|\n| May 2023 - Apr 2024 | 3,500 |\n| May 2024 - Apr 2025 | 1,800 |\n",
        "Ferries carried 61,000 passengers last year.\n\n"
        "| Route | Passengers |\n|---|---|\n| Oban | 16,000 |\n| Mull | 45,000 |\n",
    ],
)
def test_a_rows_part_against_the_texts_whole_stays_silent(text: str) -> None:
    assert flags(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the text names the row and says another figure
        ("Adult members number 2,400.\n\n| Type | Members |\n|---|---|\n| Adult | 4,200 |\n| Child | 360 |\n", "4,200"),
        # a table of measures: each row's label is what its figures are of
        (
            "| Measure | This year | Change |\n|---|---|---|\n| Sales | £310m | +3% |\n"
            "| Operating profit | £22.4m | +18% |\n\n"
            "Profit rose 8%, the company said.\n",
            "8%",
        ),
    ],
)
def test_a_row_the_text_names_or_a_measure_table_is_still_compared(text: str, figure: str) -> None:
    assert flags_at(text, figure)
