"""Facts about one claim, and analyses of one document, worked out once: several checks ask the
same of every claim of a document, and of the document."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import wraps
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar

from numcheck.model import Claim

Answer = TypeVar("Answer")

# The claims whose answers one memory holds: a run's claims, up to a bound that keeps a long-lived
# process (the editor, the language server) from holding every claim it ever read.
CLAIMS_REMEMBERED = 1 << 16


class ClaimMemory(Generic[Answer]):
    """A pure function of a claim, and its answers so far. A claim is immutable, so an answer is
    remembered by the claim's identity; each entry keeps the claim itself, so that an id reused by
    a later claim is never taken for it. Mutable: it is the memory itself, never a record handed
    between stages."""

    __slots__ = ("_known", "bound", "work")

    def __init__(self, work: Callable[[Claim], Answer], bound: int = CLAIMS_REMEMBERED) -> None:
        self.work = work
        self.bound = bound
        self._known: dict[int, tuple[Claim, Answer]] = {}

    def of(self, claim: Claim) -> Answer:
        """`work(claim)`, worked out the first time it is asked."""
        known = self._known.get(id(claim))
        if known is not None and known[0] is claim:
            return known[1]
        answer = self.work(claim)
        if len(self._known) >= self.bound:
            self._known.clear()
        self._known[id(claim)] = (claim, answer)
        return answer

    def __len__(self) -> int:
        return len(self._known)


# Analyses of one document's claims that several checks ask for: each runs once per document.
Item = TypeVar("Item")
Settings = ParamSpec("Settings")


@dataclass(slots=True)
class _DocumentMemory:
    """The answers of the `per_document` analyses for the claims asked, while `on`. Mutable: it is
    the memory itself, never a record handed between stages. An answer is found by its claims' ids
    and keeps the claims, so none of those ids can be reused by another claim while it is held."""

    on: bool = False
    answers: dict[tuple[object, ...], tuple[tuple[Claim, ...], tuple[Any, ...]]] = field(default_factory=dict)


_DOCUMENT = _DocumentMemory()


@contextmanager
def document_remembered() -> Iterator[None]:
    """While it lasts (the engine's checks of one document), each `per_document` analysis is worked
    out once for the claims it is asked of. Forgotten on the way out, so nothing of a document
    outlives its checks."""
    _DOCUMENT.on = True
    try:
        yield
    finally:
        _DOCUMENT.on = False
        _DOCUMENT.answers.clear()


def per_document(
    analysis: Callable[Concatenate[Sequence[Claim], Settings], Iterable[Item]],
) -> Callable[Concatenate[Sequence[Claim], Settings], tuple[Item, ...]]:
    """`analysis(claims, ...)` as a tuple, worked out once for the same claims (by identity) and
    settings within `document_remembered`: the sums a document states are read by two rules, its
    shares of one state by two checks of one rule. The analysis must be a pure function of them."""

    @wraps(analysis)
    def remembered(claims: Sequence[Claim], /, *args: Settings.args, **kwargs: Settings.kwargs) -> tuple[Item, ...]:
        if not _DOCUMENT.on:
            return tuple(analysis(claims, *args, **kwargs))
        key = (analysis, tuple(map(id, claims)), args, tuple(sorted(kwargs.items())))
        known = _DOCUMENT.answers.get(key)
        if known is not None:
            return known[1]
        answer = tuple(analysis(claims, *args, **kwargs))
        _DOCUMENT.answers[key] = (tuple(claims), answer)
        return answer

    return remembered
