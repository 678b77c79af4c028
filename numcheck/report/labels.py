"""Report stage, labels: what a person calls a quantity and its unit, instead of pint's names.

"power", not "mass * length ** 2 / time ** 3"; "km/h", not "kilometer / hour".
"""

from __future__ import annotations

# pint's dimensionality, as claims carry it, -> the name a reader uses
DIMENSION_NAMES = {
    "[length]": "length",
    "[mass]": "mass",
    "[time]": "duration",
    "[temperature]": "temperature",
    "[current]": "current",
    "[length] ** 2": "area",
    "[length] ** 3": "volume",
    "[length] / [time]": "speed",
    "[length] / [time] ** 2": "acceleration",
    "[length] ** 3 / [time]": "flow",
    "[mass] / [time]": "mass flow",
    "[mass] / [length] ** 3": "density",
    "[mass] * [length] / [time] ** 2": "force",
    "[mass] * [length] ** 2 / [time] ** 2": "energy",
    "[mass] * [length] ** 2 / [time] ** 3": "power",
    "[mass] / [length] / [time] ** 2": "pressure",
    "[current] * [time]": "charge",
    "1 / [time]": "rate",
    "[information]": "data",
}

# unit -> symbol, where the symbol is what copy prints (or the plain word is clearer, "mph")
UNIT_SYMBOLS = {
    "meter": "m", "kilometer": "km", "centimeter": "cm", "millimeter": "mm", "mile": "mi", "foot": "ft",
    "inch": "in", "yard": "yd", "nautical_mile": "nmi", "meter ** 2": "m²", "kilometer ** 2": "km²",
    "mile ** 2": "sq mi", "foot ** 2": "sq ft", "hectare": "ha", "acre": "acres", "meter ** 3": "m³",
    "decimeter ** 3": "litres", "liter": "litres", "milliliter": "ml", "gallon": "gal", "kilogram": "kg",
    "gram": "g", "milligram": "mg", "tonne": "t", "pound": "lb", "ounce": "oz", "second": "s",
    "minute": "min", "hour": "h", "day": "days", "week": "weeks", "month": "months", "year": "years",
    "meter / second": "m/s", "kilometer / hour": "km/h", "mile / hour": "mph", "knot": "knots",
    "watt": "W", "kilowatt": "kW", "megawatt": "MW", "gigawatt": "GW", "terawatt": "TW",
    "watt_hour": "Wh", "kilowatt_hour": "kWh", "megawatt_hour": "MWh", "gigawatt_hour": "GWh",
    "terawatt_hour": "TWh", "joule": "J", "kilojoule": "kJ", "calorie": "cal", "kilocalorie": "kcal",
    "degree_Celsius": "°C", "degree_Fahrenheit": "°F", "kelvin": "K", "pascal": "Pa", "bar": "bar",
    "millibar": "mbar", "pound_force_per_square_inch": "psi", "newton": "N", "hertz": "Hz",
    "bit / second": "bit/s", "megabit / second": "Mbps", "gigabit / second": "Gbps", "byte": "B",
    "kilobyte": "KB", "megabyte": "MB", "gigabyte": "GB", "terabyte": "TB", "horsepower": "hp",
    "kilogram * meter ** 2 / second ** 3": "W", "kilogram * meter ** 2 / second ** 2": "J",
    "kilogram / meter / second ** 2": "Pa", "meter ** 3 / second": "m³/s", "ampere_hour": "Ah",
    "milliampere_hour": "mAh",
}  # fmt: skip
_SUPERSCRIPT = str.maketrans("23", "²³")


def _factors(dimension: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """ "[mass] * [length] ** 2 / [time] ** 3" as its factors above and below the line, sorted:
    pint orders the factors by how its definitions were loaded, which a new unit can change."""
    above, *below = dimension.split(" / ")
    return tuple(sorted(above.split(" * "))), tuple(sorted(below))


_NAMES_BY_FACTORS = {_factors(dimension): name for dimension, name in DIMENSION_NAMES.items()}


def dimension_name(key: str) -> str:
    """A linking key ("[length] / [time]", "count", "money") as a reader names it ("speed")."""
    name = _NAMES_BY_FACTORS.get(_factors(key))
    return name if name is not None else key.replace("[", "").replace("]", "").replace("_", " ")


def unit_symbol(unit: str) -> str:
    """ "km/h" for "kilometer / hour"; an unknown unit as words: "metric ton", "m / day"."""
    if unit in UNIT_SYMBOLS:
        return UNIT_SYMBOLS[unit]
    top, *per = (part.strip() for part in unit.split(" / "))
    return "/".join([_part_symbol(top), *(_per_symbol(part) for part in per)])


def _per_symbol(part: str) -> str:
    """What a rate is per: "barrel/day", not "barrel/days"; a plural word reads only on its own."""
    symbol = _part_symbol(part)
    return part.replace("_", " ") if symbol.endswith("s") and symbol != part else symbol


def _part_symbol(part: str) -> str:
    """ "kilometer ** 3" -> "km³"; a name without a symbol as words."""
    name, _, power = part.partition(" ** ")
    symbol = UNIT_SYMBOLS.get(name, name.replace("_", " "))
    return symbol + power.translate(_SUPERSCRIPT) if power in ("2", "3") else symbol + (f"^{power}" if power else "")
