"""Golden files: the exact output of numcheck on seeds/. Regenerate with `make golden` and review the diff."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from numcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = {
    "check-seeds.txt": ["check", "seeds"],
    "check-seeds.json": ["check", "seeds", "--format", "json"],
    "check-seeds.sarif": ["check", "seeds", "--fail-on", "never", "--format", "sarif"],
    "check-seeds.github.txt": ["check", "seeds", "--fail-on", "never", "--format", "github"],
    "check-seeds.junit.xml": ["check", "seeds", "--fail-on", "never", "--format", "junit"],
    "check-seeds.md": ["check", "seeds", "--fail-on", "never", "--format", "markdown"],
    "extract-seeds.jsonl": ["extract", "seeds", "--format", "jsonl"],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    for variable in ("NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS"):  # the output must not depend on them
        monkeypatch.delenv(variable, raising=False)
    main(CASES[name])
    # SARIF says where %SRCROOT% is on this machine; the golden file stands for any checkout
    output = capsys.readouterr().out.replace(ROOT.as_uri() + "/", "file:///CHECKOUT/")
    golden = GOLDEN / name
    if os.environ.get("NUMCHECK_REGENERATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(output, encoding="utf-8")
    assert output == golden.read_text(encoding="utf-8")


def test_seed_claims_the_issue_asks_for() -> None:
    import numcheck

    tenfold = numcheck.extract((ROOT / "seeds/nato-troops-tenfold.txt").read_text(encoding="utf-8"))
    almost = numcheck.extract((ROOT / "seeds/nato-troops-almost-ten-times.txt").read_text(encoding="utf-8"))
    by_text = {c.text: c for c in tenfold + almost}
    assert by_text["tenfold"].kind == "ratio" and by_text["tenfold"].value == 10
    assert by_text["tenfold"].subject == "troop"
    assert by_text["40,000"].subject == "troop" and by_text["40,000"].kind == "count"
    ratio = by_text["almost 10 times"]
    assert (ratio.kind, ratio.low, ratio.high, ratio.high_inclusive) == ("ratio", 9.0, 10.0, False)
    miles = by_text["up to 90 miles"]
    assert (miles.low, miles.high, miles.unit, miles.subject) == (None, 90.0, "mile", "range")
    assert miles.base_value == pytest.approx(144840.96)
    money = by_text["£100 million"]
    assert (money.value, money.unit, money.subject) == (1e8, "GBP", "equipment")
    assert by_text["120"].subject == "armoured vehicle"
    assert by_text["double"].value == 2 and by_text["double"].subject == "troop"
    assert by_text["24 February"].kind == "date"
    assert all(c.kind != "count" for c in tenfold + almost if "300" in c.text)
