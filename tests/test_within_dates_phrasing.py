"""Dates of one event within one document, however the event is phrased (numcheck.timing): a date
before an event noun with an owner ("the pool's 2027 opening"), a date that opens its sentence ("On 3
March the ferry began"; "1921 was the year the mill closed"), a verb of intent before the event ("which
the trust plans to open in 2026"), an aside between the thing and its verb, a thing walked back over
places. Rows that must flag, and rows where another event, another thing, a repeat, a plan against
what happened, or a superseded plan must stay silent."""

from __future__ import annotations

import pytest
from one_document import flags

# (document, the later date that should be reported as another date of the same event)
MUST_FLAG = [
    # an event noun after the date, owned by the thing
    ("Harrow Lane pool will open in 2026. The pool's 2027 opening will bring 300 swimming lessons a week.", "2027"),
    ("Oakfield depot closed in 2019, the company said. Drivers still talk about the depot's 2018 closure.", "2018"),
    ("The Fenwick museum was founded in 1989. A plaque marks the museum's 1998 founding.", "1998"),
    ("Ardley footbridge will close on 6 May. Walkers were sent maps before the footbridge's 16 May closure.",
     "16 May"),
    # a verb of intent or a modal before the event
    ("Builders are finishing the ward, which the trust plans to open in May 2026. Patients will move in "
     "when the ward opens in 2027.", "2027"),
    ("The marina is expected to open in 2029. Boat owners were told the marina would open in 2030.", "2030"),
    ("The Cowley depot will open in 2025. Managers say the depot should open in 2026.", "2026"),
    ("The arts centre, which the council hopes to open in 2031, will seat 400. The arts centre is set to "
     "open in 2032.", "2032"),
    # the date opens its sentence
    ("On 3 March the ferry service began. Islanders recall that the ferry service began on 13 March.",
     "13 March"),
    ("1921 was the year the Tanyard mill closed. The mill closed in 1912, according to parish records.", "1912"),
    ("The abbey church was consecrated in 1752.\n\n1725 was when the abbey church was consecrated, a sign says.",
     "1725"),
    ("Harbour records say the Keld ferry first sailed in 1921. In 1912, the Keld ferry first sailed with a "
     "steam engine.", "1912"),
    # an aside between the thing and its verb
    ("Greave bridge, on the edge of the town, was built in 1801. The bridge was built in 1810 of sandstone.",
     "1810"),
    ("The Kilnsey school, next to the old quarry, will open in 2027. Parents expect the school to open "
     "soon; the school will open in 2028, the head said.", "2028"),
    # the thing walked back over more than one place
    ("The footbridge over the River Lune at Halton closes on 3 May. Walkers must use the road once the "
     "footbridge closes on 13 May.", "13 May"),
    # a fraction is not a repeat
    ("Trade could fall by a third once the market hall closes on 9 July. The market hall closes on 19 July.",
     "19 July"),
    # the vocabulary's other word for the thing, "new" dropped on a later mention
    ("The new Ashby primary will open in 2026, the county says. The school's 2027 opening will ease pressure on "
     "Ashby's two infant schools.", "2027"),
    ("Tellis Road's new secondary is due to open in 2029. Parents were told the school will open in 2030.", "2030"),
    # a table row named by the thing's name and the other word for it
    ("The Ashby school will open in 2027.\n\n| School | Places | Opens |\n|---|---|---|\n"
     "| Ashby primary | 210 | 2028 |\n| Carr secondary | 900 | 2029 |\n", "2028"),
    # a reopening is one event of its own: its dates are compared with each other
    ("Dovecote Mill will reopen on 3 April after the flood. Millers are baking for the 13 April reopening.",
     "13 April"),
    # a label names the event: a key and a colon, a table row
    ("The Corran ferry will open on 2 May 2026."
     + "\n\nFerry facts:\n- opening: 12 May 2026\n- crossings a day: 40\n", "12 May"),
    ("Tarn Hall will reopen on 14 June 2027.\n\n| Milestone | Date |\n|---|---|\n| Roof done | 30 April 2027 |\n"
     "| Reopening | 21 June 2027 |\n", "21 June"),
    ("Tarn Hall. Opens: 9 October 2026. Rooms: 12.\n\nThe hall opens on 19 October, its owners said.", "19 October"),
    ("The Tarn ferry opens on 2 May, the operator says.\n\nTimetable:\n- Opens on: 12 May\n- Crossings: 40\n",
     "12 May"),
    # the year of a full date is the year of its event
    ("The Corran ferry will open on 2 May 2026. Islanders were told the ferry will open in 2027.", "2027"),
    # a length of an event whose verb takes no object: the event is its subject's
    ("The Wendle overflow discharged into the river for 1,140 hours in 2025, the water company says. Anglers "
     "say the overflow discharged into the river for 1,410 hours.", "1,410 hours"),
    ("The Harle pump ran without a break for 30 days, engineers said. Records show the pump ran for 13 days.",
     "13 days"),
    # an event named by its verb's -ing form after its owner
    ("The Harle viaduct was built in 1851 for the coal trade. Its building in 1815, the society says, cost 40 lives.",
     "1815"),
    ("The Harle viaduct closes on 2 May for repairs. The viaduct's closing to traffic on 12 May worries hauliers.",
     "12 May"),
    ("The Orme tramway's opening on 4 July drew big crowds. Since its opening on 14 July the tramway has carried "
     "9,000 riders.", "14 July"),
    # "it" after a plural subject stands for the subject's owner
    ("The museum's first curators arrived when it was founded in 1901. Fenby museum, founded in 1910, has 40 rooms.",
     "1910"),
    # a length named by its event noun, however it is written
    ("Patients at the Lowfield eye clinic face a median wait of 14 weeks. Staff say the 12 weeks' wait is "
     "the longest in the region.", "12 weeks"),
    ("Patients at the Lowfield eye clinic wait a median of 14 weeks, the board says. The median wait for a "
     "first appointment, put at 11 weeks in March, is rising.", "11 weeks"),
    ("Lowfield eye clinic:\n- median wait for a first appointment: 14 weeks\n- surgeons: 6\n\nPatients now wait "
     "a median of 19 weeks, the board says.", "19 weeks"),
    ("The ferry crossing has a median delay of 40 minutes in winter, the operator says. Passengers blamed the "
     "median delay, put at 25 minutes, on the tides.", "25 minutes"),
    # a definite period refers back to the document's one stated period
    ("The dig at Carrow will last 14 months, the trust says. Volunteers will be thanked at the end of the "
     "12 months.", "12 months"),
    ("Trials of the drug ran for 30 months in four hospitals. Over the 36 months, 200 patients took part.",
     "36 months"),
    ("Residents were rehoused for nine weeks during the repairs. Tenants say the six weeks were the hardest of "
     "their lives.", "six weeks"),
    # a bare generic noun stands for the document's one thing with that event
    ("Ashby leisure centre opened on 2 May with a 25-metre pool. The building, which was inaugurated on 12 May "
     "by the mayor, cost £9 million.", "12 May"),
    ("The Penrose footbridge will close on 3 March for painting. Notices on the path say the structure will "
     "close on 13 March.", "13 March"),
    # a date whose own words name no event is the date of the "when" clause after it
    ("The Selby pool will open in 2029, the council says. By 2030, when the pool opens, the town will have "
     "9,000 homes.", "2030"),
    ("The Harle viaduct closes on 2 May. Hauliers must find new routes from 12 May, when the viaduct closes.",
     "12 May"),
    # "it" after a plural subject with no owner: the document's one thing with that event
    ("Builders are finishing a new sports hall at Carr Lane, which the trust expects to open in May 2026. "
     "Pupils in Year 9 will be the first to use the courts when it opens in 2027.", "2027"),
    # a dated bullet with an order word
    ("Ravel lighthouse was first lit in 1872, the board says.\n\nRavel timeline:\n- 1827: first lit\n"
     "- 1950: automated\n", "1827"),
    # an object "it" stands for the subject of the sentence before
    ("Carrow swing bridge carries 9,000 cars a day. The council will close it on 4 June for repairs. Shops fear "
     "the worst once the bridge closes on 14 June.", "14 June"),
    ("Volunteers will keep a sleep diary for 18 months and fill in a survey every 4 weeks. At the end of the two "
     "years, each will be paid £300.", "two years"),
    # a parenthesis names the event of the document's one such thing
    ("The new Marsh Road surgery (opening 2027) will have eight doctors. The surgery should open in 2026, "
     "the health board said.", "2026"),
]  # fmt: skip


def _timing_flags(text: str) -> list[str]:
    return [m for m in flags(text, "doc.md") if "of one event" in m]


@pytest.mark.parametrize(("text", "figure"), MUST_FLAG)
def test_one_event_phrased_another_way_is_flagged(text: str, figure: str) -> None:
    found = _timing_flags(text)
    assert any(figure in m for m in found), f"{figure!r} should be flagged in {text!r}: {flags(text)}"


MUST_PASS = [
    # another event of the same owner, or a repeat
    "The pool opened in 1990. The pool's 2027 reopening will bring 300 swimming lessons a week.",
    "Oakfield depot opened in 2009. Drivers still talk about the depot's 2019 closure.",
    "The museum's 1998 founding is marked by a plaque. The museum was extended in 2008.",
    # another owner of the same event
    "The academy will open in 2026. The college's 2027 opening will bring 900 students to the town.",
    "Ardley footbridge will close on 6 May. Drivers were sent maps before the car park's 16 May closure.",
    # an intent for another thing
    "Builders are finishing the ward, which the trust plans to open in 2026. The clinic, which the trust "
    "opened in 2019, is busy.",
    "The trust plans to open the ward in 2026. The trust opened its first clinic in 1998.",
    # a plan against what happened, and a superseded plan
    "The pool was due to open in 2025. The pool opened in 2027, two years late.",
    "The marina was expected to open in 2029. The marina opened in 2030 after a wet winter.",
    "The depot will open on 3 May, managers said in March. The depot opened on 13 May.",
    "The clinic was scheduled to open in June 2024. The clinic finally opened in 2026.",
    # the date opens its sentence: another thing, another event, a repeat
    "On 3 March the ferry service began. On 13 March the bus service began.",
    "1921 was the year the mill closed. 1912 was the year the mill was sold.",
    "On 4 May the library closed for repairs. On 14 May the library reopened.",
    "In 1850 the railway reached the town. The station opened in 1852.",
    # an aside before another thing
    "Greave bridge, on the edge of the town, was built in 1801. Greave mill, on the other bank, was built in 1810.",
    # places walked back over to another thing
    "The footbridge over the River Lune at Halton closes on 3 May. The towpath along the River Lune at Caton "
    "closes on 13 May.",
    # a fraction before another thing's date
    "Trade could fall by a third once the market hall closes on 9 July. The car park closes on 19 July.",
    # a parenthesis and a sentence about two things
    "The new Marsh Road surgery (opening 2027) will have eight doctors. The pharmacy should open in 2026.",
    # another new thing, another thing named by its kind
    "The pier was built in 1870, the trust says. A new pier was built in 1902 after a storm.",
    "The new Ashby primary will open in 2026, the county says. The library's 2027 opening will bring a cafe.",
    "The Ashby school will open in 2027.\n\n| School | Places | Opens |\n|---|---|---|\n"
    "| Carr primary | 210 | 2028 |\n| Ashby library | 0 | 2029 |\n",
    "The new wing opened in 2005, the hospital says. The old wing opened in 1931.",
    # a reopening is not the opening, and another thing's reopening is not this one's
    "Dovecote Mill opened on 3 April 1870. Millers are baking for the 13 April reopening.",
    "Dovecote Mill will reopen on 3 April. The tea room will reopen on 13 April.",
    # labels of other events, and the year of another event
    "The Corran ferry will open on 2 May 2026.\n\nFerry facts:\n- closing: 12 May 2027\n- crossings a day: 40\n",
    "Tarn Hall will reopen on 14 June 2027.\n\n| Milestone | Date |\n|---|---|\n| Fire | 2 March 2026 |\n"
    "| Roof done | 21 June 2027 |\n",
    "Tarn Hall. Built: 1781. Rooms: 12.\n\nThe hall opens on 19 October, its owners said.",
    "The Corran ferry will open on 2 May 2026. The ferry's old slipway was built in 1927.",
    "The Corran ferry will open on 2 May 2026. Its sister ferry will open in 2027.",
    # lengths of one event in other years, or of another thing's event, or of what was spilled
    "The overflow discharged into the river for 1,140 hours in 2025. In 2024 the overflow discharged into the "
    "river for 760 hours.",
    "The overflow discharged into the river for 1,140 hours last year. The weir discharged into the river for "
    "410 hours.",
    "Sewage poured into the Wendle for 1,410 hours, campaigners say. The overflow spilled foam into the river "
    "for 140 hours.",
    # the -ing form of another event, or of another owner
    "The Harle viaduct was built in 1851 for the coal trade. Its widening in 1915 cost 40 lives.",
    "The Harle viaduct closes on 2 May for repairs. The station's closing on 12 May worries hauliers.",
    "The Harle viaduct was built in 1851 for the coal trade. Its painting in 1915 took a year.",
    "The Orme tramway's opening on 4 July drew big crowds. The cafe's opening on 14 July did not. Since its "
    "opening on 24 July the shop has sold 900 maps.",
    "The museum's first curators arrived when it was founded in 1901. Fenby library, founded in 1910, has 40 rooms.",
    "The museum's curators said they were hired in 1901. Fenby museum, founded in 1910, has 40 rooms.",
    # lengths of other events, places, people or nouns that say only "a length"
    "The median wait at Leeds is 18 weeks, the board says. The median wait at York is 16 weeks.",
    "Smith was given a sentence of six years. Jones received a sentence of four years.",
    "The cardiology wait is 9 weeks, the trust says. The wait for a first rheumatology appointment is 18 weeks.",
    "Patients face a median wait of 14 weeks, the board says. The national target of 13 weeks was missed.",
    "The survey covered a period of 18 months, the council says. The trial ran over a period of 6 months.",
    "Patients wait a median of 14 weeks, the board says. That is five weeks longer than the target.",
    "The median wait fell to 12 weeks in 2025. In 2024 the median wait was 16 weeks.",
    # a window or another period, not the one stated
    "The dig at Carrow will last 14 months. In the first 12 months, volunteers will open four trenches.",
    "The dig at Carrow will last 14 months. In the past 12 months, the trust has raised £40,000.",
    "The dig at Carrow will last 14 months. The 12 months before it were spent on permits.",
    "The dig at Carrow will last 14 months and the survey 6 weeks. At the end of the 12 months, a report is due.",
    "The dig at Carrow will last 14 months. At the end of the 14 months, the site will be filled in.",
    "The dig at Carrow will last 14 months. The next 12 months will decide its future.",
    # a generic noun with a name of its own, or two things with the event
    "Ashby leisure centre opened on 2 May with a 25-metre pool. The Carr building opened on 12 May.",
    "Ashby leisure centre opened on 2 May and Carr library opened on 5 May. The building, which opened on "
    "12 May, has a cafe.",
    "Ashby leisure centre opened on 2 May with a 25-metre pool. The pool's building was finished on 12 May.",
    # the "when" clause of another thing or event, or after a date with an event of its own
    "The Harle viaduct closes on 2 May. Hauliers must find new routes from 12 May, when the tunnel closes.",
    "The Selby pool will open in 2029, the council says. By 2030, when the gym opens, the town will have 9,000 homes.",
    "The Selby pool will open in 2029, the council says. In 2031, when the pool reopens after a refit, it will "
    "have a flume.",
    "The Selby pool opened in 1990. The Selby gym opened in 1996, when the pool opened its second hall.",
    "Builders are finishing a sports hall at Carr Lane, which will open in May 2026, and a pool, which will open "
    "in 2028. Pupils in Year 9 will be the first to use it when it opens in 2027.",
    "Builders are finishing a sports hall at Carr Lane, which the trust expects to open in May 2026. Pupils in "
    "Year 9 will be the first to use the courts when they reopen in 2027.",
    "Ravel lighthouse was lit in 1872, the board says.\n\nRavel timeline:\n- 1827: first lit\n- 1950: automated\n",
    "Ravel lighthouse was first lit in 1872, the board says.\n\nRavel timeline:\n- 1827: last lit\n",
    "Carrow swing bridge carries 9,000 cars a day. The council bought the old depot and will close it on 4 June. "
    "The bridge closes on 14 June.",
    "The council will close it on 4 June, the notice says. The bridge closes on 14 June.",
    "Carrow swing bridge carries 9,000 cars a day. The council will close it on 4 June. The depot closes on 14 June.",
    "Volunteers will keep a sleep diary for 18 months and a food diary for 6 months. At the end of the two years, "
    "each will be paid £300.",
    "The response target is 18 minutes, the service says. For the most urgent calls, crews work to a target of "
    "7 minutes.",
    "Patients waited a median of 14 weeks last year. Those referred urgently face a wait of 2 weeks.",
    "The Tarn ferry opens on 2 May, the operator says.\n\nTimetable:\n- Closed from: 12 May\n- Crossings: 40\n",
    # the same date restated
    "Harrow Lane pool will open in 2026. The pool's 2026 opening will bring 300 swimming lessons a week.",
    "On 3 March the ferry service began. The ferry service began on 3 March with two boats.",
]


@pytest.mark.parametrize("text", MUST_PASS)
def test_other_events_things_and_plans_stay_silent(text: str) -> None:
    assert not _timing_flags(text), flags(text, "doc.md")


# A weekday before the date names the same day, so the verb before it is the date's ("reopens on
# Saturday 17 April"); an apposition after the date can name its event ("on 24 April, the day of
# the reopening")
WEEKDAY_OR_APPOSITION_FLAG = [
    ("The chapel reopens on Saturday 17 April 2027. The builders will hand back the keys on 24 April, the day of "
     "the reopening.", "24 April"),
    ("Kelby pool will close on Monday 3 May. Swimmers were told the pool would close on 13 May.", "13 May"),
    ("The ferry will launch on Friday 9 June. Islanders will gather at the pier on 19 June, the day of the "
     "launch.", "19 June"),
]  # fmt: skip

WEEKDAY_OR_APPOSITION_SILENT = [
    "The chapel reopens on Saturday 17 April. The choir will rehearse on 10 April, the day of the dress rehearsal.",
    "Kelby pool will close on Monday 3 May. The gym will close on Friday 14 May.",
    "The ferry will launch on Friday 9 June. Tickets go on sale on 19 May, the day of the announcement.",
    "The chapel reopens on Saturday 17 April. The builders will hand back the keys on Friday 16 April.",
]


@pytest.mark.parametrize(("text", "figure"), WEEKDAY_OR_APPOSITION_FLAG)
def test_a_weekday_or_an_apposition_leaves_the_dates_event_read(text: str, figure: str) -> None:
    found = _timing_flags(text)
    assert any(figure in m for m in found), f"{figure!r} should be flagged in {text!r}: {flags(text)}"


@pytest.mark.parametrize("text", WEEKDAY_OR_APPOSITION_SILENT)
def test_a_weekday_or_an_apposition_of_another_event_stays_silent(text: str) -> None:
    assert not _timing_flags(text), flags(text, "doc.md")
