"""The extraction vocabulary (hedges, number words, scales, multipliers), loaded from YAML."""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from numcheck.config_text import decode_config
from numcheck.errors import ConfigError, did_you_mean
from numcheck.scanning import LazyPattern
from numcheck.yamlfile import LineDict, LineList, check_keys, describe_value, load_yaml_text, require_mapping

# Nouns that name a change, not what changed, and its direction: "a 15% rise in fares", "the 21%
# rise", "21% profit growth"
CHANGE_NOUN_DIRECTIONS = {
    "rise": "up", "increase": "up", "jump": "up", "gain": "up", "growth": "up", "climb": "up", "surge": "up",
    "hike": "up", "fall": "down", "drop": "down", "decline": "down", "cut": "down", "reduction": "down",
    "loss": "down", "decrease": "down",
}  # fmt: skip
# Nouns that name a change itself, not the thing that changed: "the 21% rise", "a 12% change"
CHANGE_NOUNS = frozenset({*CHANGE_NOUN_DIRECTIONS, "change"})
# Nouns for a person, by role: never what "it" stands for ("the owner will retire when it shuts")
PERSON_NOUNS = frozenset(
    "owner manager head headteacher chair chairman chairwoman mayor councillor director chief minister officer "
    "spokesman spokeswoman spokesperson leader founder president secretary landlord landlady pharmacist farmer "
    "teacher doctor nurse resident tenant captain coach organiser organizer boss partner builder warden vicar "
    "priest curator editor author chef player member he she man woman".split()
)

BUILTIN_RULES = Path(str(resources.files("numcheck.builtin_rules")))
BUILTIN_VOCABULARY = BUILTIN_RULES / "vocabulary.yaml"


class HedgeKind(StrEnum):
    BELOW = "below"
    ABOVE = "above"
    AROUND = "around"
    LOWER_OPEN = "lower_open"
    LOWER = "lower"
    UPPER_OPEN = "upper_open"
    UPPER = "upper"


@dataclass(frozen=True, slots=True)
class Hedge:
    phrase: str
    kind: HedgeKind
    width: float = 0.0


@dataclass(frozen=True)
class Vocabulary:
    hedges: dict[str, Hedge]
    trailing_hedges: dict[str, Hedge]
    number_words: dict[str, int]
    scales: dict[str, float]
    short_scales: dict[str, float]
    count_nouns: dict[str, int]
    fractions: dict[str, float]
    multipliers: dict[str, float]
    times_more_strict: bool
    change_up: frozenset[str]
    change_down: frozenset[str]
    identifier_words: frozenset[str]
    generic_subject_words: frozenset[str]
    portion_words: frozenset[str]
    ambiguous_money_words: frozenset[str]
    subject_synonyms: dict[str, str]
    head_synonyms: dict[str, str]  # "soldier" -> "troop": for linking's heads only
    kinds: dict[str, frozenset[str]]  # "penguin" -> {"bird", "animal"}: what a later mention may call it
    verb_synonyms: dict[str, str]  # "house" -> "take in": verbs for one act
    derivations: dict[str, str]  # "employ" -> "workforce": a verb -> what it counts
    related_words: dict[str, str]  # "pick" -> "choose": what a sentence is about, for coverage only
    months: frozenset[str]
    unit_words: dict[str, str]
    unit_symbols: dict[str, str]
    ignored_unit_surfaces: frozenset[str]
    time_words: dict[str, str]
    currency_symbols: dict[str, str]
    currency_words: dict[str, str]
    currency_minor: dict[str, tuple[str, float]]
    digest: str

    @property
    def currency_codes(self) -> frozenset[str]:
        """The ISO 4217 codes the currency marks and names stand for: "USD", "GBP"."""
        return frozenset(self.currency_symbols.values()) | frozenset(self.currency_words.values())

    def __hash__(self) -> int:
        return hash(self.digest)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Vocabulary) and other.digest == self.digest


_KEYS = frozenset(
    {
        "hedges",
        "trailing_hedges",
        "number_words",
        "scales",
        "short_scales",
        "count_nouns",
        "fractions",
        "multipliers",
        "times_more_strict",
        "change_words",
        "identifier_words",
        "generic_subject_words",
        "portion_words",
        "ambiguous_money_words",
        "subject_synonyms",
        "head_synonyms",
        "kinds",
        "verb_synonyms",
        "derivations",
        "related_words",
        "months",
        "unit_words",
        "unit_symbols",
        "ignored_unit_surfaces",
        "time_words",
        "currency_symbols",
        "currency_words",
        "currency_minor",
    }
)


# A word of the vocabulary becomes a branch of a regular expression, one group per letter.
MAX_WORD_LENGTH = 100
# Number words, scales and the like are words: letters, joined by spaces, hyphens or apostrophes.
_WORD = LazyPattern(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*")
_CURRENCY_CODE = LazyPattern(r"[A-Z]{3}")
# The largest figure extraction reads; a scale or a number word beyond it is no number of prose.
_LARGEST = 1e18


def _number_map(raw: LineDict, key: str, path: str, *, zero: bool = False) -> dict[str, Any]:
    """Words and their numbers: finite, positive (or zero, with `zero`), and no larger than
    extraction reads."""
    table = require_mapping(raw.get(key, LineDict()), path, what=key, line=raw.line_of(key))
    out: dict[str, Any] = {}
    for word, number in table.items():
        line = table.line_of(word)
        if isinstance(number, bool) or not isinstance(number, int | float):
            raise ConfigError(path, f"expected a number, got {describe_value(number)}", line=line, key=word)
        least = "0 or more" if zero else "more than 0"
        if (isinstance(number, float) and not math.isfinite(number)) or not (
            0 <= number <= _LARGEST if zero else 0 < number <= _LARGEST
        ):
            raise ConfigError(
                path, f"expected a number {least} and at most 1e18, got {_shown_number(number)}", line=line, key=word
            )
        _check_word(word, path, line, letters_only=True)
        out[str(word)] = number
    return out


def _shown_number(number: float) -> str:
    return f"{number:.6g}" if isinstance(number, float) or abs(number) <= _LARGEST else "a number of over 18 digits"


def _check_word(word: object, path: str, line: int, *, letters_only: bool = False) -> None:
    """A vocabulary word: not empty, not too long, and with `letters_only` made of letters."""
    text = str(word)
    shown = text if len(text) <= 40 else text[:37] + "..."
    if not text.strip():
        raise ConfigError(path, "a word must not be empty", line=line, key=text)
    if len(text) > MAX_WORD_LENGTH:
        raise ConfigError(path, f"a word must be at most {MAX_WORD_LENGTH} characters", line=line, key=shown)
    if letters_only and not _WORD.fullmatch(text):
        raise ConfigError(
            path, "expected a word of letters (with spaces, hyphens or apostrophes)", line=line, key=shown
        )


def _hedge_map(raw: LineDict, key: str, path: str) -> dict[str, Hedge]:
    table = require_mapping(raw.get(key, LineDict()), path, what=key, line=raw.line_of(key))
    out: dict[str, Hedge] = {}
    for phrase, spec in table.items():
        _check_word(phrase, path, table.line_of(phrase))
        spec = require_mapping(spec, path, what=f"hedge {phrase!r}", line=table.line_of(phrase))
        check_keys(spec, {"kind", "width"}, path)
        kind = spec.get("kind")
        if kind not in {k.value for k in HedgeKind}:
            hint = did_you_mean(str(kind), [k.value for k in HedgeKind])
            raise ConfigError(path, f"unknown hedge kind {kind!r}{hint}", line=spec.line_of("kind"), key="kind")
        width = spec.get("width", 0.1 if kind in ("below", "above", "around") else 0.0)
        if isinstance(width, bool) or not isinstance(width, int | float) or not 0 <= width < 1:
            raise ConfigError(path, "width must be a number from 0 to 1", line=spec.line_of("width"), key="width")
        out[str(phrase).lower()] = Hedge(str(phrase).lower(), HedgeKind(kind), float(width))
    return out


def _word_set(raw: LineDict, key: str, path: str, *, lower: bool = True) -> frozenset[str]:
    words = raw.get(key, [])
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ConfigError(path, "expected a list of words", line=raw.line_of(key), key=key)
    lines = words.item_lines if isinstance(words, LineList) else ()
    for index, word in enumerate(words):
        _check_word(word, path, lines[index] if index < len(lines) else raw.line_of(key))
    return frozenset(w.lower() if lower else w for w in words)


def _text_map(raw: LineDict, key: str, path: str, *, target: str = "unit") -> dict[str, str]:
    """Surfaces and what each stands for: a unit pint knows, or with target="currency" an ISO code."""
    table = require_mapping(raw.get(key, LineDict()), path, what=key, line=raw.line_of(key))
    for surface, name in table.items():
        line = table.line_of(surface)
        _check_word(surface, path, line)
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(path, f"expected a {target} name, got {describe_value(name)}", line=line, key=surface)
        if target == "currency" and not _CURRENCY_CODE.fullmatch(name):
            raise ConfigError(path, f"expected a three-letter ISO 4217 code such as USD, got {name!r}", line=line,
                              key=surface)  # fmt: skip
        if target == "unit" and not _is_known_unit(name):
            raise ConfigError(path, f"unknown unit {name!r} (see pint's unit names)", line=line, key=surface)
    return {str(k): v for k, v in table.items()}


def _is_known_unit(name: str) -> bool:
    from numcheck.units import is_known_unit  # pint only for a unit the built-in table lacks

    return is_known_unit(name)


def _minor_map(raw: LineDict, path: str) -> dict[str, tuple[str, float]]:
    table = require_mapping(raw.get("currency_minor", LineDict()), path, what="currency_minor")
    out: dict[str, tuple[str, float]] = {}
    for surface, spec in table.items():
        spec = require_mapping(spec, path, what=f"minor unit {surface!r}", line=table.line_of(surface))
        check_keys(spec, {"code", "factor"}, path)
        code, factor = spec.get("code"), spec.get("factor")
        _check_word(surface, path, table.line_of(surface))
        if not isinstance(code, str) or isinstance(factor, bool) or not isinstance(factor, int | float):
            raise ConfigError(path, "needs a currency code and a numeric factor", line=spec.line, key=surface)
        if not _CURRENCY_CODE.fullmatch(code) or not (math.isfinite(factor) and 0 < factor <= 1):
            raise ConfigError(path, "needs a three-letter currency code and a factor from 0 to 1", line=spec.line,
                              key=surface)  # fmt: skip
        out[str(surface)] = (code, float(factor))
    return out


def _synonym_map(raw: LineDict, path: str, key: str = "subject_synonyms") -> dict[str, str]:
    """variant -> canonical subject, from `canonical: [variant, ...]`."""
    table = require_mapping(raw.get(key, LineDict()), path, what=key, line=raw.line_of(key))
    out: dict[str, str] = {}
    for canonical, variants in table.items():
        line = table.line_of(canonical)
        if not isinstance(canonical, str) or not canonical.strip():
            raise ConfigError(path, f"expected a subject, got {canonical!r}", line=line, key=str(canonical))
        if (
            not isinstance(variants, list)
            or not variants
            or not all(isinstance(v, str) and v.strip() for v in variants)
        ):
            raise ConfigError(path, "expected a list of subjects", line=line, key=canonical)
        for variant in variants:
            key = " ".join(variant.lower().split())
            if key in out and out[key] != canonical.lower():
                raise ConfigError(path, f"{variant!r} is already a synonym of {out[key]!r}", line=line, key=canonical)
            if key in table or key == canonical.lower():
                raise ConfigError(path, f"{variant!r} is itself a canonical subject", line=line, key=canonical)
            out[key] = " ".join(canonical.lower().split())
    return out


def _kind_map(raw: LineDict, path: str) -> dict[str, frozenset[str]]:
    """noun -> every kind it is of, from `kind: [noun, ...]`, followed through kinds that are
    themselves nouns of a kind ("penguin" is a bird, and a bird an animal)."""
    table = require_mapping(raw.get("kinds", LineDict()), path, what="kinds", line=raw.line_of("kinds"))
    direct: dict[str, set[str]] = {}
    for kind, nouns in table.items():
        line = table.line_of(kind)
        if not isinstance(kind, str) or not kind.strip():
            raise ConfigError(path, f"expected a kind, got {kind!r}", line=line, key=str(kind))
        if not isinstance(nouns, list) or not nouns or not all(isinstance(n, str) and n.strip() for n in nouns):
            raise ConfigError(path, "expected a list of nouns", line=line, key=kind)
        for noun in nouns:
            if " ".join(noun.lower().split()) == " ".join(kind.lower().split()):
                raise ConfigError(path, f"{noun!r} is listed as a kind of itself", line=line, key=kind)
            direct.setdefault(" ".join(noun.lower().split()), set()).add(" ".join(kind.lower().split()))
    kinds: dict[str, frozenset[str]] = {}
    for noun in direct:
        found: set[str] = set()
        waiting = list(direct[noun])
        while waiting:
            kind = waiting.pop()
            if kind not in found and kind != noun:
                found.add(kind)
                waiting.extend(direct.get(kind, ()))
        kinds[noun] = frozenset(found)
    return kinds


def parse_vocabulary(text: str, path: str) -> Vocabulary:
    raw = require_mapping(load_yaml_text(text, path, item_lines=True), path, what="the vocabulary file")
    check_keys(raw, _KEYS, path)
    changes = require_mapping(raw.get("change_words", LineDict()), path, what="change_words")
    check_keys(changes, {"up", "down"}, path)
    strict = raw.get("times_more_strict", False)
    if not isinstance(strict, bool):
        raise ConfigError(
            path, "expected true or false", line=raw.line_of("times_more_strict"), key="times_more_strict"
        )
    return Vocabulary(
        hedges=_hedge_map(raw, "hedges", path),
        trailing_hedges=_hedge_map(raw, "trailing_hedges", path),
        number_words={k.lower(): int(v) for k, v in _number_map(raw, "number_words", path, zero=True).items()},
        scales={k.lower(): float(v) for k, v in _number_map(raw, "scales", path).items()},
        short_scales={k: float(v) for k, v in _number_map(raw, "short_scales", path).items()},
        count_nouns={k.lower(): int(v) for k, v in _number_map(raw, "count_nouns", path).items()},
        fractions={k.lower(): float(v) for k, v in _number_map(raw, "fractions", path).items()},
        multipliers={k.lower(): float(v) for k, v in _number_map(raw, "multipliers", path).items()},
        times_more_strict=strict,
        change_up=_word_set(changes, "up", path),
        change_down=_word_set(changes, "down", path),
        identifier_words=_word_set(raw, "identifier_words", path),
        generic_subject_words=_word_set(raw, "generic_subject_words", path),
        portion_words=_word_set(raw, "portion_words", path),
        ambiguous_money_words=_word_set(raw, "ambiguous_money_words", path),
        subject_synonyms=_synonym_map(raw, path),
        head_synonyms=_synonym_map(raw, path, "head_synonyms"),
        kinds=_kind_map(raw, path),
        verb_synonyms=_synonym_map(raw, path, "verb_synonyms"),
        derivations=_synonym_map(raw, path, "derivations"),
        related_words=_synonym_map(raw, path, "related_words"),
        months=_word_set(raw, "months", path),
        unit_words={k.lower(): v for k, v in _text_map(raw, "unit_words", path).items()},
        unit_symbols=_text_map(raw, "unit_symbols", path),
        ignored_unit_surfaces=_word_set(raw, "ignored_unit_surfaces", path, lower=False),
        time_words={k.lower(): v for k, v in _text_map(raw, "time_words", path).items()},
        currency_symbols=_text_map(raw, "currency_symbols", path, target="currency"),
        currency_words={k.lower(): v for k, v in _text_map(raw, "currency_words", path, target="currency").items()},
        currency_minor=_minor_map(raw, path),
        digest=hashlib.sha256(text.encode()).hexdigest()[:16],
    )


def load_vocabulary(path: str | None = None) -> Vocabulary:
    """The built-in vocabulary, or a user's replacement for it: read once per run however it is
    asked for (the checks ask `load_vocabulary()`, the command line `load_vocabulary(None)`)."""
    return _read_vocabulary(path or None)


@cache
def _read_vocabulary(path: str | None) -> Vocabulary:
    source = Path(path) if path else BUILTIN_VOCABULARY
    try:
        data = source.read_bytes()
    except OSError as error:
        raise ConfigError(str(source), f"cannot read vocabulary: {error.strerror}") from None
    return parse_vocabulary(decode_config(data, str(source)), str(source))
