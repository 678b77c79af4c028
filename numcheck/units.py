"""Normalisation: the single pint registry, our definitions file, and conversions to base units."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from numcheck.errors import NumcheckError

DEFINITIONS = resources.files("numcheck") / "data" / "units.txt"


class UnknownUnitError(NumcheckError):
    pass


@dataclass(frozen=True, slots=True)
class BaseForm:
    """How to reach base units from one unit: base = value * factor + offset."""

    factor: float
    offset: float
    base_unit: str
    dimension: str


@cache
def registry() -> Any:
    """The process-wide pint registry, loaded on first use: pint costs a third of a second."""
    import pint

    ureg: Any = pint.UnitRegistry(cache_folder=":auto:", autoconvert_offset_to_baseunit=True)
    ureg.load_definitions(str(DEFINITIONS))
    return ureg


@lru_cache(maxsize=4096)
def base_form(unit: str) -> BaseForm:
    """Factor and offset from `unit` to pint base units. Temperatures keep their offsets."""
    ureg = registry()
    try:
        zero = ureg.Quantity(0.0, unit).to_base_units()
        one = ureg.Quantity(1.0, unit).to_base_units()
    except Exception as error:  # pint raises many unrelated types for a bad unit string
        raise UnknownUnitError(f"unknown unit {unit!r}: {error}") from None
    base_unit = str(one.units) or "dimensionless"
    dimension = str(one.dimensionality) or "dimensionless"
    return BaseForm(float(one.magnitude - zero.magnitude), float(zero.magnitude), base_unit, dimension)


def to_base(value: float, unit: str) -> tuple[float, str, str]:
    """(base value, base unit, dimension) for a value in `unit`."""
    form = base_form(unit)
    return value * form.factor + form.offset, form.base_unit, form.dimension


def convert(value: float, from_unit: str, to_unit: str) -> float:
    source, target = base_form(from_unit), base_form(to_unit)
    if source.dimension != target.dimension:
        raise UnknownUnitError(f"cannot convert {from_unit} to {to_unit}")
    return (value * source.factor + source.offset - target.offset) / target.factor


def is_known_unit(unit: str) -> bool:
    try:
        base_form(unit)
    except UnknownUnitError:
        return False
    return True
