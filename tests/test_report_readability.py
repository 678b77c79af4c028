"""The report as a reader meets it (issue 15, section 3): messages first, compared tables, one list
of other figures, human units, relative paths, and no word broken on a narrow terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from numcheck.cli import main
from numcheck.documents import document_from_string
from numcheck.engine import check_documents
from numcheck.report import overview
from numcheck.report.labels import dimension_name, unit_symbol
from numcheck.report.terminal import render_terminal

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ENERGY = (
    "The plant has a capacity of 2 GW, the company said. The new trains reach 200 km/h on the line.\n"
    "The plant will cost £3 billion to build. Around 1,200 workers will staff the plant.\n"
)
ENERGY_SOURCE = "The plant has a capacity of 2,500 MW. The new trains reach 125 mph on the line.\n"


def _overview(draft: str = ENERGY, source: str = ENERGY_SOURCE):  # type: ignore[no-untyped-def]
    report = check_documents([document_from_string(draft, "draft.txt")], [document_from_string(source, "wire.txt")])
    return overview(report)


def test_single_uncompared_claims_share_one_other_figures_table() -> None:
    content = _overview()
    text = render_terminal(content, colour=False)
    compared = {table.title for table in content.compared}
    others = {table.title for table in content.others}
    assert compared and others and not compared & others
    assert all(len(table.rows) == 1 and table.rows[0].agreement == "not compared" for table in content.others)
    assert "Other figures (nothing else is about the same quantity)" in text
    for title in others:  # no heading of its own, a row in the one list
        assert f"\n{title}\n" not in text and title in text


@pytest.mark.parametrize(
    ("key", "name"),
    [("[mass] * [length] ** 2 / [time] ** 3", "power"), ("[length] / [time]", "speed"), ("[length]", "length"),
     ("[mass] * [length] ** 2 / [time] ** 2", "energy"), ("[length] ** 2", "area"), ("count", "count"),
     ("money", "money"), ("[luminosity]", "luminosity")],
)  # fmt: skip
def test_dimension_names(key: str, name: str) -> None:
    assert dimension_name(key) == name


@pytest.mark.parametrize(
    ("unit", "symbol"),
    [("gigawatt", "GW"), ("kilometer / hour", "km/h"), ("mile / hour", "mph"), ("mile", "mi"), ("meter ** 2", "m²"),
     ("degree_Celsius", "°C"), ("kilometer ** 3", "km³"), ("barrel / day", "barrel/day"), ("metric_ton", "metric ton"),
     ("liter / kilometer", "litres/km"), ("people / kilometer ** 2", "people/km²")],
)  # fmt: skip
def test_unit_symbols(unit: str, symbol: str) -> None:
    assert unit_symbol(unit) == symbol


def test_headings_and_intervals_use_human_names_in_the_documents_unit() -> None:
    text = render_terminal(_overview(), colour=False)
    assert "capacity (power)\n" in text and "train (speed)\n" in text
    assert "**" not in text and "meter / second" not in text and "kilogram" not in text
    power = text[text.index("(power)") :].splitlines()
    assert "interval (GW)" in power[2] and " 2.5 " in power[5]  # 2,500 MW in the draft's gigawatts
    speed = text[text.index("(speed)") :].splitlines()
    assert "interval (km/h)" in speed[2] and " 201.168 " in speed[5]  # 125 mph in km/h


def test_finding_messages_come_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.txt").write_text((SEEDS / "nato-troops-almost-ten-times.txt").read_text("utf-8"), "utf-8")
    (tmp_path / "wire.txt").write_text((SEEDS / "nato-troops-tenfold.txt").read_text("utf-8"), "utf-8")
    # absolute paths in, paths relative to the working folder out
    assert main(["report", str(tmp_path / "draft.txt"), "--against", str(tmp_path / "wire.txt"), "--no-cache"]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert first.startswith("draft.txt:5:89: warning [hedge-conflict] 'almost 10 times'")
    assert str(tmp_path) not in out
    assert "wire.txt (source)" in out


@pytest.mark.parametrize("width", [80, 100])
def test_a_narrow_terminal_never_breaks_a_word(width: int) -> None:
    """Every word at this width is a word of the unconstrained report, or a name cut short with an
    ellipsis; and no line is wider than the terminal."""
    report = check_documents(
        [str(SEEDS / "nato-troops-almost-ten-times.txt")], [str(SEEDS / "nato-troops-tenfold.txt")]
    )
    content = overview(report)
    wide = render_terminal(content, colour=False)
    narrow = render_terminal(content, colour=False, width=width)
    # the findings above the tables are prose and wrap between words; the tables are the point here
    tables = narrow[narrow.index("\n\n") :]
    words = set(wide.split())
    for word in tables.split():
        shortened = word.endswith("…") or any(whole.endswith("/" + word) for whole in words)  # a path's ending
        assert word in words or shortened or set(word) == {"─"}, word
    assert max(len(line) for line in narrow.splitlines()) <= width
    assert "hedge-conflict" in tables and "not compared" in tables


# Plots: ticks, zoom, the band of agreement ---------------------------------------------------------


@pytest.mark.parametrize(
    "values",
    [[24100, 24120], [24100, 24105, 24110], [1.001, 1.002], [999_000, 1_001_000], [40_000, 40_000], [0.5, 2, 900]],
)
def test_tick_labels_are_never_repeated(values: list[float]) -> None:
    from numcheck.model import Interval
    from numcheck.report.plot import axis_for

    axis = axis_for([Interval(v, v) for v in values])
    labels = [tick.label for tick in axis.ticks]
    assert labels and len(set(labels)) == len(labels), labels


@pytest.mark.parametrize(
    ("first", "second"),
    [(40_000, 40_100), (144_841, 145_000), (1_200, 1_210), (98.2, 98.6)],
)
def test_figures_that_nearly_agree_are_drawn_near_each_other(first: float, second: float) -> None:
    """Within 1% of each other: within a fifth of the axis, not at its two ends."""
    from numcheck.model import Interval
    from numcheck.report.plot import WIDTH, axis_for

    axis = axis_for([Interval(first, first), Interval(second, second)])
    assert abs(axis.x(first) - axis.x(second)) < WIDTH / 5
    assert axis.low <= min(first, second) and max(first, second) <= axis.high


def test_figures_far_apart_still_fill_the_axis() -> None:
    from numcheck.model import Interval
    from numcheck.report.plot import WIDTH, axis_for

    axis = axis_for([Interval(12_000, 12_000), Interval(15_000, 15_000)])
    assert abs(axis.x(12_000) - axis.x(15_000)) > WIDTH / 2


def test_the_band_of_agreement_shows_even_for_one_shared_point() -> None:
    from numcheck.model import Interval
    from numcheck.report.plot import MIN_BAND, axis_for, common_band

    points = [Interval(40_000, 40_000), Interval(40_000, 40_000)]
    band = common_band(axis_for(points), points)
    assert band is not None and band.x2 - band.x1 >= MIN_BAND
    assert band.x1 <= axis_for(points).x(40_000) <= band.x2


def test_plots_scale_to_the_page_rather_than_being_cut_off() -> None:
    from numcheck.report.html import render_html

    report = check_documents(
        [str(SEEDS / "nato-troops-almost-ten-times.txt")], [str(SEEDS / "nato-troops-tenfold.txt")]
    )
    page = render_html(overview(report), [document_from_string(p.read_text("utf-8"), str(p)) for p in SEEDS.iterdir()])
    assert '<svg class="strip" viewBox=' in page and 'width="360"' not in page
    assert '<div class="scroll">' in page


@pytest.mark.parametrize(
    ("dimension", "name"),
    [
        ("[mass] * [length] ** 2 / [time] ** 3", "power"),
        ("[length] ** 2 * [mass] / [time] ** 3", "power"),  # pint's order moves when a unit is added
        ("[mass] / [length] / [time] ** 2", "pressure"),
        ("[mass] / [time] ** 2 / [length]", "pressure"),
        ("[seismic_magnitude]", "seismic magnitude"),
    ],
)
def test_a_dimension_is_named_whatever_order_pint_gives_its_factors(dimension: str, name: str) -> None:
    from numcheck.report.labels import dimension_name

    assert dimension_name(dimension) == name
