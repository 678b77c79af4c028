"""News benchmark: numcheck's extraction on hand-written wire-copy sentences, scored per pattern.

Run from the repository root:

    .venv/bin/python benchmarks/newsbench.py            # print the tables
    .venv/bin/python benchmarks/newsbench.py --errors   # and every sentence it gets wrong

The sentences and their format are described in benchmarks/news/README.md. Matching is the
bench's (benchmarks/scoring.py): spans overlap, one-to-one maximum matching, values equal
within a relative 1e-6, units through the same canonical table. On top of it a rate's
denominator (`per`) is part of its unit, a range must state both ends, and a direction level
asks the prediction to say whether the figure went up or down, as the gold does.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scoring import ISO_CODES, CanonicalUnit, Counts, UnitNames, max_matching, units_match, values_equal

REPO = Path(__file__).resolve().parents[1]
NEWS_DIR = REPO / "benchmarks" / "news"
PATTERNS = (
    "wrap", "rate", "unit", "range", "currency", "nonquantity", "misread", "listunit", "direction", "noun", "plain",
)  # fmt: skip
_HEADER = re.compile(r"\[(?P<pattern>[a-z]+) (?P<beat>[a-z]+)\] ?")
_ANNOTATION = re.compile(r"\{(?P<surface>[^{}|]+)\|(?P<spec>[^{}]+)\}")


class NewsFormatError(Exception):
    """A line of the news set that cannot be read; names the file and line."""


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure, gold or predicted, as the news scoring sees it."""

    start: int
    end: int
    surface: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    per: str | None = None
    direction: str | None = None
    noun: str | None = None

    def overlaps(self, other: Quantity) -> bool:
        return self.start < other.end and other.start < self.end

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None and self.low != self.high


@dataclass(frozen=True, slots=True)
class Sentence:
    where: str  # file:line
    pattern: str
    beat: str
    text: str
    gold: tuple[Quantity, ...]


def _number(token: str, where: str) -> float:
    try:
        return float(token)
    except ValueError:
        raise NewsFormatError(f"{where}: {token!r} is not a number") from None


def _gold(surface: str, spec: str, start: int, where: str) -> Quantity:
    tokens = spec.split()
    value_token, unit_token, options = tokens[0], (tokens[1] if len(tokens) > 1 else "-"), tokens[2:]
    if ".." in value_token:
        low, high = (_number(part, where) for part in value_token.split("..", 1))
        value = None
    else:
        value = _number(value_token, where)
        low = high = value
    fields: dict[str, str] = {}
    for option in options:
        key, sep, raw = option.partition("=")
        if not sep or key not in ("per", "dir", "noun"):
            raise NewsFormatError(f"{where}: unknown option {option!r} (per=, dir=, noun=)")
        fields[key] = raw.replace("_", " ") if key == "noun" else raw
    if fields.get("dir") not in (None, "up", "down"):
        raise NewsFormatError(f"{where}: dir must be up or down")
    unit = None if unit_token == "-" else unit_token
    end = start + len(surface)
    per, direction, noun = fields.get("per"), fields.get("dir"), fields.get("noun")
    return Quantity(start, end, surface, value, low, high, unit, per, direction, noun)


def parse_sentence(raw: str, pattern: str, beat: str, where: str) -> Sentence:
    """Text with its {surface|spec} annotations taken out, and the gold they give."""
    pieces: list[str] = []
    gold: list[Quantity] = []
    cursor = length = 0
    for match in _ANNOTATION.finditer(raw):
        pieces.append(raw[cursor : match.start()])
        length += match.start() - cursor
        gold.append(_gold(match.group("surface"), match.group("spec"), length, where))
        pieces.append(match.group("surface"))
        length += len(match.group("surface"))
        cursor = match.end()
    pieces.append(raw[cursor:])
    text = "".join(pieces)
    if "{" in text or "}" in text:
        raise NewsFormatError(f"{where}: unbalanced annotation")
    if pattern not in PATTERNS:
        raise NewsFormatError(f"{where}: unknown pattern {pattern!r}; one of {', '.join(PATTERNS)}")
    return Sentence(where, pattern, beat, text, tuple(gold))


def read_news(folder: Path = NEWS_DIR) -> list[Sentence]:
    """Every sentence of every *.txt file: a record starts with "[pattern beat]", and a line
    after it that starts with neither "[" nor "#" continues it after a newline (a hard wrap)."""
    sentences: list[Sentence] = []
    for path in sorted(folder.glob("*.txt")):
        records: list[tuple[tuple[str, str, str], list[str]]] = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            match = _HEADER.match(line)
            if match:
                header = (match.group("pattern"), match.group("beat"), f"{path.name}:{number}")
                records.append((header, [line[match.end() :]]))
            elif not records:
                raise NewsFormatError(f"{path.name}:{number}: text before the first [pattern beat] header")
            else:
                records[-1][1].append(line)
        sentences.extend(parse_sentence("\n".join(lines), *header) for header, lines in records)
    return sentences


# --- predictions ------------------------------------------------------------------------------


def predict(extract: Callable[..., Any], text: str) -> list[Quantity]:
    """numcheck's quantity claims as Quantities: not dates, ordinals or identifiers, and not the
    changes it works out from two endpoints ("up from 38 cents"), which restate figures the
    sentence writes (the gold holds figures as written)."""
    found: list[Quantity] = []
    for claim in extract(text, path="<news>"):
        if not claim.kind.is_quantity or claim.is_read_from_endpoints:
            continue
        ranged = claim.qualifier in ("range", "between") and claim.low is not None and claim.high is not None
        low, high = (claim.low, claim.high) if ranged else (claim.value, claim.value)
        direction = None if claim.direction is None else str(claim.direction)
        per, noun = getattr(claim, "per", None), getattr(claim, "noun", None)
        found.append(
            Quantity(claim.start, claim.end, claim.text, claim.value, low, high, claim.unit, per, direction, noun)
        )
    return found


# --- matching ---------------------------------------------------------------------------------


class Matcher:
    """The bench's unit table, with a rate's denominator folded into its unit."""

    def __init__(self) -> None:
        self.names = UnitNames()

    def unit(self, quantity: Quantity) -> CanonicalUnit:
        unit, per = quantity.unit, quantity.per
        if per is None or (unit is not None and "/" in unit):
            return self.names.canonical(unit)  # numcheck writes a measure's rate into its unit
        if unit is None:
            return self.names.canonical(f"count per {per}")
        if unit in ISO_CODES:
            return self.names.canonical(f"{unit} per {per}")
        return self.names.canonical(f"{unit} / {per}")

    def value(self, prediction: Quantity, gold: Quantity) -> bool:
        if not prediction.overlaps(gold):
            return False
        if gold.is_range:
            return values_equal(prediction.low, gold.low) and values_equal(prediction.high, gold.high)
        return any(values_equal(v, gold.value) for v in (prediction.value, prediction.low, prediction.high))

    def value_unit(self, prediction: Quantity, gold: Quantity) -> bool:
        return self.value(prediction, gold) and units_match(self.unit(prediction), self.unit(gold))

    def value_direction(self, prediction: Quantity, gold: Quantity) -> bool:
        return self.value(prediction, gold) and prediction.direction == gold.direction


LEVELS = ("value", "value_unit", "value_direction")


@dataclass(frozen=True, slots=True)
class SentenceScore:
    counts: dict[str, Counts]
    missed: dict[str, tuple[int, ...]]
    false_alarms: dict[str, tuple[int, ...]]
    nouns: tuple[int, int]  # (right, asked): counted nouns as written, on value+unit matches


def score_sentence(matcher: Matcher, gold: Sequence[Quantity], predictions: Sequence[Quantity]) -> SentenceScore:
    counts: dict[str, Counts] = {}
    missed: dict[str, tuple[int, ...]] = {}
    alarms: dict[str, tuple[int, ...]] = {}
    nouns = (0, 0)
    for level in LEVELS:
        allowed: Callable[[Quantity, Quantity], bool] = getattr(matcher, level)
        owner = max_matching(
            len(predictions), len(gold), lambda p, g, allowed=allowed: allowed(predictions[p], gold[g])
        )
        matched = set(owner.values())
        missed[level] = tuple(g for g in range(len(gold)) if g not in owner)
        alarms[level] = tuple(p for p in range(len(predictions)) if p not in matched)
        counts[level] = Counts(len(owner), len(alarms[level]), len(missed[level]))
        if level == "value_unit":
            asked = [(g, p) for g, p in owner.items() if gold[g].noun]
            right = sum(1 for g, p in asked if (predictions[p].noun or "").lower() == (gold[g].noun or "").lower())
            nouns = (right, len(asked))
    return SentenceScore(counts, missed, alarms, nouns)


@dataclass
class Tally:
    sentences: int = 0
    gold: int = 0
    value: Counts = field(default_factory=Counts)
    value_unit: Counts = field(default_factory=Counts)
    value_direction: Counts = field(default_factory=Counts)
    nouns_right: int = 0
    nouns_asked: int = 0

    def add(self, sentence: Sentence, score: SentenceScore) -> None:
        self.sentences += 1
        self.gold += len(sentence.gold)
        self.value += score.counts["value"]
        self.value_unit += score.counts["value_unit"]
        self.value_direction += score.counts["value_direction"]
        self.nouns_right += score.nouns[0]
        self.nouns_asked += score.nouns[1]


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def table(tallies: dict[str, Tally]) -> list[list[str]]:
    rows = []
    for name, tally in tallies.items():
        nouns = tally.nouns_right / tally.nouns_asked if tally.nouns_asked else None
        rows.append(
            [
                name,
                str(tally.sentences),
                str(tally.gold),
                _pct(tally.value.f1),
                _pct(tally.value_unit.precision),
                _pct(tally.value_unit.recall),
                _pct(tally.value_unit.f1),
                _pct(tally.value_direction.f1),
                _pct(nouns),
                str(tally.value_unit.fp),
            ]
        )
    return rows


HEADER = ["pattern", "sentences", "gold", "val F1", "v+u P", "v+u R", "v+u F1", "v+dir F1", "noun", "false alarms"]


def text_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    lines = [header, ["-" * w for w in widths], *rows]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) for line in lines)


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    return "\n".join([*lines, *("| " + " | ".join(row) + " |" for row in rows)])


def _describe(quantity: Quantity) -> str:
    value = f"{quantity.low:g}..{quantity.high:g}" if quantity.is_range else f"{quantity.value:g}"
    extras = [f"{key}={getattr(quantity, key)}" for key in ("per", "direction", "noun") if getattr(quantity, key)]
    return f"{quantity.surface!r} {value} {quantity.unit or '-'} {' '.join(extras)}".rstrip()


def run(extract: Callable[..., Any], sentences: Sequence[Sentence], show_errors: bool) -> dict[str, Tally]:
    matcher = Matcher()
    tallies: dict[str, Tally] = {pattern: Tally() for pattern in PATTERNS}
    tallies["all"] = Tally()
    for sentence in sentences:
        predictions = predict(extract, sentence.text)
        score = score_sentence(matcher, sentence.gold, predictions)
        tallies[sentence.pattern].add(sentence, score)
        tallies["all"].add(sentence, score)
        wrong = any(score.missed[level] or score.false_alarms[level] for level in LEVELS)
        if show_errors and wrong:
            print(f"{sentence.where} [{sentence.pattern}] {sentence.text!r}")
            for quantity in sentence.gold:
                print(f"    gold {_describe(quantity)}")
            for quantity in predictions:
                print(f"    got  {_describe(quantity)}")
    return {name: tally for name, tally in tallies.items() if tally.sentences}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="print every sentence with a miss or a false alarm")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument(
        "--heldout", action="store_true", help="score news/heldout/, written after the fixes and never tuned on"
    )
    args = parser.parse_args(argv)
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from numcheck import extract

    try:
        sentences = read_news(NEWS_DIR / "heldout" if args.heldout else NEWS_DIR)
    except NewsFormatError as error:
        print(f"newsbench: {error}", file=sys.stderr)
        return 2
    tallies = run(extract, sentences, args.errors)
    rows = table(tallies)
    print(markdown_table(HEADER, rows) if args.markdown else text_table(HEADER, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
