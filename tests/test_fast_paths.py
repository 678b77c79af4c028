"""Each shortcut taken for speed against the plain computation it stands for (STYLE.md: every fast
path gets an oracle). The shortcuts must change how fast, never what."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from numcheck.evidence import _GAPPED
from numcheck.timing import _MONTH_BEFORE, _without_month

# Pieces that make the patterns match, and near-misses around them.
_MONTH_PIECES = ["June", "September", "May", "XJune", "june", "in", "on", " ", "  ", "\n", "\t", "(", "5", "the"]
_GAPPED_PIECES = ["Revenue", "revenue", "hardware", "was", "were", "of", "$515 million", "14%", "and", "AND",
                  "And", "aNd", "sand", ",", ", ", " ", "  ", "\n", "the", "orders", "rose"]  # fmt: skip


@pytest.mark.parametrize(
    "before",
    ["", "on June ", "on June", "the 4 September  ", "XJune ", "in May\n", "June June ", "it opened in", "  "],
)
def test_a_month_before_a_date_is_cut_as_the_pattern_cuts_it(before: str) -> None:
    assert _without_month(before) == _MONTH_BEFORE.sub("", before)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_MONTH_PIECES), max_size=12).map(" ".join))
def test_cutting_a_month_searches_only_where_it_can_start(before: str) -> None:
    assert _without_month(before) == _MONTH_BEFORE.sub("", before)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_GAPPED_PIECES), max_size=14).map(" ".join))
def test_a_gapped_figure_always_has_an_and_before_it(text: str) -> None:
    """evidence._gapped tries its pattern only where "and" is written before the figure."""
    for end in range(len(text) + 1):
        window = max(0, end - 120)
        if _GAPPED.search(text, window, end) is not None:
            assert "and" in text[window:end].lower()
