"""`numcheck report`: tables by subject on the terminal, and one self-contained HTML page."""

from __future__ import annotations

import base64
import hashlib
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from numcheck.cli import main
from numcheck.documents import document_from_string, read_document
from numcheck.engine import Report, check_documents
from numcheck.errors import ExitCode
from numcheck.model import Document, Finding, Interval, Severity
from numcheck.notation import interval_text
from numcheck.report import AGREES, NOT_COMPARED, Overview, normalised, overview, worst
from numcheck.report.html import pieces, render_html
from numcheck.report.plot import axis_for, bar, common_band
from numcheck.report.terminal import render_terminal

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden" / "report-seeds.txt"

# Document text is untrusted: markup, attribute breakers, template syntax and rich markup
HOSTILE = (
    '</pre><script>window.pwned = 1</script><img src="https://example.invalid/x.png" onerror="window.pwned = 2">\n'
    "The council said the budget was £4.2m. {{ overview.findings }} [bold]red[/bold] \x1b[31m\n"
)
HOSTILE_NAME = '<b onmouseover="x">evil<b>.txt'
BUDGET = "The council said the budget was £42 million.\n"


@pytest.fixture(scope="module")
def seeds() -> tuple[Report, list[Document]]:
    documents = [read_document(str(p)) for p in sorted(SEEDS.glob("*.txt"))]
    return check_documents(documents), documents


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / HOSTILE_NAME).write_text(HOSTILE, encoding="utf-8")
    (folder / "budget.txt").write_text(BUDGET, encoding="utf-8")
    return folder


def _table(content: Overview, title: str) -> dict[str, tuple[str, str, str, str]]:
    """figure -> (hedge, interval, unit, agreement) for one subject table."""
    table = next(t for t in content.tables if t.title == title)
    return {row.claim.text: (row.hedge, interval_text(row.interval), row.unit, row.agreement) for row in table.rows}


# --- what the tables say ---------------------------------------------------------------------


def test_terminal_report_on_seeds_matches_golden(capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.chdir(ROOT)
    assert main(["report", "seeds"]) == ExitCode.CLEAN
    output = capsys.readouterr().out
    if os.environ.get("NUMCHECK_REGENERATE_GOLDEN"):
        GOLDEN.write_text(output, encoding="utf-8")
    assert output == GOLDEN.read_text(encoding="utf-8")


def test_seed_tables_show_figures_hedges_intervals_and_agreement(seeds: tuple[Report, list[Document]]) -> None:
    content = overview(seeds[0])
    assert [t.title for t in content.tables] == sorted(t.title for t in content.tables)
    troop = _table(content, "troop (change)")
    assert troop["almost 10 times"] == ("almost", "[9, 10)", "×", "hedge-conflict")
    assert troop["tenfold"] == ("", "10", "×", "hedge-conflict")
    assert troop["double"][3] == NOT_COMPARED  # "double its troops in Eastern Europe": another quantity
    assert {row[3] for row in _table(content, "troop (count)").values()} == {AGREES}
    # in the unit the documents use, by its symbol: the rules compare in metres, a reader in miles
    assert _table(content, "range (length)")["up to 90 miles"] == ("up to", "(−∞, 90]", "mi", NOT_COMPARED)


@pytest.mark.parametrize(
    ("text", "figure", "interval", "unit"),
    [
        ("The range is up to 90 miles.", "up to 90 miles", "(−∞, 144,841]", "meter"),
        ("The wall is 3,000 feet long.", "3,000 feet", "914.4", "meter"),
        ("Turnout was about 40%.", "about 40%", "[36, 44]", "%"),
        ("Troop numbers rose tenfold.", "tenfold", "10", "×"),
        ("Troop numbers were almost 10 times higher.", "almost 10 times", "[9, 10)", "×"),
        ("Sales rose 20% last year.", "20%", "1.2", "×"),
        ("The bill was more than £100 million.", "more than £100 million", "(100,000,000, ∞)", "GBP"),
        ("More than 250 people came.", "More than 250", "(250, ∞)", ""),
    ],
)
def test_intervals_are_normalised_as_the_rules_compare_them(text: str, figure: str, interval: str, unit: str) -> None:
    import numcheck

    claim = next(c for c in numcheck.extract(text) if c.text == figure)
    found, found_unit = normalised(claim)
    assert (interval_text(found), found_unit) == (interval, unit)


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (Interval(40000, 40000), "40,000"),
        (Interval(9, 10, True, False), "[9, 10)"),
        (Interval(None, 90), "(−∞, 90]"),
        (Interval(250, None, False), "(250, ∞)"),
        (Interval(None, None), "(−∞, ∞)"),
        (Interval(1e8, 1e8), "100,000,000"),
        (Interval(0.0005, 0.00051), "[0.0005, 0.00051]"),
    ],
)
def test_interval_text(interval: Interval, text: str) -> None:
    assert interval_text(interval) == text


def test_findings_on_claims_outside_any_table_are_listed_after_the_tables() -> None:
    shares = document_from_string("Voters backed Labour by 45%, the Tories 40% and others 25%.", "poll.txt")
    content = overview(check_documents([shares]))
    assert [f.rule for f in content.outside] == ["percent-total"]
    text = render_terminal(content, colour=False)
    # every finding is printed above the tables, as check prints it, those outside them included
    assert text.startswith("poll.txt:1:") and "error [percent-total]" in text.splitlines()[0]
    assert text.endswith("1 document, 3 claims, 0 subjects: 1 error, 0 warnings, 0 info\n")


def test_report_shows_only_the_findings_it_is_given(seeds: tuple[Report, list[Document]]) -> None:
    """The CLI passes the findings left after directives; the tables must not bring the rest back."""
    content = overview(seeds[0], findings=())
    assert _table(content, "troop (change)")["tenfold"][3] == AGREES
    assert "hedge-conflict" not in render_terminal(content, colour=False)


def test_colours_only_when_asked(seeds: tuple[Report, list[Document]]) -> None:
    content = overview(seeds[0])
    assert "\x1b[" not in render_terminal(content, colour=False)
    assert "\x1b[33mhedge-conflict" in render_terminal(content, colour=True)


def test_terminal_prints_document_text_as_written(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(hostile)]) == ExitCode.FINDINGS  # the magnitude slip is an error
    assert HOSTILE_NAME in capsys.readouterr().out  # "<b ...>" is neither markup nor dropped


def test_terminal_never_obeys_control_characters_in_file_names(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    (tmp_path / "evil\x1b[2J\u202e.txt").write_text(BUDGET, encoding="utf-8")
    main(["report", str(tmp_path)])
    out = capsys.readouterr().out
    assert "evil\\x1b[2J\\u202e.txt" in out and "\x1b" not in out and "\u202e" not in out


# --- the command line ------------------------------------------------------------------------


def test_report_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(SEEDS)]) == ExitCode.CLEAN
    assert main(["report", str(SEEDS), "--fail-on", "warning"]) == ExitCode.FINDINGS
    assert main(["report", str(tmp_path / "missing.md")]) == ExitCode.USAGE
    assert main(["report", str(SEEDS), "--html", str(tmp_path / "no" / "such" / "dir.html")]) == ExitCode.USAGE
    assert "cannot write the report" in capsys.readouterr().err


def test_html_shows_standard_input_read_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    poll = "In the poll, 48% were for, 39% against and 17% undecided.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(poll.encode())))
    assert main(["report", "-", "--html", str(tmp_path / "r.html"), "--fail-on", "never"]) == ExitCode.CLEAN
    page = (tmp_path / "r.html").read_text("utf-8")
    assert "&lt;stdin&gt;:1:44" in page and "undecided." in page  # the document, with its claims marked


def test_html_is_written_atomically_beside_nothing_else(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    assert main(["report", str(SEEDS), "--html", str(target)]) == ExitCode.CLEAN
    assert f"wrote {target}" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not list(tmp_path.glob(".report.html.*"))  # no temporary file left over


def test_report_honours_suppression_directives(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("<!-- numcheck: disable=magnitude-slip -->\nThe budget was £4.2m.\n", encoding="utf-8")
    (tmp_path / "source.txt").write_text(BUDGET, encoding="utf-8")
    assert main(["report", str(draft), "--against", str(tmp_path / "source.txt")]) == ExitCode.CLEAN
    out = capsys.readouterr().out
    assert "magnitude-slip" not in out and "(source)" in out


# --- the HTML page ---------------------------------------------------------------------------


class _Page(HTMLParser):
    """The parts of the page the tests look at."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.attributes: list[tuple[str, str, str]] = []  # (tag, name, value)
        self.tags: list[str] = []
        self.depth_in_document = 0
        self.outside_text: list[str] = []
        self.script = ""
        self.style = ""
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = {name: value or "" for name, value in attrs}
        self.attributes += [(tag, name, value) for name, value in values.items()]
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a":
            self.links.append(values.get("href", ""))
        if tag == "pre":
            self.depth_in_document += 1
        if tag in ("script", "style"):
            self._in = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self.depth_in_document -= 1
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "script":
            self.script += data
        elif self._in == "style":
            self.style += data
        elif not self.depth_in_document:
            self.outside_text.append(data)


def _parsed(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def _sha(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def test_html_shows_every_claim_finding_and_subject(seeds: tuple[Report, list[Document]]) -> None:
    report, documents = seeds
    content = overview(report)
    page = render_html(content, documents)
    parsed = _parsed(page)
    assert {f"claim-{n}" for n in range(len(report.claims))} <= parsed.ids
    assert {f"finding-{n}" for n in range(len(report.findings))} <= parsed.ids
    assert all(link[1:] in parsed.ids for link in parsed.links if link.startswith("#")), "a link to nowhere"
    assert page.count('<li class="finding"') == len(report.findings) == 1
    assert 'data-rule="hedge-conflict" data-severity="warning"' in page
    assert page.count('<a class="badge"') == 2  # at both claims the finding cites
    # a table per subject that was compared, and one table of the other figures, a row each
    assert page.count('<section class="subject"') == len(content.compared) + 1
    assert page.count('<svg class="strip"') == sum(len(t.rows) for t in content.compared)
    assert page.count('<tr class="other" data-state="not-compared">') == len(content.others) == 3
    assert "<td>up to 90 miles</td>" in page and "<td>range (length)</td>" in page
    assert 'class="end hollow"' in page  # "almost 10 times" stays below 10
    assert page.count('<input type="checkbox" name="rule" value="hedge-conflict" checked>') == 1


def test_html_is_self_contained(seeds: tuple[Report, list[Document]], hostile: Path) -> None:
    documents = [read_document(str(p)) for p in sorted(hostile.iterdir())]
    for page in (
        render_html(overview(seeds[0]), seeds[1]),
        render_html(overview(check_documents(documents)), documents),
    ):
        parsed = _parsed(page)
        assert parsed.tags.count("script") == 1 and parsed.tags.count("style") == 1
        assert not {"link", "img", "iframe", "object", "embed", "base"} & set(parsed.tags)
        for tag, name, value in parsed.attributes:
            assert name != "src", (tag, value)
            # a CSP hash is base64, which may hold "//" by chance: it is no address
            unhashed = re.sub(r"'sha256-[A-Za-z0-9+/=]+'", "", value)
            assert not re.search(r"(?i)(?:https?:)?//", unhashed) or name == "data-tip", (tag, name, value)
        assert not re.search(r"https?://", "".join(parsed.outside_text) + parsed.style + parsed.script)
        # Only the page's own script and style may run, by hash: escaped text could never fetch or execute
        assert f"script-src '{_sha(parsed.script)}'" in page and f"style-src '{_sha(parsed.style)}'" in page
        assert "default-src 'none'" in page


def test_hostile_document_text_is_escaped(hostile: Path) -> None:
    documents = [read_document(str(p)) for p in sorted(hostile.iterdir())]
    page = render_html(overview(check_documents(documents)), documents)
    # "1" and "2" are claims, so the text around them is cut into pieces
    assert "&lt;/pre&gt;&lt;script&gt;window.pwned = " in page
    assert "&lt;/script&gt;&lt;img src=&#34;https://example.invalid/x.png&#34; onerror=&#34;window.pwned = " in page
    assert "{{ overview.findings }}" in page  # document text is data, never a template
    assert "&lt;b onmouseover=&#34;x&#34;&gt;evil&lt;b&gt;.txt" in page  # the file name too
    assert "<b onmouseover" not in page and "window.pwned = 1</script>" not in page
    assert 'data-rule="magnitude-slip" data-severity="error"' in page


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose from 300 to 1,200, a 300% increase.",  # a change holds its endpoints
        "NATO troop numbers have increased tenfold to 40,000.",
        "The bridge is 3,000 feet (1,500 metres) long.",
        "No figures at all.",
        "",
    ],
)
def test_document_pieces_keep_the_text_and_every_claim(text: str) -> None:
    from numcheck.report.html import _Index

    document = document_from_string(text, "doc.txt")
    report = check_documents([document])
    found = pieces(document, report.claims, _Index(overview(report)), dict.fromkeys(report.claims, "tip"))
    assert "".join(p.text for p in found if p.kind in ("text", "claim")) == text
    assert sorted(p.claim for p in found if p.kind == "anchor") == list(range(len(report.claims)))
    for claim in report.claims:  # each claim's text is exactly the claim pieces between its anchor and its end
        start = next(i for i, p in enumerate(found) if p.kind == "anchor" and p.claim == report.claims.index(claim))
        covered = ""
        for piece in found[start + 1 :]:
            if len(covered) >= len(claim.text):
                break
            if piece.kind == "claim":
                covered += piece.text
        assert covered == claim.text


# --- plots -----------------------------------------------------------------------------------


def test_axis_is_linear_for_close_values_and_logarithmic_for_spread_ones() -> None:
    close = axis_for([Interval(9, 10, True, False), Interval(2, 2), Interval(10, 10)])
    assert not close.log and [t.label for t in close.ticks] == ["2", "4", "6", "8", "10"]
    spread = axis_for([Interval(1, 1), Interval(1e6, 1e6)])
    assert spread.log and [t.label for t in spread.ticks] == ["1", "10", "100", "1k", "10k", "100k", "1M"]
    assert spread.x(1) < spread.x(1000) < spread.x(1e6)
    single = axis_for([Interval(40000, 40000)] * 2)
    assert single.low < 40000 < single.high


def test_bars_draw_open_sides_as_arrows_and_excluded_ends_hollow() -> None:
    axis = axis_for([Interval(None, 90), Interval(80, 100, True, False)])
    open_below = bar(axis, Interval(None, 90))
    assert open_below.open_left and not open_below.open_right and open_below.x1 < axis.x(80)
    short_of = bar(axis, Interval(80, 100, True, False))
    assert short_of.left_filled and not short_of.right_filled and not short_of.point
    assert bar(axis, Interval(90, 90)).point


def test_band_marks_where_all_intervals_overlap() -> None:
    intervals = [Interval(180, 220), Interval(200, None), Interval(150, 210)]
    axis = axis_for(intervals)
    band = common_band(axis, intervals)
    assert band is not None and (band.x1, band.x2) == (axis.x(200), axis.x(210))
    assert common_band(axis, [Interval(9, 10, True, False), Interval(10, 10)]) is None  # "almost 10" vs "10"
    assert common_band(axis, [Interval(9, 10, True, False), Interval(5, 12), Interval(10, 10)]) is None
    assert common_band(axis, [Interval(10, 10)]) is None  # one claim agrees with nothing


def test_worst_severity_colours_a_row() -> None:
    def finding(severity: Severity) -> Finding:
        return Finding("r", severity, "m", ())

    assert worst([finding(Severity.INFO), finding(Severity.ERROR), finding(Severity.WARNING)]) is Severity.ERROR
    assert worst([]) is None
