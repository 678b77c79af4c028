# ruff: noqa: E501
"""dates12's own within-document cases on dates, weekdays, years, durations and rates per period, written
before the code that reads them (new facts; contradictions and clean ones). A contradiction numcheck does not
read yet is kept as an expected failure, so that reading it shows."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

CONTRADICTIONS = [
    pytest.param('Ferry service to resume on Tuesday\n\nThe ferry between Portavadie and Tarbert will resume on Wednesday 8 July 2026 after a two-month repair, the operator said.\n', 'Tuesday', id='headline-bare-weekday'),
    pytest.param('The swing bridge reopened to traffic on Friday 3 April 2026 after a year of repairs. The reopening, on Thursday, drew a crowd of 300.\n', 'Thursday', id='bare-weekday-dated-event', marks=pytest.mark.xfail(strict=True, reason='not read yet')),
    pytest.param('The night market opens on Saturday 5 September. "On the 12th we open our doors and the whole street comes alive," said its organiser, Priya Lal.\n', '12th', id='quote-ordinal'),
    pytest.param('The exhibition runs from 3 March to 28 April, a six-week show of prints by Hokusai.\n', 'six-week', id='weeks-two-dates'),
    pytest.param('The trial began on 2 February. The jury returned its verdict on 20 February, 12 days later.\n', '12 days', id='days-later'),
    pytest.param('Registration closes on Friday 10 April, a week before the race on Sunday 26 April.\n', 'Friday 10 April', id='a-week-before'),
    pytest.param('The concert starts at 7.30pm and finishes at 10pm, three hours of music with one interval.\n', 'three hours', id='clock-duration'),
    pytest.param('Work on the new library began in March 2018. It finally opened in 2025, nine years later.\n', 'nine years', id='years-start-end'),
    pytest.param('The lighthouse, built in 1890, was automated in 1985. The 150-year-old lighthouse is open to visitors from May 2026.\n', '150-year', id='age-built'),
    pytest.param('Strike by bin crews to last 12 days\n\nRefuse collectors in Dunmore will strike for 21 days from Monday 2 March, the union said.\n', '12 days', id='headline-length'),
    pytest.param("The expedition spent 95 days on the ice sheet. The team's four months on the ice cost £240,000.\n", 'four months', id='other-units-months', marks=pytest.mark.xfail(strict=True, reason='not read yet')),
    pytest.param('Her 40-day vigil (1,060 hours) outside the embassy ended on Tuesday.\n', '1,060 hours', id='hours-for-days'),
    pytest.param('The pilot scheme started on 10 January and ran for 30 days, ending on 20 February.\n', '30 days', id='end-from-length'),
    pytest.param('The council will pay £12,000 a year for 10 years, £1.2 million in all, to rent the depot.\n', '£1.2 million', id='rate-years-total'),
    pytest.param('The £600,000 contract runs for eight years, which works out at £90,000 a year.\n', '£90,000', id='total-years-rate'),
    pytest.param('The rent is £24,000 a year, or £2,400 a month.\n', '£2,400', id='year-month-rate'),
    pytest.param('At £30,000 a year, the £450,000 deal covers 12 years.\n', '£450,000', id='period-total-rate'),
    pytest.param('The 20-year franchise starts in 2027 and runs until 2049.\n', '20-year', id='end-year-term'),
    pytest.param('The crew spent 142 days at sea.\n\nVoyage in numbers\n- Departed: 1 May\n- Returned: 20 September\n- Days at sea: 124\n', '124', id='fact-box-days'),
    pytest.param('The closure of the library lasted 18 weeks. Readers said the 81 weeks without it had been hard.\n', '81 weeks', id='weeks-restated', marks=pytest.mark.xfail(strict=True, reason='not read yet')),
    pytest.param('Town hall clock restarted on Monday\n\nThe clock on Kirkby town hall started again on Sunday 14 June 2026 after a £40,000 restoration.\n', 'Monday', id='headline-weekday-done', marks=pytest.mark.xfail(strict=True, reason='not read yet')),
    pytest.param('The museum reopened on 2 March after a refit. On 30 March, three weeks later, the café reopened too.\n', 'three weeks', id='later-weeks'),
    pytest.param('The scheme will cost £3.6 million over three years, or £1.5 million a year.\n', '£1.5 million', id='dash-rate'),
    pytest.param("Salary: £36,000 a year (£3,300 a month), with 25 days' holiday.\n", '£3,300', id='bracket-rate'),
    pytest.param('The festival runs from Friday 7 August to Sunday 16 August, eight days of music on three stages.\n', 'eight days', id='festival-days'),
    pytest.param('The match kicked off at 3pm and finished at 4.50pm, 100 minutes including stoppage time.\n', '100 minutes', id='match-minutes'),
    pytest.param('The 12-week course starts on Monday 7 September and ends on Friday 11 December.\n', '12-week', id='course-weeks'),
    pytest.param('The consultation closes on 30 June, a month before the vote on 14 August.\n', '30 June', id='month-before'),
    pytest.param('The mill closed in 1968 and reopened as a museum in 2001, 23 years later.\n', '23 years', id='years-later'),
    pytest.param('The lease runs for 15 years, from April 2026 to March 2043.\n', '15 years', id='lease-range'),
    pytest.param('Founded in 1902, the brass band plays its last concert on Sunday 11 October 2026. The 114-year-old band has 31 members.\n', '114-year', id='age-founded'),
    pytest.param('Bridge reopens Thursday\n\nThe Tamar swing bridge will reopen on Friday 3 April 2026 after a year of repairs.\n', 'Thursday', id='headline-weekday-noon'),
    pytest.param('The 48-hour strike (three days) begins at midnight.\n', 'three days', id='hours-restated'),
    pytest.param('The roadworks start on 6 April 2026.\n\n| Stage | Date |\n|---|---|\n| Works start | 6 April 2026 |\n| Road reopens | 29 May 2026 |\n| Length | 12 weeks |\n', '12 weeks', id='table-span'),
    pytest.param('The festival opens on Friday 7 August and closes on Sunday 16 August. "Ten days of music is what this town needs," said the organiser. Tickets for all 12 days cost £90.\n', '12 days', id='quote-length', marks=pytest.mark.xfail(strict=True, reason='not read yet')),
    pytest.param('Council to pay £2.4m for depot over ten years\n\nThe council will pay £210,000 a year for ten years to rent the Kelby depot, it said on Monday.\n', '£2.4m', id='headline-rate'),
    pytest.param('Depot lease\n- Rent: £210,000 a year\n- Term: 10 years\n- Total: £2.4 million\n', '£2.4 million', id='list-rate'),
    pytest.param('The ferry, which left Oban on 3 May, reached Barra on 9 May, two days later.\n', 'two days', id='relative-later'),
    pytest.param("The ceremony's start at 11am and its end at 2.30pm gave guests four hours in the cathedral.\n", 'four hours', id='possessive-clock'),
    pytest.param('Closed: 4 January. Reopened: 30 March, ten weeks later.\n', 'ten weeks', id='fragment-later'),
    pytest.param("St Anne's, a church built in 1853, reopens in 2026. The 190-year-old building needs a new roof.\n", '190-year', id='apposition-age'),
    pytest.param('Tenants pay £1,200 a month. "£12,000 a year is more than most of us earn," said one tenant, Joe Hart.\n', '£12,000', id='month-rate-quote'),
    pytest.param('The 10-week closure (84 days) starts on 3 March.\n', '84 days', id='bracket-weeks'),
]  # fmt: skip

CLEAN = [
    pytest.param('The exhibition runs from 3 March to 28 April, an eight-week show of prints by Hokusai.\n', id='clean-weeks-two-dates'),
    pytest.param('The pool was due to reopen on Monday 4 May but reopened on Monday 11 May after a delay.\n', id='clean-planned-actual'),
    pytest.param('Built in 1926, the 100-year-old ship still sails every summer. Her 2026 season starts on Saturday 13 June.\n', id='clean-age'),
    pytest.param('Swing bridge reopens on Friday\n\nThe swing bridge will reopen on Friday 3 April 2026 after a year of repairs.\n', id='clean-headline-weekday'),
    pytest.param('Doors open at 6.30pm and the show ends at 9pm, two and a half hours later.\n', id='clean-clock'),
    pytest.param('Registration closes on Sunday 19 April, a week before the race on Sunday 26 April.\n', id='clean-week-before'),
    pytest.param('The first match is on Saturday 8 August; the second, on Sunday 16 August.\n', id='clean-two-matches'),
    pytest.param('The rent is £24,000 a year until 2030, then £30,000 a year. Over the first five years the club pays £120,000.\n', id='clean-rate-other-period'),
    pytest.param('The council will pay £12,000 a year for 10 years, £120,000 in all.\n', id='clean-rate-total'),
    pytest.param('The rent is £24,000 a year, or £2,000 a month.\n', id='clean-month-rate'),
    pytest.param('The launch, planned for 3 June, was put back 16 days to 19 June.\n', id='clean-delay'),
    pytest.param('The 12-week season starts on 6 June. In the first four weeks the ship sails daily; after that, five days a week.\n', id='clean-sub-period'),
    pytest.param('The trial began on 2 February. The jury returned its verdict on 20 February, 18 days later.\n', id='clean-days-later'),
    pytest.param('Work on the new library began in March 2018. It finally opened in 2025, seven years later.\n', id='clean-years-start-end'),
    pytest.param('The bridge reopens on Friday 3 April 2026. A street party follows on Sunday.\n', id='clean-other-event-weekday'),
    pytest.param('The pilot scheme started on 10 January and ran for 30 days, ending on 9 February.\n', id='clean-end-from-length'),
    pytest.param('Her 40-day vigil (960 hours) outside the embassy ended on Tuesday.\n', id='clean-hours'),
    pytest.param('The 20-year franchise starts in 2027 and runs until 2047.\n', id='clean-end-year'),
    pytest.param('At £30,000 a year, the £450,000 deal covers 15 years.\n', id='clean-period'),
    pytest.param("The expedition spent 95 days on the ice sheet. The team's three months on the ice cost £240,000.\n", id='clean-months'),
    pytest.param('The museum reopened on 2 March after a refit. On 30 March, four weeks later, the café reopened too.\n', id='clean-later-weeks'),
    pytest.param('The festival runs from Friday 7 August to Sunday 16 August, ten days of music on three stages.\n', id='clean-festival'),
    pytest.param('The match kicked off at 3pm and finished at 4.50pm, 110 minutes including stoppage time.\n', id='clean-match'),
    pytest.param('The 12-week course starts on Monday 7 September and ends on Friday 27 November.\n', id='clean-course'),
    pytest.param('The lease runs for 15 years, from April 2026 to March 2041.\n', id='clean-lease'),
    pytest.param('Founded in 1902, the brass band plays its last concert on Sunday 11 October 2026. The 124-year-old band has 31 members.\n', id='clean-age'),
    pytest.param('The mill closed in 1968 and reopened as a museum in 2001, 33 years later.\n', id='clean-years-later'),
    pytest.param("Salary: £36,000 a year (£3,000 a month), with 25 days' holiday.\n", id='clean-bracket-rate'),
    pytest.param('Rent is £1,200 a month. Council tax is £1,800 a year.\n', id='clean-two-rates'),
    pytest.param('The club, founded in 1902, celebrates in 2026. Its 71-year-old president, Ann Moss, cut the cake.\n', id='clean-person-age'),
    pytest.param('The roadworks start on 6 April 2026.\n\n| Stage | Date |\n|---|---|\n| Works start | 6 April 2026 |\n| Road reopens | 29 June 2026 |\n| Length | 12 weeks |\n', id='clean-table-span'),
    pytest.param('The festival opens on Friday 7 August and closes on Sunday 16 August. "Ten days of music is what this town needs," said the organiser.\n', id='clean-quote-length'),
    pytest.param('Depot lease\n- Rent: £210,000 a year\n- Term: 10 years\n- Total: £2.1 million\n', id='clean-list-rate'),
    pytest.param('The ferry, which left Oban on 3 May, reached Barra on 9 May, six days later.\n', id='clean-relative-later'),
    pytest.param('Closed: 4 January. Reopened: 29 March, 12 weeks later.\n', id='clean-fragment-later'),
    pytest.param("St Anne's, a church built in 1853, reopens in 2026. The 173-year-old building needs a new roof.\n", id='clean-apposition-age'),
    pytest.param('Tenants pay £1,200 a month. "£14,400 a year is more than most of us earn," said one tenant.\n', id='clean-month-rate-quote'),
    pytest.param('The 10-week closure (70 days) starts on 3 March.\n', id='clean-bracket-weeks'),
    pytest.param('Polls open at 7am and close at 10pm. Counting takes about four hours.\n', id='clean-two-clocks'),
    pytest.param('The ferry left Oban on 3 May. A storm hit on 6 May, and she reached Barra on 9 May, three days later.\n', id='clean-later-other'),
    pytest.param('Staff work from 9am to 5pm, a seven-hour day after lunch.\n', id='clean-shift'),
    pytest.param('Rent is £45,000 a year now. From 2030 it rises to £50,000 a year, and over the 25-year lease the club will pay £1.2 million.\n', id='clean-rate-change'),
]  # fmt: skip


@pytest.mark.parametrize(("document", "figure"), CONTRADICTIONS)
def test_a_contradiction_of_my_own_is_flagged(document: str, figure: str) -> None:
    assert flags_at(document, figure), document


@pytest.mark.parametrize("document", CLEAN)
def test_a_clean_case_of_my_own_is_quiet(document: str) -> None:
    assert not flags(document), document
