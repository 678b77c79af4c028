"""News copy names one set of people or things by several nouns in one story: "1,150 pupils", then
"its 1,510 students"; "36 planes", then "the 63 aircraft". The vocabulary's `head_synonyms` make
those one head, so two figures for the set meet. Nouns that look alike but count another set stay
apart: "members" and "voters", "staff" and "people", "passengers" and "journeys", "students" and
"graduates", "visitors" and "visits", "homes" and "households", "applicants" and "candidates"
("a claim has at most 14 candidates" counts no applicants)."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # pupils, students
        ("Harcourt Academy has 1,150 pupils. Its 1,510 students will move into the new building in September.",
         "1,510"),
        ("Two coaches took 48 pupils to the museum. The 84 students were back by four.", "84"),
        # children, kids, youngsters
        ("The holiday club looked after 90 children last week. The 120 kids played football every afternoon.",
         "120"),
        ("The summer camp took in 65 youngsters. The 56 children slept in tents by the lake.", "56"),
        # doctors, physicians
        ("The hospital employs 230 doctors. Its 320 physicians work in shifts of twelve hours.", "320"),
        # applicants, hopefuls
        ("The bursary scheme drew 420 applicants. Each of the 460 hopefuls will hear back in May.", "460"),
        ("Ashby Drama School had 96 hopefuls this spring. Its 69 applicants will audition in March.", "69"),
        # fans, supporters
        ("About 3,000 fans travelled to Leeds for the final. The 3,800 supporters were given a police escort.",
         "3,800"),
        ("Rovers said 8,100 supporters renewed their season tickets. The 8,700 fans who renewed get a free scarf.",
         "8,700"),
        # delegates, attendees
        ("The conference drew 2,000 delegates. The 2,400 attendees heard from the minister.", "2,400"),
        # passengers, travellers
        ("The ferry carried 1,200 passengers. The 1,400 travellers were delayed by fog.", "1,400"),
        ("The airport expects 61,000 travelers on Friday. The 16,000 passengers expected on Friday will queue.",
         "16,000"),
        # drivers, motorists
        ("The survey asked 2,000 drivers about potholes. Of the 2,200 motorists, most had hit one.", "2,200"),
        # jobs, posts, roles, positions
        ("The bank will cut 450 jobs. The 540 posts are mostly in branches.", "540"),
        ("The factory will shed 300 jobs. Unions said the 330 roles were lost without consultation.", "330"),
        ("The council will axe 72 jobs. The 27 positions are in its parks department.", "27"),
        # companies, firms
        ("Some 120 companies signed the pledge. The 210 firms signed it at a breakfast in Cardiff.", "210"),
        # customers, clients
        ("The bank has 80,000 customers in Wales. Its 90,000 clients will be moved to the new app.", "90,000"),
        # police, officers
        ("Some 200 police were on duty at the derby. The 250 officers on duty made 12 arrests.", "250"),
        # firefighters, firemen
        ("The brigade sent 40 firefighters to the blaze. The 45 firemen worked through the night.", "45"),
        # prisoners, inmates
        ("The jail holds 740 prisoners. Its 710 inmates share cells built for one.", "710"),
        ("Inspectors spoke to 96 inmates at Hollow Lane. Of the 69 prisoners, half said they felt unsafe.", "69"),
        # and things: aircraft and planes, ships and vessels, lorries and trucks, flats and apartments,
        # films and movies, an audience and its viewers
        ("The airline has 120 aircraft. Its 210 planes fly to 40 countries.", "210"),
        ("Skyways will order 36 planes from Airbus. The 63 aircraft will be delivered from 2028.", "63"),
        ("The port handled 1,300 ships last year. The 1,900 vessels carried mostly grain.", "1,900"),
        ("Police stopped 84 lorries on the M6. The 48 trucks were checked for overloading.", "48"),
        ("The developer will build 240 flats on the site. The 420 apartments will be for rent.", "420"),
        ("The festival will screen 64 films. The 46 movies come from 30 countries.", "46"),
        ("The final drew 4.2 million viewers. Its audience of 2.4 million was the largest of the year.",
         "2.4 million"),
    ],
)  # fmt: skip
def test_two_nouns_for_one_set_meet(text: str, figure: str) -> None:
    assert flags_at(text, figure)


@pytest.mark.parametrize(
    "text",
    [
        # the same figure under two nouns
        "Harcourt Academy has 1,150 pupils. Its 1,150 students will move into the new building in September.",
        "The holiday club looked after 90 children last week. The 90 kids played football every afternoon.",
        "The bursary scheme drew 420 applicants. Each of the 420 hopefuls will hear back in May.",
        "The ferry carried 1,200 passengers. The 1,200 travellers were delayed by fog.",
        "The bank will cut 450 jobs. The 450 posts are mostly in branches.",
        "The jail holds 740 prisoners. Its 740 inmates share cells built for one.",
        "The developer will build 240 flats on the site. The 240 apartments will be for rent.",
        # a part of the set, named by a modifier or a qualifier
        "The navy has 20 ships. Some 200 fishing vessels use the harbour.",
        "The factory will shed 300 jobs. Some 330 new roles will be created in Leeds.",
        "Some 120 companies signed the pledge. The 210 small firms in the town did not.",
        "The bursary scheme drew 420 applicants. The 40 shortlisted hopefuls will be interviewed in May.",
        # nouns that look alike but count another set
        "The party has 40,000 members. In the leadership contest, 32,000 voters took part.",
        "The firm has 300 staff. About 400 people attended the open day.",
        "The airline carried 1.2 million passengers last year, making 3.4 million journeys.",
        "The college has 4,000 students. It had 1,100 graduates this summer.",
        "The museum had 40,000 visitors, who made 52,000 visits.",
        "The flood reached 300 homes. Some 420 households were left without power.",
        "The clinic treated 640 patients. It has 46 doctors and 120 nurses.",
        "The school has 1,150 pupils. Some 1,510 parents signed the petition.",
        "The holiday club looked after 90 children. The 120 parents paid £40 each.",
        "Brantwood College received 1,760 applicants. The 300 successful candidates start in October.",
        "The party fielded 640 candidates. It received 4,600 applicants for the posts.",
        "About 3,000 fans travelled to Leeds. The crowd of 40,000 was the largest this season.",
        "The club has 12,400 supporters on its books. About 3,000 fans travelled to Leeds.",
        "The survey asked 2,000 drivers about potholes. It also asked 1,200 cyclists.",
        "The bank will cut 450 jobs. It will close 54 branches.",
        "The charity cut 40 jobs this year. Its blog has 400 posts.",
        "The bank will cut 450 jobs. It posted 540 messages about the plan.",
        "The firm will create 300 jobs. It has 12 open positions on its website.",
        "The company employs 300 people. Its 40 clients include two banks.",
        "The agency has 120 clients. It employs 210 staff.",
        "The jail holds 740 prisoners. Its 71 staff work in shifts.",
        "About 300 police were on duty. The 350 stewards checked tickets.",
        "The prison employs 200 officers. About 300 police surrounded it during the riot.",
        "The club has 300 members. It has 40 officers, including a treasurer.",
        "The brigade sent 40 firefighters to the blaze. The 45 residents were moved to a school hall.",
        "The airline has 120 aircraft. It flew 210 routes.",
        "The developer will build 240 flats. Some 420 houses will follow.",
        "Police stopped 84 lorries on the M6. They also stopped 48 vans.",
        "The festival will screen 64 films. Some 46,000 tickets were sold.",
        "The final drew 4.2 million viewers. The stadium held a crowd of 80,000.",
        "The final drew 4.2 million viewers. The 80,000 fans in the stadium sang throughout.",
        "A flat fee of £300 applies to the 240 homes.",
        # the same noun for two sets in two places
        "Harcourt Academy has 1,150 pupils. Nearby Dene College has 1,510 students.",
        "The festival drew 30,000 fans. The 300 delegates at the conference next door did not notice.",
        "Some 40 doctors at the infirmary signed the letter. The 260 physicians at the other hospitals were not asked.",
    ],
)
def test_other_sets_stay_apart(text: str) -> None:
    assert not flags(text)
