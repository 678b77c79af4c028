"""Listed totals: a run of labelled lines ("- gardens: 610", "- farmland: 390") that ends in its total line.

A fact box or bullet list often gives parts line by line and then the whole ("- total: 1,420"). No
sentence holds them together, so the sentence-level breakdowns of parts-total never see them; here
the lines are read as one breakdown: consecutive lines, each a label and one figure of one kind and
unit, the last labelled as the total. A table's rows are read the same way, column by column: the
rows above a row labelled "Total" in its first cell are its parts ("| Kenya | 85 |", "| Total |
300 |"). Only amounts that add are summed in a table: a column of rates, shares or amounts per unit
has a total row that is no sum ("| All lines | 85.2% |"), nor is a total row under its largest row
(an average). A run of labelled lines may also give a share beside the counts it is worked from
("Sat: 400. Passed: 248. Pass rate: 62%"): `listed_shares` pairs the share with the count its
label names."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from numcheck.linking import quantity_key
from numcheck.model import Claim, ClaimKind
from numcheck.remembered import per_document
from numcheck.scanning import LazyPattern

# A line that is a label and then its figure: "- gardens: 610", "Total: 1,420", "2. Online: £56m"
_LABELLED_LINE = LazyPattern(r"^\s*(?:(?:[-*•+]|\d{1,2}[.)])\s+)?(?P<label>[A-Za-z][^:\d\n]{0,40}?)\s*:\s*$")
# The label of the whole: "total", "Total volunteers", "all sites", "overall"
_TOTAL_LABEL = LazyPattern(r"^(?:(?:grand\s+)?total|all|overall|altogether|combined|in\s+all)\b", re.IGNORECASE)
# A line that is a part of a part ("of whom under 5: 120", "including online: 40"), not one of the list
_SUB_PART = LazyPattern(r"^(?:of\s+(?:which|whom|these|them)|including|incl\.?|among\s+them)\b", re.IGNORECASE)
# A table row as a sentence: its cells without the outer bars, "Kenya       | 85     | 28%"
_CELL_BAR = "|"
# Amounts a table's total row sums: not rates or shares, whose total row is worked out afresh
_ADDITIVE = (ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.MEASURE)


@dataclass(frozen=True, slots=True)
class ListedTotal:
    """A total line and the lines of parts right above it."""

    total: Claim
    parts: tuple[Claim, ...]


@per_document  # read by percent-total and parts-total
def listed_totals(claims: Sequence[Claim]) -> Iterator[ListedTotal]:
    """Each run of two or more labelled part lines, on consecutive lines of one document and of
    one kind, unit and period, that ends in a line labelled as their total; and each run of table
    rows of one column that ends in a total row."""
    lines = [(claim, label) for claim in claims if (label := _line_label(claim)) is not None]
    yield from _runs(lines, column_of=lambda claim: 0)
    rows = [(claim, label) for claim in claims if (label := _row_label(claim)) is not None]
    for listed in _runs(rows, column_of=_column):
        if listed.total.value >= max(part.value for part in listed.parts):
            yield listed  # a total row under its largest row is an average or a rate, not a sum


def _runs(lines: Sequence[tuple[Claim, str]], column_of: Callable[[Claim], int]) -> Iterator[ListedTotal]:
    runs: dict[int, list[tuple[Claim, str]]] = {}
    for claim, label in sorted(lines, key=lambda item: (item[0].path, item[0].start)):
        column = column_of(claim)
        run = runs.setdefault(column, [])
        if run and not _continues(run[-1][0], claim):
            run.clear()
        if _TOTAL_LABEL.match(label):
            parts = tuple(part for part, _ in run)
            labels = [part_label.casefold() for _, part_label in run]
            if len(parts) >= 2 and len(set(labels)) == len(labels):  # a label twice: no one breakdown
                yield ListedTotal(claim, parts)
            run.clear()
            continue
        if _SUB_PART.match(label):
            run.clear()  # a part of a part: the list is not one level
            continue
        run.append((claim, label))


def _line_label(claim: Claim) -> str | None:
    """The label of a line that holds this figure alone, right after its colon, and nothing after it."""
    if claim.low != claim.high or claim.role is not None or quantity_key(claim) is None:
        return None
    at = claim.start - claim.sentence_start
    before, after = claim.sentence[:at], claim.sentence[at + len(claim.text) :]
    if "\n" in claim.sentence or after.strip(" .;") or re.search(r"\d", before):
        return None
    found = _LABELLED_LINE.match(before)
    return None if found is None else found.group("label").strip()


def _row_label(claim: Claim) -> str | None:
    """The first cell of a table row whose cell holds this figure alone: "Kenya" for the 85 of
    "Kenya | 85 | 28%". A first cell with a figure ("2025 | 1,080") labels no part of a whole."""
    if (claim.kind not in _ADDITIVE or claim.per is not None or claim.low != claim.high or claim.role is not None
            or quantity_key(claim) is None or "\n" in claim.sentence):  # fmt: skip
        return None
    cells, column, at = _row(claim)
    if len(cells) < 2 or column == 0:
        return None
    cell = cells[column]
    label = cells[0].strip()
    if cell.strip() != claim.text or not label or (re.search(r"\d", label) and not _COUNTED_LABEL.match(label)):
        return None
    if any(not re.search(r"\d", other) and other.strip(" -–—") for other in cells[1:]):
        return None  # a second text cell ("| recognizers | all | 859 |"): rows keyed by more than one label
    return label if at > len(cells[0]) else None


# A first cell that counts what the row is about: "| 18 new gates | £450,000 |" is a part all the same
_COUNTED_LABEL = LazyPattern(r"\d[\d,]*\s+[a-z][a-z-]*(?:\s+[a-z-]+)*$")


def _column(claim: Claim) -> int:
    """Which cell of its row a figure stands in, counted from 0."""
    return _row(claim)[1]


def _row(claim: Claim) -> tuple[list[str], int, int]:
    """The cells of a figure's row, which cell it stands in, and where it stands in the row without
    its outer bars: a plain-text document keeps them ("| Total | 5,850 |"), Markdown's prose not."""
    row, at = claim.sentence, claim.start - claim.sentence_start
    opening = len(row) - len(row.lstrip())
    if row.startswith(_CELL_BAR, opening):
        row, at = row[opening + 1 :], at - opening - 1
    row = row.rstrip()
    row = row.removesuffix(_CELL_BAR)
    return row.split(_CELL_BAR), row.count(_CELL_BAR, 0, max(at, 0)), at


def _continues(previous: Claim, claim: Claim) -> bool:
    """The next line of the same list: the line after, of the same kind, unit and period."""
    return (
        claim.path == previous.path
        and claim.line == previous.line + 1
        and quantity_key(claim) == quantity_key(previous)
        and claim.unit == previous.unit
        and claim.per == previous.per
    )


# Words of a label that make its figure a share of something: "pass rate", "share on time"
_SHARE_LABEL_WORDS = frozenset("rate share proportion percentage percent per cent coverage uptake".split())
_LABEL_STOP_WORDS = frozenset("a an the of on in at to for by and or with from its their all total".split())


@dataclass(frozen=True, slots=True)
class ListedShare:
    """A labelled share ("Pass rate: 62%") and the labelled counts beside it: the part its label
    names ("Passes: 248") and the larger counts that may be its whole ("Candidates: 400")."""

    share: Claim
    part: Claim
    wholes: tuple[Claim, ...]


def listed_shares(claims: Sequence[Claim]) -> Iterator[ListedShare]:
    """Each share line of a run of labelled lines (a fact box, or "Sat: 400. Passed: 248." on one
    line) whose label names what it is a share of ("pass rate", "share on time") and names the
    label of exactly one count line of the run ("passed", "on time")."""
    labelled = sorted(((c, label) for c in claims if (label := _line_label(c)) is not None),
                      key=lambda item: (item[0].path, item[0].start))  # fmt: skip
    run: list[tuple[Claim, str]] = []
    for claim, label in [*labelled, (None, "")]:
        if claim is not None and run and claim.path == run[-1][0].path and claim.line - run[-1][0].line in (0, 1):
            run.append((claim, label))
            continue
        yield from _shares_of_run(run)
        run = [] if claim is None else [(claim, label)]


def _stems(label: str) -> frozenset[str]:
    """The label's words, cut to four letters so that "passed", "passes" and "pass" meet."""
    words = re.findall(r"[a-z]+", label.lower())
    return frozenset(word[:4] for word in words if word not in _LABEL_STOP_WORDS and word not in _SHARE_LABEL_WORDS)


def _shares_of_run(run: Sequence[tuple[Claim, str]]) -> Iterator[ListedShare]:
    counts = [(c, label) for c, label in run if c.kind is ClaimKind.COUNT and c.low == c.high]
    for claim, label in run:
        words = set(re.findall(r"[a-z]+", label.lower()))
        if claim.kind is not ClaimKind.PERCENT or claim.direction is not None or not words & _SHARE_LABEL_WORDS:
            continue
        named = _stems(label)
        parts = [c for c, part_label in counts if named and named & _stems(part_label)]
        if not named and len(counts) == 2:
            # "Premises: 185,000. With full fibre: 115,440. Coverage: 64.2%": a share that names no
            # part, beside two counts only, is the smaller of the larger
            parts = [min(counts, key=lambda item: item[0].value)[0]]
        if len(parts) != 1:
            continue
        part = parts[0]
        wholes = tuple(c for c, _ in counts if c is not part and c.value > part.value)
        if wholes:
            yield ListedShare(claim, part, wholes)
