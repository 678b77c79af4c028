"""Alignment: a draft figure that no source supports is compared with the source figure whose
evidence fits it best. When that fit is strong (nothing tells the two apart, and they count the
same thing) and the figures disagree, the finding is the contradiction, citing both places; when
the best fit is another time, place, actor or kind of quantity, the figure stays unsupported."""

from __future__ import annotations

import pytest
from against_source import findings

from numcheck.alignment import Aligner
from numcheck.documents import document_from_string
from numcheck.engine import check_documents
from numcheck.support import family


def _warnings(draft: str, source: str) -> list[tuple[str, str, str]]:
    """(rule, draft figure, first cited source figure) of each warning or error on the draft."""
    return [
        (f.rule, f.primary.text, f.claims[1].text if len(f.claims) > 1 else "")
        for f in findings(draft, source)
        if f.severity.value in ("warning", "error")
    ]


# (draft, source, rule, draft figure, source figure): the best fit is strong, and disagrees
CONTRADICTED = [
    # a figure given to the actor of another: the source's gapped clause has its own subject
    ("The government is paying £88 million towards the tram extension.",
     "The government is paying £198 million and the combined authority the remaining £88 million.",
     "figure-mismatch", "£88 million", "£198 million"),
    # the place is named in another sentence of the source
    ("Nurses in Wales are to get a 4% pay rise from May, costing £600m this year.",
     "Nurses in Wales will get a 4% pay rise from May. The award will cost £450 million this year.",
     "figure-mismatch", "£600m", "£450 million"),
    ("The hospital trust in Kent treated 12,400 patients in March.",
     "Figures for Kent show 3 new wards. The hospital trust treated 14,200 patients in March.",
     "figure-mismatch", "12,400", "14,200"),
    # a power of ten apart: the slip of scale, against the fit named in another sentence
    ("The judge imposed the £4m penalty on the firm.",
     "The firm has been fined £40 million after admitting the charges. The chief executive was paid £500,000.",
     "magnitude-slip", "£4m", "£40 million"),
    ("The bridge carries 40,000 vehicles a day.",
     "The bridge carries 4,000 vehicles a day, the council said.",
     "magnitude-slip", "40,000", "4,000"),
    # a total is fitted with the total, not with a rate of the same thing in a closer sentence
    ("Farmers in Devon will share a £12m grant this year.",
     "Devon farmers will share a grant of £2 a head, the ministry said. The grant is worth £16 million this year.",
     "figure-mismatch", "£12m", "£16 million"),
    ("The new ward has 24 beds and cost £6m to build.",
     "Building the new ward, which has 24 beds, cost £8 million.",
     "figure-mismatch", "£6m", "£8 million"),
    ("The club's 4,000 members pay £120 a year.",
     "The club has 4,000 members, who each pay £150 a year.",
     "figure-mismatch", "£120 a year", "£150 a year"),
    # ... but a figure no sentence with its place states still contradicts the one it is linked to
    ("The Leeds branch has 1,500 members.",
     "The branch has 9,000 members across the region. In Leeds, numbers have reached 1,200 members.",
     "figure-mismatch", "1,500", "1,200"),
    # a list that leaves its verb out: each share is the named party's, compared with that party's
    ("Ms Nandra took 41% of the vote, the Conservatives 33%, the Liberal Democrats 27% and the Greens 7%.",
     "Labour candidate Priya Nandra received 14,206 votes, a 41.2% share. The Conservatives came second with "
     "11,198 votes (32.5%), followed by the Liberal Democrats with 5,931 (17.2%) and the Greens with 2,378 (6.9%).",
     "figure-mismatch", "27%", "17.2%"),
    ("The library lent out 48,000 books last year.",
     "The library lent out 84,000 books last year, the council said.",
     "figure-mismatch", "48,000", "84,000"),
]  # fmt: skip

# (draft, source, draft figure): the nearest source figure is another time, place, actor or
# quantity, so the draft figure is unsupported (a warning), never a contradiction of it
NOT_ITS_MATCH = [
    ("In 2021 the museum had 80,000 visitors.", "The museum had 95,000 visitors in 2023, the trust said.", "80,000"),
    ("Tesco has 140 stores in Wales.", "Tesco has 40 stores in Scotland.", "140"),
    ("The trust planted 900 trees on the estate.", "The council planted 600 trees on the estate.", "900"),
    ("The festival drew 65,000 people over the weekend.",
     "Organisers said 56,000 people attended the festival over the weekend.", "65,000"),
]  # fmt: skip

# Nothing to report: the place names another part, or the figure is stated
SILENT = [
    ("Ms Nandra took 41% of the vote, the Conservatives 33%, the Liberal Democrats 17% and the Greens 7%.",
     "Labour candidate Priya Nandra received 14,206 votes, a 41.2% share. The Conservatives came second with "
     "11,198 votes (32.5%), followed by the Liberal Democrats with 5,931 (17.2%) and the Greens with 2,378 (6.9%)."),
    ("Labour won 38% of the vote, Reform 14% and the Greens 11%.",
     "Labour won 38% of the vote in the election. Reform took 14% and the Greens 11%, the count showed."),
    # the source sentence names another place: "Wales" elsewhere in it does not join them
    ("Nurses in Wales are to get a 4% pay rise, costing £300m this year.",
     "Nurses in Wales will get a 4% pay rise. In Scotland the rise will cost £250 million this year."),
    ("The award will cost £1.2bn this year.",
     "Nurses in England will get a 5.5% pay rise. The award will cost £1.2 billion this year."),
    # a place on the draft's side only: the source states the figure where it names that place,
    # so the national figure it was linked to is not what it contradicts
    ("The average London home now costs £532,000.",
     "A year earlier, the average home cost £268,000. Prices rose fastest in Northern Ireland, up 9.8% to "
     "£186,000, and slowest in London, where they increased 2.1% to £532,000."),
    ("The Leeds branch has 1,200 members.",
     "The branch has 9,000 members across the region. Numbers reached 1,200 members in Leeds and 800 in York."),
    ("The average Paris flat now rents for €1,900 a month.",
     "The average flat rents for €1,100 a month. Rents reached €1,900 a month in Paris and €1,300 in Lyon."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "rule", "figure", "other"), CONTRADICTED)
def test_an_unsupported_figure_contradicts_its_strong_best_fit(
    draft: str, source: str, rule: str, figure: str, other: str
) -> None:
    assert (rule, figure, other) in _warnings(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), NOT_ITS_MATCH)
def test_a_figure_whose_best_fit_is_told_apart_stays_unsupported(draft: str, source: str, figure: str) -> None:
    found = _warnings(draft, source)
    assert [rule for rule, primary, _ in found if primary == figure] == ["unsupported-figure"]


@pytest.mark.parametrize(("draft", "source"), SILENT)
def test_nothing_is_reported(draft: str, source: str) -> None:
    assert [f for f in _warnings(draft, source) if f[0] != "unsupported-figure"] == []


def _aligner(draft: str, source: str) -> tuple[Aligner, list, list]:  # type: ignore[type-arg]
    report = check_documents([document_from_string(draft, "draft.txt")], [document_from_string(source, "source.txt")])
    drafts = [c for c in report.claims if c.path == "draft.txt" and family(c)]
    sources = [c for c in report.claims if c.path == "source.txt" and family(c)]
    return Aligner.of(drafts, sources), drafts, sources


def test_the_nearest_source_figures_are_ranked_by_evidence_not_value() -> None:
    # "£620,000" is nearer in value and in a sentence more like the draft's; the fine fits
    aligner, drafts, sources = _aligner(
        "The judge imposed the £9m penalty after hearing that the chief executive received a bonus.",
        "The firm was fined £90 million. The chief executive received a bonus on top of a salary of £620,000.",
    )
    (penalty,) = drafts
    assert [c.text for c in aligner.ranked(penalty, sources)][:1] == ["£90 million"]


def test_a_place_named_elsewhere_in_the_source_joins_only_a_sentence_that_names_no_place() -> None:
    aligner, drafts, sources = _aligner(
        "Nurses in Wales are to get a 4% pay rise, costing £300m this year.",
        "Nurses in Wales will get a 4% pay rise. The award will cost £250 million this year. "
        "In Scotland the award will cost £200 million this year.",
    )
    cost = next(c for c in drafts if c.text == "£300m")
    fits = {c.text: aligner.fit(cost, c) for c in sources}
    assert fits["£250 million"].strong
    assert not fits["£200 million"].strong
    assert fits["£200 million"].match.apart is not None
    best = aligner.best(cost)
    assert best is not None and best.source.text == "£250 million"


def test_a_draft_figure_another_finding_cites_in_its_document_is_not_also_unsupported() -> None:
    found = _warnings(
        "The plant's workforce has halved since 2015. Staff numbers fell from 2,400 in 2015 to the current 1,650.",
        "The plant employed 2,400 people in 2015, but its workforce has shrunk. It now employs 1,650 people.",
    )
    assert [rule for rule, _, _ in found] == ["change-arithmetic"], found


# Linked to a source figure that disagrees, a draft figure is excused only by arithmetic on figures
# about one thing, and a percentage change only of one actor's figure: Labour's 14,206 votes over
# the Conservatives' 11,198 is no rise of 27%, nor a fall between them. A rate times a count of
# its own thing still states a total ("about £180 each" for "46 tags").
EXCUSED_ONLY_BY_LIKE_ARITHMETIC = [
    ("The Liberal Democrats took 27% of the vote.",
     "Labour received 14,206 votes and the Conservatives 11,198 votes. The Liberal Democrats took 17.2% of the vote.",
     "27%"),
    ("Greens won 20% of the seats in the north.",
     "The Greens won 12% of the seats in the north. Labour won 60 seats and the Tories won 50 seats in the north.",
     "20%"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), EXCUSED_ONLY_BY_LIKE_ARITHMETIC)
def test_a_change_between_two_actors_figures_does_not_excuse_a_contradiction(
    draft: str, source: str, figure: str
) -> None:
    assert figure in [primary for rule, primary, _ in _warnings(draft, source) if rule == "figure-mismatch"]


def test_a_rate_times_a_count_still_supports_a_total() -> None:
    assert (
        _warnings(
            "The 46 tags cost about £8,300 in all.",
            "The team fitted 46 swifts with tags. The tags cost about £180 each.",
        )
        == []
    )


# A draft figure that one source figure states and another fits better: it is compared with the
# one that fits it best ("climbed 15% to £6.2bn" is the whisky exports' change from £5.1 billion,
# not the Asia-Pacific market's 15%)
_WHISKY = (
    "Whisky exports rose to a record £6.2 billion last year, up from £5.1 billion the year before. "
    "Exports to Asia-Pacific rose 15%."
)
_TICKETS = (
    "Ticket revenue rose to $54 million in the quarter, up from $45 million a year earlier. "
    "Merchandise revenue rose 8%."
)
BEST_FIT_OVER_A_STATED_FIGURE = [
    ("Scotch whisky exports climbed 15% to a record £6.2bn last year.", _WHISKY, ["15%"]),
    ("Ticket revenue jumped 8% to $54m in the quarter.", _TICKETS, ["8%"]),
    ("Scotch whisky exports climbed 22% to a record £6.2bn last year.", _WHISKY, []),
    ("Whisky exports to Asia-Pacific climbed 15% last year.", _WHISKY, []),
    ("Ticket revenue jumped 20% to $54m in the quarter.", _TICKETS, []),
]


@pytest.mark.parametrize(("draft", "source", "flagged"), BEST_FIT_OVER_A_STATED_FIGURE)
def test_a_draft_figure_is_compared_with_what_fits_it_best_not_with_what_states_it(
    draft: str, source: str, flagged: list[str]
) -> None:
    assert [primary for rule, primary, _ in _warnings(draft, source) if rule == "change-arithmetic"] == flagged
