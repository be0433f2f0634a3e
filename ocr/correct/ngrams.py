"""A compact English word-bigram model: how likely a word is between its neighbours.

Real-word OCR errors (``tho`` for ``the``, ``bo`` for ``be``, ``aud`` for ``and``) are
words of their own, so only context can tell them. The model ships as
``data/en_ngrams.npz`` (made by scripts/make_ngrams.py from the Google Books Ngram
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
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Literal, TypeAlias

import numpy as np

from ..lexicon import general_get

DATA = Path(__file__).resolve().parent / "data" / "en_ngrams.npz"
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
            self._uk, self._uq = Keys(_view(z["uni_keys"])), _view(z["uni_q"])
            self._bk, self._bq = Keys(_view(z["bi_keys"])), _view(z["bi_q"])
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


def _view(table: np.ndarray) -> Column:
    """A table column as a Python ``array``: read one entry at a time (a binary search
    of twenty steps, a value), it answers in plain ints, twice as fast as numpy's
    ``searchsorted`` and scalar indexing on one key, which is how the models are asked."""
    return array(_TYPECODES[table.dtype.str[1:]], table.tobytes())


@cache
def bigrams() -> Bigrams:
    """The shipped English model, loaded once per process."""
    return Bigrams()


TRI_DATA = Path(__file__).resolve().parent / "data" / "en_trigrams.npz"


#: Conditional scores the trigram model remembers (about 200 bytes each).
TRIGRAM_MEMO = 1 << 16


class Trigrams:
    """A back-off word trigram model (``data/en_trigrams.npz``, made by
    scripts/make_en_trigrams.py from the CMU Sphinx generic US English model, BSD-style
    licence): log10 P(word | two words before), backing off to one word before and to the
    word alone (Katz back-off with the model's own weights). Words, pairs and triples are
    sorted CRC-32 keys with log10 values quantised to 1/20; the 700k pairs and 400k triples
    that weigh most in the model were kept when it was built (keys that collided there
    were merged, as in ``Bigrams``: an n-gram the model lacks answers for another about
    once in six thousand lookups, which the margins absorb). A word the model lacks falls
    back to its wordfreq frequency; all words lower-case."""

    def __init__(self, path: Path = TRI_DATA) -> None:
        with np.load(path) as z:
            self._uk, self._bk, self._tk = (
                Keys(_view(z[k])) for k in ("uni_keys", "bi_keys", "tri_keys")
            )
            self._up, self._ub = _view(z["uni_p"]), _view(z["uni_bo"])
            self._bp, self._bb = _view(z["bi_p"]), _view(z["bi_bo"])
            self._tp = _view(z["tri_p"])
            self._step = 1.0 / float(z["meta"][0])
        self._wordfreq = general_get("en")
        self._memo: dict[tuple[str, ...], float] = {}
        #: back-off weight of each history asked (one word or two: a space tells them
        #: apart), remembered with ``_memo``: a run of misses backs off the same ones.
        self._bo: dict[str, float] = {}

    def logp(self, word: str) -> float:
        """log10 P(word) on its own (wordfreq's when the model lacks it)."""
        i = key_index(self._uk, word)
        if i >= 0:
            return -self._up[i] * self._step
        z = self._wordfreq(word, 0.0)
        return z - 9.0 if z > 0 else UNKNOWN

    def _backoff(self, keys: Keys, vals: Column, hist: str) -> float:
        got = self._bo.get(hist)
        if got is None:
            i = key_index(keys, hist)
            got = self._bo[hist] = -vals[i] * self._step if i >= 0 else 0.0
        return got

    def cond(self, word: str, *hist: str) -> float:
        """log10 P(word | hist) for a history of up to two words (oldest first)."""
        key = (word, *hist)
        got = self._memo.get(key)
        if got is not None:
            return got
        if len(hist) >= 2:
            h1, h2 = hist[-2], hist[-1]
            i = key_index(self._tk, f"{h1} {h2} {word}")
            if i >= 0:
                got = -self._tp[i] * self._step
            else:
                got = self._backoff(self._bk, self._bb, f"{h1} {h2}") + self.cond(word, h2)
        elif hist:
            i = key_index(self._bk, f"{hist[0]} {word}")
            if i >= 0:
                got = -self._bp[i] * self._step
            else:
                got = self._backoff(self._uk, self._ub, hist[0]) + self.cond(word)  # (logp)
        else:
            got = self.logp(word)
        if len(self._memo) >= TRIGRAM_MEMO:
            self._memo.clear()  # bounded: a long run asks ever new windows
            self._bo.clear()
        self._memo[key] = got
        return got

    def window(self, before: Sequence[str], word: str, after: Sequence[str]) -> float:
        """The log10 probability of the words ``before word after`` that depends on
        ``word``: P(word | up to two words before) and the probabilities of the (up to
        two) words after it, each given its two words before."""
        return self.span(before, (word,), after)

    def span(self, before: Sequence[str], words: Sequence[str], after: Sequence[str]) -> float:
        """``window`` for a run of ``words`` (a word read as two, or two as one)."""
        seq = [*before[-2:], *words, *after[:2]]
        score = 0.0
        for j in range(len(before[-2:]), len(seq)):
            score += self.cond(seq[j], *seq[max(0, j - 2) : j])
        return score


@cache
def trigrams() -> Trigrams:
    """The shipped English trigram model, loaded once per process."""
    return Trigrams()
