"""Chinese columns written a line or two a block, woven back into columns.

Where the columns of a band are not level (a byline or a headline over one column
pushes its lines half a line down), pdftotext and pdfminer sort the band's lines by
height and write them a block each, in turn: the second column's line, the third's,
the first's, the second's... (``此次调整重点解决了…换`` / ``“以前到地铁站…五分钟`` /
``记者昨日从…意见征`` / ``乘多”的问题…``). Each column keeps one leading, so the
blocks of such a run come in turn, and a column's blocks carry on its text (a full
line that ended mid-sentence is followed by more of the sentence, a word cut at the
line end is finished, a paragraph's end is followed by a paragraph's first line:
``textlevels.pair_cost``, the pdfplumber reader's test of a column line going on).
Each block of a run is laid on the column (stream) it carries on best, the one
waiting longest on a tie (columns come in turn), or opens a new one (a beam search);
where that reads the run clearly better than the order written, each stream is
written as one block, in the order the streams start. A byline over the first
column stands level with the other columns' first lines, so it goes with the last
column to start after it before the columns come round again; a heading goes with
the byline under it, else before the next block written after it. Text with its
columns written whole (most pages) has no run of small blocks and is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from ..markers import ReaderMarks, whole_jump
from ..patterns import Pattern
from ..profiles import Profile
from .textlevels import CJK_OPENER, joins, pair_cost
from .textmeasure import (
    ENDS,
    Measure,
    column_width,
    goes_on_below,
    line_kind,
    line_kinds,
)

#: A block of at most this many lines may be one column's share of a turn.
MAX_UNIT_LINES = 3
#: A run of small blocks is asked when it holds at least this many column blocks.
MIN_RUN = 6
#: Reading a run as streams must lower the mean cost of a block going on this much.
WEAVE_GAIN = 0.25
#: A column waiting longer than another for its next block costs this much less a
#: place (the columns come in turn).
RECENCY = 0.1
#: A column that took no block for this many blocks has ended.
IDLE = 4
#: Columns open at once, and paths the beam keeps.
MAX_STREAMS = 6
BEAM = 48
#: Opening a column with a line that goes on another's sentence costs this; with a
#: paragraph's first line ``NEW_FIRST``, with a story's opening nothing.
NEW_FULL = 0.8
NEW_FIRST = 0.3
#: Marks of running text: a short line without them is a heading, no column's line.
_RUNNING_MARKS = frozenset("，。、；：")

Unit = list[str]
#: What a small block is in a run: a column's lines, a heading, a byline.
BODY, HEAD, BYLINE = 0, 1, 2


class _Stream(NamedTuple):
    last: str  # its last line
    used: int  # the block it last took
    closed: bool  # it ended on a jump line


class _Path(NamedTuple):
    cost: float
    fit: float  # the cost without the columns' turn (``RECENCY``)
    streams: tuple[_Stream, ...]
    labels: tuple[int, ...]  # each body block's stream


def _role(unit: Unit, m: Measure, byline: Pattern | None) -> int | None:
    """What a small block is, or None for a block no run holds (long, wider than the
    measure: a column written whole, a headline across columns, a wide caption; a
    photo's credit)."""
    if len(unit) > MAX_UNIT_LINES or m.marks.credit(unit[-1]) or any(
            m.em(ln) > m.width + m.over for ln in unit):
        return None
    if byline is not None and len(unit) == 1 and byline.fullmatch(unit[0]):
        return BYLINE
    if all(_heading_line(ln, m) for ln in unit):
        return HEAD
    return BODY


def _heading_off(unit: Unit, m: Measure) -> list[Unit]:
    """A small block whose first line is a heading (``清河公交线网完成新一轮调整`` /
    ``记者昨日从…获悉，``) as two: the heading tops the column its block starts."""
    if 1 < len(unit) <= MAX_UNIT_LINES and _heading_line(unit[0], m) and not any(
            _heading_line(ln, m) for ln in unit[1:]):
        return [unit[:1], unit[1:]]
    return [unit]


def _heading_line(line: str, m: Measure) -> bool:
    return (line_kind(line, m) == "short" and line[-1] not in ENDS
            and not _RUNNING_MARKS.intersection(line))


def _cost(before: str, after: Unit, m: Measure) -> float:
    """How badly a block goes on a column whose last line is ``before``. A line that
    ends its sentence may end the paragraph the column left open, however wide
    (``…人民路与解放路交叉`` / ``口将实施…请提前绕行。``, two ems short of the measure like
    a paragraph's first line): as a short one that ends it does."""
    piece = after[0]
    cost = pair_cost(before, piece, m)
    if cost > 0 and piece[-1] in _SENTENCE_ENDS and goes_on_below(before, m):
        cost = max(0.0, cost - FIRST_AFTER) - JOINS * joins(before, piece)
    return cost


#: ``pair_cost``'s price of a paragraph's first line under a line that went on, and
#: its bonus for a word across the break.
FIRST_AFTER, JOINS = 1.0, 0.6
_SENTENCE_ENDS = frozenset("。！？")


def _new_cost(unit: Unit, m: Measure) -> float:
    """A column opens with a paragraph's first line; one that opens with the rest of
    a sentence (a full line, or a short one that ends it) is rarer."""
    return NEW_FIRST if "first" in line_kinds(unit[0], m) else NEW_FULL


def _assign(body: list[tuple[int, Unit]], heads: list[int], m: Measure,
            jump: Callable[[str], object]) -> _Path:
    """The cheapest laying of a run's column blocks (position, lines) on streams. A
    story's opening (``本报讯（记者``) opens a stream; a heading ends the streams
    that ended their sentence (the columns under it are another story's)."""
    paths = [_Path(0.0, 0.0, (), ())]
    for t, unit in body:
        nxt: list[_Path] = []
        crossed = [h for h in heads if h < t]
        opener = bool(CJK_OPENER.match(unit[0]))
        ends_on_jump = bool(jump(unit[-1]))
        for p in paths:
            live = [s if s.closed or not any(s.used < h for h in crossed)
                    or s.last[-1] not in ENDS else s._replace(closed=True)
                    for s in p.streams]
            waiting = sorted(range(len(live)), key=lambda k: live[k].used)
            rank = {k: r for r, k in enumerate(w for w in waiting
                                             if not live[w].closed and t - live[w].used <= IDLE)}
            for k, s in enumerate(live):
                if k not in rank or opener:
                    continue
                c = _cost(s.last, unit, m)
                laid = list(live)
                laid[k] = _Stream(unit[-1], t, ends_on_jump)
                nxt.append(_Path(p.cost + c + RECENCY * rank[k], p.fit + c, tuple(laid),
                                 (*p.labels, k)))
            if len(rank) < MAX_STREAMS:
                c = 0.0 if opener else _new_cost(unit, m)
                nxt.append(_Path(p.cost + c, p.fit + c,
                                 (*live, _Stream(unit[-1], t, ends_on_jump)),
                                 (*p.labels, len(live))))
        nxt.sort(key=lambda q: q.cost)
        paths = nxt[:BEAM]
    return paths[0]


def _weave(run: list[tuple[int, Unit]], roles: list[int], m: Measure,
           jump: Callable[[str], object]) -> list[Unit] | None:
    """A run's blocks written stream by stream, or None when reading it so gains
    too little."""
    body = [(t, u) for (t, u), r in zip(run, roles, strict=True) if r == BODY]
    if len(body) < MIN_RUN:
        return None
    best = _assign(body, [t for (t, _), r in zip(run, roles, strict=True) if r == HEAD],
                   m, jump)
    written, pairs = 0.0, 0
    for (_, a), (_, b) in zip(body, body[1:], strict=False):
        written += _cost(a[-1], b, m)
        pairs += 1
    if len(set(best.labels)) < 2 or (written - best.fit + _new_cost(body[0][1], m)
                                     ) / max(1, pairs) < WEAVE_GAIN:
        return None
    # Each stream's blocks; a heading or byline goes before the next block of the
    # stream it tops.
    first_at: dict[int, int] = {}
    for (t, _), k in zip(body, best.labels, strict=True):
        first_at.setdefault(k, t)
    labels = {t: k for (t, _), k in zip(body, best.labels, strict=True)}
    owner: dict[int, int] = {}
    for n in range(len(run) - 1, -1, -1):
        (t, _), r = run[n], roles[n]
        if r == BODY:
            continue
        if r == HEAD and n + 1 < len(run) and roles[n + 1] != BODY and run[n + 1][0] in owner:
            owner[t] = owner[run[n + 1][0]]  # (a headline over its deck or byline)
            continue
        if r == HEAD and (by := _byline_under(run, roles, n, first_at, labels)) in owner:
            owner[t] = owner[by]  # (its byline written after a column's first line)
            continue
        later = [k2 for (t2, _), k2 in zip(body, best.labels, strict=True) if t2 > t]
        if not later:
            continue  # (after the columns' last blocks: the next story's, written last)
        k = later[0]
        if r == BYLINE:
            # The last column to start after it before the columns come round again.
            seen: list[int] = []
            for k2 in later:
                if k2 in seen:
                    break
                seen.append(k2)
            k = next((k2 for k2 in reversed(seen) if first_at[k2] > t), k)
        owner[t] = k
    streams: dict[int, list[tuple[int, int, Unit]]] = {}
    for (t, u), k in zip(body, best.labels, strict=True):
        streams.setdefault(k, []).append((t, BODY, u))
    tail: list[Unit] = []
    for (t, u), r in zip(run, roles, strict=True):
        if r != BODY and t in owner:
            streams[owner[t]].append((t, r, u))
        elif r != BODY:
            tail.append(u)
    out: list[Unit] = []
    for k in sorted(streams, key=lambda k: min(t for t, _, _ in streams[k])):
        block: Unit = []
        for _, r, u in sorted(streams[k], key=lambda e: e[0]):
            if r == BODY:
                block.extend(u)
                continue
            if block:
                out.append(block)
                block = []
            out.append(u)
        if block:
            out.append(block)
    return out + tail


def _byline_under(run: list[tuple[int, Unit]], roles: list[int], n: int,
                  first_at: dict[int, int], labels: dict[int, int]) -> int | None:
    """The position of the byline under heading ``n``: the next heading or byline,
    when every column block written between starts a column under the heading (the
    extractor wrote a column's first line before the byline level with it)."""
    for (t, _), r in zip(run[n + 1 :], roles[n + 1 :], strict=True):
        if r == BYLINE:
            return t
        if r == HEAD or first_at[labels[t]] < run[n][0]:
            return None
    return None


def unweave(text: str, marks: ReaderMarks, profile: Profile) -> str:
    """``text`` (a Chinese page's, as the extractor wrote it) with each woven run of
    small blocks written column by column; ``text`` itself when it holds none (columns
    written whole)."""
    units = [[ln.strip() for ln in part.split("\n") if ln.strip()]
             for part in re.split(r"\n\s*\n", text)]
    units = [u for u in units if u]
    small = longest = 0
    for u in units:  # (most pages: no stretch of small blocks long enough, nothing measured)
        small = small + 1 if len(u) <= MAX_UNIT_LINES else 0
        longest = max(longest, small)
    if longest < MIN_RUN:
        return text
    m = Measure(column_width([ln for u in units for ln in u]), marks=marks)
    if m.width < 6:
        return text
    units = [part for u in units for part in _heading_off(u, m)]
    pats = profile.patterns("zh")
    jump = whole_jump(pats)
    roles = [_role(u, m, pats.byline) for u in units]
    for n in range(1, len(units)):
        if roles[n - 1] == BODY and m.marks.credit(units[n][-1]):
            roles[n - 1] = None  # a photo's caption, over its credit: no column's
    out: list[Unit] = []
    i, changed = 0, False
    while i < len(units):
        j = i
        while j < len(units) and roles[j] is not None:
            j += 1
        if j == i:
            out.append(units[i])
            i += 1
            continue
        run = list(enumerate(units[i:j], i))
        woven = _weave(run, [r for r in roles[i:j] if r is not None], m, jump)
        if woven is None:
            out.extend(units[i:j])
        else:
            out.extend(woven)
            changed = True
        i = j
    if not changed:
        return text
    return "\n\n".join("\n".join(u) for u in out) + "\n"
