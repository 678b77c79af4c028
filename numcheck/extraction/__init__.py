"""Extraction stage: Document -> every numeric claim, with hedges, subjects and base units."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from numcheck.documents import readable_figures
from numcheck.evidence import Evidence, Spot, evidence_of
from numcheck.extraction.bracketed import hedged_conversions
from numcheck.extraction.calendar import NAMES, TIME_WORDS, calendar_names, named_times
from numcheck.extraction.changes import attach_changes, changes_from_endpoints, multiplier_words
from numcheck.extraction.directions import with_directions
from numcheck.extraction.lexicon import unit_lexicon
from numcheck.extraction.nouns import counted_noun
from numcheck.extraction.number_nouns import NOUN_WORDS, number_nouns
from numcheck.extraction.ordinals import ORDINAL_WORDS, ordinal_words
from numcheck.extraction.proportions import (
    HEDGED_ONE,
    LASTING_ONE,
    fractions_of_a_unit,
    shares_of_every_unit,
    with_proportions,
)
from numcheck.extraction.readings import Reading, read_figures
from numcheck.extraction.vague import VAGUE_WORDS, vague_amounts
from numcheck.extraction.wordlists import one_of
from numcheck.model import Claim, ClaimKind, Document, Sentence
from numcheck.scanning import LazyPattern
from numcheck.sentences import split_sentences
from numcheck.subjects import clause_subject_of, counted_in_a_compound, entities_of, shares_subject, subject_of
from numcheck.tables import with_table_headers
from numcheck.units import UnknownUnitError, to_base
from numcheck.vocabulary import CHANGE_NOUNS, Vocabulary, load_vocabulary


@cache
def _worth_reading(vocabulary: Vocabulary) -> re.Pattern[str]:
    """Sentences with no digit and no number word cannot hold a claim: skip them cheaply."""
    words = {*vocabulary.number_words, *vocabulary.scales, *vocabulary.count_nouns,
             *vocabulary.multipliers, *vocabulary.fractions, *VAGUE_WORDS, *NOUN_WORDS, *TIME_WORDS,
             *ORDINAL_WORDS}  # fmt: skip
    # "tenfold", "threefold": a number word fused to "fold" has no word boundary of its own.
    # "less than an hour", "up to a mile": one unit under a hedge (read in extraction/proportions.py)
    # "will last a month", "a year-long closure": one unit of time as a length (also read there)
    # "on Sunday", "by June": a day or month named alone, capitalised as a name is (extraction/calendar.py)
    return re.compile(
        rf"\d|[½⅓⅔¼¾]|fold\b|-long\b|{HEDGED_ONE}|{LASTING_ONE}|\b(?:{one_of(words, ignore_case=True)})\b"
        rf"|\b(?-i:{NAMES})\b",
        re.IGNORECASE,
    )


_ASCII_DIGIT = LazyPattern("[0-9]")
# A change set after a level by a comma, which names only itself: "28 dams, a fourfold increase"
_APPOSED = LazyPattern(r"[^,;:()\d]{0,40},\s*(?:a|an)?\s*", re.IGNORECASE)


def _worth_reading_quickly(text: str, vocabulary: Vocabulary) -> bool:
    """`_worth_reading`, answered at the first digit when there is one: most prose with figures
    has digits, and a plain character class is scanned fast, where the word list is tried at
    every character up to it."""
    return bool(_ASCII_DIGIT.search(text) or _worth_reading(vocabulary).search(text))


def read_sentence(text: str, vocabulary: Vocabulary) -> list[Reading]:
    """All readings of one sentence's prose, in order."""
    if not _worth_reading_quickly(text, vocabulary):
        return []
    lexicon = unit_lexicon(vocabulary)
    readings = with_proportions(text, read_figures(text, vocabulary, lexicon), vocabulary)
    readings = shares_of_every_unit(text, readings)
    readings = vague_amounts(text, readings, lexicon)
    readings = number_nouns(text, readings, lexicon, vocabulary)
    taken = [(r.start, r.end) for r in readings]
    readings += multiplier_words(text, vocabulary, taken)
    readings = fractions_of_a_unit(text, readings, lexicon, vocabulary)
    readings = attach_changes(text, readings, vocabulary)
    readings = changes_from_endpoints(text, readings, vocabulary)
    readings = with_directions(text, readings)
    readings = hedged_conversions(text, readings)
    readings = calendar_names(text, readings)
    readings = named_times(text, readings)
    readings = ordinal_words(text, readings)
    return sorted(readings, key=lambda r: (r.start, r.end, r.kind))


@dataclass(frozen=True, slots=True)
class _Figure:
    """One figure as its sentence alone says it: all of a claim but where the sentence stands."""

    reading: Reading
    subject: str | None
    entities: tuple[str, ...]
    base_value: float | None
    base_unit: str | None
    dimension: str | None
    noun: str | None
    evidence: Evidence


# Distinct sentences whose figures are remembered: a sentence printed again (a wire story in many
# papers, a boilerplate line, a template) is read once. Reading is a pure function of the sentence,
# so a repeat gets the same figures, and its claims share their evidence records.
SENTENCES_REMEMBERED = 4096


@lru_cache(maxsize=SENTENCES_REMEMBERED)
def _figures_of(prose: str, text: str, vocabulary: Vocabulary) -> tuple[_Figure, ...]:
    """The figures of one sentence: its prose (markup masked) and its text as written."""
    figures: list[_Figure] = []
    previous_subject: str | None = None
    previous_end = 0
    for reading in _read_figures_as_written(prose, vocabulary):
        subject = None
        if reading.kind.is_quantity:
            subject = subject_of(prose, reading.start, _own_end(prose, reading), reading.kind, vocabulary)
            # Failing a noun beside it: an earlier figure's ("rose to £6bn, up from £5bn"), then the clause's.
            if subject is None and previous_subject and shares_subject(prose, previous_end, reading.start):
                subject = previous_subject
            elif (
                subject in CHANGE_NOUNS and previous_subject and _APPOSED.fullmatch(prose, previous_end, reading.start)
            ):
                subject = previous_subject  # "counted 28 dams, a fourfold increase": the change is the dams'

            subject = subject or clause_subject_of(prose, reading.start, reading.kind, vocabulary)
            compound = counted_in_a_compound(prose, reading.end) if reading.kind is ClaimKind.COUNT else None
            # "| One-bedroom flats | 96 |": the figures after a compound count the flats, not bedrooms
            after = subject_of(prose, compound[1], compound[1], reading.kind, vocabulary) if compound else subject
            previous_subject = after or previous_subject
            previous_end = max(previous_end, reading.end)
        figures.append(_figure(reading, subject, vocabulary, prose, text))
    return tuple(figures)


def forget_sentences() -> None:
    """Empty the memory of sentences read: a benchmark timing the reading of the same text again
    measures the reading, not the memory."""
    _figures_of.cache_clear()


def _figure(reading: Reading, subject: str | None, vocabulary: Vocabulary, prose: str, text: str) -> _Figure:
    base_value = base_unit = dimension = None
    if reading.kind.is_quantity:
        base_value, base_unit, dimension = _normalise(reading)
        if reading.per and dimension and "/" not in (reading.unit or ""):
            dimension = f"{dimension} per {reading.per}"  # "$2,900 a month" is not compared with "$2,900"
    entities = entities_of(prose, reading.start, reading.end, vocabulary)
    after = _own_end(prose, reading)
    spot = Spot(text, reading.start, after, reading.kind, subject, entities, reading.role)
    noun = counted_noun(prose, after) if reading.kind is ClaimKind.COUNT else None
    return _Figure(reading, subject, entities, base_value, base_unit, dimension, noun, evidence_of(spot, vocabulary))


_PLURAL_WORD_END = LazyPattern(r"[ \t]+[A-Za-z]+s\Z")


def _own_end(prose: str, reading: Reading) -> int:
    """Where the words about a figure start: its end, or for a count whose text ends in the plural
    it counts, that word's start ("seven| points" in a game: the points are its noun and head)."""
    if reading.kind is not ClaimKind.COUNT or not reading.start < reading.figure_end < reading.end:
        return reading.end
    found = _PLURAL_WORD_END.search(prose, reading.figure_end, reading.end)
    return found.start() if found else reading.end


def _claim(document: Document, sentence: Sentence, figure: _Figure) -> Claim:
    reading = figure.reading
    start, end = sentence.start + reading.start, sentence.start + reading.end
    line, column = document.position(start)
    end_line, end_column = document.position(end)
    return Claim(
        path=document.path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        start=start,
        end=end,
        text=document.text[start:end],
        sentence=sentence.text,
        kind=reading.kind,
        value=reading.value,
        unit=reading.unit,
        base_value=figure.base_value,
        base_unit=figure.base_unit,
        low=reading.interval.low,
        high=reading.interval.high,
        low_inclusive=reading.interval.low_inclusive,
        high_inclusive=reading.interval.high_inclusive,
        qualifier=reading.qualifier,
        precision=reading.precision,
        subject=figure.subject,
        entities=figure.entities,
        direction=reading.direction,
        from_value=reading.from_value,
        to_value=reading.to_value,
        endpoint_unit=reading.endpoint_unit,
        role=reading.role,
        dimension=figure.dimension,
        per=reading.per,
        noun=figure.noun,
        sentence_start=sentence.start,
        evidence=figure.evidence,
    )


def _read_figures_as_written(prose: str, vocabulary: Vocabulary) -> list[Reading]:
    """Readings of the prose with its figures made readable ("４０，０００", "4\u200b0,000"), at
    the offsets of the prose as written."""
    readable, offsets = readable_figures(prose)
    readings = read_sentence(readable, vocabulary)
    if offsets is None:
        return readings

    def written(end: int) -> int:
        return offsets[end - 1] + 1 if end else 0

    return [replace(r, start=offsets[r.start], end=written(r.end), figure_end=written(r.figure_end)) for r in readings]


def normalised(reading: Reading) -> tuple[float | None, str | None, str | None]:
    """A reading's value in its base unit, the base unit and its dimension (numcheck.units)."""
    return _normalise(reading)


def _normalise(reading: Reading) -> tuple[float | None, str | None, str | None]:
    if reading.unit is None:
        return reading.value, None, reading.kind.value if reading.kind is ClaimKind.RATIO else "count"
    try:
        return to_base(reading.value, reading.unit)
    except UnknownUnitError:
        return None, None, f"unit:{reading.unit}"


def extract_document(document: Document, vocabulary: Vocabulary | None = None) -> tuple[Claim, ...]:
    """Every claim in a document, in document order."""
    vocabulary = vocabulary or load_vocabulary()
    claims: list[Claim] = []
    for sentence in split_sentences(document, lambda prose: _worth_reading_quickly(prose, vocabulary)):
        prose = document.prose[sentence.start : sentence.end]
        claims += [_claim(document, sentence, figure) for figure in _figures_of(prose, sentence.text, vocabulary)]
    return with_table_headers(document, claims, vocabulary)
