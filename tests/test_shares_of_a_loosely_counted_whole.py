"""A share said in one sentence of a whole whose part another sentence counts in loose words
("including 96 repairs", "among its 400 members", "out of 1,200 asked") must match that count;
a share of the whole said as "of the total", "of all ..." or pointed back at ("the figure (40%)",
"Those newcomers, who make up 35%") is that share. Shares that match, shares of other sets and
the rest of the whole stay silent."""

from __future__ import annotations

import pytest
from one_document import flags

import numcheck
from numcheck.shares import loosely_counted


@pytest.mark.parametrize(
    ("sentence", "part", "whole"),
    [
        ("The depot ran 1,400 bus journeys in March, including 260 night services.", "260", "1,400"),
        ("The museum counted 2,150 school visitors in 2024-25 among 48,000 visitors overall.", "2,150", "48,000"),
        ("Some 640 tenants backed the plan in the survey, out of 900 asked.", "Some 640", "900"),
        ("There were 75 pupils who won a place, out of a year group of 120.", "75", "120"),
        # measures of one unit, and a whole named as a total
        (
            "The quarry shipped 80,000 tonnes of stone last year, including 12,000 tonnes of slate.",
            "12,000 tonnes",
            "80,000 tonnes",
        ),
        (
            "Farmers mowed 350 hectares of hay out of total grassland of 1,400 hectares.",
            "350 hectares",
            "1,400 hectares",
        ),
        (
            "The dairy sold 90,000 litres of milk as cheese in a total output of 600,000 litres.",
            "90,000 litres",
            "600,000 litres",
        ),
    ],
)
def test_a_part_said_loosely_is_read_with_its_whole(sentence: str, part: str, whole: str) -> None:
    shares = loosely_counted(numcheck.extract(sentence, "doc.md"))
    assert [(share.part.text, share.whole.text) for share in shares if share.part and share.whole] == [(part, whole)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The depot ran 1,400 bus journeys in March and 260 in April.",
        "Some 640 tenants backed the plan, while 900 households were asked in 2023.",
        "The museum counted 48,000 visitors in 2024-25, including 2,150 school visitors.",
    ],
)
def test_no_loose_part_without_its_words(sentence: str) -> None:
    shares = loosely_counted(numcheck.extract(sentence, "doc.md"))
    assert [(s.part.text, s.whole.text) for s in shares if s.part and s.whole] in ([], [("2,150", "48,000")])


@pytest.mark.parametrize(
    "text",
    [
        "The allotment society has 320 plots, including 48 raised beds for older members. Raised beds"
        " make up 25% of the total, the secretary said.",
        "The food bank handed out 4,230 parcels last winter, out of 5,120 requested. That figure (90% of"
        " requests) was its best yet.",
        "The choir has 85 singers among its 150 members. Those singers, who make up 70% of the membership,"
        " rehearse on Tuesdays.",
        "Of the 1,200 flats inspected, 300 were found to have damp. The council said 40% of all the flats"
        " had damp and would be repaired first.",
        # a part said "of them" of the sentence before's whole, and a share in its own sentence or later
        "The sailing school trained 160 beginners this summer. Some 120 of them passed their first test (65%,"
        " the instructors say).",
        "The rescue centre took in 420 hedgehogs last year. Of those, 315 were released. Its release rate of 85%"
        " is the best in the county.",
        # a measure counted of its whole, and a share of "the harvest"
        "The estate picked 180 tonnes of grapes this autumn, including 45 tonnes of pinot noir. Pinot noir, at 35%"
        " of the harvest, is its biggest variety.",
        "The quarry shipped 12,000 tonnes of slate last year out of total sales of 80,000 tonnes. Slate (25% of all"
        " sales) earns the most per tonne.",
    ],
)
def test_a_share_the_counts_do_not_give_is_flagged(text: str) -> None:
    assert any("share" in message for message in flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "The allotment society has 320 plots, including 48 raised beds for older members. Raised beds"
        " make up 15% of the total, the secretary said.",
        "The food bank handed out 4,230 parcels last winter, out of 5,120 requested. That figure (83% of"
        " requests) was its best yet.",
        "The choir has 85 singers among its 150 members. About 30% of members joined in the last year.",
        "Of the 1,200 flats inspected, 300 were found to have damp. The other 75% of the flats were dry.",
        "The sailing school trained 160 beginners this summer. Some 120 of them passed their first test (75%,"
        " the instructors say).",
        "The rescue centre took in 420 hedgehogs last year. Of those, 315 were released. Its release rate of 75%"
        " is the best in the county.",
        # a share of the part itself, said after it
        "The rescue centre took in 420 hedgehogs last year. Of those, 315 were released, and 60% of them were"
        " fitted with trackers.",
        # a measure's share that its counts give
        "The estate picked 180 tonnes of grapes this autumn, including 45 tonnes of pinot noir. Pinot noir, at 25%"
        " of the harvest, is its biggest variety.",
        # a share of another measure: the harvest's value, not its weight
        "The quarry shipped 12,000 tonnes of slate last year out of total sales of 80,000 tonnes. Slate brought in"
        " 40% of the quarry's income.",
    ],
)
def test_a_share_the_counts_give_or_of_another_set_is_silent(text: str) -> None:
    assert flags(text) == []
