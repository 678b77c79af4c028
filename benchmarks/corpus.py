"""Benchmark corpus: deterministic, news-like synthetic documents with many shared subjects.

Each document reports facts about one place in one year: counts, percentages, money and
measures, with hedges, attributions, times, conversions, changes and poll shares. The facts
come from one seeded "world" of thirteen subjects and 460 places, over years. Every document
shares its subjects with thousands of others; the few documents of one story (and some
others) share a subject, place and year, which numcheck links. The archive is in date order,
1,000 stories a year from 1925, so a larger corpus covers more years, as a real archive does.
A small share of mentions is wrong on purpose (another figure, a slip of magnitude, a hedge
that contradicts, a bad conversion, shares that do not add up).

Document `i` depends only on the seed and `i`, so the first 1,000 documents of a 10,000
document corpus are the 1,000 document corpus. Standard library only, so tests can import it.

    .venv/bin/python benchmarks/corpus.py 1000 /tmp/corpus-1000
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SEED = 20251122
FILES_PER_FOLDER = 1000

PLACES = (
    "Spain", "Portugal", "France", "Italy", "Greece", "Poland", "Estonia", "Latvia", "Lithuania",
    "Finland", "Sweden", "Norway", "Denmark", "Ireland", "Scotland", "Wales", "Austria", "Hungary",
    "Romania", "Bulgaria", "Croatia", "Slovakia", "Slovenia", "Belgium", "Kenya", "Nigeria", "Ghana",
    "Egypt", "Morocco", "Brazil", "Argentina", "Chile", "Peru", "Mexico", "Canada", "Ohio", "Texas",
    "Oregon", "Bavaria", "Lyon", "Marseille", "Seville", "Porto", "Naples", "Gdansk", "Tallinn",
    "Bergen", "Cork", "Leeds", "Manchester", "Glasgow", "Bristol", "Nairobi", "Lagos", "Accra",
    "Cairo", "Lima", "Quito", "Toronto", "Denver",
)  # fmt: skip
# Made-up towns, so the world of facts grows like a real archive's: an archive of 100,000
# stories is about hundreds of places over decades, not the same sixty places again and again.
_STEMS = ("Ash", "Bel", "Brom", "Carr", "Dun", "Elm", "Fen", "Glen", "Hal", "Kel", "Lin", "Mar", "Nor", "Oak",
          "Pen", "Ros", "Stan", "Thorn", "Wes", "Yar")  # fmt: skip
_ENDINGS = ("ford", "wick", "ton", "bury", "field", "more", "dale", "minster", "haven", "by", "stead", "combe",
            "thwaite", "mouth", "ley", "hurst", "caster", "holm", "gate", "well")  # fmt: skip
TOWNS = tuple(stem + ending for stem in _STEMS for ending in _ENDINGS)
FIRST_YEAR = 1925
# The archive is in date order and grows by years, as a real one does: 100,000 stories span a
# century. So the facts in play grow with the archive instead of being repeated ever more often.
STORIES_PER_YEAR = 1000
# Several outlets cover one story: the documents of a story report the same place and year,
# which is where cross-document links (and contradictions) come from.
STORY_SIZE = 6
SOURCES = (
    "officials said", "the ministry said", "according to Reuters", "the agency reported",
    "the statistics office said", "a spokesperson confirmed", "local media reported",
    "according to figures released on Monday", "the report found", "analysts estimated",
)  # fmt: skip
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip
FILLER = (
    "The announcement came after weeks of negotiations between unions and employers.",
    "Critics said the plan did not go far enough.",
    "The government has promised a review before the end of the year.",
    "Residents told reporters they had seen little change so far.",
    "Opposition leaders called the figures a sign of deeper problems.",
    "The minister declined to comment on the details.",
    "Several groups welcomed the decision, while others urged caution.",
    "The findings will be presented to parliament next week.",
    "Observers expect the debate to continue well into the autumn.",
    "Independent experts have questioned how the data was collected.",
    "The council met on Tuesday to discuss the next steps.",
    "It is not yet clear how the changes will be paid for.",
)  # fmt: skip
HEDGES = ("about", "almost", "nearly", "more than", "roughly", "around", "at least", "just under", "over", "up to")
HEADLINES = ("Latest figures", "Annual review", "What the numbers say", "Briefing", "In focus")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One subject the world holds facts about, and how a sentence states it."""

    name: str
    family: str  # count | percent | money | measure
    low: float
    high: float
    templates: tuple[str, ...]  # {value} is the figure with its unit, {place}, {time}, {source}


QUANTITIES = (
    Quantity("troops", "count", 2_000, 90_000, (
        "{hedge}{value} troops are stationed in {place} {time}, {source}.",
        "The number of troops in {place} reached {hedge}{value} {time}, {source}.",
    )),
    Quantity("nurses", "count", 500, 40_000, (
        "{hedge}{value} nurses in {place} went on strike {time}, {source}.",
        "Hospitals in {place} employed {hedge}{value} nurses {time}, {source}.",
    )),
    Quantity("visitors", "count", 10_000, 9_000_000, (
        "{place} welcomed {hedge}{value} visitors {time}, {source}.",
        "Tourism officials counted {hedge}{value} visitors to {place} {time}.",
    )),
    Quantity("homes", "count", 1_000, 250_000, (
        "Builders completed {hedge}{value} homes in {place} {time}, {source}.",
        "{hedge_cap}{value} homes were built in {place} {time}, {source}.",
    )),
    Quantity("passengers", "count", 50_000, 60_000_000, (
        "The airport in {place} handled {hedge}{value} passengers {time}, {source}.",
    )),
    Quantity("students", "count", 2_000, 800_000, (
        "{hedge_cap}{value} students enrolled at universities in {place} {time}, {source}.",
    )),
    Quantity("unemployment", "percent", 2, 25, (
        "The unemployment rate in {place} stood at {hedge}{value} {time}, {source}.",
        "Unemployment in {place} was {hedge}{value} {time}, {source}.",
    )),
    Quantity("inflation", "percent", 0.5, 12, (
        "Inflation in {place} reached {hedge}{value} {time}, {source}.",
    )),
    Quantity("turnout", "percent", 35, 85, (
        "Turnout in {place} was {hedge}{value} {time}, {source}.",
    )),
    Quantity("revenue", "money", 5e6, 9e9, (
        "Tourism revenue in {place} came to {hedge}{value} {time}, {source}.",
        "The port of {place} reported revenue of {hedge}{value} {time}.",
    )),
    Quantity("budget", "money", 1e6, 5e9, (
        "The health budget for {place} was set at {hedge}{value} {time}, {source}.",
    )),
    Quantity("rainfall", "measure", 20, 400, (
        "Rainfall in {place} reached {hedge}{value} {time}, {source}.",
    )),
    Quantity("bridge", "measure", 0.3, 12, (
        "The bridge opened in {place} {time} is {hedge}{value} long, {source}.",
    )),
)  # fmt: skip


def fact(seed: int, quantity: Quantity, place: str, year: int) -> float:
    """The true value of one fact in the seeded world, with realistic rounding."""
    rng = random.Random(f"{seed}|{quantity.name}|{place}|{year}")
    value = rng.uniform(quantity.low, quantity.high)
    if quantity.family == "percent":
        return round(value, 1)
    if quantity.family == "measure":
        return round(value, 1) if value < 50 else float(round(value))
    digits = len(str(int(value)))
    return float(round(value, -max(digits - 2, 0)))  # two significant figures, as reporters round


def _money(value: float, rng: random.Random) -> str:
    symbol = rng.choice(("$", "£", "€"))
    if value >= 1e9:
        return f"{symbol}{value / 1e9:.1f} billion"
    return f"{symbol}{value / 1e6:.0f} million" if value >= 1e7 else f"{symbol}{value / 1e6:.1f}m"


def _count(value: float, rng: random.Random) -> str:
    if value >= 1e6 and rng.random() < 0.7:
        return f"{value / 1e6:.1f} million"
    return f"{int(value):,}"


def _measure(quantity: Quantity, value: float, rng: random.Random, *, wrong: bool) -> str:
    if quantity.name == "rainfall":
        return f"{value:g} mm"
    miles = value * 0.621371 * (1.6 if wrong else 1.0)  # a bad conversion divides instead of multiplies
    if rng.random() < 0.5:
        return f"{value:g} km ({miles:.1f} miles)"
    return f"{value:g} km"


def _stated(quantity: Quantity, value: float, rng: random.Random, *, bad_conversion: bool = False) -> str:
    if quantity.family == "percent":
        return f"{value:g}%" if rng.random() < 0.8 else f"{value:g} per cent"
    if quantity.family == "money":
        return _money(value, rng)
    if quantity.family == "measure":
        return _measure(quantity, value, rng, wrong=bad_conversion)
    return _count(value, rng)


def _time(year: int, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.7:
        return f"in {year}"
    if roll < 0.9:
        return f"in {rng.choice(MONTHS)} {year}"
    return rng.choice(("last year", "last month", "this year"))


def _mention(seed: int, quantity: Quantity, place: str, year: int, rng: random.Random) -> str:
    """One sentence stating a fact: mostly right, sometimes wrong in one of the ways we check."""
    value = fact(seed, quantity, place, year)
    hedge = ""
    bad_conversion = False
    roll = rng.random()
    if roll < 0.01:
        value = value * rng.choice((10, 1000, 0.1))  # a slip of magnitude
    elif roll < 0.02:
        value = fact(seed + 1, quantity, place, year)  # another figure altogether
    elif roll < 0.04 and quantity.family == "measure":
        bad_conversion = True
    elif roll < 0.35:
        hedge = rng.choice(HEDGES) + " "
        if hedge.startswith(("more than", "over", "at least")) and rng.random() < 0.1:
            value = value * 0.9  # "more than" a figure below the one other reports give
    stated = _stated(quantity, value, rng, bad_conversion=bad_conversion)
    template = rng.choice(quantity.templates)
    return template.format(
        hedge=hedge,
        hedge_cap=hedge[:1].upper() + hedge[1:] if hedge else "",
        value=stated,
        place=place,
        time=_time(year, rng),
        source=rng.choice(SOURCES),
    ).replace(" ,", ",")


def _change(seed: int, quantity: Quantity, place: str, year: int, rng: random.Random) -> str:
    """A change between two years, with its percentage; one in ten gets the arithmetic wrong."""
    before = fact(seed, quantity, place, year - 1)
    after = fact(seed, quantity, place, year)
    verb = "rose" if after >= before else "fell"
    percent = abs(after - before) / before * 100 if before else 0.0
    if rng.random() < 0.1:
        percent += rng.choice((5, 10, 20))
    noun = {"troops": "Troop numbers", "nurses": "The number of nurses", "visitors": "Visitor numbers",
            "homes": "Completed homes", "passengers": "Passenger numbers", "students": "Enrolment"}  # fmt: skip
    return (
        f"{noun[quantity.name]} in {place} {verb} from {_count(before, rng)} in {year - 1} "
        f"to {_count(after, rng)} in {year}, {'up' if verb == 'rose' else 'down'} {percent:.0f}%."
    )


def _multiple(seed: int, quantity: Quantity, place: str, year: int, rng: random.Random) -> str:
    """A figure with a multiple of an earlier one: 'almost ten times' or 'tenfold'."""
    now = fact(seed, quantity, place, year)
    factor = rng.choice((2, 3, 10))
    words = {2: ("twice", "doubled"), 3: ("three times", "rose threefold"),
             10: ("ten times", "increased tenfold")}[factor]  # fmt: skip
    name = quantity.name.capitalize()
    if rng.random() < 0.5:
        hedge = rng.choice(HEDGES[:3])
        return f"{name} in {place} reached {_count(now, rng)}, {hedge} {words[0]} the level of {year - 5}."
    return f"{name} in {place} {words[1]} to {_count(now, rng)} since {year - 5}."


def _poll(seed: int, place: str, year: int, rng: random.Random) -> str:
    """Shares of one whole, the same poll in every story of the place and year; one report in
    eight does not add up to 100%."""
    poll = random.Random(f"{seed}|poll|{place}|{year}")
    first = poll.randint(20, 60)
    second = poll.randint(10, 100 - first - 5)
    third = 100 - first - second
    if rng.random() < 0.125:
        third += rng.choice((3, 4, 6))
    return (
        f"Of voters polled in {place} in {year}, {first}% backed the plan, {second}% opposed it "
        f"and {third}% were undecided."
    )


def document(index: int, seed: int = DEFAULT_SEED) -> tuple[str, str]:
    """(relative path, text) of document `index`."""
    rng = random.Random(f"{seed}#{index}")
    story = random.Random(f"{seed}#story{index // STORY_SIZE}")
    place = story.choice(PLACES + TOWNS)
    year = FIRST_YEAR + index // STORIES_PER_YEAR
    markdown = index % 5 == 0
    sentences: list[str] = []
    fillers = rng.sample(FILLER, len(FILLER))
    for _ in range(rng.randint(8, 14)):
        roll = rng.random()
        if roll < 0.35:
            sentences.append(fillers.pop())
        elif roll < 0.85:
            # most mentions are about this document's place and year; some look back or abroad
            other_place = place if rng.random() < 0.85 else rng.choice(PLACES + TOWNS)
            other_year = year if rng.random() < 0.8 else rng.randint(FIRST_YEAR, year)
            sentences.append(_mention(seed, rng.choice(QUANTITIES), other_place, other_year, rng))
        elif roll < 0.92:
            countable = [q for q in QUANTITIES if q.family == "count"]
            sentences.append(_change(seed, rng.choice(countable), place, year, rng))
        elif roll < 0.97:
            countable = [q for q in QUANTITIES if q.family == "count"]
            sentences.append(_multiple(seed, rng.choice(countable), place, year, rng))
        else:
            sentences.append(_poll(seed, place, year, rng))
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    if markdown:
        text = f"# {rng.choice(HEADLINES)}: {place}, {year}\n\n" + "\n\n".join(paragraphs) + "\n"
        suffix = ".md"
    else:
        text = "\n\n".join(paragraphs) + "\n"
        suffix = ".txt"
    folder = f"{index // FILES_PER_FOLDER:04d}"
    return f"{folder}/doc-{index:07d}{suffix}", text


def documents(count: int, seed: int = DEFAULT_SEED) -> Iterator[tuple[str, str]]:
    for index in range(count):
        yield document(index, seed)


def write_corpus(folder: Path, count: int, seed: int = DEFAULT_SEED) -> int:
    """Write `count` documents under `folder` (a thousand per subfolder); returns the bytes written."""
    written = 0
    for relative, text in documents(count, seed):
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        written += len(data)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="how many documents")
    parser.add_argument("folder", type=Path, help="where to write them (created)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    written = write_corpus(args.folder, args.count, args.seed)
    print(f"wrote {args.count:,} documents, {written:,} bytes, to {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
