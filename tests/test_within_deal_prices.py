"""The price of one deal said twice in one document, once by what is bought and once by the deal
("a £62m takeover", "The price (£52m)", "the £4.3m purchase"): the deal's nouns name its price
(vocabulary head_synonyms), and a later mention of a sum of money may leave out the names and
times the first one says, as a change said again may (numcheck.linking `_leaves_out`). Another
sum of the same deal (its debt, an earlier offer), another firm's money, and a table's rows of
other periods are left alone."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding cites); each was missed before
A_DEAL_PRICED_TWICE = [
    ("Northwind has agreed a £75m takeover of Ashcombe Mills. The price (£60m, in shares) was agreed after a year "
     "of talks.", "£60m"),
    ("Fennick's Brewery has agreed to a £62m takeover by Caskmore Group. The price (£52m, paid in cash) was agreed "
     "after six months of talks.", "£52m"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), A_DEAL_PRICED_TWICE)
def test_a_deal_priced_twice_with_two_sums_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure), flags(text)


OTHER_SUMS = [
    "Harbour Foods is buying the Kelso bakery chain for £48m. The deal includes £8m of debt.",
    "Harbour Foods is buying the Kelso bakery chain for £48m, up from an earlier offer of £42m.",
    "Harbour Foods made a profit of £48m last year. The £12m takeover of Kelso Bakeries completes in March.",
    "A US fund has agreed a £1.2bn takeover of Trentway Ports. Trentway made £84m last year.",
    "Merrow Foods: sales rose in every quarter last year.\n\nPeriod          Sales\nQ3              £410 million\n"
    "Full year       £1.58 billion\n",
    "Ostley Council will buy the old mill for £3.4m. Councillors also approved the £0.6m cost of repairs.",
    "The county has bought Hartley Hall for £6.5m. The purchase (£5m from reserves) ends a long search.",
    "Northwind has agreed a £75m takeover of Ashcombe Mills. The price includes £20m of debt.",
]


@pytest.mark.parametrize("text", OTHER_SUMS)
def test_other_sums_of_a_deal_or_a_firm_are_not_flagged(text: str) -> None:
    assert not flags(text), flags(text)
