"""unsupported-figure: a share that its own sentence counts as a part of a whole ("More than half of
the county's youth clubs, 11 of 19, face cuts") is given by that sentence (numcheck.support
`_share_its_sentence_counts`); the counts are checked as figures of their own, and a share the
counts do not give is share-arithmetic's."""

from __future__ import annotations

import pytest
from against_source import flagged

SOURCE = (
    "The council says the saving is part of a £2.1 million reduction in youth services over three years, and that "
    "11 of the county's 19 youth clubs face cuts. Redbrook Youth Club will lose £38,000 of its £96,000 grant."
)


@pytest.mark.parametrize(
    ("draft", "figure"),
    [
        ("More than half of the county's youth clubs, 11 of 19, face cuts.", None),
        ("About 58% of the county's youth clubs, 11 of 19, face cuts.", None),
        ("Nearly three in five of the county's youth clubs, 11 out of 19, face cuts.", None),
        ("A third of the county's youth clubs, 11 of 19, face cuts.", "A third"),
    ],
)
def test_a_share_its_own_sentence_counts_is_given_by_it(draft: str, figure: str | None) -> None:
    reported = [text for _, text in flagged(draft, SOURCE)]
    assert (figure in reported) if figure else not reported, reported
