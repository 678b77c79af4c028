"""Answers remembered per claim (linking.quantity_key, timing.date_key, the states a share's
clause names in numcheck.sums) are the answers worked out afresh."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from numcheck import linking, sums, timing
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


_SHARE_TEXTS = [
    "Of the 400 learners, 248 passed. Three in four passed, the college said. Its 172 failing candidates will resit.",
    "Some 81% of trains ran on time in May; 19% were late. Turnout was 64%, up from 58% in 2019.",
    "Two thirds of the 900 seats were filled and a third stayed empty. Of those polled, 45% backed the plan.",
]


def test_the_states_a_share_names_remembered_are_those_worked_out_afresh() -> None:
    claims = [claim for text in _SHARE_TEXTS for claim in extract_document(document_from_string(text, "t.txt"))]
    named = [sums._states_of_share(claim) for claim in claims]
    assert sum(bool(states) for states in named) >= 6  # passed, failing, on time, late, turnout, filled, empty
    for claim, states in zip(claims, named, strict=True):
        assert sums._share_states(claim) == states
        assert sums._share_states(claim) == states  # asked again: remembered
