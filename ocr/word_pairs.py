"""A compact English word-bigram model: how likely a word is between its neighbours.

A rule of the language, so on the rules floor: correction asks it of a word between its
neighbours (``correct/ngrams.py`` re-exports it), and the reader of columns run together
(``readers/textmeasure.py``) asks it whether two words stand together in running text.

Real-word OCR errors (``tho`` for ``the``, ``bo`` for ``be``, ``aud`` for ``and``) are
words of their own, so only context can tell them. The model ships as
``correct/data/en_ngrams.npz`` (made by scripts/make_ngrams.py from the Google Books Ngram
counts, CC BY 3.0, that symspellpy packages): 83k word counts and the 242k commonest
word pairs, stored as sorted CRC-32 hashes with quantised log10 counts (1.5 MB on disk,
about 2 MB in memory, loaded in a few milliseconds).

``P(w2 | w1)`` is the pair count over the word count when the pair is listed; an
unlisted pair occurs fewer than ``cutoff`` times, so it gets the smaller of that bound
and a backed-off ``BACKOFF * P(w2)`` (stupid back-off). A word Google's list lacks
falls back to its wordfreq frequency.
"""

from __future__ import annotations

import math
import zlib
from array import array
from bisect import bisect_left
from functools import cache
from pathlib import Path
from typing import Literal, TypeAlias

import numpy as np

from .lexicon import general_get

DATA = Path(__file__).resolve().parent / "correct" / "data" / "en_ngrams.npz"
#: log10 of the stupid back-off factor for an unlisted pair.
BACKOFF = math.log10(0.4)
#: log10 probability of a word no list knows.
UNKNOWN = -9.0

#: A column of a hashed n-gram table: CRC-32 keys (sorted) or quantised values.
Column: TypeAlias = "array[int]"
#: ``array`` type codes of the tables' numpy types (u4: the CRC-32 keys).
_TYPECODES: dict[str, Literal["I", "B", "b"]] = {"u4": "I", "u1": "B", "i1": "b"}


#: Conditional scores the word-bigram model remembers (about 200 bytes each): a look-up
#: (the pair's CRC-32 found among a million keys) costs ~3 us, a remembered one a tenth of
#: that, and the context rules ask the same pairs of common words again and again.
BIGRAM_MEMO = 1 << 16


class Bigrams:
    """log10 probabilities from the packed counts; all words lower-case."""

    def __init__(self, path: Path = DATA) -> None:
        with np.load(path) as z:
            self._uk, self._uq = Keys(view(z["uni_keys"])), view(z["uni_q"])
            self._bk, self._bq = Keys(view(z["bi_keys"])), view(z["bi_q"])
            total, cutoff, self._base, self._steps = (float(v) for v in z["meta"])
        self._log_total = math.log10(total)
        self._log_cutoff = math.log10(cutoff)
        self._wordfreq = general_get("en")
        self._uni: dict[str, float] = {}
        #: ``cond`` of each pair asked (``BIGRAM_MEMO``).
        self._conds: dict[tuple[str, str], float] = {}

    def _find(self, keys: Keys, vals: Column, text: str) -> float | None:
        i = key_index(keys, text)
        return self._base + vals[i] / self._steps if i >= 0 else None

    def log_count(self, word: str) -> float:
        """log10 count of ``word`` in the unit of the pair counts (wordfreq when unlisted)."""
        got = self._uni.get(word)
        if got is None:
            got = self._find(self._uk, self._uq, word)
            if got is None:
                z = self._wordfreq(word, 0.0)
                got = z - 9.0 + self._log_total if z > 0 else UNKNOWN + self._log_total
            if len(self._uni) < 200_000:
                self._uni[word] = got
        return got

    def logp(self, word: str) -> float:
        """log10 P(word) on its own."""
        return self.log_count(word) - self._log_total

    def listed(self, prev: str, word: str) -> bool:
        """True when the pair ``prev word`` is among the commonest pairs of English."""
        return self._find(self._bk, self._bq, f"{prev} {word}") is not None

    def beside(self, prev: str | None, word: str, nxt: str | None) -> bool:
        """True when ``word`` makes a listed pair with the word before or after it."""
        return (prev is not None and self.listed(prev, word)) or (
            nxt is not None and self.listed(word, nxt)
        )

    def cond(self, prev: str, word: str) -> float:
        """log10 P(word | prev), remembered (``BIGRAM_MEMO``)."""
        key = (prev, word)
        got = self._conds.get(key)
        if got is None:
            pair = self._find(self._bk, self._bq, f"{prev} {word}")
            c_prev = self.log_count(prev)
            if pair is not None:
                got = min(pair - c_prev, 0.0)
            else:
                got = min(self._log_cutoff - c_prev, BACKOFF + self.logp(word))
            if len(self._conds) >= BIGRAM_MEMO:
                self._conds.clear()  # bounded: a long run asks ever new pairs
            self._conds[key] = got
        return got

    def between(self, prev: str | None, word: str, nxt: str | None) -> float:
        """log10 P(word | prev) + log10 P(nxt | word): the context score of ``word``
        (the parts that do not depend on ``word`` left out)."""
        score = self.cond(prev, word) if prev else self.logp(word)
        if nxt:
            score += self.cond(word, nxt)
        return score


class Keys:
    """A table's sorted CRC-32 keys and where each run of keys sharing their top bits
    begins, about four keys a run: a look-up bisects its run only (two or three steps)
    instead of the whole column (twenty steps, each making a Python int)."""

    __slots__ = ("keys", "starts", "shift")

    def __init__(self, keys: Column) -> None:
        self.keys = keys
        bits = min(20, max(1, (len(keys) // 4).bit_length()))
        self.shift = 32 - bits
        #: ``starts[b]``: the first key whose top bits are ``b`` or more (and the end).
        tops = np.arange((1 << bits) + 1, dtype=np.uint64) << np.uint64(self.shift)
        found = np.searchsorted(np.frombuffer(keys, np.uint32), tops)
        self.starts: Column = array("I", found.astype(np.uint32).tobytes())


def key_index(table: Keys, text: str) -> int:
    """Where ``text``'s CRC-32 stands in the sorted keys of a hashed n-gram table,
    or -1 when it is not there."""
    h = zlib.crc32(text.encode())
    b = h >> table.shift
    starts, keys = table.starts, table.keys
    end = starts[b + 1]
    i = bisect_left(keys, h, starts[b], end)
    return i if i < end and keys[i] == h else -1


def view(table: np.ndarray) -> Column:
    """A table column as a Python ``array``: read one entry at a time (a binary search
    of twenty steps, a value), it answers in plain ints, twice as fast as numpy's
    ``searchsorted`` and scalar indexing on one key, which is how the models are asked."""
    return array(_TYPECODES[table.dtype.str[1:]], table.tobytes())


@cache
def bigrams() -> Bigrams:
    """The shipped English model, loaded once per process."""
    return Bigrams()
