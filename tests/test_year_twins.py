"""A year's mistyped twin is looked up by its text (timing.year_swapped), not tried against every
earlier year: the lookup must pair exactly the claims `swapped_years` pairs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from numcheck.model import Claim, ClaimKind
from numcheck.timing import swapped_years, year_swapped

_YEARISH = st.one_of(
    st.integers(1400, 2199).map(str),
    st.text(alphabet="0123456789 ,.s'", min_size=1, max_size=6),
    st.sampled_from(["1859", "1895", " 1859", "1859 ", "1900", "2002", "2020", "1728", "1782", "99", "19855"]),
)


def _year(text: str) -> Claim:
    return Claim(path="t", line=1, column=1, end_line=1, end_column=1, start=0, end=len(text), text=text,
                 sentence=text, kind=ClaimKind.DATE, value=0.0, unit=None, base_value=None, base_unit=None,
                 low=None, high=None, low_inclusive=True, high_inclusive=True, qualifier=None,
                 precision=1.0, subject=None)  # fmt: skip


@given(_YEARISH, _YEARISH)
def test_a_year_twin_is_the_text_swapped_years_pairs_with(one: str, other: str) -> None:
    first, second = _year(one), _year(other)
    assert swapped_years(first, second) == (year_swapped(first) == second.text.strip())


def test_year_twins() -> None:
    assert year_swapped(_year("1859")) == "1895"
    assert year_swapped(_year(" 1782 ")) == "1728"
    assert year_swapped(_year("1901")) == "1910"
    assert year_swapped(_year("1955")) is None  # nothing to swap
    assert year_swapped(_year("3,400")) is None
