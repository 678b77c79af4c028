"""Normalisation: the single pint registry, our definitions file, and conversions to base units."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from numcheck.errors import NumcheckError
from numcheck.scanning import LazyPattern

DEFINITIONS = resources.files("numcheck") / "data" / "units.txt"
# Regenerate with `make golden` after changing units.txt, the vocabulary or pint.
BASE_FORM_TABLE = resources.files("numcheck") / "data" / "base_forms.json"


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
    """Factor and offset from `unit` to pint base units. Temperatures keep their offsets.

    The units the built-in vocabulary can produce are answered from a table pint computed
    beforehand (see `base_form_table`): importing pint costs a third of a second, most of a
    run on one short file. Any other unit asks pint."""
    known = _tabled_forms().get(unit)
    if isinstance(known, BaseForm):
        return known
    if known is not None:
        raise UnknownUnitError(known)
    return _composed_form(unit) or _pint_base_form(unit)


# A rate the extractor builds from two units ("oil_barrel / day", "kilogram / (meter ** 2)").
_RATE_UNIT = LazyPattern(r"(?P<top>[^/()]+?) / \(?(?P<bottom>[^/()]+?)\)?")
_BASE_NAME = LazyPattern(r"[A-Za-z_]+")


def _composed_form(unit: str) -> BaseForm | None:
    """A rate's base form from the table's forms of its two units, written as pint writes it.

    Only the plain cases, where pint cancels everything or nothing and puts no offset: the others
    ask pint."""
    match = _RATE_UNIT.fullmatch(unit)
    if match is None:
        return None
    top, bottom = (_tabled_forms().get(match.group(part).strip()) for part in ("top", "bottom"))
    if not isinstance(top, BaseForm) or not isinstance(bottom, BaseForm) or top.offset or bottom.offset:
        return None
    if top.base_unit == bottom.base_unit:  # "microgram / gram": pint cancels every unit
        return BaseForm(top.factor / bottom.factor, 0.0, "dimensionless", "dimensionless")
    if any(mark in form.base_unit for form in (top, bottom) for mark in (" / ", " * ")) or "dimensionless" in (
        bottom.base_unit,
        bottom.dimension,
    ):
        return None
    if set(_BASE_NAME.findall(top.base_unit)) & set(_BASE_NAME.findall(bottom.base_unit)):
        return None  # "microgram / gram": pint cancels the kilograms
    numerator = "1" if top.base_unit == "dimensionless" else top.base_unit
    dimensions = "1" if top.dimension == "dimensionless" else top.dimension
    return BaseForm(
        top.factor / bottom.factor, 0.0, f"{numerator} / {bottom.base_unit}", f"{dimensions} / {bottom.dimension}"
    )


def _pint_base_form(unit: str) -> BaseForm:
    ureg = registry()
    try:
        zero = ureg.Quantity(0.0, unit).to_base_units()
        one = ureg.Quantity(1.0, unit).to_base_units()
    except Exception as error:  # pint raises many unrelated types for a bad unit string
        raise UnknownUnitError(f"unknown unit {unit!r}: {error}") from None
    base_unit = _written(dict(one.unit_items())) or "dimensionless"
    dimension = _OWN_DIMENSIONS.get(unit) or _written(dict(one.dimensionality.items())) or "dimensionless"
    return BaseForm(float(one.magnitude - zero.magnitude), float(zero.magnitude), base_unit, dimension)


# Units pint files under another quantity's dimension: a newton metre of torque is a joule to pint,
# so "65 Nm" of a motor's torque would be compared with the "500 Wh" its battery holds. They
# convert into each other as before; only what they are compared with changes.
_OWN_DIMENSIONS = {"newton * meter": "[torque]", "foot * force_pound": "[torque]"}


def _written(powers: dict[str, float]) -> str:
    """ "kilogram * meter ** 2 / second ** 3", as pint writes it but with the factors in
    alphabetical order: pint's own order follows its dictionaries, which one more unit defined
    (or another hash seed) can reorder, and these strings are keys that must match across runs."""

    def factor(name: str, power: float) -> str:
        return name if power == 1 else f"{name} ** {power:g}"

    above = [factor(name, power) for name, power in sorted(powers.items()) if power > 0]
    below = [factor(name, -power) for name, power in sorted(powers.items()) if power < 0]
    if not above and not below:
        return ""
    return " / ".join([" * ".join(above) or "1", *below])


def to_base(value: float, unit: str) -> tuple[float, str, str]:
    """(base value, base unit, dimension) for a value in `unit`."""
    form = base_form(unit)
    return value * form.factor + form.offset, form.base_unit, form.dimension


def convert(value: float, from_unit: str, to_unit: str, *, difference: bool = False) -> float:
    """`value` in another unit; a `difference` of temperatures converts without the offsets."""
    source, target = base_form(from_unit), base_form(to_unit)
    if source.dimension != target.dimension:
        raise UnknownUnitError(f"cannot convert {from_unit} to {to_unit}")
    if difference:
        return value * source.factor / target.factor
    return (value * source.factor + source.offset - target.offset) / target.factor


# Units with two sizes in use: pint's "gallon" is the US gallon, a British story's is the imperial
# one (4.546 litres, not 3.785); a British "ton" is the long ton, an American one the short ton
OTHER_SIZES = {"gallon": "imperial_gallon", "pint": "imperial_pint", "quart": "imperial_quart",
               "fluid_ounce": "imperial_fluid_ounce", "ton": "long_ton"}  # fmt: skip
_SIZED = LazyPattern(rf"\b(?:{'|'.join(OTHER_SIZES)})\b")


def sizes_of(unit: str) -> tuple[str, ...]:
    """`unit`, then each other size it may mean: ("gallon", "imperial_gallon"), ("mile / gallon",
    "mile / imperial_gallon"); ("meter",) for a unit of one size."""
    other = _SIZED.sub(lambda found: OTHER_SIZES[found.group()], unit)
    return (unit,) if other == unit else (unit, other)


def other_sizes(unit: str) -> list[tuple[str, float]]:
    """Each other size `unit` may mean, with how many of `unit` one of it is: ("imperial_pint",
    1.20095) for "pint"; none for a unit of one size."""
    found = []
    for size in sizes_of(unit)[1:]:
        try:
            found.append((size, convert(1.0, size, unit)))
        except UnknownUnitError:
            continue
    return found


def is_known_unit(unit: str) -> bool:
    try:
        base_form(unit)
    except UnknownUnitError:
        return False
    return True


def definitions_digest() -> str:
    """A digest of the definition files every base form follows from: pint's and ours.

    pint's files are found without importing pint, which is the cost the table avoids."""
    digest = hashlib.sha256(DEFINITIONS.read_bytes())
    spec = find_spec("pint")
    folders = spec.submodule_search_locations if spec is not None else None
    if not folders:
        return "no pint"
    for name in ("default_en.txt", "constants_en.txt"):
        digest.update(b"\0" + name.encode() + b"\0")
        digest.update((Path(next(iter(folders))) / name).read_bytes())
    return digest.hexdigest()


def base_form_table(units: Iterable[str]) -> str:
    """The table `base_form` reads, as JSON: pint's answer for each unit, or its complaint."""
    forms: dict[str, list[float | str] | str] = {}
    for unit in sorted(set(units)):
        try:
            form = _pint_base_form(unit)
        except UnknownUnitError as error:
            forms[unit] = str(error)
        else:
            forms[unit] = [form.factor, form.offset, form.base_unit, form.dimension]
    # One unit a line, so that a regenerated table reads as a diff of units.
    rows = ",\n".join(f"  {json.dumps(unit, ensure_ascii=False)}: {json.dumps(form)}" for unit, form in forms.items())
    return f'{{\n "definitions": "{definitions_digest()}",\n "units": {{\n{rows}\n }}\n}}\n'


@cache
def _tabled_forms() -> dict[str, BaseForm | str]:
    """The table, or nothing when it was computed from other definitions than the installed ones."""
    try:
        table = json.loads(BASE_FORM_TABLE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if table.get("definitions") != definitions_digest():
        return {}
    return {
        unit: form if isinstance(form, str) else BaseForm(float(form[0]), float(form[1]), form[2], form[3])
        for unit, form in table["units"].items()
    }
