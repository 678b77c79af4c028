"""Linking, table-driven: claims about the same quantity are linked; another entity, time,
place or role tells them apart."""

from __future__ import annotations

from typing import Any

import pytest

import numcheck
from numcheck.linking import blocks, comparison_key, link

SAME = [
    ("Nato has 40,000 troops in the east.", "Officials said Nato has 40,000 troops in the east."),
    ("Troop numbers reached 40,000.", "Nato now counts 40,000 troops."),
    ("The hospital employs 12,000 nurses.", "The hospital employs about 15,000 nurses."),
    ("The missiles have a range of up to 90 miles.", "The missiles have a range of 150 km."),
    ("The club had 200 members in 2019.", "In 2019 the club had 210 members."),
    ("Germany pledged €2 billion in aid.", "Germany pledged $2 billion in aid."),
    ("Membership of the club has tripled.", "Membership of the club has quadrupled."),
    ("Troop numbers rose fivefold to 25,000.", "Troop numbers rose from 8,000 to 25,000."),
    ("Rescuers said 12 people had died in the floods.", "Officials said 15 people died in the floods."),
    ("In Scotland, 1,200 nurses will be hired.", "The Scottish plan: in Scotland 1,500 nurses will be hired."),
    (
        "The regulator imposed a £12m fine after a bonus was paid last year.",
        "In 2024 the regulator imposed a £15m fine.",
    ),
    ("The company sold 3 million cars.", "Analysts say the company sold 2.5 million cars."),
    # a verb that only restates the counted noun: "fined" is a fine, whatever verb the other uses
    ("The judge imposed a £9m penalty on the water firm.", "The water firm was fined £90 million."),
    ("The court handed the bank a £4m fine.", "The bank was fined £40m by the court."),
    (
        "In 2019 the firm sold 300 cars, but the council says 40 buses were sold.",
        "In 2021 officials said 45 buses were sold.",
    ),
    ("Suppliers employ another 2,000 people in the area.", "Suppliers employ another 2,600 people in the area."),
    ("The charity received another £25,000 in donations.", "The charity received a further £12,000 in donations."),
]

DIFFERENT = [
    (
        "Pitch fees brought in £37,140.",
        "The 142 traders, each paying a pitch fee of £240, or £420 for a double pitch, came from six counties.",
        "a sum each against what a set of them brought in",
    ),
    ("Ticket sales raised £18,000.", "Tickets cost £12 each.", "a sum each against what a set of them brought in"),
    (
        "Last year you made two claims, totalling £1,340.",
        "Your two claims averaged £670.",
        "an average against a total",
    ),
    (
        "The shop's 12 branches sold 4,800 bikes in total.",
        "The branches sold an average of 400 bikes.",
        "an average against a total",
    ),
    ("The appeal raised £64,000 altogether.", "Donors gave £64 on average.", "an average against a total"),
    ("France sent 40 tanks.", "Poland sent 60 tanks.", "another actor"),
    ("Japan will spend ¥1 trillion on defence.", "China will spend ¥2 trillion on defence.", "another country"),
    ("In 2019 the club had 200 members.", "By 2022 the club had 350 members.", "another time"),
    ("In Paris, 300 buses run at night.", "In Lyon, 120 buses run at night.", "another place"),
    ("The UK spent £2 billion on defence.", "Germany spent £3 billion on defence.", "another country"),
    ("The army has 40,000 troops.", "The army bought 300 tanks.", "another subject"),
    ("The trail is 90 miles long.", "The trail costs £90 to walk.", "another dimension"),
    ("Rescuers said 12 people had died.", "More than 200 people were evacuated.", "another action"),
    ("The club paid £45m for the striker.", "The club was offered £60m for the striker.", "another action"),
    ("The firm hired 300 workers.", "The firm fired 120 workers.", "another action"),
    ("Labour said 20 hospitals promised had not been built.", "The money will fund 40 hospitals.", "a participle"),
    ("Only 10 of the 48 hospitals promised were started.", "Of the hospitals promised, 20 were built.", "actions"),
    ("The NHS employs 1.3 million people.", "Nearly 400,000 people have been waiting a year.", "generic subject"),
    ("The UK has 15GW of wind capacity.", "The government aims for 50GW of wind capacity.", "a target"),
    ("The council expects 3,000 visitors.", "Last year 2,400 visitors came.", "a forecast"),
    ("In March the trust had 900 beds.", "In June the trust had 850 beds.", "another month"),
    ("Around 850 women die each year.", "Women aged 25 to 29 were least likely to attend.", "an age"),
    ("Some patients have waited more than 18 months.", "Most patients are seen within four hours.", "durations"),
    ("Five-year deals now average 5.51%.", "Two-year deals average 5.93%.", "a duration in a name"),
    ("Four people died in Ardenne.", "At least 12 people have died.", "a place narrows the figure"),
    ("In 1925 the club had 200 members and the choir had 40 singers.", "In 1930 the choir had 55 singers.", "a year"),
    (
        "In 1925, the club had 200 members, the band 12 drummers and the choir 40 singers.",
        "In 1930 the choir had 55 singers.",
        "a year said before, in a list",
    ),
    ("In Scotland, 1,200 nurses will be recruited.", "About 12,000 nurses will be recruited.", "part and whole"),
    # more on top of a figure is another figure, unless both sides say it
    ("Suppliers employ another 2,000 people in the area.", "The plant employs 1,650 people.", "additional"),
    ("The council will spend a further £3m on bridges.", "The council will spend £12m on bridges.", "additional"),
    ("Another 300 homes were flooded overnight.", "Some 1,200 homes were flooded.", "additional"),
    ("The trust will open an extra 40 beds this winter.", "The trust will open 25 beds this winter.", "additional"),
]


def _linked(first: str, second: str) -> list[tuple[str, str]]:
    claims = [*numcheck.extract(first, "a.txt"), *numcheck.extract(second, "b.txt")]
    return [(pair.first.text, pair.second.text) for pair in link(claims) if pair.first.path != pair.second.path]


@pytest.mark.parametrize(("first", "second"), SAME)
def test_same_quantity_is_linked(first: str, second: str) -> None:
    assert _linked(first, second), f"{first!r} and {second!r} should be linked"


@pytest.mark.parametrize(("first", "second", "why"), DIFFERENT)
def test_different_quantities_are_not_linked(first: str, second: str, why: str) -> None:
    assert not _linked(first, second), f"{why}: {first!r} and {second!r} should not be linked"


def test_a_starting_figure_links_only_to_starting_figures() -> None:
    assert ("300", "500") in _linked("Prices rose from 300 to 1,200.", "Prices rose from 500 to 1,200.")
    assert ("300", "300") not in _linked("Prices rose from 300 to 1,200.", "Prices stood at 300.")


def test_within_one_document_a_name_or_time_on_one_side_tells_figures_apart() -> None:
    claims = numcheck.extract("The United States won 118 medals. Rowing was the best sport, with seven medals.")
    assert not list(link(claims))


# one fact told twice in one document, once with the day or season of the telling
TOLD_TODAY_AND_PLAIN = [
    "On Monday the landlord said 71% of tenants were satisfied with repairs. Some 74% of tenants were satisfied "
    "with repairs, the survey found.",
    "170,000 students enrolled in 1925, the board said. 110,000 students enrolled in 1925, according to figures "
    "released on Monday.",
    "The charity said on Tuesday that it had 860 volunteers. Its 680 volunteers run 12 shops.",
    "The pier now has 240 berths. Its 420 berths are full all summer.",
]  # fmt: skip
# a time past on one side still tells them apart
TOLD_OF_ANOTHER_TIME = [
    "Last year 71% of tenants were satisfied with repairs. Some 74% of tenants were satisfied with repairs, "
    "the landlord said.",
    "The charity had 860 volunteers in 2019. The charity has 680 volunteers.",
]  # fmt: skip


@pytest.mark.parametrize("text", TOLD_TODAY_AND_PLAIN)
def test_within_one_document_the_day_of_the_telling_does_not_tell_figures_apart(text: str) -> None:
    assert list(link(numcheck.extract(text))), text


@pytest.mark.parametrize("text", TOLD_OF_ANOTHER_TIME)
def test_within_one_document_another_time_on_one_side_tells_figures_apart(text: str) -> None:
    assert not list(link(numcheck.extract(text))), text


def test_two_figures_in_one_sentence_are_not_linked() -> None:
    claims = numcheck.extract("The army has 40,000 troops now and had 4,000 troops then.")
    assert not list(link(claims))


def test_dates_ordinals_and_identifiers_are_never_linked() -> None:
    claims = numcheck.extract("On 24 February the first S-300 battery arrived.")
    assert all(comparison_key(c) is None for c in claims)


def test_blocks_are_ordered_and_keyed_by_kind_family_and_subject() -> None:
    claims = [
        *numcheck.extract("Nato has 40,000 troops. The fund holds €60 million.", "a.txt"),
        *numcheck.extract("Nato has 4,000 troops. The fund holds $60 million.", "b.txt"),
    ]
    found = [(key, subject, [c.text for c in members]) for key, subject, members in blocks(claims)]
    assert found == [
        ("count", "troop", ["40,000", "4,000"]),
        ("money", "fund", ["€60 million", "$60 million"]),
    ]


def _pairs_corpus() -> list[tuple[str, str]]:
    from pathlib import Path

    pairs = Path(__file__).resolve().parents[1] / "benchmarks" / "pairs"
    files = [path for path in sorted(pairs.glob("*/*.*")) if path.suffix in (".md", ".txt")]
    return [(str(path), path.read_text(encoding="utf-8")) for path in files]


def _synthetic_corpus() -> list[tuple[str, str]]:
    """Stories spread over three years of the benchmark archive: the same places, years and
    subjects again and again, with and without names and times."""
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus.py"
    spec = importlib.util.spec_from_file_location("bench_corpus", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return [module.document(index) for index in range(0, 3000, 37)]


@pytest.mark.parametrize("corpus", [_pairs_corpus, _synthetic_corpus], ids=["pairs", "synthetic"])
def test_the_name_and_time_index_finds_exactly_the_pairs_a_full_comparison_finds(corpus: Any) -> None:
    from numcheck.linking import distinguishable, link_block

    claims = [claim for path, text in corpus() for claim in numcheck.extract(text, path)]
    checked = 0
    for _, _, members in blocks(claims):
        everything = [
            (a.start, a.path, b.start, b.path)
            for i, a in enumerate(members)
            for b in members[i + 1 :]
            if not distinguishable(a, b)
        ]
        indexed = [(p.first.start, p.first.path, p.second.start, p.second.path) for p in link_block(members)]
        assert indexed == everything
        checked += len(everything)
    assert checked > 50
