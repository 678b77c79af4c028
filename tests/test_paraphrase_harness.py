"""The paraphrase benchmark's harness: loading families, summaries and inference pairs, and scoring a case.

Findings are built by hand from real claims, so these tests pin the harness, not numcheck's scores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from benchmark_modules import load_benchmark

import numcheck
from numcheck.errors import ConfigError
from numcheck.model import Claim, Finding, Severity

paraphrase = load_benchmark("paraphrase")

FAMILY = """\
kind: contradiction
fact: The depot employs 1,200 people; the draft says 2,100.
figure: "2,100"
other: "1,200"
variants:
  - style: active
    draft: The depot employs 2,100 people and runs 40 vans.
    source: The depot employs 1,200 people and runs 40 vans.
  - style: quote
    draft: '"We have 1,200 people here," the manager said. The depot''s 2,100 staff run 40 vans.'
"""
CLEAN_FAMILY = """\
kind: clean
fact: The walk is 8 km, or 5 miles.
variants:
  - style: parenthetical
    draft: The walk (5 miles) starts at the church.
    source: The 8 km walk starts at the church.
"""
PARAGRAPH = """\
genre: news
source: The library lent 48,000 books in 2023, up from 41,000 in 2022.
summaries:
  - text: The library lent 48,000 books last year.
    correct: verbatim
  - text: The library lent 84,000 books in 2023.
    edit: changed
    figure: "84,000"
    was: "48,000"
"""
PREMISE = """\
genre: inference
source: The ferry carries 240 cars, up from 160 before the refit.
summaries:
  - text: The ferry carries half as many cars again as before its refit.
    correct: arithmetic
  - text: The ferry carries 420 cars.
    edit: swapped
    figure: "420"
    was: "240"
"""


def _root(tmp_path: Path, families: dict[str, str], paragraphs: dict[str, str],
          premises: dict[str, str] | None = None) -> Path:  # fmt: skip
    for folder, files in (("families", families), ("summaries", paragraphs), ("inference", premises or {})):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (tmp_path / folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.fixture
def cases(tmp_path: Path) -> dict[str, Any]:
    root = _root(tmp_path, {"01-depot": FAMILY, "02-walk": CLEAN_FAMILY}, {"01-library": PARAGRAPH})
    return {case.name: case for case in paraphrase.load_cases(root)}


def _claim(case: Any, role: str, text: str) -> Claim:
    document = case.draft if role == "draft" else case.source
    for claim in numcheck.extract(document.text, path=document.path):
        if claim.text == text:
            return claim
    raise AssertionError(f"no claim {text!r} in the {role}")


def _finding(*claims: Claim, severity: Severity = Severity.ERROR) -> Finding:
    return Finding("figure-mismatch", severity, "hand-made", claims)


# Loading ---------------------------------------------------------------------------------------


def test_families_and_summaries_load_as_cases(cases: dict[str, Any]) -> None:
    assert sorted(cases) == ["families/01-depot#1", "families/01-depot#2", "families/02-walk#1",
                             "summaries/01-library#1", "summaries/01-library#2"]  # fmt: skip
    against, alone = cases["families/01-depot#1"], cases["families/01-depot#2"]
    assert (against.flawed, against.figures, against.others, against.style) == (True, ("2,100",), ("1,200",), "active")
    assert against.source is not None and alone.source is None
    assert not cases["families/02-walk#1"].flawed
    edited, correct = cases["summaries/01-library#2"], cases["summaries/01-library#1"]
    assert (edited.flawed, edited.label, edited.style, edited.figures) == (True, "changed", "news", ("84,000",))
    assert (correct.flawed, correct.label) == (False, "verbatim")


@pytest.mark.parametrize(
    ("folder", "text", "complaint"),
    [
        ("families", FAMILY.replace("style: active", "style: activ"), "did you mean 'active'"),
        ("families", FAMILY.replace('figure: "2,100"', 'figure: "2,200"'), "does not occur in the draft"),
        ("families", FAMILY.replace('figure: "2,100"\n', ""), "needs 'figure'"),
        ("families", FAMILY.replace("kind: contradiction", "kind: wrong"), "expected one of clean, contradiction"),
        ("families", FAMILY + "colour: red\n", "unknown key"),
        ("summaries", PARAGRAPH.replace("correct: verbatim", "correct: verbatim\n    edit: scaled"), "exactly one"),
        ("summaries", PARAGRAPH.replace('was: "48,000"', 'was: "49,000"'), "does not occur in the source"),
        ("summaries", PARAGRAPH.replace("genre: news", "genre: poetry"), "genre"),
    ],
)
def test_a_malformed_case_file_is_a_clear_error(tmp_path: Path, folder: str, text: str, complaint: str) -> None:
    root = _root(tmp_path, {"01-bad": text} if folder == "families" else {},
                 {"01-bad": text} if folder == "summaries" else {})  # fmt: skip
    with pytest.raises(ConfigError, match=complaint) as raised:
        paraphrase.load_cases(root)
    assert "01-bad.yaml" in str(raised.value)


def test_the_inference_set_loads_only_when_named(tmp_path: Path) -> None:
    root = _root(tmp_path, {}, {"01-library": PARAGRAPH}, {"01-ferry": PREMISE})
    assert {case.set for case in paraphrase.load_cases(root)} == {"summaries"}  # runs without --set are unchanged
    premises = {case.name: case for case in paraphrase.load_cases(root, ("inference",))}
    assert sorted(premises) == ["inference/01-ferry#1", "inference/01-ferry#2"]
    consistent, contradicting = premises["inference/01-ferry#1"], premises["inference/01-ferry#2"]
    assert (consistent.flawed, consistent.label, consistent.style) == (False, "arithmetic", "inference")
    assert (contradicting.flawed, contradicting.label, contradicting.figures) == (True, "swapped", ("420",))
    assert contradicting.source is not None and contradicting.source.path == "inference/01-ferry/source.txt"


@pytest.mark.parametrize(
    ("folder", "text"),
    [("inference", PREMISE.replace("genre: inference", "genre: news")),  # a premise is not a news paragraph
     ("summaries", PARAGRAPH.replace("genre: news", "genre: inference"))],  # nor a summary's source a premise
)  # fmt: skip
def test_the_inference_genre_belongs_to_the_inference_set_alone(tmp_path: Path, folder: str, text: str) -> None:
    root = _root(tmp_path, {}, {"01-bad": text} if folder == "summaries" else {},
                 {"01-bad": text} if folder == "inference" else {})  # fmt: skip
    with pytest.raises(ConfigError, match="genre") as raised:
        paraphrase.load_cases(root, (folder,))
    assert "01-bad.yaml" in str(raised.value)


def test_every_case_in_the_benchmark_loads_and_every_family_has_ten_phrasings() -> None:
    cases = paraphrase.load_cases(paraphrase.ROOT)
    by_family: dict[str, list[Any]] = {}
    for case in cases:
        if case.set == "families":
            by_family.setdefault(case.group, []).append(case)
    assert by_family, "no families found"
    for family, variants in by_family.items():
        assert len(variants) >= 10, f"{family} has {len(variants)} phrasings"
        assert len({v.style for v in variants}) >= 8, f"{family} uses too few styles"
        assert len({v.flawed for v in variants}) == 1, f"{family} mixes contradictions and clean cases"
    contradictions = sum(variants[0].flawed for variants in by_family.values())
    assert len(by_family) >= 30, "issue 11 asks for at least 30 families"
    assert 0.4 <= contradictions / len(by_family) <= 0.6, "roughly half the families are contradictions"
    within = [case for variants in by_family.values() for case in variants if case.source is None]
    assert sum(case.flawed for case in within) >= 100, "contradictions within one document are measured"
    assert sum(not case.flawed for case in within) >= 80, "and so are clean documents that state figures twice"


def test_the_summary_set_has_thirty_paragraphs_and_150_of_each_kind() -> None:
    summaries = paraphrase.load_cases(paraphrase.ROOT, ("summaries",))
    assert len({case.group for case in summaries}) >= 46
    assert sum(case.flawed for case in summaries) >= 150
    assert sum(not case.flawed for case in summaries) >= 150
    assert {case.style for case in summaries} == paraphrase.GENRES
    assert {case.label for case in summaries if case.flawed} == paraphrase.EDITS


def test_the_inference_set_has_sixty_premises_and_360_pairs_about_half_contradicting() -> None:
    pairs = paraphrase.load_cases(paraphrase.ROOT, ("inference",))
    by_premise: dict[str, list[Any]] = {}
    for case in pairs:
        by_premise.setdefault(case.group, []).append(case)
    assert len(by_premise) >= 60 and len(pairs) >= 360
    for premise, hypotheses in by_premise.items():
        assert len(hypotheses) >= 6, f"{premise} has {len(hypotheses)} hypotheses"
        assert {case.flawed for case in hypotheses} == {True, False}, f"{premise} needs both kinds"
    assert 0.4 <= sum(case.flawed for case in pairs) / len(pairs) <= 0.6
    assert {case.style for case in pairs} == {"inference"}
    assert {case.label for case in pairs if case.flawed} == paraphrase.EDITS
    assert {case.label for case in pairs if not case.flawed} == paraphrase.RESTATEMENTS
    others = paraphrase.load_cases(paraphrase.ROOT) + paraphrase.load_cases(paraphrase.HELDOUT)
    assert not {case.draft.text for case in pairs} & {case.draft.text for case in others}


def test_the_held_out_set_loads_apart_from_the_development_set() -> None:
    held_out = paraphrase.load_cases(paraphrase.HELDOUT)
    families: dict[str, list[Any]] = {}
    for case in held_out:
        if case.set == "families":
            families.setdefault(case.group, []).append(case)
    assert len(families) >= 20
    assert sum(variants[0].flawed for variants in families.values()) * 2 == len(families)
    for family, variants in families.items():
        assert len(variants) >= 8 and len({v.style for v in variants}) >= 8, family
        assert len({v.flawed for v in variants}) == 1, family
    summaries = [case for case in held_out if case.set == "summaries"]
    assert len({case.group for case in summaries}) >= 19
    assert sum(case.flawed for case in summaries) >= 90 and sum(not case.flawed for case in summaries) >= 90
    within = [case for case in held_out if case.set == "families" and case.source is None]
    assert sum(case.flawed for case in within) >= 30 and sum(not case.flawed for case in within) >= 30
    development = {case.draft.text for case in paraphrase.load_cases(paraphrase.ROOT)}
    assert not development & {case.draft.text for case in held_out}  # neither set holds the other's cases


# Scoring ---------------------------------------------------------------------------------------


def test_a_flag_at_the_figure_catches_a_contradiction(cases: dict[str, Any]) -> None:
    case = cases["families/01-depot#1"]
    wrong, right, vans = _claim(case, "draft", "2,100"), _claim(case, "source", "1,200"), _claim(case, "draft", "40")
    caught = paraphrase.score_case(case, [_finding(wrong, right)])
    assert caught.caught and caught.flagged and caught.stray == ()
    elsewhere = paraphrase.score_case(case, [_finding(vans, _claim(case, "source", "40"))])
    assert elsewhere.flagged and not elsewhere.caught and len(elsewhere.stray) == 1
    info = paraphrase.score_case(case, [_finding(wrong, right, severity=Severity.INFO)])
    assert not info.flagged  # info findings never warn in CI
    source_only = paraphrase.score_case(case, [_finding(right, right)])
    assert not source_only.flagged  # a finding that cites no draft claim says nothing about the draft


def test_within_one_document_either_figure_catches(cases: dict[str, Any]) -> None:
    case = cases["families/01-depot#2"]
    wrong, stated = _claim(case, "draft", "2,100"), _claim(case, "draft", "1,200")
    assert paraphrase.score_case(case, [_finding(stated, wrong)]).caught
    assert paraphrase.score_case(case, [_finding(stated)]).caught
    assert not paraphrase.score_case(case, [_finding(_claim(case, "draft", "40"))]).caught


def test_tallies_count_recall_and_false_alarms(cases: dict[str, Any]) -> None:
    depot, alone = cases["families/01-depot#1"], cases["families/01-depot#2"]
    walk = cases["families/02-walk#1"]
    outcomes = [
        paraphrase.score_case(depot, [_finding(_claim(depot, "draft", "2,100"), _claim(depot, "source", "1,200"))]),
        paraphrase.score_case(alone, [_finding(_claim(alone, "draft", "40"))]),  # flagged, not at the figure
        paraphrase.score_case(walk, [_finding(_claim(walk, "draft", "5 miles"), _claim(walk, "source", "8 km"))]),
    ]
    total = paraphrase.total(outcomes)
    assert (total.flawed, total.caught, total.flagged, total.sound, total.alarmed) == (2, 1, 2, 1, 1)
    assert (total.recall, total.recall_any, total.false_alarm_rate) == (0.5, 1.0, 1.0)
    by_style = paraphrase.tally_by(outcomes, lambda c: c.style)
    assert (by_style["quote"].flawed, by_style["quote"].caught) == (1, 0)
    assert (by_style["parenthetical"].sound, by_style["parenthetical"].alarmed) == (1, 1)
    text = paraphrase.render_text(outcomes)
    assert "MISSES (1)" in text and "FALSE ALARMS (1)" in text
    assert "families/02-walk#1" in text and "subject=" in text  # each side's evidence is shown


def test_the_command_prints_json_and_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _root(tmp_path, {"01-depot": FAMILY, "02-walk": CLEAN_FAMILY}, {"01-library": PARAGRAPH})
    assert paraphrase.main(["--root", str(root), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["families"]["total"]["flawed"] == 2 and payload["families"]["total"]["sound"] == 1
    assert payload["summaries"]["total"]["flawed"] == 1 and payload["summaries"]["total"]["sound"] == 1
    assert len(payload["misses"]) == sum(
        payload[s]["total"]["flawed"] - payload[s]["total"]["caught"] for s in ("families", "summaries")
    )


def test_set_inference_is_scored_as_summaries_and_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _root(tmp_path, {}, {"01-library": PARAGRAPH}, {"01-ferry": PREMISE})
    assert paraphrase.main(["--root", str(root), "--json"]) == 0
    assert "inference" not in json.loads(capsys.readouterr().out)  # the default run's JSON keeps its keys
    assert paraphrase.main(["--root", str(root), "--json", "--set", "inference"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["summaries"]["total"]["flawed"] == 0  # only the named set is run
    assert payload["inference"]["total"]["flawed"] == 1 and payload["inference"]["total"]["sound"] == 1
    assert set(payload["inference"]["edit or restatement"]) == {"arithmetic", "swapped"}
    assert paraphrase.main(["--root", str(root), "--set", "inference"]) == 0
    assert "INFERENCE: 2 cases in 1 files" in capsys.readouterr().out


def test_a_malformed_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _root(tmp_path, {"01-bad": "kind: clean\n"}, {})
    assert paraphrase.main(["--root", str(root)]) == 2
    assert "01-bad.yaml" in capsys.readouterr().err
