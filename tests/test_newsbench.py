"""The news benchmark's reader and matching: annotations, hard wraps, rates, ranges and directions."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _load_newsbench() -> ModuleType:
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))  # newsbench imports the bench's scoring module by name
    spec = importlib.util.spec_from_file_location("newsbench", BENCHMARKS / "newsbench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


news = _load_newsbench()


def test_annotations_become_text_and_gold_with_offsets() -> None:
    sentence = news.parse_sentence(
        "Rents hit {$2,900 a month|2900 USD per=month} and\n{12 or $15|12..15 USD} fees.", "rate", "markets", "x:1"
    )
    assert sentence.text == "Rents hit $2,900 a month and\n12 or $15 fees."
    first, second = sentence.gold
    assert sentence.text[first.start : first.end] == "$2,900 a month"
    assert (first.value, first.unit, first.per) == (2900.0, "USD", "month")
    assert sentence.text[second.start : second.end] == "12 or $15"
    assert (second.value, second.low, second.high) == (None, 12.0, 15.0)


@pytest.mark.parametrize(
    "raw",
    [
        "{5%|five percent}",  # not a number
        "{5%|5 percent dir=sideways}",
        "{5%|5 percent colour=red}",
        "{5%|5 percent",
    ],
)
def test_bad_annotations_are_errors_naming_the_line(raw: str) -> None:
    with pytest.raises(news.NewsFormatError, match="x:7"):
        news.parse_sentence(raw, "plain", "markets", "x:7")


def test_the_shipped_set_reads_and_is_large_enough() -> None:
    sentences = news.read_news()
    assert len(sentences) >= 600
    assert {s.pattern for s in sentences} == set(news.PATTERNS)
    assert sum("\n" in s.text for s in sentences) >= 60  # hard-wrapped records
    for sentence in sentences:
        for quantity in sentence.gold:
            assert sentence.text[quantity.start : quantity.end] == quantity.surface


def _quantity(value: float, unit: str | None, **extra: object) -> object:
    low = extra.pop("low", value)
    high = extra.pop("high", value)
    return news.Quantity(0, 5, "x", value, low, high, unit, **extra)


@pytest.mark.parametrize(
    ("prediction", "gold", "level", "matches"),
    [
        (_quantity(2900, "USD", per="month"), _quantity(2900, "USD", per="month"), "value_unit", True),
        (_quantity(2900, "USD"), _quantity(2900, "USD", per="month"), "value_unit", False),
        (
            _quantity(60000, "oil_barrel / day", per="day"),
            _quantity(60000, "oil_barrel", per="day"),
            "value_unit",
            True,
        ),
        (_quantity(6, "percent", per="year"), _quantity(6, "percent", per="year"), "value_unit", True),
        (_quantity(42.5, "USD", low=40, high=45), _quantity(None, "USD", low=40, high=45), "value", True),
        (_quantity(22.5, "USD", low=40, high=45e9), _quantity(None, "USD", low=40e9, high=45e9), "value", False),
        (_quantity(0.4, "percent", direction="up"), _quantity(0.4, "percent", direction="up"), "value_direction", True),
        (_quantity(0.4, "percent"), _quantity(0.4, "percent", direction="up"), "value_direction", False),
    ],
)
def test_matching_levels(prediction: object, gold: object, level: str, matches: bool) -> None:
    assert getattr(news.Matcher(), level)(prediction, gold) is matches
