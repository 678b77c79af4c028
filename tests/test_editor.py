"""The editor's logic as pure functions: findings -> diagnostics, hovers and code actions."""

from __future__ import annotations

from pathlib import Path

import pytest

from numcheck.baseline import baseline_of
from numcheck.documents import document_from_string
from numcheck.editor import (
    Checker,
    Span,
    TextEdit,
    claim_at,
    code_actions,
    compared_with,
    diagnostics,
    figure_text,
    findings_about,
    hover_text,
    offset_of,
    span_of,
)
from numcheck.engine import builtin_rules, find
from numcheck.extraction import extract_document
from numcheck.vocabulary import load_vocabulary

RULES = builtin_rules()
VOCABULARY = load_vocabulary()


def checker(**sources: str) -> Checker:
    claims = {path: extract_document(document_from_string(text, path), VOCABULARY) for path, text in sources.items()}
    return Checker(RULES, VOCABULARY, claims)


def apply(text: str, edits: tuple[TextEdit, ...]) -> str:
    """The text with one code action's edits made, last first so earlier offsets stay put."""
    document = document_from_string(text, "x.md")
    for edit in sorted(edits, key=lambda e: (e.span.start_line, e.span.start_character), reverse=True):
        start = offset_of(document, edit.span.start_line, edit.span.start_character)
        end = offset_of(document, edit.span.end_line, edit.span.end_character)
        text = text[:start] + edit.new_text + text[end:]
    return text


# A document and sources that give findings of several rules, some between the files, some within one.
DRAFT = (
    "Nato has 40,000 troops, almost 10 times as many as before.\n"
    "The plane climbed to 3,000 feet (1,500 metres).\n"
    "In the poll, 48% were for, 39% against and 17% undecided.\n"
    "Officials said 12,000 nurses had left, and the missile flies up to 90 miles (150 km).\n"
)
SOURCES = {
    "wire.txt": "NATO troop numbers have increased tenfold to 40,000 since the invasion.\n",
    "health.txt": "Some 15,000 nurses had left, officials said.\n",
}


@pytest.mark.parametrize("path", ["draft.md", "wire.txt", "health.txt"])
def test_findings_about_one_document_equal_the_full_check_of_every_claim(path: str) -> None:
    """The fast path (only the blocks holding the document's claims) against engine.find on all of them."""
    texts = {"draft.md": DRAFT, **SOURCES}
    claims = [c for p, t in texts.items() for c in extract_document(document_from_string(t, p), VOCABULARY)]
    sources = frozenset(p for p in texts if p != path)
    every = find(claims, RULES, sources)
    expected = tuple(f for f in every if f.primary.path == path)
    assert findings_about(path, claims, RULES, sources) == expected
    if path == "draft.md":
        assert {f.rule for f in expected} >= {"hedge-conflict", "conversion-mismatch", "percent-total"}


def test_diagnostics_point_at_the_figure_and_cite_the_others() -> None:
    analysis = checker(**SOURCES).analyse("draft.md", DRAFT)
    found = {d.rule: d for d in diagnostics(analysis, RULES)}
    hedge = found["hedge-conflict"]
    assert hedge.span == Span(0, 24, 0, 39)  # 'almost 10 times'
    assert hedge.href is not None and hedge.href.endswith("hedge-conflict.yaml")  # no published rules page
    assert [(r.path, r.span.start_line) for r in hedge.related] == [("wire.txt", 0)]
    assert hedge.related[0].message.startswith("'tenfold' in \"NATO troop numbers")


def test_a_wrapped_sentence_is_quoted_on_one_line() -> None:
    draft = "The plane climbed\n  to 3,000 feet (1,500 metres)\nbefore turning.\n"
    analysis = checker().analyse("draft.md", draft)
    (found,) = diagnostics(analysis, RULES)
    assert (
        found.related[0].message == "'3,000 feet' in \"The plane climbed to 3,000 feet (1,500 metres) before turning.\""
    )


def test_spans_count_utf16_units_as_lsp_does() -> None:
    document = document_from_string("🙂 a 😀 b\nsecond\n", "x.md")
    assert span_of(document, 2, 3) == Span(0, 3, 0, 4)  # after one astral character: 2 units
    assert span_of(document, 6, 7) == Span(0, 8, 0, 9)
    assert offset_of(document, 0, 8) == 6
    assert offset_of(document, 1, 3) == 11
    assert offset_of(document, 1, 99) == 14  # clamped to the line
    assert offset_of(document, 7, 0) == len(document.text)


def test_directives_and_the_baseline_hide_findings_as_check_does() -> None:
    hidden = (
        "<!-- numcheck: disable-next-line=conversion-mismatch -->\nThe plane climbed to 3,000 feet (1,500 metres).\n"
    )
    analysis = checker().analyse("draft.md", hidden)
    assert analysis.findings == ()
    assert analysis.hidden.directives == 1
    shown = checker().analyse("draft.md", DRAFT)
    recorded = baseline_of(shown.findings, Path("."))
    with_baseline = Checker(RULES, VOCABULARY, {}, recorded)
    again = with_baseline.analyse("draft.md", DRAFT)
    assert again.findings == () and again.hidden.baseline == len(shown.findings)


def test_a_bad_directive_is_one_error_diagnostic_at_its_line() -> None:
    analysis = checker().analyse("draft.md", "Intro.\n<!-- numcheck: disable=figure-mismach -->\n")
    (found,) = diagnostics(analysis, RULES)
    assert found.span.start_line == 1 and "did you mean 'figure-mismatch'" in found.message


def test_hover_says_what_was_read_and_what_it_was_compared_with() -> None:
    analysis = checker(**SOURCES).analyse("draft.md", DRAFT)
    claim = claim_at(analysis, DRAFT.index("almost 10 times") + 3)
    assert claim is not None and claim.text == "almost 10 times"
    text = hover_text(analysis, claim)
    assert "**ratio**" in text and "[9, 10) ×" in text and "hedge: almost" in text and "subject: troop" in text
    assert "`tenfold` (wire.txt, line 1): hedge-conflict" in text
    nurses = claim_at(analysis, DRAFT.index("12,000"))
    assert nurses is not None
    assert [c.text for c in compared_with(nurses, analysis.claims)] == ["Some 15,000"]
    alone = claim_at(analysis, DRAFT.index("40,000"))
    assert alone is not None
    assert "agrees" in hover_text(analysis, alone)
    assert claim_at(analysis, DRAFT.index("plane")) is None


@pytest.mark.parametrize(
    ("sentence", "fixed"),
    [
        ("The plane climbed to 3,000 feet (1,500 metres).", "The plane climbed to 3,000 feet (914 metres)."),
        ("Temperatures reached 30C (90F) in the capital.", "Temperatures reached 30C (86F) in the capital."),
        ("Runners set off on a 5-mile (5 km) run.", "Runners set off on a 5-mile (8 km) run."),
        ("The missile has a range of up to 90 miles (150 km).", "The missile has a range of up to 90 miles (145 km)."),
        ("The road is 2.5 km (3.1 miles) long.", "The road is 2.5 km (1.6 miles) long."),
        (
            "In the poll, 48% were for, 39% against and 17% undecided.",
            "In the poll, 48% were for, 39% against and 13% undecided.",
        ),
        (
            "Asked about it, 47% said yes, 38% said no and 5% were unsure.",
            "Asked about it, 47% said yes, 38% said no and 15% were unsure.",
        ),
    ],
)
def test_a_rule_that_knows_the_fix_offers_it_first(sentence: str, fixed: str) -> None:
    analysis = checker().analyse("draft.md", sentence + "\n")
    (finding,) = analysis.findings
    at = span_of(analysis.document, finding.primary.start, finding.primary.end)
    fix, disable = code_actions(analysis, at)
    assert fix.preferred and fix.rule == finding.rule
    assert apply(sentence + "\n", fix.edits) == fixed + "\n"
    assert apply(sentence + "\n", disable.edits) == f"<!-- numcheck: disable-next-line={finding.rule} -->\n{sentence}\n"
    assert checker().analyse("draft.md", apply(sentence + "\n", disable.edits)).findings == ()


def test_other_rules_offer_only_the_directive_and_only_at_their_figure() -> None:
    analysis = checker(**SOURCES).analyse("draft.md", DRAFT)
    hedge = next(f for f in analysis.findings if f.rule == "hedge-conflict")
    at = span_of(analysis.document, hedge.primary.start, hedge.primary.end)
    assert [a.title for a in code_actions(analysis, at)] == ["Disable hedge-conflict for this line"]
    assert code_actions(analysis, Span(1, 0, 1, 3)) == ()  # 'The' on the plane's line: no figure


@pytest.mark.parametrize(
    ("value", "like", "written"),
    [
        (914.4, "1,500", "914"),
        (86.0, "90", "86"),
        (8.04672, "5", "8"),
        (1.553, "3.1", "1.6"),
        (12345.6, "10,000", "12,346"),
        (12345.6, "9000", "12,346"),
        (1234.5, "9000", "1234"),
        (0.4, "1", "0.4"),
        (0.0123, "5", "0.012"),
    ],
)
def test_a_recomputed_figure_is_written_as_the_original_was(value: float, like: str, written: str) -> None:
    assert figure_text(value, like) == written


def test_every_built_in_rule_has_the_anchor_its_diagnostics_link_to() -> None:
    page = (Path(__file__).parent.parent / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f'<a id="{rule.id}"></a>' in page, rule.id
