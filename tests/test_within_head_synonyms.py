"""News copy names one set of people or things by several nouns in one story: "1,150 pupils", then
"its 1,510 students"; "90 children", then "the 120 kids". The vocabulary's `head_synonyms` make
those one head, so two figures for the set meet. Nouns that look alike but count another set stay
apart: "members" and "voters", "staff" and "people", "passengers" and "journeys", "students" and
"graduates", "visitors" and "visits", "homes" and "households"."""

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
        # patients, people treated
        ("The clinic treated 640 patients in its first month. The 460 people treated were mostly over 60.", "460"),
        ("The walk-in centre treated 310 people on Saturday. Its 130 patients waited an hour on average.", "130"),
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
        # the same noun for two sets in two places
        "Harcourt Academy has 1,150 pupils. Nearby Dene College has 1,510 students.",
        "Some 40 doctors at the infirmary signed the letter. The 260 physicians at the other hospitals were not asked.",
    ],
)
def test_other_sets_stay_apart(text: str) -> None:
    assert not flags(text)
