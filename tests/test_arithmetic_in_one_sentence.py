"""Arithmetic a sentence does on its own figures, said the ways news copy says it:
- a verb of change with its object between it and "from" ("raised the cap for a typical household
  from £1,640 to £1,804") is a change between the two ends;
- the base a change is said "on" ("rose 28% on 2025's total of 1,250") is its start, and the level
  it came to after a comma ("..., reaching 1,650") its end;
- a year's total and the rate set beside it ("1,140 operations last year, about 95 a month";
  "5,200 tickets a year, or 100 a week") must agree;
- two shares of one whole in one sentence, each in its own state ("passed 43.6% ... and failed
  46.4%"), make the whole;
- a conversion after the measure's own word ("48 metres tall (110 feet)") is checked, and a
  multiple of a bare count past a length of time ("18,600 pints over its three days, double the
  6,200") is the ratio of the two;
- "up from" is said of the level near its own size, past a smaller figure between ("26,400 tickets
  for its 140 events, up from 23,900");
- a worked-out percentage or multiple in a message is rounded as a reader writes it."""

from __future__ import annotations

import pytest
from one_document import flags

import numcheck
from numcheck.model import ClaimKind, Direction, Role


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The regulator raised the cap for a typical household from £1,640 to £1,804.", Direction.UP),
        ("The council cut waiting times at the clinic from 14 weeks to nine.", Direction.DOWN),
        ("The firm increased its stake in the business from 12% to 15%.", Direction.UP),
        ("Ministers lowered the speed limit on the bypass from 60mph to 50mph.", Direction.DOWN),
        ("The club has hiked season ticket prices from £320 to £365.", Direction.UP),
        ("The board slashed the dividend from 40p to 25p.", Direction.DOWN),
    ],
)
def test_a_verb_its_object_then_from_and_to_is_a_change(text: str, direction: Direction) -> None:
    claims = numcheck.extract(text, "t.txt")
    (change,) = [c for c in claims if c.kind is ClaimKind.CHANGE]
    assert change.direction is direction
    assert {c.role for c in claims if c.role is not None} == {Role.FROM, Role.TO}


@pytest.mark.parametrize(
    "text",
    [
        "Developers built homes priced from £200,000 to £300,000.",
        "The charity raised money from 300 donors to 40 charities.",
        "The trust increased spending on children aged from 5 to 11.",
        "Sales rose and shops opened from 9 to 5.",
        # an intransitive verb's words before "from" are no object: the figures are another range
        "Fares fell for riders from 16 to 25.",
        "Crime rose in towns from 5,000 to 20,000 people.",
    ],
)
def test_a_range_or_another_clause_after_the_object_is_no_change(text: str) -> None:
    assert not [c for c in numcheck.extract(text, "t.txt") if c.kind is ClaimKind.CHANGE and c.from_value]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Offences rose 28% on 2025's total of 1,250, reaching 1,650.", 1250, 1650),
        ("Offences rose 28% on the 1,250 of 2025, to 1,650.", 1250, 1650),
        ("Visits were up 12% on last year's 40,000, hitting 44,800.", 40000, 44800),
        ("Arrests fell 10% on last year's 900, standing at 810.", 900, 810),
        ("Members rose 5% from 2,000, taking the total to 2,100.", 2000, 2100),
    ],
)
def test_the_base_said_on_and_the_level_reached_are_a_changes_ends(text: str, start: float, end: float) -> None:
    (change,) = [c for c in numcheck.extract(text, "t.txt") if c.kind is ClaimKind.CHANGE]
    assert (change.from_value, change.to_value) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Shares rose 5% on the day to 340p.", None, 3.4),
        ("Sales rose 5% on 1,200, while exports reached 300.", 1200, None),
        ("Sales rose 5%, and staff numbers reached 300.", None, None),
        ("Offences rose 28%, reaching 1,650.", None, 1650),
    ],
)
def test_on_with_no_base_and_another_clauses_level_are_no_ends(text: str, start: float, end: float) -> None:
    (change,) = [c for c in numcheck.extract(text, "t.txt") if c.kind is ClaimKind.CHANGE]
    assert (change.from_value, change.to_value) == (start, end)


WRONG_IN_ONE_SENTENCE = [
    "The regulator raised the cap for a typical household from £1,640 a year to £1,804, an increase of £146.",
    "The council cut waiting times at the clinic from 14 weeks to nine, a fall of 45%.",
    "Offences, which rose 28% on 2025's total of 1,250, reached 1,650 last year, police said.",
    "Offences rose 28% on 2025's total of 1,250, reaching 1,650.",
    "Visits were up 12% on last year's 40,000, hitting 47,000.",
    "Surgeons used the hospital's robots for 1,140 operations last year, about 115 a month.",
    "The clinic carried out 1,140 operations in 2025, an average of 115 a month.",
    "The library lent 52,000 books in 2024, some 1,500 a week.",
    "The centre sold 5,200 tickets a year, or 150 a week.",
    "The helpline took 73,000 calls last year, roughly 300 a day.",
    # two states of one whole in one sentence that do not make the whole
    "Learners at the centre passed 43.6% of their practical tests last year and failed 46.4%.",
    "Some 43.6% of tests were passed and 46.4% failed.",
    "In the trial 62% of seats were filled and 41% were empty.",
    "Inspectors passed 81% of restaurants, and 12% failed.",
    # a conversion after the measure's own word; a multiple of a bare count past a length of time
    "The wheel is 48 metres tall (110 feet).",
    "The wheel, 48 metres tall (about 110 feet), can carry 240 riders.",
    "The shaft is 300 metres deep (650 feet).",
    "The festival sold 18,600 pints over its three days, double the 6,200 it sold in 2025.",
    "The festival sold 18,600 pints this year (three times the 8,200 of 2025).",
    "The dairy made 42 tonnes of cheese over six months, half the 60 it made a year earlier.",
    # "up from" said of the level it is near, past a smaller figure between
    "The festival sold 26,400 tickets for its 140 events, up from 28,900 last year.",
]


@pytest.mark.parametrize("text", WRONG_IN_ONE_SENTENCE)
def test_a_sentence_whose_own_arithmetic_fails_is_flagged(text: str) -> None:
    assert flags(text)


RIGHT_IN_ONE_SENTENCE = [
    "The regulator raised the cap for a typical household from £1,640 a year to £1,804, an increase of £164.",
    "Offences rose 28% on 2025's total of 1,250, reaching 1,600.",
    "Surgeons used the hospital's robots for 1,140 operations last year, about 95 a month.",
    "The clinic carried out 1,140 operations in 2025, nearly 100 a month.",
    "The library lent 52,000 books in 2024, some 1,000 a week.",
    "The centre sold 5,200 tickets a year, or 100 a week.",
    "The helpline took 73,000 calls last year, roughly 200 a day.",
    # not the year's average: a part of the year, the peak, or a comparison
    "The clinic carried out 1,140 operations so far in 2025, about 115 a month.",
    "The clinic carried out 1,140 operations last year, 150 a month at its peak.",
    "The clinic carried out 1,140 operations last year, 115 a month more than in 2024.",
    "Learners at the centre passed 43.6% of their practical tests last year and failed 56.4%.",
    "Inspectors passed 81% of restaurants, and 19% failed.",
    # states of other wholes, other times, or with attempts between
    "Learners passed 80% of theory tests and failed 30% of practical tests.",
    "About 45% of boys passed while 40% of girls failed.",
    "Some 81% passed in 2024 and 25% failed in 2025.",
    "Of the candidates, 70% passed first time and 20% failed twice.",
    "The wheel is 48 metres tall (157 feet).",
    "The wheel is 48 metres tall (about 160 feet).",
    "The shaft is 300 metres deep (about 1,000 feet).",
    "The festival sold 18,600 pints over its three days, triple the 6,200 it sold in 2025.",
    "The festival sold 18,600 pints this year (three times the 6,200 of 2025).",
    "The dairy made 42 tonnes of cheese over six months, about two-thirds of the 60 it made a year earlier.",
    "The festival sold 26,400 tickets for its 140 events, up from 23,900 last year.",
    "Revenue was €9 million from 14 shops, up from €7 million.",
]


@pytest.mark.parametrize("text", RIGHT_IN_ONE_SENTENCE)
def test_a_sentence_whose_own_arithmetic_holds_is_silent(text: str) -> None:
    assert flags(text) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Waiting times fell from 14 weeks to nine, a fall of a third.", "is 35.7%, not a third"),
        ("Sales rose from 81 to 100, a rise of 28%.", "is 23.5%, not 28%"),
        ("Sales doubled from 81 to 300.", "is 3.7×, not doubled"),
    ],
)
def test_a_worked_out_percentage_or_multiple_is_shown_rounded(text: str, shown: str) -> None:
    (message,) = flags(text)
    assert shown in message
