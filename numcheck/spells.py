"""Spells: within one document, a definite phrase that names a spell of work or a stoppage by its
length ("the 36-day closure", "the three-week job", "for the 18 months of the study"), or a length
a spell noun owns ("Over the scheme's six months", "The shutdown, for 4 weeks,"), or that a spell
takes ("The closure will last 12 months", "The repairs took nine weeks"), refers back to
the one length of time the document gave before it ("out of service for six weeks from 2 March").

A reader takes "the 16-week shutdown" for the shutdown already told of: the definite article says
it is known, and the length in the phrase says which. Timing joins two lengths by their verb or
event noun, and the first is often said with neither ("will shut both lifts for six weeks"). Here
the later phrase restates the earlier length when the document said exactly one length of time
before it, in another sentence, and the phrase adds nothing that makes it a part ("the two-week
closure of Mill Lane", "the night closure") or another kind of spell (the works and a closure).
Never a figure to come or gone against one that is not, or a length per something ("£15 a day").
A sentence that opens with a length telling the spell by what fills it or is missing through it
("Fifty days without ice is hard", "Six weeks of roadworks"), or "no X for N", restates it too.
A headline that tells a spell ("Two years of roadworks", "50 days without lifts") is read against
the lede's one length by numcheck.headlines (`tells_a_spell`, `of_the_spell_told`)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence

from numcheck.frames import frame_of
from numcheck.layout import is_aligned_row
from numcheck.linking import evidence, is_age
from numcheck.model import Claim, ClaimKind
from numcheck.scanning import LazyPattern
from numcheck.slips import may_be_one
from numcheck.subjects import is_stop_word, lemma, word_stem
from numcheck.timing import is_conditioned, timing_of
from numcheck.vocabulary import load_vocabulary

# Nouns for a spell of being shut, of work, of study, of waiting: what one story's one length is
# of. Nouns of one kind name one spell; a closure is not the works that cause it.
_SHUT_KIND = "shut"
_SPELL_KINDS = {
    _SHUT_KIND: "closure shutdown stoppage disruption outage blackout suspension",
    "work": "works work job project scheme programme repair repairs refurbishment upgrade overhaul renovation "
    "rebuild build restoration construction roadworks timetable contract digging",
    "study": "trial study",
    "strike": "strike walkout",
    "wait": "wait delay",
}
_SPELL_KIND = {noun: kind for kind, nouns in _SPELL_KINDS.items() for noun in nouns.split()}
_SHUT_VERBS = frozenset("close closes closed closing shut shuts shutting".split())
# "the 36-day closure", "its three-week job", "the council's 12-month programme", "The year-long
# closure": a determiner, the length (hyphenated, or "year-long"), the noun (a word between them,
# "the six-week night closure", may make it another)
_DETERMINER_BEFORE = LazyPattern(r"(?:^|\b)(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Za-z]+['’]s?)\s+$")
_NOUN_AFTER = LazyPattern(r"^(?:-long)?\s+(?P<noun>[a-z]+)\b(?P<rest>[^,;:.!?]*)")
_HYPHENATED = LazyPattern(
    r"-(?:year|month|week|day|hour|minute)s?$|^(?:a\s+)?(?:year|month|week|day)(?:-long)?$", re.IGNORECASE
)  # and "week-long", read as one word
# What follows the noun and says which of them: "of Mill Lane", "on Bridge Road", a clause with
# no comma ("that begins in May", "that follows"); not "in a letter on Friday" (where or when it
# was told)
_OF_WHICH = LazyPattern(r"^\s+(?:of|on|along|that|which|who)\s+(?P<words>[A-Za-z][\w\s'’-]*)")
_YEAR = LazyPattern(r"\b(?:1[89]|20)\d\d\b")
_DAYS_IN_A_WORKING_WEEK = 5
_FILLER = frozenset("the a an its their his her our this that these those of and or".split())


def restated_spells(claims: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """(phrase, length) for every definite spell phrase of one document and the one length of
    time said before it, in another sentence."""
    lengths = sorted((claim for claim in claims if _a_plain_length(claim)), key=lambda claim: claim.start)
    dates = [claim.start for claim in claims if claim.kind is ClaimKind.DATE]
    for index, later in enumerate(lengths):
        pointed, labelled = _points_back(later), _labelled_duration(later)
        told = pointed or labelled or _names_a_spell(later) or _told_as_the_spell(later)
        if not (told or _a_closure_s_length(later)):
            continue
        before = [claim for claim in lengths[:index] if claim.sentence_start != later.sentence_start]
        if len(before) != 1:
            continue  # none to restate, or which of them it restates is not said
        earlier = before[0]
        both_closures = _a_closure_s_length(later) and _a_closure_s_length(earlier)
        if not told and (not both_closures or _other_times(later, earlier) or _two_things(later, earlier)):
            continue  # "closed for 15 months" restates only a closure's length, of its time and its thing
        if pointed and any(earlier.start < at < later.sentence_start + len(later.sentence) for at in dates):
            continue  # "those two years" may be the ones a date after the length gives ("from 2019")
        if frame_of(earlier).contrasts != frame_of(later).contrasts or evidence(earlier).modal != _modal_phrase(later):
            continue  # "ten years ago", "next year"; a plan against what happened
        if _of_which_unsaid(later, earlier) or (
            not (pointed or labelled or both_closures) and _another_spell(later, earlier)
        ):
            continue
        if _other_years(later, earlier):
            continue
        if _done_against_to_come(later, earlier):
            continue
        if _working_days(later, earlier):
            continue  # "closed for two weeks" and "the ten-day closure": ten working days
        if _SPELL_LASTED.search(_before(later)) and not _names_the_spell(earlier, _phrase_noun(later)):
            continue  # "The trial lasted six weeks" is no pointer to "the jury deliberated for 14 hours"
        yield later, earlier


def lengths_said_alike(
    lengths: Sequence[Claim], timed: Collection[int] = ()
) -> Iterator[tuple[Claim, Claim, frozenset[str]]]:
    """(later, earlier, the words they share) for two lengths of time in two sentences of one
    document whose own clauses say the same thing of them in two content words or more, when timing
    reads no event for one of them (`timed` holds the ids of those it reads one for, which timing
    has compared already): "will stay in their nest box, off show, for 12 weeks" and "The cubs,
    who will stay out of sight in their nest box for 16 weeks". The nearest such earlier length is
    the one the later restates. Nothing may tell the two apart (`numcheck.slips.may_be_one`: two
    names, times or places with none in common, another mood or frame; a later mention leaves out
    where and who), and neither may be a part of a length ("the first two weeks"), a bound or a
    hedge, a rate or a table's cell, each its own record."""
    plain = [claim for claim in sorted(lengths, key=lambda claim: claim.start) if _a_whole_length(claim)]
    words = {id(claim): _clause_words(claim) for claim in plain}
    for index, later in enumerate(plain):
        for earlier in reversed(plain[:index]):
            if earlier.sentence_start == later.sentence_start or (id(later) in timed and id(earlier) in timed):
                continue
            if _hyphened(later) and _hyphened(earlier):
                continue  # "a 25-year mortgage" and "the two-year fixed deal": two kinds of a thing, named by length
            shared = (words[id(later)] & words[id(earlier)]) - _ORDINALS - _ONE_OF_A_PAIR
            ordinals = _ORDINALS & words[id(later)], _ORDINALS & words[id(earlier)]
            pairs = _ONE_OF_A_PAIR & words[id(later)], _ONE_OF_A_PAIR & words[id(earlier)]
            if len(shared) < _SHARED_WORDS or (all(ordinals) and ordinals[0] != ordinals[1]) or pairs[0] != pairs[1]:
                continue  # (and not "the first phase" against "the second phase", nor "the return crossing")
            if is_conditioned(later) or is_conditioned(earlier):
                continue  # "takes 90 minutes in summer": one of the lengths it takes
            if may_be_one(later, earlier, heads=False):
                yield later, earlier, shared
            break


# How many content words two clauses must share to say one thing of their lengths: "stay" alone is
# said of a nest box and of a mother's side; "stay ... nest box" of one
_SHARED_WORDS = 2


def _hyphened(claim: Claim) -> bool:
    return "-" in claim.text.strip("-")


def _a_whole_length(claim: Claim) -> bool:
    """A length of time as written, whole: no bound or hedge, rate, role, part ("the first two
    weeks", "another six months") or table cell."""
    if claim.kind is not ClaimKind.MEASURE or claim.dimension != "[time]" or claim.low != claim.high:
        return False
    if claim.per is not None or claim.role is not None or is_age(claim):
        return False
    if "|" in claim.sentence or is_aligned_row(claim.sentence):
        return False
    return not _A_PART_BEFORE.search(_before(claim))


_A_PART_BEFORE = LazyPattern(
    r"\b(?:first|last|final|each|every|per|another|extra|further|remaining|within|under|over|more|less|than|up\s+to)"
    r"\s+$",
    re.IGNORECASE,
)


def _clause_words(claim: Claim) -> frozenset[str]:
    """The content words a length's own clause says around it, as dictionary forms: up to a clause
    mark or 70 characters before it, and 30 after it. Not words of time, of being or of saying."""
    at = claim.start - claim.sentence_start
    end = at + len(claim.text)
    sentence = claim.sentence
    marks = [found.end() for found in _CLAUSE_MARK.finditer(sentence, 0, at)]
    start = max(marks[-1] if marks else 0, at - _WORDS_BEFORE)
    after = _CLAUSE_MARK.search(sentence, end)
    stop = min(after.start() if after else len(sentence), end + _WORDS_AFTER)
    found = set()
    for word in _LOWER_WORD.findall(sentence[start:at] + " " + sentence[end:stop]):
        base = lemma(word).casefold()
        if (
            base in _ORDINALS
            or base in _ONE_OF_A_PAIR
            or (len(base) > 2 and not is_stop_word(base) and base not in _SAID_OF_ANY_LENGTH)
        ):
            found.add(base)
    return frozenset(found)


# Words that tell one of a pair from the other, said on one side: "the return crossing"
_ONE_OF_A_PAIR = frozenset("return outward inbound outbound reverse opposite other".split())
# Words that tell one of a series from another: "the first phase", "the second phase"
_ORDINALS = frozenset("first second third fourth fifth next last previous final new old original".split())
_CLAUSE_MARK = LazyPattern(r"[;:()\"“”.!?]")
_WORDS_BEFORE = 70
_WORDS_AFTER = 30
_LOWER_WORD = LazyPattern(r"(?<![\w'’-])[a-z][a-z'’-]*")
# Words any length of time is said with: of being, having, saying, time itself, and what kind of
# figure it is ("an average of 42 minutes" to answer all calls, "9 minutes" on average for the worst)
_SAID_OF_ANY_LENGTH = frozenset(
    "be have will would can could may might must shall do say said tell week month year day hour minute "
    "second fortnight time period more than about around nearly almost just over under some after before "
    "until since during average mean median typical total overall".split()
)


# "Over those seven weeks", "in these 18 months": a demonstrative that points back to a length told
_DEMONSTRATIVE_BEFORE = LazyPattern(r"\b(?:[Tt]hose|[Tt]hese)\s+$")
_PHRASE_ENDS = LazyPattern(
    r"^\s*(?:[,.;:)!?]|$)|^\s+(?:and|but|when|while|as|no|nobody|not|it|they|we|he|she|the|a|an|there|its|their)\b"
)


def _before(claim: Claim) -> str:
    at = claim.start - claim.sentence_start
    return claim.sentence[max(0, at - 40) : at]


def _names_the_spell(earlier: Claim, noun: str | None) -> bool:
    """Whether an earlier length's sentence names a spell of the noun's kind, or the noun's verb:
    "The work took 18 months" and "The restoration took two years" are one spell of work; so are
    "out of use for 18 months while it was restored" and "The restoration, which lasted 13 months"."""
    if noun is None:
        return False
    kind, stem = _spell_kind(noun), word_stem(noun)
    return any(_spell_kind(word) == kind or _one_stem(word_stem(word.casefold()), stem)
               or (kind == _SHUT_KIND and word.casefold() in _SHUT_VERBS)  # "will close for 14 months"
               for word in re.findall(r"[A-Za-z]+", earlier.sentence))  # fmt: skip


def _one_stem(one: str, other: str) -> bool:
    """A verb's stem and its noun's: "renovat" (renovating) and "renov" (renovation)."""
    return min(len(one), len(other)) >= 5 and (one.startswith(other) or other.startswith(one))


def _points_back(claim: Claim) -> bool:
    """Whether a bare length follows "those" or "these" and ends its phrase: "Over those seven weeks,
    no bins went"; not "those two weeks of night work" or "these six-month contracts"."""
    at = claim.start - claim.sentence_start
    after = claim.sentence[at + len(claim.text) :]
    return (
        "-" not in claim.text
        and bool(_DEMONSTRATIVE_BEFORE.search(claim.sentence[max(0, at - 12) : at]))
        and bool(_PHRASE_ENDS.match(after))
    )


# A fact box's line for the story's one length: "Duration: 13 weeks", "| Duration | 13 weeks |",
# "- Length of the works: 18 months"
_DURATION_LABEL = LazyPattern(
    r"^\s*(?:[-*•]\s*|\|\s*)?(?:duration|length\s+of\s+(?:the\s+)?(?:works?|closure|job|project|scheme))\s*(?::|\|)\s*$",
    re.IGNORECASE,
)


def _labelled_duration(claim: Claim) -> bool:
    """A length a fact box labels as the story's duration, which points back as "those weeks" does."""
    before = claim.sentence[: claim.start - claim.sentence_start]
    return bool(_DURATION_LABEL.match(before.rsplit("\n", 1)[-1]))


def _a_plain_length(claim: Claim) -> bool:
    """A length of time stated as one figure of its own: no range, bound, per or age."""
    return (
        claim.kind is ClaimKind.MEASURE
        and claim.dimension == "[time]"
        and claim.low == claim.high
        and claim.role is None
        and claim.per is None
        and claim.qualifier is None
        and not is_age(claim)
    )


def _names_a_spell(claim: Claim) -> bool:
    return _phrase_noun(claim) is not None


def _phrase_noun(claim: Claim, *, headline: bool = False) -> str | None:
    """The spell noun of a definite phrase that names a spell by its length: "the 36-day closure",
    "The year-long closure", "its three-week job"; or that a spell noun owns ("Over the scheme's
    six months", "The shutdown, for 4 weeks, is the first"). A `headline` drops its articles:
    "Organ sounds again after 18-month restoration"."""
    at = claim.start - claim.sentence_start
    before, after = _before(claim), claim.sentence[at + len(claim.text) :]
    lasted = _SPELL_LASTED.search(before)
    if lasted is not None and _spell_kind(lasted.group("noun")) is not None:
        return lasted.group("noun")  # "The restoration took 13 months": the spell told as its subject
    owned = _OWNED_BY.search(before)
    if owned is not None and _spell_kind(owned.group("noun")) is not None:
        # "the scheme's six months of night working": a part of it, or another spell
        return None if _PART_OF_IT.match(after) else owned.group("noun")
    if not (headline or _DETERMINER_BEFORE.search(before[-30:])):
        return None
    of_the = _OF_THE_SPELL.match(after)  # "for the 18 months of the study"
    if of_the is not None and _spell_kind(of_the.group("noun")) is not None:
        return of_the.group("noun")
    if not (_HYPHENATED.search(claim.text) or after.startswith("-long")):
        return None
    found = _NOUN_AFTER.match(after)
    return found.group("noun") if found is not None and _spell_kind(found.group("noun")) is not None else None


# "of the study", then the end of the phrase: nothing that says which part ("the six months of the
# works that fall in winter", "the two years of the study funded by the council")
_OF_THE_SPELL = LazyPattern(
    r"^\s+of\s+(?:the|its|their)\s+(?P<noun>[a-z]+)(?:\s*[,.;:)!?]|\s*$|\s+(?:will|would|is|are|was|were|has|have|"
    r"had|ends?|ended|begins?|began|starts?|started)\b)"
)


# "The restoration took ", "The £340,000 works lasted ", "the repair, which took ", "The closure will
# last ": a known spell, the subject of a verb of lasting (a plan against what happened is left to
# `_done_against_to_come`)
_SPELL_LASTED = LazyPattern(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Za-z]+['’]s)\s+(?:[a-z£$€\d,.-]+\s+){0,2}?(?P<noun>[a-z]+)(?:,\s+which)?\s+"
    r"(?:took|lasted|ran\s+for|lasted\s+for|had\s+taken|has\s+taken|(?:will|is\s+to|is\s+due\s+to)\s+"
    r"(?:take|last|run\s+for|last\s+for)|takes|lasts|runs\s+for)\s+$"
)
_PART_OF_IT = LazyPattern(r"^\s+(?:of|in|on)\b")
# "the scheme's ", "The shutdown, for ", "the closure, lasting ": a spell noun that owns the length
_OWNED_BY = LazyPattern(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<noun>[a-z]+)(?:['’]s\s+|,\s+(?:for|of|lasting|over)\s+)(?:some\s+)?$"
)


def _spell_kind(word: str) -> str | None:
    return _SPELL_KIND.get(word.casefold()) or _SPELL_KIND.get(lemma(word).casefold())


def _of_which_unsaid(later: Claim, earlier: Claim) -> bool:
    """Whether the phrase goes on to say which spell ("the two-week closure of Mill Lane") in words
    the earlier length's sentence does not say."""
    at = later.start - later.sentence_start
    found = _NOUN_AFTER.match(later.sentence[at + len(later.text) :])
    if found is None:
        return False
    which = _OF_WHICH.match(found.group("rest"))
    if which is None:
        return False
    said = {word.casefold() for word in re.findall(r"[A-Za-z]+", earlier.sentence)}
    return any(
        word.casefold() not in _FILLER and word.casefold() not in said
        for word in re.findall(r"[A-Za-z]+", which.group("words"))[:4]
    )


def _another_spell(later: Claim, earlier: Claim) -> bool:
    """Whether the earlier length's sentence names a spell of another kind and none of the
    phrase's ("The survey took 18 months" and "the 12-month trial" are one kind; "The works will
    take 18 months" and "the six-week closure" are two)."""
    noun = _phrase_noun(later)
    kind = _spell_kind(noun) if noun else tells_a_spell(later)
    at = earlier.start - earlier.sentence_start
    if _SHUT_FOR.search(earlier.sentence[max(0, at - 40) : at]):
        return kind not in (None, _SHUT_KIND)  # "will close overnight for eight weeks while the ward is rebuilt"
    kinds = {_spell_kind(word) for word in re.findall(r"[A-Za-z]+", earlier.sentence)} - {None}
    return bool(kinds) and kind not in kinds


# "will close for eight weeks", "shut overnight for 12 weeks": a length the verb of closing governs
_SHUT_FOR = LazyPattern(r"\b(?:close[sd]?|closing|shut|shuts|shutting)\s+(?:[a-z]+ly\s+|overnight\s+)?for\s+$")


def _other_years(later: Claim, earlier: Claim) -> bool:
    """The earlier length is dated by a year the phrase's sentence does not say: "shut for three
    months in 2019" is that spell; a year said only after the phrase dates what it tells ("the
    three-week job would be the last until 2030")."""
    one = set(_YEAR.findall(_STARTING_YEAR.sub("", later.sentence)))
    other = set(_YEAR.findall(_STARTING_YEAR.sub("", earlier.sentence)))
    return bool(other) and not one & other


# "starting in January 2027", "from March 2026": when the spell starts, which dates no other spell
_STARTING_YEAR = LazyPattern(
    r"\b(?:starting|beginning|from|starts?|begins?)\s+(?:in\s+|on\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?"
    r"(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b"
)


# "The survey took 18 months" against "The 12-month trial will start in June": a spell done
# against one to come
_PAST = LazyPattern(r"\b(?:took|lasted|ran|was|were|had|closed|shut|stopped|ended)\b")
_FUTURE = LazyPattern(r"\b(?:will|shall|is\s+to|are\s+to|is\s+due|are\s+due)\b")


def _done_against_to_come(later: Claim, earlier: Claim) -> bool:
    return bool(_PAST.search(earlier.sentence) and not _FUTURE.search(earlier.sentence)
                and _FUTURE.search(later.sentence) and not _PAST.search(later.sentence))  # fmt: skip


def _working_days(later: Claim, earlier: Claim) -> bool:
    """One length in days that is the other's weeks in working days: "two weeks", "ten days"."""
    units = {later.unit, earlier.unit}
    if units != {"day", "week"}:
        return False
    days, weeks = (later, earlier) if later.unit == "day" else (earlier, later)
    return days.value == weeks.value * _DAYS_IN_A_WORKING_WEEK


# A target, forecast or possibility said before the phrase ("could impose a 12-week closure");
# after it, a modal is the predicate's ("the 52-week scheme could force five shops to shut")
_MODAL_BEFORE = LazyPattern(
    r"\b(?:could|might|may|would|expected|expects?|plans?|planned|proposed|proposes?|targets?|aims?|hopes?|"
    r"forecasts?|predicted)\b(?![^.;:]*\b(?:said|says|told)\b)[^.;:]*$",
    re.IGNORECASE,
)


def _modal_phrase(claim: Claim) -> bool:
    if not evidence(claim).modal:
        return False
    at = claim.start - claim.sentence_start
    return bool(_MODAL_BEFORE.search(claim.sentence[max(0, at - 40) : at]))


# "Two years of roadworks", "50 days without lifts": a length that names a spell by what fills it
# or what is missing through it
_OF_A_SPELL = LazyPattern(r"^\s+(?:of\s+(?P<noun>[a-z]+)|without)\b")


# "no public skating for six weeks", "without its home ice for seven weeks": what is missing through a spell
_MISSING_FOR = LazyPattern(r"\b(?:[Nn]o|without)\s+(?:[A-Za-z'’]+\s+){1,4}for\s+(?:some\s+|about\s+|nearly\s+)?$")
_AFTER_CLOSING = LazyPattern(r"^\s+after\s+(?:(?:it|they|the\s+[a-z]+)\s+)?(?:shut|closed|closing|closes)\b")
# "reopens", "re-opened", "opens its doors again", "back open": the end of a closure (spans reads it too)
REOPENS = LazyPattern(r"\b(?:re-?open\w*|open(?:s|ed)?(?:\s+[a-z]+){0,3}?\s+again|back\s+open)\b", re.IGNORECASE)
_OPENS_SENTENCE = LazyPattern(r"^[\s\"“‘'(-]*$")


_CLOSURE_LABEL = LazyPattern(r"^\s*[-*•|]?\s*(?:length\s+of\s+)?(?:closure|closed|shut)\s*[:|](?:\s*[-–—]?\s*\|)*\s*$",
                             re.IGNORECASE)  # fmt: skip
_AFTER = LazyPattern(r"\bafter\s+(?:a|an|some|nearly|almost|more\s+than)?\s*$", re.IGNORECASE)


def _a_closure_s_length(claim: Claim) -> bool:
    """A length told as how long something is shut: "closed for 15 months", "has been shut for 15
    months", "the 18-month closure", "reopens after 18 months in the dark"."""
    if not _a_plain_length(claim):
        return False
    at = claim.start - claim.sentence_start
    before, after = claim.sentence[max(0, at - 40) : at], claim.sentence[at + len(claim.text) :]
    if _SHUT_FOR.search(before) or (_AFTER.search(before) and REOPENS.search(claim.sentence[:at])):
        return True
    if _CLOSURE_LABEL.match(claim.sentence[:at]):
        return True  # "- Closed: 15 months", "| Closure | - | 15 months |"
    noun = _NOUN_AFTER.match(after)
    return noun is not None and _spell_kind(noun.group("noun")) == _SHUT_KIND


def _two_things(later: Claim, earlier: Claim) -> bool:
    """Two lengths of things each named shut: "The pool closed for 6 weeks" and "The gym has been shut
    for 6 months"."""
    vocabulary = load_vocabulary()
    timings = [timing_of(claim, vocabulary) for claim in (later, earlier)]
    things = [timing.thing for timing in timings if timing is not None and timing.verb == "close"]
    return len(things) == 2 and None not in things and things[0] != things[1]


def _other_times(later: Claim, earlier: Claim) -> bool:
    """Two lengths each dated by times the other does not say: "closes for two weeks in May" and
    "closed for three weeks in August"."""
    one, other = set(evidence(later).times), set(evidence(earlier).times)
    return bool(one and other and not one & other)


def _told_as_the_spell(claim: Claim) -> bool:
    """A length that tells the story's spell by what fills it or is missing through it: opening its
    sentence ("Fifty days without ice is hard", '"Six weeks of roadworks will finish us"'), or
    after what is missing ("no public skating for six weeks")."""
    if not _a_plain_length(claim):
        return False
    at = claim.start - claim.sentence_start
    before = claim.sentence[:at]
    if _MISSING_FOR.search(before[-60:]):
        return True
    if _AFTER_CLOSING.match(claim.sentence[at + len(claim.text) :]) and REOPENS.search(claim.sentence):
        return True  # "When it reopens, 100 days after closing": the closure's length
    if _AFTER.search(before[-20:]) and REOPENS.search(claim.sentence):
        # "reopens on 14 March after a 15-month closure": the spell the reopening ends
        noun = _NOUN_AFTER.match(claim.sentence[at + len(claim.text) :])
        return noun is not None and _spell_kind(noun.group("noun")) is not None
    return bool(_OPENS_SENTENCE.match(before)) and tells_a_spell(claim) is not None


def tells_a_spell(claim: Claim, *, headline: bool = False) -> str | None:
    """The kind of spell a length of time is told as: "Two years of roadworks" (work), "50 days
    without lifts" (being shut), "the 36-day closure"; None if it is not told as one."""
    if not _a_plain_length(claim):
        return None
    after = claim.sentence[claim.end - claim.sentence_start :]
    found = _OF_A_SPELL.match(after)
    if found is not None:
        return _SHUT_KIND if found.group("noun") is None else _spell_kind(found.group("noun"))
    noun = _phrase_noun(claim, headline=headline)
    return None if noun is None else _spell_kind(noun)


def of_the_spell_told(figure: Claim, other: Claim) -> bool:
    """Whether a length may be of the spell another tells: its sentence names no spell of another
    kind ("Two years without a pool" and "after an 18-month build" are two spells)."""
    kind = tells_a_spell(figure, headline=True)
    kinds = {_spell_kind(word) for word in re.findall(r"[A-Za-z]+", other.sentence)} - {None}
    return kind is not None and (not kinds or kind in kinds)
