"""Rates: what a figure is per ("$2,900 a month", "$41 per share", "60,000 barrels a day")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from numcheck.extraction.lexicon import UnitLexicon
from numcheck.model import ClaimKind
from numcheck.scanning import LazyPattern
from numcheck.units import UnknownUnitError, base_form

# Time units as written after "/" in a rate: "km/h", "m/s", "10km/hr".
_TIME_SYMBOLS = {"s": "second", "sec": "second", "ms": "millisecond", "min": "minute", "h": "hour",
                 "hr": "hour", "d": "day", "yr": "year"}  # fmt: skip
_RATE = LazyPattern(
    rf"(?:\s*/\s*(?P<symbol>{'|'.join(sorted(_TIME_SYMBOLS, key=len, reverse=True))})\b"
    r"|(?P<slash>\s*/\s*)|[\s-]+(?P<per>per|each|every)[\s-]+"
    # "£36 more a year", "£4 less a month": a margin is per the period said after its comparative
    r"|(?:\s+(?:more|less|extra|cheaper|dearer)(?=\s+an?\s))?(?:\s+|-)(?P<article>an?)(?:\s+|-)"
    r"|\s+(?:in\s+[a-z]+\s+)?for\s+(?P<for_each>each|every)\s+"
    # "$66 over a year", "£420 across a month": what one whole period comes to is a rate of it
    r"|\s+(?:over|across)\s+(?P<whole>an?)\s+(?=(?:year|month|week|day|fortnight)\b)"
    # "800 km in a single day": the most done in one period is a rate of that period
    r"|\s+in\s+a\s+single\s+(?=(?:day|week|month|year|hour|night|season)\b)"
    r"|\s+(?P<adverb>annually|yearly|monthly|fortnightly|weekly|daily|nightly|hourly)\b"
    # ... an adverb, not an adjective: "24 hourly bulletins" are bulletins, not 24 an hour
    r"(?=\s*(?:[^\w\s]|\Z|(?:from|in|on|at|to|for|and|or|but|by|with|since|until|over|under|after|before|of|"
    r"the|a|an|across|between|through|during|into|than|while|which|that|so|as|per|until|according)\b)))",
    re.IGNORECASE,
)
# "200,000 vehicles annually", "£3,000 monthly": an adverb of frequency is the period itself
# ("yearly", "monthly" and the like are adverbs and adjectives alike; "annually" and "annual" are not)
_LY_PERIODS = {"yearly": "year", "monthly": "month", "fortnightly": "fortnight", "weekly": "week", "daily": "day",
               "nightly": "day", "hourly": "hour"}  # fmt: skip
_ADVERB_PERIODS = {"annually": "year", **_LY_PERIODS}
# "a year ago", "a week later", "a day after the vote": a time, not a rate.
_NOT_A_RATE_AFTER = LazyPattern(
    r"\s*(?:(?:ago|earlier|before|after|later|previously|prior|on(?=\s*(?:[,.;:]|\Z))|or\s+so|from\s+now|in\s+advance|old|apart|ahead|"
    r"into|long|late|early|younger|older|since)\b|['’]s\b)",
    re.IGNORECASE,
)
_LATIN = {"annum": "year", "capita": "person", "head": "person", "person": "person"}
# Nouns a price or a count is commonly per after "a"/"an", where any noun would also catch
# "$5 a piece of", "raised $2m a source said": after "per", "each" and "every" any noun will do.
_RATE_NOUNS = frozenset(
    {"share", "dose", "patient", "child", "pupil", "student", "game", "match", "season", "ticket", "unit",
     "night", "visit", "seat", "household", "passenger", "head", "person", "ounce", "pop", "item", "serving"}
)  # fmt: skip
_NOT_A_DENOMINATOR = frozenset(
    "of the a an and or in on at to for from with by one other them us these those it".split()
)
_NOUN = LazyPattern(r"[A-Za-z]+(?:-[A-Za-z]+)?\b")
# A count's noun between the figure and its rate: "1,200 cases a day", "40 million users a day".
# Not a verb that takes a length: "the 12 workers spent a week in the camp", "its 40 staff took a month
# off" are no 12 a week or 40 a month.
_COUNTED_WORDS = LazyPattern(
    r"(?:\s+(?!(?:a|an|per|each|every|of|in|on|at|to|for|and|or|annually|yearly|monthly|fortnightly|weekly|daily|nightly|hourly|"
    r"spen[dt]|spends|spending|t[ao]ke[ns]?|took|taking|last|lasts|lasted|lasting|wait|waits|waited|waiting|stay|"
    r"stays|stayed|staying|need|needs|needed|needing)\b)"
    r"[a-z][a-z-]*){1,3}"
)
# "2 million tonnes of coal a year": what a measure is of, before its rate.
_OF_WHAT = LazyPattern(r"\s+of\s+(?:[A-Za-z][\w-]*\s*){1,2}?(?=[\s-]+(?:an?|per)\b)", re.IGNORECASE)


# "the monthly plan costs $17.99", "an annual fee of £120", "the weekly rent is £95": a price whose
# period is said before it. Only for what is paid again each period: an "annual profit of £2m" is one
# year's, not a rate, and reading it as one would keep it from "profit of £2m last year".
# (and a move of it: "the monthly payment will go up from £14.50 to £16.25" is two prices a month)
_PRICE_MOVE = (
    r"(?:will\s+)?(?:(?:go(?:es)?|went|gone|mov(?:e|es|ed)|chang(?:e|es|ed))(?:\s+(?:up|down))?|ris(?:e|es|en)|rose|fall(?:s|en)?|fell|"
    r"increas(?:e|es|ed)|decreas(?:e|es|ed)|drop(?:s|ped)?|climb(?:s|ed)?)"
    r"\s+(?:from\s+\S{1,12}\s+to|from|to)"
)
_PRICE_VERB = (
    rf"(?:(?:of|is|was|costs?|will\s+(?:cost|be)|stays?\s+at|{_PRICE_MOVE}|now\s+costs?)\s+)?"
    r"(?:(?:just|only|about|around)\s+)?$"
)
_PERIOD_BEFORE = LazyPattern(
    r"\b(?P<adjective>annual|yearly|monthly|fortnightly|weekly|daily|nightly|hourly)\s+(?:[a-z-]+\s+)?"
    r"(?:fees?|prices?|costs?|charges?|plans?|subscriptions?|memberships?|rents?|payments?|premiums?|bills?|"
    rf"pass(?:es)?|tariffs?)\s+{_PRICE_VERB}",
    re.IGNORECASE,
)
# "a year's membership costs £144", "one month's rent is £950", "a week's pass for the pool is £20": one
# period's price, the period said as a possessive. Not "two years' rent" (a total), "a year's profit"
# (nothing paid again) nor "a year's delay costs £2m" ("costs" the verb, not what is paid).
_POSSESSIVE_PERIOD_BEFORE = LazyPattern(
    r"(?<![\w-])(?:an?|one)\s+(?:full\s+)?(?P<period>year|month|week|day|night|hour)['’]s\s+(?:[a-z-]+\s+)?"
    r"(?:fee|plan|subscription|membership|rent|pass|ticket|tariff|premium|season\s+ticket)\s+"
    rf"(?:(?:of|at|for|to)\s+(?:the\s+)?(?:[A-Za-z'’-]+\s+){{1,3}}?)?{_PRICE_VERB}",
    re.IGNORECASE,
)
_ADJECTIVE_PERIODS = {"annual": "year", **_LY_PERIODS}


# "earnings per share came in at $1.27", "average revenue per user was £38.20", "spending per pupil rose to
# £6,200": an amount per each, its denominator named before it. Only what a sum of money is said per;
# "the number per household" or "cases per 100,000" are no price.
_PER_BEFORE = LazyPattern(
    r"\b(?:earnings|dividends?|spending|revenue|income|costs?|profits?|loss(?:es)?|sales|funding|pay|payments?|"
    r"rents?|prices?|fees?|charges?|output|gdp|debt|subsid(?:y|ies)|grants?)\s+(?:per|a)\s+"
    r"(?P<noun>share|head|capita|person|pupil|student|patient|user|customer|subscriber|household|home|store|shop|"
    r"employee|worker|member|passenger|visitor|resident|night|room|tonne|barrel|unit|vehicle|seat|ticket|adult|child)"
    r"\s+(?:(?:of|is|was|were|came\s+in\s+at|stood\s+at|reached|averaged|totalled|totaled|rose\s+to|fell\s+to|"
    r"climbed\s+to|dropped\s+to|increased\s+to|decreased\s+to|went\s+up\s+to|will\s+be|(?:is|are|was|were)\s+now)\s+)?"
    r"(?:(?:just|only|about|around|roughly|nearly|almost)\s+)?$",
    re.IGNORECASE,
)


# "a £2.80 hourly rate", "the trust's £30 monthly fee", "a £24,000 annual salary": the period said
# after the price, as an adjective of what is paid again each period ("24 hourly bulletins" are no price)
_PERIOD_AFTER = LazyPattern(
    r"[\s-]+(?P<adjective>annual|yearly|monthly|fortnightly|weekly|daily|nightly|hourly)\s+(?:[a-z-]+\s+)?"
    r"(?:fees?|prices?|costs?|charges?|plans?|subscriptions?|memberships?|rents?|payments?|premiums?|bills?|"
    r"pass(?:es)?|tariffs?|rates?|wages?|salary|salaries|pay|allowances?|fares?)\b",
    re.IGNORECASE,
)


def period_after(text: str, end: int) -> str | None:
    """The period a price is for, said as an adjective after it: "a £2.80 hourly rate" is £2.80 an hour."""
    found = _PERIOD_AFTER.match(text, end)
    return None if found is None else _ADJECTIVE_PERIODS[found.group("adjective").lower()]


# "Over a year, her payments come to £195": a sentence opened by a period it sums over (any period,
# "a" or "one": "over the year" is one year's own total, and "in a year" may be a year from now)
_FRONTED_PERIOD = LazyPattern(
    r"^\W*(?:over|across|during|throughout)\s+(?:a|one)\s+(?:full\s+|whole\s+|single\s+)?"
    r"(?P<period>year|month|week|day|fortnight)\s*,[^,;:()\d]*$",  # and no figure before the price
    re.IGNORECASE,
)


def period_before(text: str, start: int) -> str | None:
    """The period a price is for, said before it: "the monthly plan costs $17.99" is $17.99 a month,
    "a year's membership costs £144" is £144 a year, "earnings per share were $1.27" $1.27 a share."""
    fronted = _FRONTED_PERIOD.match(text, 0, start)
    if fronted is not None:
        return fronted.group("period").lower()
    found = _PERIOD_BEFORE.search(text, max(0, start - 60), start)
    if found is not None:
        return _ADJECTIVE_PERIODS[found.group("adjective").lower()]
    each = _PER_BEFORE.search(text, max(0, start - 60), start)
    if each is not None:
        noun = each.group("noun").lower()
        return _LATIN.get(noun, noun)
    possessive = _POSSESSIVE_PERIOD_BEFORE.search(text, max(0, start - 60), start)
    return None if possessive is None else possessive.group("period").lower().replace("night", "day")


@dataclass(frozen=True, slots=True)
class Rate:
    """What a figure is per, and where the rate's words end."""

    per: str
    end: int
    is_unit: bool  # a pint unit ("day", "liter"), so a measure's unit can take it


def unit_per(unit: str, per: str) -> str:
    """A measure's unit over the unit of its rate, as pint reads it: "meter / year", "liter / (kilowatt hour)"."""
    return f"{unit} / ({per})" if " " in per else f"{unit} / {per}"


def rate_after(
    text: str, end: int, lexicon: UnitLexicon, *, nouns: bool = True, time_only: bool = False,
    measured_in: str | None = None,
) -> Rate | None:  # fmt: skip
    """The rate right after `end`: "an hour", "a day", "per share", "per annum", "/h", "per kWh".

    With `nouns`, any noun after "per"/"each"/"every" (and the usual ones after "a") is a rate;
    with `time_only`, only a time unit is. A measure (`measured_in` its unit) is also per an area,
    a volume or a mass after "a": "8.7 tonnes a hectare", "48 miles a gallon"."""
    match = _RATE.match(text, end)
    if not match:
        return None
    if match.group("symbol"):
        return Rate(_TIME_SYMBOLS[match.group("symbol").lower()], match.end(), True)
    if match.group("adverb"):
        return Rate(_ADVERB_PERIODS[match.group("adverb").lower()], match.end(), True)
    if match.group("whole") and (time_only or not nouns):
        return None  # (a sum of money only: "300 km over a week" may be one trip's length)
    after = match.end()
    article = match.group("article") or match.group("whole")
    unit = lexicon.after.match(text, after)
    if unit:
        surface = unit.group("symbol") or unit.group("word")
        sense = lexicon.sense_of(surface)
        if sense is not None and sense.kind is ClaimKind.MEASURE:
            is_time = sense.unit in lexicon.time_units
            plural = unit.group("word") is not None and surface.lower().endswith("s") and not is_time
            if is_time and surface.lower().endswith("s"):
                return None  # "a few hours", "per decades" are no rate
            if _NOT_A_RATE_AFTER.match(text, unit.end()):
                return None
            if article and not (time_only or is_time or plural) and _per_another_amount(measured_in, sense.unit):
                return Rate(sense.unit, unit.end(), True)
            if (time_only and not is_time) or (article and not is_time and (plural or not nouns)):
                return None
            return Rate(sense.unit, unit.end(), True)
    if time_only or not nouns or match.group("slash") or match.group("for_each"):
        return None  # "£410 for each tonne" is a price per tonne; "£500 for each offence" no rate
    noun = _NOUN.match(text, after)
    if noun is None:
        return None
    word = noun.group().lower()
    if word in _NOT_A_DENOMINATOR:
        return None  # "£5 for each of them", "10 each in the two rounds"
    if word in _LATIN and not article:
        return Rate(_LATIN[word], noun.end(), _LATIN[word] == "year")
    if article and word not in _RATE_NOUNS:
        return None
    if word.endswith("s") and not word.endswith("ss"):
        return None  # "per cent" is read as a percentage before this; plurals are no denominator
    return Rate(word, noun.end(), False)


# What a measure is per after "a": an area, a volume or a mass ("tonnes a hectare", "miles a gallon")
_AMOUNTS_A_MEASURE_IS_PER = frozenset({"[length] ** 2", "[length] ** 3", "[mass]"})


def _per_another_amount(measured_in: str | None, per: str) -> bool:
    """Whether a measure in one unit may be per one of another ("tonnes a hectare"), not of its own
    dimension ("5 km a mile" is no rate)."""
    if measured_in is None:
        return False
    try:
        measured, denominator = base_form(measured_in).dimension, base_form(per).dimension
    except UnknownUnitError:
        return False
    return denominator in _AMOUNTS_A_MEASURE_IS_PER and denominator != measured


# A count's period at the end of its clause, past the verb: "some 14,000 vehicles cross the bridge
# every day", "about 40 trains use the line each hour". Only "every"/"each" and a period that ends
# the clause, and no word that starts another clause between: "40 staff, who work every day" is no rate.
_PERIOD_ENDING_THE_CLAUSE = LazyPattern(
    r"(?:\s+(?!(?:and|or|but|which|who|whom|that|while|when|where|since|until|because|if|after|before|"
    r"said|says)\b)[a-z][a-z'’-]*){2,6}?\s+(?:every|each)\s+(?P<period>hour|day|week|month|year)\b"
    r"(?=\s*(?:[.,;:!?)]|\Z))"
)


# "16 pupils for every teacher", "two goals per game", "two water tanks at each site": a count of
# things for each one of another thing, after the counted noun (a singular noun: "for every 1,000
# people" is a ratio of counts)
_PER_EACH_ONE = LazyPattern(
    r"\s+(?:per|for\s+(?:each|every)|(?:at|in|on)\s+each)\s+(?P<noun>[a-z]+)\b(?![-'’])", re.IGNORECASE
)


def count_rate_after(text: str, end: int, lexicon: UnitLexicon) -> Rate | None:
    """A count's rate, right after it, after its noun, or ending its clause: "2,000 a day",
    "1,200 cases a day", "14,000 vehicles cross the bridge every day", "16 pupils for every teacher"."""
    direct = rate_after(text, end, lexicon, time_only=True)
    if direct is not None:
        return direct
    words = _COUNTED_WORDS.match(text, end)
    after_noun = rate_after(text, words.end(), lexicon, time_only=True) if words else None
    if after_noun is not None:
        return after_noun
    each = _PER_EACH_ONE.match(text, words.end()) if words else None
    noun = each.group("noun").lower() if each else ""
    if each is not None and noun not in _NOT_A_DENOMINATOR and not (noun.endswith("s") and not noun.endswith("ss")):
        return Rate(noun, each.end(), False)
    clause = _PERIOD_ENDING_THE_CLAUSE.match(text, end)
    return Rate(clause.group("period"), end, True) if clause else None


def measure_rate_after(
    text: str, end: int, lexicon: UnitLexicon, *, time_only: bool, measured_in: str | None = None
) -> Rate | None:
    """A measure's rate, right after its unit or after what it is of: "tonnes of coal a year"."""
    direct = rate_after(text, end, lexicon, nouns=False, time_only=time_only, measured_in=measured_in)
    if direct is not None:
        return direct
    of_what = _OF_WHAT.match(text, end)
    rate = rate_after(text, of_what.end(), lexicon, time_only=True) if of_what else None
    # Said of the goods, not of the unit: the unit and the text stay "2 million tonnes", as
    # extraction sets annotate them; `per` still keeps the rate apart from a total.
    return Rate(rate.per, end, False) if rate else None
