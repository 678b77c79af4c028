"""A multiplier that compares two changes ("rose three times as fast as wages") states no change of
its own: extraction gives it no direction, and the checks set it against neither change."""

from __future__ import annotations

import re

from numcheck.scanning import LazyPattern

# "rose two and a half times as fast as in the region", "grew three times as much as wages"
_TWO_CHANGES_COMPARED_AFTER = LazyPattern(
    r"\s+as\s+(?:fast|quickly|rapidly|sharply|steeply|slowly|much)\s+as\b", re.IGNORECASE
)


def compares_two_changes(text: str, end: int) -> bool:
    """Whether the multiplier ending at `end` of `text` compares two changes."""
    return _TWO_CHANGES_COMPARED_AFTER.match(text, end) is not None
