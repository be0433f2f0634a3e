"""A character trigram model of Chinese; the swaps it scores are in ``han_swaps``.

The word-level search in ``han`` only looks where the text breaks into single
characters or rare words; an OCR error that still makes a word (着 read for 看, 干 for
千, 土 for 士) passes it by, and a swap it proposes may make a word that fits its
neighbours badly. Both need the characters around a word, which a word unigram
cannot see. ``data/zh_chars.npz`` (scripts/make_han_ngrams.py, from the open-gram word
trigram model, CC BY-SA 3.0) holds conditional log10 probabilities of about 14k
character unigrams, 430k bigrams and 930k trigrams, as sorted uint64 keys (21 bits
per character) and quantised bytes: 4.5 MB on disk, ~15 MB in memory, loaded in
well under a second. Scoring is stupid back-off (Brants et al. 2007): the trigram
if listed, else ``BACKOFF`` plus the bigram, else twice that plus the unigram, all
looked up at once in numpy hash tables (``HashTable``); a text's candidates come from
``Channels`` (every character's, as flat arrays), so scoring a text is a fixed
handful of numpy calls, not a Python step per character or candidate.

A swap of the character at k changes the scores of positions k, k+1 and k+2 only;
its gain is the change of their sum, less the noisy-channel cost of reading the
candidate as the character printed (``han.HanCorrector._candidates``: rendered
look-alikes and Tesseract's real confusions).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..script import FULL_WIDTH_MARKS, HAN

DATA = Path(__file__).resolve().parent / "data" / "zh_chars.npz"
#: log10 of the back-off factor: 0.1, not stupid back-off's 0.4, so a character pair the
#: model never saw counts against a reading (tuned on the tuning half of the bench).
BACKOFF = -1.0
#: log10 probability of a character the model does not know.
FLOOR = -7.0
SHIFT = np.uint64(21)
LOW1 = np.uint64((1 << 21) - 1)
LOW2 = np.uint64((1 << 42) - 1)
#: The sentence boundary of the model; anything but Han and Chinese punctuation maps here.
BOUNDARY = 1
#: ASCII punctuation as the Chinese full-width mark the model knows.
PUNCT = {k: v for k, v in FULL_WIDTH_MARKS.items() if k not in "()"}
KNOWN_MARKS = "，。；？！：“”、…"
_PUNCT = str.maketrans(PUNCT)
_OTHER = re.compile(f"[^{HAN}{KNOWN_MARKS}]")

Codes = npt.NDArray[np.uint64]
Floats = npt.NDArray[np.float32]
_NAN = np.float32(np.nan)


class HashTable:
    """uint64 key -> quantised log10 probability in an open-addressing table (linear
    probing, load <= 1/3: 9 bytes a slot), looked up for whole arrays at once. Every key
    sits at most ``reach`` slots past its home (measured when built), so a lookup reads
    that fixed window of slots for all keys in one gather: no loop, a handful of numpy
    calls per lookup, which is what short texts pay for (a binary search of the sorted
    keys takes twenty steps; a probing loop a dozen calls). (Keys and values in one array
    of records, read in one gather, made a lookup twice as slow in numpy.)"""

    def __init__(self, keys: Codes, quanta: npt.NDArray[np.uint8], step: float) -> None:
        self.bits = max(8, (3 * len(keys)).bit_length())
        self.shift = np.uint64(64 - self.bits)
        self.step = np.float32(step)
        home = self._slot(keys)
        order = np.argsort(home, kind="stable")
        home = home[order]
        # Linear probing in order of home slot puts the i-th key at the first free slot from
        # its home: max(home_i, place_(i-1) + 1) = i + max over j <= i of (home_j - j).
        # The table runs on past its nominal end instead of wrapping round.
        rank = np.arange(len(keys), dtype=np.int64)
        place = rank + np.maximum.accumulate(home - rank) if len(keys) else rank
        self.reach = int((place - home).max()) if len(keys) else 0
        self.window = np.arange(self.reach + 1, dtype=np.int64)
        size = max(int(place[-1]) + 1 if len(keys) else 1, 1 << self.bits) + self.reach + 1
        self.keys = np.zeros(size, dtype=np.uint64)  # 0: empty (no key is 0)
        self.quanta = np.zeros(size, dtype=np.uint8)
        self.keys[place], self.quanta[place] = keys[order], quanta[order]

    def _slot(self, keys: Codes) -> npt.NDArray[np.int64]:
        mixed = keys * np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing, wraps mod 2^64
        # (a home slot is below 2^bits: the same number read as signed, no copy)
        return (mixed >> self.shift).view(np.int64)

    def get(self, keys: Codes) -> Floats:
        """Values of ``keys``; NaN where a key is absent. The home slot first, for every
        key: most keys are there, or their home is empty and they are absent (linear
        probing fills a key's home before it places the key further on); only the rest
        (a sixth of a text's) read the window after it. One slot a key instead of the
        whole window: fewer cache misses, which is what a lookup costs (20% less time)."""
        home = self._slot(keys)
        first = self.keys[home]
        hit = first == keys
        # (every key's home value read, hit or not: a small array's numpy calls cost more
        # than the reads they would save)
        out: Floats = np.where(hit, self.quanta[home] * self.step, _NAN)
        rest = ((first != 0) & ~hit).nonzero()[0]
        if len(rest) and self.reach:
            after = home[rest]
            match = self.keys[after[:, None] + self.window[1:]] == keys[rest][:, None]
            at = after + 1 + match.argmax(axis=1)  # (the window's slots run on from home)
            out[rest] = np.where(match.any(axis=1), self.quanta[at] * self.step, _NAN)
        return out


#: ``BACKOFF`` as the model's float type.
_BACK = np.float32(BACKOFF)
#: Where the characters before (two, one) and after (one, two) a position stand in
#: ``CharModel.codes`` of its text (two boundaries ahead).
_AROUND = np.array([0, 1, 3, 4], dtype=np.int64)


class CharModel:
    """Stupid back-off over character unigrams (an array indexed by code point), bigrams
    and trigrams (``HashTable``s).

    Every listed trigram's two pairs are listed too (a triple's expected count is no
    larger than its pairs'), so a trigram is looked up only where both its pairs were
    found: most candidate swaps make pairs the model never saw, and each lookup in a
    table of this size is a cache miss, which is what scoring costs."""

    def __init__(self, path: Path = DATA) -> None:
        with np.load(path) as z:
            step = -1.0 / float(z["steps"][0])
            uni, uni_q = z["uni_keys"], z["uni_q"]
            self.pairs = HashTable(z["bi_keys"], z["bi_q"], step)
            # (4 of the 932k trigrams lack a pair: they are never looked up.)
            self.triples = HashTable(z["tri_keys"], z["tri_q"], step)
        self.single = np.full(int(uni.max()) + 2, FLOOR, dtype=np.float32)
        self.single[uni.astype(np.int64)] = uni_q * np.float32(step)
        self.last = np.uint64(len(self.single) - 1)

    @staticmethod
    def codes(text: str) -> Codes:
        """``text`` as model symbols (code points; anything but Han and the marks the
        model knows is ``BOUNDARY``), with two boundaries on each side."""
        plain = _OTHER.sub("\x01", text.translate(_PUNCT))
        points = np.frombuffer(("\x01\x01" + plain + "\x01\x01").encode("utf-32-le"), "<u4")
        return points.astype(np.uint64)

    def _unigram(self, c: Codes) -> Floats:
        out: Floats = self.single[np.minimum(c, self.last)]
        return out

    def score(self, ab_keys: Codes, c: Codes, ab: Floats, bc: Floats) -> Floats:
        """log10 S(c | a b) for the pairs ``a b`` (their keys ``ab_keys``) and symbols
        ``c``, whose pairs ``a b`` and ``b c`` scored ``ab`` and ``bc`` (NaN: not listed):
        the trigram where listed, else ``BACKOFF`` plus the bigram, else twice that plus
        the unigram. (A trigram's key is its first pair's key and its last symbol.)"""
        no_bc = np.isnan(bc)
        out: Floats = _BACK + np.where(no_bc, _BACK + self._unigram(c), bc)
        both = (~(np.isnan(ab) | no_bc)).nonzero()[0]
        if len(both):
            tri = self.triples.get((ab_keys[both] << SHIFT) | c[both])
            out[both] = np.where(np.isnan(tri), out[both], tri)
        return out

    def logp(self, text: str) -> float:
        """log10 score of the whole of ``text`` (boundaries included)."""
        c = self.codes(text)
        keys = (c[:-1] << SHIFT) | c[1:]
        pair = self.pairs.get(keys)
        return float(self.score(keys[:-1], c[2:], pair[:-1], pair[1:]).sum())

    def gains(self, text: str, pos: npt.NDArray[np.int64], other: Codes) -> Floats:
        """Change of the text's log10 score when the character at ``pos[i]`` (index
        into ``text``) becomes the symbol ``other[i]``, for every i at once: the scores
        of that character and the two after it change. Two lookups in all: the pairs
        (as read and as changed), then the trigrams both of whose pairs are listed."""
        c = self.codes(text)
        n = len(c) - 2
        x = other
        # (the character at text index k is c[k + 2]: two boundaries ahead)
        p1, n1, n2 = c[pos + 1], c[pos + 3], c[pos + 4]
        # The pairs as read (n + 1), then (p1 x) and (x n1) of each candidate: the first
        # pairs of the changed trigrams are the read pair at ``pos`` and these two.
        keys = (np.concatenate((c[:-1], p1, x)) << SHIFT) | np.concatenate((c[1:], x, n1))
        found = self.pairs.get(keys)
        changed = found[n + 1 :]  # (p1 x) then (x n1)
        s = self.score(
            np.concatenate((keys[:n], keys[pos], keys[n + 1 :])),
            np.concatenate((c[2:], x, n1, n2)),
            np.concatenate((found[:n], found[pos], changed)),
            np.concatenate((found[1 : n + 1], changed, found[pos + 3])),
        )
        m = len(pos)
        base = s[:n]
        new = s[n : n + m] + s[n + m : n + 2 * m] + s[n + 2 * m :]
        # (each character's three scores summed once, in the order a swap's are)
        around = base[:-2] + base[1:-1] + base[2:]
        out: Floats = new - around[pos]
        return out


@cache
def char_model() -> CharModel:
    """The shipped model, loaded once per process."""
    return CharModel()
