"""The command line's rough edges, each as a new user meets it (issue 15, section 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from numcheck.cli import main
from numcheck.errors import ExitCode

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TENFOLD = (SEEDS / "nato-troops-tenfold.txt").read_text("utf-8")
ALMOST = (SEEDS / "nato-troops-almost-ten-times.txt").read_text("utf-8")
PLANE = "The plane climbed to 3,000 feet (1,500 metres) before turning.\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()  # the config search stops here
    (tmp_path / "draft.txt").write_text(ALMOST, "utf-8")
    (tmp_path / "source.txt").write_text(TENFOLD, "utf-8")
    monkeypatch.chdir(tmp_path)
    for variable in ("NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS"):
        monkeypatch.delenv(variable, raising=False)
    return tmp_path


def check_json(*argv: str) -> tuple[int, dict[str, object]]:
    code = main(["check", *argv, "--format", "json", "--output", "out.json", "--no-cache"])
    return code, json.loads(Path("out.json").read_text("utf-8")) if code != ExitCode.USAGE else {}


# --against and --rules: one value per flag ------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["--against", "source.txt", "draft.txt"],  # was: "the following arguments are required: PATH"
        ["draft.txt", "--against", "source.txt"],
        ["--against=source.txt", "draft.txt"],
        ["--against", "source.txt", "--against", "source.txt", "draft.txt"],
    ],
)
def test_against_takes_one_value_and_leaves_the_documents_after_it(folder: Path, argv: list[str]) -> None:
    code, payload = check_json(*argv, "--fail-on", "never")
    assert code == ExitCode.CLEAN
    findings = payload["findings"]
    assert isinstance(findings, list) and [f["path"] for f in findings] == ["draft.txt"]


def test_against_can_be_given_many_times(folder: Path) -> None:
    (folder / "other.txt").write_text("The plane climbed to 3,000 feet before turning.\n", "utf-8")
    (folder / "draft.txt").write_text(ALMOST + "\nThe plane climbed to 1,500 feet before turning.\n", "utf-8")
    _, payload = check_json("--against", "source.txt", "--against", "other.txt", "draft.txt", "--fail-on", "never")
    findings = payload["findings"]
    assert isinstance(findings, list)
    cited = {c["path"] for f in findings for c in f["claims"]}
    assert cited == {"draft.txt", "source.txt", "other.txt"}


def test_rules_takes_one_value_per_flag(folder: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    own = (SEEDS.parent / "rules" / "conversion-mismatch.yaml").read_text("utf-8")
    (rules / "own-conversion.yaml").write_text(own, "utf-8")
    (folder / "plane.txt").write_text(PLANE, "utf-8")
    _, payload = check_json("--rules", str(rules), "plane.txt", "--fail-on", "never")
    findings = payload["findings"]
    assert isinstance(findings, list)
    assert sorted(f["rule"] for f in findings) == ["conversion-mismatch", "own-conversion"]


@pytest.mark.parametrize("command", ["check", "report", "baseline", "config", "lsp"])
def test_help_says_against_and_rules_repeat(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == ExitCode.CLEAN
    out = " ".join(capsys.readouterr().out.split())
    assert "--against SOURCE a reference source, file or folder; repeat for more" in out
    assert "--rules PATH an extra rule file or folder; repeat for more" in out


@pytest.mark.parametrize("command", ["check", "report"])
def test_help_documents_exit_codes_and_standard_input(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == ExitCode.CLEAN
    out = capsys.readouterr().out
    assert "- reads standard input" in " ".join(out.split())
    assert "exit codes:" in out
    for code in ("0", "1", "2", "3"):
        assert f"\n  {code}  " in out


# Plurals: one helper everywhere ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "noun", "said"),
    [(0, "error", "0 errors"), (1, "warning", "1 warning"), (2, "warning", "2 warnings"), (1, "info", "1 info"),
     (3, "info", "3 info"), (1, "finding", "1 finding"), (12000, "claim", "12,000 claims")],
)  # fmt: skip
def test_counted(number: int, noun: str, said: str) -> None:
    from numcheck.reporters import counted

    assert counted(number, noun) == said


def test_summaries_count_in_the_singular_and_plural(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "draft.txt", "--against", "source.txt", "--no-cache"]) == ExitCode.CLEAN
    summary = capsys.readouterr().out.splitlines()[-1]
    assert summary.startswith("2 documents, ") and summary.endswith(": 0 errors, 1 warning, 0 info")
    assert main(["check", "draft.txt", "--against", "source.txt", "--format", "markdown", "--no-cache"]) == 0
    assert "### numcheck: 1 warning\n" in capsys.readouterr().out
    assert main(["baseline", "draft.txt", "--against", "source.txt", "--no-cache"]) == ExitCode.CLEAN
    assert "numcheck: recorded 1 finding in .numcheck-baseline.json" in capsys.readouterr().err
    assert main(["report", "draft.txt", "--against", "source.txt", "--html", "page.html", "--no-cache"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith(": 0 errors, 1 warning, 0 info")
    page = " ".join((folder / "page.html").read_text("utf-8").split())
    assert ">0 errors</span>" in page and ">1 warning</span>" in page and ">0 info</span>" in page
    assert "0 error<" not in page


# Hidden findings are counted, and by what ------------------------------------------------------


def test_the_summary_counts_what_directives_the_baseline_and_diff_hid(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "plane.txt").write_text(f"<!-- numcheck: disable-next-line=conversion-mismatch -->\n{PLANE}", "utf-8")
    assert main(["check", "plane.txt", "--no-cache"]) == ExitCode.CLEAN
    assert capsys.readouterr().out.splitlines()[-1] == (
        "1 document, 2 claims: 0 errors, 0 warnings, 0 info; 1 finding hidden (1 by directives)"
    )
    assert main(["baseline", "draft.txt", "--against", "source.txt", "--no-cache"]) == ExitCode.CLEAN
    argv = ["draft.txt", "plane.txt", "--against", "source.txt", "--baseline", ".numcheck-baseline.json"]
    assert main(["check", *argv, "--no-cache"]) == ExitCode.CLEAN
    assert (
        capsys.readouterr()
        .out.splitlines()[-1]
        .endswith(": 0 errors, 0 warnings, 0 info; 2 findings hidden (1 by directives, 1 by the baseline)")
    )
    _, payload = check_json(*argv)
    assert payload["summary"] == {"documents": 3, "claims": 14, "error": 0, "warning": 0, "info": 0,
                                  "hidden": {"directives": 1, "baseline": 1}}  # fmt: skip
    assert main(["report", *argv, "--no-cache"]) == ExitCode.CLEAN
    assert capsys.readouterr().out.splitlines()[-1].endswith("; 2 findings hidden (1 by directives, 1 by the baseline)")


def test_nothing_hidden_says_nothing(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "draft.txt", "--no-cache"]) == ExitCode.CLEAN
    assert "hidden" not in capsys.readouterr().out


# report: the options check has ------------------------------------------------------------------


def test_report_writes_json_to_a_file_with_the_baseline(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["report", "draft.txt", "--against", "source.txt", "--no-cache", "--jobs", "1"]
    assert main([*argv, "--format", "json", "--output", "report.json", "--fail-on", "warning"]) == ExitCode.FINDINGS
    assert capsys.readouterr().out == ""
    payload = json.loads((folder / "report.json").read_text("utf-8"))
    assert payload["schema_version"] == 1 and payload["summary"]["warning"] == 1
    troop = next(s for s in payload["subjects"] if s["subject"] == "troop" and s["quantity"] == "change")
    almost = next(c for c in troop["claims"] if c["text"] == "almost 10 times")
    assert almost["interval"] == {"low": 9.0, "high": 10.0, "low_inclusive": True, "high_inclusive": False}
    assert almost["agreement"] == "hedge-conflict" and almost["rules"] == ["hedge-conflict"] and not almost["source"]
    assert [f["rule"] for f in payload["findings"]] == ["hedge-conflict"]

    assert main(["baseline", "draft.txt", "--against", "source.txt", "--no-cache"]) == ExitCode.CLEAN
    baselined = [*argv, "--baseline", ".numcheck-baseline.json", "--fail-on", "warning", "--output", "report.txt"]
    assert main(baselined) == ExitCode.CLEAN
    text = (folder / "report.txt").read_text("utf-8")
    assert "hedge-conflict" not in text and "1 finding hidden (1 by the baseline)" in text
    assert "\x1b[" not in text


# rules list and rules show ----------------------------------------------------------------------


def test_rules_list_has_a_header_and_says_what_each_rule_flags(capsys: pytest.CaptureFixture[str]) -> None:
    from numcheck.engine import builtin_rules

    assert main(["rules", "list"]) == ExitCode.CLEAN
    header, *rows = capsys.readouterr().out.splitlines()
    assert header.split() == ["rule", "severity", "what", "it", "flags"]
    rules = list(builtin_rules())
    assert len(rows) == len(rules)
    for row, rule in zip(rows, rules, strict=True):
        assert row.split()[:2] == [rule.id, rule.severity.value]
        assert row.count(rule.id) == 1 and row.endswith(rule.short_description)


def test_rules_list_shows_the_kind_of_a_rule_named_otherwise(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own = (SEEDS.parent / "rules" / "conversion-mismatch.yaml").read_text("utf-8")
    (tmp_path / "house-conversions.yaml").write_text(own.replace("severity: error", "severity: info"), "utf-8")
    assert main(["rules", "list", "--rules", str(tmp_path)]) == ExitCode.CLEAN
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:3] == ["rule", "severity", "kind"]
    assert next(line for line in out if line.startswith("house-conversions")).split()[:3] == [
        "house-conversions", "info", "conversion-mismatch"
    ]  # fmt: skip


def test_rules_show_prints_the_rule_as_a_rule_file(capsys: pytest.CaptureFixture[str]) -> None:
    """YAML values (true, [a, b]), never Python reprs (True, ('a', 'b')), and examples grouped as in
    the rule file: the output reads back as the same rule."""
    import yaml

    from numcheck.engine import builtin_rules
    from numcheck.kinds import kind_specs
    from numcheck.rules import parse_rule

    for rule in builtin_rules():
        assert main(["rules", "show", rule.id]) == ExitCode.CLEAN
        out = capsys.readouterr().out
        assert "True" not in out and "False" not in out and "('" not in out
        assert isinstance(yaml.safe_load(out), dict)
        again = parse_rule(out, rule.path, kind_specs(), rule_id=rule.id)
        assert (again.kind, again.severity, again.message, again.summary, dict(again.params)) == (
            rule.kind, rule.severity, rule.message, rule.summary, dict(rule.params)
        )  # fmt: skip
        assert " ".join(again.description.split()) == " ".join(rule.description.split())
        assert (again.fail_examples, again.pass_examples) == (rule.fail_examples, rule.pass_examples)
    assert main(["rules", "show", "figure-mismatch"]) == ExitCode.CLEAN
    out = capsys.readouterr().out
    assert "  use_rounding: true\n" in out
    assert "    - draft: The stadium holds 50,000 fans.\n      source: The stadium holds 55,000 fans.\n" in out
    assert main(["rules", "show", "percent-total"]) == ExitCode.CLEAN
    assert "  exhaustive_markers: [the rest, the remainder, the remaining]\n" in capsys.readouterr().out
