"""A later definite mention in one document that narrows its noun names a part, not the whole again:
by a participle phrase that says more than its verb, shown to be one by the verb after it ("The
2,000 tickets sold online went in an hour" after "sold 8,000 tickets"), or by a bound on what is
counted ("The 150 members under 18" after "2,000 members"). Where the earlier sentence says the
same words, or the verb is the clause's own, the mention still states the figure again."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at


@pytest.mark.parametrize(
    "text",
    [
        "The festival sold 8,000 tickets this year. The 2,000 tickets sold online went in an hour.",
        "The council planted 900 trees last year. The 40 trees planted by pupils died in the drought.",
        "The garage repaired 640 cars in March. The 90 cars repaired under warranty were returned free.",
        "The club has 2,000 members. The 150 members under 18 pay half the fee.",
        "The town has 12,400 residents. The 3,100 residents over 65 get a free bus pass.",
        "The survey covered 900 homes. The 120 homes within 2 miles of the works were visited twice.",
    ],
)
def test_a_narrowed_later_mention_is_a_part(text: str) -> None:
    assert not flags(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the participle phrase says only what the earlier sentence says
        ("The agency sold 40 flats last month. The 14 flats sold last month have been let again.", "14"),
        # the same bound on both sides
        ("The club has 2,000 members under 18. The 2,200 members under 18 pay half the fee.", "2,200"),
        # the verb is the clause's own: nothing follows to show a participle
        ("The festival sold 8,000 tickets. The 9,000 tickets sold out in an hour.", "9,000"),
    ],
)
def test_a_mention_that_adds_nothing_still_states_the_figure(text: str, figure: str) -> None:
    assert flags_at(text, figure)
