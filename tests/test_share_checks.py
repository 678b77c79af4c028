"""share-arithmetic, parts-total and impossible-share on sentences of their own: what each must
flag, what it must leave alone, and messages that show the arithmetic."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import numcheck
from numcheck.documents import document_from_string
from numcheck.engine import builtin_rules, check_documents
from numcheck.rules import RuleSet
from numcheck.shares import ShareForm, read_mentions

RULES = builtin_rules()


def _messages(rule_id: str, text: str) -> list[str]:
    rule = RULES.get(rule_id)
    assert rule is not None
    report = check_documents([document_from_string(text, "draft.txt")], [], RuleSet((rule,)))
    return [f.message for f in report.findings]


SHARE_FLAGS = [
    "Only 7 of the 25 bridges (35%) passed the survey.",
    "Some 18 out of 60 members, or 40%, stayed away.",
    "One in three tenants, or 45%, said rents were too high.",
    "Nine in every ten pupils, some 70%, walk to school.",
    "A fifth of the 350 firms, 120 businesses, cut jobs.",
    "About a third of the 900 seats, roughly 450, went unsold.",
    "Fewer than half of the 64 clubs, 40, made a profit.",
    "The majority of the 48 jurors, 19, voted to acquit.",
    "Most of the 150 stalls, 50 in total, reopened.",
    "Twenty per cent of the 450 staff, about 150 people, took redundancy.",
    "Three of the 12 judges (75%) dissented.",
    "Of the 240 adults who enrolled in September, 180 (65%) passed the exam.",
    "Half of the 86 applicants, 61, came from abroad.",
    "About 30% (54 of the 120 respondents) said no.",
    "A quarter of the 2,000 households, 800 homes, have no car.",
    "Two-thirds of the 300 workers, 140, joined the strike.",
    "Of the 40 vans, 12 (35%) failed their MOT.",
    "Two of the 3 lanes (66%) were shut.",
    "Seven out of ten voters, that is 55%, backed the plan.",
    "Only one in 10 homes, 15%, has a garden.",
    "Nine in ten homes, 80%, have broadband.",
    "A majority of the 80 delegates, 30, voted no.",
    "City won 3 of their 5 games (70%).",
    "Of the 40 schools inspected, 12 failed, a rate of 35%.",
    "A third of the 600 staff, a total of 250, left.",
    "Nine of the 30 wards, just 35%, passed.",
    "Only 3 of the 20 largest firms, 20% of the total, have a woman in charge.",
    "One in three of the 900 pupils, about 450 children, qualifies for free meals.",
    "A minority of the 60 members, 40, objected.",
    "Three-quarters of the 88 residents, 50 people, signed the petition.",
    "Roughly one in six drivers, 25%, admitted using a phone.",  # a hedged rate is read too
    "About 1 in 8 adults, or 20%, cycle to work.",
    # the part's noun before "out of"
    "The motion passed with 57% of the vote (1,204 votes out of 2,460).",
    "Some 18 members out of 60, or 40%, stayed away.",
    "Only 9 schools out of the 30 inspected (45%) were rated good.",
    # a share set beside a part, the part's whole after it
    "Reyes polled 1,008 votes, or 38%, of the 2,801 cast.",
    "Reyes polled 1,008 votes (38%) of the 2,801 cast.",
    "The trust planted 640 oaks, or about 45%, of the 2,140 trees in the new wood.",
    "Some 96 pupils (33%) of the 410 in the year group sat the early exam.",
]

SHARE_PASSES = [
    "Of the 240 adults who enrolled in September, 180 (75%) passed the exam.",
    "Only 7 of the 25 bridges (28%) passed the survey.",
    "Some 18 out of 60 members, or 30%, stayed away.",
    "One in three tenants, or 33%, said rents were too high.",
    "Nine in every ten pupils, some 90%, walk to school.",
    "A fifth of the 350 firms, 70 businesses, cut jobs.",
    "About a third of the 900 seats, roughly 310, went unsold.",
    "Fewer than half of the 64 clubs, 29, made a profit.",
    "The majority of the 48 jurors, 31, voted to acquit.",
    "Most of the 150 stalls, 120 in total, reopened.",
    "Two of the 3 lanes (67%) were shut.",
    "Seven out of ten voters, 72%, backed the plan.",
    "Of the 40 vans, 12 (30%) failed their MOT.",
    "Three of the 12 judges dissented, 75% more than last term.",
    "A third of the 600 staff, 20 of them managers, left.",
    "Half of the 86 applicants came from abroad, and 61 were under 30.",
    "Of the 40 vans, 12 failed, compared with 35% last year.",
    "Seven of the 20 wards (35% of the beds) closed.",
    "About a third of the 900 seats (35%) went unsold.",
    "The most expensive of the 40 flats, 12 in all, sold first.",
    "Rowing was Britain's most successful sport with seven medals, three of them gold.",
    "At most 3 of the 12 boats, 25 crew in all, returned.",
    "The vote was 310 to 290: a majority of 20.",
    "More than one in four adults, or 30%, smoke.",
    "Around one in eight adults, 12%, cycle.",
    "Labour won 12 of the 40 seats, 35% of the vote.",
    "He scored 2 of the team's 3 goals (40% of his season's tally).",
    "Twelve of the 40 schools (three in ten) failed.",
    "Of the 40 schools inspected, 12 failed, a rate of 30%.",
    "Labour took 12 of the 40 seats with 35%.",
    "Only 3 of the 20 largest firms, 15% of the total, have a woman in charge.",
    "One in three of the 900 pupils, about 300 children, qualifies for free meals.",
    "Half of the 400 homes, 60 of them in the north, have solar panels.",
    "A minority of the 60 members, 20, objected.",
    "Roughly one in six drivers, 18%, admitted using a phone.",
    "About 1 in 8 adults, or 12%, cycle to work.",
    "Nearly one in five homes, some 19%, has no car.",
    "The motion passed with 49% of the vote (1,204 votes out of 2,460).",
    "Only 9 schools out of the 30 inspected (30%) were rated good.",
    "The 300 members of the 40 clubs (35%) voted.",
    "Reyes polled 1,008 votes, or 36%, of the 2,801 cast.",
    "Reyes polled 1,008 votes (36%) of the 2,801 cast.",
    "The trust planted 640 oaks, or about 30%, of the 2,140 trees in the new wood.",
    "Some 96 pupils (about 23%) of the 410 in the year group sat the early exam.",
    # a share of something else before "of": no whole of the part
    "Turnout was 2,801, or 38%, of the electorate.",
]


@pytest.mark.parametrize("sentence", SHARE_FLAGS)
def test_share_arithmetic_flags(sentence: str) -> None:
    assert _messages("share-arithmetic", sentence), sentence


@pytest.mark.parametrize("sentence", SHARE_PASSES)
def test_share_arithmetic_passes(sentence: str) -> None:
    assert _messages("share-arithmetic", sentence) == []


@pytest.mark.parametrize(
    ("sentence", "arithmetic"),
    [
        ("Only 7 of the 25 bridges (35%) passed the survey.", "7 of 25 = 28%, not 35%"),
        ("One in three tenants, or 45%, said rents were too high.", "One in three = 33.3%, not 45%"),
        ("A fifth of the 350 firms, 120 businesses, cut jobs.", "A fifth of 350 = 70, not 120"),
        ("Fewer than half of the 64 clubs, 40, made a profit.", "Fewer than half of 64 = under 32, not 40"),
        ("The majority of the 48 jurors, 19, voted to acquit.", "The majority of 48 = more than 24, not 19"),
        ("A minority of the 60 members, 40, objected.", "A minority of 60 = under 30, not 40"),
    ],
)
def test_share_arithmetic_message_shows_the_working(sentence: str, arithmetic: str) -> None:
    [message] = _messages("share-arithmetic", sentence)
    assert message == f"The share does not match the figure beside it: {arithmetic}"


PARTS_FLAGS = [
    "The fire destroyed 22 vehicles: 9 buses and 15 vans.",
    "Of the 80 recruits, 47 were men and 41 women.",
    "The £9.5m scheme: £4.2m for housing, £3.1m for roads and £1.6m for parks.",
    "The 400 tonnes of waste were split between landfill (250 tonnes) and recycling (190 tonnes).",
    "The squad of 23 is made up of 10 defenders, 8 midfielders and 3 strikers.",
    "The 60 km route: 25 km on roads and the remaining 30 km on tracks.",
    "Of the 300 delegates, 120 backed the motion, 90 opposed it and the remaining 70 abstained.",
    "The 5-hour session was split between talks (3 hours) and workshops (150 minutes).",
    "The 1.2 km bridge: 750 metres of deck and 620 metres of ramps.",
    "Of the 36 flights, 20 left on time and 18 were late.",
    "The 14 medals: 5 gold, 5 silver and 3 bronze.",
    "Turnout was 5,200 voters, made up of 3,100 postal votes and 1,600 in person.",
    "The plant made 900 tonnes in May: 400 tonnes of steel, 300 tonnes of copper and 150 tonnes of zinc.",
    # a part's source after "from", and a part's label that runs on before the next part
    "Revenue was €475 million: €214 million from Europe, €168 million from North America and €83 million from Asia.",
    "The trust has 860 volunteers: 410 work in the shops, 270 help on the wards and in the day centre, and 280 drive.",
    "The fund holds $12.4m: $7.2m raised from members through the annual appeal; $6.1m from the state.",
    # parts in brackets after their total
    "The charity refurbished 1,240 bikes last year (610 sold, 430 given to refugees and 210 to schools).",
    "She was awarded £186,400 (£142,000 for lost earnings and £32,000 for injury, plus £21,400 in interest).",
    "The 90 new homes (52 for sale, 30 for rent and 14 shared ownership) are due next year.",
]

PARTS_PASSES = [
    "The fire destroyed 22 vehicles: 9 buses and 13 vans.",
    "Of the 80 recruits, 47 were men.",
    "Of the 80 recruits, 47 were men and 20 women.",
    "The fire destroyed 22 vehicles, including 9 buses and 8 vans.",
    "The £9m scheme: £4m from the council and €5m from Brussels.",
    "Of the 300 delegates, 120 backed the motion, 90 opposed it and the rest abstained.",
    "The 60 km route: 25 km on roads and 35 km on tracks.",
    "The squad of 23 is made up of 10 defenders, 8 midfielders and 5 strikers.",
    "The 5-hour session was split between talks (3 hours) and workshops (120 minutes).",
    "The 14 medals: 5 gold, 5 silver and 4 bronze.",
    "Of the 36 flights, 20 left on time, 12 of them before noon.",
    "Of the 80 recruits, 47 were men and 60 were under 25.",
    "The plant employs 900 people, of whom 600 work shifts and 500 are also union members.",
    "The team won 118 medals, including 41 golds; its rival won 88 medals.",
    "The £4.2m budget: £1.5m for roads, £1.5m for schools and £1.2m for parks.",
    "Of the 2,500 staff, 1,800 work full time and 750 part time.",
    "Meeting at 10:30: 5 people came and 3 left.",
    "The scheme has two stages: 1) survey the sites; 2) fence them.",
    "Of the 24 players, 11 started and 13 came off the bench, with 5 used as substitutes.",
    "The team played 30 matches: 18 at home and 12 away, winning 20.",
    "Of the 11 players, 5 scored and 4 were booked.",
    "Revenue was €475 million: €214 million from Europe, €178 million from North America and €83 million from Asia.",
    "Revenue was €475 million: €214 million from Europe, up from €190 million a year before.",
    "The trust has 860 volunteers: 410 work in the shops, 270 help on the wards and in the day centre, and 180 drive.",
    "The charity refurbished 1,240 bikes last year (610 sold, 430 given to refugees and 200 to schools).",
    "The club has 400 members (including 120 juniors and 80 seniors).",
    "The walk is 5 miles (8.1 km, or 8,100 metres).",
    "The hill is 400 metres (1,312 feet) high and 600 metres (1,969 feet) long.",
    "The 90 new homes (52 for sale in 2027) follow 60 built last year.",
    "The county's 12 schools have 2,400 pupils, of which 2,100 were in class on Monday, and they employ 600 staff.",
    # a figure that opens a clause of its own subject is no next part
    "The society has 96 plots, of which 88 are let, and 41 people are on the waiting list.",
    "The hospital has 400 beds, of which 350 are full, and 60 patients are waiting in corridors.",
]


@pytest.mark.parametrize("sentence", PARTS_FLAGS)
def test_parts_total_flags(sentence: str) -> None:
    assert _messages("parts-total", sentence), sentence


@pytest.mark.parametrize("sentence", PARTS_PASSES)
def test_parts_total_passes(sentence: str) -> None:
    assert _messages("parts-total", sentence) == []


@pytest.mark.parametrize(
    ("sentence", "arithmetic", "detail"),
    [
        ("The fire destroyed 22 vehicles: 9 buses and 15 vans.", "9 + 15 = 24, more than 22",
         "the parts come to more than the total"),
        ("The £4.2m budget: £1.5m for roads, £1.9m for schools and £1.2m for parks.",
         "£1.5m + £1.9m + £1.2m = £4.6m, more than £4.2m", "the parts come to more than the total"),
        ("The $1.5 billion fund: $900 million for roads and $700 million for rail.",
         "$900 million + $700 million = $1.6 billion, more than $1.5 billion", "the parts come to more than the total"),
        ("The 14 medals: 5 gold, 5 silver and 3 bronze.", "5 + 5 + 3 = 13, not 14",
         "the parts are said to cover the total, but come to less"),
        ("The 1.2 km bridge: 750 metres of deck and 620 metres of ramps.",
         "750 metres + 620 metres = 1.37 km, more than 1.2 km",
         "the parts come to more than the total"),
    ],
)  # fmt: skip
def test_parts_total_message_shows_the_sum(sentence: str, arithmetic: str, detail: str) -> None:
    [message] = _messages("parts-total", sentence)
    assert message == f"The parts do not add up to the total: {arithmetic} ({detail})"


IMPOSSIBLE_FLAGS = [
    "Of the 15 trainees, 45% finished the course.",
    "The drug helped 22% of the 25 rats in the trial.",
    "Of the 20 patients, 37% recovered.",
    "Of the 20 patients, 35% recovered and 43% relapsed.",
    "Among the 12 finalists, 30% were teenagers.",
    "Of the 9 board members, 50% voted in favour.",
    "Only 19% of the 40 cyclists finished the stage.",
    "Out of the 30 pupils, 42% passed with honours.",
    "Of the 7 seats, 40% went to the opposition.",
    "Of the 250 samples, 37.3% were contaminated.",
    "Of all 16 stations, 30% have step-free access.",
]

IMPOSSIBLE_PASSES = [
    "Of the 15 trainees, 40% finished the course.",
    "The drug helped 24% of the 25 rats in the trial.",
    "Of the 20 patients, about 37% recovered.",
    "Of the 20 patients, more than 37% recovered.",
    "Of the 20 countries, France had the highest rate at 37%.",
    "Of the 20 patients, 35% recovered, compared with 52% nationally.",
    "Of the 12 finalists, 30% of the prize money went to the winner.",
    "Of the 9 board members, 44% voted in favour.",
    "Only 19% of the 40 cyclists' bikes were checked.",
    "Of the 250 samples, 37.2% were contaminated.",
    "Of the 2,000 voters, 37% backed the plan.",
    "Of the 40 vans, 12 (35%) failed their MOT.",
    "Of the 16 stations, 31.25% have step-free access.",
    "Of the 30 countries, 42% is the average rate.",
    "Of the 15 districts, 22% unemployment was the highest.",
    "Of the 20 schools, 37% turnout was recorded at one.",
]


@pytest.mark.parametrize("sentence", IMPOSSIBLE_FLAGS)
def test_impossible_share_flags(sentence: str) -> None:
    assert _messages("impossible-share", sentence), sentence


@pytest.mark.parametrize("sentence", IMPOSSIBLE_PASSES)
def test_impossible_share_passes(sentence: str) -> None:
    assert _messages("impossible-share", sentence) == []


def test_impossible_share_lists_the_shares_the_base_allows() -> None:
    [message] = _messages("impossible-share", "Of the 20 patients, 37% recovered.")
    assert message == (
        "'37%' cannot be a share of 20: 37% of 20 is 7.4, not a whole number; 20 allows 35% (7/20) or 40% (8/20)"
    )


@pytest.mark.parametrize(
    ("sentence", "form", "text"),
    [
        ("Only 7 of the 25 bridges passed.", ShareForm.COUNTED, "7 of the 25"),
        ("One in four adults smokes.", ShareForm.RATE, "One in four"),
        ("Nine in every ten pupils walk.", ShareForm.RATE, "Nine in every ten"),
        ("Seven out of ten voters agreed.", ShareForm.RATE, "Seven out of ten"),
        ("About a third of the 600 staff left.", ShareForm.FRACTION, "About a third of the 600"),
        ("Twenty per cent of the 300 pupils passed.", ShareForm.PERCENT, "Twenty per cent of the 300"),
        ("The majority of the 80 delegates voted.", ShareForm.WORDS, "The majority of the 80"),
        ("Of the 40 vans, 12 failed.", ShareForm.COUNTED, "12 of 40"),
        # a whole narrowed by a relative clause, and a whole whose owner is a name of several words
        ("Of the 16 pairs that nested on the marsh, 11 raised chicks.", ShareForm.COUNTED, "11 of 16"),
        ("Of the 240 adults who enrolled in September, 180 passed.", ShareForm.COUNTED, "180 of 240"),
        ("Eleven of Ashby Green's 16 allotment holders won prizes.", ShareForm.COUNTED, "Eleven of Ashby Green's 16"),
    ],
)
def test_share_forms_are_read(sentence: str, form: ShareForm, text: str) -> None:
    claims = [c for c in numcheck.extract(sentence) if c.kind.is_quantity]
    shares = [m for m in read_mentions(claims, exact_below=1000, fraction_tolerance=0.1) if not hasattr(m, "path")]
    assert [(s.form, s.text) for s in shares] == [(form, text)]  # type: ignore[union-attr]


# Properties: a share worked out correctly, or parts that make their total, never flag. ---------

_NOUNS = ("patients", "schools", "members", "wards", "boats")


def _percent_text(value: float, decimals: int) -> str:
    # round half up, as copy is written: Python's round() goes to even
    quantum = 10**decimals
    rounded = math.floor(value * quantum + 0.5) / quantum
    return f"{rounded:.{decimals}f}"


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=400), st.data(), st.sampled_from(_NOUNS), st.integers(0, 1))
def test_a_share_the_base_gives_is_never_impossible(size: int, data: st.DataObject, noun: str, decimals: int) -> None:
    part = data.draw(st.integers(min_value=0, max_value=size))
    share = _percent_text(100 * part / size, decimals)
    assert _messages("impossible-share", f"Of the {size} {noun}, {share}% recovered.") == []


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=2, max_value=400), st.data(), st.sampled_from(_NOUNS))
def test_a_count_and_its_correct_share_never_disagree(size: int, data: st.DataObject, noun: str) -> None:
    part = data.draw(st.integers(min_value=1, max_value=size))
    share = _percent_text(100 * part / size, 0)
    assert _messages("share-arithmetic", f"Only {part} of the {size} {noun} ({share}%) passed.") == []


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=900), min_size=2, max_size=4), st.sampled_from(_NOUNS))
def test_parts_that_make_their_total_never_flag(parts: list[int], noun: str) -> None:
    places = ("in the north", "in the south", "in the east", "in the west")
    listed = ", ".join(f"{n} {place}" for n, place in zip(parts[:-1], places, strict=False))
    sentence = f"The survey counted {sum(parts)} {noun}: {listed} and {parts[-1]} {places[len(parts) - 1]}."
    assert _messages("parts-total", sentence) == []


@pytest.mark.parametrize("size", [1, 3, 7, 20, 33, 250])
def test_reachable_matches_trying_every_count(size: int) -> None:
    from numcheck.kinds import _reachable

    for tenth in range(0, 1001):
        low, high = tenth / 10 - 0.5, tenth / 10 + 0.5
        naive = any(low - 1e-9 <= 100 * k / size <= high + 1e-9 for k in range(size + 1))
        assert _reachable(size, low, high) is naive, (size, low, high)


def test_the_readme_rule_table_lists_every_rule_with_its_parameters() -> None:
    from pathlib import Path

    from numcheck.kinds import KINDS

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(" `"): line for line in readme.splitlines() if line.startswith("| `")}
    for rule in RULES:
        row = rows.get(rule.id, "")
        assert f"| {rule.severity.value} |" in row, rule.id
        assert all(f"`{param.name}`" in row.split("|")[4] for param in KINDS[rule.kind].spec.params), rule.id
