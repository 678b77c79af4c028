"""Sums said over more than one clause or sentence (numcheck.sums): a total said to be the sum of
the amounts before it ("(330 in all)", "make up a crew of 64", "Together they gave £9,100"), the rest
of a whole stated a sentence before ("The bridge cost £3.2 million. The county paid £1.9 million of
it (the rest, £1.6 million, ...)"), the other share of a whole ("71% voted yes. The other 31% ..."),
and a table's total row against the rows above it. Parts that are only some of a whole, shares of
other wholes and rows of rates or averages are left alone."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, a figure the finding cites); every one was missed before
DO_NOT_ADD_UP = [
    # a total said after its parts
    ("The orchard sold 420 crates of apples, 180 of pears and 95 of plums this autumn (725 in all).", "725"),
    ("Its 38 paid staff and 21 volunteers, with 5 apprentices, make up a crew of 68.", "68"),
    ("Ferries carried 2,140 cars in June and 1,830 in July, 4,270 in total.", "4,270"),
    ("Parents gave £4,300 and local firms £2,900 to the playground fund. Together they raised £8,200, twice "
     "the council's grant.", "£8,200"),
    ("The clinic saw 310 patients on Monday, 285 on Tuesday and 240 on Wednesday, a total of 905.", "905"),
    # the rest of a whole stated a sentence before
    ("The new footbridge cost £3.2 million. The county paid £1.9 million of it, and the rest, £1.6 million, came "
     "from a transport grant.", "£1.6 million"),
    ("The charity received 1,500 applications. Of those, 620 came from Leeds and the remaining 980 from "
     "the rest of Yorkshire.", "980"),
    # parts said to be "of" the whole the sentence before, that come to more than it
    ("The library lent 5,200 books in May. Of them, 2,900 were novels and 2,700 were children's books.", "5,200"),
    ("£42,000 was spent on the park this year. £30,500 of it went on new paths and £14,000 on planting.",
     "£42,000"),
    # the other share of a whole
    ("Members voted 71% in favour of the new rules. The other 31% voted against.", "31%"),
    ("Of the 900 drivers asked, 44% said they would buy an electric car. The remaining 66% said they would not.",
     "66%"),
    ("Passed: 58%. Failed: the other 32%.", "32%"),
    ("Some 74% of the clinic's patients were seen within four weeks. The other 36% waited longer.", "36%"),
    # "a combined field of", "which totals", "taking the field to"; a sentence that opens "The combined ..."
    ("The race has 2,910 entrants for the full marathon and 1,940 for the half, a combined field of 5,850.", "5,850"),
    ("The race has 2,910 entrants for the full marathon and 1,940 for the half. The combined field of 5,850 is a "
     "record.", "5,850"),
    ("The shelter took in 410 dogs and 230 cats, which totals 740 animals.", "740"),
    ("The full marathon has 2,910 runners and the half 1,940, taking the field to 5,850.", "5,850"),
    # a sum said a sentence after its parts, with no figure before it in its own sentence
    ("The hall seated 640 guests downstairs and 210 in the gallery. The total, 910, beat the old record.", "910"),
    ("Volunteers planted 1,300 trees at Ashby and 700 at Moreton. The combined planting (2,200 trees) took a "
     "week.", "2,200"),
    ("The appeal drew 3,150 online gifts and 1,420 by post. The tally, which totals 4,870, is a record.", "4,870"),
    ("The fair had 86 food stalls and 54 craft stalls. In all, 150 stalls filled the square.", "150"),
    ("The bridge is paid for by a £2.9m grant and £1.2m from the council. The total (£4.6m, a record for the "
     "county) covers new railings.", "£4.6m"),
    # a table's total row
    ("Lifeboat launches last year:\n\n| Station | Launches |\n|---------|----------|\n| Penhallow | 64 |\n"
     "| St Kew | 41 |\n| Trebarth | 29 |\n| Total | 144 |\n", "144"),
    ("| Fund | Raised |\n|------|--------|\n| Gift Aid | £12,400 |\n| Events | £8,600 |\n| Total | £23,000 |\n",
     "£23,000"),
    # a row whose label counts what it is about is a part all the same
    ("| Work | Cost |\n|------|------|\n| 18 new gates | £450,000 |\n| Masonry | £520,000 |\n"
     "| Dredging | £230,000 |\n| Total | £1,300,000 |\n", "£1,300,000"),
    # a total said a sentence on: "That is", "the total," after another figure, or under a list
    ("Crews filled 2,650 potholes on A roads and 1,470 on lanes. \"That is 4,320 holes gone,\" said the council "
     "leader.", "4,320"),
    ("Volunteers planted 1,200 oaks and 800 birches this winter. The ranger, in post for 12 years, called the "
     "total, 2,200, a record.", "2,200"),
    ("The harvest by variety:\n\n- Bramley: 3,400 apples\n- Cox: 1,900 apples\n\nAltogether 5,800 apples were "
     "picked in October.", "5,800"),
    ("Stalls by day:\n\n- Saturday: 140 stalls\n- Sunday: 95 stalls\n\nIn all, 255 stalls were let.", "255"),
    ("The money came from a grant, a walk and a firm (£14,000, £7,500 and £4,000), and the total of £27,500 "
     "covers the bus.", "£27,500"),
    # amounts each said by where they came from, after the one larger amount they are of
    ("The appeal has reached £3.1 million, leaving £1.1 million to find. The sum (£1.8 million from the Heritage "
     "Fund, £750,000 from the Friends and £850,000 from the public) was announced on Sunday.", "£3.1 million"),
    ("The food bank took in 14,200 tins this winter. Collections brought 9,100 from schools, 3,400 from churches "
     "and 2,600 from supermarkets.", "14,200"),
    ("The hospice's spring appeal raised £96,000. Where it came from:\n\n- £52,000 from the fun run\n"
     "- £31,000 from local firms\n- £19,000 from collection tins", "£96,000"),
    # a whole said by "all", or as what a place sleeps, seats or holds
    ("The bothy has 8 bunks downstairs and 6 in the loft. All 16 can be booked online from March.", "16"),
    ("The refitted lifeboat seats 24 in the main cabin and 10 on deck. The boat, which seats 38, sails in May.",
     "38"),
    ("The chapel has 120 seats in the nave and 40 in the gallery. Its capacity, 180, makes it the town's "
     "biggest hall.", "180"),
    ("Bunkhouse: 12 beds in the barn, 9 in the cottage. Sleeps 23.", "23"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), DO_NOT_ADD_UP)
def test_parts_said_to_make_a_whole_that_they_do_not_make_are_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure), flags(text)


ADD_UP_OR_SAY_NOTHING_OF_A_SUM = [
    "The orchard sold 420 crates of apples, 180 of pears and 95 of plums this autumn (695 in all).",
    "Its 38 paid staff and 21 volunteers, with 5 apprentices, make up a crew of 64.",
    "Parents gave £4,300 and local firms £2,900 to the playground fund. Together they raised £7,200.",
    # some of the parts only, or a figure of the kind that is no part
    "The fund has paid for benches, including 12 in the park and 9 by the river, 61 in all across the borough.",
    "Orrin has 47 care homes (45 of them inspected), with 1,930 beds in all.",
    "The squad's four members have 96 years of rescue work between them.",
    # the rest of a whole, said correctly, or of a whole the sentence before does not state
    "The new footbridge cost £3.2 million. The county paid £1.9 million of it, and the rest, £1.3 million, came "
    "from a transport grant.",
    "The borough replaced 11,400 street lights last year. It will now replace the remaining 6,600.",
    "Payment of the first £60 million is due on signing, and the remaining £26 million next year.",
    "The chain has 40 shops in Leeds and 25 in York. The other 12 shops are in Hull.",
    # parts "of" a whole that may be only some of it, or that may overlap
    "The library lent 5,200 books in May. Of them, 1,900 were novels and 2,700 were children's books.",
    "The city has 40 schools. 12 of them are academies and 30 are also church schools.",
    "The club had 500 members in 2020. Some 300 of them have left and 450 new members have joined since.",
    "The trust employs 8,900 people. Of them, 5,100 are nurses and 4,200 work nights, some of them nurses as well.",
    # the other share, said correctly; shares of other wholes before it
    "Members voted 71% in favour of the new rules. The other 29% voted against.",
    "Of the 900 drivers asked, 44% said they would buy an electric car. The remaining 56% said they would not.",
    "Of the teachers asked, 62% said they might leave and 71% blamed workload. The other 38% planned to stay.",
    "Turnout rose by 6% this year. The other 40% stayed at home.",
    # a breakdown that runs over more sentences than the one before the rest
    "The winner took 44.1% of the vote.\nThe runner-up had 30.2% and the third 14.6%.\nFour others shared the "
    "remaining 11.1%.\n",
    # table rows of rates or averages, and rows that add up
    "| Line | Trains | On time |\n|------|--------|---------|\n| Coast | 48,000 | 88% |\n| Valley | 72,000 | 79% |\n"
    "| All lines | 120,000 | 82.6% |\n",
    "| Area | Average price |\n|------|---------------|\n| North | £210,000 |\n| South | £340,000 |\n"
    "| All | £290,000 |\n",
    "| Station | Launches |\n|---------|----------|\n| Penhallow | 64 |\n| St Kew | 41 |\n| Total | 105 |\n",
    "The race has 2,910 entrants for the full marathon and 1,940 for the half, a combined field of 4,850.",
    "The shelter took in 410 dogs and 230 cats, which totals 640 animals.",
    # a combined figure of another thing, or a field taken to a level by one more part
    "The trust has 120 nurses and 40 doctors. The combined budget of £2m is tight.",
    # a sum a sentence on that counts another thing, or more than the parts before it
    "Season-ticket holders rose to 16,800 and the record crowd was 25,912. In all, 445,550 people came this season.",
    "The barbers earned £24,960 and the pharmacists £9,300. The scheme, which also paid for training, cost "
    "£61,000 in all.",
    "The hall seated 640 guests downstairs and 210 in the gallery. The total, 850, beat the old record.",
    "The fair had 86 food stalls and 54 craft stalls. In all, 140 stalls filled the square.",
    "The bridge is paid for by a £2.9m grant and £1.2m from the council. The total (£4.1m, a record for the "
    "county) covers new railings.",
    # a number in words among the figures labels the list, it is no part
    "Staff at the two depots: Northgate 140, Southgate 95, 235 in total.",
    "Staff at the three depots: 140 at Northgate, 95 at Southgate and 60 at Eastgate, 295 in all.",
    # rows keyed by two labels, or one label twice: no one breakdown
    "| Set | Tool | Cases |\n|-----|------|-------|\n| news | ours | 120 |\n| news | theirs | 120 |\n"
    "| all | ours | 300 |\n",
    "| Depot | Vans |\n|------|------|\n| Leeds | 14 |\n| York | 30 |\n| Leeds | 14 |\n| York | 30 |\n"
    "| Total | 44 |\n",
    "| Work | Cost |\n|------|------|\n| 18 new gates | £450,000 |\n| Masonry | £520,000 |\n"
    "| Dredging | £230,000 |\n| Total | £1,200,000 |\n",
    # "That is" a difference, a sum that holds, or a list followed by another thing's total
    "Crews filled 2,650 potholes on A roads and 1,470 on lanes. That is 1,470 more than last year.",
    "Crews filled 2,650 potholes on A roads and 1,470 on lanes. \"That is 4,120 holes gone,\" said the leader.",
    "The harvest by variety:\n\n- Bramley: 3,400 apples\n- Cox: 1,900 apples\n\nAltogether 5,300 apples were "
    "picked in October.",
    "Stalls by day:\n\n- Saturday: 140 stalls\n- Sunday: 95 stalls\n\nIn all, 31,000 visitors came.",
    "Sales by shop:\n\n- Leeds: 4,000 loaves\n- York: 1,500 loaves\n\nThe firm also sold 9,000 cakes in total.",
    "The money came from a grant, a walk and a firm (£14,000, £7,500 and £4,000), and the total of £25,500 "
    "covers the bus.",
    # amounts said by where they came from that stay within their whole, or are of another time
    "The appeal has reached £3.1 million. The sum (£1.8 million from the Heritage Fund, £750,000 from the "
    "Friends and £550,000 from the public) was announced on Sunday.",
    "The hospice raised £96,000 last year. This year £52,000 came from the fun run, £31,000 from local firms "
    "and £19,000 from collection tins.",
    "The hospice's spring appeal raised £96,000. Where it came from:\n\n- £52,000 from the fun run\n"
    "- £31,000 from local firms\n- £12,000 from collection tins",
    # two wholes the parts could be of: which is unsaid
    "The trust has raised £3.1 million towards the £4.2 million repair. The Heritage Fund gave £1.8 million, "
    "the Friends £750,000 and the public £850,000.",
    # a whole said by "all", or as what a place sleeps or seats, that its parts make
    "The bothy has 8 bunks downstairs and 6 in the loft. All 14 can be booked online from March.",
    "Bunkhouse: 12 beds in the barn, 9 in the cottage. Sleeps 21.",
    # "all" of one part, not of the whole
    "The bothy has 8 bunks downstairs and 6 in the loft. All of the 8 downstairs have new mattresses.",
]  # fmt: skip


@pytest.mark.parametrize("text", ADD_UP_OR_SAY_NOTHING_OF_A_SUM)
def test_sums_that_hold_or_are_not_said_are_not_flagged(text: str) -> None:
    assert not flags(text), flags(text)


# A plain-text document keeps a pipe table's outer bars in its rows' text; its total row is read as
# Markdown's is
@pytest.mark.parametrize(("text", "figure"), [(text, figure) for text, figure in DO_NOT_ADD_UP if "| Total |" in text])
def test_a_plain_text_table_s_total_row_that_its_rows_do_not_make_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


@pytest.mark.parametrize("text", [text for text in ADD_UP_OR_SAY_NOTHING_OF_A_SUM if text.startswith("|")])
def test_a_plain_text_table_that_holds_or_sums_nothing_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt"), flags(text, "doc.txt")
