"""--diff REV: only findings on lines changed since a git revision, on a real temporary repository."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from numcheck.cli import main
from numcheck.errors import ExitCode, NumcheckError
from numcheck.gitdiff import changed_lines, parse_unified_diff

POLL = "In the poll, 48% were for, 39% against and 17% undecided."
PLANE = "The plane climbed to 3,000 feet (1,500 metres) before turning."
RUNNERS = "Runners set off on a 5-mile (5 km) run through the park."

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def paragraphs(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def git(repo: Path, *argv: str) -> str:
    done = subprocess.run(["git", *argv], cwd=repo, check=True, capture_output=True, text=True)
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with one commit, isolated from the user's git configuration."""
    for name in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{name}_NAME", "Test")
        monkeypatch.setenv(f"GIT_{name}_EMAIL", "test@example.com")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    (root / "draft.md").write_text(paragraphs("Intro.", POLL), "utf-8")
    git(root, "add", "draft.md")
    git(root, "commit", "-q", "-m", "first")
    monkeypatch.chdir(root)
    return root


def findings(*argv: str) -> tuple[int, list[tuple[str, str, int]]]:
    out = Path("..") / "report.json"
    code = main(["check", *argv, "--format", "json", "--output", str(out)])
    if code == ExitCode.USAGE:
        return code, []
    payload = json.loads(out.read_text("utf-8"))
    return code, [(f["rule"], f["path"], f["line"]) for f in payload["findings"]]


@needs_git
def test_only_findings_on_changed_lines(repo: Path) -> None:
    draft = repo / "draft.md"
    assert findings("draft.md") == (ExitCode.FINDINGS, [("percent-total", "draft.md", 3)])
    assert findings("draft.md", "--diff", "HEAD") == (ExitCode.CLEAN, [])

    # A new paragraph above moves the old finding down; only the new line counts.
    draft.write_text(paragraphs("Intro.", PLANE, POLL), "utf-8")
    assert findings("draft.md") == (
        ExitCode.FINDINGS,
        [("conversion-mismatch", "draft.md", 3), ("percent-total", "draft.md", 5)],
    )
    assert findings("draft.md", "--diff", "HEAD") == (ExitCode.FINDINGS, [("conversion-mismatch", "draft.md", 3)])

    # Committed, the change is still there relative to the first commit, and gone relative to HEAD.
    git(repo, "commit", "-q", "-am", "second")
    assert findings("draft.md", "--diff", "HEAD~1") == (ExitCode.FINDINGS, [("conversion-mismatch", "draft.md", 3)])
    assert findings("draft.md", "--diff", "HEAD") == (ExitCode.CLEAN, [])

    # Editing the old line brings its finding back.
    draft.write_text(paragraphs("Intro.", PLANE, POLL.replace("the poll", "the new poll")), "utf-8")
    assert findings("draft.md", "--diff", "HEAD") == (ExitCode.FINDINGS, [("percent-total", "draft.md", 5)])


@needs_git
def test_new_files_count_as_changed_throughout(repo: Path) -> None:
    (repo / "new.md").write_text(paragraphs(PLANE), "utf-8")
    (repo / "staged.txt").write_text(paragraphs(RUNNERS), "utf-8")
    git(repo, "add", "staged.txt")
    code, found = findings(".", "--diff", "HEAD")
    assert code == ExitCode.FINDINGS
    assert found == [("conversion-mismatch", "./new.md", 1), ("conversion-mismatch", "./staged.txt", 1)]


@needs_git
def test_files_outside_the_repository_and_names_like_patterns_are_new(repo: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.md"
    outside.write_text(paragraphs(RUNNERS), "utf-8")
    (repo / "draft[1].md").write_text(paragraphs(PLANE), "utf-8")
    (repo / "draft1.md").write_text("Tracked, and a pattern [1] would match it.\n", "utf-8")
    git(repo, "add", "draft1.md")
    git(repo, "commit", "-q", "-m", "draft1")
    _, found = findings(str(outside), "draft[1].md", "--diff", "HEAD")
    assert found == [("conversion-mismatch", str(outside), 1), ("conversion-mismatch", "draft[1].md", 1)]


@needs_git
def test_ignored_files_are_not_changes(repo: Path) -> None:
    (repo / ".gitignore").write_text("scratch.md\n", "utf-8")
    (repo / "scratch.md").write_text(paragraphs(PLANE), "utf-8")
    assert findings("scratch.md", "--diff", "HEAD") == (ExitCode.CLEAN, [])


@needs_git
def test_diff_is_taken_from_the_merge_base(repo: Path) -> None:
    """As in a pull request: what main did after the branch left it is not the branch's change."""
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "draft.md").write_text(paragraphs("Intro.", PLANE, POLL), "utf-8")
    git(repo, "commit", "-q", "-am", "feature work")
    git(repo, "checkout", "-q", "main")
    (repo / "draft.md").write_text(paragraphs("A different intro on main.", POLL), "utf-8")
    git(repo, "commit", "-q", "-am", "main moves on")
    git(repo, "checkout", "-q", "feature")
    assert findings("draft.md", "--diff", "main") == (ExitCode.FINDINGS, [("conversion-mismatch", "draft.md", 3)])


@needs_git
def test_from_a_subfolder_and_with_a_renamed_file(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Git follows the rename, so only the edited line of the moved file counts as changed."""
    filler = [f"Paragraph {word} says nothing numeric at all, at some length." for word in "abcdefgh"]
    (repo / "draft.md").write_text(paragraphs("Intro.", POLL, *filler), "utf-8")
    git(repo, "commit", "-q", "-am", "longer")
    (repo / "docs").mkdir()
    git(repo, "mv", "draft.md", "docs/draft.md")
    git(repo, "commit", "-q", "-m", "move")
    (repo / "docs" / "draft.md").write_text(paragraphs("Intro.", POLL, *filler, PLANE), "utf-8")
    monkeypatch.chdir(repo / "docs")
    assert findings("draft.md", "--diff", "HEAD~1") == (ExitCode.FINDINGS, [("conversion-mismatch", "draft.md", 21)])


@needs_git
def test_file_names_that_git_quotes(repo: Path) -> None:
    name = 'naïve "quoted"\tname.md'
    (repo / name).write_text(paragraphs("Intro."), "utf-8")
    git(repo, "add", name)
    git(repo, "commit", "-q", "-m", "odd name")
    (repo / name).write_text(paragraphs("Intro.", PLANE), "utf-8")
    assert findings(name, "--diff", "HEAD") == (ExitCode.FINDINGS, [("conversion-mismatch", name, 3)])


@needs_git
def test_standard_input_is_new_text(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PLANE.encode("utf-8"))))
    assert findings("-", "--diff", "HEAD") == (ExitCode.FINDINGS, [("conversion-mismatch", "<stdin>", 1)])


@needs_git
def test_unused_directives_are_reported_on_changed_lines_only(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = "<!-- numcheck: disable=conversion-mismatch -->"
    (repo / "draft.md").write_text(paragraphs(old, "Intro."), "utf-8")
    git(repo, "commit", "-q", "-am", "an unused directive")
    (repo / "draft.md").write_text(paragraphs(old, "Intro.", "<!-- numcheck: off -->"), "utf-8")
    capsys.readouterr()
    assert main(["check", "draft.md", "--warn-unused-ignores"]) == ExitCode.CLEAN
    err = capsys.readouterr().err
    assert "draft.md:1:1: warning [unused-directive]" in err and "draft.md:5:1: warning [unused-directive]" in err
    assert main(["check", "draft.md", "--warn-unused-ignores", "--diff", "HEAD"]) == ExitCode.CLEAN
    err = capsys.readouterr().err
    assert "draft.md:1:1:" not in err and "draft.md:5:1: warning [unused-directive]" in err


@needs_git
def test_bad_revision_is_a_usage_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "draft.md", "--diff", "no-such-branch"]) == ExitCode.USAGE
    assert "--diff: unknown git revision 'no-such-branch'" in capsys.readouterr().err
    assert main(["check", "draft.md", "--diff=--output=x"]) == ExitCode.USAGE
    assert "is not a git revision" in capsys.readouterr().err


@needs_git
def test_outside_a_repository_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "draft.md").write_text(POLL, "utf-8")
    monkeypatch.chdir(folder)
    assert main(["check", "draft.md", "--diff", "HEAD"]) == ExitCode.USAGE
    assert "--diff: not a git repository" in capsys.readouterr().err


def test_git_missing_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    with pytest.raises(NumcheckError, match="git was not found"):
        changed_lines("HEAD", ["draft.md"])


@needs_git
@pytest.mark.parametrize("content", ["++ counter", "+++ b/other.md", "-- signature", "--- a/draft.md", "@@ -1 +1 @@"])
def test_a_changed_line_that_looks_like_a_diff_header_is_content(repo: Path, content: str) -> None:
    """An added "++ x" shows in the diff as "+++ x", a removed "-- x" as "--- x": still lines of the
    hunk, so the findings after them stay."""
    draft = repo / "draft.md"
    draft.write_text(paragraphs("Intro.", content, "Middle.", POLL), "utf-8")
    git(repo, "commit", "-q", "-am", "with the line")
    # two hunks: the line changed, then the new paragraph after an unchanged one
    draft.write_text(paragraphs("Intro.", content + " again", "Middle.", PLANE, POLL), "utf-8")
    assert findings("draft.md", "--diff", "HEAD") == (ExitCode.FINDINGS, [("conversion-mismatch", "draft.md", 7)])
    # added where there was nothing: the same
    draft.write_text(paragraphs("Intro.", "Middle.", POLL), "utf-8")
    git(repo, "commit", "-q", "-am", "without the line")
    draft.write_text(paragraphs("Intro.", content, "Middle.", PLANE, POLL), "utf-8")
    assert findings("draft.md", "--diff", "HEAD") == (ExitCode.FINDINGS, [("conversion-mismatch", "draft.md", 7)])


def test_parse_unified_diff_counts_hunk_lines() -> None:
    diff = "\n".join(
        [
            "diff --git a/a.md b/a.md",
            "--- a/a.md",
            "+++ b/a.md",
            "@@ -2,2 +2,3 @@",
            "--- a/a.md",  # the removed line "-- a/a.md"
            "-\x0cform feed",
            "+++ b/elsewhere.md",  # the added line "++ b/elsewhere.md"
            "+++ b/a.md",
            "+kept",
            "\\ No newline at end of file",
            "@@ -9 +10 @@",
            "-x",
            "+y",
        ]
    )
    assert parse_unified_diff(diff) == {"a.md": frozenset({2, 3, 4, 10})}


def test_parse_unified_diff() -> None:
    diff = "\n".join(
        [
            "diff --git a/docs/a.md b/docs/a.md",
            "index 1111111..2222222 100644",
            "--- a/docs/a.md",
            "+++ b/docs/a.md",
            "@@ -3 +3 @@ heading",
            "-old",
            "+new",
            "@@ -10,0 +11,2 @@",
            "+added",
            "+added",
            "@@ -20,3 +22,0 @@",
            "-gone",
            "diff --git a/gone.md b/gone.md",
            "deleted file mode 100644",
            "--- a/gone.md",
            "+++ /dev/null",
            "@@ -1,2 +0,0 @@",
            "-x",
            "-y",
            "diff --git a/new.txt b/new.txt",
            "new file mode 100644",
            "--- /dev/null",
            '+++ "b/caf\\303\\251 \\"q\\".txt"',
            "@@ -0,0 +1,3 @@",
            "+a",
            "+b",
            "+c",
        ]
    )
    assert parse_unified_diff(diff) == {
        "docs/a.md": frozenset({3, 11, 12}),
        'café "q".txt': frozenset({1, 2, 3}),
    }
