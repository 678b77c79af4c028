"""Start-up: what a run on one short file loads, and the base-form table that spares it pint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from numcheck.extraction.lexicon import unit_lexicon
from numcheck.units import BASE_FORM_TABLE, base_form_table, sizes_of
from numcheck.vocabulary import load_vocabulary

ROOT = Path(__file__).resolve().parent.parent
TABLE = Path(str(BASE_FORM_TABLE))
# Slow to import, and never needed on one short file: quantulum3's parser (inflect instruments
# itself with typeguard on import) and pint (the base-form table answers instead).
HEAVY = ("quantulum3", "inflect", "typeguard", "pint")


def producible_units() -> set[str]:
    """Every unit the built-in vocabulary and lexicon can put on a claim."""
    vocabulary = load_vocabulary()
    lexicon = unit_lexicon(vocabulary)
    units = {sense.unit for sense in (*lexicon.words.values(), *lexicon.symbols.values())}
    units |= {*vocabulary.currency_symbols.values(), *vocabulary.currency_words.values()}
    units |= {code for code, _ in vocabulary.currency_minor.values()}
    units |= {*vocabulary.unit_words.values(), *vocabulary.unit_symbols.values(), *vocabulary.time_words.values()}
    # Named in the extractors' code, and "" for a figure with no unit, which kinds converts.
    units |= {"", "pound", "GBP", "percent", "percentage_point"}
    # and the other size of a unit with two (a conversion may be in either)
    units |= {other for unit in set(units) for other in sizes_of(unit)}
    return units


def test_golden_base_form_table_is_what_pint_says_for_every_producible_unit() -> None:
    expected = base_form_table(producible_units())
    if os.environ.get("NUMCHECK_REGENERATE_GOLDEN"):
        TABLE.write_text(expected, encoding="utf-8")
    assert TABLE.read_text(encoding="utf-8") == expected, "stale: regenerate with `make golden`"


def _loaded_after(code: str, tmp_path: Path) -> dict[str, bool]:
    """Which heavy modules a fresh interpreter has loaded after running `code` in `tmp_path`."""
    probe = f"import sys\n{code}\nprint(__import__('json').dumps({{m: m in sys.modules for m in {HEAVY!r}}}))"
    env = {**os.environ, "NUMCHECK_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    loaded: dict[str, bool] = json.loads(result.stdout.splitlines()[-1])
    return loaded


@pytest.mark.parametrize("cache", [["--no-cache"], []])
def test_checking_the_seeds_loads_no_heavy_library(cache: list[str], tmp_path: Path) -> None:
    code = f"from numcheck.cli import main\nmain(['check', 'seeds', '--fail-on', 'never', *{cache!r}])"
    assert _loaded_after(code, tmp_path) == dict.fromkeys(HEAVY, False)


def test_a_second_run_over_unchanged_files_loads_no_extractor(tmp_path: Path) -> None:
    run = "from numcheck.cli import main\nmain(['check', 'seeds', '--fail-on', 'never'])"
    _loaded_after(run, tmp_path)
    code = f"{run}\nassert 'numcheck.extraction' not in sys.modules, 'a cache hit extracted'"
    assert _loaded_after(code, tmp_path) == dict.fromkeys(HEAVY, False)
