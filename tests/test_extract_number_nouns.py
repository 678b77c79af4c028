"""Numbers said as nouns ("a score of boats", "a couple of them", "a fortnight", "scored a brace", "a
hat-trick of titles"), "half" before its
whole ("half the staff"), and a number word before a compound that holds another ("seven
three-pointers" is seven, not ten)."""

from __future__ import annotations

import pytest

import numcheck


def _claims(sentence: str) -> dict[str, tuple[str, float, str | None]]:
    return {c.text: (c.kind.value, c.value, c.unit) for c in numcheck.extract(sentence)}


READ = [
    ("A score of fishing boats left the harbour before dawn.", "A score", ("count", 20, None)),
    ("The storm flattened a score of old barns.", "a score", ("count", 20, None)),
    ("A couple of them came back with no catch.", "A couple", ("count", 2, None)),
    ("Only a couple of councillors voted against.", "a couple", ("count", 2, None)),
    ("The repairs took a couple of weeks.", "a couple of weeks", ("measure", 2, "week")),
    ("The path runs for a couple of miles.", "a couple of miles", ("measure", 2, "mile")),
    ("The printed guide costs a couple of pounds.", "a couple of pounds", ("money", 2, "GBP")),
    ("A couple of the ferries were cancelled.", "A couple", ("count", 2, None)),
    ("Nearly a score of villages lost power.", "Nearly a score", ("count", 20, None)),
    ("The abbey stood empty for a score of years.", "a score of years", ("measure", 20, "year")),
    ("The footbridge will be closed for a fortnight from 9 March.", "a fortnight", ("measure", 1, "fortnight")),
    ("Entries close on 14 June, a fortnight after they open.", "a fortnight", ("measure", 1, "fortnight")),
    ("The twelve volunteers spent a fortnight on the island.", "a fortnight", ("measure", 1, "fortnight")),
    ("Results are due in a fortnight.", "a fortnight", ("measure", 1, "fortnight")),
    ("Staff were given a fortnight's notice.", "a fortnight", ("measure", 1, "fortnight")),
    ("Okafor scored a brace before half-time.", "a brace", ("count", 2, None)),
    ("The winger bagged a brace of goals in ten minutes.", "a brace", ("count", 2, None)),
    ("Jones netted a hat-trick in the second half.", "a hat-trick", ("count", 3, None)),
    ("The club won a hat-trick of titles under her.", "a hat-trick", ("count", 3, None)),
    ("A hat-trick of wins lifted them to third.", "A hat-trick", ("count", 3, None)),
    ("Patel took a hat trick in the final over.", "a hat trick", ("count", 3, None)),
    ("Nearly half the staff left in the first year.", "Nearly half", ("ratio", 0.5, None)),
    ("Half the seats were empty on the opening night.", "Half", ("ratio", 0.5, None)),
    ("The firm cut half its workforce.", "half", ("ratio", 0.5, None)),
    ("He hit seven three-pointers in the final quarter.", "seven", ("count", 7, None)),
    ("The trust built five two-bedroom flats.", "five", ("count", 5, None)),
    ("The course has four two-hour sessions.", "four", ("count", 4, None)),
    ("She made twenty-one three-pointers this season.", "twenty-one", ("count", 21, None)),
    ("Two hundred and twenty-one people signed.", "Two hundred and twenty-one", ("count", 221, None)),
]  # fmt: skip

NOT_READ = [
    ("He finally settled a score with his old rival.", "a score"),
    ("The final score was 3-1 to the visitors.", "score"),
    ("She posted a score of 80% in the exam.", "a score"),
    ("They won by a score of three goals to one.", "a score"),
    ("A married couple moved into the flat.", "couple"),
    ("The couple married in June.", "couple"),
    ("The club charges £50 a fortnight.", "a fortnight"),
    ("The bins are emptied twice a fortnight.", "a fortnight"),
    ("The fire broke out a fortnight ago.", "a fortnight"),
    ("He fitted a brace to the old shelf.", "a brace"),
    ("Smith was the hat-trick hero on Saturday.", "hat-trick"),
    ("The hat-trick came in the 80th minute.", "hat-trick"),
    ("Two 250 g bags a fortnight is plenty for us.", "a fortnight"),
    ("The club runs three sessions a fortnight.", "a fortnight"),
    ("A couple more ferries were cancelled.", "couple"),
    ("The score of the match was never in doubt.", "score"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "expected"), READ)
def test_a_number_said_as_a_noun_or_before_a_compound_is_read(
    sentence: str, text: str, expected: tuple[str, float, str | None]
) -> None:
    claims = _claims(sentence)
    assert text in claims, claims
    kind, value, unit = claims[text]
    assert (kind, unit) == (expected[0], expected[2])
    assert value == pytest.approx(expected[1])


@pytest.mark.parametrize(("sentence", "text"), NOT_READ)
def test_an_idiom_a_result_or_a_rate_is_no_number_noun(sentence: str, text: str) -> None:
    claims = numcheck.extract(sentence)
    as_nouns = [c for c in claims if c.kind.value in ("count", "measure") and c.text.lower().endswith(text.lower())]
    assert as_nouns == [], [(c.kind.value, c.text) for c in claims]


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("A couple of the ferries were cancelled.", 2, 3),
        ("The repairs took a couple of weeks.", 2, 3),
        ("More than a couple of boats sank.", 2, None),
        ("A score of fishing boats left the harbour.", 20, 20),
    ],
)
def test_a_couple_reaches_three_at_a_stretch_and_a_score_is_twenty(
    sentence: str, low: float, high: float | None
) -> None:
    """ "a couple of weeks" restated as "three weeks" is no contradiction; "a dozen" is."""
    (claim,) = [c for c in numcheck.extract(sentence) if c.value in (2, 20)]
    assert (claim.interval.low, claim.interval.high) == (low, high)
