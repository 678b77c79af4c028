"""Why a contradiction within one document is missed: which step of the pipeline loses it.

For every within-one-document contradiction of the development families that numcheck does not
catch at its figure, read the two mentions (`figure` and `other`) and say where they part:

  a-misread     a figure is not read, or read as another kind or dimension than the other
  t-timing      dates, years and lengths of time: compared by numcheck.timing's events, not by linking
  b-evidence    both read, but one names nothing it counts (no head, or a generic one)
  c-apart:CUES  they could link, but discriminators tell them apart: every one met in turn, each
                cleared before the next is asked, and "heads" when the heads differ as well
  c-heads       both have heads, and the heads differ (a synonym or kind the vocabulary lacks)
  c-score       no discriminator, same head or none, but the score stays under the threshold
  d-nocheck     linked (or restated), and no check reports the pair
  e-arithmetic  the case's fact is arithmetic over three or more figures (parts, complements)

A measurement, not a test: `python benchmarks/within_diagnosis.py [--list] [--only TEXT]`.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from casework import claims_at
from paraphrase import load_cases, run_case

from numcheck.linking import (
    GENERIC_SUBJECTS,
    comparison_key,
    evidence,
    head_of,
    match,
    told_apart,
)
from numcheck.model import Claim, ClaimKind
from numcheck.restatements import restated_pairs

ROOT = Path(__file__).parent / "paraphrase"
_ARITHMETIC = re.compile(r"\b(?:add(?:s)? (?:to|up)|sum|parts|total|complement|do(?:es)? not add)\b")
_WEAK_HEADS = GENERIC_SUBJECTS | {"once", "only", "year", "those", "it"}


# What each discriminator reads, cleared on both claims to see what would tell them apart next
_CLEARED = {
    "same document": {"times": (), "names": ()},
    "time": {"times": ()},
    "actor": {"names": (), "actor": None},
    "place": {"places": ()},
    "action": {"governor": None, "actions": (), "restricted": None},
    "modal": {"modal": False},
}


def blockers(first: Claim, second: Claim) -> list[str]:
    """Every discriminator between two claims, in the order told_apart meets them, and what stays."""
    found: list[str] = []
    for _ in range(8):
        apart = told_apart(first, second)
        if apart is None:
            break
        found.append(apart.cue)
        cleared = _CLEARED.get(apart.cue)
        if cleared is None:
            break
        first = dataclasses.replace(first, evidence=dataclasses.replace(evidence(first), **cleared))
        second = dataclasses.replace(second, evidence=dataclasses.replace(evidence(second), **cleared))
    if head_of(first) != head_of(second):
        found.append("heads")
    elif not match(first, second).linked and not found:
        found.append("score")
    return found


def _arithmetic(fact: str) -> bool:
    return _ARITHMETIC.search(fact.casefold()) is not None


def _timing(claim: Claim) -> bool:
    """A date, a year or a length of time: compared by numcheck.timing, not by linking."""
    return claim.kind is ClaimKind.DATE or claim.dimension == "[time]"


def classify(figure: list[Claim], other: list[Claim], claims: list[Claim], fact: str) -> str:
    if not figure or not other:
        return "e-arithmetic" if _arithmetic(fact) else "a-misread (not read)"
    pairs = [(f, o) for f in figure for o in other if f is not o]
    if not pairs:
        return "a-misread (one claim)"
    if all(_timing(f) or _timing(o) for f, o in pairs):
        return "t-timing (dates, years, durations)"
    keyed = [(f, o) for f, o in pairs if comparison_key(f) and comparison_key(f) == comparison_key(o)]
    if not keyed:
        if _arithmetic(fact):
            return "e-arithmetic"
        weak = [(f, o) for f, o in pairs if not comparison_key(f) or not comparison_key(o)]
        if weak:
            return "b-evidence (no key)"
        return "a-misread (other key)"
    restated = {(id(a), id(b)) for a, b in restated_pairs(claims)}
    reasons = []
    for f, o in keyed:
        if match(f, o).linked or (id(f), id(o)) in restated or (id(o), id(f)) in restated:
            return "e-arithmetic" if _arithmetic(fact) else "d-nocheck"
        heads = head_of(f), head_of(o)
        if any(h is None or h in _WEAK_HEADS for h in heads):
            reasons.append("b-evidence (weak head)")
            continue
        apart = told_apart(f, o)
        if apart is not None:
            reasons.append("c-apart:" + "+".join(blockers(f, o)))
            continue
        if heads[0] != heads[1]:
            reasons.append("c-heads")
            continue
        reasons.append("c-score")
    if _arithmetic(fact):
        return "e-arithmetic"
    return sorted(reasons)[0]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--only")
    args = parser.parse_args()
    cases = [c for c in load_cases(ROOT, ["families"], args.only) if c.flawed and c.source is None]
    tally: Counter[str] = Counter()
    coarse: Counter[str] = Counter()
    for case in cases:
        outcome = run_case(case)
        if outcome.caught:
            continue
        claims = [c for c in outcome.claims if c.path == case.draft.path]
        figure = claims_at(claims, case.draft, case.figures)
        other = claims_at(claims, case.draft, case.others)
        fact = case.note
        family_fact = _FACTS.get(case.group)
        if family_fact is None:
            family_fact = _FACTS[case.group] = _fact_of(case.group)
        label = classify(figure, other, claims, fact + " " + family_fact)
        tally[label] += 1
        coarse[label.split(":")[0].split(" ")[0]] += 1
        if args.list:
            heads = [(head_of(c), c.text) for c in figure], [(head_of(c), c.text) for c in other]
            print(f"{case.name:60} {label:55} {heads}")
            for c in figure + other:
                found = evidence(c)
                read = (found.head, found.governor, found.times, found.names, found.places, found.actor, found.actions)
                print("      ", c.text, "|", *read, found.definite)
    print(f"within-document misses: {sum(tally.values())} of {len(cases)}")
    for label, count in coarse.most_common():
        print(f"  {count:4}  {label}")
    print("detail:")
    for label, count in tally.most_common():
        print(f"  {count:4}  {label}")
    return 0


_FACTS: dict[str, str] = {}


def _fact_of(group: str) -> str:
    import yaml

    data = yaml.safe_load((ROOT / "families" / f"{group}.yaml").read_text())
    return str(data.get("fact", ""))


if __name__ == "__main__":
    raise SystemExit(main())
