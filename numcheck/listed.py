"""Listed totals: a run of labelled lines ("- gardens: 610", "- farmland: 390") that ends in its total line.

A fact box or bullet list often gives parts line by line and then the whole ("- total: 1,420"). No
sentence holds them together, so the sentence-level breakdowns of parts-total never see them; here
the lines are read as one breakdown: consecutive lines, each a label and one figure of one kind and
unit, the last labelled as the total."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from numcheck.linking import quantity_key
from numcheck.model import Claim

# A line that is a label and then its figure: "- gardens: 610", "Total: 1,420", "2. Online: £56m"
_LABELLED_LINE = re.compile(r"^\s*(?:(?:[-*•+]|\d{1,2}[.)])\s+)?(?P<label>[A-Za-z][^:\d\n]{0,40}?)\s*:\s*$")
# The label of the whole: "total", "Total volunteers", "all sites", "overall"
_TOTAL_LABEL = re.compile(r"^(?:(?:grand\s+)?total|all|overall|altogether|combined|in\s+all)\b", re.IGNORECASE)
# A line that is a part of a part ("of whom under 5: 120", "including online: 40"), not one of the list
_SUB_PART = re.compile(r"^(?:of\s+(?:which|whom|these|them)|including|incl\.?|among\s+them)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ListedTotal:
    """A total line and the lines of parts right above it."""

    total: Claim
    parts: tuple[Claim, ...]


def listed_totals(claims: Sequence[Claim]) -> Iterator[ListedTotal]:
    """Each run of two or more labelled part lines, on consecutive lines of one document and of
    one kind, unit and period, that ends in a line labelled as their total."""
    lines = [(claim, label) for claim in claims if (label := _line_label(claim)) is not None]
    run: list[tuple[Claim, str]] = []
    for claim, label in sorted(lines, key=lambda item: (item[0].path, item[0].start)):
        if run and not _continues(run[-1][0], claim):
            run = []
        if _TOTAL_LABEL.match(label):
            parts = tuple(part for part, _ in run)
            if len(parts) >= 2:
                yield ListedTotal(claim, parts)
            run = []
            continue
        if _SUB_PART.match(label):
            run = []  # a part of a part: the list is not one level
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


def _continues(previous: Claim, claim: Claim) -> bool:
    """The next line of the same list: the line after, of the same kind, unit and period."""
    return (
        claim.path == previous.path
        and claim.line == previous.line + 1
        and quantity_key(claim) == quantity_key(previous)
        and claim.unit == previous.unit
        and claim.per == previous.per
    )
