"""Engine stage: documents -> claims -> links -> findings, in one deterministic order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, groupby
from pathlib import Path

from numcheck.cache import ClaimCache
from numcheck.corpus import Item, Progress, extract_corpus
from numcheck.kinds import KINDS, Verdict, figure, figure_gap, figure_supports, kind_specs
from numcheck.linking import blocks, link_block
from numcheck.model import Claim, Finding, Severity
from numcheck.rules import Rule, RuleSet, load_rules
from numcheck.vocabulary import BUILTIN_RULES, Vocabulary, load_vocabulary


@dataclass(frozen=True, slots=True)
class Report:
    """What `check` returns: the findings, and what was read to find them."""

    findings: tuple[Finding, ...]
    documents: tuple[str, ...]
    sources: tuple[str, ...]
    claims: tuple[Claim, ...]

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def at_or_above(self, level: Severity) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity.rank >= level.rank)


def builtin_rules(extra: Sequence[str | Path] = ()) -> RuleSet:
    return load_rules(list(extra), kind_specs(), builtin=BUILTIN_RULES)


def _finding(rule: Rule, verdict: Verdict, sources: frozenset[str]) -> Finding:
    """Point the finding at a document under check; a disagreement among sources is info."""
    claims = verdict.claims
    under_check = [c for c in claims if c.path not in sources]
    severity = rule.severity
    if not under_check:
        severity = Severity.INFO
    else:
        primary = under_check[0]
        claims = (primary, *[c for c in claims if c is not primary])
    return Finding(rule.id, severity, rule.render(verdict.fields), claims)


def _ordered_pair(first: Claim, second: Claim, sources: frozenset[str]) -> tuple[Claim, Claim]:
    """The later claim in a document under check is the one the finding points at."""

    def key(claim: Claim) -> tuple[bool, str, int]:
        return (claim.path in sources, claim.path, -claim.start)

    return (first, second) if key(first) <= key(second) else (second, first)


def _params(rule: Rule, exchange_rates: Mapping[str, float] | None) -> Mapping[str, object]:
    if exchange_rates and KINDS[rule.kind].uses_exchange_rates:
        return {**rule.params, "exchange_rates": exchange_rates}
    return rule.params


def find_in_block(
    members: Sequence[Claim],
    rules: RuleSet,
    sources: frozenset[str],
    *,
    exchange_rates: Mapping[str, float] | None = None,
) -> list[Finding]:
    """Pair checks over one linking block: claims of one key and subject, from any document.

    A figure is reported only when nothing supports it: if the other document also states the
    figure, or this one states the other's, the two figures are about different things ("17
    shots" and "7 on target"). Each unsupported figure is reported once, against its nearest."""
    links = list(link_block(members))
    figures = {id(c): figure(c) for c in members}

    def supported(claim: Claim, by: Claim) -> bool:
        return figure_supports(figures[id(by)], figures[id(claim)])

    # per claim, how many linked claims in each document state its figure
    supporters: dict[int, Counter[str]] = {id(c): Counter() for c in members}
    for linked in links:
        for claim, partner in ((linked.first, linked.second), (linked.second, linked.first)):
            if supported(claim, by=partner):
                supporters[id(claim)][partner.path] += 1

    def said_elsewhere(claim: Claim, other: Claim) -> bool:
        """Whether `other`'s document states `claim`'s figure, somewhere other than `other`."""
        return supporters[id(claim)][other.path] > (1 if supported(claim, by=other) else 0)

    # Each unsupported pair, grouped by the claim a finding would point at, nearest figure first.
    # A pair check's verdict names `first` first, so the first verdict in a group is its nearest.
    groups: dict[int, list[tuple[Claim, Claim]]] = {}
    for link in links:
        first, second = _ordered_pair(link.first, link.second, sources)
        if not (said_elsewhere(first, second) or said_elsewhere(second, first)):
            groups.setdefault(id(first), []).append((first, second))
    nearest_first = [
        sorted(group, key=lambda pair: figure_gap(figures[id(pair[0])], figures[id(pair[1])]))
        for group in groups.values()
    ]
    findings: list[Finding] = []
    for rule in rules:
        check = KINDS[rule.kind].pair
        if not rule.enabled or check is None:
            continue
        params = _params(rule, exchange_rates)
        nearest: dict[int, tuple[float, Finding]] = {}
        for group in nearest_first:
            for first, second in group:
                verdict = check(first, second, params)
                if verdict is None:
                    continue
                finding = _finding(rule, verdict, sources)
                distance = figure_gap(figures[id(first)], figures[id(second)])
                key = id(finding.primary)
                if key not in nearest or distance < nearest[key][0]:
                    nearest[key] = (distance, finding)
                if finding.primary is first:
                    break
        findings.extend(finding for _, finding in nearest.values())
    return findings


def find_in_document(claims: Sequence[Claim], rules: RuleSet, sources: frozenset[str]) -> list[Finding]:
    """Checks that look at one document only: per claim, per sentence and per document."""
    findings: list[Finding] = []
    quantities = [c for c in claims if c.kind.is_quantity]
    sentences = [list(group) for _, group in groupby(sorted(quantities, key=lambda c: (c.sentence_start, c.start)),
                                                      key=lambda c: c.sentence_start)]  # fmt: skip
    for rule in (r for r in rules if r.enabled):
        kind = KINDS[rule.kind]
        verdicts: list[Verdict] = []
        if kind.claim is not None:
            verdicts += [v for c in claims if (v := kind.claim(c, rule.params)) is not None]
        if kind.sentence is not None:
            verdicts += [v for sentence in sentences for v in kind.sentence(sentence, rule.params)]
        if kind.document is not None:
            verdicts += kind.document(quantities, rule.params)
        findings += [_finding(rule, v, sources) for v in verdicts]
    return findings


def find(
    claims: Sequence[Claim],
    rules: RuleSet,
    sources: frozenset[str] = frozenset(),
    *,
    exchange_rates: Mapping[str, float] | None = None,
) -> tuple[Finding, ...]:
    """Every finding the enabled rules make about these claims, in the one report order.

    All the work is block-local or document-local, which is what lets it run in parallel."""
    findings: list[Finding] = []
    for _, _, members in blocks(claims):
        findings.extend(find_in_block(members, rules, sources, exchange_rates=exchange_rates))
    by_path = groupby(sorted(claims, key=lambda c: (c.path, c.start)), key=lambda c: c.path)
    for _, document_claims in by_path:
        findings.extend(find_in_document(list(document_claims), rules, sources))
    return tuple(sorted(findings, key=lambda f: f.sort_key))


def check_documents(
    documents: Iterable[Item],
    sources: Iterable[Item] = (),
    rules: RuleSet | None = None,
    vocabulary: Vocabulary | None = None,
    *,
    exchange_rates: Mapping[str, float] | None = None,
    cache: ClaimCache | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> Report:
    """Check documents against each other and against `sources`.

    Each is a Document or a file's path (`-` for standard input). Files are read one at a time,
    and only their claims are kept, so a corpus need not fit in memory. `cache` and `jobs` change
    how fast the claims come, never what they are. `exchange_rates` maps ISO codes to their value
    in one reference currency."""
    vocabulary = vocabulary or load_vocabulary()
    rules = rules or builtin_rules()
    is_source: list[bool] = []

    def marked(items: Iterable[Item], source: bool) -> Iterator[Item]:
        for item in items:
            is_source.append(source)
            yield item

    everything = chain(marked(documents, False), marked(sources, True))
    claims: list[Claim] = []
    document_paths: list[str] = []
    source_paths: list[str] = []
    for number, extracted in enumerate(
        extract_corpus(everything, vocabulary, cache=cache, jobs=jobs, progress=progress)
    ):
        (source_paths if is_source[number] else document_paths).append(extracted.path)
        claims.extend(extracted.claims)
    findings = find(claims, rules, frozenset(source_paths), exchange_rates=exchange_rates)
    return Report(findings, tuple(document_paths), tuple(source_paths), tuple(claims))
