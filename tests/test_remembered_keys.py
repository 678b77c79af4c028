"""Answers remembered per claim (linking.quantity_key, timing.date_key) are
the answers worked out afresh."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from numcheck import linking, timing
from numcheck.documents import document_from_string
from numcheck.extraction import extract_document
from numcheck.model import ClaimKind
from numcheck.remembered import ClaimMemory

_TEXTS = [
    "The council will spend £4.2 million on 12 new buses, up 20% on last year.",
    "Women aged 25 to 29 were least likely to attend, at 53.8%. A 91-year-old won.",
    "Turn 3 is where 40 cars crashed. Waiting times rose to 18 weeks, a five-year high.",
    "Exports rose fivefold to 25,000 tonnes; the bridge is 4.4 km (2.7 miles) long.",
]


def _claims() -> list[linking.Claim]:
    seeds = sorted(Path("seeds").glob("*.*"))[:6]
    texts = [*_TEXTS, *(path.read_text(encoding="utf-8") for path in seeds)]
    return [claim for text in texts for claim in extract_document(document_from_string(text, "t.txt"))]


def test_a_remembered_quantity_key_is_the_key_worked_out_afresh() -> None:
    claims = _claims()
    assert len(claims) > 20
    for claim in claims:
        assert linking.quantity_key(claim) == linking._quantity_key(claim)
        assert linking.quantity_key(claim) == linking._quantity_key(claim)  # asked again: remembered


def test_a_changed_copy_of_a_claim_gets_its_own_key() -> None:
    claim = next(c for c in _claims() if c.kind is ClaimKind.MONEY)
    assert linking.quantity_key(claim) == "money"
    copy = dataclasses.replace(claim, kind=ClaimKind.PERCENT)
    assert linking.quantity_key(copy) == "percent"
    assert linking.quantity_key(claim) == "money"


def test_the_memory_of_keys_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    memory = ClaimMemory(linking._quantity_key, bound=5)
    monkeypatch.setattr(linking, "_QUANTITY_KEYS", memory)
    claims = _claims()
    for claim in claims:
        assert linking.quantity_key(claim) == linking._quantity_key(claim)
        assert len(memory) <= 5


def test_a_remembered_date_key_is_the_key_worked_out_afresh() -> None:
    claims = [claim for claim in _claims() if claim.kind is ClaimKind.DATE]
    assert len(claims) > 3
    for claim in claims:
        assert timing.date_key(claim) == timing._date_key(claim)
        assert timing.date_key(claim) == timing._date_key(claim)  # asked again: remembered
