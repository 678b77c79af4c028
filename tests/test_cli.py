"""The command line: exit codes, formats and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from numcheck.cli import main
from numcheck.errors import ExitCode

SEEDS = str(Path(__file__).resolve().parent.parent / "seeds")


def test_check_seeds_is_clean_at_error_level(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", SEEDS]) == ExitCode.CLEAN
    assert "[hedge-conflict]" in capsys.readouterr().out


def test_check_seeds_fails_at_warning_level() -> None:
    assert main(["check", SEEDS, "--fail-on", "warning"]) == ExitCode.FINDINGS


def test_a_check_keeps_what_it_read_out_of_the_collector_to_the_end(capsys: pytest.CaptureFixture[str]) -> None:
    """The report lives to the end of the program: the collector's full passes while rendering and
    at exit would only go through its claims again (cli._kept_to_the_end)."""
    import gc

    from numcheck.model import Claim

    assert gc.get_freeze_count() == 0
    assert main(["check", SEEDS, "--format", "json"]) == ExitCode.CLEAN
    assert gc.get_freeze_count() > 0
    assert not any(isinstance(thing, Claim) for thing in gc.get_objects())  # all frozen, none in a generation
    assert json.loads(capsys.readouterr().out)["findings"]


def test_fail_on_never_is_always_clean() -> None:
    assert main(["check", SEEDS, "--fail-on", "never"]) == ExitCode.CLEAN


def test_missing_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "does-not-exist.md"]) == ExitCode.USAGE
    assert "does-not-exist.md" in capsys.readouterr().err


def test_bad_arguments_are_a_usage_error() -> None:
    assert main(["check", SEEDS, "--format", "yaml"]) == ExitCode.USAGE


def test_undecodable_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"It cost \xff\xfe 5 pounds.")
    assert main(["check", str(bad)]) == ExitCode.USAGE
    assert "UTF-8" in capsys.readouterr().err


def test_unknown_rule_key_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rule = tmp_path / "my-rule.yaml"
    rule.write_text("kind: figure-mismatch\nseverty: error\n", encoding="utf-8")
    assert main(["check", SEEDS, "--rules", str(rule)]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert f"{rule}:2" in err and "severty" in err and "did you mean 'severity'" in err


def test_json_output_is_the_versioned_contract(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    assert main(["check", SEEDS, "--format", "json", "--output", str(out)]) == ExitCode.CLEAN
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert payload["schema_version"] == 2
    assert payload["summary"]["warning"] == 1
    finding = payload["findings"][0]
    assert finding["rule"] == "hedge-conflict"
    assert {c["text"] for c in finding["claims"]} == {"almost 10 times", "tenfold"}


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_extract_formats(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", SEEDS, "--format", fmt]) == ExitCode.CLEAN
    assert "90 miles" in capsys.readouterr().out


def test_extract_machine_formats_hold_the_same_claims(capsys: pytest.CaptureFixture[str]) -> None:
    import csv
    import io

    def extracted(fmt: str) -> str:
        assert main(["extract", SEEDS, "--format", fmt]) == ExitCode.CLEAN
        return capsys.readouterr().out

    records = json.loads(extracted("json"))
    lines = [json.loads(line) for line in extracted("jsonl").splitlines()]
    rows = list(csv.DictReader(io.StringIO(extracted("csv"))))
    assert len(records) >= 10
    assert records == lines
    assert [row["text"] for row in rows] == [record["text"] for record in records]
    assert [int(row["line"]) for row in rows] == [record["line"] for record in records]


def test_rules_show_and_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "list"]) == ExitCode.CLEAN
    assert main(["rules", "show", "hedge-conflict"]) == ExitCode.CLEAN
    assert main(["rules", "show", "hedge-conflic"]) == ExitCode.USAGE
    assert "did you mean 'hedge-conflict'" in capsys.readouterr().err
