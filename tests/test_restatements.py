"""Within one document, a later mention that states a figure again with the context the document
has given it (numcheck.restatements): another word for the head, a word for the figure itself,
a pronoun subject, a label, a headline. Rows that must flag, and rows that must stay silent
because something tells the two figures apart."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
RESTATED_WITH_ANOTHER_FIGURE = [
    # another word for the same head
    ("The harvest fair drew a crowd of 8,200 on Sunday, the organisers said. Attendance of 2,800 made it the "
     "biggest fair in years.", "2,800"),
    ("Halden Glass employs 740 people at its Selby works. Managers said on Monday that the works' workforce of "
     "470 would get a pay rise.", "470"),
    ("A crowd of 12,600 watched the Orme half marathon. The turnout of 16,200 was a record.", "16,200"),
    # a word for the figure itself, pointing back
    ("The county's shop vacancy rate reached 11.4% in June. Traders said that figure of 14.1% hid empty "
     "units on every high street.", "14.1%"),
    ("Last year 31.5% of Kelby's footbridges needed repair. The rate, 35.1%, worried the council.", "35.1%"),
    ("Harrow council collected 58.3% of unpaid parking fines. This 53.8% rate is the county's best.", "53.8%"),
    # another verb for one act
    ("The charity handed out 3,300 winter coats last year. Its volunteers distributed 3,030 coats, the "
     "annual report says.", "3,030"),
    ("Millgate food bank gave out 9,100 parcels in the winter. It provided 1,900 parcels, most to pensioners.",
     "1,900"),
    # a label in a fact box, a headline
    ("Tarrant rowing club:\n- members: 1,240\n- boats: 64\n\nThe club's 1,420 members will vote on the move.",
     "1,420"),
    ("Library lends 58,000 books in first year\n\nThe new Gorton library lent 85,000 books in its first year, "
     "the council said.", "58,000"),
    ("Kelby recycling rate hits 51.3%\n\nKelby council recycled 53.1% of household waste last year.", "51.3%"),
    ("Only 2,100 staff work at the Lyle depot\n\nThe Lyle depot employs 1,200 people and runs 300 vans.", "2,100"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), RESTATED_WITH_ANOTHER_FIGURE)
def test_a_restatement_with_another_figure_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


# Figures of one head that something tells apart: another act, time, period, place, set or
# attribute; a part, a whole, a difference, a figure added to another; or two plain statements.
TOLD_APART = [
    # a part named as one: "alone", "on its own"
    "The club's 720 social members outnumber its 520 players. Dunsford's junior section alone has 330 players.",
    "The trust employs 4,800 staff. Its Harrogate hospital on its own employs 1,900 staff.",
    "Halden Glass employs 740 people. It hired 47 last year and laid off 94 in May.",
    "The fair drew a crowd of 8,200. Its grandstand has 2,800 seats and 280 stewards.",
    "The fair drew a crowd of 8,200 on Sunday. Last year's attendance was 6,100, after heavy rain.",
    "The charity handed out 3,300 coats last year. It has handed out 21,000 coats since 2015.",
    "Halden Glass employs 740 people at Selby. In total the group employs 2,100.",
    "The works employs 740 people. Suppliers employ another 400 people in the town.",
    "The rowing club has 1,240 members, 140 more than last year.",
    "The new towpath is 4 metres wide. The 12-mile towpath opens in June.",
    "A season ticket now costs £640. Five years ago, a season ticket cost £460.",
    "The army will get 48 new trucks. They will replace 36 old trucks.",
    "The chain employs 3,000 people in Wales. It has a workforce of 1,200 in Scotland.",
    "The charity handed out 3,300 coats. The coats, 1,100 of which went to children, were donated.",
    "Kelby's recycling rate is 44%. Marsby's recycling rate is 39%.",
    "The library lent 12,000 books in its first month. It holds 46,000 books.",
    "The depot employs 1,200 people. Its 300 drivers will strike on Friday.",
    "Fire crews were called out 4,100 times last year. In the past ten years they were called out 38,000 times.",
    "The club sold 9,000 season tickets in 2023. In 2024 it sold 11,000.",
    "Harrow council collected 58.3% of unpaid parking fines. The target of 65% was missed.",
    "Harbour museum:\n- objects: 31,000\n- staff: 40\n\nThe museum has loaned 2,400 objects to other galleries.",
    # a figure for each one of a set against the set's figure
    'Volunteers in Ashby planted 24,000 bulbs this autumn. "With 600 of us out, that is about 40 bulbs each,"'
    " said the organiser.",
    "The club's 80 members raised £12,000. That is £150 a head, its treasurer said.",
    # one party's share of a sum
    "The sea wall will cost £37 million. The council's share is £17 million over ten years.",
    "The new pier will cost £8.5 million. The county's contribution is £2.5 million over five years.",
    # someone's own figure set against another's
    "Last year the volunteer drivers made 9,800 trips. The council's own minibus service made 15,600 trips.",
]


@pytest.mark.parametrize("text", TOLD_APART)
def test_figures_told_apart_stay_silent(text: str) -> None:
    assert not flags(text, "doc.txt")
