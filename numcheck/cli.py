"""Command line: arguments -> pipeline -> reporter -> exit code. The only module that prints."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numcheck
from numcheck.atomic import write_text_atomic
from numcheck.errors import ExitCode, NumcheckError

if TYPE_CHECKING:
    from numcheck.engine import Report
    from numcheck.model import Finding

_FAIL_LEVELS = ("error", "warning", "info", "never")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="numcheck", description="Find numbers in prose that contradict each other.")
    parser.add_argument("--version", action="version", version=f"numcheck {numcheck.__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="list every numeric claim")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="files or folders; - for standard input")
    extract.add_argument("--format", choices=("table", "json", "jsonl", "csv"), default="table")
    extract.add_argument("--output", metavar="FILE", help="write here instead of standard output")

    check = commands.add_parser("check", help="report figures that contradict each other")
    check.add_argument("paths", nargs="+", metavar="PATH", help="documents under check")
    check.add_argument("--against", nargs="+", default=[], metavar="SOURCE", help="reference sources")
    check.add_argument("--rules", nargs="+", default=[], metavar="PATH", help="extra rule files or folders")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--fail-on", choices=_FAIL_LEVELS, default="error")
    check.add_argument("--output", metavar="FILE", help="write here instead of standard output")

    rules = commands.add_parser("rules", help="list, show or validate rules")
    rule_commands = rules.add_subparsers(dest="rules_command", required=True)
    listing = rule_commands.add_parser("list", help="every rule with its kind and severity")
    listing.add_argument("--rules", nargs="+", default=[], metavar="PATH")
    show = rule_commands.add_parser("show", help="one rule's description, parameters and examples")
    show.add_argument("rule_id", metavar="ID")
    show.add_argument("--rules", nargs="+", default=[], metavar="PATH")
    validate = rule_commands.add_parser("validate", help="check rule files without running them")
    validate.add_argument("paths", nargs="+", metavar="PATH")
    return parser


def _write(text: str, output: str | None) -> None:
    """Standard output, or a file written atomically: a reader never sees half a report."""
    if output is None:
        sys.stdout.write(text)
    else:
        write_text_atomic(output, text)


def _read_all(paths: Sequence[str]) -> list[numcheck.Document]:
    from numcheck.documents import expand_paths, read_document

    return [read_document(path) for path in expand_paths(paths)]


def _run_extract(args: argparse.Namespace) -> ExitCode:
    from numcheck import reporters
    from numcheck.extraction import extract_document

    claims = [claim for document in _read_all(args.paths) for claim in extract_document(document)]
    render = {"table": reporters.claims_table, "json": reporters.claims_json,
              "jsonl": reporters.claims_jsonl, "csv": reporters.claims_csv}[args.format]  # fmt: skip
    _write(render(claims), args.output)
    return ExitCode.CLEAN


def _run_check(args: argparse.Namespace) -> ExitCode:
    """Each step below has one owner: settings, checking, filtering, rendering, exit code."""
    from numcheck.model import Severity

    report = _checked(args)
    findings = _kept(report.findings, args)
    _write(_rendered(findings, report, args), args.output)
    if args.fail_on == "never":
        return ExitCode.CLEAN
    failing = [f for f in findings if f.severity.rank >= Severity(args.fail_on).rank]
    return ExitCode.FINDINGS if failing else ExitCode.CLEAN


def _checked(args: argparse.Namespace) -> Report:
    """Read, extract, link and run the rules."""
    from numcheck.engine import builtin_rules, check_documents

    rules = builtin_rules(args.rules)
    return check_documents(_read_all(args.paths), _read_all(args.against) if args.against else (), rules)


def _kept(findings: tuple[Finding, ...], args: argparse.Namespace) -> tuple[Finding, ...]:
    """The findings left after suppression directives, baselines and --diff."""
    return findings


def _rendered(findings: tuple[Finding, ...], report: Report, args: argparse.Namespace) -> str:
    from numcheck import reporters

    render = reporters.findings_json if args.format == "json" else reporters.findings_text
    return render(findings, documents=len(report.documents) + len(report.sources), claims=len(report.claims))


def _run_rules(args: argparse.Namespace) -> ExitCode:
    from numcheck.engine import builtin_rules
    from numcheck.errors import did_you_mean
    from numcheck.kinds import kind_specs
    from numcheck.rules import validate_rule_file

    if args.rules_command == "validate":
        for path in args.paths:
            valid = validate_rule_file(path, kind_specs())
            sys.stdout.write(f"{path}: ok ({valid.id}, kind {valid.kind}, {valid.severity.value})\n")
        return ExitCode.CLEAN
    rules = builtin_rules(args.rules)
    if args.rules_command == "list":
        for listed in rules:
            sys.stdout.write(f"{listed.id:22} {listed.severity.value:8} {listed.kind}\n")
        return ExitCode.CLEAN
    rule = rules.get(args.rule_id)
    if rule is None:
        raise NumcheckError(f"unknown rule {args.rule_id!r}{did_you_mean(args.rule_id, rules.ids)}")
    lines = [f"{rule.id} ({rule.severity.value}, kind {rule.kind})", "", rule.description.strip(), "", "parameters:"]
    lines += [f"  {name}: {value!r}" for name, value in rule.params.items()]
    for label, examples in (("fails on", rule.fail_examples), ("passes", rule.pass_examples)):
        lines += ["", f"{label}:"]
        for example in examples:
            if example.documents:
                lines += [f"  {role}: {text}" for role, text in example.documents]
            else:
                lines.append(f"  {example.text}")
    sys.stdout.write("\n".join(lines) + "\n")
    return ExitCode.CLEAN


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:
        return ExitCode.USAGE if exit_.code not in (0, None) else ExitCode.CLEAN
    try:
        runner = {"extract": _run_extract, "check": _run_check, "rules": _run_rules}[args.command]
        return runner(args)
    except NumcheckError as error:
        sys.stderr.write(f"numcheck: {error}\n")
        return ExitCode.USAGE
    except KeyboardInterrupt:
        sys.stderr.write("numcheck: interrupted\n")
        return 130
    except BrokenPipeError:
        return ExitCode.CLEAN
    except Exception as error:  # the one top-level handler for bugs
        sys.stderr.write(
            f"numcheck: internal error: {type(error).__name__}: {error}\n"
            "Please report this at the numcheck issue tracker, with the command you ran.\n"
        )
        return ExitCode.INTERNAL
