"""Command line: arguments -> pipeline -> reporter -> exit code. The only module that prints."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numcheck
from numcheck.atomic import write_output
from numcheck.errors import ExitCode, NumcheckError

if TYPE_CHECKING:
    from numcheck.cache import ClaimCache
    from numcheck.config import Settings
    from numcheck.corpus import Item
    from numcheck.editor import Checker
    from numcheck.engine import Report
    from numcheck.model import Finding
    from numcheck.suppression import UnusedDirective

_FAIL_LEVELS = ("error", "warning", "info", "never")
# The options that take exactly one value, by their argparse names.
_ONE_VALUE = ("output", "diff", "config", "format", "baseline", "vocabulary", "html", "scheduler", "fail_on", "engine")
_PATHS_HELP = "documents or folders under check; - reads standard input"
_RULES_HELP = "an extra rule file or folder; repeat for more"
_STRICT_HELP = "no document to check (an empty folder, say) is an error, not a warning"
_AGAINST_HELP = "a reference source, file or folder; repeat for more (--against a.txt --against b/)"
_EXIT_CODES = """\
exit codes:
  0  no findings at or above --fail-on
  1  findings at or above --fail-on (default: error)
  2  a usage, configuration or input error, named on standard error
  3  an internal error: please report it"""
# numcheck.reporters.FORMATS and "auto", spelt out so that parsing arguments imports no reporter.
_CHECK_FORMATS = ("text", "json", "sarif", "github", "junit", "markdown", "auto")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="numcheck", description="Find numbers in prose that contradict each other.")
    parser.add_argument("--version", action="version", version=f"numcheck {numcheck.__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="list every numeric claim")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="files or folders; - for standard input")
    extract.add_argument("--format", choices=("table", "json", "jsonl", "csv"), default="table")
    extract.add_argument("--output", metavar="FILE", help="write here instead of standard output")
    _add_speed_arguments(extract)

    check = commands.add_parser("check", help="report figures that contradict each other", epilog=_EXIT_CODES,
                                formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    check.add_argument("paths", nargs="+", metavar="PATH", help=_PATHS_HELP)
    _add_settings_arguments(check)
    check.add_argument(
        "--format", choices=_CHECK_FORMATS, default="text", help="auto: github inside GitHub Actions, else text"
    )
    check.add_argument("--output", metavar="FILE", help="write here instead of standard output")
    _add_speed_arguments(check)
    check.add_argument("--engine", choices=("local", "dask"), default="local", help="dask: on a Dask cluster (extra)")
    check.add_argument("--scheduler", metavar="ADDRESS", help="--engine dask: this scheduler, not a local cluster")
    config = commands.add_parser("config", help="show the merged configuration and where each value came from")
    _add_settings_arguments(config)

    # Adoption: hide what was already there, check only what changed (README, "Suppressing findings").
    check.add_argument("--baseline", metavar="FILE", help="hide the findings recorded in this baseline file")
    check.add_argument("--diff", metavar="REV", help="only findings on lines changed since git revision REV")
    check.add_argument(
        "--warn-unused-ignores", action="store_true", help="warn about numcheck directives that hide nothing"
    )
    baseline = commands.add_parser("baseline", help="record today's findings, for check --baseline")
    baseline.add_argument("paths", nargs="+", metavar="PATH", help=_PATHS_HELP)
    # check's settings flags less --fail-on, which a baseline has no use for: it records every finding.
    baseline.add_argument("--config", metavar="FILE", help="this config file instead of searching upward for one")
    _add_sources_and_rules(baseline)
    baseline.add_argument("--vocabulary", metavar="FILE", help="a vocabulary file to use instead of the built-in one")
    _add_strict(baseline)
    baseline.add_argument("--output", metavar="FILE", help="where to write it (default: .numcheck-baseline.json)")
    _add_speed_arguments(baseline)

    report = commands.add_parser("report", help="what every document says about each quantity: tables, or HTML",
                                 epilog=_EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    report.add_argument("paths", nargs="+", metavar="PATH", help=_PATHS_HELP)
    _add_settings_arguments(report)
    report.add_argument("--format", choices=("text", "json"), default="text", help="json: docs/json-output.md")
    report.add_argument("--output", metavar="FILE", help="write here instead of standard output")
    report.add_argument("--html", metavar="FILE", help="also write the report as one self-contained HTML page")
    report.add_argument("--baseline", metavar="FILE", help="hide the findings recorded in this baseline file")
    _add_speed_arguments(report)
    report.set_defaults(diff=None, warn_unused_ignores=False)  # check's other adoption flags, unused here

    lsp = commands.add_parser("lsp", help="a language server on standard input and output, for editors")
    _add_settings_arguments(lsp)
    lsp.add_argument("--baseline", metavar="FILE", help="hide the findings recorded in this baseline file")
    lsp.add_argument("--no-cache", action="store_true", help="neither read nor write .numcheck_cache/")
    lsp.add_argument("--debounce", type=float, default=0.3, metavar="SECONDS",
                     help="check a changed document once typing pauses this long (default: 0.3)")  # fmt: skip

    rules = commands.add_parser("rules", help="list, show or validate rules")
    rule_commands = rules.add_subparsers(dest="rules_command", required=True)
    listing = rule_commands.add_parser("list", help="every rule with its severity and what it flags")
    listing.add_argument("--rules", action="append", default=[], metavar="PATH", help=_RULES_HELP)
    show = rule_commands.add_parser("show", help="one rule's description, parameters and examples")
    show.add_argument("rule_id", metavar="ID")
    show.add_argument("--rules", action="append", default=[], metavar="PATH", help=_RULES_HELP)
    validate = rule_commands.add_parser("validate", help="check rule files without running them")
    validate.add_argument("paths", nargs="+", metavar="PATH")
    _add_walk_arguments(extract, check, baseline, report)
    return parser


def _add_settings_arguments(parser: argparse.ArgumentParser) -> None:
    """Flags that override the config file. None means "not given", so the file's value stands."""
    parser.add_argument("--config", metavar="FILE", help="this config file instead of searching upward for one")
    _add_sources_and_rules(parser)
    parser.add_argument("--vocabulary", metavar="FILE", help="a vocabulary file to use instead of the built-in one")
    parser.add_argument("--fail-on", choices=_FAIL_LEVELS, help="exit 1 on findings at or above this (default: error)")
    _add_strict(parser)


def _add_strict(parser: argparse.ArgumentParser) -> None:
    # None when not given, so a config file's `strict = true` stands
    parser.add_argument("--strict", action="store_true", default=None, help=_STRICT_HELP)


def _add_sources_and_rules(parser: argparse.ArgumentParser) -> None:
    """One value per flag, as many flags as needed: `--against a.txt --against b/ draft.md` leaves
    draft.md a document under check (a flag taking several values would swallow it)."""
    parser.add_argument("--against", action="append", metavar="SOURCE", help=_AGAINST_HELP)
    parser.add_argument("--rules", action="append", metavar="PATH", help=_RULES_HELP)


def _add_speed_arguments(parser: argparse.ArgumentParser) -> None:
    """How fast, never what: the output is the same with any of these."""
    parser.add_argument("--jobs", "-j", type=_job_count, metavar="N", help="extract in N processes (default: cores)")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write .numcheck_cache/")


def _add_walk_arguments(*parsers: argparse.ArgumentParser) -> None:
    for parser in parsers:
        parser.add_argument(
            "--follow-symlinks", action="store_true", help="in a folder, read symlinks to files outside it too"
        )


def _job_count(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, got {text!r}") from None
    if count < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1 process, got {count}")
    return count


def _write(chunks: Iterable[str], output: str | None, inputs: Iterable[str]) -> None:
    """Standard output, or the file named: a reader never sees half a report, and no input is overwritten."""
    write_output(output or "-", chunks, inputs=inputs)


def _standard_input(args: argparse.Namespace) -> numcheck.Document:
    """Standard input, read once per run: the check, its directives and the HTML page all need it."""
    document: numcheck.Document | None = getattr(args, "standard_input", None)
    if document is None:
        from numcheck.documents import read_document

        document = args.standard_input = read_document("-")
    return document


def _read_again(paths: Sequence[str], args: argparse.Namespace) -> list[numcheck.Document]:
    """The documents a check read, for their text: a check keeps claims, not documents."""
    from numcheck.documents import STDIN_PATH, read_document

    return [_standard_input(args) if path == STDIN_PATH else read_document(path) for path in paths]


def _file_paths(paths: Sequence[str], args: argparse.Namespace, keep: Callable[[str], bool] | None = None) -> list[str]:
    """The files the paths name, not yet read; `keep` filters them (include/exclude)."""
    from numcheck.documents import expand_paths

    skipped: list[str] = []
    follow = bool(getattr(args, "follow_symlinks", False))
    expanded = expand_paths(paths, follow_symlinks=follow, skipped=skipped)
    for note in skipped:
        _say(f"numcheck: note: {note} (--follow-symlinks reads it)")
    return [path for path in expanded if keep is None or keep(path)]


def _documents_under_check(paths: Sequence[str], settings: Settings, args: argparse.Namespace) -> list[str]:
    """The files to check. A folder without documents, or a run without any, is a warning on
    standard error (a typo in a path, or a pattern that excludes everything, would otherwise pass
    as clean), and an error with --strict or `strict = true`."""
    from numcheck.documents import WALKED_SUFFIXES

    problems: list[str] = []
    found: list[str] = []
    for path in paths:
        files = _file_paths([path], args)
        kept = [file for file in files if settings.selects(file)]
        if path != "-" and os.path.isdir(path) and not kept:
            why = "matches include/exclude" if files else f"is a document ({', '.join(sorted(WALKED_SUFFIXES))})"
            problems.append(f"{path}: no file in this folder {why}")
        found.extend(kept)
    documents = list(dict.fromkeys(found))
    if not documents:
        problems.append("no documents to check")
    if problems and settings.strict:
        raise NumcheckError("; ".join(problems))
    for problem in problems:
        sys.stderr.write(f"numcheck: warning: {problem}\n")
    return documents


def _speed(args: argparse.Namespace) -> tuple[ClaimCache | None, int]:
    """The claim cache (None with --no-cache) and the processes this run may extract in."""
    from numcheck.cache import ClaimCache
    from numcheck.corpus import default_jobs

    cache = None if getattr(args, "no_cache", False) else ClaimCache.open()
    return cache, getattr(args, "jobs", None) or default_jobs()


def _run_extract(args: argparse.Namespace) -> ExitCode:
    from numcheck import reporters
    from numcheck.corpus import extract_corpus
    from numcheck.progress import progress_bar
    from numcheck.vocabulary import load_vocabulary

    paths = _file_paths(args.paths, args)
    cache, jobs = _speed(args)
    with progress_bar(sys.stderr, len(paths)) as progress:
        extracted = extract_corpus(paths, load_vocabulary(), cache=cache, jobs=jobs, progress=progress)
        claims = [claim for document in extracted for claim in document.claims]
    render = {"table": reporters.claims_table, "json": reporters.claims_json,
              "jsonl": reporters.claims_jsonl, "csv": reporters.claims_csv}[args.format]  # fmt: skip
    _write(render(claims), args.output, paths)
    return ExitCode.CLEAN


def _run_check(args: argparse.Namespace) -> ExitCode:
    """Each step below has one owner: settings, checking, filtering, rendering, exit code."""
    from numcheck.model import Severity

    _settings(args)
    report = _checked(args)
    _kept_to_the_end()
    findings, unused, hidden = _kept(report, args)
    _write(_rendered(findings, report, args, hidden), args.output, [*report.documents, *report.sources])
    for directive in unused:  # warnings, like ruff's unused-noqa: they fail at --fail-on warning
        _say(f"{directive.location}: warning [unused-directive] {directive.message}")
    if args.fail_on == "never":
        return ExitCode.CLEAN
    failing = [f for f in findings if f.severity.rank >= Severity(args.fail_on).rank]
    failing_unused = unused and Severity.WARNING.rank >= Severity(args.fail_on).rank
    return ExitCode.FINDINGS if failing or failing_unused else ExitCode.CLEAN


def _kept_to_the_end() -> None:
    """Take everything alive out of the cyclic garbage collector's passes for the rest of the run.

    The report holds every claim to the end and no cycles, yet once the engine has handed the
    claims back to the collector, the next full pass (while rendering) and the one at exit went
    through all of them again: 0.14 and 0.08 s on the 1,000 generated stories. `main` is the
    program, which ends after the output, so nothing frozen needs freeing by the collector
    (refcounting still frees it). A long-lived process that runs `main` calls `gc.unfreeze()`."""
    gc.freeze()


def _settings(args: argparse.Namespace) -> Settings:
    """Defaults < config file < flags, merged once per run. The merged values go back onto `args`
    (against, rules, fail_on, vocabulary), so every step can read them there."""
    settings: Settings | None = getattr(args, "settings", None)
    if settings is None:
        from numcheck.config import load_settings

        flags = {
            "against": getattr(args, "against", None) or None,
            "rule_folders": getattr(args, "rules", None) or None,
            "vocabulary": getattr(args, "vocabulary", None),
            "fail_on": getattr(args, "fail_on", None),
            "strict": getattr(args, "strict", None),
        }
        settings = load_settings(flags, config=getattr(args, "config", None))
        args.settings = settings
        args.against, args.rules = list(settings.against), list(settings.rule_folders)
        args.fail_on, args.vocabulary = settings.fail_on, settings.vocabulary
    return settings


def _checked(args: argparse.Namespace) -> Report:
    """Read, extract, link and run the rules. Files are read one at a time, through the claim
    cache, in --jobs processes, with a progress bar when a person is watching a long run."""
    from numcheck.engine import check_documents
    from numcheck.progress import progress_bar
    from numcheck.vocabulary import load_vocabulary

    settings = _settings(args)
    rates = settings.exchange_rates
    documents = _documents_under_check(args.paths, settings, args)
    sources = _file_paths(args.against, args) if args.against else []
    standard_input = _standard_input(args) if "-" in (*documents, *sources) else None

    def read(paths: list[str]) -> list[Item]:
        return [standard_input if path == "-" and standard_input else path for path in paths]

    if getattr(args, "scheduler", None) and args.engine != "dask":
        raise NumcheckError("--scheduler needs --engine dask")
    cache, jobs = _speed(args)
    if getattr(args, "engine", "local") == "dask":
        from numcheck.dask_engine import check_on_dask

        return check_on_dask(documents, sources, settings.rules, load_vocabulary(settings.vocabulary),
                             exchange_rates=rates.in_reference_currency() if rates else None,
                             scheduler=args.scheduler, workers=args.jobs, cache=cache,
                             standard_input=standard_input)  # fmt: skip
    with progress_bar(sys.stderr, len(documents) + len(sources)) as progress:
        return check_documents(
            read(documents),
            read(sources),
            settings.rules,
            load_vocabulary(settings.vocabulary),
            exchange_rates=rates.in_reference_currency() if rates else None,
            cache=cache,
            jobs=jobs,
            progress=progress,
            steps=progress.step if progress else None,
        )


def _kept(
    report: Report, args: argparse.Namespace
) -> tuple[tuple[Finding, ...], tuple[UnusedDirective, ...], dict[str, int]]:
    """The findings left after suppression directives, the baseline and --diff, in that order;
    with --warn-unused-ignores, the directives that hid nothing; and how many each of them hid."""
    from numcheck.suppression import read_directives, suppress

    paths = (*report.documents, *report.sources)
    suppression = suppress(
        report.findings, read_directives(paths, _rule_ids(args), standard_input=getattr(args, "standard_input", None))
    )
    findings = suppression.kept
    unused = suppression.unused if args.warn_unused_ignores else ()
    hidden = {"directives": len(suppression.suppressed)}
    if args.baseline is not None:
        from numcheck.baseline import load_baseline, without_baselined

        root = Path(os.path.abspath(args.baseline)).parent
        before, findings = len(findings), without_baselined(findings, load_baseline(args.baseline), root)
        hidden["baseline"] = before - len(findings)
    if args.diff is not None:
        from numcheck.gitdiff import changed_lines, within_diff

        changed = changed_lines(args.diff, paths)
        before, findings = len(findings), within_diff(findings, changed)
        hidden["diff"] = before - len(findings)
        unused = tuple(u for u in unused if changed.touches(u.directive.path, u.directive.line, u.directive.end_line))
    return findings, unused, hidden


def _rule_ids(args: argparse.Namespace) -> frozenset[str]:
    """The rule ids a directive may name: every rule of this run's settings, enabled or not."""
    return frozenset(_settings(args).rules.ids)


def _run_baseline(args: argparse.Namespace) -> ExitCode:
    """Run check as given here, with check's defaults for the rest, and record every finding it reports."""
    from numcheck import reporters
    from numcheck.baseline import BASELINE_FILE, baseline_json, baseline_of

    check = _parser().parse_args(["check", "--", *args.paths])
    vars(check).update({key: value for key, value in vars(args).items() if key not in ("command", "output")})
    report = _checked(check)
    findings, _, _ = _kept(report, check)
    output = args.output or BASELINE_FILE
    baseline = baseline_of(findings, Path(os.path.abspath(output)).parent)
    write_output(output, [baseline_json(baseline)], inputs=[*report.documents, *report.sources], what="the baseline")
    _say(f"numcheck: recorded {reporters.counted(baseline.total, 'finding')} in {output}")
    return ExitCode.CLEAN


def _rendered(
    findings: tuple[Finding, ...], report: Report, args: argparse.Namespace, hidden: dict[str, int]
) -> Iterable[str]:
    """The findings in the chosen format; colours only for text on a terminal."""
    from numcheck import reporters
    from numcheck.config import repository_root
    from numcheck.reporters.text import colour_wanted

    name = reporters.resolve_format(args.format, os.environ)
    colour = name == "text" and args.output in (None, "-") and colour_wanted(os.environ, sys.stdout.isatty())
    run = reporters.RunContext(
        documents=report.documents,
        sources=report.sources,
        claims=len(report.claims),
        rules=_settings(args).rules,
        root=str(repository_root(Path.cwd())),
        colour=colour,
        hidden=hidden,
    )
    return reporters.chunk_renderer(name)(findings, run)


def _run_report(args: argparse.Namespace) -> ExitCode:
    """Tables by subject (or JSON) on standard output or --output; with --html, the same and the
    documents as one page."""
    import shutil

    from numcheck.model import Severity
    from numcheck.report import overview
    from numcheck.reporters.text import colour_wanted

    report = _checked(args)
    findings, _, hidden = _kept(report, args)
    content = overview(report, findings, hidden)
    inputs = [*report.documents, *report.sources]
    if args.format == "json":
        from numcheck.report.json_output import report_json

        _write([report_json(content)], args.output, inputs)
    else:
        from numcheck.report.terminal import render_terminal

        terminal = args.output is None and sys.stdout.isatty()
        width = shutil.get_terminal_size().columns if terminal else None
        text = render_terminal(content, colour=args.output is None and colour_wanted(os.environ, terminal), width=width)
        _write([text], args.output, inputs)
    if args.html:
        from numcheck.report.html import render_html

        page = render_html(content, _read_again(inputs, args))
        write_output(args.html, [page], inputs=inputs, what="the report")
        _say(f"numcheck: wrote {args.html}")
    if args.fail_on == "never":
        return ExitCode.CLEAN
    failing = [f for f in findings if f.severity.rank >= Severity(args.fail_on).rank]
    return ExitCode.FINDINGS if failing else ExitCode.CLEAN


def _run_lsp(args: argparse.Namespace) -> ExitCode:
    """Serve until the editor says exit. Settings load when the editor names its workspace folder,
    from there, as `check` run in that folder would load them; paths given here stay as meant."""
    try:
        from numcheck.lsp import serve
    except ImportError as error:
        raise NumcheckError(f"numcheck lsp needs the lsp extra: pip install 'numcheck[lsp]' ({error})") from None

    for name in ("config", "vocabulary", "baseline"):
        if getattr(args, name) is not None:
            setattr(args, name, os.path.abspath(getattr(args, name)))
    args.against = [os.path.abspath(path) for path in args.against or ()] or None
    args.rules = [os.path.abspath(path) for path in args.rules or ()] or None

    def load_checker(root: Path | None) -> Checker:
        if root is not None and root.is_dir():
            os.chdir(root)
        # A copy each time: merging the settings writes onto the arguments, and a reload after a
        # config change must start again from the flags alone.
        return _checker(argparse.Namespace(**vars(args)))

    serve(load_checker, debounce=args.debounce)
    return ExitCode.CLEAN


def _checker(args: argparse.Namespace) -> Checker:
    """What the editor checks each document with: check's settings, the sources' claims read once
    (through the claim cache), the baseline and the exchange rates."""
    from numcheck.corpus import extract_corpus
    from numcheck.editor import Checker
    from numcheck.vocabulary import load_vocabulary

    settings = _settings(args)
    vocabulary = load_vocabulary(settings.vocabulary)
    cache, _ = _speed(args)
    from numcheck.editor import workspace_path

    paths = [workspace_path(path) for path in _file_paths(args.against, args)]
    sources = {item.path: item.claims for item in extract_corpus(paths, vocabulary, cache=cache)}
    baseline, root = None, Path.cwd()
    if args.baseline is not None:
        from numcheck.baseline import load_baseline

        baseline, root = load_baseline(args.baseline), Path(args.baseline).parent
    rates = settings.exchange_rates
    return Checker(settings.rules, vocabulary, sources, baseline, root,
                   rates.in_reference_currency() if rates else None)  # fmt: skip


def _run_config(args: argparse.Namespace) -> ExitCode:
    from numcheck.config import render_settings

    sys.stdout.write(render_settings(_settings(args)))
    return ExitCode.CLEAN


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
    from numcheck.reporters.rule_listing import rule_text, rules_table

    rules = builtin_rules(args.rules)
    if args.rules_command == "list":
        sys.stdout.write(rules_table(rules))
        return ExitCode.CLEAN
    rule = rules.get(args.rule_id)
    if rule is None:
        raise NumcheckError(f"unknown rule {args.rule_id!r}{did_you_mean(args.rule_id, rules.ids)}")
    sys.stdout.write(rule_text(rule))
    return ExitCode.CLEAN


def _say(message: str) -> None:
    """One line on standard error. File names and document text in it are shown, never obeyed: a
    name holding a newline and `::error` must not start a line a CI runner would act on."""
    from numcheck.reporters import printable

    sys.stderr.write(printable(message) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:
        return ExitCode.USAGE if exit_.code not in (0, None) else ExitCode.CLEAN
    given_nothing = [name for name in _ONE_VALUE if getattr(args, name, None) == []]
    if given_nothing:
        # argparse drops a "--" given as a value ("--output=--") and leaves an empty list.
        option = "--" + given_nothing[0].replace("_", "-")
        sys.stderr.write(f"numcheck: argument {option}: expected a value, got '--'\n")
        return ExitCode.USAGE
    try:
        runner = {"extract": _run_extract, "check": _run_check, "baseline": _run_baseline, "config": _run_config,
                  "report": _run_report, "rules": _run_rules, "lsp": _run_lsp}[args.command]  # fmt: skip
        return runner(args)
    except NumcheckError as error:
        _say(f"numcheck: {error}")
        return ExitCode.USAGE
    except KeyboardInterrupt:
        sys.stderr.write("numcheck: interrupted\n")
        return 130
    except BrokenPipeError:
        return ExitCode.CLEAN
    except Exception as error:  # the one top-level handler for bugs
        _say(f"numcheck: internal error: {type(error).__name__}: {error}")
        sys.stderr.write("Please report this at the numcheck issue tracker, with the command you ran.\n")
        return ExitCode.INTERNAL
