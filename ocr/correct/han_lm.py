"""A character trigram model of Chinese, and the look-alike swaps it alone is sure of.

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
looked up at once in numpy hash tables (``HashTable``).

A swap of the character at k changes the scores of positions k, k+1 and k+2 only;
its gain is the change of their sum, less the noisy-channel cost of reading the
candidate as the character printed (``han.HanCorrector._candidates``: rendered
look-alikes and Tesseract's real confusions).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..script import HAN, HAN_CHAR
from .context import Proposal

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
PUNCT = {",": "，", ".": "。", "?": "？", "!": "！", ";": "；", ":": "："}
KNOWN_MARKS = "，。；？！：“”、…"
_PUNCT = str.maketrans(PUNCT)
_OTHER = re.compile(f"[^{HAN}{KNOWN_MARKS}]")
#: A swap the character model makes on its own must gain this much (log10, channel cost
#: included) ...
LM_ALONE = 3.5
#: ... and beat every other candidate for the same character by this much.
LM_MARGIN = 1.0
#: A character that forms a lexicon word with a neighbour needs this much instead: the
#: model alone turned clean news text's 设有 into 没有 and 鸣枪开跑 into 开炮 at 3.5-4.0.
LM_ALONE_IN_WORD = 4.5

Codes = npt.NDArray[np.uint64]
Floats = npt.NDArray[np.float32]


class HashTable:
    """uint64 key -> quantised log10 probability in an open-addressing table (linear
    probing, load <= 1/4: 9 bytes a slot, 54 MB for the whole model), looked up for
    whole arrays at once: a few memory accesses per key where a binary search of the
    sorted keys takes twenty (3x faster on the model's million trigrams)."""

    def __init__(self, keys: Codes, quanta: npt.NDArray[np.uint8], step: float) -> None:
        self.bits = max(8, (4 * len(keys)).bit_length())
        self.step = np.float32(step)
        home = self._slot(keys)
        order = np.argsort(home, kind="stable")
        home = home[order]
        # Linear probing in order of home slot puts the i-th key at the first free slot from
        # its home: max(home_i, place_(i-1) + 1) = i + max over j <= i of (home_j - j).
        # The table runs on past its nominal end instead of wrapping round.
        rank = np.arange(len(keys), dtype=np.int64)
        place = rank + np.maximum.accumulate(home - rank) if len(keys) else rank
        size = max(int(place[-1]) + 2 if len(keys) else 1, 1 << self.bits)
        self.keys = np.zeros(size, dtype=np.uint64)  # 0: empty (no key is 0)
        self.quanta = np.zeros(size, dtype=np.uint8)
        self.keys[place], self.quanta[place] = keys[order], quanta[order]

    def _slot(self, keys: Codes) -> npt.NDArray[np.int64]:
        mixed = keys * np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing, wraps mod 2^64
        return (mixed >> np.uint64(64 - self.bits)).astype(np.int64)

    def get(self, keys: Codes) -> Floats:
        """Values of ``keys``; NaN where a key is absent."""
        out = np.full(len(keys), np.nan, dtype=np.float32)
        slot = self._slot(keys)
        active = np.arange(len(keys))
        while len(active):
            found = self.keys[slot]
            hit = found == keys[active]
            out[active[hit]] = self.quanta[slot[hit]] * self.step
            go_on = ~hit & (found != 0)
            active, slot = active[go_on], slot[go_on] + 1
        return out


class CharModel:
    """Stupid back-off over character unigrams, bigrams and trigrams."""

    def __init__(self, path: Path = DATA) -> None:
        with np.load(path) as z:
            steps = float(z["steps"][0])
            self.tables = [
                HashTable(z[f"{name}_keys"], z[f"{name}_q"], -1.0 / steps)
                for name in ("uni", "bi", "tri")
            ]

    @staticmethod
    def codes(text: str) -> Codes:
        """``text`` as model symbols (code points; anything but Han and the marks the
        model knows is ``BOUNDARY``), with two boundaries on each side."""
        plain = _OTHER.sub("\x01", text.translate(_PUNCT))
        points = np.frombuffer(("\x01\x01" + plain + "\x01\x01").encode("utf-32-le"), "<u4")
        return points.astype(np.uint64)

    def score(self, keys: Codes) -> Floats:
        """log10 S(c | a b) for trigram keys ``(a << 42) | (b << 21) | c``: the trigram
        where listed, else ``BACKOFF`` plus the bigram (the key's low 42 bits), else twice
        that plus the unigram. One lookup per order for all keys: with short texts the
        cost is in the calls, not the keys."""
        out = self.tables[2].get(keys)
        miss = np.flatnonzero(np.isnan(out))
        if len(miss):
            low = keys[miss] & LOW2
            two = self.tables[1].get(low)
            miss2 = np.flatnonzero(np.isnan(two))
            if len(miss2):
                one = self.tables[0].get(low[miss2] & LOW1)
                two[miss2] = BACKOFF + np.nan_to_num(one, nan=FLOOR)
            out[miss] = BACKOFF + two
        return out

    @staticmethod
    def keys(a: Codes, b: Codes, c: Codes) -> Codes:
        out: Codes = (((a << SHIFT) | b) << SHIFT) | c
        return out

    def logp(self, text: str) -> float:
        """log10 score of the whole of ``text`` (boundaries included)."""
        c = self.codes(text)
        return float(self.score(self.keys(c[:-2], c[1:-1], c[2:])).sum())

    def gains(self, text: str, pos: npt.NDArray[np.int64], other: Codes) -> Floats:
        """Change of the text's log10 score when the character at ``pos[i]`` (index
        into ``text``) becomes the symbol ``other[i]``, for every i at once: the scores
        of that character and the two after it change."""
        c = self.codes(text)
        n, m = len(c) - 2, len(pos)
        x, p2, p1, n1, n2 = other, c[pos], c[pos + 1], c[pos + 3], c[pos + 4]
        every = np.concatenate(
            (
                self.keys(c[:-2], c[1:-1], c[2:]),  # [i] scores c[i + 2], as read
                self.keys(p2, p1, x),
                self.keys(p1, x, n1),
                self.keys(x, n1, n2),
            )
        )
        s = self.score(every)
        base = s[:n]
        new = s[n : n + m] + s[n + m : n + 2 * m] + s[n + 2 * m :]
        out: Floats = new - (base[pos] + base[pos + 1] + base[pos + 2])
        return out


@cache
def char_model() -> CharModel:
    """The shipped model, loaded once per process."""
    return CharModel()


#: What the page may have had where a character was read: (candidates, their symbols,
#: their channel costs, similarities), cached per character by ``han.HanCorrector``.
Channel = tuple[tuple[str, ...], "Codes", "Floats", "Floats"]


class LmSwaps:
    """Every candidate swap of one text, scored by the character model in one go.

    ``channel(ch)`` gives a character's candidates; ``extra(ch, before)`` what a swap
    there costs on top (a name). The word search asks ``nets`` which candidates of a
    position are worth trying; ``alone`` gives the swaps the model is sure of by itself.
    """

    def __init__(
        self,
        model: CharModel,
        text: str,
        channel: Callable[[str], Channel],
        extra: Callable[[str, str], float],
    ) -> None:
        self.text = text
        where: list[int] = []
        parts: list[Channel] = []
        extras: list[float] = []
        for m in HAN_CHAR.finditer(text):
            k, ch = m.start(), m.group()
            found = channel(ch)
            if found[0]:
                where.append(k)
                parts.append(found)
                extras.append(extra(ch, text[k - 1 : k]))
        self.where = where
        self.others = [o for part in parts for o in part[0]]
        counts = np.array([len(part[0]) for part in parts], dtype=np.int64)
        self.starts = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        if not parts:
            self.net: Floats = np.zeros(0, dtype=np.float32)
            self.sim: Floats = self.net
            self.pos: npt.NDArray[np.int64] = np.zeros(0, dtype=np.int64)
            return
        self.pos = np.repeat(np.array(where, dtype=np.int64), counts)
        symbols = np.concatenate([part[1] for part in parts])
        cost = np.concatenate([part[2] for part in parts]) + np.repeat(
            np.array(extras, dtype=np.float32), counts
        )
        self.sim = np.concatenate([part[3] for part in parts])
        self.net = model.gains(text, self.pos, symbols) - cost
        self._index = {k: n for n, k in enumerate(where)}

    def best(self, k: int) -> float:
        """The best net gain of any candidate at text position ``k`` (-inf: none)."""
        n = self._index.get(k) if self.where else None
        if n is None:
            return -math.inf
        return float(self.net[int(self.starts[n]) : int(self.starts[n + 1])].max())

    def nets(self, k: int) -> dict[str, float]:
        """Candidate -> net gain (log10) for text position ``k``."""
        n = self._index.get(k) if self.where else None
        if n is None:
            return {}
        a, b = int(self.starts[n]), int(self.starts[n + 1])
        return dict(zip(self.others[a:b], self.net[a:b].tolist(), strict=True))

    def alone(self, taken: Collection[int]) -> list[Proposal]:
        """Swaps that gain ``LM_ALONE`` and lead the runner-up by ``LM_MARGIN``, away from
        ``taken`` positions and at least two characters apart, best first."""
        if not len(self.net):
            return []
        sure = np.flatnonzero(self.net >= LM_ALONE)
        out: list[Proposal] = []
        done: list[int] = []
        for i in sorted(sure.tolist(), key=lambda i: -float(self.net[i])):
            k = int(self.pos[i])
            if k in taken or any(abs(k - d) < 2 for d in done):
                continue
            n = self._index[k]
            a, b = int(self.starts[n]), int(self.starts[n + 1])
            rivals = np.delete(self.net[a:b], i - a)
            if len(rivals) and float(self.net[i] - rivals.max()) < LM_MARGIN:
                continue
            done.append(k)
            net, sim = float(self.net[i]), float(self.sim[i])
            how = "OCR confusion" if sim < 0 else "visual"
            was, now = self.text[k], self.others[i]
            out.append(
                Proposal(
                    k,
                    k + 1,
                    was,
                    now,
                    round(100.0 * abs(sim), 1),
                    f"{how} {was}>{now}, character context (+{net:.1f} log10)",
                    round(net, 2),
                )
            )
        return out
