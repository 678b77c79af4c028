"""Facts about one claim worked out once: several checks ask the same of every claim of a document."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

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
