"""Engine stage: documents -> claims -> links -> findings, in one deterministic order."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain, groupby
from pathlib import Path

from numcheck.alignment import Aligner, names_what_others_do_not
from numcheck.bounds import is_point, turned_round
from numcheck.cache import ClaimCache
from numcheck.corpus import Item, Progress, extract_corpus
from numcheck.durations import moved
from numcheck.kinds import (
    KINDS,
    Figure,
    PairCheck,
    Verdict,
    figure,
    figure_gap,
    figure_supports,
    kind_specs,
    swapped_figure,
    weekday_verdict,
)
from numcheck.linking import blocks, linked_pairs, match, statement_numbers
from numcheck.model import Claim, ClaimKind, Finding, Severity
from numcheck.parts import Context, PartIndex, contexts
from numcheck.remembered import document_remembered
from numcheck.rules import Rule, RuleSet, load_rules
from numcheck.support import Sources, Tolerance, stating_figures, support
from numcheck.swaps import swapped
from numcheck.vocabulary import BUILTIN_RULES, Vocabulary, load_vocabulary
from numcheck.weekdays import off_calendar_in_source_years

# Told (phase, done, total) as the comparison goes, after the files are read: what a progress bar shows.
Steps = Callable[[str, int, int], None]
COMPARING = "comparing"
CHECKING_DOCUMENTS = "checking documents"


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


def _finding(rule: Rule, verdict: Verdict, sources: frozenset[str], message: str | None = None) -> Finding:
    """Point the finding at a document under check; a disagreement among sources is info."""
    claims = verdict.claims
    under_check = [c for c in claims if c.path not in sources]
    severity = rule.severity
    if not under_check:
        severity = Severity.INFO
    else:
        primary = under_check[0]
        claims = (primary, *[c for c in claims if c is not primary])
    return Finding(rule.id, severity, rule.render(verdict.fields) if message is None else message, claims)


def _finding_order(claim: Claim, sources: frozenset[str]) -> tuple[bool, str, int]:
    """Of two linked claims, a finding points at the one that sorts first: the later claim in a
    document under check."""
    return (claim.path in sources, claim.path, -claim.start)


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
    shots" and "7 on target"). Each unsupported figure is reported once, against its nearest.

    Support, nearness and every pair check read only what two claims say, so each is worked out
    once per pair of statements (`statement_numbers`): a story syndicated to many documents
    costs one comparison per pair of its statements, not one per pair of copies."""
    numbers = statement_numbers(members)
    statement_figures: dict[int, Figure] = {}

    def figure_of(index: int) -> Figure:
        """The figure of a claim's statement, worked out when a link first asks for it: a third of
        the statements of a block are in no link (3,521 of 9,432 on the 1,000 generated stories)."""
        found = statement_figures.get(numbers[index])
        if found is None:
            found = statement_figures[numbers[index]] = figure(members[index])
        return found

    # per pair of statements, whether the second states the first's figure, and the first the second's
    support: dict[tuple[int, int], tuple[bool, bool]] = {}
    paths = [claim.path for claim in members]
    # per claim, the two linked claims in each document that state its figure and fit it best
    supporters: list[dict[str, list[tuple[float, int]]]] = [{} for _ in members]
    links: list[tuple[int, int, float, bool, bool]] = []
    for i, j, found in linked_pairs(members, numbers):
        statements = (numbers[i], numbers[j])
        both = support.get(statements)
        if both is None:
            one, other = figure_of(i), figure_of(j)
            both = support[statements] = (figure_supports(other, one), figure_supports(one, other))
        links.append((i, j, found.score, *both))
        if both[0]:
            _keep_best_two(supporters[i].setdefault(paths[j], []), (found.score, j))
        if both[1]:
            _keep_best_two(supporters[j].setdefault(paths[i], []), (found.score, i))

    # Alignment: a figure is matched first with the same figure said about the same thing. A
    # document that states it under the same head (linked or not: "finished top with 118 medals"
    # and "topped the table with 118 medals") supports it, and it is compared with nothing else
    # there that fits it less well: "climbed 15% to £6.2bn" is stated by "Exports to Asia-Pacific
    # rose 15%", but the change from £5.1 billion to £6.2 billion last year fits it better.
    # per figure said and document, the claims that say it: one per statement, the first
    stated: dict[tuple[tuple[str, str, str], str], dict[int, int]] = {}
    said_as = [_said_as(claim) for claim in members]
    for index, figure_said in enumerate(said_as):
        if figure_said is not None:
            stated.setdefault((figure_said, paths[index]), {}).setdefault(numbers[index], index)
    fits: dict[tuple[int, int], float] = {}

    def fit(i: int, k: int) -> float:
        key = (numbers[i], numbers[k])
        if key not in fits:
            fits[key] = match(members[i], members[k]).score
        return fits[key]

    def said_elsewhere(i: int, j: int, score: float) -> bool:
        """Whether j's document states i's figure, other than j. Between a document and its source,
        only somewhere that fits i as well as j does: the draft is aligned with its best fit."""
        aligned = (paths[i] in sources) != (paths[j] in sources)
        if any(k != j and (fitness >= score or not aligned) for fitness, k in supporters[i].get(paths[j], ())):
            return True
        said = said_as[i]
        if said is None or paths[i] == paths[j]:
            return False
        saying = stated.get((said, paths[j]), {})
        if not aligned or len(saying) > _STATED_COMPARED:
            return bool(saying)  # said there (said that often, it is what that document says)
        return any(fit(i, k) >= score for k in saying.values())

    # Each unsupported pair, grouped by the claim a finding would point at, nearest figure first.
    # A pair check's verdict names `first` first, so the first verdict in a group is its nearest.
    gaps: dict[tuple[int, int], float] = {}
    groups: dict[int, list[tuple[float, int, int]]] = {}
    finding_order = [_finding_order(claim, sources) for claim in members]
    for i, j, score, _, _ in links:
        if said_elsewhere(i, j, score) or said_elsewhere(j, i, score):
            continue
        if finding_order[i] > finding_order[j]:
            i, j = j, i
        statements = (numbers[i], numbers[j])
        distance = gaps.get(statements)
        if distance is None:
            distance = gaps[statements] = figure_gap(figure_of(i), figure_of(j))
        groups.setdefault(i, []).append((distance, i, j))
    nearest_first = [sorted(group, key=lambda pair: pair[0]) for group in groups.values()]
    findings: list[Finding] = []
    for rule in rules:
        check = KINDS[rule.kind].pair
        if not rule.enabled or check is None:
            continue
        params = _params(rule, exchange_rates)
        verdicts: dict[tuple[int, int], _StatementVerdict | None] = {}
        nearest: dict[int, tuple[float, Finding]] = {}
        for group in nearest_first:
            for distance, i, j in group:
                first, second, statements = members[i], members[j], (numbers[i], numbers[j])
                if statements in verdicts:
                    said = verdicts[statements]
                else:
                    said = verdicts[statements] = _StatementVerdict.of(
                        rule, check(first, second, params), first, second
                    )
                if said is None:
                    continue
                finding = _finding(rule, said.verdict(first, second), sources, said.message)
                key = id(finding.primary)
                if key not in nearest or distance < nearest[key][0]:
                    nearest[key] = (distance, finding)
                if finding.primary is first:
                    break
        findings.extend(finding for _, finding in nearest.values())
    return findings


# Time bound: a figure stated under the same head in more distinct sentences of one document than
# this is taken as said there without comparing how well each fits (see `find_in_block`).
_STATED_COMPARED = 8


def _keep_best_two(best: list[tuple[float, int]], candidate: tuple[float, int]) -> None:
    """Keep the two best-fitting supporters (highest score first): enough to find one other than any j."""
    best.append(candidate)
    best.sort(key=lambda found: -found[0])
    del best[2:]


def _said_as(claim: Claim) -> tuple[str, str, str] | None:
    """A figure and what it counts, as alignment compares them: ("medal", "", "118")."""
    head = (claim.evidence.head if claim.evidence else None) or claim.subject
    value = claim.base_value if claim.base_value is not None else claim.value
    if head is None or claim.low != claim.high:
        return None  # a bound ("more than 40") states no figure
    unit = claim.base_unit or claim.unit or ""  # "€2.3bn" does not state "$2.3 billion"
    direction = claim.direction.value if claim.direction else ""  # "fell 8%" does not state "rose 8%"
    return head, f"{unit} {direction}", f"{value:.6g}"


@dataclass(frozen=True, slots=True)
class _StatementVerdict:
    """A pair check's verdict on two statements, to be said of any two claims that make them."""

    order: tuple[int, ...]  # the verdict's claims: 0 for the first claim checked, 1 for the second
    fields: Mapping[str, str]
    message: str

    @classmethod
    def of(cls, rule: Rule, verdict: Verdict | None, first: Claim, second: Claim) -> _StatementVerdict | None:
        if verdict is None:
            return None
        order = tuple(0 if claim is first else 1 for claim in verdict.claims)
        assert all(claim is (first, second)[i] for claim, i in zip(verdict.claims, order, strict=True))
        return cls(order, verdict.fields, rule.render(verdict.fields))

    def verdict(self, first: Claim, second: Claim) -> Verdict:
        pair = (first, second)
        return Verdict(tuple(pair[i] for i in self.order), self.fields)


def find_in_document(claims: Sequence[Claim], rules: RuleSet, sources: frozenset[str]) -> list[Finding]:
    """Checks that look at one document only: per claim, per sentence and per document."""
    findings: list[Finding] = []
    quantities = [c for c in claims if c.kind.is_quantity]
    sentences = [list(group) for _, group in groupby(sorted(quantities, key=lambda c: (c.sentence_start, c.start)),
                                                      key=lambda c: c.sentence_start)]  # fmt: skip
    # several rules read one analysis of the document: its restated figures, the sums and shares it states
    with document_remembered():
        for rule in (r for r in rules if r.enabled):
            kind = KINDS[rule.kind]
            verdicts: list[Verdict] = []
            if kind.claim is not None:
                verdicts += [v for c in claims if (v := kind.claim(c, rule.params)) is not None]
            if kind.sentence is not None:
                verdicts += [v for sentence in sentences for v in kind.sentence(sentence, rule.params)]
            if kind.document is not None:
                verdicts += kind.document(quantities, rule.params)
            if kind.timeline is not None:
                verdicts += kind.timeline(claims, rule.params)  # its dates and durations, and the sentences around them
            findings += [_finding(rule, v, sources) for v in verdicts]
    return findings


def find(
    claims: Sequence[Claim],
    rules: RuleSet,
    sources: frozenset[str] = frozenset(),
    *,
    exchange_rates: Mapping[str, float] | None = None,
    steps: Steps | None = None,
) -> tuple[Finding, ...]:
    """Every finding the enabled rules make about these claims, in the one report order.

    All the work is block-local or document-local, which is what lets it run in parallel.
    `steps` is told the claims compared so far, then the documents checked so far."""
    told = steps or _untold
    findings: list[Finding] = []
    compared = 0
    for _, _, members in blocks(claims):
        findings.extend(find_in_block(members, rules, sources, exchange_rates=exchange_rates))
        compared += len(members)
        told(COMPARING, compared, len(claims))
    told(COMPARING, len(claims), len(claims))  # claims in no block have nothing to be compared with
    paths = len({claim.path for claim in claims})
    by_path = groupby(sorted(claims, key=lambda c: (c.path, c.start)), key=lambda c: c.path)
    for number, (_, document_claims) in enumerate(by_path, start=1):
        findings.extend(find_in_document(list(document_claims), rules, sources))
        told(CHECKING_DOCUMENTS, number, paths)
    return tuple(sorted(_once(aligned_with_sources(findings, claims, rules, sources)), key=lambda f: f.sort_key))


def _once(findings: Sequence[Finding]) -> list[Finding]:
    """Each rule's finding on one list of claims once: two checks of one rule may reach the same pair
    ("halved" against "from 2,400 to 800" as a linked pair and as a change with its ends), and a
    reader needs it said once. The one kept is the one found last: a document's own checks come
    after the pair checks and say more ("two lengths of one event", "a fall of 66.7%")."""
    seen: set[tuple[str, tuple[tuple[str, int, int], ...]]] = set()
    kept: list[Finding] = []
    for finding in reversed(findings):
        key = (finding.rule, tuple((claim.path, claim.start, claim.end) for claim in finding.claims))
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept[::-1]


def _untold(phase: str, done: int, total: int) -> None:
    pass


def aligned_with_sources(
    findings: Sequence[Finding], claims: Sequence[Claim], rules: RuleSet, sources: frozenset[str]
) -> list[Finding]:
    """The last, whole-run step when documents are checked against sources: figure findings on a
    draft figure the sources support are dropped, and unsupported-figure looks at the rest."""
    if not sources:
        return list(findings)
    index = Sources.of(c for c in claims if c.path in sources)
    parts = PartIndex.of(c for c in claims if c.path in sources)
    said = (parts, contexts(c for c in claims if c.path not in sources))
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for claim in claims:
        if claim.path not in sources:
            by_sentence.setdefault((claim.path, claim.sentence_start), []).append(claim)
    kept = [f for f in findings if not _supported_elsewhere(f, index, rules, sources, said, by_sentence)]
    drafts = [c for c in claims if c.path not in sources]
    kept += _swaps(drafts, index, parts, rules, sources, kept)
    kept += _turned_round(drafts, parts, rules, sources, kept)
    kept += _moved_durations(drafts, index, parts, rules, sources, kept)
    kept += _weekdays_in_source_years(drafts, [c for c in claims if c.path in sources], rules, sources, kept)
    return kept + find_against_sources(claims, rules, sources, kept)


def _weekdays_in_source_years(
    drafts: Sequence[Claim], source_claims: Sequence[Claim], rules: RuleSet, sources: frozenset[str],
    found: Sequence[Finding],
) -> list[Finding]:  # fmt: skip
    """figure-mismatch on a draft date whose weekday is not the one the year a source gives that day
    gives it (numcheck/weekdays.py)."""
    verdicts = (
        (rule, wrong.date, weekday_verdict(wrong))
        for rule, _, _ in _figure_rules(rules)
        for wrong in off_calendar_in_source_years(drafts, source_claims)
    )
    return _one_report_each(verdicts, found, sources)


def _swaps(
    drafts: Sequence[Claim],
    index: Sources,
    parts: PartIndex,
    rules: RuleSet,
    sources: frozenset[str],
    found: Sequence[Finding],
) -> list[Finding]:
    """figure-mismatch on two draft figures that trade places with the source's (numcheck/swaps.py)."""
    verdicts = (
        (rule, swap.draft, swapped_figure(swap.draft, swap.part, swap.taken_from, rule.params))
        for rule, _, tolerance in _figure_rules(rules)
        for swap in swapped(drafts, index, tolerance, parts)
    )
    return _one_report_each(verdicts, found, sources)


def _figure_rules(rules: RuleSet) -> Iterator[tuple[Rule, PairCheck, Tolerance]]:
    """The enabled figure rules, each with its pair check and the tolerance support reads it with."""
    for rule in (r for r in rules if r.enabled and r.kind in _FIGURE_KINDS):
        check = KINDS[rule.kind].pair
        assert check is not None
        yield rule, check, Tolerance.of(rule.params, _disagrees(check, rule.params))


def _one_report_each(
    verdicts: Iterable[tuple[Rule, Claim, Verdict | None]], found: Sequence[Finding], sources: frozenset[str]
) -> list[Finding]:
    """A finding for each (rule, draft figure, verdict) whose draft figure no warning or error found
    so far, nor an earlier one of these, points at: one slip, one report."""
    pointed_at = {(f.primary.path, f.primary.start) for f in found if f.severity is not Severity.INFO}
    findings: list[Finding] = []
    for rule, draft, verdict in verdicts:
        if verdict is None or (draft.path, draft.start) in pointed_at:
            continue
        findings.append(_finding(rule, verdict, sources))
        pointed_at.add((draft.path, draft.start))
    return findings


def _turned_round(
    drafts: Sequence[Claim], parts: PartIndex, rules: RuleSet, sources: frozenset[str], found: Sequence[Finding]
) -> list[Finding]:
    """hedge-conflict (or figure-mismatch) on a draft bound that the source figure in its part
    bounds the other way: "at least 8 weeks" against "up to 8 weeks" (numcheck/bounds.py). The
    first of the bound kinds that says so reports it."""
    checks = [r for kind in _BOUND_KINDS for r in rules if r.enabled and r.kind == kind]

    def verdicts() -> Iterator[tuple[Rule, Claim, Verdict | None]]:
        for draft, part in turned_round(drafts, parts):
            for rule in checks:
                if rule.kind == "hedge-conflict" and (is_point(draft) or is_point(part)):
                    continue  # "21,000 hours" is "more than 21,000 hours" without its hedge, not against it
                check = KINDS[rule.kind].pair
                assert check is not None
                yield rule, draft, check(draft, part, rule.params)

    return _one_report_each(verdicts(), found, sources)


def _moved_durations(
    drafts: Sequence[Claim],
    index: Sources,
    parts: PartIndex,
    rules: RuleSet,
    sources: frozenset[str],
    found: Sequence[Finding],
) -> list[Finding]:
    """figure-mismatch on a draft duration whose source part gives another length (numcheck/durations.py)."""
    verdicts = (
        (rule, draft, check(draft, part, rule.params))
        for rule, check, tolerance in _figure_rules(rules)
        for draft, part in moved(drafts, parts, index, tolerance)
    )
    return _one_report_each(verdicts, found, sources)


# The pair kinds a bound turned round is reported by, the first that says so.
_BOUND_KINDS = ("hedge-conflict", "figure-mismatch")


# Pair kinds that say two figures are incompatible; a draft figure the sources state or imply
# elsewhere is aligned with that, not with the figure it was linked to.
_FIGURE_KINDS = frozenset({"figure-mismatch"})


def _disagrees(check: PairCheck, params: Mapping[str, object]) -> Callable[[Claim, Claim], bool]:
    return lambda one, other: check(one, other, params) is not None


def _supported_elsewhere(
    finding: Finding,
    index: Sources,
    rules: RuleSet,
    sources: frozenset[str],
    parts: tuple[PartIndex, Mapping[int, Context]] | None = None,
    by_sentence: Mapping[tuple[str, int], Sequence[Claim]] | None = None,
) -> bool:
    """Alignment: "1,200 beds" in Leeds linked to the region's "9,000 beds" is no contradiction when
    a source states 1,200 about beds, or implies it ("the 2,100 members, 700 of
    them new" against "1,400 members before"). Only for a draft figure against source figures."""
    primary = finding.primary
    rule = rules.get(finding.rule)
    if rule is None or rule.kind not in _FIGURE_KINDS or primary.path in sources:
        return False
    if not all(claim.path in sources for claim in finding.claims[1:]):
        return False
    check = KINDS[rule.kind].pair
    assert check is not None
    tolerance = Tolerance.of(rule.params, lambda one, other: check(one, other, rule.params) is not None)
    # arithmetic on figures about one thing only: "27%" of the vote linked to "17.2%" is not excused
    # by the change from the Greens' 2,378 votes to a majority of 3,008 (like unsupported-figure's)
    beside = (by_sentence or {}).get((primary.path, primary.sentence_start), ())
    if support(primary, index, tolerance, same_head=True, like_only=True, own_thing=True, beside=beside) is not None:
        return True
    # "The average London home now costs £532,000" against "the average home cost £268,000", when
    # a source says "... in London, where they increased to £532,000": stated where its place is
    cited = finding.claims[1:]
    stating = list(stating_figures(primary, index, tolerance))
    if parts is not None and _part_states(primary, *parts, stating):
        return True
    return any(names_what_others_do_not(primary, stated, cited) for stated in stating)


def _part_states(claim: Claim, parts: PartIndex, said: Mapping[int, Context], stating: Sequence[Claim]) -> bool:
    """Whether the source figure whose words fit the claim's best states its figure: "on the new fix
    costs 24.9p" linked to the variable tariff's "electricity costs 27.4p" is the fix's 24.9p
    (numcheck/parts.py)."""
    mine = said.get(id(claim))
    part = parts.part(claim, mine) if stating and mine is not None else None
    return part is not None and any(part is stated for stated in stating)


def find_against_sources(
    claims: Sequence[Claim], rules: RuleSet, sources: frozenset[str], found: Sequence[Finding]
) -> list[Finding]:
    """Checks of the documents under check against all their sources at once (unsupported-figure).

    A figure another finding already points at, or cites within its own document ("has halved" in
    a change-arithmetic finding that points at "fell from 2,400 to 1,650"), is left to that
    finding: one slip, one report.
    A figure no source supports is aligned with the source figure that fits it best
    (numcheck/alignment.py): when that fit is strong and the two disagree, the finding is the
    contradiction (figure-mismatch, magnitude-slip, hedge-conflict) citing both places, not a
    figure stated by no source."""
    # by place, not identity: the Dask engine's findings hold copies of the run's claims
    pointed_at = {
        (claim.path, claim.start, claim.end)
        for f in found
        if f.severity is not Severity.INFO
        for claim in f.claims
        if claim.path == f.primary.path
    }
    drafts = [c for c in claims if c.path not in sources and (c.path, c.start, c.end) not in pointed_at
              and not _holds_one_pointed_at(c, pointed_at)]  # fmt: skip
    source_claims = [c for c in claims if c.path in sources]
    aligner = Aligner.of((c for c in claims if c.path not in sources), source_claims)
    findings: list[Finding] = []
    for rule in (r for r in rules if r.enabled):
        check = KINDS[rule.kind].against
        if check is not None:
            for verdict in check(drafts, source_claims, rule.params):
                contradiction = _contradicting_best_fit(verdict.claims[0], aligner, rules, sources)
                findings.append(contradiction or _finding(rule, verdict, sources))
    return findings


def _holds_one_pointed_at(claim: Claim, pointed_at: set[tuple[str, int, int]]) -> bool:
    """A change read from its two ends ("slipped to 8.2% from 9.7%") whose end another finding
    points at: the ends swapped are that finding's slip, not another."""
    if claim.kind is not ClaimKind.CHANGE or claim.from_value is None or claim.to_value is None:
        return False
    return any(path == claim.path and claim.start <= start and end <= claim.end for path, start, end in pointed_at)


# The pair kinds an unsupported figure's best fit is checked with, the most particular first:
# "£9m" against "£90 million" is a slip of scale before it is another figure.
_ALIGNED_KINDS = ("magnitude-slip", "figure-mismatch", "hedge-conflict")


def _contradicting_best_fit(claim: Claim, aligner: Aligner, rules: RuleSet, sources: frozenset[str]) -> Finding | None:
    """The finding that a draft figure contradicts the source figure that fits it best, when that
    fit is strong and an enabled figure rule says the two disagree; else None."""
    best = aligner.best(claim)
    if best is None:
        return None
    for kind in _ALIGNED_KINDS:
        check = KINDS[kind].pair
        assert check is not None
        for rule in (r for r in rules if r.enabled and r.kind == kind):
            verdict = check(claim, best.source, rule.params)
            if verdict is not None:
                return _finding(rule, verdict, sources)
    return None


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
    steps: Steps | None = None,
) -> Report:
    """Check documents against each other and against `sources`.

    Each is a Document or a file's path (`-` for standard input). Files are read one at a time,
    and only their claims are kept, so a corpus need not fit in memory. `cache` and `jobs` change
    how fast the claims come, never what they are. `exchange_rates` maps ISO codes to their value
    in one reference currency. `progress` is told each file read, `steps` how the comparison goes."""
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
    with _kept_from_the_collector() as keep:
        for number, extracted in enumerate(
            extract_corpus(everything, vocabulary, cache=cache, jobs=jobs, progress=progress)
        ):
            (source_paths if is_source[number] else document_paths).append(extracted.path)
            claims.extend(extracted.claims)
            keep()
        findings = find(claims, rules, frozenset(source_paths), exchange_rates=exchange_rates, steps=steps)
    return Report(findings, tuple(document_paths), tuple(source_paths), tuple(claims))


@contextmanager
def _kept_from_the_collector() -> Iterator[Callable[[], None]]:
    """Keep the claims read so far out of the cyclic garbage collector's full passes.

    The claims live to the end of the run and hold no cycles, yet each full pass goes through
    all of them again: a tenth of a 10,000-document run (measured). `gc.freeze` takes what is
    alive out of those passes; refcounting still frees it. Undone on the way out, and left alone
    when the caller has frozen objects of its own.

    The youngest generation is also collected less often meanwhile: reading makes its records by the
    hundred thousand and they hold no cycles, yet every 700 of them sent the collector over all that
    were still young, and the survivors on into the older generations' passes."""
    ours = gc.get_freeze_count() == 0
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], _YOUNG_COLLECTION_EVERY), *threshold[1:])
    try:
        yield gc.freeze if ours else _nothing
    finally:
        gc.set_threshold(*threshold)
        if ours:
            gc.unfreeze()


# How many new objects, less those freed, start a collection of the youngest generation during a
# run (Python's default is 700): cycles, if any, are still collected, 140 times less often.
_YOUNG_COLLECTION_EVERY = 100_000


def _nothing() -> None:
    pass
