"""Inline directives and the front-matter switch: every directive, its errors, and unused ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from numcheck.cli import main
from numcheck.documents import document_from_string
from numcheck.engine import builtin_rules, check_documents
from numcheck.errors import ConfigError, ExitCode
from numcheck.suppression import Suppression, parse_directives, suppress

RULE_IDS = frozenset(builtin_rules().ids)
# One finding each, on its own line: percent-total and conversion-mismatch.
POLL = "In the poll, 48% were for, 39% against and 17% undecided."
PLANE = "The plane climbed to 3,000 feet (1,500 metres) before turning."


def run(text: str, path: str = "draft.md") -> Suppression:
    document = document_from_string(text, path)
    report = check_documents([document])
    return suppress(report.findings, {path: parse_directives(document, RULE_IDS)})


def kept(text: str, path: str = "draft.md") -> list[tuple[str, int]]:
    return [(f.rule, f.primary.line) for f in run(text, path).kept]


def lines(*parts: str) -> str:
    return "\n".join(parts) + "\n"


def test_without_directives_both_findings_are_kept() -> None:
    assert kept(lines(POLL, "", PLANE)) == [("percent-total", 1), ("conversion-mismatch", 3)]


# Each case: the document, and the (rule, line) findings left after the directives.
CASES = {
    "disable one rule to the end": (
        lines("<!-- numcheck: disable=percent-total -->", POLL, "", PLANE, "", POLL),
        [("conversion-mismatch", 4)],
    ),
    "disable then enable one rule": (
        lines("<!-- numcheck: disable=percent-total -->", POLL, "<!-- numcheck: enable=percent-total -->", POLL),
        [("percent-total", 4)],
    ),
    "disable several rules": (
        lines("<!-- numcheck: disable=percent-total, conversion-mismatch -->", POLL, "", PLANE),
        [],
    ),
    "disable with no rules is every rule": (
        lines("<!-- numcheck: disable -->", POLL, "", PLANE),
        [],
    ),
    "enable one rule inside disable-all": (
        lines("<!-- numcheck: disable -->", "<!-- numcheck: enable=conversion-mismatch -->", POLL, "", PLANE),
        [("conversion-mismatch", 5)],
    ),
    "enable with no rules ends every disable": (
        lines(
            "<!-- numcheck: disable -->",
            "<!-- numcheck: disable=percent-total -->",
            POLL,
            "<!-- numcheck: enable -->",
            POLL,
        ),
        [("percent-total", 5)],
    ),
    "disable-next-line hides the next line only": (
        lines("<!-- numcheck: disable-next-line=percent-total -->", POLL, POLL),
        [("percent-total", 3)],
    ),
    "disable-next-line needs the very next line": (
        lines("<!-- numcheck: disable-next-line=percent-total -->", "", POLL),
        [("percent-total", 3)],
    ),
    "disable-next-line for another rule hides nothing": (
        lines("<!-- numcheck: disable-next-line=conversion-mismatch -->", POLL),
        [("percent-total", 2)],
    ),
    "disable-next-line with no rules": (
        lines("<!-- numcheck: disable-next-line -->", PLANE, POLL),
        [("percent-total", 3)],
    ),
    "disable-next-line counts from the end of a comment over several lines": (
        lines("<!--", "numcheck: disable-next-line=percent-total", "-->", POLL),
        [],
    ),
    "disable-line at the end of the line": (
        lines(POLL + " <!-- numcheck: disable-line=percent-total -->", POLL),
        [("percent-total", 2)],
    ),
    "off and on": (
        lines("<!-- numcheck: off -->", POLL, "", PLANE, "<!-- numcheck: on -->", POLL),
        [("percent-total", 6)],
    ),
    "off runs to the end of the file": (
        lines(POLL, "<!-- numcheck: off -->", PLANE),
        [("percent-total", 1)],
    ),
    "off is a layer of its own: enable does not turn it back on": (
        lines("<!-- numcheck: off -->", "<!-- numcheck: enable -->", POLL),
        [],
    ),
    "on does not end a disable": (
        lines("<!-- numcheck: disable=percent-total -->", "<!-- numcheck: on -->", POLL),
        [],
    ),
    "a region opens where its comment is, not before it on the line": (
        lines(POLL + " <!-- numcheck: disable -->", POLL),
        [("percent-total", 1)],
    ),
    "the word numcheck is case-insensitive": (
        lines("<!-- NumCheck: disable-next-line=percent-total -->", POLL),
        [],
    ),
    "spaces around the parts are fine": (
        lines("<!--numcheck:disable-next-line = percent-total-->", POLL),
        [],
    ),
    "front matter off": (
        lines("---", "title: Poll", "numcheck: off", "---", POLL, "", PLANE),
        [],
    ),
    "front matter false": (
        lines("---", "numcheck: false", "---", POLL),
        [],
    ),
    "front matter on changes nothing": (
        lines("---", "numcheck: on", "---", POLL),
        [("percent-total", 4)],
    ),
    "front matter disables a list of rules": (
        lines("---", "numcheck:", "  disable: [percent-total]", "---", POLL, "", PLANE),
        [("conversion-mismatch", 7)],
    ),
    "front matter disables one rule named as a string": (
        lines("---", "numcheck: {disable: conversion-mismatch}", "---", POLL, "", PLANE),
        [("percent-total", 4)],
    ),
    "front matter without a numcheck key": (
        lines("---", "title: Poll", "---", POLL),
        [("percent-total", 4)],
    ),
    "a directive's rule list is per rule": (
        lines("<!-- numcheck: disable=percent-total -->", PLANE),
        [("conversion-mismatch", 2)],
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_directive(text: str, expected: list[tuple[str, int]]) -> None:
    assert kept(text) == expected


def test_plain_text_files_take_the_same_comments() -> None:
    text = lines("<!-- numcheck: disable-next-line=percent-total -->", POLL, "<!-- numcheck: off -->", PLANE)
    assert kept(text, "draft.txt") == []


def test_front_matter_is_markdown_only() -> None:
    text = lines("---", "numcheck: off", "---", POLL)
    assert kept(text, "draft.txt") == [("percent-total", 4)]


def test_only_the_primary_claim_counts() -> None:
    """The finding points at the later figure; hiding the earlier one's line does not hide it."""
    text = lines(
        "<!-- numcheck: disable-next-line=figure-mismatch -->",
        "The trust hired 12,000 nurses last year.",
        "",
        "Officials later confirmed the trust hired 15,000 nurses last year.",
    )
    assert kept(text) == [("figure-mismatch", 4)]
    moved = text.replace("<!-- numcheck: disable-next-line=figure-mismatch -->\n", "") + (
        "<!-- numcheck: disable-line=figure-mismatch -->\n"
    )
    assert kept(moved.replace("last year.\n<!--", "last year. <!--")) == []


def test_suppressed_findings_are_returned_too() -> None:
    result = run(lines("<!-- numcheck: disable-next-line -->", POLL))
    assert [f.rule for f in result.suppressed] == ["percent-total"]
    assert result.kept == ()


ERRORS = {
    "unknown rule, with a suggestion": (
        lines(POLL, "<!-- numcheck: disable=percent-totl -->"),
        "draft.md:2: 'percent-totl': unknown rule (did you mean 'percent-total'?)",
    ),
    "unknown rule in a list": (
        lines("<!-- numcheck: disable-next-line=percent-total,no-such-rule -->"),
        "draft.md:1: 'no-such-rule': unknown rule",
    ),
    "unknown action, with a suggestion": (
        lines("", "<!-- numcheck: disabel=percent-total -->"),
        "draft.md:2: unknown numcheck directive 'disabel=percent-total'",
    ),
    "off takes no rules": (
        lines("<!-- numcheck: off=percent-total -->"),
        "draft.md:1: numcheck directive 'off' takes no rule ids",
    ),
    "an empty rule list": (
        lines("<!-- numcheck: disable= -->"),
        "draft.md:1: numcheck directive 'disable=' has an empty rule id",
    ),
    "an empty directive": (
        lines("<!-- numcheck: -->"),
        "draft.md:1: unknown numcheck directive ''",
    ),
    "front matter: unknown rule": (
        lines("---", "numcheck:", "  disable: [percent-totl]", "---"),
        "draft.md:3: 'percent-totl': unknown rule (did you mean 'percent-total'?)",
    ),
    "front matter: unknown key": (
        lines("---", "title: x", "numcheck: {disabled: [percent-total]}", "---"),
        "draft.md:3: 'numcheck.disabled': unknown key (did you mean 'disable'?)",
    ),
    "front matter: wrong type": (
        lines("---", "numcheck: 3", "---"),
        "draft.md:2: 'numcheck': must be off, on, or a mapping like {disable: [rule-id]}",
    ),
    "front matter: disable is not a list of ids": (
        lines("---", "numcheck:", "  disable: {percent-total: true}", "---"),
        "draft.md:3: 'numcheck.disable': must be a rule id or a list of rule ids",
    ),
    "front matter: broken YAML that mentions numcheck": (
        lines("---", "numcheck: [off", "---"),
        "draft.md:",
    ),
}


@pytest.mark.parametrize("text, message", ERRORS.values(), ids=ERRORS.keys())
def test_bad_directive_is_an_error_naming_file_and_line(text: str, message: str) -> None:
    with pytest.raises(ConfigError) as raised:
        parse_directives(document_from_string(text, "draft.md"), RULE_IDS)
    assert str(raised.value).startswith(message)


def test_broken_front_matter_that_is_not_ours_is_left_alone() -> None:
    assert parse_directives(document_from_string(lines("---", "title: [x", "---", POLL), "draft.md"), RULE_IDS) == ()


def test_a_comment_that_is_not_a_directive_is_ignored() -> None:
    assert kept(lines("<!-- numchecked by Ann: off -->", "<!-- TODO numcheck: later -->", POLL)) == [
        ("percent-total", 3)
    ]


@pytest.mark.parametrize(
    "example",
    [
        lines("```markdown", "<!-- numcheck: off -->", "```"),
        lines("~~~", "<!-- numcheck: disable -->", "~~~"),
        lines("", "    <!-- numcheck: off -->"),
        lines("To silence a rule, write `<!-- numcheck: disable -->` above it."),
        lines("- in a list: ``<!-- numcheck: off -->``"),
    ],
    ids=["fenced", "tilde-fenced", "indented", "code span", "code span in a list"],
)
def test_a_directive_shown_as_code_is_an_example_not_a_directive(example: str) -> None:
    assert kept(example + lines("", POLL)) == [("percent-total", example.count("\n") + 2)]
    # the same text in a plain-text file has no code, so there it is a directive
    assert kept(example + lines("", POLL), "draft.txt") == []


UNUSED = {
    "a disable that hides nothing": (
        lines("<!-- numcheck: disable=conversion-mismatch -->", POLL),
        [(1, "conversion-mismatch", "numcheck directive 'disable=conversion-mismatch' suppresses nothing")],
    ),
    "one rule of two unused": (
        lines("<!-- numcheck: disable-next-line=percent-total,conversion-mismatch -->", POLL),
        [
            (
                1,
                "conversion-mismatch",
                "'conversion-mismatch' in numcheck directive "
                "'disable-next-line=percent-total,conversion-mismatch' suppresses nothing",
            )
        ],
    ),
    "an off region with nothing in it": (
        lines("<!-- numcheck: off -->", "Nothing to see.", "<!-- numcheck: on -->", POLL),
        [(1, None, "numcheck directive 'off' suppresses nothing")],
    ),
    "front matter that hides nothing": (
        lines("---", "numcheck: {disable: [figure-mismatch]}", "---", POLL),
        [(2, "figure-mismatch", "numcheck directive 'numcheck: {disable: [figure-mismatch]}' suppresses nothing")],
    ),
    "every directive in force is credited, so overlaps are not reported": (
        lines("<!-- numcheck: off -->", "<!-- numcheck: disable=percent-total -->", POLL),
        [],
    ),
    "enable and on are never unused": (
        lines("<!-- numcheck: enable=percent-total -->", "<!-- numcheck: on -->", POLL),
        [],
    ),
    "a used disable-line": (
        lines(POLL + " <!-- numcheck: disable-line -->"),
        [],
    ),
}


@pytest.mark.parametrize("text, expected", UNUSED.values(), ids=UNUSED.keys())
def test_unused_directives(text: str, expected: list[tuple[int, str | None, str]]) -> None:
    unused = run(text).unused
    assert [(u.directive.line, u.rule, u.message) for u in unused] == expected


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(lines("<!-- numcheck: disable=conversion-mismatch -->", "Nothing here.", "", POLL), "utf-8")
    return path


def test_cli_applies_directives(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "draft.md"
    path.write_text(lines("<!-- numcheck: disable-next-line=percent-total -->", POLL, "", PLANE), "utf-8")
    assert main(["check", str(path)]) == ExitCode.FINDINGS
    out = capsys.readouterr().out
    assert "[conversion-mismatch]" in out and "[percent-total]" not in out
    path.write_text(lines("<!-- numcheck: off -->", POLL, "", PLANE), "utf-8")
    assert main(["check", str(path)]) == ExitCode.CLEAN


def test_cli_unused_directives_are_quiet_without_the_flag(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(draft), "--fail-on", "warning"]) == ExitCode.FINDINGS  # the poll's error
    assert "unused" not in capsys.readouterr().err


@pytest.mark.parametrize(
    "fail_on, code", [("error", ExitCode.CLEAN), ("warning", ExitCode.FINDINGS), ("never", ExitCode.CLEAN)]
)
def test_cli_unused_directives_are_warnings(
    tmp_path: Path, fail_on: str, code: ExitCode, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "clean.md"
    path.write_text(lines("<!-- numcheck: disable=conversion-mismatch -->", "Nothing here."), "utf-8")
    assert main(["check", str(path), "--warn-unused-ignores", "--fail-on", fail_on]) == code
    err = capsys.readouterr().err
    assert f"{path}:1:1: warning [unused-directive] numcheck directive 'disable=conversion-mismatch'" in err


def test_cli_bad_directive_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(lines(POLL, "<!-- numcheck: disable=percent-totals -->"), "utf-8")
    assert main(["check", str(path)]) == ExitCode.USAGE
    assert f"{path}:2: 'percent-totals': unknown rule (did you mean 'percent-total'?)" in capsys.readouterr().err


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_cli_applies_directives_to_standard_input(
    engine: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    if engine == "dask":
        pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    text = lines("<!-- numcheck: disable-next-line=percent-total -->", POLL, PLANE)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    argv = ["check", "-", "--format", "github", "--warn-unused-ignores", "--engine", engine, "-j", "1"]
    assert main(argv) == ExitCode.FINDINGS
    out, err = capsys.readouterr()
    assert "conversion-mismatch" in out and "percent-total" not in out
    assert err == ""


def test_cli_reads_directives_in_sources_too(tmp_path: Path) -> None:
    """A disagreement inside a source is reported at the source; its directives apply there."""
    source = tmp_path / "source.md"
    source.write_text(lines("<!-- numcheck: off -->", POLL), "utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text("Nothing here.\n", "utf-8")
    assert main(["check", str(draft), "--against", str(source), "--fail-on", "info"]) == ExitCode.CLEAN
