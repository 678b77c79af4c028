"""Entities: the names, places and time phrases that tell two claims apart."""

from __future__ import annotations

import pytest
from claim_table import check

CASES = [
    (
        "The UK spent £2bn on the scheme in 2020, while Germany spent €3bn by 2023.",
        "£2bn",
        {
            "kind": "money",
            "has_entities": ("UK", "in 2020"),
            "lacks_entities": ("Germany", "by 2023"),
        },
    ),
    (
        "The UK spent £2bn on the scheme in 2020, while Germany spent €3bn by 2023.",
        "€3bn",
        {
            "kind": "money",
            "has_entities": ("Germany", "by 2023"),
            "lacks_entities": ("UK", "in 2020"),
        },
    ),
    (
        "In 2020, France recorded 40,000 deaths.",
        "40,000",
        {"kind": "count", "has_entities": ("in 2020", "France")},
    ),
    (
        "Unemployment in Spain rose to 13% last year.",
        "13%",
        {"kind": "percent", "has_entities": ("Spain", "last year")},
    ),
    (
        "Mr Johnson said the NHS would hire 50,000 nurses by 2024.",
        "50,000",
        {"kind": "count", "has_entities": ("NHS", "by 2024")},
    ),
    (
        "Last month, the UK pledged to double its troops in Eastern Europe.",
        "double",
        {"kind": "ratio", "has_entities": ("last month", "UK", "Eastern Europe")},
    ),
    (
        "Texas recorded 38C on Tuesday, compared with 32C in California.",
        "32C",
        {"kind": "measure", "has_entities": ("California",), "lacks_entities": ("on tuesday",)},
    ),
    (
        "Sales at Tesco rose 5% in the third quarter.",
        "5%",
        {"kind": "change", "has_entities": ("Tesco",)},
    ),
    (
        "The ECB raised rates by 0.5 percentage points in July.",
        "0.5 percentage points",
        {"kind": "change", "has_entities": ("ECB",)},
    ),
    # a capitalised common word opening the sentence is no name; a name opening it is
    (
        "Just 58.2% of patients began treatment within 18 weeks.",
        "58.2%",
        {"kind": "percent", "subject": "patient", "lacks_entities": ("Just",)},
    ),
    (
        "Japan will spend ¥1 trillion on defence.",
        "¥1 trillion",
        {"kind": "money", "subject": None, "has_entities": ("Japan",)},
    ),
    (
        "Band D households will pay £2,135 next year.",
        "£2,135",
        {"kind": "money", "subject": "household", "has_entities": ("Band D", "next year")},
    ),
]


@pytest.mark.parametrize(("sentence", "text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_entities(sentence: str, text: str, expected: dict[str, object]) -> None:
    check(sentence, text, expected)
