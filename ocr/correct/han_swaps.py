"""The character model's swaps: every character's candidates as flat arrays
(``Channels``), their net gains scored at once (``LmSwaps``, remembered per window by
``WindowMemo``), and the swaps the model alone is sure of (``LmSwaps.alone``).

The word search in ``han`` reads the gains through ``LmView`` (one text of a batch);
the model itself, its tables and scoring are in ``han_lm``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from functools import cached_property

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from ..script import HAN_CHAR
from .han_lm import CharModel, Codes, Floats
from .proposals import Proposal

#: A swap the character model makes on its own must gain this much (log10, channel cost
#: included) ...
LM_ALONE = 3.5
#: ... and beat every other candidate for the same character by this much: where two of
#: a character's candidates both fit (教育局 and 教育司 for 教育筒, 很 and 要 for 根 in
#: 我们根努力), the context cannot tell which was printed, nor whether either was. 1.0
#: before; 1.5 dropped the FASPell tuning half's one such inexact change (影视刚 -> 影视圈
#: for 影视剧, learned table) and no right one there, but also 同学们着得 -> 看得, whose
#: runner-up 长得 trails by 1.35: 1.25 keeps it (tuning half then unchanged).
LM_MARGIN = 1.25
#: A character that forms a lexicon word with a neighbour needs this much instead: the
#: model alone turned clean news text's 设有 into 没有 and 鸣枪开跑 into 开炮 at 3.5-4.0.
LM_ALONE_IN_WORD = 4.5

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
#: (~80 bytes of gains and ~100 of key each: ~12 MB when full) ...
WINDOW_MEMO = 1 << 16
#: ... and gains (a window has ~18 candidates, but a window that a text repeats is kept
#: once per time: one phrase repeated 2,000 times in a paragraph was 820,000 gains).
WINDOW_GAINS = WINDOW_MEMO * 32


class WindowMemo:
    """Net gains of a character's candidates by the five characters around it.

    A swap at k changes the scores of k, k+1 and k+2, which read the characters k-2 ..
    k+2; its channel cost reads k-1 and k (a surname before). So those five characters
    fix every candidate's net gain, wherever they stand: scoring one candidate costs
    ~0.5 us and a character has ~18, while real text repeats its phrases (a quarter of
    the windows of the FASPell sentences were seen before; a long page of one paper,
    its stock phrases, far more). Bounded at ``size`` windows: when full it starts
    afresh, so a page of distinct text costs a look-up per character and no more memory.
    Gains depend on the channel, so each corrector keeps its own.

    The gains are kept end to end in one array (``gains``), each window's from where
    ``nets`` says: a text's remembered windows are gathered with one index, not joined
    row by row (a 10 MB page of Chinese: some 3 million rows)."""

    __slots__ = ("size", "rows", "nets", "gains", "used")

    def __init__(self, size: int = WINDOW_MEMO, rows: int = WINDOW_GAINS) -> None:
        self.size, self.rows = size, rows
        #: Window (``_windows``) -> where its candidates' gains start in ``gains``.
        self.nets: dict[bytes, int] = {}
        self.gains: Floats = np.empty(1 << 12, dtype=np.float32)
        self.used = 0

    def __len__(self) -> int:
        return len(self.nets)

    def clear(self) -> None:
        """Forget every window (``gains`` is kept, to be written over)."""
        self.nets.clear()
        self.used = 0

    def nets_of(
        self, text: str, where: npt.NDArray[np.int64], starts: npt.NDArray[np.int64],
        score: Callable[[npt.NDArray[np.int64]], Floats],
    ) -> Floats:
        """The net gains of every candidate of the characters at ``where`` (their
        candidates at ``starts[i]:starts[i+1]`` of the flat result), those of windows not
        remembered from ``score`` (of the flat indices of their candidates)."""
        keys = _windows(text, where)
        got = list(map(self.nets.get, keys))
        miss = [r for r, g in enumerate(got) if g is None]
        lens = starts[1:] - starts[:-1]
        if len(miss) == len(keys):  # (most short texts: nothing remembered, nothing to gather)
            out = kept = score(np.arange(int(starts[-1]), dtype=np.int64))
        elif not miss:  # (a page that repeats its phrases: all remembered)
            out = self.gains[_spans(np.array(got, dtype=np.int64), lens)]
        else:
            out = np.empty(int(starts[-1]), dtype=np.float32)
            hits = np.array([r for r, g in enumerate(got) if g is not None], dtype=np.int64)
            first = np.array([g for g in got if g is not None], dtype=np.int64)
            out[_flat(starts, hits)] = self.gains[_spans(first, lens[hits])]
            rows = np.array(miss, dtype=np.int64)
            flat = _flat(starts, rows)
            out[flat] = kept = score(flat)
        if miss and len(kept) <= self.rows:  # (one text's own misses may overfill it)
            if len(self.nets) + len(miss) > self.size or self.used + len(kept) > self.rows:
                self.clear()
            self._keep([keys[r] for r in miss], lens[miss], kept)
        return out

    def _keep(self, keys: list[bytes], lens: npt.NDArray[np.int64], kept: Floats) -> None:
        """Remember the windows ``keys``, whose gains (``lens`` of them each) are
        ``kept`` end to end."""
        used = self.used
        if used + len(kept) > len(self.gains):
            grown = np.empty(max(2 * len(self.gains), used + len(kept)), dtype=np.float32)
            grown[:used] = self.gains[:used]
            self.gains = grown
        self.gains[used : used + len(kept)] = kept
        nets = self.nets
        for key, at in zip(keys, (used + np.cumsum(lens) - lens).tolist(), strict=True):
            nets[key] = at
        self.used = used + len(kept)


def _windows(text: str, where: npt.NDArray[np.int64]) -> list[bytes]:
    """The five characters around each position ``where`` of ``text`` (two boundaries
    past its ends, as the model reads them), as the bytes of their code points: cut out
    of one array in C, where a slice of the text a character was a Python step each
    (a 10 MB page: 3 million)."""
    if not len(where):
        return []
    padded = "\x01\x01" + text + "\x01\x01"  # the model's boundaries (any non-Han)
    points = np.frombuffer(padded.encode("utf-32-le", "surrogatepass"), "<u4")
    windows = np.ascontiguousarray(sliding_window_view(points, 5)[where])
    keys: list[bytes] = windows.view("V20").ravel().tolist()
    return keys


def _flat(starts: npt.NDArray[np.int64], rows: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """The flat indices of the candidates of ``rows`` (those at ``starts[r]:starts[r+1]``)."""
    return _spans(starts[rows], starts[rows + 1] - starts[rows])


def _spans(first: npt.NDArray[np.int64], lens: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """The indices ``first[i] .. first[i] + lens[i] - 1`` of every ``i``, end to end."""
    shift = np.repeat(first - np.concatenate(([0], np.cumsum(lens)[:-1])), lens)
    return shift + np.arange(int(lens.sum()), dtype=np.int64)


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

