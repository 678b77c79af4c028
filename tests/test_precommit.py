"""The pre-commit hook, installed for real: pre-commit builds its own virtualenv from a snapshot of this tree.

Slow (each build installs numcheck and its dependencies from PyPI), so the timeouts are generous; the
tests assert on outcomes, never on time."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD_TIMEOUT = 1800  # seconds; only a hung install should ever reach it
# What a snapshot leaves out when the tree is not a git checkout (otherwise .gitignore decides).
UNTRACKED = shutil.ignore_patterns(".git", ".venv", "*.egg-info", "build", "__pycache__", ".*_cache", ".hypothesis")

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None, reason="pre-commit is not installed"),
]

CLEAN = "The trust hired 12,000 nurses last year.\n"
CONTRADICTION = "Officials later confirmed the trust hired 15,000 nurses last year.\n"
AGREEMENT = "Officials later confirmed the trust hired 12,000 nurses last year.\n"


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Git with a fixed identity and none of the user's config; pre-commit's cache in a temporary folder."""
    env = dict(os.environ)
    for name in ("AUTHOR", "COMMITTER"):
        env[f"GIT_{name}_NAME"] = "numcheck tests"
        env[f"GIT_{name}_EMAIL"] = "tests@numcheck.invalid"
    env.update(
        GIT_CONFIG_NOSYSTEM="1",
        GIT_CONFIG_GLOBAL=os.devnull,
        PRE_COMMIT_HOME=str(tmp_path_factory.mktemp("pre-commit-home")),
    )
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "PRE_COMMIT"):
        env.pop(name, None)  # set when the suite itself runs inside a git hook
    return env


def run(argv: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=BUILD_TIMEOUT, check=False)


def git(cwd: Path, env: dict[str, str], *argv: str) -> str:
    done = run(["git", *argv], cwd, env)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def hook_repository(tmp_path_factory: pytest.TempPathFactory, environment: dict[str, str]) -> tuple[Path, str]:
    """The working tree as it is now, committed to a repository of its own.

    pre-commit installs a hook from a commit; copying lets the test check uncommitted work."""
    snapshot = tmp_path_factory.mktemp("hook") / "numcheck"
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        check=False,
    )
    if listed.returncode == 0:
        for name in os.fsdecode(listed.stdout).split("\0"):
            source = ROOT / name
            if name and source.is_file():  # a file deleted but not yet committed is listed too
                (snapshot / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, snapshot / name)
    else:
        shutil.copytree(ROOT, snapshot, ignore=UNTRACKED)
    assert (snapshot / ".pre-commit-hooks.yaml").is_file()
    git(snapshot, environment, "init", "-q")
    git(snapshot, environment, "add", "-A")
    git(snapshot, environment, "commit", "-q", "--no-verify", "-m", "snapshot")
    return snapshot, git(snapshot, environment, "rev-parse", "HEAD").strip()


def project(path: Path, env: dict[str, str]) -> Path:
    path.mkdir()
    git(path, env, "init", "-q")
    (path / "intro.md").write_text("# Nurses\n\nNo figures here.\n", "utf-8")
    git(path, env, "add", "intro.md")
    git(path, env, "commit", "-q", "--no-verify", "-m", "start")
    return path


def commits(repository: Path, env: dict[str, str]) -> int:
    return int(git(repository, env, "rev-list", "--count", "HEAD"))


def test_try_repo_fails_on_a_staged_contradiction(
    tmp_path: Path, environment: dict[str, str], hook_repository: tuple[Path, str]
) -> None:
    snapshot, _ = hook_repository
    repository = project(tmp_path / "project", environment)
    (repository / "draft.md").write_text(CLEAN + "\n" + CONTRADICTION, "utf-8")
    git(repository, environment, "add", "draft.md")
    done = run([sys.executable, "-m", "pre_commit", "try-repo", str(snapshot), "numcheck"], repository, environment)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "numcheck" in done.stdout and "Failed" in done.stdout
    assert "draft.md:3:43: error [figure-mismatch]" in done.stdout


def test_installed_hook_blocks_a_contradiction_and_lets_a_clean_commit_through(
    tmp_path: Path, environment: dict[str, str], hook_repository: tuple[Path, str]
) -> None:
    """Installed the way a user installs it, from the snapshot at its commit. The contradiction spans two
    files of two types, so it also shows both reach numcheck in one run (require_serial)."""
    snapshot, revision = hook_repository
    repository = project(tmp_path / "project", environment)
    (repository / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {snapshot.as_uri()}\n    rev: {revision}\n    hooks:\n      - id: numcheck\n", "utf-8"
    )
    git(repository, environment, "add", ".pre-commit-config.yaml")
    installed = run([sys.executable, "-m", "pre_commit", "install"], repository, environment)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    (repository / "hired.md").write_text(CLEAN, "utf-8")
    (repository / "confirmed.txt").write_text(CONTRADICTION, "utf-8")
    git(repository, environment, "add", "hired.md", "confirmed.txt")
    before = commits(repository, environment)
    blocked = run(["git", "commit", "-m", "a contradiction"], repository, environment)
    assert blocked.returncode != 0, blocked.stdout + blocked.stderr
    assert "confirmed.txt:1:43: error [figure-mismatch]" in blocked.stdout + blocked.stderr
    assert commits(repository, environment) == before

    (repository / "confirmed.txt").write_text(AGREEMENT, "utf-8")
    git(repository, environment, "add", "confirmed.txt")
    passed = run(["git", "commit", "-m", "figures agree"], repository, environment)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "numcheck" in passed.stdout + passed.stderr and "Passed" in passed.stdout + passed.stderr
    assert commits(repository, environment) == before + 1
