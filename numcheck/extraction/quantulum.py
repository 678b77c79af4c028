"""The one quantulum3 adapter: its unit catalogue, turned into our unit lexicon entries.

We read quantulum3's data files rather than calling its parser: the parser costs
seconds at start-up (inflect instruments itself with typeguard) and misreads news
phrasing such as "£100m" and "tenfold". Its catalogue of unit names, plurals and
symbols is what we want from it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

_PREFIXES = {
    "Y": "yotta", "Z": "zetta", "E": "exa", "P": "peta", "T": "tera", "G": "giga", "M": "mega",
    "k": "kilo", "h": "hecto", "da": "deca", "d": "deci", "c": "centi", "m": "milli",
    "µ": "micro", "n": "nano", "p": "pico", "f": "femto", "a": "atto", "z": "zepto", "y": "yocto",
}  # fmt: skip

# quantulum3 names that pint spells differently. Map by name, never by symbol:
# quantulum3's "A$" is the Australian dollar, pint's "A" is the ampere.
_PINT_NAMES = {
    "pound-mass": "pound",
    "percentage": "percent",
    "light-year": "light_year",
    "ångström": "angstrom",
    "degree Celsius": "degree_Celsius",
    "degree Fahrenheit": "degree_Fahrenheit",
    "degree fahrenheit": "degree_Fahrenheit",
    "degree Rankine": "degree_Rankine",
    "degree rankine": "degree_Rankine",
    "millimetre of mercury": "millimeter_Hg",
    "millimeter of mercury": "millimeter_Hg",
    "inch of mercury": "inch_Hg",
    "centimeter of water": "cm_H2O",
    "atomic mass unit": "dalton",
    "mibibyte": "mebibyte",
    "short ton": "short_ton",
    "long ton": "long_ton",
    "parts-per-million": "ppm",
    "per mille": "permille",
    "astronomical unit": "astronomical_unit",
    "nautical mile": "nautical_mile",
}


@dataclass(frozen=True, slots=True)
class CatalogueUnit:
    name: str
    entity: str
    pint_unit: str
    surfaces: tuple[str, ...]
    symbols: tuple[str, ...]
    currency_code: str | None


def _data_dir() -> Path:
    spec = find_spec("quantulum3")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("quantulum3 is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _pint_name(name: str) -> str:
    # pint's canonical spelling is American: "metre" is an alias, "meter" the name.
    name = _PINT_NAMES.get(name, name.replace(" ", "_").replace("-", "_"))
    return name.replace("metre", "meter").replace("litre", "liter")


def _pint_expression(name: str, record: dict[str, Any]) -> str:
    dimensions = record.get("dimensions") or []
    if len(dimensions) <= 1 and all(d.get("power", 1) == 1 for d in dimensions):
        return _pint_name(name)

    def factor(dimension: dict[str, Any], power: int) -> str:
        name = _pint_name(dimension["base"])
        return name if power == 1 else f"{name} ** {power}"

    above = [factor(d, d.get("power", 1)) for d in dimensions if d.get("power", 1) > 0]
    below = [factor(d, -d["power"]) for d in dimensions if d.get("power", 1) < 0]
    return " / ".join([" * ".join(above) or "1", *below])


def _merge(general: dict[str, Any], language: dict[str, Any]) -> dict[str, Any]:
    merged = {name: dict(record) for name, record in general.items()}
    for name, record in language.items():
        merged.setdefault(name, {}).update(record)
    return merged


@cache
def unit_catalogue() -> tuple[CatalogueUnit, ...]:
    """quantulum3's units, each with a pint expression, including SI-prefixed forms."""
    root = _data_dir()
    general = json.loads((root / "units.json").read_text(encoding="utf-8"))
    language = json.loads((root / "_lang" / "en_US" / "units.json").read_text(encoding="utf-8"))
    units: list[CatalogueUnit] = []
    for name, record in sorted(_merge(general, language).items()):
        if "entity" not in record:
            continue
        surfaces = tuple(record.get("surfaces", ()))
        symbols = tuple(record.get("symbols", ()))
        units.append(
            CatalogueUnit(
                name=name,
                entity=record["entity"],
                pint_unit=_pint_expression(name, record),
                surfaces=surfaces,
                symbols=symbols,
                currency_code=record.get("currency_code"),
            )
        )
        for prefix in record.get("prefixes", ()):
            word = _PREFIXES.get(prefix)
            if word is None:
                continue
            units.append(
                CatalogueUnit(
                    name=word + name,
                    entity=record["entity"],
                    pint_unit=word + _pint_name(name),
                    surfaces=tuple(word + s for s in surfaces),
                    symbols=tuple(prefix + s for s in symbols),
                    currency_code=None,
                )
            )
    return tuple(units)
