"""The per-document memory of numcheck.remembered against the plain computation it stands for
(STYLE.md: every fast path gets an oracle): within `document_remembered`, an analysis asked again of
the same claims answers from memory, and asked of any other claims answers as if worked out afresh."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import pytest

import numcheck
from numcheck.headlines import headline_pairs
from numcheck.listed import listed_totals
from numcheck.model import Claim
from numcheck.remembered import _DOCUMENT, document_remembered, per_document
from numcheck.rows import row_pairs
from numcheck.shares import read_mentions
from numcheck.sums import accruals, figure_sentences, state_shares, sums

# Documents that state sums, shares of one state, listed totals, table rows and headlines, and
# one that states none of them: an answer remembered for one must never answer another
_DOCUMENTS = [
    "Of the 400 learners, 248 passed. Three in four passed, the college said. Its 172 failing candidates will resit.",
    "The bakery sold 310 loaves on Friday, 275 on Saturday and 190 on Sunday, 790 in all.",
    "The cliff path has lost 1.5 metres a year to erosion. At that rate it will lose 40 metres over the next 20 years.",
    "Spending in 2024:\n\n- Staff: £12,000\n- Rent: £8,000\n- Total: £21,000\n",
    "The North depot has 1,400 vans.\n\n| Depot | Vans |\n|---|---|\n| North | 1,040 |\n| South | 900 |\n",
    "Canal bridge to reopen on 14 June\n\nThe canal bridge will reopen on 4 June after repairs, the council said.",
    "The pool is 25 metres long and cost £4 million. It opened in 1998.",
    "About a third of the 600 staff work nights, and one in five of them drives in.",
]

_ANALYSES: list[tuple[str, Callable[[Sequence[Claim]], Iterable[object]]]] = [
    ("sums", sums),
    ("accruals", accruals),
    ("state_shares", lambda claims: state_shares(claims, 0.05)),
    ("listed_totals", listed_totals),
    ("row_pairs", row_pairs),
    ("headline_pairs", headline_pairs),
    ("read_mentions", lambda claims: [_mentions_of(sentence) for sentence in figure_sentences(claims)]),
    # one reading of a sentence serves every tolerance: each must be the one worked out for it alone
    (
        "read_mentions, two tolerances",
        lambda claims: [_both_tolerances(sentence) for sentence in figure_sentences(claims)],
    ),
    ("sentences", figure_sentences),
]


def _mentions_of(sentence: Sequence[Claim], fraction_tolerance: float = 0.1) -> tuple[object, ...]:
    return tuple(read_mentions(sentence, exact_below=1000.0, fraction_tolerance=fraction_tolerance))


def _both_tolerances(sentence: Sequence[Claim]) -> tuple[object, ...]:
    return _mentions_of(sentence, 0.0) + _mentions_of(sentence, 0.1)


@pytest.mark.parametrize(("name", "analysis"), _ANALYSES, ids=[name for name, _ in _ANALYSES])
def test_an_analysis_remembered_for_a_document_is_the_one_worked_out_afresh(
    name: str, analysis: Callable[[Sequence[Claim]], Iterable[object]]
) -> None:
    documents = [numcheck.extract(text, f"doc{i}.md") for i, text in enumerate(_DOCUMENTS)]
    copies = [numcheck.extract(text, f"doc{i}.md") for i, text in enumerate(_DOCUMENTS)]
    fresh = [tuple(analysis(claims)) for claims in documents]
    fewer = [tuple(analysis(claims[:-1])) for claims in documents]  # other claims of the same document
    order = [*range(len(documents)), 0, 0, *reversed(range(len(documents))), len(documents) - 1, 1]
    asked = [(documents[i] if n % 2 else copies[i], i) for n, i in enumerate(order)]
    with document_remembered():
        for claims, i in asked:
            assert tuple(analysis(claims)) == fresh[i]
            assert tuple(analysis(list(claims))) == fresh[i]  # a list of the same claims
            assert tuple(analysis(claims[:-1])) == fewer[i]
            held = {id(claim) for claim in claims}
            for answer in analysis(claims):  # this document's claims, not an equal copy's
                assert all(id(claim) in held for claim in _claims_in(answer))
    assert not _DOCUMENT.answers and not _DOCUMENT.on  # forgotten on the way out
    assert any(fresh), f"no document states anything {name} reads"


def test_settings_are_part_of_what_is_remembered() -> None:
    """An analysis asked with other settings is worked out again, not answered from memory."""
    calls: list[float] = []

    @per_document
    def scaled(claims: Sequence[Claim], factor: float) -> list[float]:
        calls.append(factor)
        return [claim.value * factor for claim in claims]

    claims = numcheck.extract("It cost £4 million and took 3 years.", "doc.md")
    with document_remembered():
        assert scaled(claims, 2.0) == scaled(claims, 2.0) == tuple(c.value * 2.0 for c in claims)
        assert scaled(claims, 3.0) == tuple(c.value * 3.0 for c in claims)
    assert calls == [2.0, 3.0]
    assert scaled(claims, 2.0) == tuple(c.value * 2.0 for c in claims)  # outside, worked out each time
    assert calls == [2.0, 3.0, 2.0]


def _claims_in(answer: object) -> list[Claim]:
    """The claims an answer holds, at any depth of its records and tuples."""
    if isinstance(answer, Claim):
        return [answer]
    if isinstance(answer, tuple | list):
        return [claim for item in answer for claim in _claims_in(item)]
    fields = getattr(answer, "__dataclass_fields__", None)
    if fields is None:
        return []
    return [claim for name in fields for claim in _claims_in(getattr(answer, name))]
