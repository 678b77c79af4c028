"""Hard-wrapped text: a newline where a space was must not change any claim.

Drafts kept in git are wrapped at a fixed width, so the line may break anywhere in a sentence,
most often right before a figure ("a survey of\\n1,500 voters")."""

from __future__ import annotations

import re

import pytest

from numcheck import extract

SENTENCES = [
    "A survey of 1,500 voters found 48% backed the plan.",
    "The company cut its workforce by 1,800 jobs over the year.",
    "Profit before tax came in at £812 million, against forecasts of £790 million.",
    "The board approved a special dividend of 15p a share, payable in June.",
    "Brent crude for June delivery rose 1.8% to $84.70 a barrel.",
    "The group, which runs 1,240 stores, will close 90 of them.",
    "The winner finished in a record 2 hours 1 minute.",
    "The phone's battery is rated at 5,000 mAh, larger than before.",
    "The refinery will process 60,000 barrels a day once it reopens.",
    "Fines range from £50,000 to £2 million under the new rules.",
    "The deal values the unit at between $3 billion and $4 billion.",
    "Temperatures fell to minus 12C overnight in the hills.",
    "The car was travelling at 96 mph in a 30 mph zone.",
    "The bill would cost $1.2 trillion over a decade, the office said.",
    "Unemployment rose to 4.2% in March from 4.0% in February.",
    "The state's population grew by 1.3% last year to 8.4 million.",
    "The Canadian miner raised C$350 million in a share sale.",
    "The trust employs 9,400 nurses and 2,100 doctors.",
    "He was jailed for nine years and fined £2,500.",
    "Smoking rates dropped 2 percentage points to 12.9%.",
]


def _claims(text: str) -> list[tuple[str, float, str | None]]:
    return [(claim.kind.value, claim.value, claim.unit) for claim in extract(text, path="x")]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_newline_for_any_space_changes_no_claim(sentence: str) -> None:
    expected = _claims(sentence)
    assert expected, "a sentence with no claim would test nothing"
    for space in (m.start() for m in re.finditer(" ", sentence)):
        wrapped = sentence[:space] + "\n" + sentence[space + 1 :]
        assert _claims(wrapped) == expected, repr(wrapped)
