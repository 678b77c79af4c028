"""unsupported-figure on a length in years that two years of one source sentence give ("built in 1885,
listed in 2025" is 140 years), or in hours or minutes that two times of day give ("kicked off at
19:30 ... the final whistle at 21:25"): its sentence is about the source sentence that gives the
ends, so a length the ends do not give is reported, and one they give is supported."""

from __future__ import annotations

import pytest
from against_source import unsupported

# (draft, source)
GIVEN = [
    ("The mill has stood for 140 years.", "Built in 1885, the Tarrant mill was listed in 2025."),
    ("The choir has sung for 60 years.", "Founded in 1966, the Elsby choir gave its last concert in 2026."),
    ("Grant waited 13 years for her first book.", "Born in 1976, Grant published her first book in 1989."),
    ("The viaduct carried trains for about 90 years.", "The Holm viaduct opened in 1874 and closed in 1965."),
]


@pytest.mark.parametrize(("draft", "source"), GIVEN)
def test_a_length_two_years_give_is_supported(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []


# (draft, source, the draft figure reported)
NOT_GIVEN = [
    ("The mill has stood for 170 years.", "Built in 1885, the Tarrant mill was listed in 2025.", "170 years"),
    ("The choir has sung for 40 years.", "Founded in 1966, the Elsby choir gave its last concert in 2026.",
     "40 years"),
    ("The viaduct carried trains for about 60 years.", "The Holm viaduct opened in 1874 and closed in 1965.",
     "about 60 years"),
    ("The game lasted about three hours.", "The game kicked off at 19:30 and the final whistle went at 21:25.",
     "about three hours"),
    ("The count took seven hours.", "The count began at 10pm and the result came at 3.30am.", "seven hours"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), NOT_GIVEN)
def test_a_length_two_years_do_not_give_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)
