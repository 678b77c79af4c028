"""Tables: a figure in a row of a pipe table is about its column's header and its row's label.
A date in a column keeps the header as written, for numcheck.timing to read as its event.

A row is read as a sentence of its own ("| Brynmawr | 2,150 | 1974 |"), so what its cells count
is in the header row above it, which holds no figure and is never read. This step, after
extraction, gives each cell's figure the header as its head and the row's first cell as its name
or time, so "| Brynmawr | 2,150 |" under "| Site | Employees |" is the Brynmawr workforce."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from numcheck.evidence import NO_EVIDENCE, Evidence, verb_lemma
from numcheck.layout import AlignedRow, aligned_rows
from numcheck.model import Claim, ClaimKind, Document
from numcheck.scanning import LazyPattern
from numcheck.subjects import lemma
from numcheck.vocabulary import Vocabulary

_SEPARATOR = LazyPattern(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_WORD = LazyPattern(r"[A-Za-z]+(?:-[a-z]+)*")
_ASIDE = LazyPattern(r"\([^()]*\)")
# a unit in brackets: "(m)", "(ha)", "(£m)", "(km/h)"; not a word that names a part ("(home)")
_BRACKETED_UNIT = LazyPattern(r"\((?:[^()]{1,3}|[^()]*[^A-Za-z ()][^()]*)\)")
_YEAR = LazyPattern(r"^(?:1[5-9]|20)\d\d$")
_QUARTER = LazyPattern(r"^(?:Q[1-4]|H[12])$", re.IGNORECASE)
# Header words that say nothing of what a column counts
_SKIP = frozenset("the a an of in on at to for by and or per no number total figure figures".split())
# Words for a figure itself: "Recycling rate" counts recycling
_FIGURE_WORDS = frozenset("rate share level amount proportion percentage count".split())
_PARTICLES = frozenset("out in off up down over".split())
_IRREGULAR = frozenset(
    "built sold given taken made won lost held kept paid spent cut sent found brought bought caught".split()
)


def _is_participle(word: str) -> bool:
    """ "built", "given", "closing" ("Branches closing"), "remaining" ("Tickets remaining")."""
    return word.endswith("ed") or word in _IRREGULAR or (word.endswith("ing") and len(word) > 5)


def with_table_headers(document: Document, claims: Sequence[Claim], vocabulary: Vocabulary) -> tuple[Claim, ...]:
    """The claims, those in a table's body given their column's header and their row's label, and
    those in a fact box ("Capacity      15,800") their line's label as what they count."""
    piped = "|" in document.text and any("|" in claim.sentence for claim in claims)
    spaced = "  " in document.text or "\t" in document.text
    if not piped and not spaced:
        return tuple(claims)
    headers = _header_lines(document) if piped else {}
    aligned = aligned_rows([_line(document, index) for index in range(len(document.line_starts))]) if spaced else {}
    if not headers and not aligned:
        return tuple(claims)
    figured = _figured_cells(document, claims, headers, aligned)
    return tuple(_in_its_table(document, claim, headers, aligned, figured, vocabulary) for claim in claims)


def _cell_of(document: Document, claim: Claim, aligned: dict[int, AlignedRow]) -> tuple[int, int]:
    """The line and the column of the cell a claim stands in (column 0 when it is in no row)."""
    row = bisect.bisect_right(document.line_starts, claim.start) - 1
    at = claim.start - document.line_starts[row]
    if row in aligned:
        return row, aligned[row].column_at(at)
    row_text = _line(document, row)
    return row, row_text[:at].count("|") - (1 if row_text.lstrip().startswith("|") else 0)


def _figured_cells(
    document: Document, claims: Sequence[Claim], header_lines: dict[int, str], aligned: dict[int, AlignedRow]
) -> dict[int, frozenset[int]]:
    """For each table row, the columns that hold a figure: the others label the row."""
    figured: dict[int, set[int]] = {}
    for claim in claims:
        if claim.kind.is_quantity or claim.kind is ClaimKind.DATE:
            row, column = _cell_of(document, claim, aligned)
            if row in header_lines or row in aligned:
                figured.setdefault(row, set()).add(column)
    return {row: frozenset(columns) for row, columns in figured.items()}


def _in_its_table(
    document: Document,
    claim: Claim,
    header_lines: dict[int, str],
    aligned: dict[int, AlignedRow],
    figured: dict[int, frozenset[int]],
    vocabulary: Vocabulary,
) -> Claim:
    dated = claim.kind is ClaimKind.DATE
    if not (claim.kind.is_quantity or dated):
        return claim
    row, column = _cell_of(document, claim, aligned)
    if row in aligned:
        return _in_aligned_row(claim, aligned[row], column, figured.get(row, frozenset()), vocabulary)
    header = header_lines.get(row)
    if header is None or "|" not in claim.sentence:
        return claim
    headers, cells = _cells(header), _cells(_line(document, row))
    if column <= 0 or column >= len(headers) or len(cells) != len(headers):
        return claim  # the first column labels the row; a ragged row is not trusted
    return _in_cell(claim, headers, cells, column, figured.get(row, frozenset()), vocabulary)


def _in_aligned_row(
    claim: Claim, row: AlignedRow, column: int, figured: frozenset[int], vocabulary: Vocabulary
) -> Claim:
    """A figure in a row set out with spaces: under its column's header, or in a fact box (no
    header, a label and its figure) about what its label names."""
    if column <= 0:
        return claim
    if row.header is not None:
        if len(row.header) != len(row.cells):
            return claim  # a ragged row is not trusted
        return _in_cell(claim, list(row.header), list(row.cells), column, figured, vocabulary)
    if len(row.cells) != 2:
        return claim
    return _in_fact_box(claim, row.cells[0].strip(), row.cells[1], (), vocabulary)


def _in_fact_box(claim: Claim, label: str, cell: str, about: tuple[str, ...], vocabulary: Vocabulary) -> Claim:
    """A figure in a fact box, a label and its figure, read as the same label with a colon is
    ("Trees recorded: 4,186"): its label's last word is what it counts or measures, and the box is
    `about` what its title names ("| Wenlow White Horse | |" over "| Length | 121 m |")."""
    if claim.kind is ClaimKind.DATE or any(char.isdigit() for char in label):
        return claim
    # "Set-up cost (five years)": the brackets say over what, the words before them what it is
    words = [lemma(word).casefold() for word in _WORD.findall(_ASIDE.sub(" ", label)) if word.lower() not in _SKIP]
    if not words:
        return claim
    noun = vocabulary.subject_synonyms.get(words[-1], words[-1])
    found = claim.evidence or NO_EVIDENCE
    said = cell.casefold()
    names = tuple(dict.fromkeys((*about, *(name for name in found.names if name in said))))
    times = tuple(time for time in found.times if time in said)
    head = vocabulary.head_synonyms.get(noun, noun)
    evidence = dataclasses.replace(found, head=head, modifiers=tuple(words[:-1]), names=names, times=times)
    return dataclasses.replace(claim, evidence=evidence)


def _in_cell(
    claim: Claim, headers: list[str], cells: list[str], column: int, figured: frozenset[int], vocabulary: Vocabulary
) -> Claim:
    """A figure in a table cell: about its column's header, and named or dated by its row's labels:
    its first cell, and any other cell that holds no figure ("| extract | numcheck | 0.65 |" and
    "| extract | quantulum3 | 9.8 |" are two systems' times, not one time said twice)."""
    found = claim.evidence or NO_EVIDENCE
    label = cells[0].strip()
    if len(cells) == 2 and column == 1 and not headers[1].strip():
        # a fact box set out as a table, its title over the labels: "| Wenlow White Horse | |"
        about = tuple(word.casefold() for word in (headers[0].strip(),) if _WORD.search(word))
        return _in_fact_box(claim, label, cells[1], about, vocabulary)
    if claim.kind is ClaimKind.DATE:
        # a date column names its event as written ("Built", "First lit"): numcheck.timing reads it
        event = " ".join(word.lower() for word in _WORD.findall(headers[column]))
        if not event or not label or any(char.isdigit() for char in label):
            return claim
        return dataclasses.replace(claim, evidence=dataclasses.replace(found, head=event, names=(label.casefold(),)))
    claim = _in_header_unit(claim, cells[column], headers[column], vocabulary)
    head, modifiers = _head(headers[column], vocabulary)
    times, names = found.times, found.names
    when = headers[column].strip()
    if (_YEAR.match(when) or _QUARTER.match(when)) and label.replace(" ", "").isalpha():
        # "| Sales | £48.2m | £52.9m |" under "| | 2024 | 2025 |": the row's thing, in the column's year
        head, modifiers = _head(label, vocabulary)
        times = tuple(sorted({*times, when.lower()}))
    if _YEAR.match(label) or _QUARTER.match(label):
        times = tuple(sorted({*times, label.lower()}))
    elif label and not any(char.isdigit() for char in label):
        names = tuple(sorted({*names, label.casefold()}))
    elif label:
        # a numbered row names its row with its column: "Plot" and "7" make "plot 7", another
        # row's figure than plot 2's
        kind = " ".join(word.lower() for word in _WORD.findall(headers[0]))
        names = tuple(sorted({*names, f"{kind} {label}".strip().casefold()}))
    labels = {cell.strip().casefold() for index, cell in enumerate(cells[1:], start=1) if index not in figured}
    names = tuple(sorted({*names, *(label for label in labels if _WORD.search(label))}))
    row_kind = " ".join(word.lower() for word in _WORD.findall(headers[0])) or None
    evidence: Evidence = dataclasses.replace(
        found,
        row_kind=row_kind if label else None,
        head=head or found.head,
        modifiers=modifiers if head else found.modifiers,
        times=times,
        names=names,
        restricted=found.restricted or _act(headers[column], vocabulary),
    )
    return dataclasses.replace(claim, evidence=evidence)


_CURRENCY_SCALE = LazyPattern(r"^([£$€])([a-z]{0,2})$")


def _in_header_unit(claim: Claim, cell: str, header: str, vocabulary: Vocabulary) -> Claim:
    """A bare figure under a header that names its unit in brackets ("Area (ha)", "Cost (£m)",
    "Share (%)") is a measure, a sum or a share in that unit: "142" under "Area (ha)" is 142 ha."""
    found = _BRACKETED_UNIT.search(header)
    if claim.kind is not ClaimKind.COUNT or found is None or cell.strip() != claim.text:
        return claim
    unit = found.group()[1:-1].strip()
    money = _CURRENCY_SCALE.match(unit)
    if money:
        written = f"{money.group(1)}{claim.text}{money.group(2)}"  # "£m" and "4.2": "£4.2m"
    else:
        written = f"{claim.text}{'' if unit == '%' else ' '}{unit}"
    from numcheck.extraction import normalised, read_sentence  # the extractor reads this stage's output

    whole = (0, len(written))
    readings = [reading for reading in read_sentence(written, vocabulary) if (reading.start, reading.end) == whole]
    if len(readings) != 1 or readings[0].unit is None or readings[0].kind not in _HEADER_UNIT_KINDS:
        return claim
    reading = readings[0]
    base_value, base_unit, dimension = normalised(reading)
    return dataclasses.replace(
        claim, kind=reading.kind, value=reading.value, unit=reading.unit, base_value=base_value, base_unit=base_unit,
        dimension=dimension, low=reading.interval.low, high=reading.interval.high, precision=reading.precision,
    )  # fmt: skip


_HEADER_UNIT_KINDS = frozenset({ClaimKind.MEASURE, ClaimKind.MONEY, ClaimKind.PERCENT})


def _line(document: Document, index: int) -> str:
    starts = document.line_starts
    end = starts[index + 1] - 1 if index + 1 < len(starts) else len(document.text)
    return document.text[starts[index] : end]


def _header_lines(document: Document) -> dict[int, str]:
    """Each table row's header, by line: the line above the nearest separator line above the row,
    within the run of lines that start with a pipe. One pass over the lines, so a table of n rows
    costs n, not n squared."""
    headers: dict[int, str] = {}
    header: str | None = None  # of the nearest separator above, in this run of pipe lines
    previous = ""
    for index in range(len(document.line_starts)):
        line = _line(document, index)
        if not line.lstrip().startswith("|"):
            header, previous = None, line
            continue
        if header is not None:
            headers[index] = header
        if _SEPARATOR.match(line):
            header = previous if previous.lstrip().startswith("|") else None
        previous = line
    return headers


def _cells(line: str) -> list[str]:
    text = line.strip()
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if text.endswith("|") else text
    return text.split("|")


def _head(header: str, vocabulary: Vocabulary) -> tuple[str | None, tuple[str, ...]]:
    """What a column counts, canonical: "Employees" the workforce, "Parcels given out" parcels,
    "Recycling rate" recycling."""
    # a unit in brackets says how the column is measured, not what: "Height (m)", "Area (ha)"
    written = [
        word.lower()
        for word in _WORD.findall(_BRACKETED_UNIT.sub(" ", header))
        if word.lower() not in _SKIP and len(word) > 1  # "n", "P": a letter names nothing to count
    ]
    words = [lemma(word).casefold() for word in written]
    if not words:
        return None, ()
    modifiers: tuple[str, ...]
    if len(words) > 1 and (written[-1] in _PARTICLES or _is_participle(written[1]) or _is_participle(written[-1])):
        noun, modifiers = words[0], ()  # "Parcels given out", "Homes built"
    elif len(words) > 1 and words[-1] in _FIGURE_WORDS:
        noun, modifiers = words[-2], tuple(words[:-2])
    else:
        noun, modifiers = words[-1], tuple(words[:-1])
    noun = vocabulary.subject_synonyms.get(noun, noun)
    return vocabulary.head_synonyms.get(noun, noun), modifiers


def _act(header: str, vocabulary: Vocabulary) -> str | None:
    """What a header's participle says was done to what its column counts: "Homes built" counts
    homes that were built, never all homes; "Parcels given out" those given out."""
    written = [word.lower() for word in _WORD.findall(_BRACKETED_UNIT.sub(" ", header)) if word.lower() not in _SKIP]
    for index, word in enumerate(written[1:], start=1):
        if _is_participle(word):
            following = written[index + 1] if index + 1 < len(written) else ""
            return verb_lemma(word, following, vocabulary)
    return None
