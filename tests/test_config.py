"""Configuration: discovery, precedence, strict validation with file and line, `numcheck config`."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from numcheck.cli import main
from numcheck.config import find_config, load_settings
from numcheck.errors import ConfigError, ExitCode
from numcheck.tomlfile import key_lines

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NURSES = "The trust hired 12,000 nurses last year."
MORE_NURSES = "Officials later confirmed the trust hired 15,000 nurses last year."


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), "utf-8")
    return path


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository root (it has .git, which bounds the upward search); the cwd is its root."""
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "repo")
    return tmp_path / "repo"


def config_error(**kwargs: object) -> ConfigError:
    with pytest.raises(ConfigError) as caught:
        load_settings({}, **kwargs)  # type: ignore[arg-type]
    return caught.value


# Discovery ----------------------------------------------------------------------------------


def test_no_config_means_defaults(repo: Path) -> None:
    settings = load_settings({})
    assert settings.config_file is None and settings.fail_on == "error" and settings.against == ()
    assert set(settings.origins.values()) == {"default"}


def test_pyproject_is_found_from_a_subfolder(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(repo / "pyproject.toml", '[project]\nname = "x"\n\n[tool.numcheck]\nfail_on = "warning"\n')
    (repo / "docs" / "drafts").mkdir(parents=True)
    monkeypatch.chdir(repo / "docs" / "drafts")
    settings = load_settings({})
    assert settings.config_file == "../../pyproject.toml"
    assert settings.fail_on == "warning" and settings.origins["fail_on"] == "../../pyproject.toml:5"
    assert settings.root == str(repo)


def test_a_pyproject_without_our_table_is_passed_over(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(repo / ".numcheck.yaml", "fail_on: info\n")
    write(repo / "sub" / "pyproject.toml", "[tool.ruff]\nline-length = 100\n")
    monkeypatch.chdir(repo / "sub")
    assert find_config(Path.cwd()) == repo / ".numcheck.yaml"


def test_the_nearest_file_wins(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(repo / "pyproject.toml", '[tool.numcheck]\nfail_on = "warning"\n')
    write(repo / "sub" / ".numcheck.yaml", "fail_on: info\n")
    monkeypatch.chdir(repo / "sub")
    assert load_settings({}).fail_on == "info"
    monkeypatch.chdir(repo)
    assert load_settings({}).fail_on == "warning"


def test_the_search_stops_at_the_repository_root(repo: Path) -> None:
    write(repo.parent / ".numcheck.yaml", "fail_on: info\n")
    assert find_config(repo) is None
    assert load_settings({}).fail_on == "error"


def test_two_configs_in_one_folder_are_an_error(repo: Path) -> None:
    write(repo / "pyproject.toml", '[tool.numcheck]\nfail_on = "warning"\n')
    write(repo / ".numcheck.yaml", "fail_on: info\n")
    error = config_error()
    assert ".numcheck.yaml" in str(error) and "keep one" in str(error)


def test_a_yml_spelling_is_an_error_not_ignored(repo: Path) -> None:
    write(repo / ".numcheck.yml", "fail_on: info\n")
    assert "rename" in str(config_error())


def test_config_flag_overrides_the_search(repo: Path) -> None:
    write(repo / ".numcheck.yaml", "fail_on: info\n")
    write(repo / "ci" / "strict.toml", '[tool.numcheck]\nfail_on = "warning"\n')
    settings = load_settings({}, config="ci/strict.toml")
    assert settings.config_file == "ci/strict.toml" and settings.fail_on == "warning"
    assert settings.origins["fail_on"] == "ci/strict.toml:2"


def test_config_flag_errors(repo: Path) -> None:
    assert "no such config file" in str(config_error(config="missing.yaml"))
    write(repo / "other.toml", "[tool.black]\nline-length = 1\n")
    assert "has no [tool.numcheck] table" in str(config_error(config="other.toml"))


def test_an_empty_yaml_file_configures_nothing(repo: Path) -> None:
    write(repo / ".numcheck.yaml", "# nothing yet\n")
    settings = load_settings({})
    assert settings.config_file == ".numcheck.yaml" and settings.fail_on == "error"


# Precedence ---------------------------------------------------------------------------------


def test_flags_override_the_file_which_overrides_defaults(repo: Path) -> None:
    write(repo / "sources" / "wire.txt", NURSES + "\n")
    write(repo / ".numcheck.yaml", "fail_on: warning\nagainst: [sources]\n")
    settings = load_settings({"fail_on": "info", "against": None})
    assert settings.fail_on == "info" and settings.origins["fail_on"] == "command line"
    assert settings.against == ("sources",) and settings.origins["against"] == ".numcheck.yaml:2"
    assert settings.origins["vocabulary"] == "default"


def test_precedence_decides_the_exit_code(repo: Path) -> None:
    """seeds/ hold one warning: it fails only where the merged fail level is warning or lower."""
    seeds = str(SEEDS)
    assert main(["check", seeds]) == ExitCode.CLEAN
    write(repo / "pyproject.toml", '[tool.numcheck]\nfail_on = "warning"\n')
    assert main(["check", seeds]) == ExitCode.FINDINGS
    write(repo / ".numcheck.yaml", "fail_on: never\n")
    (repo / "pyproject.toml").unlink()
    assert main(["check", seeds]) == ExitCode.CLEAN
    assert main(["check", seeds, "--fail-on", "warning"]) == ExitCode.FINDINGS
    write(repo / "ci.yaml", "fail_on: info\n")
    assert main(["check", seeds, "--config", "ci.yaml"]) == ExitCode.FINDINGS


def test_paths_in_a_config_are_relative_to_its_folder(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(repo / "sources" / "wire.txt", NURSES + "\n")
    write(
        repo / "newsroom" / "rules" / "house-style.yaml", (SEEDS.parent / "rules" / "magnitude-slip.yaml").read_text()
    )
    write(repo / ".numcheck.yaml", "against: sources\nrule_folders: [newsroom/rules]\n")
    write(repo / "docs" / "draft.md", MORE_NURSES + "\n")
    monkeypatch.chdir(repo / "docs")
    settings = load_settings({})
    assert settings.against == ("../sources",) and settings.rule_folders == ("../newsroom/rules",)
    assert "house-style" in settings.rules
    out = repo / "report.json"
    assert main(["check", "draft.md", "--format", "json", "--output", str(out), "--fail-on", "never"]) == 0
    findings = json.loads(out.read_text("utf-8"))["findings"]
    assert any(c["path"] == "../sources/wire.txt" for f in findings for c in f["claims"])


# The settings taking effect -----------------------------------------------------------------


def test_rules_can_be_switched_off_and_retuned(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = str(SEEDS)
    write(repo / ".numcheck.yaml", "rules:\n  hedge-conflict: false\n")
    assert main(["check", seeds, "--fail-on", "info"]) == ExitCode.CLEAN
    assert "[hedge-conflict]" not in capsys.readouterr().out
    write(repo / ".numcheck.yaml", "rules:\n  hedge-conflict:\n    severity: error\n")
    assert main(["check", seeds]) == ExitCode.FINDINGS
    assert "error [hedge-conflict]" in capsys.readouterr().out


def test_rule_parameters_are_applied(repo: Path) -> None:
    write(repo / "draft.md", "The trust hired 12,000 nurses last year.\n\nIt hired 12,100 nurses last year.\n")
    write(repo / ".numcheck.yaml", "rules:\n  figure-mismatch:\n    params:\n      relative_tolerance: 0.0\n")
    settings = load_settings({})
    rule = settings.rules.get("figure-mismatch")
    assert rule is not None and rule.params["relative_tolerance"] == 0.0
    assert rule.params["use_rounding"] is True  # untouched parameters keep the rule file's value
    assert settings.origins["rules.figure-mismatch.params.relative_tolerance"] == ".numcheck.yaml:4"
    assert settings.origins["rules.figure-mismatch.params.use_rounding"] == "default"


def test_include_and_exclude_choose_the_documents(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(repo / "docs" / "a.md", NURSES + "\n")
    write(repo / "docs" / "notes.txt", NURSES + "\n")
    write(repo / "docs" / "archive" / "old.md", MORE_NURSES + "\n")
    write(repo / ".numcheck.yaml", "include: ['*.md']\nexclude: [archive/]\n")

    def checked(*paths: str) -> list[str]:
        assert main(["check", *paths, "--format", "json", "--fail-on", "never"]) == 0
        return [f["path"] for f in json.loads(capsys.readouterr().out)["findings"]]

    assert main(["check", "docs", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["documents"] == 1
    # A file named on the command line is filtered too, as pre-commit passes every file by name.
    assert checked("docs/a.md", "docs/archive/old.md") == []
    write(repo / ".numcheck.yaml", "exclude: [notes.txt]\n")
    assert checked("docs") == ["docs/a.md"]  # a.md against archive/old.md


def test_exchange_rates_reach_the_currency_rule(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(repo / "draft.md", "The ministry signed a €60 million contract for radar systems.\n")
    write(repo / "source.txt", "The ministry signed a $100 million contract for radar systems.\n")
    assert main(["check", "draft.md", "--against", "source.txt", "--fail-on", "info"]) == ExitCode.CLEAN
    capsys.readouterr()
    write(repo / ".numcheck.yaml", "exchange_rates:\n  base: EUR\n  rates: {USD: 0.92, GBP: 1.17}\n")
    settings = load_settings({})
    assert settings.exchange_rates is not None
    assert dict(settings.exchange_rates.in_reference_currency()) == {"EUR": 1.0, "USD": 0.92, "GBP": 1.17}
    assert main(["check", "draft.md", "--against", "source.txt", "--fail-on", "info"]) == ExitCode.FINDINGS
    assert "[currency-mismatch]" in capsys.readouterr().out


def test_vocabulary_from_the_config(repo: Path) -> None:
    vocabulary = SEEDS.parent / "rules" / "vocabulary.yaml"
    write(repo / "style" / "vocabulary.yaml", vocabulary.read_text("utf-8"))
    write(repo / ".numcheck.yaml", "vocabulary: style/vocabulary.yaml\n")
    assert load_settings({}).vocabulary == "style/vocabulary.yaml"
    assert load_settings({"vocabulary": "v.yaml"}).vocabulary == "v.yaml"


# Strict validation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "line", "expected"),
    [
        (".numcheck.yaml", "against: []\nfail-on: warning\n", 2, "'fail-on': unknown key (did you mean 'fail_on'?)"),
        (
            "pyproject.toml",
            '[project]\nname = "x"\n\n[tool.numcheck]\nagainst = []\nfail-on = "warning"\n',
            6,
            "'fail-on': unknown key (did you mean 'fail_on'?)",
        ),
        (".numcheck.yaml", "fail_on: warnings\n", 1, "(did you mean 'warning'?)"),
        (".numcheck.yaml", "rules:\n  hedge-conflct: false\n", 2, "unknown rule (did you mean 'hedge-conflict'?)"),
        (".numcheck.yaml", "rules:\n  hedge-conflict:\n    severty: error\n", 3, "(did you mean 'severity'?)"),
        (".numcheck.yaml", "rules:\n  hedge-conflict:\n    severity: eror\n", 3, "(did you mean 'error'?)"),
        (".numcheck.yaml", "rules:\n  hedge-conflict:\n    enabled: 'no'\n", 3, "expected true or false"),
        (
            ".numcheck.yaml",
            "rules:\n  hedge-conflict:\n    params:\n      relative_tolerence: 0.1\n",
            4,
            "'rules.hedge-conflict.params.relative_tolerence': unknown parameter for kind 'hedge-conflict' "
            "(did you mean 'relative_tolerance'?)",
        ),
        (
            "pyproject.toml",
            '[tool.numcheck.rules.hedge-conflict]\nseverity = "error"\nparams = { relative_tolerance = -1 }\n',
            3,
            "'rules.hedge-conflict.params.relative_tolerance': must be at least 0",
        ),
        (
            "pyproject.toml",
            '[tool.numcheck]\nrules.percent-total.params.exhaustive_markers = ["the rest", 3]\n',
            2,
            "params.exhaustive_markers[1]': expected a string",
        ),
        (".numcheck.yaml", "against: missing/\n", 1, "no such file or folder: missing/"),
        (".numcheck.yaml", "include: ['!']\n", 1, "not a valid .gitignore-style pattern"),
        (".numcheck.yaml", "exchange_rates:\n  base: euro\n  rates: {USD: 1.1}\n", 2, "ISO 4217"),
        (".numcheck.yaml", "exchange_rates:\n  base: EUR\n  rates:\n    USD: -1\n", 4, "expected a positive number"),
        (".numcheck.yaml", "exchange_rates:\n  base: EUR\n  rates: {EUR: 2}\n", 3, "worth 1 EUR by definition"),
        (".numcheck.yaml", "exchange_rates:\n  base: EUR\n  rate: {USD: 2}\n", 3, "(did you mean 'rates'?)"),
        (".numcheck.yaml", "- fail_on\n", 1, "expected a mapping of settings"),
        ("pyproject.toml", '[tool.numcheck]\nfail_on = "warning\n', 2, "invalid TOML"),
        (".numcheck.yaml", "fail_on: [warning\n", 2, "invalid YAML"),
    ],
)
def test_bad_config_names_file_and_line(
    repo: Path, capsys: pytest.CaptureFixture[str], name: str, text: str, line: int, expected: str
) -> None:
    write(repo / name, text)
    assert main(["check", str(SEEDS)]) == ExitCode.USAGE
    error = capsys.readouterr().err
    assert f"numcheck: {name}:{line}: " in error and expected in error
    assert main(["config"]) == ExitCode.USAGE  # `numcheck config` validates as strictly


def test_toml_key_lines() -> None:
    text = textwrap.dedent(
        '''
        [project]
        desc = """multi
        [tool.numcheck]
        line"""
        deps = [
          "a",  # a comment with [brackets]
          'b',
        ]

        [tool.numcheck]
        fail_on = "warning"
        rules.figure-mismatch.enabled = false
        "quoted.key" = 1.5e-3

        [tool.numcheck.rules.hedge-conflict]
        params = { relative_tolerance = 0.05, use_rounding = true }

        [[tool.numcheck.list]]
        x = 1
        [[tool.numcheck.list]]
        x = 2
        '''
    ).lstrip("\n")
    lines = key_lines(text)
    numcheck = ("tool", "numcheck")
    assert lines[("project", "deps", 1)] == 7
    assert lines[numcheck] == 10
    assert lines[(*numcheck, "fail_on")] == 11
    assert lines[(*numcheck, "rules", "figure-mismatch", "enabled")] == 12
    assert lines[(*numcheck, "quoted.key")] == 13
    assert lines[(*numcheck, "rules", "hedge-conflict")] == 15
    assert lines[(*numcheck, "rules", "hedge-conflict", "params", "use_rounding")] == 16
    assert lines[(*numcheck, "list", 1, "x")] == 21


# numcheck config ----------------------------------------------------------------------------


def test_config_command_shows_each_value_and_its_origin(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(repo / "sources" / "wire.txt", NURSES + "\n")
    write(
        repo / "pyproject.toml",
        """
        [tool.numcheck]
        against = ["sources"]
        fail_on = "warning"

        [tool.numcheck.rules.hedge-conflict]
        severity = "error"

        [tool.numcheck.exchange_rates]
        base = "EUR"
        rates = { USD = 0.92 }
        """,
    )
    assert main(["config", "--fail-on", "info"]) == ExitCode.CLEAN
    lines = {line.split(" = ")[0]: line for line in capsys.readouterr().out.splitlines()}
    assert lines["# config file: pyproject.toml"]
    assert lines["against"].startswith('against = ["sources"]') and lines["against"].endswith("# pyproject.toml:2")
    assert lines["fail_on"].startswith('fail_on = "info"') and lines["fail_on"].endswith("# command line")
    assert lines["vocabulary"].startswith("vocabulary = none") and lines["vocabulary"].endswith("# default")
    assert lines["rules.hedge-conflict.severity"].endswith("# pyproject.toml:6")
    assert lines["rules.hedge-conflict.enabled"].endswith("# default")
    assert lines["exchange_rates.rates.USD"].startswith("exchange_rates.rates.USD = 0.92")
    assert lines["exchange_rates.rates.USD"].endswith("# pyproject.toml:10")
    assert lines["rules.hedge-conflict.params.relative_tolerance"].endswith("# default")


def test_config_command_without_a_file(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config"]) == ExitCode.CLEAN
    out = capsys.readouterr().out
    assert out.startswith("# config file: none found")
    assert 'fail_on = "error"' in out


@pytest.mark.parametrize(("language", "name"), [("toml", "pyproject.toml"), ("yaml", ".numcheck.yaml")])
def test_the_readme_examples_are_valid(repo: Path, language: str, name: str) -> None:
    readme = (SEEDS.parent / "README.md").read_text("utf-8")
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    example = section.split(f"```{language}\n", 1)[1].split("```", 1)[0]
    (repo / "sources").mkdir()
    (repo / "style" / "numcheck").mkdir(parents=True)
    write(repo / "style" / "vocabulary.yaml", (SEEDS.parent / "rules" / "vocabulary.yaml").read_text("utf-8"))
    write(repo / name, example)
    settings = load_settings({})
    assert settings.config_file == name and settings.fail_on == "warning"
    hedge = settings.rules.get("hedge-conflict")
    assert hedge is not None and hedge.params["relative_tolerance"] == 0.05
    assert settings.exchange_rates is not None and settings.exchange_rates.rates["GBP"] == 1.17
