"""Benchmark: does `numcheck check` catch a contradiction however the sentence is phrased?

Run from the repository root:

    .venv/bin/python benchmarks/paraphrase.py                  # figures, then every miss and false alarm
    .venv/bin/python benchmarks/paraphrase.py --json           # the same, for programs
    .venv/bin/python benchmarks/paraphrase.py --only staff     # cases whose name contains "staff"
    .venv/bin/python benchmarks/paraphrase.py --set summaries  # one of the two sets
    .venv/bin/python benchmarks/paraphrase.py --set inference  # premises and one-sentence hypotheses
    .venv/bin/python benchmarks/paraphrase.py --heldout        # the held-out cases (never used for tuning)

Two sets of cases, each checked as `numcheck check DRAFT --against SOURCE` (or the draft alone,
for a case within one document):
- families: one fact, a contradiction or a consistent statement, in many newsroom phrasings;
- summaries: source paragraphs with short summaries, correct or with exactly one figure edited;
- inference (only with `--set inference`): short premises with one-sentence hypotheses, in the
  summaries' format and scored the same way.

It is a measurement, not a test: it exits 0 whatever the scores, and 2 only when a case file is
malformed. How cases are written and scored: benchmarks/paraphrase/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casework import claim_overlaps, claims_at, evidence, evidence_text, fails_ci, figure_texts, ratio_text

from numcheck.errors import ConfigError, NumcheckError, did_you_mean
from numcheck.model import Claim, Document, Finding
from numcheck.yamlfile import LineDict, check_keys, describe_value, load_yaml_file, require_mapping

ROOT = Path(__file__).resolve().parent / "paraphrase"
HELDOUT = ROOT / "heldout"  # written after the code, in the same layout; never used for tuning
FAMILIES = "families"
SUMMARIES = "summaries"
INFERENCE = "inference"
SETS = (FAMILIES, SUMMARIES)  # what a run without --set scores
ALL_SETS = (*SETS, INFERENCE)

# How newsrooms write one fact; each variant of a family names the one it exercises.
STYLES = frozenset(
    {
        "active",  # "The plant employs 3,400 people."
        "passive",  # "3,400 people are employed at the plant."
        "possessive",  # "the plant's 3,400 employees"
        "apposition",  # "the plant, an employer of 3,400 people, ..."
        "relative-clause",  # "the plant, which employs 3,400 people, ..."
        "nominalisation",  # "a threefold increase in visitors"
        "fragment",  # "Exports: up fivefold."
        "headline",  # "Plant to keep all 3,400 jobs"
        "quote",  # '"We employ 3,400 people," the manager said.'
        "list",  # bullets or a run-on list of figures
        "parenthetical",  # "the grant (£3 million)"
        "figure-first",  # "3,400 people work at the plant"
        "figure-last",  # "Staff at the plant: 3,400"
        "source-paraphrase",  # the source says it in other words: staff / employees / workforce
        "long-paragraph",  # the pair inside a paragraph full of unrelated figures
        "table",  # a row of a plain-text table
    }
)
KINDS = {"contradiction": True, "clean": False}  # kind -> flawed: an editor would flag it
GENRES = frozenset({"news", "earnings-call", "product-email", "meeting-notes"})
INFERENCE_GENRES = frozenset({INFERENCE})  # the inference set's premises are all one genre
EDITS = frozenset({"changed", "scaled", "swapped", "date-moved", "duration-moved", "bound-loosened"})
RESTATEMENTS = frozenset({"verbatim", "rounded", "restated", "converted", "arithmetic"})

_FAMILY_KEYS = frozenset({"kind", "fact", "figure", "other", "variants"})
_VARIANT_KEYS = frozenset({"style", "draft", "source", "figure", "other", "note"})
_PARAGRAPH_KEYS = frozenset({"genre", "source", "summaries"})
_SUMMARY_KEYS = frozenset({"text", "edit", "correct", "figure", "was", "note"})


# Cases -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Case:
    """One check to run: a draft, against a source or alone, that an editor would or would not flag."""

    name: str  # "families/03-plant-staff#4": the file and the variant's place in it
    set: str  # families or summaries
    group: str  # the family or the paragraph: the file's name without .yaml
    style: str  # families: the phrasing; summaries: the paragraph's genre
    label: str  # families: contradiction or clean; summaries: the edit, or how a correct one restates
    flawed: bool  # an editor would flag it: a contradiction, or a summary with a figure edited
    draft: Document
    source: Document | None  # None: the draft is checked alone (a case within one document)
    figures: tuple[str, ...]  # the draft's figure at issue, as printed; alternatives
    others: tuple[str, ...]  # the figure it is compared with: in the source, or in the draft when alone
    note: str = ""

    @property
    def mode(self) -> str:
        return "against a source" if self.source is not None else "within one document"


def _text(mapping: LineDict, key: str, path: str, *, required: bool = True) -> str:
    value = mapping.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(path, f"expected text, not {describe_value(value)}", line=mapping.line_of(key), key=key)
    return value


def _choice(mapping: LineDict, key: str, choices: Iterable[str], path: str) -> str:
    value = mapping.get(key)
    known = sorted(choices)
    if value not in known:
        raise ConfigError(
            path,
            f"expected one of {', '.join(known)}, not {describe_value(value)}" + did_you_mean(str(value), known),
            line=mapping.line_of(key),
            key=key,
        )
    return str(value)


def _figures(mapping: LineDict, key: str, path: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
    if key not in mapping:
        return default
    return figure_texts(mapping[key], path, mapping.line_of(key), key)


def _require_in(texts: Sequence[str], document: Document, what: str, path: str, line: int) -> None:
    """Figures are alternatives: at least one of them must be printed in the document."""
    if texts and not any(text in document.text for text in texts):
        shown = " or ".join(repr(text) for text in texts)
        raise ConfigError(path, f"{shown} does not occur in the {what}", line=line)


def _items(top: LineDict, key: str, path: str) -> list[LineDict]:
    items = top.get(key)
    if not isinstance(items, list) or not items:
        raise ConfigError(path, f"'{key}' must be a non-empty list, not {describe_value(items)}", line=top.line_of(key))
    lines = getattr(items, "item_lines", ())
    return [
        require_mapping(item, path, what=f"each of '{key}'", line=lines[index] if index < len(lines) else top.line)
        for index, item in enumerate(items)
    ]


def _document(path: str, text: str) -> Document:
    from numcheck.documents import document_from_string

    return document_from_string(text if text.endswith("\n") else text + "\n", path)


def _load_top(path: Path, keys: frozenset[str]) -> LineDict:
    top = require_mapping(load_yaml_file(path, item_lines=True), str(path), what="a case file")
    check_keys(top, keys, str(path))
    return top


def load_family(path: Path) -> list[Case]:
    """One fact in many phrasings: `kind`, `fact`, default `figure`/`other`, and `variants`."""
    where = str(path)
    top = _load_top(path, _FAMILY_KEYS)
    kind = _choice(top, "kind", KINDS, where)
    _text(top, "fact", where)
    figure, other = _figures(top, "figure", where), _figures(top, "other", where)
    cases = []
    for index, variant in enumerate(_items(top, "variants", where), start=1):
        check_keys(variant, _VARIANT_KEYS, where, prefix="variants.")
        style = _choice(variant, "style", STYLES, where)
        name = f"{FAMILIES}/{path.stem}#{index}"
        draft = _document(f"{name}/draft.txt", _text(variant, "draft", where))
        source_text = _text(variant, "source", where, required=False)
        source = _document(f"{name}/source.txt", source_text) if source_text else None
        figures, others = _figures(variant, "figure", where, figure), _figures(variant, "other", where, other)
        if KINDS[kind] and not figures:
            raise ConfigError(where, "a contradiction needs 'figure', the draft's wrong figure", line=variant.line)
        _require_in(figures, draft, "draft", where, variant.line)
        _require_in(others, source or draft, "source" if source else "draft", where, variant.line)
        cases.append(Case(name, FAMILIES, path.stem, style, kind, KINDS[kind], draft, source, figures, others,
                          str(variant.get("note") or "")))  # fmt: skip
    return cases


def load_paragraph(path: Path, set_name: str = SUMMARIES, genres: frozenset[str] = GENRES) -> list[Case]:
    """A source paragraph and its summaries: each `correct` (how it restates) or with one `edit`."""
    where = str(path)
    top = _load_top(path, _PARAGRAPH_KEYS)
    genre = _choice(top, "genre", genres, where)
    source = _document(f"{set_name}/{path.stem}/source.txt", _text(top, "source", where))
    cases = []
    for index, summary in enumerate(_items(top, "summaries", where), start=1):
        check_keys(summary, _SUMMARY_KEYS, where, prefix="summaries.")
        if ("edit" in summary) == ("correct" in summary):
            raise ConfigError(where, "a summary needs exactly one of 'edit' and 'correct'", line=summary.line)
        flawed = "edit" in summary
        label = _choice(summary, "edit", EDITS, where) if flawed else _choice(summary, "correct", RESTATEMENTS, where)
        name = f"{set_name}/{path.stem}#{index}"
        draft = _document(f"{name}/summary.txt", _text(summary, "text", where))
        figures, was = _figures(summary, "figure", where), _figures(summary, "was", where)
        if flawed and not figures:
            raise ConfigError(where, "an edited summary needs 'figure', the edited figure", line=summary.line)
        _require_in(figures, draft, "summary", where, summary.line)
        _require_in(was, source, "source", where, summary.line)
        cases.append(Case(name, set_name, path.stem, genre, label, flawed, draft, source, figures, was,
                          str(summary.get("note") or "")))  # fmt: skip
    return cases


def load_premise(path: Path) -> list[Case]:
    """A premise and its hypotheses: a paragraph of the summaries' format whose genre is `inference`."""
    return load_paragraph(path, INFERENCE, INFERENCE_GENRES)


LOADERS: Mapping[str, Callable[[Path], list[Case]]] = {
    FAMILIES: load_family,
    SUMMARIES: load_paragraph,
    INFERENCE: load_premise,
}


def load_cases(root: Path, sets: Sequence[str] = SETS, only: str | None = None) -> list[Case]:
    cases = []
    for set_name in sets:
        folder = root / set_name
        files = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
        for path in files:
            cases += [case for case in LOADERS[set_name](path) if only is None or only in case.name]
    return cases


# Scoring ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outcome:
    """What numcheck said about one case: the findings that would warn or fail CI on the draft."""

    case: Case
    flags: tuple[Finding, ...]  # warning and error findings that cite a claim in the draft
    claims: tuple[Claim, ...]  # everything numcheck read in the case's documents, for the listings

    def at_figure(self, finding: Finding) -> bool:
        """The finding cites a claim on the draft's figure (or, alone, on the figure it contradicts)."""
        case = self.case
        places = case.figures + (case.others if case.source is None else ())
        return any(claim_overlaps(claim, case.draft, places) for claim in finding.claims)

    @property
    def flagged(self) -> bool:
        return bool(self.flags)

    @property
    def caught(self) -> bool:
        """Flagged at the figure at issue: the editor is pointed at the right place."""
        return any(self.at_figure(f) for f in self.flags)

    @property
    def stray(self) -> tuple[Finding, ...]:
        """Flags on a flawed case that are not about its figure."""
        return tuple(f for f in self.flags if not self.at_figure(f)) if self.case.flawed else ()


def score_case(case: Case, findings: Iterable[Finding], claims: Iterable[Claim] = ()) -> Outcome:
    """Keep the warning and error findings that cite the draft: findings between source claims alone
    say nothing about the draft, and info findings never warn."""
    flags = tuple(f for f in findings if fails_ci(f) and any(c.path == case.draft.path for c in f.claims))
    return Outcome(case, flags, tuple(claims))


def run_case(case: Case) -> Outcome:
    """`numcheck check DRAFT --against SOURCE` (or the draft alone) through the public API."""
    import numcheck

    report = numcheck.check([case.draft], sources=[case.source] if case.source else [])
    return score_case(case, report.findings, report.claims)


@dataclass(slots=True)
class CaseTally:
    """Flawed cases (caught at the figure, flagged anywhere) and sound ones (alarmed)."""

    flawed: int = 0
    caught: int = 0
    flagged: int = 0
    sound: int = 0
    alarmed: int = 0

    def add(self, outcome: Outcome) -> None:
        if outcome.case.flawed:
            self.flawed += 1
            self.caught += outcome.caught
            self.flagged += outcome.flagged
        else:
            self.sound += 1
            self.alarmed += outcome.flagged

    @property
    def recall(self) -> float | None:
        return self.caught / self.flawed if self.flawed else None

    @property
    def recall_any(self) -> float | None:
        return self.flagged / self.flawed if self.flawed else None

    @property
    def false_alarm_rate(self) -> float | None:
        return self.alarmed / self.sound if self.sound else None

    def as_json(self) -> dict[str, Any]:
        return {"flawed": self.flawed, "caught": self.caught, "flagged": self.flagged, "recall": self.recall,
                "recall_any_flag": self.recall_any, "sound": self.sound, "alarmed": self.alarmed,
                "false_alarm_rate": self.false_alarm_rate}  # fmt: skip


def tally_by(outcomes: Iterable[Outcome], key: Callable[[Case], str]) -> dict[str, CaseTally]:
    tallies: dict[str, CaseTally] = {}
    for outcome in outcomes:
        tallies.setdefault(key(outcome.case), CaseTally()).add(outcome)
    return dict(sorted(tallies.items()))


def total(outcomes: Iterable[Outcome]) -> CaseTally:
    tally = CaseTally()
    for outcome in outcomes:
        tally.add(outcome)
    return tally


# What each set is broken down by, with the words its tables use.
BREAKDOWNS: Mapping[str, Sequence[tuple[str, Callable[[Case], str]]]] = {
    FAMILIES: (("style", lambda c: c.style), ("mode", lambda c: c.mode), ("family", lambda c: c.group)),
    SUMMARIES: (("edit or restatement", lambda c: c.label), ("genre", lambda c: c.style),
                ("paragraph", lambda c: c.group)),
    INFERENCE: (("edit or restatement", lambda c: c.label), ("premise", lambda c: c.group)),
}  # fmt: skip
WORDS = {
    FAMILIES: ("contradictions", "caught at the figure", "clean cases"),
    SUMMARIES: ("edited summaries", "flagged at the edited figure", "correct summaries"),
    INFERENCE: ("contradicting hypotheses", "flagged at the edited figure", "consistent hypotheses"),
}


# Output ----------------------------------------------------------------------------------------


def _fraction(part: int, whole: int) -> str:
    return f"{part}/{whole} = {ratio_text(part / whole if whole else None)}"


def _headline(set_name: str, tally: CaseTally) -> list[str]:
    flawed, caught, sound = WORDS[set_name]
    return [
        f"  {flawed}: {caught} {_fraction(tally.caught, tally.flawed)}; "
        f"flagged anywhere {_fraction(tally.flagged, tally.flawed)}",
        f"  {sound} with a warning or error (false alarms): {_fraction(tally.alarmed, tally.sound)}",
    ]


def _table(title: str, tallies: Mapping[str, CaseTally]) -> list[str]:
    width = max([len(title), *map(len, tallies)])
    names = ("flawed", "at fig", "any", "recall", "any rec", "sound", "alarmed", "alarm %")
    lines = [f"  {title:<{width}} " + " ".join(f"{n:>8}" for n in names)]
    for key, t in tallies.items():
        rate = t.false_alarm_rate
        cells = (t.flawed, t.caught, t.flagged, ratio_text(t.recall), ratio_text(t.recall_any), t.sound, t.alarmed,
                 "—" if rate is None else f"{100 * rate:.0f}%")  # fmt: skip
        lines.append(f"  {key:<{width}} " + " ".join(f"{cell!s:>8}" for cell in cells))
    return lines


def _role(claim: Claim, case: Case) -> str:
    return "draft" if claim.path == case.draft.path else "source"


def _cited(claim: Claim, case: Case) -> str:
    return f'      {_role(claim, case)}:{claim.line} {evidence_text(claim)} in "{claim.sentence.strip()}"'


def _quoted(label: str, document: Document) -> list[str]:
    return [f"    {label}: " + document.text.strip().replace("\n", "\n      ")]


def _figure_places(case: Case) -> list[tuple[str, Document, str]]:
    """The figures at issue that the texts print, on each side: (role, document, figure)."""
    sides = [("draft", case.draft, case.figures), ("source" if case.source else "draft", case.source or case.draft,
             case.others)]  # fmt: skip
    return [(role, document, text) for role, document, texts in sides for text in texts if text in document.text]


def _figure_evidence(outcome: Outcome) -> list[str]:
    """What numcheck read on each side of the figures at issue."""
    lines = []
    for role, document, text in _figure_places(outcome.case):
        read = claims_at(outcome.claims, document, [text])
        reading = "; ".join(evidence_text(c) for c in read) or "no claim extracted"
        lines.append(f"    {role} '{text}': {reading}")
    return lines


def _case_header(outcome: Outcome) -> str:
    case = outcome.case
    note = f"  ({case.note})" if case.note else ""
    return f"  {case.name} [{case.style}, {case.label}, {case.mode}]{note}"


def _findings_lines(findings: Iterable[Finding], case: Case) -> list[str]:
    lines = []
    for finding in findings:
        lines.append(f"    {finding.severity.value} [{finding.rule}] {finding.message}")
        lines += [_cited(claim, case) for claim in finding.claims]
    return lines


def _miss_lines(outcome: Outcome) -> list[str]:
    case = outcome.case
    lines = [_case_header(outcome), *_quoted("draft", case.draft)]
    if case.source is not None:
        lines += _quoted("source", case.source)
    lines += _figure_evidence(outcome)
    if outcome.flags:
        lines.append("    flagged elsewhere:")
        lines += _findings_lines(outcome.flags, case)
    return lines


def _alarm_lines(outcome: Outcome, findings: Sequence[Finding]) -> list[str]:
    return [_case_header(outcome), *_findings_lines(findings, outcome.case)]


def render_text(outcomes: Sequence[Outcome]) -> str:
    lines: list[str] = []
    for set_name in ALL_SETS:
        chosen = [o for o in outcomes if o.case.set == set_name]
        if not chosen:
            continue
        groups = len({o.case.group for o in chosen})
        lines += [f"{set_name.upper()}: {len(chosen)} cases in {groups} files", *_headline(set_name, total(chosen))]
        for title, key in BREAKDOWNS[set_name]:
            lines += ["", *_table(title, tally_by(chosen, key))]
        lines.append("")
    lines.append("recall: flawed cases with a warning or error citing the figure at issue ('any': anywhere in the "
                 "draft); false alarms: sound cases with any warning or error on the draft.")  # fmt: skip
    misses = [o for o in outcomes if o.case.flawed and not o.caught]
    lines += ["", f"MISSES ({len(misses)}): flawed cases with no warning or error at the figure"]
    for outcome in misses:
        lines += _miss_lines(outcome)
    alarms = [o for o in outcomes if not o.case.flawed and o.flagged]
    lines += ["", f"FALSE ALARMS ({len(alarms)}): sound cases with a warning or error"]
    for outcome in alarms:
        lines += _alarm_lines(outcome, outcome.flags)
    strays = [o for o in outcomes if o.caught and o.stray]
    lines += ["", f"STRAY FINDINGS ({len(strays)}): caught flawed cases with another finding beside the right one"]
    for outcome in strays:
        lines += _alarm_lines(outcome, outcome.stray)
    return "\n".join(lines)


def _finding_json(finding: Finding, case: Case) -> dict[str, Any]:
    return {"rule": finding.rule, "severity": finding.severity.value, "message": finding.message,
            "claims": [{"document": _role(c, case), "line": c.line, **evidence(c), "sentence": c.sentence.strip()}
                       for c in finding.claims]}  # fmt: skip


def _case_json(outcome: Outcome) -> dict[str, Any]:
    case = outcome.case
    return {
        "case": case.name, "style": case.style, "label": case.label, "mode": case.mode, "note": case.note,
        "draft": case.draft.text, "source": case.source.text if case.source else None,
        "figures": [{"document": role, "text": text,
                     "read": [evidence(c) for c in claims_at(outcome.claims, d, [text])]}
                    for role, d, text in _figure_places(case)],
        "findings": [_finding_json(f, case) for f in outcome.flags],
    }  # fmt: skip


def render_json(outcomes: Sequence[Outcome]) -> str:
    payload: dict[str, Any] = {}
    for set_name in ALL_SETS:
        chosen = [o for o in outcomes if o.case.set == set_name]
        if set_name not in SETS and not chosen:
            continue  # a run without --set inference keeps its JSON as it was
        payload[set_name] = {
            "cases": len(chosen),
            "total": total(chosen).as_json(),
            **{
                title: {k: t.as_json() for k, t in tally_by(chosen, key).items()} for title, key in BREAKDOWNS[set_name]
            },
        }
    payload["misses"] = [_case_json(o) for o in outcomes if o.case.flawed and not o.caught]
    payload["false_alarms"] = [_case_json(o) for o in outcomes if not o.case.flawed and o.flagged]
    payload["stray_findings"] = [
        {**_case_json(o), "findings": [_finding_json(f, o.case) for f in o.stray]}
        for o in outcomes
        if o.caught and o.stray
    ]
    return json.dumps(payload, indent=2, ensure_ascii=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="folder of families/, summaries/ and inference/ (%(default)s)")  # fmt: skip
    parser.add_argument("--heldout", action="store_true", help=f"score the held-out cases in {HELDOUT}")
    default_sets = " and ".join(SETS)
    set_help = f"run one set only (without it: {default_sets}; {INFERENCE} only when named)"
    parser.add_argument("--set", choices=ALL_SETS, help=set_help)
    parser.add_argument("--only", help="run only the cases whose name contains this")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    args = parser.parse_args(argv)
    try:
        cases = load_cases(HELDOUT if args.heldout else args.root, (args.set,) if args.set else SETS, args.only)
    except (NumcheckError, OSError) as error:
        print(f"paraphrase: {error}", file=sys.stderr)
        return 2
    outcomes = [run_case(case) for case in cases]
    print(render_json(outcomes) if args.json else render_text(outcomes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
