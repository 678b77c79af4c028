"""What a study finds is told, not done: "The survey, which found 71% of tenants satisfied" is a
figure of being satisfied, the same as "Tenants, 61% of whom were satisfied" later on, where the
noun before the comma is what the share is of. After its figure, "found" is still the sample's own
act: "a survey of 4,100 teachers found" counts those asked, not the teachers employed."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure said differently the second time); the first and the last were missed before
A_FINDING_SAID_AGAIN_WITH_ANOTHER_FIGURE = [
    ("The survey, which found 71% of tenants satisfied with their last repair, went to 2,300 homes. Tenants, 61% of "
     "whom were satisfied with their last repair, also rated the call centre.", "61%"),
    ("A poll found 58% of members backed the strike. Members, 48% of whom backed the strike, vote again in May.",
     "48%"),
    ("The audit, which found 36% of invoices paid late, covered 9,000 invoices. Invoices, 63% of which were paid "
     "late, hurt small suppliers most.", "63%"),
    ("A study found 22% of drivers used a phone at the wheel. Drivers, 27% of whom used a phone at the wheel, were "
     "filmed at 40 junctions.", "27%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), A_FINDING_SAID_AGAIN_WITH_ANOTHER_FIGURE)
def test_a_finding_said_again_with_another_figure_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure), flags(text)


OTHER_FIGURES = [
    "Schools in the county employ 11,300 teachers. The union's survey of 4,100 teachers found 62% thinking of leaving.",
    "A survey found 30% of nurses plan to leave. Doctors, 18% of whom plan to leave, were asked too.",
    "The survey found 71% of tenants satisfied this year. Tenants, 64% of whom were satisfied in 2025, had no repairs.",
    "Researchers found 140 nests on the island. The 2,300 birds, 40% of which nest on the cliffs, are counted in May.",
]


@pytest.mark.parametrize("text", OTHER_FIGURES)
def test_findings_of_other_things_are_not_flagged(text: str) -> None:
    assert not flags(text), flags(text)
