"""Invariants of extraction: it never crashes, and every span points at the surface text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import numcheck
from numcheck.documents import document_from_string

_PIECES = st.sampled_from(
    [
        "40,000",
        "troops",
        "£4.5m",
        "up to",
        "90 miles",
        "almost",
        "10 times",
        "rose",
        "by",
        "from",
        "to",
        "-",
        "3-5",
        "km",
        "%",
        "per cent",
        "tenfold",
        "doubled",
        "half a million",
        "S-300",
        "24 February",
        "1990s",
        "10am",
        "±",
        "~",
        ".",
        ",",
        "\n",
        "minus",
        "between",
        "and",
        "US$",
        "50p",
        "38C",
        "a third",
        "€",
        "USD",
        "HK $",
        "1/4",
        "½",
        "6ft",
        "2in",
        "and a half",
        "a quarter of a",
        "million",
        "an hour",
        "per",
        "/h",
        "km2",
        "cents",
        "one",
        "six-",
        "m",
        "±",
        "degrees",
        "12,34,567",
    ]
)
_PROSE = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=25).map(" ".join)


def _check_spans(source: str, path: str = "<string>") -> None:
    document = document_from_string(source, path)
    for claim in numcheck.extract(source, path):
        assert claim.text == source[claim.start : claim.end]
        assert (claim.line, claim.column) == document.position(claim.start)
        assert (claim.end_line, claim.end_column) == document.position(claim.end)
        assert claim.start <= claim.end


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_never_crashes(source: str) -> None:
    _check_spans(source)


@settings(max_examples=300, deadline=None)
@given(_PROSE)
def test_spans_point_at_the_surface_text(source: str) -> None:
    _check_spans(source)


_WORDS = st.sampled_from(["40,000 troops", "£4.5m", "90 miles", "rose 20%", "the army"])
_CODE = st.sampled_from(["x = 40000", "print(90)", "rate = 0.25", "MAX = 1200"])
_URL = st.sampled_from(["https://example.com/2022/40000-troops", "http://x.org/a?id=500"])


@settings(max_examples=100, deadline=None)
@given(_WORDS, _CODE, _URL)
def test_markdown_claims_never_come_from_code_or_urls(words: str, code: str, url: str) -> None:
    source = f"# Report\n\nThe force has {words} now.\n\n```python\n{code}\n```\n\nSee `{code}` and <{url}>.\n"
    _check_spans(source, "report.md")
    fenced = source.index("```"), source.rindex("```") + 3
    inline = source.index("`", fenced[1]), source.rindex("`") + 1
    link = source.index("<"), source.index(">") + 1
    for claim in numcheck.extract(source, "report.md"):
        for start, end in (fenced, inline, link):
            assert not (start <= claim.start < end), f"{claim.text!r} came from {source[start:end]!r}"


# `text` is the claim as written: its hedge, figure, scale and unit (or currency), and
# nothing else. A count's noun is its subject, not part of its text, so "40,000 Nato troops"
# and "40,000 troops" cite the same "40,000".
SURFACES = [
    ("Nato has almost 10 times as many troops as before.", "almost 10 times"),
    ("The missiles have a range of up to 90 miles.", "up to 90 miles"),
    ("The equipment is worth £100 million.", "£100 million"),
    ("Russia has massed 40,000 troops near the border.", "40,000"),
    ("More than 2m people have been displaced.", "More than 2m"),
    ("The 6ft 4in striker signed on Friday.", "6ft 4in"),
    ("Fares went up to £5 and 50p this year.", "£5 and 50p"),
    ("Between €3m and €5m was stolen.", "Between €3m and €5m"),
]


@pytest.mark.parametrize(("sentence", "text"), SURFACES)
def test_text_is_the_hedge_figure_and_unit_as_written(sentence: str, text: str) -> None:
    assert text in [claim.text for claim in numcheck.extract(sentence)]


@given(st.text(alphabet="a1 ½٣fold tenhalf dozen,.", max_size=40))
def test_the_quick_worth_reading_test_agrees_with_the_full_one(text: str) -> None:
    from numcheck.extraction import _worth_reading, _worth_reading_quickly
    from numcheck.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    assert _worth_reading_quickly(text, vocabulary) == bool(_worth_reading(vocabulary).search(text))
