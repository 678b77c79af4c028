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
