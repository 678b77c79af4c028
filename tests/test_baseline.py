"""Baselines: record findings, hide exactly those later, whatever lines move."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from numcheck.baseline import BASELINE_FILE, fingerprint, load_baseline
from numcheck.cli import main
from numcheck.documents import document_from_string
from numcheck.engine import check_documents
from numcheck.errors import ExitCode, NumcheckError

POLL = "In the poll, 48% were for, 39% against and 17% undecided."
NURSES = "The trust hired 12,000 nurses last year."
MORE_NURSES = "Officials later confirmed the trust hired 15,000 nurses last year."
PLANE = "The plane climbed to 3,000 feet (1,500 metres) before turning."


def paragraphs(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check_json(*argv: str) -> tuple[int, list[dict[str, object]]]:
    out = Path("report.json")
    code = main(["check", *argv, "--format", "json", "--output", str(out), "--fail-on", "info"])
    return code, json.loads(out.read_text("utf-8"))["findings"]


def test_baseline_hides_recorded_findings_after_lines_are_inserted(workdir: Path) -> None:
    draft = workdir / "draft.md"
    draft.write_text(paragraphs(NURSES, MORE_NURSES, POLL), "utf-8")
    assert main(["baseline", "draft.md"]) == ExitCode.CLEAN
    assert (workdir / BASELINE_FILE).exists()

    code, findings = check_json("draft.md")
    assert code == ExitCode.FINDINGS and len(findings) == 2
    assert check_json("draft.md", "--baseline", BASELINE_FILE) == (ExitCode.CLEAN, [])

    # Lines move: a heading and a paragraph above, a rewrap inside. Nothing new is reported.
    draft.write_text(paragraphs("# Nurses", "A new first paragraph.", NURSES, MORE_NURSES, POLL), "utf-8")
    assert check_json("draft.md", "--baseline", BASELINE_FILE) == (ExitCode.CLEAN, [])

    # A new problem is reported, and only it.
    draft.write_text(paragraphs("# Nurses", NURSES, MORE_NURSES, POLL, PLANE), "utf-8")
    code, findings = check_json("draft.md", "--baseline", BASELINE_FILE)
    assert code == ExitCode.FINDINGS
    assert [f["rule"] for f in findings] == ["conversion-mismatch"]


def test_one_recorded_occurrence_hides_one_occurrence(workdir: Path) -> None:
    draft = workdir / "draft.md"
    draft.write_text(paragraphs(POLL), "utf-8")
    assert main(["baseline", "draft.md"]) == ExitCode.CLEAN
    payload = json.loads((workdir / BASELINE_FILE).read_text("utf-8"))
    assert [e["count"] for e in payload["findings"]] == [1]

    draft.write_text(paragraphs(POLL, "Later:", POLL), "utf-8")
    code, findings = check_json("draft.md", "--baseline", BASELINE_FILE)
    assert code == ExitCode.FINDINGS
    assert [(f["rule"], f["line"]) for f in findings] == [("percent-total", 5)]

    # Recorded twice, both are hidden.
    assert main(["baseline", "draft.md"]) == ExitCode.CLEAN
    payload = json.loads((workdir / BASELINE_FILE).read_text("utf-8"))
    assert [e["count"] for e in payload["findings"]] == [2]
    assert check_json("draft.md", "--baseline", BASELINE_FILE) == (ExitCode.CLEAN, [])


def test_fingerprint_ignores_position_wrapping_case_and_which_claim_is_primary(tmp_path: Path) -> None:
    def fingerprints(text: str) -> list[str]:
        report = check_documents([document_from_string(text, "draft.md")])
        return [fingerprint(f, tmp_path) for f in report.findings]

    original = fingerprints(paragraphs(NURSES, MORE_NURSES))
    assert len(original) == 1
    assert fingerprints(paragraphs("Intro.", "More intro.", NURSES, MORE_NURSES)) == original
    # The paragraphs swap, so the finding now points at the other figure.
    assert fingerprints(paragraphs(MORE_NURSES, NURSES)) == original
    # Another figure is another finding.
    assert fingerprints(paragraphs(NURSES, MORE_NURSES.replace("15,000", "16,000"))) != original


def test_fingerprint_depends_on_the_file(tmp_path: Path) -> None:
    first = check_documents([document_from_string(POLL, "a.md")]).findings[0]
    second = check_documents([document_from_string(POLL, "b.md")]).findings[0]
    assert fingerprint(first, tmp_path) != fingerprint(second, tmp_path)


def test_baseline_file_format(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "docs").mkdir()
    (workdir / "docs" / "draft.md").write_text(paragraphs(PLANE, POLL), "utf-8")
    assert main(["baseline", "docs", "--output", "adoption/numcheck.json"]) == ExitCode.USAGE
    assert "adoption/numcheck.json: cannot write the baseline" in capsys.readouterr().err

    (workdir / "adoption").mkdir()
    assert main(["baseline", "docs", "--output", "adoption/numcheck.json"]) == ExitCode.CLEAN
    assert "recorded 2 findings in adoption/numcheck.json" in capsys.readouterr().err
    written = (workdir / "adoption" / "numcheck.json").read_text("utf-8")
    payload = json.loads(written)
    assert payload["schema_version"] == 1
    assert payload["tool"]["name"] == "numcheck"
    entries = payload["findings"]
    assert [e["rule"] for e in entries] == ["conversion-mismatch", "percent-total"]
    # Paths are relative to the baseline's folder; nothing records a line or column.
    assert {e["path"] for e in entries} == {"../docs/draft.md"}
    assert entries[0]["claims"] == ["1,500 metres", "3,000 feet"]
    assert set(entries[0]) == {"fingerprint", "rule", "path", "claims", "message", "count"}
    # No temporary file is left beside it.
    assert sorted(p.name for p in (workdir / "adoption").iterdir()) == ["numcheck.json"]
    # The same findings give the same bytes.
    assert main(["baseline", "docs", "--output", "adoption/numcheck.json"]) == ExitCode.CLEAN
    assert (workdir / "adoption" / "numcheck.json").read_text("utf-8") == written


def test_baseline_works_from_another_working_directory(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (workdir / "draft.md").write_text(paragraphs(POLL), "utf-8")
    assert main(["baseline", "draft.md"]) == ExitCode.CLEAN
    (workdir / "sub").mkdir()
    monkeypatch.chdir(workdir / "sub")
    assert check_json("../draft.md", "--baseline", f"../{BASELINE_FILE}") == (ExitCode.CLEAN, [])
    assert check_json(str(workdir / "draft.md"), "--baseline", str(workdir / BASELINE_FILE)) == (ExitCode.CLEAN, [])


def test_baseline_leaves_out_what_directives_hide(workdir: Path) -> None:
    (workdir / "draft.md").write_text(paragraphs("<!-- numcheck: disable=percent-total -->", POLL, PLANE), "utf-8")
    assert main(["baseline", "draft.md"]) == ExitCode.CLEAN
    assert load_baseline(BASELINE_FILE).total == 1


def test_baseline_takes_sources_and_rules(workdir: Path) -> None:
    (workdir / "draft.md").write_text("The union said 38 per cent of members voted.\n", "utf-8")
    (workdir / "source.md").write_text("The union said 83% of members voted.\n", "utf-8")
    assert main(["baseline", "draft.md", "--against", "source.md"]) == ExitCode.CLEAN
    assert [e.rule for e in load_baseline(BASELINE_FILE).entries] == ["figure-mismatch"]
    assert check_json("draft.md", "--against", "source.md", "--baseline", BASELINE_FILE) == (ExitCode.CLEAN, [])


def test_empty_baseline(workdir: Path) -> None:
    (workdir / "draft.md").write_text("Nothing here.\n", "utf-8")
    assert main(["baseline", "draft.md"]) == ExitCode.CLEAN
    assert load_baseline(BASELINE_FILE).entries == ()


BAD = {
    "not JSON": ('{"schema_version": 1,\n  "findings": [}', f"{BASELINE_FILE}:2: not valid JSON"),
    "not an object": ("[]", f"{BASELINE_FILE}: a baseline must be a JSON object"),
    "another version": (
        '{"schema_version": 2, "findings": []}',
        f"{BASELINE_FILE}: 'schema_version': schema_version 2 is not supported",
    ),
    "no version": ('{"findings": []}', f"{BASELINE_FILE}: 'schema_version': schema_version None is not supported"),
    "unknown key": ('{"schema_version": 1, "findings": [], "extra": 1}', f"{BASELINE_FILE}: 'extra': unknown key"),
    "findings not a list": ('{"schema_version": 1, "findings": {}}', f"{BASELINE_FILE}: 'findings': must be a list"),
    "entry missing a field": (
        '{"schema_version": 1, "findings": [{"fingerprint": "x", "rule": "r", "path": "p", "claims": [],'
        ' "message": "m"}]}',
        f"{BASELINE_FILE}: 'findings[0].count': missing or not a int",
    ),
    "count is a boolean": (
        '{"schema_version": 1, "findings": [{"fingerprint": "x", "rule": "r", "path": "p", "claims": [],'
        ' "message": "m", "count": true}]}',
        f"{BASELINE_FILE}: 'findings[0].count': missing or not a int",
    ),
    "count is zero": (
        '{"schema_version": 1, "findings": [{"fingerprint": "x", "rule": "r", "path": "p", "claims": [],'
        ' "message": "m", "count": 0}]}',
        f"{BASELINE_FILE}: 'findings[0].count': must be 1 or more",
    ),
    "unknown entry key": (
        '{"schema_version": 1, "findings": [{"line": 3}]}',
        f"{BASELINE_FILE}: 'findings[0].line': unknown key",
    ),
    "claims not strings": (
        '{"schema_version": 1, "findings": [{"fingerprint": "x", "rule": "r", "path": "p", "claims": [1],'
        ' "message": "m", "count": 1}]}',
        f"{BASELINE_FILE}: 'findings[0].claims': must be a list of strings",
    ),
}


@pytest.mark.parametrize("content, message", BAD.values(), ids=BAD.keys())
def test_malformed_baseline_is_a_usage_error(
    workdir: Path, content: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "draft.md").write_text(POLL + "\n", "utf-8")
    (workdir / BASELINE_FILE).write_text(content, "utf-8")
    assert main(["check", "draft.md", "--baseline", BASELINE_FILE]) == ExitCode.USAGE
    assert f"numcheck: {message}" in capsys.readouterr().err


def test_missing_baseline_is_a_usage_error(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "draft.md").write_text(POLL + "\n", "utf-8")
    assert main(["check", "draft.md", "--baseline", "nope.json"]) == ExitCode.USAGE
    assert "nope.json: no such baseline file" in capsys.readouterr().err
    assert main(["check", "draft.md", "--baseline", "."]) == ExitCode.USAGE
    assert "is a directory" in capsys.readouterr().err


def test_load_baseline_sums_repeated_fingerprints(tmp_path: Path) -> None:
    entry = '{"fingerprint": "x", "rule": "r", "path": "p", "claims": [], "message": "m", "count": 2}'
    path = tmp_path / "b.json"
    path.write_text(f'{{"schema_version": 1, "findings": [{entry}, {entry}]}}', "utf-8")
    assert load_baseline(path).counts == {"x": 4}


def test_load_baseline_error_type(tmp_path: Path) -> None:
    with pytest.raises(NumcheckError):
        load_baseline(tmp_path / "missing.json")


def test_baseline_follows_the_config_file(workdir: Path) -> None:
    """Rules the config switches off are not recorded; rules it adds may be named in directives."""
    rules = workdir / "house-rules"
    rules.mkdir()
    shutil.copy(Path(__file__).resolve().parent.parent / "rules" / "percent-total.yaml", rules / "house-shares.yaml")
    (workdir / ".numcheck.yaml").write_text(
        "rule_folders: [house-rules]\nrules:\n  percent-total: false\n  conversion-mismatch: false\n", "utf-8"
    )
    (workdir / "draft.md").write_text(
        paragraphs("<!-- numcheck: disable-next-line=house-shares -->\n" + POLL, POLL, PLANE), "utf-8"
    )
    assert main(["baseline", "draft.md"]) == ExitCode.CLEAN
    entries = load_baseline(BASELINE_FILE).entries
    assert [(e.rule, e.count) for e in entries] == [("house-shares", 1)]
    assert check_json("draft.md", "--baseline", BASELINE_FILE) == (ExitCode.CLEAN, [])
