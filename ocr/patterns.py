"""Marker patterns with a time budget: a pattern a user's profile brings runs on the
``regex`` module with a timeout, so one that backtracks catastrophically fails its page
with the pattern named instead of hanging it (``ocr.profiles`` chooses which patterns
need one).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

import regex

from .errors import ProfileError

#: Seconds a marker pattern may spend on one string, plus one per million characters
#: (a jump pattern is run over the whole text of a page once).
PATTERN_BUDGET = 1.0


class Budgeted:
    """A pattern a user's profile brings, run with a time budget (the ``regex`` module's
    timeout): past it, the page fails with a ``ProfileError`` naming the pattern instead
    of hanging."""

    __slots__ = ("_re", "parts", "pattern", "where")

    def __init__(self, pattern: str, where: str, parts: tuple[tuple[str, str], ...]) -> None:
        self.pattern, self.where, self.parts = pattern, where, parts
        self._re: Any = regex.compile(pattern)

    def _budget(self, text: str) -> float:
        return PATTERN_BUDGET + len(text) / 1e6

    def _timed_out(self, text: str) -> ProfileError:
        """Name the pattern of the profile that took the time, not the alternation."""
        budget = self._budget(text)
        culprit, where = self.parts[0]
        for part, key in self.parts if len(self.parts) > 1 else ():
            try:
                regex.search(part, text, timeout=budget)
            except TimeoutError:
                culprit, where = part, key
                break
        shown = culprit if len(culprit) <= 80 else culprit[:77] + "..."
        return ProfileError(
            f"{where}: pattern {shown!r} ran past {budget:.0f} s on a text of "
            f"{len(text):,} characters (catastrophic backtracking?); simplify it"
        )

    def match(self, text: str) -> Match | None:
        try:
            return self._re.match(text, timeout=self._budget(text))
        except TimeoutError:
            raise self._timed_out(text) from None

    def search(self, text: str) -> Match | None:
        try:
            return self._re.search(text, timeout=self._budget(text))
        except TimeoutError:
            raise self._timed_out(text) from None

    def fullmatch(self, text: str) -> Match | None:
        try:
            return self._re.fullmatch(text, timeout=self._budget(text))
        except TimeoutError:
            raise self._timed_out(text) from None

    def finditer(self, text: str) -> list[Match]:
        try:
            return list(self._re.finditer(text, timeout=self._budget(text)))
        except TimeoutError:
            raise self._timed_out(text) from None


#: What a profile pattern's methods return: an ``re`` or ``regex`` match, used alike.
Match = Any


class Pattern(Protocol):
    """A profile's compiled pattern: ``re``'s own for the patterns shipped in
    ``ocr/layouts/`` (reviewed and tested here; the budget costs a few microseconds a
    call, and a page has many lines), a ``Budgeted`` one for any a user's profile adds."""

    def match(self, text: str) -> Match | None: ...
    def search(self, text: str) -> Match | None: ...
    def fullmatch(self, text: str) -> Match | None: ...
    def finditer(self, text: str) -> Iterable[Match]: ...
