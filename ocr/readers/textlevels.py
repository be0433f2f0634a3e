"""How a piece carries on its column, and columns that were not level put back.

The costs here say how well a piece of text goes on from the last line of a column:
a sentence that ran on goes on, a word broken at the line end (``fam-``) goes on
into a word of the lexicon, a paired mark opened above is closed below. They place
pieces on columns (``textruns``) and find runs of lines that alternate between
columns whose lines were not level, which the extractor wrote a line apart.
"""

from __future__ import annotations

import re

from .textmeasure import (
    ENDS,
    LineKind,
    Measure,
    broken_word,
    em_width,
    goes_on_below,
    line_kind,
)
from .textspace import NBSP

#: Paired marks: a column line that closes one its column's line above opened.
_OPENERS = dict(zip("《（“「『", "》）”」』", strict=True))
BYLINE = re.compile(r"By[ \u00a0]?[A-Z][A-Za-z]")
#: Reading a run of lines as streams must lower the mean cost of a piece this much.
_LEVEL_GAIN = 0.3


def _closes(before: str, piece: str) -> int:
    """1 when ``piece`` closes a paired mark that ``before`` left open, -1 when it
    closes one that ``before`` did not open, else 0."""
    for o, c in _OPENERS.items():
        if before.count(o) > before.count(c):
            if c in piece and piece.find(c) < (piece.find(o) if o in piece else len(piece)):
                return 1
        elif c in piece and piece.find(c) < (piece.find(o) if o in piece else len(piece)):
            return -1
    return 0


def step_cost(prev: dict[int, str], lasts: dict[int, str], cur: dict[int, str],
              m: Measure) -> float:
    """How badly the pieces of a line carry on their columns: ``lasts`` holds each
    column's last piece so far, ``prev`` the line before's pieces."""
    cost = 0.0
    for slot, piece in cur.items():
        before = lasts.get(slot)
        if not piece or m.em(piece) > m.width + m.over:
            cost += 0.3  # the rest of a headline across columns, or the headline
            continue
        cost += _pair_cost(before, piece, m) if before else 0.3
    if m.latin:
        return cost  # columns not level alternate line by line: no cost to switch
    for slot, before in prev.items():
        if slot not in cur:
            cost += 0.6 if goes_on_below(before, m) else 0.2
    cost += 0.3 * len(set(cur) ^ set(prev))
    return cost


def _pair_cost(before: str, piece: str, m: Measure) -> float:
    """How badly ``piece`` carries on the column whose last line is ``before``."""
    kind = line_kind(piece, m)
    if m.latin:
        return _latin_step(before, piece, kind, m)
    cost = -0.5 * _closes(before, piece)
    if goes_on_below(before, m):
        cost += {"full": 0.0, "first": 1.0}.get(kind, 0.0 if piece[-1] in ENDS else 1.5)
        return cost - 0.6 * _joins(before, piece)
    return cost + {"first": 0.0, "full": 1.0}.get(kind, 0.5)


def _latin_step(before: str, piece: str, kind: LineKind, m: Measure) -> float:
    """A Latin column line after ``before``: a broken word goes on into a word of the
    lexicon, a sentence that ran on goes on in lower case, a new one (or paragraph)
    starts with a capital, and a paragraph's first line is as full as any."""
    lower = piece[0].islower()
    if broken_word(before):
        if not lower:
            return 1.5
        return -2.0 if _word_joins(before, piece) else 0.5
    fits = 0.0 if kind == "full" or piece[-1] in ENDS else 0.5
    if goes_on_below(before, m):
        return (-0.3 if lower else 0.3) + fits
    return (0.8 if lower else -0.2) + fits


def _word_joins(before: str, piece: str) -> bool:
    """``fam-`` + ``ily`` is a word of the general lexicon: the same column."""
    from ..lexicon import general  # loaded only for pages read here

    head = before.rsplit(" ", 1)[-1][:-1]
    tail = re.match(r"[a-z]+", piece)
    if tail is None:
        return False
    word = re.sub(r"^\W+", "", head).lower() + tail.group()
    return word in general("en")


def _joins(before: str, piece: str) -> bool:
    """A word of the general lexicon runs across the line break: ``…创新成`` + ``果的…``."""
    from ..lexicon import general  # loaded only for pages read here

    words = general("zh")
    for a in (1, 2, 3):
        for b in (1, 2, 3):
            w = before[-a:] + piece[:b]
            if a + b <= 4 and em_width(w) == len(w) and w in words:
                return True
    return False


def _column_line(pieces: list[str], m: Measure) -> bool:
    """Pieces of column lines only; in Latin text a caption run together into one
    token may stand beside them (it cannot be cut, and its lines alternate too)."""
    return bool(pieces) and all(m.em(x) <= m.width + m.over or (
        m.latin and NBSP in x and " " not in x) for x in pieces)


def _stream_cost(split: list[list[str]], i: int, j: int, period: int, m: Measure) -> float:
    """Mean cost of reading lines ``i:j`` as ``period`` streams of lines: each line's
    pieces carry on, one for one, those of the line ``period`` lines above."""
    total, pairs = 0.0, 0
    for k in range(i + period, j):
        above, cur = split[k - period], split[k]
        if len(above) != len(cur):
            total += 1.0 * max(len(above), len(cur))
            pairs += max(len(above), len(cur))
            continue
        total += sum(_pair_cost(a, b, m) for a, b in zip(above, cur, strict=True))
        pairs += len(cur)
    return total / max(1, pairs)


def level_lines(split: list[list[str]], m: Measure) -> list[list[str]]:
    """Lines of columns that were not level, put back together.

    The extractor gives a line of its own to the columns whose lines stand a little
    higher or lower than their neighbours' (their first lines were set apart by a
    byline or a crosshead), and as all columns keep one leading the lines of such a
    band alternate: the left column's line, the other columns' line, the left
    column's... A run of column lines read as ``period`` streams (each line carrying on
    the one ``period`` lines above) that reads better than as one stream is put back
    into printed lines of all its columns, the pieces in the order that best carries
    on the line before the run.
    """
    out: list[list[str]] = []
    i, n = 0, len(split)
    while i < n:
        best = _run_at(split, i, m)
        if best is None or (i + 1 < n and (later := _run_at(split, i + 1, m)) is not None
                            and later[0] > best[0]):
            out.append(split[i])  # the run's first period starts a line later
            i += 1
            continue
        _, period, length = best
        ref = next((p for p in out[-1:-7:-1] if len(p) == sum(
            len(q) for q in split[i : i + period])), [])
        order = _interleaving([len(p) for p in split[i : i + period]], ref,
                              split[i : i + period], m)
        for w in range(i, i + length, period):
            window = [list(p) for p in split[w : w + period]]
            out.append([window[g].pop(0) for g in order])
        i += length
    return out


def _run_at(split: list[list[str]], i: int, m: Measure) -> tuple[float, int, int] | None:
    """(gain, period, length) of the best run of alternating lines from line ``i``."""
    best: tuple[float, int, int] | None = None
    n = len(split)
    if not _column_line(split[i], m) or (m.latin and heads_story(split, i)):
        return None
    for period in (2, 3):
        j = i + period
        while j < n and _column_line(split[j], m) and (
                len(split[j]) == len(split[j - period])) and not (
                m.latin and heads_story(split, j)):
            j += 1
        length = (j - i) // period * period
        if length < 3 * period:
            continue
        gain = _stream_cost(split, i, i + length, 1, m) - _stream_cost(
            split, i, i + length, period, m)
        if gain > _LEVEL_GAIN and (best is None or gain > best[0]):
            best = (gain, period, length)
    return best


def _interleaving(sizes: list[int], before: list[str], first: list[list[str]],
                  m: Measure) -> list[int]:
    """The x order of the streams' pieces (which stream each slot takes), chosen to
    carry on the line ``before`` best; stream after stream when nothing decides."""
    orders: list[list[int]] = [[]]
    for _ in range(sum(sizes)):
        orders = [o + [g] for o in orders for g in range(len(sizes))
                  if o.count(g) < sizes[g]]
    plain = [g for g, size in enumerate(sizes) for _ in range(size)]
    if len(before) != len(plain) or len(orders) > 120:
        return plain

    def cost(order: list[int]) -> float:
        taken = [0] * len(sizes)
        total = 0.0
        for slot, g in enumerate(order):
            total += _pair_cost(before[slot], first[g][taken[g]], m)
            taken[g] += 1
        return total

    return min(orders, key=lambda o: (cost(o), o != plain))


def heads_story(split: list[list[str]], j: int) -> bool:
    """A lone line right above a byline (``By KEVIN ASHBY``, run together or not) is
    a story's headline, however narrow: no column line stands there."""
    return (len(split[j]) == 1 and j + 1 < len(split) and bool(split[j + 1])
            and bool(BYLINE.match(split[j + 1][0])))
