"""Against a source, a part said "N of M" ("11 of 19", "4 out of 25") is never the whole it is of,
nor swapped with it (numcheck.linking `whole_stated`, numcheck.swaps `_part_and_whole`); and a
count said "who abstained" is narrowed by what they did, so it is not the body's whole membership."""

from __future__ import annotations

import pytest
from against_source import flagged

# (the sources of summaries 265 and 272 of the benchmark)
CLUBS = (
    "Redbrook Youth Club will lose £38,000 of its £96,000 annual council grant from 1 April, leaving it "
    "with £58,000, the county council confirmed on Tuesday. The club, which opened in 1987, is used by "
    "about 240 young people aged 11 to 19 each week and runs five evening sessions. Its manager, Tom "
    "Akande, said the cut would force it to close on Mondays and Fridays and to let go two of its seven "
    "paid youth workers. Last year the club raised £14,500 from its own events, up from £9,800 the year "
    "before. The council says the saving is part of a £2.1 million reduction in youth services over three "
    "years, and that 11 of the county's 19 youth clubs face cuts."
)
TRUST = (
    "Annual general meeting, Castlebridge Town Supporters' Trust, Thursday 20 November 2025, Riverside "
    "Suite. 1. Membership: 1,864 members at 30 June, up from 1,517 a year earlier; 212 are juniors. 2. "
    "Accounts for the year to 30 June approved: income £58,400, spending £49,900, surplus £8,500. The "
    "trust's shareholding in the club rose from 8.2% to 11.5% after it bought 33,000 shares at £1 each. "
    "3. Elections: 9 candidates stood for 6 board places; turnout was 41%. 4. Motion asking the club to "
    "cap adult season tickets at £340 for 2026-27 (now £325): carried by 412 votes to 57, with 18 "
    "abstentions. 5. The trust will hold at least 4 open meetings in the coming year. Meeting closed at "
    "9.05pm."
)


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The council says 11 out of 19 youth clubs in the county face cuts.", CLUBS),
        ("More than half of the county's youth clubs, 11 of 19, face cuts.", CLUBS),
        ("The county's youth clubs face cuts: 11 out of 19 of them.", CLUBS),
        (
            "The season-ticket motion was carried by 412 votes to 57, with 487 members taking part, including 18 "
            "who abstained.",
            TRUST,
        ),
    ],
)
def test_a_part_or_a_narrowed_count_is_not_set_against_the_whole(draft: str, source: str) -> None:
    errors = [(rule, text) for rule, text in flagged(draft, source) if rule == "figure-mismatch"]
    assert not errors, errors
