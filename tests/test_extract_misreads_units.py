"""Figures once misread by their unit: grams set apart, times in abbreviations, points past 100,
and a change's bare start beside a list of shares."""

from __future__ import annotations

import pytest

import numcheck


def _claims(sentence: str) -> dict[str, tuple[str, float, str | None]]:
    return {c.text: (c.kind.value, c.value, c.unit) for c in numcheck.extract(sentence)}


READ = [
    ("The recipe uses 300 g of flour and two eggs.", "300 g", ("measure", 300, "gram")),
    ("Each serving needs 75 g sugar.", "75 g", ("measure", 75, "gram")),
    ("The bar weighs 45 g, a third less.", "45 g", ("measure", 45, "gram")),
    ("The average wait was 9 min 40 s last year.", "9 min 40 s", ("measure", 9 + 40 / 60, "minute")),
    ("| Average wait | 4 min 10 s | 9 min 40 s |", "4 min 10 s", ("measure", 4 + 10 / 60, "minute")),
    ("The leg took 1 hr 30 min.", "1 hr 30 min", ("measure", 1.5, "hour")),
    ("The swim took 45 mins and the break 30 secs.", "45 mins", ("measure", 45, "minute")),
    ("The swim took 45 mins and the break 30 secs.", "30 secs", ("measure", 30, "second")),
    ("The drive takes about 3 hrs.", "about 3 hrs", ("measure", 3, "hour")),
    ("The Corvia 200 closed at 8,210 points on Friday.", "8,210 points", ("measure", 8210, "index_point")),
    ("The Corvia 200 gained 1,200 points.", "1,200 points", ("change", 1200, "index_point")),
    ("The average wait fell to 250 seconds from 580, 62% of calls were answered in a minute.", "580",
     ("measure", 580, "second")),
]  # fmt: skip

KEPT = [
    ("Labour's lead grew by 3 points.", "3 points", ("change", 3, "percentage_point")),
    ("The team scored 1,200 points this season.", "1,200 points", ("count", 1200, None)),
    ("Troops crossed the border at 0600 hrs.", "0600 hrs", ("date", 600, None)),
    ("Prices were 20, 30 or 45% higher.", "20", ("percent", 20, "percent")),
    ("The shares of 20, 30 and 45% were reported.", "30", ("percent", 30, "percent")),
    # a unit word that starts a compound of another sense is no unit
    ("The charity refurbished 1,240 second-hand bikes.", "1,240", ("count", 1240, None)),
    ("The office sold 40 second-class stamps a day.", "40", ("count", 40, None)),
    ("Vets confirmed 210 foot-and-mouth cases.", "210", ("count", 210, None)),
    ("The clip is 5-second-long.", "5-second", ("measure", 5, "second")),
]  # fmt: skip

NOT_GRAMS = [
    "The operator switched on its 5 G network.",
    "Plan G costs more.",
]


@pytest.mark.parametrize(("sentence", "text", "expected"), READ + KEPT)
def test_a_figure_is_read_in_its_unit(sentence: str, text: str, expected: tuple[str, float, str | None]) -> None:
    claims = _claims(sentence)
    assert text in claims, claims
    kind, value, unit = claims[text]
    assert (kind, unit) == (expected[0], expected[2])
    assert value == pytest.approx(expected[1])


@pytest.mark.parametrize("sentence", NOT_GRAMS)
def test_a_letter_apart_from_its_figure_is_no_gram(sentence: str) -> None:
    assert all(c.unit != "gram" for c in numcheck.extract(sentence))
