"""JUnit XML reporter, for GitLab and other CI dashboards: a suite per document, a failing case per finding."""

from __future__ import annotations

import io
from collections.abc import Sequence

from numcheck.model import Finding
from numcheck.reporters import RunContext, one_line, ordered, printable, quoted
from numcheck.scanning import LazyPattern

# XML 1.0 cannot hold these at all, escaped or not; a stray form feed in a document must not break the report.
_NOT_XML = LazyPattern(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _details(finding: Finding) -> str:
    p = finding.primary
    lines = [f"{p.path}:{p.line}:{p.column}: {finding.severity.value} [{finding.rule}] {one_line(finding.message)}"]
    lines += [f"    {c.path}:{c.line}:{c.column}: {quoted(c)}" for c in finding.claims]
    # One line each, whatever a file name or a sentence holds: no line may start a CI command.
    return _xml("\n".join(printable(line) for line in lines))


def render(findings: Sequence[Finding], run: RunContext) -> str:
    """A document without findings gets one passing case, so dashboards show what was checked."""
    # junitparser writes the XML dashboards expect (attribute names, counts) and escapes it.
    from junitparser import Failure, JUnitXml, TestCase, TestSuite

    by_path: dict[str, list[Finding]] = {path: [] for path in run.documents}
    for finding in ordered(findings):
        by_path.setdefault(finding.primary.path, []).append(finding)
    report = JUnitXml("numcheck")
    for path, found in by_path.items():
        suite = TestSuite(_xml(printable(path)))
        if not found:
            suite.add_testcase(TestCase("numcheck", classname=_xml(printable(path))))
        for finding in found:
            case = TestCase(
                f"{finding.rule} at {finding.primary.line}:{finding.primary.column}", classname=_xml(printable(path))
            )
            failure = Failure(_xml(finding.message), type_=finding.severity.value)
            failure.text = _details(finding)
            case.result = [failure]
            suite.add_testcase(case)
        report.add_testsuite(suite)
    report.update_statistics()  # type: ignore[no-untyped-call]
    # Jenkins' JUnit schema (the common ground of CI dashboards) allows `skipped` on a
    # testsuite but not on testsuites, where junitparser puts it; numcheck skips nothing.
    report._elem.attrib.pop("skipped", None)
    buffer = io.BytesIO()
    report.write(buffer, pretty=True)
    return buffer.getvalue().decode("utf-8")
