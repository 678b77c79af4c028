"""Loading and validating rule files: every mistake names the file, the line and the key."""

from __future__ import annotations

import contextlib
import json
import textwrap
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from numcheck.errors import ConfigError
from numcheck.model import Severity
from numcheck.rules import (
    MESSAGE_FIELDS,
    Example,
    KindSpec,
    ParamSpec,
    Rule,
    RuleSet,
    check_message,
    load_rules,
    parse_rule,
    validate_rule_file,
)

FIXTURES = Path(__file__).parent / "fixtures" / "rules"

KINDS = {
    "figure-mismatch": KindSpec(
        "figure-mismatch",
        "The same figure is given two values that cannot both be true.",
        params=(
            ParamSpec("relative_tolerance", float, 0.02, "How far apart two figures may be."),
            ParamSpec("min_claims", int, 2, "Claims needed before comparing.", minimum=1),
            ParamSpec("ignore_hedged", bool, False, "Skip hedged figures."),
            ParamSpec("mode", str, "strict", "How to compare.", choices=("strict", "loose")),
            ParamSpec("units", tuple, (), "Only these units.", choices=("km", "mi", "kg")),
        ),
    ),
    "sum-mismatch": KindSpec("sum-mismatch", "Parts do not add up to the stated total."),
}

# A valid rule; each case below changes one thing about it.
VALID = """\
kind: figure-mismatch
severity: error
message: "{primary} contradicts {other}"
description: Two figures for the same thing disagree.
params:
  relative_tolerance: 0.05
examples:
  fail:
    - "NATO sent 4,000 troops. Later: NATO sent 9,000 troops."
  pass:
    - "NATO sent 4,000 troops. Later: NATO sent 4,000 troops."
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def expect_error(path: Path, text: str) -> ConfigError:
    write(path.parent, path.name, text)
    with pytest.raises(ConfigError) as caught:
        validate_rule_file(path, KINDS)
    return caught.value


# (case id, YAML, line, key, text the message must contain)
MISTAKES = [
    (
        "unknown top-level key",
        VALID.replace("severity: error", "severty: error"),
        2,
        "severty",
        "unknown key (did you mean 'severity'?)",
    ),
    (
        "unknown kind",
        VALID.replace("kind: figure-mismatch", "kind: figure-mismatc"),
        1,
        "kind",
        "unknown kind 'figure-mismatc' (did you mean 'figure-mismatch'?)",
    ),
    (
        "unknown kind with nothing close lists the known kinds",
        VALID.replace("kind: figure-mismatch", "kind: spelling"),
        1,
        "kind",
        "(known kinds: figure-mismatch, sum-mismatch)",
    ),
    (
        "unknown param",
        VALID.replace("relative_tolerance: 0.05", "relative_tolerence: 0.05"),
        6,
        "params.relative_tolerence",
        "unknown parameter for kind 'figure-mismatch' (did you mean 'relative_tolerance'?)",
    ),
    (
        "wrong param type",
        VALID.replace("relative_tolerance: 0.05", "relative_tolerance: abc"),
        6,
        "params.relative_tolerance",
        "expected a number, got 'abc' (str)",
    ),
    (
        "quoted number gets a hint",
        VALID.replace("relative_tolerance: 0.05", 'relative_tolerance: "0.05"'),
        6,
        "params.relative_tolerance",
        "expected a number, got '0.05' (str) (write numbers unquoted",
    ),
    (
        "bool given for a float",
        VALID.replace("relative_tolerance: 0.05", "relative_tolerance: true"),
        6,
        "params.relative_tolerance",
        "expected a number, got True (bool)",
    ),
    (
        "infinite float",
        VALID.replace("relative_tolerance: 0.05", "relative_tolerance: .inf"),
        6,
        "params.relative_tolerance",
        "expected a finite number, got inf (float)",
    ),
    (
        "integer too large for a float",
        VALID.replace("relative_tolerance: 0.05", "relative_tolerance: " + "9" * 400),
        6,
        "params.relative_tolerance",
        "expected a finite number, got 999",
    ),
    (
        "float given for an int",
        VALID.replace("relative_tolerance: 0.05", "min_claims: 2.5"),
        6,
        "params.min_claims",
        "expected a whole number, got 2.5 (float)",
    ),
    (
        "number given for a bool",
        VALID.replace("relative_tolerance: 0.05", "ignore_hedged: 1"),
        6,
        "params.ignore_hedged",
        "expected true or false, got 1 (int)",
    ),
    (
        "value below minimum",
        VALID.replace("relative_tolerance: 0.05", "min_claims: 0"),
        6,
        "params.min_claims",
        "must be at least 1, got 0",
    ),
    (
        "string not among choices",
        VALID.replace("relative_tolerance: 0.05", "mode: strcit"),
        6,
        "params.mode",
        "expected one of 'strict', 'loose', got 'strcit' (did you mean 'strict'?)",
    ),
    (
        "list item of wrong type points at the item",
        VALID.replace("relative_tolerance: 0.05", "units:\n    - km\n    - 5"),
        8,
        "params.units[1]",
        "expected a string, got 5 (int)",
    ),
    (
        "bad severity",
        VALID.replace("severity: error", "severity: eror"),
        2,
        "severity",
        "unknown severity 'eror', expected one of info, warning, error (did you mean 'error'?)",
    ),
    (
        "missing required key",
        VALID.replace("description: Two figures for the same thing disagree.\n", ""),
        1,
        "description",
        "missing required key",
    ),
    (
        "message of the wrong type",
        VALID.replace('message: "{primary} contradicts {other}"', "message: [a, b]"),
        3,
        "message",
        "expected a string, got a list",
    ),
    (
        "duplicate key in YAML",
        VALID + "severity: warning\n",
        12,
        "severity",
        "duplicate key",
    ),
    (
        "invalid YAML syntax",
        VALID.replace("    - km", "").replace("  relative_tolerance: 0.05", "  relative: [0.05"),
        7,
        None,
        "invalid YAML",
    ),
    (
        "python tag is refused by the safe loader",
        VALID.replace("relative_tolerance: 0.05", "relative_tolerance: !!python/object/apply:os.system [ls]"),
        6,
        None,
        "could not determine a constructor for the tag 'tag:yaml.org,2002:python/object/apply",
    ),
    (
        "bad message placeholder",
        VALID.replace("{other}", "{othr}"),
        3,
        "message",
        "unknown field {othr} (did you mean 'other'?)",
    ),
    (
        "attribute access in placeholder",
        VALID.replace("{other}", "{primary.__class__}"),
        3,
        "message",
        "{primary.__class__}: attribute and index access are not allowed",
    ),
    (
        "index access in placeholder",
        VALID.replace("{other}", "{other[0]}"),
        3,
        "message",
        "{other[0]}: attribute and index access are not allowed",
    ),
    (
        "positional placeholder",
        VALID.replace("{other}", "{}"),
        3,
        "message",
        "positional field {}",
    ),
    (
        "conversion in placeholder",
        VALID.replace("{other}", "{other!r}"),
        3,
        "message",
        "conversions are not allowed",
    ),
    (
        "nested field in format spec",
        VALID.replace("{other}", "{other:{primary}}"),
        3,
        "message",
        "only fill, alignment and width are allowed",
    ),
    (
        "unbalanced braces",
        VALID.replace("{other}", "{other"),
        3,
        "message",
        "malformed template",
    ),
    (
        "examples missing fail",
        VALID.replace('  fail:\n    - "NATO sent 4,000 troops. Later: NATO sent 9,000 troops."\n', ""),
        7,
        "examples.fail",
        "missing required key: every rule needs 'fail' examples",
    ),
    (
        "examples with an empty list",
        VALID.replace(
            '  fail:\n    - "NATO sent 4,000 troops. Later: NATO sent 9,000 troops."\n',
            "  fail: []\n",
        ),
        8,
        "examples.fail",
        "needs at least one example",
    ),
    (
        "unknown key under examples",
        VALID.replace("  pass:", "  passes:"),
        10,
        "examples.passes",
        "unknown key (did you mean 'pass'?)",
    ),
    (
        "example item of wrong type",
        VALID.replace("  pass:\n", "  pass:\n    - 42\n"),
        11,
        "examples.pass[0]",
        "expected a sentence (string) or a mapping with 'draft' and optional 'source', got 42 (int)",
    ),
    (
        "document example without a draft",
        VALID.replace("  pass:\n", "  pass:\n    - source: The report says 4,000.\n"),
        11,
        "examples.pass[0].draft",
        "missing required key",
    ),
    (
        "document example with an unknown role",
        VALID.replace("  pass:\n", "  pass:\n    - draft: We sent 4,000.\n      sources: x\n"),
        12,
        "examples.pass[0].sources",
        "unknown key (did you mean 'source'?)",
    ),
    (
        "document text of the wrong type",
        VALID.replace("  pass:\n", "  pass:\n    - draft:\n        - We sent 4,000.\n        - 7\n"),
        13,
        "examples.pass[0].draft[1]",
        "expected a string, got 7 (int)",
    ),
    (
        "enabled that is not a bool",
        VALID + "enabled: maybe\n",
        12,
        "enabled",
        "expected true or false, got 'maybe' (str)",
    ),
    (
        "params for a kind that takes none",
        VALID.replace("kind: figure-mismatch", "kind: sum-mismatch"),
        6,
        "params.relative_tolerance",
        "unknown parameter for kind 'sum-mismatch' (it takes no parameters)",
    ),
    (
        "control character YAML forbids",
        VALID.replace("same thing", "same\x07thing"),
        4,
        None,
        "invalid YAML: special characters are not allowed (0x0007)",
    ),
    (
        "top level that is not a mapping",
        "- kind: figure-mismatch\n",
        1,
        None,
        "a rule file must be a mapping of keys",
    ),
    (
        "empty file",
        "# nothing here yet\n",
        None,
        None,
        "the rule file is empty",
    ),
]


@pytest.mark.parametrize(
    ("text", "line", "key", "expected"),
    [case[1:] for case in MISTAKES],
    ids=[case[0] for case in MISTAKES],
)
def test_mistake_names_file_line_and_key(
    tmp_path: Path, text: str, line: int | None, key: str | None, expected: str
) -> None:
    path = tmp_path / "figure-mismatch.yaml"
    error = expect_error(path, text)
    assert error.path == str(path)
    assert error.line == line
    assert error.key == key
    assert expected in str(error)
    where = str(path) if line is None else f"{path}:{line}"
    assert str(error).startswith(where + ": ")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Figure_Mismatch.yaml", "(did you mean 'figure-mismatch.yaml'?)"),
        ("figure-mismatch.yml", "(did you mean 'figure-mismatch.yaml'?)"),
        ("1st-rule.yaml", "got '1st-rule.yaml'"),
        ("vocabulary.yaml", "holds the vocabulary, not a rule"),
    ],
)
def test_bad_file_name(tmp_path: Path, name: str, expected: str) -> None:
    path = write(tmp_path, name, VALID)
    with pytest.raises(ConfigError) as caught:
        validate_rule_file(path, KINDS)
    assert caught.value.path == str(path)
    assert caught.value.line is None
    assert caught.value.key is None
    assert expected in str(caught.value)


def test_valid_rule_fills_defaults_and_freezes(tmp_path: Path) -> None:
    rule = validate_rule_file(write(tmp_path, "figure-mismatch.yaml", VALID), KINDS)
    assert rule.id == "figure-mismatch"
    assert rule.kind == "figure-mismatch"
    assert rule.severity is Severity.ERROR
    assert rule.enabled is True
    assert rule.path == str(tmp_path / "figure-mismatch.yaml")
    assert dict(rule.params) == {
        "relative_tolerance": 0.05,
        "min_claims": 2,
        "ignore_hedged": False,
        "mode": "strict",
        "units": (),
    }
    assert rule.fail_examples == (Example(text="NATO sent 4,000 troops. Later: NATO sent 9,000 troops."),)
    assert rule.message_fields == {"primary", "other"}
    assert rule.render({"primary": "4,000", "other": "9,000"}) == "4,000 contradicts 9,000"
    with pytest.raises(TypeError):
        rule.params["min_claims"] = 3  # type: ignore[index]
    with pytest.raises(FrozenInstanceError):
        rule.enabled = False  # type: ignore[misc]
    hash(rule)


def test_param_values_are_normalised(tmp_path: Path) -> None:
    text = VALID.replace(
        "relative_tolerance: 0.05",
        "relative_tolerance: 1\n  units: [km, mi]\n  ignore_hedged: true\n  mode: loose",
    )
    rule = validate_rule_file(write(tmp_path, "figure-mismatch.yaml", text), KINDS)
    assert rule.params["relative_tolerance"] == 1.0
    assert isinstance(rule.params["relative_tolerance"], float)
    assert rule.params["units"] == ("km", "mi")
    assert rule.params["ignore_hedged"] is True
    assert rule.params["mode"] == "loose"


def test_document_examples_and_disabled_rule(tmp_path: Path) -> None:
    text = (
        VALID.replace(
            "  pass:\n",
            "  pass:\n"
            "    - draft: We sent 4,000 troops.\n"
            "      source: ['The ministry said 4,000 troops.', 'Reuters said 4,000.']\n",
        )
        + "enabled: false\n"
    )
    rule = validate_rule_file(write(tmp_path, "figure-mismatch.yaml", text), KINDS)
    assert rule.enabled is False
    example = rule.pass_examples[0]
    assert example.text == ""
    assert example.documents == (
        ("draft", "We sent 4,000 troops."),
        ("source", "The ministry said 4,000 troops."),
        ("source", "Reuters said 4,000."),
    )
    assert example.drafts == ("We sent 4,000 troops.",)
    assert len(example.sources) == 2


def test_fixture_folder_loads() -> None:
    rules = load_rules([FIXTURES], KINDS, builtin=None)
    assert rules.ids == ("figure-mismatch", "parts-sum")
    assert rules.get("parts-sum") is not None
    assert rules.get("parts-sum").severity is Severity.WARNING  # type: ignore[union-attr]


def test_user_rule_overrides_builtin(tmp_path: Path) -> None:
    builtin = tmp_path / "builtin"
    write(builtin, "figure-mismatch.yaml", VALID)
    write(builtin, "other-rule.yaml", VALID)
    write(builtin, "vocabulary.yaml", "hedges: {}\n")  # not a rule: skipped
    user = write(
        tmp_path / "mine",
        "figure-mismatch.yaml",
        VALID.replace("severity: error", "severity: info"),
    )
    rules = load_rules([user], KINDS, builtin=builtin)
    assert rules.ids == ("figure-mismatch", "other-rule")
    overridden = rules.get("figure-mismatch")
    assert overridden is not None
    assert overridden.severity is Severity.INFO
    assert overridden.path == str(user)
    assert len(rules) == 2
    assert [rule.id for rule in rules] == ["figure-mismatch", "other-rule"]


def test_duplicate_ids_across_user_folders(tmp_path: Path) -> None:
    first = write(tmp_path / "team", "figure-mismatch.yaml", VALID)
    second = write(tmp_path / "mine", "figure-mismatch.yaml", VALID)
    with pytest.raises(ConfigError) as caught:
        load_rules([first.parent, second.parent], KINDS, builtin=None)
    error = caught.value
    assert error.path == str(second)
    assert error.line is None
    assert error.key is None
    assert f"duplicate rule id 'figure-mismatch': also defined in {first}" in str(error)


def test_same_file_twice_is_not_a_duplicate(tmp_path: Path) -> None:
    path = write(tmp_path / "mine", "figure-mismatch.yaml", VALID)
    assert load_rules([path.parent, path], KINDS, builtin=None).ids == ("figure-mismatch",)


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(ConfigError) as caught:
        load_rules([missing], KINDS, builtin=None)
    assert caught.value.path == str(missing)
    assert "no such rule file or folder" in str(caught.value)


def test_stray_yml_in_folder_is_an_error(tmp_path: Path) -> None:
    stray = write(tmp_path, "figure-mismatch.yml", VALID)
    with pytest.raises(ConfigError) as caught:
        load_rules([tmp_path], KINDS, builtin=None)
    assert caught.value.path == str(stray)
    assert "rename it to figure-mismatch.yaml" in str(caught.value)


def test_ruleset_sorts_and_rejects_duplicate_ids() -> None:
    def rule(rule_id: str) -> Rule:
        return parse_rule(VALID, f"{rule_id}.yaml", KINDS)

    rules = RuleSet((rule("b-rule"), rule("a-rule")))
    assert rules.ids == ("a-rule", "b-rule")
    assert "a-rule" in rules
    assert rules.get("c-rule") is None
    with pytest.raises(ValueError, match="same id"):
        RuleSet((rule("a-rule"), rule("a-rule")))


def test_spec_records_reject_bad_declarations() -> None:
    with pytest.raises(ValueError, match="type must be one of"):
        ParamSpec("x", list, [], "")
    with pytest.raises(ValueError, match="bad default"):
        ParamSpec("x", float, "0.1", "")
    with pytest.raises(ValueError, match="minimum applies only to numbers"):
        ParamSpec("x", str, "", "", minimum=1)
    with pytest.raises(ValueError, match="duplicate parameter names"):
        KindSpec("k", "", (ParamSpec("x", int, 1, ""), ParamSpec("x", int, 2, "")))
    with pytest.raises(ValueError, match="either a text or documents"):
        Example()
    with pytest.raises(ValueError, match="draft or source"):
        Example(documents=(("reference", "x"),))
    assert ParamSpec("x", float, 1, "").default == 1.0


@pytest.mark.parametrize(
    "message",
    ["{primary} vs {other}", "{primary:>12} ({unit})", "literal {{braces}} and {detail}", "plain"],
)
def test_allowed_messages(message: str) -> None:
    check_message(message, "r.yaml", line=3)


@given(st.lists(st.sampled_from(sorted(MESSAGE_FIELDS))), st.text(alphabet="ab .,"))
def test_any_message_of_known_fields_is_accepted(names: list[str], glue: str) -> None:
    check_message(glue.join("{" + name + "}" for name in names), "r.yaml")


@settings(max_examples=300)
@given(st.text())
def test_any_text_is_a_rule_or_a_config_error(text: str) -> None:
    with contextlib.suppress(ConfigError):
        parse_rule(text, "figure-mismatch.yaml", KINDS)


@settings(max_examples=200)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
        lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
        max_leaves=10,
    )
)
def test_any_param_value_is_accepted_or_a_config_error(value: object) -> None:
    text = VALID.replace("relative_tolerance: 0.05", "units: " + json.dumps(value))
    try:
        parse_rule(text, "figure-mismatch.yaml", KINDS)
    except ConfigError as error:
        assert error.key is not None and error.key.startswith("params.units")


@pytest.mark.parametrize("text", [case[1] for case in MISTAKES], ids=[case[0] for case in MISTAKES])
def test_every_mistake_is_exit_2_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    """The same mistakes, against the real kinds, through `numcheck check --rules`."""
    from numcheck.cli import main
    from numcheck.kinds import kind_specs

    rules = write(tmp_path, "figure-mismatch.yaml", text)
    with pytest.raises(ConfigError) as caught:
        validate_rule_file(rules, kind_specs())
    document = write(tmp_path, "draft.txt", "The trust hired 12,000 nurses.\n")
    assert main(["check", str(document), "--rules", str(rules)]) == 2
    assert capsys.readouterr().err == f"numcheck: {caught.value}\n"


def _with_lines(value: object) -> object:
    """A loaded YAML value with the lines it remembers, so two loads compare line for line."""
    from numcheck.yamlfile import LineDict, LineList

    if isinstance(value, LineDict):
        return ("map", value.line, value.key_lines, {key: _with_lines(item) for key, item in value.items()})
    if isinstance(value, LineList):
        return ("list", value.line, value.item_lines, [_with_lines(item) for item in value])
    return value


@pytest.mark.parametrize("item_lines", [False, True])
@pytest.mark.parametrize(
    "path", sorted((Path(__file__).parents[1] / "rules").glob("*.yaml")), ids=lambda path: path.name
)
def test_libyaml_fast_path_reads_what_the_pure_parser_reads(path: Path, item_lines: bool) -> None:
    from numcheck import yamlfile

    if not yamlfile._FAST:
        pytest.skip("PyYAML was built without libyaml")
    text = path.read_text("utf-8")
    fast = yamlfile._parse(yamlfile._FAST[item_lines], text, path.name)
    pure = yamlfile._parse(yamlfile._PURE[item_lines], text, path.name)
    assert _with_lines(fast) == _with_lines(pure)


def test_what_only_the_pure_parser_accepts_still_loads() -> None:
    # libyaml rejects a JSON surrogate-pair escape that PyYAML's own parser reads
    from numcheck.yamlfile import load_yaml_text

    assert load_yaml_text('key: "\\ud800\\udc00"\n', "x.yaml") == {"key": "\ud800\udc00"}


@pytest.mark.parametrize(
    ("summary", "problem"),
    [
        ("Two figures disagree", "ending in a full stop"),
        ("A very long summary that goes on and on about what the rule does, far past a glance.", "at most 80"),
        ("[one, two]", "expected a string"),
    ],
)
def test_a_summary_must_be_one_short_sentence(tmp_path: Path, summary: str, problem: str) -> None:
    text = VALID.replace("description:", f"summary: {summary}\ndescription:")
    error = expect_error(tmp_path / "figure-mismatch.yaml", text)
    assert error.key == "summary" and error.line == 4
    assert problem in str(error)


@pytest.mark.parametrize(
    ("description", "short"),
    [
        ("Two figures for the same thing disagree.", "Two figures for the same thing disagree."),
        ("Two figures disagree. Hedges count.", "Two figures disagree."),
        ("Figures agree only if a hedge is ignored: one says fivefold", "Figures agree only if a hedge is ignored."),
        ("Shares of a whole add up to over 100%; or they miss it", "Shares of a whole add up to over 100%."),
        ("A change disagrees with its endpoints (tripled from 1 to 4)", "A change disagrees with its endpoints."),
        ("A change disagrees with its endpoints, or two statements disagree", "A change disagrees with its endpoints."),
    ],
)
def test_without_a_summary_the_short_description_is_the_first_clause(
    tmp_path: Path, description: str, short: str
) -> None:
    text = VALID.replace("description: Two figures for the same thing disagree.", f'description: "{description}"')
    rule = validate_rule_file(write(tmp_path, "figure-mismatch.yaml", text), KINDS)
    assert rule.short_description == short


def test_a_summary_is_the_short_description() -> None:
    from numcheck.engine import builtin_rules

    for rule in builtin_rules():
        assert rule.summary and rule.short_description == rule.summary
        assert rule.short_description != " ".join(rule.description.split())
