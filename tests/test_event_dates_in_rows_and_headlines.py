"""The date of one event said twice in one document: a fact box's row named by the event ("| Opening
day | 13 March 2028 |") against the text, and a headline's date against a lede whose verb has an
object between it and the date ("will open its doors on 31 March"). Another event's date, or a row
that names no event, stays apart."""

from __future__ import annotations

import pytest
from one_document import flags_at

_BOX = """{text}

| {name} |                |
|--------|----------------|
| {first_label} | {first} |
| {label} | {date} |
"""


def _boxed(text: str, name: str, label: str, date: str, first_label: str = "Staff", first: str = "24") -> str:
    return _BOX.format(text=text, name=name, label=label, date=date, first_label=first_label, first=first)


ROWS_THAT_DISAGREE = [
    (
        _boxed(
            "The new food hall will open on Saturday 13 March 2027.", "Castle Market", "Opening day", "13 March 2028"
        ),
        "2028",
    ),
    (
        _boxed("The swimming pool will reopen on 4 September.", "Millbank baths", "Reopening date", "14 September"),
        "14 September",
    ),
    (_boxed("The bridge closed to traffic on 2 June 2026.", "Ouse bridge", "Closure", "2 July 2026"), "2 July"),
    (_boxed("The museum's new wing opens on 19 May.", "Hartley museum", "Opens", "29 May"), "29 May"),
    (_boxed("The lido opened on 2 March 2026.", "Parkside lido", "Opened", "2 May 2026"), "2 May"),
]


@pytest.mark.parametrize(("text", "figure"), ROWS_THAT_DISAGREE)
def test_a_row_named_by_the_event_against_the_text_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure)


ROWS_THAT_AGREE_OR_DIFFER = [
    # the same date
    _boxed("The new food hall will open on Saturday 13 March 2027.", "Castle Market", "Opening day", "13 March 2027"),
    # another event of the thing
    _boxed("The new food hall will open on Saturday 13 March 2027.", "Castle Market", "Work began", "2 May 2025"),
    _boxed("The pool will reopen on 4 September.", "Millbank baths", "Closed", "14 January"),
    # a row that names no event
    _boxed("The new food hall will open on Saturday 13 March 2027.", "Castle Market", "Market day", "14 March 2027"),
    _boxed("The bridge closed to traffic on 2 June 2026.", "Ouse bridge", "Built", "1896", "Length", "120 metres"),
]


@pytest.mark.parametrize("text", ROWS_THAT_AGREE_OR_DIFFER)
def test_a_row_of_the_same_date_or_another_event_is_not_flagged(text: str) -> None:
    assert not flags_at(text, "")


HEADLINES_THAT_DISAGREE = [
    (
        "Kirkwell food hall to open on 13 March\n\nCastle Market, in the old store on Bridge Street, will open its "
        "doors on 31 March with 24 traders.",
        "13 March",
    ),
    (
        "Lido reopens on 6 June\n\nThe Parkside lido will reopen its gates on 16 June after a £2 million repair.",
        "6 June",
    ),
    (
        "Library to close its doors on 20 December\n\nThe Mill Lane library will shut its doors on 2 December, the "
        "council said.",
        "20 December",
    ),
]


@pytest.mark.parametrize(("text", "figure"), HEADLINES_THAT_DISAGREE)
def test_a_headline_date_against_a_lede_with_an_object_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure)


HEADLINES_THAT_AGREE_OR_DIFFER = [
    "Kirkwell food hall to open on 31 March\n\nCastle Market will open its doors on 31 March with 24 traders.",
    # another event: the lede's is the closure before the reopening
    "Lido reopens on 6 June\n\nThe Parkside lido, which closed its doors on 16 January, has had a £2 million repair.",
    "Food hall opens on 13 March\n\nThe market will hold its first auction on 31 March, a fortnight after it opens.",
]


@pytest.mark.parametrize("text", HEADLINES_THAT_AGREE_OR_DIFFER)
def test_a_headline_date_of_the_same_day_or_another_event_is_not_flagged(text: str) -> None:
    assert not flags_at(text, "")
