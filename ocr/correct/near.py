"""Common English words near a misread token: the noisy channel's candidates (``channel``).

A token of seven letters or more that no lexicon knows is compared with the common words
of about its length that share its first or its last letter (so a misread first letter is
found through the last): some four thousand words for a short one. rapidfuzz compares
each in well under a microsecond, and that was still a sixth of the English corrector's
time. Most of those words hold letters the token lacks, which already puts them out of
reach: one edit changes the count of one letter, or of two by one each, so a word and a
token that have ``c`` letters in common (counted letter by letter) are at least
``max(len(word), len(token)) - c`` edits apart. The counts of the token's letters in every
word, kept in arrays, rule out all but a tenth of the words in a few array operations;
rapidfuzz sees only the rest, in the lexicon's order, so what it returns (the best twelve
of a bucket, ties in that order) is what it returned from the whole bucket. It measures
all of a shelf's rest in one call (``process.cdist``), and the best twelve of each length
are picked from its distances: one call per length (``process.extract``) cost a third
more.
"""

from __future__ import annotations

from functools import cache
from string import ascii_lowercase

import numpy as np
import numpy.typing as npt
from rapidfuzz import process
from rapidfuzz.distance import Hamming, Levenshtein

from ..lexicon import general

#: Common words that an edit may lead to (keeps the search small).
TARGET_ZIPF = 3.0
#: Each word's best matches kept per bucket of one length and one shared letter.
PER_BUCKET = 12
#: Column of each letter in the counts; any other character counts in the last column
#: (lumping characters together only lowers the bound: it stays a bound).
_COLUMN = {c: k for k, c in enumerate(ascii_lowercase)}
_OTHER = len(_COLUMN)
#: ``_COLUMN`` by code point (the last entry: every code point beyond).
_COLUMNS = np.array([_COLUMN.get(chr(p), _OTHER) for p in range(129)], np.int64)


class Shelf:
    """The common words that share one first (or last) letter, in order of length (each
    length's words in the lexicon's order), with how often each holds each letter."""

    __slots__ = ("words", "start", "counts", "lengths")

    def __init__(self, words: list[str]) -> None:
        words = sorted(words, key=len)  # (stable: the lexicon's order within a length)
        self.words = words
        longest = len(words[-1])
        self.lengths = np.array([len(w) for w in words], np.int16)
        #: ``start[n]``: where words of ``n`` letters begin (``start[n + 1]``: end).
        self.start: list[int] = np.searchsorted(self.lengths, np.arange(longest + 2)).tolist()
        #: ``counts[k][i]``: how many of letter ``k`` (``_COLUMN``) word ``i`` holds.
        points = np.frombuffer("".join(words).encode("utf-32-le"), "<u4")
        column = _COLUMNS[np.minimum(points, len(_COLUMNS) - 1)]
        row = np.repeat(np.arange(len(words)), self.lengths)
        self.counts: npt.NDArray[np.int16] = np.bincount(
            column * len(words) + row, minlength=(_OTHER + 1) * len(words)
        ).reshape(_OTHER + 1, len(words)).astype(np.int16)

    def _at(self, n: int) -> int:
        return self.start[min(max(n, 0), len(self.start) - 1)]

    def of_length(self, n: int) -> list[str]:
        """The words of ``n`` letters."""
        return self.words[self._at(n) : self._at(n + 1)]

    def within(self, token: str, shortest: int, longest: int, edits: int) -> npt.NDArray[np.intp]:
        """The indices, in order, of the words of ``shortest`` to ``longest`` letters whose
        letter counts leave them possibly ``edits`` edits from ``token`` or nearer."""
        lo, hi = self._at(shortest), self._at(longest + 1)
        if lo == hi:
            return np.empty(0, np.intp)
        wanted: dict[int, int] = {}
        for c in token:
            k = _COLUMN.get(c, _OTHER)
            wanted[k] = wanted.get(k, 0) + 1
        letters = np.array(list(wanted), np.int64)
        most = np.array(list(wanted.values()), np.int16)[:, None]
        shared = np.minimum(self.counts[letters, lo:hi], most).sum(axis=0, dtype=np.int16)
        bound = np.maximum(self.lengths[lo:hi], len(token)) - shared
        return np.flatnonzero(bound <= edits) + lo


@cache
def shelves() -> dict[tuple[str, int], Shelf]:
    """Common words by (first letter, 0) and (last letter, 1)."""
    groups: dict[tuple[str, int], list[str]] = {}
    for w, z in general("en").items():
        if z >= TARGET_ZIPF and "'" not in w:
            groups.setdefault((w[0], 0), []).append(w)
            groups.setdefault((w[-1], 1), []).append(w)
    return {k: Shelf(v) for k, v in groups.items()}


def near_words(low: str, max_edits: int = 2) -> list[str]:
    """Common words up to ``max_edits`` plain edits from ``low`` that share its first or
    its last letter; at most ``PER_BUCKET`` nearest of each length and shared letter (ties
    in the lexicon's order, as ``process.extract`` of each length's words keeps them: one
    ``cdist`` a shelf measures them all)."""
    found: set[str] = set()
    reach = min(max_edits, 2)  # a third edit only as a substitution (botwoon)
    for key in ((low[0], 0), (low[-1], 1)):
        shelf = shelves().get(key)
        if shelf is None:
            continue
        keep = shelf.within(low, len(low) - reach, len(low) + reach, max_edits)
        if not len(keep):
            continue
        words = shelf.words
        dist = process.cdist(
            [low], [words[i] for i in keep.tolist()],
            scorer=Levenshtein.distance, score_cutoff=max_edits,  # type: ignore[arg-type]
        )[0]
        hit = np.flatnonzero(dist <= max_edits)
        if len(hit) > PER_BUCKET:  # nearest first within each length, then in order
            lengths = shelf.lengths[keep]
            order = hit[np.lexsort((hit, dist[hit], lengths[hit]))]
            sizes = lengths[order]
            hit = order[np.arange(len(order)) - np.searchsorted(sizes, sizes) < PER_BUCKET]
        found.update(words[i] for i in keep[hit].tolist())
    return sorted(found)


def substitutions(low: str, letters: int) -> list[str]:
    """Common words of ``low``'s length that differ from it in at most ``letters`` letters
    (letters misread, none added or lost), sharing its first or last letter."""
    found: set[str] = set()
    for key in ((low[0], 0), (low[-1], 1)):
        shelf = shelves().get(key)
        # (no counts asked: a bucket of one length is small, rapidfuzz is quicker alone)
        for word, _dist, _i in process.extract(
            low, shelf.of_length(len(low)) if shelf else (), scorer=Hamming.distance,
            score_cutoff=letters, limit=PER_BUCKET,
        ):
            found.add(word)
    return sorted(found)
