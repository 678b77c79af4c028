"""Within one document, a table's row against the text (numcheck.rows), and tables and fact boxes
set out with spaces rather than pipes (numcheck.layout): a cell is the figure its column measures
for the thing its row names, and a total row's for the whole, so a text figure of that thing that
its column fits, and that gives another figure, is flagged. Rows that must stay silent: the text
states the cell, or names two rows, or gives two figures of the thing; the column measures
something else, or its participle narrows what it counts ("Libraries closing"); the row is a
number or a year; the text dates its figure and the table does not; a fact box's label is what its
figure counts; prose with two spaces after a full stop is no table."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

from numcheck import extract
from numcheck.layout import aligned_rows, is_aligned_row, row_cells

_PIPE_SITES = "\n\n| Site | Workers | Opened |\n|---|---|---|\n| Dunlow | {a} | 1981 |\n| Ferrand | 640 | 2003 |\n"
_SPACED_BRIDGES = (
    "\n\nBridges on the Tarrow\nName            Length     Built\nKelso Arch      {a}      1874\n"
    "Millford        96 m       1931\n"
)

# (document, the figure a finding must point at)
ROW_AGAINST_TEXT = [
    # a pipe table's cell, its column's head the text's ("workers" and "Workers")
    ("The Dunlow bakery has 1,320 workers on three shifts." + _PIPE_SITES.format(a="1,230"), "1,230"),
    # a table set out with spaces, its column a word for every length
    ("At 148 m, the Kelso Arch is the longest stone span on the river." + _SPACED_BRIDGES.format(a="184 m"),
     "184 m"),
    # a person's row named by the surname alone in the text
    ("Priya Raman's 31 wickets this summer are a county record.\n\n| Bowler | Matches | Wickets |\n|---|---|---|\n"
     "| Priya Raman | 12 | 13 |\n| Tom Astley | 11 | 19 |\n", "13"),
    # the column's head said in the text's sentence ("delay" and "Delay")
    ("Passengers on the Harwick line face an average delay of 14 minutes.\n\n| Line | Average delay | Trains |\n"
     "|---|---|---|\n| Harwick | 41 minutes | 212 |\n| Oxley | 9 minutes | 150 |\n", "41 minutes"),
    # money, when the text's figure is said of the row's own thing
    ("The Corby arts fund is worth £2.6 million this year.\n\n| Fund | Budget | Grants |\n|---|---|---|\n"
     "| Corby arts fund | £6.2m | 48 |\n| Corby sports fund | £1.1m | 30 |\n", "£6.2m"),
    # a spaced table whose cells scale the text's figure by ten
    # a row named by a code of letters and digits
    ("71% of the school's pupils passed the A2 test in June.\n\n| Test | Sat | Passed | Pass rate |\n"
     "|---|---|---|---|\n| A2 | 300 | 213 | 17% |\n| B1 | 90 | 60 | 67% |\n", "17%"),
    # two figures of the kind in the sentence: the label names the one nearest it
    ("Uptake among the over-50s stood at 35% in May, against 77% among nurses.\n\n| Group | Eligible | Uptake |\n"
     "|---|---|---|\n| Over-50s | 9,000 | 53% |\n| Health workers | 800 | 77% |\n", "53%"),
    ("The Orme ward reported 64 cases and the Tal ward 12 over the week.\n\n| Ward | Beds | Cases |\n"
     "|---|---|---|\n| Orme | 30 | 46 |\n| Tal | 24 | 12 |\n", "46"),
    # a bare figure under a header that names its unit in brackets
    ("The Carrow wind farm will cover 86 hectares of moor.\n\n| Site | Area (ha) | Turbines |\n|---|---|---|\n"
     "| Carrow | 68 | 12 |\n| Bleak Law | 140 | 20 |\n", "68"),
    ("The Carrow scheme will cost £6.1 million.\n\n| Scheme | Cost (£m) | Homes |\n|---|---|---|\n"
     "| Carrow | 1.6 | 40 |\n| Bleak Law | 2.2 | 65 |\n", "1.6"),
    # a total row against the text's one figure of its kind for the whole
    ("The Harl lights appeal closed with £52,300 raised.\n\n| Donor | Amount |\n|---|---|\n| Shops | £30,100 |\n"
     "| Public | £22,200 |\n| Total | £25,300 |\n", "£25,300"),
    ("The county will close 15 libraries.\n\n| District | Libraries closing |\n|---|---|\n| North | 6 |\n"
     "| South | 8 |\n| Total | 14 |\n", "14"),
    ("The county will shut 14 libraries next year.\n\nDistrict      Libraries closing\nNorth         6\n"
     "South         8\nTotal         41\n", "41"),
    ("The Pellham reservoir holds 3.5 billion litres when full." "\n\nReservoir       Capacity            Built\n"
     "Pellham         35 billion litres   1962\nOrrin           1.2 billion litres  1955\n", "35 billion litres"),
    # two columns of the row's kind: the one the text ranks its thing by ("the longest")
    ("Gwyn Pot, at 14.6 km, is now the longest cave in the county.\n\n| Cave | Surveyed length | Depth |\n"
     "|---|---|---|\n| Gwyn Pot | 19.6 km | 183 m |\n| Ogof Fach | 6.2 km | 95 m |\n", "19.6 km"),
    ("At 212 m, Dunmore shaft is the deepest in the coalfield.\n\n| Shaft | Length | Depth |\n|---|---|---|\n"
     "| Dunmore | 1.4 km | 221 m |\n| Carr | 0.9 km | 150 m |\n", "221 m"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), ROW_AGAINST_TEXT)
def test_a_row_that_gives_the_text_another_figure_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


ROW_AND_TEXT_AGREE_OR_DIFFER = [
    # the text states the cell
    "The Dunlow bakery has 1,230 workers on three shifts." + _PIPE_SITES.format(a="1,230"),
    # the text's figure is another thing of the row than its column measures
    "The Dunlow bakery will take on 45 apprentices next year." + _PIPE_SITES.format(a="1,230"),
    "Dunlow's night shift has 300 workers, of its 1,230 in all." + _PIPE_SITES.format(a="1,230"),
    # the text names two rows: a total or a comparison
    "Between them the Dunlow and Ferrand bakeries have 1,870 workers." + _PIPE_SITES.format(a="1,230"),
    # the text dates its figure, the table does not
    "When it opened, the Dunlow bakery had 410 workers; it has grown every decade since."
    + _PIPE_SITES.format(a="1,230"),
    "In 1990 the Dunlow bakery had 410 workers." + _PIPE_SITES.format(a="1,230"),
    # a plan or a target
    "A second oven line could bring the Dunlow bakery's workers to 1,500." + _PIPE_SITES.format(a="1,230"),
    "The Dunlow bakery aims to have 1,500 workers." + _PIPE_SITES.format(a="1,230"),
    # two figures of the thing in the text: which one the cell gives is not known
    "The Kelso Arch is 148 m long and its keystone sits 21 m above the water." + _SPACED_BRIDGES.format(a="148 m"),
    # two cells of the row fit the text's figure
    "Priya Raman took 31 wickets this summer.\n\n| Bowler | Wickets (home) | Wickets (away) |\n|---|---|---|\n"
    "| Priya Raman | 12 | 19 |\n| Tom Astley | 11 | 9 |\n",
    # a total row, and a numbered row
    "The region's bakeries employ 1,900 workers.\n\n| Site | Workers |\n|---|---|\n| Dunlow | 1,230 |\n"
    "| Ferrand | 640 |\n| Total | 1,870 |\n",
    "Plot 4 holds 212 oaks.\n\n| Plot | Trees |\n|---|---|\n| 4 | 380 |\n| 5 | 120 |\n",
    # money or a share under a column that fits any sum or share of the row's thing
    "Avonmere will get a £500,000 grant for its riverside gardens.\n\n| Town | Length | Cost |\n|---|---|---|\n"
    "| Avonmere | 2.1 km | £3.9m |\n| Pellow | 0.6 km | £1.2m |\n",
    "Among staff considering leaving, 40% blamed workload.\n\n| Answer | Share |\n|---|---|\n"
    "| Considering leaving | 58% |\n| Staying | 42% |\n",
    # a total row: the text states it, or gives two figures of its kind, or a part, or a rate
    "The Harl lights appeal closed with £52,300 raised.\n\n| Donor | Amount |\n|---|---|\n| Shops | £30,100 |\n"
    "| Public | £22,200 |\n| Total | £52,300 |\n",
    "The Harl lights appeal raised £41,000 against a £60,000 target.\n\n| Donor | Amount |\n|---|---|\n"
    "| Shops | £30,100 |\n| Public | £22,200 |\n| Total | £52,300 |\n",
    "Shops gave £30,100 to the Harl lights appeal.\n\n| Donor | Amount |\n|---|---|\n| Shops | £30,100 |\n"
    "| Public | £22,200 |\n| Total | £52,300 |\n",
    "The new lights will cost £9,000 a year to run.\n\n| Donor | Amount |\n|---|---|\n| Shops | £30,100 |\n"
    "| Public | £22,200 |\n| Total | £52,300 |\n",
    # a column's participle narrows what it counts: all the libraries, or homes, are another count
    "The county runs 74 libraries.\n\nDistrict      Libraries closing\nNorth         6\nSouth         8\n"
    "Total         14\n",
    "The county runs 74 libraries.\n\n| District | Libraries closed |\n|---|---|\n| North | 6 |\n| South | 8 |\n"
    "| Total | 14 |\n",
    "Kelby runs 30 libraries.\n\n| Town | Libraries closing |\n|---|---|\n| Kelby | 6 |\n| Harl | 8 |\n",
    "Kelby has 3,000 homes.\n\n| Town | Homes built |\n|---|---|\n| Kelby | 600 |\n| Harl | 800 |\n",
    # the row's name is in a clause of its own, or after a word that starts one
    "The Harl estate will have 560 homes when Phase 2 is finished.\n\n| Phase | Homes | Done |\n|---|---|---|\n"
    "| Phase 1 | 220 | 2025 |\n| Phase 2 | 340 | 2030 |\n",
    "The zoo's 48 penguins are its largest group after the meerkats.\n\n| Group | Animals |\n|---|---|\n"
    "| Meerkats | 61 |\n| Otters | 5 |\n",
    # under a header's unit, the text's figure in another unit that converts to it
    "The Carrow wind farm will cover 68 hectares of moor.\n\n| Site | Area (sq km) | Turbines |\n|---|---|---|\n"
    "| Carrow | 0.68 | 12 |\n| Bleak Law | 1.4 | 20 |\n",
    # a bare count that counts nothing named: an age in apposition
    "Ana Silva, 24, scored her 14th goal of the season on Saturday.\n\n| Player | Age | Goals |\n|---|---|---|\n"
    "| Ana Silva | 24 | 14 |\n| Jo Park | 29 | 9 |\n",
    # a fact box's label read as it is with a colon: "Trees recorded" is no count of the 19 to be felled
    "Survey\nTrees recorded    4,186\nSpecies           37\nTo be felled      19\n\n"
    "Tree 312, an old ash, is among the 19 to be felled.\n",
    # a label between two figures of its kind, nearer the other: which is its figure is not known
    "Uptake reached 77% among nurses and 35% among the over-50s.\n\n| Group | Eligible | Uptake |\n|---|---|---|\n"
    "| Over-50s | 9,000 | 35% |\n| Health workers | 800 | 77% |\n",
    # the figure nearest the label is the cell's, the other belongs to the next row
    "Cases rose to 64 on the Orme ward and to 12 on the Tal ward.\n\n| Ward | Beds | Cases |\n|---|---|---|\n"
    "| Orme | 30 | 64 |\n| Tal | 24 | 12 |\n",
    # the row's count of its rows' kind: three bridges is no span
    "The Kelso Arch is the oldest of the three bridges in the town." + _SPACED_BRIDGES.format(a="148 m"),
    # a fact box: its label is what its figure counts, and its figures are its own
    "Ferry facts\nCrossings a day      14\nCrew                 9\nCars carried         38\n\n"
    "The ferry makes 6 crossings on Sundays.",
    # two columns of the row's kind, and the text ranks its thing by neither, or by the one that agrees
    "Gwyn Pot, at 14.6 km, is a popular cave.\n\n| Cave | Surveyed length | Depth |\n|---|---|---|\n"
    "| Gwyn Pot | 19.6 km | 183 m |\n| Ogof Fach | 6.2 km | 95 m |\n",
    "Gwyn Pot, at 19.6 km, is now the longest cave in the county.\n\n| Cave | Surveyed length | Depth |\n"
    "|---|---|---|\n| Gwyn Pot | 19.6 km | 183 m |\n| Ogof Fach | 6.2 km | 95 m |\n",
    # a row's label said beside the text's sum is no figure of that row
    "Shorthorns were again the largest class at the Ashby show, which had 2,310 entries in all.\n\n"
    "| Class | Entries |\n|---|---|\n| Shorthorn | 640 |\n| Hereford | 520 |\n| Others | 1,150 |\n",
]  # fmt: skip


@pytest.mark.parametrize("text", ROW_AND_TEXT_AGREE_OR_DIFFER)
def test_a_row_the_text_does_not_contradict_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


def test_a_spaced_table_is_read_row_by_row_with_its_header() -> None:
    text = (
        "Bridges\nName            Length     Built\nKelso Arch      148 m      1874\nMillford        96 m       1931\n"
    )
    spans = [claim for claim in extract(text, "doc.txt") if claim.unit == "meter"]
    assert [claim.sentence for claim in spans] == ["Kelso Arch      148 m      1874", "Millford        96 m       1931"]
    assert [(claim.evidence.head, claim.evidence.names) for claim in spans if claim.evidence] == [
        ("length", ("kelso arch",)),
        ("length", ("millford",)),
    ]


@pytest.mark.parametrize(
    ("header", "cell", "unit", "value"),
    [
        ("Area (ha)", "142", "hectare", 142.0),
        ("Cost (£m)", "4.2", "GBP", 4_200_000.0),
        ("Share (%)", "26", "percent", 26.0),
        ("Staff (FTE)", "85", None, 85.0),  # no unit in the brackets: still a count
        ("Matches (home)", "12", None, 12.0),
    ],
)
def test_a_header_unit_in_brackets_is_its_cells_unit(header: str, cell: str, unit: str | None, value: float) -> None:
    text = f"| Site | {header} |\n|---|---|\n| Carrow | {cell} |\n"
    found = next(claim for claim in extract(text, "doc.txt") if claim.text == cell)
    assert (found.unit, found.value) == (unit, value)


# A fact box set out as a pipe table, its title over the labels and no header over the figures: each
# figure measures what its label says, of the thing the title names
_PIPE_BOX = (
    "\n\n| Wenlow White Horse |            |\n|--------------------|------------|\n"
    "| First cut          | 1781       |\n| Length             | {length}     |\n| Height             | 51 m       |\n"
)
PIPE_FACT_BOXES = [
    (
        "The Wenlow White Horse is 112 metres long and was first cut in 1781." + _PIPE_BOX.format(length="121 m"),
        "121 m",
    ),
    (
        "The Hale Viaduct is 38 metres high and has 22 arches.\n\n| Hale Viaduct | |\n|---|---|\n"
        "| Arches | 22 |\n| Height | 83 m |\n",
        "83 m",
    ),
]
PIPE_FACT_BOXES_AGREE = [
    "The Wenlow White Horse is 121 metres long and was first cut in 1781." + _PIPE_BOX.format(length="121 m"),
    # another measure of the thing, or another thing's
    "The Wenlow White Horse is 51 metres high at its ears." + _PIPE_BOX.format(length="121 m"),
    "The nearby Kelby Giant is 55 metres long." + _PIPE_BOX.format(length="121 m"),
]


@pytest.mark.parametrize(("text", "figure"), PIPE_FACT_BOXES)
def test_a_pipe_fact_box_figure_is_about_its_label_and_title(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.md"), flags(text, "doc.md")


@pytest.mark.parametrize("text", PIPE_FACT_BOXES_AGREE)
def test_a_pipe_fact_box_the_text_does_not_contradict_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.md")


def test_a_fact_box_figure_is_about_its_label() -> None:
    text = "Ferry facts\nCrossings a day      14\nBerths               38\n"
    berths = next(claim for claim in extract(text, "doc.txt") if claim.text == "38")
    assert berths.evidence is not None and berths.evidence.head == "berth"


@pytest.mark.parametrize(
    ("lines", "rows"),
    [
        (["Name  Span", "Kelso     148 m"], []),  # the second cell never lines up
        (["Name      Span", "Kelso     148 m", "Millford  96 m"], [0, 1, 2]),  # a header and two rows
        (["Capacity      15,800", "Opened        1994"], [0, 1]),
        (["  Cars      38", "  Crew      9"], [0, 1]),
        # prose: two spaces after a full stop part no cells, and one line is no run
        (["The bridge opened.  It cost £2m.", "Traffic fell.  Tolls rose."], []),
        (["Capacity      15,800"], []),
        (["- cost:   £3m", "- crew:   9"], []),  # a list is read as a list
    ],
)
def test_which_lines_are_set_out_in_columns(lines: list[str], rows: list[int]) -> None:
    assert sorted(aligned_rows(lines)) == rows


def test_row_cells() -> None:
    assert row_cells("| Dunlow | 1,230 | 1981 |") == (" Dunlow ", " 1,230 ", " 1981 ")
    assert row_cells("Kelso Arch      148 m      1874") == ("Kelso Arch", "148 m", "1874")
    assert row_cells("The bridge is 148 m long.") is None
    assert is_aligned_row("Kelso Arch      148 m")
    assert not is_aligned_row("The  bridge opened in 1994.") and not is_aligned_row("Kelso  Arch")
