"""Within one document: a length said as the distance between two of its dates or times of day that they do
not give (numcheck.gaps): "on 20 February, 12 days later" after "began on 2 February"; "on 26 May (a week
before the first sailing, on 13 June)"; "leaves at 10.30am and is back by 5.15pm, nearly eight hours".
Rows that must stay silent: the distance the dates or times give, rounded as writers round; a later date
that some earlier date fits; a part of the span, a rate, a repeat; a distance with no date beside it."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
WRONG_GAPS = [
    # "N later" right after a date, or before it
    ("The trial began on 2 February. The jury returned its verdict on 20 February, 12 days later.", "12 days"),
    ("First public sailing: Saturday 13 June. Season ends: Sunday 27 September, 16 days later.", "16 days"),
    ("Work on the new library began in March 2018. It finally opened in 2025, nine years later.", "nine years"),
    ("The ferry was withdrawn on 3 October 2025. Five weeks later, on 28 January 2026, a replacement arrived.",
     "Five weeks"),
    ("Voting closed on Thursday 7 May. The count finished on Friday 15 May, three days later.", "three days"),
    # one unit of time, which is no figure of its own
    ("The bridge closed on 2 March. It reopened on 20 March, a week later.", "20 March"),
    ("The bridge closed on 2 March. A fortnight later, on 30 March, it reopened.", "A fortnight"),
    ("The mill closed in 1968. A year later, in 1971, it was sold to a developer.", "1971"),
    # a distance from another event set beside a date
    ("Registration closes on Friday 10 April, a week before the race on Sunday 26 April.", "Friday 10 April"),
    ("Sea trials begin on Tuesday 26 May (a week before the first public sailing, on Saturday 13 June), weather "
     "permitting.", "Tuesday 26 May"),
    ("The final inspection is on 30 September, two weeks after the handover on 2 September.", "30 September"),
    # a length in hours after two times of day
    ("The concert starts at 7.30pm and finishes at 10pm, three hours of music with one interval.", "three hours"),
    ("Each trip, which leaves Kelburn pier at 10.30am and is back by 5.15pm, gives passengers nearly eight hours "
     "on the water.", "nearly eight hours"),
    # a length restated in brackets in another unit
    ("Harlow's 186 days in orbit (4,644 hours) are a record for a British astronaut.", "4,644 hours"),
    ("The 10-week closure (84 days) starts on 3 March.", "84 days"),
    ("The 36-hour strike (a day and a half) was followed by a 72-hour one (four days).", "four days"),
    ("The polling station opens at 7am and closes at 10pm, giving voters 12 hours to cast their ballots.",
     "12 hours"),
    # a length in days, weeks or months after the two dates of its sentence
    ("The ship left Hobart on 8 January and docked on 23 March, a voyage of 84 days.", "84 days"),
    ("Porters walked out on 3 March and returned on 24 March, a strike of five weeks.", "five weeks"),
    ("The museum closed on 6 January and reopened on 14 April, after a refit lasting two months.", "two months"),
]  # fmt: skip

RIGHT_GAPS = [
    # "later than" compares with what was promised: no distance from the dates before it
    "You ordered the rower on 3 October. We now expect to deliver it in the week of 23 November, five weeks later "
    "than we first promised.",
    "The survey was sent out on 2 May. The report, due on 14 June, is two weeks later than planned.",
    "The trial began on 2 February. The jury returned its verdict on 20 February, 18 days later.",
    "Work on the new library began in March 2018. It finally opened in 2025, seven years later.",
    "First public sailing: Saturday 13 June. Season ends: Sunday 27 September, 106 days later.",
    "The bridge closed on 2 March. It reopened on 9 March, a week later.",
    "The bridge closed on 2 March. A fortnight later, on 16 March, it reopened.",
    "The mill closed in 1968. A year later, in 1969, it was sold to a developer.",
    # "later" may count from any earlier date: the words do not say which
    "The bridge closed on 2 March. Repairs began on 9 March. It reopened on 16 March, a week later.",
    "Registration closes on Sunday 19 April, a week before the race on Sunday 26 April.",
    "Registration closes on Friday 17 April, about a week before the race on Sunday 26 April.",
    "The final inspection is on 16 September, two weeks after the handover on 2 September.",
    # the date after the distance is the one it sets (numcheck.relative_days), and none is before it
    "Tickets go on sale a fortnight before the opening, on 30 April.",
    "Doors open at 6.30pm and the show ends at 9pm, two and a half hours later.",
    "Trips leave at 10.30am and return at 5.15pm, nearly seven hours on the water.",
    # a part of the span, a rate, another length
    "The library opens at 9am and closes at 5pm, with a one-hour lunch break.",
    "Buses run from 6am until midnight, every 20 minutes.",
    "The shop opens at 9am and closes at 5pm; the walk round it takes two hours.",
    "The museum opens at 10am and closes at 4pm. The first hour is kept for school groups.",
    "The race starts at 9am and the course closes at 3pm, the first 10 minutes for the elite field.",
    "Harlow's 186 days in orbit (4,464 hours) are a record for a British astronaut.",
    "The closure lasted six weeks (42 days), a fortnight longer than planned.",
    "The two-hour show (120 minutes) sold out.",
    "The 10-week closure (70 days) starts on 3 March.",
    "Her 40-day vigil (about 1,000 hours) ended on Tuesday.",
    # a length with no date or time beside it
    "The trial began on 2 February. Deliberations lasted 12 days.",
    # the days between two dates, as writers round them, and parts or other lengths beside them
    "The ship left Hobart on 8 January and docked on 23 March, a voyage of 74 days.",
    "Porters walked out on 3 March and returned on 24 March, a strike of three weeks.",
    "The museum closed on 6 January and reopened on 14 April, after a refit lasting just over three months.",
    "The ship left Hobart on 8 January and docked on 23 March, after a 12-day stop in Durban.",
    "The festival runs from 12 to 15 August, with 40 bands over the four days.",
    "The ship left Hobart on 8 January and docked on 23 March, the first 10 days in heavy seas.",
    "The offer opened on Monday 2 March and closed on Monday 13 April, six weeks, a fortnight longer than planned.",
    "The offer opened on 2 March and closed on 13 April, a fortnight longer than planned.",
]


@pytest.mark.parametrize(("document", "figure"), WRONG_GAPS)
def test_a_gap_its_dates_or_times_do_not_give_is_flagged(document: str, figure: str) -> None:
    assert flags_at(document, figure), document


@pytest.mark.parametrize("document", RIGHT_GAPS)
def test_a_gap_its_dates_or_times_give_is_quiet(document: str) -> None:
    assert not flags(document), document
