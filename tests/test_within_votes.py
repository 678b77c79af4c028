"""Within one document about a vote, the shares on one side given twice, however each mention is
worded ("back merger by 81%" and "voted by 71.8% to 28.2%"), and the two sides of one result that
make more than the whole (or less, where no third choice is named). Another ballot, another year,
place or name, two shares of one sentence, or shares far apart in a long document stay silent."""

from __future__ import annotations

import pytest

from numcheck.documents import document_from_string
from numcheck.engine import builtin_rules, check_documents

_FLAGGED = [
    # a headline against the lede
    "Harbour club members back new marina by 81%\n\nMembers of the Harbour Sailing Club voted by 71.8% to 28.2% "
    "to build a new marina, the club said on Sunday.",
    # the two sides make more than the whole
    "Staff at the Brindley plant voted 64% in favour of the pay offer. Night-shift workers were among the 46% "
    "who voted against, the union said.",
    # a table against the text
    "The library merger was backed by 58% of the parish councillors who voted.\n\n"
    "| Result | Share |\n|---|---|\n| In favour | 68% |\n| Against | 32% |",
    # a share in favour given twice in prose
    "Residents voted in favour of the bypass by 55% to 45% in Thursday's referendum. The 59% support for the "
    "road was a clear result, the council said.",
    # the two sides fall short of the whole, with no third choice named
    "Members voted 52% in favour of the strike. The 38% who voted against included most office staff.",
]

_SILENT = [
    # the result given consistently
    "Tenants voted to transfer their homes. Of those who voted, 68% were in favour on a turnout of 71%. "
    "The council said 68% support, with 32% against, was a clear mandate.",
    # two ballots
    "In the first ballot 58% backed the plan. In a second ballot, 68% backed it.",
    # two years
    "In 2019 some 58% of members backed the merger. This year 68% backed it in a new vote.",
    # a third choice named
    "Members voted 52% in favour and 38% against, with the rest abstaining.",
    # two shares of one sentence: a poll's two questions
    "In the vote, 58% backed the levy and 64% backed the new bus lane.",
    # turnout is no side
    "Members voted 61% in favour on a turnout of 43%.",
    # no vote at all
    "Some 58% of shoppers backed the idea in a survey, while 41% of traders were against it.",
]


def _findings(text: str) -> list[str]:
    findings = check_documents([document_from_string(text, "story.md")], [], builtin_rules()).findings
    return [f"{f.rule} {f.primary.text}" for f in findings if f.severity.value in ("warning", "error")]


@pytest.mark.parametrize("text", _FLAGGED)
def test_one_vote_given_two_ways_is_flagged(text: str) -> None:
    assert _findings(text)


@pytest.mark.parametrize("text", _SILENT)
def test_votes_told_apart_or_agreeing_stay_silent(text: str) -> None:
    assert _findings(text) == []
