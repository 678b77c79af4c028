"""A later mention in one document may call a thing by its kind: "36 owls", then "each of the 63
birds"; "84 teams", then "its entry of 48". The vocabulary's `kinds` say which noun is a kind of
which. Only that way round: "300 birds", then "its 48 penguins", names a part of them. A
collective noun is a kind of what it collects: "64 electric buses", then "its electric fleet of 46"."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

from numcheck.errors import ConfigError
from numcheck.vocabulary import load_vocabulary, parse_vocabulary


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The sanctuary took in 36 owls this winter. Each of the 63 birds was ringed before release.", "63"),
        ("Marston Farm Park keeps 22 alpacas. All 27 animals are sheared in May.", "27"),
        ("Marston Farm Park keeps 22 alpacas. The park's 27 animals are sheared in May.", "27"),
        ("The quiz league has 84 teams this season. Its entry of 48 is the largest since it was founded.", "48"),
        ("The Harbour 10K drew 2,340 runners on Sunday. The field of 2,430 was the largest in the race's history.",
         "2,430"),
        # a collective noun for what was counted: "a fleet", "the herd", "the flock"
        ("Calder Transit now runs 64 electric buses. Its electric fleet of 46 will grow again next spring.", "46"),
        ("The ferry company has 12 ships on the Irish Sea. The fleet of 21 is the largest on the route.", "21"),
        ("Hollins Farm keeps 240 dairy cows. Its herd of 420 is the largest in the dale.", "420"),
        ("The estate grazes 1,800 ewes on the fell. The flock of 1,080 is gathered each September.", "1,080"),
    ],
)  # fmt: skip
def test_a_later_mention_by_its_kind_states_the_figure_again(text: str, figure: str) -> None:
    assert flags_at(text, figure)


@pytest.mark.parametrize(
    "text",
    [
        # the same figure, called by its kind
        "The sanctuary took in 36 owls this winter. Each of the 36 birds was ringed before release.",
        "Marston Farm Park keeps 22 alpacas. All 22 animals are sheared in May.",
        # a later noun that is one of an earlier kind: a part of them
        "The aviary houses 300 birds. Its 48 penguins are fed at noon.",
        "The league has 84 entries this season. Its 48 teams play on Tuesdays.",
        # two things of one kind are not one another
        "The reserve counted 140 swans in January. The 90 ducks on the lake were ringed.",
        # the kind said of another place
        "Lowmoor Zoo has 48 penguins. The 54 birds at Highcliffe Zoo live in an older pool.",
        # a collective's figure of the same count, and one of its parts
        "Calder Transit now runs 64 electric buses. Its electric fleet of 64 will grow again next spring.",
        "The operator's fleet numbers 212 buses. Its 46 electric buses run on the busiest routes.",
        "Hollins Farm keeps a herd of 420. Its 240 cows are milked twice a day.",
        # two members of one collective are not one another
        "The company runs 120 lorries from the depot. Its 40 vans make the last-mile deliveries.",
    ],
)
def test_kinds_leave_parts_and_other_things_alone(text: str) -> None:
    assert not flags(text)


def test_kinds_follow_kinds_listed_as_nouns() -> None:
    kinds = load_vocabulary().kinds
    assert {"bird", "animal"} <= kinds["penguin"]
    assert "animal" in kinds["bird"]
    assert "penguin" not in kinds.get("bird", frozenset())


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("kinds:\n  bird: penguin\n", "expected a list of nouns"),
        ("kinds:\n  bird: []\n", "expected a list of nouns"),
        ("kinds:\n  bird: [bird]\n", "a kind of itself"),
    ],
)
def test_a_malformed_kinds_entry_is_an_error(entry: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_vocabulary(entry, "vocabulary.yaml")
