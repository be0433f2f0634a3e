"""How a piece carries on its column, and columns that were not level put back.

The costs here say how well a piece of text goes on from the last line of a column:
a sentence that ran on goes on, a word broken at the line end (``fam-``) goes on
into a word of the lexicon, a paired mark opened above is closed below. They place
pieces on columns (``textruns``) and find runs of lines that alternate between
columns whose lines were not level, which the extractor wrote a line apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .textcuts import heads_story
from .textmeasure import (
    DATELINE,
    ENDS,
    LineKind,
    Measure,
    broken_word,
    em_width,
    goes_on_below,
    line_kind,
    line_kinds,
)
from .textspace import NBSP

#: Paired marks: a column line that closes one its column's line above opened.
_OPENERS = dict(zip("《（“「『", "》）”」』", strict=True))
#: A Chinese story's first line: a bracketed byline near its start (``本报讯（记者``,
#: ``新华社北京 6 月 20 日电（记者``). It opens a column of its own: it never goes on
#: another column's sentence. It mirrors the bylines and datelines of
#: ``layouts/generic.toml [markers.zh]`` but does not share them: those match a whole
#: line (``本报讯（…）`` closed, a credit's ``记者 张三 摄`` too), this a column piece whose
#: bracket the line's end may leave open, and never a credit.
CJK_OPENER = re.compile(r"^[^，。；（]{0,16}（(?:本报)?(?:记者|通讯员|特约)")
#: Reading a run of lines as streams must lower the mean cost of a piece this much.
_LEVEL_GAIN = 0.3
#: The first line of one phase of a run must carry on the line above it this much
#: better a piece than the other phase's to decide how its lines pair up.
_PHASE_MARGIN = 0.5


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
              m: Measure, memo: dict[tuple[str | None, str], float] | None = None) -> float:
    """How badly the pieces of a line carry on their columns: ``lasts`` holds each
    column's last piece so far, ``prev`` the line before's pieces. ``memo`` keeps each
    piece's cost after a column's last (``_slot_cost``) for one ``m``: placing a band
    weighs each line's placings after every path kept, most on the same pairs."""
    memo = {} if memo is None else memo
    cost = 0.0
    for slot, piece in cur.items():
        key = (lasts.get(slot), piece)
        term = memo.get(key)
        if term is None:
            term = memo[key] = _slot_cost(*key, m)
        cost += term
    if m.latin:
        # Columns not level alternate line by line: no cost to switch; on a tie the
        # pieces stand as far left as they can (a title over the next column ends).
        return cost + 0.01 * sum(cur)
    for slot, before in prev.items():
        if slot not in cur:
            cost += 0.6 if goes_on_below(before, m) else 0.2
    cost += 0.3 * len(set(cur) ^ set(prev))
    return cost


def _slot_cost(before: str | None, piece: str, m: Measure) -> float:
    """How badly ``piece`` carries on the column whose last piece is ``before``."""
    if before and not m.latin and not m.column(before):
        before = None  # under a headline across columns, its columns start
    if not piece or not m.column(piece):
        return 0.3  # the rest of a headline across columns, or the headline
    if not before:
        return 0.3
    if m.latin:
        goes_on = 0.6 if _name_goes_on(before, piece, m) else 0.0
    else:  # laying a band's lines only: see ``COMMON_JOIN``
        goes_on = common_join(before, piece) if goes_on_below(before, m) else 0.0
    return pair_cost(before, piece, m) - goes_on


def _name_goes_on(before: str, piece: str, m: Measure) -> bool:
    """A name run on across the line end (``said Dr. Priya`` / ``Raman,``): a
    capitalised word ends a line that goes on, a capitalised word opens the next."""
    last = before.rsplit(" ", 1)[-1]
    return (goes_on_below(before, m) and last.isalpha() and last[0].isupper()
            and piece[:1].isupper() and piece[1:2].islower() and len(before.split(" ")) > 1)


def pair_cost(before: str, piece: str, m: Measure) -> float:
    """How badly ``piece`` carries on the column whose last line is ``before``."""
    kind = line_kind(piece, m)
    if m.latin:
        return _latin_step(before, piece, kind, m)
    cost = -0.5 * _closes(before, piece)
    if CJK_OPENER.match(piece):
        return cost + (1.5 if goes_on_below(before, m) else 0.3)
    kinds = line_kinds(piece, m)
    if goes_on_below(before, m):
        cost += min({"full": 0.0, "first": 1.0}.get(k, 0.0 if piece[-1] in ENDS else 1.5)
                    for k in kinds)
        return cost - 0.6 * joins(before, piece)
    return cost + min({"first": 0.0, "full": 1.0}.get(k, 0.5) for k in kinds)


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
        # a dateline (``MILLBROOK —``) opens a story: it never goes on a sentence
        return (-0.3 if lower else 1.0 if DATELINE.match(piece) else 0.3) + fits
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


#: A common word across the break (Zipf 3 or more) is evidence of its own: on set
#: Chinese columns a column's next line makes one with its last line on a third of
#: breaks that run on, another column's line beside it on 3% (any lexicon word: 46%
#: against 14%, the weaker evidence ``joins`` weighs). It is weighed where a band's
#: lines are laid on its columns (``step_cost``), not where runs of lines not level are
#: found: there it turned a run's phase on its boundary lines.
COMMON_ZIPF = 3.0
COMMON_JOIN = 0.3


@lru_cache(maxsize=1 << 16)
def _zipf_across(end: str, start: str) -> float:
    """Zipf frequency of the commonest word of the general lexicon that runs across the
    break (``…创新成`` + ``果的…``: 成果), 0 when none does; by the three characters each
    side of the break, all it reads (kept: placing a band asks it of the same lines' ends
    again and again)."""
    from ..lexicon import general  # loaded only for pages read here

    words = general("zh")
    best = 0.0
    for a in (1, 2, 3):
        for b in (1, 2, 3):
            w = end[-a:] + start[:b]
            if a + b <= 4 and em_width(w) == len(w):
                best = max(best, words.get(w, 0.0))
    return best


def joins(before: str, piece: str) -> bool:
    """A word of the general lexicon runs across the line break: ``…创新成`` + ``果的…``
    (the lexicon lists no word under Zipf 1)."""
    return _zipf_across(before[-3:], piece[:3]) > 0.0


def common_join(before: str, piece: str) -> float:
    """What a common word across the break (``COMMON_ZIPF``) takes off a placing's cost:
    ``COMMON_JOIN``, or nothing."""
    return COMMON_JOIN if _zipf_across(before[-3:], piece[:3]) >= COMMON_ZIPF else 0.0


def _column_line(pieces: list[str], m: Measure) -> bool:
    """Pieces of column lines only; in Latin text a caption run together into one
    token may stand beside them (it cannot be cut, and its lines alternate too)."""
    return bool(pieces) and all(m.column(x) or (
        m.latin and NBSP in x and " " not in x) for x in pieces) and not (
        len(pieces) == 1 and m.marks.credit(pieces[0]))  # a photo's credit: no column's line


class PairCosts(dict[tuple[str, str], float]):
    """``pair_cost`` of each (column's last line, piece) under one measure, kept for a
    call: finding runs of lines not level prices the same neighbours' pairs for each
    period and each line a run may start at."""

    def __init__(self, m: Measure) -> None:
        super().__init__()
        self.m = m

    def __missing__(self, key: tuple[str, str]) -> float:
        cost = self[key] = pair_cost(*key, self.m)
        return cost


def _stream_cost(split: list[list[str]], i: int, j: int, period: int,
                 costs: PairCosts) -> float:
    """Mean cost of reading lines ``i:j`` as ``period`` streams of lines: each line's
    pieces carry on, one for one, those of the line ``period`` lines above."""
    total, pairs = 0.0, 0
    for k in range(i + period, j):
        above, cur = split[k - period], split[k]
        if len(above) != len(cur):
            total += 1.0 * max(len(above), len(cur))
            pairs += max(len(above), len(cur))
            continue
        total += sum(costs[a, b] for a, b in zip(above, cur, strict=True))
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
    costs = PairCosts(m)
    runs: dict[int, tuple[float, int, int] | None] = {}  # ``_run_at`` by line, asked twice

    def run_at(k: int) -> tuple[float, int, int] | None:
        if k not in runs:
            runs[k] = _run_at(split, k, m, costs)
        return runs[k]

    chosen = False  # the run at ``i`` won against the other phase a line above
    while i < n:
        best = run_at(i)
        later = (run_at(i + 1) if best is not None and i + 1 < n and not chosen
                 else None)
        chosen = False
        if best is not None and later is not None:
            # Which lines pair up into printed lines: the phase whose first line
            # clearly carries on the page's line above the run best (a broken word
            # goes on), else the phase whose streams read better.
            a, b = (_fit(split, s, run[1], costs) for s, run in ((i, best), (i + 1, later)))
            if (a - b if a is not None and b is not None and abs(a - b) > _PHASE_MARGIN
                    else later[0] - best[0]) > 0:
                best, chosen = None, True
        if best is None:
            out.append(split[i])  # the run's first period starts a line later
            i += 1
            continue
        _, period, length = best
        size = sum(len(q) for q in split[i : i + period])
        ref = next((p for p in out[-1:-7:-1] if len(p) == size), [])
        if not ref and out and 2 <= len(out[-1]) < size:
            ref = out[-1]  # fewer columns above: a column (a photo's) starts at the right
        order, _ = _interleaving([len(p) for p in split[i : i + period]], ref,
                                 split[i : i + period], costs)
        for w in range(i, i + length, period):
            window = [list(p) for p in split[w : w + period]]
            out.append([window[g].pop(0) for g in order])
        i += length
        if i < n and _column_line(split[i], m) and _streams_go_on(split[i - period], split[i], m):
            # The first stream's last line, its neighbours' columns done: it keeps its
            # columns ('' holds the others' places).
            window = [list(split[i])] + [[""] * len(p) for p in split[i + 1 - period : i]]
            out.append([window[g].pop(0) for g in order])
            i += 1
    return out


def _streams_go_on(above: list[str], cur: list[str], m: Measure) -> bool:
    """``cur`` can carry on ``above`` piece for piece: as many pieces, and a column's
    line that ran on mid-sentence never goes on into a caption run together across
    columns (a credit in capitals may: its caption follows it)."""
    return len(above) == len(cur) and not any(
        not m.column(b) and m.column(a) and goes_on_below(a, m) and a.upper() != a
        for a, b in zip(above, cur, strict=True))


def _run_at(split: list[list[str]], i: int, m: Measure,
            costs: PairCosts) -> tuple[float, int, int] | None:
    """(gain, period, length) of the best run of alternating lines from line ``i``."""
    best: tuple[float, int, int] | None = None
    n = len(split)
    if not _column_line(split[i], m) or (m.latin and heads_story(split, i, m)):
        return None
    for period in (2, 3):
        j = i + period
        while j < n and _column_line(split[j], m) and _streams_go_on(
                split[j - period], split[j], m) and not (m.latin and heads_story(split, j, m)):
            j += 1
        length = (j - i) // period * period
        if length < 3 * period:
            continue
        gain = _stream_cost(split, i, i + length, 1, costs) - _stream_cost(
            split, i, i + length, period, costs)
        if gain > _LEVEL_GAIN and (best is None or gain > best[0]):
            best = (gain, period, length)
    return best


def _ref(split: list[list[str]], i: int, period: int) -> list[str]:
    """The nearest line above line ``i`` (six at most) holding as many pieces as a
    run of ``period`` streams from there: the columns' line the run goes on from."""
    size = sum(len(q) for q in split[i : i + period])
    return next((p for p in split[max(0, i - 6) : i][::-1] if len(p) == size), [])


def _fit(split: list[list[str]], i: int, period: int, costs: PairCosts) -> float | None:
    """Mean cost a piece of the run's first printed line carries on the line above
    the run at its best order; None when no line above holds all its columns."""
    window = split[i : i + period]
    ref = _ref(split, i, period)
    if not ref:
        return None
    _, cost = _interleaving([len(p) for p in window], ref, window, costs)
    return cost / len(ref)


def _interleaving(sizes: list[int], before: list[str], first: list[list[str]],
                  costs: PairCosts) -> tuple[list[int], float]:
    """The x order of the streams' pieces (which stream each slot takes), chosen to
    carry on the line ``before`` best, and its cost; stream after stream when nothing
    decides."""
    orders: list[list[int]] = [[]]
    for _ in range(sum(sizes)):
        orders = [o + [g] for o in orders for g in range(len(sizes))
                  if o.count(g) < sizes[g]]
    plain = [g for g, size in enumerate(sizes) for _ in range(size)]
    if not before or len(before) > len(plain) or len(orders) > 120:
        return plain, 0.0

    def cost(order: list[int]) -> float:
        taken = [0] * len(sizes)
        total = 0.0
        for slot, g in enumerate(order):
            if slot < len(before):
                total += costs[before[slot], first[g][taken[g]]]
            taken[g] += 1
        return total

    best = min(orders, key=lambda o: (cost(o), o != plain))
    return best, cost(best)
