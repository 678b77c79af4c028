"""Subjects (what a figure counts or measures) and the entities that tell claims apart."""

from __future__ import annotations

import bisect
import logging
import re
from functools import cache, lru_cache
from typing import Any

from numcheck.model import ClaimKind
from numcheck.scanning import LazyPattern, matches_from
from numcheck.vocabulary import Vocabulary

_WORD = LazyPattern(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]")
_STOP = frozenset(
    """of on in at to for from by with and or but than as that which who whom whose was were is
    are be been being have has had will would could should may might can said says say since after
    before during over under per each a an the its their his her our my your this these those it
    they he she we you i more less fewer up down about around while when where including include
    includes included into onto across against between among through via not no nor so yet if
    then there here also only just even still already now ago almost nearly some all both either
    though although whereas within beyond until till toward towards despite throughout amid near
    neither every any many much most least very too such what how why do does did done got get goes
    made make makes new old own same other another further extra additional roughly approximately
    worth just around than last next ago earlier later apiece each high long tall deep wide thick
    away along overnight worldwide nationwide abroad annually daily weekly monthly hourly yearly respectively
    instead rather once unless whether because whilst beneath underneath behind beside besides upon
    out off back aside apart forward above below today tonight yesterday tomorrow currently
    altogether total combined alone first second third fourth fifth sixth seventh eighth ninth tenth
    inland offshore onshore upstream downstream uphill downhill upriver downriver overseas underground
    northward southward eastward westward northwards southwards eastwards westwards
    due owed owing outstanding payable
    """.split()
)
# Not "a"/"an": in "£28k a year" the article starts a rate, not the subject.
_ACRONYM_PLURAL = LazyPattern(r"[A-Z]{2,}s")
# (and the adjectives of how often, which say when a count is taken: "16,800 weekly listeners")
_LEADING_SKIP = frozenset(
    "of for worth the its their his her our some further additional extra more new other "
    "daily weekly monthly yearly nightly hourly".split()
)
_WHOLE_DETERMINERS = frozenset("the its their his her our".split())
# "twice as many pupils", "10 times as much money": the subject follows the comparison.
_AS_MANY = LazyPattern(r"\s+as\s+(?:many|much)\b", re.IGNORECASE)
_VERB_OR_ADVERB = LazyPattern(r"(?:ed|ing|ly)$", re.IGNORECASE)
_AUXILIARIES = frozenset(
    "have has had been was were is are will would could should can must shall may might be being also now".split()
)
# Past tenses that no suffix gives away: "The eruption sent ash", "The driver was caught doing".
# Only forms that are never nouns or adjectives: not "cut", "set", "lost", "rose" or "won".
_IRREGULAR_PAST = frozenset(
    """made had got took gave bought sold paid spent sent saw built kept held brought told said fell grew drew threw
    caught struck became came went began wrote fought sought taught thought stood understood meant felt
    dealt flew drove broke chose spoke stole froze wore tore swore sank shrank sprang ran sang rang swam slept
    met""".split()
)
_TITLE_WORDS = frozenset(
    """the a an he she it they we i you mr mrs ms dr in on at by but and or so as this that these
    those there here his her its their our if when while after before since last next then per
    what who how why one some all about around almost nearly more over under up down according""".split()
)
# The years copy names (1800-2099): one definition, read by subjects and evidence alike.
YEAR_DIGITS = r"1[89]\d\d|20\d\d"
_YEAR = LazyPattern(rf"\b(?:{YEAR_DIGITS})s?\b")
_YEAR_START = LazyPattern("[12]")  # where a year can start (scanning.matches_from)
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_RELATIVE_TIME = LazyPattern(
    rf"\b(?:(?:last|this|next|previous|the\s+previous|the\s+same)\s+(?:year|month|week|quarter|decade|summer|winter|spring|autumn)|"
    rf"yesterday|today|tomorrow|(?:on\s+)?(?:{_DAYS})|q[1-4])\b",
    re.IGNORECASE,
)
# The words `_RELATIVE_TIME` is made of: an opener with a period ("last year"), or a day ("Q3" has "q")
_RELATIVE_OPENERS = frozenset("last this next previous same".split())
_PERIODS = frozenset("year month week quarter decade summer winter spring autumn".split())
_RELATIVE_DAYS = frozenset(f"yesterday today tomorrow {_DAYS.replace('|', ' ')} q".split())
_LETTER_RUN = LazyPattern(r"[a-z]+")


def _may_name_a_relative_time(clause: str) -> bool:
    """False only when `_RELATIVE_TIME` cannot match: its words are not among the clause's runs of
    letters. Scanning for the pattern tries it at every character; most clauses name no such time.
    Only for ASCII, where lower() is re.IGNORECASE's case folding (see wordlists.ascii_words)."""
    if not clause.isascii():
        return True
    words = set(_LETTER_RUN.findall(clause.lower()))
    return bool(words & _RELATIVE_DAYS or (words & _RELATIVE_OPENERS and words & _PERIODS))


_TIME_PREPOSITION = LazyPattern(r"\b(in|by|since|until|till|from|before|after|during|as\s+of|on)\s+$", re.IGNORECASE)
# A break may start only where a run of spaces starts: "\\s+but" tried at every space of a long run
# backtracks over the rest of the run each time, quadratic in its length.
_CLAUSE_BREAK = LazyPattern(
    r";|(?<!\s)\s+(?:but|while|whereas|compared\s+with|compared\s+to|against)\s+|,\s+(?:and|while)\s+"
)


def is_stop_word(word: str) -> bool:
    """A function word or a hedge that says nothing of what a figure is about: "of", "more", "each"."""
    return word in _STOP


@cache
def _lemmatizer() -> Any:
    """simplemma, loaded on first use. Decoding its English dictionary costs a fifth of a second
    per run, so with marisa-trie installed the dictionary is kept as a trie in the user's cache
    folder, built once (simplemma's TrieDictionaryFactory); the lemmas are the same."""
    import simplemma
    from simplemma.strategies import DefaultStrategy

    try:
        from simplemma.strategies.dictionaries import TrieDictionaryFactory

        factory = TrieDictionaryFactory()
    except ImportError:  # marisa-trie is missing, or simplemma predates tries
        return simplemma.Lemmatizer()
    # The trie cache is only a speed-up: a folder that cannot be written must not print warnings.
    logging.getLogger("simplemma.strategies.dictionaries.trie_dictionary_factory").setLevel(logging.ERROR)
    return simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))


@lru_cache(maxsize=1 << 16)  # every content word of a sentence is lemmatised for its evidence
def lemma(word: str) -> str:
    """The dictionary form of an English word: "troops" -> "troop"."""
    lowered = word.lower()
    result = _lemmatizer().lemmatize(lowered, lang="en")
    return str(result).lower()


# Endings that derive one word from another: "completion" and "completed", "recycling" and "recycled"
_DERIVING_SUFFIX = LazyPattern(r"(?:ations?|ions?|ings?|ed|es|e|s)$")


def word_stem(word: str) -> str:
    """A word with its derivational ending and all but seven letters cut, so that a noun and its
    verb meet: "completion" and "complete" give "complet"."""
    return _DERIVING_SUFFIX.sub("", word.split()[0])[:7]


@lru_cache(maxsize=4096)
def is_proper_noun(word: str) -> bool:
    """Whether a capitalised word is a name even where every word is capitalised, at the start
    of a sentence: the dictionary keeps "Japan" and "Kyiv" capitalised, but gives "rescuer" for
    "Rescuers". Acronyms ("NATO", "US") are names."""
    if word.isupper() and len(word) > 1:
        return True
    return str(_lemmatizer().lemmatize(word, lang="en"))[:1].isupper()


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m[0], m.start(), m.end()) for m in _WORD.finditer(text)]  # m[0]: a quarter faster than m.group()


def _past_a_figure(tokens: list[tuple[str, int, int]], index: int) -> int:
    """The index of the first token after a figure's digits and separators ("9", ",", "000")."""
    while index + 1 < len(tokens) and (tokens[index][0][0].isdigit() or tokens[index][0] in ",."):
        index += 1
    return index


def _noun_phrase(words: list[str], vocabulary: Vocabulary) -> str | None:
    """ "armoured vehicles" -> "armoured vehicle"; "troop numbers" -> "troop"."""
    words = [w.lower().replace("’", "'") for w in words if w]
    if not words:
        return None
    head = words[-1]
    modifiers = words[:-1]
    if head in vocabulary.generic_subject_words:
        if not modifiers:
            return None
        head, modifiers = modifiers[-1], modifiers[:-1]
    if head in vocabulary.generic_subject_words or head in _STOP:
        return None
    singular = lemma(head)
    if singular in _TIME_HEADS and (singular == head or singular not in _COUNTED_PERIODS):
        return None  # "up from £5bn the year before", "at the 2021 census", "£45,000 in eight weeks": when
    head = singular  # "between the two censuses", "in three of the four quarters": periods counted
    return " ".join([*modifiers, head])


# Periods and occasions counted when plural ("the two censuses", "launched 143 times"); a unit
# of time after a figure is when it holds ("raised £45,000 in eight weeks").
_COUNTED_PERIODS = frozenset({"census", "quarter", "period", "time"})
# Nouns that say when a figure holds, never what it counts.
_TIME_HEADS = frozenset("year month week day census quarter period time decade fortnight".split())


# Plural nouns that do not end in -s, so the dictionary cannot tell them from singulars.
_UNINFLECTED_PLURALS = frozenset("people police staff cattle livestock personnel".split())


def _is_plural(word: str) -> bool:
    """A plural noun ends a counted noun phrase: "40,000 troops near the border"."""
    lowered = word.lower()
    if lowered in _UNINFLECTED_PLURALS:
        return True
    base = lemma(lowered)
    # "older", "largest": a comparative's lemma differs from it too, but it is no plural noun
    return base != lowered and not _VERB_OR_ADVERB.search(lowered) and not _COMPARED.fullmatch(lowered, 0)


_COMPARED = LazyPattern(r"[a-z]+(?:er|est)")


def is_plural_noun(word: str) -> bool:
    """Whether a lower-case word reads as a plural noun: "people", "homes", "tonnes"."""
    lowered = word.lower()
    if lowered in _UNINFLECTED_PLURALS:
        return True
    return lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")) and _is_plural(lowered)


# "a $2.3bn (€2.1bn) agreement": a conversion in brackets stands between a figure and its noun,
# and the bracketed figure's own noun follows the closing bracket.
_BRACKETED_AFTER = LazyPattern(r"\s*(?:\([^()]{0,40}\d[^()]{0,40}\)|\))")


# Words after which a word right after a figure is its verb: "41% failed the test", "64% agreed with it"
_AFTER_VERB = frozenset("by to from at for with in on that against out up down off".split())
_POSSESSIVE_WORD = LazyPattern(r"[A-Za-z][\w-]*(?:['’]s|s['’])")
_POSSESSIVE_MARK = LazyPattern(r"['’]s?$")


def _gerund_compound(tokens: list[tuple[str, int, int]], at: int) -> bool:
    """ "46 school crossing patrol officers", "120 car parking spaces": a noun, a noun in -ing, then
    a plural noun within two words, all lower case, make one compound noun."""
    if at < 0 or at + 2 >= len(tokens):
        return False
    noun, gerund = tokens[at][0], tokens[at + 1][0]
    if not (noun.isalpha() and noun.islower() and gerund.islower() and gerund.endswith("ing")) or _is_plural(noun):
        return False
    for word, _, _ in tokens[at + 2 : at + 4]:
        if not (word.isalpha() and word.islower()) or word in _STOP:
            return False
        if len(word) > 3 and _is_plural(word):
            return True
    return False


def _phrase_after(text: str, position: int, vocabulary: Vocabulary) -> str | None:
    bracketed = _BRACKETED_AFTER.match(text, position)
    if bracketed:
        position = bracketed.end()
    as_many = _AS_MANY.match(text, position)
    if as_many:
        position = as_many.end()
    tokens = _tokens(text[position : position + 80])
    index = 0
    if len(tokens) > 1 and tokens[0][0] == "-" and tokens[1][0].isalpha():
        index = 2  # "a 2m-high wall", "a 10-year-old boy": the adjective's tail is no subject
    while index < len(tokens) and tokens[index][0].lower() in _LEADING_SKIP:
        index += 1
        if tokens[index - 1][0].lower() in _WHOLE_DETERMINERS and index < len(tokens) and tokens[index][0].isdigit():
            # "two-thirds of the 650 MPs", "closed 17 of its 212 stores": the whole's figure stands
            # between the part and its noun
            index = _past_a_figure(tokens, index)
    if (
        0 < index + 1 < len(tokens)
        and tokens[index - 1][0].lower() == "the"
        and _POSSESSIVE_WORD.fullmatch(tokens[index][0])
        and tokens[index + 1][0][0].isdigit()
    ):
        # "1,200 of the region's 9,000 hospital beds": the possessor and the whole's figure
        index = _past_a_figure(tokens, index + 1)
    words: list[str] = []
    longest = 4 if _gerund_compound(tokens, index) else 3
    for at in range(index, len(tokens)):
        word = tokens[at][0]
        if _ACRONYM_PLURAL.fullmatch(word):
            word = word[:-1].lower()  # "MPs", "GPs", "SUVs": a plural common noun (mp), not a name
        lowered = word.lower()
        if not word[0].isalpha() or lowered in _STOP or len(words) == longest:
            break
        if word[0].isupper() and not word.isupper():
            if words:
                break
            continue  # "40,000 Nato troops", "120 British tanks": the name is an entity
        if word.isupper() and len(word) > 1 and not words:
            continue
        if _POSSESSIVE_WORD.fullmatch(word) and at + 1 < len(tokens) and tokens[at + 1][0][0].isalpha():
            words = []  # "30% of the trust's nurses": the possessor owns the counted noun, it is not it
            continue
        if words and _is_verb_form(lowered) and not _gerund_compound(tokens, at - 1):
            break  # "delegates attended", "homes destroyed", "rain fell": the verb ends the phrase
        following = tokens[at + 1][0].lower() if at + 1 < len(tokens) else ""
        takes_object = following in _DETERMINERS or following in _AFTER_VERB or not following[:1].isalpha()
        right_after_figure = at == 0 and not lowered.endswith("ing")  # "£1m of funding for" is a noun
        if right_after_figure and _is_verb_form(lowered) and takes_object:
            break  # "41% failed the test", "12 voted to strike": the figure is the verb's subject, and names none
        if at == 0 and lowered in _ONLY_A_PAST_TENSE:
            break  # "The 64 tonnes took nine hours to set": a verb no noun is spelt as, whatever follows it
        after_following = tokens[at + 2][0].lower() if at + 2 < len(tokens) else ""
        if (
            words
            and lowered.endswith("s")
            and following in _DETERMINERS
            and not (following in _TIME_DEICTICS and after_following in _TIME_NOUNS)
        ):
            break  # "a 2m-high wall surrounds the site": a verb with its object; not "cars this year"
        if words and lowered in _LINKING_VERBS and following not in _AUXILIARIES:
            break  # "the average two-year deal cost 6.86%" (but "the £38 million set-up cost would be")
        if words and lowered in _VERBS_AFTER_A_NOUN:
            break  # "the €2.4 million contract runs for seven years", "the 30-day trial ends"
        words.append(word)
        if lowered in _UNINFLECTED_PLURALS and following.isalpha() and _is_plural(following):
            continue  # "police officers", "staff members"
        if _is_plural(word):
            break
    if len(words) == 1 and words[0].lower().endswith(("er", "est")):
        rest = text[position : position + 120].lstrip()
        if rest[len(words[0]) :].lstrip().lower().startswith("than"):
            return None  # "3x faster than": a comparison, not a subject
    return _noun_phrase(words, vocabulary)


# Past tenses that are no participle and no noun: right after a figure, its verb
_ONLY_A_PAST_TENSE = frozenset(
    "took came went gave saw began rose fell grew ate wrote drove flew drew threw knew swam sang rang spoke "
    "broke chose froze stole woke wore tore shook forgot forgave".split()
)
# Verbs in -s that, after a noun, are its verb and never the head of a compound noun
_VERBS_AFTER_A_NOUN = frozenset(
    "runs lasts ends expires starts begins remains stays matters means includes opens closes seems looks "
    "takes gives needs reopens shuts finishes continues returns arrives leaves sits lies serves".split()
)
_LINKING_VERBS = frozenset(
    "hit hits reach reaches stood stands stand totals total cost costs weighs weigh measures measure "
    "become becomes became".split()
)
# Verbs joined to their figure by "to" or "at": "The bill came to $75", "the toll stood at 300".
_LINKING_BEFORE_PREPOSITION = frozenset(
    """came come comes amounted amounts amount stood stands stand totalled totaled put estimated ranged
    ranging range ranges run runs ran running stretch stretches stretched stretching extend extends extended
    extending traded trades sold bought valued priced auctioned peaked peaks peak
    closed closes ended ends settled settles finished finishes held holds kept pegged capped fixed set
    levelled leveled plateaued bottomed topped""".split()
)
# Verbs that name the amount they impose: "He was fined 500 pounds for the offence" is a fine.
_AMOUNT_VERBS = {
    "fined": "fine", "charged": "charge", "billed": "bill", "taxed": "tax",
    "awarded": "award", "granted": "grant", "loaned": "loan", "bailed": "bail",
}  # fmt: skip


def _is_verb_form(word: str) -> bool:
    lowered = word.lower()
    return lowered in _IRREGULAR_PAST or bool(_VERB_OR_ADVERB.search(lowered))


_AUXILIARIES_BEFORE = _AUXILIARIES | {"worth"}
# Verbs of a phrasal change whose forms no suffix gives away: "Fares will go up 4.9%", "Membership shot up",
# "payments add up to £195"
_VERBS_OF_A_PARTICLE = frozenset("go goes gone shot shoot shoots crept creep creeps add adds tot tots".split())
_MODALS = frozenset("will would could should can may might must to".split())


def _is_verb_before_figure(word: str, previous: str) -> bool:
    """A noun rarely sits right before a figure, so a word there after a singular noun is a verb;
    after a verb it is the verb's object: "made profits in excess of £2bn"."""
    lowered = word.lower()
    if lowered in _LINKING_VERBS or _is_verb_form(lowered) or previous.lower() in _MODALS:
        return True
    if _is_verb_form(previous) or previous.lower() in _AUXILIARIES:
        return False
    return lowered.endswith("s") and not lowered.endswith("ss") and not previous.lower().endswith("s")


_DETERMINERS = frozenset("the a an its their his her our this these those".split())
_TIME_NOUNS = frozenset("year month week quarter decade summer winter spring autumn day night season".split())
_TIME_DEICTICS = frozenset("last this next previous same".split())
# "Shares in the bank fell", "funding per pupil will rise", "grain exports from its Black Sea ports rose",
# "The long route of 162 km climbed": the head noun comes before the preposition (for "of" and "for",
# only before a name or a measure).
_PREPOSITIONAL_TAIL = LazyPattern(
    r"\s+(?:in|at|on|per|for|from|of|through)\s+(?:the|a|an|its|their)?\s*(?:\d[\d,.]*\s*)?"
    r"(?:(?!(?:in|at|of|on|for|per|from|through)\b)[A-Za-z'’-]+\s+){0,3}[A-Za-z'’-]+\s*$",
    re.IGNORECASE,
)


# After "of" or "for" a place is no subject ("the population of the Marlow Valley area"); other nouns are.
_DIGIT = LazyPattern(r"\d")
_MEASURE_OF = LazyPattern(r"\s+of\s", re.IGNORECASE)
_OF_OR_FOR = LazyPattern(r"\s+(?:of|for)\s", re.IGNORECASE)
_HAS_NAME = LazyPattern(r"\s[A-Z]")
_PLACE_BEFORE = LazyPattern(r"\s+(?:in|at|across|for|to|from|of)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s*)+$")


def _strip_place(text: str, position: int) -> int:
    """ "Sales at Tesco rose 5%", "Unemployment in Spain rose": the place is an entity."""
    place = _PLACE_BEFORE.search(text, max(0, position - 60), position)
    return place.start() if place and place.end() == position else position


# "lent by the library", "cooked by its volunteers": a participle and its agent after the head noun
_AGENT_AFTER_PARTICIPLE = LazyPattern(
    r"(?<=[a-z] )(?P<participle>[a-z]+(?:ed|en)|lent|sold|built|made|held|run|sent|bought|paid|spent|kept)\s+by\s+"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*\s+"
    r"(?:has|have|had|was|were|is|are|will|would)(?:\s+(?:been|be))?\s*$"
)


def _phrase_before(
    text: str, position: int, vocabulary: Vocabulary, *, sentence_start: bool, after_verb: bool = False
) -> str | None:
    """The noun phrase ending at `position`; `after_verb` when a change verb was already stepped over."""
    position = _strip_place(text, position)
    tokens = _tokens(text[max(0, position - 80) : position])
    if len(tokens) > 2 and tokens[-1][0].lower() in ("record", "all-time") and tokens[-2][0].lower() in ("a", "an"):
        # "Exports hit a record £1.1bn": "a record" says how high, the clause's noun says what
        position = max(0, position - 80) + tokens[-2][1]
        tokens = tokens[:-2]
    had_auxiliary = bool(tokens) and tokens[-1][0].lower() in _AUXILIARIES_BEFORE
    while tokens and (
        tokens[-1][0].lower() in _AUXILIARIES_BEFORE
        or (after_verb and (_is_verb_form(tokens[-1][0]) or tokens[-1][0].lower() in _VERBS_OF_A_PARTICLE))
    ):
        tokens.pop()  # "has been", and the verb of a stepped-over "up": "The fare went [up to $2]", "edged [up]"
    if tokens and had_auxiliary:
        # "The population of the Marlow Valley has doubled": the place before the auxiliary is an entity
        stripped = _strip_place(text, max(0, position - 80) + tokens[-1][2])
        if stripped != max(0, position - 80) + tokens[-1][2]:
            position = stripped
            tokens = _tokens(text[max(0, position - 80) : position])
    agent = _AGENT_AFTER_PARTICIPLE.search(text, max(0, position - 80), position) if had_auxiliary else None
    if agent is not None:
        # "Books lent by the library have doubled": the books, not the library that lent them
        position = agent.start("participle")
        tokens = _tokens(text[max(0, position - 80) : position])
    stepped_verb = after_verb
    if not (had_auxiliary or after_verb) and len(tokens) > 1 and _is_verb_before_figure(tokens[-1][0], tokens[-2][0]):
        stepped_verb = True
        # "The fish weighed 12 pounds", "the farm covers 300 hectares": the noun before the verb.
        # "has cost taxpayers £37bn": the verb and its indirect object.
        drop = 3 if len(tokens) > 2 and tokens[-2][0].lower() in _LINKING_VERBS else 2
        offset = max(0, position - 80)
        position = _strip_place(text, offset + tokens[-drop][2])
        tokens = _tokens(text[max(0, position - 80) : position])
        # "The driver was caught doing 70 mph": the whole verb chain goes, down to the noun.
        while tokens and (tokens[-1][0].lower() in _AUXILIARIES_BEFORE or _is_verb_form(tokens[-1][0])):
            tokens.pop()
    offset = max(0, position - 80)
    tail = _PREPOSITIONAL_TAIL.search(text, offset, position)
    before_tail = _tokens(text[offset : tail.start()]) if tail else []
    owner_found = bool(before_tail) and (
        before_tail[-1][0].lower() in vocabulary.generic_subject_words
        or before_tail[-1][0].lower() in vocabulary.portion_words
    )
    if owner_found:
        tail = None  # "the number of cases", "a loaf of bread": the noun after "of" is counted or priced
    owner: list[str] = []
    if tail and _DIGIT.search(tail.group()) and _MEASURE_OF.match(tail.group()) and not owner_found:
        # "The long route of 162 km climbed": a measure of the noun before it, which is the head
        return _noun_phrase(_subject_words(before_tail, offset, sentence_start, vocabulary), vocabulary)
    if tail and _OF_OR_FOR.match(tail.group()) and not _HAS_NAME.search(tail.group()) and not owner_found:
        # "sales of electric cars", "the waiting list for routine hospital treatment": the noun before
        # "of" is the head and what follows narrows it, as in "electric car sales"
        owner = _subject_words(before_tail, offset, sentence_start, vocabulary)
        tail = None
    if tail and stepped_verb and tokens:
        head = _phrase_before(text, tail.start(), vocabulary, sentence_start=sentence_start, after_verb=True)
        if head is not None:
            return head  # "Shares in the bank fell 3p": shares, not the bank
    words = _subject_words(tokens, offset, sentence_start, vocabulary)
    if owner and words:
        words = [*words[:-1], lemma(words[-1].lower())]  # a modifier now: "electric car sales"
    return _noun_phrase([*words, *owner] if words else owner, vocabulary)


def _subject_words(
    tokens: list[tuple[str, int, int]], offset: int, sentence_start: bool, vocabulary: Vocabulary
) -> list[str]:
    """The words of the noun phrase that ends the tokens, at most three: no names, no verbs."""
    words: list[str] = []
    for index in range(len(tokens) - 1, -1, -1):
        word, start, _ = tokens[index]
        lowered = word.lower()
        if not word[0].isalpha() or lowered in _STOP or len(words) == 3:
            break
        if lowered in vocabulary.change_up or lowered in vocabulary.change_down or lowered in _IRREGULAR_PAST:
            break
        if lowered in _TIME_NOUNS and index > 0 and tokens[index - 1][0].lower() in _TIME_DEICTICS:
            break  # "Last year sales doubled": "last year" is an entity, not part of the subject
        is_first = sentence_start and start + offset == 0
        possessive = bool(_POSSESSIVE_WORD.fullmatch(word))
        # A capitalised word inside the sentence is a name; opening it, it is a name when the
        # dictionary says so and it stands alone ("Japan will spend"), not as a modifier ("Net income").
        proper = not words and is_proper_noun(word)
        if word[0].isupper() and (not is_first or word.isupper() or possessive or proper):
            break  # a name or an acronym is an entity, not part of the subject
        if possessive and words:
            break  # "the plant's workforce": the owner is not part of what is counted
        # "The grants' tripling": an owner right before the figure is what the figure is of
        words.insert(0, _POSSESSIVE_MARK.sub("", word) if possessive else word)
    return words


_OF_BEFORE = LazyPattern(r"([A-Za-z]+)\s+of\s*$")
# "Tenants, 61% of whom were satisfied", "The 400 staff, 120 of them part-time": the noun before the
# comma is what the figure counts a part of
_OF_WHOM_AFTER = LazyPattern(r"\s+of\s+(?:whom|which|them|those)\b", re.IGNORECASE)
_NOUN_THEN_COMMA = LazyPattern(
    r"(?<![\w'’-])([A-Za-z][a-z-]+)\s*,\s*(?:(?:some|about|around|nearly|almost|over|just)\s+)?$"
)
_OPENER = LazyPattern(
    r"(?:^|[,;:(]\s*)(?:[Oo]f|[Aa]mong|[Oo]ut\s+of)\s+(?:(?:the|its|their|all|those|these)\s+)?(?:[\d,.]+\s+(?:(?:thousand|million|billion)\s+)?)?"
    r"(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),\s*$"
)
_AMOUNT_VERB_BEFORE = LazyPattern(r"\b([A-Za-z]+)\s+(?:an?\s+)?(?:(?:new\s+)?record\s+)?$")
# "fined a builder £4,500", "awarded the victims £1.2m": the verb, then who pays or is paid
_AMOUNT_VERB_OBJECT = LazyPattern(
    rf"\b({'|'.join(_AMOUNT_VERBS)})\s+(?:[A-Za-z'’&-]+\s+){{1,4}}(?:an?\s+)?(?:(?:new\s+)?record\s+)?$",
    re.IGNORECASE,
)
# "reduced the penalty to £4,500", "cut its forecast to 2.1%": what a change verb moved
_MOVED_TO = LazyPattern(
    r"\b(?P<verb>[a-z]+)\s+(?:the|its|their|his|her|our)\s+(?P<noun>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+to\s+$"
)
# "signed the midfielder for £80m", "sold the house for $2m": money after "for" in a clause that
# changes hands is its price. A purpose ("£5m for schools") puts a noun after the figure instead.
_PRICE_FOR = LazyPattern(r"\bfor\s+(?:a\s+(?:reported|record|fee\s+of)\s+)?$", re.IGNORECASE)
_PRICE_VERBS = LazyPattern(
    r"\b(?:sign(?:s|ed|ing)?|bought|buy(?:s|ing)?|sold|sell(?:s|ing)?|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|"
    r"snapped\s+up|took\s+over|take\s+over|move[ds]?|transfer(?:s|red)?|auctioned|went)\b",
    re.IGNORECASE,
)

# Money "in" a lower-case noun is paid in that form: "€2 billion in aid"; "in the year" and
# "in March" are times, not what the money is.
_IN_KIND = LazyPattern(r"\s+in\s+([a-z][a-z'’-]*)\b(?!\s+of\b)")


def _object_before_by(text: str, anchor: int, vocabulary: Vocabulary) -> int | None:
    """Where "by" starts in "cut deaths by", "raised its stake by": a change verb, one to three
    words of object, then "by" right before the figure."""
    offset = max(0, anchor - 60)
    tokens = _tokens(text[offset:anchor])
    if not tokens or tokens[-1][0].lower() != "by":
        return None
    for back in range(3, min(5, len(tokens)) + 1):
        word = tokens[-back][0].lower()
        if not word.isalpha():
            return None
        if word in vocabulary.change_up or word in vocabulary.change_down:
            return offset + tokens[-1][1]
    return None


def subject_of(
    text: str, start: int, end: int, kind: ClaimKind, vocabulary: Vocabulary, *, verb_start: int | None = None
) -> str | None:
    """What a claim counts or measures, from the words beside it or its verb, lemmatised and under its
    canonical name; None when they do not say (see `clause_subject_of`)."""
    subject = _subject_beside(text, start, end, kind, vocabulary, verb_start=verb_start)
    return canonical_subject(subject, vocabulary) if subject else None


def canonical_subject(subject: str, vocabulary: Vocabulary) -> str:
    """ "contract" -> "deal", "arms contract" -> "arms deal": one name for each thing (vocabulary.yaml)."""
    synonyms = vocabulary.subject_synonyms
    if subject in synonyms:
        return synonyms[subject]
    modifiers, _, head = subject.rpartition(" ")
    if modifiers and head in synonyms and " " not in synonyms[head]:
        return f"{modifiers} {synonyms[head]}"
    return subject


# The first verb of a clause ends its subject: "The waiting list in England has fallen ...".
_CLAUSE_VERBS = (_AUXILIARIES - {"also", "now", "be", "being", "been"}) | _IRREGULAR_PAST | _LINKING_VERBS


def clause_subject_of(text: str, start: int, kind: ClaimKind, vocabulary: Vocabulary) -> str | None:
    """The noun phrase before the first verb of the clause holding the figure: the subject of a figure
    that nothing beside it names, "The waiting list has fallen for the first time in six months, to
    7.45 million". Not for measures: "in six months" is when, not how much of the clause's subject."""
    if kind is ClaimKind.MEASURE:
        return None
    subject = _clause_subject(text, start, vocabulary)
    return canonical_subject(subject, vocabulary) if subject else None


# "£14.2m, of which the department will pay £11m": a relative clause's figure is a part, not the whole.
_RELATIVE_CLAUSE = LazyPattern(r",\s+(?:of\s+which|of\s+whom|which|who|whose|where)\b", re.IGNORECASE)


def shares_subject(text: str, previous_end: int, start: int) -> bool:
    """Whether a figure with no subject of its own takes the one of the figure before it: "rose to £6bn,
    up from £5bn" does; "cost £14m, of which the department will pay £11m" does not (a part), nor a
    figure after brackets that closed on the figure before: "stronger in women (1,402 participants),
    at 38%" says nothing of 38% participants."""
    return not (_RELATIVE_CLAUSE.search(text, previous_end, start) or _bracketed_before(text, previous_end, start))


def _bracketed_before(text: str, previous_end: int, start: int) -> bool:
    """Whether the figure ending at `previous_end` stands in brackets that close before `start`."""
    closing = text.find(")", previous_end, start)
    return closing >= 0 and text.count("(", 0, previous_end) > text.count(")", 0, previous_end)


def _clause_subject(text: str, start: int, vocabulary: Vocabulary) -> str | None:
    clause_start, _ = clause_span(text, start, start)
    if _match_within(text, _RELATIVE_CLAUSE, clause_start, start):
        return None
    stop = _first_verb_or_mark(text, clause_start, vocabulary)
    if stop is None or stop[1] > start or stop[2] is None:
        return None
    return stop[2]


@lru_cache(maxsize=64)
def _first_verb_or_mark(text: str, clause_start: int, vocabulary: Vocabulary) -> tuple[int, int, str | None] | None:
    """Where the search for a clause's subject stops, and what it finds there: the first verb gives
    the phrase before it, a figure or a comma gives nothing. The same for every figure after that
    point in the clause, so it is found once per clause, not once per figure."""
    for match in _WORD.finditer(text, clause_start):
        word = match.group()
        lowered = word.lower()
        if lowered in _CLAUSE_VERBS or lowered in vocabulary.change_up or lowered in vocabulary.change_down:
            if text.startswith(":", match.end()):
                continue  # a label's noun: "Set-up cost: £38 million", "Price rise: 12%"
            if match.start() == clause_start:
                return match.start(), match.end(), None
            phrase = _phrase_before(text, match.start(), vocabulary, sentence_start=clause_start == 0, after_verb=True)
            return match.start(), match.end(), phrase
        if not word[0].isalpha() and word not in "-’'":
            return match.start(), match.end(), None  # "Asked whether ..., 54% said yes": a comma ends it
    return None


# A count joined by a hyphen to a noun before another noun: "one-bedroom flats", "a 12-storey block"
_COUNTED_IN_A_COMPOUND = LazyPattern(r"-(?P<noun>[a-z]{3,})(?=\s+[A-Za-z])")
_WORD_AFTER = LazyPattern(r"\s+([A-Za-z]+)")
# Tails that make the compound a count of the noun after it: "a 35-strong team", "the 20-odd runners"
_COMPOUND_ADJECTIVES = frozenset({"strong", "odd", "plus", "fold", "something"})


def counted_in_a_compound(text: str, end: int) -> tuple[str, int] | None:
    """What a count joined by a hyphen to a noun before another noun counts, and where the compound
    ends: "bedroom" in "96 one-bedroom flats", "storey" in "a 12-storey block" (each flat's
    bedrooms, not a count of flats)."""
    compound = _COUNTED_IN_A_COMPOUND.match(text, end)
    if compound is None or compound.group("noun").lower() in _COMPOUND_ADJECTIVES:
        return None
    return lemma(compound.group("noun").lower()), compound.end()


def _subject_beside(
    text: str, start: int, end: int, kind: ClaimKind, vocabulary: Vocabulary, *, verb_start: int | None = None
) -> str | None:
    """The subject named next to the figure, or by its verb."""
    compound = counted_in_a_compound(text, end) if kind is ClaimKind.COUNT else None
    if compound:
        # "96 one-bedroom flats" counts bedrooms, of a flat: "flat bedroom" (a 5,000-digit number and
        # 32 hex digits count the digits of two things)
        described = _WORD_AFTER.match(text, compound[1])
        return f"{lemma(described.group(1))} {compound[0]}" if described else compound[0]
    if kind in (ClaimKind.RATIO, ClaimKind.CHANGE):
        after = _phrase_after(text, end, vocabulary)
        if after:
            return after
        anchor = verb_start if verb_start is not None else start
        by = _object_before_by(text, anchor, vocabulary)
        if by is not None:
            # "The drug cut deaths by up to 30 per cent": what changed is the verb's object
            return _phrase_before(text, by, vocabulary, sentence_start=True, after_verb=True)
        position = _verb_start(text, anchor, vocabulary)
        # A multiplier is its own verb ("doubled"), so the words before it are never a verb.
        return _phrase_before(text, position, vocabulary, sentence_start=True, after_verb=True)
    # only money is "imposed" or "fined": the pattern is not tried before other figures
    imposed = _AMOUNT_VERB_BEFORE.search(text, max(0, start - 30), start) if kind is ClaimKind.MONEY else None
    if imposed and imposed.group(1).lower() in _AMOUNT_VERBS:
        return _AMOUNT_VERBS[imposed.group(1).lower()]
    imposed_on = _AMOUNT_VERB_OBJECT.search(text, max(0, start - 60), start) if kind is ClaimKind.MONEY else None
    if imposed_on:
        return _AMOUNT_VERBS[imposed_on.group(1).lower()]  # "fined a builder £4,500": who pays is no head
    moved = _MOVED_TO.search(text, max(0, start - 60), start)
    if moved and moved.group("verb") in vocabulary.change_up | vocabulary.change_down:
        return _noun_phrase(moved.group("noun").split(), vocabulary)  # "reduced the penalty to £4,500"
    # (a count "of them" is a part, which the noun alone would equate with the whole)
    of_whom = _OF_WHOM_AFTER.match(text, end) if kind is ClaimKind.PERCENT and text.startswith(" of ", end) else None
    antecedent = _NOUN_THEN_COMMA.search(text, max(0, start - 40), start) if of_whom else None
    if antecedent and antecedent.group(1).lower() not in _STOP and _is_plural(antecedent.group(1)):
        return _noun_phrase([antecedent.group(1)], vocabulary)
    after = _phrase_after(text, end, vocabulary)
    if after and not (kind is ClaimKind.MEASURE and after in _STOP):
        return after
    paid_in = _IN_KIND.match(text, end) if kind is ClaimKind.MONEY else None
    if paid_in and paid_in.group(1).lower() not in _STOP:
        # "€2 billion in aid", "£85m in government grants", "€10 million in potential add-ons"
        return _phrase_after(text, paid_in.start(1) - 1, vocabulary)
    window = text[max(0, start - 80) : start].rstrip()
    # both patterns end the text before the figure: "Of the lorries tested, ", "the share of "
    opener = _OPENER.search(text, max(0, start - 80), start) if window.endswith(",") else None
    if opener:
        # "Of the lorries tested, 41% failed": the whole named at the head of the clause is what is counted
        return _phrase_after(text, opener.start("words"), vocabulary)
    before = text[max(0, start - 60) : start]
    of = _OF_BEFORE.search(before) if window.endswith("of") else None
    if of:
        return _noun_phrase([of.group(1)], vocabulary)
    # "Turnout among members was 38 per cent", "Unemployment rose to 13%": the noun before the verb.
    position = _verb_start(text, start, vocabulary)
    before_verb = _phrase_before(text, position, vocabulary, sentence_start=True, after_verb=position != start)
    if before_verb is None and kind is ClaimKind.MONEY and _PRICE_FOR.search(text, max(0, start - 30), start):
        # "signed the midfielder from Real Sociedad for £80m"
        changes_hands = _PRICE_VERBS.search(text, max(0, start - 120), start)
        return "price" if changes_hands else None
    return before_verb


_LINKS = frozenset({"by", "to", "from", "at", "for"})


def _verb_start(text: str, anchor: int, vocabulary: Vocabulary) -> int:
    """Step back over the change verb before a figure: "have increased tenfold", "rose to 13%"."""
    tokens = _tokens(text[max(0, anchor - 40) : anchor])
    offset = max(0, anchor - 40)
    position = anchor
    for index in range(len(tokens) - 1, -1, -1):
        word, start, _ = tokens[index]
        lowered = word.lower()
        follows = tokens[index + 1][0].lower() if index + 1 < len(tokens) else ""
        if lowered in vocabulary.change_up or lowered in vocabulary.change_down:
            position = offset + start
        elif lowered in _LINKING_BEFORE_PREPOSITION and follows in ("to", "at", "from", "for"):
            position = offset + start  # "came to $75", "stood at 300", "ranged from 10C", "sold for £5m"
        elif lowered not in _LINKS and lowered not in _FIGURE_MODIFIERS:
            break
    return position


# "rose to a record £6.2bn", "hit a new high of": words between the verb and its figure.
_FIGURE_MODIFIERS = frozenset("a an record new all-time".split())


def clause_span(text: str, start: int, end: int, breaks: LazyPattern = _CLAUSE_BREAK) -> tuple[int, int]:
    """Where the clause holding text[start:end] begins and ends, between two `breaks`."""
    starts, ends = _break_spans(text, breaks)
    before = bisect.bisect_right(ends, start)
    after = bisect.bisect_left(starts, end)
    return (ends[before - 1] if before else 0), (starts[after] if after < len(starts) else len(text))


@lru_cache(maxsize=64)
def _break_spans(text: str, breaks: LazyPattern) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each break starts and ends, found once per sentence: a sentence holding many figures
    would otherwise be scanned again for each of them."""
    spans = [match.span() for match in breaks.finditer(text)]
    return tuple(start for start, _ in spans), tuple(end for _, end in spans)


def _match_within(text: str, pattern: LazyPattern, start: int, end: int) -> bool:
    """Whether a match of `pattern` in `text` lies inside text[start:end]."""
    starts, ends = _break_spans(text, pattern)
    first = bisect.bisect_left(starts, start)
    return first < len(starts) and ends[first] <= end


# How far from its figure an entity may stand and still tell its claim apart: a clause rarely runs
# longer, and a bound keeps a list of a thousand names and figures from giving each figure all of them.
CLAUSE_REACH = 300


def near_clause_span(text: str, start: int, end: int, breaks: LazyPattern = _CLAUSE_BREAK) -> tuple[int, int]:
    """The clause holding text[start:end], no more than CLAUSE_REACH characters either side of it:
    what is read about each figure must not grow with the length of an endless clause."""
    clause_start, clause_end = clause_span(text, start, end, breaks)
    return max(clause_start, start - CLAUSE_REACH), min(clause_end, end + CLAUSE_REACH)


def entities_of(text: str, start: int, end: int, vocabulary: Vocabulary) -> tuple[str, ...]:
    """Names, places and time phrases in the claim's clause (within `CLAUSE_REACH` characters of
    it), in order, without duplicates."""
    clause_start, clause_end = clause_span(text, start, end)
    positions, found = _clause_entities(text, clause_start, clause_end, vocabulary)
    first = bisect.bisect_left(positions, start - CLAUSE_REACH)
    last = bisect.bisect_right(positions, end + CLAUSE_REACH)
    seen: set[str] = set()
    ordered: list[str] = []
    for position, label, is_time_phrase in found[first:last]:
        key = label.casefold()
        if key not in seen and (is_time_phrase or not start <= position < end):
            seen.add(key)
            ordered.append(label)
    return tuple(ordered)


@lru_cache(maxsize=64)
def _clause_entities(
    text: str, clause_start: int, clause_end: int, vocabulary: Vocabulary
) -> tuple[tuple[int, ...], tuple[tuple[int, str, bool], ...]]:
    """Every entity of a clause, found once for all its figures, in order: its position in `text`,
    its label, and whether it is a time phrase (kept even where it overlaps the figure)."""
    clause = text[clause_start:clause_end]
    found: list[tuple[int, str, bool]] = []
    for match in matches_from(_YEAR, _YEAR_START, clause):
        preposition = _TIME_PREPOSITION.search(clause, max(0, match.start() - 8), match.start())
        label = f"{preposition.group(1).lower()} {match.group()}" if preposition else match.group()
        found.append((clause_start + match.start(), label, False))
    for match in _RELATIVE_TIME.finditer(clause) if _may_name_a_relative_time(clause) else ():
        found.append((clause_start + match.start(), match.group().lower(), True))
    for position, name in _names(clause, clause_start == 0, vocabulary):
        found.append((clause_start + position, name, False))
    found.sort(key=lambda entity: entity[:2])
    return tuple(position for position, _, _ in found), tuple(found)


_POSSESSIVE_INSIDE = LazyPattern(r"['’]s\s+(?=[A-Z])")
_CAPITAL = LazyPattern("[A-Z]")  # where a name can start (scanning.matches_from)
_NAME = LazyPattern(r"(?<![\w’'])(?:[A-Z][\w’'.-]*)(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*")


def _names(clause: str, at_sentence_start: bool, vocabulary: Vocabulary) -> list[tuple[int, str]]:
    names: list[tuple[int, str]] = []
    for match in matches_from(_NAME, _CAPITAL, clause):
        owner = _POSSESSIVE_INSIDE.search(match.group())
        if owner:  # "Ukraine's Black Sea ports": the owner and the place are two names
            opening = at_sentence_start and match.start() == 0
            owners = _names(clause[match.start() : match.start() + owner.end()], opening, vocabulary)
            names += [(match.start() + p, n) for p, n in owners[-1:]]
            rest = match.start() + owner.end()
            names += [(rest + p, n) for p, n in _names(clause[rest : match.end()], False, vocabulary)]
            continue
        words = match.group().split()
        while words and (words[0].lower().strip(".") in _TITLE_WORDS or words[0].lower() in vocabulary.months):
            words.pop(0)
        opening = at_sentence_start and match.start() == 0 and len(match.group().split()) == len(words) == 1
        if opening and not is_proper_noun(words[0].rstrip(".’'")):
            words.pop(0)  # "Just 58.2% of patients", "Cancer performance fell": a capital, not a name
        if not words:
            continue
        name = " ".join(words).rstrip(".’'").removesuffix("’s").removesuffix("'s")
        if name.lower() in _DAYS or any(c.isdigit() for c in name):
            continue
        names.append((match.start(), name))
    return names
