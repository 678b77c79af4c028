"""What a figure is about, read from the words beside it (numcheck/parts.py): the words of its own
clause on each side, nearest first; words between two figures of one kind shared, the nearer
taking more; figures joined by "and" sharing theirs; figures of another kind passed over; a bound
on who is counted ("children under 10") read as words."""

from __future__ import annotations

import pytest

from numcheck import extract
from numcheck.parts import AFTER, BEFORE, contexts, fit


def _context(sentence: str, figure: str) -> dict[tuple[str, str], float]:
    claims = extract(sentence)
    found = contexts(claims)
    claim = next(c for c in claims if c.text == figure)
    return dict(found[id(claim)].words)


@pytest.mark.parametrize(
    ("sentence", "figure", "side", "stems"),
    [
        (
            "Membership stays at £42 a month, and the joining fee is waived.",
            "£42 a month",
            BEFORE,
            {"membership", "stay"},
        ),
        ("Membership stays at £42 a month, and the joining fee is waived.", "£42 a month", AFTER, set()),
        ("The joining fee of £30 is waived until spring.", "£30", BEFORE, {"join", "fee"}),
        ("Researchers tagged 31 swifts and recovered data from 12 of them.", "12", BEFORE, {"recover", "data"}),
        # figures joined by "and" share the words around both
        ("Scores of 25 and 40 were posted.", "25", AFTER, {"post"}),
        ("Scores of 25 and 40 were posted.", "40", BEFORE, {"scor"}),
        # a label's colon does not end the context
        ("Capital programme: £48 million over three years.", "£48 million", BEFORE, {"capital", "programm"}),
        # a figure of another kind is passed over
        ("Capital programme: £48 million over 3 years.", "3 years", BEFORE, {"capital", "programm"}),
        # "children under 10" is who is counted, not a figure that ends the context
        ("Of the 37 cases, 11 were children under 10, and 29 recovered.", "11", AFTER, {"child"}),
    ],
)
def test_a_figures_words_on_each_side(sentence: str, figure: str, side: str, stems: set[str]) -> None:
    assert {stem for (where, stem) in _context(sentence, figure) if where == side} == stems


def test_words_between_two_figures_weigh_more_for_the_nearer() -> None:
    sentence = "Vale had 17 shots to Northbridge's six."
    seventeen, six = _context(sentence, "17"), _context(sentence, "six")
    assert seventeen[(AFTER, "shot")] > six.get((BEFORE, "shot"), 0.0)
    assert six[(BEFORE, "northbridg")] > seventeen.get((AFTER, "northbridg"), 0.0)


@pytest.mark.parametrize(
    ("one", "other", "better", "worse"),
    [
        # the same side counts more than the other side, and the other side more than nothing
        ("Local firms gave £500.", "£500 came from local firms.", "£500", None),
        ("Flexi tickets give 8 days of travel.", "Flexi tickets give 8 days of travel.", "8 days", None),
    ],
)
def test_fit_is_positive_for_shared_words_on_either_side(one: str, other: str, better: str, worse: str | None) -> None:
    first = next(c for c in extract(one) if c.text == better)
    second = next(c for c in extract(other) if c.text == better)
    mine, theirs = contexts([first])[id(first)], contexts([second])[id(second)]
    assert fit(mine, theirs) > 0
    assert fit(mine, theirs) <= fit(mine, mine)


# A figure linked to one source figure by its head is in another's part by its own words: when that
# part states it, the link was to the wrong figure (engine._supported_elsewhere, numcheck/parts.py).
PART_SOURCE = (
    "If you stay, gas costs 7.1p per kWh on the standard tariff. Our new 2-year fix costs 6.2p per kWh "
    "with no exit fees."
)


@pytest.mark.parametrize(
    ("draft", "flagged"),
    [
        ("Gas on the new fix costs 6.2p per kWh, 0.9p less than the standard tariff.", False),
        ("If you switch to the new fix, you pay 6.2p per kWh.", False),
        ("Gas on the standard tariff costs 7.1p per kWh.", False),
        ("Gas on the new fix costs 6.6p per kWh.", True),
        ("Gas on the standard tariff costs 7.7p per kWh.", True),
    ],
)
def test_a_figure_its_part_states_is_not_set_against_another(draft: str, flagged: bool) -> None:
    from against_source import flagged as _flagged

    found = [f for f in _flagged(draft, PART_SOURCE) if f[0] in ("figure-mismatch", "unsupported-figure")]
    assert bool(found) is flagged, found
