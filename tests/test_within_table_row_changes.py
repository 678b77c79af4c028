"""A table row's percentage change against the row's own two levels (numcheck.stated_changes
`row_changes`, kind change-arithmetic): "| Single | £2.00 | £2.30 | +13% |" under "| Fare | Now |
From 1 April | Change |" is a rise of 15%. The two level columns are headed alike or by when, the
change column by a change word; the sign says which level is the start, so the columns may run
either way; a change of a third thing ("Margin change" beside sales and profit) is left alone."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

_FARES = "| Fare | Now | From 1 April | Change |\n|---|---|---|---|\n"
_CLUBS = "| Club | 2024 | 2025 | Change |\n|---|---|---|---|\n"
_CLUBS_BACKWARDS = "| Club | 2025 | 2024 | % change |\n|---|---|---|---|\n"

# (document, the change the finding cites); every one was missed before
A_ROW_S_CHANGE_ITS_LEVELS_DO_NOT_GIVE = [
    (f"Fares rise on 1 April.\n\n{_FARES}| Single | £2.00 | £2.30 | +13% |\n| Return | £3.20 | £3.60 | +12.5% |\n",
     "+13%"),
    (f"Membership by club.\n\n{_CLUBS}| Eastfield | 400 | 460 | +20% |\n| Northgate | 300 | 330 | +10% |\n", "+20%"),
    (f"Membership by club.\n\n{_CLUBS_BACKWARDS}| Eastfield | 460 | 400 | +25% |\n", "+25%"),
    (f"Loans by branch.\n\n{_CLUBS}| Central | 48,000 | 41,000 | -11% |\n", "-11%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), A_ROW_S_CHANGE_ITS_LEVELS_DO_NOT_GIVE)
def test_a_row_s_change_its_levels_do_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure), flags(text)


ROWS_THAT_ADD_UP_OR_CHANGE_ANOTHER_THING = [
    f"Fares rise on 1 April.\n\n{_FARES}| Single | £2.00 | £2.30 | +15% |\n| Return | £3.20 | £3.60 | +12.5% |\n",
    f"Membership by club.\n\n{_CLUBS}| Eastfield | 400 | 460 | +15% |\n| Northgate | 300 | 330 | +10% |\n",
    f"Membership by club.\n\n{_CLUBS_BACKWARDS}| Eastfield | 460 | 400 | +15% |\n",
    f"Loans by branch.\n\n{_CLUBS}| Central | 48,000 | 41,000 | -15% |\n",
    "Results.\n\n| Region | Sales | Profit | Margin change |\n|---|---|---|---|\n| North | £400m | £46m | +2% |\n",
    "Staff.\n\n| Site | Staff | Contractors | Change |\n|---|---|---|---|\n| Leeds | 400 | 120 | +4% |\n",
]


@pytest.mark.parametrize("text", ROWS_THAT_ADD_UP_OR_CHANGE_ANOTHER_THING)
def test_a_row_whose_change_fits_or_is_of_another_thing_is_not_flagged(text: str) -> None:
    assert not flags(text), flags(text)
