"""A draft figure may be worked out with another figure its own sentence gives: a source rate times
a count the sentence states ("three visits would cost £21" from "£7 a visit"), a margin over a
figure the sentence gives and the sources support, and a move between two prices restated per
another period ("£24 more a year" from "£14 a month, up from £12": a margin and a total over one
whole period are per that period, "£5 more a week", "£260 over a year"). The wrong result is still
reported, and so is a count the sentence gives that turns no source rate into the figure."""

from __future__ import annotations

import pytest
from against_source import flagged
from claim_table import find

_SWIM = "Without a membership, a swim at the Ferrand lido costs £7 a visit."
_MAGAZINE = "A print subscription to Hollin Monthly costs $54 a year, or $5.50 a month if you pay monthly."
_GYM = "From 1 May the Corbel gym's peak membership will cost £14 a month, up from £12."
_BUS = "A single fare on the Tarrow buses costs £2.40 a journey."

SUPPORTED = [
    ("Without a membership, three visits to the Ferrand lido would cost £21.", _SWIM),
    ("Four swims at the Ferrand lido would cost £28 without a membership.", _SWIM),
    ("Ten single journeys on the Tarrow buses cost £24.", _BUS),
    # a margin over a figure of the sentence that the sources imply (12 months at $5.50)
    ("Paying Hollin Monthly by the month comes to $66 over a year, $12 more than paying yearly.", _MAGAZINE),
    # the move between two prices of one sentence, restated per year, said as a margin with its period
    ("Corbel's peak members will pay £24 more a year from 1 May.", _GYM),
    ("Corbel's peak members will pay £2 more a month from 1 May.", _GYM),
]  # fmt: skip
REPORTED = [
    ("Without a membership, three visits to the Ferrand lido would cost £24.", _SWIM, "£24"),
    ("Ten single journeys on the Tarrow buses cost £26.", _BUS, "£26"),
    ("Paying Hollin Monthly by the month comes to $66 over a year, $17 more than paying yearly.", _MAGAZINE, "$17"),
    ("Corbel's peak members will pay £40 more a year from 1 May.", _GYM, "£40"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), SUPPORTED)
def test_a_figure_worked_out_with_its_sentence_s_own_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), REPORTED)
def test_a_wrong_result_is_still_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for _, text in flagged(draft, source))


# (sentence, the claim's text, per)
PERIODS = [
    ("Peak members will pay £5 more a week.", "£5 more a week", "week"),
    ("The fixed tariff is £9 cheaper a month.", "£9 cheaper a month", "month"),
    ("Paying by the month comes to £260 over a year.", "£260 over a year", "year"),
    ("The stall took $1,400 across a weekend.", "$1,400", None),  # a weekend is no period of a rate
    ("She ran 300 km over a week.", "300 km", None),  # a length may be one trip's
    ("It costs £5 more than a year ago.", "£5", None),
]


@pytest.mark.parametrize(("sentence", "text", "per"), PERIODS)
def test_a_margin_or_a_whole_period_s_total_is_per_that_period(sentence: str, text: str, per: str | None) -> None:
    assert find(sentence, text).per == per


# A level after the moves its own sentence gives, each stated by the source and of the same thing
_DEPOTS = "Carrick Haulage will shut 9 of its 64 depots next year and open 3 new ones in the north."
LEVEL_AFTER_MOVES_SUPPORTED = [
    ("After shutting 9 depots and opening 3, Carrick Haulage will have 58 depots.", _DEPOTS),
    ("Shutting 9 depots will leave Carrick Haulage with 55 depots before any open.", _DEPOTS),
]
LEVEL_AFTER_MOVES_REPORTED = [
    ("After shutting 9 depots and opening 3, Carrick Haulage will have 49 depots.", _DEPOTS, "49"),
    # a move the source does not state gives nothing
    ("After shutting 14 depots and opening 3, Carrick Haulage will have 53 depots.", _DEPOTS, "14"),
]


@pytest.mark.parametrize(("draft", "source"), LEVEL_AFTER_MOVES_SUPPORTED)
def test_a_level_after_the_sentence_s_stated_moves_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), LEVEL_AFTER_MOVES_REPORTED)
def test_a_level_the_moves_do_not_give_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for _, text in flagged(draft, source))
