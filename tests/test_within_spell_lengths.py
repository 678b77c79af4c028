"""Within one document, how long the story's one job, absence or stoppage lasted, told twice in
different words ("took 14 weeks", then "after 18 weeks of work"), is one length: two lengths for it
contradict (numcheck.job_lengths). Parts and rounds of it, plans, bounds, rates, other years, and
documents that give three or more lengths of one kind are left alone."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (draft, the later length that is flagged)
_FLAGGED = [
    # work: "took", "spent ... -ing", "of work", "-week <noun>", "(N months", "restored in"
    (
        "Rebuilding the chapel roof took nine weeks. The parish thanked the roofers for their 12 weeks of work.",
        "12 weeks",
    ),
    (
        "Volunteers spent 20 months restoring the steam crane. The restoration (26 months, £85,000) was paid for "
        "by a lottery grant.",
        "26 months",
    ),
    (
        "The old cinema reopens on Friday after a 16-month refurbishment. Builders finished the job in 13 months, "
        "the owners said.",
        "13 months",
    ),
    (
        "It took the trust 30 weeks to convert the barn into a bunkhouse. The barn's conversion lasted 24 weeks.",
        "24 weeks",
    ),
    # away: "away for", "at sea", "spent ... underground"
    (
        "The survey ship was away for 61 days. Its crew of 19 spent nearly three months at sea mapping the trench.",
        "nearly three months",
    ),
    (
        'The two potholers were trapped for four days. "After six days underground you stop counting hours," one said.',
        "six days",
    ),
    # stopped: "closed for", "-week strike", "(N weeks"
    (
        "The swing bridge closed for eight weeks while its gears were replaced. The closure (11 weeks in all) cost "
        "shops on both banks.",
        "11 weeks",
    ),
    (
        "Hospital porters ended a six-week strike on Monday with a 4% rise. The nine-week strike cost the trust "
        "£300,000.",
        "nine-week",
    ),
]

_CLEAN = [
    # one length in two units
    "Rebuilding the chapel roof took nine weeks. The parish thanked the roofers for their two months of work.",
    "The survey ship was away for 61 days. Its crew of 19 spent about two months at sea mapping the trench.",
    # a part of the spell
    "Restoring the mill took 18 months. The first three months were spent draining the wheel pit.",
    # a plan against what happened
    "The restoration took 18 months. It was expected to take 12 months when work began.",
    # another round
    "The bridge closed for eight weeks in the spring. It will close for another two weeks in October.",
    # other years
    "The festival's set-up took five days this year. In 2023 it took eight days.",
    # two kinds of spell: the closure and the work inside it
    "The pier closed for 27 months. Repairs took 22 months, after surveys and a search for a contractor.",
    # a bound
    "The ship was away for 61 days. Crews can stay at sea for up to 90 days.",
    # three lengths of one kind: several jobs
    "The roof took nine weeks, the windows took three weeks and the organ took 14 weeks to restore.",
    # a rate
    "The work took 14 weeks. Volunteers gave 20 hours a week.",
    # another spell that came after
    "Rebuilding the organ took 11 months. The tuning that followed took two months.",
]


@pytest.mark.parametrize(("draft", "figure"), _FLAGGED)
def test_a_spell_told_twice_with_two_lengths_is_flagged(draft: str, figure: str) -> None:
    assert flags_at(draft, figure), draft


@pytest.mark.parametrize("draft", _CLEAN)
def test_lengths_that_agree_or_are_of_other_spells_are_left_alone(draft: str) -> None:
    assert not flags(draft), draft
