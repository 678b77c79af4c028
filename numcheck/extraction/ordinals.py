"""Ordinals in words where they are claims: a streak ("for the third year running", "a fifth
straight month"), a placing ("finished third", "third-placed Dalby", "in second place") and one of a
series someone has ("the club's fifth title", "its third store"). Read as ordinals, which are never
compared as amounts; labels are not read ("the second quarter", "its second half", "Phase 2"), nor
"first" as one of a series ("its first store" is as often a debut said another way)."""

from __future__ import annotations

import re

from numcheck.extraction.readings import Reading
from numcheck.extraction.wordlists import may_hold
from numcheck.model import ClaimKind, Interval
from numcheck.scanning import LazyPattern

_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
          "eighteenth", "nineteenth")  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ROUND_TENS = ("twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth")
_VALUES = {
    **{word: index + 1 for index, word in enumerate(_UNITS)},
    **{word: index + 10 for index, word in enumerate(_TEENS)},
    **{word: 20 + 10 * index for index, word in enumerate(_ROUND_TENS)},
    **{f"{tens}-{unit}": 20 + 10 * t + u + 1 for t, tens in enumerate(_TENS) for u, unit in enumerate(_UNITS)},
    "hundredth": 100,
}
# What a sentence must hold to be worth reading for them (see wordlists.may_hold)
ORDINAL_WORDS = frozenset((*_UNITS, *_TEENS, *_ROUND_TENS, "hundredth"))
_COMPOUND = rf"(?:{'|'.join(_TENS)})-(?:{'|'.join(_UNITS)})"  # "twenty-first", "thirty-ninth"
_ORDINAL = (
    rf"(?:{_COMPOUND}|{'|'.join(sorted((*_UNITS[1:], *_TEENS, *_ROUND_TENS, 'hundredth'), key=len, reverse=True))})"
)
_ANY_ORDINAL = rf"(?:{_ORDINAL}|first)"
# "running for office", "running the club": the verb, not "in a row"
_RUNNING = r"running(?![\w-])(?!\s+(?:for|to|on|in|at|a|an|the|his|her|their|its|as|up|out|away|into|through|of)\b)"
_STREAK = LazyPattern(
    rf"(?<![\w-])(?P<ord>{_ORDINAL})\s+(?:(?:consecutive|straight|successive)\s+[a-z]+"
    rf"|[a-z]+\s+(?:{_RUNNING}|in\s+a\s+row\b|in\s+succession\b))",
    re.IGNORECASE,
)
_PLACING = LazyPattern(
    r"(?<![\w-])(?:finish(?:ed|es|ing)?|came|comes?|coming|placed|ranked|ranks?|ranking|end(?:ed|s)?|"
    r"(?:slipped|slid|climbed|rose|fell|dropped|moved(?:\s+up)?)\s+to)\s+(?:in\s+)?(?:joint\s+|equal\s+)?"
    rf"(?P<ord>{_ANY_ORDINAL})(?![\w-])(?!\s+(?:of|half|quarter|time|round|leg|stage|to\s+none)\b)"
    rf"|(?<![\w-])(?:in|into|to)\s+(?P<place>{_ANY_ORDINAL})\s+place\b"
    rf"|(?<![\w-])(?P<placed>{_ANY_ORDINAL})-placed\b",
    re.IGNORECASE,
)
# One of a series someone has; not a part or a label of a year, match or building
_LABEL = (
    r"quarter|half|round|leg|phase|stage|term|floor|innings|period|set|tier|class|reading|generation|hand|"
    r"thought|thoughts|nature|person|place|largest|biggest|highest|lowest|best|worst|most|least|language"
)
_SERIES = LazyPattern(
    rf"(?<![\w-])(?:its|their|his|her|our|[A-Z][\w&]*['’]s)\s+(?P<ord>{_ORDINAL})\s+(?!(?:{_LABEL})\b)[a-z]{{3,}}",
    re.IGNORECASE,
)


_GROUPS = ("ord", "place", "placed")


def ordinal_words(text: str, readings: list[Reading]) -> list[Reading]:
    """The readings with each ordinal in words that makes a claim added, in order."""
    if not may_hold(text, ORDINAL_WORDS):
        return readings
    taken = [(r.start, r.end) for r in readings]
    found: list[Reading] = []
    for pattern in (_STREAK, _PLACING, _SERIES):
        for match in pattern.finditer(text):
            group = next(
                name for name in ("ord", "place", "placed") if name in match.re.groupindex and match.group(name)
            )
            start, end = match.span(group)
            if any(low < end and start < high for low, high in taken):
                continue
            value = float(_VALUES[match.group(group).lower()])
            found.append(Reading(start, end, ClaimKind.ORDINAL, value, None, Interval.point(value), None, 1.0,
                                 figure_end=end))  # fmt: skip
            taken.append((start, end))
    return sorted([*readings, *found], key=lambda r: r.start) if found else readings
