"""Output formats: SARIF against its schema, GitHub escaping, JUnit, Markdown, colours and `auto`."""

from __future__ import annotations

import dataclasses
import importlib.metadata
import json
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import numcheck
from numcheck import reporters
from numcheck.cli import _CHECK_FORMATS, main
from numcheck.engine import builtin_rules
from numcheck.errors import ExitCode
from numcheck.model import Finding, Severity
from numcheck.reporters import RunContext
from numcheck.reporters.github import annotation, escape_data, escape_property
from numcheck.reporters.markdown import cell, code
from numcheck.reporters.text import colour_wanted
from numcheck.vocabulary import BUILTIN_RULES

# The official OASIS schema (from ../shared/), kept here so the test runs in any checkout.
SCHEMA = Path(__file__).resolve().parent / "fixtures" / "sarif-schema-2.1.0.json"
NURSES = "The trust hired 12,000 nurses last year."
MORE_NURSES = "Officials later confirmed the trust hired 15,000 nurses last year."
POLL = "In the poll, 48% were for, 39% against and 17% undecided."
PLANE = "The plane climbed to 3,000 feet (1,500 metres) before turning."
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with a draft that breaks several rules, and a source; the cwd is a subfolder,
    so repository-relative paths differ from the paths as given."""
    (tmp_path / ".git").mkdir()
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "draft.md").write_text("\n\n".join([NURSES, POLL, PLANE, MORE_NURSES]) + "\n", "utf-8")
    (docs / "source.txt").write_text("The trust hired 12,000 nurses last year.\n", "utf-8")
    monkeypatch.chdir(docs)
    for variable in ("NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS", "TERM"):
        monkeypatch.delenv(variable, raising=False)
    return tmp_path


def run(fmt: str, *extra: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["check", "draft.md", "--against", "source.txt", "--fail-on", "never", "--format", fmt, *extra]) == 0
    return capsys.readouterr().out


def sarif(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(run("sarif", capsys=capsys))
    return document


def test_every_format_is_registered_and_offered() -> None:
    assert set(_CHECK_FORMATS) == {*reporters.FORMATS, reporters.AUTO}
    for name in reporters.FORMATS:
        assert callable(reporters.renderer(name))


# SARIF --------------------------------------------------------------------------------------


def test_sarif_is_valid_against_the_schema(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    document = sarif(capsys)
    jsonschema.validators.validator_for(schema)(schema).validate(document)
    assert len(document["runs"][0]["results"]) >= 3


def test_the_seeds_golden_sarif_is_valid_against_the_schema() -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    golden = json.loads((Path(__file__).parent / "golden" / "check-seeds.sarif").read_text("utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(golden)


def test_sarif_has_what_github_code_scanning_needs(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_ = sarif(capsys)["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(r.id for r in builtin_rules() if r.enabled)
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["help"]["markdown"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    for result in run_["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in ("error", "warning", "note")
        location = result["locations"][0]["physicalLocation"]
        # Relative to the repository root, not to the working directory (docs/).
        assert location["artifactLocation"] == {"uri": "docs/draft.md", "uriBaseId": "%SRCROOT%"}
        assert set(location["region"]) >= {"startLine", "startColumn", "endLine", "endColumn"}
        assert result["partialFingerprints"]["numcheck/v1"]
    figure = next(r for r in run_["results"] if r["ruleId"] == "figure-mismatch")
    related = figure["relatedLocations"]
    assert related and related[0]["id"] == 1 and "[" in figure["message"]["text"]
    assert "(1)" in figure["message"]["text"]  # the embedded link GitHub shows related locations by


def test_sarif_rules_describe_themselves_briefly_and_link_to_their_documentation(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_ = sarif(capsys)["runs"][0]
    for rule in run_["tool"]["driver"]["rules"]:
        short, full = rule["shortDescription"]["text"], rule["fullDescription"]["text"]
        assert short != full and len(short) <= 80
        assert short.endswith(".") and not re.search(r"[.!?] ", short), short  # one sentence
        assert rule["helpUri"] == (BUILTIN_RULES / f"{rule['id']}.yaml").resolve().as_uri()  # no address published
        for text in (rule["help"]["text"], rule["help"]["markdown"], full):
            assert not re.search(r"\{[a-z_]+\}", text), text  # no raw message templates
    base = run_["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base.startswith("file://") and base.endswith("/")
    assert Path(base.removeprefix("file://")).resolve() == repo.resolve()


def test_sarif_links_a_user_rule_to_its_own_file(tmp_path: Path) -> None:
    rule_file = tmp_path / "own-rule.yaml"
    rule_file.write_text((BUILTIN_RULES / "figure-mismatch.yaml").read_text("utf-8"))
    rules = builtin_rules([str(tmp_path)])
    document = json.loads(reporters.renderer("sarif")([], RunContext(documents=("a.md",), rules=rules)))
    own = next(r for r in document["runs"][0]["tool"]["driver"]["rules"] if r["id"] == "own-rule")
    assert own["helpUri"] == rule_file.resolve().as_uri()


def test_sarif_region_points_at_the_claim(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = next(r for r in sarif(capsys)["runs"][0]["results"] if r["ruleId"] == "percent-total")
    region = result["locations"][0]["physicalLocation"]["region"]
    line = (repo / "docs" / "draft.md").read_text("utf-8").splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == region["snippet"]["text"]


def test_sarif_fingerprints_survive_inserted_lines(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def fingerprints() -> dict[str, tuple[str, int]]:
        results = sarif(capsys)["runs"][0]["results"]
        return {
            r["partialFingerprints"]["numcheck/v1"]: (
                r["ruleId"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"],
            )
            for r in results
        }

    before = fingerprints()
    draft = repo / "docs" / "draft.md"
    draft.write_text("A new first paragraph.\n\nAnd another.\n\n" + draft.read_text("utf-8"), "utf-8")
    after = fingerprints()
    assert set(before) == set(after)
    assert all(after[key][1] == before[key][1] + 4 for key in before)


def test_identical_findings_get_distinct_fingerprints(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "docs" / "draft.md").write_text(f"{PLANE}\n\n{PLANE}\n", "utf-8")
    results = [r for r in sarif(capsys)["runs"][0]["results"] if r["ruleId"] == "conversion-mismatch"]
    prints = [r["partialFingerprints"]["numcheck/v1"] for r in results]
    assert len(prints) == 2 and len(set(prints)) == 2
    assert prints[0].rsplit(":", 1)[0] == prints[1].rsplit(":", 1)[0]
    assert {p.rsplit(":", 1)[1] for p in prints} == {"1", "2"}


def test_sarif_escapes_brackets_that_are_not_links() -> None:
    claim = numcheck.extract(NURSES, path="a.md")[0]
    finding = Finding("figure-mismatch", Severity.ERROR, "see [the note](2) here", (claim, claim))
    document = json.loads(reporters.renderer("sarif")([finding], RunContext(documents=("a.md",), root=".")))
    assert document["runs"][0]["results"][0]["message"]["text"].startswith(r"see \[the note\](2) here")


# GitHub -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("50% off", "50%25 off", "50%25 off"),
        ("two\nlines\r\n", "two%0Alines%0D%0A", "two%0Alines%0D%0A"),
        ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
        ("%0A is not a newline", "%250A is not a newline", "%250A is not a newline"),
    ],
)
def test_github_escaping(raw: str, data: str, prop: str) -> None:
    assert escape_data(raw) == data
    assert escape_property(raw) == prop


def test_github_annotation_escapes_properties_and_message() -> None:
    claim = dataclasses.replace(numcheck.extract(NURSES)[0], path="notes, v2: final.md")
    finding = Finding("figure-mismatch", Severity.ERROR, "100% wrong\nreally", (claim,))
    line = annotation(finding, ".")
    assert line.startswith("::error file=notes%2C v2%3A final.md,line=1,col=17,endLine=1,endColumn=23,")
    assert line.count("::") == 2 and "\n" not in line
    # the message on one line (hard-wrapped text is collapsed), then each cited place on its own
    assert line.split("::")[2].startswith("100%25 wrong really%0A")


def test_github_leaves_out_columns_for_a_claim_over_two_lines() -> None:
    claim = dataclasses.replace(numcheck.extract(NURSES)[0], end_line=2, end_column=3)
    line = annotation(Finding("figure-mismatch", Severity.INFO, "m", (claim,)), ".")
    assert line.startswith("::notice file=") and "col=" not in line and "endColumn" not in line
    assert "line=1,endLine=2," in line


def test_github_paths_are_repository_relative(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = run("github", capsys=capsys)
    assert out.startswith("::error file=docs/draft.md,line=")


@pytest.mark.parametrize(("environment", "prefix"), [({"GITHUB_ACTIONS": "true"}, "::"), ({}, "draft.md:")])
def test_auto_picks_github_inside_actions_only(
    repo: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    environment: dict[str, str],
    prefix: str,
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert run("auto", capsys=capsys).startswith(prefix)


# Text ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environment", "terminal", "expected"),
    [
        ({}, True, True),
        ({}, False, False),
        ({"NO_COLOR": "1"}, True, False),
        ({"NO_COLOR": ""}, True, True),  # set but empty counts as unset
        ({"FORCE_COLOR": "1"}, False, True),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False, False),
        ({"TERM": "dumb"}, True, False),
    ],
)
def test_colour_conventions(environment: dict[str, str], terminal: bool, expected: bool) -> None:
    assert colour_wanted(environment, terminal) is expected


def test_colours_change_nothing_but_the_escape_codes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = run("text", capsys=capsys)
    report = numcheck.check(["draft.md"], sources=["source.txt"])
    context = RunContext(documents=report.documents, sources=report.sources, claims=len(report.claims), colour=True)
    coloured = reporters.renderer("text")(report.findings, context)
    assert "\x1b[1;31merror\x1b[0m" in coloured
    assert ANSI.sub("", coloured) == plain


def test_force_color_colours_standard_output_but_never_a_file(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" in run("text", capsys=capsys)
    run("text", "--output", "report.txt", capsys=capsys)
    assert "\x1b[" not in (repo / "docs" / "report.txt").read_text("utf-8")


# JUnit and Markdown -------------------------------------------------------------------------


def test_junit_has_a_failure_per_finding_and_a_pass_per_clean_document(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "docs" / "clean.md").write_text("Nothing to see.\n", "utf-8")
    assert main(["check", "draft.md", "clean.md", "--fail-on", "never", "--format", "junit"]) == 0
    root = ElementTree.fromstring(capsys.readouterr().out.encode("utf-8"))
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    assert set(suites) == {"draft.md", "clean.md"}
    failures = suites["draft.md"].findall("testcase/failure")
    assert len(failures) == int(root.get("failures", "0")) >= 3
    assert {f.get("type") for f in failures} <= {"error", "warning", "info"}
    assert suites["clean.md"].findall("testcase") and not suites["clean.md"].findall("testcase/failure")


JENKINS_JUNIT_XSD = Path(__file__).parent / "fixtures" / "junit" / "junit-10.xsd"  # from pytest's sdist (MIT)


def test_junit_is_valid_against_the_jenkins_junit_schema(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import xmlschema

    (repo / "docs" / "clean.md").write_text("Nothing to see.\n", "utf-8")
    assert main(["check", "draft.md", "clean.md", "--fail-on", "never", "--format", "junit"]) == 0
    xml = capsys.readouterr().out
    errors = [f"{error.path}: {error.reason}" for error in xmlschema.XMLSchema(JENKINS_JUNIT_XSD).iter_errors(xml)]
    assert errors == []
    assert ElementTree.fromstring(xml.encode("utf-8")).get("skipped") is None


def test_junit_survives_characters_xml_cannot_hold() -> None:
    claim = dataclasses.replace(numcheck.extract(NURSES)[0], sentence="page\x0cbreak")
    finding = Finding("figure-mismatch", Severity.ERROR, "bell \x07 here", (claim,))
    xml = reporters.renderer("junit")([finding], RunContext(documents=("<string>",)))
    assert ElementTree.fromstring(xml.encode("utf-8")).find(".//failure") is not None
    assert "\ufffd" in xml


def test_markdown_escaping() -> None:
    assert cell("a | b") == r"a \| b"
    assert cell("*not* <b>bold</b> [link](x)") == r"\*not\* \<b\>bold\</b\> \[link\](x)"
    assert cell("two\nlines") == "two lines"
    assert code("a|b") == r"`a\|b`"
    assert code("x `y` z") == "``x `y` z``"


def test_markdown_rows_keep_their_columns_whatever_the_text(repo: Path) -> None:
    claim = dataclasses.replace(numcheck.extract(NURSES)[0], path="a|b.md", text="12,000 | x")
    finding = Finding("figure-mismatch", Severity.ERROR, "pipes | and `ticks` | here", (claim, claim))
    table = reporters.renderer("markdown")([finding], RunContext(documents=("a|b.md",)))
    rows = [line for line in table.splitlines() if line.startswith("|")]
    unescaped = re.compile(r"(?<!\\)\|")
    assert len(rows) == 3 and all(len(unescaped.findall(row)) == 6 for row in rows)
    assert table.startswith("### numcheck: 1 error\n")


def test_markdown_without_findings(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "docs" / "clean.md").write_text("Nothing to see.\n", "utf-8")
    assert main(["check", "clean.md", "--format", "markdown"]) == ExitCode.CLEAN
    assert capsys.readouterr().out.startswith("### numcheck: no findings\n")


# Every format -------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(reporters.FORMATS))
def test_every_format_uses_the_one_finding_order(fmt: str, repo: Path) -> None:
    report = numcheck.check(["draft.md"], sources=["source.txt"])
    context = RunContext(documents=report.documents, sources=report.sources, claims=len(report.claims))
    render = reporters.renderer(fmt)
    assert len(report.findings) >= 3
    assert render(tuple(reversed(report.findings)), context) == render(report.findings, context)


@pytest.mark.parametrize("fmt", sorted(reporters.FORMATS))
def test_every_format_writes_its_output_file(fmt: str, repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    printed = run(fmt, capsys=capsys)
    run(fmt, "--output", "out.report", capsys=capsys)
    assert (repo / "docs" / "out.report").read_text("utf-8") == printed


P = reporters.PLACEHOLDER


@pytest.mark.parametrize(
    ("template", "items"),
    [
        ({"findings": P, "summary": {"n": 0}}, []),
        ({"findings": P, "summary": {}}, [{"a": 1, "b": ["x", {"c": 'é\n"q"'}]}, {"a": 2}]),
        ({"runs": [{"tool": {"rules": [1, 2]}, "results": P, "after": None}]}, [{"m": "[x](1)"}]),
        ({"x": [P]}, [[], [1]]),
    ],
    ids=["empty", "nested", "deep", "list-of-lists"],
)
def test_json_chunks_are_the_text_of_the_whole_document(template: dict[str, Any], items: list[Any]) -> None:
    def filled(value: Any) -> Any:
        if value == P:
            return items
        if isinstance(value, dict):
            return {key: filled(item) for key, item in value.items()}
        return [filled(item) for item in value] if isinstance(value, list) else value

    chunks = list(reporters.json_chunks(template, iter(items)))
    assert "".join(chunks) == json.dumps(filled(template), ensure_ascii=False, indent=2) + "\n"
    assert len(chunks) == len(items) + 3


@pytest.mark.parametrize("fmt", sorted(reporters.FORMATS))
def test_every_format_gives_the_same_text_whole_or_in_pieces(fmt: str, repo: Path) -> None:
    report = numcheck.check(["draft.md"], sources=["source.txt"])
    context = RunContext(documents=report.documents, sources=report.sources, claims=len(report.claims))
    pieces = list(reporters.chunk_renderer(fmt)(report.findings, context))
    assert "".join(pieces) == reporters.renderer(fmt)(report.findings, context)
    if fmt in ("json", "sarif"):
        assert len(pieces) > len(report.findings)


# The GitHub Action --------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent


def action() -> dict[str, Any]:
    import yaml

    loaded: dict[str, Any] = yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))
    return loaded


def step(name: str) -> dict[str, Any]:
    return next(s for s in action()["runs"]["steps"] if s["name"] == name)


def test_action_is_a_composite_that_uploads_sarif_even_on_findings() -> None:
    definition = action()
    assert definition["runs"]["using"] == "composite"
    upload = step("Upload SARIF to code scanning")
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    assert "always()" in upload["if"]
    names = [s["name"] for s in definition["runs"]["steps"]]
    assert names.index("Upload SARIF to code scanning") < names.index("Fail on findings")
    text = (ROOT / "action.yml").read_text("utf-8")
    used = set(re.findall(r"\$\{\{[^}]*inputs\.([a-z-]+)", text))
    assert used == set(definition["inputs"])
    for each in definition["runs"]["steps"]:  # inputs reach shell code only through env
        assert "${{" not in each.get("run", "")


def run_step(name: str, env: dict[str, str], cwd: Path) -> tuple[int, str, dict[str, str]]:
    import os
    import subprocess
    import sys

    outputs = cwd / "github-output.txt"
    outputs.write_text("", "utf-8")
    environment = {
        **os.environ,
        **env,
        "GITHUB_OUTPUT": str(outputs),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    for variable in ("NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS"):
        environment.pop(variable, None)
    script = step(name)["run"]
    # GitHub runs `shell: bash` steps as `bash --noprofile --norc -eo pipefail {0}`.
    done = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    written = dict(line.split("=", 1) for line in outputs.read_text("utf-8").splitlines())
    return done.returncode, done.stdout, written


def action_inputs(**given: str) -> dict[str, str]:
    defaults = {name: str(spec.get("default", "")) for name, spec in action()["inputs"].items()}
    values = {**defaults, **{name.replace("_", "-"): value for name, value in given.items()}}
    return {f"INPUT_{name.upper().replace('-', '_')}": value for name, value in values.items()}


def test_action_run_step_writes_sarif_and_reports_the_exit_code(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "docs").mkdir()
    for seed in (ROOT / "seeds").iterdir():
        (tmp_path / "docs" / seed.name).write_text(seed.read_text("utf-8"), "utf-8")
    inputs = action_inputs(paths="docs", fail_on="warning", annotations="true")
    code, stdout, outputs = run_step("Run numcheck", inputs, tmp_path)
    assert code == 0  # findings do not stop the step: the upload must still run
    assert outputs == {"exit-code": "1", "sarif-file": "numcheck.sarif"}
    assert stdout.startswith("::warning file=docs/nato-troops-almost-ten-times.txt,")
    schema = json.loads(SCHEMA.read_text("utf-8"))
    report = json.loads((tmp_path / "numcheck.sarif").read_text("utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(report)
    assert report["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith(
        "docs/"
    )
    fail, _, _ = run_step("Fail on findings", {"EXIT_CODE": "1"}, tmp_path)
    assert fail == 1
    assert run_step("Fail on findings", {"EXIT_CODE": "0"}, tmp_path)[0] == 0


def test_action_inputs_left_empty_fall_back_to_the_config(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    for seed in (ROOT / "seeds").iterdir():
        (tmp_path / seed.name).write_text(seed.read_text("utf-8"), "utf-8")
    (tmp_path / ".numcheck.yaml").write_text("fail_on: info\n", "utf-8")
    code, stdout, outputs = run_step("Run numcheck", action_inputs(), tmp_path)
    assert code == 0 and outputs["exit-code"] == "1" and stdout == ""


def test_action_stops_on_a_config_error(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.md").write_text("Nothing.\n", "utf-8")
    (tmp_path / ".numcheck.yaml").write_text("fail-on: never\n", "utf-8")
    code, stdout, outputs = run_step("Run numcheck", action_inputs(), tmp_path)
    assert code == 2 and outputs == {"exit-code": "2"}
    assert "::error title=numcheck::" in stdout


def test_example_workflow_uploads_sarif_with_the_permission_it_needs() -> None:
    import yaml

    workflow = yaml.safe_load((ROOT / "docs" / "github-workflow-example.yml").read_text("utf-8"))
    assert workflow["permissions"]["security-events"] == "write"
    steps = workflow["jobs"]["numcheck"]["steps"]
    assert steps[0]["uses"].startswith("actions/checkout@")
    assert set(steps[1]["with"]) <= set(action()["inputs"])


def test_text_never_passes_control_characters_to_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from numcheck.cli import main

    draft = tmp_path / "evil\x1b[2Jname.txt"
    draft.write_text("The trust hired 12,000 nurses.\n\nOfficials said\x07 the trust hired 15,000 nurses.\n")
    assert main(["check", str(draft), "--format", "text", "--fail-on", "never"]) == 0
    out = capsys.readouterr().out
    assert "figure-mismatch" in out
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b[2J" in out and "\\x07" in out


def test_json_chunks_write_floats_that_parse_back_to_the_same_values() -> None:
    values = [1e-7, 2.5e-05, 0.1, 40000.0, 1.5e300, -0.0, 123456789012345.0, 1 / 3]
    text = "".join(reporters.json_chunks({"items": P}, [{"value": value} for value in values]))
    assert [item["value"] for item in json.loads(text)["items"]] == values


class _Metadata:
    def __init__(self, urls: list[str]) -> None:
        self.urls = urls

    def get_all(self, name: str) -> list[str] | None:
        return self.urls if name == "Project-URL" else None


@pytest.mark.parametrize(
    ("urls", "expected"),
    [
        ([], None),
        (["Homepage, https://example.org/numcheck"], None),
        (["Rules, https://example.org/numcheck/rules.html"], "https://example.org/numcheck/rules.html#figure-mismatch"),
        (["rules,https://example.org/r"], "https://example.org/r#figure-mismatch"),
        (["Source, https://example.org/src", "Rules, https://example.org/r"], "https://example.org/r#figure-mismatch"),
        (["Rules, "], None),
    ],
)
def test_built_in_rules_link_to_the_published_rules_page_only_when_the_package_names_one(
    monkeypatch: pytest.MonkeyPatch, urls: list[str], expected: str | None
) -> None:
    rule = next(r for r in builtin_rules() if r.id == "figure-mismatch")
    monkeypatch.setattr(importlib.metadata, "metadata", lambda name: _Metadata(urls))
    reporters.rules_documentation_address.cache_clear()
    try:
        link = reporters.rule_documentation(rule)
    finally:
        reporters.rules_documentation_address.cache_clear()
    assert link == (expected or (BUILTIN_RULES / "figure-mismatch.yaml").resolve().as_uri())


def test_a_users_rule_links_to_its_own_file_even_when_a_rules_page_is_published(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    rule_file = tmp_path / "house-style.yaml"
    rule_file.write_text((BUILTIN_RULES / "figure-mismatch.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(importlib.metadata, "metadata", lambda name: _Metadata(["Rules, https://example.org/r"]))
    reporters.rules_documentation_address.cache_clear()
    try:
        rule = next(r for r in builtin_rules([rule_file]) if r.id == "house-style")
        assert reporters.rule_documentation(rule) == rule_file.resolve().as_uri()
    finally:
        reporters.rules_documentation_address.cache_clear()
