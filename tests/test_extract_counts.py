"""Extraction of counts: a figure and the noun it counts."""

from __future__ import annotations

import pytest
from claim_table import check, quantity_row


def count(value: float, subject: str | None, **more: object) -> dict[str, object]:
    return quantity_row({"kind": "count", "value": value, "unit": None, "subject": subject, **more})


CASES = [
    (
        "Russia has massed 40,000 troops near the border, officials said.",
        "40,000",
        count(40000, "troop", precision=10000),
    ),
    (
        "Ukraine said it had received 120 armoured vehicles from allies.",
        "120",
        count(120, "armoured vehicle"),
    ),
    ("Forty thousand troops were deployed to the region.", "Forty thousand", count(40000, "troop")),
    # technical prose writes large figures in scientific notation; the mantissa's digits set the precision
    ("The model was trained on 1.4e12 tokens of text.", "1.4e12", count(1.4e12, "token", precision=1e11)),
    ("The survey reached 2.50E3 households.", "2.50E3", count(2500, "household", precision=10)),
    (
        "Fifteen hundred delegates attended the conference in Glasgow.",
        "Fifteen hundred",
        count(1500, "delegate"),
    ),
    ("The army sent a dozen tanks to the front line.", "a dozen", count(12, "tank")),
    (
        "Half a million refugees have crossed into Poland.",
        "Half a million",
        count(500000, "refugee"),
    ),
    (
        "The conflict has displaced 3.2 million people.",
        "3.2 million",
        count(3.2e6, "people", precision=1e5),
    ),
    ("The ministry said 2,350 soldiers had been killed.", "2,350", count(2350, "soldier")),
    ("Police arrested 12 people after the match.", "12", count(12, "people")),
    ("The company plans to hire 5,000 workers next year.", "5,000", count(5000, "worker")),
    ("Two people were injured in the crash.", "Two", count(2, "people")),
    ("Seven children were rescued from the building.", "Seven", count(7, "child")),
    ("The hospital treated 45 patients overnight.", "45", count(45, "patient")),
    ("The airline operates 250 aircraft.", "250", count(250, "aircraft")),
    ("The council will build 1,200 new homes.", "1,200", count(1200, "home")),
    ("The survey questioned 2,000 adults.", "2,000", count(2000, "adult")),
    ("A total of 37 migrants were rescued off the coast.", "37", count(37, "migrant")),
    ("The ministry counted 40,213 cases on Monday.", "40,213", count(40213, "case", precision=1)),
    (
        "India has 1.2 billion mobile phone users.",
        "1.2 billion",
        count(1.2e9, "mobile phone user", precision=1e8),
    ),
    ("Germany will send 14 Leopard tanks to Ukraine.", "14", count(14, "tank")),
    ("There are 40,000 Nato troops on the eastern flank.", "40,000", count(40000, "troop")),
    ("The drought has killed 2.5 million cattle.", "2.5 million", count(2.5e6, "cattle")),
    ("Fifty-two students sat the exam.", "Fifty-two", count(52, "student")),
    (
        "The festival drew two hundred thousand visitors.",
        "two hundred thousand",
        count(200000, "visitor"),
    ),
    ("Officials said 300 houses were damaged by the storm.", "300", count(300, "house")),
    ("The union represents 90,000 nurses across England.", "90,000", count(90000, "nurse")),
    ("The army has lost 10,000 soldiers since the war began.", "10,000", count(10000, "soldier")),
    ("The ship was carrying 700 passengers and crew.", "700", count(700, "passenger")),
    ("The bank will close 60 branches this year.", "60", count(60, "branch")),
    ("Researchers studied 15,000 women over a decade.", "15,000", count(15000, "woman")),
    # "m" is a million before a plural noun
    ("The outbreak has infected 2m people.", "2m", count(2e6, "people", precision=1e6)),
    ("The storm left 1.5m homes without power.", "1.5m", count(1.5e6, "home", precision=1e5)),
    # fractions of scale words
    ("A quarter of a million people marched in Paris.", "A quarter of a million", count(250000, "people")),
    ("Three quarters of a billion doses have been given.", "Three quarters of a billion", count(7.5e8, "dose")),
    ("Two and a half million people live in the region.", "Two and a half million", count(2.5e6, "people")),
    ("The charity fed half a dozen families.", "half a dozen", count(6, "family")),
]


@pytest.mark.parametrize(("sentence", "text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_counts(sentence: str, text: str, expected: dict[str, object]) -> None:
    check(sentence, text, expected)
