"""Support: is a draft's figure stated by its sources, or implied by them through plain arithmetic?

Used by the `unsupported-figure` kind. Each draft figure whose sentence is about what the sources
cover is looked up among the source figures of its family (counts, money in one currency, one
dimension of measure, percentages, multipliers, dates), by value, with the tolerance and the
rounding the figure-mismatch rule allows. Failing that, the sums and differences of two source
figures, their ratios and percentage changes are tried.

Bounds: sources are indexed once per run, each family as a sorted list of values, so a lookup
costs a bisection. Arithmetic uses at most `ARITHMETIC_LIMIT` source figures of a family from
the sentences most like the draft's, so it costs at most that number squared per draft figure."""

from __future__ import annotations

import bisect
import calendar
import collections
import contextlib
import dataclasses
import datetime
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from numcheck.calendar_words import CALENDAR_PERIOD_DAYS, MONTHS, WEEKDAYS
from numcheck.clock import minutes_after_midnight
from numcheck.date_reach import Stretch, days_of, reaches, stretch_of
from numcheck.frames import off_a_mark
from numcheck.linking import told_apart, whole_stated
from numcheck.minute_marks import minute_mark
from numcheck.model import WRITTEN_RANGES, Claim, ClaimKind, Direction, Interval, Role
from numcheck.scanning import LazyPattern
from numcheck.sides import AREA, LENGTH, VOLUME, Shape, shapes
from numcheck.slack import Slack, figure_slack, round_step
from numcheck.slips import significant_digits
from numcheck.stated_changes import stated_direction
from numcheck.subjects import lemma, word_stem
from numcheck.timing import date_key, day_and_month, month_alone, month_named, weekday_alone, weekday_named
from numcheck.units import UnknownUnitError, base_form, convert, is_known_unit, other_sizes
from numcheck.vocabulary import load_vocabulary

# The source figures one draft figure's arithmetic may combine (see the module docstring).
ARITHMETIC_LIMIT = 40
# Times of day ("7.30pm", "19:30") are compared in minutes after midnight, with each other only
TIME_OF_DAY = "time of day"
ORDINAL = "ordinal"  # a place in an order: "finished third", "the 2nd"
# Families that say when, not how much: no arithmetic, never a share's whole
_WHEN = ("date", TIME_OF_DAY)


def family(claim: Claim) -> str | None:
    """What a figure can be compared with: "count", "money:GBP", "[length]", "percent", "ratio", "date"."""
    if claim.kind is ClaimKind.DATE:
        return "date" if minutes_after_midnight(claim.text) is None else TIME_OF_DAY
    if claim.kind is ClaimKind.ORDINAL:
        return ORDINAL  # "finished third": a place, stated or not, never a sum
    if not claim.kind.is_quantity:
        return None
    if claim.from_value is not None and claim.to_value is not None:
        return None  # its endpoints are figures of their own, and change-arithmetic checks it with them
    if claim.kind is ClaimKind.PERCENT or claim.unit == "percent" or claim.is_share_in_words:
        return "percent"
    if claim.kind is ClaimKind.RATIO:
        return "ratio"
    if claim.kind is ClaimKind.MONEY or (claim.unit and claim.unit.isupper()):
        return f"money:{claim.base_unit or claim.unit}"  # "up by £240" is money too
    if claim.kind is ClaimKind.CHANGE:
        return claim.dimension if claim.unit else "count"
    return claim.dimension or "count"


def base_value(claim: Claim) -> float:
    """The value compared: base units for measures, percent for shares and percentage changes."""
    if claim.is_share_in_words:
        return claim.value * 100
    if claim.kind is ClaimKind.DATE:
        minutes = minutes_after_midnight(claim.text)
        return claim.value if minutes is None else float(minutes)
    if claim.kind is ClaimKind.PERCENT or claim.unit == "percent" or claim.base_value is None:
        return claim.value
    one_sided = (claim.low is None) != (claim.high is None)
    if claim.unit and claim.role is None and not one_sided:
        form = base_form(claim.unit)
        if form.offset and (claim.kind is ClaimKind.CHANGE or _a_difference_of_degrees(claim)):
            # "fell by 9°C" is a difference of 9 kelvin, not a temperature of 282 kelvin (but "did
            # not drop below 22C", a bound, and "fell to 3°C", an end, are temperatures); so are
            # "beat the record by 1.5°C" and "2C warmer than average"
            return claim.value * form.factor
    return claim.base_value


def compared_point(claim: Claim, value: float) -> float:
    """A value in the claim's own unit ("about 30C" has low 27) in the units `base_value` compares:
    a temperature from its zero by the unit's offset, anything else by its scale."""
    offset, factor = _offset_and_factor(claim)
    if offset is not None:
        return value * factor + (offset if base_value(claim) != claim.value * factor else 0.0)
    return value * base_value(claim) / claim.value if claim.value else value


def compared_size(claim: Claim, amount: float) -> float:
    """A size in the claim's own unit (a step, a slack) in the units `base_value` compares: a tenth
    of a degree is a tenth of a kelvin, whatever the temperature."""
    offset, factor = _offset_and_factor(claim)
    if offset is not None:
        return abs(amount * factor)
    return abs(amount * base_value(claim) / claim.value) if claim.value else abs(amount)


def _offset_and_factor(claim: Claim) -> tuple[float | None, float]:
    if claim.unit and claim.kind is not ClaimKind.DATE and claim.base_value is not None:
        form = base_form(claim.unit)
        if form.offset:
            return form.offset, form.factor
    return None, 1.0


_DEGREES_APART_BEFORE = LazyPattern(
    r"\b(?:by|(?:warm|cool|heat|chill)(?:ed|s)|risen|rose|fallen|fell|dropped|climbed)\s+"
    r"(?:about\s+|almost\s+|nearly\s+|more\s+than\s+|by\s+)*$",
    re.IGNORECASE,
)
_DEGREES_APART_AFTER = LazyPattern(
    r"\s+(?:warmer|colder|hotter|cooler|higher|lower|above|below|more|less|up|down)\b", re.IGNORECASE
)


def _a_difference_of_degrees(claim: Claim) -> bool:
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    return bool(
        _DEGREES_APART_AFTER.match(claim.sentence, end)
        or _DEGREES_APART_BEFORE.search(claim.sentence, max(0, at - 20), at)
    )


@dataclass(frozen=True, slots=True)
class Sources:
    """The source figures by family, sorted by value, and the sentences they stand in."""

    by_family: Mapping[str, tuple[tuple[float, ...], tuple[Claim, ...]]]
    sentence_words: Mapping[tuple[str, int], frozenset[str]]
    # every source figure's value as written ("3.1 million"), its family and where it stands
    written: tuple[tuple[float, str, tuple[str, int], bool], ...]  # and whether it counts a noun it names
    sentence_families: Mapping[tuple[str, int], frozenset[str]] = dataclasses.field(default_factory=dict)
    scores: tuple[Claim, ...] = ()  # every score or tally the sources give: "58-51", "18-6"
    # the sides of those scores, by identity: a score is no list of amounts ("to 18-6, two games
    # clear" lists no 26 games)
    score_sides: frozenset[int] = frozenset()
    moves: tuple[Claim, ...] = ()  # every change the sources give with both its ends: "from £245 to £269"
    # the minutes of a game the sources mark ("in the 52nd minute", "after 12 minutes"), by sentence
    minute_marks: Mapping[tuple[str, int], tuple[float, ...]] = dataclasses.field(default_factory=dict)
    # the sentences that name two days or two months, which a length in days, weeks or months may run
    # between (see `days_between`), and those that give two amounts of one family, which a
    # percentage may compare: read once, asked of every draft length and percentage
    two_days: frozenset[tuple[str, int]] = frozenset()
    two_amounts: frozenset[tuple[str, int]] = frozenset()

    @classmethod
    def of(cls, claims: Iterable[Claim]) -> Sources:
        grouped: dict[str, list[tuple[float, int, Claim]]] = {}
        words: dict[tuple[str, int], frozenset[str]] = {}
        written: list[tuple[float, str, tuple[str, int], bool]] = []
        families: dict[tuple[str, int], set[str]] = {}
        scores: list[Claim] = []
        side_ids: set[int] = set()
        moves: list[Claim] = []
        marks: dict[tuple[str, int], list[float]] = {}
        for order, claim in enumerate(claims):
            name = family(claim) or _written_change(claim)
            if claim.from_value is not None and claim.to_value is not None:
                moves.append(claim)
            at = (claim.path, claim.sentence_start)
            mark = minute_mark(claim)
            if mark is not None:
                marks.setdefault(at, []).append(mark)
            if claim.evidence is not None:
                # a sentence's words are all its figures' words, whichever of them comes first
                words[at] = words.get(at, frozenset()) | _stems_and_synonyms(claim.evidence.words)
            if name is None:
                sides = score_sides(claim)
                for side in sides or ():
                    grouped.setdefault("count", []).append((side.value, order, side))
                    families.setdefault(at, set()).add("count")
                if sides:
                    scores.append(claim)
                    side_ids.update(id(side) for side in sides)
                continue
            families.setdefault(at, set()).add(name)
            grouped.setdefault(name, []).extend((value, order, claim) for value in _values(claim))
            if name not in _WHEN:
                counted = claim.kind is ClaimKind.COUNT and claim.noun is not None  # "5 stores", not "80"
                written.extend((value, name, (claim.path, claim.sentence_start), counted) for value in _written(claim))
        by_family = {}
        for name, rows in grouped.items():
            rows.sort(key=lambda row: (row[0], row[1]))
            by_family[name] = (tuple(row[0] for row in rows), tuple(row[2] for row in rows))
        return cls(by_family, words, tuple(sorted(written)), {at: frozenset(names) for at, names in families.items()},
                   tuple(scores), frozenset(side_ids), tuple(moves),
                   {at: tuple(found) for at, found in marks.items()},
                   _sentences_with_two_days(by_family), _sentences_with_two_amounts(by_family))  # fmt: skip

    def score_stated(self, claim: Claim, covering: frozenset[tuple[str, int]]) -> tuple[bool, list[Claim]]:
        """Whether a source gives a score the claim's sides ("58-51", or "51-58" from the other
        side), and the sources' scores, those of the sentences the claim is about first."""
        sides = sorted(side.value for side in score_sides(claim) or ())
        stated = any(sorted(side.value for side in score_sides(score) or ()) == sides for score in self.scores)
        return stated, _closest_sentences_first(self.scores, covering)

    def writes(self, claim: Claim, slack: float, covering: frozenset[tuple[str, int]]) -> bool:
        """Whether some source writes the claim's number as a figure of another kind: "6,971 times"
        and "6,971 occasions", "3.1 million tonnes a year" and "3.1 million tonnes". Not in another
        currency or another unit of the same dimension: "$450 billion" is not "¥450 billion"."""
        name = family(claim) or ""
        if name in _WHEN:
            return False  # "7pm" is not written as "7 people", nor "2019" as "2,019 homes"
        rate_of_change = name == "percent" and claim.kind is ClaimKind.CHANGE
        at = bisect.bisect_left(self.written, (claim.value - slack, "", ("", 0), False))
        while at < len(self.written) and self.written[at][0] <= claim.value + slack:
            _, other, place, counted = self.written[at]
            other_period = other != name and other.split(" per ")[0] == name.split(" per ")[0]
            # "12 people" is not "12% of them": a share is a count only of a whole of 100
            share_for_count = name == "count" and other == "percent"
            if (
                (name == "[time]" and counted)
                or (rate_of_change and other not in ("percent", "ratio"))
                or other_period
                or share_for_count
            ):
                at += 1
                continue  # "over the next five years" is not "close 5 stores" (but may be "against 80");
                # "rose by 50%" is not "from $40 to $50": a rate of change is no level's number; "£13.50
                # a day" is not "£13.50 an hour": the same amount for another period is another amount
            if other != name and not (other.startswith("money:") and name.startswith("money:")) and place in covering:
                return True  # (in a sentence the claim's is about: "gifts of £2 to £150,000" is no visitor count)
            at += 1
        return False

    def has_family(self, claim: Claim, covering: frozenset[tuple[str, int]]) -> bool:
        """Whether the sources give a figure to compare with: one of the family in the sentences that
        cover the claim, or one about the same thing anywhere."""
        name = family(claim)
        if name is None:
            return False
        head = claim.evidence.head if claim.evidence else None
        families = self._comparable(name)
        if claim.unit in _MINUTES_IN and TIME_OF_DAY in self.by_family:
            families.append(TIME_OF_DAY)  # "open 16 hours a day" against "5am-11pm" (see `clock_span`)
        if name in (AREA, VOLUME) and next(self._shapes(covering), None) is not None:
            return True  # "about 83 square metres" against "11.2m by 7.4m"
        if claim.unit == "year" and any(len(years) > 1 for years in self._years_by_sentence(covering).values()):
            return True  # "13 years after she was born" against "born in 1958 ... in 1989"
        if days_of(claim) is not None and self.two_days & covering:
            return True  # "two weeks after the rollout begins" against "from 8 November ... by 22 November"
        if name == "percent" and self.two_amounts & covering:
            return True  # "shrinks by about 35%" against "61MB instead of 94MB"
        whole = _whole_of_rate(claim)
        if whole is not None and any(
            whole[0] in self.sentence_families.get(place, ()) and self._has_duration(place) for place in covering
        ):
            return True  # "6 images an hour" against "1,440 images over the 24 hours": a total and its time
        totals = _per_each_one(claim)
        if totals is not None and any(totals in self.sentence_families.get(place, ()) for place in covering):
            return True  # "16 passengers per crossing" against "96,000 passengers on 1,600 crossings"
        total, _, amount = name.partition(" / ")
        if (
            claim.kind is ClaimKind.MEASURE
            and amount
            and any({total, amount} <= set(self.sentence_families.get(place, ())) for place in covering)
        ):
            return True  # "3.8 tonnes a hectare" against "5,120 tonnes from 1,360 hectares"
        for other_name in families:
            for other in self.by_family[other_name][1]:
                if (other.path, other.sentence_start) in covering or (
                    head and other.evidence and other.evidence.head == head
                ):
                    return True
        return False

    def _comparable(self, name: str) -> list[str]:
        """The families a figure can be told apart from: its own, any currency for money, and the
        amounts a share or a multiplier is worked out from."""
        if name.startswith("money:"):
            return [f for f in self.by_family if f.startswith("money:")]
        if name in ("percent", "ratio"):
            return [f for f in self.by_family if f not in _WHEN]
        if name == _POINTS:  # a move in points is the difference of two shares: "up 2 points" against "4% to 5%"
            return [f for f in (_POINTS, "percent") if f in self.by_family]
        return [name] if name in self.by_family else []

    def coverage(self, claim: Claim) -> tuple[float, frozenset[tuple[str, int]]]:
        """How much of the draft sentence one source sentence covers (shared content words over the
        draft's), and the source sentences that cover it best."""
        best, where = 0.0, []
        for place, share in self._shares(claim):
            if share > best:
                best, where = share, [place]
            elif share == best:
                where.append(place)
        return best, frozenset(where)

    def restating(self, figures: Iterable[Claim]) -> frozenset[tuple[str, int]]:
        """The source sentences that write one of `figures` as it stands, in its family: a draft
        sentence that repeats "61MB" of "The app is 61MB instead of 94MB" is about that sentence,
        whatever else its words share. Figures of one significant digit or dates say too little
        ("5 stores", "2027" stand in many sentences)."""
        places: set[tuple[str, int]] = set()
        for figure in figures:
            name = family(figure)
            if name is None or name in _WHEN or len(significant_digits(figure.value)) < 2:
                continue
            at = bisect.bisect_left(self.written, (figure.value, "", ("", 0), False))
            while at < len(self.written) and self.written[at][0] == figure.value:
                if self.written[at][1] == name:
                    places.add(self.written[at][2])
                at += 1
        return frozenset(places)

    def near(self, claim: Claim, least: float) -> frozenset[tuple[str, int]]:
        """The source sentences that cover at least `least` of the claim's sentence (see `coverage`)."""
        return frozenset(place for place, share in self._shares(claim) if share >= least)

    def _shares(self, claim: Claim) -> Iterator[tuple[tuple[str, int], float]]:
        """Each source sentence that shares two words or more with the claim's, and how much of it."""
        draft = _stems(claim.evidence.words) if claim.evidence else frozenset()
        if not draft:
            return
        # The figure's own words ("November", "weeks") count as one word, shared with any source
        # sentence that gives a figure of its family: "applies from 1 November" is about what
        # "from 1 October the rate will rise" covers, whichever month either names.
        draft = draft - _stems(_own_words(claim.text))
        # a draft word is shared when its synonym is (a source's words hold their synonyms too)
        synonyms = _synonym_stems(claim.evidence.words) if claim.evidence else {}
        name = family(claim)
        two_ends = self._two_ends(claim)
        totals = _per_each_one(claim)  # "16 passengers per crossing" is of the counts it divides
        for place, words in self.sentence_words.items():
            there = self.sentence_families.get(place, ())
            # an area or a volume is of the family of the sides that give it ("11.2m by 7.4m"), and
            # a length of the two years or times of day that give it ("built in 1885 ... listed in
            # 2025", "kicked off at 19:30 ... the final whistle at 21:25")
            shared = len(draft & words) + (
                name in there
                or (name in (AREA, VOLUME) and LENGTH in there)
                or place in two_ends
                or (totals is not None and totals in there)
            )
            if synonyms:
                shared += sum(
                    1 for own, others in synonyms.items() if own in draft and own not in words and others & words
                )
            if shared >= 2:
                yield place, shared / (len(draft) + 1)

    def _two_ends(self, claim: Claim) -> frozenset[tuple[str, int]]:
        """The source sentences that give two ends a length may run between: two years for a length
        in years, two times of day for one in hours or minutes."""
        if claim.unit == "year":
            return frozenset(place for place, found in self._years_by_sentence().items() if len(found) > 1)
        if days_of(claim) is not None:
            return self.two_days
        if claim.unit not in _MINUTES_IN or TIME_OF_DAY not in self.by_family:
            return frozenset()
        times = collections.Counter((time.path, time.sentence_start) for time in self.by_family[TIME_OF_DAY][1])
        return frozenset(place for place, count in times.items() if count > 1)

    def stating(self, claim: Claim, agrees: Callable[[Claim, Claim], bool], window: float) -> Claim | None:
        """A source figure of the family within `window` of the claim's value (base units) that
        `agrees` with it."""
        return next(self.all_stating(claim, agrees, window), None)

    def all_stating(self, claim: Claim, agrees: Callable[[Claim, Claim], bool], window: float) -> Iterator[Claim]:
        """Every such source figure, lowest value first."""
        name = family(claim)
        if name is None or name not in self.by_family:
            return
        values, claims = self.by_family[name]
        value = base_value(claim)
        centres = [value]
        if (claim.direction is Direction.DOWN) != (value < 0):
            centres.append(-value)  # "a fall of 0.8%" and "-0.8%" (see `agrees`)
        for centre in centres:
            at = bisect.bisect_left(values, centre - window)
            while at < len(values) and values[at] <= centre + window:
                if agrees(claim, claims[at]):
                    yield claims[at]
                at += 1

    def comparable_figures(self, claim: Claim) -> list[Claim]:
        """The source figures a claim can be told apart from (see `_comparable`), each once."""
        name = family(claim)
        if name is None:
            return []
        found = [c for other in self._comparable(name) for c in self.by_family[other][1]]
        if days_of(claim) is not None:  # a length in days against the days it may run between
            found += [c for c in self.by_family.get("date", ((), ()))[1] if (c.path, c.sentence_start) in self.two_days]
        return list(dict.fromkeys(found))

    def clock_arithmetic(self, claim: Claim) -> str | None:
        """A time of day that a source time and a duration in its sentence give: "5:40am, 25 minutes
        earlier than now" gives 6:05am. Only within one sentence, where the duration is said of
        that time; not across them, where some sum would match by chance."""
        if TIME_OF_DAY not in self.by_family or "[time]" not in self.by_family:
            return None
        clock = base_value(claim)
        durations: dict[tuple[str, int], list[Claim]] = {}
        for duration in self.by_family["[time]"][1]:
            durations.setdefault((duration.path, duration.sentence_start), []).append(duration)
        for time in self.by_family[TIME_OF_DAY][1]:
            for duration in durations.get((time.path, time.sentence_start), ()):
                if abs(clock - base_value(time)) == base_value(duration) / 60:
                    return f"'{time.text}' and '{duration.text}' in one sentence"
        return None

    def clock_span(self, claim: Claim) -> str | None:
        """A length of time from one time of day to the next in one source sentence: "opening hours
        of 5am-11pm" are 18 hours a day; "from 9am to 5.30pm" is eight and a half hours."""
        minutes = _MINUTES_IN.get(claim.unit or "")
        if minutes is None or TIME_OF_DAY not in self.by_family:
            return None
        low = (claim.value if claim.low is None else claim.low) * minutes
        high = (claim.value if claim.high is None else claim.high) * minutes
        # "open three days a week from 9am to 1pm" is open 12 hours a week: the days its sentence counts
        days_in = _days_counted(self.by_family.get("dimensionless", ((), ()))[1], claim.per)
        # "will leave half an hour earlier" is how far a time moved, either way: "from 06:15 to 05:45"
        moved = _EARLIER_OR_LATER.match(claim.sentence, claim.end - claim.sentence_start) is not None
        by_sentence: dict[tuple[str, int], list[Claim]] = {}
        for time in self.by_family[TIME_OF_DAY][1]:
            by_sentence.setdefault((time.path, time.sentence_start), []).append(time)
        days: dict[tuple[str, int], list[tuple[int, int]]] = {}  # per sentence, (where, day of the year)
        for day in self.by_family.get("date", ((), ()))[1]:
            found = _day_of_year(day)
            if found is not None:
                days.setdefault((day.path, day.sentence_start), []).append((day.start, found))
        for sentence, times in by_sentence.items():
            ordered = sorted(times, key=lambda time: time.start)
            for first, second in itertools.pairwise(ordered):
                span = (base_value(second) - base_value(first)) % (24 * 60)
                # "from 6pm on Tuesday 9 January until 10am on Thursday 11 January" is 40 hours
                on = [found for where, found in sorted(days.get(sentence, ())) if where > first.start]
                if len(on) >= 2 and on[1] > on[0]:
                    span = base_value(second) - base_value(first) + (on[1] - on[0]) * 24 * 60
                elif moved:
                    span = min(span, 24 * 60 - span)
                if days_in is None:
                    if low <= span <= high:
                        return f"the time from '{first.text}' to '{second.text}'"
                    continue
                for counted in days_in.get(sentence, ()):
                    if low <= span * counted.value <= high:
                        return f"'{counted.text}' from '{first.text}' to '{second.text}'"
        return None

    def minutes_between(self, claim: Claim) -> str | None:
        """A length in minutes that two minute marks of one source sentence give: "scored after 12
        minutes, and Harlow equalised in the 52nd" is 40 minutes later (numcheck.minute_marks)."""
        if claim.unit not in ("minute", "hour"):
            return None  # ("about half an hour later")
        low, high = _base_bounds(claim, step_of(claim))
        for marks in self.minute_marks.values():
            for first, second in itertools.combinations(marks, 2):
                if first != second and low <= abs(second - first) * 60 <= high:
                    return f"the minutes from minute {min(first, second):g} to minute {max(first, second):g}"
        return None

    def from_sides(self, claim: Claim) -> str | None:
        """An area, a volume or a perimeter that sides one source sentence gives work out: "a hall
        of 11.2m by 7.4m" is about 83 square metres (numcheck.sides). A perimeter only where the
        claim's sentence says it goes round: a sum of two sides doubled is any length otherwise."""
        name = family(claim)
        if name not in (AREA, VOLUME, LENGTH) or (name == LENGTH and not _ROUND.search(claim.sentence)):
            return None
        low, high = _base_bounds(claim, step_of(claim))
        for shape in self._shapes():
            for measured, what, value in shape.measures():
                if measured == name and low <= value <= high:
                    return f"the {what} of {shape.text()}"
        return None

    def _shapes(self, covering: frozenset[tuple[str, int]] | None = None) -> Iterator[Shape]:
        """The shapes the source lengths give by their sides; with `covering`, of those sentences only."""
        lengths = [c for c in self.by_family.get(LENGTH, ((), ()))[1]
                   if covering is None or (c.path, c.sentence_start) in covering]  # fmt: skip
        return shapes(lengths, [base_value(c) for c in lengths])

    def years_between(self, claim: Claim, covering: frozenset[tuple[str, int]] = frozenset()) -> str | None:
        """A span of years that two years of one source sentence give: "born in 1958, published
        her first book in 1989" is 31 years. A span said as the time between two events ("first
        entered 48 years earlier", "after 31 years") may take one year from a sentence the claim's is
        about and the other from any: "first entered in 1979" and "won on 16 October 2027". Spans of
        three years or more only, as in `year_and_span`."""
        if claim.unit != "year":
            return None
        low, high = _base_bounds(claim, step_of(claim))
        found_by_sentence = self._years_by_sentence()
        for found in found_by_sentence.values():
            for (one, first), (other, second) in itertools.combinations(found, 2):
                if low <= abs(one - other) * _SECONDS_A_YEAR <= high:
                    return f"the years from '{first.text}' to '{second.text}'"
        if not covering or claim.value < _SHORTEST_SPAN or not _between_events(claim):
            return None
        every = [year for found in found_by_sentence.values() for year in found]
        for place in covering:
            for (one, first), (other, second) in itertools.product(found_by_sentence.get(place, ()), every):
                if low <= abs(one - other) * _SECONDS_A_YEAR <= high:
                    return f"the years from '{first.text}' to '{second.text}'"
        return None

    def days_between(self, claim: Claim) -> str | None:
        """A length in days, weeks or months that two days of the sources give ("convicted on 15
        January 2026 ... sentencing on 6 February 2026" is 22 days, "just over three weeks"; the first
        day may count or not), or two months of one sentence ("from March to September 2027" is six
        months, or seven counting both). A day or month without its year is read in the year of the
        one dated beside it: "on Monday 8 November 2027 and reaching everyone by Monday 22 November"."""
        length = days_of(claim)
        if length is None:
            return None
        stretches = sorted(
            ((stretch, date) for date in self.by_family.get("date", ((), ()))[1] if (stretch := _day_or_month(date))),
            key=lambda row: row[0].first,
        )
        for (one, first), (other, second) in itertools.combinations(stretches, 2):
            months = one.first != one.last
            mixed = months != (other.first != other.last)
            if mixed and length[1] < _LONG_SPAN_DAYS:
                continue  # a day and a month near each other: no count of days between them
            if not (one.dated and other.dated):
                if (first.path, first.sentence_start) != (second.path, second.sentence_start):
                    continue
                year = one.first.year if one.dated else other.first.year
                one, other = sorted((_in_year(one, year), _in_year(other, year)), key=lambda stretch: stretch.first)
            if one.first == other.first:
                continue
            if mixed:
                # "January 2023" to "2 June 2025" is 853 to 884 days, "nearly two and a half years"
                least, most = (other.first - one.last).days, (other.last - one.first).days + 1
            elif months:
                # start to start ("six months") or first day to last ("seven months"), to half a month
                least, most = (other.first - one.first).days - _HALF_MONTH, (other.last - one.first).days + 1
            else:
                least, most = (other.first - one.first).days - 1, (other.first - one.first).days + 1
            if length[0] <= most and length[1] >= least:
                return f"the days from '{first.text}' to '{second.text}'"
        return None

    def _years_by_sentence(
        self, covering: frozenset[tuple[str, int]] | None = None
    ) -> dict[tuple[str, int], list[tuple[int, Claim]]]:
        """The years the sources give ("2025", "in January 2027"), by sentence; with `covering`,
        of those sentences only."""
        years: dict[tuple[str, int], list[tuple[int, Claim]]] = {}
        for date in self.by_family.get("date", ((), ()))[1]:
            year = _year_of(date)
            if year is not None and (covering is None or (date.path, date.sentence_start) in covering):
                years.setdefault((date.path, date.sentence_start), []).append((year, date))
        return years

    def year_and_span(self, claim: Claim) -> str | None:
        """A year that a source year and a span of years in its sentence give: "taught for 31 years
        before retiring in 1996" began in 1965, "founded in 1952, will close after 73 years" closes
        in 2025. Spans of three years or more only: a year moved by one or two is the commonest slip
        of a date, and "for two years" beside "2024" would excuse it by chance."""
        year = _year_of(claim)
        if year is None or "[time]" not in self.by_family:
            return None
        spans: dict[tuple[str, int], list[Claim]] = {}
        for span in self.by_family["[time]"][1]:
            if span.unit == "year" and span.per is None and not _is_age(span):
                spans.setdefault((span.path, span.sentence_start), []).append(span)
        for place, found in self._years_by_sentence().items():
            for span in spans.get(place, ()):
                least = span.value if span.low is None else span.low
                most = span.value if span.high is None else span.high
                for other, date in found:
                    if least >= _SHORTEST_SPAN and least - 0.5 <= abs(year - other) <= most + 0.5:
                        return f"'{span.text}' from '{date.text}'"
        return None

    def year_arithmetic(self, claim: Claim) -> str | None:
        """A year of birth that a source age and year in one sentence give: "aged 35 in 2025" was
        born in 1989 or 1990. Not any year a span of years gives: "for two years" beside "2024"
        would excuse a moved date by chance."""
        year = _year_of(claim)
        if year is None or "date" not in self.by_family or not _BORN.search(claim.sentence):
            return None
        ages: dict[tuple[str, int], list[Claim]] = {}
        for age in (*self.by_family.get("count", ((), ()))[1], *self.by_family.get("[time]", ((), ()))[1]):
            if _is_age(age):
                ages.setdefault((age.path, age.sentence_start), []).append(age)
        for source in self.by_family["date"][1]:
            start = _year_of(source)
            if start is None:
                continue
            for age in ages.get((source.path, source.sentence_start), ()):
                if start - year in (age.value, age.value + 1):  # before or after the birthday
                    return f"'{age.text}' in '{source.text}'"
        return None

    def day_arithmetic(self, claim: Claim, beside: Sequence[Claim] = ()) -> str | None:
        """A day that a source day and a span of days in its sentence give: "strike for 12 days from
        3 March" ends on 14 March (counting the first day, or not). Only within one sentence, as
        for times of day, and not with a span the claim's own sentence gives (see `date_reached`)."""
        day = _day_of_year(claim)
        if day is None or "date" not in self.by_family or "[time]" not in self.by_family:
            return None
        spans = self._lengths_by_sentence(claim, beside)
        for start in self.by_family["date"][1]:
            first = _day_of_year(start)
            if first is None:
                continue
            for span in spans.get((start.path, start.sentence_start), ()):
                days = base_value(span) / SECONDS_A_DAY
                if days == int(days) and abs(day - first) in (days - 1, days):
                    return f"'{start.text}' and '{span.text}' in one sentence"
        return None

    def date_reached(self, claim: Claim, beside: Sequence[Claim]) -> str | None:
        """A date that a source date and a length of time in its sentence reach, to the month or
        the year a reader works out: "a six-week closure from 2 March" reopens in mid-April; "work
        began in March 2026 and will take 14 months" ends in 2027 (numcheck.date_reach). Not with
        a length the claim's own sentence gives: "runs for 12 months from April 2026" restates a
        start, and a start moved by that length would be excused."""
        date = stretch_of(claim)
        if date is None or "date" not in self.by_family or "[time]" not in self.by_family:
            return None
        lengths = self._lengths_by_sentence(claim, beside)
        for start in self.by_family["date"][1]:
            stretch = stretch_of(start)
            if stretch is None:
                continue
            for length in lengths.get((start.path, start.sentence_start), ()):
                days = days_of(length)
                if days is not None and reaches(stretch, days, date):
                    return f"'{length.text}' from '{start.text}' in one sentence"
        return None

    def weekday_dated(self, claim: Claim) -> str | None:
        """A day of a month that a source's weekday names, counted from the dated weekday before it:
        "counted on Wednesday 14 October ... declared on Thursday" is 15 October; "the following
        Monday" is 19 October. Only a weekday after a dated one in the same source, the nearest."""
        day = day_and_month(claim)
        if day is None or "date" not in self.by_family:
            return None
        by_path: dict[str, list[Claim]] = {}
        for date in self.by_family["date"][1]:
            by_path.setdefault(date.path, []).append(date)
        for dates in by_path.values():
            dated: tuple[Claim, datetime.date, str] | None = None
            for date in sorted(dates, key=lambda date: date.start):
                named, on = weekday_named(date), day_and_month(date)
                if named is not None and on is not None:
                    with contextlib.suppress(ValueError):
                        dated = (date, datetime.date(_COMMON_YEAR, on[1], on[0]), named)
                    continue
                alone = weekday_alone(date)
                if alone is None or dated is None:
                    continue
                anchor, when, named = dated
                ahead = (_WEEKDAY_INDEX[alone] - _WEEKDAY_INDEX[named]) % 7
                if ahead == 0 and _FOLLOWING.search(date.sentence[: date.start - date.sentence_start]):
                    ahead = 7  # "the following Thursday" after a Thursday is a week on
                landed = when + datetime.timedelta(days=ahead)
                if ahead and (landed.day, landed.month) == day:
                    return f"'{date.text}' after '{anchor.text}'"
        return None

    def weekday_of_a_date(self, claim: Claim, covering: frozenset[tuple[str, int]]) -> str | None:
        """A weekday that a dated day of the source sentences the claim's is about falls on, in the
        year its sentence (or else the sources' only year) gives: "Thursday's by-election" of "the
        by-election on 14 November 2024". (Not any date's: among a source's dates, one falls on a
        weekday moved by a slip as often as not.)"""
        alone = weekday_alone(claim)
        if alone is None or "date" not in self.by_family:
            return None
        by_sentence = self._years_by_sentence()
        # a draft sentence may join two source sentences' facts ("The findings, released on a
        # Monday, followed 2,600 hours of fieldwork"): those that share a quarter of its words too
        about = covering | self.near(claim, _WEEKDAY_COVERAGE)
        for date in self.by_family["date"][1]:
            on = day_and_month(date)
            if on is None or (date.path, date.sentence_start) not in about:
                continue
            years = {year for year, _ in by_sentence.get((date.path, date.sentence_start), ())}
            if not years:
                # the story's year: the first its source gives ("handled 9.36 million passengers in
                # 2024, up 11% on 2023 ... the busiest single day was 26 July")
                told = [(said.start, year) for found in by_sentence.values() for year, said in found
                        if said.path == date.path]  # fmt: skip
                years = {min(told)[1]} if told else set()
            for year in years:
                with contextlib.suppress(ValueError):
                    if datetime.date(year, on[1], on[0]).weekday() == _WEEKDAY_INDEX[alone]:
                        return f"the weekday of '{date.text}' in {year}"
        return None

    def _lengths_by_sentence(self, claim: Claim, beside: Sequence[Claim]) -> dict[tuple[str, int], list[Claim]]:
        """The sources' lengths of time by sentence, but for those the claim's own sentence gives
        (of `beside`, its document's figures) when it gives no other date: "runs for 12 months from
        April 2026" states a start, not where the 12 months end."""
        mine = [other for other in beside if other is not claim and _same_sentence(other, claim)]
        if any(family(other) == "date" for other in mine):
            mine = []  # "the 12-day walkout runs from 3 March to 14 March": the sentence gives its start too
        own = {base_value(other) for other in mine if family(other) == "[time]"}
        lengths: dict[tuple[str, int], list[Claim]] = {}
        for length in self.by_family["[time]"][1]:
            if base_value(length) not in own:
                lengths.setdefault((length.path, length.sentence_start), []).append(length)
        return lengths

    def said_otherwise(self, claim: Claim) -> Claim | None:
        """The source figure for the very thing an amount is about (`_said_otherwise`), if any."""
        name = family(claim)
        if name is None or name in ("percent", "ratio", *_WHEN) or name not in self.by_family:
            return None
        return _said_otherwise(claim, self.by_family[name][1])

    def implied(
        self,
        claim: Claim,
        covering: frozenset[tuple[str, int]],
        tolerance: float,
        *,
        like_only: bool = False,
        own_thing: bool = False,
    ) -> str | None:
        """How the sources imply the figure by plain arithmetic, in words, or None. With `like_only`,
        only sums, differences and ratios of figures about one thing: a rate times a count says
        itself which thing it is about ("£180 each" for "46 tags"); with `own_thing` too, about the
        claim's thing."""
        name = family(claim)
        if name is None or name in _WHEN or name == ORDINAL:
            return None
        span = (
            self.clock_span(claim) or self.years_between(claim, covering) or self.days_between(claim)
            or self.minutes_between(claim) or self.from_sides(claim)
        )  # fmt: skip
        if span is not None:
            return span
        if name == _POINTS:
            between = self._points_between(claim, covering, tolerance)
            if between is not None:
                return between
        if (name == "count" or name.startswith("money:")) and _LEFT_WITH.search(_clause_around(claim)):
            left = self._left_after_a_cut(claim, tolerance)
            if left is not None:
                return left
        if (
            name not in ("percent", "ratio")
            and name in self.by_family
            and _said_otherwise(claim, self.by_family[name][1])
        ):
            return None
        value = base_value(claim)
        if name in ("percent", "ratio"):
            # a percentage compares amounts of one kind, whatever period each is given for: "3,600
            # babies last year" and "4,000 a year by 2028" are a rise of 11%
            kinds: dict[str, list[tuple[Claim, ...]]] = {}
            for pool, (_, claims) in self.by_family.items():
                if pool not in ("percent", "ratio", *_WHEN):
                    kinds.setdefault(pool.split(" per ")[0], []).append(claims)
            pools = [sum(parts, ()) for parts in kinds.values()]
            if claim.kind is ClaimKind.CHANGE and claim.direction is not None and "percent" in self.by_family:
                # a relative change of two rates: "unemployment rose from 4% to 5%" is up a quarter
                pools.append(tuple(c for c in self.by_family["percent"][1] if c.kind is ClaimKind.PERCENT))
        else:
            pools = [self.by_family[name][1]] if name in self.by_family else []
            whole = name.removesuffix(" per year")
            if whole != name and whole in self.by_family:
                # a year's amount is an amount a year: "another 400,000 visitors a year to reach its 5
                # million target" from "4.6 million visitors in 2026"
                # and a margin to reach it is counted from the level as it stands, of no stated time:
                # "2,700 more children a year to meet its aim" of 12,000 a year, from 9,300 now
                margin = is_margin(claim)
                yearly = tuple(c for c in self.by_family[whole][1] if _of_one_year(c) or (margin and c.per is None))
                pools = [tuple(pool) + yearly for pool in pools] or [yearly]
        # a draft sentence may join two source sentences: "Just under half of applicants were offered
        # a place" of "made offers to 19,850 applicants" and "41,300 applications" (worked out once)
        joined: frozenset[tuple[str, int]] | None = None
        nearly: frozenset[tuple[str, int]] | None = None
        for pool_claims in pools:
            figures = _closest_sentences_first(pool_claims, covering)[:ARITHMETIC_LIMIT]
            head = claim.evidence.head if claim.evidence else None
            if name == "percent":
                # and of the sentences that cover it nearly as well: "The hourly rate goes up by about
                # 9%" is about "The hourly rate ... rises from £5.50 to £6.00" as much as about "15% off
                # the hourly rate"
                if nearly is None:
                    nearly = covering | self.near(claim, self.coverage(claim)[0] * _NEARLY_AS_WELL)
                figures = _percent_operands(claim, figures, nearly)
                if like_only and head is not None:
                    # of the thing it is about: revenue's 19% is no change of profit from £17.9m to £21.3m
                    figures = [f for f in figures if f.evidence is None or f.evidence.head in (None, head)]
            if own_thing and head is not None:
                # and 34 chairs no rise of staff from 96 to 130, where the source gives 24 chairs
                figures = _of_the_claim_s_thing(claim, figures)
            # "paid £4.90 an hour more than counters": a difference of two things' figures, said as one
            like = like_only and not compares(claim)
            bounds, direction = _base_bounds(claim, tolerance), _direction_of_change(claim)
            # a term is negligible within the figure's own rounding, not the tolerance: '2:22:18' is
            # 2:21:40 and 38 seconds, though 38 seconds are within 2% of it
            exact = claim.low == claim.high and name not in ("percent", "ratio")
            negligible = min(tolerance, step_of(claim)) if exact else tolerance
            # a share of a named whole is a part of it, never a change: "fewer than half of the
            # foxes" is not the rise from 29 to 42 (a bare "25%" may be a change whose verb went unread)
            share = claim.direction is None and claim.kind is not ClaimKind.CHANGE and _partitive(claim)
            found = _arithmetic(
                name, bounds, figures, negligible, like, direction, level=claim.role is not None, share=share
            )
            if found is None and name == "percent" and direction is None and claim.role is None and not like_only:
                # (counts and money only: among a paragraph's lengths of time, two give any share by chance)
                about = covering
                if all(c.kind in (ClaimKind.COUNT, ClaimKind.MONEY) for c in pool_claims):
                    if joined is None:
                        joined = covering | self.near(claim, self.coverage(claim)[0] / 2)
                    about = joined
                found = _share_of_any_whole(bounds, pool_claims, about) or _remainder_as_share(
                    bounds, [_closest_sentences_first(pool_claims, covering)]
                )
            if found:
                return found
        if name not in ("percent", "ratio") and name in self.by_family:
            figures = _closest_sentences_first(self.by_family[name][1], covering)[:ARITHMETIC_LIMIT]
            listed = [figure for figure in figures if id(figure) not in self.score_sides]
            found = _remainder(value, listed, tolerance, said=like_only) or _sum_of_a_list(
                claim, value, listed, tolerance, like_only
            )
            if found:
                return found
            found = _per_other_period(claim, value, figures) or _against_a_restated_rate(claim, value, figures)
            if found:
                return found
            if "percent" in self.by_family:
                # a share of a stated total: "41% of capacity" of "92 billion litres" is 38 billion; of a
                # total a year, some of each year's ("1,330 of its 1,900 patients a year")
                shares = _closest_sentences_first(self.by_family["percent"][1], covering)[:ARITHMETIC_LIMIT]
                per_period = [c for other, (_, pool) in self.by_family.items() if other.startswith(f"{name} per ")
                              for c in pool]  # fmt: skip
                wholes = figures + _closest_sentences_first(per_period, covering)[:ARITHMETIC_LIMIT]
                found = _share_of_total(claim, shares, wholes, tolerance, covering)
                if found:
                    return found
        if name not in ("percent", "ratio") and name in self.by_family and _is_rate(claim):
            found = _split_equally(value, self.by_family[name][1], tolerance)
            if found:
                return found
        divisors = [c for f in ("count", "[time]") if f in self.by_family for c in self.by_family[f][1]]
        if claim.per is not None:  # "£410 for each tonne" from "400 tonnes ... at a cost of £165,000"
            divisors += [c for f, (_, pool) in self.by_family.items() if f.startswith("[") and f != "[time]"
                         for c in pool if c.unit == claim.per]  # fmt: skip
        # a count is a quotient only when it says so: "eight per ward", "nearly nine screens each"
        # (a count for each of a thing, "16 passengers per crossing", is of the counts its family is)
        totals = _per_each_one(claim) or name
        quotient = totals not in ("percent", "ratio", "count") or (totals == "count" and _is_rate(claim))
        if quotient and totals in self.by_family and divisors:
            # a rate from a total: "£142 for 8 days" gives "£17.75 a day"
            figures = _closest_sentences_first(self.by_family[totals][1], covering)[:ARITHMETIC_LIMIT]
            counts = _closest_sentences_first(divisors, covering)[:ARITHMETIC_LIMIT]
            found = _per_count(claim, value, figures, counts, tolerance)
            if found:
                return found
        if name not in ("percent", "ratio") and claim.per is None:
            found = self._rate_times_amount(claim, name, covering, tolerance)
            if found:
                return found
        found = self._rate_for_each_times_their_count(claim, name, covering, tolerance)
        if found:
            return found
        found = self._total_over_amount(claim, name, covering, tolerance)
        if found:
            return found
        found = self._over_the_time(claim, covering, tolerance) or _how_often(
            claim, value, self.by_family.get("[time]", ((), ()))[1], tolerance
        )
        if found:
            return found
        found = (self._before_the_change(claim) or self._after_the_change(claim)
                 or self._other_shares(claim, covering, tolerance)
                 or self._change_said_otherwise(claim, abs(value) * _SAID_OTHERWISE))  # fmt: skip
        if found:
            return found
        return self._in_another_currency(claim, value, covering, tolerance, like_only)

    def _has_duration(self, place: tuple[str, int]) -> bool:
        return any(
            (duration.path, duration.sentence_start) == place and duration.per is None
            for duration in self.by_family.get("[time]", ((), ()))[1]
        )

    def _rate_times_amount(
        self, claim: Claim, name: str, covering: frozenset[tuple[str, int]], tolerance: float
    ) -> str | None:
        """A total from a measure's rate and what it is a rate of: "8.9 tonnes per hectare across
        420 hectares" is 3,738 tonnes, "40 litres a second for 3 hours" 432,000 litres. The rate's
        unit says what it multiplies, so the two need not be about one thing in words."""
        low, high = _base_bounds(claim, tolerance)
        for rate_family, (_, rates) in self.by_family.items():
            if not rate_family.startswith(f"{name} / "):
                continue
            amounts = [c for c in self.by_family.get(rate_family[len(name) + 3 :], ((), ()))[1] if c.per is None]
            for rate in _closest_sentences_first(rates, covering)[:ARITHMETIC_LIMIT]:
                for amount in _closest_sentences_first(amounts, covering)[:ARITHMETIC_LIMIT]:
                    if low <= base_value(rate) * base_value(amount) <= high:
                        return f"'{rate.text}' times '{amount.text}'"
        return None

    def _rate_for_each_times_their_count(
        self, claim: Claim, name: str, covering: frozenset[tuple[str, int]], tolerance: float
    ) -> str | None:
        """A total from a count for each one of a thing and the count of that thing: "0.62
        reservations per outlet per week across 148 outlets" is about 92 reservations a week. A
        period the total is given for ("a week") is the rate's too, which may go unread; the count
        must name what the rate is for ("148 outlets", or a word the vocabulary gives for it)."""
        whole, _, period = name.partition(" per ")
        if period and not is_known_unit(period):
            return None
        low, high = _base_bounds(claim, tolerance)
        counts = [c for c in self.by_family.get("count", ((), ()))[1] if c.per is None and c.evidence]
        for rate_family, (_, rates) in self.by_family.items():
            each, _, item = rate_family.partition(f"{whole} per ")
            if each or not item or is_known_unit(item):
                continue
            ones = [c for c in counts if c.evidence and _names_one_thing(c.evidence.head, item)]
            for rate in _closest_sentences_first(rates, covering)[:ARITHMETIC_LIMIT]:
                for count in _closest_sentences_first(ones, covering)[:ARITHMETIC_LIMIT]:
                    if low <= base_value(rate) * count.value <= high:
                        return f"'{rate.text}' for each of '{count.text}'"
        return None

    def _total_over_amount(
        self, claim: Claim, name: str, covering: frozenset[tuple[str, int]], tolerance: float
    ) -> str | None:
        """A measure's rate per an amount of another from a total and what it is spread over:
        "5,120 tonnes ... from 1,360 hectares" yield "3.8 tonnes a hectare" (`_rate_times_amount`
        the other way). Rates over time are `_over_the_time`'s; a rate whose units pint reduces
        ("miles a gallon" is one over an area) is not split."""
        total_family, _, amount_family = name.partition(" / ")
        if not amount_family or amount_family == "[time]" or claim.kind is not ClaimKind.MEASURE:
            return None
        totals = [c for c in self.by_family.get(total_family, ((), ()))[1] if c.per is None]
        amounts = [c for c in self.by_family.get(amount_family, ((), ()))[1] if c.per is None]
        low, high = _base_bounds(claim, tolerance)
        for total in _closest_sentences_first(totals, covering)[:ARITHMETIC_LIMIT]:
            for amount in _closest_sentences_first(amounts, covering)[:ARITHMETIC_LIMIT]:
                if base_value(amount) > 0 and low <= base_value(total) / base_value(amount) <= high:
                    return f"'{total.text}' over '{amount.text}'"
        return None

    def _over_the_time(self, claim: Claim, covering: frozenset[tuple[str, int]], tolerance: float) -> str | None:
        """A rate over time from a total and the time it took in one source sentence: "1,440
        images over the 24 hours of the flyby" is 60 an hour, "100 km over two days" 50 km a day,
        "4,860 parcels between November 2025 and February 2026" 1,215 a month."""
        whole = _whole_of_rate(claim)
        if whole is None or whole[0] not in self.by_family:
            return None
        name, seconds = whole
        low, high = _base_bounds(claim, tolerance)
        durations: dict[tuple[str, int], list[Claim]] = {}
        for duration in self.by_family.get("[time]", ((), ()))[1]:
            if duration.per is None and base_value(duration) > 0:
                durations.setdefault((duration.path, duration.sentence_start), []).append(duration)
        months: dict[tuple[str, int], list[tuple[Stretch, Claim]]] = {}
        for date in self.by_family.get("date", ((), ()))[1]:
            stretch = _day_or_month(date)
            if stretch is not None and stretch.dated and stretch.first != stretch.last:
                months.setdefault((date.path, date.sentence_start), []).append((stretch, date))
        for total in _closest_sentences_first(self.by_family[name][1], covering)[:ARITHMETIC_LIMIT]:
            for duration in durations.get((total.path, total.sentence_start), ()):
                if total is not duration and low <= base_value(total) / base_value(duration) * seconds <= high:
                    return f"'{total.text}' over '{duration.text}'"
            # "4,860 parcels between November 2025 and February 2026": four months, both counted
            named = months.get((total.path, total.sentence_start), [])
            if len(named) == 2 and total.kind is not ClaimKind.DATE:
                (one, first), (other, last) = sorted(named, key=lambda row: row[0].first)
                count = (other.first.year - one.first.year) * 12 + other.first.month - one.first.month + 1
                per_month = _PERIOD_DAYS["month"] * SECONDS_A_DAY
                if count > 1 and low <= base_value(total) / (count * per_month) * seconds <= high:
                    return f"'{total.text}' over the {count} months from '{first.text}' to '{last.text}'"
        return None

    def _other_shares(self, claim: Claim, covering: frozenset[tuple[str, int]], tolerance: float) -> str | None:
        """A share the sentences the claim is about imply with one other: the rest of a whole, for
        another party ("Dunmore had 58% of possession" leaves Kilbride 42%), or the level before a
        move in points ("22.6%, down 1.4 percentage points" was 24%)."""
        if family(claim) != "percent" or claim.kind is ClaimKind.CHANGE:
            return None
        if claim.unit != "percent" and not claim.is_share_in_words:  # "about a third" is a share too
            return None
        low, high = _base_bounds(claim, tolerance)
        pool = (*self.by_family.get("percent", ((), ()))[1], *self.by_family.get(_POINTS, ((), ()))[1])
        for share in pool:
            if share.low is None or share.high is None:
                continue  # (a hedged share leaves a hedged rest: "some 62%" passed, 34-42% did not)
            if (share.path, share.sentence_start) not in covering and not _names_the_head_of(share, claim):
                continue  # (from the sentences the claim is about, or one that names what it measures)
            in_words = share.is_share_in_words and share.kind is not ClaimKind.CHANGE
            if (in_words or (share.kind is ClaimKind.PERCENT and share.unit == "percent")) and share.direction is None:
                # the rest is another party's: "38% were first-time buyers" leaves no 62% of them;
                # "a third of it woodland" leaves two-thirds that is not
                rest = (_another_party(claim, share) or _the_rest(claim) or _the_other_state(claim, share)
                        or _said_of_the_rest(claim, share))  # fmt: skip
                scale = base_value(share) / share.value if share.value else 1.0
                least, most = (share.value if end is None else end for end in (share.low, share.high))
                if rest and (
                    (low <= 100 - least * scale and 100 - most * scale <= high)
                    or _bounds_the_rest(claim, 100 - most * scale, 100 - least * scale)
                ):
                    return f"what '{share.text}' leaves of the whole"
            elif share.unit == "percentage_point" and share.to_value is not None:
                # "improved by 1.4 points to 27.9%" says no way: from either side of its end
                signs = (1, -1) if share.direction is None else (1 if share.direction is Direction.UP else -1,)
                if any(low <= share.to_value - sign * share.value <= high for sign in signs):
                    return f"the level before the move of '{share.text}'"
        return _rest_of_the_shares(pool, covering, low, high) or _sum_of_the_shares(claim, pool, covering, low, high)

    def _left_after_a_cut(self, claim: Claim, tolerance: float) -> str | None:
        """What a cut leaves of a whole, where the claim says it is what is left: "would be left with
        14 toilets" of "the council's 23 public toilets ... closing 9 of the least-used sites"; "would
        leave about £350 in the rope fund" of a fund of £2,250 and ropes that cost about £1,900. The
        whole counts what the claim counts, or is the sum the words after it name ("in the rope
        fund"); the cut is a figure of its kind in the whole's source, less than the whole."""
        heads = {claim.evidence.head} - {None} if claim.evidence else set()
        after = claim.sentence[claim.end - claim.sentence_start :]
        heads |= {lemma(word).casefold() for word in _WORDS_AFTER.findall(_CLAUSE_END.split(after)[0])[:_NAMING_WORDS]}
        figures = self.by_family.get(family(claim) or "", ((), ()))[1]
        low, high = _base_bounds(claim, tolerance)
        for whole in figures:
            if whole.evidence is None or whole.evidence.head not in heads or whole.low != whole.high:
                continue
            for cut in figures:
                if cut is whole or cut.value >= whole.value or cut.path != whole.path:
                    continue
                if low <= base_value(whole) - base_value(cut) <= high:
                    return f"what '{whole.text}' less '{cut.text}' leaves"
        return None

    def _points_between(self, claim: Claim, covering: frozenset[tuple[str, int]], tolerance: float) -> str | None:
        """A gap in points the sources give as two percentages: "up two points" of "from 4% to 6%",
        "rose 1.3 points faster than the average" of "by 5.1%" and "3.8%". Only the difference: a
        move of 25 points is not the 25% that 4% to 5% is in relative terms."""
        levels = [
            share
            for share in self.by_family.get("percent", ((), ()))[1]
            if share.unit == "percent" and share.low == share.high
        ]
        levels = _closest_sentences_first(levels, covering)[:ARITHMETIC_LIMIT]
        low, high = _base_bounds(claim, tolerance)
        sign = {Direction.UP: 1, Direction.DOWN: -1}.get(claim.direction) if claim.direction else None
        for before, after in itertools.permutations(levels, 2):
            move = after.value - before.value
            if low <= (abs(move) if sign is None else sign * move) <= high:
                return f"the move from '{before.text}' to '{after.text}'"
        return None

    def _change_said_otherwise(self, claim: Claim, tolerance: float) -> str | None:
        """A change the sources give as a multiplier, said as a percentage, or the other way round:
        "tripled" is a rise of 200%, "halved" a fall of 50%, "up 100%" doubled."""
        if claim.direction is None or claim.kind not in (ClaimKind.CHANGE, ClaimKind.RATIO):
            return None
        if claim.kind is ClaimKind.CHANGE and claim.unit != "percent":
            return None
        low, high = _base_bounds(claim, tolerance)
        if claim.kind is ClaimKind.RATIO and claim.direction is Direction.DOWN and claim.value > 1:
            low, high = 1 / high, 1 / low if low > 0 else math.inf  # "fell fivefold" is ×0.2
        for other in (*self.by_family.get("percent", ((), ()))[1], *self.by_family.get("ratio", ((), ()))[1]):
            if other.kind is claim.kind or other.direction is not claim.direction:
                continue
            factor = _factor_of_change(other)
            # "tripled" is up 200% and "halved" down 50%; "up 100%" is ×2
            said = abs(factor - 1) * 100 if factor is not None and claim.kind is ClaimKind.CHANGE else factor
            if said is not None and low <= said <= high:
                return f"'{other.text}' said as {'a percentage' if claim.kind is ClaimKind.CHANGE else 'a multiple'}"
        return None

    def _before_the_change(self, claim: Claim) -> str | None:
        return next((said for said, _ in self.before_changes(claim)), None)

    def _after_the_change(self, claim: Claim) -> str | None:
        """The level a source's change comes to from the start it gives: "rose 20% from £10" is
        £12 now; "reduced by 30%, including the £120 jacket" £84 (a level beside a change with no
        end of its own is read as its start too, as `before_changes` reads it as its end)."""
        name = family(claim)
        if name is None or name in ("percent", "ratio", *_WHEN) or claim.kind is ClaimKind.CHANGE:
            return None
        if claim.direction is not None or claim.role is Role.FROM:
            return None
        low, high = _base_bounds(claim, step_of(claim))
        levels = [level for level in self.by_family.get(name, ((), ()))[1] if level.per == claim.per]
        changes = (*self.by_family.get("percent", ((), ()))[1], *self.by_family.get("ratio", ((), ()))[1])
        for change in changes:
            factors = _change_factors(change)
            in_its_sentence = [level for level in levels if _same_sentence(level, change)]
            if factors is None or not in_its_sentence:
                continue
            if change.from_value is not None:
                start = next((level for level in in_its_sentence if level.value == change.from_value), None)
            elif change.to_value is None:
                start = _end_of(change, in_its_sentence)
            else:
                continue
            if start is None:
                continue
            after = sorted(base_value(start) * factor for factor in factors)
            if after[0] <= high and low <= after[1]:
                return f"'{start.text}' after the change of '{change.text}'"
        return None

    def before_changes(self, claim: Claim) -> Iterator[tuple[str, Claim]]:
        """The value before a change a source gives with its end: "sales rose 14% to ¥38.6 billion"
        says they were about ¥33.9 billion a year earlier (38.6 / 1.14), within the change's own
        rounding ("14%" is 13.5% to 14.5%) and the draft figure's hedge; "tripled to £300" says £100.
        Each with the change."""
        name = family(claim)
        if name is None or name in ("percent", "ratio", *_WHEN):
            return
        if claim.role is Role.TO:
            return  # "rose 6% to SEK 13.4 billion" says where the change ends, not where it began
        # "grew by 6,000" is how far it moved, never the level it moved from
        a_level = claim.kind is not ClaimKind.CHANGE and claim.direction is None
        ends: dict[tuple[str, int], list[Claim]] = {}
        for level in self.by_family.get(name, ((), ()))[1]:
            # "the average weekly fee rose 7% to £1,265" is the fee a week the draft may give
            if level.role is not Role.FROM and (level.per == claim.per or None in (level.per, claim.per)):
                ends.setdefault((level.path, level.sentence_start), []).append(level)
        # within the claim's own rounding, not a relative tolerance on top of the change's: 3,400
        # after a cut of 15% was 4,000, and 3,910 (3,400 and 15% of it) is no rounding of that
        low, high = _base_bounds(claim, step_of(claim))
        changes = (*self.by_family.get("percent", ((), ()))[1], *self.by_family.get("ratio", ((), ()))[1])
        for change in changes:
            if change.direction is None:
                continue
            in_its_sentence = ends.get((change.path, change.sentence_start))
            end = _end_of(change, in_its_sentence) if in_its_sentence else _level_said_before(change, ends)
            if end is None:
                continue
            # "rose 6% to 41", "41, up 6%", "It handed out 5,460 parcels. Demand rose by 26%."
            ends_it = end.role is Role.TO or end.end <= change.start
            factors = _change_factors(change)
            if factors is None or (change.kind is ClaimKind.CHANGE and not ends_it):
                continue
            before = sorted(base_value(end) / factor for factor in factors)
            if a_level and before[0] <= high and low <= before[1]:
                yield f"'{end.text}' before the change of '{change.text}'", change
                continue
            # how far it moved: "rose 25% to $50" went up by $10, "tripled, reaching 27,000" by 18,000
            moved = sorted(abs(base_value(end) - start) for start in before)
            if claim.direction in (None, change.direction) and moved[0] <= high and low <= moved[1]:
                yield f"the move to '{end.text}' of '{change.text}'", change

    def _in_another_currency(
        self, claim: Claim, value: float, covering: frozenset[tuple[str, int]], tolerance: float, like_only: bool
    ) -> str | None:
        """ "£90m with add-ons" from "€80 million, with a further €10 million": the sum is there, in
        another currency. Which currency is right is currency-mismatch's question (as for a figure
        stated under another sign, see `writes`), not a figure no source gives."""
        name = family(claim)
        if name is None or not name.startswith("money:"):
            return None
        for pool in (f for f in self.by_family if f.startswith("money:") and f != name):
            figures = _closest_sentences_first(self.by_family[pool][1], covering)[:ARITHMETIC_LIMIT]
            # as written, within the claim's own rounding: small sums in two currencies meet by chance
            exact = max(step_of(claim), abs(value) * 1e-9)
            found = _arithmetic(name, (value - exact, value + exact), figures, exact, like_only)
            if found:
                return f"{found}, in another currency"
        return None


# How far a change said as a multiple and as a percentage may differ, as a share: a round figure's
# rounding would allow far more ("100%" is written to the hundred), but "halved" is no fall of 100%
_SAID_OTHERWISE = 0.02


def _bounds_the_rest(claim: Claim, least: float, most: float) -> bool:
    """Whether a bound holds of all of a rest and is a rounding of it, not a far one: "fewer than a
    tenth were empty" of the 8% that 92% filled leaves, but not "fewer than half"."""
    if _shape(claim) not in ("upper", "lower"):
        return False
    interval = _interval(claim)
    return interval.contains(least) and interval.contains(most) and _within_reach(claim, (least + most) / 2)


def _factor_of_change(change: Claim) -> float | None:
    """What a change multiplies by: "up 25%" 1.25, "fell 40%" 0.6, "tripled" 3, "halved" and "fell
    twofold" 0.5."""
    if change.direction is None or change.low != change.high:
        return None
    if change.kind is ClaimKind.CHANGE and change.unit == "percent":
        factor = 1 + (change.value if change.direction is Direction.UP else -change.value) / 100
        return factor if factor > 0 else None
    if change.kind is ClaimKind.RATIO and change.value > 0:
        kept = change.direction is Direction.UP or change.value < 1  # "halved" is ×0.5 already
        return change.value if kept else 1 / change.value
    return None


# The shortest span of years a year is worked out from (see `Sources.year_and_span`)
_SHORTEST_SPAN = 3

_EARLIER_OR_LATER = LazyPattern(r"\s+(?:earlier|later|sooner)\b", re.IGNORECASE)


def _level_said_before(change: Claim, levels: Mapping[tuple[str, int], Sequence[Claim]]) -> Claim | None:
    """The level a change that gives none in its own sentence is of: the first of the sentence right
    before it ("The food bank handed out 5,460 parcels, 1,890 of them to families. Demand rose by 26%
    on the year before.")."""
    head = change.evidence.head if change.evidence else None
    for (path, start), found in levels.items():
        sentence = found[0]
        if path == change.path and 0 <= change.sentence_start - start - len(sentence.sentence) <= 2:
            level = min(found, key=lambda level: level.start)
            # of that level, not of another thing ("... a £248,000 grant. The number of eels had fallen
            # by more than 90%" says nothing of £2.48m)
            said_of = level.evidence.head if level.evidence else None
            return level if head in (None, said_of, *_DEMAND) else None
    return None


# What a change may be said of in the sentence after its level, for the level's own noun
_DEMAND = ("demand",)


def _change_factors(change: Claim) -> list[float] | None:
    """The least and the most a change multiplies its start by: "up 10%" ×1.095 to ×1.105 (a rate
    is rounded to the whole per cent at most), "tripled" ×3, "halved" ×0.5 (a multiplier is exact)."""
    if change.direction is None:
        return None
    if change.kind is ClaimKind.CHANGE and change.unit == "percent":
        sign = 1 if change.direction is Direction.UP else -1
        step = min(max(step_of(change), 0.005), 0.5)
        factors = [1 + sign * (change.value + delta) / 100 for delta in (-step, step)]
    elif change.kind is ClaimKind.RATIO and change.value > 0:
        up = change.direction is Direction.UP or change.value < 1  # "halved" is ×0.5 already
        factors = [change.value if up else 1 / change.value] * 2
    else:
        return None
    return None if min(factors) <= 0 else factors


def _end_of(change: Claim, figures: Sequence[Claim]) -> Claim | None:
    """The figure of a change's sentence that it ends at: its "to" ("tripled to £300"), or, when it
    names none, the first figure after it ("halved in 2025, falling to 410"), or for a multiple the
    level it is set after."""
    if change.to_value is not None:
        return next((end for end in figures if end.value == change.to_value), None)
    after = min((end for end in figures if end.start > change.start), key=lambda end: end.start, default=None)
    if change.kind is ClaimKind.RATIO:
        # a multiple set after its level by a comma is of that level: "3.2 million units, more than
        # double last year's figure, and cut its range from 1,400 lines" (not the lines after it)
        return _level_before(change, figures) or after
    return after or _level_before(change, figures)


_DIGIT = LazyPattern(r"\d")
# ", up 4% on the previous quarter" after a level: the change says where that level came from
_APPOSED_CHANGE = LazyPattern(r",\s*(?:up|down)\s+(?:by\s+)?$", re.IGNORECASE)
_APPOSED_MULTIPLE = LazyPattern(r"^[^,;:]*,\s*$")
_WHEN_SAID = LazyPattern(
    rf"\b(?:\d{{1,2}}\s+(?:{'|'.join(MONTHS)})|(?:19|20)\d\d|\d{{1,2}}\s+(?:months|weeks|quarters))\b"
)


def _level_before(change: Claim, figures: Sequence[Claim]) -> Claim | None:
    """The level a change set after it by a comma ends at: "52,000 ounces of gold in the quarter,
    up 4% on the previous quarter"; the nearest figure before, with no other between."""
    before = max((end for end in figures if end.end <= change.start), key=lambda end: end.start, default=None)
    if before is None or before.role is Role.FROM:
        return None
    between = change.sentence[before.end - change.sentence_start : change.start - change.sentence_start]
    # a multiple says its direction itself: "3.2 million units, more than double last year's figure"
    apposed = _APPOSED_MULTIPLE if change.kind is ClaimKind.RATIO else _APPOSED_CHANGE
    # a date or a period between says when ("£84.2 million for the six months to 30 September 2026,
    # up 9%"); any other figure between may be the change's level
    return before if apposed.search(between) and not _DIGIT.search(_WHEN_SAID.sub("", between)) else None


def _written_change(claim: Claim) -> str | None:
    """A source's percentage change written with its endpoints states its own figure too: "revenue
    of €642 million, up 7% from €600 million" says 7%. (Not one worked out from them: "rose from 300
    to 1,200".)"""
    written = claim.kind is ClaimKind.CHANGE and claim.unit == "percent" and not claim.is_read_from_endpoints
    return "percent" if written else None


@lru_cache(maxsize=4096)
def _stems(words: frozenset[str] | tuple[str, ...]) -> frozenset[str]:
    """Content words as stems, so that a sentence about "completions" covers one that "completed"."""
    return frozenset(word_stem(word) for word in words)


def _stems_and_synonyms(words: frozenset[str] | tuple[str, ...]) -> frozenset[str]:
    """A source sentence's words as `_stems`, with the stems of each one's canonical words in the
    vocabulary besides: "staff" and "employees" cover "workforce", "housed" covers "took in"."""
    canonical = _canonical_words()
    return _stems(words) | frozenset(word_stem(each) for word in words for each in canonical.get(word, ()))


def _synonym_stems(words: frozenset[str] | tuple[str, ...]) -> dict[str, frozenset[str]]:
    """A draft sentence's words that the vocabulary gives canonical words for: stem -> their stems."""
    canonical = _canonical_words()
    return {word_stem(word): frozenset(map(word_stem, canonical[word])) for word in words if word in canonical}


def _names_one_thing(word: str | None, other: str) -> bool:
    """Two nouns for one thing: the same, or one of them the other's canonical word in the vocabulary
    ("outlet" and "shop")."""
    canonical = _canonical_words()
    return word is not None and bool({word, *canonical.get(word, ())} & {other, *canonical.get(other, ())})


@lru_cache(maxsize=1)
def _canonical_words() -> Mapping[str, tuple[str, ...]]:
    """A word's canonical words, from the built-in vocabulary's synonym and derivation tables. A
    word may have one in several tables: "house" is a home (a noun) and takes in (a verb)."""
    vocabulary = load_vocabulary()
    merged: dict[str, tuple[str, ...]] = {}
    for table in (vocabulary.derivations, vocabulary.subject_synonyms, vocabulary.head_synonyms,
                  vocabulary.verb_synonyms, vocabulary.related_words):  # fmt: skip
        for word, canonical in table.items():
            if " " not in word and canonical not in merged.get(word, ()):
                merged[word] = (*merged.get(word, ()), canonical)
    return merged


_LETTERS = LazyPattern(r"[A-Za-z]{3,}")


def _own_words(text: str) -> frozenset[str]:
    """The content words a figure's own text gives its sentence, as Evidence.words has them."""
    return frozenset(lemma(word).casefold() for word in _LETTERS.findall(text))


# A score or a tally as written: "beat Storm 58-51", "lifts them to 18-6", "voted 7-2"
_SCORE = LazyPattern(r"(\d{1,3})[-–](\d{1,3})")


def score_sides(claim: Claim) -> tuple[Claim, Claim] | None:
    """A score's two sides as counts of their own: its total ("18-6" is 24 games) and its margin
    ("58-51" is a win by seven) are then their sum and difference, and a side states a figure
    ("Duku's 41 of the Hawks' 58 goals")."""
    if claim.kind is not ClaimKind.OTHER:
        return None
    score = _SCORE.fullmatch(claim.text)
    if score is None:
        return None
    return tuple(  # type: ignore[return-value]
        dataclasses.replace(claim, kind=ClaimKind.COUNT, text=score.group(side), value=float(score.group(side)),
                            low=float(score.group(side)), high=float(score.group(side)), qualifier=None,
                            start=claim.start + score.start(side), end=claim.start + score.end(side))
        for side in (1, 2)
    )  # fmt: skip


def _values(claim: Claim) -> list[float]:
    """The values a source figure states: a range ("7-2", "10 to 12") states both its ends."""
    value = base_value(claim)
    if (
        claim.low is not None
        and claim.high is not None
        and claim.low != claim.high
        and claim.qualifier in WRITTEN_RANGES
    ):
        return [value, compared_point(claim, claim.low), compared_point(claim, claim.high)]
    return [value]


def _ends(claim: Claim) -> list[float]:
    """The values arithmetic starts from: a range's two ends, never its middle, which nobody wrote
    ("£17.00 to £18.50" is no £17.75 to subtract from)."""
    values = _values(claim)
    return values[1:] if len(values) == 3 else values


def _written(claim: Claim) -> list[float]:
    if (
        claim.low is not None
        and claim.high is not None
        and claim.low != claim.high
        and claim.qualifier in WRITTEN_RANGES
    ):
        return [claim.value, claim.low, claim.high]
    return [claim.value]


def value_gap(a: float, b: float) -> float:
    """How far apart two values are, as |log| of their ratio: 0 for the same value."""
    if a == b:
        return 0.0
    if a <= 0 or b <= 0:
        return math.inf
    return abs(math.log(a / b))


def _closest_sentences_first(claims: Sequence[Claim], covering: frozenset[tuple[str, int]]) -> list[Claim]:
    return sorted(claims, key=lambda c: (c.path, c.sentence_start) not in covering)


def _base_bounds(claim: Claim, tolerance: float) -> tuple[float, float]:
    """The claim's interval in the units `base_value` compares, widened by `tolerance`: a hedged
    figure ("nearly two-thirds", "about ¥33.9 billion") is implied by any value its words allow."""
    value = base_value(claim)
    # within a few percent of the figure only: "about" allows 10% either way, and among a paragraph's
    # sums and differences one of them falls that near by chance
    near = _magnitude(claim) * _HEDGED_ARITHMETIC
    low = value if claim.low is None else min(max(compared_point(claim, claim.low), value - near), value)
    high = value if claim.high is None else max(min(compared_point(claim, claim.high), value + near), value)
    # a share bounded in words is bounded at the simple fraction next to it: "more than a quarter"
    # or "just over a quarter" of £214 million is £58 million (27%). (Amounts keep their bound: among
    # a paragraph's sums and differences, one falls within a tenth of "no more than 2,400" by chance.)
    if claim.is_share_in_words and claim.low is not None and claim.low >= claim.value:
        high = max(high, value + abs(value) * _BOUNDED_ARITHMETIC)
    elif claim.is_share_in_words and claim.high is not None and claim.high <= claim.value:
        low = min(low, value - abs(value) * _BOUNDED_ARITHMETIC)
    # A percentage bounded on one side reaches as far as a writer rounds to it: "more than 15%" is
    # said of 15.7%, "more than a third" of 37%, "nearly a quarter" of 23% (see `_bound_reach`).
    if family(claim) == "percent" and not claim.is_share_in_words:
        if claim.low is not None and claim.low >= claim.value and claim.high is None:
            high = max(high, value + _bound_reach(claim, up=True))
        elif claim.high is not None and claim.high <= claim.value and (claim.low is None or claim.low < claim.value):
            low = min(low, value - _bound_reach(claim, up=False))
    elif (
        family(claim) == "ratio"
        and claim.direction is not None
        and claim.low is not None
        and claim.high is not None
        and claim.low != claim.high
    ):
        # a multiplier in words bounded on one side, likewise to the next common one: "more than
        # halved" of a fall to 43%, "almost tripled" of ×2.8
        if claim.high <= claim.value:
            below = [m for m in _COMMON_MULTIPLIERS if m < value - 1e-9]
            low = min(low, max(below, default=0.0))
        elif claim.low >= claim.value:
            above = [m for m in _COMMON_MULTIPLIERS if m > value + 1e-9]
            high = max(high, min(above, default=high))
    return low - tolerance, high + tolerance


# The multipliers news copy rounds a change to, in words
_COMMON_MULTIPLIERS = (0.1, 0.2, 0.25, 1 / 3, 0.4, 0.5, 2 / 3, 0.75, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 10.0)


# The fractions news copy rounds a percentage to, in percent
_COMMON_FRACTIONS = (10.0, 20.0, 25.0, 100 / 3, 40.0, 50.0, 60.0, 200 / 3, 75.0, 80.0, 90.0, 100.0)
# The farthest a percentage in digits bounded on one side reaches: its rounding step, at most this
_MOST_BOUND_REACH = 5.0


def _bound_reach(claim: Claim, *, up: bool) -> float:
    """How far past its figure a one-sided bound on a percentage reaches: a fraction in words to the
    next common fraction ("more than a third" short of 40%), digits by their rounding step ("more than
    15%" to 16%, "nearly 40%" from 30%), at most `_MOST_BOUND_REACH` points."""
    value = base_value(claim)
    if not any(character.isdigit() for character in claim.text):
        beyond = [f for f in _COMMON_FRACTIONS if (f > value + 1e-9 if up else f < value - 1e-9)]
        return abs((min(beyond) if up else max(beyond, default=0.0)) - value) if beyond or not up else 0.0
    return min(abs(claim.precision), _MOST_BOUND_REACH)


_HEDGED_ARITHMETIC = 0.03
_BOUNDED_ARITHMETIC = 0.10


# "£4.90 an hour more than counters", "3,000 fewer than Leeds": a figure that is a difference
_COMPARED_AFTER = LazyPattern(
    r"(?:\s+(?:an?|per|each)\s+[a-z]+)?(?:\s+[a-z-]+){0,2}?\s+(?:more|less|fewer|higher|lower|longer|shorter|cheaper|dearer)"
    r"\s+than\b",
    re.IGNORECASE,
)


# "£36 more a year", "£2 cheaper a month": a margin whose period closes its text (extraction/rates.py)
_MARGIN_WITH_ITS_PERIOD = LazyPattern(r"\s(?:more|less|extra|cheaper|dearer)\s+an?\s+[a-z]+$", re.IGNORECASE)


# "2,700 more children", "another 400,000 visitors", "£5 extra": a figure that is a margin over another
_MARGIN_AFTER = LazyPattern(r"\s+(?:more|fewer|extra|additional)\b", re.IGNORECASE)
_MARGIN_BEFORE = LazyPattern(r"\b(?:another|an\s+(?:extra|additional)|a\s+further|further)\s+$", re.IGNORECASE)


def is_margin(claim: Claim) -> bool:
    """Whether a figure is a margin over another, said so or compared ("£4 more than now")."""
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    return (
        compares(claim)
        or bool(_MARGIN_AFTER.match(claim.sentence, end))
        or bool(_MARGIN_BEFORE.search(claim.sentence[max(0, at - 20) : at]))
    )


def compares(claim: Claim) -> bool:
    return bool(
        _COMPARED_AFTER.match(claim.sentence, claim.end - claim.sentence_start)
        or off_a_mark(claim)
        or _MARGIN_WITH_ITS_PERIOD.search(claim.text)
    )


_MORE_OR_FEWER = LazyPattern(r"\b(?:more|higher|longer|(?P<fewer>less|fewer|lower|shorter))\s+than\b", re.IGNORECASE)


def _compared_in_one_sentence(first: Claim, second: Claim) -> str | None:
    """ "more" or "fewer" where one of two figures of one sentence is the other's margin over
    another time or thing ("47 members, five more than last year"); None otherwise."""
    if not _same_sentence(first, second):
        return None
    for claim in (first, second):
        if compares(claim):
            found = _MORE_OR_FEWER.search(claim.sentence, claim.end - claim.sentence_start)
            if found:
                return "fewer" if found.group("fewer") else "more"
    return None


def _direction_of_change(claim: Claim) -> Direction | None:
    return claim.direction if claim.kind is ClaimKind.CHANGE else None


def _arithmetic(
    name: str,
    bounds: tuple[float, float],
    figures: Sequence[Claim],
    negligible: float,
    like_only: bool,
    direction: Direction | None = None,
    *,
    level: bool = False,
    share: bool = False,
) -> str | None:
    """The first sum, difference, ratio or change of two `figures` within `bounds`, in words. A
    term within `negligible` (the tolerance the result is accepted within) changes nothing. A
    `level` (a change's start or end: "up from 150 MB") is no sum or difference of one change's two
    ends: 250 MB less 100 MB is how much it rose, not where it started."""
    low, high = bounds
    # an age is no amount: "aged 80 or over" and "17 patients died" give no share of one in three
    values = [(v, claim) for claim in figures if not (_age_band(claim) or _is_age(claim)) for v in _ends(claim)]
    for i, (a, first) in enumerate(values):
        for b, second in values[i + 1 :]:
            if second is first:
                continue  # a range's own ends and middle: "between £60m and £75m" implies no 25% rise
            if first.per != second.per and None not in (first.per, second.per):
                continue  # "six hours a day" and "four months a year" give no change of 33%
            if level and _same_sentence(first, second) and _a_change_s_ends(first, second):
                continue
            if like_only and _about_other_things(first, second):
                continue  # 1,250 people forced out and 900 firefighters add up to nothing
            if name not in ("percent", "ratio") and min(abs(a), abs(b)) <= negligible:
                continue  # "8 weeks" plus "30 minutes" is 8 weeks: a negligible term implies nothing
            # with like_only, a change is of one actor's figure: 11,198 Conservative votes to Labour's
            # 14,206 is no rise of 27%, whatever the Liberal Democrats' share was
            changes = not (like_only and _named_apart(first, second))
            compared = _compared_in_one_sentence(first, second)
            for result, words in _combinations(
                name, a, b, first, second, changes=changes, direction=direction, share=share
            ):
                if compared is not None and words.startswith("the sum" if compared == "more" else "the difference"):
                    continue  # "47 members, five more than last year" had 42, not 52, last year
                if low <= result <= high:
                    return words
    return None


# The most parts one sentence may list for the rest of a total to be worked out from them
_PARTS_LIMIT = 6


# Words that say a list of shares leaves a rest: "the rest had no view", "the remainder", "others"
_A_REST = LazyPattern(r"\b(?:the\s+rest|remainder|remaining|others?|balance)\b", re.IGNORECASE)


def _plain_shares_by_sentence(
    pool: Sequence[Claim], covering: frozenset[tuple[str, int]]
) -> dict[tuple[str, int], list[Claim]]:
    """The exact plain shares (no change, no hedge) of each covered sentence."""
    sentences: dict[tuple[str, int], list[Claim]] = {}
    for share in pool:
        plain = share.kind is ClaimKind.PERCENT and share.unit == "percent" and share.direction is None
        if plain and share.low == share.high and (share.path, share.sentence_start) in covering:
            sentences.setdefault((share.path, share.sentence_start), []).append(share)
    return sentences


# Words that say a share is of two or more parts taken together: "education and healthcare
# together made up 71%", "road collisions and falls between them"
_TOGETHER = LazyPattern(r"\b(?:together|combined|between\s+them|in\s+all|jointly|taken\s+as\s+one)\b", re.IGNORECASE)


def _sum_of_the_shares(
    claim: Claim, pool: Sequence[Claim], covering: frozenset[tuple[str, int]], low: float, high: float
) -> str | None:
    """Two shares one covered sentence lists, taken together where the claim's sentence says so:
    "collisions accounted for 31% of call-outs, and falls for a further 22%" gives "between them
    more than half". Not without the word: any two of a list's shares add up to something."""
    if not _TOGETHER.search(claim.sentence):
        return None
    for shares in _plain_shares_by_sentence(pool, covering).values():
        for first, second in itertools.combinations(shares, 2):
            if first.value + second.value <= 100 and low <= first.value + second.value <= high:
                return f"the sum of '{first.text}' and '{second.text}'"
    return None


def _rest_of_the_shares(
    pool: Sequence[Claim], covering: frozenset[tuple[str, int]], low: float, high: float
) -> str | None:
    """What the shares one covered sentence lists leave of the whole, where it says there is a rest:
    "41% in favour and 47% against; the rest had no view" leaves 12%. Plain shares only, as for one
    share's rest; not the 8.4% and 7.9% of two groups, which are parts of no one whole."""
    for shares in _plain_shares_by_sentence(pool, covering).values():
        if not _A_REST.search(shares[0].sentence):
            continue
        listed = sum(share.value for share in shares)
        if 2 <= len(shares) <= _PARTS_LIMIT and listed < 100 and low <= 100 - listed <= high:
            return "what " + " and ".join(f"'{share.text}'" for share in shares) + " leave of the whole"
    return None


def _remainder(value: float, figures: Sequence[Claim], tolerance: float, *, said: bool = False) -> str | None:
    """What is left of a total after the parts one sentence lists: "raised £1.86 million ...
    Donations made up £1.1 million and grants £540,000, with the rest coming from its shop" gives
    the shop's £220,000. With `said`, only a rest the source itself speaks of, in the sentence that
    gives the total and its parts: "a gap of £6.7 million, of which £2.9 million will come from
    savings and £1.5 million from reserves; the remainder from the tax rise" is one thing's three
    parts, so the £2.3 million is as much the gap's as the figures written."""
    for rest, total, parts in _remainders(figures):
        if said and not (_same_sentence(total, parts[0]) and _A_REST.search(total.sentence)):
            continue
        if abs(rest - value) <= tolerance:
            named = " and ".join(f"'{part.text}'" for part in parts)
            return f"what is left of '{total.text}' after {named}"
    return None


def _sum_of_a_list(
    claim: Claim, value: float, figures: Sequence[Claim], tolerance: float, like_only: bool
) -> str | None:
    """The total of every amount one sentence lists, three or more of them ("1,200 bikes in the
    first quarter, 1,800 in the second and 2,400 in the third" are 5,400); two are a sum
    `_arithmetic` finds. All of a sentence's amounts or none: a part of a list adds up by chance.
    With `like_only`, of one thing, the claim's."""
    for parts in _listed_amounts(figures).values():
        if not 3 <= len(parts) <= _PARTS_LIMIT:
            continue
        if like_only and any(_about_other_things(one, other) for one, other in itertools.pairwise([claim, *parts])):
            continue
        if abs(sum(base_value(part) for part in parts) - value) <= tolerance:
            named = ", ".join(f"'{part.text}'" for part in parts)
            return f"the sum of {named}"
    return None


def _listed_amounts(figures: Sequence[Claim]) -> dict[tuple[str, int], list[Claim]]:
    """The amounts (not rates) among `figures`, by the sentence they stand in."""
    sentences: dict[tuple[str, int], list[Claim]] = {}
    for claim in figures:
        if claim.per is None and not _is_rate(claim):
            sentences.setdefault((claim.path, claim.sentence_start), []).append(claim)
    return sentences


def _remainders(figures: Sequence[Claim]) -> Iterator[tuple[float, Claim, list[Claim]]]:
    """Each total with the parts one sentence lists and what they leave of it. Totals and parts are
    amounts, not rates; a sentence is one list of parts, so this costs the number of sentences
    times the number of figures."""
    sentences = _listed_amounts(figures)
    amounts = [claim for claim in figures if claim.per is None and not _is_rate(claim)]
    for listing in sentences.values():
        for total in amounts:
            # the total may open the list: "its £2.4 million budget: £1.1 million for housing, ..."
            parts = [part for part in listing if part is not total]
            if not 2 <= len(parts) <= _PARTS_LIMIT:
                continue
            listed = sum(base_value(part) for part in parts)
            if base_value(total) > listed:
                yield base_value(total) - listed, total, parts


def _remainder_as_share(bounds: tuple[float, float], pools: Sequence[Sequence[Claim]]) -> str | None:
    """The rest of a total after listed parts, as a share of it: "£1.1 million for housing,
    £800,000 for youth work and the rest for administration" of £2.4 million is about a fifth."""
    low, high = bounds
    for pool in pools:
        for rest, total, parts in _remainders(pool[:ARITHMETIC_LIMIT]):
            # only where the list says there is a rest: any three amounts of a sentence give a share
            if _A_REST.search(parts[0].sentence) and low <= rest / base_value(total) * 100 <= high:
                named = " and ".join(f"'{part.text}'" for part in parts)
                return f"what is left of '{total.text}' after {named}, as a share of it"
    return None


# Periods a rate may be restated in, in days: "£42 a month, or £504 a year"
_PERIOD_DAYS = {"hour": 1 / 24, "day": 1.0, **CALENDAR_PERIOD_DAYS}


def _whole_of_rate(claim: Claim) -> tuple[str, float] | None:
    """The family of the total a rate over time divides, and the seconds its base value is per:
    "6 images an hour" ("count", 3,600), "25 km a day" ("[length]", 1: its base is metres a second)."""
    name = family(claim)
    if name is None:
        return None
    if name.endswith(" / [time]"):
        return name.removesuffix(" / [time]"), 1.0
    whole, _, per = name.partition(" per ")
    if per in _PERIOD_DAYS:
        return whole, _PERIOD_DAYS[per] * SECONDS_A_DAY
    return None


# "every 20 minutes", "once every three days": the time between two of something
_EVERY_BEFORE = LazyPattern(r"\bevery\s+$", re.IGNORECASE)


def _how_often(claim: Claim, value: float, lengths: Sequence[Claim], tolerance: float) -> str | None:
    """A count per period from the time between two of them: "a ferry every 20 minutes" runs
    "three times an hour"."""
    if claim.kind is not ClaimKind.COUNT or claim.per not in _PERIOD_DAYS:
        return None
    for length in lengths:
        at = length.start - length.sentence_start
        if length.unit is None or not length.value or not _EVERY_BEFORE.search(length.sentence[max(0, at - 7) : at]):
            continue
        try:
            per_period = convert(1.0, claim.per, length.unit) / length.value
        except UnknownUnitError:
            continue
        if abs(per_period - value) <= max(tolerance, abs(value) * 0.02):
            return f"one every '{length.text}', per {claim.per}"
    return None


def _per_other_period(claim: Claim, value: float, figures: Sequence[Claim]) -> str | None:
    """A rate restated per another period: "£42 a month" gives "£504 a year" and "£9.66 a week".
    The restated figure may be off by 2% or by the source rate's own rounding, scaled; not by the
    rounding a round draft figure would allow ("£200 a year" is not "£15 a month")."""
    if claim.per not in _PERIOD_DAYS:
        return None
    for rate in figures:
        if rate.per in _PERIOD_DAYS and rate.per != claim.per:
            factor = _PERIOD_DAYS[claim.per] / _PERIOD_DAYS[rate.per]
            if abs(base_value(rate) * factor - value) <= max(abs(value) * 0.02, step_of(rate) * factor):
                return f"'{rate.text}' restated per {claim.per}"
            # the move between two rates of one sentence: "from £18 a month to £19.50" adds £18 a year,
            # and so does "£19.50 a month, up from £18" (a change's end is per the period of the other)
            for other in figures:
                of_the_period = other.per == rate.per or (other.per is None and other.role is not None)
                if of_the_period and other is not rate and _same_sentence(rate, other):
                    moved = abs(base_value(rate) - base_value(other)) * factor
                    if moved and abs(moved - value) <= abs(value) * 0.02:
                        return f"the difference between '{rate.text}' and '{other.text}' restated per {claim.per}"
    return None


def _against_a_restated_rate(claim: Claim, value: float, figures: Sequence[Claim]) -> str | None:
    """A saving or an extra worked out against a rate restated per the claim's period: "£24 a month"
    is £288 a year, so paying "£252" for a year saves "£36 a year"."""
    if claim.per not in _PERIOD_DAYS:
        return None
    for rate in figures:
        if rate.per not in _PERIOD_DAYS or rate.per == claim.per:
            continue
        factor = _PERIOD_DAYS[claim.per] / _PERIOD_DAYS[rate.per]
        restated = base_value(rate) * factor
        slack = max(abs(value) * 0.02, step_of(rate) * factor)
        for other in figures:
            if other is rate or other.per not in (None, claim.per) or other.low != other.high:
                continue
            if abs(abs(restated - base_value(other)) - value) <= slack:
                return f"the difference between '{rate.text}' restated per {claim.per} and '{other.text}'"
    return None


_ONE_YEAR = LazyPattern(r"^(?:(?:19|20)\d\d|(?:last|this|next) year)$")


def _of_one_year(claim: Claim) -> bool:
    """A figure given for one year ("4.6 million visitors in 2026", "last year")."""
    return claim.evidence is not None and any(_ONE_YEAR.match(time) for time in claim.evidence.times)


# How well, against the best, a source sentence must cover a percentage's sentence for its amounts
# to be worked into the percentage
_NEARLY_AS_WELL = 0.6


def _percent_operands(claim: Claim, figures: Sequence[Claim], covering: frozenset[tuple[str, int]]) -> list[Claim]:
    """The amounts a percentage may be worked out from: any two of a paragraph's amounts give some
    percentage by chance, so those of the sentences the claim is about, of the thing it counts, of
    what it names ("Flex 30 is going up by about 8%" from the Flex 30 plan's prices), and the wholes
    of those sentences' amounts ("about a quarter of the total" from "made up 1.2 million of the
    total" and the 4.6 million visitors)."""
    found = claim.evidence
    head = found.head if found else None
    names = set(found.names) if found else set()
    covered = [figure for figure in figures if (figure.path, figure.sentence_start) in covering]
    heads = {head, *(f.evidence.head for f in covered if f.evidence)} - {None}
    return [
        figure
        for figure in figures
        if (figure.path, figure.sentence_start) in covering
        or (figure.evidence is not None and (figure.evidence.head in heads or names & set(figure.evidence.names)))
    ]


def _share_of_any_whole(
    bounds: tuple[float, float], figures: Sequence[Claim], covering: frozenset[tuple[str, int]]
) -> str | None:
    """A share of one figure of its kind in another, one of them from the sentences the claim is
    about: "less than a quarter of the money has been recovered" from "£96,000 has been recovered"
    and the £412,000 stolen, said sentences apart. (Not any two: any two of a paragraph's amounts
    give some share by chance.)"""
    low, high = bounds
    for part in figures:
        if part.low != part.high or part.role is Role.FROM or _is_age(part):
            continue  # (an earlier level is no part of a later whole)
        for whole in figures:
            if whole is part or whole.low != whole.high or whole.role is Role.FROM or _is_age(whole):
                continue
            if (part.path, part.sentence_start) not in covering and (whole.path, whole.sentence_start) not in covering:
                continue
            if base_value(whole) > base_value(part) > 0 and low <= base_value(part) / base_value(whole) * 100 <= high:
                return f"'{part.text}' as a share of '{whole.text}'"
    return None


def _share_of_total(
    claim: Claim,
    shares: Sequence[Claim],
    totals: Sequence[Claim],
    tolerance: float,
    covering: frozenset[tuple[str, int]],
) -> str | None:
    """A share of a total, the share from the sentences the claim is about, or from the total's
    own sentence, or from one that names what the total counts ("the tank, which holds 45 million
    litres, is at 60% of capacity"), or one the claim's own sentence says ("the 4.5% offer would
    be worth about £1,400 a year"): the 64% of waste recycled is no share of the 23,700 who came.
    The rest of the total where the claim negates what the share counts ("900 did not" of "40% of
    the 1,500 did"); and the total a part is the share of ("48,000 kettles, one in eight of those
    it sold" were 384,000)."""
    value = base_value(claim)
    for share in shares:
        if share.direction is not None or share.kind is ClaimKind.CHANGE or share.role is not None:
            continue  # "up 6%" is a change, "up from 31%" its start: not a share of anything
        covered = (share.path, share.sentence_start) in covering or share.text in claim.sentence
        # the rest where the claim negates what the share counts; either, where the claim shares words
        # with what the share's sentence says of the rest ("71% of revenue and advertising the rest")
        # a price after a discount the share is of ("a 25% discount on every book": £24.99 less 25%)
        rests = (
            [True]
            if _the_other_state(claim, share)
            else [False, True]
            if _said_of_the_rest(claim, share) or (claim.kind is ClaimKind.MONEY and _a_discount(share))
            else [False]
        )
        for the_rest in rests:
            found = _part_of_total(claim, value, share, the_rest, totals, tolerance, covered)
            if found:
                return found
    return None


def _part_of_total(
    claim: Claim, value: float, share: Claim, the_rest: bool, totals: Sequence[Claim], tolerance: float, covered: bool
) -> str | None:
    """The share (or the rest of it) of one of `totals` that gives the claim's value (see `_share_of_total`)."""
    portion = 1 - base_value(share) / 100 if the_rest else base_value(share) / 100
    bounded = _shape(share) in ("upper", "lower") or _shape(claim) in ("upper", "lower")
    for total in totals:
        if not (covered or _same_sentence(share, total) or _names_the_head_of(share, total)):
            continue
        if bounded:
            # a bound of a share gives a bound: "more than 70% of the 600" is more than 420, which
            # "fewer than 400" is not, however near, and "about 430" is, within reach of it
            low, high = _share_bounds(share, the_rest, base_value(total))
            edge = low if math.isfinite(low) else high
            near = edge / _BOUND_REACH <= value <= edge * _BOUND_REACH
            if near and _overlaps(_base_bounds(claim, 0.0), (low, high)):
                return f"{'the rest of ' if the_rest else ''}'{share.text}' of '{total.text}'"
            continue
        if abs(portion * base_value(total) - value) <= tolerance:
            return f"{'the rest of ' if the_rest else ''}'{share.text}' of '{total.text}'"
        if _same_sentence(share, total) and portion > 0 and abs(base_value(total) / portion - value) <= tolerance:
            return f"the whole that '{total.text}' is '{share.text}' of"
    return None


def _share_bounds(share: Claim, the_rest: bool, total: float) -> tuple[float, float]:
    """The amounts a share of `total` may be, from the share's interval (or what it leaves)."""
    scale = base_value(share) / share.value / 100 if share.value else 0.0
    low = -math.inf if share.low is None else share.low * scale
    high = math.inf if share.high is None else share.high * scale
    if the_rest:
        low, high = 1 - high, 1 - low
    return low * total, high * total


def _overlaps(one: tuple[float, float], other: tuple[float, float]) -> bool:
    return one[0] < other[1] and other[0] < one[1]


def _a_change_s_ends(first: Claim, second: Claim) -> bool:
    """Two levels of one sentence, one of them a change's start or end: "250 MB, up from 100 MB".
    (With an amount of change, "fell by $120 million to $1.9 billion", the other end follows.)"""
    kinds = (first.kind, second.kind)
    return ClaimKind.CHANGE not in kinds and (first.role or second.role) is not None


def _same_sentence(first: Claim, second: Claim) -> bool:
    return first.path == second.path and first.sentence_start == second.sentence_start


def _names_the_head_of(share: Claim, total: Claim) -> bool:
    """Whether a share's sentence names what a total counts: "levels at the reservoir have fallen to
    41% of capacity" and "the reservoir holds 92 billion litres"; or the total's sentence names the
    share's whole: "18% of the intake" and "6,420 new undergraduates, its largest intake"."""
    if share.evidence is None or total.evidence is None:
        return False
    head, whole = total.evidence.head, share.evidence.head
    if (head is not None and head in share.evidence.words) or (whole is not None and whole in total.evidence.words):
        return True
    if whole in _WHOLES_OF and head in _WHOLES_OF[whole]:
        return True  # "22% of the population" of "52,300 people"
    return _leans_on(share, total) and (whole != "capacity" or bool(_HOLDS.search(total.sentence)))


# A word for the whole of what a count counts: "the population" is all the people counted
_WHOLES_OF = {"population": frozenset({"people", "resident", "inhabitant", "citizen", "person"})}


# What says a figure is what something holds, for "38% of capacity": "holds 4.2 billion litres when full"
_HOLDS = LazyPattern(r"\b(?:holds?|held|can\s+(?:take|hold|seat)|when\s+full|capacity|seats?)\b", re.IGNORECASE)
# A pronoun that goes on from the sentence before: "After a dry summer it was at 38% of capacity"
_PRONOUN = LazyPattern(r"\b(?:it|its|they|their)\b", re.IGNORECASE)


def _leans_on(share: Claim, total: Claim) -> bool:
    """Whether a share's sentence comes right after the total's and goes on from it with a pronoun
    before the share: "The reservoir holds 4.2 billion litres when full. After a dry summer it was at
    38% of capacity"."""
    follows = total.path == share.path and 0 <= share.sentence_start - (total.sentence_start + len(total.sentence)) <= 2
    before = share.sentence[: share.start - share.sentence_start]
    return follows and bool(_PRONOUN.search(before))


def _said_otherwise(claim: Claim, figures: Sequence[Claim]) -> Claim | None:
    """The source figure for the very thing a plain figure is about, the same noun narrowed the
    same way by the same verb, with nothing to tell them apart, if there is one: "a day ticket: €65"
    against "a day ticket €45" is that figure contradicted, however the weekend ticket's €110 less
    €45 comes to €65, and "320 primary places" is not stated by "320 secondary places" when the
    source gives "200 primary places"."""
    found = claim.evidence
    if found is None or not found.modifiers or found.head is None or not _plain_level(claim):
        return None
    counterparts = [
        other
        for other in figures
        if (said := other.evidence) is not None
        and said.head == found.head
        and set(said.modifiers) == set(found.modifiers)
    ]
    if len({other.value for other in counterparts}) != 1:
        # "7,000 day tickets" over "4,000 day tickets in July and 3,000 in August": a sum of parts
        return None
    for other in counterparts:
        said = other.evidence
        if (
            said is not None
            and (said.governor, said.restricted) == (found.governor, found.restricted)
            and other.per == claim.per
            and _plain_level(other)
            and not _partitive(claim)
            and not _partitive(other)
            and not _a_whole(other)
            and told_apart(claim, other) is None
        ):
            return other
    return None


# "40 litres a minute each", "an average of £12", "£3 per ticket"; not "per cent" or "per year"
_PER_ITEM = LazyPattern(
    r"\b(?:each|apiece|average|per\s+(?!(?:cent|year|annum|month|week|day|hour)\b)[a-z]+)\b", re.IGNORECASE
)


def _narrowed_otherwise(stated: Claim, claim: Claim) -> bool:
    """ "320 secondary places" for "320 primary places": the same noun narrowed another way."""
    one, other = stated.evidence, claim.evidence
    return bool(one and other and one.modifiers and set(one.modifiers) != set(other.modifiers))


# "36 of the 48 councillors", "Two of February's incidents": a part of what the noun counts
_PARTITIVE_AFTER = LazyPattern(r"\s+of\s+(?:the|its|their|his|her|our|these|those|[A-Z][\w'’]*['’]s?)\b")


def _partitive(claim: Claim) -> bool:
    return bool(_PARTITIVE_AFTER.match(claim.sentence, claim.end - claim.sentence_start))


# "60% of the 2,900 children were missed": the whole a part is taken from, not what the verb says
_WHOLE_BEFORE = LazyPattern(r"\bof\s+(?:the\s+|its\s+|their\s+)?\Z")


def _a_whole(claim: Claim) -> bool:
    at = claim.start - claim.sentence_start
    return bool(_WHOLE_BEFORE.search(claim.sentence[max(0, at - 12) : at]))


def _plain_level(claim: Claim) -> bool:
    """A figure stated as a level: no change, start or margin, and no share of each of several
    ("40 litres a minute each", "an average of £12")."""
    if claim.direction is not None or claim.role is not None or compares(claim):
        return False
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    return not _PER_ITEM.search(claim.sentence[max(0, at - 20) : end + 30])


def _apart_in(mine: Sequence[str], theirs: Sequence[str]) -> bool:
    return bool(mine) and bool(theirs) and not set(mine) & set(theirs)


def _about_other_things(first: Claim, second: Claim) -> bool:
    one = (first.evidence.head if first.evidence else None) or _partitive_head(first)
    other = (second.evidence.head if second.evidence else None) or _partitive_head(second)
    if one is None or other is None or one == other or frozenset((one, other)) in _ONE_COUNT:
        return False
    return not (_included_in(second, first) or _included_in(first, second))


# "9 of 11 members", "96 plots, of which 88": a part counts what its whole counts
_PART_OF_AFTER = LazyPattern(r"\s+(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+)?[\d,]+\s+(?P<noun>[a-z]+)")
_PART_OF_BEFORE = LazyPattern(r"(?P<noun>[a-z]+),?\s+(?:of\s+which|of\s+whom)\s+$")


def _partitive_head(claim: Claim) -> str | None:
    """What a part counts when its own words name nothing: its whole's noun."""
    at = claim.start - claim.sentence_start
    found = _PART_OF_AFTER.match(claim.sentence, at + len(claim.text)) or _PART_OF_BEFORE.search(
        claim.sentence, max(0, at - 40), at
    )
    return None if found is None else lemma(found.group("noun")).casefold()


def _of_the_claim_s_thing(claim: Claim, figures: Sequence[Claim]) -> list[Claim]:
    """The figures about what the claim is, and the parts said to be among them ("286 members,
    including 112 juniors" for "174 adult members")."""
    own = [figure for figure in figures if not _about_other_things(claim, figure)]
    if len(own) == len(figures):
        return own
    kept = {id(figure) for figure in own}
    return [figure for figure in figures if id(figure) in kept or any(_included_in(figure, whole) for whole in own)]


def _included_in(part: Claim, whole: Claim) -> bool:
    """Whether a figure is said to be among those of the figure before it: "286 members, including
    112 juniors", "1,400 staff, among them 300 nurses". The juniors are members, whatever the noun."""
    if not _same_sentence(part, whole) or whole.end > part.start:
        return False
    between = part.sentence[whole.end - whole.sentence_start : part.start - part.sentence_start]
    return _INCLUDING.fullmatch(between) is not None


# What sets a part after its whole: ", including", "(among them", ", of whom", with a hedge after it;
# a few words of the whole's own may come between ("61 over the season, including 17 juniors")
_INCLUDING = LazyPattern(
    r"(?:\s+[a-z]+){0,4}\s*[,(–—-]?\s*(?:including|among\s+(?:them|whom|which)|of\s+(?:whom|which))"
    r"(?:\s+(?:some|about|around|nearly|almost|roughly|more\s+than|over|under))?\s+",
    re.IGNORECASE,
)


# Heads that count one thing for arithmetic, though linking keeps them apart: the jobs a plant cuts
# come out of the people it employs ("cut 640 jobs at its plant, which employs 2,150 people" leaves
# 1,510), where "300 new jobs" is no restatement of "employs 2,150"
_ONE_COUNT = frozenset({frozenset({"job", "workforce"})})


# "£2.50 a trip", "£3 each", "Each of the schools gets £250,000": a rate the reading left without `per`
# "£12 a head", "£12 each", "nine screens each", "eight per ward"
_RATE_AFTER = LazyPattern(
    r"\s+(?:(?:a|an|each|apiece|per)\b|(?:[a-z-]+\s+){1,2}(?:for\s+)?(?:each|every|apiece|per)\b)", re.IGNORECASE
)
_RATE_BEFORE = LazyPattern(r"\b(?:each|every|per|averag(?:e|ed|es|ing))\b", re.IGNORECASE)  # "averaged £670"
# "a new blazer costs £38": the price of one
_PRICE_OF_ONE = LazyPattern(
    r"(?<![\w])(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){1,4}(?:costs?|sells\s+for|is\s+priced\s+at|retails\s+at)\s+$"
)


def _per_each_one(claim: Claim) -> str | None:
    """The family of the totals a count for each one of a thing is worked from ("16 pupils per
    teacher" from pupils and teachers), or None; a rate per unit of time is of its own family."""
    if claim.per is None or claim.kind is not ClaimKind.COUNT or is_known_unit(claim.per):
        return None
    return "count"


def _is_rate(claim: Claim) -> bool:
    if claim.per is not None:
        return True
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    if _RATE_AFTER.match(claim.sentence, end) or _RATE_BEFORE.search(claim.sentence[:at]):
        return True
    return claim.kind is ClaimKind.MONEY and bool(_PRICE_OF_ONE.search(claim.sentence, max(0, at - 50), at))


# "to be split equally between Mr Pickering and the landowner", "shared among the three
# founders": a sum divided in equal parts among the parties the words after it list
_SPLIT_AMONG = LazyPattern(
    r"\b(?:split|shared|divided)\s+(?:equally|evenly)\s+(?:between|among)\s+(?P<parties>[^.;:()]{1,80})",
    re.IGNORECASE,
)
# Words that count the parties themselves ("both", "all" and the vocabulary's number words)
_COUNTING_WORDS = frozenset({"both", "all"})
_PARTY_JOIN = LazyPattern(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_MOST_PARTIES = 6


def _counts_its_parties(listed: str) -> bool:
    words = set(re.findall(r"[a-z]+", listed.lower()))
    return bool(words & _COUNTING_WORDS or words & set(load_vocabulary().number_words))


def _split_equally(value: float, figures: Sequence[Claim], tolerance: float) -> str | None:
    """Each party's part of a sum its sentence says is split equally among parties it names:
    "£85,000, to be split equally between Mr Pickering and the landowner" gives "£42,500 each".
    The parties are counted from the list after "between" or "among" (a count there is the
    sentence's own figure, for `_per_count`)."""
    for total in figures:
        at = total.end - total.sentence_start
        split = _SPLIT_AMONG.search(total.sentence, at)
        listed = split.group("parties") if split else ""
        if split is None or any(c.isdigit() for c in listed) or _counts_its_parties(listed):
            continue  # "between her two nephews and a niece": four parties, three listed
        parties = len(_PARTY_JOIN.split(split.group("parties").strip()))
        if 2 <= parties <= _MOST_PARTIES and abs(base_value(total) / parties - value) <= tolerance:
            return f"'{total.text}' split equally {parties} ways"
    return None


def _per_count(
    claim: Claim, value: float, figures: Sequence[Claim], counts: Sequence[Claim], tolerance: float
) -> str | None:
    """A rate from a total and a count, or a total from a rate: one side is a rate ("£17.75 a day"),
    or the quotient is a coincidence ("within 4 minutes" is not "40 minutes" over "9 staff")."""
    for total in figures:
        for count in counts:
            if count is total:
                continue  # "a two-year deal" is not two years times two
            if _is_rate(claim) and count.value > 0 and abs(base_value(total) / count.value - value) <= tolerance:
                return f"'{total.text}' divided by '{count.text}'"
            if _is_rate(total) and abs(base_value(total) * count.value - value) <= tolerance:
                return f"'{total.text}' times '{count.text}'"
    return None


SECONDS_A_DAY = 86400.0
_SECONDS_A_YEAR = 365.25 * SECONDS_A_DAY  # as pint has a year
_MONTH_DAYS = {"january": 0, "february": 31, "march": 59, "april": 90, "may": 120, "june": 151, "july": 181,
               "august": 212, "september": 243, "october": 273, "november": 304, "december": 334}  # fmt: skip


# a length that goes round a shape: "fenced all round", "the perimeter", "a border of"
_ROUND = LazyPattern(
    r"\b(?:perimeter|circumference|fenc\w*|all\s+round|all\s+the\s+way\s+round|border|edging|skirting)\b", re.I
)
_COMMON_YEAR = 2001  # a year that is not a leap year, for a day of a month that gives none
# The share of a draft sentence's words a source sentence must share for its dates to name a weekday
_WEEKDAY_COVERAGE = 0.25

_WEEKDAY_INDEX = {name.lower(): index for index, name in enumerate(WEEKDAYS)}
_FOLLOWING = LazyPattern(r"\b(?:following|next)\s+\Z", re.IGNORECASE)  # "the following Monday"

# A sentence about when someone was born
_BORN = LazyPattern(r"\b(?:born|birth)\b", re.IGNORECASE)
# "aged 35", "age 70", "35-year-old", "35 years old": a count that is someone's age in years
_AGE_BEFORE = LazyPattern(r"\bag(?:ed|e)\s*$", re.IGNORECASE)
_AGE_AFTER = LazyPattern(r"^(?:-year-old|\s+years?\s+old)\b", re.IGNORECASE)
_OLD_AFTER = LazyPattern(r"^-?\s*old\b", re.IGNORECASE)  # after a length in years: "76-year-old", "35 years old"


def _year_of(claim: Claim) -> int | None:
    """A date that is a year ("2025", "in January 2027"), as a number; None for anything else."""
    key = date_key(claim) if claim.kind is ClaimKind.DATE else None
    return int(key) if key is not None and key.isdigit() and len(key) == 4 else None


def _is_age(claim: Claim) -> bool:
    """Whether a figure is someone's age in years: "aged 35", "age 70", "a 76-year-old" (read as
    a length, "76-year"), "35 years old"."""
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    before, after = claim.sentence[max(0, at - 8) : at], claim.sentence[end:]
    if not claim.value.is_integer():
        return False
    if claim.kind is ClaimKind.COUNT:
        return bool(_AGE_BEFORE.search(before) or _AGE_AFTER.match(after))
    return claim.unit == "year" and bool(_OLD_AFTER.match(after))


# "children under 10", "drivers over 70", "people aged 16 to 24": an age that narrows who is counted
_AGE_BAND_BEFORE = LazyPattern(
    r"\b(?:child|children|kids?|people|persons?|adults?|pupils?|students?|patients?|men|women|girls?|boys?|"
    r"drivers?|residents?|voters?|workers?|users?|those|anyone|everyone)\s+(?:aged\s+)?"
    r"(?:(?:under|over|below|above|older\s+than|younger\s+than)\s+)?$",
    re.IGNORECASE,
)


def _age_band(claim: Claim) -> bool:
    """Whether a bound or range is the age that bands a group of people ("children under 10"): no
    amount to add or subtract."""
    if claim.kind is not ClaimKind.COUNT or claim.low == claim.high:
        return False
    at = claim.start - claim.sentence_start
    return bool(_AGE_BAND_BEFORE.search(claim.sentence[max(0, at - 40) : at]))


# A sentence about when something began, whose year an anniversary counts from (an age counts from a
# birth only: "turns 40" is no anniversary of the bakery its owner opened)
_FOUNDING = LazyPattern(r"\b(?:founded|established|formed|set\s+up|opened|built|launched)\b", re.IGNORECASE)
_TURNS_BEFORE = LazyPattern(r"\bturn(?:s|ed|ing)?\s+$", re.IGNORECASE)  # "turns 70", "turned 18"
_BIRTHDAY_AFTER = LazyPattern(r"^\s+birthday\b", re.IGNORECASE)  # "her 70th birthday"
_ANNIVERSARY_AFTER = LazyPattern(r"^\s+anniversary\b", re.IGNORECASE)  # "its 90th anniversary"


def _a_year_an_age_gives(claim: Claim, beside: Sequence[Claim], index: Sources) -> str | None:
    """A year that an age or an anniversary of the claim's own sentence gives from a source's year
    of birth or founding: "turns 70 in 2028" from "born in 1958", "its 50th anniversary in 2031"
    from "founded in 1981"; "aged 35 in 2025" from a birth in 1989 or 1990 (before or after the
    birthday)."""
    year = _year_of(claim)
    if year is None:
        return None
    for age in beside:
        if age is claim or not _same_sentence(age, claim) or not age.value.is_integer():
            continue
        at, end = age.start - age.sentence_start, age.end - age.sentence_start
        ordinal = age.kind is ClaimKind.ORDINAL
        anniversary = ordinal and bool(_ANNIVERSARY_AFTER.match(age.sentence[end:]))
        turns = anniversary or (ordinal and bool(_BIRTHDAY_AFTER.match(age.sentence[end:])))
        turns = turns or (age.kind is ClaimKind.COUNT and bool(_TURNS_BEFORE.search(age.sentence[:at])))
        aged = age.kind is ClaimKind.COUNT and _is_age(age)
        if not (turns or aged):
            continue
        began = {int(year - age.value)} if turns else {int(year - age.value), int(year - age.value) - 1}
        start = _FOUNDING if anniversary else _BORN
        for source in index.by_family.get("date", ((), ()))[1]:
            if _year_of(source) in began and start.search(source.sentence):
                return f"'{source.text}' and this sentence's '{age.text}'"
    return None


# Words that run a length of time up to the present: "open for 30 years", "has run for a decade",
# "in business for", "in service for", "had been trading for" (in reported speech)
_UP_TO_NOW = LazyPattern(
    r"\b(?:open|opened|running|operating|trading|since|in\s+(?:business|service|use)|ha(?:s|ve|d)\s+(?:been|run|stood)|"
    r"now|anniversary)\b",
    re.IGNORECASE,
)


# "the first rise in", "its lowest level in", "the wettest May in": a length back to the last such
# event, and the year a source gives it ("the first since 2022", "the lowest since 2014")
_FIRST_IN = LazyPattern(
    r"\b(?:first|highest|lowest|biggest|largest|smallest|worst|best|warmest|coldest|wettest|driest)"
    r"\s+(?:[a-z-]+\s+){0,2}in\s+(?:(?:about|almost|nearly|some|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
_SINCE_BEFORE = LazyPattern(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?$", re.IGNORECASE)


# How many years old a source may be: the present it was written in is no earlier than this
_SOURCE_AGE = 5


def _since_a_founding(claim: Claim, index: Sources, covering: frozenset[tuple[str, int]] = frozenset()) -> str | None:
    """A length of years from a source's year of founding to the present: "the tunnel, open for
    more than 30 years" from "opened in 1994". The present is no earlier than the latest year the
    sources name or five years ago, and no later than next year: the one place numcheck asks the
    clock, as a reader of "open for 50 years" does. A length back from now ("165 years old") may
    also count from a year of the `covering` sentences, those the claim's sentence is about."""
    if claim.unit not in ("year", "decade") or claim.per is not None:
        return None
    end = claim.end - claim.sentence_start
    # "165 years old", "buried 1,750 years ago", "in 135 years of records": back from now to a year of
    # a source sentence the claim's is about ("built in 1861", "records began in 1891")
    back_to_now = bool(_BACK_FROM_NOW_AFTER.match(claim.sentence[end:]))
    # "the first fare rise in five years" runs back to the last one, which a source dates "since 2022"
    since_the_last = bool(_FIRST_IN.search(claim.sentence[: claim.start - claim.sentence_start]))
    if not (back_to_now or since_the_last or _UP_TO_NOW.search(_clause_around(claim))):
        return None
    to_years = 10.0 if claim.unit == "decade" else 1.0
    low = (claim.low if claim.low is not None else 0.0) * to_years
    high = (claim.high if claim.high is not None else math.inf) * to_years
    if claim.low == claim.high:
        low, high = low - 0.5 * to_years, high + 0.5 * to_years  # "30 years" may be 29 and a half
    present = _present(index)
    if present is None:
        return None
    earliest_present, latest_present = present
    for founding in index.by_family.get("date", ((), ()))[1]:
        year = _year_of(founding)
        about = back_to_now and (founding.path, founding.sentence_start) in covering
        at = founding.start - founding.sentence_start
        last = since_the_last and _SINCE_BEFORE.search(founding.sentence[max(0, at - 12) : at]) is not None
        if year is None or not (last or _FOUNDING.search(founding.sentence) or about):
            continue
        if year + low <= latest_present and year + high >= earliest_present:
            return f"the years since '{founding.text}'"
    return None


# "48 years earlier", "31 years later", "ten years on"; "after 31 years", "for the first time in 20 years"
_EVENTS_APART_AFTER = LazyPattern(r"(?:\s+|-)(?:earlier|later|after(?:wards)?|before|previously|on)\b", re.IGNORECASE)
_EVENTS_APART_BEFORE = LazyPattern(
    r"\b(?:after|(?:first|last)\s+time\s+in)\s+(?:(?:about|almost|nearly|some|more\s+than)\s+)?$", re.IGNORECASE
)


def _between_events(claim: Claim) -> bool:
    """Whether a length is said as the time between two events ("48 years earlier", "after 31 years")."""
    start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    return bool(_EVENTS_APART_AFTER.match(claim.sentence[end:]) or _EVENTS_APART_BEFORE.search(claim.sentence[:start]))


_BACK_FROM_NOW_AFTER = LazyPattern(r"(?:\s+|-)(?:old|ago|of\s+records?)\b", re.IGNORECASE)


def _present(index: Sources) -> tuple[int, int] | None:
    """The years "now" may be for the sources, earliest and latest: no earlier than the latest year
    they name or five years ago, and no later than next year (None when they name no year)."""
    years = [year for year in map(_year_of, index.by_family.get("date", ((), ()))[1]) if year is not None]
    if not years:
        return None
    this_year = datetime.date.today().year
    return max(max(years), this_year - _SOURCE_AGE), this_year + 1


# A year something began in, as a summary words it: "in business since about 1990", "founded in 1990"
_BEGAN_IN = LazyPattern(
    r"\b(?:since|founded|established|formed|set\s+up|opened|started|began|dat(?:es|ing)\s+(?:back\s+)?(?:from|to))"
    r"\s+(?:(?:about|around|roughly|circa|c\.|in|the\s+(?:start|end)\s+of)\s+)*$",
    re.IGNORECASE,
)


_FOR_BEFORE = LazyPattern(r"\bfor\s+(?:(?:about|around|roughly|nearly|almost|over|more\s+than|some)\s+)*$", re.I)


def _a_start_a_length_gives(claim: Claim, index: Sources) -> str | None:
    """The year something began that a source's length of years up to now gives: "in business since
    about 1990" from "has been trading for 37 years" in 2027. Only a year the claim's words say
    something began in, and a length the source's words run up to the present (see `_UP_TO_NOW`)."""
    year = _year_of(claim)
    at = claim.start - claim.sentence_start
    if year is None or "[time]" not in index.by_family or not _BEGAN_IN.search(claim.sentence[max(0, at - 60) : at]):
        return None
    present = _present(index)
    if present is None:
        return None
    low = claim.low if claim.low is not None and claim.low != claim.value else year
    high = claim.high if claim.high is not None and claim.high != claim.value else year
    for length in index.by_family["[time]"][1]:
        if length.unit != "year" or length.per is not None or _is_age(length) or length.low is None:
            continue
        at = length.start - length.sentence_start
        up_to_now = _UP_TO_NOW.search(_clause_around(length))
        if not (_FOR_BEFORE.search(length.sentence[max(0, at - 40) : at]) and up_to_now):
            continue  # "trading for 37 years"; not "the driest spring in 60 years", a window, not an age
        longest = length.high if length.high is not None else math.inf
        # "trading for 37 years" in 2027 began in 1989 or 1990 (before or after that day of the year);
        # "now" may be any year of `present`
        if present[0] - longest - 1 <= high and low <= present[1] - length.low:
            return f"the years of '{length.text}' counted back from now"
    return None


def _the_year_before_a_change(claim: Claim, beside: Sequence[Claim], index: Sources) -> str | None:
    """The year before the one a source's yearly change is said of, for the level before that change
    its own sentence gives: "Dunmere had 820 thefts in 2024" from "thefts halved in 2025, falling
    to 410". Only the year before, and only beside that level."""
    year = _year_of(claim)
    if year is None:
        return None
    for level in beside:
        if level is claim or not _same_sentence(level, claim) or family(level) in (None, *_WHEN):
            continue
        for said, change in index.before_changes(level):
            if not said.endswith(f"before the change of '{change.text}'"):
                continue  # (how far it moved is no level of the year before)
            for date in index.by_family.get("date", ((), ()))[1]:
                if _same_sentence(date, change) and _year_of(date) == year + 1:
                    return f"the year before '{date.text}', of {said}"
    return None


def _sentences_with_two_days(
    by_family: Mapping[str, tuple[tuple[float, ...], tuple[Claim, ...]]],
) -> frozenset[tuple[str, int]]:
    """The sentences that name two days, or two months, or more (`Sources.two_days`)."""
    days = collections.Counter(
        (date.path, date.sentence_start, stretch.first == stretch.last)
        for date in by_family.get("date", ((), ()))[1]
        if (stretch := _day_or_month(date)) is not None
    )
    return frozenset((path, start) for (path, start, _), count in days.items() if count > 1)


def _sentences_with_two_amounts(
    by_family: Mapping[str, tuple[tuple[float, ...], tuple[Claim, ...]]],
) -> frozenset[tuple[str, int]]:
    """The sentences that give two amounts of one family (`Sources.two_amounts`)."""
    amounts = collections.Counter(
        (name, claim.path, claim.sentence_start)
        for name, (_, claims) in by_family.items()
        if name not in ("percent", "ratio", ORDINAL, *_WHEN)
        for claim in dict.fromkeys(claims)  # (a range stands once for each of its ends)
    )
    return frozenset((path, start) for (_, path, start), count in amounts.items() if count > 1)


def _day_or_month(date: Claim) -> Stretch | None:
    """The one day or the one month a date names ("8 November 2027", "March", "September 2027"), or
    None; not the month of a year that a day before it names ("15 January 2026": that day's year)."""
    stretch = stretch_of(date)
    if stretch is None or (stretch.first != stretch.last and stretch.first.month != stretch.last.month):
        return None
    at = date.start - date.sentence_start
    if stretch.first != stretch.last and _DAY_AND_MONTH_BEFORE.search(date.sentence[max(0, at - 24) : at]):
        return None
    return stretch


_DAY_AND_MONTH_BEFORE = LazyPattern(r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?,?\s*$")


def _given_by_its_own_days(claim: Claim, beside: Sequence[Claim], index: Sources, tolerance: Tolerance) -> str | None:
    """A length in days that two days of its own sentence give, each stated by a source: "a four-day
    window, from 29 September to 2 October" (counting both days, or one)."""
    length = days_of(claim, within=True)
    if length is None:
        return None
    days = [(stretch, date) for date in beside
            if (stretch := _day_or_month(date)) is not None and stretch.first == stretch.last]  # fmt: skip
    if len(days) != 2 or not all(next(stating_figures(date, index, tolerance), None) for _, date in days):
        return None
    (one, first), (other, second) = days
    year = one.first.year if one.dated else other.first.year if other.dated else _A_LEAP_YEAR
    start, end = _in_year(one, year).first, _in_year(other, year).first
    if end < start and not (one.dated and other.dated):
        end = _in_year(other, year + 1).first  # "from 1 November to 31 March": the March after
    apart = (end - start).days
    # months are of uneven length: "five months, from 1 November to 31 March" is 150 days
    slack = _MONTH_SLACK if (claim.unit or "").removesuffix("s") == "month" else 0.0
    if length[0] - slack <= apart + 1 and length[1] + slack >= apart:
        return f"the days from '{first.text}' to '{second.text}' its own sentence gives"
    return None


_A_LEAP_YEAR = 2028  # two days of no year may straddle the end of February
_MONTH_SLACK = 3.0  # days either way a length in whole months may stand for


def _in_year(stretch: Stretch, year: int) -> Stretch:
    """A day or a month in another year (29 February in a common year is 1 March)."""
    if stretch.first == stretch.last:
        try:
            day = stretch.first.replace(year=year)
        except ValueError:
            day = datetime.date(year, 3, 1)
        return Stretch(day, day, stretch.dated)
    last = calendar.monthrange(year, stretch.first.month)[1]
    return Stretch(datetime.date(year, stretch.first.month, 1), datetime.date(year, stretch.first.month, last), True)


# how far a length in months may fall short of the months between two named months
_HALF_MONTH = 15
# a length this long may run from a month to a day: a month's width is then a small share of it
_LONG_SPAN_DAYS = 180


# A day named by its place beside another, in words: "the day after", "a week later", "the eve of"
_DAYS_APART = (
    (LazyPattern(r"\bthe\s+(?:day|morning|evening)\s+after\b|\bthe\s+(?:next|following)\s+day\b", re.I), 1),
    (LazyPattern(r"\ba\s+day\s+later\b", re.I), 1),
    (LazyPattern(r"\bthe\s+day\s+before\b|\bthe\s+(?:previous|preceding)\s+day\b|\bthe\s+eve\s+of\b", re.I), -1),
    (LazyPattern(r"\ba\s+day\s+earlier\b", re.I), -1),
    (LazyPattern(r"\b(?:a|one)\s+week\s+(?:later|after)\b", re.I), 7),
    (LazyPattern(r"\b(?:a|one)\s+week\s+(?:earlier|before)\b", re.I), -7),
    (LazyPattern(r"\ba\s+fortnight\s+(?:later|after)\b", re.I), 14),
    (LazyPattern(r"\ba\s+fortnight\s+(?:earlier|before)\b", re.I), -14),
)


def _a_day_beside(claim: Claim, covering: frozenset[tuple[str, int]], index: Sources) -> str | None:
    """A day that its own sentence places beside a source day of the sentences it is about: "on
    12 June, the day after it closes" of "closes on Friday 11 June"; "a week later" of a start."""
    day = _day_of_year(claim)
    if day is None or "date" not in index.by_family:
        return None
    offsets = [offset for pattern, offset in _DAYS_APART if pattern.search(claim.sentence)]
    if not offsets:
        return None
    for source in index.by_family["date"][1]:
        other = _day_of_year(source)
        if other is not None and (source.path, source.sentence_start) in covering:
            for offset in offsets:
                if (day - other - offset) % 365 == 0 or (other - day - offset) % 365 == 0:
                    apart = f"{abs(offset)} day{'s' if abs(offset) > 1 else ''}"
                    return f"'{source.text}', {apart} apart, as the sentence says"
    return None


# Where a day stands to the boundary it marks, by the words before it, as the first day past the
# boundary less that day: "until 31 August", "by 10 April" are its last day within (1); "before 11
# April", "from 1 September", "starting 15 March" its first day past (0); "after 10 April" the day
# before that (1).
_LAST_DAY_WITHIN = LazyPattern(
    r"\b(?:until|till|up\s+to|to|through|by|no\s+later\s+than|on\s+or\s+before|ends?\s+on|ending\s+on)\s+"
    r"(?:[A-Z][a-z]+\s+)?$"
)
_FIRST_DAY_PAST = LazyPattern(
    r"\b(?:before|ahead\s+of|prior\s+to)\s+(?:[A-Z][a-z]+\s+)?$"
    r"|\b(?:from|starting|start(?:s|ing)?|begin(?:s|ning)?|beginning|opens|opening|effective|takes\s+effect)\b"
    r"[^;]{0,30}$",
    re.IGNORECASE,
)
_DAY_BEFORE_THE_FIRST = LazyPattern(r"\bafter\s+(?:[A-Z][a-z]+\s+)?$", re.IGNORECASE)


def _boundary_side(claim: Claim) -> int | None:
    """How many days before the first day past its boundary a day stands (see `_LAST_DAY_WITHIN`),
    or None for a day that marks no boundary."""
    at = claim.start - claim.sentence_start
    before = claim.sentence[max(0, at - 40) : at]
    if _LAST_DAY_WITHIN.search(before[-30:]) or _DAY_BEFORE_THE_FIRST.search(before[-30:]):
        return 1
    return 0 if _FIRST_DAY_PAST.search(before) else None


def _one_boundary(claim: Claim, covering: frozenset[tuple[str, int]], index: Sources) -> str | None:
    """A day a day apart from a source day that marks the same boundary, said from its other side:
    "start paying £5.99 on 1 September" of "you keep the old price until 31 August", "renew by 10
    April" of "if you renew before 11 April"."""
    day, side = _day_of_year(claim), _boundary_side(claim)
    if day is None or side is None or "date" not in index.by_family:
        return None
    for source in index.by_family["date"][1]:
        other = _day_of_year(source)
        if other is None or (source.path, source.sentence_start) not in covering or abs(day - other) % 365 != 1:
            continue
        other_side = _boundary_side(source)
        if other_side is not None and (day + side - other - other_side) % 365 == 0:
            return f"'{source.text}', the same boundary said from its other side"
    return None


def _day_of_year(claim: Claim) -> int | None:
    """ "14 March" as a day of a year that is not a leap year; None for anything else."""
    key = date_key(claim)
    if key is None or " " not in key:
        return None
    day, month = key.split(" ", 1)
    return _MONTH_DAYS[month] + int(day) if month in _MONTH_DAYS and day.isdigit() else None


# The lengths of time a span of the clock may be given in, in minutes: "18 hours a day" is the
# opening hours' span, however many days
_MINUTES_IN = {"hour": 60, "minute": 1, "hour / day": 60, "minute / day": 1, "hour / week": 60, "minute / week": 1}


def _days_counted(rates: Sequence[Claim], per: str | None) -> dict[tuple[str, int], list[Claim]] | None:
    """For a length of time per week, the counts of days a week each source sentence gives
    ("three days a week"); None for a length per day or a plain one, which a clock span gives alone."""
    if per in (None, "day"):
        return None
    counted: dict[tuple[str, int], list[Claim]] = {}
    for rate in rates:
        if rate.unit == f"day / {per}":
            counted.setdefault((rate.path, rate.sentence_start), []).append(rate)
    return counted


_POINTS = "[percentage_point]"
# "the other 56%", "the remaining 39%", "leaving 39%": a share said to be the rest of a whole
_REST_BEFORE = LazyPattern(
    r"\b(?:the\s+other|the\s+remaining|the\s+rest|leaving|leaves|left)\s+(?:just\s+|only\s+)?$", re.IGNORECASE
)


# Words that turn a share into the rest of its whole: "57% came through without bleaching" is what
# "43% bleached" leaves; "products other than chips made up 42%"; "60% were missed" against "40% reached"
_NEGATING = LazyPattern(
    r"\b(?:not|no|never|without|free\s+of|other\s+than|except|excluding|apart\s+from|non-|outside|elsewhere|"
    r"(?:miss|fail|escap|avoid|spar|refus|declin)(?:e|es|ed|ing|s)?)\b",
    re.IGNORECASE,
)


# Words that say a count is what is left after a cut: "would be left with 14", "leaving 14",
# "14 would remain", "the remaining 14", "still has 14"
_LEFT_WITH = LazyPattern(r"\b(?:left|leave|leaving|leaves|remain|remains|remaining|still)\b", re.IGNORECASE)


_CLAUSE_END = LazyPattern(r";|\bbut\b")
# The words after a figure that may name the whole it is what is left of: "£350 in the rope fund"
_WORDS_AFTER = LazyPattern(r"[A-Za-z][a-z]+")
_NAMING_WORDS = 5


def _negated(claim: Claim) -> bool:
    """Whether the clause around a figure negates what it counts (see _NEGATING): an odd count of
    negating words within a few words either side, not past a semicolon or a "but"."""
    return len(_NEGATING.findall(_clause_around(claim))) % 2 == 1


def _clause_around(claim: Claim) -> str:
    """The words a few either side of a figure, not past a semicolon or a "but"."""
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    before = _CLAUSE_END.split(claim.sentence[max(0, at - 60) : at])[-1]
    after = _CLAUSE_END.split(claim.sentence[end : end + 90])[0]
    return before + " " + after


def _the_other_state(claim: Claim, share: Claim) -> bool:
    """Whether a claim counts what a share does not: one of the two negates it ("900 did not"
    against "40% did"), or they name the two states of one thing ("were empty" against "were
    filled", "failed" against "passed")."""
    if _negated(claim) != _negated(share):
        return True
    mine_side, their_side = _threshold_side(claim), _threshold_side(share)
    if mine_side and their_side and mine_side[1] == their_side[1] and mine_side[0] != their_side[0]:
        return True  # "waited longer than four hours" against "seen within four hours"
    mine, theirs = _states(claim), _states(share)
    return (
        bool(mine and theirs)
        and not (mine & theirs)
        and any({one, other} <= mine | theirs for one, other in _OPPOSITE_STATES)
    )


# The two sides of one threshold: "seen within four hours" and "waited longer than four hours" ("18
# or over", whose side follows its figure, is not read)
_BELOW_THRESHOLD = LazyPattern(
    r"\b(?:within|under|less\s+than|fewer\s+than|below|inside)\s+(?P<mark>\w[\w.,]*\s+[a-z]+)", re.IGNORECASE
)
_ABOVE_THRESHOLD = LazyPattern(
    r"\b(?:longer\s+than|more\s+than|over|above|beyond|exceeding|outside)\s+(?P<mark>\w[\w.,]*\s+[a-z]+)",
    re.IGNORECASE,
)


def _threshold_side(claim: Claim) -> tuple[bool, str] | None:
    """Which side of a threshold the clause around a figure puts what it counts, and the threshold:
    (False, "four hour") for "seen within four hours", (True, "four hour") for "longer than four
    hours"; None when it names none, or both."""
    clause = _clause_around(claim)
    below, above = _BELOW_THRESHOLD.search(clause), _ABOVE_THRESHOLD.search(clause)
    if (below is None) == (above is None):
        return None
    found = above or below
    assert found is not None
    return above is not None, found.group("mark").lower().removesuffix("s")


# Two states every member of a whole is in one of: a share of one leaves the rest to the other
_OPPOSITE_STATES = (("pass", "fail"), ("win", "lose"), ("fill", "empty"), ("occupied", "vacant"), ("occupied", "empty"),
                    ("present", "absent"), ("open", "closed"), ("alive", "dead"))  # fmt: skip
_STATE_WORDS = {
    "passed": "pass", "pass": "pass", "passing": "pass", "failed": "fail", "fail": "fail", "failing": "fail",
    "won": "win", "win": "win", "winning": "win", "lost": "lose", "lose": "lose", "losing": "lose",
    "filled": "fill", "full": "fill", "empty": "empty", "unfilled": "empty", "occupied": "occupied",
    "vacant": "vacant", "present": "present", "absent": "absent", "open": "open", "closed": "closed",
    "alive": "alive", "dead": "dead", "died": "dead",
}  # fmt: skip
_STATE_WORD = LazyPattern(r"\b(?:" + "|".join(sorted(_STATE_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def states_named(claim: Claim) -> frozenset[str]:
    """The states of one thing ("passed", "failed"; "filled", "empty") the clause around a figure names."""
    return _states(claim)


def states_in(text: str) -> frozenset[str]:
    """The states of one thing a stretch of text names: "failing" names "fail"."""
    return frozenset(_STATE_WORDS[word.lower()] for word in _STATE_WORD.findall(text))


def clause_around(claim: Claim) -> str:
    """The words a few either side of a figure, not past a semicolon or a "but"."""
    return _clause_around(claim)


def opposite_states(one: frozenset[str], other: frozenset[str]) -> bool:
    """Two single states that every member of a whole is in one of: "pass" and "fail"."""
    return len(one) == 1 and len(other) == 1 and any({a, b} == one | other for a, b in _OPPOSITE_STATES)


def _states(claim: Claim) -> frozenset[str]:
    """The states the clause around a figure names."""
    return frozenset(_STATE_WORDS[word.lower()] for word in _STATE_WORD.findall(_clause_around(claim)))


def _the_rest(claim: Claim) -> bool:
    at = claim.start - claim.sentence_start
    return bool(_REST_BEFORE.search(claim.sentence, max(0, at - 30), at))


# "87p in every pound went on its work; the rest went on fundraising": what a share's sentence says
# of the rest of its whole, or whom it names as the rest ("71% of revenue and advertising the rest",
# "with NHS work accounting for the rest", "while lettings made up the remainder")
_REST_CLAUSE = LazyPattern(
    r"(?:\b(?:and|with|while|whereas)\s+(?P<named>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}?)\s+"
    r"(?:(?:account(?:ing|ed|s)?\s+for|mak(?:ing|es)\s+up|made\s+up|tak(?:ing|es)|took|provid(?:ing|es|ed)|"
    r"supplying|supplied)\s+)?)?\bthe\s+(?:rest|remainder|balance)\b"
    r"(?P<said>[^.;:]{0,80})",
    re.IGNORECASE,
)


# "a 25% discount", "20% off", "a saving of 15%", "30% cheaper": a share taken off a price
_DISCOUNT_AFTER = LazyPattern(r"\s*(?:discount|off|reduction|saving|cheaper|less)\b", re.IGNORECASE)
_DISCOUNT_BEFORE = LazyPattern(r"\b(?:discount|reduction|saving)\s+of\s+(?:up\s+to\s+)?$", re.IGNORECASE)


def _a_discount(share: Claim) -> bool:
    """Whether a percentage is taken off a price: "a 25% discount", "20% off", "a saving of 15%"."""
    at, end = share.start - share.sentence_start, share.end - share.sentence_start
    return bool(
        _DISCOUNT_AFTER.match(share.sentence, end) or _DISCOUNT_BEFORE.search(share.sentence, max(0, at - 30), at)
    )


def _said_of_the_rest(claim: Claim, share: Claim) -> bool:
    """Whether a claim says of itself what the share's sentence says of the rest, after the share:
    "13p went on fundraising and running costs" against "87p in every pound spent; the rest went
    on fundraising and running costs" (two content words in common, at least), or is about what
    it names as the rest ("advertising brought in $54 million" against "in-game purchases made up
    71% of revenue and advertising the rest")."""
    if claim.evidence is None:
        return False
    found = _REST_CLAUSE.search(share.sentence, share.end - share.sentence_start)
    if found is None:
        return False
    mine = _stems(claim.evidence.words)
    named = found.group("named")
    return len(mine & _stems(_own_words(found.group("said")))) >= 2 or bool(named and mine & _stems(_own_words(named)))


def _another_party(claim: Claim, share: Claim) -> bool:
    """Whether a claim is about someone a share is not: another name, or an owner the share's
    sentence does not name ("to Kilbride's 42%" against "Dunmore had 58%")."""
    found, other = claim.evidence, share.evidence
    actor = found.actor if found else None
    return _named_apart(claim, share) or bool(actor and other and actor not in other.names)


def _named_apart(first: Claim, second: Claim) -> bool:
    """Two figures whose clauses both name someone, and no one in common."""
    one = first.evidence.names if first.evidence else ()
    other = second.evidence.names if second.evidence else ()
    return bool(one) and bool(other) and not set(one) & set(other)


def _combinations(
    name: str,
    a: float,
    b: float,
    first: Claim,
    second: Claim,
    *,
    changes: bool = True,
    direction: Direction | None = None,
    share: bool = False,
) -> Iterator[tuple[float, str]]:
    """What two figures give by plain arithmetic. A percentage `direction` (a change's: "rose
    8.6%") is given only by a change that way, from the earlier figure when one is marked so:
    "£184 million, against £168 million a year earlier" is a rise of 9.5%, never a fall of 8.7%.
    A `share` of a named whole is given only by a part of a whole or what a part leaves of it."""
    one, other = f"'{first.text}'", f"'{second.text}'"
    if name == "percent" and share:
        low, high = sorted((a, b))
        if low > 0:
            yield low / high * 100, f"{one} as a share of {other}"
            if changes:  # (not of two named parties' figures: Labour's 60 seats leave nothing of the Tories' 50)
                yield (1 - low / high) * 100, f"what the smaller of {one} and {other} leaves of the other"
        return
    if name == "percent":
        low, high = sorted((a, b))
        if low > 0:
            rises = _rises(a, b, first, second)
            if changes and direction is not Direction.DOWN and rises is not False:
                yield (high / low - 1) * 100, f"the change from {one} to {other}"
            if changes and direction is not Direction.UP and rises is not True:
                yield (1 - low / high) * 100, f"the fall between {one} and {other}"
            if direction is Direction.DOWN and _taken_from(first, second):
                # "would cut 120 of its 1,340 jobs" is a cut of 9%
                yield low / high * 100, f"{one} taken from {other}"
            if changes and direction is not None and rises is None and low < high:
                # "38.6 million, 2.1 million more than last year": a rise of 2.1 to 38.6 is 5.8%
                small, large = (one, other) if a < b else (other, one)
                if direction is Direction.UP:
                    yield low / (high - low) * 100, f"a rise of {small} to {large}"
                else:
                    yield low / (high + low) * 100, f"a fall of {small} to {large}"
            if direction is None:
                yield low / high * 100, f"{one} as a share of {other}"
        return
    if name == "ratio":
        low, high = sorted((a, b))
        if low > 0:
            yield high / low, f"the ratio of {one} and {other}"
            yield low / high, f"the ratio of {one} and {other}"
        return
    yield a + b, f"the sum of {one} and {other}"
    yield abs(a - b), f"the difference between {one} and {other}"


def _taken_from(first: Claim, second: Claim) -> bool:
    """ "cut 120 of its 1,340 jobs": a part of the whole right after it, in one sentence."""
    part, whole = (first, second) if first.start < second.start else (second, first)
    return (
        _same_sentence(part, whole)
        and _partitive(part)
        and 0 < part.value < whole.value
        and (whole.start - part.end < 12)
    )


def _rises(a: float, b: float, first: Claim, second: Claim) -> bool | None:
    """Whether the change between two figures is a rise, when one is marked as the earlier (a
    change's start, "against £168 million a year earlier"); None when neither is."""
    if first.role is Role.FROM and second.role is not Role.FROM:
        return b > a
    if second.role is Role.FROM and first.role is not Role.FROM:
        return a > b
    return None


def _shape(claim: Claim) -> str:
    """ "exact", "upper" (up to 30), "lower" (more than 40) or "range" (about 3,400, 10 to 12)."""
    if claim.low is None:
        return "upper"
    if claim.high is None:
        return "lower"
    return "exact" if claim.low == claim.high else "range"


# How far a bound rounded looser may move, as a share of the figure: 3,400 to "more than 3,000"
_ROUNDED_BOUND_REACH = 0.25


def rounds_the_bound(first: Claim, second: Claim) -> bool:
    """Two bounds of one sense where the looser is the other rounded to its own step, as a headline
    or a summary rounds: "more than 3,000" for "more than 3,400", "over 10" for "at least 12". Both
    hold of the figure. Not "more than 3,000" for "more than 5,000": a writer who knew 5,000 would
    not round it to 3,000."""
    shape = _shape(first)
    if shape not in ("upper", "lower") or _shape(second) != shape or ClaimKind.DATE in (first.kind, second.kind):
        return False
    if first.unit != second.unit:
        return False  # (a step in degrees Celsius is no step in kelvin: compare as written)
    one, other = first.value, second.value
    looser = (first if one <= other else second) if shape == "lower" else (first if one >= other else second)
    # within the looser figure's step, and near: "up to 20 hours" is no rounding of "up to 12 hours"
    gap = abs(one - other)
    return gap < looser.precision and gap <= _ROUNDED_BOUND_REACH * max(abs(one), abs(other))


def step_of(claim: Claim) -> float:
    """Half the rounding step the figure's writing implies, in the units `base_value` compares."""
    return compared_size(claim, claim.precision) / 2


# Below this share of two figures' joint slack they agree; at it, their roundings only touch
_TOUCHING = 1 - 1e-9


def agrees(draft: Claim, source: Claim, *, relative: float, absolute: float, rounding: bool) -> bool:
    """Whether a source figure states the draft's: the same value within the tolerance and the
    rounding of both; for a bound or a hedge against a figure of another shape ("more than 3,000"
    against 3,412), the source value within the draft's interval."""
    if draft.kind is ClaimKind.DATE or source.kind is ClaimKind.DATE:
        return same_date(draft, source)
    a, b = base_value(draft), base_value(source)
    # each figure moves by its own slack, once (numcheck/slack.py): "$2.17" is not "$2.19"
    terms = Slack(relative_tolerance=relative, use_rounding=rounding)
    slack = _in_compared_units(draft, figure_slack(draft, terms)) + _in_compared_units(
        source, figure_slack(source, terms)
    )
    slack += absolute
    if draft.direction is not None and source.direction is not None and draft.direction is not source.direction:
        return False  # "rose 12%" is not stated by "fell 12%"
    if draft.per != source.per and None not in (draft.per, source.per) and not _per_in_unit(draft, source):
        return False  # "£12 a week" is not "£12 a month", nor "4% a month" "4% a year"
    # "a fall of 0.8%" is stated by "Kemble -0.8%", a signed figure with no word for the direction
    if draft.direction is Direction.DOWN and source.direction is None and b < 0:
        b = -b
    elif source.direction is Direction.DOWN and draft.direction is None and a < 0:
        a = -a
    if _bounded_apart(_interval(draft), _interval(source)):
        return False  # "at least 40" is not stated by "up to 40", nor "more than 600" by "nearly 600"
    if _shape(draft) in ("upper", "lower") and not _within_reach(draft, b):
        return False  # "at least £53" is no rounding of "£252", though £252 is at least £53
    if _shape(draft) in ("upper", "lower") and _shape(source) == "range":
        # a bound says every value the source allows is beyond it: "more than 3,000" from "about
        # 3,400", but "at least £430 million" is not in "about £430 million", nor "at least $2.55
        # billion" in "$2.55 billion, plus or minus $100 million"
        return _bounds_all_of(_interval(draft), _core(source), slack)
    if _shape(draft) in ("upper", "lower") and _shape(source) == "exact" and not _bound_holds(draft, b):
        return False  # "more than 900 litres" is not stated by "880 litres", however 900 was rounded
    if _finer_than(draft, source):
        # "£125" is not stated by "£120", though £120 may be a rounding of £124.70: a draft that
        # writes a figure more finely than its source did not take it from that figure
        return abs(a - b) <= _in_compared_units(draft, figure_slack(draft, terms)) + absolute
    if abs(a - b) < slack * _TOUCHING:
        return True  # (two roundings that only touch disagree: "five days a week" is no "four days a week")
    if _shape(draft) == "exact" and source.qualifier in WRITTEN_RANGES and _shape(source) == "range":
        # "the youngest 24 and the oldest 51" from "aged between 24 and 51": a range states its ends
        ends = _interval(source)
        return any(end is not None and abs(end - a) <= slack for end in (ends.low, ends.high))
    shape = _shape(draft)
    if _is_cap(draft) and _shape(source) == "range" and source.qualifier == "range":
        # "up to 8%" from "5% to 8%": the cap is the top of the range
        top, cap = _interval(source).high, _interval(draft).high
        return top is not None and cap is not None and abs(top - cap) <= slack
    if shape == _shape(source) and shape != "range" and rounds_the_bound(draft, source):
        return (base_value(draft) <= b) == (shape == "lower")  # the draft's is the looser bound
    if shape == "exact" or (shape == _shape(source) and shape != "range") or _is_cap(draft):
        return False  # "up to 80 miles" states a maximum of 80, which "30 miles" contradicts
    if _approximate(draft) and _shape(source) == "exact" and _written_in_digits(draft):
        # "roughly $681 million" is no rounding of "$742 million", though its hedge reaches it: a
        # hedge on a figure written to its digits allows a few percent, or half its last digit or
        # rounding step ("nearly 3C" for 2.8C, "almost £15 million" for £14.5 million)
        written_to = max(draft.precision, round_step(draft) or 0.0)
        near = max(_HEDGED_ARITHMETIC * abs(a), _in_compared_units(draft, written_to / 2))
        return _interval(draft).overlaps(_interval(source)) and abs(a - b) <= max(slack, near)
    if _approximate(draft) and _approximate(source):
        # "about 4,000" is not "about 3,600", though 3,600 to 3,960 would do for both: two round
        # figures state one figure when each is a value the other allows
        return _interval(source).contains(a) and _interval(draft).contains(b)
    # a bound or a hedge against another shape: the two must allow a common value
    return _interval(draft).overlaps(_interval(source))


def _written_in_digits(claim: Claim) -> bool:
    """ "about 3,400", "roughly $681 million", "some 40%": not a multiplier or a share in words."""
    return claim.kind in (ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.MEASURE, ClaimKind.PERCENT) and (
        not claim.is_share_in_words and any(character.isdigit() for character in claim.text)
    )


def _finer_than(draft: Claim, source: Claim) -> bool:
    """Two plain figures in one unit, the draft's written to a finer step than the source's round
    one: "£125" against "£120", "3,412" against "3,400"."""
    if draft.unit != source.unit or _shape(draft) != "exact" or _shape(source) != "exact":
        return False
    if draft.per != source.per and None not in (draft.per, source.per):
        return False
    if draft.kind is not source.kind or draft.kind not in (ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.MEASURE):
        return False
    rounded_to = round_step(source)
    return rounded_to is not None and (round_step(draft) or draft.precision) < rounded_to


# How far past a bound the figure it rounds may lie: "more than 3,000" for 3,412, "over 1,000" for
# 1,900; not "at least £53" for £252
_BOUND_REACH = 2.0


def _per_in_unit(*claims: Claim) -> bool:
    """Whether the claims' units carry their periods, so that converting them compares them:
    "120 litres an hour" is "2,880 litres a day"."""
    return all("/" in (claim.unit or "") for claim in claims)


def _bound_holds(bound: Claim, value: float) -> bool:
    """Whether an exact value keeps a bound ("more than 900": 880 does not), to a part in a million."""
    interval = _interval(bound)
    edge = interval.low if interval.low is not None else interval.high
    nudge = abs(edge) * 1e-6 if edge is not None else 0.0
    low = None if interval.low is None else interval.low - nudge
    high = None if interval.high is None else interval.high + nudge
    return (low is None or value >= low) and (high is None or value <= high)


def _within_reach(bound: Claim, value: float) -> bool:
    edge = base_value(bound)
    if edge <= 0 or value <= 0:
        return True
    return value <= edge * _BOUND_REACH if bound.high is None else value >= edge / _BOUND_REACH


def _core(claim: Claim) -> tuple[float, float]:
    """The values a two-sided figure stands for: a range's own ends; a hedged figure's value and
    the few percent either side a writer rounds to ("about" allows more, but says less)."""
    interval = _interval(claim)
    low, high = interval.low, interval.high
    if _approximate(claim):
        value = base_value(claim)
        near = abs(value) * _HEDGED_ARITHMETIC
        low = value - near if low is None else max(low, value - near)
        high = value + near if high is None else min(high, value + near)
    return (-math.inf if low is None else low), (math.inf if high is None else high)


def _bounds_all_of(bound: Interval, core: tuple[float, float], slack: float) -> bool:
    low, high = core
    return (bound.low is None or low >= bound.low - slack) and (bound.high is None or high <= bound.high + slack)


def _approximate(claim: Claim) -> bool:
    """A figure hedged both ways ("about 4,000", "nearly 40%"), not written as two ends."""
    return _shape(claim) == "range" and claim.qualifier is not None and claim.qualifier not in WRITTEN_RANGES


def only_touch(one: Interval, other: Interval) -> bool:
    """Two statements that each allow a stretch of values but share only its end: "up to 40" and
    "at least 40", "4% to 6%" and "at least 6%". As statements they say opposite things of one
    figure (a cap against a floor), though the single value at the seam satisfies both."""
    if _is_point(one) or _is_point(other):
        return False
    common = one.intersection(other)
    # "almost 40" against "over 40" share no value at all: that is another disagreement
    return common.low is not None and common.low == common.high and common.low_inclusive and common.high_inclusive


def _bounded_apart(one: Interval, other: Interval) -> bool:
    """Two bounds or ranges on one figure that share no value, or only the end of each."""
    if _is_point(one) or _is_point(other):
        return False
    return not one.overlaps(other) or only_touch(one, other)


def _is_point(interval: Interval) -> bool:
    return interval.low is not None and interval.low == interval.high


def _in_compared_units(claim: Claim, slack: float) -> float:
    return compared_size(claim, slack)


def _is_cap(claim: Claim) -> bool:
    """ "up to 80 miles", "as many as 300": a maximum, stated as a figure (not "fewer than 600")."""
    return claim.low is None and claim.high_inclusive


def _interval(claim: Claim) -> Interval:
    if _offset_and_factor(claim)[0] is not None:
        low, high = claim.interval.low, claim.interval.high
        return dataclasses.replace(
            claim.interval,
            low=None if low is None else compared_point(claim, low),
            high=None if high is None else compared_point(claim, high),
        )
    scale = base_value(claim) / claim.value if claim.value else 1.0
    return claim.interval.scaled(scale)


def _heads_agree(first: Claim, second: Claim) -> bool:
    one = first.evidence.head if first.evidence else None
    other = second.evidence.head if second.evidence else None
    if one is None or other is None or one == other:
        return True
    # "builders have finished 3,200" after "5,000 new homes": a bare count's head is read from
    # the clause's subject, so the draft's head named in its sentence fits as well
    bare = second.kind is ClaimKind.COUNT and second.noun is None
    return bare and second.evidence is not None and one in second.evidence.words


_DECADE = LazyPattern(r"\d{3}0['’]?s\b")


def same_date(draft: Claim, source: Claim) -> bool:
    """Two dates agree when they are the same year, or written alike ("24 February"); a decade
    ("the late 2030s") agrees with a year in it ("2037-39"); a time of day agrees with the same
    time on another clock ("7.30pm", "19:30")."""
    clock = minutes_after_midnight(draft.text)
    if clock is not None:
        return clock == minutes_after_midnight(source.text)
    month, weekday = month_alone(draft), weekday_alone(draft)
    if month is not None or weekday is not None:  # "in June" is stated by "on 4 June"; never the reverse
        return month_named(source) == month if month else weekday_named(source) == weekday
    if _DECADE.search(draft.text) and draft.value >= 1000 and source.value >= 1000:
        return draft.value <= source.value < draft.value + 10
    if draft.value != source.value:
        return False
    if draft.value >= 1000 or " ".join(draft.text.casefold().split()) == " ".join(source.text.casefold().split()):
        return True
    # "March 1" and "1 March", "Monday 9 March" and "9 March 2026"; not "Tuesday 9 March" and "Monday 9 March"
    key, days = date_key(draft), {weekday_named(draft), weekday_named(source)} - {None}
    return key is not None and key == date_key(source) and len(days) <= 1


def stating_figures(claim: Claim, index: Sources, tolerance: Tolerance, *, same_head: bool = False) -> Iterator[Claim]:
    """The source figures that state the claim's figure (see `support`)."""
    name = family(claim)
    if name is None:
        return iter(())
    value = base_value(claim)

    def states(draft: Claim, source: Claim) -> bool:
        if same_head and not _heads_agree(draft, source):
            return False
        if _bounds_only(source, draft):
            return False  # "above 30°C" does not say 34.6°C: where would a draft have it from?
        if tolerance.disagree is not None and draft.kind is not ClaimKind.DATE and tolerance.disagree(draft, source):
            return False
        return agrees(draft, source, relative=tolerance.relative, absolute=tolerance.absolute,
                      rounding=tolerance.rounding)  # fmt: skip

    window = max(abs(value) * max(tolerance.relative, 0.25), tolerance.absolute)
    if name in _WHEN:
        window = 9.0 if _DECADE.search(claim.text) else math.inf if month_alone(claim) or weekday_alone(claim) else 0.0
    if claim.low != claim.high:
        window = math.inf  # "more than 3,000" is stated by 3,412: the interval decides
    return index.all_stating(claim, states, window)


def _bounds_only(source: Claim, draft: Claim) -> bool:
    """A one-sided bound ("more than 3,000", "above 30°C") set against an exact figure other than
    its own: it allows the figure, but does not state it."""
    one_sided = (source.low is None) != (source.high is None)
    return one_sided and draft.low == draft.high and draft.value != source.value


@dataclass(frozen=True, slots=True)
class Tolerance:
    """How far a figure may be from a source figure and still be the same (figure-mismatch's terms)."""

    relative: float = 0.02
    absolute: float = 0.0
    rounding: bool = True
    # the pair check that says two figures of one family disagree (figure-mismatch's own slack),
    # so that a figure the rule would report is never taken as support
    disagree: Callable[[Claim, Claim], bool] | None = None

    @classmethod
    def of(cls, params: Mapping[str, object], disagree: Callable[[Claim, Claim], bool] | None = None) -> Tolerance:
        relative, absolute = params.get("relative_tolerance", 0.02), params.get("absolute_tolerance", 0.0)
        assert isinstance(relative, int | float) and isinstance(absolute, int | float)
        return cls(float(relative), float(absolute), bool(params.get("use_rounding", True)), disagree)


def support(
    claim: Claim,
    index: Sources,
    tolerance: Tolerance,
    covering: frozenset[tuple[str, int]] | None = None,
    *,
    same_head: bool = False,
    like_only: bool = False,
    own_thing: bool = False,
    beside: Sequence[Claim] = (),
) -> str | None:
    """How the sources support a figure, in words ("stated as '3,412' (source.txt:2)", "the sum of
    '30' and '40'"), or None when they neither state nor imply it. With `same_head`, a figure
    stated about something else ("$327m" of profit for a draft's revenue) is no support. `beside`
    are the figures of the claim's own document, which its sentence's may be worked out with. A
    unit of two sizes is read in either ("three pints" of 1.7 litres are imperial pints)."""
    found = _support(claim, index, tolerance, covering, same_head=same_head, like_only=like_only, own_thing=own_thing,
                     beside=beside)  # fmt: skip
    if found is not None or claim.kind is not ClaimKind.MEASURE or not claim.unit or claim.base_value is None:
        return found
    for size, factor in other_sizes(claim.unit):
        resized = dataclasses.replace(claim, unit=size, base_value=claim.base_value * factor)
        found = _support(resized, index, tolerance, covering, same_head=same_head, like_only=like_only,
                         own_thing=own_thing, beside=beside)  # fmt: skip
        if found is not None:
            return f"{found}, in {size.replace('_', ' ')}s"
    return None


def _support(
    claim: Claim,
    index: Sources,
    tolerance: Tolerance,
    covering: frozenset[tuple[str, int]] | None,
    *,
    same_head: bool,
    like_only: bool,
    own_thing: bool = False,
    beside: Sequence[Claim],
) -> str | None:
    name = family(claim)
    if name is None:
        return None
    if covering is None:
        _, covering = index.coverage(claim)
    # a sentence that repeats a source sentence's figure is about that sentence too
    covering |= index.restating(other for other in beside if other is not claim)
    stating = stating_figures(claim, index, tolerance, same_head=same_head)
    stated = next(stating, None)
    if stated is not None and _narrowed_otherwise(stated, claim) and index.said_otherwise(claim) is not None:
        # "320 secondary places" states no "320 primary places" where the source gives 200 of those
        stated = next((other for other in stating if not _narrowed_otherwise(other, claim)), None)
    if stated is not None:
        return f"stated as '{stated.text}' ({stated.path}:{stated.line})"
    if _moved_to_another_end(claim, beside, index):
        return None  # "from £245 to £296" where the source's move from £245 ends at £269: no chance sum saves it
    if name == "[time]":
        found = _since_a_founding(claim, index, covering) or _given_by_its_own_days(claim, beside, index, tolerance)
        if found:
            return found
    if name == TIME_OF_DAY:
        return index.clock_arithmetic(claim)
    if name == "date":
        return (
            index.day_arithmetic(claim, beside)
            or index.year_arithmetic(claim)
            or index.year_and_span(claim)
            or _a_year_an_age_gives(claim, beside, index)
            or _a_start_a_length_gives(claim, index)
            or _the_year_before_a_change(claim, beside, index)
            or index.date_reached(claim, beside)
            or index.weekday_dated(claim)
            or _a_day_beside(claim, covering, index)
            or _one_boundary(claim, covering, index)
            or index.weekday_of_a_date(claim, covering)
        )
    # the number as written: "121 members" is not "£120" within 2%, nor "around 150,000" any figure
    # within its hedge
    if not like_only and index.writes(claim, abs(claim.value) * 1e-9, covering):
        # (never of the claim's own thing: "a 5-year plan" is not the "5%" beside the "3-year plan")
        return "the same number, in another unit or kind"  # other rules judge the unit
    step = max(
        tolerance.relative * _magnitude(claim), tolerance.absolute, step_of(claim) if tolerance.rounding else 0.0
    )
    if _written_exactly(claim):
        # an exact count or sum is worked out exactly: "3,241 coins" is no sum of 3,214 and 40 within 2%
        step = max(tolerance.absolute, step_of(claim))
    if name == "percent":
        own = _share_its_sentence_counts(claim, beside, step)
        if own is not None:
            return own
    part = _part_said_to_be(claim, beside) if name == "percent" else None
    if part is not None:
        # "The £52,000 he must repay is about three-quarters of the money taken": a share of what
        # that part is part of, and of nothing else the sources give (months of a sentence)
        return _share_of_a_source_whole(claim, part, index, step)
    found = index.implied(claim, covering, step, like_only=like_only, own_thing=own_thing)
    if found is None and name in ("percent", "ratio"):
        found = _share_of_a_period(claim, index, covering, step)
    if found is None and name == "percent":
        found = _share_after_a_change(claim, index, covering, step)
    if found is None and beside:
        found = _with_the_sentence_s_own(claim, beside, index, tolerance, step)
    if found is None and not like_only:
        found = _net_of_three(claim, index, covering, step) or _the_balance(claim, index, covering, step)
    return found


# "70% of the power", "120% of last year's": a share of another amount, after its figure
_SHARE_OF_AFTER = LazyPattern(r"\s+of\s+(?:the|its|their|what|last|a|an|his|her|our)\b", re.IGNORECASE)


def _share_after_a_change(
    claim: Claim, index: Sources, covering: frozenset[tuple[str, int]], step: float
) -> str | None:
    """A new level as a share of the old that a percentage change of a sentence the claim's is about
    gives: "draws 70% of the power" from "uses 30% less power", "115% of last year's sales" from
    "sales rose 15%"."""
    if claim.direction is not None or claim.kind is ClaimKind.CHANGE:
        return None
    if not _SHARE_OF_AFTER.match(claim.sentence, claim.end - claim.sentence_start):
        return None
    low, high = _base_bounds(claim, step)
    for change in index.by_family.get("percent", ((), ()))[1]:
        if (change.path, change.sentence_start) not in covering or change.unit != "percent":
            continue
        direction = stated_direction(change)
        if direction is None:
            continue
        share = 100 + change.value if direction is Direction.UP else 100 - change.value
        if low <= share <= high:
            before = "what is left of the level before" if share < 100 else "the new level as a share of the one before"
            return f"{before} '{change.text}'"
    return None


# "for half of each year", "a third of the day": a share said of a calendar period
_OF_A_PERIOD_AFTER = LazyPattern(r"\s+(?:of\s+)?(?:the|each|every|a|an)\s+(?P<period>year|month|week|day)\b", re.I)
# "six months of the year", "eight hours a day": a length said of a calendar period
_A_PERIOD_AFTER = LazyPattern(
    r"\s+(?:of\s+(?:the|each|every)|a|an|per|each|every)\s+(?P<period>year|month|week|day)\b", re.I
)


def _share_of_a_period(claim: Claim, index: Sources, covering: frozenset[tuple[str, int]], step: float) -> str | None:
    """A share of a calendar period that a source's length of it gives: "for half of each year" from
    "for six months of the year", "a third of the year" from "four months a year". The draft must
    name the period, and a sentence it is about the same one."""
    said = _OF_A_PERIOD_AFTER.match(claim.sentence, claim.end - claim.sentence_start)
    if said is None:
        return None
    period = said["period"].lower()
    low, high = _base_bounds(claim, step)
    scale = 100.0 if family(claim) == "percent" else 1.0
    lengths = [*index.by_family.get("[time]", ((), ()))[1], *index.by_family.get("dimensionless", ((), ()))[1]]
    for length in lengths:
        if length.base_value is None or (length.path, length.sentence_start) not in covering:
            continue
        if length.per is None:
            of = _A_PERIOD_AFTER.match(length.sentence, length.end - length.sentence_start)
            if of is None or of["period"].lower() != period:
                continue
            share = length.base_value / (SECONDS_A_DAY * _PERIOD_DAYS[period])
        elif length.per == period and family(length) == "dimensionless":
            share = length.base_value  # "four months a year", read as a share of the year
        else:
            continue
        if low <= share * scale <= high:
            return f"'{length.text}' as a share of the {period}"
    return None


# The most figures of its kind a source sentence may give for a level to be worked from three of them
_NET_LIMIT = 6


def _net_of_three(claim: Claim, index: Sources, covering: frozenset[tuple[str, int]], step: float) -> str | None:
    """A level that one source sentence gives with two moves from it: "ended the year with 412 stores
    after opening 31 and closing 12" began it with 393 (412 less 31 plus 12). Counts and money only,
    both sides written exactly, and only in a sentence the claim's is about: three figures of a
    paragraph make some number by chance."""
    name = family(claim)
    if name is None or not (name == "count" or name.startswith("money:")) or name not in index.by_family:
        return None
    if claim.low != claim.high or _age_band(claim) or _is_age(claim):
        return None
    value = base_value(claim)
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for figure in dict.fromkeys(index.by_family[name][1]):
        at = (figure.path, figure.sentence_start)
        if at in covering and figure.low == figure.high and not (_is_age(figure) or id(figure) in index.score_sides):
            by_sentence.setdefault(at, []).append(figure)
    for figures in by_sentence.values():
        if not 3 <= len(figures) <= _NET_LIMIT:
            continue
        for level, added, removed in itertools.permutations(figures, 3):
            if _move(added) != 1 or _move(removed) != -1:
                continue  # "£1.1 million for housing, £800,000 for youth work": parts, not moves
            a, b, c = base_value(level), base_value(added), base_value(removed)
            # the level after the moves, or before them
            if min(abs(a + b - c - value), abs(a - b + c - value)) <= step / 2:
                return f"'{level.text}' with '{added.text}' and '{removed.text}' of one sentence"
    return None


def _the_balance(claim: Claim, index: Sources, covering: frozenset[tuple[str, int]], step: float) -> str | None:
    """What a whole leaves after the parts a sentence names, where that sentence says where "the
    balance" goes: "an increase of £15,200. The main increases are £6,800 for grounds and £4,500
    towards the play area, with the balance going on insurance" gives insurance £3,900. Counts and
    money, the sentence one the claim's is about, the whole said at most a few sentences before."""
    name = family(claim)
    if name is None or not (name == "count" or name.startswith("money:")) or name not in index.by_family:
        return None
    figures = [f for f in dict.fromkeys(index.by_family[name][1]) if f.low == f.high and f.from_value is None]
    value = base_value(claim)
    for at in covering:
        parts = [f for f in figures if (f.path, f.sentence_start) == at and f.role is None and f.per is None]
        if not parts or not _BALANCE.search(parts[0].sentence):
            continue
        said = sum(base_value(part) for part in parts)
        # the whole: an amount, or the size of a move in the claim's unit ("an increase of £15,200")
        wholes = [*figures, *(move for move in index.moves if move.unit == claim.unit and move.low == move.high)]
        before = [f for f in wholes if f.path == at[0] and at[1] - _BALANCE_REACH <= f.sentence_start < at[1]]
        for whole in sorted(before, key=lambda f: len(f.text)):  # "£15,200" before "up from £171,200"
            if base_value(whole) > said and abs(base_value(whole) - said - value) <= step / 2:
                listed = " and ".join(f"'{part.text}'" for part in parts)
                return f"what '{whole.text}' leaves after {listed}, the balance"
    return None


# "with the balance going on", "the rest on", "the remainder to": where what is left of a whole goes
_BALANCE = LazyPattern(r"(?<![\w])the\s+(?:balance|rest|remainder)\s+(?:going|went|goes|spent|to|on|for)(?![\w])",
                       re.IGNORECASE)  # fmt: skip
_BALANCE_REACH = 400  # characters back to the whole: a sentence or two


# Verbs that add to a stock or take from it: "opened 31 and closed 12", "54 joined and 19 left"
_ADDING = frozenset(map(word_stem, "open join gain hire add recruit buy acquire arrive build win sign enrol".split()))
_TAKING = frozenset(map(word_stem, "close leave left lose lost sell sold cut shut depart demolish quit retire".split()))


def _move(claim: Claim) -> int | None:
    """+1 for a figure a verb adds to a stock, -1 for one it takes away, None otherwise."""
    verb = claim.evidence.governor if claim.evidence else None
    if verb is None:
        return None
    stem = word_stem(verb)
    return 1 if stem in _ADDING else -1 if stem in _TAKING else None


def _magnitude(claim: Claim) -> float:
    """How large a figure is, for a tolerance relative to it: a temperature by its own degrees, not
    from absolute zero (2% of 8.1C is 0.16 degrees, not the 5.6 of 281 kelvin)."""
    return compared_size(claim, claim.value)


def _moved_to_another_end(claim: Claim, beside: Sequence[Claim], index: Sources) -> bool:
    """Whether the claim is one end of a move of its own sentence whose other end a source's move
    shares, and the source's move ends (or starts) elsewhere: "up from £245 to £296" against "a
    Fixed Desk from £245 to £269". Only exact ends of one unit, about things not told apart."""
    if claim.role is None:
        return False
    for move in beside:
        if move.from_value is None or move.to_value is None or move.endpoint_unit != claim.unit:
            continue
        mine, other = _ends_from(move, claim.role)
        if mine != claim.value or not other:
            continue
        for stated in index.moves:
            its_mine, its_other = _ends_from(stated, claim.role)
            if stated.endpoint_unit != move.endpoint_unit or its_other != other or its_mine is None:
                continue
            if _heads_agree(move, stated) and abs(its_mine - mine) > 1e-9 * max(abs(mine), 1.0):
                return True
    return False


def _ends_from(move: Claim, role: Role) -> tuple[float | None, float | None]:
    """A move's end in the given role, then its other end."""
    return (move.to_value, move.from_value) if role is Role.TO else (move.from_value, move.to_value)


def _written_exactly(claim: Claim) -> bool:
    """A count written to its last unit with no hedge ("3,241 coins"): no rounding of anything, so
    arithmetic that gives it gives it exactly. (Not money: a price a year is a price a month times
    12 to the penny only where both are read with their periods, and often they are not yet.)"""
    if claim.kind is not ClaimKind.COUNT or claim.low != claim.high or claim.direction is not None:
        return False
    return claim.precision <= 1 and abs(claim.value) >= 100 and claim.value % 10 != 0


# The most figures of its own sentence a level may be worked out with
_MOVES_LIMIT = 2


def _after_the_sentence_s_moves(
    claim: Claim, own: Sequence[Claim], index: Sources, tolerance: Tolerance, step: float
) -> str | None:
    """A count a source's level comes to after the moves its own sentence gives, each stated by the
    sources and counting the same thing: "after closing 14 stores and opening five, it will have
    161" of "14 of its 170 stores ... and open 5". Every one of the moves, added or taken away."""
    head = claim.evidence.head if claim.evidence else None
    if head is None or claim.low != claim.high:
        return None
    moves = [
        other
        for other in own
        if family(other) == "count" and other.low == other.high and other.evidence is not None
        and other.evidence.head == head and next(stating_figures(other, index, tolerance), None) is not None
    ]  # fmt: skip
    if not moves or len(moves) > _MOVES_LIMIT:
        return None
    low, high = _base_bounds(claim, step)
    levels = [c for c in index.by_family["count"][1] if c.evidence is not None and c.evidence.head == head]
    for level in levels:
        if level.low != level.high or any(level.value == move.value for move in moves):
            continue
        for signs in itertools.product((1, -1), repeat=len(moves)):
            total = level.value + sum(sign * move.value for sign, move in zip(signs, moves, strict=True))
            if low <= total <= high:
                return f"'{level.text}' after this sentence's " + " and ".join(f"'{m.text}'" for m in moves)
    return None


# What says the figure before it is the share after it: "£52,000 ... is about three-quarters of"
_IS_A_SHARE = LazyPattern(
    r"[^,;:.]{0,50}?\b(?:is|was|are|were|represents?|represented|amounts?\s+to|amounted\s+to|makes?\s+up|"
    r"made\s+up|accounts?\s+for|accounted\s+for)\s+(?:only\s+|just\s+)?$",
    re.IGNORECASE,
)


def _part_said_to_be(claim: Claim, beside: Sequence[Claim]) -> Claim | None:
    """The amount of the claim's sentence that the claim, a share, is said to be: "The £52,000 he
    must repay is about three-quarters of the money taken"."""
    if claim.direction is not None or claim.kind is ClaimKind.CHANGE:
        return None
    at = claim.start - claim.sentence_start
    for part in sorted(beside, key=lambda other: other.start):
        if part.end > claim.start or not _same_sentence(part, claim):
            continue
        name = family(part)
        if name is None or name in ("percent", "ratio", *_WHEN) or part.low != part.high:
            continue
        where = part.start - part.sentence_start
        if _ADJUNCT_BEFORE.search(part.sentence, max(0, where - 12), where):
            continue  # "repay £52,000 within 90 days": when, not what the share is of
        if _IS_A_SHARE.fullmatch(claim.sentence, part.end - claim.sentence_start, at):
            return part
    return None


_ADJUNCT_BEFORE = LazyPattern(r"\b(?:within|in|over|for|after|during|by|at|of)\s+$", re.IGNORECASE)


def _share_of_a_source_whole(claim: Claim, part: Claim, index: Sources, step: float) -> str | None:
    name = family(part)
    if name is None or name not in index.by_family:
        return None
    low, high = _base_bounds(claim, step)
    value = base_value(part)
    for whole in index.by_family[name][1]:
        if whole.low == whole.high and base_value(whole) > value > 0 and low <= value / base_value(whole) * 100 <= high:
            return f"this sentence's '{part.text}' as a share of '{whole.text}'"
    return None


def _multiplied_to(claim: Claim, own: Sequence[Claim], sources: Sequence[Claim], step: float) -> str | None:
    """The end a multiplier of the claim's own sentence takes a source figure to: "Doubling the
    memory to 32 GB" of "16 GB of memory", "Tripling the fleet to 36 buses" of "12 buses", "will
    halve the queue to 40 days" of 80 days."""
    if claim.role is not Role.TO:
        return None
    low, high = _base_bounds(claim, step)
    for times in own:
        if times.kind is not ClaimKind.RATIO or times.direction is None or times.low != times.high or times.value <= 0:
            continue
        for source in sources:
            # what the multiplier moves names the thing as well as the end's own words do
            if (_about_other_things(claim, source) and _about_other_things(times, source)) or source.low != source.high:
                continue
            if low <= base_value(source) * times.value <= high:
                return f"'{source.text}' times {times.value:g} ('{times.text}', this sentence's)"
    return None


def _share_its_sentence_counts(claim: Claim, beside: Sequence[Claim], step: float) -> str | None:
    """A share that its own sentence counts, as a part of a whole said with it: "More than half of
    the county's youth clubs, 11 of 19, face cuts" (the counts are checked as figures of their own)."""
    # the share's own words bound it, as written: the counts beside it are no chance arithmetic
    low = compared_point(claim, claim.low) - step if claim.low is not None else -math.inf
    high = compared_point(claim, claim.high) + step if claim.high is not None else math.inf
    for part in beside:
        whole = whole_stated(part)
        if part is claim or not whole or part.low != part.high or not _same_sentence(part, claim):
            continue
        if low <= 100 * part.value / whole <= high:
            return f"'{part.text}' of {whole:g}, as its own sentence counts"
    return None


def _with_the_sentence_s_own(
    claim: Claim, beside: Sequence[Claim], index: Sources, tolerance: Tolerance, step: float
) -> str | None:
    """A figure worked out from one its own sentence states and one a source states: a source rate
    times the sentence's count ("two deliveries a month would cost £9" from "£4.50 an order"), or a
    margin over a figure the sentence gives and the sources support ("$155.88 over a year, $65.89
    more than the annual plan" of $89.99)."""
    name = family(claim)
    own = [other for other in beside if other is not claim and _same_sentence(other, claim)]
    if name is None or name in ("percent", "ratio", *_WHEN) or name not in index.by_family or not own:
        return None
    multiplied = _multiplied_to(claim, own, index.by_family[name][1], step)
    if multiplied is not None:
        return multiplied
    if name == "count":
        return _after_the_sentence_s_moves(claim, own, index, tolerance, step)
    sources = index.by_family[name][1]
    counts = [c for c in own if c.kind is ClaimKind.COUNT and c.low == c.high and c.value > 1 and c.value.is_integer()]
    found = _per_count(claim, base_value(claim), sources, counts, step) if counts else None
    if found is not None or not compares(claim):
        return found and f"{found} (this sentence's)"
    low, high = _base_bounds(claim, step)
    for other in own:
        if family(other) != name or other.low != other.high or support(other, index, tolerance) is None:
            continue
        for source in sources:
            if source.low == source.high and low <= abs(base_value(other) - base_value(source)) <= high:
                return f"the difference between this sentence's '{other.text}' and '{source.text}'"
    return None
