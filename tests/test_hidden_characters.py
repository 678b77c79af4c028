"""Invisible characters and other scripts' digits do not split a figure: "4\u200b0,000" and
"４０，０００" read as 40,000, and every claim still points at its text as written."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.documents import document_from_string, readable_figures

# (text, the figures read: (text as written, value))
FIGURES = [
    ("The army had 4\u200b0,000 troops.", [("4\u200b0,000", 40000)]),
    ("The army had 40\u200c,000 troops.", [("40\u200c,000", 40000)]),
    ("The army had 40,\u200d000 troops.", [("40,\u2060000".replace("\u2060", "\u200d"), 40000)]),
    ("Turnout was 6\u20602.5 per cent.", [("6\u20602.5 per cent", 62.5)]),
    ("The fleet has 1\u00ad2 ships.", [("1\u00ad2", 12)]),
    ("A bill of £1\u200b2m was paid.", [("£1\u200b2m", 12e6)]),
    ("The army had ４０，０００ troops.", [("４０，０００", 40000)]),
    ("Support rose to ５２．５％.", [("５２．５％", 52.5)]),
    ("It had ٤٠ tanks and ४५ guns.", [("٤٠", 40), ("४५", 45)]),
    ("It had 40,000\u200b troops.", [("40,000", 40000)]),  # after the figure, not inside it
    ("Ｔhe ｂudget was 5 million.", [("5 million", 5e6)]),
    ("No\u200bone counted 7 of them.", [("7", 7)]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES, ids=[repr(text) for text, _ in FIGURES])
def test_a_figure_reads_whole_and_points_at_its_text(text: str, expected: list[tuple[str, float]]) -> None:
    claims = numcheck.extract(text)
    assert [(claim.text, claim.value) for claim in claims] == expected
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text


@pytest.mark.parametrize("text", ["The army had 40,000 troops.", "Prices — £5 — rose ‘sharply’ to €6.", "Ｔｈｅ"])
def test_text_without_hidden_characters_is_read_unchanged(text: str) -> None:
    readable, offsets = readable_figures(text)
    assert offsets is None and len(readable) == len(text)


def test_offsets_map_every_kept_character_back() -> None:
    text = "a 1\u200b2,0\u200b\u200c00 b"
    readable, offsets = readable_figures(text)
    assert readable == "a 12,000 b"
    assert offsets is not None and len(offsets) == len(readable) + 1
    assert all(text[offsets[index]] == char for index, char in enumerate(readable))


def test_hidden_characters_do_not_make_a_contradiction() -> None:
    draft = document_from_string("NATO has 4\u200b0,000 troops on its eastern border.", "draft.txt")
    source = document_from_string("NATO has 40,000 troops on its eastern border.", "source.txt")
    wide = document_from_string("NATO has ４０，０００ troops on its eastern border.", "wide.txt")
    report = numcheck.check([draft, wide], sources=[source])
    assert [finding for finding in report.findings if finding.severity.value == "error"] == []
