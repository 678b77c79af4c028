"""share-arithmetic within one document: the one share a document counts from its part and whole
("repaired 18,400 of the 23,000 potholes reported") against a percentage in another sentence that
says the same of that whole in its own words ("70% of all reports", "Repair rate: 70%"). Silent: the
share as counted, its rest, a share of the part or of another set, of another year, an aim, a
percentage whose words name neither the whole nor what its part did, and a document that counts
two shares."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

A_SHARE_THE_COUNTS_DO_NOT_GIVE = [
    ("The council repaired 18,400 of the 23,000 potholes reported last year. That work, 70% of all reports, "
     "cost £6.2 million.", "70%"),
    ("Ridgeway Library lent 3,150 of its 4,500 new books in the first month.\n\nLibrarians said lending 60% of "
     "new stock so quickly was a record.", "60%"),
    ("Volunteers rehomed 412 of the 515 cats taken in by the shelter in 2025. A rehoming rate of 90% puts it "
     "among the best in the county.", "90%"),
    ("Some 1,240 of the 1,550 households surveyed said they recycle food waste.\n\n- Households that recycle "
     "food waste: 70%\n- Survey cost: £8,000", "70%"),
    ("The hospital saw 9,600 of its 12,000 emergency patients within four hours. Seeing 75% of patients that "
     "quickly still misses the national standard.", "75%"),
    # the whole named by a noun for the group, the part "from" or "out of" it
    ("The academy says 142 pupils from a year group of 180 passed English and maths.\n\n- grade 4 or above in "
     "English and maths: 84%\n- pupils with a grade 9: 31", "84%"),
    ("The hospital treated 326 patients out of a total of 410 within a day. Treating 86% of patients that fast "
     "is a record for the trust.", "86%"),
    # a sentence that points back at the count before it
    ("At Kingsmead, 142 of the 180 pupils in Year 11 got a grade 4 in maths. That result (84% of the year group) "
     "is the school's best.", "84%"),
    ("The club kept 512 of its 640 members this year. That renewal rate, 85%, is its best since 2015.", "85%"),
    # another share in the sentence, of another place or time
    ("At Kingsmead, 142 of the 180 pupils in Year 11 passed maths. That pass rate, 84%, puts it ahead of St "
     "Edmund's, where it was 71%.", "84%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), A_SHARE_THE_COUNTS_DO_NOT_GIVE)
def test_a_share_the_counted_part_and_whole_do_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure)


SHARES_THAT_AGREE_OR_ARE_OF_OTHER_THINGS = [
    # a rate charged on a price shares out nothing counted
    "The battery stores 10.2 kWh, of which 9.6 kWh is usable. The installed price is £5,950 including VAT at 0%, or "
    "£4,800 for the battery alone.",
    "The club lent 640 of its 800 boats last summer. Members can pay the £300 fee in instalments at an APR of 9.9% "
    "for the boats.",
    # the share as counted, and its rest
    "The council repaired 18,400 of the 23,000 potholes reported last year. That work, 80% of all reports, cost "
    "£6.2 million.",
    "The council repaired 18,400 of the 23,000 potholes reported last year. The other 20% of reports are still open.",
    # a share of the part, or of another set
    "The council repaired 18,400 of the 23,000 potholes reported last year. Crews finished 70% of repairs "
    "within a day.",
    "Some 1,310 of the 2,400 members voted in the ballot. Of those who voted, 72% backed the strike.",
    # shares of two groups set side by side
    "Only 7 of the 47 patients who fell ill had been vaccinated. About 28% of those vaccinated had a sore arm, "
    "compared with 10% in the placebo group.",
    # another year
    "The council repaired 18,400 of the 23,000 potholes reported in 2025. In 2024 it repaired 70% of reports.",
    # an aim
    "The council repaired 18,400 of the 23,000 potholes reported last year. It aims to repair 95% of reports "
    "next year.",
    # words that name neither the whole nor what its part did
    "The council repaired 18,400 of the 23,000 potholes reported last year. Turnout at the May election was 70%.",
    # two counted shares: which one a percentage restates is unsaid
    "The council repaired 18,400 of the 23,000 potholes reported last year, and 900 of the 1,200 broken street "
    "lights. Repairs reached 70% of reports in the town centre.",
    # the same readings, right, or pointing back at no count
    "The academy says 142 pupils from a year group of 180 passed English and maths.\n\n- grade 4 or above in "
    "English and maths: 79%\n- pupils with a grade 9: 31",
    "At Kingsmead, 142 of the 180 pupils in Year 11 got a grade 4 in maths. That result (79% of the year group) "
    "is the school's best.",
    "The club kept 512 of its 640 members this year. Its bar takings rose. That rate, 85%, is its best since 2015.",
    # a part from a group that is no whole of it: money raised from a crowd
    "The match raised £4,000 from a crowd of 2,000. About 65% of the crowd were season-ticket holders.",
]


@pytest.mark.parametrize("text", SHARES_THAT_AGREE_OR_ARE_OF_OTHER_THINGS)
def test_shares_that_agree_or_are_of_other_things_are_not_flagged(text: str) -> None:
    assert not flags(text)
