"""English word n-gram models: how likely a word is between its neighbours.

The bigram model lives on the rules floor (``ocr/word_pairs.py``: the text reader asks it
too) and is re-exported here; the trigram model is correction's own.

Real-word OCR errors (``tho`` for ``the``, ``bo`` for ``be``, ``aud`` for ``and``) are
words of their own, so only context can tell them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

from ..lexicon import general_get
from ..word_pairs import (
    BACKOFF,
    BIGRAM_MEMO,
    DATA,
    UNKNOWN,
    Bigrams,
    Column,
    Keys,
    bigrams,
    key_index,
    view,
)

__all__ = ["BACKOFF", "BIGRAM_MEMO", "DATA", "TRI_DATA", "TRIGRAM_MEMO", "UNKNOWN", "Bigrams",
           "Column", "Keys", "Trigrams", "bigrams", "key_index", "trigrams", "view"]


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
                Keys(view(z[k])) for k in ("uni_keys", "bi_keys", "tri_keys")
            )
            self._up, self._ub = view(z["uni_p"]), view(z["uni_bo"])
            self._bp, self._bb = view(z["bi_p"]), view(z["bi_bo"])
            self._tp = view(z["tri_p"])
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
