"""Within one document, a measure or a sum of money written with three or more significant digits
and again at another power of ten is one figure mistyped, whatever each sentence calls the thing:
"the £3.75 million bridge" and "the £37.5 million crossing". Another time, place, name or actor
still tells them apart, and counts still need their nouns to agree (a count's noun is all that says
what it counts)."""

from __future__ import annotations

import pytest

from numcheck.documents import document_from_string
from numcheck.engine import builtin_rules, check_documents

_FLAGGED = [
    "The new bridge will cost £3.75 million, the council said. Work on the £37.5 million crossing starts in May.",
    "The prize marrow weighed 62.4 kg at the show. Judges said the 624 kg vegetable was a village record.",
    "The Brenna dam holds 14.6 million cubic metres. Engineers say the 146 million cubic metre reservoir is safe.",
    "The refit of the town hall cost £1.28 million. Councillors defended the £128,000 project on Monday.",
    # names a sentence brings in around its figure, not of what the figure counts
    "Kelby's £31 million order covers 64 buses. The operator's 640-bus order is the biggest Halvern Motors has "
    "won outside London.",
    "The Kelby meteorite weighs 2.31 kg. Dr Ana Ruiz of Harl University, who examined it at the farm, said the "
    "23.1 kg stone was the largest found in Wales.",
]

_SILENT = [
    # two digits are too few to outweigh two nouns: a day's flour and the silos bought
    "The mill grinds 2.4 tonnes of flour a day. Its owners paid for 24 tonnes of new silos in 2020.",
    # another place tells them apart
    "The Leeds depot stores 1.25 million litres. The York depot stores 12.5 million litres.",
    # another time tells them apart
    "In 2019 the lido took £3.75 million. This year it took £37.5 million after the rebuild.",
    # another name said of the figure itself
    "Ferris Ltd was fined £1.28 million. Cobb & Sons was fined £128,000 for the same breach.",
    # counts need their nouns to agree
    "The factory employs 2,650 people. Its car park has 265 spaces.",
]


def _rules(text: str) -> list[str]:
    findings = check_documents([document_from_string(text, "story.md")], [], builtin_rules()).findings
    return [f.rule for f in findings if f.severity.value in ("warning", "error")]


@pytest.mark.parametrize("text", _FLAGGED)
def test_a_scale_slip_is_reported(text: str) -> None:
    assert "magnitude-slip" in _rules(text)


@pytest.mark.parametrize("text", _SILENT)
def test_figures_told_apart_stay_silent(text: str) -> None:
    assert _rules(text) == []
