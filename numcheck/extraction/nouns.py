"""The noun a count counts, as written: "18,000 electric tractors" counts "electric tractors"."""

from __future__ import annotations

from numcheck.scanning import LazyPattern

# Up to three words after the figure, none of them a word that ends a noun phrase.
_WORDS_AFTER = LazyPattern(r"(?:[ \t\n]+(?:[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)){1,3}")
_WORD = LazyPattern(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")
_ENDS_PHRASE = frozenset(
    """a an the of in on at to for from by with and or but as than that which who whom whose this these those
    it its their his her our your my is are was were be been being has have had will would could should may
    might must can do does did not no so per each every a year ago more less fewer over under about into out
    up down off there here when where while after before since until""".split()
)
# Plurals without a final "s", which the lemmatiser's test in subjects does not cover.
_IRREGULAR_PLURALS = frozenset("men women children feet teeth mice geese aircraft crew sheep fish deer".split())


def counted_noun(text: str, end: int) -> str | None:
    """The noun phrase right after a count's figure, with its modifiers, ending on a plural noun:
    "466,000 electric vehicles in" -> "electric vehicles"; "12 nurses honoured" -> "nurses";
    None when no plural noun follows ("52,400 watched")."""
    run = _WORDS_AFTER.match(text, end)
    if run is None:
        return None
    words: list[str] = []
    for word in _WORD.findall(run.group()):
        if word.lower() in _ENDS_PHRASE:
            break
        words.append(word)
    for length in range(len(words), 0, -1):
        if _is_plural(words[length - 1]):
            return " ".join(words[:length])
    return None


def _is_plural(word: str) -> bool:
    from numcheck.subjects import is_plural_noun  # the lemmatiser loads only when a count needs it

    lowered = word.lower()
    return lowered in _IRREGULAR_PLURALS or is_plural_noun(lowered.rsplit("-", 1)[-1])
