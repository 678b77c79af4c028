"""The command line's rough edges, each as a new user meets it (issue 15, section 2)."""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from numcheck.cli import main
from numcheck.errors import ExitCode
from numcheck.reporters import SCHEMA_VERSION

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
    assert payload["summary"] == {"documents": 3, "claims": 20, "error": 0, "warning": 0, "info": 0,
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
    assert payload["schema_version"] == SCHEMA_VERSION and payload["summary"]["warning"] == 1
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


# Quoted sentences on one line ---------------------------------------------------------------------

WRAPPED = "The plane climbed\n  to 3,000 feet (1,500\nmetres) before\tturning.\n"


@pytest.mark.parametrize("fmt", ["text", "junit", "github", "sarif"])
def test_a_hard_wrapped_sentence_is_quoted_on_one_line(
    folder: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "plane.md").write_text(WRAPPED, "utf-8")
    assert main(["check", "plane.md", "--format", fmt, "--fail-on", "never", "--no-cache"]) == ExitCode.CLEAN
    out = capsys.readouterr().out
    if fmt == "sarif":
        (result,) = json.loads(out)["runs"][0]["results"]
        out = "\n".join([result["message"]["text"], *(r["message"]["text"] for r in result["relatedLocations"])])
    if fmt == "github":
        out = out.replace("%0A", "\n")
    if fmt == "junit":
        out = "\n".join(failure.text or "" for failure in ElementTree.fromstring(out).iter("failure"))
    assert "\\n" not in out and "\\t" not in out  # never a literal backslash-n
    assert "'1,500 metres' is not the conversion of '3,000 feet'" in out
    if fmt != "github":  # annotations cite the figures only
        assert "'3,000 feet' in \"The plane climbed to 3,000 feet (1,500 metres) before turning.\"" in out


# One notation for numbers and intervals -----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "grouped", "text"),
    [(1e8, True, "100,000,000"), (2021, False, "2021"), (2021, True, "2,021"), (40000, True, "40,000"),
     (0.5, True, "0.5"), (144840.96, True, "144,841"), (1.5e-3, True, "0.0015"), (3e-7, True, "3e-07"),
     (2.5e20, True, "2.5e+20"), (-0.0, True, "0"), (-1250.5, True, "-1,250.5")],
)  # fmt: skip
def test_number_text(value: float, grouped: bool, text: str) -> None:
    from numcheck.notation import number_text

    assert number_text(value, grouped=grouped) == text


def test_extract_and_report_write_numbers_and_intervals_alike(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "story.txt").write_text(
        "The ministry spent £100 million on equipment in 2021.\nThe missile flies up to 90 km.\n", "utf-8"
    )
    assert main(["extract", "story.txt", "--no-cache"]) == ExitCode.CLEAN
    table = capsys.readouterr().out
    assert "100,000,000" in table and "1e+08" not in table
    row_2021 = next(line for line in table.splitlines() if " 2021 " in line)
    assert "2,021" not in row_2021
    assert "(−∞, 90]" in table and "-∞" not in table
    assert main(["report", "story.txt", "--no-cache"]) == ExitCode.CLEAN
    report = capsys.readouterr().out
    assert "100,000,000 GBP" in report and "(−∞, 90] km" in report


# No documents: a warning, or with --strict an error -------------------------------------------------


def test_an_empty_folder_warns_and_strict_makes_it_an_error(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "empty").mkdir()
    (folder / "images").mkdir()
    (folder / "images" / "chart.png").write_bytes(b"\x89PNG")
    assert main(["check", "empty", "--no-cache"]) == ExitCode.CLEAN
    err = capsys.readouterr().err
    assert "numcheck: warning: empty: no file in this folder is a document (" in err
    assert "numcheck: warning: no documents to check" in err
    assert main(["check", "empty", "--strict", "--no-cache"]) == ExitCode.USAGE
    assert "numcheck: empty: no file in this folder is a document" in capsys.readouterr().err
    # one empty folder beside a document: the document is checked, the folder still named
    assert main(["check", "images", "draft.txt", "--strict", "--no-cache"]) == ExitCode.USAGE
    assert main(["check", "images", "draft.txt", "--no-cache"]) == ExitCode.CLEAN
    out, err = capsys.readouterr()
    assert "numcheck: warning: images: no file in this folder is a document" in err
    assert "no documents to check" not in err and out.splitlines()[-1].startswith("1 document, ")
    for command in ("report", "baseline"):
        assert main([command, "empty", "--strict", "--no-cache"]) == ExitCode.USAGE, command


def test_strict_from_the_config_file_and_include_patterns_that_match_nothing(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "docs").mkdir()
    (folder / "docs" / "a.txt").write_text(PLANE, "utf-8")
    (folder / ".numcheck.yaml").write_text("include: ['*.md']\n", "utf-8")
    assert main(["check", "docs", "--no-cache"]) == ExitCode.CLEAN
    assert "docs: no file in this folder matches include/exclude" in capsys.readouterr().err
    (folder / ".numcheck.yaml").write_text("include: ['*.md']\nstrict: true\n", "utf-8")
    assert main(["check", "docs", "--no-cache"]) == ExitCode.USAGE
    (folder / ".numcheck.yaml").write_text("strict: 'on'\n", "utf-8")
    assert main(["check", "docs", "--no-cache"]) == ExitCode.USAGE
    assert ".numcheck.yaml:1: 'strict': expected true or false" in capsys.readouterr().err


# Folder walks respect .gitignore and .ignore --------------------------------------------------------


def _tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, "utf-8")


def _walked(folder: str) -> list[str]:
    from numcheck.documents import expand_paths

    return sorted(Path(path).as_posix() for path in expand_paths([folder]))


@pytest.mark.parametrize(
    ("ignores", "walked"),
    [
        ({}, ["build/out.md", "docs/a.md", "docs/draft-1.md", "docs/draft-keep.md", "notes.txt", "site/page.md"]),
        ({".gitignore": "build/\n"}, ["docs/a.md", "docs/draft-1.md", "docs/draft-keep.md", "notes.txt",
                                      "site/page.md"]),
        ({".gitignore": "*.md\n!docs/a.md\n"}, ["docs/a.md", "notes.txt"]),
        ({".gitignore": "docs/\n!docs/a.md\n"}, ["build/out.md", "notes.txt", "site/page.md"]),  # the folder is out
        ({".gitignore": "docs/*\n!docs/a.md\n"}, ["build/out.md", "docs/a.md", "notes.txt", "site/page.md"]),
        ({"docs/.gitignore": "draft-*.md\n!draft-keep.md\n"}, ["build/out.md", "docs/a.md", "docs/draft-keep.md",
                                                               "notes.txt", "site/page.md"]),
        ({".ignore": "/site\n", "docs/.ignore": "a.md\n"}, ["build/out.md", "docs/draft-1.md", "docs/draft-keep.md",
                                                             "notes.txt"]),
        ({".gitignore": "/out.md\n"}, ["build/out.md", "docs/a.md", "docs/draft-1.md", "docs/draft-keep.md",
                                       "notes.txt", "site/page.md"]),  # anchored to the root: build/out.md stays
        ({".gitignore": "out.md\n", "build/.gitignore": "!out.md\n"}, ["build/out.md", "docs/a.md", "docs/draft-1.md",
                                                                      "docs/draft-keep.md", "notes.txt",
                                                                      "site/page.md"]),  # the deeper file wins
    ],
)  # fmt: skip
def test_a_folder_walk_leaves_out_what_ignore_files_ignore(
    folder: Path, ignores: dict[str, str], walked: list[str]
) -> None:
    (folder / "draft.txt").unlink()
    (folder / "source.txt").unlink()
    _tree(folder, {name: PLANE for name in ["build/out.md", "docs/a.md", "docs/draft-1.md", "docs/draft-keep.md",
                                            "notes.txt", "site/page.md"]})  # fmt: skip
    _tree(folder, ignores)
    assert _walked(".") == walked
    if shutil.which("git") and not any(name.endswith(".ignore") for name in ignores):  # git itself agrees
        subprocess.run(["git", "init", "-q"], cwd=folder, check=True, capture_output=True)
        listed = subprocess.run(["git", "ls-files", "--others", "--exclude-standard"], cwd=folder, check=True,
                                capture_output=True, text=True).stdout.split()  # fmt: skip
        assert sorted(name for name in listed if name.endswith((".md", ".txt"))) == walked


def test_ignore_files_above_the_walked_folder_count_up_to_the_repository_root(folder: Path) -> None:
    _tree(folder, {"docs/build/x.md": PLANE, "docs/a.md": PLANE, ".gitignore": "docs/build/\n"})
    assert _walked("docs") == ["docs/a.md"]
    assert _walked(str(folder / "docs")) == [(folder / "docs" / "a.md").as_posix()]


def test_outside_a_repository_only_the_walked_folders_own_ignore_files_count(tmp_path: Path) -> None:
    _tree(tmp_path, {".gitignore": "*.md\n", "inner/a.md": PLANE, "inner/b.md": PLANE, "inner/.ignore": "b.md\n"})
    assert _walked(str(tmp_path / "inner")) == [(tmp_path / "inner" / "a.md").as_posix()]


def test_a_file_or_folder_named_on_the_command_line_is_read_even_if_ignored(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Naming it is asking for it, as ripgrep reads a folder it is given; what the walk meets inside
    is still left out by the ignore files it meets there."""
    _tree(folder, {"build/plane.md": PLANE, "build/tmp/x.md": PLANE, "build/.gitignore": "tmp/\n",
                   ".gitignore": "build/\n"})  # fmt: skip
    assert main(["check", "build/plane.md", "--no-cache"]) == ExitCode.FINDINGS
    assert main(["check", "build", "--no-cache"]) == ExitCode.FINDINGS
    assert "no documents to check" not in capsys.readouterr().err
    assert _walked("build") == ["build/plane.md"]
    assert "build/plane.md" not in _walked(".")  # walked from above, build/ stays out


def test_a_named_folder_under_an_ignore_all_file_is_read(folder: Path) -> None:
    """Benchmark and build output folders often sit beside a '*' ignore file."""
    _tree(folder, {"out/.gitignore": "*\n", "out/corpus/0000/doc.md": PLANE, "out/corpus/0001/doc.md": PLANE})
    assert _walked("out/corpus") == ["out/corpus/0000/doc.md", "out/corpus/0001/doc.md"]
    assert _walked("out") == []
