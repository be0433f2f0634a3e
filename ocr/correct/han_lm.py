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
from collections.abc import Callable, Collection, Mapping, Sequence
from functools import cache, cached_property
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
        out: Floats = np.full(len(keys), np.nan, dtype=np.float32)
        hit = np.flatnonzero(first == keys)
        out[hit] = self.quanta[home[hit]] * self.step
        rest = np.flatnonzero((first != keys) & (first != 0))
        if len(rest) and self.reach:
            after = home[rest]
            match = self.keys[after[:, None] + self.window[1:]] == keys[rest][:, None]
            at = after + 1 + match.argmax(axis=1)  # (the window's slots run on from home)
            out[rest] = np.where(
                match.any(axis=1), self.quanta[at] * self.step, np.float32(np.nan)
            )
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

    def score(self, a: Codes, b: Codes, c: Codes, ab: Floats, bc: Floats) -> Floats:
        """log10 S(c | a b) for symbol arrays ``a b c`` whose pairs ``a b`` and ``b c``
        scored ``ab`` and ``bc`` (NaN: not listed): the trigram where listed, else
        ``BACKOFF`` plus the bigram, else twice that plus the unigram."""
        no_bc = np.isnan(bc)
        out: Floats = _BACK + np.where(no_bc, _BACK + self._unigram(c), bc)
        both = np.flatnonzero(~(np.isnan(ab) | no_bc))
        if len(both):
            tri = self.triples.get(self.keys(a[both], b[both], c[both]))
            out[both] = np.where(np.isnan(tri), out[both], tri)
        return out

    @staticmethod
    def keys(a: Codes, b: Codes, c: Codes) -> Codes:
        out: Codes = (((a << SHIFT) | b) << SHIFT) | c
        return out

    def logp(self, text: str) -> float:
        """log10 score of the whole of ``text`` (boundaries included)."""
        c = self.codes(text)
        pair = self.pairs.get((c[:-1] << SHIFT) | c[1:])
        return float(self.score(c[:-2], c[1:-1], c[2:], pair[:-1], pair[1:]).sum())

    def gains(self, text: str, pos: npt.NDArray[np.int64], other: Codes) -> Floats:
        """Change of the text's log10 score when the character at ``pos[i]`` (index
        into ``text``) becomes the symbol ``other[i]``, for every i at once: the scores
        of that character and the two after it change. Two lookups in all: the pairs
        (as read and as changed), then the trigrams both of whose pairs are listed."""
        c = self.codes(text)
        n, m = len(c) - 2, len(pos)
        x = other
        p2, p1, n1, n2 = c[pos[:, None] + _AROUND].T
        found = self.pairs.get(
            (np.concatenate((c[:-1], p1, x)) << SHIFT) | np.concatenate((c[1:], x, n1))
        )
        pair, q1, q2 = found[: n + 1], found[n + 1 : n + 1 + m], found[n + 1 + m :]
        s = self.score(
            np.concatenate((c[:-2], p2, p1, x)),
            np.concatenate((c[1:-1], p1, x, n1)),
            np.concatenate((c[2:], x, n1, n2)),
            np.concatenate((pair[:-1], pair[pos], q1, q2)),
            np.concatenate((pair[1:], q1, q2, pair[pos + 3])),
        )
        base = s[:n]
        new = s[n : n + m] + s[n + m : n + 2 * m] + s[n + 2 * m :]
        out: Floats = new - (base[pos] + base[pos + 1] + base[pos + 2])
        return out


@cache
def char_model() -> CharModel:
    """The shipped model, loaded once per process."""
    return CharModel()


#: Code points below this may have candidates (the Han blocks up to plane 2's ideographs).
LIMIT = 0x30000


class Channels:
    """What the page may have had where each character was read, for all characters at
    once: every character's candidates (their symbols, channel costs and similarities)
    as one run of flat arrays, found through arrays indexed by code point, so a text's
    candidates are gathered in a few numpy calls instead of one Python step per character.
    ``rows`` gives each character's (candidate, cost, similarity); ``names`` are the
    characters (surnames) where a swap, or one right after them, costs ``name_cost`` more."""

    def __init__(
        self,
        rows: Mapping[str, Sequence[tuple[str, float, float]]],
        names: Collection[str],
        name_cost: float,
    ) -> None:
        chars = [ch for ch, row in rows.items() if row and HAN_CHAR.fullmatch(ch)]
        chars = [ch for ch in chars if ord(ch) < LIMIT]
        counts = np.array([len(rows[ch]) for ch in chars], dtype=np.int64)
        self.first = np.zeros(LIMIT, dtype=np.int64)
        self.count = np.zeros(LIMIT, dtype=np.int64)
        points = np.array([ord(ch) for ch in chars], dtype=np.int64)
        self.first[points] = np.concatenate(([0], np.cumsum(counts)[:-1])) if chars else 0
        self.count[points] = counts
        flat = [c for ch in chars for c in rows[ch]]
        self.symbols: Codes = np.array([ord(o) for o, _, _ in flat], dtype=np.uint64)
        self.costs: Floats = np.array([c for _, c, _ in flat], dtype=np.float32)
        self.sims: Floats = np.array([s for _, _, s in flat], dtype=np.float32)
        self.named = np.zeros(LIMIT, dtype=bool)
        self.named[[ord(ch) for ch in names if ord(ch) < LIMIT]] = True
        self.name_cost = np.float32(name_cost)


#: Windows whose candidates' net gains a ``WindowMemo`` keeps before it starts afresh
#: (~260 bytes each: ~17 MB when full).
WINDOW_MEMO = 1 << 16


class WindowMemo:
    """Net gains of a character's candidates by the five characters around it.

    A swap at k changes the scores of k, k+1 and k+2, which read the characters k-2 ..
    k+2; its channel cost reads k-1 and k (a surname before). So those five characters
    fix every candidate's net gain, wherever they stand: scoring one candidate costs
    ~0.5 us and a character has ~18, while real text repeats its phrases (a quarter of
    the windows of the FASPell sentences were seen before; a long page of one paper,
    its stock phrases, far more). Bounded at ``size`` windows: when full it starts
    afresh, so a page of distinct text costs a look-up per character and no more memory.
    Gains depend on the channel, so each corrector keeps its own."""

    __slots__ = ("size", "nets")

    def __init__(self, size: int = WINDOW_MEMO) -> None:
        self.size = size
        self.nets: dict[str, Floats] = {}

    def __len__(self) -> int:
        return len(self.nets)

    def nets_of(
        self, text: str, where: npt.NDArray[np.int64], starts: npt.NDArray[np.int64],
        score: Callable[[npt.NDArray[np.int64]], Floats],
    ) -> Floats:
        """The net gains of every candidate of the characters at ``where`` (their
        candidates at ``starts[i]:starts[i+1]`` of the flat result), those of windows not
        remembered from ``score`` (of the flat indices of their candidates)."""
        padded = "\x01\x01" + text + "\x01\x01"  # the model's boundaries (any non-Han)
        keys = [padded[k : k + 5] for k in where.tolist()]
        nets = self.nets
        got = [nets.get(key) for key in keys]
        miss = [r for r, g in enumerate(got) if g is None]
        if len(miss) == len(keys):  # (most short texts: nothing remembered, nothing to gather)
            out = kept = score(np.arange(int(starts[-1]), dtype=np.int64))
            bounds = starts.tolist()
        else:
            out = np.empty(int(starts[-1]), dtype=np.float32)
            hits = [r for r, g in enumerate(got) if g is not None]
            # one assignment, not one a character
            out[_flat(starts, np.array(hits, dtype=np.int64))] = np.concatenate(
                [got[r] for r in hits])
            if miss:
                rows = np.array(miss, dtype=np.int64)
                flat = _flat(starts, rows)
                out[flat] = kept = score(flat)
                bounds = [0, *np.cumsum(starts[rows + 1] - starts[rows]).tolist()]
        if miss:
            if len(nets) + len(miss) > self.size:
                nets.clear()
            kept.flags.writeable = False  # each window's row is a view of the scored gains
            for j, r in enumerate(miss):
                nets[keys[r]] = kept[bounds[j] : bounds[j + 1]]
        return out


def _flat(starts: npt.NDArray[np.int64], rows: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """The flat indices of the candidates of ``rows`` (those at ``starts[r]:starts[r+1]``)."""
    lens = starts[rows + 1] - starts[rows]
    first = np.repeat(starts[rows] - np.concatenate(([0], np.cumsum(lens)[:-1])), lens)
    return first + np.arange(int(lens.sum()), dtype=np.int64)


class LmSwaps:
    """Every candidate swap of one text, scored by the character model in one go.

    ``top`` holds each position's best net gain (-inf: no candidate); the word search asks
    ``passing`` which candidates of a position are worth trying; ``alone`` gives the swaps
    the model is sure of by itself. ``memo`` remembers the gains of windows seen before.
    """

    def __init__(
        self, model: CharModel, text: str, channels: Channels, memo: WindowMemo | None = None
    ) -> None:
        self.text = text
        # (a lone surrogate, which a caller's surrogateescape decoding leaves, is a code
        # point like any other here: it has no candidates)
        points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), "<u4").astype(np.int64)
        points = np.minimum(points, LIMIT - 1)  # beyond: no candidates (LIMIT - 1 has none)
        have = channels.count[points]
        where = np.flatnonzero(have)
        counts = have[where]
        self.starts = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        self.top: Floats = np.full(len(text), -np.inf, dtype=np.float32)
        self.row = np.full(len(text), -1, dtype=np.int64)
        self.row[where] = np.arange(len(where))
        total = int(self.starts[-1])
        self.pos = np.repeat(where, counts)
        flat = np.repeat(channels.first[points[where]] - self.starts[:-1], counts) + np.arange(
            total
        )
        self.symbols: Codes = channels.symbols[flat]
        self.sim: Floats = channels.sims[flat]
        named = channels.named[points]
        named[1:] |= channels.named[points[:-1]]
        cost = channels.costs[flat] + channels.name_cost * named[self.pos]
        self.net: Floats = self.sim
        if total:
            def score(flat: npt.NDArray[np.int64]) -> Floats:
                got: Floats = (model.gains(text, self.pos[flat], self.symbols[flat])
                               - cost[flat]).astype(np.float32)
                return got

            if memo is None:  # (all of them: no gathering)
                self.net = (model.gains(text, self.pos, self.symbols) - cost).astype(np.float32)
            else:
                self.net = memo.nets_of(text, where, self.starts, score)
            self.top[where] = np.maximum.reduceat(self.net, self.starts[:-1])

    @cached_property
    def _lists(self) -> tuple[list[float], list[float], list[int], list[int]]:
        """``top``, ``net``, ``row`` and ``starts`` as Python lists, for the word search's
        many small questions (a numpy call per question cost more than the answer)."""
        return self.top.tolist(), self.net.tolist(), self.row.tolist(), self.starts.tolist()

    def best(self, a: int, b: int) -> float:
        """The best net gain of any candidate at positions ``a`` to ``b`` (-inf: none)."""
        return max(self._lists[0][a:b])

    def passing(self, k: int, floor: float) -> list[int]:
        """Which of position ``k``'s candidates (their places in its channel row) gain at
        least ``floor``."""
        top, net, row, starts = self._lists
        floor = float(np.float32(floor))  # (compared as the gains are: in float32)
        if not top[k] >= floor:
            return []
        a, b = starts[row[k]], starts[row[k] + 1]
        return [i for i in range(b - a) if net[a + i] >= floor]

    def _framed(self, k: int) -> bool:
        """Whether the character at ``k`` has a Han neighbour: one standing between spaces
        or marks (a letter-spaced heading, ``不 得 入 场``) has no context, only its
        frequency, and the commoner character would always win (入 -> 人)."""
        text = self.text
        return bool(
            (k > 0 and HAN_CHAR.match(text, k - 1)) or HAN_CHAR.match(text, k + 1)
        )

    def alone(self, taken: Collection[int]) -> list[Proposal]:
        """Swaps that gain ``LM_ALONE`` and lead the runner-up by ``LM_MARGIN``, away from
        ``taken`` positions and at least two characters apart, best first."""
        sure = np.flatnonzero(self.net >= LM_ALONE)
        out: list[Proposal] = []
        done: set[int] = set()
        for i in sorted(sure.tolist(), key=lambda i: -float(self.net[i])):
            k = int(self.pos[i])
            if k in taken or {k - 1, k, k + 1} & done or not self._framed(k):
                continue
            n = int(self.row[k])
            a, b = int(self.starts[n]), int(self.starts[n + 1])
            rivals = np.delete(self.net[a:b], i - a)
            if len(rivals) and float(self.net[i] - rivals.max()) < LM_MARGIN:
                continue
            done.add(k)
            net, sim = float(self.net[i]), float(self.sim[i])
            how = "OCR confusion" if sim < 0 else "visual"
            was, now = self.text[k], chr(int(self.symbols[i]))
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


class LmView:
    """One text's part of an ``LmSwaps`` that scored several texts at once: ``top``,
    ``best`` and ``passing`` in that text's positions."""

    __slots__ = ("lm", "at", "top")

    def __init__(self, lm: LmSwaps, at: int, n: int) -> None:
        self.lm, self.at = lm, at
        self.top: Floats = lm.top[at : at + n]

    def best(self, a: int, b: int) -> float:
        return self.lm.best(self.at + a, self.at + b)

    def passing(self, k: int, floor: float) -> list[int]:
        return self.lm.passing(self.at + k, floor)

