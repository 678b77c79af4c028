"""Within one document: a fact stated twice with two figures is a finding; a later phrase that
narrows or re-times the quantity is another quantity and stays silent. Table-driven, with rows
that must flag and rows that must not, in several phrasings (see also test_evidence.py's
WITHIN_ONE_DOCUMENT_CLEAN for the usual suspects of long documents)."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.documents import document_from_string
from numcheck.engine import check_documents
from numcheck.linking import comparison_key, is_label, match
from numcheck.model import Claim
from numcheck.subjects import lemma

# A definite phrase later in the document refers back to the fact stated before it: its own
# clause (a meeting's day, what happened next) does not make it another quantity.
RESTATED_WRONG = [
    ("The Harlow depot employs 610 drivers. A letter went to the depot's 680 drivers on Friday.", "680"),
    ("The museum received 48 paintings from the Ansell estate. Its 84 paintings go on show in May.", "84"),
    ("Rail fares rose 3% in January, the operator said. The 5% rise in fares angered commuters.", "5%"),
    ("Fourteen climbers reached the summit on Tuesday. All 41 climbers are now safe, the guide said.", "41"),
    ("Orla Kemp finished the relay in 52 minutes. Her 25-minute relay leg was praised.", None),
    ("Corlin Energy signed a $1.2 billion supply contract with Vessa on Monday. Regulators approved the "
     "$1.5 billion contract a week later.", "$1.5 billion"),
    ("About 2,000 homes in Larkfield were flooded. Engineers are still pumping water out of the 2,600 homes.",
     "2,600"),
    ("Fenwick Mills cut 220 jobs on Thursday, the union said. The 290 job losses will hit the town hard.", None),
    ("The 18 nurses on the ward went on strike. By Friday all 81 nurses had returned to work.", "81"),
    ("Parvex Foods recalled 9,500 jars of sauce. The 5,900 jars were sold in four countries.", "5,900"),
    ("The trust bought 320 hectares of moorland. Walkers can roam across all 230 hectares of moorland.", "230"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), [row for row in RESTATED_WRONG if row[1] is not None])
def test_a_fact_restated_with_another_figure_is_flagged(text: str, figure: str) -> None:
    report = check_documents([document_from_string(text, "doc.txt")])
    flagged = [f for f in report.findings if f.severity.value != "info" and figure in f.primary.text]
    assert flagged, [f.message for f in report.findings]


# Another quantity of the same noun: narrowed by a participle or a relative clause, by a place
# or a time of its own, or by a modifier the first mention does not have.
ANOTHER_QUANTITY = [
    "The Harlow depot employs 610 drivers. The 40 drivers hired in March start next week.",
    "The firm hired 300 workers. The 120 workers it later laid off will get a payment.",
    "Tesco runs 900 stores in England. Its 140 stores in Wales will stay open.",
    "Harlow Town Council has 24 members. The 12 members elected in May sat for the first time.",
    "The council spent £6 million on parks. Its £2 million playground budget was cut.",
    "The charity raised £3.2m this year. The £900,000 raised in December paid for the new van.",
    "The airline carried 48 million passengers in 2023. Its 19 million passengers in 2019 were a record.",
    "The county has 1,400 miles of road. The 90 miles of road closed by snow reopened on Sunday.",
    "The hospital has 800 beds. The 60 intensive-care beds were all full on Monday.",
    "Vela Bank lent £4bn to small firms. The £1bn lent to farmers was a record.",
    # a restatement of a figure the document has stated: of the part, not of the whole
    'The county has 212 primary schools, and 38 of them are in Dunmore. "Thirty-eight schools in one town '
    "and only four psychologists,\" said Ann Pryce of the teachers' union.",
    'Ashby has 64 branches, and 12 of them are in Wales. "Twelve branches is too few for Wales," said a '
    "union official.",
    # the base of a difference, of an earlier time, under a headline of the new figure
    "Record entry of 184 crews for Dunholme Regatta\n\nThis year's regatta has drawn 184 crews, 36 more than the "
    "148 who raced last year.",
    "Trust delivers 1,450 Christmas hampers\n\nThe trust delivered 1,450 hampers this Christmas, 170 more than the "
    "1,280 it sent out last year.",
    # a price that starts at a figure is the least of several, not the other phase's average
    "Phase one's 236 homes sold for an average of £285,000. Phase two's two-bedroom houses will start at £258,000, "
    "the developer said.",
    # a part its sentence sets beside the rest of the whole
    "Castle Food Bank gave out 1,860 hampers this Christmas. The charity's 1,240 hampers for families each had a "
    "toy; the rest went to couples.",
    "The tram extension will cost £286 million. The government is paying £198 million and the combined "
    "authority the remaining £88 million.",
    "The trust spent £3.4 million restoring the abbey. It spent £2.1 million on the roof, with the remainder "
    "going on the organ and the bells.",
]


@pytest.mark.parametrize("text", ANOTHER_QUANTITY)
def test_a_later_phrase_about_another_quantity_stays_silent(text: str) -> None:
    report = check_documents([document_from_string(text, "doc.txt")])
    assert [f.message for f in report.findings if f.severity.value != "info"] == []


# A capital letter at the start of a sentence makes no label: "The 35 volunteers" is a count,
# where "Turn 3" and "Sims 4" are names.
COUNTS_AFTER_CAPITALS = [
    ("The 35 volunteers met at dawn.", "35"),
    ("Nearly 600 homes lost power.", "600"),
    ("Some 40 ships were delayed.", "40"),
    ("All 12 schools closed.", "12"),
    ("Only 9 members voted.", "9"),
    ("About 70 people came.", "70"),
    # a verb's -ing form that opens a clause, before a figure of things
    ('"Watching 782 children get their medals was the best part," she said.', "782"),
    ('"Bringing 200 nurses from India has helped," the chief nurse said.', "200"),
    ("Getting 54 penguins across the road took an hour.", "54"),
    ('"Handing out 240 bikes was the easy part," he said.', "240"),
    # a weekday before a count says when
    ("On Saturday 421 parents signed the petition.", "421"),
    ("By Friday 300 people had signed up.", "300"),
    ("Until Monday 85 staff worked from home.", "85"),
]
LABELS = [
    ("Hamilton passed him at Turn 3.", "3"),
    ("Sims 4 sold well.", "4"),
    ("Route 66 opened in 1926.", "66"),
    ("The crew of Apollo 11 landed.", "11"),
    # a name ending in -ing, with a capital or no plural noun after its number
    ("Reading 2 Swansea 1 was the score at half-time.", "2"),
    ("Wing 4 of the hospital reopened.", "4"),
    ("Kettering 3 is the new bus route.", "3"),
]


@pytest.mark.parametrize(("text", "figure"), COUNTS_AFTER_CAPITALS)
def test_a_count_after_a_capitalised_function_word_is_compared(text: str, figure: str) -> None:
    claim = next(c for c in numcheck.extract(text, "doc.txt") if figure in c.text)
    assert not is_label(claim) and comparison_key(claim) == "count"


@pytest.mark.parametrize(("text", "figure"), LABELS)
def test_a_name_with_a_number_is_a_label(text: str, figure: str) -> None:
    claims = [c for c in numcheck.extract(text, "doc.txt") if c.text == figure]
    assert claims and all(comparison_key(c) is None for c in claims)


# The noun before a verb of saying is who speaks, not what the figure after it counts.
SPEAKER_THEN_FIGURE = [
    ("Opponents said £27 million was too much for one library.", "£27 million", "opponent"),
    ("Lawyers for the founder said the $3.8 million had been a loan.", "$3.8 million", "founder"),
    ("Residents told reporters that 40 homes had no water.", "40", "resident"),
    ("Critics argue that 12% is far too low.", "12%", "critic"),
    ("The minister insisted 9,000 nurses would be hired.", "9,000", "minister"),
    ("Union leaders warned that 300 jobs could go.", "300", "leader"),
    ("Analysts claimed £2bn had been wasted.", "£2bn", "analyst"),
    ("Campaigners say 80 trees will be felled.", "80", "campaigner"),
]
COUNTED_BEFORE_THE_VERB = [
    ("The charity's shops sold £2m of clothes.", "£2m"),
    ("The council's budget reached £27 million.", "£27 million"),
    ("Nurses' pay rose 5%.", "5%"),
    ("The plant employs 3,400 people.", "3,400"),
    ("Visitor numbers reached 40,000.", "40,000"),
    ("The grant totalled £3 million.", "£3 million"),
    ("Ticket sales hit 12,000.", "12,000"),
    ("The toll rose to 41.", "41"),
]


@pytest.mark.parametrize(("text", "figure", "speaker"), SPEAKER_THEN_FIGURE)
def test_the_speaker_is_not_what_the_figure_counts(text: str, figure: str, speaker: str) -> None:
    claim = next(c for c in numcheck.extract(text, "doc.txt") if figure in c.text)
    assert claim.evidence is not None and claim.evidence.head != speaker


@pytest.mark.parametrize(("text", "figure"), COUNTED_BEFORE_THE_VERB)
def test_a_subject_before_an_ordinary_verb_is_still_the_head(text: str, figure: str) -> None:
    claim = next(c for c in numcheck.extract(text, "doc.txt") if figure in c.text)
    assert claim.evidence is not None and claim.evidence.head is not None


# "become" states a figure as "reach" does: the noun before it is what is counted, never the verb.
BECOME = [
    ("The department's staff have become 385.", "385", "workforce"),
    ("The club's members became 1,200 after the merger.", "1,200", "member"),
    ("Its debts have become £4 million.", "£4 million", "debt"),
    ("The village's pupils became 90 when the school merged.", "90", "student"),
    ("Daily flights have become 14.", "14", "flight"),
    ("The charity's shops have become 31.", "31", "shop"),
    ("Weekly sailings became 6 in winter.", "6", "sailing"),
    ("The firm's stores became 240 after the deal.", "240", "store"),
]


@pytest.mark.parametrize(("text", "figure", "head"), BECOME)
def test_become_states_a_figure_of_the_noun_before_it(text: str, figure: str, head: str) -> None:
    claim = next(c for c in numcheck.extract(text, "doc.txt") if figure in c.text)
    assert claim.evidence is not None and claim.evidence.head == head


# After a figure and its noun, "runs", "ends", "lasts" are the noun's verb, not a compound noun;
# "sales", "fares", "prices" after a noun still are one.
VERB_AFTER_THE_NOUN = [
    ("The £3 million lease runs until 2031.", "£3 million", "lease"),
    ("The 14-day offer ends on Friday.", "14-day", "offer"),
    ("The 90-minute tour starts at noon.", "90-minute", "tour"),
    ("Each 6-week course includes 12 classes.", "6-week", "course"),
    ("The 3-year guarantee lasts until 2028.", "3-year", "guarantee"),
    ("The 2-hour match begins at 3pm.", "2-hour", "game"),  # a match is a game (head_synonyms)
    ("The £40 fee remains unchanged.", "£40", "price"),
    ("The 8-mile trail opens in May.", "8-mile", "trail"),
]
COMPOUND_NOUNS = [
    ("Ticket sales reached 12,000.", "12,000", "sales"),
    ("Bus fares rose 4% in March.", "4%", "fare"),
    ("House prices fell 2% in the north.", "2%", "price"),
    ("Car exports climbed 9% last year.", "9%", "export"),
    ("Staff numbers fell to 3,100.", "3,100", "workforce"),
    ("Water bills will rise 6% in April.", "6%", "bill"),
    ("Rail journeys rose 8% to 1.6 billion.", "8%", "journey"),
    ("Crop yields dropped 11% in the drought.", "11%", "yield"),
]


@pytest.mark.parametrize(("text", "figure", "head"), VERB_AFTER_THE_NOUN + COMPOUND_NOUNS)
def test_the_head_is_the_noun_not_the_verb_after_it(text: str, figure: str, head: str) -> None:
    claim = next(c for c in numcheck.extract(text, "doc.txt") if figure in c.text)
    assert claim.evidence is not None and claim.evidence.head == head


# A share of the pay bill is not a share of the staff: "payroll" names money, not the workforce.
SHARES_OF_PAY_AND_OF_STAFF = [
    ("Just over 70% of staff took the survey.", "The pay award costs 4.1% of payroll."),
    ("About 55% of employees work from home.", "Pension costs are 12% of payroll."),
    ("Some 30% of the workforce is part-time.", "Overtime made up 6% of payroll last year."),
    ("Nearly 80% of workers joined the strike.", "Bonuses were capped at 2% of payroll."),
    ("Two-thirds of staff got a pay rise.", "The rise will add 3.5% to payroll."),
    ("Around 45% of employees are women.", "Training takes 1.5% of payroll."),
    ("Half of the workforce is over 50.", "Sick pay cost 2.8% of payroll."),
    ("Over 90% of staff voted yes.", "Agency spending rose to 9% of payroll."),
]


@pytest.mark.parametrize(("draft", "source"), SHARES_OF_PAY_AND_OF_STAFF)
def test_a_share_of_payroll_is_not_a_share_of_staff(draft: str, source: str) -> None:
    first = next(c for c in numcheck.extract(draft, "draft.txt") if c.kind.is_quantity)
    second = next(c for c in numcheck.extract(source, "source.txt") if c.kind.is_quantity)
    assert not match(first, second).linked


# A part of a whole ("£19m of the work", "of which ... £19 million") is another quantity than the
# whole; two parts, or two wholes, are still compared.
PART_AND_WHOLE = [
    ("The council is paying £6m of the bridge repairs.", "£6m", "The bridge repairs will cost £9 million.", "£9"),
    ("Donors gave £40,000 of the appeal money.", "£40,000", "The appeal money reached £65,000.", "£65,000"),
    ("The trust owns 120 of the village homes.", "120", "The village has 310 homes.", "310"),
    ("Crews have cleared 14 km of the flooded road.", "14 km", "The flooded road is 22 km long.", "22 km"),
    ("The grant covers £2.5m of the new wing.", "£2.5m", "The new wing costs £4 million.", "£4"),
    ("The work costs £27 million, of which the state pays £19 million.", "£19 million",
     "The work costs £27 million.", "£27"),
    ("The farm has 600 acres, of which 450 acres are woodland.", "450", "The farm covers 600 acres.", "600"),
    ("Sales reached £80m, of which £30m came from exports.", "£30m", "Sales reached £80 million.", "£80"),
]  # fmt: skip
PARTS_OR_WHOLES_ALIKE = [
    ("The council is paying £6m of the bridge repairs.", "£6m",
     "The council is paying £8m of the bridge repairs.", "£8m"),
    ("The bridge repairs will cost £9 million.", "£9", "The bridge repairs will cost £11 million.", "£11"),
    ("The trust owns 120 of the village homes.", "120", "The trust owns 150 of the village homes.", "150"),
    ("The village has 310 homes.", "310", "The village has 350 homes.", "350"),
    ("The work costs £27 million, of which the state pays £19 million.", "£19 million",
     "The work costs £27 million, of which the state pays £16 million.", "£16"),
    ("Crews have cleared 14 km of the flooded road.", "14 km", "Crews have cleared 18 km of the flooded road.",
     "18 km"),
    ("The appeal money reached £65,000.", "£65,000", "The appeal money reached £70,000.", "£70,000"),
    ("Sales reached £80m, of which £30m came from exports.", "£30m",
     "Sales reached £80m, of which £35m came from exports.", "£35m"),
]  # fmt: skip


def _claim(text: str, figure: str, path: str) -> Claim:
    return next(c for c in numcheck.extract(text, path) if figure in c.text)


@pytest.mark.parametrize(("first", "one", "second", "other"), PART_AND_WHOLE)
def test_a_part_is_not_compared_with_its_whole(first: str, one: str, second: str, other: str) -> None:
    assert not match(_claim(first, one, "a.txt"), _claim(second, other, "b.txt")).linked


@pytest.mark.parametrize(("first", "one", "second", "other"), PARTS_OR_WHOLES_ALIKE)
def test_two_parts_or_two_wholes_are_compared(first: str, one: str, second: str, other: str) -> None:
    assert match(_claim(first, one, "a.txt"), _claim(second, other, "b.txt")).linked


# A sentence that opens on a group ("In people with heart conditions", "Among pupils on free
# meals,") narrows its figure as a place does: compared only with a sentence about that group.
GROUP_AND_EVERYONE = [
    ("In people with asthma the drug cut attacks by 48%.", "48%", "The drug cut attacks by 31%.", "31%"),
    ("Among pupils on free meals, 41% passed the test.", "41%", "In all, 64% passed the test.", "64%"),
    ("For adults over 75 the vaccine was 71% effective.", "71%", "The vaccine was 88% effective.", "88%"),
    ("In children under five the rate fell to 3.1%.", "3.1%", "The rate fell to 4.6%.", "4.6%"),
    ("Among smokers, 62% wanted to quit.", "62%", "Some 23% of people wanted to quit.", "23%"),
    ("For households on benefits the bill rose 9%.", "9%", "The average bill rose 6%.", "6%"),
    ("In women aged 50 to 70, screening uptake was 73%.", "73%", "Screening uptake was 68%.", "68%"),
    ("Among young drivers, 14% had points.", "14%", "Across all drivers, 6% had points.", "6%"),
]  # fmt: skip
SAME_GROUP = [
    ("In people with asthma the drug cut attacks by 48%.", "48%",
     "The drug cut attacks by 31% in people with asthma.", "31%"),
    ("Among pupils on free meals, 41% passed the test.", "41%",
     "Of pupils on free meals, 46% passed the test.", "46%"),
    ("For adults over 75 the vaccine was 71% effective.", "71%",
     "The vaccine was 77% effective in adults over 75.", "77%"),
    ("In children under five the rate fell to 3.1%.", "3.1%", "The rate in children under five fell to 3.6%.",
     "3.6%"),
    ("Among smokers, 62% wanted to quit.", "62%", "Some 55% of smokers wanted to quit.", "55%"),
    ("For households on benefits the bill rose 9%.", "9%", "The bill for households on benefits rose 7%.", "7%"),
    ("The drug cut attacks by 48%.", "48%", "The drug cut attacks by 31%.", "31%"),
    ("The vaccine was 71% effective.", "71%", "The vaccine was 77% effective.", "77%"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "one", "second", "other"), GROUP_AND_EVERYONE)
def test_a_figure_for_a_group_is_not_compared_with_everyone(first: str, one: str, second: str, other: str) -> None:
    found = match(_claim(first, one, "a.txt"), _claim(second, other, "b.txt"))
    assert not found.linked and found.apart is not None and found.apart.cue == "place"


@pytest.mark.parametrize(("first", "one", "second", "other"), SAME_GROUP)
def test_figures_for_one_group_are_compared(first: str, one: str, second: str, other: str) -> None:
    found = match(_claim(first, one, "a.txt"), _claim(second, other, "b.txt"))
    assert found.apart is None or found.apart.cue != "place"


# Gapping: "X revenue was $A and Y $B" leaves out the verb and the head of the second figure.
GAPPED = [
    ("Subscription revenue was $515 million and hardware $327 million.", "$327", "revenue", "hardware"),
    ("Domestic sales were £41m and export £19m.", "£19m", "sales", "export"),
    ("Adult fares were £4.20 and child £2.10.", "£2.10", "fare", "child"),
    ("Online orders reached 12,000 and store 8,500.", "8,500", "order", "store"),
    ("Annual rent was £9,400 and service £1,200.", "£1,200", "rent", "service"),
    ("Retail margin was 14% and wholesale 9%.", "9%", "margin", "wholesale"),
    ("Peak fares stood at $38 and off-peak $22.", "$22", "fare", "off-peak"),
    ("Summer visitors totalled 41,000 and winter 12,000.", "12,000", "visitor", "winter"),
]
NOT_GAPPED = [
    ("Orders rose 9% and revenues 4%.", "4%", "revenues"),
    ("Subscription revenue was $515 million and profits $90 million.", "$90", "profits"),
    ("The fund was worth £2m and the trust paid £400,000.", "£400,000", "paid"),
    ("Sales were £41m and staff numbers 900.", "900", "numbers"),
    ("Domestic sales were £41m and exports £19m.", "£19m", "exports"),
    ("The bridge was 300 metres long and the tunnel 2 km.", "2 km", "tunnel"),
    ("The bridge is 300 metres long and tunnel 2 km.", "2 km", "tunnel"),
    ("Home wins were 12 and away wins 7.", "7", "wins"),
]


@pytest.mark.parametrize(("text", "figure", "head", "modifier"), GAPPED)
def test_a_gapped_figure_takes_the_head_before_it(text: str, figure: str, head: str, modifier: str) -> None:
    found = _claim(text, figure, "doc.txt").evidence
    assert found is not None and (found.head, found.modifiers) == (head, (modifier,))


@pytest.mark.parametrize(("text", "figure", "word"), NOT_GAPPED)
def test_a_figure_with_a_noun_of_its_own_is_not_gapped(text: str, figure: str, word: str) -> None:
    found = _claim(text, figure, "doc.txt").evidence
    assert found is not None and lemma(word) not in found.modifiers


# A multiplier over a period and the endpoints of that period in one document are one change: the
# years inside "from 2,400 in 2015 to 1,650" date it as "since 2015" does
HALVED_OVER_A_PERIOD = [
    ("The plant's workforce has halved since 2015. Staff numbers fell from 2,400 in 2015 to the current 1,650.",
     True),
    ("Membership has doubled since 2018. Membership rose from 300 in 2018 to 450.", True),
    ("Visitor numbers have tripled since 2016. Visitor numbers climbed from 20,000 in 2016 to 45,000.", True),
    ("Visitor numbers have tripled since 2016. Visitor numbers climbed from 20,000 in 2016 to 61,000.", False),
    ("The plant's workforce has halved since 2015. Staff numbers fell from 2,400 in 2015 to the current 1,200.",
     False),
    ("Membership has doubled since 2018. Membership rose from 300 in 2018 to 610.", False),
    # another period: the endpoints are not the change the multiplier states
    ("The plant's workforce has halved since 2019. Staff numbers fell from 2,400 in 2015 to the current 1,650.",
     False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "flags"), HALVED_OVER_A_PERIOD)
def test_a_multiplier_and_the_endpoints_of_its_period_are_one_change(text: str, flags: bool) -> None:
    report = check_documents([document_from_string(text, "doc.txt")])
    found = [f for f in report.findings if f.rule == "change-arithmetic"]
    assert bool(found) is flags, [f.message for f in report.findings]
