"""Within one document: a year given with two months for one event ("will reopen in September 2028",
then "when the hall reopens in October 2028"), an event for someone between its object and its date
("close Mill Lane bridge to traffic on 4 June"), a dated bullet's noun and verb ("- September 2028:
hall reopens"), a date's ", when ..." clause ("from 14 June, when the closure starts"), and a length
of time typed with its digits swapped where its clause gives it no comparison key ("discharged for
1,140 hours", then "the 1,410 hours of spills"). Rows that must stay silent: one month, a year said
alone, two events, two things, two years, two audiences, figures too short to carry a slip."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at: a year's claim is the year alone)
CONTRADICTIONS = [
    # one event, one year, two months
    ("The council will reopen Kelsby market hall in September 2028. When the hall reopens in October 2028 "
     "it will have 48 stalls.", "2028"),
    ("The Orme bypass will open in March 2031, the county said. Drivers will be able to use it once the bypass "
     "opens in May 2031.", "2031"),
    ("Harl pool will close in January 2027 for a refit. The pool closes in June 2027, and swimmers will be sent "
     "to Kelby.", "2027"),
    # whom the event is for stands between the object and the date
    ("The trust will reopen Marsby pool to swimmers on 12 May. The pool reopens on 21 May after a £2 million "
     "refit.", "21 May"),
    ("The council will close Mill Lane bridge to traffic on 4 June. Mill Lane bridge closes on 14 June for ten "
     "weeks.", "14 June"),
    # a length of time with two digits swapped, the first given no key by its verb
    ("The overflow discharged into the river for 1,140 hours in 2025. Campaigners want the 1,410 hours of "
     "spills cut to none.", "1,410 hours"),
    # a dated bullet of a note's noun and verb ("- September 2028: hall reopens") against the text
    ("Key dates:\n- March 2026: east wing opens\n- October 2027: car park finished\n\nThe new east wing opens "
     "in May 2026, the trust said.", "2026"),
    ("Timeline:\n- May 2025: planning approved\n- January 2026: work starts\n- September 2027: school opens\n\n"
     "The school opens in September 2028 with 240 pupils.", "2028"),
    ("Restoration timeline:\n- September 2025: traders move out\n- June 2027: roof finished\n- September 2028: "
     "hall reopens\n\nTraders will be back in the hall when it reopens in September 2018.", "2018"),
    # a ", when ..." clause after a date names its event, over the verb before the date
    ("The bridge will be closed to traffic from 11 June. A diversion will be signposted from 21 June, when the "
     "closure starts.", "21 June"),
    ("Kelby pool reopens on 12 May. A fun day will be held on 19 May, when the pool reopens.", "19 May"),
    ("Harl library opened on 9 October. The first books were issued on 19 October, when the library opened.",
     "19 October"),
    ("The Harl pumping station ran on diesel for 2,360 hours after the flood. Engineers blamed the 2,630 hours "
     "of generator use for the fuel bill.", "2,630 hours"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), CONTRADICTIONS)
def test_one_event_given_two_dates_or_a_slipped_length_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


CLEAN = [
    # one month, or a year said alone beside a month
    "The council will reopen Kelsby market hall in September 2028. When the hall reopens in September 2028 it "
    "will have 48 stalls.",
    "The council will reopen Kelsby market hall in September 2028. The hall reopens in 2028 with 48 stalls.",
    "The hall will reopen to shoppers in September 2028. Traders say the hall reopening in 2028 is late.",
    # two events of one thing in one year
    "Work on Kelsby market hall will begin in March 2027. The hall reopens in October 2027 with 48 stalls.",
    "The pool will close in January 2027 for a refit. The pool reopens in June 2027, the trust said.",
    # two things, two months
    "The Kelby library will open in May 2027. The new Harl library opens in July 2027.",
    # two audiences: closed to traffic and to walkers on two days
    "The council will close Mill Lane bridge to traffic on 4 June. It will close the bridge to walkers on "
    "14 June, when the deck is lifted.",
    # infinitives after 'to' are never an audience
    "The trust is due to open the ward on 3 May. Patients will be moved to the ward on 10 May.",
    "The hall is expected to reopen in September 2028. The council plans to reopen the car park in October 2028.",
    # dated bullets of other events, or of the same date
    "Restoration timeline:\n- September 2025: traders move out\n- June 2027: roof finished\n- September 2028: "
    "hall reopens\n\nTraders will be back in the hall when it reopens in September 2028.",
    "Key dates:\n- March 2026: east wing opens\n- October 2027: west wing opens\n\nThe hospital's new east wing "
    "opens in March 2026.",
    "Timeline:\n- May 2025: planning approved\n- January 2026: work starts\n- September 2027: school opens\n\n"
    "Work on the sports hall starts in March 2027, and it opens in 2028.",
    "Key dates:\n- 2019: museum opened\n- 2023: café opened\n\nThe museum's café opened in 2023, four years "
    "after the museum opened in 2019.",
    "Road closures:\n- 4 June: Mill Lane bridge closes\n- 14 June: Station Road closes\n\nMill Lane bridge will "
    "close on 4 June and Station Road on 14 June.",
    "What happens when:\n- June 2026: consultation closes\n- March 2027: scheme starts\n\nThe library closes in "
    "January 2027 for the works.",
    "Plan:\n- 2025: first homes finished\n- 2027: last homes finished\n\nThe first homes were finished in 2025.",
    # a ", when ..." clause of another event, or of the same date
    "The museum opened on 3 May 2019, when the town celebrated its 800th year. The museum opened its second "
    "gallery in 2021.",
    "The bridge will close on 4 June, when the work begins. Drivers can cross again from 20 August, when the "
    "bridge reopens.",
    "Traders were told on 2 March, when the closure was announced. The bridge closes on 14 June.",
    "The diversion will be signposted from 14 June, when the closure starts. The bridge will close on 14 June.",
    "Residents were warned on 1 May, when the work began on the first phase. The second phase of work began on "
    "9 June.",
    "The pool shut on 3 January, when the roof failed. It reopens on 12 May, when the repairs finish.",
    "The school will open in September 2027, when the first 240 pupils arrive. Its sixth form opens in 2030.",
    "The Kelby gym opened in 1996, when the pool opened its second hall. The pool opened in 1990.",
    # lengths of time: two years, two places, too few digits, no slip
    "The overflow discharged for 1,140 hours in 2025. It discharged for 1,410 hours in 2024.",
    "The Ashby overflow discharged for 1,140 hours last year. The Kelby overflow spilled for 1,410 hours.",
    "Volunteers were followed for 18 months. The 81 days of the pilot came first.",
    "The overflow discharged for 1,140 hours in 2025, the longest single spill lasting 71 hours.",
    "The pumps ran for 2,360 hours after the flood. The generators ran for 1,820 hours.",
]  # fmt: skip


@pytest.mark.parametrize("text", CLEAN)
def test_one_month_two_events_or_no_slip_is_silent(text: str) -> None:
    assert not flags(text, "doc.txt")
