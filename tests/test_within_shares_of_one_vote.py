"""Shares of one contest's vote within one document:
- a lead or margin in points must be the gap between the two shares its paragraph gives ("34% of the
  vote to the Conservatives' 22%. Its lead of 21 points"; numcheck.sums `margins`, kind
  change-arithmetic);
- a table's column headed as a share ("| Votes | Share |") must not come to a little over 100%
  (kind percent-total);
- the candidates' shares said one a sentence across a paragraph ("won with 44%" ... "came second
  with 36%" ... "Hart's share, 30%") must not come to more than 100% (numcheck.sums
  `contest_shares`, kind percent-total).
Shares of another year or place, a turnout among them, rates by row, and gaps that hold are left alone."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

TABLE = "| Candidate | Votes | Share |\n|---|---|---|\n"

# (document, a figure the finding cites); every one was missed before
FLAGGED = [
    ("Reform took 34% of the vote to the Conservatives' 22%. Its lead of 21 points was the widest in the region.",
     "21 points"),
    ("Patel's 44% share put her well clear of Labour's 36%. The Green candidate's winning margin of 18 points was "
     "built on the marina.", "18 points"),
    ("Yes won 58.5% and No 41.5%, a margin of 27 points.", "27 points"),
    ("Okoro won the seat.\n\n" + TABLE + "| Okoro | 1,904 | 47.6% |\n| Bell | 1,320 | 33.0% |\n"
     "| Varga | 856 | 24.4% |", "24.4%"),
    ("Patel won with 44.0% of the vote.\n\n" + TABLE + "| Patel | 1,232 | 44.0% |\n| Reyes | 1,008 | 36.0% |\n"
     "| Hart | 561 | 25.0% |", "25.0%"),
    ("Dana Rowe won the Ferndale seat with 51% of the vote on Thursday night. The count took four hours. Labour's "
     "Sam Grant came second with 28%. The ward has 7,400 electors. The Conservative, Ian Lewis, finished third "
     "with 27%.", "27%"),
    ("Patel won 44% of the vote in Harbour ward. Reyes came second with 36%. Hart polled 25%.", "25%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), FLAGGED)
def test_shares_of_one_vote_that_do_not_fit_are_flagged(text: str, figure: str) -> None:
    assert flags_at(text + "\n", figure), flags(text + "\n")


NOT_FLAGGED = [
    "Reform took 34% of the vote to the Conservatives' 22%, a lead of 12 points.",
    "Reform took 34% of the vote to the Conservatives' 22%. Its lead of 12 points was the widest.",
    # three shares before the lead: which two it is the gap between is unsaid
    "Turnout was 34%, and Reform took 40% to Labour's 28%, a lead of 14 points.",
    "Labour won 41% in 2019. Reform took 34% to the Conservatives' 22% this time, and Labour's lead of 9 points "
    "in 2019 is gone.",
    # tables that add up, or rates by row
    "Okoro won the seat.\n\n" + TABLE + "| Okoro | 1,904 | 46.6% |\n| Bell | 1,320 | 32.3% |\n| Varga | 856 | 21.0% |",
    "Broadband by district:\n\n| District | Homes | Share online |\n|---|---|---|\n| North | 4,100 | 91% |\n"
    "| South | 3,900 | 88% |\n| East | 5,200 | 93% |",
    # shares of the vote that add up, or of other years, places or a turnout
    "Patel won 44% of the vote. Reyes came second with 36%. Hart polled 20%.",
    "Patel won 44% in 2023. Reyes took 36% that year. In 2019, Patel polled 30%.",
    "Labour won 41% in the county. Reform took 34%. The Greens polled 27% in Leeds.",
    "Patel won 44%. Turnout was 31%. Hart polled 30%.",
]


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_shares_of_one_vote_that_fit_or_are_of_other_wholes_are_not_flagged(text: str) -> None:
    assert not flags(text + "\n"), flags(text + "\n")
