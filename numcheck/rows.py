"""Rows: a table's row against the text of its own document.

A cell's figure is about its column's header and its row's label ("| Garrow | 2.9 km | 2027 |"
under "| Tunnel | Length | Opened |" is the Garrow tunnel's length); the text says the same of
the thing it names ("At 3.4 km the Garrow tunnel is the longest on the line"). Linking compares
heads, and a header ("Length", "Cost", "Share") is seldom the text's head ("tunnel", "scheme",
"teachers"), so here a cell is read against the text's figures of its kind whose sentence names
its row's label and says what its column measures. Only one fact fits: the label is said around
one text figure of the kind and of no other row's label, the cell is the one of its row that fits,
and nothing in the text gives the cell's figure."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from numcheck.frames import frame_of, is_relative_amount, said_as_a_sum, side_ranked
from numcheck.layout import is_aligned_row, row_cells
from numcheck.linking import comparison_key, evidence
from numcheck.model import Claim
from numcheck.remembered import per_document
from numcheck.scanning import LazyPattern
from numcheck.subjects import lemma, word_stem

# A word, a number or a code that names a row: "Phase 1" is not "Phase 2", "B2" not "C1"
_WORD = LazyPattern(r"[A-Za-z0-9][A-Za-z0-9-]*")
# A row labelled by a number, a year or a quarter, not a name
_NUMBERED = LazyPattern(r"^(?:[\d,.\s]+|(?:Q[1-4]|H[12])(?:\s+\d{4})?|\d{4}(?:-\d{2,4})?)$", re.IGNORECASE)
# Labels of a row that is not one thing: a total, every part, another row's remainder
_WHOLE_LABELS = frozenset("total totals all overall combined other others sum average mean median".split())
# Headers that name only a figure, not what it is of
_FIGURE_WORDS = frozenset("amount total number figure sum value count".split())
# A total row: the column's figure for everything its rows count, as the text states it whole
_TOTAL_LABELS = frozenset("total totals overall all combined".split())
_SKIP = frozenset("the a an of in on at to for by and or per".split())
# Headers that name what a measure of each dimension is, whatever the text's head ("Length" for "the
# Garrow tunnel is 3.4 km"). Not for money or shares: "Cost" or "Share" fits every sum or share said
# of a row's thing ("a £500,000 grant for Avonleigh", "40% of those considering leaving").
MEASURED_BY = {
    "[length]": frozenset("length distance height depth width span long".split()),
    "[length] ** 2": frozenset("area size".split()),
    "[length] ** 3": frozenset("volume capacity".split()),
    "[time]": frozenset("length duration time period wait".split()),
    "[mass]": frozenset("weight mass".split()),
    "[temperature]": frozenset("temperature high low".split()),
}


@dataclass(frozen=True, slots=True)
class _Cell:
    claim: Claim
    key: str
    whole: bool  # a total row ("Total", "All"): the column's figure for everything the rows are
    label: str  # the row's label, as written
    text: str  # the cell, as written
    stems: frozenset[str]  # the label's words, as stems
    surname: str | None  # a name's last word ("Mbeki" of "Jonah Mbeki"), which names it alone


@per_document  # read by magnitude-slip and figure-mismatch
def row_pairs(claims: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """(cell, text figure) for each table cell whose row's label and column say it is the one
    figure of the text about that thing, and which the text gives another figure."""
    cells: list[_Cell] = []
    text: dict[str, list[Claim]] = {}
    for claim in claims:
        key = comparison_key(claim)
        if key is None or key == "change" or claim.low != claim.high or claim.role is not None:
            continue
        if in_a_row(claim.sentence):
            cell = _cell(claim, key)
            if cell is not None:
                cells.append(cell)
        elif key != "count" or evidence(claim).head is not None:
            # a bare count that counts nothing named is as often an age or a label ("Ana Silva, 24,")
            text.setdefault(key, []).append(claim)
    if not cells or not text:
        return
    labels: dict[str, set[frozenset[str]]] = {}
    for cell in cells:
        labels.setdefault(cell.key, set()).add(cell.stems)
    rows: dict[int, list[_Cell]] = {}
    for cell in cells:
        rows.setdefault(cell.claim.sentence_start, []).append(cell)
    # where each text figure of a key sits in its sentence: a label names the figure nearest it
    offsets: dict[tuple[str, int], list[int]] = {}
    for key, said in text.items():
        for claim in said:
            offsets.setdefault((key, claim.sentence_start), []).append(claim.start - claim.sentence_start)
    for cell in cells:
        named = [claim for claim in text.get(cell.key, ())
                 if _of_its_row(claim, cell, labels[cell.key], offsets[(cell.key, claim.sentence_start)])]  # fmt: skip
        fitting = [claim for claim in named if _measures(cell, claim) and not _modal_or_then(claim)]
        if not fitting or any(_same_figure(claim, cell.claim) for claim in named):
            continue  # the text names the row's thing and says nothing of its column, or states the cell
        if len({(claim.low, claim.high) for claim in fitting}) != 1:
            continue  # two figures of the thing in the text: which the cell gives is not known
        fellows = [other for other in rows[cell.claim.sentence_start] if other.key == cell.key]
        fits = [other for other in fellows if _measures(other, fitting[0])]
        if len(fits) > 1:
            # "is now the longest cave" against "| Length | Depth |": the side the text ranks it by
            ranked = side_ranked(fitting[0].sentence)
            fits = [other for other in fits if ranked is not None and evidence(other.claim).head == ranked]
        if fits != [cell]:
            continue  # another cell of the row fits the text figure as well
        if _times_differ(cell, fitting[0]) or cell.claim.per != fitting[0].per:
            continue
        yield cell.claim, fitting[0]


# A clause that dates a figure to another time than the table's: "When it opened, the bakery had
# 410 workers", "Before the fire, ...", "At first ..."
_THEN = LazyPattern(r"\b(?:[Ww]hen|[Bb]efore|[Aa]fter|[Uu]ntil|[Oo]nce|[Aa]t\s+first|[Bb]y\s+then)\b")


def _modal_or_then(claim: Claim) -> bool:
    """A text figure that is a plan or a target ("could employ 1,500"), or that its words set at
    another time: "originally", "five years ago", or a clause before it ("When it opened"). (A
    period near it, "a year", is as often another figure's rate: "employs 2,650 people and makes 9
    million tyres a year".)"""
    at = claim.start - claim.sentence_start
    return evidence(claim).modal or bool(frame_of(claim).contrasts or _THEN.search(claim.sentence, 0, at))


def in_a_row(sentence: str) -> bool:
    """A row of a pipe table or of an aligned table, read as a sentence of its own."""
    return ("|" in sentence and "\n" not in sentence.strip()) or is_aligned_row(sentence)


def _cell(claim: Claim, key: str) -> _Cell | None:
    cells = row_cells(claim.sentence)
    found = evidence(claim)
    if cells is None or len(cells) < 2 or found.head is None:
        return None
    label = cells[0].strip()
    at = claim.start - claim.sentence_start
    if not label or _NUMBERED.match(label) or claim.sentence.find(label) >= at:
        return None  # a numbered or dated row, or the figure is the label
    words = [word.casefold() for word in _WORD.findall(label) if word.casefold() not in _SKIP]
    if not words:
        return None
    whole = words[0] in _TOTAL_LABELS
    if not whole and any(word in _WHOLE_LABELS for word in words):
        return None
    if lemma(words[-1]).casefold() == found.head:
        return None  # a fact box's "Capacity    15,800": its label is what it counts, not a thing
    surname = word_stem(lemma(words[-1]).casefold()) if len(words) > 1 and label.istitle() else None
    own = next((cell for cell in cells[1:] if claim.text in cell), claim.text)
    return _Cell(claim, key, whole, label, own, frozenset(word_stem(lemma(word).casefold()) for word in words), surname)


@lru_cache(maxsize=1024)
def _sentence_stems(sentence: str) -> frozenset[str]:
    return frozenset(_stem(word) for word in _WORD.findall(sentence))


def _names(claim: Claim, cell: _Cell, figures: list[int]) -> bool:
    """Whether a text figure's sentence names a row's label: every word of it ("Battery research
    fund", "over-75s"), or for a name of two words or more, its last word ("Mbeki" for "Jonah
    Mbeki"); not in a clause of its own between them ("550 homes when Phase 2 is done"), nor with
    another figure of its kind between them, which the label names first ("Uptake among the
    over-75s stood at 40%, against 81% in care homes": the over-75s' figure is 40%)."""
    said = _sentence_stems(claim.sentence)
    if not (cell.stems <= said or (cell.surname is not None and cell.surname in said)):
        return False
    at = claim.start - claim.sentence_start
    places = [m.start() for m in _WORD.finditer(claim.sentence) if _stem(m.group()) in (*cell.stems, cell.surname)]
    nearest = min(places, key=lambda place: abs(place - at))
    low, high = min(nearest, at), max(nearest, at)
    if any(low < figure < high for figure in figures if figure != at):
        return False
    return not _CLAUSE_BETWEEN.search(claim.sentence[low:high])


# A clause between a figure and a name, which then times or conditions it rather than owning it
_CLAUSE_BETWEEN = LazyPattern(r"\b(?:when|after|before|until|once|while|if|unless|because|since)\b|[;—]", re.IGNORECASE)


def _stem(word: str) -> str:
    return word_stem(lemma(word.casefold()).casefold())


def _of_its_row(claim: Claim, cell: _Cell, labels: set[frozenset[str]], figures: list[int]) -> bool:
    """Whether a text figure may be of a cell's row: it names the row's label and no other; for a
    total row, it names none of the rows and is no part ("of which", "another 400")."""
    if not cell.whole:
        if said_as_a_sum(claim):
            return False  # "Gundogs are the biggest group at the show, which has 8,640 entries in all"
        return _names(claim, cell, figures) and _one_label_named(claim.sentence, cell.stems, labels)
    if evidence(claim).restricted or is_relative_amount(claim):
        return False
    return not any(_names_label(claim.sentence, stems) for stems in labels - {cell.stems})


def _one_label_named(sentence: str, stems: frozenset[str], labels: set[frozenset[str]]) -> bool:
    return not any(other != stems and _names_label(sentence, other) for other in labels)


def _names_label(sentence: str, stems: frozenset[str]) -> bool:
    return stems <= _sentence_stems(sentence)


def _measures(cell: _Cell, claim: Claim) -> bool:
    """Whether a cell's column says what a text figure measures: the column's head is the text's, or
    the text's head is the row's thing, or the column's head is a word of the text's sentence, or a
    word for what every measure of its dimension is ("Length"). A row with two cells that fit is
    left alone (`row_pairs`)."""
    head, said_of = evidence(cell.claim).head or "", evidence(claim).head
    act = evidence(cell.claim).restricted
    if act and not _says(claim, act):
        return False  # "| Libraries closing |" is no count of every library
    if cell.whole and head in _FIGURE_WORDS:
        return True  # "| Total | £76,400 |" under "Amount": the text's one figure of its kind for the whole
    if head == said_of or (said_of and word_stem(said_of) in cell.stems):
        return True  # the column's thing, or the row's own ("the battery research fund is worth £1.2bn")
    stem = word_stem(head)
    if len(head) >= 4 and stem in _sentence_stems(claim.sentence) and stem not in cell.stems:
        return True
    return head in MEASURED_BY.get(cell.key, frozenset())


def _says(claim: Claim, verb: str) -> bool:
    """Whether a text figure is said to be what a column's participle says ("closing": "will close")."""
    found = evidence(claim)
    if verb in (found.governor, found.restricted) or verb in found.actions:
        return True
    return word_stem(verb.split()[0]) in _sentence_stems(claim.sentence)


def _same_figure(one: Claim, other: Claim) -> bool:
    return (one.base_value if one.base_value is not None else one.value) == (
        other.base_value if other.base_value is not None else other.value
    )


def _times_differ(cell: _Cell, claim: Claim) -> bool:
    """A year or other time on one side only, or two that differ: "planned at 3.1 km in 2019" is
    not the table's length now, nor a row of 2024 the text's figure for 2025. A cell's times are
    those of its row's label and its own cell; another column's year ("Opened") is not its time."""
    own = f"{cell.label} {cell.text}".casefold()
    ours = {time for time in evidence(cell.claim).times if time in own}
    theirs = set(evidence(claim).times)
    if ours or any(time.isdigit() for time in theirs):
        return not ours & theirs
    return False
