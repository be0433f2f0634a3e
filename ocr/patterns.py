"""Marker patterns with a time budget: a pattern a user's profile brings runs on the
``regex`` module with a timeout, so one that backtracks catastrophically fails its page
with the pattern named instead of hanging it (``ocr.profiles`` chooses which patterns
need one).

The budget is the page's, not each match's (``page_budget``): a page of a thousand
lines that each take just under a match's budget would otherwise take a thousand times
it. Outside a page (a pattern used on its own) each match has the budget to itself.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Protocol

import regex

from .errors import ProfileError

#: Seconds a page's profile patterns may spend together, plus one per million characters
#: they are run on (a jump pattern is run over the whole text of a page once); also the
#: most one match may take outside a page.
PATTERN_BUDGET = 1.0
#: The least time the timed-out alternation's parts are each given to find the culprit.
_CULPRIT_TIMEOUT = 0.1


class _PageBudget:
    """The seconds a page's profile patterns have left (``left``), and its total."""

    __slots__ = ("left", "total")

    def __init__(self) -> None:
        self.left = self.total = PATTERN_BUDGET


_PAGE: ContextVar[_PageBudget | None] = ContextVar("newsocr_pattern_budget", default=None)


@contextmanager
def page_budget() -> Iterator[None]:
    """Give the profile patterns matched inside this block one budget in total (one page
    read and processed: ``pipeline.iter_pages``)."""
    token = _PAGE.set(_PageBudget())
    try:
        yield
    finally:
        _PAGE.reset(token)


class Budgeted:
    """A pattern a user's profile brings, run with a time budget (the ``regex`` module's
    timeout, from what the page has left): past it, the page fails with a
    ``ProfileError`` naming the pattern instead of hanging."""

    __slots__ = ("_re", "parts", "pattern", "where")

    def __init__(self, pattern: str, where: str, parts: tuple[tuple[str, str], ...]) -> None:
        self.pattern, self.where, self.parts = pattern, where, parts
        self._re: Any = regex.compile(pattern)

    def _run(self, method: str, text: str) -> Any:
        """``self._re.METHOD(text)`` within the budget; a ``finditer`` is listed whole."""
        page = _PAGE.get()
        timeout = PATTERN_BUDGET + len(text) / 1e6
        if page is not None:
            page.left += len(text) / 1e6
            page.total += len(text) / 1e6
            timeout = min(timeout, page.left)
            if timeout <= 0:
                raise self._timed_out(text, _CULPRIT_TIMEOUT, page)
        t0 = time.perf_counter()
        try:
            found = getattr(self._re, method)(text, timeout=timeout)
            return list(found) if method == "finditer" else found
        except TimeoutError:
            raise self._timed_out(text, timeout, page) from None
        finally:
            if page is not None:
                page.left -= time.perf_counter() - t0

    def _timed_out(self, text: str, timeout: float, page: _PageBudget | None) -> ProfileError:
        """Name the pattern of the profile that took the time, not the alternation."""
        culprit, where = self.parts[0]
        for part, key in self.parts if len(self.parts) > 1 else ():
            try:
                regex.search(part, text, timeout=max(timeout, _CULPRIT_TIMEOUT))
            except TimeoutError:
                culprit, where = part, key
                break
        shown = culprit if len(culprit) <= 80 else culprit[:77] + "..."
        spent = (f"used up the {page.total:.0f} s a page's profile patterns have"
                 if page is not None and page.left <= timeout
                 else f"ran past {timeout:.0f} s on a text of {len(text):,} characters")
        return ProfileError(f"{where}: pattern {shown!r} {spent} "
                            "(catastrophic backtracking?); simplify it")

    def match(self, text: str) -> Match | None:
        return self._run("match", text)

    def search(self, text: str) -> Match | None:
        return self._run("search", text)

    def fullmatch(self, text: str) -> Match | None:
        return self._run("fullmatch", text)

    def finditer(self, text: str) -> list[Match]:
        return self._run("finditer", text)  # type: ignore[no-any-return]


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
