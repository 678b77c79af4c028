"""Headlines: a headline's figure against the figure of the lede sentence that tells it.

A news headline names the story's figure in a few words, and the first sentence of the body tells
the same fact in full ("New library to open on 19 October", then "The Calder Street library will
open on 9 October"). Their words differ too much for linking (another noun, no verb, no names),
but where they are is evidence of its own. A caption or a standfirst (a first paragraph of one
sentence, set off by a blank line) is read as a headline. A headline figure is paired with the
lede's only figure of its kind (a year, a day, a length of time, an amount of one comparison key; a
weekday alone with a day that names one), or only one of its event when the lede has several, when the words
around it share one with the headline, nothing else in the body states the headline's figure, and
nothing tells the two apart (either end of a change, a target against an outcome, a difference,
another attribute). Then a date or a length of time must be of one event (the same preposition
after the same verb), and an amount must look mistyped (digits swapped or changed, the same digits
at another scale): a headline's amount is as often a part or another count of the lede's thing
("Kelby loses 40 buses" over "will run 210 buses"), and its date another event's ("Harl bridge
reopens on 20 March" over "Harl bridge, closed on 2 January")."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence

from numcheck.frames import acts_disagree, frame_of, is_headline, is_relative_amount, verbs_of
from numcheck.linking import is_age, quantity_key
from numcheck.model import Claim, ClaimKind, Role
from numcheck.remembered import per_document
from numcheck.scanning import LazyPattern
from numcheck.slips import digit_slip, significant_digits
from numcheck.spells import of_the_spell_told, tells_a_spell
from numcheck.subjects import lemma, word_stem
from numcheck.timing import NAMED_EVENTS, date_key, date_shape, event_verb, swapped_years, timing_of, weekday_named
from numcheck.vocabulary import load_vocabulary

# How many words either side of a lede figure say what it is about
_WINDOW = 6
# The most characters between the headline's end and the lede's start: the blank line between
_GAP = 4
_WORD = LazyPattern(r"[A-Za-z][A-Za-z'’-]+")
_SKIP = frozenset(
    """the a an of in on at to for from by with and or but than as that which who was were is are be been
    being have has had will would could should may might can it its their his her our this these those they
    he she we you there here also not no so if then up down about around over under more less per each into
    onto said says say told after before since until while when where what new""".split()
)


@per_document  # read by magnitude-slip, figure-mismatch and the timeline
def headline_pairs(claims: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """(headline figure, lede figure) for each figure of a document's headline that the lede
    sentence right under it tells with another figure of its kind (see the module docstring);
    whether the two figures disagree is the caller's question."""
    ordered = sorted(claims, key=lambda claim: claim.start)
    opening = _opening_lines(ordered)
    headline = [claim for claim in ordered if claim.sentence_start == opening and _plain(claim)]
    if not headline:
        return
    headline_end = headline[0].sentence_start + len(headline[0].sentence)
    lede = [claim for claim in ordered if 0 <= claim.sentence_start - headline_end <= _GAP and _plain(claim)]
    if not lede:
        return
    body = [claim for claim in ordered if claim.sentence_start >= lede[0].sentence_start]
    headline_words = _forms(headline[0].sentence)
    for figure in headline:
        kind = _kind_of(figure)
        if kind is None or any(_states(other, figure) for other in body):
            continue
        found = [
            other
            for other in lede
            if (_of_the_kind(_kind_of(other), kind, figure) or _weekday_of_a_day(figure, other, kind))
            and _is_new_level(other) == _is_new_level(figure)
            and figure.per in (None, other.per)  # "£44 a metre" is no fee a year
        ]
        if len(found) > 1:  # "to reopen on 14 July" over "damaged on 2 March, will reopen on 14 June"
            found = [other for other in found if _one_event(figure, other)]
        scheduled = len(found) == 1 and _the_ledes_scheduled_day(figure, found[0], kind)
        # a spell the headline tells ("50 days without lifts") is of the lede's one length however
        # far from it the lede names what it shares with the headline ("Both lifts ... for six weeks");
        if len(found) != 1:
            continue
        # so is a date or length the lede's one of its kind gives with two digits swapped ("home after
        # 168 days in orbit" over "landed ... after 186 days aboard")
        whole = (
            scheduled
            or tells_a_spell(figure, headline=True) is not None
            or (not kind.startswith("amount") and _mistyped(figure, found[0]))
        )
        shared = _forms(found[0].sentence) if whole else _around(found[0])
        if headline_words & shared and _nothing_apart(figure, found[0]):
            # where one change ends, said twice, needs no slip's likeness: it is no part or other count
            new_levels = _is_new_level(figure) and _is_new_level(found[0])
            if kind.startswith("amount") and not new_levels and not _one_amount(figure, found[0], headline, lede):
                continue
            if not kind.startswith("amount") and not (
                _one_event(figure, found[0]) or _mistyped(figure, found[0]) or scheduled
            ):
                continue
            other = found[0]
            if _kind_of(other) != kind:  # compared as the headline gives it, without the lede's rate
                other = dataclasses.replace(other, per=None, dimension=figure.dimension)
            yield figure, other


def _opening_lines(ordered: Sequence[Claim]) -> int | None:
    """Where the document's headline starts: its first line with no full stop, or a caption or a
    standfirst, a first paragraph of one sentence set off by a blank line ("Tree surveyor Ellen
    Marsh beside the 54.7-metre Wellingtonia." over the story)."""
    first = next((claim for claim in ordered if claim.line == 1), None)
    if first is None:
        return None
    if is_headline(first):
        return first.sentence_start
    last_line = first.line + first.sentence.rstrip().count("\n")
    after = next((claim for claim in ordered if claim.sentence_start > first.sentence_start), None)
    # the paragraph's one sentence: it opens the document, and a blank line follows it
    alone = first.sentence_start == 0 and after is not None and after.line >= last_line + 2
    return first.sentence_start if alone else None


def _of_the_kind(lede_kind: str | None, kind: str, figure: Claim) -> bool:
    """A lede figure of the headline figure's kind; a headline with no rate of its own leaves out the
    lede's ("will call at 46 stops" over "will call at 64 stops every fortnight")."""
    if lede_kind == kind:
        return True
    return (
        lede_kind is not None
        and kind.startswith("amount")
        and figure.per is None
        and lede_kind.startswith(f"{kind} per ")
    )


def _weekday_of_a_day(figure: Claim, other: Claim, kind: str) -> bool:
    """A headline's weekday alone ("reopens on Sunday") and a lede's day that names its weekday
    ("on Saturday 17 April"): comparable by that weekday."""
    return kind == "weekday" and _kind_of(other) == "day" and weekday_named(other) is not None


def _one_amount(figure: Claim, other: Claim, headline: Sequence[Claim], lede: Sequence[Claim]) -> bool:
    """Whether two amounts are one mistyped: two digits swapped, one changed, the same digits at
    another scale ("46 electric buses" and "64 electric double-deckers"; "£1.2m" and "£1.2
    billion"). A headline's amount is as often a part, a change or another count of the lede's
    thing ("Kelby loses 40 buses" over "will run 210 buses"; "9 flights cancelled" over "affecting
    30 flights"; "£12m savings" over "a £214 million budget"), so plain likeness is not enough.
    Never two acts, nor a length of time in the headline the lede does not name ("£3m on roads
    over five years" and "£4.1 million on its roads this year")."""
    if acts_disagree(figure, other, one_sided=False) or not _lengths(headline) <= _lengths(lede):
        return False
    return digit_slip(figure, other) is not None or _same_digits(figure, other)


def _mistyped(one: Claim, other: Claim) -> bool:
    """Two lengths of time in one unit, or two years, whose digits say one was mistyped: "for
    1,410 hours" and "for 1,140 hours"; "1859" and "1895"."""
    if one.kind is ClaimKind.DATE:
        return swapped_years(one, other)
    return digit_slip(one, other) is not None


def _same_digits(one: Claim, other: Claim) -> bool:
    """ "£1.2m" and "£1.2 billion": the same digits at another scale."""
    return one.unit == other.unit and significant_digits(one.value) == significant_digits(other.value)


def _one_event(figure: Claim, other: Claim) -> bool:
    """Whether a date or length of time in the headline and one in the lede are of one event: the
    same preposition before each ("on", "in", "for"; never "on" against "until") after the same
    word ("to open on 19 October" and "will open on 9 October"), or for a hyphenated length a
    word after it in common ("Two-year sleep study" and "an 18-month study"). A
    headline's date is as often of another event than the lede's ("Harl bridge reopens on 20
    March" over "Harl bridge, closed on 2 January"), so the kind of figure alone is not enough."""
    if figure.dimension == "[time]" and other.dimension == "[time]" and of_the_spell_told(figure, other):
        return True  # "Two years of roadworks" over "will be dug up for 18 months": the lede's one length
    one, two = _event_words(figure), _event_words(other)
    return one[0] == two[0] and bool((one[1] | _verbs(figure)) & (two[1] | _verbs(other)))


def _the_ledes_scheduled_day(figure: Claim, other: Claim, kind: str) -> bool:
    """A headline's day of a planned event and the lede's one day, said of what will happen: one
    event however the lede words it ("Eastgate tram extension to open on 21 September" over
    "Passengers will be able to ride the extension from Sunday 12 September"; "Pride march set for
    Sunday" over "The march will leave Harbour Square at noon on Saturday 12 June"). Not a day
    that bounds another ("until 27 March", "since 2 January"), a day of what has happened ("closed
    on 2 January"), nor a day of another named event ("Lifeboat naming on Sunday" over "will arrive
    ... on Wednesday 2 September"; "to reopen" over "will close")."""
    if kind not in ("day", "weekday") or _PAST.search(figure.sentence):
        return False
    words = (_event_words(figure), _event_words(other))
    if words[1][0] in _BOUNDING and words[1][0] != words[0][0]:
        return False
    at = other.start - other.sentence_start
    if not _PLANNED.search(re.split(r"[;:]", other.sentence[:at])[-1]):
        return False
    vocabulary = load_vocabulary()
    after = _WORD.findall(other.sentence[other.end - other.sentence_start :])
    if words[0][1] & (_forms(" ".join(after)) | {event_verb(word, vocabulary) for word in after}):
        return False  # "will hold its first auction on 31 March, a fortnight after it opens": another event's day
    # the events each names before its day: all the headline's words, the lede's last few
    before = [_WORD.findall(claim.sentence[: claim.start - claim.sentence_start]) for claim in (figure, other)]
    events = [
        {_AGAIN.get(verb, verb) for verb in (event_verb(word, vocabulary) for word in said) if verb in NAMED_EVENTS}
        for said in (before[0], before[1][-_LEDE_EVENT_WORDS:])
    ]
    # "Lifeboat naming on Sunday" over "will arrive at Brackmouth on Wednesday 2 September": two events
    return not (events[0] and events[1] and not events[0] & events[1])


# A day that bounds a spell, not the day something happens
_BOUNDING = frozenset("until till since by before after".split())
_PAST = LazyPattern(r"\b(?:was|were|had)\b", re.IGNORECASE)
# Words of what will happen, before a lede's day: "will open", "is to close", "due to take"
_PLANNED = LazyPattern(r"\b(?:will|shall|is\s+to|are\s+to|due\s+to|set\s+to|to\s+be)\b", re.IGNORECASE)
# How many words before the lede's day may name its event: "will open its doors as a working museum on"
_LEDE_EVENT_WORDS = 8
# An event done again is that event: "to reopen on 18 April" over "will open its doors on 28 April"
_AGAIN = {"reopen": "open"}


def _verbs(claim: Claim) -> frozenset[str]:
    """The verbs the evidence reads over a figure ("will be closed to traffic for ten weeks": close),
    and a date's event verb past its object ("will open its doors on 31 March": open)."""
    verbs = frozenset(verbs_of(claim.evidence)) if claim.evidence else frozenset()
    timing = timing_of(claim, load_vocabulary()) if claim.kind is ClaimKind.DATE else None
    return verbs | {timing.verb} if timing is not None and timing.verb else verbs


_PREPOSITION = LazyPattern(r"\b(on|in|at|from|since|until|till|by|for|over|after|before|within)\s+$", re.IGNORECASE)
_EVENT_WORDS = 1  # the word before the preposition names the event: its verb ("open", "reopen")


def _event_words(claim: Claim) -> tuple[str, frozenset[str]]:
    """(the preposition right before a figure, the content words that name its event)."""
    at = claim.start - claim.sentence_start
    before = re.sub(rf"\b{_MONTHS}\s+$", "", claim.sentence[:at], flags=re.IGNORECASE)
    preposition = _PREPOSITION.search(before)
    if preposition is None and "-" in claim.text:
        after = _WORD.findall(claim.sentence[claim.end - claim.sentence_start :])[:2]
        return "", _forms(" ".join(after))
    words = _WORD.findall(before[: preposition.start()] if preposition else before)
    content = [word for word in words if word.lower() not in _SKIP][-_EVENT_WORDS:]
    vocabulary = load_vocabulary()
    events = frozenset(event_verb(word, vocabulary) for word in content)  # "shut" and "close": one event
    return (preposition.group(1).lower() if preposition else ""), _forms(" ".join(content)) | events


_MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"


def _lengths(claims: Sequence[Claim]) -> frozenset[float]:
    """The lengths of time a sentence names, in seconds: the period its amounts are over."""
    return frozenset(claim.base_value for claim in claims if _kind_of(claim) == "duration" and claim.base_value)


def _plain(claim: Claim) -> bool:
    """A figure stated as itself, or as the level a change ends at: not a starting point, a range or
    a bound. Where a change ends is compared only with where a change ends ("rises to 96.4%" over
    "collected 94.6%, up from 95.1%"), never with a figure stated as itself ("speed limit cut to
    20mph" against "now 30mph": the new figure and the old)."""
    return claim.low == claim.high and (_is_new_level(claim) or (claim.role is None and not _endpoint_before(claim)))


def _is_new_level(claim: Claim) -> bool:
    """Where a change ends: "rises to 96.4%", or "94.6%, up from 95.1%"."""
    if claim.kind is ClaimKind.DATE or claim.role is Role.FROM:
        return False
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    return claim.role is Role.TO or bool(
        _TO_BEFORE.search(claim.sentence, 0, at) or _UP_FROM_AFTER.match(claim.sentence, end)
    )


def _endpoint_before(claim: Claim) -> bool:
    found = _ENDPOINT_BEFORE.search(claim.sentence[: claim.start - claim.sentence_start])
    if found is not None and claim.kind is ClaimKind.DATE and found.group(1).lower() == "from":
        # "to close from Thursday": the day a spell starts, unless a range's other end follows
        return bool(_RANGE_END_AFTER.match(claim.sentence, claim.end - claim.sentence_start))
    return found is not None


_SCHEDULE_AFTER = LazyPattern(r"^\s+(?:week|day|month|year|weekend|night|shift|cycle)s?\b", re.IGNORECASE)
_ENDPOINT_BEFORE = LazyPattern(r"\b(to|from)\s+$", re.IGNORECASE)
_RANGE_END_AFTER = LazyPattern(r"\s*(?:to|until|till|-|–)\s", re.IGNORECASE)
_TO_BEFORE = LazyPattern(r"\bto\s+$", re.IGNORECASE)
# "collected 94.6% of the tax due in 2025-26, up from 95.1%": the level a change said after it ends at
_UP_FROM_AFTER = LazyPattern(r"[^.;:]{0,60}?,\s*(?:up|down)\s+(?:by\s+[^,]{1,20}\s+)?from\b", re.IGNORECASE)


def _kind_of(claim: Claim) -> str | None:
    """What a figure may be compared with: a date with a date of its kind (a year, a day), a length
    of time with a length of time, an amount with an amount of its comparison key."""
    if claim.kind is ClaimKind.DATE:
        key = date_key(claim)
        return None if key is None else date_shape(key)
    if claim.kind.is_quantity and claim.dimension == "[time]" and claim.unit != "percent":
        after = claim.sentence[claim.end - claim.sentence_start :]
        if is_age(claim) or after.startswith("-old") or _SCHEDULE_AFTER.match(after):
            return None  # "a 24-year-old", "a four-day week": an age or a schedule, not how long
        return "duration"
    key = quantity_key(claim)
    return None if key is None or key == "change" else f"amount {key}"


def _states(other: Claim, figure: Claim) -> bool:
    """Whether a body figure states the headline's figure itself: the same date, or the same value."""
    if other is figure:
        return False
    if figure.kind is ClaimKind.DATE:
        return other.kind is ClaimKind.DATE and date_key(other) == date_key(figure)
    same_base = figure.base_value is not None and other.base_value == figure.base_value
    return same_base or (other.unit == figure.unit and other.value == figure.value)


def _nothing_apart(one: Claim, other: Claim) -> bool:
    """No attribute, time contrast, difference or mood tells the headline figure `one` apart from
    the lede's `other`, nor a period or attribute the headline names and the lede does not: a
    headline leaves the lede's out ("£1.2bn for battery research" over "£1.2 billion ... over five
    years")."""
    headline, lede = frame_of(one), frame_of(other)
    # a headline leaves out the lede's period and its attribute ("measured at 54.7 metres" over
    # "stands 45.7 metres tall"), but never says one of its own the lede does not
    left_out = dataclasses.replace(lede, period=False, attribute=lede.attribute if headline.attribute else None)
    if headline != lede and headline != left_out:
        return False
    if is_relative_amount(one) or is_relative_amount(other):
        return False
    moods = (one.evidence.modal if one.evidence else False, other.evidence.modal if other.evidence else False)
    return moods[0] == moods[1] or one.kind is ClaimKind.DATE


def _around(claim: Claim) -> frozenset[str]:
    """The content words within a few words either side of a figure, as lemmas and stems."""
    at = claim.start - claim.sentence_start
    before = _WORD.findall(claim.sentence[:at])[-_WINDOW:]
    after = _WORD.findall(claim.sentence[at + len(claim.text) :])[:_WINDOW]
    return _forms(" ".join(before + after))


def _forms(text: str) -> frozenset[str]:
    """Content words as lemmas and stems, so that "parking" meets "park" and "boosted" "booster"."""
    words = [word for word in _WORD.findall(text) if word.lower() not in _SKIP]
    forms = (form for word in words for form in (lemma(word).casefold(), word_stem(word.lower())))
    return frozenset(form for form in forms if len(form) > 2)
