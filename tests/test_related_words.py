"""A draft sentence that says what its source says in other words ("picked" for "chose", "jobless"
for "unemployment", "finished" for "completed") is about what the source covers, so a figure in it
that the source does not give is reported (unsupported-figure). The vocabulary's `related_words`
are used for that coverage only; they never link two figures."""

from __future__ import annotations

import pytest
from against_source import unsupported

from numcheck.vocabulary import load_vocabulary

REPORTED = [
    # (draft, source, the figure reported)
    (
        "The council picked the Harwell bid, which costs £6.1 million.",
        "Councillors chose Harwell's bid, priced at £4.6 million, over two rivals.",
        "£6.1 million",
    ),
    ("Branley jobless rate hits 7.2%", "Unemployment in Branley reached 2.7% in June, the agency said.", "7.2%"),
    (
        "The old mill was finished in 1911 and had 40 looms.",
        "The Carrow mill was completed in 1891 and had 40 looms.",
        "1911",
    ),
    (
        "Shoppers spent £3.1bn in the firm's stores.",
        "Customers spent £1.3bn at the company's shops over Christmas.",
        "£3.1bn",
    ),
]


@pytest.mark.parametrize(("draft", "source", "figure"), REPORTED)
def test_a_figure_in_a_sentence_said_in_other_words_is_checked(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


SILENT = [
    # a sentence about something else, though one word has a synonym in the source
    ("The firm also opened 12 offices abroad.", "The company's shops took £1.3bn over Christmas."),
    ("Pupils at the school picked 300 apples.", "Students chose a new head teacher in 2021."),
    # the figure restated in other words
    ("Branley's jobless rate hit 2.7% in June.", "Unemployment in Branley reached 2.7% in June."),
]


@pytest.mark.parametrize(("draft", "source"), SILENT)
def test_a_sentence_about_something_else_or_agreeing_stays_silent(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []


def test_related_words_are_read_from_the_vocabulary() -> None:
    related = load_vocabulary().related_words
    assert related["pick"] == "choose"
    assert related["jobless"] == "unemployment"
