"""Sides: lengths a sentence gives as the sides of one shape ("a hall of 11.2m by 7.4m", "40 ft x 25
ft x 8 ft"), and the area, volume and perimeter a reader works out from them: 11.2m by 7.4m is about
83 square metres, fenced all round by 37.2 metres."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from numcheck.model import Claim
from numcheck.scanning import LazyPattern

_JOIN = LazyPattern(r"^\s*(?:by|x|×|\*)\s*$", re.IGNORECASE)  # "11.2m by 7.4m", "40 ft x 25 ft"
AREA, VOLUME, LENGTH = "[length] ** 2", "[length] ** 3", "[length]"


@dataclass(frozen=True, slots=True)
class Shape:
    """Two or three lengths one sentence joins as sides, in base units (metres)."""

    sides: tuple[Claim, ...]
    lengths: tuple[float, ...]

    def measures(self) -> Iterator[tuple[str, str, float]]:
        """(family, what, value): the area and the perimeter of two sides, the volume of three."""
        if len(self.lengths) == 2:
            one, other = self.lengths
            yield AREA, "area", one * other
            yield LENGTH, "perimeter", 2 * (one + other)
        else:
            one, other, third = self.lengths
            yield VOLUME, "volume", one * other * third

    def text(self) -> str:
        return " by ".join(f"'{side.text}'" for side in self.sides)


def shapes(lengths: Sequence[Claim], base: Sequence[float]) -> Iterator[Shape]:
    """Each run of two or three lengths of one sentence joined by "by" or "x", in order of the text.
    `base` holds each length's value in base units."""
    ordered = sorted(zip(lengths, base, strict=True), key=lambda pair: pair[0].start)
    run: list[tuple[Claim, float]] = []
    for claim, value in ordered:
        if run and _joined(run[-1][0], claim):
            run.append((claim, value))
            continue
        yield from _shape(run)
        run = [(claim, value)]
    yield from _shape(run)


def _joined(first: Claim, second: Claim) -> bool:
    if first.sentence_start != second.sentence_start or first.path != second.path:
        return False
    return bool(_JOIN.match(first.sentence[first.end - first.sentence_start : second.start - second.sentence_start]))


def _shape(run: list[tuple[Claim, float]]) -> Iterator[Shape]:
    if len(run) in (2, 3) and all(claim.low == claim.high for claim, _ in run):
        yield Shape(tuple(claim for claim, _ in run), tuple(value for _, value in run))
