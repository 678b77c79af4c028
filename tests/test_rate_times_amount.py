"""A total that a source gives as a rate and what the rate is of: "3.1 tonnes per hectare on 240
hectares" is 744 tonnes, "12 litres a second for two hours" is 86,400 litres. A summary states the
total; the source never does. And a change said with a verb in the present ("the file shrinks by
35% to 182 MB") is a change like "shrank": the level before it is worked out from it."""

from __future__ import annotations

import pytest
from against_source import flagged, unsupported

TOTALS_FROM_A_RATE = [
    ("Barley yielded 6.2 tonnes per hectare across 310 hectares this year.",
     "The farm harvested about 1,900 tonnes of barley.", "about 1,900 tonnes"),
    ("Oats averaged 3.1 tonnes per hectare on a further 240 hectares.",
     "Some 744 tonnes of oats came off the farm.", "Some 744 tonnes"),
    ("The borehole pump delivers 12 litres a second and ran for two hours on Tuesday.",
     "It pumped 86,400 litres on Tuesday.", "86,400 litres"),
    ("The ferry kept to 14 knots for the whole 3-hour crossing.",
     "The ferry covered 42 nautical miles.", "42 nautical miles"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "draft", "figure"), TOTALS_FROM_A_RATE)
def test_a_total_from_a_rate_and_its_amount_is_supported(source: str, draft: str, figure: str) -> None:
    assert figure not in unsupported(draft, source)
    assert not flagged(draft, source)


# (a source that states a total of the kind too, so that the draft's sentence is about what it covers)
TOTALS_THE_RATE_DOES_NOT_GIVE = [
    ("Barley yielded 6.2 tonnes per hectare across 310 hectares this year, against 1,700 tonnes in all last year.",
     "The farm harvested about 2,900 tonnes of barley this year.", "about 2,900 tonnes"),
    ("The borehole pump delivers 12 litres a second and ran for two hours on Tuesday, after 50,000 litres on "
     "Monday.", "It pumped 8,640 litres on Tuesday.", "8,640 litres"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "draft", "figure"), TOTALS_THE_RATE_DOES_NOT_GIVE)
def test_a_total_the_rate_does_not_give_is_reported(source: str, draft: str, figure: str) -> None:
    assert figure in [text for _, text in flagged(draft, source)]


LEVELS_BEFORE_A_CHANGE_IN_THE_PRESENT = [
    ("The app's download shrinks by 35% to 182 MB.", "The download is now 182 MB, down from 280 MB.", "280 MB"),
    ("The club's membership swells by 25% to 1,500.", "Membership is up from 1,200 to 1,500.", "1,200"),
    ("Average waits slides by 20% to 32 minutes.", "Waits are down from 40 minutes to 32.", "40 minutes"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "draft", "figure"), LEVELS_BEFORE_A_CHANGE_IN_THE_PRESENT)
def test_the_level_before_a_change_said_in_the_present_is_supported(source: str, draft: str, figure: str) -> None:
    assert figure not in unsupported(draft, source)


PER_EACH_ONE = [
    # (source, draft, reported figure or None)
    ("The Corran ferry carried 96,000 passengers in 2025 on 1,600 crossings.",
     "The ferry averaged 60 passengers per crossing in 2025.", None),
    ("The Corran ferry carried 96,000 passengers in 2025 on 1,600 crossings.",
     "The ferry averaged 16 passengers per crossing in 2025.", "16"),
    ("Brookfield School has 1,142 pupils and 71 full-time teachers.",
     "There are about 16 pupils for every teacher at Brookfield.", None),
    ("Brookfield School has 1,142 pupils and 71 full-time teachers.",
     "There are about 26 pupils for every teacher at Brookfield.", "about 26"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "draft", "reported"), PER_EACH_ONE)
def test_a_count_for_each_one_of_a_thing_is_worked_from_the_two_counts(
    source: str, draft: str, reported: str | None
) -> None:
    assert unsupported(draft, source) == ([reported] if reported else [])


# A measure's rate per an amount of another, from a total and what it is spread over: a yield from
# a harvest and its area ("a hectare" or "per hectare", in any unit of area)
RATES_FROM_A_TOTAL = [
    # (source, draft, reported figure or None)
    ("Oilseed rape output fell to 5,120 tonnes from 1,360 hectares.",
     "Oilseed rape yielded about 3.8 tonnes a hectare.", None),
    ("Oilseed rape output fell to 5,120 tonnes from 1,360 hectares.",
     "Oilseed rape yielded about 3.8 tonnes per hectare.", None),
    ("Oilseed rape output fell to 5,120 tonnes from 1,360 hectares.",
     "Oilseed rape yielded about 1.5 tonnes an acre.", None),
    ("The estate's vines gave 96 tonnes of grapes from 12 hectares.", "The vines gave 8 tonnes a hectare.", None),
    ("Oilseed rape output fell to 5,120 tonnes from 1,360 hectares.",
     "Oilseed rape yielded about 4.8 tonnes a hectare.", "about 4.8 tonnes a hectare"),
    ("Oilseed rape output fell to 5,120 tonnes from 1,360 hectares.",
     "Oilseed rape yielded about 2.5 tonnes an acre.", "about 2.5 tonnes an acre"),
    ("The estate's vines gave 96 tonnes of grapes from 12 hectares.", "The vines gave 14 tonnes a hectare.",
     "14 tonnes a hectare"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "draft", "figure"), RATES_FROM_A_TOTAL)
def test_a_rate_per_an_amount_is_worked_from_a_total(source: str, draft: str, figure: str | None) -> None:
    reported = unsupported(draft, source)
    assert (figure in reported) if figure else not reported
