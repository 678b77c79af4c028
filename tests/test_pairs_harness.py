"""The pairs benchmark's harness: loading pair folders, matching findings to expectations, and scoring.

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

pairs = load_benchmark("pairs")
BUCKETS = {"figure-mismatch": "main", "change-arithmetic": "main", "unit-mixing": "info"}

PLANTED_DRAFT = "The trust hired 15,000 nurses last year.\nStaff numbers rose 8% from 500 to 600 in a decade.\n"
PLANTED_SOURCE = "The trust hired 12,000 nurses last year.\n"
PLANTED_EXPECTED = """\
beat: health
notes: two planted slips
expected:
  - rule: figure-mismatch
    primary: "15,000 nurses"
    other: {source: "12,000"}
  - rule: change-arithmetic
    primary: "8%"
    other: {draft: "600"}
  - rule: figure-mismatch
    primary: "15,000"
    other: {draft: "600"}
    optional: true
"""


def _write_pair(root: Path, name: str, draft: str, source: str, expected: str) -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "draft.txt").write_text(draft, encoding="utf-8")
    (folder / "source.txt").write_text(source, encoding="utf-8")
    (folder / "expected.yaml").write_text(expected, encoding="utf-8")
    return folder


@pytest.fixture
def planted(tmp_path: Path) -> Any:
    return pairs.load_pair(
        _write_pair(tmp_path, "001-planted", PLANTED_DRAFT, PLANTED_SOURCE, PLANTED_EXPECTED), BUCKETS
    )


@pytest.fixture
def clean(tmp_path: Path) -> Any:
    folder = _write_pair(
        tmp_path, "002-clean", "The walk covers 5 miles.\n", "The walk covers 8 km.\n", "expected: []\n"
    )
    return pairs.load_pair(folder, BUCKETS)


def _claim(pair: Any, role: str, text: str) -> Claim:
    document = pair.document(role)
    for claim in numcheck.extract(document.text, path=document.path):
        if claim.text == text:
            return claim
    raise AssertionError(f"no claim {text!r} in the {role}")


def _finding(rule: str, *claims: Claim, severity: Severity = Severity.ERROR) -> Finding:
    return Finding(rule, severity, "hand-made", claims)


# Loading ---------------------------------------------------------------------------------------


def test_a_pair_folder_loads_with_its_expectations(planted: Any) -> None:
    first, second, third = planted.expectations
    assert (first.rule, first.primary, first.others) == ("figure-mismatch", ("15,000 nurses",), (("source", "12,000"),))
    assert (second.rule, second.others, second.optional) == ("change-arithmetic", (("draft", "600"),), False)
    assert third.optional


@pytest.mark.parametrize(
    ("expected", "complaint"),
    [
        ("expected:\n  - rule: figure-mismatch\n    primary: '15,000'\n    colour: red\n", "unknown key"),
        ("expected:\n  - rule: figure-mismatch\n    primary: '16,000'\n", "does not occur in the draft"),
        ("expected:\n  - rule: figure-mismatch\n    primary: '15,000'\n    other: {source: '13,000'}\n", "source"),
        ("expected:\n  - rule: figure-mismatchh\n    primary: '15,000'\n", "did you mean 'figure-mismatch'"),
        ("expected:\n  - rule: figure-mismatch\n", "needs 'primary'"),
        ("expected:\n  - rule: figure-mismatch\n    primary: '15,000'\n    optional: maybe\n", "true or false"),
    ],
)
def test_a_malformed_expected_file_is_a_clear_error(tmp_path: Path, expected: str, complaint: str) -> None:
    folder = _write_pair(tmp_path, "bad", PLANTED_DRAFT, PLANTED_SOURCE, expected)
    with pytest.raises(ConfigError, match=complaint):
        pairs.load_pair(folder, BUCKETS)


def test_a_folder_without_a_draft_is_an_error(tmp_path: Path) -> None:
    folder = _write_pair(tmp_path, "bad", "x\n", "y\n", "expected: []\n")
    (folder / "draft.txt").unlink()
    with pytest.raises(pairs.PairError, match="draft"):
        pairs.load_pair(folder, BUCKETS)


# Matching --------------------------------------------------------------------------------------


def test_the_rule_and_both_cited_figures_must_match(planted: Any) -> None:
    expectation = planted.expectations[0]
    draft_figure, source_figure = _claim(planted, "draft", "15,000"), _claim(planted, "source", "12,000")
    assert pairs.finding_matches(_finding("figure-mismatch", draft_figure, source_figure), expectation, planted)
    assert not pairs.finding_matches(_finding("hedge-conflict", draft_figure, source_figure), expectation, planted)
    assert pairs.finding_matches(
        _finding("hedge-conflict", draft_figure, source_figure), expectation, planted, any_rule=True
    )
    other_figure = _claim(planted, "draft", "600")
    assert not pairs.finding_matches(_finding("figure-mismatch", draft_figure, other_figure), expectation, planted)
    assert not pairs.finding_matches(_finding("figure-mismatch", other_figure, source_figure), expectation, planted)


def test_within_one_document_either_figure_may_be_the_primary(planted: Any) -> None:
    optional = planted.expectations[2]  # 15,000 vs 600, both in the draft
    nurses, staff = _claim(planted, "draft", "15,000"), _claim(planted, "draft", "600")
    assert pairs.finding_matches(_finding("figure-mismatch", nurses, staff), optional, planted)
    assert pairs.finding_matches(_finding("figure-mismatch", staff, nurses), optional, planted)
    # across documents the primary is always the draft's figure
    across = planted.expectations[0]
    source = _claim(planted, "source", "12,000")
    assert not pairs.finding_matches(_finding("figure-mismatch", source, nurses), across, planted)


def test_a_finding_that_cites_one_claim_matches_through_its_sentence(planted: Any) -> None:
    expectation = planted.expectations[1]  # '8%' vs '600' in the same sentence
    change = _claim(planted, "draft", "8%")
    assert pairs.finding_matches(_finding("change-arithmetic", change), expectation, planted)
    nurses = _claim(planted, "draft", "15,000")
    assert not pairs.finding_matches(_finding("change-arithmetic", nurses), expectation, planted)


# Scoring ---------------------------------------------------------------------------------------


def test_precision_counts_findings_and_recall_counts_expectations(planted: Any) -> None:
    nurses, source = _claim(planted, "draft", "15,000"), _claim(planted, "source", "12,000")
    staff = _claim(planted, "draft", "600")
    findings = [
        _finding("figure-mismatch", nurses, source),  # the planted slip
        _finding("figure-mismatch", nurses, source),  # the same slip again: still correct
        _finding("figure-mismatch", staff, nurses),  # optional: correct, never missed
        _finding("figure-mismatch", staff, source),  # a false alarm
    ]
    result = pairs.score_pair(planted, findings, BUCKETS)
    figure = result.tallies()["figure-mismatch"]
    assert (figure.correct, figure.false, figure.found, figure.missed) == (3, 1, 1, 0)
    assert figure.precision == 0.75 and figure.recall == 1.0
    change = result.tallies()["change-arithmetic"]
    assert (change.correct, change.false, change.found, change.missed) == (0, 0, 0, 1)
    assert change.precision is None and change.recall == 0.0
    assert [e.rule for e in result.false_negatives] == ["change-arithmetic"]
    assert result.false_positives == [findings[3]]


def test_source_only_and_info_findings_are_kept_apart(planted: Any, clean: Any) -> None:
    source_claim = _claim(planted, "source", "12,000")
    planted_result = pairs.score_pair(planted, [_finding("figure-mismatch", source_claim, source_claim)], BUCKETS)
    assert planted_result.findings == () and len(planted_result.source_only) == 1

    miles, km = _claim(clean, "draft", "5 miles"), _claim(clean, "source", "8 km")
    info = _finding("unit-mixing", miles, km, severity=Severity.INFO)
    error = _finding("figure-mismatch", miles, km)
    clean_result = pairs.score_pair(clean, [info, error], BUCKETS)
    summary = pairs.summarise([planted_result, clean_result], BUCKETS)
    assert (summary.info.false, summary.main.false) == (1, 1)
    assert summary.clean_pairs_alarmed == ("002-clean",)  # the error alarms CI; the info alone would not
    assert (summary.contradictory_pairs, summary.contradictory_pairs_caught) == (1, ())
    assert summary.main.missed == 2


def test_the_command_prints_json_and_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_pair(tmp_path, "001-planted", PLANTED_DRAFT, PLANTED_SOURCE, PLANTED_EXPECTED)
    _write_pair(tmp_path, "002-clean", "The walk covers 5 miles.\n", "The walk covers 8 km.\n", "expected: []\n")
    assert pairs.main(["--pairs", str(tmp_path), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["pairs"] == 2 and payload["clean_pairs"] == 1 and payload["contradictory_pairs"] == 1
    main = payload["main"]
    assert main["expected"] == 2 == main["found"] + main["missed"]
    assert main["findings"] == main["correct"] + main["false"]
    assert {"figure-mismatch", "unit-mixing"} <= set(payload["rules"])


def test_a_malformed_pair_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_pair(tmp_path, "bad", PLANTED_DRAFT, PLANTED_SOURCE, "expected: {rule: x}\n")
    assert pairs.main(["--pairs", str(tmp_path)]) == 2
    assert "expected.yaml" in capsys.readouterr().err
