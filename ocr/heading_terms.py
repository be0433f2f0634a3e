"""How many of a heading's terms each article near it shares, and the story it talks
about, clearly or more than of any other: what ``headlines`` splits heading groups and
attaches them by on a page without geometry, and what ``stacked_headings`` and
``glued_headlines`` place headings by. Split from ``headlines`` (the groups and their
attachment), which asks these measures and which they know nothing of.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from itertools import chain

from .continuity import NEAR_ARTICLES
from .terms import cjk_pairs, latin_stems, terms, terms_among

#: A headline must share this share of its terms with an article's text to be attached by content.
MIN_CONTENT_SCORE = 0.25


def near_stories(starts: list[int], pos: int, everywhere: bool = False) -> range:
    """Indexes of the articles (by start, in reading order) a headline at ``pos`` may join."""
    if everywhere:
        return range(len(starts))
    i = bisect.bisect_left(starts, pos)
    return range(max(0, i - NEAR_ARTICLES), min(len(starts), i + NEAR_ARTICLES))


class ArticleTerms:
    """Each article's terms that a heading may share (``grams``, in the articles'
    order), and how many of a heading's terms each article near it shares.

    Only the terms of the page's headings are looked for in the articles (``terms_among``):
    a score counts the terms a heading shares, so the articles' other terms never count.
    A heading scored is one of ``headings`` or several of them joined with spaces, whose
    terms are theirs (no CJK pair or Latin word spans a space); should another come, the
    articles are looked at again for its terms, so a score never misses one.

    ``split_groups`` scores each heading block and ``attach`` then each group, most often
    one of those blocks over the same articles: a score is worked out once, kept until
    ``attach`` has taken it as often as it was asked for (a heading printed several times
    over the same articles is worked out once, too; a 10 MB page has tens of thousands of
    headlines: they are not all kept longer).

    A score is read from the articles that hold each of the heading's terms (``_holding``),
    not from each article near it: a heading's few terms are in few of the hundred
    articles it is scored against, and only those that share one are counted."""

    def __init__(self, articles: list[str], headings: Iterable[str]) -> None:
        self._articles = articles
        self._pairs: set[str] = set()  # the headings' CJK pairs
        self._stems: set[str] = set()  # and their Latin stems
        self.grams: list[frozenset[str]] = []
        self._terms: dict[str, frozenset[str]] = {}  # each heading's ``terms``, made once
        self._learn(headings)
        self._kept: dict[tuple[str, int, int], tuple[int, Shares]] = {}
        self._owed: dict[tuple[str, int, int], int] = {}  # a kept score's takes to come

    def _learn(self, headings: Iterable[str]) -> None:
        """Look for the terms of ``headings`` too in the articles (all of them, afresh)."""
        for text in headings:
            pairs, stems = cjk_pairs(text), latin_stems(text)
            self._pairs |= pairs
            self._stems |= stems
            self._terms[text] = frozenset(pairs | stems)  # (``terms(text)``, as it makes them)
        self._known = self._pairs | self._stems
        self.grams = [terms_among(a, self._pairs, self._stems) for a in self._articles]
        self._holding: dict[str, list[int]] = {}  # the articles holding each term, in order
        for i, found in enumerate(self.grams):
            for term in found:
                self._holding.setdefault(term, []).append(i)

    def _worked_out(self, text: str, near: range) -> tuple[int, Shares]:
        h = self._terms.get(text)  # (a heading block's: ``split_groups`` scores each)
        if h is None:
            h = terms(text)
        if not h <= self._known:
            self._learn((text,))
        return len(h), _shared(h, self._holding, near)

    def holding_word(self, word: str, near: range) -> list[int]:
        """The articles in ``near`` whose text holds ``word`` whole (a CJK label's; the
        text's line breaks left out)."""
        return [i for i in near if i < len(self._articles)
                and word in "".join(self._articles[i].split())]

    def score(self, text: str, near: range) -> tuple[int, Shares]:
        """How many terms the heading ``text`` has, and how many of them each article
        in ``near`` that shares any shares, by the article's
        index; kept for ``take``."""
        key = (text, near.start, near.stop)
        found = self._kept.get(key)
        if found is None:
            found = self._kept[key] = self._worked_out(text, near)
        self._owed[key] = self._owed.get(key, 0) + 1
        return found

    def take(self, text: str, near: range) -> tuple[int, Shares]:
        """``score``, forgotten once taken as often as it was scored: the last time a
        heading is scored."""
        key = (text, near.start, near.stop)
        owed = self._owed.pop(key, 0)
        if owed > 1:
            self._owed[key] = owed - 1
            return self._kept[key]
        found = self._kept.pop(key, None)
        return found if found is not None else self._worked_out(text, near)


def clear_story(size: int, shared: Shares) -> int | None:
    """The article a headline (with ``size`` terms, ``shared`` with each article)
    clearly talks about, if any."""
    return _most(size, shared, 2 * MIN_CONTENT_SCORE)


def leaning_story(size: int, shared: Shares) -> int | None:
    """The article a headline talks about more than any other, if it shares as much of
    its terms as a candidate article must (``attach``)."""
    return _most(size, shared, MIN_CONTENT_SCORE)


def _most(size: int, shared: Shares, least: float) -> int | None:
    if size < 3:
        return None  # a kicker's two words (CITY HALL) match by chance
    if not shared:
        return None
    s, i = max(zip(shared.values(), shared, strict=True))  # of equals, the last article
    return i if s / size >= least else None


#: How many of a heading's terms each article shares, by the article's index (the
#: articles that share none left out).
Shares = dict[int, int]


def _shared(h: frozenset[str], holding: dict[str, list[int]], near: range) -> Shares:
    """How many of the terms ``h`` each article in ``near`` shares, for those that share
    one: counted from C over the articles that hold
    each term (``holding``, in order), found by bisection. Each headline is scored
    against a hundred articles, and a 10 MB page has tens of thousands of headlines."""
    found = []
    for term in h:
        at = holding.get(term)
        if at:
            found.append(at[bisect.bisect_left(at, near.start) : bisect.bisect_left(at, near.stop)])
    return Counter(chain.from_iterable(found))
