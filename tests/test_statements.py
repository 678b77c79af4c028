"""Statements: linking and the pair checks are worked out once per pair of statements, and find
exactly what comparing every pair of claims, one by one, finds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

import numcheck
from numcheck.documents import document_from_string
from numcheck.engine import _said_as, builtin_rules, find_in_block
from numcheck.kinds import KINDS, figure, figure_gap, figure_supports
from numcheck.linking import blocks, distinguishable, match, statement, statement_numbers
from numcheck.model import Claim, Finding
from numcheck.rules import RuleSet
from tests.test_linking import _pairs_corpus, _synthetic_corpus


def _claim_by_claim(members: Sequence[Claim], rules: RuleSet, sources: frozenset[str]) -> list[Finding]:
    """The engine's rules, written plainly: every pair of claims tested and checked on its own."""
    links = [(a, b) for i, a in enumerate(members) for b in members[i + 1 :] if not distinguishable(a, b)]

    def supported(claim: Claim, by: Claim) -> bool:
        return figure_supports(figure(by), figure(claim))

    def aligned(claim: Claim, other: Claim) -> bool:
        """A document against its source: there the claim is compared only with what fits it best."""
        return (claim.path in sources) != (other.path in sources)

    def fits_as_well(claim: Claim, by: Claim, other: Claim) -> bool:
        return not aligned(claim, other) or match(claim, by).score >= match(claim, other).score

    def said_elsewhere(claim: Claim, other: Claim) -> bool:
        """Another claim of the other's document, linked to this one, states its figure (and fits it as well)."""
        return any(
            c is not other and c.path == other.path and not distinguishable(claim, c) and supported(claim, by=c)
            and fits_as_well(claim, c, other)
            for c in members
        )  # fmt: skip

    def order(claim: Claim) -> tuple[bool, str, int]:
        return (claim.path in sources, claim.path, -claim.start)

    # alignment: a document that states the figure under the same head supports it there, unless
    # what it is compared with there fits it better
    def aligned_elsewhere(claim: Claim, other: Claim) -> bool:
        said = _said_as(claim)
        return (
            claim.path != other.path
            and said is not None
            and any(c.path == other.path and _said_as(c) == said and fits_as_well(claim, c, other) for c in members)
        )

    groups: dict[int, list[tuple[Claim, Claim]]] = {}
    for a, b in links:
        first, second = (a, b) if order(a) <= order(b) else (b, a)
        if not (said_elsewhere(first, second) or said_elsewhere(second, first)
                or aligned_elsewhere(first, second) or aligned_elsewhere(second, first)):  # fmt: skip
            groups.setdefault(id(first), []).append((first, second))
    findings: list[Finding] = []
    for rule in rules:
        check = KINDS[rule.kind].pair
        if not rule.enabled or check is None:
            continue
        nearest: dict[int, tuple[float, Finding]] = {}
        for group in groups.values():
            for first, second in sorted(group, key=lambda pair: figure_gap(figure(pair[0]), figure(pair[1]))):
                verdict = check(first, second, rule.params)
                if verdict is None:
                    continue
                claims = verdict.claims
                severity = rule.severity if any(c.path not in sources for c in claims) else numcheck.Severity.INFO
                under_check = [c for c in claims if c.path not in sources]
                if under_check:
                    claims = (under_check[0], *[c for c in claims if c is not under_check[0]])
                finding = Finding(rule.id, severity, rule.render(verdict.fields), claims)
                distance = figure_gap(figure(first), figure(second))
                if id(finding.primary) not in nearest or distance < nearest[id(finding.primary)][0]:
                    nearest[id(finding.primary)] = (distance, finding)
                if finding.primary is first:
                    break
        findings.extend(finding for _, finding in nearest.values())
    return findings


def _syndicated_corpus() -> list[tuple[str, str]]:
    """A wire story reprinted by four papers, one of which changed a figure, beside the archive."""
    story = (
        "Nato has 40,000 troops in the region, almost 10 times as many as in 2014. "
        "The fund holds €60 million. Unemployment rose to 4.2% in 2023."
    )
    edited = story.replace("40,000", "4,000").replace("4.2%", "4.7%")
    copies = [(f"paper-{n}/wire.md", story) for n in range(3)] + [("paper-3/wire.md", edited)]
    return copies + _synthetic_corpus()[:20]


@pytest.mark.parametrize(
    "corpus", [_pairs_corpus, _synthetic_corpus, _syndicated_corpus], ids=["pairs", "synthetic", "syndicated"]
)
def test_statement_level_findings_are_the_claim_by_claim_findings(corpus: Any) -> None:
    documents = corpus()
    claims = [claim for path, text in documents for claim in numcheck.extract(text, path)]
    rules = builtin_rules()
    for sources in (frozenset(), frozenset(path for path, _ in documents[1::2])):
        total = 0
        for _, _, members in blocks(claims):
            found = find_in_block(members, rules, sources)
            assert sorted(f.sort_key for f in found) == sorted(
                f.sort_key for f in _claim_by_claim(members, rules, sources)
            )
            assert [f.severity for f in sorted(found, key=lambda f: f.sort_key)] == [
                f.severity for f in sorted(_claim_by_claim(members, rules, sources), key=lambda f: f.sort_key)
            ]
            total += len(found)
        assert total > 0


def test_a_statement_is_what_a_claim_says_not_where() -> None:
    text = "Nato has 40,000 troops."
    here, there = numcheck.extract(text, "a.txt")[0], numcheck.extract(f"Intro.\n\n{text}", "b.txt")[0]
    other = numcheck.extract("Nato has 40,000 troops in all.", "a.txt")[0]
    assert (here.path, here.line) != (there.path, there.line)
    assert statement(here) == statement(there)
    assert statement(here) != statement(other)
    assert statement_numbers([here, other, there]) == [0, 1, 0]
    # the same words twice in one sentence are two statements: where each stands in it tells them apart
    in_may, in_june = numcheck.extract("Nato sent 40 troops in May and 40 troops in June.")[:2]
    assert statement(in_may) != statement(in_june)


def test_each_reprint_gets_its_own_finding_against_the_edited_one() -> None:
    documents = _syndicated_corpus()[:4]
    report = numcheck.check([document_from_string(text, path) for path, text in documents])
    found = sorted(
        (f.primary.path, f.rule, f.primary.text, f.claims[1].path, f.claims[1].text) for f in report.findings
    )
    assert found == [
        (f"paper-{n}/wire.md", rule, said, "paper-3/wire.md", edited)
        for n in range(3)
        for rule, said, edited in [("figure-mismatch", "4.2%", "4.7%"), ("magnitude-slip", "40,000", "4,000")]
    ]
